"""HELDOUT205: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: an AutoSleep (iPhone / Apple Watch) export with
one row per night (June 2021 - May 2023, a few nights missing when the watch was not worn) with ISO8601 (the wake
time, "2021-06-02T06:52:00+10:00"), fromDate and toDate ("Tuesday, Jun 1, 2021"), bedtime and waketime
("2021-06-01 22:41:00"), inBed, awake, fellAsleepIn, asleep, quality and deep as "07:31:00" durations, sessions,
asleepAvg7 and efficiencyAvg7 rolling columns, efficiency (a percentage with one decimal), sleepBPM, wakingBPM, hrv
(blank on some nights), SpO2Avg and SpO2Min (blank before the watch could measure them, October 2021, and on some
nights after), respAvg, rating (0-100, blank before 2022) and mostly blank tags and notes; a Netatmo weather station
indoor module export, hourly (November 2023 - mid May 2024, a few outages missing), with Timestamp in unix seconds,
"Timezone : Europe/Paris" holding the local time as text ("2023/11/01 13:00:00"), Temperature (one decimal, deg C),
Humidity (%), CO2 (ppm, a few blanks), Noise (dB) and Pressure (mbar, one decimal); a Pocket Casts listening history
(one row per episode in the subscriptions, published 2022 - mid 2024) with podcast_title, episode_title,
published_date ("2023-04-10"), played_up_to and duration in seconds (duration 0 when the feed did not say),
playing_status ("played", "in progress", "unplayed"), starred ("true"/"false") and played_at ("2023-04-12T07:31:22Z",
blank when never played); a Bandcamp sales report for a small label (2022 - mid 2024, all in USD) with date
("1/15/24 3:22pm"), "paid to" (paypal / bandcamp), "item type" (album / track / package), "item name", artist,
currency, "item price" (name-your-price, so above the minimum at times), quantity, "sub total", shipping (packages
only), "seller tax" (mostly 0), "bandcamp fee", "transaction fee", "net amount", package ("Vinyl LP", "Cassette",
"Compact Disc (CD)", blank for digital), country and "country code"; the NYC CCRB civilian complaints against police
officers file (ProPublica's allegations extract, one row per allegation, so complaint ids repeat) with
unique_mos_id, first_name, last_name, shield_no, complaint_id, month_received, year_received, month_closed,
year_closed, command_at_incident, rank_abbrev_incident, rank_incident, mos_ethnicity, mos_gender, mos_age_incident,
complainant_ethnicity (with "Unknown", "Refused" and blanks), complainant_gender (blank at times),
complainant_age_incident (blank at times, a few junk values such as -1 or 3), fado_type ("Abuse of Authority",
"Discourtesy", "Force", "Offensive Language"), allegation ("Physical force", "Word", "Stop", ...), precinct (a few
blank, 1000 for "outside NYC"), contact_reason and board_disposition ("Substantiated (Command Discipline A)",
"Substantiated (Charges)", "Unsubstantiated", "Exonerated", "Unfounded"); the FDA drug shortages download with one
row per presentation, so a drug repeats over its companies and packs: "Generic Name", "Company Name", "Contact Info",
Presentation ("Amoxicillin, Capsule, 500 mg (NDC 0093-3109-01)"), "Type of Update", "Date of Update" and "Initial
Posting Date" ("03/15/2023"), "Availability Information", "Reason for Shortage" (often blank), "Therapeutic Category"
(one or two joined by "; "), Status (Current / Resolved / To Be Discontinued); and SILSO's monthly mean total
sunspot number (SN_m_tot_V2.0, January 1749 - August 2024) with Year, Month, "Date in fraction of year" (1749.042),
"Monthly mean total sunspot number", "Monthly mean standard deviation" and "Number of observations" (-1 before 1818,
when they are unknown) and "Definitive/provisional marker" (1 definitive, 0 for the last provisional months). All
are generated with fixed seeds 20501-20507.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text, _year
from .heldout173 import _money, _top
from .heldout183 import _peak_month
from .offline_eval import Check, Dataset, Q, both, corr_of, either, numbers_found
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _abouts(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    return either(*(_about(v, rel=rel) for v in values))


def _named_any(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_named(v) for v in values))


def _months_any(*values: Callable[[pd.DataFrame], pd.Timestamp]) -> Check:
    return either(*(_month_year(v) for v in values))


def _count_any(*values: Callable[[pd.DataFrame], float]) -> Check:
    return either(*(_count(v) for v in values))


_HM = re.compile(r"(?<![\d.])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])")
_H_M = re.compile(r"(\d+)\s*(?:h|hr|hrs|hours?)\b\s*(?:and\s*)?(\d+)\s*(?:m|min|mins|minutes?)\b", re.IGNORECASE)


def _duration(hours: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time: decimal hours, minutes, "7h 12m" or "7:12"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = float(hours(df))
        mins = 60 * h
        for f in numbers_found(answer):
            if abs(f - h) <= max(0.01 * h, 0.051) or abs(f - mins) <= max(0.005 * mins, 1.0):
                return None
        for m in _HM.finditer(answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - mins) <= 1.5:
                return None
        for m in _H_M.finditer(answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - mins) <= 1.5:
                return None
        return f"missing duration {h:.4g} h"

    return check


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "19:00", "7 pm", "7pm", "19h", "hour 19"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        mer = "a\\.?m\\.?" if h < 12 else "p\\.?m\\.?"
        patterns = [
            rf"(?<![\d.:])0?{h}:00(?!\d)",
            rf"(?<![\d.:]){h12}(?::00)?\s*{mer}",
            rf"(?<![\d.:])0?{h}\s*h\b",
            rf"\bhour\s*(?:of\s*)?0?{h}\b",
        ]
        if h == 12:
            patterns.append(r"\bnoon\b")
        if h == 0:
            patterns.append(r"\bmidnight\b")
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. AutoSleep export -------------------------------------------------------------------------------------------


def _clock(minutes: float) -> str:
    m = round(minutes)
    return f"{m // 60:02d}:{m % 60:02d}:00"


def _autosleep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20501)
    rows = []
    for night in pd.date_range("2021-06-01", "2023-05-31", freq="D"):
        if rng.random() < 0.07:
            continue
        season = 18 * np.cos(2 * np.pi * (night.month - 1) / 12)
        weekend = night.dayofweek in (4, 5)
        bed = night + pd.Timedelta(minutes=float(22.6 * 60 + rng.normal(35 if weekend else 0, 35)))
        in_bed = float(np.clip(rng.normal(468 + season + (30 if weekend else 0), 45), 240, 660))
        latency = float(rng.gamma(2, 6))
        awake = float(rng.gamma(2, 10))
        asleep = in_bed - latency - awake
        wake = bed + pd.Timedelta(minutes=in_bed)
        hrv = float(np.clip(rng.normal(46, 11), 15, 110))
        deep = float(np.clip(55 + 0.9 * (hrv - 46) + 0.08 * (asleep - 420) + rng.normal(0, 12), 10, 160))
        quality = asleep * float(rng.uniform(0.62, 0.82))
        sleep_bpm = round(float(rng.normal(54.5 - 0.04 * (hrv - 46), 2.8)), 1)
        has_spo2 = night >= pd.Timestamp("2021-10-01") and rng.random() > 0.06
        spo2 = round(float(np.clip(rng.normal(95.6, 1.1), 90, 99.5)), 1) if has_spo2 else None
        rows.append(
            {
                "ISO8601": wake.strftime("%Y-%m-%dT%H:%M:00+10:00"),
                "fromDate": f"{night:%A}, {night:%b} {night.day}, {night.year}",
                "toDate": f"{wake:%A}, {wake:%b} {wake.day}, {wake.year}",
                "bedtime": bed.strftime("%Y-%m-%d %H:%M:%S"),
                "waketime": wake.strftime("%Y-%m-%d %H:%M:%S"),
                "inBed": _clock(in_bed),
                "awake": _clock(awake),
                "fellAsleepIn": _clock(latency),
                "sessions": 1 if rng.random() < 0.9 else 2,
                "asleep": _clock(asleep),
                "efficiency": round(100 * asleep / in_bed, 1),
                "quality": _clock(quality),
                "deep": _clock(deep),
                "sleepBPM": sleep_bpm,
                "wakingBPM": round(sleep_bpm + float(rng.normal(4.5, 2.0)), 1),
                "hrv": round(hrv) if rng.random() > 0.05 else None,
                "SpO2Avg": spo2,
                "SpO2Min": None if spo2 is None else round(spo2 - float(rng.uniform(2, 6)), 1),
                "respAvg": round(float(rng.normal(14.6, 0.9)), 1),
                "rating": None if night.year < 2022 else int(np.clip(rng.normal(78, 11), 20, 100)),
                "tags": _one(rng, ["", "", "", "", "", "", "alcohol", "late meal", "caffeine"]),
                "notes": "",
            }
        )
    df = pd.DataFrame(rows)
    mins = pd.to_timedelta(df["asleep"]).dt.total_seconds() / 60
    df.insert(10, "asleepAvg7", [_clock(x) for x in mins.rolling(7, min_periods=1).mean()])
    df.insert(12, "efficiencyAvg7", df["efficiency"].rolling(7, min_periods=1).mean().round(1))
    for col in ("hrv", "rating"):
        df[col] = df[col].astype("Int64")
    return df


def _as_min(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_timedelta(_text(d[col]), errors="coerce").dt.total_seconds() / 60


def _as_night(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["fromDate"]), format="%A, %b %d, %Y", errors="coerce")


def _as_wake(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["ISO8601"]).str.slice(0, 10), errors="coerce")


def _as_hours(d: pd.DataFrame, how: str) -> float:
    return float(_as_min(d, "asleep").agg(how) / 60)


def _as_short(d: pd.DataFrame, inclusive: bool) -> int:
    m = _as_min(d, "asleep")
    return int((m <= 360).sum() if inclusive else (m < 360).sum())


def _as_best_month(d: pd.DataFrame, dates: pd.Series, how: str) -> pd.Timestamp:
    return _peak_month(dates, _as_min(d, "asleep"), how)


def _as_bpm_2022(d: pd.DataFrame, dates: pd.Series) -> float:
    return float(_n(d["sleepBPM"])[dates.dt.year == 2022].mean())


_AS_ID = ("fromDate", "toDate", "ISO8601")
_AUTOSLEEP_QS = [
    Q(
        "how much do i sleep on average",
        either(_duration(lambda d: _as_hours(d, "mean")), _duration(lambda d: _as_hours(d, "median"))),
        ("asleep", *_AS_ID),
    ),
    Q(
        "how many nights was it under 6 hours",
        _count_any(lambda d: _as_short(d, False), lambda d: _as_short(d, True)),
        ("asleep", *_AS_ID),
    ),
    Q(
        "do i get more deep sleep when my hrv is higher?",
        corr_of(lambda d: _as_min(d, "deep"), lambda d: _n(d["hrv"])),
        ("deep", "hrv", *_AS_ID),
    ),
    Q(
        "which month did i sleep the most",
        _lead(
            _months_any(
                lambda d: _as_best_month(d, _as_night(d), "mean"),
                lambda d: _as_best_month(d, _as_wake(d), "mean"),
                lambda d: _as_best_month(d, _as_night(d), "sum"),
                lambda d: _as_best_month(d, _as_wake(d), "sum"),
            )
        ),
        ("asleep", *_AS_ID),
    ),
    Q(
        "how many nights don't have a blood oxygen reading",
        _count(lambda d: int(_n(d["SpO2Avg"]).isna().sum())),
        ("SpO2Avg", "SpO2Min", *_AS_ID),
    ),
    Q(
        "what was my average heart rate while sleeping in 2022",
        _abouts(lambda d: _as_bpm_2022(d, _as_night(d)), lambda d: _as_bpm_2022(d, _as_wake(d))),
        ("sleepBPM", *_AS_ID),
    ),
]


# --- 2. Netatmo indoor module export -------------------------------------------------------------------------------

_NA_LOCAL = "Timezone : Europe/Paris"


def _netatmo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20502)
    stamps = pd.date_range("2023-11-01 00:00", "2024-05-14 23:00", freq="h", tz="Europe/Paris")
    keep = np.ones(len(stamps), dtype=bool)
    for _ in range(4):
        start = int(rng.integers(0, len(stamps) - 60))
        keep[start : start + int(rng.integers(10, 45))] = False
    stamps = stamps[keep]
    day = (stamps - stamps[0]).total_seconds().to_numpy() / 86400
    hour = stamps.hour.to_numpy()
    winter = np.cos(2 * np.pi * (day - 80) / 365)  # coldest near late January
    heating = np.where((hour >= 7) & (hour <= 22), 1.0, 0.0)
    temp = 18.6 + 1.6 * heating - 1.1 * winter + 0.5 * (day / 195) + rng.normal(0, 0.35, len(day))
    home = np.where((hour >= 19) | (hour <= 7), 1.0, np.where((hour >= 12) & (hour <= 13), 0.5, 0.15))
    home = home * (1 + 0.3 * rng.standard_normal(len(day)))
    co2 = np.clip(430 + 820 * home + rng.normal(0, 90, len(day)), 380, 2600)
    humidity = np.clip(38 + 0.012 * (co2 - 430) + 4 * winter * -1 + rng.normal(0, 3.5, len(day)), 22, 75)
    tv = np.where((hour >= 19) & (hour <= 22), 1.0, 0.0) + np.where(hour == 20, 0.4, 0.0)
    noise = np.clip(35 + 14 * tv + 3 * ((hour >= 8) & (hour <= 9)) + rng.normal(0, 3, len(day)), 32, 80)
    walk = np.cumsum(rng.normal(0, 0.6, len(day)))
    pressure = 1015 + 10 * np.sin(day / 4.5) + walk - np.linspace(0, walk[-1], len(day))
    df = pd.DataFrame(
        {
            "Timestamp": (stamps.tz_convert("UTC").tz_localize(None) - pd.Timestamp("1970-01-01"))
            // pd.Timedelta(seconds=1),
            _NA_LOCAL: stamps.strftime("%Y/%m/%d %H:%M:%S"),
            "Temperature": np.round(temp, 1),
            "Humidity": np.round(humidity).astype(int),
            "CO2": np.round(co2).astype(int),
            "Noise": np.round(noise).astype(int),
            "Pressure": np.round(pressure, 1),
        }
    )
    df["CO2"] = df["CO2"].astype("Int64")
    df.loc[rng.random(len(df)) < 0.012, "CO2"] = pd.NA
    return df


def _na_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d[_NA_LOCAL]), format="%Y/%m/%d %H:%M:%S", errors="coerce")


def _na_cold_month(d: pd.DataFrame, how: str) -> pd.Timestamp:
    temp = _n(d["Temperature"])
    months = _na_when(d).dt.to_period("M")
    agg = temp.groupby(months).agg(how)
    return agg.idxmin().to_timestamp()


def _na_loud_hour(d: pd.DataFrame, how: str) -> int:
    return int(_n(d["Noise"]).groupby(_na_when(d).dt.hour).agg(how).idxmax())


_NA_ID = ("Timestamp", _NA_LOCAL)
_NETATMO_QS = [
    Q(
        "what's the average temperature inside",
        _abouts(lambda d: float(_n(d["Temperature"]).mean()), lambda d: float(_n(d["Temperature"]).median())),
        ("Temperature", *_NA_ID),
    ),
    Q(
        "how often does co2 go over 1000",
        either(
            _count(lambda d: int((_n(d["CO2"]) > 1000).sum())),
            _share(lambda d: float((_n(d["CO2"]) > 1000).sum() / _n(d["CO2"]).notna().sum())),
            _share(lambda d: float((_n(d["CO2"]) > 1000).mean())),
        ),
        ("CO2", *_NA_ID),
    ),
    Q(
        "which month was the coldest",
        _lead(_months_any(lambda d: _na_cold_month(d, "mean"), lambda d: _na_cold_month(d, "min"))),
        ("Temperature", *_NA_ID),
    ),
    Q(
        "what time of day is it loudest",
        _lead(either(_hour(lambda d: _na_loud_hour(d, "mean")), _hour(lambda d: _na_loud_hour(d, "median")))),
        ("Noise", *_NA_ID),
    ),
    Q(
        "is humidity related to co2 levels",
        corr_of(lambda d: _n(d["Humidity"]), lambda d: _n(d["CO2"])),
        ("Humidity", "CO2", *_NA_ID),
    ),
    Q(
        "how many readings are missing co2",
        _count(lambda d: int(_n(d["CO2"]).isna().sum())),
        ("CO2", *_NA_ID),
    ),
]


# --- 3. Pocket Casts listening history -----------------------------------------------------------------------------

# podcast: (episodes, mean minutes, share played, share in progress)
_PC_SHOWS = {
    "The Daily": (260, 27, 0.62, 0.08),
    "Hard Fork": (120, 62, 0.7, 0.1),
    "Radiolab": (70, 48, 0.5, 0.12),
    "99% Invisible": (110, 38, 0.72, 0.06),
    "Conan O'Brien Needs A Friend": (150, 75, 0.35, 0.15),
    "Lex Fridman Podcast": (130, 175, 0.18, 0.22),
    "Planet Money": (200, 24, 0.58, 0.05),
    "Reply All": (40, 42, 0.85, 0.05),
    "Search Engine": (45, 44, 0.75, 0.07),
    "Darknet Diaries": (60, 65, 0.8, 0.06),
    "Freakonomics Radio": (140, 46, 0.4, 0.1),
    "The Rest Is History": (160, 55, 0.45, 0.1),
    "Acquired": (35, 190, 0.3, 0.25),
    "Song Exploder": (55, 22, 0.55, 0.05),
}
_PC_WORDS = ["Inside", "The", "Story", "Why", "Of", "How", "Secret", "Last", "Great", "Problem", "Return", "Money"]
_PC_TOPICS = ["AI", "Rome", "Cheese", "Elections", "Bitcoin", "Chess", "Sleep", "Taxes", "Nvidia", "Ants", "Jazz"]


def _pocketcasts_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20503)
    start, end = pd.Timestamp("2022-01-01"), pd.Timestamp("2024-06-30")
    span = (end - start).days
    rows = []
    for show, (count, minutes, played, progress) in _PC_SHOWS.items():
        for i in range(count):
            published = start + pd.Timedelta(days=int(rng.integers(0, span)), hours=int(rng.integers(4, 12)))
            duration = int(max(5.0, rng.normal(minutes, minutes * 0.25)) * 60)
            r = rng.random()
            status = "played" if r < played else "in progress" if r < played + progress else "unplayed"
            if status == "played":
                up_to = duration - int(rng.integers(0, 40))
            elif status == "in progress":
                up_to = int(duration * rng.uniform(0.03, 0.92))
            else:
                up_to = 0
            when = None
            if status != "unplayed":
                lag = pd.Timedelta(days=float(rng.gamma(1.2, 6)), hours=float(rng.uniform(0, 14)))
                when = min(published + lag, pd.Timestamp("2024-07-10"))
            title = f"{_one(rng, _PC_WORDS)} {_one(rng, _PC_WORDS)} {_one(rng, _PC_TOPICS)}"
            rows.append(
                {
                    "podcast_title": show,
                    "episode_title": f"{title} (Ep. {i + 1})" if rng.random() < 0.4 else title,
                    "published_date": published.strftime("%Y-%m-%d"),
                    "played_up_to": up_to,
                    "duration": 0 if rng.random() < 0.03 else duration,
                    "playing_status": status,
                    "starred": "true" if status == "played" and rng.random() < 0.12 else "false",
                    "played_at": "" if when is None else when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
            )
    df = pd.DataFrame(rows).sort_values("published_date", kind="stable", ascending=False)
    return df.reset_index(drop=True)


def _pc_status(d: pd.DataFrame) -> pd.Series:
    return _text(d["playing_status"]).str.lower()


def _pc_top(d: pd.DataFrame, how: str) -> str:
    show = _text(d["podcast_title"])
    if how == "played":
        return _top(show[_pc_status(d).eq("played")].value_counts())
    if how == "started":
        return _top(show[_n(d["played_up_to"]) > 0].value_counts())
    return _top(_n(d["played_up_to"]).groupby(show).sum())


def _pc_hours(d: pd.DataFrame) -> float:
    return float(_n(d["played_up_to"]).sum() / 3600)


def _pc_length(d: pd.DataFrame, drop_zero: bool, how: str) -> float:
    dur = _n(d["duration"])
    return float((dur[dur > 0] if drop_zero else dur).agg(how) / 60)


def _pc_month(d: pd.DataFrame, weighted: bool, played_only: bool) -> pd.Timestamp:
    when = pd.to_datetime(_text(d["played_at"]).str.slice(0, 19), format="%Y-%m-%dT%H:%M:%S", errors="coerce")
    keep = _pc_status(d).eq("played") if played_only else when.notna()
    w = _n(d["played_up_to"])[keep] if weighted else None
    return _peak_month(when[keep], w, "sum")


_PC_ID = ("podcast_title", "episode_title")
_POCKETCASTS_QS = [
    Q(
        "which podcast do i listen to the most",
        _lead(_named_any(*(lambda d, h=h: _pc_top(d, h) for h in ("played", "started", "time")))),
        ("playing_status", "played_up_to", *_PC_ID),
    ),
    Q(
        "how many hours have i spent listening in total",
        _abouts(_pc_hours, lambda d: 60 * _pc_hours(d)),
        ("played_up_to", *_PC_ID),
    ),
    Q(
        "what percent of episodes do i actually finish",
        either(
            _share(lambda d: float(_pc_status(d).eq("played").mean())),
            _share(lambda d: float(_pc_status(d).eq("played").sum() / _pc_status(d).ne("unplayed").sum())),
        ),
        ("playing_status", *_PC_ID),
    ),
    Q(
        "how many have i starred",
        _count(lambda d: int(_text(d["starred"]).str.lower().eq("true").sum())),
        ("starred", *_PC_ID),
    ),
    Q(
        "how long is a typical episode",
        either(
            *(
                _abouts(lambda d, z=z, h=h: _pc_length(d, z, h), lambda d, z=z, h=h: _pc_length(d, z, h) / 60)
                for z in (True, False)
                for h in ("mean", "median")
            ),
            *(
                _duration(lambda d, z=z, h=h: _pc_length(d, z, h) / 60)
                for z in (True, False)
                for h in ("mean", "median")
            ),
        ),
        ("duration", *_PC_ID),
    ),
    Q(
        "which month did i listen the most",
        _lead(_months_any(*(lambda d, w=w, p=p: _pc_month(d, w, p) for w in (True, False) for p in (True, False)))),
        ("played_at", "played_up_to", "playing_status", *_PC_ID),
    ),
]


# --- 4. Bandcamp sales report --------------------------------------------------------------------------------------

# album: (artist, digital album price, weight)
_BC_ALBUMS = {
    "Night Swimmers": ("Pale Harbor", 9.0, 30),
    "Low Tide Radio": ("Pale Harbor", 9.0, 16),
    "Concrete Garden": ("Mirela Voss", 8.0, 22),
    "Ferns & Static": ("Mirela Voss", 7.0, 10),
    "Slow Machines": ("The Orchard Kids", 10.0, 14),
    "Pastel Riot EP": ("The Orchard Kids", 5.0, 8),
}
_BC_TRACKS = ["Undertow", "Glasshouse", "Signal Fire", "Weekday Ghosts", "Salt", "Neon Moth", "Copper Sky", "Hum"]
# package: (price, weight)
_BC_PACKAGES = {"Vinyl LP": (26.0, 45), "Cassette": (10.0, 30), "Compact Disc (CD)": (12.0, 25)}
# country: (code, weight, shipping, sales tax rate)
_BC_COUNTRIES = {
    "United States": ("US", 40, 5.0, 0.0),
    "United Kingdom": ("GB", 16, 14.0, 0.0),
    "Germany": ("DE", 14, 16.0, 0.0),
    "Japan": ("JP", 8, 20.0, 0.0),
    "Canada": ("CA", 7, 12.0, 0.0),
    "France": ("FR", 6, 16.0, 0.0),
    "Australia": ("AU", 5, 22.0, 0.0),
    "Netherlands": ("NL", 4, 16.0, 0.0),
}


def _bandcamp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20504)
    albums = list(_BC_ALBUMS)
    a_weights = [v[2] for v in _BC_ALBUMS.values()]
    countries = list(_BC_COUNTRIES)
    c_weights = [v[1] for v in _BC_COUNTRIES.values()]
    start = pd.Timestamp("2022-01-01")
    rows = []
    for _ in range(1350):
        when = start + pd.Timedelta(minutes=int(rng.integers(0, 912 * 24 * 60)))
        kind = _one(rng, ["album", "track", "package"], [40, 35, 25])
        album = _one(rng, albums, a_weights)
        artist, album_price, _ = _BC_ALBUMS[album]
        country = _one(rng, countries, c_weights)
        code, _, ship_rate, _ = _BC_COUNTRIES[country]
        package = ""
        qty = 1
        shipping = 0.0
        if kind == "album":
            name = album
            price = album_price if rng.random() < 0.7 else round(album_price + float(rng.choice([1, 2, 3, 5, 10])), 2)
        elif kind == "track":
            name = f"{_one(rng, _BC_TRACKS)} (from {album})" if rng.random() < 0.3 else _one(rng, _BC_TRACKS)
            price = 1.0 if rng.random() < 0.65 else float(rng.choice([1.5, 2.0, 3.0, 5.0]))
        else:
            package = _one(rng, list(_BC_PACKAGES), [v[1] for v in _BC_PACKAGES.values()])
            name = f"{album} {package.split(' (')[0]}"
            price = _BC_PACKAGES[package][0]
            qty = 2 if rng.random() < 0.08 else 1
            shipping = ship_rate * (1.5 if qty == 2 else 1.0)
        sub = round(price * qty, 2)
        tax = round(sub * float(rng.choice([0.0625, 0.0725, 0.08])), 2) if code == "US" and rng.random() < 0.3 else 0.0
        paid_to = "paypal" if rng.random() < 0.35 else "bandcamp"
        fee = round((0.15 if kind != "package" else 0.10) * (sub + shipping), 2)
        txn = (
            round(0.029 * (sub + shipping + tax) + 0.30, 2)
            if paid_to == "paypal"
            else round(0.04 * (sub + shipping), 2)
        )
        rows.append(
            {
                "date": f"{when.month}/{when.day}/{when:%y} {when.hour % 12 or 12}:{when:%M}{when:%p}".lower(),
                "paid to": paid_to,
                "item type": kind,
                "item name": name,
                "artist": artist,
                "currency": "USD",
                "item price": price,
                "quantity": qty,
                "sub total": sub,
                "shipping": shipping if kind == "package" else None,
                "seller tax": tax,
                "bandcamp fee": -fee,
                "transaction fee": -txn,
                "net amount": round(sub + shipping - fee - txn, 2),
                "package": package,
                "country": country,
                "country code": code,
                "_t": when,
            }
        )
    df = pd.DataFrame(rows).sort_values("_t", kind="stable").drop(columns="_t").reset_index(drop=True)
    return df


def _bc_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["date"]).str.upper(), format="%m/%d/%y %I:%M%p", errors="coerce")


def _bc_album_top(d: pd.DataFrame, with_packages: bool) -> str:
    kind = _text(d["item type"])
    qty = _n(d["quantity"])
    if not with_packages:
        return _top(qty[kind.eq("album")].groupby(_text(d["item name"])[kind.eq("album")]).sum())
    names = _text(d["item name"]).str.replace(r" (?:Vinyl LP|Cassette|Compact Disc)$", "", regex=True)
    keep = kind.isin(["album", "package"])
    return _top(qty[keep].groupby(names[keep]).sum())


def _bc_country(d: pd.DataFrame, how: str) -> str:
    country = _text(d["country"])
    if how == "rows":
        return _top(country.value_counts())
    if how == "units":
        return _top(_n(d["quantity"]).groupby(country).sum())
    return _top(_n(d[how]).groupby(country).sum())


def _bc_track_price(d: pd.DataFrame, how: str) -> float:
    tracks = _text(d["item type"]).eq("track")
    return float(_n(d["item price"])[tracks].agg(how))


def _bc_month(d: pd.DataFrame, weight: str | None) -> pd.Timestamp:
    return _peak_month(_bc_when(d), None if weight is None else _n(d[weight]), "sum")


_BC_ID = ("date", "item name", "item type")
_BANDCAMP_QS = [
    Q(
        "how much money have i made in total",
        either(
            _money(lambda d: float(_n(d["net amount"]).sum())),
            _money(lambda d: float(_n(d["sub total"]).sum())),
            _money(lambda d: float(_n(d["sub total"]).sum() + _n(d["shipping"]).sum())),
        ),
        ("net amount", "sub total", "shipping", "bandcamp fee", "transaction fee", "seller tax", *_BC_ID),
    ),
    Q(
        "which album sold the most copies",
        _lead(_named_any(lambda d: _bc_album_top(d, False), lambda d: _bc_album_top(d, True))),
        ("quantity", "package", *_BC_ID),
    ),
    Q(
        "how many physical orders did i ship",
        _count_any(
            lambda d: int(_text(d["item type"]).eq("package").sum()),
            lambda d: int(_n(d["quantity"])[_text(d["item type"]).eq("package")].sum()),
        ),
        ("package", "quantity", "shipping", *_BC_ID),
    ),
    Q(
        "which country buys the most",
        _lead(_named_any(*(lambda d, h=h: _bc_country(d, h) for h in ("rows", "units", "sub total", "net amount")))),
        ("country", "country code", "quantity", "sub total", "net amount", *_BC_ID),
    ),
    Q(
        "what do people pay for a single track on average",
        _abouts(lambda d: _bc_track_price(d, "mean"), lambda d: _bc_track_price(d, "median")),
        ("item price", "sub total", "quantity", *_BC_ID),
    ),
    Q(
        "what was my best month",
        _lead(
            _months_any(
                lambda d: _bc_month(d, "net amount"),
                lambda d: _bc_month(d, "sub total"),
                lambda d: _bc_month(d, None),
                lambda d: _bc_month(d, "quantity"),
            )
        ),
        ("net amount", "sub total", "quantity", *_BC_ID),
    ),
]


# --- 5. NYC CCRB allegations against police officers ---------------------------------------------------------------

_CC_FIRST = [
    "Michael",
    "John",
    "Joseph",
    "Christopher",
    "Daniel",
    "Anthony",
    "Kevin",
    "Jose",
    "Luis",
    "Maria",
    "Jennifer",
    "Robert",
    "Brian",
    "Matthew",
    "James",
    "David",
    "Angel",
    "Sean",
    "Kimberly",
    "Vincent",
]
_CC_LAST = [
    "Rodriguez",
    "Smith",
    "Murphy",
    "Gonzalez",
    "Johnson",
    "Brown",
    "Rivera",
    "Williams",
    "Kelly",
    "Martinez",
    "Lee",
    "O'Brien",
    "Cruz",
    "Perez",
    "Garcia",
    "Russo",
    "Chan",
    "Ortiz",
    "Walsh",
    "Reyes",
]
# rank: (abbreviation, weight, age mean)
_CC_RANKS = {
    "Police Officer": ("POM", 64, 30),
    "Sergeant": ("SGT", 16, 36),
    "Detective": ("DT3", 12, 38),
    "Lieutenant": ("LT", 6, 41),
    "Captain": ("CPT", 2, 45),
}
# fado type: (weight, allegations with weights, substantiation rate)
_CC_FADO = {
    "Abuse of Authority": (
        52,
        {
            "Stop": 20,
            "Search (of person)": 14,
            "Frisk": 14,
            "Threat of arrest": 10,
            "Premises entered and/or searched": 8,
            "Refusal to provide name/shield number": 9,
            "Vehicle search": 6,
            "Property damaged": 4,
        },
        0.19,
    ),
    "Force": (
        27,
        {
            "Physical force": 55,
            "Gun Pointed": 9,
            "Nightstick as club (incl asp & baton)": 6,
            "Pepper spray": 8,
            "Chokehold": 5,
            "Handcuffs too tight": 10,
        },
        0.08,
    ),
    "Discourtesy": (17, {"Word": 80, "Action": 12, "Gesture": 8}, 0.14),
    "Offensive Language": (
        4,
        {"Race": 40, "Gender": 20, "Ethnicity": 15, "Sexual orientation": 10, "Other": 15},
        0.07,
    ),
}
_CC_DISPO = ["Substantiated (Command Discipline A)", "Substantiated (Charges)", "Substantiated (Formalized Training)"]
_CC_PRECINCTS = [75, 73, 44, 40, 47, 67, 120, 46, 79, 101, 103, 114, 25, 28, 32, 43, 52, 81, 90, 113, 6, 14, 18, 19]


def _ccrb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20505)
    ranks = list(_CC_RANKS)
    officers = []
    for k in range(850):
        rank = _one(rng, ranks, [v[1] for v in _CC_RANKS.values()])
        officers.append(
            {
                "unique_mos_id": 10000 + 7 * k + int(rng.integers(0, 7)),
                "first_name": _one(rng, _CC_FIRST),
                "last_name": _one(rng, _CC_LAST),
                "shield_no": 0 if rank != "Police Officer" else int(rng.integers(100, 31000)),
                "rank": rank,
                "mos_ethnicity": _one(
                    rng, ["White", "Hispanic", "Black", "Asian", "American Indian"], [45, 31, 16, 7, 1]
                ),
                "mos_gender": "M" if rng.random() < 0.86 else "F",
                "age0": int(np.clip(rng.normal(_CC_RANKS[rank][2], 5), 21, 60)),
            }
        )
    fados = list(_CC_FADO)
    prec_w = np.linspace(3, 1, len(_CC_PRECINCTS)) * rng.uniform(0.7, 1.3, len(_CC_PRECINCTS))
    year_w = {
        y: w
        for y, w in zip(range(2000, 2020), [2, 2, 3, 3, 4, 5, 6, 7, 8, 8, 7, 8, 9, 7, 8, 9, 8, 10, 7, 6], strict=True)
    }
    rows = []
    complaint = 21000
    for _ in range(1500):
        complaint += int(rng.integers(1, 40))
        year = _one(rng, list(year_w), list(year_w.values()))
        month = int(rng.integers(1, 13))
        close = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.gamma(3, 110)))
        r = rng.random()
        precinct: float | None = _one(rng, _CC_PRECINCTS, list(prec_w)) if r > 0.03 else (1000 if r > 0.015 else None)
        c_eth = _one(
            rng,
            ["Black", "Hispanic", "White", "Asian", "Other Race", "Unknown", "Refused", ""],
            [52, 26, 9, 3, 3, 3, 1, 3],
        )
        c_gender = _one(rng, ["Male", "Female", "Transwoman (MTF)", ""], [75, 21, 0.5, 3.5])
        age_r = rng.random()
        c_age = (
            None
            if age_r < 0.12
            else (int(rng.choice([-1, 0, 3, 7])) if age_r < 0.13 else int(np.clip(rng.gamma(6, 5.4), 12, 80)))
        )
        reason = _one(
            rng,
            [
                "PD suspected C/V of violation/crime - street",
                "Moving violation",
                "Report-dispute",
                "C/V telephoned PCT",
                "Execution of search warrant",
                "Other",
            ],
            [40, 18, 10, 8, 6, 18],
        )
        for _ in range(int(rng.choice([1, 1, 2, 2, 3, 4, 5]))):
            off = officers[int(rng.integers(len(officers)))]
            fado = _one(rng, fados, [v[0] for v in _CC_FADO.values()])
            alle = _CC_FADO[fado][1]
            rate = _CC_FADO[fado][2]
            u = rng.random()
            if u < rate:
                dispo = _one(rng, _CC_DISPO, [60, 25, 15])
            else:
                dispo = _one(rng, ["Unsubstantiated", "Exonerated", "Unfounded"], [45, 40, 15])
            rows.append(
                {
                    "unique_mos_id": off["unique_mos_id"],
                    "first_name": off["first_name"],
                    "last_name": off["last_name"],
                    "shield_no": off["shield_no"],
                    "complaint_id": complaint,
                    "month_received": month,
                    "year_received": year,
                    "month_closed": close.month,
                    "year_closed": close.year,
                    "command_at_incident": "" if precinct in (None, 1000) else f"{int(precinct):03d} PCT",
                    "rank_abbrev_incident": _CC_RANKS[off["rank"]][0],
                    "rank_incident": off["rank"],
                    "mos_ethnicity": off["mos_ethnicity"],
                    "mos_gender": off["mos_gender"],
                    "mos_age_incident": off["age0"] + (year - 2010) // 3,
                    "complainant_ethnicity": c_eth,
                    "complainant_gender": c_gender,
                    "complainant_age_incident": c_age,
                    "fado_type": fado,
                    "allegation": _one(rng, list(alle), list(alle.values())),
                    "precinct": precinct,
                    "contact_reason": reason,
                    "board_disposition": dispo,
                }
            )
    df = pd.DataFrame(rows)
    df["complainant_age_incident"] = df["complainant_age_incident"].astype("Int64")
    df["precinct"] = df["precinct"].astype("Int64")
    return df


def _cc_subst(d: pd.DataFrame) -> pd.Series:
    return _text(d["board_disposition"]).str.startswith("Substantiated")


def _cc_top(d: pd.DataFrame, col: str, distinct: bool) -> str:
    key = _n(d[col])
    if distinct:
        counts = d.assign(_k=key).dropna(subset=["_k"]).groupby("_k")["complaint_id"].nunique()
    else:
        counts = key.value_counts()
    counts.index = counts.index.astype(int).astype(str)
    return _top(counts)


def _cc_age(d: pd.DataFrame, clean: bool) -> float:
    age = _n(d["complainant_age_incident"])
    return float((age[age >= 10] if clean else age).mean())


def _ordinal(number: str) -> str:
    """ "75" as "75th", "73" as "73rd"."""
    n = int(number)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_CC_ID = ("complaint_id",)
_CCRB_QS = [
    Q(
        "how many complaints are in here",
        _count_any(lambda d: int(d["complaint_id"].nunique()), lambda d: len(d)),
        _CC_ID,
    ),
    Q(
        "what share of allegations end up substantiated",
        _share(lambda d: float(_cc_subst(d).mean())),
        ("board_disposition", *_CC_ID),
    ),
    Q(
        "and for force ones?",
        _share(lambda d: float(_cc_subst(d)[_text(d["fado_type"]).eq("Force")].mean())),
        ("board_disposition", "fado_type", *_CC_ID),
    ),
    Q(
        "which precinct gets the most complaints",
        _lead(
            _named_any(
                *(
                    lambda d, k=k, o=o: _ordinal(_cc_top(d, "precinct", k)) if o else _cc_top(d, "precinct", k)
                    for k in (True, False)
                    for o in (True, False)
                )
            )
        ),
        ("precinct", "command_at_incident", *_CC_ID),
    ),
    Q(
        "average age of the people complaining?",
        _abouts(lambda d: _cc_age(d, False), lambda d: _cc_age(d, True)),
        ("complainant_age_incident", *_CC_ID),
    ),
    Q(
        "which year had the most complaints",
        _lead(
            either(
                _year(lambda d: int(_cc_top(d, "year_received", True))),
                _year(lambda d: int(_cc_top(d, "year_received", False))),
            )
        ),
        ("year_received", "month_received", *_CC_ID),
    ),
]


# --- 6. FDA drug shortages -----------------------------------------------------------------------------------------

_FD_DRUGS = [
    "Amoxicillin",
    "Amphetamine Aspartate",
    "Methylphenidate Hydrochloride",
    "Cisplatin",
    "Carboplatin",
    "Lidocaine Hydrochloride",
    "Bupivacaine Hydrochloride",
    "Albuterol Sulfate",
    "Dexamethasone Sodium Phosphate",
    "Furosemide",
    "Heparin Sodium",
    "Epinephrine",
    "Ketamine Hydrochloride",
    "Morphine Sulfate",
    "Fentanyl Citrate",
    "Methotrexate",
    "Vinblastine Sulfate",
    "Azacitidine",
    "Cefazolin Sodium",
    "Penicillin G Benzathine",
    "Clindamycin Phosphate",
    "Sodium Bicarbonate",
    "Dextrose",
    "Potassium Chloride",
    "Atropine Sulfate",
    "Midazolam",
    "Propofol",
    "Vecuronium Bromide",
    "Rocuronium Bromide",
    "Lorazepam",
    "Diazepam",
    "Haloperidol Decanoate",
    "Fluorouracil",
    "Leucovorin Calcium",
    "Semaglutide",
    "Liraglutide",
    "Insulin Regular",
    "Levothyroxine Sodium",
    "Nitroglycerin",
    "Diltiazem Hydrochloride",
    "Amiodarone",
    "Labetalol Hydrochloride",
    "Metoprolol Tartrate",
    "Enoxaparin Sodium",
    "Promethazine Hydrochloride",
    "Ondansetron",
    "Valproate Sodium",
    "Phenytoin Sodium",
    "Levetiracetam",
    "Tobramycin Sulfate",
]
_FD_CATS = [
    "Anti-Infective",
    "Oncology",
    "Anesthesia",
    "Cardiovascular",
    "Analgesia/Addiction",
    "Psychiatry",
    "Neurology",
    "Endocrinology/Metabolism",
    "Pulmonary/Allergy",
    "Hematology",
    "Pediatric",
]
_FD_CAT_W = [20, 18, 16, 14, 9, 7, 7, 6, 4, 4, 3]
_FD_COMPANIES = {
    "Hikma Pharmaceuticals USA Inc.": 18,
    "Fresenius Kabi USA, LLC": 15,
    "Pfizer Laboratories Div Pfizer Inc": 13,
    "Teva Pharmaceuticals USA, Inc.": 10,
    "Sagent Pharmaceuticals": 8,
    "Mylan Institutional": 7,
    "Amneal Pharmaceuticals of New York, LLC": 6,
    "Baxter Healthcare Corporation": 6,
    "Sandoz Inc.": 5,
    "Accord Healthcare, Inc.": 4,
    "Novo Nordisk": 3,
    "Eugia US LLC": 3,
}
_FD_REASONS = {
    "Demand increase for the drug": 28,
    "Shortage of an active ingredient": 14,
    "Discontinuation of the manufacture of the drug": 12,
    "Delay in shipping of the drug": 10,
    "Requirements related to complying with good manufacturing practices": 9,
    "Regulatory delay": 4,
    "Other": 9,
    "": 30,
}
_FD_FORMS = [
    ("Injection", "mg/mL", "vial"),
    ("Tablet", "mg", "bottle"),
    ("Capsule", "mg", "bottle"),
    ("Oral Suspension", "mg/5 mL", "bottle"),
    ("Injection", "mg/mL", "prefilled syringe"),
]


def _fda_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20506)
    companies = list(_FD_COMPANIES)
    rows = []
    for drug in _FD_DRUGS:
        for _round in range(int(rng.choice([1, 1, 1, 2]))):
            cats = [_one(rng, _FD_CATS, _FD_CAT_W)]
            if rng.random() < 0.25:
                extra = _one(rng, _FD_CATS, _FD_CAT_W)
                if extra != cats[0]:
                    cats.append(extra)
            posted = pd.Timestamp("2012-01-01") + pd.Timedelta(days=int(rng.integers(0, 12 * 365 + 150)))
            status = _one(rng, ["Current", "Resolved", "To Be Discontinued"], [45, 45, 10])
            if _round == 0 and posted.year < 2020 and rng.random() < 0.5:
                status = "Resolved"
            last = pd.Timestamp("2024-06-28")
            if status == "Resolved":
                update = min(posted + pd.Timedelta(days=int(rng.gamma(1.6, 260)) + 20), last)
            else:
                update = last - pd.Timedelta(days=int(rng.integers(0, 120)))
                update = max(update, posted)
            n_companies = int(rng.integers(1, 5))
            chosen = list(
                rng.choice(companies, n_companies, replace=False, p=np.array(list(_FD_COMPANIES.values())) / 98)
            )
            for company in chosen:
                form, unit, pack = _one(rng, _FD_FORMS)
                reason = _one(rng, list(_FD_REASONS), list(_FD_REASONS.values()))
                for _ in range(int(rng.integers(1, 6))):
                    strength = int(rng.choice([1, 2, 5, 10, 20, 25, 50, 100, 250, 500]))
                    labeler, product, pack_no = (int(rng.integers(0, k)) for k in (99999, 9999, 99))
                    ndc = f"{labeler:05d}-{product:04d}-{pack_no:02d}"
                    avail = (
                        ""
                        if status == "Resolved"
                        else _one(
                            rng,
                            ["Available", "Backordered. Estimated recovery Q3 2024.", "Limited supply", "Discontinued"],
                            [25, 40, 25, 10],
                        )
                    )
                    rows.append(
                        {
                            "Generic Name": drug,
                            "Company Name": company,
                            "Contact Info": f"{int(rng.integers(200, 999))}-{int(rng.integers(200, 999))}-"
                            f"{int(rng.integers(1000, 9999))}",
                            "Presentation": f"{drug}, {form}, {strength} {unit}, 1 {pack} (NDC {ndc})",
                            "Type of Update": _one(rng, ["Revised", "New", "Reverified"], [50, 20, 30]),
                            "Date of Update": update.strftime("%m/%d/%Y"),
                            "Availability Information": avail,
                            "Reason for Shortage": reason,
                            "Therapeutic Category": "; ".join(cats),
                            "Status": status,
                            "Initial Posting Date": posted.strftime("%m/%d/%Y"),
                        }
                    )
    return pd.DataFrame(rows)


def _fd_date(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(d[col]), format="%m/%d/%Y", errors="coerce")


def _fd_current(d: pd.DataFrame, distinct: bool) -> int:
    cur = d[_text(d["Status"]).eq("Current")]
    return int(_text(cur["Generic Name"]).nunique()) if distinct else len(cur)


def _fd_company(d: pd.DataFrame, distinct: bool) -> str:
    comp = _text(d["Company Name"])
    if distinct:
        return _top(_text(d["Generic Name"]).groupby(comp).nunique())
    return _top(comp.value_counts())


def _fd_reason(d: pd.DataFrame) -> str:
    r = _text(d["Reason for Shortage"])
    return _top(r[r.ne("")].value_counts())


def _fd_2023(d: pd.DataFrame, distinct: bool) -> int:
    sub = d[_fd_date(d, "Initial Posting Date").dt.year == 2023]
    return int(_text(sub["Generic Name"]).nunique()) if distinct else len(sub)


def _fd_days(d: pd.DataFrame, per_drug: bool, how: str) -> float:
    res = d[_text(d["Status"]).eq("Resolved")]
    days = (_fd_date(res, "Date of Update") - _fd_date(res, "Initial Posting Date")).dt.days
    if per_drug:
        key = _text(res["Generic Name"]) + "|" + _text(res["Initial Posting Date"])
        days = days.groupby(key).first()
    return float(days.agg(how))


def _fd_category(d: pd.DataFrame, split: bool) -> str:
    cat = _text(d["Therapeutic Category"])[_text(d["Status"]).eq("Current")]
    if split:
        cat = cat.str.split(";").explode().str.strip()
    return _top(cat[cat.ne("")].value_counts())


def _fd_length() -> Check:
    checks = []
    for per_drug in (True, False):
        for how in ("mean", "median"):
            for scale in (1.0, 7.0, 30.44, 30.0, 365.25):
                checks.append(_about(lambda d, p=per_drug, h=how, s=scale: _fd_days(d, p, h) / s, rel=0.02))
    return either(*checks)


_FD_ID = ("Generic Name", "Presentation")
_FDA_QS = [
    Q(
        "how many drugs are in shortage right now",
        _count_any(lambda d: _fd_current(d, True), lambda d: _fd_current(d, False)),
        ("Status", *_FD_ID),
    ),
    Q(
        "which company has the most shortages",
        _lead(
            _named_any(
                lambda d: _fd_company(d, True),
                lambda d: _fd_company(d, False),
                lambda d: _fd_company(d, True).split()[0],
                lambda d: _fd_company(d, False).split()[0],
            )
        ),
        ("Company Name", *_FD_ID),
    ),
    Q("what's the most common reason given", _lead(_named(_fd_reason)), ("Reason for Shortage", *_FD_ID)),
    Q(
        "how many were first posted in 2023",
        _count_any(lambda d: _fd_2023(d, True), lambda d: _fd_2023(d, False)),
        ("Initial Posting Date", *_FD_ID),
    ),
    Q(
        "which therapeutic area has the most current shortages",
        _lead(_named_any(lambda d: _fd_category(d, True), lambda d: _fd_category(d, False))),
        ("Therapeutic Category", "Status", *_FD_ID),
    ),
    Q(
        "for the resolved ones, how long did the shortage usually last",
        _fd_length(),
        ("Status", "Date of Update", "Initial Posting Date", *_FD_ID),
    ),
]


# --- 7. SILSO monthly mean total sunspot number --------------------------------------------------------------------

_SN = "Monthly mean total sunspot number"
_SD = "Monthly mean standard deviation"
_OBS = "Number of observations"
_MARK = "Definitive/provisional marker"


def _sunspot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20507)
    months = pd.date_range("1749-01-01", "2024-08-01", freq="MS")
    t = months.year.to_numpy() + (months.month.to_numpy() - 0.5) / 12
    # cycles of 9.5-12.5 years with their own heights
    starts = [1744.5]
    while starts[-1] < 2030:
        starts.append(starts[-1] + float(rng.uniform(9.6, 12.4)))
    starts[-2] = 2019.9
    starts[-1] = 2031.0
    heights = rng.uniform(80, 280, len(starts))
    heights[-2] = 215
    value = np.zeros(len(t))
    for k in range(len(starts) - 1):
        a, b = starts[k], starts[k + 1]
        inside = (t >= a) & (t < b)
        x = (t[inside] - a) / (b - a)
        value[inside] = heights[k] * (x / 0.38) ** 2 * np.exp(1 - (x / 0.38) ** 2) ** 1.0
    noisy = value * rng.lognormal(0, 0.25, len(t)) + rng.normal(0, 6, len(t))
    noisy = np.where(noisy < 2.5, np.where(t < 1900, 0.0, np.clip(noisy, 0, None)), noisy)
    sn = np.round(np.clip(noisy, 0, None), 1)
    year = months.year.to_numpy()
    sd = np.where(year < 1818, -1.0, np.round(2 + 0.12 * sn + rng.uniform(0, 4, len(t)), 1))
    obs = np.where(
        year < 1818,
        -1,
        np.where(year < 1900, rng.integers(5, 31, len(t)), np.where(year < 1981, rng.integers(25, 32, len(t)), 0)),
    )
    modern = year >= 1981
    obs[modern] = np.clip(rng.normal(400 + 15 * (year[modern] - 1981), 90), 150, None).astype(int)
    mark = np.ones(len(t), dtype=int)
    mark[-7:] = 0
    return pd.DataFrame(
        {
            "Year": year,
            "Month": months.month,
            "Date in fraction of year": np.round(t, 3),
            _SN: sn,
            _SD: sd,
            _OBS: obs,
            _MARK: mark,
        }
    )


def _sn_peak(d: pd.DataFrame) -> pd.Timestamp:
    i = _n(d[_SN]).idxmax()
    return pd.Timestamp(int(d.loc[i, "Year"]), int(d.loc[i, "Month"]), 1)


def _sn_year(d: pd.DataFrame, how: str) -> int:
    return int(_n(d[_SN]).groupby(_n(d["Year"])).agg(how).idxmax())


_SN_ID = ("Year", "Month", "Date in fraction of year")
_SUNSPOT_QS = [
    Q(
        "what's the highest monthly sunspot count ever and when was it",
        both(_about(lambda d: float(_n(d[_SN]).max())), _month_year(_sn_peak)),
        (_SN, *_SN_ID),
    ),
    Q(
        "average since 2000?",
        _about(lambda d: float(_n(d[_SN])[_n(d["Year"]) >= 2000].mean())),
        (_SN, *_SN_ID),
    ),
    Q(
        "which year had the most sunspots",
        _lead(either(_year(lambda d: _sn_year(d, "mean")), _year(lambda d: _sn_year(d, "sum")))),
        (_SN, *_SN_ID),
    ),
    Q("how many months had zero sunspots", _count(lambda d: int((_n(d[_SN]) == 0).sum())), (_SN, *_SN_ID)),
    Q(
        "how many months don't have a standard deviation recorded",
        _count(lambda d: int(((_n(d[_SD]) < 0) | _n(d[_SD]).isna()).sum())),
        (_SD, *_SN_ID),
    ),
    Q("how many values are still provisional", _count(lambda d: int((_n(d[_MARK]) == 0).sum())), (_MARK, *_SN_ID)),
]


HELDOUT205: list[Dataset] = [
    Dataset("autosleep_nightly_export", _autosleep_frame, _AUTOSLEEP_QS),
    Dataset("netatmo_indoor_module_export", _netatmo_frame, _NETATMO_QS),
    Dataset("pocket_casts_listening_history", _pocketcasts_frame, _POCKETCASTS_QS),
    Dataset("bandcamp_sales_report", _bandcamp_frame, _BANDCAMP_QS),
    Dataset("nyc_ccrb_allegations", _ccrb_frame, _CCRB_QS),
    Dataset("fda_drug_shortages", _fda_frame, _FDA_QS),
    Dataset("silso_monthly_sunspots", _sunspot_frame, _SUNSPOT_QS),
]
