"""HELDOUT250: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of exports and public lists an analyst is likely to bring along: a Sense home
energy monitor export (one row per device per day, July 2023 to June 2024) with Date as "2023-07-01", Device (Fridge,
Dryer, AC, "EV Charger" from mid-September 2023 only, "Always On", Other, Dishwasher, "Water Heater"), "Energy (kWh)"
with three decimals, "Cost ($)" with two decimals (energy times the day's rate), "Time On" as "h:mm" ("24:00" for
Always On, blank for Other), "Times Turned On" (blank for Always On and Other), "Avg Power When On (W)" (blank for
Other and when the device never came on), "Solar Production (kWh)" (the same figure on every device row of a day,
blank before the panels went live in October 2023 and on a few monitor outages) and Note (mostly blank, "Vacation",
"Guests over", "Power outage"); an Exophase achievement history export (one row per unlocked achievement or trophy,
2021-2024) with "Unlocked At" as "2023-03-14 21:41", Game, Platform (Steam, PlayStation, Xbox, Nintendo, Retro),
Achievement, Description, Rarity as "12.4%", Points (Gamerscore on Xbox, blank elsewhere), "Trophy Grade" (Bronze,
Silver, Gold, Platinum; blank off PlayStation), "Game Completion After" as "45%" and "Hours Played At Unlock" with
one decimal (blank on Retro); a Timing (Mac time tracker) export (one row per time entry, January to June 2024) with
"Start Date" and "End Date" as "2024-01-08 09:15:00", Duration in decimal hours, Project ("Client: Acme", "Client:
Birch", "Client: Cedar Labs", Admin, Learning, Personal), "Task Title", Application (Xcode, Slack, Safari, Figma,
Zoom, Mail, Notion), Billable (Yes/No), Rate in dollars per hour (blank when not billable; Acme's rate rose in April)
and Notes (mostly blank); a Honeydue couples budgeting transaction export (2023) with Date as "01/15/2023",
Description in bank style ("TRADER JOE'S #552", "NETFLIX.COM"), Amount (negative for spending, positive for paychecks
and refunds), Category (Groceries, "Dining Out", Rent, Utilities, Travel, Gifts, Shopping, Transportation, Income),
Account ("Joint Checking", "Alex's Visa", "Sam's Amex"), Owner (Alex, Sam, Joint), Split (Yes/No), Comment (mostly
blank) and "Bill Reminder" (Yes/No); a city's combined sewer overflow event log (2019-2024, one row per outfall per
event, so an Event ID like "2021-017" repeats over the outfalls that spilled in that storm) with "Outfall ID" as
"CSO-014", "Receiving Water" (Harbor, "North River", "Mill Creek", fixed per outfall), "Start Time" and "End Time" as
"2021-04-12 03:15", "Duration (hours)", "Estimated Volume (MG)" in million gallons with three decimals (blank when
the meter failed), "Rainfall (in)" from the nearest gauge (blank when it was down), Treated (Yes/No/Partial) and
"Public Notice Issued" (Y/N); a state drinking water program's boil water notice list (2020-2024) with "Notice ID" as
"BWN-2022-0153", "Water System Name" and County in upper case, "Population Served" written with thousands commas
("12,450"), "Issue Date" and "Rescind Date" as "3/14/2022" (rescind blank while active), Reason (Main Break, Loss of
Pressure, Positive Coliform, Treatment Failure, Power Outage, Flooding), "Notice Type" (Precautionary, Mandatory),
"Customers Affected" and Status (Active, Rescinded); and a state wildlife agency's acoustic bat survey (one row per
detector night, May to September 2021-2024) in the agency's wide layout with "Survey Date" as "6/12/2023", "Site
Name", County, "Detector ID" as "SM4-0117", Habitat ("Forest Edge", Riparian, Wetland, Urban, "Cave Entrance"),
"Total Passes" (the sum of the species columns), one column of passes per species ("Big Brown Bat", "Eastern Red
Bat", "Hoary Bat", "Little Brown Bat", "Tricolored Bat") and Unknown, all blank on nights the detector failed, "Min
Temp (°F)" and Wind (Calm, Light, Moderate). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series, lowest: bool = False) -> list[str]:
    """Every label at the highest (or lowest) score."""
    best = scores.min() if lowest else scores.max()
    return [str(k) for k in scores.index[scores == best]]


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


def _money(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount of money, with or without its minus sign."""
    return either(_amount(lambda df: abs(float(value(df)))), _amount(lambda df: -abs(float(value(df)))))


def _named_any(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Any one of the labels (ties at a maximum)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_named(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _one_of(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    """Any one of the counts (the readings of a question)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_count(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


# --- 1. Sense home energy monitor ----------------------------------------------------------------------------------

# device: (mean kWh per day, mean runs per day, watts when on)
_SE_DEVICES = {
    "Fridge": (1.4, 38, 140),
    "Dryer": (1.9, 0.6, 2900),
    "AC": (0.0, 0, 3200),
    "EV Charger": (0.0, 0, 7200),
    "Always On": (5.3, 0, 220),
    "Other": (6.5, 0, 0),
    "Dishwasher": (0.9, 0.7, 1250),
    "Water Heater": (3.8, 9, 4500),
}


def _hm(hours: float) -> str:
    minutes = round(hours * 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def _sense_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25001)
    rows = []
    for day in pd.date_range("2023-07-01", "2024-06-30", freq="D"):
        doy = day.day_of_year
        heat = max(0.0, np.cos((doy - 200) / 365 * 2 * np.pi))
        rate = 0.142 if day < pd.Timestamp("2024-01-01") else 0.158
        note = ""
        if pd.Timestamp("2023-12-22") <= day <= pd.Timestamp("2023-12-29"):
            note = "Vacation"
        elif rng.random() < 0.02:
            note = "Guests over"
        elif rng.random() < 0.006:
            note = "Power outage"
        away = note == "Vacation"
        solar: float | None = None
        if day >= pd.Timestamp("2023-10-12") and rng.random() > 0.03:
            sun = 0.55 + 0.45 * np.cos((doy - 172) / 365 * 2 * np.pi)
            solar = round(float(max(0.0, 34 * sun * rng.uniform(0.25, 1.05))), 3)
        for device, (kwh, runs, watts) in _SE_DEVICES.items():
            if device == "EV Charger" and day < pd.Timestamp("2023-09-15"):
                continue
            if device == "AC":
                on = 0.0 if away or heat < 0.55 else float(max(0.0, rng.normal(9 * (heat - 0.55) / 0.45, 1.5)))
                n_on = int(rng.poisson(on * 2.2)) if on > 0 else 0
                energy = on * watts / 1000 * rng.uniform(0.8, 1.0)
            elif device == "EV Charger":
                charging = not away and rng.random() < 0.42
                on = float(rng.uniform(1.2, 5.5)) if charging else 0.0
                n_on = int(rng.integers(1, 3)) if charging else 0
                energy = on * watts / 1000 * rng.uniform(0.92, 1.0)
            elif device == "Always On":
                on, n_on = 24.0, None
                energy = kwh * rng.uniform(0.95, 1.05)
            elif device == "Other":
                on, n_on = 0.0, None
                energy = kwh * rng.uniform(0.6, 1.4) * (0.4 if away else 1.0)
            else:
                n_on = 0 if away and device != "Fridge" else int(rng.poisson(runs))
                if device == "Fridge":
                    n_on = max(n_on, 1)
                on = (
                    n_on * float(rng.uniform(0.25, 0.45)) if device != "Fridge" else n_on * float(rng.uniform(0.2, 0.3))
                )
                energy = on * watts / 1000 * rng.uniform(0.85, 1.0)
            if device == "Water Heater" and not away:
                energy *= 1 + 0.4 * (1 - heat)
            energy = round(float(energy), 3)
            avg: int | None = None
            if device == "Always On":
                avg = round(energy * 1000 / 24)
            elif device != "Other" and on > 0:
                avg = round(energy * 1000 / on)
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Device": device,
                    "Energy (kWh)": energy,
                    "Cost ($)": round(energy * rate, 2),
                    "Time On": "" if device == "Other" else _hm(on),
                    "Times Turned On": n_on,
                    "Avg Power When On (W)": avg,
                    "Solar Production (kWh)": solar,
                    "Note": note,
                }
            )
    out = pd.DataFrame(rows)
    out["Times Turned On"] = out["Times Turned On"].astype("Int64")
    out["Avg Power When On (W)"] = out["Avg Power When On (W)"].astype("Int64")
    return out


def _se_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"])


def _se_month_costs(df: pd.DataFrame) -> pd.Series:
    return df.groupby(_se_dates(df).dt.to_period("M"))["Cost ($)"].sum()


def _se_top_month(df: pd.DataFrame) -> pd.Timestamp:
    return _se_month_costs(df).idxmax().to_timestamp()


def _se_ac_that_month(df: pd.DataFrame) -> float:
    month = _se_dates(df).dt.to_period("M") == _se_month_costs(df).idxmax()
    return float(df.loc[month & (df["Device"] == "AC"), "Cost ($)"].sum())


def _se_daily_bill(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(getattr(df.groupby("Date")["Cost ($)"].sum(), how)())


_SE_QS = [
    Q(
        "how much energy has the ev charger used in total",
        _about(lambda df: df.loc[df["Device"] == "EV Charger", "Energy (kWh)"].sum(), rel=0.003),
        ("Energy (kWh)", "Device"),
    ),
    Q(
        "which device costs me the most to run",
        _lead(_named_any(lambda df: _top(df.groupby("Device")["Cost ($)"].sum()))),
        ("Device", "Cost ($)"),
    ),
    Q(
        "whats my average daily electricity cost",
        either(_about(_se_daily_bill("mean"), rel=0.005), _about(_se_daily_bill("median"), rel=0.005)),
        ("Cost ($)", "Date"),
    ),
    Q(
        "which month was the most expensive",
        _lead(_month_year(_se_top_month)),
        ("Cost ($)", "Date"),
    ),
    Q(
        "how much of that was the ac",
        _about(_se_ac_that_month, rel=0.005),
        ("Cost ($)", "Device", "Date"),
    ),
    Q(
        "how much solar did the panels make altogether",
        _about(lambda df: df.drop_duplicates("Date")["Solar Production (kWh)"].sum(), rel=0.003),
        ("Solar Production (kWh)", "Date"),
    ),
]


# --- 2. Exophase achievement history -------------------------------------------------------------------------------

# game: (platform, achievements, hours to finish, chance of finishing)
_EX_GAMES = {
    "Elden Ring": ("PlayStation", 42, 140, 1.0),
    "God of War Ragnarök": ("PlayStation", 36, 55, 1.0),
    "Horizon Forbidden West": ("PlayStation", 60, 80, 0.6),
    "Marvel's Spider-Man 2": ("PlayStation", 44, 35, 1.0),
    "Hades": ("Steam", 49, 90, 1.0),
    "Stardew Valley": ("Steam", 40, 160, 0.7),
    "Baldur's Gate 3": ("Steam", 54, 180, 0.5),
    "Hollow Knight": ("Steam", 63, 70, 0.4),
    "Celeste": ("Steam", 32, 40, 1.0),
    "Forza Horizon 5": ("Xbox", 180, 120, 0.3),
    "Halo Infinite": ("Xbox", 119, 60, 0.5),
    "Starfield": ("Xbox", 50, 110, 0.7),
    "Hi-Fi Rush": ("Xbox", 54, 25, 1.0),
    "The Legend of Zelda: Tears of the Kingdom": ("Nintendo", 0, 0, 0.0),
    "Super Mario Bros. Wonder": ("Nintendo", 0, 0, 0.0),
    "Super Metroid": ("Retro", 32, 0, 1.0),
    "Sonic the Hedgehog": ("Retro", 25, 0, 0.6),
    "Castlevania: Symphony of the Night": ("Retro", 40, 0, 0.5),
}
_EX_WORDS = ["First Steps", "Collector", "Untouchable", "Explorer", "Master", "Speedrunner", "Perfectionist"]
_EX_THINGS = ["the Keep", "Chapter {k}", "the Depths", "the Boss", "Act {k}", "the Arena", "the Final Zone"]


def _exophase_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25002)
    rows = []
    start = pd.Timestamp("2021-01-10")
    for game, (platform, total, hours, finish) in _EX_GAMES.items():
        if platform == "Nintendo":
            total = 20
        finished = rng.random() < finish
        got = total if finished else int(total * rng.uniform(0.15, 0.8))
        begin = start + pd.Timedelta(days=int(rng.integers(0, 1300)))
        span = float(rng.uniform(20, 240))
        length = hours if hours else 30
        names_used: set[str] = set()
        stamps = sorted(begin + pd.Timedelta(minutes=int(rng.uniform(0, span * 1440))) for _ in range(got))
        play = sorted(float(rng.uniform(0.2, length * (1.0 if finished else 0.7))) for _ in range(got))
        for i, (stamp, at) in enumerate(zip(stamps, play, strict=True)):
            stamp = min(stamp, pd.Timestamp("2024-12-30 23:00"))
            last = finished and i == got - 1
            if last and platform == "PlayStation":
                name = f"{game.split(':')[0]} Platinum"
            else:
                name = f"{_one(rng, _EX_WORDS)} of {_one(rng, _EX_THINGS).format(k=int(rng.integers(1, 9)))}"
                while name in names_used:
                    name += " II"
            names_used.add(name)
            rarity = round(float(min(99.0, rng.gamma(1.3, 22) if not last else rng.uniform(0.8, 9))), 1)
            grade = ""
            if platform == "PlayStation":
                grade = "Platinum" if last else _one(rng, ["Bronze", "Silver", "Gold"], [70, 22, 8])
            points: int | None = None
            if platform == "Xbox":
                points = int(_one(rng, [5, 10, 15, 20, 25, 30, 40, 50, 100], [8, 20, 12, 18, 10, 8, 6, 10, 2]))
            completion = round(100 * (i + 1) / total)
            rows.append(
                {
                    "Unlocked At": f"{stamp:%Y-%m-%d %H:%M}",
                    "Game": game,
                    "Platform": platform,
                    "Achievement": name,
                    "Description": f"Unlock {name.lower()}",
                    "Rarity": f"{rarity}%",
                    "Points": points,
                    "Trophy Grade": grade,
                    "Game Completion After": f"{completion}%",
                    "Hours Played At Unlock": None if platform == "Retro" else round(at, 1),
                }
            )
    out = pd.DataFrame(rows).sort_values("Unlocked At", kind="stable").reset_index(drop=True)
    out["Points"] = out["Points"].astype("Int64")
    return out


def _ex_done(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Game Completion After") >= 100


def _ex_longest_done(df: pd.DataFrame) -> list[str]:
    games = df.loc[_ex_done(df), "Game"].unique()
    hours = df[df["Game"].isin(games)].groupby("Game")["Hours Played At Unlock"].max().dropna()
    return _top(hours)


_EX_QS = [
    Q(
        "how many achievements did i unlock in 2023",
        _count(lambda df: int((pd.to_datetime(df["Unlocked At"]).dt.year == 2023).sum())),
        ("Unlocked At", "Achievement"),
    ),
    Q(
        "which platform have i got the most on",
        _lead(_named_any(lambda df: _top(df["Platform"].value_counts()))),
        ("Platform",),
    ),
    Q(
        "whats my rarest one",
        _lead(
            _named_any(lambda df: sorted(set(df.loc[_num(df, "Rarity") == _num(df, "Rarity").min(), "Achievement"])))
        ),
        ("Rarity", "Achievement", "Game"),
    ),
    Q(
        "total gamerscore?",
        _count(lambda df: int(df["Points"].sum())),
        ("Points", "Platform"),
    ),
    Q(
        "how many games have i 100%'d",
        _count(lambda df: int(df.loc[_ex_done(df), "Game"].nunique())),
        ("Game", "Game Completion After"),
    ),
    Q(
        "which of those took me the most hours",
        _lead(_named_any(_ex_longest_done)),
        ("Game", "Game Completion After", "Hours Played At Unlock"),
    ),
]


# --- 3. Timing time tracker ----------------------------------------------------------------------------------------

# project: (weight, billable chance, apps and their weights, tasks)
_TM_PROJECTS: dict[str, tuple[float, float, dict[str, float], list[str]]] = {
    "Client: Acme": (
        30,
        0.92,
        {"Xcode": 50, "Slack": 15, "Safari": 12, "Zoom": 10, "Mail": 5, "Figma": 8},
        ["iOS app", "Bug fixes", "Sprint planning", "Code review", "Release build"],
    ),
    "Client: Birch": (
        20,
        0.9,
        {"Figma": 55, "Slack": 10, "Zoom": 15, "Safari": 12, "Mail": 8},
        ["Brand refresh", "Landing page mockups", "Design review", "Icon set"],
    ),
    "Client: Cedar Labs": (
        10,
        0.85,
        {"Xcode": 35, "Safari": 25, "Zoom": 20, "Mail": 10, "Slack": 10},
        ["Prototype", "Discovery call", "Estimate"],
    ),
    "Admin": (
        14,
        0.0,
        {"Mail": 45, "Safari": 20, "Notion": 25, "Slack": 10},
        ["Invoicing", "Email", "Bookkeeping", "Planning"],
    ),
    "Learning": (
        9,
        0.0,
        {"Safari": 55, "Xcode": 30, "Notion": 15},
        ["SwiftUI course", "Reading docs", "Conference talk"],
    ),
    "Personal": (
        8,
        0.0,
        {"Safari": 60, "Mail": 20, "Notion": 20},
        ["Errands", "Side project", "Travel planning"],
    ),
}
_TM_RATES = {"Client: Acme": 110, "Client: Birch": 95, "Client: Cedar Labs": 125}


def _timing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25003)
    rows = []
    names = list(_TM_PROJECTS)
    weights = [v[0] for v in _TM_PROJECTS.values()]
    for day in pd.date_range("2024-01-02", "2024-06-28", freq="D"):
        weekend = day.day_of_week >= 5
        if weekend and rng.random() < 0.8:
            continue
        busy = 1.0 + 0.25 * np.sin((day.day_of_year - 30) / 60)
        n = int(rng.poisson(2 if weekend else 11 * busy))
        clock = day + pd.Timedelta(hours=float(rng.uniform(7.8, 9.6)))
        for _ in range(n):
            project = str(
                _one(
                    rng,
                    names,
                    [w * (3 if weekend and p == "Personal" else 1) for p, w in zip(names, weights, strict=True)],
                )
            )
            _, billable_p, apps, tasks = _TM_PROJECTS[project]
            app = str(_one(rng, list(apps), list(apps.values())))
            dur = (
                round(float(np.clip(rng.gamma(2.0, 0.3), 0.05, 3.5)) * 4) / 4
                if rng.random() < 0.4
                else float(np.clip(rng.gamma(2.0, 0.3), 0.02, 3.5))
            )
            dur = round(max(dur, 0.02), 2)
            clock += pd.Timedelta(minutes=int(rng.integers(0, 25)))
            end = clock + pd.Timedelta(minutes=round(dur * 60))
            billable = rng.random() < billable_p
            rate: float | None = None
            if billable:
                rate = float(_TM_RATES[project])
                if project == "Client: Acme" and day >= pd.Timestamp("2024-04-01"):
                    rate = 125.0
            rows.append(
                {
                    "Start Date": f"{clock:%Y-%m-%d %H:%M:%S}",
                    "End Date": f"{end:%Y-%m-%d %H:%M:%S}",
                    "Duration": dur,
                    "Project": project,
                    "Task Title": str(_one(rng, tasks)),
                    "Application": app,
                    "Billable": "Yes" if billable else "No",
                    "Rate": rate,
                    "Notes": _one(rng, ["", "", "", "", "", "", "", "", "follow up", "call ran long", "WIP"]),
                }
            )
            clock = end
    return pd.DataFrame(rows)


def _tm_billable_share(answer: str, df: pd.DataFrame) -> str | None:
    yes = _text(df, "Billable") == "Yes"
    hours = float(df.loc[yes, "Duration"].sum() / df["Duration"].sum())
    return either(_share(hours), _share(float(yes.mean())))(answer, df)


def _tm_top_app(df: pd.DataFrame) -> list[str]:
    return _top(df.groupby("Application")["Duration"].sum())


def _tm_top_app_hours(df: pd.DataFrame) -> float:
    return float(df.groupby("Application")["Duration"].sum().max())


def _tm_top_month(df: pd.DataFrame) -> pd.Timestamp:
    per = df.groupby(pd.to_datetime(df["Start Date"]).dt.to_period("M"))["Duration"].sum()
    return per.idxmax().to_timestamp()


def _tm_acme_billed(df: pd.DataFrame) -> float:
    rows = (df["Project"] == "Client: Acme") & (_text(df, "Billable") == "Yes")
    return float((df.loc[rows, "Duration"] * df.loc[rows, "Rate"]).sum())


_TM_QS = [
    Q(
        "how many hours have i tracked in total",
        _about(lambda df: df["Duration"].sum(), rel=0.003),
        ("Duration",),
    ),
    Q(
        "what percent of my time is billable",
        _tm_billable_share,
        ("Billable", "Duration"),
    ),
    Q(
        "how much have i earned from acme",
        _amount(_tm_acme_billed),
        ("Project", "Duration", "Rate", "Billable"),
    ),
    Q(
        "what app do i spend the most time in",
        _lead(_named_any(_tm_top_app)),
        ("Application", "Duration"),
    ),
    Q(
        "how many hours is that",
        _about(_tm_top_app_hours, rel=0.003),
        ("Application", "Duration"),
    ),
    Q(
        "which month did i work the most",
        _lead(_month_year(_tm_top_month)),
        ("Start Date", "Duration"),
    ),
]


# --- 4. Honeydue transactions --------------------------------------------------------------------------------------

# category: (spends per month, mean amount, description choices, accounts and weights)
_HD_CATS: dict[str, tuple[float, float, list[str], dict[str, float]]] = {
    "Groceries": (
        11,
        68,
        ["TRADER JOE'S #552", "WHOLE FOODS MKT #10233", "SAFEWAY #1789", "COSTCO WHSE #0471"],
        {"Joint Checking": 5, "Alex's Visa": 3, "Sam's Amex": 4},
    ),
    "Dining Out": (
        9,
        42,
        ["DOORDASH*THAI BASIL", "SQ *BLUE BOTTLE COFFEE", "CHIPOTLE 2231", "TST* THE GOOD FORK"],
        {"Alex's Visa": 5, "Sam's Amex": 5, "Joint Checking": 1},
    ),
    "Utilities": (
        3,
        85,
        ["PG&E WEB ONLINE", "COMCAST XFINITY", "CITY WATER DEPT"],
        {"Joint Checking": 1},
    ),
    "Transportation": (
        6,
        38,
        ["SHELL OIL 5744", "UBER *TRIP", "CLIPPER TRANSIT"],
        {"Alex's Visa": 4, "Sam's Amex": 3},
    ),
    "Shopping": (
        5,
        75,
        ["AMAZON.COM*2K4JD", "TARGET 00023", "REI #42", "ETSY.COM"],
        {"Alex's Visa": 3, "Sam's Amex": 5},
    ),
    "Gifts": (
        0.8,
        90,
        ["AMAZON.COM*GIFT", "ETSY.COM", "1-800-FLOWERS"],
        {"Alex's Visa": 1, "Sam's Amex": 1},
    ),
    "Travel": (
        0.9,
        360,
        ["DELTA AIR 0062", "AIRBNB * HMQ2", "MARRIOTT HOTELS", "HERTZ RENT-A-CAR"],
        {"Sam's Amex": 3, "Alex's Visa": 2, "Joint Checking": 1},
    ),
}
_HD_OWNER = {"Joint Checking": "Joint", "Alex's Visa": "Alex", "Sam's Amex": "Sam"}


def _honeydue_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25004)
    rows = []
    for month in range(1, 13):
        first = pd.Timestamp(2023, month, 1)
        days = first.days_in_month
        rows.append((first, "RENT - PARKVIEW APTS", -2650.0, "Rent", "Joint Checking", "Yes"))
        for pay_day in (1, 15):
            for who, acct, pay in (("Alex", "Joint Checking", 3120.55), ("Sam", "Joint Checking", 2875.10)):
                rows.append(
                    (pd.Timestamp(2023, month, pay_day), f"PAYROLL DEP {who.upper()}", pay, "Income", acct, "No")
                )
        for cat, (per, mean, descs, accts) in _HD_CATS.items():
            boost = 1.8 if (cat == "Gifts" and month == 12) or (cat == "Travel" and month in (6, 7)) else 1.0
            for _ in range(int(rng.poisson(per * boost))):
                day = first + pd.Timedelta(days=int(rng.integers(0, days)))
                amt = round(float(rng.gamma(2.5, mean / 2.5)), 2)
                if cat == "Utilities":
                    amt = round(mean * (1.4 if month in (1, 2, 7, 8) else 1.0) * rng.uniform(0.7, 1.3), 2)
                acct = str(_one(rng, list(accts), list(accts.values())))
                split = "Yes" if acct == "Joint Checking" or rng.random() < 0.35 else "No"
                rows.append((day, str(_one(rng, descs)), -amt, cat, acct, split))
        if rng.random() < 0.4:
            day = first + pd.Timedelta(days=int(rng.integers(0, days)))
            rows.append(
                (day, "AMAZON.COM REFUND", round(float(rng.uniform(15, 120)), 2), "Shopping", "Sam's Amex", "No")
            )
    rows.sort(key=lambda r: r[0])
    out = []
    for day, desc, amt, cat, acct, split in rows:
        bill = cat in ("Rent", "Utilities")
        comment = ""
        if rng.random() < 0.06:
            comment = str(_one(rng, ["my treat", "venmo'd you half", "for mom's bday", "work trip - expense", "oops"]))
        out.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Description": desc,
                "Amount": amt,
                "Category": cat,
                "Account": acct,
                "Owner": _HD_OWNER[acct],
                "Split": split,
                "Comment": comment,
                "Bill Reminder": "Yes" if bill else "No",
            }
        )
    return pd.DataFrame(out)


def _hd_spend(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Amount"] < 0]


def _hd_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.to_period("M")


def _hd_top_month(df: pd.DataFrame) -> pd.Period:
    s = _hd_spend(df)
    return s.groupby(_hd_month(s))["Amount"].sum().idxmin()


def _hd_top_cat_that_month(df: pd.DataFrame) -> list[str]:
    s = _hd_spend(df)
    s = s[_hd_month(s) == _hd_top_month(df)]
    return _top(-s.groupby("Category")["Amount"].sum())


def _hd_owner_spend(df: pd.DataFrame) -> list[float]:
    s = _hd_spend(df)
    return [float(-s.loc[s["Owner"] == o, "Amount"].sum()) for o in ("Alex", "Sam")]


def _hd_owner_check(answer: str, df: pd.DataFrame) -> str | None:
    alex, sam = _hd_owner_spend(df)
    return either(_amount(lambda _d: [alex, sam]), _amount(lambda _d: [-alex, -sam]))(answer, df)


def _hd_dining_monthly(df: pd.DataFrame) -> float:
    s = _hd_spend(df)
    s = s[s["Category"] == "Dining Out"]
    return float(-s.groupby(_hd_month(s))["Amount"].sum().mean())


_HD_QS = [
    Q(
        "how much did we spend on groceries",
        _money(lambda df: _hd_spend(df).loc[lambda s: s["Category"] == "Groceries", "Amount"].sum()),
        ("Amount", "Category"),
    ),
    Q(
        "who spends more, alex or sam",
        _hd_owner_check,
        ("Owner", "Amount"),
    ),
    Q(
        "which month did we spend the most",
        _lead(_month_year(lambda df: _hd_top_month(df).to_timestamp())),
        ("Date", "Amount"),
    ),
    Q(
        "what was the biggest category that month",
        _lead(_named_any(_hd_top_cat_that_month)),
        ("Category", "Amount", "Date"),
    ),
    Q(
        "how much do we spend eating out per month on average",
        _money(_hd_dining_monthly),
        ("Category", "Amount", "Date"),
    ),
    Q(
        "how many transactions are split",
        _count(lambda df: int((_text(df, "Split") == "Yes").sum())),
        ("Split",),
    ),
]


# --- 5. Combined sewer overflow event log --------------------------------------------------------------------------

# outfall: (receiving water, trigger rainfall in inches, volume per inch above it in MG, treated weights)
_CS_OUTFALLS = {
    "CSO-003": ("Harbor", 0.35, 4.2, [55, 5, 40]),
    "CSO-007": ("Harbor", 0.5, 2.6, [40, 20, 40]),
    "CSO-011": ("North River", 0.3, 1.8, [10, 60, 30]),
    "CSO-014": ("North River", 0.45, 3.1, [20, 50, 30]),
    "CSO-019": ("North River", 0.6, 0.9, [5, 75, 20]),
    "CSO-022": ("Mill Creek", 0.25, 0.7, [5, 80, 15]),
    "CSO-026": ("Mill Creek", 0.55, 1.2, [10, 65, 25]),
    "CSO-031": ("Harbor", 0.4, 5.5, [70, 5, 25]),
}


def _cso_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25005)
    rows = []
    for year in range(2019, 2025):
        storms = sorted(
            pd.Timestamp(year, 1, 1) + pd.Timedelta(minutes=int(m)) for m in rng.integers(0, 365 * 1440, 70)
        )
        k = 0
        for when in storms:
            rain = float(rng.gamma(1.4, 0.45))
            if rain < 0.25:
                continue
            hit = [o for o, (_, trig, _, _) in _CS_OUTFALLS.items() if rain * rng.uniform(0.8, 1.2) > trig]
            if not hit:
                continue
            k += 1
            event = f"{year}-{k:03d}"
            for outfall in hit:
                water, trig, per_inch, treat_w = _CS_OUTFALLS[outfall]
                start = when + pd.Timedelta(minutes=int(rng.integers(20, 240)))
                hours = round(float(max(0.25, rng.gamma(2.0, 1.0 + 2.2 * rain))), 2)
                end = start + pd.Timedelta(minutes=round(hours * 60))
                volume: float | None = round(float(per_inch * (rain - trig + 0.05) * rng.uniform(0.5, 1.5)), 3)
                if rng.random() < 0.04:
                    volume = None
                gauge: float | None = round(rain * float(rng.uniform(0.85, 1.15)), 2)
                if rng.random() < 0.03:
                    gauge = None
                treated = str(_one(rng, ["Partial", "No", "Yes"], treat_w))
                notice = "Y" if rng.random() < (0.95 if water == "Harbor" else 0.7) else "N"
                rows.append(
                    {
                        "Event ID": event,
                        "Outfall ID": outfall,
                        "Receiving Water": water,
                        "Start Time": f"{start:%Y-%m-%d %H:%M}",
                        "End Time": f"{end:%Y-%m-%d %H:%M}",
                        "Duration (hours)": hours,
                        "Estimated Volume (MG)": volume,
                        "Rainfall (in)": gauge,
                        "Treated": treated,
                        "Public Notice Issued": notice,
                    }
                )
    return pd.DataFrame(rows)


def _cs_2023(df: pd.DataFrame) -> list[float]:
    in_year = pd.to_datetime(df["Start Time"]).dt.year == 2023
    return [float(df.loc[in_year, "Event ID"].nunique()), float(in_year.sum())]


def _cs_untreated(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Treated") == "No"


_CS_QS = [
    Q(
        "how many overflow events were there in 2023",
        _one_of(_cs_2023),
        ("Event ID", "Start Time"),
    ),
    Q(
        "total volume that went into the harbor",
        _about(lambda df: df.loc[df["Receiving Water"] == "Harbor", "Estimated Volume (MG)"].sum(), rel=0.003),
        ("Estimated Volume (MG)", "Receiving Water"),
    ),
    Q(
        "which outfall overflows most often",
        _lead(_named_any(lambda df: _top(df["Outfall ID"].value_counts()))),
        ("Outfall ID", "Event ID"),
    ),
    Q(
        "does more rain mean bigger overflows? how strong is the relationship",
        _corr(lambda df: df["Rainfall (in)"], lambda df: df["Estimated Volume (MG)"]),
        ("Rainfall (in)", "Estimated Volume (MG)"),
    ),
    Q(
        "what share of overflows got no treatment at all",
        _share(lambda df: float(_cs_untreated(df).mean())),
        ("Treated",),
    ),
    Q(
        "how many of those had no public notice",
        _count(lambda df: int((_cs_untreated(df) & (_text(df, "Public Notice Issued") == "N")).sum())),
        ("Treated", "Public Notice Issued"),
    ),
]


# --- 6. Boil water notices -----------------------------------------------------------------------------------------

_BW_COUNTIES = {
    "MARION": 14,
    "JEFFERSON": 11,
    "CLAY": 6,
    "GREENE": 8,
    "LAKE": 9,
    "WASHINGTON": 12,
    "MADISON": 7,
    "FRANKLIN": 10,
    "HARDIN": 5,
}
_BW_TOWNS = {
    "MARION": ["CITY OF SALEM", "MARION COUNTY WATER DISTRICT", "KEIZER WATER DEPT"],
    "JEFFERSON": ["CITY OF MADRAS", "JEFFERSON CO PSD #1", "CULVER MUNICIPAL WATER"],
    "CLAY": ["CLAY RURAL WATER ASSN", "TOWN OF BRAZIL"],
    "GREENE": ["CITY OF BLOOMFIELD", "GREENE COUNTY WATER CORP", "LINTON WATER WORKS"],
    "LAKE": ["LAKE SHORE UTILITY CO", "CITY OF PAINESVILLE", "MENTOR WATER SYSTEM"],
    "WASHINGTON": ["CITY OF HAGERSTOWN", "WASHINGTON CO WATER AUTHORITY", "SMITHSBURG MUNICIPAL"],
    "MADISON": ["CITY OF RICHMOND", "MADISON COUNTY UTILITIES", "BEREA WATER DEPT"],
    "FRANKLIN": ["CITY OF FRANKFORT", "FRANKLIN WATER DISTRICT", "PECKS MILL MOBILE HOME PARK"],
    "HARDIN": ["CITY OF ELIZABETHTOWN", "HARDIN CO WATER DIST #2"],
}
_BW_REASONS = ["Main Break", "Loss of Pressure", "Positive Coliform", "Treatment Failure", "Power Outage", "Flooding"]


def _boil_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25006)
    systems = {}
    for county, towns in _BW_TOWNS.items():
        for town in towns:
            pop = int(rng.lognormal(8.3, 1.3)) + 40
            systems[town] = (county, pop)
    counties = list(_BW_COUNTIES)
    rows = []
    end = pd.Timestamp("2024-12-31")
    for _ in range(1150):
        county = str(_one(rng, counties, list(_BW_COUNTIES.values())))
        town = str(_one(rng, _BW_TOWNS[county]))
        pop = systems[town][1]
        issue = pd.Timestamp("2020-01-01") + pd.Timedelta(days=int(rng.integers(0, 1827)))
        month = issue.month
        reason = str(
            _one(
                rng,
                _BW_REASONS,
                [38 + (14 if month in (1, 2, 12) else 0), 24, 12, 8, 9, 5 + (8 if month in (4, 5) else 0)],
            )
        )
        mandatory = rng.random() < (0.8 if reason in ("Positive Coliform", "Treatment Failure", "Flooding") else 0.15)
        days = float(rng.gamma(1.6, 2.2 if reason in ("Main Break", "Loss of Pressure", "Power Outage") else 6.0)) + 1
        rescind = issue + pd.Timedelta(days=round(days))
        active = rescind > end or (issue > pd.Timestamp("2024-11-15") and rng.random() < 0.5)
        affected = max(3, int(pop * min(1.0, rng.beta(1.2, 6 if reason == "Main Break" else 2)) / 2.5))
        rows.append((issue, town, county, pop, reason, mandatory, affected, None if active else rescind))
    rows.sort(key=lambda r: r[0])
    counter: dict[int, int] = {}
    out = []
    for issue, town, county, pop, reason, mandatory, affected, rescind in rows:
        counter[issue.year] = counter.get(issue.year, 0) + 1
        out.append(
            {
                "Notice ID": f"BWN-{issue.year}-{counter[issue.year]:04d}",
                "Water System Name": town,
                "County": county,
                "Population Served": f"{pop:,}",
                "Issue Date": f"{issue.month}/{issue.day}/{issue.year}",
                "Rescind Date": "" if rescind is None else f"{rescind.month}/{rescind.day}/{rescind.year}",
                "Reason": reason,
                "Notice Type": "Mandatory" if mandatory else "Precautionary",
                "Customers Affected": affected,
                "Status": "Active" if rescind is None else "Rescinded",
            }
        )
    return pd.DataFrame(out)


def _bw_top_reason(df: pd.DataFrame) -> list[str]:
    return _top(df["Reason"].value_counts())


def _bw_days(df: pd.DataFrame) -> pd.Series:
    issue = pd.to_datetime(df["Issue Date"], format="%m/%d/%Y")
    rescind = pd.to_datetime(df["Rescind Date"], format="%m/%d/%Y", errors="coerce")
    return (rescind - issue).dt.days.dropna()


_BW_QS = [
    Q(
        "how many notices are still active",
        _count(lambda df: int((_text(df, "Status") == "Active").sum())),
        ("Status", "Notice ID"),
    ),
    Q(
        "whats the most common reason for a boil notice",
        _lead(_named_any(_bw_top_reason)),
        ("Reason",),
    ),
    Q(
        "how many of those were mandatory",
        _count(
            lambda df: int(((df["Reason"] == _bw_top_reason(df)[0]) & (_text(df, "Notice Type") == "Mandatory")).sum())
        ),
        ("Reason", "Notice Type"),
    ),
    Q(
        "how long does a notice usually last before it's lifted",
        either(_about(lambda df: _bw_days(df).mean(), rel=0.01), _about(lambda df: _bw_days(df).median(), rel=0.01)),
        ("Issue Date", "Rescind Date"),
    ),
    Q(
        "which county has had the most notices",
        _lead(_named_any(lambda df: _top(df["County"].value_counts()))),
        ("County", "Notice ID"),
    ),
    Q(
        "how many customers were hit by main breaks in total",
        _count(lambda df: int(df.loc[df["Reason"] == "Main Break", "Customers Affected"].sum())),
        ("Customers Affected", "Reason"),
    ),
]


# --- 7. Acoustic bat survey ----------------------------------------------------------------------------------------

_BT_SPECIES = ["Big Brown Bat", "Eastern Red Bat", "Hoary Bat", "Little Brown Bat", "Tricolored Bat"]
# habitat: mean passes per species (same order) and of Unknown
_BT_HABITATS = {
    "Forest Edge": ([14, 9, 3, 2.5, 1.5], 5),
    "Riparian": ([11, 6, 2, 6, 2.5], 6),
    "Wetland": ([8, 5, 2.5, 4, 1.2], 4),
    "Urban": ([18, 2, 1.2, 0.3, 0.2], 4),
    "Cave Entrance": ([6, 1.5, 0.8, 3.5, 4.5], 5),
}
_BT_SITES = {
    "Beaver Creek WMA": ("Riparian", "ADAMS"),
    "Oak Hollow Preserve": ("Forest Edge", "BROWN"),
    "Pine Ridge State Forest": ("Forest Edge", "CLARK"),
    "Heron Marsh": ("Wetland", "ADAMS"),
    "Cedar Bog": ("Wetland", "DOUGLAS"),
    "Riverside Park": ("Urban", "CLARK"),
    "Fairgrounds Lot": ("Urban", "DOUGLAS"),
    "Echo Cave": ("Cave Entrance", "BROWN"),
    "Saltpeter Cave": ("Cave Entrance", "LOGAN"),
    "Mill Race Trail": ("Riparian", "LOGAN"),
}


def _bat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25007)
    rows = []
    detectors = {site: f"SM4-{101 + i * 7:04d}" for i, site in enumerate(_BT_SITES)}
    for year in range(2021, 2025):
        for site, (habitat, county) in _BT_SITES.items():
            nights = sorted(
                pd.Timestamp(year, 5, 1) + pd.Timedelta(days=int(d)) for d in rng.choice(153, size=36, replace=False)
            )
            site_mult = float(rng.uniform(0.6, 1.5))
            for night in nights:
                temp = round(float(48 + 20 * np.sin((night.day_of_year - 120) / 120 * np.pi) + rng.normal(0, 6)))
                wind = str(_one(rng, ["Calm", "Light", "Moderate"], [40, 42, 18]))
                act = site_mult * max(0.05, (temp - 40) / 25) * {"Calm": 1.0, "Light": 0.8, "Moderate": 0.45}[wind]
                means, unknown = _BT_HABITATS[habitat]
                if rng.random() < 0.04:
                    counts: list[int | None] = [None] * 6
                    total = None
                else:
                    counts = [int(rng.poisson(m * act)) for m in means]
                    if year >= 2023:
                        counts[3] = int(rng.poisson(means[3] * act * 0.5))
                    counts.append(int(rng.poisson(unknown * act)))
                    total = int(sum(c for c in counts if c is not None))
                row: dict[str, Any] = {
                    "Survey Date": f"{night.month}/{night.day}/{night.year}",
                    "Site Name": site,
                    "County": county,
                    "Detector ID": detectors[site] if rng.random() > 0.05 else f"SM4-{int(rng.integers(300, 320)):04d}",
                    "Habitat": habitat,
                    "Total Passes": total,
                }
                for name, c in zip([*_BT_SPECIES, "Unknown"], counts, strict=True):
                    row[name] = c
                row["Min Temp (°F)"] = None if rng.random() < 0.03 else temp
                row["Wind"] = wind
                rows.append(row)
    out = pd.DataFrame(rows)
    for col in ["Total Passes", *_BT_SPECIES, "Unknown", "Min Temp (°F)"]:
        out[col] = out[col].astype("Int64")
    return out


def _bt_top_species(df: pd.DataFrame) -> list[str]:
    return _top(df[_BT_SPECIES].sum())


def _bt_tricolored_site(df: pd.DataFrame) -> list[str]:
    return _top(df.groupby("Site Name")["Tricolored Bat"].sum())


_BT_QS = [
    Q(
        "which bat species shows up the most",
        _lead(_named_any(_bt_top_species)),
        tuple(_BT_SPECIES),
    ),
    Q(
        "average passes per night for each habitat",
        _about(lambda df: df.groupby("Habitat")["Total Passes"].mean(), rel=0.005),
        ("Habitat", "Total Passes"),
    ),
    Q(
        "how many nights picked up at least one little brown bat",
        _count(lambda df: int((df["Little Brown Bat"] > 0).sum())),
        ("Little Brown Bat", "Survey Date"),
    ),
    Q(
        "are bats more active on warmer nights",
        _corr(lambda df: df["Min Temp (°F)"], lambda df: df["Total Passes"]),
        ("Min Temp (°F)", "Total Passes"),
    ),
    Q(
        "which site had the most tricolored bats",
        _lead(_named_any(_bt_tricolored_site)),
        ("Site Name", "Tricolored Bat"),
    ),
    Q(
        "what county is that in",
        _named_any(lambda df: sorted(set(df.loc[df["Site Name"].isin(_bt_tricolored_site(df)), "County"]))),
        ("Site Name", "County"),
    ),
]


HELDOUT250: list[Dataset] = [
    Dataset("sense_energy_monitor_export", _sense_frame, _SE_QS),
    Dataset("exophase_achievement_history", _exophase_frame, _EX_QS),
    Dataset("timing_time_entries", _timing_frame, _TM_QS),
    Dataset("honeydue_transactions", _honeydue_frame, _HD_QS),
    Dataset("cso_overflow_event_log", _cso_frame, _CS_QS),
    Dataset("boil_water_notices", _boil_frame, _BW_QS),
    Dataset("acoustic_bat_survey", _bat_frame, _BT_QS),
]
