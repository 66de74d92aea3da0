"""HELDOUT245: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of public files a person is likely to download and bring along: a GasBuddy fuel log
export (one row per fill-up, 2022-2024, two vehicles) with "03/14/2023" dates, Station Name (a few with trailing
spaces), Brand (Shell, Costco, Chevron, Circle K, Sunoco, Mobil), City, Fuel Grade (Regular, Midgrade, Premium,
Diesel; the F-150 only diesel), Gallons to three decimals, Price Per Gallon as "$3.459", Total Cost as "$45.12",
Odometer per vehicle (a few blank), Paid With (Pay with GasBuddy, Credit Card, Cash), Savings in cents off per gallon
(blank when none, mostly with Pay with GasBuddy) and Vehicle ("2018 Honda CR-V", "2021 Ford F-150"); a speedrun.com
personal runs export (one row per submitted run, 2019-2024) with Game (Super Mario 64, Celeste, Hollow Knight,
Portal, Super Mario Odyssey), Category fitting the game ("16 Star", "120 Star", "Any%", "100%", "Glitchless",
"All Skills"), Platform (PC, Switch, N64, PS4, Emulator), Run Time as "1:42:07.320" or "16:51.030", Submitted Date as
"2023-04-12", Verified (Verified, Rejected, Pending), Leaderboard Rank blank unless verified, Personal Best Yes/No,
Video Link (YouTube or Twitch, a few blank) and Examiner (blank while pending); a Lumosity training history export
(one row per game played, 2022-2024) with "01/05/2023" dates, Game and its Brain Area (Speed, Memory, Attention,
Flexibility, Problem Solving, Math, Language), Score, Personal Best Score for that game up to and including that
play, Difficulty Level, Session Type (Daily Workout, Free Play) and Duration in seconds; a Simply Piano practice
history export (one row per song session, 2023-2024) with Date "2024-02-03", Song, Course ("Piano Basics 1", "Pop
Songs", "Classics", "Chords 2", ...), Section (Right Hand, Left Hand, Both Hands, Full Song), Stars 0-3, Accuracy as
"87%", Time Practiced as "mm:ss", Attempts, Level Passed TRUE/FALSE and Device (iPad, iPhone, Android Tablet); a
state health department's childhood blood lead testing report (one row per county per year, 2012-2022, 40 counties)
with County, Year, Children Tested (under 6), Tested Percent of Population, Children With BLL 3.5-9.9 µg/dL, Children
With BLL 10+ µg/dL and Confirmed Elevated (counts under 5 printed "<5"), Percent Elevated, Pre-1950 Housing (% of
units) and Median Household Income as "$54,321"; a county clerk's marriage license records (one row per license,
late 2020 to 2024) with License Number "ML-2022-001234", Application Date, Issue Date and Ceremony Date as "01/04/2022"
(ceremony blank when not yet returned or expired), Ceremony Type (Civil, Religious, Unknown), Officiant Type (Judge,
Clergy, Clerk, Friend/Deputized; blank when not returned), Applicant 1 Age and Applicant 2 Age (a few blank),
two-letter residence states (mostly OH), Fee Paid ($) as "$60.00" or "$40.00", Waiting Period Waived Y/N and Status
(Recorded, Issued - Not Returned, Expired); and a state wildlife agency's deer harvest report (one row per county per
season per method, seasons 2018-2023, 36 counties) with Season as "2022", upper-case County, Wildlife Management
Unit like "4B", Method (Archery, Firearm, Muzzleloader, Crossbow, Youth), Antlered Harvest, Antlerless Harvest,
Total Harvest, Hunters Reporting, Harvest Per Square Mile, Change From Previous Season (%) as "-4.2%" (blank for the
first season) and a "STATE TOTAL" row closing each season (blank unit and method) that repeats the season's totals.
All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout38 import _month
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas and blanks handled; "<5" as blank)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    """TRUE/FALSE, Y/N or Yes/No as booleans."""
    return _text(df, col).str.upper().isin(["TRUE", "Y", "YES", "1"])


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(df[col].astype("string"), format=fmt, errors="coerce")


def _duration(seconds: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time in hours, minutes or seconds."""
    return either(
        _about(lambda d: seconds(d) / 3600, rel=0.01),
        _about(lambda d: seconds(d) / 60, rel=0.005),
        _about(seconds, rel=0.002),
    )


# --- 1. GasBuddy fuel log --------------------------------------------------------------------------------------------

_GB_STATIONS = {
    "Shell": [("Shell", "Sacramento"), ("Shell - Folsom Blvd", "Rancho Cordova"), ("Shell", "Roseville")],
    "Costco": [("Costco Gasoline", "Roseville"), ("Costco Gasoline", "Sacramento")],
    "Chevron": [("Chevron", "Elk Grove"), ("Chevron Fair Oaks", "Fair Oaks")],
    "Circle K": [("Circle K", "Sacramento"), ("Circle K #2709", "Citrus Heights")],
    "Sunoco": [("Sunoco", "Davis")],
    "Mobil": [("Mobil", "Folsom"), ("Mobil Mart", "Sacramento")],
}
_GB_BRAND_W = [4, 5, 3, 2, 1, 1.5]
_GB_GRADE_ADD = {"Regular": 0.0, "Midgrade": 0.20, "Premium": 0.42, "Diesel": 0.65}


def _gasbuddy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24501)
    rows = []
    odo = {"2018 Honda CR-V": 48_200, "2021 Ford F-150": 21_500}
    day = pd.Timestamp("2022-01-03")
    brands = list(_GB_STATIONS)
    while day < pd.Timestamp("2024-12-20"):
        vehicle = _one(rng, list(odo), [3, 2])
        brand = _one(rng, brands, _GB_BRAND_W)
        station, city = _one(rng, _GB_STATIONS[brand])
        if vehicle == "2021 Ford F-150":
            grade = _one(rng, ["Regular", "Diesel"], [1, 9])
            tank = 26.0
            mpg = 19.0
        else:
            grade = _one(rng, ["Regular", "Midgrade", "Premium"], [8, 1, 1.5])
            tank = 14.0
            mpg = 29.0
        gallons = round(float(np.clip(rng.normal(0.72 * tank, 0.15 * tank), 3.0, tank)), 3)
        season = 0.35 * np.sin((day.dayofyear - 60) / 365 * 2 * np.pi)
        trend = {2022: 5.35, 2023: 4.85, 2024: 4.65}[day.year]
        price = trend + season + _GB_GRADE_ADD[grade] + (-0.30 if brand == "Costco" else 0.0) + rng.normal(0, 0.12)
        price = round(float(price), 2) + 0.009
        paid = _one(rng, ["Pay with GasBuddy", "Credit Card", "Cash"], [5, 4, 1])
        savings = None
        if paid == "Pay with GasBuddy" and rng.random() < 0.8:
            savings = int(_one(rng, [5, 10, 15, 25], [6, 2, 1, 1]))
        elif rng.random() < 0.05:
            savings = 5
        cents = savings or 0
        cost = round(gallons * (price - cents / 100), 2)
        odo[vehicle] += int(gallons * mpg * rng.uniform(0.9, 1.05))
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Station Name": station + (" " if rng.random() < 0.06 else ""),
                "Brand": brand,
                "City": city,
                "Fuel Grade": grade,
                "Gallons": gallons,
                "Price Per Gallon": f"${price:.3f}",
                "Total Cost": f"${cost:,.2f}",
                "Odometer": None if rng.random() < 0.04 else odo[vehicle],
                "Paid With": paid,
                "Savings": savings,
                "Vehicle": vehicle,
            }
        )
        day += pd.Timedelta(days=int(rng.integers(1, 6)))
    out = pd.DataFrame(rows)
    out["Odometer"] = out["Odometer"].astype("Int64")
    out["Savings"] = out["Savings"].astype("Int64")
    return out


def _gb_month_top(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Date", "%m/%d/%Y").dt.to_period("M")
    return _num(df, "Total Cost").groupby(month).sum().idxmax().to_timestamp()


def _gb_grade_means(df: pd.DataFrame) -> list[float]:
    price = _num(df, "Price Per Gallon")
    return [float(price[df["Fuel Grade"] == g].mean()) for g in ("Regular", "Premium")]


_GB_QS = [
    Q(
        "how much have i spent on gas altogether",
        _amount(lambda df: float(_num(df, "Total Cost").sum())),
        ("Total Cost",),
    ),
    Q(
        "which brand do i fill up at most often",
        _lead(_named(lambda df: _top(df["Brand"].value_counts()))),
        ("Brand",),
    ),
    Q(
        "average price per gallon regular vs premium?",
        _about(_gb_grade_means, rel=0.003),
        ("Price Per Gallon", "Fuel Grade"),
    ),
    Q(
        "how many fill ups cost more than $60",
        _count(lambda df: int((_num(df, "Total Cost") > 60).sum())),
        ("Total Cost",),
    ),
    Q(
        "what % of fill ups did i actually get a discount on",
        _share(lambda df: float((_num(df, "Savings") > 0).mean())),
        ("Savings",),
    ),
    Q(
        "which month did i spend the most on gas",
        _month_year(_gb_month_top),
        ("Date", "Total Cost"),
    ),
]


# --- 2. speedrun.com personal runs -----------------------------------------------------------------------------------

_SR_GAMES = {
    "Super Mario 64": ({"16 Star": 16.5 * 60, "120 Star": 1.92 * 3600, "70 Star": 52 * 60}, ["N64", "Emulator"]),
    "Celeste": ({"Any%": 31 * 60, "100%": 2.3 * 3600}, ["PC", "Switch"]),
    "Hollow Knight": ({"Any% No Major Glitches": 1.45 * 3600, "All Skills": 1.05 * 3600}, ["PC", "Switch"]),
    "Portal": ({"Glitchless": 23 * 60, "Inbounds": 14 * 60}, ["PC"]),
    "Super Mario Odyssey": ({"Any%": 1.08 * 3600}, ["Switch"]),
}
_SR_GAME_W = [4, 3, 2, 1.5, 1.2]
_SR_EXAMINERS = ["Tyron18", "Slipperynip", "dakotaz_sr", "Mr_Shasta", "Rimmy", "Sayuri"]


def _clock_text(seconds: float) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h >= 1:
        return f"{int(h)}:{int(m):02d}:{s:06.3f}"
    return f"{int(m)}:{s:06.3f}"


def _speedrun_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24502)
    rows = []
    best: dict[tuple[str, str], float] = {}
    start = pd.Timestamp("2019-03-01")
    for _ in range(430):
        game = _one(rng, list(_SR_GAMES), _SR_GAME_W)
        cats, platforms = _SR_GAMES[game]
        cat = _one(rng, list(cats))
        platform = _one(rng, platforms)
        if rng.random() < 0.08:
            platform = _one(rng, ["Emulator", "PS4"]) if game in ("Celeste", "Hollow Knight") else platform
        submitted = start + pd.Timedelta(days=int(rng.integers(0, 2100)))
        years = (submitted - start).days / 365
        secs = cats[cat] * (1.25 - 0.05 * years) * rng.uniform(0.95, 1.08)
        secs = round(float(secs), 3)
        status = _one(rng, ["Verified", "Rejected", "Pending"], [78, 12, 10])
        if submitted < pd.Timestamp("2024-06-01") and status == "Pending":
            status = "Verified"
        key = (game, cat)
        pb = key not in best or secs < best[key]
        if pb and status == "Verified":
            best[key] = secs
        rank = int(max(1, rng.normal(secs / cats[cat] * 400 - 350, 40))) if status == "Verified" else None
        link = f"https://www.youtube.com/watch?v={''.join(rng.choice(list('abcdefghijkLMNOPQRS0123456789_-'), 11))}"
        if rng.random() < 0.25:
            link = f"https://www.twitch.tv/videos/{int(rng.integers(1_000_000_000, 2_000_000_000))}"
        if rng.random() < 0.04:
            link = None
        rows.append(
            {
                "Game": game,
                "Category": cat,
                "Platform": platform,
                "Run Time": _clock_text(secs),
                "Submitted Date": submitted,
                "Verified": status,
                "Leaderboard Rank": rank,
                "Personal Best": "Yes" if (pb and status == "Verified") else "No",
                "Video Link": link,
                "Examiner": None if status == "Pending" else _one(rng, _SR_EXAMINERS),
            }
        )
    out = pd.DataFrame(rows).sort_values("Submitted Date", kind="stable").reset_index(drop=True)
    out["Submitted Date"] = out["Submitted Date"].dt.strftime("%Y-%m-%d")
    out["Leaderboard Rank"] = out["Leaderboard Rank"].astype("Int64")
    return out


def _run_seconds(text: pd.Series) -> pd.Series:
    parts = text.astype("string").str.split(":")
    return parts.map(lambda p: sum(float(x) * 60**i for i, x in enumerate(reversed(list(p)))))


def _sr_fastest_16(df: pd.DataFrame) -> pd.Series:
    keep = (df["Game"] == "Super Mario 64") & (df["Category"] == "16 Star") & (df["Verified"] == "Verified")
    return df.loc[keep, "Run Time"]


def _sr_fastest_check(answer: str, df: pd.DataFrame) -> str | None:
    times = _sr_fastest_16(df)
    secs = _run_seconds(times)
    text = str(times.loc[secs.idxmin()])
    m, s = text.split(":")
    whole = f"{int(m)}:{s.split('.')[0]}"
    if re.search(rf"(?<![\d:]){re.escape(whole)}(?!\d)", answer):
        return None
    if _about(lambda d: float(secs.min()), rel=0.0005)(answer, df) is None:
        return None
    return f"missing time {text}"


def _sr_rank_mean(game: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Leaderboard Rank")[df["Game"] == game].mean())


_SR_QS = [
    Q(
        "how many of my runs got rejected",
        _count(lambda df: int((df["Verified"] == "Rejected").sum())),
        ("Verified",),
    ),
    Q(
        "which game have i submitted the most runs for",
        _lead(_named(lambda df: _top(df["Game"].value_counts()))),
        ("Game",),
    ),
    Q(
        "whats my fastest verified 16 star time",
        _sr_fastest_check,
        ("Run Time", "Category", "Verified", "Game"),
    ),
    Q(
        "what share of my runs were done on emulator",
        _share(lambda df: float((df["Platform"] == "Emulator").mean())),
        ("Platform",),
    ),
    Q(
        "average leaderboard rank on my celeste runs?",
        _about(_sr_rank_mean("Celeste"), rel=0.005),
        ("Leaderboard Rank", "Game"),
    ),
    Q(
        "and for hollow knight",
        _about(_sr_rank_mean("Hollow Knight"), rel=0.005),
        ("Leaderboard Rank", "Game"),
    ),
]


# --- 3. Lumosity training history ------------------------------------------------------------------------------------

_LU_GAMES = {
    "Speed Match": ("Speed", 900.0),
    "Memory Matrix": ("Memory", 1300.0),
    "Train of Thought": ("Attention", 1100.0),
    "Lost in Migration": ("Attention", 1500.0),
    "Raindrops": ("Math", 800.0),
    "Color Match": ("Flexibility", 700.0),
    "Word Bubbles": ("Language", 1000.0),
    "Pet Detective": ("Problem Solving", 600.0),
    "Pinball Recall": ("Memory", 1200.0),
}
_LU_GAME_W = [5, 4, 3, 3, 2.5, 2, 2, 1.5, 1.5]


def _lumosity_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24503)
    rows = []
    day = pd.Timestamp("2022-02-01")
    level = dict.fromkeys(_LU_GAMES, 1)
    pb: dict[str, int] = {}
    while len(rows) < 1400:
        n = int(rng.integers(0, 5))
        for i in range(n):
            game = _one(rng, list(_LU_GAMES), _LU_GAME_W)
            area, base = _LU_GAMES[game]
            if rng.random() < 0.35:
                level[game] = min(level[game] + 1, 20)
            elif rng.random() < 0.1:
                level[game] = max(level[game] - 1, 1)
            lvl = level[game]
            score = int(max(50, base * (0.6 + 0.07 * lvl) * rng.normal(1.0, 0.18)))
            pb[game] = max(pb.get(game, 0), score)
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Game": game,
                    "Brain Area": area,
                    "Score": score,
                    "Personal Best Score": pb[game],
                    "Difficulty Level": lvl,
                    "Session Type": "Daily Workout" if i < 3 and rng.random() < 0.8 else "Free Play",
                    "Duration": int(np.clip(rng.normal(75 if game != "Word Bubbles" else 60, 15), 30, 180)),
                }
            )
        day += pd.Timedelta(days=1)
    return pd.DataFrame(rows)


def _lu_raindrops(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Game"] == "Raindrops"]


_LU_QS = [
    Q(
        "how many games have i played in total",
        _count(lambda df: len(df)),
        ("Game",),
    ),
    Q(
        "and how many of those were free play",
        _count(lambda df: int((df["Session Type"] == "Free Play").sum())),
        ("Session Type",),
    ),
    Q(
        "which game do i play the most",
        _lead(_named(lambda df: _top(df["Game"].value_counts()))),
        ("Game",),
    ),
    Q(
        "what's my best ever score in speed match",
        _count(lambda df: int(df.loc[df["Game"] == "Speed Match", "Score"].max())),
        ("Score", "Game", "Personal Best Score"),
    ),
    Q(
        "on raindrops does my score go up with the difficulty level? how strong is it",
        _corr(lambda d: _lu_raindrops(d)["Difficulty Level"], lambda d: _lu_raindrops(d)["Score"]),
        ("Score", "Difficulty Level", "Game"),
    ),
    Q(
        "how much time have i spent playing overall",
        _duration(lambda df: float(df["Duration"].sum())),
        ("Duration",),
    ),
]


# --- 4. Simply Piano practice history --------------------------------------------------------------------------------

_SP_SONGS = {
    "Piano Basics 1": ["Ode to Joy", "Jingle Bells", "Twinkle Twinkle Little Star", "Happy Birthday"],
    "Piano Basics 2": ["When the Saints Go Marching In", "Oh Susanna", "Amazing Grace"],
    "Pop Songs": ["Someone Like You", "Let It Be", "Perfect", "All of Me", "Believer"],
    "Classics": ["Fur Elise", "Canon in D", "Minuet in G", "Moonlight Sonata"],
    "Chords 1": ["Stand By Me", "Heart and Soul"],
    "Chords 2": ["Imagine", "Don't Stop Believin'", "Clocks"],
}
_SP_COURSE_W = [3, 2, 4, 3, 1.5, 1.5]


def _piano_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24504)
    rows = []
    start = pd.Timestamp("2023-03-01")
    for _ in range(880):
        day = start + pd.Timedelta(days=int(rng.integers(0, 640)))
        course = _one(rng, list(_SP_SONGS), _SP_COURSE_W)
        song = _one(rng, _SP_SONGS[course])
        section = _one(rng, ["Right Hand", "Left Hand", "Both Hands", "Full Song"], [3, 2.5, 3, 1.5])
        skill = (day - start).days / 640
        base = {"Right Hand": 86, "Left Hand": 79, "Both Hands": 73, "Full Song": 70}[section]
        acc = int(np.clip(rng.normal(base + 10 * skill, 9), 20, 100))
        stars = 3 if acc >= 92 else 2 if acc >= 80 else 1 if acc >= 60 else 0
        if rng.random() < 0.08:
            stars = max(0, stars - 1)
        secs = int(np.clip(rng.gamma(3.0, 110), 25, 2400))
        rows.append(
            {
                "Date": day,
                "Song": song,
                "Course": course,
                "Section": section,
                "Stars": stars,
                "Accuracy": f"{acc}%",
                "Time Practiced": f"{secs // 60:02d}:{secs % 60:02d}",
                "Attempts": int(1 + rng.poisson(1.5 if acc > 80 else 3)),
                "Level Passed": "TRUE" if stars >= 2 else "FALSE",
                "Device": _one(rng, ["iPad", "iPhone", "Android Tablet"], [6, 2.5, 1.5]),
            }
        )
    out = pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)
    out["Date"] = out["Date"].dt.strftime("%Y-%m-%d")
    return out


def _sp_seconds(df: pd.DataFrame) -> pd.Series:
    parts = df["Time Practiced"].astype("string").str.split(":", expand=True).astype(int)
    return parts[0] * 60 + parts[1]


def _sp_acc_mean(section: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Accuracy")[df["Section"] == section].mean())


def _sp_month(by_time: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(df: pd.DataFrame) -> pd.Timestamp:
        m = pd.to_datetime(df["Date"]).dt.to_period("M")
        scores = _sp_seconds(df).groupby(m).sum() if by_time else m.value_counts()
        return scores.sort_index().idxmax().to_timestamp()

    return month


_SP_QS = [
    Q(
        "how much time have i practiced in total",
        _duration(lambda df: float(_sp_seconds(df).sum())),
        ("Time Practiced",),
    ),
    Q(
        "which song have i practiced the most",
        either(
            _lead(_named(lambda df: _top(df["Song"].value_counts()))),
            _lead(_named(lambda df: _top(_sp_seconds(df).groupby(df["Song"]).sum()))),
        ),
        ("Song", "Time Practiced"),
    ),
    Q(
        "what's my average accuracy playing just the right hand",
        _about(_sp_acc_mean("Right Hand"), rel=0.003),
        ("Accuracy", "Section"),
    ),
    Q(
        "and the left hand?",
        _about(_sp_acc_mean("Left Hand"), rel=0.003),
        ("Accuracy", "Section"),
    ),
    Q(
        "how often do i pass the level",
        _share(lambda df: float(_flag(df, "Level Passed").mean())),
        ("Level Passed",),
    ),
    Q(
        "which month did i practice the most",
        either(_month_year(_sp_month(True)), _month_year(_sp_month(False))),
        ("Date", "Time Practiced"),
    ),
]


# --- 5. childhood blood lead testing by county -----------------------------------------------------------------------

_BL_COUNTIES = [
    "Adams", "Allen", "Ashland", "Belmont", "Brown", "Butler", "Clark", "Clinton", "Crawford", "Cuyahoga",
    "Darke", "Delaware", "Erie", "Fairfield", "Franklin", "Fulton", "Greene", "Hamilton", "Hancock", "Huron",
    "Jefferson", "Knox", "Lake", "Licking", "Lorain", "Lucas", "Mahoning", "Marion", "Medina", "Miami",
    "Montgomery", "Muskingum", "Portage", "Richland", "Ross", "Scioto", "Stark", "Summit", "Trumbull", "Wayne",
]  # fmt: skip


def _lead_count(n: int) -> str:
    return "<5" if n < 5 else str(n)


def _lead_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24505)
    rows = []
    for county in _BL_COUNTIES:
        kids = float(np.exp(rng.uniform(np.log(1500), np.log(70000))))
        old = round(float(rng.uniform(8, 42)), 1)
        income = float(rng.uniform(42000, 95000)) - 300 * old
        tested_rate = float(rng.uniform(0.12, 0.35)) + old / 400
        for year in range(2012, 2023):
            covid = 0.82 if year == 2020 else 1.0
            tested = int(kids * tested_rate * covid * (1 + 0.015 * (year - 2012)) * rng.uniform(0.92, 1.08))
            rate_ebll = max(0.002, (0.004 + old / 1200) * (1 - 0.05 * (year - 2012)) * rng.uniform(0.7, 1.3))
            mid = int(rng.binomial(tested, min(0.25, rate_ebll * 5)))
            high = int(rng.binomial(tested, rate_ebll))
            confirmed = int(rng.binomial(high + mid // 3, 0.7))
            inc = income * (1 + 0.025 * (year - 2012)) * rng.uniform(0.97, 1.03)
            rows.append(
                {
                    "County": county,
                    "Year": year,
                    "Children Tested (under 6)": tested,
                    "Tested Percent of Population": round(100 * tested / kids, 1),
                    "Children With BLL 3.5-9.9 µg/dL": _lead_count(mid),
                    "Children With BLL 10+ µg/dL": _lead_count(high),
                    "Confirmed Elevated": _lead_count(confirmed),
                    "Percent Elevated": round(100 * (mid + high) / tested, 2),
                    "Pre-1950 Housing (% of units)": old,
                    "Median Household Income": f"${int(round(inc, -1)):,}",
                }
            )
    return pd.DataFrame(rows)


def _bl_tested(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df.loc[df["Year"] == year, "Children Tested (under 6)"].sum())


def _bl_corr_county(df: pd.DataFrame) -> pd.DataFrame:
    return df.groupby("County")[["Pre-1950 Housing (% of units)", "Percent Elevated"]].mean()


_BL_QS = [
    Q(
        "how many kids got tested in 2022",
        _amount(_bl_tested(2022)),
        ("Children Tested (under 6)", "Year"),
    ),
    Q(
        "and back in 2012?",
        _amount(_bl_tested(2012)),
        ("Children Tested (under 6)", "Year"),
    ),
    Q(
        "which county had the highest percent elevated in 2022",
        _lead(
            _named(
                lambda df: _top(df[df["Year"] == 2022].set_index("County")["Percent Elevated"]),
            )
        ),
        ("County", "Percent Elevated", "Year"),
    ),
    Q(
        "is old housing linked to kids having high lead",
        either(
            _corr(lambda d: d["Pre-1950 Housing (% of units)"], lambda d: d["Percent Elevated"]),
            _corr(
                lambda d: _bl_corr_county(d)["Pre-1950 Housing (% of units)"],
                lambda d: _bl_corr_county(d)["Percent Elevated"],
            ),
        ),
        ("Pre-1950 Housing (% of units)", "Percent Elevated", "County"),
    ),
    Q(
        "how many rows have the 10+ count hidden as <5",
        _count(lambda df: int((_text(df, "Children With BLL 10+ µg/dL") == "<5").sum())),
        ("Children With BLL 10+ µg/dL",),
    ),
    Q(
        "which year had the most kids tested",
        _year(lambda df: int(df.groupby("Year")["Children Tested (under 6)"].sum().idxmax())),
        ("Year", "Children Tested (under 6)"),
    ),
]


# --- 6. county marriage license records ------------------------------------------------------------------------------

_ML_STATES = ["OH", "PA", "IN", "MI", "KY", "WV", "NY", "FL", "CA", "TX"]
_ML_STATE_W = [80, 4, 3, 3, 3, 2, 1.5, 1.5, 1, 1]


def _marriage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24506)
    rows = []
    seq: dict[int, int] = {}
    for _ in range(2300):
        month = int(_one(rng, list(range(1, 13)), [3, 3.5, 4, 5, 7.5, 10, 7, 8, 11, 11, 6, 4]))
        year = int(_one(rng, [2021, 2022, 2023, 2024], [0.8, 1.1, 1.0, 1.0]))
        wedding = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
        applied = wedding - pd.Timedelta(days=int(rng.integers(3, 55)))
        waived = rng.random() < 0.07
        issued = applied + pd.Timedelta(days=0 if waived else int(rng.integers(3, 6)))
        if issued > wedding:
            wedding = issued + pd.Timedelta(days=int(rng.integers(0, 4)))
        age1 = int(np.clip(rng.normal(31, 7.5), 18, 80))
        age2 = int(np.clip(age1 + rng.normal(-1.5, 4), 18, 80))
        s1 = _one(rng, _ML_STATES, _ML_STATE_W)
        s2 = s1 if rng.random() < 0.75 else _one(rng, _ML_STATES, _ML_STATE_W)
        late = applied > pd.Timestamp("2024-10-15")
        status = _one(rng, ["Recorded", "Issued - Not Returned", "Expired"], [90, 4, 6])
        if late and status == "Recorded" and rng.random() < 0.6:
            status = "Issued - Not Returned"
        recorded = status == "Recorded"
        kind = _one(rng, ["Civil", "Religious", "Unknown"], [45, 50, 5]) if recorded else "Unknown"
        officiant = None
        if recorded:
            officiant = (
                _one(rng, ["Clergy", "Friend/Deputized"], [7, 3])
                if kind == "Religious"
                else _one(rng, ["Judge", "Clerk", "Friend/Deputized"], [4, 3, 3])
            )
        seq[applied.year] = seq.get(applied.year, 0) + 1
        rows.append(
            {
                "Application Date": applied,
                "Issue Date": issued,
                "Ceremony Date": f"{wedding:%m/%d/%Y}" if recorded else None,
                "Ceremony Type": kind,
                "Officiant Type": officiant,
                "Applicant 1 Age": None if rng.random() < 0.015 else age1,
                "Applicant 2 Age": None if rng.random() < 0.015 else age2,
                "Applicant 1 Residence State": s1,
                "Applicant 2 Residence State": s2,
                "Fee Paid ($)": "$40.00" if rng.random() < 0.18 else "$60.00",
                "Waiting Period Waived": "Y" if waived else "N",
                "Status": status,
            }
        )
    out = pd.DataFrame(rows).sort_values("Application Date", kind="stable").reset_index(drop=True)
    years = out["Application Date"].dt.year
    numbers = out.groupby(years).cumcount() + 1
    out.insert(0, "License Number", [f"ML-{y}-{n:06d}" for y, n in zip(years, numbers, strict=True)])
    for col in ("Application Date", "Issue Date"):
        out[col] = out[col].dt.strftime("%m/%d/%Y")
    for col in ("Applicant 1 Age", "Applicant 2 Age"):
        out[col] = out[col].astype("Int64")
    return out


def _ml_out_of_state(df: pd.DataFrame) -> pd.Series:
    return (df["Applicant 1 Residence State"] != "OH") | (df["Applicant 2 Residence State"] != "OH")


def _ml_ages(df: pd.DataFrame) -> pd.Series:
    return pd.concat([df["Applicant 1 Age"], df["Applicant 2 Age"]]).dropna()


def _ml_top_month(df: pd.DataFrame) -> pd.Timestamp:
    months = _date(df, "Ceremony Date", "%m/%d/%Y").dt.month.dropna().astype(int)
    return pd.Timestamp(2000, int(_top(months.value_counts())), 1)


def _ml_year_count(col: str) -> Callable[[pd.DataFrame], int]:
    return lambda df: int((_date(df, col, "%m/%d/%Y").dt.year == 2022).sum())


_ML_QS = [
    Q(
        "how many licenses were issued in 2022",
        either(_count(_ml_year_count("Issue Date")), _count(_ml_year_count("Application Date"))),
        ("Issue Date", "License Number", "Application Date"),
    ),
    Q(
        "whats the average age of people getting married",
        either(
            _about(lambda df: float(_ml_ages(df).mean()), rel=0.003),
            _about(lambda df: [df["Applicant 1 Age"].mean(), df["Applicant 2 Age"].mean()], rel=0.003),
        ),
        ("Applicant 1 Age", "Applicant 2 Age"),
    ),
    Q(
        "what share of licenses never got returned",
        either(
            _share(lambda df: float((df["Status"] == "Issued - Not Returned").mean())),
            _share(lambda df: float((df["Status"] != "Recorded").mean())),
        ),
        ("Status", "Ceremony Date"),
    ),
    Q(
        "how many couples had at least one person from out of state",
        _count(lambda df: int(_ml_out_of_state(df).sum())),
        ("Applicant 1 Residence State", "Applicant 2 Residence State"),
    ),
    Q(
        "what % of those got the waiting period waived",
        _share(lambda df: float((df.loc[_ml_out_of_state(df), "Waiting Period Waived"] == "Y").mean())),
        ("Waiting Period Waived", "Applicant 1 Residence State", "Applicant 2 Residence State"),
    ),
    Q(
        "which month do most weddings happen in",
        _lead(_month(_ml_top_month)),
        ("Ceremony Date",),
    ),
]


# --- 7. deer harvest report ------------------------------------------------------------------------------------------

_DH_COUNTIES = [
    ("ADAMS", "5A", 528), ("ALLEGHENY", "2B", 730), ("ARMSTRONG", "2D", 654), ("BEDFORD", "4A", 1015),
    ("BERKS", "5C", 859), ("BLAIR", "4D", 526), ("BRADFORD", "3B", 1147), ("BUTLER", "2D", 789),
    ("CAMBRIA", "2C", 688), ("CENTRE", "4D", 1108), ("CHESTER", "5C", 756), ("CLARION", "2D", 602),
    ("CLEARFIELD", "2F", 1147), ("CLINTON", "2G", 888), ("COLUMBIA", "4E", 486), ("CRAWFORD", "1B", 1012),
    ("CUMBERLAND", "4B", 545), ("ELK", "2G", 829), ("ERIE", "1B", 802), ("FAYETTE", "2C", 790),
    ("FRANKLIN", "4A", 772), ("HUNTINGDON", "4B", 875), ("INDIANA", "2D", 834), ("JEFFERSON", "2F", 657),
    ("LANCASTER", "5B", 949), ("LUZERNE", "4C", 891), ("LYCOMING", "2G", 1235), ("MCKEAN", "2F", 982),
    ("MERCER", "1A", 672), ("POTTER", "2G", 1081), ("SCHUYLKILL", "4C", 782), ("SOMERSET", "2C", 1075),
    ("SUSQUEHANNA", "3C", 823), ("TIOGA", "3A", 1134), ("WARREN", "1B", 898), ("WESTMORELAND", "2C", 1028),
]  # fmt: skip
_DH_METHODS = {"Archery": 0.9, "Firearm": 2.6, "Muzzleloader": 0.35, "Crossbow": 0.7, "Youth": 0.12}


def _deer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24507)
    rows: list[dict[str, Any]] = []
    density = {c: rng.uniform(2.5, 7.5) for c, _, _ in _DH_COUNTIES}
    prev: dict[tuple[str, str], int] = {}
    for season in range(2018, 2024):
        swing = {2018: 1.0, 2019: 1.06, 2020: 1.12, 2021: 0.97, 2022: 1.03, 2023: 0.95}[season]
        start = len(rows)
        for county, wmu, area in _DH_COUNTIES:
            for method, weight in _DH_METHODS.items():
                mean = density[county] * area * weight * swing / 5.6
                total = int(rng.poisson(mean * rng.uniform(0.85, 1.15)))
                antlered = int(rng.binomial(total, 0.42 if method != "Youth" else 0.3))
                last = prev.get((county, method))
                change = None if not last else f"{100 * (total - last) / last:.1f}%"
                prev[(county, method)] = total
                rows.append(
                    {
                        "Season": str(season),
                        "County": county,
                        "Wildlife Management Unit": wmu,
                        "Method": method,
                        "Antlered Harvest": antlered,
                        "Antlerless Harvest": total - antlered,
                        "Total Harvest": total,
                        "Hunters Reporting": int(total * rng.uniform(1.6, 3.2)) + int(rng.integers(5, 40)),
                        "Harvest Per Square Mile": round(total / area, 2),
                        "Change From Previous Season (%)": change,
                    }
                )
        block = pd.DataFrame(rows[start:])
        rows.append(
            {
                "Season": str(season),
                "County": "STATE TOTAL",
                "Wildlife Management Unit": None,
                "Method": None,
                "Antlered Harvest": int(block["Antlered Harvest"].sum()),
                "Antlerless Harvest": int(block["Antlerless Harvest"].sum()),
                "Total Harvest": int(block["Total Harvest"].sum()),
                "Hunters Reporting": int(block["Hunters Reporting"].sum()),
                "Harvest Per Square Mile": round(block["Total Harvest"].sum() / sum(a for _, _, a in _DH_COUNTIES), 2),
                "Change From Previous Season (%)": None,
            }
        )
    return pd.DataFrame(rows)


def _dh_counties(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "County").str.upper() != "STATE TOTAL"]


def _dh_season(df: pd.DataFrame, season: int) -> pd.DataFrame:
    d = _dh_counties(df)
    return d[pd.to_numeric(d["Season"], errors="coerce") == season]


def _dh_top_season(df: pd.DataFrame) -> int:
    d = _dh_counties(df)
    return int(d.groupby(pd.to_numeric(d["Season"]))["Total Harvest"].sum().idxmax())


_DH_QS = [
    Q(
        "how many deer were taken in 2022",
        _amount(lambda df: float(_dh_season(df, 2022)["Total Harvest"].sum())),
        ("Total Harvest", "Season", "County"),
    ),
    Q(
        "which county had the biggest harvest in 2023",
        _lead(_named(lambda df: _top(_dh_season(df, 2023).groupby("County")["Total Harvest"].sum()))),
        ("County", "Total Harvest", "Season"),
    ),
    Q(
        "what share of the 2023 deer were antlerless",
        _share(
            lambda df: float(
                _dh_season(df, 2023)["Antlerless Harvest"].sum() / _dh_season(df, 2023)["Total Harvest"].sum()
            )
        ),
        ("Antlerless Harvest", "Total Harvest", "Season", "Antlered Harvest"),
    ),
    Q(
        "archery vs firearm, how many deer each over all the seasons",
        _amount(lambda df: _dh_counties(df).groupby("Method")["Total Harvest"].sum()[["Archery", "Firearm"]]),
        ("Method", "Total Harvest"),
    ),
    Q(
        "which season had the most deer harvested",
        _year(_dh_top_season),
        ("Season", "Total Harvest"),
    ),
    Q(
        "and how many hunters reported that season",
        _amount(lambda df: float(_dh_season(df, _dh_top_season(df))["Hunters Reporting"].sum())),
        ("Hunters Reporting", "Season"),
    ),
]


HELDOUT245: list[Dataset] = [
    Dataset("gasbuddy_fuel_log", _gasbuddy_frame, _GB_QS),
    Dataset("speedrun_personal_runs", _speedrun_frame, _SR_QS),
    Dataset("lumosity_training_history", _lumosity_frame, _LU_QS),
    Dataset("simply_piano_practice_history", _piano_frame, _SP_QS),
    Dataset("childhood_blood_lead_testing_by_county", _lead_frame, _BL_QS),
    Dataset("county_marriage_license_records", _marriage_frame, _ML_QS),
    Dataset("deer_harvest_report", _deer_frame, _DH_QS),
]
