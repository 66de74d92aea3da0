"""HELDOUT80: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: the UCI
"default of credit card clients" file from Taiwan (2005, the CSV most people download) with ID, LIMIT_BAL in NT
dollars (multiples of 10,000), SEX coded 1 / 2, EDUCATION coded 1-6 with the undocumented 0, 5 and 6, MARRIAGE coded
0-3, AGE, repayment statuses PAY_0, PAY_2 ... PAY_6 (no PAY_1; -2 no use, -1 paid in full, 0 revolving, 1-8 months
late, 1 almost only in PAY_0), six monthly bill amounts BILL_AMT1..6 (a few negative), six payments PAY_AMT1..6 and
the 0 / 1 "default payment next month" column with spaces in its name; an extract of the US Forest Service's FPA FOD
wildfire records (1992-2015, the Kaggle "1.88 Million US Wildfires" table) with OBJECTID, upper-case FIRE_NAME
(blank for about half, "UNNAMED" for some), FIRE_YEAR, DISCOVERY_DATE and CONT_DATE written "2/2/2005" with their
day-of-year columns (containment blank for about two in five), STAT_CAUSE_CODE and STAT_CAUSE_DESCR ("Debris
Burning", "Lightning", "Missing/Undefined" ...), FIRE_SIZE in acres (0.01 up to tens of thousands), FIRE_SIZE_CLASS A-G,
LATITUDE / LONGITUDE, OWNER_CODE and upper-case OWNER_DESCR ("MISSING/NOT SPECIFIED", "USFS", "STATE OR PRIVATE"),
two-letter STATE, COUNTY as a FIPS number, a name or blank, and FIPS_NAME; the NASA Exoplanet Archive's Planetary
Systems Composite Parameters table (PSCompPars default columns, without the comment header) with pl_name as host
plus letter ("Kepler-90 h"), hostname, sy_snum, sy_pnum, discoverymethod ("Transit", "Radial Velocity",
"Microlensing", "Imaging" ...), disc_year, disc_facility ("Kepler", "Transiting Exoplanet Survey Satellite (TESS)",
"W. M. Keck Observatory"), pl_controv_flag, orbital period in days, semi-major axis, radius and mass in Earth and
Jupiter units with pl_bmassprov ("Mass", "Msini", "M-R relationship"), eccentricity, insolation, equilibrium
temperature, ttv_flag, a mostly blank spectral type, stellar temperature, radius, mass, metallicity with "[Fe/H]",
log g, ra / dec, distance in parsecs and V magnitude, with many blanks (no radius for most radial-velocity planets,
no period for microlensing and imaging finds); NYC Open Data's "Parking Violations Issued - Fiscal Year 2017" with
10-digit Summons Number (cameras start with 4 or 5), Plate ID, Registration State (99 when unknown, QB / ON for
Canada), Plate Type PAS / COM / OMT ..., Issue Date "06/14/2017" (fiscal year July 2016 - June 2017, a few stray
years such as 2069), Violation Code, upper-case body types ("SUBN", "4DSD") and five-letter makes ("TOYOT",
"ME/BE"), Issuing Agency letters, street codes, Vehicle Expiration Date as 20180322 or 88888888, precincts with 0
for camera tickets, Issuer Code, Violation Time "0752A" (a few written on a 24-hour clock as "1530P", a few blank),
Violation County NY / K / Q / BX / R (blank for many camera tickets), F / O, Queens-style "35-12" house numbers,
street names in mixed case, Law Section and Sub Division, the "Days Parking In Effect    " header with its trailing
spaces, colours written every way ("GY", "GREY", "SILVE"), Vehicle Year 0 when unknown (and some years in the
future), Feet From Curb and three trailing all-blank flag columns; Kaggle's Sephora products file (product_info.csv)
with "P473671" ids, brand_id and brand_name ("SEPHORA COLLECTION", "Kiehl's Since 1851"), loves_count, rating as a
four-decimal average and reviews (both blank for unreviewed products), size as "1.7 oz/ 50 mL", variation_type /
value / desc, ingredients as a bracketed list string, price_usd with mostly blank value_price_usd and
sale_price_usd, 0 / 1 flags limited_edition, new, online_only, out_of_stock and sephora_exclusive, a bracketed
highlights list, primary / secondary / tertiary categories (the last often blank) and child_count with child max and
min prices; FiveThirtyEight's daily_show_guests.csv (1999-2015) with YEAR, the misspelt GoogleKnowlege_Occupation in
lower case (a few capitalised), Show as "1/11/99", Group ("Acting", "Media", "Politician" ..., "NA" for a few
guests, "media" in lower case for some) and Raw_Guest_List, one row per guest so shows with two guests repeat their
date; and the MTA's "Daily Ridership Data: Beginning 2020" (data.ny.gov) with Date as "03/01/2020", newest first, and
for Subways, Buses, LIRR, Metro-North, Access-A-Ride ("Total Scheduled Trips"), Bridges and Tunnels ("Total
Traffic") and Staten Island Railway a total column and a whole-number "% of Comparable Pre-Pandemic Day" column (a
few Staten Island Railway days blank). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month, _table
from .heldout40 import _top_named
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _hour(value: Callable[[pd.DataFrame], float]) -> Check:
    """An hour of the day (0-23): "9 AM", "9:00 a.m.", "9-10am", "between 9 and 10 AM", "09:00" or "hour 9"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "a" if h < 12 else "p"
        patterns = [
            rf"(?<![\d:.\-–]){h12}(?::00)?\s*(?:(?:-|–|to|and)\s*\d{{1,2}}(?::\d\d)?\s*)?{half}\.?m\b",
            rf"(?<![\d:.\-–])0?{h}:[0-5]\d(?!\s*[ap]\.?m)",
            rf"\bhour\s+(?:of\s+)?0?{h}\b",
            *([r"\bnoon\b"] if h == 12 else []),
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Default of credit card clients (UCI, Taiwan 2005) ----------------------------------------------------------

_CC_DEFAULT = "default payment next month"
_CC_PAYS = ["PAY_0", *(f"PAY_{k}" for k in range(2, 7))]
_CC_BILLS = [f"BILL_AMT{k}" for k in range(1, 7)]
_CC_PAID = [f"PAY_AMT{k}" for k in range(1, 7)]
_CC_COLUMNS = ["ID", "LIMIT_BAL", "SEX", "EDUCATION", "MARRIAGE", "AGE", *_CC_PAYS, *_CC_BILLS, *_CC_PAID, _CC_DEFAULT]
_CC_EDUCATION = "1:35;2:46.7;3:16.4;4:0.4;5:0.9;6:0.2;0:0.06"
# education code: credit limit multiplier, risk shift
_CC_EDU_EFFECT = {
    0: (1.3, -0.6),
    1: (1.45, -0.2),
    2: (0.95, 0.08),
    3: (0.72, 0.12),
    4: (1.3, -0.9),
    5: (1.1, -0.7),
    6: (1.0, -0.3),
}


def _cc_statuses(rng: np.random.Generator, late: bool) -> list[int]:
    """Repayment statuses PAY_0 (latest) to PAY_6."""
    if late:
        latest = int(_draw(rng, "1:22;2:63;3:9;4:3;5:1.2;6:0.8;7:0.5;8:0.5"))
        older = [int(_draw(rng, "0:30;2:48;3:10;-1:8;4:2;5:1;6:1")) for _ in range(5)]
        return [latest, *older]
    style = int(_draw(rng, "-2:12;-1:26;0:62"))
    older = [style if rng.random() < 0.85 else int(_draw(rng, "-2:10;-1:30;0:60")) for _ in range(5)]
    latest = older[0] if rng.random() < 0.9 else int(_draw(rng, "-2:10;-1:30;0:60"))
    if rng.random() < (0.3 if style < 0 else 0.08):
        latest = 1
    return [latest, *older]


def _cc_money(rng: np.random.Generator, limit: int, statuses: list[int], late: bool) -> tuple[list[int], list[int]]:
    """Bills (newest first) and the payments made in each month."""
    use = float(np.clip(rng.beta(1.3, 2.5) * (1.4 if late else 1.0), 0.0, 1.1))
    bills: list[int] = []
    level = limit * use
    for status in reversed(statuses):
        level = max(0.0, level * float(rng.lognormal(0, 0.12)) + (0.03 * limit if status > 0 else 0.0))
        bill = 0 if status == -2 and rng.random() < 0.7 else round(level)
        if rng.random() < 0.02:
            bill = -int(rng.integers(1, 4000))
        bills.append(bill)
    bills.reverse()
    paid: list[int] = []
    for k, status in enumerate(statuses):
        before = bills[k + 1] if k + 1 < len(bills) else bills[k]
        if status == -1:
            pay = max(0, before)
        elif status == 0:
            pay = round(max(0, before) * float(rng.uniform(0.03, 0.15)))
        elif status == -2:
            pay = 0 if rng.random() < 0.6 else int(rng.integers(100, 5000))
        else:
            pay = 0 if rng.random() < 0.5 else int(rng.integers(500, 4000))
        paid.append(int(pay))
    return bills, paid


def _credit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8001)
    rows: list[dict[str, Any]] = []
    for i in range(3000):
        sex = 2 if rng.random() < 0.6 else 1
        education = int(_draw(rng, _CC_EDUCATION))
        age = int(np.clip(round(21 + rng.gamma(2.6, 5.2)), 21, 79))
        married = rng.random() < float(np.clip(0.08 + 0.022 * (age - 22), 0.08, 0.75))
        r = rng.random()
        marriage = 0 if r < 0.002 else 3 if r < 0.013 else 1 if married else 2
        mult, shift = _CC_EDU_EFFECT[education]
        raw = 130000 * mult * (1 + 0.012 * (age - 35)) * float(rng.lognormal(0, 0.7))
        limit = int(np.clip(round(raw / 10000) * 10000, 10000, 1000000))
        risk = float(rng.normal(0, 1)) + shift - 0.45 * np.log(limit / 140000) + (0.1 if sex == 1 else 0.0)
        late = rng.random() < 1 / (1 + np.exp(-1.8 * (risk - 1.5)))
        statuses = _cc_statuses(rng, late)
        bills, paid = _cc_money(rng, limit, statuses, late)
        bump = 1.9 if statuses[0] >= 2 else 0.8 if statuses[0] == 1 else 0.0
        logit = -1.75 + 0.35 * risk + bump + (0.25 if sum(s > 0 for s in statuses) >= 3 else 0.0)
        default = int(rng.random() < 1 / (1 + np.exp(-logit)))
        rows.append(
            {
                "ID": i + 1,
                "LIMIT_BAL": limit,
                "SEX": sex,
                "EDUCATION": education,
                "MARRIAGE": marriage,
                "AGE": age,
                **dict(zip(_CC_PAYS, statuses, strict=True)),
                **dict(zip(_CC_BILLS, bills, strict=True)),
                **dict(zip(_CC_PAID, paid, strict=True)),
                _CC_DEFAULT: default,
            }
        )
    return pd.DataFrame(rows)[_CC_COLUMNS]


def _cc_defaulted(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d[_CC_DEFAULT], errors="coerce") == 1


def _cc_limits(d: pd.DataFrame) -> list[float]:
    """Mean credit limit of those who defaulted and of those who did not."""
    hit = _cc_defaulted(d)
    return [float(d.loc[hit, "LIMIT_BAL"].mean()), float(d.loc[~hit, "LIMIT_BAL"].mean())]


def _cc_late(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["PAY_0"], errors="coerce") >= 2


_CC_ID = ("ID",)
_CREDIT_QS = [
    Q(
        "what % of clients defaulted next month?",
        _share(lambda d: float(_cc_defaulted(d).mean())),
        (*_CC_ID, _CC_DEFAULT),
    ),
    Q(
        "avg credit limit for people who defaulted vs those who didnt",
        _scaled(_cc_limits, (1e3, 1e6)),
        (*_CC_ID, "LIMIT_BAL", _CC_DEFAULT),
    ),
    Q(
        "is age correlated with the credit limit?",
        _corr(lambda d: d["AGE"], lambda d: d["LIMIT_BAL"]),
        (*_CC_ID, "AGE", "LIMIT_BAL"),
    ),
    Q(
        "default rate for each education code",
        _shares(lambda d: [float(_cc_defaulted(d)[d["EDUCATION"] == k].mean()) for k in (1, 2, 3)]),
        (*_CC_ID, "EDUCATION", _CC_DEFAULT),
    ),
    Q(
        "how many people have a PAY_0 of 2 or more",
        _count(lambda d: float(_cc_late(d).sum())),
        (*_CC_ID, "PAY_0"),
    ),
    Q(
        "and what share of them defaulted?",
        _share(lambda d: float(_cc_defaulted(d)[_cc_late(d)].mean())),
        (*_CC_ID, "PAY_0", _CC_DEFAULT),
    ),
]


# --- 2. US wildfires (FPA FOD 1992-2015, Kaggle "1.88 Million US Wildfires") ---------------------------------------

# state: weight, latitude, longitude, western (bigger fires)
_WF_STATES: dict[str, tuple[float, float, float, bool]] = {
    "CA": (10.5, 37.5, -120.5, True),
    "GA": (8.0, 32.7, -83.4, False),
    "TX": (7.0, 31.2, -98.5, False),
    "NC": (5.5, 35.5, -79.4, False),
    "FL": (4.7, 28.6, -82.2, False),
    "SC": (4.5, 33.9, -80.9, False),
    "NY": (4.0, 42.9, -75.5, False),
    "MS": (3.6, 32.7, -89.7, False),
    "AZ": (3.6, 34.3, -111.7, True),
    "AL": (3.5, 32.8, -86.8, False),
    "OR": (3.0, 44.0, -120.6, True),
    "MN": (2.6, 46.3, -94.3, False),
    "OK": (2.6, 35.6, -97.5, False),
    "MT": (2.4, 46.9, -110.0, True),
    "NM": (2.4, 34.4, -106.1, True),
    "ID": (1.9, 44.4, -114.6, True),
    "CO": (1.8, 39.0, -105.5, True),
    "WA": (1.8, 47.4, -120.5, True),
    "KY": (1.6, 37.5, -85.3, False),
    "UT": (1.5, 39.3, -111.7, True),
    "AR": (1.5, 34.9, -92.4, False),
    "LA": (1.5, 31.1, -92.0, False),
    "TN": (1.3, 35.9, -86.4, False),
    "NV": (1.0, 39.3, -116.6, True),
    "SD": (1.0, 44.4, -100.2, False),
    "WY": (0.9, 43.0, -107.5, True),
    "VA": (0.9, 37.5, -78.8, False),
    "WV": (0.8, 38.6, -80.6, False),
    "NJ": (0.8, 40.1, -74.6, False),
    "AK": (0.6, 63.5, -150.0, True),
}
# cause: code, weight, size shift (log acres), months
_WF_CAUSES: dict[str, tuple[int, float, float, str]] = {
    "Debris Burning": (5, 23, -0.2, "spring"),
    "Miscellaneous": (9, 17, 0.0, "any"),
    "Arson": (7, 15, 0.3, "spring"),
    "Lightning": (1, 15, 0.9, "summer"),
    "Missing/Undefined": (13, 9, -0.3, "any"),
    "Equipment Use": (2, 8, 0.1, "any"),
    "Campfire": (4, 4, -0.4, "summer"),
    "Children": (8, 3, -0.5, "spring"),
    "Smoking": (3, 3, -0.3, "any"),
    "Railroad": (6, 1.7, 0.2, "any"),
    "Powerline": (11, 0.8, 0.4, "any"),
    "Fireworks": (10, 0.6, -0.3, "july"),
    "Structure": (12, 0.2, -1.0, "any"),
}
_WF_MONTHS = {
    "spring": "1:6;2:9;3:17;4:15;5:8;6:5;7:5;8:5;9:5;10:8;11:9;12:6",
    "summer": "4:3;5:8;6:24;7:32;8:23;9:8;10:2",
    "july": "1:8;6:12;7:75;12:5",
    "any": "1:6;2:7;3:10;4:10;5:8;6:9;7:11;8:10;9:8;10:8;11:7;12:6",
}
_WF_YEARS = (
    "1992:3.5;1993:3.2;1994:3.6;1995:3.5;1996:3.9;1997:3.3;1998:3.6;1999:4.3;2000:4.6;2001:4.5;2002:4.1;2003:4.0;"
    "2004:3.7;2005:4.5;2006:6.0;2007:5.2;2008:4.7;2009:4.3;2010:4.2;2011:4.9;2012:3.9;2013:3.2;2014:3.6;2015:3.8"
)
_WF_OWNERS = {
    "MISSING/NOT SPECIFIED": (14, 40),
    "PRIVATE": (8, 23),
    "USFS": (5, 10),
    "STATE OR PRIVATE": (13, 8),
    "BLM": (1, 6),
    "STATE": (7, 4),
    "BIA": (2, 3),
    "NPS": (3, 1),
    "FWS": (4, 1),
    "MUNICIPAL/LOCAL": (12, 1),
    "TRIBAL": (9, 0.5),
    "OTHER FEDERAL": (6, 0.5),
    "COUNTY": (11, 0.5),
    "UNDEFINED FEDERAL": (15, 0.3),
    "BOR": (0, 0.2),
}
_WF_COUNTIES = _split(
    "Lake;Washington;Jefferson;Franklin;Madison;Clay;Marion;Lincoln;Polk;Jackson;Douglas;Grant;Butte;Shasta;Baker;"
    "Union;Wayne;Monroe;Pike;Lee;Greene;Sumter;Plumas;Coconino;Apache;Kern;Riverside;Harris;Burke;Columbia"
)
_WF_NAMES = _split(
    "UNNAMED;LIGHTNING;BRUSH;GRASS FIRE;DEBRIS;HWY 1;I-10;RAILROAD;BEAR CREEK;DEER CREEK;PINE RIDGE;MILL;SMITH;"
    "COTTONWOOD;CEDAR;MESA;CANYON;RIDGE;OAK;WILLOW;SPRING;BALD MTN;COUNTY LINE;POWERLINE;SADDLE;HORSE;ROCK;ELK"
)
_WF_COLUMNS = _split(
    "OBJECTID;FIRE_NAME;FIRE_YEAR;DISCOVERY_DATE;DISCOVERY_DOY;STAT_CAUSE_CODE;STAT_CAUSE_DESCR;CONT_DATE;CONT_DOY;"
    "FIRE_SIZE;FIRE_SIZE_CLASS;LATITUDE;LONGITUDE;OWNER_CODE;OWNER_DESCR;STATE;COUNTY;FIPS_NAME"
)


def _wf_class(acres: float) -> str:
    for top, letter in ((0.25, "A"), (9.99, "B"), (99.99, "C"), (299.99, "D"), (999.99, "E"), (4999.99, "F")):
        if acres <= top:
            return letter
    return "G"


def _wf_acres(rng: np.random.Generator, shift: float, west: bool, lightning: bool) -> float:
    size = float(rng.lognormal(-1.6 + shift + (0.9 if west else 0.0), 2.0))
    if rng.random() < 0.035 + 0.03 * west + 0.02 * lightning:
        size = min(10.0 / (1.0 - float(rng.random())) ** 2, 400000.0)
    if size < 1:
        return max(0.01, round(size, 2))
    return round(size, 1) if size < 100 else float(round(size))


def _wf_name(rng: np.random.Generator) -> str | None:
    r = rng.random()
    if r < 0.5:
        return None
    if r < 0.6:
        return "UNNAMED"
    name = str(_one(rng, _WF_NAMES))
    return f"{name} {int(rng.integers(1, 60))}" if rng.random() < 0.2 else name


def _wildfire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8002)
    states, causes, owners = list(_WF_STATES), list(_WF_CAUSES), list(_WF_OWNERS)
    rows: list[dict[str, Any]] = []
    for _ in range(4000):
        state = str(_one(rng, states, [v[0] for v in _WF_STATES.values()]))
        _w, lat, lon, west = _WF_STATES[state]
        cause = str(_one(rng, causes, [v[1] for v in _WF_CAUSES.values()]))
        code, _cw, shift, season = _WF_CAUSES[cause]
        year = int(_draw(rng, _WF_YEARS))
        month = int(_draw(rng, _WF_MONTHS[season]))
        found = pd.Timestamp(year, month, int(rng.integers(1, pd.Timestamp(year, month, 1).days_in_month + 1)))
        acres = _wf_acres(rng, shift, west, cause == "Lightning")
        out: pd.Timestamp | None = None
        if rng.random() > 0.4:
            days = 0 if rng.random() < 0.6 else int(rng.poisson(0.5 + acres**0.35 / 4))
            out = found + pd.Timedelta(days=days)
        owner = str(_one(rng, owners, [v[1] * (2.5 if west and v[0] in (1, 5) else 1) for v in _WF_OWNERS.values()]))
        r = rng.random()
        county: str | None = None
        fips: str | None = None
        if r > 0.4:
            fips = str(_one(rng, _WF_COUNTIES))
            county = str(2 * int(rng.integers(0, 100)) + 1) if r < 0.7 else fips
        rows.append(
            {
                "FIRE_NAME": _wf_name(rng),
                "FIRE_YEAR": year,
                "DISCOVERY_DATE": f"{found.month}/{found.day}/{found.year}",
                "DISCOVERY_DOY": found.day_of_year,
                "STAT_CAUSE_CODE": float(code),
                "STAT_CAUSE_DESCR": cause,
                "CONT_DATE": None if out is None else f"{out.month}/{out.day}/{out.year}",
                "CONT_DOY": None if out is None else float(out.day_of_year),
                "FIRE_SIZE": acres,
                "FIRE_SIZE_CLASS": _wf_class(acres),
                "LATITUDE": round(lat + float(rng.normal(0, 1.1)), 6),
                "LONGITUDE": round(lon + float(rng.normal(0, 1.4)), 6),
                "OWNER_CODE": float(_WF_OWNERS[owner][0]),
                "OWNER_DESCR": owner,
                "STATE": state,
                "COUNTY": county,
                "FIPS_NAME": fips,
            }
        )
    frame = pd.DataFrame(rows)
    frame.insert(0, "OBJECTID", np.sort(rng.choice(np.arange(1, 1_880_466), len(frame), replace=False)))
    return frame[_WF_COLUMNS]


def _wf_acres_by_year(d: pd.DataFrame) -> pd.Series:
    return d.groupby(d["FIRE_YEAR"].astype(int))["FIRE_SIZE"].sum()


def _wf_mean_size(d: pd.DataFrame) -> list[float]:
    cause = _text(d["STAT_CAUSE_DESCR"])
    return [float(d.loc[cause == c, "FIRE_SIZE"].mean()) for c in ("Lightning", "Arson")]


def _wf_top_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["DISCOVERY_DATE"], format="%m/%d/%Y").dt.month
    return pd.Timestamp(2000, int(_top(months.value_counts())), 1)


def _wf_huge(d: pd.DataFrame) -> pd.Series:
    return _text(d["FIRE_SIZE_CLASS"]) == "G"


_WF_ID = ("OBJECTID",)
_WILDFIRE_QS = [
    Q(
        "whats the most common cause of fires",
        _lead(_named(lambda d: _top(_text(d["STAT_CAUSE_DESCR"]).value_counts()))),
        (*_WF_ID, "STAT_CAUSE_DESCR", "STAT_CAUSE_CODE"),
    ),
    Q(
        "which year had the most acres burned?",
        _lead(_year(lambda d: float(_top(_wf_acres_by_year(d))))),
        (*_WF_ID, "FIRE_YEAR", "FIRE_SIZE", "DISCOVERY_DATE"),
    ),
    Q(
        "average size of lightning fires vs arson fires",
        _about(_wf_mean_size, rel=0.01),
        (*_WF_ID, "STAT_CAUSE_DESCR", "STAT_CAUSE_CODE", "FIRE_SIZE"),
    ),
    Q(
        "which month do the most fires start in",
        _lead(_month(_wf_top_month)),
        (*_WF_ID, "DISCOVERY_DATE", "DISCOVERY_DOY", "FIRE_YEAR"),
    ),
    Q(
        "how many fires were class G?",
        _count(lambda d: float(_wf_huge(d).sum())),
        (*_WF_ID, "FIRE_SIZE_CLASS", "FIRE_SIZE"),
    ),
    Q(
        "what share of all the acres burned came from those?",
        _share(lambda d: float(d.loc[_wf_huge(d), "FIRE_SIZE"].sum() / d["FIRE_SIZE"].sum())),
        (*_WF_ID, "FIRE_SIZE_CLASS", "FIRE_SIZE"),
    ),
]


# --- 3. NASA Exoplanet Archive, Planetary Systems Composite Parameters (PSCompPars) --------------------------------

# kind: systems weight, method, facilities, host pattern, discovery years
_EX_KINDS: dict[str, tuple[float, str, str, str, str]] = {
    "kepler": (
        36,
        "Transit:100",
        "Kepler:100",
        "Kepler-{n}:95;KOI-{n}:5",
        "2010:1;2011:3;2012:3;2013:5;2014:22;2015:4;2016:40;2017:4;2018:6;2019:3;2020:2;2021:3;2022:2;2023:2",
    ),
    "k2": (
        7,
        "Transit:100",
        "K2:100",
        "K2-{n}:100",
        "2015:3;2016:15;2017:10;2018:20;2019:10;2020:6;2021:8;2022:6;2023:5",
    ),
    "tess": (
        13,
        "Transit:100",
        "Transiting Exoplanet Survey Satellite (TESS):100",
        "TOI-{n}:85;LHS {n}:5;LTT {n}:5;GJ {n}:5",
        "2019:8;2020:12;2021:18;2022:26;2023:30",
    ),
    "wasp": (
        4,
        "Transit:100",
        "SuperWASP:80;SuperWASP-South:20",
        "WASP-{n}:100",
        "2007:4;2008:5;2010:8;2011:10;2012:8",
    ),
    "hat": (
        3,
        "Transit:100",
        "HATNet:80;HATSouth:20",
        "HAT-P-{n}:70;HATS-{n}:30",
        "2008:5;2010:6;2012:8;2015:8;2018:5",
    ),
    "rv": (
        17,
        "Radial Velocity:100",
        "W. M. Keck Observatory:22;La Silla Observatory:30;Haute-Provence Observatory:8;Lick Observatory:6;"
        "Okayama Astrophysical Observatory:5;Calar Alto Observatory:6;Roque de los Muchachos Observatory:8;"
        "McDonald Observatory:5;Anglo-Australian Telescope:5;Las Campanas Observatory:5",
        "HD {n}:60;GJ {n}:12;HIP {n}:20;BD+{n}:8",
        "1996:2;1999:3;2000:4;2002:4;2004:4;2006:5;2008:5;2009:6;2011:7;2012:6;2013:5;2014:6;2016:6;2017:6;"
        "2018:6;2019:7;2020:6;2021:6;2022:6;2023:6",
    ),
    "micro": (
        4,
        "Microlensing:100",
        "OGLE:40;KMTNet:45;MOA:15",
        "{f}-{y}-BLG-{n}L:100",
        "2008:2;2012:4;2016:8;2017:10;2018:12;2019:14;2020:10;2021:12;2022:14;2023:14",
    ),
    "imaging": (
        1.5,
        "Imaging:100",
        "Paranal Observatory:40;Gemini Observatory:30;W. M. Keck Observatory:20;Subaru Telescope:10",
        "2MASS J{n}+{m}:50;HD {n}:30;HIP {n}:20",
        "2004:2;2008:6;2010:6;2013:8;2014:6;2016:6;2018:6;2020:6;2022:8",
    ),
    "ttv": (0.6, "Transit Timing Variations:100", "Kepler:100", "Kepler-{n}:100", "2013:4;2014:4;2016:6;2019:4"),
    "other": (
        0.6,
        "Eclipse Timing Variations:40;Orbital Brightness Modulation:25;Pulsar Timing:20;Astrometry:15",
        "Kepler:50;Multiple Observatories:30;Arecibo Observatory:20",
        "Kepler-{n}:60;PSR B{n}+{m}:20;KIC {n}:20",
        "1992:2;2011:4;2014:4;2016:4;2019:4;2022:4",
    ),
}
_EX_DISTANCE = {
    "kepler": 600,
    "k2": 200,
    "tess": 90,
    "wasp": 280,
    "hat": 300,
    "rv": 40,
    "micro": 4000,
    "imaging": 60,
    "ttv": 700,
    "other": 500,
}
_EX_COLUMNS = _split(
    "pl_name;hostname;sy_snum;sy_pnum;discoverymethod;disc_year;disc_facility;pl_controv_flag;pl_orbper;pl_orbsmax;"
    "pl_rade;pl_radj;pl_bmasse;pl_bmassj;pl_bmassprov;pl_orbeccen;pl_insol;pl_eqt;ttv_flag;st_spectype;st_teff;st_rad;"
    "st_mass;st_met;st_metratio;st_logg;ra;dec;sy_dist;sy_vmag"
)
_EX_LETTERS = "bcdefghi"


def _ex_host(rng: np.random.Generator, kind: str, used: set[str], year: int, facility: str) -> str:
    def make(g: np.random.Generator) -> str:
        pattern = _draw(g, _EX_KINDS[kind][3])
        n = int(g.integers(2, 2000)) if kind in ("kepler", "ttv") else int(g.integers(2, 9000))
        if pattern.startswith("{f}"):
            short = {"OGLE": "OGLE", "KMTNet": "KMT", "MOA": "MOA"}[facility]
            return pattern.format(f=short, y=year, n=f"{int(g.integers(1, 2000)):04d}")
        return pattern.format(n=n, m=f"{int(g.integers(1, 90)):02d}")

    used.add("Kepler-90")
    used.add("TRAPPIST-1")
    return _unique(rng, make, used)


def _ex_star(rng: np.random.Generator, kind: str, host: str) -> dict[str, Any]:
    dwarf = host.startswith(("GJ", "LHS", "LTT")) or (kind == "tess" and rng.random() < 0.2)
    teff = float(rng.normal(3400, 250) if dwarf else rng.normal(5600 if kind != "rv" else 5400, 700))
    teff = float(np.clip(round(teff), 2600, 11000))
    giant = kind == "rv" and rng.random() < 0.12
    rad = float(rng.uniform(4, 15)) if giant else (teff / 5778) ** 1.6 * float(rng.lognormal(0, 0.15))
    mass = float(np.clip((teff / 5778) ** 1.9 * float(rng.lognormal(0, 0.1)) * (1.3 if giant else 1.0), 0.08, 3.0))
    dist = float(rng.lognormal(np.log(_EX_DISTANCE[kind]), 0.55))
    snum = int(_draw(rng, "1:92;2:7;3:1"))
    micro = kind == "micro"
    return {
        "sy_snum": snum,
        "st_teff": None if (micro and rng.random() < 0.8) or rng.random() < 0.03 else teff,
        "st_rad": None if micro or rng.random() < 0.04 else round(rad, 2),
        "st_mass": round(mass, 2) if rng.random() > 0.02 else None,
        "st_met": None if micro or rng.random() < 0.15 else round(float(rng.normal(0.02, 0.2)), 2),
        "st_logg": None if micro or rng.random() < 0.08 else round(float(4.44 + np.log10(mass / rad**2)), 2),
        "ra": round(float(rng.uniform(0, 360)), 7),
        "dec": round(float(rng.uniform(-80, 80)), 7),
        "sy_dist": None if (micro and rng.random() < 0.5) or rng.random() < 0.02 else round(dist, 4),
        "sy_vmag": None if micro else round(float(np.clip(4.8 + 5 * np.log10(dist / 10) + rng.normal(0, 1), 2, 19)), 3),
        "st_spectype": None if rng.random() < 0.7 else ("M3 V" if dwarf else str(_one(rng, ["G2 V", "K1 V", "F8"]))),
    }


def _ex_planet(rng: np.random.Generator, kind: str, star: dict[str, Any]) -> dict[str, Any]:
    transit = kind in ("kepler", "k2", "tess", "ttv")
    hot = kind in ("wasp", "hat")
    period: float | None
    radius: float | None
    mass: float | None
    if transit:
        period = float(np.clip(rng.lognormal(np.log(12), 1.1), 0.3, 700))
        radius = float(np.clip(rng.lognormal(np.log(2.3), 0.6), 0.3, 25))
    elif hot:
        period = float(rng.lognormal(np.log(3.5), 0.4))
        radius = float(np.clip(rng.normal(14, 2.5), 8, 22))
    elif kind == "rv":
        period = float(np.clip(rng.lognormal(np.log(350), 1.6), 1, 40000))
        radius = None
    else:
        period = float(rng.lognormal(np.log(3000), 1.0)) if kind == "other" else None
        radius = float(np.clip(rng.normal(13, 2), 8, 20)) if kind == "imaging" and rng.random() < 0.6 else None
    prov: str | None = "Mass"
    if kind == "rv":
        mass, prov = float(np.clip(rng.lognormal(np.log(200), 1.4), 1, 10000)), "Msini"
        if rng.random() < 0.3:
            radius = float(np.clip(1.0 * mass**0.55, 1, 14))
    elif kind == "micro":
        mass = float(rng.lognormal(np.log(150), 1.5))
    elif kind == "imaging":
        mass = float(rng.lognormal(np.log(2500), 0.6))
    elif radius is not None and radius > 8:
        mass = float(rng.lognormal(np.log(300), 0.8))
    elif radius is not None:
        mass, prov = 2.7 * radius**1.3 * float(rng.lognormal(0, 0.3)), "M-R relationship"
    else:
        mass = None
    if rng.random() < {"kepler": 0.22, "k2": 0.15, "tess": 0.12, "ttv": 0.2}.get(kind, 0.03):
        mass, prov = None, None
    smax = None
    if period is not None and star["st_mass"] is not None:
        smax = (period / 365.25) ** (2 / 3) * float(star["st_mass"]) ** (1 / 3)
    eqt = None
    if smax is not None and star["st_teff"] is not None and star["st_rad"] is not None:
        eqt = float(star["st_teff"]) * np.sqrt(float(star["st_rad"]) * 0.00465 / (2 * smax))
        if rng.random() < (0.7 if kind == "rv" else 0.2):
            eqt = None
    insol = None if eqt is None else (eqt / 278.0) ** 4
    return {
        "pl_controv_flag": int(rng.random() < 0.01),
        "pl_orbper": None if period is None else round(period, 6),
        "pl_orbsmax": None if smax is None else round(smax, 5),
        "pl_rade": None if radius is None else round(radius, 2),
        "pl_radj": None if radius is None else round(radius / 11.209, 3),
        "pl_bmasse": None if mass is None else round(mass, 2),
        "pl_bmassj": None if mass is None else round(mass / 317.8, 4),
        "pl_bmassprov": prov,
        "pl_orbeccen": None if rng.random() < 0.5 else round(float(rng.beta(0.9, 4) if kind == "rv" else 0.0), 3),
        "pl_insol": None if insol is None else round(float(insol), 2),
        "pl_eqt": None if eqt is None else float(round(eqt)),
        "ttv_flag": int(kind == "ttv" or rng.random() < 0.04),
    }


def _ex_system(rng: np.random.Generator, kind: str, used: set[str]) -> list[dict[str, Any]]:
    _w, method, facilities, _hosts, years = _EX_KINDS[kind]
    year = int(_draw(rng, years))
    facility = _draw(rng, facilities)
    host = _ex_host(rng, kind, used, year, facility)
    star = _ex_star(rng, kind, host)
    count = int(_draw(rng, "1:60;2:20;3:10;4:6;5:3;6:1" if kind == "kepler" else "1:80;2:13;3:5;4:2"))
    found = _draw(rng, method)
    rows = []
    for k in range(count):
        later = year + (int(rng.integers(0, 4)) if k and rng.random() < 0.3 else 0)
        rows.append(
            {
                "pl_name": f"{host} {_EX_LETTERS[k]}",
                "hostname": host,
                "sy_pnum": count,
                "discoverymethod": found,
                "disc_year": min(later, 2023),
                "disc_facility": facility,
                **star,
                **_ex_planet(rng, kind, star),
            }
        )
    return rows


def _ex_named(rng: np.random.Generator, host: str, count: int, years: list[int], facility: str) -> list[dict]:
    """A famous crowded system (a Kepler star or a cool dwarf), every planet found by transit."""
    star = _ex_star(rng, "kepler", host)
    star["sy_dist"] = round(float(rng.lognormal(np.log(600 if host.startswith("Kepler") else 15), 0.2)), 4)
    star["sy_snum"] = 1
    return [
        {
            "pl_name": f"{host} {_EX_LETTERS[k]}",
            "hostname": host,
            "sy_pnum": count,
            "discoverymethod": "Transit",
            "disc_year": years[k],
            "disc_facility": facility,
            **star,
            **_ex_planet(rng, "kepler", star),
        }
        for k in range(count)
    ]


def _exoplanet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8003)
    kinds = list(_EX_KINDS)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    while len(rows) < 1400:
        rows.extend(_ex_system(rng, str(_one(rng, kinds, [v[0] for v in _EX_KINDS.values()])), used))
    rows.extend(_ex_named(rng, "Kepler-90", 8, [2013] * 7 + [2017], "Kepler"))
    trappist = "Transiting Planets and Planetesimals Small Telescope (TRAPPIST)"
    rows.extend(_ex_named(rng, "TRAPPIST-1", 7, [2016, 2016] + [2017] * 5, trappist))
    frame = pd.DataFrame(rows)
    frame["st_metratio"] = np.where(frame["st_met"].notna(), "[Fe/H]", None)
    frame = frame.sort_values("pl_name", kind="stable", ignore_index=True)
    return frame[_EX_COLUMNS]


def _ex_host_counts(d: pd.DataFrame) -> pd.Series:
    return _text(d["hostname"]).value_counts()


def _ex_crowded(d: pd.DataFrame) -> str:
    return _top(_ex_host_counts(d))


def _ex_distance(d: pd.DataFrame) -> float:
    return float(d.loc[_text(d["hostname"]) == _ex_crowded(d), "sy_dist"].dropna().iloc[0])


_EX_ID = ("pl_name",)
_EXOPLANET_QS = [
    Q(
        "how many planets were found with each discovery method?",
        _count(lambda d: [float(n) for n in _text(d["discoverymethod"]).value_counts().iloc[:4]]),
        (*_EX_ID, "discoverymethod"),
    ),
    Q(
        "what year were the most planets discovered",
        _lead(_year(lambda d: float(_top(d["disc_year"].astype(int).astype(str).value_counts())))),
        (*_EX_ID, "disc_year"),
    ),
    Q(
        "average radius of the planets found by transit, in earth radii",
        has(lambda d: float(d.loc[_text(d["discoverymethod"]) == "Transit", "pl_rade"].mean()), rel=0.01),
        (*_EX_ID, "discoverymethod", "pl_rade"),
    ),
    Q(
        "how many planets are missing a mass?",
        _count(lambda d: float(d["pl_bmasse"].isna().sum())),
        (*_EX_ID, "pl_bmasse", "pl_bmassj", "pl_bmassprov"),
    ),
    Q(
        "which star has the most planets",
        _lead(_named(_ex_crowded)),
        (*_EX_ID, "hostname", "sy_pnum"),
    ),
    Q(
        "how far away is it?",
        either(has(_ex_distance, rel=0.01), has(lambda d: 3.26156 * _ex_distance(d), rel=0.01)),
        (*_EX_ID, "hostname", "sy_pnum", "sy_dist"),
    ),
]


# --- 4. NYC parking violations issued, fiscal year 2017 (NYC Open Data) --------------------------------------------

# violation code: weight, hours, law section, sub division, camera
_PV_CODES: dict[int, tuple[float, str, int, str, bool]] = {
    21: (13, "8:25;9:45;11:22;12:8", 408, "d1", False),
    36: (11, "camera", 1180, "b", True),
    38: (10, "meter", 408, "h1", False),
    14: (9, "day", 408, "c", False),
    37: (6, "meter", 408, "h1", False),
    46: (6, "day", 408, "f1", False),
    20: (5, "day", 408, "d", False),
    71: (4, "day", 408, "j6", False),
    7: (4, "camera", 1111, "d", True),
    40: (4, "day", 408, "e2", False),
    19: (3, "day", 408, "c3", False),
    16: (3, "day", 408, "k2", False),
    70: (3, "day", 408, "j1", False),
    31: (3, "meter", 408, "h4", False),
    69: (2, "meter", 408, "h5", False),
    47: (2, "day", 408, "l2", False),
    17: (2, "day", 408, "c5", False),
    50: (1.5, "day", 408, "e1", False),
    48: (1.5, "day", 408, "l1", False),
    45: (1, "day", 408, "f2", False),
    42: (1, "meter", 408, "h2", False),
    10: (1, "day", 408, "c2", False),
    24: (1, "day", 408, "l4", False),
    98: (1, "day", 408, "e6", False),
    74: (1, "day", 408, "k1", False),
    84: (0.5, "day", 408, "j2", False),
    53: (0.5, "day", 408, "c4", False),
    78: (0.5, "night", 408, "k4", False),
}
_PV_HOURS = {
    "day": "0:0.8;1:0.6;2:0.4;3:0.3;4:0.3;5:0.5;6:1.5;7:4;8:7;9:8;10:8;11:8;12:7;13:7.5;14:7;15:6;16:5;17:4;18:3;"
    "19:2;20:1.5;21:1.2;22:1;23:0.9",
    "meter": "8:3;9:8;10:10;11:10;12:10;13:10;14:10;15:9;16:8;17:7;18:5",
    "camera": "6:4;7:8;8:9;9:8;10:7;11:7;12:7;13:7;14:8;15:9;16:8;17:7;18:6;19:5",
    "night": "0:10;1:10;2:8;3:6;4:5;5:4;20:6;21:8;22:10;23:10",
}
# county: weight, precincts, streets
_PV_COUNTIES: dict[str, tuple[float, tuple[int, int], str]] = {
    "NY": (36, (1, 34), "Broadway;3rd Ave;Lexington Ave;Madison Ave;2nd Ave;1st Ave;W 42nd St;E 57th St;8th Ave"),
    "K": (24, (60, 94), "Bedford Ave;Flatbush Ave;Atlantic Ave;86th St;Kings Hwy;Nostrand Ave;Church Ave"),
    "Q": (23, (100, 115), "Queens Blvd;Roosevelt Ave;Northern Blvd;Jamaica Ave;Main St;37th Ave;Steinway St"),
    "BX": (14, (40, 52), "Grand Concourse;E Fordham Rd;Jerome Ave;Westchester Ave;White Plains Rd;E Tremont Ave"),
    "R": (3, (120, 123), "Hylan Blvd;Richmond Ave;Victory Blvd;Forest Ave;Bay St"),
}
_PV_CAMERA_STREETS = _split(
    "WB ATLANTIC AVE @ BO;EB QUEENS BLVD @ 67;NB GRAND CONCOURSE @;SB HYLAN BLVD @ GUY;WB FLATBUSH AVE @ AV;"
    "EB NORTHERN BLVD @ 2;NB WEBSTER AVE @ E 1;SB CROSS BAY BLVD @"
)
_PV_STATES = (
    "NY:77;NJ:9;PA:2.8;FL:1.7;CT:1.4;MA:0.8;IN:0.8;VA:0.6;MD:0.5;NC:0.5;TX:0.4;IL:0.35;GA:0.35;99:0.35;OH:0.3;"
    "AZ:0.3;CA:0.25;ME:0.3;MN:0.25;SC:0.2;DE:0.2;TN:0.2;OK:0.15;RI:0.15;VT:0.15;QB:0.1;ON:0.1"
)
_PV_BODIES = "SUBN:33;4DSD:28;VAN:13;DELV:6;PICK:3;2DSD:3;SDN:2;REFG:1;TRAC:1;TAXI:1;UTIL:1;:0.5"
_PV_MAKES = (
    "TOYOT:11;HONDA:10;FORD:12;NISSA:8;CHEVR:7;FRUEH:3;ME/BE:4;BMW:3.5;DODGE:4;JEEP:3;HYUND:3;INTER:2;LEXUS:2.5;"
    "ISUZU:2;ACURA:1.5;SUBAR:1.5;VOLKS:1.5;GMC:2;INFIN:1.5;AUDI:1.3;KIA:1.2;MAZDA:1;CADIL:0.6;LINCO:0.5"
)
_PV_COLORS = (
    "GY:16;WH:15;BK:13;WHITE:8;BLACK:6;GREY:4;BL:5;RD:3;SILVE:3;BLUE:2;RED:2;BROWN:1;GR:1;TN:1;OTHER:1;GRY:1;WHT:1;:1"
)
_PV_COLUMNS = [
    *_split(
        "Summons Number;Plate ID;Registration State;Plate Type;Issue Date;Violation Code;Vehicle Body Type;"
        "Vehicle Make;Issuing Agency;Street Code1;Street Code2;Street Code3;Vehicle Expiration Date;"
        "Violation Location;Violation Precinct;Issuer Precinct;Issuer Code;Violation Time;Violation County;"
        "Violation In Front Of Or Opposite;House Number;Street Name;Intersecting Street;Law Section;Sub Division"
    ),
    "Days Parking In Effect    ",
    *_split(
        "Vehicle Color;Vehicle Year;Feet From Curb;No Standing or Stopping Violation;Hydrant Violation;"
        "Double Parking Violation"
    ),
]


def _pv_plate(rng: np.random.Generator, kind: str) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "COM":
        return f"{int(rng.integers(10000, 99999))}{''.join(rng.choice(list(letters), 2))}"
    if rng.random() < 0.002:
        return "BLANKPLATE"
    return "".join(rng.choice(list(letters), 3)) + f"{int(rng.integers(1000, 9999))}"


def _pv_time(rng: np.random.Generator, hour: int) -> str | None:
    minute = int(rng.integers(0, 60))
    r = rng.random()
    if r < 0.003:
        return None
    if r < 0.006 and hour > 12:
        return f"{hour:02d}{minute:02d}P"
    return f"{hour % 12 or 12:02d}{minute:02d}{'A' if hour < 12 else 'P'}"


def _pv_date(rng: np.random.Generator) -> pd.Timestamp:
    if rng.random() < 0.004:
        year = int(_one(rng, [2011, 2014, 2015, 2018, 2019, 2027, 2069]))
        return pd.Timestamp(year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    while True:
        day = pd.Timestamp(2016, 7, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        if day.day_of_week < 6 or rng.random() < 0.35:
            return day


def _parking_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8004)
    codes, counties = list(_PV_CODES), list(_PV_COUNTIES)
    tails = rng.choice(np.arange(100_000_000, 999_999_999, 7), 3600, replace=False)
    rows: list[dict[str, Any]] = []
    for i in range(3600):
        code = int(_one(rng, codes, [v[0] for v in _PV_CODES.values()]))
        _w, hours, law, sub, camera = _PV_CODES[code]
        hour = int(_draw(rng, _PV_HOURS.get(hours, hours)))
        county = str(_one(rng, counties, [v[0] for v in _PV_COUNTIES.values()]))
        _cw, (p_lo, p_hi), streets = _PV_COUNTIES[county]
        precinct = int(rng.integers(p_lo, p_hi + 1))
        state = _draw(rng, _PV_STATES)
        body = _draw(rng, _PV_BODIES)
        plate = (
            "COM"
            if body in ("DELV", "VAN", "REFG", "TRAC") and rng.random() < 0.7
            else _draw(rng, "PAS:88;COM:5;OMT:4;OMS:1;SRF:0.7;999:0.5;MOT:0.3;APP:0.3;MED:0.2")
        )
        year = 0 if rng.random() < (0.35 if state != "NY" else 0.15) else 2017 - int(rng.gamma(2, 3.5))
        if year and rng.random() < 0.005:
            year = int(_one(rng, [2030, 2041, 2061, 2069]))
        first = (4 if code == 36 else 5) if camera else (8 if rng.random() < 0.6 else 1)
        number = int(f"{first}{int(tails[i]):09d}")
        agency = "V" if camera else _draw(rng, "T:88;P:7;S:3;K:1;X:1")
        rows.append(
            {
                "Summons Number": number,
                "Plate ID": _pv_plate(rng, plate),
                "Registration State": state,
                "Plate Type": plate,
                "Issue Date": f"{_pv_date(rng):%m/%d/%Y}",
                "Violation Code": code,
                "Vehicle Body Type": body or None,
                "Vehicle Make": _draw(rng, _PV_MAKES),
                "Issuing Agency": agency,
                "Street Code1": 0 if camera else int(rng.integers(10000, 99999)),
                "Street Code2": 0 if camera or rng.random() < 0.3 else int(rng.integers(10000, 99999)),
                "Street Code3": 0 if camera or rng.random() < 0.3 else int(rng.integers(10000, 99999)),
                "Vehicle Expiration Date": 88888888
                if state != "NY" and rng.random() < 0.8
                else int(
                    f"{int(rng.integers(2016, 2020))}{int(rng.integers(1, 13)):02d}{int(rng.integers(1, 29)):02d}"
                ),
                "Violation Location": None if camera else float(precinct),
                "Violation Precinct": 0 if camera else precinct,
                "Issuer Precinct": 0 if camera else precinct if rng.random() < 0.8 else int(rng.integers(1, 124)),
                "Issuer Code": 0 if camera else int(rng.integers(300000, 999999)),
                "Violation Time": _pv_time(rng, hour),
                "Violation County": None if camera and rng.random() < 0.6 else county,
                "Violation In Front Of Or Opposite": None if camera else _draw(rng, "F:80;O:15;I:1"),
                "House Number": None
                if camera or rng.random() < 0.2
                else (
                    f"{int(rng.integers(10, 200))}-{int(rng.integers(1, 99)):02d}"
                    if county == "Q"
                    else str(int(rng.integers(1, 2500)))
                ),
                "Street Name": str(_one(rng, _PV_CAMERA_STREETS)) if camera else str(_one(rng, _split(streets))),
                "Intersecting Street": None
                if not camera and rng.random() < 0.85
                else str(_one(rng, ["10ft W/of Broadway", "E 59th St", "20ft N/of 3rd Ave", "BEACH 19 ST"])),
                "Law Section": law,
                "Sub Division": sub,
                "Days Parking In Effect    ": None
                if camera
                else _draw(rng, "BBBBBBB:50;YYYYYYY:25;YYYYYBB:20;:5") or None,
                "Vehicle Color": _draw(rng, _PV_COLORS) or None,
                "Vehicle Year": year,
                "Feet From Curb": 0,
                "No Standing or Stopping Violation": None,
                "Hydrant Violation": None,
                "Double Parking Violation": None,
            }
        )
    return pd.DataFrame(rows)[_PV_COLUMNS]


def _pv_hours(d: pd.DataFrame) -> pd.Series:
    """The hour of each ticket from "0752A" ("1530P" read on a 24-hour clock), blanks dropped."""
    t = _text(d["Violation Time"]).str.upper()
    parts = t.str.extract(r"^(\d{2})(\d{2})([AP])$")
    hh = pd.to_numeric(parts[0], errors="coerce")
    pm = parts[2].eq("P").fillna(False).astype(bool)
    return hh.where(hh > 12, hh % 12 + 12 * pm).dropna().astype(int)


def _pv_march(d: pd.DataFrame) -> pd.Series:
    day = pd.to_datetime(d["Issue Date"], format="%m/%d/%Y", errors="coerce")
    return (day.dt.year == 2017) & (day.dt.month == 3)


def _pv_years(sane: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        year = pd.to_numeric(d["Vehicle Year"], errors="coerce")
        keep = (year > 0) & (year <= 2018) if sane else year > 0
        return float(year[keep].mean())

    return mean


_PV_ID = ("Summons Number",)
_PARKING_QS = [
    Q(
        "top 5 registration states",
        _top_named(lambda d: _ranked(_text(d["Registration State"]).value_counts()), 5),
        (*_PV_ID, "Registration State"),
    ),
    Q(
        "whats the most common violation code?",
        _lead(_named(lambda d: _top(d["Violation Code"].astype(int).astype(str).value_counts()))),
        (*_PV_ID, "Violation Code"),
    ),
    Q(
        "what hour of the day do most tickets get written",
        _lead(_hour(lambda d: float(_top(_pv_hours(d).value_counts())))),
        (*_PV_ID, "Violation Time"),
    ),
    Q(
        "how many tickets were issued in march 2017?",
        _count(lambda d: float(_pv_march(d).sum())),
        (*_PV_ID, "Issue Date"),
    ),
    Q(
        "which county had the most of those",
        _lead(_named(lambda d: _top(_text(d.loc[_pv_march(d), "Violation County"]).value_counts()))),
        (*_PV_ID, "Issue Date", "Violation County"),
    ),
    Q(
        "avg vehicle year, ignoring the zeros",
        either(has(_pv_years(False), rel=0.00005), has(_pv_years(True), rel=0.00005)),
        (*_PV_ID, "Vehicle Year"),
    ),
]


# --- 5. Sephora products (Kaggle "Sephora Products and Skincare Reviews", product_info.csv) ------------------------

# brand: weight, price tier, categories, share sold only at Sephora
_SE_BRANDS = _split(
    "SEPHORA COLLECTION|9|0.55|Makeup:50,Skincare:20,Tools & Brushes:8,Bath & Body:7,Hair:5,Mini Size:10|1.0;"
    "CLINIQUE|3.2|0.9|Skincare:60,Makeup:35,Fragrance:5|0.05;"
    "TOM FORD|2.8|2.6|Fragrance:60,Makeup:35,Men:5|0.1;"
    "Dior|2.6|1.7|Fragrance:45,Makeup:40,Skincare:15|0.05;"
    "Charlotte Tilbury|2.4|1.3|Makeup:75,Skincare:25|0.2;"
    "Anastasia Beverly Hills|2.2|0.9|Makeup:100|0.1;"
    "Fenty Beauty by Rihanna|2.2|0.9|Makeup:85,Skincare:15|1.0;"
    "The Ordinary|2.0|0.3|Skincare:90,Hair:10|0.0;"
    "Drunk Elephant|1.8|1.3|Skincare:90,Hair:10|0.3;"
    "Tatcha|1.6|1.7|Skincare:95,Makeup:5|0.4;"
    "Kiehl's Since 1851|2.2|1.0|Skincare:80,Hair:10,Men:10|0.0;"
    "Estée Lauder|2.2|1.2|Skincare:45,Makeup:45,Fragrance:10|0.0;"
    "NARS|2.2|0.9|Makeup:100|0.1;"
    "Benefit Cosmetics|2.0|0.8|Makeup:100|0.1;"
    "Urban Decay|1.8|0.8|Makeup:100|0.1;"
    "Glow Recipe|1.2|0.9|Skincare:100|1.0;"
    "Sol de Janeiro|1.4|0.9|Bath & Body:70,Fragrance:30|0.3;"
    "Olaplex|1.0|0.9|Hair:100|0.0;"
    "Briogeo|1.4|0.9|Hair:100|0.3;"
    "OUAI|1.6|0.9|Hair:80,Bath & Body:20|0.2;"
    "LANEIGE|1.4|0.8|Skincare:100|0.2;"
    "Summer Fridays|0.9|1.0|Skincare:100|1.0;"
    "Shiseido|1.8|1.3|Skincare:75,Makeup:25|0.0;"
    "Lancôme|2.2|1.3|Skincare:40,Makeup:35,Fragrance:25|0.0;"
    "Yves Saint Laurent|2.4|1.5|Fragrance:55,Makeup:45|0.0;"
    "Givenchy|1.6|1.5|Fragrance:70,Makeup:30|0.0;"
    "Jo Malone London|1.8|1.4|Fragrance:85,Bath & Body:15|0.0;"
    "MAKE UP FOR EVER|1.8|0.9|Makeup:100|0.3;"
    "Too Faced|1.6|0.8|Makeup:100|0.0;"
    "Rare Beauty by Selena Gomez|1.2|0.8|Makeup:100|1.0;"
    "Dyson|0.6|9.0|Hair:100|0.0;"
    "Bumble and bumble|2.0|0.9|Hair:100|0.0;"
    "fresh|1.8|1.2|Skincare:80,Fragrance:10,Bath & Body:10|0.3;"
    "Origins|1.6|0.9|Skincare:90,Bath & Body:10|0.0;"
    "Sunday Riley|1.2|1.5|Skincare:100|0.2;"
    "Paula's Choice|1.4|1.0|Skincare:100|0.0;"
    "Supergoop!|1.0|0.9|Skincare:100|0.2;"
    "tarte|2.0|0.8|Makeup:85,Skincare:15|0.1;"
    "HUDA BEAUTY|1.6|0.9|Makeup:100|0.2;"
    "Kosas|1.0|0.8|Makeup:100|0.5;"
    "Moroccanoil|1.4|0.9|Hair:80,Bath & Body:20|0.0;"
    "Jack Black|0.8|0.7|Men:80,Skincare:20|0.0;"
    "philosophy|1.2|0.8|Skincare:50,Bath & Body:30,Fragrance:20|0.0",
    ";",
)
_SE_PRICE = {
    "Skincare": 48,
    "Makeup": 28,
    "Hair": 30,
    "Fragrance": 95,
    "Bath & Body": 32,
    "Mini Size": 19,
    "Men": 38,
    "Tools & Brushes": 34,
}
# category: secondary:weight|tertiaries, product nouns, sizes
_SE_KINDS: dict[str, tuple[str, str, str]] = {
    "Skincare": (
        "Moisturizers:30|Moisturizers,Face Oils,Mists & Essences,Night Creams;Treatments:28|Face Serums,Facial Peels,"
        "Blemish & Acne Treatments;Cleansers:14|Face Wash & Cleansers,Exfoliators,Toners;Eye Care:9|Eye Creams & "
        "Treatments,Eye Masks;Masks:8|Face Masks,Sheet Masks;Sunscreen:5|Face Sunscreen,;Value & Gift Sets:4|",
        "Cream;Gel Cream;Serum;Face Oil;Essence;Cleanser;Toner;Eye Cream;Mask;Sunscreen SPF 40;Peel Pads;Moisturizer",
        "1.7 oz/ 50 mL;1 oz/ 30 mL;0.5 oz/ 15 mL;3.4 oz/ 100 mL;5 oz/ 150 mL;2 oz / 60 mL",
    ),
    "Makeup": (
        "Face:35|Foundation,Concealer,Setting Spray & Powder,Primer,BB & CC Cream;Eye:25|Mascara,Eyeliner,"
        "Eyeshadow,Eyebrow;Lip:22|Lipstick,Lip Gloss,Lip Liner,Lip Stain;Cheek:12|Blush,Bronzer,Highlighter,Contour;"
        "Value & Gift Sets:6|",
        "Foundation;Concealer;Setting Powder;Mascara;Eyeliner;Eyeshadow Palette;Brow Gel;Lipstick;Lip Gloss;Blush;"
        "Bronzer;Highlighter;Primer;Lip Oil",
        "1 oz/ 30 mL;0.1 oz/ 3 g;0.05 oz/ 1.5 g;0.28 oz/ 8 g;0.17 oz/ 5 g",
    ),
    "Hair": (
        "Shampoo & Conditioner:40|Shampoo,Conditioner,Dry Shampoo;Treatments:25|Hair Masks,Hair Oil,Scalp Scrub;"
        "Styling:25|Hair Spray,Hair Styling Products,Leave-In Conditioner;Hair Tools:10|Hair Dryers,Flat Irons",
        "Shampoo;Conditioner;Dry Shampoo;Hair Mask;Hair Oil;Leave-In Treatment;Styling Cream;Hair Spray",
        "8.5 oz/ 250 mL;2 oz/ 60 mL;33.8 oz/ 1 L;3.3 oz/ 100 mL;5 oz/ 148 mL",
    ),
    "Fragrance": (
        "Women:60|Perfume,Rollerballs & Travel Size,Body Mist & Hair Mist;Men:25|Cologne,;Candles & Home Scents:8|"
        "Candles,Diffusers;Value & Gift Sets:7|Perfume Gift Sets,",
        "Eau de Parfum;Eau de Toilette;Parfum;Perfume Oil;Travel Spray;Candle;Body Mist",
        "1.7 oz/ 50 mL;3.4 oz/ 100 mL;1 oz/ 30 mL;0.34 oz/ 10 mL;2.5 oz/ 75 mL",
    ),
    "Bath & Body": (
        "Body Moisturizers:45|Body Lotions & Body Oils,Hand Cream & Foot Cream;Bath & Shower:35|Body Wash & Shower "
        "Gel,Scrub & Exfoliants;Body Care:20|Deodorant & Antiperspirant,Body Sunscreen",
        "Body Cream;Body Oil;Body Wash;Body Scrub;Hand Cream;Deodorant",
        "8.1 oz/ 240 mL;2.5 oz/ 75 mL;16.9 oz/ 500 mL",
    ),
    "Mini Size": (
        "Makeup:40|;Skincare:40|;Fragrance:20|",
        "Mini Mascara;Mini Cream;Travel Size Serum;Mini Perfume;Mini Lip Gloss",
        "0.17 oz/ 5 mL;0.5 oz/ 15 mL;0.25 oz/ 7 mL",
    ),
    "Men": (
        "Skincare:70|;Shaving:30|Aftershave,Shaving Cream",
        "Face Wash;Beard Oil;Shave Cream;Moisturizer",
        "3.3 oz/ 100 mL",
    ),
    "Tools & Brushes": (
        "Brushes & Applicators:70|Face Brushes,Sponges & Applicators,Brush Sets;Accessories:30|Makeup Bags,Tweezers",
        "Brush;Sponge;Brush Set;Tweezers;Makeup Bag",
        "",
    ),
}
_SE_WORDS = _split(
    "Ultra;Hydrating;Daily;Soft Matte;Pure;Glow;Radiant;Barrier;Vitamin C;Retinol;Lasting;Silk;Dewy;Clean;Peptide;"
    "Rose;Velvet;Cloud;Intense;Super;Watermelon;Niacinamide;Hyaluronic;Plumping;Blurring;Waterproof;Volumizing;"
    "Smoothing;Repair;Bond;Cashmere;Amber;Vanilla;Oud;Citrus;Lip Sleeping;Protini;Magic;Airbrush;Luminous;Supreme"
)
_SE_INGREDIENTS = _split(
    "Water;Glycerin;Butylene Glycol;Niacinamide;Squalane;Dimethicone;Sodium Hyaluronate;Tocopherol;Phenoxyethanol;"
    "Caprylyl Glycol;Citric Acid;Fragrance;Alcohol Denat.;Mica;Titanium Dioxide (CI 77891);Iron Oxides (CI 77491);"
    "Shea Butter;Ceramide NP;Retinol;Ascorbic Acid;Panthenol;Allantoin;Linalool;Limonene"
)
_SE_HIGHLIGHTS = _split(
    "Vegan;Without Parabens;Clean at Sephora;Cruelty-Free;Hydrating;Good for: Dryness;Long-wearing;Hyaluronic Acid;"
    "Fragrance Free;Matte Finish;Best for Oily, Combo, Normal Skin;Without Sulfates SLS & SLES"
)
_SE_COLUMNS = _split(
    "product_id;product_name;brand_id;brand_name;loves_count;rating;reviews;size;variation_type;variation_value;"
    "variation_desc;ingredients;price_usd;value_price_usd;sale_price_usd;limited_edition;new;online_only;"
    "out_of_stock;sephora_exclusive;highlights;primary_category;secondary_category;tertiary_category;child_count;"
    "child_max_price;child_min_price"
)


def _se_price(rng: np.random.Generator, base: float) -> float:
    price = max(3.0, base * float(rng.lognormal(0, 0.35)))
    return float(round(price)) if price >= 20 or rng.random() < 0.6 else round(price * 2) / 2


def _se_kind(rng: np.random.Generator, category: str) -> tuple[str, str | None, str, str | None]:
    """Secondary and tertiary categories, a product noun and a size."""
    subs, nouns, sizes = _SE_KINDS[category]
    options = [x.split("|") for x in _split(subs)]
    picked = _draw(rng, ";".join(o[0] for o in options))
    tertiary = next(o[1] for o in options if o[0].rsplit(":", 1)[0] == picked).split(",")
    third = str(_one(rng, tertiary)) if tertiary != [""] else ""
    size = str(_one(rng, _split(sizes))) if sizes and rng.random() > 0.2 else ""
    return picked, third or None, str(_one(rng, _split(nouns))), size or None


def _sephora_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8005)
    brands = [b.split("|") for b in _SE_BRANDS]
    ids = {b[0]: int(rng.integers(1000, 9000)) for b in brands}
    used_names: set[str] = set()
    used_ids: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(2500):
        brand, _w, tier, mix, only = _one(rng, brands, [float(b[1]) for b in brands])
        category = _draw(rng, mix.replace(",", ";"))
        second, third, noun, size = _se_kind(rng, category)
        price = _se_price(rng, _SE_PRICE[category] * float(tier))
        sets = second == "Value & Gift Sets"
        shaded = category == "Makeup" and not sets and rng.random() < 0.75
        kind = (
            "Color"
            if shaded
            else _draw(rng, "Size:65;Scent:5;:30")
            if category != "Fragrance"
            else _draw(rng, "Size + Concentration + Formulation:20;Size:65;:15")
        )
        value: str | None = None
        if kind == "Color":
            tone = _one(rng, ["Light", "Medium", "Tan", "Deep"])
            value = f"{int(rng.integers(1, 60))}{_one(rng, ['N', 'W', 'C', ''])} {tone}"
        elif kind:
            value = size
        fans = min(int(rng.lognormal(np.log(100), 1.4)), 21000) if rng.random() > 0.03 else 0
        rating = None if fans == 0 else round(float(np.clip(rng.normal(4.25, 0.45), 1.0, 5.0)), 4)
        children = int(rng.integers(1, 30)) if kind == "Color" else int(_draw(rng, "0:60;1:25;2:10;3:5"))
        sale = rng.random() < 0.03
        rows.append(
            {
                "product_id": _unique(rng, lambda g: f"P{int(g.integers(100000, 510000))}", used_ids),
                "product_name": _unique(rng, lambda g, n=noun: f"{_one(g, _SE_WORDS)} {n}", used_names),
                "brand_id": ids[brand],
                "brand_name": brand,
                "loves_count": int(fans * float(rng.lognormal(np.log(25), 0.6))) + int(rng.integers(0, 400)),
                "rating": rating,
                "reviews": None if fans == 0 else float(fans),
                "size": size,
                "variation_type": kind or None,
                "variation_value": value,
                "variation_desc": "light with pink undertones" if kind == "Color" and rng.random() < 0.3 else None,
                "ingredients": None
                if rng.random() < 0.11
                else "['" + ", ".join(rng.choice(_SE_INGREDIENTS, int(rng.integers(4, 12)), replace=False)) + ".']",
                "price_usd": price,
                "value_price_usd": round(price * float(rng.uniform(1.2, 1.8))) if sets or rng.random() < 0.03 else None,
                "sale_price_usd": round(price * float(rng.uniform(0.5, 0.75)) * 2) / 2 if sale else None,
                "limited_edition": int(rng.random() < (0.3 if sets else 0.06)),
                "new": int(rng.random() < 0.08),
                "online_only": int(rng.random() < 0.22),
                "out_of_stock": int(rng.random() < 0.07),
                "sephora_exclusive": int(rng.random() < float(only) or (float(only) < 1 and rng.random() < 0.08)),
                "highlights": None
                if rng.random() < 0.26
                else "['" + "', '".join(rng.choice(_SE_HIGHLIGHTS, int(rng.integers(1, 5)), replace=False)) + "']",
                "primary_category": category,
                "secondary_category": second,
                "tertiary_category": third,
                "child_count": children,
                "child_max_price": None if children == 0 else price + float(rng.choice([0, 0, 10, 20, 45])),
                "child_min_price": None if children == 0 else max(3.0, price - float(rng.choice([0, 0, 8, 15]))),
            }
        )
    return pd.DataFrame(rows)[_SE_COLUMNS]


def _se_loved(d: pd.DataFrame) -> Any:
    return pd.to_numeric(d["loves_count"], errors="coerce").idxmax()


_SE_ID = ("product_id",)
_SEPHORA_QS = [
    Q(
        "which brand has the most products?",
        _lead(_named(lambda d: _top(_text(d["brand_name"]).value_counts()))),
        (*_SE_ID, "brand_name", "brand_id"),
    ),
    Q(
        "avg price for skincare, makeup, hair and fragrance",
        _about(
            lambda d: [
                float(d.loc[_text(d["primary_category"]) == c, "price_usd"].mean())
                for c in ("Skincare", "Makeup", "Hair", "Fragrance")
            ],
            rel=0.01,
        ),
        (*_SE_ID, "primary_category", "price_usd"),
    ),
    Q(
        "what percent of products are sephora exclusives",
        _share(lambda d: float((pd.to_numeric(d["sephora_exclusive"], errors="coerce") == 1).mean())),
        (*_SE_ID, "sephora_exclusive"),
    ),
    Q(
        "how many products don't have a rating?",
        _count(lambda d: float(d["rating"].isna().sum())),
        (*_SE_ID, "rating", "reviews"),
    ),
    Q(
        "what's the most loved product",
        _lead(_named(lambda d: str(d.loc[_se_loved(d), "product_name"]))),
        (*_SE_ID, "product_name", "loves_count", "brand_name"),
    ),
    Q(
        "what's its price and rating?",
        _about(lambda d: [float(d.loc[_se_loved(d), "price_usd"]), float(d.loc[_se_loved(d), "rating"])], rel=0.01),
        (*_SE_ID, "product_name", "loves_count", "brand_name", "price_usd", "rating"),
    ),
]


# --- 6. The Daily Show guests (FiveThirtyEight, daily_show_guests.csv) ---------------------------------------------

_DS_SHOWS = (
    "1999:160;2000:180;2001:155;2002:158;2003:163;2004:160;2005:161;2006:160;2007:140;2008:162;2009:160;2010:161;"
    "2011:160;2012:160;2013:162;2014:161;2015:98"
)
_DS_MIX_EARLY = (
    "Acting:55;Comedy:12;Musician:11;Media:8;Politician:2;Athletics:3;Misc:3;Business:1;Academic:1;Advocacy:1;"
    "Science:0.5;Government:0.5;Political Aide:0.5;Clergy:0.3;Military:0.2;Consultant:0.2"
)
_DS_MIX_LATE = (
    "Acting:25;Comedy:6;Musician:3;Media:28;Politician:13;Athletics:2;Misc:2;Business:4;Academic:6;Advocacy:4;"
    "Science:1.5;Government:3;Political Aide:2;Clergy:0.3;Military:1;Consultant:0.5"
)
_DS_JOBS = {
    "Acting": "actor:55;actress:40;Actor:3;Actress:2",
    "Comedy": "comedian:70;stand-up comedian:20;Comedian:5;comedy writer:5",
    "Musician": "singer:35;musician:25;rapper:15;singer-songwriter:20;Singer:5",
    "Media": "journalist:35;television host:15;author:20;news anchor:10;political commentator:10;editor:5;writer:5",
    "Politician": "us senator:40;us representative:25;former governor:15;mayor:10;former us president:5;senator:5",
    "Athletics": "athlete:30;football player:25;basketball player:25;baseball player:20",
    "Business": "businessman:50;ceo:35;entrepreneur:15",
    "Academic": "professor:50;historian:25;economist:25",
    "Advocacy": "activist:70;human rights activist:30",
    "Science": "astrophysicist:40;scientist:60",
    "Government": "us secretary of state:30;former cia director:20;diplomat:50",
    "Political Aide": "white house press secretary:50;political strategist:50",
    "Clergy": "minister:100",
    "Military": "general:60;retired general:40",
    "Consultant": "consultant:100",
    "Misc": "model:30;chef:30;magician:20;puppeteer:20",
}
# regular guests: name, group, occupation, appearances
_DS_REGULARS = _split(
    "Dana Whitlock|Media|journalist|19;Ray Castellano|Comedy|comedian|15;Gwen Hartley|Acting|actress|13;"
    "Paul Reddick|Acting|actor|12;Tom Brightwell|Media|news anchor|12;Bill Osgood|Media|television host|10;"
    "Ravi Anand|Academic|professor|9;Lewis Marchetti|Comedy|comedian|9;Will Farris|Acting|actor|9;"
    "Nora Kessling|Media|author|8;John Mercado|Politician|us senator|7;Steve Carvell|Acting|actor|7"
)
_DS_FIRST = _split(
    "James;Mary;John;Patricia;Robert;Jennifer;Michael;Linda;David;Elizabeth;Chris;Susan;Daniel;Jessica;Matthew;Sarah;"
    "Anthony;Karen;Mark;Lisa;Steven;Nancy;Andrew;Betty;Kevin;Sandra;Brian;Ashley;George;Emily;Tim;Donna;Jason;Amy;"
    "Jeff;Rachel;Ryan;Laura;Gary;Helen;Eric;Anna;Jon;Kate;Adam;Maya;Ben;Zoe;Sam;Olivia"
)
_DS_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Gonzalez;Wilson;"
    "Anderson;Thomas;Taylor;Moore;Jackson;Martin;Lee;Perez;Thompson;White;Harris;Sanchez;Clark;Ramirez;Lewis;Robinson;"
    "Walker;Young;Allen;King;Wright;Scott;Torres;Nguyen;Hill;Flores;Green;Adams;Nelson;Baker;Hall;Rivera;Campbell;"
    "Mitchell;Carter;Roberts;Bloom;Stein;Kaplan;O'Brien;Sullivan;Murphy;Quinn;Fischer;Novak;Okafor"
)


def _ds_mix(year: int) -> str:
    t = (year - 1999) / 16
    early, late = _table(_DS_MIX_EARLY), _table(_DS_MIX_LATE)
    return ";".join(f"{g}:{(1 - t) * a + t * b:.3f}" for g, a, b in zip(early[0], early[1], late[1], strict=True))


def _ds_dates(rng: np.random.Generator, year: int, count: int) -> list[pd.Timestamp]:
    start = pd.Timestamp(1999, 1, 11) if year == 1999 else pd.Timestamp(year, 1, 4)
    end = pd.Timestamp(2015, 8, 6) if year == 2015 else pd.Timestamp(year, 12, 18)
    days = [d for d in pd.date_range(start, end) if d.day_of_week < 4]
    picked = rng.choice(len(days), count, replace=False)
    return sorted(days[int(i)] for i in picked)


def _daily_show_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8006)
    slots: list[tuple[pd.Timestamp, int]] = []
    for year, shows in zip(*_table(_DS_SHOWS), strict=True):
        for day in _ds_dates(rng, int(year), int(shows)):
            slots.extend([(day, k) for k in range(int(_draw(rng, "1:96;2:3.5;3:0.5")))])
    taken: dict[int, tuple[str, str, str]] = {}
    for name, group, job, times in (r.split("|") for r in _DS_REGULARS):
        days_taken = {slots[i][0] for i in taken}
        free = [i for i in range(len(slots)) if i not in taken and slots[i][0] not in days_taken]
        for i in rng.choice(free, int(times), replace=False):
            taken[int(i)] = (name, group, job)
    used = {r.split("|")[0] for r in _DS_REGULARS}
    rows: list[dict[str, Any]] = []
    for i, (day, _k) in enumerate(slots):
        if i in taken:
            name, group, job = taken[i]
        else:
            name = _unique(rng, lambda g: f"{_one(g, _DS_FIRST)} {_one(g, _DS_LAST)}", used)
            group = _draw(rng, _ds_mix(day.year))
            job = _draw(rng, _DS_JOBS[group])
            if rng.random() < 0.01:
                group, job = "NA", "NA"
            elif group == "Media" and rng.random() < 0.08:
                group = "media"
        rows.append(
            {
                "YEAR": day.year,
                "GoogleKnowlege_Occupation": job,
                "Show": f"{day.month}/{day.day}/{day.year % 100:02d}",
                "Group": group,
                "Raw_Guest_List": name,
            }
        )
    return pd.DataFrame(rows)


def _ds_acting(known: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        group = d["Group"]
        rows = group.notna() if known else pd.Series(True, index=d.index)
        return float((_text(group[rows]) == "Acting").mean())

    return share


def _ds_politicians(known: bool) -> Callable[[pd.DataFrame], list[float]]:
    def shares(d: pd.DataFrame) -> list[float]:
        out = []
        for year in (1999, 2015):
            group = d.loc[d["YEAR"] == year, "Group"]
            group = group[group.notna()] if known else group
            out.append(float((_text(group) == "Politician").mean()))
        return out

    return shares


def _ds_regular(d: pd.DataFrame) -> str:
    return _top(_text(d["Raw_Guest_List"]).value_counts())


def _ds_regular_job(d: pd.DataFrame) -> str:
    return str(_text(d.loc[_text(d["Raw_Guest_List"]) == _ds_regular(d), "GoogleKnowlege_Occupation"]).mode()[0])


def _ds_regular_group(d: pd.DataFrame) -> str:
    return str(_text(d.loc[_text(d["Raw_Guest_List"]) == _ds_regular(d), "Group"]).mode()[0])


_DS_ID = ("Show", "Raw_Guest_List")
_DAILY_SHOW_QS = [
    Q(
        "which year had the most guests?",
        _lead(_year(lambda d: float(_top(d["YEAR"].astype(int).astype(str).value_counts())))),
        (*_DS_ID, "YEAR"),
    ),
    Q(
        "what share of all the guests were actors",
        either(_share(_ds_acting(False)), _share(_ds_acting(True))),
        (*_DS_ID, "Group", "GoogleKnowlege_Occupation"),
    ),
    Q(
        "how did the share of politicians change from 1999 to 2015?",
        either(_shares(_ds_politicians(False)), _shares(_ds_politicians(True))),
        (*_DS_ID, "YEAR", "Group"),
    ),
    Q(
        "who was on the show the most",
        _lead(_named(_ds_regular)),
        (*_DS_ID,),
    ),
    Q(
        "how many times, and what do they do?",
        both(
            _count(lambda d: float((_text(d["Raw_Guest_List"]) == _ds_regular(d)).sum())),
            either(_named(_ds_regular_job), _named(_ds_regular_group)),
        ),
        (*_DS_ID, "GoogleKnowlege_Occupation", "Group"),
    ),
    Q(
        "how many shows had more than one guest?",
        _count(lambda d: float((_text(d["Show"]).value_counts() > 1).sum())),
        (*_DS_ID,),
    ),
]


# --- 7. MTA daily ridership since 2020 (data.ny.gov "MTA Daily Ridership Data: Beginning 2020") -------------------

# mode: total column name, pre-pandemic weekday / Saturday / Sunday, recovery exponent on the subway's, weekend lift
_MTA_MODES: dict[str, tuple[str, tuple[float, float, float], float, float]] = {
    "Subways": ("Total Estimated Ridership", (5_500_000, 3_200_000, 2_500_000), 1.0, 1.15),
    "Buses": ("Total Estimated Ridership", (2_200_000, 1_400_000, 1_100_000), 0.7, 1.05),
    "LIRR": ("Total Estimated Ridership", (310_000, 110_000, 90_000), 1.2, 1.3),
    "Metro-North": ("Total Estimated Ridership", (270_000, 90_000, 70_000), 1.25, 1.35),
    "Access-A-Ride": ("Total Scheduled Trips", (31_000, 15_000, 11_000), 0.5, 1.0),
    "Bridges and Tunnels": ("Total Traffic", (930_000, 880_000, 800_000), 0.0, 1.0),
    "Staten Island Railway": ("Total Estimated Ridership", (16_000, 4_000, 3_000), 1.1, 1.2),
}
_MTA_SUBWAY = (
    "2020-03-01:1.0;2020-03-09:0.95;2020-03-16:0.45;2020-03-23:0.12;2020-04-12:0.07;2020-05-15:0.09;"
    "2020-06-08:0.13;2020-07-15:0.22;2020-09-15:0.29;2020-12-15:0.30;2021-01-15:0.29;2021-05-15:0.38;"
    "2021-06-30:0.45;2021-09-20:0.50;2021-12-10:0.55;2022-01-05:0.38;2022-02-15:0.50;2022-06-01:0.58;"
    "2022-10-15:0.63;2022-12-31:0.60;2023-04-01:0.65;2023-07-15:0.64;2023-10-15:0.75;2023-12-31:0.66"
)
_MTA_HOLIDAYS = _split(
    "2020-05-25;2020-07-03;2020-09-07;2020-11-26;2020-12-25;2021-01-01;2021-05-31;2021-07-05;2021-09-06;2021-11-25;"
    "2021-12-24;2021-12-31;2022-05-30;2022-07-04;2022-09-05;2022-11-24;2022-12-26;2023-01-02;2023-05-29;2023-07-04;"
    "2023-09-04;2023-11-23;2023-12-25"
)


def _mta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8007)
    days = pd.date_range("2020-03-01", "2023-12-31")
    knots, levels = _table(_MTA_SUBWAY)
    stamps = pd.to_datetime(pd.Series(knots)).map(pd.Timestamp.toordinal).to_numpy()
    base = np.interp(days.map(pd.Timestamp.toordinal).to_numpy(), stamps, levels)
    holidays = set(_MTA_HOLIDAYS)
    rows: list[dict[str, Any]] = []
    for day, level in zip(days, base, strict=True):
        kind = 0 if day.day_of_week < 5 else 1 if day.day_of_week == 5 else 2
        dip = 0.6 if f"{day:%Y-%m-%d}" in holidays else 0.55 if rng.random() < 0.01 else 1.0
        row: dict[str, Any] = {"Date": f"{day:%m/%d/%Y}"}
        for mode, (total, normal, power, lift) in _MTA_MODES.items():
            if mode == "Bridges and Tunnels":
                rate = 0.5 + 0.5 * min(1.0, level / 0.45) ** 0.7
            else:
                rate = level**power * (lift if kind and day >= pd.Timestamp(2021, 6, 1) else 1.0)
            rate = min(rate * dip * float(rng.lognormal(0, 0.03)), 1.08)
            riders = round(normal[kind] * rate)
            row[f"{mode}: {total}"] = riders
            row[f"{mode}: % of Comparable Pre-Pandemic Day"] = round(100 * riders / normal[kind])
        rows.append(row)
    frame = pd.DataFrame(rows)
    sir = [c for c in frame.columns if c.startswith("Staten Island Railway")]
    frame.loc[rng.choice(len(frame), 4, replace=False), sir] = None
    return frame.iloc[::-1].reset_index(drop=True)


_MTA_SUB = "Subways: Total Estimated Ridership"
_MTA_SUB_PCT = "Subways: % of Comparable Pre-Pandemic Day"
_MTA_BUS = "Buses: Total Estimated Ridership"
_MTA_BT = "Bridges and Tunnels: Total Traffic"


def _mta_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%m/%d/%Y")


def _mta_low(d: pd.DataFrame) -> Any:
    return pd.to_numeric(d[_MTA_SUB], errors="coerce").idxmin()


def _mta_best_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        dates = _mta_dates(d)
        rows = d[dates.dt.year == 2023]
        months = dates[dates.dt.year == 2023].dt.month
        scores = rows[_MTA_SUB].groupby(months).agg(how)
        return pd.Timestamp(2023, int(_top(scores)), 1)

    return best


_MTA_ID = ("Date",)
_MTA_QS = [
    Q(
        "which day had the lowest subway ridership?",
        _lead(_day(lambda d: _mta_dates(d)[_mta_low(d)])),
        (*_MTA_ID, _MTA_SUB),
    ),
    Q(
        "what % of a normal pre-pandemic day was that",
        _share(lambda d: float(d.loc[_mta_low(d), _MTA_SUB_PCT]) / 100),
        (*_MTA_ID, _MTA_SUB, _MTA_SUB_PCT),
    ),
    Q(
        "avg daily bus riders in 2022?",
        _scaled(lambda d: float(d.loc[_mta_dates(d).dt.year == 2022, _MTA_BUS].mean()), (1e3, 1e6)),
        (*_MTA_ID, _MTA_BUS),
    ),
    Q(
        "how many days did the subway get to 80% or more of pre-pandemic levels?",
        _count(lambda d: float((pd.to_numeric(d[_MTA_SUB_PCT], errors="coerce") >= 80).sum())),
        (*_MTA_ID, _MTA_SUB_PCT),
    ),
    Q(
        "which month in 2023 had the most subway riders",
        either(_lead(_month(_mta_best_month("sum"))), _lead(_month(_mta_best_month("mean")))),
        (*_MTA_ID, _MTA_SUB),
    ),
    Q(
        "total bridge and tunnel traffic in 2021",
        _scaled(lambda d: float(d.loc[_mta_dates(d).dt.year == 2021, _MTA_BT].sum()), (1e3, 1e6, 1e9)),
        (*_MTA_ID, _MTA_BT),
    ),
]

HELDOUT80: list[Dataset] = [
    Dataset("taiwan_credit_card_default", _credit_frame, _CREDIT_QS),
    Dataset("us_wildfires_fpa_fod", _wildfire_frame, _WILDFIRE_QS),
    Dataset("nasa_exoplanets_pscomppars", _exoplanet_frame, _EXOPLANET_QS),
    Dataset("nyc_parking_violations_fy2017", _parking_frame, _PARKING_QS),
    Dataset("sephora_products", _sephora_frame, _SEPHORA_QS),
    Dataset("daily_show_guests", _daily_show_frame, _DAILY_SHOW_QS),
    Dataset("mta_daily_ridership", _mta_frame, _MTA_QS),
]
