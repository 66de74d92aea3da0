"""HELDOUT186: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a JEFIT workout log export (2023, one row per
set) with Date ("2023-01-03"), "Exercise Name" ("Barbell Bench Press", "Pull Up"), "Body Part" (Chest / Back / Legs
/ Shoulders / Arms / Abs), "Set Number" (1, 2, ... within the exercise that day), Weight with its unit inside the
value ("135 lbs", "0 lbs" for bodyweight moves), Reps, "1RM" (the app's estimate, "156.3 lbs", blank for bodyweight
moves), "Rest Timer" (seconds) and Notes (mostly blank); a Forest focus-app sessions export (one row per planted
tree) with "Start Time" and "End Time" written the Java way ("Tue Mar 07 09:14:22 GMT+08:00 2023"), Tag (Study /
Work / Reading / Coding / Unset), Note (mostly blank), "Tree Type" (Cedar, Bush, Lemon Tree, ...), "Planned Minutes"
and "Is Success" ("True" / "False"; a dead tree ends early); a Relay business banking transactions export (2023,
four accounts) with Date ("2023-07-14"), Payee, "Account Name" (Operating / Payroll / Tax Savings / Profit),
"Account Number" ("••••4821"), "Transaction Type" (Debit Card / ACH / Wire / Check / Deposit / Transfer), Description,
Reference (often blank), Status (Settled / Pending), Amount (signed: debits negative, credits positive), Currency
(USD) and Balance (running, per account), with internal transfers written as a pair of rows ("Relay Transfer"); a
Kickstarter creator's backer report (one row per backer) with "Backer Number", "Backer UID", "Backer Name", Email,
"Shipping Country" (two-letter, blank for digital tiers), "Shipping Amount" and "Reward Minimum" and "Pledge Amount"
("$45.00", the pledge including shipping), "Reward Title" (blank for backers who took no reward), "Reward ID",
"Pledged At" ("2023/04/12, 14:22"), "Rewards Sent?", "Pledged Status" (collected / dropped / errored), Notes,
"Survey Response" (when the backer answered the survey, blank if not) and two survey answers ("T-Shirt Size",
"Preferred Color", blank without a response); the US Census SAIPE county estimates file (2022) with "State FIPS
Code", "County FIPS Code" (0 on the United States row and on each state's total row), "Postal Code", Name ("Autauga
County", "Alabama", "United States"), "Poverty Estimate, All Ages", "Poverty Percent, All Ages", "Poverty Estimate,
Age 0-17", "Poverty Percent, Age 0-17" and "Median Household Income", each followed by its "90% CI Lower Bound" /
"90% CI Upper Bound" pair (the repeated headers read back as "90% CI Lower Bound.1" and so on), "." written for a
few suppressed county figures; Eurostat's persons killed in road accidents by type of road user (tran_sf_roadus) in
its long SDMX-CSV layout with DATAFLOW ("ESTAT:TRAN_SF_ROADUS(1.0)"), "LAST UPDATE" ("15/03/24 23:00:00"), freq (A),
victim (KIL), pers_cat (TOTAL / DRIV / PAS / PED / OTH), unit (NR), geo (the 27 member states' codes plus the
EU27_2020 aggregate row), TIME_PERIOD (2012-2022), OBS_VALUE (blank for a few missing breakdowns) and OBS_FLAG (p /
e / b or blank); and the NHS Business Services Authority's English Prescribing Dataset (2023, a few practices) with
YEAR_MONTH (202301), REGIONAL_OFFICE_NAME and CODE, ICB_NAME and ICB_CODE, PCO_NAME and PCO_CODE, PRACTICE_NAME and
PRACTICE_CODE (upper case), ADDRESS_1 to ADDRESS_4, POSTCODE, BNF_CHEMICAL_SUBSTANCE, CHEMICAL_SUBSTANCE_BNF_DESCR,
BNF_CODE, BNF_DESCRIPTION ("Atorvastatin 20mg tablets"), BNF_CHAPTER_PLUS_CODE ("02: Cardiovascular System"),
QUANTITY, ITEMS, TOTAL_QUANTITY, ADQUSAGE, NIC, ACTUAL_COST and UNIDENTIFIED. All are generated with fixed seeds
18601-18607.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text
from .heldout173 import _money, _num, _top
from .offline_eval import DAY_WORDS, Check, Dataset, Q, either, words
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _abouts(*values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Any one of the values, to within `rel`."""
    return either(*(_about(v, rel=rel) for v in values))


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A weekday name (pandas numbering, Monday = 0)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = int(value(df))
        return None if re.search(rf"\b(?:{DAY_WORDS[d]})s?\b", answer, re.IGNORECASE) else f"missing day {d}"

    return check


def _peak(scores: pd.Series) -> Any:
    """The label with the highest score (ties: the first label)."""
    return scores[scores == scores.max()].index.min()


def _ymd(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s).str.slice(0, 10), format="%Y-%m-%d", errors="coerce")


# --- 1. JEFIT workout log export -----------------------------------------------------------------------------------

# exercise: body part, starting working weight (lbs; 0 = bodyweight), typical reps, step per month
_JF_LIFTS: dict[str, tuple[str, float, int, float]] = {
    "Barbell Bench Press": ("Chest", 135, 8, 2.5),
    "Incline Dumbbell Press": ("Chest", 50, 10, 1.0),
    "Barbell Squat": ("Legs", 185, 6, 5.0),
    "Leg Press": ("Legs", 270, 12, 10.0),
    "Barbell Deadlift": ("Back", 225, 5, 5.0),
    "Pull Up": ("Back", 0, 9, 0.0),
    "Seated Cable Row": ("Back", 120, 10, 2.5),
    "Overhead Press": ("Shoulders", 85, 8, 1.25),
    "Dumbbell Lateral Raise": ("Shoulders", 20, 14, 0.5),
    "Barbell Curl": ("Arms", 60, 10, 1.25),
    "Triceps Pushdown": ("Arms", 55, 12, 1.25),
    "Crunch": ("Abs", 0, 20, 0.0),
}
_JF_DAYS = {
    0: [
        "Barbell Bench Press",
        "Incline Dumbbell Press",
        "Overhead Press",
        "Dumbbell Lateral Raise",
        "Triceps Pushdown",
    ],
    1: ["Barbell Squat", "Leg Press", "Barbell Deadlift", "Crunch"],
    2: ["Pull Up", "Seated Cable Row", "Barbell Curl", "Barbell Deadlift", "Crunch"],
}


def _jefit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18601)
    rows = []
    split = 0
    for day in pd.date_range("2023-01-02", "2023-12-30", freq="D"):
        p = {0: 0.62, 1: 0.2, 2: 0.6, 3: 0.15, 4: 0.6, 5: 0.3, 6: 0.1}[day.weekday()]
        if day.month in (7, 8):
            p *= 0.55
        if day.month == 1:
            p = min(0.95, p * 1.35)
        if rng.random() > p:
            continue
        months = (day - pd.Timestamp("2023-01-01")).days / 30.4
        for name in _JF_DAYS[split % 3]:
            part, start, reps0, step = _JF_LIFTS[name]
            work = start + step * months
            for s in range(1, int(rng.integers(3, 5)) + 1):
                weight = 0.0 if start == 0 else round((work * float(rng.uniform(0.92, 1.04))) / 2.5) * 2.5
                reps = max(1, int(np.round(reps0 + rng.normal(0, 1.6) - (s - 1) * 0.6)))
                if start and weight > work:
                    reps = max(1, reps - 1)
                one_rm = "" if weight == 0 else f"{weight * (1 + reps / 30):.1f} lbs"
                note = _one(rng, ["", "", "", "", "", "", "", "", "felt heavy", "left shoulder tight", "PR!"])
                rows.append(
                    {
                        "Date": day.strftime("%Y-%m-%d"),
                        "Exercise Name": name,
                        "Body Part": part,
                        "Set Number": s,
                        "Weight": f"{weight:g} lbs",
                        "Reps": reps,
                        "1RM": one_rm,
                        "Rest Timer": int(_one(rng, [60, 90, 90, 120, 180])),
                        "Notes": note if s == 1 else "",
                    }
                )
        split += 1
    return pd.DataFrame(rows)


def _jf_w(d: pd.DataFrame) -> pd.Series:
    return _num(d["Weight"])


def _jf_ex(d: pd.DataFrame, name: str) -> pd.DataFrame:
    return d[_text(d["Exercise Name"]) == name]


def _jf_month_days(d: pd.DataFrame) -> pd.Series:
    dates = _ymd(d["Date"])
    return dates.groupby(dates.dt.to_period("M")).nunique()


_JF_ID = ("Date", "Exercise Name")
_JEFIT_QS = [
    Q("how many sets have i logged in total", _count(lambda d: len(d)), ("Set Number", *_JF_ID)),
    Q(
        "whats the heaviest i've benched",
        _about(lambda d: _jf_w(_jf_ex(d, "Barbell Bench Press")).max(), rel=0.001),
        ("Weight", *_JF_ID),
    ),
    Q(
        "which exercise have i done the most sets of",
        _lead(_named(lambda d: _top(_text(d["Exercise Name"]).value_counts()))),
        ("Set Number", *_JF_ID),
    ),
    Q(
        "total volume for squats, weight times reps",
        _scaled(
            lambda d: float((_jf_w(_jf_ex(d, "Barbell Squat")) * _jf_ex(d, "Barbell Squat")["Reps"]).sum()), (1e3, 1e6)
        ),
        ("Weight", "Reps", *_JF_ID),
    ),
    Q(
        "which month did i go to the gym on the most days",
        _lead(_month_year(lambda d: _peak(_jf_month_days(d)).to_timestamp())),
        ("Date",),
    ),
    Q(
        "do i do fewer reps when the weight is heavier? only counting sets with weight",
        _corr(
            lambda d: _jf_w(d)[_jf_w(d) > 0],
            lambda d: pd.to_numeric(d["Reps"], errors="coerce")[_jf_w(d) > 0],
        ),
        ("Weight", "Reps", *_JF_ID),
    ),
]


# --- 2. Forest focus sessions export -------------------------------------------------------------------------------

_FO_TAGS = {"Study": (40, 0.16, 50), "Work": (25, 0.1, 45), "Reading": (12, 0.22, 30), "Coding": (15, 0.07, 70)}
_FO_TAGS |= {"Unset": (8, 0.3, 25)}
_FO_TREES = ["Cedar", "Cedar", "Bush", "Lemon Tree", "Sunflower", "Cherry Blossom", "Pine", "Baobab"]
_FO_FMT = "%a %b %d %H:%M:%S GMT+08:00 %Y"


def _forest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18602)
    rows = []
    tags = list(_FO_TAGS)
    weights = [v[0] for v in _FO_TAGS.values()]
    for day in pd.date_range("2023-02-01", "2023-09-30", freq="D"):
        lam = {0: 4.2, 1: 4.6, 2: 3.8, 3: 3.9, 4: 2.6, 5: 1.4, 6: 2.2}[day.weekday()]
        n = int(rng.poisson(lam))
        clock = day + pd.Timedelta(hours=float(rng.uniform(7.5, 10)))
        for _ in range(n):
            tag = _one(rng, tags, weights)
            _, fail, mins = _FO_TAGS[tag]
            planned = int(np.clip(round(rng.normal(mins, 15) / 5) * 5, 10, 120))
            ok = rng.random() > fail * (1.6 if day.weekday() >= 5 else 1.0)
            actual = planned * 60 if ok else int(planned * 60 * float(rng.uniform(0.05, 0.9)))
            start = clock.floor("s")
            end = start + pd.Timedelta(seconds=actual)
            rows.append(
                {
                    "Start Time": start.strftime(_FO_FMT),
                    "End Time": end.strftime(_FO_FMT),
                    "Tag": tag,
                    "Note": _one(rng, ["", "", "", "", "", "", "ch 4", "essay draft", "anki", "bug #212"]),
                    "Tree Type": _one(rng, _FO_TREES),
                    "Planned Minutes": planned,
                    "Is Success": "True" if ok else "False",
                }
            )
            clock = end + pd.Timedelta(minutes=float(rng.uniform(5, 90)))
    return pd.DataFrame(rows)


def _fo_time(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s), format=_FO_FMT, errors="coerce")


def _fo_ok(d: pd.DataFrame) -> pd.Series:
    return _text(d["Is Success"]).str.lower() == "true"


def _fo_mins(d: pd.DataFrame) -> pd.Series:
    return (_fo_time(d["End Time"]) - _fo_time(d["Start Time"])).dt.total_seconds() / 60


def _fo_study(d: pd.DataFrame, ok_only: bool) -> float:
    keep = (_text(d["Tag"]) == "Study") & (_fo_ok(d) | (not ok_only))
    return float(_fo_mins(d)[keep].sum())


def _fo_day(d: pd.DataFrame, count: bool) -> int:
    days = _fo_time(d["Start Time"]).dt.day_of_week
    scores = days.value_counts() if count else _fo_mins(d).groupby(days).sum()
    return int(_peak(scores))


_FO_ID = ("Start Time", "End Time")
_FOREST_QS = [
    Q("how many trees did i kill", _count(lambda d: int((~_fo_ok(d)).sum())), ("Is Success", *_FO_ID)),
    Q(
        "what percent of my sessions were successful",
        _share(lambda d: float(_fo_ok(d).mean())),
        ("Is Success", *_FO_ID),
    ),
    Q(
        "how many hours did i focus on studying in total",
        either(
            _scaled(lambda d: _fo_study(d, False), (60,)),
            _scaled(lambda d: _fo_study(d, True), (60,)),
        ),
        ("Tag", "Is Success", "Planned Minutes", *_FO_ID),
    ),
    Q(
        "which tag has the worst success rate",
        _lead(_named(lambda d: _top(_fo_ok(d).groupby(_text(d["Tag"])).mean(), ascending=True))),
        ("Tag", "Is Success", *_FO_ID),
    ),
    Q(
        "how long is a typical session in minutes",
        _abouts(lambda d: _fo_mins(d).mean(), lambda d: _fo_mins(d).median()),
        _FO_ID,
    ),
    Q(
        "which day of the week do i focus the most",
        either(_weekday(lambda d: _fo_day(d, False)), _weekday(lambda d: _fo_day(d, True))),
        _FO_ID,
    ),
]


# --- 3. Relay business banking transactions export -----------------------------------------------------------------

_RL_ACCOUNTS = {"Operating": "••••4821", "Payroll": "••••7730", "Tax Savings": "••••1096", "Profit": "••••5512"}
# payee: account, type, weight, typical amount (negative = money out)
_RL_PAYEES: dict[str, tuple[str, str, float, float]] = {
    "Stripe": ("Operating", "Deposit", 30, 4200),
    "Shopify Payments": ("Operating", "Deposit", 22, 2600),
    "Amazon Web Services": ("Operating", "Debit Card", 8, -1450),
    "Google Workspace": ("Operating", "Debit Card", 8, -144),
    "Meta Ads": ("Operating", "Debit Card", 16, -1900),
    "Uline": ("Operating", "Debit Card", 9, -620),
    "FedEx": ("Operating", "Debit Card", 14, -310),
    "WeWork": ("Operating", "ACH", 4, -2400),
    "Acme Packaging Co": ("Operating", "Wire", 4, -5200),
    "Gusto": ("Payroll", "ACH", 10, -9800),
    "IRS": ("Tax Savings", "ACH", 2, -7400),
    "Staples": ("Operating", "Debit Card", 6, -95),
    "J. Rivera (contractor)": ("Operating", "Check", 3, -1800),
}


def _relay_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18603)
    rows = []
    names = list(_RL_PAYEES)
    weights = [v[2] for v in _RL_PAYEES.values()]
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    for day in days:
        for _ in range(int(rng.poisson(2.1))):
            payee = _one(rng, names, weights)
            acct, kind, _, typical = _RL_PAYEES[payee]
            boost = 1.5 if (day.month in (11, 12) and typical > 0) else 1.0
            if payee == "Meta Ads" and day.month in (10, 11):
                boost = 1.9
            amt = round(typical * boost * float(rng.lognormal(0, 0.35)), 2)
            rows.append((day, payee, acct, kind, amt, ""))
        if day.day == 1:
            for dest, pct in (("Payroll", 0.3), ("Tax Savings", 0.12), ("Profit", 0.05)):
                amt = round(float(rng.uniform(0.8, 1.2)) * pct * 60000, -2)
                rows.append((day, "Relay Transfer", "Operating", "Transfer", -amt, f"Transfer to {dest}"))
                rows.append((day, "Relay Transfer", dest, "Transfer", amt, "Transfer from Operating"))
    out = []
    balance = dict.fromkeys(_RL_ACCOUNTS, 0.0)
    balance["Operating"] = 85000.0
    for day, payee, acct, kind, amt, note in rows:
        balance[acct] = round(balance[acct] + amt, 2)
        pending = day >= pd.Timestamp("2023-12-28") and rng.random() < 0.8
        desc = note or {
            "Deposit": f"{payee.upper()} PAYOUT",
            "Check": f"Check #{int(rng.integers(1001, 1200))}",
        }.get(kind, f"{payee.upper()} {_one(rng, ['', 'SAN FRANCISCO CA', 'NEW YORK NY', '8885551234'])}".strip())
        out.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Payee": payee,
                "Account Name": acct,
                "Account Number": _RL_ACCOUNTS[acct],
                "Transaction Type": kind,
                "Description": desc,
                "Reference": f"INV-{int(rng.integers(2000, 2999))}" if kind in ("Wire", "ACH") else "",
                "Status": "Pending" if pending else "Settled",
                "Amount": amt,
                "Currency": "USD",
                "Balance": balance[acct],
            }
        )
    return pd.DataFrame(out)


def _rl_amt(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Amount"], errors="coerce")


def _rl_ext(d: pd.DataFrame) -> pd.Series:
    return _text(d["Transaction Type"]) != "Transfer"


def _rl_spend_month(d: pd.DataFrame, transfers: bool) -> pd.Timestamp:
    a = _rl_amt(d)
    keep = (a < 0) & (_rl_ext(d) | transfers)
    months = _ymd(d["Date"]).dt.to_period("M")
    return _peak(-a[keep].groupby(months[keep]).sum()).to_timestamp()


def _rl_top_payee(d: pd.DataFrame) -> str:
    a = _rl_amt(d)
    keep = (a < 0) & _rl_ext(d)
    return _top(-a[keep].groupby(_text(d["Payee"])[keep]).sum())


_RL_ID = ("Date", "Payee", "Transaction Type")
_RELAY_QS = [
    Q(
        "how much money came in this year",
        either(
            _money(lambda d: float(_rl_amt(d)[_rl_amt(d) > 0].sum())),
            _money(lambda d: float(_rl_amt(d)[(_rl_amt(d) > 0) & _rl_ext(d)].sum())),
        ),
        ("Amount", *_RL_ID),
    ),
    Q(
        "who did we spend the most money with",
        _lead(_named(_rl_top_payee)),
        ("Amount", *_RL_ID),
    ),
    Q(
        "how much did we spend on them",
        _money(lambda d: float(-_rl_amt(d)[(_text(d["Payee"]) == _rl_top_payee(d)) & (_rl_amt(d) < 0)].sum())),
        ("Amount", *_RL_ID),
    ),
    Q(
        "how many transactions are still pending",
        _count(lambda d: int((_text(d["Status"]) == "Pending").sum())),
        ("Status", *_RL_ID),
    ),
    Q(
        "whats the single biggest payment that went out",
        either(
            _money(lambda d: float(-_rl_amt(d)[_rl_ext(d)].min())),
            _money(lambda d: float(-_rl_amt(d).min())),
        ),
        ("Amount", *_RL_ID),
    ),
    Q(
        "which month did we spend the most",
        either(
            _lead(_month_year(lambda d: _rl_spend_month(d, False))),
            _lead(_month_year(lambda d: _rl_spend_month(d, True))),
        ),
        ("Amount", *_RL_ID),
    ),
]


# --- 4. Kickstarter backer report ----------------------------------------------------------------------------------

# reward title: reward id, minimum ($), ships, weight; blank title = no reward
_KS_TIERS: dict[str, tuple[int, float, bool, float]] = {
    "": (0, 0, False, 6),
    "Digital Edition": (1, 15, False, 20),
    "Early Bird - Hardcover": (2, 35, True, 22),
    "Hardcover": (3, 45, True, 30),
    "Hardcover + Tee": (4, 75, True, 14),
    "Collector's Box": (5, 150, True, 6),
    "Retailer Pack (5 copies)": (6, 180, True, 2),
}
_KS_COUNTRIES = {"US": (52, 10), "GB": (11, 18), "CA": (9, 15), "DE": (8, 18), "AU": (6, 22), "FR": (4, 18)}
_KS_COUNTRIES |= {"NL": (3, 18), "JP": (2, 25), "SE": (2, 18), "NZ": (1, 25), "IT": (2, 18)}
_KS_FIRST = ["Alex", "Sam", "Jordan", "Chris", "Taylor", "Morgan", "Jamie", "Robin", "Kim", "Lee", "Pat", "Dana"]
_KS_LAST = ["Smith", "Nguyen", "Müller", "Brown", "Garcia", "Tanaka", "Jones", "Martin", "Silva", "Wilson", "Khan"]


def _kickstarter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18604)
    rows = []
    tiers = list(_KS_TIERS)
    tw = [v[3] for v in _KS_TIERS.values()]
    cc = list(_KS_COUNTRIES)
    cw = [v[0] for v in _KS_COUNTRIES.values()]
    start = pd.Timestamp("2023-04-11 09:00")
    n = 1480
    for k in range(n):
        title = _one(rng, tiers, tw)
        if k < 260 and title == "Hardcover" and rng.random() < 0.7:
            title = "Early Bird - Hardcover"
        rid, minimum, ships, _ = _KS_TIERS[title]
        country = _one(rng, cc, cw)
        ship = _KS_COUNTRIES[country][1] if ships else 0
        extra = 0 if rng.random() < 0.75 else float(_one(rng, [1, 5, 10, 20, 50]))
        pledge = (float(_one(rng, [1, 5, 10, 25])) if title == "" else minimum) + ship + extra
        at = start + pd.Timedelta(hours=float(30 * 24 * (rng.beta(0.6, 0.6))))
        status = _one(rng, ["collected", "dropped", "errored"], [93, 5, 2])
        answered = status == "collected" and rng.random() < 0.81
        size = _one(rng, ["S", "M", "M", "L", "L", "L", "XL", "XXL"]) if answered and "Tee" in title else ""
        fn, ln = _one(rng, _KS_FIRST), _one(rng, _KS_LAST)
        rows.append(
            {
                "Backer Number": k + 1,
                "Backer UID": int(rng.integers(10**8, 10**9)),
                "Backer Name": f"{fn} {ln}",
                "Email": f"{fn.lower()}.{ln.lower()}{int(rng.integers(1, 99))}@example.com",
                "Shipping Country": country if ships else "",
                "Shipping Amount": f"${ship:,.2f}",
                "Reward Title": title,
                "Reward Minimum": f"${minimum:,.2f}" if title else "",
                "Reward ID": rid if title else "",
                "Pledge Amount": f"${pledge:,.2f}",
                "Pledged At": at.strftime("%Y/%m/%d, %H:%M"),
                "Rewards Sent?": "",
                "Pledged Status": status,
                "Notes": "",
                "Survey Response": (at + pd.Timedelta(days=float(rng.uniform(40, 90)))).strftime("%Y/%m/%d, %H:%M")
                if answered
                else "",
                "T-Shirt Size": size,
                "Preferred Color": _one(rng, ["Black", "Navy", "Forest Green", "Black"]) if size else "",
            }
        )
    return pd.DataFrame(rows)


def _ks_ok(d: pd.DataFrame) -> pd.Series:
    return _text(d["Pledged Status"]) == "collected"


def _ks_pledge(d: pd.DataFrame) -> pd.Series:
    return _num(d["Pledge Amount"])


def _ks_unanswered(d: pd.DataFrame, collected_only: bool) -> int:
    blank = _text(d["Survey Response"]) == ""
    return int((blank & (_ks_ok(d) | (not collected_only))).sum())


def _tier(value: Callable[[pd.DataFrame], str]) -> Check:
    """A reward title, not counted when it is only said inside a longer title ("Hardcover" in "Hardcover + Tee")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = value(df)
        longer = sorted({t for t in _text(df["Reward Title"]) if want in t and t != want}, key=len, reverse=True)
        for t in longer:
            answer = re.sub(re.escape(t), " ", answer, flags=re.IGNORECASE)
        return _named(lambda _: want)(answer, df)

    return check


_KS_NAMES = {"GB": ("United Kingdom", "UK", "Britain"), "CA": ("Canada",), "DE": ("Germany",), "AU": ("Australia",)}
_KS_ID = ("Backer Number", "Backer UID")
_KICKSTARTER_QS = [
    Q(
        "how many backers do we have",
        either(_count(lambda d: len(d)), _count(lambda d: int(_ks_ok(d).sum()))),
        ("Pledged Status", *_KS_ID),
    ),
    Q(
        "how much did people pledge in total",
        either(
            _money(lambda d: float(_ks_pledge(d).sum())),
            _money(lambda d: float(_ks_pledge(d)[_ks_ok(d)].sum())),
        ),
        ("Pledge Amount", "Pledged Status", *_KS_ID),
    ),
    Q(
        "most popular reward?",
        _lead(_tier(lambda d: _top(_text(d["Reward Title"])[_text(d["Reward Title"]) != ""].value_counts()))),
        ("Reward Title", "Reward ID", *_KS_ID),
    ),
    Q(
        "apart from the us, which country has the most backers",
        _lead(
            _named(
                lambda d: _top(
                    _text(d["Shipping Country"])[~_text(d["Shipping Country"]).isin(["", "US"])].value_counts()
                ),
                _KS_NAMES,
            )
        ),
        ("Shipping Country", *_KS_ID),
    ),
    Q(
        "how many people havent filled in the survey yet",
        either(_count(lambda d: _ks_unanswered(d, False)), _count(lambda d: _ks_unanswered(d, True))),
        ("Survey Response", "Pledged Status", *_KS_ID),
    ),
    Q(
        "of the ones who did, what's the most common shirt size",
        _lead(_named(lambda d: _top(_text(d["T-Shirt Size"])[_text(d["T-Shirt Size"]) != ""].value_counts()))),
        ("T-Shirt Size", "Survey Response", *_KS_ID),
    ),
]


# --- 5. US Census SAIPE county estimates ---------------------------------------------------------------------------

# state: FIPS, postal code, counties, poverty-rate centre (%), income centre ($), people per county (thousands)
_SA_STATES: dict[str, tuple[int, str, int, float, float, float]] = {
    "Alabama": (1, "AL", 67, 17.5, 52000, 75),
    "Arizona": (4, "AZ", 15, 17.0, 60000, 480),
    "Delaware": (10, "DE", 3, 11.0, 74000, 330),
    "Idaho": (16, "ID", 44, 12.5, 58000, 43),
    "Iowa": (19, "IA", 99, 11.5, 63000, 32),
    "Maine": (23, "ME", 16, 12.5, 60000, 86),
    "Nevada": (32, "NV", 17, 13.5, 64000, 190),
    "Utah": (49, "UT", 29, 10.0, 72000, 115),
    "Vermont": (50, "VT", 14, 10.5, 68000, 46),
}
_SA_NAMES = [
    "Adams",
    "Allen",
    "Baker",
    "Barbour",
    "Benton",
    "Blaine",
    "Boone",
    "Bullock",
    "Butler",
    "Calhoun",
    "Carroll",
    "Cass",
    "Cedar",
    "Chambers",
    "Cherokee",
    "Clay",
    "Clarke",
    "Clinton",
    "Coffee",
    "Columbia",
    "Cook",
    "Crawford",
    "Dallas",
    "Davis",
    "Decatur",
    "Dekalb",
    "Douglas",
    "Dubuque",
    "Elmore",
    "Emmet",
    "Fayette",
    "Floyd",
    "Franklin",
    "Fremont",
    "Geneva",
    "Grant",
    "Greene",
    "Grundy",
    "Hale",
    "Hamilton",
    "Hancock",
    "Hardin",
    "Harrison",
    "Henry",
    "Houston",
    "Howard",
    "Humboldt",
    "Ida",
    "Jackson",
    "Jasper",
    "Jefferson",
    "Johnson",
    "Jones",
    "Kent",
    "Knox",
    "Lamar",
    "Lauderdale",
    "Lawrence",
    "Lee",
    "Lincoln",
    "Linn",
    "Logan",
    "Lucas",
    "Lyon",
    "Madison",
    "Marion",
    "Marshall",
    "Mills",
    "Monroe",
    "Montgomery",
    "Morgan",
    "Orange",
    "Page",
    "Perry",
    "Pike",
    "Polk",
    "Randolph",
    "Russell",
    "Scott",
    "Shelby",
    "Sioux",
    "Story",
    "Sumter",
    "Taylor",
    "Union",
    "Walker",
    "Warren",
    "Washington",
    "Wayne",
    "Webster",
    "Wilcox",
    "Winston",
    "Worth",
    "Wright",
    "York",
    "Essex",
    "Oxford",
    "Piscataquis",
    "Somerset",
    "Lamoille",
    "Orleans",
    "Rutland",
    "Windham",
    "Windsor",
    "Caledonia",
    "Addison",
    "Bennington",
    "Chittenden",
    "Elko",
    "Eureka",
    "Lander",
    "Mineral",
    "Nye",
    "Pershing",
    "Storey",
    "Washoe",
    "Apache",
    "Cochise",
    "Coconino",
    "Gila",
    "Graham",
    "Maricopa",
]


def _saipe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18605)
    cols = [
        "State FIPS Code",
        "County FIPS Code",
        "Postal Code",
        "Name",
        "Poverty Estimate, All Ages",
        "90% CI Lower Bound",
        "90% CI Upper Bound",
        "Poverty Percent, All Ages",
        "90% CI Lower Bound.1",
        "90% CI Upper Bound.1",
        "Poverty Estimate, Age 0-17",
        "90% CI Lower Bound.2",
        "90% CI Upper Bound.2",
        "Poverty Percent, Age 0-17",
        "90% CI Lower Bound.3",
        "90% CI Upper Bound.3",
        "Median Household Income",
        "90% CI Lower Bound.4",
        "90% CI Upper Bound.4",
    ]
    blocks = []
    for state, (fips, postal, n, rate0, inc0, size) in _SA_STATES.items():
        names = rng.choice(_SA_NAMES, size=n, replace=False)
        counties = []
        for k, nm in enumerate(sorted(names)):
            pop = float(max(700, rng.lognormal(np.log(size * 1000), 0.9)))
            inc = float(
                np.clip(rng.normal(inc0, inc0 * 0.16) * (1 + 0.05 * np.log(pop / (size * 1000))), 28000, 140000)
            )
            rate = float(np.clip(rate0 + (inc0 - inc) / 1500 + rng.normal(0, 2.2), 3.2, 38))
            kids = 0.23 * pop
            krate = float(np.clip(rate * rng.uniform(1.15, 1.55), 3, 55))
            counties.append((2 * k + 1, f"{nm} County", pop, rate, kids, krate, inc))
        blocks.append((fips, postal, state, counties))

    def row(fips, cfips, postal, name, pop, pov, kids, kpov, inc, suppress=False):
        rate = 100 * pov / pop
        krate = 100 * kpov / kids
        m = 1.0 if pop > 500000 else 1 + 8 / np.sqrt(pop / 1000)
        ci = float(rng.uniform(0.06, 0.12)) * m
        out = [
            fips,
            cfips,
            postal,
            name,
            int(np.round(pov)),
            int(np.round(pov * (1 - ci))),
            int(np.round(pov * (1 + ci))),
        ]
        out += [round(rate, 1), round(rate * (1 - ci), 1), round(rate * (1 + ci), 1)]
        k = [int(np.round(kpov)), int(np.round(kpov * (1 - ci))), int(np.round(kpov * (1 + ci)))]
        k += [round(krate, 1), round(krate * (1 - ci), 1), round(krate * (1 + ci), 1)]
        out += ["."] * 6 if suppress else k
        out += [int(np.round(inc)), int(np.round(inc * (1 - ci / 2))), int(np.round(inc * (1 + ci / 2)))]
        return out

    rows = []
    us = [0.0, 0.0, 0.0, 0.0, 0.0]
    for fips, postal, state, counties in blocks:
        pop = sum(c[2] for c in counties)
        pov = sum(c[2] * c[3] / 100 for c in counties)
        kids = sum(c[4] for c in counties)
        kpov = sum(c[4] * c[5] / 100 for c in counties)
        inc = float(np.average([c[6] for c in counties], weights=[c[2] for c in counties]))
        rows.append(row(fips, 0, postal, state, pop, pov, kids, kpov, inc))
        for cf, name, cpop, crate, ckids, ckrate, cinc in counties:
            suppress = state == "Idaho" and cf in (7, 33)
            rows.append(
                row(fips, cf, postal, name, cpop, cpop * crate / 100, ckids, ckids * ckrate / 100, cinc, suppress)
            )
        us = [us[0] + pop, us[1] + pov, us[2] + kids, us[3] + kpov, us[4] + inc * pop]
    top = row(0, 0, "US", "United States", us[0] * 35, us[1] * 35, us[2] * 35, us[3] * 35, us[4] / us[0])
    return pd.DataFrame([top, *rows], columns=cols)


def _sa_counties(d: pd.DataFrame) -> pd.DataFrame:
    return d[pd.to_numeric(d["County FIPS Code"], errors="coerce") != 0]


def _sa_states(d: pd.DataFrame) -> pd.DataFrame:
    return d[(pd.to_numeric(d["County FIPS Code"], errors="coerce") == 0) & (_text(d["Postal Code"]) != "US")]


def _sa(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_numeric(d[col], errors="coerce")


def _sa_label(d: pd.DataFrame) -> pd.Series:
    return _text(d["Name"]) + ", " + _text(d["Postal Code"])


_SA_ID = ("Name", "Postal Code", "State FIPS Code", "County FIPS Code")
_SA_POV = "Poverty Percent, All Ages"
_SAIPE_QS = [
    Q(
        "which county has the highest poverty rate",
        _lead(_named(lambda d: str(_text(_sa_counties(d)["Name"]).loc[_sa(_sa_counties(d), _SA_POV).idxmax()]))),
        (_SA_POV, *_SA_ID),
    ),
    Q(
        "how many counties are above 20% poverty",
        _count(lambda d: int((_sa(_sa_counties(d), _SA_POV) > 20).sum())),
        (_SA_POV, *_SA_ID),
    ),
    Q(
        "what's the median household income in iowa",
        either(
            _money(lambda d: float(_sa(d, "Median Household Income")[_text(d["Name"]) == "Iowa"].iloc[0])),
            _money(
                lambda d: float(
                    _sa(_sa_counties(d), "Median Household Income")[
                        _text(_sa_counties(d)["Postal Code"]) == "IA"
                    ].median()
                )
            ),
        ),
        ("Median Household Income", *_SA_ID),
    ),
    Q(
        "average child poverty rate across counties?",
        _abouts(
            lambda d: _sa(_sa_counties(d), "Poverty Percent, Age 0-17").mean(),
            lambda d: _sa(_sa_counties(d), "Poverty Percent, Age 0-17").median(),
        ),
        ("Poverty Percent, Age 0-17", *_SA_ID),
    ),
    Q(
        "is income related to the poverty rate",
        either(
            _corr(
                lambda d: _sa(_sa_counties(d), "Median Household Income"),
                lambda d: _sa(_sa_counties(d), _SA_POV),
            ),
            _corr(lambda d: _sa(d, "Median Household Income"), lambda d: _sa(d, _SA_POV)),
        ),
        ("Median Household Income", _SA_POV, *_SA_ID),
    ),
    Q(
        "which state has the most people in poverty",
        _lead(
            _named(
                lambda d: _top(
                    pd.Series(
                        _sa(_sa_states(d), "Poverty Estimate, All Ages").to_numpy(),
                        index=_text(_sa_states(d)["Name"]).to_numpy(),
                    )
                )
            )
        ),
        ("Poverty Estimate, All Ages", *_SA_ID),
    ),
]


# --- 6. Eurostat persons killed in road accidents (tran_sf_roadus), SDMX-CSV -----------------------------------------

# geo: deaths in 2012, yearly trend, pedestrian share
_EU_GEO: dict[str, tuple[float, float, float]] = {
    "BE": (770, -0.035, 0.13),
    "BG": (601, -0.03, 0.22),
    "CZ": (742, -0.04, 0.2),
    "DK": (167, -0.01, 0.15),
    "DE": (3600, -0.031, 0.14),
    "EE": (87, -0.04, 0.25),
    "IE": (162, -0.01, 0.2),
    "EL": (988, -0.05, 0.17),
    "ES": (1903, -0.008, 0.2),
    "FR": (3653, -0.017, 0.15),
    "HR": (390, -0.025, 0.18),
    "IT": (3753, -0.025, 0.16),
    "CY": (51, -0.02, 0.18),
    "LV": (177, -0.035, 0.3),
    "LT": (301, -0.055, 0.3),
    "LU": (34, -0.01, 0.12),
    "HU": (605, -0.006, 0.2),
    "MT": (11, 0.02, 0.3),
    "NL": (650, 0.01, 0.1),
    "AT": (531, -0.045, 0.15),
    "PL": (3571, -0.055, 0.3),
    "PT": (718, -0.015, 0.2),
    "RO": (2042, -0.03, 0.35),
    "SI": (130, -0.025, 0.12),
    "SK": (352, -0.035, 0.2),
    "FI": (255, -0.02, 0.12),
    "SE": (285, -0.025, 0.12),
}
_EU_CATS = ("DRIV", "PAS", "PED", "OTH")


def _eurostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18606)
    years = range(2012, 2023)
    rows = []
    eu: dict[tuple[int, str], float] = {}
    for geo, (base, trend, ped) in _EU_GEO.items():
        for y in years:
            covid = 0.88 if y == 2020 else (0.95 if y == 2021 else 1.0)
            total = max(5, int(np.round(base * np.exp(trend * (y - 2012)) * covid * float(rng.lognormal(0, 0.04)))))
            p = int(np.round(total * ped * float(rng.uniform(0.9, 1.1))))
            pas = int(np.round(total * float(rng.uniform(0.15, 0.25))))
            oth = int(np.round(total * float(rng.uniform(0.0, 0.04))))
            drv = total - p - pas - oth
            vals = {"TOTAL": total, "DRIV": drv, "PAS": pas, "PED": p, "OTH": oth}
            missing = geo in ("LT", "MT", "SK") and y <= 2013
            for cat, v in vals.items():
                eu[(y, cat)] = eu.get((y, cat), 0) + v
                blank = missing and cat != "TOTAL"
                flag = "p" if y == 2022 and geo in ("BE", "EL", "HR") else ("b" if geo == "PL" and y == 2016 else "")
                rows.append((geo, y, cat, None if blank else v, "" if blank else flag))
    for (y, cat), v in eu.items():
        rows.append(("EU27_2020", y, cat, v, "e" if y >= 2021 else ""))
    frame = pd.DataFrame(rows, columns=["geo", "TIME_PERIOD", "pers_cat", "OBS_VALUE", "OBS_FLAG"])
    frame = frame.sort_values(["pers_cat", "geo", "TIME_PERIOD"], kind="stable")
    frame.insert(0, "DATAFLOW", "ESTAT:TRAN_SF_ROADUS(1.0)")
    frame.insert(1, "LAST UPDATE", "15/03/24 23:00:00")
    frame.insert(2, "freq", "A")
    frame.insert(3, "victim", "KIL")
    frame.insert(5, "unit", "NR")
    frame["OBS_VALUE"] = frame["OBS_VALUE"].astype("Int64")
    return frame[
        ["DATAFLOW", "LAST UPDATE", "freq", "victim", "pers_cat", "unit", "geo", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG"]
    ].reset_index(drop=True)


def _eu_series(d: pd.DataFrame, geo: str, cat: str = "TOTAL") -> pd.Series:
    keep = (_text(d["geo"]) == geo) & (_text(d["pers_cat"]) == cat)
    return pd.Series(
        pd.to_numeric(d["OBS_VALUE"][keep], errors="coerce").to_numpy(),
        index=pd.to_numeric(d["TIME_PERIOD"][keep]).to_numpy(),
    )


def _eu_year(d: pd.DataFrame, year: int, cat: str = "TOTAL") -> pd.Series:
    keep = (pd.to_numeric(d["TIME_PERIOD"]) == year) & (_text(d["pers_cat"]) == cat) & (_text(d["geo"]) != "EU27_2020")
    return pd.Series(pd.to_numeric(d["OBS_VALUE"][keep], errors="coerce").to_numpy(), index=_text(d["geo"][keep]))


def _eu_min_year(d: pd.DataFrame, geo: str) -> int:
    s = _eu_series(d, geo)
    return int(s[s == s.min()].index.min())


def _year_of(geo: str) -> Check:
    """The year of a country's fewest deaths."""
    return _lead(lambda answer, df: words(str(_eu_min_year(df, geo)))(answer, df))


_EU_NAMES = {"IT": ("Italy",), "FR": ("France",), "DE": ("Germany",), "PL": ("Poland",), "RO": ("Romania",)}
_EU_ID = ("geo", "TIME_PERIOD", "pers_cat")
_EUROSTAT_QS = [
    Q(
        "how many people died on the roads in germany in 2022",
        _count(lambda d: float(_eu_series(d, "DE")[2022])),
        ("OBS_VALUE", *_EU_ID),
    ),
    Q(
        "which country had the most road deaths in 2021",
        _lead(_named(lambda d: _top(_eu_year(d, 2021)), _EU_NAMES)),
        ("OBS_VALUE", *_EU_ID),
    ),
    Q(
        "by how much did deaths fall across the eu between 2012 and 2022, in percent",
        _pct(lambda d: _eu_series(d, "EU27_2020")[2022] / _eu_series(d, "EU27_2020")[2012] - 1),
        ("OBS_VALUE", *_EU_ID),
    ),
    Q(
        "what share of the 2022 deaths were pedestrians",
        either(
            _share(lambda d: float(_eu_series(d, "EU27_2020", "PED")[2022] / _eu_series(d, "EU27_2020")[2022])),
            _share(lambda d: float((_eu_year(d, 2022, "PED") / _eu_year(d, 2022)).mean())),
        ),
        ("OBS_VALUE", *_EU_ID),
    ),
    Q("which year had the fewest deaths in france", _year_of("FR"), ("OBS_VALUE", *_EU_ID)),
    Q("and germany?", _year_of("DE"), ("OBS_VALUE", *_EU_ID)),
]


# --- 7. NHS English Prescribing Dataset (EPD) ----------------------------------------------------------------------

# practice code: name, address (4 lines), postcode, list-size factor
_NH_PRACTICES: dict[str, tuple[str, tuple[str, str, str, str], str, float]] = {
    "Y02625": (
        "THE ROSEWOOD PRACTICE",
        ("1 MILL LANE", "HEATON", "NEWCASTLE UPON TYNE", "TYNE AND WEAR"),
        "NE6 5RT",
        1.3,
    ),
    "A87005": (
        "BENFIELD PARK MEDICAL GROUP",
        ("BENFIELD ROAD", "WALKERGATE", "NEWCASTLE UPON TYNE", ""),
        "NE6 4NU",
        1.0,
    ),
    "A87012": ("WHICKHAM HEALTH CENTRE", ("RECTORY LANE", "WHICKHAM", "GATESHEAD", ""), "NE16 4PD", 0.8),
    "A84013": ("FENHAM HALL SURGERY", ("FENHAM HALL DRIVE", "FENHAM", "NEWCASTLE UPON TYNE", ""), "NE4 9XD", 1.15),
    "A85018": ("SUNNISIDE SURGERY", ("SUNNISIDE ROAD", "SUNNISIDE", "GATESHEAD", "TYNE AND WEAR"), "NE16 5NA", 0.45),
    "A87614": (
        "OXFORD TERRACE & RAWLING ROAD MEDICAL GROUP",
        ("1 OXFORD TERRACE", "", "GATESHEAD", ""),
        "NE8 1RQ",
        1.6,
    ),
}
# BNF code: description, substance code, substance, chapter, items per practice-month, quantity per item, cost per item
_NH_DRUGS: dict[str, tuple[str, str, str, str, float, float, float]] = {
    "0212000B0AAABAB": (
        "Atorvastatin 20mg tablets",
        "0212000B0",
        "Atorvastatin",
        "02: Cardiovascular System",
        160,
        28,
        0.9,
    ),
    "0212000B0AAACAC": (
        "Atorvastatin 40mg tablets",
        "0212000B0",
        "Atorvastatin",
        "02: Cardiovascular System",
        120,
        28,
        1.1,
    ),
    "0205051R0AAAJAJ": ("Ramipril 5mg capsules", "0205051R0", "Ramipril", "02: Cardiovascular System", 70, 28, 1.2),
    "0206020A0AAAAAA": ("Amlodipine 5mg tablets", "0206020A0", "Amlodipine", "02: Cardiovascular System", 150, 28, 0.8),
    "0208020Z0AAACAC": ("Apixaban 5mg tablets", "0208020Z0", "Apixaban", "02: Cardiovascular System", 55, 56, 53.6),
    "0103050P0AAAAAA": (
        "Omeprazole 20mg gastro-resistant capsules",
        "0103050P0",
        "Omeprazole",
        "01: Gastro-Intestinal System",
        140,
        28,
        1.1,
    ),
    "0103050L0AAAAAA": (
        "Lansoprazole 30mg gastro-resistant capsules",
        "0103050L0",
        "Lansoprazole",
        "01: Gastro-Intestinal System",
        60,
        28,
        1.4,
    ),
    "0403030Q0AAAAAA": (
        "Sertraline 50mg tablets",
        "0403030Q0",
        "Sertraline hydrochloride",
        "04: Central Nervous System",
        110,
        28,
        1.0,
    ),
    "0403010X0AAAAAA": (
        "Amitriptyline 10mg tablets",
        "0403010X0",
        "Amitriptyline hydrochloride",
        "04: Central Nervous System",
        65,
        28,
        1.3,
    ),
    "0407010H0AAAMAM": (
        "Paracetamol 500mg tablets",
        "0407010H0",
        "Paracetamol",
        "04: Central Nervous System",
        90,
        100,
        1.6,
    ),
    "0407020Q0AAAFAF": (
        "Morphine 10mg/5ml oral solution",
        "0407020Q0",
        "Morphine sulfate",
        "04: Central Nervous System",
        12,
        300,
        4.5,
    ),
    "0601022B0AAABAB": (
        "Metformin 500mg tablets",
        "0601022B0",
        "Metformin hydrochloride",
        "06: Endocrine System",
        100,
        84,
        2.0,
    ),
    "0601023AGAAAAAA": (
        "Empagliflozin 10mg tablets",
        "0601023AG",
        "Empagliflozin",
        "06: Endocrine System",
        25,
        28,
        36.6,
    ),
    "0302000C0BQAAAU": (
        "Fostair 100micrograms/dose / 6micrograms/dose inhaler",
        "0302000C0",
        "Beclometasone dipropionate",
        "03: Respiratory System",
        35,
        1,
        29.3,
    ),
    "0301011R0AAAPAP": (
        "Salbutamol 100micrograms/dose inhaler CFC free",
        "0301011R0",
        "Salbutamol",
        "03: Respiratory System",
        80,
        1,
        1.5,
    ),
}


def _nhs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18607)
    rows = []
    for month in pd.period_range("2023-01", "2023-12", freq="M"):
        winter = 1.12 if month.month in (1, 2, 12) else (0.92 if month.month == 8 else 1.0)
        for code, (name, addr, post, size) in _NH_PRACTICES.items():
            for bnf, (desc, sub, subname, chapter, items0, qty, cost) in _NH_DRUGS.items():
                if items0 * size < 20 and rng.random() < 0.35:
                    continue
                season = winter * (1.25 if chapter.startswith("03") and month.month in (1, 2, 11, 12) else 1.0)
                grow = 1 + (0.02 * (month.month - 1) if sub == "0208020Z0" else 0.0)
                items = int(rng.poisson(items0 * size * season * grow / 1.6))
                if items == 0:
                    continue
                quantity = round(qty * float(rng.choice([1, 1, 1, 2, 0.5])), 1)
                total_q = round(quantity * items * float(rng.uniform(0.95, 1.05)), 1)
                nic = round(items * cost * float(rng.uniform(0.95, 1.05)), 2)
                rows.append(
                    {
                        "YEAR_MONTH": int(month.strftime("%Y%m")),
                        "REGIONAL_OFFICE_NAME": "NORTH EAST AND YORKSHIRE",
                        "REGIONAL_OFFICE_CODE": "Y63",
                        "ICB_NAME": "NHS NORTH EAST AND NORTH CUMBRIA INTEGRATED CARE BOARD",
                        "ICB_CODE": "QHM",
                        "PCO_NAME": "NEWCASTLE GATESHEAD",
                        "PCO_CODE": "13T00",
                        "PRACTICE_NAME": name,
                        "PRACTICE_CODE": code,
                        "ADDRESS_1": addr[0],
                        "ADDRESS_2": addr[1],
                        "ADDRESS_3": addr[2],
                        "ADDRESS_4": addr[3],
                        "POSTCODE": post,
                        "BNF_CHEMICAL_SUBSTANCE": sub,
                        "CHEMICAL_SUBSTANCE_BNF_DESCR": subname,
                        "BNF_CODE": bnf,
                        "BNF_DESCRIPTION": desc,
                        "BNF_CHAPTER_PLUS_CODE": chapter,
                        "QUANTITY": quantity,
                        "ITEMS": items,
                        "TOTAL_QUANTITY": total_q,
                        "ADQUSAGE": round(total_q * float(rng.uniform(0.5, 1.0)), 3),
                        "NIC": nic,
                        "ACTUAL_COST": round(nic * float(rng.uniform(0.9, 0.93)), 5),
                        "UNIDENTIFIED": False,
                    }
                )
    return pd.DataFrame(rows)


def _nh(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_numeric(d[col], errors="coerce")


def _nh_sub(d: pd.DataFrame, name: str) -> pd.DataFrame:
    return d[_text(d["CHEMICAL_SUBSTANCE_BNF_DESCR"]) == name]


def _nh_peak_month(d: pd.DataFrame, name: str) -> int:
    x = _nh_sub(d, name)
    return int(_peak(_nh(x, "ITEMS").groupby(_nh(x, "YEAR_MONTH")).sum()))


def _nh_month(name: str) -> Check:
    stamp = lambda d: pd.Timestamp(str(_nh_peak_month(d, name)) + "01")  # noqa: E731
    return _lead(either(_month_year(stamp), lambda a, d: words(str(_nh_peak_month(d, name)))(a, d)))


def _nh_top_cost(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_nh(d, col).groupby(_text(d["CHEMICAL_SUBSTANCE_BNF_DESCR"])).sum())


_NH_ID = ("YEAR_MONTH", "PRACTICE_NAME", "PRACTICE_CODE", "BNF_CODE", "BNF_DESCRIPTION")
_NH_DRUG = ("CHEMICAL_SUBSTANCE_BNF_DESCR", "BNF_CHEMICAL_SUBSTANCE")
_NHS_QS = [
    Q("how many items were prescribed in total", _count(lambda d: float(_nh(d, "ITEMS").sum())), ("ITEMS", *_NH_ID)),
    Q(
        "which drug cost the most overall",
        either(_lead(_named(_nh_top_cost("ACTUAL_COST"))), _lead(_named(_nh_top_cost("NIC")))),
        ("ACTUAL_COST", "NIC", *_NH_DRUG, *_NH_ID),
    ),
    Q(
        "which practice writes the most prescriptions",
        _lead(_named(lambda d: _top(_nh(d, "ITEMS").groupby(_text(d["PRACTICE_NAME"])).sum()))),
        ("ITEMS", *_NH_ID),
    ),
    Q(
        "for atorvastatin, which month had the most items",
        _nh_month("Atorvastatin"),
        ("ITEMS", *_NH_DRUG, *_NH_ID),
    ),
    Q(
        "average cost per item for omeprazole",
        _abouts(
            lambda d: _nh(_nh_sub(d, "Omeprazole"), "ACTUAL_COST").sum() / _nh(_nh_sub(d, "Omeprazole"), "ITEMS").sum(),
            lambda d: _nh(_nh_sub(d, "Omeprazole"), "NIC").sum() / _nh(_nh_sub(d, "Omeprazole"), "ITEMS").sum(),
            lambda d: (_nh(_nh_sub(d, "Omeprazole"), "ACTUAL_COST") / _nh(_nh_sub(d, "Omeprazole"), "ITEMS")).mean(),
            lambda d: (_nh(_nh_sub(d, "Omeprazole"), "NIC") / _nh(_nh_sub(d, "Omeprazole"), "ITEMS")).mean(),
            rel=0.005,
        ),
        ("ACTUAL_COST", "NIC", "ITEMS", *_NH_DRUG, *_NH_ID),
    ),
    Q(
        "what share of items are from the central nervous system chapter",
        _share(
            lambda d: float(
                _nh(d, "ITEMS")[_text(d["BNF_CHAPTER_PLUS_CODE"]).str.contains("Central Nervous")].sum()
                / _nh(d, "ITEMS").sum()
            )
        ),
        ("ITEMS", "BNF_CHAPTER_PLUS_CODE", *_NH_ID),
    ),
]


HELDOUT186 = [
    Dataset("jefit_workout_log_export", _jefit_frame, _JEFIT_QS),
    Dataset("forest_focus_sessions_export", _forest_frame, _FOREST_QS),
    Dataset("relay_business_banking_transactions", _relay_frame, _RELAY_QS),
    Dataset("kickstarter_backer_report", _kickstarter_frame, _KICKSTARTER_QS),
    Dataset("census_saipe_county_estimates", _saipe_frame, _SAIPE_QS),
    Dataset("eurostat_road_fatalities_tran_sf_roadus", _eurostat_frame, _EUROSTAT_QS),
    Dataset("nhs_english_prescribing_dataset", _nhs_frame, _NHS_QS),
]
