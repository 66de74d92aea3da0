"""HELDOUT234: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Rosetta
Stone Enterprise learner progress report (an organisation admin's CSV export, one row per learner) with "Learner
Name", Email, Group (Sales EMEA, Support, Engineering, Leadership), Language ("Spanish (Latin America)", French,
German, Italian, Japanese, "English (American)", "Mandarin Chinese"), Level (1-5), Unit as "Unit 3", "Lessons
Completed", "Total Lessons", "Total Time" as "hh:mm:ss" (hours may pass 24), "Last Login" as "2024-03-14 09:22:10"
(blank if never), "Placement Test Score" (blank if not taken), "Pronunciation Score (%)" (blank for learners who
never spoke) and Status (Active, Inactive, Not Started); a Nextdoor neighbourhood lead's post export (one row per
post, 2023-2024) with "Post ID" (a nine-digit number), "Posted At" as "3/14/2024 6:22 PM", Author, Neighborhood,
Category ("Crime & Safety", "Lost & Found", "For Sale & Free", Recommendations, General, Events, Pets), Title,
Reactions, Comments, Thanks, Reported (Y / N), Status (Active, Removed, Closed) and Audience ("Your neighborhood",
"Nearby neighborhoods"); a Microsoft 365 admin center "OneDrive usage account detail" report with "Report Refresh
Date" as "2024-11-30", "Owner Display Name", "Is Deleted" (True / False), "Last Activity Date" (blank for never),
"File Count", "Active File Count", "Storage Used (Byte)", "Storage Allocated (Byte)" (1 TiB, 5 TiB for a few),
"Owner Principal Name", "Site URL" and "Report Period" (30); a RetroAchievements user's game progress export (one
row per game played) with Game, Console ("NES/Famicom", "SNES/Super Famicom", "Genesis/Mega Drive", PlayStation,
"Game Boy Advance", "Nintendo 64", "Game Boy", "Master System"), "Achievements Earned", "Total Achievements",
"Hardcore Earned", "Points Earned", "Total Points", RetroPoints, Completion written "45.5%", Award (Mastered,
Completed, Beaten, "Beaten (softcore)" or blank), "First Played" and "Last Played" as "2023-04-12 19:22:01"; NYC
Open Data "Bus Breakdown and Delays" for school buses (2022-2023 and 2023-2024) with Busbreakdown_ID, School_Year,
Run_Type, Bus_No, Route_Number, Reason ("Heavy Traffic", "Mechanical Problem", "Flat Tire", "Won`t Start" with its
backtick, "Late return from Field Trip", "Problem Run", Other, "Weather Conditions", Accident), Schools_Serviced,
Occurred_On as "09/14/2022 07:32:00 AM", Boro (blank for some), Bus_Company_Name in upper case with its code,
How_Long_Delayed as free text ("15-30 MIN", "20 mins", "1 HR", "45", blank), Number_Of_Students_On_The_Bus,
Has_Contractor_Notified_Schools and Has_Contractor_Notified_Parents (Yes / No), Breakdown_or_Running_Late
(Breakdown, "Running Late") and School_Age_or_PreK; EPA Superfund National Priorities List sites (SEMS NPL export)
with "Site Name", "Site Score" (HRS, two decimals), "Site EPA ID" like "NJD980505416", "EPA Region" (1-10), State,
City and County in upper case, Status ("NPL Site", "Deleted from NPL", "Proposed NPL"), "Proposed Date", "Listing
Date" (blank when only proposed), "Construction Completion Date" (blank often), "Partial Deletion Date", "Deletion
Date" (all as MM/DD/YYYY), "Federal Facility" (Yes / No), Latitude and Longitude; and the SBIR/STTR award data
download (2015-2023) with Company, "Award Title", Agency (six departments spelled out), Branch (Air Force, Army,
Navy, NIH, ...; blank for some), Phase ("Phase I", "Phase II"), Program (SBIR, STTR), "Award Year", "Award Amount",
State, "Number Employees" (blank for some), "Woman Owned", "Hubzone Owned" and "Socially and Economically
Disadvantaged" (Y / N), "Proposal Award Date" and "Contract End Date" as "2019-07-15". All are generated with a
fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .offline_eval import Dataset, Q, both, either, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


_FIRST = ["Ava", "Liam", "Maya", "Noah", "Priya", "Diego", "Chen", "Fatima", "Omar", "Sofia", "Ethan", "Zoe"]
_FIRST += ["Aisha", "Lucas", "Hana", "Mateo", "Grace", "Ravi", "Elena", "Kwame", "Nina", "Jonas", "Leila", "Sam"]
_FIRST += ["Tom", "Julia", "Marco", "Ines", "Yuki", "Oscar", "Rosa", "Felix", "Amara", "Henrik", "Lena", "Pablo"]
_LAST = ["Nguyen", "Patel", "Garcia", "Kim", "Smith", "Okafor", "Rossi", "Silva", "Cohen", "Ali", "Brown"]
_LAST += ["Tanaka", "Muller", "Lopez", "Haddad", "Novak", "Ivanova", "Mensah", "Park", "Schmidt", "Dubois"]
_LAST += ["Jensen", "Moreau", "Costa", "Yilmaz", "Fischer", "Reyes", "Walsh", "Khan", "Olsen"]


def _people(rng: np.random.Generator, n: int) -> list[tuple[str, str]]:
    used: set[str] = set()
    out = []
    while len(out) < n:
        first, last = _one(rng, _FIRST), _one(rng, _LAST)
        if f"{first} {last}" in used:
            continue
        used.add(f"{first} {last}")
        out.append((first, last))
    return out


# --- 1. Rosetta Stone Enterprise learner progress report -----------------------------------------------------------

_RS_GROUPS = {"Sales EMEA": 30, "Support": 28, "Engineering": 27, "Leadership": 15}
_RS_LANGS = {"Spanish (Latin America)": 30, "French": 16, "German": 14, "Italian": 7, "Japanese": 11}
_RS_LANGS |= {"English (American)": 14, "Mandarin Chinese": 8}


def _rosetta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23401)
    rows = []
    for first, last in _people(rng, 460):
        group = _one(rng, list(_RS_GROUPS), list(_RS_GROUPS.values()))
        lang = _one(rng, list(_RS_LANGS), list(_RS_LANGS.values()))
        status = _one(rng, ["Active", "Inactive", "Not Started"], [55, 30, 15])
        if group == "Sales EMEA" and status == "Active" and rng.random() < 0.3:
            status = "Inactive"
        if group == "Engineering" and status == "Inactive" and rng.random() < 0.4:
            status = "Active"
        level = 1 if status == "Not Started" else int(_one(rng, [1, 2, 3, 4, 5], [35, 25, 18, 12, 10]))
        total = 48
        placement = rng.random() < 0.55
        pscore = float(np.clip(rng.normal(58, 17), 5, 100)) if placement else np.nan
        if status == "Not Started":
            done, seconds, last_login, pron = 0, 0, "", ""
        else:
            effort = float(rng.beta(2, 2.5)) * (1.3 if status == "Active" else 0.7)
            done = int(np.clip(round(total * effort), 1, total))
            mult = {"Engineering": 1.25, "Leadership": 0.7}.get(group, 1.0)
            seconds = int(done * rng.uniform(900, 2100) * mult)
            end = pd.Timestamp("2024-11-29") if status == "Active" else pd.Timestamp("2024-06-30")
            login = end - pd.Timedelta(seconds=int(rng.integers(0, 150 * 86400)))
            last_login = f"{login:%Y-%m-%d %H:%M:%S}"
            base = 55 + (0.3 * (pscore - 58) if placement else 0)
            pron = f"{np.clip(rng.normal(base + 2 * level, 10), 10, 100):.0f}" if rng.random() > 0.06 else ""
        rows.append(
            {
                "Learner Name": f"{first} {last}",
                "Email": f"{first.lower()}.{last.lower()}@contoso.com",
                "Group": group,
                "Language": lang,
                "Level": level,
                "Unit": f"Unit {min(4, done % 12 // 3 + 1)}",
                "Lessons Completed": done,
                "Total Lessons": total,
                "Total Time": f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}",
                "Last Login": last_login,
                "Placement Test Score": "" if np.isnan(pscore) else f"{pscore:.0f}",
                "Pronunciation Score (%)": pron,
                "Status": status,
            }
        )
    return pd.DataFrame(rows)


def _rs_hours(df: pd.DataFrame) -> pd.Series:
    parts = df["Total Time"].astype(str).str.split(":", expand=True).astype(int)
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def _rs_inactive(group: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float((df.loc[df["Group"] == group, "Status"] == "Inactive").mean())


_RS_QS = [
    Q(
        "how many people have never logged in",
        either(
            _count(lambda df: int(_blank(df["Last Login"]).sum())),
            _count(lambda df: int((df["Status"] == "Not Started").sum())),
        ),
        ("Last Login", "Status", "Learner Name", "Email"),
    ),
    Q(
        "what language are most people learning",
        _lead(_named(lambda df: _top(df["Language"].value_counts()))),
        ("Language",),
    ),
    Q(
        "average time spent per team, in hours",
        either(
            _about(lambda df: _rs_hours(df).groupby(df["Group"]).mean().to_numpy()),
            _about(lambda df: _rs_hours(df[df["Status"] != "Not Started"]).groupby(df["Group"]).mean().to_numpy()),
        ),
        ("Group", "Total Time"),
    ),
    Q(
        "what percent of sales emea is inactive",
        _share(_rs_inactive("Sales EMEA")),
        ("Group", "Status"),
    ),
    Q(
        "and engineering?",
        _share(_rs_inactive("Engineering")),
        ("Group", "Status"),
    ),
    Q(
        "do people who did better on the placement test have better pronunciation",
        _corr(lambda df: _num(df, "Placement Test Score"), lambda df: _num(df, "Pronunciation Score (%)")),
        ("Placement Test Score", "Pronunciation Score (%)"),
    ),
]


# --- 2. Nextdoor post export ---------------------------------------------------------------------------------------

_ND_CATS = {"Crime & Safety": 18, "Lost & Found": 10, "For Sale & Free": 22, "Recommendations": 20}
_ND_CATS |= {"General": 15, "Events": 7, "Pets": 8}
_ND_COMMENTS = {"Crime & Safety": 14, "Lost & Found": 6, "For Sale & Free": 2.5, "Recommendations": 11}
_ND_COMMENTS |= {"General": 8, "Events": 3, "Pets": 5}
_ND_HOODS = ["Maple Heights", "Cedar Park", "Old Town", "Riverside", "Willow Creek", "Lincoln Square"]
_ND_TITLES = {
    "Crime & Safety": ["Car break-in on {s}", "Package stolen from porch", "Suspicious person near {s}"],
    "Lost & Found": ["Found keys on {s}", "Lost wallet near {s}", "Found bike"],
    "For Sale & Free": ["Free couch", "Kids bike for sale", "Free moving boxes", "Patio set $40"],
    "Recommendations": ["Need a good plumber", "Best pizza around?", "Roofer recommendations", "Dentist?"],
    "General": ["Loud fireworks last night", "Power out on {s}?", "New coffee shop opening", "Road work on {s}"],
    "Events": ["Block party Saturday", "Garage sale this weekend", "Farmers market is back"],
    "Pets": ["Lost cat - orange tabby", "Found dog on {s}", "Dog walker needed"],
}
_ND_STREETS = ["Elm St", "Oak Ave", "5th St", "Park Blvd", "Main St", "Hillside Dr", "Birch Ln"]


def _nextdoor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23402)
    authors = [f"{f} {lst[0]}." for f, lst in _people(rng, 160)]
    weights = rng.pareto(1.3, len(authors)) + 0.2
    rows = []
    start, span = pd.Timestamp("2023-01-01"), 730 * 86400
    for _ in range(1150):
        cat = _one(rng, list(_ND_CATS), list(_ND_CATS.values()))
        t = start + pd.Timedelta(seconds=int(rng.integers(0, span)))
        if t.month in (6, 7) and rng.random() < 0.35:
            t = pd.Timestamp(2024, 7, 1) + pd.Timedelta(seconds=int(rng.integers(0, 30 * 86400)))
        comments = int(rng.negative_binomial(2, 2 / (2 + _ND_COMMENTS[cat])))
        reactions = int(rng.poisson(3 + comments * 1.4))
        reported = rng.random() < (0.12 if cat in ("Crime & Safety", "General") else 0.04)
        if reported:
            status = _one(rng, ["Active", "Removed", "Closed"], [45, 40, 15])
        else:
            status = _one(rng, ["Active", "Removed", "Closed"], [80, 3, 17 if cat == "For Sale & Free" else 4])
        hour = t.hour % 12 or 12
        rows.append(
            {
                "Post ID": int(rng.integers(100_000_000, 999_999_999)),
                "Posted At": f"{t.month}/{t.day}/{t.year} {hour}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}",
                "Author": _one(rng, authors, weights),
                "Neighborhood": _one(rng, _ND_HOODS, [25, 20, 18, 15, 12, 10]),
                "Category": cat,
                "Title": _one(rng, _ND_TITLES[cat]).format(s=_one(rng, _ND_STREETS)),
                "Reactions": reactions,
                "Comments": comments,
                "Thanks": int(rng.poisson(1.5 if cat in ("Recommendations", "Lost & Found") else 0.4)),
                "Reported": "Y" if reported else "N",
                "Status": status,
                "Audience": _one(rng, ["Your neighborhood", "Nearby neighborhoods"], [70, 30]),
            }
        )
    rows.sort(key=lambda r: pd.Timestamp(r["Posted At"]), reverse=True)
    return pd.DataFrame(rows)


def _nd_months(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Posted At"], format="%m/%d/%Y %I:%M %p").dt.to_period("M")


def _nd_top_authors(df: pd.DataFrame) -> list[str]:
    totals = df.groupby("Author")["Reactions"].sum().sort_index(kind="stable")
    return [str(a) for a in totals.sort_values(ascending=False, kind="stable").index[:3]]


_ND_QS = [
    Q(
        "how many crime posts have there been",
        _count(lambda df: int((df["Category"] == "Crime & Safety").sum())),
        ("Category",),
    ),
    Q(
        "which kind of post gets the most comments on average",
        _lead(_named(lambda df: _top(df.groupby("Category")["Comments"].mean()))),
        ("Category", "Comments"),
    ),
    Q(
        "what month was the busiest",
        month_year(lambda df: _top(_nd_months(df).astype(str).value_counts()) + "-01"),
        ("Posted At",),
    ),
    Q(
        "what share of posts got reported",
        _share(lambda df: float((df["Reported"] == "Y").mean())),
        ("Reported",),
    ),
    Q(
        "how many of those were taken down",
        _count(lambda df: int(((df["Reported"] == "Y") & (df["Status"] == "Removed")).sum())),
        ("Reported", "Status"),
    ),
    Q(
        "top 3 posters by total reactions",
        both(*(_named(lambda df, i=i: _nd_top_authors(df)[i]) for i in range(3))),
        ("Author", "Reactions"),
    ),
]


# --- 3. Microsoft 365 OneDrive usage account detail ----------------------------------------------------------------

_TIB = 1024**4
_BYTE_SCALES = (1e3, 1e6, 1e9, 1e12, 1024.0, 1024.0**2, 1024.0**3, float(_TIB))


def _onedrive_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23403)
    rows = []
    refresh = pd.Timestamp("2024-11-30")
    for first, last in _people(rng, 620):
        upn = f"{first.lower()}.{last.lower()}@fabrikam.onmicrosoft.com"
        deleted = rng.random() < 0.07
        never = not deleted and rng.random() < 0.12
        files = 0 if never else int(rng.lognormal(6.5, 1.4))
        used = 0 if never else int(files * rng.lognormal(14.2, 0.9))
        if never and rng.random() < 0.5:
            used = int(rng.integers(20_000, 900_000))
        if deleted or never:
            activity, active = (
                ("" if never else f"{refresh - pd.Timedelta(days=int(rng.integers(60, 600))):%Y-%m-%d}"),
                0,
            )
        elif rng.random() < 0.2:
            activity, active = f"{refresh - pd.Timedelta(days=int(rng.integers(31, 400))):%Y-%m-%d}", 0
        else:
            activity = f"{refresh - pd.Timedelta(days=int(rng.integers(0, 30))):%Y-%m-%d}"
            active = int(files * rng.beta(1.2, 8)) + 1
        alloc = 5 * _TIB if rng.random() < 0.04 else _TIB
        site = f"https://fabrikam-my.sharepoint.com/personal/{upn.replace('.', '_').replace('@', '_')}"
        rows.append(
            {
                "Report Refresh Date": f"{refresh:%Y-%m-%d}",
                "Owner Display Name": f"{first} {last}",
                "Is Deleted": "True" if deleted else "False",
                "Last Activity Date": activity,
                "File Count": files,
                "Active File Count": active,
                "Storage Used (Byte)": used,
                "Storage Allocated (Byte)": alloc,
                "Owner Principal Name": upn,
                "Site URL": site,
                "Report Period": 30,
            }
        )
    return pd.DataFrame(rows)


def _od_deleted(df: pd.DataFrame) -> pd.Series:
    return df["Is Deleted"].astype(str).str.strip().str.lower() == "true"


_OD_QS = [
    Q(
        "how much storage is everyone using in total",
        _scaled(lambda df: float(df["Storage Used (Byte)"].sum()), _BYTE_SCALES),
        ("Storage Used (Byte)",),
    ),
    Q(
        "how many accounts have never had any activity",
        _count(lambda df: int(_blank(df["Last Activity Date"]).sum())),
        ("Last Activity Date", "Owner Display Name", "Owner Principal Name"),
    ),
    Q(
        "who is using the most space",
        _lead(_named(lambda df: df.loc[df["Storage Used (Byte)"].idxmax(), "Owner Display Name"])),
        ("Owner Display Name", "Owner Principal Name", "Storage Used (Byte)"),
    ),
    Q(
        "typical number of files per person",
        either(_about(lambda df: df["File Count"].mean()), _about(lambda df: df["File Count"].median())),
        ("File Count", "Owner Display Name", "Owner Principal Name"),
    ),
    Q(
        "how many of the accounts are deleted",
        _count(lambda df: int(_od_deleted(df).sum())),
        ("Is Deleted",),
    ),
    Q(
        "what percent of the allocated space is actually used",
        either(
            _share(lambda df: df["Storage Used (Byte)"].sum() / df["Storage Allocated (Byte)"].sum()),
            _share(lambda df: (df["Storage Used (Byte)"] / df["Storage Allocated (Byte)"]).mean()),
        ),
        ("Storage Used (Byte)", "Storage Allocated (Byte)"),
    ),
]


# --- 4. RetroAchievements game progress ----------------------------------------------------------------------------

_RA_CONSOLES = {
    "NES/Famicom": (["Mega Man", "Castlevania", "Contra", "Metroid", "Zelda", "Ninja Gaiden", "DuckTales"], 18),
    "SNES/Super Famicom": (["Super Metroid", "Chrono Trigger", "F-Zero", "Donkey Kong Country", "EarthBound"], 22),
    "Genesis/Mega Drive": (["Sonic the Hedgehog", "Streets of Rage", "Gunstar Heroes", "Shinobi", "Ecco"], 14),
    "PlayStation": (["Crash Bandicoot", "Spyro", "Final Fantasy", "Tomba!", "Ape Escape", "Silent Hill"], 16),
    "Game Boy Advance": (["Metroid Fusion", "Golden Sun", "Advance Wars", "Mother", "Kirby"], 12),
    "Nintendo 64": (["Banjo-Kazooie", "Star Fox", "Mario Kart", "Paper Mario", "Goldeneye"], 8),
    "Game Boy": (["Tetris", "Link's Awakening", "Wario Land", "Kirby's Dream Land", "Pokemon"], 7),
    "Master System": (["Alex Kidd", "Wonder Boy", "Phantasy Star", "Psycho Fox"], 3),
}
_RA_SUFFIX = ["", " II", " III", " 2", " Adventure", " Deluxe", " Returns", " Legends", " Zero", " X"]


def _retro_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23404)
    rows = []
    used: set[str] = set()
    consoles = list(_RA_CONSOLES)
    while len(rows) < 360:
        console = _one(rng, consoles, [_RA_CONSOLES[c][1] for c in consoles])
        name = _one(rng, _RA_CONSOLES[console][0]) + _one(rng, _RA_SUFFIX)
        if console == "Game Boy Advance" and rng.random() < 0.2:
            name = f"~Hack~ {name}"
        if name in used:
            continue
        used.add(name)
        total = int(rng.integers(12, 90))
        points_each = rng.integers(1, 26, total)
        r = rng.random()
        frac = 1.0 if r < 0.14 else float(rng.beta(0.8, 1.6))
        earned = round(total * frac)
        hardcore_mode = rng.random() < 0.7
        hard = earned if hardcore_mode else int(earned * rng.uniform(0, 0.3))
        pts = int(points_each[:earned].sum())
        tot_pts = int(points_each.sum())
        ratio = float(rng.uniform(1.5, 6)) if hardcore_mode else float(rng.uniform(1.0, 2.5))
        if earned == total:
            award = "Mastered" if hard == total else "Completed"
        elif earned >= 0.35 * total and rng.random() < 0.55:
            award = "Beaten" if hardcore_mode else "Beaten (softcore)"
        else:
            award = ""
        first = pd.Timestamp("2020-03-01") + pd.Timedelta(seconds=int(rng.integers(0, 1700 * 86400)))
        last = first + pd.Timedelta(seconds=int(rng.exponential(40 * 86400) * (frac + 0.05)))
        last = min(last, pd.Timestamp("2024-12-01 23:10:00"))
        rows.append(
            {
                "Game": name,
                "Console": console,
                "Achievements Earned": earned,
                "Total Achievements": total,
                "Hardcore Earned": hard,
                "Points Earned": pts,
                "Total Points": tot_pts,
                "RetroPoints": int(pts * ratio) if hard else 0,
                "Completion": f"{100 * earned / total:.1f}%",
                "Award": award,
                "First Played": f"{first:%Y-%m-%d %H:%M:%S}",
                "Last Played": f"{last:%Y-%m-%d %H:%M:%S}",
            }
        )
    return pd.DataFrame(rows)


def _ra_pct(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Completion")


_RA_QS = [
    Q(
        "how many games have i mastered",
        _count(lambda df: int((df["Award"] == "Mastered").sum())),
        ("Award", "Game"),
    ),
    Q(
        "which console have i earned the most points on",
        _lead(_named(lambda df: _top(df.groupby("Console")["Points Earned"].sum()))),
        ("Console", "Points Earned"),
    ),
    Q(
        "whats my average completion",
        either(
            _about(lambda df: _ra_pct(df).mean()),
            _about(lambda df: 100 * df["Achievements Earned"].sum() / df["Total Achievements"].sum()),
        ),
        ("Completion", "Achievements Earned", "Total Achievements"),
    ),
    Q(
        "what about just snes?",
        either(
            _about(lambda df: _ra_pct(df[df["Console"] == "SNES/Super Famicom"]).mean()),
            _about(
                lambda df: (
                    100
                    * df.loc[df["Console"] == "SNES/Super Famicom", "Achievements Earned"].sum()
                    / df.loc[df["Console"] == "SNES/Super Famicom", "Total Achievements"].sum()
                )
            ),
        ),
        ("Completion", "Console", "Achievements Earned", "Total Achievements"),
    ),
    Q(
        "how many games did i start playing in 2023",
        _count(lambda df: int((pd.to_datetime(df["First Played"]).dt.year == 2023).sum())),
        ("First Played", "Game"),
    ),
    Q(
        "how many achievements have i unlocked altogether",
        _count(lambda df: int(df["Achievements Earned"].sum())),
        ("Achievements Earned",),
    ),
]


# --- 5. NYC school bus breakdowns and delays -----------------------------------------------------------------------

_BUS_REASONS = {"Heavy Traffic": 52, "Mechanical Problem": 9, "Flat Tire": 4, "Won`t Start": 5, "Other": 12}
_BUS_REASONS |= {"Late return from Field Trip": 2, "Problem Run": 8, "Weather Conditions": 3, "Accident": 2}
_BUS_BORO = {"Bronx": 24, "Brooklyn": 27, "Manhattan": 13, "Queens": 20, "Staten Island": 8}
_BUS_BORO |= {"Nassau County": 2, "Westchester": 2, "New Jersey": 1, "": 5}
_BUS_COMPANIES = ["LEESEL TRANSPORTATION CORP (B2192)", "BORO TRANSIT, INC.", "ATLANTIC EXPRESS COACH CORP"]
_BUS_COMPANIES += ["G.V.C., LTD. (B2192)", "PRIDE TRANSPORTATION (SCH AGE)", "RELIANT TRANS, INC. (B2321)"]
_BUS_COMPANIES += ["SNT BUS INC", "Y & M TRANSIT CORP (B2321)", "LITTLE LINDA BUS CO., INC."]
_BUS_RUNS = {"General Ed AM Run": 30, "Special Ed AM Run": 38, "Special Ed PM Run": 14, "General Ed PM Run": 6}
_BUS_RUNS |= {"Pre-K/EI": 8, "Project Read AM Run": 2, "General Ed Field Trip": 2}


def _delay_text(rng: np.random.Generator, minutes: int) -> str:
    r = rng.random()
    if r < 0.1:
        return ""
    if r < 0.4:
        lo = minutes // 15 * 15
        return f"{lo}-{lo + 15} MIN" if lo else "0-15 MIN"
    if r < 0.7:
        return f"{minutes} mins"
    if r < 0.8 and minutes >= 60:
        return f"{minutes // 60} HR"
    return str(minutes)


def _bus_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23405)
    rows = []
    days = pd.bdate_range("2022-09-08", "2024-06-26")
    days = days[~days.month.isin([7, 8])]
    for _ in range(2600):
        day = days[int(rng.integers(len(days)))]
        if day.month == 1 and rng.random() < 0.25:
            day = days[(days.month == 1) & (days.year == 2024)][int(rng.integers(20))]
        reason = _one(rng, list(_BUS_REASONS), list(_BUS_REASONS.values()))
        kind = (
            "Breakdown" if reason in ("Mechanical Problem", "Flat Tire", "Won`t Start", "Accident") else "Running Late"
        )
        if reason == "Other" and rng.random() < 0.3:
            kind = "Breakdown"
        run = _one(rng, list(_BUS_RUNS), list(_BUS_RUNS.values()))
        am = "AM" in run or run == "Pre-K/EI"
        t = day + pd.Timedelta(minutes=int(rng.integers(380, 520) if am else rng.integers(820, 960)))
        school_year = f"{day.year}-{day.year + 1}" if day.month >= 9 else f"{day.year - 1}-{day.year}"
        minutes = int(np.clip(rng.gamma(2.2, 14), 5, 150))
        students = 0 if rng.random() < 0.3 else int(rng.integers(1, 12 if "Special" in run else 45))
        rows.append(
            {
                "Busbreakdown_ID": 0,
                "School_Year": school_year,
                "Run_Type": run,
                "Bus_No": str(int(rng.integers(100, 9999))) + _one(rng, ["", "", "", "A", "B"]),
                "Route_Number": f"{_one(rng, ['X', 'K', 'M', 'Q', 'R', 'L', 'P'])}{int(rng.integers(1, 999))}",
                "Reason": reason,
                "Schools_Serviced": str(int(rng.integers(1000, 99999))),
                "Occurred_On": f"{t:%m/%d/%Y %I:%M:%S %p}",
                "Boro": _one(rng, list(_BUS_BORO), list(_BUS_BORO.values())),
                "Bus_Company_Name": _one(rng, _BUS_COMPANIES),
                "How_Long_Delayed": _delay_text(rng, minutes),
                "Number_Of_Students_On_The_Bus": students,
                "Has_Contractor_Notified_Schools": "Yes" if rng.random() < 0.93 else "No",
                "Has_Contractor_Notified_Parents": "Yes" if rng.random() < 0.7 else "No",
                "Breakdown_or_Running_Late": kind,
                "School_Age_or_PreK": "Pre-K" if run == "Pre-K/EI" else "School-Age",
            }
        )
    rows.sort(key=lambda r: pd.Timestamp(r["Occurred_On"]))
    ids = 1_630_000 + np.cumsum(rng.integers(1, 30, len(rows)))
    for r, i in zip(rows, ids, strict=True):
        r["Busbreakdown_ID"] = int(i)
    return pd.DataFrame(rows)


def _bus_months(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Occurred_On"], format="%m/%d/%Y %I:%M:%S %p").dt.to_period("M").astype(str)


_BUS_QS = [
    Q(
        "what's the most common reason buses are late",
        _lead(_named(lambda df: _top(df["Reason"].value_counts()))),
        ("Reason",),
    ),
    Q(
        "how many were real breakdowns vs just running late",
        _count(lambda df: df["Breakdown_or_Running_Late"].value_counts()[["Breakdown", "Running Late"]].to_numpy()),
        ("Breakdown_or_Running_Late",),
    ),
    Q(
        "which borough has the most incidents",
        _lead(_named(lambda df: _top(df["Boro"].dropna().value_counts()))),
        ("Boro",),
    ),
    Q(
        "how many don't have a borough at all",
        _count(lambda df: int(_blank(df["Boro"]).sum())),
        ("Boro",),
    ),
    Q(
        "which month had the most",
        month_year(lambda df: _top(_bus_months(df).value_counts()) + "-01"),
        ("Occurred_On",),
    ),
    Q(
        "how many kids in total were on buses with a mechanical problem",
        _count(lambda df: int(df.loc[df["Reason"] == "Mechanical Problem", "Number_Of_Students_On_The_Bus"].sum())),
        ("Reason", "Number_Of_Students_On_The_Bus"),
    ),
]


# --- 6. EPA Superfund National Priorities List sites ---------------------------------------------------------------

_NPL_STATES = {
    # state: (weight, region, lat, lon, cities, counties)
    "NJ": (114, 2, 40.2, -74.5, ["NEWARK", "EDISON", "CAMDEN", "BRIDGEWATER"], ["ESSEX", "MIDDLESEX", "CAMDEN"]),
    "CA": (98, 9, 36.5, -119.5, ["SAN JOSE", "FRESNO", "RIVERSIDE", "MOUNTAIN VIEW"], ["SANTA CLARA", "FRESNO"]),
    "PA": (95, 3, 40.8, -77.5, ["PHILADELPHIA", "ALLENTOWN", "YORK", "ERIE"], ["PHILADELPHIA", "LEHIGH", "YORK"]),
    "NY": (86, 2, 42.5, -75.5, ["BUFFALO", "SYRACUSE", "HICKSVILLE", "ALBANY"], ["ERIE", "ONONDAGA", "NASSAU"]),
    "MI": (65, 5, 43.5, -84.5, ["DETROIT", "KALAMAZOO", "FLINT"], ["WAYNE", "KALAMAZOO", "GENESEE"]),
    "TX": (55, 6, 31.0, -98.0, ["HOUSTON", "DALLAS", "SAN ANTONIO"], ["HARRIS", "DALLAS", "BEXAR"]),
    "FL": (52, 4, 28.0, -82.0, ["TAMPA", "JACKSONVILLE", "MIAMI"], ["HILLSBOROUGH", "DUVAL", "MIAMI-DADE"]),
    "WA": (45, 10, 47.3, -121.0, ["SEATTLE", "TACOMA", "SPOKANE"], ["KING", "PIERCE", "SPOKANE"]),
    "MA": (32, 1, 42.3, -71.8, ["WOBURN", "LOWELL", "NEW BEDFORD"], ["MIDDLESEX", "BRISTOL"]),
    "IL": (44, 5, 40.5, -89.0, ["ROCKFORD", "WAUKEGAN", "CHICAGO"], ["WINNEBAGO", "LAKE", "COOK"]),
    "OH": (38, 5, 40.3, -82.8, ["DAYTON", "TOLEDO", "CINCINNATI"], ["MONTGOMERY", "LUCAS", "HAMILTON"]),
    "CO": (20, 8, 39.0, -105.5, ["DENVER", "LEADVILLE", "PUEBLO"], ["DENVER", "LAKE", "PUEBLO"]),
    "MT": (17, 8, 46.8, -110.0, ["BUTTE", "LIBBY", "ANACONDA"], ["SILVER BOW", "LINCOLN", "DEER LODGE"]),
    "GA": (17, 4, 32.7, -83.4, ["ATLANTA", "BRUNSWICK", "MACON"], ["FULTON", "GLYNN", "BIBB"]),
    "CT": (18, 1, 41.6, -72.7, ["BRIDGEPORT", "WATERBURY"], ["FAIRFIELD", "NEW HAVEN"]),
}
_NPL_KINDS = ["LANDFILL", "CHEMICAL CO.", "GROUNDWATER PLUME", "SMELTER", "PLATING WORKS", "DUMP", "WOOD TREATING"]


def _npl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23406)
    rows = []
    states = list(_NPL_STATES)
    for _ in range(1240):
        st = _one(rng, states, [_NPL_STATES[s][0] for s in states])
        _, region, lat, lon, cities, counties = _NPL_STATES[st]
        city = _one(rng, cities)
        federal = rng.random() < 0.1
        name = f"{city} {_one(rng, _NPL_KINDS)}"
        if federal:
            name = f"{_one(rng, ['NAVAL AIR STATION', 'AIR FORCE BASE', 'ARMY DEPOT', 'DOE FACILITY'])} {city}"
        era = rng.random()
        if era < 0.6:
            proposed = pd.Timestamp("1982-12-30") + pd.Timedelta(days=int(rng.integers(0, 7 * 365)))
        elif era < 0.85:
            proposed = pd.Timestamp("1990-01-01") + pd.Timedelta(days=int(rng.integers(0, 15 * 365)))
        else:
            proposed = pd.Timestamp("2005-01-01") + pd.Timedelta(days=int(rng.integers(0, 19 * 365)))
        only_proposed = (proposed.year >= 2022 and rng.random() < 0.6) or rng.random() < 0.02
        listing = None if only_proposed else proposed + pd.Timedelta(days=int(rng.integers(150, 900)))
        if listing is not None and listing > pd.Timestamp("2024-09-01"):
            listing = None
        status, cc, deletion, partial = "Proposed NPL", None, None, None
        if listing is not None:
            status = "NPL Site"
            if rng.random() < (0.5 if federal else 0.68):
                cc = listing + pd.Timedelta(days=int(rng.gamma(3, 2200)))
                cc = None if cc > pd.Timestamp("2024-09-01") else cc
            if cc is not None and rng.random() < 0.45:
                deletion = cc + pd.Timedelta(days=int(rng.integers(200, 3000)))
                if deletion < pd.Timestamp("2024-09-01"):
                    status = "Deleted from NPL"
                else:
                    deletion = None
            if status == "NPL Site" and rng.random() < 0.05:
                partial = listing + pd.Timedelta(days=int(rng.integers(2000, 9000)))
                partial = None if partial > pd.Timestamp("2024-09-01") else partial
        score = float(np.clip(rng.normal(42 if not federal else 47, 10), 28.5, 75.6))

        def d(x: pd.Timestamp | None) -> str:
            return "" if x is None else f"{x:%m/%d/%Y}"

        rows.append(
            {
                "Site Name": name,
                "Site Score": f"{score:.2f}",
                "Site EPA ID": f"{st}{_one(rng, ['D', 'N', '0'])}{int(rng.integers(0, 999999999)):09d}",
                "EPA Region": region,
                "State": st,
                "City": city,
                "County": _one(rng, counties),
                "Status": status,
                "Proposed Date": d(proposed),
                "Listing Date": d(listing),
                "Construction Completion Date": d(cc),
                "Partial Deletion Date": d(partial),
                "Deletion Date": d(deletion),
                "Federal Facility": "Yes" if federal else "No",
                "Latitude": round(lat + float(rng.normal(0, 0.8)), 6),
                "Longitude": round(lon + float(rng.normal(0, 1.0)), 6),
            }
        )
    return pd.DataFrame(rows)


def _npl_top_state(df: pd.DataFrame) -> str:
    return _top(df["State"].value_counts())


def _npl_cc_share(current_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(df: pd.DataFrame) -> float:
        sites = df[df["State"] == _npl_top_state(df)]
        if current_only:
            sites = sites[sites["Status"] == "NPL Site"]
        return float((~_blank(sites["Construction Completion Date"])).mean())

    return share


def _npl_listed_80s(df: pd.DataFrame) -> int:
    years = pd.to_datetime(df["Listing Date"], format="%m/%d/%Y").dt.year
    return int(years.between(1980, 1989).sum())


_NPL_QS = [
    Q(
        "which state has the most superfund sites",
        either(
            _lead(_named(lambda df: _npl_top_state(df))),
            _lead(_named(lambda df: _top(df.loc[df["Status"] == "NPL Site", "State"].value_counts()))),
        ),
        ("State", "Status"),
    ),
    Q(
        "what percent of sites there have finished construction",
        either(_share(_npl_cc_share(False)), _share(_npl_cc_share(True))),
        ("State", "Construction Completion Date", "Status"),
    ),
    Q(
        "how many sites have been taken off the list",
        either(
            _count(lambda df: int((df["Status"] == "Deleted from NPL").sum())),
            _count(lambda df: int((~_blank(df["Deletion Date"])).sum())),
        ),
        ("Status", "Deletion Date"),
    ),
    Q(
        "do federal sites score higher than the others? average score for each",
        _about(lambda df: _num(df, "Site Score").groupby(df["Federal Facility"]).mean().to_numpy()),
        ("Federal Facility", "Site Score"),
    ),
    Q(
        "how many were listed in the 80s",
        _count(_npl_listed_80s),
        ("Listing Date",),
    ),
    Q(
        "how many are still only proposed",
        _count(lambda df: int((df["Status"] == "Proposed NPL").sum())),
        ("Status", "Listing Date"),
    ),
]


# --- 7. SBIR/STTR awards -------------------------------------------------------------------------------------------

_SB_AGENCIES = {
    "Department of Defense": (44, ["Air Force", "Army", "Navy", "Defense Advanced Research Projects Agency", ""]),
    "Department of Health and Human Services": (22, ["National Institutes of Health", "NIH", ""]),
    "National Aeronautics and Space Administration": (9, [""]),
    "National Science Foundation": (11, [""]),
    "Department of Energy": (10, ["Office of Science", "ARPA-E", ""]),
    "Department of Agriculture": (4, ["National Institute of Food and Agriculture", ""]),
}
_SB_PHASE2 = {"Department of Defense": 1_150_000, "Department of Health and Human Services": 1_600_000}
_SB_PHASE2 |= {"National Aeronautics and Space Administration": 760_000, "National Science Foundation": 1_000_000}
_SB_PHASE2 |= {"Department of Energy": 1_150_000, "Department of Agriculture": 600_000}
_SB_STATES = {"CA": 20, "MA": 12, "VA": 8, "MD": 7, "CO": 5, "TX": 6, "OH": 5, "NY": 5, "FL": 4, "PA": 4}
_SB_STATES |= {"MI": 3, "WA": 3, "AL": 3, "NM": 2, "NC": 3, "GA": 2, "UT": 2, "AZ": 3}
_SB_WORDS = ["Quantum", "Adaptive", "Autonomous", "Hypersonic", "Biomimetic", "Low-Cost", "Scalable", "Novel"]
_SB_THINGS = ["Sensor Array", "Thermal Coating", "Vaccine Platform", "Battery Cathode", "Antenna", "Lidar System"]
_SB_THINGS += ["Diagnostic Assay", "Machine Learning Toolkit", "Radiation Detector", "Drone Swarm Controller"]
_SB_CO1 = ["Physical", "Applied", "Intelligent", "Advanced", "Triton", "Summit", "Nano", "Aero", "Bio", "Helix"]
_SB_CO2 = ["Sciences", "Systems", "Technologies", "Dynamics", "Research", "Labs", "Materials", "Optics"]


def _sbir_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23407)
    companies = []
    for a in _SB_CO1:
        for b in _SB_CO2:
            suffix = _one(rng, [", Inc.", " LLC", " Corporation", ", Inc", " Inc."])
            companies.append((f"{a} {b}{suffix}", _one(rng, list(_SB_STATES), list(_SB_STATES.values()))))
    cw = rng.pareto(1.1, len(companies)) + 0.3
    traits = {
        c: (int(rng.integers(2, 480)), rng.random() < 0.14, rng.random() < 0.04, rng.random() < 0.09)
        for c, _ in companies
    }
    year_w = [8, 9, 10, 11, 12, 12, 14, 11, 10]
    rows = []
    for _ in range(3100):
        company, state = companies[int(rng.choice(len(companies), p=cw / cw.sum()))]
        staff, woman, hub, sdb = traits[company]
        agency = _one(rng, list(_SB_AGENCIES), [v[0] for v in _SB_AGENCIES.values()])
        phase = _one(rng, ["Phase I", "Phase II"], [62, 38])
        program = _one(rng, ["SBIR", "STTR"], [84, 16])
        year = int(_one(rng, list(range(2015, 2024)), year_w))
        if phase == "Phase I":
            amount = float(
                np.clip(rng.normal(170_000 if agency != "Department of Defense" else 150_000, 40_000), 50_000, 310_000)
            )
        else:
            amount = float(np.clip(rng.normal(_SB_PHASE2[agency], 280_000), 300_000, 3_000_000))
        start = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        months = int(rng.integers(6, 13)) if phase == "Phase I" else int(rng.integers(18, 37))
        rows.append(
            {
                "Company": company,
                "Award Title": f"{_one(rng, _SB_WORDS)} {_one(rng, _SB_THINGS)}",
                "Agency": agency,
                "Branch": _one(rng, _SB_AGENCIES[agency][1]),
                "Phase": phase,
                "Program": program,
                "Award Year": year,
                "Award Amount": round(amount, 2),
                "State": state,
                "Number Employees": "" if rng.random() < 0.06 else staff,
                "Woman Owned": "Y" if woman else "N",
                "Hubzone Owned": "Y" if hub else "N",
                "Socially and Economically Disadvantaged": "Y" if sdb else "N",
                "Proposal Award Date": f"{start:%Y-%m-%d}",
                "Contract End Date": f"{start + pd.DateOffset(months=months):%Y-%m-%d}",
            }
        )
    return pd.DataFrame(rows)


def _sb_top_year(df: pd.DataFrame) -> int:
    return int(_top(df["Award Year"].value_counts()))


_SB_SCALES = (1e3, 1e6, 1e9)


def _sb_woman_share(by_company: bool) -> Callable[[pd.DataFrame], Any]:
    def share(df: pd.DataFrame) -> float:
        woman = df["Woman Owned"] == "Y"
        return float(woman.groupby(df["Company"]).any().mean() if by_company else woman.mean())

    return share


_SB_QS = [
    Q(
        "how much money was given out in total",
        _scaled(lambda df: float(df["Award Amount"].sum()), _SB_SCALES),
        ("Award Amount",),
    ),
    Q(
        "which agency gives the most money",
        _lead(_named(lambda df: _top(df.groupby("Agency")["Award Amount"].sum()))),
        ("Agency", "Award Amount"),
    ),
    Q(
        "average phase 2 award",
        _scaled(lambda df: float(df.loc[df["Phase"] == "Phase II", "Award Amount"].mean()), _SB_SCALES),
        ("Phase", "Award Amount"),
    ),
    Q(
        "what percent of awards went to woman owned businesses",
        either(_share(_sb_woman_share(False)), _share(_sb_woman_share(True))),
        ("Woman Owned", "Company"),
    ),
    Q(
        "which year had the most awards",
        _lead(_year(_sb_top_year)),
        ("Award Year",),
    ),
    Q(
        "how much was awarded that year",
        _scaled(lambda df: float(df.loc[df["Award Year"] == _sb_top_year(df), "Award Amount"].sum()), _SB_SCALES),
        ("Award Year", "Award Amount"),
    ),
]


HELDOUT234: list[Dataset] = [
    Dataset("rosetta_stone_learner_progress", _rosetta_frame, _RS_QS),
    Dataset("nextdoor_post_export", _nextdoor_frame, _ND_QS),
    Dataset("onedrive_usage_account_detail", _onedrive_frame, _OD_QS),
    Dataset("retroachievements_game_progress", _retro_frame, _RA_QS),
    Dataset("nyc_school_bus_breakdowns", _bus_frame, _BUS_QS),
    Dataset("epa_superfund_npl_sites", _npl_frame, _NPL_QS),
    Dataset("sbir_sttr_awards", _sbir_frame, _SB_QS),
]
