"""HELDOUT36: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of well-known public datasets: the NYC Department of Finance's Rolling
Sales as on Kaggle (nyc-rolling-sales.csv, September 2016 to August 2017) with its unnamed first column (the row
number in each borough's own sheet, starting again at 4 for each borough), BOROUGH as a 1-5 code (1 Manhattan, 2
Bronx, 3 Brooklyn, 4 Queens, 5 Staten Island), upper-case NEIGHBORHOOD values, "01 ONE FAMILY DWELLINGS" building
class categories padded with trailing spaces, the "EASE-MENT" header holding a single space, " -  " for a missing
LAND SQUARE FEET, GROSS SQUARE FEET or SALE PRICE, $0 and $10 transfers between relatives among the sales, YEAR BUILT
0 for unknown and "2017-06-19 00:00:00" sale dates; the CDC's Behavioral Risk Factor Surveillance System 2021
(LLCP2021.XPT as pandas' read_sas writes it out: every number a float, the character fields IDATE, IMONTH, IDAY,
IYEAR and SEQNO as "b'01192021'" byte strings) for eight states, with _STATE FIPS codes, coded answers that need the
codebook (GENHLTH 1-5 with 7 don't know and 9 refused, PHYSHLTH / MENTHLTH days with 88 for none and 77 / 99, INCOME3
1-11 with 77 / 99, SMOKE100 / SMOKDAY2), WEIGHT2 in pounds (9000+ for kilograms), HEIGHT3 as ft-in (507 is 5'7"),
_BMI5 with two implied decimals, the computed _AGEG5YR, _BMI5CAT and _SMOKER3, the _LLCPWT survey weight and blanks
for questions not reached in partial interviews; the BLS Local Area Unemployment Statistics county file for the
last fourteen months (laucntycur14: "LAUS Code", "State FIPS Code", "County FIPS Code", "County Name/State
Abbreviation", Period as "Nov-22" ... "Dec-23(p)", "Labor Force", "Employed" and "Unemployed" as "26,289" strings and
"Unemployment Rate (%)") for every county of Arizona, California, Nevada, Oregon and Washington, a long table with
"Douglas County" in three states and Carson City's 510 county code; NOAA Climate Data Online "Daily Summaries" for
New York's three first-order stations (LaGuardia, Central Park, JFK) for 2022-2023 with STATION, NAME ("NY CITY
CENTRAL PARK, NY US"), DATE, AWND, PRCP, SNOW, SNWD, TAVG, TMAX, TMIN (°F, inches, mph) and wind and WT weather-type
flag columns that are 1 or blank, no wind at Central Park, a few days without a temperature and the June 2023
wildfire smoke; Dr. Rich Huebner's Human Resources Data Set (Kaggle HRDataset_v14.csv, 311 employees) with its
"Last, First  M" names, ID columns beside their descriptions (MarriedID, GenderID, DeptID, PerfScoreID), "M " with a
trailing space in Sex, Zip codes without their leading zero, mm/dd/yy DOB, m/d/yyyy DateofHire and
DateofTermination, "N/A-StillEmployed" among the TermReasons, "Production       " with trailing spaces in
Department, "Data Analyst " beside "Data Analyst", blank ManagerIDs and "No" / "no" in HispanicLatino; the Department
for Transport's "spending over £25,000" monthly files for 2022-23 (data.gov.uk) concatenated, with "Department
family", Entity codes (DFT(c), DVLA, DVSA, MCA, VCA, ATE), a Date written "05/04/2022", "14-Jul-22" or "2022-10-03"
depending on the month's file, "£1,234,567.89" and "-£31,200.00" amounts in half the months and "1234567.89" in the
rest, suppliers spelt in two cases ("Transport for London" and "TRANSPORT FOR LONDON") and credit notes; the Lahman
Baseball Database's Batting.csv for 2017-2019 with playerID ("troutmi01"), yearID, stint for each team a player
played for in a season, three-letter franchise teamIDs (NYA, SLN, KCA), lgID and the "2B" / "3B" headers, and
pitchers with no at-bats. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import plain_text as _plain
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


_PERCENT = re.compile(r"(-?\d[\d,]*(?:\.\d+)?|-?\.\d+)\s*(%|percent\b|per cent\b)?", re.IGNORECASE)


def _share(value: Callable[[pd.DataFrame], float] | float) -> Check:
    """A share as a fraction or a percentage, to about 1% of itself or 0.05 points; a whole percentage with a "%"
    within its rounding ("35%" for 35.4%)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df) if callable(value) else value)
        for m in _PERCENT.finditer(answer):
            f = abs(float(m.group(1).replace(",", "")))
            whole = m.group(2) is not None and "." not in m.group(1)
            tol = max(0.01 * 100 * abs(want), 0.05, 0.5 if whole else 0.0)
            if abs(f - 100 * abs(want)) <= tol or abs(f - abs(want)) <= max(0.01 * abs(want), 0.0005):
                return None
        return f"missing share {want:.4g}"

    return check


def _avg3(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every batting average appears to three decimals (".291" or "0.291"), not looser."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = _found(answer)
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= 0.00051 for f in found):
                return f"missing average {want:.4f}"
        return None

    return check


def _loose(text: str) -> str:
    """`_plain`, then every run of other characters than letters and digits as one space ("Vehicle - Stolen" and
    "vehicle stolen" alike)."""
    return " " + re.sub(r"[^a-z0-9]+", " ", _plain(text)).strip() + " "


def _said(name: str, answer: str) -> bool:
    """A name is said: short upper-case codes ("TX", "KCA", "WV") as a word of their own in that case, anything
    else as words ignoring case, accents and punctuation."""
    if re.fullmatch(r"[A-Z]{1,3}", name):
        return re.search(rf"(?<![A-Za-z]){name}(?![A-Za-z])", answer) is not None
    return _loose(name) in _loose(answer)


def _named(value: Callable[[pd.DataFrame], str], aliases: Mapping[str, tuple[str, ...]] | None = None) -> Check:
    """The label computed from the frame appears, or one of its aliases."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = str(value(df))
        names = (want, *(aliases or {}).get(want, ()))
        return None if any(_said(n, answer) for n in names) else f"missing label {want!r}"

    return check


def _all_named(
    values: Callable[[pd.DataFrame], list[str]], aliases: Mapping[str, tuple[str, ...]] | None = None
) -> Check:
    """Every label computed from the frame appears, each as itself or one of its aliases."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for want in values(df):
            names = (str(want), *(aliases or {}).get(str(want), ()))
            if not any(_said(n, answer) for n in names):
                return f"missing label {want!r}"
        return None

    return check


_TOP_WORDS = re.compile(
    r"wettest|rainiest|highest|most|peak|busiest|max|top|largest|biggest|\blead|\bled\b|record|greatest|common|"
    r"frequent|winner|leader",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]*])[.!?]\s+(?=[A-Z*])|;\s+")


_LIST_ITEM = re.compile(r"\s*(?:[-*+•|]|\d+[.)]\s)")


def _sentence_at(answer: str, p: int) -> str:
    """The sentence of its line that holds position `p`, with the next non-empty line when the sentence ends at
    the superlative ("Busiest month:" over "June 2017 - 284")."""
    start = answer.rfind("\n", 0, p) + 1
    end = answer.find("\n", p)
    end = len(answer) if end < 0 else end
    line = answer[start:end]
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(line)), len(line)]
    at = p - start
    lo = max(c for c in cuts if c <= at)
    hi = min(c for c in cuts if c > at) if any(c > at for c in cuts) else len(line)
    sentence = line[lo:hi]
    if len(re.findall(r"[A-Za-z0-9]", line[at:hi])) < 16:
        rest = [x for x in answer[end:].splitlines() if x.strip()]
        sentence += "\n" + (rest[0] if rest else "")
    return sentence


def _near_top(check: Check) -> Check:
    """`check` passes on the sentence holding a superlative ("wettest", "highest", "most", "top", ...) or on one
    of the answer's first two lines (its reading and its headline) that is not a list item or table row, or on the
    whole answer when it has no superlative: a label only said in a listing of every month or group is not the
    pick."""

    def inner(answer: str, df: pd.DataFrame) -> str | None:
        spots = [m.start() for m in _TOP_WORDS.finditer(answer)]
        if not spots:
            return check(answer, df)
        heads = [x for x in [y for y in answer.splitlines() if y.strip()][:2] if not _LIST_ITEM.match(x)]
        for text in (*(_sentence_at(answer, p) for p in spots), *heads):
            if check(text, df) is None:
                return None
        why = check(answer, df)
        return f"{why} near its pick" if why else "the pick is not the one named beside a superlative"

    return inner


def _month_word(month: Callable[[pd.DataFrame], int]) -> Check:
    """A month of a year the question named, by its name ("September", "Sept", "Sep") or as "2023-09"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
            return None
        if re.search(rf"(?<![\d.])20\d\d-0?{m}(?!\d)", answer):
            return None
        return f"missing month {m}"

    return check


def _day(days: Callable[[pd.DataFrame], list[pd.Timestamp]]) -> Check:
    """One of the days: "2023-09-07", "9/7/2023", "9/7", "Sep 7", "September 7th", "7 September"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        stamps = [pd.Timestamp(t) for t in days(df)]
        for t in stamps:
            names = _month_names(t.month)
            patterns = [
                rf"(?<![\d.]){t.year}-0?{t.month}-0?{t.day}(?!\d)",
                rf"(?<![\d/.])0?{t.month}/0?{t.day}(?:/(?:{t.year}|{t.year % 100:02d}))?(?![\d/])",
                rf"\b(?:{names})\.?\s+0?{t.day}(?:st|nd|rd|th)?\b",
                rf"(?<![\d.])0?{t.day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\b",
            ]
            if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
                return None
        return f"missing day {stamps[0]:%Y-%m-%d}"

    return check


def _split(text: str, sep: str = ";") -> list[str]:
    return text.split(sep)


def _num(s: pd.Series) -> pd.Series:
    """A column as numbers: "26,289", "£1,234.00" and "-£31,200.00" read as numbers, " -  " or "NA" as missing."""
    text = s.astype("string").str.replace(r"[£$,\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


# --- 1. NYC Department of Finance Rolling Sales (Kaggle "NYC Property Sales", nyc-rolling-sales.csv) ---------------

# code: category, tax classes at present, building classes, median price in Brooklyn ($), kind
_RS_CATS: dict[str, tuple[str, str, str, float, str]] = {
    "01": ("01 ONE FAMILY DWELLINGS", "1", "A1;A5;A2;A9", 800_000, "house1"),
    "02": ("02 TWO FAMILY DWELLINGS", "1", "B1;B2;B3;B9", 950_000, "house2"),
    "03": ("03 THREE FAMILY DWELLINGS", "1", "C0", 1_150_000, "house3"),
    "05": ("05 TAX CLASS 1 VACANT LAND", "1B", "V0", 420_000, "land"),
    "07": ("07 RENTALS - WALKUP APARTMENTS", "2B;2A;2", "C1;C2;C4;C7", 2_600_000, "rental"),
    "09": ("09 COOPS - WALKUP APARTMENTS", "2C;2", "C6", 480_000, "coop"),
    "10": ("10 COOPS - ELEVATOR APARTMENTS", "2", "D4", 520_000, "coop"),
    "12": ("12 CONDOS - WALKUP APARTMENTS", "2C;2", "R2", 720_000, "condo"),
    "13": ("13 CONDOS - ELEVATOR APARTMENTS", "2", "R4", 880_000, "condo"),
    "22": ("22 STORE BUILDINGS", "4", "K1;K2;K4", 2_100_000, "store"),
}
# BOROUGH: name, weight, price multiplier, category weights, neighborhoods, zip codes, streets, highest block
_RS_BOROUGHS: dict[int, tuple[str, float, float, str, str, str, str, int]] = {
    1: (
        "Manhattan",
        21.7,
        2.0,
        "10:40;13:33;07:6;09:6;12:4;22:3;01:1.5;02:1;03:1",
        "ALPHABET CITY;CHELSEA;CHINATOWN;EAST VILLAGE;FINANCIAL;GREENWICH VILLAGE-CENTRAL;HARLEM-CENTRAL;"
        "MIDTOWN EAST;MIDTOWN WEST;MURRAY HILL;TRIBECA;UPPER EAST SIDE (59-79);UPPER EAST SIDE (79-96);"
        "UPPER WEST SIDE (59-79);UPPER WEST SIDE (79-96);WASHINGTON HEIGHTS LOWER",
        "10002;10003;10009;10011;10013;10016;10021;10022;10023;10024;10025;10027;10028;10036;10075;10128",
        "AVENUE B;EAST 7TH STREET;WEST 23RD STREET;EAST 80TH STREET;WEST 86TH STREET;RIVERSIDE DRIVE;BROADWAY;"
        "LEXINGTON AVENUE;LENOX AVENUE;MADISON AVENUE;EAST 57TH STREET;HUDSON STREET",
        2250,
    ),
    2: (
        "Bronx",
        8.3,
        0.5,
        "02:22;01:15;10:15;03:12;07:10;13:6;22:4;05:4;09:3",
        "BATHGATE;BEDFORD PARK/NORWOOD;CASTLE HILL/UNIONPORT;CITY ISLAND;CO-OP CITY;FORDHAM;"
        "MORRIS PARK/VAN NEST;PARKCHESTER;PELHAM PARKWAY NORTH;RIVERDALE;SOUNDVIEW;THROGS NECK;WILLIAMSBRIDGE",
        "10451;10453;10458;10461;10462;10463;10465;10466;10467;10469;10471;10472;10473;10475",
        "GRAND CONCOURSE;PELHAM PARKWAY;EAST TREMONT AVENUE;WHITE PLAINS ROAD;JEROME AVENUE;CITY ISLAND AVENUE;"
        "BRUCKNER BOULEVARD;WEBSTER AVENUE;BAINBRIDGE AVENUE;HENRY HUDSON PARKWAY",
        5950,
    ),
    3: (
        "Brooklyn",
        28.4,
        1.0,
        "02:22;01:18;13:16;07:10;03:9;10:7;12:5;22:4;09:4;05:3",
        "BAY RIDGE;BEDFORD STUYVESANT;BENSONHURST;BOROUGH PARK;BROOKLYN HEIGHTS;BUSHWICK;CANARSIE;CROWN HEIGHTS;"
        "DYKER HEIGHTS;FLATBUSH-EAST;GREENPOINT;PARK SLOPE;SHEEPSHEAD BAY;WILLIAMSBURG-NORTH",
        "11201;11204;11206;11207;11209;11211;11213;11215;11219;11222;11226;11228;11229;11236;11237",
        "BEDFORD AVENUE;OCEAN PARKWAY;FLATBUSH AVENUE;5TH AVENUE;EAST 18TH STREET;BAY RIDGE PARKWAY;MYRTLE AVENUE;"
        "NOSTRAND AVENUE;KINGS HIGHWAY;AVENUE U;86TH STREET;MANHATTAN AVENUE",
        8950,
    ),
    4: (
        "Queens",
        31.6,
        0.75,
        "01:30;02:22;10:17;13:10;03:5;07:4;22:3;05:3;09:3",
        "ASTORIA;BAYSIDE;CORONA;ELMHURST;FLUSHING-NORTH;FOREST HILLS;FRESH MEADOWS;JACKSON HEIGHTS;JAMAICA;"
        "LONG ISLAND CITY;OZONE PARK;REGO PARK;RIDGEWOOD;SOUTH OZONE PARK;WHITESTONE;WOODSIDE",
        "11101;11102;11103;11354;11355;11357;11361;11365;11368;11372;11373;11375;11377;11385;11416;11420;11432",
        "31ST AVENUE;NORTHERN BOULEVARD;QUEENS BOULEVARD;JAMAICA AVENUE;ROOSEVELT AVENUE;UNION TURNPIKE;"
        "37TH AVENUE;LIBERTY AVENUE;FRANCIS LEWIS BOULEVARD;WOODHAVEN BOULEVARD;BELL BOULEVARD;150TH STREET",
        16350,
    ),
    5: (
        "Staten Island",
        9.8,
        0.6,
        "01:55;02:25;13:5;05:6;03:2;22:2;10:2",
        "ANNADALE;ARROCHAR;CASTLETON CORNERS;GREAT KILLS;NEW BRIGHTON;NEW DORP;OAKWOOD;PORT RICHMOND;ROSSVILLE;"
        "STAPLETON;TOTTENVILLE;WESTERLEIGH",
        "10301;10303;10304;10305;10306;10308;10309;10310;10312;10314",
        "HYLAN BOULEVARD;RICHMOND AVENUE;VICTORY BOULEVARD;FOREST AVENUE;AMBOY ROAD;ARTHUR KILL ROAD;"
        "TODT HILL ROAD;BAY STREET;CLOVE ROAD;ANNADALE ROAD",
        8050,
    ),
}
_RS_BOROUGH_NAMES = {code: b[0] for code, b in _RS_BOROUGHS.items()}
# sales by month, September 2016 to August 2017 (June and the year-end busiest, a short August)
_RS_MONTHS = [8.5, 8.8, 8.0, 9.6, 7.4, 6.9, 8.6, 7.8, 8.7, 11.8, 8.4, 7.2]
_RS_DASH = " -  "


def _rs_sqft(rng: np.random.Generator, kind: str) -> tuple[str, str]:
    """LAND SQUARE FEET and GROSS SQUARE FEET as the file writes them: digits, "0" or " -  "."""
    if kind in ("coop", "condo"):
        roll = rng.random()
        return (_RS_DASH, _RS_DASH) if roll < 0.7 else ("0", "0")
    if kind == "land":
        return str(int(rng.integers(1500, 9000))), "0"
    units = {"house1": 1, "house2": 2, "house3": 3}.get(kind, 0)
    if units:
        land = int(rng.integers(12, 50)) * 100 + int(_one(rng, [0, 0, 0, int(rng.integers(1, 99))]))
        gross = int(float(rng.lognormal(np.log(1050 + 650 * units), 0.22)))
        roll = rng.random()
        if roll < 0.02:
            return str(land), _RS_DASH
        if roll < 0.035:
            return str(land), "0"
        return str(land), str(gross)
    if kind == "rental":
        return str(int(rng.integers(15, 50)) * 100), str(int(float(rng.lognormal(np.log(7000), 0.5))))
    return str(int(rng.integers(15, 80)) * 100), str(int(float(rng.lognormal(np.log(4500), 0.5))))


def _rolling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3601)
    months = pd.date_range("2016-09-01", periods=12, freq="MS")
    hoods = {code: {h: float(rng.uniform(0.7, 1.45)) for h in _split(b[4])} for code, b in _RS_BOROUGHS.items()}
    rows: list[dict[str, Any]] = []
    for _ in range(2600):
        borough = int(_one(rng, list(_RS_BOROUGHS), [b[1] for b in _RS_BOROUGHS.values()]))
        _name, _w, mult, cat_w, _h, zips, streets, blocks = _RS_BOROUGHS[borough]
        pairs = [x.split(":") for x in _split(cat_w)]
        code = str(_one(rng, [p[0] for p in pairs], [float(p[1]) for p in pairs]))
        category, taxes, classes, base, kind = _RS_CATS[code]
        hood = str(_one(rng, list(hoods[borough])))
        month = months[int(_one(rng, range(12), _RS_MONTHS))]
        day = month + pd.Timedelta(days=int(rng.integers(0, month.days_in_month)))
        price = max(40_000.0, base * mult * hoods[borough][hood] * float(rng.lognormal(0, 0.45)))
        step = float(_one(rng, [1000.0, 5000.0, 1.0], [70, 20, 10]))
        roll = rng.random()
        if roll < 0.165:
            sale = _RS_DASH
        elif roll < 0.285:
            sale = "0"
        elif roll < 0.3:
            sale = str(_one(rng, ["10", "1", "100", "10"]))
        else:
            sale = str(int(round(price / step) * step))
        res = {"house1": 1, "house2": 2, "house3": 3, "condo": 1}.get(kind, 0)
        com = 0
        if kind == "rental":
            res = int(rng.integers(4, 31))
            com = int(rng.random() < 0.25)
        elif kind == "store":
            res, com = int(_one(rng, [0, 0, 1, 2])), int(rng.integers(1, 5))
        land, gross = _rs_sqft(rng, kind)
        built = {
            "house1": rng.normal(1940, 22),
            "house2": rng.normal(1935, 20),
            "house3": rng.normal(1925, 15),
            "rental": rng.normal(1915, 10),
            "coop": rng.normal(1955, 18),
            "condo": rng.normal(2004, 9),
            "store": rng.normal(1940, 20),
            "land": 0.0,
        }[kind]
        year = 0 if kind == "land" or rng.random() < 0.05 else int(min(2016, max(1899, built)))
        apartment = " "
        number = f"{int(rng.integers(1, 300))}"
        if kind in ("coop", "condo"):
            apartment = f"{int(rng.integers(1, 30))}{_one(rng, list('ABCDEFGH'))}"
        address = f"{number} {_one(rng, _split(streets))}"
        if kind == "coop":
            address, apartment = f"{address}, {apartment}", " "
        present = str(_one(rng, _split(taxes)))
        rows.append(
            {
                "": 0,
                "BOROUGH": borough,
                "NEIGHBORHOOD": hood,
                "BUILDING CLASS CATEGORY": f"{category:<44}",
                "TAX CLASS AT PRESENT": present if rng.random() > 0.01 else " ",
                "BLOCK": int(rng.integers(1, blocks)),
                "LOT": int(rng.integers(1001, 1400)) if kind == "condo" else int(rng.integers(1, 160)),
                "EASE-MENT": " ",
                "BUILDING CLASS AT PRESENT": str(_one(rng, _split(classes))),
                "ADDRESS": address,
                "APARTMENT NUMBER": apartment,
                "ZIP CODE": 0 if rng.random() < 0.01 else int(_one(rng, _split(zips))),
                "RESIDENTIAL UNITS": res,
                "COMMERCIAL UNITS": com,
                "TOTAL UNITS": res + com,
                "LAND SQUARE FEET": land,
                "GROSS SQUARE FEET": gross,
                "YEAR BUILT": year,
                "TAX CLASS AT TIME OF SALE": int(present[0]),
                "BUILDING CLASS AT TIME OF SALE": str(_one(rng, _split(classes))),
                "SALE PRICE": sale,
                "SALE DATE": f"{day:%Y-%m-%d %H:%M:%S}",
            }
        )
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(
        ["BOROUGH", "NEIGHBORHOOD", "BUILDING CLASS CATEGORY", "BLOCK", "LOT"], kind="stable", ignore_index=True
    )
    frame[""] = frame.groupby("BOROUGH").cumcount() + 4
    return frame


def _rs_priced(d: pd.DataFrame, floor: float) -> pd.DataFrame:
    """Sales with a price above `floor` ($0 only, or the $1 / $10 / $100 transfers too)."""
    price = _num(d["SALE PRICE"])
    return d.assign(_price=price)[price > floor]


def _rs_medians(floor: float) -> Callable[[pd.DataFrame], list[float]]:
    def medians(d: pd.DataFrame) -> list[float]:
        by = _rs_priced(d, floor).groupby("BOROUGH")["_price"].median()
        return [float(by[b]) for b in range(1, 6)]

    return medians


def _rs_busiest(how: str) -> Callable[[pd.DataFrame], str]:
    def name(d: pd.DataFrame) -> str:
        rows = d if how == "all" else _rs_priced(d, 0 if how == "priced" else 100)
        return _RS_BOROUGH_NAMES[int(rows["BOROUGH"].value_counts().idxmax())]

    return name


def _rs_count(how: str) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        rows = d if how == "all" else _rs_priced(d, 0 if how == "priced" else 100)
        return float(rows["BOROUGH"].value_counts().max())

    return count


def _rs_per_sqft(borough: int, floor: float, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = _rs_priced(d, floor)
        rows = rows[(rows["BOROUGH"] == borough) & rows["BUILDING CLASS CATEGORY"].str.strip().str.startswith("01 ")]
        gross = _num(rows["GROSS SQUARE FEET"])
        rows, gross = rows[gross > 0], gross[gross > 0]
        if how == "mean":
            return float((rows["_price"] / gross).mean())
        if how == "median":
            return float((rows["_price"] / gross).median())
        return float(rows["_price"].sum() / gross.sum())

    return value


def _rs_per_sqft_check(borough: int) -> Check:
    return either(
        *(_about(_rs_per_sqft(borough, floor, how)) for floor in (0, 100) for how in ("mean", "ratio", "median"))
    )


def _rs_busiest_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(d: pd.DataFrame) -> pd.Timestamp:
        rows = d if how == "all" else _rs_priced(d, 0)
        when = pd.to_datetime(rows["SALE DATE"]).dt.to_period("M")
        return when.value_counts().idxmax().to_timestamp()

    return month


_RS_ALIASES = {name: (name.upper(),) for name in _RS_BOROUGH_NAMES.values()}
_RS_ID = ("BOROUGH", "SALE PRICE", "SALE DATE")
_RS_SIZE = (
    "BUILDING CLASS CATEGORY",
    "BUILDING CLASS AT PRESENT",
    "BUILDING CLASS AT TIME OF SALE",
    "TAX CLASS AT PRESENT",
    "TAX CLASS AT TIME OF SALE",
    "GROSS SQUARE FEET",
    "LAND SQUARE FEET",
    "RESIDENTIAL UNITS",
    "TOTAL UNITS",
)
_ROLLING_QS = [
    Q(
        "median sale price by borough? skip the $0 ones and the blanks",
        either(_scaled(_rs_medians(0), (1e3, 1e6)), _scaled(_rs_medians(100), (1e3, 1e6))),
        _RS_ID,
    ),
    Q(
        "which borough has the most sales",
        both(
            either(*(_named(_rs_busiest(how), _RS_ALIASES) for how in ("all", "priced", "real"))),
            either(*(has(_rs_count(how)) for how in ("all", "priced", "real"))),
        ),
        (*_RS_ID, "NEIGHBORHOOD"),
    ),
    Q(
        "avg price per sq ft for one family homes in brookyln?",
        _rs_per_sqft_check(3),
        (*_RS_ID, *_RS_SIZE, "NEIGHBORHOOD"),
    ),
    Q(
        "what about queens",
        _rs_per_sqft_check(4),
        (*_RS_ID, *_RS_SIZE, "NEIGHBORHOOD"),
    ),
    Q(
        "how many rows have no sale price at all?",
        either(
            has(lambda d: float((d["SALE PRICE"].astype("string").str.strip() == "-").sum())),
            has(lambda d: float(d["SALE PRICE"].astype("string").str.strip().isin(["-", "0"]).sum())),
        ),
        _RS_ID,
    ),
    Q(
        "plot number of sales per month, which month was the busiest",
        either(*(_near_top(_month_year(_rs_busiest_month(how))) for how in ("all", "priced"))),
        _RS_ID,
    ),
]


# --- 2. CDC Behavioral Risk Factor Surveillance System 2021 (LLCP2021.XPT through pandas.read_sas) ---------------

# _STATE: name, code, interviews (weight), adults, mean BMI, share of current smokers, worse health (latent shift)
_BR_STATES: dict[int, tuple[str, str, float, float, float, float, float]] = {
    1: ("Alabama", "AL", 6.0, 3.9e6, 29.5, 0.20, 0.35),
    6: ("California", "CA", 11.0, 30.5e6, 28.0, 0.09, 0.0),
    12: ("Florida", "FL", 15.0, 17.5e6, 28.3, 0.13, 0.1),
    17: ("Illinois", "IL", 4.0, 9.9e6, 28.6, 0.12, 0.0),
    26: ("Michigan", "MI", 12.0, 7.9e6, 29.0, 0.17, 0.1),
    36: ("New York", "NY", 17.0, 15.6e6, 27.9, 0.12, 0.0),
    48: ("Texas", "TX", 10.0, 22.0e6, 29.0, 0.13, 0.15),
    54: ("West Virginia", "WV", 6.0, 1.4e6, 30.7, 0.23, 0.45),
}
_BR_STATE_ALIASES: dict[str, tuple[str, ...]] = {s[0]: (s[1],) for s in _BR_STATES.values()}
_BR_DAYS = [1, 2, 3, 4, 5, 7, 10, 14, 15, 20, 25, 30]
_BR_DAY_W = [12, 14, 10, 4, 10, 6, 8, 4, 8, 5, 2, 17]
_BR_COLUMNS = _split(
    "_STATE;FMONTH;IDATE;IMONTH;IDAY;IYEAR;DISPCODE;SEQNO;_PSU;SEXVAR;GENHLTH;PHYSHLTH;MENTHLTH;POORHLTH;PRIMINSR;"
    "PERSDOC3;MEDCOST1;CHECKUP1;EXERANY2;SLEPTIM1;CVDINFR4;CVDCRHD4;CVDSTRK3;ASTHMA3;DIABETE4;MARITAL;EDUCA;"
    "RENTHOM1;VETERAN3;EMPLOY1;CHILDREN;INCOME3;WEIGHT2;HEIGHT3;SMOKE100;SMOKDAY2;ALCDAY5;_LLCPWT;_AGEG5YR;_AGE80;"
    "_BMI5;_BMI5CAT;_SMOKER3"
)


def _br_code(rng: np.random.Generator, yes: float, dk: float = 0.006, refused: float = 0.003) -> float:
    """A yes (1) / no (2) answer with its don't know (7) and refused (9)."""
    roll = rng.random()
    return 7.0 if roll < dk else 9.0 if roll < dk + refused else 1.0 if rng.random() < yes else 2.0


def _br_days(rng: np.random.Generator, none: float) -> float:
    """Days of the last 30: 88 for none, 77 don't know, 99 refused."""
    roll = rng.random()
    if roll < 0.016:
        return 77.0
    if roll < 0.021:
        return 99.0
    if rng.random() < none:
        return 88.0
    return float(_one(rng, _BR_DAYS, _BR_DAY_W))


def _brfss_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3602)
    codes = list(_BR_STATES)
    sample_w = [s[2] for s in _BR_STATES.values()]
    expected = {c: 2600 * _BR_STATES[c][2] / sum(sample_w) for c in codes}
    seq = dict.fromkeys(codes, 0)
    rows: list[dict[str, Any]] = []
    for _ in range(2600):
        state = int(_one(rng, codes, sample_w))
        _n, _c, _w, adults, bmi_mean, smoke_p, shift = _BR_STATES[state]
        seq[state] += 1
        fmonth = int(rng.integers(1, 13))
        imonth, iyear = (fmonth + 1, 2021) if rng.random() < 0.3 else (fmonth, 2021)
        if imonth == 13:
            imonth, iyear = 1, 2022
        iday = int(rng.integers(1, 29))
        partial = rng.random() < 0.16
        age = int(_one(rng, range(18, 100), [1.0 if a < 75 else 0.8 if a < 85 else 0.25 for a in range(18, 100)]))
        ageg = 14.0 if rng.random() < 0.015 else float(min(13, (age - 18) // 5 + 1))
        sex = 1.0 if rng.random() < 0.46 else 2.0
        inc_roll = rng.random()
        income = (
            float(_one(rng, range(1, 12), [2, 3, 4, 6, 9, 12, 14, 14, 13, 9, 6]))
            if inc_roll < 0.815
            else 77.0
            if inc_roll < 0.895
            else 99.0
            if inc_roll < 0.985
            else None
        )
        poor = 0.0 if income is None or income > 11 else (6 - income) * 0.12
        latent = float(rng.normal(0, 1)) + shift + max(0.0, poor) + 0.012 * (age - 50)
        g_roll = rng.random()
        gen = (
            7.0
            if g_roll < 0.002
            else 9.0
            if g_roll < 0.003
            else float(np.searchsorted([-0.85, 0.1, 1.0, 1.85], latent) + 1)
        )
        phys = _br_days(rng, [0.8, 0.72, 0.6, 0.35, 0.15][int(gen) - 1] if gen <= 5 else 0.6)
        none_m = 0.6 - (0.08 if sex == 2 else 0.0) - (0.12 if age < 35 else 0.0) + (0.1 if age >= 65 else 0.0)
        ment = _br_days(rng, none_m)
        poorh = None
        if (phys <= 30 and phys != 88) or (ment <= 30 and ment != 88):
            poorh = _br_days(rng, 0.45)
        height = float(rng.normal(69.3, 3.0) if sex == 1 else rng.normal(64.0, 2.8))
        height_in = int(min(80, max(56, round(height))))
        bmi = bmi_mean * float(np.exp(rng.normal(-0.02, 0.2)))
        kg = bmi * (height_in * 0.0254) ** 2
        pounds = round(kg / 0.45359237)
        w_roll = rng.random()
        weight2 = 7777.0 if w_roll < 0.018 else 9999.0 if w_roll < 0.043 else float(pounds)
        if weight2 < 7777 and rng.random() < 0.005:
            weight2 = float(9000 + round(kg))
        h_roll = rng.random()
        height3 = float((height_in // 12) * 100 + height_in % 12)
        if h_roll < 0.01:
            height3 = 7777.0
        elif h_roll < 0.022:
            height3 = 9999.0
        elif h_roll < 0.032:
            height3 = float(9000 + round(height_in * 2.54))
        bmi5: float | None = None
        if weight2 not in (7777.0, 9999.0) and height3 not in (7777.0, 9999.0):
            kg_r = weight2 - 9000 if weight2 > 9000 else weight2 * 0.45359237
            m_r = (height3 - 9000) / 100 if height3 > 9000 else ((height3 // 100) * 12 + height3 % 100) * 0.0254
            bmi5 = float(round(kg_r / m_r**2 * 100))
        bmi_cat = None if bmi5 is None else float(np.searchsorted([1850, 2500, 3000], bmi5, side="right") + 1)
        smoke100: float | None = None
        smokday: float | None = None
        alc: float | None = None
        smoker3 = 9.0
        if not partial:
            ever = min(0.85, smoke_p * 2.6)
            smoke100 = _br_code(rng, ever, 0.005, 0.003)
            if smoke100 == 1:
                still = smoke_p / ever
                d_roll = rng.random()
                smokday = (
                    7.0
                    if d_roll < 0.004
                    else 9.0
                    if d_roll < 0.006
                    else 1.0
                    if rng.random() < still * 0.72
                    else 2.0
                    if rng.random() < still * 0.28 / (1 - still * 0.72)
                    else 3.0
                )
                smoker3 = {1.0: 1.0, 2.0: 2.0, 3.0: 3.0}.get(smokday, 9.0)
            elif smoke100 == 2:
                smoker3 = 4.0
            a_roll = rng.random()
            alc = (
                888.0
                if a_roll < 0.47
                else 777.0
                if a_roll < 0.49
                else 999.0
                if a_roll < 0.5
                else float(int(rng.integers(101, 108)) if rng.random() < 0.4 else int(rng.integers(201, 231)))
            )
        weight = adults / expected[state] * float(rng.lognormal(-0.18, 0.6))
        row: dict[str, Any] = {
            "_STATE": float(state),
            "FMONTH": float(fmonth),
            "IDATE": f"b'{imonth:02d}{iday:02d}{iyear}'",
            "IMONTH": f"b'{imonth:02d}'",
            "IDAY": f"b'{iday:02d}'",
            "IYEAR": f"b'{iyear}'",
            "DISPCODE": 1200.0 if partial else 1100.0,
            "SEQNO": f"b'2021{seq[state]:06d}'",
            "_PSU": float(2021000000 + seq[state]),
            "SEXVAR": sex,
            "GENHLTH": gen if rng.random() > 0.0005 else None,
            "PHYSHLTH": phys,
            "MENTHLTH": ment,
            "POORHLTH": poorh,
            "PRIMINSR": float(_one(rng, [1, 2, 3, 4, 5, 7, 88, 77, 99], [48, 6, 20, 8, 4, 3, 8, 2, 1])),
            "PERSDOC3": float(_one(rng, [1, 2, 3, 7, 9], [60, 15, 24, 0.7, 0.3])),
            "MEDCOST1": _br_code(rng, 0.1),
            "CHECKUP1": float(_one(rng, [1, 2, 3, 4, 7, 8, 9], [76, 9, 6, 6, 2, 0.6, 0.4])),
            "EXERANY2": _br_code(rng, 0.76 - 0.05 * latent),
            "SLEPTIM1": float(_one(rng, [4, 5, 6, 7, 8, 9, 10, 12, 77, 99], [2, 6, 22, 30, 28, 5, 3, 1, 1.5, 0.5])),
            "CVDINFR4": _br_code(rng, 0.02 + 0.002 * max(0, age - 40)),
            "CVDCRHD4": _br_code(rng, 0.02 + 0.002 * max(0, age - 40)),
            "CVDSTRK3": _br_code(rng, 0.01 + 0.001 * max(0, age - 40)),
            "ASTHMA3": _br_code(rng, 0.14),
            "DIABETE4": float(_one(rng, [1, 2, 3, 4, 7, 9], [12 + 0.3 * max(0, age - 40), 1, 83, 3, 0.2, 0.1])),
            "MARITAL": float(_one(rng, [1, 2, 3, 4, 5, 6, 9], [50, 13, 7, 2, 21, 4, 3])),
            "EDUCA": float(_one(rng, [1, 2, 3, 4, 5, 6, 9], [0.2, 2.5, 5.5, 25, 27, 39, 0.8])),
            "RENTHOM1": float(_one(rng, [1, 2, 3, 7, 9], [70, 24, 5, 0.5, 0.5])),
            "VETERAN3": _br_code(rng, 0.11 if sex == 1 else 0.015, 0.001, 0.002),
            "EMPLOY1": float(_one(rng, [1, 2, 3, 4, 5, 6, 7, 8, 9], [42, 9, 3, 2, 5, 4, 28, 6, 1])),
            "CHILDREN": float(_one(rng, [88, 1, 2, 3, 4, 5, 99], [68, 13, 11, 5, 1.5, 0.5, 1])),
            "INCOME3": income,
            "WEIGHT2": weight2,
            "HEIGHT3": height3,
            "SMOKE100": smoke100,
            "SMOKDAY2": smokday,
            "ALCDAY5": alc,
            "_LLCPWT": weight,
            "_AGEG5YR": ageg,
            "_AGE80": float(min(age, 80)),
            "_BMI5": bmi5,
            "_BMI5CAT": bmi_cat,
            "_SMOKER3": smoker3,
        }
        rows.append(row)
    return pd.DataFrame(rows, columns=_BR_COLUMNS)


def _br_avg(values: pd.Series, d: pd.DataFrame, weighted: bool) -> float:
    ok = values.notna()
    if weighted:
        return float(np.average(values[ok], weights=d.loc[ok, "_LLCPWT"]))
    return float(values[ok].mean())


def _br_fair_poor(weighted: bool, known: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        rows = d[d["GENHLTH"].isin([1, 2, 3, 4, 5])] if known else d
        return _br_avg(rows["GENHLTH"].isin([4, 5]).astype(float), rows, weighted)

    return share


def _br_mental(d: pd.DataFrame) -> pd.Series:
    days = d["MENTHLTH"].where(d["MENTHLTH"] <= 30)
    return days.mask(d["MENTHLTH"] == 88, 0.0)


def _br_mental_mean(weighted: bool, sex: float | None = None) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        rows = d if sex is None else d[d["SEXVAR"] == sex]
        return _br_avg(_br_mental(rows), rows, weighted)

    return mean


def _br_mental_pair(weighted: bool) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: [_br_mental_mean(weighted, 1.0)(d), _br_mental_mean(weighted, 2.0)(d)]


def _br_bmi_by_state(weighted: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def by(d: pd.DataFrame) -> pd.Series:
        rows = d[d["_BMI5"].notna()]
        out = {s: _br_avg(g["_BMI5"] / 100, g, weighted) for s, g in rows.groupby("_STATE")}
        return pd.Series(out).sort_values(ascending=False)

    return by


def _br_bmi_top(weighted: bool) -> Check:
    by = _br_bmi_by_state(weighted)
    return both(
        _named(lambda d: _BR_STATES[int(by(d).index[0])][0], _BR_STATE_ALIASES),
        _about(lambda d: float(by(d).iloc[0]), rel=0.004),
    )


def _br_no_income(with_blank: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        coded = d["INCOME3"].isin([77, 99])
        return float((coded | d["INCOME3"].isna()).sum() if with_blank else coded.sum())

    return count


def _br_smokers(weighted: bool, known: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        rows = d[d["_SMOKER3"] != 9] if known else d
        return _br_avg(rows["_SMOKER3"].isin([1, 2]).astype(float), rows, weighted)

    return share


_BR_ID = ("_STATE", "SEQNO", "_LLCPWT", "_PSU", "DISPCODE")
_BRFSS_QS = [
    Q(
        "what share of ppl say their general health is fair or poor?",
        either(*(_share(_br_fair_poor(w, k)) for w in (False, True) for k in (False, True))),
        (*_BR_ID, "GENHLTH"),
    ),
    Q(
        "avg number of days in the past month with bad mental health?",
        either(*(_about(_br_mental_mean(w)) for w in (False, True))),
        (*_BR_ID, "MENTHLTH", "POORHLTH"),
    ),
    Q(
        "and is it different for men vs women",
        either(*(_about(_br_mental_pair(w)) for w in (False, True))),
        (*_BR_ID, "MENTHLTH", "POORHLTH", "SEXVAR"),
    ),
    Q(
        "which state has the highest avg BMI and what is it",
        either(_br_bmi_top(False), _br_bmi_top(True)),
        (*_BR_ID, "_BMI5", "_BMI5CAT", "WEIGHT2", "HEIGHT3"),
    ),
    Q(
        "how many ppl didnt answer the income questoin",
        either(has(_br_no_income(True)), has(_br_no_income(False))),
        (*_BR_ID, "INCOME3"),
    ),
    Q(
        "% current smokers?",
        either(*(_share(_br_smokers(w, k)) for w in (False, True) for k in (False, True))),
        (*_BR_ID, "SMOKE100", "SMOKDAY2", "_SMOKER3"),
    ),
]


# --- 3. BLS Local Area Unemployment Statistics, county data, last 14 months (laucntycur14) ------------------------

# State FIPS code, abbreviation, name, rise in rates over the fourteen months; counties as name:labor force in
# thousands:2023 rate, in county-code order (odd codes in alphabetical order unless given as name=code)
_LA_STATES: list[tuple[str, str, str, float, str]] = [
    (
        "04",
        "AZ",
        "Arizona",
        0.08,
        "Apache:21:8.0;Cochise:50:4.8;Coconino:78:4.6;Gila:22:5.4;Graham:15:5.6;Greenlee:4.7:4.0;La Paz=012:6.5:6.2;"
        "Maricopa=013:2600:3.6;Mohave=015:88:5.3;Navajo=017:40:6.9;Pima=019:510:4.0;Pinal=021:200:4.4;"
        "Santa Cruz=023:19:8.0;Yavapai=025:110:4.0;Yuma=027:95:14.5",
    ),
    (
        "06",
        "CA",
        "California",
        0.22,
        "Alameda:830:4.3;Alpine:0.55:6.0;Amador:15:4.8;Butte:95:5.5;Calaveras:21:4.7;Colusa:11:11.5;"
        "Contra Costa:560:4.4;Del Norte:9.5:6.3;El Dorado:92:4.2;Fresno:460:7.6;Glenn:13:6.5;Humboldt:60:4.6;"
        "Imperial:74:16.0;Inyo:8.5:4.3;Kern:400:7.9;Kings:57:7.7;Lake:28:6.0;Lassen:9.5:5.5;Los Angeles:5000:5.0;"
        "Madera:65:7.0;Marin:130:3.4;Mariposa:7:5.8;Mendocino:38:4.9;Merced:118:8.6;Modoc:3.3:6.0;Mono:8:3.6;"
        "Monterey:225:6.0;Napa:72:4.1;Nevada:48:4.0;Orange:1600:3.6;Placer:195:3.8;Plumas:8:7.5;Riverside:1150:4.9;"
        "Sacramento:740:4.5;San Benito:33:6.0;San Bernardino:1000:4.8;San Diego:1600:4.1;"
        "San Francisco County/city:570:3.4;San Joaquin:340:6.6;San Luis Obispo:140:3.5;San Mateo:440:3.3;"
        "Santa Barbara:215:4.2;Santa Clara:1050:3.9;Santa Cruz:135:5.5;Shasta:75:5.3;Sierra:1.4:5.4;Siskiyou:18:7.0;"
        "Solano:205:5.1;Sonoma:255:3.9;Stanislaus:240:6.9;Sutter:45:7.4;Tehama:26:6.2;Trinity:4.5:6.8;Tulare:210:9.5;"
        "Tuolumne:22:5.2;Ventura:410:4.5;Yolo:110:4.6;Yuba:34:7.0",
    ),
    (
        "32",
        "NV",
        "Nevada",
        0.06,
        "Churchill:11:4.3;Clark:1200:5.9;Douglas:23:4.9;Elko:28:3.6;Esmeralda:0.4:4.5;Eureka:0.9:3.0;Humboldt:8.5:3.6;"
        "Lander:2.9:3.9;Lincoln:2:4.2;Lyon:27:5.2;Mineral:2:6.0;Nye:17:6.6;Pershing=027:2.4:4.4;Storey=029:2.2:4.4;"
        "Washoe=031:270:4.6;White Pine=033:4.2:4.0;Carson City=510:27:5.0",
    ),
    (
        "41",
        "OR",
        "Oregon",
        0.10,
        "Baker:7.5:4.6;Benton:49:3.6;Clackamas:220:3.9;Clatsop:20:4.0;Columbia:25:4.9;Coos:26:5.5;Crook:11:5.3;"
        "Curry:9.5:5.8;Deschutes:110:4.1;Douglas:45:5.4;Gilliam:0.9:3.5;Grant:3:6.6;Harney:3.3:5.8;Hood River:14:3.5;"
        "Jackson:105:4.6;Jefferson:10:5.0;Josephine:37:5.6;Klamath:30:5.7;Lake:3:5.5;Lane:190:4.3;Lincoln:22:4.7;"
        "Linn:62:4.7;Malheur:13:5.0;Marion:170:4.2;Morrow:5.5:5.0;Multnomah:470:4.1;Polk:43:4.0;Sherman:0.8:4.4;"
        "Tillamook:13:4.0;Umatilla:38:4.7;Union:12:4.6;Wallowa:3.5:5.0;Wasco:13:4.1;Washington:330:3.7;"
        "Wheeler:0.6:5.5;Yamhill:55:4.3",
    ),
    (
        "53",
        "WA",
        "Washington",
        0.08,
        "Adams:9:6.0;Asotin:10:3.9;Benton:105:5.0;Chelan:45:4.6;Clallam:30:5.9;Clark:260:5.1;Columbia:1.5:6.4;"
        "Cowlitz:50:6.0;Douglas:23:4.5;Ferry:2.5:8.3;Franklin:47:6.0;Garfield:0.9:4.6;Grant:48:6.0;"
        "Grays Harbor:31:6.9;Island:33:4.8;Jefferson:13:5.2;King:1300:3.6;Kitsap:125:4.5;Kittitas:25:4.6;"
        "Klickitat:10:5.6;Lewis:34:6.4;Lincoln:5:4.7;Mason:26:6.2;Okanogan:21:5.7;Pacific:9:6.4;Pend Oreille:5:7.6;"
        "Pierce:460:5.2;San Juan:8:4.1;Skagit:62:5.3;Skamania:5:5.6;Snohomish:450:4.0;Spokane:270:4.4;"
        "Stevens:19:6.7;Thurston:140:4.5;Wahkiakum:1.6:6.8;Walla Walla:29:4.6;Whatcom:115:4.7;Whitman:22:3.7;"
        "Yakima:128:6.7",
    ),
]
# Farm counties: unemployment highest in late winter (or, in the desert valleys, in summer)
_LA_WINTER = set(
    _split(
        "CA Colusa;CA Fresno;CA Glenn;CA Kern;CA Kings;CA Madera;CA Merced;CA San Joaquin;CA Stanislaus;CA Sutter;"
        "CA Tulare;CA Yuba;CA Monterey;CA San Benito;WA Adams;WA Franklin;WA Grant;WA Yakima;WA Walla Walla;"
        "WA Chelan;WA Okanogan;OR Malheur;OR Morrow;OR Hood River;OR Umatilla"
    )
)
_LA_SUMMER = {"CA Imperial", "AZ Yuma"}
_LA_PERIODS = [f"{m:%b-%y}" for m in pd.date_range("2022-11-01", periods=14, freq="MS")]
_LA_PERIODS[-1] += "(p)"


def _la_counties() -> list[tuple[str, str, str, str, float, float]]:
    """State FIPS, state abbreviation, county code, county name, labor force, base rate."""
    out = []
    for fips, abbr, _name, _rise, table in _LA_STATES:
        odd = 1
        for item in _split(table):
            name, lf, rate = item.split(":")
            if "=" in name:
                name, code = name.split("=")
                odd = int(code) + 2 if int(code) % 2 else odd
            else:
                code = f"{odd:03d}"
                odd += 2
            out.append((fips, abbr, code, name, float(lf) * 1000, float(rate)))
    return out


def _laus_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3603)
    rise = {s[1]: s[3] for s in _LA_STATES}
    rows: list[dict[str, Any]] = []
    for fips, abbr, code, name, lf0, rate0 in _la_counties():
        label = name if name.endswith("city") or name == "Carson City" else f"{name} County"
        key = f"{abbr} {name}"
        grow = float(rng.normal(0.01, 0.01))
        for t, period in enumerate(_LA_PERIODS):
            month = (10 + t) % 12 + 1
            if key in _LA_SUMMER:
                season = 1 + 0.18 * np.cos(2 * np.pi * (month - 8) / 12)
            elif key in _LA_WINTER:
                season = 1 + 0.22 * np.cos(2 * np.pi * (month - 2) / 12)
            else:
                season = 1 + 0.07 * np.cos(2 * np.pi * (month - 1.5) / 12)
            rate = rate0 * season * (1 + rise[abbr] * t / 13)
            rate *= float(np.exp(rng.normal(0, 0.04 + 2.0 / np.sqrt(lf0))))
            if key == "CA Lassen" and t >= 8:
                rate += 3.5
            lf_season = 1 + (0.05 * np.cos(2 * np.pi * (month - 8) / 12) if key in _LA_WINTER else 0.0)
            lf = round(lf0 * (1 + grow * t / 13) * lf_season * float(np.exp(rng.normal(0, 0.004))))
            unemployed = round(lf * rate / 100)
            rows.append(
                {
                    "LAUS Code": f"CN{fips}{code}00000000",
                    "State FIPS Code": fips,
                    "County FIPS Code": code,
                    "County Name/State Abbreviation": f"{label}, {abbr}",
                    "Period": period,
                    "Labor Force": f"{lf:,}",
                    "Employed": f"{lf - unemployed:,}",
                    "Unemployed": f"{unemployed:,}",
                    "Unemployment Rate (%)": round(100 * unemployed / lf, 1),
                }
            )
    return pd.DataFrame(rows)


_LA_LAST = "Dec-23(p)"


def _la_state(d: pd.DataFrame) -> pd.Series:
    return d["County Name/State Abbreviation"].str.rsplit(", ", n=1).str[1]


def _la_month(d: pd.DataFrame, period: str) -> pd.DataFrame:
    return d[d["Period"].str.strip() == period]


def _la_top(d: pd.DataFrame) -> pd.Series:
    return _la_month(d, _LA_LAST).sort_values("Unemployment Rate (%)", ascending=False, kind="stable").iloc[0]


def _la_place(label: str) -> tuple[str, str]:
    """ "Imperial County, CA" as ("Imperial", "CA")."""
    name, abbr = label.rsplit(", ", 1)
    return name.removesuffix(" County"), abbr


def _la_county(label: Callable[[pd.DataFrame], str]) -> Check:
    """A county by its name ("Imperial County" or "Imperial"), with its state when the name is not unique in the
    file (as the abbreviation or the state's name)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = label(df)
        name, abbr = _la_place(want)
        names = df["County Name/State Abbreviation"].drop_duplicates().map(lambda s: _la_place(str(s))[0])
        if not _said(name, answer):
            return f"missing county {want!r}"
        if int((names == name).sum()) > 1:
            state = next(s[2] for s in _LA_STATES if s[1] == abbr)
            if not (_said(abbr, answer) or _said(state, answer)):
                return f"missing the state of {want!r}"
        return None

    return check


def _la_by_state(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        rows = _la_month(d, _LA_LAST)
        state = _la_state(rows)
        if how == "mean":
            by = rows.groupby(state)["Unemployment Rate (%)"].mean()
        else:
            sums = rows.assign(_u=_num(rows["Unemployed"]), _l=_num(rows["Labor Force"])).groupby(state)
            by = 100 * sums["_u"].sum() / sums["_l"].sum()
        return [float(by[s[1]]) for s in _LA_STATES]

    return rates


def _la_over(strict: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        rate = _la_month(d, "Jan-23")["Unemployment Rate (%)"]
        return float((rate > 10).sum() if strict else (rate >= 10).sum())

    return count


def _la_ca_unemployed(d: pd.DataFrame) -> list[float]:
    rows = d[_la_state(d) == "CA"]
    return [float(_num(_la_month(rows, p)["Unemployed"]).sum()) for p in (_LA_PERIODS[0], _LA_LAST)]


def _la_riser(relative: bool) -> Callable[[pd.DataFrame], str]:
    def label(d: pd.DataFrame) -> str:
        before = _la_month(d, "Dec-22").set_index("LAUS Code")["Unemployment Rate (%)"]
        after = _la_month(d, _LA_LAST).set_index("LAUS Code")["Unemployment Rate (%)"]
        change = (after / before) if relative else (after - before)
        names = d.drop_duplicates("LAUS Code").set_index("LAUS Code")["County Name/State Abbreviation"]
        return str(names[change.idxmax()])

    return label


def _la_douglas(d: pd.DataFrame) -> list[float]:
    rows = _la_month(d, _LA_LAST)
    return [
        float(r)
        for r in rows.loc[
            rows["County Name/State Abbreviation"].str.startswith("Douglas County"), "Unemployment Rate (%)"
        ]
    ]


def _la_which_douglas(answer: str, df: pd.DataFrame) -> str | None:
    """A question back naming the three states with a Douglas County."""
    if "?" not in answer:
        return "no clarifying question"
    for abbr, name in (("NV", "Nevada"), ("OR", "Oregon"), ("WA", "Washington")):
        if not (_said(abbr, answer) or _said(name, answer)):
            return f"missing candidate {name}"
    return None


_LA_ID = ("LAUS Code", "County Name/State Abbreviation", "Period", "State FIPS Code", "County FIPS Code")
_LA_RATE = (*_LA_ID, "Unemployment Rate (%)", "Labor Force", "Unemployed", "Employed")
_LAUS_QS = [
    Q(
        "which county had the highest unemployment rate in the latest month, and what was it",
        both(
            _la_county(lambda d: str(_la_top(d)["County Name/State Abbreviation"])),
            has(lambda d: float(_la_top(d)["Unemployment Rate (%)"])),
        ),
        _LA_RATE,
    ),
    Q(
        "unemployment rate by state for that month?",
        either(_about(_la_by_state("pooled")), _about(_la_by_state("mean"))),
        _LA_RATE,
    ),
    Q(
        "how many counties were above 10% in jan 2023",
        either(has(_la_over(True)), has(_la_over(False))),
        _LA_RATE,
    ),
    Q(
        "chart total unemployed in california by month. what was it in the first and last month?",
        _scaled(_la_ca_unemployed, (1e3, 1e6)),
        _LA_RATE,
    ),
    Q(
        "which county saw the biggest jump in its rate from dec 22 to dec 23?",
        either(_la_county(_la_riser(False)), _la_county(_la_riser(True))),
        _LA_RATE,
    ),
    Q(
        "whats the rate in douglas county for dec 2023",
        either(_la_which_douglas, _about(_la_douglas)),
        _LA_RATE,
    ),
]


# --- 4. NOAA Climate Data Online "Daily Summaries" (GHCN-Daily), New York City stations, 2022-2023 --------------

# STATION, NAME, TMAX offset, TMIN offset (summer sea breeze on TMAX), wind, days without TMAX / TMIN
_GH_STATIONS: list[tuple[str, str, float, float, float, bool, int]] = [
    ("USW00014732", "LAGUARDIA AIRPORT, NY US", 0.8, 1.8, -0.5, True, 3),
    ("USW00094728", "NY CITY CENTRAL PARK, NY US", 0.0, 0.0, 0.0, False, 1),
    ("USW00094789", "JFK INTERNATIONAL AIRPORT, NY US", -0.6, 0.3, -3.0, True, 13),
]
# Days the three stations saw the same big weather: (day, temperature anomaly (°F), rain at each station)
_GH_EVENTS: dict[str, tuple[float, tuple[float, float, float] | None]] = {
    "2022-07-24": (13.0, None),
    "2022-12-23": (-12.0, (1.12, 1.05, 0.98)),
    "2022-12-24": (-24.0, None),
    "2022-12-25": (-19.0, None),
    "2023-02-04": (-27.0, None),
    "2023-07-28": (6.0, None),
    "2023-09-06": (13.0, None),
    "2023-09-07": (16.0, None),
    "2023-09-29": (-6.0, (7.82, 5.48, 8.05)),
}
_GH_COLUMNS = _split(
    "STATION;NAME;DATE;AWND;PRCP;SNOW;SNWD;TAVG;TMAX;TMIN;WDF2;WDF5;WSF2;WSF5;WT01;WT02;WT03;WT04;WT06;WT08"
)


def _ghcn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3604)
    days = pd.date_range("2022-01-01", "2023-12-31", freq="D")
    n = len(days)
    doy = np.asarray(days.day_of_year, dtype=float)
    wave = np.cos(2 * np.pi * (doy - 201) / 365.25)
    norm_max, norm_min = 62.0 + 23.5 * wave, 48.0 + 20.5 * wave
    anomaly = np.zeros(n)
    for i in range(1, n):
        anomaly[i] = 0.72 * anomaly[i - 1] + float(rng.normal(0, 4.6))
    anomaly *= 1 - 0.4 * np.clip(wave, 0, None)
    wet_p = 0.31 + 0.04 * np.cos(2 * np.pi * (doy - 200) / 365.25)
    wet = rng.random(n) < wet_p
    amount = np.where(wet, rng.gamma(0.75, 0.55, n), 0.0)
    forced_rain: dict[int, tuple[float, float, float]] = {}
    for stamp, (delta, rain) in _GH_EVENTS.items():
        i = int((pd.Timestamp(stamp) - days[0]).days)
        anomaly[i] += delta
        if rain is not None:
            forced_rain[i] = rain
            wet[i] = True
    smoke = (days >= "2023-06-06") & (days <= "2023-06-08")
    frames = []
    for k, (station, name, dmax, dmin, breeze, windy, gaps) in enumerate(_GH_STATIONS):
        own = rng.normal(0, 1.4, n)
        summer = np.clip(wave, 0, None)
        tmax = norm_max + anomaly + own + dmax + breeze * summer - np.where(wet, 3.0, 0.0)
        tmin = norm_min + 0.85 * anomaly + rng.normal(0, 1.6, n) + dmin + np.where(wet, 2.0, 0.0)
        tmin = np.minimum(tmin, tmax - 2)
        tmax_i, tmin_i = np.round(tmax), np.round(tmin)
        seen = wet & (rng.random(n) < 0.88)
        prcp = np.where(seen, amount * rng.lognormal(0, 0.35, n), 0.0)
        prcp = np.where((~wet) & (rng.random(n) < 0.06), rng.choice([0.01, 0.02, 0.03], n), prcp)
        for i, rain in forced_rain.items():
            prcp[i] = rain[k]
        prcp = np.round(prcp, 2)
        snow = np.where((tmax_i <= 34) & (prcp >= 0.05), np.round(prcp * rng.uniform(8, 13, n), 1), 0.0)
        depth, snwd = 0.0, np.zeros(n)
        for i in range(n):
            depth = max(0.0, depth * 0.75 - max(0.0, tmax_i[i] - 34) * 0.15) + snow[i]
            snwd[i] = round(depth)
        tavg = np.round((tmax_i + tmin_i) / 2 + rng.normal(0, 1.2, n))
        awnd = np.round(np.clip(rng.gamma(6.0, 1.9, n) + 1.5 * (k == 2), 1.0, None), 2)
        wsf2 = np.round(awnd * rng.uniform(1.6, 2.4, n), 1)
        wsf5 = np.round(wsf2 * rng.uniform(1.15, 1.45, n), 1)
        frame = pd.DataFrame(
            {
                "STATION": station,
                "NAME": name,
                "DATE": days.strftime("%Y-%m-%d"),
                "AWND": awnd if windy else np.nan,
                "PRCP": prcp,
                "SNOW": snow,
                "SNWD": snwd,
                "TAVG": tavg,
                "TMAX": tmax_i,
                "TMIN": tmin_i,
                "WDF2": (rng.integers(1, 37, n) * 10).astype(float) if windy else np.nan,
                "WDF5": (rng.integers(1, 37, n) * 10).astype(float) if windy else np.nan,
                "WSF2": wsf2 if windy else np.nan,
                "WSF5": wsf5 if windy else np.nan,
                "WT01": np.where(wet & (rng.random(n) < 0.45) | (rng.random(n) < 0.05), 1.0, np.nan),
                "WT02": np.where(wet & (rng.random(n) < 0.08), 1.0, np.nan),
                "WT03": np.where(wet & (wave > 0.3) & (rng.random(n) < 0.3), 1.0, np.nan),
                "WT04": np.where((snow > 0) & (rng.random(n) < 0.2), 1.0, np.nan),
                "WT06": np.where((snow > 0) & (rng.random(n) < 0.15), 1.0, np.nan),
                "WT08": np.where(smoke | (rng.random(n) < 0.04), 1.0, np.nan),
            }
        )
        if k == 1:
            frame.loc[:150, "TAVG"] = np.nan
            frame.loc[rng.random(n) < 0.08, "SNWD"] = np.nan
        else:
            frame.loc[rng.random(n) < (0.12 if k == 0 else 0.3), ["SNOW", "SNWD"]] = np.nan
        picks = rng.choice(n, gaps, replace=False)
        frame.loc[picks[: gaps - gaps // 3], ["TMAX", "TMIN", "TAVG"]] = np.nan
        frame.loc[picks[gaps - gaps // 3 :], "TMIN"] = np.nan
        frames.append(frame)
    out = pd.concat(frames, ignore_index=True)
    whole = ("SNWD", "TAVG", "TMAX", "TMIN", "WDF2", "WDF5", "WT01", "WT02", "WT03", "WT04", "WT06", "WT08")
    return out.astype(dict.fromkeys(whole, "Int64"))


def _gh_station(d: pd.DataFrame, word: str, year: int | None = None) -> pd.DataFrame:
    rows = d[d["NAME"].str.contains(word, case=False, regex=False)]
    return rows if year is None else rows[rows["DATE"].str.startswith(str(year))]


def _gh_hottest(d: pd.DataFrame) -> pd.DataFrame:
    rows = _gh_station(d, "CENTRAL PARK", 2023)
    return rows[rows["TMAX"] == rows["TMAX"].max()]


def _gh_range(d: pd.DataFrame) -> list[float]:
    spread = d["TMAX"] - d["TMIN"]
    by = spread.groupby(d["STATION"]).mean()
    return [float(by[s[0]]) for s in _GH_STATIONS]


def _gh_wettest(year: int) -> Callable[[pd.DataFrame], int]:
    def month(d: pd.DataFrame) -> int:
        rows = _gh_station(d, "CENTRAL PARK", year)
        return int(rows.groupby(rows["DATE"].str[5:7])["PRCP"].sum().idxmax())

    return month


def _gh_gaps(d: pd.DataFrame) -> float:
    rows = _gh_station(d, "JFK")
    return float((rows["TMAX"].isna() | rows["TMIN"].isna()).sum())


def _gh_gaps_apart(d: pd.DataFrame) -> list[float]:
    rows = _gh_station(d, "JFK")
    return [float(rows["TMAX"].isna().sum()), float(rows["TMIN"].isna().sum())]


_GH_ID = ("STATION", "NAME", "DATE")
_GHCN_QS = [
    Q(
        "hottest day at central park in 2023? date + temp",
        both(has(lambda d: float(_gh_hottest(d)["TMAX"].iloc[0])), _day(lambda d: list(_gh_hottest(d)["DATE"]))),
        (*_GH_ID, "TMAX", "TAVG"),
    ),
    Q(
        "how many days did LGA hit 90 or above in 2023",
        has(lambda d: float((_gh_station(d, "LAGUARDIA", 2023)["TMAX"] >= 90).sum())),
        (*_GH_ID, "TMAX", "TAVG"),
    ),
    Q(
        "avg daily temp range (tmax - tmin) for each staton?",
        _about(_gh_range),
        (*_GH_ID, "TMAX", "TMIN", "TAVG"),
    ),
    Q(
        "monthly precip totals at central park for 2022 as a chart, which month was wettest",
        _near_top(_month_word(_gh_wettest(2022))),
        (*_GH_ID, "PRCP", "SNOW"),
    ),
    Q(
        "and 2023?",
        _near_top(_month_word(_gh_wettest(2023))),
        (*_GH_ID, "PRCP", "SNOW"),
    ),
    Q(
        "how many days is jfk missing a tmax or tmin reading",
        either(has(_gh_gaps), has(_gh_gaps_apart)),
        (*_GH_ID, "TMAX", "TMIN", "TAVG"),
    ),
]


# --- 5. Human Resources Data Set (Dr. Rich Huebner, Kaggle HRDataset_v14.csv) -------------------------------------

_HR_PRODUCTION = "Production       "
# Department, DeptID, turnover, positions as name:PositionID:head count:lowest salary:highest salary
_HR_DEPTS: list[tuple[str, int, float, str]] = [
    (
        _HR_PRODUCTION,
        5,
        0.40,
        "Production Technician I:19:137:45000:66000;Production Technician II:20:57:55000:75000;"
        "Production Manager:18:14:61000:80000;Director of Operations:12:1:170500:170500",
    ),
    (
        "IT/IS",
        3,
        0.20,
        "IT Support:15:7:60000:72000;Database Administrator:9:10:98000:115000;Network Engineer:16:5:64000:71000;"
        "Sr. Network Engineer:23:5:90000:106000;BI Developer:4:4:94000:105000;Senior BI Developer:21:3:108000:116000;"
        "Data Analyst:14:6:83000:97000;Data Analyst :14:1:83000:97000;IT Manager - DB:13:2:138000:145000;"
        "IT Manager - Support:13:1:138888:138888;IT Manager - Infra:13:1:157000:157000;IT Director:11:1:178000:178000;"
        "CIO:6:1:220450:220450;Data Architect:8:1:150290:150290;Enterprise Architect:10:1:150000:150000;"
        "Principal Data Architect:24:1:120000:120000",
    ),
    (
        "Sales",
        6,
        0.13,
        "Area Sales Manager:2:27:55000:70000;Sales Manager:22:3:108000:115000;Director of Sales:7:1:180000:180000",
    ),
    (
        "Software Engineering",
        4,
        0.18,
        "Software Engineer:24:10:90000:110000;Software Engineering Manager:25:1:140000:140000",
    ),
    (
        "Admin Offices",
        1,
        0.22,
        "Accountant I:1:3:60000:65000;Administrative Assistant:2:3:50000:56000;Sr. Accountant:26:2:90000:104000;"
        "Shared Services Manager:27:1:93000:93000",
    ),
    ("Executive Office", 2, 0.0, "President & CEO:28:1:250000:250000"),
]
_HR_MANAGER_IDS = {"Michael Albert": 22, "Elijiah Gray": 16, "Kissy Sullivan": 20, "Webster Butler": 39}
_HR_MANAGER_IDS |= {"Amy Dunn": 11, "Ketsia Liebig": 19, "Brannon Miller": 12, "David Stanley": 14}
_HR_MANAGER_IDS |= {"Kelley Spirea": 18, "Janet King": 2, "Simon Roup": 4, "Peter Monroe": 7, "Eric Dougall": 6}
_HR_MANAGER_IDS |= {"Brian Champaigne": 13, "Jennifer Zamora": 5, "John Smith": 17, "Lynn Daneault": 21}
_HR_MANAGER_IDS |= {"Debra Houlihan": 15, "Alex Sweetwater": 10, "Brandon R. LeBlanc": 1, "Board of Directors": 9}
_HR_TEAMS = {
    "Production Technician": "Michael Albert;Elijiah Gray;Kissy Sullivan;Webster Butler;Amy Dunn;Ketsia Liebig;"
    "Brannon Miller;David Stanley;Kelley Spirea",
    "Production Manager": "Janet King",
    "IT/IS": "Simon Roup;Peter Monroe;Eric Dougall;Brian Champaigne;Jennifer Zamora",
    "Area Sales Manager": "John Smith;Lynn Daneault;Debra Houlihan",
    "Sales Manager": "Debra Houlihan",
    "Software Engineer": "Alex Sweetwater",
    "Admin Offices": "Brandon R. LeBlanc",
}
_HR_FIRST = _split(
    "Wilson;Karthikeyan;Sarah;Trina;Carlos;Rachael;Renee;Sean;Lisa;Jonathan;Jayne;Rick;Jean;Nader;Sandra;Ismail;"
    "Mia;Bartholemew;Alejandro;Joe;Anthony;Barbara;Anna;Ricardo;Linda;Jennifer;Hubert;Amy;Lindsay;Nicholas;Elisa;"
    "Kayla;Maruk;Dheepa;Tamara;Dawn;Michael;Charles;Thelma;Jessica;Luisa;Mary;Lynn;Norman;Jyoti;Alex;Kramer;Noelle;"
    "Donysha;Ketsia;Jason;Susan;Colby;Claudia;Sharon;Mohammed;Frank;Keyla;Lenora;Tanya;Bianca;Cybil;Taisha;Ivan;"
    "Kimberly;Rose;Joanne;Kristen;Shana;Gaston;Brooke;Dian;Lori;Leigh;Vanessa;Reco;Ermine;Alfred;Jacquelyn;Kevin"
)
_HR_LAST = _split(
    "Adinolfi;Ait Sidi;Akinkuolie;Alagbe;Anderson;Andreola;Athwal;Bachiochi;Bacong;Barbara;Barbossa;Barone;"
    "Barton;Bates;Beak;Beatrice;Becker;Bernstein;Biden;Billis;Blount;Bondwell;Booth;Bozzi;Bramante;Brill;Brown;"
    "Buccheri;Bugali;Bunbury;Burke;Burkett;Butler;Cady;Calderon;Candie;Carabbio;Carey;Carr;Carter;Chace;"
    "Champaigne;Chan;Chang;Chivukula;Cierpiszewski;Clayton;Cloninger;Close;Clukey;Cockel;Cole;Corleone;Cornett;"
    "Costa;Crimmings;Cross;Daneault;Daniele;Darson;Davis;DeGweck;Del Bosque;Demita;Desimone;DiNocco;Dickinson;"
    "Dietrich;Digitale;Dobrin;Dolan;Dougall;Dunn;Eaton;Engdahl;England;Erilus;Estremera;Evensen;Exantus;Faller;"
    "Fancett;Favis;Ferguson;Fernandes;Ferreira;Fett;Fidelia;Fitzpatrick;Foreman;Foss;Foster-Baker;Fraval;Friedman;"
    "Galia;Garcia;Gaul;Gentry;Gerke;Gill;Gilles;Girifalco;Givens;Goble;Goeth;Gold;Gonzalez;Gordon;Gosciminski;"
    "Goyal;Gray;Gross;Gruber;Guilianno;Handschiedt;Hankard;Harrison;Heitzman;Horton;Houlihan;Howard;Hudson;Hunts;"
    "Hutter;Huynh;Immediato;Ivey;Jackson;Jacobi;Jeannite;Jeremy;Jhaveri;Johnson;Johnston;Jung;Kampew;Keatts;"
    "Khemmich;King;Kinsella;Kirill;Knapp;Kretschmer;Kreuger;Lajiri;Langford;Latif;Le;LeBel;LeBlanc;Leach;Leruth;"
    "Liebig;Linares;Linden;Lindsay;Lundy;Lunquist;Lydon;Lynch;MacLennan;Mahoney;Manchester;Mancuso;Mangal;Martin"
)
_HR_SOURCES = {"Indeed": 87, "LinkedIn": 76, "Google Search": 49, "Employee Referral": 31, "Diversity Job Fair": 29}
_HR_SOURCES |= {"CareerBuilder": 23, "Website": 13, "Other": 2, "On-line Web application": 1}
_HR_VOLUNTARY = {"Another position": 26, "unhappy": 14, "more money": 11, "career change": 9, "hours": 8}
_HR_VOLUNTARY |= {"return to school": 5, "relocation out of area": 5, "military": 4, "retiring": 4}
_HR_VOLUNTARY |= {"maternity leave - did not return": 3, "medical issues": 3, "Fatal attraction": 1}
_HR_CAUSE = {"attendance": 7, "performance": 4, "no-call, no-show": 4, "gross misconduct": 1}
_HR_CAUSE |= {"Learned that he is a gangster": 1}
_HR_MA_ZIPS = [1450, 1460, 1701, 1752, 1810, 1821, 1824, 1844, 1867, 1876, 1880, 1886, 1901, 1960, 2026, 2030]
_HR_MA_ZIPS += [2045, 2062, 2108, 2115, 2119, 2122, 2126, 2128, 2130, 2135, 2138, 2140, 2143, 2145, 2148, 2151]
_HR_MA_ZIPS += [2169, 2176, 2184, 2301, 2330, 2343, 2421, 2445, 2451, 2458, 2472, 2474, 2478, 2492, 2703, 2747]
_HR_AWAY = {"CT": 6050, "TX": 78230, "VT": 5664, "VA": 21851, "OH": 43050, "PA": 17961, "GA": 30428, "NC": 27229}
_HR_AWAY |= {"TN": 37129, "NY": 10171, "ID": 83706, "RI": 2908, "FL": 33174, "NH": 3062, "IN": 46204, "KY": 40220}
_HR_AWAY |= {"CO": 80820, "NV": 89139, "WA": 98052, "UT": 84111, "MT": 59102, "AZ": 85006, "AL": 36006, "ME": 4063}
_HR_MARITAL = ["Single", "Married", "Divorced", "Separated", "Widowed"]
_HR_RACES = {"White": 187, "Black or African American": 80, "Asian": 29, "Two or more races": 11}
_HR_RACES |= {"American Indian or Alaska Native": 3, "Hispanic": 1}
_HR_SCORES = {"Exceeds": 4, "Fully Meets": 3, "Needs Improvement": 2, "PIP": 1}
_HR_END = pd.Timestamp("2018-11-30")


def _hr_day(stamp: pd.Timestamp) -> str:
    return f"{stamp.month}/{stamp.day}/{stamp.year}"


def _hr_team(position: str, dept: str) -> str:
    if position in ("Director of Operations", "CIO", "President & CEO", "Director of Sales"):
        return "Board of Directors"
    for key, team in _HR_TEAMS.items():
        if position.startswith(key) or dept == key:
            return team
    return "Janet King"


def _hr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3605)
    people: list[tuple[str, str, int, float, str, int, int, int]] = []
    for dept, dept_id, turnover, table in _HR_DEPTS:
        for item in _split(table):
            title, code, count, low, high = item.split(":")
            for _ in range(int(count)):
                people.append((dept, title, int(code), turnover, title, dept_id, int(low), int(high)))
    names: list[str] = []
    while len(names) < len(people):
        first, last = str(_one(rng, _HR_FIRST)), str(_one(rng, _HR_LAST))
        if any(n.startswith(f"{last}, {first}") for n in names):
            continue
        roll = rng.random()
        tail = f"  {_one(rng, list('ABCDEFGHJKLMNPRST'))}" if roll < 0.25 else " " if roll < 0.3 else ""
        names.append(f"{last}, {first}{tail}")
    ids = rng.permutation(len(people)) + 10001
    years = list(range(2006, 2019))
    year_w = [1, 2, 3, 4, 8, 30, 18, 14, 24, 12, 6, 4, 3]
    butler_blank = 0
    rows: list[dict[str, Any]] = []
    for i, (dept, title, pos_id, turnover, _t, dept_id, pay_low, pay_high) in enumerate(people):
        year = int(_one(rng, years, year_w))
        hired = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 200 if year == 2018 else 365)))
        score = str(_one(rng, list(_HR_SCORES), [12, 78, 6, 4]))
        left = rng.random() < turnover * (1.6 if score == "PIP" else 1.0)
        ended: pd.Timestamp | None = None
        if left:
            ended = hired + pd.Timedelta(days=int(rng.lognormal(np.log(900), 0.7)))
            if ended > _HR_END:
                span = int((_HR_END - hired).days)
                ended = hired + pd.Timedelta(days=int(rng.integers(60, span))) if span > 90 else None
        if ended is None:
            status, reason, status_id = "Active", "N/A-StillEmployed", 1
        elif rng.random() < (0.6 if score in ("PIP", "Needs Improvement") else 0.12):
            status, reason, status_id = (
                "Terminated for Cause",
                str(_one(rng, list(_HR_CAUSE), list(_HR_CAUSE.values()))),
                4,
            )
        else:
            status = "Voluntarily Terminated"
            reason, status_id = str(_one(rng, list(_HR_VOLUNTARY), list(_HR_VOLUNTARY.values()))), 5
        male = rng.random() < 0.43
        marital = int(_one(rng, range(5), [45, 40, 10, 4, 2]))
        source = str(_one(rng, list(_HR_SOURCES), list(_HR_SOURCES.values())))
        state = "MA"
        if title == "Area Sales Manager" and rng.random() < 0.9:
            state = str(_one(rng, list(_HR_AWAY)))
        zip_code = _HR_AWAY[state] if state != "MA" else int(_one(rng, _HR_MA_ZIPS))
        born = pd.Timestamp(int(rng.integers(1951, 1993)), 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        manager = str(_one(rng, _split(_hr_team(title, dept.strip()))))
        manager_id: float | None = float(_HR_MANAGER_IDS[manager])
        if manager == "Webster Butler" and butler_blank < 8 and rng.random() < 0.5:
            manager_id, butler_blank = None, butler_blank + 1
        hispanic = str(_one(rng, ["No", "Yes", "no", "yes"], [282, 26, 1, 2]))
        engagement = 2.4 + float(rng.normal(0, 0.5)) if score == "PIP" else float(rng.normal(4.15, 0.55))
        if ended is None:
            review = pd.Timestamp("2019-01-02") + pd.Timedelta(days=int(rng.integers(0, 58)))
        else:
            review = max(hired, ended - pd.Timedelta(days=int(rng.integers(30, 300))))
        late = int(rng.integers(1, 7)) if score in ("PIP", "Needs Improvement") else 0
        projects = int(rng.integers(4, 9)) if dept in ("IT/IS", "Software Engineering") else 0
        rows.append(
            {
                "Employee_Name": names[i],
                "EmpID": int(ids[i]),
                "MarriedID": int(marital == 1),
                "MaritalStatusID": marital,
                "GenderID": int(male),
                "EmpStatusID": status_id,
                "DeptID": dept_id,
                "PerfScoreID": _HR_SCORES[score],
                "FromDiversityJobFairID": int(source == "Diversity Job Fair"),
                "Salary": int(rng.integers(pay_low, pay_high + 1)),
                "Termd": int(ended is not None),
                "PositionID": pos_id,
                "Position": title,
                "State": state,
                "Zip": zip_code,
                "DOB": f"{born:%m/%d/%y}",
                "Sex": "M " if male else "F",
                "MaritalDesc": _HR_MARITAL[marital],
                "CitizenDesc": str(_one(rng, ["US Citizen", "Eligible NonCitizen", "Non-Citizen"], [295, 12, 4])),
                "HispanicLatino": hispanic,
                "RaceDesc": str(_one(rng, list(_HR_RACES), list(_HR_RACES.values()))),
                "DateofHire": _hr_day(hired),
                "DateofTermination": None if ended is None else _hr_day(ended),
                "TermReason": reason,
                "EmploymentStatus": status,
                "Department": dept,
                "ManagerName": manager,
                "ManagerID": manager_id,
                "RecruitmentSource": source,
                "PerformanceScore": score,
                "EngagementSurvey": round(min(5.0, max(1.12, engagement)), 2),
                "EmpSatisfaction": int(_one(rng, [1, 2, 3, 4, 5], [1, 3, 33, 30, 33])),
                "SpecialProjectsCount": projects,
                "LastPerformanceReview_Date": _hr_day(review),
                "DaysLateLast30": late,
                "Absences": int(rng.integers(1, 21)),
            }
        )
    return pd.DataFrame(rows).sort_values("Employee_Name", kind="stable", ignore_index=True)


def _hr_dept(d: pd.DataFrame) -> pd.Series:
    return d["Department"].str.strip()


def _hr_salaries(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_hr_dept(d))["Salary"].mean()
    return [float(by[dept.strip()]) for dept, *_ in _HR_DEPTS]


def _hr_sexes(d: pd.DataFrame) -> list[float]:
    by = d.groupby(d["Sex"].str.strip())["Salary"].mean()
    return [float(by["M"]), float(by["F"])]


def _hr_tenure(days: float) -> Callable[[pd.DataFrame], float]:
    def years(d: pd.DataFrame) -> float:
        rows = d[d["Termd"] == 1]
        span = pd.to_datetime(rows["DateofTermination"], format="%m/%d/%Y") - pd.to_datetime(
            rows["DateofHire"], format="%m/%d/%Y"
        )
        return float(span.dt.days.mean() / days)

    return years


def _hr_reason(d: pd.DataFrame) -> str:
    return str(d.loc[d["EmploymentStatus"] == "Voluntarily Terminated", "TermReason"].value_counts().index[0])


_HR_ID = ("Employee_Name", "EmpID", "Termd", "EmploymentStatus", "EmpStatusID")
_HR_QS = [
    Q(
        "avg salary by dept?",
        _scaled(_hr_salaries, (1e3,)),
        ("Salary", "Department", "DeptID", "Employee_Name", "EmpID"),
    ),
    Q(
        "whats our turnover rate",
        _share(lambda d: float(d["Termd"].mean())),
        (*_HR_ID, "DateofTermination", "TermReason"),
    ),
    Q(
        "and for production?",
        _share(lambda d: float(d.loc[_hr_dept(d) == "Production", "Termd"].mean())),
        (*_HR_ID, "DateofTermination", "TermReason", "Department", "DeptID"),
    ),
    Q(
        "men vs women avg salary",
        _scaled(_hr_sexes, (1e3,)),
        ("Salary", "Sex", "GenderID", "Employee_Name", "EmpID"),
    ),
    Q(
        "for ppl who left, avg tenure in yrs?",
        either(_about(_hr_tenure(365.25)), _about(_hr_tenure(365.0))),
        (*_HR_ID, "DateofHire", "DateofTermination", "TermReason"),
    ),
    Q(
        "most common reason among the voluntary leavers",
        _near_top(_named(_hr_reason)),
        (*_HR_ID, "TermReason", "DateofTermination"),
    ),
]


# --- 6. Department for Transport "spending over £25,000", 2022-23 monthly files (data.gov.uk), concatenated -------

# Monthly grants and contracts paid by one entity: supplier, expense type, expense area, £m a month, spread (£m)
_SP_MONTHLY: list[tuple[str, str, str, str, float, float]] = [
    ("DFT(c)", "Network Rail Infrastructure Ltd", "Grant - Network Rail", "Rail Infrastructure", 560.0, 50.0),
    ("DFT(c)", "High Speed Two (HS2) Ltd", "Grant in Aid", "HS2 Programme", 420.0, 40.0),
    ("DFT(c)", "National Highways Ltd", "Grant in Aid", "Roads Investment", 380.0, 45.0),
    ("DFT(c)", "Transport for London", "Grant - Transport for London", "Local Transport", 95.0, 12.0),
    ("DFT(c)", "Northern Trains Ltd", "Rail Franchise Payments", "Rail Services", 68.0, 6.0),
    ("DFT(c)", "Govia Thameslink Railway Ltd", "Rail Franchise Payments", "Rail Services", 58.0, 6.0),
    ("DFT(c)", "TransPennine Express Ltd", "Rail Franchise Payments", "Rail Services", 28.0, 4.0),
    ("MCA", "Bristow Helicopters Ltd", "Search and Rescue Helicopter Services", "Coastguard Operations", 14.5, 1.0),
]
_SP_QUARTERLY = [
    ("Greater Manchester Combined Authority", 45.0),
    ("West Midlands Combined Authority", 40.0),
    ("West Yorkshire Combined Authority", 30.0),
]
# Entity: weight, then supplier|expense type|expense area|weight|median £k
_SP_ENTITIES: dict[str, tuple[float, str]] = {
    "DFT(c)": (
        40.0,
        "Mott MacDonald Ltd|Consultancy|Rail Infrastructure|9|90;"
        "Ove Arup & Partners Ltd|Consultancy|Roads Investment|6|85;"
        "KPMG LLP|Consultancy|Corporate Services|5|120;PA Consulting Services Ltd|Consultancy|Digital Services|5|110;"
        "Deloitte LLP|Consultancy|Corporate Services|4|140;Jacobs UK Ltd|Consultancy|HS2 Programme|4|95;"
        "AECOM Ltd|Professional Services|Local Transport|5|70;"
        "Government Legal Department|Legal Services|Corporate Services|5|60;"
        "Hays Specialist Recruitment Ltd|Agency Staff|Corporate Services|7|45;"
        "Microsoft Ltd|Software Licences|Digital Services|2|150;Sopra Steria Ltd|IT Services|Digital Services|5|180;"
        "Leeds City Council|Grant to Local Authorities|Local Transport|3|900;"
        "Kent County Council|Grant to Local Authorities|Local Transport|3|700;"
        "Cornwall Council|Grant to Local Authorities|Local Transport|2|500",
    ),
    "DVLA": (
        22.0,
        "CAPITA BUSINESS SERVICES LTD|Contact Centre Services|Driver Licensing|6|120;"
        "ROYAL MAIL GROUP LTD|Postage & Courier|Driver Licensing|8|250;"
        "ATOS IT SERVICES UK LTD|IT Services|Digital Services|6|200;"
        "SOPRA STERIA LTD|IT Services|Digital Services|4|150;"
        "XEROX (UK) LTD|Print Services|Vehicle Services|4|60;"
        "BRITISH TELECOMMUNICATIONS PLC|Telecoms|Corporate Services|3|50;"
        "HAYS SPECIALIST RECRUITMENT LTD|Agency Staff|Driver Licensing|4|40",
    ),
    "DVSA": (
        18.0,
        "Capita Business Services Ltd|Theory Test Services|Testing Operations|5|300;"
        "Landmarc Support Services Ltd|Estates - Facilities Management|Testing Operations|5|80;"
        "Serco Ltd|Contact Centre Services|Testing Operations|3|90;"
        "Kier Construction Ltd|Capital - Construction|Testing Operations|3|250;"
        "Hays Specialist Recruitment Ltd|Agency Staff|Testing Operations|4|40;"
        "CBRE Ltd|Estates - Rent & Service Charges|Testing Operations|3|60",
    ),
    "MCA": (
        12.0,
        "Serco Ltd|Ship Charter|Maritime Safety|2|400;Vodafone Ltd|Telecoms|Coastguard Operations|3|45;"
        "Mitie FM Ltd|Estates - Facilities Management|Coastguard Operations|3|50",
    ),
    "VCA": (
        4.0,
        "Millbrook Proving Ground Ltd|Testing Services|Vehicle Certification|3|60;"
        "Hays Specialist Recruitment Ltd|Agency Staff|Vehicle Certification|1|35",
    ),
    "ATE": (
        4.0,
        "Sustrans|Grants to Charities|Active Travel|3|400;Living Streets|Grants to Charities|Active Travel|2|120;"
        "Cycling UK|Grants to Charities|Active Travel|1|100",
    ),
}
_SP_AREAS = _split("NW1;EC2M;SW1H;B1;M1;LS1;SA6;CF10;WC1X;RG1;BS1;PL1;MK9;NG2;SO15")
_SP_DATE_FORMATS = {4: "%d/%m/%Y", 5: "%d/%m/%Y", 6: "%d/%m/%Y", 7: "%d-%b-%y", 8: "%d-%b-%y", 9: "%d-%b-%y"}
_SP_DATE_FORMATS |= {10: "%Y-%m-%d", 11: "%Y-%m-%d", 12: "%Y-%m-%d", 1: "%d/%m/%Y", 2: "%d/%m/%Y", 3: "%d/%m/%Y"}


def _sp_money(amount: float, pounds: bool) -> str:
    if pounds:
        return f"-£{-amount:,.2f}" if amount < 0 else f"£{amount:,.2f}"
    return f"{amount:.2f}"


def _spend_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3606)
    postcodes: dict[str, str] = {}
    number = 31_800_000
    rows: list[dict[str, Any]] = []
    for month in pd.date_range("2022-04-01", periods=12, freq="MS"):
        year_end = month.month == 3
        items: list[tuple[str, str, str, str, float, str | None]] = []
        for entity, supplier, kind, area, mean, spread in _SP_MONTHLY:
            if supplier == "Transport for London" and month.month in (10, 11, 12, 1, 2, 3):
                supplier = "TRANSPORT FOR LONDON"
            items.append((entity, supplier, kind, area, 1e6 * float(rng.normal(mean, spread)), "Grant payment"))
        if year_end:
            items.append(
                (
                    "DFT(c)",
                    "Network Rail Infrastructure Ltd",
                    "Grant - Network Rail",
                    "Rail Infrastructure",
                    1e6 * float(rng.normal(350, 20)),
                    "Grant payment",
                )
            )
            items.append(
                (
                    "DFT(c)",
                    "National Highways Ltd",
                    "Grant in Aid",
                    "Roads Investment",
                    1e6 * float(rng.normal(250, 20)),
                    "Grant payment",
                )
            )
        if month.month in (6, 9, 12, 3):
            for supplier, mean in _SP_QUARTERLY:
                amount = 1e6 * float(rng.normal(mean, 4))
                items.append(
                    ("DFT(c)", supplier, "Grant to Local Authorities", "Local Transport", amount, "CRSTS grant")
                )
        if month.month == 11:
            items.append(
                (
                    "DFT(c)",
                    "National Highways Ltd",
                    "Grant in Aid",
                    "Roads Investment",
                    -38_500_000.0,
                    "Recovery of overpaid grant",
                )
            )
        for _ in range(int(rng.poisson(225 if year_end else 140))):
            entity = str(_one(rng, list(_SP_ENTITIES), [e[0] for e in _SP_ENTITIES.values()]))
            table = [x.split("|") for x in _split(_SP_ENTITIES[entity][1])]
            supplier, kind, area, _w, median = table[int(_one(rng, range(len(table)), [float(t[3]) for t in table]))]
            amount = 0.0
            while amount < 25_000:
                amount = 1000 * float(median) * float(rng.lognormal(0, 0.8))
            if rng.random() < 0.02:
                amount = -amount
            note = str(_one(rng, ["Credit note", "Overpayment recovered"])) if amount < 0 else None
            items.append((entity, supplier, kind, area, round(amount, 2), note))
        stamped = []
        for entity, supplier, kind, area, amount, note in items:
            day = month + pd.Timedelta(days=int(rng.integers(0, month.days_in_month)))
            stamped.append((entity, day, supplier, kind, area, amount, note))
        stamped.sort(key=lambda r: (r[0], r[1]))
        for entity, day, supplier, kind, area, amount, note in stamped:
            key = supplier.casefold()
            if key not in postcodes:
                letters = "".join(_one(rng, list("ABDEFGHJLNPQRSTUWXYZ")) for _ in range(2))
                postcodes[key] = f"{_one(rng, _SP_AREAS)} {int(rng.integers(1, 10))}{letters}"
            number += int(rng.integers(1, 40))
            rows.append(
                {
                    "Department family": "Department for Transport",
                    "Entity": entity,
                    "Date": f"{day:{_SP_DATE_FORMATS[month.month]}}",
                    "Expense type": kind,
                    "Expense area": area,
                    "Supplier": supplier,
                    "Transaction number": number,
                    "Amount": _sp_money(round(amount, 2), month.month in (4, 5, 6, 7, 8, 9)),
                    "Description": note,
                    "Supplier Postcode": None if rng.random() < 0.15 else postcodes[key],
                }
            )
    return pd.DataFrame(rows)


def _sp_amount(d: pd.DataFrame) -> pd.Series:
    return _num(d["Amount"])


def _sp_supplier(d: pd.DataFrame) -> pd.Series:
    return d["Supplier"].str.strip().str.casefold()


def _sp_when(d: pd.DataFrame) -> pd.Series:
    dates = d["Date"].astype("string").str.strip()
    out = pd.to_datetime(dates, format="%d/%m/%Y", errors="coerce")
    for fmt in ("%d-%b-%y", "%Y-%m-%d"):
        out = out.fillna(pd.to_datetime(dates, format=fmt, errors="coerce"))
    return out


def _sp_plain_name(name: str) -> str:
    """A supplier without its legal form: "Mott MacDonald" of "Mott MacDonald Ltd"."""
    return re.sub(r"\s+(?:ltd|llp|plc|limited)$", "", name.strip(), flags=re.IGNORECASE).strip()


_SP_EXTRA: dict[str, tuple[str, ...]] = {"high speed two (hs2) ltd": ("HS2",), "transport for london": ("TfL",)}
_SP_EXTRA |= {"network rail infrastructure ltd": ("Network Rail",), "northern trains ltd": ("Northern",)}
_SP_EXTRA |= {"govia thameslink railway ltd": ("GTR", "Govia Thameslink", "Thameslink")}
_SP_EXTRA |= {"ove arup & partners ltd": ("Arup",)}


def _sp_named(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every supplier appears, as in the file, without its "Ltd" / "LLP" / "PLC", or by its usual short name."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for want in values(df):
            names = (want, _sp_plain_name(want), *_SP_EXTRA.get(want, ()))
            if not any(_said(n, answer) for n in names):
                return f"missing supplier {want!r}"
        return None

    return check


def _sp_top5(d: pd.DataFrame) -> list[str]:
    return list(_sp_amount(d).groupby(_sp_supplier(d)).sum().sort_values(ascending=False).index[:5])


def _sp_total(gross: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        amount = _sp_amount(d)
        return float(amount[amount > 0].sum() if gross else amount.sum())

    return total


def _sp_top_month(d: pd.DataFrame) -> pd.Timestamp:
    by = _sp_amount(d).groupby(_sp_when(d).dt.to_period("M")).sum()
    return by.idxmax().to_timestamp()


def _sp_means(positive: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        amount = _sp_amount(d)
        keep = amount > 0 if positive else amount.notna()
        by = amount[keep].groupby(d.loc[keep, "Entity"]).mean()
        return [float(by["DVLA"]), float(by["DVSA"])]

    return means


def _sp_credits(sign: float) -> Callable[[pd.DataFrame], float]:
    """The credit notes' total, as a positive amount (1) or as the file has it (-1)."""

    def total(d: pd.DataFrame) -> float:
        amount = _sp_amount(d)
        return float(-sign * amount[amount < 0].sum())

    return total


def _sp_consultant(d: pd.DataFrame) -> list[str]:
    rows = d[d["Expense type"].str.strip().str.casefold() == "consultancy"]
    return [str(_sp_supplier(rows).value_counts().index[0])]


_SP_ID = ("Amount", "Supplier", "Date", "Transaction number", "Entity")
_SPEND_QS = [
    Q(
        "total spend in the file?",
        either(_scaled(_sp_total(False), (1e3, 1e6, 1e9)), _scaled(_sp_total(True), (1e3, 1e6, 1e9))),
        _SP_ID,
    ),
    Q(
        "top 5 suppliers by amount",
        _sp_named(_sp_top5),
        _SP_ID,
    ),
    Q(
        "plot spend by month - which month was highest?",
        _near_top(_month_year(_sp_top_month)),
        _SP_ID,
    ),
    Q(
        "how many negative amounts (credit notes) are there and what do they add up to",
        both(
            has(lambda d: float((_sp_amount(d) < 0).sum())),
            either(_scaled(_sp_credits(1.0), (1e3, 1e6)), _scaled(_sp_credits(-1.0), (1e3, 1e6))),
        ),
        (*_SP_ID, "Description"),
    ),
    Q(
        "avg payment size DVLA vs DVSA",
        either(_scaled(_sp_means(False), (1e3, 1e6)), _scaled(_sp_means(True), (1e3, 1e6))),
        (*_SP_ID, "Department family"),
    ),
    Q(
        "which supplier got the most consultancy payments (number of payments, not value)",
        _near_top(_sp_named(_sp_consultant)),
        (*_SP_ID, "Expense type", "Expense area"),
    ),
]


# --- 7. Lahman Baseball Database, Batting.csv, 2017-2019 -----------------------------------------------------------

# teamID, lgID, nickname, city, base-stealing
_LH_TEAMS: list[tuple[str, str, str, str, float]] = [
    ("BAL", "AL", "Orioles", "Baltimore", 0.8),
    ("BOS", "AL", "Red Sox", "Boston", 1.0),
    ("CHA", "AL", "White Sox", "Chicago", 0.9),
    ("CLE", "AL", "Indians", "Cleveland", 1.2),
    ("DET", "AL", "Tigers", "Detroit", 0.9),
    ("HOU", "AL", "Astros", "Houston", 0.9),
    ("KCA", "AL", "Royals", "Kansas City", 1.7),
    ("LAA", "AL", "Angels", "Los Angeles", 1.1),
    ("MIN", "AL", "Twins", "Minnesota", 0.8),
    ("NYA", "AL", "Yankees", "New York", 0.9),
    ("OAK", "AL", "Athletics", "Oakland", 0.7),
    ("SEA", "AL", "Mariners", "Seattle", 1.2),
    ("TBA", "AL", "Rays", "Tampa Bay", 1.2),
    ("TEX", "AL", "Rangers", "Texas", 1.3),
    ("TOR", "AL", "Blue Jays", "Toronto", 0.8),
    ("ARI", "NL", "Diamondbacks", "Arizona", 1.1),
    ("ATL", "NL", "Braves", "Atlanta", 1.0),
    ("CHN", "NL", "Cubs", "Chicago", 0.9),
    ("CIN", "NL", "Reds", "Cincinnati", 1.1),
    ("COL", "NL", "Rockies", "Colorado", 1.0),
    ("LAN", "NL", "Dodgers", "Los Angeles", 0.9),
    ("MIA", "NL", "Marlins", "Miami", 1.2),
    ("MIL", "NL", "Brewers", "Milwaukee", 1.2),
    ("NYN", "NL", "Mets", "New York", 0.8),
    ("PHI", "NL", "Phillies", "Philadelphia", 0.9),
    ("PIT", "NL", "Pirates", "Pittsburgh", 1.0),
    ("SDN", "NL", "Padres", "San Diego", 1.2),
    ("SFN", "NL", "Giants", "San Francisco", 0.8),
    ("SLN", "NL", "Cardinals", "St. Louis", 1.0),
    ("WAS", "NL", "Nationals", "Washington", 1.3),
]
_LH_ALIASES: dict[str, tuple[str, ...]] = {t[0]: (t[2],) for t in _LH_TEAMS}
_LH_FIRST = _split(
    "Aaron;Adam;Adrian;Alex;Andrew;Anthony;Austin;Ben;Blake;Brandon;Brett;Brian;Bryce;Caleb;Carlos;Chris;Cody;Corey;"
    "Daniel;David;Derek;Dylan;Eddie;Eric;Evan;Francisco;Freddie;Gary;Ian;Jake;James;Jason;Javier;Jesse;Joey;Jonathan;"
    "Jorge;Jose;Josh;Juan;Justin;Kevin;Kyle;Luis;Manny;Marcus;Mark;Matt;Michael;Miguel;Mike;Nelson;Nick;Pedro;"
    "Rafael;Ramon;Ricky;Robbie;Ryan;Salvador;Scott;Sean;Shane;Steven;Taylor;Tim;Travis;Trevor;Tyler;Victor;Wil;Zack"
)
_LH_LAST = _split(
    "Abreu;Acuna;Adames;Alonso;Altuve;Anderson;Andrus;Arenado;Baez;Barnes;Bell;Bellinger;Betts;Blackmon;Bogaerts;"
    "Bregman;Bryant;Buxton;Cabrera;Cain;Calhoun;Castellanos;Castro;Chapman;Cruz;Davis;DeJong;Devers;Diaz;Donaldson;"
    "Duvall;Escobar;Flores;Frazier;Freeman;Gallo;Garcia;Goldschmidt;Gomez;Gonzalez;Gordon;Gregorius;Grichuk;Gurriel;"
    "Harper;Hernandez;Hicks;Hosmer;Jimenez;Judge;Kemp;Kepler;Kingery;LeMahieu;Lindor;Machado;Mancini;Margot;Marte;"
    "Martinez;McCutchen;Merrifield;Moncada;Moustakas;Munoz;Nimmo;Olson;Ozuna;Perez;Pham;Polanco;Posey;Puig;Ramirez;"
    "Realmuto;Rendon;Reyes;Rizzo;Robles;Rodriguez;Rojas;Rosario;Santana;Schwarber;Seager;Semien;Smith;Soler;Soto;"
    "Springer;Stanton;Story;Suarez;Swanson;Tatis;Taylor;Torres;Trout;Turner;Upton;Urshela;Villar;Votto;Walker;"
    "Wendle;Whitfield;Yelich;Zimmerman;Zunino;Adams;Baker;Beck;Bishop;Bradley;Brown;Burns;Chavez;Clark;Cole;Cook;"
    "Cooper;Cruz;Dunn;Ellis;Fisher;Ford;Gray;Green;Hall;Hamilton;Hill;Holt;Hudson;Hughes;James;Jones;Kelly;King;Lee;"
    "Lopez;Lynn;Mills;Moore;Morgan;Morton;Nola;Ortiz;Owens;Parker;Peralta;Price;Reed;Rivera;Rogers;Ross;Ruiz;Sale;"
    "Scherzer;Shaw;Snell;Strasburg;Stroman;Ureña;Verlander;Wainwright;Ward;Watson;Webb;Wheeler;Williams;Wood;Young"
)
_LH_HR_MULT = {2017: 1.0, 2018: 0.93, 2019: 1.12}
_LH_AVG_SHIFT = {2017: 0.0, 2018: -0.006, 2019: -0.002}
_LH_STAT_COLUMNS = _split("G;AB;R;H;2B;3B;HR;RBI;SB;CS;BB;SO;IBB;HBP;SH;SF;GIDP")


def _lh_id(rng: np.random.Generator, used: set[str]) -> str:
    first, last = str(_one(rng, _LH_FIRST)), str(_one(rng, _LH_LAST))
    stem = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode().lower())[:5]
    stem += first.lower()[:2]
    k = 1
    while f"{stem}{k:02d}" in used:
        k += 1
    used.add(f"{stem}{k:02d}")
    return f"{stem}{k:02d}"


def _lh_player(rng: np.random.Generator, kind: str, used: set[str]) -> dict[str, Any]:
    if kind == "pit":
        return {
            "id": _lh_id(rng, used),
            "kind": kind,
            "avg": max(0.03, float(rng.normal(0.12, 0.03))),
            "hr": 0.006,
            "bb": 0.04,
            "so": 0.4,
            "speed": 0.5,
        }
    hr = float(np.clip(rng.lognormal(np.log(0.03 if kind == "reg" else 0.024), 0.42), 0.004, 0.062))
    return {
        "id": _lh_id(rng, used),
        "kind": kind,
        "avg": float(rng.normal(0.262 if kind == "reg" else 0.235, 0.022 if kind == "reg" else 0.03)),
        "hr": hr,
        "bb": float(np.clip(rng.normal(0.085 if kind == "reg" else 0.075, 0.022), 0.03, 0.17)),
        "so": float(np.clip(0.14 + 1.7 * hr + rng.normal(0, 0.03), 0.08, 0.38)),
        "speed": float(rng.lognormal(0, 0.45)),
    }


def _lh_line(rng: np.random.Generator, p: dict[str, Any], pa: int, year: int, steal: float) -> dict[str, int]:
    """One stint's counting stats from plate appearances."""
    pitcher = p["kind"] == "pit"
    hr_rate = p["hr"] * _LH_HR_MULT[year]
    bb, hbp = int(rng.binomial(pa, p["bb"])), int(rng.binomial(pa, 0.01))
    sf, sh = int(rng.binomial(pa, 0.008)), int(rng.binomial(pa, 0.08 if pitcher else 0.003))
    ab = max(0, pa - bb - hbp - sf - sh)
    h = int(rng.binomial(ab, min(0.4, max(0.01, p["avg"] + _LH_AVG_SHIFT[year]))))
    hr = min(h, int(rng.binomial(ab, hr_rate)))
    triples = int(rng.binomial(h - hr, min(0.08, 0.025 * p["speed"])))
    doubles = int(rng.binomial(h - hr - triples, 0.26))
    sb = int(rng.poisson(pa / 600 * 6 * p["speed"] ** 2 * steal)) if not pitcher else 0
    return {
        "AB": ab,
        "R": int(rng.binomial(pa, min(0.3, 0.09 + 0.7 * hr_rate + 0.02 * p["speed"]))),
        "H": h,
        "2B": doubles,
        "3B": triples,
        "HR": hr,
        "RBI": int(rng.binomial(pa, min(0.3, 0.08 + 1.1 * hr_rate))),
        "SB": sb,
        "CS": int(rng.binomial(sb, 0.27)),
        "BB": bb,
        "SO": int(rng.binomial(pa, p["so"])),
        "IBB": int(rng.binomial(bb, 0.05)),
        "HBP": hbp,
        "SH": sh,
        "SF": sf,
        "GIDP": int(rng.binomial(pa, 0.018 / max(0.5, p["speed"]))),
    }


def _lh_season(rng: np.random.Generator, p: dict[str, Any], league: str, starter: bool) -> tuple[int, int]:
    """A season's plate appearances and games."""
    if p["kind"] == "reg":
        pa = int(np.clip(rng.normal(560, 90), 300, 720))
        return pa, int(min(162, pa / 4.1 + rng.normal(0, 5)))
    if p["kind"] == "bench":
        pa = int(rng.integers(20, 260))
        return pa, int(pa / 2.6 + rng.integers(3, 15))
    if league == "NL" and starter:
        return int(rng.integers(35, 76)), int(rng.integers(25, 35))
    pa = 0 if rng.random() < (0.65 if league == "AL" else 0.5) else int(rng.integers(1, 8))
    return pa, int(rng.integers(20, 76))


def _lahman_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3607)
    used: set[str] = set()
    kinds = ["reg"] * 9 + ["bench"] * 6 + ["pit"] * 11
    rosters = {t[0]: [_lh_player(rng, k, used) for k in kinds] for t in _LH_TEAMS}
    league = {t[0]: t[1] for t in _LH_TEAMS}
    steal = {t[0]: t[4] for t in _LH_TEAMS}
    teams = [t[0] for t in _LH_TEAMS]
    rows: list[dict[str, Any]] = []
    slugger = ""
    for year in (2017, 2018, 2019):
        if year > 2017:
            for team in teams:
                rosters[team] = [_lh_player(rng, p["kind"], used) if rng.random() < 0.25 else p for p in rosters[team]]
        trades: dict[str, tuple[str, float]] = {}
        for team in teams:
            for p in rosters[team]:
                if rng.random() < (0.03 if p["kind"] == "pit" else 0.035):
                    trades[p["id"]] = (str(_one(rng, [t for t in teams if t != team])), float(rng.uniform(0.3, 0.7)))
        if year == 2018:
            pool = [(p["hr"], p["id"]) for t in teams for p in rosters[t] if p["kind"] == "reg"]
            slugger = max(pool)[1]
            home = next(t for t in teams if any(p["id"] == slugger for p in rosters[t]))
            trades[slugger] = (next(t for t in teams if t != home and league[t] != league[home]), 0.55)
        moves: list[tuple[str, str, dict[str, Any]]] = []
        for team in teams:
            for n, p in enumerate(rosters[team]):
                starter = p["kind"] == "pit" and n < 20
                pa, games = _lh_season(rng, p, league[team], starter)
                stints = [(team, 1.0)]
                if p["id"] in trades:
                    other, share = trades[p["id"]]
                    stints = [(team, share), (other, 1 - share)]
                    moves.append((team, other, p))
                for k, (club, part) in enumerate(stints, start=1):
                    line = _lh_line(rng, p, round(pa * part), year, steal[club])
                    rows.append(
                        {
                            "playerID": p["id"],
                            "yearID": year,
                            "stint": k,
                            "teamID": club,
                            "lgID": league[club],
                            "G": max(1, round(games * part)),
                            **line,
                        }
                    )
        for old, new, p in moves:
            rosters[old] = [q for q in rosters[old] if q["id"] != p["id"]]
            rosters[new].append(p)
    frame = pd.DataFrame(rows)
    seasons = frame[frame["yearID"] == 2018]
    totals = seasons.groupby("playerID")["HR"].sum()
    for pid, hr in totals.items():
        if pid != slugger and hr > 43:
            idx = seasons.index[seasons["playerID"] == pid]
            frame.loc[idx[0], "HR"] = int(frame.loc[idx[0], "HR"]) - int(hr - 43)
    mine = frame.index[(frame["playerID"] == slugger) & (frame["yearID"] == 2018)]
    for idx, hr in zip(mine, (24, 22), strict=True):
        frame.loc[idx, "HR"] = hr
        extra = int(frame.loc[idx, "2B"]) + int(frame.loc[idx, "3B"]) + hr
        frame.loc[idx, "H"] = max(int(frame.loc[idx, "H"]), extra + 40)
    frame = frame.sort_values(["yearID", "playerID", "stint"], kind="stable", ignore_index=True)
    return frame[["playerID", "yearID", "stint", "teamID", "lgID", *_LH_STAT_COLUMNS]]


def _lh_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[d["yearID"] == year]


def _lh_leader(d: pd.DataFrame) -> str:
    return str(_lh_year(d, 2018).groupby("playerID")["HR"].sum().idxmax())


def _lh_leader_avg(d: pd.DataFrame) -> float:
    rows = _lh_year(d, 2018)
    rows = rows[rows["playerID"] == _lh_leader(d)]
    return float(rows["H"].sum() / rows["AB"].sum())


def _lh_league_avgs(d: pd.DataFrame) -> list[float]:
    by = d.groupby("yearID")[["H", "AB"]].sum()
    return [float(by.loc[y, "H"] / by.loc[y, "AB"]) for y in (2017, 2018, 2019)]


def _lh_movers(d: pd.DataFrame) -> float:
    return float((_lh_year(d, 2018).groupby("playerID")["teamID"].nunique() > 1).sum())


def _lh_pairs(combined: bool) -> tuple[Callable[[pd.DataFrame], pd.Series], Callable[[pd.DataFrame], pd.Series]]:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        if combined:
            d = d.groupby(["playerID", "yearID"])[["AB", "HR", "SO"]].sum()
        return d[d["AB"] >= 200]

    return (lambda d: rows(d)["SO"]), (lambda d: rows(d)["HR"])


def _lh_thieves(d: pd.DataFrame) -> str:
    return str(_lh_year(d, 2019).groupby("teamID")["SB"].sum().idxmax())


_LH_ID = ("playerID", "yearID", "stint", "teamID", "lgID")
_LAHMAN_QS = [
    Q(
        "who hit the most HRs in 2018",
        _near_top(_named(_lh_leader)),
        (*_LH_ID, "HR", "AB", "G"),
    ),
    Q(
        "whats his batting avg that season",
        _avg3(_lh_leader_avg),
        (*_LH_ID, "H", "AB", "HR"),
    ),
    Q(
        "league batting avg per year 2017-2019, is it going down?",
        _avg3(_lh_league_avgs),
        (*_LH_ID, "H", "AB"),
    ),
    Q(
        "how many guys played for more than one team in 2018?",
        has(_lh_movers),
        _LH_ID,
    ),
    Q(
        "corelation between strikeouts and homers, only guys with 200+ AB",
        either(_corr(*_lh_pairs(False)), _corr(*_lh_pairs(True))),
        (*_LH_ID, "SO", "HR", "AB"),
    ),
    Q(
        "which team stole the most bases in 2019",
        _near_top(_named(_lh_thieves, _LH_ALIASES)),
        (*_LH_ID, "SB", "CS"),
    ),
]


HELDOUT36: list[Dataset] = [
    Dataset("nyc_rolling_sales", _rolling_frame, _ROLLING_QS),
    Dataset("brfss_2021", _brfss_frame, _BRFSS_QS),
    Dataset("bls_laus_counties", _laus_frame, _LAUS_QS),
    Dataset("noaa_ghcn_daily_nyc", _ghcn_frame, _GHCN_QS),
    Dataset("hr_dataset_v14", _hr_frame, _HR_QS),
    Dataset("dft_spend_over_25k", _spend_frame, _SPEND_QS),
    Dataset("lahman_batting", _lahman_frame, _LAHMAN_QS),
]
