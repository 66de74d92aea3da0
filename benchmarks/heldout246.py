"""HELDOUT246: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of exports an analyst is likely to bring along: a Yousician progress export
(one row per exercise or song attempt, 2023-2024) with Date as "2023-04-18", Instrument (Guitar, Piano, Ukulele,
Bass, Singing), Path ("Lead Guitar", "Rhythm Guitar", "Classical", "Pop Piano", ...), Level (1-10), Exercise, Type
(Lesson, Song, Workout, Challenge), Stars (0-3), Score, "Accuracy (%)" as "87%" text (blank for a few unfinished
attempts), "Tempo (BPM)" (blank for most singing), "Practice Time (min)" with one decimal and Completed (Yes/No); a
MuseScore.com account score list export with Title, Composer, Arranger (blank when the original), Instrumentation
("Piano Solo", "String Quartet", "SATB", "Concert Band", ...), Pages, Duration as "3:45", Views, Favorites,
Comments, Downloads, Uploaded and "Last Updated" as "Mar 4, 2021", Privacy (Public, Private, Unlisted), Key ("C
major", "F# minor") and "Time Signature" ("4/4", "6/8"); an HSReplay Hearthstone match history (one row per game,
January-June 2024) with "Played At" as "2024-03-05 21:14:05", Mode (Ranked Standard, Ranked Wild, Arena,
Battlegrounds, Casual), "My Class" (blank in Battlegrounds), "Deck Name" (blank outside constructed), "Opponent
Class" (blank in Battlegrounds), Result (Win, Loss, a few Tie; in Battlegrounds a top-four finish is a Win), "Went
First" (Yes, or "Coin" when second; blank in Battlegrounds), Turns, Duration as "8m 20s", "Rank Before" and "Rank
After" ("Diamond 5", "Legend 1234"; blank outside ranked) and "Battlegrounds Placement" (1-8, blank outside
Battlegrounds); a 17lands MTG Arena draft log export (one row per draft, 2023-2024) with "Draft Date" as
"2024-04-21", Set (WOE, LCI, MKM, OTJ, BLB, DSK), Format (Premier Draft, Quick Draft, Traditional Draft, Sealed),
"Deck Colors" in WUBRG order ("WU", "BRG", "B"), Wins, Losses, "Entry Fee (Gems)", "Gems Won", "Packs Won", Trophy
(Yes/No: 7 wins, or 3-0 in Traditional), "Game Win Rate (%)" with one decimal (a few blank), Mulligans and "Rares
Drafted"; a state department of agriculture's registered apiary list (one row per registration, a few rows in
twice) with "Registration Number" as "AP-2019-00123", County, "Beekeeper Type" (Hobbyist, Sideliner, Commercial),
"Number of Colonies", "Number of Apiary Locations", "Hive Types" semicolon-separated ("Langstroth;Top Bar"),
"Registered Date" and "Renewal Due" as "MM/DD/YYYY", "Last Inspection Date" (blank when never inspected),
"Inspection Result" (Clean, American Foulbrood, European Foulbrood, Varroa Above Threshold, blank when never
inspected), "Sells Honey" and "Pollination Services" (Y/N); a state DOT traffic count station summary (one row per
station per year, 250 stations, 2015-2023) with "Station ID" as a zero-padded code ("0530012", read back as a number
without its leading zero), Route ("I-95", "US 1", "SR 7"), County, "Location Description" ("0.5 MI N OF SR 80"),
Year, AADT (blank for some 2016-2017 counts), "Truck Percentage" with one decimal, "Peak Hour Volume", "Directional
Split" as "52/48", "Count Type" (Continuous, Short-Term, Estimated; fixed per station), "Functional Class"
(Interstate, Principal Arterial, Minor Arterial, Collector, Local) and Lanes; and a county health department's
private well water test results (one row per sample, January 2021 to April 2023) with "Sample ID" as "WW-21-00045",
"Sample Date" as "6/14/2021", Township, "Well Depth (ft)" (blank when unknown), "Well Type" (Drilled, Dug, Driven),
"Total Coliform" and "E. coli" (Present/Absent), "Nitrate (mg/L)", "Arsenic (µg/L)" and "Lead (µg/L)" ("<1" under
detection, else a number), pH, "Hardness (mg/L as CaCO3)", "Exceeds Any Standard" (Y/N: coliform or E. coli present,
nitrate over 10, arsenic over 10 or lead over 15) and "Reason For Test" (Real Estate, Routine, Problem, New Well).
All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("%", "$", commas and blanks handled; "<1" as 0)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    text = text.mask(text.str.startswith("<", na=False), "0")
    return pd.to_numeric(text, errors="coerce")


def _txt(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    """Yes/No, Y/N or Present/Absent as booleans."""
    return _txt(df, col).str.upper().isin(["YES", "Y", "TRUE", "PRESENT"])


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, (1e3, 1e6), rel=0.005)


# --- 1. Yousician progress export ----------------------------------------------------------------------------------

_YS_PATHS = {
    "Guitar": (["Lead Guitar", "Rhythm Guitar", "Classical"], 6),
    "Piano": (["Pop Piano", "Classical"], 3),
    "Ukulele": (["Ukulele Basics", "Fingerpicking"], 1.5),
    "Bass": (["Bass Grooves"], 1),
    "Singing": (["Vocal Fundamentals", "Pop Singing"], 1),
}
_YS_EXERCISES = {
    "Lesson": ["Power Chords", "Palm Muting", "Major Scale", "Hammer-ons", "Barre Chords", "Syncopation", "Arpeggios"],
    "Song": ["Smoke on the Water", "Wonderwall", "Let It Be", "Riptide", "Seven Nation Army", "Hallelujah"],
    "Workout": ["Chord Changes Workout", "Scale Speed Workout", "Rhythm Workout", "Pitch Workout"],
    "Challenge": ["Weekly Challenge", "Speed Challenge", "Accuracy Challenge"],
}


def _yousician_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24601)
    rows = []
    instruments = list(_YS_PATHS)
    days = pd.date_range("2023-01-01", "2024-12-31")
    # enthusiasm comes in waves: some months far busier than others
    month_pull = {m: float(rng.uniform(0.4, 1.6)) for m in range(24)}
    weights = np.array([month_pull[(d.year - 2023) * 12 + d.month - 1] for d in days])
    picks = np.sort(rng.choice(len(days), size=1900, p=weights / weights.sum()))
    for i in picks:
        day = days[i]
        inst = _one(rng, instruments, [v[1] for v in _YS_PATHS.values()])
        path = _one(rng, _YS_PATHS[inst][0])
        kind = _one(rng, list(_YS_EXERCISES), [45, 30, 15, 10])
        level = int(np.clip(1 + (day - days[0]).days / 80 + rng.normal(0, 1), 1, 10))
        skill = {"Guitar": 84, "Piano": 78, "Ukulele": 88, "Bass": 81, "Singing": 72}[inst]
        acc = float(np.clip(rng.normal(skill - (4 if kind == "Challenge" else 0), 9), 20, 100))
        completed = rng.random() < (0.93 if acc > 65 else 0.5)
        stars = 0 if not completed else int(np.digitize(acc, [70, 85, 95]))
        minutes = round(float(rng.gamma(2.2, 2.6 if kind != "Song" else 2.0)) + 1, 1)
        tempo: Any = int(rng.integers(60, 161)) if inst != "Singing" or rng.random() < 0.15 else None
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Instrument": inst,
                "Path": path,
                "Level": level,
                "Exercise": _one(rng, _YS_EXERCISES[kind]),
                "Type": kind,
                "Stars": stars,
                "Score": round(acc * 10 * (1.2 if completed else 0.6) + float(rng.integers(0, 80))),
                "Accuracy (%)": f"{acc:.0f}%" if completed or rng.random() < 0.6 else "",
                "Tempo (BPM)": tempo,
                "Practice Time (min)": minutes,
                "Completed": "Yes" if completed else "No",
            }
        )
    out = pd.DataFrame(rows)
    out["Tempo (BPM)"] = out["Tempo (BPM)"].astype("Int64")
    return out


def _ys_minutes(df: pd.DataFrame) -> float:
    return float(df["Practice Time (min)"].sum())


def _ys_top_inst(df: pd.DataFrame) -> str:
    return _top(df.groupby("Instrument")["Practice Time (min)"].sum())


def _ys_top_month(by_time: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def top(df: pd.DataFrame) -> pd.Timestamp:
        month = pd.to_datetime(df["Date"]).dt.to_period("M")
        scores = df.groupby(month)["Practice Time (min)"].sum() if by_time else month.value_counts()
        return scores.sort_index().idxmax().to_timestamp()

    return top


_YS_QS = [
    Q(
        "how many hours have i practiced altogether",
        either(_about(lambda df: _ys_minutes(df) / 60, rel=0.003), _count(_ys_minutes)),
        ("Practice Time (min)",),
    ),
    Q(
        "which instrument have i put the most time into",
        _lead(_named(_ys_top_inst)),
        ("Instrument", "Practice Time (min)"),
    ),
    Q(
        "whats my average accuracy on that one",
        _about(lambda df: _num(df, "Accuracy (%)")[df["Instrument"] == _ys_top_inst(df)].mean(), rel=0.005),
        ("Instrument", "Accuracy (%)"),
    ),
    Q(
        "how many times did i get 3 stars",
        _count(lambda df: int((pd.to_numeric(df["Stars"], errors="coerce") == 3).sum())),
        ("Stars",),
    ),
    Q(
        "what percent of attempts did i actually finish",
        _share(lambda df: float(_flag(df, "Completed").mean())),
        ("Completed",),
    ),
    Q(
        "which month did i practice the most",
        either(_month_year(_ys_top_month(True)), _month_year(_ys_top_month(False))),
        ("Date", "Practice Time (min)"),
    ),
]


# --- 2. MuseScore.com score list -----------------------------------------------------------------------------------

_MS_PIECES = {
    "Johann Sebastian Bach": ["Prelude in C", "Minuet in G", "Air on the G String", "Jesu, Joy of Man's Desiring"],
    "Ludwig van Beethoven": ["Für Elise", "Moonlight Sonata 1st Mvt", "Ode to Joy", "Pathetique 2nd Mvt"],
    "Frédéric Chopin": ["Nocturne Op. 9 No. 2", "Prelude in E minor", "Waltz in A minor"],
    "Joe Hisaishi": ["One Summer's Day", "Merry-Go-Round of Life", "Summer", "Path of the Wind"],
    "Koji Kondo": ["Super Mario Bros. Theme", "Zelda's Lullaby", "Song of Storms"],
    "Toby Fox": ["Megalovania", "His Theme", "Fallen Down", "Hopes and Dreams"],
    "Traditional": ["Greensleeves", "Danny Boy", "Scarborough Fair", "Amazing Grace"],
    "Original": ["Rainy Afternoon", "Study No. 3", "Lullaby for June", "Waltz for a Friend", "Sketch in D"],
}
_MS_W = [2.5, 2.5, 1.5, 3.5, 2, 3, 1.5, 2]
_MS_INSTR = ["Piano Solo", "String Quartet", "SATB", "Concert Band", "Guitar Solo", "Flute and Piano", "Violin Solo"]
_MS_KEYS = ["C major", "G major", "D major", "F major", "A minor", "E minor", "D minor", "F# minor", "Bb major"]


def _musescore_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24602)
    rows = []
    composers = list(_MS_PIECES)
    for _ in range(420):
        comp = _one(rng, composers, _MS_W)
        title = _one(rng, _MS_PIECES[comp])
        instr = _one(rng, _MS_INSTR, [10, 2, 1.5, 1, 2, 1.5, 1.5])
        original = comp == "Original"
        arranger = "" if original or rng.random() < 0.3 else "musicbyme"
        if not original and arranger and instr != "Piano Solo":
            title = f"{title} ({instr})"
        seconds = int(np.clip(rng.normal(200, 70), 45, 600))
        pages = max(1, round(seconds / 60 * rng.uniform(0.7, 1.3) * (1.8 if instr == "Concert Band" else 1)))
        popular = {"Joe Hisaishi": 3, "Toby Fox": 3.5, "Koji Kondo": 2.5, "Original": 0.2}.get(comp, 1.2)
        views = int(rng.lognormal(np.log(900 * popular), 1.2))
        privacy = _one(rng, ["Public", "Private", "Unlisted"], [80, 12, 8])
        if privacy != "Public":
            views = int(views * 0.02)
        favs = int(views * rng.uniform(0.01, 0.05))
        up = pd.Timestamp("2018-01-01") + pd.Timedelta(days=int(rng.integers(0, 2500)))
        upd = up + pd.Timedelta(days=int(rng.integers(0, 400))) if rng.random() < 0.5 else up
        rows.append(
            {
                "Title": title,
                "Composer": comp if not original else "musicbyme",
                "Arranger": arranger,
                "Instrumentation": instr,
                "Pages": pages,
                "Duration": f"{seconds // 60}:{seconds % 60:02d}",
                "Views": views,
                "Favorites": favs,
                "Comments": int(rng.poisson(favs * 0.08)),
                "Downloads": int(views * rng.uniform(0.05, 0.2)),
                "Uploaded": f"{up:%b} {up.day}, {up.year}",
                "Last Updated": f"{upd:%b} {upd.day}, {upd.year}",
                "Privacy": privacy,
                "Key": _one(rng, _MS_KEYS),
                "Time Signature": _one(rng, ["4/4", "3/4", "6/8", "2/4"], [6, 3, 1.5, 1]),
            }
        )
    return pd.DataFrame(rows)


def _ms_seconds(df: pd.DataFrame) -> pd.Series:
    parts = df["Duration"].astype("string").str.split(":", expand=True)
    return pd.to_numeric(parts[0]) * 60 + pd.to_numeric(parts[1])


def _ms_typical(answer: str, df: pd.DataFrame) -> str | None:
    """A typical length (mean or median) in minutes, as "3:19" / "3 min 19 s", or in seconds, to within 2 seconds."""
    secs = _ms_seconds(df)
    wants = [float(secs.mean()), float(secs.median())]
    said = [60 * float(m) + float(s) for m, s in re.findall(r"(?<![\d.:])(\d{1,2}):(\d\d)(?![\d:])", answer)]
    said += [
        60 * float(m) + float(s) for m, s in re.findall(r"(\d{1,2})\s*m(?:in\w*)?,?\s*(?:and\s+)?(\d{1,2})\s*s", answer)
    ]
    said += [k * f for f in _found(answer) for k in (1, 60)]
    if any(abs(x - w) <= max(2.0, 0.01 * w) for x in said for w in wants):
        return None
    return f"missing typical length {wants[0]:.0f}s"


def _ms_top_composer(df: pd.DataFrame) -> str:
    return _top(df["Composer"].value_counts())


_MS_QS = [
    Q(
        "how many of my scores are public",
        _count(lambda df: int((_txt(df, "Privacy") == "Public").sum())),
        ("Privacy",),
    ),
    Q(
        "total views across all of them",
        _amount(lambda df: df["Views"].sum()),
        ("Views",),
    ),
    Q(
        "which composer do i have the most scores of",
        _lead(_named(_ms_top_composer)),
        ("Composer", "Title"),
    ),
    Q(
        "how many downloads do those have in total",
        _amount(lambda df: df.loc[df["Composer"] == _ms_top_composer(df), "Downloads"].sum()),
        ("Composer", "Downloads"),
    ),
    Q(
        "how long is a typical piece, in minutes",
        _ms_typical,
        ("Duration",),
    ),
    Q(
        "do views and favorites go together? correlation",
        _corr(lambda df: df["Views"], lambda df: df["Favorites"]),
        ("Views", "Favorites"),
    ),
]


# --- 3. HSReplay Hearthstone match history -------------------------------------------------------------------------

_HS_CLASSES = ["Mage", "Druid", "Hunter", "Death Knight", "Paladin", "Rogue", "Warlock", "Priest", "Shaman"]
_HS_DECKS = {
    "Mage": (["Spell Mage", "Elemental Mage"], 0.49),
    "Druid": (["Ramp Druid", "Dragon Druid"], 0.55),
    "Hunter": (["Face Hunter"], 0.51),
    "Death Knight": (["Blood DK", "Frost DK", "Plague DK"], 0.58),
    "Paladin": (["Pure Paladin"], 0.47),
    "Rogue": (["Mech Rogue"], 0.45),
}
_HS_LADDER = ["Bronze", "Silver", "Gold", "Platinum", "Diamond"]


def _hs_rank_text(points: int) -> str:
    """Rank from a ladder position: 0-49 Bronze 10 .. Diamond 1, 50+ Legend."""
    if points >= 50:
        return f"Legend {max(1, 9000 - (points - 50) * 150)}"
    return f"{_HS_LADDER[points // 10]} {10 - points % 10}"


def _hearthstone_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24603)
    rows = []
    t = pd.Timestamp("2024-01-02 18:00:00")
    ladder = {"Ranked Standard": 30, "Ranked Wild": 22}
    mine = list(_HS_DECKS)
    while len(rows) < 1400:
        t += pd.Timedelta(minutes=int(rng.gamma(1.1, 170)))
        if t.hour < 8:
            t += pd.Timedelta(hours=10)
        mode = _one(rng, ["Ranked Standard", "Ranked Wild", "Arena", "Battlegrounds", "Casual"], [50, 12, 10, 20, 8])
        row: dict[str, Any] = {"Played At": f"{t:%Y-%m-%d %H:%M:%S}", "Mode": mode}
        if mode == "Battlegrounds":
            place = int(_one(rng, range(1, 9), [14, 14, 13, 13, 12, 12, 11, 11]))
            secs = int(rng.normal(1150, 260))
            row |= {"My Class": "", "Deck Name": "", "Opponent Class": "", "Went First": ""}
            row |= {"Result": "Win" if place <= 4 else "Loss", "Turns": int(rng.integers(9, 20))}
            row |= {"Rank Before": "", "Rank After": "", "Battlegrounds Placement": place}
        else:
            cls = _one(rng, mine, [4, 3, 3, 3.5, 1.5, 1.5])
            names, rate = _HS_DECKS.get(cls, (["Arena Run"], 0.5))
            first = rng.random() < 0.5
            p = rate + (0.04 if first else -0.04)
            draw = rng.random()
            result = "Tie" if draw < 0.006 else ("Win" if draw < p else "Loss")
            turns = int(np.clip(rng.normal(9.5, 2.8), 4, 25))
            secs = int(turns * rng.uniform(45, 75))
            row |= {
                "My Class": cls,
                "Deck Name": _one(rng, names) if mode != "Arena" else "",
                "Opponent Class": _one(rng, _HS_CLASSES),
                "Went First": "Yes" if first else "Coin",
                "Result": result,
                "Turns": turns,
            }
            if mode in ladder:
                before = ladder[mode]
                after = max(0, before + (1 if result == "Win" else -1 if result == "Loss" else 0))
                ladder[mode] = after
                row |= {"Rank Before": _hs_rank_text(before), "Rank After": _hs_rank_text(after)}
            else:
                row |= {"Rank Before": "", "Rank After": ""}
            row["Battlegrounds Placement"] = None
        row["Duration"] = f"{secs // 60}m {secs % 60}s"
        rows.append(row)
    cols = ["Played At", "Mode", "My Class", "Deck Name", "Opponent Class", "Result", "Went First", "Turns"]
    cols += ["Duration", "Rank Before", "Rank After", "Battlegrounds Placement"]
    out = pd.DataFrame(rows)[cols]
    out["Battlegrounds Placement"] = out["Battlegrounds Placement"].astype("Int64")
    return out[pd.to_datetime(out["Played At"]) < "2024-07-01"].reset_index(drop=True)


def _hs_win_rate(how: str) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = df
        if how == "no_bg":
            d = df[df["Mode"] != "Battlegrounds"]
        elif how == "no_ties":
            d = df[df["Result"] != "Tie"]
        elif how == "no_bg_ties":
            d = df[(df["Mode"] != "Battlegrounds") & (df["Result"] != "Tie")]
        return float((d["Result"] == "Win").mean())

    return rate


def _hs_best_class(by_rate: bool) -> Callable[[pd.DataFrame], str]:
    def best(df: pd.DataFrame) -> str:
        d = df[_txt(df, "My Class") != ""]
        wins = d["Result"] == "Win"
        scores = wins.groupby(d["My Class"]).mean() if by_rate else wins.groupby(d["My Class"]).sum()
        return _top(scores)

    return best


def _hs_first_rate(first: str) -> Check:
    def rate(skip_ties: bool) -> Callable[[pd.DataFrame], float]:
        def value(df: pd.DataFrame) -> float:
            d = df[_txt(df, "Went First") == first]
            if skip_ties:
                d = d[d["Result"] != "Tie"]
            return float((d["Result"] == "Win").mean())

        return value

    return either(_share(rate(False)), _share(rate(True)))


_HS_QS = [
    Q(
        "whats my overall win rate",
        either(*(_share(_hs_win_rate(h)) for h in ("all", "no_bg", "no_ties", "no_bg_ties"))),
        ("Result", "Mode"),
    ),
    Q(
        "which class do i win the most with",
        _lead(either(_named(_hs_best_class(True)), _named(_hs_best_class(False)))),
        ("My Class", "Result"),
    ),
    Q(
        "win rate when i go first?",
        _hs_first_rate("Yes"),
        ("Went First", "Result"),
    ),
    Q(
        "and on the coin?",
        _hs_first_rate("Coin"),
        ("Went First", "Result"),
    ),
    Q(
        "what's my average finish in battlegrounds",
        _about(lambda df: pd.to_numeric(df["Battlegrounds Placement"], errors="coerce").mean(), rel=0.005),
        ("Battlegrounds Placement", "Mode"),
    ),
    Q(
        "how many games did i play in march",
        _count(lambda df: int((pd.to_datetime(df["Played At"]).dt.month == 3).sum())),
        ("Played At",),
    ),
]


# --- 4. 17lands MTG Arena draft log --------------------------------------------------------------------------------

_DL_SETS = [("WOE", "2023-09-05"), ("LCI", "2023-11-14"), ("MKM", "2024-02-06"), ("OTJ", "2024-04-16")]
_DL_SETS += [("BLB", "2024-07-30"), ("DSK", "2024-09-24")]
# format: fee, best-of-three, gems by wins, packs by wins
_DL_FORMATS = {
    "Premier Draft": (1500, False, [50, 100, 250, 1000, 1400, 1600, 1800, 2200], [1, 1, 2, 2, 3, 4, 5, 6]),
    "Quick Draft": (750, False, [50, 100, 200, 300, 450, 650, 850, 950], [1, 1, 1, 1, 1, 1, 1, 2]),
    "Traditional Draft": (1500, True, [0, 0, 1000, 3000], [1, 1, 4, 6]),
    "Sealed": (2000, False, [200, 400, 600, 1200, 1400, 1600, 2000, 2200], [3, 3, 3, 3, 3, 3, 3, 3]),
}
_DL_COLORS = {"WU": 2, "WB": 3, "WR": 2.5, "WG": 3, "UB": 2, "UR": 1.5, "UG": 2, "BR": 2.5, "BG": 3.5, "RG": 2.5}
_DL_COLORS |= {"B": 0.3, "WUB": 0.3, "BRG": 0.5, "WBG": 0.4, "URG": 0.2}
_DL_SKILL = {"WB": 0.05, "BG": 0.07, "UR": -0.06, "WU": -0.02, "RG": 0.02}


def _draft_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24604)
    rows = []
    colors = list(_DL_COLORS)
    for _ in range(360):
        k = int(_one(rng, range(len(_DL_SETS)), [1, 1.3, 1.6, 1.2, 2.0, 1.1]))
        code, start = _DL_SETS[k]
        day = pd.Timestamp(start) + pd.Timedelta(days=int(rng.integers(0, 70)))
        fmt = _one(rng, list(_DL_FORMATS), [55, 25, 12, 8])
        fee, bo3, gems, packs = _DL_FORMATS[fmt]
        deck = _one(rng, colors, list(_DL_COLORS.values()))
        mulls = int(rng.poisson(0.9))
        p = float(np.clip(0.55 + _DL_SKILL.get(deck, -0.03) - 0.03 * mulls + rng.normal(0, 0.05), 0.2, 0.85))
        wins = losses = 0
        cap_w, cap_l = (3, 3) if bo3 else (7, 3)
        games_w = games_l = 0
        while wins < cap_w and losses < cap_l and (wins + losses < 3 if bo3 else True):
            if bo3:
                a = b = 0
                while a < 2 and b < 2:
                    if rng.random() < p:
                        a += 1
                    else:
                        b += 1
                games_w, games_l = games_w + a, games_l + b
                won = a == 2
            else:
                won = rng.random() < p
                games_w, games_l = games_w + won, games_l + (not won)
            wins, losses = wins + won, losses + (not won)
        trophy = wins == cap_w and (losses == 0 if bo3 else True)
        rate: Any = round(100 * games_w / (games_w + games_l), 1) if rng.random() > 0.04 else None
        rows.append(
            {
                "Draft Date": f"{day:%Y-%m-%d}",
                "Set": code,
                "Format": fmt,
                "Deck Colors": deck,
                "Wins": wins,
                "Losses": losses,
                "Entry Fee (Gems)": fee,
                "Gems Won": gems[wins],
                "Packs Won": packs[wins],
                "Trophy": "Yes" if trophy else "No",
                "Game Win Rate (%)": rate,
                "Mulligans": mulls,
                "Rares Drafted": int(rng.integers(0, 4) + (1 if fmt == "Sealed" else 0) * 4),
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Draft Date", kind="stable").reset_index(drop=True)


def _dl_best_pair(df: pd.DataFrame) -> str:
    d = df[_txt(df, "Deck Colors").str.len() == 2]
    return _top(d.groupby("Deck Colors")["Wins"].mean())


_DL_QS = [
    Q(
        "how many trophies have i gotten",
        _count(lambda df: int(_flag(df, "Trophy").sum())),
        ("Trophy",),
    ),
    Q(
        "how many gems have i spent on entries, and how many did i win back",
        _amount(lambda df: [df["Entry Fee (Gems)"].sum(), df["Gems Won"].sum()]),
        ("Entry Fee (Gems)", "Gems Won"),
    ),
    Q(
        "which two-color deck gets the most wins on average",
        _lead(_named(_dl_best_pair)),
        ("Deck Colors", "Wins"),
    ),
    Q(
        "how many BLB drafts did i do",
        _count(lambda df: int((_txt(df, "Set") == "BLB").sum())),
        ("Set",),
    ),
    Q(
        "and what % of those got a trophy",
        _share(lambda df: float(_flag(df, "Trophy")[_txt(df, "Set") == "BLB"].mean())),
        ("Set", "Trophy"),
    ),
    Q(
        "do mulligans hurt my wins? correlation",
        _corr(lambda df: df["Mulligans"], lambda df: df["Wins"]),
        ("Mulligans", "Wins"),
    ),
]


# --- 5. Registered apiary list -------------------------------------------------------------------------------------

_AP_COUNTIES = {"Lancaster": 5, "Chester": 3.5, "York": 3, "Berks": 3, "Centre": 2, "Erie": 1.5, "Allegheny": 3}
_AP_COUNTIES |= {"Bucks": 2.5, "Adams": 1.2, "Franklin": 1.5, "Lycoming": 1, "Montgomery": 2.5}
_AP_TYPES = {"Hobbyist": (80, 1.1, 0.8), "Sideliner": (15, 3.0, 0.6), "Commercial": (5, 5.3, 0.7)}
_AP_RESULTS = ["Clean", "American Foulbrood", "European Foulbrood", "Varroa Above Threshold"]


def _apiary_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24605)
    rows = []
    counties = list(_AP_COUNTIES)
    for i in range(2400):
        county = _one(rng, counties, list(_AP_COUNTIES.values()))
        kind = _one(rng, list(_AP_TYPES), [v[0] for v in _AP_TYPES.values()])
        _, mu, sd = _AP_TYPES[kind]
        colonies = max(1, int(rng.lognormal(mu, sd)))
        locations = max(1, int(colonies / rng.uniform(8, 40))) if kind != "Hobbyist" else int(rng.integers(1, 3))
        reg = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 3500)))
        hives = ["Langstroth"] if rng.random() < 0.85 else []
        for extra, pr in (("Top Bar", 0.1), ("Warre", 0.05), ("Flow Hive", 0.06)):
            if rng.random() < pr or (not hives and extra == "Top Bar"):
                hives.append(extra)
        inspected = rng.random() < (0.45 if kind == "Hobbyist" else 0.85)
        last = result = ""
        if inspected:
            when = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 2000)))
            last = f"{when:%m/%d/%Y}"
            result = _one(rng, _AP_RESULTS, [78, 3, 4, 15])
        renew = pd.Timestamp(2025, reg.month, 1) + pd.Timedelta(days=reg.day - 1)
        rows.append(
            {
                "Registration Number": f"AP-{reg.year}-{i + 1:05d}",
                "County": county,
                "Beekeeper Type": kind,
                "Number of Colonies": colonies,
                "Number of Apiary Locations": locations,
                "Hive Types": ";".join(hives),
                "Registered Date": f"{reg:%m/%d/%Y}",
                "Renewal Due": f"{renew:%m/%d/%Y}",
                "Last Inspection Date": last,
                "Inspection Result": result,
                "Sells Honey": "Y" if rng.random() < (0.3 if kind == "Hobbyist" else 0.9) else "N",
                "Pollination Services": "Y" if kind == "Commercial" and rng.random() < 0.7 else "N",
            }
        )
    out = pd.DataFrame(rows)
    twice = out.sample(n=24, random_state=np.random.RandomState(24605))
    return pd.concat([out, twice]).sort_values("Registration Number", kind="stable").reset_index(drop=True)


def _ap_unique(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates("Registration Number")


def _ap_top_county(dedupe: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = _ap_unique(df) if dedupe else df
        return _top(d.groupby("County")["Number of Colonies"].sum())

    return top


def _ap_commercial(dedupe: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        d = _ap_unique(df) if dedupe else df
        return int(((d["County"] == _ap_top_county(dedupe)(df)) & (d["Beekeeper Type"] == "Commercial")).sum())

    return count


def _ap_never(dedupe: bool) -> Callable[[pd.DataFrame], float]:
    def share(df: pd.DataFrame) -> float:
        d = _ap_unique(df) if dedupe else df
        return float((_txt(d, "Last Inspection Date") == "").mean())

    return share


def _ap_afb(dedupe: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        d = _ap_unique(df) if dedupe else df
        return int((_txt(d, "Inspection Result") == "American Foulbrood").sum())

    return count


_AP_QS = [
    Q(
        "how many beekeepers are registered",
        either(_count(lambda df: len(df)), _count(lambda df: len(_ap_unique(df)))),
        ("Registration Number",),
    ),
    Q(
        "how many colonies are there in total",
        either(
            _amount(lambda df: df["Number of Colonies"].sum()),
            _amount(lambda df: _ap_unique(df)["Number of Colonies"].sum()),
        ),
        ("Number of Colonies", "Registration Number"),
    ),
    Q(
        "which county has the most hives",
        _lead(either(_named(_ap_top_county(False)), _named(_ap_top_county(True)))),
        ("County", "Number of Colonies"),
    ),
    Q(
        "how many commercial beekeepers are in that county",
        either(_count(_ap_commercial(False)), _count(_ap_commercial(True))),
        ("County", "Beekeeper Type", "Registration Number", "Number of Colonies"),
    ),
    Q(
        "how many inspections turned up american foulbrood",
        either(_count(_ap_afb(False)), _count(_ap_afb(True))),
        ("Inspection Result",),
    ),
    Q(
        "what share of registrations have never been inspected",
        either(_share(_ap_never(False)), _share(_ap_never(True))),
        ("Last Inspection Date", "Inspection Result", "Registration Number"),
    ),
]


# --- 6. State DOT traffic count stations ---------------------------------------------------------------------------

_TC_ROUTES = {
    "Interstate": (["I-95", "I-4", "I-75", "I-10"], 62000, 4, 14),
    "Principal Arterial": (["US 1", "US 27", "US 41", "SR 7"], 34000, 3, 7),
    "Minor Arterial": (["SR 80", "SR 50", "SR 60", "SR 44"], 18000, 2, 5),
    "Collector": (["CR 470", "CR 25A", "SR 19"], 7000, 1, 4),
    "Local": (["CR 42", "CR 561"], 2500, 1, 3),
}
_TC_COUNTIES = ["Palm Beach", "Broward", "Orange", "Hillsborough", "Duval", "Lake", "Marion", "Polk"]
_TC_GROWTH = {2015: 1.0, 2016: 1.025, 2017: 1.05, 2018: 1.07, 2019: 1.09, 2020: 0.88, 2021: 0.98, 2022: 1.04}
_TC_GROWTH[2023] = 1.07
_TC_CROSS = ["SR 80", "US 1", "CR 42", "I-4", "Main St", "Orange Ave", "CR 470"]


def _traffic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24606)
    rows = []
    classes = list(_TC_ROUTES)
    stations = []
    used: set[int] = set()
    for _ in range(250):
        fc = _one(rng, classes, [3, 4, 4, 3, 1.5])
        routes, base, lanes_half, truck = _TC_ROUTES[fc]
        sid = int(rng.integers(100000, 9000000))
        while sid in used:
            sid = int(rng.integers(100000, 9000000))
        used.add(sid)
        ctype = _one(rng, ["Continuous", "Short-Term", "Estimated"], [12, 70, 18])
        stations.append(
            {
                "Station ID": f"{sid:07d}",
                "Route": _one(rng, routes),
                "County": _one(rng, _TC_COUNTIES),
                "Location Description": f"{rng.uniform(0.1, 3):.1f} MI {_one(rng, 'NSEW')} OF {_one(rng, _TC_CROSS)}",
                "Count Type": ctype,
                "Functional Class": fc,
                "Lanes": int(lanes_half * 2 if fc != "Local" else 2) + int(_one(rng, [0, 2], [4, 1])) * (fc != "Local"),
                "_base": base * rng.lognormal(0, 0.35),
                "_truck": truck * rng.uniform(0.6, 1.4),
                "_split": int(rng.integers(50, 58)),
            }
        )
    for year in range(2015, 2024):
        for st in stations:
            aadt = round(st["_base"] * _TC_GROWTH[year] * rng.uniform(0.96, 1.04) * (1 + 0.06 * (st["Lanes"] - 4) / 4))
            aadt = int(round(aadt, -1 if aadt < 10000 else -2))
            missing = year in (2016, 2017) and rng.random() < 0.07
            split = st["_split"] + int(rng.integers(-1, 2))
            row = {k: v for k, v in st.items() if not k.startswith("_")}
            row |= {
                "Year": year,
                "AADT": None if missing else aadt,
                "Truck Percentage": round(st["_truck"] * rng.uniform(0.9, 1.1), 1),
                "Peak Hour Volume": None if missing else int(aadt * rng.uniform(0.08, 0.11)),
                "Directional Split": f"{split}/{100 - split}",
            }
            rows.append(row)
    cols = ["Station ID", "Route", "County", "Location Description", "Year", "AADT", "Truck Percentage"]
    cols += ["Peak Hour Volume", "Directional Split", "Count Type", "Functional Class", "Lanes"]
    out = pd.DataFrame(rows)[cols]
    out["AADT"] = out["AADT"].astype("Int64")
    out["Peak Hour Volume"] = out["Peak Hour Volume"].astype("Int64")
    return out


def _tc_top_route(df: pd.DataFrame) -> str:
    d = df[df["Year"] == 2023]
    return _top(d.groupby("Route")["AADT"].mean())


def _tc_route_trucks(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = df[df["Route"] == _tc_top_route(df)]
        if how != "all":
            d = d[d["Year"] == 2023]
        if how == "weighted":
            w = pd.to_numeric(d["AADT"], errors="coerce")
            return float((d["Truck Percentage"] * w).sum() / w.sum())
        return float(d["Truck Percentage"].mean())

    return value


def _tc_change(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        a = df[df["Year"] == 2019].set_index("Station ID")["AADT"].astype(float)
        b = df[df["Year"] == 2020].set_index("Station ID")["AADT"].astype(float)
        if pooled:
            return float(b.sum() / a.sum() - 1)
        return float((b / a - 1).mean())

    return value


_TC_QS = [
    Q(
        "which road had the heaviest traffic on average in 2023",
        _lead(_named(_tc_top_route)),
        ("Route", "AADT", "Year"),
    ),
    Q(
        "whats the truck percentage on it",
        either(*(_about(_tc_route_trucks(h), rel=0.01) for h in ("2023", "all", "weighted"))),
        ("Route", "Truck Percentage", "Year"),
    ),
    Q(
        "average daily traffic on interstates vs collectors",
        _about(
            lambda df: (
                df[df["Functional Class"].isin(["Interstate", "Collector"])].groupby("Functional Class")["AADT"].mean()
            ),
            rel=0.005,
        ),
        ("Functional Class", "AADT"),
    ),
    Q(
        "how much did traffic drop from 2019 to 2020",
        either(_pct(_tc_change(True)), _pct(_tc_change(False))),
        ("AADT", "Year", "Station ID"),
    ),
    Q(
        "how many stations count continuously",
        _count(lambda df: int(df.loc[df["Count Type"] == "Continuous", "Station ID"].nunique())),
        ("Count Type", "Station ID"),
    ),
    Q(
        "how many counts are missing the traffic number",
        _count(lambda df: int(df["AADT"].isna().sum())),
        ("AADT",),
    ),
]


# --- 7. Private well water test results ----------------------------------------------------------------------------

_WW_TOWNSHIPS = {
    "Hopewell": (4.5, 2, 1.0),
    "Franklin": (6.5, 3, 1.0),
    "Washington": (3.0, 8, 1.2),
    "Mount Olive": (2.5, 2, 0.8),
    "Readington": (3.8, 11, 1.0),
    "Lebanon": (2.0, 4, 0.9),
    "Tewksbury": (1.8, 3, 0.7),
}
_WW_TYPES = {"Drilled": (85, 220, 0.8), "Dug": (10, 25, 1.6), "Driven": (5, 40, 1.3)}


def _well_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24607)
    rows = []
    towns = list(_WW_TOWNSHIPS)
    t = pd.Timestamp("2021-01-04")
    counter: dict[int, int] = {}
    while len(rows) < 1700:
        t += pd.Timedelta(days=int(rng.integers(0, 2)))
        if t.year > 2024:
            break
        town = _one(rng, towns, [3, 2.5, 2, 2, 1.5, 1.5, 1])
        nitrate_mu, arsenic_mu, lead_mu = _WW_TOWNSHIPS[town]
        kind = _one(rng, list(_WW_TYPES), [v[0] for v in _WW_TYPES.values()])
        _, depth_mu, shallow = _WW_TYPES[kind]
        depth = float(np.clip(rng.normal(depth_mu, depth_mu * 0.4), 8, 700))
        nitrate = float(np.clip(rng.lognormal(np.log(nitrate_mu * shallow * (150 / (depth + 60)) ** 0.5), 0.6), 0, 60))
        arsenic = float(rng.lognormal(np.log(arsenic_mu) - 0.8, 1.0)) * (depth / 200) ** 0.3
        lead = float(rng.lognormal(np.log(lead_mu), 1.1))
        coliform = rng.random() < (0.35 if kind == "Dug" else 0.12)
        ecoli = coliform and rng.random() < 0.2
        exceeds = coliform or ecoli or nitrate > 10 or arsenic > 10 or lead > 15
        counter[t.year] = counter.get(t.year, 0) + 1
        rows.append(
            {
                "Sample ID": f"WW-{t.year % 100:02d}-{counter[t.year]:05d}",
                "Sample Date": f"{t.month}/{t.day}/{t.year}",
                "Township": town,
                "Well Depth (ft)": round(depth) if rng.random() > 0.18 else None,
                "Well Type": kind,
                "Total Coliform": "Present" if coliform else "Absent",
                "E. coli": "Present" if ecoli else "Absent",
                "Nitrate (mg/L)": round(nitrate, 2),
                "Arsenic (µg/L)": "<1" if arsenic < 1 else f"{arsenic:.1f}",
                "Lead (µg/L)": "<1" if lead < 1 else f"{lead:.1f}",
                "pH": round(float(rng.normal(7.1 if kind == "Drilled" else 6.5, 0.45)), 2),
                "Hardness (mg/L as CaCO3)": int(np.clip(rng.normal(160, 70), 10, 500)),
                "Exceeds Any Standard": "Y" if exceeds else "N",
                "Reason For Test": _one(rng, ["Real Estate", "Routine", "Problem", "New Well"], [45, 35, 12, 8]),
            }
        )
    out = pd.DataFrame(rows)
    out["Well Depth (ft)"] = out["Well Depth (ft)"].astype("Int64")
    return out


def _ww_top_town(df: pd.DataFrame) -> str:
    return _top(df.groupby("Township")["Nitrate (mg/L)"].mean())


_WW_QS = [
    Q(
        "how many wells came back positive for coliform",
        _count(lambda df: int(_flag(df, "Total Coliform").sum())),
        ("Total Coliform",),
    ),
    Q(
        "what percent of samples failed at least one standard",
        _share(lambda df: float(_flag(df, "Exceeds Any Standard").mean())),
        ("Exceeds Any Standard",),
    ),
    Q(
        "which township has the highest nitrate on average",
        _lead(_named(_ww_top_town)),
        ("Township", "Nitrate (mg/L)"),
    ),
    Q(
        "how many of its samples were over 10",
        _count(lambda df: int(((df["Township"] == _ww_top_town(df)) & (df["Nitrate (mg/L)"] > 10)).sum())),
        ("Township", "Nitrate (mg/L)"),
    ),
    Q(
        "do deeper wells have less nitrate? correlation",
        _corr(
            lambda df: pd.to_numeric(df["Well Depth (ft)"], errors="coerce"),
            lambda df: df["Nitrate (mg/L)"],
        ),
        ("Well Depth (ft)", "Nitrate (mg/L)"),
    ),
    Q(
        "how many samples don't have a well depth",
        _count(lambda df: int(df["Well Depth (ft)"].isna().sum())),
        ("Well Depth (ft)",),
    ),
]


HELDOUT246: list[Dataset] = [
    Dataset("yousician_progress_export", _yousician_frame, _YS_QS),
    Dataset("musescore_score_list", _musescore_frame, _MS_QS),
    Dataset("hsreplay_hearthstone_match_history", _hearthstone_frame, _HS_QS),
    Dataset("17lands_draft_log", _draft_frame, _DL_QS),
    Dataset("registered_apiary_list", _apiary_frame, _AP_QS),
    Dataset("dot_traffic_count_stations", _traffic_frame, _TC_QS),
    Dataset("private_well_water_tests", _well_frame, _WW_QS),
]
