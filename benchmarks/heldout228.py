"""HELDOUT228: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a SoundCloud
for Artists insights export (January-June 2024, one row per track per day per country per source per listener type,
only the combinations with plays) with Date as "2024-01-05", Track (eight track titles), Plays, Likes, Reposts,
Comments, Downloads (mostly 0), Country (full names, blank for some rows), Source ("SoundCloud", "Embedded Player",
"API / Apps") and "Listener Type" (Follower, Non-follower); a Bluesky account's posts decoded from its repository CAR
file (one row per post, November 2023 to December 2024) with uri as "at://did:plc:.../app.bsky.feed.post/3k...",
createdAt as "2024-03-14T09:12:33.123Z", text_length, is_reply / is_quote / has_image / has_link written true / false,
langs (en, ja, pt or blank) and like_count, repost_count, reply_count, quote_count; a HowLongToBeat game list export
(one row per game) with Title, Platform (PC, PlayStation 5, Nintendo Switch, Xbox Series X/S, Steam Deck),
Storefront (Steam, Epic Games, PlayStation Store, Nintendo eShop, GOG or blank), List (Playing, Backlog, Completed,
Retired, Replay), "Main Story", "Main + Extras" and Completionist in hours with one decimal ("--" when HLTB has no
time), Progress as "hh:mm:ss" ("00:00:00" for untouched games), Review 0-100 (blank for unrated games) and "Start
Date", "Completion Date", "Added Date" as "2023-05-12" (blank where not set); JPL CNEOS close-approach data as the
site's CSV download (2025-2026, some objects passing twice) with Object like "(2024 XY5)" or "433 Eros (A898 PA)",
"Close-Approach (CA) Date" like "2026-Jan-05 14:22 ± < 00:01" (or "± 00:17", "± 1_03:20"), "CA Distance Nominal
(LD | au)" and "CA Distance Minimum (LD | au)" like "4.21 | 0.0108", "V relative (km/s)", "V infinity (km/s)", "H
(mag)", Diameter as an estimated range "120 m - 270 m" or a measured "1.2 ± 0.1 km", and Rarity (an integer, blank
for most); NYC HPD bed bug reporting filings (2021-2024, buildings filing once a year, so Building ID repeats) with
"Building ID", "Registration ID", Borough in upper case, "House Number", upper-case "Street Name", Postcode, "# of
Dwelling Units", "Infested Dwelling Unit Count", "Eradicated Unit Count", "Re-infested Dwelling Unit Count", "Filing
Date" as "MM/DD/YYYY", "Filing Period Start Date", "Filling Period End Date" (the file's own misspelling), Latitude
and Longitude (blank for some); the common Kaggle ski resorts table from skiresort.info (499 resorts) with ID,
Resort, Latitude, Longitude, Country, Continent, Price (adult day pass in EUR, 0 where unknown), Season ("December -
April", "Year-round", "November - May, June - August", "Unknown"), "Highest point", "Lowest point", "Beginner
slopes", "Intermediate slopes", "Difficult slopes", "Total slopes", "Longest run", "Snow cannons", "Surface lifts",
"Chair lifts", "Gondola lifts", "Total lifts", "Lift capacity" and "Child friendly", Snowparks, Nightskiing, "Summer
skiing" as Yes / No; and a Roblox Creator Dashboard export for one experience (daily by platform, January-June 2024)
with Date as "2024-01-01", Platform (Computer, Phone, Tablet, Console, VR), Visits, "Daily Active Users", "New
Users", "Avg Play Time (min)", "Robux Earned", "Premium Playtime Robux", "Day 1 Retention (%)" and "Day 7 Retention
(%)" with one decimal (blank for the latest days, whose cohorts are not complete) and "Concurrent Peak". All are
generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _share
from .offline_eval import Dataset, Q, both, either, has, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("--", "N/A", blanks read as missing; commas dropped)."""
    return pd.to_numeric(df[col].astype("string").str.replace(",", "").str.strip(), errors="coerce")


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    """A true / false or Yes / No column as booleans."""
    return df[col].astype(str).str.strip().str.lower().isin(["true", "yes", "1", "1.0"])


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


# --- 1. SoundCloud for Artists insights export ---------------------------------------------------------------------

_SC_TRACKS = {"Midnight Static": 9, "Glass Harbor": 5, "Low Tide (Demo)": 2.2, "Neon Orchard": 3.4}
_SC_TRACKS |= {"Paper Satellites": 1.6, "Slow Burn ft. Kaia": 4.1, "Afterglow VIP": 1.2, "Tape Hiss Interlude": 0.7}
_SC_COUNTRIES = {"United States": 30, "United Kingdom": 12, "Germany": 10, "Canada": 7, "France": 6, "Brazil": 8}
_SC_COUNTRIES |= {"Netherlands": 4, "Australia": 5, "Japan": 3, "Mexico": 5, "Poland": 3, "Sweden": 2}
_SC_SOURCES = {"SoundCloud": 70, "Embedded Player": 18, "API / Apps": 12}


def _soundcloud_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22801)
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    rows = []
    for d in days:
        trend = 1 + 0.6 * np.sin((d.dayofyear - 20) / 40) ** 2 + (0.8 if d.month == 4 else 0)
        for _ in range(int(rng.integers(12, 22))):
            track = _one(rng, list(_SC_TRACKS), list(_SC_TRACKS.values()))
            country = _one(rng, list(_SC_COUNTRIES), list(_SC_COUNTRIES.values()))
            source = _one(rng, list(_SC_SOURCES), list(_SC_SOURCES.values()))
            follower = rng.random() < 0.3
            plays = int(1 + rng.poisson(_SC_TRACKS[track] * trend * (1.4 if follower else 1.0)))
            rows.append(
                {
                    "Date": f"{d:%Y-%m-%d}",
                    "Track": track,
                    "Plays": plays,
                    "Likes": int(rng.binomial(plays, 0.09 if follower else 0.04)),
                    "Reposts": int(rng.binomial(plays, 0.015)),
                    "Comments": int(rng.binomial(plays, 0.01)),
                    "Downloads": int(rng.binomial(plays, 0.02)) if "Demo" in track or rng.random() < 0.05 else 0,
                    "Country": country if rng.random() > 0.04 else "",
                    "Source": source,
                    "Listener Type": "Follower" if follower else "Non-follower",
                }
            )
    return pd.DataFrame(rows).drop_duplicates(["Date", "Track", "Country", "Source", "Listener Type"])


def _sc_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Date"]).dt.to_period("M")
    return df.groupby(months)["Likes"].sum().idxmax().to_timestamp()


def _sc_top_countries(df: pd.DataFrame) -> list[str]:
    return list(df.groupby("Country")["Plays"].sum().sort_values(ascending=False).index[:3])


_SC_QS = [
    Q("how many plays have i had in total", _count(lambda df: int(df["Plays"].sum())), ("Plays",)),
    Q(
        "and how many of them came through the embedded player?",
        _count(lambda df: int(df.loc[df["Source"] == "Embedded Player", "Plays"].sum())),
        ("Plays", "Source"),
    ),
    Q(
        "which of my tracks is the most popular",
        either(
            _lead(_named(lambda df: _top(df.groupby("Track")["Plays"].sum()))),
            _lead(_named(lambda df: _top(df.groupby("Track")["Likes"].sum()))),
        ),
        ("Track", "Plays", "Likes"),
    ),
    Q(
        "what percent of plays are from people who don't follow me",
        _share(lambda df: df.loc[df["Listener Type"] == "Non-follower", "Plays"].sum() / df["Plays"].sum()),
        ("Plays", "Listener Type"),
    ),
    Q("top 3 countries by plays", _all_named(_sc_top_countries), ("Country", "Plays")),
    Q("which month did i get the most likes", month_year(_sc_month), ("Date", "Likes")),
]


# --- 2. Bluesky posts from the account's repository ----------------------------------------------------------------

_BSKY_CHARS = "234567abcdefghijklmnopqrstuvwxyz"


def _bluesky_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22802)
    start = pd.Timestamp("2023-11-01")
    span = (pd.Timestamp("2025-01-01") - start).total_seconds()
    # posting picks up after a slow start, with a burst in one month
    offsets = np.sort(np.concatenate([span * rng.beta(1.6, 1.0, 1150), span * rng.uniform(0.30, 0.345, 180)]))
    did = "did:plc:" + "".join(rng.choice(list(_BSKY_CHARS), 24))
    rows = []
    for off in offsets:
        t = start + pd.Timedelta(seconds=float(off))
        reply = rng.random() < 0.38
        quote = (not reply) and rng.random() < 0.1
        image = (not reply) and rng.random() < 0.3
        link = rng.random() < (0.08 if reply else 0.22)
        lang = _one(rng, ["en", "ja", "pt", ""], [80, 8, 4, 8])
        base = 1.2 if reply else 6.0
        base *= 2.3 if image else 1.0
        likes = int(rng.negative_binomial(1.2, 1.2 / (1.2 + base)))
        rows.append(
            {
                "uri": f"at://{did}/app.bsky.feed.post/3k" + "".join(rng.choice(list(_BSKY_CHARS), 11)),
                "createdAt": f"{t:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z",
                "text_length": int(np.clip(rng.gamma(2.2, 45 if reply else 70), 1, 300)),
                "is_reply": "true" if reply else "false",
                "is_quote": "true" if quote else "false",
                "langs": lang,
                "has_image": "true" if image else "false",
                "has_link": "true" if link else "false",
                "like_count": likes,
                "repost_count": int(rng.binomial(likes, 0.12)),
                "reply_count": int(rng.poisson(0.4 + 0.08 * likes)),
                "quote_count": int(rng.binomial(likes, 0.02)),
            }
        )
    df = pd.DataFrame(rows)
    df.loc[int(rng.integers(len(df) // 2, len(df))), "like_count"] = 1843
    return df


def _bs_time(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["createdAt"], utc=True, format="ISO8601")


def _bs_busiest(df: pd.DataFrame) -> pd.Timestamp:
    return df.groupby(_bs_time(df).dt.tz_localize(None).dt.to_period("M")).size().idxmax().to_timestamp()


def _bs_image_likes(how: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: df.groupby(_flag(df, "has_image"))["like_count"].agg(how).to_numpy()


_BSKY_QS = [
    Q("how many posts are in here", _count(lambda df: len(df)), ("uri",)),
    Q("how many of those are replies", _count(lambda df: int(_flag(df, "is_reply").sum())), ("is_reply",)),
    Q(
        "do my posts with pictures get more likes than ones without?",
        either(has(_bs_image_likes("mean"), rel=0.01), has(_bs_image_likes("median"), rel=0.01)),
        ("has_image", "like_count"),
    ),
    Q("what month was i posting the most", month_year(_bs_busiest), ("createdAt",)),
    Q(
        "when did i post my most liked post",
        _day(lambda df: _bs_time(df)[df["like_count"].idxmax()]),
        ("createdAt", "like_count", "uri"),
    ),
    Q(
        "how many posts don't have a language set",
        _count(lambda df: int(_blank(df["langs"]).sum())),
        ("langs",),
    ),
]


# --- 3. HowLongToBeat game list export -----------------------------------------------------------------------------

_HLTB_WORDS = ["Hollow", "Star", "Crown", "Ashen", "Rogue", "Echoes", "Legend", "Tactics", "Drift", "Iron", "Void"]
_HLTB_WORDS += ["Saga", "Frontier", "Dungeon", "Quest", "Harbor", "Spirit", "Neon", "Arcana", "Wilds", "Rift"]
_HLTB_PLATFORMS = {"PC": 40, "PlayStation 5": 20, "Nintendo Switch": 22, "Xbox Series X/S": 8, "Steam Deck": 10}
_HLTB_STORES = {
    "PC": (["Steam", "Epic Games", "GOG", ""], [65, 20, 10, 5]),
    "Steam Deck": (["Steam", "GOG", ""], [85, 8, 7]),
    "PlayStation 5": (["PlayStation Store", ""], [75, 25]),
    "Nintendo Switch": (["Nintendo eShop", ""], [70, 30]),
    "Xbox Series X/S": ([""], [1]),
}


def _hms(hours: float) -> str:
    s = round(float(hours) * 3600)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _hltb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22803)
    rows = []
    used: set[str] = set()
    while len(rows) < 420:
        title = " ".join(rng.choice(_HLTB_WORDS, size=int(rng.integers(1, 3)), replace=False))
        if rng.random() < 0.25:
            title += f" {_one(rng, ['II', 'III', '2', 'Remastered', 'Deluxe Edition'])}"
        if title in used:
            continue
        used.add(title)
        platform = _one(rng, list(_HLTB_PLATFORMS), list(_HLTB_PLATFORMS.values()))
        store = _one(rng, *_HLTB_STORES[platform])
        lst = _one(rng, ["Playing", "Backlog", "Completed", "Retired", "Replay"], [6, 45, 35, 10, 4])
        main = float(np.clip(rng.lognormal(2.5, 0.7), 1.5, 120))
        extras = main * rng.uniform(1.3, 2.0)
        comp = extras * rng.uniform(1.4, 2.6)
        known = rng.random() > 0.07
        added = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 5 * 365)))
        start = end = None
        if lst == "Backlog":
            progress = 0.0 if rng.random() < 0.85 else main * rng.uniform(0.02, 0.2)
        elif lst in ("Completed", "Replay"):
            progress = main * rng.uniform(0.8, 1.6)
            start = added + pd.Timedelta(days=int(rng.integers(0, 500)))
            end = start + pd.Timedelta(days=int(rng.integers(3, 120)))
        elif lst == "Retired":
            progress = main * rng.uniform(0.05, 0.5)
            start = added + pd.Timedelta(days=int(rng.integers(0, 400)))
        else:
            progress = main * rng.uniform(0.1, 0.8)
            start = pd.Timestamp("2024-05-01") + pd.Timedelta(days=int(rng.integers(0, 120)))
        review = ""
        if lst in ("Completed", "Replay") and rng.random() < 0.8:
            review = str(int(np.clip(round(rng.normal(78, 11) / 5) * 5, 20, 100)))
        elif lst == "Retired" and rng.random() < 0.5:
            review = str(int(np.clip(round(rng.normal(55, 12) / 5) * 5, 10, 90)))
        rows.append(
            {
                "Title": title,
                "Platform": platform,
                "Storefront": store,
                "List": lst,
                "Main Story": f"{main:.1f}" if known else "--",
                "Main + Extras": f"{extras:.1f}" if known else "--",
                "Completionist": f"{comp:.1f}" if known and rng.random() > 0.05 else "--",
                "Progress": _hms(progress),
                "Review": review,
                "Start Date": f"{start:%Y-%m-%d}" if start is not None else "",
                "Completion Date": f"{end:%Y-%m-%d}" if end is not None and end <= pd.Timestamp("2024-08-31") else "",
                "Added Date": f"{added:%Y-%m-%d}",
            }
        )
    return pd.DataFrame(rows)


def _hl_hours(df: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(df["Progress"]).dt.total_seconds() / 3600


def _hl_done_2023(listed: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        done = pd.to_datetime(df["Completion Date"]).dt.year == 2023
        return int((done & (df["List"] == "Completed")).sum()) if listed else int(done.sum())

    return count


_HLTB_QS = [
    Q("how many games are in my backlog", _count(lambda df: int((df["List"] == "Backlog").sum())), ("List",)),
    Q(
        "how long would it take to beat all of them, just the main story",
        _scaled(lambda df: _num(df, "Main Story")[df["List"] == "Backlog"].sum(), (24,), rel=0.003),
        ("List", "Main Story"),
    ),
    Q(
        "whats my average score for the games i completed",
        either(
            _about(lambda df: _num(df, "Review")[df["List"] == "Completed"].mean()),
            _about(lambda df: _num(df, "Review")[df["List"].isin(["Completed", "Replay"])].mean()),
        ),
        ("List", "Review"),
    ),
    Q(
        "which platform have i finished the most games on",
        either(
            _lead(_named(lambda df: _top(df[df["List"] == "Completed"]["Platform"].value_counts()))),
            _lead(_named(lambda df: _top(df[df["Completion Date"].notna()]["Platform"].value_counts()))),
        ),
        ("Platform", "List", "Completion Date"),
    ),
    Q(
        "how many hours have i played in total across everything",
        _scaled(lambda df: _hl_hours(df).sum(), (1 / 60, 24), rel=0.003),
        ("Progress",),
    ),
    Q(
        "how many games did i beat in 2023",
        either(_count(_hl_done_2023(True)), _count(_hl_done_2023(False))),
        ("Completion Date", "List"),
    ),
]


# --- 4. JPL CNEOS close approaches ---------------------------------------------------------------------------------

_NEO_LETTERS = "ABCDEFGHJKLMNOPQRSTUVWXY"
_NEO_NAMED = ["433 Eros (A898 PA)", "99942 Apophis (2004 MN4)", "3200 Phaethon (1983 TB)", "1566 Icarus (1949 MA)"]
_NEO_NAMED += ["4179 Toutatis (1989 AC)", "2062 Aten (1976 AA)", "153814 (2001 WN5)", "162173 Ryugu (1999 JU3)"]
_LD_AU = 0.00256955529


def _neo_diameter(rng: np.random.Generator, h: float, measured: bool) -> str:
    lo = 1329 / np.sqrt(0.25) * 10 ** (-h / 5) * 1000
    hi = 1329 / np.sqrt(0.05) * 10 ** (-h / 5) * 1000
    if measured:
        d = np.sqrt(lo * hi) / 1000
        return f"{d:.2f} ± {d * 0.08:.2f} km" if d >= 1 else f"{d * 1000:.0f} ± {d * 80:.0f} m"
    if hi < 1000:
        return f"{lo:.0f} m - {hi:.0f} m" if lo >= 10 else f"{lo:.1f} m - {hi:.0f} m"
    return f"{lo / 1000:.1f} km - {hi / 1000:.1f} km" if lo >= 1000 else f"{lo:.0f} m - {hi / 1000:.1f} km"


def _neo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22804)
    names: list[str] = []
    while len(names) < 640:
        y = int(_one(rng, list(range(1998, 2025)), [1] * 18 + [2, 2, 3, 3, 4, 5, 6, 7, 8]))
        code = f"{y} {_one(rng, list(_NEO_LETTERS))}{_one(rng, list(_NEO_LETTERS))}"
        code += str(int(rng.integers(1, 30))) if rng.random() < 0.85 else ""
        name = f"({code})"
        if name not in names:
            names.append(name)
    names[::80] = _NEO_NAMED
    rows = []
    for name in names:
        h = float(np.clip(rng.normal(24.5, 3.0), 15.5, 32))
        if name in _NEO_NAMED:
            h = float(rng.uniform(15, 20))
        measured = name in _NEO_NAMED or rng.random() < 0.03
        diameter = _neo_diameter(rng, h, measured)
        for _ in range(2 if rng.random() < 0.12 else 1):
            t = pd.Timestamp("2025-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 2 * 365 * 1440)))
            ld = float(np.clip(rng.uniform(0, 1) ** 0.8 * 19.5, 0.04, 19.5))
            ld_min = ld * rng.uniform(0.55, 1.0) if rng.random() < 0.3 else ld * rng.uniform(0.97, 1.0)
            vinf = float(np.clip(rng.gamma(4, 3.2), 1.5, 40))
            vrel = float(np.sqrt(vinf**2 + 11.19**2 * 2.57 / max(ld, 0.3) * 0.25))
            unc = _one(
                rng,
                [
                    "< 00:01",
                    f"00:{int(rng.integers(1, 60)):02d}",
                    f"{int(rng.integers(1, 9))}_{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}",
                ],
                [60, 28, 12],
            )
            rows.append(
                {
                    "Object": name,
                    "Close-Approach (CA) Date": f"{t:%Y-%b-%d %H:%M} ± {unc}",
                    "CA Distance Nominal (LD | au)": f"{ld:.2f} | {ld * _LD_AU:.4f}",
                    "CA Distance Minimum (LD | au)": f"{ld_min:.2f} | {ld_min * _LD_AU:.4f}",
                    "V relative (km/s)": round(vrel, 2),
                    "V infinity (km/s)": round(vinf, 2),
                    "H (mag)": round(h, 1),
                    "Diameter": diameter,
                    "Rarity": int(rng.integers(0, 4)) if ld < 5 and rng.random() < 0.6 else np.nan,
                }
            )
    df = pd.DataFrame(rows)
    df["_t"] = pd.to_datetime(df["Close-Approach (CA) Date"].str[:17], format="%Y-%b-%d %H:%M")
    return df.sort_values("_t", kind="stable").drop(columns="_t").reset_index(drop=True).astype({"Rarity": "Int64"})


def _neo_ld(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["CA Distance Nominal (LD | au)"].str.split("|").str[0].str.strip())


def _neo_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Close-Approach (CA) Date"].str[:17], format="%Y-%b-%d %H:%M")


def _neo_code(name: Any) -> str:
    """The designation in an object's last brackets ("A898 PA" for "433 Eros (A898 PA)", "2024 XY5")."""
    return str(name).rsplit("(", 1)[-1].rstrip(")").strip()


def _neo_busiest(df: pd.DataFrame) -> pd.Timestamp:
    return df.groupby(_neo_when(df).dt.to_period("M")).size().idxmax().to_timestamp()


def _neo_fastest(df: pd.DataFrame) -> str:
    return _neo_code(df.loc[df["V relative (km/s)"].idxmax(), "Object"])


def _neo_closest(df: pd.DataFrame) -> str:
    return _neo_code(df.loc[_neo_ld(df).idxmin(), "Object"])


_NEO_QS = [
    Q(
        "how many asteroids are on this list",
        either(_count(lambda df: len(df)), _count(lambda df: df["Object"].nunique())),
        ("Object",),
    ),
    Q(
        "which one comes closest to earth",
        _lead(_named(_neo_closest)),
        ("Object", "CA Distance Nominal (LD | au)"),
    ),
    Q(
        "how many come closer than the moon",
        _count(lambda df: int((_neo_ld(df) < 1).sum())),
        ("CA Distance Nominal (LD | au)",),
    ),
    Q(
        "what's the average speed they pass at",
        _about(lambda df: df["V relative (km/s)"].mean()),
        ("V relative (km/s)",),
    ),
    Q(
        "which month has the most flybys",
        month_year(_neo_busiest),
        ("Close-Approach (CA) Date",),
    ),
    Q(
        "which is the fastest one and how fast is it going",
        both(_lead(_named(_neo_fastest)), has(lambda df: df["V relative (km/s)"].max(), rel=0.002)),
        ("Object", "V relative (km/s)"),
    ),
]


# --- 5. NYC HPD bed bug reporting filings --------------------------------------------------------------------------

_BB_BOROUGHS = {
    "MANHATTAN": (35, [10025, 10027, 10031, 10032, 10033, 10034, 10040, 10002, 10009, 10128], 40.80, -73.95),
    "BROOKLYN": (28, [11201, 11215, 11226, 11225, 11213, 11235, 11209, 11211], 40.65, -73.95),
    "BRONX": (20, [10453, 10456, 10458, 10463, 10467, 10468], 40.85, -73.89),
    "QUEENS": (15, [11354, 11355, 11368, 11372, 11373, 11375, 11385], 40.73, -73.84),
    "STATEN ISLAND": (2, [10301, 10304, 10314], 40.61, -74.10),
}
_BB_STREETS = ["BROADWAY", "WEST 157 STREET", "OCEAN AVENUE", "GRAND CONCOURSE", "EASTERN PARKWAY", "AVENUE C"]
_BB_STREETS += [
    "RIVERSIDE DRIVE",
    "QUEENS BOULEVARD",
    "JEROME AVENUE",
    "FLATBUSH AVENUE",
    "37 AVENUE",
    "EAST 21 STREET",
]
_BB_STREETS += ["FORT WASHINGTON AVENUE", "BAY PARKWAY", "VICTORY BOULEVARD", "CONVENT AVENUE", "KINGSBRIDGE ROAD"]


def _bedbug_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22805)
    boroughs = list(_BB_BOROUGHS)
    buildings = []
    for i in range(1500):
        boro = _one(rng, boroughs, [v[0] for v in _BB_BOROUGHS.values()])
        _, zips, lat, lon = _BB_BOROUGHS[boro]
        units = int(np.clip(rng.lognormal(3.0, 0.8), 3, 600))
        buildings.append(
            {
                "Building ID": 100000 + i * 37 + int(rng.integers(0, 30)),
                "Registration ID": 200000 + i * 41 + int(rng.integers(0, 30)),
                "Borough": boro,
                "House Number": str(int(rng.integers(1, 3200))) + (_one(rng, ["", "A", "-15"], [90, 5, 5])),
                "Street Name": _one(rng, _BB_STREETS),
                "Postcode": _one(rng, zips),
                "# of Dwelling Units": units,
                "risk": rng.beta(1.2, 12) * (1.5 if boro in ("BRONX", "MANHATTAN") else 1.0),
                "lat": lat + rng.normal(0, 0.025),
                "lon": lon + rng.normal(0, 0.025),
            }
        )
    rows = []
    for b in buildings:
        first = int(rng.integers(2021, 2025))
        for year in range(first, 2025):
            if rng.random() < 0.35 and year != first:
                continue
            filed = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 360)))
            period_start = filed - pd.DateOffset(years=1)
            infested = int(rng.binomial(b["# of Dwelling Units"], min(b["risk"], 0.9))) if rng.random() < 0.6 else 0
            eradicated = int(rng.binomial(infested, 0.8))
            geo = rng.random() > 0.03
            rows.append(
                {
                    "Building ID": b["Building ID"],
                    "Registration ID": b["Registration ID"],
                    "Borough": b["Borough"],
                    "House Number": b["House Number"],
                    "Street Name": b["Street Name"],
                    "Postcode": b["Postcode"],
                    "# of Dwelling Units": b["# of Dwelling Units"],
                    "Infested Dwelling Unit Count": infested,
                    "Eradicated Unit Count": eradicated,
                    "Re-infested Dwelling Unit Count": int(rng.binomial(eradicated, 0.15)),
                    "Filing Date": f"{filed:%m/%d/%Y}",
                    "Filing Period Start Date": f"{period_start:%m/%d/%Y}",
                    "Filling Period End Date": f"{filed - pd.Timedelta(days=1):%m/%d/%Y}",
                    "Latitude": round(b["lat"], 6) if geo else np.nan,
                    "Longitude": round(b["lon"], 6) if geo else np.nan,
                }
            )
    df = pd.DataFrame(rows)
    df["_t"] = pd.to_datetime(df["Filing Date"], format="%m/%d/%Y")
    return df.sort_values("_t", kind="stable").drop(columns="_t").reset_index(drop=True)


def _bb_means(df: pd.DataFrame) -> Any:
    return df[df["Borough"].isin(["BRONX", "MANHATTAN"])].groupby("Borough")["Infested Dwelling Unit Count"].mean()


_BEDBUG_QS = [
    Q(
        "how many filings per borough",
        _count(lambda df: df["Borough"].value_counts().to_numpy()),
        ("Borough",),
    ),
    Q(
        "what share of filings reported any bed bugs at all",
        _share(lambda df: float((df["Infested Dwelling Unit Count"] > 0).mean())),
        ("Infested Dwelling Unit Count",),
    ),
    Q(
        "total infested apartments in brooklyn",
        _count(lambda df: int(df.loc[df["Borough"] == "BROOKLYN", "Infested Dwelling Unit Count"].sum())),
        ("Borough", "Infested Dwelling Unit Count"),
    ),
    Q(
        "which zip code has the most infested units",
        _lead(_named(lambda df: _top(df.groupby(df["Postcode"].astype(str))["Infested Dwelling Unit Count"].sum()))),
        ("Postcode", "Infested Dwelling Unit Count"),
    ),
    Q(
        "how many buildings filed more than once",
        _count(lambda df: int((df["Building ID"].value_counts() > 1).sum())),
        ("Building ID",),
    ),
    Q(
        "compare the bronx and manhattan on infested units per filing",
        has(lambda df: _bb_means(df).to_numpy(), rel=0.01),
        ("Borough", "Infested Dwelling Unit Count"),
    ),
]


# --- 6. Ski resorts (skiresort.info, Kaggle) -----------------------------------------------------------------------

_SKI_COUNTRIES = {
    "Europe": {"Austria": 60, "France": 50, "Switzerland": 45, "Italy": 50, "Germany": 25, "Norway": 20},
    "North America": {"United States": 75, "Canada": 30},
    "Asia": {"Japan": 30, "China": 8, "South Korea": 6},
    "Southern Hemisphere": {"Chile": 8, "Argentina": 7, "New Zealand": 8, "Australia": 7},
}
_SKI_PRICE = {"Switzerland": 70, "United States": 110, "Canada": 80, "Norway": 50, "Austria": 58, "France": 50}
_SKI_PRICE |= {"Italy": 48, "Germany": 40, "Japan": 38, "China": 45, "South Korea": 55, "Chile": 60}
_SKI_PRICE |= {"Argentina": 45, "New Zealand": 62, "Australia": 75}
_SKI_LL = {"Austria": (47.2, 11.5), "France": (45.5, 6.5), "Switzerland": (46.5, 8.0), "Italy": (46.3, 11.0)}
_SKI_LL |= {"Germany": (47.6, 11.0), "Norway": (61.0, 9.0), "United States": (41.0, -108.0), "Canada": (50.5, -117.0)}
_SKI_LL |= {"Japan": (37.0, 138.5), "China": (41.0, 116.0), "South Korea": (37.6, 128.6), "Chile": (-33.3, -70.3)}
_SKI_LL |= {"Argentina": (-41.0, -71.3), "New Zealand": (-44.0, 169.0), "Australia": (-36.5, 148.3)}
_SKI_PARTS = ["Alpe", "Mont", "Val", "Snow", "Peak", "Berg", "Ridge", "White", "Blue", "Eagle", "Sun", "Glacier"]
_SKI_ENDS = ["Valley", "Mountain", "Arena", "Resort", "Park", "Basin", "Hills", "Ski Area", "Paradise", "Summit"]


def _ski_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22806)
    rows = []
    used: set[str] = set()
    pairs = [(cont, c, w) for cont, cs in _SKI_COUNTRIES.items() for c, w in cs.items()]
    while len(rows) < 499:
        cont, country, _ = _one(rng, pairs, [w for *_, w in pairs])
        name = f"{_one(rng, _SKI_PARTS)} {_one(rng, _SKI_PARTS)} {_one(rng, _SKI_ENDS)}".replace("  ", " ")
        if rng.random() < 0.3:
            name = f"{_one(rng, _SKI_PARTS)}-{_one(rng, _SKI_ENDS)}"
        if name in used:
            continue
        used.add(name)
        size = rng.lognormal(3.6, 0.9)
        total = float(np.clip(size, 2, 600))
        shares = rng.dirichlet([3, 5, 2])
        beg, mid, dif = (round(total * s) for s in shares)
        total_km = beg + mid + dif
        low = int(rng.integers(200, 1800) if cont != "North America" else rng.integers(600, 2800))
        high = low + int(np.clip(total * 8 + rng.normal(300, 200), 150, 2400))
        summer = high > 3000 and rng.random() < 0.5
        glacier_year_round = summer and rng.random() < 0.3
        southern = cont == "Southern Hemisphere"
        season = "Year-round" if glacier_year_round else ("June - October" if southern else "December - April")
        if not glacier_year_round and not southern:
            season = _one(rng, [season, "November - April", "December - March", "November - May"], [45, 25, 15, 15])
            if summer:
                season = "November - May, June - August"
        if rng.random() < 0.04:
            season = "Unknown"
        surface = int(rng.poisson(2 + total / 12))
        chair = int(rng.poisson(1 + total / 10))
        gondola = int(rng.poisson(total / 60))
        lifts = surface + chair + gondola
        price = _SKI_PRICE[country] * (0.8 + 0.25 * np.log1p(total) / np.log(300)) * rng.uniform(0.85, 1.15)
        lat, lon = _SKI_LL[country]
        rows.append(
            {
                "ID": len(rows) + 1,
                "Resort": name,
                "Latitude": round(lat + rng.normal(0, 1.2), 6),
                "Longitude": round(lon + rng.normal(0, 1.5), 6),
                "Country": country,
                "Continent": cont,
                "Price": round(float(price)) if rng.random() > 0.05 else 0,
                "Season": season,
                "Highest point": high,
                "Lowest point": low,
                "Beginner slopes": beg,
                "Intermediate slopes": mid,
                "Difficult slopes": dif,
                "Total slopes": total_km,
                "Longest run": int(np.clip(round(total_km * rng.uniform(0.03, 0.15)), 0, 22)),
                "Snow cannons": int(total_km * rng.uniform(0, 25)) if rng.random() > 0.15 else 0,
                "Surface lifts": surface,
                "Chair lifts": chair,
                "Gondola lifts": gondola,
                "Total lifts": lifts,
                "Lift capacity": int(lifts * rng.uniform(900, 2200)),
                "Child friendly": "Yes" if rng.random() < 0.95 else "No",
                "Snowparks": "Yes" if rng.random() < (0.4 + total_km / 300) else "No",
                "Nightskiing": "Yes" if rng.random() < (0.45 if cont == "Asia" else 0.25) else "No",
                "Summer skiing": "Yes" if summer else "No",
            }
        )
    return pd.DataFrame(rows)


def _ski_prices(zero: bool) -> Callable[[pd.DataFrame], Any]:
    def means(df: pd.DataFrame) -> Any:
        d = df if zero else df[df["Price"] > 0]
        return d.groupby("Continent")["Price"].mean().to_numpy()

    return means


def _ski_priced(zero: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    return lambda df: df if zero else df[df["Price"] > 0]


_SKI_QS = [
    Q("how many ski resorts in europe", _count(lambda df: int((df["Continent"] == "Europe").sum())), ("Continent",)),
    Q(
        "which country has the most resorts",
        _lead(_named(lambda df: _top(df["Country"].value_counts()))),
        ("Country",),
    ),
    Q(
        "average lift ticket price by continent",
        either(_about(_ski_prices(False)), _about(_ski_prices(True))),
        ("Continent", "Price"),
    ),
    Q(
        "which resort has the most km of pistes",
        _lead(_named(lambda df: str(df.loc[df["Total slopes"].idxmax(), "Resort"]))),
        ("Resort", "Total slopes"),
    ),
    Q(
        "what % of them offer night skiing",
        _share(lambda df: float(_flag(df, "Nightskiing").mean())),
        ("Nightskiing",),
    ),
    Q(
        "do bigger resorts charge more? (slopes vs price)",
        either(
            _corr(lambda d: _ski_priced(False)(d)["Total slopes"], lambda d: _ski_priced(False)(d)["Price"]),
            _corr(lambda d: d["Total slopes"], lambda d: d["Price"]),
        ),
        ("Total slopes", "Price"),
    ),
]


# --- 7. Roblox Creator Dashboard (daily by platform) ---------------------------------------------------------------

_RBX_PLATFORMS = {"Computer": 0.34, "Phone": 0.46, "Tablet": 0.12, "Console": 0.06, "VR": 0.02}


def _roblox_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22807)
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    rows = []
    base = 9000.0
    for i, d in enumerate(days):
        base *= float(np.exp(rng.normal(0.002, 0.03)))
        weekend = 1.35 if d.dayofweek >= 5 else 1.0
        update = 1.8 if 60 <= i < 67 else 1.0
        for platform, share in _RBX_PLATFORMS.items():
            dau = int(base * share * weekend * update * rng.uniform(0.9, 1.1))
            visits = int(dau * rng.uniform(1.5, 2.1))
            new = int(dau * rng.uniform(0.18, 0.3) * (1.6 if update > 1 else 1.0))
            play = rng.normal({"Computer": 24, "Phone": 16, "Tablet": 19, "Console": 28, "VR": 12}[platform], 2)
            robux = int(dau * rng.uniform(0.6, 1.0) * (1.3 if platform == "Computer" else 1.0))
            d1 = rng.normal({"Computer": 14, "Phone": 10, "Tablet": 11, "Console": 13, "VR": 8}[platform], 1.5)
            d7 = d1 * rng.uniform(0.25, 0.4)
            rows.append(
                {
                    "Date": f"{d:%Y-%m-%d}",
                    "Platform": platform,
                    "Visits": visits,
                    "Daily Active Users": dau,
                    "New Users": new,
                    "Avg Play Time (min)": round(float(play), 1),
                    "Robux Earned": robux,
                    "Premium Playtime Robux": int(robux * rng.uniform(0.08, 0.18)),
                    "Day 1 Retention (%)": round(float(d1), 1) if i < len(days) - 1 else np.nan,
                    "Day 7 Retention (%)": round(float(d7), 1) if i < len(days) - 7 else np.nan,
                    "Concurrent Peak": int(dau * rng.uniform(0.05, 0.08)),
                }
            )
    return pd.DataFrame(rows)


def _rbx_march(df: pd.DataFrame) -> pd.DataFrame:
    return df[pd.to_datetime(df["Date"]).dt.month == 3]


def _rbx_d7(df: pd.DataFrame) -> Any:
    return df[df["Platform"].isin(["Phone", "Computer"])].groupby("Platform")["Day 7 Retention (%)"].mean().to_numpy()


_ROBLOX_QS = [
    Q("how many visits total", _scaled(lambda df: df["Visits"].sum(), _BIG, rel=0.002), ("Visits",)),
    Q(
        "which device do most players use",
        either(
            _lead(_named(lambda df: _top(df.groupby("Platform")["Daily Active Users"].sum()))),
            _lead(_named(lambda df: _top(df.groupby("Platform")["Visits"].sum()))),
        ),
        ("Platform", "Daily Active Users", "Visits"),
    ),
    Q(
        "how much robux did we make in march",
        either(
            _scaled(lambda df: _rbx_march(df)["Robux Earned"].sum(), _BIG, rel=0.002),
            _scaled(lambda df: _rbx_march(df)[["Robux Earned", "Premium Playtime Robux"]].sum().sum(), _BIG, rel=0.002),
        ),
        ("Date", "Robux Earned", "Premium Playtime Robux"),
    ),
    Q(
        "day 7 retention on phone vs computer?",
        _about(_rbx_d7),
        ("Platform", "Day 7 Retention (%)"),
    ),
    Q(
        "what day did we get the most new players",
        either(
            _day(lambda df: df.groupby("Date")["New Users"].sum().idxmax()),
            _day(lambda df: df.loc[df["New Users"].idxmax(), "Date"]),
        ),
        ("Date", "New Users"),
    ),
    Q(
        "how many days are missing day 7 retention",
        either(
            _count(lambda df: int(df.loc[df["Day 7 Retention (%)"].isna(), "Date"].nunique())),
            _count(lambda df: int(df["Day 7 Retention (%)"].isna().sum())),
        ),
        ("Date", "Day 7 Retention (%)"),
    ),
]


HELDOUT228: list[Dataset] = [
    Dataset("soundcloud_insights_daily", _soundcloud_frame, _SC_QS),
    Dataset("bluesky_repo_posts", _bluesky_frame, _BSKY_QS),
    Dataset("howlongtobeat_game_list", _hltb_frame, _HLTB_QS),
    Dataset("cneos_close_approaches", _neo_frame, _NEO_QS),
    Dataset("nyc_hpd_bedbug_filings", _bedbug_frame, _BEDBUG_QS),
    Dataset("skiresort_info_resorts", _ski_frame, _SKI_QS),
    Dataset("roblox_creator_daily_by_platform", _roblox_frame, _ROBLOX_QS),
]
