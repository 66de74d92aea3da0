"""HELDOUT243: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a
Hostelworld booking history export (stays 2022-2024) with "Booking Reference" as "HW-482915637", Property, City,
Country, "Property Type" (Hostel, Hotel, Guesthouse, Apartment), "Room Type" ("6 Bed Mixed Dorm", "8 Bed Female
Dorm", "Private Double", "Private Twin", ...), "Arrival Date" as "DD/MM/YYYY", Nights, Guests, "Total Price" with two
decimals in the booking's currency, Currency (EUR, USD, GBP, THB), "Deposit Paid", Status (Completed, Cancelled,
Upcoming), "Rating Given" (0-10 with one decimal, blank when none, never for cancelled or upcoming stays) and "Booked
On" as "2023-04-02 14:22"; a Waze drive history export (one row per drive, 2023-2024) with "Start Time" and "End
Time" as "2023-03-04 08:15:22", Origin and Destination as address text ("Home", "1200 Market St, San Francisco,
CA"), "Distance (km)" with one decimal, "Duration (min)", "Avg Speed (km/h)" with one decimal, "Traffic Delay (min)",
"Route Type" (Fastest, Shortest), "Reports Made", "Fuel Cost Estimate" as "$4.12" text and Vehicle (Private, Taxi,
Motorcycle); a Pokemon GO catch log exported from a companion tracker (one row per catch, 2023) with "Caught At" as
"2023-07-15 18:42:10", "Pokémon", "Pokédex #", CP, "IV (%)" with one decimal, "Attack IV", "Defense IV", "Stamina
IV" (0-15), Shiny, Lucky and "Weather Boosted" as TRUE/FALSE, "Ball Used" (Poké Ball, Great Ball, Ultra Ball),
Throw (Nice, Great, Excellent, blank for a plain throw), Curveball (TRUE/FALSE), Location (city), "Stardust Gained"
and "XP Gained"; a Meta Quest parent-dashboard app usage export (2024) with Date as "2024-01-13", User (Alex, Sam),
App, Category (Game, Fitness, Social, Media), "Session Start" as "7:45 PM", "Session Minutes", "Guardian Boundary
Breaches", "Battery Start (%)", "Battery End (%)", Headset (Quest 2, Quest 3) and Multiplayer (Yes/No); a city's
public restroom inventory with "Facility ID" as "PR-0042", Name, Address, Neighborhood, Type (Park Restroom, Pit
Stop, Portable, Library, Transit Station), Hours as text ("6am-8pm", "24 hours", "Library hours"), "Open 24 Hours",
"ADA Accessible", "Gender Neutral", "Baby Changing" and Attendant as Y/N, "Number of Stalls" (blank for a few),
Status (Open, Closed for Repair, Seasonal), "Last Cleaned" as "MM/DD/YYYY", Latitude and Longitude (0 for a few
unmapped sites); a municipal golf system's rounds played report (one row per course and layout per month, Jan-2021
to Dec-2024, plus one "TOTAL" row per year whose Month is the year) with Course (Rancho Park, Harding Park, Lincoln
Park, Jackson Park, Sharp Park), Month as "Jan-2023", Holes (9, 18), "Rounds Played" (= resident + non-resident),
"Resident Rounds", "Non-Resident Rounds", "Junior Rounds", "Senior Rounds", "Green Fee Revenue ($)", "Cart Revenue
($)" (0 on 9-hole layouts), "Rain Days" and "Closed Days"; and a city's community garden plot register with "Garden
Name", Neighborhood, "Plot Number" as "B-07", "Plot Size" as text ("10x10", "10x20", "4x8 raised bed"), "Gardener
Since" (year, blank when vacant), Status (Assigned, Vacant, Waitlist Hold, Accessible Plot), "Annual Fee ($)",
"Water Access" (Spigot, Rain Barrel, None - which pandas reads as missing), "Organic Only" (Y/N), "Waitlist Count"
and "Total Plots" repeated on every plot of a garden, and Established (year of the garden). All are generated with
a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout39 import _clock, _month_of
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    """TRUE/FALSE, Y/N or Yes/No as booleans."""
    return _text(df, col).str.upper().isin(["TRUE", "Y", "YES", "1"])


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


# --- 1. Hostelworld booking history ----------------------------------------------------------------------------------

_HW_PLACES = {
    "Lisbon": ("Portugal", ["Lisbon Destination Hostel", "Home Lisbon Hostel", "Yes! Lisbon Hostel", "Casa Amora"]),
    "Barcelona": ("Spain", ["Sant Jordi Sagrada Familia", "Generator Barcelona", "Hostal Grau"]),
    "Amsterdam": ("Netherlands", ["ClinkNOORD", "The Flying Pig Downtown", "Hotel Not Hotel"]),
    "Berlin": ("Germany", ["Circus Hostel", "Generator Berlin Mitte", "Wombat's City Hostel Berlin"]),
    "Bangkok": ("Thailand", ["Lub d Bangkok Silom", "NapPark Hostel", "Mad Monkey Bangkok", "Baan Suan Guesthouse"]),
    "Chiang Mai": ("Thailand", ["Stamps Backpackers", "Green Sleep Hostel", "Sunshine House Chiang Mai"]),
    "London": ("United Kingdom", ["Generator London", "Wombat's City Hostel London", "Clink78"]),
    "Edinburgh": ("United Kingdom", ["Kick Ass Grassmarket", "Castle Rock Hostel"]),
    "New York": ("USA", ["HI NYC Hostel", "Freehand New York", "Pod 51"]),
    "Mexico City": ("Mexico", ["Selina Mexico City Downtown", "Casa Pepe", "Hostel Mundo Joven Catedral"]),
}
_HW_CITY_W = [5, 4, 3, 3, 4, 2.5, 3, 1.5, 1.5, 2]
_HW_CURRENCY = {
    "Portugal": "EUR",
    "Spain": "EUR",
    "Netherlands": "EUR",
    "Germany": "EUR",
    "Thailand": "THB",
    "United Kingdom": "GBP",
    "USA": "USD",
    "Mexico": "USD",
}
_HW_HOTELS = ("Freehand New York", "Pod 51", "Hotel Not Hotel", "Selina Mexico City Downtown")
_HW_BASE = {"EUR": 28.0, "THB": 420.0, "GBP": 30.0, "USD": 38.0}
_HW_ROOMS = {
    "6 Bed Mixed Dorm": 1.0,
    "8 Bed Mixed Dorm": 0.85,
    "4 Bed Female Dorm": 1.15,
    "8 Bed Female Dorm": 0.95,
    "12 Bed Mixed Dorm": 0.7,
    "Private Double": 2.6,
    "Private Twin": 2.5,
    "Private Double Ensuite": 3.1,
}


def _hostelworld_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24301)
    rows = []
    cities = list(_HW_PLACES)
    used: set[int] = set()
    while len(rows) < 520:
        ref = int(rng.integers(400_000_000, 600_000_000))
        if ref in used:
            continue
        used.add(ref)
        city = _one(rng, cities, _HW_CITY_W)
        country, props = _HW_PLACES[city]
        prop = _one(rng, props)
        if "Guesthouse" in prop or "House" in prop or prop.startswith("Casa") or "Hostal" in prop:
            ptype = "Guesthouse"
        elif prop in _HW_HOTELS:
            ptype = "Hotel"
        else:
            ptype = "Apartment" if rng.random() < 0.05 else "Hostel"
        private = ptype in ("Hotel", "Apartment") or rng.random() < 0.25
        rooms = list(_HW_ROOMS)
        room = _one(rng, rooms[5:]) if private else _one(rng, rooms[:5], [4, 3, 1.5, 1.2, 1.5])
        arrival = pd.Timestamp("2022-03-01") + pd.Timedelta(days=int(rng.integers(0, 1000)))
        booked = arrival - pd.Timedelta(days=int(rng.integers(0, 90)), minutes=int(rng.integers(0, 1440)))
        nights = int(np.clip(rng.geometric(0.33), 1, 10))
        guests = 1 if not private else int(_one(rng, [1, 2], [1, 3]))
        currency = _HW_CURRENCY[country]
        price = round(
            _HW_BASE[currency] * _HW_ROOMS[room] * nights * (guests if not private else 1) * rng.uniform(0.75, 1.35), 2
        )
        if arrival > pd.Timestamp("2024-11-20"):
            status = _one(rng, ["Upcoming", "Cancelled"], [85, 15])
        else:
            status = _one(rng, ["Completed", "Cancelled"], [86, 14])
        rating: float | None = None
        if status == "Completed" and rng.random() < 0.6:
            rating = round(float(np.clip(rng.normal(8.6 if ptype == "Hostel" else 8.1, 1.0), 3.0, 10.0)), 1)
        rows.append(
            {
                "Booking Reference": f"HW-{ref}",
                "Property": prop,
                "City": city,
                "Country": country,
                "Property Type": ptype,
                "Room Type": room,
                "Arrival Date": f"{arrival:%d/%m/%Y}",
                "Nights": nights,
                "Guests": guests,
                "Total Price": price,
                "Currency": currency,
                "Deposit Paid": round(price * 0.15, 2),
                "Status": status,
                "Rating Given": rating,
                "Booked On": f"{booked:%Y-%m-%d %H:%M}",
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Booked On", kind="stable").reset_index(drop=True)


def _hw_arrival(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Arrival Date"], format="%d/%m/%Y")


def _hw_top_city(df: pd.DataFrame) -> str:
    return _top(df["City"].value_counts())


def _hw_nights_there(skip_cancelled: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        keep = df["City"] == _hw_top_city(df)
        if skip_cancelled:
            keep &= df["Status"] != "Cancelled"
        return float(df.loc[keep, "Nights"].sum())

    return total


def _hw_nights_completed(df: pd.DataFrame) -> float:
    keep = (df["City"] == _hw_top_city(df)) & (df["Status"] == "Completed")
    return float(df.loc[keep, "Nights"].sum())


def _hw_dorm_share(skip_cancelled: bool) -> Callable[[pd.DataFrame], float]:
    def share(df: pd.DataFrame) -> float:
        d = df[df["Status"] != "Cancelled"] if skip_cancelled else df
        return float(d["Room Type"].str.contains("Dorm").mean())

    return share


def _hw_2023_nights(df: pd.DataFrame) -> float:
    keep = (_hw_arrival(df).dt.year == 2023) & (df["Status"] != "Cancelled")
    return float(df.loc[keep, "Nights"].sum())


_HW_QS = [
    Q(
        "how many of my bookings got cancelled",
        _count(lambda df: int((df["Status"] == "Cancelled").sum())),
        ("Status", "Booking Reference"),
    ),
    Q(
        "which city have i booked the most",
        _lead(_named(_hw_top_city)),
        ("City", "Booking Reference"),
    ),
    Q(
        "how many nights did i actually spend there (leave out cancelled)",
        either(_about(_hw_nights_there(True), rel=0.001), _about(_hw_nights_completed, rel=0.001)),
        ("City", "Nights", "Status"),
    ),
    Q(
        "what rating do i give on average, hostels vs hotels",
        _about(
            lambda df: (
                df[df["Property Type"].isin(["Hostel", "Hotel"])].groupby("Property Type")["Rating Given"].mean()
            ),
            rel=0.005,
        ),
        ("Rating Given", "Property Type"),
    ),
    Q(
        "what share of my bookings were dorm beds",
        either(_share(_hw_dorm_share(False)), _share(_hw_dorm_share(True))),
        ("Room Type", "Status", "Booking Reference"),
    ),
    Q(
        "total nights booked for 2023 arrivals, not counting cancellations",
        _about(_hw_2023_nights, rel=0.001),
        ("Nights", "Arrival Date", "Status"),
    ),
]


# --- 2. Waze drive history ------------------------------------------------------------------------------------------

_WZ_PLACES = {
    "Home": 0.0,
    "1200 Market St, San Francisco, CA": 14.0,
    "24 Hour Fitness, 1750 El Camino Real, San Bruno, CA": 5.5,
    "Safeway, 2300 Westborough Blvd, South San Francisco, CA": 3.2,
    "SFO Terminal 2, San Francisco, CA": 9.8,
    "Stanford Shopping Center, Palo Alto, CA": 38.0,
    "Ocean Beach, Great Hwy, San Francisco, CA": 16.5,
    "Costco, 1600 Coleman Ave, Santa Clara, CA": 52.0,
    "Mom's, 455 Alma St, Oakland, CA": 31.0,
}


def _waze_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24302)
    rows = []
    places = list(_WZ_PLACES)[1:]
    for _ in range(780):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        weekday = day.dayofweek < 5
        dest = places[0] if weekday and rng.random() < 0.55 else _one(rng, places, [1, 4, 4, 1, 1.2, 1.5, 1, 1.3])
        outbound = rng.random() < 0.5
        origin, target = ("Home", dest) if outbound else (dest, "Home")
        hour = float(np.clip(rng.normal(8.0 if outbound and weekday else 16.5, 2.2 if weekday else 3.5), 5, 23.5))
        start = day + pd.Timedelta(seconds=int(hour * 3600) + int(rng.integers(0, 60)))
        km = round(_WZ_PLACES[dest] * rng.uniform(0.92, 1.12), 1)
        rush = weekday and (7 <= hour <= 9.5 or 16 <= hour <= 19)
        delay = int(np.clip(rng.gamma(1.6, 2.5 + (6 if rush else 0) + km / 12), 0, 60))
        free = km / rng.uniform(38, 62) * 60
        minutes = max(2, round(free + delay))
        vehicle = _one(rng, ["Private", "Taxi", "Motorcycle"], [85, 6, 9])
        fuel = km * (0.09 if vehicle == "Motorcycle" else 0.16) * rng.uniform(0.9, 1.15)
        end = start + pd.Timedelta(minutes=minutes, seconds=int(rng.integers(0, 60)))
        rows.append(
            {
                "Start Time": f"{start:%Y-%m-%d %H:%M:%S}",
                "End Time": f"{end:%Y-%m-%d %H:%M:%S}",
                "Origin": origin,
                "Destination": target,
                "Distance (km)": km,
                "Duration (min)": minutes,
                "Avg Speed (km/h)": round(km / minutes * 60, 1),
                "Traffic Delay (min)": delay,
                "Route Type": _one(rng, ["Fastest", "Shortest"], [88, 12]),
                "Reports Made": int(rng.poisson(0.35)),
                "Fuel Cost Estimate": f"${fuel:.2f}",
                "Vehicle": vehicle,
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Start Time", kind="stable").reset_index(drop=True)


def _wz_start(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Start Time"])


def _wz_weekend_delays(df: pd.DataFrame) -> list[float]:
    weekend = _wz_start(df).dt.dayofweek >= 5
    delay = df["Traffic Delay (min)"]
    return [float(delay[~weekend].mean()), float(delay[weekend].mean())]


def _wz_longest(df: pd.DataFrame) -> pd.Series:
    return df.loc[df["Duration (min)"].idxmax()]


_WZ_QS = [
    Q(
        "how many km have i driven in total",
        _amount(lambda df: df["Distance (km)"].sum()),
        ("Distance (km)",),
    ),
    Q(
        "what was my longest drive in time",
        has(lambda df: float(_wz_longest(df)["Duration (min)"])),
        ("Duration (min)", "Start Time", "Origin", "Destination"),
    ),
    Q(
        "where was i going on that one",
        _named(lambda df: str(_wz_longest(df)["Destination"]), {p: (p.split(",")[0],) for p in _WZ_PLACES}),
        ("Destination", "Origin", "Duration (min)", "Start Time"),
    ),
    Q(
        "is traffic delay worse on weekdays or weekends? avg minutes for each",
        _about(_wz_weekend_delays, rel=0.005),
        ("Traffic Delay (min)", "Start Time"),
    ),
    Q(
        "what hour do i most often start driving",
        _lead(_clock(lambda df: int(_top(_wz_start(df).dt.hour.value_counts())))),
        ("Start Time",),
    ),
    Q(
        "how much did fuel cost me in 2023",
        _amount(lambda df: _num(df, "Fuel Cost Estimate")[_wz_start(df).dt.year == 2023].sum()),
        ("Fuel Cost Estimate", "Start Time"),
    ),
]


# --- 3. Pokemon GO catch log ----------------------------------------------------------------------------------------

_PG_SPECIES = {
    "Pidgey": (16, 20, 500),
    "Rattata": (19, 18, 450),
    "Magikarp": (129, 10, 250),
    "Eevee": (133, 8, 900),
    "Pikachu": (25, 5, 800),
    "Geodude": (74, 6, 900),
    "Zubat": (41, 7, 500),
    "Bulbasaur": (1, 3, 900),
    "Gastly": (92, 4, 900),
    "Dratini": (147, 1.5, 800),
    "Snorlax": (143, 0.6, 2500),
    "Starly": (396, 9, 550),
    "Bidoof": (399, 9, 500),
    "Swablu": (333, 4, 600),
}
_PG_CITIES = ["Seattle", "Tacoma", "Bellevue", "Portland"]


def _pokemon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24303)
    rows = []
    names = list(_PG_SPECIES)
    weights = [v[1] for v in _PG_SPECIES.values()]
    t = pd.Timestamp("2023-01-02 07:00:00")
    for _ in range(1650):
        t += pd.Timedelta(minutes=int(rng.gamma(1.2, 300)))
        if t.year > 2023:
            break
        name = _one(rng, names, weights)
        dex, _, cp_top = _PG_SPECIES[name]
        boosted = rng.random() < 0.28
        low = 4 if boosted else 0
        ivs = [15, 15, 15] if rng.random() < 0.004 else [int(rng.integers(low, 16)) for _ in range(3)]
        level = float(rng.uniform(1, 35 if boosted else 30))
        cp = max(10, round(cp_top * (level / 35) * (0.85 + sum(ivs) / 45 * 0.3)))
        throw = _one(rng, ["", "Nice", "Great", "Excellent"], [55, 25, 15, 5])
        curve = rng.random() < 0.45
        ball = _one(rng, ["Poké Ball", "Great Ball", "Ultra Ball"], [60, 25, 15])
        xp = 100 + {"": 0, "Nice": 10, "Great": 50, "Excellent": 100}[throw] + (10 if curve else 0)
        rows.append(
            {
                "Caught At": f"{t:%Y-%m-%d %H:%M:%S}",
                "Pokémon": name,
                "Pokédex #": dex,
                "CP": cp,
                "IV (%)": round(sum(ivs) / 45 * 100, 1),
                "Attack IV": ivs[0],
                "Defense IV": ivs[1],
                "Stamina IV": ivs[2],
                "Shiny": "TRUE" if rng.random() < 1 / 60 else "FALSE",
                "Lucky": "FALSE",
                "Weather Boosted": "TRUE" if boosted else "FALSE",
                "Ball Used": ball,
                "Throw": throw,
                "Curveball": "TRUE" if curve else "FALSE",
                "Location": _one(rng, _PG_CITIES, [6, 2, 2, 1]),
                "Stardust Gained": 125 if boosted else 100,
                "XP Gained": xp,
            }
        )
    return pd.DataFrame(rows)


def _pg_caught(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Caught At"])


def _pg_top(df: pd.DataFrame) -> str:
    return _top(df["Pokémon"].value_counts())


def _pg_boost_cp(df: pd.DataFrame) -> list[float]:
    boosted = _flag(df, "Weather Boosted")
    return [float(df.loc[boosted, "CP"].mean()), float(df.loc[~boosted, "CP"].mean())]


def _pg_excellent(of_thrown: bool) -> Callable[[pd.DataFrame], float]:
    def share(df: pd.DataFrame) -> float:
        throw = _text(df, "Throw")
        base = throw[throw != ""] if of_thrown else throw
        return float((base == "Excellent").mean())

    return share


_PG_QS = [
    Q(
        "how many shinies have i caught",
        _count(lambda df: int(_flag(df, "Shiny").sum())),
        ("Shiny",),
    ),
    Q(
        "which pokemon did i catch the most",
        _lead(_named(_pg_top)),
        ("Pokémon", "Pokédex #"),
    ),
    Q(
        "best iv i got on one of those?",
        has(lambda df: float(df.loc[df["Pokémon"] == _pg_top(df), "IV (%)"].max())),
        ("Pokémon", "IV (%)", "Attack IV", "Defense IV", "Stamina IV", "Pokédex #"),
    ),
    Q(
        "how many perfect 100% ones do i have",
        _count(lambda df: int((df["IV (%)"] >= 100).sum())),
        ("IV (%)", "Attack IV", "Defense IV", "Stamina IV"),
    ),
    Q(
        "avg cp when weather boosted vs not",
        _about(_pg_boost_cp, rel=0.005),
        ("CP", "Weather Boosted"),
    ),
    Q(
        "what % of my throws were excellent",
        either(_share(_pg_excellent(False)), _share(_pg_excellent(True))),
        ("Throw",),
    ),
]


# --- 4. Meta Quest app usage --------------------------------------------------------------------------------------

_MQ_APPS = {
    "Beat Saber": ("Game", 28, 0.55),
    "Gorilla Tag": ("Social", 40, 1.6),
    "Supernatural": ("Fitness", 25, 0.3),
    "Walkabout Mini Golf": ("Game", 30, 0.2),
    "Rec Room": ("Social", 45, 0.9),
    "YouTube VR": ("Media", 35, 0.05),
    "Half-Life: Alyx": ("Game", 55, 0.8),
}
_MQ_TASTE = {"Alex": [4, 1, 3, 2, 1, 2, 3], "Sam": [2, 6, 0.5, 1.5, 4, 3, 0.3]}


def _quest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24304)
    rows = []
    apps = list(_MQ_APPS)
    for day in pd.date_range("2024-01-01", "2024-10-31"):
        weekend = day.dayofweek >= 5
        for user in ("Alex", "Sam"):
            n = int(rng.poisson(1.6 if weekend else 0.8))
            for _ in range(n):
                app = _one(rng, apps, _MQ_TASTE[user])
                cat, mean, breach = _MQ_APPS[app]
                minutes = int(np.clip(rng.gamma(3, mean / 3), 3, 180))
                start_h = float(np.clip(rng.normal(14 if weekend else 18.5, 2.5), 7, 22.5))
                hh, mm = int(start_h), int(start_h % 1 * 60)
                battery = int(rng.integers(45, 101))
                used = minutes * rng.uniform(0.55, 0.8) * (1.15 if app == "Half-Life: Alyx" else 1.0)
                rows.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "User": user,
                        "App": app,
                        "Category": cat,
                        "Session Start": f"{(hh % 12) or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
                        "Session Minutes": minutes,
                        "Guardian Boundary Breaches": int(rng.poisson(breach * minutes / 30)),
                        "Battery Start (%)": battery,
                        "Battery End (%)": max(2, battery - round(used)),
                        "Headset": "Quest 3" if (user == "Alex" or day >= pd.Timestamp("2024-06-15")) else "Quest 2",
                        "Multiplayer": "Yes"
                        if cat == "Social" or (app == "Walkabout Mini Golf" and rng.random() < 0.5)
                        else "No",
                    }
                )
    return pd.DataFrame(rows)


def _mq_top_app(user: str | None) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = df if user is None else df[df["User"] == user]
        return _top(d.groupby("App")["Session Minutes"].sum())

    return top


def _mq_sam(df: pd.DataFrame) -> float:
    return float(df.loc[df["User"] == "Sam", "Session Minutes"].sum())


_MQ_QS = [
    Q(
        "how many hours has sam spent on the headset",
        either(_about(lambda df: _mq_sam(df) / 60, rel=0.002), _count(_mq_sam)),
        ("User", "Session Minutes"),
    ),
    Q(
        "which app gets the most time overall",
        _lead(_named(_mq_top_app(None))),
        ("App", "Session Minutes"),
    ),
    Q(
        "and just for alex?",
        _lead(_named(_mq_top_app("Alex"))),
        ("App", "Session Minutes", "User"),
    ),
    Q(
        "average session length for each category",
        _about(lambda df: df.groupby("Category")["Session Minutes"].mean(), rel=0.005),
        ("Category", "Session Minutes"),
    ),
    Q(
        "how many sessions had at least one guardian breach",
        _count(lambda df: int((df["Guardian Boundary Breaches"] > 0).sum())),
        ("Guardian Boundary Breaches",),
    ),
    Q(
        "how much battery does a beat saber session eat on average",
        _about(
            lambda df: (df["Battery Start (%)"] - df["Battery End (%)"])[df["App"] == "Beat Saber"].mean(), rel=0.005
        ),
        ("App", "Battery Start (%)", "Battery End (%)"),
    ),
]


# --- 5. Public restroom inventory ---------------------------------------------------------------------------------

_PR_HOODS = {
    "Mission": (37.760, -122.415, 5),
    "Tenderloin": (37.784, -122.414, 4),
    "SoMa": (37.778, -122.405, 4),
    "Golden Gate Park": (37.769, -122.483, 3),
    "Castro": (37.762, -122.435, 2),
    "Haight-Ashbury": (37.770, -122.447, 2),
    "Chinatown": (37.794, -122.407, 2),
    "Bayview": (37.730, -122.384, 2.5),
    "Richmond": (37.780, -122.480, 2),
    "Sunset": (37.753, -122.495, 2.5),
    "Marina": (37.803, -122.437, 1.5),
}
_PR_TYPES = {
    "Park Restroom": (5, ["6am-8pm", "7am-7pm", "Sunrise to sunset", "6am-10pm"]),
    "Pit Stop": (3, ["24 hours", "7am-11pm", "8am-8pm"]),
    "Portable": (2, ["24 hours", "6am-9pm"]),
    "Library": (1.5, ["Library hours", "10am-6pm"]),
    "Transit Station": (1.5, ["5am-1am", "24 hours"]),
}
_PR_STREETS = ["Mission St", "Valencia St", "Market St", "Folsom St", "Geary Blvd", "Irving St", "Haight St"]
_PR_STREETS += ["Castro St", "Stockton St", "3rd St", "Lombard St", "Judah St", "Polk St", "Fulton St"]


def _restroom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24305)
    rows = []
    hoods = list(_PR_HOODS)
    types = list(_PR_TYPES)
    for i in range(1, 361):
        hood = _one(rng, hoods, [v[2] for v in _PR_HOODS.values()])
        lat, lon, _ = _PR_HOODS[hood]
        kind = _one(rng, types, [v[0] for v in _PR_TYPES.values()])
        hours = _one(rng, _PR_TYPES[kind][1])
        stalls: Any = {"Park Restroom": 3, "Pit Stop": 1, "Portable": 1, "Library": 2, "Transit Station": 3}[kind]
        stalls = (
            int(max(1, stalls + rng.integers(-1, 3)))
            if kind not in ("Pit Stop", "Portable")
            else int(rng.integers(1, 3))
        )
        if rng.random() < 0.05:
            stalls = None
        status = _one(rng, ["Open", "Closed for Repair", "Seasonal"], [82, 10, 8 if kind == "Park Restroom" else 1])
        cleaned = pd.Timestamp("2024-06-30") - pd.Timedelta(days=int(rng.gamma(1.3, 40 if status == "Open" else 90)))
        mapped = rng.random() > 0.03
        rows.append(
            {
                "Facility ID": f"PR-{i:04d}",
                "Name": f"{hood} {kind}" + (f" #{int(rng.integers(1, 6))}" if rng.random() < 0.5 else ""),
                "Address": f"{int(rng.integers(1, 40)) * 100 + int(rng.integers(0, 99))} {_one(rng, _PR_STREETS)}",
                "Neighborhood": hood,
                "Type": kind,
                "Hours": hours,
                "Open 24 Hours": "Y" if hours == "24 hours" else "N",
                "ADA Accessible": "Y" if rng.random() < (0.9 if kind in ("Pit Stop", "Library") else 0.62) else "N",
                "Gender Neutral": "Y" if kind in ("Pit Stop", "Portable") or rng.random() < 0.3 else "N",
                "Baby Changing": "Y"
                if rng.random() < (0.55 if kind in ("Library", "Park Restroom") else 0.15)
                else "N",
                "Number of Stalls": stalls,
                "Attendant": "Y" if kind == "Pit Stop" and rng.random() < 0.8 else "N",
                "Status": status,
                "Last Cleaned": f"{cleaned:%m/%d/%Y}",
                "Latitude": round(lat + rng.normal(0, 0.006), 6) if mapped else 0,
                "Longitude": round(lon + rng.normal(0, 0.006), 6) if mapped else 0,
            }
        )
    out = pd.DataFrame(rows)
    out["Number of Stalls"] = out["Number of Stalls"].astype("Int64")
    return out


def _pr_top_hood(df: pd.DataFrame) -> str:
    return _top(df["Neighborhood"].value_counts())


def _pr_24h(only_open: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        keep = _flag(df, "Open 24 Hours")
        if only_open:
            keep &= df["Status"] == "Open"
        return int(keep.sum())

    return count


_PR_QS = [
    Q(
        "how many restrooms are open 24/7",
        either(_count(_pr_24h(False)), _count(_pr_24h(True))),
        ("Open 24 Hours", "Hours", "Status", "Facility ID"),
    ),
    Q(
        "what share are wheelchair accessible",
        _share(lambda df: float(_flag(df, "ADA Accessible").mean())),
        ("ADA Accessible", "Facility ID"),
    ),
    Q(
        "which neighborhood has the most toilets",
        _lead(_named(_pr_top_hood)),
        ("Neighborhood", "Facility ID"),
    ),
    Q(
        "how many of the ones there are gender neutral",
        _count(lambda df: int((_flag(df, "Gender Neutral") & (df["Neighborhood"] == _pr_top_hood(df))).sum())),
        ("Neighborhood", "Gender Neutral", "Facility ID"),
    ),
    Q(
        "avg number of stalls by type",
        _about(lambda df: df.groupby("Type")["Number of Stalls"].mean(), rel=0.005),
        ("Type", "Number of Stalls"),
    ),
    Q(
        "how many were last cleaned before march 2024",
        _count(lambda df: int((pd.to_datetime(df["Last Cleaned"], format="%m/%d/%Y") < "2024-03-01").sum())),
        ("Last Cleaned", "Facility ID"),
    ),
]


# --- 6. Municipal golf rounds played --------------------------------------------------------------------------------

_GF_LAYOUTS = {
    ("Rancho Park", 18): (5200, 62),
    ("Rancho Park", 9): (1900, 14),
    ("Harding Park", 18): (4100, 110),
    ("Harding Park", 9): (1500, 24),
    ("Lincoln Park", 18): (3600, 48),
    ("Jackson Park", 18): (2900, 44),
    ("Jackson Park", 9): (1100, 12),
    ("Sharp Park", 18): (3000, 52),
}
_GF_SEASON = [0.62, 0.7, 0.88, 1.0, 1.12, 1.2, 1.28, 1.25, 1.1, 1.0, 0.8, 0.66]
_GF_RAIN = [8, 8, 6, 3, 1, 0.4, 0.1, 0.1, 0.5, 2, 5, 8]
_GF_MONEY = ["Rounds Played", "Resident Rounds", "Non-Resident Rounds", "Junior Rounds", "Senior Rounds"]
_GF_MONEY += ["Green Fee Revenue ($)", "Cart Revenue ($)", "Rain Days", "Closed Days"]


def _golf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24306)
    rows = []
    wet: dict[tuple[str, int, int], int] = {}
    for year in range(2021, 2025):
        block = []
        for m in range(1, 13):
            for (course, holes), (base, fee) in _GF_LAYOUTS.items():
                if (course, year, m) not in wet:
                    wet[(course, year, m)] = int(min(20, rng.poisson(_GF_RAIN[m - 1])))
                rain = wet[(course, year, m)]
                closed = int(min(rain, rng.poisson(rain * 0.4))) + (
                    int(rng.integers(5, 20)) if rng.random() < 0.02 else 0
                )
                days = pd.Timestamp(year, m, 1).days_in_month
                open_share = max(0.0, (days - closed) / days)
                growth = 1 + 0.04 * (year - 2021)
                rounds = round(
                    base * _GF_SEASON[m - 1] * open_share * growth * (1 - 0.015 * rain) * rng.uniform(0.9, 1.1)
                )
                nonres = round(rounds * rng.uniform(0.12, 0.2 if course != "Harding Park" else 0.38))
                green = round(((rounds - nonres) * fee + nonres * fee * 1.6) * rng.uniform(0.97, 1.03), 2)
                cart = round(rounds * rng.uniform(0.3, 0.45) * 20, 2) if holes == 18 else 0.0
                block.append(
                    {
                        "Course": course,
                        "Month": f"{pd.Timestamp(year, m, 1):%b-%Y}",
                        "Holes": holes,
                        "Rounds Played": rounds,
                        "Resident Rounds": rounds - nonres,
                        "Non-Resident Rounds": nonres,
                        "Junior Rounds": round(rounds * rng.uniform(0.03, 0.09 if holes == 18 else 0.2)),
                        "Senior Rounds": round(rounds * rng.uniform(0.2, 0.35)),
                        "Green Fee Revenue ($)": green,
                        "Cart Revenue ($)": cart,
                        "Rain Days": rain,
                        "Closed Days": closed,
                    }
                )
        total: dict[str, Any] = {"Course": "TOTAL", "Month": str(year), "Holes": None}
        for col in _GF_MONEY:
            total[col] = round(sum(r[col] for r in block), 2)
        rows += [*block, total]
    out = pd.DataFrame(rows)
    out["Holes"] = out["Holes"].astype("Int64")
    return out


def _gf(df: pd.DataFrame) -> pd.DataFrame:
    """The course rows with their month as a date (the yearly TOTAL rows dropped)."""
    d = df[df["Course"].astype("string").str.upper() != "TOTAL"].copy()
    d["_month"] = pd.to_datetime(d["Month"], format="%b-%Y")
    return d


def _gf_top_2023(df: pd.DataFrame) -> str:
    d = _gf(df)
    return _top(d[d["_month"].dt.year == 2023].groupby("Course")["Rounds Played"].sum())


def _gf_nonres(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def share(df: pd.DataFrame) -> float:
        d = _gf(df)
        if pooled:
            return float(d["Non-Resident Rounds"].sum() / d["Rounds Played"].sum())
        return float((d["Non-Resident Rounds"] / d["Rounds Played"]).mean())

    return share


def _gf_top_fees(df: pd.DataFrame) -> float:
    d = _gf(df)
    keep = (d["Course"] == _gf_top_2023(df)) & (d["_month"].dt.year == 2023)
    return float(d.loc[keep, "Green Fee Revenue ($)"].sum())


def _gf_year_fees(df: pd.DataFrame) -> float:
    d = _gf(df)
    return float(d.loc[d["_month"].dt.year == 2024, "Green Fee Revenue ($)"].sum())


def _gf_busiest_month(df: pd.DataFrame) -> int:
    d = _gf(df)
    return int(_top(d.groupby(d["_month"].dt.month)["Rounds Played"].sum()))


_GF_QS = [
    Q(
        "which course had the most rounds in 2023",
        _lead(_named(_gf_top_2023)),
        ("Course", "Rounds Played", "Month"),
    ),
    Q(
        "how much green fee money did it bring in that year",
        _amount(_gf_top_fees),
        ("Course", "Green Fee Revenue ($)", "Month"),
    ),
    Q(
        "total green fees across all courses in 2024",
        _amount(_gf_year_fees),
        ("Green Fee Revenue ($)", "Month"),
    ),
    Q(
        "what share of rounds are non-residents",
        either(_share(_gf_nonres(True)), _share(_gf_nonres(False))),
        ("Non-Resident Rounds", "Rounds Played"),
    ),
    Q(
        "which month of the year is usually busiest",
        _lead(_month_of(_gf_busiest_month)),
        ("Month", "Rounds Played"),
    ),
    Q(
        "do rainy months have fewer rounds? how strong is the relationship",
        _corr(lambda df: _gf(df)["Rain Days"], lambda df: _gf(df)["Rounds Played"]),
        ("Rain Days", "Rounds Played"),
    ),
]


# --- 7. Community garden plot register -----------------------------------------------------------------------------

_CG_GARDENS = [
    ("Alemany Farm Community Garden", "Bernal Heights", 1994),
    ("Potrero del Sol Garden", "Mission", 1987),
    ("Dearborn Community Garden", "Mission", 1978),
    ("Fort Mason Community Garden", "Marina", 1975),
    ("Hayes Valley Farm Plots", "Hayes Valley", 2010),
    ("Golden Gate Heights Garden", "Sunset", 2002),
    ("Koshland Park Garden", "Western Addition", 1973),
    ("Page Street Garden", "Haight-Ashbury", 1996),
    ("Brooks Park Garden", "Excelsior", 1981),
    ("Clipper Terrace Garden", "Noe Valley", 2008),
    ("Crocker Amazon Garden", "Excelsior", 2015),
    ("Arkansas Friendship Garden", "Potrero Hill", 1989),
    ("Visitacion Valley Greenway Plots", "Visitacion Valley", 2004),
    ("Howard Langton Garden", "SoMa", 1999),
    ("Connecticut Friendship Garden", "Potrero Hill", 1985),
    ("Sunset Youth Garden", "Sunset", 2019),
    ("Richmond Rec Center Garden", "Richmond", 1977),
]
_CG_SHORT = {
    g: (re.sub(r" (?:Community Garden|Garden|Plots|Farm Plots|Greenway Plots)$", "", g),) for g, _, _ in _CG_GARDENS
}
_CG_SIZES = {"10x10": 60, "10x20": 110, "5x10": 35, "4x8 raised bed": 40, "4x12 raised bed": 50}


def _garden_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24307)
    rows = []
    waits = rng.permutation(np.arange(0, 17) * 4 + rng.integers(0, 4, 17))
    for (name, hood, est), wait in zip(_CG_GARDENS, waits, strict=True):
        n = int(rng.integers(14, 60))
        raised = rng.random() < 0.35
        water = _one(rng, ["Spigot", "Rain Barrel", "None"], [6, 2, 1])
        organic = "Y" if rng.random() < 0.6 else "N"
        for k in range(n):
            row_letter = "ABCDE"[k // 12]
            size = _one(rng, list(_CG_SIZES), [1, 1, 3, 3, 2] if raised else [5, 2, 2, 1, 0.2])
            status = _one(
                rng, ["Assigned", "Vacant", "Waitlist Hold", "Accessible Plot"], [80, 8 + (6 if wait < 8 else 0), 6, 4]
            )
            since: Any = None
            if status in ("Assigned", "Accessible Plot"):
                since = int(rng.integers(max(est, 1995), 2025))
            plot_water = water if rng.random() > 0.08 else _one(rng, ["Spigot", "Rain Barrel", "None"])
            rows.append(
                {
                    "Garden Name": name,
                    "Neighborhood": hood,
                    "Plot Number": f"{row_letter}-{k % 12 + 1:02d}",
                    "Plot Size": size,
                    "Gardener Since": since,
                    "Status": status,
                    "Annual Fee ($)": _CG_SIZES[size] + (10 if hood in ("Marina", "Noe Valley") else 0),
                    "Water Access": plot_water,
                    "Organic Only": organic,
                    "Waitlist Count": int(wait),
                    "Total Plots": n,
                    "Established": est,
                }
            )
    out = pd.DataFrame(rows)
    out["Gardener Since"] = out["Gardener Since"].astype("Int64")
    return out


def _cg_longest_wait(df: pd.DataFrame) -> str:
    return _top(df.groupby("Garden Name")["Waitlist Count"].max())


def _cg_no_water(df: pd.DataFrame) -> float:
    water = _text(df, "Water Access")
    return float(((water == "") | (water.str.lower() == "none")).mean())


_CG_QS = [
    Q(
        "how many plots are vacant right now",
        _count(lambda df: int((_text(df, "Status") == "Vacant").sum())),
        ("Status", "Plot Number", "Garden Name"),
    ),
    Q(
        "which garden has the longest waitlist",
        _lead(_named(_cg_longest_wait, _CG_SHORT)),
        ("Garden Name", "Waitlist Count"),
    ),
    Q(
        "how many plots does it have",
        either(
            _count(lambda df: int(df.loc[df["Garden Name"] == _cg_longest_wait(df), "Total Plots"].iloc[0])),
            _count(lambda df: int((df["Garden Name"] == _cg_longest_wait(df)).sum())),
        ),
        ("Garden Name", "Total Plots", "Plot Number"),
    ),
    Q(
        "how many people are waiting for a plot across all the gardens",
        _count(lambda df: int(df.groupby("Garden Name")["Waitlist Count"].first().sum())),
        ("Waitlist Count", "Garden Name"),
    ),
    Q(
        "how many gardeners have had their plot since before 2010",
        _count(lambda df: int((pd.to_numeric(df["Gardener Since"], errors="coerce") < 2010).sum())),
        ("Gardener Since", "Plot Number", "Garden Name"),
    ),
    Q(
        "what fraction of plots have no water",
        _share(_cg_no_water),
        ("Water Access", "Plot Number"),
    ),
]


HELDOUT243: list[Dataset] = [
    Dataset("hostelworld_booking_history", _hostelworld_frame, _HW_QS),
    Dataset("waze_drive_history", _waze_frame, _WZ_QS),
    Dataset("pokemon_go_catch_log", _pokemon_frame, _PG_QS),
    Dataset("meta_quest_app_usage", _quest_frame, _MQ_QS),
    Dataset("public_restroom_inventory", _restroom_frame, _PR_QS),
    Dataset("municipal_golf_rounds_played", _golf_frame, _GF_QS),
    Dataset("community_garden_plot_register", _garden_frame, _CG_QS),
]
