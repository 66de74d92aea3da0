"""HELDOUT237: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Proxmox VE
cluster resources export (`pvesh get /cluster/resources --type vm` flattened to CSV, one row per guest) with id as
"qemu/104" or "lxc/231", vmid, name, node (pve1, pve2, pve3), type (qemu, lxc), status (running, stopped, paused;
only qemu guests pause), maxcpu, cpu as a load fraction like 0.0312 (0 when stopped), maxmem, mem, maxdisk and disk
in bytes (mem 0 when stopped; disk 0 for every qemu guest, as Proxmox reports it without the guest agent), uptime
in seconds (0 when stopped), netin and netout in bytes (0 when stopped), template (0/1; templates are stopped qemu
guests) and tags as a semicolon list ("prod;web") or blank; a GitHub Actions run list (`gh run list --json`
flattened, newest first, January-June 2024) with databaseId, workflowName (CI, Deploy, Nightly, Lint, Release,
CodeQL), displayTitle (commit or PR title), event (push, pull_request, schedule, workflow_dispatch, release), status
(completed, in_progress, queued), conclusion (success, failure, cancelled, skipped; blank while running), headBranch
("main", "feat/...", "dependabot/npm_and_yarn/..."), createdAt and updatedAt as "2024-03-14T09:21:07Z", runAttempt
(1 for most runs), actor (a GitHub login, "dependabot[bot]" too) and run_duration_ms (blank while running); an
Evernote account exported from ENEX to CSV (one row per note, 2012-2024) with Title, Notebook, Tags as a comma list
("recipe, dinner") or blank, Created and Updated in ENEX form "20190314T101522Z", "Word Count", Attachments (a
count), Source (web.clip, mobile.android, mobile.iphone, desktop.mac, desktop.win, mail.smtp), "Source URL" (blank
for most non-clips and some clips), "Reminder Time" and "Reminder Done Time" in the same form (blank for most
notes) and Author (blank for some); a Codewars completed-kata export (one row per kata, 2021-2024) with id (24 hex
characters), name, slug, completedAt as "2023-04-12T18:22:31.123Z", completedLanguages as a comma list
("python,javascript"), rank as "6 kyu" ("1 dan" rare), tags as "Fundamentals, Strings, Algorithms", attempts,
solution_length (characters), time_spent_minutes and honor_earned; a California ABC-style active licence list with
"License Number" (six digits), Status (ACTIVE, SUSPENSION, SUREND, PEND INACT), "License Type" written with its code
("41 - On Sale Beer & Wine - Eating Place", "02 - Winegrower"), "Orig Iss Date" and "Expir Date" as "03/14/1998",
"Primary Owner" in upper case ("GARCIA, MARIA ELENA", "7-ELEVEN INC" repeated for chains), "Prem Addr 1", "Prem
City" and County in upper case, "Prem Zip" as "95814" or "95814-2543", "Census Tract" as "4011.02" (blank for some),
Conditions (Y / N) and "Geo Code" (four digits); an EDDMapS invasive-species occurrence export (2015-2024) with
objectid, SubjectNumber, "Scientific Name", "Common Name" (Japanese Knotweed, Tree-of-Heaven, Emerald Ash Borer,
Spotted Lanternfly, Garlic Mustard, Kudzu, Zebra Mussel, Purple Loosestrife), Category (Plants, Insects, Aquatic
Invertebrates), "Observation Date" as "MM/DD/YYYY", State (full name), County, Latitude, Longitude, Abundance
(Single, Scattered, Dense, Dominant or blank), "Infested Area" (blank for many) in mixed "Infested Area Units"
(Acres, Square Feet, Hectares), Verified (Verified, Unverified) and Reporter; and a city's purchasing-card
transactions open data file (fiscal years 2023-2024, July to June) with "Transaction Date" and "Posting Date" as
"07/15/2022", Department in upper case, Cardholder as "SMITH, J", "Vendor Name" ("HOME DEPOT #6612"), "Merchant
Category" (RESTAURANTS, OFFICE SUPPLY STORES, AIRLINES, HARDWARE STORES, COMPUTER SOFTWARE STORES, HOTELS/MOTELS,
...), Description, Amount (negative for refunds), "Fiscal Year" (2023, 2024, from the posting date) and "Fiscal
Period" (1 = July ... 12 = June). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _share, _shares, _year
from .offline_eval import Check, Dataset, Q, either, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


def _month_of_year(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year, by name ("August", "Aug")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _hex(rng: np.random.Generator, n: int) -> str:
    return "".join(rng.choice(list("0123456789abcdef"), n))


# --- 1. Proxmox VE cluster resources -------------------------------------------------------------------------------

_PX_ROLES = ["web", "db", "k8s-worker", "k8s-master", "docker", "dns", "proxy", "gitlab-runner", "monitor", "backup"]
_PX_ROLES += ["mail", "vpn", "jellyfin", "pihole", "nextcloud", "win11", "dev", "test", "elastic", "redis"]
_PX_TAGS = ["prod", "dev", "test", "web", "db", "k8s", "backup", "infra", "media", "legacy"]
_GIB = 1024**3


def _proxmox_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23701)
    rows = []
    seen: dict[str, int] = {}
    for i in range(430):
        vmid = 100 + i
        template = rng.random() < 0.045
        kind = "qemu" if template or rng.random() < 0.6 else "lxc"
        node = _one(rng, ["pve1", "pve2", "pve3"], [40, 35, 25])
        if template:
            name = f"tmpl-{_one(rng, ['ubuntu-2204', 'debian-12', 'rocky-9', 'win2022', 'alpine-319'])}-{i}"
            status = "stopped"
        else:
            role = _one(rng, _PX_ROLES)
            seen[role] = seen.get(role, 0) + 1
            name = f"{role}-{seen[role]:02d}"
            status = _one(rng, ["running", "stopped", "paused"], [76, 21, 3] if kind == "qemu" else [78, 22, 0])
        maxcpu = int(_one(rng, [1, 2, 4, 8, 16], [15, 35, 30, 15, 5] if kind == "qemu" else [45, 35, 15, 5, 0]))
        maxmem = int(_one(rng, [0.5, 1, 2, 4, 8, 16, 32], [8, 15, 25, 25, 15, 9, 3]) * _GIB)
        maxdisk = int(_one(rng, [8, 16, 32, 64, 100, 250, 500], [15, 20, 25, 18, 12, 7, 3]) * _GIB)
        on = status in ("running", "paused")
        uptime = int(rng.uniform(0.02, 1) ** 1.5 * 240 * 86400) if on else 0
        netin = int(uptime * rng.lognormal(9, 1.3)) if on else 0
        netout = int(netin * rng.lognormal(-0.3, 0.6)) if on else 0
        cpu = round(float(rng.lognormal(-3.2, 1.0)), 4) if status == "running" else 0
        rows.append(
            {
                "id": f"{kind}/{vmid}",
                "vmid": vmid,
                "name": name,
                "node": node,
                "type": kind,
                "status": status,
                "maxcpu": maxcpu,
                "cpu": min(cpu, 1.0),
                "maxmem": maxmem,
                "mem": int(maxmem * rng.uniform(0.15, 0.95)) if on else 0,
                "maxdisk": maxdisk,
                "disk": int(maxdisk * rng.uniform(0.05, 0.9)) if kind == "lxc" else 0,
                "uptime": uptime,
                "netin": netin,
                "netout": netout,
                "template": int(template),
                "tags": ";".join(sorted(rng.choice(_PX_TAGS, int(rng.integers(1, 4)), replace=False)))
                if not template and rng.random() < 0.55
                else "",
            }
        )
    return pd.DataFrame(rows)


def _px_running(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["status"] == "running"]


def _px_longest(qemu_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def pick(df: pd.DataFrame) -> pd.Series:
        d = df[df["type"] == "qemu"] if qemu_only else df
        return d.loc[d["uptime"].idxmax()]

    return pick


def _px_ram(no_templates: bool, unit: float) -> Check:
    def total(df: pd.DataFrame) -> float:
        d = df[df["template"] == 0] if no_templates else df
        return float(d["maxmem"].sum()) / unit

    return _about(total, rel=0.01)


_PX_QS = [
    Q(
        "how many guests are running on each node",
        _count(lambda df: _px_running(df).groupby("node").size().to_numpy()),
        ("node", "status"),
    ),
    Q(
        "what share of those are containers",
        either(
            _share(lambda df: (_px_running(df)["type"] == "lxc").mean()),
            _shares(lambda df: _px_running(df).groupby("node")["type"].apply(lambda s: (s == "lxc").mean())),
        ),
        ("type", "status", "node"),
    ),
    Q(
        "how much ram is allocated across all the vms in total, in gb",
        either(
            _px_ram(False, _GIB),
            _px_ram(True, _GIB),
            _px_ram(False, 1e9),
            _px_ram(True, 1e9),
        ),
        ("maxmem", "template", "type"),
    ),
    Q(
        "which one has been up the longest",
        either(
            _lead(_named(lambda df: _px_longest(False)(df)["name"])),
            _lead(_named(lambda df: _px_longest(True)(df)["name"])),
        ),
        ("name", "uptime", "vmid", "id"),
    ),
    Q(
        "how many days is that",
        either(
            _about(lambda df: _px_longest(False)(df)["uptime"] / 86400),
            _about(lambda df: _px_longest(True)(df)["uptime"] / 86400),
        ),
        ("name", "uptime", "vmid", "id"),
    ),
    Q(
        "how many guests have no tags at all",
        either(
            _count(lambda df: int(_blank(df["tags"]).sum())),
            _count(lambda df: int((_blank(df["tags"]) & (df["template"] == 0)).sum())),
        ),
        ("tags", "template"),
    ),
]


# --- 2. GitHub Actions run list ------------------------------------------------------------------------------------

_GH_WORKFLOWS = {"CI": 45, "Lint": 20, "Deploy": 10, "Nightly": 9, "CodeQL": 11, "Release": 5}
_GH_PEOPLE = ["octocat", "mkowalski", "j-park", "sarahdev", "tnguyen42", "rbauer", "lina-h", "dchen"]
_GH_WEIGHTS = [6, 22, 16, 14, 12, 9, 8, 5]
_GH_VERBS = ["Fix", "Add", "Update", "Refactor", "Bump", "Remove", "Improve", "Handle"]
_GH_THINGS = ["login flow", "cache layer", "API client", "docs", "CI config", "date parsing", "retry logic"]
_GH_THINGS += ["error messages", "search page", "rate limiter", "webhook handler", "build script", "tests"]
_GH_MEAN_S = {"CI": 540, "Lint": 70, "Deploy": 260, "Nightly": 1500, "CodeQL": 420, "Release": 380}


def _actions_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23702)
    n = 1650
    start, end = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-06-30 18:00")
    span = (end - start).total_seconds()
    stamps = list((start + pd.to_timedelta(rng.uniform(0, 1, n) * span, unit="s")).sort_values())
    rows = []
    for k, created in enumerate(stamps):
        created = created.floor("s")
        wf = _one(rng, list(_GH_WORKFLOWS), list(_GH_WORKFLOWS.values()))
        actor = _one(rng, _GH_PEOPLE, _GH_WEIGHTS)
        title = f"{_one(rng, _GH_VERBS)} {_one(rng, _GH_THINGS)}"
        if wf in ("CI", "Lint"):
            event = _one(rng, ["push", "pull_request"], [40, 60])
        elif wf == "Deploy":
            event = _one(rng, ["push", "workflow_dispatch"], [70, 30])
        elif wf == "Nightly":
            event, actor = "schedule", "octocat"
        elif wf == "CodeQL":
            event = _one(rng, ["push", "pull_request", "schedule"], [40, 40, 20])
        else:
            event, title = "release", f"v2.{k // 60}.{k % 7}"
        branch = "main"
        if event == "pull_request":
            if rng.random() < 0.18:
                actor = "dependabot[bot]"
                pkg = _one(rng, ["axios", "eslint", "react", "vite", "jest", "lodash"])
                branch = f"dependabot/npm_and_yarn/{pkg}-{int(rng.integers(1, 9))}.{int(rng.integers(0, 20))}.0"
                title = f"Bump {pkg} from {int(rng.integers(1, 9))}.0.1"
            else:
                branch = f"{_one(rng, ['feat', 'fix', 'chore'])}/{title.lower().replace(' ', '-')}"
        elif event == "release":
            branch = title
        attempt = 1
        month = created.month
        fail_p = {"CI": 0.16, "Lint": 0.1, "Deploy": 0.07, "Nightly": 0.2, "CodeQL": 0.04, "Release": 0.05}[wf]
        if month == 3:
            fail_p *= 1.9
        r = rng.random()
        if r < fail_p:
            conclusion = "failure"
        elif r < fail_p + 0.06:
            conclusion = "cancelled"
        elif r < fail_p + 0.08 and wf in ("Deploy", "CodeQL"):
            conclusion = "skipped"
        else:
            conclusion = "success"
        if conclusion in ("failure", "cancelled") and rng.random() < 0.35:
            attempt = 2 if rng.random() < 0.8 else 3
            if attempt == 2 and rng.random() < 0.6:
                conclusion = "success"
        elif rng.random() < 0.015:
            attempt = 2
        if wf == "Nightly":
            created = created.normalize() + pd.Timedelta(hours=3, minutes=int(rng.integers(0, 20)))
        left = n - k
        status = "completed"
        if left <= 4:
            status = "queued"
        elif left <= 11:
            status = "in_progress"
        if status != "completed":
            conclusion, duration = "", None
            updated = created + pd.Timedelta(seconds=int(rng.integers(5, 120)))
        else:
            secs = _GH_MEAN_S[wf] * float(rng.lognormal(0, 0.35))
            if conclusion == "skipped":
                secs = float(rng.uniform(1, 4))
            elif conclusion == "cancelled":
                secs *= float(rng.uniform(0.05, 0.8))
            duration = int(secs * 1000)
            updated = created + pd.Timedelta(milliseconds=duration + int(rng.integers(500, 9000)))
        rows.append(
            {
                "databaseId": 7_412_000_000 + k * 3_712 + int(rng.integers(0, 3_000)),
                "workflowName": wf,
                "displayTitle": title,
                "event": event,
                "status": status,
                "conclusion": conclusion,
                "headBranch": branch,
                "createdAt": f"{created:%Y-%m-%dT%H:%M:%S}Z",
                "updatedAt": f"{updated.floor('s'):%Y-%m-%dT%H:%M:%S}Z",
                "runAttempt": attempt,
                "actor": actor,
                "run_duration_ms": duration,
            }
        )
    out = pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)
    out["run_duration_ms"] = out["run_duration_ms"].astype("Int64")
    return out


def _gh_ci(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["workflowName"] == "CI"]


def _gh_fail_rate(base: str) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = _gh_ci(df)
        if base == "completed":
            d = d[d["status"] == "completed"]
        elif base == "decided":
            d = d[d["conclusion"].isin(["success", "failure"])]
        return float((d["conclusion"] == "failure").mean())

    return rate


def _gh_retried(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["runAttempt"] > 1]


_GH_QS = [
    Q(
        "how many runs does each workflow have",
        _count(lambda df: df["workflowName"].value_counts().sort_index().to_numpy()),
        ("workflowName",),
    ),
    Q(
        "whats the failure rate for ci",
        either(
            _share(_gh_fail_rate("all")),
            _share(_gh_fail_rate("completed")),
            _share(_gh_fail_rate("decided")),
        ),
        ("workflowName", "conclusion", "status"),
    ),
    Q(
        "and how long does a ci run usually take, in minutes",
        either(
            _about(lambda df: _gh_ci(df)["run_duration_ms"].mean() / 60000),
            _about(lambda df: _gh_ci(df)["run_duration_ms"].median() / 60000),
            _about(lambda df: _gh_ci(df).loc[_gh_ci(df)["conclusion"] == "success", "run_duration_ms"].mean() / 60000),
        ),
        ("workflowName", "run_duration_ms", "conclusion", "status"),
    ),
    Q(
        "which month had the most failed runs",
        _lead(month_year(lambda df: pd.Timestamp(_top(_gh_failed_months(df))))),
        ("createdAt", "conclusion"),
    ),
    Q(
        "how many runs had to be re-run",
        _count(lambda df: len(_gh_retried(df))),
        ("runAttempt",),
    ),
    Q(
        "who started the most of those",
        _lead(_named(lambda df: _top(_gh_retried(df)["actor"].value_counts()))),
        ("runAttempt", "actor"),
    ),
]


def _gh_failed_months(df: pd.DataFrame) -> pd.Series:
    d = df[df["conclusion"] == "failure"]
    months = pd.to_datetime(d["createdAt"]).dt.tz_localize(None).dt.to_period("M").dt.to_timestamp()
    return months.value_counts()


# --- 3. Evernote ENEX export ---------------------------------------------------------------------------------------

_EN_BOOKS = {
    "Inbox": (22, 180, ["todo", "idea", "later"]),
    "Work": (20, 420, ["meeting", "project", "todo", "1on1"]),
    "Recipes": (12, 350, ["recipe", "dinner", "baking", "vegetarian"]),
    "Travel": (8, 260, ["travel", "japan", "italy", "packing"]),
    "Journal": (10, 640, ["journal", "family", "health"]),
    "Reading": (14, 1400, ["article", "tech", "finance", "later"]),
    "Projects": (8, 520, ["project", "idea", "house"]),
    "Receipts": (6, 40, ["receipt", "tax", "house"]),
}
_EN_WORDS = ["Notes", "Ideas", "Plan", "Meeting", "Recipe", "Trip", "Thoughts", "List", "Draft", "Summary"]
_EN_TOPICS = ["Q3 budget", "garden", "pasta", "Kyoto", "kitchen remodel", "reading list", "team offsite", "taxes"]
_EN_TOPICS += ["sourdough", "podcast", "car insurance", "birthday", "React hooks", "index funds", "Lisbon"]
_EN_SITES = ["nytimes.com", "medium.com", "seriouseats.com", "wikipedia.org", "theverge.com", "arstechnica.com"]


def _enex(t: pd.Timestamp) -> str:
    return f"{t:%Y%m%dT%H%M%S}Z"


def _evernote_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23703)
    years = list(range(2012, 2025))
    year_w = [4, 6, 9, 11, 12, 10, 8, 7, 9, 6, 5, 5, 4]
    rows = []
    for _ in range(960):
        book = _one(rng, list(_EN_BOOKS), [v[0] for v in _EN_BOOKS.values()])
        _, words, tags = _EN_BOOKS[book]
        year = int(_one(rng, years, year_w))
        created = pd.Timestamp(year, 1, 1) + pd.Timedelta(seconds=int(rng.integers(0, 364 * 86400)))
        updated = created + pd.Timedelta(seconds=int(rng.exponential(40 * 86400)))
        if book == "Reading":
            source = _one(rng, ["web.clip", "mobile.iphone", "desktop.mac"], [80, 10, 10])
        elif book == "Receipts":
            source = _one(rng, ["mail.smtp", "mobile.android", "mobile.iphone"], [50, 25, 25])
        else:
            source = _one(rng, ["desktop.mac", "desktop.win", "mobile.iphone", "mobile.android", "web.clip"])
        url = ""
        if source == "web.clip" and rng.random() < 0.85:
            url = f"https://www.{_one(rng, _EN_SITES)}/{_hex(rng, 6)}"
        elif rng.random() < 0.03:
            url = f"https://{_one(rng, _EN_SITES)}/"
        k = int(_one(rng, [0, 1, 2, 3], [35, 35, 20, 10]))
        tag_list = list(rng.choice(tags, min(k, len(tags)), replace=False)) if k else []
        reminder = done = ""
        if rng.random() < 0.09:
            when = created + pd.Timedelta(days=int(rng.integers(1, 30)))
            reminder = _enex(when)
            if rng.random() < 0.6:
                done = _enex(when + pd.Timedelta(hours=int(rng.integers(1, 72))))
        attach = int(rng.poisson(1.4)) + 1 if book == "Receipts" else int(rng.poisson(0.35))
        rows.append(
            {
                "Title": f"{_one(rng, _EN_TOPICS)} {_one(rng, _EN_WORDS).lower()}".capitalize()
                if rng.random() < 0.95
                else "Untitled Note",
                "Notebook": book,
                "Tags": ", ".join(str(t) for t in tag_list),
                "Created": _enex(created),
                "Updated": _enex(updated),
                "Word Count": int(rng.lognormal(np.log(words), 0.7)),
                "Attachments": attach,
                "Source": source,
                "Source URL": url,
                "Reminder Time": reminder,
                "Reminder Done Time": done,
                "Author": "" if rng.random() < 0.12 else ("Dana Whitfield" if source != "web.clip" else "dana.w"),
            }
        )
    return pd.DataFrame(rows)


def _en_tags(df: pd.DataFrame) -> pd.Series:
    tags = df["Tags"].dropna().astype(str).str.split(",").explode().str.strip()
    return tags[tags != ""].value_counts()


_EN_QS = [
    Q(
        "how many notes are in each notebook",
        _count(lambda df: df["Notebook"].value_counts().sort_index().to_numpy()),
        ("Notebook",),
    ),
    Q(
        "which notebook has the longest notes on average",
        either(
            _lead(_named(lambda df: _top(df.groupby("Notebook")["Word Count"].mean()))),
            _lead(_named(lambda df: _top(df.groupby("Notebook")["Word Count"].median()))),
        ),
        ("Notebook", "Word Count"),
    ),
    Q(
        "how many of my notes are web clippings",
        _count(lambda df: int((df["Source"] == "web.clip").sum())),
        ("Source", "Source URL"),
    ),
    Q(
        "what tag do i use the most",
        _lead(_named(lambda df: _top(_en_tags(df)))),
        ("Tags",),
    ),
    Q(
        "which year did i create the most notes",
        _lead(
            _year(lambda df: int(_top(pd.to_datetime(df["Created"], format="%Y%m%dT%H%M%SZ").dt.year.value_counts())))
        ),
        ("Created",),
    ),
    Q(
        "how many reminders havent been marked done",
        _count(lambda df: int((~_blank(df["Reminder Time"]) & _blank(df["Reminder Done Time"])).sum())),
        ("Reminder Time", "Reminder Done Time"),
    ),
]


# --- 4. Codewars completed kata ------------------------------------------------------------------------------------

_CW_RANKS = {"8 kyu": 18, "7 kyu": 25, "6 kyu": 30, "5 kyu": 14, "4 kyu": 8, "3 kyu": 2.5, "2 kyu": 1.2}
_CW_RANKS |= {"1 kyu": 0.5, "1 dan": 0.3}
_CW_HONOR = {"8 kyu": 2, "7 kyu": 3, "6 kyu": 8, "5 kyu": 20, "4 kyu": 40, "3 kyu": 80, "2 kyu": 150, "1 kyu": 300}
_CW_HONOR |= {"1 dan": 500}
_CW_A = ["Sum", "Reverse", "Count", "Find", "Sort", "Decode", "Simple", "Valid", "Unique", "Longest", "Binary"]
_CW_A += ["Missing", "Highest", "Square", "Rot13", "Persistent", "Duplicate", "Morse", "Snail", "Roman"]
_CW_B = ["Digits", "Words", "Vowels", "Array", "Strings", "Numbers", "Primes", "Parentheses", "Letters", "Bits"]
_CW_B += ["Matrix", "Pairs", "Intervals", "Numerals", "Bugger", "Code", "Sequence", "Path", "Anagrams", "Score"]
_CW_TAGS = ["Fundamentals", "Strings", "Algorithms", "Arrays", "Mathematics", "Data Structures", "Regular Expressions"]
_CW_TAGS += ["Puzzles", "Logic", "Sorting", "Recursion", "Games"]
_CW_LANGS = {"python": 55, "javascript": 18, "python,javascript": 11, "sql": 7, "typescript": 4, "rust": 3}
_CW_LANGS |= {"javascript,python": 2}


def _codewars_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23704)
    ranks = list(_CW_RANKS)
    start, end = pd.Timestamp("2021-03-01"), pd.Timestamp("2024-10-31")
    rows = []
    names: set[str] = set()
    while len(rows) < 640:
        name = f"{_one(rng, _CW_A)} {_one(rng, _CW_B)}"
        if rng.random() < 0.3:
            name += f" {_one(rng, ['II', '#2', 'Kata', 'Challenge', '(Easy)'])}"
        if name in names:
            continue
        names.add(name)
        rank = _one(rng, ranks, list(_CW_RANKS.values()))
        level = ranks.index(rank)
        when = start + (end - start) * float(rng.uniform(0, 1) ** 0.8)
        length = int(rng.lognormal(np.log(90 * 1.45**level), 0.45))
        minutes = int(max(2, rng.lognormal(np.log(6 * 1.6**level), 0.55) + length / 60))
        rows.append(
            {
                "id": _hex(rng, 24),
                "name": name,
                "slug": re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
                "completedAt": f"{when:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z",
                "completedLanguages": _one(rng, list(_CW_LANGS), list(_CW_LANGS.values())),
                "rank": rank,
                "tags": ", ".join(str(t) for t in rng.choice(_CW_TAGS, int(rng.integers(1, 4)), replace=False)),
                "attempts": 1 + int(rng.poisson(0.6 + 0.9 * level)),
                "solution_length": length,
                "time_spent_minutes": minutes,
                "honor_earned": _CW_HONOR[rank] + (int(rng.integers(0, 3)) if rng.random() < 0.2 else 0),
            }
        )
    return pd.DataFrame(rows)


def _cw_year(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return df[pd.to_datetime(df["completedAt"]).dt.year == year]


_CW_QS = [
    Q(
        "how many katas did i solve in python",
        _count(lambda df: int(df["completedLanguages"].astype(str).str.contains("python").sum())),
        ("completedLanguages",),
    ),
    Q(
        "what rank do i solve the most",
        _lead(_named(lambda df: _top(df["rank"].value_counts()))),
        ("rank",),
    ),
    Q(
        "average time spent per rank",
        _about(lambda df: df.groupby("rank")["time_spent_minutes"].mean().to_numpy()),
        ("rank", "time_spent_minutes"),
    ),
    Q(
        "do longer solutions take more time? correlation",
        _corr(lambda df: df["solution_length"], lambda df: df["time_spent_minutes"]),
        ("solution_length", "time_spent_minutes"),
    ),
    Q(
        "how many did i finish in 2023",
        _count(lambda df: len(_cw_year(df, 2023))),
        ("completedAt",),
    ),
    Q(
        "and how much honor did those earn me",
        _count(lambda df: int(_cw_year(df, 2023)["honor_earned"].sum())),
        ("completedAt", "honor_earned"),
    ),
]


# --- 5. State ABC licence list -------------------------------------------------------------------------------------

_ABC_TYPES = {
    "20 - Off Sale Beer & Wine": 26,
    "21 - Off Sale General": 20,
    "41 - On Sale Beer & Wine - Eating Place": 24,
    "47 - On Sale General - Eating Place": 19,
    "48 - On Sale General - Public Premises": 7,
    "02 - Winegrower": 4,
}
_ABC_COUNTIES = {
    "LOS ANGELES": (30, ["LOS ANGELES", "LONG BEACH", "PASADENA", "SANTA MONICA", "GLENDALE"], "19", "900"),
    "SAN DIEGO": (12, ["SAN DIEGO", "CHULA VISTA", "OCEANSIDE", "ESCONDIDO"], "37", "921"),
    "ORANGE": (10, ["ANAHEIM", "SANTA ANA", "IRVINE", "HUNTINGTON BEACH"], "30", "926"),
    "SAN FRANCISCO": (8, ["SAN FRANCISCO"], "38", "941"),
    "SANTA CLARA": (7, ["SAN JOSE", "SANTA CLARA", "SUNNYVALE", "PALO ALTO"], "43", "951"),
    "SACRAMENTO": (6, ["SACRAMENTO", "ELK GROVE", "FOLSOM"], "34", "958"),
    "RIVERSIDE": (6, ["RIVERSIDE", "PALM SPRINGS", "TEMECULA"], "33", "925"),
    "NAPA": (4, ["NAPA", "ST HELENA", "CALISTOGA", "YOUNTVILLE"], "28", "945"),
    "SONOMA": (4, ["SANTA ROSA", "HEALDSBURG", "SONOMA", "PETALUMA"], "49", "954"),
    "FRESNO": (5, ["FRESNO", "CLOVIS"], "10", "937"),
}
_ABC_CHAINS = ["7-ELEVEN INC", "SAFEWAY INC", "CVS PHARMACY INC", "WALGREEN CO", "CHEVRON STATIONS INC"]
_ABC_CHAINS += ["TARGET CORPORATION", "TRADER JOE'S COMPANY", "BEVMO HOLDINGS LLC"]
_ABC_FIRST = ["MARIA ELENA", "JOSE", "DAVID", "KIM", "NGUYEN", "PATRICIA", "RAJ", "SUNG HO", "ANA", "MICHAEL"]
_ABC_LAST = ["GARCIA", "NGUYEN", "KIM", "SMITH", "PATEL", "LOPEZ", "CHEN", "MARTINEZ", "PARK", "SINGH"]
_ABC_STREETS = ["MAIN ST", "BROADWAY", "EL CAMINO REAL", "MISSION ST", "1ST AVE", "OAK AVE", "CENTRAL AVE"]


def _abc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23705)
    types = list(_ABC_TYPES)
    counties = list(_ABC_COUNTIES)
    numbers = rng.choice(np.arange(100_000, 700_000), 2600, replace=False)
    rows = []
    for number in sorted(numbers):
        ltype = _one(rng, types, list(_ABC_TYPES.values()))
        if ltype.startswith("02"):
            county = _one(rng, counties, [3, 1, 1, 1, 2, 1, 3, 20, 18, 2])
        else:
            county = _one(rng, counties, [v[0] for v in _ABC_COUNTIES.values()])
        _, cities, code, zip3 = _ABC_COUNTIES[county]
        city = _one(rng, cities)
        issued = pd.Timestamp("1962-01-01") + pd.Timedelta(days=int(rng.uniform(0, 1) ** 0.55 * 22_600))
        expires = pd.Timestamp("2024-07-01") + pd.Timedelta(days=int(rng.integers(0, 540)))
        status = _one(rng, ["ACTIVE", "SUSPENSION", "SUREND", "PEND INACT"], [88, 2, 6, 4])
        if ltype.startswith(("20", "21")) and rng.random() < 0.35:
            owner = _one(rng, _ABC_CHAINS)
        elif rng.random() < 0.5:
            owner = f"{_one(rng, _ABC_LAST)}, {_one(rng, _ABC_FIRST)}"
        else:
            kind = _one(rng, ["ENTERPRISES", "HOSPITALITY", "FOODS"])
            owner = f"{_one(rng, _ABC_LAST)} {kind} {_one(rng, ['LLC', 'INC'])}"
        zipc = f"{zip3}{int(rng.integers(0, 100)):02d}"
        if rng.random() < 0.4:
            zipc += f"-{int(rng.integers(1000, 10000))}"
        on_sale = "On Sale" in ltype
        rows.append(
            {
                "License Number": int(number),
                "Status": status,
                "License Type": ltype,
                "Orig Iss Date": f"{issued:%m/%d/%Y}",
                "Expir Date": f"{expires:%m/%d/%Y}",
                "Primary Owner": owner,
                "Prem Addr 1": f"{int(rng.integers(1, 9999))} {_one(rng, _ABC_STREETS)}",
                "Prem City": city,
                "Prem Zip": zipc,
                "County": county,
                "Census Tract": f"{int(rng.integers(1, 9000)):04d}.{int(rng.integers(0, 100)):02d}"
                if rng.random() > 0.06
                else "",
                "Conditions": "Y" if rng.random() < (0.38 if on_sale else 0.18) else "N",
                "Geo Code": f"{code}{int(rng.integers(1, 99)):02d}",
            }
        )
    return pd.DataFrame(rows)


def _abc_dates(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(df[col], format="%m/%d/%Y")


def _abc_type_name(df: pd.DataFrame) -> str:
    return _top(df["License Type"].value_counts()).split(" - ", 1)[1]


_ABC_QS = [
    Q(
        "how many active licenses are there",
        _count(lambda df: int((df["Status"] == "ACTIVE").sum())),
        ("Status",),
    ),
    Q(
        "which type of license is most common",
        _lead(_named(_abc_type_name)),
        ("License Type",),
    ),
    Q(
        "which county has the most on-sale licenses",
        _lead(_named(lambda df: _top(df.loc[df["License Type"].str.contains("On Sale"), "County"].value_counts()))),
        ("County", "License Type"),
    ),
    Q(
        "what percent of licenses come with conditions",
        _share(lambda df: (df["Conditions"] == "Y").mean()),
        ("Conditions",),
    ),
    Q(
        "how many expire in 2025",
        _count(lambda df: int((_abc_dates(df, "Expir Date").dt.year == 2025).sum())),
        ("Expir Date",),
    ),
    Q(
        "when was the oldest license thats still active issued",
        _day(lambda df: _abc_dates(df[df["Status"] == "ACTIVE"], "Orig Iss Date").min()),
        ("Orig Iss Date", "Status", "License Number"),
    ),
]


# --- 6. EDDMapS occurrence export ----------------------------------------------------------------------------------

_ED_SPECIES = {
    "Japanese Knotweed": ("Reynoutria japonica", "Plants", 16, 6),
    "Tree-of-Heaven": ("Ailanthus altissima", "Plants", 15, 7),
    "Emerald Ash Borer": ("Agrilus planipennis", "Insects", 11, 7),
    "Spotted Lanternfly": ("Lycorma delicatula", "Insects", 22, 9),
    "Garlic Mustard": ("Alliaria petiolata", "Plants", 13, 5),
    "Kudzu": ("Pueraria montana var. lobata", "Plants", 8, 8),
    "Zebra Mussel": ("Dreissena polymorpha", "Aquatic Invertebrates", 6, 8),
    "Purple Loosestrife": ("Lythrum salicaria", "Plants", 9, 7),
}
_ED_STATES = {
    "Pennsylvania": (40.9, -77.8, ["Berks", "Lancaster", "Chester", "Allegheny", "Centre", "Montgomery"]),
    "New Jersey": (40.2, -74.6, ["Mercer", "Hunterdon", "Somerset", "Warren", "Burlington"]),
    "New York": (42.9, -75.5, ["Albany", "Erie", "Monroe", "Onondaga", "Westchester"]),
    "Ohio": (40.3, -82.8, ["Franklin", "Cuyahoga", "Hamilton", "Summit"]),
    "Virginia": (37.5, -78.8, ["Frederick", "Fairfax", "Loudoun", "Albemarle"]),
    "Maryland": (39.0, -76.8, ["Frederick", "Baltimore", "Montgomery", "Cecil"]),
    "Michigan": (43.6, -84.7, ["Kent", "Oakland", "Washtenaw", "Ingham"]),
    "Georgia": (32.7, -83.4, ["Fulton", "Cobb", "Clarke", "Bibb"]),
}
_ED_STATE_W = {
    "Spotted Lanternfly": [40, 25, 12, 6, 10, 12, 2, 0],
    "Kudzu": [4, 3, 2, 5, 18, 6, 1, 45],
    "Zebra Mussel": [8, 4, 25, 22, 2, 3, 36, 0],
}
_ED_SUBJECTS = {name: 3003 + 611 * k for k, name in enumerate(_ED_SPECIES)}
_ED_REPORTERS = ["Jane Miller", "PA iMapInvasives", "Mark Ostrowski", "NJ Forest Service", "Tom Becker", "L. Reyes"]
_ED_REPORTERS += ["Ohio DNR", "Karen Walsh", "Sam Idris", "Virginia Master Naturalists", "Ben Hollis", "A. Kwon"]


def _eddmaps_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23706)
    names = list(_ED_SPECIES)
    states = list(_ED_STATES)
    rows = []
    for i in range(3200):
        common = _one(rng, names, [v[2] for v in _ED_SPECIES.values()])
        sci, cat, _, peak = _ED_SPECIES[common]
        state = _one(rng, states, _ED_STATE_W.get(common, [18, 10, 16, 14, 12, 9, 12, 9]))
        lat, lon, counties = _ED_STATES[state]
        first = 2018 if common == "Spotted Lanternfly" else 2015
        year = int(rng.integers(first, 2025))
        month = int(np.clip(round(rng.normal(peak, 1.6)), 1, 12))
        day = int(rng.integers(1, 29))
        abundance = _one(rng, ["Single", "Scattered", "Dense", "Dominant", ""], [14, 28, 20, 8, 30])
        area: Any = ""
        unit = ""
        if rng.random() < (0.8 if cat == "Plants" else 0.15):
            unit = _one(rng, ["Acres", "Square Feet", "Hectares"], [50, 35, 15])
            acres = float(rng.lognormal(-1.5, 1.4)) * (4 if common == "Kudzu" else 1)
            area = {"Acres": round(acres, 2), "Square Feet": round(acres * 43560), "Hectares": round(acres / 2.4711, 2)}
            area = area[unit]
            if area == 0:
                area = 0.01
        rows.append(
            {
                "objectid": 1_000_000 + i * 7 + int(rng.integers(0, 7)),
                "SubjectNumber": _ED_SUBJECTS[common],
                "Scientific Name": sci,
                "Common Name": common,
                "Category": cat,
                "Observation Date": f"{month:02d}/{day:02d}/{year}",
                "State": state,
                "County": _one(rng, counties),
                "Latitude": round(lat + float(rng.normal(0, 0.6)), 5),
                "Longitude": round(lon + float(rng.normal(0, 0.9)), 5),
                "Abundance": abundance,
                "Infested Area": area,
                "Infested Area Units": unit,
                "Verified": "Verified" if rng.random() < 0.71 else "Unverified",
                "Reporter": _one(rng, _ED_REPORTERS),
            }
        )
    return pd.DataFrame(rows)


def _ed_slf(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Common Name"] == "Spotted Lanternfly"]


def _ed_kudzu_acres(df: pd.DataFrame) -> float:
    d = df[(df["Common Name"] == "Kudzu") & df["Infested Area"].notna()]
    factor = d["Infested Area Units"].map({"Acres": 1.0, "Square Feet": 1 / 43560, "Hectares": 2.47105})
    return float((pd.to_numeric(d["Infested Area"]) * factor).sum())


_ED_QS = [
    Q(
        "how many spotted lanternfly reports are there",
        _count(lambda df: len(_ed_slf(df))),
        ("Common Name", "Scientific Name"),
    ),
    Q(
        "which state has the most of them",
        _lead(_named(lambda df: _top(_ed_slf(df)["State"].value_counts()))),
        ("Common Name", "Scientific Name", "State"),
    ),
    Q(
        "what share of all the reports are verified",
        _share(lambda df: (df["Verified"] == "Verified").mean()),
        ("Verified",),
    ),
    Q(
        "what time of year do most sightings happen, which month",
        _lead(
            _month_of_year(
                lambda df: int(_top(pd.to_datetime(df["Observation Date"], format="%m/%d/%Y").dt.month.value_counts()))
            )
        ),
        ("Observation Date",),
    ),
    Q(
        "total infested area for kudzu in acres",
        _about(_ed_kudzu_acres, rel=0.01),
        ("Common Name", "Infested Area", "Infested Area Units", "Scientific Name"),
    ),
    Q(
        "how many reports dont say how abundant it was",
        _count(lambda df: int(_blank(df["Abundance"]).sum())),
        ("Abundance",),
    ),
]


# --- 7. City purchasing-card transactions --------------------------------------------------------------------------

_PC_CATS = {
    "RESTAURANTS": (20, 3.7, ["CHIPOTLE 1184", "PANERA BREAD #402", "JERSEY MIKES 2231", "DOMINOS 6612", "LOCAL DELI"]),
    "OFFICE SUPPLY STORES": (16, 4.1, ["STAPLES 00123", "OFFICE DEPOT #1123", "AMAZON MKTPLACE PMTS"]),
    "AIRLINES": (5, 5.9, ["SOUTHWEST AIRLINES", "DELTA AIR LINES", "UNITED AIRLINES"]),
    "HARDWARE STORES": (18, 4.4, ["HOME DEPOT #6612", "LOWES #01842", "ACE HARDWARE 0412", "GRAINGER"]),
    "COMPUTER SOFTWARE STORES": (8, 5.3, ["ADOBE *ACROPRO SUBS", "MICROSOFT*365", "ZOOM.US", "DOCUSIGN INC"]),
    "HOTELS/MOTELS": (6, 5.8, ["MARRIOTT DOWNTOWN", "HILTON GARDEN INN", "HAMPTON INN"]),
    "MISC GENERAL MERCHANDISE": (14, 4.0, ["AMAZON.COM", "WALMART SUPERCENTER", "TARGET 00021", "COSTCO WHSE #0455"]),
    "AUTOMOTIVE PARTS STORES": (7, 4.5, ["NAPA AUTO PARTS", "O'REILLY AUTO 3320", "AUTOZONE 1423"]),
    "TRAINING/EDUCATION": (6, 5.5, ["GFOA CONFERENCE", "ICMA TRAINING", "FRED PRYOR SEMINARS"]),
}
_PC_DEPTS = {
    "POLICE": 18,
    "FIRE": 14,
    "PUBLIC WORKS": 22,
    "PARKS & RECREATION": 15,
    "LIBRARY": 7,
    "INFORMATION TECHNOLOGY": 10,
    "WATER UTILITIES": 10,
    "CITY MANAGER": 4,
}
_PC_LAST = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ"]
_PC_LAST += ["HERNANDEZ", "LOPEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE", "JACKSON", "MARTIN", "LEE"]
_PC_DESC = {
    "RESTAURANTS": ["STAFF MEETING LUNCH", "TRAINING MEALS", "VOLUNTEER APPRECIATION"],
    "OFFICE SUPPLY STORES": ["OFFICE SUPPLIES", "TONER", "PAPER"],
    "AIRLINES": ["CONFERENCE TRAVEL", "AIRFARE"],
    "HARDWARE STORES": ["REPAIR PARTS", "TOOLS", "FACILITY MAINT SUPPLIES"],
    "COMPUTER SOFTWARE STORES": ["SOFTWARE SUBSCRIPTION", "LICENSE RENEWAL"],
    "HOTELS/MOTELS": ["LODGING - CONFERENCE", "HOTEL"],
    "MISC GENERAL MERCHANDISE": ["SUPPLIES", "PROGRAM SUPPLIES", "EQUIPMENT"],
    "AUTOMOTIVE PARTS STORES": ["VEHICLE PARTS", "FLEET REPAIR"],
    "TRAINING/EDUCATION": ["REGISTRATION", "TRAINING"],
}


def _pcard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23707)
    depts = list(_PC_DEPTS)
    holders = []
    for _ in range(70):
        holders.append(
            (f"{_one(rng, _PC_LAST)}, {_one(rng, list('ABCDEJKLMRST'))}", _one(rng, depts, list(_PC_DEPTS.values())))
        )
    cats = list(_PC_CATS)
    start, end = pd.Timestamp("2022-07-01"), pd.Timestamp("2024-06-26")
    rows = []
    for _ in range(4300):
        holder, dept = holders[int(rng.integers(len(holders)))]
        weights = [v[0] for v in _PC_CATS.values()]
        if dept in ("PUBLIC WORKS", "WATER UTILITIES"):
            weights = [
                w * (3 if c in ("HARDWARE STORES", "AUTOMOTIVE PARTS STORES") else 1)
                for c, w in zip(cats, weights, strict=True)
            ]
        cat = _one(rng, cats, weights)
        _, mu, vendors = _PC_CATS[cat]
        when = start + pd.Timedelta(days=int(rng.integers(0, (end - start).days)))
        if when.month in (5, 6) and rng.random() < 0.25:
            when = start + pd.Timedelta(days=int(rng.integers(0, (end - start).days)))
        posted = when + pd.Timedelta(days=int(rng.integers(1, 4)))
        amount = round(float(rng.lognormal(mu, 0.8)), 2)
        if when.month == 6:
            amount = round(amount * 1.35, 2)
        if rng.random() < 0.045:
            amount = -round(amount * float(rng.uniform(0.2, 1)), 2)
        fy = posted.year + (1 if posted.month >= 7 else 0)
        rows.append(
            {
                "Transaction Date": f"{when:%m/%d/%Y}",
                "Posting Date": f"{posted:%m/%d/%Y}",
                "Department": dept,
                "Cardholder": holder,
                "Vendor Name": _one(rng, vendors),
                "Merchant Category": cat,
                "Description": "REFUND" if amount < 0 and rng.random() < 0.5 else _one(rng, _PC_DESC[cat]),
                "Amount": amount,
                "Fiscal Year": fy,
                "Fiscal Period": (posted.month - 7) % 12 + 1,
            }
        )
    return pd.DataFrame(rows)


def _pc_top_vendors(gross: bool) -> Callable[[pd.DataFrame], list[str]]:
    def top(df: pd.DataFrame) -> list[str]:
        d = df[df["Amount"] > 0] if gross else df
        return list(d.groupby("Vendor Name")["Amount"].sum().sort_values(ascending=False, kind="stable").index[:5])

    return top


def _pc_month(col: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(df: pd.DataFrame) -> pd.Timestamp:
        m = pd.to_datetime(df[col], format="%m/%d/%Y").dt.to_period("M").dt.to_timestamp()
        return pd.Timestamp(_top(df["Amount"].groupby(m).sum()))

    return month


def _pc_restaurants(df: pd.DataFrame) -> pd.Series:
    return df.loc[df["Merchant Category"] == "RESTAURANTS", "Amount"]


_PC_QS = [
    Q(
        "how much was spent in total",
        either(
            _scaled(lambda df: df["Amount"].sum(), [1e3, 1e6]),
            _scaled(lambda df: df.loc[df["Amount"] > 0, "Amount"].sum(), [1e3, 1e6]),
        ),
        ("Amount",),
    ),
    Q(
        "which department spends the most",
        _lead(_named(lambda df: _top(df.groupby("Department")["Amount"].sum()))),
        ("Department", "Amount"),
    ),
    Q(
        "top 5 vendors by spend",
        either(_all_named(_pc_top_vendors(False)), _all_named(_pc_top_vendors(True))),
        ("Vendor Name", "Amount"),
    ),
    Q(
        "how many refunds were there",
        _count(lambda df: int((df["Amount"] < 0).sum())),
        ("Amount", "Description"),
    ),
    Q(
        "whats the average restaurant charge",
        either(
            _about(lambda df: _pc_restaurants(df).mean()),
            _about(lambda df: _pc_restaurants(df)[_pc_restaurants(df) > 0].mean()),
        ),
        ("Merchant Category", "Amount"),
    ),
    Q(
        "which month had the highest spending",
        either(
            _lead(month_year(_pc_month("Transaction Date"))),
            _lead(month_year(_pc_month("Posting Date"))),
        ),
        ("Transaction Date", "Posting Date", "Amount", "Fiscal Year", "Fiscal Period"),
    ),
]


HELDOUT237: list[Dataset] = [
    Dataset("proxmox_cluster_resources", _proxmox_frame, _PX_QS),
    Dataset("github_actions_run_list", _actions_frame, _GH_QS),
    Dataset("evernote_enex_notes", _evernote_frame, _EN_QS),
    Dataset("codewars_completed_kata", _codewars_frame, _CW_QS),
    Dataset("abc_active_licenses", _abc_frame, _ABC_QS),
    Dataset("eddmaps_invasive_occurrences", _eddmaps_frame, _ED_QS),
    Dataset("city_pcard_transactions", _pcard_frame, _PC_QS),
]
