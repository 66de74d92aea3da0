"""HELDOUT227: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Wyze app
camera event history (January-June 2024, about 2,500 events, newest first) with "Event Time" as "06/29/2024 07:41:09
PM", "Device Name" (Front Porch, Living Room, Garage, Baby Room), "Device Model" fixed per camera (Wyze Video Doorbell
v2, Wyze Cam Pan v2, Wyze Cam v3, Wyze Cam OG), "Event Type" (Motion, Person, Vehicle, Pet, Package, Sound, Smoke
Alarm, CO Alarm), "Duration (s)" (12 for most clips, longer Cam Plus clips, blank for some sound and alarm events),
and "Cloud Recording", Viewed and Favorite written Yes / No; a Life360 driver report (one row per drive, four family
members, January-April 2024) with Date as "03/14/2024", Driver (Mike, Sarah, Emma, Jake), "Start Time" and "End
Time" as "7:42 AM", From and To (named places such as "Home" or "Lincoln High School", or street addresses), "Distance
(mi)" with one decimal, "Duration (min)", "Top Speed (mph)", "Hard Brakes", "Rapid Accelerations", "Phone Usage
(min)" with one decimal, "Speeding Events" and "Driving Score" 0-100 (blank for drives under half a mile);
crates.io daily downloads from the database dump (September-November 2023, eight crates) with date "2023-09-01",
crate (serde, tokio, rand, clap, regex, anyhow, syn, thiserror), version as a semver string ("1.0.188", "0.8.5";
new versions appear mid-period and old ones keep a trickle, a crate-version-day row only when it had downloads) and
downloads; GoFundMe campaigns scraped into the common Kaggle layout (eight categories of about 130) with Url,
Category, Position (rank within the category page), Title, Location ("Austin, TX"), Amount_Raised as "$12,345
raised", Goal as "of $20,000 goal", "of $20K goal" or "of $1.5M goal", Number_of_Donors, Length_of_Fundraising as
"Created 3 months ago" / "Created 12 days ago" / "Created 1 year ago", FB_Shares and GFM_Hearts; Seattle Public
Library checkouts by title (monthly, 2022-2023, a row only for months with checkouts) with UsageClass (Physical,
Digital), CheckoutType (Horizon, OverDrive, Hoopla, Freegal, Zinio), MaterialType (BOOK, EBOOK, AUDIOBOOK,
SOUNDDISC, VIDEODISC, MAGAZINE, SONG), CheckoutYear, CheckoutMonth, Checkouts, Title (physical items as "Lessons in
chemistry : a novel / Bonnie Garmus.", digital ones as "Lessons in Chemistry: A Novel"), ISBN (blank for most
physical items, sometimes two ISBNs comma separated), Creator ("Garmus, Bonnie" for physical items, "Bonnie Garmus"
for digital ones, blank for some), Subjects comma separated, Publisher and PublicationYear as messy text ("[2022]",
"c2015.", "2018", blank); the CITES trade database comparative tabulation (2015-2022, about 1,800 records) with Year,
"App." (I, II, III), Taxon, Class (blank for plants), Order, Family, Genus, Importer and Exporter as ISO2 codes,
Origin (blank on most rows), "Importer reported quantity" and "Exporter reported quantity" (one or the other blank on
many rows), Term (live, skins, leather products (small), meat, specimens, trophies, caviar, ...), Unit (blank for a
number of items, kg, g, m2), Purpose (T, Z, S, P, H, Q) and Source (W, C, D, F, R, I, A); and a Bitwarden vault
export (fake entries) with folder (Work, Personal, Finance, Shopping or blank), favorite (1 or blank), type (login,
note, card, identity), name, notes, fields, reprompt 0 / 1, login_uri, login_username, login_password, login_totp (an
otpauth:// URI or blank), plus two columns added in a spreadsheet after export: password_length (blank for
non-logins) and last_changed as "2021-07-30" (blank for non-logins and some logins). All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, has, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    """A Yes / No (or 1 / blank) column as booleans."""
    return df[col].astype(str).str.strip().str.lower().isin(["yes", "true", "1", "1.0"])


def _text(s: pd.Series) -> pd.Series:
    """A text column with padding stripped and blanks as empty strings."""
    return s.astype("string").fillna("").str.strip()


def _any_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    """Any one of the labels computed from the frame appears."""
    return either(*(_named(v) for v in values))


# --- 1. Wyze camera event history ----------------------------------------------------------------------------------

_WYZE_CAMS = {
    "Front Porch": ("Wyze Video Doorbell v2", 36),
    "Living Room": ("Wyze Cam Pan v2", 27),
    "Garage": ("Wyze Cam v3", 21),
    "Baby Room": ("Wyze Cam OG", 16),
}
_WYZE_TYPES = ["Motion", "Person", "Vehicle", "Pet", "Package", "Sound", "Smoke Alarm", "CO Alarm"]
_WYZE_MIX = {
    "Front Porch": [40, 30, 10, 3, 12, 5, 0, 0],
    "Living Room": [35, 20, 0, 25, 0, 18, 1.5, 0.5],
    "Garage": [38, 14, 30, 5, 2, 9, 0.6, 0.8],
    "Baby Room": [30, 15, 0, 5, 0, 50, 0.3, 0.3],
}


def _wyze_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22701)
    cams = list(_WYZE_CAMS)
    month_w = [11, 12, 15, 17, 20, 25]
    rows = []
    for _ in range(2500):
        cam = _one(rng, cams, [_WYZE_CAMS[c][1] for c in cams])
        kind = _one(rng, _WYZE_TYPES, _WYZE_MIX[cam])
        month = 1 + int(_one(rng, list(range(6)), month_w))
        start = pd.Timestamp(2024, month, 1)
        t = start + pd.Timedelta(seconds=int(rng.integers(0, start.days_in_month * 86400)))
        if kind in ("Sound", "Smoke Alarm", "CO Alarm") and rng.random() < 0.3:
            dur: float = np.nan
        elif rng.random() < 0.3:
            dur = float(int(np.clip(rng.gamma(2.0, 25.0), 13, 300)))
        else:
            dur = 12.0
        rows.append(
            {
                "Event Time": t,
                "Device Name": cam,
                "Device Model": _WYZE_CAMS[cam][0],
                "Event Type": kind,
                "Duration (s)": dur,
                "Cloud Recording": "Yes" if rng.random() < (0.7 if cam == "Baby Room" else 0.93) else "No",
                "Viewed": "Yes" if rng.random() < 0.35 else "No",
                "Favorite": "Yes" if rng.random() < 0.03 else "No",
            }
        )
    df = pd.DataFrame(rows).sort_values("Event Time", ascending=False, kind="stable").reset_index(drop=True)
    df["Event Time"] = df["Event Time"].dt.strftime("%m/%d/%Y %I:%M:%S %p")
    df["Duration (s)"] = df["Duration (s)"].astype("Int64")
    return df


def _wyze_times(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Event Time"], format="%m/%d/%Y %I:%M:%S %p")


def _wyze_person_share(cam: str | None) -> Callable[[pd.DataFrame], float]:
    def share(df: pd.DataFrame) -> float:
        d = df if cam is None else df[df["Device Name"] == cam]
        return float((d["Event Type"] == "Person").mean())

    return share


_WYZE_QS = [
    Q(
        "how many events did the cameras pick up in total",
        _count(lambda df: len(df)),
        ("Event Time", "Event Type", "Device Name"),
    ),
    Q(
        "which camera catches the most stuff?",
        _lead(_named(lambda df: _top(df["Device Name"].value_counts()))),
        ("Device Name", "Device Model"),
    ),
    Q(
        "what % of events were people",
        _share(_wyze_person_share(None)),
        ("Event Type",),
    ),
    Q(
        "and just on the garage cam?",
        _share(_wyze_person_share("Garage")),
        ("Event Type", "Device Name"),
    ),
    Q(
        "avg clip length per camera",
        has(lambda df: df.groupby("Device Name")["Duration (s)"].mean().to_numpy(), rel=0.01),
        ("Duration (s)", "Device Name"),
    ),
    Q(
        "which month had the most events",
        month_year(lambda df: _wyze_times(df).dt.to_period("M").value_counts().idxmax().to_timestamp()),
        ("Event Time",),
    ),
]


# --- 2. Life360 driver report ----------------------------------------------------------------------------------------

# Driver: (share of drives, extra top speed, phone minutes scale, hard brakes rate)
_L360_DRIVERS = {"Mike": (30, 4, 0.6, 0.5), "Sarah": (32, 0, 0.4, 0.4), "Emma": (22, 2, 1.6, 0.9)}
_L360_DRIVERS |= {"Jake": (16, 9, 0.9, 1.2)}
_L360_PLACES = ["Home", "Work", "Lincoln High School", "Costco", "Target", "Soccer Field", "Grandma's", "Gym"]
_L360_STREETS = ["W Elm St", "Maple Ave", "Oak Ridge Dr", "N 5th St", "Cedar Ln", "Highway 71", "Park Blvd"]


def _life360_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22702)
    drivers = list(_L360_DRIVERS)
    rows = []
    for _ in range(1100):
        who = _one(rng, drivers, [_L360_DRIVERS[d][0] for d in drivers])
        _, extra, phone_scale, brake_rate = _L360_DRIVERS[who]
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 121)))
        start = day + pd.Timedelta(minutes=int(rng.integers(6 * 60, 22 * 60)))
        dist = round(float(np.clip(rng.lognormal(1.6, 0.75), 0.2, 140)), 1)
        speed = rng.uniform(22, 38) + (18 if dist > 25 else 0)
        dur = max(1, int(np.round(dist / speed * 60 + rng.normal(2, 1.5))))
        top = int(np.clip(28 + 6 * np.log1p(dist) * 2.2 + extra + rng.normal(0, 6), 20, 104))
        brakes = int(rng.poisson(brake_rate * (0.5 + dist / 12)))
        accel = int(rng.poisson(brake_rate * 0.8 * (0.5 + dist / 15)))
        phone = round(float(min(dur, rng.exponential(phone_scale * (1 + dur / 15)))), 1)
        if rng.random() < 0.45:
            phone = 0.0
        speeding = int(rng.poisson(max(0.0, (top - 60) / 8)))
        score = 100 - 4 * brakes - 3 * accel - 3.5 * phone - 5 * speeding + rng.normal(0, 3)
        place_from = _one(rng, _L360_PLACES) if rng.random() < 0.8 else f"{int(rng.integers(100, 9999))} "
        if place_from.endswith(" "):
            place_from += _one(rng, _L360_STREETS)
        place_to = _one(rng, [p for p in _L360_PLACES if p != place_from])
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Driver": who,
                "Start Time": f"{start:%I:%M %p}".lstrip("0"),
                "End Time": f"{start + pd.Timedelta(minutes=dur):%I:%M %p}".lstrip("0"),
                "From": place_from,
                "To": place_to,
                "Distance (mi)": dist,
                "Duration (min)": dur,
                "Top Speed (mph)": top,
                "Hard Brakes": brakes,
                "Rapid Accelerations": accel,
                "Phone Usage (min)": phone,
                "Speeding Events": speeding,
                "Driving Score": int(np.clip(round(score), 0, 100)) if dist >= 0.5 else np.nan,
            }
        )
    df = pd.DataFrame(rows)
    df["_t"] = pd.to_datetime(df["Date"] + " " + df["Start Time"], format="%m/%d/%Y %I:%M %p")
    df = df.sort_values("_t", kind="stable").drop(columns="_t").reset_index(drop=True)
    df["Driving Score"] = df["Driving Score"].astype("Int64")
    return df


def _l360_fast(driver: str | None, floor: int) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        d = df if driver is None else df[df["Driver"] == driver]
        return int((d["Top Speed (mph)"] >= floor).sum())

    return count


_LIFE360_QS = [
    Q(
        "how many miles did the family drive altogether",
        _scaled(lambda df: df["Distance (mi)"].sum(), (1e3,), rel=0.002),
        ("Distance (mi)",),
    ),
    Q(
        "who drives the most?",
        _lead(
            _any_named(
                lambda df: _top(df.groupby("Driver")["Distance (mi)"].sum()),
                lambda df: _top(df["Driver"].value_counts()),
                lambda df: _top(df.groupby("Driver")["Duration (min)"].sum()),
            )
        ),
        ("Driver", "Distance (mi)", "Duration (min)"),
    ),
    Q(
        "average driving score for each person",
        has(lambda df: df.groupby("Driver")["Driving Score"].mean().to_numpy(), rel=0.01),
        ("Driver", "Driving Score"),
    ),
    Q(
        "does using the phone while driving go with a lower score?",
        _corr(lambda df: df["Phone Usage (min)"], lambda df: df["Driving Score"].astype(float)),
        ("Phone Usage (min)", "Driving Score"),
    ),
    Q(
        "how many drives went over 80 mph",
        either(_count(_l360_fast(None, 81)), _count(_l360_fast(None, 80))),
        ("Top Speed (mph)",),
    ),
    Q(
        "how many of those were jake",
        either(_count(_l360_fast("Jake", 81)), _count(_l360_fast("Jake", 80))),
        ("Top Speed (mph)", "Driver"),
    ),
]


# --- 3. crates.io daily downloads by version -----------------------------------------------------------------------

# crate: (downloads a weekday, [(version, first day it is downloaded, weight once settled)])
_CRATES: dict[str, tuple[int, list[tuple[str, int, float]]]] = {
    "syn": (610000, [("1.0.109", -1, 0.45), ("2.0.31", -1, 0.3), ("2.0.37", 20, 0.5), ("2.0.39", 64, 0.5)]),
    "serde": (520000, [("1.0.188", -1, 0.6), ("1.0.189", 44, 0.5), ("1.0.190", 60, 0.9), ("1.0.164", -1, 0.08)]),
    "tokio": (290000, [("1.32.0", -1, 0.6), ("1.33.0", 38, 0.8), ("1.34.0", 75, 0.8), ("0.2.25", -1, 0.03)]),
    "rand": (330000, [("0.8.5", -1, 0.92), ("0.7.3", -1, 0.08)]),
    "regex": (300000, [("1.9.4", -1, 0.5), ("1.9.5", 2, 0.6), ("1.10.2", 41, 0.9)]),
    "clap": (210000, [("4.4.2", -1, 0.5), ("4.4.6", 39, 0.7), ("4.4.8", 70, 0.7), ("2.34.0", -1, 0.35)]),
    "anyhow": (240000, [("1.0.75", -1, 1.0), ("1.0.72", -1, 0.1)]),
    "thiserror": (250000, [("1.0.48", -1, 0.6), ("1.0.49", 18, 0.7), ("1.0.50", 49, 0.9)]),
}


def _crates_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22703)
    days = pd.date_range("2023-09-01", "2023-11-30", freq="D")
    rows = []
    for crate, (level, versions) in _CRATES.items():
        for i, d in enumerate(days):
            week = 0.52 if d.day_of_week >= 5 else 1.0
            total = level * week * (1 + 0.002 * i) * rng.lognormal(0, 0.07)
            weights = []
            for _v, first, w in versions:
                if i < first:
                    weights.append(0.0)
                    continue
                # a version's weight climbs after release and falls once a newer one ships
                newer = [f for _, f, _ in versions if f > first and f <= i]
                grow = 1.0 if first < 0 else min(1.0, (i - first + 1) / 10)
                fade = 0.25 ** (len(newer)) if newer else 1.0
                weights.append(w * grow * fade)
            wsum = sum(weights)
            for (v, _, _), w in zip(versions, weights, strict=True):
                n = int(total * w / wsum * rng.lognormal(0, 0.05)) if w > 0 else 0
                if n > 0:
                    rows.append({"date": f"{d:%Y-%m-%d}", "crate": crate, "version": v, "downloads": n})
    return pd.DataFrame(rows).sort_values(["date", "crate", "version"], kind="stable").reset_index(drop=True)


def _crate_total(crate: str) -> Callable[[pd.DataFrame], int]:
    return lambda df: int(df.loc[df["crate"] == crate, "downloads"].sum())


def _crates_week(per_row: bool) -> Callable[[pd.DataFrame], Any]:
    def means(df: pd.DataFrame) -> Any:
        weekend = pd.to_datetime(df["date"]).dt.day_of_week >= 5
        if per_row:
            return df.groupby(weekend)["downloads"].mean().to_numpy()
        daily = df.groupby(["date"])["downloads"].sum()
        end = pd.to_datetime(daily.index).day_of_week >= 5
        return daily.groupby(end).mean().to_numpy()

    return means


_CRATES_QS = [
    Q("how many times was tokio downloaded in total", _count(_crate_total("tokio")), ("crate", "downloads")),
    Q("and rand?", _count(_crate_total("rand")), ("crate", "downloads")),
    Q(
        "which crate got downloaded the most",
        _lead(_named(lambda df: _top(df.groupby("crate")["downloads"].sum()))),
        ("crate", "downloads"),
    ),
    Q(
        "most downloaded serde version?",
        _lead(_named(lambda df: _top(df[df["crate"] == "serde"].groupby("version")["downloads"].sum()))),
        ("crate", "version", "downloads"),
    ),
    Q(
        "what day had the most downloads overall",
        _day(lambda df: df.groupby("date")["downloads"].sum().idxmax()),
        ("date", "downloads"),
    ),
    Q(
        "weekdays vs weekends, avg downloads per day?",
        either(has(_crates_week(False), rel=0.01), has(_crates_week(True), rel=0.01)),
        ("date", "downloads"),
    ),
]


# --- 4. GoFundMe campaigns (Kaggle scrape) --------------------------------------------------------------------------

# Category: (median raised, spread, title patterns)
_GFM_CATS = {
    "Medical": (14000, 0.9, ["Help {n} Beat Cancer", "Support {n}'s Recovery", "{n}'s Fight Against Leukemia"]),
    "Memorials": (11000, 0.8, ["In Loving Memory of {n}", "Celebrating the Life of {n}", "{n}'s Funeral Fund"]),
    "Emergencies": (9000, 1.0, ["Help {n}'s Family After the Fire", "Flood Relief for {n}", "Rebuild {n}'s Home"]),
    "Education": (4500, 0.8, ["Send {n} to College", "{n}'s Study Abroad Fund", "Help {n} Finish Nursing School"]),
    "Animals": (3500, 0.9, ["Surgery for {n}'s Dog", "Save the Shelter with {n}", "{n}'s Rescue Horses"]),
    "Community": (6000, 1.0, ["Rebuild the {c} Playground", "{c} Food Pantry Drive", "Save the {c} Library"]),
    "Sports": (3000, 0.8, ["{c} Youth Soccer Travel Fund", "Send {n} to Nationals", "{c} Little League Uniforms"]),
    "Creative": (4000, 1.0, ["Help {n} Record an Album", "{n}'s First Short Film", "Fund {n}'s Mural in {c}"]),
}
_GFM_NAMES = ["Maria", "James", "Olivia", "Carlos", "Aisha", "Ethan", "Sophie", "Marcus", "Lily", "Daniel", "Grace"]
_GFM_NAMES += ["Tyler", "Hannah", "Noah", "Jasmine", "Luis", "Chloe", "Ben", "Kayla", "Owen", "Priya", "Derek"]
_GFM_PLACES = [("Austin", "TX", 6), ("Houston", "TX", 6), ("Dallas", "TX", 5), ("Los Angeles", "CA", 9)]
_GFM_PLACES += [("San Diego", "CA", 5), ("Chicago", "IL", 6), ("New York", "NY", 8), ("Miami", "FL", 5)]
_GFM_PLACES += [("Orlando", "FL", 3), ("Seattle", "WA", 4), ("Denver", "CO", 4), ("Phoenix", "AZ", 4)]
_GFM_PLACES += [("Atlanta", "GA", 4), ("Columbus", "OH", 3), ("Nashville", "TN", 3), ("Portland", "OR", 3)]
_GFM_PLACES += [("Boise", "ID", 2), ("Tulsa", "OK", 2), ("El Paso", "TX", 2), ("Boston", "MA", 4)]


def _gfm_goal_text(goal: int, rng: np.random.Generator) -> str:
    if goal >= 1_000_000 and goal % 100_000 == 0:
        return f"of ${goal / 1e6:g}M goal"
    if goal % 1000 == 0 and rng.random() < 0.5:
        return f"of ${goal // 1000}K goal"
    return f"of ${goal:,} goal"


def _gofundme_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22704)
    rows = []
    for cat, (median, spread, patterns) in _GFM_CATS.items():
        n = int(rng.integers(120, 141))
        for pos in range(1, n + 1):
            name = _one(rng, _GFM_NAMES)
            city, state, _ = _one(rng, _GFM_PLACES, [p[2] for p in _GFM_PLACES])
            title = _one(rng, patterns).format(n=name, c=city)
            raised = int(rng.lognormal(np.log(median), spread) * (1.6 if pos <= 10 else 1.0))
            if rng.random() < 0.01:
                raised = int(raised * 40)
            goal_base = raised / rng.uniform(0.35, 1.5)
            step = 100_000 if goal_base > 1_000_000 else (1000 if goal_base > 5000 else 500)
            goal = int(max(step, round(goal_base / step) * step))
            donors = max(1, int(raised / rng.uniform(55, 140)))
            age_days = int(rng.integers(3, 900))
            if age_days < 31:
                created = f"Created {age_days} day{'s' if age_days > 1 else ''} ago"
            elif age_days < 365:
                m = age_days // 30
                created = f"Created {m} month{'s' if m > 1 else ''} ago"
            else:
                y = age_days // 365
                created = f"Created {y} year{'s' if y > 1 else ''} ago"
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
            rows.append(
                {
                    "Url": f"https://www.gofundme.com/f/{slug}-{rng.integers(1000, 9999)}",
                    "Category": cat,
                    "Position": pos,
                    "Title": title,
                    "Location": f"{city}, {state}",
                    "Amount_Raised": f"${raised:,} raised",
                    "Goal": _gfm_goal_text(goal, rng),
                    "Number_of_Donors": donors,
                    "Length_of_Fundraising": created,
                    "FB_Shares": int(donors * rng.lognormal(0.2, 0.6)),
                    "GFM_Hearts": int(donors * rng.uniform(0.6, 1.0)),
                }
            )
    return pd.DataFrame(rows)


def _money(s: pd.Series) -> pd.Series:
    """ "$12,345 raised" / "of $20K goal" / "of $1.5M goal" as dollars."""
    m = s.astype(str).str.extract(r"\$([\d,.]+)\s*([KMB]?)", flags=re.IGNORECASE)
    scale = m[1].str.upper().map({"K": 1e3, "M": 1e6, "B": 1e9}).fillna(1.0)
    return pd.to_numeric(m[0].str.replace(",", ""), errors="coerce") * scale


def _gfm_tx(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df["Location"]).str.endswith(", TX")]


_GOFUNDME_QS = [
    Q(
        "how much money was raised in total",
        _scaled(lambda df: _money(df["Amount_Raised"]).sum(), (1e3, 1e6), rel=0.002),
        ("Amount_Raised",),
    ),
    Q(
        "which category raises the most per campaign on average?",
        _lead(_named(lambda df: _top(_money(df["Amount_Raised"]).groupby(df["Category"]).mean()))),
        ("Category", "Amount_Raised"),
    ),
    Q(
        "what percent of fundraisers reached their goal",
        _share(lambda df: float((_money(df["Amount_Raised"]) >= _money(df["Goal"])).mean())),
        ("Amount_Raised", "Goal"),
    ),
    Q("how many are in texas", _count(lambda df: len(_gfm_tx(df))), ("Location",)),
    Q(
        "and how much did those raise",
        _scaled(lambda df: _money(_gfm_tx(df)["Amount_Raised"]).sum(), (1e3, 1e6), rel=0.002),
        ("Location", "Amount_Raised"),
    ),
    Q(
        "do more facebook shares go with more money?",
        _corr(lambda df: df["FB_Shares"].astype(float), lambda df: _money(df["Amount_Raised"])),
        ("FB_Shares", "Amount_Raised"),
    ),
]


# --- 5. Seattle Public Library checkouts by title (monthly) ---------------------------------------------------------

# (title, subtitle, first, last, subjects, publisher, year, popularity)
_SPL_BOOKS = [
    (
        "Lessons in Chemistry",
        "a novel",
        "Bonnie",
        "Garmus",
        "Fiction, Women chemists, Humorous fiction",
        "Doubleday",
        2022,
        9,
    ),
    (
        "Tomorrow, and Tomorrow, and Tomorrow",
        "a novel",
        "Gabrielle",
        "Zevin",
        "Fiction, Video games, Friendship",
        "Alfred A. Knopf",
        2022,
        8,
    ),
    ("It Ends with Us", "a novel", "Colleen", "Hoover", "Fiction, Romance, Domestic fiction", "Atria Books", 2016, 6),
    ("It Starts with Us", "a novel", "Colleen", "Hoover", "Fiction, Romance", "Atria Books", 2022, 6),
    ("Verity", "", "Colleen", "Hoover", "Fiction, Thrillers (Fiction), Suspense", "Grand Central Publishing", 2021, 5),
    ("Demon Copperhead", "a novel", "Barbara", "Kingsolver", "Fiction, Appalachian Region, Orphans", "Harper", 2022, 8),
    (
        "The Covenant of Water",
        "",
        "Abraham",
        "Verghese",
        "Fiction, Kerala (India), Family sagas",
        "Grove Press",
        2023,
        7,
    ),
    ("Fourth Wing", "", "Rebecca", "Yarros", "Fantasy fiction, Dragons, Romance", "Entangled", 2023, 7),
    ("Spare", "", "Prince Harry", "Duke of Sussex", "Biography & Autobiography, Princes", "Random House", 2023, 5),
    ("The Midnight Library", "a novel", "Matt", "Haig", "Fiction, Libraries, Fantasy fiction", "Viking", 2020, 5),
    ("Project Hail Mary", "", "Andy", "Weir", "Science fiction, Space flight", "Ballantine Books", 2021, 5),
    (
        "Braiding Sweetgrass",
        "",
        "Robin Wall",
        "Kimmerer",
        "Nature, Botany, Indigenous peoples",
        "Milkweed Editions",
        2013,
        5,
    ),
    (
        "Atomic Habits",
        "an easy & proven way to build good habits & break bad ones",
        "James",
        "Clear",
        "Self-help, Habit",
        "Avery",
        2018,
        5,
    ),
    (
        "Hello Beautiful",
        "a novel",
        "Ann",
        "Napolitano",
        "Fiction, Sisters, Domestic fiction",
        "The Dial Press",
        2023,
        6,
    ),
    ("Remarkably Bright Creatures", "a novel", "Shelby", "Van Pelt", "Fiction, Octopuses, Widows", "Ecco", 2022, 6),
    (
        "The Seven Husbands of Evelyn Hugo",
        "a novel",
        "Taylor Jenkins",
        "Reid",
        "Fiction, Actresses, Historical fiction",
        "Atria Books",
        2017,
        4,
    ),
    ("Trust", "", "Hernan", "Diaz", "Fiction, Wall Street, Historical fiction", "Riverhead Books", 2022, 4),
    ("The Lincoln Highway", "a novel", "Amor", "Towles", "Fiction, Road fiction, Brothers", "Viking", 2021, 3),
    (
        "Crying in H Mart",
        "a memoir",
        "Michelle",
        "Zauner",
        "Biography & Autobiography, Grief, Food",
        "Alfred A. Knopf",
        2021,
        4,
    ),
    ("Klara and the Sun", "", "Kazuo", "Ishiguro", "Fiction, Artificial intelligence", "Alfred A. Knopf", 2021, 3),
    (
        "Sea of Tranquility",
        "a novel",
        "Emily St. John",
        "Mandel",
        "Science fiction, Time travel",
        "Alfred A. Knopf",
        2022,
        4,
    ),
    (
        "The Wager",
        "a tale of shipwreck, mutiny and murder",
        "David",
        "Grann",
        "History, Shipwrecks, Mutiny",
        "Doubleday",
        2023,
        5,
    ),
    ("Yellowface", "a novel", "R. F.", "Kuang", "Fiction, Satire, Authors", "William Morrow", 2023, 5),
    ("Happy Place", "", "Emily", "Henry", "Fiction, Romance, Friendship", "Berkley", 2023, 5),
    ("Book Lovers", "", "Emily", "Henry", "Fiction, Romance, Literary agents", "Berkley", 2022, 4),
    ("Dog Man", "", "Dav", "Pilkey", "Graphic novels, Humorous stories, Dogs", "Graphix", 2016, 6),
    (
        "Wings of Fire. The Dragonet Prophecy",
        "",
        "Tui T.",
        "Sutherland",
        "Juvenile fiction, Dragons, Fantasy",
        "Scholastic",
        2012,
        3,
    ),
    ("Educated", "a memoir", "Tara", "Westover", "Biography & Autobiography, Survivalism", "Random House", 2018, 3),
]
_SPL_OTHER = [
    ("Everything Everywhere All at Once", "directed by Daniel Kwan, Daniel Scheinert.", "VIDEODISC", 5),
    ("Top Gun. Maverick", "directed by Joseph Kosinski.", "VIDEODISC", 4),
    ("Oppenheimer", "directed by Christopher Nolan.", "VIDEODISC", 4),
    ("Midnights", "Taylor Swift.", "SOUNDDISC", 3),
    ("Renaissance", "Beyoncé.", "SOUNDDISC", 2),
]
_SPL_MAGS = [("The New Yorker", "Conde Nast"), ("The Economist", "The Economist Newspaper"), ("Vogue", "Conde Nast")]
_SPL_SONGS = [("Anti-Hero", "Taylor Swift"), ("Flowers", "Miley Cyrus"), ("Kill Bill", "SZA")]


def _spl_isbn(rng: np.random.Generator) -> str:
    return "979" + "".join(str(int(x)) for x in rng.integers(0, 10, 10))


def _spl_items(rng: np.random.Generator) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for title, sub, first, last, subjects, pub, year, pop in _SPL_BOOKS:
        full = f"{title} : {sub}" if sub else title
        base = {"Subjects": subjects, "Publisher": pub}
        pub_year = _one(rng, [f"[{year}]", f"c{year}.", f"{year}", f"{year}."])
        items.append(
            base
            | {
                "UsageClass": "Physical",
                "CheckoutType": "Horizon",
                "MaterialType": "BOOK",
                "Title": f"{full[0]}{full[1:].lower() if rng.random() < 0.6 else full[1:]} / {first} {last}.",
                "ISBN": "" if rng.random() < 0.85 else f"{_spl_isbn(rng)}, {_spl_isbn(rng)[3:]}",
                "Creator": f"{last}, {first}" if rng.random() > 0.05 else "",
                "PublicationYear": pub_year,
                "level": 45.0 * pop,
            }
        )
        digital_title = f"{title}: {sub.title()}" if sub else title
        for kind, vendor, scale in (("EBOOK", "OverDrive", 1.1), ("AUDIOBOOK", "OverDrive", 0.9)):
            items.append(
                base
                | {
                    "UsageClass": "Digital",
                    "CheckoutType": vendor,
                    "MaterialType": kind,
                    "Title": digital_title if kind == "EBOOK" else f"{digital_title} (unabridged)",
                    "ISBN": _spl_isbn(rng) if rng.random() < 0.9 else "",
                    "Creator": f"{first} {last}",
                    "PublicationYear": str(year) if rng.random() < 0.8 else "",
                    "level": 40.0 * pop * scale,
                }
            )
        if rng.random() < 0.3:
            items.append(
                base
                | {
                    "UsageClass": "Digital",
                    "CheckoutType": "Hoopla",
                    "MaterialType": _one(rng, ["EBOOK", "AUDIOBOOK"]),
                    "Title": digital_title,
                    "ISBN": "",
                    "Creator": f"{first} {last}",
                    "PublicationYear": str(year),
                    "level": 4.0 * pop,
                }
            )
    for title, by, kind, pop in _SPL_OTHER:
        items.append(
            {
                "UsageClass": "Physical",
                "CheckoutType": "Horizon",
                "MaterialType": kind,
                "Title": f"{title} / {by}",
                "ISBN": "",
                "Creator": "",
                "Subjects": "Feature films, Fiction films" if kind == "VIDEODISC" else "Popular music",
                "Publisher": "Lionsgate," if kind == "VIDEODISC" else "Republic Records,",
                "PublicationYear": _one(rng, ["[2022]", "[2023]", "2023"]),
                "level": 40.0 * pop,
            }
        )
    for title, pub in _SPL_MAGS:
        items.append(
            {
                "UsageClass": "Digital",
                "CheckoutType": "Zinio",
                "MaterialType": "MAGAZINE",
                "Title": title,
                "ISBN": "",
                "Creator": "",
                "Subjects": "Periodicals",
                "Publisher": pub,
                "PublicationYear": "",
                "level": 90.0,
            }
        )
    for title, artist in _SPL_SONGS:
        items.append(
            {
                "UsageClass": "Digital",
                "CheckoutType": "Freegal",
                "MaterialType": "SONG",
                "Title": title,
                "ISBN": "",
                "Creator": artist,
                "Subjects": "Pop",
                "Publisher": "Universal Music Group",
                "PublicationYear": "",
                "level": 6.0,
            }
        )
    return items


def _spl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22705)
    items = _spl_items(rng)
    months = pd.date_range("2022-01-01", "2023-12-01", freq="MS")
    rows = []
    for item in items:
        released = int(re.sub(r"\D", "", item["PublicationYear"]) or 2015)
        for i, m in enumerate(months):
            if m.year < released:
                continue
            season = 1 + 0.15 * np.cos(2 * np.pi * (m.month - 1) / 12) + (0.25 if m == months[12] else 0)
            age = max(0, (m.year - released) * 12 + m.month - 6)
            lam = item["level"] * season * (1.02 ** (i / 2)) * (0.5 + 0.5 * np.exp(-age / 30))
            n = int(rng.poisson(lam * rng.lognormal(0, 0.2)))
            if n == 0:
                continue
            row = {k: v for k, v in item.items() if k != "level"}
            rows.append(
                {
                    "UsageClass": row["UsageClass"],
                    "CheckoutType": row["CheckoutType"],
                    "MaterialType": row["MaterialType"],
                    "CheckoutYear": m.year,
                    "CheckoutMonth": m.month,
                    "Checkouts": n,
                    "Title": row["Title"],
                    "ISBN": row["ISBN"],
                    "Creator": row["Creator"],
                    "Subjects": row["Subjects"],
                    "Publisher": row["Publisher"],
                    "PublicationYear": row["PublicationYear"],
                }
            )
    df = pd.DataFrame(rows)
    order = rng.permutation(len(df))
    return df.iloc[order].reset_index(drop=True).replace("", np.nan)


def _spl_year(year: int) -> Callable[[pd.DataFrame], int]:
    return lambda df: int(df.loc[df["CheckoutYear"] == year, "Checkouts"].sum())


def _spl_author(df: pd.DataFrame) -> pd.Series:
    """Creator as "First Last" ("Garmus, Bonnie" read as "Bonnie Garmus")."""
    c = _text(df["Creator"])
    flipped = c.str.extract(r"^([^,]+),\s*(.+)$")
    return (flipped[1] + " " + flipped[0]).fillna(c).where(c != "")


def _spl_top_author(merge: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        who = _spl_author(df) if merge else df["Creator"]
        return _top(df["Checkouts"].groupby(who).sum())

    return top


def _spl_author_named(merge: bool) -> Check:
    """The top author as the file writes them, or with first and last name in either order."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        name = _spl_top_author(merge)(df)
        parts = re.match(r"^([^,]+),\s*(.+)$", name)
        forms = [name] if not parts else [name, f"{parts.group(2)} {parts.group(1)}"]
        if not parts and " " in name:
            first, last = name.rsplit(" ", 1)
            forms.append(f"{last}, {first}")
        return either(*(_named(lambda _d, f=f: f) for f in forms))(answer, df)

    return check


def _spl_best_month(df: pd.DataFrame) -> pd.Timestamp:
    sums = df.groupby(["CheckoutYear", "CheckoutMonth"])["Checkouts"].sum()
    y, m = sums.idxmax()
    return pd.Timestamp(int(y), int(m), 1)


_SPL_QS = [
    Q("how many checkouts were there in 2023", _count(_spl_year(2023)), ("CheckoutYear", "Checkouts")),
    Q("and in 2022?", _count(_spl_year(2022)), ("CheckoutYear", "Checkouts")),
    Q(
        "what share of checkouts are digital",
        either(
            _share(lambda df: float(df.loc[df["UsageClass"] == "Digital", "Checkouts"].sum() / df["Checkouts"].sum())),
            _share(lambda df: float((df["UsageClass"] == "Digital").mean())),
        ),
        ("UsageClass", "Checkouts", "CheckoutType", "MaterialType"),
    ),
    Q(
        "which author gets borrowed the most?",
        _lead(either(_spl_author_named(True), _spl_author_named(False))),
        ("Creator", "Checkouts"),
    ),
    Q(
        "busiest month?",
        month_year(_spl_best_month),
        ("CheckoutYear", "CheckoutMonth", "Checkouts"),
    ),
    Q(
        "how many items don't have an isbn",
        either(
            _count(lambda df: int(df["ISBN"].isna().sum())),
            _count(lambda df: int(df.loc[df["ISBN"].isna(), "Title"].nunique())),
            _count(lambda df: len(df.loc[df["ISBN"].isna(), ["Title", "MaterialType"]].drop_duplicates())),
        ),
        ("ISBN", "Title", "MaterialType"),
    ),
]


# --- 6. CITES trade database comparative tabulation -----------------------------------------------------------------

# (Taxon, Class, Order, Family, Genus, App., weight, [(Term, Unit, quantity scale)], purposes, sources, exporters)
_CITES_TAXA: list[tuple[Any, ...]] = [
    (
        "Crocodylus niloticus",
        "Reptilia",
        "Crocodylia",
        "Crocodylidae",
        "Crocodylus",
        "II",
        14,
        [("skins", "", 900), ("leather products (small)", "", 300), ("meat", "kg", 2000)],
        "TTTP",
        "CCCW",
        "ZW ZA KE",
    ),
    (
        "Alligator mississippiensis",
        "Reptilia",
        "Crocodylia",
        "Alligatoridae",
        "Alligator",
        "II",
        12,
        [("skins", "", 1500), ("leather products (small)", "", 800), ("meat", "kg", 3000)],
        "TTP",
        "CWR",
        "US",
    ),
    (
        "Python reticulatus",
        "Reptilia",
        "Squamata",
        "Pythonidae",
        "Python",
        "II",
        10,
        [("skins", "", 1200), ("leather products (small)", "", 500), ("skins", "m2", 40)],
        "TTP",
        "WWC",
        "ID MY VN",
    ),
    (
        "Psittacus erithacus",
        "Aves",
        "Psittaciformes",
        "Psittacidae",
        "Psittacus",
        "I",
        6,
        [("live", "", 12)],
        "TPZ",
        "CCF",
        "ZA BE NL",
    ),
    (
        "Panthera leo",
        "Mammalia",
        "Carnivora",
        "Felidae",
        "Panthera",
        "II",
        7,
        [("trophies", "", 2), ("skins", "", 2), ("specimens", "g", 50)],
        "HHS",
        "CWR",
        "ZA TZ ZW",
    ),
    (
        "Loxodonta africana",
        "Mammalia",
        "Proboscidea",
        "Elephantidae",
        "Loxodonta",
        "I",
        6,
        [("trophies", "", 2), ("specimens", "", 20), ("tusks", "", 2)],
        "HHSQ",
        "WWW",
        "ZW BW TZ",
    ),
    (
        "Ursus americanus",
        "Mammalia",
        "Carnivora",
        "Ursidae",
        "Ursus",
        "II",
        5,
        [("trophies", "", 1), ("skins", "", 3)],
        "HHP",
        "WW",
        "CA US",
    ),
    (
        "Macaca fascicularis",
        "Mammalia",
        "Primates",
        "Cercopithecidae",
        "Macaca",
        "II",
        7,
        [("live", "", 300), ("specimens", "", 400)],
        "SST",
        "CCF",
        "KH VN MU",
    ),
    (
        "Hippocampus kuda",
        "Actinopteri",
        "Syngnathiformes",
        "Syngnathidae",
        "Hippocampus",
        "II",
        6,
        [("live", "", 150), ("bodies", "kg", 30)],
        "TTZ",
        "WWC",
        "ID TH VN",
    ),
    (
        "Acipenser baerii",
        "Actinopteri",
        "Acipenseriformes",
        "Acipenseridae",
        "Acipenser",
        "II",
        8,
        [("caviar", "kg", 250), ("meat", "kg", 900), ("live", "", 2000)],
        "TTT",
        "CCC",
        "CN IT FR",
    ),
    (
        "Phalaenopsis hybrid",
        "",
        "Orchidales",
        "Orchidaceae",
        "Phalaenopsis",
        "II",
        12,
        [("live", "", 20000)],
        "TTT",
        "AAA",
        "TW NL TH",
    ),
    (
        "Dendrobates tinctorius",
        "Amphibia",
        "Anura",
        "Dendrobatidae",
        "Dendrobates",
        "II",
        4,
        [("live", "", 40)],
        "TTZ",
        "CCF",
        "SR CZ DE",
    ),
    (
        "Falco rusticolus",
        "Aves",
        "Falconiformes",
        "Falconidae",
        "Falco",
        "I",
        3,
        [("live", "", 3)],
        "PTS",
        "CCC",
        "GB DE AE",
    ),
    (
        "Cebus capucinus",
        "Mammalia",
        "Primates",
        "Cebidae",
        "Cebus",
        "II",
        2,
        [("specimens", "", 30)],
        "SS",
        "WW",
        "CR PA",
    ),
]
_CITES_IMPORTERS = {"US": 26, "CN": 13, "JP": 10, "FR": 9, "DE": 8, "IT": 8, "SG": 5, "HK": 6, "AE": 4, "MX": 4}
_CITES_IMPORTERS |= {"GB": 5, "CH": 5, "KR": 4, "ES": 4, "NL": 3}


def _cites_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22706)
    importers = list(_CITES_IMPORTERS)
    year_w = [11, 12, 13, 13, 14, 9, 10, 12]
    rows = []
    for _ in range(1800):
        taxon = _one(rng, _CITES_TAXA, [t[6] for t in _CITES_TAXA])
        name, cls, order, family, genus, app, _, terms, purposes, sources, exporters = taxon
        term, unit, scale = _one(rng, terms)
        exporter = _one(rng, exporters.split())
        importer = _one(
            rng, [i for i in importers if i != exporter], [_CITES_IMPORTERS[i] for i in importers if i != exporter]
        )
        qty = float(max(1, round(scale * rng.lognormal(-0.5, 1.0), 1 if unit in ("kg", "m2") else 0)))
        both_sides = rng.random()
        imp = qty * rng.uniform(0.8, 1.1) if both_sides < 0.62 else np.nan
        exp = qty if both_sides > 0.36 or np.isnan(imp) else np.nan
        origin = ""
        if rng.random() < 0.12:
            origin = _one(rng, [e for e in ["ZW", "ZA", "ID", "VN", "TZ", "CN"] if e != exporter])
        rows.append(
            {
                "Year": 2015 + int(_one(rng, list(range(8)), year_w)),
                "App.": app,
                "Taxon": name,
                "Class": cls,
                "Order": order,
                "Family": family,
                "Genus": genus,
                "Importer": importer,
                "Exporter": exporter,
                "Origin": origin,
                "Importer reported quantity": round(imp, 1 if unit in ("kg", "m2", "g") else 0),
                "Exporter reported quantity": round(exp, 1 if unit in ("kg", "m2", "g") else 0),
                "Term": term,
                "Unit": unit,
                "Purpose": _one(rng, list(purposes)),
                "Source": _one(rng, list(sources)),
            }
        )
    df = pd.DataFrame(rows).sort_values(["Year", "App.", "Taxon"], kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _cites_croc_skins(col: str) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        d = df[(df["Taxon"] == "Crocodylus niloticus") & (df["Term"] == "skins")]
        return float(d[col].sum())

    return total


_CITES_QS = [
    Q(
        "which country shows up most as the importer",
        _lead(_named(lambda df: _top(df["Importer"].value_counts()))),
        ("Importer",),
    ),
    Q(
        "which year has the most trade records?",
        _year(lambda df: int(df["Year"].value_counts().sort_index().idxmax())),
        ("Year",),
    ),
    Q(
        "what share of the records are appendix I",
        _share(lambda df: float((_text(df["App."]) == "I").mean())),
        ("App.",),
    ),
    Q(
        "total crocodylus niloticus skins reported by exporters",
        _scaled(_cites_croc_skins("Exporter reported quantity"), (1e3,), rel=0.002),
        ("Taxon", "Term", "Exporter reported quantity", "Unit"),
    ),
    Q(
        "and by the importers?",
        _scaled(_cites_croc_skins("Importer reported quantity"), (1e3,), rel=0.002),
        ("Taxon", "Term", "Importer reported quantity", "Unit"),
    ),
    Q(
        "how many rows are missing the importer's quantity",
        _count(lambda df: int(df["Importer reported quantity"].isna().sum())),
        ("Importer reported quantity",),
    ),
]


# --- 7. Bitwarden vault export (fake entries) -----------------------------------------------------------------------

_BW_SITES = {
    "Personal": ["google.com", "facebook.com", "instagram.com", "netflix.com", "spotify.com", "reddit.com"],
    "Work": ["slack.com", "github.com", "atlassian.net", "zoom.us", "okta.com", "figma.com", "notion.so"],
    "Finance": ["chase.com", "paypal.com", "vanguard.com", "venmo.com", "irs.gov", "creditkarma.com"],
    "Shopping": ["amazon.com", "ebay.com", "target.com", "bestbuy.com", "etsy.com", "costco.com", "ikea.com"],
}
_BW_WEAK = ["Summer2019!", "fluffy123", "Password1", "ilovepizza"]


def _bw_password(rng: np.random.Generator, length: int) -> str:
    chars = string.ascii_letters + string.digits + "!@#$%^&*"
    return "".join(chars[int(i)] for i in rng.integers(0, len(chars), length))


def _bitwarden_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22707)
    rows = []
    for _ in range(380):
        kind = _one(rng, ["login", "note", "card", "identity"], [86, 6, 5, 3])
        folder = _one(rng, ["Personal", "Work", "Finance", "Shopping", ""], [30, 22, 13, 17, 18])
        row: dict[str, Any] = {"folder": folder, "favorite": "1" if rng.random() < 0.1 else "", "type": kind}
        row |= {"name": "", "notes": "", "fields": "", "reprompt": 0, "login_uri": "", "login_username": ""}
        row |= {"login_password": "", "login_totp": "", "password_length": np.nan, "last_changed": ""}
        if kind == "card":
            row |= {"folder": "Finance" if rng.random() < 0.8 else folder, "reprompt": 1}
            row["name"] = _one(rng, ["Chase Sapphire", "Amex Gold", "Costco Visa", "Debit Card"])
        elif kind == "note":
            row["name"] = _one(rng, ["WiFi password", "Garage code", "Passport number", "Recovery codes"])
            row["notes"] = _one(rng, ["see fields", "front gate 4471", "keep offline", "printed copy in safe"])
        elif kind == "identity":
            row["name"] = _one(rng, ["Me", "Partner", "Kid"])
        else:
            site = _one(rng, _BW_SITES[folder or _one(rng, list(_BW_SITES))])
            row["name"] = site.split(".")[0].capitalize() if rng.random() < 0.7 else site
            row["login_uri"] = f"https://{'accounts.' if rng.random() < 0.2 else 'www.'}{site}/"
            row["login_username"] = _one(rng, ["alex.morgan@example.com", "amorgan@work.example", "alexm"])
            changed = pd.Timestamp("2015-06-01") + pd.Timedelta(days=int(rng.integers(0, 3300)))
            if changed.year >= 2021 and rng.random() < 0.75:
                pw = _bw_password(rng, int(_one(rng, [14, 16, 20, 24, 32], [2, 4, 6, 2, 1])))
            elif rng.random() < 0.3:
                pw = _one(rng, _BW_WEAK)
            else:
                pw = _bw_password(rng, int(rng.integers(8, 17)))
            row |= {"login_password": pw, "password_length": len(pw)}
            row["last_changed"] = f"{changed:%Y-%m-%d}" if rng.random() > 0.06 else ""
            if rng.random() < (0.55 if folder in ("Work", "Finance") else 0.2):
                secret = "".join(rng.choice(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), 16))
                issuer = row["name"]
                row["login_totp"] = f"otpauth://totp/{issuer}:{row['login_username']}?secret={secret}&issuer={issuer}"
            if folder == "Finance" and rng.random() < 0.5:
                row["reprompt"] = 1
            if rng.random() < 0.05:
                row["fields"] = f"PIN: {int(rng.integers(1000, 9999))}"
        rows.append(row)
    df = pd.DataFrame(rows)
    df["password_length"] = df["password_length"].astype("Int64")
    return df.replace("", np.nan)


def _bw_short(folder: str | None) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        short = df["password_length"] < 12
        if folder is not None:
            short &= _text(df["folder"]) == folder
        return int(short.sum())

    return count


_BITWARDEN_QS = [
    Q("how many logins do i have saved", _count(lambda df: int((df["type"] == "login").sum())), ("type",)),
    Q(
        "how many of them have 2fa set up",
        _count(lambda df: int(((df["type"] == "login") & _text(df["login_totp"]).ne("")).sum())),
        ("type", "login_totp"),
    ),
    Q(
        "whats my average password length",
        either(_about(lambda df: df["password_length"].mean()), _about(lambda df: df["password_length"].median())),
        ("password_length", "login_password", "type"),
    ),
    Q(
        "how many passwords are shorter than 12 characters?",
        _count(_bw_short(None)),
        ("password_length", "login_password", "type"),
    ),
    Q(
        "how many of those are in the finance folder",
        _count(_bw_short("Finance")),
        ("password_length", "login_password", "folder", "type"),
    ),
    Q(
        "how many passwords were last changed before 2022",
        _count(lambda df: int((pd.to_datetime(df["last_changed"]) < "2022-01-01").sum())),
        ("last_changed", "type"),
    ),
]


HELDOUT227: list[Dataset] = [
    Dataset("wyze_camera_events", _wyze_frame, _WYZE_QS),
    Dataset("life360_driver_report", _life360_frame, _LIFE360_QS),
    Dataset("crates_io_daily_version_downloads", _crates_frame, _CRATES_QS),
    Dataset("gofundme_campaigns_scrape", _gofundme_frame, _GOFUNDME_QS),
    Dataset("spl_checkouts_by_title_monthly", _spl_frame, _SPL_QS),
    Dataset("cites_trade_comparative_tabulation", _cites_frame, _CITES_QS),
    Dataset("bitwarden_vault_export", _bitwarden_frame, _BITWARDEN_QS),
]
