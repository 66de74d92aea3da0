"""HELDOUT247: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a
LibraryThing catalog export (one row per book) with Title, "Primary Author" as "Last, First", Publication as
publisher text ("Penguin Classics (2003), Paperback, 320 pages", sometimes just "Vintage (1998)"), Date (original
publication year, blank for a few), ISBN in brackets as the export writes it ("[0143039431]", blank for some), Tags
as comma-separated text ("fiction, read 2023, favorites", blank for many), Collections ("Your library", "Your
library, To read", "Wishlist", "Your library, Currently reading"), Rating (0.5-5 by halves, blank when unrated),
"Entry Date", "Date Started" and "Date Read" as "2023-04-02" (blank when not started / not finished), "Page Count"
(blank for some), Language (English mostly, a few French, German, Spanish) and Copies (1, sometimes 0 on wishlist
books or 2); a Blinkist library export (one row per title, 2022-2024) with Title, Author, Category ("Productivity",
"Psychology", "History", "Money & Investments", "Science", ...), Format (Blink, Shortcast, Guide), "Length (min)",
"Added To Library" as "Mar 4, 2023", Finished (Yes/No), "Finished On" as "2023-03-09" (blank when not finished),
Listened (Audio, Read, Both), Highlights (count) and Rating (1-5, blank for most); a Busuu learning activity export
(one row per lesson or exercise set, 2023-2024) with Date as "2024-02-17", "Course Language" (Spanish, French,
German, Japanese), "CEFR Level" (A1-B2), Unit ("Unit 4"), "Lesson Title", "Activity Type" (Vocabulary, Grammar,
Dialogue, Review, Conversation Exercise, Checkpoint Test), "Score (%)" (blank for conversation exercises), XP, "Time
Spent (min)", "Community Corrections Received" (0 except on conversation exercises) and Passed (TRUE/FALSE, blank
for activities without a test); a HelloTalk chat log summary (one row per conversation partner per month, 2023-01 to
2024-12) with Month as "2024-03", "Partner Handle" ("@yuki_tokyo"), "Partner Country", "Partner Native Language",
"Partner Learning Language", "Messages Sent", "Messages Received", "Voice Messages", "Corrections Given",
"Corrections Received", "Translations Used", "Voice Call Minutes" and "Moments Liked"; a city animal services bite
report log (one row per reported bite, 2021-2024) with "Report Number" as "AB-2022-00417", "Bite Date" and "Report
Date" as "MM/DD/YYYY", Species (Dog, Cat, Bat, Raccoon, Other), Breed in upper case ("PIT BULL", "LABRADOR
RETRIEVER", "MIXED", blank for wildlife and unknown), "Animal Vaccinated" (Yes, No, Unknown), "Victim Age" (blank
for some), "Body Part", Severity (Minor, Moderate, Severe), "Location Type" (Owner's Home, Public Park, Street,
Other Residence), "Zip Code" (5 digits, a few ZIP+4 as "78704-1234") and "Quarantine Outcome" (Released, Euthanized,
Tested Negative, Tested Positive, Not Located); a state geological survey's sinkhole incident database (2005-2024)
with "Incident ID" as "SH-000123", "Date Reported" as "M/D/YYYY", County, "Nearest City", Latitude, Longitude,
"Diameter (ft)", "Depth (ft)" (blank when not measured), Type (Cover-collapse, Cover-subsidence, Solution, Unknown),
Cause (Natural, Heavy Rain, Dewatering, Construction, Broken Pipe, Unknown), Damage (None, Road, Structure, Utility,
Multiple; "None" reads back as missing) and "Verified By Geologist" (Y/N); and a utility's outage event report (one
row per outage, 2022-2024) with "Event ID" as "OUT-22-00001", "Start Time" and "Restoration Time" as "2023-07-14
15:32" (restoration blank for a few events still open), Region (North, South, East, West, Metro), Cause (Weather,
Equipment Failure, Vegetation, Animal, Vehicle Accident, Planned Maintenance, Unknown), "Customers Affected",
"Customer Minutes Interrupted (CMI)" (blank when restoration is), "Crew Count", "Storm Name" (blank when not storm
related) and "Feeder ID" as "FDR-N-0412". All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


def _day_rng(rng: np.random.Generator, start: str, days: int) -> pd.Timestamp:
    return pd.Timestamp(start) + pd.Timedelta(days=int(rng.integers(0, days)))


# --- 1. LibraryThing catalog export ---------------------------------------------------------------------------------

_LT_AUTHORS = {
    "Pratchett, Terry": (["Guards! Guards!", "Mort", "Small Gods", "Night Watch", "Going Postal", "Hogfather"], 1990),
    "Le Guin, Ursula K.": (["The Left Hand of Darkness", "The Dispossessed", "A Wizard of Earthsea"], 1972),
    "Austen, Jane": (["Pride and Prejudice", "Emma", "Persuasion", "Sense and Sensibility"], 1813),
    "Ishiguro, Kazuo": (["The Remains of the Day", "Never Let Me Go", "Klara and the Sun"], 2000),
    "Morrison, Toni": (["Beloved", "Song of Solomon", "The Bluest Eye"], 1980),
    "Atwood, Margaret": (["The Handmaid's Tale", "Oryx and Crake", "Alias Grace", "The Blind Assassin"], 1995),
    "Murakami, Haruki": (["Norwegian Wood", "Kafka on the Shore", "The Wind-Up Bird Chronicle"], 1995),
    "Christie, Agatha": (["Murder on the Orient Express", "And Then There Were None", "The ABC Murders"], 1935),
    "Sapolsky, Robert M.": (["Behave", "Why Zebras Don't Get Ulcers", "Determined"], 2005),
    "Mantel, Hilary": (["Wolf Hall", "Bring Up the Bodies", "The Mirror and the Light"], 2012),
}
_LT_PUBLISHERS = ["Penguin Classics", "Vintage", "Harper Perennial", "Tor Books", "Anchor", "Gollancz", "Picador"]
_LT_BINDINGS = ["Paperback", "Hardcover", "Kindle Edition", "Mass Market Paperback"]
_LT_LANGS = ["English", "French", "German", "Spanish"]
_LT_EXTRA_TAGS = ["fiction", "nonfiction", "classics", "sci-fi", "fantasy", "mystery", "favorites", "book club"]


def _librarything_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24701)
    authors = list(_LT_AUTHORS)
    weights = [9, 3, 4, 3, 3, 5, 4, 6, 2, 3]
    rows = []
    n = 0
    while len(rows) < 640:
        n += 1
        if rng.random() < 0.45:
            author = _one(rng, authors, weights)
            title = _one(rng, _LT_AUTHORS[author][0])
            base = _LT_AUTHORS[author][1]
        else:
            author = f"{_one(rng, ['Smith', 'Nguyen', 'Garcia', 'Kowalski', 'Okafor', 'Berg', 'Tanaka'])}, " + str(
                _one(rng, ["Anna", "David", "Maya", "Tom", "Lina", "Omar", "Ruth", "Ken"])
            )
            author += f" {chr(65 + int(rng.integers(0, 26)))}."
            title = f"{_one(rng, ['The', 'A', 'Notes on', 'After the', 'Beyond'])} " + str(
                _one(rng, ["Silent", "Long", "Last", "Hidden", "Northern", "Small", "Lost", "Quiet"])
            )
            title += f" {_one(rng, ['River', 'House', 'Summer', 'Garden', 'Machine', 'Sea', 'Road', 'Winter'])} {n}"
            base = int(rng.integers(1960, 2023))
        year = int(np.clip(base + rng.integers(-6, 7), 1800, 2024))
        edition = max(year, int(rng.integers(1995, 2024)))
        pages = int(np.clip(rng.normal(340, 110), 90, 1100))
        publisher = _one(rng, _LT_PUBLISHERS)
        if rng.random() < 0.8:
            publication = f"{publisher} ({edition}), {_one(rng, _LT_BINDINGS, [6, 3, 1, 1])}, {pages} pages"
        else:
            publication = f"{publisher} ({edition})"
        collection = _one(
            rng,
            ["Your library", "Your library, To read", "Wishlist", "Your library, Currently reading"],
            [62, 24, 9, 5],
        )
        entry = _day_rng(rng, "2015-01-01", 3600)
        started = read = None
        rating = None
        if collection == "Your library":
            if rng.random() < 0.85:
                read = entry + pd.Timedelta(days=int(rng.integers(5, 700)))
                read = min(read, pd.Timestamp("2024-11-30"))
                if rng.random() < 0.75:
                    started = read - pd.Timedelta(days=int(np.clip(pages / 25 + rng.normal(0, 6), 1, 90)))
                if rng.random() < 0.8:
                    rating = float(np.clip(np.round(rng.normal(3.7, 0.9) * 2) / 2, 0.5, 5.0))
        elif collection.endswith("Currently reading"):
            started = pd.Timestamp("2024-11-01") + pd.Timedelta(days=int(rng.integers(0, 30)))
        tags = []
        if rng.random() < 0.7:
            tags = list(rng.choice(_LT_EXTRA_TAGS, size=int(rng.integers(1, 3)), replace=False))
        if read is not None and tags:
            tags.insert(1, f"read {read.year}")
        isbn = "" if rng.random() < 0.12 else f"[{int(rng.integers(0, 10**9)):09d}{_one(rng, list('0123456789X'))}]"
        rows.append(
            {
                "Title": title,
                "Primary Author": author,
                "Publication": publication,
                "Date": year if rng.random() > 0.05 else None,
                "ISBN": isbn,
                "Tags": ", ".join(tags),
                "Collections": collection,
                "Rating": rating,
                "Entry Date": f"{entry:%Y-%m-%d}",
                "Date Started": "" if started is None else f"{started:%Y-%m-%d}",
                "Date Read": "" if read is None else f"{read:%Y-%m-%d}",
                "Page Count": pages if rng.random() > 0.08 else None,
                "Language": _one(rng, _LT_LANGS, [90, 4, 3, 3]),
                "Copies": 0 if collection == "Wishlist" else int(_one(rng, [1, 2], [95, 5])),
            }
        )
    return pd.DataFrame(rows)


def _lt_read(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date Read"], errors="coerce")


def _lt_2023(df: pd.DataFrame) -> pd.Series:
    return _lt_read(df).dt.year == 2023


_LT_QS = [
    Q(
        "how many books do i have in here",
        either(
            _count(lambda df: len(df)),
            _count(lambda df: int((~_text(df, "Collections").str.contains("Wishlist")).sum())),
        ),
        ("Title", "Collections", "Copies"),
    ),
    Q(
        "whats my average rating",
        _about(lambda df: pd.to_numeric(df["Rating"], errors="coerce").mean(), rel=0.005),
        ("Rating",),
    ),
    Q(
        "which author do i own the most books by",
        _lead(_named(lambda df: _top(df["Primary Author"].value_counts()), {"Pratchett, Terry": ("Terry Pratchett",)})),
        ("Primary Author", "Title"),
    ),
    Q(
        "how many books did i finish in 2023",
        _count(lambda df: int(_lt_2023(df).sum())),
        ("Date Read", "Title"),
    ),
    Q(
        "and how many pages was that altogether",
        _about(lambda df: float(pd.to_numeric(df.loc[_lt_2023(df), "Page Count"], errors="coerce").sum()), rel=0.001),
        ("Page Count", "Date Read"),
    ),
    Q(
        "what share of my books are still on the to read list",
        either(
            _share(lambda df: float(_text(df, "Collections").str.contains("To read").mean())),
            _share(
                lambda df: float(
                    _text(df, "Collections")[~_text(df, "Collections").str.contains("Wishlist")]
                    .str.contains("To read")
                    .mean()
                )
            ),
        ),
        ("Collections", "Title"),
    ),
]


# --- 2. Blinkist library export -------------------------------------------------------------------------------------

_BK_CATS = {
    "Productivity": 6,
    "Psychology": 5,
    "Personal Development": 4,
    "History": 3,
    "Money & Investments": 3.5,
    "Science": 3,
    "Health & Nutrition": 2.5,
    "Communication Skills": 2,
}
_BK_WORDS = ["Habits", "Mindset", "Focus", "Money", "Brain", "Empire", "Sleep", "Work", "Time", "Power", "Change"]
_BK_LEAD = ["Atomic", "Deep", "The Psychology of", "Thinking About", "Why We", "The Art of", "Rethinking", "Tiny"]


def _blinkist_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24702)
    rows = []
    cats = list(_BK_CATS)
    for i in range(460):
        fmt = _one(rng, ["Blink", "Shortcast", "Guide"], [78, 16, 6])
        length = {
            "Blink": int(np.clip(rng.normal(15, 3), 8, 26)),
            "Shortcast": int(np.clip(rng.normal(27, 6), 12, 45)),
            "Guide": int(np.clip(rng.normal(48, 12), 25, 90)),
        }[fmt]
        added = _day_rng(rng, "2022-01-01", 1060)
        finished = rng.random() < 0.62
        done = added + pd.Timedelta(days=int(rng.geometric(0.15)) - 1) if finished else None
        if done is not None and done > pd.Timestamp("2024-12-15"):
            done = pd.Timestamp("2024-12-15")
        highlights = int(rng.poisson(0.15 * length + (2 if finished else 0))) if rng.random() < 0.8 else 0
        rating = int(np.clip(round(rng.normal(4, 0.8)), 1, 5)) if finished and rng.random() < 0.35 else None
        rows.append(
            {
                "Title": f"{_one(rng, _BK_LEAD)} {_one(rng, _BK_WORDS)}" + ("" if i % 3 else f" ({i})"),
                "Author": f"{_one(rng, ['James', 'Cal', 'Morgan', 'Adam', 'Angela', 'Yuval', 'Brené', 'Matthew'])} "
                + str(_one(rng, ["Clear", "Newport", "Housel", "Grant", "Duckworth", "Harari", "Brown", "Walker"])),
                "Category": _one(rng, cats, list(_BK_CATS.values())),
                "Format": fmt,
                "Length (min)": length,
                "Added To Library": f"{added:%b} {added.day}, {added.year}",
                "Finished": "Yes" if finished else "No",
                "Finished On": "" if done is None else f"{done:%Y-%m-%d}",
                "Listened": _one(rng, ["Audio", "Read", "Both"], [5, 3, 2]),
                "Highlights": highlights,
                "Rating": rating,
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Added To Library", key=lambda s: pd.to_datetime(s), kind="stable").reset_index(drop=True)


def _bk_done_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Finished On"], errors="coerce").dt.to_period("M").value_counts()
    return months.sort_index(kind="stable").idxmax().to_timestamp()


_BK_QS = [
    Q(
        "how many have i actually finished",
        _count(lambda df: int((_text(df, "Finished") == "Yes").sum())),
        ("Finished", "Title"),
    ),
    Q(
        "what topic do i save the most",
        _lead(_named(lambda df: _top(df["Category"].value_counts()))),
        ("Category", "Title"),
    ),
    Q(
        "how long is a blink on average compared to a shortcast",
        _about(lambda df: df[df["Format"].isin(["Blink", "Shortcast"])].groupby("Format")["Length (min)"].mean()),
        ("Length (min)", "Format"),
    ),
    Q(
        "total number of highlights i've made",
        _count(lambda df: int(df["Highlights"].sum())),
        ("Highlights",),
    ),
    Q(
        "which month did i finish the most titles",
        _lead(month_year(_bk_done_month)),
        ("Finished On", "Finished", "Title"),
    ),
    Q(
        "do longer ones get more highlights?",
        _corr(lambda df: df["Length (min)"], lambda df: df["Highlights"]),
        ("Length (min)", "Highlights"),
    ),
]


# --- 3. Busuu learning activity export ------------------------------------------------------------------------------

_BS_TYPES = ["Vocabulary", "Grammar", "Dialogue", "Review", "Conversation Exercise", "Checkpoint Test"]
_BS_TYPE_W = [30, 24, 16, 14, 8, 8]
_BS_XP = {"Vocabulary": 10, "Grammar": 15, "Dialogue": 12, "Review": 8, "Conversation Exercise": 25}
_BS_TOPICS = ["Greetings", "At the cafe", "Family", "Travel", "Past tense", "Shopping", "Work life", "Weather"]


def _busuu_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24703)
    rows = []
    levels = ["A1", "A2", "B1", "B2"]
    plan = {"Spanish": (540, 0), "French": (230, 1), "German": (130, 0), "Japanese": (100, 0)}
    for lang, (count, base_level) in plan.items():
        days = np.sort(rng.integers(0, 700, size=count))
        for k, d in enumerate(days):
            level_i = min(3, base_level + int(4 * k / count))
            unit = 1 + int(10 * ((4 * k / count) % 1))
            kind = _one(rng, _BS_TYPES, _BS_TYPE_W)
            minutes = int(np.clip(rng.gamma(3, 3.2 if kind != "Checkpoint Test" else 6), 2, 60))
            skill = {"Spanish": 84, "French": 79, "German": 74, "Japanese": 70}[lang] - 3 * level_i
            score: float | None = float(np.clip(round(rng.normal(skill, 10)), 20, 100))
            passed: str = ""
            if kind == "Conversation Exercise":
                score = None
            if kind in ("Checkpoint Test", "Review"):
                passed = "TRUE" if score is not None and score >= 70 else "FALSE"
            xp = 40 if kind == "Checkpoint Test" else _BS_XP[kind]
            xp = xp + (10 if passed == "TRUE" and kind == "Checkpoint Test" else 0) + int(rng.integers(0, 4))
            day = pd.Timestamp("2023-01-09") + pd.Timedelta(days=int(d))
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Course Language": lang,
                    "CEFR Level": levels[level_i],
                    "Unit": f"Unit {unit}",
                    "Lesson Title": f"{_one(rng, _BS_TOPICS)}"
                    if kind != "Checkpoint Test"
                    else f"{levels[level_i]} Checkpoint",
                    "Activity Type": kind,
                    "Score (%)": score,
                    "XP": xp,
                    "Time Spent (min)": minutes,
                    "Community Corrections Received": int(rng.poisson(2.2)) if kind == "Conversation Exercise" else 0,
                    "Passed": passed,
                }
            )
    out = pd.DataFrame(rows)
    return out.sort_values("Date", kind="stable").reset_index(drop=True)


def _bs_passed(df: pd.DataFrame) -> pd.Series:
    """Passed as True/False/NA (blank when the activity has no test)."""
    text = _text(df, "Passed").str.upper()
    return text.map({"TRUE": True, "FALSE": False}).astype("boolean")


def _bs_pass_rate(df: pd.DataFrame) -> float:
    return float(_bs_passed(df).dropna().astype(bool).mean())


def _bs_longest_day(df: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(_top(df.groupby("Date")["Time Spent (min)"].sum()))


_BS_QS = [
    Q(
        "how much time have i spent studying overall",
        _scaled(lambda df: float(df["Time Spent (min)"].sum()), (60.0,), rel=0.005),
        ("Time Spent (min)",),
    ),
    Q(
        "whats my average score in each language",
        _about(lambda df: df.groupby("Course Language")["Score (%)"].mean(), rel=0.005),
        ("Score (%)", "Course Language"),
    ),
    Q(
        "how often do i pass when there's a test",
        _share(_bs_pass_rate),
        ("Passed",),
    ),
    Q(
        "which kind of activity earns the most xp on average",
        _lead(_named(lambda df: _top(df.groupby("Activity Type")["XP"].mean()))),
        ("Activity Type", "XP"),
    ),
    Q(
        "how many checkpoint tests have i failed",
        _count(lambda df: int(((df["Activity Type"] == "Checkpoint Test") & (_bs_passed(df) == False)).sum())),  # noqa: E712
        ("Activity Type", "Passed"),
    ),
    Q(
        "which day did i study the longest",
        _lead(_day(_bs_longest_day)),
        ("Date", "Time Spent (min)"),
    ),
]


# --- 4. HelloTalk chat log summary ----------------------------------------------------------------------------------

_HT_COUNTRIES = {
    "Japan": ("Japanese", 8),
    "South Korea": ("Korean", 4),
    "Mexico": ("Spanish", 5),
    "Spain": ("Spanish", 3),
    "Brazil": ("Portuguese", 3),
    "China": ("Chinese", 4),
    "France": ("French", 2),
    "Germany": ("German", 2),
}
_HT_NAMES = ["yuki", "minji", "carlos", "lucia", "joao", "wei", "claire", "lena", "hana", "diego", "mei", "sora"]


def _hellotalk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24704)
    countries = list(_HT_COUNTRIES)
    months = pd.period_range("2023-01", "2024-12", freq="M")
    partners = []
    used: set[str] = set()
    while len(partners) < 72:
        country = _one(rng, countries, [v[1] for v in _HT_COUNTRIES.values()])
        handle = f"@{_one(rng, _HT_NAMES)}_{int(rng.integers(10, 999))}"
        if handle in used:
            continue
        used.add(handle)
        first = int(rng.integers(0, 22))
        span = int(np.clip(rng.geometric(0.11), 1, len(months) - first))
        partners.append((handle, country, first, span, float(rng.lognormal(3.2, 0.8))))
    rows = []
    for handle, country, first, span, level in partners:
        native = _HT_COUNTRIES[country][0]
        for j in range(first, first + span):
            if rng.random() < 0.15:
                continue
            sent = int(rng.poisson(level * rng.uniform(0.4, 1.6) * (1.3 if months[j].month in (1, 7, 8) else 1)))
            received = int(rng.poisson(sent * 1.05 + 1))
            calls = int(rng.gamma(1.2, 12)) if rng.random() < 0.3 else 0
            rows.append(
                {
                    "Month": str(months[j]),
                    "Partner Handle": handle,
                    "Partner Country": country,
                    "Partner Native Language": native,
                    "Partner Learning Language": "English",
                    "Messages Sent": sent,
                    "Messages Received": received,
                    "Voice Messages": int(rng.poisson(sent * 0.08)),
                    "Corrections Given": int(rng.binomial(sent, 0.05)),
                    "Corrections Received": int(rng.binomial(sent, 0.11)),
                    "Translations Used": int(rng.poisson(received * 0.06)),
                    "Voice Call Minutes": calls,
                    "Moments Liked": int(rng.poisson(1.5)),
                }
            )
    out = pd.DataFrame(rows)
    return out.sort_values(["Month", "Partner Handle"], kind="stable").reset_index(drop=True)


def _ht_busy_month(cols: list[str]) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(df: pd.DataFrame) -> pd.Timestamp:
        return pd.Timestamp(_top(df.groupby("Month")[cols].sum().sum(axis=1)) + "-01")

    return month


_HT_QS = [
    Q(
        "how many different people have i chatted with",
        _count(lambda df: int(df["Partner Handle"].nunique())),
        ("Partner Handle",),
    ),
    Q(
        "who do i message the most",
        either(
            _lead(_named(lambda df: _top(df.groupby("Partner Handle")["Messages Sent"].sum()))),
            _lead(
                _named(
                    lambda df: _top(
                        df.groupby("Partner Handle")[["Messages Sent", "Messages Received"]].sum().sum(axis=1)
                    )
                )
            ),
        ),
        ("Partner Handle", "Messages Sent", "Messages Received"),
    ),
    Q(
        "where are most of my partners from",
        either(
            _lead(_named(lambda df: _top(df.groupby("Partner Country")["Partner Handle"].nunique()))),
            _lead(_named(lambda df: _top(df["Partner Country"].value_counts()))),
        ),
        ("Partner Country", "Partner Handle"),
    ),
    Q(
        "do i get corrected more than i correct others",
        _count(lambda df: [int(df["Corrections Received"].sum()), int(df["Corrections Given"].sum())]),
        ("Corrections Received", "Corrections Given"),
    ),
    Q(
        "voice call minutes per year?",
        _count(lambda df: df.groupby(df["Month"].str[:4])["Voice Call Minutes"].sum()),
        ("Voice Call Minutes", "Month"),
    ),
    Q(
        "which month was i most active",
        either(
            _lead(month_year(_ht_busy_month(["Messages Sent"]))),
            _lead(month_year(_ht_busy_month(["Messages Sent", "Messages Received"]))),
        ),
        ("Month", "Messages Sent", "Messages Received"),
    ),
]


# --- 5. Animal bite report log --------------------------------------------------------------------------------------

_AB_DOG_BREEDS = {
    "PIT BULL": 9,
    "MIXED": 6,
    "LABRADOR RETRIEVER": 5,
    "GERMAN SHEPHERD": 4,
    "CHIHUAHUA": 3,
    "BOXER": 1.5,
    "HUSKY": 1.5,
    "AUSTRALIAN CATTLE DOG": 1,
}
_AB_ZIPS = ["78701", "78702", "78704", "78721", "78741", "78744", "78745", "78753", "78758"]


def _bites_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24705)
    rows = []
    seq: dict[int, int] = {}
    for _ in range(1380):
        bite = _day_rng(rng, "2021-01-01", 1461)
        species = _one(rng, ["Dog", "Cat", "Bat", "Raccoon", "Other"], [70, 18, 5, 4, 3])
        if species == "Dog":
            breed = _one(rng, list(_AB_DOG_BREEDS), list(_AB_DOG_BREEDS.values())) if rng.random() < 0.93 else ""
        elif species == "Cat":
            breed = _one(rng, ["DOMESTIC SHORTHAIR", "DOMESTIC LONGHAIR", "SIAMESE"], [7, 2, 1])
            breed = breed if rng.random() < 0.8 else ""
        else:
            breed = ""
        wild = species in ("Bat", "Raccoon", "Other")
        vacc = "Unknown" if wild else _one(rng, ["Yes", "No", "Unknown"], [55, 20, 25])
        delay = int(min(rng.geometric(0.45) - 1, 30))
        report = bite + pd.Timedelta(days=delay)
        seq[report.year] = seq.get(report.year, 0) + 1
        age = int(np.clip(rng.gamma(2.2, 15), 1, 92)) if rng.random() > 0.06 else None
        severity = _one(rng, ["Minor", "Moderate", "Severe"], [62, 30, 8] if species == "Dog" else [75, 22, 3])
        if species in ("Bat", "Raccoon"):
            outcome = _one(rng, ["Tested Negative", "Tested Positive", "Not Located"], [70, 8, 22])
        elif species == "Other":
            outcome = _one(rng, ["Tested Negative", "Not Located", "Released"], [4, 4, 2])
        else:
            outcome = _one(rng, ["Released", "Euthanized", "Not Located", "Tested Negative"], [78, 3, 14, 5])
        zipc = _one(rng, _AB_ZIPS)
        if rng.random() < 0.05:
            zipc += f"-{int(rng.integers(1000, 9999))}"
        rows.append(
            {
                "Report Number": f"AB-{report.year}-{seq[report.year]:05d}",
                "Bite Date": f"{bite:%m/%d/%Y}",
                "Report Date": f"{report:%m/%d/%Y}",
                "Species": species,
                "Breed": breed,
                "Animal Vaccinated": vacc,
                "Victim Age": age,
                "Body Part": _one(rng, ["Hand", "Leg", "Face", "Arm", "Other"], [40, 25, 10, 18, 7]),
                "Severity": severity,
                "Location Type": _one(
                    rng, ["Owner's Home", "Public Park", "Street", "Other Residence"], [40, 15, 25, 20]
                ),
                "Zip Code": zipc,
                "Quarantine Outcome": outcome,
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Report Number", kind="stable").reset_index(drop=True)


def _ab_delay(df: pd.DataFrame) -> pd.Series:
    bite = pd.to_datetime(df["Bite Date"], format="%m/%d/%Y")
    return (pd.to_datetime(df["Report Date"], format="%m/%d/%Y") - bite).dt.days


_AB_QS = [
    Q(
        "how many of the bites were dogs",
        _count(lambda df: int((df["Species"] == "Dog").sum())),
        ("Species", "Report Number"),
    ),
    Q(
        "what percent of the animals were not vaccinated",
        either(
            _share(lambda df: float((df["Animal Vaccinated"] == "No").mean())),
            _share(
                lambda df: float(
                    (df["Animal Vaccinated"] == "No").sum() / df["Animal Vaccinated"].isin(["Yes", "No"]).sum()
                )
            ),
        ),
        ("Animal Vaccinated", "Report Number"),
    ),
    Q(
        "which dog breed bites the most",
        _lead(_named(lambda df: _top(df.loc[df["Species"] == "Dog", "Breed"].value_counts()))),
        ("Breed", "Species", "Report Number"),
    ),
    Q(
        "average age of the people bitten",
        _about(lambda df: pd.to_numeric(df["Victim Age"], errors="coerce").mean(), rel=0.005),
        ("Victim Age",),
    ),
    Q(
        "how long does it usually take from the bite to the report",
        either(_about(lambda df: _ab_delay(df).mean(), rel=0.01), _about(lambda df: _ab_delay(df).median())),
        ("Bite Date", "Report Date"),
    ),
    Q(
        "how many bats tested positive",
        _count(lambda df: int(((df["Species"] == "Bat") & (df["Quarantine Outcome"] == "Tested Positive")).sum())),
        ("Species", "Quarantine Outcome", "Report Number"),
    ),
]


# --- 6. Sinkhole incident database ----------------------------------------------------------------------------------

_SH_COUNTIES = {
    "Hillsborough": ("Tampa", 27.99, -82.35, 10),
    "Pasco": ("Land O' Lakes", 28.31, -82.45, 8),
    "Hernando": ("Spring Hill", 28.48, -82.52, 7),
    "Marion": ("Ocala", 29.19, -82.13, 5),
    "Polk": ("Lakeland", 28.04, -81.95, 4),
    "Citrus": ("Inverness", 28.84, -82.33, 3.5),
    "Alachua": ("Gainesville", 29.65, -82.32, 3),
    "Orange": ("Orlando", 28.54, -81.38, 2.5),
    "Sumter": ("The Villages", 28.93, -81.99, 2),
}


def _sinkhole_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24706)
    rows = []
    counties = list(_SH_COUNTIES)
    years = np.arange(2005, 2025)
    year_w = np.ones(len(years))
    year_w[years == 2010] = 3.2  # the January 2010 freeze (dewatering for crop protection)
    year_w[years == 2012] = 2.0  # Tropical Storm Debby
    for i in range(820):
        county = _one(rng, counties, [v[3] for v in _SH_COUNTIES.values()])
        city, lat, lon, _ = _SH_COUNTIES[county]
        year = int(_one(rng, list(years), list(year_w)))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        kind = _one(rng, ["Cover-collapse", "Cover-subsidence", "Solution", "Unknown"], [45, 30, 10, 15])
        cause = _one(rng, ["Natural", "Heavy Rain", "Dewatering", "Construction", "Broken Pipe", "Unknown"])
        cause = "Dewatering" if year == 2010 and rng.random() < 0.6 else cause
        diameter = round(float(np.clip(rng.lognormal(2.3, 0.75), 1, 300)), 1)
        depth = round(float(np.clip(diameter * rng.uniform(0.3, 1.1) + rng.normal(0, 3), 0.5, 150)), 1)
        damage = _one(rng, ["None", "Road", "Structure", "Utility", "Multiple"], [45, 22, 15, 8, 10])
        rows.append(
            {
                "Incident ID": f"SH-{i + 1:06d}",
                "Date Reported": f"{day.month}/{day.day}/{day.year}",
                "County": county,
                "Nearest City": city,
                "Latitude": round(lat + rng.normal(0, 0.12), 5),
                "Longitude": round(lon + rng.normal(0, 0.12), 5),
                "Diameter (ft)": diameter,
                "Depth (ft)": depth if rng.random() > 0.3 else None,
                "Type": kind,
                "Cause": cause,
                "Damage": damage,
                "Verified By Geologist": "Y" if rng.random() < 0.4 else "N",
            }
        )
    return pd.DataFrame(rows)


def _sh_years(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date Reported"], format="%m/%d/%Y").dt.year


_SH_QS = [
    Q(
        "which county has the most sinkholes",
        _lead(_named(lambda df: _top(df["County"].value_counts()))),
        ("County", "Incident ID"),
    ),
    Q(
        "how wide are they typically",
        either(
            _about(lambda df: df["Diameter (ft)"].mean(), rel=0.005),
            _about(lambda df: df["Diameter (ft)"].median(), rel=0.005),
        ),
        ("Diameter (ft)",),
    ),
    Q(
        "how many damaged a road",
        either(
            _count(lambda df: int((df["Damage"] == "Road").sum())),
            _count(lambda df: int(df["Damage"].isin(["Road", "Multiple"]).sum())),
        ),
        ("Damage", "Incident ID"),
    ),
    Q(
        "how many have no depth recorded",
        _count(lambda df: int(df["Depth (ft)"].isna().sum())),
        ("Depth (ft)", "Incident ID"),
    ),
    Q(
        "which year had the most reports",
        _lead(_year(lambda df: int(_top(_sh_years(df).value_counts())))),
        ("Date Reported", "Incident ID"),
    ),
    Q(
        "are the deeper ones also wider",
        _corr(lambda df: df["Depth (ft)"], lambda df: df["Diameter (ft)"]),
        ("Depth (ft)", "Diameter (ft)"),
    ),
]


# --- 7. Electric outage event report --------------------------------------------------------------------------------

_OU_CAUSES = [
    "Weather",
    "Equipment Failure",
    "Vegetation",
    "Animal",
    "Vehicle Accident",
    "Planned Maintenance",
    "Unknown",
]
_OU_STORMS = {
    "Winter Storm Elliott": "2022-12-23",
    "Hurricane Idalia": "2023-08-30",
    "Derecho July 2023": "2023-07-20",
    "Winter Storm Heather": "2024-01-15",
    "Hurricane Debby": "2024-08-06",
}
_OU_REGIONS = ["North", "South", "East", "West", "Metro"]


def _outage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24707)
    rows = []
    storms = list(_OU_STORMS)
    storm_size = {"Winter Storm Elliott": 60, "Hurricane Idalia": 110, "Derecho July 2023": 45}
    storm_size |= {"Winter Storm Heather": 35, "Hurricane Debby": 80}
    for name in storms:
        for _ in range(storm_size[name]):
            start = pd.Timestamp(_OU_STORMS[name]) + pd.Timedelta(minutes=int(rng.integers(0, 2 * 1440)))
            rows.append((start, "Weather", name))
    for _ in range(1150):
        day = _day_rng(rng, "2022-01-01", 1096)
        summer = day.month in (6, 7, 8)
        cause = _one(rng, _OU_CAUSES, [14 if summer else 8, 26, 20, 16, 7, 9, 6])
        start = day + pd.Timedelta(minutes=int(rng.integers(0, 1440)))
        if cause == "Planned Maintenance":
            start = day + pd.Timedelta(hours=int(rng.integers(8, 15)))
        rows.append((start, cause, ""))
    out = []
    counts: dict[int, int] = {}
    for start, cause, storm in sorted(rows, key=lambda r: r[0]):
        region = _one(rng, _OU_REGIONS, [2, 2, 2, 2, 3])
        scale = 3.0 if storm else 1.0
        customers = int(np.clip(rng.lognormal(5.0 + (0.8 if storm else 0), 1.2), 1, 40000))
        minutes = float(
            np.clip(rng.lognormal(4.6 + (0.9 if storm else 0), 0.8) * (0.7 if region == "Metro" else 1), 5, 6000)
        )
        if cause == "Planned Maintenance":
            minutes = float(rng.integers(60, 300))
        end = start + pd.Timedelta(minutes=round(minutes))
        open_event = rng.random() < 0.012
        counts[start.year] = counts.get(start.year, 0) + 1
        out.append(
            {
                "Event ID": f"OUT-{start.year % 100:02d}-{counts[start.year]:05d}",
                "Start Time": f"{start:%Y-%m-%d %H:%M}",
                "Restoration Time": "" if open_event else f"{end:%Y-%m-%d %H:%M}",
                "Region": region,
                "Cause": cause,
                "Customers Affected": customers,
                "Customer Minutes Interrupted (CMI)": None if open_event else customers * round(minutes),
                "Crew Count": int(np.clip(rng.poisson(2 * scale) + 1, 1, 30)),
                "Storm Name": storm,
                "Feeder ID": f"FDR-{region[0]}-{int(rng.integers(100, 900)):04d}",
            }
        )
    return pd.DataFrame(out)


def _ou_hours(df: pd.DataFrame) -> pd.Series:
    start = pd.to_datetime(df["Start Time"])
    end = pd.to_datetime(df["Restoration Time"], errors="coerce")
    return (end - start).dt.total_seconds() / 3600


def _ou_busy_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Start Time"]).dt.to_period("M").value_counts()
    return months.sort_index(kind="stable").idxmax().to_timestamp()


_OU_QS = [
    Q(
        "what causes the most outages",
        _lead(_named(lambda df: _top(df["Cause"].value_counts()))),
        ("Cause", "Event ID"),
    ),
    Q(
        "how many customers lost power in total",
        _amount(lambda df: float(df["Customers Affected"].sum())),
        ("Customers Affected",),
    ),
    Q(
        "average outage length in hours for each region",
        _about(lambda df: _ou_hours(df).groupby(df["Region"]).mean()),
        ("Region", "Start Time", "Restoration Time"),
    ),
    Q(
        "which storm was the worst in customer minutes",
        _lead(
            _named(lambda df: _top(df.groupby("Storm Name")["Customer Minutes Interrupted (CMI)"].sum())),
        ),
        ("Storm Name", "Customer Minutes Interrupted (CMI)"),
    ),
    Q(
        "how many outages lasted more than 4 hours",
        _count(lambda df: int((_ou_hours(df) > 4).sum())),
        ("Start Time", "Restoration Time", "Event ID"),
    ),
    Q(
        "which month had the most outages",
        _lead(month_year(_ou_busy_month)),
        ("Start Time", "Event ID"),
    ),
]


HELDOUT247: list[Dataset] = [
    Dataset("librarything_catalog_export", _librarything_frame, _LT_QS),
    Dataset("blinkist_library_export", _blinkist_frame, _BK_QS),
    Dataset("busuu_learning_activity", _busuu_frame, _BS_QS),
    Dataset("hellotalk_chat_log_summary", _hellotalk_frame, _HT_QS),
    Dataset("animal_bite_report_log", _bites_frame, _AB_QS),
    Dataset("sinkhole_incident_database", _sinkhole_frame, _SH_QS),
    Dataset("electric_outage_event_report", _outage_frame, _OU_QS),
]
