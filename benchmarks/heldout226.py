"""HELDOUT226: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Ring app
event history download (1,800 events, August 2025 to January 2026, newest first) with "Date/Time" as "11/02/2025
06:14 PM", Device (Front Door, Backyard, Driveway, Garage), "Device Type" (Video Doorbell, Stick Up Cam, Floodlight
Cam), "Event Type" (Motion, Ding, Live View, Person; dings only at the Front Door), Answered Yes / No for dings and
live views (blank for motion and person events), Duration in seconds, Recording Available / Not Available and
Shared Yes / No; TripAdvisor hotel reviews scraped into a CSV (six hotels in three cities, about 2,440 rows of which
some 40 are exact duplicates scraped twice) with "Review ID", "Hotel Name", City, "Review Date" as "March 12,
2023", "Date of Stay" as "March 2023" (blank for some), "Rating Raw" as "bubble_40" next to Rating 1-5, "Trip Type"
(Couples, Family, Solo, Business, Friends, blank for some), "Helpful Votes", "Reviewer Contributions", "Reviewer
Location" ("London, United Kingdom", blank for some), Title, "Review Length" (words) and "Management Response" Yes /
No; a Mastodon outbox flattened to one row per activity (1,500 rows, November 2022 to October 2024) with id (an
18-digit snowflake), published as "2023-04-05T12:34:56Z", type Create / Announce (boosts), visibility (public,
unlisted, private, direct), in_reply_to (a status URL, blank when not a reply), language (en, de, fr, blank),
hashtags space separated and lower case ("#python #fediverse", blank for most), media_attachments (a count),
content_length, replies_count, reblogs_count and favourites_count (all blank for boosts) and sensitive true / false;
the National Register of Historic Places listed properties spreadsheet (3,000 properties) with "Reference number"
(an 8-digit number, "SG100001234" style since 2017), "Property Name", Status (Listed, Removed, Pending, Delisted),
upper-case State ("NEW YORK"), County, City, "Street & Number" ("Address Restricted" for some), "Listed Date" as a
YYYYMMDD number (blank while pending), "Area of Significance" semicolon separated ("Architecture; Commerce"), "Level
of Significance" (Local, State, National), "Category of Property" (Building, District, Site, Structure, Object),
"Architect/Builder" (blank for most), NHL "Y" or blank, and "Contributing Buildings" / "Noncontributing Buildings"
(blank for some); the Death Penalty Information Center execution database (1,600 executions 1977-2024, newest
first) with Date as "MM/DD/YYYY", Name, Age, Sex, Race, State (full names; federal executions in Indiana), Region
(South, Midwest, West, Northeast), Method, "Number of Victims", "Victim(s) Race(s)" and "Victim(s) Sex" (comma
separated when several), Juvenile, Volunteer, Federal and "Foreign National" Yes / No, and County; a Babbel account
data download of learning sessions (900 sessions, 2023-2024) with Date as "2024-03-14 19:22", Course (Spanish,
French, Italian, German, Portuguese), Level (Newcomer ... Upper Intermediate), "Activity Type" (Lesson, Review,
Podcast, Live Class, Game), Title, "Duration (min)", "New Items", "Reviewed Items", "Correct (%)" (blank for podcasts
and live classes), Device (iOS, Android, Web) and "Streak Day"; and the Met's open access MetObjects.csv (4,000
objects) with "Object Number" ("1975.1.123"), "Is Highlight", "Is Timeline Work" and "Is Public Domain" written True
/ False, "Object ID", "Gallery Number" (blank when not on view), Department, AccessionYear (blank for some), "Object
Name", Title, Culture, Period, "Artist Display Name", "Artist Nationality", "Artist Begin Date" and "Artist End Date"
(years as text), "Object Date" as free text ("ca. 1850", "1625-30", "2nd century B.C."), "Object Begin Date" and
"Object End Date" (negative for B.C.), Medium, "Credit Line", Classification and Country (blank for most). All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, corr_of, either, has, month_year
from .offline_eval import about as _about
from .offline_eval import pick_one as _one


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _bottom(scores: pd.Series) -> str:
    """The label with the lowest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmin())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers (blanks and text read as missing, commas dropped)."""
    return pd.to_numeric(df[col].astype("string").str.replace(",", "").str.strip(), errors="coerce")


def _is(df: pd.DataFrame, col: str, value: str) -> pd.Series:
    """Rows whose text in `col` is `value` (case and padding ignored)."""
    return df[col].astype("string").str.strip().str.lower().eq(value.lower()).fillna(False).astype(bool)


def _blank(df: pd.DataFrame, col: str) -> pd.Series:
    """Rows where `col` is missing or only spaces."""
    s = df[col].astype("string").str.strip()
    return (s.isna() | s.eq("")).astype(bool)


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "5 PM", "5pm", "5:00 p.m.", "17:00", "hour 17"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "a\\.?m\\.?" if h < 12 else "p\\.?m\\.?"
        patterns = [
            rf"(?<![\d:]){h12}(?::00)?\s*{half}",
            rf"(?<![\d:.]){h:02d}:00",
            rf"(?<![\d:.]){h}:00",
            rf"\bhour\s+{h}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Ring event history ----------------------------------------------------------------------------------------

_RING_DEVICES = {"Front Door": "Video Doorbell", "Driveway": "Floodlight Cam", "Backyard": "Floodlight Cam"}
_RING_DEVICES |= {"Garage": "Stick Up Cam"}
_RING_MONTHS = [(2025, 8, 1.0), (2025, 9, 1.0), (2025, 10, 1.1), (2025, 11, 1.25), (2025, 12, 1.6), (2026, 1, 0.95)]
_RING_DING_HOURS = np.array([0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 6, 6, 7, 9, 16, 8, 6, 4, 2, 1, 0], dtype=float)
_RING_HOURS = np.array([3, 2, 2, 2, 2, 3, 5, 7, 8, 7, 6, 6, 6, 6, 6, 7, 8, 9, 9, 8, 7, 6, 5, 4], dtype=float)


def _ring_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22601)
    rows = []
    weights = [m[2] for m in _RING_MONTHS]
    for _ in range(1800):
        device = _one(rng, list(_RING_DEVICES), [35, 35, 18, 12])
        if device == "Front Door":
            event = _one(rng, ["Motion", "Ding", "Person", "Live View"], [45, 20, 25, 10])
        else:
            event = _one(rng, ["Motion", "Person", "Live View"], [62, 28, 10])
        y, m, _w = _RING_MONTHS[int(rng.choice(len(_RING_MONTHS), p=np.array(weights) / sum(weights)))]
        days = pd.Timestamp(y, m, 1).days_in_month
        hours = _RING_DING_HOURS if event == "Ding" else _RING_HOURS
        hour = int(rng.choice(24, p=hours / hours.sum()))
        stamp = pd.Timestamp(y, m, int(rng.integers(1, days + 1)), hour, int(rng.integers(0, 60)))
        if event == "Ding":
            answered = _one(rng, ["Yes", "No"], [58, 42])
            duration = int(rng.integers(20, 95))
        elif event == "Live View":
            answered = "Yes"
            duration = int(rng.integers(10, 300))
        else:
            answered = ""
            duration = int(rng.integers(12, 62))
        rows.append(
            {
                "Date/Time": stamp,
                "Device": device,
                "Device Type": _RING_DEVICES[device],
                "Event Type": event,
                "Answered": answered,
                "Duration": duration,
                "Recording": "Not Available" if rng.random() < 0.08 else "Available",
                "Shared": "Yes" if rng.random() < 0.03 else "No",
            }
        )
    df = pd.DataFrame(rows).sort_values("Date/Time", ascending=False, kind="stable").reset_index(drop=True)
    df["Date/Time"] = df["Date/Time"].dt.strftime("%m/%d/%Y %I:%M %p")
    return df.replace("", np.nan)


def _ring_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date/Time"], format="%m/%d/%Y %I:%M %p")


def _ring_dings(df: pd.DataFrame) -> pd.Series:
    return _is(df, "Event Type", "Ding")


def _ring_busiest_month(df: pd.DataFrame) -> Any:
    months = _ring_when(df).dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


def _ring_ding_hour(df: pd.DataFrame) -> int:
    hours = _ring_when(df)[_ring_dings(df)].dt.hour
    return int(hours.value_counts().sort_index().idxmax())


_RING_QS = [
    Q(
        "how many times has someone rung the doorbell",
        _count(lambda df: int(_ring_dings(df).sum())),
        ("Event Type",),
    ),
    Q(
        "what % of those did we answer",
        _share(lambda df: float(_is(df, "Answered", "Yes")[_ring_dings(df)].mean())),
        ("Event Type", "Answered"),
    ),
    Q(
        "which camera catches the most motion?",
        _lead(_named(lambda df: _top(df.loc[_is(df, "Event Type", "Motion"), "Device"].value_counts()))),
        ("Device", "Event Type"),
    ),
    Q(
        "what month had the most activity",
        month_year(_ring_busiest_month),
        ("Date/Time",),
    ),
    Q(
        "avg length of a live view",
        _about(lambda df: float(_num(df, "Duration")[_is(df, "Event Type", "Live View")].mean())),
        ("Duration", "Event Type"),
    ),
    Q(
        "what time of day do people usually ring the bell",
        _hour(_ring_ding_hour),
        ("Date/Time", "Event Type"),
    ),
]


# --- 2. TripAdvisor hotel reviews ---------------------------------------------------------------------------------

_TA_HOTELS = {
    "The Langham Chicago": ("Chicago", [1, 2, 6, 22, 69]),
    "Hotel Julian Chicago": ("Chicago", [3, 5, 12, 35, 45]),
    "Pod Times Square": ("New York City", [10, 12, 22, 34, 22]),
    "The Plaza": ("New York City", [3, 4, 9, 28, 56]),
    "Hotel Zetta San Francisco": ("San Francisco", [4, 6, 14, 36, 40]),
    "Hotel Whitcomb": ("San Francisco", [7, 9, 18, 36, 30]),
}
_TA_TRIPS = {"Couples": 32, "Family": 20, "Solo": 10, "Business": 18, "Friends": 10, "": 10}
_TA_PLACES = ["London, United Kingdom", "Toronto, Canada", "Chicago, Illinois", "New York City, New York"]
_TA_PLACES += ["Sydney, Australia", "Austin, Texas", "Seattle, Washington", "Dublin, Ireland", "Boston, Massachusetts"]
_TA_TITLES = {
    5: ["Perfect stay", "Absolutely wonderful", "Best hotel in the city", "Exceeded expectations"],
    4: ["Great location", "Very good stay", "Would stay again", "Lovely hotel"],
    3: ["Okay for the price", "Mixed feelings", "Decent but dated", "Average stay"],
    2: ["Disappointing", "Not worth the money", "Noisy room"],
    1: ["Terrible experience", "Avoid", "Dirty and rude staff"],
}


def _ta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22602)
    rows = []
    start = pd.Timestamp("2019-01-01")
    for i in range(2400):
        hotel = _one(rng, list(_TA_HOTELS), [18, 16, 20, 14, 16, 16])
        city, p = _TA_HOTELS[hotel]
        trip = _one(rng, list(_TA_TRIPS), list(_TA_TRIPS.values()))
        p = np.array(p, dtype=float)
        if trip == "Business":
            p = p * np.array([1.6, 1.5, 1.3, 1.0, 0.6])
        elif trip == "Family":
            p = p * np.array([0.9, 0.9, 1.0, 1.0, 1.15])
        rating = int(rng.choice([1, 2, 3, 4, 5], p=p / p.sum()))
        when = start + pd.Timedelta(days=int(rng.integers(0, 2007)))
        stay = (when - pd.Timedelta(days=int(rng.integers(0, 70)))).strftime("%B %Y") if rng.random() > 0.06 else ""
        rows.append(
            {
                "Review ID": 650000000 + 137 * i + int(rng.integers(0, 100)),
                "Hotel Name": hotel,
                "City": city,
                "Review Date": f"{when:%B} {when.day}, {when.year}",
                "Date of Stay": stay,
                "Rating Raw": f"bubble_{rating * 10}",
                "Rating": rating,
                "Trip Type": trip,
                "Helpful Votes": int(rng.poisson(1.2 if rating > 2 else 3.0)),
                "Reviewer Contributions": int(np.ceil(rng.lognormal(2.5, 1.2))),
                "Reviewer Location": _one(rng, _TA_PLACES) if rng.random() > 0.15 else "",
                "Title": _one(rng, _TA_TITLES[rating]),
                "Review Length": int(np.clip(rng.lognormal(4.4 if rating > 2 else 4.9, 0.6), 12, 1500)),
                "Management Response": "Yes" if rng.random() < (0.7 if rating <= 2 else 0.35) else "No",
            }
        )
    df = pd.DataFrame(rows)
    dupes = df.sample(40, random_state=np.random.RandomState(22602))
    df = pd.concat([df, dupes]).sort_values("Review ID", ascending=False, kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _ta_unique(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates()


def _ta_both(value: Callable[[pd.DataFrame], Any], make: Callable[[Callable[[pd.DataFrame], Any]], Check]) -> Check:
    """The value over every row, or over the rows with duplicates dropped."""
    return either(make(value), make(lambda df: value(_ta_unique(df))))


def _ta_type_means(df: pd.DataFrame) -> list[float]:
    means = df.groupby("Trip Type")["Rating"].mean()
    return [float(means["Business"]), float(means["Family"])]


_TA_QS = [
    Q(
        "how many reviews are in here",
        either(_count(lambda df: len(df)), _count(lambda df: int(df["Review ID"].nunique()))),
        ("Review ID",),
    ),
    Q(
        "which hotel has the best average rating",
        _lead(_named(lambda df: _top(df.groupby("Hotel Name")["Rating"].mean()))),
        ("Hotel Name", "Rating"),
    ),
    Q(
        "and the worst?",
        _lead(_named(lambda df: _bottom(df.groupby("Hotel Name")["Rating"].mean()))),
        ("Hotel Name", "Rating"),
    ),
    Q(
        "what percent of reviews give 5 stars",
        _ta_both(lambda df: float((df["Rating"] == 5).mean()), _share),
        ("Rating", "Rating Raw"),
    ),
    Q(
        "do business travellers rate hotels lower than families?",
        _ta_both(_ta_type_means, lambda v: has(v, rel=0.01)),
        ("Trip Type", "Rating"),
    ),
    Q(
        "how many reviews don't say what kind of trip it was",
        _ta_both(lambda df: int(_blank(df, "Trip Type").sum()), _count),
        ("Trip Type",),
    ),
]


# --- 3. Mastodon outbox -------------------------------------------------------------------------------------------

_MA_TAGS = {"#python": 30, "#fediverse": 14, "#rust": 11, "#opensource": 12, "#linux": 9, "#photography": 7}
_MA_TAGS |= {"#caturday": 8, "#introduction": 2, "#climate": 6, "#mastodon": 8, "#til": 5}
_MA_SERVERS = ["mastodon.social", "fosstodon.org", "hachyderm.io", "chaos.social", "infosec.exchange"]


def _ma_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22603)
    months = pd.period_range("2022-11", "2024-10", freq="M")
    w = np.array([3.2, 2.0, 1.5, 1.3] + [1.0] * (len(months) - 4))
    rows = []
    for _ in range(1500):
        month = months[int(rng.choice(len(months), p=w / w.sum()))]
        start = month.to_timestamp()
        stamp = start + pd.Timedelta(seconds=int(rng.integers(0, month.days_in_month * 86400)))
        boost = rng.random() < 0.2
        if boost:
            rows.append(
                {
                    "published": stamp,
                    "type": "Announce",
                    "visibility": "public",
                    "in_reply_to": "",
                    "language": "",
                    "hashtags": "",
                    "media_attachments": 0,
                    "content_length": np.nan,
                    "replies_count": np.nan,
                    "reblogs_count": np.nan,
                    "favourites_count": np.nan,
                    "sensitive": "false",
                }
            )
            continue
        reply = rng.random() < 0.3
        media = int(rng.choice(5, p=[0.7, 0.15, 0.07, 0.04, 0.04]))
        length = int(np.clip(rng.gamma(2.2, 90), 8, 500))
        tags = ""
        if not reply and rng.random() < 0.45:
            k = int(rng.integers(1, 4))
            p = np.array(list(_MA_TAGS.values()), dtype=float)
            tags = " ".join(rng.choice(list(_MA_TAGS), size=k, replace=False, p=p / p.sum()))
        favs = int(rng.poisson(0.6 + length / 70 + 2.5 * (media > 0) + (0 if reply else 2)))
        server = _one(rng, _MA_SERVERS)
        rows.append(
            {
                "published": stamp,
                "type": "Create",
                "visibility": _one(rng, ["public", "unlisted", "private", "direct"], [70, 15, 10, 5]),
                "in_reply_to": f"https://{server}/users/user{int(rng.integers(1, 400))}/statuses/"
                f"{109000000000000000 + int(rng.integers(0, 10**15))}"
                if reply
                else "",
                "language": _one(rng, ["en", "de", "fr", ""], [75, 12, 5, 8]),
                "hashtags": tags,
                "media_attachments": media,
                "content_length": length,
                "replies_count": int(rng.poisson(0.8)),
                "reblogs_count": int(rng.poisson(0.3 + favs / 5)),
                "favourites_count": favs,
                "sensitive": "true" if rng.random() < 0.04 else "false",
            }
        )
    df = pd.DataFrame(rows).sort_values("published", kind="stable").reset_index(drop=True)
    gaps = rng.integers(10**9, 5 * 10**10, size=len(df))
    df.insert(0, "id", 109300000000000000 + np.cumsum(gaps))
    df["published"] = df["published"].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return df.replace("", np.nan)


def _ma_posts(df: pd.DataFrame) -> pd.DataFrame:
    return df[_is(df, "type", "Create")]


def _ma_top_tag(df: pd.DataFrame) -> str:
    tags = df["hashtags"].dropna().astype(str).str.lower().str.split().explode()
    return _top(tags.value_counts())


def _ma_month(rows: Callable[[pd.DataFrame], pd.DataFrame]) -> Callable[[pd.DataFrame], Any]:
    def month(df: pd.DataFrame) -> Any:
        stamps = pd.to_datetime(rows(df)["published"], utc=True).dt.tz_localize(None)
        return stamps.dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()

    return month


_MA_QS = [
    Q(
        "how many original posts vs boosts have i made",
        has(
            lambda df: [int(_is(df, "type", "Create").sum()), int(_is(df, "type", "Announce").sum())],
            rel=0.001,
        ),
        ("type",),
    ),
    Q(
        "what's my most used hashtag",
        _lead(_named(_ma_top_tag)),
        ("hashtags",),
    ),
    Q(
        "on average how many favs do my own posts get",
        _about(lambda df: float(_num(_ma_posts(df), "favourites_count").mean())),
        ("favourites_count", "type"),
    ),
    Q(
        "how many of them were replies to someone",
        _count(lambda df: int((~_blank(_ma_posts(df), "in_reply_to")).sum())),
        ("in_reply_to", "type"),
    ),
    Q(
        "which month was i most active",
        either(month_year(_ma_month(lambda df: df)), month_year(_ma_month(_ma_posts))),
        ("published", "type"),
    ),
    Q(
        "do longer posts get more favourites?",
        corr_of(
            lambda df: _num(_ma_posts(df), "content_length"),
            lambda df: _num(_ma_posts(df), "favourites_count"),
        ),
        ("content_length", "favourites_count", "type"),
    ),
]


# --- 4. National Register of Historic Places ----------------------------------------------------------------------

_NR_STATES = {
    "NEW YORK": (13, ["Albany", "Erie", "Monroe", "Westchester"], ["Albany", "Buffalo", "Rochester", "Yonkers"]),
    "PENNSYLVANIA": (10, ["Philadelphia", "Allegheny", "Lancaster"], ["Philadelphia", "Pittsburgh", "Lancaster"]),
    "OHIO": (9, ["Franklin", "Cuyahoga", "Hamilton"], ["Columbus", "Cleveland", "Cincinnati"]),
    "MASSACHUSETTS": (8, ["Suffolk", "Essex", "Middlesex"], ["Boston", "Salem", "Cambridge"]),
    "TEXAS": (7, ["Travis", "Bexar", "Galveston"], ["Austin", "San Antonio", "Galveston"]),
    "IOWA": (6, ["Polk", "Linn", "Dubuque"], ["Des Moines", "Cedar Rapids", "Dubuque"]),
    "VIRGINIA": (7, ["Richmond City", "Albemarle", "Fairfax"], ["Richmond", "Charlottesville", "Fairfax"]),
    "GEORGIA": (5, ["Fulton", "Chatham", "Bibb"], ["Atlanta", "Savannah", "Macon"]),
    "CALIFORNIA": (6, ["Los Angeles", "San Francisco", "Sacramento"], ["Los Angeles", "San Francisco", "Sacramento"]),
    "KENTUCKY": (5, ["Jefferson", "Fayette", "Franklin"], ["Louisville", "Lexington", "Frankfort"]),
    "COLORADO": (3, ["Denver", "Boulder", "Pueblo"], ["Denver", "Boulder", "Pueblo"]),
    "OREGON": (3, ["Multnomah", "Lane", "Marion"], ["Portland", "Eugene", "Salem"]),
}
_NR_AREAS = {"Architecture": 55, "Commerce": 14, "Community Planning and Development": 12, "Education": 8}
_NR_AREAS |= {"Social History": 10, "Agriculture": 6, "Industry": 6, "Transportation": 7, "Religion": 6}
_NR_AREAS |= {"Politics/Government": 6, "Archeology": 4, "Military": 3, "Engineering": 5}
_NR_NAMES = ["Smith", "Johnson", "Miller", "Adams", "Baker", "Clark", "Hall", "Turner", "Wright", "Young", "Parker"]
_NR_KINDS = {
    "Building": ["House", "Farmhouse", "Block", "Building", "Church", "School", "Hotel", "Bank"],
    "District": ["Historic District", "Commercial Historic District", "Residential Historic District"],
    "Site": ["Site", "Cemetery", "Archeological Site"],
    "Structure": ["Bridge", "Lighthouse", "Barn", "Water Tower"],
    "Object": ["Monument", "Fountain", "Statue"],
}
_NR_STREETS = ["Main St.", "Elm St.", "High St.", "Church St.", "Market St.", "Washington Ave.", "State Rd."]
_NR_ARCHITECTS = ["Richardson, H.H.", "Upjohn, Richard", "Sullivan, Louis", "Wright, Frank Lloyd", "Unknown"]


def _nr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22604)
    years = np.arange(1966, 2025)
    yw = np.exp(-(((years - 1982) / 11.0) ** 2)) + 0.15
    yw[years == 1979] *= 1.35
    rows = []
    for seq in range(1, 3001):
        state = _one(rng, list(_NR_STATES), [v[0] for v in _NR_STATES.values()])
        _w, counties, cities = _NR_STATES[state]
        c = int(rng.integers(len(counties)))
        cat = _one(rng, list(_NR_KINDS), [62, 14, 8, 12, 4])
        level = _one(rng, ["Local", "State", "National"], [68, 24, 8])
        nhl_p = (0.35 if level == "National" else 0.0) * (2.5 if state == "MASSACHUSETTS" else 1.0)
        status = _one(rng, ["Listed", "Removed", "Pending", "Delisted"], [92, 3, 3, 2])
        year = int(rng.choice(years, p=yw / yw.sum()))
        listed = int(f"{year}{int(rng.integers(1, 13)):02d}{int(rng.integers(1, 29)):02d}")
        ref = f"SG1000{seq:05d}" if year >= 2017 else f"{year % 100:02d}{seq:06d}"
        if status == "Pending":
            listed_value: Any = np.nan
        else:
            listed_value = listed
        k = int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))
        p = np.array(list(_NR_AREAS.values()), dtype=float)
        areas = "; ".join(rng.choice(list(_NR_AREAS), size=k, replace=False, p=p / p.sum()))
        if cat == "District":
            contributing: Any = int(np.clip(rng.lognormal(3.4, 1.0), 3, 900))
            noncontributing: Any = int(contributing * rng.uniform(0.02, 0.35))
        elif cat == "Building":
            contributing, noncontributing = 1, int(rng.random() < 0.2)
        elif cat == "Site":
            contributing, noncontributing = int(rng.integers(0, 3)), 0
        else:
            contributing, noncontributing = 0, 0
        if rng.random() < 0.1:
            contributing, noncontributing = np.nan, np.nan
        name = f"{_one(rng, _NR_NAMES)} {_one(rng, _NR_KINDS[cat])}"
        street = "Address Restricted" if cat == "Site" and rng.random() < 0.6 else ""
        street = street or f"{int(rng.integers(1, 2400))} {_one(rng, _NR_STREETS)}"
        rows.append(
            {
                "Reference number": ref,
                "Property Name": name,
                "Status": status,
                "State": state,
                "County": counties[c],
                "City": cities[c],
                "Street & Number": street,
                "Listed Date": listed_value,
                "Area of Significance": areas,
                "Level of Significance": level,
                "Category of Property": cat,
                "Architect/Builder": _one(rng, _NR_ARCHITECTS) if rng.random() < 0.25 else "",
                "NHL": "Y" if rng.random() < nhl_p else "",
                "Contributing Buildings": contributing,
                "Noncontributing Buildings": noncontributing,
            }
        )
    df = pd.DataFrame(rows)
    for col in ("Listed Date", "Contributing Buildings", "Noncontributing Buildings"):
        df[col] = df[col].astype("Int64")
    return (
        df.sort_values(["State", "County", "Property Name"], kind="stable").reset_index(drop=True).replace("", np.nan)
    )


def _nr_nhl(df: pd.DataFrame) -> pd.Series:
    return _is(df, "NHL", "Y")


def _nr_listed(df: pd.DataFrame) -> pd.Series:
    return _is(df, "Status", "Listed")


def _nr_peak_year(df: pd.DataFrame) -> int:
    years = (_num(df, "Listed Date") // 10000).dropna().astype(int)
    return int(years.value_counts().sort_index().idxmax())


def _nr_district_mean(blank_as_zero: bool) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        values = _num(df, "Contributing Buildings")[_is(df, "Category of Property", "District")]
        return float(values.fillna(0).mean() if blank_as_zero else values.mean())

    return mean


_NR_QS = [
    Q(
        "how many properties are currently listed",
        _count(lambda df: int(_nr_listed(df).sum())),
        ("Status", "Reference number"),
    ),
    Q(
        "which state has the most?",
        either(
            _lead(_named(lambda df: _top(df.loc[_nr_listed(df), "State"].value_counts()))),
            _lead(_named(lambda df: _top(df["State"].value_counts()))),
        ),
        ("State", "Status"),
    ),
    Q(
        "how many are national historic landmarks",
        either(
            _count(lambda df: int(_nr_nhl(df).sum())),
            _count(lambda df: int((_nr_nhl(df) & _nr_listed(df)).sum())),
        ),
        ("NHL", "Status"),
    ),
    Q(
        "which state has the most of those",
        _lead(_named(lambda df: _top(df.loc[_nr_nhl(df), "State"].value_counts()))),
        ("State", "NHL", "Status"),
    ),
    Q(
        "what year had the most new listings",
        _year(_nr_peak_year),
        ("Listed Date",),
    ),
    Q(
        "on average how many contributing buildings does a historic district have",
        either(_about(_nr_district_mean(False)), _about(_nr_district_mean(True))),
        ("Contributing Buildings", "Category of Property"),
    ),
]


# --- 5. DPIC execution database -----------------------------------------------------------------------------------

_DP_STATES = {
    "Texas": ("South", 37, ["Harris", "Dallas", "Bexar", "Tarrant"]),
    "Oklahoma": ("South", 8, ["Oklahoma", "Tulsa"]),
    "Virginia": ("South", 7, ["Richmond City", "Virginia Beach"]),
    "Florida": ("South", 7, ["Duval", "Miami-Dade", "Pinellas"]),
    "Missouri": ("Midwest", 6, ["St. Louis", "Jackson"]),
    "Georgia": ("South", 5, ["Fulton", "Chatham"]),
    "Alabama": ("South", 5, ["Jefferson", "Mobile"]),
    "Ohio": ("Midwest", 3, ["Hamilton", "Cuyahoga"]),
    "North Carolina": ("South", 3, ["Mecklenburg", "Wake"]),
    "South Carolina": ("South", 3, ["Charleston", "Greenville"]),
    "Arizona": ("West", 3, ["Maricopa", "Pima"]),
    "Louisiana": ("South", 2, ["Orleans", "Caddo"]),
    "Arkansas": ("South", 2, ["Pulaski"]),
    "Indiana": ("Midwest", 2, ["Marion", "Vigo"]),
    "Utah": ("West", 1, ["Salt Lake"]),
    "Nevada": ("West", 1, ["Clark"]),
    "California": ("West", 1, ["Los Angeles", "Riverside"]),
    "Pennsylvania": ("Northeast", 0.3, ["Philadelphia"]),
    "Connecticut": ("Northeast", 0.2, ["New London"]),
}
_DP_FIRST = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Charles", "Joseph", "Thomas"]
_DP_FIRST += ["Carlos", "Jose", "Larry", "Gary", "Billy", "Ronald", "Kenneth", "Anthony", "Donald", "Jerry"]
_DP_WOMEN = ["Karla", "Betty", "Aileen", "Lisa", "Teresa", "Kelly", "Wanda", "Frances", "Judy", "Lois"]
_DP_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Davis", "Wilson", "Moore", "Taylor"]
_DP_LAST += ["Anderson", "Jackson", "White", "Harris", "Martin", "Lewis", "Walker", "Young", "King", "Green"]
_DP_RACES = {"White": 55, "Black": 34, "Latinx": 8.5, "Native American": 1.2, "Asian": 0.8, "Other": 0.5}


def _dp_year_weights() -> tuple[np.ndarray, np.ndarray]:
    years = np.arange(1977, 2025)
    w = np.where(years <= 1999, 2 + 96 * ((years - 1977) / 22) ** 2.2, 98 * np.exp(-(years - 1999) / 11.0))
    w = np.maximum(w, 1.0)
    w[years == 1999] = 120
    w[years < 1984] = np.minimum(w[years < 1984], 5)
    return years, w


def _dp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22605)
    years, yw = _dp_year_weights()
    rows = []
    for _ in range(1600):
        year = int(rng.choice(years, p=yw / yw.sum()))
        stamp = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        state = _one(rng, list(_DP_STATES), [v[1] for v in _DP_STATES.values()])
        region, _w, counties = _DP_STATES[state]
        federal = state == "Indiana" and rng.random() < 0.6
        female = rng.random() < 0.012
        if state == "Utah" and rng.random() < 0.4:
            method = "Firing Squad"
        elif year < 1995 and rng.random() < 0.3:
            method = "Electrocution"
        elif year >= 2019 and state in ("Alabama", "South Carolina") and rng.random() < 0.2:
            method = _one(rng, ["Electrocution", "Firing Squad"])
        else:
            method = _one(rng, ["Lethal Injection", "Gas Chamber", "Hanging"], [990, 6, 3])
        victims = int(rng.choice([1, 2, 3, 4], p=[0.7, 0.2, 0.07, 0.03]))
        vr = rng.choice(["White", "Black", "Latinx", "Asian"], size=victims, p=[0.75, 0.15, 0.07, 0.03])
        vs = rng.choice(["Male", "Female"], size=victims, p=[0.5, 0.5])
        race = _one(rng, list(_DP_RACES), list(_DP_RACES.values()))
        first = _one(rng, _DP_WOMEN if female else _DP_FIRST)
        rows.append(
            {
                "Date": stamp,
                "Name": f"{first} {_one(rng, _DP_LAST)}",
                "Age": int(np.clip(rng.normal(40 + (year - 1977) * 0.15 + (4 if female else 0), 8.5), 18, 80)),
                "Sex": "Female" if female else "Male",
                "Race": race,
                "State": state,
                "Region": region,
                "Method": method,
                "Number of Victims": victims,
                "Victim(s) Race(s)": ", ".join(dict.fromkeys(str(x) for x in vr)),
                "Victim(s) Sex": ", ".join(dict.fromkeys(str(x) for x in vs)),
                "Juvenile": "Yes" if year < 2004 and rng.random() < 0.015 else "No",
                "Volunteer": "Yes" if rng.random() < 0.1 else "No",
                "Federal": "Yes" if federal else "No",
                "Foreign National": "Yes" if rng.random() < 0.025 else "No",
                "County": _one(rng, counties),
            }
        )
    df = pd.DataFrame(rows).sort_values("Date", ascending=False, kind="stable").reset_index(drop=True)
    df["Date"] = df["Date"].dt.strftime("%m/%d/%Y")
    return df


def _dp_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y")


def _dp_women(df: pd.DataFrame) -> pd.Series:
    return _is(df, "Sex", "Female")


_DP_QS = [
    Q(
        "how many executions were in texas",
        _count(lambda df: int(_is(df, "State", "Texas").sum())),
        ("State",),
    ),
    Q(
        "what share of all executions happened in the south",
        _share(lambda df: float(_is(df, "Region", "South").mean())),
        ("Region",),
    ),
    Q(
        "which year had the most executions",
        _year(lambda df: int(_dp_date(df).dt.year.value_counts().sort_index().idxmax())),
        ("Date",),
    ),
    Q(
        "how many women have been executed",
        _count(lambda df: int(_dp_women(df).sum())),
        ("Sex",),
    ),
    Q(
        "how old were they on average",
        either(
            _about(lambda df: float(_num(df, "Age")[_dp_women(df)].mean())),
            _about(lambda df: float(_num(df, "Age")[_dp_women(df)].median())),
        ),
        ("Age", "Sex"),
    ),
    Q(
        "how many executions have there been since 2015",
        _count(lambda df: int((_dp_date(df) >= "2015-01-01").sum())),
        ("Date",),
    ),
]


# --- 6. Babbel learning activity ----------------------------------------------------------------------------------

_BB_COURSES = {"Spanish": 55, "French": 25, "Italian": 12, "German": 5, "Portuguese": 3}
_BB_LEVELS = ["Newcomer", "Beginner I", "Beginner II", "Intermediate", "Upper Intermediate"]
_BB_TOPICS = ["Greetings", "Ordering food", "At the hotel", "Asking for directions", "Family", "Shopping"]
_BB_TOPICS += ["Past tense", "Small talk", "At work", "Travel plans", "Feelings", "Doctor's visit"]


def _bb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22606)
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    active = days[rng.random(len(days)) < 0.85]
    stamps = []
    for d in active:
        stamps.extend([d] * int(rng.choice([1, 2, 3], p=[0.55, 0.3, 0.15])))
    stamps = sorted(rng.choice(np.array(stamps), size=900, replace=False))
    seen: dict[str, int] = {}
    rows = []
    for d in stamps:
        course = _one(rng, list(_BB_COURSES), list(_BB_COURSES.values()))
        seen[course] = seen.get(course, 0) + 1
        level = _BB_LEVELS[min(4, seen[course] // 110)]
        kind = _one(rng, ["Lesson", "Review", "Podcast", "Live Class", "Game"], [45, 35, 8, 4, 8])
        duration = {
            "Lesson": int(rng.integers(8, 21)),
            "Review": int(rng.integers(3, 16)),
            "Podcast": int(rng.integers(10, 31)),
            "Live Class": 60,
            "Game": int(rng.integers(2, 9)),
        }[kind]
        correct: Any = {
            "Lesson": rng.normal(86, 6),
            "Review": rng.normal(78, 9),
            "Game": rng.normal(81, 8),
        }.get(kind, np.nan)
        stamp = pd.Timestamp(d) + pd.Timedelta(minutes=int(rng.integers(6 * 60, 23 * 60)))
        rows.append(
            {
                "Date": stamp,
                "Course": course,
                "Level": level,
                "Activity Type": kind,
                "Title": f"{kind} {int(rng.integers(1, 30))}: {_one(rng, _BB_TOPICS)}",
                "Duration (min)": duration,
                "New Items": int(rng.integers(5, 16)) if kind == "Lesson" else 0,
                "Reviewed Items": {"Lesson": int(rng.integers(0, 6)), "Review": int(rng.integers(10, 41))}.get(
                    kind, int(rng.integers(5, 21)) if kind == "Game" else 0
                ),
                "Correct (%)": np.nan if np.isnan(correct) else int(np.clip(round(correct), 35, 100)),
                "Device": _one(rng, ["iOS", "Android", "Web"], [55, 15, 30]),
            }
        )
    df = pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)
    day = df["Date"].dt.normalize()
    firsts = day.drop_duplicates()
    gap = firsts.diff().dt.days.ne(1)
    streak = firsts.groupby(gap.cumsum()).cumcount() + 1
    df["Streak Day"] = day.map(dict(zip(firsts, streak, strict=True)))
    df["Date"] = df["Date"].dt.strftime("%Y-%m-%d %H:%M")
    return df


def _bb_new(course: str) -> Callable[[pd.DataFrame], int]:
    return lambda df: int(_num(df, "New Items")[_is(df, "Course", course)].sum())


def _bb_accuracy(df: pd.DataFrame) -> list[float]:
    score = _num(df, "Correct (%)")
    return [float(score[_is(df, "Activity Type", t)].mean()) for t in ("Review", "Lesson")]


_BB_QS = [
    Q(
        "how much time have i spent on babbel in total",
        either(
            has(lambda df: float(_num(df, "Duration (min)").sum()), rel=0.002),
            _about(lambda df: float(_num(df, "Duration (min)").sum()) / 60),
        ),
        ("Duration (min)",),
    ),
    Q(
        "which language have i practiced the most",
        either(
            _lead(_named(lambda df: _top(df.groupby("Course")["Duration (min)"].sum()))),
            _lead(_named(lambda df: _top(df["Course"].value_counts()))),
        ),
        ("Course", "Duration (min)"),
    ),
    Q(
        "is my accuracy better in reviews or in lessons",
        _about(_bb_accuracy),
        ("Correct (%)", "Activity Type"),
    ),
    Q(
        "how many new words have i learned in spanish",
        _count(_bb_new("Spanish")),
        ("New Items", "Course"),
    ),
    Q(
        "and french?",
        _count(_bb_new("French")),
        ("New Items", "Course"),
    ),
    Q(
        "how many sessions were longer than 20 min",
        _count(lambda df: int((_num(df, "Duration (min)") > 20).sum())),
        ("Duration (min)",),
    ),
]


# --- 7. Met Museum open access objects ----------------------------------------------------------------------------

# department: (weight, on-view share, public-domain share, begin-year range, artist share, culture, names, classes)
_MET_DEPTS: dict[str, tuple[float, float, float, tuple[int, int], float, list[str], list[str], list[str]]] = {
    "Drawings and Prints": (22, 0.01, 0.7, (1480, 1950), 0.92, [""], ["Print", "Drawing"], ["Prints", "Drawings"]),
    "European Sculpture and Decorative Arts": (
        14,
        0.25,
        0.85,
        (1400, 1900),
        0.3,
        ["French", "British", "German", "Italian"],
        ["Plate", "Teapot", "Chair", "Figure"],
        ["Ceramics", "Metalwork", "Woodwork", "Sculpture"],
    ),
    "Asian Art": (
        12,
        0.2,
        0.75,
        (-200, 1900),
        0.2,
        ["China", "Japan", "Korea", "India"],
        ["Bowl", "Vase", "Hanging scroll", "Figure"],
        ["Ceramics", "Paintings", "Sculpture"],
    ),
    "The American Wing": (
        9,
        0.3,
        0.85,
        (1650, 1920),
        0.45,
        ["American"],
        ["Chair", "Spoon", "Painting", "Quilt"],
        ["Furniture", "Silver", "Paintings", "Textiles"],
    ),
    "Greek and Roman Art": (
        8,
        0.35,
        1.0,
        (-800, 300),
        0.0,
        ["Greek, Attic", "Roman", "Cypriot", "Etruscan"],
        ["Vase", "Statuette", "Coin", "Fragment"],
        ["Vases", "Bronzes", "Coins", "Stone Sculpture"],
    ),
    "Egyptian Art": (
        8,
        0.3,
        1.0,
        (-3000, -30),
        0.0,
        [""],
        ["Amulet", "Scarab", "Shabti", "Relief"],
        ["Egyptian Art"],
    ),
    "Photographs": (7, 0.02, 0.35, (1840, 1990), 0.9, [""], ["Photograph"], ["Photographs"]),
    "Costume Institute": (
        6,
        0.02,
        0.4,
        (1750, 2010),
        0.6,
        ["American", "French", "British"],
        ["Dress", "Hat", "Shoes"],
        ["Costume"],
    ),
    "Islamic Art": (
        5,
        0.25,
        0.9,
        (700, 1800),
        0.05,
        ["Iran", "Turkey", "Egypt"],
        ["Tile", "Bowl", "Folio"],
        ["Ceramics", "Codices"],
    ),
    "Arms and Armor": (4, 0.3, 0.95, (1300, 1900), 0.15, ["European", "Japanese"], ["Sword", "Helmet"], ["Swords"]),
    "European Paintings": (3, 0.6, 0.95, (1300, 1900), 0.98, [""], ["Painting"], ["Paintings"]),
    "Modern and Contemporary Art": (2, 0.3, 0.05, (1900, 2020), 0.98, [""], ["Painting"], ["Paintings"]),
}
_MET_ARTISTS = {
    "Drawings and Prints": [
        ("Jacques Callot", "French", 1592, 1635, 6),
        ("Rembrandt van Rijn", "Dutch", 1606, 1669, 2),
        ("Albrecht Dürer", "German", 1471, 1528, 2),
        ("Honoré Daumier", "French", 1808, 1879, 2),
        ("Wenceslaus Hollar", "Bohemian", 1607, 1677, 2),
        ("Francisco Goya", "Spanish", 1746, 1828, 1),
    ],
    "Photographs": [
        ("Walker Evans", "American", 1903, 1975, 3),
        ("Alfred Stieglitz", "American", 1864, 1946, 2),
        ("Diane Arbus", "American", 1923, 1971, 1),
    ],
    "European Paintings": [
        ("Claude Monet", "French", 1840, 1926, 1),
        ("Edgar Degas", "French", 1834, 1917, 1),
        ("Johannes Vermeer", "Dutch", 1632, 1675, 1),
    ],
    "Modern and Contemporary Art": [
        ("Pablo Picasso", "Spanish", 1881, 1973, 1),
        ("Georgia O'Keeffe", "American", 1887, 1986, 1),
    ],
}
_MET_OTHER_ARTISTS = [("Paul Revere Jr.", "American", 1735, 1818), ("Tiffany & Co.", "American", 1837, 2024)]
_MET_OTHER_ARTISTS += [("Meissen Manufactory", "German", 1710, 2024), ("Katsushika Hokusai", "Japanese", 1760, 1849)]
_MET_CREDITS = ["Gift of J. Pierpont Morgan, 1917", "Rogers Fund", "Purchase, Joseph Pulitzer Bequest"]
_MET_CREDITS += ["Bequest of Benjamin Altman, 1913", "The Elisha Whittelsey Collection, The Elisha Whittelsey Fund"]
_MET_MEDIA = ["Etching", "Oil on canvas", "Terracotta", "Bronze", "Gelatin silver print", "Porcelain", "Silk"]


def _met_date_text(rng: np.random.Generator, begin: int, end: int) -> str:
    if begin < 0:
        century = (-begin) // 100 + 1
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(century if century < 20 else century % 10, "th")
        return f"{century}{suffix} century B.C." if rng.random() < 0.6 else f"ca. {-begin} B.C."
    form = rng.random()
    if form < 0.4:
        return f"ca. {begin}"
    if form < 0.75 or end == begin:
        return str(begin)
    return f"{begin}-{str(end)[-2:]}"


def _met_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22607)
    names = list(_MET_DEPTS)
    rows = []
    for _ in range(4000):
        dept = _one(rng, names, [v[0] for v in _MET_DEPTS.values()])
        _w, view, pd_share, (lo, hi), art, cultures, objects, classes = _MET_DEPTS[dept]
        begin = int(rng.integers(lo, hi + 1))
        end = begin + int(rng.choice([0, 0, 5, 10, 25, 50]))
        artist = nat = a_begin = a_end = ""
        if rng.random() < art:
            pool = _MET_ARTISTS.get(dept)
            if pool:
                pick = pool[int(rng.choice(len(pool), p=np.array([x[4] for x in pool]) / sum(x[4] for x in pool)))]
                artist, nat, b, e = pick[0], pick[1], pick[2], pick[3]
                begin = int(np.clip(rng.integers(b + 18, e + 1), b + 18, 2024))
                end = begin + int(rng.choice([0, 0, 1, 2]))
            else:
                artist, nat, b, e = _MET_OTHER_ARTISTS[int(rng.integers(len(_MET_OTHER_ARTISTS)))]
            a_begin, a_end = str(b), str(e) if e < 2024 else "9999"
        acc = int(rng.integers(max(1870, min(begin, 2023)), 2024)) if begin < 2023 else 2024
        public = rng.random() < (pd_share if begin < 1930 else 0.02)
        culture = _one(rng, cultures)
        rows.append(
            {
                "Object Number": f"{acc}.{int(rng.integers(1, 700))}.{int(rng.integers(1, 300))}",
                "Is Highlight": bool(rng.random() < 0.02),
                "Is Timeline Work": bool(rng.random() < 0.03),
                "Is Public Domain": bool(public),
                "Object ID": 0,
                "Gallery Number": str(int(rng.integers(100, 999))) if rng.random() < view else "",
                "Department": dept,
                "AccessionYear": acc if rng.random() > 0.02 else np.nan,
                "Object Name": _one(rng, objects),
                "Title": f"{_one(rng, objects)}" if rng.random() < 0.5 else f"Untitled ({int(rng.integers(1, 99))})",
                "Culture": culture,
                "Period": "New Kingdom" if dept == "Egyptian Art" and begin > -1550 else "",
                "Artist Display Name": artist,
                "Artist Nationality": nat,
                "Artist Begin Date": a_begin,
                "Artist End Date": a_end,
                "Object Date": _met_date_text(rng, begin, end),
                "Object Begin Date": begin,
                "Object End Date": end,
                "Medium": _one(rng, _MET_MEDIA),
                "Credit Line": _one(rng, _MET_CREDITS) + (f", {acc}" if rng.random() < 0.5 else ""),
                "Classification": _one(rng, classes),
                "Country": _one(rng, ["Egypt", "Iran", "Japan", "China", "Italy"]) if rng.random() < 0.12 else "",
            }
        )
    df = pd.DataFrame(rows)
    df["Object ID"] = np.sort(rng.choice(np.arange(1, 900000), size=len(df), replace=False))
    df["AccessionYear"] = df["AccessionYear"].astype("Int64")
    return df.replace("", np.nan)


def _met_top_dept(df: pd.DataFrame) -> str:
    return _top(df["Department"].value_counts())


def _met_true(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype(str).str.strip().str.lower().eq("true")


_MET_QS = [
    Q(
        "what fraction of the collection is public domain",
        _share(lambda df: float(_met_true(df, "Is Public Domain").mean())),
        ("Is Public Domain",),
    ),
    Q(
        "which department has the most objects",
        _lead(_named(_met_top_dept)),
        ("Department", "Object ID"),
    ),
    Q(
        "how many of those are on view right now",
        _count(lambda df: int((_is(df, "Department", _met_top_dept(df)) & ~_blank(df, "Gallery Number")).sum())),
        ("Department", "Gallery Number"),
    ),
    Q(
        "which artist has the most works here",
        _lead(_named(lambda df: _top(df["Artist Display Name"].dropna().value_counts()))),
        ("Artist Display Name",),
    ),
    Q(
        "how many things were made before 1800",
        either(
            _count(lambda df: int((_num(df, "Object Begin Date") < 1800).sum())),
            _count(lambda df: int((_num(df, "Object End Date") < 1800).sum())),
        ),
        ("Object Begin Date", "Object End Date", "Object Date"),
    ),
    Q(
        "how many objects have no artist listed",
        _count(lambda df: int(_blank(df, "Artist Display Name").sum())),
        ("Artist Display Name",),
    ),
]


HELDOUT226: list[Dataset] = [
    Dataset("ring_event_history", _ring_frame, _RING_QS),
    Dataset("tripadvisor_hotel_reviews", _ta_frame, _TA_QS),
    Dataset("mastodon_outbox_posts", _ma_frame, _MA_QS),
    Dataset("nrhp_listed_properties", _nr_frame, _NR_QS),
    Dataset("dpic_execution_database", _dp_frame, _DP_QS),
    Dataset("babbel_learning_sessions", _bb_frame, _BB_QS),
    Dataset("met_open_access_objects", _met_frame, _MET_QS),
]
