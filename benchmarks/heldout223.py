"""HELDOUT223: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Radarr
movie library export (900 movies) with Title, Year, Studio, Genres a comma separated list ("Action, Adventure,
Science Fiction"), "Runtime (min)" (0 where Radarr has no runtime), Certification G / PG / PG-13 / R / NR (blank for
some), Monitored and "Has File" written true / false, Quality ("Bluray-1080p", "WEBDL-2160p", ...; blank when there
is no file), "Size On Disk (GB)" with two decimals (0 without a file), Added as "2021-03-14T18:22:05Z", "In Cinemas"
and "Digital Release" as "2019-05-03" (blank for some), "IMDb Rating" with one decimal (blank for some) and "Root
Folder" ("/movies", "/movies-4k", "/kids"); a Tesla app Powerwall energy history (daily, January 2023 to June 2024)
with Date as "2023-01-01", "Home (kWh)", "Solar Energy (kWh)", "From Powerwall (kWh)", "To Powerwall (kWh)", "From
Grid (kWh)", "To Grid (kWh)" with one decimal, "Self-Powered (%)" as a whole number, "Backup Events" (a count, mostly
0) and "Storm Watch Activated" Yes / No, with a few days blank where the gateway was offline; a uHoo indoor air
export (hourly, January-March 2024, two devices "Living Room" and "Bedroom") with Timestamp as "2024-01-01
00:00:00", "Device Name", "Temperature (°C)", "Relative Humidity (%)", "PM2.5 (µg/m³)", "TVOC (ppb)", "CO2 (ppm)",
"CO (ppm)", "Air Pressure (hPa)", "Ozone (ppb)", "NO2 (ppb)", "Virus Index (1-10)", "Mold Index (1-10)", with hours
where a device was offline written with every reading blank; a Feedly saved-articles export (640 articles) with
Title, Source (the feed's name), Author (blank for some), Published and "Saved At" as "2024-03-14T09:12:00Z",
Board ("Read Later", "AI Research", "Product", "Security", "Design"), Tags a comma separated list (blank for some),
URL, "Read Time (min)", Engagement (Feedly's popularity score, blank for some) and Annotated Yes / No; FOIA.gov
annual report data (FY 2008-2023, 24 agencies, one row per agency per year plus an "All Agencies" total row per year)
with "Fiscal Year", Agency (full names, "Department of Homeland Security"), "Requests Received", "Requests
Processed", "Full Grants", "Partial Grants/Partial Denials", "Full Denials Based on Exemptions", "No Records",
"Backlog at End of Year", "Median Days Simple" and "Median Days Complex" (one decimal, "N/A" where an agency had no
such requests), "Total Costs (USD)" with cents and "Full-Time FOIA Staff" with one decimal; NYC DOT automated
traffic volume counts (15-minute counts, nine segments, two or three days each, one or both directions) with
RequestID, Boro (Manhattan, Brooklyn, Queens, Bronx, Staten Island), Yr, M, D, HH, MM, Vol, SegmentID, WktGeom
("POINT (987654.3 204567.8)" in state plane feet), upper-case street, fromSt and toSt, and Direction NB / SB / EB /
WB; and North Dakota NDIC monthly production by well (2022-2023, 150 wells) with "Report Date" as "1/1/2023", "API
Well No" as "33-053-03456-00-00", upper-case "Well Name", Operator ("CONTINENTAL RESOURCES, INC."), County, Field,
Pool (BAKKEN, THREE FORKS, MADISON, RED RIVER), "Oil (BBLS)", "Water (BBLS)", "Gas (MCF)", "Days Produced" and
"Well Status" A / IA / PA (inactive and plugged wells report zeros). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share
from .offline_eval import Check, Dataset, Q, either, has, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6, 1e9)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("N/A", blanks and commas read as missing or dropped)."""
    return pd.to_numeric(df[col].astype("string").str.replace(",", "").str.strip(), errors="coerce")


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    """A true / false or Yes / No column as booleans."""
    return df[col].astype(str).str.strip().str.lower().isin(["true", "yes", "1", "1.0"])


def _listed(s: pd.Series) -> pd.Series:
    """A comma separated list column, one item per row."""
    return s.dropna().astype(str).str.split(",").explode().str.strip().loc[lambda x: x != ""]


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "5 PM", "5pm", "5:00 p.m.", "17:00", "hour 17", "HH 17"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "a\\.?m\\.?" if h < 12 else "p\\.?m\\.?"
        patterns = [
            rf"(?<![\d:]){h12}(?::00)?\s*{half}",
            rf"(?<![\d:.]){h:02d}:00",
            rf"(?<![\d:.]){h}:00",
            rf"\bhour\s+{h}\b",
            rf"\bHH\W{{0,4}}{h}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Radarr movie library export -------------------------------------------------------------------------------

_RADARR_STUDIOS = {"Warner Bros. Pictures": 16, "Universal Pictures": 14, "Paramount Pictures": 11}
_RADARR_STUDIOS |= {"Walt Disney Pictures": 10, "Columbia Pictures": 10, "20th Century Fox": 9, "Lionsgate": 7}
_RADARR_STUDIOS |= {"A24": 6, "Pixar": 4, "Legendary Pictures": 5, "Blumhouse Productions": 5, "Netflix": 3}
_RADARR_GENRES = {"Drama": 30, "Action": 22, "Comedy": 20, "Thriller": 16, "Adventure": 14, "Science Fiction": 11}
_RADARR_GENRES |= {"Horror": 9, "Animation": 7, "Family": 7, "Crime": 10, "Fantasy": 8, "Romance": 6, "Mystery": 5}
_RADARR_WORDS = ["Last", "Dark", "Night", "City", "Storm", "Shadow", "Return", "Lost", "Silent", "Red", "Iron"]
_RADARR_WORDS += ["Kingdom", "Dream", "Edge", "Fire", "Glass", "River", "Winter", "Ghost", "Echo", "Star", "Machine"]
_RADARR_QUAL = {"Bluray-1080p": 40, "WEBDL-1080p": 25, "Bluray-2160p": 10, "WEBDL-2160p": 8, "Remux-1080p": 5}
_RADARR_QUAL |= {"HDTV-720p": 4, "Bluray-720p": 6, "DVD": 2}
_RADARR_GB = {"Bluray-1080p": 11, "WEBDL-1080p": 5.5, "Bluray-2160p": 48, "WEBDL-2160p": 18, "Remux-1080p": 30}
_RADARR_GB |= {"HDTV-720p": 2.2, "Bluray-720p": 6.5, "DVD": 4.4}


def _radarr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22301)
    rows = []
    used: set[str] = set()
    while len(rows) < 900:
        w = rng.choice(_RADARR_WORDS, size=int(rng.integers(1, 4)), replace=False)
        title = "The " + " ".join(w) if rng.random() < 0.4 else " ".join(w)
        if rng.random() < 0.1:
            title += f" {int(rng.integers(2, 4))}"
        if title in used:
            continue
        used.add(title)
        year = int(min(2024, 1970 + rng.beta(4, 1.3) * 55))
        k = int(rng.choice([1, 2, 3], p=[0.3, 0.45, 0.25]))
        names = list(_RADARR_GENRES)
        p = np.array(list(_RADARR_GENRES.values()), dtype=float)
        genres = list(rng.choice(names, size=k, replace=False, p=p / p.sum()))
        family = "Animation" in genres or "Family" in genres
        cert = (
            _one(rng, ["G", "PG"], [1, 3]) if family else _one(rng, ["PG", "PG-13", "R", "NR", ""], [6, 40, 42, 6, 6])
        )
        runtime = int(np.clip(rng.normal(95 if family else 114, 16), 72, 190)) if rng.random() > 0.03 else 0
        rating_base = {"G": 6.7, "PG": 6.3, "PG-13": 6.2, "R": 6.6, "NR": 6.0, "": 5.8}[cert]
        rating = round(float(np.clip(rng.normal(rating_base + 0.15 * ("Drama" in genres), 0.8), 2.0, 9.3)), 1)
        has_file = rng.random() < (0.83 if year < 2023 else 0.45)
        monitored = True if not has_file and rng.random() < 0.7 else rng.random() < 0.85
        qual = _one(rng, list(_RADARR_QUAL), list(_RADARR_QUAL.values())) if has_file else ""
        size = round(float(_RADARR_GB[qual] * rng.uniform(0.7, 1.35) * runtime / 115), 2) if has_file else 0.0
        if has_file and runtime == 0:
            size = round(float(_RADARR_GB[qual] * rng.uniform(0.7, 1.35)), 2)
        root = "/kids" if family and rng.random() < 0.7 else ("/movies-4k" if "2160p" in qual else "/movies")
        added = pd.Timestamp("2020-06-01") + pd.Timedelta(seconds=int(rng.integers(0, 4 * 365 * 86400)))
        cinemas = pd.Timestamp(year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
        digital = cinemas + pd.Timedelta(days=int(rng.integers(30, 120)))
        rows.append(
            {
                "Title": title,
                "Year": year,
                "Studio": _one(rng, list(_RADARR_STUDIOS), list(_RADARR_STUDIOS.values())),
                "Genres": ", ".join(genres),
                "Runtime (min)": runtime,
                "Certification": cert,
                "Monitored": "true" if monitored else "false",
                "Has File": "true" if has_file else "false",
                "Quality": qual,
                "Size On Disk (GB)": size,
                "Added": f"{added:%Y-%m-%dT%H:%M:%SZ}",
                "In Cinemas": f"{cinemas:%Y-%m-%d}" if rng.random() > 0.05 else "",
                "Digital Release": f"{digital:%Y-%m-%d}" if year >= 2000 and rng.random() > 0.15 else "",
                "IMDb Rating": rating if rng.random() > 0.04 else np.nan,
                "Root Folder": root,
            }
        )
    return pd.DataFrame(rows).sort_values("Title", kind="stable").reset_index(drop=True).replace("", np.nan)


def _no_file(df: pd.DataFrame) -> pd.Series:
    return ~_flag(df, "Has File")


def _cert_means(df: pd.DataFrame) -> Any:
    return df.groupby("Certification")["IMDb Rating"].mean().to_numpy()


_RADARR_QS = [
    Q("how many movies are in my library", _count(lambda df: len(df)), ("Title",)),
    Q(
        "how much disk space are they taking up?",
        _scaled(lambda df: df["Size On Disk (GB)"].sum(), (1e3, 1024, 1e-3), rel=0.002),
        ("Size On Disk (GB)",),
    ),
    Q(
        "what % of movies don't have a file yet",
        _share(lambda df: float(_no_file(df).mean())),
        ("Has File",),
    ),
    Q(
        "how many of those are still monitored",
        _count(lambda df: int((_no_file(df) & _flag(df, "Monitored")).sum())),
        ("Has File", "Monitored"),
    ),
    Q(
        "which genre do i have the most of?",
        _lead(_named(lambda df: _top(_listed(df["Genres"]).value_counts()))),
        ("Genres",),
    ),
    Q(
        "average imdb rating for each age rating",
        has(_cert_means, rel=0.01),
        ("IMDb Rating", "Certification"),
    ),
]


# --- 2. Tesla Powerwall energy history (daily) --------------------------------------------------------------------


def _powerwall_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22302)
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    storms = set(rng.choice(len(days), size=14, replace=False).tolist())
    offline = set(rng.choice(len(days), size=9, replace=False).tolist())
    rows = []
    for i, d in enumerate(days):
        season = np.cos(2 * np.pi * (d.dayofyear - 172) / 365.25)
        cloud = rng.beta(5, 2) if rng.random() > 0.15 else rng.uniform(0.05, 0.4)
        solar = max(0.0, (30 + 18 * season) * cloud * (1.03 if d.year == 2024 else 1.0))
        home = max(12.0, 34 - 8 * season + 9 * max(season, 0) ** 3 + rng.normal(0, 4))
        to_pw = min(13.5, solar * rng.uniform(0.3, 0.5))
        from_pw = to_pw * 0.9
        direct = min(solar - to_pw, home * rng.uniform(0.35, 0.55))
        to_grid = max(0.0, solar - to_pw - direct)
        from_grid = max(0.0, home - direct - from_pw)
        self_pct = round(100 * (1 - from_grid / home))
        storm = i in storms
        backup = int(rng.poisson(1.4)) if storm or rng.random() < 0.02 else 0
        if i in offline:
            rows.append({"Date": f"{d:%Y-%m-%d}", "Storm Watch Activated": "No"})
            continue
        rows.append(
            {
                "Date": f"{d:%Y-%m-%d}",
                "Home (kWh)": round(home, 1),
                "Solar Energy (kWh)": round(solar, 1),
                "From Powerwall (kWh)": round(from_pw, 1),
                "To Powerwall (kWh)": round(to_pw, 1),
                "From Grid (kWh)": round(from_grid, 1),
                "To Grid (kWh)": round(to_grid, 1),
                "Self-Powered (%)": self_pct,
                "Backup Events": backup,
                "Storm Watch Activated": "Yes" if storm else "No",
            }
        )
    return pd.DataFrame(rows).astype({"Self-Powered (%)": "Int64", "Backup Events": "Int64"})


def _pw_year(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return df[pd.to_datetime(df["Date"]).dt.year == year]


def _pw_best_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Date"]).dt.to_period("M")
    return df.groupby(months)["Solar Energy (kWh)"].sum().idxmax().to_timestamp()


_POWERWALL_QS = [
    Q(
        "how much solar did we generate in 2023",
        _scaled(lambda df: _pw_year(df, 2023)["Solar Energy (kWh)"].sum(), (1e3,), rel=0.002),
        ("Date", "Solar Energy (kWh)"),
    ),
    Q(
        "and this year so far?",
        _scaled(lambda df: _pw_year(df, 2024)["Solar Energy (kWh)"].sum(), (1e3,), rel=0.002),
        ("Date", "Solar Energy (kWh)"),
    ),
    Q(
        "which month had the most solar",
        month_year(_pw_best_month),
        ("Date", "Solar Energy (kWh)"),
    ),
    Q(
        "how self powered are we on average?",
        either(
            _about(lambda df: df["Self-Powered (%)"].mean()),
            _about(lambda df: 100 * (1 - df["From Grid (kWh)"].sum() / df["Home (kWh)"].sum())),
        ),
        ("Self-Powered (%)",),
    ),
    Q(
        "how many times did the power go out?",
        either(
            _count(lambda df: int(df["Backup Events"].sum())),
            _count(lambda df: int((df["Backup Events"] > 0).sum())),
        ),
        ("Backup Events", "Date"),
    ),
    Q(
        "how many days was storm watch on",
        _count(lambda df: int(_flag(df, "Storm Watch Activated").sum())),
        ("Storm Watch Activated", "Date"),
    ),
]


# --- 3. uHoo indoor air quality (hourly) --------------------------------------------------------------------------

_UHOO_READINGS = ["Temperature (°C)", "Relative Humidity (%)", "PM2.5 (µg/m³)", "TVOC (ppb)", "CO2 (ppm)"]
_UHOO_READINGS += ["CO (ppm)", "Air Pressure (hPa)", "Ozone (ppb)", "NO2 (ppb)", "Virus Index (1-10)"]
_UHOO_READINGS += ["Mold Index (1-10)"]


def _uhoo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22303)
    hours = pd.date_range("2024-01-01 00:00", "2024-03-31 23:00", freq="h")
    pressure = 1013 + np.cumsum(rng.normal(0, 0.4, len(hours))).clip(-25, 25)
    cook_days = set(rng.choice(91, size=25, replace=False).tolist())
    smoky_day = 47
    rows = []
    for device in ("Living Room", "Bedroom"):
        out = rng.random(len(hours)) < 0.012
        gap = int(rng.integers(100, len(hours) - 60))
        out[gap : gap + int(rng.integers(20, 40))] = True
        for i, t in enumerate(hours):
            row: dict[str, Any] = {"Timestamp": f"{t:%Y-%m-%d %H:%M:%S}", "Device Name": device}
            if out[i]:
                rows.append(row)
                continue
            h = t.hour
            day = (t - hours[0]).days
            asleep = h >= 23 or h < 7
            if device == "Bedroom":
                co2 = 520 + (560 if asleep else 40) + rng.normal(0, 90)
            else:
                co2 = 540 + (260 if 17 <= h <= 22 else 60) + rng.normal(0, 80)
            pm = rng.lognormal(1.6, 0.45)
            if day in cook_days and 18 <= h <= 20 and device == "Living Room":
                pm += rng.uniform(15, 45)
            if day == smoky_day and 10 <= h <= 21:
                pm += rng.uniform(60, 140)
            hum = float(np.clip(rng.normal(41 + (6 if device == "Bedroom" else 0) + 4 * asleep, 5), 18, 80))
            mold = int(np.clip(round((hum - 30) / 5 + rng.normal(0, 1)), 1, 10))
            row |= {
                "Temperature (°C)": round(float(rng.normal(20.5 if asleep else 22, 0.8)), 1),
                "Relative Humidity (%)": round(hum, 1),
                "PM2.5 (µg/m³)": round(float(pm), 1),
                "TVOC (ppb)": int(max(0, rng.normal(180 + 0.2 * (co2 - 500), 60))),
                "CO2 (ppm)": int(max(400, co2)),
                "CO (ppm)": round(float(max(0.0, rng.normal(0.3, 0.25))), 1),
                "Air Pressure (hPa)": round(float(pressure[i]), 1),
                "Ozone (ppb)": round(float(max(0.0, rng.normal(12, 4))), 1),
                "NO2 (ppb)": round(float(max(0.0, rng.normal(9, 5))), 1),
                "Virus Index (1-10)": int(np.clip(round((50 - hum) / 6 + rng.normal(2, 1)), 1, 10)),
                "Mold Index (1-10)": mold,
            }
            rows.append(row)
    df = pd.DataFrame(rows).sort_values(["Timestamp", "Device Name"], kind="stable").reset_index(drop=True)
    for c in ("TVOC (ppb)", "CO2 (ppm)", "Virus Index (1-10)", "Mold Index (1-10)"):
        df[c] = df[c].astype("Int64")
    return df


def _uhoo_room(df: pd.DataFrame, room: str) -> pd.DataFrame:
    return df[df["Device Name"] == room]


def _uhoo_pm_day(daily: bool) -> Callable[[pd.DataFrame], Any]:
    def day(df: pd.DataFrame) -> Any:
        dates = pd.to_datetime(df["Timestamp"]).dt.normalize()
        if daily:
            return df.groupby(dates)["PM2.5 (µg/m³)"].mean().idxmax()
        return dates.loc[df["PM2.5 (µg/m³)"].idxmax()]

    return day


_UHOO_QS = [
    Q(
        "what's the average co2 in each room?",
        has(lambda df: df.groupby("Device Name")["CO2 (ppm)"].mean().to_numpy(), rel=0.005),
        ("CO2 (ppm)", "Device Name"),
    ),
    Q(
        "how many hours was co2 above 1000 in the bedroom",
        _count(lambda df: int((_uhoo_room(df, "Bedroom")["CO2 (ppm)"] > 1000).sum())),
        ("CO2 (ppm)", "Device Name", "Timestamp"),
    ),
    Q(
        "and in the living room?",
        _count(lambda df: int((_uhoo_room(df, "Living Room")["CO2 (ppm)"] > 1000).sum())),
        ("CO2 (ppm)", "Device Name", "Timestamp"),
    ),
    Q(
        "which day had the worst pm2.5",
        either(_day(_uhoo_pm_day(True)), _day(_uhoo_pm_day(False))),
        ("PM2.5 (µg/m³)", "Timestamp"),
    ),
    Q(
        "is humidity linked to the mold index?",
        _corr(lambda df: df["Relative Humidity (%)"], lambda df: df["Mold Index (1-10)"].astype(float)),
        ("Relative Humidity (%)", "Mold Index (1-10)"),
    ),
    Q(
        "how many readings are missing",
        either(
            _count(lambda df: int(df["CO2 (ppm)"].isna().sum())),
            _count(lambda df: int(df[_UHOO_READINGS].isna().sum().sum())),
        ),
        ("Timestamp", "Device Name", *_UHOO_READINGS),
    ),
]


# --- 4. Feedly saved articles -------------------------------------------------------------------------------------

_FEEDLY_SOURCES = {"Hacker News": 22, "The Verge": 12, "Ars Technica": 10, "Stratechery": 5, "Krebs on Security": 6}
_FEEDLY_SOURCES |= {"MIT Technology Review": 8, "Smashing Magazine": 6, "Lenny's Newsletter": 7, "TechCrunch": 9}
_FEEDLY_SOURCES |= {"Simon Willison's Weblog": 8, "The Pragmatic Engineer": 7}
_FEEDLY_BOARDS = {"Read Later": 45, "AI Research": 18, "Product": 14, "Security": 12, "Design": 11}
_FEEDLY_TAGS = {"Read Later": ["to-read", "longform"], "AI Research": ["llm", "ml", "papers"]}
_FEEDLY_TAGS |= {"Product": ["pm", "growth", "strategy"], "Security": ["infosec", "breach"]}
_FEEDLY_TAGS |= {"Design": ["ux", "css"]}
_FEEDLY_AUTHORS = ["Ben Thompson", "Brian Krebs", "Simon Willison", "Gergely Orosz", "Lenny Rachitsky"]
_FEEDLY_AUTHORS += ["Casey Newton", "Will Douglas Heaven", "Dan Goodin", "Sarah Perez", "Nilay Patel"]
_FEEDLY_WORDS = ["How", "Why", "AI", "Agents", "Privacy", "Startups", "Pricing", "Design", "Systems", "Breach"]
_FEEDLY_WORDS += ["Future", "Open", "Source", "Models", "Search", "Growth", "Teams", "Lessons", "Browser", "Data"]


def _feedly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22304)
    rows = []
    for i in range(640):
        board = _one(rng, list(_FEEDLY_BOARDS), list(_FEEDLY_BOARDS.values()))
        source = _one(rng, list(_FEEDLY_SOURCES), list(_FEEDLY_SOURCES.values()))
        month_w = [6, 7, 9, 8, 10, 16, 9, 8, 7]
        saved = pd.Timestamp(2024, 1 + int(_one(rng, list(range(9)), month_w)), 1) + pd.Timedelta(
            minutes=int(rng.integers(0, 28 * 1440))
        )
        published = saved - pd.Timedelta(minutes=int(rng.gamma(1.2, 1800)))
        tags = [t for t in _FEEDLY_TAGS[board] if rng.random() < 0.55]
        if rng.random() < 0.3:
            tags.append("to-read")
        tags = list(dict.fromkeys(tags))
        read = int(np.clip(rng.gamma(2.2, 3.2 if board != "AI Research" else 5.0), 1, 60))
        title = " ".join(rng.choice(_FEEDLY_WORDS, size=int(rng.integers(3, 7)), replace=False))
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower())
        host = re.sub(r"[^a-z]+", "", source.lower())
        rows.append(
            {
                "Title": title,
                "Source": source,
                "Author": _one(rng, _FEEDLY_AUTHORS) if rng.random() > 0.2 else "",
                "Published": f"{published:%Y-%m-%dT%H:%M:00Z}",
                "Saved At": f"{saved:%Y-%m-%dT%H:%M:00Z}",
                "Board": board,
                "Tags": ", ".join(tags),
                "URL": f"https://{host}.com/{published:%Y/%m}/{slug}-{i}",
                "Read Time (min)": read,
                "Engagement": int(rng.lognormal(5, 1.2)) if rng.random() > 0.08 else np.nan,
                "Annotated": "Yes" if rng.random() < 0.18 else "No",
            }
        )
    df = pd.DataFrame(rows).sort_values("Saved At", ascending=False, kind="stable").reset_index(drop=True)
    df["Engagement"] = df["Engagement"].astype("Int64")
    return df.replace("", np.nan)


def _feedly_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Saved At"]).dt.tz_localize(None).dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


_FEEDLY_QS = [
    Q(
        "which site do i save the most stuff from",
        _lead(_named(lambda df: _top(df["Source"].value_counts()))),
        ("Source",),
    ),
    Q(
        "what percent of my saved articles did i annotate?",
        _share(lambda df: float(_flag(df, "Annotated").mean())),
        ("Annotated",),
    ),
    Q(
        "most used tag?",
        _lead(_named(lambda df: _top(_listed(df["Tags"]).value_counts()))),
        ("Tags",),
    ),
    Q(
        "avg read time",
        either(_about(lambda df: df["Read Time (min)"].mean()), _about(lambda df: df["Read Time (min)"].median())),
        ("Read Time (min)",),
    ),
    Q(
        "which board has the longest reads on average",
        _lead(_named(lambda df: _top(df.groupby("Board")["Read Time (min)"].mean()))),
        ("Board", "Read Time (min)"),
    ),
    Q(
        "which month did i save the most articles",
        month_year(_feedly_month),
        ("Saved At",),
    ),
]


# --- 5. FOIA.gov annual report data by agency ---------------------------------------------------------------------

# Agency: (requests received in 2008, growth a year, share granted in full, complex median days)
_FOIA_AGENCIES = {
    "Department of Homeland Security": (108000, 0.11, 0.12, 60),
    "Department of Justice": (62000, 0.02, 0.18, 120),
    "Department of Veterans Affairs": (78000, 0.03, 0.45, 35),
    "Department of Defense": (60000, 0.00, 0.30, 140),
    "Department of Health and Human Services": (48000, 0.03, 0.40, 70),
    "Department of Agriculture": (17000, 0.01, 0.35, 50),
    "Department of Labor": (16000, 0.02, 0.42, 40),
    "Department of State": (8000, 0.05, 0.10, 300),
    "Department of the Treasury": (18000, 0.00, 0.25, 55),
    "Department of the Interior": (6000, 0.03, 0.35, 45),
    "Department of Transportation": (8500, 0.02, 0.33, 60),
    "Department of Commerce": (2300, 0.02, 0.30, 50),
    "Department of Energy": (2000, 0.00, 0.40, 80),
    "Department of Education": (2200, 0.03, 0.28, 45),
    "Department of Housing and Urban Development": (3000, 0.02, 0.25, 40),
    "Environmental Protection Agency": (9500, 0.01, 0.38, 60),
    "Securities and Exchange Commission": (11000, 0.00, 0.15, 30),
    "Social Security Administration": (24000, 0.02, 0.50, 25),
    "National Aeronautics and Space Administration": (1300, 0.00, 0.45, 35),
    "Nuclear Regulatory Commission": (500, 0.00, 0.50, 40),
    "Office of Personnel Management": (9000, 0.02, 0.70, 20),
    "Federal Trade Commission": (1400, 0.03, 0.20, 30),
    "Central Intelligence Agency": (3500, -0.01, 0.02, 280),
    "Small Business Administration": (1000, 0.02, 0.30, 30),
}
_FOIA_NUMS = ["Requests Received", "Requests Processed", "Full Grants", "Partial Grants/Partial Denials"]
_FOIA_NUMS += ["Full Denials Based on Exemptions", "No Records", "Backlog at End of Year"]


def _foia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22305)
    rows = []
    for year in range(2008, 2024):
        t = year - 2008
        year_rows = []
        for agency, (base, growth, full, complex_days) in _FOIA_AGENCIES.items():
            covid = 0.85 if year in (2020, 2021) else 1.0
            received = int(base * (1 + growth) ** t * covid * rng.lognormal(0, 0.06))
            processed = int(received * rng.uniform(0.9, 1.05))
            fg = int(processed * float(np.clip(rng.normal(full, 0.03), 0.01, 0.9)))
            pg = int(processed * rng.uniform(0.2, 0.4))
            fd = int(processed * rng.uniform(0.02, 0.08))
            nr = int(processed * rng.uniform(0.08, 0.2))
            backlog_share = 0.04 + 0.012 * t + (0.25 if agency == "Department of State" else 0.0)
            staff = round(max(1.0, received / rng.uniform(600, 1100)), 1)
            simple = round(float(rng.uniform(4, 30)), 1)
            cmplx = round(float(complex_days * rng.lognormal(0, 0.2) * (1.3 if year >= 2020 else 1.0)), 1)
            year_rows.append(
                {
                    "Fiscal Year": year,
                    "Agency": agency,
                    "Requests Received": received,
                    "Requests Processed": processed,
                    "Full Grants": fg,
                    "Partial Grants/Partial Denials": pg,
                    "Full Denials Based on Exemptions": fd,
                    "No Records": nr,
                    "Backlog at End of Year": int(received * backlog_share * rng.uniform(0.7, 1.3)),
                    "Median Days Simple": simple if rng.random() > 0.04 else "N/A",
                    "Median Days Complex": cmplx if base > 1500 or rng.random() > 0.3 else "N/A",
                    "Total Costs (USD)": round(float(staff * rng.uniform(105000, 150000)), 2),
                    "Full-Time FOIA Staff": staff,
                }
            )
        frame = pd.DataFrame(year_rows)
        total: dict[str, Any] = {"Fiscal Year": year, "Agency": "All Agencies"}
        total |= {c: int(frame[c].sum()) for c in _FOIA_NUMS}
        total |= {"Median Days Simple": "N/A", "Median Days Complex": "N/A"}
        total |= {"Total Costs (USD)": round(float(frame["Total Costs (USD)"].sum()), 2)}
        total |= {"Full-Time FOIA Staff": round(float(frame["Full-Time FOIA Staff"].sum()), 1)}
        rows += [*year_rows, total]
    return pd.DataFrame(rows)


def _foia_agencies(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Agency"] != "All Agencies"]


def _foia_fy(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return _foia_agencies(df)[_foia_agencies(df)["Fiscal Year"] == year]


def _foia_full_share(agency: str | None) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = _foia_fy(df, 2023)
        if agency:
            d = d[d["Agency"] == agency]
        return float(d["Full Grants"].sum() / d["Requests Processed"].sum())

    return rate


_FOIA_QS = [
    Q(
        "how many foia requests did the government get in 2023",
        _count(lambda df: int(_foia_fy(df, 2023)["Requests Received"].sum())),
        ("Fiscal Year", "Requests Received", "Agency"),
    ),
    Q(
        "which agency gets the most requests?",
        _lead(_named(lambda df: _top(_foia_agencies(df).groupby("Agency")["Requests Received"].sum()))),
        ("Agency", "Requests Received", "Fiscal Year"),
    ),
    Q(
        "what year was the backlog biggest",
        _lead(_named(lambda df: _top(_foia_agencies(df).groupby("Fiscal Year")["Backlog at End of Year"].sum()))),
        ("Fiscal Year", "Backlog at End of Year", "Agency"),
    ),
    Q(
        "what share of processed requests were fully granted in 2023?",
        _share(_foia_full_share(None)),
        ("Fiscal Year", "Full Grants", "Requests Processed", "Agency"),
    ),
    Q(
        "and just for the justice department?",
        _share(_foia_full_share("Department of Justice")),
        ("Fiscal Year", "Full Grants", "Requests Processed", "Agency"),
    ),
    Q(
        "do agencies with more foia staff spend more? correlation",
        either(
            _corr(
                lambda df: _foia_agencies(df)["Full-Time FOIA Staff"],
                lambda df: _foia_agencies(df)["Total Costs (USD)"],
            ),
            _corr(lambda df: df["Full-Time FOIA Staff"], lambda df: df["Total Costs (USD)"]),
        ),
        ("Full-Time FOIA Staff", "Total Costs (USD)", "Agency"),
    ),
]


# --- 6. NYC DOT automated traffic volume counts -------------------------------------------------------------------

# (street, fromSt, toSt, Boro, SegmentID, directions, peak volume per 15 minutes, start day)
_ATVC_SEGMENTS = [
    ("ATLANTIC AVENUE", "FLATBUSH AVENUE", "4 AVENUE", "Brooklyn", 33872, ("EB", "WB"), 190, "2023-04-18"),
    ("BROADWAY", "W 96 STREET", "W 97 STREET", "Manhattan", 34011, ("SB",), 160, "2023-05-09"),
    ("QUEENS BOULEVARD", "63 DRIVE", "64 ROAD", "Queens", 71204, ("EB", "WB"), 310, "2023-03-14"),
    ("GRAND CONCOURSE", "E 161 STREET", "E 163 STREET", "Bronx", 81455, ("NB", "SB"), 170, "2023-06-06"),
    ("HYLAN BOULEVARD", "GUYON AVENUE", "TYSENS LANE", "Staten Island", 9123, ("NB", "SB"), 140, "2023-04-25"),
    ("BEDFORD AVENUE", "N 7 STREET", "N 8 STREET", "Brooklyn", 30344, ("NB",), 60, "2023-09-12"),
    ("AMSTERDAM AVENUE", "W 110 STREET", "W 111 STREET", "Manhattan", 35120, ("NB",), 150, "2023-10-03"),
    ("OCEAN PARKWAY", "AVENUE J", "AVENUE K", "Brooklyn", 31877, ("NB", "SB"), 120, "2023-05-16"),
    ("NORTHERN BOULEVARD", "JUNCTION BOULEVARD", "94 STREET", "Queens", 72210, ("EB",), 150, "2023-11-07"),
]
# A weekday's shape by hour (share of the peak), with the afternoon rush the busiest
_ATVC_SHAPE = [0.18, 0.12, 0.09, 0.08, 0.1, 0.2, 0.45, 0.75, 0.85, 0.7, 0.62, 0.64]
_ATVC_SHAPE += [0.68, 0.7, 0.74, 0.84, 0.93, 1.0, 0.86, 0.66, 0.52, 0.43, 0.34, 0.25]


def _atvc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22306)
    rows = []
    request = 28900
    for street, from_st, to_st, boro, seg, dirs, peak, start in _ATVC_SEGMENTS:
        request += int(rng.integers(3, 40))
        x, y = rng.uniform(915000, 1060000), rng.uniform(125000, 270000)
        n_days = int(rng.integers(2, 4))
        for direction in dirs:
            dir_mult = rng.uniform(0.8, 1.15)
            for t in pd.date_range(start, periods=96 * n_days, freq="15min"):
                lam = peak * dir_mult * _ATVC_SHAPE[t.hour] * rng.lognormal(0, 0.12)
                rows.append(
                    {
                        "RequestID": request,
                        "Boro": boro,
                        "Yr": t.year,
                        "M": t.month,
                        "D": t.day,
                        "HH": t.hour,
                        "MM": t.minute,
                        "Vol": int(rng.poisson(lam)),
                        "SegmentID": seg,
                        "WktGeom": f"POINT ({x:.1f} {y:.1f})",
                        "street": street,
                        "fromSt": from_st,
                        "toSt": to_st,
                        "Direction": direction,
                    }
                )
    return pd.DataFrame(rows)


def _atvc_dirs(df: pd.DataFrame) -> Any:
    return df[df["Direction"].isin(["NB", "SB"])].groupby("Direction")["Vol"]


_ATVC_QS = [
    Q("how many vehicles were counted in total?", _count(lambda df: int(df["Vol"].sum())), ("Vol",)),
    Q(
        "which street is the busiest",
        _lead(
            either(
                _named(lambda df: _top(df.groupby("street")["Vol"].sum())),
                _named(lambda df: _top(df.groupby("street")["Vol"].mean())),
            )
        ),
        ("street", "Vol"),
    ),
    Q(
        "what time of day has the most traffic",
        _hour(lambda df: int(df.groupby("HH")["Vol"].sum().idxmax())),
        ("HH", "Vol"),
    ),
    Q(
        "compare northbound and southbound traffic",
        either(
            has(lambda df: _atvc_dirs(df).sum().to_numpy(), rel=0.002),
            has(lambda df: _atvc_dirs(df).mean().to_numpy(), rel=0.01),
        ),
        ("Direction", "Vol"),
    ),
    Q(
        "how much traffic was counted in brooklyn",
        _count(lambda df: int(df.loc[df["Boro"] == "Brooklyn", "Vol"].sum())),
        ("Boro", "Vol"),
    ),
    Q(
        "and what's the average count per 15 minutes there?",
        has(lambda df: df.loc[df["Boro"] == "Brooklyn", "Vol"].mean(), rel=0.01),
        ("Boro", "Vol"),
    ),
]


# --- 7. North Dakota NDIC monthly production by well --------------------------------------------------------------

_ND_OPERATORS = {"CONTINENTAL RESOURCES, INC.": 28, "HESS BAKKEN INVESTMENTS II, LLC": 22}
_ND_OPERATORS |= {"CHORD ENERGY CORPORATION": 18, "MARATHON OIL COMPANY": 14, "ENERPLUS RESOURCES USA CORPORATION": 10}
_ND_OPERATORS |= {"GRAYSON MILL OPERATING, LLC": 9, "WHITING OIL AND GAS CORPORATION": 12}
_ND_OPERATORS |= {"SUMMIT RESOURCES, INC.": 4}
# County: (FIPS code, fields, weight, gas-oil ratio in MCF per barrel)
_ND_COUNTIES = {
    "MCKENZIE": (53, ["BLUE BUTTES", "ANTELOPE", "SIVERSTON", "BEAR DEN"], 40, 2.1),
    "WILLIAMS": (105, ["TIOGA", "BANKS", "ALGER"], 18, 1.3),
    "MOUNTRAIL": (61, ["PARSHALL", "SANISH", "VAN HOOK"], 22, 1.0),
    "DUNN": (25, ["KILLDEER", "CEDAR COULEE", "LITTLE KNIFE"], 14, 1.2),
    "BOTTINEAU": (9, ["NEWBURG", "WESTHOPE"], 6, 0.4),
}


def _nd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22307)
    months = pd.date_range("2022-01-01", "2023-12-01", freq="MS")
    counties = list(_ND_COUNTIES)
    rows = []
    for _ in range(150):
        county = _one(rng, counties, [_ND_COUNTIES[c][2] for c in counties])
        fips, fields, _, gor = _ND_COUNTIES[county]
        field = _one(rng, fields)
        if county == "BOTTINEAU":
            pool = _one(rng, ["MADISON", "RED RIVER"], [3, 1])
        else:
            pool = _one(rng, ["BAKKEN", "THREE FORKS", "MADISON"], [65, 28, 7])
        operator = _one(rng, list(_ND_OPERATORS), list(_ND_OPERATORS.values()))
        api = f"33-{fips:03d}-{int(rng.integers(1000, 9999)):05d}-00-00"
        name = f"{field.split()[0]} {int(rng.integers(1, 160))}-{int(rng.integers(1, 36))}H"
        level = {"BAKKEN": 4200, "THREE FORKS": 3400, "MADISON": 900, "RED RIVER": 1300}[pool] * rng.lognormal(0, 0.4)
        start = int(rng.integers(-30, 20))
        status_plan = _one(rng, ["A", "IA", "PA"], [82, 12, 6])
        stop = int(rng.integers(6, 24)) if status_plan != "A" else 99
        water_cut = rng.uniform(0.3, 0.7)
        for m, month in enumerate(months):
            age = m - start
            if age < 0:
                continue
            status = status_plan if m >= stop else "A"
            if status_plan == "IA" and m >= stop and rng.random() < 0.1:
                status = "A"
            if status == "A":
                days = int(min(month.days_in_month, rng.integers(month.days_in_month - 6, month.days_in_month + 6)))
                if rng.random() < 0.04:
                    days = int(rng.integers(0, 8))
                rate = level * (1 + age / 6) ** -0.9 * days / month.days_in_month * rng.lognormal(0, 0.12)
                oil = int(rate)
                gas = int(oil * gor * rng.lognormal(0, 0.1))
                water = int(oil * water_cut / (1 - water_cut) * rng.lognormal(0, 0.15))
            else:
                days = oil = gas = water = 0
            rows.append(
                {
                    "Report Date": f"{month.month}/1/{month.year}",
                    "API Well No": api,
                    "Well Name": f"{name} {pool.split()[0][:2]}",
                    "Operator": operator,
                    "County": county,
                    "Field": field,
                    "Pool": pool,
                    "Oil (BBLS)": oil,
                    "Water (BBLS)": water,
                    "Gas (MCF)": gas,
                    "Days Produced": days,
                    "Well Status": status,
                }
            )
    return pd.DataFrame(rows).sort_values(["Report Date", "API Well No"], kind="stable").reset_index(drop=True)


def _nd_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Report Date"], format="%m/%d/%Y")


def _nd_latest(df: pd.DataFrame) -> pd.DataFrame:
    d = _nd_dates(df)
    return df[d == d.max()]


def _nd_pool_means(producing: bool) -> Callable[[pd.DataFrame], Any]:
    def means(df: pd.DataFrame) -> Any:
        d = df[df["Pool"].isin(["BAKKEN", "THREE FORKS"])]
        if producing:
            d = d[d["Oil (BBLS)"] > 0]
        return d.groupby("Pool")["Oil (BBLS)"].mean().to_numpy()

    return means


_ND_QS = [
    Q(
        "how much oil was produced in 2023?",
        _scaled(lambda df: df.loc[_nd_dates(df).dt.year == 2023, "Oil (BBLS)"].sum(), _BIG, rel=0.002),
        ("Report Date", "Oil (BBLS)"),
    ),
    Q(
        "which operator pumped the most oil",
        _lead(_named(lambda df: _top(df.groupby("Operator")["Oil (BBLS)"].sum()))),
        ("Operator", "Oil (BBLS)"),
    ),
    Q(
        "which county produces the most gas?",
        _lead(_named(lambda df: _top(df.groupby("County")["Gas (MCF)"].sum()))),
        ("County", "Gas (MCF)"),
    ),
    Q("how many wells are there", _count(lambda df: int(df["API Well No"].nunique())), ("API Well No", "Well Name")),
    Q(
        "how many of them were inactive in the latest month",
        either(
            _count(lambda df: int((_nd_latest(df)["Well Status"] == "IA").sum())),
            _count(lambda df: int(_nd_latest(df)["Well Status"].isin(["IA", "PA"]).sum())),
        ),
        ("API Well No", "Well Status", "Report Date"),
    ),
    Q(
        "avg monthly oil per well, bakken vs three forks",
        either(has(_nd_pool_means(False), rel=0.005), has(_nd_pool_means(True), rel=0.005)),
        ("Pool", "Oil (BBLS)", "API Well No", "Report Date"),
    ),
]


HELDOUT223: list[Dataset] = [
    Dataset("radarr_movie_library", _radarr_frame, _RADARR_QS),
    Dataset("tesla_powerwall_daily", _powerwall_frame, _POWERWALL_QS),
    Dataset("uhoo_air_quality_hourly", _uhoo_frame, _UHOO_QS),
    Dataset("feedly_saved_articles", _feedly_frame, _FEEDLY_QS),
    Dataset("foia_annual_requests_by_agency", _foia_frame, _FOIA_QS),
    Dataset("nyc_dot_atvc_15min_counts", _atvc_frame, _ATVC_QS),
    Dataset("ndic_monthly_well_production", _nd_frame, _ND_QS),
]
