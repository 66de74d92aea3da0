"""HELDOUT313: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a lighthouse museum network's
monthly visitor counts in wide form (1995 to 2024, one row per site per year) with Site (fourteen light stations
such as "Cape Harbor Light"), Year, then Jan to Dec visitors written as "1,234" ("CLOSED" for months a seasonal site
was shut, and for April to June 2020 everywhere) and "Annual Total" as "12,345", plus a quirky "ALL SITES" row each
year that repeats the sum of the sites; a show cave's tour bookings (2022 to 2024, one row per booking) with
"Booking ID" as "BK-000123", Tour ("Crystal Palace Walk", "Wild Cave Crawl", "Lantern Tour", "Family Discovery
Tour"), "Tour Date" as "2023-07-14", "Tour Time" as "10:30 AM", "Group Size", Adults, Children and Seniors (summing to
the group), Revenue as "$123.00", Guide (first names), Cancelled (Yes, No) and "Flood Closure" (Y on bookings
cancelled because the cave flooded, blank otherwise); a federal land agency's mining claims extract (public data,
one row per claim) with upper-case SERIAL_NR as "NMC1012345", CLAIM_NAME as "GOLD KING #3" (names repeat),
CLAIM_TYPE ("LODE CLAIM", "PLACER CLAIM", "MILL SITE", "TUNNEL SITE"), CASE_DISPOSITION (ACTIVE, CLOSED), ACRES
(20.66 for most lode claims, up to 160 for placers), COUNTY (ELKO, HUMBOLDT, NYE, ...), STATE (NV), LOCATED_DATE as
"06/14/2011" and CLOSED_DATE (blank while active); an amateur astronomer's observing log (2021 to 2024, one row per
object per session) with Date as "2023-09-14", Time as "22:15", Object ("M31", "NGC 7000", "Jupiter", "Albireo"),
Type (Galaxy, Emission Nebula, Globular Cluster, ...), Mag (blank for some, negative for planets), Seeing (1 to 5),
Transparency (Poor, Fair, Good, Excellent), "Aperture (mm)" (80, 130, 203), Magnification as "48x" and free-text
Notes (often blank); a weather service's local storm reports for hail (2022 to 2024) in the mesonet export layout
with VALID as 202305201815 (UTC), LAT, LON, MAG (hail size in inches), WFO, TYPECODE (H), TYPETEXT (HAIL), upper-case
CITY, COUNTY and STATE codes, SOURCE ("TRAINED SPOTTER", "PUBLIC", "LAW ENFORCEMENT", "MPING", "BROADCAST MEDIA") and
REMARK (blank for many, "DAMAGE TO VEHICLES" and the like); a river canal's lock passage log (2023 to 2024) with LOCK
("LOCK 1 - WEST END" ...), DATE_TIME as "06/03/2024 14:22", VESSEL_NAME (towboats pass again and again), VESSEL_TYPE
(COMMERCIAL, PLEASURE), DIRECTION (UP, DOWN), LOCKAGE_MIN, TONNAGE (blank for pleasure craft) and WAIT_MIN; and a
warehouse's pick log (January to June 2024, one row per pick line) with ORDER_NO as "SO-104233" (repeated across the
lines of an order), PICKER, ZONE (A, B, C, FREEZER), SKU as "SKU-10442", UNITS, PICK_SEC, SHIFT (1ST, 2ND, 3RD),
MISPICK (0 or 1) and PICK_DATE as "2024-03-04". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _month_word(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("July" or "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _any_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    """One of the labels picked by two readings of the question, beside its superlative."""
    return either(*(_lead(_named(v)) for v in values))


# --- 1. Lighthouse visitor counts (wide) ---------------------------------------------------------------------------

# site: base yearly visitors, seasonal (closed Nov to Mar)
_LH_SITES = {
    "Cape Harbor Light": (61000, False),
    "Point Sable Light": (38000, True),
    "Split Rock Station": (72000, False),
    "Grand Isle Light": (24000, True),
    "Marblehead Light": (45000, False),
    "Old Mission Point": (19000, True),
    "Pemaquid Point": (53000, False),
    "Sandy Hook Light": (33000, False),
    "Barnegat Light": (41000, False),
    "Heceta Head": (27000, True),
    "Fort Gratiot Light": (15000, True),
    "Cana Island Light": (22000, True),
    "Bodie Island Light": (36000, False),
    "Portland Breakwater": (12000, False),
}
_LH_SEASON = [0.02, 0.025, 0.04, 0.06, 0.09, 0.14, 0.2, 0.18, 0.11, 0.07, 0.035, 0.03]


def _lighthouse_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31301)
    rows: list[dict[str, Any]] = []
    for year in range(1995, 2025):
        trend = 1 + 0.012 * (year - 1995) + (-0.08 if year in (2008, 2009) else 0.0)
        totals = np.zeros(12)
        site_rows = []
        for site, (base, seasonal) in _LH_SITES.items():
            row: dict[str, Any] = {"Site": site, "Year": year}
            year_sum = 0
            for m in range(12):
                closed = (seasonal and m in (0, 1, 2, 10, 11)) or (year == 2020 and m in (3, 4, 5))
                if closed:
                    row[_MONTHS[m]] = "CLOSED"
                    continue
                v = int(base * trend * _LH_SEASON[m] * float(rng.normal(1, 0.12)) * (0.6 if year == 2020 else 1))
                v = max(v, 20)
                row[_MONTHS[m]] = f"{v:,}"
                year_sum += v
                totals[m] += v
            row["Annual Total"] = f"{year_sum:,}"
            site_rows.append(row)
        rows.extend(site_rows)
        total_row: dict[str, Any] = {"Site": "ALL SITES", "Year": year}
        for m in range(12):
            total_row[_MONTHS[m]] = "CLOSED" if year == 2020 and m in (3, 4, 5) else f"{int(totals[m]):,}"
        total_row["Annual Total"] = f"{int(totals.sum()):,}"
        rows.append(total_row)
    return pd.DataFrame(rows)


def _lh_sites(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Site").str.upper() != "ALL SITES"]


def _lh_year_total(year: int) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        s = _lh_sites(df)
        return float(_num(s, "Annual Total")[pd.to_numeric(s["Year"]) == year].sum())

    return total


def _lh_top_month(df: pd.DataFrame) -> int:
    s = _lh_sites(df)
    sums = [float(_num(s, m).sum()) for m in _MONTHS]
    return int(np.argmax(sums)) + 1


def _lh_top_year(df: pd.DataFrame) -> int:
    s = _lh_sites(df)
    return int(_num(s, "Annual Total").groupby(pd.to_numeric(s["Year"])).sum().idxmax())


_LH_QS = [
    Q(
        "which lighthouse gets the most visitors overall",
        _lead(_named(lambda df: _top(_num(_lh_sites(df), "Annual Total").groupby(_text(_lh_sites(df), "Site")).sum()))),
        ("Site", "Annual Total", "Year"),
    ),
    Q(
        "how many visitors in 2019 altogether",
        _count(_lh_year_total(2019)),
        ("Site", "Year", "Annual Total"),
    ),
    Q("and 2020?", _count(_lh_year_total(2020)), ("Site", "Year", "Annual Total")),
    Q(
        "what's usually the busiest month",
        _month_word(_lh_top_month),
        ("Site", "Year", *_MONTHS, "Annual Total"),
    ),
    Q(
        "on average how many people visit a lighthouse in july",
        _typical(lambda df: _num(_lh_sites(df), "Jul")),
        ("Site", "Year", "Jul"),
    ),
    Q("which year had the most visitors", _year(_lh_top_year), ("Site", "Year", "Annual Total")),
]


# --- 2. Show cave tour bookings ------------------------------------------------------------------------------------

# tour: weight, adult price, child price, senior price, group size range
_CV_TOURS = {
    "Crystal Palace Walk": (5, 24.0, 12.0, 20.0, (1, 8)),
    "Wild Cave Crawl": (2, 65.0, 45.0, 65.0, (1, 5)),
    "Lantern Tour": (2, 32.0, 18.0, 28.0, (1, 6)),
    "Family Discovery Tour": (4, 20.0, 10.0, 17.0, (2, 9)),
}
_CV_GUIDES = {"Dale": 1.0, "Marisol": 1.0, "Jasper": 1.0, "Hannah": 1.0, "Rowan": 1.0, "Toby": 1.0}
_CV_TIMES = ["9:00 AM", "10:30 AM", "12:00 PM", "1:30 PM", "3:00 PM", "4:30 PM"]


def _cave_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31302)
    flood_days = {pd.Timestamp("2022-05-03") + pd.Timedelta(days=int(d)) for d in rng.integers(0, 900, size=14)}
    rows: list[dict[str, Any]] = []
    days = sorted(int(x) for x in rng.integers(0, 1095, size=2300))
    for i, d in enumerate(days):
        day = pd.Timestamp("2022-01-01") + pd.Timedelta(days=d)
        tour = str(_one(rng, list(_CV_TOURS), [v[0] for v in _CV_TOURS.values()]))
        _, pa, pc, ps, (lo, hi) = _CV_TOURS[tour]
        guide = str(_one(rng, list(_CV_GUIDES)))
        size = int(rng.integers(lo, hi + 1))
        if guide == "Marisol" and tour != "Wild Cave Crawl":
            size = min(hi + 2, size + int(rng.integers(0, 3)))
        if tour == "Wild Cave Crawl":
            kids, seniors = 0, int(rng.random() < 0.1)
        elif tour == "Family Discovery Tour":
            kids = int(rng.integers(1, max(2, size)))
            seniors = int(rng.random() < 0.15)
        else:
            kids = int(rng.binomial(size, 0.2))
            seniors = int(rng.binomial(size - kids, 0.2))
        seniors = min(seniors, size - kids)
        adults = size - kids - seniors
        if adults < 1 and kids > 0:
            adults, kids = 1, kids - 1
        size = adults + kids + seniors
        revenue = adults * pa + kids * pc + seniors * ps
        flood = day in flood_days or (day.month in (3, 4) and rng.random() < 0.03)
        cancelled = flood or rng.random() < 0.06
        rows.append(
            {
                "Booking ID": f"BK-{i + 1:06d}",
                "Tour": tour,
                "Tour Date": f"{day:%Y-%m-%d}",
                "Tour Time": str(_one(rng, _CV_TIMES)),
                "Group Size": size,
                "Adults": adults,
                "Children": kids,
                "Seniors": seniors,
                "Revenue": f"${revenue:,.2f}",
                "Guide": guide,
                "Cancelled": "Yes" if cancelled else "No",
                "Flood Closure": "Y" if flood else "",
            }
        )
    return pd.DataFrame(rows)


def _cv_live(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Cancelled").str.lower() == "no"


def _cv_group_sizes(live: bool) -> list[Check]:
    def sizes(df: pd.DataFrame) -> pd.Series:
        s = pd.to_numeric(df["Group Size"])
        return s[_cv_live(df)] if live else s

    return [_typical(sizes)]


def _cv_kid_share(live: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        keep = _cv_live(df) if live else pd.Series(True, index=df.index)
        return float(pd.to_numeric(df["Children"])[keep].sum() / pd.to_numeric(df["Group Size"])[keep].sum())

    return rate


def _cv_top_guide(live: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        keep = _cv_live(df) if live else pd.Series(True, index=df.index)
        return _top(pd.to_numeric(df["Group Size"])[keep].groupby(_text(df, "Guide")[keep]).mean())

    return top


_CV_QS = [
    Q(
        "how many bookings got cancelled because of flooding",
        _count(lambda df: int((_text(df, "Flood Closure").str.upper() == "Y").sum())),
        ("Flood Closure", "Cancelled", "Booking ID"),
    ),
    Q(
        "what's the most popular tour",
        _any_named(
            lambda df: _top(_text(df, "Tour").value_counts()),
            lambda df: _top(pd.to_numeric(df["Group Size"]).groupby(_text(df, "Tour")).sum()),
        ),
        ("Tour", "Group Size", "Booking ID"),
    ),
    Q(
        "total ticket money in 2023, not counting cancelled ones",
        _amount(
            lambda df: float(
                _num(df, "Revenue")[_cv_live(df) & (_when(df, "Tour Date", "%Y-%m-%d").dt.year == 2023)].sum()
            )
        ),
        ("Revenue", "Tour Date", "Cancelled"),
    ),
    Q(
        "how big is a typical group",
        either(*_cv_group_sizes(False), *_cv_group_sizes(True)),
        ("Group Size", "Cancelled"),
    ),
    Q(
        "what share of visitors are kids",
        either(_share(_cv_kid_share(False)), _share(_cv_kid_share(True))),
        ("Children", "Group Size", "Adults", "Seniors", "Cancelled"),
    ),
    Q(
        "which guide gets the biggest groups on average",
        _any_named(_cv_top_guide(False), _cv_top_guide(True)),
        ("Guide", "Group Size", "Cancelled"),
    ),
]


# --- 3. Mining claims extract --------------------------------------------------------------------------------------

_MC_COUNTIES = {"ELKO": 6, "HUMBOLDT": 4, "NYE": 5, "ESMERALDA": 3, "LANDER": 3, "EUREKA": 3, "WHITE PINE": 2}
_MC_COUNTIES |= {"MINERAL": 2, "PERSHING": 2, "CHURCHILL": 1}
_MC_NAMES = ["GOLD KING", "SILVER QUEEN", "LUCKY STRIKE", "BIG HORN", "DESERT STAR", "RED ROCK", "BONANZA"]
_MC_NAMES += ["LAST CHANCE", "BLUE JAY", "COPPER BELLE", "NEVADA BOY", "JACKPOT", "SUNRISE", "OLD HICKORY"]


def _claims_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31303)
    rows: list[dict[str, Any]] = []
    serials = rng.choice(np.arange(100000, 1300000), size=3200, replace=False)
    for serial in serials:
        kind = str(_one(rng, ["LODE CLAIM", "PLACER CLAIM", "MILL SITE", "TUNNEL SITE"], [80, 15, 4, 1]))
        year = int(
            _one(
                rng,
                list(range(1976, 2024)),
                [1 + 3 * (1985 <= y <= 1992) + 4 * (2010 <= y <= 2013) + 2 * (y >= 2020) for y in range(1976, 2024)],
            )
        )
        located = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        if kind == "LODE CLAIM":
            acres = 20.66 if rng.random() < 0.85 else round(float(rng.uniform(5, 20.66)), 2)
        elif kind == "PLACER CLAIM":
            acres = float(_one(rng, [20.0, 40.0, 80.0, 160.0], [4, 3, 2, 2]))
        else:
            acres = 5.0
        p_closed = 0.85 if year < 2000 else 0.55 if year < 2015 else 0.2
        closed = rng.random() < p_closed
        closed_date = ""
        if closed:
            end = located + pd.Timedelta(days=int(rng.integers(300, 365 * 12)))
            end = min(end, pd.Timestamp("2024-08-31"))
            closed_date = f"{end:%m/%d/%Y}"
        rows.append(
            {
                "SERIAL_NR": f"NMC{int(serial):07d}",
                "CLAIM_NAME": f"{_one(rng, _MC_NAMES)} #{int(rng.integers(1, 40))}",
                "CLAIM_TYPE": kind,
                "CASE_DISPOSITION": "CLOSED" if closed else "ACTIVE",
                "ACRES": acres,
                "COUNTY": str(_one(rng, list(_MC_COUNTIES), list(_MC_COUNTIES.values()))),
                "STATE": "NV",
                "LOCATED_DATE": f"{located:%m/%d/%Y}",
                "CLOSED_DATE": closed_date,
            }
        )
    return pd.DataFrame(rows)


def _mc_active(df: pd.DataFrame) -> pd.Series:
    return _text(df, "CASE_DISPOSITION").str.upper() == "ACTIVE"


def _mc_years_open(df: pd.DataFrame) -> pd.Series:
    start = _when(df, "LOCATED_DATE", "%m/%d/%Y")
    end = _when(df, "CLOSED_DATE", "%m/%d/%Y")
    keep = ~_mc_active(df) & end.notna()
    return ((end - start).dt.days / 365.25)[keep]


def _mc_lode_closed(df: pd.DataFrame) -> float:
    lode = _text(df, "CLAIM_TYPE") == "LODE CLAIM"
    return float((~_mc_active(df))[lode].mean())


_MC_QS = [
    Q("how many claims are still active", _count(lambda df: int(_mc_active(df).sum())), ("CASE_DISPOSITION",)),
    Q(
        "which county has the most claims",
        _any_named(
            lambda df: _top(_text(df, "COUNTY").value_counts()),
            lambda df: _top(_text(df, "COUNTY")[_mc_active(df)].value_counts()),
        ),
        ("COUNTY", "SERIAL_NR", "CASE_DISPOSITION"),
    ),
    Q(
        "total acreage of active placer claims",
        _about(
            lambda df: float(
                pd.to_numeric(df["ACRES"])[_mc_active(df) & (_text(df, "CLAIM_TYPE") == "PLACER CLAIM")].sum()
            )
        ),
        ("ACRES", "CLAIM_TYPE", "CASE_DISPOSITION"),
    ),
    Q(
        "what year were the most claims staked",
        _year(lambda df: int(_when(df, "LOCATED_DATE", "%m/%d/%Y").dt.year.value_counts().sort_index().idxmax())),
        ("LOCATED_DATE", "SERIAL_NR"),
    ),
    Q(
        "for the closed ones, how many years did they usually last",
        _typical(_mc_years_open, rel=0.02),
        ("LOCATED_DATE", "CLOSED_DATE", "CASE_DISPOSITION"),
    ),
    Q("what fraction of lode claims are closed", _share(_mc_lode_closed), ("CLAIM_TYPE", "CASE_DISPOSITION")),
]


# --- 4. Telescope observing log ------------------------------------------------------------------------------------

# object: type, magnitude, weight
_OB_OBJECTS: dict[str, tuple[str, float, int]] = {
    "M31": ("Galaxy", 3.4, 9),
    "M42": ("Emission Nebula", 4.0, 8),
    "M13": ("Globular Cluster", 5.8, 7),
    "M57": ("Planetary Nebula", 8.8, 6),
    "M27": ("Planetary Nebula", 7.5, 5),
    "M45": ("Open Cluster", 1.6, 5),
    "NGC 7000": ("Emission Nebula", 4.0, 4),
    "M81": ("Galaxy", 6.9, 5),
    "M82": ("Galaxy", 8.4, 5),
    "M51": ("Galaxy", 8.4, 4),
    "NGC 891": ("Galaxy", 10.0, 2),
    "M101": ("Galaxy", 7.9, 3),
    "M33": ("Galaxy", 5.7, 3),
    "NGC 869": ("Open Cluster", 4.3, 4),
    "M92": ("Globular Cluster", 6.4, 3),
    "NGC 6543": ("Planetary Nebula", 8.1, 2),
    "Albireo": ("Double Star", 3.1, 4),
    "Jupiter": ("Planet", -2.5, 10),
    "Saturn": ("Planet", 0.5, 8),
    "Mars": ("Planet", -1.0, 3),
}
_OB_TRANSP = ["Poor", "Fair", "Good", "Excellent"]
_OB_NOTES = [
    "",
    "",
    "",
    "averted vision helped",
    "dew on the finder",
    "nice!",
    "faint, hard to find",
    "bands visible",
    "moon up",
    "Cassini division seen",
    "wind shaking the scope",
]


def _observing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31304)
    rows: list[dict[str, Any]] = []
    nights = sorted(int(x) for x in rng.choice(1400, size=170, replace=False))
    names = list(_OB_OBJECTS)
    weights = [v[2] for v in _OB_OBJECTS.values()]
    for d in nights:
        day = pd.Timestamp("2021-03-01") + pd.Timedelta(days=d)
        seeing = int(_one(rng, [1, 2, 3, 4, 5], [1, 3, 5, 4, 2]))
        transp = str(_one(rng, _OB_TRANSP, [1, 3, 4, 2]))
        aperture = int(_one(rng, [80, 130, 203], [2, 4, 5] if day.year >= 2023 else [4, 5, 0.01]))
        minute = 20 * 60 + int(rng.integers(0, 150))
        for obj in rng.choice(names, size=int(rng.integers(2, 6)), replace=False, p=np.array(weights) / sum(weights)):
            kind, mag, _ = _OB_OBJECTS[str(obj)]
            power = (40 + 12 * max(mag, 0) + (120 if kind == "Planet" else 0)) * float(rng.uniform(0.6, 1.4))
            power = int(round(power / 2) * 2)
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Time": f"{minute // 60 % 24:02d}:{minute % 60:02d}",
                    "Object": str(obj),
                    "Type": kind,
                    "Mag": None if rng.random() < 0.12 else mag,
                    "Seeing": seeing,
                    "Transparency": transp,
                    "Aperture (mm)": aperture,
                    "Magnification": f"{power}x",
                    "Notes": str(_one(rng, _OB_NOTES)),
                }
            )
            minute += int(rng.integers(10, 40))
    return pd.DataFrame(rows)


def _ob_power(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Magnification").str.rstrip("xX"), errors="coerce")


def _ob_when(df: pd.DataFrame) -> pd.Series:
    return _when(df, "Date", "%Y-%m-%d")


_OB_QS = [
    Q(
        "how many different objects have i looked at",
        _count(lambda df: int(_text(df, "Object").nunique())),
        ("Object",),
    ),
    Q(
        "what have i observed most often",
        _lead(_named(lambda df: _top(_text(df, "Object").value_counts()))),
        ("Object",),
    ),
    Q(
        "average seeing when transparency was excellent",
        _typical(lambda df: pd.to_numeric(df["Seeing"])[_text(df, "Transparency") == "Excellent"]),
        ("Seeing", "Transparency"),
    ),
    Q(
        "do i use more magnification on fainter stuff",
        _corr(lambda d: pd.to_numeric(d["Mag"]), _ob_power),
        ("Mag", "Magnification"),
    ),
    Q(
        "how many entries have no magnitude written down",
        _count(lambda df: int(pd.to_numeric(df["Mag"]).isna().sum())),
        ("Mag",),
    ),
    Q(
        "which month did i log the most observations",
        either(
            _month_year(lambda df: _ob_when(df).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()),
            _month_word(lambda df: int(_ob_when(df).dt.month.value_counts().sort_index().idxmax())),
        ),
        ("Date", "Object"),
    ),
]


# --- 5. Local storm reports: hail ----------------------------------------------------------------------------------

# state: weight, WFOs, counties, lat range, lon range
_HL_STATES: dict[str, tuple[int, list[str], list[str], tuple[float, float], tuple[float, float]]] = {
    "TX": (
        9,
        ["FWD", "LUB", "SJT", "AMA"],
        ["TARRANT", "LUBBOCK", "TOM GREEN", "POTTER", "DALLAS", "COLLIN"],
        (30.5, 35.5),
        (-102.5, -96.5),
    ),
    "KS": (6, ["ICT", "DDC", "GLD"], ["SEDGWICK", "FORD", "SHERMAN", "BARTON", "RENO"], (37.0, 40.0), (-101.8, -95.5)),
    "OK": (5, ["OUN", "TSA"], ["OKLAHOMA", "CLEVELAND", "TULSA", "CADDO", "COMANCHE"], (34.0, 36.9), (-99.5, -95.0)),
    "NE": (4, ["OAX", "LBF", "GID"], ["DOUGLAS", "LINCOLN", "HALL", "BUFFALO"], (40.0, 42.8), (-101.0, -96.0)),
    "CO": (4, ["BOU", "PUB"], ["WELD", "EL PASO", "ARAPAHOE", "LARIMER"], (37.5, 40.9), (-105.2, -102.5)),
    "SD": (2, ["FSD", "UNR"], ["MINNEHAHA", "PENNINGTON", "BROWN"], (43.0, 45.8), (-103.5, -96.6)),
    "IA": (2, ["DMX", "DVN"], ["POLK", "STORY", "SCOTT"], (40.7, 43.4), (-95.5, -90.5)),
    "MN": (1, ["MPX"], ["HENNEPIN", "DAKOTA"], (44.0, 46.0), (-95.0, -92.8)),
}
_HL_SOURCES = {"TRAINED SPOTTER": 5, "PUBLIC": 6, "LAW ENFORCEMENT": 2, "MPING": 3, "BROADCAST MEDIA": 1}
_HL_SIZES = [0.75, 0.88, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 2.75, 3.0, 4.0]
_HL_CITIES = ["2 N", "3 SW", "5 E", "1 NNW", "4 SSE", "6 W", ""]
_HL_TOWNS = ["MIDWAY", "FAIRVIEW", "OAKDALE", "CENTERVILLE", "PLEASANT HILL", "RIVERTON", "GREENFIELD", "SALEM"]


def _hail_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31305)
    rows: list[dict[str, Any]] = []
    month_w = [0.2, 0.4, 1.5, 5, 8, 7, 3.5, 2.2, 1.5, 0.8, 0.3, 0.1]
    for _ in range(2600):
        year = int(_one(rng, [2022, 2023, 2024]))
        month = int(_one(rng, list(range(1, 13)), month_w))
        t = pd.Timestamp(year, month, 1) + pd.Timedelta(
            days=int(rng.integers(0, 28)), minutes=int(rng.integers(0, 1440))
        )
        state = str(_one(rng, list(_HL_STATES), [v[0] for v in _HL_STATES.values()]))
        _, wfos, counties, (la0, la1), (lo0, lo1) = _HL_STATES[state]
        source = str(_one(rng, list(_HL_SOURCES), list(_HL_SOURCES.values())))
        size_w = [8, 5, 10, 6, 5, 6, 3, 1.5, 1, 0.7, 0.3]
        if source == "PUBLIC":
            size_w = [5, 4, 9, 6, 6, 7, 4, 2, 1.5, 1, 0.5]
        size = float(_one(rng, _HL_SIZES, size_w))
        damage = rng.random() < (0.05 + 0.2 * (size >= 1.75))
        remark = (
            str(_one(rng, ["DAMAGE TO VEHICLES.", "ROOF AND SIDING DAMAGE.", "WINDOWS BROKEN, DAMAGE TO CARS."]))
            if damage
            else str(
                _one(rng, ["", "", "", "RELAYED VIA SOCIAL MEDIA.", "HAIL COVERING THE GROUND.", "LASTED 10 MINUTES."])
            )
        )
        rows.append(
            {
                "VALID": f"{t:%Y%m%d%H%M}",
                "LAT": round(float(rng.uniform(la0, la1)), 4),
                "LON": round(float(rng.uniform(lo0, lo1)), 4),
                "MAG": size,
                "WFO": str(_one(rng, wfos)),
                "TYPECODE": "H",
                "TYPETEXT": "HAIL",
                "CITY": f"{_one(rng, _HL_CITIES)} {_one(rng, _HL_TOWNS)}".strip(),
                "COUNTY": str(_one(rng, counties)),
                "STATE": state,
                "SOURCE": source,
                "REMARK": remark,
            }
        )
    rows[1234] |= {"STATE": "TX", "COUNTY": "TARRANT", "MAG": 4.5, "REMARK": "DAMAGE TO VEHICLES AND ROOFS."}
    return pd.DataFrame(rows)


def _hl_mag(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["MAG"])


def _hl_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["VALID"].astype("string").str.strip(), format="%Y%m%d%H%M")


def _hl_mean(source: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_hl_mag(df)[_text(df, "SOURCE") == source].mean())


_HL_QS = [
    Q("how many reports of hail 2 inches or bigger", _count(lambda df: int((_hl_mag(df) >= 2).sum())), ("MAG",)),
    Q(
        "which state had the most hail reports",
        _lead(_named(lambda df: _top(_text(df, "STATE").value_counts()))),
        ("STATE",),
    ),
    Q(
        "avg hail size from trained spotters vs the public",
        _about(lambda df: [_hl_mean("TRAINED SPOTTER")(df), _hl_mean("PUBLIC")(df)], rel=0.005),
        ("MAG", "SOURCE"),
    ),
    Q(
        "what month gets the most hail",
        either(
            _month_word(lambda df: int(_hl_when(df).dt.month.value_counts().sort_index().idxmax())),
            _month_year(lambda df: _hl_when(df).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()),
        ),
        ("VALID",),
    ),
    Q(
        "how many reports mention damage",
        _count(lambda df: int(_text(df, "REMARK").str.contains("damage", case=False).sum())),
        ("REMARK",),
    ),
    Q(
        "biggest hail in texas?",
        _about(lambda df: float(_hl_mag(df)[_text(df, "STATE") == "TX"].max())),
        ("MAG", "STATE", "COUNTY", "CITY", "VALID"),
    ),
]


# --- 6. Canal lock passage log -------------------------------------------------------------------------------------

# lock: base lockage minutes
_LK_LOCKS = {"LOCK 1 - WEST END": 32, "LOCK 2 - MILL CREEK": 27, "LOCK 3 - HAYES FERRY": 41, "LOCK 4 - EAST BASIN": 30}
_LK_TOWS = [
    "MISS KAREN",
    "CAPT. J.R. HALE",
    "OHIO VALLEY",
    "SARAH B",
    "MARQUETTE TRADER",
    "WILLIAM E. PORTER",
    "CREOLE QUEEN",
    "ANNIE LEE",
]
_LK_BOATS = [
    "REEL DEAL",
    "SEA ESTA",
    "KNOT WORKING",
    "AQUAHOLIC",
    "LIQUID ASSETS",
    "MISS BEHAVIN",
    "SOLITUDE",
    "DAD'S TOY",
    "SUNDANCE",
    "BLUE HERON",
    "FREEDOM",
    "NAUTI GIRL",
    "OFF DUTY",
    "TWO FISH",
]


def _lock_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31306)
    rows: list[dict[str, Any]] = []
    for _ in range(3400):
        d = int(rng.integers(0, 731))
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=d)
        pleasure = day.month in range(5, 11) and rng.random() < (0.55 if day.month in (6, 7, 8) else 0.3)
        lock = str(_one(rng, list(_LK_LOCKS)))
        t = day + pd.Timedelta(minutes=int(rng.integers(0, 1440) if not pleasure else rng.integers(420, 1200)))
        if pleasure:
            minutes = max(10, int(rng.normal(_LK_LOCKS[lock] * 0.6, 5)))
            tons = None
            wait = max(0, int(rng.normal(35, 20)))
        else:
            minutes = max(15, int(rng.normal(_LK_LOCKS[lock] * 1.3, 9)))
            tons = int(rng.integers(1, 16)) * int(rng.integers(1200, 1600))
            wait = max(0, int(rng.normal(55, 30)))
        rows.append(
            {
                "LOCK": lock,
                "DATE_TIME": f"{t:%m/%d/%Y %H:%M}",
                "VESSEL_NAME": str(
                    _one(rng, _LK_BOATS if pleasure else _LK_TOWS, None if pleasure else [6, 4, 4, 3, 2, 2, 1, 1])
                ),
                "VESSEL_TYPE": "PLEASURE" if pleasure else "COMMERCIAL",
                "DIRECTION": str(_one(rng, ["UP", "DOWN"])),
                "LOCKAGE_MIN": minutes,
                "TONNAGE": tons,
                "WAIT_MIN": wait,
            }
        )
    out = pd.DataFrame(rows)
    out["_t"] = pd.to_datetime(out["DATE_TIME"], format="%m/%d/%Y %H:%M")
    return out.sort_values("_t", kind="stable").drop(columns="_t").reset_index(drop=True).astype({"TONNAGE": "Int64"})


def _lk_when(df: pd.DataFrame) -> pd.Series:
    return _when(df, "DATE_TIME", "%m/%d/%Y %H:%M")


def _lk_wait(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(pd.to_numeric(df["WAIT_MIN"])[_text(df, "VESSEL_TYPE") == kind].mean())


def _lk_july_pleasure(df: pd.DataFrame) -> float:
    july = _lk_when(df).dt.month == 7
    return float((_text(df, "VESSEL_TYPE") == "PLEASURE")[july].mean())


_LK_QS = [
    Q(
        "how many boats went through in 2024",
        _count(lambda df: int((_lk_when(df).dt.year == 2024).sum())),
        ("DATE_TIME", "VESSEL_NAME"),
    ),
    Q(
        "avg wait for commercial vs pleasure boats",
        _about(lambda df: [_lk_wait("COMMERCIAL")(df), _lk_wait("PLEASURE")(df)], rel=0.005),
        ("WAIT_MIN", "VESSEL_TYPE"),
    ),
    Q(
        "which lock has the longest lockages on average",
        _lead(_named(lambda df: _top(pd.to_numeric(df["LOCKAGE_MIN"]).groupby(_text(df, "LOCK")).mean()))),
        ("LOCK", "LOCKAGE_MIN"),
    ),
    Q(
        "total tonnage moved upstream",
        _amount(lambda df: float(pd.to_numeric(df["TONNAGE"])[_text(df, "DIRECTION") == "UP"].sum())),
        ("TONNAGE", "DIRECTION"),
    ),
    Q(
        "what share of july traffic is pleasure boats",
        _share(_lk_july_pleasure),
        ("VESSEL_TYPE", "DATE_TIME"),
    ),
    Q(
        "which vessel came through the most",
        _lead(_named(lambda df: _top(_text(df, "VESSEL_NAME").value_counts()))),
        ("VESSEL_NAME",),
    ),
]


# --- 7. Warehouse pick log -----------------------------------------------------------------------------------------

_WH_PICKERS = {
    "MGARCIA": 0.85,
    "TNGUYEN": 0.95,
    "JSMITH": 1.0,
    "KPATEL": 1.05,
    "DBROWN": 1.15,
    "LWILSON": 1.0,
    "RJOHNSON": 1.25,
    "AKHAN": 0.92,
}
_WH_ZONES = {"A": 28, "B": 36, "C": 47, "FREEZER": 62}


def _pick_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31307)
    rows: list[dict[str, Any]] = []
    order = 104000
    skus = [f"SKU-{n}" for n in rng.choice(np.arange(10000, 19999), size=260, replace=False)]
    while len(rows) < 4200:
        order += int(rng.integers(1, 4))
        day = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 181)))
        shift = str(_one(rng, ["1ST", "2ND", "3RD"], [5, 4, 2]))
        picker = str(_one(rng, list(_WH_PICKERS)))
        for _ in range(int(rng.integers(1, 7))):
            zone = str(_one(rng, list(_WH_ZONES), [5, 4, 3, 1]))
            units = int(_one(rng, [1, 1, 1, 2, 2, 3, 4, 6, 12, 24]))
            secs = int(_WH_ZONES[zone] * _WH_PICKERS[picker] * float(rng.lognormal(0, 0.3)) + 2.5 * units)
            mis = int(rng.random() < (0.012 + (0.018 if shift == "3RD" else 0) + (0.01 if picker == "RJOHNSON" else 0)))
            rows.append(
                {
                    "ORDER_NO": f"SO-{order}",
                    "PICKER": picker,
                    "ZONE": zone,
                    "SKU": str(_one(rng, skus)),
                    "UNITS": units,
                    "PICK_SEC": secs,
                    "SHIFT": shift,
                    "MISPICK": mis,
                    "PICK_DATE": f"{day:%Y-%m-%d}",
                }
            )
    return pd.DataFrame(rows)


def _wh_march(df: pd.DataFrame) -> pd.Series:
    return _when(df, "PICK_DATE", "%Y-%m-%d").dt.month == 3


def _wh_rates(df: pd.DataFrame) -> list[float]:
    mis = pd.to_numeric(df["MISPICK"])
    return [float(mis[_text(df, "SHIFT") == s].mean()) for s in ("1ST", "2ND", "3RD")]


_WH_QS = [
    Q(
        "how many orders are in here",
        either(_count(lambda df: int(_text(df, "ORDER_NO").nunique())), _count(lambda df: len(df))),
        ("ORDER_NO",),
    ),
    Q(
        "who's the fastest picker",
        _any_named(
            lambda df: _top(pd.to_numeric(df["PICK_SEC"]).groupby(_text(df, "PICKER")).mean(), lowest=True),
            lambda df: _top(
                pd.to_numeric(df["PICK_SEC"]).groupby(_text(df, "PICKER")).sum()
                / pd.to_numeric(df["UNITS"]).groupby(_text(df, "PICKER")).sum(),
                lowest=True,
            ),
        ),
        ("PICKER", "PICK_SEC", "UNITS"),
    ),
    Q("mispick rate by shift", _shares(_wh_rates), ("SHIFT", "MISPICK")),
    Q(
        "which zone is slowest",
        _lead(_named(lambda df: _top(pd.to_numeric(df["PICK_SEC"]).groupby(_text(df, "ZONE")).mean()))),
        ("ZONE", "PICK_SEC"),
    ),
    Q(
        "total units picked in march",
        _count(lambda df: int(pd.to_numeric(df["UNITS"])[_wh_march(df)].sum())),
        ("UNITS", "PICK_DATE"),
    ),
    Q(
        "and how many of those were mispicks",
        _count(lambda df: int(pd.to_numeric(df["MISPICK"])[_wh_march(df)].sum())),
        ("MISPICK", "PICK_DATE", "UNITS"),
    ),
]


HELDOUT313 = [
    Dataset("lighthouse_visitors", _lighthouse_frame, _LH_QS),
    Dataset("show_cave_bookings", _cave_frame, _CV_QS),
    Dataset("mining_claims", _claims_frame, _MC_QS),
    Dataset("observing_log", _observing_frame, _OB_QS),
    Dataset("hail_reports", _hail_frame, _HL_QS),
    Dataset("canal_lock_log", _lock_frame, _LK_QS),
    Dataset("warehouse_picks", _pick_frame, _WH_QS),
]
