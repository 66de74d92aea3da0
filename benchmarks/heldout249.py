"""HELDOUT249: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of exports an analyst is likely to bring along: a Calm app session history
(one row per session, January 2023 to June 2024) with Date as "2023-01-04", "Start Time" as "10:42 PM", "Content
Type" (Meditation, Sleep Story, Music, Breathe, Masterclass, Soundscape), Title ("7 Days of Calm: Day 3", "Blue
Gold", "Daily Calm"), Narrator (blank for Music and Soundscape), "Duration Listened" and "Full Length" as "mm:ss"
(minutes past 60 written as "72:05"), Completed (Yes/No), Device (iPhone, iPad, Web, Android), "Mood Check-In"
(Great, Good, Okay, Low, Bad, blank when skipped) and "Streak Day"; a Forest focus app export (one row per focus
session, 2024) with Start and End as "2024-01-05 09:12", Tag (Study, Work, Reading, Exercise, Social, Other, blank),
"Tree Species" (Cedar, Bush, Cherry Blossom, Lemon Tree, Pine, Bamboo), "Planned Minutes" (10-120 in steps of 5),
"Actual Minutes" (short of the plan when the tree withered or the user gave up), Result (Success, Withered, Gave
Up), "Coins Earned" (0 unless the session succeeded), Note (free text, mostly blank) and "Deep Focus Mode"
(TRUE/FALSE); a Gaia GPS track summary export (one row per track, 2021-2024) with "Track Name", Date as
"07/14/2023", Activity (Hiking, Backpacking, Mountain Biking, Trail Running, Skiing, Overlanding), "Distance (mi)"
with two decimals, "Moving Time" and "Total Time" as "h:mm:ss", "Elevation Gain (ft)", "Elevation Loss (ft)", "Max
Elevation (ft)", "Avg Moving Speed (mph)" with one decimal, Region (a state or a park name), Folder ("2023 Trips",
"Colorado", "Utah Desert", blank) and Photos; a PictureThis identification history (one row per snap, 2023-2024)
with "Snapped At" as "2024-05-12 14:33:10", "Common Name", "Scientific Name", Family, "Confidence (%)" written with
a percent sign ("87%"), Location (a city or blank), Category (Flower, Tree, Succulent, Weed, Houseplant, Mushroom,
Vegetable), "Toxic To Pets" (Yes/No/Unknown), "Added To My Garden" (Yes/No), Diagnosis (blank, "Healthy",
"Overwatering", "Leaf Spot", "Spider Mites", "Sunburn", "Root Rot") and "Care Reminders Set" (a count); a downtown
parking authority's hourly garage occupancy feed (five garages, every hour from 2024-09-02 to 2024-09-22) with
Timestamp as "2024-09-02T14:00:00", "Garage Name" ("5th & Main Garage", "City Center Deck", "Riverfront Lot",
"Library Square Garage", "Arena East Deck"), "Total Spaces" (fixed per garage), "Occupied Spaces", "Available
Spaces", "Percent Full" with one decimal (blank while closed), "Hourly Rate ($)" as "$3.00" (higher on event days),
"Event Day" (Y/N, one value per date) and Status (Open, Full, Closed for Maintenance, with 0 occupied and 0
available while closed); a city fire prevention bureau's inspection log (2022-2024) with "Inspection ID" as
"FPB-2023-00412", "Inspection Date" as "2023-03-14", Address, "Occupancy Type" (Assembly, Business, Educational,
Mercantile, Residential, Storage, Industrial), "Inspection Type" (Annual, Complaint, Re-inspection, New Certificate
of Occupancy, Special Event), Inspector, Result (Pass, Fail, Pass with Violations, No Access), "Violations Cited",
"Most Serious Violation" (blank when none), "Re-inspection Due" (a date 30 days on after a failure or violations,
blank otherwise) and "Fee ($)"; and a city forestry division's tree removal permit list (2021-2024) with "Permit
Number" as "TRP-21-0042", "Application Date" and "Decision Date" as "MM/DD/YYYY" (decision blank while pending or
withdrawn), Address, "Tree Species", DBH (inches), Reason (Dead, Diseased, Hazard, Construction, Damaging
Structure, Other), "Applicant Type" (Homeowner, Contractor, Developer, Utility, City), Decision (Approved, Denied,
Pending, Withdrawn), "Replacement Trees Required" (0 unless approved), "Heritage Tree" (Y/N) and "Permit Fee ($)"
(0 for City and Utility applicants). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series, lowest: bool = False) -> str:
    """The label with the highest (or lowest) score (ties: first in label order)."""
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _clock(df: pd.DataFrame, col: str) -> pd.Series:
    """A "mm:ss" or "h:mm:ss" column as minutes."""

    def one(v: Any) -> float:
        if pd.isna(v) or not str(v).strip():
            return np.nan
        parts = [float(p) for p in str(v).split(":")]
        if len(parts) == 3:
            return parts[0] * 60 + parts[1] + parts[2] / 60
        return parts[0] + parts[1] / 60

    return df[col].map(one).astype(float)


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


def _any_of(
    check: Callable[[Callable[[pd.DataFrame], Any]], Check], values: Callable[[pd.DataFrame], list[Any]]
) -> Check:
    """`check` passes for any one of the values (the picks of two readings)."""

    def inner(answer: str, df: pd.DataFrame) -> str | None:
        whys = [check(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return inner


def _hour(values: Callable[[pd.DataFrame], list[int]]) -> Check:
    """An hour of the day, any one of `values`: "6 PM", "6pm", "6:00 p.m.", "18:00", "18h"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for h in values(df):
            h12 = h % 12 or 12
            half = "a" if h < 12 else "p"
            patterns = [
                rf"(?<![\d:.]){h12}(?::00)?\s*{half}\.?m\b",
                rf"(?<![\d:.])0?{h}:00(?!\d)",
                rf"(?<![\d:.])0?{h}h\b",
            ]
            if h == 12:
                patterns.append(r"\bnoon\b")
            if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
                return None
        return f"missing hour {values(df)}"

    return check


# --- 1. Calm session history ---------------------------------------------------------------------------------------

_CA_TITLES = {
    "Meditation": (
        ["Daily Calm", "7 Days of Calm: Day {d}", "How to Meditate: Day {d}", "Body Scan", "Loving-Kindness"],
        (8, 20),
    ),
    "Sleep Story": (["Blue Gold", "Nordland Night Train", "The Velveteen Rabbit", "Wonder", "Dream With Me"], (22, 48)),
    "Music": (["Sleep Music: Rainy Rooftops", "Focus: Deep Work", "Lullabies for Grown-Ups", "Piano Dreams"], (30, 90)),
    "Breathe": (["Breathe Bubble", "Box Breathing", "Relax & Restore"], (1, 5)),
    "Masterclass": (["Breaking Habits: Lesson {d}", "Mindful Eating: Lesson {d}", "Gratitude: Lesson {d}"], (10, 16)),
    "Soundscape": (["Rain on Leaves", "Ocean Waves", "Fireplace", "Thunderstorm"], (30, 60)),
}
_CA_NARRATORS = {
    "Meditation": (["Tamara Levitt", "Jay Shetty", "Jeff Warren"], [60, 20, 20]),
    "Sleep Story": (["Stephen Fry", "Erik Braa", "Matthew McConaughey", "Tamara Levitt"], [35, 25, 20, 20]),
    "Breathe": (["Tamara Levitt"], [1]),
    "Masterclass": (["Judson Brewer", "Jeff Warren"], [1, 1]),
}


def _mmss(minutes: float) -> str:
    total = round(minutes * 60)
    return f"{total // 60}:{total % 60:02d}"


def _calm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24901)
    rows = []
    streak = 0
    types = list(_CA_TITLES)
    for day in pd.date_range("2023-01-01", "2024-06-30", freq="D"):
        if rng.random() < 0.28 + 0.1 * np.sin(day.month):
            streak = 0
            continue
        streak += 1
        for _ in range(int(_one(rng, [1, 2, 3], [70, 24, 6]))):
            kind = _one(rng, types, [34, 26, 14, 10, 6, 10])
            titles, (lo, hi) = _CA_TITLES[kind]
            title = _one(rng, titles).format(d=int(rng.integers(1, 8)))
            full = float(rng.uniform(lo, hi)) if title != "Daily Calm" else float(rng.uniform(10, 11))
            done = rng.random() < {"Sleep Story": 0.45, "Music": 0.35, "Soundscape": 0.3}.get(kind, 0.78)
            listened = full if done else full * float(rng.uniform(0.05, 0.92))
            night = kind in ("Sleep Story", "Music", "Soundscape")
            hour = (
                int(rng.integers(21, 24)) if night else int(_one(rng, [6, 7, 8, 12, 17, 20, 22], [3, 4, 3, 2, 2, 2, 1]))
            )
            who = _CA_NARRATORS.get(kind)
            mood = _one(rng, ["Great", "Good", "Okay", "Low", "Bad", ""], [12, 24, 18, 8, 3, 35])
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Start Time": f"{hour % 12 or 12}:{int(rng.integers(0, 60)):02d} {'AM' if hour < 12 else 'PM'}",
                    "Content Type": kind,
                    "Title": title,
                    "Narrator": _one(rng, who[0], who[1]) if who else "",
                    "Duration Listened": _mmss(listened),
                    "Full Length": _mmss(full),
                    "Completed": "Yes" if done else "No",
                    "Device": _one(rng, ["iPhone", "iPad", "Web", "Android"], [70, 15, 8, 7]),
                    "Mood Check-In": mood,
                    "Streak Day": streak,
                }
            )
    return pd.DataFrame(rows)


def _ca_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"])


def _ca_narrators(df: pd.DataFrame) -> list[str]:
    named = df[_text(df, "Narrator") != ""]
    minutes = _clock(named, "Duration Listened")
    return [_top(named["Narrator"].value_counts()), _top(minutes.groupby(named["Narrator"]).sum())]


def _ca_med_months(df: pd.DataFrame) -> list[pd.Timestamp]:
    med = df["Content Type"] == "Meditation"
    months = _ca_dates(df)[med].dt.to_period("M")
    minutes = _clock(df, "Duration Listened")[med]
    picks = [months.value_counts().sort_index().idxmax(), minutes.groupby(months).sum().idxmax()]
    return [p.to_timestamp() for p in picks]


def _ca_top_narrator_minutes(df: pd.DataFrame) -> list[float]:
    top = _ca_narrators(df)[0]
    mins = float(_clock(df, "Duration Listened")[df["Narrator"] == top].sum())
    return [mins, mins / 60]


_CA_QS = [
    Q(
        "what do i listen to the most on calm",
        _lead(_named(lambda df: _top(df["Content Type"].value_counts()))),
        ("Content Type",),
    ),
    Q(
        "how many hours have i listened in total",
        either(
            _about(lambda df: _clock(df, "Duration Listened").sum() / 60, rel=0.01),
            _about(lambda df: _clock(df, "Duration Listened").sum(), rel=0.01),
        ),
        ("Duration Listened",),
    ),
    Q(
        "what percent of sleep stories do i actually finish",
        _share(lambda df: (df.loc[df["Content Type"] == "Sleep Story", "Completed"] == "Yes").mean()),
        ("Content Type", "Completed"),
    ),
    Q(
        "who's my most listened narrator",
        _lead(_any_of(_named, _ca_narrators)),
        ("Narrator", "Duration Listened"),
    ),
    Q(
        "which month did i meditate the most",
        _lead(_any_of(_month_year, _ca_med_months)),
        ("Content Type", "Date", "Duration Listened"),
    ),
    Q(
        "how many times did i skip the mood check in",
        _count(lambda df: int((_text(df, "Mood Check-In") == "").sum())),
        ("Mood Check-In",),
    ),
]


# --- 2. Forest focus sessions --------------------------------------------------------------------------------------

_FO_TAGS = ["Study", "Work", "Reading", "Exercise", "Social", "Other", ""]
_FO_NOTES = ["chem ch 4", "essay draft", "emails", "quarterly report", "leetcode", "no phone at dinner", "gym"]


def _forest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24902)
    rows = []
    for day in pd.date_range("2024-01-01", "2024-10-31", freq="D"):
        for _ in range(int(rng.poisson(2.2 if day.day_of_week < 5 else 1.1))):
            tag = _one(rng, _FO_TAGS, [34, 26, 12, 6, 5, 5, 12])
            planned = int(
                _one(rng, list(range(10, 125, 5)), [8 if m in (25, 30, 45, 60) else 1 for m in range(10, 125, 5)])
            )
            deep = rng.random() < 0.35
            fail = 0.08 + 0.0025 * planned - (0.07 if deep else 0) + (0.08 if tag == "Social" else 0)
            r = rng.random()
            result = "Withered" if r < fail * 0.6 else "Gave Up" if r < fail else "Success"
            actual = planned if result == "Success" else max(1, int(planned * float(rng.uniform(0.05, 0.9))))
            start = day + pd.Timedelta(minutes=int(rng.integers(7 * 60, 23 * 60)))
            rows.append(
                {
                    "Start": f"{start:%Y-%m-%d %H:%M}",
                    "End": f"{start + pd.Timedelta(minutes=actual):%Y-%m-%d %H:%M}",
                    "Tag": tag,
                    "Tree Species": _one(rng, ["Cedar", "Bush", "Cherry Blossom", "Lemon Tree", "Pine", "Bamboo"]),
                    "Planned Minutes": planned,
                    "Actual Minutes": actual,
                    "Result": result,
                    "Coins Earned": int(planned // 5 + (2 if deep else 0)) if result == "Success" else 0,
                    "Note": _one(rng, _FO_NOTES) if rng.random() < 0.12 else "",
                    "Deep Focus Mode": "TRUE" if deep else "FALSE",
                }
            )
    return pd.DataFrame(rows)


def _fo_deep(df: pd.DataFrame) -> pd.Series:
    return df["Deep Focus Mode"].astype(str).str.upper() == "TRUE"


def _fo_success_by_deep(df: pd.DataFrame) -> list[float]:
    ok = df["Result"] == "Success"
    deep = _fo_deep(df)
    return [float(ok[deep].mean()), float(ok[~deep].mean())]


def _fo_top_tags(df: pd.DataFrame) -> list[str]:
    tagged = df[_text(df, "Tag") != ""]
    done = tagged[tagged["Result"] == "Success"]
    return [
        _top(tagged.groupby("Tag")["Actual Minutes"].sum()),
        _top(done.groupby("Tag")["Actual Minutes"].sum()),
    ]


def _fo_hours(df: pd.DataFrame) -> list[float]:
    all_min = float(df["Actual Minutes"].sum())
    ok_min = float(df.loc[df["Result"] == "Success", "Actual Minutes"].sum())
    return [all_min / 60, all_min, ok_min / 60, ok_min]


_FO_QS = [
    Q(
        "how much time have i spent focusing in total? in hours",
        _any_of(lambda v: _about(v, rel=0.01), _fo_hours),
        ("Actual Minutes", "Result"),
    ),
    Q(
        "what's my success rate",
        _share(lambda df: (df["Result"] == "Success").mean()),
        ("Result",),
    ),
    Q(
        "does deep focus mode actually help? compare",
        _any_of(_share, _fo_success_by_deep),
        ("Deep Focus Mode", "Result"),
    ),
    Q(
        "what do i spend the most time focusing on",
        _lead(_any_of(_named, _fo_top_tags)),
        ("Tag", "Actual Minutes", "Result"),
    ),
    Q(
        "how many coins did i get in march",
        _count(lambda df: int(df.loc[pd.to_datetime(df["Start"]).dt.month == 3, "Coins Earned"].sum())),
        ("Coins Earned", "Start"),
    ),
    Q(
        "how many sessions didn't have a tag",
        _count(lambda df: int((_text(df, "Tag") == "").sum())),
        ("Tag",),
    ),
]


# --- 3. Gaia GPS tracks --------------------------------------------------------------------------------------------

_GA_ACTS = {
    # activity: (weight, miles range, ft gain per mile, mph)
    "Hiking": (40, (2.5, 14), 380, 2.1),
    "Backpacking": (10, (8, 28), 300, 1.7),
    "Mountain Biking": (18, (6, 32), 140, 7.5),
    "Trail Running": (14, (3, 16), 260, 5.2),
    "Skiing": (10, (4, 18), 90, 9.0),
    "Overlanding": (8, (25, 140), 40, 14.0),
}
_GA_REGIONS = {
    "Colorado": (["Mount Sanitas", "Hanging Lake", "Chicago Basin", "Buffalo Creek", "Kenosha Pass"], 7200),
    "Utah": (["Moab Slickrock", "Mount Timpanogos", "Coyote Gulch", "White Rim"], 5200),
    "Rocky Mountain NP": (["Sky Pond", "Emerald Lake", "Chasm Lake", "Longs Peak Keyhole"], 9400),
    "Zion NP": (["Angels Landing", "Observation Point", "The Subway"], 4600),
    "California": (["Mount Tam Loop", "Half Dome", "Mission Peak", "Mammoth Lakes"], 3800),
    "Arizona": (["Camelback", "Humphreys Peak", "Sedona Slickrock"], 5400),
}


def _hms(minutes: float) -> str:
    total = round(minutes * 60)
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


def _gaia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24903)
    rows = []
    acts = list(_GA_ACTS)
    for k in range(int(rng.integers(380, 430))):
        act = _one(rng, acts, [v[0] for v in _GA_ACTS.values()])
        _w, (lo, hi), per_mile, mph = _GA_ACTS[act]
        region = _one(rng, list(_GA_REGIONS), [30, 18, 16, 8, 16, 12])
        places, base = _GA_REGIONS[region]
        year = int(_one(rng, [2021, 2022, 2023, 2024], [15, 25, 32, 28]))
        month = int(_one(rng, range(1, 13), [2, 2, 3, 5, 8, 11, 13, 12, 10, 8, 3, 2]))
        if act == "Skiing":
            month = int(_one(rng, [1, 2, 3, 12]))
        date = pd.Timestamp(year, month, int(rng.integers(1, 29)))
        miles = round(float(rng.uniform(lo, hi)), 2)
        gain = int(max(20, miles * per_mile * float(rng.lognormal(0, 0.35))))
        speed = mph * float(rng.lognormal(0, 0.15))
        moving = miles / speed * 60
        total = moving * float(rng.uniform(1.1, 1.6)) + (600 if act == "Backpacking" else 0) * float(rng.random())
        place = _one(rng, places)
        folder = _one(
            rng,
            [f"{year} Trips", "Colorado" if region in ("Colorado", "Rocky Mountain NP") else "Utah Desert", ""],
            [4, 3, 3],
        )
        rows.append(
            {
                "Track Name": f"{place} {act}" if rng.random() < 0.5 else f"{place} {date:%m/%d}",
                "Date": f"{date:%m/%d/%Y}",
                "Activity": act,
                "Distance (mi)": miles,
                "Moving Time": _hms(moving),
                "Total Time": _hms(total),
                "Elevation Gain (ft)": gain,
                "Elevation Loss (ft)": int(gain * float(rng.uniform(0.9, 1.1))) if act != "Skiing" else gain * 6,
                "Max Elevation (ft)": int(base + rng.uniform(0, 3000) + gain * 0.4),
                "Avg Moving Speed (mph)": round(speed, 1),
                "Region": region,
                "Folder": folder,
                "Photos": int(rng.poisson(2 + 0.8 * miles if act != "Overlanding" else 10)),
                "_d": date,
                "_k": k,
            }
        )
    out = pd.DataFrame(rows).sort_values(["_d", "_k"]).drop(columns=["_d", "_k"])
    return out.reset_index(drop=True)


def _ga_longest(df: pd.DataFrame) -> pd.Series:
    return df.loc[df["Distance (mi)"].idxmax()]


def _ga_hike_miles(df: pd.DataFrame) -> list[float]:
    d = df["Distance (mi)"]
    return [float(d[df["Activity"] == "Hiking"].sum()), float(d[df["Activity"].isin(["Hiking", "Backpacking"])].sum())]


def _ga_speed(df: pd.DataFrame) -> list[Any]:
    pace = df.groupby("Activity")["Distance (mi)"].sum() / (
        _clock(df, "Moving Time").groupby(df["Activity"]).sum() / 60
    )
    return [df.groupby("Activity")["Avg Moving Speed (mph)"].mean().to_numpy(), pace.to_numpy()]


def _ga_top_year(df: pd.DataFrame) -> int:
    return int(df.groupby(pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.year)["Distance (mi)"].sum().idxmax())


_GA_QS = [
    Q(
        "how many miles have i hiked",
        _any_of(lambda v: _about(v, rel=0.005), _ga_hike_miles),
        ("Distance (mi)", "Activity"),
    ),
    Q(
        "what was my longest track",
        _lead(_named(lambda df: str(_ga_longest(df)["Track Name"]))),
        ("Track Name", "Distance (mi)", "Date"),
    ),
    Q(
        "how much climbing was on that one",
        _count(lambda df: int(_ga_longest(df)["Elevation Gain (ft)"])),
        ("Elevation Gain (ft)", "Track Name"),
    ),
    Q(
        "average moving speed for each activity",
        _any_of(lambda v: _about(v, rel=0.01), _ga_speed),
        ("Avg Moving Speed (mph)", "Activity", "Distance (mi)", "Moving Time"),
    ),
    Q(
        "is there a relationship between distance and elevation gain",
        _corr(lambda df: df["Distance (mi)"], lambda df: df["Elevation Gain (ft)"]),
        ("Distance (mi)", "Elevation Gain (ft)"),
    ),
    Q(
        "which year did i cover the most miles",
        _lead(_year(_ga_top_year)),
        ("Distance (mi)", "Date"),
    ),
]


# --- 4. PictureThis identification history ------------------------------------------------------------------------

_PT_PLANTS = [
    # common, scientific, family, category, toxic
    ("Rose", "Rosa rubiginosa", "Rosaceae", "Flower", "No"),
    ("Tulip", "Tulipa gesneriana", "Liliaceae", "Flower", "Yes"),
    ("Hydrangea", "Hydrangea macrophylla", "Hydrangeaceae", "Flower", "Yes"),
    ("Common Dandelion", "Taraxacum officinale", "Asteraceae", "Weed", "No"),
    ("White Clover", "Trifolium repens", "Fabaceae", "Weed", "Unknown"),
    ("Crabgrass", "Digitaria sanguinalis", "Poaceae", "Weed", "No"),
    ("Red Maple", "Acer rubrum", "Sapindaceae", "Tree", "Yes"),
    ("Northern Red Oak", "Quercus rubra", "Fagaceae", "Tree", "Yes"),
    ("Eastern White Pine", "Pinus strobus", "Pinaceae", "Tree", "No"),
    ("Jade Plant", "Crassula ovata", "Crassulaceae", "Succulent", "Yes"),
    ("Aloe Vera", "Aloe vera", "Asphodelaceae", "Succulent", "Yes"),
    ("Echeveria", "Echeveria elegans", "Crassulaceae", "Succulent", "No"),
    ("Pothos", "Epipremnum aureum", "Araceae", "Houseplant", "Yes"),
    ("Monstera", "Monstera deliciosa", "Araceae", "Houseplant", "Yes"),
    ("Snake Plant", "Dracaena trifasciata", "Asparagaceae", "Houseplant", "Yes"),
    ("Spider Plant", "Chlorophytum comosum", "Asparagaceae", "Houseplant", "No"),
    ("Fiddle Leaf Fig", "Ficus lyrata", "Moraceae", "Houseplant", "Yes"),
    ("Fly Agaric", "Amanita muscaria", "Amanitaceae", "Mushroom", "Yes"),
    ("Oyster Mushroom", "Pleurotus ostreatus", "Pleurotaceae", "Mushroom", "Unknown"),
    ("Tomato", "Solanum lycopersicum", "Solanaceae", "Vegetable", "Yes"),
    ("Zucchini", "Cucurbita pepo", "Cucurbitaceae", "Vegetable", "No"),
    ("Basil", "Ocimum basilicum", "Lamiaceae", "Vegetable", "No"),
]
_PT_WEIGHTS = [6, 3, 4, 7, 4, 3, 4, 3, 2, 4, 3, 3, 9, 7, 5, 4, 4, 2, 1, 6, 3, 4]
_PT_CITIES = ["Portland", "Seattle", "Eugene", "Bend", ""]


def _picturethis_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24904)
    rows = []
    t = pd.Timestamp("2023-03-01 08:00:00")
    while t < pd.Timestamp("2024-11-30"):
        t += pd.Timedelta(seconds=int(rng.exponential(1.1 * 86400)))
        common, sci, family, cat, toxic = _one(rng, _PT_PLANTS, _PT_WEIGHTS)
        conf = int(np.clip(rng.normal(58 if cat in ("Mushroom", "Weed") else 84, 16), 12, 99))
        garden = cat in ("Houseplant", "Succulent", "Vegetable", "Flower") and rng.random() < 0.45
        diag = ""
        if cat in ("Houseplant", "Succulent", "Vegetable", "Flower") and rng.random() < 0.3:
            diag = _one(
                rng,
                ["Healthy", "Overwatering", "Leaf Spot", "Spider Mites", "Sunburn", "Root Rot"],
                [30, 22, 16, 10, 8, 6],
            )
        rows.append(
            {
                "Snapped At": f"{t:%Y-%m-%d %H:%M:%S}",
                "Common Name": common,
                "Scientific Name": sci,
                "Family": family,
                "Confidence (%)": f"{conf}%",
                "Location": _one(rng, _PT_CITIES, [40, 20, 10, 8, 22]),
                "Category": cat,
                "Toxic To Pets": toxic,
                "Added To My Garden": "Yes" if garden else "No",
                "Diagnosis": diag,
                "Care Reminders Set": int(_one(rng, [0, 1, 2, 3], [3, 4, 2, 1]))
                if garden
                else 0
                if rng.random() < 0.95
                else 1,
            }
        )
    return pd.DataFrame(rows)


def _pt_toxic(df: pd.DataFrame) -> list[int]:
    yes = df["Toxic To Pets"] == "Yes"
    return [int(yes.sum()), int(df.loc[yes, "Common Name"].nunique())]


_PT_QS = [
    Q(
        "what plant have i identified the most",
        _lead(_named(lambda df: _top(df["Common Name"].value_counts()))),
        ("Common Name",),
    ),
    Q(
        "how many of them are toxic to pets",
        _any_of(_count, _pt_toxic),
        ("Toxic To Pets", "Common Name"),
    ),
    Q(
        "average confidence for each category",
        _about(lambda df: _num(df, "Confidence (%)").groupby(df["Category"]).mean(), rel=0.005),
        ("Confidence (%)", "Category"),
    ),
    Q(
        "how many ids were under 50% sure",
        _count(lambda df: int((_num(df, "Confidence (%)") < 50).sum())),
        ("Confidence (%)",),
    ),
    Q(
        "what's the most common plant problem it found",
        _lead(
            _named(lambda df: _top(df.loc[~_text(df, "Diagnosis").isin(["", "Healthy"]), "Diagnosis"].value_counts()))
        ),
        ("Diagnosis",),
    ),
    Q(
        "of the plants i added to my garden, what share have care reminders set",
        _share(lambda df: (df.loc[df["Added To My Garden"] == "Yes", "Care Reminders Set"] > 0).mean()),
        ("Added To My Garden", "Care Reminders Set"),
    ),
]


# --- 5. Downtown garage occupancy feed -----------------------------------------------------------------------------

_PK_GARAGES = {
    # name: (spaces, base fill, rate, event boost)
    "5th & Main Garage": (620, 0.62, 3.0, 0.15),
    "City Center Deck": (480, 0.93, 3.5, 0.2),
    "Riverfront Lot": (210, 0.50, 2.0, 0.35),
    "Library Square Garage": (350, 0.45, 2.5, 0.1),
    "Arena East Deck": (900, 0.35, 4.0, 0.55),
}


def _parking_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24905)
    days = pd.date_range("2024-09-02", "2024-09-22", freq="D")
    events = {d.normalize() for d in days if rng.random() < 0.3}
    closed = {("Library Square Garage", pd.Timestamp("2024-09-10")), ("Riverfront Lot", pd.Timestamp("2024-09-17"))}
    rows = []
    for t in pd.date_range("2024-09-02 00:00", "2024-09-22 23:00", freq="h"):
        event = t.normalize() in events
        for name, (spaces, base, rate, boost) in _PK_GARAGES.items():
            daytime = np.exp(-(((t.hour - 13) / 4.0) ** 2)) * (0.55 if t.day_of_week >= 5 else 1.0)
            evening = np.exp(-(((t.hour - 20) / 2.0) ** 2)) * boost * 1.6 if event else 0.0
            fill = 0.05 + base * daytime + evening + rng.normal(0, 0.04)
            occupied = int(np.clip(round(fill * spaces), 0, spaces))
            shut = (name, t.normalize()) in closed and 6 <= t.hour <= 18
            status = "Closed for Maintenance" if shut else "Full" if occupied >= spaces else "Open"
            if shut:
                occupied = 0
            rows.append(
                {
                    "Timestamp": f"{t:%Y-%m-%dT%H:%M:%S}",
                    "Garage Name": name,
                    "Total Spaces": spaces,
                    "Occupied Spaces": occupied,
                    "Available Spaces": 0 if shut else spaces - occupied,
                    "Percent Full": None if shut else round(100 * occupied / spaces, 1),
                    "Hourly Rate ($)": f"${rate + (2.0 if event and t.hour >= 16 else 0):.2f}",
                    "Event Day": "Y" if event else "N",
                    "Status": status,
                }
            )
    return pd.DataFrame(rows)


def _pk_fullest(df: pd.DataFrame) -> list[str]:
    pct = df["Percent Full"]
    return [_top(pct.groupby(df["Garage Name"]).mean()), _top(pct.groupby(df["Garage Name"]).median())]


def _pk_event(df: pd.DataFrame) -> list[Any]:
    pct = df["Percent Full"]
    by = pct.groupby(df["Event Day"])
    return [by.mean().to_numpy(), by.median().to_numpy()]


def _pk_busy_hours(df: pd.DataFrame) -> list[int]:
    hours = pd.to_datetime(df["Timestamp"]).dt.hour
    return [
        int(df["Percent Full"].groupby(hours).mean().idxmax()),
        int(df["Occupied Spaces"].groupby(hours).sum().idxmax()),
    ]


def _pk_closed(df: pd.DataFrame) -> list[int]:
    shut = df["Status"] == "Closed for Maintenance"
    return [int(shut.sum()), int(df.loc[shut, "Timestamp"].nunique())]


_PK_QS = [
    Q(
        "which garage is usually the fullest",
        _lead(_any_of(_named, _pk_fullest)),
        ("Garage Name", "Percent Full", "Occupied Spaces", "Total Spaces"),
    ),
    Q(
        "how many hours was it completely full",
        _count(lambda df: int(((df["Garage Name"] == _pk_fullest(df)[0]) & (df["Status"] == "Full")).sum())),
        ("Garage Name", "Status", "Timestamp", "Available Spaces", "Occupied Spaces", "Total Spaces"),
    ),
    Q(
        "how much fuller are the garages on event days vs normal days",
        _any_of(lambda v: _about(v, rel=0.01), _pk_event),
        ("Event Day", "Percent Full"),
    ),
    Q(
        "what time of day is busiest",
        _lead(_hour(_pk_busy_hours)),
        ("Timestamp", "Percent Full", "Occupied Spaces"),
    ),
    Q(
        "how many hours were garages shut for maintenance",
        _any_of(_count, _pk_closed),
        ("Status", "Timestamp", "Garage Name"),
    ),
    Q(
        "avg hourly rate at the riverfront lot",
        _about(lambda df: _num(df, "Hourly Rate ($)")[df["Garage Name"] == "Riverfront Lot"].mean(), rel=0.005),
        ("Hourly Rate ($)", "Garage Name"),
    ),
]


# --- 6. Fire prevention inspection log -----------------------------------------------------------------------------

_FI_OCC = {
    # occupancy: (weight, fail chance, fee)
    "Assembly": (14, 0.22, 175),
    "Business": (24, 0.10, 125),
    "Educational": (8, 0.12, 150),
    "Mercantile": (18, 0.16, 125),
    "Residential": (20, 0.14, 100),
    "Storage": (8, 0.20, 150),
    "Industrial": (8, 0.26, 225),
}
_FI_VIOLATIONS = [
    "Fire extinguisher not serviced",
    "Blocked exit",
    "Exit sign not illuminated",
    "Missing smoke detector",
    "Extension cord used as permanent wiring",
    "Sprinkler system not inspected",
    "Storage within 18 in. of sprinkler heads",
    "Fire alarm panel in trouble",
]
_FI_STREETS = ["Main St", "Oak Ave", "Industrial Pkwy", "Elm St", "2nd Ave", "Lakeview Dr", "Commerce Blvd", "Pine St"]


def _fire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24906)
    inspectors = ["Lt. R. Alvarez", "Capt. J. Brooks", "Insp. K. Nguyen", "Insp. D. Farrell", "Insp. M. Osei"]
    strict = [1.3, 0.8, 1.0, 1.15, 0.85]
    occs = list(_FI_OCC)
    rows = []
    serial = {2022: 0, 2023: 0, 2024: 0}
    for day in pd.date_range("2022-01-03", "2024-12-20", freq="B"):
        for _ in range(int(rng.poisson(2.1))):
            occ = _one(rng, occs, [v[0] for v in _FI_OCC.values()])
            _w, fail, fee = _FI_OCC[occ]
            kind = _one(
                rng,
                ["Annual", "Complaint", "Re-inspection", "New Certificate of Occupancy", "Special Event"],
                [55, 12, 18, 8, 7],
            )
            who = int(rng.integers(len(inspectors)))
            p = fail * strict[who] * (1.6 if kind == "Complaint" else 0.7 if kind == "Re-inspection" else 1.0)
            r = rng.random()
            if r < 0.04:
                result = "No Access"
            elif r < 0.04 + p:
                result = "Fail"
            elif r < 0.04 + p + 0.22:
                result = "Pass with Violations"
            else:
                result = "Pass"
            count = {"Fail": 2 + int(rng.poisson(2)), "Pass with Violations": 1 + int(rng.poisson(0.6))}.get(result, 0)
            serial[day.year] += 1
            due = f"{day + pd.Timedelta(days=30):%Y-%m-%d}" if result in ("Fail", "Pass with Violations") else ""
            rows.append(
                {
                    "Inspection ID": f"FPB-{day.year}-{serial[day.year]:05d}",
                    "Inspection Date": f"{day:%Y-%m-%d}",
                    "Address": f"{int(rng.integers(100, 9900))} {_one(rng, _FI_STREETS)}",
                    "Occupancy Type": occ,
                    "Inspection Type": kind,
                    "Inspector": inspectors[who],
                    "Result": result,
                    "Violations Cited": count,
                    "Most Serious Violation": _one(rng, _FI_VIOLATIONS, [24, 12, 14, 10, 12, 9, 8, 6]) if count else "",
                    "Re-inspection Due": due,
                    "Fee ($)": 0
                    if kind == "Re-inspection" and result != "Fail"
                    else fee + (75 if kind == "Special Event" else 0),
                }
            )
    return pd.DataFrame(rows)


def _fi_fail_shares(df: pd.DataFrame) -> list[float]:
    fail = df["Result"] == "Fail"
    return [float(fail.mean()), float(fail[df["Result"] != "No Access"].mean())]


def _fi_worst(df: pd.DataFrame) -> list[str]:
    fail = df["Result"] == "Fail"
    return [_top(fail.groupby(df["Occupancy Type"]).mean()), _top(fail.groupby(df["Occupancy Type"]).sum())]


_FI_QS = [
    Q(
        "what percentage of inspections fail",
        _any_of(_share, _fi_fail_shares),
        ("Result", "Inspection ID"),
    ),
    Q(
        "which kind of building fails most often",
        _lead(_any_of(_named, _fi_worst)),
        ("Occupancy Type", "Result"),
    ),
    Q(
        "most common serious violation?",
        _lead(
            _named(
                lambda df: _top(
                    df.loc[_text(df, "Most Serious Violation") != "", "Most Serious Violation"].value_counts()
                )
            )
        ),
        ("Most Serious Violation",),
    ),
    Q(
        "how many violations does each inspector write up per inspection on average",
        _about(lambda df: df.groupby("Inspector")["Violations Cited"].mean(), rel=0.01),
        ("Inspector", "Violations Cited"),
    ),
    Q(
        "how much did we take in from fees in 2023",
        _amount(lambda df: df.loc[pd.to_datetime(df["Inspection Date"]).dt.year == 2023, "Fee ($)"].sum()),
        ("Fee ($)", "Inspection Date"),
    ),
    Q(
        "how many inspections needed a follow up re-inspection",
        _count(lambda df: int((_text(df, "Re-inspection Due") != "").sum())),
        ("Re-inspection Due", "Inspection ID", "Result"),
    ),
]


# --- 7. Tree removal permits ---------------------------------------------------------------------------------------

_TR_SPECIES = {
    # species: (weight, mean DBH)
    "Silver Maple": (18, 26),
    "Ash": (16, 18),
    "Red Oak": (12, 30),
    "Norway Maple": (10, 20),
    "Honey Locust": (8, 16),
    "Bradford Pear": (10, 14),
    "American Elm": (6, 28),
    "Cottonwood": (7, 34),
    "Black Walnut": (5, 22),
    "Eastern Red Cedar": (8, 12),
}
_TR_STREETS = ["Maple Ave", "Chestnut St", "Walnut St", "Grand Blvd", "Park Pl", "Ridge Rd", "Hillcrest Dr", "3rd St"]


def _trees_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24907)
    rows = []
    serial: dict[int, int] = {}
    species = list(_TR_SPECIES)
    for day in pd.date_range("2021-01-04", "2024-12-13", freq="D"):
        for _ in range(int(rng.poisson(1.0 if day.day_of_week < 5 else 0.15))):
            sp = _one(rng, species, [v[0] for v in _TR_SPECIES.values()])
            dbh = round(float(np.clip(rng.normal(_TR_SPECIES[sp][1], 7), 4, 60)), 1)
            reason = _one(
                rng,
                ["Dead", "Diseased", "Hazard", "Construction", "Damaging Structure", "Other"],
                [24, 20 + (25 if sp == "Ash" else 0), 18, 16, 12, 6],
            )
            applicant = _one(rng, ["Homeowner", "Contractor", "Developer", "Utility", "City"], [50, 18, 12, 12, 8])
            heritage = dbh >= 30 and rng.random() < 0.6
            age = (pd.Timestamp("2024-12-13") - day).days
            r = rng.random()
            if age < 45 and r < 0.7:
                decision = "Pending"
            elif r < 0.05:
                decision = "Withdrawn"
            else:
                deny = 0.12 + (0.35 if heritage else 0) + (0.15 if reason in ("Construction", "Other") else 0)
                deny -= 0.1 if reason in ("Dead", "Hazard") else 0
                decision = "Denied" if rng.random() < deny else "Approved"
            wait = int(rng.gamma(3, 9 if not heritage else 16))
            decided = decision in ("Approved", "Denied")
            serial[day.year] = serial.get(day.year, 0) + 1
            repl = 0
            if decision == "Approved" and reason not in ("Dead",):
                repl = int(max(1, round(dbh / 12))) if applicant != "Utility" else 1
            rows.append(
                {
                    "Permit Number": f"TRP-{day.year % 100:02d}-{serial[day.year]:04d}",
                    "Application Date": f"{day:%m/%d/%Y}",
                    "Decision Date": f"{day + pd.Timedelta(days=wait):%m/%d/%Y}" if decided else "",
                    "Address": f"{int(rng.integers(10, 4999))} {_one(rng, _TR_STREETS)}",
                    "Tree Species": sp,
                    "DBH": dbh,
                    "Reason": reason,
                    "Applicant Type": applicant,
                    "Decision": decision,
                    "Replacement Trees Required": repl,
                    "Heritage Tree": "Y" if heritage else "N",
                    "Permit Fee ($)": 0 if applicant in ("City", "Utility") else (250 if heritage else 75),
                }
            )
    return pd.DataFrame(rows)


def _tr_wait(df: pd.DataFrame) -> pd.Series:
    a = pd.to_datetime(df["Application Date"], format="%m/%d/%Y")
    d = pd.to_datetime(df["Decision Date"], format="%m/%d/%Y", errors="coerce")
    return (d - a).dt.days.dropna()


def _tr_rates(df: pd.DataFrame) -> list[Any]:
    ok = df["Decision"] == "Approved"
    decided = df["Decision"].isin(["Approved", "Denied"])
    h = df["Heritage Tree"] == "Y"
    return [
        [float(ok[h].mean()), float(ok[~h].mean())],
        [float(ok[h & decided].mean()), float(ok[~h & decided].mean())],
    ]


def _tr_both_shares(pair: Callable[[pd.DataFrame], Any]) -> Check:
    """Both shares of a pair appear."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in pair(df):
            why = _share(float(v))(answer, df)
            if why:
                return why
        return None

    return check


def _tr_big(df: pd.DataFrame) -> list[str]:
    return [_top(df.groupby("Tree Species")["DBH"].mean()), _top(df.groupby("Tree Species")["DBH"].median())]


_TR_QS = [
    Q(
        "how many permits are still waiting on a decision",
        _count(lambda df: int((df["Decision"] == "Pending").sum())),
        ("Decision", "Decision Date", "Permit Number"),
    ),
    Q(
        "approval rate for heritage trees compared to regular ones",
        _any_of(_tr_both_shares, _tr_rates),
        ("Heritage Tree", "Decision"),
    ),
    Q(
        "how long does it usually take to get a decision",
        either(_about(lambda df: _tr_wait(df).mean(), rel=0.01), _about(lambda df: _tr_wait(df).median(), rel=0.01)),
        ("Application Date", "Decision Date"),
    ),
    Q(
        "whats the most common reason people want a tree taken down",
        _lead(_named(lambda df: _top(df["Reason"].value_counts()))),
        ("Reason",),
    ),
    Q(
        "total replacement trees required so far",
        _count(lambda df: int(df["Replacement Trees Required"].sum())),
        ("Replacement Trees Required",),
    ),
    Q(
        "which species has the thickest trunks on average",
        _lead(_any_of(_named, _tr_big)),
        ("Tree Species", "DBH"),
    ),
]


HELDOUT249: list[Dataset] = [
    Dataset("calm_listening_history", _calm_frame, _CA_QS),
    Dataset("forest_focus_sessions", _forest_frame, _FO_QS),
    Dataset("gaia_gps_tracks_summary", _gaia_frame, _GA_QS),
    Dataset("picturethis_identification_history", _picturethis_frame, _PT_QS),
    Dataset("garage_hourly_occupancy", _parking_frame, _PK_QS),
    Dataset("fire_prevention_inspection_log", _fire_frame, _FI_QS),
    Dataset("tree_removal_permits", _trees_frame, _TR_QS),
]
