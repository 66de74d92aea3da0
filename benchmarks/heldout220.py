"""HELDOUT220: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of public exports an analyst is likely to bring along: a Sonarr activity history
export (July 2023 - October 2024, newest first) with Date as "2024-03-14T21:05:33Z", "Series Title", Season, Episode,
"Episode Title", "Event Type" (Grabbed, Download Imported, Download Failed, Deleted, Renamed; every grab is followed by
an import or a failure and a failed grab by a fresh grab), Quality (HDTV-720p, WEBDL-1080p, Bluray-1080p, WEBDL-2160p),
"Size (GB)" with two decimals (blank for Deleted and Renamed rows), Indexer (NZBgeek, DrunkenSlug, NZBFinder,
TorrentLeech, 1337x; only on Grabbed rows), "Download Client" (SABnzbd or qBittorrent; blank for Deleted and Renamed)
and "Release Group" (NTb, FLUX, CAKES, ...; some blank); a Samsung SmartThings device event history from the Advanced
web app (1 February - 15 March 2024, newest first, one row per event) with Date as "2024-02-03", Time as "7:15:32 PM",
"Device Name" ("Front Door", "Hallway Motion", "Kitchen Plug", "Bedroom Sensor", ...), Room, Capability (switch, motion,
contact, temperature, battery, power), Attribute (the same word), Value as text (on / off, active / inactive, open /
closed, "21.5", "87", "64.2") and Unit ("°C", "%", "W", blank for the rest); a Tonal workout history export (March 2022
- June 2024) with Date as "1/15/2023", "Workout Title", Program (blank for one-off workouts), Coach, "Duration (min)",
"Total Volume (lbs)" (0 for Mobility and Yoga), Sets, Reps, "Time Under Tension (min)", "Workout Type" (Strength, HIIT,
Mobility, Yoga), "Avg Weight Per Rep (lbs)" (blank where no reps were counted) and "Personal Records (count)"; a
Getaround host earnings export (one row per trip, January 2023 - June 2024, four cars) with an eight-digit "Trip ID",
Car ("2021 Tesla Model 3"), "License Plate" ("8KDM214"), "Trip Start" and "Trip End" as "2023-05-12 14:00", "Trip
Duration (hours)", "Miles Driven" (blank for canceled trips), money columns written "$123.45" ("Trip Price", "Host
Earnings", "Getaround Fee", "Fuel Reimbursement"; "Tolls Reimbursement" blank when there were no tolls), Status
(Completed, Canceled by Guest -- a $20 fee kept by the host --, Canceled by Host) and Rating 1-5 (blank for canceled
trips and unrated ones); a Federal Register documents search export for 2023 with document_number "2023-00123", title,
type (Rule, Proposed Rule, Notice, Presidential Document), agency_names with parent and sub-agency separated by "; "
("Transportation Department; Federal Aviation Administration"), publication_date and effective_on (rules only) as
"2023-01-03", page_length, significant written true / false for rules and proposed rules (blank elsewhere), docket_id
("FAA-2023-0412", often blank) and comments_close_on (mostly proposed rules); the Chicago Data Portal's West Nile virus
mosquito test results (2019-2023, weeks 22-40) with "SEASON YEAR", WEEK, "TEST ID" (about 1% of rows listed twice),
BLOCK ("100XX W OHARE AIRPORT", "52XX S KEDZIE AVE"), TRAP ("T002"), TRAP_TYPE (GRAVID, CDC, SENTINEL), "TEST DATE" as
"08/23/2019 12:00:00 AM", "NUMBER OF MOSQUITOES" (1-50 per pool), RESULT (positive / negative), SPECIES (CULEX PIPIENS,
CULEX RESTUANS, CULEX PIPIENS/RESTUANS, CULEX TERRITANS) and LATITUDE / LONGITUDE (blank for some traps); and the NOAA
GLERL / USACE Great Lakes monthly mean water levels, one row per month from January 1918 to December 2023, with year,
month (1-12), "Superior (m)", "Michigan-Huron (m)", "St. Clair (m)", "Erie (m)" and "Ontario (m)" in metres to two
decimals (the last three months still blank, not yet published). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _year
from .offline_eval import Check, Dataset, Q, either, has, month_names, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6, 1e9)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(s: pd.Series) -> pd.Series:
    """Numbers from a column written with "$", "," or units."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,]", "", regex=True).str.strip(), errors="coerce")


def _month(value: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("March", "Mar") or as "2023-03"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        if re.search(rf"(?<![\d.])20\d\d-0?{m}(?!\d)", answer):
            return None
        return f"missing month {m}"

    return check


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "18:00", "18", "6 PM", "6pm", "6-7 PM"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "p" if h >= 12 else "a"
        patterns = [
            rf"(?<![\d.:]){h}(?::00)?(?![\d.]|\s*[ap]\.?m)",
            rf"(?<![\d.:]){h:02d}:00",
            rf"(?<![\d.:]){h12}(?::00)?(?:\s*(?:-|–|to)\s*\d{{1,2}}(?::00)?)?\s*{half}\.?m\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Sonarr activity history -----------------------------------------------------------------------------------

# title: (weight, seasons, episodes per season, runtime factor, preferred quality)
_SONARR_SHOWS = {
    "The Bear": (9, 3, 10, 0.55, "WEBDL-1080p"),
    "Severance": (5, 2, 9, 1.0, "WEBDL-2160p"),
    "Slow Horses": (6, 4, 6, 0.9, "WEBDL-1080p"),
    "Only Murders in the Building": (6, 3, 10, 0.6, "WEBDL-1080p"),
    "The Last of Us": (4, 1, 9, 1.1, "WEBDL-2160p"),
    "Breaking Bad": (10, 5, 13, 0.8, "Bluray-1080p"),
    "Bluey": (3, 3, 52, 0.15, "WEBDL-1080p"),
    "The Office (US)": (14, 9, 22, 0.4, "Bluray-1080p"),
    "Reservation Dogs": (3, 3, 10, 0.55, "HDTV-720p"),
    "Shōgun": (4, 1, 10, 1.1, "WEBDL-2160p"),
    "Fargo": (5, 5, 10, 0.9, "Bluray-1080p"),
    "Jeopardy!": (4, 40, 200, 0.4, "HDTV-720p"),
}
_SONARR_GB = {"HDTV-720p": 1.1, "WEBDL-1080p": 2.9, "Bluray-1080p": 5.6, "WEBDL-2160p": 13.5}
_SONARR_WORDS = ["Pilot", "Fire", "Home", "The Plan", "Reckoning", "Ghosts", "Brunch", "Beef", "Forks", "Honeydew"]
_SONARR_WORDS += ["Half Measures", "Dinner Party", "Hello", "Fishes", "Omelette", "Bad Dates", "Keys", "The Job"]
_SONARR_INDEXERS = {"NZBgeek": 30, "DrunkenSlug": 25, "NZBFinder": 15, "TorrentLeech": 18, "1337x": 12}
_SONARR_GROUPS = ["NTb", "FLUX", "CAKES", "SuccessfulCrab", "EDITH", "GalaxyTV", "DEMAND", "NOGRP", "SiGMA", ""]


def _sonarr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22001)
    titles = list(_SONARR_SHOWS)
    weights = [v[0] for v in _SONARR_SHOWS.values()]
    start, span = pd.Timestamp("2023-07-01"), 488 * 24 * 3600
    rows: list[dict[str, Any]] = []
    done: set[tuple[str, int, int]] = set()
    while len(rows) < 1750:
        title = _one(rng, titles, weights)
        _, seasons, eps, runtime, pref = _SONARR_SHOWS[title]
        season, episode = int(rng.integers(1, seasons + 1)), int(rng.integers(1, eps + 1))
        if (title, season, episode) in done:
            continue
        done.add((title, season, episode))
        when = start + pd.Timedelta(seconds=int(rng.integers(0, span)))
        ep_title = _one(rng, _SONARR_WORDS) if title != "Jeopardy!" else f"Show #{8000 + season * 200 + episode}"
        base = {"Series Title": title, "Season": season, "Episode": episode, "Episode Title": ep_title}
        quality = pref if rng.random() < 0.8 else _one(rng, list(_SONARR_GB))
        tries = 0
        while True:
            tries += 1
            indexer = _one(rng, list(_SONARR_INDEXERS), list(_SONARR_INDEXERS.values()))
            client = "qBittorrent" if indexer in ("TorrentLeech", "1337x") else "SABnzbd"
            size = round(float(_SONARR_GB[quality] * runtime * rng.lognormal(0, 0.25)), 2)
            group = _one(rng, _SONARR_GROUPS)
            rel = {**base, "Quality": quality, "Size (GB)": size, "Download Client": client, "Release Group": group}
            rows.append({"Date": when, "Event Type": "Grabbed", "Indexer": indexer, **rel})
            when += pd.Timedelta(minutes=int(rng.integers(3, 240)))
            failed = rng.random() < (0.14 if indexer == "1337x" else 0.07) and tries < 3
            rows.append({"Date": when, "Event Type": "Download Failed" if failed else "Download Imported", **rel})
            if not failed:
                break
            when += pd.Timedelta(minutes=int(rng.integers(1, 30)))
        if rng.random() < 0.06:
            later = when + pd.Timedelta(days=int(rng.integers(1, 90)))
            rows.append({"Date": later, "Event Type": "Renamed", **base, "Quality": quality})
        if rng.random() < 0.05:
            later = when + pd.Timedelta(days=int(rng.integers(30, 200)))
            rows.append({"Date": later, "Event Type": "Deleted", **base, "Quality": quality})
    df = pd.DataFrame(rows)
    df = df[df["Date"] < pd.Timestamp("2024-11-01")].sort_values("Date", ascending=False, kind="stable")
    df["Date"] = df["Date"].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    cols = ["Date", "Series Title", "Season", "Episode", "Episode Title", "Event Type", "Quality", "Size (GB)"]
    cols += ["Indexer", "Download Client", "Release Group"]
    return df[cols].reset_index(drop=True).replace("", np.nan)


def _ev(df: pd.DataFrame, kind: str) -> pd.DataFrame:
    return df[df["Event Type"] == kind]


def _sonarr_top_show(df: pd.DataFrame) -> str:
    return _top(_ev(df, "Download Imported")["Series Title"].value_counts())


def _sonarr_show_rows(rows: pd.DataFrame, df: pd.DataFrame) -> pd.DataFrame:
    return rows[rows["Series Title"] == _sonarr_top_show(df)]


def _sonarr_sizes(kind: str | None) -> Callable[[pd.DataFrame], Any]:
    def means(df: pd.DataFrame) -> Any:
        d = df.dropna(subset=["Size (GB)"]) if kind is None else _ev(df, kind)
        return d.groupby("Quality")["Size (GB)"].mean()[["Bluray-1080p", "WEBDL-1080p"]].to_numpy()

    return means


def _sonarr_2024(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_ev(df, kind).loc[lambda d: d["Date"].str[:4] == "2024", "Size (GB)"].sum())


_SONARR_QS = [
    Q(
        "how many grabs are in the history?",
        either(
            _count(lambda df: len(_ev(df, "Grabbed"))),
            _count(lambda df: len(_ev(df, "Grabbed").drop_duplicates(["Series Title", "Season", "Episode"]))),
        ),
        ("Event Type",),
    ),
    Q(
        "what % of downloads failed",
        either(
            _share(lambda df: len(_ev(df, "Download Failed")) / len(_ev(df, "Grabbed"))),
            _share(
                lambda df: (
                    len(_ev(df, "Download Failed"))
                    / (len(_ev(df, "Download Failed")) + len(_ev(df, "Download Imported")))
                )
            ),
        ),
        ("Event Type",),
    ),
    Q(
        "which show did i download the most episodes of",
        _lead(_named(_sonarr_top_show)),
        ("Series Title", "Event Type", "Season", "Episode"),
    ),
    Q(
        "what quality do i mostly get for that one",
        either(
            _named(lambda df: _top(_sonarr_show_rows(_ev(df, "Download Imported"), df)["Quality"].value_counts())),
            _named(lambda df: _top(_sonarr_show_rows(df, df)["Quality"].value_counts())),
        ),
        ("Series Title", "Quality", "Event Type"),
    ),
    Q(
        "avg file size of bluray 1080p vs webdl 1080p?",
        either(
            _about(_sonarr_sizes(None), rel=0.01),
            _about(_sonarr_sizes("Download Imported"), rel=0.01),
            _about(_sonarr_sizes("Grabbed"), rel=0.01),
        ),
        ("Quality", "Size (GB)", "Event Type"),
    ),
    Q(
        "how much data did i import in 2024",
        either(
            _scaled(_sonarr_2024("Download Imported"), (1e3, 1024), rel=0.005),
            _scaled(_sonarr_2024("Grabbed"), (1e3, 1024), rel=0.005),
        ),
        ("Date", "Event Type", "Size (GB)"),
    ),
]


# --- 2. SmartThings device event history --------------------------------------------------------------------------

_ST_MOTION = {"Hallway Motion": ("Hallway", 6.0), "Living Room Motion": ("Living Room", 4.5)}
_ST_MOTION |= {"Kitchen Motion": ("Kitchen", 5.2)}
_ST_CONTACT = {"Front Door": ("Entryway", 3.2), "Back Door": ("Kitchen", 1.4), "Garage Door Sensor": ("Garage", 1.0)}
_ST_TEMP = {"Bedroom Sensor": ("Bedroom", 19.4), "Living Room Sensor": ("Living Room", 21.3)}
_ST_TEMP |= {"Garage Door Sensor": ("Garage", 8.5)}
_ST_WEEKDAY_HOURS = np.array([1, 1, 1, 1, 1, 2, 8, 10, 6, 2, 2, 2, 3, 2, 2, 3, 5, 9, 16, 11, 8, 6, 4, 2], float)
_ST_WEEKEND_HOURS = np.array([2, 1, 1, 1, 1, 1, 1, 2, 5, 9, 12, 17, 11, 8, 6, 6, 6, 7, 8, 8, 7, 6, 4, 3], float)


def _smartthings_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22002)
    days = pd.date_range("2024-02-01", "2024-03-15", freq="D")
    rows: list[tuple[pd.Timestamp, str, str, str, str, str]] = []

    def at(day: pd.Timestamp, weekend: bool) -> pd.Timestamp:
        w = _ST_WEEKEND_HOURS if weekend else _ST_WEEKDAY_HOURS
        h = int(rng.choice(24, p=w / w.sum()))
        return day + pd.Timedelta(hours=h, seconds=int(rng.integers(0, 3600)))

    battery = {"Hallway Motion": 88.0, "Living Room Motion": 71.0, "Kitchen Motion": 95.0, "Front Door": 64.0}
    battery |= {"Back Door": 52.0, "Garage Door Sensor": 31.0, "Bedroom Sensor": 80.0, "Living Room Sensor": 45.0}
    rooms = {k: v[0] for k, v in (_ST_MOTION | _ST_CONTACT | _ST_TEMP).items()}
    for d in days:
        weekend = d.day_of_week >= 5
        for name, (room, lam) in _ST_MOTION.items():
            for _ in range(int(rng.poisson(lam * (1.3 if weekend else 1.0)))):
                t = at(d, weekend)
                rows.append((t, name, room, "motion", "active", ""))
                rows.append(
                    (t + pd.Timedelta(seconds=int(rng.integers(30, 600))), name, room, "motion", "inactive", "")
                )
        for name, (room, lam) in _ST_CONTACT.items():
            for _ in range(int(rng.poisson(lam))):
                t = at(d, weekend)
                rows.append((t, name, room, "contact", "open", ""))
                rows.append((t + pd.Timedelta(seconds=int(rng.integers(5, 400))), name, room, "contact", "closed", ""))
        for name, room, watts in (("Living Room Lamp", "Living Room", 0), ("Kitchen Plug", "Kitchen", 850)):
            for _ in range(int(rng.poisson(1.8))):
                t = at(d, weekend)
                off = t + pd.Timedelta(minutes=int(rng.integers(5, 240)))
                rows.append((t, name, room, "switch", "on", ""))
                rows.append((off, name, room, "switch", "off", ""))
                if watts:
                    rows.append((t + pd.Timedelta(seconds=2), name, room, "power", f"{rng.normal(watts, 60):.1f}", "W"))
                    rows.append((off + pd.Timedelta(seconds=2), name, room, "power", "0.0", "W"))
        for name, (room, base) in _ST_TEMP.items():
            for _ in range(int(rng.poisson(9))):
                t = d + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
                hour = t.hour + t.minute / 60
                temp = base + 1.2 * np.sin((hour - 9) / 24 * 2 * np.pi) + rng.normal(0, 0.4)
                rows.append((t, name, room, "temperature", f"{temp:.1f}", "°C"))
        for name in battery:
            drain = 0.9 if name == "Garage Door Sensor" else 0.15
            battery[name] = max(battery[name] - drain * rng.uniform(0.5, 1.5), 3)
            if rng.random() < 0.5:
                t = d + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
                rows.append((t, name, rooms[name], "battery", f"{round(battery[name])}", "%"))
    df = pd.DataFrame(rows, columns=["ts", "Device Name", "Room", "Capability", "Value", "Unit"])
    df = df.sort_values("ts", ascending=False, kind="stable")
    df.insert(0, "Date", df["ts"].dt.strftime("%Y-%m-%d"))
    df.insert(1, "Time", df["ts"].dt.strftime("%I:%M:%S %p").str.lstrip("0"))
    df.insert(6, "Attribute", df["Capability"])
    return df.drop(columns="ts").reset_index(drop=True).replace("", np.nan)


def _st_stamp(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"] + " " + df["Time"], format="%Y-%m-%d %I:%M:%S %p")


def _st_motion_hour(weekend: bool) -> Callable[[pd.DataFrame], int]:
    def hour(df: pd.DataFrame) -> int:
        t = _st_stamp(df)
        keep = (df["Value"] == "active") & ((t.dt.day_of_week >= 5) == weekend)
        return int(t[keep].dt.hour.value_counts().sort_index().idxmax())

    return hour


def _st_battery(latest: bool) -> Callable[[pd.DataFrame], str]:
    def low(df: pd.DataFrame) -> str:
        d = df[df["Capability"] == "battery"].assign(t=_st_stamp(df), v=lambda x: _num(x["Value"]))
        if latest:
            d = d.sort_values("t").groupby("Device Name").tail(1)
        return str(d.groupby("Device Name")["v"].min().idxmin())

    return low


def _st_all_hour(df: pd.DataFrame) -> int:
    t = _st_stamp(df)
    return int(t[df["Value"] == "active"].dt.hour.value_counts().sort_index().idxmax())


_ST_QS = [
    Q(
        "how many times was the front door opened",
        _count(lambda df: int(((df["Device Name"] == "Front Door") & (df["Value"] == "open")).sum())),
        ("Device Name", "Value", "Capability", "Attribute"),
    ),
    Q(
        "avg temp in the bedroom?",
        _about(
            lambda df: _num(df.loc[(df["Room"] == "Bedroom") & (df["Capability"] == "temperature"), "Value"]).mean()
        ),
        ("Room", "Capability", "Attribute", "Value", "Unit", "Device Name"),
    ),
    Q(
        "which room has the most motion",
        _lead(_named(lambda df: _top(df.loc[df["Value"] == "active", "Room"].value_counts()))),
        ("Room", "Capability", "Attribute", "Value"),
    ),
    Q(
        "what time of day is there the most motion",
        _lead(_hour(_st_all_hour)),
        ("Date", "Time", "Capability", "Attribute", "Value"),
    ),
    Q(
        "and on weekends?",
        _lead(_hour(_st_motion_hour(True))),
        ("Date", "Time", "Capability", "Attribute", "Value"),
    ),
    Q(
        "which device has the lowest battery",
        _lead(either(_named(_st_battery(True)), _named(_st_battery(False)))),
        ("Device Name", "Capability", "Attribute", "Value", "Unit", "Date", "Time"),
    ),
]


# --- 3. Tonal workout history -------------------------------------------------------------------------------------

_TONAL_COACHES = {"Tanner": 30, "Allison": 18, "Trevor": 14, "Kristina": 12, "Paul": 9, "Liz": 8, "Ackeem": 7}
_TONAL_COACHES |= {"Nikki": 6, "Jackie": 5}
_TONAL_TITLES = {
    "Strength": ["Upper Body Push", "Lower Body Strength", "Full Body Power", "Back & Biceps", "Chest & Triceps"],
    "HIIT": ["Cardio Strength Burn", "HIIT Express", "Sweat Circuit", "Metcon Blast"],
    "Mobility": ["Hip Opener", "Post-Lift Recovery", "Mobility Flow"],
    "Yoga": ["Power Yoga", "Yoga for Lifters", "Evening Stretch Yoga"],
}
_TONAL_PROGRAMS = {
    "Strength": ["Strength Foundations", "12 Weeks to Jacked", "Power Up", "Bodybuilding Basics"],
    "HIIT": ["HIIT Bootcamp", "Shred"],
    "Mobility": ["Move Better"],
    "Yoga": ["Yoga Flow Series"],
}


def _tonal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22003)
    start, end = pd.Timestamp("2022-03-01"), pd.Timestamp("2024-06-30")
    rows = []
    d = start
    while d <= end:
        for _ in range(int(rng.choice([0, 1, 1, 2], p=[0.42, 0.3, 0.2, 0.08]))):
            kind = _one(rng, list(_TONAL_TITLES), [58, 20, 12, 10])
            coach = _one(rng, list(_TONAL_COACHES), list(_TONAL_COACHES.values()))
            progress = (d - start).days / 365
            dur = {"Strength": rng.normal(40, 7), "HIIT": rng.normal(25, 4), "Mobility": rng.normal(17, 4)}
            dur["Yoga"] = rng.normal(30, 6)
            minutes = int(max(round(dur[kind] + (4 if coach == "Tanner" else 0)), 8))
            sets = reps = 0
            volume, tut, prs = 0, 0.0, 0
            if kind in ("Strength", "HIIT"):
                sets = int(minutes * (0.45 if kind == "Strength" else 0.5) + rng.integers(-2, 3))
                reps = int(sets * rng.uniform(8, 11) if kind == "Strength" else sets * rng.uniform(12, 18))
                per_rep = (42 if kind == "Strength" else 18) * (1 + 0.12 * progress) * rng.lognormal(0, 0.1)
                volume = round(reps * per_rep)
                tut = round(minutes * (0.38 if kind == "Strength" else 0.3) * rng.uniform(0.85, 1.15), 1)
                prs = int(rng.poisson(max(0.9 - 0.25 * progress, 0.15))) if kind == "Strength" else 0
            program = _one(rng, _TONAL_PROGRAMS[kind]) if rng.random() < 0.6 else ""
            rows.append(
                {
                    "Date": f"{d.month}/{d.day}/{d.year}",
                    "Workout Title": _one(rng, _TONAL_TITLES[kind]),
                    "Program": program,
                    "Coach": coach,
                    "Duration (min)": minutes,
                    "Total Volume (lbs)": volume,
                    "Sets": sets,
                    "Reps": reps,
                    "Time Under Tension (min)": tut,
                    "Workout Type": kind,
                    "Avg Weight Per Rep (lbs)": round(volume / reps, 1) if reps else np.nan,
                    "Personal Records (count)": prs,
                }
            )
        d += pd.Timedelta(days=1)
    return pd.DataFrame(rows).iloc[::-1].reset_index(drop=True).replace("", np.nan)


def _tonal_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.year


def _tonal_top_coach(df: pd.DataFrame) -> str:
    return _top(df["Coach"].value_counts())


_TONAL_QS = [
    Q("how many workouts have i logged", _count(lambda df: len(df)), ("Date",)),
    Q(
        "total weight lifted all time?",
        _scaled(lambda df: float(df["Total Volume (lbs)"].sum()), _BIG, rel=0.002),
        ("Total Volume (lbs)",),
    ),
    Q(
        "who's my go-to coach",
        _lead(_named(_tonal_top_coach)),
        ("Coach",),
    ),
    Q(
        "how long are their workouts on average",
        _about(lambda df: df.loc[df["Coach"] == _tonal_top_coach(df), "Duration (min)"].mean(), rel=0.005),
        ("Coach", "Duration (min)"),
    ),
    Q(
        "how many PRs did i hit in 2023",
        either(
            _count(lambda df: int(df.loc[_tonal_year(df) == 2023, "Personal Records (count)"].sum())),
            _count(lambda df: int((df.loc[_tonal_year(df) == 2023, "Personal Records (count)"] > 0).sum())),
        ),
        ("Date", "Personal Records (count)"),
    ),
    Q(
        "is my avg weight per rep going up? show me by year",
        either(
            _about(lambda df: df.groupby(_tonal_year(df))["Avg Weight Per Rep (lbs)"].mean().to_numpy(), rel=0.005),
            _about(
                lambda df: (
                    df.groupby(_tonal_year(df))["Total Volume (lbs)"].sum() / df.groupby(_tonal_year(df))["Reps"].sum()
                ).to_numpy(),
                rel=0.005,
            ),
        ),
        ("Date", "Avg Weight Per Rep (lbs)", "Total Volume (lbs)", "Reps"),
    ),
]


# --- 4. Getaround host earnings -----------------------------------------------------------------------------------

# car: (plate, hourly rate, daily cap, weight)
_GA_CARS = {
    "2021 Tesla Model 3": ("8KDM214", 19.0, 120.0, 30),
    "2019 Toyota Prius": ("7XRT552", 11.0, 68.0, 34),
    "2017 Honda Civic": ("7FJP903", 9.5, 58.0, 22),
    "2020 Jeep Wrangler": ("8BNW447", 16.0, 105.0, 14),
}


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _getaround_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22004)
    rows = []
    ids = rng.choice(np.arange(10_000_000, 99_999_999), size=860, replace=False)
    for i in range(860):
        car = _one(rng, list(_GA_CARS), [v[3] for v in _GA_CARS.values()])
        plate, rate, cap, _ = _GA_CARS[car]
        start = pd.Timestamp("2023-01-01") + pd.Timedelta(hours=int(rng.integers(0, 546 * 24)))
        hours = float(np.clip(round(rng.lognormal(1.7, 0.9) * 2) / 2, 1, 96))
        days, rest = divmod(hours, 24)
        price = round(days * cap + min(rest * rate, cap), 2) * rng.uniform(0.95, 1.05)
        status = _one(rng, ["Completed", "Canceled by Guest", "Canceled by Host"], [86, 10, 4])
        miles: float = np.nan
        fuel, tolls, rating = 0.0, np.nan, np.nan
        if status == "Completed":
            earn, fee = 0.6 * price, 0.4 * price
            miles = int(max(rng.normal(11 * hours**0.8, 4 * hours**0.6), 1))
            if rng.random() < 0.2:
                fuel = round(rng.uniform(5, 45), 2)
            if rng.random() < 0.1:
                tolls = round(rng.uniform(2, 18), 2)
            if rng.random() < 0.72:
                rating = int(_one(rng, [5, 4, 3, 2, 1], [70, 18, 6, 3, 3]))
        elif status == "Canceled by Guest":
            earn, fee = 20.0, 0.0
        else:
            earn, fee = 0.0, 0.0
        rows.append(
            {
                "Trip ID": int(ids[i]),
                "Car": car,
                "License Plate": plate,
                "Trip Start": f"{start:%Y-%m-%d %H:%M}",
                "Trip End": f"{start + pd.Timedelta(hours=hours):%Y-%m-%d %H:%M}",
                "Trip Duration (hours)": hours,
                "Miles Driven": miles,
                "Trip Price": _money(price),
                "Host Earnings": _money(earn),
                "Getaround Fee": _money(fee),
                "Fuel Reimbursement": _money(fuel),
                "Tolls Reimbursement": _money(tolls) if tolls == tolls else "",
                "Status": status,
                "Rating": rating,
            }
        )
    df = pd.DataFrame(rows).sort_values("Trip Start", kind="stable").reset_index(drop=True)
    df["Miles Driven"] = df["Miles Driven"].astype("Int64")
    df["Rating"] = df["Rating"].astype("Int64")
    return df.replace("", np.nan)


def _ga_total(df: pd.DataFrame, extras: bool) -> pd.Series:
    out = _num(df["Host Earnings"])
    if extras:
        out = out + _num(df["Fuel Reimbursement"]).fillna(0) + _num(df["Tolls Reimbursement"]).fillna(0)
    return out


def _ga_done(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Status"] == "Completed"]


_GA_QS = [
    Q(
        "how much money have i made in total",
        either(
            _scaled(lambda df: float(_ga_total(df, False).sum()), _BIG, rel=0.002),
            _scaled(lambda df: float(_ga_total(df, True).sum()), _BIG, rel=0.002),
        ),
        ("Host Earnings", "Fuel Reimbursement", "Tolls Reimbursement", "Status"),
    ),
    Q(
        "which car earns the most",
        _lead(
            either(
                _named(lambda df: _top(_ga_total(df, False).groupby(df["Car"]).sum())),
                _named(lambda df: _top(_ga_total(df, True).groupby(df["Car"]).sum())),
            )
        ),
        ("Car", "Host Earnings", "License Plate"),
    ),
    Q(
        "what share of trips got canceled?",
        _share(lambda df: float(df["Status"].str.startswith("Canceled").mean())),
        ("Status",),
    ),
    Q(
        "how many of those did i cancel myself",
        _count(lambda df: int((df["Status"] == "Canceled by Host").sum())),
        ("Status",),
    ),
    Q(
        "what's my average rating",
        _about(lambda df: df["Rating"].mean(), rel=0.003),
        ("Rating",),
    ),
    Q(
        "do longer trips mean more miles? how correlated",
        _corr(lambda df: _ga_done(df)["Trip Duration (hours)"], lambda df: _ga_done(df)["Miles Driven"]),
        ("Trip Duration (hours)", "Miles Driven", "Status"),
    ),
]


# --- 5. Federal Register documents, 2023 --------------------------------------------------------------------------

# agency_names: (weight, share Rule, share Proposed Rule, docket prefix)
_FR_AGENCIES = {
    "Transportation Department; Federal Aviation Administration": (20, 0.45, 0.25, "FAA"),
    "Transportation Department; Federal Motor Carrier Safety Administration": (3, 0.1, 0.1, "FMCSA"),
    "Commerce Department; National Oceanic and Atmospheric Administration": (11, 0.25, 0.1, "NOAA"),
    "Commerce Department; International Trade Administration": (10, 0.0, 0.0, ""),
    "Environmental Protection Agency": (12, 0.3, 0.2, "EPA-HQ-OAR"),
    "Health and Human Services Department; Food and Drug Administration": (7, 0.08, 0.05, "FDA"),
    "Energy Department; Federal Energy Regulatory Commission": (9, 0.02, 0.01, "RM"),
    "Securities and Exchange Commission": (8, 0.04, 0.04, "SR"),
    "Agriculture Department; Animal and Plant Health Inspection Service": (5, 0.12, 0.1, "APHIS"),
    "Treasury Department; Internal Revenue Service": (6, 0.1, 0.1, "IRS"),
    "Homeland Security Department; Coast Guard": (6, 0.35, 0.15, "USCG"),
}
_FR_TITLES = {
    "Rule": [
        "Airworthiness Directives; The Boeing Company Airplanes",
        "Air Plan Approval; Ohio; Regional Haze",
        "Safety Zone; Fireworks Display, Lake Michigan",
        "Fisheries of the Exclusive Economic Zone Off Alaska",
    ],
    "Proposed Rule": [
        "Airworthiness Directives; Airbus SAS Airplanes",
        "National Emission Standards for Hazardous Air Pollutants",
        "Special Local Regulation; Ohio River",
        "Amendment of Class E Airspace",
    ],
    "Notice": [
        "Agency Information Collection Activities; Proposed Collection; Comment Request",
        "Combined Notice of Filings #1",
        "Sunshine Act Meetings",
        "Certain Steel Nails From Taiwan: Final Results of Antidumping Duty Administrative Review; 2021-2022",
        "Meeting of the Advisory Committee",
    ],
    "Presidential Document": [
        "Proclamation: National Day of Remembrance",
        "Executive Order: Advancing Equity",
        "Notice: Continuation of the National Emergency",
    ],
}
_FR_MONTH = {1: 0.9, 2: 0.95, 3: 1.05, 4: 0.95, 5: 1.0, 6: 0.98, 7: 0.92, 8: 1.1, 9: 1.02, 10: 0.97, 11: 0.93}
_FR_MONTH |= {12: 1.3}


def _fr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22005)
    days = pd.bdate_range("2023-01-03", "2023-12-29")
    p = np.array([_FR_MONTH[d.month] for d in days])
    pubs = np.sort(rng.choice(days, size=2600, p=p / p.sum()))
    agencies = list(_FR_AGENCIES)
    rows = []
    for i, pub in enumerate(pubs):
        pub = pd.Timestamp(pub)
        if rng.random() < 0.03:
            kind, agency, prefix = "Presidential Document", "Executive Office of the President", ""
        else:
            agency = _one(rng, agencies, [v[0] for v in _FR_AGENCIES.values()])
            _, pr_rule, pr_prop, prefix = _FR_AGENCIES[agency]
            kind = _one(rng, ["Rule", "Proposed Rule", "Notice"], [pr_rule, pr_prop, 1 - pr_rule - pr_prop])
        pages = {"Rule": rng.lognormal(1.4, 1.0), "Proposed Rule": rng.lognormal(2.0, 1.0)}
        pages |= {"Notice": rng.lognormal(0.5, 0.6), "Presidential Document": rng.uniform(1, 4)}
        sig = ""
        if kind in ("Rule", "Proposed Rule"):
            sig = "true" if rng.random() < (0.09 if kind == "Rule" else 0.14) else "false"
        docket = ""
        if prefix and (kind != "Notice" or rng.random() < 0.45):
            docket = f"{prefix}-2023-{int(rng.integers(1, 2000)):04d}"
        closes = ""
        if kind == "Proposed Rule" or (kind == "Notice" and rng.random() < 0.15):
            closes = f"{pub + pd.Timedelta(days=int(_one(rng, [30, 45, 60, 90], [5, 2, 4, 1]))):%Y-%m-%d}"
        rows.append(
            {
                "document_number": f"2023-{i * 10 + int(rng.integers(0, 10)) + 100:05d}",
                "title": _one(rng, _FR_TITLES[kind]),
                "type": kind,
                "agency_names": agency,
                "publication_date": f"{pub:%Y-%m-%d}",
                "effective_on": f"{pub + pd.Timedelta(days=int(rng.integers(0, 61))):%Y-%m-%d}"
                if kind == "Rule"
                else "",
                "page_length": max(int(pages[kind]), 1),
                "significant": sig,
                "docket_id": docket,
                "comments_close_on": closes,
            }
        )
    return pd.DataFrame(rows).replace("", np.nan)


def _fr_sig(df: pd.DataFrame) -> pd.Series:
    return df["significant"].astype(str).str.lower() == "true"


def _fr_agency_counts(df: pd.DataFrame) -> pd.Series:
    return df["agency_names"].str.split(";").explode().str.strip().value_counts()


_FR_QS = [
    Q(
        "how many final rules came out this year",
        _count(lambda df: int((df["type"] == "Rule").sum())),
        ("type", "publication_date"),
    ),
    Q(
        "what % of them were significant",
        _share(lambda df: float(_fr_sig(df)[df["type"] == "Rule"].mean())),
        ("type", "significant"),
    ),
    Q(
        "which agency put out the most documents",
        _lead(
            either(
                _named(lambda df: _top(_fr_agency_counts(df))),
                _named(lambda df: _top(_fr_agency_counts(df)[lambda s: ~s.index.str.endswith(" Department")])),
            )
        ),
        ("agency_names",),
    ),
    Q(
        "average page count for each type of document",
        _about(lambda df: df.groupby("type")["page_length"].mean().to_numpy(), rel=0.005),
        ("type", "page_length"),
    ),
    Q(
        "how many documents don't have a docket id",
        _count(lambda df: int(df["docket_id"].isna().sum())),
        ("docket_id",),
    ),
    Q(
        "which month was busiest?",
        _lead(_month(lambda df: int(_top(df["publication_date"].str[5:7].astype(int).value_counts())))),
        ("publication_date",),
    ),
]


# --- 6. Chicago West Nile virus mosquito test results -------------------------------------------------------------

_WNV_STREETS = ["W OHARE AIRPORT", "S STONY ISLAND AVE", "N PULASKI RD", "W FOSTER AVE", "S DOTY AVE", "N OAK PARK AVE"]
_WNV_STREETS += ["W 113TH ST", "S CICERO AVE", "N HARLEM AVE", "W ROSCOE ST", "S KEDZIE AVE", "E 130TH ST"]
_WNV_SPECIES = {"CULEX PIPIENS/RESTUANS": (55, 1.0), "CULEX RESTUANS": (25, 0.7), "CULEX PIPIENS": (15, 1.35)}
_WNV_SPECIES |= {"CULEX TERRITANS": (5, 0.15)}
_WNV_YEAR = {2019: 0.6, 2020: 1.1, 2021: 0.9, 2022: 0.8, 2023: 1.4}


def _wnv_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22006)
    traps = []
    for k in range(60):
        code = f"T{int(rng.integers(2, 240)):03d}" if k else "T114"
        kind = "CDC" if k == 0 else _one(rng, ["GRAVID", "CDC", "SENTINEL"], [82, 8, 10])
        block = f"{int(rng.integers(1, 130))}XX"
        lat, lon = 41.65 + rng.uniform(0, 0.35), -87.85 + rng.uniform(0, 0.3)
        traps.append((code, kind, f"{block} {_one(rng, _WNV_STREETS)}", lat, lon, rng.random() < 0.1))
    traps = list({t[0]: t for t in traps}.values())
    rows = []
    test_id = 45000
    for year, ymult in _WNV_YEAR.items():
        for week in range(22, 41):
            monday = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(weeks=week - 1)
            for code, kind, block, lat, lon, no_gps in traps:
                if rng.random() < 0.35:
                    continue
                day = monday + pd.Timedelta(days=int(rng.integers(0, 5)))
                for species in rng.choice(list(_WNV_SPECIES), size=int(rng.integers(1, 3)), replace=False):
                    n = int(np.clip(rng.lognormal(2.0, 1.0) * (2.5 if kind == "CDC" else 1.0), 1, 50))
                    season = np.exp(-(((week - 33) / 3.2) ** 2))
                    p = (
                        0.5
                        * season
                        * ymult
                        * _WNV_SPECIES[species][1]
                        * (0.5 + n / 50)
                        * (2.2 if code == "T114" else 1)
                    )
                    test_id += int(rng.integers(1, 4))
                    rows.append(
                        {
                            "SEASON YEAR": year,
                            "WEEK": week,
                            "TEST ID": test_id,
                            "BLOCK": block,
                            "TRAP": code,
                            "TRAP_TYPE": kind,
                            "TEST DATE": f"{day:%m/%d/%Y} 12:00:00 AM",
                            "NUMBER OF MOSQUITOES": n,
                            "RESULT": "positive" if rng.random() < min(p, 0.9) else "negative",
                            "SPECIES": species,
                            "LATITUDE": np.nan if no_gps else round(lat, 6),
                            "LONGITUDE": np.nan if no_gps else round(lon, 6),
                        }
                    )
    df = pd.DataFrame(rows)
    dups = df.sample(frac=0.01, random_state=np.random.RandomState(22006))
    return pd.concat([df, dups]).sort_values(["SEASON YEAR", "WEEK", "TEST ID"], kind="stable").reset_index(drop=True)


def _pos(df: pd.DataFrame) -> pd.Series:
    return df["RESULT"] == "positive"


def _dedup(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates("TEST ID")


def _species(value: Callable[[pd.DataFrame], str]) -> Check:
    """A species by name, not read inside a longer species name ("CULEX PIPIENS" in "CULEX PIPIENS/RESTUANS")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = value(df)
        for other in sorted(_WNV_SPECIES, key=len, reverse=True):
            if other != want and want.lower() in other.lower():
                answer = re.sub(re.escape(other).replace("/", r"\s*/\s*"), " ", answer, flags=re.IGNORECASE)
        return _named(lambda _: want)(answer, df)

    return check


def _wnv_top_trap(df: pd.DataFrame) -> str:
    return _top(df.loc[_pos(df), "TRAP"].value_counts())


_WNV_QS = [
    Q(
        "how many positive tests were there in 2023",
        either(
            _count(lambda df: int((_pos(df) & (df["SEASON YEAR"] == 2023)).sum())),
            _count(lambda df: int((_pos(_dedup(df)) & (_dedup(df)["SEASON YEAR"] == 2023)).sum())),
        ),
        ("RESULT", "SEASON YEAR", "TEST DATE", "TEST ID"),
    ),
    Q(
        "what's the positive rate each year",
        either(
            _shares(lambda df: _pos(df).groupby(df["SEASON YEAR"]).mean().to_numpy()),
            _shares(lambda df: _pos(_dedup(df)).groupby(_dedup(df)["SEASON YEAR"]).mean().to_numpy()),
        ),
        ("RESULT", "SEASON YEAR", "TEST DATE", "TEST ID"),
    ),
    Q(
        "which species tests positive most often",
        _lead(
            either(
                _species(lambda df: _top(_pos(df).groupby(df["SPECIES"]).mean())),
                _species(lambda df: _top(_pos(df).groupby(df["SPECIES"]).sum())),
            )
        ),
        ("SPECIES", "RESULT"),
    ),
    Q(
        "which trap had the most positives",
        _lead(_named(_wnv_top_trap)),
        ("TRAP", "RESULT", "BLOCK", "TEST ID"),
    ),
    Q(
        "what kind of trap is that",
        _named(lambda df: str(df.loc[df["TRAP"] == _wnv_top_trap(df), "TRAP_TYPE"].iloc[0])),
        ("TRAP", "TRAP_TYPE"),
    ),
    Q(
        "which week of the season usually has the most positives?",
        _lead(
            either(
                has(lambda df: int(_top(_pos(df).groupby(df["WEEK"]).sum())), rel=0.001),
                has(lambda df: int(_top(_pos(df).groupby(df["WEEK"]).mean())), rel=0.001),
            )
        ),
        ("WEEK", "RESULT", "SEASON YEAR", "TEST DATE"),
    ),
]


# --- 7. Great Lakes monthly mean water levels ---------------------------------------------------------------------

_GL_LAKES = {
    "Superior (m)": (183.42, 0.14, 0.13, 9),
    "Michigan-Huron (m)": (176.43, 0.18, 0.33, 7),
    "St. Clair (m)": (175.10, 0.20, 0.30, 7),
    "Erie (m)": (174.20, 0.20, 0.28, 6),
    "Ontario (m)": (74.72, 0.22, 0.20, 6),
}


def _gl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22007)
    n = (2023 - 1918 + 1) * 12
    months = np.tile(np.arange(1, 13), n // 12)
    common = np.zeros(n)
    for i in range(1, n):
        common[i] = 0.985 * common[i - 1] + rng.normal(0, 0.17)
    common /= common.std()
    df = pd.DataFrame({"year": np.repeat(np.arange(1918, 2024), 12), "month": months})
    for col, (base, seas, spread, peak) in _GL_LAKES.items():
        own = np.zeros(n)
        for i in range(1, n):
            own[i] = 0.97 * own[i - 1] + rng.normal(0, 0.25)
        own /= own.std()
        mix = 0.9 if col in ("St. Clair (m)", "Erie (m)") else 0.6
        level = base + spread * (mix * common + np.sqrt(1 - mix**2) * own)
        level += seas * np.cos((months - peak) / 12 * 2 * np.pi) + rng.normal(0, 0.02, n)
        df[col] = np.round(level, 2)
    df.loc[df.index[-3:], list(_GL_LAKES)] = np.nan
    return df


_GL_QS = [
    Q("what's lake erie's average level", _about(lambda df: df["Erie (m)"].mean(), rel=0.00002), ("Erie (m)",)),
    Q(
        "when was michigan-huron at its lowest",
        month_year(
            lambda df: pd.Timestamp(
                int(df.loc[df["Michigan-Huron (m)"].idxmin(), "year"]),
                int(df.loc[df["Michigan-Huron (m)"].idxmin(), "month"]),
                1,
            )
        ),
        ("year", "month", "Michigan-Huron (m)"),
    ),
    Q(
        "which year had the highest average for superior",
        _lead(_year(lambda df: int(_top(df.groupby("year")["Superior (m)"].mean())))),
        ("year", "Superior (m)"),
    ),
    Q(
        "do erie and st clair move together?",
        _corr(lambda df: df["Erie (m)"], lambda df: df["St. Clair (m)"]),
        ("Erie (m)", "St. Clair (m)"),
    ),
    Q(
        "how many months was michigan-huron above 176.9 m",
        _count(lambda df: int((df["Michigan-Huron (m)"] > 176.9).sum())),
        ("Michigan-Huron (m)", "year", "month"),
    ),
    Q(
        "and since 2000?",
        either(
            _count(lambda df: int(((df["Michigan-Huron (m)"] > 176.9) & (df["year"] >= 2000)).sum())),
            _count(lambda df: int(((df["Michigan-Huron (m)"] > 176.9) & (df["year"] > 2000)).sum())),
        ),
        ("Michigan-Huron (m)", "year", "month"),
    ),
]


HELDOUT220: list[Dataset] = [
    Dataset("sonarr_history", _sonarr_frame, _SONARR_QS),
    Dataset("smartthings_events", _smartthings_frame, _ST_QS),
    Dataset("tonal_workouts", _tonal_frame, _TONAL_QS),
    Dataset("getaround_trips", _getaround_frame, _GA_QS),
    Dataset("federal_register_2023", _fr_frame, _FR_QS),
    Dataset("chicago_wnv_mosquitoes", _wnv_frame, _WNV_QS),
    Dataset("great_lakes_levels", _gl_frame, _GL_QS),
]
