"""HELDOUT161: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a LinkedIn company page followers export (the
"New followers" sheet saved as CSV, 2023-01-01 to 2024-06-30, one row per day) with Date as "03/15/2024",
"Sponsored followers" (zero outside the three paid campaigns), "Organic followers", "Auto-invited followers" (almost
always 0) and "Total followers" (their sum, the day's new followers; some quiet days are 0); a Gusto contractor
payments export (2023) with "Contractor", "Contractor Type" (Individual / Business), Department, "Work Location"
(a few "Remote - International"), "Payment Date" as "03/15/2023", "Payment Method" (Direct Deposit / Check /
International), "Wage Type" (Hourly / Fixed), Hours and "Hourly Rate" (blank for fixed wages), and money written as
"$1,250.00" in "Wage", "Bonus", "Reimbursement" and "Total Amount", plus Currency (USD) and Status (Paid / Cancelled /
Processing; cancelled payments still show their amount); a New Relic alert violations export (January to June 2024)
with "Violation ID", "Incident ID" (repeated: several violations can open one incident), Priority (Critical / Warning),
"Policy Name", "Condition Name", "Entity Name", "Entity Type" (APPLICATION / HOST / SYNTHETIC MONITOR), "Violation
Label", "Opened At" and "Closed At" as "2024-03-15 14:02:11 UTC" (blank while still open), Duration as "83 min"
(blank while open) and "Violation URL"; an Apple Card statement export (the twelve 2023 monthly CSVs stacked) with
"Transaction Date" and "Clearing Date" as "03/15/2023", Description (upper-case raw text), Merchant, Category
(Restaurants, Grocery, Gas, Shopping, Transportation, Entertainment, Travel, Health, Other, plus Payment / Credit /
Installment rows), Type (Purchase, Payment, Credit, Installment, Interest), "Amount (USD)" (payments and credits
negative) and "Purchased By" (two card holders of a family account); a BLS QCEW county extract (six central Texas
counties, 2021 Q1 to 2023 Q4) with area_fips as "48453", area_title ("Travis County, Texas"), own_code (0 for the
all-ownerships total, 5 private), own_title, industry_code ("10" total, "1012" ... "1029" supersectors),
industry_title ("Total, all industries", "NAICS 1012 Construction"), agglvl_code, size_code, year, qtr,
disclosure_code ("N" where the figures are withheld and written 0, blank otherwise), qtrly_estabs,
month1_emplvl ... month3_emplvl, total_qtrly_wages, taxable_qtrly_wages, qtrly_contrib and avg_wkly_wage; Austin's
crash report open data (2020-2023, one row per crash) with crash_id, crash_fatal_fl (Y/N), crash_date as
"03/15/2022 02:02:00 PM", case_id (some blank), rpt_block_num, rpt_street_name (upper case), rpt_street_sfx,
crash_speed_limit (-1 or 0 when unknown), road_constr_zone_fl, latitude / longitude (a few blank), the injury counts
sus_serious_injry_cnt, nonincap_injry_cnt, poss_injry_cnt, non_injry_cnt, unkn_injry_cnt, tot_injry_cnt and
death_cnt, units_involved ("MOTOR VEHICLE & PEDALCYCLIST"), pedestrian_fl, motorcycle_fl and bicycle_fl (Y/N) and
est_comp_cost; and a WHO GHO export of NCD_BMI_30C (adult obesity, age-standardised, 1975-2016) in long form with
"GHO (CODE)", "GHO (DISPLAY)", "PUBLISHSTATE (CODE)", "YEAR (CODE)", "YEAR (DISPLAY)", "REGION (CODE)", "REGION
(DISPLAY)", "COUNTRY (CODE)", "COUNTRY (DISPLAY)", "SEX (CODE)" (BTSX / MLE / FMLE), "SEX (DISPLAY)", Numeric, Value
as "36.2 [33.4-39.1]" ("No data" with Numeric blank for two countries), Low and High. All are generated with fixed
seeds 16101-16107.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _pct, _share, _text, _year
from .heldout42 import _ranked
from .heldout158 import _money
from .offline_eval import Check, Dataset, Q, corr_of, either, has
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _dollars(s: pd.Series) -> pd.Series:
    """Money written as "$1,250.00" (or blank) as floats."""
    return pd.to_numeric(_text(s).str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _duration(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration in minutes: "83 min", "83.4 minutes", "1 h 23 min", "1:23" or in hours ("1.39 hours")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        tol = max(0.02 * want, 0.6)
        for m in re.finditer(r"(\d+)\s*(?:h|hr|hrs|hours?)\s*(?:and\s*)?(\d+)\s*(?:m|min|mins|minutes?)\b", answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= tol:
                return None
        for m in re.finditer(r"(?<![\d.:])(\d{1,2}):([0-5]\d)(?![\d:])", answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= tol:
                return None
        if _about(lambda d: want, rel=0.02)(answer, df) is None:
            return None
        hours = re.search(r"\bh(?:ou)?rs?\b", answer, re.IGNORECASE)
        if hours and _about(lambda d: want / 60, rel=0.02)(answer, df) is None:
            return None
        return f"missing minutes {want:.4g}"

    return check


# --- 1. LinkedIn company page followers export ---------------------------------------------------------------------

_LI_FMT = "%m/%d/%Y"
_LI_CAMPAIGNS = [
    ("2023-03-06", "2023-04-02", 14.0),
    ("2023-10-02", "2023-11-12", 9.0),
    ("2024-04-08", "2024-05-19", 18.0),
]


def _linkedin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16101)
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    rows = []
    for day in days:
        base = 3.0 + 0.006 * (day - days[0]).days
        base *= 0.35 if day.dayofweek >= 5 else 1.0
        organic = int(rng.poisson(base * (2.5 if rng.random() < 0.02 else 1.0)))
        paid = 0.0
        for start, end, rate in _LI_CAMPAIGNS:
            if pd.Timestamp(start) <= day <= pd.Timestamp(end):
                paid = rate * (0.5 if day.dayofweek >= 5 else 1.0)
        sponsored = int(rng.poisson(paid)) if paid else 0
        if paid:
            organic += int(rng.poisson(1.5))
        auto = int(rng.random() < 0.01)
        rows.append(
            {
                "Date": day.strftime(_LI_FMT),
                "Sponsored followers": sponsored,
                "Organic followers": organic,
                "Auto-invited followers": auto,
                "Total followers": sponsored + organic + auto,
            }
        )
    return pd.DataFrame(rows)


def _li(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Date"], format=_LI_FMT)
    return out


_LI_ID = ("Date",)
_LI_ALL = ("Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers")
_LINKEDIN_QS = [
    Q(
        "how many new followers did we get overall",
        _count(lambda d: int(d["Total followers"].sum())),
        (*_LI_ID, *_LI_ALL),
    ),
    Q(
        "what share of them came from paid ads",
        _share(lambda d: float(d["Sponsored followers"].sum() / d["Total followers"].sum())),
        (*_LI_ID, *_LI_ALL),
    ),
    Q(
        "which month did we gain the most followers",
        _lead(
            _month_year(
                lambda d: _top(_li(d).groupby(_li(d)["_day"].dt.to_period("M").astype(str))["Total followers"].sum())
            )
        ),
        (*_LI_ID, *_LI_ALL),
    ),
    Q(
        "average new followers per day in 2024?",
        has(lambda d: float(_li(d).loc[lambda x: x["_day"].dt.year == 2024, "Total followers"].mean()), rel=0.01),
        (*_LI_ID, *_LI_ALL),
    ),
    Q(
        "how many days did we get no new followers at all",
        _count(lambda d: int((d["Total followers"] == 0).sum())),
        (*_LI_ID, "Total followers"),
    ),
    Q(
        "what was our single best day for organic followers",
        _lead(_day(lambda d: _li(d).loc[d["Organic followers"].idxmax(), "_day"])),
        (*_LI_ID, "Organic followers"),
    ),
]


# --- 2. Gusto contractor payments ----------------------------------------------------------------------------------

# contractor: type, department, location, wage type, rate (hourly) or fixed amount, payments a month, method
_GU_PEOPLE: dict[str, tuple[str, str, str, str, float, float, str]] = {
    "Maya Patel": ("Individual", "Engineering", "Austin, TX", "Hourly", 95.0, 2, "Direct Deposit"),
    "Leo Martins": ("Individual", "Engineering", "Remote - International", "Hourly", 60.0, 2, "International"),
    "Brightline Studio LLC": ("Business", "Design", "Brooklyn, NY", "Fixed", 4200.0, 1, "Direct Deposit"),
    "Sofia Reyes": ("Individual", "Design", "Denver, CO", "Hourly", 75.0, 2, "Direct Deposit"),
    "Tom Becker": ("Individual", "Marketing", "Chicago, IL", "Hourly", 55.0, 4, "Direct Deposit"),
    "Copperleaf Content Co.": ("Business", "Marketing", "Portland, OR", "Fixed", 2500.0, 1, "Check"),
    "Aisha Khan": ("Individual", "Engineering", "Seattle, WA", "Hourly", 120.0, 2, "Direct Deposit"),
    "Ben Okafor": ("Individual", "Customer Support", "Atlanta, GA", "Hourly", 32.0, 4, "Direct Deposit"),
    "Nora Lind": ("Individual", "Customer Support", "Remote - International", "Hourly", 28.0, 4, "International"),
    "Ridgeway Legal PLLC": ("Business", "Operations", "Austin, TX", "Fixed", 1800.0, 1, "Check"),
    "Carlos Vega": ("Individual", "Operations", "Miami, FL", "Hourly", 45.0, 2, "Check"),
    "Hana Sato": ("Individual", "Engineering", "San Jose, CA", "Fixed", 6000.0, 1, "Direct Deposit"),
}


def _usd(x: float) -> str:
    return f"${x:,.2f}"


def _gusto_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16102)
    rows = []
    for month in range(1, 13):
        for name, (kind, dept, where, wage_type, rate, per_month, method) in _GU_PEOPLE.items():
            if rng.random() < 0.06:
                continue
            count = int(per_month)
            for k in range(count):
                day = pd.Timestamp(2023, month, 1) + pd.Timedelta(
                    days=int(min(27, k * (28 // count) + rng.integers(0, 6)))
                )
                if wage_type == "Hourly":
                    hours = round(float(rng.uniform(10, 80)) / count * 2, 2)
                    wage = round(hours * rate, 2)
                else:
                    hours = None
                    wage = rate
                bonus = round(float(rng.choice([250, 500, 1000])), 2) if rng.random() < 0.05 else 0.0
                reimb = round(float(rng.uniform(20, 400)), 2) if rng.random() < 0.12 else 0.0
                status = _one(rng, ["Paid", "Cancelled", "Processing"], [60, 2, 0.001 if month < 12 else 20])
                rows.append(
                    {
                        "Contractor": name,
                        "Contractor Type": kind,
                        "Department": dept,
                        "Work Location": where,
                        "Payment Date": day.strftime("%m/%d/%Y"),
                        "Payment Method": method,
                        "Wage Type": wage_type,
                        "Hours": hours,
                        "Hourly Rate": _usd(rate) if wage_type == "Hourly" else "",
                        "Wage": _usd(wage),
                        "Bonus": _usd(bonus),
                        "Reimbursement": _usd(reimb),
                        "Total Amount": _usd(wage + bonus + reimb),
                        "Currency": "USD",
                        "Status": status,
                    }
                )
    return pd.DataFrame(rows).sort_values(
        "Payment Date", key=lambda s: pd.to_datetime(s, format="%m/%d/%Y"), kind="stable"
    )


def _gu(d: pd.DataFrame, live: bool) -> pd.DataFrame:
    out = d.copy()
    out["_total"] = _dollars(out["Total Amount"])
    if live:
        out = out[_text(out["Status"]) != "Cancelled"]
    return out


def _gu_either(
    value: Callable[[pd.DataFrame, bool], Any], how: Callable[[Callable[[pd.DataFrame], Any]], Check]
) -> Check:
    return either(how(lambda d: value(d, True)), how(lambda d: value(d, False)))


_GU_ID = ("Contractor", "Payment Date", "Status")
_GUSTO_QS = [
    Q(
        "how much did we pay contractors in total",
        _gu_either(lambda d, live: float(_gu(d, live)["_total"].sum()), _money),
        (*_GU_ID, "Total Amount", "Wage", "Bonus", "Reimbursement"),
    ),
    Q(
        "who got paid the most",
        _gu_either(
            lambda d, live: _top(_gu(d, live).groupby("Contractor")["_total"].sum()), lambda v: _lead(_named(v))
        ),
        (*_GU_ID, "Total Amount", "Wage"),
    ),
    Q(
        "what's the average hourly rate",
        either(
            has(lambda d: float(_dollars(d["Hourly Rate"]).mean()), rel=0.01),
            has(lambda d: float(_dollars(d.drop_duplicates("Contractor")["Hourly Rate"]).mean()), rel=0.01),
        ),
        (*_GU_ID, "Hourly Rate", "Wage Type"),
    ),
    Q(
        "how much went to the design team",
        _gu_either(
            lambda d, live: float(_gu(d, live).loc[lambda x: _text(x["Department"]) == "Design", "_total"].sum()),
            _money,
        ),
        (*_GU_ID, "Department", "Total Amount", "Wage"),
    ),
    Q(
        "do more hours mean bigger paychecks",
        either(
            corr_of(lambda d: d["Hours"], lambda d: _dollars(d["Wage"])),
            corr_of(lambda d: d["Hours"], lambda d: _dollars(d["Total Amount"])),
        ),
        (*_GU_ID, "Hours", "Wage", "Total Amount", "Wage Type"),
    ),
    Q(
        "what percent of payments were paper checks",
        _gu_either(lambda d, live: float((_text(_gu(d, live)["Payment Method"]) == "Check").mean()), _share),
        (*_GU_ID, "Payment Method"),
    ),
]


# --- 3. New Relic alert violations ---------------------------------------------------------------------------------

# condition: policy, entity names, entity type, weight, critical share, median minutes open
_NR_CONDITIONS: dict[str, tuple[str, tuple[str, ...], str, float, float, float]] = {
    "High error rate (> 5%)": ("Checkout Service", ("checkout-api", "payments-api"), "APPLICATION", 5, 0.5, 18),
    "Apdex below 0.85": ("Checkout Service", ("checkout-api", "storefront-web"), "APPLICATION", 7, 0.2, 35),
    "Response time > 2s": (
        "Platform Core",
        ("search-api", "storefront-web", "checkout-api"),
        "APPLICATION",
        6,
        0.3,
        25,
    ),
    "CPU > 90%": ("Infrastructure", ("prod-web-01", "prod-web-02", "prod-db-01"), "HOST", 8, 0.35, 12),
    "Disk used > 85%": ("Infrastructure", ("prod-db-01", "prod-worker-03"), "HOST", 3, 0.6, 240),
    "Memory > 95%": ("Infrastructure", ("prod-worker-03", "prod-web-02"), "HOST", 2.5, 0.5, 40),
    "Login check failed": (
        "Synthetics",
        ("Login flow - US East", "Login flow - EU West"),
        "SYNTHETIC MONITOR",
        3,
        0.8,
        9,
    ),
}
_NR_FMT = "%Y-%m-%d %H:%M:%S UTC"


def _newrelic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16103)
    names = list(_NR_CONDITIONS)
    end = pd.Timestamp("2024-06-30 23:59:59")
    rows = []
    incident = 41200
    vid = 9_310_000
    stamps = sorted(
        pd.Timestamp("2024-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 182 * 86400))) for _ in range(1500)
    )
    last: dict[str, pd.Timestamp] = {}
    for when in stamps:
        cond = _one(rng, names, [v[3] for v in _NR_CONDITIONS.values()])
        policy, entities, etype, _, crit, median = _NR_CONDITIONS[cond]
        if policy not in last or (when - last[policy]) > pd.Timedelta(minutes=30):
            incident += 1
        last[policy] = when
        vid += int(rng.integers(1, 60))
        entity = _one(rng, list(entities))
        minutes = max(1, round(float(rng.lognormal(np.log(median), 0.9))))
        closed = when + pd.Timedelta(minutes=minutes, seconds=int(rng.integers(0, 60)))
        still_open = closed > end or rng.random() < 0.008
        priority = "Critical" if rng.random() < crit else "Warning"
        rows.append(
            {
                "Violation ID": vid,
                "Incident ID": incident,
                "Priority": priority,
                "Policy Name": policy,
                "Condition Name": cond,
                "Entity Name": entity,
                "Entity Type": etype,
                "Violation Label": f"{cond} on '{entity}'",
                "Opened At": when.strftime(_NR_FMT),
                "Closed At": "" if still_open else closed.strftime(_NR_FMT),
                "Duration": "" if still_open else f"{minutes} min",
                "Violation URL": f"https://alerts.newrelic.com/accounts/1843021/incidents/{incident}/violations?id={vid}",
            }
        )
    return pd.DataFrame(rows)


def _nr_minutes(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["Duration"]).str.extract(r"(\d+)")[0], errors="coerce").dropna()


def _nr_closing(d: pd.DataFrame) -> pd.Series:
    opened = pd.to_datetime(d["Opened At"].str.replace(" UTC", ""), errors="coerce")
    closed = pd.to_datetime(d["Closed At"].astype("string").str.replace(" UTC", ""), errors="coerce")
    return ((closed - opened).dt.total_seconds() / 60).dropna()


_NR_ID = ("Violation ID", "Incident ID", "Opened At", "Violation Label", "Violation URL")
_NEWRELIC_QS = [
    Q(
        "how many critical alerts did we get",
        _count(lambda d: int((_text(d["Priority"]) == "Critical").sum())),
        (*_NR_ID, "Priority"),
    ),
    Q(
        "which service or host alerts the most",
        _lead(_named(lambda d: _top(d["Entity Name"].value_counts()))),
        (*_NR_ID, "Entity Name", "Entity Type"),
    ),
    Q(
        "how long do alerts usually stay open before they close",
        either(
            *(
                _duration(lambda d, f=f, h=h: float(f(d).agg(h)))
                for f in (_nr_minutes, _nr_closing)
                for h in ("mean", "median")
            )
        ),
        (*_NR_ID, "Duration", "Closed At"),
    ),
    Q(
        "how many are still open",
        _count(lambda d: int((_text(d["Closed At"]) == "").sum())),
        (*_NR_ID, "Closed At", "Duration"),
    ),
    Q(
        "which alert condition fires most often",
        _lead(_named(lambda d: _top(d["Condition Name"].value_counts()))),
        (*_NR_ID, "Condition Name", "Policy Name"),
    ),
    Q(
        "how many separate incidents is that in total",
        either(_count(lambda d: int(d["Incident ID"].nunique())), _count(lambda d: len(d))),
        _NR_ID,
    ),
]


# --- 4. Apple Card statements --------------------------------------------------------------------------------------

# merchant: description text, category, weight, typical amount
_AC_MERCHANTS: dict[str, tuple[str, str, float, float]] = {
    "Whole Foods Market": ("WHOLEFDS AUS 10255 525 N LAMAR BLVD AUSTIN 78703 TX USA", "Grocery", 8, 85),
    "H-E-B": ("H-E-B #579 2400 S CONGRESS AVE AUSTIN 78704 TX USA", "Grocery", 10, 64),
    "Starbucks": ("STARBUCKS STORE 06021 AUSTIN TX USA", "Restaurants", 12, 7.5),
    "Chipotle": ("CHIPOTLE 2291 AUSTIN TX USA", "Restaurants", 5, 14),
    "Uchi": ("UCHI AUSTIN 801 S LAMAR BLVD AUSTIN TX USA", "Restaurants", 1, 165),
    "Shell": ("SHELL OIL 57444812 AUSTIN TX USA", "Gas", 5, 48),
    "Uber": ("UBER *TRIP HELP.UBER.COM CA USA", "Transportation", 5, 22),
    "Amazon": ("AMAZON MKTPL*2K4LT0RH2 AMZN.COM/BILL WA USA", "Shopping", 9, 38),
    "Target": ("TARGET 00023 AUSTIN TX USA", "Shopping", 4, 56),
    "Netflix": ("NETFLIX.COM 866-579-7172 CA USA", "Entertainment", 0, 15.49),
    "Alamo Drafthouse": ("ALAMO DRAFTHOUSE SOUTH LAMAR AUSTIN TX USA", "Entertainment", 1.5, 42),
    "Southwest Airlines": ("SOUTHWEST 5262155523071 800-435-9792 TX USA", "Travel", 0.5, 310),
    "CVS Pharmacy": ("CVS/PHARMACY #07619 AUSTIN TX USA", "Health", 2, 24),
    "Apple": ("APPLE.COM/BILL ONE APPLE PARK WAY 866-712-7753 CUPERTINO 95014 CA USA", "Other", 0, 2.99),
}
_AC_FMT = "%m/%d/%Y"
_AC_PEOPLE = ("Alex Kim", "Jordan Kim")


def _applecard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16104)
    names = [m for m, v in _AC_MERCHANTS.items() if v[2] > 0]
    rows = []

    def add(day: pd.Timestamp, desc: str, merchant: str, cat: str, kind: str, amount: float, who: str) -> None:
        clear = day + pd.Timedelta(days=int(rng.integers(0, 3)))
        rows.append(
            {
                "Transaction Date": day.strftime(_AC_FMT),
                "Clearing Date": clear.strftime(_AC_FMT),
                "Description": desc,
                "Merchant": merchant,
                "Category": cat,
                "Type": kind,
                "Amount (USD)": round(amount, 2),
                "Purchased By": who,
            }
        )

    for month in range(1, 13):
        start = pd.Timestamp(2023, month, 1)
        days_in = start.days_in_month
        spent = 0.0
        for _ in range(int(rng.integers(28, 40))):
            m = _one(rng, names, [_AC_MERCHANTS[x][2] for x in names])
            desc, cat, _, typical = _AC_MERCHANTS[m]
            amount = typical * float(rng.lognormal(0, 0.35))
            who = _one(rng, list(_AC_PEOPLE), [0.58, 0.42])
            add(start + pd.Timedelta(days=int(rng.integers(0, days_in))), desc, m, cat, "Purchase", amount, who)
            spent += amount
            if rng.random() < 0.015:
                add(start + pd.Timedelta(days=int(rng.integers(0, days_in))), desc, m, cat, "Credit", -amount, who)
        add(
            start + pd.Timedelta(days=14),
            _AC_MERCHANTS["Netflix"][0],
            "Netflix",
            "Entertainment",
            "Purchase",
            15.49,
            "Alex Kim",
        )
        add(start + pd.Timedelta(days=2), _AC_MERCHANTS["Apple"][0], "Apple", "Other", "Purchase", 2.99, "Alex Kim")
        if month >= 9:
            add(
                start + pd.Timedelta(days=19),
                "APPLE ONLINE STORE CUPERTINO CA USA",
                "Apple Store",
                "Installment",
                "Installment",
                83.25,
                "Jordan Kim",
            )
        add(
            start + pd.Timedelta(days=int(rng.integers(24, 28))),
            "ACH DEPOSIT INTERNET TRANSFER FROM ACCOUNT ENDING IN 4417",
            "",
            "Payment",
            "Payment",
            -round(spent * float(rng.uniform(0.85, 1.0)), 2),
            "Alex Kim",
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values(
        "Transaction Date", key=lambda s: pd.to_datetime(s, format=_AC_FMT), ascending=False, kind="stable"
    ).reset_index(drop=True)


def _ac(d: pd.DataFrame, installments: bool = False) -> pd.DataFrame:
    kinds = ["Purchase", "Installment"] if installments else ["Purchase"]
    out = d[_text(d["Type"]).isin(kinds)].copy()
    out["_day"] = pd.to_datetime(out["Transaction Date"], format=_AC_FMT)
    return out


_AC_AMT = "Amount (USD)"
_AC_ID = ("Transaction Date", "Type", "Description", "Merchant")
_APPLECARD_QS = [
    Q(
        "how much did we spend this year",
        either(
            _money(lambda d: float(_ac(d)[_AC_AMT].sum())),
            _money(lambda d: float(_ac(d, True)[_AC_AMT].sum())),
            _money(lambda d: float(d.loc[d[_AC_AMT] > 0, _AC_AMT].sum())),
            _money(lambda d: float(d.loc[_text(d["Type"]) != "Payment", _AC_AMT].sum())),
        ),
        (*_AC_ID, _AC_AMT, "Category"),
    ),
    Q(
        "what do we spend the most on",
        _lead(_named(lambda d: _top(_ac(d).groupby("Category")[_AC_AMT].sum()))),
        (*_AC_ID, _AC_AMT, "Category"),
    ),
    Q(
        "how much on restaurants in march",
        _money(
            lambda d: float(
                _ac(d).loc[lambda x: (x["_day"].dt.month == 3) & (_text(x["Category"]) == "Restaurants"), _AC_AMT].sum()
            )
        ),
        (*_AC_ID, _AC_AMT, "Category"),
    ),
    Q(
        "who spends more, alex or jordan",
        either(
            _lead(_named(lambda d: _top(_ac(d).groupby("Purchased By")[_AC_AMT].sum()), {"Alex Kim": ("Alex",)})),
            _lead(_named(lambda d: _top(_ac(d, True).groupby("Purchased By")[_AC_AMT].sum()), {"Alex Kim": ("Alex",)})),
        ),
        (*_AC_ID, _AC_AMT, "Purchased By"),
    ),
    Q(
        "which store do we go to most often",
        _lead(_named(lambda d: _top(_ac(d)["Merchant"].value_counts()))),
        (*_AC_ID, "Merchant"),
    ),
    Q(
        "how much have we paid back on the card",
        _money(lambda d: float(-d.loc[_text(d["Type"]) == "Payment", _AC_AMT].sum())),
        (*_AC_ID, _AC_AMT),
    ),
]


# --- 5. BLS QCEW county employment and wages -----------------------------------------------------------------------

# county: fips, employment (total), weekly wage (total)
_QC_COUNTIES = {
    "Travis County, Texas": ("48453", 820_000, 1620),
    "Williamson County, Texas": ("48491", 235_000, 1360),
    "Hays County, Texas": ("48209", 82_000, 990),
    "Bastrop County, Texas": ("48021", 21_000, 930),
    "Caldwell County, Texas": ("48055", 9_800, 880),
    "Burnet County, Texas": ("48053", 15_500, 905),
}
# supersector code: title, employment share, wage factor
_QC_INDUSTRIES = {
    "1011": ("Natural resources and mining", 0.006, 1.3),
    "1012": ("Construction", 0.07, 1.0),
    "1013": ("Manufacturing", 0.07, 1.35),
    "1021": ("Trade, transportation, and utilities", 0.17, 0.8),
    "1022": ("Information", 0.04, 2.1),
    "1023": ("Financial activities", 0.07, 1.45),
    "1024": ("Professional and business services", 0.18, 1.55),
    "1025": ("Education and health services", 0.12, 0.82),
    "1026": ("Leisure and hospitality", 0.12, 0.38),
    "1027": ("Other services", 0.03, 0.7),
    "1029": ("Unclassified", 0.001, 0.9),
}


def _qcew_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16105)
    rows = []
    for title, (fips, emp0, wage0) in _QC_COUNTIES.items():
        hidden = set()
        if emp0 < 30_000:
            hidden = {"1011", "1029", "1022"} if emp0 < 12_000 else {"1011", "1029"}
        for year in (2021, 2022, 2023):
            for qtr in (1, 2, 3, 4):
                t = (year - 2021) * 4 + qtr - 1
                grow = (1.035 if "Travis" in title or "Williamson" in title or "Hays" in title else 1.015) ** (t / 4)
                wage_up = 1.045 ** (t / 4) * (1.06 if qtr == 1 else 1.0)
                total_emp = [0.0, 0.0, 0.0]
                total_wages = 0.0
                total_estabs = 0
                inds = []
                for code, (ind, sh, wf) in _QC_INDUSTRIES.items():
                    e = emp0 * sh * grow * float(rng.normal(1, 0.02))
                    months = [round(e * float(rng.normal(1, 0.006))) for _ in range(3)]
                    weekly = wage0 * wf * wage_up * float(rng.normal(1, 0.03))
                    wages = round(sum(months) / 3 * weekly * 13)
                    estabs = max(1, round(e / float(rng.uniform(8, 18))))
                    inds.append((code, ind, months, wages, estabs))
                    total_emp = [a + b for a, b in zip(total_emp, months, strict=True)]
                    total_wages += wages
                    total_estabs += estabs
                gov = emp0 * 0.14 * grow
                gmonths = [round(gov * float(rng.normal(1, 0.004))) for _ in range(3)]
                gwages = round(sum(gmonths) / 3 * wage0 * 0.95 * wage_up * 13)
                total_emp = [a + b for a, b in zip(total_emp, gmonths, strict=True)]
                total_wages += gwages
                total_estabs += max(5, round(gov / 60))
                base = {"area_fips": fips, "area_title": title, "size_code": 0, "year": year, "qtr": qtr}
                avg_total = round(total_wages / (sum(total_emp) / 3) / 13)
                rows.append(
                    base
                    | {
                        "own_code": 0,
                        "own_title": "Total Covered",
                        "industry_code": "10",
                        "industry_title": "Total, all industries",
                        "agglvl_code": 70,
                        "disclosure_code": "",
                        "qtrly_estabs": total_estabs,
                        "month1_emplvl": int(total_emp[0]),
                        "month2_emplvl": int(total_emp[1]),
                        "month3_emplvl": int(total_emp[2]),
                        "total_qtrly_wages": int(total_wages),
                        "taxable_qtrly_wages": int(total_wages * 0.28),
                        "qtrly_contrib": int(total_wages * 0.28 * 0.0062),
                        "avg_wkly_wage": avg_total,
                    }
                )
                for code, ind, months, wages, estabs in inds:
                    secret = code in hidden
                    rows.append(
                        base
                        | {
                            "own_code": 5,
                            "own_title": "Private",
                            "industry_code": code,
                            "industry_title": f"NAICS {code} {ind}",
                            "agglvl_code": 73,
                            "disclosure_code": "N" if secret else "",
                            "qtrly_estabs": estabs,
                            "month1_emplvl": 0 if secret else months[0],
                            "month2_emplvl": 0 if secret else months[1],
                            "month3_emplvl": 0 if secret else months[2],
                            "total_qtrly_wages": 0 if secret else wages,
                            "taxable_qtrly_wages": 0 if secret else int(wages * 0.3),
                            "qtrly_contrib": 0 if secret else int(wages * 0.3 * 0.0062),
                            "avg_wkly_wage": 0 if secret else round(wages / (sum(months) / 3) / 13),
                        }
                    )
    frame = pd.DataFrame(rows)
    cols = ["area_fips", "own_code", "industry_code", "agglvl_code", "size_code", "year", "qtr", "disclosure_code"]
    cols += ["area_title", "own_title", "industry_title"]
    return frame[cols + [c for c in frame.columns if c not in cols]]


def _qc_total(d: pd.DataFrame, county: str | None = None) -> pd.DataFrame:
    out = d[d["industry_code"].astype(str) == "10"]
    if county:
        out = out[out["area_title"].str.startswith(county)]
    return out


def _qc_jobs(d: pd.DataFrame) -> pd.Series:
    return d[["month1_emplvl", "month2_emplvl", "month3_emplvl"]].mean(axis=1)


def _qc_change(county: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        by_year = _qc_total(d, county).groupby("year")["total_qtrly_wages"].sum()
        return float(by_year[2023] / by_year[2022] - 1)

    return value


def _qc_best_industry(d: pd.DataFrame, weighted: bool) -> str:
    x = d[(d["industry_code"].astype(str) != "10") & (_text(d["disclosure_code"]) != "N")]
    if weighted:
        g = x.groupby("industry_title")
        return _top(g["total_qtrly_wages"].sum() / (g["month3_emplvl"].sum() * 13))
    return _top(x.groupby("industry_title")["avg_wkly_wage"].mean())


_QC_ID = ("area_fips", "area_title", "year", "qtr", "industry_code", "industry_title", "own_code", "own_title")
_QC_EMP = ("month1_emplvl", "month2_emplvl", "month3_emplvl")
_QCEW_QS = [
    Q(
        "which county has the most jobs",
        _lead(
            _named(
                lambda d: _top(_qc_jobs(_qc_total(d)).groupby(_qc_total(d)["area_title"]).mean()),
                {t: (t.split(",")[0], t.split()[0]) for t in _QC_COUNTIES},
            )
        ),
        (*_QC_ID, *_QC_EMP),
    ),
    Q(
        "what industry pays the best per week",
        either(
            _lead(
                _named(
                    lambda d: _qc_best_industry(d, False),
                    {f"NAICS {c} {v[0]}": (v[0],) for c, v in _QC_INDUSTRIES.items()},
                )
            ),
            _lead(
                _named(
                    lambda d: _qc_best_industry(d, True),
                    {f"NAICS {c} {v[0]}": (v[0],) for c, v in _QC_INDUSTRIES.items()},
                )
            ),
        ),
        (*_QC_ID, "avg_wkly_wage", "total_qtrly_wages", "disclosure_code", *_QC_EMP),
    ),
    Q(
        "how many rows have their numbers withheld",
        _count(lambda d: int((_text(d["disclosure_code"]) == "N").sum())),
        (*_QC_ID, "disclosure_code"),
    ),
    Q(
        "average weekly pay in travis county in q4 2023",
        has(
            lambda d: float(
                _qc_total(d, "Travis").loc[lambda x: (x["year"] == 2023) & (x["qtr"] == 4), "avg_wkly_wage"].iloc[0]
            )
        ),
        (*_QC_ID, "avg_wkly_wage"),
    ),
    Q(
        "how much did total wages in travis county grow from 2022 to 2023",
        _pct(_qc_change("Travis")),
        (*_QC_ID, "total_qtrly_wages"),
    ),
    Q("and williamson?", _pct(_qc_change("Williamson")), (*_QC_ID, "total_qtrly_wages")),
]


# --- 6. Austin crash report data -----------------------------------------------------------------------------------

# street: suffix, weight, speed limit
_AU_STREETS = {
    "IH 35": ("", 14, 65),
    "US 183": ("", 7, 60),
    "LAMAR": ("BLVD", 6, 40),
    "RIVERSIDE": ("DR", 4, 35),
    "CONGRESS": ("AVE", 4, 35),
    "MOPAC": ("", 5, 65),
    "GUADALUPE": ("ST", 3, 30),
    "SLAUGHTER": ("LN", 3, 45),
    "PARMER": ("LN", 3, 50),
    "OLTORF": ("ST", 2, 35),
    "6TH": ("ST", 2.5, 30),
    "BURNET": ("RD", 3, 40),
}
_AU_UNITS = {
    "MOTOR VEHICLE & MOTOR VEHICLE": 70,
    "MOTOR VEHICLE": 12,
    "MOTOR VEHICLE & PEDESTRIAN": 5,
    "MOTOR VEHICLE & MOTORCYCLE": 4,
    "MOTOR VEHICLE & PEDALCYCLIST": 3,
    "MOTOR VEHICLE & MOTOR VEHICLE & MOTOR VEHICLE": 6,
}
_AU_FMT = "%m/%d/%Y %I:%M:%S %p"


def _austin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16106)
    streets = list(_AU_STREETS)
    units = list(_AU_UNITS)
    hour_w = [
        2.2,
        2.0,
        2.4,
        1.2,
        0.7,
        0.8,
        1.5,
        3.2,
        3.8,
        3,
        3,
        3.4,
        3.8,
        3.9,
        4,
        4.6,
        5.1,
        5.6,
        5,
        4,
        3.4,
        3,
        2.8,
        2.5,
    ]
    year_w = {2020: 0.8, 2021: 1.0, 2022: 1.08, 2023: 1.02}
    rows = []
    n = int(rng.integers(3600, 4000))
    for k in range(n):
        year = int(_one(rng, list(year_w), list(year_w.values())))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        when = day + pd.Timedelta(hours=int(_one(rng, list(range(24)), hour_w)), minutes=int(rng.integers(0, 60)))
        street = _one(rng, streets, [v[1] for v in _AU_STREETS.values()])
        sfx, _, limit = _AU_STREETS[street]
        unit = _one(rng, units, list(_AU_UNITS.values()))
        vulnerable = "PEDESTRIAN" in unit or "MOTORCYCLE" in unit or "PEDALCYCLIST" in unit
        risk = (3.0 if vulnerable else 1.0) * (1.6 if limit >= 60 else 1.0) * (1.5 if when.hour < 5 else 1.0)
        deaths = int(rng.random() < 0.006 * risk) + int(rng.random() < 0.0005 * risk)
        serious = int(rng.poisson(0.035 * risk))
        nonincap = int(rng.poisson(0.18 * risk))
        possible = int(rng.poisson(0.3 * risk))
        unknown = int(rng.poisson(0.04))
        uninjured = int(rng.integers(0, 4))
        lat = 30.27 + float(rng.normal(0, 0.06))
        lon = -97.74 + float(rng.normal(0, 0.06))
        gps = rng.random() > 0.02
        cost = 10_000 * uninjured + 60_000 * possible + 125_000 * nonincap + 3_500_000 * serious + 3_700_000 * deaths
        rows.append(
            {
                "crash_id": 18_200_000 + 3 * k + int(rng.integers(0, 3)),
                "crash_fatal_fl": "Y" if deaths else "N",
                "crash_date": when.strftime(_AU_FMT),
                "case_id": "" if rng.random() < 0.12 else f"{year % 100}{int(rng.integers(1, 3650000)):07d}",
                "rpt_block_num": "" if rng.random() < 0.3 else str(int(rng.integers(1, 120)) * 100),
                "rpt_street_name": street,
                "rpt_street_sfx": sfx,
                "crash_speed_limit": int(_one(rng, [limit, -1, 0], [85, 10, 5])),
                "road_constr_zone_fl": "Y" if rng.random() < 0.04 else "N",
                "latitude": round(lat, 7) if gps else None,
                "longitude": round(lon, 7) if gps else None,
                "sus_serious_injry_cnt": serious,
                "nonincap_injry_cnt": nonincap,
                "poss_injry_cnt": possible,
                "non_injry_cnt": uninjured,
                "unkn_injry_cnt": unknown,
                "tot_injry_cnt": serious + nonincap + possible,
                "death_cnt": deaths,
                "units_involved": unit,
                "pedestrian_fl": "Y" if "PEDESTRIAN" in unit else "N",
                "motorcycle_fl": "Y" if "MOTORCYCLE" in unit else "N",
                "bicycle_fl": "Y" if "PEDALCYCLIST" in unit else "N",
                "est_comp_cost": cost,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values(
        "crash_date", key=lambda s: pd.to_datetime(s, format=_AU_FMT), ascending=False, kind="stable"
    ).reset_index(drop=True)


def _au(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_when"] = pd.to_datetime(out["crash_date"], format=_AU_FMT)
    return out


def _au_top_year(d: pd.DataFrame) -> int:
    return int(_top(_au(d)["_when"].dt.year.value_counts()))


_AU_ID = ("crash_id", "crash_date", "case_id")
_AUSTIN_QS = [
    Q("how many people died", _count(lambda d: int(d["death_cnt"].sum())), (*_AU_ID, "death_cnt", "crash_fatal_fl")),
    Q(
        "which road has the most crashes",
        _lead(_named(lambda d: _top(_text(d["rpt_street_name"]).value_counts()))),
        (*_AU_ID, "rpt_street_name", "rpt_street_sfx"),
    ),
    Q(
        "how many crashes involved a bike",
        _count(lambda d: int((_text(d["bicycle_fl"]) == "Y").sum())),
        (*_AU_ID, "bicycle_fl", "units_involved"),
    ),
    Q(
        "what percent of crashes had someone seriously hurt",
        either(
            _share(lambda d: float((d["sus_serious_injry_cnt"] > 0).mean())),
            _share(lambda d: float(((d["sus_serious_injry_cnt"] + d["death_cnt"]) > 0).mean())),
        ),
        (*_AU_ID, "sus_serious_injry_cnt", "death_cnt", "crash_fatal_fl"),
    ),
    Q(
        "which year had the most crashes",
        _lead(_year(_au_top_year)),
        _AU_ID,
    ),
    Q(
        "how many of those were fatal",
        either(
            _count(
                lambda d: int(
                    ((_au(d)["_when"].dt.year == _au_top_year(d)) & (_text(d["crash_fatal_fl"]) == "Y")).sum()
                )
            ),
            _count(lambda d: int(d.loc[_au(d)["_when"].dt.year == _au_top_year(d), "death_cnt"].sum())),
        ),
        (*_AU_ID, "crash_fatal_fl", "death_cnt"),
    ),
]


# --- 7. WHO GHO obesity prevalence among adults --------------------------------------------------------------------

# country code: name, region code, region name, 1975 rate (both sexes), 2016 rate, female minus male (points, 2016)
_WH_COUNTRIES: dict[str, tuple[str, str, str, float, float, float]] = {
    "USA": ("United States of America", "AMR", "Americas", 11.9, 36.2, 4.2),
    "MEX": ("Mexico", "AMR", "Americas", 7.6, 28.9, 11.0),
    "BRA": ("Brazil", "AMR", "Americas", 4.6, 22.1, 7.1),
    "CAN": ("Canada", "AMR", "Americas", 9.2, 29.4, 0.4),
    "GBR": ("United Kingdom of Great Britain and Northern Ireland", "EUR", "Europe", 10.0, 27.8, 1.4),
    "DEU": ("Germany", "EUR", "Europe", 9.6, 22.3, -2.4),
    "FRA": ("France", "EUR", "Europe", 7.6, 21.6, 0.8),
    "ITA": ("Italy", "EUR", "Europe", 8.4, 19.9, -0.6),
    "TUR": ("Turkey", "EUR", "Europe", 8.8, 32.1, 15.0),
    "EGY": ("Egypt", "EMR", "Eastern Mediterranean", 13.1, 32.0, 18.0),
    "SAU": ("Saudi Arabia", "EMR", "Eastern Mediterranean", 9.7, 35.4, 9.5),
    "KWT": ("Kuwait", "EMR", "Eastern Mediterranean", 16.2, 37.9, 9.8),
    "SDN": ("Sudan", "EMR", "Eastern Mediterranean", 0.0, 0.0, 0.0),
    "ZAF": ("South Africa", "AFR", "Africa", 9.9, 28.3, 25.1),
    "NGA": ("Nigeria", "AFR", "Africa", 1.6, 8.9, 8.0),
    "IND": ("India", "SEAR", "South-East Asia", 0.7, 3.9, 2.8),
    "JPN": ("Japan", "WPR", "Western Pacific", 1.6, 4.3, -0.5),
    "CHN": ("China", "WPR", "Western Pacific", 0.8, 6.2, 0.5),
    "AUS": ("Australia", "WPR", "Western Pacific", 8.4, 29.0, 0.3),
    "NZL": ("New Zealand", "WPR", "Western Pacific", 9.9, 30.8, 2.3),
    "SSD": ("South Sudan", "EMR", "Eastern Mediterranean", 0.0, 0.0, 0.0),
    "KOR": ("Republic of Korea", "WPR", "Western Pacific", 0.9, 4.7, -0.2),
}
_WH_SEX = {"BTSX": "Both sexes", "MLE": "Male", "FMLE": "Female"}
_WH_NODATA = {"SDN", "SSD"}


def _who_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16107)
    rows = []
    for code, (name, reg, reg_name, start, end, gap) in _WH_COUNTRIES.items():
        wiggle = float(rng.normal(0, 0.15))
        for year in range(1975, 2017):
            t = (year - 1975) / 41
            both_rate = start + (end - start) * (t ** float(1.3 + wiggle))
            g = gap * (0.6 + 0.4 * t)
            rates = {"BTSX": both_rate, "MLE": both_rate - g / 2, "FMLE": both_rate + g / 2}
            for sex, rate in rates.items():
                rate = round(max(0.1, rate + float(rng.normal(0, 0.05))), 1)
                spread = 0.1 + 0.12 * rate * (1.2 - t)
                low, high = round(max(0.0, rate - spread), 1), round(rate + spread * 1.1, 1)
                nodata = code in _WH_NODATA
                rows.append(
                    {
                        "GHO (CODE)": "NCD_BMI_30C",
                        "GHO (DISPLAY)": "Prevalence of obesity among adults, BMI &GreaterEqual; 30 "
                        "(age-standardized estimate) (%)",
                        "PUBLISHSTATE (CODE)": "PUBLISHED",
                        "YEAR (CODE)": year,
                        "YEAR (DISPLAY)": year,
                        "REGION (CODE)": reg,
                        "REGION (DISPLAY)": reg_name,
                        "COUNTRY (CODE)": code,
                        "COUNTRY (DISPLAY)": name,
                        "SEX (CODE)": sex,
                        "SEX (DISPLAY)": _WH_SEX[sex],
                        "Numeric": None if nodata else rate,
                        "Value": "No data" if nodata else f"{rate:.1f} [{low:.1f}-{high:.1f}]",
                        "Low": None if nodata else low,
                        "High": None if nodata else high,
                    }
                )
    return pd.DataFrame(rows)


def _wh(d: pd.DataFrame, year: int, sex: str = "BTSX", country: str | None = None) -> pd.DataFrame:
    out = d[(d["YEAR (CODE)"] == year) & (_text(d["SEX (CODE)"]) == sex)].dropna(subset=["Numeric"])
    if country:
        out = out[out["COUNTRY (CODE)"] == country]
    return out


def _wh_rate(country: str, sex: str = "BTSX", year: int = 2016) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_wh(d, year, sex, country)["Numeric"].iloc[0])


def _wh_men_ahead(d: pd.DataFrame) -> list[str]:
    m = _wh(d, 2016, "MLE").set_index("COUNTRY (DISPLAY)")["Numeric"]
    f = _wh(d, 2016, "FMLE").set_index("COUNTRY (DISPLAY)")["Numeric"]
    return sorted(str(c) for c in m.index if m[c] > f[c])


_WH_ALIAS = {"United States of America": ("United States", "USA", "US", "U.S.")}
_WH_ALIAS |= {"United Kingdom of Great Britain and Northern Ireland": ("United Kingdom", "UK", "Britain")}
_WH_ALIAS |= {"Republic of Korea": ("South Korea", "Korea")}
_WH_ID = ("COUNTRY (CODE)", "COUNTRY (DISPLAY)", "YEAR (CODE)", "YEAR (DISPLAY)", "SEX (CODE)", "SEX (DISPLAY)")
_WH_VAL = (*_WH_ID, "Numeric", "Value", "Low", "High", "GHO (CODE)", "GHO (DISPLAY)")
_WHO_QS = [
    Q(
        "which country had the highest obesity rate in 2016",
        _lead(_named(lambda d: _top(_wh(d, 2016).set_index("COUNTRY (DISPLAY)")["Numeric"]), _WH_ALIAS)),
        _WH_VAL,
    ),
    Q("what was the rate in the us that year", has(_wh_rate("USA")), _WH_VAL),
    Q("and for women?", has(_wh_rate("USA", "FMLE")), _WH_VAL),
    Q(
        "how much has obesity gone up in the uk since 1975",
        either(
            _about(lambda d: _wh_rate("GBR")(d) - _wh_rate("GBR", year=1975)(d), rel=0.01),
            _pct(lambda d: _wh_rate("GBR")(d) / _wh_rate("GBR", year=1975)(d) - 1),
            has(_wh_rate("GBR", year=1975), _wh_rate("GBR")),
        ),
        _WH_VAL,
    ),
    Q(
        "in which countries were men more obese than women in 2016",
        _all_named(_wh_men_ahead, _WH_ALIAS),
        _WH_VAL,
    ),
    Q(
        "how many rows have no data",
        _count(lambda d: int(d["Numeric"].isna().sum())),
        (*_WH_VAL, "REGION (CODE)", "REGION (DISPLAY)"),
    ),
]


HELDOUT161: list[Dataset] = [
    Dataset("linkedin_page_followers_export", _linkedin_frame, _LINKEDIN_QS),
    Dataset("gusto_contractor_payments", _gusto_frame, _GUSTO_QS),
    Dataset("new_relic_alert_violations", _newrelic_frame, _NEWRELIC_QS),
    Dataset("apple_card_monthly_statement", _applecard_frame, _APPLECARD_QS),
    Dataset("bls_qcew_county_wages", _qcew_frame, _QCEW_QS),
    Dataset("austin_crash_report_data", _austin_frame, _AUSTIN_QS),
    Dataset("who_gho_obesity_prevalence", _who_frame, _WHO_QS),
]
