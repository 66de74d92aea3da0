"""HELDOUT57: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: the Social
Security Administration's baby names by state as shared on Kaggle (StateNames.csv, 4288 rows for four states and a
dozen names) with Id (the row number in the full file, so with gaps), Name, Year from 1910 to 2014, F / M Gender,
two-letter State ("CA", "MI", "NY", "TX") and Count, one row per name, state, sex and year, sorted by state, sex, year
and count, names given fewer than five times in a state and year left out and Jordan both a girls' and a boys' name;
Kaggle's Rossmann Store Sales training file (train.csv, five stores from 2013-01-01 to 2015-07-31, newest day first)
with Store, DayOfWeek 1-7 (Monday = 1), Date as "2015-07-31", Sales and Customers (zero on closed days and on two
open ones), 0 / 1 Open, Promo and SchoolHoliday, StateHoliday as "0", "a", "b" or "c" with the zeros held as text in
some rows and as numbers in others, Sundays closed but at one store, a store shut for a refurbishment and another
missing from July to December 2014; Kaggle's Medical Cost Personal Datasets (insurance.csv, 1338 people) with age,
female / male sex, bmi to one, two or three decimals, children, yes / no smoker, southwest / southeast / northwest /
northeast region and charges to three to five decimals, one row in twice; the World Happiness Report for 2015 to 2019
in the 2019 layout (2019.csv: Overall rank, Country or region, Score, GDP per capita, Social support, Healthy life
expectancy, Freedom to make life choices, Generosity, Perceptions of corruption) with the years stacked under a Year
column (155 to 160 countries a year, 785 rows), five decimals in 2015 and 2016, float32 noise in 2017
("7.6530070304870605") and three decimals in 2018 and 2019, countries that come and go (Oman, Puerto Rico, Gambia)
or change names ("Taiwan Province of China", "Trinidad and Tobago" / "Trinidad & Tobago", "Macedonia" / "North
Macedonia", "North Cyprus" / "Northern Cyprus") and the United Arab Emirates' 2018 corruption score blank; Kaggle's
Weather in Seattle file (seattle-weather.csv, every day of 2012-2015) with date as "2012-01-01", precipitation in
millimetres converted from hundredths of an inch, temp_max and temp_min in degrees Celsius converted from whole
degrees Fahrenheit, wind in m/s and drizzle / rain / sun / snow / fog labels that do not always agree with the
precipitation (some wet days called "sun"); Kaggle's TED Talks file (ted_main.csv, 2550 talks by publication date)
with comments, description, duration in seconds, event ("TED2006", "TEDGlobal 2009", "TEDxHouston", "TED@IBM"),
film_date and published_date as unix seconds, languages (0 for some music performances), main_speaker, name as "Ken
Robinson: Do schools kill creativity?", num_speaker, speaker_occupation (six blank, a few in lower case, many
compound such as "Author/educator" or "Photographer, activist"), tags as a sorted Python list literal
("['children', 'creativity']", with "TEDx" for TEDx talks), title and views; and TidyTuesday's IPF powerlifting results
(ipf_lifts.csv of 2019-10-08, 5000 entries of world and European championships from 1973 to 2019, lifters in several
meets) with name, F / M sex, SBD / B / SD event, Raw / Single-ply / Wraps equipment, age with blanks and halves
("23.5" when only the birth year is known), age_class such as "24-34" or "40-44" (blank with most blank ages),
division ("Open", "Juniors", "Masters 2"), bodyweight_kg (twenty blank), weight_class_kg as text ("83", "120+",
"67.5", the classes changing in 1980 and 2011), best3squat_kg, best3bench_kg and best3deadlift_kg blank for lifts
outside the event and negative for a lift failed three times, place as "1", "2" ... with gaps or "DQ", date as
"2019-06-08", federation IPF and meet_name. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _split, _text, _year
from .heldout38 import _table
from .heldout39 import _fields, _month_of
from .heldout40 import _top_named
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _curve(text: str, at: np.ndarray) -> np.ndarray:
    """The piecewise-linear curve through the "x:y;x:y" anchors, read at `at`."""
    xs, ys = _table(text)
    return np.asarray(np.interp(at, [float(x) for x in xs], ys), dtype=float)


def _counts(text: str) -> dict[str, int]:
    """The labels of "a:3;b:1" with their whole counts."""
    labels, weights = _table(text)
    return {label: int(w) for label, w in zip(labels, weights, strict=True)}


def _unix(stamp: str) -> int:
    """Seconds since 1970 (UTC) of "2006-06-27 00:11"."""
    return int(pd.Timestamp(stamp).timestamp())


# --- 1. US baby names by state (SSA data via Kaggle "US Baby Names", StateNames.csv) -------------------------------

# state: recorded births (thousands, both sexes) at anchor years
_BN_BIRTHS = {
    "CA": "1910:18;1920:45;1930:55;1940:75;1947:170;1960:350;1970:360;1975:310;1990:600;2000:530;2007:565;2014:500",
    "MI": "1910:25;1920:60;1930:70;1940:80;1947:150;1957:205;1970:170;1975:135;1990:150;2000:135;2014:112",
    "NY": "1910:60;1920:120;1930:130;1940:120;1947:230;1960:330;1970:300;1975:230;1990:290;2000:255;2014:235",
    "TX": "1910:18;1920:55;1930:75;1940:90;1947:150;1960:230;1970:230;1980:280;1990:320;2000:360;2007:405;2014:400",
}
# name|gender: share of that sex's births (%) at anchor years, and the state multipliers (CA, MI, NY, TX)
_BN_NAMES: dict[tuple[str, str], tuple[str, tuple[float, float, float, float]]] = {
    ("Mary", "F"): (
        "1910:5.6;1920:5.4;1930:4.6;1940:3.9;1947:3.3;1955:2.2;1960:1.7;1970:1.0;1980:0.55;1990:0.35;2000:0.22;"
        "2014:0.13",
        (0.8, 1.0, 1.15, 1.1),
    ),
    ("Linda", "F"): (
        "1910:0.02;1925:0.25;1935:1.6;1942:3.1;1947:5.4;1952:3.9;1960:1.6;1970:0.45;1980:0.12;1990:0.05;2014:0.01",
        (1.1, 1.05, 0.9, 1.0),
    ),
    ("Jennifer", "F"): (
        "1910:0;1935:0.01;1945:0.06;1955:0.45;1965:1.9;1970:3.6;1974:4.1;1980:3.3;1985:2.0;1990:1.2;2000:0.4;"
        "2010:0.13;2014:0.08",
        (1.05, 1.0, 1.05, 0.95),
    ),
    ("Ashley", "F"): (
        "1910:0;1955:0;1962:0.02;1970:0.15;1975:0.9;1980:2.2;1985:3.5;1990:2.6;1995:1.7;2000:0.85;2010:0.17;2014:0.1",
        (0.8, 1.0, 0.9, 1.2),
    ),
    ("Emma", "F"): (
        "1910:1.1;1920:0.75;1930:0.4;1940:0.18;1950:0.08;1960:0.04;1970:0.03;1980:0.04;1990:0.12;1995:0.3;2000:0.65;"
        "2003:0.95;2008:0.95;2014:1.02",
        (0.85, 1.15, 1.0, 0.9),
    ),
    ("Jordan", "F"): (
        "1910:0;1970:0;1975:0.01;1985:0.12;1993:0.35;1997:0.45;2003:0.25;2010:0.1;2014:0.07",
        (0.9, 1.1, 0.9, 1.1),
    ),
    ("John", "M"): (
        "1910:5.4;1920:5.0;1930:4.5;1940:4.0;1950:3.5;1960:2.7;1970:2.1;1980:1.6;1990:1.2;2000:0.85;2010:0.55;2014:0.45",
        (0.85, 1.0, 1.15, 1.0),
    ),
    ("Robert", "M"): (
        "1910:3.3;1920:4.7;1930:5.2;1940:5.0;1950:4.0;1960:3.0;1970:1.8;1980:1.3;1990:0.9;2000:0.5;2014:0.27",
        (0.9, 1.1, 1.0, 1.0),
    ),
    ("Michael", "M"): (
        "1910:0.4;1920:0.7;1930:1.0;1940:2.0;1950:3.6;1960:4.0;1970:4.3;1980:3.9;1990:3.1;2000:1.8;2010:0.9;2014:0.7",
        (1.0, 1.05, 1.0, 0.95),
    ),
    ("Jacob", "M"): (
        "1910:0.12;1930:0.06;1950:0.04;1970:0.15;1980:0.5;1990:1.1;1999:1.7;2005:1.4;2010:1.1;2014:0.75",
        (0.8, 1.15, 0.9, 1.1),
    ),
    ("Noah", "M"): (
        "1910:0.02;1950:0.01;1970:0.02;1980:0.06;1990:0.3;2000:0.55;2008:0.8;2014:1.0",
        (0.9, 1.0, 0.75, 1.3),
    ),
    ("Jordan", "M"): (
        "1910:0;1960:0.005;1970:0.04;1980:0.25;1990:0.75;1995:0.95;2000:0.7;2010:0.4;2014:0.3",
        (0.85, 1.1, 0.85, 1.2),
    ),
}
_BN_STATE_NAMES = {"CA": ("California",), "MI": ("Michigan",), "NY": ("New York",), "TX": ("Texas",)}


def _baby_names_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5701)
    years = np.arange(1910, 2015)
    shares = {key: _curve(curve, years) for key, (curve, _m) in _BN_NAMES.items()}
    rows: list[dict[str, Any]] = []
    next_id = int(rng.integers(280_000, 320_000))
    for s, state in enumerate(sorted(_BN_BIRTHS)):
        births = _curve(_BN_BIRTHS[state], years) * 1000
        for gender in ("F", "M"):
            for k, year in enumerate(years):
                block: list[tuple[int, str]] = []
                for (name, g), (_curve_text, multipliers) in _BN_NAMES.items():
                    if g != gender:
                        continue
                    half = births[k] * (0.488 if gender == "F" else 0.512)
                    count = half * shares[(name, g)][k] / 100 * multipliers[s] * rng.lognormal(0, 0.06)
                    if round(count) >= 5:
                        block.append((round(count), name))
                block.sort(key=lambda x: (-x[0], x[1]))
                size = max(60, int(births[k] / 2 / 95))
                pos = 0
                for count, name in block:
                    pos += 1 + int(rng.exponential(size / (8 * len(block))))
                    rows.append(
                        {
                            "Id": next_id + pos,
                            "Name": name,
                            "Year": int(year),
                            "Gender": gender,
                            "State": state,
                            "Count": int(count),
                        }
                    )
                next_id += max(size, pos + 10)
    return pd.DataFrame(rows)


def _bn_named(d: pd.DataFrame, name: str, gender: str | None = None) -> pd.DataFrame:
    rows = d[_text(d["Name"]) == name]
    return rows if gender is None else rows[_text(rows["Gender"]) == gender]


def _bn_top_name(d: pd.DataFrame) -> str:
    return str(_ranked(d.groupby(_text(d["Name"]))["Count"].sum()).index[0])


def _bn_mary_peak(d: pd.DataFrame) -> int:
    return int(_bn_named(d, "Mary").groupby("Year")["Count"].sum().idxmax())


def _bn_eighties(d: pd.DataFrame) -> list[float]:
    eighties = d[(d["Year"] >= 1980) & (d["Year"] <= 1989)]
    return [float(_bn_named(eighties, n)["Count"].sum()) for n in ("Jennifer", "Ashley")]


def _bn_noah_2014(d: pd.DataFrame) -> pd.DataFrame:
    noah = _bn_named(d, "Noah", "M")
    return noah[noah["Year"] == 2014]


_BN_ID = ("Id", "Name")
_BABY_NAMES_QS = [
    Q(
        "which name has the biggest total count in this file?",
        _lead(_named(_bn_top_name)),
        (*_BN_ID, "Count"),
    ),
    Q(
        "plot the number of babies named Mary per year (all states together) - when did it peak?",
        _lead(_year(_bn_mary_peak)),
        (*_BN_ID, "Year", "Count"),
    ),
    Q(
        "what share of all the babies in here are girls?",
        _share(lambda d: float(d.loc[_text(d["Gender"]) == "F", "Count"].sum() / d["Count"].sum())),
        ("Gender", "Count"),
    ),
    Q(
        "total count for Jennifer vs Ashley in the 1980s",
        _scaled(_bn_eighties, (1e3, 1e6)),
        (*_BN_ID, "Year", "Count"),
    ),
    Q(
        "how many baby boys were named Noah in 2014, all states combined?",
        _count(lambda d: float(_bn_noah_2014(d)["Count"].sum())),
        (*_BN_ID, "Year", "Gender", "Count"),
    ),
    Q(
        "which state had the most of them?",
        _lead(_named(lambda d: str(_bn_noah_2014(d).sort_values("Count")["State"].iloc[-1]), _BN_STATE_NAMES)),
        (*_BN_ID, "Year", "Gender", "State", "Count"),
    ),
]


# --- 2. Rossmann store sales (Kaggle "Rossmann Store Sales", train.csv) --------------------------------------------

# store: usual weekday sales (EUR), sales per customer (EUR), open on Sundays, German state
_RS_STORES: dict[int, tuple[float, float, bool, str]] = {
    1: (4300.0, 8.6, False, "HE"),
    13: (3900.0, 9.8, False, "NW"),
    85: (6300.0, 7.4, True, "BY"),
    550: (5200.0, 9.1, False, "BE"),
    1114: (13800.0, 10.4, False, "HH"),
}
# day: kind of holiday (a public, b Easter, c Christmas) and the states keeping it (blank: all)
_RS_HOLIDAYS = _fields(
    "2013-01-01|a|;2013-01-06|a|BY;2013-03-29|b|;2013-04-01|b|;2013-05-01|a|;2013-05-09|a|;2013-05-20|a|;"
    "2013-05-30|a|HE,NW,BY;2013-10-03|a|;2013-11-01|a|NW,BY;2013-12-25|c|;2013-12-26|c|;"
    "2014-01-01|a|;2014-01-06|a|BY;2014-04-18|b|;2014-04-21|b|;2014-05-01|a|;2014-05-29|a|;2014-06-09|a|;"
    "2014-06-19|a|HE,NW,BY;2014-10-03|a|;2014-11-01|a|NW,BY;2014-12-25|c|;2014-12-26|c|;"
    "2015-01-01|a|;2015-01-06|a|BY;2015-04-03|b|;2015-04-06|b|;2015-05-01|a|;2015-05-14|a|;2015-05-25|a|;"
    "2015-06-04|a|HE,NW,BY"
)
_RS_EASTER = ("2013-03-31", "2014-04-20", "2015-04-05")
# state: first days of the summer school holidays (six weeks, Bavaria a little longer), then of the autumn ones
_RS_SUMMER = {
    "HE": "2013-07-08;2014-07-28;2015-07-27",
    "NW": "2013-07-22;2014-07-07;2015-06-29",
    "BY": "2013-07-31;2014-07-30;2015-08-01",
    "BE": "2013-06-20;2014-07-10;2015-07-16",
    "HH": "2013-06-20;2014-07-10;2015-07-16",
}
# (twelve days)
_RS_AUTUMN = {
    "HE": "2013-10-14;2014-10-20",
    "NW": "2013-10-21;2014-10-06",
    "BY": "2013-10-28;2014-10-27",
    "BE": "2013-09-30;2014-10-20",
    "HH": "2013-09-30;2014-10-13",
}
_RS_WEEKDAY = (1.19, 1.02, 0.97, 0.98, 1.03, 0.86, 0.93)
_RS_MONTH = (0.92, 0.93, 1.0, 1.0, 1.02, 1.0, 1.0, 0.97, 0.97, 0.98, 1.04, 1.22)
_RS_DAYS = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday"}
_RS_DAY_NAMES = {name: (name[:3], f"day {k}", f"DayOfWeek {k}") for k, name in _RS_DAYS.items()}


def _rs_school_days() -> dict[str, set[pd.Timestamp]]:
    days: dict[str, set[pd.Timestamp]] = {}
    for state in _RS_SUMMER:
        spans = [(pd.Timestamp("2012-12-22"), 13), (pd.Timestamp("2013-12-21"), 14), (pd.Timestamp("2014-12-22"), 13)]
        spans += [(pd.Timestamp(e) - pd.Timedelta(days=6), 14) for e in _RS_EASTER]
        spans += [(pd.Timestamp(s), 47 if state == "BY" else 42) for s in _split(_RS_SUMMER[state])]
        spans += [(pd.Timestamp(s), 12) for s in _split(_RS_AUTUMN[state])]
        if state == "BY":
            spans += [(pd.Timestamp(s), 11) for s in ("2013-05-21", "2014-06-10", "2015-05-26")]
        days[state] = {start + pd.Timedelta(days=i) for start, n in spans for i in range(n)}
    return days


def _rossmann_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5702)
    days = pd.date_range("2013-01-01", "2015-07-31", freq="D")
    holidays = {pd.Timestamp(day): (kind, _split(states, ",") if states else []) for day, kind, states in _RS_HOLIDAYS}
    school = _rs_school_days()
    rows: list[dict[str, Any]] = []
    for store, (base, basket, sundays, state) in _RS_STORES.items():
        level = 0.0
        for day in days:
            if store == 13 and pd.Timestamp("2014-07-01") <= day <= pd.Timestamp("2014-12-31"):
                continue
            kind, states = holidays.get(day, ("0", []))
            holiday = kind != "0" and (not states or state in states)
            dow = day.dayofweek
            promo = dow < 5 and day.isocalendar()[1] % 2 == 0
            is_open = (dow < 6 or sundays) and not (holiday and rng.random() > 0.04)
            if store == 550 and pd.Timestamp("2014-01-13") <= day <= pd.Timestamp("2014-01-25"):
                is_open = False
            level = 0.6 * level + float(rng.normal(0, 0.05))
            sales = customers = 0
            if is_open:
                amount = base * _RS_WEEKDAY[dow] * _RS_MONTH[day.month - 1] * (1 + 0.03 * (day.year - 2013))
                amount *= (1.36 if promo else 1.0) * (1.03 if day in school[state] else 1.0)
                tomorrow = day + pd.Timedelta(days=1)
                if tomorrow in holidays or (day.month == 12 and 16 <= day.day <= 23):
                    amount *= 1.3
                amount *= (0.6 if (day.month, day.day) == (12, 24) else 1.0) * (0.55 if holiday else 1.0)
                amount *= float(np.exp(level + rng.normal(0, 0.07)))
                sales = round(amount)
                customers = round(amount / basket / (1.14 if promo else 1.0) * rng.lognormal(0, 0.04))
            rows.append(
                {
                    "Store": store,
                    "DayOfWeek": dow + 1,
                    "Date": f"{day:%Y-%m-%d}",
                    "Sales": int(sales),
                    "Customers": int(customers),
                    "Open": int(is_open),
                    "Promo": int(promo),
                    "StateHoliday": kind if holiday else (0 if day.year == 2013 else "0"),
                    "SchoolHoliday": int(day in school[state]),
                }
            )
    frame = pd.DataFrame(rows)
    quiet = frame.index[(frame["Store"] == 13) & (frame["Open"] == 1)]
    frame.loc[rng.choice(quiet, 2, replace=False), ["Sales", "Customers"]] = 0
    frame = frame.sort_values(["Date", "Store"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True)


def _rs_open(d: pd.DataFrame, by_flag: bool) -> pd.DataFrame:
    return d[d["Open"] == 1] if by_flag else d[d["Sales"] > 0]


def _rs_either(make: Callable[[Callable[[pd.DataFrame], pd.DataFrame]], Check]) -> Check:
    """`make` passes on the days the store was open by the Open flag, or on the days with sales."""
    return either(make(lambda d: _rs_open(d, True)), make(lambda d: _rs_open(d, False)))


def _rs_promo(rows: Callable[[pd.DataFrame], pd.DataFrame]) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        by = rows(d).groupby("Promo")["Sales"].mean()
        return [float(by[1]), float(by[0])]

    return means


def _rs_best_day(rows: Callable[[pd.DataFrame], pd.DataFrame]) -> Callable[[pd.DataFrame], str]:
    return lambda d: _RS_DAYS[int(rows(d).groupby("DayOfWeek")["Sales"].mean().idxmax())]


def _rs_best_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["Date"]).dt.to_period("M")
    return pd.Timestamp(str(d.groupby(months)["Sales"].sum().idxmax()))


def _rs_basket(sums: bool) -> Callable[[pd.DataFrame], float]:
    def spend(d: pd.DataFrame) -> float:
        rows = d[(d["Open"] == 1) & (d["Customers"] > 0)]
        if sums:
            return float(rows["Sales"].sum() / rows["Customers"].sum())
        return float((rows["Sales"] / rows["Customers"]).mean())

    return spend


_RS_ID = ("Store", "Date")
_ROSSMANN_QS = [
    Q(
        "whats the average daily sales when a store is open?",
        _rs_either(lambda rows: _scaled(lambda d: float(rows(d)["Sales"].mean()), (1e3,))),
        (*_RS_ID, "Sales", "Open"),
    ),
    Q(
        "compare avg sales on promo days vs non-promo days (open days only)",
        _rs_either(lambda rows: _scaled(_rs_promo(rows), (1e3,))),
        (*_RS_ID, "Sales", "Open", "Promo"),
    ),
    Q(
        "which day of the week sells the most on average?",
        either(
            _lead(_named(_rs_best_day(lambda d: d), _RS_DAY_NAMES)),
            _rs_either(lambda rows: _lead(_named(_rs_best_day(rows), _RS_DAY_NAMES))),
        ),
        (*_RS_ID, "Sales", "Open", "DayOfWeek"),
    ),
    Q(
        "plot total sales by month. which month was the best?",
        _lead(_month_year(_rs_best_month)),
        (*_RS_ID, "Sales"),
    ),
    Q(
        "are customers and sales correlated?",
        either(
            _corr(lambda d: d["Customers"], lambda d: d["Sales"]),
            _rs_either(lambda rows: _corr(lambda d: rows(d)["Customers"], lambda d: rows(d)["Sales"])),
        ),
        (*_RS_ID, "Sales", "Customers", "Open"),
    ),
    Q(
        "so how much does a customer spend on average?",
        either(_about(_rs_basket(True)), _about(_rs_basket(False))),
        (*_RS_ID, "Sales", "Customers", "Open"),
    ),
]


# --- 3. Medical costs (Kaggle "Medical Cost Personal Datasets", insurance.csv) -------------------------------------

_MC_REGIONS = {"southeast": (364, 3.2, 0.04), "southwest": (325, 0.4, 0.0)}
_MC_REGIONS |= {"northwest": (324, -1.0, -0.01), "northeast": (324, -1.1, 0.01)}
_MC_CHILDREN = (574, 324, 240, 157, 25, 18)


def _mc_bmi(rng: np.random.Generator, value: float) -> float:
    style = float(rng.random())
    if style < 0.2:
        return round(value, 1)
    if style < 0.4:
        return round(round(value * 200) / 200, 3)
    return round(value, 2)


def _insurance_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5703)
    ages = list(range(18, 65))
    age_weights = [69, 68] + [28] * (len(ages) - 2)
    regions = list(_MC_REGIONS)
    rows: list[dict[str, Any]] = []
    for _ in range(1336):
        age = int(_one(rng, ages, age_weights))
        male = rng.random() < 0.505
        region = str(_one(rng, regions, [v[0] for v in _MC_REGIONS.values()]))
        _w, bmi_shift, smoke_shift = _MC_REGIONS[region]
        bmi = float(np.clip(rng.normal(30.0 + bmi_shift, 5.8), 15.96, 53.13))
        children = int(_one(rng, list(range(6)), list(_MC_CHILDREN)))
        smoker = rng.random() < (0.235 if male else 0.174) + smoke_shift
        charges = 264.0 * age - 2250.0 + 480.0 * children + float(rng.normal(0, 450))
        if smoker:
            charges += 13_400.0 + float(rng.normal(0, 2300))
            if bmi >= 30:
                charges += 19_900.0 + 420.0 * (bmi - 30)
        elif rng.random() < 0.13:
            charges += float(rng.gamma(2.0, 4700.0))
        charges = max(1121.8739, charges)
        rows.append(
            {
                "age": age,
                "sex": "male" if male else "female",
                "bmi": _mc_bmi(rng, bmi),
                "children": children,
                "smoker": "yes" if smoker else "no",
                "region": region,
                "charges": round(charges, int(_one(rng, [3, 4, 5], [35, 40, 25]))),
            }
        )
    twice = {"age": 19, "sex": "male", "bmi": 30.59, "children": 0, "smoker": "no", "region": "northwest"}
    twice["charges"] = 1639.5631
    for at in sorted(rng.choice(len(rows), 2, replace=False), reverse=True):
        rows.insert(int(at), dict(twice))
    return pd.DataFrame(rows)


def _mc_smokes(d: pd.DataFrame) -> pd.Series:
    return _text(d["smoker"]).str.lower() == "yes"


def _mc_old_smokers(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        old = d["age"] >= 50 if inclusive else d["age"] > 50
        return float((old & _mc_smokes(d)).sum())

    return count


def _mc_heavy_smokers(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        heavy = d["bmi"] >= 30 if inclusive else d["bmi"] > 30
        return float(_mc_smokes(d)[heavy].mean())

    return share


_INSURANCE_QS = [
    Q(
        "average charges for smokers vs non-smokers",
        _scaled(lambda d: [d.loc[_mc_smokes(d), "charges"].mean(), d.loc[~_mc_smokes(d), "charges"].mean()], (1e3,)),
        ("smoker", "charges"),
    ),
    Q(
        "which region has the highest average charges?",
        _lead(_named(lambda d: str(_ranked(d.groupby(_text(d["region"]))["charges"].mean()).index[0]))),
        ("region", "charges"),
    ),
    Q(
        "how many people over 50 smoke?",
        either(_count(_mc_old_smokers(False)), _count(_mc_old_smokers(True))),
        ("age", "smoker"),
    ),
    Q(
        "whats the correlation between bmi and charges",
        _corr(lambda d: d["bmi"], lambda d: d["charges"]),
        ("bmi", "charges"),
    ),
    Q(
        "what percentage of people are smokers?",
        _share(lambda d: float(_mc_smokes(d).mean())),
        ("smoker",),
    ),
    Q(
        "and among people with a bmi over 30?",
        either(_share(_mc_heavy_smokers(False)), _share(_mc_heavy_smokers(True))),
        ("smoker", "bmi"),
    ),
]


# --- 4. World Happiness Report 2015-2019 (Kaggle "World Happiness Report", 2019.csv layout, years stacked) ---------

# country or region as named in 2019: its 2019 score, in 2019 rank order
_WH_2019 = (
    "Finland:7.769;Denmark:7.6;Norway:7.554;Iceland:7.494;Netherlands:7.488;Switzerland:7.48;Sweden:7.343;"
    "New Zealand:7.307;Canada:7.278;Austria:7.246;Australia:7.228;Costa Rica:7.167;Israel:7.139;Luxembourg:7.09;"
    "United Kingdom:7.054;Ireland:7.021;Germany:6.985;Belgium:6.923;United States:6.892;Czech Republic:6.852;"
    "United Arab Emirates:6.825;Malta:6.726;Mexico:6.595;France:6.592;Taiwan:6.446;Chile:6.444;Guatemala:6.436;"
    "Saudi Arabia:6.375;Qatar:6.374;Spain:6.354;Panama:6.321;Brazil:6.3;Uruguay:6.293;Singapore:6.262;"
    "El Salvador:6.253;Italy:6.223;Bahrain:6.199;Slovakia:6.198;Trinidad & Tobago:6.192;Poland:6.182;"
    "Uzbekistan:6.174;Lithuania:6.149;Colombia:6.125;Slovenia:6.118;Nicaragua:6.105;Kosovo:6.1;Argentina:6.086;"
    "Romania:6.07;Cyprus:6.046;Ecuador:6.028;Kuwait:6.021;Thailand:6.008;Latvia:5.94;South Korea:5.895;"
    "Estonia:5.893;Jamaica:5.89;Mauritius:5.888;Japan:5.886;Honduras:5.86;Kazakhstan:5.809;Bolivia:5.779;"
    "Hungary:5.758;Paraguay:5.743;Northern Cyprus:5.718;Peru:5.697;Portugal:5.693;Pakistan:5.653;Russia:5.648;"
    "Philippines:5.631;Serbia:5.603;Moldova:5.529;Libya:5.525;Montenegro:5.523;Tajikistan:5.467;Croatia:5.432;"
    "Hong Kong:5.43;Dominican Republic:5.425;Bosnia and Herzegovina:5.386;Turkey:5.373;Malaysia:5.339;"
    "Belarus:5.323;Greece:5.287;Mongolia:5.285;North Macedonia:5.274;Nigeria:5.265;Kyrgyzstan:5.261;"
    "Turkmenistan:5.247;Algeria:5.211;Morocco:5.208;Azerbaijan:5.208;Lebanon:5.197;Indonesia:5.192;China:5.191;"
    "Vietnam:5.175;Bhutan:5.082;Cameroon:5.044;Bulgaria:5.011;Ghana:4.996;Ivory Coast:4.944;Nepal:4.913;"
    "Jordan:4.906;Benin:4.883;Congo (Brazzaville):4.812;Gabon:4.799;Laos:4.796;South Africa:4.722;Albania:4.719;"
    "Venezuela:4.707;Cambodia:4.7;Palestinian Territories:4.696;Senegal:4.681;Somalia:4.668;Namibia:4.639;"
    "Niger:4.628;Burkina Faso:4.587;Armenia:4.559;Iran:4.548;Guinea:4.534;Georgia:4.519;Gambia:4.516;Kenya:4.509;"
    "Mauritania:4.49;Mozambique:4.466;Tunisia:4.461;Bangladesh:4.456;Iraq:4.437;Congo (Kinshasa):4.418;Mali:4.39;"
    "Sierra Leone:4.374;Sri Lanka:4.366;Myanmar:4.36;Chad:4.35;Ukraine:4.332;Ethiopia:4.286;Swaziland:4.212;"
    "Uganda:4.189;Egypt:4.166;Zambia:4.107;Togo:4.085;India:4.015;Liberia:3.975;Comoros:3.973;Madagascar:3.933;"
    "Lesotho:3.802;Burundi:3.775;Zimbabwe:3.663;Haiti:3.597;Botswana:3.488;Syria:3.462;Malawi:3.41;Yemen:3.38;"
    "Rwanda:3.334;Tanzania:3.231;Afghanistan:3.203;Central African Republic:3.083;South Sudan:2.853"
)
# countries whose 2015 score is pinned (the years between are drawn on the way to 2019)
_WH_2015 = (
    "Switzerland:7.587;Iceland:7.5;Denmark:7.527;Norway:7.522;Canada:7.427;Finland:7.406;Netherlands:7.378;"
    "Venezuela:6.81;Togo:2.839;Benin:3.34;Ivory Coast:3.655;Burundi:2.905;Bulgaria:4.218;Hungary:4.8;Latvia:5.098;"
    "Egypt:4.194;India:4.565;Ukraine:4.681;Syria:3.006;Afghanistan:3.575;Rwanda:3.465;Greece:4.857;Japan:5.987;"
    "United States:7.119;Mexico:7.187;Brazil:6.983"
)
# countries only in some years: score, first year, last year
_WH_EXTRA = _fields(
    "Oman|6.853|2015|2015;Djibouti|4.369|2015|2015;Suriname|6.269|2015|2016;Puerto Rico|7.039|2016|2016;"
    "Belize|5.956|2016|2018;Sudan|4.55|2015|2018;Angola|4.033|2015|2017;Somaliland region|5.057|2015|2016"
)
_WH_FIRST = {"Gambia": 2019, "Somalia": 2016, "South Sudan": 2016, "Comoros": 2016, "Lesotho": 2017}
_WH_FIRST |= {"Namibia": 2016, "Mozambique": 2016}
_WH_MISSING = {("Central African Republic", 2018)}
# how a country was written in the other years
_WH_NAMES = {
    ("Taiwan", 2017): "Taiwan Province of China",
    ("Hong Kong", 2017): "Hong Kong S.A.R., China",
    ("Somaliland region", 2016): "Somaliland Region",
}
_WH_NAMES |= {("Trinidad & Tobago", y): "Trinidad and Tobago" for y in (2015, 2016, 2017)}
_WH_NAMES |= {("Northern Cyprus", y): "North Cyprus" for y in (2015, 2016, 2017)}
_WH_NAMES |= {("North Macedonia", y): "Macedonia" for y in (2015, 2016, 2017, 2018)}
_WH_COLUMNS = _split(
    "Overall rank;Country or region;Score;GDP per capita;Social support;Healthy life expectancy;"
    "Freedom to make life choices;Generosity;Perceptions of corruption;Year"
)
_WH_YEARS = (2015, 2016, 2017, 2018, 2019)


def _wh_written(value: float, year: int, places: int) -> float:
    """A value as that year's file writes it: five decimals in 2015-2016, float32 noise in 2017, else three."""
    if year == 2017:
        return float(np.float32(round(value, 6)))
    return round(value, places if year < 2017 else 3)


def _wh_soft(value: float, top: float) -> float:
    """`value` kept between 0 and `top`, bending smoothly into the top instead of piling up on it."""
    knee = top - 0.05
    if value > knee:
        value = top - 0.05 * float(np.exp(-(value - knee) / 0.05))
    return max(0.0, value)


def _happiness_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5704)
    pinned = {k: float(v) for k, v in zip(*_table(_WH_2015), strict=True)}
    countries: list[tuple[str, float, int, int]] = [
        (name, float(score), _WH_FIRST.get(name, 2015), 2019) for name, score in zip(*_table(_WH_2019), strict=True)
    ]
    countries += [(name, float(score), int(a), int(b)) for name, score, a, b in _WH_EXTRA]
    by_year: dict[int, list[dict[str, Any]]] = {y: [] for y in _WH_YEARS}
    for name, last, first_year, last_year in countries:
        effects = rng.normal(0, [0.3, 0.12, 0.1, 0.07, 0.085, 0.04])
        drift = float(rng.normal(0, 0.03))
        start = pinned.get(name)
        for year in _WH_YEARS:
            if not first_year <= year <= last_year or (name, year) in _WH_MISSING:
                continue
            if start is not None:
                score = start + (last - start) * (year - 2015) / 4 + float(rng.normal(0, 0.03))
            else:
                score = last + drift * (year - last_year) + float(rng.normal(0, 0.06))
            if year == last_year:
                score = last
            z = (score - 5.4) / 1.1
            noise = rng.normal(0, 0.025, 6)
            factors = [
                _wh_soft(0.9 + 0.33 * z + effects[0] + noise[0], 1.684),
                _wh_soft(1.2 + 0.16 * z + effects[1] + noise[1], 1.624),
                _wh_soft(0.73 + 0.17 * z + effects[2] + noise[2], 1.141),
                _wh_soft(0.39 + 0.06 * z + effects[3] + noise[3], 0.631),
                _wh_soft(0.19 + effects[4] + noise[4], 0.566),
                _wh_soft(0.08 + 0.06 * max(z, 0.0) ** 2 + effects[5] + noise[5] / 2, 0.453),
            ]
            row: dict[str, Any] = {"Country or region": _WH_NAMES.get((name, year), name), "Score": score}
            row |= {c: _wh_written(float(f), year, 5) for c, f in zip(_WH_COLUMNS[3:9], factors, strict=True)}
            by_year[year].append(row)
    rows: list[dict[str, Any]] = []
    for year in _WH_YEARS:
        ranked = sorted(by_year[year], key=lambda r: -float(r["Score"]))
        for rank, row in enumerate(ranked, start=1):
            row["Score"] = _wh_written(float(row["Score"]), year, 3)
            rows.append({"Overall rank": rank, **row, "Year": year})
    frame = pd.DataFrame(rows, columns=_WH_COLUMNS)
    uae = (frame["Country or region"] == "United Arab Emirates") & (frame["Year"] == 2018)
    frame.loc[uae, "Perceptions of corruption"] = np.nan
    return frame


def _wh_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[d["Year"] == year]


def _wh_below(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_wh_year(d, year)["Score"] < 5).sum())


_WH_ID = ("Country or region", "Overall rank")
_HAPPINESS_QS = [
    Q(
        "which country was the happiest in 2019?",
        _lead(_named(lambda d: str(_wh_year(d, 2019).sort_values("Score")["Country or region"].iloc[-1]))),
        (*_WH_ID, "Score", "Year"),
    ),
    Q(
        "top 5 countries by average score over all five years",
        _top_named(lambda d: _ranked(d.groupby(_text(d["Country or region"]))["Score"].mean()), 5),
        (*_WH_ID, "Score", "Year"),
    ),
    Q(
        "how did the global average score change from 2015 to 2019?",
        has(lambda d: [_wh_year(d, y)["Score"].mean() for y in (2015, 2019)], rel=0.002),
        (*_WH_ID, "Score", "Year"),
    ),
    Q(
        "is gdp per capita correlated with the score?",
        either(
            _corr(lambda d: d["GDP per capita"], lambda d: d["Score"]),
            _corr(lambda d: _wh_year(d, 2019)["GDP per capita"], lambda d: _wh_year(d, 2019)["Score"]),
        ),
        (*_WH_ID, "Score", "GDP per capita", "Year"),
    ),
    Q(
        "how many countries scored below 5 in 2019?",
        _count(_wh_below(2019)),
        (*_WH_ID, "Score", "Year"),
    ),
    Q(
        "what about in 2015?",
        _count(_wh_below(2015)),
        (*_WH_ID, "Score", "Year"),
    ),
]


# --- 5. Seattle weather (Kaggle "Weather in Seattle", seattle-weather.csv) -----------------------------------------


def _sw_celsius(value: float) -> float:
    """A temperature read in whole degrees Fahrenheit, written in Celsius to one decimal."""
    return round((round(value * 9 / 5 + 32) - 32) * 5 / 9, 1)


def _seattle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5705)
    days = pd.date_range("2012-01-01", "2015-12-31", freq="D")
    winter = (np.cos(2 * np.pi * (days.dayofyear.to_numpy() - 350) / 365.25) + 1) / 2
    cold = np.cos(2 * np.pi * (days.dayofyear.to_numpy() - 20) / 365.25)
    anomaly, wet = 0.0, False
    rows: list[dict[str, Any]] = []
    for day, w, c in zip(days, winter, cold, strict=True):
        chance = 0.2 + 0.45 * float(w) ** 1.2 + (0.15 if wet else -0.05)
        wet = rng.random() < min(0.92, max(0.03, chance))
        rain = 0.0
        if wet:
            amount = float(rng.gamma(0.75, 3.5 + 7.0 * float(w)))
            rain = round(max(1, round(amount / 0.254)) * 0.254, 1)
        anomaly = 0.75 * anomaly + float(rng.normal(0, 2.0))
        high = 16.3 - 9.0 * float(c) + anomaly - (2.0 if wet else 0.0)
        low = high - (8.0 - 3.0 * float(c)) + float(rng.normal(0, 1.3)) + (2.0 if wet else 0.0)
        wind = float(rng.gamma(4.0, 0.68)) + 0.045 * rain + 0.6 * float(w)
        temp_max, temp_min = _sw_celsius(high), _sw_celsius(min(low, high - 0.5))
        if rain > 0 and temp_min <= 0.5 and temp_max <= 3.5:
            weather = "snow"
        elif rain > 0:
            weather = str(_one(rng, ["rain", "drizzle", "sun"], [82, 10 if rain <= 1.0 else 2, 8]))
        else:
            foggy = 0.16 if day.month in (10, 11, 12, 1, 2) else 0.03
            weather = str(_one(rng, ["sun", "fog", "drizzle"], [1 - foggy - 0.02, foggy, 0.02]))
        rows.append(
            {
                "date": f"{day:%Y-%m-%d}",
                "precipitation": rain,
                "temp_max": temp_max,
                "temp_min": temp_min,
                "wind": round(float(np.clip(wind, 0.4, 9.5)), 1),
                "weather": weather,
            }
        )
    return pd.DataFrame(rows)


def _sw(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_day=pd.to_datetime(d["date"]))


def _sw_wettest(how: str) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(_sw(d).groupby(_sw(d)["_day"].dt.month)["precipitation"].agg(how).idxmax())


def _sw_rainy(year: int) -> Check:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        return d[_sw(d)["_day"].dt.year == year]

    return either(
        _count(lambda d: float((_text(rows(d)["weather"]) == "rain").sum())),
        _count(lambda d: float((rows(d)["precipitation"] > 0).sum())),
        _count(lambda d: float(_text(rows(d)["weather"]).isin(["rain", "drizzle"]).sum())),
    )


_SW_ID = ("date",)
_SEATTLE_QS = [
    Q(
        "total precipitation for each year",
        has(lambda d: d.groupby(_sw(d)["_day"].dt.year)["precipitation"].sum().to_numpy()),
        (*_SW_ID, "precipitation"),
    ),
    Q(
        "which month is the wettest on average?",
        either(_lead(_month_of(_sw_wettest("sum"))), _lead(_month_of(_sw_wettest("mean")))),
        (*_SW_ID, "precipitation"),
    ),
    Q(
        "how many rainy days were there in 2015?",
        _sw_rainy(2015),
        (*_SW_ID, "precipitation", "weather"),
    ),
    Q(
        "and in 2014?",
        _sw_rainy(2014),
        (*_SW_ID, "precipitation", "weather"),
    ),
    Q(
        "what was the hottest day and how hot did it get?",
        both(_day(lambda d: d.loc[d["temp_max"].idxmax(), "date"]), _about(lambda d: d["temp_max"].max())),
        (*_SW_ID, "temp_max"),
    ),
    Q(
        "is wind correlated with precipitation?",
        _corr(lambda d: d["wind"], lambda d: d["precipitation"]),
        (*_SW_ID, "wind", "precipitation"),
    ),
]


# --- 6. TED talks (Kaggle "TED Talks", ted_main.csv) ---------------------------------------------------------------

# main_speaker|title|event|film day|published (UTC)|duration|views|comments|languages|speaker_occupation ("~" for
# ";")|tags|description
_TD_KNOWN = _fields(
    "Ken Robinson|Do schools kill creativity?|TED2006|2006-02-25|2006-06-27 00:11|1164|47227110|4553|60|"
    "Author/educator|children,creativity,culture,dance,education,parenting,teaching|Sir Ken Robinson makes an "
    "entertaining and profoundly moving case for creating an education system that nurtures creativity.;"
    "Tony Robbins|Why we do what we do|TED2006|2006-02-02|2006-06-27 00:11|1305|20685401|672|36|"
    "Life coach~ expert in leadership psychology|business,culture,entertainment,goal-setting,motivation,potential,"
    "psychology|Tony Robbins discusses the invisible forces that motivate everyone's actions.;"
    "Richard Dawkins|Militant atheism|TED2002|2002-02-02|2007-06-26 17:58|1750|4374792|6404|42|"
    "Evolutionary biologist|God,atheism,culture,religion,science|Richard Dawkins urges all atheists to openly "
    "state their position.;"
    "Jill Bolte Taylor|My stroke of insight|TED2008|2008-02-27|2008-03-12 14:00|1099|21190883|2877|49|"
    "Neuroanatomist|biology,brain,consciousness,global issues,illness,science|Jill Bolte Taylor got a research "
    "opportunity few brain scientists would wish for: she had a massive stroke.;"
    "Mary Roach|10 things you didn't know about orgasm|TED2009|2009-02-06|2009-05-20 13:00|1003|22270883|354|37|"
    "Writer|books,culture,history,humor,science,sex|Mary Roach delves into obscure scientific research.;"
    "Dan Pink|The puzzle of motivation|TEDGlobal 2009|2009-07-24|2009-08-24 12:10|1096|18830983|1112|47|"
    "Career analyst|business,creativity,money,motivation,psychology,science,work|Career analyst Dan Pink examines "
    "the puzzle of motivation.;"
    "Simon Sinek|How great leaders inspire action|TEDxPuget Sound|2009-09-17|2010-05-04 12:31|1084|34309432|1930|45|"
    "Leadership expert|TEDx,business,entrepreneur,leadership,success|Simon Sinek has a simple but powerful model for "
    "inspirational leadership.;"
    "Brené Brown|The power of vulnerability|TEDxHouston|2010-06-06|2010-12-23 14:45|1219|31168150|1927|52|"
    "Vulnerability researcher|TEDx,communication,culture,depression,faith,family,humanity,love,psychology,"
    "relationships,research,self|Brené Brown studies human connection.;"
    "Amy Cuddy|Your body language may shape who you are|TEDGlobal 2012|2012-06-26|2012-10-01 15:00|1262|43155405|2290|"
    "51|Social psychologist|body language,brain,business,psychology,self,success|Body language affects how others "
    "see us, but it may also change how we see ourselves.;"
    "Cameron Russell|Looks aren't everything. Believe me, I'm a model.|TEDxMidAtlantic|2012-10-27|2013-01-16 15:04|"
    "577|19787465|846|52|Model|TEDx,beauty,body language,culture,fashion,photography,women|Cameron Russell admits "
    "she won a genetic lottery.;"
    "Julian Treasure|How to speak so that people want to listen|TEDGlobal 2013|2013-06-10|2014-06-27 15:10|604|"
    "21594632|297|54|Sound consultant|communication,culture,sound,speech|Julian Treasure demonstrates the how-to's "
    "of powerful speaking."
)
# event|day|weight
_TD_EVENTS = _fields(
    "TED2003|2003-02-26|2;TED2004|2004-02-26|2;TED2005|2005-02-23|3;TED2006|2006-02-25|6;TED2007|2007-03-08|7;"
    "TED2008|2008-02-27|7;TED2009|2009-02-06|8;TED2010|2010-02-10|8;TED2011|2011-03-02|8;TED2012|2012-02-28|8;"
    "TED2013|2013-02-27|8;TED2014|2014-03-18|8;TED2015|2015-03-17|8;TED2016|2016-02-16|8;TED2017|2017-04-25|8;"
    "TEDGlobal 2005|2005-07-12|4;TEDGlobal 2007|2007-06-05|5;TEDGlobal 2009|2009-07-21|6;TEDGlobal 2010|2010-07-13|6;"
    "TEDGlobal 2011|2011-07-12|6;TEDGlobal 2012|2012-06-26|6;TEDGlobal 2013|2013-06-11|6;"
    "TEDGlobal 2014|2014-10-06|5;TEDIndia 2009|2009-11-04|2.5;TEDWomen 2010|2010-12-08|2;"
    "TEDWomen 2013|2013-12-05|1.5;TEDWomen 2015|2015-05-28|1.5;TEDWomen 2016|2016-10-27|1.5;"
    "TEDMED 2009|2009-10-27|1;TEDMED 2010|2010-10-26|1;TEDMED 2012|2012-04-11|1;TEDMED 2013|2013-04-17|1;"
    "TEDMED 2014|2014-09-10|1;TEDSalon NY2011|2011-05-19|0.5;TEDSalon London Fall 2012|2012-11-28|0.5;"
    "TED@BCG London|2013-10-15|0.5;TED@BCG Paris|2015-05-21|0.5;TED@IBM|2015-09-23|0.6;"
    "TED@IBM 2016|2016-09-22|0.5;TED Talks Education|2013-05-07|0.4;TEDYouth 2011|2011-11-19|0.6;"
    "TEDYouth 2013|2013-11-16|0.4;TED Talks Live|2015-11-01|0.8;TEDSummit|2016-06-27|4;TEDNYC|2016-09-20|2;"
    "TEDGlobal 2017|2017-08-27|3"
)
_TD_ARCHIVE = _fields(
    "TED1984|1984-02-23;TED1990|1990-02-22;TED1991|1991-02-21;TED1994|1994-02-24;TED1998|1998-02-25;"
    "TED2001|2001-02-24;TED2002|2002-02-02;TED2003|2003-02-26;TED2004|2004-02-26;TED2005|2005-02-23"
)
_TD_TEDX = _split(
    "Amsterdam;Berlin;Toronto;Houston;Boston;RiodelaPlata;Sydney;Oxford;Paris;Vienna;BeaconStreet;PennQuarter;"
    "MidAtlantic;Stockholm;Brussels;Warwick;Cambridge;Hamburg;Delft;Krakow;NewYork;SF;Portland;Bend;London;Athens;"
    "Manhattan;Munich;Zurich;Copenhagen;Edinburgh;Dublin;Jaffa;Kids@Brussels;UCLA;Stanford;Yale;CMU;Rainier;Denver"
)
_TD_PUBLISHED = "2006:50;2007:114;2008:205;2009:232;2010:267;2011:270;2012:267;2013:270;2014:237;2015:239;2016:246"
_TD_PUBLISHED += ";2017:142"
# speakers with several talks: occupation ("~" for ";"), talks
_TD_REGULARS = _fields(
    "Hans Rosling|Global health expert~ data visionary|9;Juan Enriquez|Futurist|7;Marco Tempest|Techno-illusionist|6;"
    "Rives|Storyteller|6;Clay Shirky|Social Media Theorist|5;Dan Ariely|Behavioral economist|5;"
    "Jonathan Haidt|Social psychologist|4;Julian Treasure|Sound consultant|4"
)
_TD_OCCUPATIONS = (
    "Writer:44;writer:3;Artist:34;Designer:33;Journalist:27;Entrepreneur:26;entrepreneur:2;Architect:25;Inventor:21;"
    "Psychologist:19;Photographer:19;Filmmaker:19;Author:17;Economist:17;Educator:17;Neuroscientist:17;"
    "Roboticist:16;Philosopher:15;Biologist:15;Physicist:14;Musician:13;Marine biologist:12;Technologist:12;"
    "Activist:12;Poet:12;Astronomer:11;Social entrepreneur:11;Singer/songwriter:10;Novelist:10;Sculptor:9;"
    "Mathematician:9;Chef:8;Historian:8;Climate scientist:7;Physician:7;Investor:7;Futurist:6;Computer scientist:6;"
    "Surgeon:6;Oceanographer:6;Cartoonist:6;Game designer:6;Paleontologist:5;Graphic designer:5;Sociologist:5;"
    "Cellist:5;Violinist:5;Pianist:5;Comedian:5;Primatologist:5;Storyteller:4"
)
_TD_ROLES = _split(
    "Author;Activist;Designer;Scientist;Researcher;Engineer;Educator;Entrepreneur;Artist;Writer;Physician;Journalist;"
    "Filmmaker;Inventor;Economist;Psychologist;Biologist;Chemist;Geneticist;Ecologist;Explorer;Photographer;Poet;"
    "Musician;Composer;Teacher;Lawyer;Diplomat;Policy expert;Philanthropist;Data scientist;Urban planner;Architect;"
    "Futurist;Storyteller;Climate activist;Human rights activist;Social scientist;Neuroscientist;Astronomer;Surgeon;"
    "Game designer;Documentary filmmaker;Health activist;Innovator;Technologist;Conservationist;Anthropologist"
)
_TD_TAGS = (
    "technology:28;science:22;global issues:20;culture:19;design:16;business:14;entertainment:12;health:10;"
    "innovation:9;society:9;art:8.5;social change:8;future:7.5;communication:7;creativity:7;biology:7;humanity:6.6;"
    "collaboration:6;economics:6;environment:6;medicine:6;brain:6;activism:5.5;education:5.5;psychology:5;"
    "invention:5;history:5;music:4.5;politics:4.5;children:4;cities:4;data:4;women:4;climate change:3.8;"
    "community:3.8;identity:3.5;animals:3;architecture:3;cancer:2.5;energy:3;evolution:3;food:3;happiness:2;"
    "nature:3;ocean:2.8;physics:3;poverty:2.5;relationships:2.5;self:2.5;space:3;storytelling:3;sustainability:2.8;"
    "war:2.5;Africa:3;China:1.5;robots:2;love:2;photography:2;film:2;writing:2;math:1.5;neuroscience:2.5;"
    "personal growth:2.5;money:2;work:2;disease:2;humor:3;God:1;religion:1.5;sex:1;democracy:1.5;internet:2.5;"
    "computers:2;mental health:1.5;leadership:2;marketing:1.5;philanthropy:1.5;global development:2;physics:3"
)
_TD_TOPICS = _split(
    "the brain;climate change;cities;happiness;the ocean;failure;creativity;education;money;memory;sleep;trust;"
    "loneliness;plastic;forests;mosquitoes;the internet;democracy;vaccines;cancer;addiction;refugees;bees;coral reefs;"
    "poverty;kindness;boredom;time;music;language;maps;data;privacy;robots;water;food waste;dementia;grief;fear;"
    "courage;stress;design;architecture;typography;nuclear power;solar energy;the universe;dark matter;black holes;"
    "dinosaurs;octopuses;bacteria;viruses;genes;aging;death;love;friendship;work;leadership;failure;art;poetry"
)
_TD_WHO = _split(
    "a 10-year-old;octopuses;ants;the world's oldest people;a prison;a refugee camp;a video game;the ocean floor;"
    "artificial intelligence;a tiny robot;my grandmother;slime molds;a pencil;the Arctic;street kids;a fruit fly;"
    "a hospital;the Amazon;a garage band;a blind man;a startup;Lagos;Mumbai;a tree"
)
_TD_ADJ = _split("surprising;hidden;radical;beautiful;strange;simple;dangerous;unexpected;quiet;better;real;new")
_TD_FIRST = _split(
    "James;Michael;David;Robert;John;Mark;Steven;Daniel;Brian;Kevin;Jason;Matthew;Chris;Paul;Scott;Peter;Tom;Greg;"
    "Mary;Jennifer;Linda;Susan;Karen;Lisa;Nancy;Sarah;Emily;Jessica;Laura;Rachel;Anna;Julia;Kate;Amy;Dana;Rita;"
    "Carlos;Luis;Hiro;Kenji;Ravi;Omar;Ahmed;Ivan;Pierre;Hans;Lars;Nils;Mateo;Diego;Tariq;Kwame;Jamal;Andre;Marcus;"
    "Zoe;Maya;Nina;Lena;Ava;Chloe;Grace;Hannah;Olivia;Sofia;Isabella;Leah;Naomi;Ruby;Elena;Yuki;Mei;Priya;Aziz"
)
_TD_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Wilson;Anderson;Taylor;Thomas;Moore;Martin;Jackson;Thompson;"
    "White;Harris;Clark;Lewis;Robinson;Walker;Young;Allen;King;Wright;Scott;Green;Baker;Adams;Nelson;Hill;Campbell;"
    "Mitchell;Roberts;Carter;Phillips;Evans;Turner;Torres;Parker;Collins;Edwards;Stewart;Morris;Murphy;Cook;Rogers;"
    "Morgan;Cooper;Peterson;Reed;Bailey;Bell;Kelly;Howard;Ward;Cox;Richardson;Wood;Watson;Brooks;Bennett;Gray;Hughes;"
    "Price;Sanders;Myers;Long;Ross;Foster;Nakamura;Tanaka;Kim;Park;Chen;Wong;Patel;Singh;Garcia;Lopez;Rossi;Muller;"
    "Okafor;Mensah;Haddad;Novak;Larsen;Berg;Silva;Costa;Sato;Gupta;Khan;Ali;Rahman;Nguyen;Tran;Cohen;Levi;Ibrahim"
)
_TD_END = pd.Timestamp("2017-09-23")


def _td_title(rng: np.random.Generator) -> str:
    topic, who, adj = str(_one(rng, _TD_TOPICS)), str(_one(rng, _TD_WHO)), str(_one(rng, _TD_ADJ))
    forms = [
        f"How to rethink {topic}",
        f"Why {topic} matters",
        f"The {adj} science of {topic}",
        f"What {who} can teach us about {topic}",
        f"A {adj} idea about {topic}",
        f"The {adj} future of {topic}",
        f"My journey into {topic}",
        f"Let's talk about {topic}",
        f"The {adj} power of {topic}",
        f"{adj.capitalize()} lessons from {who}",
        f"Why we need to rethink {topic}",
        f"Inside the mind of {who}",
        f"The case for {topic}",
        f"How {who} could change {topic}",
        f"What I learned from {who}",
    ]
    return str(_one(rng, forms))


def _td_person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _TD_FIRST)} {_one(rng, _TD_LAST)}"


def _td_tags(rng: np.random.Generator, tedx: bool, music: bool) -> str:
    names, weights = _table(_TD_TAGS)
    names, index = list(dict.fromkeys(names)), {n: w for n, w in zip(names, weights, strict=True)}
    p = np.array([index[n] for n in names])
    picked = {names[int(i)] for i in rng.choice(len(names), int(rng.integers(3, 11)), replace=False, p=p / p.sum())}
    picked |= {"music", "performance", "live music"} if music else set()
    picked |= {"TEDx"} if tedx else set()
    return str(sorted(picked))


def _td_events(rng: np.random.Generator) -> list[tuple[str, pd.Timestamp, float]]:
    events = [(name, pd.Timestamp(day), float(w)) for name, day, w in _TD_EVENTS]
    for _ in range(70):
        day = pd.Timestamp("2009-06-01") + pd.Timedelta(days=int(rng.integers(0, 2950)))
        events.append((f"TEDx{_one(rng, _TD_TEDX)}", day, 0.35))
    return events


def _td_film(rng: np.random.Generator, events: list[tuple[str, pd.Timestamp, float]], when: pd.Timestamp) -> Any:
    if rng.random() < (0.3 if when.year < 2008 else 0.02):
        old = [(name, pd.Timestamp(day)) for name, day in _TD_ARCHIVE if pd.Timestamp(day) < when]
        return old[int(rng.integers(0, len(old)))]
    gaps = np.array([(when - day).days for _n, day, _w in events], dtype=float)
    weights = np.array([w for _n, _d, w in events]) * np.exp(-gaps / 150) * ((gaps >= 5) & (gaps <= 420))
    pick = events[int(rng.choice(len(events), p=weights / weights.sum()))]
    return pick[0], pick[1]


def _td_speakers(rng: np.random.Generator, n: int) -> list[tuple[str, str]]:
    """Speaker and occupation for each generated talk, in random order."""
    used = {row[0] for row in _TD_KNOWN}
    pairs = [(who, job.replace("~", ";")) for who, job, k in _TD_REGULARS for _ in range(int(k))]
    used |= {who for who, _j in pairs}
    jobs = [job for job, k in _counts(_TD_OCCUPATIONS).items() for _ in range(k)]
    taken = set(jobs)
    while len(jobs) < n - len(pairs) - 6:
        a, b = (str(x) for x in rng.choice(_TD_ROLES, 2, replace=False))
        job = f"{a}{_one(rng, [', ', ' and ', '; '], [5, 3, 2])}{b.lower()}"
        if job not in taken:
            taken.add(job)
            jobs.append(job)
    jobs += [""] * 6
    pairs += [(_unique(rng, _td_person, used), job) for job in jobs]
    return [pairs[int(i)] for i in rng.permutation(len(pairs))]


def _ted_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5706)
    events = _td_events(rng)
    per_year = _counts(_TD_PUBLISHED)
    speakers = _td_speakers(rng, sum(per_year.values()))
    titles: set[str] = {row[1] for row in _TD_KNOWN}
    rows: list[dict[str, Any]] = []
    for who, title, event, film, published, duration, views, comments, languages, job, tags, about in _TD_KNOWN:
        rows.append(
            {
                "comments": int(comments),
                "description": about,
                "duration": int(duration),
                "event": event,
                "film_date": _unix(film),
                "languages": int(languages),
                "main_speaker": who,
                "name": f"{who}: {title}",
                "num_speaker": 1,
                "published_date": _unix(published),
                "speaker_occupation": job.replace("~", ";"),
                "tags": str(sorted(_split(tags, ","))),
                "title": title,
                "views": int(views),
            }
        )
    k = 0
    for label, n in per_year.items():
        year = int(label)
        start = pd.Timestamp("2006-06-28") if year == 2006 else pd.Timestamp(year, 1, 1)
        end = _TD_END - pd.Timedelta(days=2) if year == 2017 else pd.Timestamp(year, 12, 31)
        offsets = np.sort(rng.integers(0, (end - start).days + 1, n))
        for offset in offsets:
            when = start + pd.Timedelta(days=int(offset), minutes=int(rng.integers(600, 1320)))
            event, film = _td_film(rng, events, when)
            who, job = speakers[k]
            k += 1
            music = rng.random() < 0.03
            title = _unique(rng, _td_title, titles)
            seconds = rng.lognormal(np.log(330), 0.3) if music else rng.lognormal(np.log(820), 0.4)
            age = (_TD_END - when).days / 365.25
            seen = rng.lognormal(np.log(1.05e6), 0.62) * min(1.0, 0.35 + 0.65 * age / 1.5)
            seen = float(np.clip(seen * (seconds / 820) ** 0.06, 50_443, 29_000_000))
            talked = seen / 1e6 * 85 * rng.lognormal(0, 0.6) * (2.0 if when.year < 2010 else 1.0)
            tongues = 24 + 4 * np.log(seen / 1e6) + (6 if when.year < 2010 else 0) - (8 if when.year == 2017 else 0)
            tongues = 0 if music and rng.random() < 0.6 else int(np.clip(round(rng.normal(tongues, 7)), 1, 72))
            rows.append(
                {
                    "comments": max(2, round(talked)),
                    "description": f"{who.split()[0]} talks about {title[0].lower()}{title[1:]}.",
                    "duration": int(np.clip(round(seconds), 135, 5256)),
                    "event": event,
                    "film_date": int(film.timestamp()),
                    "languages": tongues,
                    "main_speaker": who,
                    "name": f"{who}: {title}",
                    "num_speaker": int(_one(rng, [1, 2, 3, 4], [983, 13, 3, 1])),
                    "published_date": int(when.timestamp()),
                    "speaker_occupation": job or None,
                    "tags": _td_tags(rng, event.startswith("TEDx"), music),
                    "title": title,
                    "views": round(seen),
                }
            )
    frame = pd.DataFrame(rows).sort_values("published_date", kind="stable")
    return frame.reset_index(drop=True)


def _td_occupations(fold: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        jobs = _text(d["speaker_occupation"])
        jobs = jobs.str.lower() if fold else jobs
        return _ranked(jobs[jobs != ""].value_counts())

    return ranking


def _td_top_tag(d: pd.DataFrame) -> str:
    tags = _text(d["tags"]).str.strip("[]").str.split(",").explode().str.strip().str.strip("'\"")
    return str(_ranked(tags[tags != ""].value_counts()).index[0])


def _td_top_talk(column: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(d.sort_values("views", kind="stable")[column].iloc[-1])


_TD_ID = ("name", "title", "main_speaker")
_TED_QS = [
    Q(
        "which talk has the most views?",
        _lead(either(_named(_td_top_talk("title")), _named(_td_top_talk("main_speaker")))),
        (*_TD_ID, "views"),
    ),
    Q(
        "what's the median number of views?",
        _scaled(lambda d: float(d["views"].median()), (1e3, 1e6)),
        (*_TD_ID, "views"),
    ),
    Q(
        "top 5 speaker occupations by number of talks",
        either(_top_named(_td_occupations(False), 5), _top_named(_td_occupations(True), 5)),
        (*_TD_ID, "speaker_occupation"),
    ),
    Q(
        "how many talks were published each year?",
        _count(lambda d: pd.to_datetime(d["published_date"], unit="s").dt.year.value_counts().sort_index().to_numpy()),
        (*_TD_ID, "published_date"),
    ),
    Q(
        "do longer talks get more views? correlation between duration and views",
        _corr(lambda d: d["duration"], lambda d: d["views"]),
        (*_TD_ID, "duration", "views"),
    ),
    Q(
        "which tag shows up the most?",
        _lead(_named(_td_top_tag)),
        (*_TD_ID, "tags"),
    ),
]


# --- 7. IPF powerlifting results (TidyTuesday 2019-10-08, ipf_lifts.csv) -------------------------------------------

# meet|first year|last year|event|equipment ("/" between options)|month|divisions|entries a year (first:last)|
# share of women (first:last)
_PL_MEETS = _fields(
    "World Powerlifting Championships|1973|1979|SBD|Wraps/Single-ply|11|Open|14:28|0:0;"
    "World Men's Powerlifting Championships|1980|1996|SBD|Single-ply|11|Open|30:40|0:0;"
    "World Women's Powerlifting Championships|1980|1996|SBD|Single-ply|5|Open|12:30|1:1;"
    "World Open Powerlifting Championships|1997|2019|SBD|Single-ply|11|Open|45:60|0.3:0.45;"
    "World Junior Powerlifting Championships|1985|2006|SBD|Single-ply|8|Juniors|12:30|0.15:0.35;"
    "World Sub-Junior & Junior Powerlifting Championships|2007|2019|SBD|Single-ply|8|Sub-Juniors,Juniors|40:45|"
    "0.35:0.4;"
    "World Masters Powerlifting Championships|1992|2019|SBD|Single-ply|10|Masters 1,Masters 2,Masters 3,Masters 4|"
    "20:55|0.2:0.35;"
    "World Bench Press Championships|1990|2019|B|Single-ply|5|Open,Juniors,Masters 1,Masters 2,Masters 3,Masters 4|"
    "20:60|0.15:0.35;"
    "World Classic Powerlifting Championships|2012|2019|SBD|Raw|6|Open,Sub-Juniors,Juniors,Masters 1,Masters 2,"
    "Masters 3,Masters 4|130:260|0.4:0.45;"
    "World Classic Bench Press Championships|2016|2019|B|Raw|5|Open,Sub-Juniors,Juniors,Masters 1,Masters 2,"
    "Masters 3,Masters 4|60:90|0.35:0.4;"
    "European Powerlifting Championships|1978|2019|SBD|Wraps/Single-ply|5|Open|15:30|0:0.4"
)
# division: ages, weight among the entries of a meet that holds it
_PL_DIVISIONS = {"Sub-Juniors": (14, 18, 0.6), "Juniors": (19, 23, 0.8), "Open": (19, 45, 1.6)}
_PL_DIVISIONS |= {"Masters 1": (40, 49, 0.7), "Masters 2": (50, 59, 0.5), "Masters 3": (60, 69, 0.3)}
_PL_DIVISIONS |= {"Masters 4": (70, 80, 0.12)}
_PL_AGE_CLASSES = _fields(
    "13|15|13-15;16|17|16-17;18|19|18-19;20|23|20-23;24|34|24-34;35|39|35-39;40|44|40-44;45|49|45-49;50|54|50-54;"
    "55|59|55-59;60|64|60-64;65|69|65-69;70|74|70-74;75|79|75-79;80|999|80-999"
)
# sex: weight classes (kg) up to 1979 / 1980-2010 / from 2011 (the last open-ended)
_PL_CLASSES = {
    "M": ("52;56;60;67.5;75;82.5;90;100;110", "52;56;60;67.5;75;82.5;90;100;110;125", "53;59;66;74;83;93;105;120"),
    "F": ("44;48;52;56;60;67.5;75;82.5;90", "44;48;52;56;60;67.5;75;82.5;90", "43;47;52;57;63;72;84"),
}
# sex: squat, bench and deadlift per bodyweight ** 0.67, raw
_PL_STRENGTH = {"M": (13.5, 9.1, 15.5), "F": (10.6, 6.2, 11.8)}
_PL_GEAR = {"Raw": (1.0, 1.0, 1.0), "Wraps": (1.08, 1.0, 1.0), "Single-ply": (1.22, 1.25, 1.05)}
_PL_FIRST = {
    "M": _split(
        "Sergey;Andrey;Dmitry;Alexey;Vladimir;Ivan;Mikhail;Oleksiy;Yuriy;Kenji;Hiroyuki;Takashi;Jaroslaw;Krzysztof;"
        "Tomasz;Jan;Lars;Mikko;Jari;Kjell;Anders;Brian;Michael;John;David;Ray;Blaine;Ed;Mark;Kirk;Tony;Carl;Jesper;"
        "Pavel;Lukas;Eddy;Ahmed;Hassan;Chen;Wei;Jose;Carlos;Luis;Marcus;Andre;Pierre;Stefan;Hans;Daniel;Sean;Josh;"
        "Kevin;Taylor;Jonas;Ole;Viktor"
    ),
    "F": _split(
        "Natalia;Olga;Larisa;Yelena;Tatiana;Iryna;Maria;Anna;Yukako;Hiromi;Chie;Priscilla;Jennifer;Heather;Amanda;"
        "Kimberly;Sara;Jessica;Bonica;Ana;Hana;Karina;Marianne;Inger;Katja;Laura;Emma;Sophie;Jade;Tiffany;Mei;Ling;"
        "Yoko;Joanna;Agata;Lisa;Kristina;Nina;Elena;Ellen;Tamara;Alona;Marina;Svetlana"
    ),
}
_PL_LAST = _split(
    "Ivanov;Petrov;Smirnov;Kuznetsov;Belkin;Kovalenko;Shevchenko;Bondarenko;Tanaka;Suzuki;Sato;Watanabe;Kowalski;"
    "Nowak;Wisniewski;Johansson;Andersson;Lindqvist;Virtanen;Korhonen;Nieminen;Hansen;Olsen;Berg;Smith;Johnson;"
    "Williams;Brown;Miller;Davis;Wilson;Anderson;Taylor;Thomas;Moore;Martin;Jackson;White;Harris;Clark;Lewis;Walker;"
    "Young;Allen;King;Wright;Scott;Green;Baker;Adams;Nelson;Hill;Campbell;Mitchell;Roberts;Carter;Dubois;Laurent;"
    "Bernard;Muller;Schmidt;Schneider;Fischer;Weber;Meyer;Wagner;Becker;Rossi;Russo;Ferrari;Garcia;Rodriguez;"
    "Martinez;Lopez;Gonzalez;Chen;Wang;Li;Zhang;Liu;Hsu;Lin;Kim;Park;Lee;Novak;Svoboda;Horvath;Nagy;Kovacs;Popescu;"
    "Ionescu;Dimitrov;Georgiev;Nilsen;Eriksen;Dahl;Haugen;Sorensen;Jensen;Pedersen;Larsen;Hoffmann;Kaya;Demir;"
    "Yilmaz;Silva;Santos;Oliveira;Costa;Pereira;Belov;Sokolov;Volkov;Lebedev;Kozlov;Novikov;Morozov;Pavlov"
)


def _pl_name(sex: str) -> Callable[[np.random.Generator], str]:
    def make(rng: np.random.Generator) -> str:
        last = str(_one(rng, _PL_LAST))
        if sex == "F" and last.endswith(("ov", "ev", "in")):
            last += "a"
        elif sex == "F" and last.endswith("ski"):
            last = last[:-1] + "a"
        return f"{_one(rng, _PL_FIRST[sex])} {last}"

    return make


def _pl_limits(sex: str, year: int) -> list[float]:
    era = 0 if year < 1980 else 1 if year < 2011 else 2
    return [float(x) for x in _split(_PL_CLASSES[sex][era])]


def _pl_class(sex: str, year: int, weight: float) -> str:
    limits = _pl_limits(sex, year)
    for limit in limits:
        if weight <= limit:
            return f"{limit:g}"
    return f"{limits[-1]:g}+"


def _pl_kilos(rng: np.random.Generator, value: float) -> float:
    """A lift as loaded: to 2.5 kg, now and then to 0.5 kg for a record attempt."""
    return round(value * 2) / 2 if rng.random() < 0.03 else round(value / 2.5) * 2.5


def _pl_lifter(rng: np.random.Generator, sex: str, year: int, division: str, used: set[str]) -> dict[str, Any]:
    low, high, _w = _PL_DIVISIONS[division]
    age = int(rng.integers(low, high + 1)) if division != "Open" else int(np.clip(rng.normal(28, 5), 19, 45))
    limits = _pl_limits(sex, year)
    pick = int(_one(rng, list(range(len(limits) + 1)), [1.0 + min(i, len(limits) - i) for i in range(len(limits) + 1)]))
    if pick == len(limits):
        weight = limits[-1] + float(rng.gamma(2.0, 12.0 if sex == "M" else 9.0))
    else:
        below = limits[pick - 1] if pick else limits[0] * 0.88
        weight = limits[pick] - abs(float(rng.normal(0, 0.3 * (limits[pick] - below))))
    style = str(_one(rng, ["exact", "year", "none"], [35, 20, 45] if year < 1990 else [75, 15, 10]))
    return {
        "name": _unique(rng, _pl_name(sex), used),
        "sex": sex,
        "born": year - age,
        "style": style,
        "weight": weight,
        "talent": float(rng.lognormal(0, 0.07)),
        "last": year,
    }


def _pl_age_class(age: float | None) -> str | None:
    if age is None:
        return None
    return next((c for lo, hi, c in _PL_AGE_CLASSES if int(lo) <= int(age) <= int(hi)), None)


def _pl_division(age: int, divisions: list[str]) -> str | None:
    fits = [x for x in divisions if _PL_DIVISIONS[x][0] <= age <= _PL_DIVISIONS[x][1] and x != "Open"]
    return fits[0] if fits else "Open" if "Open" in divisions and 18 <= age <= 55 else None


def _pl_entry(rng: np.random.Generator, who: dict[str, Any], meet: list[str], year: int, day: str) -> dict[str, Any]:
    name, _a, _b, event, gear, _m, divisions = meet[:7]
    sex, age = str(who["sex"]), year - int(who["born"])
    equipment = str(_one(rng, gear.split("/"), [35, 65])) if "/" in gear else gear
    if event == "SBD" and year < 2000 and rng.random() < 0.015:
        event = "SD"
    weight = float(who["weight"]) * float(rng.lognormal(0, 0.02))
    factor = float(who["talent"]) * (0.88 + 0.12 * min(1.0, (year - 1973) / 30))
    factor *= 0.78 + 0.032 * (age - 14) if age < 19 else 0.94 if age < 24 else 1.0 - 0.012 * max(0, age - 39)
    lifts: dict[str, float | None] = {}
    for k, lift in enumerate(("squat", "bench", "deadlift")):
        if lift[0].upper() not in event:
            lifts[lift] = None
            continue
        mass = min(weight, 110.0) + 0.35 * max(0.0, weight - 110.0)
        best = _PL_STRENGTH[sex][k] * mass**0.67 * _PL_GEAR[equipment][k] * factor * float(rng.lognormal(0, 0.05))
        failed = rng.random() < (0.015 if lift == "bench" else 0.025)
        lifts[lift] = -_pl_kilos(rng, best * float(rng.uniform(0.88, 0.96))) if failed else _pl_kilos(rng, best)
    style = str(who["style"])
    shown = float(age) if style == "exact" else age - 0.5 if style == "year" else None
    division = _pl_division(age, _split(divisions, ","))
    age_class = _pl_age_class(shown)
    if shown is None and division == "Juniors" and rng.random() < 0.5:
        age_class = "20-23"
    return {
        "name": str(who["name"]),
        "sex": sex,
        "event": event,
        "equipment": equipment,
        "age": shown,
        "age_class": age_class,
        "division": division,
        "bodyweight_kg": round(weight, 2) if year >= 1990 else round(weight, 1),
        "weight_class_kg": _pl_class(sex, year, weight),
        "best3squat_kg": lifts["squat"],
        "best3bench_kg": lifts["bench"],
        "best3deadlift_kg": lifts["deadlift"],
        "place": "",
        "date": day,
        "federation": "IPF",
        "meet_name": name,
    }


def _pl_places(rng: np.random.Generator, frame: pd.DataFrame) -> pd.Series:
    """Places within each class of a meet, with gaps for the lifters the sample left out; DQ for a failed lift."""
    lifts = frame[["best3squat_kg", "best3bench_kg", "best3deadlift_kg"]]
    out = lifts.lt(0).any(axis=1) | frame["_dq"]
    total = lifts.sum(axis=1, min_count=1)
    keys = ["meet_name", "_year", "sex", "event", "equipment", "weight_class_kg", "division"]
    ranked = frame.assign(_total=total.where(~out), _bw=frame["bodyweight_kg"].fillna(999.0))
    ranked = ranked.sort_values([*keys, "_total", "_bw"], ascending=[*[True] * 7, False, True], kind="stable")
    steps = pd.Series(1 + rng.poisson(1.4, len(ranked)), index=ranked.index)
    place = steps.groupby([ranked[k] for k in keys], dropna=False).cumsum()
    place = place.astype(str).where(~out.loc[ranked.index], "DQ")
    return place.reindex(frame.index)


def _powerlifting_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5707)
    plan: list[tuple[list[str], int, float]] = []
    for meet in _PL_MEETS:
        first, last = int(meet[1]), int(meet[2])
        for year in range(first, last + 1):
            t = (year - first) / max(1, last - first)
            entries, women = ([float(x) for x in meet[i].split(":")] for i in (7, 8))
            size = entries[0] + t * (entries[1] - entries[0])
            share = women[0] + t * (women[1] - women[0])
            plan += [(meet, year, size * share), (meet, year, size * (1 - share))]
    raw = np.array([x[2] for x in plan]) * 5000 / sum(x[2] for x in plan)
    sizes = np.floor(raw).astype(int)
    for i in np.argsort(sizes - raw, kind="stable")[: 5000 - int(sizes.sum())]:
        sizes[i] += 1
    lifters: dict[str, list[dict[str, Any]]] = {"F": [], "M": []}
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    starts: dict[tuple[str, int], pd.Timestamp] = {}
    for k, ((meet, year, _w), size) in enumerate(zip(plan, sizes, strict=True)):
        sex = "F" if k % 2 == 0 else "M"
        key = (meet[0], year)
        if key not in starts:
            starts[key] = pd.Timestamp(year, int(meet[5]), int(rng.integers(1, 23)))
        divisions = _split(meet[6], ",")
        here: set[str] = set()
        for _ in range(int(size)):
            who = None
            pool = lifters[sex]
            if pool and rng.random() < 0.45:
                for i in rng.integers(0, len(pool), 30):
                    cand = pool[int(i)]
                    age = year - int(cand["born"])
                    fits = _pl_division(age, divisions) is not None
                    if fits and year - 5 <= int(cand["last"]) < year and cand["name"] not in here:
                        who = cand
                        break
            if who is None:
                options = list(divisions)
                division = str(_one(rng, options, [_PL_DIVISIONS[x][2] for x in options]))
                who = _pl_lifter(rng, sex, year, division, used)
                pool.append(who)
            who["last"] = year
            here.add(str(who["name"]))
            day = starts[key] + pd.Timedelta(days=int(rng.integers(0, 5)) + (0 if sex == "F" else 1))
            row = _pl_entry(rng, who, meet, year, f"{day:%Y-%m-%d}")
            row |= {"_year": year, "_dq": rng.random() < 0.004}
            rows.append(row)
    frame = pd.DataFrame(rows)
    frame.loc[rng.choice(len(frame), 20, replace=False), "bodyweight_kg"] = np.nan
    squats = frame["best3squat_kg"]
    top = squats[squats == squats.max()].index
    if len(top) > 1:
        frame.loc[top[0], "best3squat_kg"] = float(squats.max()) + 2.5
    frame["place"] = _pl_places(rng, frame)
    order = frame.assign(_place=pd.to_numeric(frame["place"], errors="coerce").fillna(999))
    keys = ["date", "meet_name", "sex", "event", "weight_class_kg", "division", "_place"]
    order = order.sort_values(keys, kind="stable")
    return order.drop(columns=["_year", "_dq", "_place"]).reset_index(drop=True)


def _pl_sexes(unique: bool) -> Callable[[pd.DataFrame], Any]:
    def counts(d: pd.DataFrame) -> Any:
        rows = d.drop_duplicates(["name", "sex"]) if unique else d
        return _text(rows["sex"]).value_counts().sort_index().to_numpy()

    return counts


def _pl_deadlifts(made_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        lifts = d["best3deadlift_kg"].where(d["best3deadlift_kg"] > 0) if made_only else d["best3deadlift_kg"]
        by = lifts.groupby(_text(d["sex"])).mean()
        return [float(by["M"]), float(by["F"])]

    return means


def _pl_raw(d: pd.DataFrame) -> pd.Series:
    return _text(d["equipment"]) == "Raw"


_PL_ID = ("name", "meet_name", "date")
_POWERLIFTING_QS = [
    Q(
        "how many women and how many men are in the data?",
        either(_count(_pl_sexes(False)), _count(_pl_sexes(True))),
        (*_PL_ID, "sex"),
    ),
    Q(
        "average best deadlift for men vs women",
        either(has(_pl_deadlifts(True)), has(_pl_deadlifts(False))),
        (*_PL_ID, "sex", "best3deadlift_kg"),
    ),
    Q(
        "what's the heaviest squat in here and who lifted it?",
        both(
            has(lambda d: float(d["best3squat_kg"].max())),
            _named(lambda d: str(d.loc[d["best3squat_kg"].idxmax(), "name"])),
        ),
        (*_PL_ID, "best3squat_kg"),
    ),
    Q(
        "how many entries got disqualified?",
        _count(lambda d: float((_text(d["place"]) == "DQ").sum())),
        (*_PL_ID, "place"),
    ),
    Q(
        "what % of entries are raw?",
        _share(lambda d: float(_pl_raw(d).mean())),
        (*_PL_ID, "equipment"),
    ),
    Q(
        "and for women?",
        _share(lambda d: float(_pl_raw(d)[_text(d["sex"]) == "F"].mean())),
        (*_PL_ID, "equipment", "sex"),
    ),
]


HELDOUT57: list[Dataset] = [
    Dataset("us_baby_names_by_state", _baby_names_frame, _BABY_NAMES_QS),
    Dataset("rossmann_store_sales", _rossmann_frame, _ROSSMANN_QS),
    Dataset("medical_insurance_costs", _insurance_frame, _INSURANCE_QS),
    Dataset("world_happiness_2015_2019", _happiness_frame, _HAPPINESS_QS),
    Dataset("seattle_weather", _seattle_frame, _SEATTLE_QS),
    Dataset("ted_talks", _ted_frame, _TED_QS),
    Dataset("ipf_powerlifting", _powerlifting_frame, _POWERLIFTING_QS),
]
