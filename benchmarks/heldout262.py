"""HELDOUT262: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Pimsleur lesson progress
export for one learner (one row per session, 2023 to 2024) with "Session Date" as "2024-03-14 07:42", Course
("Spanish (Latin American)", "French", "Japanese"), Level (1 to 5), Unit (1 to 6, five lessons each), Lesson (1 to
30 within the level, blank on Flash Cards and Speak Easy rows), Activity (Lesson, Speak Easy, Flash Cards, Quick
Match), "Minutes Listened" (one decimal; a core lesson runs about 30 minutes and is often replayed), Completed
("TRUE"/"FALSE"), "Quiz Score" ("85%", blank when no quiz was taken) and Device (iOS, Android, Web, Alexa); a Libib
library catalog export (one row per item) with the snake_case columns Libib writes: item_type (book, movie, music,
video game), title, creators ("Last, First"; several joined by ", "), ean_isbn13 and upc_isbn10 (digits, blank when
unknown), publisher, publish_date ("2014-05-06", or just "1998" for older items), group (Living Room, Kids,
Office, Basement), tags (comma-joined, mostly blank), notes (mostly blank), rating (1 to 5, blank when unrated),
status (Not begun, In progress, Completed, Abandoned), began and completed ("2023-01-14", blank until they happen)
and added ("2021-02-03"); a stats.fm / Spotify extended streaming history export (one row per stream, 2023 to
mid-2024) with ts as "2023-04-05T18:22:41Z" (the stream's end, UTC), platform ("ios", "Android OS 14 API 34 (samsung,
SM-S911U)", "windows", "web_player"), ms_played, conn_country ("US", a few "CA" and "MX"),
master_metadata_track_name, master_metadata_album_artist_name and master_metadata_album_album_name (blank on podcast
rows, which carry episode_name and episode_show_name instead), spotify_track_uri, reason_start (trackdone, fwdbtn,
clickrow, playbtn, backbtn, appload), reason_end (trackdone, fwdbtn, endplay, backbtn, logout), shuffle, skipped
(True/False, blank on older rows) and offline (True/False); a Wikiloc trail list for one user (one row per trail,
2019 to 2024) with "Trail name", Activity (Hiking, Mountain biking, Running, Trail running, Walking), Recorded as
"Mar 14, 2023", Distance as "12.45 km", "Elevation gain" and "Elevation loss" as "845 m", "Max elevation" and "Min
elevation" as "1,812 m", "Moving time" and "Time" as "3 hours 12 minutes" (or "45 minutes"), "Technical difficulty"
(Easy, Moderate, Difficult, Very difficult, Experts only), "Trail type" (Loop, One Way), Downloads and Likes; a city
sewer department's manhole inspection records (open data, one row per inspection, 2019 to 2024, manholes
re-inspected so MANHOLE_ID repeats) with INSPECTION_ID, MANHOLE_ID ("MH-04213"), INSPECTION_DATE as "03/14/2022
12:00:00 AM", DISTRICT ("NORTH", "SOUTH", "EAST", "WEST", "CENTRAL"), COVER_CONDITION (GOOD, FAIR, POOR, BROKEN,
MISSING), FRAME_CONDITION (GOOD, FAIR, POOR, OFFSET), INFILTRATION ("Y", "N", blank when not checked), DEPTH_FT (one
decimal; -99 when it could not be measured), MATERIAL (BRICK, PRECAST CONCRETE, CAST IN PLACE, FIBERGLASS, UNKNOWN),
OVERALL_RATING (1 = excellent to 5 = immediate attention), RECOMMENDED_ACTION (NO ACTION, MONITOR, RAISE TO GRADE,
REPLACE COVER, REPLACE FRAME AND COVER, REHABILITATE, REPLACE STRUCTURE) and INSPECTOR ("J ALVAREZ"); a city's bulk
trash pickup requests (open data, one row per request, 2022 to 2024) with "SR Number" ("SR-2023-041235"), "Created
Date" as "2023-03-14T09:12:00.000", "Scheduled Date" as "2023-03-20", "Completed Date" (same format, blank unless
picked up), "Item Types" (upper case joined by "; ", like "FURNITURE; MATTRESS", "APPLIANCE W/ FREON", "E-WASTE",
"CARPET", "TIRES", "OTHER"), "Number of Items", Ward ("Ward 1" to "Ward 8"), Status (Closed, Open, Cancelled,
Duplicate) and "Missed Pickup" (Y/N); and a reservoir's daily readings (2017 to 2024, some days absent) with Date as
"01/15/2019", "Elevation (ft)" (feet above sea level), "Storage (af)" (acre-feet, comma thousands), "Percent Full",
"Inflow (cfs)", "Outflow (cfs)", "Precip (in)" (gauge readings, "---" when missing, as are the others on sensor
outages) and Qualifier ("P" provisional for the last year or so, "E" estimated, blank when approved). All are
generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _year
from .heldout37 import _day as _day_of
from .heldout253 import _num, _text, _top, _typical
from .heldout258 import _month
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled


def _first_num(df: pd.DataFrame, col: str) -> pd.Series:
    """The first number written in each cell ("12.45 km", "1,812 m"), NaN when none."""
    text = df[col].astype("string").str.replace(",", "", regex=False)
    return pd.to_numeric(text.str.extract(r"(-?\d+(?:\.\d+)?)")[0], errors="coerce")


def _hours(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration in hours: as hours, or as minutes."""
    return either(_about(value, rel=0.005), _about(lambda df: 60 * float(value(df)), rel=0.005))


def _top_month(stamps: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    month = stamps.dt.to_period("M")
    s = month.value_counts() if weights is None else weights.groupby(month).sum()
    return s.sort_index().idxmax().to_timestamp()


# --- 1. Pimsleur lesson progress -----------------------------------------------------------------------------------

_PM_COURSES = {"Spanish (Latin American)": 0.5, "French": 0.3, "Japanese": 0.2}


def _pimsleur_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26201)
    rows: list[dict[str, Any]] = []
    progress = {c: [1, 1] for c in _PM_COURSES}  # level, lesson
    skill = {"Spanish (Latin American)": 84.0, "French": 80.0, "Japanese": 72.0}
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        keen = 0.75 if day.month in (1, 2, 9, 10) else 0.5
        if rng.random() > keen:
            continue
        for _ in range(int(rng.integers(1, 4))):
            course = _one(rng, list(_PM_COURSES), list(_PM_COURSES.values()))
            level, lesson = progress[course]
            activity = _one(rng, ["Lesson", "Speak Easy", "Flash Cards", "Quick Match"], [70, 8, 14, 8])
            t = day + pd.Timedelta(hours=int(_one(rng, [6, 7, 8, 12, 17, 18, 21], [2, 4, 2, 2, 3, 2, 2])))
            t += pd.Timedelta(minutes=int(rng.integers(0, 60)))
            quiz = ""
            if activity == "Lesson":
                completed = rng.random() < 0.82
                minutes = round(float(rng.uniform(27, 31)) if completed else float(rng.uniform(3, 25)), 1)
                if completed and rng.random() < 0.55:
                    score = min(100, round(float(rng.normal(skill[course] + level * 1.5, 8)) / 5) * 5)
                    quiz = f"{score}%"
                if completed and rng.random() < 0.8:
                    lesson += 1
                    if lesson > 30:
                        level, lesson = min(level + 1, 5), 1
                    progress[course] = [level, lesson]
                shown_lesson: Any = lesson if not completed else max(1, lesson - 1) if lesson > 1 else 30
            else:
                completed = rng.random() < 0.9
                minutes = round(float(rng.uniform(2, 12)), 1)
                shown_lesson = ""
                if activity == "Quick Match" and completed:
                    quiz = f"{min(100, round(float(rng.normal(skill[course], 10)) / 5) * 5)}%"
            lesson_no = shown_lesson if shown_lesson != "" else lesson
            rows.append(
                {
                    "Session Date": f"{t:%Y-%m-%d %H:%M}",
                    "Course": course,
                    "Level": level,
                    "Unit": (int(lesson_no) - 1) // 5 + 1,
                    "Lesson": shown_lesson,
                    "Activity": activity,
                    "Minutes Listened": minutes,
                    "Completed": "TRUE" if completed else "FALSE",
                    "Quiz Score": quiz,
                    "Device": _one(rng, ["iOS", "Android", "Web", "Alexa"], [55, 20, 15, 10]),
                }
            )
    return pd.DataFrame(rows).sort_values("Session Date", kind="stable").reset_index(drop=True)


def _pm_done(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Completed").str.upper() == "TRUE"


def _pm_quiz(df: pd.DataFrame, course: str | None = None) -> pd.Series:
    q = _num(df, "Quiz Score")
    return q[_text(df, "Course") == course] if course else q


def _pm_top_month(by: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def top(df: pd.DataFrame) -> pd.Timestamp:
        when = pd.to_datetime(_text(df, "Session Date"), format="%Y-%m-%d %H:%M")
        return _top_month(when, _num(df, "Minutes Listened") if by == "minutes" else None)

    return top


_PM_QS = [
    Q(
        "how many lessons have i actually finished",
        either(
            _count(lambda df: int((_pm_done(df) & (_text(df, "Activity") == "Lesson")).sum())),
            _count(lambda df: int(_pm_done(df).sum())),
            _count(
                lambda df: len(
                    df[_pm_done(df) & (_text(df, "Activity") == "Lesson")].drop_duplicates(
                        ["Course", "Level", "Lesson"]
                    )
                )
            ),
        ),
        ("Completed", "Activity", "Course", "Level", "Lesson"),
    ),
    Q(
        "how many hours have i listened altogether",
        _hours(lambda df: float(_num(df, "Minutes Listened").sum()) / 60),
        ("Minutes Listened",),
    ),
    Q(
        "which language have i put the most time into",
        either(
            _lead(_named(lambda df: _top(_num(df, "Minutes Listened").groupby(_text(df, "Course")).sum()))),
            _lead(_named(lambda df: _top(_text(df, "Course").value_counts()))),
        ),
        ("Course", "Minutes Listened"),
    ),
    Q(
        "whats my average quiz score",
        _typical(lambda df: _pm_quiz(df).dropna()),
        ("Quiz Score",),
    ),
    Q(
        "and just for japanese?",
        _typical(lambda df: _pm_quiz(df, "Japanese").dropna()),
        ("Quiz Score", "Course"),
    ),
    Q(
        "what month did i study the most",
        either(_lead(_month_year(_pm_top_month("minutes"))), _lead(_month_year(_pm_top_month("sessions")))),
        ("Session Date", "Minutes Listened"),
    ),
]


# --- 2. Libib catalog --------------------------------------------------------------------------------------------

_LB_WORDS = [
    "Night",
    "River",
    "Glass",
    "House",
    "Winter",
    "Garden",
    "Shadow",
    "Light",
    "Stone",
    "Empire",
    "Secret",
    "City",
    "Lost",
    "Blue",
    "Silent",
    "Iron",
]
_LB_LAST = [
    "Smith",
    "Nguyen",
    "Garcia",
    "Okafor",
    "Brennan",
    "Tanaka",
    "Miller",
    "Rossi",
    "Kowalski",
    "Haddad",
    "Park",
    "Levy",
    "Moreau",
    "Singh",
]
_LB_FIRST = [
    "Anna",
    "James",
    "Mei",
    "Carlos",
    "Ngozi",
    "Liam",
    "Yuki",
    "Sara",
    "David",
    "Omar",
    "Elena",
    "Priya",
    "Tom",
    "Ruth",
]
_LB_TYPES = {
    "book": (60, ["Penguin Books", "HarperCollins", "Vintage", "Scholastic", "Tor Books", "Random House"]),
    "movie": (20, ["Warner Bros.", "Criterion Collection", "Universal Studios", "Disney"]),
    "music": (12, ["Columbia", "Sub Pop", "Blue Note", "Atlantic"]),
    "video game": (8, ["Nintendo", "Sony Interactive", "Ubisoft", "Electronic Arts"]),
}
_LB_PUB_W = {
    "book": [22, 16, 12, 9, 7, 14],
    "movie": [4, 3, 2, 2],
    "music": [3, 2, 2, 2],
    "video game": [4, 2, 2, 1],
}


def _libib_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26202)
    rows: list[dict[str, Any]] = []
    types = list(_LB_TYPES)
    for _ in range(1350):
        kind = _one(rng, types, [_LB_TYPES[k][0] for k in types])
        pubs = _LB_TYPES[kind][1]
        title = " ".join(str(_one(rng, _LB_WORDS)) for _ in range(int(rng.integers(1, 4))))
        title = f"The {title}" if rng.random() < 0.3 else title
        if rng.random() < 0.04:
            title = f"{title} (Vol. {int(rng.integers(2, 6))})"
        n_creators = 1 if rng.random() < 0.85 else 2
        creators = ", ".join(f"{_one(rng, _LB_LAST)}, {_one(rng, _LB_FIRST)}" for _ in range(n_creators))
        year = int(rng.integers(1965, 2025))
        if year < 2000 and rng.random() < 0.6:
            publish = str(year)
        else:
            publish = f"{year}-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}"
        added = pd.Timestamp("2020-06-01") + pd.Timedelta(days=int(rng.integers(0, 1650)))
        status = _one(rng, ["Not begun", "In progress", "Completed", "Abandoned"], [38, 8, 48, 6])
        began = completed = ""
        if status != "Not begun" and rng.random() < 0.9:
            b = added + pd.Timedelta(days=int(rng.integers(0, 200)))
            began = f"{b:%Y-%m-%d}"
            if status == "Completed":
                span = rng.gamma(2.2, 10) if kind == "book" else rng.gamma(1.0, 2)
                completed = f"{b + pd.Timedelta(days=int(span)):%Y-%m-%d}"
        rating = ""
        if status in ("Completed", "Abandoned") and rng.random() < 0.75:
            rating = str(
                int(_one(rng, [1, 2, 3, 4, 5], [2, 5, 20, 40, 30] if status == "Completed" else [5, 5, 2, 1, 0.5]))
            )
        isbn13 = upc = ""
        if kind == "book":
            isbn13 = "978" + "".join(str(int(d)) for d in rng.integers(0, 10, 10)) if rng.random() < 0.9 else ""
            upc = "".join(str(int(d)) for d in rng.integers(0, 10, 10)) if rng.random() < 0.5 else ""
        elif rng.random() < 0.85:
            upc = "0" + "".join(str(int(d)) for d in rng.integers(0, 10, 11))
        rows.append(
            {
                "item_type": kind,
                "title": title,
                "creators": creators,
                "ean_isbn13": isbn13,
                "upc_isbn10": upc,
                "publisher": _one(rng, pubs, _LB_PUB_W[kind]) if rng.random() < 0.93 else "",
                "publish_date": publish,
                "group": _one(rng, ["Living Room", "Kids", "Office", "Basement"], [40, 20, 25, 15]),
                "tags": _one(rng, ["", "", "", "favorites", "to lend", "signed, favorites", "gift"]),
                "notes": "" if rng.random() < 0.9 else _one(rng, ["lent to Sam", "water damage", "2nd copy"]),
                "rating": rating,
                "status": status,
                "began": began,
                "completed": completed,
                "added": f"{added:%Y-%m-%d}",
            }
        )
    return pd.DataFrame(rows)


def _lb_book_days(df: pd.DataFrame) -> pd.Series:
    books = df[_text(df, "item_type") == "book"]
    days = pd.to_datetime(books["completed"], errors="coerce") - pd.to_datetime(books["began"], errors="coerce")
    return days.dt.days.dropna()


def _lb_top_book_publisher(df: pd.DataFrame) -> str:
    pubs = _text(df, "publisher")[(_text(df, "item_type") == "book") & (_text(df, "publisher") != "")]
    return _top(pubs.value_counts())


_LB_QS = [
    Q(
        "how many books and how many movies are in my library",
        _count(
            lambda df: [int((_text(df, "item_type") == "book").sum()), int((_text(df, "item_type") == "movie").sum())]
        ),
        ("item_type",),
    ),
    Q("what rating do i usually give", _typical(lambda df: _num(df, "rating").dropna()), ("rating",)),
    Q(
        "how many have i finished",
        _count(lambda df: int((_text(df, "status") == "Completed").sum())),
        ("status", "completed"),
    ),
    Q("who publishes most of my books", _lead(_named(_lb_top_book_publisher)), ("publisher", "item_type")),
    Q(
        "how long does it take me to get through a book, in days",
        _typical(_lb_book_days),
        ("began", "completed", "item_type"),
    ),
    Q(
        "how many things did i add in 2023",
        _count(lambda df: int((pd.to_datetime(df["added"]).dt.year == 2023).sum())),
        ("added",),
    ),
]


# --- 3. stats.fm / Spotify streaming history -----------------------------------------------------------------------

_SF_ARTISTS = {
    "Taylor Swift": (14, ["Midnights", "1989 (Taylor's Version)"]),
    "Bad Bunny": (9, ["Un Verano Sin Ti"]),
    "Phoebe Bridgers": (8, ["Punisher", "Stranger in the Alps"]),
    "Kendrick Lamar": (7, ["Mr. Morale & The Big Steppers"]),
    "boygenius": (6, ["the record"]),
    "Mitski": (5, ["The Land Is Inhospitable and So Are We"]),
    "Fleetwood Mac": (4, ["Rumours"]),
    "SZA": (6, ["SOS"]),
    "Noah Kahan": (4, ["Stick Season"]),
    "Tame Impala": (3, ["Currents"]),
}
_SF_TRACK_WORDS = [
    "Anti",
    "Hero",
    "Karma",
    "Stick",
    "Season",
    "Kill",
    "Bill",
    "Dreams",
    "Motion",
    "Sickness",
    "Garden",
    "Song",
    "Nobody",
    "Tití",
    "Me",
]


def _sf_catalog(rng: np.random.Generator) -> list[tuple[str, str, str, str, float]]:
    out = []
    used: set[str] = set()
    for artist, (w, albums) in _SF_ARTISTS.items():
        for album in albums:
            for _ in range(int(rng.integers(8, 14))):
                name = " ".join(str(_one(rng, _SF_TRACK_WORDS)) for _ in range(int(rng.integers(1, 4))))
                while name in used:
                    name = f"{name} {_one(rng, _SF_TRACK_WORDS)}"
                used.add(name)
                uri = "spotify:track:" + "".join(
                    rng.choice(list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop0123456789"), 22)
                )
                out.append((name, artist, album, uri, w * float(rng.pareto(1.3) + 0.2)))
    return out


def _statsfm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26203)
    catalog = _sf_catalog(rng)
    weights = np.array([c[4] for c in catalog])
    rows: list[dict[str, Any]] = []
    t = pd.Timestamp("2023-01-01 07:00")
    end = pd.Timestamp("2024-06-30")
    while t < end and len(rows) < 5000:
        hour = t.hour
        if hour < 7 or rng.random() < 0.12:
            t += pd.Timedelta(hours=float(rng.uniform(4, 30 if t.month in (11, 12) else 42)))
            continue
        platform = _one(
            rng, ["ios", "Android OS 14 API 34 (samsung, SM-S911U)", "windows", "web_player"], [50, 10, 30, 10]
        )
        if rng.random() < 0.04:
            ms = int(rng.uniform(600_000, 3_600_000))
            row = {
                "track": "",
                "artist": "",
                "album": "",
                "uri": "",
                "episode": "Episode " + str(int(rng.integers(100, 400))),
            }
            show = _one(rng, ["The Daily", "Song Exploder", "Hard Fork"])
            skipped_now = False
            reason_end = _one(rng, ["endplay", "trackdone", "logout"])
        else:
            i = int(rng.choice(len(catalog), p=weights / weights.sum()))
            name, artist, album, uri, _w = catalog[i]
            length = int(rng.uniform(150_000, 280_000))
            skipped_now = rng.random() < 0.22
            ms = int(rng.uniform(1_000, 40_000)) if skipped_now else length
            reason_end = _one(rng, ["fwdbtn", "backbtn", "endplay"], [8, 1, 1]) if skipped_now else "trackdone"
            row = {"track": name, "artist": artist, "album": album, "uri": uri, "episode": ""}
            show = ""
        t += pd.Timedelta(milliseconds=ms + int(rng.integers(0, 4000)))
        shuffle = rng.random() < 0.6
        rows.append(
            {
                "ts": f"{t:%Y-%m-%dT%H:%M:%SZ}",
                "platform": platform,
                "ms_played": ms,
                "conn_country": _one(rng, ["US", "CA", "MX"], [95, 3, 2]),
                "master_metadata_track_name": row["track"],
                "master_metadata_album_artist_name": row["artist"],
                "master_metadata_album_album_name": row["album"],
                "spotify_track_uri": row["uri"],
                "episode_name": row["episode"],
                "episode_show_name": show,
                "reason_start": _one(
                    rng, ["trackdone", "fwdbtn", "clickrow", "playbtn", "backbtn", "appload"], [60, 15, 12, 6, 3, 4]
                ),
                "reason_end": reason_end,
                "shuffle": shuffle,
                "skipped": "" if t < pd.Timestamp("2023-03-01") else skipped_now,
                "offline": rng.random() < (0.12 if platform == "ios" else 0.02),
            }
        )
    return pd.DataFrame(rows)


def _sf_ts(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "ts"), format="%Y-%m-%dT%H:%M:%SZ")


def _sf_flag(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.lower().map({"true": 1.0, "false": 0.0})


def _sf_top_tracks(by: str) -> Callable[[pd.DataFrame], list[str]]:
    def top(df: pd.DataFrame) -> list[str]:
        name = _text(df, "master_metadata_track_name")
        keep = name != ""
        s = name[keep].value_counts() if by == "plays" else _num(df, "ms_played")[keep].groupby(name[keep]).sum()
        return [str(x) for x in s.sort_values(ascending=False, kind="stable").index[:5]]

    return top


_SF_QS = [
    Q(
        "who do i listen to the most",
        either(
            _lead(
                _named(
                    lambda df: _top(_text(df, "master_metadata_album_artist_name").replace("", np.nan).value_counts())
                )
            ),
            _lead(
                _named(
                    lambda df: _top(
                        _num(df, "ms_played")
                        .groupby(_text(df, "master_metadata_album_artist_name").replace("", np.nan))
                        .sum()
                    )
                )
            ),
        ),
        ("master_metadata_album_artist_name", "ms_played"),
    ),
    Q(
        "how many hours of stuff have i listened to total",
        _about(lambda df: float(_num(df, "ms_played").sum()) / 3.6e6, rel=0.005),
        ("ms_played",),
    ),
    Q(
        "top 5 songs?",
        either(_all_named(_sf_top_tracks("plays")), _all_named(_sf_top_tracks("time"))),
        ("master_metadata_track_name", "master_metadata_album_artist_name", "ms_played"),
    ),
    Q(
        "what % of songs do i skip",
        either(
            _share(lambda df: float(_sf_flag(df, "skipped").mean())),
            _share(lambda df: float(_sf_flag(df, "skipped").fillna(0).mean())),
            _share(lambda df: float(_sf_flag(df, "skipped")[_text(df, "master_metadata_track_name") != ""].mean())),
        ),
        ("skipped", "master_metadata_track_name"),
    ),
    Q(
        "which month did i listen the most",
        either(
            _lead(_month_year(lambda df: _top_month(_sf_ts(df), _num(df, "ms_played")))),
            _lead(_month_year(lambda df: _top_month(_sf_ts(df)))),
        ),
        ("ts", "ms_played"),
    ),
    Q(
        "how much of my listening was offline",
        either(
            _share(lambda df: float(_sf_flag(df, "offline").mean())),
            _share(
                lambda df: float(
                    _num(df, "ms_played")[_sf_flag(df, "offline") == 1].sum() / _num(df, "ms_played").sum()
                )
            ),
        ),
        ("offline", "ms_played"),
    ),
]


# --- 4. Wikiloc trails ---------------------------------------------------------------------------------------------

_WL_PLACES = [
    "Montseny",
    "Pedraforca",
    "Montserrat",
    "Collserola",
    "Cadí",
    "Garraf",
    "Matagalls",
    "Canigó",
    "Siurana",
    "Ordesa",
    "Aneto",
]
_WL_KINDS = {
    # activity: weight, km range (gamma shape, scale), gain per km, pace km/h
    "Hiking": (40, (3.0, 4.5), 60, 3.8),
    "Mountain biking": (22, (3.0, 12.0), 30, 13.0),
    "Running": (15, (4.0, 2.5), 8, 10.5),
    "Trail running": (13, (3.0, 5.0), 55, 7.5),
    "Walking": (10, (3.0, 2.0), 15, 4.5),
}
_WL_DIFF = ["Easy", "Moderate", "Difficult", "Very difficult", "Experts only"]


def _wl_time(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    if h == 0:
        return f"{m} minutes"
    return f"{h} hour{'s' if h > 1 else ''} {m} minutes"


def _wikiloc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26204)
    rows: list[dict[str, Any]] = []
    kinds = list(_WL_KINDS)
    used: set[str] = set()
    for _ in range(420):
        kind = _one(rng, kinds, [_WL_KINDS[k][0] for k in kinds])
        _w, (shape, scale), gain_km, pace = _WL_KINDS[kind]
        km = round(max(1.2, float(rng.gamma(shape, scale))), 2)
        gain = int(max(5, km * gain_km * float(rng.lognormal(0, 0.45))))
        loop = rng.random() < 0.62
        loss = gain if loop else int(max(5, gain * float(rng.uniform(0.3, 1.6))))
        low = int(rng.uniform(20, 1400))
        high = low + int(gain * float(rng.uniform(0.45, 0.9)))
        moving = int(km / pace * 60 * float(rng.uniform(0.85, 1.2)) + gain / 10)
        total = moving + int(rng.gamma(2, 12 if kind in ("Hiking", "Mountain biking") else 4))
        level = min(4, int(gain / 500 + km / 30 + float(rng.normal(0.6, 0.7))))
        level = max(0, level)
        link = _one(rng, ["circular", "des de", "per", "via", "loop", "ridge"])
        name = f"{_one(rng, _WL_PLACES)} {link} {_one(rng, _WL_PLACES)}"
        while name in used:
            name = f"{name} {int(rng.integers(2, 9))}"
        used.add(name)
        date = pd.Timestamp("2019-03-01") + pd.Timedelta(days=int(rng.integers(0, 2100)))
        likes = int(rng.poisson(2 + km / 4 + (6 if kind == "Hiking" else 0)))
        rows.append(
            {
                "Trail name": name,
                "Activity": kind,
                "Recorded": f"{date:%b} {date.day}, {date.year}",
                "Distance": f"{km:.2f} km",
                "Elevation gain": f"{gain:,} m",
                "Elevation loss": f"{loss:,} m",
                "Max elevation": f"{high:,} m",
                "Min elevation": f"{low:,} m",
                "Moving time": _wl_time(moving),
                "Time": _wl_time(total),
                "Technical difficulty": _WL_DIFF[level],
                "Trail type": "Loop" if loop else "One Way",
                "Downloads": int(rng.negative_binomial(1, 0.02)) + likes * 3,
                "Likes": likes,
            }
        )
    return pd.DataFrame(rows)


def _wl_minutes(df: pd.DataFrame, col: str) -> pd.Series:
    text = _text(df, col)
    h = pd.to_numeric(text.str.extract(r"(\d+)\s*hour")[0], errors="coerce").fillna(0)
    m = pd.to_numeric(text.str.extract(r"(\d+)\s*minute")[0], errors="coerce").fillna(0)
    return h * 60 + m


def _wl_longest(kind: str | None) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = df if kind is None else df[_text(df, "Activity") == kind]
        return str(d.loc[_first_num(d, "Distance").idxmax(), "Trail name"])

    return top


def _wl_mtb(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Activity") == "Mountain biking"]


_WL_QS = [
    Q(
        "how many km have i covered in total",
        _about(lambda df: float(_first_num(df, "Distance").sum()), rel=0.003),
        ("Distance",),
    ),
    Q("whats my longest hike", _lead(_named(_wl_longest("Hiking"))), ("Trail name", "Activity", "Distance")),
    Q(
        "how much climbing do my mountain bike rides usually have",
        _typical(lambda df: _first_num(_wl_mtb(df), "Elevation gain")),
        ("Elevation gain", "Activity"),
    ),
    Q(
        "and how many of those rides are difficult or harder",
        _count(lambda df: int(_text(_wl_mtb(df), "Technical difficulty").isin(_WL_DIFF[2:]).sum())),
        ("Technical difficulty", "Activity"),
    ),
    Q(
        "do longer trails get more likes",
        _corr(lambda df: _first_num(df, "Distance"), lambda df: _num(df, "Likes")),
        ("Distance", "Likes"),
    ),
    Q(
        "how many hours was i actually moving in 2023",
        _hours(
            lambda df: (
                float(
                    _wl_minutes(df, "Moving time")[
                        pd.to_datetime(_text(df, "Recorded"), format="%b %d, %Y").dt.year == 2023
                    ].sum()
                )
                / 60
            )
        ),
        ("Moving time", "Recorded"),
    ),
]


# --- 5. Manhole inspections ----------------------------------------------------------------------------------------

_MH_DISTRICTS = {"NORTH": 0.0, "SOUTH": 0.35, "EAST": 0.15, "WEST": -0.2, "CENTRAL": 0.55}
_MH_MATERIALS = {
    "BRICK": (30, 0.7),
    "PRECAST CONCRETE": (45, -0.3),
    "CAST IN PLACE": (12, 0.2),
    "FIBERGLASS": (5, -0.5),
    "UNKNOWN": (8, 0.3),
}
_MH_INSPECTORS = ["J ALVAREZ", "M CHEN", "R OKONKWO", "T MURPHY", "S PATEL", "D KOWALSKI"]
_MH_ACTIONS = {
    1: ["NO ACTION"],
    2: ["NO ACTION", "MONITOR"],
    3: ["MONITOR", "RAISE TO GRADE", "REPLACE COVER"],
    4: ["REPLACE FRAME AND COVER", "REHABILITATE"],
    5: ["REHABILITATE", "REPLACE STRUCTURE"],
}


def _manhole_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26205)
    districts = list(_MH_DISTRICTS)
    mats = list(_MH_MATERIALS)
    numbers = rng.choice(np.arange(1000, 99999), size=1700, replace=False)
    manholes = []
    for num in numbers:
        mat = _one(rng, mats, [_MH_MATERIALS[m][0] for m in mats])
        district = _one(rng, districts, [25, 20, 20, 15, 20])
        manholes.append((f"MH-{int(num):05d}", district, mat, round(float(rng.gamma(4, 2.2)) + 3, 1)))
    rows: list[dict[str, Any]] = []
    insp_w = [30, 22, 18, 14, 10, 6]
    n = 0
    for mh_id, district, mat, depth in manholes:
        visits = int(_one(rng, [1, 2, 3], [70, 24, 6]))
        for v in range(visits):
            n += 1
            date = pd.Timestamp("2019-01-02") + pd.Timedelta(days=int(rng.integers(0, 2190)))
            if date.day_of_week >= 5:
                date += pd.Timedelta(days=2)
            score = (
                2.2 + _MH_DISTRICTS[district] + _MH_MATERIALS[mat][1] + depth / 30 + float(rng.normal(0, 0.9)) + v * 0.2
            )
            rating = int(min(5, max(1, round(score))))
            cover = _one(
                rng,
                ["GOOD", "FAIR", "POOR", "BROKEN", "MISSING"],
                [max(0.1, 5 - rating) * 10, 20, rating * 5, rating, 0.8],
            )
            infil = "" if rng.random() < 0.08 else ("Y" if rng.random() < 0.06 + 0.07 * rating else "N")
            rows.append(
                {
                    "INSPECTION_ID": 200000 + n * 3 + int(rng.integers(0, 3)),
                    "MANHOLE_ID": mh_id,
                    "INSPECTION_DATE": f"{date:%m/%d/%Y} 12:00:00 AM",
                    "DISTRICT": district,
                    "COVER_CONDITION": cover,
                    "FRAME_CONDITION": _one(
                        rng, ["GOOD", "FAIR", "POOR", "OFFSET"], [max(0.1, 5 - rating) * 10, 20, rating * 4, 3]
                    ),
                    "INFILTRATION": infil,
                    "DEPTH_FT": -99.0 if rng.random() < 0.05 else round(depth + float(rng.normal(0, 0.15)), 1),
                    "MATERIAL": mat,
                    "OVERALL_RATING": rating,
                    "RECOMMENDED_ACTION": _one(rng, _MH_ACTIONS[rating]),
                    "INSPECTOR": _one(rng, _MH_INSPECTORS, insp_w),
                }
            )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["INSPECTION_DATE"], format="%m/%d/%Y %I:%M:%S %p").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _mh_rating_by(df: pd.DataFrame, col: str) -> pd.Series:
    return _num(df, "OVERALL_RATING").groupby(_text(df, col)).mean()


def _mh_depth(df: pd.DataFrame) -> pd.Series:
    d = _num(df, "DEPTH_FT")
    return d[d > 0]


_MH_QS = [
    Q(
        "how many manholes got inspected",
        either(_count(lambda df: int(df["MANHOLE_ID"].nunique())), _count(lambda df: len(df))),
        ("MANHOLE_ID", "INSPECTION_ID"),
    ),
    Q(
        "which district has the highest average rating",
        _lead(_named(lambda df: _top(_mh_rating_by(df, "DISTRICT")))),
        ("DISTRICT", "OVERALL_RATING"),
    ),
    Q(
        "what percent of inspections found water getting in",
        either(
            _share(lambda df: float((_text(df, "INFILTRATION") == "Y").mean())),
            _share(
                lambda df: float(
                    (_text(df, "INFILTRATION") == "Y").sum() / _text(df, "INFILTRATION").isin(["Y", "N"]).sum()
                )
            ),
        ),
        ("INFILTRATION",),
    ),
    Q(
        "compare brick vs precast concrete manholes on rating",
        _about(lambda df: _mh_rating_by(df, "MATERIAL")[["BRICK", "PRECAST CONCRETE"]].to_numpy()),
        ("MATERIAL", "OVERALL_RATING"),
    ),
    Q(
        "who did the most inspections",
        _lead(_named(lambda df: _top(_text(df, "INSPECTOR").value_counts()))),
        ("INSPECTOR", "INSPECTION_ID"),
    ),
    Q("how deep is a typical manhole", _typical(_mh_depth), ("DEPTH_FT",)),
]


# --- 6. Bulk trash pickup requests ---------------------------------------------------------------------------------

_BT_ITEMS = {
    "FURNITURE": 45,
    "MATTRESS": 22,
    "APPLIANCE W/ FREON": 10,
    "APPLIANCE": 8,
    "E-WASTE": 12,
    "CARPET": 6,
    "TIRES": 4,
    "OTHER": 8,
}
_BT_WARDS = {f"Ward {i}": w for i, w in enumerate([14, 11, 17, 9, 12, 15, 8, 10], start=1)}


def _bulk_trash_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26206)
    rows: list[dict[str, Any]] = []
    items = list(_BT_ITEMS)
    wards = list(_BT_WARDS)
    season = {1: 0.6, 2: 0.6, 3: 0.9, 4: 1.1, 5: 1.3, 6: 1.4, 7: 1.2, 8: 1.5, 9: 1.1, 10: 1.0, 11: 0.8, 12: 0.9}
    seq = 30000
    for day in pd.date_range("2022-01-01", "2024-12-31", freq="D"):
        for _ in range(int(rng.poisson(2.9 * season[day.month] * (0.5 if day.day_of_week == 6 else 1)))):
            seq += int(rng.integers(1, 40))
            created = day + pd.Timedelta(minutes=int(rng.integers(7 * 60, 20 * 60)))
            k = int(_one(rng, [1, 2, 3], [65, 28, 7]))
            kinds = sorted({str(_one(rng, items, list(_BT_ITEMS.values()))) for _ in range(k)}, key=items.index)
            n_items = int(len(kinds) + rng.poisson(1.2))
            sched = created.normalize() + pd.Timedelta(days=int(rng.integers(3, 12)))
            while sched.day_of_week >= 5:
                sched += pd.Timedelta(days=1)
            status = _one(rng, ["Closed", "Open", "Cancelled", "Duplicate"], [86, 3, 7, 4])
            if sched > pd.Timestamp("2024-12-31"):
                status = "Open"
            missed = status == "Closed" and rng.random() < 0.07
            done = ""
            if status == "Closed":
                finish = sched + pd.Timedelta(
                    days=int(rng.integers(2, 9)) if missed else 0, hours=int(rng.integers(8, 16))
                )
                done = f"{finish:%Y-%m-%dT%H:%M:00.000}"
            rows.append(
                {
                    "SR Number": f"SR-{created.year}-{seq:06d}",
                    "Created Date": f"{created:%Y-%m-%dT%H:%M:00.000}",
                    "Scheduled Date": f"{sched:%Y-%m-%d}" if status != "Duplicate" else "",
                    "Completed Date": done,
                    "Item Types": "; ".join(kinds),
                    "Number of Items": n_items,
                    "Ward": _one(rng, wards, list(_BT_WARDS.values())),
                    "Status": status,
                    "Missed Pickup": "Y" if missed else "N",
                }
            )
    return pd.DataFrame(rows)


def _bt_created(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Created Date"), format="%Y-%m-%dT%H:%M:%S.%f")


def _bt_wait_days(df: pd.DataFrame, whole: bool) -> pd.Series:
    done = pd.to_datetime(_text(df, "Completed Date").replace("", None), format="%Y-%m-%dT%H:%M:%S.%f")
    start = _bt_created(df)
    if whole:
        return (done.dt.normalize() - start.dt.normalize()).dt.days.dropna()
    return ((done - start).dt.total_seconds() / 86400).dropna()


def _bt_busiest_month(df: pd.DataFrame) -> int:
    return int(_top(_bt_created(df).dt.month.value_counts()))


def _bt_items_2023(real_only: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        keep = _bt_created(df).dt.year == 2023
        if real_only:
            keep &= ~_text(df, "Status").isin(["Cancelled", "Duplicate"])
        return float(_num(df, "Number of Items")[keep].sum())

    return total


_BT_QS = [
    Q(
        "which ward asks for the most pickups",
        _lead(_named(lambda df: _top(_text(df, "Ward").value_counts()))),
        ("Ward", "SR Number"),
    ),
    Q(
        "how many days does it usually take to get picked up",
        either(
            _typical(lambda df: _bt_wait_days(df, True)),
            _typical(lambda df: _bt_wait_days(df, False)),
        ),
        ("Created Date", "Completed Date"),
    ),
    Q(
        "what share of pickups get missed",
        either(
            _share(lambda df: float((_text(df, "Missed Pickup") == "Y").mean())),
            _share(
                lambda df: float((_text(df, "Missed Pickup") == "Y").sum() / (_text(df, "Status") == "Closed").sum())
            ),
        ),
        ("Missed Pickup", "Status"),
    ),
    Q(
        "how many requests included a mattress",
        _count(lambda df: int(_text(df, "Item Types").str.upper().str.contains("MATTRESS").sum())),
        ("Item Types",),
    ),
    Q(
        "how many items total did people want hauled away in 2023",
        either(_count(_bt_items_2023(False)), _count(_bt_items_2023(True))),
        ("Number of Items", "Created Date", "Status"),
    ),
    Q("what time of year is busiest", _lead(_month(_bt_busiest_month)), ("Created Date",)),
]


# --- 7. Reservoir daily readings -----------------------------------------------------------------------------------

_RS_CAPACITY = 1_950_000.0
_RS_FULL = 681.0


def _rs_storage(elev: float) -> float:
    return _RS_CAPACITY * ((elev - 560.0) / (_RS_FULL - 560.0)) ** 1.9


def _reservoir_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26207)
    rows: list[dict[str, Any]] = []
    elev = 668.0
    wet_year = {2017: 1.0, 2018: 0.8, 2019: 1.3, 2020: 0.7, 2021: 1.5, 2022: 0.6, 2023: 1.1, 2024: 0.9}
    for day in pd.date_range("2017-01-01", "2024-12-31", freq="D"):
        wet = wet_year[day.year] * (1.8 if day.month in (4, 5, 10) else 0.6 if day.month in (7, 8) else 1.0)
        rain = round(float(rng.gamma(0.6, 0.9)), 2) if rng.random() < 0.22 * wet else 0.0
        base = 350 * wet
        inflow = base + rain * 6000 * float(rng.uniform(0.5, 1.5)) + float(rng.normal(0, 60))
        inflow = max(20.0, inflow)
        demand = 900 if day.month in (6, 7, 8, 9) else 550
        outflow = max(40.0, demand + float(rng.normal(0, 80)) + max(0.0, elev - 679) * 3000)
        elev += (inflow - outflow) * 1.9835 / 12000
        elev = max(elev, 600.0)
        if rng.random() < 0.03:
            continue
        storage = _rs_storage(elev)
        out_sensor = rng.random() < 0.015
        qual = "P" if day >= pd.Timestamp("2023-10-01") else ("E" if rng.random() < 0.02 else "")
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Elevation (ft)": "---" if out_sensor else f"{elev:.2f}",
                "Storage (af)": "---" if out_sensor else f"{storage:,.0f}",
                "Percent Full": "---" if out_sensor else f"{100 * storage / _RS_CAPACITY:.1f}",
                "Inflow (cfs)": "---" if rng.random() < 0.01 else f"{inflow:.0f}",
                "Outflow (cfs)": f"{outflow:.0f}",
                "Precip (in)": "---" if rng.random() < 0.02 else f"{rain:.2f}",
                "Qualifier": qual,
            }
        )
    return pd.DataFrame(rows)


def _rs_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y")


def _rs_peak(df: pd.DataFrame) -> pd.Timestamp:
    elev = _num(df, "Elevation (ft)")
    return _rs_date(df)[elev.idxmax()]


def _rs_missing_days(df: pd.DataFrame) -> int:
    dates = _rs_date(df)
    absent = len(pd.date_range(dates.min(), dates.max(), freq="D")) - dates.nunique()
    return int(absent + _num(df, "Elevation (ft)").isna().sum())


def _rs_summer_2024(df: pd.DataFrame) -> pd.Series:
    d = _rs_date(df)
    return _num(df, "Percent Full")[(d >= "2024-06-01") & (d <= "2024-08-31")].dropna()


_RS_QS = [
    Q(
        "when was the lake at its highest and how high was it",
        both(_day_of(_rs_peak), _about(lambda df: float(_num(df, "Elevation (ft)").max()), rel=0.0002)),
        ("Date", "Elevation (ft)"),
    ),
    Q(
        "average storage in 2022?",
        _scaled(lambda df: float(_num(df, "Storage (af)")[_rs_date(df).dt.year == 2022].mean()), (1e3, 1e6), rel=0.005),
        ("Storage (af)", "Date"),
    ),
    Q(
        "which year was the rainiest",
        _lead(_year(lambda df: int(_top(_num(df, "Precip (in)").groupby(_rs_date(df).dt.year).sum())))),
        ("Precip (in)", "Date"),
    ),
    Q(
        "how many days dont have a water level reading",
        either(_count(lambda df: int(_num(df, "Elevation (ft)").isna().sum())), _count(_rs_missing_days)),
        ("Elevation (ft)", "Date"),
    ),
    Q(
        "does rain go with more water flowing in",
        _corr(lambda df: _num(df, "Precip (in)"), lambda df: _num(df, "Inflow (cfs)")),
        ("Precip (in)", "Inflow (cfs)"),
    ),
    Q("how full was it on average over summer 2024", _typical(_rs_summer_2024), ("Percent Full", "Date")),
]


HELDOUT262: list[Dataset] = [
    Dataset("pimsleur_lesson_progress", _pimsleur_frame, _PM_QS),
    Dataset("libib_library_catalog", _libib_frame, _LB_QS),
    Dataset("statsfm_spotify_streams", _statsfm_frame, _SF_QS),
    Dataset("wikiloc_user_trails", _wikiloc_frame, _WL_QS),
    Dataset("city_manhole_inspections", _manhole_frame, _MH_QS),
    Dataset("city_bulk_trash_requests", _bulk_trash_frame, _BT_QS),
    Dataset("reservoir_daily_levels", _reservoir_frame, _RS_QS),
]
