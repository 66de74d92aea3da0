"""HELDOUT156: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Microsoft Advertising keyword performance
report (2024, monthly) with Month as "1/1/2024", "Account name", "Campaign name", "Ad group", Keyword, "Match type"
(Exact / Phrase / Broad), "Keyword status" (Active / Paused), Impressions, Clicks, CTR as "3.45%", "Avg. CPC", Spend,
Conversions, "Conv. rate" as "4.10%", "Cost per conv." (blank without conversions) and "Quality score" ("--" where
Microsoft has none), ending in a "©2024 Microsoft Corporation. All rights reserved." footer row with every other
cell blank; a Homebase timesheets export (January to March 2024, two locations) with Name, "Payroll ID" (some
blank), Role, Location, Date as "01/08/2024", "Clock in" / "Clock out" as "09:02 AM" (clock out blank on missed
clock-outs, which then have no hours or wages), "Break length" as "0:30", "Actual hours", "Regular hours", "OT hours"
(daily over 8), "Scheduled hours", "Wage rate" and "Estimated wages" as "$16.50", "Cash tips" and "Credit card tips"
as "$12.00", and "Timecard issues" ("Missed clock out", "Late clock in" or blank); a Teachable sales export
(2023-2024) with "Sale ID", "Created At" as "2024-03-05 14:22:10 UTC", Course, "Pricing Plan", "Student Name",
"Student Email" (repeat buyers), "Coupon Code" (mostly blank), Currency, "List Price", Discount, "Final Price",
"Refunded Amount", Status (paid / refunded), "Payment Method" (Stripe / PayPal) and Affiliate; a Sleep as Android
export flattened to one row per night (2023-01 to 2024-06) with Id (epoch ms), Tz, From / To / Sched as
"05. 01. 2024 23:12", Hours, Rating (0.0 = not rated, else 1-5 in quarter steps), Comment with hashtags ("#home
#caffeine"), Framerate, Snore (seconds, -1 untracked), Noise, Cycles, DeepSleep (a fraction, -2.0 when untracked),
LenAdjust and Geo; CMS nursing home provider information with "CMS Certification Number (CCN)", "Provider Name" in
upper case, "Provider Address", "City/Town", State (two-letter codes), "ZIP Code", "Telephone Number", "Ownership
Type" ("For profit - Corporation", "Non profit - Church related", "Government - County", ...), "Number of Certified
Beds", "Average Number of Residents per Day", "Provider Type", "Provider Resides in Hospital" (Y/N), "Overall
Rating", "Health Inspection Rating", "Staffing Rating", "QM Rating" (1-5, some blank), "Reported Total Nurse Staffing
Hours per Resident per Day", "Total nursing staff turnover" (blank for some), "Number of Fines", "Total Amount of
Fines in Dollars", "Total Number of Penalties", "Abuse Icon" (Y/N) and "Processing Date"; the Boston property
assessment (FY2024) with PID, ST_NUM, ST_NAME, UNIT_NUM, CITY (upper-case neighborhood names), ZIP_CODE, LU (R1, R2,
R3, CD, A, C, E, RL), LU_DESC, OWN_OCC (Y/N), OWNER, LAND_SF, GROSS_AREA, LIVING_AREA, LAND_VALUE, BLDG_VALUE,
TOTAL_VALUE and GROSS_TAX as text with thousands commas ("512,300"), YR_BUILT (some blank, a few 0), YR_REMODEL,
BED_RMS, FULL_BTH, HLF_BTH, OVERALL_COND ("A - Average", "G - Good", ...) and FY; and a UN SDG global database
extract in long form (2005-2022) with Goal, Target, Indicator, SeriesCode (EG_ELC_ACCS, SH_H2O_SAFE, SI_POV_DAY1),
SeriesDescription, GeoAreaCode (M49), GeoAreaName (26 countries plus "World" and "Sub-Saharan Africa"),
TimePeriod, Value, Time_Detail, UpperBound, LowerBound, Source, FootNote, Nature (E / C / M / N), Location (ALLAREA,
URBAN, RURAL), "Reporting Type", Sex and Units (PERCENT), poverty only in survey years. All are generated with fixed
seeds 15601-15607.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, corr_of, either, has
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions / billions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from a text column ("$1,234.50", "23.4%", "--", blanks as NaN)."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,%\s]", "", regex=True), errors="coerce")


def _within(value: Callable[[pd.DataFrame], float], tol: float) -> Check:
    """A number within an absolute `tol` of the value (a year such as 1931.4 read as "1931")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        return None if any(abs(f - want) <= tol for f in _found(answer)) else f"missing number {want:.6g}"

    return check


def _means(values: Callable[[pd.DataFrame], Any], rel: float = 0.02) -> Check:
    return _about(values, rel=rel)


# --- 1. Microsoft Advertising keyword report -----------------------------------------------------------------------

# campaign: (ad groups, base CPC, conversion rate)
_MS_CAMPAIGNS: dict[str, tuple[list[str], float, float]] = {
    "Brand - Search": (["Brand core", "Brand misspellings"], 0.45, 0.11),
    "Running Shoes - Generic": (["Mens running", "Womens running", "Road running"], 1.35, 0.035),
    "Trail Shoes": (["Trail general", "Waterproof trail"], 1.1, 0.04),
    "Competitors": (["Competitor names"], 2.1, 0.015),
    "Clearance Sale": (["Sale terms"], 0.8, 0.05),
}
_MS_WORDS = {
    "Brand core": ["stridely", "stridely shoes", "stridely store", "stridely official site", "stridely sneakers"],
    "Brand misspellings": ["stridley", "stridly shoes", "stridelly"],
    "Mens running": ["mens running shoes", "running shoes for men", "mens jogging shoes", "best mens runners"],
    "Womens running": ["womens running shoes", "running shoes for women", "ladies running sneakers"],
    "Road running": ["road running shoes", "marathon shoes", "cushioned running shoes", "lightweight running shoes"],
    "Trail general": ["trail running shoes", "trail shoes", "hiking running shoes", "off road running shoes"],
    "Waterproof trail": ["waterproof trail shoes", "gore tex trail runners", "waterproof running shoes"],
    "Competitor names": ["hoka clifton", "brooks ghost", "asics gel nimbus", "nike pegasus", "saucony ride"],
    "Sale terms": ["running shoes sale", "cheap running shoes", "discount sneakers", "running shoe clearance"],
}
_MS_MATCH = {"Exact": (0.6, 1.25, 1.3), "Phrase": (1.0, 1.0, 1.0), "Broad": (2.2, 0.8, 0.6)}


def _ms_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15601)
    keywords = []
    for campaign, (groups, cpc, conv) in _MS_CAMPAIGNS.items():
        for group in groups:
            for word in _MS_WORDS[group]:
                for match in _MS_MATCH:
                    if rng.random() < 0.55 or match == "Exact":
                        qs = int(np.clip(round(rng.normal(7 if campaign.startswith("Brand") else 5.5, 1.8)), 1, 10))
                        keywords.append(
                            {
                                "campaign": campaign,
                                "group": group,
                                "word": word,
                                "match": match,
                                "qs": str(qs) if rng.random() > 0.12 else "--",
                                "imp": float(rng.lognormal(6.4, 0.9)) * _MS_MATCH[match][0],
                                "cpc": cpc * float(rng.lognormal(0, 0.2)),
                                "conv": conv * float(rng.lognormal(0, 0.3)) * _MS_MATCH[match][2],
                                "ctr": (0.09 if campaign.startswith("Brand") else 0.028)
                                * float(rng.lognormal(0, 0.3))
                                * _MS_MATCH[match][1],
                                "paused_from": int(rng.integers(4, 12)) if rng.random() < 0.12 else 99,
                            }
                        )
    season = [0.8, 0.8, 0.95, 1.1, 1.2, 1.1, 1.0, 0.95, 1.05, 1.0, 1.45, 1.35]
    rows = []
    for m in range(1, 13):
        for k in keywords:
            paused = m >= k["paused_from"]
            imp = 0 if paused else int(rng.poisson(k["imp"] * season[m - 1]))
            clicks = int(rng.binomial(imp, min(0.5, k["ctr"])))
            conv = int(rng.binomial(clicks, min(0.6, k["conv"])))
            spend = round(clicks * k["cpc"] * float(rng.lognormal(0, 0.08)) * (1.15 if m >= 11 else 1.0), 2)
            rows.append(
                {
                    "Month": f"{m}/1/2024",
                    "Account name": "Stridely US",
                    "Campaign name": k["campaign"],
                    "Ad group": k["group"],
                    "Keyword": k["word"],
                    "Match type": k["match"],
                    "Keyword status": "Paused" if paused else "Active",
                    "Impressions": imp,
                    "Clicks": clicks,
                    "CTR": f"{100 * clicks / imp:.2f}%" if imp else "0.00%",
                    "Avg. CPC": round(spend / clicks, 2) if clicks else 0.0,
                    "Spend": spend,
                    "Conversions": conv,
                    "Conv. rate": f"{100 * conv / clicks:.2f}%" if clicks else "0.00%",
                    "Cost per conv.": round(spend / conv, 2) if conv else "",
                    "Quality score": k["qs"],
                }
            )
    frame = pd.DataFrame(rows)
    footer = {c: "" for c in frame.columns} | {"Month": "©2024 Microsoft Corporation. All rights reserved."}
    return pd.concat([frame, pd.DataFrame([footer])], ignore_index=True)


def _ms(d: pd.DataFrame) -> pd.DataFrame:
    out = d[_text(d["Keyword"]) != ""].copy()
    out["_month"] = pd.to_datetime(out["Month"], format="%m/%d/%Y")
    for c in ("Impressions", "Clicks", "Spend", "Conversions", "Avg. CPC"):
        out[c] = _num(out[c])
    out["_conv_rate"] = _num(out["Conv. rate"]) / 100
    return out


def _ms_cpc(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _ms(d)
        if how == "pooled":
            return float(x["Spend"].sum() / x["Clicks"].sum())
        if how == "clicked":
            return float(x.loc[x["Clicks"] > 0, "Avg. CPC"].mean())
        return float(x["Avg. CPC"].mean())

    return value


def _ms_conv(match: str, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _ms(d)
        x = x[(x["Match type"] == match) & (x["Clicks"] > 0)]
        return float(x["Conversions"].sum() / x["Clicks"].sum()) if pooled else float(x["_conv_rate"].mean())

    return value


_MS_ID = ("Month", "Campaign name", "Ad group", "Keyword")
_MS_QS = [
    Q(
        "how much have we spent on ads altogether",
        _money(lambda d: float(_ms(d)["Spend"].sum())),
        (*_MS_ID, "Spend"),
    ),
    Q(
        "which campaign brought in the most conversions",
        _lead(_named(lambda d: _top(_ms(d).groupby("Campaign name")["Conversions"].sum()))),
        (*_MS_ID, "Conversions"),
    ),
    Q(
        "what are we paying per click on average",
        either(
            has(_ms_cpc("pooled"), rel=0.01),
            has(_ms_cpc("clicked"), rel=0.01),
            has(_ms_cpc("all"), rel=0.01),
        ),
        (*_MS_ID, "Avg. CPC", "Spend", "Clicks"),
    ),
    Q(
        "which month did we spend the most",
        _month_year(lambda d: pd.Timestamp(_top(_ms(d).groupby("_month")["Spend"].sum()))),
        (*_MS_ID, "Spend"),
    ),
    Q(
        "whats the conversion rate on exact match keywords",
        either(_share(_ms_conv("Exact", True)), _share(_ms_conv("Exact", False))),
        (*_MS_ID, "Match type", "Conversions", "Clicks", "Conv. rate"),
    ),
    Q(
        "and on broad?",
        either(_share(_ms_conv("Broad", True)), _share(_ms_conv("Broad", False))),
        (*_MS_ID, "Match type", "Conversions", "Clicks", "Conv. rate"),
    ),
]


# --- 2. Homebase timesheets export ---------------------------------------------------------------------------------

# role: (wage, shift hours, tipped)
_HB_ROLES = {
    "Server": (11.5, 6.0, True),
    "Bartender": (12.5, 7.0, True),
    "Host": (14.0, 5.0, True),
    "Line Cook": (19.0, 8.0, False),
    "Dishwasher": (16.0, 6.5, False),
    "Shift Manager": (24.0, 9.0, False),
}
_HB_PEOPLE = [
    ("Maria Lopez", "Server"),
    ("Jake Turner", "Server"),
    ("Aisha Khan", "Server"),
    ("Ben Carter", "Server"),
    ("Lily Chen", "Server"),
    ("Omar Haddad", "Bartender"),
    ("Sofia Rossi", "Bartender"),
    ("Chris Walsh", "Bartender"),
    ("Emma Davis", "Host"),
    ("Noah Kim", "Host"),
    ("Carlos Mendez", "Line Cook"),
    ("Tyrone Jackson", "Line Cook"),
    ("Hannah Brooks", "Line Cook"),
    ("Diego Alvarez", "Line Cook"),
    ("Sam Patel", "Dishwasher"),
    ("Luis Ortega", "Dishwasher"),
    ("Grace Miller", "Shift Manager"),
    ("Ryan O'Neil", "Shift Manager"),
    ("Priya Nair", "Server"),
    ("Kevin Wu", "Line Cook"),
]


def _hb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15602)
    staff = []
    for i, (name, role) in enumerate(_HB_PEOPLE):
        staff.append(
            {
                "name": name,
                "role": role,
                "loc": _one(rng, ["Main St", "Harbor"], [3, 2]),
                "pid": str(1000 + i) if rng.random() > 0.2 else "",
                "wage": _HB_ROLES[role][0] + float(rng.choice([0, 0.5, 1.0, 1.5])),
                "days": float(rng.uniform(0.45, 0.8)),
            }
        )
    rows = []
    for day in pd.date_range("2024-01-01", "2024-03-31", freq="D"):
        busy = 1.2 if day.dayofweek >= 4 else 1.0
        for s in staff:
            if rng.random() > s["days"]:
                continue
            _, length, tipped = _HB_ROLES[s["role"]]
            start_h = _one(rng, [7, 10, 11, 16, 17], [1, 2, 2, 3, 2])
            sched = round(length * float(rng.uniform(0.85, 1.15)) * 2) / 2
            late = rng.random() < 0.08
            cin = day + pd.Timedelta(
                hours=start_h, minutes=int(rng.integers(-6, 5)) + (int(rng.integers(8, 25)) if late else 0)
            )
            worked = sched * 60 + float(rng.normal(10, 20)) * busy
            brk = 30 if worked > 6 * 60 else 0
            cout = cin + pd.Timedelta(minutes=round(worked))
            missed = rng.random() < 0.025
            hours = round((cout - cin).total_seconds() / 3600 - brk / 60, 2)
            tips_cash = round(float(rng.gamma(2, 14)) * busy, 2) if tipped else 0.0
            tips_card = round(float(rng.gamma(3, 22)) * busy, 2) if tipped else 0.0
            row: dict[str, Any] = {
                "Name": s["name"],
                "Payroll ID": s["pid"],
                "Role": s["role"],
                "Location": s["loc"],
                "Date": day.strftime("%m/%d/%Y"),
                "Clock in": cin.strftime("%I:%M %p"),
                "Clock out": "" if missed else cout.strftime("%I:%M %p"),
                "Break length": f"0:{brk:02d}",
                "Actual hours": "" if missed else hours,
                "Regular hours": "" if missed else min(hours, 8.0),
                "OT hours": "" if missed else round(max(hours - 8.0, 0.0), 2),
                "Scheduled hours": sched,
                "Wage rate": f"${s['wage']:.2f}",
                "Estimated wages": ""
                if missed
                else f"${s['wage'] * min(hours, 8) + 1.5 * s['wage'] * max(hours - 8, 0):,.2f}",
                "Cash tips": f"${tips_cash:.2f}",
                "Credit card tips": f"${tips_card:.2f}",
                "Timecard issues": "Missed clock out" if missed else ("Late clock in" if late else ""),
            }
            rows.append(row)
    return pd.DataFrame(rows)


def _hb(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Date"], format="%m/%d/%Y")
    for c in ("Actual hours", "OT hours"):
        out[c] = pd.to_numeric(out[c], errors="coerce")
    out["_tips"] = _num(out["Cash tips"]).fillna(0) + _num(out["Credit card tips"]).fillna(0)
    return out


_HB_ID = ("Name", "Payroll ID", "Date")
_HB_QS = [
    Q(
        "how many hours were worked in total",
        has(lambda d: float(_hb(d)["Actual hours"].sum())),
        (*_HB_ID, "Actual hours", "Regular hours", "OT hours", "Clock in", "Clock out"),
    ),
    Q(
        "who put in the most hours",
        _lead(_named(lambda d: _top(_hb(d).groupby("Name")["Actual hours"].sum()))),
        (*_HB_ID, "Actual hours"),
    ),
    Q(
        "how much overtime was there",
        has(lambda d: float(_hb(d)["OT hours"].sum())),
        (*_HB_ID, "OT hours"),
    ),
    Q(
        "average shift length by role",
        _means(lambda d: _hb(d).groupby("Role")["Actual hours"].mean().to_numpy()),
        (*_HB_ID, "Role", "Actual hours", "Clock in", "Clock out"),
    ),
    Q(
        "how many shifts are missing a clock out",
        _count(lambda d: int((_text(d["Clock out"]) == "").sum())),
        (*_HB_ID, "Clock out", "Timecard issues"),
    ),
    Q(
        "how much did we get in tips in february",
        _money(lambda d: float(_hb(d).loc[lambda x: x["_day"].dt.month == 2, "_tips"].sum())),
        (*_HB_ID, "Cash tips", "Credit card tips"),
    ),
]


# --- 3. Teachable sales export -------------------------------------------------------------------------------------

_TC_COURSES = {
    "Watercolor Basics": (49.0, 5),
    "Portrait Masterclass": (149.0, 2.2),
    "Sketching Every Day": (29.0, 4),
    "Color Theory Bundle": (199.0, 1.2),
    "Procreate for Beginners": (79.0, 3.5),
}
_TC_COUPONS = {"": 70, "SPRING20": 6, "BLACKFRIDAY40": 7, "WELCOME10": 10, "YOUTUBE15": 5}
_TC_FIRST = ["Anna", "Ben", "Clara", "David", "Elena", "Farah", "George", "Hiro", "Isabel", "Jonas", "Kate", "Liam"]
_TC_FIRST += ["Mia", "Nina", "Oscar", "Paula", "Quinn", "Rosa", "Sven", "Tara", "Uma", "Victor", "Wendy", "Yusuf"]
_TC_LAST = ["Smith", "Garcia", "Müller", "Rossi", "Nguyen", "Brown", "Silva", "Kowalski", "Dubois", "Tanaka", "Ali"]
_TC_LAST += ["Jensen", "Moreau", "Okafor", "Larsen", "Cohen", "Reyes", "Novak", "Fischer", "Costa"]


def _tc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15603)
    students = []
    seen: set[str] = set()
    while len(students) < 900:
        first, last = _one(rng, _TC_FIRST), _one(rng, _TC_LAST)
        if f"{first} {last}" in seen:
            first = f"{first} {chr(65 + int(rng.integers(0, 26)))}."
            if f"{first} {last}" in seen:
                continue
        seen.add(f"{first} {last}")
        mail = f"{first.split()[0].lower()}.{last.lower().replace('ü', 'ue')}{int(rng.integers(1, 999))}@"
        mail += _one(rng, ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])
        students.append((f"{first} {last}", mail))
    weights = rng.pareto(1.6, len(students)) + 1
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    day_w = np.array([1.0 + 0.6 * (t.year == 2024) + 3.0 * (t.month == 11 and 24 <= t.day <= 30) for t in days])
    rows = []
    for i in range(1300):
        name, mail = students[int(rng.choice(len(students), p=weights / weights.sum()))]
        course = _one(rng, list(_TC_COURSES), [w for _, w in _TC_COURSES.values()])
        when = days[int(rng.choice(len(days), p=day_w / day_w.sum()))] + pd.Timedelta(
            seconds=int(rng.integers(0, 86400))
        )
        coupon = "BLACKFRIDAY40" if when.month == 11 and when.day >= 24 and rng.random() < 0.7 else ""
        if not coupon:
            coupon = _one(rng, list(_TC_COUPONS), list(_TC_COUPONS.values()))
            if coupon == "BLACKFRIDAY40":
                coupon = ""
        pct = int(re.sub(r"\D", "", coupon) or 0)
        price = _TC_COURSES[course][0]
        final = round(price * (1 - pct / 100), 2)
        refunded = rng.random() < (0.07 if course == "Color Theory Bundle" else 0.035)
        rows.append(
            {
                "Sale ID": 4810233 + i * 7 + int(rng.integers(0, 7)),
                "Created At": when.strftime("%Y-%m-%d %H:%M:%S UTC"),
                "Course": course,
                "Pricing Plan": "One-time Purchase",
                "Student Name": name,
                "Student Email": mail,
                "Coupon Code": coupon,
                "Currency": "USD",
                "List Price": price,
                "Discount": round(price - final, 2),
                "Final Price": final,
                "Refunded Amount": final if refunded else 0.0,
                "Status": "refunded" if refunded else "paid",
                "Payment Method": _one(rng, ["Stripe", "PayPal"], [4, 1]),
                "Affiliate": _one(rng, ["", "artwithjo", "sketchclub"], [12, 1, 1]),
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Created At", ascending=False, kind="stable").reset_index(drop=True)


def _tc_best(by_revenue: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        g = d.groupby("Course")
        return _top(g["Final Price"].sum() if by_revenue else g.size())

    return value


_TC_ID = ("Sale ID", "Created At", "Student Email", "Status")
_TC_QS = [
    Q(
        "how much money have we made in total",
        either(
            _money(lambda d: float(d["Final Price"].sum())),
            _money(lambda d: float(d["Final Price"].sum() - d["Refunded Amount"].sum())),
        ),
        (*_TC_ID, "Final Price", "Refunded Amount"),
    ),
    Q(
        "which course sells best",
        either(_lead(_named(_tc_best(False))), _lead(_named(_tc_best(True)))),
        (*_TC_ID, "Course", "Final Price"),
    ),
    Q(
        "what percent of purchases used a coupon",
        _share(lambda d: float((_text(d["Coupon Code"]) != "").mean())),
        (*_TC_ID, "Coupon Code", "Discount"),
    ),
    Q(
        "how many different students have bought something",
        _count(lambda d: int(d["Student Email"].str.lower().nunique())),
        (*_TC_ID, "Student Name"),
    ),
    Q(
        "how many sales got refunded",
        _count(lambda d: int((_text(d["Status"]) == "refunded").sum())),
        (*_TC_ID, "Refunded Amount"),
    ),
    Q(
        "what share of all sales is that",
        _share(lambda d: float((_text(d["Status"]) == "refunded").mean())),
        (*_TC_ID, "Refunded Amount"),
    ),
]


# --- 4. Sleep as Android export ------------------------------------------------------------------------------------

_SA_FMT = "%d. %m. %Y %H:%M"


def _sa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15604)
    rows = []
    for night in pd.date_range("2023-01-01", "2024-06-30", freq="D"):
        if rng.random() < 0.08:
            continue
        weekend = night.dayofweek in (4, 5)
        tags = ["#home"] if rng.random() < 0.85 else ["#travel"]
        caffeine = rng.random() < 0.22
        alcohol = rng.random() < (0.25 if weekend else 0.06)
        if caffeine:
            tags.append("#caffeine")
        if alcohol:
            tags.append("#alcohol")
        if not weekend and rng.random() < 0.3:
            tags.append("#work")
        bed = night + pd.Timedelta(hours=23.2 + (1.0 if weekend else 0) + float(rng.normal(0, 0.6)))
        # autumn 2023 (new job) means shorter nights
        short = 0.7 if pd.Timestamp("2023-10-01") <= night < pd.Timestamp("2023-12-01") else 0.0
        hours = float(np.clip(rng.normal(7.3 - short - 0.5 * caffeine - 0.3 * alcohol, 0.8), 3.2, 10.5))
        wake = bed + pd.Timedelta(minutes=round(hours * 60))
        sched = (wake.normalize() + pd.Timedelta(hours=7 if not weekend else 9)).strftime(_SA_FMT)
        rated = rng.random() < 0.7
        score = np.clip(2.0 + 0.45 * (hours - 6) - 0.4 * caffeine + float(rng.normal(0, 0.6)), 1, 5)
        tracked = rng.random() > 0.06
        rows.append(
            {
                "Id": int(bed.tz_localize("Europe/Berlin").timestamp() * 1000),
                "Tz": "Europe/Berlin",
                "From": bed.strftime(_SA_FMT),
                "To": wake.strftime(_SA_FMT),
                "Sched": sched,
                "Hours": round(hours, 3),
                "Rating": round(float(score) * 4) / 4 if rated else 0.0,
                "Comment": " ".join(tags),
                "Framerate": 10000,
                "Snore": int(rng.gamma(1.5, 300)) if tracked and rng.random() > 0.3 else -1,
                "Noise": round(float(rng.uniform(0.05, 0.6)), 3) if tracked else -1.0,
                "Cycles": int(max(1, round(hours / 1.5 + rng.normal(0, 0.5)))) if tracked else 0,
                "DeepSleep": round(float(np.clip(rng.normal(0.42 - 0.06 * alcohol, 0.08), 0.1, 0.8)), 3)
                if tracked
                else -2.0,
                "LenAdjust": int(rng.choice([0, 0, 0, -5, -12])),
                "Geo": _one(rng, ["u33dc0", "u33db8", "u0yjk2"], [10, 1, 1]),
            }
        )
    return pd.DataFrame(rows)


def _sa(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_from"] = pd.to_datetime(out["From"], format=_SA_FMT)
    out["_caf"] = out["Comment"].astype("string").fillna("").str.contains("#caffeine")
    return out


def _sa_month(total: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = _sa(d)
        g = x.groupby(x["_from"].dt.to_period("M").dt.to_timestamp())["Hours"]
        return pd.Timestamp(_top(g.sum() if total else g.mean(), ascending=True))

    return value


def _sa_caf(unrated: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        x = _sa(d)
        x = x if unrated else x[x["Rating"] > 0]
        return [float(x.loc[x["_caf"], "Rating"].mean()), float(x.loc[~x["_caf"], "Rating"].mean())]

    return value


def _sa_rated(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Rating"] > 0]


_SA_ID = ("Id", "From", "To")
_SA_QS = [
    Q(
        "how long do i sleep on average",
        either(_about(lambda d: float(d["Hours"].mean())), _about(lambda d: float(d["Hours"].median()))),
        (*_SA_ID, "Hours"),
    ),
    Q(
        "how many nights did i get less than 6 hours",
        _count(lambda d: int((d["Hours"] < 6).sum())),
        (*_SA_ID, "Hours"),
    ),
    Q(
        "which month did i sleep the least",
        either(_month_year(_sa_month(False)), _month_year(_sa_month(True))),
        (*_SA_ID, "Hours"),
    ),
    Q(
        "whats my average deep sleep",
        _share(lambda d: float(d.loc[d["DeepSleep"] >= 0, "DeepSleep"].mean())),
        (*_SA_ID, "DeepSleep"),
    ),
    Q(
        "is my sleep rating worse on nights i had caffeine",
        either(_means(_sa_caf(False), rel=0.01), _means(_sa_caf(True), rel=0.01)),
        (*_SA_ID, "Rating", "Comment"),
    ),
    Q(
        "does sleeping longer go with a better rating",
        either(
            corr_of(lambda d: _sa_rated(d)["Hours"], lambda d: _sa_rated(d)["Rating"]),
            corr_of(lambda d: d["Hours"], lambda d: d["Rating"]),
        ),
        (*_SA_ID, "Hours", "Rating"),
    ),
]


# --- 5. CMS nursing home provider information ----------------------------------------------------------------------

# state: (name, weight, ccn prefix, cities)
_NH_STATES: dict[str, tuple[str, float, str, list[str]]] = {
    "TX": ("Texas", 12, "67", ["HOUSTON", "SAN ANTONIO", "DALLAS", "EL PASO", "TYLER", "LUBBOCK"]),
    "CA": ("California", 11, "05", ["LOS ANGELES", "SAN DIEGO", "FRESNO", "SACRAMENTO", "OAKLAND"]),
    "OH": ("Ohio", 9, "36", ["COLUMBUS", "CLEVELAND", "DAYTON", "TOLEDO", "AKRON"]),
    "IL": ("Illinois", 7, "14", ["CHICAGO", "PEORIA", "SPRINGFIELD", "ROCKFORD"]),
    "PA": ("Pennsylvania", 8, "39", ["PHILADELPHIA", "PITTSBURGH", "ERIE", "ALLENTOWN"]),
    "FL": ("Florida", 6.5, "10", ["MIAMI", "ORLANDO", "TAMPA", "JACKSONVILLE", "SARASOTA"]),
    "NY": ("New York", 6, "33", ["BROOKLYN", "BRONX", "BUFFALO", "ROCHESTER", "ALBANY"]),
    "MO": ("Missouri", 5, "26", ["ST LOUIS", "KANSAS CITY", "SPRINGFIELD", "COLUMBIA"]),
    "MA": ("Massachusetts", 3.5, "22", ["BOSTON", "WORCESTER", "SPRINGFIELD", "LOWELL"]),
    "GA": ("Georgia", 3.5, "11", ["ATLANTA", "SAVANNAH", "MACON", "AUGUSTA"]),
}
# ownership: (weight, rating shift)
_NH_OWN = {
    "For profit - Corporation": (48, -0.25),
    "For profit - Limited Liability company": (20, -0.35),
    "For profit - Individual": (3, -0.2),
    "Non profit - Corporation": (16, 0.45),
    "Non profit - Church related": (5, 0.55),
    "Government - County": (4, 0.2),
    "Government - State": (1.5, 0.1),
}
_NH_WORDS = ["OAKS", "GARDENS", "MANOR", "HEALTHCARE CENTER", "REHABILITATION", "CARE CENTER", "LIVING CENTER"]
_NH_NAMES = ["SUNRISE", "PINE", "RIVERSIDE", "WILLOW", "HERITAGE", "GRACE", "MAPLE", "LAKEVIEW", "ST. JOSEPH", "CEDAR"]
_NH_NAMES += ["GOLDEN", "HILLCREST", "PARKVIEW", "MEADOWBROOK", "BRIGHTON", "ASBURY", "VALLEY", "SUMMIT"]


def _nh_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15605)
    rows = []
    states = list(_NH_STATES)
    counters = dict.fromkeys(states, 5000)
    for _ in range(1900):
        st = _one(rng, states, [v[1] for v in _NH_STATES.values()])
        _, _, prefix, cities = _NH_STATES[st]
        counters[st] += int(rng.integers(1, 30))
        own = _one(rng, list(_NH_OWN), [v[0] for v in _NH_OWN.values()])
        beds = int(np.clip(rng.lognormal(np.log(105), 0.4), 20, 420))
        residents = round(beds * float(rng.uniform(0.55, 0.95)), 1)
        staffing = round(float(np.clip(rng.normal(3.8 + 0.3 * (own.startswith("Non")), 0.6), 2.2, 7.5)), 5)
        latent = 3 + _NH_OWN[own][1] + 1.1 * (staffing - 3.8) + float(rng.normal(0, 1.1))
        overall = int(np.clip(round(latent), 1, 5))
        health = int(np.clip(round(latent + rng.normal(-0.3, 0.8)), 1, 5))
        staff_r = int(np.clip(round(1.6 * (staffing - 3.8) + 3 + rng.normal(0, 0.7)), 1, 5))
        qm = int(np.clip(round(latent + rng.normal(0.6, 0.9)), 1, 5))
        new = rng.random() < 0.04
        fines = int(rng.poisson(max(0.2, 1.3 - 0.3 * overall)))
        amount = round(sum(float(rng.lognormal(9, 1.0)) for _ in range(fines)), 2)
        addr = f"{int(rng.integers(100, 9999))} {_one(rng, ['MAIN', 'OAK', 'PARK', 'LAKE', 'HIGHLAND', 'CHURCH'])}"
        addr += f" {_one(rng, ['STREET', 'AVENUE', 'ROAD', 'DRIVE', 'BOULEVARD'])}"
        rows.append(
            {
                "CMS Certification Number (CCN)": f"{prefix}{counters[st]:04d}",
                "Provider Name": f"{_one(rng, _NH_NAMES)} {_one(rng, _NH_WORDS)}",
                "Provider Address": addr,
                "City/Town": _one(rng, cities),
                "State": st,
                "ZIP Code": int(rng.integers(10000, 99999)),
                "Telephone Number": int(rng.integers(2002000000, 9899999999)),
                "Ownership Type": own,
                "Number of Certified Beds": beds,
                "Average Number of Residents per Day": residents,
                "Provider Type": _one(rng, ["Medicare and Medicaid", "Medicare", "Medicaid"], [92, 5, 3]),
                "Provider Resides in Hospital": "Y" if rng.random() < 0.03 else "N",
                "Overall Rating": "" if new else overall,
                "Health Inspection Rating": "" if new else health,
                "Staffing Rating": "" if new or rng.random() < 0.03 else staff_r,
                "QM Rating": "" if new else qm,
                "Reported Total Nurse Staffing Hours per Resident per Day": "" if new else staffing,
                "Total nursing staff turnover": ""
                if new or rng.random() < 0.1
                else round(float(rng.uniform(25, 80)), 1),
                "Number of Fines": fines,
                "Total Amount of Fines in Dollars": amount,
                "Total Number of Penalties": fines + int(rng.random() < 0.05),
                "Abuse Icon": "Y" if rng.random() < 0.06 else "N",
                "Processing Date": "2024-06-01",
            }
        )
    return pd.DataFrame(rows)


def _nh_five(rated_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        r = pd.to_numeric(d["Overall Rating"], errors="coerce")
        r = r.dropna() if rated_only else r
        return float((r == 5).mean())

    return value


_NH_ALIASES = {k: (v[0],) for k, v in _NH_STATES.items()}
_NH_ID = ("CMS Certification Number (CCN)", "Provider Name", "State")
_NH_QS = [
    Q(
        "how many nursing homes are in texas",
        _count(lambda d: int((d["State"] == "TX").sum())),
        _NH_ID,
    ),
    Q(
        "average star rating for each ownership type",
        _means(lambda d: d.groupby("Ownership Type")["Overall Rating"].mean().to_numpy(), rel=0.01),
        (*_NH_ID, "Ownership Type", "Overall Rating"),
    ),
    Q(
        "what share of homes have 5 stars",
        either(_share(_nh_five(True)), _share(_nh_five(False))),
        (*_NH_ID, "Overall Rating"),
    ),
    Q(
        "which state has the most beds",
        _lead(_named(lambda d: _top(d.groupby("State")["Number of Certified Beds"].sum()), _NH_ALIASES)),
        (*_NH_ID, "Number of Certified Beds"),
    ),
    Q(
        "total fines across all the homes",
        _money(lambda d: float(d["Total Amount of Fines in Dollars"].sum())),
        (*_NH_ID, "Total Amount of Fines in Dollars", "Number of Fines"),
    ),
    Q(
        "do places with more nurse hours per resident get better ratings",
        corr_of(
            lambda d: d["Reported Total Nurse Staffing Hours per Resident per Day"],
            lambda d: d["Overall Rating"],
        ),
        (*_NH_ID, "Reported Total Nurse Staffing Hours per Resident per Day", "Overall Rating"),
    ),
]


# --- 6. Boston property assessment ---------------------------------------------------------------------------------

# neighborhood: (weight, zip codes, value level)
_BO_HOODS: dict[str, tuple[float, list[str], float]] = {
    "DORCHESTER": (16, ["02121", "02122", "02124", "02125"], 0.85),
    "BOSTON": (14, ["02108", "02116", "02118", "02115"], 1.3),
    "ROXBURY": (8, ["02119", "02120"], 0.8),
    "JAMAICA PLAIN": (7, ["02130"], 1.15),
    "WEST ROXBURY": (6, ["02132"], 1.0),
    "SOUTH BOSTON": (8, ["02127", "02210"], 1.25),
    "EAST BOSTON": (7, ["02128"], 0.9),
    "BRIGHTON": (6, ["02135"], 1.0),
    "HYDE PARK": (5, ["02136"], 0.75),
    "ROSLINDALE": (5, ["02131"], 0.85),
    "CHARLESTOWN": (4, ["02129"], 1.75),
    "MATTAPAN": (4, ["02126"], 0.7),
}
# LU: (description, weight, base value, living area)
_BO_LU: dict[str, tuple[str, float, float, float]] = {
    "R1": ("SINGLE FAM DWELLING", 22, 720000, 1750),
    "R2": ("TWO-FAM DWELLING", 12, 880000, 2500),
    "R3": ("THREE-FAM DWELLING", 9, 1020000, 3300),
    "CD": ("RESIDENTIAL CONDO", 40, 640000, 1000),
    "A": ("APT 4-6 UNITS", 4, 1500000, 5200),
    "C": ("COMMERCIAL", 5, 2400000, 8000),
    "E": ("EXEMPT", 2, 3500000, 15000),
    "RL": ("RESIDENTIAL LAND", 2, 180000, 0),
}
_BO_STREETS = ["WASHINGTON ST", "DORCHESTER AVE", "CENTRE ST", "BLUE HILL AV", "COMMONWEALTH AV", "TREMONT ST"]
_BO_STREETS += ["BEACON ST", "HYDE PARK AV", "SARATOGA ST", "BROADWAY", "MAIN ST", "ADAMS ST", "SOUTH ST"]
_BO_OWNERS = ["SMITH JOHN", "NGUYEN THANH", "OCONNOR MARY", "CITY OF BOSTON", "BOSTON HOUSING AUTH"]
_BO_OWNERS += ["123 MAIN LLC", "COMMONWEALTH REALTY TRUST", "GARCIA MARIA", "CHEN WEI", "MURPHY KEVIN"]


def _bo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15606)
    rows = []
    hoods = list(_BO_HOODS)
    for _ in range(3200):
        hood = _one(rng, hoods, [v[0] for v in _BO_HOODS.values()])
        _, zips, level = _BO_HOODS[hood]
        lu = _one(rng, list(_BO_LU), [v[1] for v in _BO_LU.values()])
        desc, _, base, area = _BO_LU[lu]
        total = round(base * level * float(rng.lognormal(0, 0.3)), -2)
        land_share = 1.0 if lu == "RL" else (0.0 if lu == "CD" else float(rng.uniform(0.25, 0.5)))
        land = round(total * land_share, -2)
        living = 0 if lu == "RL" else int(area * float(rng.lognormal(0, 0.25)))
        built = int(np.clip(rng.normal(1915 if lu in ("R2", "R3") else 1940, 35), 1780, 2023))
        if lu == "CD" and rng.random() < 0.3:
            built = int(rng.integers(1985, 2023))
        yr_built: Any = "" if lu == "RL" or rng.random() < 0.03 else built
        if yr_built != "" and rng.random() < 0.006:
            yr_built = 0
        residential = lu in ("R1", "R2", "R3", "CD")
        own_occ = "Y" if residential and rng.random() < (0.55 if lu == "R1" else 0.38) else "N"
        tax_rate = 10.90 if residential else 24.68
        rows.append(
            {
                "PID": f"{int(rng.integers(1, 22)):02d}{int(rng.integers(0, 99999999)):08d}",
                "ST_NUM": str(int(rng.integers(1, 400))),
                "ST_NAME": _one(rng, _BO_STREETS),
                "UNIT_NUM": str(int(rng.integers(1, 12))) if lu == "CD" else "",
                "CITY": hood,
                "ZIP_CODE": _one(rng, zips),
                "LU": lu,
                "LU_DESC": desc,
                "OWN_OCC": own_occ,
                "OWNER": _one(rng, _BO_OWNERS),
                "LAND_SF": "" if lu == "CD" else int(rng.lognormal(np.log(4000), 0.5)),
                "GROSS_AREA": int(living * 1.25) if living else "",
                "LIVING_AREA": living if living else "",
                "LAND_VALUE": f"{land:,.0f}",
                "BLDG_VALUE": f"{total - land:,.0f}",
                "TOTAL_VALUE": f"{total:,.0f}",
                "GROSS_TAX": f"{total * tax_rate / 1000:,.2f}",
                "YR_BUILT": yr_built,
                "YR_REMODEL": int(rng.integers(1990, 2024)) if rng.random() < 0.35 else "",
                "BED_RMS": int(rng.integers(1, 5)) if residential else "",
                "FULL_BTH": int(rng.integers(1, 4)) if residential else "",
                "HLF_BTH": int(rng.integers(0, 2)) if residential else "",
                "OVERALL_COND": _one(
                    rng, ["A - Average", "G - Good", "VG - Very Good", "F - Fair", "P - Poor"], [50, 30, 8, 10, 2]
                ),
                "FY": 2024,
            }
        )
    return pd.DataFrame(rows)


def _bo(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_value"] = _num(out["TOTAL_VALUE"])
    out["_built"] = pd.to_numeric(out["YR_BUILT"], errors="coerce").where(lambda s: s > 0)
    return out


def _bo_hood(median: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        g = _bo(d).groupby("CITY")["_value"]
        return _top(g.median() if median else g.mean())

    return value


def _bo_dot(d: pd.DataFrame) -> pd.DataFrame:
    x = _bo(d)
    return x[(x["LU"] == "R1") & (x["CITY"] == "DORCHESTER")]


_BO_ID = ("PID", "ST_NUM", "ST_NAME", "UNIT_NUM")
_BO_QS = [
    Q(
        "whats the median property value",
        _money(lambda d: float(_bo(d)["_value"].median())),
        (*_BO_ID, "TOTAL_VALUE"),
    ),
    Q(
        "which neighborhood has the priciest properties on average",
        either(_lead(_named(_bo_hood(False))), _lead(_named(_bo_hood(True)))),
        (*_BO_ID, "CITY", "TOTAL_VALUE"),
    ),
    Q(
        "how many are owner occupied",
        _count(lambda d: int((_text(d["OWN_OCC"]) == "Y").sum())),
        (*_BO_ID, "OWN_OCC"),
    ),
    Q(
        "on average what year were the buildings built",
        either(
            _within(lambda d: float(_bo(d)["_built"].mean()), 0.6),
            _within(lambda d: float(_bo(d)["_built"].median()), 0.6),
        ),
        (*_BO_ID, "YR_BUILT"),
    ),
    Q(
        "how many single family houses are there in dorchester",
        _count(lambda d: len(_bo_dot(d))),
        (*_BO_ID, "CITY", "LU", "LU_DESC"),
    ),
    Q(
        "and whats their average value",
        _money(lambda d: float(_bo_dot(d)["_value"].mean())),
        (*_BO_ID, "CITY", "LU", "LU_DESC", "TOTAL_VALUE"),
    ),
]


# --- 7. UN SDG global database extract -----------------------------------------------------------------------------

# area: (M49 code, electricity 2005, yearly gain, urban/rural water 2005, poverty 2005 or None)
_SDG_AREAS: dict[str, tuple[int, float, float, tuple[float, float], float | None]] = {
    "World": (1, 79.0, 0.75, (78, 40), 13.5),
    "Sub-Saharan Africa": (202, 30.0, 1.2, (45, 12), 52.0),
    "Nigeria": (566, 46.0, 0.6, (38, 12), 48.0),
    "Ethiopia": (231, 14.0, 2.5, (35, 4), 38.0),
    "Kenya": (404, 15.0, 3.2, (50, 28), 40.0),
    "Chad": (148, 3.0, 0.6, (22, 3), 45.0),
    "Burundi": (108, 3.5, 0.4, (30, 10), 78.0),
    "Malawi": (454, 7.5, 0.5, (40, 8), 72.0),
    "Niger": (562, 7.5, 0.6, (36, 9), 52.0),
    "United Republic of Tanzania": (834, 12.0, 1.9, (28, 8), 58.0),
    "Ghana": (288, 48.0, 1.8, (45, 15), 25.0),
    "South Africa": (710, 80.0, 0.5, (88, 42), 26.0),
    "India": (356, 66.0, 1.9, (65, 35), 38.0),
    "Bangladesh": (50, 44.0, 3.0, (50, 40), 30.0),
    "Pakistan": (586, 82.0, 0.8, (45, 30), 18.0),
    "Indonesia": (360, 86.0, 0.8, (40, 20), 30.0),
    "Philippines": (608, 81.0, 0.9, (60, 35), 14.0),
    "Viet Nam": (704, 92.0, 0.45, (75, 40), 22.0),
    "Brazil": (76, 97.0, 0.15, (90, 55), 9.5),
    "Mexico": (484, 98.0, 0.1, (60, 30), 8.0),
    "Peru": (604, 76.0, 1.2, (60, 20), 12.0),
    "Colombia": (170, 93.0, 0.35, (80, 40), 10.0),
    "Haiti": (332, 34.0, 0.6, (30, 8), 35.0),
    "Egypt": (818, 98.5, 0.08, (85, 60), 2.5),
    "Morocco": (504, 84.0, 0.9, (75, 30), 6.0),
    "Myanmar": (104, 28.0, 2.6, (50, 25), None),
    "Afghanistan": (4, 23.0, 3.4, (25, 8), None),
    "Madagascar": (450, 17.0, 0.7, (30, 5), 78.0),
}
_SDG_SERIES = {
    "EG_ELC_ACCS": ("7", "7.1", "7.1.1", "Proportion of population with access to electricity, by urban/rural (%)"),
    "SH_H2O_SAFE": (
        "6",
        "6.1",
        "6.1.1",
        "Proportion of population using safely-managed drinking water services, by urban/rural (%)",
    ),
    "SI_POV_DAY1": ("1", "1.1", "1.1.1", "Proportion of population below international poverty line (%)"),
}
_SDG_AGG = ("World", "Sub-Saharan Africa")


def _sdg_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15607)
    rows = []

    def add(series: str, area: str, year: int, value: float, location: str, nature: str) -> None:
        goal, target, indicator, desc = _SDG_SERIES[series]
        v = round(float(value), 1)
        rows.append(
            {
                "Goal": goal,
                "Target": target,
                "Indicator": indicator,
                "SeriesCode": series,
                "SeriesDescription": desc,
                "GeoAreaCode": _SDG_AREAS[area][0],
                "GeoAreaName": area,
                "TimePeriod": year,
                "Value": v,
                "Time_Detail": year,
                "UpperBound": round(min(100.0, v * 1.05), 1) if series == "SI_POV_DAY1" else "",
                "LowerBound": round(v * 0.95, 1) if series == "SI_POV_DAY1" else "",
                "Source": "World Bank, Poverty and Inequality Platform"
                if series == "SI_POV_DAY1"
                else (
                    "WHO/UNICEF JMP" if series == "SH_H2O_SAFE" else "World Bank, Sustainable Energy for All Database"
                ),
                "FootNote": "Survey-based estimate" if nature == "C" and rng.random() < 0.3 else "",
                "Nature": nature,
                "Location": location,
                "Reporting Type": "G",
                "Sex": "BOTHSEX" if series == "SI_POV_DAY1" else "",
                "Units": "PERCENT",
            }
        )

    for area, (_, elec, gain, (wu, wr), pov) in _SDG_AREAS.items():
        agg = area in _SDG_AGG
        nature = "N" if agg else "E"
        e = elec
        urban_gap = min(40.0, (100 - elec) * 0.6)
        u_w, r_w = wu, wr
        p = pov
        poverty_years = [y for y in range(2005, 2023) if agg or rng.random() < 0.35]
        for year in range(2005, 2023):
            e = min(100.0, e + gain * float(rng.uniform(0.6, 1.4)))
            urban = min(100.0, e + urban_gap * 0.5)
            rural = max(0.5, min(100.0, e - urban_gap))
            for loc, v in (("ALLAREA", e), ("URBAN", urban), ("RURAL", rural)):
                add("EG_ELC_ACCS", area, year, v, loc, nature)
            u_w = min(99.0, u_w + float(rng.uniform(0.2, 0.9)))
            r_w = min(99.0, r_w + float(rng.uniform(0.1, 0.8)))
            for loc, v in (("ALLAREA", 0.55 * u_w + 0.45 * r_w), ("URBAN", u_w), ("RURAL", r_w)):
                if not (year < 2008 and rng.random() < 0.15):
                    add("SH_H2O_SAFE", area, year, v, loc, "N" if agg else "M")
            if p is not None:
                p = max(0.2, p * float(np.exp(rng.normal(-0.035, 0.04))))
                if (year in poverty_years and year != 2020) or (agg and year == 2020):
                    add("SI_POV_DAY1", area, year, p, "", "N" if agg else "C")
    return pd.DataFrame(rows)


def _sdg_at(series: str, area: str, year: int, loc: str = "ALLAREA") -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[(d["SeriesCode"] == series) & (d["GeoAreaName"] == area) & (d["TimePeriod"] == year)]
        if series != "SI_POV_DAY1":
            x = x[x["Location"] == loc]
        return float(x["Value"].iloc[0])

    return value


def _sdg_lowest(d: pd.DataFrame) -> str:
    x = d[(d["SeriesCode"] == "EG_ELC_ACCS") & (d["Location"] == "ALLAREA") & (d["TimePeriod"] == 2020)]
    x = x[~x["GeoAreaName"].isin(_SDG_AGG)]
    return _top(x.set_index("GeoAreaName")["Value"], ascending=True)


def _sdg_pov_count(countries_only: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = d[(d["SeriesCode"] == "SI_POV_DAY1") & d["Value"].notna()]
        if countries_only:
            x = x[~x["GeoAreaName"].isin(_SDG_AGG)]
        return int(x["GeoAreaName"].nunique())

    return value


def _sdg_latest_india(d: pd.DataFrame) -> float:
    x = d[(d["SeriesCode"] == "SI_POV_DAY1") & (d["GeoAreaName"] == "India")]
    return float(x.sort_values("TimePeriod")["Value"].iloc[-1])


_SDG_ELEC = ("EG_ELC_ACCS", "World")
_SDG_KEYS = ("SeriesCode", "SeriesDescription", "GeoAreaName", "GeoAreaCode", "TimePeriod", "Value")
_SDG_QS = [
    Q(
        "which country had the lowest access to electricity in 2020",
        _lead(_named(_sdg_lowest, {"United Republic of Tanzania": ("Tanzania",)})),
        (*_SDG_KEYS, "Location"),
    ),
    Q(
        "what was electricity access for the whole world in 2022",
        has(_sdg_at(*_SDG_ELEC, 2022)),
        (*_SDG_KEYS, "Location"),
    ),
    Q(
        "how much has that gone up since 2005",
        either(
            has(lambda d: _sdg_at(*_SDG_ELEC, 2022)(d) - _sdg_at(*_SDG_ELEC, 2005)(d), rel=0.01),
            _pct(lambda d: _sdg_at(*_SDG_ELEC, 2022)(d) / _sdg_at(*_SDG_ELEC, 2005)(d) - 1),
            has(_sdg_at(*_SDG_ELEC, 2005), _sdg_at(*_SDG_ELEC, 2022)),
        ),
        (*_SDG_KEYS, "Location"),
    ),
    Q(
        "safe drinking water in nigeria in 2020, cities vs countryside",
        has(
            _sdg_at("SH_H2O_SAFE", "Nigeria", 2020, "URBAN"),
            _sdg_at("SH_H2O_SAFE", "Nigeria", 2020, "RURAL"),
        ),
        (*_SDG_KEYS, "Location"),
    ),
    Q(
        "how many countries have poverty figures",
        either(_count(_sdg_pov_count(True)), _count(_sdg_pov_count(False))),
        (*_SDG_KEYS,),
    ),
    Q(
        "whats the most recent poverty rate for india",
        has(_sdg_latest_india),
        (*_SDG_KEYS,),
    ),
]


HELDOUT156: list[Dataset] = [
    Dataset("microsoft_ads_keyword_report", _ms_frame, _MS_QS),
    Dataset("homebase_timesheets_export", _hb_frame, _HB_QS),
    Dataset("teachable_sales_export", _tc_frame, _TC_QS),
    Dataset("sleep_as_android_export", _sa_frame, _SA_QS),
    Dataset("cms_nursing_home_provider_info", _nh_frame, _NH_QS),
    Dataset("boston_property_assessment", _bo_frame, _BO_QS),
    Dataset("un_sdg_indicator_long", _sdg_frame, _SDG_QS),
]
