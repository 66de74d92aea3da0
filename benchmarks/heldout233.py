"""HELDOUT233: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a 1Password 8
vault item export (fake data, one row per item) with Title, Category (Login, Credit Card, Secure Note, Identity,
Password, Database, Server, Software License), Vault (Private, Shared, Work), Website (blank for items without one),
Username (blank for notes and cards), "Password Strength" (Terrible, Weak, Fair, Good, Very Good, Excellent,
Fantastic; blank for items without a password), "Password Length" (blank likewise), Reused, "Has 2FA" and Favorite
as Yes / No, "Last Edited" and Created as "2023-11-04 18:22:10", Tags as comma-joined lower-case words in one field
(blank for most) and "Watchtower Alert" (Compromised, Vulnerable, Weak, Reused or blank); a Minecraft server's
per-player statistics flattened from world/stats/<uuid>.json (one row per player) with Player, UUID as
"8-4-4-4-12" hex, "Play Time (hours)" with one decimal, Deaths, "Mob Kills", "Player Kills", "Blocks Mined",
"Blocks Placed", "Distance Walked (km)", "Distance Flown (km)" (0 for most survival players), Jumps, "Diamonds
Mined", "Times Slept", "Last Login" and "First Join" as "2024-05-03T21:14:07Z", and Gamemode (Survival, Creative,
Adventure, Spectator); a course-progress export for a class on a HackerRank / Codecademy-style site (one row per
learner per track, so Learner and Email repeat for people taking two tracks) with Learner, Email, Track (Python,
SQL, JavaScript, Data Structures), Module (the learner's current module, like "4. Loops"), "Lessons Completed",
"Total Lessons", "Quiz Average (%)" with one decimal (blank for learners who took no quiz), "Time Spent (hh:mm)" as
"37:05" (hours may pass 24), "Last Active" as "MM/DD/YYYY", "Certificate Earned" (Yes / No) and Cohort (Spring
2024, Summer 2024, Fall 2024); a Valorant match history export from a tracker site (one row per match, 2024) with
"Match ID" (a UUID), Date as "2024-03-14 21:05", Map (Ascent, Bind, Haven, Split, Lotus, Sunset, Icebox), Mode
(Competitive, Unrated, Deathmatch, Swiftplay), Agent, Result (Won, Lost, Draw), Score as "13-9", Kills, Deaths,
Assists, "Headshot %" written "23.5%", ACS, "Econ Rating", "First Bloods", Rank as "Platinum 2" and "RR Change" as
"+21" / "-17" (blank outside Competitive); a city tree-planting program log in the style of Los Angeles / Pittsburgh
urban forestry open data (2018-2024) with "Planting ID" like "TP-018342", "Planting Date" as "03/14/2019 12:00:00
AM", Neighborhood, "Council District" (1-15), "Species Common Name" and "Species Botanical Name", "Planting Site"
(Parkway, Median, Park, Yard, School), "Nursery Size" ("15 gal", "24 in box", "36 in box", "5 gal"), Program
(Street Tree, Free Yard Tree, Park Planting, Replacement), "Watered By" (City, Resident, Contractor), Status (Alive,
Dead, Removed, Replaced; blank for a few), "Survey Date" in the same format (blank for many) and "DBH at Planting
(in)" (blank for some); a county e-waste collection events report (2023-2024, one row per event and material, so
the per-event "Vehicles Served" and "Volunteer Hours" repeat on each material row) with "Event Date" as
"4/13/2024", "Event Site", City, Material (TVs, Computers, Monitors, Printers, Phones, Batteries, Small
Appliances), "Pounds Collected" written with thousands commas ("1,234"), Hauler (ERI, Sims, Local Recycler),
"Cost ($)" as "$1,250.00" and "Grant Funded" (Y / N); and a USA National Phenology Network status-and-intensity
download (2022-2024) with Observation_ID, Site_ID, State (two-letter), Latitude, Longitude, Elevation_in_Meters,
Genus, Species, Common_Name, Kingdom (Plantae, Animalia), Phenophase_Description ("Open flowers", "Breaking leaf
buds", "Ripe fruits", "Active adults", ...), Observation_Date as "YYYY-MM-DD", Day_of_Year, Phenophase_Status (1
yes, 0 no, -1 uncertain), Intensity_Value ("Less than 5%", "25-49%", "3 to 10", ... or the sentinel "-9999") and
Observer_ID. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares
from .offline_eval import Dataset, Q, either, has, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", "+", commas and blanks handled; sentinels left as they are)."""
    text = df[col].astype("string").str.replace(r"[$,%+\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


def _uuid(rng: np.random.Generator) -> str:
    h = "".join(rng.choice(list("0123456789abcdef"), 32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --- 1. 1Password 8 vault item export ------------------------------------------------------------------------------

_OP_CATEGORIES = {"Login": 62, "Credit Card": 5, "Secure Note": 9, "Identity": 3, "Password": 8}
_OP_CATEGORIES |= {"Database": 4, "Server": 4, "Software License": 5}
_OP_STRENGTHS = ["Terrible", "Weak", "Fair", "Good", "Very Good", "Excellent", "Fantastic"]
_OP_SITES = ["amazon", "netflix", "github", "paypal", "chase", "spotify", "dropbox", "slack", "zoom", "reddit"]
_OP_SITES += ["ebay", "airbnb", "uber", "steam", "twitter", "linkedin", "adobe", "atlassian", "notion", "figma"]
_OP_SITES += ["hulu", "etsy", "walmart", "target", "costco", "delta", "united", "marriott", "venmo", "coinbase"]
_OP_TAGS = ["finance", "work", "shopping", "travel", "social", "gaming", "family", "old"]


def _onepassword_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23301)
    rows = []
    for i in range(640):
        cat = _one(rng, list(_OP_CATEGORIES), list(_OP_CATEGORIES.values()))
        vault = _one(rng, ["Private", "Shared", "Work"], [55, 15, 30])
        created = pd.Timestamp("2016-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 8 * 365 * 86400)))
        end = pd.Timestamp("2024-10-01")
        edited = created + (end - created) * float(rng.uniform(0, 1) ** 2.5)
        site = _one(rng, _OP_SITES) if cat == "Login" else ""
        title = site.capitalize() if site else f"{cat} {i + 1}"
        if site and rng.random() < 0.3:
            title += f" ({_one(rng, ['old', 'work', 'family', '2'])})"
        has_pw = cat in ("Login", "Password", "Database", "Server")
        if has_pw:
            age = (end - created).days / 365
            length = int(np.clip(round(rng.normal(15 - 0.8 * age, 5)), 6, 40))
            level = int(np.clip(round((length - 6) / 4.5 + rng.normal(0, 0.8)), 0, 6))
            reused = rng.random() < (0.35 if level <= 2 else 0.08)
            strength, plen = _OP_STRENGTHS[level], str(length)
        else:
            strength, plen, reused = "", "", False
        twofa = cat == "Login" and rng.random() < (0.55 if vault == "Work" else 0.3)
        alert = ""
        if has_pw:
            r = rng.random()
            comp = 0.09 if vault == "Shared" else 0.03
            if r < comp:
                alert = "Compromised"
            elif r < comp + 0.05:
                alert = "Vulnerable"
            elif reused:
                alert = "Reused"
            elif level <= 1:
                alert = "Weak"
        tags = ",".join(sorted(rng.choice(_OP_TAGS, int(rng.integers(1, 3)), replace=False)))
        rows.append(
            {
                "Title": title,
                "Category": cat,
                "Vault": vault,
                "Website": f"https://www.{site}.com" if site else "",
                "Username": f"{_one(rng, ['jdoe', 'john.doe', 'jd1987', 'johnd'])}@example.com"
                if cat in ("Login", "Database", "Server")
                else "",
                "Password Strength": strength,
                "Password Length": plen,
                "Reused": "Yes" if reused else "No",
                "Has 2FA": "Yes" if twofa else "No",
                "Last Edited": f"{edited:%Y-%m-%d %H:%M:%S}",
                "Created": f"{created:%Y-%m-%d %H:%M:%S}",
                "Tags": tags if rng.random() < 0.3 else "",
                "Favorite": "Yes" if rng.random() < 0.07 else "No",
                "Watchtower Alert": alert,
            }
        )
    return pd.DataFrame(rows)


def _op_logins(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Category"] == "Login"]


_OP_QS = [
    Q("how many logins do i have saved", _count(lambda df: len(_op_logins(df))), ("Category",)),
    Q(
        "what share of them have 2fa turned on",
        _share(lambda df: (_op_logins(df)["Has 2FA"] == "Yes").mean()),
        ("Category", "Has 2FA"),
    ),
    Q(
        "average password length in each vault",
        _about(lambda df: pd.to_numeric(df["Password Length"]).groupby(df["Vault"]).mean().to_numpy()),
        ("Vault", "Password Length"),
    ),
    Q(
        "how many passwords am i reusing",
        either(
            _count(lambda df: int((df["Reused"] == "Yes").sum())),
            _count(lambda df: int((df["Watchtower Alert"] == "Reused").sum())),
        ),
        ("Reused", "Watchtower Alert", "Password Strength", "Password Length"),
    ),
    Q(
        "which vault has the most compromised stuff",
        _lead(_named(lambda df: _top(df.loc[df["Watchtower Alert"] == "Compromised", "Vault"].value_counts()))),
        ("Vault", "Watchtower Alert"),
    ),
    Q(
        "how many items were last edited before 2022",
        _count(lambda df: int((pd.to_datetime(df["Last Edited"]) < "2022-01-01").sum())),
        ("Last Edited",),
    ),
]


# --- 2. Minecraft server player statistics -------------------------------------------------------------------------

_MC_PARTS = ["Creeper", "Steve", "Blaze", "Ender", "Pixel", "Diamond", "Redstone", "Nether", "Slime", "Wither"]
_MC_PARTS += ["Craft", "Block", "Miner", "Wolf", "Axolotl", "Frost", "Lava", "Iron", "Sky", "Shadow"]


def _minecraft_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23302)
    rows = []
    used: set[str] = set()
    while len(rows) < 380:
        a, b = rng.choice(_MC_PARTS, 2, replace=False)
        name = f"{a}{b}" if rng.random() < 0.5 else f"{str(a).lower()}_{str(b).lower()}"
        if rng.random() < 0.4:
            name += str(int(rng.integers(1, 999)))
        if name in used:
            continue
        used.add(name)
        mode = _one(rng, ["Survival", "Creative", "Adventure", "Spectator"], [78, 12, 6, 4])
        first = pd.Timestamp("2022-06-01") + pd.Timedelta(seconds=int(rng.integers(0, 820 * 86400)))
        tourist = rng.random() < 0.15
        hours = float(rng.uniform(0.05, 1.5)) if tourist else float(np.clip(rng.lognormal(3.3, 1.1), 0.5, 1500))
        last = first + (pd.Timestamp("2024-09-01") - first) * float(rng.uniform(0.0, 1) ** 0.4)
        if tourist:
            last = first + pd.Timedelta(hours=hours + float(rng.uniform(0, 2)))
        survival = mode in ("Survival", "Adventure")
        mined = int(hours * rng.uniform(150, 450) * (1 if survival else 0.3))
        rows.append(
            {
                "Player": name,
                "UUID": _uuid(rng),
                "Play Time (hours)": round(hours, 1),
                "Deaths": int(rng.poisson(hours * (0.35 if survival else 0.05))),
                "Mob Kills": int(rng.poisson(hours * (9 if survival else 1))),
                "Player Kills": int(rng.poisson(hours * 0.05)) if rng.random() < 0.3 else 0,
                "Blocks Mined": mined,
                "Blocks Placed": int(hours * rng.uniform(80, 300) * (1 if survival else 4)),
                "Distance Walked (km)": round(hours * rng.uniform(0.8, 2.5), 2),
                "Distance Flown (km)": round(hours * rng.uniform(2, 8), 2)
                if not survival or rng.random() < 0.1
                else 0.0,
                "Jumps": int(hours * rng.uniform(200, 700)),
                "Diamonds Mined": int(rng.poisson(mined / 2500)) if survival else 0,
                "Times Slept": int(rng.poisson(hours * 0.6)) if survival else 0,
                "Last Login": f"{last:%Y-%m-%dT%H:%M:%S}Z",
                "First Join": f"{first:%Y-%m-%dT%H:%M:%S}Z",
                "Gamemode": mode,
            }
        )
    return pd.DataFrame(rows)


def _mc_joined_2024(df: pd.DataFrame) -> pd.DataFrame:
    return df[pd.to_datetime(df["First Join"]).dt.year == 2024]


_MC_QS = [
    Q(
        "who has played the longest",
        _lead(_named(lambda df: df.loc[df["Play Time (hours)"].idxmax(), "Player"])),
        ("Player", "Play Time (hours)", "UUID"),
    ),
    Q(
        "how many diamonds have been mined on the server total",
        _count(lambda df: int(df["Diamonds Mined"].sum())),
        ("Diamonds Mined",),
    ),
    Q(
        "do survival players die more than creative ones? average deaths for each",
        _about(lambda df: df.groupby("Gamemode")["Deaths"].mean()[["Survival", "Creative"]].to_numpy()),
        ("Gamemode", "Deaths"),
    ),
    Q(
        "is play time related to blocks mined",
        _corr(lambda df: df["Play Time (hours)"], lambda df: df["Blocks Mined"]),
        ("Play Time (hours)", "Blocks Mined"),
    ),
    Q(
        "how many players joined for the first time in 2024",
        _count(lambda df: len(_mc_joined_2024(df))),
        ("First Join", "Player", "UUID"),
    ),
    Q(
        "which of them has died the most",
        _lead(_named(lambda df: _mc_joined_2024(df).sort_values("Deaths", kind="stable").iloc[-1]["Player"])),
        ("First Join", "Player", "UUID", "Deaths"),
    ),
]


# --- 3. Course progress export -------------------------------------------------------------------------------------

_CP_FIRST = ["Ava", "Liam", "Maya", "Noah", "Priya", "Diego", "Chen", "Fatima", "Omar", "Sofia", "Ethan", "Zoe"]
_CP_FIRST += ["Aisha", "Lucas", "Hana", "Mateo", "Grace", "Ravi", "Elena", "Kwame", "Nina", "Jonas", "Leila", "Sam"]
_CP_LAST = ["Nguyen", "Patel", "Garcia", "Kim", "Smith", "Okafor", "Rossi", "Silva", "Cohen", "Ali", "Brown"]
_CP_LAST += ["Tanaka", "Muller", "Lopez", "Haddad", "Novak", "Ivanova", "Mensah", "Park", "Schmidt"]
_CP_TRACKS = {
    "Python": (["1. Syntax", "2. Functions", "3. Control Flow", "4. Loops", "5. Classes", "6. Files"], 48, 82),
    "SQL": (["1. Queries", "2. Aggregates", "3. Joins", "4. Subqueries", "5. Window Functions"], 36, 86),
    "JavaScript": (["1. Basics", "2. Functions", "3. Arrays", "4. Objects", "5. DOM", "6. Async"], 54, 77),
    "Data Structures": (["1. Arrays", "2. Linked Lists", "3. Stacks & Queues", "4. Trees", "5. Graphs"], 40, 71),
}


def _course_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23303)
    rows = []
    used: set[str] = set()
    while len(used) < 330:
        first, last = _one(rng, _CP_FIRST), _one(rng, _CP_LAST)
        name = f"{first} {last}"
        if name in used:
            continue
        used.add(name)
        email = f"{first.lower()}.{last.lower()}@{_one(rng, ['gmail.com', 'outlook.com', 'school.edu'])}"
        cohort = _one(rng, ["Spring 2024", "Summer 2024", "Fall 2024"], [40, 25, 35])
        start = {"Spring 2024": "2024-01-15", "Summer 2024": "2024-05-20", "Fall 2024": "2024-08-26"}[cohort]
        k = 2 if rng.random() < 0.3 else 1
        for track in rng.choice(list(_CP_TRACKS), k, replace=False):
            modules, total, quiz_mean = _CP_TRACKS[str(track)]
            effort = float(rng.beta(2.6, 1.3))
            if cohort == "Fall 2024":
                effort *= 0.88
            done = round(total * effort)
            quizzes = done >= 4 and rng.random() > 0.08
            minutes = int(done * rng.uniform(12, 35) + rng.integers(0, 60))
            if effort > 0.8:
                done = total
            cert = done >= 0.9 * total and rng.random() < 0.85
            last_active = pd.Timestamp(start) + pd.Timedelta(days=int(effort * rng.uniform(60, 200)))
            last_active = min(last_active, pd.Timestamp("2024-12-15"))
            rows.append(
                {
                    "Learner": name,
                    "Email": email,
                    "Track": str(track),
                    "Module": modules[min(len(modules) - 1, int(done / total * len(modules)))],
                    "Lessons Completed": done,
                    "Total Lessons": total,
                    "Quiz Average (%)": f"{np.clip(rng.normal(quiz_mean, 9), 20, 100):.1f}" if quizzes else "",
                    "Time Spent (hh:mm)": f"{minutes // 60}:{minutes % 60:02d}",
                    "Last Active": f"{last_active:%m/%d/%Y}",
                    "Certificate Earned": "Yes" if cert else "No",
                    "Cohort": cohort,
                }
            )
    return pd.DataFrame(rows)


def _cp_hours(df: pd.DataFrame) -> pd.Series:
    parts = df["Time Spent (hh:mm)"].astype(str).str.split(":", expand=True).astype(int)
    return parts[0] + parts[1] / 60


def _cp_cert_rates(df: pd.DataFrame) -> tuple[float, float]:
    yes = df["Certificate Earned"] == "Yes"
    return float(yes.mean()), float(yes.groupby(df["Learner"]).any().mean())


_CP_QS = [
    Q(
        "how many students are in the class",
        either(_count(lambda df: df["Learner"].nunique()), _count(lambda df: df["Email"].nunique())),
        ("Learner", "Email"),
    ),
    Q(
        "which track has the best quiz scores",
        either(
            _lead(_named(lambda df: _top(pd.to_numeric(df["Quiz Average (%)"]).groupby(df["Track"]).mean()))),
            _lead(_named(lambda df: _top(pd.to_numeric(df["Quiz Average (%)"]).groupby(df["Track"]).median()))),
        ),
        ("Track", "Quiz Average (%)"),
    ),
    Q(
        "what percent got a certificate",
        either(_share(lambda df: _cp_cert_rates(df)[0]), _share(lambda df: _cp_cert_rates(df)[1])),
        ("Certificate Earned", "Learner", "Email"),
    ),
    Q(
        "and just the fall cohort?",
        either(
            _share(lambda df: _cp_cert_rates(df[df["Cohort"] == "Fall 2024"])[0]),
            _share(lambda df: _cp_cert_rates(df[df["Cohort"] == "Fall 2024"])[1]),
        ),
        ("Certificate Earned", "Cohort", "Learner", "Email"),
    ),
    Q(
        "how many hours have people spent on the courses altogether",
        _scaled(lambda df: _cp_hours(df).sum(), (1 / 60,), rel=0.003),
        ("Time Spent (hh:mm)",),
    ),
    Q(
        "how many rows don't have a quiz average",
        _count(lambda df: int(_blank(df["Quiz Average (%)"]).sum())),
        ("Quiz Average (%)",),
    ),
]


# --- 4. Valorant match history -------------------------------------------------------------------------------------

_VL_MAPS = {"Ascent": 16, "Bind": 14, "Haven": 15, "Split": 12, "Lotus": 17, "Sunset": 13, "Icebox": 13}
_VL_MAP_EDGE = {"Ascent": 0.02, "Bind": -0.05, "Haven": 0.0, "Split": -0.1, "Lotus": 0.14, "Sunset": 0.0}
_VL_MAP_EDGE |= {"Icebox": -0.04}
_VL_AGENTS = {"Jett": 22, "Reyna": 12, "Omen": 16, "Sova": 14, "Killjoy": 10, "Raze": 9, "Sage": 7, "Skye": 6}
_VL_AGENTS |= {"Clove": 4}
_VL_AGENT_ACS = {"Jett": 235, "Reyna": 248, "Omen": 195, "Sova": 200, "Killjoy": 190, "Raze": 262, "Sage": 175}
_VL_AGENT_ACS |= {"Skye": 185, "Clove": 280}
_VL_RANKS = ["Gold 3", "Platinum 1", "Platinum 2", "Platinum 3", "Diamond 1"]


def _valorant_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23304)
    rows = []
    t = pd.Timestamp("2024-01-03 19:00")
    rank = 1
    for _ in range(460):
        t += pd.Timedelta(minutes=int(rng.choice([45, 60, 90, 1440, 2880])))
        mode = _one(rng, ["Competitive", "Unrated", "Deathmatch", "Swiftplay"], [55, 20, 15, 10])
        mp = _one(rng, list(_VL_MAPS), list(_VL_MAPS.values()))
        agent = _one(rng, list(_VL_AGENTS), list(_VL_AGENTS.values()))
        p_win = 0.5 + _VL_MAP_EDGE[mp]
        r = rng.random()
        if mode == "Deathmatch":
            result = "Won" if r < 0.15 else "Lost"
            kills = int(rng.integers(12, 41))
            score = f"{kills}-{int(rng.integers(kills, 41)) if result == 'Lost' else kills}"
            deaths = int(rng.integers(15, 40))
        else:
            cap = 13 if mode != "Swiftplay" else 5
            draw = mode == "Competitive" and r > 0.97
            result = "Draw" if draw else ("Won" if r < p_win else "Lost")
            lose = int(rng.integers(0, cap - 1))
            if draw:
                score = "12-12" if cap == 13 else "4-4"
                rounds = 24
            elif result == "Won":
                score, rounds = f"{cap}-{lose}", cap + lose
            else:
                score, rounds = f"{lose}-{cap}", cap + lose
            kills = int(rng.poisson(rounds * (0.78 if result == "Won" else 0.62)))
            deaths = int(rng.poisson(rounds * (0.62 if result == "Won" else 0.78))) + 1
        acs = int(np.clip(rng.normal(_VL_AGENT_ACS[agent], 55), 60, 450))
        rr = ""
        if mode == "Competitive":
            gain = (
                int(rng.integers(14, 27))
                if result == "Won"
                else (-int(rng.integers(12, 24)) if result == "Lost" else 0)
            )
            rr = f"{gain:+d}" if gain else "0"
            rank = int(
                np.clip(
                    rank
                    + (1 if rng.random() < 0.08 and gain > 0 else 0)
                    - (1 if rng.random() < 0.06 and gain < 0 else 0),
                    0,
                    4,
                )
            )
        rows.append(
            {
                "Match ID": _uuid(rng),
                "Date": f"{t:%Y-%m-%d %H:%M}",
                "Map": mp,
                "Mode": mode,
                "Agent": agent,
                "Result": result,
                "Score": score,
                "Kills": kills,
                "Deaths": deaths,
                "Assists": int(rng.poisson(4 if agent in ("Sova", "Skye", "Sage") else 2.5)),
                "Headshot %": f"{np.clip(rng.normal(22, 6), 3, 60):.1f}%",
                "ACS": acs,
                "Econ Rating": int(np.clip(acs * rng.uniform(0.2, 0.35), 10, 140)),
                "First Bloods": int(rng.poisson(2.4 if agent in ("Jett", "Reyna", "Raze") else 1.0)),
                "Rank": _VL_RANKS[rank],
                "RR Change": rr,
            }
        )
    return pd.DataFrame(rows)


def _vl_kd(df: pd.DataFrame) -> tuple[float, float]:
    return float((df["Kills"] / df["Deaths"]).mean()), float(df["Kills"].sum() / df["Deaths"].sum())


def _vl_best_agent(df: pd.DataFrame) -> str:
    games = df["Agent"].value_counts()
    keep = df[df["Agent"].isin(games[games >= 10].index)]
    return _top(keep.groupby("Agent")["ACS"].mean())


_VL_QS = [
    Q(
        "whats my win rate overall",
        either(
            _share(lambda df: (df["Result"] == "Won").mean()),
            _share(lambda df: (df["Result"] == "Won").sum() / df["Result"].isin(["Won", "Lost"]).sum()),
        ),
        ("Result",),
    ),
    Q(
        "which map do i win the most on",
        either(
            _lead(_named(lambda df: _top((df["Result"] == "Won").groupby(df["Map"]).mean()))),
            _lead(_named(lambda df: _top((df["Result"] == "Won").groupby(df["Map"]).sum()))),
        ),
        ("Map", "Result"),
    ),
    Q(
        "what's my average k/d",
        either(has(lambda df: _vl_kd(df)[0], rel=0.01), has(lambda df: _vl_kd(df)[1], rel=0.01)),
        ("Kills", "Deaths"),
    ),
    Q(
        "and in competitive only?",
        either(
            has(lambda df: _vl_kd(df[df["Mode"] == "Competitive"])[0], rel=0.01),
            has(lambda df: _vl_kd(df[df["Mode"] == "Competitive"])[1], rel=0.01),
        ),
        ("Kills", "Deaths", "Mode"),
    ),
    Q(
        "how much rr have i gained or lost in total",
        _count(lambda df: int(_num(df, "RR Change").sum())),
        ("RR Change", "Mode"),
    ),
    Q(
        "which agent do i have the highest acs on, only counting agents with at least 10 games",
        _lead(_named(_vl_best_agent)),
        ("Agent", "ACS", "Match ID"),
    ),
]


# --- 5. City tree planting log -------------------------------------------------------------------------------------

_TP_HOODS = {"Highland Park": 14, "Boyle Heights": 11, "Van Nuys": 9, "Watts": 8, "Silver Lake": 6, "Pacoima": 10}
_TP_HOODS |= {"Westlake": 7, "Sun Valley": 6, "Koreatown": 5, "Eagle Rock": 6, "Crenshaw": 7, "Venice": 4}
_TP_HOOD_DISTRICT = {"Highland Park": 1, "Boyle Heights": 14, "Van Nuys": 6, "Watts": 15, "Silver Lake": 13}
_TP_HOOD_DISTRICT |= {"Pacoima": 7, "Westlake": 1, "Sun Valley": 6, "Koreatown": 10, "Eagle Rock": 14}
_TP_HOOD_DISTRICT |= {"Crenshaw": 8, "Venice": 11}
_TP_SPECIES = {
    "Coast Live Oak": ("Quercus agrifolia", 20),
    "Western Redbud": ("Cercis occidentalis", 9),
    "Crape Myrtle": ("Lagerstroemia indica", 13),
    "Jacaranda": ("Jacaranda mimosifolia", 8),
    "Chinese Pistache": ("Pistacia chinensis", 11),
    "Desert Willow": ("Chilopsis linearis", 7),
    "Strawberry Tree": ("Arbutus unedo", 6),
    "Brisbane Box": ("Lophostemon confertus", 10),
    "California Sycamore": ("Platanus racemosa", 8),
    "Toyon": ("Heteromeles arbutifolia", 5),
}
_TP_SIZES = {"15 gal": (55, 0.75), "24 in box": (30, 1.25), "36 in box": (7, 2.0), "5 gal": (8, 0.4)}


def _trees_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23305)
    rows = []
    n = 2600
    ids = np.sort(rng.choice(np.arange(10000, 40000), n, replace=False))
    for pid in ids:
        hood = _one(rng, list(_TP_HOODS), list(_TP_HOODS.values()))
        common = _one(rng, list(_TP_SPECIES), [v[1] for v in _TP_SPECIES.values()])
        year = int(_one(rng, list(range(2018, 2025)), [8, 11, 13, 10, 17, 15, 12]))
        planted = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        program = _one(rng, ["Street Tree", "Free Yard Tree", "Park Planting", "Replacement"], [50, 22, 15, 13])
        site = {
            "Street Tree": _one(rng, ["Parkway", "Median"], [80, 20]),
            "Free Yard Tree": "Yard",
            "Park Planting": _one(rng, ["Park", "School"], [75, 25]),
            "Replacement": _one(rng, ["Parkway", "Median", "Park"], [60, 20, 20]),
        }[program]
        water = (
            "Resident" if program == "Free Yard Tree" else _one(rng, ["City", "Contractor", "Resident"], [45, 35, 20])
        )
        size = _one(rng, list(_TP_SIZES), [v[0] for v in _TP_SIZES.values()])
        p_dead = {"City": 0.14, "Contractor": 0.09, "Resident": 0.24}[water]
        surveyed = rng.random() < (0.25 + 0.08 * (2024 - year))
        r = rng.random()
        if surveyed:
            status = (
                "Dead"
                if r < p_dead
                else "Removed"
                if r < p_dead + 0.04
                else "Replaced"
                if r < p_dead + 0.08
                else "Alive"
            )
            survey = planted + pd.Timedelta(days=int(rng.integers(120, 900)))
            survey = min(survey, pd.Timestamp("2024-11-30"))
        else:
            status = "Alive" if rng.random() < 0.97 else ""
            survey = None
        dbh = _TP_SIZES[size][1] * rng.uniform(0.8, 1.25)
        rows.append(
            {
                "Planting ID": f"TP-{pid:06d}",
                "Planting Date": f"{planted:%m/%d/%Y} 12:00:00 AM",
                "Neighborhood": hood,
                "Council District": _TP_HOOD_DISTRICT[hood],
                "Species Common Name": common,
                "Species Botanical Name": _TP_SPECIES[common][0],
                "Planting Site": site,
                "Nursery Size": size,
                "Program": program,
                "Watered By": water,
                "Status": status,
                "Survey Date": f"{survey:%m/%d/%Y} 12:00:00 AM" if survey is not None else "",
                "DBH at Planting (in)": round(dbh, 1) if rng.random() > 0.12 else None,
            }
        )
    return pd.DataFrame(rows)


def _tp_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Planting Date"], format="%m/%d/%Y %I:%M:%S %p").dt.year


def _tp_dead(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = df[~_blank(df["Status"])] if known_only else df
        return float((d["Status"] == "Dead").mean())

    return rate


def _tp_alive_by_water(known_only: bool) -> Callable[[pd.DataFrame], Any]:
    def rates(df: pd.DataFrame) -> Any:
        d = df[~_blank(df["Status"])] if known_only else df
        return (d["Status"] == "Alive").groupby(d["Watered By"]).mean().to_numpy()

    return rates


_TP_BOTANICAL = {k: (v[0],) for k, v in _TP_SPECIES.items()}

_TP_QS = [
    Q(
        "how many trees got planted in 2022",
        _count(lambda df: int((_tp_year(df) == 2022).sum())),
        ("Planting Date", "Planting ID"),
    ),
    Q(
        "which neighborhood got the most of those",
        _lead(_named(lambda df: _top(df.loc[_tp_year(df) == 2022, "Neighborhood"].value_counts()))),
        ("Planting Date", "Neighborhood", "Planting ID"),
    ),
    Q(
        "what share of the trees have died",
        either(_share(_tp_dead(False)), _share(_tp_dead(True))),
        ("Status",),
    ),
    Q(
        "survival rate depending on who waters them?",
        either(_shares(_tp_alive_by_water(False)), _shares(_tp_alive_by_water(True))),
        ("Watered By", "Status"),
    ),
    Q(
        "what's the most common kind of tree planted",
        _lead(_named(lambda df: _top(df["Species Common Name"].value_counts()), _TP_BOTANICAL)),
        ("Species Common Name", "Species Botanical Name"),
    ),
    Q(
        "how many trees have never had a survey",
        _count(lambda df: int(_blank(df["Survey Date"]).sum())),
        ("Survey Date", "Planting ID"),
    ),
]


# --- 6. County e-waste collection events ---------------------------------------------------------------------------

_EW_SITES = {
    "Fairgrounds Lot B": "Riverside Falls",
    "Lincoln High School": "Maple Grove",
    "County Transfer Station": "Riverside Falls",
    "Eastgate Mall": "Easton",
    "Community College North": "Cedar Park",
    "Public Works Yard": "Millbrook",
}
_EW_MATERIALS = {"TVs": 2600, "Computers": 1300, "Monitors": 1500, "Printers": 700, "Phones": 90}
_EW_MATERIALS |= {"Batteries": 420, "Small Appliances": 900}
_EW_RATES = {"TVs": 0.42, "Computers": 0.05, "Monitors": 0.32, "Printers": 0.18, "Phones": 0.0}
_EW_RATES |= {"Batteries": 0.65, "Small Appliances": 0.12}


def _ewaste_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23306)
    rows = []
    days = sorted(pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(d)) for d in rng.choice(730, 84, replace=False))
    for day in days:
        day = day + pd.Timedelta(days=(5 - day.dayofweek) % 7)
        site = _one(rng, list(_EW_SITES))
        vehicles = int(rng.integers(120, 900))
        if day.month in (4, 10):
            vehicles = int(vehicles * 1.6)
        hauler = _one(rng, ["ERI", "Sims", "Local Recycler"], [45, 35, 20])
        grant = rng.random() < 0.35
        volunteer = round(float(rng.uniform(20, 90)), 1)
        for mat, per in _EW_MATERIALS.items():
            if mat == "Phones" and rng.random() < 0.2:
                continue
            pounds = int(per * vehicles / 400 * rng.uniform(0.6, 1.4))
            rate = _EW_RATES[mat] * {"ERI": 1.0, "Sims": 0.9, "Local Recycler": 1.2}[hauler]
            cost = pounds * rate * rng.uniform(0.9, 1.1)
            rows.append(
                {
                    "Event Date": f"{day.month}/{day.day}/{day.year}",
                    "Event Site": site,
                    "City": _EW_SITES[site],
                    "Material": mat,
                    "Pounds Collected": f"{pounds:,}",
                    "Vehicles Served": vehicles,
                    "Volunteer Hours": volunteer,
                    "Hauler": hauler,
                    "Cost ($)": f"${cost:,.2f}",
                    "Grant Funded": "Y" if grant else "N",
                }
            )
    return pd.DataFrame(rows)


def _ew_lbs(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Pounds Collected")


def _ew_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Event Date"], format="%m/%d/%Y").dt.to_period("M")
    return _ew_lbs(df).groupby(months).sum().idxmax().to_timestamp()


def _ew_per_pound(ratio_of_sums: bool) -> Callable[[pd.DataFrame], Any]:
    def values(df: pd.DataFrame) -> Any:
        out = []
        for mat in ("TVs", "Computers"):
            d = df[df["Material"] == mat]
            cost, lbs = _num(d, "Cost ($)"), _ew_lbs(d)
            out.append(cost.sum() / lbs.sum() if ratio_of_sums else (cost / lbs).mean())
        return out

    return values


_EW_QS = [
    Q(
        "how many pounds did we collect in total",
        _scaled(lambda df: _ew_lbs(df).sum(), (1e3, 1e6, 2000), rel=0.003),
        ("Pounds Collected",),
    ),
    Q(
        "which material is the heaviest overall",
        _lead(_named(lambda df: _top(_ew_lbs(df).groupby(df["Material"]).sum()))),
        ("Material", "Pounds Collected"),
    ),
    Q(
        "total cost for each hauler",
        _scaled(lambda df: _num(df, "Cost ($)").groupby(df["Hauler"]).sum().to_numpy(), (1e3, 1e6), rel=0.003),
        ("Hauler", "Cost ($)"),
    ),
    Q("which month brought in the most pounds", month_year(_ew_month), ("Event Date", "Pounds Collected")),
    Q(
        "how many events were paid for with grant money",
        either(
            _count(lambda df: len(df.loc[df["Grant Funded"] == "Y", ["Event Date", "Event Site"]].drop_duplicates())),
            _count(lambda df: int((df["Grant Funded"] == "Y").sum())),
        ),
        ("Grant Funded", "Event Date", "Event Site"),
    ),
    Q(
        "cost per pound for tvs compared to computers",
        either(has(_ew_per_pound(True), rel=0.01), has(_ew_per_pound(False), rel=0.01)),
        ("Material", "Cost ($)", "Pounds Collected"),
    ),
]


# --- 7. USA-NPN status and intensity observations ------------------------------------------------------------------

_NPN_SPECIES = [
    # (Genus, Species, Common_Name, Kingdom, phenophases, weight, flowering day of year)
    ("Acer", "rubrum", "red maple", "Plantae", ["Breaking leaf buds", "Open flowers", "Ripe fruits"], 18, 85),
    (
        "Cornus",
        "florida",
        "flowering dogwood",
        "Plantae",
        ["Breaking leaf buds", "Open flowers", "Ripe fruits"],
        10,
        110,
    ),
    ("Syringa", "vulgaris", "common lilac", "Plantae", ["Breaking leaf buds", "Open flowers"], 14, 125),
    ("Quercus", "alba", "white oak", "Plantae", ["Breaking leaf buds", "Open flowers", "Ripe fruits"], 9, 115),
    ("Asclepias", "syriaca", "common milkweed", "Plantae", ["Open flowers", "Ripe fruits"], 8, 180),
    ("Danaus", "plexippus", "monarch", "Animalia", ["Active adults", "Feeding"], 8, 0),
    ("Apis", "mellifera", "honeybee", "Animalia", ["Active adults", "Flower visitation"], 7, 0),
    ("Turdus", "migratorius", "American robin", "Animalia", ["Active individuals", "Singing individuals"], 9, 0),
]
_NPN_STATES = {"MA": (42.3, -71.8, 8), "NY": (42.9, -75.5, 9), "PA": (40.9, -77.6, 6), "MN": (45.5, -93.9, 5)}
_NPN_STATES |= {"NC": (35.6, -79.4, 7), "WI": (44.5, -89.5, 4), "OR": (44.0, -122.5, 3), "TX": (30.5, -97.7, 3)}
_NPN_INTENSITY = {
    "Open flowers": ["Less than 5%", "5-24%", "25-49%", "50-74%", "75-94%", "95% or more"],
    "Breaking leaf buds": ["Less than 3", "3 to 10", "11 to 100", "101 to 1,000", "More than 1,000"],
    "Ripe fruits": ["Less than 5%", "5-24%", "25-49%", "50-74%"],
}


def _npn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23307)
    sites = []
    for i in range(60):
        st = _one(rng, list(_NPN_STATES), [v[2] for v in _NPN_STATES.values()])
        lat0, lon0, _ = _NPN_STATES[st]
        sites.append(
            (
                int(rng.integers(2000, 40000)) + i,
                st,
                lat0 + rng.normal(0, 0.8),
                lon0 + rng.normal(0, 1.0),
                int(np.clip(rng.gamma(2.5, 120), 2, 1800)),
            )
        )
    rows = []
    obs_id = 9100000
    while len(rows) < 4200:
        site_id, st, lat, lon, elev = sites[int(rng.integers(len(sites)))]
        sp = _NPN_SPECIES[int(_one(rng, list(range(len(_NPN_SPECIES))), [s[5] for s in _NPN_SPECIES]))]
        genus, species, common, kingdom, phases, _, flower_doy = sp
        observer = 20000 + int(rng.integers(0, 35)) + (site_id % 7) * 40
        date = pd.Timestamp(int(_one(rng, [2022, 2023, 2024], [28, 34, 38])), 1, 1)
        date += pd.Timedelta(days=int(np.clip(rng.normal(150, 60), 20, 330)))
        doy = int(date.dayofyear)
        for phase in phases:
            obs_id += int(rng.integers(1, 40))
            if phase == "Open flowers":
                center = flower_doy + (lat - 40) * 3 + elev / 120
                p_yes = float(np.exp(-(((doy - center) / 22) ** 2)))
            elif phase == "Breaking leaf buds":
                p_yes = float(np.exp(-(((doy - 105 - (lat - 40) * 3) / 20) ** 2)))
            elif phase == "Ripe fruits":
                p_yes = float(np.exp(-(((doy - flower_doy - 110) / 30) ** 2)))
            else:
                p_yes = 0.75 if 110 < doy < 280 else 0.1
            r = rng.random()
            status = -1 if r < 0.04 else (1 if rng.random() < p_yes else 0)
            intensity = "-9999"
            if status == 1 and phase in _NPN_INTENSITY and rng.random() < 0.7:
                intensity = _one(rng, _NPN_INTENSITY[phase])
            rows.append(
                {
                    "Observation_ID": obs_id,
                    "Site_ID": site_id,
                    "State": st,
                    "Latitude": round(lat, 6),
                    "Longitude": round(lon, 6),
                    "Elevation_in_Meters": elev,
                    "Genus": genus,
                    "Species": species,
                    "Common_Name": common,
                    "Kingdom": kingdom,
                    "Phenophase_Description": phase,
                    "Observation_Date": f"{date:%Y-%m-%d}",
                    "Day_of_Year": doy,
                    "Phenophase_Status": status,
                    "Intensity_Value": intensity,
                    "Observer_ID": observer,
                }
            )
    return pd.DataFrame(rows)


def _npn_flower_doy(common: str | None) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        keep = (df["Phenophase_Description"] == "Open flowers") & (df["Phenophase_Status"] == 1)
        if common:
            keep &= df["Common_Name"] == common
        return float(df.loc[keep, "Day_of_Year"].mean())

    return mean


def _npn_no_intensity(df: pd.DataFrame) -> int:
    text = df["Intensity_Value"].astype("string").str.strip()
    return int((text.isna() | text.isin(["-9999", "-9999.0", ""])).sum())


_NPN_QS = [
    Q(
        "how many observations are there for plants vs animals",
        _count(lambda df: df["Kingdom"].value_counts().to_numpy()),
        ("Kingdom", "Observation_ID"),
    ),
    Q(
        "what share of observations were a yes",
        either(
            _share(lambda df: (df["Phenophase_Status"] == 1).mean()),
            _share(lambda df: (df["Phenophase_Status"] == 1).sum() / (df["Phenophase_Status"] >= 0).sum()),
        ),
        ("Phenophase_Status",),
    ),
    Q(
        "which state has the most sites",
        either(
            _lead(_named(lambda df: _top(df.groupby("State")["Site_ID"].nunique()))),
            _lead(_named(lambda df: _top(df["State"].value_counts()))),
        ),
        ("State", "Site_ID"),
    ),
    Q(
        "on average what day of the year are flowers open (only counting yes observations)",
        _about(_npn_flower_doy(None)),
        ("Day_of_Year", "Phenophase_Description", "Phenophase_Status", "Observation_Date"),
    ),
    Q(
        "and for red maple?",
        _about(_npn_flower_doy("red maple")),
        (
            "Day_of_Year",
            "Phenophase_Description",
            "Phenophase_Status",
            "Observation_Date",
            "Common_Name",
            "Genus",
            "Species",
        ),
    ),
    Q(
        "how many rows have no intensity value recorded",
        _count(_npn_no_intensity),
        ("Intensity_Value",),
    ),
]


HELDOUT233: list[Dataset] = [
    Dataset("onepassword_vault_export", _onepassword_frame, _OP_QS),
    Dataset("minecraft_player_stats", _minecraft_frame, _MC_QS),
    Dataset("course_progress_export", _course_frame, _CP_QS),
    Dataset("valorant_match_history", _valorant_frame, _VL_QS),
    Dataset("city_tree_plantings", _trees_frame, _TP_QS),
    Dataset("ewaste_collection_events", _ewaste_frame, _EW_QS),
    Dataset("npn_status_intensity", _npn_frame, _NPN_QS),
]
