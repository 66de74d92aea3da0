"""HELDOUT55: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
"House Prices - Advanced Regression Techniques" train.csv (1460 Ames houses sold 2006 to July 2010) with Id,
MSSubClass codes (20, 60, 50, ...), MSZoning including "C (all)", LotFrontage, Alley, GarageType and PoolQC written
"NA" when missing or absent, Neighborhood codes ("NAmes", "CollgCr", "NridgHt"), BldgType, HouseStyle ("1Story",
"1.5Fin", "SLvl"), OverallQual and OverallCond on 1-10, YearRemodAdd never before 1950, Y / N CentralAir, GrLivArea,
Ex / Gd / TA / Fa KitchenQual, GarageCars, seven pools, MoSold, YrSold, SaleType, SaleCondition (new houses as
"Partial") and SalePrice, with the two huge Edwards houses sold cheaply; a 5000-attack sample of the Global
Terrorism Database (globalterrorismdb_0718dist.csv) from 1970 to 2017 with eventid built from the date
(197001030001), iyear, imonth, iday (0 when unknown), no attacks in 1993, country_txt ("West Germany (FRG)" before
1990), region_txt, provstate (some blank), city ("Unknown" for some), 0 / 1 success and suicide, attack, target and
weapon types, gname with "Unknown" for most attacks, and nkill and nwound with blanks; the Boston Marathon 2017
results (marathon_results_2017.csv, 5000 finishers) with an unnamed index column, numeric bibs and "F1" style bibs
for the elite women, "Kirui, Geoffrey" style names, Age, M/F, City, State (US states and Canadian provinces, blank
for other countries), three-letter Country and mostly blank Citizen codes, 5K to 40K and Half splits as "0:15:25"
with a few "-", Pace per mile, an all "-" Proj Time, Official Time as "2:09:37", and Overall, Gender and Division
places; the NYC DOHMH Restaurant Inspection Results (one row per violation: 4847 rows for 300 restaurants from 2019
to July 2024, few in 2020) with CAMIS, upper-case DBA names and chains, BORO including "0", BUILDING ("37-11" in
Queens), STREET, ZIPCODE, PHONE, CUISINE DESCRIPTION, INSPECTION DATE as "07/14/2022" and "01/01/1900" for
restaurants not yet inspected, ACTION, VIOLATION CODE ("10F") and its description, Critical / Not Critical / Not
Applicable flags, the SCORE of the inspection on every one of its rows (blank for administrative inspections), A /
B / C / Z / P or blank GRADE, GRADE DATE, RECORD DATE and INSPECTION TYPE; Kaggle's SF Salaries (Salaries.csv, 5000
rows from 2011 to 2014) with Id, EmployeeName and JobTitle in upper case for 2011 and mixed case after, BasePay,
OvertimePay, OtherPay and Benefits (blank for 2011) with four "Not Provided" rows at the end, a few blank BasePay,
one negative payment, TotalPay, TotalPayBenefits, Year, an empty Notes column, Agency "San Francisco" and FT / PT
Status only for 2014; Kaggle's Coursera Course Dataset (coursea_data.csv, 892 courses in title order) with a
shuffled unnamed index, course_title, course_organization (accented names among them), COURSE / SPECIALIZATION /
PROFESSIONAL CERTIFICATE in course_Certificate_type, one-decimal course_rating, Beginner / Intermediate / Mixed /
Advanced course_difficulty and course_students_enrolled as text ("5.3k", "17k", "1.2m"); and Kaggle's Amazon Sales
Dataset (amazon.csv, 1437 rows for 1323 products, the rest listed twice) with "B0..." product_id, long
product_name, "|"-joined category paths ("Computers&Accessories|Accessories&Peripherals|...|USBCables"),
discounted_price and actual_price as "₹1,099" (Indian grouping above a lakh: "₹1,64,799"), discount_percentage as
"64%", rating as text with one "|", rating_count as "24,269" with two blank, about_product, comma-joined user_id,
user_name, review_id, review_title and review_content, img_link and product_link. All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _loose, _named, _share, _split, _text, _year
from .heldout38 import _draw, _table
from .heldout39 import _fields
from .heldout40 import _number, _top_named
from .heldout42 import _ranked, _unique
from .offline_eval import NUMBER_TOKEN as _NUMBER_TOKEN
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _either_count(*values: Callable[[pd.DataFrame], float]) -> Check:
    """Any one of several counts, to the unit."""
    return either(*(_count(v) for v in values))


def _either_share(*values: Callable[[pd.DataFrame], float]) -> Check:
    """Any one of several shares, each as `_share` reads it."""
    return either(*(_share(v) for v in values))


def _top_label(counts: pd.Series) -> str:
    """The label with the highest score (ties in label order)."""
    return str(_ranked(counts).index[0])


_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?![\d:])")
_HOURS_MINUTES = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:h|hr|hrs|hours?)\b[\s,]*(?:and\s+)?(\d{1,2})\s*(?:m|min|mins|minutes?)\b"
    r"(?:[\s,]*(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b)?",
    re.IGNORECASE,
)


def _duration(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every duration (in seconds, computed from the frame) appears as a clock time ("3:46:12", or "3:46" to the
    minute, rounded or cut), in hours and minutes ("3 h 46 min", "3 hours 46 minutes 12 seconds") or as a number of
    minutes, hours or seconds ("226.2 minutes", "3.77 hours"), within the rounding of the figure as written but never
    further off than half a percent."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        said: list[tuple[float, float]] = []
        for pattern in (_CLOCK, _HOURS_MINUTES):
            for m in pattern.finditer(answer):
                secs = m.group(3)
                at = 3600.0 * int(m.group(1)) + 60.0 * int(m.group(2)) + float(secs or 0)
                said.append((at, 1.5 if secs else 60.5))
        rest = _CLOCK.sub(" ", _HOURS_MINUTES.sub(" ", answer))
        for token in _NUMBER_TOKEN.findall(rest):
            places = len(token.split(".")[1]) if "." in token else 0
            for scale in (1.0, 60.0, 3600.0):
                said.append((float(token.replace(",", "")) * scale, 0.5 * 10.0**-places * scale))
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= min(max(tol, 0.002 * want), 0.005 * want) for f, tol in said):
                return f"missing duration {want:.0f} s"
        return None

    return check


def _named_alone(value: Callable[[pd.DataFrame], str], column: str) -> Check:
    """The label computed from the frame appears other than inside a longer label of the same column ("Taliban",
    not the "Taliban" in "Tehrik-i-Taliban Pakistan (TTP)"), in full or without its bracketed abbreviation."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = str(value(df))
        text = _loose(answer)
        for label in pd.unique(_text(df[column])):
            for form in (str(label), re.sub(r"\s*\(.*?\)", "", str(label))):
                if form != want and _loose(want) in _loose(form) and _loose(form) != _loose(want):
                    text = text.replace(_loose(form), " ")
        return None if _loose(want) in text else f"missing label {want!r}"

    return check


# --- 1. Ames house prices (Kaggle "House Prices - Advanced Regression Techniques", train.csv) ---------------------

# neighbourhood: houses, log-price shift, years built (from, to), zoning, OverallQual shift
_HP_HOODS: dict[str, tuple[float, float, tuple[int, int], str, float]] = {
    "NAmes": (225, -0.10, (1948, 1978), "RL:97;RH:3", -0.5),
    "CollgCr": (150, 0.06, (1972, 2008), "RL:95;RM:5", 0.6),
    "OldTown": (113, -0.22, (1880, 1948), "RM:70;RL:25;C (all):5", -0.9),
    "Edwards": (100, -0.20, (1920, 2007), "RL:85;RM:10;RH:5", -0.8),
    "Somerst": (86, 0.12, (1999, 2009), "FV:60;RL:35;RM:5", 1.1),
    "Gilbert": (79, 0.02, (1993, 2007), "RL:100", 0.6),
    "NridgHt": (77, 0.30, (2002, 2010), "RL:95;RM:5", 2.1),
    "Sawyer": (74, -0.12, (1950, 1978), "RL:100", -0.6),
    "NWAmes": (73, 0.02, (1966, 1980), "RL:100", 0.2),
    "SawyerW": (59, 0.0, (1960, 2006), "RL:95;RM:5", 0.3),
    "BrkSide": (58, -0.20, (1910, 1950), "RM:60;RL:40", -1.0),
    "Crawfor": (51, 0.12, (1915, 2005), "RL:90;RM:5;RH:5", 0.3),
    "Mitchel": (49, -0.06, (1960, 2000), "RL:90;RM:10", -0.3),
    "NoRidge": (41, 0.28, (1991, 2001), "RL:100", 1.8),
    "Timber": (38, 0.12, (1975, 2009), "RL:100", 1.0),
    "IDOTRR": (37, -0.35, (1900, 1945), "RM:75;C (all):20;RL:5", -1.4),
    "ClearCr": (28, 0.12, (1960, 1990), "RL:100", 0.2),
    "StoneBr": (25, 0.30, (1990, 2009), "RL:100", 1.9),
    "SWISU": (25, -0.12, (1910, 1940), "RL:70;RM:30", -0.6),
    "MeadowV": (17, -0.40, (1970, 1977), "RM:100", -1.4),
    "Blmngtn": (17, 0.02, (2003, 2009), "RL:50;RM:50", 1.0),
    "BrDale": (16, -0.30, (1970, 1973), "RM:100", -0.7),
    "Veenker": (11, 0.15, (1972, 1995), "RL:100", 0.8),
    "NPkVill": (9, -0.10, (1976, 1978), "RL:100", 0.0),
    "Blueste": (2, -0.15, (1980, 1980), "RM:100", 0.0),
}
_HP_TOWNHOUSES = ("Blmngtn", "BrDale", "NPkVill", "MeadowV", "Blueste")
_HP_OLD_CLASSES = "30:69;50:144;70:60;190:30;45:12;75:16;90:5"
_HP_NEW_CLASSES = "20:536;60:299;120:87;160:63;80:58;90:47;85:20;180:6;50:12;40:4"
_HP_STYLES = {20: "1Story", 30: "1Story", 40: "1Story", 45: "1.5Unf", 50: "1.5Fin", 60: "2Story", 70: "2Story"}
_HP_STYLES |= {75: "2.5Unf|2.5Fin", 80: "SLvl", 85: "SFoyer", 90: "1Story|2Story", 120: "1Story", 160: "2Story"}
_HP_STYLES |= {180: "SFoyer", 190: "2Story|1.5Fin"}
_HP_BUILDINGS = {90: "Duplex", 120: "TwnhsE", 160: "Twnhs|TwnhsE", 180: "TwnhsE", 190: "2fmCon"}
# house style: log of the typical above-ground living area in square feet
_HP_AREAS = {"1Story": 7.15, "2Story": 7.45, "1.5Fin": 7.28, "1.5Unf": 7.0, "2.5Unf": 7.6, "2.5Fin": 7.7}
_HP_AREAS |= {"SLvl": 7.12, "SFoyer": 6.95}
_HP_MONTHS = [58, 52, 106, 141, 204, 253, 234, 122, 63, 89, 79, 59]
_HP_YEARS = {2006: 314, 2007: 329, 2008: 304, 2009: 338, 2010: 175}
_HP_SALES = "Normal:1198;Abnorml:101;Family:20;Alloca:12;AdjLand:4"


def _hp_house(rng: np.random.Generator, hood: str) -> dict[str, Any]:
    _w, shift, (first, last), zoning, qual_shift = _HP_HOODS[hood]
    sold = int(_one(rng, list(_HP_YEARS), list(_HP_YEARS.values())))
    month = int(_one(rng, list(range(1, 8 if sold == 2010 else 13)), _HP_MONTHS[: 7 if sold == 2010 else 12]))
    built = min(int(rng.integers(first, last + 1)), sold)
    if hood in _HP_TOWNHOUSES:
        cls = int(_one(rng, [120, 160], [40, 60]))
    else:
        cls = int(_draw(rng, _HP_OLD_CLASSES if built < 1946 else _HP_NEW_CLASSES))
    style = str(_one(rng, _HP_STYLES[cls].split("|")))
    building = str(_one(rng, _HP_BUILDINGS.get(cls, "1Fam").split("|")))
    qual = int(np.clip(round(rng.normal(6.0 + qual_shift, 1.05)), 1, 10))
    area = float(np.exp(rng.normal(_HP_AREAS[style] + 0.1 * (qual - 6), 0.2)))
    area = int(np.clip(round(area * (0.85 if cls in (120, 160) else 1.0)), 334, 4200))
    cond = int(_draw(rng, "5:60;6:15;7:12;8:5;4:4;3:2;9:1.5;2:0.4" if built < 1990 else "5:90;6:5;7:3;4:1;8:1"))
    remod = max(built, 1950)
    if rng.random() < (0.55 if built < 1990 else 0.08):
        remod = int(rng.integers(max(built, 1950), sold + 1))
    air = "N" if rng.random() < (0.25 if built < 1950 else 0.05 if built < 1970 else 0.004) else "Y"
    garage = "NA"
    if rng.random() > (0.14 if built < 1950 else 0.03):
        garage = str(_draw(rng, "Attchd:60;Detchd:40" if built < 1975 else "Attchd:80;BuiltIn:12;Detchd:8"))
    cars = 0 if garage == "NA" else int(_draw(rng, "1:55;2:40;3:5" if built < 1960 else "1:15;2:65;3:20"))
    if cars and qual >= 8:
        cars = int(_draw(rng, "2:35;3:63;4:2"))
    baths = 1 if area < 1000 else int(_one(rng, [1, 2], [40, 60])) if area < 1800 else int(_one(rng, [2, 3], [80, 20]))
    if rng.random() < 0.006:
        baths = 0
    beds = int(np.clip(round(area / 520 + rng.normal(0.3, 0.55)), 1, 8))
    if rng.random() < 0.004:
        beds = 0
    kitchens = {8: "Gd:75;Ex:25", 7: "Gd:85;TA:10;Ex:5", 6: "TA:70;Gd:28;Fa:2", 5: "TA:70;Gd:28;Fa:2"}
    kitchen = "Ex" if qual >= 9 else _draw(rng, kitchens.get(qual, "TA:78;Fa:22"))
    new = built >= sold - 1 and rng.random() < 0.8
    condition = "Partial" if new else _draw(rng, _HP_SALES)
    sale_type = "New" if new else "COD" if condition == "Abnorml" and rng.random() < 0.35 else "WD"
    if sale_type == "WD" and rng.random() < 0.03:
        sale_type = str(_one(rng, ["ConLD", "ConLI", "ConLw", "CWD", "Oth", "Con"]))
    frontage: Any = "NA"
    if rng.random() > 0.177:
        frontage = int(
            np.clip(round(rng.normal(24 if cls in (120, 160) else 71, 5 if cls in (120, 160) else 19)), 21, 200)
        )
    lot = float(np.exp(rng.normal(7.9 if cls in (120, 160) else 9.15, 0.35 if cls in (120, 160) else 0.38)))
    log_price = 12.06 + 0.11 * (qual - 6) + 0.62 * np.log(area / 1500) + shift + 0.0022 * (built - 1975)
    log_price += 0.025 * (cond - 5) * (built < 1990) + 0.05 * (cars - 2) - 0.12 * (air == "N")
    log_price += {"Abnorml": -0.13, "Family": -0.08, "Alloca": -0.05, "AdjLand": -0.2, "Partial": 0.05}.get(
        condition, 0
    )
    log_price += 0.04 * np.log(lot / 9500) + rng.normal(0, 0.09)
    price = float(np.clip(np.exp(log_price), 34_900, 755_000))
    step = float(_one(rng, [500, 100, 1], [60, 30, 10]))
    return {
        "MSSubClass": cls,
        "MSZoning": _draw(rng, zoning),
        "LotFrontage": frontage,
        "LotArea": int(np.clip(round(lot), 1300, 215_245)),
        "Street": "Grvl" if rng.random() < 0.004 else "Pave",
        "Alley": str(_draw(rng, "Grvl:55;Pave:45")) if rng.random() < (0.2 if built < 1946 else 0.02) else "NA",
        "Neighborhood": hood,
        "BldgType": building,
        "HouseStyle": style,
        "OverallQual": qual,
        "OverallCond": cond,
        "YearBuilt": built,
        "YearRemodAdd": remod,
        "CentralAir": air,
        "GrLivArea": area,
        "FullBath": baths,
        "BedroomAbvGr": beds,
        "KitchenQual": kitchen,
        "GarageType": garage,
        "GarageCars": cars,
        "PoolArea": 0,
        "PoolQC": "NA",
        "MoSold": month,
        "YrSold": sold,
        "SaleType": sale_type,
        "SaleCondition": condition,
        "SalePrice": int(round(price / step) * step),
    }


def _houses_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5501)
    hoods = list(_HP_HOODS)
    rows = [_hp_house(rng, str(_one(rng, hoods, [h[0] for h in _HP_HOODS.values()]))) for _ in range(1460)]
    # the two famous outliers: huge new houses in Edwards sold as partial sales far below their size
    for i, (area, price) in zip(rng.choice(1460, 2, replace=False), ((4676, 184_750), (5642, 160_000)), strict=True):
        rows[int(i)] |= {"Neighborhood": "Edwards", "GrLivArea": area, "SalePrice": price, "OverallQual": 10}
        rows[int(i)] |= {"YearBuilt": 2008, "YearRemodAdd": 2008, "YrSold": 2008, "SaleCondition": "Partial"}
        rows[int(i)] |= {"SaleType": "New", "HouseStyle": "2Story", "MSSubClass": 60, "CentralAir": "Y"}
    for i in rng.choice(1460, 7, replace=False):
        rows[int(i)] |= {"PoolArea": int(rng.integers(480, 739)), "PoolQC": str(_draw(rng, "Gd:3;Ex:2;Fa:2"))}
    frame = pd.DataFrame(rows)
    frame.insert(0, "Id", np.arange(1, len(frame) + 1))
    return frame


def _hp_medians(d: pd.DataFrame) -> pd.Series:
    return _ranked(d.groupby(_text(d["Neighborhood"]))["SalePrice"].median())


_HP_ID = ("Id", "SalePrice")
_HOUSES_QS = [
    Q(
        "what's the average sale price? and the median",
        _scaled(lambda d: [d["SalePrice"].mean(), d["SalePrice"].median()], (1e3,)),
        _HP_ID,
    ),
    Q(
        "which neighborhood has the highest median sale price?",
        _lead(_named(lambda d: str(_hp_medians(d).index[0]))),
        (*_HP_ID, "Neighborhood"),
    ),
    Q(
        "how many houses dont have central air",
        _count(lambda d: float((_text(d["CentralAir"]) == "N").sum())),
        (*_HP_ID, "CentralAir"),
    ),
    Q(
        "is bigger living area linked to higher price? give me the correlation",
        _corr(lambda d: d["GrLivArea"], lambda d: d["SalePrice"]),
        (*_HP_ID, "GrLivArea"),
    ),
    Q(
        "number of sales per year",
        _count(lambda d: d["YrSold"].value_counts().sort_index().to_numpy()),
        (*_HP_ID, "YrSold", "MoSold"),
    ),
    Q(
        "and the median price each year?",
        _scaled(lambda d: d.groupby("YrSold")["SalePrice"].median().to_numpy(), (1e3,)),
        (*_HP_ID, "YrSold", "MoSold"),
    ),
]


# --- 2. Global Terrorism Database (START, globalterrorismdb_0718dist.csv, a sample of its columns and rows) --------

# attacks a year in the full database (none recorded for 1993)
_GT_YEARS = _table(
    "1970:651;1971:471;1972:568;1973:473;1974:581;1975:740;1976:923;1977:1319;1978:1526;1979:2662;1980:2662;"
    "1981:2586;1982:2544;1983:2870;1984:3495;1985:2915;1986:2860;1987:3183;1988:3721;1989:4324;1990:3887;"
    "1991:4683;1992:5071;1994:3456;1995:3081;1996:3058;1997:3197;1998:934;1999:1395;2000:1814;2001:1906;"
    "2002:1333;2003:1278;2004:1166;2005:2017;2006:2758;2007:3242;2008:4805;2009:4721;2010:4826;2011:5076;"
    "2012:8522;2013:12036;2014:16903;2015:14965;2016:13587;2017:10900"
)
# eras the country weights below refer to: 1970s, 1980s, 1990-97, 1998-2007, 2008-11, 2012-17
_GT_ERAS = (1980, 1990, 1998, 2008, 2012, 2100)
# country: region, weight in each era, "province:city,city;...", groups as "name:weight;..."
_GT_COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "Iraq": (
        "Middle East & North Africa",
        "0,0,1,25,70,150",
        "Baghdad:Baghdad,Baghdad,Sadr City;Nineveh:Mosul,Tal Afar;Al Anbar:Ramadi,Fallujah;Diyala:Baqubah,Muqdadiyah;"
        "Saladin:Tikrit,Samarra,Baiji;Kirkuk:Kirkuk;Babil:Hillah,Iskandariyah;Basra:Basra",
        "Islamic State of Iraq and the Levant (ISIL):30;Al-Qaida in Iraq:8;Unknown:62",
    ),
    "Afghanistan": (
        "South Asia",
        "0,1,2,12,35,80",
        "Kabul:Kabul;Helmand:Lashkar Gah,Sangin,Gereshk;Kandahar:Kandahar,Spin Boldak;Nangarhar:Jalalabad;"
        "Ghazni:Ghazni;Kunduz:Kunduz;Faryab:Maymana;Herat:Herat",
        "Taliban:62;Khorasan Chapter of the Islamic State:5;Unknown:33",
    ),
    "Pakistan": (
        "South Asia",
        "0,5,15,20,60,50",
        "Khyber Pakhtunkhwa:Peshawar,Bannu,Dera Ismail Khan;Balochistan:Quetta,Turbat,Dera Bugti;"
        "Sindh:Karachi,Karachi,Hyderabad;Federally Administered Tribal Areas:Miranshah,Khar,Bara;"
        "Punjab:Lahore,Rawalpindi",
        "Tehrik-i-Taliban Pakistan (TTP):22;Baloch Republican Army (BRA):6;Lashkar-e-Jhangvi:3;Unknown:69",
    ),
    "India": (
        "South Asia",
        "2,20,40,35,40,40",
        "Jammu and Kashmir:Srinagar,Anantnag,Baramulla;Chhattisgarh:Sukma,Bijapur,Dantewada;Manipur:Imphal;"
        "Assam:Guwahati,Kokrajhar;Jharkhand:Ranchi,Gumla;Punjab:Amritsar,Ludhiana;Odisha:Malkangiri",
        "Communist Party of India - Maoist (CPI-Maoist):18;Sikh Extremists:10;"
        "United Liberation Front of Assam (ULFA):5;Maoists:8;Unknown:59",
    ),
    "Sri Lanka": (
        "South Asia",
        "0,15,25,10,5,0.5",
        "Northern:Jaffna,Vavuniya,Kilinochchi;Eastern:Batticaloa,Trincomalee;Western:Colombo",
        "Liberation Tigers of Tamil Eelam (LTTE):70;Unknown:30",
    ),
    "Bangladesh": (
        "South Asia",
        "0,1,2,5,5,10",
        "Dhaka:Dhaka;Chittagong:Chittagong;Rajshahi:Rajshahi",
        "Jamaat-ul-Mujahideen Bangladesh (JMB):15;Unknown:85",
    ),
    "Nepal": (
        "South Asia",
        "0,0,2,15,5,2",
        "Bagmati:Kathmandu;Janakpur:Janakpur;Narayani:Birgunj",
        "Communist Party of Nepal- Maoist (CPN-M):65;Unknown:35",
    ),
    "Colombia": (
        "South America",
        "3,40,40,20,10,8",
        "Antioquia:Medellin,Segovia;Cauca:Popayan,Toribio;Norte de Santander:Cucuta,Tibu;Bogota:Bogota;"
        "Arauca:Arauca,Saravena;Valle del Cauca:Cali",
        "Revolutionary Armed Forces of Colombia (FARC):45;National Liberation Army of Colombia (ELN):20;Unknown:35",
    ),
    "Peru": (
        "South America",
        "2,60,40,3,1,1",
        "Lima:Lima;Ayacucho:Ayacucho,Huanta;Junin:Huancayo;Huanuco:Huanuco",
        "Shining Path (SL):70;Tupac Amaru Revolutionary Movement (MRTA):8;Unknown:22",
    ),
    "Chile": (
        "South America",
        "3,40,10,2,1,1",
        "Santiago Metropolitan:Santiago;Valparaiso:Valparaiso;Bio Bio:Concepcion",
        "Manuel Rodriguez Patriotic Front (FPMR):30;Unknown:70",
    ),
    "El Salvador": (
        "Central America & Caribbean",
        "10,110,10,0,0,0",
        "San Salvador:San Salvador,Soyapango;Usulutan:Usulutan;San Miguel:San Miguel;Chalatenango:Chalatenango",
        "Farabundo Marti National Liberation Front (FMLN):55;Death Squad:8;Unknown:37",
    ),
    "Guatemala": (
        "Central America & Caribbean",
        "10,30,15,0,0,0",
        "Guatemala:Guatemala City;Quiche:Santa Cruz del Quiche;Escuintla:Escuintla",
        "Guerrilla Army of the Poor (EGP):25;Unknown:75",
    ),
    "Nicaragua": (
        "Central America & Caribbean",
        "2,35,5,0,0,0",
        "Jinotega:Jinotega;Matagalpa:Matagalpa;Managua:Managua",
        "Nicaraguan Democratic Force (FDN):60;Unknown:40",
    ),
    "United Kingdom": (
        "Western Europe",
        "60,25,25,5,5,5",
        "Northern Ireland:Belfast,Belfast,Londonderry,Newry;England:London,Manchester,Birmingham",
        "Irish Republican Army (IRA):50;Ulster Volunteer Force (UVF):8;Unknown:42",
    ),
    "Spain": (
        "Western Europe",
        "40,30,15,10,2,1",
        "Basque Country:San Sebastian,Bilbao,Vitoria;Navarre:Pamplona;Madrid:Madrid;Catalonia:Barcelona",
        "Basque Fatherland and Freedom (ETA):65;Unknown:35",
    ),
    "France": (
        "Western Europe",
        "25,25,15,10,3,3",
        "Corsica:Ajaccio,Bastia;Ile-de-France:Paris;Provence-Alpes-Cote d'Azur:Marseille,Nice",
        "Corsican National Liberation Front (FLNC):45;Unknown:55",
    ),
    "Italy": (
        "Western Europe",
        "40,15,3,2,1,1",
        "Lazio:Rome;Lombardy:Milan;Piedmont:Turin;Campania:Naples",
        "Red Brigades:35;Unknown:65",
    ),
    "West Germany (FRG)": (
        "Western Europe",
        "25,30,0,0,0,0",
        "Berlin:Berlin;Hesse:Frankfurt;Bavaria:Munich;North Rhine-Westphalia:Cologne,Dusseldorf",
        "Red Army Faction (RAF):25;Revolutionary Cells:10;Unknown:65",
    ),
    "Germany": (
        "Western Europe",
        "0,0,15,2,2,3",
        "Berlin:Berlin;Saxony:Leipzig,Dresden;North Rhine-Westphalia:Cologne,Dusseldorf",
        "Neo-Nazi extremists:20;Unknown:80",
    ),
    "Greece": (
        "Western Europe",
        "5,15,15,10,8,5",
        "Attica:Athens,Athens,Piraeus;Central Macedonia:Thessaloniki",
        "Revolutionary Organization 17 November:15;Unknown:85",
    ),
    "Turkey": (
        "Middle East & North Africa",
        "15,10,30,5,10,25",
        "Diyarbakir:Diyarbakir,Lice;Hakkari:Hakkari,Yuksekova;Istanbul:Istanbul;Sirnak:Cizre,Silopi",
        "Kurdistan Workers' Party (PKK):55;Unknown:45",
    ),
    "Yemen": (
        "Middle East & North Africa",
        "0,0,1,3,10,45",
        "Sanaa:Sanaa;Aden:Aden;Taizz:Taizz;Abyan:Zinjibar",
        "Houthi extremists (Ansar Allah):35;Al-Qaida in the Arabian Peninsula (AQAP):20;Unknown:45",
    ),
    "Syria": (
        "Middle East & North Africa",
        "1,2,0,0,1,20",
        "Aleppo:Aleppo;Damascus:Damascus;Idlib:Idlib;Homs:Homs",
        "Islamic State of Iraq and the Levant (ISIL):30;Al-Nusrah Front:15;Unknown:55",
    ),
    "Egypt": (
        "Middle East & North Africa",
        "1,2,10,1,5,25",
        "North Sinai:Arish,Rafah,Sheikh Zuweid;Cairo:Cairo;Giza:Giza",
        "Sinai Province of the Islamic State:30;Unknown:70",
    ),
    "Libya": (
        "Middle East & North Africa",
        "0,0,0,0,2,20",
        "Benghazi:Benghazi;Tripoli:Tripoli;Sirte:Sirte;Derna:Derna",
        "Islamic State of Iraq and the Levant (ISIL):20;Unknown:80",
    ),
    "Algeria": (
        "Middle East & North Africa",
        "1,1,40,10,5,1",
        "Algiers:Algiers;Blida:Blida;Medea:Medea;Boumerdes:Boumerdes",
        "Armed Islamic Group (GIA):45;Unknown:55",
    ),
    "Israel": (
        "Middle East & North Africa",
        "15,15,15,15,10,10",
        "Jerusalem:Jerusalem;Tel Aviv:Tel Aviv;Southern:Sderot,Beersheba",
        "Hamas (Islamic Resistance Movement):25;Palestinian Extremists:25;Unknown:50",
    ),
    "Lebanon": (
        "Middle East & North Africa",
        "5,40,10,5,5,5",
        "Beirut:Beirut;South:Sidon,Tyre;North:Tripoli",
        "Hezbollah:20;Unknown:80",
    ),
    "Philippines": (
        "Southeast Asia",
        "2,15,20,15,20,30",
        "Maguindanao:Datu Piang,Cotabato City;Sulu:Jolo,Patikul;Basilan:Isabela,Lamitan;"
        "Metropolitan Manila:Manila;Davao del Sur:Davao City",
        "New People's Army (NPA):40;Abu Sayyaf Group (ASG):15;Bangsamoro Islamic Freedom Movement (BIFM):10;Unknown:35",
    ),
    "Thailand": (
        "Southeast Asia",
        "1,3,3,15,25,15",
        "Narathiwat:Narathiwat,Rueso;Yala:Yala,Bannang Sata;Pattani:Pattani,Nong Chik;Bangkok:Bangkok",
        "Runda Kumpulan Kecil (RKK):10;Unknown:90",
    ),
    "Nigeria": (
        "Sub-Saharan Africa",
        "0,1,1,3,10,45",
        "Borno:Maiduguri,Bama,Gwoza;Adamawa:Mubi,Yola;Yobe:Damaturu,Potiskum;Plateau:Jos;Kaduna:Kaduna;Benue:Makurdi",
        "Boko Haram:55;Fulani extremists:20;Unknown:25",
    ),
    "Somalia": (
        "Sub-Saharan Africa",
        "0,1,2,3,10,40",
        "Banaadir:Mogadishu,Mogadishu;Lower Shebelle:Afgooye,Marka;Bay:Baidoa;Middle Juba:Bu'aale",
        "Al-Shabaab:75;Unknown:25",
    ),
    "Russia": (
        "Eastern Europe",
        "0,0,10,15,20,8",
        "Chechnya:Grozny,Argun;Dagestan:Makhachkala,Khasavyurt;Ingushetia:Nazran;Moscow Federal City:Moscow",
        "Chechen Rebels:30;Caucasus Emirate:15;Unknown:55",
    ),
    "Ukraine": (
        "Eastern Europe",
        "0,0,0,0,0,25",
        "Donetsk:Donetsk,Horlivka;Luhansk:Luhansk;Kharkiv:Kharkiv;Odessa:Odessa",
        "Donetsk People's Republic:35;Luhansk People's Republic:15;Unknown:50",
    ),
    "United States": (
        "North America",
        "50,20,10,3,2,3",
        "New York:New York City;California:Los Angeles,San Francisco;Puerto Rico:San Juan;Washington:Seattle;"
        "Florida:Miami",
        "New World Liberation Front (NWLF):10;Fuerzas Armadas de Liberacion Nacional (FALN):10;"
        "Anti-Abortion extremists:10;Left-Wing Militants:10;Unknown:60",
    ),
}
# attack type: weight, chance of nobody killed, weapon types
_GT_ATTACKS: dict[str, tuple[float, float, str]] = {
    "Bombing/Explosion": (48.6, 0.5, "Explosives:100"),
    "Armed Assault": (23.5, 0.3, "Firearms:92;Melee:4;Unknown:4"),
    "Assassination": (10.6, 0.3, "Firearms:75;Explosives:20;Unknown:5"),
    "Hostage Taking (Kidnapping)": (6.1, 0.75, "Firearms:50;Unknown:50"),
    "Facility/Infrastructure Attack": (5.7, 0.94, "Incendiary:85;Explosives:10;Melee:5"),
    "Unknown": (4.1, 0.5, "Unknown:70;Firearms:20;Explosives:10"),
    "Unarmed Assault": (0.6, 0.8, "Melee:60;Chemical:25;Unknown:15"),
    "Hostage Taking (Barricade Incident)": (0.5, 0.6, "Firearms:80;Unknown:20"),
    "Hijacking": (0.4, 0.85, "Firearms:50;Explosives:20;Unknown:30"),
}
_GT_TARGETS = (
    "Private Citizens & Property:24;Military:15.4;Police:13.5;Government (General):11.7;Business:11.4;"
    "Transportation:3.8;Utilities:3.3;Unknown:3.2;Religious Figures/Institutions:2.4;Educational Institution:2.4;"
    "Government (Diplomatic):2;Terrorists/Non-State Militia:1.7;Journalists & Media:1.6;Violent Political Party:1;"
    "Airports & Aircraft:0.7;Telecommunication:0.6;NGO:0.5;Tourists:0.25;Maritime:0.2;Food or Water Supply:0.2"
)
_GT_SUICIDE_LANDS = ("Iraq", "Afghanistan", "Pakistan", "Nigeria", "Somalia", "Yemen", "Syria")


def _gt_casualties(rng: np.random.Generator, none: float, scale: float) -> int:
    if rng.random() < none:
        return 0
    return int(min(1 + np.floor(rng.pareto(1.4) * scale), 1500))


def _terrorism_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5502)
    years, weights = _GT_YEARS
    countries = list(_GT_COUNTRIES)
    eras = np.array([[float(x) for x in c[1].split(",")] for c in _GT_COUNTRIES.values()])
    attacks = list(_GT_ATTACKS)
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        year = int(float(_one(rng, years, weights)))
        era = next(k for k, end in enumerate(_GT_ERAS) if year < end)
        country = str(_one(rng, countries, list(eras[:, era])))
        region, _eras, places, groups = _GT_COUNTRIES[country]
        province, cities = str(_one(rng, _split(places))).split(":")
        attack = str(_one(rng, attacks, [a[0] for a in _GT_ATTACKS.values()]))
        _w, none, weapons = _GT_ATTACKS[attack]
        suicide = attack in ("Bombing/Explosion", "Armed Assault", "Assassination") and rng.random() < (
            0.12 if country in _GT_SUICIDE_LANDS and year >= 2003 else 0.01 if year >= 1998 else 0.002
        )
        month = int(rng.integers(1, 13))
        day = int(rng.integers(1, pd.Timestamp(year, month, 1).days_in_month + 1))
        if rng.random() < 0.005:
            day = 0
        deadly = 2.2 if country in ("Iraq", "Afghanistan", "Nigeria", "Syria", "Somalia") and year >= 2008 else 1.2
        killed: int | None = _gt_casualties(rng, 0.15 if suicide else none, deadly * (4 if suicide else 1))
        wounded: int | None = _gt_casualties(rng, none + 0.15, deadly * (8 if suicide else 1.5))
        if rng.random() < (0.12 if year < 1998 else 0.05):
            killed = None
        if rng.random() < (0.18 if year < 1998 else 0.06):
            wounded = None
        rows.append(
            {
                "iyear": year,
                "imonth": month,
                "iday": day,
                "country_txt": country,
                "region_txt": region,
                "provstate": province if rng.random() > 0.03 else None,
                "city": str(_one(rng, cities.split(","))) if rng.random() > 0.02 else "Unknown",
                "success": int(rng.random() < (0.97 if suicide else 0.89)),
                "suicide": int(suicide),
                "attacktype1_txt": attack,
                "targtype1_txt": _draw(rng, _GT_TARGETS),
                "gname": _draw(rng, groups),
                "weaptype1_txt": _draw(rng, weapons),
                "nkill": killed,
                "nwound": wounded,
            }
        )
    frame = pd.DataFrame(rows).astype({"nkill": "Int64", "nwound": "Int64"})
    frame = frame.assign(_o=rng.random(len(frame))).sort_values(["iyear", "imonth", "iday", "_o"], kind="stable")
    frame = frame.drop(columns="_o").reset_index(drop=True)
    seq = frame.groupby(["iyear", "imonth", "iday"]).cumcount() + 1
    ids = frame["iyear"] * 100_000_000 + frame["imonth"] * 1_000_000 + frame["iday"] * 10_000 + seq
    frame.insert(0, "eventid", ids.astype(np.int64))
    return frame


def _gt_south_asia(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["region_txt"]) == "South Asia"]


def _gt_top_group(d: pd.DataFrame) -> str:
    groups = _text(_gt_south_asia(d)["gname"])
    return _top_label(groups[groups != "Unknown"].value_counts())


_GT_ID = ("eventid",)
_TERRORISM_QS = [
    Q(
        "which year had the most attacks?",
        _lead(_year(lambda d: int(_ranked(d["iyear"].value_counts()).index[0]))),
        (*_GT_ID, "iyear"),
    ),
    Q(
        "how many people were killed in total",
        _count(lambda d: float(d["nkill"].sum())),
        (*_GT_ID, "nkill"),
    ),
    Q(
        "top 5 countries by number of attacks",
        _top_named(lambda d: _ranked(_text(d["country_txt"]).value_counts()), 5),
        (*_GT_ID, "country_txt"),
    ),
    Q(
        "what % of attacks were suicide attacks",
        _share(lambda d: float(d["suicide"].mean())),
        (*_GT_ID, "suicide"),
    ),
    Q(
        "which group carried out the most attacks in south asia? ignore unknown",
        _lead(_named_alone(_gt_top_group, "gname")),
        (*_GT_ID, "gname", "region_txt"),
    ),
    Q(
        "and how many people did they kill there?",
        _count(
            lambda d: float(_gt_south_asia(d).loc[_text(_gt_south_asia(d)["gname"]) == _gt_top_group(d), "nkill"].sum())
        ),
        (*_GT_ID, "gname", "region_txt", "nkill"),
    ),
]


# --- 3. Boston Marathon 2017 (Kaggle "Finishers Boston Marathon 2015, 2016 & 2017", marathon_results_2017.csv) ----

# country code: weight, naming, cities (US states and Canadian provinces are drawn below)
_MR_COUNTRIES: dict[str, tuple[float, str, str]] = {
    "USA": (2010, "en", ""),
    "CAN": (190, "en", ""),
    "GBR": (38, "en", "London;Manchester;Edinburgh;Bristol;Leeds"),
    "MEX": (30, "es", "Mexico City;Guadalajara;Monterrey;Puebla"),
    "CHN": (22, "zh", "Beijing;Shanghai;Hong Kong;Shenzhen"),
    "JPN": (18, "ja", "Tokyo;Osaka;Yokohama;Kyoto"),
    "GER": (17, "de", "Berlin;Munich;Hamburg;Frankfurt"),
    "ITA": (16, "it", "Milano;Roma;Torino;Bologna"),
    "BRA": (15, "pt", "Sao Paulo;Rio De Janeiro;Curitiba"),
    "AUS": (14, "en", "Sydney;Melbourne;Brisbane;Perth"),
    "IRL": (10, "en", "Dublin;Cork;Galway"),
    "FRA": (9, "fr", "Paris;Lyon;Marseille"),
    "ESP": (8, "es", "Madrid;Barcelona;Valencia"),
    "NED": (7, "de", "Amsterdam;Rotterdam;Utrecht"),
    "SWE": (6, "de", "Stockholm;Goteborg"),
    "KOR": (6, "ko", "Seoul;Busan"),
    "HKG": (5, "zh", "Hong Kong;Kowloon"),
    "SUI": (4, "de", "Zurich;Geneva;Basel"),
    "COL": (4, "es", "Bogota;Medellin"),
    "KEN": (4, "ke", "Eldoret;Iten;Nairobi;Kapsabet"),
    "ETH": (2, "et", "Addis Ababa;Bekoji"),
}
_MR_NAMES: dict[str, tuple[str, str, str]] = {
    "en": (
        "Michael;David;John;James;Robert;Brian;Matthew;Daniel;Kevin;Christopher;Mark;Jason;Scott;Andrew;Steven;Paul;"
        "Ryan;Eric;Timothy;Thomas;Patrick;Sean;Jeffrey;Peter;Joseph;William;Richard;Jonathan;Greg;Adam;Ben;Tyler",
        "Jennifer;Sarah;Elizabeth;Emily;Jessica;Lauren;Amy;Katherine;Megan;Rebecca;Laura;Rachel;Michelle;Kelly;Lisa;"
        "Stephanie;Julie;Heather;Amanda;Nicole;Erin;Allison;Kristen;Melissa;Christine;Anne;Mary;Karen;Caitlin;Molly",
        "Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Wilson;Anderson;Taylor;Thomas;Moore;Martin;Jackson;Thompson;"
        "White;Harris;Clark;Lewis;Robinson;Walker;Young;Allen;King;Wright;Scott;Green;Baker;Adams;Nelson;Hill;Campbell;"
        "Mitchell;Roberts;Carter;Phillips;Evans;Turner;Parker;Collins;Edwards;Stewart;Murphy;Cook;Rogers;Morgan;Cooper;"
        "Peterson;Reed;Bailey;Kelly;Howard;Ward;Cox;Richardson;Wood;Watson;Brooks;Bennett;Gray;Hughes;Price;Sanders;"
        "Sullivan;O'Brien;McCarthy;Fitzgerald;Doherty;Ryan;Walsh;Kennedy;Murray;Quinn;Burke;Lynch;Gallagher;Nguyen;Kim;"
        "Patel;Shah;Chen;Lee;Wang;Garcia;Rodriguez;Martinez;Lopez;Gonzalez;Schmidt;Mueller;Larson;Olson;Hansen",
    ),
    "es": (
        "Jose;Juan;Carlos;Luis;Miguel;Jorge;Alejandro;Fernando;Ricardo;Javier;Eduardo;Pablo;Andres;Diego",
        "Maria;Ana;Laura;Gabriela;Mariana;Sofia;Claudia;Patricia;Veronica;Paola;Daniela;Lucia",
        "Garcia;Hernandez;Martinez;Lopez;Gonzalez;Perez;Rodriguez;Sanchez;Ramirez;Torres;Flores;Rivera;Gomez;Diaz;"
        "Morales;Ortiz;Castillo;Romero;Vargas;Mendoza",
    ),
    "zh": (
        "Wei;Jun;Hao;Lei;Jian;Tao;Ming;Yong;Peng;Bo",
        "Li;Ying;Xin;Yan;Jing;Hui;Fang;Min;Lin;Yue",
        "Wang;Li;Zhang;Liu;Chen;Yang;Huang;Zhao;Wu;Zhou;Xu;Sun;Ma;Zhu;Hu;Guo;Lin;He;Gao;Luo",
    ),
    "ja": (
        "Hiroshi;Takashi;Kenji;Daisuke;Yuki;Satoshi;Kazuki;Shota;Ryo;Yusuke",
        "Yuko;Keiko;Akiko;Mayumi;Naoko;Yumi;Emi;Haruka;Ayako;Megumi",
        "Sato;Suzuki;Takahashi;Tanaka;Watanabe;Ito;Yamamoto;Nakamura;Kobayashi;Kato;Yoshida;Yamada;Sasaki;Matsumoto",
    ),
    "de": (
        "Thomas;Michael;Andreas;Stefan;Markus;Christian;Jan;Peter;Lars;Erik;Martin;Tobias;Pieter;Anders",
        "Anna;Julia;Katrin;Sandra;Petra;Ingrid;Eva;Sanne;Linda;Karin;Maria;Lotte",
        "Muller;Schmidt;Schneider;Fischer;Weber;Meyer;Wagner;Becker;Schulz;Hoffmann;De Vries;Jansen;Bakker;Visser;"
        "Andersson;Johansson;Nilsson;Berg;Keller;Frei",
    ),
    "it": (
        "Marco;Luca;Andrea;Giuseppe;Francesco;Alessandro;Matteo;Paolo;Stefano;Roberto",
        "Giulia;Francesca;Chiara;Sara;Valentina;Elena;Silvia;Laura",
        "Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Colombo;Ricci;Marino;Greco;Bruno;Gallo;Conti;Costa",
    ),
    "pt": (
        "Joao;Pedro;Lucas;Rafael;Carlos;Marcelo;Fernando;Rodrigo;Gustavo;Andre",
        "Ana;Juliana;Fernanda;Camila;Patricia;Mariana;Beatriz;Renata",
        "Silva;Santos;Oliveira;Souza;Rodrigues;Ferreira;Alves;Pereira;Lima;Gomes;Costa;Ribeiro",
    ),
    "fr": (
        "Nicolas;Julien;Pierre;Thomas;Sebastien;Antoine;Olivier;Laurent;Francois;Guillaume",
        "Marie;Sophie;Camille;Julie;Aurelie;Claire;Celine;Isabelle",
        "Martin;Bernard;Dubois;Thomas;Robert;Richard;Petit;Durand;Leroy;Moreau;Simon;Laurent;Lefebvre;Michel",
    ),
    "ko": (
        "Minsoo;Jihoon;Sungmin;Hyunwoo;Junho;Dongwook",
        "Jiyoung;Minji;Seoyeon;Eunji;Hyejin;Sujin",
        "Kim;Lee;Park;Choi;Jung;Kang;Cho;Yoon;Jang;Lim",
    ),
    "ke": (
        "Geoffrey;Wilson;Emmanuel;Dickson;Evans;Felix;Augustus;Benson;Stephen;Lawrence;Daniel;Elisha;Philemon;Gideon",
        "Edna;Mary;Rose;Caroline;Gladys;Joyce;Brigid;Purity;Helah;Valentine;Sharon;Ruth",
        "Kipchoge;Kiprotich;Kiptoo;Kipkemboi;Chebet;Cheruiyot;Kosgei;Rotich;Kiplagat;Korir;Kimutai;Chepkirui;Jeptoo;"
        "Mutai;Kirwa;Chelimo;Lagat;Kiprono",
    ),
    "et": (
        "Lemi;Tadese;Yemane;Abebe;Dejene;Tesfaye;Kenenisa;Feyisa",
        "Buzunesh;Meseret;Aselefech;Mare;Tirunesh;Birhane;Ruti;Amane",
        "Tola;Tsegay;Desisa;Gebremariam;Dibaba;Bekele;Lilesa;Deba;Dado;Aga;Gobena;Teshome",
    ),
}
_MR_STATES = (
    "MA:25;CA:9;NY:7;TX:4.5;PA:4;IL:3.5;NH:3;CT:3;NJ:3;OH:2.8;VA:2.8;FL:2.6;MN:2.5;CO:2.5;WA:2.3;MI:2.3;NC:2.2;"
    "MD:2;GA:1.8;WI:1.6;OR:1.4;RI:1.4;UT:1.2;IN:1.1;MO:1.1;AZ:1.1;TN:1;ME:1;VT:0.7;DC:0.7;IA:0.6;KY:0.6;SC:0.6;"
    "KS:0.5;NE:0.4;ID:0.4;OK:0.4;AL:0.4;LA:0.4;NM:0.3;NV:0.3;AK:0.2;MT:0.2;HI:0.2;DE:0.2;WV:0.1;WY:0.1;SD:0.1;"
    "ND:0.1;AR:0.1;MS:0.1;AA:0.02;AE:0.02"
)
_MR_CITIES = {
    "MA": "Boston;Cambridge;Somerville;Brookline;Newton;Needham;Wellesley;Hopkinton;Framingham;Quincy;Arlington",
    "CA": "San Francisco;Los Angeles;San Diego;Oakland;Palo Alto;San Jose;Santa Monica;Berkeley",
    "NY": "New York;Brooklyn;Rochester;Buffalo;Albany",
    "TX": "Austin;Houston;Dallas;San Antonio",
    "PA": "Philadelphia;Pittsburgh",
    "IL": "Chicago;Evanston;Naperville",
    "ON": "Toronto;Ottawa;London;Mississauga;Hamilton",
    "QC": "Montreal;Quebec;Laval",
    "BC": "Vancouver;Victoria",
    "AB": "Calgary;Edmonton",
    "NS": "Halifax",
}
_MR_PROVINCES = "ON:48;QC:22;BC:13;AB:10;NS:4;MB:2;NB:1"
_MR_DIVISIONS = (40, 45, 50, 55, 60, 65, 70, 75, 80)
# qualifying standard (minutes) by age group from 18-34 upwards, men; women add 30 minutes
_MR_STANDARDS = {34: 185, 39: 190, 44: 195, 49: 205, 54: 210, 59: 220, 64: 235, 69: 250, 74: 265, 79: 280, 200: 295}
# distance (km) of each split the file reports
_MR_SPLITS = {"5K": 5.0, "10K": 10.0, "15K": 15.0, "20K": 20.0, "Half": 21.0975, "25K": 25.0, "30K": 30.0}
_MR_SPLITS |= {"35K": 35.0, "40K": 40.0}


def _mr_clock(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _mr_name(rng: np.random.Generator, naming: str, female: bool) -> str:
    men, women, families = (_split(x) for x in _MR_NAMES[naming])
    first = str(_one(rng, women if female else men))
    if naming == "en" and rng.random() < 0.04:
        first += f" {_one(rng, list('ABCDEJKLMPRST'))}."
    return f"{_one(rng, families)}, {first}"


def _mr_runner(rng: np.random.Generator, elite: bool, female: bool) -> dict[str, Any]:
    if elite:
        country = str(_draw(rng, "KEN:45;ETH:20;USA:25;JPN:5;CAN:5"))
    else:
        country = str(_one(rng, list(_MR_COUNTRIES), [c[0] for c in _MR_COUNTRIES.values()]))
    naming = _MR_COUNTRIES[country][1]
    state, city = "", ""
    if country == "USA":
        state = _draw(rng, _MR_STATES)
        city = str(_one(rng, _split(_MR_CITIES.get(state, "Springfield;Fairview;Franklin;Madison;Greenville"))))
    elif country == "CAN":
        state = _draw(rng, _MR_PROVINCES)
        city = str(_one(rng, _split(_MR_CITIES.get(state, "Winnipeg;Moncton;Saint John"))))
    else:
        city = str(_one(rng, _split(_MR_COUNTRIES[country][2])))
    charity = not elite and rng.random() < 0.16
    if elite:
        age = int(np.clip(round(rng.normal(29, 4)), 21, 41))
        minutes = rng.uniform(129.5, 150.0) if not female else rng.uniform(141.5, 170.0)
    else:
        age = int(np.clip(round(rng.normal(40 if female else 44, 11)), 18, 84))
        if charity:
            age = int(np.clip(round(rng.normal(39, 10)), 18, 78))
        standard = next(v for k, v in _MR_STANDARDS.items() if age <= k) + (30 if female else 0)
        minutes = standard * rng.lognormal(0.06, 0.09) if not charity else rng.lognormal(np.log(290), 0.14)
        minutes = float(np.clip(minutes, 150.0, 520.0))
    total = minutes * 60
    fade = rng.normal(0.05 if not elite else 0.015, 0.045)
    edges = np.array([0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0, 42.195])
    mids = (edges[:-1] + edges[1:]) / 2
    pace = 1 + fade * (mids / 42.195 - 0.5) * 2 + rng.normal(0, 0.01, len(mids))
    pace = np.maximum(pace, 0.5)
    clock = np.concatenate([[0.0], np.cumsum(np.diff(edges) * pace)])
    clock *= total / clock[-1]
    splits = {k: _mr_clock(float(np.interp(km, edges, clock))) for k, km in _MR_SPLITS.items()}
    for k in splits:
        if rng.random() < 0.003:
            splits[k] = "-"
    return {
        "Name": _mr_name(rng, naming, female),
        "Age": age,
        "M/F": "F" if female else "M",
        "City": city,
        "State": state or None,
        "Country": country,
        "Citizen": str(_one(rng, ["USA", "GBR", "IND", "CHN", "MEX", "IRL"])) if rng.random() < 0.02 else None,
        **splits,
        "Pace": _mr_clock(total / 26.2188),
        "Proj Time": "-",
        "Official Time": _mr_clock(total),
        "_seconds": round(total),
        "_seed": (minutes if not charity else 1000 + minutes) * rng.lognormal(0, 0.03),
        "_charity": charity,
        "_elite": elite,
    }


def _marathon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5503)
    rows = [_mr_runner(rng, True, False) for _ in range(24)] + [_mr_runner(rng, True, True) for _ in range(16)]
    rows += [_mr_runner(rng, False, rng.random() < 0.45) for _ in range(4960)]
    frame = pd.DataFrame(rows)
    # bibs: men's elite field from 1, women's elite field as "F1", everyone else by seed time, charity runners last
    bibs: list[Any] = [0] * len(frame)
    elite_men = frame.index[frame["_elite"] & (frame["M/F"] == "M")]
    for k, i in enumerate(frame.loc[elite_men].sort_values("_seed").index):
        bibs[int(i)] = k + 1 + int(rng.integers(0, 3)) * 30 * (k > 8)
    for k, i in enumerate(frame.loc[frame["_elite"] & (frame["M/F"] == "F")].sort_values("_seed").index):
        bibs[int(i)] = f"F{k + 1}"
    others = frame.loc[~frame["_elite"]].sort_values("_seed").index
    numbers = np.sort(rng.choice(np.arange(101, 32_500), len(others), replace=False))
    for i, b in zip(others, numbers, strict=True):
        bibs[int(i)] = int(b)
    frame["Bib"] = bibs
    frame = frame.sort_values(["_seconds", "Bib"], key=lambda s: s.astype(str) if s.name == "Bib" else s)
    frame = frame.reset_index(drop=True)
    frame["Overall"] = np.arange(1, len(frame) + 1)
    frame["Gender"] = frame.groupby("M/F").cumcount() + 1
    group = np.searchsorted(np.asarray(_MR_DIVISIONS), frame["Age"].to_numpy(), side="right")
    frame["Division"] = frame.groupby([frame["M/F"], group]).cumcount() + 1
    frame.insert(0, "", np.arange(len(frame)))
    columns = ["", "Bib", "Name", "Age", "M/F", "City", "State", "Country", "Citizen", *_MR_SPLITS]
    return frame[[*columns, "Pace", "Proj Time", "Official Time", "Overall", "Gender", "Division"]]


def _mr_seconds(s: pd.Series) -> pd.Series:
    """Clock times "2:09:37" as seconds; "-" and blanks as NaN."""
    parts = _text(s).str.extract(r"^(\d+):(\d{2}):(\d{2})$")
    hours, minutes, seconds = (pd.to_numeric(parts[k], errors="coerce") for k in (0, 1, 2))
    return hours * 3600 + minutes * 60 + seconds


def _mr_finish(d: pd.DataFrame) -> pd.Series:
    return _mr_seconds(d["Official Time"])


def _mr_gender_means(d: pd.DataFrame) -> list[float]:
    by = _mr_finish(d).groupby(_text(d["M/F"])).mean()
    return [float(by["M"]), float(by["F"])]


def _mr_fastest_woman(d: pd.DataFrame) -> list[str]:
    women = d[_text(d["M/F"]) == "F"]
    name = str(women.loc[_mr_finish(women).idxmin(), "Name"])
    return [x.strip() for x in name.split(",")]


def _mr_top_abroad(d: pd.DataFrame) -> str:
    countries = _text(d["Country"])
    return _top_label(countries[countries != "USA"].value_counts())


_MR_ALIASES = {
    "CAN": ("Canada",),
    "GBR": ("United Kingdom", "Great Britain", "Britain", "UK"),
    "MEX": ("Mexico",),
    "CHN": ("China",),
    "JPN": ("Japan",),
    "GER": ("Germany",),
}
_MR_ID = ("Bib", "Name", "Official Time")
_MARATHON_QS = [
    Q(
        "what was the average finish time?",
        _duration(lambda d: float(_mr_finish(d).mean())),
        _MR_ID,
    ),
    Q(
        "how many ppl finished under 3 hours",
        _either_count(
            lambda d: float((_mr_finish(d) < 3 * 3600).sum()), lambda d: float((_mr_finish(d) <= 3 * 3600).sum())
        ),
        _MR_ID,
    ),
    Q(
        "apart from the USA which country had the most runners?",
        _lead(_named(_mr_top_abroad, _MR_ALIASES)),
        (*_MR_ID, "Country", "Citizen"),
    ),
    Q(
        "avg finish time men vs women",
        _duration(_mr_gender_means),
        (*_MR_ID, "M/F", "Gender"),
    ),
    Q(
        "and who was the fastest woman?",
        _all_named(_mr_fastest_woman),
        (*_MR_ID, "M/F", "Gender", "Overall"),
    ),
    Q(
        "does age correlate with finish time",
        _corr(lambda d: d["Age"], _mr_finish),
        (*_MR_ID, "Age"),
    ),
]


# --- 4. NYC restaurant inspections (NYC Open Data "DOHMH New York City Restaurant Inspection Results") -------------

_RI_BOROS = "Manhattan:38;Brooklyn:25;Queens:23;Bronx:9.5;Staten Island:4;0:0.5"
# borough: streets, zip codes, area codes of the phone numbers
_RI_PLACES: dict[str, tuple[str, str, str]] = {
    "Manhattan": (
        "BROADWAY;2 AVENUE;3 AVENUE;LEXINGTON AVENUE;8 AVENUE;AMSTERDAM AVENUE;WEST 46 STREET;EAST 14 STREET;"
        "MADISON AVENUE;BLEECKER STREET;ST MARKS PLACE;CANAL STREET;MOTT STREET;COLUMBUS AVENUE;1 AVENUE;"
        "WEST 125 STREET;LENOX AVENUE;HUDSON STREET;WASHINGTON STREET;MULBERRY STREET",
        "10001;10002;10003;10009;10011;10012;10013;10014;10016;10017;10019;10022;10025;10027;10036;10128",
        "212;646;917",
    ),
    "Brooklyn": (
        "BEDFORD AVENUE;FLATBUSH AVENUE;5 AVENUE;ATLANTIC AVENUE;NOSTRAND AVENUE;CHURCH AVENUE;86 STREET;"
        "KINGS HIGHWAY;BRIGHTON BEACH AVENUE;COURT STREET;FULTON STREET;GRAHAM AVENUE;MYRTLE AVENUE;8 AVENUE",
        "11201;11211;11215;11217;11220;11226;11203;11209;11214;11235;11206;11222;11238",
        "718;347;929",
    ),
    "Queens": (
        "ROOSEVELT AVENUE;MAIN STREET;37 AVENUE;STEINWAY STREET;QUEENS BOULEVARD;BROADWAY;JAMAICA AVENUE;"
        "NORTHERN BOULEVARD;30 AVENUE;DITMARS BOULEVARD;41 AVENUE;LIBERTY AVENUE",
        "11354;11355;11372;11373;11103;11105;11101;11377;11375;11432;11368;11106",
        "718;347;917",
    ),
    "Bronx": (
        "GRAND CONCOURSE;FORDHAM ROAD;EAST TREMONT AVENUE;WESTCHESTER AVENUE;ARTHUR AVENUE;SOUTHERN BOULEVARD;"
        "JEROME AVENUE;WHITE PLAINS ROAD",
        "10451;10452;10453;10456;10458;10461;10462;10467;10468",
        "718;347",
    ),
    "Staten Island": (
        "RICHMOND AVENUE;HYLAN BOULEVARD;FOREST AVENUE;VICTORY BOULEVARD;NEW DORP LANE;BAY STREET",
        "10301;10304;10306;10312;10314",
        "718;347",
    ),
    "0": ("JFK INTERNATIONAL AIRPORT;LA GUARDIA AIRPORT;RANDALLS ISLAND", "", "718"),
}
_RI_CUISINES = (
    "American:21;Chinese:9.5;Coffee/Tea:7;Pizza:6.5;Latin American:4.5;Mexican:4.5;Bakery Products/Desserts:4;"
    "Caribbean:3.7;Japanese:3.5;Italian:3.5;Chicken:2.2;Donuts:2;Sandwiches:2;Hamburgers:2;Spanish:2;"
    "Juice, Smoothies, Fruit Salads:2;Asian/Asian Fusion:1.8;Indian:1.5;Jewish/Kosher:1.5;Mediterranean:1.3;"
    "Korean:1.3;Thai:1.2;Frozen Desserts:1.2;Seafood:1;Irish:0.9;Middle Eastern:0.9;Greek:0.8;French:0.8;"
    "Bagels/Pretzels:0.8;Salads:0.7;Vegan:0.5;Soul Food:0.4;Tex-Mex:0.4;Steakhouse:0.4;Halal:0.4;African:0.4;"
    "Bangladeshi:0.4;Russian:0.3;Peruvian:0.3;Filipino:0.2;Vietnamese/Cambodian/Malaysia:0.5;Soups/Salads/Sandwiches:0.3"
)
# chain: locations, cuisine
_RI_CHAINS = _fields(
    "DUNKIN|7|Donuts;STARBUCKS|6|Coffee/Tea;MCDONALD'S|4|Hamburgers;SUBWAY|4|Sandwiches;POPEYES|2|Chicken;"
    "CROWN FRIED CHICKEN|2|Chicken;CHIPOTLE MEXICAN GRILL|2|Mexican;BURGER KING|2|Hamburgers;SWEETGREEN|1|Salads;"
    "JUST SALAD|1|Salads;LE PAIN QUOTIDIEN|1|Bakery Products/Desserts;"
    "GOLDEN KRUST CARIBBEAN BAKERY & GRILL|1|Caribbean;PRET A MANGER|1|Sandwiches;2 BROS PIZZA|2|Pizza;DOMINO'S|2|Pizza"
)
_RI_WORDS = {
    "American": "DINER;GRILL;KITCHEN;TAVERN;BAR & GRILL;CAFE;BISTRO;LOUNGE;BURGER JOINT",
    "Chinese": "KITCHEN;GARDEN;WOK;PALACE;EXPRESS;HOUSE;DUMPLING HOUSE;NOODLE SHOP",
    "Coffee/Tea": "COFFEE;CAFE;ESPRESSO BAR;TEA HOUSE;COFFEE ROASTERS",
    "Pizza": "PIZZA;PIZZERIA;SLICE;PIZZA & PASTA",
    "Mexican": "TAQUERIA;CANTINA;TACOS;MEXICAN GRILL",
    "Latin American": "RESTAURANT;COCINA;LATIN GRILL;BAKERY & RESTAURANT",
    "Japanese": "SUSHI;RAMEN;IZAKAYA;SUSHI BAR",
    "Italian": "TRATTORIA;RISTORANTE;OSTERIA;PASTA BAR",
    "Caribbean": "CARIBBEAN RESTAURANT;JERK CENTER;ROTI SHOP",
    "Bakery Products/Desserts": "BAKERY;BAKE SHOP;PATISSERIE;SWEETS",
}
_RI_NAMES = _split(
    "GOLDEN;LUCKY;HAPPY;NEW;LITTLE;BIG;ROYAL;SUNSHINE;EMPIRE;BROOKLYN;HARLEM;ASTORIA;CORNER;VILLAGE;PARK;METRO;"
    "EL;LA;MAMA'S;PAPA'S;TONY'S;JOE'S;SAL'S;NONNA'S;TASTY;FRESH;GREEN;RED;BLUE;LOTUS;JADE;DRAGON;PHOENIX;SAKURA;"
    "FIESTA;SABOR;ISLAND;OCEAN;MIDTOWN;DOWNTOWN;UPTOWN;HUDSON;BOWERY;CITY;STAR;CROWN;SUPREME;FAMOUS;ORIGINAL;"
    "CLASSIC;URBAN;CENTRAL;MAIN STREET;ATLANTIC"
)
# violation code: critical flag, points (from, to), weight, description
_RI_VIOLATIONS: dict[str, tuple[str, tuple[int, int], float, str]] = {
    "10F": (
        "Not Critical",
        (2, 2),
        14,
        "Non-food contact surface or equipment made of unacceptable material, not kept clean, or not properly "
        "sealed, raised, spaced or movable to allow accessibility for cleaning on all sides, above and underneath "
        "the unit.",
    ),
    "08A": (
        "Not Critical",
        (2, 5),
        11,
        "Establishment is not free of harborage or conditions conducive to rodents, insects or other pests.",
    ),
    "06D": (
        "Critical",
        (5, 5),
        9,
        "Food contact surface not properly washed, rinsed and sanitized after each use and following any activity "
        "when contamination may have occurred.",
    ),
    "06C": (
        "Critical",
        (5, 5),
        8,
        "Food, supplies, or equipment not protected from potential source of contamination during storage, "
        "preparation, transportation, display, service or from customer's refuse.",
    ),
    "02G": (
        "Critical",
        (7, 9),
        8,
        "Cold TCS food item held above 41 °F; smoked or processed fish held above 38 °F; intact raw eggs held above "
        "45 °F; or reduced oxygen packaged (ROP) TCS foods held above required temperatures except during active "
        "necessary preparation.",
    ),
    "04L": ("Critical", (5, 8), 7, "Evidence of mice or live mice in establishment's food or non-food areas."),
    "10B": (
        "Not Critical",
        (2, 2),
        6,
        "Anti-siphonage or back-flow prevention device not provided where required; equipment or floor not properly "
        "drained; sewage disposal system in disrepair or not functioning properly. Condensation or liquid waste "
        "improperly disposed of.",
    ),
    "02B": ("Critical", (7, 10), 5, "Hot TCS food item not held at or above 140 °F."),
    "04N": (
        "Critical",
        (5, 8),
        5,
        "Filth flies or food/refuse/sewage associated with (FRSA) flies or other nuisance pests in establishment's "
        "food and/or non-food areas. FRSA flies include house flies, blow flies, bottle flies, flesh flies, drain "
        "flies, Phorid flies and fruit flies.",
    ),
    "09C": ("Not Critical", (2, 2), 4, "Food contact surface not properly maintained."),
    "06E": (
        "Critical",
        (5, 5),
        3,
        "Sanitized equipment or utensil, including in-use food dispensing utensil, improperly used or stored.",
    ),
    "04H": (
        "Critical",
        (5, 7),
        3,
        "Raw, cooked or prepared food is adulterated, contaminated, cross-contaminated, or not discarded in "
        "accordance with HACCP plan.",
    ),
    "04A": (
        "Critical",
        (5, 5),
        3,
        "Food Protection Certificate (FPC) not held by manager or supervisor of food operations.",
    ),
    "10H": ("Not Critical", (2, 2), 2, "Proper sanitization not provided for utensil ware washing operation."),
    "02H": (
        "Critical",
        (7, 7),
        2,
        "After cooking or removal from hot holding, TCS food not cooled by an approved method whereby the internal "
        "temperature is reduced from 140 °F to 70 °F or less within 2 hours, and from 70 °F to 41 °F or less within "
        "4 additional hours.",
    ),
    "08C": (
        "Not Critical",
        (2, 2),
        2,
        "Pesticide use not in accordance with label or applicable laws. Prohibited chemical used/applied. Pesticide "
        "residue on any surface.",
    ),
}
_RI_ADMIN = {
    "20F": "Current letter grade or Grade Pending card not posted.",
    "22C": "Bulb not shielded or shatterproof, in areas where there is extreme heat, temperature changes, or where "
    "accidental contact may occur.",
    "15L": "Smoke free workplace smoking policy inadequate, not posted, not provided to employees.",
}
_RI_CITED = "Violations were cited in the following area(s)."
_RI_CLEAN = "No violations were recorded at the time of this inspection."
_RI_CLOSED = (
    "Establishment Closed by DOHMH. Violations were cited in the following area(s) and those requiring immediate "
    "action were addressed."
)
_RI_REOPENED = "Establishment re-opened by DOHMH."
_RI_COVID = (pd.Timestamp("2020-03-16"), pd.Timestamp("2021-07-19"))
_RI_END = pd.Timestamp("2024-07-31")


def _ri_date(rng: np.random.Generator, day: pd.Timestamp) -> pd.Timestamp:
    """A working day on or after `day`, outside the pause in inspections of 2020-21."""
    if _RI_COVID[0] <= day < _RI_COVID[1]:
        day = _RI_COVID[1] + pd.Timedelta(days=int(rng.integers(0, 240)))
    while day.dayofweek >= 5:
        day += pd.Timedelta(days=1)
    return day


def _ri_inspection(rng: np.random.Generator, mean: float) -> tuple[list[tuple[str, ...]], int]:
    """The violations of one inspection (code, flag, description) and its score."""
    n = int(rng.poisson(mean))
    codes = list(_RI_VIOLATIONS)
    weights = np.array([v[2] for v in _RI_VIOLATIONS.values()])
    picks = rng.choice(len(codes), min(n, 7), replace=False, p=weights / weights.sum())
    cited = [codes[int(i)] for i in picks]
    score = sum(int(rng.integers(_RI_VIOLATIONS[c][1][0], _RI_VIOLATIONS[c][1][1] + 1)) for c in cited)
    return [(c, _RI_VIOLATIONS[c][0], _RI_VIOLATIONS[c][3]) for c in cited], score


def _ri_grade(rng: np.random.Generator, score: int, kind: str) -> str:
    if kind.endswith("Initial Inspection"):
        return "A" if score <= 13 else ""
    if kind.endswith("Reopening Inspection"):
        return "P"
    grade = "A" if score <= 13 else "B" if score <= 27 else "C"
    return "Z" if grade != "A" and rng.random() < 0.35 else grade


def _restaurants_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5504)
    chains = [(name, cuisine) for name, k, cuisine in _RI_CHAINS for _ in range(int(k))]
    used_names: set[str] = set()
    camis = rng.choice(np.arange(40_356_018, 50_150_000), 300, replace=False)
    rows: list[dict[str, Any]] = []
    for k, cid in enumerate(camis):
        boro = _draw(rng, _RI_BOROS)
        streets, zips, phones = _RI_PLACES[boro]
        if k < len(chains):
            dba, cuisine = chains[k]
        else:
            cuisine = _draw(rng, _RI_CUISINES)
            words = _split(_RI_WORDS.get(cuisine, "RESTAURANT;CAFE;KITCHEN;EATERY;DELI"))

            def make(r: np.random.Generator, w: list[str] = words) -> str:
                return f"{_one(r, _RI_NAMES)} {_one(r, w)}"

            dba = _unique(rng, make, used_names)
        building = str(int(rng.integers(1, 2400)))
        if boro == "Queens" and rng.random() < 0.6:
            building = f"{int(rng.integers(21, 220))}-{int(rng.integers(1, 80)):02d}"
        place = {
            "CAMIS": int(cid),
            "DBA": dba,
            "BORO": boro,
            "BUILDING": building,
            "STREET": str(_one(rng, _split(streets))),
            "ZIPCODE": int(_one(rng, _split(zips))) if zips else None,
            "PHONE": f"{_one(rng, _split(phones))}{int(rng.integers(2_000_000, 9_999_999))}",
            "CUISINE DESCRIPTION": cuisine,
        }
        blank: dict[str, Any] = {"ACTION": None, "VIOLATION CODE": None, "VIOLATION DESCRIPTION": None}
        blank |= {"CRITICAL FLAG": "Not Applicable", "SCORE": None, "GRADE": None, "GRADE DATE": None}
        if rng.random() < 0.03:
            rows.append(place | {"INSPECTION DATE": "01/01/1900"} | blank | {"INSPECTION TYPE": None})
            continue
        care = float(rng.lognormal(0, 0.4))
        day = _ri_date(rng, pd.Timestamp("2019-01-02") + pd.Timedelta(days=int(rng.integers(0, 1200))))
        prefix = "Pre-permit (Operational)" if rng.random() < 0.12 else "Cycle Inspection"
        visits: list[tuple[pd.Timestamp, str, list[tuple[str, ...]], int | None, str]] = []
        while day <= _RI_END:
            kind = f"{prefix} / Initial Inspection"
            cited, score = _ri_inspection(rng, 3.2 * care)
            closed = score >= 28 and rng.random() < 0.15
            visits.append((day, kind, cited, score, _RI_CLOSED if closed else ""))
            if closed:
                day = _ri_date(rng, day + pd.Timedelta(days=int(rng.integers(1, 6))))
                kind = f"{prefix} / Reopening Inspection"
                cited, score = _ri_inspection(rng, 1.2 * care)
                visits.append((day, kind, cited, score, _RI_REOPENED))
            if score >= 14:
                day = _ri_date(rng, day + pd.Timedelta(days=int(rng.integers(7, 50))))
                if day <= _RI_END:
                    kind = f"{prefix} / Re-inspection"
                    cited, score = _ri_inspection(rng, 1.8 * care)
                    visits.append((day, kind, cited, score, ""))
            if rng.random() < 0.06:
                later = _ri_date(rng, day + pd.Timedelta(days=int(rng.integers(20, 120))))
                if later <= _RI_END:
                    code = str(_one(rng, list(_RI_ADMIN)))
                    admin: list[tuple[str, ...]] = [(code, "Not Applicable", _RI_ADMIN[code])]
                    visits.append((later, "Administrative Miscellaneous / Initial Inspection", admin, None, ""))
                    day = later
            prefix = "Cycle Inspection"
            day = _ri_date(rng, day + pd.Timedelta(days=int(rng.integers(240, 450))))
        for when, kind, cited, points, action in visits:
            grade = "" if points is None else _ri_grade(rng, points, kind)
            visit = {
                "INSPECTION DATE": f"{when:%m/%d/%Y}",
                "SCORE": points,
                "GRADE": grade or None,
                "GRADE DATE": f"{when:%m/%d/%Y}" if grade else None,
                "INSPECTION TYPE": kind,
            }
            if not cited:
                rows.append(place | visit | blank | visit | {"ACTION": action or _RI_CLEAN})
            for code, flag, text in cited:
                items = {"VIOLATION CODE": code, "VIOLATION DESCRIPTION": text, "CRITICAL FLAG": flag}
                rows.append(place | visit | items | {"ACTION": action or _RI_CITED})
    frame = pd.DataFrame(rows).assign(**{"RECORD DATE": "08/01/2024"})
    columns = (
        "CAMIS;DBA;BORO;BUILDING;STREET;ZIPCODE;PHONE;CUISINE DESCRIPTION;INSPECTION DATE;ACTION;VIOLATION CODE;"
        "VIOLATION DESCRIPTION;CRITICAL FLAG;SCORE;GRADE;GRADE DATE;RECORD DATE;INSPECTION TYPE"
    )
    frame = frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)
    frame = frame.astype({"ZIPCODE": "Int64", "SCORE": "Int64"})
    return frame[_split(columns)]


_RI_FIVE = ("Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island")


def _ri_visits(d: pd.DataFrame) -> pd.DataFrame:
    """One row per inspection (restaurant and date), the placeholder 01/01/1900 rows left out."""
    kept = d[_text(d["INSPECTION DATE"]) != "01/01/1900"]
    return kept.drop_duplicates(["CAMIS", "INSPECTION DATE"])


def _ri_boro_scores(per_visit: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        kept = _ri_visits(d) if per_visit else d
        by = kept.groupby(_text(kept["BORO"]))["SCORE"].mean()
        return [float(by[b]) for b in _RI_FIVE]

    return means


def _ri_critical(among: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        flag = _text(d["CRITICAL FLAG"])
        if among == "rows":
            base = flag != "__"
        elif among == "flagged":
            base = flag.isin(["Critical", "Not Critical"])
        else:
            base = _text(d["VIOLATION CODE"]) != ""
        return float((flag[base] == "Critical").mean())

    return share


def _ri_years(per_visit: bool) -> Callable[[pd.DataFrame], Any]:
    def counts(d: pd.DataFrame) -> Any:
        kept = _ri_visits(d) if per_visit else d[_text(d["INSPECTION DATE"]) != "01/01/1900"]
        years = pd.to_datetime(_text(kept["INSPECTION DATE"]), format="%m/%d/%Y").dt.year
        return years.value_counts().sort_index().to_numpy()

    return counts


def _ri_c_grades(how: str) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        c = d[_text(d["GRADE"]) == "C"]
        if how == "rows":
            return float(len(c))
        if how == "visits":
            return float(len(c.drop_duplicates(["CAMIS", "INSPECTION DATE"])))
        return float(c["CAMIS"].nunique())

    return count


def _ri_top_cuisine(unique: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        kept = d.drop_duplicates("CAMIS") if unique else d
        return _top_label(_text(kept["CUISINE DESCRIPTION"]).value_counts())

    return top


_RI_ID = ("CAMIS", "DBA")
_RESTAURANTS_QS = [
    Q(
        "how many different restaurants are in here?",
        _count(lambda d: float(d["CAMIS"].nunique())),
        _RI_ID,
    ),
    Q(
        "which cuisine has the most restaurants",
        either(_lead(_named(_ri_top_cuisine(True))), _lead(_named(_ri_top_cuisine(False)))),
        (*_RI_ID, "CUISINE DESCRIPTION"),
    ),
    Q(
        "average inspection score by borough",
        either(has(_ri_boro_scores(True), rel=0.003), has(_ri_boro_scores(False), rel=0.003)),
        (*_RI_ID, "BORO", "SCORE", "INSPECTION DATE"),
    ),
    Q(
        "what percent of violations are critical?",
        _either_share(_ri_critical("rows"), _ri_critical("flagged"), _ri_critical("coded")),
        (*_RI_ID, "CRITICAL FLAG", "VIOLATION CODE"),
    ),
    Q(
        "how many inspections were done each year? is it going up",
        either(_count(_ri_years(True)), _count(_ri_years(False))),
        (*_RI_ID, "INSPECTION DATE", "INSPECTION TYPE"),
    ),
    Q(
        "how many restaurants got a C grade?",
        _either_count(_ri_c_grades("restaurants"), _ri_c_grades("visits"), _ri_c_grades("rows")),
        (*_RI_ID, "GRADE", "GRADE DATE", "INSPECTION DATE"),
    ),
]


# --- 5. San Francisco city employee pay (Kaggle "SF Salaries", Salaries.csv, a sample of its rows) ----------------

# job title: weight, base pay (US$, 2011), overtime as a share of base pay, other pay, share part-time
_SF_TITLES: dict[str, tuple[float, float, float, float, float]] = {
    "Transit Operator": (70, 61_000, 0.22, 3000, 0.06),
    "Special Nurse": (40, 42_000, 0.02, 1500, 0.9),
    "Registered Nurse": (35, 118_000, 0.05, 6000, 0.15),
    "Public Svc Aide-Public Works": (25, 14_000, 0.0, 200, 1.0),
    "Police Officer 3": (25, 112_000, 0.12, 9000, 0.0),
    "Custodian": (24, 50_000, 0.06, 1500, 0.1),
    "Firefighter": (24, 103_000, 0.2, 14_000, 0.0),
    "Recreation Leader": (22, 9000, 0.0, 150, 1.0),
    "Deputy Sheriff": (20, 86_000, 0.15, 6000, 0.0),
    "Patient Care Assistant": (18, 56_000, 0.1, 3000, 0.2),
    "Police Officer": (18, 92_000, 0.1, 7000, 0.0),
    "Public Service Trainee": (14, 7000, 0.0, 50, 1.0),
    "Attorney (Civil/Criminal)": (14, 138_000, 0.0, 1200, 0.05),
    "Porter": (12, 48_000, 0.08, 1200, 0.05),
    "General Laborer": (12, 57_000, 0.1, 1500, 0.05),
    "Senior Clerk": (11, 55_000, 0.02, 1000, 0.1),
    "Police Officer 2": (10, 108_000, 0.12, 8000, 0.0),
    "Sergeant 3": (9, 134_000, 0.15, 14_000, 0.0),
    "Clerk": (9, 45_000, 0.02, 800, 0.2),
    "Gardener": (9, 60_000, 0.05, 1000, 0.05),
    "Parking Control Officer": (9, 55_000, 0.08, 1500, 0.05),
    "Management Assistant": (8, 80_000, 0.01, 800, 0.05),
    "Senior Management Assistant": (7, 96_000, 0.0, 800, 0.03),
    "Librarian 1": (6, 76_000, 0.0, 600, 0.1),
    "Lieutenant, Fire Suppression": (6, 138_000, 0.22, 18_000, 0.0),
    "Engineer": (6, 122_000, 0.01, 500, 0.02),
    "Nurse Practitioner": (5, 148_000, 0.02, 4000, 0.1),
    "Captain 3": (3, 178_000, 0.1, 20_000, 0.0),
    "Senior Physician Specialist": (3, 215_000, 0.0, 9000, 0.05),
    "Deputy Chief 3": (1, 230_000, 0.05, 25_000, 0.0),
    "Battalion Chief, Fire Suppression": (2, 160_000, 0.35, 25_000, 0.0),
}
_SF_FIRST = _split(
    "James;John;Robert;Michael;William;David;Richard;Joseph;Thomas;Charles;Christopher;Daniel;Matthew;Anthony;"
    "Mark;Donald;Steven;Paul;Andrew;Kevin;Brian;George;Edward;Ronald;Timothy;Jason;Jeffrey;Ryan;Gary;Nicholas;"
    "Eric;Stephen;Jose;Carlos;Luis;Juan;Manuel;Wei;Ming;Kenneth;Patrick;Raymond;Vincent;Dennis;Marcus;Tyrone;"
    "Mary;Patricia;Jennifer;Linda;Elizabeth;Barbara;Susan;Jessica;Sarah;Karen;Nancy;Lisa;Margaret;Betty;Sandra;"
    "Ashley;Kimberly;Donna;Emily;Michelle;Carol;Amanda;Melissa;Deborah;Maria;Rosa;Teresa;Mei;Lin;Grace;Angela;"
    "Cynthia;Diane;Gloria;Lorraine;Yolanda;Lakisha"
)
_SF_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Gonzalez;Wilson;"
    "Anderson;Thomas;Taylor;Moore;Jackson;Martin;Lee;Perez;Thompson;White;Harris;Sanchez;Clark;Ramirez;Lewis;"
    "Robinson;Walker;Young;Allen;King;Wright;Scott;Torres;Nguyen;Hill;Flores;Green;Adams;Nelson;Baker;Hall;"
    "Rivera;Campbell;Mitchell;Carter;Roberts;Chan;Wong;Lam;Leung;Chen;Huang;Lin;Liu;Wu;Yee;Fong;Louie;Tom;Ng;"
    "Cruz;Reyes;Santos;Dela Cruz;Ramos;Mendoza;Castillo;Murphy;Sullivan;O'Connor;Kelly;Ryan;Kim;Park;Tran;Pham"
)
_SF_YEARS = {2011: 1215, 2012: 1235, 2013: 1265, 2014: 1281}


def _sf_money(value: float) -> float:
    return float(round(value, 2))


def _sf_pay(rng: np.random.Generator, job: dict[str, Any], year: int) -> dict[str, Any]:
    _w, base_pay, overtime, other_pay, _pt = _SF_TITLES[job["title"]]
    grow = 1 + 0.025 * (year - 2011)
    if job["pt"]:
        base = base_pay * grow * rng.uniform(0.05, 0.7)
    else:
        base = base_pay * grow * job["step"] * (rng.uniform(0.3, 1.0) if rng.random() < 0.07 else 1.0)
    ot = base * overtime * rng.lognormal(0, 0.8) if overtime and rng.random() < 0.8 else 0.0
    other = other_pay * rng.lognormal(0, 0.9) if rng.random() < 0.8 else 0.0
    benefits = (0.24 * base + 11_500 * rng.uniform(0.9, 1.1)) if not job["pt"] else 0.12 * base + rng.uniform(0, 900)
    base, ot, other, benefits = (_sf_money(x) for x in (base, ot, other, benefits))
    total = _sf_money(base + ot + other)
    return {
        "BasePay": base,
        "OvertimePay": ot,
        "OtherPay": other,
        "Benefits": None if year == 2011 else benefits,
        "TotalPay": total,
        "TotalPayBenefits": _sf_money(total + (0.0 if year == 2011 else benefits)),
    }


def _salaries_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5505)
    titles = list(_SF_TITLES)
    weights = [t[0] for t in _SF_TITLES.values()]
    used: set[str] = set()

    def person() -> dict[str, Any]:
        def make(r: np.random.Generator) -> str:
            first = str(_one(r, _SF_FIRST))
            middle = f" {_one(r, list('ABCDEFGHJKLMNPRSTW'))}" if r.random() < 0.25 else ""
            return f"{first}{middle} {_one(r, _SF_LAST)}"

        title = str(_one(rng, titles, weights))
        return {
            "name": _unique(rng, make, used),
            "title": title,
            "pt": rng.random() < _SF_TITLES[title][4],
            "step": float(rng.lognormal(0, 0.1)),
        }

    staff: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    for year, n in _SF_YEARS.items():
        staff = [p for p in staff if rng.random() < 0.88]
        staff += [person() for _ in range(n - len(staff))]
        for job in staff:
            upper = year == 2011
            row = {
                "EmployeeName": job["name"].upper() if upper else job["name"],
                "JobTitle": job["title"].upper() if upper else job["title"],
                **_sf_pay(rng, job, year),
                "Year": year,
                "Notes": None,
                "Agency": "San Francisco",
                "Status": ("PT" if job["pt"] else "FT") if year == 2014 else None,
            }
            if rng.random() < 0.004:
                row["BasePay"] = None
                row["TotalPay"] = _sf_money(row["OvertimePay"] + row["OtherPay"])
                row["TotalPayBenefits"] = _sf_money(row["TotalPay"] + (row["Benefits"] or 0.0))
            rows.append(row)
    frame = pd.DataFrame(rows)
    # a refund booked as negative pay, and the four "Not provided" rows at the very end of 2014
    odd = frame.index[frame["Year"] == 2014][int(rng.integers(0, 1000))]
    frame.loc[odd, ["BasePay", "OvertimePay", "OtherPay", "Benefits"]] = [0.0, 0.0, -618.13, 0.0]
    frame.loc[odd, ["TotalPay", "TotalPayBenefits"]] = [-618.13, -618.13]
    frame = frame.sort_values(["Year", "TotalPayBenefits"], ascending=[True, False], kind="stable")
    missing = {"EmployeeName": "Not provided", "JobTitle": "Not provided", "TotalPay": 0.0}
    missing |= {"TotalPayBenefits": 0.0, "Year": 2014, "Notes": None, "Agency": "San Francisco", "Status": None}
    missing |= {c: "Not Provided" for c in ("BasePay", "OvertimePay", "OtherPay", "Benefits")}
    frame = pd.concat([frame, pd.DataFrame([missing] * 4)], ignore_index=True)
    frame.insert(0, "Id", np.arange(1, len(frame) + 1))
    return frame


def _sf_title_ranking(fold: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        titles = _text(d["JobTitle"])
        return _ranked((titles.str.lower() if fold else titles).value_counts())

    return ranking


def _sf_top_paid(column: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        year = d[d["Year"] == 2014]
        return str(year.loc[_number(year[column]).idxmax(), "EmployeeName"])

    return top


def _sf_overtime_share(total: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_number(d["OvertimePay"]).sum() / _number(d[total]).sum())


def _sf_status_benefits(d: pd.DataFrame) -> list[float]:
    by = _number(d["Benefits"]).groupby(_text(d["Status"])).mean()
    return [float(by["FT"]), float(by["PT"])]


def _sf_rich(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        pay = _number(d.loc[d["Year"] == 2014, "TotalPay"])
        return float((pay >= 200_000).sum() if inclusive else (pay > 200_000).sum())

    return count


_SF_ID = ("Id", "EmployeeName")
_SALARIES_QS = [
    Q(
        "average total pay per year",
        _scaled(lambda d: _number(d["TotalPay"]).groupby(d["Year"]).mean().to_numpy(), (1e3,)),
        (*_SF_ID, "TotalPay", "Year"),
    ),
    Q(
        "who was the highest paid employee in 2014?",
        either(_lead(_named(_sf_top_paid("TotalPay"))), _lead(_named(_sf_top_paid("TotalPayBenefits")))),
        (*_SF_ID, "TotalPay", "TotalPayBenefits", "Year", "JobTitle"),
    ),
    Q(
        "top 5 most common job titles",
        either(_top_named(_sf_title_ranking(True), 5), _top_named(_sf_title_ranking(False), 5)),
        (*_SF_ID, "JobTitle"),
    ),
    Q(
        "how many employees made more than 200k total pay in 2014",
        _either_count(_sf_rich(False), _sf_rich(True)),
        (*_SF_ID, "TotalPay", "Year"),
    ),
    Q(
        "what % of all the pay is overtime?",
        _either_share(_sf_overtime_share("TotalPay"), _sf_overtime_share("TotalPayBenefits")),
        (*_SF_ID, "OvertimePay", "TotalPay", "TotalPayBenefits"),
    ),
    Q(
        "compare avg benefits of full time vs part time staff",
        _scaled(_sf_status_benefits, (1e3,)),
        (*_SF_ID, "Benefits", "Status"),
    ),
]


# --- 6. Coursera courses (Kaggle "Coursera Course Dataset", coursea_data.csv) -------------------------------------

# organization: courses, subject areas it teaches ("|" between them), enrolment scale
_CR_ORGS: dict[str, tuple[int, str, float]] = {
    "University of Pennsylvania": (59, "business|health|psychology|data", 1.0),
    "University of Michigan": (41, "data|programming|humanities|health", 1.3),
    "Google Cloud": (34, "cloud|data", 0.6),
    "Duke University": (28, "business|data|science|humanities", 1.0),
    "Johns Hopkins University": (28, "data|health|science", 1.2),
    "University of California, Irvine": (27, "business|language|career", 0.9),
    "IBM": (22, "data|cloud|programming|security", 1.4),
    "University of Illinois at Urbana-Champaign": (22, "business|data|programming", 0.9),
    "University of California, Davis": (21, "business|data|design", 0.8),
    "University of Colorado Boulder": (19, "programming|engineering|business", 0.7),
    "DeepLearning.AI": (16, "ai", 2.5),
    "Stanford University": (15, "ai|health|science", 2.0),
    "Yale University": (14, "psychology|humanities|business", 2.2),
    "Imperial College London": (14, "data|health|science", 1.0),
    "Macquarie University": (13, "business|data", 0.9),
    "Rice University": (12, "programming|science", 0.6),
    "University of London": (12, "programming|humanities|business", 0.8),
    "Google": (11, "career|data|cloud", 3.5),
    "The Hong Kong University of Science and Technology": (11, "programming|business|science", 0.7),
    "University of Toronto": (11, "psychology|programming|humanities", 0.8),
    "Northwestern University": (10, "business|design|humanities", 0.8),
    "Princeton University": (9, "programming|science|humanities", 1.0),
    "Fundação Lemann": (9, "education", 0.2),
    "HEC Paris": (8, "business", 0.6),
    "Universidad Nacional Autónoma de México": (8, "science|humanities|language", 0.5),
    "Copenhagen Business School": (7, "business", 0.5),
    "University of Virginia": (7, "business|programming", 0.9),
    "Emory University": (7, "health|humanities", 0.5),
    "Vanderbilt University": (6, "programming|ai|health", 0.8),
    "The University of Edinburgh": (6, "science|humanities|ai", 0.7),
    "Georgia Institute of Technology": (6, "engineering|programming", 0.7),
    "University of California San Diego": (6, "programming|science", 1.2),
    "University of Washington": (6, "data|engineering", 0.9),
    "Columbia University": (5, "business|science|engineering", 0.9),
    "Arizona State University": (5, "language|business", 0.6),
    "Berklee College of Music": (5, "music", 0.7),
    "California Institute of the Arts": (5, "design|music", 1.0),
    "École Polytechnique Fédérale de Lausanne": (5, "programming|science", 0.5),
    "Tecnológico de Monterrey": (5, "business|education", 0.4),
    "Peking University": (5, "humanities|science", 0.4),
    "Amazon Web Services": (5, "cloud", 1.0),
    "Microsoft": (5, "cloud|data|career", 1.4),
    "Meta": (4, "career|programming", 2.0),
    "Atlassian": (3, "career|business", 1.2),
    "SAS": (4, "data", 0.6),
    "Unity": (3, "design|programming", 0.6),
    "Autodesk": (3, "design|engineering", 0.5),
    "Universiteit Leiden": (4, "humanities|health", 0.5),
    "Erasmus University Rotterdam": (4, "business|health", 0.5),
    "University of Amsterdam": (4, "psychology|science", 0.6),
    "Technical University of Denmark (DTU)": (3, "engineering|science", 0.4),
    "The University of Chicago": (3, "science|business", 0.6),
    "Case Western Reserve University": (3, "business", 0.5),
    "University of Alberta": (3, "ai|science", 0.6),
    "McMaster University": (3, "education", 1.5),
    "University of Cape Town": (3, "health|humanities", 0.4),
    "ESSEC Business School": (3, "business", 0.4),
    "IE Business School": (3, "business", 0.4),
    "Fudan University": (2, "humanities", 0.3),
    "Nanjing University": (2, "humanities|science", 0.3),
    "Wesleyan University": (3, "humanities|design", 0.6),
    "Moscow Institute of Physics and Technology": (3, "programming|science", 0.4),
    "National Research University Higher School of Economics": (6, "programming|data|ai", 0.6),
    "Universidad de Chile": (2, "science|education", 0.3),
    "Universidad Austral": (2, "business", 0.3),
    "Sungkyunkwan University": (2, "business|language", 0.3),
    "Yonsei University": (2, "humanities|language", 0.3),
    "Indian School of Business": (3, "business", 0.5),
    "University of Minnesota": (4, "programming|business", 0.6),
    "Rutgers the State University of New Jersey": (3, "business|health", 0.5),
    "University of Geneva": (3, "health|humanities", 0.4),
    "Coursera Project Network": (9, "programming|data|career", 0.3),
    "deeplearning.ai": (5, "ai", 2.0),
    "Shanghai Jiao Tong University": (2, "science|engineering", 0.3),
    "Université de Genève": (2, "humanities", 0.3),
    "West Virginia University": (2, "business", 0.3),
    "Michigan State University": (4, "career|business", 0.6),
    "University of Rochester": (2, "health", 0.3),
}
# subject: topics (the title's subject), extra title forms
_CR_TOPICS: dict[str, str] = {
    "business": "Financial Markets;Marketing Analytics;Business Strategy;Supply Chain Management;Corporate Finance;"
    "Negotiation;Accounting;Entrepreneurship;Leadership;Project Management;Digital Marketing;Brand Management;"
    "Operations Management;Managerial Economics;Innovation Management;Investment Management;Financial Accounting;"
    "Business Analytics;Human Resource Management;Sales Strategy;Strategic Management;Agile Development;"
    "Excel Skills for Business;Business Writing;Marketing in a Digital World;Fintech;Personal Finance",
    "data": "Data Science;Data Analysis with R;Applied Data Science with Python;Data Visualization;Statistics with R;"
    "SQL for Data Science;Data Analysis with Python;Data Engineering;Big Data;Bayesian Statistics;"
    "Regression Models;Exploratory Data Analysis;Data Warehousing;Statistical Inference;Data Mining;"
    "Survey Data Collection;Business Statistics;Time Series Analysis;Tableau Dashboards",
    "programming": "Python Programming;Java Programming;Web Development;Algorithms;Data Structures;C++;"
    "JavaScript;Object Oriented Programming;Software Design;Full Stack Development;Android App Development;"
    "iOS App Development;Scala;Computer Science;Game Design;Git and GitHub;Linux;Rust;HTML, CSS, and Javascript;"
    "Responsive Website Development;Programming for Everybody;Interactive Programming in Python",
    "cloud": "Cloud Computing;Google Cloud Platform Fundamentals;Kubernetes;Cloud Architecture;Serverless Computing;"
    "DevOps;Site Reliability Engineering;Cloud Security;Networking in Google Cloud;BigQuery;Azure Fundamentals;"
    "AWS Fundamentals;Docker",
    "ai": "Machine Learning;Deep Learning;Neural Networks;Natural Language Processing;Computer Vision;"
    "Reinforcement Learning;TensorFlow;Generative AI;AI For Everyone;Probabilistic Graphical Models;"
    "Sequence Models;Convolutional Neural Networks;Machine Learning Engineering for Production (MLOps)",
    "health": "Epidemiology;Global Health;Public Health;Nutrition;Anatomy;Clinical Trials;Medical Neuroscience;"
    "Health Informatics;Healthcare Management;Vital Signs;Mindfulness;COVID-19 Contact Tracing;Stanford Introduction "
    "to Food and Health;Genomic Data Science;Positive Psychiatry",
    "psychology": "Psychology;The Science of Well-Being;Social Psychology;Positive Psychology;Cognitive Neuroscience;"
    "Behavioral Finance;Child Development;Psychological First Aid;Resilience;Mindshift",
    "science": "Astronomy;Chemistry;Physics;Quantum Mechanics;Climate Change;Biology;Genetics;Evolution;"
    "Renewable Energy;Calculus;Linear Algebra;Probability;Mathematical Thinking;Sustainability;Oceanography",
    "humanities": "Philosophy;World History;Modern Art;Moral Foundations of Politics;Ancient Greece;Creative Writing;"
    "Poetry;Religion;Buddhism;Music Theory;Film;Journalism;Law;Human Rights;Critical Thinking;Logic",
    "language": "English for Career Development;Chinese for Beginners;Spanish;Academic English;Grammar and "
    "Punctuation;Business English;Korean;Japanese;English Composition;Conversational English",
    "career": "IT Support;Project Management;UX Design;Data Analytics;Digital Marketing & E-commerce;"
    "Cybersecurity;Front-End Developer;Back-End Developer;Android Developer;Product Management;Salesforce Sales",
    "security": "Cybersecurity;Network Security;Ethical Hacking;Cryptography;Security Operations",
    "engineering": "Control Systems;Robotics;Embedded Systems;Electrical Engineering;Materials Science;"
    "Autonomous Vehicles;Internet of Things;Digital Manufacturing;Computer Architecture;3D Printing",
    "design": "Graphic Design;UI / UX Design;Game Design;Photography;Visual Elements of User Interface Design;"
    "Fundamentals of Graphic Design;Interaction Design;Design Thinking;3D Modeling",
    "education": "Teaching;Learning How to Learn;Instructional Design;Foundations of Teaching for Learning;"
    "Educação Inclusiva;Ensino Híbrido;Gamification;Blended Learning",
    "music": "Songwriting;Music Production;Guitar for Beginners;Jazz Improvisation;Electronic Music Production;"
    "Developing Your Musicianship",
}
_CR_FORMS = _split(
    "{t};{t};{t};Introduction to {t};Foundations of {t};Advanced {t};Applied {t};Fundamentals of {t};{t} for Everyone;"
    "{t} Specialization;Principles of {t};{t} Essentials;Mastering {t};{t} Capstone;{t} in Practice;Getting Started "
    "with {t};{t}: Concepts and Tools"
)
_CR_CERTS = "COURSE:590;SPECIALIZATION:300"
# the companies that also offer professional certificates
_CR_COMPANIES = ("Google", "IBM", "Meta", "Microsoft", "Google Cloud", "Amazon Web Services", "Atlassian")
_CR_LEVELS = {
    "COURSE": "Beginner:270;Mixed:187;Intermediate:110;Advanced:15",
    "SPECIALIZATION": "Beginner:205;Intermediate:86;Advanced:6",
    "PROFESSIONAL CERTIFICATE": "Beginner:12",
}
_CR_RATING_SHIFT = {"Beginner": 0.0, "Mixed": 0.04, "Intermediate": -0.03, "Advanced": -0.06}


def _cr_students(value: float) -> str:
    """Enrolments as the file writes them: "5.3k", "17k", "320k", "1.2m"."""
    if value >= 950_000:
        return f"{value / 1e6:.1f}m"
    if value >= 9_950:
        return f"{round(value / 1e3):.0f}k"
    return f"{value / 1e3:.1f}k"


def _coursera_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5506)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for org, (k, subjects, scale) in _CR_ORGS.items():
        for _ in range(round(1.3 * k)):
            company = org in _CR_COMPANIES
            cert = _draw(rng, "COURSE:45;SPECIALIZATION:40;PROFESSIONAL CERTIFICATE:15" if company else _CR_CERTS)
            subject = str(_one(rng, subjects.split("|")))
            if cert == "PROFESSIONAL CERTIFICATE":
                subject = "career"

            def make(r: np.random.Generator, s: str = subject, c: str = cert, o: str = org) -> str:
                topic = str(_one(r, _split(_CR_TOPICS[s])))
                if c == "PROFESSIONAL CERTIFICATE":
                    return f"{o.split(',')[0]} {topic}"
                forms = _CR_FORMS if len(topic.split()) <= 2 else ["{t}", "{t}", "{t} Specialization"]
                return str(_one(r, forms)).replace("{t}", topic)

            level = _draw(rng, _CR_LEVELS[cert])
            quality = float(rng.normal(0, 1))
            rating = 4.68 + _CR_RATING_SHIFT[level] + 0.12 * quality + float(rng.normal(0, 0.05))
            if rng.random() < 0.01:
                rating -= float(rng.uniform(0.6, 1.2))
            students = float(np.exp(rng.normal(np.log(38_000 * scale), 1.05) + 0.2 * quality))
            students *= {"SPECIALIZATION": 1.3, "PROFESSIONAL CERTIFICATE": 4.0}.get(cert, 1.0)
            rows.append(
                {
                    "course_title": _unique(rng, make, used),
                    "course_organization": org,
                    "course_Certificate_type": cert,
                    "course_rating": float(np.clip(round(rating, 1), 3.3, 5.0)),
                    "course_difficulty": level,
                    "course_students_enrolled": _cr_students(float(np.clip(students, 1500, 3.2e6))),
                }
            )
    frame = pd.DataFrame(rows)
    frame = frame.iloc[np.argsort(frame["course_title"].str.lower().to_numpy(), kind="stable")]
    frame.insert(0, "", rng.permutation(len(frame)))
    return frame.reset_index(drop=True)


def _cr_enrolled(d: pd.DataFrame) -> pd.Series:
    """ "5.3k" and "1.2m" as numbers."""
    text = _text(d["course_students_enrolled"]).str.lower()
    unit = text.str[-1].map({"k": 1e3, "m": 1e6}).fillna(1.0).astype(float)
    return pd.to_numeric(text.str.rstrip("km"), errors="coerce") * unit


def _cr_popular(d: pd.DataFrame) -> pd.Series:
    return _ranked(pd.Series(_cr_enrolled(d).to_numpy(), index=_text(d["course_title"])))


_CR_ID = ("Unnamed: 0", "course_title")
_CR_LEVEL_ORDER = ("Beginner", "Intermediate", "Mixed", "Advanced")
_COURSERA_QS = [
    Q(
        "which organization offers the most courses?",
        _lead(_named(lambda d: _top_label(_text(d["course_organization"]).value_counts()))),
        (*_CR_ID, "course_organization"),
    ),
    Q(
        "average rating for each difficulty level",
        has(
            lambda d: d.groupby(_text(d["course_difficulty"]))["course_rating"].mean()[list(_CR_LEVEL_ORDER)], rel=0.002
        ),
        (*_CR_ID, "course_difficulty", "course_rating"),
    ),
    Q(
        "how many students are enrolled in total?",
        _scaled(lambda d: float(_cr_enrolled(d).sum()), (1e3, 1e6, 1e9)),
        (*_CR_ID, "course_students_enrolled"),
    ),
    Q(
        "top 5 most popular courses by enrollment",
        _top_named(_cr_popular, 5),
        (*_CR_ID, "course_students_enrolled", "course_organization"),
    ),
    Q(
        "do higher rated courses get more students?",
        _corr(lambda d: d["course_rating"], _cr_enrolled),
        (*_CR_ID, "course_rating", "course_students_enrolled"),
    ),
    Q(
        "what percent of them are specializations",
        _share(lambda d: float((_text(d["course_Certificate_type"]) == "SPECIALIZATION").mean())),
        (*_CR_ID, "course_Certificate_type"),
    ),
]


# --- 7. Amazon India products (Kaggle "Amazon Sales Dataset", amazon.csv) ------------------------------------------

# category path: "products|typical actual price (INR)|typical discount|brands|what the product is|features|typical
# number of ratings"
_AZ_CATEGORIES: dict[str, str] = {
    "Computers&Accessories|Accessories&Peripherals|Cables&Accessories|Cables|USBCables": (
        "150|700|0.62|boAt,Ambrane,Portronics,Wayona,pTron,AmazonBasics,Syncwire,Flix|USB Type C Cable|"
        "1.5m Braided,3A Fast Charging,480Mbps Data Sync,Tangle Free,Nylon Braided|9000"
    ),
    "Electronics|WearableTechnology|SmartWatches": (
        "70|6000|0.68|Noise,boAt,Fire-Boltt,Fastrack,Amazfit,pTron|Smart Watch|1.69 inch HD Display,"
        "Bluetooth Calling,SpO2 & Heart Rate Monitor,100+ Sports Modes,IP68 Waterproof|15000"
    ),
    "Electronics|Mobiles&Accessories|Smartphones&BasicMobiles|Smartphones": (
        "68|18000|0.18|Redmi,Samsung Galaxy,OnePlus Nord,iQOO,realme narzo,Tecno Spark|5G Smartphone|"
        "6GB RAM 128GB Storage,50MP AI Triple Camera,5000mAh Battery,120Hz Display|30000"
    ),
    "Electronics|HomeTheater,TV&Video|Televisions|SmartTelevisions": (
        "63|40000|0.42|Samsung,LG,Redmi,OnePlus,Sony Bravia,TCL,Acer,VW|Smart LED TV|Full HD,Dolby Audio,"
        "Android TV 11,Built-in Chromecast,4K Ultra HD|6000"
    ),
    "Electronics|Headphones,Earbuds&Accessories|Headphones|In-Ear": (
        "52|2000|0.62|boAt,JBL,Boult Audio,Noise,pTron,Sony,realme Buds|Wireless Earbuds|40H Playtime,"
        "ENx Noise Cancellation,Low Latency Gaming Mode,IPX5|25000"
    ),
    "Electronics|HomeTheater,TV&Video|Accessories|RemoteControls": (
        "49|1000|0.58|LOHAYA,SWIPE,Ehop,Amazon Basics|Remote Control for Smart TV|No Pairing Required,"
        "Netflix & Prime Video Hotkeys,Voice Control|1200"
    ),
    "Electronics|Mobiles&Accessories|MobileAccessories|Chargers|WallChargers": (
        "20|1300|0.55|Ambrane,Samsung,Portronics,MI,Spigen|20W Fast Charger Adapter|Type C PD,BIS Certified,"
        "Made in India|5000"
    ),
    "Electronics|HomeTheater,TV&Video|Accessories|Cables|HDMICables": (
        "22|800|0.6|AmazonBasics,Belkin,Zebronics,Tizum|High-Speed HDMI Cable|4K@60Hz,2 Meter,"
        "Gold Plated Connectors|12000"
    ),
    "Electronics|GeneralPurposeBatteries&BatteryChargers|DisposableBatteries": (
        "20|300|0.2|Duracell,Eveready,Panasonic|AA Alkaline Batteries|Pack of 8,Long Lasting|20000"
    ),
    "Electronics|Cameras&Photography|SecurityCameras|DomeCameras": (
        "25|3000|0.55|MI,TP-Link Tapo,CP PLUS,Qubo|360 Degree WiFi Security Camera|1080p Full HD,Night Vision,"
        "2-Way Talk,Motion Detection|30000"
    ),
    "Electronics|HomeAudio|Speakers|BluetoothSpeakers": (
        "30|3000|0.5|JBL,boAt,Zebronics,Sony,Tribit|Portable Bluetooth Speaker|20W Output,12H Playtime,"
        "IPX7 Waterproof|18000"
    ),
    "Electronics|Mobiles&Accessories|MobileAccessories|Chargers|PowerBanks": (
        "20|2000|0.45|MI,Ambrane,URBN,realme,pTron|10000mAh Power Bank|22.5W Fast Charging,Dual Output,Li-Polymer|40000"
    ),
    "Electronics|Headphones,Earbuds&Accessories|Headphones|On-Ear": (
        "30|2500|0.55|boAt,JBL,Sony,Zebronics,Boult Audio|Wireless On-Ear Headphones|40mm Drivers,30H Playtime,"
        "Built-in Mic,Foldable|20000"
    ),
    "Electronics|Mobiles&Accessories|MobileAccessories|Stands": (
        "15|500|0.65|Portronics,STRIFF,Tukzer|Mobile Stand|Adjustable Angle,Anti-Slip Base|15000"
    ),
    "Electronics|HomeTheater,TV&Video|Projectors": (
        "12|15000|0.45|Egate,Zebronics,XElectron,BenQ|LED Projector|1080p Native,Screen Mirroring|2000"
    ),
    "Computers&Accessories|Accessories&Peripherals|Keyboards,Mice&InputDevices|Mice": (
        "30|600|0.45|Logitech,HP,Dell,Zebronics,Portronics|Wireless Optical Mouse|2.4GHz,1600 DPI,Ambidextrous|25000"
    ),
    "Computers&Accessories|ExternalDevices&DataStorage|PenDrives": (
        "20|700|0.5|SanDisk,HP,Kingston,Samsung|64GB USB 3.0 Pen Drive|Metal Casing,Up to 130MB/s|50000"
    ),
    "Computers&Accessories|NetworkingDevices|NetworkAdapters|WirelessUSBAdapters": (
        "12|1000|0.45|TP-Link,D-Link,Tenda|USB WiFi Adapter|600Mbps Dual Band,Plug and Play|15000"
    ),
    "Computers&Accessories|Accessories&Peripherals|Keyboards,Mice&InputDevices|Keyboards": (
        "20|900|0.35|Logitech,HP,Dell,Zebronics|Wired USB Keyboard|Spill Resistant,Full Size|10000"
    ),
    "Computers&Accessories|Accessories&Peripherals|LaptopAccessories|CoolingPads": (
        "10|1000|0.6|Cosmic Byte,Zebronics,Portronics|Laptop Cooling Pad|5 Fans,Adjustable Height|3000"
    ),
    "Computers&Accessories|Printers,Inks&Accessories|Inks,Toners&Cartridges|InkjetInkCartridges": (
        "15|1100|0.1|HP,Canon,Epson|Ink Cartridge|Black,Original|12000"
    ),
    "Computers&Accessories|Monitors": (
        "15|12000|0.35|LG,Samsung,Acer,BenQ,Lenovo|Full HD IPS Monitor|75Hz,HDMI & VGA Ports,Eye Care|8000"
    ),
    "Computers&Accessories|Accessories&Peripherals|PCGamingPeripherals|Headsets": (
        "15|1500|0.55|boAt,HP,Redgear,Zebronics|Gaming Headset|50mm Drivers,RGB Lights,Detachable Mic|6000"
    ),
    "Computers&Accessories|Accessories&Peripherals|USBHubs": (
        "15|1000|0.55|Portronics,AmazonBasics,TP-Link|4 Port USB Hub|USB 3.0,Aluminium Body|4000"
    ),
    "Computers&Accessories|Accessories&Peripherals|LaptopAccessories|Bags&Sleeves|LaptopSleeves&Slipcases": (
        "20|800|0.6|AmazonBasics,Dyazo,Gizga|Laptop Sleeve|15.6 inch,Water Resistant,Shockproof|4000"
    ),
    "Computers&Accessories|Tablets": (
        "10|25000|0.25|Lenovo Tab,Samsung Galaxy Tab,realme Pad|Tablet|10.6 inch 2K Display,4GB RAM 64GB|9000"
    ),
    "Computers&Accessories|Accessories&Peripherals|Audio&VideoAccessories|PCMicrophones": (
        "15|1300|0.5|Maono,Boya,Fifine|USB Condenser Microphone|Plug and Play,Cardioid|3000"
    ),
    "Computers&Accessories|Components|InternalSolidStateDrives": (
        "25|3500|0.4|Crucial,Samsung,WD,Kingston|500GB SATA SSD|Up to 560MB/s,3D NAND|10000"
    ),
    ("Home&Kitchen|Kitchen&HomeAppliances|Vacuum,Cleaning&Ironing|Irons,Steamers&Accessories|Irons|DryIrons"): (
        "24|1000|0.35|Philips,Bajaj,Havells,Usha,Morphy Richards|1000W Dry Iron|Non-Stick Soleplate,Light Weight|15000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|MixerGrinders": (
        "27|5000|0.4|Bajaj,Prestige,Philips,Butterfly,Preethi,Sujata|750W Mixer Grinder|3 Jars,Stainless Steel,"
        "5 Year Motor Warranty|8000"
    ),
    ("Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|Kettles&HotWaterDispensers|ElectricKettles"): (
        "30|1300|0.4|Pigeon,Prestige,Kent,Bajaj,Philips|1.5 Litre Electric Kettle|Stainless Steel Body,"
        "Auto Shut Off|12000"
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|WaterHeaters&Geysers|InstantWaterHeaters": (
        "25|5000|0.45|Bajaj,Crompton,Havells,AO Smith,V-Guard|3 Litre Instant Water Heater|3000W,ISI Marked|2500"
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|RoomHeaters|FanHeaters": (
        "25|2500|0.45|Orient,Bajaj,Usha,Havells|2000W Fan Room Heater|2 Heat Settings,Overheat Protection|3000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|WaterPurifiers&Accessories|WaterFilters&Purifiers": (
        "20|19000|0.35|Kent,Aquaguard,Livpure,Pureit|RO+UV Water Purifier|7L Storage,Wall Mountable|5000"
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|Fans|CeilingFans": (
        "18|3500|0.4|Havells,Orient,Crompton,Atomberg,Usha|1200mm Ceiling Fan|BLDC Motor,Remote Control|4000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|HandBlenders": (
        "25|2000|0.4|Philips,Bajaj,Inalsa,Morphy Richards|300W Hand Blender|Variable Speed,Detachable Rod|6000"
    ),
    ("Home&Kitchen|Kitchen&HomeAppliances|Vacuum,Cleaning&Ironing|Vacuums&FloorCare|Vacuums|HandheldVacuums"): (
        "20|4000|0.45|Eureka Forbes,AGARO,Inalsa,Philips|Handheld Vacuum Cleaner|Cordless,HEPA Filter|2500"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|SandwichMakers": (
        "16|1600|0.4|Pigeon,Bajaj,Prestige,Havells|Sandwich Maker|Non-Stick Plates,750W|7000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|InductionCooktop": (
        "20|3500|0.45|Prestige,Philips,Pigeon,Bajaj|2000W Induction Cooktop|Push Button,Auto Off|9000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|Coffee,Tea&Espresso|DripCoffeeMachines": (
        "12|4000|0.3|Morphy Richards,Philips,Prestige|Drip Coffee Maker|4 Cups,Anti-Drip|2000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|EggBoilers": (
        "14|1000|0.5|Pigeon,Kent,Havells|Egg Boiler|7 Eggs,Auto Shut Off|3000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|Vacuum,Cleaning&Ironing|Irons,Steamers&Accessories|LintShavers": (
        "15|800|0.45|Philips,Inalsa,AGARO|Lint Remover|Rechargeable,Stainless Steel Blades|10000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|DigitalKitchenScales": (
        "20|700|0.55|HealthSense,Dr Trust,Atom|Digital Kitchen Scale|10kg Capacity,Tare Function|8000"
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|AirPurifiers&Accessories|HEPAAirPurifiers": (
        "12|13000|0.4|Philips,Coway,Honeywell,MI|HEPA Air Purifier|360 Degree Purification,Smart Sensor|3000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|Juicers": (
        "20|3000|0.45|Philips,Bajaj,Borosil,Kent|Juicer Mixer Grinder|500W,2 Jars|2000"
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|Humidifiers": (
        "12|2000|0.5|AGARO,Dr Trust,Kent|Cool Mist Humidifier|2.5L Tank,Ultrasonic|1500"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|OvenToasterGrills": (
        "20|7000|0.3|Bajaj,Morphy Richards,Prestige,Philips|OTG Oven|28 Litre,Rotisserie|4000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|RiceCookers": (
        "15|2500|0.35|Pigeon,Prestige,Panasonic,Bajaj|Electric Rice Cooker|1.8 Litre,Keep Warm|3000"
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|WaterPurifiers&Accessories|WaterPurifierAccessories": (
        "12|900|0.5|Kent,Aquaguard,Aquadpure|RO Service Kit|Sediment Filter,Carbon Filter|2000"
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|Fans|TableFans": (
        "15|2500|0.35|Usha,Bajaj,Havells,Orient|400mm Table Fan|High Speed,Oscillating|3000"
    ),
    (
        "OfficeProducts|OfficePaperProducts|Paper|Stationery|Pens,Pencils&WritingSupplies|Pens&Refills|"
        "GelInkRollerballPens"
    ): ("31|150|0.15|Classmate,Pilot,Cello,Reynolds,Uni-ball|Gel Pen|Pack of 10,Blue Ink,Smooth Writing|8000"),
    "MusicalInstruments|Microphones|Condenser": (
        "2|3000|0.6|Maono,Boya|Condenser Microphone|Studio Recording,Pop Filter|3000"
    ),
    "HomeImprovement|Electrical|Adapters&Multi-Outlets": (
        "2|700|0.5|Wipro,GM|Extension Board|4 Socket,Surge Protector|5000"
    ),
    "Toys&Games|Arts&Crafts|Drawing&PaintingSupplies|ColouringPens&Markers": (
        "1|500|0.3|Faber-Castell|Connector Pens|25 Shades,Washable Ink|9000"
    ),
    "Car&Motorbike|CarAccessories|InteriorAccessories|AirPurifiers&Ionizers": (
        "1|3000|0.5|Reffair|Car Air Purifier|HEPA Filter,USB Powered|1000"
    ),
    ("Health&PersonalCare|HomeMedicalSupplies&Equipment|HealthMonitors|WeighingScales|DigitalBathroomScales"): (
        "1|1500|0.55|HealthSense,Dr Trust|Digital Weighing Scale|Thick Tempered Glass,Step-On|20000"
    ),
}
_AZ_COLORS = _split("Black;White;Blue;Grey;Red;Silver;Green;Beige;Navy Blue")
_AZ_USERS = _split(
    "Manav;Adarsh gupta;Sundeep;Nirmal Kumar;Rohan;Aditya Sharma;Ankit;Mohit;Rahul;Priya;Sneha;Deepak;Vikram Singh;"
    "Amazon Customer;Karthik;Sandeep;Suresh;Neha;Pooja;Arjun;Harsh;Abhishek;Ravi Teja;Manish;Shubham;Akash;Divya;"
    "Siddharth;Varun;Gaurav;Nikhil;Kavya;Rakesh;Anand;Meera;Vivek;Yash;Tanmay;Ajay;Bhavesh"
)
_AZ_TITLES = _split(
    "Satisfied;Value for money;Good product;Nice;Works well;Good quality;Worth the price;Charging is really fast;"
    "Decent;Average;Not bad;Excellent;Good but could be better;Okay product;Awesome;Product is good;Very good;"
    "Stopped working after a month;Not as expected;Good for the price;Best in this range;Quality could be better"
)
_AZ_REVIEWS = _split(
    "Looks durable Charging is fine too No complains;Good product, works as expected;Value for money;"
    "Quality is good and delivery was fast;It is working fine;Not worth the money;Build quality is average;"
    "Using it for a week now, no issues so far;Good product at this price;Received a defective piece, replaced quickly"
)
_AZ_CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _az_code(rng: np.random.Generator, k: int) -> str:
    return "".join(_AZ_CODE[int(i)] for i in rng.integers(0, len(_AZ_CODE), k))


def _az_rupees(value: float) -> str:
    """Indian digit grouping: "₹1,099", "₹1,39,900"."""
    digits = f"{round(value)}"
    if len(digits) > 3:
        head, tail = digits[:-3], digits[-3:]
        head = ",".join([head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1])
        digits = f"{head},{tail}"
    return f"₹{digits}"


def _az_price(value: float) -> int:
    """A shelf price ending in 9: 399, 1,099, 13,999."""
    if value < 200:
        return max(int(round(value / 10) * 10 - 1), 39)
    return int(round(value / 100) * 100 - 1)


def _az_product(rng: np.random.Generator, path: str, used: set[str]) -> dict[str, Any]:
    _n, price, discount, brands, noun, features, ratings = _AZ_CATEGORIES[path].split("|")
    brand = str(_one(rng, brands.split(",")))
    model = f"{_one(rng, ['', 'Pro ', 'Neo ', 'Max ', 'Lite ', 'Plus ', 'X'])}{int(rng.integers(100, 999))}"
    feats = [str(x) for x in rng.permutation(features.split(","))[: int(rng.integers(2, 4))]]
    name = f"{brand} {model.strip()} {noun}, {', '.join(feats)} ({_one(rng, _AZ_COLORS)})"
    actual = _az_price(float(price) * rng.lognormal(0, 0.45))
    cut = 0.0 if rng.random() < 0.04 else float(np.clip(rng.normal(float(discount), 0.14), 0.0, 0.94))
    paid = min(_az_price(actual * (1 - cut)), actual)
    quality = float(rng.normal(0, 1))
    rating = float(np.clip(round(4.1 + 0.2 * quality - 0.15 * (cut - 0.45) + rng.normal(0, 0.12), 1), 2.0, 5.0))
    count = int(max(2, round(float(ratings) * rng.lognormal(0.1 * quality, 1.15))))
    k = int(rng.integers(4, 9))
    users = [str(_one(rng, _AZ_USERS)) for _ in range(k)]
    pid = _unique(rng, lambda r: "B0" + _az_code(r, 8), used)
    return {
        "product_id": pid,
        "product_name": name,
        "category": path,
        "discounted_price": _az_rupees(paid),
        "actual_price": _az_rupees(actual),
        "discount_percentage": f"{round(100 * (1 - paid / actual))}%",
        "rating": f"{rating:.1f}",
        "rating_count": f"{count:,}",
        "about_product": "|".join(f"{f.upper()}: {noun} with {f.lower()}" for f in feats),
        "user_id": ",".join("A" + _az_code(rng, 27) for _ in range(k)),
        "user_name": ",".join(users),
        "review_id": ",".join("R" + _az_code(rng, 13) for _ in range(k)),
        "review_title": ",".join(str(_one(rng, _AZ_TITLES)) for _ in range(k)),
        "review_content": ",".join(str(_one(rng, _AZ_REVIEWS)) for _ in range(k)),
        "img_link": f"https://m.media-amazon.com/images/I/{_az_code(rng, 11)}._SX300_SY300_QL70_FMwebp_.jpg",
        "product_link": f"https://www.amazon.in/dp/{pid}",
    }


def _amazon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5507)
    used: set[str] = set()
    rows = [
        _az_product(rng, path, used) for path, spec in _AZ_CATEGORIES.items() for _ in range(int(spec.split("|")[0]))
    ]
    rows = [rows[int(i)] for i in rng.permutation(len(rows))]
    # the file lists about a hundred products twice, the repeat somewhere else in the file
    cables = [i for i, r in enumerate(rows) if str(r["category"]).startswith(("Computers", "Electronics"))]
    for again in [dict(rows[int(i)]) for i in sorted(rng.choice(cables, 114, replace=False))]:
        rows.insert(int(rng.integers(0, len(rows))), again)
    frame = pd.DataFrame(rows)
    frame.loc[int(rng.integers(0, len(frame))), "rating"] = "|"
    frame.loc[rng.choice(len(frame), 2, replace=False), "rating_count"] = None
    return frame


def _az(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates("product_id") if unique else d


def _az_main(d: pd.DataFrame) -> pd.Series:
    return _text(d["category"]).str.split("|").str[0]


def _az_top_main(unique: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top_label(_az_main(_az(d, unique)).value_counts())


def _az_mean_discount(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_number(_az(d, unique)["discount_percentage"]).mean())


def _az_most_rated(d: pd.DataFrame) -> Check:
    top = d.loc[_number(d["rating_count"]).idxmax()]
    words = str(top["product_name"]).split()
    return either(_named(lambda _d: " ".join(words[:3])), _named(lambda _d: str(top["product_id"])))


def _az_rated(unique: bool, cut: float) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_number(_az(d, unique)["rating"]) >= cut).sum())


def _az_big_discounts(unique: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        cut = _number(_az(d, unique)["discount_percentage"])
        return float((cut >= 50).mean())

    return share


def _az_corr(unique: bool) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        kept = _az(d, unique)
        return _corr(lambda _d: _number(kept["discount_percentage"]), lambda _d: _number(kept["rating"]))(answer, d)

    return check


_AZ_ID = ("product_id", "product_name")
_AMAZON_QS = [
    Q(
        "which main category has the most products?",
        either(_lead(_named(_az_top_main(True))), _lead(_named(_az_top_main(False)))),
        (*_AZ_ID, "category"),
    ),
    Q(
        "whats the average discount percentage",
        either(_about(_az_mean_discount(True), rel=0.005), _about(_az_mean_discount(False), rel=0.005)),
        (*_AZ_ID, "discount_percentage", "discounted_price", "actual_price"),
    ),
    Q(
        "which product has the most ratings?",
        _lead(lambda answer, d: _az_most_rated(d)(answer, d)),
        (*_AZ_ID, "rating_count"),
    ),
    Q(
        "how many products are rated 4.5 or higher",
        _either_count(_az_rated(True, 4.5), _az_rated(False, 4.5)),
        (*_AZ_ID, "rating"),
    ),
    Q(
        "is there a correlation between discount and rating?",
        either(_az_corr(True), _az_corr(False)),
        (*_AZ_ID, "discount_percentage", "rating", "discounted_price", "actual_price"),
    ),
    Q(
        "what share of products are discounted 50% or more?",
        _either_share(_az_big_discounts(True), _az_big_discounts(False)),
        (*_AZ_ID, "discount_percentage", "discounted_price", "actual_price"),
    ),
]


HELDOUT55: list[Dataset] = [
    Dataset("ames_house_prices", _houses_frame, _HOUSES_QS),
    Dataset("global_terrorism", _terrorism_frame, _TERRORISM_QS),
    Dataset("boston_marathon_2017", _marathon_frame, _MARATHON_QS),
    Dataset("nyc_restaurant_inspections", _restaurants_frame, _RESTAURANTS_QS),
    Dataset("sf_salaries", _salaries_frame, _SALARIES_QS),
    Dataset("coursera_courses", _coursera_frame, _COURSERA_QS),
    Dataset("amazon_india_products", _amazon_frame, _AMAZON_QS),
]
