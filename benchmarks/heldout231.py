"""HELDOUT231: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Flickr
account data export flattened to one row per photo (the photo_NNN.json files, 2016-2024) with id (an 11-digit
number), name ("IMG_4521" style titles or short captions), date_taken and date_imported as "2019-06-14 17:22:05",
privacy (public, friends, family, private), count_views, count_faves, count_comments, camera ("Canon EOS 5D Mark IV",
"iPhone 13 Pro", ...), lens (blank for phones), exposure like "1/250", aperture like "f/2.8", iso, focal_length like
"35 mm", tags space separated (blank for some), albums semicolon separated (blank for some), geo as "lat,long" or
blank, and license ("All Rights Reserved" or a Creative Commons name); a Google Drive file listing written by a
script from the Drive API with "File Name", Type (Google Docs, Google Sheets, Google Slides, PDF, Image, Video,
Folder, Other), Owner (an email), Shared (Yes/No), "Shared With" (a count), Size as "2.3 MB", "845 KB" or "1.2 GB"
("-" for Google files and folders), Created and "Last Modified" as "2023-03-04T10:22:13.512Z", "Last Modified By" (a
person's name), "Folder Path" ("/My Drive/Work/2023"), Starred and Trashed as TRUE/FALSE; a Khan Academy teacher
report of learner activity (September 2023 - March 2024) with Student, Course (Algebra 1, Geometry, 8th grade math,
AP Calculus AB, Biology), Unit ("Unit 3: ..."), "Activity Type" (Video, Exercise, Quiz, Unit Test, Article),
"Activity Title", Date as "2023-09-14", Minutes, "Points Earned", "Mastery Level" (Not started, Attempted, Familiar,
Proficient, Mastered; blank for videos and articles), Correct and "Total Questions" (blank for videos and articles);
a Michigan DNR style license sales file by year, county, type and sales channel (2016-2023) with "License Year",
County (an "Unknown" county for some online sales), "License Type" (Resident Annual Fishing, Non-Resident Annual
Fishing, 24-Hour Fishing, Resident Base, Deer Combo, Senior Annual Fishing, Youth), Residency, "Age Group" (Youth,
Adult, Senior), "Licenses Sold", Revenue as "$12,345.00" and "Sales Channel" (Online, Retail Agent, DNR Customer
Service); a county health department's public pool and spa inspections (2022-2024, facilities inspected many times)
with "Facility Name", Address in upper case, ZIP, "Facility Type" (Public Pool, Spa, Wading Pool, Spray Pad, Hotel
Pool, Apartment Pool), "Inspection Date" as "MM/DD/YYYY", "Inspection Type" (Routine, Re-Inspection, Complaint,
Pre-Opening), Score 0-100 (blank for complaint visits), Result (Pass, Fail, Closed), Violations as semicolon
separated codes ("CL2 LOW; PH HIGH; GATE", blank when none), "Free Chlorine (ppm)", pH (blank for a few) and
"Closure Ordered" (Y/N); a Tailscale admin console device export with "Machine Name", User (an email), OS (Linux,
macOS, Windows, iOS, Android, tvOS), "Tailscale Version" ("1.58.2"), "Tailscale IP" (100.x.y.z), Created as ISO,
"Last Seen" as ISO or "Connected", "Key Expiry" as ISO or "Disabled", Tags ("tag:server", "tag:ci,tag:prod" or
blank), "Exit Node" (Yes/No), "Subnet Routes" (CIDRs or blank) and "Update Available" (Yes/No); and a Texas Parks &
Wildlife public boat ramp inventory with "Ramp ID" ("BR-0001"), "Water Body", "Water Body Type" (Reservoir, River,
Bay, Gulf, Lake), County, Region (Panhandle, North, Central, East, South, West, Coastal), "Number of Lanes", "Ramp
Surface" (Concrete, Gravel, Dirt), "Parking Spaces" (blank for some), Restrooms and Fee (Yes/No), "Fee Amount" as
"$5.00" (blank where free), Lat, Lon, Operator (TPWD, City, County, USACE, River Authority) and Condition (Good,
Fair, Poor, Closed). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _year
from .offline_eval import Dataset, Q, either, has, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", commas, "-", "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,]", "", regex=True).str.strip()
    return pd.to_numeric(text, errors="coerce")


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    """A TRUE / FALSE, Yes / No or Y / N column as booleans."""
    return df[col].astype(str).str.strip().str.lower().isin(["true", "yes", "y", "1", "1.0"])


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


def _text(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


# --- 1. Flickr account export, one row per photo -------------------------------------------------------------------

_FL_CAMERAS = {
    "Canon EOS 5D Mark IV": ("EF24-70mm f/2.8L II USM", 30),
    "Fujifilm X-T3": ("XF35mmF1.4 R", 22),
    "iPhone 13 Pro": ("", 26),
    "Sony ILCE-7M3": ("FE 85mm F1.8", 12),
    "iPhone 8": ("", 8),
    "Pixel 6": ("", 6),
}
_FL_TAGS = ["sunset", "street", "portrait", "travel", "nature", "city", "bw", "dog", "beach", "night", "film", "macro"]
_FL_ALBUMS = ["Iceland 2019", "Street", "Family", "Best Of", "Lisbon Trip", "Birds", "Night Walks"]
_FL_CAPTIONS = ["Golden hour", "Harbor lights", "Quiet street", "Morning fog", "Old town", "Rainy window"]
_FL_LICENSES = ["All Rights Reserved", "Attribution-NonCommercial License", "Attribution License"]


def _flickr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23101)
    rows = []
    used: set[int] = set()
    for i in range(1450):
        camera = _one(rng, list(_FL_CAMERAS), [v[1] for v in _FL_CAMERAS.values()])
        lens = _FL_CAMERAS[camera][0]
        year = int(_one(rng, list(range(2016, 2025)), [6, 9, 14, 22, 10, 12, 11, 9, 7]))
        taken = pd.Timestamp(year, 1, 1) + pd.Timedelta(seconds=int(rng.integers(0, 365 * 86400)))
        imported = taken + pd.Timedelta(seconds=int(rng.integers(600, 40 * 86400)))
        privacy = _one(rng, ["public", "friends", "family", "private"], [62, 12, 10, 16])
        has_geo = rng.random() < 0.45
        base = 220 if privacy == "public" else 12
        base *= 1.5 if has_geo else 1.0
        views = int(rng.negative_binomial(1.5, 1.5 / (1.5 + base)))
        faves = int(rng.binomial(views, 0.03))
        phone = lens == ""
        tags = sorted(set(rng.choice(_FL_TAGS, size=int(rng.integers(0, 5)), replace=False)))
        albums = list(rng.choice(_FL_ALBUMS, size=int(_one(rng, [0, 1, 2], [35, 50, 15])), replace=False))
        focal = int(_one(rng, [6, 26] if phone else [24, 35, 50, 70, 85], None))
        while True:
            pid = int(rng.integers(10_000_000_000, 54_000_000_000))
            if pid not in used:
                used.add(pid)
                break
        rows.append(
            {
                "id": pid,
                "name": f"IMG_{1000 + i * 3 + int(rng.integers(0, 3))}"
                if rng.random() < 0.7
                else f"{_one(rng, _FL_CAPTIONS)} {i}",
                "date_taken": f"{taken:%Y-%m-%d %H:%M:%S}",
                "date_imported": f"{imported:%Y-%m-%d %H:%M:%S}",
                "privacy": privacy,
                "count_views": views,
                "count_faves": faves,
                "count_comments": int(rng.binomial(faves + 1, 0.25)),
                "camera": camera,
                "lens": lens,
                "exposure": f"1/{_one(rng, [30, 60, 125, 250, 500, 1000, 2000])}",
                "aperture": f"f/{_one(rng, ['1.4', '1.8', '2.8', '4.0', '5.6', '8.0'])}",
                "iso": int(_one(rng, [100, 200, 400, 800, 1600, 3200], [30, 20, 18, 14, 10, 8])),
                "focal_length": f"{focal} mm",
                "tags": " ".join(tags),
                "albums": ";".join(albums),
                "geo": f"{rng.uniform(-40, 65):.6f},{rng.uniform(-120, 30):.6f}" if has_geo else "",
                "license": _one(rng, _FL_LICENSES, [70, 20, 10]),
            }
        )
    df = pd.DataFrame(rows)
    # five standout photos, so the top five by faves is clear
    for k, idx in enumerate(rng.choice(df.index[df["privacy"] == "public"], 5, replace=False)):
        df.loc[idx, "count_faves"] = 310 + 47 * k
        df.loc[idx, "count_views"] = 9000 + 1500 * k
    return df


def _fl_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["date_taken"]).dt.year


def _fl_geo_views(how: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: df.groupby(_blank(df["geo"]))["count_views"].agg(how).to_numpy()


def _fl_top5(df: pd.DataFrame) -> list[str]:
    return list(df.sort_values("count_faves", ascending=False, kind="stable")["name"].head(5))


def _fl_tagged(word: str) -> Callable[[pd.DataFrame], int]:
    return lambda df: int(_text(df["tags"]).str.split().apply(lambda t: word in t).sum())


_FLICKR_QS = [
    Q(
        "how many of my photos are public",
        _count(lambda df: int((df["privacy"] == "public").sum())),
        ("privacy",),
    ),
    Q(
        "what camera do i shoot with most",
        _lead(_named(lambda df: _top(df["camera"].value_counts()))),
        ("camera",),
    ),
    Q(
        "do pics with a location get more views than ones without",
        either(has(_fl_geo_views("mean"), rel=0.01), has(_fl_geo_views("median"), rel=0.01)),
        ("geo", "count_views"),
    ),
    Q("which year did i take the most photos", _year(lambda df: _fl_year(df).value_counts().idxmax()), ("date_taken",)),
    Q("show me my 5 most faved photos", _all_named(_fl_top5), ("name", "id", "count_faves")),
    Q("how many photos are tagged sunset", _count(_fl_tagged("sunset")), ("tags",)),
]


# --- 2. Google Drive file listing ----------------------------------------------------------------------------------

_GD_OWNERS = {"maria.chen@northwind.io": 40, "dev.patel@northwind.io": 25, "sam.okafor@northwind.io": 18}
_GD_OWNERS |= {"lena.berg@northwind.io": 12, "ops@northwind.io": 5}
_GD_PEOPLE = ["Maria Chen", "Dev Patel", "Sam Okafor", "Lena Berg", "Priya Rao", "Tom Hughes"]
_GD_TYPES = {"Google Docs": 28, "Google Sheets": 20, "Google Slides": 8, "PDF": 16, "Image": 12, "Video": 4}
_GD_TYPES |= {"Folder": 7, "Other": 5}
_GD_EXT = {"PDF": ".pdf", "Image": ".jpg", "Video": ".mp4", "Other": ".zip"}
_GD_WORDS = ["Budget", "Roadmap", "Meeting Notes", "Invoice", "Q3 Review", "Onboarding", "Design", "Contract"]
_GD_WORDS += ["Report", "Plan", "Screenshot", "Demo", "Backup", "Proposal"]
_GD_FOLDERS = ["/My Drive", "/My Drive/Work", "/My Drive/Work/2022", "/My Drive/Work/2023", "/My Drive/Personal"]
_GD_FOLDERS += ["/My Drive/Clients/Acme", "/My Drive/Clients/Globex", "/My Drive/Archive"]


def _gd_size(rng: np.random.Generator, kind: str) -> str:
    if kind.startswith("Google") or kind == "Folder":
        return "-"
    mb = {"PDF": rng.lognormal(0.3, 1.0), "Image": rng.lognormal(0.8, 0.7), "Video": rng.lognormal(5.0, 1.0)}.get(
        kind, rng.lognormal(2.0, 1.5)
    )
    if mb < 1:
        return f"{mb * 1024:.0f} KB"
    if mb >= 1024:
        return f"{mb / 1024:.1f} GB"
    return f"{mb:.1f} MB"


def _drive_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23102)
    rows = []
    for i in range(980):
        kind = _one(rng, list(_GD_TYPES), list(_GD_TYPES.values()))
        created = pd.Timestamp("2021-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 1300 * 86400)))
        if rng.random() < 0.08:
            created = pd.Timestamp("2023-09-01") + pd.Timedelta(seconds=int(rng.integers(0, 29 * 86400)))
        modified = min(
            created + pd.Timedelta(seconds=int(rng.exponential(60 * 86400))), pd.Timestamp("2024-08-30 12:00")
        )
        shared = rng.random() < 0.45
        name = f"{_one(rng, _GD_WORDS)} {i}" if rng.random() < 0.6 else f"{_one(rng, _GD_WORDS)} v{i % 7 + 1}"
        rows.append(
            {
                "File Name": name + _GD_EXT.get(kind, ""),
                "Type": kind,
                "Owner": _one(rng, list(_GD_OWNERS), list(_GD_OWNERS.values())),
                "Shared": "Yes" if shared else "No",
                "Shared With": int(1 + rng.geometric(0.25)) if shared else 0,
                "Size": _gd_size(rng, kind),
                "Created": f"{created:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z",
                "Last Modified": f"{modified:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z",
                "Last Modified By": _one(rng, _GD_PEOPLE, [30, 22, 18, 12, 10, 8]),
                "Folder Path": _one(rng, _GD_FOLDERS),
                "Starred": "TRUE" if rng.random() < 0.07 else "FALSE",
                "Trashed": "TRUE" if rng.random() < 0.06 else "FALSE",
            }
        )
    return pd.DataFrame(rows)


def _gd_mb(df: pd.DataFrame, base: float) -> pd.Series:
    parts = _text(df["Size"]).str.extract(r"([\d.]+)\s*(KB|MB|GB)")
    unit = parts[1].map({"KB": 1 / base, "MB": 1.0, "GB": base})
    return pd.to_numeric(parts[0], errors="coerce") * unit


def _gd_pdf_mb(base: float, skip_trash: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        keep = (df["Type"] == "PDF") & ~(_flag(df, "Trashed") & skip_trash)
        return float(_gd_mb(df, base)[keep].sum())

    return total


def _gd_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Created"], utc=True, format="ISO8601").dt.tz_localize(None).dt.to_period("M")
    return df.groupby(months).size().idxmax().to_timestamp()


_DRIVE_QS = [
    Q("how many files are in the trash", _count(lambda df: int(_flag(df, "Trashed").sum())), ("Trashed",)),
    Q(
        "how much space are all the pdfs taking up",
        either(
            *(
                _scaled(_gd_pdf_mb(base, skip), (base, 1 / base), rel=0.01)
                for base in (1024.0, 1000.0)
                for skip in (False, True)
            )
        ),
        ("Type", "Size", "Trashed"),
    ),
    Q(
        "who owns the most files",
        _lead(_named(lambda df: _top(df["Owner"].value_counts()))),
        ("Owner",),
    ),
    Q(
        "how many files are shared with more than 5 people",
        _count(lambda df: int((_num(df, "Shared With") > 5).sum())),
        ("Shared With", "Shared"),
    ),
    Q(
        "what percentage are google docs",
        either(
            _share(lambda df: (df["Type"] == "Google Docs").mean()),
            _share(lambda df: (df["Type"] == "Google Docs").sum() / (df["Type"] != "Folder").sum()),
        ),
        ("Type",),
    ),
    Q("which month were the most files created", month_year(_gd_month), ("Created",)),
]


# --- 3. Khan Academy learner activity report -----------------------------------------------------------------------

_KA_STUDENTS = ["Aiden Brooks", "Bella Nguyen", "Carlos Ruiz", "Dana Kim", "Elijah Moore", "Fatima Ali"]
_KA_STUDENTS += ["Grace Lee", "Hugo Martin", "Isla Patel", "Jamal Carter", "Kira Novak", "Liam O'Brien"]
_KA_STUDENTS += ["Maya Singh", "Noah Fischer", "Olivia Reyes", "Parker Hall", "Quinn Adams", "Rosa Diaz"]
_KA_COURSES = {
    "Algebra 1": ["Unit 1: Algebra foundations", "Unit 2: Solving equations", "Unit 3: Linear equations"],
    "Geometry": ["Unit 1: Performing transformations", "Unit 2: Congruence", "Unit 3: Similarity"],
    "8th grade math": ["Unit 1: Numbers and operations", "Unit 2: Solving equations", "Unit 3: Linear relationships"],
    "AP Calculus AB": ["Unit 1: Limits and continuity", "Unit 2: Differentiation", "Unit 3: Integration"],
    "Biology": ["Unit 1: Chemistry of life", "Unit 2: Cells", "Unit 3: Energy and enzymes"],
}
_KA_TYPES = {"Video": 34, "Exercise": 38, "Quiz": 10, "Unit Test": 4, "Article": 14}


def _khan_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23103)
    rows = []
    effort = {s: rng.uniform(0.6, 1.6) for s in _KA_STUDENTS}
    for _ in range(2600):
        student = _one(rng, _KA_STUDENTS)
        course = _one(rng, list(_KA_COURSES), [30, 20, 22, 10, 18])
        unit = _one(rng, _KA_COURSES[course])
        kind = _one(rng, list(_KA_TYPES), list(_KA_TYPES.values()))
        day = pd.Timestamp("2023-09-05") + pd.Timedelta(days=int(rng.integers(0, 208)))
        minutes = {"Video": rng.uniform(3, 14), "Article": rng.uniform(2, 10), "Exercise": rng.uniform(4, 25)}.get(
            kind, rng.uniform(10, 40)
        ) * effort[student]
        minutes = max(1, round(minutes))
        title = f"{unit.split(': ')[1].capitalize()} - {kind.lower()} {int(rng.integers(1, 9))}"
        correct = total = None
        mastery = ""
        if kind in ("Video", "Article"):
            points = int(rng.integers(1, 8) * 25 + minutes * 5)
        else:
            total = {"Exercise": 4, "Quiz": int(rng.integers(5, 9)), "Unit Test": int(rng.integers(12, 21))}[kind]
            correct = int(rng.binomial(total, float(np.clip(0.45 + 0.25 * effort[student], 0.3, 0.98))))
            ratio = correct / total
            mastery = (
                "Mastered"
                if ratio == 1 and kind != "Exercise"
                else "Proficient"
                if ratio >= 0.85
                else "Familiar"
                if ratio >= 0.7
                else "Attempted"
            )
            if rng.random() < 0.03:
                mastery, correct = "Not started", 0
            points = int(correct * 20 + minutes * 6 + (100 if mastery in ("Proficient", "Mastered") else 0))
        rows.append(
            {
                "Student": student,
                "Course": course,
                "Unit": unit,
                "Activity Type": kind,
                "Activity Title": title,
                "Date": f"{day:%Y-%m-%d}",
                "Minutes": minutes,
                "Points Earned": points,
                "Mastery Level": mastery,
                "Correct": correct,
                "Total Questions": total,
            }
        )
    df = pd.DataFrame(rows).astype({"Correct": "Int64", "Total Questions": "Int64"})
    return df.sort_values(["Date", "Student"], kind="stable").reset_index(drop=True)


def _ka_quiz(how: str) -> Callable[[pd.DataFrame], float]:
    def score(df: pd.DataFrame) -> float:
        q = df[df["Activity Type"] == "Quiz"]
        if how == "pooled":
            return float(q["Correct"].sum() / q["Total Questions"].sum())
        return float((q["Correct"] / q["Total Questions"]).mean())

    return score


_KHAN_QS = [
    Q(
        "how much time did the class spend on khan in total",
        _scaled(lambda df: df["Minutes"].sum(), (60,), rel=0.003),
        ("Minutes",),
    ),
    Q(
        "who put in the most time",
        _lead(_named(lambda df: _top(df.groupby("Student")["Minutes"].sum()))),
        ("Student", "Minutes"),
    ),
    Q(
        "what's the average score on quizzes",
        either(_share(_ka_quiz("pooled")), _share(_ka_quiz("mean"))),
        ("Activity Type", "Correct", "Total Questions"),
    ),
    Q(
        "how many things got mastered",
        _count(lambda df: int((df["Mastery Level"] == "Mastered").sum())),
        ("Mastery Level",),
    ),
    Q(
        "which course are they earning the most points in",
        _lead(_named(lambda df: _top(df.groupby("Course")["Points Earned"].sum()))),
        ("Course", "Points Earned"),
    ),
    Q(
        "does more time mean more points?",
        _corr(lambda df: df["Minutes"], lambda df: df["Points Earned"]),
        ("Minutes", "Points Earned"),
    ),
]


# --- 4. Michigan DNR style license sales by county and year --------------------------------------------------------

_LIC_COUNTIES = {"Wayne": 9, "Oakland": 10, "Macomb": 7, "Kent": 7, "Genesee": 4, "Washtenaw": 4, "Ottawa": 4}
_LIC_COUNTIES |= {"Ingham": 3, "Kalamazoo": 3, "Saginaw": 2.5, "Marquette": 2.2, "Grand Traverse": 2.4}
_LIC_COUNTIES |= {"Roscommon": 1.6, "Houghton": 1.3, "Alpena": 1.0, "Cheboygan": 1.2, "Berrien": 2.6}
_LIC_TYPES = {  # price, base volume per county per year per channel, residency, age group
    "Resident Annual Fishing": (26.0, 900, "Resident", "Adult"),
    "Non-Resident Annual Fishing": (76.0, 120, "Non-Resident", "Adult"),
    "24-Hour Fishing": (10.0, 260, "", "Adult"),
    "Resident Base": (11.0, 700, "Resident", "Adult"),
    "Deer Combo": (40.0, 420, "Resident", "Adult"),
    "Senior Annual Fishing": (11.0, 240, "Resident", "Senior"),
    "Youth": (6.0, 180, "Resident", "Youth"),
}
_LIC_CHANNELS = {"Online": 0.0, "Retail Agent": 0.0, "DNR Customer Service": 0.0}


def _license_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23104)
    rows = []
    for year in range(2016, 2024):
        online = 0.18 + 0.05 * (year - 2016)
        for county, size in (*_LIC_COUNTIES.items(), ("Unknown", 0.4)):
            for lic, (price, base, res, age) in _LIC_TYPES.items():
                nr_trend = 1 + 0.06 * (year - 2016) if lic == "Non-Resident Annual Fishing" else 1.0
                covid = 1.25 if year in (2020, 2021) and "Fishing" in lic else 1.0
                residencies = ["Resident", "Non-Resident"] if res == "" else [res]
                for residency in residencies:
                    for channel, w in zip(_LIC_CHANNELS, [online, 0.97 - online, 0.03], strict=True):
                        if county == "Unknown" and channel != "Online":
                            continue
                        if rng.random() < 0.06:
                            continue
                        share_r = 0.5 if res == "" else 1.0
                        lam = base * size / 3 * w * nr_trend * covid * share_r
                        sold = int(rng.poisson(lam))
                        rows.append(
                            {
                                "License Year": year,
                                "County": county,
                                "License Type": lic,
                                "Residency": residency,
                                "Age Group": age,
                                "Licenses Sold": sold,
                                "Revenue": f"${sold * price:,.2f}",
                                "Sales Channel": channel,
                            }
                        )
    return pd.DataFrame(rows)


def _lic_year(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return df[_num(df, "License Year") == year]


def _lic_nr(df: pd.DataFrame, any_fishing: bool = False) -> pd.Series:
    if any_fishing:
        keep = (df["Residency"] == "Non-Resident") & df["License Type"].str.contains("Fishing")
    else:
        keep = df["License Type"] == "Non-Resident Annual Fishing"
    return df[keep].groupby("License Year")["Licenses Sold"].sum()


def _lic_price(age: str) -> Callable[[pd.DataFrame], float]:
    def price(df: pd.DataFrame) -> float:
        part = df[df["Age Group"] == age]
        return float(_num(part, "Revenue").sum() / part["Licenses Sold"].sum())

    return price


_LICENSE_QS = [
    Q(
        "how many licenses got sold in 2022",
        _count(lambda df: int(_lic_year(df, 2022)["Licenses Sold"].sum())),
        ("License Year", "Licenses Sold"),
    ),
    Q(
        "and how much money did that bring in",
        _scaled(lambda df: _num(_lic_year(df, 2022), "Revenue").sum(), _BIG, rel=0.002),
        ("License Year", "Revenue"),
    ),
    Q(
        "which county sells the most deer licenses",
        _lead(_named(lambda df: _top(df[df["License Type"] == "Deer Combo"].groupby("County")["Licenses Sold"].sum()))),
        ("County", "License Type", "Licenses Sold"),
    ),
    Q(
        "what percent of sales happen online",
        either(
            _share(
                lambda df: df.loc[df["Sales Channel"] == "Online", "Licenses Sold"].sum() / df["Licenses Sold"].sum()
            ),
            _share(lambda df: _num(df, "Revenue")[df["Sales Channel"] == "Online"].sum() / _num(df, "Revenue").sum()),
        ),
        ("Sales Channel", "Licenses Sold", "Revenue"),
    ),
    Q(
        "how have out of state fishing license sales changed over the years",
        either(
            *(
                either(
                    has(lambda df, a=a: _lic_nr(df, a).iloc[[0, -1]].to_numpy(), rel=0.002),
                    _pct(lambda df, a=a: _lic_nr(df, a).iloc[-1] / _lic_nr(df, a).iloc[0] - 1),
                )
                for a in (False, True)
            )
        ),
        ("License Year", "License Type", "Residency", "Licenses Sold"),
    ),
    Q(
        "whats the average price per license for seniors vs youth",
        has(_lic_price("Senior"), _lic_price("Youth"), rel=0.01),
        ("Age Group", "Revenue", "Licenses Sold", "License Type"),
    ),
]


# --- 5. County pool and spa inspections ----------------------------------------------------------------------------

_PL_TYPES = {"Public Pool": 22, "Spa": 20, "Wading Pool": 8, "Spray Pad": 8, "Hotel Pool": 20, "Apartment Pool": 30}
_PL_ZIPS = ["78701", "78702", "78704", "78705", "78723", "78741", "78745", "78748", "78753", "78758"]
_PL_NAMES = ["Barton", "Oak Hill", "Riverside", "Lakeview", "Cedar Park", "Pecan Grove", "Mueller", "Zilker"]
_PL_NAMES += ["Crestview", "Bouldin", "Windsor", "Hyde Park", "Travis Heights", "Allandale", "Springdale"]
_PL_KIND = {"Public Pool": "Pool", "Spa": "Spa", "Wading Pool": "Wading Pool", "Spray Pad": "Splash Pad"}
_PL_KIND |= {"Hotel Pool": "Hotel Pool", "Apartment Pool": "Apartments Pool"}
_PL_CODES = ["CL2 LOW", "CL2 HIGH", "PH HIGH", "PH LOW", "GATE", "SIGNAGE", "DRAIN COVER", "CLARITY", "LOG BOOK"]
_PL_STREETS = ["S LAMAR BLVD", "E RIVERSIDE DR", "BURNET RD", "W SLAUGHTER LN", "N LAMAR BLVD", "MANOR RD"]


def _pool_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23105)
    facilities = []
    for i in range(170):
        kind = _one(rng, list(_PL_TYPES), list(_PL_TYPES.values()))
        name = f"{_one(rng, _PL_NAMES)} {_PL_KIND[kind]}"
        if any(f[0] == name for f in facilities):
            name += f" #{i}"
        zip_code = _one(rng, _PL_ZIPS, [5, 6, 9, 4, 7, 12, 10, 6, 8, 7])
        address = f"{int(rng.integers(100, 9999))} {_one(rng, _PL_STREETS)}"
        facilities.append((name, kind, zip_code, address, rng.uniform(0.6, 1.6)))
    rows = []
    for name, kind, zip_code, address, risk in facilities:
        for _ in range(int(rng.integers(4, 15))):
            day = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 3 * 365)))
            itype = _one(rng, ["Routine", "Re-Inspection", "Complaint", "Pre-Opening"], [62, 18, 10, 10])
            chlorine = float(np.clip(rng.normal(2.6 if kind != "Spa" else 3.6, 1.1 * risk), 0, 9))
            ph = float(np.clip(rng.normal(7.5, 0.18 * risk), 6.8, 8.4))
            codes = [c for c in _PL_CODES if rng.random() < 0.07 * risk]
            if chlorine < 1.0:
                codes.insert(0, "CL2 LOW")
            elif chlorine > 5.0 and kind != "Spa":
                codes.insert(0, "CL2 HIGH")
            if ph > 7.8:
                codes.append("PH HIGH")
            codes = list(dict.fromkeys(codes))
            score = max(40, 100 - 8 * len(codes) - int(rng.integers(0, 12)))
            closed = chlorine < 0.25 or ("DRAIN COVER" in codes and rng.random() < 0.3)
            result = "Closed" if closed else "Fail" if score < 80 else "Pass"
            rows.append(
                {
                    "Facility Name": name,
                    "Address": address,
                    "ZIP": zip_code,
                    "Facility Type": kind,
                    "Inspection Date": f"{day:%m/%d/%Y}",
                    "Inspection Type": itype,
                    "Score": "" if itype == "Complaint" else str(score),
                    "Result": result,
                    "Violations": "; ".join(codes),
                    "Free Chlorine (ppm)": round(chlorine, 1),
                    "pH": round(ph, 1) if rng.random() > 0.03 else np.nan,
                    "Closure Ordered": "Y" if closed else "N",
                }
            )
    df = pd.DataFrame(rows)
    df["_d"] = pd.to_datetime(df["Inspection Date"], format="%m/%d/%Y")
    return df.sort_values("_d", kind="stable").drop(columns="_d").reset_index(drop=True)


def _pl_type_scores(df: pd.DataFrame) -> Any:
    return _num(df, "Score").groupby(df["Facility Type"]).mean().to_numpy()


_POOL_QS = [
    Q(
        "how many inspections failed",
        either(
            _count(lambda df: int((df["Result"] == "Fail").sum())),
            _count(lambda df: int(df["Result"].isin(["Fail", "Closed"]).sum())),
        ),
        ("Result",),
    ),
    Q("average score by type of facility", _about(_pl_type_scores), ("Facility Type", "Score")),
    Q(
        "which zip code had the most closures",
        either(
            _lead(_named(lambda df: _top(df[_flag(df, "Closure Ordered")]["ZIP"].astype(str).value_counts()))),
            _lead(_named(lambda df: _top(df[df["Result"] == "Closed"]["ZIP"].astype(str).value_counts()))),
        ),
        ("ZIP", "Closure Ordered", "Result"),
    ),
    Q(
        "how many inspections found the chlorine too low",
        _count(lambda df: int(_text(df["Violations"]).str.contains("CL2 LOW", regex=False).sum())),
        ("Violations", "Free Chlorine (ppm)"),
    ),
    Q(
        "what's the average chlorine reading at spas",
        _about(lambda df: df.loc[df["Facility Type"] == "Spa", "Free Chlorine (ppm)"].mean(), rel=0.002),
        ("Facility Type", "Free Chlorine (ppm)"),
    ),
    Q(
        "how many inspections don't have a score",
        _count(lambda df: int(_num(df, "Score").isna().sum())),
        ("Score",),
    ),
]


# --- 6. Tailscale admin console device list ------------------------------------------------------------------------

_TS_USERS = {"alex@fernwood.dev": 30, "jordan@fernwood.dev": 22, "sky@fernwood.dev": 16, "robin@fernwood.dev": 12}
_TS_USERS |= {"casey@fernwood.dev": 10, "morgan@fernwood.dev": 10}
_TS_OS = {"Linux": 42, "macOS": 20, "Windows": 14, "iOS": 12, "Android": 8, "tvOS": 4}
_TS_VERSIONS = ["1.50.1", "1.54.0", "1.56.1", "1.58.2", "1.60.0", "1.62.1"]
_TS_PREFIX = {"Linux": ["srv", "pi", "nas", "k8s-node", "ci-runner"], "macOS": ["macbook", "mac-mini"]}
_TS_PREFIX |= {"Windows": ["desktop", "gaming-pc", "laptop"], "iOS": ["iphone", "ipad"], "Android": ["pixel"]}
_TS_PREFIX |= {"tvOS": ["apple-tv"]}


def _tailscale_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23106)
    now = pd.Timestamp("2024-06-15 12:00:00")
    rows = []
    used: set[str] = set()
    for _ in range(380):
        os_name = _one(rng, list(_TS_OS), list(_TS_OS.values()))
        while True:
            name = f"{_one(rng, _TS_PREFIX[os_name])}-{int(rng.integers(1, 999)):03d}"
            if name not in used:
                used.add(name)
                break
        server = os_name == "Linux" and rng.random() < 0.6
        created = now - pd.Timedelta(seconds=int(rng.integers(86400, 900 * 86400)))
        connected = rng.random() < (0.7 if server else 0.35)
        seen = now - pd.Timedelta(seconds=int(rng.exponential(20 * 86400)))
        disabled = server and rng.random() < 0.8
        expiry = created + pd.Timedelta(days=180 * (1 + int((now - created).days // 180)))
        version = _one(rng, _TS_VERSIONS, [5, 8, 12, 30, 25, 20])
        tags = _one(rng, ["tag:server", "tag:ci,tag:prod", "tag:prod", "tag:nas"], [50, 15, 20, 15]) if server else ""
        exit_node = server and rng.random() < 0.12
        rows.append(
            {
                "Machine Name": name,
                "User": _one(rng, list(_TS_USERS), list(_TS_USERS.values())),
                "OS": os_name,
                "Tailscale Version": version,
                "Tailscale IP": f"100.{int(rng.integers(64, 128))}.{int(rng.integers(0, 256))}."
                f"{int(rng.integers(1, 255))}",
                "Created": f"{created:%Y-%m-%dT%H:%M:%SZ}",
                "Last Seen": "Connected" if connected else f"{seen:%Y-%m-%dT%H:%M:%SZ}",
                "Key Expiry": "Disabled" if disabled else f"{expiry:%Y-%m-%dT%H:%M:%SZ}",
                "Tags": tags,
                "Exit Node": "Yes" if exit_node else "No",
                "Subnet Routes": f"10.{int(rng.integers(0, 50))}.0.0/16" if server and rng.random() < 0.15 else "",
                "Update Available": "Yes" if version < "1.58.2" and os_name != "iOS" and rng.random() < 0.15 else "No",
            }
        )
    return pd.DataFrame(rows)


def _ts_update_exits(df: pd.DataFrame) -> list[str]:
    return list(df.loc[_flag(df, "Update Available") & _flag(df, "Exit Node"), "Machine Name"])


_TAILSCALE_QS = [
    Q(
        "how many devices are online right now",
        _count(lambda df: int((_text(df["Last Seen"]) == "Connected").sum())),
        ("Last Seen",),
    ),
    Q("how many machines are on each os", _count(lambda df: df["OS"].value_counts().to_numpy()), ("OS",)),
    Q(
        "how many have key expiry turned off",
        _count(lambda df: int((_text(df["Key Expiry"]) == "Disabled").sum())),
        ("Key Expiry",),
    ),
    Q("who has the most devices", _lead(_named(lambda df: _top(df["User"].value_counts()))), ("User",)),
    Q(
        "how many need an update",
        _count(lambda df: int(_flag(df, "Update Available").sum())),
        ("Update Available",),
    ),
    Q(
        "which of those are exit nodes?",
        _all_named(_ts_update_exits),
        ("Machine Name", "Update Available", "Exit Node"),
    ),
]


# --- 7. Texas Parks & Wildlife public boat ramps -------------------------------------------------------------------

_BR_WATERS = {  # name: (type, region, counties, weight)
    "Lake Conroe": ("Reservoir", "East", ["Montgomery", "Walker"], 5),
    "Lake Travis": ("Reservoir", "Central", ["Travis", "Burnet"], 6),
    "Toledo Bend Reservoir": ("Reservoir", "East", ["Sabine", "Newton", "Shelby"], 9),
    "Lake Texoma": ("Reservoir", "North", ["Grayson", "Cooke"], 7),
    "Lake Lewisville": ("Lake", "North", ["Denton"], 4),
    "Lake Meredith": ("Lake", "Panhandle", ["Hutchinson", "Potter"], 3),
    "Canyon Lake": ("Lake", "Central", ["Comal"], 3),
    "Guadalupe River": ("River", "Central", ["Kerr", "Comal", "Guadalupe"], 5),
    "Brazos River": ("River", "Central", ["McLennan", "Fort Bend", "Brazos"], 6),
    "Pecos River": ("River", "West", ["Pecos", "Val Verde"], 2),
    "Rio Grande": ("River", "South", ["Hidalgo", "Cameron", "Webb"], 3),
    "Galveston Bay": ("Bay", "Coastal", ["Galveston", "Chambers", "Harris"], 8),
    "Matagorda Bay": ("Bay", "Coastal", ["Matagorda", "Calhoun"], 4),
    "Corpus Christi Bay": ("Bay", "Coastal", ["Nueces", "San Patricio"], 4),
    "Laguna Madre": ("Bay", "Coastal", ["Kleberg", "Cameron", "Kenedy"], 5),
    "Gulf of Mexico": ("Gulf", "Coastal", ["Galveston", "Brazoria", "Nueces"], 2),
    "Lake Tawakoni": ("Reservoir", "North", ["Hunt", "Rains", "Van Zandt"], 4),
    "Lake Buchanan": ("Reservoir", "Central", ["Burnet", "Llano"], 3),
}
_BR_OPERATORS = ["TPWD", "City", "County", "USACE", "River Authority"]


def _ramp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23107)
    names = list(_BR_WATERS)
    rows = []
    for i in range(1, 821):
        water = _one(rng, names, [v[3] for v in _BR_WATERS.values()])
        kind, region, counties, _ = _BR_WATERS[water]
        operator = _one(rng, _BR_OPERATORS, [20, 25, 22, 18 if kind == "Reservoir" else 2, 12])
        lanes = int(_one(rng, [1, 2, 3, 4], [50, 32, 12, 6]))
        fee = operator in ("USACE", "River Authority", "City") and rng.random() < 0.55
        parking = int(np.clip(rng.normal(18 * lanes, 9), 2, 150))
        rows.append(
            {
                "Ramp ID": f"BR-{i:04d}",
                "Water Body": water,
                "Water Body Type": kind,
                "County": _one(rng, counties),
                "Region": region,
                "Number of Lanes": lanes,
                "Ramp Surface": _one(rng, ["Concrete", "Gravel", "Dirt"], [75, 15, 10]),
                "Parking Spaces": parking if rng.random() > 0.06 else np.nan,
                "Restrooms": "Yes" if rng.random() < 0.45 else "No",
                "Fee": "Yes" if fee else "No",
                "Fee Amount": f"${_one(rng, [3, 5, 5, 7, 10, 12, 15]):.2f}" if fee else "",
                "Lat": round(float(rng.uniform(26.0, 36.4)), 5),
                "Lon": round(float(rng.uniform(-104.5, -93.6)), 5),
                "Operator": operator,
                "Condition": _one(rng, ["Good", "Fair", "Poor", "Closed"], [55, 28, 11, 6]),
            }
        )
    return pd.DataFrame(rows).astype({"Parking Spaces": "Int64"})


_RAMP_QS = [
    Q("how many ramps are in each region", _count(lambda df: df["Region"].value_counts().to_numpy()), ("Region",)),
    Q("what share of them charge a fee", _share(lambda df: _flag(df, "Fee").mean()), ("Fee",)),
    Q(
        "and what's the average fee when they do",
        _about(lambda df: _num(df, "Fee Amount")[_flag(df, "Fee")].mean(), rel=0.005),
        ("Fee", "Fee Amount"),
    ),
    Q(
        "which body of water has the most ramps",
        _lead(_named(lambda df: _top(df["Water Body"].value_counts()))),
        ("Water Body", "Ramp ID"),
    ),
    Q(
        "how many ramps are closed right now",
        _count(lambda df: int((df["Condition"] == "Closed").sum())),
        ("Condition",),
    ),
    Q(
        "which county has the most parking",
        _lead(_named(lambda df: _top(df.groupby("County")["Parking Spaces"].sum()))),
        ("County", "Parking Spaces"),
    ),
]


HELDOUT231: list[Dataset] = [
    Dataset("flickr_photo_export", _flickr_frame, _FLICKR_QS),
    Dataset("google_drive_file_listing", _drive_frame, _DRIVE_QS),
    Dataset("khan_academy_learner_activity", _khan_frame, _KHAN_QS),
    Dataset("michigan_dnr_license_sales", _license_frame, _LICENSE_QS),
    Dataset("county_pool_spa_inspections", _pool_frame, _POOL_QS),
    Dataset("tailscale_device_list", _tailscale_frame, _TAILSCALE_QS),
    Dataset("tpwd_boat_ramps", _ramp_frame, _RAMP_QS),
]
