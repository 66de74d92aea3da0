"""HELDOUT292: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a nanny's hours log (2023 and
2024, one row per day worked) with Date as "1/9/2024", Family ("Hendersons", "Park family", "Okafors", "The
Millers"), "# Kids", Start and End as "7:30 AM", Hours in quarter hours (End minus Start), Rate as "$24/hr" (the
Hendersons' rate rises in 2024), Extras ("Cooking", "Driving", "Cooking, Driving" or blank; $15 and $10 on top),
"Amount Owed" as "$245.50", Paid (Y/N; the last few weeks and a few stray days unpaid) and "Paid Via" (Venmo, Zelle,
Cash, Check; blank while unpaid); a migraine diary app's export (2023 and 2024, one row per attack) with Date as
"2024-03-14", "Start Time" as "14:30", "Duration (hrs)" (blank on a few), "Pain Level" 1-10, Aura (Yes/No),
"Suspected Trigger" (blank when none was logged), "Medication Taken" ("Sumatriptan 50mg", "Ibuprofen 400mg",
"Excedrin", "None"), Relief (None/Partial/Full; blank when no medication was taken) and "Hours Slept" the night
before in half hours; a runner's shoe mileage tracker (March 2023 to December 2024, one row per run) with Date as
"03/02/2024", Shoe (six pairs, in rotation over time), "Run Type" (Easy, Long, Tempo, Intervals, Race, Recovery),
"Distance (mi)" to two decimals, "Pace (min/mi)" as "8:42", Surface (Road, Trail, Track) and Retired (Y/N, the shoe's
state at export, the same on every row of a shoe); a houseplant care log (2024, one row per care action) with
lower-case snake-case columns date as "2024-05-03", plant, room, action (water, fertilize, repot, mist), amount_ml
(blank for repot and mist), soil_moisture 1-10 before the action (blank when not measured) and yellow_leaves (Y/N); a
laser tag arena's game results (2024, one row per player per game, so "Game #", Date, Arena, "Game Mode" and "Winning
Team" repeat within a game) with Player aliases (regulars and one-off visitors), Team (Red/Blue), Score, Tags, "Times
Tagged" and "Accuracy %" as "34.5%" ("N/A" on a few rows); a county sheriff's calls for service export (public CAD
data, 2024, one row per call) with INCIDENT_NO as "SO24-000123", CALL_RECEIVED, DISPATCHED, ARRIVED and CLEARED as
"01/03/2024 14:22:05" (DISPATCHED and ARRIVED blank for calls handled by phone, ARRIVED blank for calls cancelled
before a deputy got there; deputy-initiated TRAFFIC STOP calls carry the same time in all three), upper-case
CALL_TYPE, PRIORITY 1-4, BEAT "B1" to "B7" (blank on a few) and upper-case DISPOSITION; and a city transfer station's
monthly tonnage report (public data, 2022 to 2024, one row per hauler per month per material) with Month as "Jan
2023", upper-case Hauler, Material (Trash, Recycling, Yard Waste, C&D), Tons as "1,234.56", Loads and "Tipping Fee
($)" as "12,345.67", plus a "TOTAL" row (Material "ALL") for each month. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _numbers_found
from .offline_eval import pick_one as _one


def _clock(minutes: int) -> str:
    """Minutes after midnight as "7:30 AM"."""
    h, m = divmod(int(minutes), 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _means(values: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Every group's mean, to about one decimal."""
    return _about(lambda df: values(df).to_numpy(dtype=float), rel=0.005)


# --- 1. Nanny's hours log ------------------------------------------------------------------------------------------

# family: kids, rate 2023, rate 2024, start range (minutes), length range (hours), weekdays worked, chance per day
_NA_FAMILIES: dict[str, tuple[int, int, int, tuple[int, int], tuple[float, float], tuple[int, ...], float]] = {
    "Hendersons": (2, 24, 26, (7 * 60, 8 * 60), (8.5, 10.5), (0, 1, 2, 3), 0.82),
    "Park family": (3, 27, 27, (12 * 60, 14 * 60), (4.0, 6.0), (4,), 0.75),
    "Okafors": (1, 22, 23, (17 * 60, 19 * 60), (3.5, 6.0), (5,), 0.45),
    "The Millers": (2, 25, 25, (9 * 60, 11 * 60), (4.0, 8.0), (6,), 0.18),
}
_NA_VIA = ["Venmo", "Zelle", "Cash", "Check"]
_NA_VIA_P = {
    "Hendersons": [6, 3, 0.5, 1],
    "Park family": [2, 5, 1, 0.5],
    "Okafors": [1, 0, 5, 0],
    "The Millers": [3, 1, 2, 0],
}


def _nanny_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29201)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-03", "2024-12-20"):
        for family, (kids, r23, r24, starts, lengths, weekdays, chance) in _NA_FAMILIES.items():
            if day.dayofweek not in weekdays or rng.random() > chance:
                continue
            start = int(rng.integers(starts[0] // 15, starts[1] // 15 + 1)) * 15
            hours = round(float(rng.uniform(*lengths)) * 4) / 4
            rate = r24 if day.year == 2024 else r23
            extras = []
            if rng.random() < (0.35 if family == "Hendersons" else 0.15):
                extras.append("Cooking")
            if rng.random() < (0.30 if kids >= 2 else 0.08):
                extras.append("Driving")
            owed = hours * rate + 15 * ("Cooking" in extras) + 10 * ("Driving" in extras)
            paid = day < pd.Timestamp("2024-11-29") and rng.random() > 0.015
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Family": family,
                    "# Kids": kids,
                    "Start": _clock(start),
                    "End": _clock(start + round(hours * 60)),
                    "Hours": hours,
                    "Rate": f"${rate}/hr",
                    "Extras": ", ".join(extras),
                    "Amount Owed": f"${owed:,.2f}",
                    "Paid": "Y" if paid else "N",
                    "Paid Via": str(_one(rng, _NA_VIA, _NA_VIA_P[family])) if paid else "",
                }
            )
    return pd.DataFrame(rows)


def _na_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y")


def _na_best_month(df: pd.DataFrame) -> pd.Timestamp:
    owed = _num(df, "Amount Owed").groupby(_na_date(df).dt.to_period("M")).sum()
    return owed.sort_index(kind="stable").idxmax().to_timestamp()


_NA_QS = [
    Q(
        "how many hours did i work in 2024",
        _about(lambda df: float(df["Hours"][_na_date(df).dt.year == 2024].sum()), rel=0.002),
        ("Hours", "Date"),
    ),
    Q(
        "which family do i work for the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(df["Hours"].groupby(_text(df, "Family")).sum()),
                    _top(_text(df, "Family").value_counts()),
                ]
            )
        ),
        ("Family", "Hours", "Date"),
    ),
    Q(
        "how much am i still owed",
        _amount(lambda df: float(_num(df, "Amount Owed")[_text(df, "Paid") == "N"].sum())),
        ("Amount Owed", "Paid"),
    ),
    Q(
        "what share of days did i have to drive the kids",
        _share(lambda df: float(_text(df, "Extras").str.contains("Driving").mean())),
        ("Extras",),
    ),
    Q(
        "how do people usually pay me",
        _lead(_named(lambda df: _top(_text(df, "Paid Via")[_text(df, "Paid Via") != ""].value_counts()))),
        ("Paid Via",),
    ),
    Q("which month did i make the most money", _lead(_month_year(_na_best_month)), ("Amount Owed", "Date")),
]


# --- 2. Migraine diary export --------------------------------------------------------------------------------------

_MG_TRIGGERS = ["Stress", "Poor Sleep", "Weather", "Alcohol", "Skipped Meal", "Hormonal", "Screen Time", "Unknown"]
_MG_TRIGGER_P = [6, 3.5, 2.5, 1.2, 1.5, 2, 1, 1.5]
# medication: chance of full relief, chance of partial relief, weight
_MG_MEDS = {
    "Sumatriptan 50mg": (0.62, 0.28, 4),
    "Ibuprofen 400mg": (0.25, 0.45, 3),
    "Excedrin": (0.33, 0.42, 2),
    "None": (0.0, 0.0, 1.3),
}


def _migraine_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29202)
    days = pd.date_range("2023-01-01", "2024-12-31")
    picked = np.sort(rng.choice(len(days), size=330, replace=False))
    rows: list[dict[str, Any]] = []
    for k in picked:
        day = days[int(k)]
        trigger = str(_one(rng, _MG_TRIGGERS, _MG_TRIGGER_P))
        sleep = float(np.clip(round(rng.normal(5.4 if trigger == "Poor Sleep" else 6.8, 1.1) * 2) / 2, 3, 10))
        aura = rng.random() < 0.3
        pain = int(np.clip(round(rng.normal(5.6 + 1.3 * aura - 0.45 * (sleep - 6.5), 1.5)), 1, 10))
        med = str(_one(rng, list(_MG_MEDS), [v[2] for v in _MG_MEDS.values()]))
        full, partial, _w = _MG_MEDS[med]
        u = rng.random()
        relief = "" if med == "None" else "Full" if u < full else "Partial" if u < full + partial else "None"
        hours = float(rng.gamma(2.2, 3.0 if relief != "Full" else 1.8)) + 0.1 * pain
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Start Time": f"{int(rng.integers(5, 23)):02d}:{int(_one(rng, [0, 15, 30, 45])):02d}",
                "Duration (hrs)": "" if rng.random() < 0.04 else round(hours, 1),
                "Pain Level": pain,
                "Aura": "Yes" if aura else "No",
                "Suspected Trigger": "" if rng.random() < 0.08 else trigger,
                "Medication Taken": med,
                "Relief": relief,
                "Hours Slept": sleep,
            }
        )
    return pd.DataFrame(rows)


def _mg_best_med(df: pd.DataFrame) -> str:
    took = df[~_text(df, "Medication Taken").isin(["", "None"])]  # "None" reads back as a blank
    return _top((_text(took, "Relief") == "Full").groupby(_text(took, "Medication Taken")).mean())


_MG_QS = [
    Q(
        "how many migraines did i log in 2024",
        _count(lambda df: int((pd.to_datetime(_text(df, "Date")).dt.year == 2024).sum())),
        ("Date",),
    ),
    Q(
        "what sets them off most often",
        _lead(
            _named(lambda df: _top(_text(df, "Suspected Trigger")[_text(df, "Suspected Trigger") != ""].value_counts()))
        ),
        ("Suspected Trigger",),
    ),
    Q(
        "are the ones with aura more painful",
        _means(lambda df: df["Pain Level"].groupby(_text(df, "Aura")).mean()),
        ("Aura", "Pain Level"),
    ),
    Q(
        "does sleeping less make the pain worse",
        _corr(lambda df: df["Hours Slept"].astype(float), lambda df: df["Pain Level"].astype(float)),
        ("Hours Slept", "Pain Level"),
    ),
    Q(
        "which med gives full relief most often",
        _lead(_named(_mg_best_med, {"Sumatriptan 50mg": ("Sumatriptan",), "Ibuprofen 400mg": ("Ibuprofen",)})),
        ("Medication Taken", "Relief"),
    ),
    Q(
        "how long do they usually last",
        _typical(lambda df: _num(df, "Duration (hrs)").dropna()),
        ("Duration (hrs)",),
    ),
]


# --- 3. Runner's shoe mileage tracker ------------------------------------------------------------------------------

# shoe: first day, last day, retired, run types it is used for
_SH_SHOES: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "Brooks Ghost 15": ("2023-03-01", "2023-11-15", "Y", ("Easy", "Long", "Recovery")),
    "Hoka Clifton 9": ("2023-08-01", "2024-06-30", "Y", ("Easy", "Long", "Recovery")),
    "Saucony Endorphin Speed 3": ("2023-05-01", "2024-12-31", "N", ("Tempo", "Intervals", "Race")),
    "Hoka Speedgoat 5": ("2023-06-01", "2024-12-31", "N", ("Trail",)),
    "Nike Pegasus 40": ("2024-05-15", "2024-12-31", "N", ("Easy", "Long", "Recovery")),
    "Brooks Ghost 16": ("2024-09-01", "2024-12-31", "N", ("Easy", "Recovery")),
}
# run type: weight, distance range, pace in seconds per mile (mean, sd)
_SH_TYPES: dict[str, tuple[float, tuple[float, float], tuple[int, int]]] = {
    "Easy": (5, (3.0, 6.5), (570, 25)),
    "Long": (1.6, (9.0, 18.0), (590, 20)),
    "Tempo": (1.2, (5.0, 8.0), (472, 15)),
    "Intervals": (1.0, (4.0, 7.0), (445, 18)),
    "Race": (0.3, (3.1, 3.1), (455, 15)),
    "Recovery": (1.2, (2.0, 4.0), (615, 20)),
    "Trail": (1.0, (4.0, 10.0), (690, 40)),
}


def _shoe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29203)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-03-01", "2024-12-31"):
        if rng.random() > 0.68:
            continue
        kind = str(_one(rng, list(_SH_TYPES), [v[0] for v in _SH_TYPES.values()]))
        _w, (lo, hi), (pace, sd) = _SH_TYPES[kind]
        shoes = [s for s, (a, b, _r, kinds) in _SH_SHOES.items() if kind in kinds and a <= f"{day:%Y-%m-%d}" <= b]
        if not shoes:
            continue
        if kind == "Race":
            miles = float(_one(rng, [3.11, 6.21, 13.11, 26.22], [4, 2, 2, 0.5]))
        else:
            miles = round(float(rng.uniform(lo, hi)), 2)
        secs = int(np.round(rng.normal(pace, sd) + (8 * (miles - 13) if kind == "Race" and miles > 10 else 0)))
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Shoe": str(_one(rng, shoes)),
                "Run Type": "Easy" if kind == "Trail" else kind,
                "Distance (mi)": miles,
                "Pace (min/mi)": f"{secs // 60}:{secs % 60:02d}",
                "Surface": "Trail"
                if kind == "Trail"
                else "Track"
                if kind == "Intervals" and rng.random() < 0.8
                else "Road",
                "Retired": "",
            }
        )
    frame = pd.DataFrame(rows)
    frame["Retired"] = frame["Shoe"].map({s: v[2] for s, v in _SH_SHOES.items()})
    return frame


def _sh_secs(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Pace (min/mi)").str.split(":", expand=True).astype(float)
    return parts[0] * 60 + parts[1]


def _pace(value: Callable[[pd.DataFrame], float]) -> Check:
    """A pace in seconds per mile, said as "9:32" (within 2 seconds) or as decimal minutes ("9.53 min")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m, s in re.findall(r"(?<![\d:])(\d{1,2}):(\d{2})(?!\d)", answer):
            if abs(int(m) * 60 + int(s) - want) <= 2:
                return None
        if any(abs(f * 60 - want) <= 3.1 for f in _numbers_found(answer)):
            return None
        return f"missing pace {int(want) // 60}:{int(want) % 60:02d}"

    return check


def _sh_pace_of(kind: str) -> Check:
    def pick(df: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
        mask = _text(df, "Run Type") == kind
        return _sh_secs(df)[mask], df["Distance (mi)"][mask].astype(float)

    return either(
        _pace(lambda df: float(pick(df)[0].mean())),
        _pace(lambda df: float(pick(df)[0].median())),
        _pace(lambda df: float((pick(df)[0] * pick(df)[1]).sum() / pick(df)[1].sum())),
    )


_SH_QS = [
    Q(
        "how many miles are on each pair of shoes",
        _about(lambda df: df["Distance (mi)"].groupby(_text(df, "Shoe")).sum().to_numpy(), rel=0.002),
        ("Shoe", "Distance (mi)"),
    ),
    Q(
        "which ones have i retired",
        lambda answer, df: next(
            (
                why
                for shoe in sorted(set(_text(df, "Shoe")[_text(df, "Retired") == "Y"]))
                if (why := _named(lambda _d, s=shoe: s)(answer, df))
            ),
            None,
        ),
        ("Shoe", "Retired"),
    ),
    Q("whats my average pace on easy runs", _sh_pace_of("Easy"), ("Pace (min/mi)", "Run Type", "Distance (mi)")),
    Q("and tempo runs?", _sh_pace_of("Tempo"), ("Pace (min/mi)", "Run Type", "Distance (mi)")),
    Q(
        "how far was my longest run",
        _about(lambda df: float(df["Distance (mi)"].max()), rel=0.002),
        ("Distance (mi)",),
    ),
    Q(
        "how many trail runs did i do in 2024",
        _count(
            lambda df: int(
                (
                    (_text(df, "Surface") == "Trail")
                    & (pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y").dt.year == 2024)
                ).sum()
            )
        ),
        ("Surface", "Date"),
    ),
]


# --- 4. Houseplant care log ----------------------------------------------------------------------------------------

# plant: room, days between waterings, ml per watering, misted, chance of yellow leaves
_PL_PLANTS: dict[str, tuple[str, int, int, bool, float]] = {
    "Monstera": ("Living Room", 7, 600, False, 0.10),
    "Fiddle Leaf Fig": ("Living Room", 9, 700, False, 0.22),
    "Snake Plant": ("Bedroom", 18, 250, False, 0.04),
    "Pothos": ("Kitchen", 7, 300, False, 0.12),
    "Calathea": ("Bathroom", 5, 250, True, 0.38),
    "ZZ Plant": ("Office", 20, 200, False, 0.05),
    "Peace Lily": ("Bedroom", 6, 400, False, 0.16),
    "Boston Fern": ("Bathroom", 4, 300, True, 0.20),
}


def _plant_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29204)
    rows: list[dict[str, Any]] = []
    start, end = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31")
    for plant, (room, every, ml, misted, yellow) in _PL_PLANTS.items():
        events: list[tuple[pd.Timestamp, str]] = []
        day = start + pd.Timedelta(days=int(rng.integers(0, every)))
        while day <= end:
            events.append((day, "water"))
            day += pd.Timedelta(days=max(2, int(np.round(rng.normal(every, every * 0.2)))))
        if misted:
            day = start + pd.Timedelta(days=int(rng.integers(0, 3)))
            while day <= end:
                events.append((day, "mist"))
                day += pd.Timedelta(days=int(rng.integers(2, 5)))
        for month in range(4, 10):
            events.append((pd.Timestamp(2024, month, int(rng.integers(1, 28))), "fertilize"))
        if rng.random() < 0.5:
            events.append((pd.Timestamp(2024, int(rng.integers(3, 7)), int(rng.integers(1, 28))), "repot"))
        for when, action in events:
            moisture = int(np.clip(round(rng.normal(3.5 if action == "water" else 5.5, 1.6)), 1, 10))
            amount: Any = ""
            if action == "water":
                amount = int(round(rng.normal(ml, ml * 0.12) / 25) * 25)
            elif action == "fertilize":
                amount = 250
            chance = yellow + 0.05 * (moisture - 4)
            rows.append(
                {
                    "date": f"{when:%Y-%m-%d}",
                    "plant": plant,
                    "room": room,
                    "action": action,
                    "amount_ml": amount,
                    "soil_moisture": "" if rng.random() < 0.1 else moisture,
                    "yellow_leaves": "Y" if rng.random() < chance else "N",
                }
            )
    return pd.DataFrame(rows).sort_values(["date", "plant"], kind="stable").reset_index(drop=True)


def _pl_water(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "action") == "water"]


def _pl_june(df: pd.DataFrame, water_only: bool) -> float:
    d = _pl_water(df) if water_only else df
    return float(_num(d, "amount_ml")[_text(d, "date").str.startswith("2024-06")].sum())


def _pl_yellow(df: pd.DataFrame) -> pd.Series:
    return _text(df, "yellow_leaves") == "Y"


_PL_QS = [
    Q(
        "how many times did i water the monstera",
        _count(lambda df: int((_text(_pl_water(df), "plant") == "Monstera").sum())),
        ("plant", "action"),
    ),
    Q(
        "which plant drinks the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_num(_pl_water(df), "amount_ml").groupby(_text(_pl_water(df), "plant")).sum()),
                    _top(_num(df, "amount_ml").groupby(_text(df, "plant")).sum()),
                ]
            )
        ),
        ("plant", "amount_ml", "action"),
    ),
    Q(
        "how much water did i use in june",
        either(_about(lambda df: _pl_june(df, True), rel=0.002), _about(lambda df: _pl_june(df, False), rel=0.002)),
        ("amount_ml", "date", "action"),
    ),
    Q(
        "what percent of the time did i see yellow leaves",
        _share(lambda df: float(_pl_yellow(df).mean())),
        ("yellow_leaves",),
    ),
    Q(
        "which plant has the yellow leaf problem the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_pl_yellow(df).groupby(_text(df, "plant")).mean()),
                    _top(_pl_yellow(df).groupby(_text(df, "plant")).sum()),
                ]
            )
        ),
        ("plant", "yellow_leaves"),
    ),
    Q(
        "is the soil wetter when the leaves are yellow",
        _means(lambda df: _num(df, "soil_moisture").groupby(_text(df, "yellow_leaves")).mean()),
        ("soil_moisture", "yellow_leaves"),
    ),
]


# --- 5. Laser tag arena game results -------------------------------------------------------------------------------

_LT_WORDS = ["Shadow", "Blaze", "Nova", "Viper", "Ghost", "Turbo", "Pixel", "Storm", "Rogue", "Laser", "Frost", "Ninja"]
_LT_TAILS = ["Fox", "Wolf", "Striker", "King", "Hawk", "Bolt", "Queen", "Sniper", "Dragon", "Ace", "Rider", "Byte"]
_LT_MODES = ["Team Deathmatch", "Capture the Flag", "Base Defense"]
_LT_ARENAS = ["Nebula", "Vortex"]


def _lasertag_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29205)
    players: list[tuple[str, float, float]] = []  # alias, skill, weight
    seen: set[str] = set()
    while len(players) < 130:
        alias = f"{_one(rng, _LT_WORDS)}{_one(rng, _LT_TAILS)}"
        if rng.random() < 0.3:
            alias += str(int(rng.integers(1, 100)))
        if alias in seen:
            continue
        seen.add(alias)
        regular = len(players) < 40
        players.append((alias, float(rng.normal(1.0, 0.18)), 8.0 if regular else 0.5))
    weights = np.array([p[2] for p in players])
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2024-01-05", "2024-12-29")
    for game in range(1, 341):
        day = days[int(rng.integers(0, len(days)))]
        n = int(rng.integers(3, 8)) * 2
        who = rng.choice(len(players), size=n, replace=False, p=weights / weights.sum())
        mode = str(_one(rng, _LT_MODES, [5, 3, 2]))
        arena = str(_one(rng, _LT_ARENAS, [3, 2]))
        lines = []
        for k, idx in enumerate(who):
            alias, skill, _w = players[int(idx)]
            team = "Red" if k % 2 == 0 else "Blue"
            shots = int(rng.integers(60, 160))
            acc = float(np.clip(rng.normal(0.30 * skill + (0.02 if team == "Red" else 0), 0.05), 0.05, 0.7))
            tags = int(rng.binomial(shots, acc))
            tagged = int(rng.poisson(14))
            score = max(0, tags * 100 - tagged * 40 + int(rng.integers(0, 6)) * 50)
            lines.append([alias, team, score, tags, tagged, "N/A" if rng.random() < 0.01 else f"{100 * acc:.1f}%"])
        red = sum(x[2] for x in lines if x[1] == "Red")
        blue = sum(x[2] for x in lines if x[1] == "Blue")
        winner = "Red" if red >= blue else "Blue"
        for alias, team, score, tags, tagged, acc_text in lines:
            rows.append(
                {
                    "Game #": game,
                    "Date": f"{day:%Y-%m-%d}",
                    "Arena": arena,
                    "Game Mode": mode,
                    "Player": alias,
                    "Team": team,
                    "Score": score,
                    "Tags": tags,
                    "Times Tagged": tagged,
                    "Accuracy %": acc_text,
                    "Winning Team": winner,
                }
            )
    return pd.DataFrame(rows)


def _lt_games(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates("Game #")


def _lt_best(df: pd.DataFrame) -> str:
    counts = _text(df, "Player").value_counts()
    keep = _text(df, "Player").isin(counts[counts >= 20].index)
    return _top(df["Score"][keep].groupby(_text(df, "Player")[keep]).mean())


_LT_QS = [
    Q("how many games are in here", _count(lambda df: int(df["Game #"].nunique())), ("Game #",)),
    Q(
        "does red or blue win more often",
        _lead(_named(lambda df: _top(_text(_lt_games(df), "Winning Team").value_counts()))),
        ("Winning Team", "Game #", "Team"),
    ),
    Q(
        "who's the best player by average score, only counting people with at least 20 games",
        _lead(_named(_lt_best)),
        ("Player", "Score", "Game #"),
    ),
    Q("whats the average accuracy", _typical(lambda df: _num(df, "Accuracy %").dropna()), ("Accuracy %",)),
    Q(
        "do people with better aim score more",
        _corr(lambda df: _num(df, "Accuracy %"), lambda df: df["Score"].astype(float)),
        ("Accuracy %", "Score"),
    ),
    Q(
        "which game mode gets played the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(_lt_games(df), "Game Mode").value_counts()),
                    _top(_text(df, "Game Mode").value_counts()),
                ]
            )
        ),
        ("Game Mode", "Game #"),
    ),
]


# --- 6. County sheriff calls for service ---------------------------------------------------------------------------

# call type: weight, priority weights (1-4), disposition weights
_SO_DISPOSITIONS = ["REPORT TAKEN", "ADVISED", "GONE ON ARRIVAL", "UNFOUNDED", "ARREST", "CITATION", "CANCELLED"]
_SO_TYPES: dict[str, tuple[float, list[float], list[float]]] = {
    "TRAFFIC STOP": (9, [0, 0, 2, 8], [0, 4, 0, 0, 0.5, 5, 0]),
    "ALARM": (7, [0, 3, 6, 1], [0.5, 2, 1, 6, 0, 0, 2]),
    "SUSPICIOUS PERSON": (6, [0.5, 5, 4, 0], [1, 4, 4, 3, 0.6, 0, 1]),
    "WELFARE CHECK": (5, [1, 5, 4, 0], [2, 6, 0.5, 1, 0.1, 0, 1]),
    "DOMESTIC DISTURBANCE": (4, [6, 4, 0, 0], [4, 3, 0.5, 0.5, 2.5, 0, 0.5]),
    "THEFT": (4, [0, 1, 6, 3], [7, 2, 0.5, 0.5, 0.5, 0, 0.5]),
    "NOISE COMPLAINT": (3.5, [0, 0, 3, 7], [0, 6, 2, 1, 0, 0.4, 1]),
    "MVA - NO INJURY": (3, [0, 2, 7, 1], [6, 2, 0.3, 0, 0, 1.5, 0.5]),
    "MVA - INJURY": (1.2, [8, 2, 0, 0], [8, 0.5, 0, 0, 0.5, 1, 0]),
    "ANIMAL COMPLAINT": (2.5, [0, 0, 4, 6], [1, 6, 2, 1, 0, 0.2, 1]),
}
# priority: dispatch delay (mean minutes), travel (mean minutes)
_SO_DELAY = {1: (1.5, 7.0), 2: (4.0, 11.0), 3: (9.0, 14.0), 4: (16.0, 16.0)}
_SO_BEATS = ["B1", "B2", "B3", "B4", "B5", "B6", "B7"]


def _sheriff_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29206)
    n = 4200
    seconds = np.sort(rng.integers(0, 366 * 86400, n))
    rows: list[dict[str, Any]] = []
    fmt = "%m/%d/%Y %H:%M:%S"
    for k, sec in enumerate(seconds):
        received = pd.Timestamp("2024-01-01") + pd.Timedelta(seconds=int(sec))
        kind = str(_one(rng, list(_SO_TYPES), [v[0] for v in _SO_TYPES.values()]))
        _w, prio_p, disp_p = _SO_TYPES[kind]
        priority = int(_one(rng, [1, 2, 3, 4], prio_p))
        disposition = str(_one(rng, _SO_DISPOSITIONS, disp_p))
        delay, travel = _SO_DELAY[priority]
        by_phone = disposition == "ADVISED" and kind != "TRAFFIC STOP" and rng.random() < 0.4
        if kind == "TRAFFIC STOP":  # deputy-initiated: on scene when the call is made
            dispatched, arrived = received, received
        elif by_phone:
            dispatched = arrived = None
        else:
            dispatched = received + pd.Timedelta(seconds=int(rng.gamma(2.0, delay * 30) + 20))
            arrived = dispatched + pd.Timedelta(seconds=int(rng.gamma(3.0, travel * 20) + 60))
            if disposition == "CANCELLED":
                arrived = None
        end = arrived if arrived is not None else dispatched if dispatched is not None else received
        cleared = end + pd.Timedelta(seconds=int(rng.gamma(2.0, 900) + 120))
        rows.append(
            {
                "INCIDENT_NO": f"SO24-{k + 1:06d}",
                "CALL_RECEIVED": f"{received:{fmt}}",
                "DISPATCHED": "" if dispatched is None else f"{dispatched:{fmt}}",
                "ARRIVED": "" if arrived is None else f"{arrived:{fmt}}",
                "CLEARED": f"{cleared:{fmt}}",
                "CALL_TYPE": kind,
                "PRIORITY": priority,
                "BEAT": "" if rng.random() < 0.012 else str(_one(rng, _SO_BEATS, [3, 2.2, 2.6, 1.5, 1.8, 1.2, 2.0])),
                "DISPOSITION": disposition,
            }
        )
    return pd.DataFrame(rows)


def _so_when(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(df[col].astype("string").str.strip(), format="%m/%d/%Y %H:%M:%S", errors="coerce")


def _so_response(priority: int | None) -> Check:
    def minutes(df: pd.DataFrame, start: str) -> pd.Series:
        d = df if priority is None else df[df["PRIORITY"] == priority]
        return ((_so_when(d, "ARRIVED") - _so_when(d, start)).dt.total_seconds() / 60).dropna()

    return either(
        *[
            _about(lambda df, s=s, how=how: float(getattr(minutes(df, s), how)()), rel=0.01)
            for s in ("CALL_RECEIVED", "DISPATCHED")
            for how in ("mean", "median")
        ]
    )


_SO_QS = [
    Q(
        "what do people call the sheriff about the most",
        _lead(_named(lambda df: _top(_text(df, "CALL_TYPE").value_counts()))),
        ("CALL_TYPE",),
    ),
    Q(
        "how long does it take a deputy to show up on average",
        _so_response(None),
        ("CALL_RECEIVED", "DISPATCHED", "ARRIVED"),
    ),
    Q(
        "and for priority 1 calls?",
        _so_response(1),
        ("CALL_RECEIVED", "DISPATCHED", "ARRIVED", "PRIORITY"),
    ),
    Q(
        "which beat is the busiest",
        _lead(_named(lambda df: _top(_text(df, "BEAT")[_text(df, "BEAT") != ""].value_counts()))),
        ("BEAT",),
    ),
    Q(
        "what percent of calls end in an arrest",
        _share(lambda df: float((_text(df, "DISPOSITION") == "ARREST").mean())),
        ("DISPOSITION",),
    ),
    Q(
        "how many calls never had a deputy get there",
        _count(lambda df: int(_so_when(df, "ARRIVED").isna().sum())),
        ("ARRIVED",),
    ),
]


# --- 7. Transfer station monthly tonnage ---------------------------------------------------------------------------

# hauler: size, materials it brings
_TS_HAULERS: dict[str, tuple[float, tuple[str, ...]]] = {
    "WASTE MANAGEMENT": (1.0, ("Trash", "Recycling", "Yard Waste", "C&D")),
    "REPUBLIC SERVICES": (0.8, ("Trash", "Recycling", "Yard Waste", "C&D")),
    "CITY SANITATION DEPT": (1.25, ("Trash", "Recycling", "Yard Waste")),
    "GREEN VALLEY DISPOSAL": (0.35, ("Trash", "Yard Waste", "C&D")),
    "SELF-HAUL / PUBLIC": (0.2, ("Trash", "Yard Waste", "C&D")),
}
# material: base tons per month for a hauler of size 1, tons per load, fee per ton in 2022
_TS_MATERIALS = {"Trash": (2400, 9.5, 62.0), "Recycling": (700, 6.0, 30.0), "Yard Waste": (450, 5.0, 28.0)}
_TS_MATERIALS["C&D"] = (380, 7.5, 70.0)
# yard waste by calendar month (spring and leaf season)
_TS_YARD = [0.3, 0.3, 0.8, 1.6, 1.8, 1.3, 1.0, 0.9, 1.0, 1.5, 1.9, 0.7]


def _transfer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29207)
    rows: list[dict[str, Any]] = []
    for month in pd.period_range("2022-01", "2024-12", freq="M"):
        tot = {"tons": 0.0, "loads": 0, "fee": 0.0}
        for hauler, (size, materials) in _TS_HAULERS.items():
            for material in materials:
                base, per_load, fee = _TS_MATERIALS[material]
                season = (
                    _TS_YARD[month.month - 1] if material == "Yard Waste" else 1 + 0.06 * (month.month in (6, 7, 8))
                )
                growth = 1 + 0.02 * (month.year - 2022)
                tons = round(base * size * season * growth * float(rng.normal(1, 0.07)), 2)
                loads = max(1, int(np.round(tons / per_load * float(rng.normal(1, 0.05)))))
                amount = round(tons * fee * 1.04 ** (month.year - 2022), 2)
                tot["tons"] += tons
                tot["loads"] += loads
                tot["fee"] += amount
                rows.append(
                    {
                        "Month": f"{month:%b %Y}",
                        "Hauler": hauler,
                        "Material": material,
                        "Tons": f"{tons:,.2f}",
                        "Loads": loads,
                        "Tipping Fee ($)": f"{amount:,.2f}",
                    }
                )
        rows.append(
            {
                "Month": f"{month:%b %Y}",
                "Hauler": "TOTAL",
                "Material": "ALL",
                "Tons": f"{tot['tons']:,.2f}",
                "Loads": tot["loads"],
                "Tipping Fee ($)": f"{tot['fee']:,.2f}",
            }
        )
    return pd.DataFrame(rows)


def _ts_rows(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Hauler") != "TOTAL"]


def _ts_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Month"), format="%b %Y")


def _ts_year_sum(col: str, year: int, material: str | None = None) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = _ts_rows(df)
        mask = _ts_month(d).dt.year == year
        if material:
            mask &= _text(d, "Material") == material
        return float(_num(d, col)[mask].sum())

    return value


def _ts_yard_peak(df: pd.DataFrame) -> pd.Timestamp:
    d = _ts_rows(df)
    yard = d[_text(d, "Material") == "Yard Waste"]
    return _num(yard, "Tons").groupby(_ts_month(yard)).sum().sort_index(kind="stable").idxmax()


def _ts_per_load(df: pd.DataFrame, pooled: bool) -> np.ndarray:
    d = _ts_rows(df)
    tons, loads, material = _num(d, "Tons"), d["Loads"].astype(float), _text(d, "Material")
    if pooled:
        return (tons.groupby(material).sum() / loads.groupby(material).sum()).to_numpy()
    return (tons / loads).groupby(material).mean().to_numpy()


_TS_QS = [
    Q(
        "how many tons of trash came in during 2024",
        _amount(_ts_year_sum("Tons", 2024, "Trash")),
        ("Tons", "Material", "Month", "Hauler"),
    ),
    Q(
        "which hauler brings in the most",
        _lead(_named(lambda df: _top(_num(_ts_rows(df), "Tons").groupby(_text(_ts_rows(df), "Hauler")).sum()))),
        ("Hauler", "Tons"),
    ),
    Q(
        "what share of everything is recycling",
        _share(
            lambda df: float(
                _num(_ts_rows(df), "Tons")[_text(_ts_rows(df), "Material") == "Recycling"].sum()
                / _num(_ts_rows(df), "Tons").sum()
            )
        ),
        ("Material", "Tons", "Hauler"),
    ),
    Q(
        "which month had the most yard waste",
        _lead(_month_year(_ts_yard_peak)),
        ("Month", "Tons", "Material", "Hauler"),
    ),
    Q(
        "avg tons per load for each material?",
        either(
            _about(lambda df: _ts_per_load(df, True), rel=0.01),
            _about(lambda df: _ts_per_load(df, False), rel=0.01),
        ),
        ("Tons", "Loads", "Material", "Hauler"),
    ),
    Q(
        "how much did we take in from tipping fees in 2023",
        _amount(_ts_year_sum("Tipping Fee ($)", 2023)),
        ("Tipping Fee ($)", "Month", "Hauler"),
    ),
]


HELDOUT292: list[Dataset] = [
    Dataset("nanny_hours_log", _nanny_frame, _NA_QS),
    Dataset("migraine_diary_export", _migraine_frame, _MG_QS),
    Dataset("runner_shoe_mileage_tracker", _shoe_frame, _SH_QS),
    Dataset("houseplant_care_log", _plant_frame, _PL_QS),
    Dataset("laser_tag_game_results", _lasertag_frame, _LT_QS),
    Dataset("county_sheriff_calls_for_service_cad", _sheriff_frame, _SO_QS),
    Dataset("transfer_station_tonnage_by_hauler", _transfer_frame, _TS_QS),
]
