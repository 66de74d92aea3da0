"""HELDOUT82: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Give Me Some Credit training file (cs-training.csv) with its unnamed row-number first column (read back as
"Unnamed: 0"), SeriousDlqin2yrs as 0 / 1 (about 6% ones), RevolvingUtilizationOfUnsecuredLines mostly between 0 and 1
with a few absurd values in the thousands, age from 21 to about 100 plus one age 0, the three past-due counts
(NumberOfTime30-59DaysPastDueNotWorse, NumberOfTime60-89DaysPastDueNotWorse, NumberOfTimes90DaysLate) mostly 0 with
the 96 / 98 sentinel codes on a handful of rows, DebtRatio a ratio where the income is known but a raw amount in the
hundreds or thousands where MonthlyIncome is blank (about a fifth of the rows; a few incomes are 0),
NumberOfOpenCreditLinesAndLoans, NumberRealEstateLoansOrLines and NumberOfDependents (blank on a few of the rows
without income, written as floats "2.0"); the City of Los Angeles parking citations (Parking_Citations.csv, 2019) with
ten-digit Ticket number, Issue Date as "2019-05-01T00:00:00", Issue time as a number (1130 for 11:30, a few blank),
Meter Id only on meter tickets, Marked Time and VIN nearly always blank, RP State Plate (CA for nine in ten, a few XX),
Plate Expiry Date as a yyyymm number (201912.0) with blanks and junk, four-letter makes ("TOYT", "HOND", "MERZ"),
two-letter body styles and colours, upper-case block addresses, Route codes ("00500", "2A75") and numeric Agency,
Violation code as "80.69BS" / "88.13B+" with the LADOT descriptions ("NO PARK/STREET CLEAN", "METER EXP.") and their
Fine amount (a few blank), Latitude / Longitude in the city's state-plane feet (around 6.4 million / 1.8 million)
and 99999 on both when the place is unknown; Philadelphia crime incidents (OpenDataPhilly incidents_part1_part2,
2019-2021) with dc_dist police districts ("01" ... "77"), psa as "1" / "2" / "3" / "A", dispatch_date_time
"2019-03-14 18:22:00" beside dispatch_date, dispatch_time and hour_, twelve-digit dc_key (year, district, serial),
upper-case location_block ("1500 BLOCK N BROAD ST", corners as "S 52ND ST & CHESTNUT ST"), ucr_general codes (100 for
homicide ... 2600) with the Part I/II text_general_code ("Thefts", "Theft from Vehicle", "Aggravated Assault
Firearm", "DRIVING UNDER THE INFLUENCE" in its odd upper case) and point_x / point_y longitude / latitude with a few
blank; IOM's Missing Migrants Project global incidents (2014-2023) with "2016.MMP01234" Incident ID, Region of
Incident, Incident Date as "Thu, 01/30/2014", Incident Year, Month as "Jan", Number of Dead and Minimum Estimated
Number of Missing blank when none, Total Number of Dead and Missing always filled, Number of Survivors, Females, Males
and Children mostly blank, the IOM cause categories ("Drowning", "Mixed or unknown", "Vehicle accident / death linked
to hazardous transport"), Migration route blank for a third of the incidents, Country of Origin with "Unknown" and
comma-joined lists ("Mali,Guinea") and UNSD Geographical Grouping ("Uncategorized" for incidents at sea); the
"Periodic Table of Elements.csv" (118 rows) with AtomicNumber, Element, Symbol, AtomicMass, neutron / proton / electron
counts, Period, Group (blank for the lanthanide and actinide rows), Phase as gas / liq / solid / artificial,
Radioactive, Natural, Metal, Nonmetal and Metalloid as "yes" or blank, Type ("Transition Metal", "Noble Gas",
"Transactinide"), AtomicRadius, Electronegativity, FirstIonization, Density (g/cm3, gases in the 1e-4 range),
MeltingPoint and BoilingPoint in kelvin, NumberOfIsotopes, Discoverer ("Prehistoric" with a blank Year for the ancient
elements), Year, SpecificHeat, NumberofShells and NumberofValence, the physical properties blank for the heaviest
elements; Kaggle's Zara sales file (Zara.csv, ";"-separated in the original, written here as a plain CSV) with
Product ID, Product Position (Aisle, End-cap, Front of Store), Promotion and Seasonal as Yes / No, Product Category
(Jackets, Sweaters, T-Shirts, Jeans, Shoes, Dresses, Shirts), Sales Volume, brand Zara, product url, upper-case name,
description (a few blank), price in dollars, currency USD, section MAN / WOMAN, season, material and origin (a few
blank); and FiveThirtyEight's drug use by age (drug-use-by-age.csv, 17 rows) with age as "12" ... "21", "22-23",
"26-29", "35-49", "65+", the sample size n and a -use (percent who used in the past year) and -frequency (median uses
per user) pair for thirteen drugs, including the original's "pain-releiver" spelling, with "-" in a frequency where too
few used the drug. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _clock, _fields
from .heldout40 import _number, _top_named
from .heldout42 import _ranked
from .offline_eval import Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _yes(d: pd.DataFrame, column: str, word: str = "yes") -> pd.Series:
    return _text(d[column]).str.lower() == word.lower()


# --- 1. Give Me Some Credit (Kaggle, cs-training.csv) ----------------------------------------------------------------

_CR_COLUMNS = [
    "",
    "SeriousDlqin2yrs",
    "RevolvingUtilizationOfUnsecuredLines",
    "age",
    "NumberOfTime30-59DaysPastDueNotWorse",
    "DebtRatio",
    "MonthlyIncome",
    "NumberOfOpenCreditLinesAndLoans",
    "NumberOfTimes90DaysLate",
    "NumberRealEstateLoansOrLines",
    "NumberOfTime60-89DaysPastDueNotWorse",
    "NumberOfDependents",
]
_CR_LATE30 = "NumberOfTime30-59DaysPastDueNotWorse"
_CR_LATE60 = "NumberOfTime60-89DaysPastDueNotWorse"
_CR_LATE90 = "NumberOfTimes90DaysLate"


def _credit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8201)
    n = 3400
    age = np.clip(np.round(rng.normal(52, 14.5, n)), 21, 101).astype(int)
    age[int(rng.integers(0, n))] = 0
    late30 = rng.choice([0, 1, 2, 3, 4, 5], n, p=[0.84, 0.105, 0.033, 0.012, 0.006, 0.004])
    late60 = rng.choice([0, 1, 2, 3], n, p=[0.95, 0.038, 0.009, 0.003])
    late90 = rng.choice([0, 1, 2, 3, 4, 6], n, p=[0.944, 0.035, 0.01, 0.005, 0.004, 0.002])
    young = np.clip((60 - age) / 40, 0, 1)
    late30 = np.where(rng.random(n) < 0.06 * young, late30 + 1, late30)
    kind = rng.random(n)
    util = np.where(kind < 0.3, rng.uniform(0, 0.08, n), rng.beta(0.9, 1.6, n))
    util = np.where((kind > 0.97) & (kind < 0.995), rng.uniform(1.0, 1.6, n), util)
    util = np.where(kind >= 0.995, np.round(rng.uniform(2, 20000, n)), util)
    sentinel = rng.random(n) < 0.0025
    code = np.where(rng.random(n) < 0.8, 98, 96)
    late30 = np.where(sentinel, code, late30)
    late60 = np.where(sentinel, code, late60)
    late90 = np.where(sentinel, code, late90)
    util = np.where(sentinel, 1.0, util)
    no_income = rng.random(n) < 0.2
    income = np.round(rng.lognormal(np.log(5300), 0.62, n) * (1 + 0.006 * np.clip(age - 25, 0, 35)))
    income = np.where(rng.random(n) < 0.012, 0.0, income)
    ratio = np.where(rng.random(n) < 0.03, rng.lognormal(np.log(1.6), 1.0, n), rng.beta(1.5, 3.6, n) * 1.1)
    raw_debt = np.where(rng.random(n) < 0.1, 0.0, np.round(rng.lognormal(np.log(900), 1.3, n)))
    ratio = np.where(no_income, raw_debt, ratio)
    dependents = rng.choice([0, 1, 2, 3, 4, 5, 6], n, p=[0.58, 0.18, 0.13, 0.065, 0.03, 0.01, 0.005]).astype(float)
    dependents = np.where(no_income & (rng.random(n) < 0.13), np.nan, dependents)
    lines = np.clip(rng.poisson(7.5, n) + rng.integers(-2, 3, n), 0, 45)
    estate = rng.choice([0, 1, 2, 3, 4, 5, 8], n, p=[0.37, 0.35, 0.21, 0.045, 0.015, 0.007, 0.003])
    score = (
        -3.35
        + 0.9 * (late30 > 0)
        + 1.1 * (late60 > 0)
        + 1.5 * (late90 > 0)
        + 1.2 * ((util > 0.9) & (util < 2))
        + 0.8 * young
        - 0.3 * (income > 9000) * ~no_income
        + 0.9 * sentinel
    )
    bad = (rng.random(n) < 1 / (1 + np.exp(-score))).astype(int)
    frame = pd.DataFrame(
        {
            "": np.arange(1, n + 1),
            "SeriousDlqin2yrs": bad,
            "RevolvingUtilizationOfUnsecuredLines": np.round(util, 9),
            "age": age,
            _CR_LATE30: late30,
            "DebtRatio": np.round(ratio, 9),
            "MonthlyIncome": np.where(no_income, np.nan, income),
            "NumberOfOpenCreditLinesAndLoans": lines,
            _CR_LATE90: late90,
            "NumberRealEstateLoansOrLines": estate,
            _CR_LATE60: late60,
            "NumberOfDependents": dependents,
        }
    )
    return frame[_CR_COLUMNS]


def _cr_rate(d: pd.DataFrame) -> float:
    return float(d["SeriousDlqin2yrs"].mean())


def _cr_ages(with_zero: bool) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        floor = -1 if with_zero else 0
        young = d[(d["age"] < 30) & (d["age"] > floor)]
        return [_cr_rate(young), _cr_rate(d[d["age"] >= 60])]

    return rates


def _cr_late(codes: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    """Borrowers 90+ days late at least once, with or without the 96 / 98 code rows."""

    def rows(d: pd.DataFrame) -> pd.DataFrame:
        late = d[_CR_LATE90] > 0
        return d[late] if codes else d[late & (d[_CR_LATE90] < 90)]

    return rows


_CR_ID = ("Unnamed: 0",)
_CREDIT_QS = [
    Q(
        "what % of people had a serious delinquency?",
        _share(_cr_rate),
        (*_CR_ID, "SeriousDlqin2yrs"),
    ),
    Q(
        "how many rows are missing the monthly income",
        _count(lambda d: float(d["MonthlyIncome"].isna().sum())),
        (*_CR_ID, "MonthlyIncome"),
    ),
    Q(
        "avg monthly income for people who went seriously delinquent vs those who didnt",
        _about(lambda d: [d.loc[d["SeriousDlqin2yrs"] == k, "MonthlyIncome"].mean() for k in (1, 0)], rel=0.003),
        (*_CR_ID, "SeriousDlqin2yrs", "MonthlyIncome"),
    ),
    Q(
        "is the delinquency rate higher for under 30s than for people 60 and over?",
        either(_shares(_cr_ages(True)), _shares(_cr_ages(False))),
        (*_CR_ID, "SeriousDlqin2yrs", "age"),
    ),
    Q(
        "how many people have been 90+ days late at least once",
        either(*(_count(lambda d, c=c: float(len(_cr_late(c)(d)))) for c in (True, False))),
        (*_CR_ID, _CR_LATE90),
    ),
    Q(
        "what share of them ended up seriously delinquent",
        either(*(_share(lambda d, c=c: _cr_rate(_cr_late(c)(d))) for c in (True, False))),
        (*_CR_ID, _CR_LATE90, "SeriousDlqin2yrs"),
    ),
]


# --- 2. Los Angeles parking citations (data.lacity.org, Parking_Citations.csv) ---------------------------------------

# code: description, fine, weight, hours as "hour:weight"
_PK_DAY = "7:5;8:9;9:10;10:10;11:9;12:9;13:8;14:8;15:7;16:6;17:5;18:4;19:3;20:2;21:2;22:1;23:1;0:1;1:0.5;6:2"
_PK_CLEAN = "6:2;7:9;8:22;9:24;10:20;11:12;12:9;13:4;14:2"
_PK_NIGHT = "0:4;1:3;2:3;3:2;4:2;5:3;6:5;7:6;8:7;9:7;10:7;11:7;12:6;13:6;14:6;15:5;16:5;17:4;18:4;19:3;20:3;21:3;22:3"
_PK_VIOLATIONS: dict[str, tuple[str, float, float, str]] = {
    "80.69BS": ("NO PARK/STREET CLEAN", 73, 27, _PK_CLEAN),
    "88.13B+": ("METER EXP.", 63, 17, _PK_DAY),
    "80.56E4+": ("RED ZONE", 93, 8, _PK_NIGHT),
    "5204A-": ("DISPLAY OF TABS", 25, 7, _PK_DAY),
    "80.58L": ("PREFERENTIAL PARKING", 68, 8, _PK_NIGHT),
    "80.69C": ("PARKED OVER TIME LIMIT", 58, 6, _PK_DAY),
    "80.69AA+": ("NO STOP/STAND AM", 93, 3, "6:20;7:40;8:30;9:10"),
    "80.69AP+": ("NO STOP/STAND PM", 93, 3, "15:20;16:40;17:30;18:10"),
    "80.70": ("NO STOPPING/STANDING", 93, 4, _PK_DAY),
    "80.71.1": ("WHITE ZONE", 58, 3, _PK_DAY),
    "80.69B": ("NO PARKING", 73, 3, _PK_NIGHT),
    "80.58B": ("DISABLED PARKING/NO DP ID", 363, 0.6, _PK_DAY),
    "22500E": ("BLOCKING DRIVEWAY", 68, 2, _PK_NIGHT),
    "22514": ("FIRE HYDRANT", 68, 2, _PK_NIGHT),
    "80.61": ("YELLOW ZONE", 58, 1.5, _PK_DAY),
    "4000A1": ("NO EVIDENCE OF REG", 50, 2, _PK_NIGHT),
    "80.73.2": ("EXCEED 72HRS-ST", 63, 1.5, _PK_NIGHT),
    "5200": ("NO PLATES", 25, 1, _PK_DAY),
    "22500F": ("PARKED ON SIDEWALK", 68, 1, _PK_NIGHT),
}
_PK_MONTHS = "1:8.6;2:7.7;3:10.4;4:8.3;5:8.8;6:7.9;7:8.1;8:8.5;9:7.9;10:8.7;11:7.6;12:7.0"
_PK_STATES = (
    "CA:89;AZ:1.6;TX:1.3;NV:1.1;FL:0.9;WA:0.7;NY:0.6;OR:0.6;IL:0.5;CO:0.4;UT:0.4;NJ:0.3;PA:0.3;XX:0.4;MA:0.2;"
    "GA:0.3;NM:0.2;MI:0.2;OH:0.2;ID:0.1;MX:0.3"
)
_PK_MAKES = (
    "TOYT:19;HOND:12;FORD:8;NISS:7;CHEV:6;BMW:4.5;MERZ:4;VOLK:3.5;HYUN:3.5;LEXS:3;DODG:2.5;KIA:2.5;JEEP:2;AUDI:2;"
    "MAZD:2;SUBA:1.5;TSLA:1.5;INFI:1.2;ACUR:1.4;GMC:1;CHRY:1;MITS:0.8;MINI:0.8;VOLV:0.7;CADI:0.6;LINC:0.4;OTHR:2"
)
_PK_BODIES = "PA:82;PU:5;VN:4;SU:3;TK:2;CM:1.5;MC:0.5;TR:0.3;:1"
_PK_COLORS = "BK:22;WT:21;GY:17;SL:12;BL:8;RD:6;GN:2;BN:1.5;MR:1;GO:1;TN:1;OT:1.5;YE:0.4;OR:0.4;PR:0.2;:4"
_PK_STREETS = _split(
    "N ORANGE DR;S FIGUEROA ST;W SUNSET BLVD;WILSHIRE BLVD;S BROADWAY;N HIGHLAND AVE;W 3RD ST;VENICE BLVD;"
    "S SPRING ST;HOLLYWOOD BLVD;S MAIN ST;ABBOT KINNEY BLVD;N VERMONT AVE;S LA BREA AVE;W PICO BLVD;"
    "SAN VICENTE BLVD;MOTOR AVE;W OLYMPIC BLVD;CRENSHAW BLVD;LANKERSHIM BLVD;VENTURA BLVD;S OCEAN FRONT WALK"
)
_PK_ROUTES = _split("00500;00600;00141;00402;2A75;00217;00116;404E;00146;00503;405E;00130;00201;00600;CM96")
_PK_COLUMNS = _split(
    "Ticket number;Issue Date;Issue time;Meter Id;Marked Time;RP State Plate;Plate Expiry Date;VIN;Make;Body Style;"
    "Color;Location;Route;Agency;Violation code;Violation Description;Fine amount;Latitude;Longitude"
)


def _parking_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8202)
    codes = list(_PK_VIOLATIONS)
    weights = [v[2] for v in _PK_VIOLATIONS.values()]
    rows: list[dict[str, Any]] = []
    for _ in range(4200):
        code = str(_one(rng, codes, weights))
        text, fine, _w, hours = _PK_VIOLATIONS[code]
        month = int(_draw(rng, _PK_MONTHS))
        day = int(rng.integers(1, pd.Timestamp(2019, month, 1).days_in_month + 1))
        hour = int(_draw(rng, hours))
        when = None if rng.random() < 0.002 else float(hour * 100 + int(rng.integers(0, 60)))
        state = _draw(rng, _PK_STATES)
        expiry: float | None = float(2019 * 100 + int(rng.integers(1, 13)) + 100 * int(rng.integers(-1, 2)))
        if rng.random() < 0.08:
            expiry = None
        elif rng.random() < 0.01:
            expiry = float(_one(rng, [1.0, 200.0, 201.0, 20199.0]))
        unknown = rng.random() < 0.13
        rows.append(
            {
                "Issue Date": f"2019-{month:02d}-{day:02d}T00:00:00",
                "Issue time": when,
                "Meter Id": f"{_one(rng, ['WF', 'CB', 'VN', 'HW', 'SP'])}{int(rng.integers(10, 999))}"
                if code == "88.13B+"
                else None,
                "Marked Time": float(hour * 100 - 200) if code == "80.69C" and rng.random() < 0.3 else None,
                "RP State Plate": state,
                "Plate Expiry Date": expiry,
                "VIN": None,
                "Make": _draw(rng, _PK_MAKES),
                "Body Style": _draw(rng, _PK_BODIES) or None,
                "Color": _draw(rng, _PK_COLORS) or None,
                "Location": f"{int(rng.integers(1, 120)) * 100 + int(rng.integers(0, 99))} {_one(rng, _PK_STREETS)}",
                "Route": None if rng.random() < 0.02 else str(_one(rng, _PK_ROUTES)),
                "Agency": int(_draw(rng, "51:30;54:24;56:20;53:12;55:8;57:3;1:1;2:1;11:1")),
                "Violation code": code,
                "Violation Description": text,
                "Fine amount": None if rng.random() < 0.006 else float(fine),
                "Latitude": 99999.0 if unknown else round(float(rng.normal(6_455_000, 30_000)), 1),
                "Longitude": 99999.0 if unknown else round(float(rng.normal(1_842_000, 25_000)), 1),
            }
        )
    frame = pd.DataFrame(rows).sort_values(["Issue Date", "Issue time"], kind="stable", ignore_index=True)
    steps = rng.integers(1, 4000, len(frame)).cumsum()
    frame["Ticket number"] = [str(4_336_000_000 + int(x)) for x in steps]
    return frame[_PK_COLUMNS]


def _pk_top_violation(d: pd.DataFrame) -> str:
    return _top(_text(d["Violation Description"]).value_counts())


def _pk_hour(d: pd.DataFrame) -> pd.Series:
    return (d["Issue time"].dropna() // 100).astype(int)


def _pk_out_of_state(known: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        state = _text(d["RP State Plate"])
        if known:
            state = state[state != "XX"]
        return float((state != "CA").mean())

    return share


_PK_ID = ("Ticket number",)
_PARKING_QS = [
    Q(
        "what's the most common parking violation",
        _lead(_named(_pk_top_violation)),
        (*_PK_ID, "Violation Description", "Violation code"),
    ),
    Q(
        "how much money in fines did that bring in",
        _scaled(
            lambda d: d.loc[_text(d["Violation Description"]) == _pk_top_violation(d), "Fine amount"].sum(),
            (1e3, 1e6),
        ),
        (*_PK_ID, "Violation Description", "Violation code", "Fine amount"),
    ),
    Q(
        "which month had the most tickets",
        _lead(_month(lambda d: pd.Timestamp(_top(pd.to_datetime(d["Issue Date"]).dt.to_period("M").value_counts())))),
        (*_PK_ID, "Issue Date"),
    ),
    Q(
        "what time of day do most tickets get written? which hour",
        _lead(_clock(lambda d: int(_top(_pk_hour(d).value_counts())))),
        (*_PK_ID, "Issue time"),
    ),
    Q(
        "what % of tickets went to out of state plates?",
        either(_share(_pk_out_of_state(False)), _share(_pk_out_of_state(True))),
        (*_PK_ID, "RP State Plate"),
    ),
    Q(
        "how many tickets have no real lat/long (the 99999 ones)?",
        _count(lambda d: float(((d["Latitude"] == 99999) | (d["Longitude"] == 99999)).sum())),
        (*_PK_ID, "Latitude", "Longitude"),
    ),
]


# --- 3. Philadelphia crime incidents (OpenDataPhilly, incidents_part1_part2) -----------------------------------------

# text_general_code: ucr_general, weight, hours profile
_PH_NIGHT = (
    "0:7;1:6.5;2:6;3:4;4:3;5:2;6:1.5;7:1.5;8:2;9:2;10:2.5;11:3;12:3.5;13:3.5;14:4;15:4.5;16:5;17:5;18:5.5;19:6;"
    "20:6.5;21:7.5;22:9.5;23:8"
)
_PH_DAY = (
    "0:3;1:2;2:1.5;3:1;4:0.8;5:0.8;6:1.2;7:2;8:3;9:4;10:5;11:5.5;12:6.2;13:5.6;14:5.8;15:6.4;16:7.4;17:6.6;18:6;"
    "19:5.4;20:5;21:4.5;22:4;23:3.5"
)
_PH_CODES: dict[str, tuple[int, float, str]] = {
    "Thefts": (600, 20, _PH_DAY),
    "Other Assaults": (800, 13, _PH_DAY),
    "All Other Offenses": (2600, 11, _PH_DAY),
    "Vandalism/Criminal Mischief": (1400, 9, _PH_NIGHT),
    "Theft from Vehicle": (600, 8, _PH_NIGHT),
    "Fraud": (1100, 6, _PH_DAY),
    "Motor Vehicle Theft": (700, 5, _PH_NIGHT),
    "Burglary Residential": (500, 3.5, _PH_DAY),
    "Aggravated Assault No Firearm": (400, 3.5, _PH_NIGHT),
    "Aggravated Assault Firearm": (400, 2.2, _PH_NIGHT),
    "Narcotic / Drug Law Violations": (1800, 3.5, _PH_DAY),
    "Robbery No Firearm": (300, 1.5, _PH_NIGHT),
    "Robbery Firearm": (300, 1.6, _PH_NIGHT),
    "Recovered Stolen Motor Vehicle": (700, 2.5, _PH_DAY),
    "Burglary Non-Residential": (500, 1.3, _PH_NIGHT),
    "DRIVING UNDER THE INFLUENCE": (2100, 1.2, _PH_NIGHT),
    "Weapon Violations": (1500, 1.5, _PH_NIGHT),
    "Disorderly Conduct": (2400, 0.8, _PH_NIGHT),
    "Other Sex Offenses (Not Commercialized)": (1700, 0.7, _PH_DAY),
    "Rape": (200, 0.4, _PH_NIGHT),
    "Homicide - Criminal": (100, 0.8, _PH_NIGHT),
    "Embezzlement": (1000, 0.3, _PH_DAY),
    "Prostitution and Commercialized Vice": (1600, 0.2, _PH_NIGHT),
}
# district: weight, longitude, latitude
_PH_DISTRICTS: dict[int, tuple[float, float, float]] = {
    1: (2.5, -75.180, 39.925),
    2: (4.5, -75.075, 40.045),
    3: (4.5, -75.165, 39.925),
    5: (2, -75.220, 40.030),
    6: (5, -75.155, 39.955),
    7: (2.5, -75.030, 40.090),
    8: (3, -75.000, 40.070),
    9: (4.5, -75.170, 39.960),
    12: (5.5, -75.225, 39.930),
    14: (5, -75.180, 40.050),
    15: (7.5, -75.060, 40.025),
    16: (3.5, -75.210, 39.965),
    17: (3, -75.185, 39.940),
    18: (5.5, -75.225, 39.950),
    19: (6, -75.235, 39.975),
    22: (5.5, -75.165, 39.985),
    24: (8, -75.110, 39.995),
    25: (6.5, -75.130, 40.005),
    26: (4, -75.130, 39.975),
    35: (5, -75.140, 40.035),
    39: (5, -75.160, 40.010),
    77: (0.3, -75.240, 39.875),
}
_PH_STREETS = _split(
    "N BROAD ST;MARKET ST;CHESTNUT ST;KENSINGTON AVE;FRANKFORD AVE;GERMANTOWN AVE;N 5TH ST;S 52ND ST;W GIRARD AVE;"
    "CASTOR AVE;ROOSEVELT BLVD;E ALLEGHENY AVE;LANCASTER AVE;BALTIMORE AVE;S BROAD ST;W LEHIGH AVE;N 22ND ST;"
    "WALNUT ST;OXFORD AVE;PASSYUNK AVE;RIDGE AVE;N FRONT ST;ARAMINGO AVE;WOODLAND AVE"
)
_PH_YEARS = "2019:32;2020:32;2021:36"
_PH_COLUMNS = _split(
    "dc_dist;psa;dispatch_date_time;dispatch_date;dispatch_time;hour_;dc_key;location_block;ucr_general;"
    "text_general_code;point_x;point_y"
)


def _philly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8203)
    codes = list(_PH_CODES)
    dists = list(_PH_DISTRICTS)
    rows: list[dict[str, Any]] = []
    serial: dict[tuple[int, int], int] = {}
    for _ in range(5000):
        code = str(_one(rng, codes, [v[1] for v in _PH_CODES.values()]))
        ucr, _w, hours = _PH_CODES[code]
        if code == "Homicide - Criminal":
            year = int(_draw(rng, "2019:27;2020:34;2021:39"))
        else:
            year = int(_draw(rng, _PH_YEARS))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        hour, minute = int(_draw(rng, hours)), int(rng.integers(0, 60))
        dist = int(_one(rng, dists, [v[0] for v in _PH_DISTRICTS.values()]))
        _w2, lon, lat = _PH_DISTRICTS[dist]
        serial[(year, dist)] = serial.get((year, dist), 0) + int(rng.integers(1, 40))
        if rng.random() < 0.8:
            place = f"{int(rng.integers(1, 70)) * 100} BLOCK {_one(rng, _PH_STREETS)}"
        else:
            place = f"{_one(rng, _PH_STREETS)} & {_one(rng, _PH_STREETS)}"
        located = rng.random() > 0.018
        rows.append(
            {
                "dc_dist": f"{dist:02d}",
                "psa": _draw(rng, "1:33;2:32;3:28;4:3;A:2;E:1;J:1"),
                "dispatch_date_time": f"{day:%Y-%m-%d} {hour:02d}:{minute:02d}:00",
                "dispatch_date": f"{day:%Y-%m-%d}",
                "dispatch_time": f"{hour:02d}:{minute:02d}:00",
                "hour_": hour,
                "dc_key": int(f"{year}{dist:02d}{serial[(year, dist)]:06d}"),
                "location_block": place + (" " if rng.random() < 0.03 else ""),
                "ucr_general": ucr,
                "text_general_code": code,
                "point_x": round(lon + float(rng.normal(0, 0.012)), 6) if located else None,
                "point_y": round(lat + float(rng.normal(0, 0.009)), 6) if located else None,
            }
        )
    frame = pd.DataFrame(rows).sort_values("dispatch_date_time", kind="stable", ignore_index=True)
    return frame[_PH_COLUMNS]


def _ph_kind(d: pd.DataFrame) -> pd.Series:
    return _text(d["text_general_code"])


def _ph_peak_hour(assaults: bool) -> Callable[[pd.DataFrame], int]:
    def peak(d: pd.DataFrame) -> int:
        rows = d[_ph_kind(d).str.startswith("Aggravated Assault")] if assaults else d
        return int(_top(rows["hour_"].value_counts()))

    return peak


def _ph_homicides(d: pd.DataFrame) -> list[float]:
    years = d["dispatch_date"].astype(str).str[:4]
    killed = _ph_kind(d) == "Homicide - Criminal"
    return [float((killed & (years == y)).sum()) for y in ("2019", "2020", "2021")]


_PH_ID = ("dc_key",)
_PH_KIND = ("text_general_code", "ucr_general")
_PHILLY_QS = [
    Q(
        "how many thefts are in here?",
        either(
            _count(lambda d: float((_ph_kind(d) == "Thefts").sum())),
            _count(lambda d: float(_ph_kind(d).isin(["Thefts", "Theft from Vehicle"]).sum())),
        ),
        (*_PH_ID, *_PH_KIND),
    ),
    Q(
        "which police district has the most incidents",
        _lead(_named(lambda d: str(int(_top(d["dc_dist"].astype(int).value_counts()))))),
        (*_PH_ID, "dc_dist"),
    ),
    Q(
        "what hour do most crimes happen",
        _lead(_clock(_ph_peak_hour(False))),
        (*_PH_ID, "hour_", "dispatch_time", "dispatch_date_time"),
    ),
    Q(
        "and for aggravated assaults?",
        _lead(_clock(_ph_peak_hour(True))),
        (*_PH_ID, *_PH_KIND, "hour_", "dispatch_time", "dispatch_date_time"),
    ),
    Q(
        "how many homicides were there each year",
        _count(_ph_homicides),
        (*_PH_ID, *_PH_KIND, "dispatch_date", "dispatch_date_time"),
    ),
    Q(
        "what percent of incidents don't have coordinates?",
        _share(lambda d: float((d["point_x"].isna() | d["point_y"].isna()).mean())),
        (*_PH_ID, "point_x", "point_y"),
    ),
]


# --- 4. IOM Missing Migrants Project (global incidents, 2014-2023) --------------------------------------------------

# route: region, UNSD grouping, weight, median dead and missing, at sea, causes, origins ("|" between options)
_MM_ROUTES: dict[str, tuple[str, str, float, float, bool, str, str]] = {
    "Central Mediterranean": (
        "Mediterranean",
        "Uncategorized",
        9,
        9,
        True,
        "Drowning:80;Mixed or unknown:10;Vehicle accident / death linked to hazardous transport:4;Violence:2;"
        "Harsh environmental conditions / lack of adequate shelter, food, water:4",
        "Unknown:50;Eritrea:5;Nigeria:5;Bangladesh:4;Tunisia:5;Sudan:4;Guinea,Mali:3;Côte d'Ivoire:3;Syrian Arab "
        "Republic:3;Egypt:3",
    ),
    "Eastern Mediterranean": (
        "Mediterranean",
        "Uncategorized",
        5,
        4,
        True,
        "Drowning:85;Mixed or unknown:10;Harsh environmental conditions / lack of adequate shelter, food, water:5",
        "Unknown:45;Syrian Arab Republic:20;Afghanistan:15;Iraq:10;Somalia:5;Pakistan:5",
    ),
    "Western Mediterranean": (
        "Mediterranean",
        "Uncategorized",
        5,
        3,
        True,
        "Drowning:75;Mixed or unknown:15;Violence:4;Vehicle accident / death linked to hazardous transport:6",
        "Unknown:55;Morocco:20;Algeria:20;Guinea:5",
    ),
    "US-Mexico border crossing": (
        "North America",
        "Northern America",
        22,
        1,
        False,
        "Harsh environmental conditions / lack of adequate shelter, food, water:34;Mixed or unknown:28;Drowning:16;"
        "Vehicle accident / death linked to hazardous transport:13;Violence:5;Accidental death:4",
        "Mexico:40;Unknown:30;Guatemala:12;Honduras:8;El Salvador:5;Guatemala,Mexico:3;Venezuela:2",
    ),
    "Sahara Desert crossing": (
        "Northern Africa",
        "Northern Africa",
        6,
        3,
        False,
        "Harsh environmental conditions / lack of adequate shelter, food, water:40;Vehicle accident / death linked "
        "to hazardous transport:25;Violence:15;Sickness / lack of access to adequate healthcare:10;Mixed or unknown:10",
        "Unknown:50;Niger:10;Nigeria:10;Mali:10;Sudan:10;Chad:5;Ghana:5",
    ),
    "Atlantic route to the Canary Islands": (
        "Western Africa",
        "Western Africa",
        4,
        8,
        True,
        "Drowning:70;Harsh environmental conditions / lack of adequate shelter, food, water:15;Mixed or unknown:15",
        "Unknown:55;Senegal:15;Gambia:10;Mali:8;Morocco:7;Guinea:5",
    ),
    "Western Balkans": (
        "Europe",
        "Southern Europe",
        3,
        1,
        False,
        "Vehicle accident / death linked to hazardous transport:35;Drowning:25;Violence:15;"
        "Harsh environmental conditions / lack of adequate shelter, food, water:15;Mixed or unknown:10",
        "Afghanistan:35;Pakistan:20;Syrian Arab Republic:15;Unknown:25;Morocco:5",
    ),
    "English Channel to the UK": (
        "Europe",
        "Western Europe",
        2,
        1,
        True,
        "Drowning:55;Vehicle accident / death linked to hazardous transport:35;Mixed or unknown:10",
        "Unknown:35;Iraq:20;Afghanistan:15;Sudan:15;Eritrea:10;Iran (Islamic Republic of):5",
    ),
    "Horn of Africa Route": (
        "Horn of Africa",
        "Eastern Africa",
        4,
        4,
        True,
        "Drowning:55;Violence:15;Harsh environmental conditions / lack of adequate shelter, food, water:15;"
        "Sickness / lack of access to adequate healthcare:15",
        "Ethiopia:55;Somalia:25;Unknown:20",
    ),
    "Caribbean to US": (
        "Caribbean",
        "Caribbean",
        3,
        3,
        True,
        "Drowning:80;Mixed or unknown:20",
        "Unknown:30;Haiti:30;Cuba:25;Dominican Republic:15",
    ),
    "": (
        "",
        "",
        37,
        1,
        False,
        "Mixed or unknown:30;Vehicle accident / death linked to hazardous transport:25;Violence:15;"
        "Sickness / lack of access to adequate healthcare:15;Drowning:10;Accidental death:5",
        "Unknown:45;Afghanistan:10;Myanmar:10;Venezuela:10;Honduras:5;Guatemala:5;Ethiopia:5;Bangladesh:5;Haiti:5",
    ),
}
# Regions (with their UNSD grouping) of incidents off the named routes
_MM_OTHER = _fields(
    "Central America|Central America;South America|South America;South-eastern Asia|South-eastern Asia;"
    "Southern Asia|Southern Asia;Western Asia|Western Asia;Eastern Africa|Eastern Africa;"
    "North America|Northern America;"
    "Caribbean|Caribbean;Europe|Eastern Europe"
)
_MM_YEARS = "2014:8;2015:10;2016:12;2017:11;2018:9;2019:9;2020:8;2021:11;2022:12;2023:12"
_MM_COLUMNS = _split(
    "Incident ID;Region of Incident;Incident Date;Incident Year;Month;Number of Dead;"
    "Minimum Estimated Number of Missing;Total Number of Dead and Missing;Number of Survivors;Number of Females;"
    "Number of Males;Number of Children;Cause of Death;Migration route;Country of Origin;UNSD Geographical Grouping"
)


def _mm_people(rng: np.random.Generator, total: int) -> tuple[float | None, float | None, float | None]:
    """Females, males and children among the dead and missing, usually blank."""
    if rng.random() < 0.68:
        return None, None, None
    women = int(rng.binomial(total, 0.18))
    kids = int(rng.binomial(total, 0.1))
    men = float(total - women) if rng.random() < 0.7 else None
    return (float(women) if women or rng.random() < 0.4 else None), men, (float(kids) if kids else None)


def _migrants_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8204)
    routes = list(_MM_ROUTES)
    rows: list[dict[str, Any]] = []
    for _ in range(3200):
        route = str(_one(rng, routes, [v[2] for v in _MM_ROUTES.values()]))
        region, unsd, _w, median, sea, causes, origins = _MM_ROUTES[route]
        if not route:
            region, unsd = _MM_OTHER[int(rng.integers(len(_MM_OTHER)))]
        year = int(_draw(rng, _MM_YEARS))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        total = max(1, round(median * float(rng.lognormal(0, 1.0 if sea else 0.5))))
        if sea and rng.random() < 0.012:
            total = int(rng.integers(150, 650))
        missing = int(rng.binomial(total, float(rng.uniform(0.3, 1.0)))) if sea and rng.random() < 0.5 else 0
        dead = total - missing
        cause = _draw(rng, causes)
        women, men, kids = _mm_people(rng, total)
        rows.append(
            {
                "Region of Incident": region,
                "Incident Date": f"{day:%a, %m/%d/%Y}",
                "Incident Year": year,
                "Month": f"{day:%b}",
                "Number of Dead": float(dead) if dead else None,
                "Minimum Estimated Number of Missing": float(missing) if missing else None,
                "Total Number of Dead and Missing": total,
                "Number of Survivors": float(rng.integers(1, 120)) if sea and rng.random() < 0.35 else None,
                "Number of Females": women,
                "Number of Males": men,
                "Number of Children": kids,
                "Cause of Death": cause,
                "Migration route": route or None,
                "Country of Origin": _draw(rng, origins),
                "UNSD Geographical Grouping": unsd,
            }
        )
    frame = pd.DataFrame(rows)
    frame["_day"] = pd.to_datetime(frame["Incident Date"], format="%a, %m/%d/%Y")
    frame = frame.sort_values("_day", kind="stable", ignore_index=True)
    serial = frame.groupby("Incident Year").cumcount() + 1
    frame["Incident ID"] = [f"{y}.MMP{k:05d}" for y, k in zip(frame["Incident Year"], serial, strict=True)]
    return frame[_MM_COLUMNS]


_MM_TOTAL = "Total Number of Dead and Missing"


def _mm_top_route(d: pd.DataFrame) -> str:
    route = _text(d["Migration route"])
    return _top(d.loc[route != "", _MM_TOTAL].groupby(route[route != ""]).sum())


def _mm_worst_year(column: str) -> Callable[[pd.DataFrame], float]:
    """The year with the most dead and missing (or dead only)."""
    return lambda d: float(_top(d.groupby(d["Incident Year"].astype(str))[column].sum()))


_MM_ID = ("Incident ID",)
_MIGRANTS_QS = [
    Q(
        "how many people died or went missing in total",
        _scaled(lambda d: float(d[_MM_TOTAL].sum()), (1e3,), rel=0.001),
        (*_MM_ID, _MM_TOTAL, "Number of Dead", "Minimum Estimated Number of Missing"),
    ),
    Q(
        "which year was the deadliest?",
        _lead(either(_year(_mm_worst_year(_MM_TOTAL)), _year(_mm_worst_year("Number of Dead")))),
        (*_MM_ID, "Incident Year", "Incident Date", _MM_TOTAL, "Number of Dead", "Minimum Estimated Number of Missing"),
    ),
    Q(
        "which migration route has the most dead and missing",
        _lead(_named(_mm_top_route)),
        (*_MM_ID, "Migration route", _MM_TOTAL, "Number of Dead", "Minimum Estimated Number of Missing"),
    ),
    Q(
        "on that route whats the average number of dead+missing per incident",
        _about(lambda d: d.loc[_text(d["Migration route"]) == _mm_top_route(d), _MM_TOTAL].mean(), rel=0.005),
        (*_MM_ID, "Migration route", _MM_TOTAL, "Number of Dead", "Minimum Estimated Number of Missing"),
    ),
    Q(
        "what share of incidents were drownings",
        _share(lambda d: float((_text(d["Cause of Death"]) == "Drowning").mean())),
        (*_MM_ID, "Cause of Death"),
    ),
    Q(
        "total number of children among the victims?",
        _count(lambda d: float(d["Number of Children"].sum())),
        (*_MM_ID, "Number of Children"),
    ),
]


# --- 5. Periodic table of elements ("Periodic Table of Elements.csv") -----------------------------------------------

# AtomicNumber order: Element|Symbol|AtomicMass|Year ("" for prehistoric)|Discoverer
_PT_ELEMENTS = _fields(
    "Hydrogen|H|1.007|1766|Cavendish;Helium|He|4.002|1868|Janssen;Lithium|Li|6.941|1817|Arfvedson;"
    "Beryllium|Be|9.012|1798|Vaulquelin;Boron|B|10.811|1808|Gay-Lussac;Carbon|C|12.011||Prehistoric;"
    "Nitrogen|N|14.007|1772|Rutherford;Oxygen|O|15.999|1774|Priestley/Scheele;Fluorine|F|18.998|1886|Moissan;"
    "Neon|Ne|20.18|1898|Ramsay and Travers;Sodium|Na|22.99|1807|Davy;Magnesium|Mg|24.305|1755|Black;"
    "Aluminum|Al|26.982|1825|Wshler;Silicon|Si|28.086|1824|Berzelius;Phosphorus|P|30.974|1669|Brand;"
    "Sulfur|S|32.065||Prehistoric;Chlorine|Cl|35.453|1774|Scheele;Argon|Ar|39.948|1894|Rayleigh and Ramsay;"
    "Potassium|K|39.098|1807|Davy;Calcium|Ca|40.078|1808|Davy;Scandium|Sc|44.956|1879|Nilson;"
    "Titanium|Ti|47.867|1791|Gregor;Vanadium|V|50.942|1801|   del Rio;Chromium|Cr|51.996|1797|Vauquelin;"
    "Manganese|Mn|54.938|1774|Gahn, Scheele, and Bergman;Iron|Fe|55.845||Prehistoric;Cobalt|Co|58.933|1735|Brandt;"
    "Nickel|Ni|58.693|1751|Cronstedt;Copper|Cu|63.546||Prehistoric;Zinc|Zn|65.38|1746|Marggraf;"
    "Gallium|Ga|69.723|1875|de Boisbaudran;Germanium|Ge|72.64|1886|Winkler;Arsenic|As|74.922|1250|Albertus Magnus;"
    "Selenium|Se|78.96|1817|Berzelius;Bromine|Br|79.904|1826|Balard;Krypton|Kr|83.798|1898|Ramsay and Travers;"
    "Rubidium|Rb|85.468|1861|Bunsen and Kirchoff;Strontium|Sr|87.62|1790|Davy;Yttrium|Y|88.906|1794|Gadolin;"
    "Zirconium|Zr|91.224|1789|Klaproth;Niobium|Nb|92.906|1801|Hatchett;Molybdenum|Mo|95.96|1778|Scheele;"
    "Technetium|Tc|98|1937|Perrier and Segrè;Ruthenium|Ru|101.07|1844|Klaus;Rhodium|Rh|102.906|1803|Wollaston;"
    "Palladium|Pd|106.42|1803|Wollaston;Silver|Ag|107.868||Prehistoric;Cadmium|Cd|112.411|1817|Stromeyer;"
    "Indium|In|114.818|1863|Reich and Richter;Tin|Sn|118.71||Prehistoric;Antimony|Sb|121.76||Early historic times;"
    "Tellurium|Te|127.6|1782|von Reichenstein;Iodine|I|126.904|1811|Courtois;Xenon|Xe|131.293|1898|Ramsay and Travers;"
    "Cesium|Cs|132.905|1860|Bunsen and Kirchoff;Barium|Ba|137.327|1808|Davy;Lanthanum|La|138.905|1839|Mosander;"
    "Cerium|Ce|140.116|1803|Berzelius;Praseodymium|Pr|140.908|1885|von Welsbach;Neodymium|Nd|144.242|1885|von Welsbach;"
    "Promethium|Pm|145|1945|Marinsky et al.;Samarium|Sm|150.36|1879|Boisbaudran;Europium|Eu|151.964|1901|Demarcay;"
    "Gadolinium|Gd|157.25|1880|de Marignac;Terbium|Tb|158.925|1843|Mosander;Dysprosium|Dy|162.5|1886|de Boisbaudran;"
    "Holmium|Ho|164.93|1878|Delafontaine and Soret;Erbium|Er|167.259|1843|Mosander;Thulium|Tm|168.934|1879|Cleve;"
    "Ytterbium|Yb|173.054|1878|Marignac;Lutetium|Lu|174.967|1907|Urbain/ von Welsbach;"
    "Hafnium|Hf|178.49|1923|Coster and von Hevesy;Tantalum|Ta|180.948|1802|Ekeberg;"
    "Tungsten|W|183.84|1783|J. and F. d'Elhuyar;Rhenium|Re|186.207|1925|Noddack, Berg, and Tacke;"
    "Osmium|Os|190.23|1803|Tennant;Iridium|Ir|192.217|1803|Tennant;Platinum|Pt|195.084|1735|Ulloa/Wood;"
    "Gold|Au|196.967||Prehistoric;Mercury|Hg|200.59||Prehistoric;Thallium|Tl|204.383|1861|Crookes;"
    "Lead|Pb|207.2||Prehistoric;Bismuth|Bi|208.98|1753|Geoffroy the Younger;"
    "Polonium|Po|210|1898|Marie and Pierre Curie;"
    "Astatine|At|210|1940|Corson et al.;Radon|Rn|222|1900|Dorn;Francium|Fr|223|1939|Perey;"
    "Radium|Ra|226|1898|Pierre and Marie Curie;Actinium|Ac|227|1899|Debierne/Giesel;"
    "Thorium|Th|232.038|1828|Berzelius;"
    "Protactinium|Pa|231.036|1917|Hahn and Meitner;Uranium|U|238.029|1789|Peligot;"
    "Neptunium|Np|237|1940|McMillan and Abelson;Plutonium|Pu|244|1940|Seaborg et al.;"
    "Americium|Am|243|1944|Seaborg et al.;Curium|Cm|247|1944|Seaborg et al.;Berkelium|Bk|247|1949|Seaborg et al.;"
    "Californium|Cf|251|1950|Seaborg et al.;Einsteinium|Es|252|1952|Ghiorso et al.;Fermium|Fm|257|1953|Ghiorso et al.;"
    "Mendelevium|Md|258|1955|Ghiorso, Seaborg, Harvey, Choppin, and Thompson;Nobelium|No|259|1958|"
    "Ghiorso, Sikkeland, Walton, and Seaborg;Lawrencium|Lr|262|1961|Ghiorso, Sikkeland, Larsh, and Latimer;"
    "Rutherfordium|Rf|261|1964|Ghiorso et al.;Dubnium|Db|262|1967|Ghiorso et al.;Seaborgium|Sg|266|1974|"
    "Ghiorso et al.;Bohrium|Bh|264|1981|Armbruster and Münzenberg;Hassium|Hs|267|1984|Armbruster and Münzenberg;"
    "Meitnerium|Mt|268|1982|GSI, Darmstadt, West Germany;Darmstadtium|Ds|271|1994|"
    "Hofmann, Ninov, Hessberger, Armbruster, Folger, Münzenberg, et al.;Roentgenium|Rg|272|1994|Hofmann et al.;"
    "Copernicium|Cn|285|1996|Hofmann et al.;Nihonium|Nh|284|2004|RIKEN;Flerovium|Fl|289|1999|"
    "Joint Institute for Nuclear Research;Moscovium|Mc|288|2010|Joint Institute for Nuclear Research;"
    "Livermorium|Lv|292|2000|Joint Institute for Nuclear Research;Tennessine|Ts|295|2010|Joint Institute for Nuclear "
    "Research;Oganesson|Og|294|2006|Joint Institute for Nuclear Research"
)
_PT_KINDS = {
    "Nonmetal": (1, 6, 7, 8, 15, 16, 34),
    "Noble Gas": (2, 10, 18, 36, 54, 86, 118),
    "Alkali Metal": (3, 11, 19, 37, 55, 87),
    "Alkaline Earth Metal": (4, 12, 20, 38, 56, 88),
    "Metalloid": (5, 14, 32, 33, 51, 52, 84),
    "Halogen": (9, 17, 35, 53, 85, 117),
    "Metal": (13, 31, 49, 50, 81, 82, 83),
}
_PT_GASES = {1: 14.175, 2: 0.95, 7: 63.29, 8: 50.5, 9: 53.63, 10: 24.703, 17: 172.31, 18: 83.96, 36: 115.93}
_PT_GASES |= {54: 161.45, 86: 202.15}
_PT_GAS_DENSITY = {1: 8.99e-05, 2: 1.79e-04, 7: 1.25e-03, 8: 1.43e-03, 9: 1.70e-03, 10: 9.00e-04, 17: 3.21e-03}
_PT_GAS_DENSITY |= {18: 1.78e-03, 36: 3.73e-03, 54: 5.89e-03, 86: 9.73e-03}
_PT_MELTS = {6: 3948.0, 74: 3695.0, 75: 3459.0, 76: 3306.0, 73: 3290.0, 42: 2896.0, 41: 2750.0, 80: 234.43}
_PT_MELTS |= {35: 266.05, 5: 2573.0, 14: 1683.0, 15: 317.25, 16: 388.51, 34: 494.15, 55: 301.7, 31: 302.91}
_PT_COLUMNS = _split(
    "AtomicNumber;Element;Symbol;AtomicMass;NumberofNeutrons;NumberofProtons;NumberofElectrons;Period;Group;Phase;"
    "Radioactive;Natural;Metal;Nonmetal;Metalloid;Type;AtomicRadius;Electronegativity;FirstIonization;Density;"
    "MeltingPoint;BoilingPoint;NumberOfIsotopes;Discoverer;Year;SpecificHeat;NumberofShells;NumberofValence"
)


def _pt_place(z: int) -> tuple[int, int | None, int]:
    """Period, group (None in the f-block) and the column across the period used for the trends."""
    starts = [1, 3, 11, 19, 37, 55, 87, 119]
    period = max(i + 1 for i, s in enumerate(starts) if z >= s)
    pos = z - starts[period - 1]
    if period == 1:
        return 1, 1 if z == 1 else 18, 0 if z == 1 else 17
    if period <= 3:
        group = pos + 1 if pos < 2 else pos + 11
        return period, group, group - 1
    if period <= 5:
        return period, pos + 1, pos
    if 2 < pos < 17:
        return period, (3 if pos == 2 else None), 2
    group = pos + 1 if pos < 3 else pos - 13
    return period, group, group - 1


def _pt_kind(z: int) -> str:
    for kind, zs in _PT_KINDS.items():
        if z in zs:
            return kind
    if 57 <= z <= 71:
        return "Lanthanide"
    if 89 <= z <= 103:
        return "Actinide"
    if z >= 104:
        return "Transactinide"
    return "Transition Metal"


def _pt_melting(rng: np.random.Generator, z: int, kind: str) -> float | None:
    if z in _PT_GASES:
        return _PT_GASES[z]
    if z in _PT_MELTS:
        return _PT_MELTS[z]
    if z >= 100:
        return None
    low, high = {
        "Alkali Metal": (300, 460),
        "Alkaline Earth Metal": (700, 1560),
        "Transition Metal": (1200, 2700),
        "Lanthanide": (1060, 1940),
        "Actinide": (900, 2030),
        "Metal": (430, 940),
        "Metalloid": (520, 1220),
        "Halogen": (380, 580),
        "Nonmetal": (300, 500),
    }[kind]
    return round(float(rng.uniform(low, high)), 2)


def _pt_density_range(kind: str, period: int) -> tuple[float, float]:
    """Where a solid's density (g/cm3) falls for its type and period."""
    if kind == "Transition Metal":
        return {4: (4.5, 8.9), 5: (4.5, 12.4), 6: (13.3, 21.0)}.get(period, (13, 21))
    return {
        "Alkali Metal": (1.5, 1.9),
        "Alkaline Earth Metal": (1.5, 5.0),
        "Lanthanide": (6.1, 9.8),
        "Actinide": (10.0, 20.4),
        "Transactinide": (17.0, 41.0),
        "Metal": (2.7, 11.8),
        "Metalloid": (2.3, 9.3),
        "Halogen": (3.1, 7.2),
        "Nonmetal": (1.8, 4.8),
    }[kind]


def _periodic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8205)
    rows: list[dict[str, Any]] = []
    shell = [0.0, 0.62, 1.75, 2.15, 2.45, 2.65, 2.75, 2.8]
    for i, (name, symbol, mass, year, who) in enumerate(_PT_ELEMENTS):
        z = i + 1
        period, group, col = _pt_place(z)
        kind = _pt_kind(z)
        radio = z in (43, 61) or z >= 84
        radius = round(shell[period] * (1 - 0.036 * col) * float(rng.lognormal(0, 0.05)), 3)
        en = float(np.clip(4.0 - 1.2 * radius + rng.normal(0, 0.38), 0.7, 3.98))
        en = {1: 2.2, 9: 3.98, 8: 3.44, 7: 3.04, 17: 3.16}.get(z, round(en, 2))
        en_out = None if (kind == "Noble Gas" and z < 36) or z >= 110 else en
        melt = _pt_melting(rng, z, kind)
        gas = z in _PT_GASES
        if gas:
            density: float | None = _PT_GAS_DENSITY[z]
        elif z >= 110:
            density = None
        else:
            low, high = _pt_density_range(kind, period)
            density = round(float(rng.uniform(low, high)), 3)
        density = {3: 0.534, 11: 0.971, 19: 0.862, 76: 22.6, 77: 22.6, 78: 21.5, 79: 19.3, 6: 2.267}.get(z, density)
        boil = None if melt is None else round(melt + (12 if gas else float(rng.uniform(250, 2700))), 2)
        rows.append(
            {
                "AtomicNumber": z,
                "Element": name,
                "Symbol": symbol,
                "AtomicMass": float(mass),
                "NumberofNeutrons": round(float(mass)) - z,
                "NumberofProtons": z,
                "NumberofElectrons": z,
                "Period": period,
                "Group": group,
                "Phase": "gas" if gas else "liq" if z in (35, 80) else "artificial" if z >= 95 else "solid",
                "Radioactive": "yes" if radio else None,
                "Natural": "yes" if z <= 94 and z not in (43, 61) else None,
                "Metal": "yes" if kind not in ("Nonmetal", "Noble Gas", "Halogen", "Metalloid") else None,
                "Nonmetal": "yes" if kind in ("Nonmetal", "Noble Gas", "Halogen") else None,
                "Metalloid": "yes" if kind == "Metalloid" else None,
                "Type": kind,
                "AtomicRadius": radius if z < 89 or z in (90, 92) else None,
                "Electronegativity": en_out,
                "FirstIonization": None if z >= 105 else round(3.0 + 2.6 * en + float(rng.normal(0, 0.5)), 4),
                "Density": density,
                "MeltingPoint": melt,
                "BoilingPoint": boil,
                "NumberOfIsotopes": None if z >= 104 else int(rng.integers(5, 40)),
                "Discoverer": who,
                "Year": float(year) if year else None,
                "SpecificHeat": None if z >= 96 else round(25.0 / float(mass) * float(rng.lognormal(0, 0.08)), 3),
                "NumberofShells": period,
                "NumberofValence": (group if group < 3 else group - 10) if group and kind in _PT_KINDS else None,
            }
        )
    return pd.DataFrame(rows)[_PT_COLUMNS]


def _pt_recent(inclusive: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    return lambda d: d[d["Year"] >= 1900] if inclusive else d[d["Year"] > 1900]


def _pt_stable_recent(d: pd.DataFrame) -> list[str]:
    recent = _pt_recent(False)(d)
    return [str(x) for x in recent.loc[~_yes(recent, "Radioactive"), "Element"]]


def _pt_densities(d: pd.DataFrame) -> list[float]:
    return [float(d.loc[_yes(d, c), "Density"].mean()) for c in ("Metal", "Nonmetal")]


_PT_ID = ("AtomicNumber", "Element", "Symbol")
_PERIODIC_QS = [
    Q(
        "how many elements are radioactive",
        _count(lambda d: float(_yes(d, "Radioactive").sum())),
        (*_PT_ID, "Radioactive"),
    ),
    Q(
        "which one has the highest melting point?",
        _lead(_named(lambda d: str(d.loc[d["MeltingPoint"].idxmax(), "Element"]))),
        (*_PT_ID, "MeltingPoint"),
    ),
    Q(
        "average density of metals vs nonmetals",
        _about(_pt_densities, rel=0.005),
        (*_PT_ID, "Density", "Metal", "Nonmetal", "Type"),
    ),
    Q(
        "how many were discovered after 1900",
        either(*(_count(lambda d, i=i: float(len(_pt_recent(i)(d)))) for i in (False, True))),
        (*_PT_ID, "Year"),
    ),
    Q(
        "which of those aren't radioactive?",
        _all_named(_pt_stable_recent),
        (*_PT_ID, "Year", "Radioactive"),
    ),
    Q(
        "is electronegativity related to atomic radius?",
        _corr(lambda d: d["Electronegativity"], lambda d: d["AtomicRadius"]),
        (*_PT_ID, "Electronegativity", "AtomicRadius"),
    ),
]


# --- 6. Zara sales (Kaggle "Zara Sales for EDA", Zara.csv) ----------------------------------------------------------

# category: weight, median price, sections, names ("|" between options), materials
_ZR_CATEGORIES: dict[str, tuple[float, float, str, str, str]] = {
    "Jackets": (
        25,
        89.9,
        "MAN:55;WOMAN:45",
        "PUFFER JACKET|LEATHER EFFECT JACKET|BOMBER JACKET|DENIM JACKET|QUILTED JACKET|OVERSHIRT JACKET|BLAZER|"
        "TRENCH COAT|WOOL BLEND COAT",
        "Polyester:40;Wool:15;Leather:10;Cotton:20;Denim:10;Viscose:5",
    ),
    "Sweaters": (
        15,
        45.9,
        "MAN:45;WOMAN:55",
        "KNIT SWEATER|RIBBED SWEATER|CABLE KNIT SWEATER|CARDIGAN|HALF-ZIP SWEATER|TURTLENECK SWEATER",
        "Wool:35;Cotton:35;Polyester:20;Viscose:10",
    ),
    "T-Shirts": (
        17,
        22.9,
        "MAN:50;WOMAN:50",
        "BASIC T-SHIRT|HEAVYWEIGHT T-SHIRT|PRINTED T-SHIRT|RIBBED T-SHIRT|POLO SHIRT|CROP TOP",
        "Cotton:75;Polyester:15;Linen:5;Viscose:5",
    ),
    "Jeans": (
        14,
        45.9,
        "MAN:50;WOMAN:50",
        "STRAIGHT FIT JEANS|SLIM FIT JEANS|WIDE LEG JEANS|BAGGY JEANS|MOM FIT JEANS|FLARED JEANS",
        "Denim:85;Cotton:15",
    ),
    "Shoes": (
        12,
        69.9,
        "MAN:45;WOMAN:55",
        "LEATHER ANKLE BOOTS|CHUNKY SNEAKERS|LOAFERS|HEELED SANDALS|RUNNING SNEAKERS|CHELSEA BOOTS",
        "Leather:45;Polyester:35;Cotton:20",
    ),
    "Dresses": (
        9,
        49.9,
        "WOMAN:100",
        "MIDI DRESS|SATIN SLIP DRESS|KNIT DRESS|LINEN BLEND DRESS|PRINTED DRESS|MINI DRESS",
        "Viscose:35;Polyester:30;Linen:15;Cotton:20",
    ),
    "Shirts": (
        8,
        39.9,
        "MAN:65;WOMAN:35",
        "OXFORD SHIRT|LINEN SHIRT|POPLIN SHIRT|RELAXED FIT SHIRT|STRIPED SHIRT",
        "Cotton:60;Linen:25;Viscose:15",
    ),
}
_ZR_ADJ = _split("BASIC;OVERSIZED;CROPPED;TEXTURED;CONTRAST;SOFT;LIMITED EDITION;STRETCH;ZW COLLECTION;")
_ZR_ORIGINS = "China:24;Turkey:20;Bangladesh:14;Portugal:11;Spain:9;Morocco:8;India:7;Cambodia:4;Vietnam:3;:1"
_ZR_POSITIONS = {"Aisle": 0.0, "End-cap": 120.0, "Front of Store": 160.0}
_ZR_PRICES = (7.99, 12.99, 17.99, 22.9, 25.9, 29.9, 35.9, 39.9, 45.9, 49.9, 59.9, 69.9, 79.9, 89.9, 99.9, 119.0)
_ZR_PRICES += (129.0, 149.0, 169.0, 199.0, 229.0, 279.0, 349.0, 439.0)
_ZR_COLUMNS = _split(
    "Product ID;Product Position;Promotion;Product Category;Seasonal;Sales Volume;brand;url;name;description;price;"
    "currency;section;season;material;origin"
)


def _zara_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8206)
    cats = list(_ZR_CATEGORIES)
    prices = np.array(_ZR_PRICES)
    rows: list[dict[str, Any]] = []
    ids = np.sort(rng.choice(np.arange(110_000, 240_000), 1300, replace=False))
    for pid in ids:
        cat = str(_one(rng, cats, [v[0] for v in _ZR_CATEGORIES.values()]))
        _w, median, sections, names, materials = _ZR_CATEGORIES[cat]
        section = _draw(rng, sections)
        material = _draw(rng, materials)
        raw = median * float(rng.lognormal(0, 0.35)) * (1.4 if material in ("Leather", "Wool") else 1.0)
        price = float(prices[np.abs(prices - raw).argmin()])
        position = str(_one(rng, list(_ZR_POSITIONS), [45, 30, 25]))
        promo = rng.random() < 0.45
        volume = 1500 + 330 * promo + _ZR_POSITIONS[position] - 2.2 * price + float(rng.normal(0, 420))
        season = _draw(rng, "Winter:30;Autumn:25;Spring:20;Summer:25")
        name = f"{_one(rng, _ZR_ADJ)} {_one(rng, names.split('|'))}".strip()
        slug = name.lower().replace(" ", "-")
        rows.append(
            {
                "Product ID": int(pid),
                "Product Position": position,
                "Promotion": "Yes" if promo else "No",
                "Product Category": cat,
                "Seasonal": "Yes" if rng.random() < 0.5 else "No",
                "Sales Volume": int(np.clip(round(volume), 518, 2989)),
                "brand": "Zara",
                "url": f"https://www.zara.com/us/en/{slug}-p0{int(rng.integers(1_000_000, 9_999_999))}.html",
                "name": name + (" " if rng.random() < 0.04 else ""),
                "description": None
                if rng.random() < 0.03
                else f"{name.capitalize()} in {material.lower()}. {season} collection, {section.lower()}.",
                "price": price,
                "currency": "USD",
                "section": section,
                "season": season,
                "material": None if rng.random() < 0.02 else material,
                "origin": _draw(rng, _ZR_ORIGINS) or None,
            }
        )
    return pd.DataFrame(rows)[_ZR_COLUMNS]


def _zr_price_by_section(jackets: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        rows = d[_text(d["Product Category"]) == "Jackets"] if jackets else d
        section = _text(rows["section"])
        return [float(rows.loc[section == s, "price"].mean()) for s in ("MAN", "WOMAN")]

    return means


def _zr_origins(d: pd.DataFrame) -> pd.Series:
    origin = _text(d["origin"])
    return _ranked(origin[origin != ""].value_counts())


_ZR_ID = ("Product ID", "name")
_ZARA_QS = [
    Q(
        "do promoted products sell more? avg sales volume with vs without promotion",
        _about(lambda d: [d.loc[_yes(d, "Promotion", k), "Sales Volume"].mean() for k in ("Yes", "No")], rel=0.003),
        (*_ZR_ID, "Promotion", "Sales Volume"),
    ),
    Q(
        "which category sells the most overall",
        _lead(_named(lambda d: _top(d.groupby(_text(d["Product Category"]))["Sales Volume"].sum()))),
        (*_ZR_ID, "Product Category", "Sales Volume"),
    ),
    Q(
        "average price for men's vs women's stuff",
        _about(_zr_price_by_section(False), rel=0.003),
        (*_ZR_ID, "section", "price"),
    ),
    Q(
        "and just for jackets?",
        _about(_zr_price_by_section(True), rel=0.003),
        (*_ZR_ID, "section", "price", "Product Category"),
    ),
    Q(
        "top 3 countries the clothes are made in",
        _top_named(_zr_origins, 3),
        (*_ZR_ID, "origin"),
    ),
    Q(
        "is there any relationship between price and how much sells",
        _corr(lambda d: d["price"], lambda d: d["Sales Volume"]),
        (*_ZR_ID, "price", "Sales Volume"),
    ),
]


# --- 7. Drug use by age (FiveThirtyEight, drug-use-by-age.csv) -------------------------------------------------------

_DU_AGES = _split("12;13;14;15;16;17;18;19;20;21;22-23;24-25;26-29;30-34;35-49;50-64;65+")
_DU_N = (2798, 2757, 2792, 2956, 3058, 3038, 2469, 2223, 2271, 2354, 4707, 4591, 2628, 2864, 7391, 3923, 2448)
# drug: use by age (percent), frequency by age (median uses a year, "-" where too few)
_DU_DRUGS: dict[str, tuple[str, str]] = {
    "alcohol": (
        "3.9;8.5;18.1;29.2;40.1;49.3;58.7;64.6;69.7;83.2;84.2;83.1;80.7;77.5;75.0;67.2;49.3",
        "3;6;5;6;10;13;24;36;48;52;52;52;52;52;52;52;52",
    ),
    "marijuana": (
        "1.1;3.4;8.7;14.5;22.5;28.0;33.7;33.4;34.0;33.0;28.4;24.9;20.8;16.4;10.4;7.3;1.2",
        "4;15;24;25;30;36;52;60;60;52;52;60;52;72;48;52;36",
    ),
    "cocaine": (
        "0.1;0.1;0.1;0.5;1.0;2.0;3.2;4.1;4.9;4.8;4.5;4.0;3.2;2.1;1.5;0.9;0.0",
        "5.0;1.0;5.5;4.0;7.0;5.0;5.0;5.5;8.0;5.0;5.0;6.0;5.0;8.0;15.0;36.0;-",
    ),
    "crack": (
        "0.0;0.0;0.0;0.1;0.0;0.1;0.4;0.5;0.6;0.5;0.5;0.5;0.4;0.5;0.5;0.4;0.0",
        "-;3.0;-;9.5;1.0;21.0;10.0;2.0;5.0;17.0;5.0;6.0;6.0;15.0;48.0;62.0;-",
    ),
    "heroin": (
        "0.1;0.0;0.1;0.2;0.1;0.1;0.4;0.5;0.9;0.6;1.1;0.7;0.6;0.4;0.1;0.1;0.0",
        "35.5;-;2.0;1.0;66.5;64.0;46.0;180.0;45.0;30.0;57.5;88.0;50.0;66.0;280.0;41.0;120.0",
    ),
    "hallucinogen": (
        "0.2;0.6;1.6;2.1;3.4;4.8;7.0;8.6;7.4;6.3;5.2;4.5;3.2;1.8;0.6;0.3;0.1",
        "52;6;3;4;3;3;4;3;2;4;3;2;3;2;3;44;2",
    ),
    "inhalant": (
        "1.6;2.5;2.6;2.5;3.0;2.0;1.8;1.4;1.5;1.4;1.0;0.8;0.6;0.4;0.3;0.2;0.0",
        "19.0;12.0;5.0;5.5;3.0;4.0;4.0;3.0;4.0;2.0;4.0;2.0;4.0;3.5;10.0;13.5;-",
    ),
    "pain-releiver": (
        "2.0;2.4;3.9;5.5;6.2;8.5;9.2;9.4;10.0;9.0;10.0;9.0;8.3;5.9;4.2;2.5;0.6",
        "36;14;12;10;7;9;12;12;10;15;15;15;13;22;12;12;24",
    ),
    "oxycontin": (
        "0.1;0.1;0.4;0.8;1.1;1.4;1.7;1.5;1.7;1.3;1.7;1.3;1.2;0.9;0.3;0.4;0.0",
        "24.5;41.0;4.5;3.0;4.0;6.0;7.0;7.5;12.0;13.5;17.5;20.0;13.5;46.0;12.0;5.0;-",
    ),
    "tranquilizer": (
        "0.2;0.3;0.9;2.0;2.4;3.5;4.9;4.2;5.4;3.9;4.4;4.3;4.2;3.6;1.9;1.4;0.2",
        "52;25.5;5;4.5;11;7;12;4.5;10;7;12;10;10;8;6;10;5",
    ),
    "stimulant": (
        "0.2;0.3;0.8;1.5;1.8;2.8;3.0;3.3;4.0;4.1;3.6;2.6;2.3;1.4;0.6;0.3;0.0",
        "2;4;12;6;9.5;9;8;6;12;10;10;10;7;12;24;24;364",
    ),
    "meth": (
        "0.0;0.1;0.1;0.3;0.3;0.6;0.5;0.4;0.9;0.6;0.6;0.7;0.6;0.4;0.2;0.2;0.0",
        "-;5.0;24.0;10.5;36.0;48.0;12.0;105.0;12.0;2.0;46.0;21.0;30.0;54.0;104.0;30.0;-",
    ),
    "sedative": (
        "0.2;0.1;0.2;0.4;0.2;0.5;0.4;0.3;0.5;0.3;0.2;0.2;0.4;0.4;0.2;0.2;0.0",
        "13;19;16.5;30;3;6.5;10;6;4;9;52;17.5;4;10;10;104;15",
    ),
}


def _drugs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8207)
    frame = pd.DataFrame({"age": _DU_AGES, "n": [round(k * float(rng.uniform(0.97, 1.03))) for k in _DU_N]})
    for drug, (use, often) in _DU_DRUGS.items():
        shares = [float(x) for x in _split(use)]
        frame[f"{drug}-use"] = [round(s * float(rng.uniform(0.93, 1.07)), 1) for s in shares]
        times = _split(often)
        if "-" in times:
            frame[f"{drug}-frequency"] = [
                t if t == "-" else f"{float(t) * float(rng.uniform(0.9, 1.1)):.1f}" for t in times
            ]
        else:
            frame[f"{drug}-frequency"] = [round(float(t) * float(rng.uniform(0.9, 1.1)), 1) for t in times]
    return frame


def _du_top_besides_alcohol(d: pd.DataFrame) -> str:
    row = d[_text(d["age"]) == "65+"].iloc[0]
    uses = {c[: -len("-use")]: float(row[c]) for c in d.columns if c.endswith("-use") and c != "alcohol-use"}
    return _top(pd.Series(uses))


_DU_ALIASES = {"marijuana": ("weed", "cannabis"), "pain-releiver": ("pain reliever", "painkiller", "pain-reliever")}
_DU_ID = ("age",)
_DRUGS_QS = [
    Q(
        "which age group has the highest share of drinkers",
        _lead(_named(lambda d: str(d.loc[d["alcohol-use"].idxmax(), "age"]))),
        (*_DU_ID, "alcohol-use"),
    ),
    Q(
        "what % of 18 year olds used weed",
        has(lambda d: float(d.loc[_text(d["age"]) == "18", "marijuana-use"].iloc[0])),
        (*_DU_ID, "marijuana-use"),
    ),
    Q(
        "for the 65+ group which drug is used most apart from alcohol?",
        _lead(_named(_du_top_besides_alcohol, _DU_ALIASES)),
        (*_DU_ID, *(f"{k}-use" for k in _DU_DRUGS)),
    ),
    Q(
        "correlation between alcohol use and marijuana use across the ages",
        _corr(lambda d: d["alcohol-use"], lambda d: d["marijuana-use"]),
        (*_DU_ID, "alcohol-use", "marijuana-use"),
    ),
    Q(
        "average cocaine frequency over the age groups, skipping the ones with no data",
        _about(lambda d: float(_number(d["cocaine-frequency"]).mean()), rel=0.005),
        (*_DU_ID, "cocaine-frequency"),
    ),
    Q(
        "and heroin?",
        _about(lambda d: float(_number(d["heroin-frequency"]).mean()), rel=0.005),
        (*_DU_ID, "heroin-frequency"),
    ),
]

HELDOUT82: list[Dataset] = [
    Dataset("give_me_some_credit", _credit_frame, _CREDIT_QS),
    Dataset("la_parking_citations", _parking_frame, _PARKING_QS),
    Dataset("philadelphia_crime_incidents", _philly_frame, _PHILLY_QS),
    Dataset("iom_missing_migrants", _migrants_frame, _MIGRANTS_QS),
    Dataset("periodic_table", _periodic_frame, _PERIODIC_QS),
    Dataset("zara_sales", _zara_frame, _ZARA_QS),
    Dataset("drug_use_by_age", _drugs_frame, _DRUGS_QS),
]
