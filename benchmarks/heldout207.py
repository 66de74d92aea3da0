"""HELDOUT207: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: an AllTrails recorded-activities export
(2021-2024, one row per recording) with Name ("Morning hike at Mount Tamalpais", "Afternoon walk"), Date
("2023-05-14 08:32:10"), "Activity Type" (Hiking / Trail running / Walking / Mountain biking), "Distance (mi)" (two
decimals, 0.00 for a few recordings stopped at once), "Elevation Gain (ft)", "Moving Time" and "Total Time" as
"1:23:45", "Average Pace (min/mi)" as "22:31" (blank when the distance is 0), "Max Elevation (ft)", "Trail Name"
(blank for custom routes) and State (full names); an Airthings Wave Plus export (hourly, November 2023 to January
2024, a few hours missing) with recorded ("2023-11-01T00:05:12"), "RADONSHORTTERMAVG Bq/m3" (blank for the first 24
hours while the sensor settles), "TEMP °C", "HUMIDITY %", "PRESSURE hPa", "CO2 ppm" (a bedroom cycle, high at night)
and "VOC ppb"; a Raindrop.io bookmarks export with id (large integers), title, note (mostly blank), excerpt, url,
folder (Unsorted / Dev / Recipes / Reading / Design / Travel / Videos), tags (comma-separated in one cell, "python,
data", blank when untagged), created ("2023-04-12T09:15:33.123Z"), cover (an image url or blank), highlights (mostly
blank) and favorite (true / false); a Libby timeline export with title, author, publisher, isbn (13 digits, blank for
magazines), format (ebook / audiobook / magazine), library, activity (Borrowed / Returned / Placed hold / Renewed),
date ("March 03, 2023 21:14") and details ("21 days" on loans and renewals, "#4 in line" on holds, blank on
returns); a Police.uk street-level crime file for Avon and Somerset (2023, twelve monthly files stacked) with "Crime
ID" (64 hex characters, blank for anti-social behaviour), Month ("2023-01"), "Reported by", "Falls within",
Longitude / Latitude (blank with "No location" and no LSOA for some rows), Location ("On or near Parking Area"),
"LSOA code" ("E01014485"), "LSOA name" ("Bristol 032A"), "Crime type", "Last outcome category" (blank for
anti-social behaviour) and Context (always blank); a US Senate LDA filings download (2021-2023) with filing_uuid,
filing_type (RR for a registration, Q1-Q4 for quarterly reports), filing_year, registrant_name and client_name in
upper case (in-house filers are their own client), income (lobbying firms) or expenses (in-house filers), never both,
both blank on registrations and on some no-activity reports, lobbying_issue_codes ("TAX; HCR; BUD"),
government_entities ("SENATE; HOUSE OF REPRESENTATIVES; Treasury, Dept of") and dt_posted
("2022-04-20T14:33:01-04:00"); and a JPL Small-Body Database query of asteroids with full_name as SBDB writes it
(right-aligned, "   433 Eros (A898 PA)", "       (2019 AB1)"), a (au), e, i (deg), q, ad, per_y, H, diameter (km,
mostly blank), albedo (blank with diameter), neo and pha (Y / N), class (MBA / MCA / APO / ATE / AMO / TJN / IMB),
first_obs and last_obs ("1998-08-14"). All are generated with fixed seeds 20701-20707.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _split, _text
from .heldout173 import _money, _top
from .heldout183 import _peak_month
from .offline_eval import Check, Dataset, Q, corr_of, either, has
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _hms(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _secs(s: pd.Series) -> pd.Series:
    """Durations written "1:23:45" (or "23:45") as seconds."""
    parts = _text(s).str.split(":")

    def one(p: list[str]) -> float:
        try:
            nums = [float(x) for x in p]
        except ValueError:
            return np.nan
        total = 0.0
        for x in nums:
            total = total * 60 + x
        return total

    return parts.map(one).astype(float)


def _named_any(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_named(v) for v in values))


def _hex(rng: np.random.Generator, k: int) -> str:
    return "".join(rng.choice(list("0123456789abcdef"), k))


# --- 1. AllTrails recorded activities export -----------------------------------------------------------------------

# trail: state, typical distance (mi), elevation gain (ft), max elevation (ft), weight
_AT_TRAILS: dict[str, tuple[str, float, float, float, float]] = {
    "Mount Tamalpais via Matt Davis Trail": ("California", 7.2, 1900, 2571, 9),
    "Mission Peak Regional Preserve Trail": ("California", 6.1, 2100, 2517, 8),
    "Lands End Trail": ("California", 3.4, 560, 230, 10),
    "Half Dome Trail": ("California", 15.2, 4800, 8836, 2),
    "Mount Si Trail": ("Washington", 7.6, 3150, 3900, 6),
    "Rattlesnake Ledge Trail": ("Washington", 4.7, 1450, 2078, 7),
    "Discovery Park Loop Trail": ("Washington", 2.8, 320, 380, 6),
    "Angels Landing Trail": ("Utah", 4.4, 1630, 5790, 3),
    "Delicate Arch Trail": ("Utah", 3.2, 610, 4829, 3),
    "Camelback Mountain Echo Canyon Trail": ("Arizona", 2.5, 1420, 2704, 4),
    "Bright Angel Trail to Plateau Point": ("Arizona", 12.1, 3080, 6860, 2),
    "Multnomah Falls Trail": ("Oregon", 2.6, 870, 870, 4),
    "Tahoe Rim Trail: Spooner to Snow Valley": ("Nevada", 12.8, 1750, 9200, 3),
    "Forest Park Wildwood Trail": ("Oregon", 10.4, 1100, 1050, 3),
}
_AT_ACTIVITIES = {"Hiking": (55, 2.1), "Walking": (18, 2.8), "Trail running": (17, 5.3), "Mountain biking": (10, 8.5)}


def _alltrails_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20701)
    trails = list(_AT_TRAILS)
    tw = [_AT_TRAILS[t][4] for t in trails]
    acts = list(_AT_ACTIVITIES)
    aw = [_AT_ACTIVITIES[a][0] for a in acts]
    start = pd.Timestamp("2021-03-01")
    rows = []
    for _ in range(430):
        day = start + pd.Timedelta(days=int(rng.integers(0, 1340)))
        # more outings in spring and summer
        if day.month in (11, 12, 1, 2) and rng.random() < 0.45:
            day = day + pd.DateOffset(months=int(rng.integers(3, 6)))
        when = day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 17 * 3600)))
        act = _one(rng, acts, aw)
        custom = rng.random() < 0.08
        trail = _one(rng, trails, tw)
        state, dist, gain, maxel, _w = _AT_TRAILS[trail]
        if act == "Mountain biking":
            dist *= 1.8
        miles = round(float(dist * rng.uniform(0.85, 1.15)), 2)
        up = round(float(gain * rng.uniform(0.85, 1.15)))
        top = round(float(maxel + rng.normal(0, 15)))
        moving = miles / _AT_ACTIVITIES[act][1] * 3600 * rng.uniform(0.85, 1.2) + up * rng.uniform(0.4, 0.9)
        if rng.random() < 0.02:
            miles, up, moving = 0.0, 0, float(rng.integers(5, 90))
        total = moving * rng.uniform(1.05, 1.45)
        part = "Morning" if when.hour < 12 else "Afternoon" if when.hour < 17 else "Evening"
        label = {"Hiking": "hike", "Walking": "walk", "Trail running": "trail run"}.get(act, "mountain bike ride")
        name = f"{part} {label}" + ("" if custom else f" at {trail.split(' via ')[0].split(' Trail')[0]}")
        pace = "" if miles == 0 else _hms(moving / miles)[2:] if moving / miles < 3600 else _hms(moving / miles)
        rows.append(
            {
                "Name": name,
                "Date": when.strftime("%Y-%m-%d %H:%M:%S"),
                "Activity Type": act,
                "Distance (mi)": miles,
                "Elevation Gain (ft)": up,
                "Moving Time": _hms(moving),
                "Total Time": _hms(total),
                "Average Pace (min/mi)": pace,
                "Max Elevation (ft)": top,
                "Trail Name": "" if custom else trail,
                "State": state,
            }
        )
    df = pd.DataFrame(rows).sort_values("Date", ascending=False, kind="stable").reset_index(drop=True)
    return df


_AT_ID = ("Name", "Date", "Activity Type")


def _at_hikes(d: pd.DataFrame, moved: bool) -> pd.Series:
    keep = _text(d["Activity Type"]).eq("Hiking")
    return keep & (_n(d["Distance (mi)"]) > 0) if moved else keep


def _at_runs_gain(d: pd.DataFrame, moved: bool) -> float:
    keep = _text(d["Activity Type"]).eq("Trail running")
    if moved:
        keep &= _n(d["Distance (mi)"]) > 0
    return float(_n(d["Elevation Gain (ft)"])[keep].mean())


def _at_peak(d: pd.DataFrame) -> pd.Timestamp:
    return _peak_month(pd.to_datetime(_text(d["Date"]), errors="coerce"), _n(d["Distance (mi)"]))


_ALLTRAILS_QS = [
    Q(
        "how many hikes have i done",
        either(_count(lambda d: int(_at_hikes(d, False).sum())), _count(lambda d: int(_at_hikes(d, True).sum()))),
        _AT_ID,
    ),
    Q(
        "how many of those were longer than 10 miles",
        _count(lambda d: int((_at_hikes(d, False) & (_n(d["Distance (mi)"]) > 10)).sum())),
        ("Distance (mi)", *_AT_ID),
    ),
    Q(
        "how many hours have i spent moving altogether",
        _about(lambda d: float(_secs(d["Moving Time"]).sum() / 3600)),
        ("Moving Time", *_AT_ID),
    ),
    Q(
        "whats the avg climb on my trail runs",
        either(_about(lambda d: _at_runs_gain(d, False)), _about(lambda d: _at_runs_gain(d, True))),
        ("Elevation Gain (ft)", *_AT_ID),
    ),
    Q(
        "which state do i get out in the most",
        _lead(_named(lambda d: _top(_text(d["State"]).value_counts()))),
        ("State", *_AT_ID),
    ),
    Q("what month did i put in the most miles", _lead(_month_year(_at_peak)), ("Distance (mi)", *_AT_ID)),
]


# --- 2. Airthings Wave Plus sensor export --------------------------------------------------------------------------

_AW_RADON = "RADONSHORTTERMAVG Bq/m3"


def _airthings_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20702)
    hours = pd.date_range("2023-11-01 00:00", "2024-01-29 23:00", freq="h")
    hours = hours[rng.random(len(hours)) > 0.02]
    n = len(hours)
    hod = hours.hour.to_numpy()
    night = ((hod >= 22) | (hod < 7)).astype(float)
    weekend = (hours.dayofweek.to_numpy() >= 5).astype(float)
    radon = 70 + np.cumsum(rng.normal(0, 1.6, n))
    radon = np.clip(radon + 15 * np.sin(np.arange(n) / 240), 12, 220)
    co2 = 520 + night * rng.uniform(380, 820, n) + weekend * 90 + rng.normal(0, 60, n)
    # a few crowded evenings
    for k in rng.integers(0, n - 6, 6):
        co2[k : k + 5] += rng.uniform(500, 900)
    hum = np.clip(44 + 6 * np.sin(np.arange(n) / 300) + night * 4 + rng.normal(0, 2.5, n), 25, 70)
    voc = np.clip(90 + 0.18 * (co2 - 600) + 4 * (hum - 44) + rng.normal(0, 35, n), 20, 2000)
    temp = 20.5 - 1.6 * night + 0.8 * np.sin(np.arange(n) / 500) + rng.normal(0, 0.3, n)
    press = 1013 + 9 * np.sin(np.arange(n) / 70) + rng.normal(0, 0.6, n)
    stamps = [
        (h + pd.Timedelta(seconds=int(s))).strftime("%Y-%m-%dT%H:%M:%S")
        for h, s in zip(hours, rng.integers(0, 600, n), strict=True)
    ]
    df = pd.DataFrame(
        {
            "recorded": stamps,
            _AW_RADON: np.round(radon).astype(float),
            "TEMP °C": np.round(temp, 1),
            "HUMIDITY %": np.round(hum).astype(int),
            "PRESSURE hPa": np.round(press, 1),
            "CO2 ppm": np.round(co2).astype(int),
            "VOC ppb": np.round(voc).astype(int),
        }
    )
    first = pd.Timestamp(hours[0]) + pd.Timedelta(hours=24)
    df.loc[hours < first, _AW_RADON] = np.nan
    return df


_AW_ID = ("recorded",)


def _aw_day(d: pd.DataFrame, peak: bool) -> pd.Timestamp:
    days = pd.to_datetime(_text(d["recorded"]), errors="coerce").dt.normalize()
    co2 = _n(d["CO2 ppm"])
    if peak:
        return pd.Timestamp(days[co2.idxmax()])
    return pd.Timestamp(_top(co2.groupby(days).mean()))


_AIRTHINGS_QS = [
    Q(
        "what's the typical radon level",
        either(_about(lambda d: float(_n(d[_AW_RADON]).mean())), _about(lambda d: float(_n(d[_AW_RADON]).median()))),
        (_AW_RADON, *_AW_ID),
    ),
    Q(
        "how many readings are missing radon",
        _count(lambda d: int(_n(d[_AW_RADON]).isna().sum())),
        (_AW_RADON, *_AW_ID),
    ),
    Q(
        "how many hours was co2 over 1000",
        _count(lambda d: int((_n(d["CO2 ppm"]) > 1000).sum())),
        ("CO2 ppm", *_AW_ID),
    ),
    Q(
        "so what % of the time is that",
        _share(lambda d: float((_n(d["CO2 ppm"]) > 1000).mean())),
        ("CO2 ppm", *_AW_ID),
    ),
    Q(
        "which day had the worst co2",
        _lead(either(_day(lambda d: _aw_day(d, False)), _day(lambda d: _aw_day(d, True)))),
        ("CO2 ppm", *_AW_ID),
    ),
    Q(
        "does voc go up with humidity",
        corr_of(lambda d: _n(d["VOC ppb"]), lambda d: _n(d["HUMIDITY %"])),
        ("VOC ppb", "HUMIDITY %", *_AW_ID),
    ),
]


# --- 3. Raindrop.io bookmarks export -------------------------------------------------------------------------------

# domain: folder it usually goes in, weight, title stems, tags
_RD_SITES: dict[str, tuple[str, float, str, str]] = {
    "github.com": ("Dev", 16, "GitHub - {x}/{y}: {z}", "python,tools,opensource,data,rust"),
    "www.youtube.com": ("Videos", 19, "{z} - YouTube", "music,talks,tutorial,cooking,design"),
    "medium.com": ("Reading", 9, "{z} | by {x} | Medium", "productivity,data,career,design"),
    "news.ycombinator.com": ("Reading", 6, "{z} | Hacker News", "startups,tech,career"),
    "www.nytimes.com": ("Reading", 5, "{z} - The New York Times", "politics,longread,science"),
    "www.seriouseats.com": ("Recipes", 7, "{z} Recipe", "recipe,dinner,baking,vegetarian"),
    "cooking.nytimes.com": ("Recipes", 6, "{z} Recipe - NYT Cooking", "recipe,dinner,baking,soup"),
    "www.figma.com": ("Design", 4, "{z} | Figma Community", "design,ui,inspiration"),
    "dribbble.com": ("Design", 4, "{z} by {x} on Dribbble", "design,inspiration,ui"),
    "stackoverflow.com": ("Dev", 8, "python - {z} - Stack Overflow", "python,javascript,sql,tools"),
    "www.lonelyplanet.com": ("Travel", 4, "{z} - Lonely Planet", "travel,japan,italy,hiking"),
    "www.airbnb.com": ("Travel", 3, "{z} - Airbnb", "travel,japan,italy"),
    "developer.mozilla.org": ("Dev", 5, "{z} - MDN Web Docs", "javascript,css,reference"),
}
_RD_WORDS = [
    "Sourdough",
    "Focaccia",
    "Rust",
    "Pandas",
    "Async",
    "Tokyo",
    "Lisbon",
    "Typography",
    "Grid",
    "Color",
    "Career",
    "Pasta",
    "Lentil",
    "Soup",
    "Guide",
]


def _raindrop_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20703)
    sites = list(_RD_SITES)
    sw = [_RD_SITES[s][1] for s in sites]
    start = pd.Timestamp("2021-01-01")
    stamps = sorted(start + pd.Timedelta(seconds=int(x)) for x in rng.integers(0, 4 * 365 * 86400, 880))
    # a burst of saving in spring 2023
    extra = [pd.Timestamp("2023-04-01") + pd.Timedelta(seconds=int(x)) for x in rng.integers(0, 30 * 86400, 45)]
    stamps = sorted(stamps + extra)
    rows = []
    ident = 412_000_000
    for when in stamps:
        ident += int(rng.integers(1, 5000))
        site = _one(rng, sites, sw)
        folder, _w, stem, tagpool = _RD_SITES[site]
        if rng.random() < 0.12:
            folder = "Unsorted"
        words = rng.choice(_RD_WORDS, 3, replace=False)
        title = stem.format(x=words[0].lower(), y=words[1].lower(), z=" ".join(words))
        pool = tagpool.split(",")
        k = int(_one(rng, [0, 1, 2, 3], [22, 38, 28, 12]))
        tags = ", ".join(rng.choice(pool, min(k, len(pool)), replace=False)) if k else ""
        slug = "-".join(w.lower() for w in words)
        rows.append(
            {
                "id": ident,
                "title": title,
                "note": ""
                if rng.random() < 0.9
                else _one(rng, ["try this", "read later", "for the team", "gift idea"]),
                "excerpt": "" if rng.random() < 0.25 else f"{' '.join(words)} and more on {site.replace('www.', '')}.",
                "url": f"https://{site}/{slug}",
                "folder": folder,
                "tags": tags,
                "created": when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(rng.integers(0, 1000)):03d}Z",
                "cover": "" if rng.random() < 0.3 else f"https://rdl.ink/render/{_hex(rng, 12)}.jpg",
                "highlights": "" if rng.random() < 0.93 else f"Highlight: {words[0]} matters",
                "favorite": "true" if rng.random() < 0.14 else "false",
            }
        )
    return pd.DataFrame(rows)


_RD_ID = ("id", "title", "url")


def _rd_tags(d: pd.DataFrame) -> pd.Series:
    tags = _text(d["tags"]).map(lambda t: [x.strip() for x in _split(t, ",") if x.strip()])
    return tags.explode().dropna()


def _rd_domains(d: pd.DataFrame) -> pd.Series:
    return _text(d["url"]).str.extract(r"https?://(?:www\.)?([^/]+)")[0]


def _rd_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["created"]).str.slice(0, 19), format="%Y-%m-%dT%H:%M:%S", errors="coerce")


_RAINDROP_QS = [
    Q(
        "how many bookmarks have i got in recipes",
        _count(lambda d: int(_text(d["folder"]).eq("Recipes").sum())),
        ("folder", *_RD_ID),
    ),
    Q("what tag do i use the most", _lead(_named(lambda d: _top(_rd_tags(d).value_counts()))), ("tags", *_RD_ID)),
    Q(
        "what share of them are favorites",
        _share(lambda d: float(_text(d["favorite"]).str.lower().eq("true").mean())),
        ("favorite", *_RD_ID),
    ),
    Q("which website do i save stuff from most", _lead(_named(lambda d: _top(_rd_domains(d).value_counts()))), _RD_ID),
    Q("how many did i save in 2023", _count(lambda d: int((_rd_when(d).dt.year == 2023).sum())), ("created", *_RD_ID)),
    Q(
        "which month that year was busiest",
        _lead(_month_year(lambda d: _peak_month(_rd_when(d)[_rd_when(d).dt.year == 2023]))),
        ("created", *_RD_ID),
    ),
]


# --- 4. Libby loans timeline export --------------------------------------------------------------------------------

# title: author, publisher, format, isbn stem
_LB_TITLES: list[tuple[str, str, str, str]] = [
    ("Tomorrow, and Tomorrow, and Tomorrow", "Gabrielle Zevin", "Knopf Doubleday Publishing Group", "ebook"),
    ("Lessons in Chemistry", "Bonnie Garmus", "Knopf Doubleday Publishing Group", "audiobook"),
    ("Project Hail Mary", "Andy Weir", "Random House Publishing Group", "audiobook"),
    ("The Martian", "Andy Weir", "Crown", "ebook"),
    ("Artemis", "Andy Weir", "Crown", "audiobook"),
    ("Fourth Wing", "Rebecca Yarros", "Entangled Publishing, LLC", "ebook"),
    ("Iron Flame", "Rebecca Yarros", "Entangled Publishing, LLC", "ebook"),
    ("The Seven Husbands of Evelyn Hugo", "Taylor Jenkins Reid", "Atria Books", "ebook"),
    ("Daisy Jones & The Six", "Taylor Jenkins Reid", "Random House Publishing Group", "audiobook"),
    ("Malibu Rising", "Taylor Jenkins Reid", "Random House Publishing Group", "ebook"),
    ("Carrie Soto Is Back", "Taylor Jenkins Reid", "Random House Publishing Group", "audiobook"),
    ("Atomic Habits", "James Clear", "Penguin Publishing Group", "audiobook"),
    ("Demon Copperhead", "Barbara Kingsolver", "HarperCollins", "ebook"),
    ("Educated", "Tara Westover", "Random House Publishing Group", "audiobook"),
    ("Circe", "Madeline Miller", "Little, Brown and Company", "ebook"),
    ("The Song of Achilles", "Madeline Miller", "HarperCollins", "ebook"),
    ("Klara and the Sun", "Kazuo Ishiguro", "Knopf Doubleday Publishing Group", "ebook"),
    ("The Midnight Library", "Matt Haig", "Penguin Publishing Group", "audiobook"),
    ("Remarkably Bright Creatures", "Shelby Van Pelt", "HarperCollins", "ebook"),
    ("Hello Beautiful", "Ann Napolitano", "Random House Publishing Group", "ebook"),
    ("The Economist", "The Economist", "The Economist Newspaper Ltd", "magazine"),
    ("The New Yorker", "Condé Nast", "Condé Nast", "magazine"),
    ("National Geographic", "National Geographic Society", "National Geographic Partners", "magazine"),
    ("Dune", "Frank Herbert", "Penguin Publishing Group", "audiobook"),
    ("Children of Time", "Adrian Tchaikovsky", "Pan Macmillan", "ebook"),
]
_LB_WEIGHTS = [3, 3, 3, 2, 2, 3, 2, 3, 2, 2, 2, 3, 2, 2, 2, 2, 2, 3, 2, 2, 5, 4, 3, 2, 2]
_LB_LIBRARIES = {"Seattle Public Library": 52, "King County Library System": 33, "Brooklyn Public Library": 15}


def _libby_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20704)
    isbns = {t[0]: "" if t[3] == "magazine" else f"978{int(rng.integers(10**9, 10**10))}" for t in _LB_TITLES}
    libs = list(_LB_LIBRARIES)
    lw = list(_LB_LIBRARIES.values())
    rows = []
    start = pd.Timestamp("2022-01-01")
    fmt = "%B %d, %Y %H:%M"
    for _ in range(235):
        title, author, pub, form = _one(rng, _LB_TITLES, _LB_WEIGHTS)
        lib = _one(rng, libs, lw)
        when = start + pd.Timedelta(minutes=int(rng.integers(0, 3 * 365 * 1440)))
        if rng.random() < 0.12:  # a summer reading binge
            when = pd.Timestamp("2023-07-01") + pd.Timedelta(minutes=int(rng.integers(0, 31 * 1440)))
        base = {"title": title, "author": author, "publisher": pub, "isbn": isbns[title], "format": form}
        base["library"] = lib
        if form != "magazine" and rng.random() < 0.45:
            wait = int(rng.integers(3, 120))
            rows.append(
                base
                | {
                    "activity": "Placed hold",
                    "date": (when - pd.Timedelta(days=wait)).strftime(fmt),
                    "details": f"#{int(rng.integers(1, 40))} in line",
                }
            )
        if when > pd.Timestamp("2024-12-31"):
            continue
        loan = 7 if form == "magazine" else int(_one(rng, [7, 14, 21], [1, 3, 6]))
        rows.append(base | {"activity": "Borrowed", "date": when.strftime(fmt), "details": f"{loan} days"})
        end = when + pd.Timedelta(days=int(rng.integers(2, loan + 1)), minutes=int(rng.integers(0, 600)))
        if rng.random() < 0.15 and form != "magazine":
            rows.append(base | {"activity": "Renewed", "date": end.strftime(fmt), "details": f"{loan} days"})
            end = end + pd.Timedelta(days=int(rng.integers(2, loan + 1)))
        if rng.random() < 0.7 and end < pd.Timestamp("2024-12-31"):
            rows.append(base | {"activity": "Returned", "date": end.strftime(fmt), "details": ""})
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["date"], format=fmt)
    df = df.iloc[np.argsort(-order.to_numpy().astype("int64"), kind="stable")].reset_index(drop=True)
    cols = ["title", "author", "publisher", "isbn", "format", "library", "activity", "date", "details"]
    return df[cols]


_LB_ID = ("title", "activity", "date")


def _lb_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["date"]), format="%B %d, %Y %H:%M", errors="coerce")


def _lb_borrowed(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["activity"]).eq("Borrowed")]


def _lb_top_author(d: pd.DataFrame, distinct: bool) -> str:
    b = _lb_borrowed(d)
    if distinct:
        return _top(b.drop_duplicates("title")["author"].astype(str).value_counts())
    return _top(_text(b["author"]).value_counts())


def _lb_top_library(d: pd.DataFrame, loans: bool) -> str:
    rows = _lb_borrowed(d) if loans else d
    return _top(_text(rows["library"]).value_counts())


def _lb_peak(d: pd.DataFrame) -> pd.Timestamp:
    return _peak_month(_lb_when(d)[_text(d["activity"]).eq("Borrowed")])


_LIBBY_QS = [
    Q(
        "how many books have i borrowed",
        either(
            _count(lambda d: len(_lb_borrowed(d))),
            _count(lambda d: int(_lb_borrowed(d)["title"].nunique())),
            _count(lambda d: int((_text(_lb_borrowed(d)["format"]) != "magazine").sum())),
        ),
        _LB_ID,
    ),
    Q(
        "who's the author i borrow the most",
        _lead(_named_any(lambda d: _lb_top_author(d, False), lambda d: _lb_top_author(d, True))),
        ("author", *_LB_ID),
    ),
    Q(
        "what share of my loans are audiobooks",
        _share(lambda d: float(_text(_lb_borrowed(d)["format"]).eq("audiobook").mean())),
        ("format", *_LB_ID),
    ),
    Q(
        "which library do i use the most",
        _lead(_named_any(lambda d: _lb_top_library(d, True), lambda d: _lb_top_library(d, False))),
        ("library", *_LB_ID),
    ),
    Q(
        "how many holds did i place in 2023",
        _count(lambda d: int((_text(d["activity"]).eq("Placed hold") & (_lb_when(d).dt.year == 2023)).sum())),
        _LB_ID,
    ),
    Q("what month did i borrow the most", _lead(_month_year(_lb_peak)), _LB_ID),
]


# --- 5. Police.uk street-level crime (Avon and Somerset, 2023) -----------------------------------------------------

_PU_TYPES = {
    "Violence and sexual offences": 31,
    "Anti-social behaviour": 21,
    "Public order": 8,
    "Criminal damage and arson": 8,
    "Shoplifting": 7,
    "Other theft": 5,
    "Vehicle crime": 4,
    "Burglary": 4,
    "Drugs": 2.5,
    "Other crime": 1.5,
    "Theft from the person": 1.2,
    "Bicycle theft": 1.5,
    "Possession of weapons": 0.8,
    "Robbery": 0.8,
}
_PU_OUTCOMES = {
    "Investigation complete; no suspect identified": 34,
    "Unable to prosecute suspect": 31,
    "Under investigation": 10,
    "Court result unavailable": 5,
    "Awaiting court outcome": 4,
    "Local resolution": 4,
    "Offender given a caution": 2,
    "Further investigation is not in the public interest": 3,
    "Formal action is not in the public interest": 2,
    "Status update unavailable": 3,
    "Action to be taken by another organisation": 2,
}
_PU_PLACES = [
    "Parking Area",
    "Supermarket",
    "Nightclub",
    "Shopping Area",
    "Petrol Station",
    "Further/Higher Educational Building",
    "Sports/Recreation Area",
    "Police Station",
    "Hospital",
    "Conference/Exhibition Centre",
    "Theatre/Concert Hall",
    "Park/Open Space",
]
_PU_STREETS = [
    "Gloucester Road",
    "Stokes Croft",
    "Park Street",
    "Cheltenham Road",
    "Whiteladies Road",
    "Church Road",
    "High Street",
]
_PU_TOWNS = {"Bristol": 34, "North Somerset": 10, "Bath and North East Somerset": 8, "Somerset West and Taunton": 6}


def _police_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20705)
    lsoas = []
    code = 14400
    for town, k in _PU_TOWNS.items():
        for j in range(k):
            code += int(rng.integers(1, 30))
            lsoas.append((f"E0101{code:04d}"[:9], f"{town} {int(rng.integers(1, 60)):03d}{'ABCDE'[j % 5]}"))
    lsoas = list(dict.fromkeys(lsoas))
    lw = np.array([float(rng.uniform(0.5, 2.0)) for _ in lsoas])
    lw[3] = 9.0  # a city-centre hotspot
    burglary_w = lw.copy()
    burglary_w[11] = 30.0
    types = list(_PU_TYPES)
    outs = list(_PU_OUTCOMES)
    rows = []
    for m in range(1, 13):
        n = int(255 + 45 * np.sin((m - 3) / 12 * 2 * np.pi) + rng.integers(-15, 15))
        if m == 7:
            n += 40
        for _ in range(n):
            kind = _one(rng, types, list(_PU_TYPES.values()))
            asb = kind == "Anti-social behaviour"
            li = int(_one(rng, list(range(len(lsoas))), burglary_w if kind == "Burglary" else lw))
            lcode, lname = lsoas[li]
            lon = -2.59 + li * 0.004 + rng.normal(0, 0.004)
            lat = 51.45 + (li % 7) * 0.006 + rng.normal(0, 0.004)
            noloc = rng.random() < 0.025
            place = _one(rng, _PU_PLACES + _PU_STREETS)
            rows.append(
                {
                    "Crime ID": "" if asb else _hex(rng, 64),
                    "Month": f"2023-{m:02d}",
                    "Reported by": "Avon and Somerset Constabulary",
                    "Falls within": "Avon and Somerset Constabulary",
                    "Longitude": np.nan if noloc else round(float(lon), 6),
                    "Latitude": np.nan if noloc else round(float(lat), 6),
                    "Location": "No location" if noloc else f"On or near {place}",
                    "LSOA code": "" if noloc else lcode,
                    "LSOA name": "" if noloc else lname,
                    "Crime type": kind,
                    "Last outcome category": "" if asb else _one(rng, outs, list(_PU_OUTCOMES.values())),
                    "Context": "",
                }
            )
    return pd.DataFrame(rows)


_PU_ID = ("Crime ID", "Month", "Crime type")


def _pu_crimes(d: pd.DataFrame) -> pd.Series:
    return ~_text(d["Crime type"]).eq("Anti-social behaviour")


def _pu_peak(d: pd.DataFrame, crimes_only: bool) -> pd.Timestamp:
    months = pd.to_datetime(_text(d["Month"]), format="%Y-%m", errors="coerce")
    if crimes_only:
        months = months[_pu_crimes(d)]
    return _peak_month(months)


def _pu_no_suspect(d: pd.DataFrame, crimes_only: bool) -> float:
    hit = _text(d["Last outcome category"]).eq("Investigation complete; no suspect identified")
    return float(hit[_pu_crimes(d)].mean() if crimes_only else hit.mean())


_POLICE_QS = [
    Q("what's the most common crime", _lead(_named(lambda d: _top(_text(d["Crime type"]).value_counts()))), _PU_ID),
    Q(
        "how many anti-social behaviour reports are there",
        _count(lambda d: int(_text(d["Crime type"]).eq("Anti-social behaviour").sum())),
        _PU_ID,
    ),
    Q(
        "which month was the worst",
        _lead(either(_month_year(lambda d: _pu_peak(d, False)), _month_year(lambda d: _pu_peak(d, True)))),
        _PU_ID,
    ),
    Q(
        "what % of crimes ended with no suspect found",
        either(_share(lambda d: _pu_no_suspect(d, True)), _share(lambda d: _pu_no_suspect(d, False))),
        ("Last outcome category", *_PU_ID),
    ),
    Q(
        "which neighbourhood has the most burglaries",
        _lead(_named(lambda d: _top(_text(d["LSOA name"])[_text(d["Crime type"]).eq("Burglary")].value_counts()))),
        ("LSOA name", "LSOA code", *_PU_ID),
    ),
    Q(
        "how many have no location",
        _count(lambda d: int(_n(d["Longitude"]).isna().sum())),
        ("Location", "Longitude", "Latitude", "LSOA code", "LSOA name", *_PU_ID),
    ),
]


# --- 6. US Senate LDA lobbying disclosure filings ------------------------------------------------------------------

_LDA_FIRMS = {
    "AKIN GUMP STRAUSS HAUER & FELD LLP": (14, 90_000),
    "BROWNSTEIN HYATT FARBER SCHRECK, LLP": (16, 70_000),
    "HOLLAND & KNIGHT LLP": (15, 45_000),
    "SQUIRE PATTON BOGGS": (11, 55_000),
    "CORNERSTONE GOVERNMENT AFFAIRS, INC.": (12, 35_000),
    "INVARIANT LLC": (9, 80_000),
    "BGR GOVERNMENT AFFAIRS": (10, 50_000),
    "K&L GATES LLP": (8, 40_000),
    "MERCURY PUBLIC AFFAIRS, LLC": (8, 45_000),
    "CAPITOL COUNSEL LLC": (13, 30_000),
}
_LDA_INHOUSE = {
    "AMAZON.COM SERVICES LLC": 5_000_000,
    "META PLATFORMS, INC.": 4_800_000,
    "ALPHABET INC.": 2_900_000,
    "CHAMBER OF COMMERCE OF THE U.S.A.": 17_000_000,
    "NATIONAL ASSOCIATION OF REALTORS": 13_000_000,
    "PHARMACEUTICAL RESEARCH AND MANUFACTURERS OF AMERICA": 7_000_000,
    "AMERICAN HOSPITAL ASSOCIATION": 4_700_000,
    "BLUE CROSS BLUE SHIELD ASSOCIATION": 6_000_000,
}
_LDA_CLIENTS = [
    "PFIZER INC.",
    "LOCKHEED MARTIN CORPORATION",
    "NATIONAL FOOTBALL LEAGUE",
    "COINBASE, INC.",
    "UBER TECHNOLOGIES, INC.",
    "CITY OF SAN DIEGO",
    "TIKTOK INC.",
    "MICROSOFT CORPORATION",
    "NATIONAL RIFLE ASSOCIATION",
    "GENERAL MOTORS LLC",
    "AMERICAN AIRLINES GROUP",
    "CVS HEALTH",
    "BOEING COMPANY",
    "ORACLE AMERICA, INC.",
    "WALMART INC.",
    "NEXTERA ENERGY, INC.",
    "UNIVERSITY OF CALIFORNIA",
    "NAVAJO NATION",
    "SPACE EXPLORATION TECHNOLOGIES CORP.",
    "JOHNSON & JOHNSON",
    "ANDREESSEN HOROWITZ",
    "DELTA AIR LINES, INC.",
    "EXXON MOBIL CORPORATION",
    "PORT OF LOS ANGELES",
    "RAYTHEON TECHNOLOGIES",
]
_LDA_ISSUES = {"TAX": 14, "HCR": 12, "BUD": 10, "DEF": 9, "TRD": 7, "ENG": 7, "TRA": 6, "CPI": 6, "MMM": 5, "FIN": 5}
_LDA_ISSUES |= {"IMM": 3, "AGR": 3, "ENV": 4, "HOM": 3, "EDU": 3, "TEC": 4, "LBR": 2, "GOV": 2}
_LDA_ENTITIES = [
    "SENATE",
    "HOUSE OF REPRESENTATIVES",
    "Treasury, Dept of",
    "Defense, Dept of",
    "Health & Human Services, Dept of (HHS)",
    "White House Office",
    "Commerce, Dept of (DOC)",
    "Federal Communications Commission (FCC)",
    "Energy, Dept of",
]
_LDA_POSTED = {"Q1": "04-20", "Q2": "07-20", "Q3": "10-20", "Q4": "01-20"}


def _lda_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20706)
    codes = list(_LDA_ISSUES)
    cw = list(_LDA_ISSUES.values())
    rows = []

    def filing(reg: str, client: str, kind: str, year: int, income: float | None, expenses: float | None) -> None:
        k = int(rng.integers(1, 5))
        issues = "; ".join(rng.choice(codes, k, replace=False, p=np.array(cw) / sum(cw)))
        ents = "; ".join(
            ["SENATE", "HOUSE OF REPRESENTATIVES", *rng.choice(_LDA_ENTITIES[2:], int(rng.integers(0, 3)))]
        )
        if kind == "RR":
            posted = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 360)))
        else:
            posted = pd.Timestamp(f"{year + (kind == 'Q4')}-{_LDA_POSTED[kind]}") - pd.Timedelta(
                days=int(rng.integers(0, 6))
            )
        posted = posted + pd.Timedelta(seconds=int(rng.integers(8 * 3600, 19 * 3600)))
        rows.append(
            {
                "filing_uuid": f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}",
                "filing_type": kind,
                "filing_year": year,
                "registrant_name": reg,
                "client_name": client,
                "income": np.nan if income is None else round(income, 2),
                "expenses": np.nan if expenses is None else round(expenses, 2),
                "lobbying_issue_codes": issues,
                "government_entities": ents,
                "dt_posted": posted.strftime("%Y-%m-%dT%H:%M:%S") + "-04:00",
            }
        )

    for firm, (k, fee) in _LDA_FIRMS.items():
        for client in rng.choice(_LDA_CLIENTS, k, replace=False):
            first = int(_one(rng, [2021, 2022, 2023], [6, 2, 2]))
            last = int(_one(rng, [2022, 2023], [1, 4])) if first < 2023 else 2023
            size = fee * rng.uniform(0.4, 1.8)
            filing(firm, str(client), "RR", first, None, None)
            for year in range(first, last + 1):
                for q in ("Q1", "Q2", "Q3", "Q4"):
                    if rng.random() < 0.06:
                        filing(firm, str(client), q, year, None, None)
                    else:
                        filing(firm, str(client), q, year, round(size * rng.uniform(0.8, 1.2), -4) or 10_000, None)
    for org, spend in _LDA_INHOUSE.items():
        for year in (2021, 2022, 2023):
            for q in ("Q1", "Q2", "Q3", "Q4"):
                filing(org, org, q, year, None, round(spend * rng.uniform(0.75, 1.25), -3))
    df = pd.DataFrame(rows)
    return df.sort_values("dt_posted", kind="stable").reset_index(drop=True)


_LDA_ID = ("filing_uuid", "filing_type", "filing_year")


def _lda_top_firm(d: pd.DataFrame) -> str:
    return _top(_n(d["income"]).groupby(_text(d["registrant_name"])).sum())


def _lda_issues(d: pd.DataFrame) -> pd.Series:
    return _text(d["lobbying_issue_codes"]).map(lambda t: [x.strip() for x in _split(t) if x.strip()]).explode()


_LDA_QS = [
    Q(
        "how many filings are there each year",
        has(*(lambda d, y=y: int((_n(d["filing_year"]) == y).sum()) for y in (2021, 2022, 2023)), rel=0.001),
        _LDA_ID,
    ),
    Q(
        "which lobbying firm brought in the most money",
        _lead(_named(_lda_top_firm)),
        ("registrant_name", "income", *_LDA_ID),
    ),
    Q(
        "who was their biggest client",
        _lead(
            _named(
                lambda d: _top(
                    _n(d["income"])[_text(d["registrant_name"]).eq(_lda_top_firm(d))]
                    .groupby(_text(d["client_name"]))
                    .sum()
                )
            )
        ),
        ("registrant_name", "client_name", "income", *_LDA_ID),
    ),
    Q(
        "total expenses reported in 2023?",
        _money(lambda d: float(_n(d["expenses"])[_n(d["filing_year"]) == 2023].sum())),
        ("expenses", *_LDA_ID),
    ),
    Q(
        "which issue comes up the most",
        _lead(_named(lambda d: _top(_lda_issues(d).value_counts()))),
        ("lobbying_issue_codes", *_LDA_ID),
    ),
    Q(
        "how many filings have no money reported at all",
        _count(lambda d: int((_n(d["income"]).isna() & _n(d["expenses"]).isna()).sum())),
        ("income", "expenses", *_LDA_ID),
    ),
]


# --- 7. JPL small-body database query (asteroids) ------------------------------------------------------------------

# class: weight, a range (au), e range, i scale (deg), H range
_SB_CLASSES: dict[str, tuple[float, tuple[float, float], tuple[float, float], float, tuple[float, float]]] = {
    "MBA": (72, (2.15, 3.3), (0.02, 0.3), 7.0, (11.0, 18.0)),
    "MCA": (4, (1.7, 2.6), (0.25, 0.45), 14.0, (14.0, 18.5)),
    "APO": (7, (1.05, 2.8), (0.3, 0.75), 11.0, (17.0, 26.0)),
    "ATE": (1.5, (0.65, 0.98), (0.1, 0.6), 9.0, (18.0, 26.0)),
    "AMO": (6, (1.2, 2.9), (0.2, 0.55), 8.0, (16.0, 24.0)),
    "TJN": (4.5, (5.05, 5.35), (0.02, 0.15), 16.0, (10.0, 15.0)),
    "IMB": (5, (1.78, 2.0), (0.0, 0.12), 12.0, (14.0, 18.0)),
}
_SB_NAMES = [
    "Smetana",
    "Hoshino",
    "Karlova",
    "Brunhilde",
    "Okayama",
    "Vanderbilt",
    "Kleinmann",
    "Rosalind",
    "Tautenburg",
    "Ondrejov",
    "Pavlova",
]


def _sb_orbit(rng: np.random.Generator, cls: str) -> tuple[float, float]:
    _w, (a0, a1), (e0, e1), _i, _h = _SB_CLASSES[cls]
    for _ in range(200):
        a, e = float(rng.uniform(a0, a1)), float(rng.uniform(e0, e1))
        q, ad = a * (1 - e), a * (1 + e)
        ok = {
            "MBA": q > 1.666,
            "MCA": 1.3 < q < 1.666,
            "APO": q < 1.017,
            "ATE": ad > 0.983,
            "AMO": 1.017 < q < 1.3,
            "TJN": True,
            "IMB": q > 1.666,
        }[cls]
        if ok:
            return a, e
    return a, e


def _jpl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20707)
    classes = list(_SB_CLASSES)
    cw = [_SB_CLASSES[c][0] for c in classes]
    rows = []
    for _ in range(3200):
        cls = _one(rng, classes, cw)
        a, e = _sb_orbit(rng, cls)
        inc = float(min(abs(rng.normal(0, _SB_CLASSES[cls][3])), 70))
        h0, h1 = _SB_CLASSES[cls][4]
        h = float(rng.uniform(h0, h1))
        albedo = float(np.clip(rng.lognormal(np.log(0.12), 0.6), 0.02, 0.6))
        diam = 1329 / np.sqrt(albedo) * 10 ** (-h / 5)
        known = rng.random() < (0.35 if cls in ("MBA", "TJN", "IMB") else 0.12)
        q = a * (1 - e)
        neo = q < 1.3
        pha = neo and h <= 22 and rng.random() < 0.45
        first = pd.Timestamp("1950-01-01") + pd.Timedelta(days=int(rng.integers(0, 26000)))
        last = max(first + pd.Timedelta(days=int(rng.integers(30, 4000))), pd.Timestamp("2015-01-01"))
        last = min(last + pd.Timedelta(days=int(rng.integers(0, 3000))), pd.Timestamp("2024-06-30"))
        desig = f"{first.year} {chr(65 + int(rng.integers(0, 24)))}{chr(65 + int(rng.integers(0, 25)))}"
        desig += str(int(rng.integers(1, 200))) if rng.random() < 0.8 else ""
        if rng.random() < 0.75 and h < 19:
            number = int(rng.integers(1000, 600000))
            name = _one(rng, _SB_NAMES) + " " if rng.random() < 0.15 else ""
            full = f"{number:>7} {name}({desig})"
        else:
            full = f"       ({desig})"
        rows.append(
            {
                "full_name": full,
                "a": round(a, 6),
                "e": round(e, 6),
                "i": round(inc, 4),
                "q": round(q, 6),
                "ad": round(a * (1 + e), 6),
                "per_y": round(a**1.5, 4),
                "H": round(h, 2),
                "diameter": round(float(diam * rng.uniform(0.85, 1.15)), 3) if known else np.nan,
                "albedo": round(albedo, 3) if known else np.nan,
                "neo": "Y" if neo else "N",
                "pha": "Y" if pha else "N",
                "class": cls,
                "first_obs": first.strftime("%Y-%m-%d"),
                "last_obs": last.strftime("%Y-%m-%d"),
            }
        )
    return pd.DataFrame(rows)


_SB_ID = ("full_name",)


_JPL_QS = [
    Q("how many near earth ones are there", _count(lambda d: int(_text(d["neo"]).eq("Y").sum())), ("neo", *_SB_ID)),
    Q(
        "and how many of those are potentially hazardous",
        _count(lambda d: int((_text(d["pha"]).eq("Y") & _text(d["neo"]).eq("Y")).sum())),
        ("neo", "pha", *_SB_ID),
    ),
    Q(
        "what's the average size",
        either(_about(lambda d: float(_n(d["diameter"]).mean())), _about(lambda d: float(_n(d["diameter"]).median()))),
        ("diameter", *_SB_ID),
    ),
    Q(
        "how many don't have a size listed",
        _count(lambda d: int(_n(d["diameter"]).isna().sum())),
        ("diameter", *_SB_ID),
    ),
    Q(
        "which orbit class is the most tilted on average",
        _lead(_named(lambda d: _top(_n(d["i"]).groupby(_text(d["class"])).mean()))),
        ("class", "i", *_SB_ID),
    ),
    Q(
        "is brightness related to diameter",
        corr_of(lambda d: _n(d["H"]), lambda d: _n(d["diameter"])),
        ("H", "diameter", *_SB_ID),
    ),
]


HELDOUT207: list[Dataset] = [
    Dataset("alltrails_activities_export", _alltrails_frame, _ALLTRAILS_QS),
    Dataset("airthings_wave_plus_export", _airthings_frame, _AIRTHINGS_QS),
    Dataset("raindrop_bookmarks_export", _raindrop_frame, _RAINDROP_QS),
    Dataset("libby_timeline_export", _libby_frame, _LIBBY_QS),
    Dataset("police_uk_street_crime", _police_frame, _POLICE_QS),
    Dataset("senate_lda_filings", _lda_frame, _LDA_QS),
    Dataset("jpl_sbdb_asteroids", _jpl_frame, _JPL_QS),
]
