"""HELDOUT206: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: an OMRON connect blood pressure export with
Date ("03/14/2023"), Time ("07:12 AM"), "Systolic (mmHg)", "Diastolic (mmHg)", "Pulse (bpm)" (a few blank),
"Irregular Heartbeat Detected" and "Body Movement Detected" as Yes / No (a few blank from the older cuff), Notes
(mostly blank) and Device ("HEM-7361T", "BP7350"), morning and evening readings over 2023 with repeats a minute
apart; a mySugr logbook export (2023) with Date ("Jan 5, 2023"), Time ("7:45:00 AM"), Tags ("Breakfast, Before the
meal"), "Blood Sugar Measurement (mg/dL)", "Insulin Injection Units (Pen)", "Basal Injection Units", "Insulin
(Meal)", "Insulin (Correction)", "Meal Carbohydrates (Grams, Factor 1)", "Meal Descriptions", "Activity Duration
(Minutes)", "Activity Intensity (1: Cosy, 2: Ordinary, 3: Demanding)", Note, "Hypo Symptoms" and "Hyper Symptoms"
(Yes or blank), one row per log entry so most cells are blank; a geocaching finds log (2018-2024) with "GC Code",
"Cache Name", "Cache Type" (Traditional Cache / Multi-cache / Mystery Cache / EarthCache / Letterbox Hybrid),
Difficulty and Terrain (1-5 in halves), Container (Micro / Small / Regular / Large / Other / Not chosen), "Log Date"
("2021-06-12"), "Log Type" (Found it / Didn't find it / Write note; a cache not found once may be found later, so
GC codes repeat), Country, State, "Placed By" and "Favorite Points"; a DistroKid bank details export with "Reporting
Date" ("2023-05-04"), "Sale Month" ("2023-02"), Store (Spotify, Apple Music, YouTube (Ads), Amazon Unlimited,
TikTok, Deezer, iTunes), Artist, Title, ISRC, UPC, Quantity, "Team Percentage" (100), "Song/Album", "Country of
Sale" (two-letter codes), "Songwriter Royalties Withheld" and "Earnings (USD)" in tiny fractions of a cent; the CDC
Youth Risk Behavior Surveillance System (YRBSS) high school results in long format (2013-2021, odd years) with YEAR,
LocationAbbr, LocationDesc (states and "United States"), Topic, Subtopic, ShortQuestionText, Greater_Risk_Question,
Description, Greater_Risk_Data_Value (percent, blank with "Data not available" in
Greater_Risk_Data_Value_Footnote where a state did not ask), Greater_Risk_Low_Confidence_Limit,
Greater_Risk_High_Confidence_Limit, Lesser_Risk_Question, Lesser_Risk_Data_Value and its limits, Sample_Size, Sex
(Total / Female / Male), Race (Total), Grade (Total / 9th ... 12th), QuestionCode ("H42") and StratificationType;
WMATA Metrorail ridership by station, month, day type and time period (January 2023 to June 2024) with Station, Month
("January"), Year, "Day Type" (Weekday / Saturday / Sunday), "Time Period" (AM Peak / Midday / PM Peak / Evening /
Late Night), "Avg Daily Entries" and "Total Entries" written with thousands commas ("12,345"), blank for a station
closed for rebuilding; and the Metropolitan Museum of Art Open Access MetObjects.csv extract with "Object Number"
("1975.1.123"), "Is Highlight" and "Is Public Domain" (True / False), "Object ID", Department, AccessionYear, "Object
Name", Title, Culture, Period (mostly blank), "Artist Display Name" (blank for most ancient objects), "Artist
Nationality", "Object Date" text ("ca. 1650"), "Object Begin Date" and "Object End Date" (negative for BC), Medium,
Dimensions ("H. 12 1/4 in. (31.1 cm)"), "Credit Line", Country and Classification. All are generated with fixed seeds
20601-20607.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _text, _year
from .heldout173 import _money, _top
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    """Numbers from text such as "12,345", or blanks."""
    return pd.to_numeric(_text(s).str.replace(",", "", regex=False), errors="coerce")


def _yes(s: pd.Series) -> pd.Series:
    return _text(s).str.lower().isin(["yes", "true"])


def _peak(dates: pd.Series, values: pd.Series, how: str = "sum") -> pd.Timestamp:
    agg = values.groupby(dates.dt.to_period("M")).agg(how)
    return agg[agg == agg.max()].index.min().to_timestamp()


def _tiny(value: Callable[[pd.DataFrame], float], rel: float = 0.03) -> Check:
    """A small amount (a rate per stream) to within `rel` of itself, or the same per 1,000."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for t in re.findall(r"\d[\d,]*(?:\.\d+)?|\.\d+", answer):
            f = float(t.replace(",", ""))
            if abs(f - want) <= rel * want or abs(f - 1000 * want) <= rel * 1000 * want:
                return None
        return f"missing amount {want:.4g}"

    return check


# --- 1. OMRON connect blood pressure export ------------------------------------------------------------------------


def _omron_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20601)
    rows = []
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        drift = 6 * np.sin((day.dayofyear - 20) / 365 * 2 * np.pi)
        for slot, hour in (("am", 7), ("pm", 21)):
            if rng.random() < 0.18:
                continue
            repeats = 2 if rng.random() < 0.1 else 1
            minute = int(rng.integers(0, 50))
            for k in range(repeats):
                sys_ = round(132 + drift + (5 if slot == "am" else 0) + rng.normal(0, 10))
                dia = round(sys_ * 0.6 + rng.normal(4, 5))
                pulse = round(68 + 0.15 * (sys_ - 130) + rng.normal(0, 7))
                stamp = pd.Timestamp(day) + pd.Timedelta(hours=hour + int(rng.integers(0, 2)), minutes=minute + k)
                old = day < pd.Timestamp("2023-04-01")
                irr = "" if old and rng.random() < 0.3 else _one(rng, ["Yes", "No"], [6, 94])
                move = "" if old and rng.random() < 0.3 else _one(rng, ["Yes", "No"], [4, 96])
                rows.append(
                    {
                        "Date": stamp.strftime("%m/%d/%Y"),
                        "Time": stamp.strftime("%I:%M %p"),
                        "Systolic (mmHg)": sys_,
                        "Diastolic (mmHg)": dia,
                        "Pulse (bpm)": "" if rng.random() < 0.02 else pulse,
                        "Irregular Heartbeat Detected": irr,
                        "Body Movement Detected": move,
                        "Notes": _one(
                            rng, ["", "after coffee", "stressed", "after walk", "missed meds"], [92, 3, 2, 2, 1]
                        ),
                        "Device": "BP7350" if old else "HEM-7361T",
                    }
                )
    return pd.DataFrame(rows)


def _om_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%m/%d/%Y", errors="coerce")


def _om_irregular(blanks: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        s = _text(d["Irregular Heartbeat Detected"])
        return float(s.eq("Yes").mean() if blanks else s[s.ne("")].eq("Yes").mean())

    return value


_OM_ID = ("Date", "Time")
_OM_SYS = "Systolic (mmHg)"
_OM_DIA = "Diastolic (mmHg)"
_OMRON_QS = [
    Q("how many readings do i have", _count(lambda d: len(d)), _OM_ID),
    Q(
        "what's my average blood pressure",
        _about(lambda d: [float(_n(d[_OM_SYS]).mean()), float(_n(d[_OM_DIA]).mean())]),
        (_OM_SYS, _OM_DIA, *_OM_ID),
    ),
    Q(
        "how many times was the top number 140 or higher",
        _count(lambda d: int((_n(d[_OM_SYS]) >= 140).sum())),
        (_OM_SYS, *_OM_ID),
    ),
    Q(
        "what percent of readings flagged an irregular heartbeat",
        either(_share(_om_irregular(True)), _share(_om_irregular(False))),
        ("Irregular Heartbeat Detected", *_OM_ID),
    ),
    Q(
        "which month was my pressure highest on average",
        either(
            _month_year(lambda d: _peak(_om_dates(d), _n(d[_OM_SYS]), "mean")),
            _month_year(lambda d: _peak(_om_dates(d), _n(d[_OM_SYS]) + _n(d[_OM_DIA]), "mean")),
        ),
        (_OM_SYS, _OM_DIA, *_OM_ID),
    ),
    Q(
        "does my pulse go up when my systolic is higher",
        corr_of(lambda d: _n(d[_OM_SYS]), lambda d: _n(d["Pulse (bpm)"])),
        (_OM_SYS, "Pulse (bpm)", *_OM_ID),
    ),
]


# --- 2. mySugr logbook export --------------------------------------------------------------------------------------

_MS_BG = "Blood Sugar Measurement (mg/dL)"
_MS_CARBS = "Meal Carbohydrates (Grams, Factor 1)"
_MS_BASAL = "Basal Injection Units"
_MS_MEALS = {
    "Breakfast": (7, ["oatmeal", "toast and eggs", "cereal", "yogurt with granola", ""], 45),
    "Lunch": (12, ["sandwich", "salad", "pasta", "burrito", "sushi", ""], 60),
    "Dinner": (19, ["pizza", "chicken and rice", "tacos", "stir fry", "steak and potatoes", ""], 70),
}


def _mysugr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20602)
    rows = []
    blank = {
        _MS_BG: "",
        "Insulin Injection Units (Pen)": "",
        _MS_BASAL: "",
        "Insulin (Meal)": "",
        "Insulin (Correction)": "",
        _MS_CARBS: "",
        "Meal Descriptions": "",
        "Activity Duration (Minutes)": "",
        "Activity Intensity (1: Cosy, 2: Ordinary, 3: Demanding)": "",
        "Note": "",
        "Hypo Symptoms": "",
        "Hyper Symptoms": "",
    }

    def add(stamp: pd.Timestamp, tags: str, **cells: object) -> None:
        row = {"Date": f"{stamp:%b} {stamp.day}, {stamp.year}", "Time": stamp.strftime("%I:%M:%S %p").lstrip("0")}
        row |= {"Tags": tags} | blank | {k.replace("_", " "): v for k, v in cells.items()}
        rows.append(row)

    for day in pd.date_range("2023-01-01", "2023-09-30", freq="D"):
        level = 150 + 25 * np.sin(day.dayofyear / 40)
        if rng.random() < 0.93:
            add(
                day + pd.Timedelta(hours=22, minutes=int(rng.integers(0, 40))),
                "Bedtime",
                **{_MS_BASAL: int(rng.integers(18, 23))},
            )
        for meal, (hour, foods, carbs) in _MS_MEALS.items():
            if rng.random() < 0.12:
                continue
            t = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 59)))
            bg = int(np.clip(rng.normal(level, 45), 40, 400))
            c = int(max(5, rng.normal(carbs, 18)))
            meal_units = round(c / 10, 1)
            corr = round(max(0, (bg - 150) / 50), 1) if bg > 180 else ""
            cells = {_MS_BG: bg, _MS_CARBS: c, "Insulin (Meal)": meal_units, "Insulin (Correction)": corr}
            cells["Insulin Injection Units (Pen)"] = round(meal_units + (corr or 0), 1)
            cells["Meal Descriptions"] = _one(rng, foods)
            if bg < 70:
                cells["Hypo Symptoms"] = "Yes"
            if bg > 250:
                cells["Hyper Symptoms"] = "Yes" if rng.random() < 0.6 else ""
            add(t, f"{meal}, Before the meal", **cells)
            if rng.random() < 0.35:
                t2 = t + pd.Timedelta(hours=2, minutes=int(rng.integers(0, 30)))
                bg2 = int(np.clip(rng.normal(level + 20, 50), 40, 400))
                add(t2, f"{meal}, After the meal", **{_MS_BG: bg2, "Hypo Symptoms": "Yes" if bg2 < 70 else ""})
        if rng.random() < 0.3:
            t = day + pd.Timedelta(hours=17, minutes=int(rng.integers(0, 59)))
            add(
                t,
                "Sport",
                **{
                    "Activity Duration (Minutes)": int(rng.choice([20, 30, 45, 60, 90])),
                    "Activity Intensity (1: Cosy, 2: Ordinary, 3: Demanding)": int(rng.integers(1, 4)),
                    "Note": _one(rng, ["run", "bike", "gym", ""]),
                },
            )
    return pd.DataFrame(rows)


def _ms_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%b %d, %Y", errors="coerce")


_MS_ID = ("Date", "Time")
_MYSUGR_QS = [
    Q("what's my average blood sugar", _about(lambda d: float(_n(d[_MS_BG]).mean())), (_MS_BG, *_MS_ID)),
    Q(
        "how many times did i go under 70",
        either(_count(lambda d: int((_n(d[_MS_BG]) < 70).sum())), _count(lambda d: int((_n(d[_MS_BG]) <= 70).sum()))),
        (_MS_BG, "Hypo Symptoms", *_MS_ID),
    ),
    Q(
        "and over 180?",
        either(_count(lambda d: int((_n(d[_MS_BG]) > 180).sum())), _count(lambda d: int((_n(d[_MS_BG]) >= 180).sum()))),
        (_MS_BG, "Hyper Symptoms", *_MS_ID),
    ),
    Q(
        "how many carbs do i usually eat per meal",
        either(_about(lambda d: float(_n(d[_MS_CARBS]).mean())), _about(lambda d: float(_n(d[_MS_CARBS]).median()))),
        (_MS_CARBS, "Tags", *_MS_ID),
    ),
    Q(
        "total long acting insulin in march",
        _about(lambda d: float(_n(d[_MS_BASAL])[_ms_dates(d).dt.month.eq(3)].sum())),
        (_MS_BASAL, *_MS_ID),
    ),
    Q(
        "which month were my sugars the worst",
        _month_year(lambda d: _peak(_ms_dates(d), _n(d[_MS_BG]), "mean")),
        (_MS_BG, *_MS_ID),
    ),
]


# --- 3. Geocaching finds log ---------------------------------------------------------------------------------------

_GC_TYPES = {"Traditional Cache": 62, "Multi-cache": 12, "Mystery Cache": 16, "EarthCache": 6, "Letterbox Hybrid": 4}
_GC_STATES = {
    "Oregon": 40,
    "Washington": 25,
    "California": 12,
    "Idaho": 6,
    "Nevada": 4,
}
_GC_WORDS = "Hidden;Creek;Bridge;Old Oak;Trailhead;Lookout;Park;Mill;Fox;Rocky;Cedar;Lost;Eagle;Quarry;Railroad"


def _geocaching_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20603)
    words = _GC_WORDS.split(";")
    owners = ["TrailRat", "geo_mom", "BigFootHunter", "Team Muddy Boots", "CacheCat", "n7zx", "pdxcachers"]
    rows = []
    used: set[str] = set()
    for _ in range(1100):
        code = "GC" + "".join(rng.choice(list("0123456789ABCDEFGHJKMNPQRTVWXYZ"), int(rng.integers(4, 6))))
        if code in used:
            continue
        used.add(code)
        kind = _one(rng, list(_GC_TYPES), list(_GC_TYPES.values()))
        base = {"Traditional Cache": 1.5, "Multi-cache": 2.5, "Mystery Cache": 3.0, "EarthCache": 2.0}.get(kind, 2.0)
        diff = float(np.clip(round(2 * (base + rng.normal(0, 0.8))) / 2, 1, 5))
        terr = float(np.clip(round(2 * (1.8 + rng.gamma(1.5, 0.5))) / 2, 1, 5))
        country = "Canada" if rng.random() < 0.05 else "United States"
        state = "British Columbia" if country == "Canada" else _one(rng, list(_GC_STATES), list(_GC_STATES.values()))
        when = pd.Timestamp("2018-03-01") + pd.Timedelta(days=int(rng.integers(0, 2400)))
        common = {
            "GC Code": code,
            "Cache Name": f"{_one(rng, words)} {_one(rng, words)} #{int(rng.integers(1, 30))}",
            "Cache Type": kind,
            "Difficulty": diff,
            "Terrain": terr,
            "Container": "Other"
            if kind == "EarthCache"
            else _one(rng, ["Micro", "Small", "Regular", "Large", "Not chosen"], [40, 30, 20, 4, 6]),
            "Country": country,
            "State": state,
            "Placed By": _one(rng, owners),
            "Favorite Points": int(rng.poisson(3 if rng.random() < 0.8 else 25)),
        }
        if rng.random() < 0.08 + 0.04 * diff:
            rows.append(common | {"Log Date": f"{when:%Y-%m-%d}", "Log Type": "Didn't find it"})
            if rng.random() < 0.5:
                later = when + pd.Timedelta(days=int(rng.integers(7, 200)))
                rows.append(common | {"Log Date": f"{later:%Y-%m-%d}", "Log Type": "Found it"})
        else:
            rows.append(common | {"Log Date": f"{when:%Y-%m-%d}", "Log Type": "Found it"})
        if rng.random() < 0.03:
            rows.append(common | {"Log Date": f"{when:%Y-%m-%d}", "Log Type": "Write note"})
    cols = ["GC Code", "Cache Name", "Cache Type", "Difficulty", "Terrain", "Container", "Log Date", "Log Type"]
    return pd.DataFrame(rows)[[*cols, "Country", "State", "Placed By", "Favorite Points"]]


def _gc_found(d: pd.DataFrame) -> pd.Series:
    return _text(d["Log Type"]).eq("Found it")


_GC_ID = ("GC Code", "Log Type", "Log Date")
_GEOCACHING_QS = [
    Q(
        "how many caches have i found",
        either(
            _count(lambda d: int(_gc_found(d).sum())), _count(lambda d: int(d.loc[_gc_found(d), "GC Code"].nunique()))
        ),
        _GC_ID,
    ),
    Q(
        "what kind of cache do i find most",
        _lead(_named(lambda d: _top(_text(d.loc[_gc_found(d), "Cache Type"]).value_counts()))),
        ("Cache Type", *_GC_ID),
    ),
    Q(
        "average difficulty of the ones i found?",
        _about(lambda d: float(_n(d.loc[_gc_found(d), "Difficulty"]).mean())),
        ("Difficulty", *_GC_ID),
    ),
    Q(
        "how many times did i fail to find one",
        _count(lambda d: int(_text(d["Log Type"]).eq("Didn't find it").sum())),
        _GC_ID,
    ),
    Q(
        "which state have i found the most caches in",
        _lead(_named(lambda d: _top(_text(d.loc[_gc_found(d), "State"]).value_counts()))),
        ("State", *_GC_ID),
    ),
    Q(
        "what was my best year for finds",
        _lead(
            _year(lambda d: int(_top(pd.to_datetime(_text(d.loc[_gc_found(d), "Log Date"])).dt.year.value_counts())))
        ),
        _GC_ID,
    ),
]


# --- 4. DistroKid earnings export ----------------------------------------------------------------------------------

# store: (weight, pay per unit)
_DK_STORES = {
    "Spotify": (40, 0.0032),
    "Apple Music": (18, 0.0068),
    "YouTube (Ads)": (16, 0.0009),
    "Amazon Unlimited": (8, 0.0045),
    "TikTok": (10, 0.0011),
    "Deezer": (5, 0.0041),
    "iTunes": (3, 0.69),
}
_DK_SONGS = {
    "Neon Harbor": ("QZHN42312345", 6.0),
    "Paper Satellites": ("QZHN42312346", 3.0),
    "Slow Static": ("QZHN42312347", 1.6),
    "Quiet Engines": ("QZHN42312348", 1.0),
    "Glass Orchard": ("QZHN42312349", 0.6),
    "Late Bloom (Acoustic)": ("QZHN42312350", 0.4),
}
_DK_COUNTRIES = {"US": 45, "GB": 10, "DE": 8, "CA": 6, "BR": 6, "MX": 5, "AU": 4, "FR": 4, "SE": 3, "IN": 3, "JP": 2}


def _distrokid_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20604)
    rows = []
    for month in pd.period_range("2022-06", "2024-03", freq="M"):
        growth = 1 + 0.06 * (month - pd.Period("2022-06", freq="M")).n
        report = (month + 3).to_timestamp() + pd.Timedelta(days=int(rng.integers(2, 8)))
        for _ in range(int(rng.integers(150, 210))):
            store = _one(rng, list(_DK_STORES), [v[0] for v in _DK_STORES.values()])
            title = _one(rng, list(_DK_SONGS), [v[1] for v in _DK_SONGS.values()])
            qty = 1 if store == "iTunes" else int(max(1, rng.lognormal(2.2, 1.2) * growth * _DK_SONGS[title][1] / 3))
            pay = _DK_STORES[store][1] * rng.uniform(0.8, 1.2)
            rows.append(
                {
                    "Reporting Date": f"{report:%Y-%m-%d}",
                    "Sale Month": f"{month:%Y-%m}",
                    "Store": store,
                    "Artist": "Harbor Lights",
                    "Title": title,
                    "ISRC": _DK_SONGS[title][0],
                    "UPC": 195729000000 + list(_DK_SONGS).index(title) // 3,
                    "Quantity": qty,
                    "Team Percentage": 100,
                    "Song/Album": "Song",
                    "Country of Sale": _one(rng, list(_DK_COUNTRIES), list(_DK_COUNTRIES.values())),
                    "Songwriter Royalties Withheld": 0,
                    "Earnings (USD)": float(f"{qty * pay:.12g}"),
                }
            )
    return pd.DataFrame(rows)


_DK_EARN = "Earnings (USD)"
_DK_ID = ("Sale Month", "Reporting Date")


def _dk_rate(d: pd.DataFrame) -> float:
    s = _text(d["Store"]).eq("Spotify")
    return float(_n(d[_DK_EARN])[s].sum() / _n(d["Quantity"])[s].sum())


_DISTROKID_QS = [
    Q("how much have i made in total", _money(lambda d: float(_n(d[_DK_EARN]).sum())), (_DK_EARN, *_DK_ID)),
    Q(
        "which platform pays me the most",
        _lead(_named(lambda d: _top(_n(d[_DK_EARN]).groupby(_text(d["Store"])).sum()))),
        ("Store", _DK_EARN, *_DK_ID),
    ),
    Q(
        "what's my most streamed song",
        _lead(_named(lambda d: _top(_n(d["Quantity"]).groupby(_text(d["Title"])).sum()))),
        ("Title", "Quantity", "ISRC", *_DK_ID),
    ),
    Q(
        "how much did tiktok pay me",
        _money(lambda d: float(_n(d[_DK_EARN])[_text(d["Store"]).eq("TikTok")].sum())),
        ("Store", _DK_EARN, *_DK_ID),
    ),
    Q("how much does spotify pay per stream", _tiny(_dk_rate), ("Store", _DK_EARN, "Quantity", *_DK_ID)),
    Q(
        "which month did i earn the most",
        _month_year(lambda d: _peak(pd.to_datetime(_text(d["Sale Month"]), format="%Y-%m"), _n(d[_DK_EARN]))),
        (_DK_EARN, *_DK_ID),
    ),
]


# --- 5. CDC YRBSS high school results, long format -----------------------------------------------------------------

# code: (topic, subtopic, short text, greater risk question, lesser risk question, national base %, trend per survey)
_YR_QUESTIONS = {
    "H8": (
        "Injury and Violence",
        "Violence-Related Behaviors",
        "Bullied at school",
        "Were bullied on school property (during the 12 months before the survey)",
        "Were not bullied on school property (during the 12 months before the survey)",
        19.5,
        -0.6,
    ),
    "H26": (
        "Mental Health",
        "Mental Health",
        "Sad or hopeless",
        "Felt sad or hopeless (almost every day for 2 or more weeks in a row so that they stopped doing some usual "
        "activities, during the 12 months before the survey)",
        "Did not feel sad or hopeless (almost every day for 2 or more weeks in a row so that they stopped doing "
        "some usual activities, during the 12 months before the survey)",
        30.0,
        2.6,
    ),
    "H34": (
        "Tobacco Use",
        "Electronic Vapor Products",
        "Current electronic vapor product use",
        "Currently used an electronic vapor product (on at least 1 day during the 30 days before the survey)",
        "Did not currently use an electronic vapor product (on at least 1 day during the 30 days before the survey)",
        22.0,
        1.0,
    ),
    "H42": (
        "Alcohol and Other Drug Use",
        "Alcohol Use",
        "Current alcohol use",
        "Currently drank alcohol (at least one drink of alcohol on at least 1 day during the 30 days before the "
        "survey)",
        "Did not currently drink alcohol (at least one drink of alcohol on at least 1 day during the 30 days "
        "before the survey)",
        35.0,
        -2.5,
    ),
    "H79": (
        "Physical Activity",
        "Physical Activity",
        "Physically active at least 60 minutes/day on all 7 days",
        "Were not physically active at least 60 minutes per day on all 7 days",
        "Were physically active at least 60 minutes per day on all 7 days",
        75.0,
        1.2,
    ),
}
_YR_STATES = {
    "US": ("United States", 0.0),
    "AZ": ("Arizona", 1.5),
    "CA": ("California", -2.0),
    "FL": ("Florida", 0.5),
    "IL": ("Illinois", -0.5),
    "KY": ("Kentucky", 2.5),
    "MI": ("Michigan", 1.0),
    "NY": ("New York", -1.5),
    "TX": ("Texas", 0.8),
    "WV": ("West Virginia", 3.0),
}
_YR_STRATA = [("Total", "Total"), ("Female", "Total"), ("Male", "Total")]
_YR_STRATA += [("Total", g) for g in ("9th", "10th", "11th", "12th")]


def _yrbs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20605)
    rows = []
    for year in (2013, 2015, 2017, 2019, 2021):
        step = (year - 2013) / 2
        for code, (topic, sub, short, greater, lesser, base, trend) in _YR_QUESTIONS.items():
            for abbr, (state, lift) in _YR_STATES.items():
                missing = abbr != "US" and rng.random() < 0.1
                local = lift * rng.uniform(0.5, 1.5) + rng.normal(0, 1.5)
                if code == "H34" and year == 2019:
                    local += 10
                for sex, grade in _YR_STRATA:
                    sex_lift = {"Female": 1, "Male": -1}.get(sex, 0) * {"H26": 11, "H8": 3, "H79": 5, "H34": 2.5}.get(
                        code, 0.8
                    )
                    grade_lift = {"9th": -3, "10th": -1, "11th": 1, "12th": 3}.get(grade, 0) * (code != "H8")
                    value = float(
                        np.clip(base + trend * step + local + sex_lift + grade_lift + rng.normal(0, 1), 1, 99)
                    )
                    value = round(value, 1)
                    size = int(
                        (12000 if abbr == "US" else 2500) * (0.5 if sex != "Total" else 0.25 if grade != "Total" else 1)
                    )
                    size = int(size * rng.uniform(0.7, 1.2))
                    half = round(1.96 * np.sqrt(value * (100 - value) / size) * 1.6, 1)
                    kind = "Total" if sex == grade == "Total" else "Sex" if sex != "Total" else "Grade"
                    rows.append(
                        {
                            "YEAR": year,
                            "LocationAbbr": abbr,
                            "LocationDesc": state,
                            "Topic": topic,
                            "Subtopic": sub,
                            "ShortQuestionText": short,
                            "Greater_Risk_Question": greater,
                            "Description": f"{greater} among high school students",
                            "Greater_Risk_Data_Value": "" if missing else value,
                            "Greater_Risk_Data_Value_Footnote": "Data not available" if missing else "",
                            "Greater_Risk_Low_Confidence_Limit": "" if missing else round(value - half, 1),
                            "Greater_Risk_High_Confidence_Limit": "" if missing else round(value + half, 1),
                            "Lesser_Risk_Question": lesser,
                            "Lesser_Risk_Data_Value": "" if missing else round(100 - value, 1),
                            "Lesser_Risk_Low_Confidence_Limit": "" if missing else round(100 - value - half, 1),
                            "Lesser_Risk_High_Confidence_Limit": "" if missing else round(100 - value + half, 1),
                            "Sample_Size": "" if missing else size,
                            "Sex": sex,
                            "Race": "Total",
                            "Grade": grade,
                            "QuestionCode": code,
                            "StratificationType": kind,
                        }
                    )
    return pd.DataFrame(rows)


def _yr_value(
    code: str, year: int | None, sex: str = "Total", state: str = "United States"
) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        m = _text(d["QuestionCode"]).eq(code) & _text(d["LocationDesc"]).eq(state)
        m &= _text(d["Sex"]).eq(sex) & _text(d["Grade"]).eq("Total") & _text(d["Race"]).eq("Total")
        if year is not None:
            m &= _n(d["YEAR"]).eq(year)
        return float(_n(d.loc[m, "Greater_Risk_Data_Value"]).iloc[0])

    return value


def _yr_top_state(d: pd.DataFrame) -> str:
    m = _text(d["QuestionCode"]).eq("H34") & _n(d["YEAR"]).eq(2019) & _text(d["LocationDesc"]).ne("United States")
    m &= _text(d["Sex"]).eq("Total") & _text(d["Grade"]).eq("Total")
    return _top(_n(d.loc[m, "Greater_Risk_Data_Value"]).groupby(_text(d.loc[m, "LocationDesc"])).max())


_YR_COLS = ("YEAR", "LocationDesc", "ShortQuestionText", "Greater_Risk_Data_Value")
_YRBS_QS = [
    Q(
        "what percent of high schoolers in the us were vaping in 2019",
        _about(_yr_value("H34", 2019)),
        (*_YR_COLS, "Sex", "Grade", "QuestionCode", "Greater_Risk_Question"),
    ),
    Q("and for girls?", _about(_yr_value("H34", 2019, "Female")), (*_YR_COLS, "Sex", "QuestionCode")),
    Q(
        "which state had the highest vaping rate that year",
        _lead(_named(_yr_top_state)),
        (*_YR_COLS, "LocationAbbr", "Sex", "Grade", "QuestionCode"),
    ),
    Q(
        "how has feeling sad or hopeless changed nationally since 2013",
        _about(lambda d: [_yr_value("H26", 2013)(d), _yr_value("H26", 2021)(d)]),
        (*_YR_COLS, "Sex", "Grade", "QuestionCode", "Greater_Risk_Question"),
    ),
    Q(
        "in 2021 were girls or boys more likely to be bullied at school, nationally",
        _about(lambda d: [_yr_value("H8", 2021, "Female")(d), _yr_value("H8", 2021, "Male")(d)]),
        (*_YR_COLS, "Sex", "QuestionCode", "Greater_Risk_Question"),
    ),
    Q(
        "how many rows are missing the percentage",
        _count(lambda d: int(_n(d["Greater_Risk_Data_Value"]).isna().sum())),
        ("Greater_Risk_Data_Value", "Greater_Risk_Data_Value_Footnote"),
    ),
]


# --- 6. WMATA Metrorail ridership by station and time period -------------------------------------------------------

# station: weekday AM peak average entries
_WM_STATIONS = {
    "Union Station": 7800,
    "Metro Center": 6200,
    "Gallery Place-Chinatown": 4300,
    "Farragut North": 5100,
    "Dupont Circle": 4700,
    "Foggy Bottom-GWU": 4100,
    "Pentagon City": 3600,
    "Rosslyn": 3900,
    "Silver Spring": 3300,
    "Columbia Heights": 3000,
    "Navy Yard-Ballpark": 2600,
    "Shady Grove": 2900,
}
_WM_PERIODS = {"AM Peak": 1.0, "Midday": 0.55, "PM Peak": 0.75, "Evening": 0.35, "Late Night": 0.08}
_WM_DAYS = {"Weekday": 1.0, "Saturday": 0.45, "Sunday": 0.33}
_WM_WEEKEND_PERIOD = {"AM Peak": 0.25, "Midday": 1.3, "PM Peak": 0.8, "Evening": 1.2, "Late Night": 2.5}


def _wmata_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20606)
    rows = []
    for month in pd.period_range("2023-01", "2024-06", freq="M"):
        days = pd.date_range(month.start_time, month.end_time.normalize(), freq="D")
        counts = {"Weekday": int((days.dayofweek < 5).sum()), "Saturday": int((days.dayofweek == 5).sum())}
        counts["Sunday"] = int((days.dayofweek == 6).sum())
        season = (
            1 + 0.08 * np.sin((month.month - 3) / 12 * 2 * np.pi) + 0.01 * (month - pd.Period("2023-01", freq="M")).n
        )
        for station, base in _WM_STATIONS.items():
            closed = station == "Shady Grove" and pd.Period("2023-09", freq="M") <= month <= pd.Period(
                "2023-12", freq="M"
            )
            for day_type, dscale in _WM_DAYS.items():
                for period, pscale in _WM_PERIODS.items():
                    wk = 1.0 if day_type == "Weekday" else _WM_WEEKEND_PERIOD[period]
                    if station == "Navy Yard-Ballpark" and day_type != "Weekday" and 4 <= month.month <= 9:
                        wk *= 2.2
                    avg = base * pscale * dscale * wk * season * rng.uniform(0.9, 1.1)
                    avg = round(avg)
                    rows.append(
                        {
                            "Station": station,
                            "Month": month.strftime("%B"),
                            "Year": month.year,
                            "Day Type": day_type,
                            "Time Period": period,
                            "Avg Daily Entries": "" if closed else f"{avg:,}",
                            "Total Entries": "" if closed else f"{avg * counts[day_type]:,}",
                        }
                    )
    return pd.DataFrame(rows)


def _wm_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Month"]) + " " + _text(d["Year"]), format="%B %Y", errors="coerce")


def _wm_top3_late(d: pd.DataFrame) -> list[str]:
    m = _text(d["Time Period"]).eq("Late Night")
    s = _n(d.loc[m, "Total Entries"]).groupby(_text(d.loc[m, "Station"])).sum()
    return list(s.sort_values(ascending=False).index[:3])


def _wm_union_am(d: pd.DataFrame, how: str = "mean") -> float:
    m = _text(d["Station"]).eq("Union Station") & _text(d["Day Type"]).eq("Weekday")
    return float(_n(d.loc[m & _text(d["Time Period"]).eq("AM Peak"), "Avg Daily Entries"]).agg(how))


_WM_TOTAL = "Total Entries"
_WM_ID = ("Station", "Month", "Year")
_WMATA_QS = [
    Q(
        "which station is the busiest",
        _lead(_named(lambda d: _top(_n(d[_WM_TOTAL]).groupby(_text(d["Station"])).sum()))),
        (_WM_TOTAL, "Avg Daily Entries", *_WM_ID),
    ),
    Q(
        "how many people entered the system in 2023",
        _money(lambda d: float(_n(d[_WM_TOTAL])[_n(d["Year"]).eq(2023)].sum())),
        (_WM_TOTAL, *_WM_ID),
    ),
    Q(
        "what's a typical weekday morning rush at union station",
        either(_about(_wm_union_am), _about(lambda d: _wm_union_am(d, "median"))),
        ("Avg Daily Entries", "Day Type", "Time Period", *_WM_ID),
    ),
    Q(
        "which month had the most riders",
        _month_year(lambda d: _peak(_wm_month(d), _n(d[_WM_TOTAL]))),
        (_WM_TOTAL, *_WM_ID),
    ),
    Q(
        "what share of entries happen in the morning peak",
        _share(lambda d: float(_n(d[_WM_TOTAL])[_text(d["Time Period"]).eq("AM Peak")].sum() / _n(d[_WM_TOTAL]).sum())),
        (_WM_TOTAL, "Time Period", *_WM_ID),
    ),
    Q(
        "top 3 stations late at night",
        _all_named(_wm_top3_late),
        (_WM_TOTAL, "Avg Daily Entries", "Time Period", *_WM_ID),
    ),
]


# --- 7. Metropolitan Museum of Art Open Access objects (MetObjects.csv) --------------------------------------------

# department: (weight, accession prefix, begin year range, object names, classifications, cultures, countries,
# share with an artist)
_MET_DEPTS: dict[str, tuple[float, str, tuple[int, int], str, str, str, str, float]] = {
    "Drawings and Prints": (30, "17.50", (1500, 1920), "Print;Drawing;Etching", "Prints;Drawings", "", "", 0.95),
    "European Sculpture and Decorative Arts": (
        14,
        "07.225",
        (1600, 1900),
        "Plate;Snuffbox;Chair;Figure",
        "Ceramics;Metalwork;Furniture;Sculpture",
        "French;British;German;Italian",
        "",
        0.35,
    ),
    "Asian Art": (
        13,
        "29.100",
        (600, 1900),
        "Bowl;Hanging scroll;Netsuke;Vase",
        "Ceramics;Paintings;Netsuke",
        "China;Japan;Korea",
        "China;Japan;Korea",
        0.3,
    ),
    "Egyptian Art": (
        10,
        "10.130",
        (-2600, -30),
        "Amulet;Scarab;Shabti;Vessel",
        "Stone;Faience;Ceramics",
        "",
        "Egypt",
        0.0,
    ),
    "Greek and Roman Art": (
        8,
        "41.162",
        (-800, 300),
        "Statuette;Coin;Vase;Lamp",
        "Bronzes;Coins;Vases;Terracottas",
        "Greek;Roman;Greek, Attic",
        "",
        0.05,
    ),
    "European Paintings": (
        6,
        "1975.1",
        (1300, 1900),
        "Painting",
        "Paintings",
        "",
        "",
        0.98,
    ),
    "Costume Institute": (
        8,
        "C.I.54",
        (1750, 2010),
        "Dress;Hat;Shoes;Coat",
        "Textiles",
        "American;French;British",
        "",
        0.4,
    ),
    "Photographs": (11, "2005.100", (1840, 1990), "Photograph", "Photographs", "", "", 0.9),
}
_MET_ARTISTS = {
    "Drawings and Prints": "Rembrandt van Rijn|Dutch;Albrecht Dürer|German;Francisco Goya|Spanish;"
    "Honoré Daumier|French",
    "European Paintings": "Claude Monet|French;Edgar Degas|French;Vincent van Gogh|Dutch;Rembrandt van Rijn|Dutch",
    "Photographs": "Walker Evans|American;Alfred Stieglitz|American;Unknown|",
    "Asian Art": "Katsushika Hokusai|Japanese;Utagawa Hiroshige|Japanese",
    "European Sculpture and Decorative Arts": "Sèvres Manufactory|French;Meissen Manufactory|German",
    "Costume Institute": "House of Worth|French;Charles James|American",
    "Greek and Roman Art": "Berlin Painter|Greek",
    "Egyptian Art": "|",
}


def _met_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20607)
    rows = []
    names = list(_MET_DEPTS)
    for i in range(3200):
        dept = _one(rng, names, [v[0] for v in _MET_DEPTS.values()])
        _w, prefix, (lo, hi), objs, classes, cultures, countries, with_artist = _MET_DEPTS[dept]
        begin = int(rng.integers(lo, hi))
        end = begin + int(rng.choice([0, 0, 5, 10, 25, 50, 100]))
        pairs = [a.split("|") for a in _MET_ARTISTS[dept].split(";")]
        artist, nation = pairs[int(rng.integers(len(pairs)))] if rng.random() < with_artist else ("", "")
        if artist and rng.random() < 0.5:
            artist, nation = (
                f"{_one(rng, ['Jean', 'Hans', 'William', 'Giovanni', 'Anna', 'Marie', 'Thomas', 'Kitagawa'])} "
                f"{_one(rng, ['Smith', 'Müller', 'Dubois', 'Rossi', 'Hill', 'Baker', 'Moreau', 'Visscher'])}",
                nation,
            )
        culture = _one(rng, cultures.split(";")) if cultures and rng.random() < 0.85 else ""
        country = _one(rng, countries.split(";")) if countries and rng.random() < 0.8 else ""
        public = begin < 1900 and rng.random() < 0.92
        date_text = f"{abs(begin)} B.C." if begin < 0 else f"ca. {begin}" if rng.random() < 0.4 else str(begin)
        inches = round(float(rng.uniform(1, 40)), 2)
        rows.append(
            {
                "Object Number": f"{prefix}.{i + 1}",
                "Is Highlight": bool(rng.random() < 0.03 + 0.05 * (dept == "European Paintings")),
                "Is Public Domain": bool(public),
                "Object ID": 10000 + 37 * i + int(rng.integers(0, 30)),
                "Department": dept,
                "AccessionYear": int(rng.integers(1880, 2020)) if rng.random() < 0.97 else "",
                "Object Name": _one(rng, objs.split(";")),
                "Title": _one(rng, ["Untitled", "Portrait of a Woman", "Landscape", "Fragment", "Figure", "Study"]),
                "Culture": culture,
                "Period": _one(
                    rng, ["", "Edo period (1615–1868)", "Ming dynasty (1368–1644)", "New Kingdom"], [85, 5, 5, 5]
                )
                if dept in ("Asian Art", "Egyptian Art")
                else "",
                "Artist Display Name": artist,
                "Artist Nationality": nation,
                "Object Date": date_text,
                "Object Begin Date": begin,
                "Object End Date": end,
                "Medium": _one(
                    rng, ["Oil on canvas", "Etching", "Porcelain", "Bronze", "Silk", "Gelatin silver print"]
                ),
                "Dimensions": f"H. {inches} in. ({inches * 2.54:.1f} cm)",
                "Credit Line": _one(
                    rng, ["Rogers Fund", "Gift of J. Pierpont Morgan", "Bequest of Mrs. H. O. Havemeyer"]
                )
                + f", {int(rng.integers(1900, 2020))}",
                "Country": country,
                "Classification": _one(rng, classes.split(";")),
            }
        )
    return pd.DataFrame(rows)


def _met_public(d: pd.DataFrame) -> pd.Series:
    return _text(d["Is Public Domain"]).str.lower().eq("true")


_MET_ID = ("Object Number", "Object ID")
_MET_QS = [
    Q(
        "how many objects per department",
        _count(lambda d: _text(d["Department"]).value_counts().to_numpy()),
        ("Department", *_MET_ID),
    ),
    Q(
        "what share is public domain",
        _share(lambda d: float(_met_public(d).mean())),
        ("Is Public Domain", *_MET_ID),
    ),
    Q(
        "and how many of those are highlights",
        _count(lambda d: int((_met_public(d) & _text(d["Is Highlight"]).str.lower().eq("true")).sum())),
        ("Is Public Domain", "Is Highlight", *_MET_ID),
    ),
    Q(
        "which artist has the most works",
        _lead(_named(lambda d: _top(_text(d["Artist Display Name"])[lambda s: s.ne("")].value_counts()))),
        ("Artist Display Name", *_MET_ID),
    ),
    Q(
        "how many things were made before 1500",
        either(
            _count(lambda d: int((_n(d["Object Begin Date"]) < 1500).sum())),
            _count(lambda d: int((_n(d["Object End Date"]) < 1500).sum())),
        ),
        ("Object Begin Date", "Object End Date", "Object Date", *_MET_ID),
    ),
    Q(
        "how many don't have a culture listed",
        _count(lambda d: int(_text(d["Culture"]).eq("").sum())),
        ("Culture", *_MET_ID),
    ),
]


HELDOUT206: list[Dataset] = [
    Dataset("omron_connect_blood_pressure", _omron_frame, _OMRON_QS),
    Dataset("mysugr_logbook_export", _mysugr_frame, _MYSUGR_QS),
    Dataset("geocaching_finds_log", _geocaching_frame, _GEOCACHING_QS),
    Dataset("distrokid_earnings_export", _distrokid_frame, _DISTROKID_QS),
    Dataset("cdc_yrbss_high_school_long", _yrbs_frame, _YRBS_QS),
    Dataset("wmata_ridership_by_station_period", _wmata_frame, _WMATA_QS),
    Dataset("met_museum_open_access_objects", _met_frame, _MET_QS),
]
