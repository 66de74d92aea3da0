"""HELDOUT267: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an Epic Pass (Vail Resorts)
lift ride history export for one skier over the 2022-23 and 2023-24 seasons (one row per lift ride) with Date as
"01/14/2023", Resort ("Vail", "Beaver Creek", "Breckenridge", "Keystone", "Park City"), Lift (the resort's lift name,
"Gondola One (1)"), Time as "10:42 AM", "Vertical Feet" with the unit inside the value ("1,865 ft"), and "Day Total
Rides" and "Day Total Vertical" (also "23,410 ft") repeated on every ride of that ski day; a Google Flights price
tracking history (one row per tracked route and departure per tracked day) with Route as "SFO-JFK", "Departure Date"
as "2024-03-15", "Trip Type" ("Round trip", "One way"), "Tracked Date" as "2024-01-03", "Lowest Price" as "$412"
("N/A" on days no fare was found), "Typical Price Low" and "Typical Price High" as "$380", "Price Level" ("low",
"typical", "high"; blank with no fare), Airline (of the cheapest fare, "Multiple airlines" on mixed itineraries;
blank with no fare) and Stops ("Nonstop", "1 stop", "2 stops"; blank with no fare); a Kindle highlights export (one
row per highlight or note, 2022 to 2024) with Title, Author ("Daniel Kahneman"), Type ("Highlight", "Note"), Color
("yellow", "blue", "pink", "orange"; blank on notes), Text, Location (a number), Page (blank for books without page
numbers) and "Date Added" as Kindle writes it ("Sunday, March 5, 2023 9:14:22 PM"); a Things 3 to-do export (one row
per to-do, 2023 to mid-2024) with Title, Project (blank for loose to-dos), Area (blank for some), Tags (comma
separated, "Errand, Home", blank for most), Created as "2023-04-12 08:31", "Due Date" as "2023-04-20" (blank for
most), Completed as "2023-04-18 19:02" (blank if open), Status ("open", "completed", "canceled"; canceled to-dos
have a Completed time too, as Things logs them), "Checklist Items" (a count) and Evening ("true"/"false"); a city's
audit recommendation follow-up tracker (one row per recommendation, reports 2018 to 2023, as of 06/30/2024) with
"Audit Name", Department, "Report Date" as "06/30/2021", "Rec Number" as "2021-05-R03", "Finding Title", "Risk
Rating" ("High", "Medium", "Low", and "HIGH"/"low" in odd case on a few rows), "Recommendation Status"
("Implemented", "In Progress", "Not Implemented"), "Target Date" as "12/31/2022" (blank on some), "Implemented Date"
(blank unless implemented) and "Days Open" (to the implemented date, or to 06/30/2024 if open); a city's leaf
collection log for fall 2023 (one row per street segment per pass, three passes) in upper case with SEGMENT_ID as
"LC-0123", DISTRICT (1 to 8), STREET ("MAPLE AVE"), FROM_STREET, TO_STREET, PASS (1 to 3), SCHEDULED_WEEK as "Week of
11/06/2023", COMPLETED_DATE as "11/08/2023" (blank when missed), BAGS_COLLECTED and LOOSE_LEAF_TONS (blank when
missed) and STATUS (COMPLETED, MISSED, RESCHEDULED; rescheduled pickups were done a week or two late); and an
NYC-style rent stabilized building list (one row per building per year, 2018 to 2023; buildings repeat) with
BOROUGH (MANHATTAN, BRONX, BROOKLYN, QUEENS, STATEN ISLAND), BBL (ten digits), ADDRESS as "245 W 107 STREET", ZIP,
YEAR, "STABILIZED UNITS" (blank in a few building-years that were not registered), "TOTAL UNITS", "YEAR BUILT" (0
when unknown), "OWNER TYPE" (INDIVIDUAL, LLC, CORPORATION, NONPROFIT, HDFC) and J51 ("Y" or "N"). All are generated
with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _digits(df: pd.DataFrame, col: str) -> pd.Series:
    """A column with units inside the values ("1,865 ft") as numbers."""
    text = df[col].astype("string").str.replace(r"[^\d.\-]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _any_day(values: Callable[[pd.DataFrame], list[Any]]) -> Check:
    """Any one of the days (ties)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_day(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


# --- 1. Epic Pass lift rides ---------------------------------------------------------------------------------------

# resort: (lift, vertical feet, weight)
_EP_LIFTS: dict[str, list[tuple[str, int, float]]] = {
    "Vail": [
        ("Gondola One (1)", 2090, 3),
        ("Eagle Bahn Gondola (19)", 2050, 2),
        ("Avanti Express (2)", 1660, 5),
        ("Mountaintop Express (4)", 1590, 4),
        ("Northwoods Express (11)", 1840, 3),
        ("Orient Express (21)", 1610, 2),
    ],
    "Beaver Creek": [
        ("Centennial Express (6)", 2110, 3),
        ("Birds of Prey Express (9)", 1620, 2),
        ("Larkspur Express (11)", 1780, 2),
        ("Grouse Mountain Express (10)", 1790, 1),
    ],
    "Breckenridge": [
        ("Imperial Express SuperChair", 590, 2),
        ("Peak 8 SuperConnect", 1430, 3),
        ("Colorado SuperChair", 1580, 4),
        ("Falcon SuperChair", 1340, 2),
    ],
    "Keystone": [
        ("River Run Gondola", 2340, 3),
        ("Montezuma Express", 1620, 4),
        ("Outback Express", 1410, 2),
    ],
    "Park City": [
        ("Red Pine Gondola", 1780, 2),
        ("Silverlode Express", 1190, 4),
        ("McConkey's Express", 1550, 2),
        ("King Con Express", 1060, 3),
    ],
}


def _epic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26701)
    resorts = list(_EP_LIFTS)
    days: list[pd.Timestamp] = []
    for start, end in (("2022-11-20", "2023-04-10"), ("2023-11-18", "2024-04-14")):
        span = pd.date_range(start, end, freq="D")
        picks = rng.choice(len(span), size=26, replace=False)
        days += [span[i] for i in sorted(picks)]
    rows: list[dict[str, Any]] = []
    for day in days:
        resort = _one(rng, resorts, [6, 3, 3, 2, 1.5])
        lifts = _EP_LIFTS[resort]
        n = int(rng.integers(5, 22))
        clock = pd.Timestamp(day) + pd.Timedelta(minutes=float(rng.uniform(8.5 * 60, 10.5 * 60)))
        rides = []
        for _ in range(n):
            lift, vert, _w = _one(rng, lifts, [x[2] for x in lifts])
            rides.append((clock, lift, vert))
            clock += pd.Timedelta(minutes=float(rng.uniform(9, 28)))
            if clock.hour >= 16:
                break
        total_v = sum(r[2] for r in rides)
        for t, lift, vert in rides:
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Resort": resort,
                    "Lift": lift,
                    "Time": t.strftime("%I:%M %p"),
                    "Vertical Feet": f"{vert:,} ft",
                    "Day Total Rides": len(rides),
                    "Day Total Vertical": f"{total_v:,} ft",
                }
            )
    return pd.DataFrame(rows)


def _ep_day_vertical(df: pd.DataFrame) -> pd.Series:
    return _digits(df, "Vertical Feet").groupby(_text(df, "Date")).sum()


def _ep_best_day(df: pd.DataFrame) -> pd.Timestamp:
    s = _ep_day_vertical(df)
    return pd.Timestamp(pd.to_datetime(s.idxmax(), format="%m/%d/%Y"))


_EP_QS = [
    Q("how many days did i ski", _count(lambda df: int(_text(df, "Date").nunique())), ("Date",)),
    Q(
        "how much vertical did i do in total",
        _amount(lambda df: float(_digits(df, "Vertical Feet").sum())),
        ("Vertical Feet", "Day Total Vertical", "Date"),
    ),
    Q(
        "which lift did i ride the most",
        _lead(_named(lambda df: _top(_text(df, "Lift").value_counts()))),
        ("Lift", "Resort"),
    ),
    Q(
        "what resort did i rack up the most vertical at",
        _lead(_named(lambda df: _top(_digits(df, "Vertical Feet").groupby(_text(df, "Resort")).sum()))),
        ("Resort", "Vertical Feet", "Day Total Vertical", "Date"),
    ),
    Q(
        "what was my biggest day for vertical",
        _lead(_day(_ep_best_day)),
        ("Date", "Vertical Feet", "Day Total Vertical"),
    ),
    Q(
        "how many laps did i do that day",
        _count(lambda df: int((_text(df, "Date") == f"{_ep_best_day(df):%m/%d/%Y}").sum())),
        ("Date", "Day Total Rides", "Lift"),
    ),
]


# --- 2. Google Flights price tracking ------------------------------------------------------------------------------

# route, trip type, departure, typical low, typical high, airlines
_GF_ROUTES: list[tuple[str, str, str, int, int, list[str]]] = [
    ("SFO-JFK", "Round trip", "2024-03-15", 380, 520, ["JetBlue", "United", "Delta", "Alaska"]),
    ("LAX-ORD", "Round trip", "2024-04-05", 260, 390, ["United", "American", "Spirit"]),
    ("SEA-BOS", "One way", "2024-02-22", 190, 310, ["Alaska", "JetBlue", "Delta"]),
    ("JFK-LHR", "Round trip", "2024-05-20", 640, 910, ["British Airways", "Virgin Atlantic", "American"]),
    ("DEN-MIA", "One way", "2024-03-08", 120, 230, ["Frontier", "United", "American"]),
    ("ATL-LAS", "Round trip", "2024-04-18", 210, 330, ["Delta", "Spirit", "Southwest"]),
]


def _flights_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26702)
    rows: list[dict[str, Any]] = []
    for route, trip, dep, lo, hi, airlines in _GF_ROUTES:
        depart = pd.Timestamp(dep)
        start = depart - pd.Timedelta(days=int(rng.integers(70, 100)))
        mid = (lo + hi) / 2
        level = mid * rng.uniform(0.9, 1.1)
        for day in pd.date_range(start, depart - pd.Timedelta(days=1), freq="D"):
            left = (depart - day).days
            level = 0.85 * level + 0.15 * mid + rng.normal(0, 0.04 * mid)
            bump = 1 + max(0, 21 - left) * 0.018
            price = round(level * bump)
            stops = _one(rng, ["Nonstop", "1 stop", "2 stops"], [6, 3, 0.6])
            if stops != "Nonstop":
                price = round(price * rng.uniform(0.78, 0.95))
            found = rng.random() > 0.03
            tier = "low" if price < lo else ("high" if price > hi else "typical")
            air = _one(rng, [*airlines, "Multiple airlines"], [*[3] * len(airlines), 1 if stops != "Nonstop" else 0])
            rows.append(
                {
                    "Route": route,
                    "Departure Date": f"{depart:%Y-%m-%d}",
                    "Trip Type": trip,
                    "Tracked Date": f"{day:%Y-%m-%d}",
                    "Lowest Price": f"${price:,}" if found else "N/A",
                    "Typical Price Low": f"${lo:,}",
                    "Typical Price High": f"${hi:,}",
                    "Price Level": tier if found else "",
                    "Airline": air if found else "",
                    "Stops": stops if found else "",
                }
            )
    return pd.DataFrame(rows)


def _gf_sfo(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Route") == "SFO-JFK"]


def _gf_sfo_min_days(df: pd.DataFrame) -> list[pd.Timestamp]:
    d = _gf_sfo(df)
    p = _num(d, "Lowest Price")
    dates = pd.to_datetime(_text(d, "Tracked Date"), format="%Y-%m-%d")
    return list(dates[p == p.min()])


def _gf_level_share(with_blanks: bool) -> Callable[[pd.DataFrame], float]:
    def share(df: pd.DataFrame) -> float:
        level = _text(df, "Price Level")
        base = level if with_blanks else level[level != ""]
        return float((base == "low").mean())

    return share


def _gf_stop_means(df: pd.DataFrame) -> list[float]:
    p = _num(df, "Lowest Price")
    s = _text(df, "Stops")
    return [float(p[s == "Nonstop"].mean()), float(p[s == "1 stop"].mean())]


_GF_QS = [
    Q(
        "which route is cheapest on average",
        _lead(_named(lambda df: _top(_num(df, "Lowest Price").groupby(_text(df, "Route")).mean(), lowest=True))),
        ("Route", "Lowest Price"),
    ),
    Q(
        "whats the lowest price ive seen for sfo to jfk",
        _count(lambda df: float(_num(_gf_sfo(df), "Lowest Price").min())),
        ("Route", "Lowest Price"),
    ),
    Q("when was that", _any_day(_gf_sfo_min_days), ("Route", "Lowest Price", "Tracked Date")),
    Q(
        "how often was the price flagged as low",
        either(_share(_gf_level_share(True)), _share(_gf_level_share(False))),
        ("Price Level",),
    ),
    Q(
        "avg price nonstop vs 1 stop",
        _about(_gf_stop_means),
        ("Stops", "Lowest Price"),
    ),
    Q(
        "how many days didnt show a price at all",
        _count(lambda df: int(_num(df, "Lowest Price").isna().sum())),
        ("Lowest Price",),
    ),
]


# --- 3. Kindle highlights ------------------------------------------------------------------------------------------

# title: (author, weight, has page numbers)
_KD_BOOKS: dict[str, tuple[str, float, bool]] = {
    "Thinking, Fast and Slow": ("Daniel Kahneman", 5, True),
    "Atomic Habits": ("James Clear", 6, True),
    "Sapiens: A Brief History of Humankind": ("Yuval Noah Harari", 4, True),
    "Homo Deus": ("Yuval Noah Harari", 2, True),
    "The Psychology of Money": ("Morgan Housel", 4, False),
    "Deep Work": ("Cal Newport", 3, True),
    "Digital Minimalism": ("Cal Newport", 1.5, False),
    "Project Hail Mary": ("Andy Weir", 1.2, False),
    "The Design of Everyday Things": ("Don Norman", 2.5, True),
    "Four Thousand Weeks": ("Oliver Burkeman", 3, False),
    "Educated": ("Tara Westover", 1.5, True),
    "The Pragmatic Programmer": ("David Thomas, Andrew Hunt", 3.5, True),
    "Man's Search for Meaning": ("Viktor E. Frankl", 2, False),
    "Range": ("David Epstein", 2, True),
}
_KD_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "that",
    "is",
    "we",
    "our",
    "mind",
    "time",
    "habit",
    "money",
    "people",
    "work",
    "attention",
    "system",
    "life",
    "world",
    "what",
    "more",
    "when",
    "your",
    "it",
    "can",
    "not",
    "be",
    "every",
    "small",
    "choice",
    "always",
    "never",
    "story",
    "change",
    "learn",
]


def _kindle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26703)
    titles = list(_KD_BOOKS)
    rows: list[dict[str, Any]] = []
    for title in titles:
        author, weight, paged = _KD_BOOKS[title]
        n = int(rng.poisson(weight * 16)) + 3
        start = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 900)))
        length = int(rng.integers(9000, 16000))
        locs = np.sort(rng.integers(40, length, size=n))
        t = start + pd.Timedelta(hours=float(rng.uniform(19, 23)))
        for loc in locs:
            t += pd.Timedelta(hours=float(rng.exponential(18)))
            note = rng.random() < 0.12
            n_words = int(rng.integers(3, 16)) if note else int(np.clip(rng.normal(28, 12), 5, 90))
            text = " ".join(_one(rng, _KD_WORDS) for _ in range(n_words)).capitalize() + "."
            rows.append(
                {
                    "Title": title,
                    "Author": author,
                    "Type": "Note" if note else "Highlight",
                    "Color": "" if note else _one(rng, ["yellow", "blue", "pink", "orange"], [6, 2.5, 1.5, 1]),
                    "Text": text,
                    "Location": int(loc),
                    "Page": int(loc // 32) + 1 if paged else "",
                    "Date Added": f"{t:%A}, {t:%B} {t.day}, {t.year} {t.hour % 12 or 12}:{t:%M:%S %p}",
                }
            )
    return pd.DataFrame(rows)


def _kd_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date Added"), format="%A, %B %d, %Y %I:%M:%S %p")


def _kd_top_book(highlights_only: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = df[_text(df, "Type") == "Highlight"] if highlights_only else df
        return _top(_text(d, "Title").value_counts())

    return top


def _kd_top_month(df: pd.DataFrame) -> pd.Timestamp:
    return _kd_when(df).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


def _kd_word_counts(highlights_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def counts(df: pd.DataFrame) -> pd.Series:
        d = df[_text(df, "Type") == "Highlight"] if highlights_only else df
        return _text(d, "Text").str.split().str.len()

    return counts


_KD_QS = [
    Q("how many books have i highlighted", _count(lambda df: int(_text(df, "Title").nunique())), ("Title",)),
    Q(
        "which one has the most highlights",
        _lead(either(_named(_kd_top_book(True)), _named(_kd_top_book(False)))),
        ("Title", "Type"),
    ),
    Q("how many notes did i write", _count(lambda df: int((_text(df, "Type") == "Note").sum())), ("Type",)),
    Q(
        "what color do i use most",
        _lead(_named(lambda df: _top(_text(df, "Color")[_text(df, "Color") != ""].value_counts()))),
        ("Color",),
    ),
    Q("which month was i highlighting the most", _lead(_month_year(_kd_top_month)), ("Date Added",)),
    Q(
        "how long are my highlights usually, in words",
        either(_typical(_kd_word_counts(True)), _typical(_kd_word_counts(False))),
        ("Text", "Type"),
    ),
]


# --- 4. Things 3 to-dos --------------------------------------------------------------------------------------------

# project: (area, weight)
_TH_PROJECTS: dict[str, tuple[str, float]] = {
    "": ("", 5),
    "Kitchen Remodel": ("Home", 3),
    "Tax Return 2023": ("Finance", 2),
    "Website Redesign": ("Work", 4),
    "Q3 Planning": ("Work", 3),
    "Japan Trip": ("Travel", 2),
    "Garden": ("Home", 2),
    "Learn Spanish": ("Personal", 1.5),
}
_TH_VERBS = ["Call", "Email", "Buy", "Book", "Review", "Fix", "Draft", "Plan", "Pay", "Order", "Clean", "Schedule"]
_TH_NOUNS = ["plumber", "flights", "invoice", "slides", "paint samples", "dentist", "mom", "budget", "hotel", "notes"]
_TH_TAGS = ["Errand", "Home", "Computer", "Phone", "Waiting", "Important"]


def _things_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26704)
    projects = list(_TH_PROJECTS)
    cutoff = pd.Timestamp("2024-06-30 23:59")
    rows: list[dict[str, Any]] = []
    for _ in range(900):
        project = _one(rng, projects, [_TH_PROJECTS[p][1] for p in projects])
        area = _TH_PROJECTS[project][0]
        if project == "" and rng.random() < 0.5:
            area = _one(rng, ["Home", "Personal", "Work"])
        created = pd.Timestamp("2023-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 547 * 24 * 60)))
        due = ""
        due_day = None
        if rng.random() < 0.35:
            due_day = created.normalize() + pd.Timedelta(days=int(rng.integers(1, 30)))
            due = f"{due_day:%Y-%m-%d}"
        done_at = created + pd.Timedelta(hours=float(rng.gamma(1.1, 90)))
        u = rng.random()
        status = "completed" if u < 0.72 else ("canceled" if u < 0.82 else "open")
        if done_at > cutoff:
            status = "open"
        k = int(_one(rng, [0, 1, 2], [6, 3, 1]))
        tags = ", ".join(sorted(rng.choice(_TH_TAGS, size=k, replace=False, p=[0.3, 0.2, 0.2, 0.1, 0.1, 0.1])))
        rows.append(
            {
                "Title": f"{_one(rng, _TH_VERBS)} {_one(rng, _TH_NOUNS)}",
                "Project": project,
                "Area": area,
                "Tags": tags,
                "Created": f"{created:%Y-%m-%d %H:%M}",
                "Due Date": due,
                "Completed": "" if status == "open" else f"{done_at:%Y-%m-%d %H:%M}",
                "Status": status,
                "Checklist Items": int(_one(rng, [0, 0, 0, 0, 2, 3, 4, 5, 8])),
                "Evening": "true" if rng.random() < 0.15 else "false",
            }
        )
    return pd.DataFrame(rows).sort_values("Created", kind="stable").reset_index(drop=True)


def _th_status(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Status").str.lower()


def _th_days(floor: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def days(df: pd.DataFrame) -> pd.Series:
        d = df[_th_status(df) == "completed"]
        a = pd.to_datetime(_text(d, "Created"), format="%Y-%m-%d %H:%M")
        b = pd.to_datetime(_text(d, "Completed"), format="%Y-%m-%d %H:%M")
        if floor:
            return (b.dt.normalize() - a.dt.normalize()).dt.days.astype(float)
        return (b - a).dt.total_seconds() / 86400

    return days


def _th_late(df: pd.DataFrame) -> int:
    d = df[(_th_status(df) == "completed") & (_text(df, "Due Date") != "")]
    done = pd.to_datetime(_text(d, "Completed"), format="%Y-%m-%d %H:%M").dt.normalize()
    due = pd.to_datetime(_text(d, "Due Date"), format="%Y-%m-%d")
    return int((done > due).sum())


def _th_top_tag(df: pd.DataFrame) -> str:
    tags = _text(df, "Tags").str.split(",").explode().str.strip()
    return _top(tags[tags != ""].value_counts())


_TH_QS = [
    Q("how many tasks have i finished", _count(lambda df: int((_th_status(df) == "completed").sum())), ("Status",)),
    Q(
        "which project has the most stuff still open",
        _lead(
            _named(
                lambda df: _top(
                    _text(df[(_th_status(df) == "open") & (_text(df, "Project") != "")], "Project").value_counts()
                )
            )
        ),
        ("Project", "Status"),
    ),
    Q(
        "on average how long does it take me to finish something",
        either(_typical(_th_days(False)), _typical(_th_days(True))),
        ("Created", "Completed", "Status"),
    ),
    Q(
        "how many did i get done after the due date",
        _count(_th_late),
        ("Completed", "Due Date", "Status"),
    ),
    Q(
        "what share of my todos ended up canceled",
        _share(lambda df: float((_th_status(df) == "canceled").mean())),
        ("Status",),
    ),
    Q("which tag do i use the most", _lead(_named(_th_top_tag)), ("Tags",)),
]


# --- 5. City audit recommendation tracker --------------------------------------------------------------------------

_AU_DEPTS = [
    "Police Department",
    "Public Works",
    "Parks and Recreation",
    "Finance",
    "Fire Department",
    "Information Technology",
    "Water Utility",
    "Human Resources",
]
_AU_TOPICS = [
    "Overtime Controls",
    "Cash Handling",
    "Procurement Card Use",
    "Fleet Fuel Management",
    "Contract Monitoring",
    "User Access Reviews",
    "Inventory Controls",
    "Grant Compliance",
    "Payroll Processing",
    "Capital Project Oversight",
]
_AU_FINDINGS = [
    "Approvals not documented",
    "Segregation of duties lacking",
    "Policies outdated",
    "Reconciliations not performed timely",
    "Terminated users retained access",
    "Vendor invoices paid without receipt",
    "Monitoring reports not reviewed",
    "Records incomplete",
]
_AU_ASOF = pd.Timestamp("2024-06-30")


def _audit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26705)
    rows: list[dict[str, Any]] = []
    for year in range(2018, 2024):
        for k in range(int(rng.integers(9, 14))):
            dept = _one(rng, _AU_DEPTS, [4, 3, 2, 3, 2, 3, 2, 1.5])
            topic = _one(rng, _AU_TOPICS)
            report = pd.Timestamp(year, int(rng.integers(1, 13)), 1) + pd.offsets.MonthEnd(0)
            for r in range(int(rng.integers(2, 9))):
                risk = _one(rng, ["High", "Medium", "Low"], [3, 5, 3])
                shown = risk
                if rng.random() < 0.04:
                    shown = risk.upper() if risk == "High" else risk.lower()
                target = report + pd.Timedelta(days=int(rng.integers(90, 540)))
                age = (_AU_ASOF - report).days
                p_done = min(0.92, age / 1500) * (1.15 if risk == "High" else 1.0)
                u = rng.random()
                status = (
                    "Implemented"
                    if u < p_done
                    else ("In Progress" if u < p_done + 0.6 * (1 - p_done) else "Not Implemented")
                )
                impl = ""
                end = _AU_ASOF
                if status == "Implemented":
                    done = report + pd.Timedelta(days=int(rng.integers(30, max(60, age))))
                    done = min(done, _AU_ASOF)
                    impl = f"{done:%m/%d/%Y}"
                    end = done
                rows.append(
                    {
                        "Audit Name": f"{dept} {topic} Audit",
                        "Department": dept,
                        "Report Date": f"{report:%m/%d/%Y}",
                        "Rec Number": f"{year}-{k + 1:02d}-R{r + 1:02d}",
                        "Finding Title": _one(rng, _AU_FINDINGS),
                        "Risk Rating": shown,
                        "Recommendation Status": status,
                        "Target Date": "" if rng.random() < 0.07 else f"{target:%m/%d/%Y}",
                        "Implemented Date": impl,
                        "Days Open": int((end - report).days),
                    }
                )
    return pd.DataFrame(rows)


def _au_status(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Recommendation Status").str.lower()


def _au_high(df: pd.DataFrame, strict: bool = False) -> pd.Series:
    """High-risk rows, whatever the case ("HIGH"), or only those written "High"."""
    return _text(df, "Risk Rating") == "High" if strict else _text(df, "Risk Rating").str.lower() == "high"


def _au_late(df: pd.DataFrame) -> int:
    impl = pd.to_datetime(_text(df, "Implemented Date"), format="%m/%d/%Y", errors="coerce")
    target = pd.to_datetime(_text(df, "Target Date"), format="%m/%d/%Y", errors="coerce")
    return int((impl > target).sum())


_AU_QS = [
    Q(
        "how many recommendations are still open",
        _count(lambda df: int((_au_status(df) != "implemented").sum())),
        ("Recommendation Status",),
    ),
    Q(
        "which department has the most high risk findings",
        _lead(
            either(
                _named(lambda df: _top(_text(df[_au_high(df)], "Department").value_counts())),
                _named(lambda df: _top(_text(df[_au_high(df, True)], "Department").value_counts())),
            )
        ),
        ("Department", "Risk Rating"),
    ),
    Q(
        "what % of the high risk ones got implemented",
        either(
            _share(lambda df: float((_au_status(df)[_au_high(df)] == "implemented").mean())),
            _share(lambda df: float((_au_status(df)[_au_high(df, True)] == "implemented").mean())),
        ),
        ("Risk Rating", "Recommendation Status"),
    ),
    Q(
        "for the ones not done yet, how long have they been open on average",
        _typical(lambda df: _num(df, "Days Open")[_au_status(df) != "implemented"]),
        ("Days Open", "Recommendation Status"),
    ),
    Q(
        "how many were implemented after the target date",
        _count(_au_late),
        ("Implemented Date", "Target Date", "Recommendation Status"),
    ),
    Q(
        "which year had the most recommendations issued",
        _lead(
            _year(
                lambda df: int(
                    pd.to_datetime(_text(df, "Report Date"), format="%m/%d/%Y")
                    .dt.year.value_counts()
                    .sort_index()
                    .idxmax()
                )
            )
        ),
        ("Report Date",),
    ),
]


# --- 6. Leaf collection log ----------------------------------------------------------------------------------------

_LC_STREETS = [
    "MAPLE AVE",
    "OAK ST",
    "ELM ST",
    "CHESTNUT ST",
    "WALNUT AVE",
    "LINDEN BLVD",
    "BIRCH RD",
    "SYCAMORE LN",
    "HICKORY DR",
    "PARK AVE",
    "WASHINGTON ST",
    "LINCOLN AVE",
    "MAIN ST",
    "CHURCH ST",
    "SCHOOL ST",
    "RIVER RD",
    "HILLSIDE AVE",
    "FOREST AVE",
]
_LC_CROSS = ["1ST ST", "2ND ST", "3RD ST", "4TH ST", "5TH ST", "6TH ST", "7TH ST", "8TH ST", "CENTER ST", "HIGH ST"]


def _leaf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26706)
    pass_weeks = {1: pd.Timestamp("2023-10-23"), 2: pd.Timestamp("2023-11-13"), 3: pd.Timestamp("2023-12-04")}
    pass_load = {1: 0.7, 2: 1.3, 3: 0.8}
    segments = []
    for i in range(230):
        district = int(rng.integers(1, 9))
        a, b = sorted(rng.choice(len(_LC_CROSS), size=2, replace=False))
        trees = float(rng.gamma(2.0, 1.0)) * (1.4 if district in (2, 5) else 1.0)
        segments.append((f"LC-{i + 1:04d}", district, _one(rng, _LC_STREETS), _LC_CROSS[a], _LC_CROSS[b], trees))
    rows: list[dict[str, Any]] = []
    for p, week0 in pass_weeks.items():
        for seg_id, district, street, f, t, trees in segments:
            week = week0 + pd.Timedelta(weeks=int((district - 1) // 4))
            u = rng.random()
            status = "COMPLETED" if u < 0.86 else ("RESCHEDULED" if u < 0.95 else "MISSED")
            done = ""
            bags: Any = ""
            tons: Any = ""
            if status != "MISSED":
                shift = int(rng.integers(7, 15)) if status == "RESCHEDULED" else int(rng.integers(0, 5))
                done = f"{week + pd.Timedelta(days=shift):%m/%d/%Y}"
                load = trees * pass_load[p] * rng.uniform(0.6, 1.4)
                tons = round(min(4.5, load * 0.45), 2)
                bags = int(max(0, rng.poisson(load * 9)))
            rows.append(
                {
                    "SEGMENT_ID": seg_id,
                    "DISTRICT": district,
                    "STREET": street,
                    "FROM_STREET": f,
                    "TO_STREET": t,
                    "PASS": p,
                    "SCHEDULED_WEEK": f"Week of {week:%m/%d/%Y}",
                    "COMPLETED_DATE": done,
                    "BAGS_COLLECTED": bags,
                    "LOOSE_LEAF_TONS": tons,
                    "STATUS": status,
                }
            )
    return pd.DataFrame(rows)


def _lc_missed(df: pd.DataFrame) -> pd.Series:
    return _text(df, "STATUS").str.upper() == "MISSED"


def _lc_done(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "COMPLETED_DATE"), format="%m/%d/%Y", errors="coerce")


def _district(scores: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """The district with the highest score, written as "district 2" or "District #2"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = int(float(_top(scores(df))))
        return None if re.search(rf"\bdistrict\s*#?\s*{d}(?![\d.])", answer, re.IGNORECASE) else f"missing district {d}"

    return check


_LC_QS = [
    Q(
        "how many tons of loose leaves got picked up in total",
        _about(lambda df: float(_num(df, "LOOSE_LEAF_TONS").sum()), rel=0.005),
        ("LOOSE_LEAF_TONS",),
    ),
    Q(
        "which district collected the most bags",
        _lead(_district(lambda df: _num(df, "BAGS_COLLECTED").groupby(_num(df, "DISTRICT")).sum())),
        ("DISTRICT", "BAGS_COLLECTED"),
    ),
    Q(
        "how many pickups were missed",
        either(
            _count(lambda df: int(_lc_missed(df).sum())),
            _count(lambda df: int(_text(df[_lc_missed(df)], "SEGMENT_ID").nunique())),
        ),
        ("STATUS", "SEGMENT_ID"),
    ),
    Q(
        "which district had the most of those",
        _lead(_district(lambda df: _num(df[_lc_missed(df)], "DISTRICT").value_counts())),
        ("DISTRICT", "STATUS"),
    ),
    Q(
        "what fraction got rescheduled",
        _share(lambda df: float((_text(df, "STATUS").str.upper() == "RESCHEDULED").mean())),
        ("STATUS",),
    ),
    Q(
        "is there a relationship between bags and tons",
        _corr(lambda df: _num(df, "BAGS_COLLECTED"), lambda df: _num(df, "LOOSE_LEAF_TONS")),
        ("BAGS_COLLECTED", "LOOSE_LEAF_TONS"),
    ),
]


# --- 7. Rent stabilized buildings ----------------------------------------------------------------------------------

_RS_BOROS: dict[str, tuple[int, list[int], list[str], float]] = {
    # borough: (BBL borough digit, zips, streets, weight)
    "MANHATTAN": (
        1,
        [10025, 10027, 10031, 10032, 10033, 10040, 10009, 10002],
        ["W 107 STREET", "AMSTERDAM AVENUE", "E 4 STREET", "RIVERSIDE DRIVE", "W 163 STREET", "AVENUE B"],
        4,
    ),
    "BRONX": (
        2,
        [10452, 10453, 10457, 10458, 10463, 10468],
        ["GRAND CONCOURSE", "UNIVERSITY AVENUE", "WALTON AVENUE", "E 183 STREET"],
        3,
    ),
    "BROOKLYN": (
        3,
        [11226, 11225, 11213, 11216, 11238, 11209],
        ["OCEAN AVENUE", "EASTERN PARKWAY", "FLATBUSH AVENUE", "4 AVENUE", "CROWN STREET"],
        4,
    ),
    "QUEENS": (
        4,
        [11372, 11373, 11354, 11375, 11432],
        ["37 AVENUE", "QUEENS BOULEVARD", "ROOSEVELT AVENUE", "HILLSIDE AVENUE"],
        2.5,
    ),
    "STATEN ISLAND": (5, [10301, 10304, 10314], ["VICTORY BOULEVARD", "BAY STREET"], 0.5),
}


def _rent_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26707)
    boros = list(_RS_BOROS)
    rows: list[dict[str, Any]] = []
    for _ in range(560):
        boro = _one(rng, boros, [_RS_BOROS[b][3] for b in boros])
        digit, zips, streets, _w = _RS_BOROS[boro]
        bbl = f"{digit}{int(rng.integers(1, 16000)):05d}{int(rng.integers(1, 200)):04d}"
        address = f"{int(rng.integers(1, 3000))} {_one(rng, streets)}"
        total = int(np.clip(rng.lognormal(3.4, 0.7), 6, 400))
        stab = int(total * rng.uniform(0.5, 1.0))
        owner = _one(rng, ["INDIVIDUAL", "LLC", "CORPORATION", "NONPROFIT", "HDFC"], [2, 6, 2, 0.6, 0.5])
        built = int(np.clip(rng.normal(1941 if owner == "LLC" else 1922, 14), 1895, 1973))
        if rng.random() < 0.05:
            built = 0
        j51 = rng.random() < 0.22
        j51_end = int(rng.integers(2019, 2030)) if j51 else 0
        loss = rng.uniform(0.0, 0.04) * (1.6 if boro in ("MANHATTAN", "BROOKLYN") else 1.0)
        zipc = _one(rng, zips)
        for year in range(2018, 2024):
            units: Any = stab
            if rng.random() < 0.03:
                units = ""
            rows.append(
                {
                    "BOROUGH": boro,
                    "BBL": bbl,
                    "ADDRESS": address,
                    "ZIP": zipc,
                    "YEAR": year,
                    "STABILIZED UNITS": units,
                    "TOTAL UNITS": total,
                    "YEAR BUILT": built,
                    "OWNER TYPE": owner,
                    "J51": "Y" if j51 and year <= j51_end else "N",
                }
            )
            stab = round(stab * (1 - loss) - (1 if rng.random() < 0.15 else 0))
            stab = max(stab, 0)
    return pd.DataFrame(rows)


def _rs_year(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return df[_num(df, "YEAR") == year]


def _rs_loss(df: pd.DataFrame) -> str:
    a = _num(_rs_year(df, 2018), "STABILIZED UNITS").groupby(_text(_rs_year(df, 2018), "BOROUGH")).sum()
    b = _num(_rs_year(df, 2023), "STABILIZED UNITS").groupby(_text(_rs_year(df, 2023), "BOROUGH")).sum()
    return _top(a - b)


def _built_year(values: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """The mean or median of a year column, to within half a year (a relative tolerance would allow decades)."""
    return either(
        _about(lambda df: float(values(df).mean()), rel=0.00026),
        _about(lambda df: float(values(df).median()), rel=0.00026),
    )


def _rs_built(distinct: bool, owner: str | None = None) -> Callable[[pd.DataFrame], pd.Series]:
    def built(df: pd.DataFrame) -> pd.Series:
        d = df if owner is None else df[_text(df, "OWNER TYPE").str.upper() == owner]
        if distinct:
            d = d.drop_duplicates("BBL")
        y = _num(d, "YEAR BUILT")
        return y[y > 0]

    return built


_RS_QS = [
    Q(
        "how many buildings are on the list",
        either(
            _count(lambda df: int(_text(df, "BBL").nunique())),
            _count(lambda df: int(_text(df, "ADDRESS").nunique())),
            _count(lambda df: len(df)),
        ),
        ("BBL", "ADDRESS"),
    ),
    Q(
        "total rent stabilized units in 2023",
        _count(lambda df: float(_num(_rs_year(df, 2023), "STABILIZED UNITS").sum())),
        ("STABILIZED UNITS", "YEAR"),
    ),
    Q(
        "which borough lost the most stabilized units between 2018 and 2023",
        _lead(_named(_rs_loss)),
        ("BOROUGH", "STABILIZED UNITS", "YEAR"),
    ),
    Q(
        "what share of buildings had the j-51 benefit in 2023",
        _share(lambda df: float((_text(_rs_year(df, 2023), "J51").str.upper() == "Y").mean())),
        ("J51", "YEAR"),
    ),
    Q(
        "what year were these buildings typically built",
        either(_built_year(_rs_built(True)), _built_year(_rs_built(False))),
        ("YEAR BUILT", "BBL"),
    ),
    Q(
        "and for llc owned ones?",
        either(_built_year(_rs_built(True, "LLC")), _built_year(_rs_built(False, "LLC"))),
        ("YEAR BUILT", "OWNER TYPE", "BBL"),
    ),
]


HELDOUT267: list[Dataset] = [
    Dataset("epic_pass_lift_rides", _epic_frame, _EP_QS),
    Dataset("google_flights_price_tracking", _flights_frame, _GF_QS),
    Dataset("kindle_highlights_export", _kindle_frame, _KD_QS),
    Dataset("things3_todo_export", _things_frame, _TH_QS),
    Dataset("city_audit_recommendation_tracker", _audit_frame, _AU_QS),
    Dataset("city_leaf_collection_log", _leaf_frame, _LC_QS),
    Dataset("nyc_rent_stabilized_buildings", _rent_frame, _RS_QS),
]
