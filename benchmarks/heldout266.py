"""HELDOUT266: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Wanderlog trip plan export
(one row per place on a plan, six trips from 2022 to 2024) with "Trip Name" ("Japan Spring 2023"), Day (1, 2, ...),
Date as "2023-03-28", "Place Name", Category (Food, Sights, Lodging, Transit, Shopping, Activity), "Start Time" as
"9:30 AM" (blank for lodging), "Duration (min)" (blank for lodging), "Cost Estimate" (blank where none was entered),
Currency (JPY, EUR, USD, MXN), Notes (mostly blank) and Visited (Yes/No); a Roadtrippers trip stops export (one row
per stop, five trips) with "Trip Name", "Stop #", "Stop Name", City, State (two-letter code), Category (Attraction,
Fuel, Lodging, Food), "Miles From Previous" (blank on a trip's first stop), "Drive Time From Previous" as
"2 hr 15 min" or "25 min" (blank on the first stop), "Arrival Date" as "06/14/2022", Nights (0 but for lodging) and
Cost as "$45.00" (blank on some free stops); a Mealime meal plan history (one row per planned meal, weeks of 2023 to
mid 2024) with "Week Of" as "2023-01-02" (a Monday), Recipe (recipes repeat), Cuisine, Servings, "Prep Time (min)",
"Calories per Serving", "Dietary Tags" ("Vegetarian, Gluten Free", blank for none), Cooked (Yes/No) and Rating (1 to
5, blank when not cooked or not rated); a BandLab track statistics export for one musician (one row per track,
2019 to 2024) with Title, "Release Date" as "2021-07-09", Genre, Plays, Likes, Comments, Reposts, Duration as "3:27",
Collaborators (0 for solo tracks) and Visibility (Public/Private); a municipal court's case filings (one row per
case, 2020 to 2023) with "Case Number" as "2021-TR-004512", "Filing Date" as "03/14/2021", "Case Type" in upper case
(TRAFFIC, PARKING, ORDINANCE VIOLATION, MISDEMEANOR), Disposition (GUILTY, DISMISSED, DEFERRED, PENDING),
"Disposition Date" (blank while pending), "Fine Amount" and "Court Fees" as "$150.00" ("$0.00" unless guilty or
deferred) and Judge as "HON. MARIA LOPEZ" (blank on some pending cases); TSA checkpoint wait times for Denver (one row
per checkpoint, lane kind and hour over 30 days) with Date as "1/5/2024", Hour as "05:00 - 06:00", Airport ("DEN"),
Checkpoint, "Max Wait (min)" ("N/A" when the sensor was down), "Avg Wait (min)", PreCheck (Y/N) and "Pax Screened";
and CBP border wait time readings at land ports (one row per port, crossing, lane and vehicle kind per reading) with
"Port Name", "Crossing Name", Date as "2024-03-05", Time as "14:00", "Lane Type" (Standard, SENTRI, Ready Lane,
NEXUS), "Vehicle Type" (Passenger, Pedestrian, Commercial), "Delay (min)" (blank when the lanes were closed) and
"Lanes Open" (0 when closed). All are generated with a fixed seed.
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
from .offline_eval import pick_one as _one


def _both(*checks: Check) -> Check:
    """Every one of the checks passes."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for c in checks:
            why = c(answer, df)
            if why:
                return why
        return None

    return check


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "14:00", "2 pm", "2:00 PM", "1400" or "14h"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "a" if h < 12 else "p"
        patterns = [
            rf"(?<![\d:]){h}:00(?!\d)",
            rf"(?<![\d:]){h:02d}:00(?!\d)",
            rf"(?<![\d:]){h:02d}00(?!\d)",
            rf"(?<![\d:]){h}\s*h\b",
            rf"(?<![\d:]){h12}(?::00)?\s*{half}\.?m\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Wanderlog trip plan ----------------------------------------------------------------------------------------

# trip: currency, first day, days, places by category, cost scale
_WL_TRIPS: dict[str, tuple[str, str, int, float]] = {
    "Japan Spring 2023": ("JPY", "2023-03-28", 12, 1500.0),
    "Lisbon & Porto": ("EUR", "2022-09-14", 7, 12.0),
    "Italy Honeymoon": ("EUR", "2023-06-10", 10, 15.0),
    "NYC Long Weekend": ("USD", "2024-01-12", 4, 18.0),
    "Mexico City Eats": ("MXN", "2024-02-22", 6, 220.0),
    "Pacific Northwest": ("USD", "2022-07-30", 8, 14.0),
}
_WL_PLACES = {
    "Food": ["Ramen Spot", "Night Market", "Bakery", "Tapas Bar", "Trattoria", "Taqueria", "Coffee Roasters", "Diner"],
    "Sights": ["Old Town", "Cathedral", "Castle", "Museum of Art", "Viewpoint", "Botanical Garden", "Temple", "Harbor"],
    "Transit": ["Central Station", "Airport Transfer", "Metro Pass", "Ferry Terminal", "Car Rental"],
    "Shopping": ["Flea Market", "Department Store", "Bookshop", "Design District"],
    "Activity": ["Cooking Class", "Walking Tour", "Bike Tour", "Day Hike", "Boat Trip", "Food Tour"],
}
# category: weight, duration range (min), cost multiplier, chance visited
_WL_CATS: dict[str, tuple[float, tuple[int, int], float, float]] = {
    "Food": (34, (40, 110), 2.0, 0.72),
    "Sights": (30, (60, 200), 1.0, 0.85),
    "Transit": (12, (15, 90), 1.2, 0.95),
    "Shopping": (9, (30, 100), 3.0, 0.6),
    "Activity": (8, (90, 240), 5.0, 0.8),
}


def _wanderlog_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26601)
    cats = list(_WL_CATS)
    rows: list[dict[str, Any]] = []
    for trip, (cur, start, days, scale) in _WL_TRIPS.items():
        city = trip.split()[0]
        hotel = f"Hotel {_one(rng, ['Aurora', 'Central', 'Marina', 'Sakura', 'Park View', 'Alameda'])}"
        for day in range(1, days + 1):
            date = pd.Timestamp(start) + pd.Timedelta(days=day - 1)
            t = 8 * 60 + int(rng.integers(0, 7)) * 15
            for _ in range(int(rng.integers(5, 10))):
                cat = _one(rng, cats, [_WL_CATS[c][0] for c in cats])
                lo, hi = _WL_CATS[cat][1]
                dur = int(rng.integers(lo, hi + 1) // 5 * 5)
                cost: float | None = round(float(rng.gamma(2.0, scale * _WL_CATS[cat][2] / 2)), 2)
                if cur == "JPY":
                    cost = float(round(cost, -1))
                if cat == "Sights" and rng.random() < 0.35:
                    cost = 0.0
                if rng.random() < 0.15:
                    cost = None
                h, m = divmod(t, 60)
                rows.append(
                    {
                        "Trip Name": trip,
                        "Day": day,
                        "Date": f"{date:%Y-%m-%d}",
                        "Place Name": f"{city} {_one(rng, _WL_PLACES[cat])}",
                        "Category": cat,
                        "Start Time": f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}",
                        "Duration (min)": dur,
                        "Cost Estimate": cost,
                        "Currency": cur,
                        "Notes": _one(rng, ["book ahead", "cash only", "closed Mondays", "try the special"])
                        if rng.random() < 0.12
                        else "",
                        "Visited": "Yes" if rng.random() < _WL_CATS[cat][3] else "No",
                    }
                )
                t = min(t + dur + int(rng.integers(10, 40)), 22 * 60)
            rows.append(
                {
                    "Trip Name": trip,
                    "Day": day,
                    "Date": f"{date:%Y-%m-%d}",
                    "Place Name": hotel,
                    "Category": "Lodging",
                    "Start Time": "",
                    "Duration (min)": None,
                    "Cost Estimate": round(float(rng.normal(9, 1.5)) * scale, 2) if day < days else None,
                    "Currency": cur,
                    "Notes": "",
                    "Visited": "Yes",
                }
            )
    return pd.DataFrame(rows)


def _wl_trip(df: pd.DataFrame, word: str) -> pd.DataFrame:
    return df[_text(df, "Trip Name").str.contains(word, case=False)]


def _wl_visited(df: pd.DataFrame) -> float:
    return float((_text(df, "Visited") == "Yes").mean())


_WL_QS = [
    Q(
        "how many places are on the japan trip",
        _count(lambda df: len(_wl_trip(df, "Japan"))),
        ("Trip Name",),
    ),
    Q(
        "what kind of place takes up most of my time",
        _lead(_named(lambda df: _top(_num(df, "Duration (min)").groupby(_text(df, "Category")).sum()))),
        ("Category", "Duration (min)"),
    ),
    Q(
        "how much is the lisbon trip going to cost",
        _amount(lambda df: float(_num(_wl_trip(df, "Lisbon"), "Cost Estimate").sum())),
        ("Trip Name", "Cost Estimate", "Currency"),
    ),
    Q(
        "how many places dont have a cost filled in",
        _count(lambda df: int(_num(df, "Cost Estimate").isna().sum())),
        ("Cost Estimate",),
    ),
    Q(
        "what percent of the places did i actually make it to",
        either(
            _share(_wl_visited),
            _share(lambda df: _wl_visited(df[_text(df, "Category") != "Lodging"])),
        ),
        ("Visited",),
    ),
    Q(
        "and for food spots?",
        _share(lambda df: _wl_visited(df[_text(df, "Category") == "Food"])),
        ("Visited", "Category"),
    ),
]


# --- 2. Roadtrippers trip stops ------------------------------------------------------------------------------------

_RT_TRIPS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "Route 66 Summer 2022": (
        "2022-06-11",
        [
            ("Chicago", "IL"),
            ("Springfield", "IL"),
            ("St. Louis", "MO"),
            ("Joplin", "MO"),
            ("Tulsa", "OK"),
            ("Oklahoma City", "OK"),
            ("Amarillo", "TX"),
            ("Tucumcari", "NM"),
            ("Albuquerque", "NM"),
            ("Gallup", "NM"),
            ("Flagstaff", "AZ"),
            ("Kingman", "AZ"),
            ("Barstow", "CA"),
            ("Santa Monica", "CA"),
        ],
    ),
    "Pacific Coast Highway": (
        "2023-08-19",
        [
            ("Seattle", "WA"),
            ("Astoria", "OR"),
            ("Cannon Beach", "OR"),
            ("Newport", "OR"),
            ("Crescent City", "CA"),
            ("Eureka", "CA"),
            ("Mendocino", "CA"),
            ("San Francisco", "CA"),
            ("Monterey", "CA"),
            ("Big Sur", "CA"),
            ("San Luis Obispo", "CA"),
        ],
    ),
    "Southwest National Parks": (
        "2023-04-01",
        [
            ("Las Vegas", "NV"),
            ("Springdale", "UT"),
            ("Bryce Canyon City", "UT"),
            ("Torrey", "UT"),
            ("Moab", "UT"),
            ("Page", "AZ"),
            ("Grand Canyon Village", "AZ"),
            ("Sedona", "AZ"),
        ],
    ),
    "Blue Ridge Fall Colors": (
        "2022-10-07",
        [
            ("Front Royal", "VA"),
            ("Charlottesville", "VA"),
            ("Roanoke", "VA"),
            ("Boone", "NC"),
            ("Asheville", "NC"),
            ("Gatlinburg", "TN"),
        ],
    ),
    "Great Lakes Loop": (
        "2024-07-04",
        [
            ("Detroit", "MI"),
            ("Traverse City", "MI"),
            ("Mackinaw City", "MI"),
            ("Marquette", "MI"),
            ("Duluth", "MN"),
            ("Bayfield", "WI"),
            ("Door County", "WI"),
            ("Milwaukee", "WI"),
        ],
    ),
}
_RT_BRANDS = {
    "Fuel": ["Shell", "Chevron", "Love's", "Pilot", "Maverik", "Sinclair"],
    "Lodging": ["Best Western", "Hampton Inn", "KOA Campground", "Motel 6", "La Quinta"],
    "Food": ["Diner", "BBQ", "Taco Shop", "Brewing Co.", "Pie Shop", "Cafe"],
    "Attraction": ["Visitor Center", "Scenic Overlook", "Museum", "State Park", "Historic District", "Trailhead"],
}


def _rt_drive(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h} hr {m} min" if h else f"{m} min"


def _roadtrippers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26602)
    rows: list[dict[str, Any]] = []
    for trip, (start, route) in _RT_TRIPS.items():
        day = pd.Timestamp(start)
        order = 0
        for i, (city, state) in enumerate(route):
            n = int(rng.integers(5, 10))
            kinds = ["Fuel"] + [_one(rng, ["Attraction", "Food", "Fuel"], [50, 35, 15]) for _ in range(n - 2)]
            kinds.append("Lodging")
            if i == len(route) - 1:
                kinds = kinds[:-1]
            for j, kind in enumerate(kinds):
                order += 1
                if order == 1:
                    miles = None
                elif j == 0:
                    miles = round(float(rng.uniform(70, 330)), 1)
                else:
                    miles = round(float(rng.gamma(2.0, 6.0)), 1)
                minutes = None if miles is None else int(miles / rng.uniform(42, 62) * 60) + int(rng.integers(2, 9))
                nights = int(_one(rng, [1, 1, 1, 2, 3])) if kind == "Lodging" else 0
                if kind == "Fuel":
                    cost: float | None = round(float(rng.uniform(38, 82)), 2)
                elif kind == "Food":
                    cost = round(float(rng.gamma(3.0, 14.0)), 2)
                elif kind == "Lodging":
                    cost = round(nights * float(rng.uniform(65, 210)), 2)
                else:
                    cost = None if rng.random() < 0.45 else round(float(_one(rng, [0, 10, 15, 20, 35, 40])), 2)
                brand = _one(rng, _RT_BRANDS[kind])
                name = f"{city} {brand}" if kind in ("Attraction", "Food") else f"{brand} {city}"
                rows.append(
                    {
                        "Trip Name": trip,
                        "Stop #": order,
                        "Stop Name": name,
                        "City": city,
                        "State": state,
                        "Category": kind,
                        "Miles From Previous": miles,
                        "Drive Time From Previous": "" if minutes is None else _rt_drive(minutes),
                        "Arrival Date": f"{day:%m/%d/%Y}",
                        "Nights": nights,
                        "Cost": "" if cost is None else f"${cost:,.2f}",
                    }
                )
                day = day + pd.Timedelta(days=nights)
    return pd.DataFrame(rows)


def _rt_minutes(df: pd.DataFrame) -> pd.Series:
    text = _text(df, "Drive Time From Previous")
    h = pd.to_numeric(text.str.extract(r"(\d+)\s*hr", expand=False), errors="coerce").fillna(0)
    m = pd.to_numeric(text.str.extract(r"(\d+)\s*min", expand=False), errors="coerce").fillna(0)
    return (h * 60 + m).where(text != "")


def _rt_longest(by_miles: bool) -> Callable[[pd.DataFrame], list[str]]:
    """The stop the longest leg (by drive time, or by miles) ends at, or its city."""

    def names(df: pd.DataFrame) -> list[str]:
        i = (_num(df, "Miles From Previous") if by_miles else _rt_minutes(df)).idxmax()
        return [str(df.loc[i, "Stop Name"]), str(df.loc[i, "City"])]

    return names


def _rt_lodging(df: pd.DataFrame) -> pd.DataFrame:
    return df[(_text(df, "Category") == "Lodging") & (_num(df, "Nights") > 0)]


_RT_QS = [
    Q(
        "how many miles was the route 66 trip",
        _amount(
            lambda df: float(_num(df[_text(df, "Trip Name").str.contains("Route 66")], "Miles From Previous").sum())
        ),
        ("Trip Name", "Miles From Previous"),
    ),
    Q(
        "which state did we stop in the most",
        _lead(_named(lambda df: _top(_text(df, "State").value_counts()))),
        ("State",),
    ),
    Q(
        "which leg had the longest drive",
        _lead(either(_named_any(_rt_longest(False)), _named_any(_rt_longest(True)))),
        ("Stop Name", "Drive Time From Previous", "Miles From Previous", "Trip Name", "Stop #", "City"),
    ),
    Q(
        "how much did we spend on gas",
        _amount(lambda df: float(_num(df[_text(df, "Category") == "Fuel"], "Cost").sum())),
        ("Category", "Cost"),
    ),
    Q(
        "whats the average cost per night for places we stayed",
        either(
            _about(lambda df: float((_num(_rt_lodging(df), "Cost") / _num(_rt_lodging(df), "Nights")).mean())),
            _about(lambda df: float(_num(_rt_lodging(df), "Cost").sum() / _num(_rt_lodging(df), "Nights").sum())),
        ),
        ("Category", "Cost", "Nights"),
    ),
    Q(
        "which trip had the most nights",
        _lead(_named(lambda df: _top(_num(df, "Nights").groupby(_text(df, "Trip Name")).sum()))),
        ("Trip Name", "Nights"),
    ),
]


# --- 3. Mealime meal plan history ----------------------------------------------------------------------------------

# recipe: cuisine, prep minutes, calories, tags, appeal
_ML_RECIPES: dict[str, tuple[str, int, int, str, float]] = {
    "Sheet Pan Chicken Fajitas": ("Mexican", 30, 520, "Gluten Free", 4.2),
    "Black Bean Tacos": ("Mexican", 20, 430, "Vegetarian", 3.9),
    "Chicken Tikka Masala": ("Indian", 40, 610, "Gluten Free", 4.5),
    "Chickpea Curry": ("Indian", 30, 480, "Vegan, Gluten Free", 4.1),
    "Spaghetti Bolognese": ("Italian", 35, 690, "", 4.0),
    "Pesto Pasta with Peas": ("Italian", 20, 560, "Vegetarian", 3.6),
    "Mushroom Risotto": ("Italian", 45, 540, "Vegetarian, Gluten Free", 3.8),
    "Teriyaki Salmon Bowls": ("Japanese", 25, 580, "Dairy Free", 4.4),
    "Miso Glazed Tofu": ("Japanese", 30, 410, "Vegan", 3.3),
    "Beef & Broccoli Stir Fry": ("Chinese", 25, 530, "Dairy Free", 4.0),
    "Vegetable Fried Rice": ("Chinese", 20, 450, "Vegetarian, Dairy Free", 3.5),
    "Greek Chicken Salad": ("Mediterranean", 20, 420, "Gluten Free", 3.7),
    "Falafel Pitas": ("Mediterranean", 35, 510, "Vegan", 3.9),
    "Shakshuka": ("Mediterranean", 25, 380, "Vegetarian, Gluten Free", 4.1),
    "Cheeseburger Sliders": ("American", 25, 720, "", 4.3),
    "Turkey Chili": ("American", 45, 470, "Gluten Free, Dairy Free", 3.8),
    "BBQ Pulled Pork Sandwiches": ("American", 50, 740, "Dairy Free", 4.2),
    "Thai Peanut Noodles": ("Thai", 25, 620, "Vegetarian", 4.0),
    "Green Curry with Shrimp": ("Thai", 30, 550, "Gluten Free, Dairy Free", 4.1),
    "Korean Beef Bowls": ("Korean", 25, 600, "Dairy Free", 4.6),
}


def _mealime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26603)
    names = list(_ML_RECIPES)
    rows: list[dict[str, Any]] = []
    for week in pd.date_range("2023-01-02", "2024-06-24", freq="7D"):
        n = int(rng.integers(4, 8)) if week.month not in (7, 8, 12) else int(rng.integers(2, 6))
        if week.month == 1:
            n += 2
        for recipe in rng.choice(len(names), size=n, replace=False):
            name = names[int(recipe)]
            cuisine, prep, cal, tags, appeal = _ML_RECIPES[name]
            cooked = rng.random() < 0.78
            rating: float | None = None
            if cooked and rng.random() < 0.8:
                rating = float(np.clip(round(appeal + rng.normal(0, 0.7)), 1, 5))
            rows.append(
                {
                    "Week Of": f"{week:%Y-%m-%d}",
                    "Recipe": name,
                    "Cuisine": cuisine,
                    "Servings": int(_one(rng, [2, 2, 2, 4, 4, 6])),
                    "Prep Time (min)": prep + int(_one(rng, [0, 0, 0, 5, -5])),
                    "Calories per Serving": cal + int(rng.integers(-20, 21)),
                    "Dietary Tags": tags,
                    "Cooked": "Yes" if cooked else "No",
                    "Rating": rating,
                }
            )
    return pd.DataFrame(rows)


def _ml_prep(vegan_too: bool) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        tags = _text(df, "Dietary Tags")
        keep = tags.str.contains("Vegetarian") | (tags.str.contains("Vegan") if vegan_too else False)
        return float(_num(df, "Prep Time (min)")[keep].mean())

    return mean


def _ml_week(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Week Of"), format="%Y-%m-%d")


_ML_QS = [
    Q(
        "how many of the planned meals did i actually cook",
        _count(lambda df: int((_text(df, "Cooked") == "Yes").sum())),
        ("Cooked",),
    ),
    Q(
        "what cuisine do i make most",
        _lead(
            either(
                _named(lambda df: _top(_text(df, "Cuisine").value_counts())),
                _named(lambda df: _top(_text(df[_text(df, "Cooked") == "Yes"], "Cuisine").value_counts())),
            )
        ),
        ("Cuisine", "Cooked"),
    ),
    Q(
        "how long do vegetarian meals take to prep on average",
        either(_about(_ml_prep(False)), _about(_ml_prep(True))),
        ("Prep Time (min)", "Dietary Tags"),
    ),
    Q(
        "whats my best rated recipe",
        _lead(_named(lambda df: _top(_num(df, "Rating").groupby(_text(df, "Recipe")).mean()))),
        ("Recipe", "Rating"),
    ),
    Q(
        "do the higher calorie meals get better ratings",
        _corr(lambda df: _num(df, "Calories per Serving"), lambda df: _num(df, "Rating")),
        ("Calories per Serving", "Rating"),
    ),
    Q(
        "which month did i plan the most meals",
        _lead(
            _month_year(lambda df: _ml_week(df).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp())
        ),
        ("Week Of",),
    ),
]


# --- 4. BandLab track statistics -----------------------------------------------------------------------------------

_BL_GENRES: dict[str, tuple[float, float]] = {
    "Hip Hop": (30, 900),
    "Lo-Fi": (22, 1400),
    "Pop": (14, 700),
    "Trap": (16, 1100),
    "R&B": (10, 600),
    "EDM": (8, 500),
}
_BL_WORDS = [
    "Midnight", "Drive", "Neon", "Rain", "Echo", "Gold", "Ghost", "Summer", "Static", "Cloud", "Fade", "Velvet",
    "City", "Lights", "Dreams", "Heart", "Wave", "Signal", "Motion", "Blue", "Fire", "Orbit", "Sugar", "Haze",
]  # fmt: skip


def _bandlab_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26604)
    genres = list(_BL_GENRES)
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    while len(rows) < 340:
        title = f"{_one(rng, _BL_WORDS)} {_one(rng, _BL_WORDS)}"
        if rng.random() < 0.2:
            title += f" ({_one(rng, ['Remix', 'Demo', 'Freestyle', 'v2', 'Live'])})"
        if title in seen or title.split()[0] == title.split()[1]:
            continue
        seen.add(title)
        genre = _one(rng, genres, [_BL_GENRES[g][0] for g in genres])
        day = pd.Timestamp("2019-02-01") + pd.Timedelta(days=int(rng.integers(0, 2000)))
        collabs = int(_one(rng, [0, 0, 0, 0, 1, 1, 2, 3]))
        public = rng.random() < 0.82
        base = _BL_GENRES[genre][1] * (1 + 0.6 * collabs) * (1 if public else 0.04)
        plays = int(rng.lognormal(np.log(base), 0.9))
        likes = int(rng.binomial(plays, 0.06))
        secs = int(np.clip(rng.normal(170 if genre != "Lo-Fi" else 120, 40), 45, 420))
        rows.append(
            {
                "Title": title,
                "Release Date": f"{day:%Y-%m-%d}",
                "Genre": genre,
                "Plays": plays,
                "Likes": likes,
                "Comments": int(rng.binomial(likes, 0.12)),
                "Reposts": int(rng.binomial(likes, 0.08)),
                "Duration": f"{secs // 60}:{secs % 60:02d}",
                "Collaborators": collabs,
                "Visibility": "Public" if public else "Private",
            }
        )
    return pd.DataFrame(rows).sort_values("Release Date", ascending=False, kind="stable").reset_index(drop=True)


def _bl_seconds(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Duration").str.split(":", expand=True)
    return pd.to_numeric(parts[0]) * 60 + pd.to_numeric(parts[1])


def _length(value: Callable[[pd.DataFrame], float]) -> Check:
    """A length in seconds, in minutes, or as m:ss (to two seconds)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        secs = float(value(df))
        if _about(lambda _d: secs)(answer, df) is None or _about(lambda _d: secs / 60)(answer, df) is None:
            return None
        for m, s in re.findall(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])", answer):
            if abs(int(m) * 60 + int(s) - secs) <= 2:
                return None
        for m, s in re.findall(r"(\d+)\s*min(?:ute)?s?,?\s*(?:and\s+)?(\d+)\s*s", answer, re.IGNORECASE):
            if abs(int(m) * 60 + int(s) - secs) <= 2:
                return None
        return f"missing length {secs:.0f} s"

    return check


def _bl_plays(with_collabs: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        c = _num(df, "Collaborators") > 0
        return float(_num(df, "Plays")[c if with_collabs else ~c].agg(how))

    return value


_BL_QS = [
    Q(
        "how many of my tracks are public",
        _count(lambda df: int((_text(df, "Visibility") == "Public").sum())),
        ("Visibility",),
    ),
    Q(
        "whats my most played song",
        _lead(_named(lambda df: str(df.loc[_num(df, "Plays").idxmax(), "Title"]))),
        ("Title", "Plays"),
    ),
    Q("how many likes do i have in total", _count(lambda df: int(_num(df, "Likes").sum())), ("Likes",)),
    Q(
        "which genre gets the most plays on average",
        _lead(_named(lambda df: _top(_num(df, "Plays").groupby(_text(df, "Genre")).mean()))),
        ("Genre", "Plays"),
    ),
    Q(
        "how long are my songs usually",
        either(_length(lambda df: _bl_seconds(df).mean()), _length(lambda df: _bl_seconds(df).median())),
        ("Duration",),
    ),
    Q(
        "do songs with collaborators get more plays than solo ones",
        either(
            _both(_about(_bl_plays(True, "mean")), _about(_bl_plays(False, "mean"))),
            _both(_about(_bl_plays(True, "median")), _about(_bl_plays(False, "median"))),
        ),
        ("Collaborators", "Plays"),
    ),
]


# --- 5. Municipal court case filings -------------------------------------------------------------------------------

_MC_TYPES: dict[str, tuple[str, float, tuple[int, int], float]] = {
    # type: code, weight, fine range, chance dismissed
    "TRAFFIC": ("TR", 46, (75, 350), 0.22),
    "PARKING": ("PK", 28, (25, 120), 0.15),
    "ORDINANCE VIOLATION": ("OV", 14, (100, 500), 0.3),
    "MISDEMEANOR": ("CR", 12, (250, 1000), 0.38),
}
_MC_JUDGES = {
    "HON. MARIA LOPEZ": 0.8,
    "HON. DAVID CHEN": 1.0,
    "HON. PATRICIA O'NEILL": 1.45,
    "HON. JAMES WHITAKER": 0.9,
}


def _court_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26605)
    types = list(_MC_TYPES)
    judges = list(_MC_JUDGES)
    rows: list[dict[str, Any]] = []
    seq: dict[tuple[int, str], int] = {}
    for _ in range(2600):
        filed = pd.Timestamp("2020-01-02") + pd.Timedelta(days=int(rng.integers(0, 1460)))
        if filed.year == 2020 and 3 <= filed.month <= 5 and rng.random() < 0.6:
            filed = filed + pd.Timedelta(days=120)
        if filed.year > 2023:
            filed = filed - pd.Timedelta(days=365)
        kind = _one(rng, types, [_MC_TYPES[t][1] for t in types])
        code, _w, (lo, hi), p_dis = _MC_TYPES[kind]
        judge = _one(rng, judges)
        age = (pd.Timestamp("2024-01-31") - filed).days
        pending = rng.random() < (0.5 if age < 120 else 0.04)
        p = min(0.9, p_dis * _MC_JUDGES[judge])
        disp = (
            "PENDING"
            if pending
            else _one(rng, ["DISMISSED", "GUILTY", "DEFERRED"], [p, (1 - p) * 0.78, (1 - p) * 0.22])
        )
        days = int(rng.gamma(2.0, 30 if kind in ("TRAFFIC", "PARKING") else 70))
        fine = float(rng.integers(lo // 5, hi // 5 + 1) * 5) if disp in ("GUILTY", "DEFERRED") else 0.0
        fees = float(_one(rng, [53.0, 78.0, 103.0])) if disp in ("GUILTY", "DEFERRED") else 0.0
        key = (filed.year, code)
        seq[key] = seq.get(key, 0) + int(rng.integers(1, 4))
        rows.append(
            {
                "Case Number": f"{filed.year}-{code}-{seq[key]:06d}",
                "Filing Date": f"{filed:%m/%d/%Y}",
                "Case Type": kind,
                "Disposition": disp,
                "Disposition Date": "" if pending else f"{filed + pd.Timedelta(days=days):%m/%d/%Y}",
                "Fine Amount": f"${fine:,.2f}",
                "Court Fees": f"${fees:,.2f}",
                "Judge": "" if pending and rng.random() < 0.4 else judge,
            }
        )
    return pd.DataFrame(rows).sort_values("Case Number", kind="stable").reset_index(drop=True)


def _mc_date(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format="%m/%d/%Y", errors="coerce")


def _mc_days(df: pd.DataFrame) -> pd.Series:
    return (_mc_date(df, "Disposition Date") - _mc_date(df, "Filing Date")).dt.days.dropna()


def _mc_dismissed(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Disposition") == "DISMISSED"


def _mc_judge(rate: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = df[(_text(df, "Judge") != "") & (_text(df, "Disposition") != "PENDING")]
        s = _mc_dismissed(d).groupby(_text(d, "Judge"))
        return _top(s.mean() if rate else s.sum())

    return top


_MC_QS = [
    Q(
        "how many cases were filed in 2022",
        _count(lambda df: int((_mc_date(df, "Filing Date").dt.year == 2022).sum())),
        ("Filing Date", "Case Number"),
    ),
    Q(
        "what share of cases get dismissed",
        either(
            _share(lambda df: float(_mc_dismissed(df).mean())),
            _share(lambda df: float(_mc_dismissed(df[_text(df, "Disposition") != "PENDING"]).mean())),
        ),
        ("Disposition",),
    ),
    Q(
        "total fines for traffic cases",
        _amount(lambda df: float(_num(df[_text(df, "Case Type") == "TRAFFIC"], "Fine Amount").sum())),
        ("Case Type", "Fine Amount"),
    ),
    Q(
        "which judge dismisses the most",
        _lead(either(_named(_mc_judge(True)), _named(_mc_judge(False)))),
        ("Judge", "Disposition"),
    ),
    Q(
        "how long does a case usually take to wrap up",
        _typical(_mc_days),
        ("Filing Date", "Disposition Date", "Disposition"),
    ),
    Q(
        "which month had the most filings",
        _lead(
            _month_year(
                lambda df: (
                    _mc_date(df, "Filing Date").dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()
                )
            )
        ),
        ("Filing Date", "Case Number"),
    ),
]


# --- 6. TSA checkpoint wait times ----------------------------------------------------------------------------------

# checkpoint: share of traffic, base wait
_TS_CHECKPOINTS = {
    "North Checkpoint": (0.38, 1.0),
    "South Checkpoint": (0.42, 1.25),
    "Bridge Checkpoint (A)": (0.2, 0.6),
}
_TS_HOURS = [0.3, 0.8, 1.0, 0.85, 0.7, 0.6, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.7, 0.55, 0.45, 0.35, 0.25, 0.15]


def _tsa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26606)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-05", periods=30, freq="D"):
        busy = 1.15 if day.day_of_week in (4, 6) else (0.85 if day.day_of_week in (1, 2) else 1.0)
        for k, load in enumerate(_TS_HOURS):
            hour = 4 + k
            for cp, (part, base) in _TS_CHECKPOINTS.items():
                for pre in ("N", "Y"):
                    pax = int(rng.poisson(2600 * load * part * busy * (0.35 if pre == "Y" else 0.65)))
                    avg = max(1.0, rng.normal((4 + pax / 28) * base * (0.3 if pre == "Y" else 1.0), 2.5))
                    mx = avg * rng.uniform(1.3, 2.2) + rng.uniform(0, 5)
                    rows.append(
                        {
                            "Date": f"{day.month}/{day.day}/{day.year}",
                            "Hour": f"{hour:02d}:00 - {hour + 1:02d}:00",
                            "Airport": "DEN",
                            "Checkpoint": cp,
                            "Max Wait (min)": "N/A" if rng.random() < 0.04 else str(round(mx)),
                            "Avg Wait (min)": round(float(avg), 1),
                            "PreCheck": pre,
                            "Pax Screened": pax,
                        }
                    )
    return pd.DataFrame(rows)


def _ts_pre(df: pd.DataFrame, flag: str) -> float:
    return float(_num(df[_text(df, "PreCheck") == flag], "Avg Wait (min)").mean())


def _ts_hour(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Hour").str[:2])


_TS_QS = [
    Q(
        "whats the average wait at security",
        _typical(lambda df: _num(df, "Avg Wait (min)")),
        ("Avg Wait (min)",),
    ),
    Q(
        "and in the precheck lanes?",
        _about(lambda df: _ts_pre(df, "Y")),
        ("Avg Wait (min)", "PreCheck"),
    ),
    Q(
        "what time of day are the lines worst",
        _lead(_hour(lambda df: int(_num(df, "Avg Wait (min)").groupby(_ts_hour(df)).mean().idxmax()))),
        ("Hour", "Avg Wait (min)"),
    ),
    Q(
        "how many people got screened in total",
        _amount(lambda df: float(_num(df, "Pax Screened").sum())),
        ("Pax Screened",),
    ),
    Q(
        "how many readings are missing the max wait",
        _count(lambda df: int(_num(df, "Max Wait (min)").isna().sum())),
        ("Max Wait (min)",),
    ),
    Q(
        "do more passengers mean longer waits",
        _corr(lambda df: _num(df, "Pax Screened"), lambda df: _num(df, "Avg Wait (min)")),
        ("Pax Screened", "Avg Wait (min)"),
    ),
]


# --- 7. CBP border wait times --------------------------------------------------------------------------------------

# port: crossings, lane types, base delay (passenger standard)
_BW_PORTS: dict[str, tuple[list[str], list[str], float]] = {
    "San Ysidro": (["San Ysidro", "PedWest"], ["Standard", "SENTRI", "Ready Lane"], 85),
    "Otay Mesa": (["Otay Mesa", "Otay Mesa Commercial"], ["Standard", "SENTRI", "Ready Lane"], 60),
    "Calexico": (["Calexico West", "Calexico East"], ["Standard", "SENTRI", "Ready Lane"], 45),
    "Nogales": (["DeConcini", "Mariposa"], ["Standard", "SENTRI", "Ready Lane"], 35),
    "El Paso": (
        ["Bridge of the Americas (BOTA)", "Paso Del Norte (PDN)", "Ysleta"],
        ["Standard", "SENTRI", "Ready Lane"],
        55,
    ),
    "Laredo": (["Gateway to the Americas", "World Trade Bridge"], ["Standard", "SENTRI", "Ready Lane"], 40),
    "Blaine": (["Peace Arch", "Pacific Highway"], ["Standard", "NEXUS"], 25),
}
_BW_LANE_FACTOR = {"Standard": 1.0, "Ready Lane": 0.7, "SENTRI": 0.3, "NEXUS": 0.35}
_BW_VEHICLE_FACTOR = {"Passenger": 1.0, "Pedestrian": 0.55, "Commercial": 0.8}
_BW_HOUR = {h: 0.4 + 0.9 * np.exp(-(((h - 7) / 2.2) ** 2)) + 0.6 * np.exp(-(((h - 17) / 2.5) ** 2)) for h in range(24)}


def _border_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26607)
    ports = list(_BW_PORTS)
    rows: list[dict[str, Any]] = []
    for _ in range(4200):
        port = _one(rng, ports, [18, 14, 10, 10, 14, 12, 8])
        crossings, lanes, base = _BW_PORTS[port]
        crossing = _one(rng, crossings)
        vehicle = "Commercial" if "Commercial" in crossing or crossing in ("Mariposa", "World Trade Bridge") else None
        if vehicle is None:
            vehicle = _one(rng, ["Passenger", "Pedestrian"], [65, 35])
        lane = _one(rng, lanes, [60, 20, 20][: len(lanes)] if len(lanes) == 3 else [70, 30])
        if vehicle == "Commercial" and lane == "SENTRI":
            lane = "Standard"
        day = pd.Timestamp("2024-03-01") + pd.Timedelta(days=int(rng.integers(0, 61)))
        hour = int(rng.integers(0, 24))
        minute = int(_one(rng, [0, 0, 0, 15, 30, 45]))
        weekend = 1.25 if day.day_of_week >= 5 else 1.0
        mean = base * _BW_LANE_FACTOR[lane] * _BW_VEHICLE_FACTOR[vehicle] * _BW_HOUR[hour] * weekend
        closed = rng.random() < (0.12 if hour < 5 else 0.03)
        delay = None if closed else int(max(0, round(rng.gamma(2.5, mean / 2.5))))
        rows.append(
            {
                "Port Name": port,
                "Crossing Name": crossing,
                "Date": f"{day:%Y-%m-%d}",
                "Time": f"{hour:02d}:{minute:02d}",
                "Lane Type": lane,
                "Vehicle Type": vehicle,
                "Delay (min)": delay,
                "Lanes Open": 0 if closed else int(rng.integers(1, 12 if lane == "Standard" else 5)),
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values(["Date", "Time"], kind="stable").reset_index(drop=True)


def _bw_hour(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Time").str.split(":").str[0])


def _bw_lane(df: pd.DataFrame, lane: str, passenger_only: bool) -> float:
    keep = _text(df, "Lane Type") == lane
    if passenger_only:
        keep &= _text(df, "Vehicle Type") == "Passenger"
    return float(_num(df[keep], "Delay (min)").mean())


def _bw_sentri(passenger_only: bool) -> Check:
    std = lambda df: _bw_lane(df, "Standard", passenger_only)  # noqa: E731
    sen = lambda df: _bw_lane(df, "SENTRI", passenger_only)  # noqa: E731
    return either(_both(_about(std), _about(sen)), _about(lambda df: std(df) - sen(df)))


_BW_QS = [
    Q(
        "which port has the worst waits",
        _lead(_named(lambda df: _top(_num(df, "Delay (min)").groupby(_text(df, "Port Name")).mean()))),
        ("Port Name", "Delay (min)"),
    ),
    Q(
        "how much time does sentri save vs the regular lane",
        either(_bw_sentri(False), _bw_sentri(True)),
        ("Lane Type", "Delay (min)", "Vehicle Type"),
    ),
    Q(
        "average wait for people walking across at san ysidro",
        _about(
            lambda df: float(
                _num(
                    df[(_text(df, "Port Name") == "San Ysidro") & (_text(df, "Vehicle Type") == "Pedestrian")],
                    "Delay (min)",
                ).mean()
            )
        ),
        ("Port Name", "Vehicle Type", "Delay (min)"),
    ),
    Q(
        "how many times was the wait over 2 hours",
        _count(lambda df: int((_num(df, "Delay (min)") > 120).sum())),
        ("Delay (min)",),
    ),
    Q(
        "what hour of the day is it worst",
        _lead(_hour(lambda df: int(_num(df, "Delay (min)").groupby(_bw_hour(df)).mean().idxmax()))),
        ("Time", "Delay (min)"),
    ),
    Q(
        "how often were the lanes closed",
        either(
            _share(lambda df: float((_num(df, "Lanes Open") == 0).mean())),
            _count(lambda df: int((_num(df, "Lanes Open") == 0).sum())),
        ),
        ("Lanes Open", "Delay (min)"),
    ),
]


HELDOUT266: list[Dataset] = [
    Dataset("wanderlog_trip_plan_export", _wanderlog_frame, _WL_QS),
    Dataset("roadtrippers_trip_stops", _roadtrippers_frame, _RT_QS),
    Dataset("mealime_meal_plan_history", _mealime_frame, _ML_QS),
    Dataset("bandlab_track_statistics", _bandlab_frame, _BL_QS),
    Dataset("municipal_court_case_filings", _court_frame, _MC_QS),
    Dataset("tsa_checkpoint_wait_times_den", _tsa_frame, _TS_QS),
    Dataset("cbp_border_wait_times", _border_frame, _BW_QS),
]
