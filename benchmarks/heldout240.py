"""HELDOUT240: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of public exports an analyst is likely to bring along: a Zooniverse
volunteer's classification export (one row per classification, 2022-2024, across projects) with classification_id
(a large integer), user_name (the volunteer's handle, "not-logged-in-" plus a hash on a few rows), project (Galaxy
Zoo, Snapshot Serengeti, Penguin Watch, Planet Hunters TESS, Notes from Nature), workflow_name, created_at as
"2023-04-01 18:22:05 UTC", subject_ids (an integer), annotations as short JSON text
('[{"task":"T0","value":"Smooth"}]'), duration_seconds (with a few very long ones from a tab left open),
gold_standard (TRUE or blank), expert (always blank) and session (a hex hash); a BOINC host statistics export for
one volunteer's university lab (one row per host and project) with Project (Einstein@Home, Rosetta@home, World
Community Grid, LHC@home, MilkyWay@home), "Host Name" ("LAB-PC-017"), CPU ("AMD Ryzen 7 5800X"), GPU (blank when
none), OS, "Total Credit" as text with thousands commas ("1,234,567.89"), "Average Credit (RAC)" with two decimals,
"Tasks Completed", "Tasks Errored", "Tasks Valid", "Tasks Invalid", "Run Time (hours)" with one decimal, "Last
Contact" as "2024-05-12" and Active (Yes / No); an Advent of Code private leaderboard JSON flattened to CSV (one row
per member, year 2019-2024, day 1-25 and star 1 or 2) with member_name (blank or "(anonymous user #1234567)" for
some), member_id, year, day, star, get_star_ts (Unix seconds), local_score and stars (the member's totals for that
year, repeated on every row) and language (self-reported, blank for some); a LingQ lesson statistics export (one row
per lesson studied, 2022-2024) with Date as "2023-04-01", Language (Spanish, French, German, Japanese, Italian,
Portuguese), Course, Lesson, "Words Read", "Known Words Added", "LingQs Created", "Listening Time (min)" (blank for
lessons without audio), "Reading Time (min)", "Lesson Completed" (True / False), Level (Beginner 1 ... Advanced 1)
and Source (Imported, LingQ Library); a city's vendor payments "checkbook" (fiscal years 2022-2024, July to June)
with "Check Number", "Payment Date" as "MM/DD/YYYY", "Fiscal Year", Department, "Vendor Name" in upper case (a few
with trailing spaces), "Vendor Type", "Expense Category", Fund, Amount as text with "$" and commas ("$12,345.67",
"-$1,200.00" for voids), "Payment Method" (Check, ACH, P-Card, Wire) and "Invoice Number"; a wildlife rehabilitation
center's admissions log (2021-2024) with "Case Number" ("21-0457"), "Admit Date" as "M/D/YYYY", Species, Class, Age
(Neonate, Juvenile, Adult, Unknown), "Reason for Admission", County, Disposition (Released, Died, Euthanized,
Transferred, In care), "Disposition Date" (blank while in care), "Days in Care" (blank while in care) and "Finder
Type"; and a city's sidewalk cafe permit list with "Permit Number" ("SWC-2019-00412"), "Business Name" in upper
case, Address, "Borough or District", "Café Type" (Enclosed, Unenclosed, Small Unenclosed, Roadway), Tables, Chairs,
"Square Feet" (blank for some), Status (Active, Expired, Pending, Revoked), "Issue Date" and "Expiration Date" as
"MM/DD/YYYY" (blank for pending), "Annual Fee ($)", "Sidewalk Width (ft)", Latitude and Longitude (blank for a few).
All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas, spaces and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _text(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _truthy(s: pd.Series) -> pd.Series:
    return _text(s).str.lower().isin(["true", "yes", "1"])


def _amounts(values: Callable[[pd.DataFrame], object]) -> Check:
    return _scaled(values, _BIG, rel=0.01)


# --- 1. Zooniverse classification export ---------------------------------------------------------------------------

_ZO_PROJECTS = {
    "Galaxy Zoo": ("GZ DESI Classification", ["Smooth", "Features or Disk", "Star or Artifact"], [5, 4, 1], 14),
    "Snapshot Serengeti": ("Identify Species", ["zebra", "wildebeest", "gazelle", "buffalo", "nothing here"], None, 24),
    "Penguin Watch": ("Mark the penguins", ["adult", "chick", "egg"], [6, 3, 1], 55),
    "Planet Hunters TESS": ("Transit Search", ["Yes", "No"], [1, 4], 30),
    "Notes from Nature": ("Transcribe Labels", ["transcribed"], None, 140),
}
_ZO_W = [9, 5, 3, 2.5, 1.5]


def _zooniverse_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24001)
    rows = []
    start = pd.Timestamp("2022-01-01")
    names = list(_ZO_PROJECTS)
    cid = 402_117_000
    for _ in range(2600):
        project = _one(rng, names, _ZO_W)
        workflow, values, weights, secs = _ZO_PROJECTS[project]
        t = start + pd.Timedelta(seconds=int(rng.integers(0, 3 * 365 * 86400)))
        if rng.random() < 0.1:
            t = pd.Timestamp("2023-03-01") + pd.Timedelta(seconds=int(rng.integers(0, 30 * 86400)))
        dur = round(float(rng.gamma(2.0, secs / 2)), 1)
        if rng.random() < 0.015:
            dur = round(float(rng.uniform(1800, 20000)), 1)
        value = _one(rng, values, weights)
        cid += int(rng.integers(1, 40))
        rows.append(
            {
                "classification_id": cid,
                "user_name": "orbitwatcher_k" if rng.random() > 0.03 else f"not-logged-in-{rng.integers(16**6):06x}",
                "project": project,
                "workflow_name": workflow,
                "created_at": f"{t:%Y-%m-%d %H:%M:%S} UTC",
                "subject_ids": int(rng.integers(50_000_000, 95_000_000)),
                "annotations": f'[{{"task":"T0","value":"{value}"}}]',
                "duration_seconds": dur,
                "gold_standard": "TRUE" if rng.random() < 0.07 else "",
                "expert": "",
                "session": f"{rng.integers(16**12):012x}",
            }
        )
    out = pd.DataFrame(rows).sort_values("created_at", kind="stable").reset_index(drop=True)
    out["classification_id"] = np.sort(out["classification_id"].to_numpy())
    return out


def _zo_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["created_at"].astype("string").str.replace(" UTC", "", regex=False))


def _zo_busiest(df: pd.DataFrame) -> pd.Timestamp:
    months = _zo_when(df).dt.to_period("M").value_counts()
    return months.sort_index().idxmax().to_timestamp()


def _zo_gz_secs(how: str) -> Callable[[pd.DataFrame], float]:
    def typical(df: pd.DataFrame) -> float:
        s = df.loc[df["project"] == "Galaxy Zoo", "duration_seconds"]
        return float(s.mean() if how == "mean" else s.median())

    return typical


def _zo_smooth(df: pd.DataFrame) -> pd.Series:
    gz = df.loc[df["project"] == "Galaxy Zoo", "annotations"].astype("string")
    return gz.str.contains('"value":"Smooth"', regex=False)


_ZO_QS = [
    Q(
        "how many classifications have i done on each project",
        _count(lambda df: df["project"].value_counts().to_numpy()),
        ("project", "classification_id"),
    ),
    Q(
        "which project have i spent the most time on",
        _lead(_named(lambda df: _top(df.groupby("project")["duration_seconds"].sum()))),
        ("project", "duration_seconds"),
    ),
    Q(
        "how long does a galaxy zoo one take me, in seconds",
        either(_about(_zo_gz_secs("mean")), _about(_zo_gz_secs("median"))),
        ("project", "duration_seconds"),
    ),
    Q(
        "in galaxy zoo how often did i answer smooth",
        either(_share(lambda df: float(_zo_smooth(df).mean())), _count(lambda df: int(_zo_smooth(df).sum()))),
        ("project", "annotations"),
    ),
    Q(
        "what fraction of all my classifications were gold standard subjects",
        _share(lambda df: float(_truthy(df["gold_standard"]).mean())),
        ("gold_standard",),
    ),
    Q(
        "which month was i most active",
        _lead(_month_year(_zo_busiest)),
        ("created_at", "classification_id"),
    ),
]


# --- 2. BOINC host statistics --------------------------------------------------------------------------------------

_BO_PROJECTS = {
    "Einstein@Home": (3.0, 0.02, True),
    "Rosetta@home": (1.0, 0.04, False),
    "World Community Grid": (0.7, 0.015, False),
    "LHC@home": (1.4, 0.08, False),
    "MilkyWay@home": (2.2, 0.03, True),
}
_BO_CPUS = [
    ("AMD Ryzen 7 5800X", 16),
    ("AMD Ryzen 9 5950X", 32),
    ("Intel(R) Core(TM) i7-9700 CPU @ 3.00GHz", 8),
    ("Intel(R) Core(TM) i5-10500 CPU @ 3.10GHz", 12),
    ("Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", 28),
    ("AMD Ryzen 5 3600", 12),
]
_BO_GPUS = ["NVIDIA GeForce RTX 3060 (12288MB)", "NVIDIA GeForce GTX 1660 (6144MB)", "AMD Radeon RX 6600 (8176MB)"]
_BO_OS = ["Microsoft Windows 10 Professional x64", "Linux Ubuntu 22.04.4 LTS", "Linux Ubuntu 20.04.6 LTS"]


def _boinc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24002)
    rows = []
    projects = list(_BO_PROJECTS)
    for h in range(1, 121):
        cpu, threads = _one(rng, _BO_CPUS, [3, 1, 3, 3, 1.5, 2])
        gpu = _one(rng, _BO_GPUS, [3, 2, 1]) if rng.random() < 0.4 else ""
        os_name = _one(rng, _BO_OS, [4, 3, 1.5])
        host = f"LAB-PC-{h:03d}"
        age_days = int(rng.integers(60, 1500))
        gone = rng.random() < 0.25
        contact = pd.Timestamp("2024-06-30") - pd.Timedelta(
            days=int(rng.integers(90, 700)) if gone else int(rng.integers(0, 20))
        )
        k = int(rng.integers(2, 6))
        for p in rng.choice(len(projects), size=k, replace=False):
            project = projects[int(p)]
            rate, err, uses_gpu = _BO_PROJECTS[project]
            hours = round(age_days * 24 * threads * rng.uniform(0.05, 0.25) / k, 1)
            boost = 4.0 if (gpu and uses_gpu) else 1.0
            credit = hours * rate * boost * rng.uniform(8, 14)
            completed = int(hours / rng.uniform(2.5, 9))
            errored = int(rng.binomial(max(completed, 1), err * rng.uniform(0.3, 2.0)))
            invalid = int(rng.binomial(max(completed, 1), 0.01))
            valid = max(completed - invalid - int(rng.integers(0, 30)), 0)
            rac = 0.0 if gone else credit / age_days * rng.uniform(0.6, 1.5)
            rows.append(
                {
                    "Project": project,
                    "Host Name": host,
                    "CPU": cpu,
                    "GPU": gpu,
                    "OS": os_name,
                    "Total Credit": f"{credit:,.2f}",
                    "Average Credit (RAC)": round(rac, 2),
                    "Tasks Completed": completed,
                    "Tasks Errored": errored,
                    "Tasks Valid": valid,
                    "Tasks Invalid": invalid,
                    "Run Time (hours)": hours,
                    "Last Contact": f"{contact:%Y-%m-%d}",
                    "Active": "No" if (gone and rng.random() < 0.7) else "Yes",
                }
            )
    return pd.DataFrame(rows)


def _bo_error_shares(with_errors: bool) -> Callable[[pd.DataFrame], object]:
    def shares(df: pd.DataFrame) -> object:
        g = df.groupby("Project")[["Tasks Errored", "Tasks Completed"]].sum()
        base = g["Tasks Completed"] + (g["Tasks Errored"] if with_errors else 0)
        return (g["Tasks Errored"] / base).to_numpy()

    return shares


def _bo_has_gpu(df: pd.DataFrame) -> pd.Series:
    return _text(df["GPU"]) != ""


def _bo_rac_means(df: pd.DataFrame) -> object:
    return df.groupby(_bo_has_gpu(df))["Average Credit (RAC)"].mean().to_numpy()


def _bo_stale(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Last Contact"]) < "2024-01-01"


def _bo_stale_active(df: pd.DataFrame) -> pd.Series:
    return _bo_stale(df) & (_text(df["Active"]) == "Yes")


_BO_QS = [
    Q(
        "total credit for each project",
        _amounts(lambda df: _num(df, "Total Credit").groupby(df["Project"]).sum().to_numpy()),
        ("Project", "Total Credit"),
    ),
    Q(
        "what share of tasks errored out on each project",
        either(_shares(_bo_error_shares(False)), _shares(_bo_error_shares(True))),
        ("Project", "Tasks Errored", "Tasks Completed"),
    ),
    Q(
        "do the machines with a graphics card get a higher recent average credit than the ones without",
        _about(_bo_rac_means, rel=0.005),
        ("GPU", "Average Credit (RAC)"),
    ),
    Q(
        "how many hosts haven't checked in since before 2024",
        either(
            _count(lambda df: int(_bo_stale(df).sum())),
            _count(lambda df: int(df.loc[_bo_stale(df), "Host Name"].nunique())),
        ),
        ("Last Contact", "Host Name"),
    ),
    Q(
        "which of those are still marked active? how many",
        either(
            _count(lambda df: int(_bo_stale_active(df).sum())),
            _count(lambda df: int(df.loc[_bo_stale_active(df), "Host Name"].nunique())),
        ),
        ("Last Contact", "Active", "Host Name"),
    ),
    Q(
        "is run time correlated with total credit",
        _corr(lambda df: df["Run Time (hours)"], lambda df: _num(df, "Total Credit")),
        ("Run Time (hours)", "Total Credit"),
    ),
]


# --- 3. Advent of Code private leaderboard -------------------------------------------------------------------------

_AC_FIRST = ["alex", "jordan", "sam", "priya", "mei", "tomasz", "lena", "diego", "noor", "kai", "ruth", "oskar"]
_AC_LANGS = ["Python", "Rust", "Go", "Haskell", "C++", "JavaScript", ""]
_AC_LANG_W = [9, 4, 2, 1, 2, 2, 3]


def _aoc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24003)
    members = []
    for i in range(28):
        if rng.random() < 0.12:
            name = ""
        elif rng.random() < 0.1:
            name = f"(anonymous user #{rng.integers(1_000_000, 4_000_000)})"
        else:
            name = f"{_AC_FIRST[i % len(_AC_FIRST)]}{'' if i < 12 else rng.integers(2, 99)}"
        members.append(
            {
                "member_name": name,
                "member_id": int(rng.integers(100_000, 3_900_000)),
                "language": _one(rng, _AC_LANGS, _AC_LANG_W),
                "skill": float(rng.uniform(0.3, 1.0)),
                "joined": int(rng.integers(2019, 2024)),
            }
        )
    rows = []
    for year in range(2019, 2025):
        for m in members:
            if year < m["joined"] or rng.random() < 0.2:
                continue
            last = 25 if rng.random() < m["skill"] * 0.6 else int(rng.integers(2, 25))
            complete = last == 25 and rng.random() < m["skill"]
            for day in range(1, last + 1):
                release = pd.Timestamp(year, 12, day, 5).value // 10**9
                t1 = release + int(rng.gamma(1.5, 3600 * (2.2 - m["skill"]) * (1 + day / 8)))
                if rng.random() < 0.15:
                    t1 += int(rng.integers(1, 6)) * 86400
                rows.append((m, year, day, 1, t1))
                if complete or rng.random() < 0.55 + 0.4 * m["skill"]:
                    rows.append((m, year, day, 2, t1 + int(rng.gamma(1.3, 1500 * (1 + day / 10)))))
    out = pd.DataFrame(
        [
            {
                "member_name": m["member_name"],
                "member_id": m["member_id"],
                "year": year,
                "day": day,
                "star": star,
                "get_star_ts": ts,
                "language": m["language"],
            }
            for m, year, day, star, ts in rows
        ]
    )
    size = out.groupby("year")["member_id"].transform("nunique")
    rank = out.groupby(["year", "day", "star"])["get_star_ts"].rank(method="first")
    out["points"] = (size - rank + 1).astype(int)
    keys = ["year", "member_id"]
    out["local_score"] = out.groupby(keys)["points"].transform("sum")
    out["stars"] = out.groupby(keys)["star"].transform("size")
    cols = ["member_name", "member_id", "year", "day", "star", "get_star_ts", "local_score", "stars", "language"]
    return out.sort_values(["year", "member_id", "day", "star"]).reset_index(drop=True)[cols]


def _ac_who(df: pd.DataFrame, member_id: int) -> str:
    names = _text(df.loc[df["member_id"] == member_id, "member_name"])
    return str(names.iloc[0]) or str(member_id)


def _ac_most_stars(df: pd.DataFrame) -> str:
    return _ac_who(df, int(_top(df["member_id"].value_counts())))


def _ac_winner(year: int) -> Callable[[pd.DataFrame], str]:
    def who(df: pd.DataFrame) -> str:
        y = df[df["year"] == year]
        return _ac_who(df, int(y.loc[y["local_score"].idxmax(), "member_id"]))

    return who


def _ac_gaps(df: pd.DataFrame) -> pd.Series:
    wide = df.pivot_table(index=["member_id", "year", "day"], columns="star", values="get_star_ts", aggfunc="min")
    return ((wide[2] - wide[1]) / 60).dropna()


def _ac_lang(df: pd.DataFrame) -> str:
    per = df.drop_duplicates("member_id")
    return _top(_text(per["language"]).replace("", np.nan).dropna().value_counts())


_AC_QS = [
    Q(
        "who has the most stars overall",
        _lead(_named(_ac_most_stars)),
        ("member_name", "member_id", "stars", "star"),
    ),
    Q(
        "how many people took part in 2023",
        _count(lambda df: int(df.loc[df["year"] == 2023, "member_id"].nunique())),
        ("member_id", "member_name", "year"),
    ),
    Q(
        "and how many of them got all 50 stars",
        _count(lambda df: int(df.loc[(df["year"] == 2023) & (df["stars"] == 50), "member_id"].nunique())),
        ("member_id", "member_name", "year", "stars", "star"),
    ),
    Q(
        "who won 2024 on points",
        _lead(_named(_ac_winner(2024))),
        ("member_name", "member_id", "year", "local_score"),
    ),
    Q(
        "typically how many minutes between solving part 1 and part 2",
        either(_about(lambda df: _ac_gaps(df).mean()), _about(lambda df: _ac_gaps(df).median())),
        ("star", "get_star_ts", "member_id", "year", "day"),
    ),
    Q(
        "what language do most people use",
        _lead(_named(_ac_lang)),
        ("language", "member_id"),
    ),
]


# --- 4. LingQ lesson statistics ------------------------------------------------------------------------------------

_LQ_LANGS = {
    "Spanish": ["Mini Stories", "Easy Spanish", "Dreaming Spanish Podcast", "El Principito"],
    "French": ["Mini Stories", "InnerFrench Podcast", "Le Petit Prince"],
    "German": ["Mini Stories", "Easy German", "Slow German"],
    "Japanese": ["Mini Stories", "Nihongo con Teppei"],
    "Italian": ["Mini Stories", "Italiano Automatico"],
    "Portuguese": ["Mini Stories", "Brazilian Portuguese Podcast"],
}
_LQ_W = [10, 5, 3, 2, 1.5, 1]
_LQ_LEVELS = ["Beginner 1", "Beginner 2", "Intermediate 1", "Intermediate 2", "Advanced 1"]


def _lingq_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24004)
    rows = []
    langs = list(_LQ_LANGS)
    for _ in range(1800):
        day = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 3 * 365)))
        lang = _one(rng, langs, _LQ_W)
        course = _one(rng, _LQ_LANGS[lang])
        lvl = int(np.clip(rng.normal(1.5 + (day.year - 2022) * 0.6, 1.0), 0, 4))
        imported = rng.random() < 0.3
        words = int(np.clip(rng.normal(350 + 250 * lvl, 200), 60, 3500))
        known = int(max(0, words * rng.uniform(0.01, 0.06) * (1.4 - 0.2 * lvl) + rng.normal(0, 4)))
        lingqs = int(rng.poisson(words / 60))
        reading = round(words / rng.uniform(60, 160) * (1.3 if lang == "Japanese" else 1.0), 1)
        listening = "" if (imported and rng.random() < 0.6) else round(reading * rng.uniform(0.6, 1.4), 1)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Language": lang,
                "Course": course if not imported else _one(rng, ["News Article", "Netflix Subtitles", "Blog Post"]),
                "Lesson": f"Lesson {int(rng.integers(1, 60))}",
                "Words Read": words,
                "Known Words Added": known,
                "LingQs Created": lingqs,
                "Listening Time (min)": listening,
                "Reading Time (min)": reading,
                "Lesson Completed": bool(rng.random() < 0.78),
                "Level": _LQ_LEVELS[lvl],
                "Source": "Imported" if imported else "LingQ Library",
            }
        )
    return pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)


def _lq_time(how: str) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        listen = _num(df, "Listening Time (min)").fillna(0)
        read = _num(df, "Reading Time (min)").fillna(0)
        minutes = {"read": read, "listen": listen, "both": read + listen}[how]
        return _top(minutes.groupby(df["Language"]).sum())

    return top


def _lq_level_means(df: pd.DataFrame) -> object:
    return df.groupby("Level")["Known Words Added"].mean().to_numpy()


_LQ_QS = [
    Q(
        "how many words have i read in each language",
        _count(lambda df: df.groupby("Language")["Words Read"].sum().to_numpy()),
        ("Language", "Words Read"),
    ),
    Q(
        "which language have i spent the most time on",
        either(_lead(_named(_lq_time("both"))), _lead(_named(_lq_time("read")))),
        ("Language", "Listening Time (min)", "Reading Time (min)"),
    ),
    Q(
        "what percent of lessons did i actually finish",
        _share(lambda df: float(_truthy(df["Lesson Completed"]).mean())),
        ("Lesson Completed",),
    ),
    Q(
        "avg known words added per lesson at each level",
        _about(_lq_level_means, rel=0.005),
        ("Level", "Known Words Added"),
    ),
    Q(
        "how many lingqs did i make in 2023",
        _count(lambda df: int(df.loc[pd.to_datetime(df["Date"]).dt.year == 2023, "LingQs Created"].sum())),
        ("LingQs Created", "Date"),
    ),
    Q(
        "does reading more words go with adding more known words",
        _corr(lambda df: df["Words Read"], lambda df: df["Known Words Added"]),
        ("Words Read", "Known Words Added"),
    ),
]


# --- 5. City vendor payments checkbook -----------------------------------------------------------------------------

_CB_DEPTS = {
    "Public Works": (["Construction", "Supplies", "Equipment", "Professional Services"], 2.5),
    "Water Utility": (["Utilities", "Construction", "Supplies", "Equipment"], 2.0),
    "Police": (["Equipment", "Supplies", "Travel", "Professional Services"], 1.8),
    "Parks and Recreation": (["Supplies", "Construction", "Professional Services"], 1.2),
    "Finance": (["Professional Services", "Rent", "Supplies"], 0.8),
    "Community Development": (["Grants", "Professional Services", "Rent"], 1.0),
    "Fire": (["Equipment", "Supplies", "Travel"], 1.3),
}
_CB_VENDORS = {
    "Construction": [("GRANITE CONSTRUCTION CO", "Business"), ("RIVERSIDE PAVING INC", "Business")],
    "Supplies": [("GRAINGER", "Business"), ("STAPLES BUSINESS ADVANTAGE", "Business"), ("HOME DEPOT PRO", "Business")],
    "Equipment": [("MOTOROLA SOLUTIONS INC", "Business"), ("PIERCE MANUFACTURING", "Business")],
    "Professional Services": [
        ("KIMLEY-HORN AND ASSOCIATES", "Business"),
        ("SMITH, JOHN A", "Individual"),
        ("BAKER TILLY US LLP", "Business"),
    ],
    "Utilities": [("PACIFIC GAS & ELECTRIC", "Business"), ("COUNTY SANITATION DISTRICT", "Government")],
    "Rent": [("MAIN STREET PROPERTIES LLC", "Business")],
    "Grants": [("HABITAT FOR HUMANITY", "Nonprofit"), ("FOOD BANK OF THE VALLEY", "Nonprofit")],
    "Travel": [("SOUTHWEST AIRLINES", "Business"), ("GARCIA, MARIA L", "Individual")],
}
_CB_SIZE = {
    "Construction": 11.0,
    "Supplies": 7.0,
    "Equipment": 9.3,
    "Professional Services": 8.8,
    "Utilities": 9.5,
    "Rent": 9.0,
    "Grants": 9.8,
    "Travel": 6.0,
}
_CB_FUND = {"Water Utility": "Water Fund", "Community Development": "Grants Fund"}


def _checkbook_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24005)
    rows = []
    depts = list(_CB_DEPTS)
    check_no = 300_118
    for _ in range(3200):
        dept = _one(rng, depts, [w for _, w in _CB_DEPTS.values()])
        cat = _one(rng, _CB_DEPTS[dept][0])
        vendor, vtype = _one(rng, _CB_VENDORS[cat])
        day = pd.Timestamp("2021-07-01") + pd.Timedelta(days=int(rng.integers(0, 3 * 365)))
        fy = day.year + 1 if day.month >= 7 else day.year
        amount = round(float(np.exp(rng.normal(_CB_SIZE[cat], 1.0))), 2)
        if cat == "Construction" and rng.random() < 0.5:
            amount = round(amount * 1.3, 2)
        fund = _CB_FUND.get(dept, "General Fund")
        if cat == "Construction" and rng.random() < 0.6:
            fund = "Capital Projects"
        method = _one(rng, ["Check", "ACH", "P-Card", "Wire"], [4, 5, 1.5 if cat != "Construction" else 0, 0.5])
        if amount > 200_000:
            method = _one(rng, ["ACH", "Wire"])
        check_no += int(rng.integers(1, 4))
        rows.append(
            {
                "Check Number": check_no if method == "Check" else f"EFT{check_no}",
                "Payment Date": f"{day:%m/%d/%Y}",
                "Fiscal Year": fy,
                "Department": dept,
                "Vendor Name": vendor + (" " if rng.random() < 0.05 else ""),
                "Vendor Type": vtype,
                "Expense Category": cat,
                "Fund": fund,
                "Amount": amount,
                "Payment Method": method,
                "Invoice Number": f"INV-{rng.integers(10000, 99999)}",
            }
        )
    out = pd.DataFrame(rows)
    voids = rng.choice(len(out), size=45, replace=False)
    out.loc[voids, "Amount"] = -out.loc[voids, "Amount"]
    out["Amount"] = [f"-${-a:,.2f}" if a < 0 else f"${a:,.2f}" for a in out["Amount"]]
    return out.sort_values("Payment Date", key=pd.to_datetime, kind="stable").reset_index(drop=True)


def _cb_amount(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Amount")


def _cb_fy(fy: int, positive: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        a = _cb_amount(df)[df["Fiscal Year"] == fy]
        return float(a[a > 0].sum() if positive else a.sum())

    return total


def _cb_ach(positive: bool) -> Callable[[pd.DataFrame], float]:
    def part(df: pd.DataFrame) -> float:
        a = _cb_amount(df)
        if positive:
            a = a.where(a > 0, 0)
        return float(a[_text(df["Payment Method"]) == "ACH"].sum() / a.sum())

    return part


def _cb_top_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Payment Date"]).dt.to_period("M")
    return _cb_amount(df).groupby(months).sum().sort_index().idxmax().to_timestamp()


_CB_QS = [
    Q(
        "how much did the city pay out in fiscal 2023",
        either(_amounts(_cb_fy(2023, False)), _amounts(_cb_fy(2023, True))),
        ("Amount", "Fiscal Year"),
    ),
    Q(
        "which vendor got the most money",
        _lead(_named(lambda df: _top(_cb_amount(df).groupby(_text(df["Vendor Name"])).sum()))),
        ("Vendor Name", "Amount"),
    ),
    Q(
        "spending by department",
        _amounts(lambda df: _cb_amount(df).groupby(df["Department"]).sum().to_numpy()),
        ("Department", "Amount"),
    ),
    Q(
        "how many payments were voided",
        _count(lambda df: int((_cb_amount(df) < 0).sum())),
        ("Amount", "Check Number"),
    ),
    Q(
        "what share of the money goes out by ach",
        either(_share(_cb_ach(False)), _share(_cb_ach(True))),
        ("Payment Method", "Amount"),
    ),
    Q(
        "which month had the highest spending",
        _lead(_month_year(_cb_top_month)),
        ("Payment Date", "Amount", "Fiscal Year"),
    ),
]


# --- 6. Wildlife rehabilitation admissions -------------------------------------------------------------------------

_WR_SPECIES = {
    "Eastern Cottontail": ("Mammal", 8, ["Cat attack", "Orphaned", "Dog attack", "Hit by car"], [4, 5, 2, 1]),
    "Virginia Opossum": ("Mammal", 5, ["Hit by car", "Orphaned", "Dog attack", "Illness"], [4, 4, 2, 1]),
    "Gray Squirrel": ("Mammal", 6, ["Orphaned", "Cat attack", "Hit by car", "Illness"], [6, 2, 1.5, 1]),
    "Red-tailed Hawk": ("Bird", 1.5, ["Hit by car", "Illness", "Window strike", "Unknown"], [4, 2, 1, 1.5]),
    "Mallard": ("Bird", 3, ["Orphaned", "Fishing line", "Dog attack", "Illness"], [4, 2, 1.5, 1]),
    "Big Brown Bat": ("Mammal", 2, ["Cat attack", "Unknown", "Illness"], [3, 2, 1]),
    "Raccoon": ("Mammal", 3, ["Orphaned", "Hit by car", "Illness"], [5, 2, 2]),
    "Eastern Box Turtle": ("Reptile", 2, ["Hit by car", "Dog attack", "Unknown"], [6, 1, 1]),
}
_WR_COUNTIES = ["Fairfax", "Loudoun", "Prince William", "Arlington", "Fauquier"]
_WR_FATE = {
    "Cat attack": [4, 3, 2, 0.3],
    "Hit by car": [3, 3, 4, 0.5],
    "Orphaned": [7, 1.5, 0.7, 0.6],
    "Window strike": [5, 3, 1.5, 0.3],
    "Dog attack": [4, 3, 2, 0.3],
    "Fishing line": [5, 1.5, 1.5, 0.5],
    "Illness": [3, 3, 3, 0.5],
    "Unknown": [4, 3, 2, 0.5],
}


def _rehab_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24006)
    rows = []
    species = list(_WR_SPECIES)
    end = pd.Timestamp("2024-10-31")
    for _ in range(2400):
        sp = _one(rng, species, [v[1] for v in _WR_SPECIES.values()])
        cls, _, reasons, rw = _WR_SPECIES[sp]
        reason = _one(rng, reasons, rw)
        spring = reason == "Orphaned"
        day = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 1400)))
        if spring:
            day = pd.Timestamp(int(rng.integers(2021, 2025)), 4, 1) + pd.Timedelta(days=int(rng.integers(0, 120)))
        if day > end:
            day = day - pd.Timedelta(days=365)
        age = (
            _one(rng, ["Neonate", "Juvenile"], [3, 2])
            if spring
            else _one(rng, ["Neonate", "Juvenile", "Adult", "Unknown"], [0.5, 2, 5, 0.7])
        )
        fate = _one(rng, ["Released", "Died", "Euthanized", "Transferred"], _WR_FATE[reason])
        if fate == "Released":
            stay = int(np.clip(rng.normal(45 if spring else 21, 15), 2, 160))
        elif fate == "Transferred":
            stay = int(rng.integers(0, 10))
        else:
            stay = int(rng.choice([0, 0, 1, 2, 3, int(rng.integers(4, 30))]))
        out_day = day + pd.Timedelta(days=stay)
        if out_day > end:
            fate = "In care"
        rows.append(
            {
                "Case Number": "",
                "Admit Date": f"{day.month}/{day.day}/{day.year}",
                "Species": sp,
                "Class": cls,
                "Age": age,
                "Reason for Admission": reason,
                "County": _one(rng, _WR_COUNTIES, [5, 3, 3, 1.5, 1]),
                "Disposition": fate,
                "Disposition Date": "" if fate == "In care" else f"{out_day.month}/{out_day.day}/{out_day.year}",
                "Days in Care": None if fate == "In care" else stay,
                "Finder Type": _one(rng, ["Public", "Officer", "Other rehab"], [8, 1, 1]),
            }
        )
    out = pd.DataFrame(rows)
    out["Days in Care"] = out["Days in Care"].astype("Int64")
    out = out.sort_values("Admit Date", key=pd.to_datetime, kind="stable").reset_index(drop=True)
    year = pd.to_datetime(out["Admit Date"]).dt.year
    serial = year.groupby(year).cumcount() + 1
    out["Case Number"] = [f"{y % 100:02d}-{n:04d}" for y, n in zip(year, serial, strict=True)]
    return out


def _wr_release(drop_in_care: bool) -> Callable[[pd.DataFrame], object]:
    def rates(df: pd.DataFrame) -> object:
        d = df[_text(df["Disposition"]) != "In care"] if drop_in_care else df
        return (_text(d["Disposition"]) == "Released").groupby(d["Species"]).mean().to_numpy()

    return rates


def _wr_days(how: str) -> Callable[[pd.DataFrame], float]:
    def typical(df: pd.DataFrame) -> float:
        s = pd.to_numeric(df.loc[_text(df["Disposition"]) == "Released", "Days in Care"], errors="coerce")
        return float(s.mean() if how == "mean" else s.median())

    return typical


def _wr_car_county(df: pd.DataFrame) -> str:
    return _top(df.loc[_text(df["Reason for Admission"]) == "Hit by car", "County"].value_counts())


_WR_QS = [
    Q(
        "what's the most common reason animals get brought in",
        _lead(_named(lambda df: _top(df["Reason for Admission"].value_counts()))),
        ("Reason for Admission",),
    ),
    Q(
        "release rate for each species",
        either(_shares(_wr_release(False)), _shares(_wr_release(True))),
        ("Species", "Disposition"),
    ),
    Q(
        "how many orphans came in during 2023",
        _count(
            lambda df: int(
                (
                    (pd.to_datetime(df["Admit Date"]).dt.year == 2023)
                    & (_text(df["Reason for Admission"]) == "Orphaned")
                ).sum()
            )
        ),
        ("Reason for Admission", "Admit Date", "Case Number"),
    ),
    Q(
        "for the animals that got released, how long were they usually in care",
        either(_about(_wr_days("mean")), _about(_wr_days("median"))),
        ("Disposition", "Days in Care"),
    ),
    Q(
        "how many are still in care right now",
        _count(lambda df: int((_text(df["Disposition"]) == "In care").sum())),
        ("Disposition", "Case Number"),
    ),
    Q(
        "which county sends in the most hit by car cases",
        _lead(_named(_wr_car_county)),
        ("County", "Reason for Admission"),
    ),
]


# --- 7. Sidewalk cafe permits --------------------------------------------------------------------------------------

_SC_BOROUGHS = {
    "Manhattan": (40.758, -73.985, 6, 1.6),
    "Brooklyn": (40.678, -73.955, 3, 1.0),
    "Queens": (40.742, -73.870, 1.5, 0.9),
    "Bronx": (40.845, -73.890, 0.6, 0.7),
    "Staten Island": (40.600, -74.110, 0.3, 0.6),
}
_SC_TYPES = {"Enclosed": (6, 2.5), "Unenclosed": (9, 1.0), "Small Unenclosed": (3, 0.6), "Roadway": (5, 0.8)}
_SC_WORDS = ["CAFE", "BISTRO", "TRATTORIA", "KITCHEN", "DINER", "TAQUERIA", "BAR & GRILL", "PIZZERIA", "BAKERY"]
_SC_NAMES = ["LUCKY", "MARIO'S", "GOLDEN", "BLUE DOOR", "CORNER", "LA PALOMA", "SUNNY", "OLD TOWN", "PARK SLOPE"]
_SC_STREETS = ["BROADWAY", "AMSTERDAM AVENUE", "5 AVENUE", "ATLANTIC AVENUE", "STEINWAY STREET", "ARTHUR AVENUE"]


def _cafe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24007)
    rows = []
    boroughs = list(_SC_BOROUGHS)
    types = list(_SC_TYPES)
    for i in range(1400):
        b = _one(rng, boroughs, [v[2] for v in _SC_BOROUGHS.values()])
        lat0, lon0, _, fee_mult = _SC_BOROUGHS[b]
        kind = _one(rng, types, [v[0] for v in _SC_TYPES.values()])
        issue = pd.Timestamp("2018-01-01") + pd.Timedelta(days=int(rng.integers(0, 7 * 365)))
        status = _one(rng, ["Active", "Expired", "Pending", "Revoked"], [6, 3, 1, 0.4])
        expire = issue + pd.DateOffset(years=2)
        if status == "Active" and expire < pd.Timestamp("2024-07-01"):
            expire = pd.Timestamp("2024-07-01") + pd.Timedelta(days=int(rng.integers(0, 700)))
        if status == "Expired" and expire > pd.Timestamp("2024-06-30"):
            status = "Active"
        tables = int(np.clip(rng.normal(8 * _SC_TYPES[kind][1] + 2, 3), 1, 40))
        chairs = tables * int(rng.choice([2, 2, 3, 4])) - int(rng.integers(0, 3))
        sqft = round(tables * rng.uniform(18, 30) + rng.normal(0, 20))
        width = round(float(rng.uniform(8, 22)) * 2) / 2
        fee = round(sqft * rng.uniform(8, 14) * fee_mult / 10) * 10
        rows.append(
            {
                "Permit Number": f"SWC-{issue.year}-{i + 100:05d}",
                "Business Name": f"{_one(rng, _SC_NAMES)} {_one(rng, _SC_WORDS)}",
                "Address": f"{rng.integers(1, 2400)} {_one(rng, _SC_STREETS)}",
                "Borough or District": b,
                "Café Type": kind,
                "Tables": tables,
                "Chairs": max(chairs, 1),
                "Square Feet": "" if rng.random() < 0.04 else max(int(sqft), 20),
                "Status": status,
                "Issue Date": "" if status == "Pending" else f"{issue:%m/%d/%Y}",
                "Expiration Date": "" if status == "Pending" else f"{expire:%m/%d/%Y}",
                "Annual Fee ($)": max(fee, 300),
                "Sidewalk Width (ft)": width,
                "Latitude": "" if rng.random() < 0.03 else round(lat0 + rng.normal(0, 0.02), 6),
                "Longitude": "" if rng.random() < 0.03 else round(lon0 + rng.normal(0, 0.025), 6),
            }
        )
    return pd.DataFrame(rows)


def _sc_active(df: pd.DataFrame) -> pd.Series:
    return _text(df["Status"]) == "Active"


def _sc_fee_top(active_only: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = df[_sc_active(df)] if active_only else df
        return _top(d.groupby("Borough or District")["Annual Fee ($)"].sum())

    return top


def _sc_expiring(df: pd.DataFrame) -> int:
    return int((pd.to_datetime(df["Expiration Date"], format="%m/%d/%Y", errors="coerce").dt.year == 2025).sum())


_SC_QS = [
    Q(
        "how many active permits are there in each borough",
        _count(lambda df: df.loc[_sc_active(df), "Borough or District"].value_counts().to_numpy()),
        ("Borough or District", "Status", "Permit Number"),
    ),
    Q(
        "average number of chairs by cafe type",
        _about(lambda df: df.groupby("Café Type")["Chairs"].mean().to_numpy(), rel=0.005),
        ("Café Type", "Chairs"),
    ),
    Q(
        "which borough pays the most in fees",
        either(_lead(_named(_sc_fee_top(False))), _lead(_named(_sc_fee_top(True)))),
        ("Borough or District", "Annual Fee ($)", "Status"),
    ),
    Q(
        "how many permits expire in 2025",
        _count(_sc_expiring),
        ("Expiration Date", "Permit Number"),
    ),
    Q(
        "do bigger cafes in square feet have more tables? how strong is that",
        _corr(lambda df: _num(df, "Square Feet"), lambda df: df["Tables"]),
        ("Square Feet", "Tables"),
    ),
    Q(
        "what % of permits got revoked",
        _share(lambda df: float((_text(df["Status"]) == "Revoked").mean())),
        ("Status", "Permit Number"),
    ),
]


HELDOUT240: list[Dataset] = [
    Dataset("zooniverse_classification_export", _zooniverse_frame, _ZO_QS),
    Dataset("boinc_host_statistics", _boinc_frame, _BO_QS),
    Dataset("advent_of_code_leaderboard", _aoc_frame, _AC_QS),
    Dataset("lingq_lesson_statistics", _lingq_frame, _LQ_QS),
    Dataset("city_vendor_payments_checkbook", _checkbook_frame, _CB_QS),
    Dataset("wildlife_rehab_admissions", _rehab_frame, _WR_QS),
    Dataset("sidewalk_cafe_permits", _cafe_frame, _SC_QS),
]
