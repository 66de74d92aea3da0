"""HELDOUT96: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of public files a person downloads and brings along: a Monzo bank statement export
(MonzoDataExport, 2023, one row per transaction, newest last) with "tx_0000..." ids, "14/03/2023" dates and
"08:41:12" times, Type as Card payment / Faster payment / Pot transfer / Direct Debit / Bacs (Direct Credit), the
payee or shop Name, an Emoji, Category (Groceries, Eating out, Transport, Bills, Shopping, Entertainment, Income,
Transfers), a signed Amount in GBP (spending negative), Currency, Local amount and Local currency (EUR and USD on
holidays abroad), mostly blank "Notes and #tags", Address for card payments, an upper-case card Description, and
Money Out (negative, blank for money coming in) beside Money In (blank for spending); a YouTube watch history from
Google Takeout flattened from watch-history.json (about 3,000 rows, newest first) with header "YouTube", title
"Watched <video title>", titleUrl, subtitles.name (the channel) and subtitles.url, time as
"2023-03-14T10:22:31.123Z" (UTC, milliseconds sometimes missing), products "YouTube", activityControls, ads as rows
with details.name "From Google Ads" (no channel) and removed videos as "Watched a video that has been removed" with no
link or channel; an Asana project export (about 650 rows, subtasks included) with 16-digit Task ID, Created At,
Completed At (blank while open), Last Modified and Start Date / Due Date as "2023-03-14" (Start Date mostly blank),
Name, Section/Column, Assignee (blank when unassigned) and Assignee Email, comma-separated Tags, Notes, Projects,
Parent task (the parent's name for subtasks), "Blocked By (Dependencies)" as task ids and Priority High / Medium / Low
(often blank); a Google Analytics 4 "Pages and screens" export with its seven "#" comment lines and a blank line above
the header (so the frame's header is the first comment line and the table sits below), then Page path and screen
class, Views, Users, Views per user and Average engagement time in seconds with full float precision, Event count,
Conversions and Total revenue, and a "Grand total" row right under the header; an IMF World Economic Outlook
April 2023 extract (wide: one row per country and subject, 89 countries and four subjects NGDP_RPCH, PCPIPCH, LUR and
GGXWDG_NGDP) with WEO Country Code, ISO, WEO Subject Code, Country, Subject Descriptor, Units, Scale (blank for
percentages), Country/Series-specific Notes, one text column per year 1980-2028 holding "1,234.56"-style numbers and
"n/a", Estimates Start After, and the database's footer line as the last row; the CPSC NEISS 2023 sample with
CPSC_Case_Number, Treatment_Date "01/05/2023", Age in years (201-223 meaning 1-23 months for babies under two), Sex
1 male / 2 female, Race and Other_Race, Hispanic, Body_Part and Diagnosis codes (with Other_Diagnosis text, mostly
blank second body part and diagnosis), Disposition 1-9, Location, Fire_Involvement, Alcohol and Drug flags,
Product_1 codes with Product_2 and Product_3 usually 0, an upper-case Narrative "24YOM FELL OFF LADDER ...",
Stratum, PSU and the national Weight; and FBref's Premier League 2022-23 player standard stats (about 560 rows,
players who moved club mid-season listed once per club) with Rk, Player, Nation "eng ENG" (a few blank), Pos "MF,FW",
Squad, Age "25-123" (years-days), Born, MP, Starts, Min as "1,234", 90s, Gls, Ast, G+A, G-PK, PK, PKatt, CrdY,
CrdR, xG, npxG, xAG, npxG+xAG, PrgC, PrgP, PrgR, the per-90 columns Gls.1, Ast.1, G+A.1, G-PK.1, G+A-PK, xG.1,
xAG.1, xG+xAG, npxG.1, npxG+xAG.1 and the "Matches" link column. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .heldout38 import _draw
from .heldout39 import _clock
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _num(s: pd.Series) -> pd.Series:
    """Numbers written as text ("1,234.56", "n/a", "£3.20", blanks) as floats."""
    text = s.astype("string").str.replace(r"[,£$\s]", "", regex=True)
    return pd.to_numeric(text.replace({"n/a": None, "": None, "--": None}), errors="coerce").astype(float)


def _money(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount of money, its sign ignored ("-£1,234.50", "1234.5", "£1.2k"), to within 0.5% or a penny."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = abs(float(value(df)))
        found = [abs(f) for f in _found(answer)]
        found += [abs(f) * 1000 for f in map(float, re.findall(r"(\d+(?:\.\d+)?)\s*k\b", answer, re.IGNORECASE))]
        if any(abs(f - want) <= max(0.005 * want, 0.011) for f in found):
            return None
        return f"missing amount {want:.2f}"

    return check


def _digits(rng: np.random.Generator, n: int, alphabet: str) -> str:
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), n))


# --- 1. Monzo bank export (MonzoDataExport_*.csv) ------------------------------------------------------------------

_MZ_COLUMNS = [
    "Transaction ID",
    "Date",
    "Time",
    "Type",
    "Name",
    "Emoji",
    "Category",
    "Amount",
    "Currency",
    "Local amount",
    "Local currency",
    "Notes and #tags",
    "Address",
    "Description",
    "Money Out",
    "Money In",
]
# category: card merchants as "name|emoji|address|typical spend:weight"
_MZ_SHOPS: dict[str, str] = {
    "Groceries": "Tesco|🛒|12 High Street, London, E17 7JY|24:9;Sainsbury's|🛒|Selborne Rd, London, E17 7JR|31:7;"
    "Lidl|🛒|Blackhorse Rd, London, E17 6SL|18:6;Co-op Food|🛒|Hoe St, London, E17 4QW|9:5;"
    "M&S Simply Food|🛒|Liverpool St Station, London, EC2M 7PY|12:3",
    "Eating out": "Pret A Manger|☕️|Moorgate, London, EC2Y 9AE|7:8;Nando's|🍗|Westfield, London, E20 1EJ|19:3;"
    "Deliveroo|🛵|London|26:5;Costa Coffee|☕️|Walthamstow, London, E17 7JN|4:6;Wagamama|🍜|Spitalfields, "
    "London, E1 6EW|22:3;Greggs|🥐|Hoe St, London, E17 4QW|4:5",
    "Transport": "Transport for London|🚇|London|3:16;Uber|🚕|London|14:4;Trainline|🚆|London|38:2",
    "Shopping": "Amazon|📦|Online|23:8;Boots|💊|Oxford St, London, W1C 1DH|11:3;Uniqlo|👕|Oxford St, London, "
    "W1C 2HL|35:2;Argos|🛍|Walthamstow, London, E17 7JR|28:2",
    "Entertainment": "Netflix|🎬|Online|10.99:1;Spotify|🎧|Online|11.99:1;Vue Cinema|🎬|Westfield, London, "
    "E20 1EJ|12:3;Steam|🎮|Online|15:2",
}
_MZ_BILLS = [
    ("Octopus Energy", "⚡️", 96.0),
    ("Thames Water", "💧", 38.5),
    ("Waltham Forest Council", "🏛", 142.0),
    ("Vodafone", "📱", 22.0),
    ("Hyperoptic", "🌐", 30.0),
]


def _monzo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9601)
    rows: list[dict[str, Any]] = []
    shops = {c: [x.rsplit(":", 1) for x in t.split(";")] for c, t in _MZ_SHOPS.items()}
    trips = [
        (pd.Timestamp(2023, 5, 12), pd.Timestamp(2023, 5, 18), "EUR", 1.15),
        (pd.Timestamp(2023, 9, 2), pd.Timestamp(2023, 9, 10), "USD", 1.26),
    ]

    def add(day: pd.Timestamp, kind: str, name: str, emoji: str, cat: str, amount: float, **extra: Any) -> None:
        t = day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 23 * 3600)))
        rows.append(
            {
                "when": t,
                "Type": kind,
                "Name": name,
                "Emoji": emoji,
                "Category": cat,
                "Amount": round(amount, 2),
                "Currency": "GBP",
                "Local amount": extra.get("local", round(amount, 2)),
                "Local currency": extra.get("cur", "GBP"),
                "Notes and #tags": extra.get("notes"),
                "Address": extra.get("address"),
                "Description": extra.get("desc", name.upper()),
            }
        )

    for day in pd.date_range("2023-01-01", "2023-12-31"):
        abroad = next((tr for tr in trips if tr[0] <= day <= tr[1]), None)
        n = int(rng.poisson(2.6))
        for _ in range(n):
            cat = _draw(rng, "Groceries:5;Eating out:6;Transport:6;Shopping:3;Entertainment:1")
            shop = shops[cat][int(rng.choice(len(shops[cat]), p=_w(shops[cat])))]
            name, emoji, address, typical = shop[0].split("|")
            amt = float(typical) if "." in typical else max(1.2, float(rng.gamma(3.0, float(typical) / 3.0)))
            if cat == "Eating out" and day.month == 12:
                amt *= 1.8
            extra: dict[str, Any] = {"address": None if address in ("Online", "London") else address}
            if abroad is not None and cat in ("Eating out", "Transport", "Shopping"):
                local = round(amt * abroad[3], 2)
                name = _one(rng, ["Café Central", "Metro Ticket", "Pharmacie", "Trattoria Roma"])
                if abroad[2] == "USD":
                    name = _one(rng, ["Starbucks", "MTA", "CVS Pharmacy", "Joe's Pizza"])
                extra = {"local": -local, "cur": abroad[2], "address": None, "desc": name.upper()}
            if rng.random() < 0.04:
                extra["notes"] = _one(rng, ["#work", "#holiday", "lunch with sam", "#split"])
            add(day, "Card payment", name, emoji, cat, -amt, **extra)
        if day.day == 1:
            for name, emoji, amt in _MZ_BILLS:
                add(day, "Direct Debit", name, emoji, "Bills", -round(amt * float(rng.uniform(0.9, 1.15)), 2))
        if day.day == 28:
            add(day, "Bacs (Direct Credit)", "ACME LTD", "💼", "Income", 2860.0 + float(rng.integers(0, 40)) * 5)
            add(day, "Pot transfer", "Savings", "🐷", "Transfers", -300.0, desc="pot_0000" + _digits(rng, 14, "AB0123"))
        if rng.random() < 0.05:
            who = _one(rng, ["Sam Patel", "Jo Wright", "Mum", "Chris Obi"])
            amt = round(float(rng.uniform(8, 60)), 2)
            sign = 1 if rng.random() < 0.55 else -1
            add(
                day,
                "Faster payment",
                who,
                None,
                "Income" if sign > 0 else "Transfers",
                sign * amt,
                notes=_one(rng, ["dinner", "tickets", "rent top up", None]),
            )
        if rng.random() < 0.02:
            add(day, "Pot transfer", "Savings", "🐷", "Transfers", round(float(rng.uniform(50, 400)), 0))
    frame = pd.DataFrame(rows).sort_values("when", kind="stable", ignore_index=True)
    frame["Transaction ID"] = [
        "tx_0000" + _digits(rng, 18, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
        for _ in range(len(frame))
    ]
    frame["Date"] = frame["when"].dt.strftime("%d/%m/%Y")
    frame["Time"] = frame["when"].dt.strftime("%H:%M:%S")
    frame["Money Out"] = frame["Amount"].where(frame["Amount"] < 0)
    frame["Money In"] = frame["Amount"].where(frame["Amount"] > 0)
    return frame[_MZ_COLUMNS]


def _w(options: list[list[str]]) -> np.ndarray:
    w = np.asarray([float(o[1]) for o in options])
    return w / w.sum()


def _mz(d: pd.DataFrame) -> pd.DataFrame:
    m = d.copy()
    m["Category"], m["Type"], m["Name"] = _text(m["Category"]), _text(m["Type"]), _text(m["Name"])
    m["Amount"] = _num(m["Amount"])
    m["day"] = pd.to_datetime(m["Date"], format="%d/%m/%Y")
    return m


def _mz_spend(cat: str) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        m = _mz(d)
        return m[(m["Category"] == cat) & (m["Amount"] < 0)]

    return rows


def _mz_abroad(d: pd.DataFrame) -> pd.DataFrame:
    m = _mz(d)
    return m[_text(m["Local currency"]) != "GBP"]


def _mz_top_shop(d: pd.DataFrame) -> str:
    m = _mz(d)
    card = m[(m["Type"] == "Card payment") & (m["Amount"] < 0)]
    return _top(-card.groupby("Name")["Amount"].sum())


_MZ_ID = ("Transaction ID", "Date", "Time")
_MONZO_QS = [
    Q(
        "how much did i spend on groceries this year",
        _money(lambda d: float(_mz_spend("Groceries")(d)["Amount"].sum())),
        (*_MZ_ID, "Category", "Amount", "Money Out"),
    ),
    Q(
        "which month did i spend the most on eating out",
        _lead(
            _month_year(
                lambda d: pd.Period(
                    _top(
                        -_mz_spend("Eating out")(d)
                        .groupby(_mz_spend("Eating out")(d)["day"].dt.to_period("M"))["Amount"]
                        .sum()
                    ),
                    "M",
                ).to_timestamp()
            )
        ),
        (*_MZ_ID, "Category", "Amount", "Money Out"),
    ),
    Q(
        "what shop do i spend the most money at on my card",
        _lead(_named(_mz_top_shop)),
        (*_MZ_ID, "Name", "Type", "Amount", "Money Out"),
    ),
    Q(
        "how much money came in altogether",
        either(
            _money(lambda d: float(_num(d["Money In"]).sum())),
            _money(
                lambda d: float(_mz(d).loc[lambda m: (m["Category"] == "Income") & (m["Amount"] > 0), "Amount"].sum())
            ),
            _money(
                lambda d: float(_mz(d).loc[lambda m: (m["Type"] != "Pot transfer") & (m["Amount"] > 0), "Amount"].sum())
            ),
        ),
        (*_MZ_ID, "Money In", "Amount", "Category", "Type"),
    ),
    Q(
        "how many payments weren't in pounds",
        _count(lambda d: float(len(_mz_abroad(d)))),
        (*_MZ_ID, "Local currency", "Currency", "Local amount"),
    ),
    Q(
        "and how much did those cost me in gbp",
        _money(lambda d: float(_mz_abroad(d)["Amount"].sum())),
        (*_MZ_ID, "Local currency", "Currency", "Local amount", "Amount", "Money Out"),
    ),
]


# --- 2. YouTube watch history (Google Takeout watch-history.json, flattened) ---------------------------------------

# channel: weight, video title stems ("|" between them)
_YT_CHANNELS: dict[str, tuple[float, str]] = {
    "MrBeast": (6, "I Survived 7 Days In An Abandoned City|$1 vs $1,000,000 Hotel Room!|Last To Leave Circle Wins"),
    "Veritasium": (
        7,
        "The Surprising Secret of Synchronization|Why No One Has Measured The Speed Of Light|"
        "The Bizarre Behavior of Rotating Bodies",
    ),
    "Mark Rober": (5, "Squirrel Ninja Warrior Course 3.0|Glitterbomb Trap Catches Phone Scammer|Egg Drop From Space"),
    "Kurzgesagt – In a Nutshell": (6, "What If You Fell Into a Black Hole?|The Immune System Explained|Is Meat Bad?"),
    "Marques Brownlee": (8, "iPhone 15 Pro Review: Good Not Great|Galaxy S23 Ultra Review|The Best Tech of 2023"),
    "Tasty": (4, "Easy Dinner Recipes|4 Ways To Cook Chicken|One-Pot Pasta"),
    "Joshua Weissman": (6, "But Cheaper: Big Mac|Perfect Homemade Pizza|The Best Fried Chicken"),
    "Lofi Girl": (9, "lofi hip hop radio 📚 - beats to relax/study to|synthwave radio 🌌 - beats to chill/game to"),
    "Ali Abdaal": (5, "How I Manage My Time|The Best Note-Taking App|How to Study for Exams"),
    "Fireship": (10, "100+ Web Development Things you Should Know|Rust in 100 Seconds|God-Tier Developer Roadmap"),
    "The Athletic FC": (3, "Why Arsenal Are Top|How Haaland Scores|Tactics Explained"),
    "Sky Sports Premier League": (
        7,
        "Man City 4-1 Arsenal | Premier League Highlights|Liverpool 7-0 Man Utd | Highlights",
    ),
    "Linus Tech Tips": (8, "I Built The Cheapest Gaming PC|This Is The Fastest SSD|We Fixed Our Server"),
    "NileRed": (3, "Making Plastic From Milk|Turning Gloves Into Grape Soda|Extracting Caffeine"),
    "Great Big Story": (2, "The Last Blacksmith|A Town Without Cars|The Art of Ramen"),
    "ColdFusion": (4, "The Rise and Fall of FTX|What Happened to Nokia|ChatGPT Explained"),
}
_YT_ADVERTISERS = "Grammarly;Squarespace;NordVPN;Audible;Duolingo;Skillshare;HelloFresh"


def _youtube_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9602)
    names = list(_YT_CHANNELS)
    weights = np.asarray([_YT_CHANNELS[c][0] for c in names])
    ids = {
        c: "UC" + _digits(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for c in names
    }
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-06-01", tz="UTC")
    for _ in range(3000):
        day = start + pd.Timedelta(days=int(rng.integers(0, 580)))
        if day.month in (11, 12, 1):
            day = start + pd.Timedelta(days=int(rng.integers(0, 580)))  # winter evenings in, summer less
        hour = int(_draw(rng, "7:2;8:3;12:5;13:4;17:4;18:5;19:7;20:9;21:11;22:8;23:5;0:3;1:1"))
        t = day.normalize() + pd.Timedelta(
            hours=hour, seconds=int(rng.integers(0, 3600)), milliseconds=int(rng.integers(0, 1000))
        )
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
        if rng.random() < 0.04:
            stamp = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        vid = _digits(rng, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        row: dict[str, Any] = {
            "header": "YouTube",
            "time": stamp,
            "products": "YouTube",
            "activityControls": "YouTube watch history",
        }
        r = rng.random()
        if r < 0.07:
            brand = _draw(rng, ";".join(f"{a}:1" for a in _YT_ADVERTISERS.split(";")))
            row |= {
                "title": f"Watched {brand} - Ad",
                "titleUrl": f"https://www.youtube.com/watch?v={vid}",
                "details.name": "From Google Ads",
            }
        elif r < 0.09:
            row |= {"title": "Watched a video that has been removed"}
        else:
            ch = names[int(rng.choice(len(names), p=weights / weights.sum()))]
            title = _one(rng, _YT_CHANNELS[ch][1].split("|"))
            row |= {
                "title": f"Watched {title}",
                "titleUrl": f"https://www.youtube.com/watch?v={vid}",
                "subtitles.name": ch,
                "subtitles.url": f"https://www.youtube.com/channel/{ids[ch]}",
            }
        row["when"] = t
        rows.append(row)
    frame = pd.DataFrame(rows).sort_values("when", ascending=False, kind="stable", ignore_index=True)
    cols = [
        "header",
        "title",
        "titleUrl",
        "subtitles.name",
        "subtitles.url",
        "time",
        "products",
        "details.name",
        "activityControls",
    ]
    return frame[cols]


def _yt(d: pd.DataFrame, ads: bool = True) -> pd.DataFrame:
    y = d.copy()
    y["when"] = pd.to_datetime(y["time"], format="ISO8601", utc=True)
    if not ads:
        y = y[_text(y["details.name"]) != "From Google Ads"]
    return y


def _yt_month(ads: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(d: pd.DataFrame) -> pd.Timestamp:
        y = _yt(d, ads)
        counts = y["when"].dt.tz_localize(None).dt.to_period("M").astype(str).value_counts()
        return pd.Timestamp(_top(counts) + "-01")

    return month


def _yt_in_month(ads: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        y = _yt(d, ads)
        m = _yt_month(ads)(d)
        return float(((y["when"].dt.year == m.year) & (y["when"].dt.month == m.month)).sum())

    return count


_YT_ID = ("title", "time")
_YOUTUBE_QS = [
    Q(
        "how many videos have i watched",
        either(
            _count(lambda d: float(len(_yt(d, False)))),
            _count(lambda d: float(len(d))),
            _count(lambda d: float((_text(d["subtitles.name"]) != "").sum())),
        ),
        (*_YT_ID, "details.name", "titleUrl", "header"),
    ),
    Q(
        "which channel do i watch the most",
        _lead(_named(lambda d: _top(_text(d["subtitles.name"]).loc[lambda s: s != ""].value_counts()))),
        (*_YT_ID, "subtitles.name"),
    ),
    Q(
        "how many ads did i see",
        _count(lambda d: float((_text(d["details.name"]) == "From Google Ads").sum())),
        (*_YT_ID, "details.name"),
    ),
    Q(
        "what time of day do i usually watch stuff",
        either(
            _lead(_clock(lambda d: int(_top(_yt(d, False)["when"].dt.hour.value_counts())))),
            _lead(_clock(lambda d: int(_top(_yt(d)["when"].dt.hour.value_counts())))),
        ),
        ("time",),
    ),
    Q(
        "which month did i watch the most",
        either(_lead(_month_year(_yt_month(False))), _lead(_month_year(_yt_month(True)))),
        ("time", "details.name"),
    ),
    Q(
        "how many videos was that",
        either(_count(_yt_in_month(False)), _count(_yt_in_month(True))),
        ("time", "details.name", "title"),
    ),
]


# --- 3. Asana project export (<project>.csv) ------------------------------------------------------------------------

_AS_PEOPLE = "Priya Shah:6;Tom Becker:5;Ana Lopez:4;Kwame Mensah:4;Jess Taylor:3;Lee Chen:2"
_AS_SECTIONS = "Backlog:3;To do:3;In progress:2;In review:1;Done:5"
_AS_VERBS = "Fix;Update;Design;Write;Review;Set up;Migrate;Test;Draft;Plan"
_AS_THINGS = (
    "onboarding flow;pricing page;billing webhook;Q2 roadmap;login bug;email templates;dashboard filters;"
    "API rate limits;release notes;customer survey;analytics events;mobile nav;search results;CSV export;"
    "SSO settings;help centre articles;status page;invoice PDFs"
)
_AS_TAGS = "bug;frontend;backend;design;docs;customer-request;tech-debt"


def _asana_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9603)
    rows: list[dict[str, Any]] = []
    base = 1203400000000000
    for i in range(650):
        created = pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(rng.integers(0, 300)))
        prio = _draw(rng, "High:2;Medium:4;Low:3;:3")
        who = _draw(rng, _AS_PEOPLE + ";:3")
        section = _draw(rng, _AS_SECTIONS)
        speed = {"High": 6.0, "Medium": 12.0, "Low": 20.0, "": 14.0}[prio]
        done = created + pd.Timedelta(days=int(rng.gamma(1.6, speed / 1.6)) + 1)
        is_done = section == "Done" or (rng.random() < 0.35 and done < pd.Timestamp("2023-11-01"))
        if done > pd.Timestamp("2023-12-15"):
            is_done = False
        if is_done:
            section = "Done"
        due = created + pd.Timedelta(days=int(rng.integers(3, 30))) if rng.random() < 0.75 else None
        start = created + pd.Timedelta(days=int(rng.integers(0, 4))) if rng.random() < 0.15 else None
        modified = (done if is_done else created) + pd.Timedelta(days=int(rng.integers(0, 20)))
        tags = ",".join(sorted({str(_one(rng, _AS_TAGS.split(";"))) for _ in range(int(rng.integers(0, 3)))}))
        name = f"{_one(rng, _AS_VERBS.split(';'))} {_one(rng, _AS_THINGS.split(';'))}"
        parent = str(rows[int(rng.integers(0, i))]["Name"]) if i > 20 and rng.random() < 0.15 else None
        blocked = str(rows[int(rng.integers(0, i))]["Task ID"]) if i > 20 and rng.random() < 0.08 else None
        rows.append(
            {
                "Task ID": base + i * 137 + int(rng.integers(0, 100)),
                "Created At": f"{created:%Y-%m-%d}",
                "Completed At": f"{done:%Y-%m-%d}" if is_done else None,
                "Last Modified": f"{modified:%Y-%m-%d}",
                "Name": name,
                "Section/Column": section,
                "Assignee": who or None,
                "Assignee Email": who.lower().replace(" ", ".") + "@brightloop.io" if who else None,
                "Start Date": f"{start:%Y-%m-%d}" if start is not None else None,
                "Due Date": f"{due:%Y-%m-%d}" if due is not None else None,
                "Tags": tags or None,
                "Notes": _one(
                    rng,
                    [
                        None,
                        None,
                        None,
                        "See Slack thread",
                        "Blocked on design sign-off",
                        "Customer: Northwind",
                        "Repro steps in Loom",
                    ],
                ),
                "Projects": "Product Launch 2023" if rng.random() < 0.9 else "Product Launch 2023,Website",
                "Parent task": parent,
                "Blocked By (Dependencies)": blocked,
                "Priority": prio or None,
            }
        )
    return pd.DataFrame(rows)


def _as(d: pd.DataFrame) -> pd.DataFrame:
    a = d.copy()
    for c in ("Created At", "Completed At", "Due Date"):
        a[c] = pd.to_datetime(a[c], format="%Y-%m-%d")
    a["Assignee"], a["Priority"] = _text(a["Assignee"]), _text(a["Priority"])
    return a


def _as_days(how: str) -> Callable[[pd.DataFrame], float]:
    def days(d: pd.DataFrame) -> float:
        a = _as(d).dropna(subset=["Completed At"])
        return float(getattr((a["Completed At"] - a["Created At"]).dt.days, how)())

    return days


_AS_ID = ("Task ID", "Name")
_ASANA_QS = [
    Q(
        "how many tasks are still open",
        _count(lambda d: float(_as(d)["Completed At"].isna().sum())),
        (*_AS_ID, "Completed At", "Section/Column"),
    ),
    Q(
        "who's got the most tasks",
        _lead(_named(lambda d: _top(_as(d).loc[lambda a: a["Assignee"] != "", "Assignee"].value_counts()))),
        (*_AS_ID, "Assignee", "Assignee Email"),
    ),
    Q(
        "on average how many days does it take to finish a task",
        either(_about(_as_days("mean"), rel=0.02), _about(_as_days("median"), rel=0.02)),
        (*_AS_ID, "Created At", "Completed At"),
    ),
    Q(
        "how many tasks got done after their due date",
        _count(lambda d: float((_as(d)["Completed At"] > _as(d)["Due Date"]).sum())),
        (*_AS_ID, "Completed At", "Due Date"),
    ),
    Q(
        "what percent of tasks are high priority",
        either(
            _share(lambda d: float((_as(d)["Priority"] == "High").mean())),
            _share(lambda d: float((_as(d)["Priority"] == "High").sum() / (_as(d)["Priority"] != "").sum())),
        ),
        (*_AS_ID, "Priority"),
    ),
    Q(
        "and how many of those are still not done?",
        _count(lambda d: float(((_as(d)["Priority"] == "High") & _as(d)["Completed At"].isna()).sum())),
        (*_AS_ID, "Priority", "Completed At", "Section/Column"),
    ),
]


# --- 4. Google Analytics 4 "Pages and screens" export ---------------------------------------------------------------

_GA_COLUMNS = [
    "Page path and screen class",
    "Views",
    "Users",
    "Views per user",
    "Average engagement time",
    "Event count",
    "Conversions",
    "Total revenue",
]
_GA_PREAMBLE = [
    "# ----------------------------------------",
    "# Pages and screens: Page path and screen class",
    "# Account: Brightloop",
    "# Property: brightloop.io - GA4",
    "# Start date: 20230101",
    "# End date: 20230331",
    "# ----------------------------------------",
]
_GA_FIXED = {
    "/": 42000,
    "/pricing": 9800,
    "/features": 6100,
    "/signup": 5200,
    "/checkout": 2100,
    "/checkout/success": 900,
    "/about": 1500,
    "/contact": 1300,
    "/blog": 4800,
    "/login": 7400,
    "/docs": 3900,
    "/careers": 700,
}
_GA_WORDS = (
    "how;to;build;a;dashboard;in;python;guide;best;tools;for;small;teams;2023;pricing;strategy;customer;"
    "retention;email;templates;onboarding;checklist;analytics;tips;remote;work;product;launch;saas;metrics"
)


def _ga_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9604)
    words = _GA_WORDS.split(";")
    pages: dict[str, float] = dict(_GA_FIXED)
    while len(pages) < 420:
        kind = _draw(rng, "/blog/:6;/docs/:3;/integrations/:1")
        slug = "-".join(str(_one(rng, words)) for _ in range(int(rng.integers(2, 6))))
        pages.setdefault(kind + slug, float(rng.lognormal(5.0, 1.3)))
    body = []
    for path, base in pages.items():
        views = int(max(1, round(base * float(rng.uniform(0.85, 1.15)))))
        users = max(1, round(views / float(rng.uniform(1.05, 2.4))))
        engage = float(rng.gamma(4.0, 12.0)) * (1.6 if path.startswith(("/blog/", "/docs")) else 1.0)
        conv_rate = 0.002 + (0.03 if path in ("/signup", "/checkout", "/pricing") else 0.0) + engage / 40000
        conv = int(rng.binomial(users, min(conv_rate, 0.9)))
        if path == "/checkout/success":
            conv = users
        revenue = round(conv * 49.0, 2) if path == "/checkout/success" else 0.0
        events = int(views * float(rng.uniform(3.0, 7.0)))
        body.append([path, views, users, views / users, engage, events, conv, revenue])
    table = pd.DataFrame(body, columns=_GA_COLUMNS)
    table = table.sort_values("Views", ascending=False, kind="stable", ignore_index=True)
    total_users = int(table["Users"].sum() * 0.62)
    grand = [
        "Grand total",
        int(table["Views"].sum()),
        total_users,
        table["Views"].sum() / total_users,
        float((table["Average engagement time"] * table["Users"]).sum() / total_users),
        int(table["Event count"].sum()),
        int(table["Conversions"].sum()),
        float(table["Total revenue"].sum()),
    ]
    width = len(_GA_COLUMNS)
    top = [[line] + [None] * (width - 1) for line in _GA_PREAMBLE[1:]] + [[None] * width]
    rows = [*top, _GA_COLUMNS, grand, *table.astype(object).to_numpy().tolist()]
    return pd.DataFrame(rows, columns=pd.Index([_GA_PREAMBLE[0]] + [""] * (width - 1)))


def _ga(d: pd.DataFrame, total: bool = False) -> pd.DataFrame:
    """The pages table under its real header (without the Grand total row unless asked), numbers read."""
    first = _text(d.iloc[:, 0])
    at = int(np.flatnonzero(first.to_numpy() == "Page path and screen class")[0])
    frame = d.iloc[at + 1 :].copy()
    frame.columns = [str(x) for x in d.iloc[at]]
    frame["Page path and screen class"] = _text(frame["Page path and screen class"])
    for c in _GA_COLUMNS[1:]:
        frame[c] = _num(frame[c])
    if not total:
        frame = frame[frame["Page path and screen class"] != "Grand total"]
    return frame.reset_index(drop=True)


def _ga_grand(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ga(d, True).set_index("Page path and screen class").loc["Grand total", col])


def _path(value: Callable[[pd.DataFrame], str]) -> Check:
    """A page path as written ("/pricing"), or the home page by name for "/"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = value(df)
        if want == "/" and re.search(r"home\s?page|\bhome\b|`/`|\"/\"|'/'|(?<![\w/])/(?![\w/-])(?! \w)", answer, re.I):
            return None
        if re.search(rf"(?<![\w/-]){re.escape(want)}(?![\w/-])", answer):
            return None
        return f"missing page {want!r}"

    return check


_GA_PAGE = ("Page path and screen class",)
_GA_QS = [
    Q(
        "how many page views did we get in total",
        _count(lambda d: float(_ga(d)["Views"].sum())),
        (*_GA_PAGE, "Views"),
    ),
    Q(
        "which page has the most users",
        _lead(_path(lambda d: _top(_ga(d).set_index("Page path and screen class")["Users"]))),
        (*_GA_PAGE, "Users"),
    ),
    Q(
        "what's the average engagement time",
        either(
            _about(_ga_grand("Average engagement time"), rel=0.01),
            _about(lambda d: float(_ga(d)["Average engagement time"].mean()), rel=0.01),
            _about(
                lambda d: float((_ga(d)["Average engagement time"] * _ga(d)["Users"]).sum() / _ga(d)["Users"].sum()),
                rel=0.01,
            ),
        ),
        (*_GA_PAGE, "Average engagement time", "Users"),
    ),
    Q(
        "how many pages got more than 1000 views",
        _count(lambda d: float((_ga(d)["Views"] > 1000).sum())),
        (*_GA_PAGE, "Views"),
    ),
    Q(
        "what share of views went to blog posts",
        either(
            _share(
                lambda d: float(
                    _ga(d).loc[lambda g: g[_GA_PAGE[0]].str.startswith("/blog/"), "Views"].sum() / _ga(d)["Views"].sum()
                )
            ),
            _share(
                lambda d: float(
                    _ga(d).loc[lambda g: g[_GA_PAGE[0]].str.startswith("/blog"), "Views"].sum() / _ga(d)["Views"].sum()
                )
            ),
        ),
        (*_GA_PAGE, "Views"),
    ),
    Q(
        "do pages where people stay longer get more conversions?",
        _corr(lambda d: _ga(d)["Average engagement time"], lambda d: _ga(d)["Conversions"]),
        (*_GA_PAGE, "Average engagement time", "Conversions"),
    ),
]


# --- 5. IMF World Economic Outlook extract (WEOApr2023all) ----------------------------------------------------------

# country: WEO code, ISO, growth, inflation, unemployment (None: not reported), debt % GDP
_WEO_COUNTRIES: dict[str, tuple[int, str, float, float, float | None, float]] = {
    "Argentina": (213, "ARG", 1.5, 60.0, 8.5, 85),
    "Australia": (193, "AUS", 2.6, 2.8, 5.4, 45),
    "Austria": (122, "AUT", 1.6, 2.0, 5.5, 78),
    "Bangladesh": (513, "BGD", 6.3, 6.0, None, 38),
    "Belgium": (124, "BEL", 1.5, 2.0, 7.0, 104),
    "Brazil": (223, "BRA", 2.2, 6.0, 10.0, 80),
    "Canada": (156, "CAN", 2.1, 2.2, 7.0, 95),
    "Chile": (228, "CHL", 3.5, 3.5, 7.5, 30),
    "China": (924, "CHN", 8.0, 2.5, 4.2, 60),
    "Colombia": (233, "COL", 3.6, 5.0, 10.5, 55),
    "Czech Republic": (935, "CZE", 2.2, 2.5, 4.5, 40),
    "Denmark": (128, "DNK", 1.6, 1.8, 5.5, 35),
    "Egypt": (469, "EGY", 4.3, 10.0, 10.0, 90),
    "Ethiopia": (644, "ETH", 8.5, 12.0, None, 45),
    "Finland": (172, "FIN", 1.8, 1.8, 7.5, 70),
    "France": (132, "FRA", 1.3, 1.6, 8.5, 110),
    "Germany": (134, "DEU", 1.4, 1.7, 5.0, 65),
    "Ghana": (652, "GHA", 5.5, 14.0, None, 80),
    "Greece": (174, "GRC", 0.5, 1.8, 17.0, 180),
    "Hungary": (944, "HUN", 2.3, 4.0, 5.0, 75),
    "India": (534, "IND", 6.3, 6.5, None, 83),
    "Indonesia": (536, "IDN", 5.0, 5.5, 5.5, 39),
    "Ireland": (178, "IRL", 4.5, 1.6, 8.0, 45),
    "Israel": (436, "ISR", 3.5, 1.8, 4.5, 62),
    "Italy": (136, "ITA", 0.4, 1.8, 9.5, 142),
    "Japan": (158, "JPN", 0.8, 0.4, 3.2, 235),
    "Kenya": (664, "KEN", 5.0, 7.0, None, 68),
    "Korea": (542, "KOR", 3.5, 2.0, 3.5, 52),
    "Malaysia": (548, "MYS", 4.8, 2.2, 3.5, 66),
    "Mexico": (273, "MEX", 2.0, 4.5, 3.8, 54),
    "Morocco": (686, "MAR", 3.5, 1.5, 10.5, 69),
    "Netherlands": (138, "NLD", 1.7, 1.8, 4.5, 50),
    "New Zealand": (196, "NZL", 2.7, 2.2, 4.5, 40),
    "Nigeria": (694, "NGA", 4.0, 13.0, None, 38),
    "Norway": (142, "NOR", 1.8, 2.3, 3.8, 42),
    "Pakistan": (564, "PAK", 4.0, 9.0, 6.5, 75),
    "Peru": (293, "PER", 4.0, 3.0, 7.0, 33),
    "Philippines": (566, "PHL", 5.5, 3.5, 5.0, 58),
    "Poland": (964, "POL", 3.8, 3.0, 5.0, 50),
    "Portugal": (182, "PRT", 1.0, 1.6, 9.0, 112),
    "Romania": (968, "ROU", 3.5, 5.0, 5.5, 47),
    "Saudi Arabia": (456, "SAU", 3.0, 2.0, 6.0, 25),
    "Singapore": (576, "SGP", 4.5, 1.8, 2.5, 165),
    "South Africa": (199, "ZAF", 1.5, 5.0, 28.0, 72),
    "Spain": (184, "ESP", 1.5, 1.8, 15.0, 112),
    "Sri Lanka": (524, "LKA", 4.5, 7.0, 4.8, 110),
    "Sudan": (732, "SDN", 1.5, 60.0, None, 190),
    "Sweden": (144, "SWE", 2.0, 1.6, 7.5, 33),
    "Switzerland": (146, "CHE", 1.7, 0.5, 4.5, 40),
    "Thailand": (578, "THA", 3.0, 1.5, 1.0, 60),
    "Türkiye": (186, "TUR", 4.5, 25.0, 10.5, 35),
    "Ukraine": (926, "UKR", 1.0, 12.0, 9.0, 80),
    "United Arab Emirates": (466, "ARE", 3.5, 2.0, None, 30),
    "United Kingdom": (112, "GBR", 1.6, 2.2, 4.5, 101),
    "United States": (111, "USA", 2.2, 2.3, 4.0, 122),
    "Venezuela": (299, "VEN", -3.0, 180.0, None, 240),
    "Vietnam": (582, "VNM", 6.2, 4.0, 2.3, 36),
    "Zimbabwe": (698, "ZWE", 2.5, 90.0, None, 98),
    "Algeria": (612, "DZA", 2.8, 5.0, 11.5, 50),
    "Angola": (614, "AGO", 3.0, 20.0, None, 70),
    "Bolivia": (218, "BOL", 4.0, 4.0, 5.0, 70),
    "Bulgaria": (918, "BGR", 2.5, 3.0, 6.0, 23),
    "Cambodia": (522, "KHM", 6.5, 3.0, None, 35),
    "Costa Rica": (238, "CRI", 3.5, 3.0, 10.5, 65),
    "Croatia": (960, "HRV", 1.8, 2.0, 9.0, 70),
    "Dominican Republic": (243, "DOM", 5.0, 4.5, 6.0, 58),
    "Ecuador": (248, "ECU", 2.5, 2.5, 4.5, 55),
    "Estonia": (939, "EST", 3.0, 3.0, 7.0, 18),
    "Guatemala": (258, "GTM", 3.5, 4.0, 2.5, 30),
    "Iceland": (176, "ISL", 2.8, 3.5, 4.5, 70),
    "Jamaica": (343, "JAM", 1.0, 6.0, 8.0, 95),
    "Jordan": (439, "JOR", 2.5, 2.5, 18.0, 90),
    "Kazakhstan": (916, "KAZ", 4.5, 8.0, 5.0, 24),
    "Lebanon": (446, "LBN", 1.0, 30.0, None, 150),
    "Lithuania": (946, "LTU", 3.0, 3.0, 8.0, 40),
    "Mongolia": (948, "MNG", 5.5, 8.0, 7.5, 75),
    "Mozambique": (688, "MOZ", 4.5, 7.0, None, 100),
    "Nepal": (558, "NPL", 4.5, 6.0, None, 40),
    "Panama": (283, "PAN", 5.5, 1.5, 7.0, 55),
    "Paraguay": (288, "PRY", 3.5, 4.0, 6.5, 38),
    "Qatar": (453, "QAT", 4.0, 2.5, 0.3, 50),
    "Serbia": (942, "SRB", 2.5, 5.0, 12.0, 55),
    "Slovak Republic": (936, "SVK", 2.8, 2.5, 8.5, 58),
    "Slovenia": (961, "SVN", 2.2, 2.0, 6.5, 70),
    "Tanzania": (738, "TZA", 6.0, 5.0, None, 40),
    "Tunisia": (744, "TUN", 2.0, 5.0, 15.0, 80),
    "Uganda": (746, "UGA", 5.5, 6.0, None, 48),
    "Uruguay": (298, "URY", 2.5, 7.5, 8.0, 62),
    "Zambia": (754, "ZMB", 4.0, 10.0, None, 110),
}
_WEO_SUBJECTS = [
    ("NGDP_RPCH", "Gross domestic product, constant prices", "Percent change"),
    ("PCPIPCH", "Inflation, average consumer prices", "Percent change"),
    ("LUR", "Unemployment rate", "Percent of total labor force"),
    ("GGXWDG_NGDP", "General government gross debt", "Percent of GDP"),
]
_WEO_YEARS = [str(y) for y in range(1980, 2029)]


def _weo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9605)
    rows: list[dict[str, Any]] = []
    shocks = {2009: -4.0, 2020: -6.5, 2021: 4.5}
    for country, (code, iso, growth, infl, unemp, debt) in sorted(_WEO_COUNTRIES.items()):
        est = int(_one(rng, [2021, 2022, 2022, 2022, 2023]))
        first = int(rng.integers(1980, 1996))
        for subject, descriptor, units in _WEO_SUBJECTS:
            values: list[float | None] = []
            level = {"NGDP_RPCH": growth, "PCPIPCH": infl, "LUR": unemp, "GGXWDG_NGDP": debt * 0.7}[subject]
            for y in range(1980, 2029):
                if level is None or y < first + (8 if subject in ("LUR", "GGXWDG_NGDP") else 0):
                    values.append(None)
                    continue
                if subject == "NGDP_RPCH":
                    v = growth + float(rng.normal(0, 1.8)) + shocks.get(y, 0.0) * (0.5 if country == "China" else 1)
                elif subject == "PCPIPCH":
                    boost = 2.5 if y == 2022 else (1.8 if y == 2023 else 1.0)
                    v = max(-1.5, infl * boost * float(rng.lognormal(0, 0.35)) + float(rng.normal(0, 0.6)))
                elif subject == "LUR":
                    v = max(0.5, float(unemp) + float(rng.normal(0, 1.2)) + (2.0 if y in (2009, 2020) else 0))
                else:
                    frac = (y - 1980) / 48
                    v = max(5.0, debt * (0.6 + 0.5 * frac) + float(rng.normal(0, 4)) + (10 if y >= 2020 else 0))
                values.append(v)
            if subject == "LUR" and unemp is not None and rng.random() < 0.15:
                values[-6:] = [None] * 6  # unemployment projections not published
            notes = (
                f"Source: National Statistics Office. Latest actual data: {est} Base year: 2015 "
                f"Primary domestic currency: {iso} Data last updated: 03/2023"
            )
            row = {
                "WEO Country Code": code,
                "ISO": iso,
                "WEO Subject Code": subject,
                "Country": country,
                "Subject Descriptor": descriptor,
                "Units": units,
                "Scale": None,
                "Country/Series-specific Notes": notes if level is not None else None,
            }
            for y, v in zip(_WEO_YEARS, values, strict=True):
                row[y] = "n/a" if v is None else f"{v:,.3f}"
            row["Estimates Start After"] = est if level is not None else "n/a"
            rows.append(row)
    footer = {"WEO Country Code": "International Monetary Fund, World Economic Outlook Database, April 2023"}
    return pd.DataFrame([*rows, footer])


def _weo(d: pd.DataFrame, subject: str) -> pd.DataFrame:
    w = d[_text(d["WEO Subject Code"]) == subject].copy()
    for y in _WEO_YEARS:
        w[y] = _num(w[y])
    return w.set_index("Country")


_WEO_ID = ("Country", "WEO Subject Code", "Subject Descriptor", "ISO", "Units")
_WEO_QS = [
    Q(
        "which country had the highest inflation in 2022",
        _lead(_named(lambda d: _top(_weo(d, "PCPIPCH")["2022"]))),
        (*_WEO_ID, "2022"),
    ),
    Q(
        "whats the average unemployment rate across countries in 2023",
        either(
            _about(lambda d: float(_weo(d, "LUR")["2023"].mean()), rel=0.005),
            _about(lambda d: float(_weo(d, "LUR")["2023"].median()), rel=0.005),
        ),
        (*_WEO_ID, "2023"),
    ),
    Q(
        "how many countries have government debt over 100% of gdp in 2023",
        _count(lambda d: float((_weo(d, "GGXWDG_NGDP")["2023"] > 100).sum())),
        (*_WEO_ID, "2023"),
    ),
    Q(
        "how much did germany's growth drop between 2019 and 2020",
        either(
            has(lambda d: _weo(d, "NGDP_RPCH").loc["Germany", ["2019", "2020"]].to_numpy(dtype=float), rel=0.002),
            _about(
                lambda d: float(
                    _weo(d, "NGDP_RPCH").loc["Germany", "2019"] - _weo(d, "NGDP_RPCH").loc["Germany", "2020"]
                ),
                rel=0.005,
            ),
        ),
        (*_WEO_ID, "2019", "2020"),
    ),
    Q(
        "which country had the fastest average gdp growth over 2010-2019",
        _lead(_named(lambda d: _top(_weo(d, "NGDP_RPCH")[[str(y) for y in range(2010, 2020)]].mean(axis=1)))),
        (*_WEO_ID, *[str(y) for y in range(2010, 2020)]),
    ),
    Q(
        "how many countries are missing an unemployment number for 2023",
        _count(lambda d: float(_weo(d, "LUR")["2023"].isna().sum())),
        (*_WEO_ID, "2023"),
    ),
]


# --- 6. CPSC NEISS 2023 (neiss2023.csv) ----------------------------------------------------------------------------

_NE_COLUMNS = [
    "CPSC_Case_Number",
    "Treatment_Date",
    "Age",
    "Sex",
    "Race",
    "Other_Race",
    "Hispanic",
    "Body_Part",
    "Diagnosis",
    "Other_Diagnosis",
    "Body_Part_2",
    "Diagnosis_2",
    "Other_Diagnosis_2",
    "Disposition",
    "Location",
    "Fire_Involvement",
    "Alcohol",
    "Drug",
    "Product_1",
    "Product_2",
    "Product_3",
    "Narrative",
    "Stratum",
    "PSU",
    "Weight",
]
# product code: weight, narrative pieces ("|" between), typical body parts and diagnoses
_NE_PRODUCTS: dict[int, tuple[float, str, str, str]] = {
    1842: (
        12,
        "FELL DOWN STAIRS AT HOME|TRIPPED GOING UP STAIRS|SLIPPED ON STAIRS",
        "37:3;75:3;79:2",
        "64:3;57:2;53:2",
    ),
    1807: (14, "FELL ON FLOOR AT HOME|SLIPPED AND FELL ON WET FLOOR", "75:4;76:2;79:2", "53:3;62:2;59:1"),
    4076: (8, "FELL OUT OF BED|ROLLED OFF BED", "75:4;76:3;31:1", "53:3;62:2;59:1"),
    5040: (7, "FELL OFF BICYCLE|CRASHED BIKE INTO CURB", "33:3;82:2;76:2;35:2", "57:3;59:2;53:2"),
    1205: (6, "JAMMED FINGER PLAYING BASKETBALL|ROLLED ANKLE PLAYING BASKETBALL", "92:3;37:4", "64:4;57:1"),
    3299: (5, "STRAINED BACK LIFTING WEIGHTS|INJURED SHOULDER WORKING OUT", "79:3;30:3", "64:5"),
    1893: (4, "SLAMMED FINGER IN DOOR|WALKED INTO DOOR", "92:4;76:2", "59:3;57:2;53:1"),
    4057: (4, "HIT HEAD ON TABLE|FELL AGAINST TABLE", "75:3;76:3", "59:3;53:2"),
    620: (3, "FELL OFF LADDER|FELL FROM LADDER WHILE CLEANING GUTTERS", "37:2;79:2;75:1;33:2", "57:4;53:2"),
    464: (5, "CUT HAND WITH KITCHEN KNIFE|LACERATED FINGER WHILE SLICING BAGEL WITH KNIFE", "92:4;82:3", "59:6"),
    1211: (3, "TACKLED PLAYING FOOTBALL|INJURED KNEE PLAYING FOOTBALL", "35:3;75:2", "64:3;52:2"),
}


def _neiss_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9606)
    codes = list(_NE_PRODUCTS)
    weights = np.asarray([_NE_PRODUCTS[c][0] for c in codes])
    rows: list[dict[str, Any]] = []
    strata = {"S": 16.2, "M": 48.6, "L": 73.9, "V": 15.1, "C": 5.7}
    for _ in range(3200):
        product = codes[int(rng.choice(len(codes), p=weights / weights.sum()))]
        text, parts, diags = _NE_PRODUCTS[product][1:]
        if product in (4076, 1807) and rng.random() < 0.3:
            months = int(rng.integers(1, 24))
            age, label = 200 + months, f"{months}MO"
        else:
            years = int(np.clip(rng.gamma(2.2, 17.0), 2, 99))
            if product in (1205, 1211, 5040):
                years = int(rng.integers(8, 35))
            age, label = years, f"{years}YO"
        sex = 1 if rng.random() < (0.52 if product != 1205 else 0.8) else 2
        day = pd.Timestamp(2023, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        if product in (5040, 1211) and rng.random() < 0.4:
            day = pd.Timestamp(2023, 6, 1) + pd.Timedelta(days=int(rng.integers(0, 92)))
        diag = int(_draw(rng, diags))
        dispo = int(_draw(rng, "1:85;2:2;4:8;5:1;6:2;8:0.3;9:0.2"))
        stratum = _draw(rng, "S:3;M:2;L:2;V:4;C:1")
        narrative = f"{label}{'M' if sex == 1 else 'F'} {_one(rng, text.split('|'))}"
        narrative += f" DX: {_one(rng, ['FX', 'LAC', 'SPRAIN', 'CONTUSION', 'HEAD INJURY', 'STRAIN'])}"
        race = int(_draw(rng, "0:25;1:45;2:18;3:4;4:3;5:1;6:1"))
        rows.append(
            {
                "CPSC_Case_Number": 230100000 + int(rng.integers(0, 9_000_000)),
                "Treatment_Date": f"{day:%m/%d/%Y}",
                "Age": age,
                "Sex": sex,
                "Race": race,
                "Other_Race": _one(rng, ["HISPANIC", "MULTIRACIAL"]) if race == 3 else None,
                "Hispanic": int(_draw(rng, "0:5;1:1;2:3")),
                "Body_Part": int(_draw(rng, parts)),
                "Diagnosis": diag,
                "Other_Diagnosis": "HEAD INJURY" if diag == 71 else None,
                "Body_Part_2": 76 if rng.random() < 0.06 else None,
                "Diagnosis_2": 59 if rng.random() < 0.06 else None,
                "Other_Diagnosis_2": None,
                "Disposition": dispo,
                "Location": int(_draw(rng, "1:55;0:20;4:5;5:6;8:4;9:10")),
                "Fire_Involvement": 0,
                "Alcohol": int(rng.random() < 0.04),
                "Drug": int(rng.random() < 0.03),
                "Product_1": product,
                "Product_2": int(_one(rng, [1807, 4057, 679])) if rng.random() < 0.12 else 0,
                "Product_3": 0,
                "Narrative": narrative,
                "Stratum": stratum,
                "PSU": int(rng.integers(1, 100)),
                "Weight": round(strata[stratum] * float(rng.uniform(0.95, 1.05)), 4),
            }
        )
    return pd.DataFrame(rows)[_NE_COLUMNS]


def _ne_years(d: pd.DataFrame) -> pd.Series:
    age = d["Age"].astype(float)
    return age.where(age < 200, (age - 200) / 12)


def _ne_stairs(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Narrative"]).str.upper().str.contains("STAIRS")]


_NE_ID = ("CPSC_Case_Number",)
_NEISS_QS = [
    Q(
        "how many injuries are in this file",
        either(_count(lambda d: float(len(d))), _count(lambda d: float(d["CPSC_Case_Number"].nunique()))),
        (*_NE_ID,),
    ),
    Q(
        "what's the average age of the patients",
        either(
            _about(lambda d: float(_ne_years(d).mean()), rel=0.01),
            _about(lambda d: float(_ne_years(d).median()), rel=0.01),
        ),
        (*_NE_ID, "Age"),
    ),
    Q(
        "which month had the most injuries",
        _lead(
            _month_year(
                lambda d: pd.Timestamp(
                    _top(pd.to_datetime(d["Treatment_Date"], format="%m/%d/%Y").dt.strftime("%Y-%m").value_counts())
                    + "-01"
                )
            )
        ),
        (*_NE_ID, "Treatment_Date"),
    ),
    Q(
        "how many involved stairs",
        _count(lambda d: float(len(_ne_stairs(d)))),
        (*_NE_ID, "Narrative", "Product_1", "Product_2", "Product_3"),
    ),
    Q(
        "what share of those were women",
        _share(lambda d: float((_ne_stairs(d)["Sex"] == 2).mean())),
        (*_NE_ID, "Narrative", "Sex", "Product_1"),
    ),
    Q(
        "using the weights, roughly how many injuries is that nationally for the whole file",
        _count(lambda d: float(d["Weight"].sum())),
        (*_NE_ID, "Weight"),
    ),
]


# --- 7. FBref Premier League 2022-23 standard stats -----------------------------------------------------------------

_FB_SQUADS = [
    "Arsenal",
    "Aston Villa",
    "Bournemouth",
    "Brentford",
    "Brighton",
    "Chelsea",
    "Crystal Palace",
    "Everton",
    "Fulham",
    "Leeds United",
    "Leicester City",
    "Liverpool",
    "Manchester City",
    "Manchester Utd",
    "Newcastle Utd",
    "Nott'ham Forest",
    "Southampton",
    "Tottenham",
    "West Ham",
    "Wolves",
]
_FB_NATIONS = (
    "eng ENG:38;fr FRA:6;br BRA:6;es ESP:5;pt POR:4;nl NED:4;de GER:3;ie IRL:3;sct SCO:3;ar ARG:3;be BEL:3;"
    "ng NGA:2;no NOR:2;dk DEN:2;wls WAL:2;ci CIV:2;gh GHA:2;us USA:2;jp JPN:1;kr KOR:1;sn SEN:2;ch SUI:1"
)
_FB_FIRST = (
    "Ben;James;Jack;Harry;Kai;Luke;Marcus;Bukayo;Declan;Mason;Reece;Ollie;Jordan;Aaron;Tyrone;Emile;Joao;"
    "Bruno;Pedro;Gabriel;Martin;Mohamed;Son;Kieran;Callum;Joe;Tom;Lewis;Dominic;Ivan;Youri;Wilfried;Moussa;Rico"
)
_FB_LAST = (
    "White;Walker;Grealish;Kane;Havertz;Shaw;Rashford;Saka;Rice;Mount;James;Watkins;Henderson;Ramsdale;"
    "Mings;Smith Rowe;Silva;Fernandes;Neto;Jesus;Odegaard;Salah;Heung-min;Trippier;Wilson;Gomez;Davies;Cook;"
    "Solanke;Toney;Tielemans;Zaha;Diaby;Lewis;Ward;Stones;Maddison;Barnes;Bowen;Nunez;Mitrovic;Palhinha"
)


def _fbref_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9607)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for squad in _FB_SQUADS:
        for k in range(27):
            for _ in range(50):
                name = f"{_one(rng, _FB_FIRST.split(';'))} {_one(rng, _FB_LAST.split(';'))}"
                if name not in used:
                    break
            used.add(name)
            pos = _draw(rng, "GK:2;DF:8;MF:7;FW:4;DF,MF:1;MF,FW:2;FW,MF:2")
            born = int(rng.integers(1987, 2005))
            mp = int(rng.integers(1, 39)) if k < 18 else int(rng.integers(1, 12))
            starts = int(min(mp, round(mp * float(rng.uniform(0.2, 1.0)))))
            minutes = int(starts * rng.uniform(70, 90) + (mp - starts) * rng.uniform(5, 25))
            attack = {"GK": 0.0, "DF": 0.05, "MF": 0.18, "FW": 0.45}[pos[:2]] * float(rng.lognormal(0, 0.5))
            nineties = minutes / 90
            xg = max(0.0, round(nineties * attack * float(rng.uniform(0.7, 1.3)), 1))
            pkatt = int(rng.poisson(0.5 * attack * nineties / 3)) if pos[:2] != "GK" else 0
            pk = int(rng.binomial(pkatt, 0.8))
            gls = int(rng.poisson(max(xg - 0.76 * pkatt, 0))) + pk
            xag = max(0.0, round(nineties * attack * 0.6 * float(rng.uniform(0.5, 1.5)), 1))
            ast = int(rng.poisson(xag))
            rows.append(
                {
                    "Player": name,
                    "Nation": _draw(rng, _FB_NATIONS + ";:1") or None,
                    "Pos": pos,
                    "Squad": squad,
                    "born": born,
                    "MP": mp,
                    "Starts": starts,
                    "min": minutes,
                    "Gls": gls,
                    "Ast": ast,
                    "PK": pk,
                    "PKatt": pkatt,
                    "CrdY": int(rng.poisson(nineties * (0.17 if pos[:2] in ("DF", "MF") else 0.08))),
                    "CrdR": int(rng.random() < 0.04),
                    "xG": xg,
                    "npxG": round(max(0.0, xg - 0.76 * pkatt), 1),
                    "xAG": xag,
                    "PrgC": int(nineties * rng.uniform(0, 4)),
                    "PrgP": int(nineties * rng.uniform(0.5, 7)),
                    "PrgR": int(nineties * rng.uniform(0, 8) * (2 if pos[:2] == "FW" else 1)),
                }
            )
    # a few players moved club in January: a second row at another club
    for i in rng.choice(len(rows), 14, replace=False):
        r = dict(rows[int(i)])
        r["Squad"] = _one(rng, [s for s in _FB_SQUADS if s != r["Squad"]])
        for c in ("MP", "Starts", "min", "Gls", "Ast", "CrdY"):
            r[c] = int(r[c]) // 3
        r["PK"] = r["PKatt"] = r["CrdR"] = 0
        for c in ("xG", "npxG", "xAG"):
            r[c] = round(float(r[c]) / 3, 1)
        r["npxG"] = r["xG"]
        rows.append(r)
    f = pd.DataFrame(rows).sort_values("Player", kind="stable", ignore_index=True)
    f.insert(0, "Rk", range(1, len(f) + 1))
    days = rng.integers(0, 365, len(f))
    f.insert(5, "Age", [f"{2022 - b}-{int(x):03d}" for b, x in zip(f["born"], days, strict=True)])
    f.insert(6, "Born", f.pop("born"))
    f.insert(9, "Min", [f"{m:,}" for m in f["min"]])
    nineties = (f.pop("min") / 90).round(1)
    f.insert(10, "90s", nineties)
    f.insert(13, "G+A", f["Gls"] + f["Ast"])
    f.insert(14, "G-PK", f["Gls"] - f["PK"])
    f.insert(22, "npxG+xAG", (f["npxG"] + f["xAG"]).round(1))
    per = nineties.where(nineties > 0)
    extra = {
        "Gls.1": f["Gls"] / per,
        "Ast.1": f["Ast"] / per,
        "G+A.1": f["G+A"] / per,
        "G-PK.1": f["G-PK"] / per,
        "G+A-PK": (f["G+A"] - f["PK"]) / per,
        "xG.1": f["xG"] / per,
        "xAG.1": f["xAG"] / per,
        "xG+xAG": (f["xG"] + f["xAG"]) / per,
        "npxG.1": f["npxG"] / per,
        "npxG+xAG.1": (f["npxG"] + f["xAG"]) / per,
    }
    for c, v in extra.items():
        f[c] = v.round(2).fillna(0.0)
    f["Matches"] = "Matches"
    return f


def _fb(d: pd.DataFrame) -> pd.DataFrame:
    f = d.copy()
    f["mins"] = _num(f["Min"])
    f["years"] = _text(f["Age"]).str.split("-").str[0].astype(float)
    f["days"] = _text(f["Age"]).str.split("-").str[1].astype(float)
    f["Squad"] = _text(f["Squad"])
    return f


_FB_ID = ("Player", "Squad", "Rk")
_FBREF_QS = [
    Q(
        "who scored the most goals",
        _lead(_named(lambda d: _top(d.groupby("Player")["Gls"].sum()))),
        (*_FB_ID, "Gls"),
    ),
    Q(
        "how many players played over 2000 minutes",
        either(
            _count(lambda d: float((_fb(d)["mins"] > 2000).sum())),
            _count(lambda d: float((_fb(d).groupby("Player")["mins"].sum() > 2000).sum())),
        ),
        (*_FB_ID, "Min", "90s"),
    ),
    Q(
        "which team got the most yellow cards",
        _lead(_named(lambda d: _top(_fb(d).groupby("Squad")["CrdY"].sum()))),
        (*_FB_ID, "CrdY"),
    ),
    Q(
        "average age of the arsenal players?",
        either(
            _about(lambda d: float(_fb(d).loc[lambda f: f["Squad"] == "Arsenal", "years"].mean()), rel=0.005),
            _about(
                lambda d: float(
                    _fb(d).loc[lambda f: f["Squad"] == "Arsenal"].pipe(lambda f: f["years"] + f["days"] / 365).mean()
                ),
                rel=0.005,
            ),
        ),
        (*_FB_ID, "Age", "Born"),
    ),
    Q(
        "who beat their expected goals by the most",
        either(
            _lead(_named(lambda d: _top((d["Gls"] - d["xG"]).groupby(d["Player"]).sum()))),
            _lead(_named(lambda d: _top((d["G-PK"] - d["npxG"]).groupby(d["Player"]).sum()))),
        ),
        (*_FB_ID, "Gls", "xG", "G-PK", "npxG"),
    ),
    Q(
        "is xg correlated with goals",
        either(
            _corr(lambda d: d["xG"], lambda d: d["Gls"]),
            _corr(lambda d: d["npxG"], lambda d: d["G-PK"]),
        ),
        (*_FB_ID, "xG", "Gls", "npxG", "G-PK"),
    ),
]


HELDOUT96: list[Dataset] = [
    Dataset("monzo_export", _monzo_frame, _MONZO_QS),
    Dataset("youtube_watch_history", _youtube_frame, _YOUTUBE_QS),
    Dataset("asana_project_export", _asana_frame, _ASANA_QS),
    Dataset("ga4_pages_and_screens", _ga_frame, _GA_QS),
    Dataset("imf_weo_extract", _weo_frame, _WEO_QS),
    Dataset("neiss_injuries_2023", _neiss_frame, _NEISS_QS),
    Dataset("fbref_pl_standard_stats", _fbref_frame, _FBREF_QS),
]
