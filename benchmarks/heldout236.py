"""HELDOUT236: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Crunchyroll
watch history from the account data request (2022-2024, one row per viewing, so a re-watched episode repeats) with
Series, Season (blank for movies and specials), "Episode Number" (blank likewise), "Episode Title", "Watched At" as
ISO "2023-04-12T21:14:07.123Z", "Duration" and "Playhead" in seconds (the playhead is how far the viewer got),
"Fully Watched" as true / false, Device (Web, Android, iOS, Roku, PlayStation, Xbox, Fire TV, Android TV), "Audio
Language" (ja-JP, en-US, es-419) and "Subtitle Language" (en-US, blank for dubs); a PowerSchool teacher gradebook
export for five sections of one maths teacher (one row per student per assignment, so a student in two sections
repeats under one "Student Number") with "Student Number" (six digits), "Last Name", "First Name", "Grade Level"
(9-12), Section like "Algebra II - P3", Assignment, Category (Homework, Quiz, Test, Project, Participation), "Due
Date" as "MM/DD/YYYY", "Points Possible", Score (a number, "Missing", "Exempt", or blank when not yet graded),
Percent with two decimals and "Letter Grade" (both blank when the score is not a number), and Late, Missing and
Collected as TRUE / FALSE (a few blank scores are flagged Missing too); a pfSense firewall log exported to CSV from
the parsed filterlog (two weeks of November, no year) with Time as syslog "Nov 12 14:03:22" (single-digit days
padded with a space, "Nov  4 ..."), Interface (WAN, LAN, OPT1, WireGuard), Action (pass, block, reject), Direction
(in, out), Protocol (TCP, UDP, ICMP), "Source IP", "Source Port" and "Destination Port" (blank for ICMP),
"Destination IP", Length in bytes, Rule as the rule description ("Default deny rule IPv4 (1000000103)", "Allow LAN
to any", "pfB_PRI1_v4 auto rule", ...) and "TCP Flags" (S, SA, A, FA, R; blank for UDP and ICMP); a Synology DSM
task log for Hyper Backup, Snapshot Replication, Cloud Sync and USB Copy (January-June 2024, one row per run) with
Time as "2024/03/14 02:00:13", "Task Name", Type, Destination (Synology C2, USB Drive, Remote NAS, Backblaze B2),
Status (Succeeded, Partially completed, Failed, Canceled), Duration as "hh:mm:ss", Transferred as text with binary
units ("1.2 GB", "345 MB", "12.5 KB", "0 B"), "Files Changed" and Error (blank, or a message for failed and partial
runs); the Chicago Transit Authority's "CTA - Ridership - Bus Routes - Monthly Day-Type Averages & Totals" for 31
routes from January 2015 to December 2024 with route as text ("9", "X9", "J14", "N5"; read back as text), routename,
Month_Beginning as "MM/DD/YYYY", Avg_Weekday_Rides, Avg_Saturday_Rides and Avg_Sunday-Holiday_Rides with one
decimal (0 for the weekday-only express routes, Saturday too for most of them), MonthTotal as a whole number, the
2020 pandemic drop and X9 ending after 2016; a state health department's EMS naloxone administration records
(2019-2023, one row per patient encounter, Connecticut-style towns) with "Incident Date" as "MM/DD/YYYY", Town
(a few in upper case), County (blank for some), "Age Group" ("15-24" ... "65+", "Unknown"), Gender (Male, Female,
Unknown), "Doses Administered" (1-4, blank for some bystander reports), Route (Intranasal, Intramuscular,
Intravenous), "Administered By" (EMS, Police, Bystander, Fire), Response (Improved, No Change, Worse, Unknown) and
Transported (Yes / No); and a hospital price transparency standard charges file in the CMS CSV "tall" template
(45 items, one row per item and payer plan plus one row per item without a payer) with description in upper case,
"code|1" (CPT "70551", HCPCS "J1100", MS-DRG "470", revenue code "0450"), "code|1|type" (CPT, HCPCS, MS-DRG, RC),
setting (inpatient, outpatient, both), "standard_charge|gross", "standard_charge|discounted_cash", payer_name (Aetna,
Cigna, UnitedHealthcare, Blue Cross Blue Shield, Medicare Advantage; blank on the no-payer rows), plan_name,
"standard_charge|negotiated_dollar" (blank when a percentage is used), "standard_charge|negotiated_percentage",
"standard_charge|min" and "standard_charge|max" (over the item's negotiated dollars, repeated on each of its rows)
and "standard_charge|methodology" (fee schedule, case rate, percent of total billed charges, per diem). All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, has, month_year
from .offline_eval import about as _about
from .offline_eval import pick_one as _one
from .offline_eval import rounded_shares as _rounded_shares
from .offline_eval import scaled as _scaled


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


def _flag(s: pd.Series) -> pd.Series:
    """true / TRUE / True (or a parsed bool) as True."""
    return s.astype("string").str.strip().str.lower() == "true"


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "14:00", "14h", "hour 14", "2 pm", "2:00 PM" or "14" on its own."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "am" if h < 12 else "pm"
        patterns = [
            rf"(?<![\d.:]){h:d}(?::00)?(?![\d.%])",
            rf"(?<![\d.:]){h:02d}(?::00)?(?![\d.%])",
            rf"(?<![\d.:]){h12}(?::00)?\s*{half[0]}\.?\s*m\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Crunchyroll watch history -----------------------------------------------------------------------------------

_CR_SHOWS = {
    "Jujutsu Kaisen": (2, 24, 18),
    "Spy x Family": (2, 24, 14),
    "Chainsaw Man": (1, 24, 12),
    "Demon Slayer: Kimetsu no Yaiba": (4, 24, 16),
    "Frieren: Beyond Journey's End": (1, 24, 10),
    "One Piece": (1, 24, 30),
    "Solo Leveling": (1, 24, 8),
    "My Hero Academia": (6, 24, 9),
    "Oshi no Ko": (2, 24, 6),
    "Blue Lock": (2, 24, 5),
    "Mashle: Magic and Muscles": (2, 24, 4),
    "Haikyu!!": (4, 24, 7),
}
_CR_DEVICES = {"Web": 14, "Android": 18, "iOS": 9, "Roku": 22, "PlayStation": 11, "Xbox": 4, "Fire TV": 8}
_CR_DEVICES |= {"Android TV": 6}
_CR_WORDS = ["The", "Beginning", "Promise", "Storm", "Night", "Blood", "Friend", "Fight", "Return", "Secret", "End"]


def _crunchyroll_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23601)
    rows = []
    start, end = pd.Timestamp("2022-01-01"), pd.Timestamp("2024-12-31")
    span = int((end - start).total_seconds())
    for _ in range(1850):
        show = _one(rng, list(_CR_SHOWS), [v[2] for v in _CR_SHOWS.values()])
        seasons, eps, _w = _CR_SHOWS[show]
        t = start + pd.Timedelta(seconds=int(span * rng.beta(1.4, 1.1)))
        if t.hour < 17 and rng.random() < 0.6:
            t = t.replace(hour=int(rng.integers(18, 24)))
        movie = rng.random() < 0.025
        duration = int(rng.integers(5400, 7200)) if movie else int(rng.integers(1380, 1470))
        device = _one(rng, list(_CR_DEVICES), list(_CR_DEVICES.values()))
        mobile = device in ("Android", "iOS")
        full = rng.random() < (0.62 if mobile else 0.81)
        playhead = int(duration * rng.uniform(0.9, 1.0)) if full else int(duration * rng.uniform(0.02, 0.88))
        dub = rng.random() < (0.32 if device in ("Roku", "Fire TV", "Android TV", "Xbox", "PlayStation") else 0.12)
        audio = _one(rng, ["en-US", "es-419"], [9, 1]) if dub else "ja-JP"
        title = " ".join(rng.choice(_CR_WORDS, int(rng.integers(2, 4)), replace=False))
        rows.append(
            {
                "Series": show,
                "Season": "" if movie else str(int(rng.integers(1, seasons + 1))),
                "Episode Number": "" if movie else str(int(rng.integers(1, eps + 1))),
                "Episode Title": f"{show}: The Movie" if movie else title,
                "Watched At": f"{t:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z",
                "Duration": duration,
                "Playhead": playhead,
                "Fully Watched": "true" if full else "false",
                "Device": device,
                "Audio Language": audio,
                "Subtitle Language": "" if audio == "en-US" else "en-US",
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Watched At", ascending=False, kind="stable").reset_index(drop=True)


def _cr_month(df: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(df["Watched At"], utc=True).dt.tz_localize(None)
    counts = t.dt.to_period("M").value_counts()
    return counts.sort_index(kind="stable").idxmax().to_timestamp()


_CR_QS = [
    Q(
        "what show have i watched the most",
        either(
            _lead(_named(lambda df: _top(df["Series"].value_counts()))),
            _lead(_named(lambda df: _top(df.groupby("Series")["Playhead"].sum()))),
        ),
        ("Series", "Playhead", "Duration", "Watched At", "Episode Number"),
    ),
    Q(
        "how many hours have i spent watching in total",
        _scaled(lambda df: df["Playhead"].sum() / 3600, (1 / 60, 24)),
        ("Playhead", "Duration"),
    ),
    Q(
        "what percent of the stuff i start do i actually finish",
        _share(lambda df: _flag(df["Fully Watched"]).mean()),
        ("Fully Watched", "Playhead", "Duration"),
    ),
    Q(
        "and on the roku?",
        _share(lambda df: _flag(df.loc[df["Device"] == "Roku", "Fully Watched"]).mean()),
        ("Fully Watched", "Device", "Playhead", "Duration"),
    ),
    Q(
        "how often do i watch dubbed in english vs the japanese audio",
        _rounded_shares(lambda df: (df["Audio Language"].value_counts(normalize=True)[["en-US", "ja-JP"]]).to_numpy()),
        ("Audio Language", "Subtitle Language"),
    ),
    Q(
        "which month did i binge the most",
        month_year(_cr_month),
        ("Watched At",),
    ),
]


# --- 2. PowerSchool teacher gradebook -------------------------------------------------------------------------------

_PS_FIRST = ["Aiden", "Maria", "Jayden", "Sofia", "Ethan", "Aaliyah", "Noah", "Camila", "Liam", "Zoe", "Mason"]
_PS_FIRST += ["Isabella", "Elijah", "Mia", "Lucas", "Chloe", "Logan", "Ava", "Caleb", "Layla", "Mateo", "Nora"]
_PS_LAST = ["Johnson", "Garcia", "Williams", "Nguyen", "Brown", "Martinez", "Davis", "Lopez", "Wilson", "Patel"]
_PS_LAST += ["Anderson", "Thomas", "Hernandez", "Moore", "Jackson", "Kim", "Lee", "Walker", "Young", "Rivera"]
_PS_SECTIONS = {
    "Algebra II - P1": (10, 11),
    "Geometry - P2": (9, 10),
    "Algebra II - P3": (10, 11),
    "Precalculus - P5": (11, 12),
    "Geometry - P6": (9, 10),
}
_PS_WORK = [("Homework", 10)] * 8 + [("Quiz", 25)] * 3 + [("Test", 100)] * 2 + [("Project", 50), ("Participation", 5)]
_PS_WORK += [("Participation", 5)]


def _letter(p: float) -> str:
    return "A" if p >= 90 else "B" if p >= 80 else "C" if p >= 70 else "D" if p >= 60 else "F"


def _gradebook_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23602)
    students: dict[str, dict[str, Any]] = {}
    used: set[str] = set()
    roster: dict[str, list[str]] = {s: [] for s in _PS_SECTIONS}
    for sec, (lo, hi) in _PS_SECTIONS.items():
        while len(roster[sec]) < 24:
            others = [n for n, s in students.items() if lo <= s["grade"] <= hi and n not in roster[sec]]
            if others and rng.random() < 0.12:
                roster[sec].append(_one(rng, others))
                continue
            first, last = _one(rng, _PS_FIRST), _one(rng, _PS_LAST)
            if f"{first} {last}" in used:
                continue
            used.add(f"{first} {last}")
            num = str(int(rng.integers(100000, 999999)))
            students[num] = {
                "first": first,
                "last": last,
                "grade": int(rng.integers(lo, hi + 1)),
                "skill": float(rng.normal(0, 9)),
                "miss": float(rng.beta(1.2, 14)),
            }
            roster[sec].append(num)
    worst = roster["Geometry - P2"][5]
    students[worst]["miss"] = 0.4
    rows = []
    for sec, nums in roster.items():
        base = pd.Timestamp("2024-08-26") + pd.Timedelta(days=int(rng.integers(0, 3)))
        for k, (cat, pts) in enumerate(_PS_WORK):
            due = base + pd.Timedelta(days=7 * k + int(rng.integers(0, 5)))
            name = {"Homework": f"HW {k + 1}", "Quiz": f"Quiz {k - 7}", "Test": f"Unit {k - 10} Test"}.get(cat, "")
            name = name or ("Project: Data in the Real World" if cat == "Project" else f"Participation Wk {k}")
            graded = due < pd.Timestamp("2024-11-25") or rng.random() < 0.2
            for num in nums:
                s = students[num]
                late = rng.random() < 0.09
                missing = cat in ("Homework", "Project") and rng.random() < s["miss"]
                exempt = not missing and rng.random() < 0.015
                score: Any = ""
                pct: Any = ""
                if missing:
                    score = "Missing"
                elif exempt:
                    score = "Exempt"
                elif graded:
                    mean = {"Homework": 88, "Quiz": 80, "Test": 76, "Project": 84, "Participation": 92}[cat]
                    p = float(np.clip(rng.normal(mean + s["skill"] - (7 if late else 0), 8), 20, 100))
                    score = round(p / 100 * pts * 2) / 2
                    pct = round(100 * score / pts, 2)
                flagged = missing or (score == "" and graded and rng.random() < 0.3)
                rows.append(
                    {
                        "Student Number": num,
                        "Last Name": s["last"],
                        "First Name": s["first"],
                        "Grade Level": s["grade"],
                        "Section": sec,
                        "Assignment": name,
                        "Category": cat,
                        "Due Date": f"{due:%m/%d/%Y}",
                        "Points Possible": pts,
                        "Score": score,
                        "Percent": f"{pct:.2f}" if pct != "" else "",
                        "Letter Grade": _letter(pct) if pct != "" else "",
                        "Late": "TRUE" if late and not missing else "FALSE",
                        "Missing": "TRUE" if flagged else "FALSE",
                        "Collected": "TRUE" if score not in ("", "Missing") else "FALSE",
                    }
                )
    return pd.DataFrame(rows)


def _ps_pct(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["Percent"], errors="coerce")


def _ps_worst(df: pd.DataFrame) -> list[str]:
    counts = _flag(df["Missing"]).groupby(df["Student Number"]).sum()
    num = _top(counts)
    row = df[df["Student Number"].astype(str) == num].iloc[0]
    return [str(row["First Name"]), str(row["Last Name"])]


def _ps_hw9(zero: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = df[(df["Category"] == "Homework") & (df["Grade Level"] == 9)]
        pct = _ps_pct(d)
        if zero:
            pct = pct.where(d["Score"].astype("string") != "Missing", 0.0)
        return float(pct.mean())

    return value


_PS_QS = [
    Q(
        "how many students do i have",
        either(
            _count(lambda df: df["Student Number"].nunique()),
            _count(lambda df: df.groupby("Section")["Student Number"].nunique().sum()),
        ),
        ("Student Number", "Last Name", "First Name", "Section"),
    ),
    Q(
        "which class period did best on tests",
        either(
            _lead(_named(lambda df: _top(_ps_pct(df)[df["Category"] == "Test"].groupby(df["Section"]).mean()))),
            _lead(_named(lambda df: _top(_ps_pct(df)[df["Category"] == "Test"].groupby(df["Section"]).median()))),
        ),
        ("Section", "Category", "Percent", "Score", "Points Possible", "Assignment"),
    ),
    Q(
        "how many assignments are missing",
        either(
            _count(lambda df: int(_flag(df["Missing"]).sum())),
            _count(lambda df: int((df["Score"].astype("string") == "Missing").sum())),
        ),
        ("Missing", "Score"),
    ),
    Q(
        "which kid has the most missing work",
        _lead(_all_named(_ps_worst)),
        ("Student Number", "Last Name", "First Name", "Missing", "Score"),
    ),
    Q(
        "do late assignments get lower grades? compare the average percent",
        _about(lambda df: _ps_pct(df).groupby(_flag(df["Late"])).mean()[[True, False]].to_numpy()),
        ("Late", "Percent"),
    ),
    Q(
        "what's the average homework grade for the 9th graders",
        either(_about(_ps_hw9(False)), _about(_ps_hw9(True))),
        ("Category", "Grade Level", "Percent", "Score", "Points Possible"),
    ),
]


# --- 3. pfSense firewall log ----------------------------------------------------------------------------------------

_FW_PORTS = {23: 26, 22: 19, 3389: 13, 445: 10, 80: 7, 8080: 4, 443: 3, 5060: 3, 1433: 2, 6379: 2, 5900: 2}
_FW_LAN_HOSTS = [f"192.168.1.{i}" for i in (10, 11, 23, 42, 57, 101, 102, 150)]
_FW_IOT = [f"192.168.20.{i}" for i in (5, 6, 7, 31)]


def _fw_ip(rng: np.random.Generator) -> str:
    return ".".join(str(int(x)) for x in [rng.integers(1, 224), *rng.integers(0, 256, 2), rng.integers(1, 255)])


def _firewall_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23603)
    scanners = [_fw_ip(rng) for _ in range(160)]
    heavy = scanners[:6]
    rows = []
    start = pd.Timestamp("2024-11-04")
    for _ in range(3200):
        t = start + pd.Timedelta(seconds=int(rng.integers(0, 14 * 86400)))
        kind = _one(rng, ["wan_block", "lan_pass", "wg", "iot", "burst"], [44, 38, 6, 5, 7])
        proto = "TCP"
        flags = "S"
        sport: Any = int(rng.integers(1024, 65535))
        if kind in ("wan_block", "burst"):
            iface, action, direction = "WAN", "block", "in"
            src = heavy[0] if kind == "burst" else _one(rng, heavy + scanners, [6] * 6 + [1] * 160)
            if kind == "burst":
                t = t.replace(hour=3)
            dst = "203.0.113.45"
            dport: Any = _one(rng, list(_FW_PORTS), list(_FW_PORTS.values()))
            if rng.random() < 0.15:
                dport = int(rng.integers(1, 65535))
            if dport == 5060 or rng.random() < 0.06:
                proto, flags = "UDP", ""
            if rng.random() < 0.05:
                proto, flags, sport, dport = "ICMP", "", "", ""
            rule = _one(rng, ["Default deny rule IPv4 (1000000103)", "pfB_PRI1_v4 auto rule"], [7, 3])
            if rng.random() < 0.03:
                rule = "Block bogon networks (1000000104)"
            length = int(rng.choice([40, 44, 52, 60])) if proto == "TCP" else int(rng.integers(60, 120))
        elif kind == "lan_pass":
            iface, action, direction = "LAN", "pass", "in"
            src, dst = _one(rng, _FW_LAN_HOSTS), _fw_ip(rng)
            svc = _one(rng, ["https", "dns", "http", "ntp", "ping", "quic"], [50, 25, 8, 4, 3, 10])
            dport = {"https": 443, "dns": 53, "http": 80, "ntp": 123, "ping": "", "quic": 443}[svc]
            proto = {"dns": "UDP", "ntp": "UDP", "quic": "UDP", "ping": "ICMP"}.get(svc, "TCP")
            flags = _one(rng, ["S", "A", "FA", "SA"], [6, 2, 1, 1]) if proto == "TCP" else ""
            sport = "" if proto == "ICMP" else sport
            rule = "Allow LAN to any"
            length = int(rng.integers(60, 1500)) if proto != "ICMP" else 84
        elif kind == "wg":
            iface, action, direction = "WireGuard", "pass", "in"
            src, dst = f"10.6.0.{int(rng.integers(2, 6))}", _one(rng, _FW_LAN_HOSTS)
            dport = _one(rng, [443, 22, 445, 8096])
            rule = "Allow WireGuard to LAN"
            length = int(rng.integers(52, 1400))
        else:
            iface, action, direction = "OPT1", "reject", "in"
            src, dst = _one(rng, _FW_IOT), _one(rng, _FW_LAN_HOSTS)
            dport = _one(rng, [80, 443, 445, 139, 53])
            proto = "UDP" if dport == 53 else "TCP"
            flags = "S" if proto == "TCP" else ""
            rule = "Reject IoT to LAN"
            length = int(rng.integers(60, 400))
        if action != "pass" and proto == "TCP" and rng.random() < 0.05:
            flags = "R"
        rows.append(
            {
                "_t": t,
                "Time": f"{t:%b} {t.day:2d} {t:%H:%M:%S}",
                "Interface": iface,
                "Action": action,
                "Direction": direction,
                "Protocol": proto,
                "Source IP": src,
                "Source Port": sport,
                "Destination IP": dst,
                "Destination Port": dport,
                "Length": length,
                "Rule": rule,
                "TCP Flags": flags,
            }
        )
    frame = pd.DataFrame(rows).sort_values("_t", kind="stable")
    return frame.drop(columns="_t").reset_index(drop=True)


def _fw_blocked(df: pd.DataFrame, reject: bool = False) -> pd.DataFrame:
    return df[df["Action"].isin(["block", "reject"] if reject else ["block"])]


def _fw_hour(reject: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        hours = _fw_blocked(df, reject)["Time"].astype(str).str[-8:-6].astype(int)
        return int(_top(hours.value_counts()))

    return value


def _fw_ports(df: pd.DataFrame) -> list[int]:
    ports = pd.to_numeric(_fw_blocked(df)["Destination Port"], errors="coerce").dropna().astype(int)
    return [int(p) for p in ports.value_counts().head(5).index]


_FW_QS = [
    Q(
        "how many connections got blocked",
        either(
            _count(lambda df: len(_fw_blocked(df))),
            _count(lambda df: len(_fw_blocked(df, True))),
        ),
        ("Action",),
    ),
    Q(
        "which ip is hitting us the most from outside",
        _lead(_named(lambda df: _top(df.loc[df["Interface"] == "WAN", "Source IP"].value_counts()))),
        ("Source IP", "Interface", "Action", "Direction"),
    ),
    Q(
        "what ports are the blocked ones going after? top 5",
        has(_fw_ports),
        ("Destination Port", "Action", "Interface"),
    ),
    Q(
        "what share of all the traffic is udp",
        _share(lambda df: (df["Protocol"] == "UDP").mean()),
        ("Protocol",),
    ),
    Q(
        "what time of day do the blocks peak",
        either(_lead(_hour(_fw_hour(False))), _lead(_hour(_fw_hour(True)))),
        ("Time", "Action"),
    ),
    Q(
        "average packet size for passed vs blocked traffic",
        _about(lambda df: df.groupby("Action")["Length"].mean()[["pass", "block"]].to_numpy()),
        ("Action", "Length"),
    ),
]


# --- 4. Synology DSM backup task log --------------------------------------------------------------------------------

_SY_TASKS = [
    # name, type, destination, hour, every (days), fail rate, partial rate, typical GB
    ("Photos to C2", "Hyper Backup", "Synology C2", 1, 1, 0.04, 0.05, 1.5),
    ("Documents - USB", "Hyper Backup", "USB Drive", 2, 1, 0.17, 0.03, 0.25),
    ("Snapshot homes", "Snapshot Replication", "Remote NAS", 3, 1, 0.05, 0.0, 0.8),
    ("Cloud Sync - B2 media", "Cloud Sync", "Backblaze B2", 4, 1, 0.08, 0.08, 3.0),
    ("Full NAS to B2", "Hyper Backup", "Backblaze B2", 0, 7, 0.1, 0.1, 40.0),
    ("USB Copy - Camera", "USB Copy", "USB Drive", 20, 7, 0.12, 0.0, 6.0),
]
_SY_ERRORS = {
    "USB Drive": ["Destination is offline.", "Failed to access the backup destination [/volumeUSB1/usbshare]."],
    "Synology C2": ["Failed to connect to Synology C2.", "Authentication failed. Please sign in again."],
    "Remote NAS": ["The replication target is unreachable.", "Insufficient space on the destination."],
    "Backblaze B2": ["Network connection timed out.", "Failed to upload data: 503 Service Unavailable."],
}


def _sy_size(gb: float) -> str:
    b = gb * 1024**3
    for unit, f in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if b >= f:
            v = b / f
            return f"{v:.1f} {unit}" if v < 100 else f"{v:.0f} {unit}"
    return f"{int(b)} B"


def _synology_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23604)
    rows = []
    for day in pd.date_range("2024-01-01", "2024-06-30"):
        for name, kind, dest, hour, every, fail, part, gb in _SY_TASKS:
            if (day.dayofyear - 1) % every:
                continue
            t = day + pd.Timedelta(hours=hour, seconds=int(rng.integers(0, 40)))
            r = rng.random()
            status = "Failed" if r < fail else "Partially completed" if r < fail + part else "Succeeded"
            if rng.random() < 0.02:
                status = "Canceled"
            size = float(gb * rng.lognormal(0, 0.8))
            if rng.random() < 0.06:
                size = float(rng.uniform(0.000005, 0.0009))
            files = int(size * rng.uniform(150, 600))
            secs = int(30 + size * rng.uniform(40, 90) * (3 if dest == "Backblaze B2" else 1))
            error = ""
            if status == "Failed":
                size, files, secs = 0.0, 0, int(rng.integers(3, 120))
                error = _one(rng, _SY_ERRORS[dest])
            elif status == "Partially completed":
                size, files = size * rng.uniform(0.3, 0.9), int(files * 0.7)
                error = _one(rng, ["Some files were skipped because they were in use.", "Some files failed to upload."])
            elif status == "Canceled":
                size, files, secs = size * rng.uniform(0, 0.3), int(files * 0.2), int(secs * 0.3)
            rows.append(
                {
                    "Time": f"{t:%Y/%m/%d %H:%M:%S}",
                    "Task Name": name,
                    "Type": kind,
                    "Destination": dest,
                    "Status": status,
                    "Duration": f"{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d}",
                    "Transferred": _sy_size(size) if size > 0 else "0 B",
                    "Files Changed": files,
                    "Error": error,
                }
            )
    return pd.DataFrame(rows)


def _sy_bytes(df: pd.DataFrame, base: int) -> pd.Series:
    parts = df["Transferred"].astype(str).str.extract(r"([\d.]+)\s*([KMGT]?B)")
    powers = parts[1].map({"B": 0, "KB": 1, "MB": 2, "GB": 3, "TB": 4})
    return parts[0].astype(float) * float(base) ** powers


def _sy_minutes(df: pd.DataFrame) -> pd.Series:
    p = df["Duration"].astype(str).str.split(":", expand=True).astype(int)
    return p[0] * 60 + p[1] + p[2] / 60


_SY_QS = [
    Q(
        "how many backups failed",
        either(
            _count(lambda df: int((df["Status"] == "Failed").sum())),
            _count(lambda df: int(df["Status"].isin(["Failed", "Partially completed"]).sum())),
        ),
        ("Status",),
    ),
    Q(
        "which task fails the most",
        either(
            _lead(_named(lambda df: _top(df.loc[df["Status"] == "Failed", "Task Name"].value_counts()))),
            _lead(_named(lambda df: _top((df["Status"] == "Failed").groupby(df["Task Name"]).mean()))),
        ),
        ("Task Name", "Status"),
    ),
    Q(
        "success rate for each destination?",
        _rounded_shares(lambda df: (df["Status"] == "Succeeded").groupby(df["Destination"]).mean().to_numpy()),
        ("Destination", "Status"),
    ),
    Q(
        "how much data has been transferred in total",
        either(
            _scaled(lambda df: _sy_bytes(df, 1024).sum() / 1024**3, (1 / 1024, 1024, 0.001, 1000), rel=0.01),
            _scaled(lambda df: _sy_bytes(df, 1000).sum() / 1000**3, (0.001, 1000), rel=0.01),
        ),
        ("Transferred",),
    ),
    Q(
        "how long do the hyper backup jobs take on average",
        _scaled(lambda df: _sy_minutes(df[df["Type"] == "Hyper Backup"]).mean(), (60, 1 / 60), rel=0.01),
        ("Type", "Duration"),
    ),
    Q(
        "how many runs had an error",
        either(
            _count(lambda df: int((~_blank(df["Error"])).sum())),
            _count(lambda df: int((df["Status"] == "Failed").sum())),
        ),
        ("Error", "Status"),
    ),
]


# --- 5. CTA bus ridership by route, monthly -------------------------------------------------------------------------

_CTA_ROUTES = [
    # route, routename, weekday base, saturday share, sunday share (0: no service)
    ("1", "Bronzeville/Union Station", 1900, 0.0, 0.0),
    ("2", "Hyde Park Express", 1100, 0.0, 0.0),
    ("3", "King Drive", 15500, 0.8, 0.65),
    ("4", "Cottage Grove", 16800, 0.8, 0.66),
    ("8", "Halsted", 13200, 0.7, 0.55),
    ("9", "Ashland", 22500, 0.72, 0.56),
    ("X9", "Ashland Express", 5200, 0.0, 0.0),
    ("12", "Roosevelt", 7800, 0.7, 0.58),
    ("20", "Madison", 14100, 0.75, 0.6),
    ("22", "Clark", 16300, 0.78, 0.62),
    ("26", "South Shore Express", 2300, 0.0, 0.0),
    ("29", "State", 12900, 0.8, 0.64),
    ("34", "South Michigan", 9600, 0.78, 0.62),
    ("36", "Broadway", 11800, 0.75, 0.6),
    ("49", "Western", 17900, 0.75, 0.6),
    ("53", "Pulaski", 16100, 0.77, 0.62),
    ("55", "Garfield", 14800, 0.76, 0.6),
    ("60", "Blue Island/26th", 10200, 0.7, 0.54),
    ("63", "63rd", 15200, 0.8, 0.65),
    ("66", "Chicago", 18400, 0.74, 0.58),
    ("72", "North", 11400, 0.72, 0.57),
    ("77", "Belmont", 17200, 0.76, 0.6),
    ("79", "79th", 26500, 0.82, 0.67),
    ("80", "Irving Park", 11900, 0.7, 0.55),
    ("82", "Kimball-Homan", 11100, 0.72, 0.56),
    ("121", "Union/Wacker Express", 1700, 0.0, 0.0),
    ("125", "Water Tower Express", 2200, 0.0, 0.0),
    ("192", "U. of Chicago Hospitals Express", 900, 0.0, 0.0),
    ("J14", "Jeffery Jump", 9100, 0.55, 0.0),
    ("N5", "South Shore Night Bus", 650, 0.9, 0.85),
    ("147", "Outer DuSable Lake Shore Express", 9800, 0.62, 0.5),
]


def _cta_level(month: pd.Timestamp) -> float:
    """Ridership relative to 2015: a slow slide, the 2020 collapse and a partial recovery."""
    years = (month - pd.Timestamp("2015-01-01")).days / 365.25
    if month < pd.Timestamp("2020-03-01"):
        return 1.0 - 0.035 * years
    if month == pd.Timestamp("2020-03-01"):
        return 0.62
    if month == pd.Timestamp("2020-04-01"):
        return 0.27
    after = (month - pd.Timestamp("2020-05-01")).days / 365.25
    return min(0.32 + 0.12 * after, 0.72)


def _cta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23605)
    rows = []
    for month in pd.date_range("2015-01-01", "2024-12-01", freq="MS"):
        days = pd.date_range(month, month + pd.offsets.MonthEnd(0))
        n_wk = int((days.dayofweek < 5).sum())
        n_sat = int((days.dayofweek == 5).sum())
        n_sun = int((days.dayofweek == 6).sum())
        season = 1 + 0.06 * np.sin((month.month - 4) / 12 * 2 * np.pi)
        for route, name, base, sat, sun in _CTA_ROUTES:
            if route == "X9" and month.year > 2016:
                continue
            level = _cta_level(month) * season * (1.12 if route.startswith("N") and month.year >= 2020 else 1)
            wk = base * level * rng.normal(1, 0.03)
            s = wk * sat * rng.normal(1, 0.04)
            u = wk * sun * rng.normal(1, 0.04)
            rows.append(
                {
                    "route": route,
                    "routename": name,
                    "Month_Beginning": f"{month:%m/%d/%Y}",
                    "Avg_Weekday_Rides": round(wk, 1),
                    "Avg_Saturday_Rides": round(s, 1),
                    "Avg_Sunday-Holiday_Rides": round(u, 1),
                    "MonthTotal": round(wk * n_wk + s * n_sat + u * n_sun),
                }
            )
    return pd.DataFrame(rows)


def _cta_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Month_Beginning"], format="%m/%d/%Y").dt.year


def _cta_route9_2023(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df.loc[(df["route"].astype(str) == "9") & (_cta_year(df) == 2023), col].mean())


def _cta_top_2019(df: pd.DataFrame) -> str:
    return _top(df[_cta_year(df) == 2019].groupby(df["route"].astype(str))["MonthTotal"].sum())


def _cta_no_sunday(every: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        zero = (df["Avg_Sunday-Holiday_Rides"] == 0).groupby(df["route"].astype(str))
        return int((zero.all() if every else zero.any()).sum())

    return value


_CTA_QS = [
    Q(
        "which bus route had the most riders in 2019",
        either(
            _lead(_named(_cta_top_2019)),
            _lead(_named(lambda df: str(df.loc[df["route"].astype(str) == _cta_top_2019(df), "routename"].iloc[0]))),
        ),
        ("route", "routename", "MonthTotal", "Month_Beginning"),
    ),
    Q(
        "total bus rides in 2019 compared to 2020",
        _scaled(lambda df: [df.loc[_cta_year(df) == y, "MonthTotal"].sum() for y in (2019, 2020)], (1e6, 1e3)),
        ("MonthTotal", "Month_Beginning"),
    ),
    Q(
        "what was the worst month for ridership overall",
        month_year(
            lambda df: pd.to_datetime(df.groupby("Month_Beginning")["MonthTotal"].sum().idxmin(), format="%m/%d/%Y")
        ),
        ("MonthTotal", "Month_Beginning"),
    ),
    Q(
        "how many people ride the 9 on a typical weekday in 2023",
        _about(_cta_route9_2023("Avg_Weekday_Rides")),
        ("route", "routename", "Avg_Weekday_Rides", "Month_Beginning"),
    ),
    Q(
        "and on saturdays?",
        _about(_cta_route9_2023("Avg_Saturday_Rides")),
        ("route", "routename", "Avg_Saturday_Rides", "Month_Beginning"),
    ),
    Q(
        "how many routes don't run on sundays",
        either(_count(_cta_no_sunday(True)), _count(_cta_no_sunday(False))),
        ("route", "routename", "Avg_Sunday-Holiday_Rides"),
    ),
]


# --- 6. EMS naloxone administrations --------------------------------------------------------------------------------

_NX_TOWNS = {
    "Hartford": ("Hartford", 20),
    "New Britain": ("Hartford", 7),
    "Bristol": ("Hartford", 5),
    "Manchester": ("Hartford", 4),
    "East Hartford": ("Hartford", 5),
    "New Haven": ("New Haven", 14),
    "Waterbury": ("New Haven", 12),
    "Meriden": ("New Haven", 6),
    "West Haven": ("New Haven", 3),
    "Bridgeport": ("Fairfield", 13),
    "Stamford": ("Fairfield", 4),
    "Danbury": ("Fairfield", 4),
    "Norwalk": ("Fairfield", 3),
    "Norwich": ("New London", 6),
    "New London": ("New London", 5),
    "Groton": ("New London", 2),
    "Torrington": ("Litchfield", 4),
    "Middletown": ("Middlesex", 4),
    "Windham": ("Windham", 4),
    "Vernon": ("Tolland", 2),
}
_NX_AGES = {"15-24": 10, "25-34": 30, "35-44": 26, "45-54": 16, "55-64": 11, "65+": 3, "Unknown": 4}
_NX_YEARS = {2019: 18, 2020: 21, 2021: 24, 2022: 20, 2023: 17}


def _naloxone_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23606)
    rows = []
    for _ in range(2600):
        year = _one(rng, list(_NX_YEARS), list(_NX_YEARS.values()))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        town = _one(rng, list(_NX_TOWNS), [v[1] for v in _NX_TOWNS.values()])
        county = _NX_TOWNS[town][0]
        by = _one(rng, ["EMS", "Police", "Bystander", "Fire"], [55, 22, 11, 12])
        gender = _one(rng, ["Male", "Female", "Unknown"], [70, 27, 3])
        route = "Intranasal" if by != "EMS" else _one(rng, ["Intranasal", "Intramuscular", "Intravenous"], [5, 1, 3])
        doses = int(np.clip(rng.poisson(0.5 + (0.25 if gender == "Male" else 0) + (0.2 if year >= 2021 else 0)), 0, 3))
        doses += 1
        response = _one(rng, ["Improved", "No Change", "Worse", "Unknown"], [76, 12, 2, 10])
        rows.append(
            {
                "Incident Date": f"{day:%m/%d/%Y}",
                "Town": town.upper() if rng.random() < 0.05 else town,
                "County": "" if rng.random() < 0.04 else county,
                "Age Group": _one(rng, list(_NX_AGES), list(_NX_AGES.values())),
                "Gender": gender,
                "Doses Administered": "" if by == "Bystander" and rng.random() < 0.4 else doses,
                "Route": route,
                "Administered By": by,
                "Response": response,
                "Transported": "Yes" if rng.random() < (0.82 if response == "Improved" else 0.6) else "No",
            }
        )
    return pd.DataFrame(rows).sort_values("Incident Date", key=lambda s: pd.to_datetime(s), kind="stable")


def _nx_doses(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["Doses Administered"], errors="coerce")


_NX_QS = [
    Q(
        "which county has the most overdoses",
        _lead(_named(lambda df: _top(df["County"].value_counts()))),
        ("County",),
    ),
    Q(
        "which year was the worst",
        _lead(
            _year(lambda df: int(_top(pd.to_datetime(df["Incident Date"], format="%m/%d/%Y").dt.year.value_counts())))
        ),
        ("Incident Date",),
    ),
    Q(
        "how many doses do people usually need",
        either(
            _about(lambda df: _nx_doses(df).mean()),
            _about(lambda df: _nx_doses(df).median()),
            _about(lambda df: _nx_doses(df).mode().iloc[0]),
        ),
        ("Doses Administered",),
    ),
    Q(
        "and for men?",
        either(
            _about(lambda df: _nx_doses(df[df["Gender"] == "Male"]).mean()),
            _about(lambda df: _nx_doses(df[df["Gender"] == "Male"]).median()),
            _about(lambda df: _nx_doses(df[df["Gender"] == "Male"]).mode().iloc[0]),
        ),
        ("Doses Administered", "Gender"),
    ),
    Q(
        "what percent of patients got better",
        either(
            _share(lambda df: (df["Response"] == "Improved").mean()),
            _share(lambda df: (df.loc[df["Response"] != "Unknown", "Response"] == "Improved").mean()),
        ),
        ("Response",),
    ),
    Q(
        "how many times did police give the naloxone",
        _count(lambda df: int((df["Administered By"] == "Police").sum())),
        ("Administered By",),
    ),
]


# --- 7. Hospital price transparency standard charges (CMS tall CSV) -------------------------------------------------

_PT_ITEMS = [
    ("OFFICE O/P NEW LOW 30 MIN", "99203", "CPT", "outpatient", 310),
    ("OFFICE O/P EST MOD 30 MIN", "99214", "CPT", "outpatient", 285),
    ("EMERGENCY DEPT VISIT HIGH MDM", "99285", "CPT", "outpatient", 2450),
    ("EMERGENCY DEPT VISIT MOD MDM", "99284", "CPT", "outpatient", 1480),
    ("MRI BRAIN WO CONTRAST", "70551", "CPT", "outpatient", 3150),
    ("MRI BRAIN W/WO CONTRAST", "70553", "CPT", "outpatient", 4420),
    ("MRI LUMBAR SPINE WO CONTRAST", "72148", "CPT", "outpatient", 2980),
    ("CT HEAD/BRAIN WO CONTRAST", "70450", "CPT", "outpatient", 1890),
    ("CT ABD & PELV W/CONTRAST", "74177", "CPT", "outpatient", 4120),
    ("X-RAY CHEST 2 VIEWS", "71046", "CPT", "outpatient", 420),
    ("US ABDOMEN COMPLETE", "76700", "CPT", "outpatient", 980),
    ("MAMMOGRAM SCREENING BILATERAL", "77067", "CPT", "outpatient", 540),
    ("COLONOSCOPY FLEXIBLE DIAGNOSTIC", "45378", "CPT", "outpatient", 3600),
    ("UPPER GI ENDOSCOPY BIOPSY", "43239", "CPT", "outpatient", 3900),
    ("KNEE ARTHROSCOPY/SURGERY", "29881", "CPT", "outpatient", 11800),
    ("CATARACT SURG W/IOL 1 STAGE", "66984", "CPT", "outpatient", 7400),
    ("LAPAROSCOPIC CHOLECYSTECTOMY", "47562", "CPT", "outpatient", 16800),
    ("COMPREHENSIVE METABOLIC PANEL", "80053", "CPT", "both", 210),
    ("COMPLETE CBC W/AUTO DIFF WBC", "85025", "CPT", "both", 95),
    ("LIPID PANEL", "80061", "CPT", "both", 160),
    ("TSH", "84443", "CPT", "both", 140),
    ("HEMOGLOBIN A1C", "83036", "CPT", "both", 110),
    ("URINALYSIS AUTO W/O SCOPE", "81003", "CPT", "both", 60),
    ("ELECTROCARDIOGRAM COMPLETE", "93000", "CPT", "both", 190),
    ("ECHO TTE COMPLETE", "93306", "CPT", "outpatient", 2600),
    ("PHYSICAL THERAPY EVALUATION", "97161", "CPT", "outpatient", 330),
    ("THERAPEUTIC EXERCISES 15 MIN", "97110", "CPT", "outpatient", 120),
    ("VAGINAL DELIVERY ONLY", "59409", "CPT", "inpatient", 5200),
    ("CESAREAN DELIVERY ONLY", "59514", "CPT", "inpatient", 7900),
    ("INJ KETOROLAC TROMETHAMINE 15 MG", "J1885", "HCPCS", "outpatient", 45),
    ("INJ ONDANSETRON HCL 1 MG", "J2405", "HCPCS", "outpatient", 38),
    ("INJ DEXAMETHASONE SODIUM PHOS 1 MG", "J1100", "HCPCS", "outpatient", 22),
    ("INJ CEFTRIAXONE SODIUM 250 MG", "J0696", "HCPCS", "outpatient", 64),
    ("INFLUENZA VIRUS VACCINE", "G0008", "HCPCS", "outpatient", 55),
    ("MAJOR HIP AND KNEE JOINT REPLACEMENT W/O MCC", "470", "MS-DRG", "inpatient", 68500),
    ("SEPTICEMIA OR SEVERE SEPSIS W/O MV >96 HOURS W MCC", "871", "MS-DRG", "inpatient", 61200),
    ("HEART FAILURE AND SHOCK W MCC", "291", "MS-DRG", "inpatient", 44800),
    ("VAGINAL DELIVERY W/O STERILIZATION/D&C W/O CC/MCC", "807", "MS-DRG", "inpatient", 16900),
    ("CESAREAN SECTION W/O STERILIZATION W/O CC/MCC", "788", "MS-DRG", "inpatient", 24300),
    ("SIMPLE PNEUMONIA AND PLEURISY W MCC", "193", "MS-DRG", "inpatient", 39700),
    ("PSYCHOSES", "885", "MS-DRG", "inpatient", 29800),
    ("ROOM & BOARD SEMI-PRIVATE MED/SURG", "0120", "RC", "inpatient", 3950),
    ("ROOM & BOARD ICU GENERAL", "0200", "RC", "inpatient", 8900),
    ("EMERGENCY ROOM GENERAL", "0450", "RC", "outpatient", 1650),
    ("OPERATING ROOM SERVICES GENERAL", "0360", "RC", "both", 6200),
]
_PT_PLANS = [
    ("Aetna", "Aetna Choice POS II", 0.58),
    ("Aetna", "Aetna HMO", 0.52),
    ("Cigna", "Cigna Open Access Plus", 0.55),
    ("UnitedHealthcare", "UHC Choice Plus", 0.61),
    ("Blue Cross Blue Shield", "Blue Card PPO", 0.5),
    ("Blue Cross Blue Shield", "Blue Advantage HMO", 0.45),
    ("Medicare Advantage", "Humana Gold Plus HMO", 0.36),
]


def _price_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23607)
    rows = []
    for desc, code, kind, setting, gross in _PT_ITEMS:
        gross = round(gross * rng.uniform(0.9, 1.15), 2)
        cash = round(gross * (1 - rng.uniform(0.2, 0.5)), 2)
        item_rows = []
        for payer, plan, level in _PT_PLANS:
            pct_based = kind == "MS-DRG" and payer in ("Aetna", "Cigna") and rng.random() < 0.6
            method = {"CPT": "fee schedule", "HCPCS": "fee schedule", "MS-DRG": "case rate", "RC": "per diem"}[kind]
            dollar: Any = round(gross * level * rng.uniform(0.85, 1.15), 2)
            pct: Any = ""
            if pct_based:
                method, pct, dollar = "percent of total billed charges", round(100 * level * rng.uniform(0.9, 1.1)), ""
            item_rows.append((payer, plan, dollar, pct, method))
        dollars = [r[2] for r in item_rows if r[2] != ""]
        lo, hi = min(dollars), max(dollars)
        for payer, plan, dollar, pct, method in [("", "", "", "", ""), *item_rows]:
            rows.append(
                {
                    "description": desc,
                    "code|1": code,
                    "code|1|type": kind,
                    "setting": setting,
                    "standard_charge|gross": gross,
                    "standard_charge|discounted_cash": cash,
                    "payer_name": payer,
                    "plan_name": plan,
                    "standard_charge|negotiated_dollar": dollar,
                    "standard_charge|negotiated_percentage": pct,
                    "standard_charge|min": lo,
                    "standard_charge|max": hi,
                    "standard_charge|methodology": method,
                }
            )
    return pd.DataFrame(rows)


def _pt_dollar(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["standard_charge|negotiated_dollar"], errors="coerce")


def _pt_cash_off(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = df.drop_duplicates("description") if how == "item" else df
        gross, cash = d["standard_charge|gross"], d["standard_charge|discounted_cash"]
        return float(1 - cash.sum() / gross.sum()) if how == "sum" else float((1 - cash / gross).mean())

    return value


_PT_QS = [
    Q(
        "how many different procedures or services are on here",
        either(
            _count(lambda df: df["description"].nunique()),
            _count(lambda df: df["code|1"].astype(str).nunique()),
        ),
        ("description", "code|1", "code|1|type"),
    ),
    Q(
        "what's the most expensive thing on the list",
        _lead(_named(lambda df: str(df.loc[df["standard_charge|gross"].idxmax(), "description"]))),
        ("description", "standard_charge|gross", "code|1", "standard_charge|max"),
    ),
    Q(
        "average negotiated price by insurance company",
        _about(lambda df: _pt_dollar(df).groupby(df["payer_name"]).mean().to_numpy()),
        ("payer_name", "standard_charge|negotiated_dollar"),
    ),
    Q(
        "which insurer pays the least for a brain mri without contrast",
        _lead(
            _named(
                lambda df: str(
                    df.loc[_pt_dollar(df)[df["description"] == "MRI BRAIN WO CONTRAST"].idxmin(), "payer_name"]
                )
            )
        ),
        ("description", "code|1", "payer_name", "plan_name", "standard_charge|negotiated_dollar"),
    ),
    Q(
        "on average how much cheaper is the cash price than the full price, in percent",
        either(_share(_pt_cash_off("item")), _share(_pt_cash_off("row")), _share(_pt_cash_off("sum"))),
        ("standard_charge|gross", "standard_charge|discounted_cash", "description"),
    ),
    Q(
        "how many rows use a percentage instead of a dollar amount",
        either(
            _count(lambda df: int((~_blank(df["standard_charge|negotiated_percentage"])).sum())),
            _count(lambda df: int((_blank(df["standard_charge|negotiated_dollar"]) & ~_blank(df["payer_name"])).sum())),
        ),
        (
            "standard_charge|negotiated_dollar",
            "standard_charge|negotiated_percentage",
            "standard_charge|methodology",
            "payer_name",
        ),
    ),
]


HELDOUT236: list[Dataset] = [
    Dataset("crunchyroll_watch_history", _crunchyroll_frame, _CR_QS),
    Dataset("powerschool_gradebook_export", _gradebook_frame, _PS_QS),
    Dataset("pfsense_firewall_log", _firewall_frame, _FW_QS),
    Dataset("synology_backup_task_log", _synology_frame, _SY_QS),
    Dataset("cta_bus_routes_monthly_daytype", _cta_frame, _CTA_QS),
    Dataset("ems_naloxone_administrations", _naloxone_frame, _NX_QS),
    Dataset("hospital_standard_charges_tall", _price_frame, _PT_QS),
]
