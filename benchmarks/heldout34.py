"""HELDOUT34: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of well-known public datasets: the CDC / NCHS "Leading Causes of Death:
United States" file (data.cdc.gov, NCHS_-_Leading_Causes_of_Death__United_States.csv) for 1999-2017, a long table
with "113 Cause Name" ICD-10 labels such as "Diseases of heart (I00-I09,I11,I13,I20-I51)" beside short Cause Names,
an "All Causes" / "All causes" total among the causes, a "United States" row among twelve states, Deaths and an
"Age-adjusted Death Rate"; the Chicago Transit Authority's "CTA - Ridership - 'L' Station Entries - Daily Totals"
(data.cityofchicago.org) for five stations from January 2019 to July 2020, with station_id, stationname, "01/31/2019"
dates, the W / A / U daytype code (weekday, Saturday, Sunday or holiday) and rides, through the spring 2020 collapse;
the Iowa Liquor Sales file (Iowa Alcoholic Beverages Division, as on Kaggle) for 2015-2016 with "S29198800001"
invoice/item numbers, MM/DD/YYYY dates, upper-case cities (and a few that are not), multi-line Store Location
values with "(lat, lon)" or none, float Category codes, upper-case Category Names, "Bottle Volume (ml)", "$10.76"
money strings in State Bottle Cost, State Bottle Retail and Sale (Dollars), liters and gallons sold and stores with
no County; Mart Jürisoo's international football results (Kaggle, results.csv) for 2000-2019 with ISO dates,
home_team / away_team, scores, tournament names, city and country of the venue and TRUE/FALSE neutral, including San
Marino 0-13 Germany; NYC Open Data's Citywide Payroll Data (Fiscal Year) for FY2020-2022 with upper-case agency,
names and titles, "Mid Init" mostly blank, MM/DD/YYYY "Agency Start Date", blank "Work Location Borough" values,
"Leave Status as of June 30", per Annum / per Hour / per Day "Pay Basis" (poll workers paid by the day), hours and
dollars as "1820.00" and a few negative OT and other pay adjustments; the EPA AirData daily_aqi_by_county_2020.csv
for eight counties with its lower-case "county Name" header, zero-padded State Code and County Code (Denver and Cook
both 031), AQI, Category, Defining Parameter (Ozone, PM2.5, PM10, NO2), "06-019-0011" Defining Site and Number of
Sites Reporting, a few days missing and the September 2020 wildfire smoke; the Museum of Modern Art's collection
Artworks.csv with its messy free-text Date ("c. 1917", "1976-77", "(1919)", "1927, printed 1972", "n.d.", "1920s"),
parenthesised ArtistBio, Nationality, BeginDate, EndDate and Gender ("(Male)", "()", "(0)" for the living),
space-joined values for works by two artists, blank DateAcquired on some works, "885.1996" accession numbers, Y/N
Cataloged and units in headers ("Height (cm)", "Weight (kg)", "Duration (sec.)"). All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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
from .offline_eval import rounded_share as _share
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _near(values: Callable[[pd.DataFrame], Any], tol: float) -> Check:
    """Every value appears to within an absolute `tol` (a median of whole years read as 31 or 31.5)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = _found(answer)
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= tol for f in found):
                return f"missing number {want:.4g}"
        return None

    return check


def _change(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Each relative change (a fraction, its sign ignored: "fell 72%" or "-72.3%" or "-0.723") appears as a
    percentage or a fraction, to about 1% of itself."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = [abs(f) for f in _found(answer)]
        for w in np.atleast_1d(values(df)):
            want = abs(float(w))
            pct = any(abs(f - 100 * want) <= max(0.01 * 100 * want, 0.051) for f in found)
            frac = any(abs(f - want) <= max(0.01 * want, 0.0005) for f in found)
            if not (pct or frac):
                return f"missing change {want:.4g}"
        return None

    return check


def _named(value: Callable[[pd.DataFrame], str]) -> Check:
    """The label computed from the frame appears, ignoring case, accents and a space before a comma."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = str(value(df))
        return None if _plain(want) in _plain(answer) else f"missing label {want!r}"

    return check


def _all_named(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label computed from the frame appears, ignoring case, accents and a space before a comma."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for want in values(df):
            if _plain(str(want)) not in _plain(answer):
                return f"missing label {want!r}"
        return None

    return check


def _month_name(month: Callable[[pd.DataFrame], Any]) -> Check:
    """Each calendar month, as "September", "Sept", "Sep" or "2012-09"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for m in np.atleast_1d(month(df)):
            m = int(m)
            if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
                continue
            if re.search(rf"\b\d{{4}}-{m:02d}\b", answer):
                continue
            return f"missing month {m}"
        return None

    return check


def _year_word(year: Callable[[pd.DataFrame], int]) -> Check:
    """A year as a word of its own ("2016", not "2016.5" or "20161")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(year(df))
        return None if re.search(rf"(?<![\d.]){y}(?![\d])", answer) else f"missing year {y}"

    return check


def _date_word(day: Callable[[pd.DataFrame], Any]) -> Check:
    """A calendar date: "2020-09-13", "9/13/2020", "13/9/2020", "13 September 2020", "Sept 13th" or "Sep 13"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(day(df))
        d, m, y = t.day, t.month, t.year
        names = _month_names(m)
        patterns = [
            rf"(?<!\d){y}-0?{m}-0?{d}(?!\d)",
            rf"(?<![\d/])0?{m}/0?{d}(?:/(?:{y}|{y % 100:02d}))?(?![\d/])",
            rf"(?<![\d/])0?{d}/0?{m}/(?:{y}|{y % 100:02d})(?!\d)",
            rf"\b(?:{names})\.?,?\s+0?{d}(?:st|nd|rd|th)?(?!\d)",
            rf"(?<![\d.]){d}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing date {t:%Y-%m-%d}"

    return check


def _split(text: str, sep: str = ";") -> list[str]:
    return text.split(sep)


def _between(lo: float, hi: float, year: int, first: int, last: int) -> float:
    """A value that moves in a straight line from `lo` in year `first` to `hi` in year `last`."""
    return lo + (hi - lo) * (year - first) / (last - first)


# --- 1. CDC / NCHS Leading Causes of Death: United States (data.cdc.gov), 1999-2017 -------------------------------

# 113 Cause Name, Cause Name, US age-adjusted rate per 100,000 at some years, crude-to-adjusted ratio 1999 and 2017
_CD_CAUSES: list[tuple[str, str, dict[int, float], tuple[float, float]]] = [
    (
        "Accidents (unintentional injuries) (V01-X59,Y85-Y86)",
        "Unintentional injuries",
        {1999: 35.3, 2006: 39.8, 2012: 39.1, 2014: 40.5, 2015: 43.2, 2016: 47.4, 2017: 49.4},
        (0.99, 1.06),
    ),
    ("Alzheimer's disease (G30)", "Alzheimer's disease", {1999: 16.5, 2006: 22.6, 2012: 23.8, 2017: 31.0}, (0.97, 1.2)),
    ("Cerebrovascular diseases (I60-I69)", "Stroke", {1999: 61.6, 2006: 43.6, 2012: 36.9, 2017: 37.6}, (0.97, 1.2)),
    (
        "Chronic lower respiratory diseases (J40-J47)",
        "CLRD",
        {1999: 45.4, 2006: 41.6, 2012: 41.5, 2017: 40.9},
        (0.98, 1.2),
    ),
    ("Diabetes mellitus (E10-E14)", "Diabetes", {1999: 25.0, 2006: 23.3, 2012: 21.2, 2017: 21.5}, (0.98, 1.19)),
    (
        "Diseases of heart (I00-I09,I11,I13,I20-I51)",
        "Heart disease",
        {1999: 266.5, 2006: 200.2, 2012: 170.5, 2017: 165.0},
        (0.975, 1.205),
    ),
    (
        "Influenza and pneumonia (J09-J18)",
        "Influenza and pneumonia",
        {1999: 23.5, 2006: 17.8, 2012: 14.4, 2017: 14.3},
        (0.97, 1.2),
    ),
    (
        "Intentional self-harm (suicide) (*U03,X60-X84,Y87.0)",
        "Suicide",
        {1999: 10.5, 2006: 10.9, 2012: 12.6, 2017: 14.0},
        (1.0, 1.03),
    ),
    ("Malignant neoplasms (C00-C97)", "Cancer", {1999: 200.8, 2006: 180.7, 2012: 166.5, 2017: 152.5}, (0.98, 1.2)),
    (
        "Nephritis, nephrotic syndrome and nephrosis (N00-N07,N17-N19,N25-N27)",
        "Kidney disease",
        {1999: 13.0, 2006: 14.5, 2012: 13.1, 2017: 13.0},
        (0.98, 1.2),
    ),
]
# State, population 1999 and 2017 (millions), crude-to-adjusted ratio, overall multiplier, per-cause multipliers in
# 1999 and 2017, extra rise of unintentional injuries from 2014 (the opioid years)
_CD_STATES: list[tuple[str, float, float, float, float, dict[str, tuple[float, float]], float]] = [
    ("United States", 279.04, 325.72, 1.0, 1.0, {}, 0.0),
    ("Alaska", 0.62, 0.74, 0.72, 0.95, {"Suicide": (1.7, 1.75), "Unintentional injuries": (1.4, 1.3)}, 0.05),
    ("California", 33.5, 39.5, 0.86, 0.88, {"Suicide": (0.8, 0.78), "Alzheimer's disease": (1.1, 1.15)}, 0.0),
    ("Colorado", 4.3, 5.6, 0.82, 0.88, {"Suicide": (1.4, 1.45), "Heart disease": (0.8, 0.78)}, 0.05),
    ("Florida", 15.8, 21.0, 1.2, 0.9, {"Unintentional injuries": (1.05, 1.08)}, 0.12),
    ("Hawaii", 1.19, 1.43, 1.0, 0.78, {"Alzheimer's disease": (0.6, 0.62), "Suicide": (0.95, 1.0)}, 0.0),
    ("Minnesota", 4.9, 5.58, 0.95, 0.85, {"Heart disease": (0.75, 0.7), "Alzheimer's disease": (1.2, 1.25)}, 0.05),
    ("Mississippi", 2.83, 2.98, 0.98, 1.25, {"Heart disease": (1.3, 1.38), "Suicide": (0.95, 0.97)}, 0.0),
    ("New York", 19.0, 19.8, 1.02, 0.92, {"Heart disease": (1.35, 1.02), "Suicide": (0.62, 0.6)}, 0.1),
    ("Ohio", 11.3, 11.7, 1.08, 1.08, {"Unintentional injuries": (1.0, 1.2)}, 0.2),
    ("Texas", 20.6, 28.3, 0.8, 1.0, {"Suicide": (0.95, 0.97)}, 0.0),
    ("Vermont", 0.6, 0.62, 1.15, 0.92, {"Suicide": (1.25, 1.3)}, 0.15),
    ("West Virginia", 1.81, 1.82, 1.22, 1.25, {"Unintentional injuries": (1.35, 1.4), "Suicide": (1.3, 1.35)}, 0.3),
]
_CD_YEARS = list(range(1999, 2018))
_CD_RATE = "Age-adjusted Death Rate"


def _cd_us_rate(knots: dict[int, float], year: int) -> float:
    return float(np.interp(year, list(knots), list(knots.values())))


def _cdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3401)
    rows: list[dict[str, Any]] = []
    for state, pop0, pop1, aged, overall, own, opioid in _CD_STATES:
        noise = 0.004 if state == "United States" else 0.03
        for year in _CD_YEARS:
            pop = pop0 * 1e6 * (pop1 / pop0) ** ((year - 1999) / 18)
            total_rate = 0.0
            for long_name, name, knots, ratio in _CD_CAUSES:
                lo, hi = own.get(name, (overall, overall))
                rate = _cd_us_rate(knots, year) * _between(lo, hi, year, 1999, 2017)
                if name == "Unintentional injuries":
                    rate *= 1 + opioid * max(0.0, (year - 2013) / 4)
                rate = round(rate * float(rng.lognormal(0, noise)), 1)
                total_rate += rate
                crude = rate * _between(*ratio, year, 1999, 2017) * aged
                deaths = round(crude * pop / 1e5 * float(rng.lognormal(0, 0.01)))
                rows.append({"Year": year, "113 Cause Name": long_name, "Cause Name": name, "State": state})
                rows[-1] |= {"Deaths": deaths, _CD_RATE: rate}
            all_rate = round(total_rate / _between(0.797, 0.737, year, 1999, 2017) * float(rng.lognormal(0, 0.003)), 1)
            all_deaths = round(all_rate * _between(0.979, 1.18, year, 1999, 2017) * aged * pop / 1e5)
            rows.append({"Year": year, "113 Cause Name": "All Causes", "Cause Name": "All causes", "State": state})
            rows[-1] |= {"Deaths": all_deaths, _CD_RATE: all_rate}
    df = pd.DataFrame(rows)
    df["_y"] = -df["Year"]
    return df.sort_values(["_y", "113 Cause Name", "State"], kind="stable", ignore_index=True).drop(columns="_y")


def _cd_rows(d: pd.DataFrame, cause: str, state: str | None) -> pd.DataFrame:
    """One cause's rows, for one state or (None) for every state but the national row."""
    rows = d[d["Cause Name"] == cause]
    return rows[rows["State"] == state] if state else rows[rows["State"] != "United States"]


def _cd_us_2017(d: pd.DataFrame) -> pd.Series:
    rows = d[(d["Year"] == 2017) & (d["State"] == "United States") & (d["Cause Name"] != "All causes")]
    return rows.loc[rows["Deaths"].idxmax()]


def _cd_heart_us(d: pd.DataFrame) -> list[float]:
    us = _cd_rows(d, "Heart disease", "United States").set_index("Year")[_CD_RATE]
    return [float(us[1999]), float(us[2017])]


def _cd_jump(col: str) -> Callable[[pd.DataFrame], int]:
    def year(d: pd.DataFrame) -> int:
        us = _cd_rows(d, "Unintentional injuries", "United States").set_index("Year")[col].sort_index()
        return int(us.diff().idxmax())

    return year


def _cd_suicide(how: str) -> Callable[[pd.DataFrame], str]:
    def state(d: pd.DataFrame) -> str:
        rows = _cd_rows(d, "Suicide", None)
        rates = rows[rows["Year"] == 2017].set_index("State")[_CD_RATE]
        return str(getattr(rates, how)())

    return state


def _cd_heart_drop(d: pd.DataFrame) -> str:
    rows = _cd_rows(d, "Heart disease", None).pivot(index="State", columns="Year", values=_CD_RATE)
    return str((rows[2017] / rows[1999]).idxmin())


_CD_COLS = ("Year", "113 Cause Name", "Cause Name", "State")
_CDC_QS = [
    Q(
        "whats the leading cause of death in the US in 2017 and how many ppl died of it (not counting all causes obv)",
        both(
            either(
                _named(lambda d: str(_cd_us_2017(d)["Cause Name"])),
                _named(lambda d: str(_cd_us_2017(d)["113 Cause Name"]).split(" (")[0]),
            ),
            _scaled(lambda d: float(_cd_us_2017(d)["Deaths"]), (1e3, 1e6)),
        ),
        (*_CD_COLS, "Deaths"),
    ),
    Q(
        "how much has the heart disease death rate changed since 1999 for the US overall?",
        either(
            _about(_cd_heart_us, rel=0.003),
            _change(lambda d: _cd_heart_us(d)[1] / _cd_heart_us(d)[0] - 1),
        ),
        (*_CD_COLS, _CD_RATE, "Deaths"),
    ),
    Q(
        "plot US unintentional injury deaths by year. which year had the biggest jump?",
        either(_year_word(_cd_jump("Deaths")), _year_word(_cd_jump(_CD_RATE))),
        (*_CD_COLS, "Deaths", _CD_RATE),
    ),
    Q(
        "which state had the highest suicide rate in 2017",
        _named(_cd_suicide("idxmax")),
        (*_CD_COLS, _CD_RATE, "Deaths"),
    ),
    Q(
        "and the lowest?",
        _named(_cd_suicide("idxmin")),
        (*_CD_COLS, _CD_RATE, "Deaths"),
    ),
    Q(
        "which state had the biggest % drop in heart disease death rate between 1999 and 2017",
        _named(_cd_heart_drop),
        (*_CD_COLS, _CD_RATE),
    ),
]


# --- 2. CTA - Ridership - 'L' Station Entries - Daily Totals (data.cityofchicago.org), Jan 2019 - Jul 2020 ---------

# station_id, stationname, weekday / Saturday / Sunday rides in 2019, lowest share in spring 2020, summer lift
_CTA_STATIONS: list[tuple[int, str, tuple[float, float, float], float, float]] = [
    (40380, "Clark/Lake", (17400.0, 5300.0, 3700.0), 0.09, 1.0),
    (41660, "Lake/State", (12600.0, 9400.0, 7300.0), 0.17, 1.12),
    (40890, "O'Hare Airport", (12400.0, 11300.0, 11900.0), 0.11, 1.1),
    (41320, "Belmont-North Main", (10300.0, 8700.0, 6900.0), 0.24, 1.06),
    (40450, "95th/Dan Ryan", (10800.0, 7000.0, 5200.0), 0.42, 1.02),
]
_CTA_HOLIDAYS = {"2019-01-01": 0.85, "2019-05-27": 0.9, "2019-07-04": 0.95, "2019-09-02": 0.9, "2019-11-28": 0.75}
_CTA_HOLIDAYS |= {"2019-12-25": 0.6, "2020-01-01": 0.85, "2020-05-25": 0.9, "2020-07-04": 0.9}
_CTA_MONTHS = [0.9, 0.94, 0.98, 1.0, 1.02, 1.03, 1.02, 1.03, 1.03, 1.02, 0.97, 0.9]
_CTA_DAYS = {"2019-01-30": 0.55, "2019-01-31": 0.6, "2019-11-29": 0.75, "2019-12-24": 0.6, "2019-12-31": 0.7}
_CTA_EVENTS = {
    ("Belmont-North Main", "2019-06-30"): 2.6,
    ("Lake/State", "2019-08-01"): 1.35,
    ("Lake/State", "2019-08-02"): 1.4,
    ("Lake/State", "2019-08-03"): 1.4,
    ("Lake/State", "2019-08-04"): 1.3,
}
_CTA_STATION = "stationname"


def _cta_covid(day: pd.Timestamp, floor: float) -> float:
    """Share of normal ridership: 1 until 9 March 2020, down to `floor` by 23 March, then creeping back."""
    start, low = pd.Timestamp("2020-03-09"), pd.Timestamp("2020-03-23")
    if day < start:
        return 1.0
    if day <= low:
        return 1.0 - (1.0 - floor) * int((day - start).days) / 14
    return floor * (1.0 + 0.6 * min(1.0, int((day - low).days) / 130))


def _cta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3402)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2019-01-01", "2020-07-31"):
        key = f"{day:%Y-%m-%d}"
        kind = "U" if key in _CTA_HOLIDAYS or day.day_of_week == 6 else ("A" if day.day_of_week == 5 else "W")
        for sid, name, levels, floor, summer in _CTA_STATIONS:
            base = {"W": levels[0], "A": levels[1], "U": levels[2]}[kind]
            if key in _CTA_HOLIDAYS:
                base = levels[2] * (1.0 if name == "O'Hare Airport" else _CTA_HOLIDAYS[key])
            lift = _CTA_MONTHS[day.month - 1] * (summer if day.month in (6, 7, 8) else 1.0)
            special = _CTA_DAYS.get(key, 1.0) * _CTA_EVENTS.get((name, key), 1.0)
            rides = base * lift * special * _cta_covid(day, floor) * float(rng.lognormal(0, 0.05))
            rows.append({"station_id": sid, _CTA_STATION: name, "date": f"{day:%m/%d/%Y}", "daytype": kind})
            rows[-1]["rides"] = round(rides)
    return pd.DataFrame(rows)


def _cta_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["date"].astype(str), format="%m/%d/%Y")


def _cta_daytypes(per_station: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        if per_station:
            by = d.groupby("daytype")["rides"].mean()
        else:
            by = d.groupby(["date", "daytype"])["rides"].sum().groupby(level="daytype").mean()
        return [float(by[k]) for k in ("W", "A", "U")]

    return means


def _cta_months(d: pd.DataFrame) -> pd.Series:
    return d.groupby(_cta_when(d).dt.to_period("M"))["rides"].sum()


def _cta_april(station: str | None) -> Callable[[pd.DataFrame], float]:
    def change(d: pd.DataFrame) -> float:
        rows = d if station is None else d[d[_CTA_STATION] == station]
        months = _cta_months(rows)
        return float(months[pd.Period("2020-04", "M")] / months[pd.Period("2019-04", "M")] - 1)

    return change


def _cta_clark_peak(d: pd.DataFrame) -> pd.Series:
    when = _cta_when(d)
    rows = d[(d[_CTA_STATION] == "Clark/Lake") & (when.dt.year == 2019)]
    return rows.loc[rows["rides"].idxmax()]


_CTA_COLS = ("station_id", _CTA_STATION, "date", "rides")
_CTA_QS = [
    Q(
        "which station has the highest avg daily rides?",
        _named(lambda d: str(d.groupby(_CTA_STATION)["rides"].mean().idxmax())),
        _CTA_COLS,
    ),
    Q(
        "avg rides on weekdays vs saturdays vs sundays/holidays, all stations combined",
        either(_about(_cta_daytypes(False)), _about(_cta_daytypes(True))),
        (*_CTA_COLS, "daytype"),
    ),
    Q(
        "plot total rides per month. which month was the lowest?",
        _month_year(lambda d: _cta_months(d).idxmin().to_timestamp()),
        _CTA_COLS,
    ),
    Q(
        "by how much did ridership drop in april 2020 vs april 2019, in %",
        _change(_cta_april(None)),
        _CTA_COLS,
    ),
    Q(
        "what about o'hare",
        _change(_cta_april("O'Hare Airport")),
        _CTA_COLS,
    ),
    Q(
        "busiest single day at clark/lake in 2019? date + how many rides",
        both(
            _date_word(lambda d: pd.to_datetime(str(_cta_clark_peak(d)["date"]), format="%m/%d/%Y")),
            has(lambda d: float(_cta_clark_peak(d)["rides"])),
        ),
        (*_CTA_COLS, "daytype"),
    ),
]


# --- 3. Iowa Liquor Sales (Iowa Alcoholic Beverages Division, as on Kaggle, Iowa_Liquor_Sales.csv), 2015-2016 -----

# Store Number, Store Name, Address, City as written, Zip Code, County Number, County, lat, lon, weight
_IA_STORES: list[tuple[int, str, str, str, int, int | None, str | None, float | None, float | None, float]] = [
    (
        2633,
        "Hy-Vee #3 / BDI / Des Moines",
        "3221 SE 14th St",
        "DES MOINES",
        50320,
        77,
        "Polk",
        41.554101,
        -93.596754,
        7,
    ),
    (4829, "Central City 2", "1501 Michigan Ave", "DES MOINES", 50314, 77, "Polk", 41.605662, -93.613739, 6),
    (
        3420,
        "Sam's Club 6344 / Windsor Heights",
        "1101  73rd Street",
        "WINDSOR HEIGHTS",
        50324,
        77,
        "Polk",
        41.5989,
        -93.7181,
        4,
    ),
    (
        3814,
        "Costco Wholesale #788",
        "7205 Mills Civic Pkwy",
        "WEST DES MOINES",
        50266,
        77,
        "Polk",
        41.5613,
        -93.8065,
        4,
    ),
    (2190, "Central City Liquor, Inc.", "1460 2nd Ave", "DES MOINES", 50314, 77, "Polk", 41.60566, -93.62091, 5),
    (
        2512,
        "Hy-Vee Wine and Spirits / Iowa City",
        "1720 Waterfront Dr",
        "IOWA CITY",
        52240,
        52,
        "Johnson",
        41.6427,
        -91.5288,
        4,
    ),
    (2670, "Hy-Vee Food Store / Coralville", "1914 8th St", "CORALVILLE", 52241, 52, "Johnson", 41.6887, -91.5905, 2),
    (
        2603,
        "Hy-Vee Wine and Spirits / Bettendorf",
        "2890 Devils Glen Road",
        "BETTENDORF",
        52722,
        82,
        "Scott",
        41.5528,
        -90.4719,
        3,
    ),
    (2625, "Hy-Vee Wine and Spirits #2", "3414 Rockingham Rd", "DAVENPORT", 52802, 82, "Scott", 41.5133, -90.6217, 3),
    (3952, "Lot-A-Spirits", "3780 State St", "BETTENDORF", 52722, 82, "Scott", 41.5547, -90.4408, 2),
    (
        2552,
        "Hy-Vee Food Store #3 / Cedar Rapids",
        "20 Wilson Ave SW",
        "CEDAR RAPIDS",
        52404,
        57,
        "Linn",
        41.9528,
        -91.6713,
        3,
    ),
    (2647, "Hy-Vee #7 / Cedar Rapids", "5050 Edgewood Rd", "CEDAR RAPIDS", 52411, 57, "Linn", 42.0335, -91.7040, 2),
    (2500, "Hy-Vee Food Store #1 / Ames", "3800 W Lincoln Way", "AMES", 50014, 85, "Story", 42.0220, -93.6690, 3),
    (2501, "Hy-Vee  #2 / Ames", "640 Lincolnway", "AMES", 50010, 85, "Story", 42.0222, -93.6160, 2),
    (2548, "Hy-Vee Food Store #1 / Dubuque", "3500 Dodge St", "DUBUQUE", 52003, 31, "Dubuque", 42.4928, -90.7246, 2),
    (
        2621,
        "Hy-Vee Food Store #3 / Sioux City",
        "3301 Gordon Dr",
        "SIOUX CITY",
        51106,
        97,
        "Woodbury",
        42.4837,
        -96.3585,
        2,
    ),
    (2130, "Sycamore Convenience", "617 Sycamore", "WATERLOO", 50703, 7, "Black Hawk", 42.4975, -92.3353, 1.5),
    (
        2535,
        "Hy-Vee Food Store #1 / Waterloo",
        "1422 Flammang Dr",
        "Waterloo",
        50702,
        7,
        "Black Hawk",
        42.4644,
        -92.3287,
        2,
    ),
    (
        2561,
        "Hy-Vee Food Store / Mason City",
        "551 S Illinois Ave",
        "MASON CITY",
        50401,
        17,
        "Cerro Gordo",
        43.1479,
        -93.1713,
        1.5,
    ),
    (
        4312,
        "I-80 Liquor / Council Bluffs",
        "2411 S 24th St #1",
        "COUNCIL BLUFFS",
        51501,
        78,
        "Pottawattamie",
        41.2360,
        -95.8706,
        2,
    ),
    (5102, "Wilkie Liquors", "724  1st  St  E", "Mount Vernon", 52314, None, None, None, None, 1),
    (5084, "Casey's General Store #2861 / Grimes", "1400 SE Gateway Dr", "GRIMES", 50111, None, None, None, None, 1),
]
# Item Number, Item Description, Category, Category Name, Vendor Number, Vendor Name, Pack, Bottle Volume (ml),
# State Bottle Cost ($), weight
_IA_ITEMS: list[tuple[int, str, int, str, int, str, int, int, float, float]] = [
    (11788, "Black Velvet", 1012100, "CANADIAN WHISKIES", 434, "Luxco-St Louis", 6, 1750, 10.00, 6),
    (36308, "Hawkeye Vodka", 1031080, "VODKA 80 PROOF", 434, "Luxco-St Louis", 6, 1750, 7.17, 5),
    (35918, "Five O'clock Vodka", 1031080, "VODKA 80 PROOF", 380, "Phillips Beverage Company", 6, 1750, 6.00, 3),
    (38176, "Titos Handmade Vodka", 1031080, "VODKA 80 PROOF", 395, "Fifth Generation Inc", 12, 750, 9.64, 5),
    (36904, "Smirnoff Vodka 80 Prf", 1031080, "VODKA 80 PROOF", 260, "Diageo Americas", 12, 750, 7.75, 3),
    (34433, "Grey Goose Vodka", 1032080, "IMPORTED VODKA", 35, "Bacardi U.S.A., Inc.", 12, 750, 17.99, 2),
    (41036, "Pinnacle Whipped", 1031200, "VODKA FLAVORED", 370, "White Rock Distilleries Inc", 12, 750, 7.49, 1.5),
    (43337, "Captain Morgan Spiced Rum", 1062310, "SPICED RUM", 260, "Diageo Americas", 12, 750, 9.00, 4),
    (
        43127,
        "Bacardi Superior Rum",
        1062200,
        "PUERTO RICO & VIRGIN ISLANDS RUM",
        35,
        "Bacardi U.S.A., Inc.",
        12,
        750,
        7.24,
        2,
    ),
    (64866, "Fireball Cinnamon Whiskey", 1081600, "WHISKEY LIQUEUR", 421, "Sazerac Co., Inc.", 12, 750, 9.00, 5),
    (10628, "Crown Royal", 1012100, "CANADIAN WHISKIES", 260, "Diageo Americas", 12, 750, 15.50, 3),
    (
        26827,
        "Jack Daniels Old #7 Black Lbl",
        1011400,
        "TENNESSEE WHISKIES",
        85,
        "Brown-Forman Corporation",
        12,
        750,
        13.07,
        3,
    ),
    (17956, "Jim Beam", 1011200, "STRAIGHT BOURBON WHISKIES", 65, "Jim Beam Brands", 12, 750, 8.50, 2),
    (89197, "Jose Cuervo Especial Reposado", 1022100, "TEQUILA", 410, "Proximo", 12, 750, 10.49, 2),
    (65257, "Jagermeister Liqueur", 1081390, "IMPORTED SCHNAPPS", 192, "Mast-Jägermeister US, Inc.", 12, 750, 14.99, 2),
]
_IA_MONTHS = [0.85, 0.85, 0.95, 0.95, 1.0, 1.05, 1.0, 1.0, 0.95, 1.0, 1.05, 1.35]
_IA_SALE, _IA_RETAIL, _IA_COST = "Sale (Dollars)", "State Bottle Retail", "State Bottle Cost"
_IA_ML = "Bottle Volume (ml)"


def _iowa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3403)
    days = pd.bdate_range("2015-01-02", "2016-12-30")
    day_w = np.array([_IA_MONTHS[d.month - 1] for d in days])
    store_w = [s[-1] for s in _IA_STORES]
    item_w = np.array([i[-1] for i in _IA_ITEMS])
    orders = sorted(
        (int(rng.choice(len(days), p=day_w / day_w.sum())), int(_one(rng, range(len(_IA_STORES)), store_w)))
        for _ in range(900)
    )
    rows: list[dict[str, Any]] = []
    invoice = 281000
    for di, si in orders:
        day = days[di]
        number, name, address, city, zipcode, county_no, county, lat, lon, _w = _IA_STORES[si]
        invoice += int(rng.integers(40, 400))
        lines = rng.choice(len(_IA_ITEMS), size=int(rng.integers(1, 6)), replace=False, p=item_w / item_w.sum())
        for line, ii in enumerate(sorted(int(i) for i in lines), start=1):
            item, desc, cat, cat_name, vendor_no, vendor, pack, ml, cost, _iw = _IA_ITEMS[ii]
            bottles = pack * int(rng.integers(1, 5)) if rng.random() < 0.55 else int(rng.integers(1, pack + 1))
            if desc.startswith("Fireball") and day.month == 12:
                bottles += pack  # a case more before the holidays
            retail = round(cost * 1.5, 2)
            liters = bottles * ml / 1000
            located = f"{address}\n{city} {zipcode}\n" + (f"({lat}, {lon})" if lat is not None else "")
            no_county = county is None or rng.random() < 0.01
            rows.append(
                {
                    "Invoice/Item Number": f"S{invoice:06d}{line:05d}",
                    "Date": f"{day:%m/%d/%Y}",
                    "Store Number": number,
                    "Store Name": name,
                    "Address": address,
                    "City": city,
                    "Zip Code": zipcode,
                    "Store Location": located,
                    "County Number": None if no_county else float(county_no or 0),
                    "County": None if no_county else county,
                    "Category": float(cat),
                    "Category Name": cat_name,
                    "Vendor Number": vendor_no,
                    "Vendor Name": vendor,
                    "Item Number": item,
                    "Item Description": desc,
                    "Pack": pack,
                    _IA_ML: ml,
                    _IA_COST: f"${cost:.2f}",
                    _IA_RETAIL: f"${retail:.2f}",
                    "Bottles Sold": bottles,
                    _IA_SALE: f"${retail * bottles:.2f}",
                    "Volume Sold (Liters)": round(liters, 2),
                    "Volume Sold (Gallons)": round(liters * 0.264172, 2),
                }
            )
    return pd.DataFrame(rows)


def _ia_money(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_numeric(d[col].astype(str).str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _ia_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"].astype(str), format="%m/%d/%Y")


def _ia_vodka_county(measure: str, by_name: bool) -> Callable[[pd.DataFrame], str]:
    def county(d: pd.DataFrame) -> str:
        text = d["Item Description"] if by_name else d["Category Name"]
        rows = d[text.astype(str).str.contains("vodka", case=False)]
        amount = _ia_money(rows, _IA_SALE) if measure == _IA_SALE else rows[measure]
        return str(amount.groupby(rows["County"]).sum().idxmax())

    return county


def _ia_per_liter(col: str) -> Callable[[pd.DataFrame], str]:
    def item(d: pd.DataFrame) -> str:
        per = _ia_money(d, col) / (d[_IA_ML] / 1000)
        return str(per.groupby(d["Item Description"]).mean().idxmin())

    return item


def _ia_fireball(d: pd.DataFrame) -> float:
    when = _ia_when(d)
    keep = (d["Item Description"] == "Fireball Cinnamon Whiskey") & (when.dt.year == 2016) & (when.dt.month == 12)
    return float(d.loc[keep, "Bottles Sold"].sum())


def _ia_peak(calendar: bool) -> Callable[[pd.DataFrame], int]:
    """The month with the most sales: the peak month of the two years, or the calendar month with the most."""

    def month(d: pd.DataFrame) -> int:
        when = _ia_when(d)
        keys = [when.dt.month] if calendar else [when.dt.year, when.dt.month]
        sales = _ia_money(d, _IA_SALE).groupby(keys).sum()
        peak = sales.idxmax()
        return int(peak if calendar else peak[1])

    return month


_IA_WHEN = ("Date", "Invoice/Item Number")
_IOWA_QS = [
    Q(
        "total sales $ in 2016?",
        _scaled(lambda d: float(_ia_money(d, _IA_SALE)[_ia_when(d).dt.year == 2016].sum()), (1e3, 1e6)),
        (*_IA_WHEN, _IA_SALE),
    ),
    Q(
        "top 5 vendors by sales dollars",
        _all_named(
            lambda d: [str(v) for v in _ia_money(d, _IA_SALE).groupby(d["Vendor Name"]).sum().nlargest(5).index]
        ),
        ("Vendor Name", "Vendor Number", _IA_SALE),
    ),
    Q(
        "which county buys the most vodka (any kind of vodka)",
        either(
            *(
                _named(_ia_vodka_county(m, by_name))
                for m in (_IA_SALE, "Bottles Sold", "Volume Sold (Liters)")
                for by_name in (False, True)
            )
        ),
        ("County", "County Number", "Category", "Category Name", "Item Description", _IA_SALE, "Bottles Sold"),
    ),
    Q(
        "whats the cheapest product per liter?",
        either(_named(_ia_per_liter(_IA_RETAIL)), _named(_ia_per_liter(_IA_COST))),
        ("Item Description", "Item Number", _IA_ML, _IA_RETAIL, _IA_COST, _IA_SALE, "Volume Sold (Liters)"),
    ),
    Q(
        "how many bottles of fireball were sold in dec 2016",
        has(_ia_fireball),
        (*_IA_WHEN, "Item Description", "Item Number", "Bottles Sold"),
    ),
    Q(
        "plot monthly sales over the 2 years - whats the peak month?",
        either(_month_name(_ia_peak(False)), _month_name(_ia_peak(True))),
        (*_IA_WHEN, _IA_SALE),
    ),
]


# --- 4. International football results 1872-... (Mart Jürisoo, Kaggle, results.csv), 2000-2019 --------------------

# team, confederation, strength, home cities
_FB_TEAMS: list[tuple[str, str, float, str]] = [
    ("Germany", "UEFA", 2.0, "Berlin;Munich;Dortmund;Hamburg;Cologne"),
    ("Spain", "UEFA", 2.0, "Madrid;Seville;Valencia;Barcelona"),
    ("France", "UEFA", 1.9, "Saint-Denis;Marseille;Lyon"),
    ("Italy", "UEFA", 1.7, "Rome;Milan;Turin;Florence"),
    ("Netherlands", "UEFA", 1.7, "Amsterdam;Rotterdam;Eindhoven"),
    ("England", "UEFA", 1.6, "London;Manchester"),
    ("Portugal", "UEFA", 1.6, "Lisbon;Porto;Braga"),
    ("Belgium", "UEFA", 1.3, "Brussels"),
    ("Croatia", "UEFA", 1.3, "Zagreb;Split;Osijek"),
    ("Sweden", "UEFA", 1.0, "Solna;Gothenburg"),
    ("Denmark", "UEFA", 1.0, "Copenhagen"),
    ("Switzerland", "UEFA", 1.0, "Basel;Bern;Geneva"),
    ("Czech Republic", "UEFA", 1.0, "Prague;Olomouc"),
    ("Russia", "UEFA", 0.9, "Moscow;Saint Petersburg"),
    ("Turkey", "UEFA", 0.9, "Istanbul;Ankara"),
    ("Republic of Ireland", "UEFA", 0.6, "Dublin"),
    ("Scotland", "UEFA", 0.4, "Glasgow"),
    ("Wales", "UEFA", 0.3, "Cardiff;Swansea"),
    ("Andorra", "UEFA", -2.2, "Andorra la Vella"),
    ("San Marino", "UEFA", -3.0, "Serravalle"),
    ("Brazil", "CONMEBOL", 2.2, "Rio de Janeiro;São Paulo;Belo Horizonte;Porto Alegre"),
    ("Argentina", "CONMEBOL", 2.0, "Buenos Aires;Córdoba;Rosario"),
    ("Uruguay", "CONMEBOL", 1.3, "Montevideo"),
    ("Colombia", "CONMEBOL", 1.1, "Barranquilla;Bogotá"),
    ("Chile", "CONMEBOL", 1.0, "Santiago"),
    ("Paraguay", "CONMEBOL", 0.8, "Asunción"),
    ("Ecuador", "CONMEBOL", 0.8, "Quito"),
    ("Peru", "CONMEBOL", 0.6, "Lima"),
    ("Venezuela", "CONMEBOL", 0.1, "Caracas;Maturín"),
    ("Bolivia", "CONMEBOL", 0.0, "La Paz"),
    ("Mexico", "CONCACAF", 1.2, "Mexico City;Guadalajara;Monterrey"),
    ("United States", "CONCACAF", 1.0, "Columbus;Los Angeles;Kansas City;Houston"),
    ("Costa Rica", "CONCACAF", 0.6, "San José"),
    ("Honduras", "CONCACAF", 0.3, "San Pedro Sula;Tegucigalpa"),
    ("Jamaica", "CONCACAF", 0.0, "Kingston"),
    ("Canada", "CONCACAF", -0.1, "Toronto;Edmonton;Vancouver"),
    ("Ivory Coast", "CAF", 0.9, "Abidjan"),
    ("Nigeria", "CAF", 0.8, "Abuja;Lagos;Uyo"),
    ("Cameroon", "CAF", 0.8, "Yaoundé"),
    ("Ghana", "CAF", 0.8, "Kumasi;Accra"),
    ("Senegal", "CAF", 0.8, "Dakar"),
    ("Egypt", "CAF", 0.6, "Cairo;Alexandria"),
    ("Japan", "AFC", 0.8, "Saitama;Yokohama;Osaka"),
    ("South Korea", "AFC", 0.8, "Seoul;Suwon"),
    ("Australia", "AFC", 0.8, "Sydney;Melbourne"),
    ("Iran", "AFC", 0.7, "Tehran"),
    ("Saudi Arabia", "AFC", 0.3, "Riyadh;Jeddah"),
    ("Qatar", "AFC", 0.0, "Doha"),
]
_FB_STRENGTH = {t[0]: t[2] for t in _FB_TEAMS}
_FB_CITIES = {t[0]: _split(t[3]) for t in _FB_TEAMS}
_FB_CONFED = {t[0]: t[1] for t in _FB_TEAMS}
# finals: tournament, year, first day, host country, host cities, teams per confederation (None: the host's own)
_FB_FINALS: list[tuple[str, int, str, str, str, dict[str, int]]] = [
    *(
        ("FIFA World Cup", y, start, host, cities, {"UEFA": 7, "CONMEBOL": 4, "CONCACAF": 1, "CAF": 2, "AFC": 2})
        for y, start, host, cities in [
            (2002, "2002-05-31", "South Korea", "Seoul;Busan;Daegu;Incheon"),
            (2006, "2006-06-09", "Germany", "Munich;Berlin;Dortmund;Gelsenkirchen;Stuttgart"),
            (2010, "2010-06-11", "South Africa", "Johannesburg;Cape Town;Durban;Pretoria"),
            (2014, "2014-06-12", "Brazil", "São Paulo;Rio de Janeiro;Belo Horizonte;Fortaleza;Recife"),
            (2018, "2018-06-14", "Russia", "Moscow;Saint Petersburg;Kazan;Sochi;Samara"),
        ]
    ),
    *(
        ("UEFA Euro", y, start, host, cities, {"UEFA": 8})
        for y, start, host, cities in [
            (2000, "2000-06-10", "Netherlands", "Amsterdam;Rotterdam;Eindhoven"),
            (2004, "2004-06-12", "Portugal", "Lisbon;Porto;Braga;Faro"),
            (2008, "2008-06-07", "Switzerland", "Basel;Bern;Geneva;Zürich"),
            (2012, "2012-06-08", "Poland", "Warsaw;Gdańsk;Wrocław;Poznań"),
            (2016, "2016-06-10", "France", "Saint-Denis;Marseille;Lyon;Lille;Bordeaux"),
        ]
    ),
    *(
        ("Copa América", y, start, host, cities, {"CONMEBOL": 10, "CONCACAF": 2})
        for y, start, host, cities in [
            (2001, "2001-07-11", "Colombia", "Barranquilla;Bogotá;Medellín;Cali"),
            (2004, "2004-07-06", "Peru", "Lima;Arequipa;Trujillo;Chiclayo"),
            (2007, "2007-06-26", "Venezuela", "Caracas;Maracaibo;Maturín;Puerto Ordaz"),
            (2011, "2011-07-01", "Argentina", "Buenos Aires;La Plata;Córdoba;Salta"),
            (2015, "2015-06-11", "Chile", "Santiago;Valparaíso;Viña del Mar;Concepción"),
            (2016, "2016-06-03", "United States", "Pasadena;East Rutherford;Chicago;Houston;Seattle"),
            (2019, "2019-06-14", "Brazil", "São Paulo;Rio de Janeiro;Salvador;Porto Alegre"),
        ]
    ),
    *(
        ("African Cup of Nations", y, start, host, cities, {"CAF": 6})
        for y, start, host, cities in [
            (2000, "2000-01-22", "Nigeria", "Lagos;Kano"),
            (2002, "2002-01-19", "Mali", "Bamako;Kayes"),
            (2004, "2004-01-24", "Tunisia", "Tunis;Sfax"),
            (2006, "2006-01-20", "Egypt", "Cairo;Alexandria"),
            (2008, "2008-01-20", "Ghana", "Accra;Kumasi"),
            (2010, "2010-01-10", "Angola", "Luanda;Benguela"),
            (2012, "2012-01-21", "Gabon", "Libreville;Franceville"),
            (2013, "2013-01-19", "South Africa", "Johannesburg;Durban"),
            (2015, "2015-01-17", "Equatorial Guinea", "Malabo;Bata"),
            (2017, "2017-01-14", "Gabon", "Libreville;Port-Gentil"),
            (2019, "2019-06-21", "Egypt", "Cairo;Suez"),
        ]
    ),
    *(
        (
            "Gold Cup",
            y,
            f"{y}-07-0{2 + y % 5}",
            "United States",
            "Los Angeles;Miami;Houston;Chicago;Pasadena",
            {"CONCACAF": 6},
        )
        for y in (2000, 2002, 2003, 2005, 2007, 2009, 2011, 2013, 2015, 2017, 2019)
    ),
    *(
        ("AFC Asian Cup", y, start, host, cities, {"AFC": 6})
        for y, start, host, cities in [
            (2000, "2000-10-12", "Lebanon", "Beirut;Sidon"),
            (2004, "2004-07-17", "China PR", "Beijing;Chongqing"),
            (2007, "2007-07-07", "Indonesia", "Jakarta;Palembang"),
            (2011, "2011-01-07", "Qatar", "Doha;Al Rayyan"),
            (2015, "2015-01-09", "Australia", "Sydney;Melbourne;Brisbane"),
            (2019, "2019-01-05", "United Arab Emirates", "Abu Dhabi;Dubai;Al Ain"),
        ]
    ),
]
# qualifiers: tournament, first and last year of the campaign, confederations
_FB_QUALIFIERS = [("FIFA World Cup qualification", y - 2, y - 1) for y in (2002, 2006, 2010, 2014, 2018)]
_FB_QUALIFIERS += [("UEFA Euro qualification", y - 2, y - 1) for y in (2004, 2008, 2012, 2016)]
_FB_QUALIFIERS += [("UEFA Euro qualification", 2019, 2019)]
_FB_WINDOWS = [3, 6, 9, 10, 11]
_FB_NEUTRAL_VENUES = {"United States": "Miami;New York;Los Angeles", "England": "London", "Qatar": "Doha"}
_FB_NEUTRAL_VENUES |= {"Switzerland": "Geneva", "United Arab Emirates": "Abu Dhabi;Dubai", "Austria": "Vienna"}


def _fb_score(rng: np.random.Generator, home: str, away: str, at_home: bool) -> tuple[int, int]:
    gap = _FB_STRENGTH[home] - _FB_STRENGTH[away]
    lam_h = min(5.5, float(np.exp(0.2 + 0.32 * gap + (0.22 if at_home else 0.0))))
    lam_a = min(5.5, float(np.exp(0.2 - 0.32 * gap)))
    h, a = int(rng.poisson(lam_h)), int(rng.poisson(lam_a))
    return min(h, a + 9), min(a, h + 9)


def _fb_day(rng: np.random.Generator, first: int, last: int, months: Sequence[int]) -> pd.Timestamp:
    """A Wednesday or Saturday in one of `months` of a year from `first` to `last`."""
    year = int(rng.integers(first, last + 1))
    month = int(_one(rng, list(months)))
    day = pd.Timestamp(year, month, int(rng.integers(1, 26)))
    return day + pd.Timedelta(days=(2 - day.day_of_week) % 7 if rng.random() < 0.5 else (5 - day.day_of_week) % 7)


def _fb_row(
    rng: np.random.Generator, day: pd.Timestamp, home: str, away: str, tournament: str, city: str, country: str
) -> dict[str, Any]:
    neutral = country != home
    h, a = _fb_score(rng, home, away, not neutral)
    return {
        "date": f"{day:%Y-%m-%d}",
        "home_team": home,
        "away_team": away,
        "home_score": h,
        "away_score": a,
        "tournament": tournament,
        "city": city,
        "country": country,
        "neutral": "TRUE" if neutral else "FALSE",
    }


def _fb_finals(rng: np.random.Generator, spec: tuple[str, int, str, str, str, dict[str, int]]) -> list[dict[str, Any]]:
    tournament, _year, start, host, cities, quotas = spec
    teams: list[str] = [host] if host in _FB_STRENGTH else []
    for confed, n in quotas.items():
        pool = [t for t, c in _FB_CONFED.items() if c == confed and t not in teams]
        pool.sort(key=lambda t: -(_FB_STRENGTH[t] + float(rng.normal(0, 0.5))))
        teams += pool[: n - sum(1 for t in teams if _FB_CONFED[t] == confed)]
    order = [str(t) for t in rng.permutation(teams)]
    size = 3 if len(order) <= 6 else 4
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    rows: list[dict[str, Any]] = []
    day = pd.Timestamp(start)
    venues = _split(cities)
    points: dict[str, float] = {}
    for group in groups:
        for i, home in enumerate(group):
            for away in group[i + 1 :]:
                first, second = (away, home) if away == host else (home, away)
                row = _fb_row(
                    rng,
                    day + pd.Timedelta(days=len(rows) // 3),
                    first,
                    second,
                    tournament,
                    str(_one(rng, venues)),
                    host,
                )
                rows.append(row)
                gd = row["home_score"] - row["away_score"]
                points[first] = points.get(first, 0.0) + (3 if gd > 0 else 1 if gd == 0 else 0) + 0.01 * gd
                points[second] = points.get(second, 0.0) + (3 if gd < 0 else 1 if gd == 0 else 0) - 0.01 * gd
    alive = [t for g in groups for t in sorted(g, key=lambda t: -points[t])[: max(1, 8 // len(groups))]]
    alive = sorted(alive, key=lambda t: -points[t])[: 8 if len(alive) >= 8 else 4]
    day = pd.Timestamp(rows[-1]["date"]) + pd.Timedelta(days=3)
    while len(alive) > 1:
        winners, losers = [], []
        for i in range(len(alive) // 2):
            one, two = alive[i], alive[len(alive) - 1 - i]
            first, second = (two, one) if two == host else (one, two)
            row = _fb_row(rng, day, first, second, tournament, str(_one(rng, venues)), host)
            rows.append(row)
            h, a = row["home_score"], row["away_score"]
            home_won = h > a or (h == a and rng.random() < 0.5)  # level after extra time: penalties
            winners.append(first if home_won else second)
            losers.append(second if home_won else first)
            day += pd.Timedelta(days=1)
        if len(alive) == 4:  # the match for third place
            rows.append(
                _fb_row(rng, day + pd.Timedelta(days=2), losers[0], losers[1], tournament, str(_one(rng, venues)), host)
            )
        alive = winners
        day += pd.Timedelta(days=3)
    return rows


def _football_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3404)
    rows: list[dict[str, Any]] = []
    for tournament, first, last in _FB_QUALIFIERS:
        confeds = ["UEFA"] if tournament.startswith("UEFA") else ["UEFA", "CONMEBOL", "CONCACAF", "CAF", "AFC"]
        for confed in confeds:
            teams = [str(t) for t in rng.permutation([t for t, c in _FB_CONFED.items() if c == confed])]
            size = 5 if confed == "UEFA" else len(teams)
            for g in range(0, len(teams), size):
                group = teams[g : g + size]
                for home in group:
                    for away in group:
                        if home == away:
                            continue
                        if (home, away, first) == ("San Marino", "Germany", 2006):
                            continue  # the real one is added below
                        day = _fb_day(rng, first, last, _FB_WINDOWS)
                        rows.append(_fb_row(rng, day, home, away, tournament, str(_one(rng, _FB_CITIES[home])), home))
    for spec in _FB_FINALS:
        rows += _fb_finals(rng, spec)
    teams = list(_FB_STRENGTH)
    for year in range(2000, 2020):
        for _ in range(25):
            home = str(_one(rng, teams))
            same = [t for t in teams if _FB_CONFED[t] == _FB_CONFED[home] and t != home]
            away = str(_one(rng, same)) if rng.random() < 0.6 else str(_one(rng, [t for t in teams if t != home]))
            day = _fb_day(rng, year, year, [2, 3, 5, 6, 8, 9, 10, 11])
            if rng.random() < 0.12:
                country = str(_one(rng, [c for c in _FB_NEUTRAL_VENUES if c not in (home, away)]))
                city = str(_one(rng, _split(_FB_NEUTRAL_VENUES[country])))
            else:
                country, city = home, str(_one(rng, _FB_CITIES[home]))
            rows.append(_fb_row(rng, day, home, away, "Friendly", city, country))
    rows.append(
        {
            "date": "2006-09-06",
            "home_team": "San Marino",
            "away_team": "Germany",
            "home_score": 0,
            "away_score": 13,
            "tournament": "UEFA Euro qualification",
            "city": "Serravalle",
            "country": "San Marino",
            "neutral": "FALSE",
        }
    )
    df = pd.DataFrame(rows)
    return df.sort_values(["date", "home_team"], kind="stable", ignore_index=True)


def _fb_results(d: pd.DataFrame, team: str) -> tuple[int, int]:
    """A team's wins and losses."""
    home, away = d["home_team"] == team, d["away_team"] == team
    margin = d["home_score"] - d["away_score"]
    wins = int(((home & (margin > 0)) | (away & (margin < 0))).sum())
    losses = int(((home & (margin < 0)) | (away & (margin > 0))).sum())
    return wins, losses


def _fb_home_wins(d: pd.DataFrame) -> float:
    rows = d[d["neutral"].astype(str).str.upper() == "FALSE"]
    return float((rows["home_score"] > rows["away_score"]).mean())


def _fb_goal_year(d: pd.DataFrame) -> int:
    goals = d["home_score"] + d["away_score"]
    return int(goals.groupby(d["date"].astype(str).str[:4]).mean().idxmax())


def _fb_world_cup_scorer(d: pd.DataFrame) -> str:
    rows = d[d["tournament"] == "FIFA World Cup"]
    goals = pd.concat([rows.groupby("home_team")["home_score"].sum(), rows.groupby("away_team")["away_score"].sum()])
    return str(goals.groupby(level=0).sum().idxmax())


def _fb_biggest(d: pd.DataFrame) -> pd.Series:
    return d.loc[(d["home_score"] - d["away_score"]).abs().idxmax()]


_FB_COLS = ("date", "home_team", "away_team", "home_score", "away_score")
_FOOTBALL_QS = [
    Q(
        "how many games did brazil win in total",
        has(lambda d: float(_fb_results(d, "Brazil")[0])),
        _FB_COLS,
    ),
    Q(
        "and how many did they lose?",
        has(lambda d: float(_fb_results(d, "Brazil")[1])),
        _FB_COLS,
    ),
    Q(
        "what % of games not at a neutral ground does the home team win",
        _share(_fb_home_wins),
        (*_FB_COLS, "neutral", "country"),
    ),
    Q(
        "avg goals per game by year, plot it. which year had the most goals per game?",
        _year_word(_fb_goal_year),
        _FB_COLS,
    ),
    Q(
        "which team scored the most goals at world cups? finals only, not qualifiers",
        _named(_fb_world_cup_scorer),
        (*_FB_COLS, "tournament"),
    ),
    Q(
        "biggest win margin in the whole dataset - who beat who and whats the score",
        both(
            _named(lambda d: str(_fb_biggest(d)["home_team"])),
            _named(lambda d: str(_fb_biggest(d)["away_team"])),
            has(lambda d: [float(_fb_biggest(d)["home_score"]), float(_fb_biggest(d)["away_score"])]),
        ),
        (*_FB_COLS, "tournament", "city", "country"),
    ),
]


# --- 5. NYC Citywide Payroll Data (Fiscal Year) (data.cityofnewyork.us), FY2020-2022 --------------------------------

# agency: Payroll Number, weight, titles as "TITLE|pay basis|lowest base|highest base|OT hours a year|weight;..."
_PY_AGENCIES: dict[str, tuple[int, float, str]] = {
    "POLICE DEPARTMENT": (
        56,
        20.0,
        "POLICE OFFICER|per Annum|42500|92145|330|10;SERGEANT|per Annum|109000|126000|300|2;"
        "DETECTIVE|per Annum|95000|126000|380|2;SCHOOL SAFETY AGENT|per Annum|35000|52000|110|3;"
        "POLICE ADMINISTRATIVE AIDE|per Annum|38000|55000|60|2",
    ),
    "FIRE DEPARTMENT": (
        57,
        10.0,
        "FIREFIGHTER|per Annum|43000|85292|310|6;EMERGENCY MEDICAL SPECIALIST-EMT|per Annum|35000|50000|420|3;"
        "LIEUTENANT|per Annum|110000|125000|280|1",
    ),
    "DEPT OF ED PEDAGOGICAL": (
        740,
        20.0,
        "TEACHER|per Annum|61070|128657|0|14;TEACHER SPECIAL EDUCATION|per Annum|61070|128657|0|4;"
        "ASSISTANT PRINCIPAL|per Annum|120000|152000|0|1",
    ),
    "DEPARTMENT OF SANITATION": (
        827,
        8.0,
        "SANITATION WORKER|per Annum|40000|83000|290|8;SUPERVISOR|per Annum|85000|100000|240|1",
    ),
    "DEPARTMENT OF CORRECTION": (
        72,
        7.0,
        "CORRECTION OFFICER|per Annum|45000|92073|520|7;CAPTAIN|per Annum|105000|120000|450|1",
    ),
    "DEPT OF HEALTH/MENTAL HYGIENE": (
        816,
        5.0,
        "PUBLIC HEALTH ADVISER|per Annum|44000|62000|90|2;CITY RESEARCH SCIENTIST|per Annum|70000|110000|20|2;"
        "COMMUNITY ASSOCIATE|per Annum|38000|50000|40|1",
    ),
    "HRA/DEPT OF SOCIAL SERVICES": (
        69,
        6.0,
        "ELIGIBILITY SPECIALIST|per Annum|38000|60000|50|3;JOB OPPORTUNITY SPECIALIST|per Annum|45000|65000|40|2;"
        "CLERICAL ASSOCIATE|per Annum|34000|48000|30|2",
    ),
    "DEPT OF PARKS & RECREATION": (
        846,
        8.0,
        "CITY PARK WORKER|per Annum|34000|50000|60|3;CITY SEASONAL AIDE|per Hour|15.00|16.50|10|4;"
        "LIFEGUARD|per Hour|16.00|20.00|20|2",
    ),
    "DEPARTMENT OF TRANSPORTATION": (
        841,
        4.0,
        "HIGHWAY REPAIRER|per Annum|45000|70000|200|2;CIVIL ENGINEER|per Annum|75000|110000|60|2",
    ),
    "BOARD OF ELECTION POLL WORKERS": (300, 7.0, "ELECTION WORKER|per Day|200|250|0|1"),
}
_PY_BOROUGHS = {"MANHATTAN": 40.0, "BROOKLYN": 20.0, "QUEENS": 15.0, "BRONX": 12.0, "RICHMOND": 5.0, "OTHER": 2.0}
_PY_LAST = _split(
    "RODRIGUEZ;SMITH;WILLIAMS;JOHNSON;BROWN;GARCIA;JONES;MARTINEZ;DAVIS;LEE;COHEN;NGUYEN;MURPHY;KELLY;PATEL;"
    "O'BRIEN;RIVERA;TORRES;ROSEN;CHEN;WONG;GOLDBERG;SULLIVAN;RAMOS;CRUZ;REYES;DIAZ;KHAN;MORALES;FLYNN;HERNANDEZ;"
    "MCCARTHY;SCOTT;GREEN;WALSH;PEREZ;LOPEZ;ALI;KIM;PARK;ROMANO;RUSSO;DELGADO;JACKSON;THOMPSON;ST. JOHN"
)
_PY_FIRST = _split(
    "MICHAEL;JOHN;JOSE;MARIA;JENNIFER;ROBERT;DAVID;LISA;MICHELLE;CHRISTOPHER;ANTHONY;JAMES;KEVIN;ANGELA;JOSEPH;"
    "DANIEL;NICOLE;LUIS;CARLOS;KAREN;PATRICIA;THOMAS;SARAH;RICHARD;ELIZABETH;BRIAN;YAN;WEI;AISHA;FATIMA;DENISE"
)
_PY_STATUS = {"ACTIVE": 90.0, "ON LEAVE": 4.0, "ON SEPARATION LEAVE": 1.0}
_PY_BASE, _PY_BASIS, _PY_OT, _PY_BORO = "Base Salary", "Pay Basis", "Total OT Paid", "Work Location Borough"
_PY_START = "Agency Start Date"


def _py_titles(spec: str) -> list[tuple[str, str, float, float, float, float]]:
    out = []
    for part in _split(spec):
        title, basis, lo, hi, ot, w = part.split("|")
        out.append((title, basis, float(lo), float(hi), float(ot), float(w)))
    return out


def _py_money(x: float) -> str:
    return f"{x:.2f}"


def _payroll_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3405)
    agencies = list(_PY_AGENCIES)
    agency_w = [v[1] for v in _PY_AGENCIES.values()]
    rows: list[dict[str, Any]] = []
    for _ in range(960):
        agency = str(_one(rng, agencies, agency_w))
        payroll_no, _w, spec = _PY_AGENCIES[agency]
        titles = _py_titles(spec)
        title, basis, lo, hi, ot_hours, _tw = titles[int(_one(rng, range(len(titles)), [t[5] for t in titles]))]
        seasonal = title in ("CITY SEASONAL AIDE", "LIFEGUARD")
        years = float(rng.gamma(2.0, 5.0)) if basis == "per Annum" else float(rng.uniform(0, 6))
        start = pd.Timestamp("2022-06-30") - pd.Timedelta(days=int(years * 365.25)) + pd.Timedelta(days=300)
        start = start.normalize()
        step = min(1.0, max(0.0, (pd.Timestamp("2019-06-30") - start).days / 365.25) / 7)
        base0 = lo + (hi - lo) * step if basis == "per Annum" else float(rng.uniform(lo, hi))
        if basis == "per Day":
            base0 = float(_one(rng, [200.0, 225.0, 250.0], [6, 3, 1]))
        borough = None if rng.random() < 0.06 else str(_one(rng, list(_PY_BOROUGHS), list(_PY_BOROUGHS.values())))
        last, first = str(_one(rng, _PY_LAST)), str(_one(rng, _PY_FIRST))
        middle = None if rng.random() < 0.55 else "ABCDEFGHJKLMNPRSTW"[int(rng.integers(18))]
        civilian_hours = (
            1820.0 if agency not in ("POLICE DEPARTMENT", "FIRE DEPARTMENT", "DEPARTMENT OF CORRECTION") else 2080.0
        )
        gone = False
        for k, fy in enumerate((2020, 2021, 2022)):
            fy_end = pd.Timestamp(fy, 6, 30)
            fy_start = pd.Timestamp(fy - 1, 7, 1)
            if gone or start > fy_end:
                continue
            if basis == "per Day" and rng.random() < 0.35:
                continue  # not called to work this year
            status = "SEASONAL" if seasonal else str(_one(rng, list(_PY_STATUS), list(_PY_STATUS.values())))
            if not seasonal and rng.random() < (0.07 if basis == "per Annum" else 0.2):
                status, gone = "CEASED", True
            share = min(1.0, (fy_end - max(start, fy_start)).days / 365)
            if status == "CEASED":
                share *= float(rng.uniform(0.1, 0.9))
            elif status == "ON LEAVE":
                share *= float(rng.uniform(0.3, 0.8))
            base = round(base0 * 1.03**k, 2 if basis != "per Annum" else 0)
            if basis == "per Annum":
                hours = civilian_hours * share
                gross = base * share * float(rng.uniform(0.97, 1.0))
                ot_h = float(rng.gamma(2.0, ot_hours / 2.0)) * share if ot_hours else 0.0
                if ot_hours == 0 and rng.random() < 0.1:
                    ot_h = float(rng.uniform(1, 20))
                ot_paid = ot_h * base / 2080 * 1.5 * float(rng.uniform(0.95, 1.05))
                other = base * float(rng.uniform(0, 0.05)) if rng.random() < 0.7 else 0.0
            elif basis == "per Hour":
                hours = float(rng.uniform(150, 1100)) * (0.5 if fy == 2020 else 1.0)
                gross = base * hours
                ot_h = float(rng.gamma(1.5, ot_hours / 1.5)) if rng.random() < 0.4 else 0.0
                ot_paid = ot_h * base * 1.5
                other = float(rng.uniform(0, 150)) if rng.random() < 0.3 else 0.0
            else:
                hours, ot_h, ot_paid = 0.0, 0.0, 0.0
                gross = base * int(rng.integers(1, 5))
                other = 0.0
            if rng.random() < 0.02:
                ot_paid = -float(rng.uniform(5, 400))  # a clawback of an earlier overpayment
            if rng.random() < 0.02:
                other = -float(rng.uniform(10, 900))
            rows.append(
                {
                    "Fiscal Year": fy,
                    "Payroll Number": payroll_no,
                    "Agency Name": agency,
                    "Last Name": last,
                    "First Name": first,
                    "Mid Init": middle,
                    _PY_START: f"{start:%m/%d/%Y}",
                    _PY_BORO: borough,
                    "Title Description": title,
                    "Leave Status as of June 30": status,
                    _PY_BASE: _py_money(base),
                    _PY_BASIS: basis,
                    "Regular Hours": _py_money(hours),
                    "Regular Gross Paid": _py_money(gross),
                    "OT Hours": _py_money(ot_h),
                    _PY_OT: _py_money(ot_paid),
                    "Total Other Pay": _py_money(other),
                }
            )
    df = pd.DataFrame(rows)
    return df.sort_values(["Fiscal Year", "Agency Name", "Last Name", "First Name"], kind="stable", ignore_index=True)


def _py_year(d: pd.DataFrame, fy: int = 2022) -> pd.DataFrame:
    return d[d["Fiscal Year"] == fy]


def _py_ot(d: pd.DataFrame) -> pd.Series:
    rows = _py_year(d)
    return rows.groupby("Agency Name")[_PY_OT].sum().sort_values()


def _py_titles_pay(d: pd.DataFrame) -> list[float]:
    rows = _py_year(d)
    return [float(rows.loc[rows["Title Description"] == t, _PY_BASE].mean()) for t in ("POLICE OFFICER", "FIREFIGHTER")]


def _py_annual(fy: int | None) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        rows = d if fy is None else _py_year(d, fy)
        return float(rows.loc[rows[_PY_BASIS] == "per Annum", _PY_BASE].mean())

    return mean


_PY_SHORT = {"POLICE DEPARTMENT": "NYPD", "FIRE DEPARTMENT": "FDNY", "DEPARTMENT OF CORRECTION": "DOC"}
_PY_SHORT |= {"DEPARTMENT OF SANITATION": "DSNY", "DEPARTMENT OF TRANSPORTATION": "DOT"}


def _py_agency(value: Callable[[pd.DataFrame], str]) -> Check:
    """An agency by its payroll name or its usual initials ("NYPD")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        name = value(df)
        short = _PY_SHORT.get(name)
        if short and re.search(rf"\b{short}\b", answer):
            return None
        return _named(lambda _d: name)(answer, df)

    return check


def _py_asks_basis(answer: str, df: pd.DataFrame) -> str | None:
    """A clarifying question pointing out that salaries are annual, hourly and daily."""
    if "?" not in answer:
        return "no clarifying question"
    text = answer.lower()
    if re.search(r"annum|annual|yearly", text) and re.search(r"hour|day|daily", text):
        return None
    return "clarifying question does not name the pay bases"


def _py_service(by: str, year_days: float) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        rows = _py_year(d)
        keep = rows["Leave Status as of June 30"] == "ACTIVE"
        keep &= rows[by] == ("DEPARTMENT OF SANITATION" if by == "Agency Name" else "SANITATION WORKER")
        start = pd.to_datetime(rows.loc[keep, _PY_START].astype(str), format="%m/%d/%Y")
        if year_days == 0:
            return float((2022 - start.dt.year).mean())
        return float(((pd.Timestamp("2022-06-30") - start).dt.days / year_days).mean())

    return mean


_PY_WHO = ("Fiscal Year", "Agency Name", "Payroll Number")
_PAYROLL_QS = [
    Q(
        "how many employees in fy2022?",
        has(lambda d: float(len(_py_year(d)))),
        (*_PY_WHO, "Last Name", "First Name"),
    ),
    Q(
        "which agency paid the most OT in fy22 and how much",
        both(
            _py_agency(lambda d: str(_py_ot(d).index[-1])),
            _scaled(lambda d: float(_py_ot(d).iloc[-1]), (1e3, 1e6)),
        ),
        (*_PY_WHO, _PY_OT, "OT Hours"),
    ),
    Q(
        "avg base salary for police officers vs firefighters in fy22",
        _scaled(_py_titles_pay, (1e3,)),
        (*_PY_WHO, "Title Description", _PY_BASE, _PY_BASIS),
    ),
    Q(
        "whats the avg base salary overall?",
        either(_py_asks_basis, _scaled(_py_annual(2022), (1e3,)), _scaled(_py_annual(None), (1e3,))),
        (*_PY_WHO, _PY_BASE, _PY_BASIS, "Title Description"),
    ),
    Q(
        "how many rows are missing the work location borough",
        has(lambda d: float(d[_PY_BORO].isna().sum())),
        (*_PY_WHO, _PY_BORO),
    ),
    Q(
        "for active sanitaiton workers in fy22 whats the avg years of service as of 6/30/2022",
        either(
            *(
                _about(_py_service(by, days), rel=0.01)
                for by in ("Agency Name", "Title Description")
                for days in (365.25, 365.0, 0.0)
            )
        ),
        (*_PY_WHO, "Title Description", _PY_START, "Leave Status as of June 30"),
    ),
]


# --- 6. EPA AirData daily_aqi_by_county_2020.csv (aqs.epa.gov annual summary files) ---------------------------------

# State Name, county Name, State Code, County Code, sites, ozone base and summer swing, PM2.5 base and winter swing,
# PM10 and NO2 bases (0: not measured), sites reporting, wildfire smoke as "first day:last day:peak day:peak AQI"
_AQ_COUNTIES: list[tuple[str, str, str, str, str, tuple[float, float, float, float, float, float], int, str]] = [
    (
        "Arizona",
        "Maricopa",
        "04",
        "013",
        "0019;1004;4005;9997",
        (44, 0.6, 30, 0.5, 36, 22),
        18,
        "09-05:09-20:09-12:118",
    ),
    ("California", "Fresno", "06", "019", "0011;0242;5001", (40, 1.0, 44, 1.2, 0, 18), 7, "08-18:10-25:09-14:243"),
    (
        "California",
        "Los Angeles",
        "06",
        "037",
        "1103;1602;4004;6012;0002",
        (46, 0.8, 40, 0.3, 0, 34),
        15,
        "09-05:09-20:09-11:165",
    ),
    ("Colorado", "Denver", "08", "031", "0002;0026;0027", (40, 0.5, 33, 0.3, 0, 30), 5, "08-12:10-25:10-17:162"),
    ("Illinois", "Cook", "17", "031", "0076;1003;4201;0219", (33, 0.6, 42, 0.2, 0, 30), 14, ""),
    ("Oregon", "Multnomah", "41", "051", "0080;0246", (24, 0.5, 28, 0.4, 0, 0), 3, "09-08:09-19:09-13:452"),
    ("Texas", "Harris", "48", "201", "0024;0055;1039;1066", (35, 0.4, 42, 0.1, 0, 25), 12, ""),
    ("Washington", "King", "53", "033", "0080;0030;0057", (25, 0.4, 28, 0.4, 0, 0), 6, "09-09:09-19:09-14:231"),
]
_AQ_BANDS = [(50, "Good"), (100, "Moderate"), (150, "Unhealthy for Sensitive Groups"), (200, "Unhealthy")]
_AQ_BANDS += [(300, "Very Unhealthy"), (100000, "Hazardous")]


def _aq_category(aqi: int) -> str:
    return next(name for top, name in _AQ_BANDS if aqi <= top)


def _aq_smoke(day: pd.Timestamp, spec: str) -> float:
    if not spec:
        return 0.0
    first, last, peak, top = spec.split(":")
    a, b, p = (pd.Timestamp(f"2020-{x}") for x in (first, last, peak))
    if day < a or day > b:
        return 0.0
    side = int((p - a).days if day <= p else (b - p).days)
    return float(top) * float(max(0.0, 1 - abs(int((day - p).days)) / max(side, 1)) ** 1.3)


def _aqi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3406)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2020-01-01", "2020-12-31")
    for state, county, sc, cc, sites, (o3, o3_amp, pm, pm_amp, pm10, no2), n_sites, smoke in _AQ_COUNTIES:
        site_ids = [f"{sc}-{cc}-{s}" for s in _split(sites)]
        missing = set(rng.choice(len(days), size=int(rng.integers(2, 9)), replace=False).tolist())
        for i, day in enumerate(days):
            summer = float(np.cos(2 * np.pi * (day.day_of_year - 190) / 366))
            parts = {
                "Ozone": o3 * (1 + o3_amp * summer) * float(rng.lognormal(0, 0.22)),
                "PM2.5": pm * (1 - pm_amp * summer * 0.8) * float(rng.lognormal(0, 0.3)) + _aq_smoke(day, smoke),
            }
            if pm10:
                parts["PM10"] = pm10 * float(rng.lognormal(0, 0.45))
            if no2:
                parts["NO2"] = no2 * (1.15 if day.day_of_week < 5 else 0.8) * float(rng.lognormal(0, 0.3))
            if rng.random() < 0.004:
                parts["CO"] = float(rng.uniform(20, 60))
            param = max(parts, key=lambda k: parts[k])
            if i in missing:
                continue
            aqi = max(3, round(parts[param]))
            rows.append(
                {
                    "State Name": state,
                    "county Name": county,
                    "State Code": sc,
                    "County Code": cc,
                    "Date": f"{day:%Y-%m-%d}",
                    "AQI": aqi,
                    "Category": _aq_category(aqi),
                    "Defining Parameter": param,
                    "Defining Site": str(_one(rng, site_ids)),
                    "Number of Sites Reporting": max(1, n_sites - int(rng.integers(0, 3))),
                }
            )
    return pd.DataFrame(rows)


_AQ_COUNTY = "county Name"


def _aq_of(d: pd.DataFrame, county: str) -> pd.DataFrame:
    return d[d[_AQ_COUNTY] == county]


def _aq_month(per_county: bool) -> Callable[[pd.DataFrame], int]:
    def month(d: pd.DataFrame) -> int:
        m = pd.to_datetime(d["Date"].astype(str)).dt.month
        if per_county:
            means = d.groupby([m, d[_AQ_COUNTY]])["AQI"].mean().groupby(level=0).mean()
        else:
            means = d.groupby(m)["AQI"].mean()
        return int(means.idxmax())

    return month


def _aq_summer(d: pd.DataFrame) -> str:
    rows = _aq_of(d, "Maricopa")
    m = pd.to_datetime(rows["Date"].astype(str)).dt.month
    return str(rows.loc[m.isin([6, 7, 8]), "Defining Parameter"].value_counts().index[0])


def _aq_good(d: pd.DataFrame, whole_year: bool) -> float:
    rows = _aq_of(d, "King")
    return float((rows["Category"] == "Good").sum() / (366 if whole_year else len(rows)))


_AQ_COLS = ("State Name", _AQ_COUNTY, "State Code", "County Code", "Date", "AQI")
_AQI_QS = [
    Q(
        "which county had the worst avg AQI in 2020?",
        _named(lambda d: str(d.groupby(_AQ_COUNTY)["AQI"].mean().idxmax())),
        _AQ_COLS,
    ),
    Q(
        "how many days was multnomah over 100",
        has(lambda d: float((_aq_of(d, "Multnomah")["AQI"] > 100).sum())),
        (*_AQ_COLS, "Category"),
    ),
    Q(
        "plot it over the year - when did it peak?",
        _date_word(lambda d: pd.Timestamp(str(_aq_of(d, "Multnomah").set_index("Date")["AQI"].idxmax()))),
        (*_AQ_COLS, "Category"),
    ),
    Q(
        "% of days rated good in king county",
        either(_share(lambda d: _aq_good(d, False)), _share(lambda d: _aq_good(d, True))),
        (*_AQ_COLS, "Category"),
    ),
    Q(
        "most common defining parameter in maricopa during summer (jun-aug)?",
        _named(_aq_summer),
        (*_AQ_COLS, "Defining Parameter"),
    ),
    Q(
        "which month had the highest avg aqi across all the counties",
        either(_month_name(_aq_month(False)), _month_name(_aq_month(True))),
        _AQ_COLS,
    ),
]


# --- 7. The Museum of Modern Art (MoMA) collection, Artworks.csv (github.com/MuseumofModernArt/collection) ---------

# Artist, ConstituentID, nationality, born where (if not there), begin, end (0: living), gender, classifications,
# active from, active to, weight
_MO_ARTISTS: list[tuple[str, int, str, str, int, int, str, dict[str, float], int, int, float]] = [
    ("Eugène Atget", 229, "French", "", 1857, 1927, "Male", {"Photograph": 1}, 1898, 1927, 10),
    (
        "Louise Bourgeois",
        710,
        "American",
        "France",
        1911,
        2010,
        "Female",
        {"Print": 0.78, "Illustrated Book": 0.1, "Sculpture": 0.05, "Drawing": 0.07},
        1938,
        2010,
        8,
    ),
    (
        "Ludwig Mies van der Rohe",
        7166,
        "American",
        "Germany",
        1886,
        1969,
        "Male",
        {"Mies van der Rohe Archive": 0.85, "Architecture": 0.1, "Design": 0.05},
        1910,
        1969,
        6,
    ),
    ("Lee Friedlander", 2002, "American", "", 1934, 0, "Male", {"Photograph": 1}, 1958, 2012, 5),
    (
        "Jean Dubuffet",
        1633,
        "French",
        "",
        1901,
        1985,
        "Male",
        {"Print": 0.7, "Drawing": 0.2, "Painting": 0.1},
        1944,
        1984,
        4,
    ),
    (
        "Pablo Picasso",
        4609,
        "Spanish",
        "",
        1881,
        1973,
        "Male",
        {"Print": 0.5, "Illustrated Book": 0.2, "Drawing": 0.1, "Painting": 0.12, "Sculpture": 0.08},
        1900,
        1972,
        4,
    ),
    (
        "Henri Matisse",
        3832,
        "French",
        "",
        1869,
        1954,
        "Male",
        {"Print": 0.5, "Drawing": 0.15, "Painting": 0.2, "Illustrated Book": 0.15},
        1900,
        1954,
        3,
    ),
    ("Walker Evans", 1777, "American", "", 1903, 1975, "Male", {"Photograph": 1}, 1928, 1974, 3),
    (
        "Frank Lloyd Wright",
        6459,
        "American",
        "",
        1867,
        1959,
        "Male",
        {"Architecture": 0.7, "Design": 0.3},
        1893,
        1959,
        2.5,
    ),
    (
        "Andy Warhol",
        6246,
        "American",
        "",
        1928,
        1987,
        "Male",
        {"Print": 0.6, "Painting": 0.2, "Drawing": 0.1, "Photograph": 0.1},
        1949,
        1987,
        2.5,
    ),
    (
        "Kiki Smith",
        5560,
        "American",
        "Germany",
        1954,
        0,
        "Female",
        {"Print": 0.7, "Sculpture": 0.15, "Drawing": 0.15},
        1980,
        2019,
        2.5,
    ),
    ("Cindy Sherman", 5392, "American", "", 1954, 0, "Female", {"Photograph": 1}, 1975, 2019, 2),
    ("Dorothea Lange", 3373, "American", "", 1895, 1965, "Female", {"Photograph": 1}, 1920, 1965, 2),
    ("Käthe Kollwitz", 3201, "German", "", 1867, 1945, "Female", {"Print": 0.8, "Drawing": 0.2}, 1890, 1945, 2),
    (
        "Man Ray",
        3716,
        "American",
        "",
        1890,
        1976,
        "Male",
        {"Photograph": 0.7, "Print": 0.2, "Painting": 0.1},
        1915,
        1976,
        2,
    ),
    (
        "Joan Miró",
        4016,
        "Spanish",
        "",
        1893,
        1983,
        "Male",
        {"Print": 0.6, "Painting": 0.25, "Drawing": 0.15},
        1918,
        1982,
        2,
    ),
    ("Georgia O'Keeffe", 4367, "American", "", 1887, 1986, "Female", {"Painting": 0.7, "Drawing": 0.3}, 1915, 1980, 1),
    ("Frida Kahlo", 2963, "Mexican", "", 1907, 1954, "Female", {"Painting": 0.8, "Drawing": 0.2}, 1926, 1954, 0.4),
    (
        "Jackson Pollock",
        4675,
        "American",
        "",
        1912,
        1956,
        "Male",
        {"Painting": 0.6, "Drawing": 0.2, "Print": 0.2},
        1934,
        1956,
        1,
    ),
    ("Piet Mondrian", 4057, "Dutch", "", 1872, 1944, "Male", {"Painting": 0.7, "Drawing": 0.3}, 1900, 1944, 1),
    ("Mark Rothko", 5047, "American", "Russia", 1903, 1970, "Male", {"Painting": 0.8, "Drawing": 0.2}, 1930, 1970, 0.6),
    (
        "Yayoi Kusama",
        3315,
        "Japanese",
        "",
        1929,
        0,
        "Female",
        {"Painting": 0.3, "Sculpture": 0.2, "Print": 0.3, "Drawing": 0.2},
        1952,
        2017,
        1,
    ),
    (
        "Gerhard Richter",
        4907,
        "German",
        "",
        1932,
        0,
        "Male",
        {"Print": 0.5, "Painting": 0.3, "Photograph": 0.2},
        1962,
        2016,
        1.5,
    ),
    ("Alvar Aalto", 1, "Finnish", "", 1898, 1976, "Male", {"Design": 0.6, "Architecture": 0.4}, 1925, 1976, 1),
    ("Zaha Hadid", 2368, "British", "Iraq", 1950, 2016, "Female", {"Architecture": 0.8, "Design": 0.2}, 1976, 2016, 1),
    ("Dieter Rams", 4777, "German", "", 1932, 0, "Male", {"Design": 1}, 1955, 1995, 1.5),
    ("Nam June Paik", 4465, "American", "Korea", 1932, 2006, "Male", {"Video": 0.8, "Sculpture": 0.2}, 1963, 2005, 1),
    (
        "Bruce Nauman",
        4229,
        "American",
        "",
        1941,
        0,
        "Male",
        {"Video": 0.4, "Print": 0.3, "Drawing": 0.2, "Sculpture": 0.1},
        1965,
        2015,
        1.5,
    ),
    ("Marina Abramović", 33, "Serbian", "", 1946, 0, "Female", {"Performance": 0.5, "Video": 0.5}, 1970, 2015, 0.8),
    ("Unknown photographer", 8595, "", "", 0, 0, "", {"Photograph": 1}, 1850, 1950, 2.5),
    ("Unknown Designer", 8059, "", "", 0, 0, "", {"Design": 1}, 1900, 2000, 1),
]
# pairs of artists on one work: (names, ids, nationality, begin, end, gender) of each, classifications, years, weight
_MO_PAIRS: list[tuple[list[tuple[str, int, str, int, int, str]], dict[str, float], int, int, float]] = [
    (
        [
            ("Charles Eames", 1725, "American", 1907, 1978, "Male"),
            ("Ray Eames", 1730, "American", 1912, 1988, "Female"),
        ],
        {"Design": 1},
        1945,
        1978,
        1.5,
    ),
    (
        [
            ("Alison Smithson", 5505, "British", 1928, 1993, "Female"),
            ("Peter Smithson", 5506, "British", 1923, 2003, "Male"),
        ],
        {"Architecture": 1},
        1950,
        1990,
        0.5,
    ),
]
_MO_DEPARTMENTS = {"Photograph": "Photography", "Painting": "Painting & Sculpture", "Sculpture": "Painting & Sculpture"}
_MO_DEPARTMENTS |= {
    "Print": "Drawings & Prints",
    "Drawing": "Drawings & Prints",
    "Illustrated Book": "Drawings & Prints",
}
_MO_DEPARTMENTS |= {"Architecture": "Architecture & Design", "Design": "Architecture & Design"}
_MO_DEPARTMENTS |= {"Mies van der Rohe Archive": "Architecture & Design", "Video": "Media and Performance"}
_MO_DEPARTMENTS |= {"Performance": "Media and Performance"}
_MO_TITLES = {
    "Photograph": "Untitled;Rue de la Montagne-Sainte-Geneviève;New York City;Street Scene;Self-Portrait;Portrait;"
    "Versailles, Parc;Coney Island;Storefront;Migrant Mother;Alabama Tenant Farmer;Untitled Film Still",
    "Painting": "Untitled;Composition;Self-Portrait;Number 1;Still Life;The Studio;Woman;Landscape;Red and Blue;"
    "Interior;Figure;Abstraction",
    "Sculpture": "Untitled;Spider;Head;Figure;Standing Woman;Cell;Bust;Torso",
    "Print": "Untitled;Plate 4 from a portfolio;Self-Portrait;Woman;Head;Composition;Poster;Plate 12 from Jazz;"
    "Figure;Bird;Flowers",
    "Drawing": "Untitled;Study for a painting;Head;Figure;Sketch;Self-Portrait;Landscape;Study",
    "Illustrated Book": "Untitled;He Disappeared into Complete Silence;Jazz;Verve;Poems;Songs",
    "Architecture": "Project, Elevation;Project, Plan;Project, Perspective;House, Site plan;Museum, Section;Tower",
    "Mies van der Rohe Archive": "Barcelona Pavilion, Plan;Tugendhat House, Elevation;Seagram Building, Perspective;"
    "Farnsworth House, Plan;Friedrichstrasse Skyscraper Project, Elevation;Crown Hall, Section",
    "Design": "Side Chair;Armchair;Lounge Chair;Radio;Table Lamp;Vase;Stool;Record Player;Calculator;Poster",
    "Video": "Untitled;TV Buddha;Global Groove;Clown Torture;Walking in an Exaggerated Manner",
    "Performance": "The Artist Is Present;Rhythm 0;Imponderabilia;Balkan Baroque",
}
_MO_CREDITS = _split(
    "Purchase;Gift of the artist;Abby Aldrich Rockefeller Fund;Acquired through the Lillie P. Bliss Bequest;"
    "Gift of Mr. and Mrs. Joseph Pulitzer, Jr.;The Judith Rothschild Foundation Contemporary Drawings Collection Gift;"
    "Purchased with funds given by Agnes Gund;Committee on Photography Fund;Gift of Philip Johnson"
)
_MO_MONTHS = _split("January;February;March;April;May;June;July;August;September;October;November;December")
_MO_CM = ["Circumference (cm)", "Depth (cm)", "Diameter (cm)", "Height (cm)", "Length (cm)", "Weight (kg)"]
_MO_CM += ["Width (cm)", "Seat Height (cm)", "Duration (sec.)"]
_MO_H, _MO_W = "Height (cm)", "Width (cm)"
# median height and width (cm) by classification, spread of the size
_MO_SIZES = {"Photograph": (24.0, 19.0, 0.35), "Painting": (95.0, 85.0, 0.5), "Sculpture": (70.0, 40.0, 0.6)}
_MO_SIZES |= {"Print": (45.0, 35.0, 0.4), "Drawing": (38.0, 30.0, 0.4), "Illustrated Book": (33.0, 25.0, 0.25)}
_MO_SIZES |= {"Architecture": (60.0, 80.0, 0.4), "Mies van der Rohe Archive": (55.0, 75.0, 0.45)}
_MO_SIZES |= {"Design": (70.0, 55.0, 0.6)}


def _mo_inches(cm: float) -> str:
    """A length in inches to the nearest eighth, as MoMA writes it: "19 1/8"."""
    eighths = round(cm / 2.54 * 8)
    whole, part = divmod(eighths, 8)
    if part == 0:
        return str(whole)
    num, den = part, 8
    while num % 2 == 0:
        num, den = num // 2, den // 2
    return f"{whole} {num}/{den}" if whole else f"{num}/{den}"


def _mo_date(rng: np.random.Generator, year: int, kind: str) -> str | None:
    form = int(_one(rng, range(10), [40, 14, 8, 4, 4, 7 if kind == "Photograph" else 1, 4, 3, 3, 3]))
    if form == 0:
        return str(year)
    if form == 1:
        return f"c. {year}"
    if form == 2:
        return f"{year}-{(year + int(rng.integers(1, 4))) % 100:02d}"
    if form == 3:
        return f"{year}–{year + int(rng.integers(1, 6))}"
    if form == 4:
        return f"({year})"
    if form == 5:
        return f"{year}, printed {min(2018, year + int(rng.integers(5, 50)))}"
    if form == 6:
        return f"{year // 10 * 10}s"
    if form == 7:
        return f"{_one(rng, _MO_MONTHS)} {int(rng.integers(1, 29))}, {year}"
    if form == 8:
        return str(_one(rng, ["n.d.", "Unknown", "n.d."]))
    return None


def _mo_bio(nat: str, born: str, begin: int, end: int) -> str | None:
    if not nat:
        return None
    where = f"born {born}. " if born and end else (f"born {born} " if born else "")
    return (
        f"({nat}, {where}{begin}–{end})" if end else f"({nat}, {where or 'born '}{begin})".replace("born born", "born")
    )


def _moma_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3407)
    makers: list[tuple[dict[str, Any], dict[str, float], int, int, float]] = []
    for name, cid, nat, born, begin, end, gender, kinds, first, last, w in _MO_ARTISTS:
        who = {
            "Artist": name,
            "ConstituentID": str(cid),
            "ArtistBio": _mo_bio(nat, born, begin, end),
            "Nationality": f"({nat})",
            "BeginDate": f"({begin})",
            "EndDate": f"({end})",
            "Gender": f"({gender})",
        }
        makers.append((who, kinds, first, last, w))
    for pair, kinds, first, last, w in _MO_PAIRS:
        who = {
            "Artist": ", ".join(p[0] for p in pair),
            "ConstituentID": ", ".join(str(p[1]) for p in pair),
            "ArtistBio": " ".join(str(_mo_bio(p[2], "", p[3], p[4])) for p in pair),
            "Nationality": " ".join(f"({p[2]})" for p in pair),
            "BeginDate": " ".join(f"({p[3]})" for p in pair),
            "EndDate": " ".join(f"({p[4]})" for p in pair),
            "Gender": " ".join(f"({p[5]})" for p in pair),
        }
        makers.append((who, kinds, first, last, w))
    maker_w = [m[4] for m in makers]
    rows: list[dict[str, Any]] = []
    object_id = 0
    for _ in range(2300):
        who, kinds, first, last, _w = makers[int(_one(rng, range(len(makers)), maker_w))]
        kind = str(_one(rng, list(kinds), list(kinds.values())))
        title = str(_one(rng, _split(_MO_TITLES[kind])))
        year = int(rng.integers(first, last + 1))
        gap = float(rng.lognormal(np.log(12 if last > 1960 else 25), 0.8))
        acquired_year = int(min(2019, max(1929, year + 1, year + round(gap))))
        acquired = pd.Timestamp(acquired_year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
        object_id += int(rng.integers(1, 40))
        dims: dict[str, float | None] = dict.fromkeys(_MO_CM)
        text = "Dimensions variable"
        if kind in ("Video", "Performance"):
            dims["Duration (sec.)"] = float(int(rng.lognormal(np.log(900), 0.7)))
            text = f"{int(dims['Duration (sec.)'] or 0) // 60} min."
        elif not (kind == "Sculpture" and rng.random() < 0.15) and rng.random() > 0.04:
            h0, w0, spread = _MO_SIZES[kind]
            size = float(rng.lognormal(0, spread))
            h = round(h0 * size * float(rng.lognormal(0, 0.25)), 1)
            w = round(w0 * size * float(rng.lognormal(0, 0.25)), 1)
            dims[_MO_H], dims[_MO_W] = h, w
            text = f'{_mo_inches(h)} x {_mo_inches(w)}" ({h} x {w} cm)'
            if kind in ("Sculpture", "Design"):
                depth = round(min(h, w) * float(rng.uniform(0.3, 1.0)), 1)
                dims["Depth (cm)"] = depth
                text = f'{_mo_inches(h)} x {_mo_inches(w)} x {_mo_inches(depth)}" ({h} x {w} x {depth} cm)'
                if rng.random() < 0.2:
                    dims["Weight (kg)"] = round(h * w * depth / 4000 * float(rng.uniform(0.2, 1.0)), 1)
            if kind == "Design" and "Chair" in title:
                dims["Seat Height (cm)"] = round(float(rng.uniform(38, 46)), 1)
        accession = f"{int(rng.integers(1, 1500))}.{acquired_year}"
        if rng.random() < 0.05:
            accession = f"SC{accession}" if kind == "Photograph" else f"{accession}.a-{_one(rng, ['b', 'c', 'd'])}"
        cataloged = "Y" if rng.random() < 0.8 else "N"
        rows.append(
            {
                "Title": title,
                **who,
                "Date": _mo_date(rng, year, kind),
                "Medium": {
                    "Photograph": "Gelatin silver print",
                    "Painting": "Oil on canvas",
                    "Print": str(_one(rng, ["Lithograph", "Etching", "Screenprint", "Woodcut"])),
                    "Drawing": str(_one(rng, ["Pencil on paper", "Ink on paper", "Charcoal on paper"])),
                }.get(kind, str(_one(rng, ["Mixed media", "Wood and metal", "Ink on paper", "Video (color, sound)"]))),
                "Dimensions": text,
                "CreditLine": "Mies van der Rohe Archive, gift of the architect"
                if kind == "Mies van der Rohe Archive"
                else str(_one(rng, _MO_CREDITS)),
                "AccessionNumber": accession,
                "Classification": kind,
                "Department": _MO_DEPARTMENTS[kind],
                "DateAcquired": None if rng.random() < 0.08 else f"{acquired:%Y-%m-%d}",
                "Cataloged": cataloged,
                "ObjectID": object_id,
                "URL": f"http://www.moma.org/collection/works/{object_id}" if cataloged == "Y" else None,
                "ThumbnailURL": None
                if cataloged == "N" or rng.random() < 0.3
                else f"http://www.moma.org/media/W1siZiIsIjM{int(rng.integers(10**6, 10**7))}Il0?sha="
                + "".join("0123456789abcdef"[int(i)] for i in rng.integers(0, 16, 16)),
                **dims,
            }
        )
    return pd.DataFrame(rows)


def _mo_years(d: pd.DataFrame, how: str) -> pd.Series:
    """Year made, read from the free-text Date: the first four-digit year, or every year it was made in ("1959-61" is
    1959 and 1961, "1948, printed 1973" only 1948) as lists."""
    text = d["Date"].fillna("").astype(str)
    first = pd.to_numeric(text.str.extract(r"(\d{4})")[0], errors="coerce")
    if how == "first":
        return first

    def every(s: str) -> list[int]:
        s = s.split(", printed")[0]
        years = [int(y) for y in re.findall(r"\d{4}", s)]
        short = re.match(r"^\D*(\d{2})(\d{2})\s*[-–]\s*(\d{2})\b", s)
        if short:
            years.append(int(short.group(1) + short.group(3)))
        return years

    return text.map(every)


def _mo_sixties(how: str) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        if how == "first":
            y = _mo_years(d, "first")
            return float(((y >= 1960) & (y <= 1969)).sum())
        return float(_mo_years(d, "every").map(lambda ys: any(1960 <= y <= 1969 for y in ys)).sum())

    return count


def _mo_female(how: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        g = d["Gender"].astype(str)
        if how == "only":
            return float((g == "(Female)").mean())
        if how == "any":
            return float(g.str.contains("(Female)", regex=False).mean())
        known = g.str.contains(r"\((?:Male|Female)\)")
        return float((g[known] == "(Female)").mean())

    return share


def _mo_gap(by: str, acquired: str) -> Callable[[pd.DataFrame], float]:
    def median(d: pd.DataFrame) -> float:
        rows = d[d["Classification"] == "Painting"] if by == "Classification" else d[d["Department"] == by]
        made = _mo_years(rows, "first")
        if acquired == "DateAcquired":
            got = pd.to_datetime(rows["DateAcquired"], errors="coerce").dt.year
        else:
            got = pd.to_numeric(
                rows["AccessionNumber"].astype(str).str.extract(r"\.(\d{4})(?:\.|$)")[0], errors="coerce"
            )
        return float((got - made).dropna().median())

    return median


def _mo_paint(d: pd.DataFrame, col: str) -> pd.Series:
    return d.loc[d["Classification"] == "Painting", col]


_MO_WHO = ("Artist", "ConstituentID", "Title", "ObjectID")
_MOMA_QS = [
    Q(
        "which artist has the most works in here?",
        _named(lambda d: str(d["Artist"].value_counts().index[0])),
        _MO_WHO,
    ),
    Q(
        "count of works per department - which dept is biggest, how many?",
        both(
            _named(lambda d: str(d["Department"].value_counts().index[0])),
            has(lambda d: float(d["Department"].value_counts().iloc[0])),
        ),
        (*_MO_WHO, "Department", "Classification"),
    ),
    Q(
        "what share of the works are by women artists?",
        either(*(_share(_mo_female(how)) for how in ("only", "any", "known"))),
        (*_MO_WHO, "Gender"),
    ),
    Q(
        "how many works were made in the 1960s",
        either(has(_mo_sixties("first")), has(_mo_sixties("every"))),
        (*_MO_WHO, "Date"),
    ),
    Q(
        "for paintings, whats the median gap in years between when it was made and when moma acquired it",
        either(
            *(
                _near(_mo_gap(by, acquired), 0.51)
                for by in ("Classification", "Painting & Sculpture")
                for acquired in ("DateAcquired", "AccessionNumber")
            )
        ),
        (*_MO_WHO, "Classification", "Department", "Date", "DateAcquired", "AccessionNumber"),
    ),
    Q(
        "plot height vs width for the paintings. are they correlated?",
        either(
            _corr(lambda d: _mo_paint(d, _MO_H), lambda d: _mo_paint(d, _MO_W)),
            _corr(
                lambda d: d.loc[d["Department"] == "Painting & Sculpture", _MO_H],
                lambda d: d.loc[d["Department"] == "Painting & Sculpture", _MO_W],
            ),
        ),
        (*_MO_WHO, "Classification", "Department", _MO_H, _MO_W, "Dimensions"),
    ),
]


HELDOUT34: list[Dataset] = [
    Dataset("nchs_leading_causes_of_death", _cdc_frame, _CDC_QS),
    Dataset("cta_l_station_entries", _cta_frame, _CTA_QS),
    Dataset("iowa_liquor_sales", _iowa_frame, _IOWA_QS),
    Dataset("international_football_results", _football_frame, _FOOTBALL_QS),
    Dataset("nyc_citywide_payroll", _payroll_frame, _PAYROLL_QS),
    Dataset("epa_daily_aqi_by_county", _aqi_frame, _AQI_QS),
    Dataset("moma_artworks", _moma_frame, _MOMA_QS),
]
