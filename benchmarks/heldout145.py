"""HELDOUT145: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Gusto payroll journal report for 2024 with
one row per employee per check ("Payroll Period Start", "Payroll Period End" and "Check Date" as "01/05/2024",
"Employee Last Name", "Employee First Name", Department, "Employment Type" (Salary / Hourly), "Regular Hours",
"Regular Earnings", "Overtime Hours", "Overtime Earnings", Bonus, "Gross Earnings", the withholding columns "Federal
Income Tax", "Social Security", Medicare, "CA PIT Withholding" and "401(k)", "Net Pay", the employer taxes "Employer
Social Security", "Employer Medicare", FUTA and "CA SUI", and "Payment Method" (Direct Deposit / Check)), biweekly
checks plus an off-cycle December bonus run, hires and leavers part-way through the year, and a "Totals" row at the
bottom with blank text columns; a Yelp for Business reviews export (2021-2024) with "Review Date" as "2024-03-05",
Reviewer ("Maria G."), "Reviewer Location" ("San Diego, CA"), "Business Location" (three branches named
"Blue Fin Sushi - Hillcrest" ...), Rating 1-5, the review text, "Owner Response" and "Response Date" (blank when
not answered), Useful / Funny / Cool votes and Status (Recommended / Not Recommended); a Cloudflare zone analytics
export for 2024, one row per zone and day, with Date as "2024-03-05T00:00:00Z", Zone (three hostnames), Requests,
"Cached Requests", "Bandwidth (bytes)", "Cached Bandwidth (bytes)", Threats, "Page Views" and "Unique Visitors"
(blank on some days, and a few zone-days absent); a Monarch Money transactions export for 2024 with Date as
"2024-03-05", Merchant, Category (Monarch's names such as "Restaurants & Bars", "Paycheck", "Transfer", "Credit Card
Payment", "Uncategorized"), Account ("Chase Checking (...4417)"), "Original Statement" in upper case, Notes, Amount
(negative for spending, positive for income and refunds) and Tags, with both sides of card payments and transfers;
BEA GDP by state and industry (SAGDP2N, long form as the API gives it) with GeoFips as "06000" ("00000" for the
"United States" row, which is the national total, much more than the eleven states present), GeoName, Region,
TableName, LineCode, IndustryClassification, Description (indented with a leading space below the total line), Unit
"Millions of current dollars", TimePeriod 2017-2023 and DataValue as text with thousands commas ("3,598,103") or
"(D)" where suppressed; the Berlin bicycle counting stations' hourly export in its wide layout (April to mid-October
2023): a first column "Zählstelle        Inbetriebnahme" holding the hour as "01.04.2023 00:00" and one column per
counter named by code and installation date ("02-MI-JAN-N 01.04.2015", "05-FK-OBB-O 01.06.2015", ...), blank
during counter outages; and an OECD health expenditure extract in the OECD Data Explorer's CSV layout with
STRUCTURE_ID, REF_AREA (ISO3), "Reference area", MEASURE / Measure, UNIT_MEASURE / "Unit of measure" (PT_B1GQ
"Percentage of GDP" and USD_PPP_PS "US dollars per person, PPP converted"), FINANCING_SCHEME / "Financing scheme"
(_T total, HF1 government/compulsory, HF2 voluntary, HF3 household out-of-pocket), TIME_PERIOD 2010-2022, OBS_VALUE
(blank where not reported) and OBS_STATUS / "Observation status" (A normal, E estimated, P provisional). All are
generated with fixed seeds 14501-14507.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share
from .heldout42 import _ranked
from .heldout143 import _hour
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


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A dollar amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "3,598,103" or "(D)" (NaN)."""
    return pd.to_numeric(s.astype(str).str.replace(",", "", regex=False).str.strip(), errors="coerce")


# --- 1. Gusto payroll journal --------------------------------------------------------------------------------------

_GU_PEOPLE = [
    ("Alvarez", "Sofia", "Engineering", "Salary"),
    ("Brennan", "Liam", "Engineering", "Salary"),
    ("Chowdhury", "Anika", "Engineering", "Salary"),
    ("Dubois", "Claire", "Engineering", "Salary"),
    ("Eze", "Chinedu", "Engineering", "Salary"),
    ("Fischer", "Jonas", "Sales", "Salary"),
    ("Garcia", "Mateo", "Sales", "Salary"),
    ("Holloway", "Brooke", "Sales", "Salary"),
    ("Ishikawa", "Ren", "Sales", "Hourly"),
    ("Jensen", "Ida", "Operations", "Hourly"),
    ("Kowalski", "Piotr", "Operations", "Hourly"),
    ("Lopez", "Daniela", "Operations", "Hourly"),
    ("Mbeki", "Thabo", "Operations", "Hourly"),
    ("Nguyen", "Tuan", "Operations", "Hourly"),
    ("Okafor", "Grace", "Operations", "Hourly"),
    ("Patel", "Ravi", "Support", "Hourly"),
    ("Quinn", "Molly", "Support", "Hourly"),
    ("Rossi", "Luca", "Support", "Hourly"),
    ("Sato", "Yuki", "Support", "Hourly"),
    ("Tran", "Linh", "Support", "Hourly"),
    ("Underwood", "Cole", "Operations", "Hourly"),
    ("Vasquez", "Elena", "Sales", "Salary"),
    ("Whitaker", "Owen", "Engineering", "Salary"),
    ("Yilmaz", "Deniz", "Support", "Hourly"),
]
_GU_MONEY = [
    "Regular Earnings",
    "Overtime Earnings",
    "Bonus",
    "Gross Earnings",
    "Federal Income Tax",
    "Social Security",
    "Medicare",
    "CA PIT Withholding",
    "401(k)",
    "Net Pay",
    "Employer Social Security",
    "Employer Medicare",
    "FUTA",
    "CA SUI",
]


def _gusto_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14501)
    checks = pd.date_range("2024-01-05", periods=26, freq="14D")
    people = []
    for last, first, dept, kind in _GU_PEOPLE:
        if kind == "Salary":
            pay = float(rng.uniform(85e3, 175e3)) * (0.8 if dept == "Sales" else 1.0)
        else:
            pay = float(rng.uniform(19, 34)) * (1.1 if dept == "Support" else 1.0)
        start = 0 if rng.random() < 0.75 else int(rng.integers(3, 18))
        stop = 26 if rng.random() < 0.85 else int(rng.integers(start + 4, 26))
        method = "Check" if rng.random() < 0.17 else "Direct Deposit"
        k401 = float(_one(rng, [0.0, 0.03, 0.05, 0.06, 0.1], [3, 2, 3, 2, 1]))
        ot_lean = float(rng.uniform(0.2, 2.5))
        people.append((last, first, dept, kind, pay, start, stop, method, k401, ot_lean))
    rows: list[dict[str, Any]] = []
    for i, check in enumerate(checks):
        for last, first, dept, kind, pay, start, stop, method, k401, ot_lean in people:
            if not start <= i < stop:
                continue
            if kind == "Salary":
                reg_h, reg = 80.0, round(pay / 26, 2)
                ot_h, ot = 0.0, 0.0
            else:
                reg_h = float(min(80.0, round(rng.normal(77, 4) * 4) / 4))
                reg = round(reg_h * pay, 2)
                ot_h = float(max(0.0, round(rng.normal(2, 3) * ot_lean * 4) / 4))
                ot = round(ot_h * pay * 1.5, 2)
            bonus = round(float(rng.uniform(500, 3000)), 2) if dept == "Sales" and i % 6 == 5 else 0.0
            rows.append(_gu_row(check, last, first, dept, kind, reg_h, reg, ot_h, ot, bonus, k401, method))
    bonus_day = pd.Timestamp("2024-12-13")
    for last, first, dept, kind, pay, _start, stop, method, k401, _l in people:
        if stop == 26:
            amount = round(float(rng.uniform(0.03, 0.08)) * (pay if kind == "Salary" else pay * 2080), 2)
            rows.append(_gu_row(bonus_day, last, first, dept, kind, 0.0, 0.0, 0.0, 0.0, amount, k401, method))
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["Check Date", "Employee Last Name"], key=_gu_sort_key, kind="stable")
    total: dict[str, Any] = {c: "" for c in frame.columns}
    total["Employee Last Name"] = "Totals"
    for c in ["Regular Hours", "Overtime Hours", *_GU_MONEY]:
        total[c] = round(float(frame[c].sum()), 2)
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _gu_sort_key(s: pd.Series) -> pd.Series:
    return pd.to_datetime(s, format="%m/%d/%Y") if s.name == "Check Date" else s


def _gu_row(
    check: pd.Timestamp,
    last: str,
    first: str,
    dept: str,
    kind: str,
    reg_h: float,
    reg: float,
    ot_h: float,
    ot: float,
    bonus: float,
    k401: float,
    method: str,
) -> dict[str, Any]:
    gross = round(reg + ot + bonus, 2)
    fed = round(gross * (0.17 if gross > 3000 else 0.11), 2)
    ss, med = round(gross * 0.062, 2), round(gross * 0.0145, 2)
    state = round(gross * (0.07 if gross > 3000 else 0.04), 2)
    retire = round(gross * k401, 2)
    net = round(gross - fed - ss - med - state - retire, 2)
    off_cycle = reg_h == 0 and bonus > 0
    return {
        "Payroll Period Start": (check - pd.Timedelta(days=19 if not off_cycle else 0)).strftime("%m/%d/%Y"),
        "Payroll Period End": (check - pd.Timedelta(days=6 if not off_cycle else 0)).strftime("%m/%d/%Y"),
        "Check Date": check.strftime("%m/%d/%Y"),
        "Employee Last Name": last,
        "Employee First Name": first,
        "Department": dept,
        "Employment Type": kind,
        "Regular Hours": reg_h,
        "Regular Earnings": reg,
        "Overtime Hours": ot_h,
        "Overtime Earnings": ot,
        "Bonus": bonus,
        "Gross Earnings": gross,
        "Federal Income Tax": fed,
        "Social Security": ss,
        "Medicare": med,
        "CA PIT Withholding": state,
        "401(k)": retire,
        "Net Pay": net,
        "Employer Social Security": ss,
        "Employer Medicare": med,
        "FUTA": round(gross * 0.006, 2) if check.month <= 3 else 0.0,
        "CA SUI": round(gross * 0.034, 2) if check.month <= 4 else 0.0,
        "Payment Method": method,
    }


def _gu(d: pd.DataFrame) -> pd.DataFrame:
    """The employee rows (no Totals row), with the check date parsed."""
    x = d[d["Employee Last Name"].astype(str).str.strip() != "Totals"].copy()
    x = x[x["Check Date"].notna()]
    x["_day"] = pd.to_datetime(x["Check Date"], format="%m/%d/%Y")
    x["_who"] = x["Employee First Name"].astype(str) + " " + x["Employee Last Name"].astype(str)
    return x


def _gu_top_ot(column: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _gu(d)
        return _top(x.groupby("Employee Last Name")[column].sum())

    return value


def _gu_dept_net(d: pd.DataFrame) -> list[float]:
    return [float(v) for v in _gu(d).groupby("Department")["Net Pay"].mean().to_numpy()]


def _gu_by_check(column: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _gu(d).groupby("_day")[column].sum()


def _gu_peak_day(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(_top(_gu_by_check("Gross Earnings")(d)))


_GU_WHO = ("Employee Last Name", "Employee First Name")

_GUSTO_QS = [
    Q(
        "how much did we pay out in gross wages in total",
        _money(lambda d: _gu(d)["Gross Earnings"].sum()),
        ("Gross Earnings", "Check Date", *_GU_WHO),
    ),
    Q(
        "who made the most overtime?",
        either(_lead(_named(_gu_top_ot("Overtime Earnings"))), _lead(_named(_gu_top_ot("Overtime Hours")))),
        (*_GU_WHO, "Overtime Earnings", "Overtime Hours"),
    ),
    Q(
        "average net pay per paycheck for each department",
        _about(_gu_dept_net),
        ("Department", "Net Pay", *_GU_WHO, "Check Date"),
    ),
    Q(
        "how many people get paid by paper check",
        either(
            _count(lambda d: _gu(d).loc[lambda x: x["Payment Method"] == "Check", "_who"].nunique()),
            _count(lambda d: int((_gu(d)["Payment Method"] == "Check").sum())),
        ),
        ("Payment Method", *_GU_WHO),
    ),
    Q(
        "which pay date had the biggest payroll",
        _day(_gu_peak_day),
        ("Check Date", "Gross Earnings", "Net Pay"),
    ),
    Q(
        "how much was it",
        either(
            _money(lambda d: _gu_by_check("Gross Earnings")(d).max()),
            _money(lambda d: _gu_by_check("Net Pay")(d)[_gu_peak_day(d)]),
        ),
        ("Check Date", "Gross Earnings", "Net Pay"),
    ),
]


# --- 2. Yelp for Business reviews export ---------------------------------------------------------------------------

_YE_BRANCHES = {
    "Blue Fin Sushi - Hillcrest": 4.25,
    "Blue Fin Sushi - La Jolla": 3.9,
    "Blue Fin Sushi - North Park": 3.6,
}
_YE_FIRST = ["Maria", "James", "Priya", "Kevin", "Ashley", "Daniel", "Jenny", "Marcus", "Chloe", "Tyler", "Nina"]
_YE_FIRST += ["Omar", "Hannah", "Victor", "Lauren", "Sam", "Rachel", "Andre", "Mei", "Brian"]
_YE_CITIES = ["San Diego, CA", "San Diego, CA", "La Jolla, CA", "Chula Vista, CA", "Los Angeles, CA", "Irvine, CA"]
_YE_CITIES += ["Phoenix, AZ", "Carlsbad, CA", "Escondido, CA"]
_YE_GOOD = [
    "Amazing omakase, the fish was so fresh.",
    "Friendly staff and quick service.",
    "The spicy tuna roll is a must.",
    "Great happy hour deals.",
    "Cozy spot, will be back!",
    "Best uni I have had in town.",
]
_YE_BAD = [
    "We waited 45 minutes for a table even with a reservation.",
    "The rice was cold and the rolls fell apart.",
    "Server forgot half our order and never checked on us.",
    "Way overpriced for the portion size.",
    "Found a hair in my miso soup and the manager did not seem to care.",
    "Parking is a nightmare and the music was too loud to talk.",
    "Ordered takeout and it was missing two items.",
]


def _yelp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14502)
    days = pd.date_range("2021-01-01", "2024-12-31", freq="D")
    weights = np.linspace(0.6, 1.4, len(days)) * np.where(days.month.isin([6, 7, 8, 12]), 1.35, 1.0)
    branches = list(_YE_BRANCHES)
    rows = []
    for _ in range(1240):
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        branch = _one(rng, branches, [1.2, 1.0, 0.9])
        mean = _YE_BRANCHES[branch]
        rating = int(np.clip(round(rng.normal(mean, 1.25)), 1, 5))
        good = rating >= 4
        n_sent = int(rng.integers(1, 4 if good else 8))
        pool = _YE_GOOD if good else _YE_BAD
        text = " ".join(_one(rng, pool) for _ in range(n_sent))
        if rating == 3:
            text = _one(rng, _YE_GOOD) + " But " + _one(rng, _YE_BAD).lower()
        p_reply = 0.25 if rating >= 4 else 0.6
        replied = rng.random() < p_reply
        reply_day = day + pd.Timedelta(days=int(rng.integers(0, 20)))
        rows.append(
            {
                "Review Date": day.strftime("%Y-%m-%d"),
                "Reviewer": f"{_one(rng, _YE_FIRST)} {chr(65 + int(rng.integers(26)))}.",
                "Reviewer Location": _one(rng, _YE_CITIES),
                "Business Location": branch,
                "Rating": rating,
                "Review": text,
                "Owner Response": (
                    ("Thank you so much for the kind words!" if good else "We're sorry to hear this, please DM us.")
                    if replied
                    else ""
                ),
                "Response Date": reply_day.strftime("%Y-%m-%d") if replied else "",
                "Useful": int(rng.poisson(1.2)),
                "Funny": int(rng.poisson(0.3)),
                "Cool": int(rng.poisson(0.6)),
                "Status": "Not Recommended" if rng.random() < 0.08 else "Recommended",
            }
        )
    frame = pd.DataFrame(rows).sort_values("Review Date", ascending=False, kind="stable")
    return frame.reset_index(drop=True)


def _ye(d: pd.DataFrame, recommended: bool = False) -> pd.DataFrame:
    x = d.copy()
    x["_day"] = pd.to_datetime(x["Review Date"], format="%Y-%m-%d")
    x["_replied"] = x["Owner Response"].fillna("").astype(str).str.strip() != ""
    return x[x["Status"] == "Recommended"] if recommended else x


def _ye_top_branch(rec: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_ye(d, rec).groupby("Business Location")["Rating"].mean())


def _ye_one_star(rec: bool) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(((_ye(d, rec)["Rating"] == 1) & (_ye(d, rec)["_day"].dt.year == 2024)).sum())


_YE_RATING = ("Rating", "Review Date", "Business Location", "Status")

_YELP_QS = [
    Q(
        "whats our average rating",
        either(_about(lambda d: _ye(d)["Rating"].mean()), _about(lambda d: _ye(d, True)["Rating"].mean())),
        ("Rating", "Status"),
    ),
    Q(
        "which of our locations gets the best reviews?",
        either(_lead(_named(_ye_top_branch(False))), _lead(_named(_ye_top_branch(True)))),
        ("Business Location", "Rating", "Status"),
    ),
    Q(
        "how many 1 star reviews did we get in 2024",
        either(_count(_ye_one_star(False)), _count(_ye_one_star(True))),
        _YE_RATING,
    ),
    Q(
        "what percent of reviews did we reply to",
        _share(lambda d: _ye(d)["_replied"].mean()),
        ("Owner Response", "Response Date"),
    ),
    Q(
        "and for the bad ones, 1 or 2 stars?",
        _share(lambda d: _ye(d).loc[lambda x: x["Rating"] <= 2, "_replied"].mean()),
        ("Owner Response", "Response Date", "Rating"),
    ),
    Q(
        "do longer reviews tend to be more negative?",
        either(
            _corr(lambda d: d["Review"].fillna("").astype(str).str.len(), lambda d: d["Rating"]),
            _corr(lambda d: d["Review"].fillna("").astype(str).str.split().str.len(), lambda d: d["Rating"]),
        ),
        ("Review", "Rating"),
    ),
]


# --- 3. Cloudflare zone analytics ----------------------------------------------------------------------------------

_CF_ZONES = {"acmeoutdoor.com": (42000, 0.72, 95), "acmeoutdoor.shop": (16500, 0.58, 160)}
_CF_ZONES |= {"acme-status.io": (5200, 0.91, 22)}


def _cloudflare_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14503)
    days = pd.date_range("2024-01-01", "2024-12-31", freq="D")
    attack_days = set(rng.choice(len(days), size=9, replace=False).tolist())
    rows = []
    for zone, (base, hit, threat0) in _CF_ZONES.items():
        for i, day in enumerate(days):
            if rng.random() < 0.012:
                continue
            season = 1 + 0.25 * np.sin(2 * np.pi * (day.dayofyear - 80) / 366) + (0.6 if day.month in (11, 12) else 0)
            weekend = 0.8 if day.dayofweek >= 5 else 1.0
            req = int(base * season * weekend * float(rng.lognormal(0, 0.12)) * 24)
            threats = int(rng.poisson(threat0 * season))
            if i in attack_days and zone != "acme-status.io":
                threats += int(rng.integers(2000, 9000))
                req += threats * int(rng.integers(3, 8))
            cached = int(req * float(np.clip(rng.normal(hit, 0.04), 0.2, 0.98)))
            per = float(rng.uniform(38e3, 55e3)) if zone != "acme-status.io" else float(rng.uniform(6e3, 9e3))
            bw = int(req * per)
            views = int(req * float(rng.uniform(0.18, 0.26)))
            rows.append(
                {
                    "Date": day.strftime("%Y-%m-%dT00:00:00Z"),
                    "Zone": zone,
                    "Requests": req,
                    "Cached Requests": cached,
                    "Bandwidth (bytes)": bw,
                    "Cached Bandwidth (bytes)": int(bw * cached / req * float(rng.uniform(0.9, 1.05))),
                    "Threats": threats,
                    "Page Views": views,
                    "Unique Visitors": int(views * float(rng.uniform(0.3, 0.45))) if rng.random() > 0.03 else np.nan,
                }
            )
    frame = pd.DataFrame(rows).sort_values(["Date", "Zone"], kind="stable")
    return frame.reset_index(drop=True)


def _cf(d: pd.DataFrame) -> pd.DataFrame:
    x = d.copy()
    x["_day"] = pd.to_datetime(x["Date"].astype(str).str[:10], format="%Y-%m-%d")
    return x


def _cf_march_bytes(d: pd.DataFrame) -> float:
    x = _cf(d)
    sel = (x["Zone"] == "acmeoutdoor.shop") & (x["_day"].dt.month == 3)
    return float(x.loc[sel, "Bandwidth (bytes)"].sum())


def _cf_day_totals(d: pd.DataFrame) -> pd.DataFrame:
    return _cf(d).groupby("_day")[["Requests", "Threats"]].sum()


_CLOUDFLARE_QS = [
    Q(
        "how many requests did we get in total across all our sites",
        _scaled(lambda d: d["Requests"].sum(), (1e3, 1e6, 1e9)),
        ("Requests", "Zone", "Date"),
    ),
    Q(
        "whats the overall cache hit rate",
        either(
            _share(lambda d: d["Cached Requests"].sum() / d["Requests"].sum()),
            _share(lambda d: (d["Cached Requests"] / d["Requests"]).mean()),
        ),
        ("Cached Requests", "Requests", "Zone", "Date"),
    ),
    Q(
        "which site gets attacked the most",
        _lead(_named(lambda d: _top(d.groupby("Zone")["Threats"].sum()))),
        ("Zone", "Threats"),
    ),
    Q(
        "what day had the most threats",
        either(
            _day(lambda d: _top(_cf(d).groupby("_day")["Threats"].sum())),
            _day(lambda d: _cf(d).loc[_cf(d)["Threats"].idxmax(), "_day"]),
        ),
        ("Date", "Threats", "Zone"),
    ),
    Q(
        "how much bandwidth did acmeoutdoor.shop use in march, in gb",
        either(
            _scaled(lambda d: _cf_march_bytes(d) / 1e9, (1e3,)),
            _scaled(lambda d: _cf_march_bytes(d) / 2**30, (1024,)),
        ),
        ("Bandwidth (bytes)", "Zone", "Date"),
    ),
    Q(
        "are threats related to how much traffic we get?",
        either(
            _corr(lambda d: d["Threats"], lambda d: d["Requests"]),
            _corr(lambda d: _cf_day_totals(d)["Threats"], lambda d: _cf_day_totals(d)["Requests"]),
        ),
        ("Threats", "Requests", "Zone", "Date"),
    ),
]


# --- 4. Monarch Money transactions ---------------------------------------------------------------------------------

_MO_CHECKING = "Chase Checking (...4417)"
_MO_CARD = "Amex Gold Card (...1005)"
_MO_SAVINGS = "Ally Savings (...8890)"
# Category: merchants (name, statement text), amount range, transactions a month
_MO_SPEND: dict[str, tuple[list[tuple[str, str]], tuple[float, float], float]] = {
    "Groceries": (
        [("Trader Joe's", "TRADER JOE S #552"), ("Costco", "COSTCO WHSE #0481"), ("Safeway", "SAFEWAY #1723")],
        (18, 240),
        9,
    ),
    "Restaurants & Bars": (
        [("Chipotle", "CHIPOTLE 2291"), ("Sweetgreen", "SWEETGREEN OAKLAND"), ("Nopalito", "TST* NOPALITO")],
        (11, 140),
        10,
    ),
    "Coffee Shops": (
        [("Blue Bottle Coffee", "BLUE BOTTLE COFFEE"), ("Starbucks", "STARBUCKS STORE 1142")],
        (4, 15),
        12,
    ),
    "Gas": ([("Chevron", "CHEVRON 0091234"), ("Shell", "SHELL OIL 5744")], (35, 85), 3),
    "Shopping": (
        [("Amazon", "AMAZON MKTPL*2K4T8"), ("Target", "TARGET 00012"), ("Costco", "COSTCO WHSE #0481")],
        (9, 260),
        6,
    ),
    "Entertainment & Recreation": ([("Netflix", "NETFLIX.COM"), ("AMC Theatres", "AMC 4521 ONLINE")], (15, 60), 2),
    "Auto Payment": ([("Toyota Financial", "TOYOTA FINANCIAL PMT")], (389, 389), 1),
}


def _monarch_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14504)
    rows: list[dict[str, Any]] = []

    def add(day: pd.Timestamp, merchant: str, cat: str, account: str, stmt: str, amount: float) -> None:
        note = "split w/ roommate" if cat == "Restaurants & Bars" and rng.random() < 0.05 else ""
        tags = "Reimbursable" if rng.random() < 0.02 else ""
        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Merchant": merchant,
                "Category": cat,
                "Account": account,
                "Original Statement": stmt,
                "Notes": note,
                "Amount": round(amount, 2),
                "Tags": tags,
            }
        )

    for month in range(1, 13):
        first = pd.Timestamp(2024, month, 1)
        end = first + pd.offsets.MonthEnd(0)
        span = int((end - first).days) + 1
        add(first, "Oakwood Apartments", "Rent", _MO_CHECKING, "ZELLE TO OAKWOOD APTS", -2650.0)
        for day in (15, min(30, span)):
            pay = 3120.44 if month < 7 else 3288.10
            add(first + pd.Timedelta(days=day - 1), "Acme Corp", "Paycheck", _MO_CHECKING, "ACME CORP PAYROLL", pay)
        add(end, "Ally Bank", "Interest", _MO_SAVINGS, "INTEREST PAID", float(rng.uniform(18, 42)))
        card_total = 0.0
        for cat, (merchants, (lo, hi), per_month) in _MO_SPEND.items():
            boost = 1.5 if cat == "Restaurants & Bars" and month in (5, 12) else 1.0
            for _ in range(int(rng.poisson(per_month * boost))):
                merchant, stmt = _one(rng, merchants)
                amt = lo if lo == hi else round(float(np.exp(rng.uniform(np.log(lo), np.log(hi)))), 2)
                day = first + pd.Timedelta(days=int(rng.integers(span)))
                account = _MO_CHECKING if cat == "Auto Payment" else _MO_CARD
                category = "Uncategorized" if rng.random() < 0.03 else cat
                add(day, merchant, category, account, stmt, -amt)
                if account == _MO_CARD:
                    card_total += amt
                if cat == "Shopping" and rng.random() < 0.06:
                    add(day + pd.Timedelta(days=5), merchant, cat, _MO_CARD, stmt + " RETURN", amt)
                    card_total -= amt
        if month in (3, 8):
            add(first + pd.Timedelta(days=9), "Venmo", "Other Income", _MO_CHECKING, "VENMO CASHOUT", 240.0)
        pay_day = first + pd.Timedelta(days=21)
        add(pay_day, "Amex", "Credit Card Payment", _MO_CHECKING, "AMEX EPAYMENT ACH PMT", -round(card_total, 2))
        add(pay_day, "Amex", "Credit Card Payment", _MO_CARD, "ONLINE PAYMENT - THANK YOU", round(card_total, 2))
        add(first + pd.Timedelta(days=16), "Transfer to Ally", "Transfer", _MO_CHECKING, "ONLINE TRANSFER", -800.0)
        add(first + pd.Timedelta(days=16), "Transfer from Chase", "Transfer", _MO_SAVINGS, "ONLINE TRANSFER", 800.0)
    frame = pd.DataFrame(rows).sort_values("Date", ascending=False, kind="stable")
    return frame.reset_index(drop=True)


_MO_NOT_SPEND = ("Transfer", "Credit Card Payment")
_MO_INCOME = ("Paycheck", "Interest", "Other Income")


def _mo(d: pd.DataFrame) -> pd.DataFrame:
    x = d.copy()
    x["_day"] = pd.to_datetime(x["Date"], format="%Y-%m-%d")
    x["_amt"] = pd.to_numeric(x["Amount"], errors="coerce")
    return x


def _mo_spent(cat: str | None, merchant: str | None, net: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _mo(d)
        if cat is not None:
            x = x[x["Category"] == cat]
        if merchant is not None:
            x = x[x["Merchant"] == merchant]
        amt = x["_amt"] if net else x["_amt"].clip(upper=0)
        return float(-amt.sum())

    return value


def _mo_top_cat(skip: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _mo(d)
        if skip:
            x = x[~x["Category"].isin(_MO_NOT_SPEND)]
        return _top(-x["_amt"].clip(upper=0).groupby(x["Category"]).sum())

    return value


def _mo_income(strict: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _mo(d)
        keep = x["Category"].isin(_MO_INCOME) if strict else (x["_amt"] > 0) & ~x["Category"].isin(_MO_NOT_SPEND)
        return float(x.loc[keep, "_amt"].sum() / x["_day"].dt.to_period("M").nunique())

    return value


def _mo_paycheck(d: pd.DataFrame) -> float:
    x = _mo(d)
    return float(x.loc[x["Category"] == "Paycheck", "_amt"].sum() / x["_day"].dt.to_period("M").nunique())


def _mo_dining_peak(d: pd.DataFrame) -> pd.Timestamp:
    x = _mo(d)
    x = x[x["Category"] == "Restaurants & Bars"]
    return pd.Timestamp(_top(-x["_amt"].groupby(x["_day"].dt.to_period("M").astype(str)).sum()))


_MONARCH_QS = [
    Q(
        "how much did i spend on groceries",
        either(_money(_mo_spent("Groceries", None, False)), _money(_mo_spent("Groceries", None, True))),
        ("Category", "Amount", "Date"),
    ),
    Q(
        "what's my biggest spending category",
        either(_lead(_named(_mo_top_cat(True))), _lead(_named(_mo_top_cat(False)))),
        ("Category", "Amount"),
    ),
    Q(
        "how much have i spent at costco",
        either(_money(_mo_spent(None, "Costco", False)), _money(_mo_spent(None, "Costco", True))),
        ("Merchant", "Amount", "Date", "Category", "Original Statement"),
    ),
    Q(
        "what's my average monthly income",
        either(_money(_mo_income(True)), _money(_mo_income(False)), _money(_mo_paycheck)),
        ("Category", "Amount", "Date"),
    ),
    Q(
        "which month did i spend the most eating out",
        _month_year(_mo_dining_peak),
        ("Date", "Category", "Amount"),
    ),
    Q(
        "how many transactions are still uncategorized?",
        _count(lambda d: int((d["Category"] == "Uncategorized").sum())),
        ("Category",),
    ),
]


# --- 5. BEA GDP by state and industry (SAGDP2N, long form) ---------------------------------------------------------

_BE_GEOS = {
    "United States": ("00000", ""),
    "California": ("06000", "8"),
    "Texas": ("48000", "6"),
    "New York": ("36000", "2"),
    "Florida": ("12000", "5"),
    "Illinois": ("17000", "3"),
    "Pennsylvania": ("42000", "2"),
    "Ohio": ("39000", "3"),
    "Georgia": ("13000", "5"),
    "Washington": ("53000", "8"),
    "Michigan": ("26000", "3"),
    "North Carolina": ("37000", "5"),
}
# 2017 state GDP in millions of dollars (all industries) and the yearly growth
_BE_SIZE = {"California": (2.80e6, 0.055), "Texas": (1.70e6, 0.065), "New York": (1.62e6, 0.045)}
_BE_SIZE |= {"Florida": (1.02e6, 0.07), "Illinois": (0.84e6, 0.04), "Pennsylvania": (0.77e6, 0.042)}
_BE_SIZE |= {"Ohio": (0.66e6, 0.042), "Georgia": (0.58e6, 0.058), "Washington": (0.55e6, 0.06)}
_BE_SIZE |= {"Michigan": (0.51e6, 0.038), "North Carolina": (0.55e6, 0.062)}
# LineCode, IndustryClassification, Description, typical share of state GDP
_BE_LINES = [
    (3, "11", "Agriculture, forestry, fishing and hunting", 0.010),
    (6, "21", "Mining, quarrying, and oil and gas extraction", 0.012),
    (10, "22", "Utilities", 0.016),
    (11, "23", "Construction", 0.043),
    (12, "31-33", "Manufacturing", 0.110),
    (34, "42", "Wholesale trade", 0.060),
    (35, "44-45", "Retail trade", 0.058),
    (36, "48-49", "Transportation and warehousing", 0.034),
    (45, "51", "Information", 0.055),
    (50, "52", "Finance and insurance", 0.075),
    (51, "53", "Real estate and rental and leasing", 0.125),
    (59, "54", "Professional, scientific, and technical services", 0.080),
    (68, "61,62", "Educational services, health care, and social assistance", 0.085),
    (75, "71,72", "Arts, entertainment, recreation, accommodation, and food services", 0.042),
    (83, "G", "Government and government enterprises", 0.120),
]
# Industry tilt by state
_BE_TILT = {
    ("California", 45): 2.3,
    ("Washington", 45): 2.6,
    ("New York", 50): 2.2,
    ("Texas", 6): 6.0,
    ("Michigan", 12): 1.6,
    ("Ohio", 12): 1.5,
    ("North Carolina", 12): 1.5,
    ("Florida", 51): 1.45,
    ("Florida", 12): 0.45,
    ("Florida", 75): 1.5,
    ("Illinois", 50): 1.3,
}


def _bea_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14505)
    years = list(range(2017, 2024))
    values: dict[tuple[str, int, int], float] = {}
    for state, (size, growth) in _BE_SIZE.items():
        mix = {
            line: share * _BE_TILT.get((state, line), 1.0) * float(rng.uniform(0.8, 1.2))
            for line, _c, _n, share in _BE_LINES
        }
        scale = sum(mix.values())
        for year in years:
            t = year - 2017
            covid = 0.96 if year == 2020 else 1.0
            total = size * (1 + growth) ** t * covid * float(rng.normal(1, 0.006))
            for line, *_rest in _BE_LINES:
                values[(state, line, year)] = total * mix[line] / scale * float(rng.normal(1, 0.015))
            values[(state, 1, year)] = sum(values[(state, line, year)] for line, *_r in _BE_LINES)
    for year in years:
        for line in [1, *(line for line, *_r in _BE_LINES)]:
            values[("United States", line, year)] = sum(values[(s, line, year)] for s in _BE_SIZE) * 2.05
    suppressed = {("Michigan", 6), ("Georgia", 6), ("Washington", 6), ("North Carolina", 3)}
    rows = []
    lines = [(1, "...", "All industry total"), *((line, code, name) for line, code, name, _s in _BE_LINES)]
    for geo, (fips, region) in _BE_GEOS.items():
        for line, code, name in lines:
            for year in years:
                v = values[(geo, line, year)]
                hidden = (geo, line) in suppressed and (year >= 2019 or geo == "Michigan")
                rows.append(
                    {
                        "GeoFips": fips,
                        "GeoName": geo,
                        "Region": region,
                        "TableName": "SAGDP2N",
                        "LineCode": line,
                        "IndustryClassification": code,
                        "Description": name if line == 1 else " " + name,
                        "Unit": "Millions of current dollars",
                        "TimePeriod": year,
                        "DataValue": "(D)" if hidden else f"{v:,.1f}",
                    }
                )
    return pd.DataFrame(rows)


def _be(d: pd.DataFrame) -> pd.DataFrame:
    x = d.copy()
    x["_v"] = _num(x["DataValue"])
    x["_ind"] = x["Description"].astype(str).str.strip()
    return x


def _be_value(geo: str, line: int, year: int) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _be(d)
        sel = (x["GeoName"] == geo) & (x["LineCode"] == line) & (x["TimePeriod"] == year)
        return float(x.loc[sel, "_v"].iloc[0])

    return value


def _be_top_state(d: pd.DataFrame) -> str:
    x = _be(d)
    x = x[(x["LineCode"] == 1) & (x["TimePeriod"] == 2023) & (x["GeoName"] != "United States")]
    return _top(x.set_index("GeoName")["_v"])


def _be_top_industry(geo: str, all_years: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _be(d)
        x = x[(x["GeoName"] == geo) & (x["LineCode"] != 1)]
        if not all_years:
            x = x[x["TimePeriod"] == x["TimePeriod"].max()]
        return _top(x.groupby("_ind")["_v"].sum())

    return value


def _be_manufacturing_leader(d: pd.DataFrame) -> str:
    x = _be(d)
    x = x[(x["TimePeriod"] == 2023) & (x["GeoName"] != "United States")]
    made = x[x["LineCode"] == 12].set_index("GeoName")["_v"]
    total = x[x["LineCode"] == 1].set_index("GeoName")["_v"]
    return _top(made / total)


_BE_COLS = ("GeoName", "Description", "LineCode", "TimePeriod", "DataValue")

_BEA_QS = [
    Q("which state had the biggest economy in 2023", _lead(_named(_be_top_state)), _BE_COLS),
    Q(
        "how much did texas grow from 2017 to 2023",
        either(
            _pct(lambda d: _be_value("Texas", 1, 2023)(d) / _be_value("Texas", 1, 2017)(d) - 1),
            _money(lambda d: _be_value("Texas", 1, 2023)(d) - _be_value("Texas", 1, 2017)(d)),
        ),
        _BE_COLS,
    ),
    Q(
        "what's the biggest industry in florida?",
        either(_lead(_named(_be_top_industry("Florida", False))), _lead(_named(_be_top_industry("Florida", True)))),
        (*_BE_COLS, "IndustryClassification"),
    ),
    Q(
        "what share of california's gdp came from information in 2023",
        _share(lambda d: _be_value("California", 45, 2023)(d) / _be_value("California", 1, 2023)(d)),
        _BE_COLS,
    ),
    Q(
        "how many of the values are suppressed or missing",
        _count(lambda d: int(_be(d)["_v"].isna().sum())),
        ("DataValue", "GeoName", "Description", "LineCode", "TimePeriod"),
    ),
    Q(
        "which state relies most on manufacturing, as a share of its gdp in 2023?",
        _lead(_named(_be_manufacturing_leader)),
        _BE_COLS,
    ),
]


# --- 6. Berlin bicycle counting stations (hourly, wide) ------------------------------------------------------------

_BB_TIME = "Zählstelle        Inbetriebnahme"
_BB_COUNTERS = {
    "02-MI-JAN-N 01.04.2015": 95,
    "02-MI-JAN-S 01.04.2015": 88,
    "03-MI-SAN-O 01.06.2015": 70,
    "03-MI-SAN-W 01.06.2015": 74,
    "05-FK-OBB-O 01.06.2015": 150,
    "05-FK-OBB-W 01.06.2015": 162,
    "12-PA-SCH 01.03.2012": 105,
    "13-CW-PRI 01.04.2012": 60,
    "19-TS-MON 27.09.2016": 48,
}
# Share of a day's riders in each hour (commuter peaks at 8 and 17)
_BB_HOURS = np.array([4, 2, 1, 1, 2, 6, 22, 48, 70, 45, 32, 33, 37, 38, 41, 50, 62, 72, 58, 40, 28, 20, 13, 8.0])
_BB_WEEKEND = np.array([9, 6, 4, 2, 2, 3, 5, 9, 15, 24, 34, 41, 45, 47, 47, 46, 43, 38, 32, 26, 20, 15, 12, 9.0])


def _berlin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14506)
    hours = pd.date_range("2023-04-01 00:00", "2023-10-15 23:00", freq="h")
    day_of_year = hours.dayofyear.to_numpy()
    season = 1 + 0.35 * np.sin(2 * np.pi * (day_of_year - 110) / 365)
    weekend = hours.dayofweek.to_numpy() >= 5
    shape = np.where(weekend, _BB_WEEKEND[hours.hour] / 31, _BB_HOURS[hours.hour] / 31)
    rain_days = rng.random(200) < 0.22
    rain = np.where(rain_days[(hours.normalize() - hours[0].normalize()).days], 0.55, 1.0)
    out: dict[str, Any] = {_BB_TIME: hours.strftime("%d.%m.%Y %H:%M")}
    for name, level in _BB_COUNTERS.items():
        mean = level * season * shape * rain * (0.85 if name.startswith("13") else 1.0)
        counts = rng.poisson(np.maximum(mean, 0.05)).astype(float)
        outages = int(rng.integers(0, 4)) if not name.startswith("19") else 5
        for _ in range(outages):
            start = int(rng.integers(len(hours) - 200))
            counts[start : start + int(rng.integers(6, 180))] = np.nan
        out[name] = counts
    frame = pd.DataFrame(out)
    frame["12-PA-SCH 01.03.2012"] = frame["12-PA-SCH 01.03.2012"].where(
        pd.Series(hours.month != 9), np.nan
    )  # station rebuilt in September
    return frame


def _bb(d: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """The counter columns as numbers and the parsed hour."""
    stamps = pd.to_datetime(d[_BB_TIME], format="%d.%m.%Y %H:%M")
    return d.drop(columns=[_BB_TIME]).apply(pd.to_numeric, errors="coerce"), stamps


def _bb_busiest_hour(how: str) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        counts, stamps = _bb(d)
        per_row = counts.sum(axis=1) if how == "sum" else counts.mean(axis=1)
        return int(_top(per_row.groupby(stamps.dt.hour.to_numpy()).agg(how)))

    return value


def _bb_daily(d: pd.DataFrame) -> list[float]:
    """Mean daily total over all counters, weekdays then weekends."""
    counts, stamps = _bb(d)
    daily = counts.sum(axis=1).groupby(stamps.dt.normalize().to_numpy()).sum()
    weekend = pd.DatetimeIndex(daily.index).dayofweek >= 5
    return [float(daily[~weekend].mean()), float(daily[weekend].mean())]


def _bb_daily_per_counter(d: pd.DataFrame) -> list[float]:
    """Mean daily count of one counter, weekdays then weekends."""
    counts, stamps = _bb(d)
    daily = counts.groupby(stamps.dt.normalize().to_numpy()).sum(min_count=1)
    weekend = pd.DatetimeIndex(daily.index).dayofweek >= 5
    return [float(daily[~weekend].stack().mean()), float(daily[weekend].stack().mean())]


def _bb_peak_month(d: pd.DataFrame) -> pd.Timestamp:
    counts, stamps = _bb(d)
    return pd.Timestamp(_top(counts.sum(axis=1).groupby(stamps.dt.to_period("M").astype(str).to_numpy()).sum()))


_BB_ALL = (_BB_TIME, *_BB_COUNTERS)

_BERLIN_QS = [
    Q(
        "which counter saw the most bikes",
        _lead(_named(lambda d: _top(_bb(d)[0].sum()).split()[0])),
        _BB_ALL,
    ),
    Q(
        "whats the busiest time of day for cyclists",
        either(_hour(_bb_busiest_hour("sum")), _hour(_bb_busiest_hour("mean"))),
        _BB_ALL,
    ),
    Q(
        "how many bikes a day on weekdays vs weekends, on average",
        either(_about(_bb_daily, rel=0.02), _about(_bb_daily_per_counter, rel=0.02)),
        _BB_ALL,
    ),
    Q(
        "which month was busiest",
        _month_year(_bb_peak_month),
        _BB_ALL,
    ),
    Q(
        "how much data is missing?",
        either(
            _count(lambda d: int(_bb(d)[0].isna().sum().sum())),
            _count(lambda d: int(_bb(d)[0].isna().any(axis=1).sum())),
        ),
        _BB_ALL,
    ),
    Q(
        "which counter has the most gaps",
        _lead(_named(lambda d: _top(_bb(d)[0].isna().sum()).split()[0])),
        _BB_ALL,
    ),
]


# --- 7. OECD health expenditure by financing scheme ----------------------------------------------------------------

# Reference area: ISO3, health spending per person 2010 (USD PPP), % of GDP 2010, out-of-pocket share, voluntary
_OE_COUNTRIES = {
    "United States": ("USA", 8000, 16.2, 0.12, 0.36),
    "Germany": ("DEU", 4400, 11.0, 0.13, 0.06),
    "France": ("FRA", 3900, 11.2, 0.09, 0.14),
    "Switzerland": ("CHE", 5300, 10.5, 0.27, 0.08),
    "United Kingdom": ("GBR", 3200, 9.6, 0.15, 0.06),
    "Japan": ("JPN", 3100, 9.2, 0.14, 0.02),
    "Canada": ("CAN", 4200, 10.7, 0.14, 0.14),
    "Sweden": ("SWE", 3700, 8.3, 0.16, 0.01),
    "Netherlands": ("NLD", 4500, 10.2, 0.10, 0.07),
    "Italy": ("ITA", 3000, 8.9, 0.23, 0.02),
    "Spain": ("ESP", 2900, 9.0, 0.21, 0.06),
    "Mexico": ("MEX", 900, 5.9, 0.44, 0.05),
    "Korea": ("KOR", 2000, 6.2, 0.36, 0.07),
    "Poland": ("POL", 1400, 6.4, 0.22, 0.05),
    "Greece": ("GRC", 2500, 9.5, 0.35, 0.04),
}
_OE_SCHEMES = {
    "_T": "Total",
    "HF1": "Government/compulsory schemes",
    "HF2": "Voluntary health care payment schemes",
    "HF3": "Household out-of-pocket payments",
}
_OE_UNITS = {"PT_B1GQ": "Percentage of GDP", "USD_PPP_PS": "US dollars per person, PPP converted"}
_OE_STATUS = {"A": "Normal value", "E": "Estimated value", "P": "Provisional value"}


def _oecd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14507)
    rows = []
    for country, (iso, pc0, gdp0, oop0, vol0) in _OE_COUNTRIES.items():
        growth = float(rng.uniform(0.03, 0.065))
        gdp_drift = float(rng.uniform(-0.02, 0.08))
        oop_drift = float(rng.uniform(-0.006, 0.002))
        for year in range(2010, 2023):
            t = year - 2010
            covid = 1.09 if year in (2020, 2021) else 1.0
            pc = pc0 * (1 + growth) ** t * covid * float(rng.normal(1, 0.015))
            gdp = gdp0 * (1 + gdp_drift * t / 12) * covid * float(rng.normal(1, 0.015))
            oop = max(0.06, oop0 + oop_drift * t + float(rng.normal(0, 0.005)))
            vol = max(0.005, vol0 + float(rng.normal(0, 0.004)))
            shares = {"_T": 1.0, "HF1": 1 - oop - vol, "HF2": vol, "HF3": oop}
            status = "P" if year == 2022 and rng.random() < 0.5 else ("E" if rng.random() < 0.08 else "A")
            missing = year == 2022 and country in ("Greece", "Mexico")
            for unit, label in _OE_UNITS.items():
                total = pc if unit == "USD_PPP_PS" else gdp
                for scheme, scheme_name in _OE_SCHEMES.items():
                    value = total * shares[scheme]
                    blank = missing or (scheme == "HF2" and rng.random() < 0.03)
                    rows.append(
                        {
                            "STRUCTURE_ID": "OECD.ELS.HD:DSD_SHA@DF_SHA_HF(1.0)",
                            "REF_AREA": iso,
                            "Reference area": country,
                            "MEASURE": "EXP_HEALTH",
                            "Measure": "Current expenditure on health",
                            "UNIT_MEASURE": unit,
                            "Unit of measure": label,
                            "FINANCING_SCHEME": scheme,
                            "Financing scheme": scheme_name,
                            "TIME_PERIOD": year,
                            "OBS_VALUE": np.nan if blank else round(value, 1 if unit == "USD_PPP_PS" else 2),
                            "OBS_STATUS": "" if blank else status,
                            "Observation status": "" if blank else _OE_STATUS[status],
                        }
                    )
    return pd.DataFrame(rows)


def _oe(d: pd.DataFrame, unit: str, scheme: str, year: int | None = None) -> pd.Series:
    """OBS_VALUE by country (or by country and year) for one unit and scheme."""
    x = d[(d["UNIT_MEASURE"] == unit) & (d["FINANCING_SCHEME"] == scheme)]
    if year is not None:
        return x[x["TIME_PERIOD"] == year].set_index("Reference area")["OBS_VALUE"].dropna()
    return x.set_index(["Reference area", "TIME_PERIOD"])["OBS_VALUE"]


def _oe_oop_share(unit: str) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        return (_oe(d, unit, "HF3", 2022) / _oe(d, unit, "_T", 2022)).dropna()

    return value


def _oe_us(unit: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_oe(d, unit, "_T", year)["United States"])


_OE_COLS = ("Reference area", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "Unit of measure")
_OE_COLS += ("FINANCING_SCHEME", "Financing scheme")

_OECD_QS = [
    Q(
        "which country spent the most on health as a share of gdp in 2022",
        _lead(_named(lambda d: _top(_oe(d, "PT_B1GQ", "_T", 2022)))),
        _OE_COLS,
    ),
    Q(
        "what was the average spending per person across these countries in 2022",
        either(
            _money(lambda d: _oe(d, "USD_PPP_PS", "_T", 2022).mean()),
            _money(lambda d: _oe(d, "USD_PPP_PS", "_T", 2022).median()),
        ),
        _OE_COLS,
    ),
    Q(
        "how much of germany's health spending was paid out of pocket in 2022",
        either(
            _share(lambda d: _oe_oop_share("USD_PPP_PS")(d)["Germany"]),
            _share(lambda d: _oe_oop_share("PT_B1GQ")(d)["Germany"]),
        ),
        _OE_COLS,
    ),
    Q(
        "which country has the highest out-of-pocket share?",
        either(
            _lead(_named(lambda d: _top(_oe_oop_share("USD_PPP_PS")(d)))),
            _lead(_named(lambda d: _top(_oe_oop_share("PT_B1GQ")(d)))),
        ),
        _OE_COLS,
    ),
    Q(
        "how has us spending per person changed since 2010",
        either(
            _pct(lambda d: _oe_us("USD_PPP_PS", 2022)(d) / _oe_us("USD_PPP_PS", 2010)(d) - 1),
            _money(lambda d: _oe_us("USD_PPP_PS", 2022)(d) - _oe_us("USD_PPP_PS", 2010)(d)),
            _money(lambda d: [_oe_us("USD_PPP_PS", 2010)(d), _oe_us("USD_PPP_PS", 2022)(d)]),
        ),
        _OE_COLS,
    ),
    Q(
        "how many of the numbers are estimates",
        _count(lambda d: int((d["OBS_STATUS"] == "E").sum())),
        ("OBS_STATUS", "Observation status"),
    ),
]


HELDOUT145: list[Dataset] = [
    Dataset("gusto_payroll_journal", _gusto_frame, _GUSTO_QS),
    Dataset("yelp_business_reviews_export", _yelp_frame, _YELP_QS),
    Dataset("cloudflare_analytics_export", _cloudflare_frame, _CLOUDFLARE_QS),
    Dataset("monarch_money_transactions", _monarch_frame, _MONARCH_QS),
    Dataset("bea_gdp_by_state", _bea_frame, _BEA_QS),
    Dataset("berlin_bike_counters", _berlin_frame, _BERLIN_QS),
    Dataset("oecd_health_spending", _oecd_frame, _OECD_QS),
]
