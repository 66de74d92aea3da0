"""HELDOUT26: a blind held-out set of seven datasets and 42 questions.

Six frames copy the column layout of well-known public datasets (Kaggle's Steam Store Games steam.csv with its
semicolon-joined platforms and genres and its "20000-50000" owners ranges, Kaggle's Zomato Bangalore restaurants
file with its "4.1/5", "NEW" and "-" ratings and its "1,200" cost-for-two strings, Kaggle's IPL matches.csv for
2008-2019 with its renamed franchises, a season of dd/mm/yy dates and blank winners for no-result games, the UCI
Mushroom (agaricus-lepiota) table with its one-letter codes, "?" for a missing stalk root and a single-valued
veil-type, Kaggle's Airline Passenger Satisfaction train.csv with its unnamed index column, 0-5 service scores and a
few blank arrival delays, NUFORC's scrubbed UFO sightings with its m/d/Y "24:00" times, lowercase states, Canadian
"ca" country codes and the trailing space in "longitude "); one is an invented but realistic table (a driving
school's practical test log). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has, label_of
from .offline_eval import corr_of as _corr
from .offline_eval import labels_in as _labels
from .offline_eval import pick_one as _one
from .offline_eval import rounded_share as _share
from .offline_eval import rounded_shares as _shares

# --- shared helpers ------------------------------------------------------------------------------------------------


def _about(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every value appears to within 1%, or rounded to one decimal (a mean of 3.23 minutes read as 3.2)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = [float(t.replace(",", "")) for t in re.findall(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+", answer)]
        for w in np.atleast_1d(values(df)):
            want = float(w)
            if not any(abs(f - want) <= max(0.01 * abs(want), 0.05) for f in found):
                return f"missing number {want:.4g}"
        return None

    return check


def _some(rng: np.random.Generator, options: Sequence[str], p: Sequence[float], k: int) -> list[str]:
    """k distinct options, drawn by weight, in the order drawn."""
    w = np.asarray(p, dtype=float)
    idx = rng.choice(len(options), size=min(k, len(options)), replace=False, p=w / w.sum())
    return [options[int(i)] for i in idx]


def _month_word(month: int) -> str:
    stamp = pd.Timestamp(2000, month, 1)
    return rf"\b(?:{stamp:%B}|{stamp:%b})\b"


def _period_label(period: Callable[[pd.DataFrame], pd.Period]) -> Check:
    """A month of a multi-year file, as "2024-03" or as "Mar(ch) ... 2024"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        p = period(df)
        if f"{p.year}-{p.month:02d}" in answer:
            return None
        if re.search(_month_word(p.month), answer, re.IGNORECASE) and str(p.year) in answer:
            return None
        return f"missing month {p}"

    return check


def _year_word(year: Callable[[pd.DataFrame], int]) -> Check:
    """A year as a word of its own ("2017", not "2017.5")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(year(df))
        return None if re.search(rf"(?<![\d.]){y}(?![\d])", answer) else f"missing year {y}"

    return check


def _code_or_word(code: Callable[[pd.DataFrame], str], legend: dict[str, str], any_case: bool = False) -> Check:
    """A coded value, named by its meaning ("foul") or by its code standing alone ("f", 'f')."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        c = code(df)
        word = legend.get(c, c)
        if re.search(rf"\b{re.escape(word)}\b", answer, re.IGNORECASE):
            return None
        flags = re.IGNORECASE if any_case else 0
        if re.search(rf"(?<![A-Za-z0-9\-]){re.escape(c)}(?![A-Za-z0-9\-])", answer, flags):
            return None
        return f"missing {word!r}"

    return check


def _dmy(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(d[col], format="%d/%m/%Y")


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# --- 1. Steam Store Games (Kaggle, steam.csv, Nik Davis 2019) -------------------------------------------------------

_STEAM_YEARS = {
    **{y: 0.3 for y in range(1997, 2003)},
    2003: 0.5,
    2004: 0.6,
    2005: 0.6,
    2006: 2.0,
    2007: 2.5,
    2008: 3.5,
    2009: 4.5,
    2010: 5.5,
    2011: 7.0,
    2012: 9.0,
    2013: 14.0,
    2014: 30.0,
    2015: 45.0,
    2016: 62.0,
    2017: 77.0,
    2018: 88.0,
    2019: 28.0,
}
_STEAM_GENRES = {
    "Action": 38,
    "Casual": 30,
    "Adventure": 30,
    "Strategy": 16,
    "Simulation": 16,
    "RPG": 13,
    "Early Access": 7,
    "Sports": 4,
    "Racing": 3,
    "Massively Multiplayer": 2.5,
    "Violent": 1.5,
    "Gore": 1,
}
_STEAM_CATEGORIES = {
    "Multi-player": 20,
    "Steam Achievements": 45,
    "Steam Trading Cards": 25,
    "Steam Cloud": 30,
    "Full controller support": 15,
    "Partial Controller Support": 12,
    "Online Multi-Player": 12,
    "Shared/Split Screen": 6,
    "Steam Leaderboards": 10,
    "Co-op": 8,
    "Includes level editor": 3,
    "Steam Workshop": 3,
}
_STEAM_PRICES = (
    [0.79, 0.99, 1.69, 2.09, 2.89, 3.99, 4.79, 5.19, 5.79, 6.99, 7.19, 9.99, 10.99, 11.39, 14.99, 15.49, 19.99],
    [6, 8, 5, 5, 9, 10, 8, 6, 5, 8, 5, 9, 4, 2, 5, 2, 3],
)
_STEAM_EXPENSIVE = [24.99, 29.99, 34.99, 39.99, 44.99, 49.99]
_STEAM_OWNERS = [
    0,
    20000,
    50000,
    100000,
    200000,
    500000,
    1000000,
    2000000,
    5000000,
    10000000,
    20000000,
    50000000,
]
_STEAM_WORD_A = _split(
    "Dark Lost Pixel Space Super Tiny Iron Last Neon Crystal Shadow Little Broken Wild Silent Eternal Hyper Mystic "
    "Galactic Retro Forgotten Deep Cosmic Frozen Savage Lucky Mad Brave"
)
_STEAM_WORD_B = _split(
    "Dungeon Knight Farm Quest Legends Tactics Racer Odyssey Tower Survivors Escape Hero Kingdom Island Journey "
    "Arena Empire Station Frontier Puzzle Rogue Hunter Galaxy Chronicles Defense Tales Runner Souls Heist Ranch"
)
_STEAM_SUFFIX = ["", "", "", "", " II", " 2", " Remastered", ": Origins", " VR", " Deluxe Edition", " Simulator"]
_STEAM_DEV_A = _split(
    "Red Blue Moon Iron Pixel Happy Lazy Brave Tiny Big Night Owl Fox Wolf Cloud Star Stone River Apple Paper Rocket "
    "Frog Cat Bear Sun Ghost Mint Coral Amber Echo Nova"
)
_STEAM_DEV_B = _split(
    "Games Studio Studios Interactive Entertainment Software Works Labs Team Digital Productions Forge Bits"
)
_STEAM_PUBLISHERS = [
    "Big Fish Games",
    "SEGA",
    "Ubisoft",
    "Square Enix",
    "Devolver Digital",
    "THQ Nordic",
    "Degica",
    "KOEI TECMO GAMES CO., LTD.",
    "Sekai Project",
    "Choice of Games",
    "HH-Games",
    "Nordic Games",
    "Slitherine Ltd.",
    "Paradox Interactive",
    "Strategy First",
]


def _steam_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2601)
    n = 2600
    devs = sorted({f"{a} {b}" for a in _STEAM_DEV_A for b in _STEAM_DEV_B})
    devs = [str(devs[int(i)]) for i in rng.permutation(len(devs))[:700]]
    dev_w = 1.0 / np.arange(1, len(devs) + 1) ** 0.75
    years = list(_STEAM_YEARS)
    genres = list(_STEAM_GENRES)
    cats = list(_STEAM_CATEGORIES)
    rows = []
    for _ in range(n):
        year = int(_one(rng, years, list(_STEAM_YEARS.values())))
        last_day = 150 if year == 2019 else 365
        released = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, last_day)))
        free = rng.random() < 0.085
        indie = rng.random() < (0.35 if year < 2010 else 0.72)
        g = _some(rng, genres, list(_STEAM_GENRES.values()), int(_one(rng, [1, 2, 3], [45, 38, 17])))
        if indie:
            g.append("Indie")
        if free and rng.random() < 0.82:
            g.append("Free to Play")
        g = sorted(g)
        price = 0.0
        if not free:
            price = (
                float(_one(rng, _STEAM_EXPENSIVE))
                if rng.random() < 0.06
                else float(_one(rng, _STEAM_PRICES[0], _STEAM_PRICES[1]))
            )
        u = rng.random()
        platforms = (
            "windows"
            if u < 0.79
            else "windows;mac;linux"
            if u < 0.9
            else "windows;mac"
            if u < 0.975
            else "windows;linux"
            if u < 0.997
            else "mac"
        )
        total = int(rng.lognormal(3.5, 2.1) * (2.5 if free else 1.0) * (0.4 if year < 2010 else 1.0))
        good = float(rng.beta(6, 2))
        pos = round(total * good)
        est = total * float(rng.lognormal(np.log(220), 0.5)) + float(rng.integers(0, 20000))
        band = int(np.searchsorted(_STEAM_OWNERS, est, side="right")) - 1
        band = min(band, len(_STEAM_OWNERS) - 2)
        owners = f"{_STEAM_OWNERS[band]}-{_STEAM_OWNERS[band + 1]}"
        played = rng.random() < 0.24 or band >= 4
        avg_play = int(rng.lognormal(np.log(220), 1.2)) if played else 0
        dev = str(_one(rng, devs, list(dev_w)))
        if rng.random() < 0.03:
            dev = f"{dev};{_one(rng, devs)}"
        c = ["Single-player"] if rng.random() < 0.95 else []
        c += _some(rng, cats, list(_STEAM_CATEGORIES.values()), int(rng.integers(0, 5)))
        tags = [t for t in g if t not in ("Violent", "Gore")][:3] or ["Indie"]
        rows.append(
            {
                "name": f"{_one(rng, _STEAM_WORD_A)} {_one(rng, _STEAM_WORD_B)}{_one(rng, _STEAM_SUFFIX)}",
                "release_date": released.strftime("%Y-%m-%d"),
                "english": 0 if rng.random() < 0.02 else 1,
                "developer": dev,
                "publisher": dev.split(";")[0] if rng.random() < 0.62 else _one(rng, _STEAM_PUBLISHERS),
                "platforms": platforms,
                "required_age": int(_one(rng, [0, 18, 16, 12, 7, 3], [95, 2.2, 1.3, 0.8, 0.4, 0.3])),
                "categories": ";".join(c) if c else "Single-player",
                "genres": ";".join(g),
                "steamspy_tags": ";".join(tags),
                "achievements": 0 if rng.random() < 0.46 else int(min(rng.lognormal(3, 1), 5000)),
                "positive_ratings": pos,
                "negative_ratings": total - pos,
                "average_playtime": avg_play,
                "median_playtime": int(avg_play * float(rng.uniform(0.3, 1.1))),
                "owners": owners,
                "price": price,
            }
        )
    df = pd.DataFrame(rows).sort_values("release_date", kind="stable", ignore_index=True)
    ids = 10 + np.cumsum(rng.integers(10, 400, size=len(df)))
    df.insert(0, "appid", ids)
    return df


def _steam_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["release_date"]).dt.year.value_counts()


def _runs_on(system: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d["platforms"].str.split(";").apply(lambda p: system in p).sum())


def _owner_floor(d: pd.DataFrame) -> pd.Series:
    return d["owners"].str.split("-").str[0].astype(int)


_STEAM_QS = [
    Q(
        "plot how many games came out each year - which year had the most releases?",
        both(_year_word(lambda d: int(_steam_years(d).index[0])), has(lambda d: float(_steam_years(d).iloc[0]))),
        ("release_date", "appid", "name"),
    ),
    Q(
        "how many games are free?",
        either(
            has(lambda d: float((d["price"] == 0).sum())),
            has(lambda d: float(d["genres"].str.contains("Free to Play").sum())),
        ),
        ("price", "genres", "name", "appid"),
    ),
    Q(
        "whats the avg price of the ones that arent",
        has(lambda d: float(d.loc[d["price"] > 0, "price"].mean())),
        ("price", "genres"),
    ),
    Q(
        "how many of the games run on mac?",
        has(_runs_on("mac")),
        ("platforms", "name", "appid"),
    ),
    Q(
        "and linux?",
        has(_runs_on("linux")),
        ("platforms", "name", "appid"),
    ),
    Q(
        "how many games have at least a million owners",
        has(lambda d: float((_owner_floor(d) >= 1_000_000).sum())),
        ("owners", "name", "appid"),
    ),
]


# --- 2. Zomato Bangalore restaurants (Kaggle, zomato.csv) ----------------------------------------------------------

_ZOMATO_LOCATIONS = {  # weight, listing zone
    "BTM": (9, "BTM"),
    "HSR": (5, "HSR"),
    "Koramangala 5th Block": (5, "Koramangala 5th Block"),
    "Koramangala 7th Block": (3, "Koramangala 7th Block"),
    "Koramangala 1st Block": (2, "Koramangala 4th Block"),
    "JP Nagar": (4, "JP Nagar"),
    "Whitefield": (4.5, "Whitefield"),
    "Indiranagar": (4, "Indiranagar"),
    "Jayanagar": (3.5, "Jayanagar"),
    "Marathahalli": (3.5, "Marathahalli"),
    "Electronic City": (3, "Electronic City"),
    "Bannerghatta Road": (3, "Bannerghatta Road"),
    "Bellandur": (2.5, "Bellandur"),
    "Sarjapur Road": (2.5, "Sarjapur Road"),
    "Ulsoor": (2, "Old Airport Road"),
    "Brigade Road": (2, "Brigade Road"),
    "MG Road": (1.8, "MG Road"),
    "Banashankari": (2, "Banashankari"),
    "Church Street": (1.5, "Church Street"),
    "Lavelle Road": (1.2, "Lavelle Road"),
    "Frazer Town": (1.5, "Frazer Town"),
    "Kalyan Nagar": (1.5, "Kalyan Nagar"),
}
_ZOMATO_TYPES = {  # weight, median cost for two (₹), P(book table)
    "Quick Bites": (37, 300, 0.01),
    "Casual Dining": (20, 750, 0.35),
    "Cafe": (7, 600, 0.12),
    "Delivery": (5, 400, 0.0),
    "Dessert Parlor": (4, 350, 0.0),
    "Takeaway, Delivery": (3, 350, 0.0),
    "Casual Dining, Bar": (3, 1300, 0.7),
    "Bakery": (2, 350, 0.0),
    "Beverage Shop": (2, 250, 0.0),
    "Bar": (1.5, 1300, 0.5),
    "Food Court": (1.5, 500, 0.0),
    "Sweet Shop": (1, 300, 0.0),
    "Fine Dining": (1, 2200, 0.9),
    "Pub": (1, 1400, 0.75),
    "Lounge": (1, 1500, 0.8),
    "Microbrewery": (0.8, 1600, 0.85),
}
_ZOMATO_CUISINES = {
    "North Indian": 40,
    "Chinese": 30,
    "South Indian": 15,
    "Fast Food": 15,
    "Biryani": 12,
    "Continental": 10,
    "Desserts": 10,
    "Beverages": 10,
    "Cafe": 8,
    "Italian": 6,
    "Street Food": 5,
    "Bakery": 5,
    "Pizza": 4,
    "Mughlai": 4,
    "Burger": 3,
    "Andhra": 3,
    "Ice Cream": 3,
    "Juices": 3,
    "Seafood": 3,
    "Asian": 3,
    "Arabian": 2,
    "Momos": 2,
    "Rolls": 2,
    "American": 2,
    "Kerala": 2,
    "Thai": 1.5,
    "Healthy Food": 1.5,
    "Salad": 1,
}
_ZOMATO_CHAINS = [
    "Domino's Pizza",
    "Cafe Coffee Day",
    "McDonald's",
    "Burger King",
    "KFC",
    "Baskin Robbins",
    "Subway",
    "Pizza Hut",
    "Faasos",
    "Polar Bear",
    "Kanti Sweets",
    "Empire Restaurant",
    "Meghana Foods",
    "Keventers",
    "Chai Point",
]
_ZOMATO_A = _split(
    "Sri New Royal Hotel Spice Green Urban Little Grand Taste The Nandhini Udupi Al Biryani Tandoor Chai Third Big "
    "Coastal Hungry Mad Om Swadisht Truffles Chianti Toit Brahmin's Oota"
)
_ZOMATO_B = _split(
    "Kitchen Cafe Bistro House Express Corner Point Darbar Grill Bhavan Garden Junction Palace Brew Hub Square "
    "Adda Rasoi Dhaba Mess Spot Co."
)
_ZOMATO_DISHES = _split(
    "Biryani,Paneer Tikka,Butter Chicken,Masala Dosa,Filter Coffee,Pasta,Burgers,Momos,Cocktails,Nachos,Pizza,"
    "Mocktails,Brownie,Noodles,Fish,Rolls,Waffles,Sandwiches,Chicken Kebab,Ghee Rice",
    ",",
)
_ZOMATO_STREETS = ["1st Main", "2nd Cross", "80 Feet Road", "100 Feet Road", "5th Main", "Outer Ring Road"]
_ZOMATO_LISTED = {
    "Delivery": 50,
    "Dine-out": 34,
    "Desserts": 4,
    "Cafes": 3.5,
    "Drinks & nightlife": 2.5,
    "Buffet": 1.5,
    "Pubs and bars": 1.3,
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _zomato_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2602)
    n = 2800
    locs = list(_ZOMATO_LOCATIONS)
    types = list(_ZOMATO_TYPES)
    cuisines = list(_ZOMATO_CUISINES)
    rows = []
    for _ in range(n):
        loc = str(_one(rng, locs, [v[0] for v in _ZOMATO_LOCATIONS.values()]))
        rtype = str(_one(rng, types, [v[0] for v in _ZOMATO_TYPES.values()]))
        _w, cost_med, p_book = _ZOMATO_TYPES[rtype]
        chain = rng.random() < 0.18
        name = (
            str(_one(rng, _ZOMATO_CHAINS))
            if chain
            else f"{_one(rng, _ZOMATO_A)} {_one(rng, _ZOMATO_B)}"
            + (f" {_one(rng, ['Restaurant', 'Foods', 'Family Restaurant', ''])}".rstrip() if rng.random() < 0.2 else "")
        )
        book = rng.random() < p_book
        online = rng.random() < (0.72 if rtype in ("Quick Bites", "Delivery", "Takeaway, Delivery") else 0.5)
        cost = max(100, round(cost_med * float(rng.lognormal(0, 0.35)) / 50) * 50)
        u = rng.random()
        rating: float | None = None
        if u < 0.04:
            rate: str | None = "NEW"
        elif u < 0.055:
            rate = "-"
        elif u < 0.19:
            rate = None
        else:
            rating = float(np.clip(rng.normal(3.55 + 0.32 * book + 0.09 * online, 0.36), 1.8, 4.9))
            rate = f"{rating:.1f}/5" if rng.random() < 0.93 else f"{rating:.1f} /5"
        votes = 0 if rating is None else int(np.exp(1.6 + 1.7 * (rating - 3.0)) * float(rng.lognormal(0, 1.0)))
        k = int(_one(rng, [1, 2, 3, 4, 5], [30, 30, 22, 12, 6]))
        cuis = _some(rng, cuisines, list(_ZOMATO_CUISINES.values()), k)
        u = rng.random()
        if u < 0.08:
            cuis = ["North Indian", "Chinese"]
        elif u < 0.11:
            cuis = ["South Indian", "North Indian", "Chinese"]
        rows.append(
            {
                "url": f"https://www.zomato.com/bangalore/{_slug(name)}-{_slug(loc)}?context=eyJzZSI6MX0=",
                "address": f"{int(rng.integers(1, 900))}, {_one(rng, _ZOMATO_STREETS)}, {loc}, Bangalore",
                "name": name,
                "online_order": "Yes" if online else "No",
                "book_table": "Yes" if book else "No",
                "rate": rate,
                "votes": votes,
                "phone": f"080 {int(rng.integers(40000000, 49999999))}" if rng.random() > 0.02 else None,
                "location": loc,
                "rest_type": rtype if rng.random() > 0.004 else None,
                "dish_liked": ", ".join(
                    _some(rng, _ZOMATO_DISHES, [1.0] * len(_ZOMATO_DISHES), int(rng.integers(2, 8)))
                )
                if rating is not None and rng.random() < 0.55
                else None,
                "cuisines": ", ".join(cuis),
                "approx_cost(for two people)": f"{cost:,}" if rng.random() > 0.007 else None,
                "reviews_list": "[]"
                if rating is None
                else f"[('Rated {round(rating * 2) / 2:.1f}', 'RATED\\n  "
                f"{_one(rng, ['Good food', 'Nice ambience', 'Value for money', 'Slow service'])}')]",
                "menu_item": "[]",
                "listed_in(type)": _one(rng, list(_ZOMATO_LISTED), list(_ZOMATO_LISTED.values())),
                "listed_in(city)": _ZOMATO_LOCATIONS[loc][1],
            }
        )
    return pd.DataFrame(rows)


def _stars(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["rate"].astype(str).str.replace("/5", "", regex=False).str.strip(), errors="coerce")


def _cost(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(
        d["approx_cost(for two people)"].astype(str).str.replace(",", "", regex=False), errors="coerce"
    )


def _by_flag(value: Callable[[pd.DataFrame], pd.Series], flag: str) -> Callable[[pd.DataFrame], np.ndarray]:
    return lambda d: np.asarray(value(d).groupby(d[flag]).mean().reindex(["Yes", "No"]), dtype=float)


def _top_cuisines(d: pd.DataFrame) -> list[str]:
    parts = d["cuisines"].dropna().str.split(",").explode().str.strip()
    return list(parts.value_counts().index[:5])


_ZOMATO_QS = [
    Q(
        "whats the average rating of the restuarants?",
        has(lambda d: float(_stars(d).mean())),
        ("rate", "votes"),
    ),
    Q(
        "do places with online ordering get better ratings than ones without?",
        has(_by_flag(_stars, "online_order")),
        ("rate", "online_order", "votes"),
    ),
    Q(
        "avg cost for two at restaurants that take table bookings vs ones that dont",
        has(_by_flag(_cost, "book_table"), rel=0.01),
        ("approx_cost(for two people)", "book_table"),
    ),
    Q(
        "top 5 cuisines?",
        _labels(_top_cuisines),
        ("cuisines", "name"),
    ),
    Q(
        "how many restaurants dont have a rating",
        has(lambda d: float(_stars(d).isna().sum())),
        ("rate", "votes", "name"),
    ),
    Q(
        "is there any relationship between the number of votes and the rating? correlation pls",
        _corr(lambda d: d["votes"], _stars),
        ("votes", "rate"),
    ),
]


# --- 3. IPL matches 2008-2019 (Kaggle, matches.csv) ----------------------------------------------------------------

_IPL_STRENGTH = {
    "Mumbai Indians": 0.62,
    "Chennai Super Kings": 0.64,
    "Kolkata Knight Riders": 0.53,
    "Royal Challengers Bangalore": 0.47,
    "Kings XI Punjab": 0.47,
    "Rajasthan Royals": 0.5,
    "Delhi Daredevils": 0.41,
    "Deccan Chargers": 0.43,
    "Kochi Tuskers Kerala": 0.45,
    "Pune Warriors": 0.3,
    "Sunrisers Hyderabad": 0.56,
    "Gujarat Lions": 0.46,
    "Rising Pune Supergiants": 0.42,
    "Rising Pune Supergiant": 0.6,
    "Delhi Capitals": 0.58,
}
_IPL_HOME = {  # venue, city
    "Mumbai Indians": ("Wankhede Stadium", "Mumbai"),
    "Chennai Super Kings": ("MA Chidambaram Stadium, Chepauk", "Chennai"),
    "Kolkata Knight Riders": ("Eden Gardens", "Kolkata"),
    "Royal Challengers Bangalore": ("M Chinnaswamy Stadium", "Bangalore"),
    "Kings XI Punjab": ("Punjab Cricket Association Stadium, Mohali", "Chandigarh"),
    "Rajasthan Royals": ("Sawai Mansingh Stadium", "Jaipur"),
    "Delhi Daredevils": ("Feroz Shah Kotla", "Delhi"),
    "Deccan Chargers": ("Rajiv Gandhi International Stadium, Uppal", "Hyderabad"),
    "Kochi Tuskers Kerala": ("Nehru Stadium", "Kochi"),
    "Pune Warriors": ("Subrata Roy Sahara Stadium", "Pune"),
    "Sunrisers Hyderabad": ("Rajiv Gandhi International Stadium, Uppal", "Hyderabad"),
    "Gujarat Lions": ("Saurashtra Cricket Association Stadium", "Rajkot"),
    "Rising Pune Supergiants": ("Maharashtra Cricket Association Stadium", "Pune"),
    "Rising Pune Supergiant": ("Maharashtra Cricket Association Stadium", "Pune"),
    "Delhi Capitals": ("Feroz Shah Kotla", "Delhi"),
}
_IPL_CORE = [
    "Mumbai Indians",
    "Chennai Super Kings",
    "Kolkata Knight Riders",
    "Royal Challengers Bangalore",
    "Kings XI Punjab",
    "Rajasthan Royals",
]
_IPL_SEASONS: dict[int, tuple[list[str], int, str]] = {  # teams, matches, start date
    2008: ([*_IPL_CORE, "Delhi Daredevils", "Deccan Chargers"], 58, "2008-04-18"),
    2009: ([*_IPL_CORE, "Delhi Daredevils", "Deccan Chargers"], 57, "2009-04-18"),
    2010: ([*_IPL_CORE, "Delhi Daredevils", "Deccan Chargers"], 60, "2010-03-12"),
    2011: (
        [*_IPL_CORE, "Delhi Daredevils", "Deccan Chargers", "Kochi Tuskers Kerala", "Pune Warriors"],
        73,
        "2011-04-08",
    ),
    2012: ([*_IPL_CORE, "Delhi Daredevils", "Deccan Chargers", "Pune Warriors"], 74, "2012-04-04"),
    2013: ([*_IPL_CORE, "Delhi Daredevils", "Sunrisers Hyderabad", "Pune Warriors"], 76, "2013-04-03"),
    2014: ([*_IPL_CORE, "Delhi Daredevils", "Sunrisers Hyderabad"], 60, "2014-04-16"),
    2015: ([*_IPL_CORE, "Delhi Daredevils", "Sunrisers Hyderabad"], 59, "2015-04-08"),
    2016: (
        [*_IPL_CORE[:5], "Delhi Daredevils", "Sunrisers Hyderabad", "Gujarat Lions", "Rising Pune Supergiants"],
        60,
        "2016-04-09",
    ),
    2017: (
        [*_IPL_CORE[:5], "Delhi Daredevils", "Sunrisers Hyderabad", "Gujarat Lions", "Rising Pune Supergiant"],
        59,
        "2017-04-05",
    ),
    2018: ([*_IPL_CORE, "Delhi Daredevils", "Sunrisers Hyderabad"], 60, "2018-04-07"),
    2019: ([*_IPL_CORE, "Delhi Capitals", "Sunrisers Hyderabad"], 60, "2019-03-23"),
}
_IPL_FIELD_P = {2008: 0.45, 2009: 0.4, 2010: 0.35, 2011: 0.55, 2012: 0.5, 2013: 0.45, 2014: 0.68, 2015: 0.6}
_IPL_AWAY = {  # season: neutral venues
    2009: [("New Wanderers Stadium", "Johannesburg"), ("Kingsmead", "Durban"), ("Newlands", "Cape Town")],
    2014: [
        ("Sheikh Zayed Stadium", "Abu Dhabi"),
        ("Dubai International Cricket Stadium", ""),
        ("Sharjah Cricket Stadium", "Sharjah"),
    ],
}
_IPL_UMPIRES = _split(
    "Aleem Dar,Asad Rauf,BR Doctrove,S Ravi,HDPK Dharmasena,C Shamshuddin,AK Chaudhary,Nitin Menon,"
    "M Erasmus,SJA Taufel,RE Koertzen,CK Nandan,Anil Chaudhary,Bruce Oxenford,VA Kulkarni",
    ",",
)
_IPL_SURNAMES = _split("Sharma Singh Kumar Patel Khan Yadav Pandya Rahul Dhoni Raina Gayle Russell Narine Watson")
_IPL_INITIALS = _split("RG MS SK AB CH AD SP V KA DA YK JJ AM SR")


def _ipl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2603)
    players = {t: [f"{_one(rng, _IPL_INITIALS)} {_one(rng, _IPL_SURNAMES)}" for _ in range(6)] for t in _IPL_STRENGTH}
    rows = []
    match_id = 0
    for season, (teams, n_matches, start) in _IPL_SEASONS.items():
        pairs = [(a, b) for a in teams for b in teams if a != b]
        order = np.concatenate([rng.permutation(len(pairs)), rng.permutation(len(pairs))])
        picked = [pairs[int(i)] for i in order[:n_matches]]
        day = pd.Timestamp(start)
        for k, (home, away) in enumerate(picked):
            if k and rng.random() < 0.72:
                day += pd.Timedelta(days=1)
            match_id += 1
            ident = match_id if season < 2018 else (7894 + k if season == 2018 else 11137 + k)
            venue, city = _IPL_HOME[home]
            if season in _IPL_AWAY and (season == 2009 or k < 20):
                venue, city = _one(rng, _IPL_AWAY[season])
            if home == "Royal Challengers Bangalore" and season >= 2015 and rng.random() < 0.5:
                city, venue = "Bengaluru", "M. Chinnaswamy Stadium"
            toss_winner = home if rng.random() < 0.5 else away
            p_field = _IPL_FIELD_P.get(season, 0.86 if season < 2019 else 0.82)
            decision = "field" if rng.random() < p_field else "bat"
            batting_first = toss_winner if decision == "bat" else (away if toss_winner == home else home)
            u = rng.random()
            result = "no result" if u < 0.005 else "tie" if u < 0.017 else "normal"
            dl = 1 if result == "normal" and rng.random() < 0.025 else 0
            winner: str | None = None
            runs = wickets = 0
            if result != "no result":
                edge = _IPL_STRENGTH[home] - _IPL_STRENGTH[away] + 0.05 + (0.04 if toss_winner == home else -0.04)
                winner = home if rng.random() < 1 / (1 + np.exp(-4 * edge)) else away
                if result == "normal":
                    if winner == batting_first:
                        runs = int(np.clip(rng.gamma(1.6, 17), 1, 146))
                    else:
                        wickets = int(_one(rng, list(range(1, 11)), [2, 4, 7, 10, 13, 15, 15, 14, 10, 6]))
            date = day.strftime("%d/%m/%y" if season == 2018 else "%Y-%m-%d")
            ump = _some(rng, _IPL_UMPIRES, [1.0] * len(_IPL_UMPIRES), 2)
            rows.append(
                {
                    "id": ident,
                    "season": season,
                    "city": city or None,
                    "date": date,
                    "team1": home,
                    "team2": away,
                    "toss_winner": toss_winner,
                    "toss_decision": decision,
                    "result": result,
                    "dl_applied": dl,
                    "winner": winner,
                    "win_by_runs": runs,
                    "win_by_wickets": wickets,
                    "player_of_match": None if winner is None else _one(rng, players[winner]),
                    "venue": venue,
                    "umpire1": ump[0] if rng.random() > 0.003 else None,
                    "umpire2": ump[1] if rng.random() > 0.003 else None,
                    "umpire3": _one(rng, _IPL_UMPIRES) if season >= 2018 and rng.random() < 0.8 else None,
                }
            )
    return pd.DataFrame(rows)


def _ipl_wins(d: pd.DataFrame) -> pd.Series:
    return d["winner"].value_counts()


def _top_team_rate(with_results_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        team = str(_ipl_wins(d).index[0])
        played = d[(d["team1"] == team) | (d["team2"] == team)]
        if with_results_only:
            played = played[played["winner"].notna()]
        return float((played["winner"] == team).mean())

    return value


def _toss_match(with_results_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        pool = d[d["winner"].notna()] if with_results_only else d
        return float((pool["toss_winner"] == pool["winner"]).mean())

    return value


def _field_by_season(d: pd.DataFrame) -> pd.Series:
    return (d["toss_decision"] == "field").groupby(d["season"]).mean().sort_values(ascending=False)


_IPL_QS = [
    Q(
        "which team has won the most matches?",
        both(label_of(lambda d: str(_ipl_wins(d).index[0])), has(lambda d: float(_ipl_wins(d).iloc[0]))),
        ("winner", "team1", "team2", "id"),
    ),
    Q(
        "whats their win % overall",
        either(_share(_top_team_rate(False)), _share(_top_team_rate(True))),
        ("winner", "team1", "team2", "result", "id"),
    ),
    Q(
        "how often does the team that wins the toss go on to win the match? as a percentage",
        either(_share(_toss_match(False)), _share(_toss_match(True))),
        ("toss_winner", "winner", "result", "id"),
    ),
    Q(
        "plot the % of toss winners choosing to field, by season. which season was it highest?",
        both(
            _year_word(lambda d: int(_field_by_season(d).index[0])),
            _share(lambda d: float(_field_by_season(d).iloc[0])),
        ),
        ("toss_decision", "season", "toss_winner", "date"),
    ),
    Q(
        "whats the avg winning margin",
        either(
            asks("runs", "wickets"),
            has(
                lambda d: float(d.loc[d["win_by_runs"] > 0, "win_by_runs"].mean()),
                lambda d: float(d.loc[d["win_by_wickets"] > 0, "win_by_wickets"].mean()),
                rel=0.01,
            ),
        ),
        ("win_by_runs", "win_by_wickets", "result"),
    ),
    Q(
        "how many games went to duckworth lewis",
        has(lambda d: float(d["dl_applied"].sum())),
        ("dl_applied", "result", "id"),
    ),
]


# --- 4. UCI Mushroom data set (agaricus-lepiota, Kaggle mushrooms.csv) ---------------------------------------------

_MUSH_ODOR = {  # code: (weight, P(poisonous))
    "n": (3528, 0.034),
    "f": (2160, 1.0),
    "y": (576, 1.0),
    "s": (576, 1.0),
    "a": (400, 0.0),
    "l": (400, 0.0),
    "p": (256, 1.0),
    "c": (192, 1.0),
    "m": (36, 1.0),
}
_ODOR_WORDS = {
    "a": "almond",
    "l": "anise",
    "c": "creosote",
    "y": "fishy",
    "f": "foul",
    "m": "musty",
    "n": "none",
    "p": "pungent",
    "s": "spicy",
}
# column: {code: (weight if edible, weight if poisonous)}
_MUSH_COLS: dict[str, dict[str, tuple[float, float]]] = {
    "cap-shape": {"x": (1948, 1708), "f": (1596, 1556), "k": (228, 600), "b": (404, 48), "s": (32, 0), "c": (0, 4)},
    "cap-surface": {"y": (1504, 1740), "s": (1144, 1412), "f": (1560, 760), "g": (0, 4)},
    "cap-color": {
        "n": (1264, 1020),
        "g": (1032, 808),
        "e": (624, 876),
        "y": (400, 672),
        "w": (720, 320),
        "b": (48, 120),
        "p": (56, 88),
        "c": (32, 12),
        "u": (16, 0),
        "r": (16, 0),
    },
    "bruises": {"t": (2752, 624), "f": (1456, 3292)},
}
_MUSH_LATER: dict[str, dict[str, tuple[float, float]]] = {
    "gill-attachment": {"f": (4016, 3898), "a": (192, 18)},
    "gill-spacing": {"c": (3008, 3804), "w": (1200, 112)},
    "gill-size": {"b": (3920, 1692), "n": (288, 2224)},
    "gill-color": {
        "b": (0, 1728),
        "p": (852, 640),
        "w": (956, 246),
        "n": (936, 112),
        "g": (248, 504),
        "h": (204, 528),
        "u": (444, 48),
        "k": (344, 64),
        "e": (96, 0),
        "y": (64, 22),
        "o": (64, 0),
        "r": (0, 24),
    },
    "stalk-shape": {"t": (2432, 2176), "e": (1776, 1740)},
    "stalk-root": {"b": (1920, 1856), "?": (720, 1760), "e": (864, 256), "c": (512, 44), "r": (192, 0)},
    "stalk-surface-above-ring": {"s": (3640, 1536), "k": (144, 2228), "f": (408, 144), "y": (16, 8)},
    "stalk-surface-below-ring": {"s": (3400, 1536), "k": (144, 2160), "f": (456, 144), "y": (208, 76)},
    "stalk-color-above-ring": {
        "w": (2752, 1712),
        "p": (576, 1296),
        "g": (576, 0),
        "n": (16, 432),
        "b": (0, 432),
        "o": (192, 0),
        "e": (96, 0),
        "c": (0, 36),
        "y": (0, 8),
    },
    "stalk-color-below-ring": {
        "w": (2704, 1680),
        "p": (576, 1296),
        "g": (576, 0),
        "n": (64, 448),
        "b": (0, 432),
        "o": (192, 0),
        "e": (96, 0),
        "c": (0, 36),
        "y": (0, 24),
    },
    "veil-type": {"p": (4208, 3916)},
    "veil-color": {"w": (4016, 3908), "n": (96, 0), "o": (96, 0), "y": (0, 8)},
    "ring-number": {"o": (3680, 3808), "t": (528, 72), "n": (0, 36)},
    "ring-type": {"p": (3152, 816), "e": (1008, 1768), "l": (0, 1296), "f": (48, 0), "n": (0, 36)},
    "spore-print-color": {
        "w": (576, 1812),
        "n": (1744, 224),
        "k": (1648, 224),
        "h": (48, 1584),
        "r": (0, 72),
        "u": (48, 0),
        "o": (48, 0),
        "y": (48, 0),
        "b": (48, 0),
    },
    "population": {"v": (1192, 2848), "y": (1064, 648), "s": (880, 368), "n": (400, 0), "a": (384, 0), "c": (288, 52)},
    "habitat": {
        "d": (1880, 1268),
        "g": (1408, 740),
        "p": (136, 1008),
        "l": (240, 592),
        "u": (96, 272),
        "m": (256, 36),
        "w": (192, 0),
    },
}


def _mushroom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2604)
    n = 2400
    odors = list(_MUSH_ODOR)
    rows = []
    for _ in range(n):
        odor = str(_one(rng, odors, [v[0] for v in _MUSH_ODOR.values()]))
        poison = rng.random() < _MUSH_ODOR[odor][1]
        row: dict[str, str] = {"class": "p" if poison else "e"}
        for col, table in _MUSH_COLS.items():
            row[col] = str(_one(rng, list(table), [v[1] if poison else v[0] for v in table.values()]))
        row["odor"] = odor
        for col, table in _MUSH_LATER.items():
            row[col] = str(_one(rng, list(table), [v[1] if poison else v[0] for v in table.values()]))
        rows.append(row)
    return pd.DataFrame(rows)


def _poison_odors(d: pd.DataFrame) -> pd.Series:
    return d.loc[d["class"] == "p", "odor"].value_counts(normalize=True)


def _veil_type(answer: str, df: pd.DataFrame) -> str | None:
    """The one single-valued column, as "veil-type" or "veil type"."""
    single = [c for c in df.columns if df[c].nunique(dropna=False) == 1]
    for col in single:
        if not re.search(re.escape(col).replace(r"\-", "[-_ ]"), answer, re.IGNORECASE):
            return f"missing column {col!r}"
    return None if single else "no single-valued column"


_MUSHROOM_QS = [
    Q(
        "what percentage of these mushrooms are poisonus?",
        _share(lambda d: float((d["class"] == "p").mean())),
        ("class",),
    ),
    Q(
        "how many of the poisonous ones have no smell at all",
        has(lambda d: float(((d["class"] == "p") & (d["odor"] == "n")).sum())),
        ("class", "odor"),
    ),
    Q(
        "which smell is most common among the poisonous mushrooms, and what % of them have it?",
        both(
            _code_or_word(lambda d: str(_poison_odors(d).index[0]), _ODOR_WORDS),
            _share(lambda d: float(_poison_odors(d).iloc[0])),
        ),
        ("class", "odor"),
    ),
    Q(
        "are ones with broad gills more or less likely to be poisonous than narrow gilled ones? % for each pls",
        _shares(lambda d: np.asarray((d["class"] == "p").groupby(d["gill-size"]).mean().reindex(["b", "n"]))),
        ("class", "gill-size", "gill-spacing", "gill-attachment", "gill-color"),
    ),
    Q(
        "how many missing values in the stalk root column?",
        has(lambda d: float((d["stalk-root"].astype(str).str.strip() == "?").sum() + d["stalk-root"].isna().sum())),
        ("stalk-root",),
    ),
    Q(
        "are there any columns that are useless bc they only ever have one value?",
        _veil_type,
        None,
    ),
]


# --- 5. Airline Passenger Satisfaction (Kaggle, train.csv) ---------------------------------------------------------

_AIR_SERVICES = {  # column: (mean score, weight of satisfaction, P(0 = not applicable))
    "Inflight wifi service": (2.55, 0.9, 0.03),
    "Departure/Arrival time convenient": (3.05, -0.1, 0.05),
    "Ease of Online booking": (2.95, 0.5, 0.04),
    "Gate location": (2.98, 0.0, 0.0),
    "Food and drink": (3.2, 0.2, 0.001),
    "Online boarding": (3.25, 1.1, 0.02),
    "Seat comfort": (3.44, 0.6, 0.0),
    "Inflight entertainment": (3.36, 0.8, 0.0),
    "On-board service": (3.38, 0.5, 0.0),
    "Leg room service": (3.35, 0.5, 0.004),
    "Baggage handling": (3.63, 0.3, 0.0),
    "Checkin service": (3.3, 0.3, 0.0),
    "Inflight service": (3.64, 0.3, 0.0),
    "Cleanliness": (3.29, 0.5, 0.0),
}


_AIR_SHORT = {
    "Inflight wifi service": "wifi",
    "Departure/Arrival time convenient": "time convenient",
    "Ease of Online booking": "online booking",
    "Gate location": "gate",
}


def _airline_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2605)
    n = 2800
    rows = []
    for i in range(n):
        loyal = rng.random() < 0.82
        business_trip = rng.random() < (0.69 if loyal else 0.97)
        age = int(np.clip(rng.normal(42, 14) if loyal else rng.normal(30, 10), 7, 85))
        if business_trip:
            cls = str(_one(rng, ["Business", "Eco", "Eco Plus"], [72, 22, 6]))
        else:
            cls = str(_one(rng, ["Business", "Eco", "Eco Plus"], [8, 80, 12]))
        dist = int(np.clip(rng.lognormal(np.log(1700 if cls == "Business" else 700), 0.65), 31, 4983))
        mood = float(rng.normal(0, 1)) + (0.5 if cls == "Business" else 0.0)
        scores: dict[str, int] = {}
        for col, (mean, w, p_na) in _AIR_SERVICES.items():
            shift = -0.45 if not loyal and col in ("Inflight wifi service", "Ease of Online booking") else 0.0
            s = int(np.clip(round(mean + shift + 0.6 * w * mood + rng.normal(0, 1.05)), 1, 5))
            scores[col] = 0 if rng.random() < p_na else s
        dep = 0 if rng.random() < 0.56 else int(min(rng.exponential(32), 1300))
        arr = max(0, int(dep + rng.normal(0, 9))) if dep or rng.random() < 0.4 else 0
        arr_val: float = float(arr) if rng.random() > 0.004 else float("nan")
        logit = (
            -2.2
            + 1.3 * (cls == "Business")
            + 1.2 * business_trip
            + 0.9 * loyal
            + 0.7 * (scores["Online boarding"] - 3.25)
            + 0.55 * (scores["Inflight wifi service"] - 2.55)
            + 0.35 * (scores["Inflight entertainment"] - 3.36)
            - 0.004 * dep
        )
        satisfied = rng.random() < 1 / (1 + np.exp(-logit))
        rows.append(
            {
                "": i,
                "id": int(rng.integers(1, 129881)),
                "Gender": _one(rng, ["Female", "Male"], [50.7, 49.3]),
                "Customer Type": "Loyal Customer" if loyal else "disloyal Customer",
                "Age": age,
                "Type of Travel": "Business travel" if business_trip else "Personal Travel",
                "Class": cls,
                "Flight Distance": dist,
                **scores,
                "Departure Delay in Minutes": dep,
                "Arrival Delay in Minutes": arr_val,
                "satisfaction": "satisfied" if satisfied else "neutral or dissatisfied",
            }
        )
    return pd.DataFrame(rows)


def _satisfied(d: pd.DataFrame) -> pd.Series:
    return d["satisfaction"] == "satisfied"


def _wifi_by_loyalty(skip_zero: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    def value(d: pd.DataFrame) -> np.ndarray:
        pool = d[d["Inflight wifi service"] > 0] if skip_zero else d
        means = pool["Inflight wifi service"].groupby(pool["Customer Type"]).mean()
        return np.asarray(means.reindex(["Loyal Customer", "disloyal Customer"]), dtype=float)

    return value


def _lowest_service(skip_zero: bool) -> Check:
    def means(d: pd.DataFrame) -> pd.Series:
        cols = d[list(_AIR_SERVICES)]
        return (cols.where(cols > 0) if skip_zero else cols).mean().sort_values()

    return both(
        label_of(lambda d: _AIR_SHORT.get(str(means(d).index[0]), str(means(d).index[0]))),
        has(lambda d: float(means(d).iloc[0]), rel=0.01),
    )


_AIRLINE_QS = [
    Q(
        "what % of passengers were satisfied?",
        _share(lambda d: float(_satisfied(d).mean())),
        ("satisfaction",),
    ),
    Q(
        "split that by class pls",
        _shares(
            lambda d: np.asarray(_satisfied(d).groupby(d["Class"]).mean().reindex(["Business", "Eco", "Eco Plus"]))
        ),
        ("satisfaction", "Class"),
    ),
    Q(
        "avg arrival delay in minutes? and how many rows are missing it",
        both(
            _about(lambda d: float(d["Arrival Delay in Minutes"].mean())),
            has(lambda d: float(d["Arrival Delay in Minutes"].isna().sum())),
        ),
        ("Arrival Delay in Minutes",),
    ),
    Q(
        "how correlated are departure delays and arrival delays",
        _corr(lambda d: d["Departure Delay in Minutes"], lambda d: d["Arrival Delay in Minutes"]),
        ("Departure Delay in Minutes", "Arrival Delay in Minutes"),
    ),
    Q(
        "do loyal customers rate the inflight wifi higher than disloyal ones?",
        either(has(_wifi_by_loyalty(False), rel=0.01), has(_wifi_by_loyalty(True), rel=0.01)),
        ("Inflight wifi service", "Customer Type"),
    ),
    Q(
        "which service gets the lowest score on average?",
        either(_lowest_service(False), _lowest_service(True)),
        tuple(_AIR_SERVICES),
    ),
]


# --- 6. NUFORC UFO sightings (Kaggle, scrubbed.csv) ----------------------------------------------------------------

_UFO_YEARS = {
    **{y: 0.12 for y in range(1950, 1975)},
    **{y: 0.3 for y in range(1975, 1995)},
    1995: 1.3,
    1996: 1.4,
    1997: 1.8,
    1998: 2.5,
    1999: 3.6,
    2000: 3.4,
    2001: 3.6,
    2002: 3.5,
    2003: 4.3,
    2004: 4.9,
    2005: 4.8,
    2006: 4.3,
    2007: 5.0,
    2008: 5.6,
    2009: 5.4,
    2010: 5.3,
    2011: 6.3,
    2012: 9.4,
    2013: 8.2,
    2014: 2.6,
}
_UFO_MONTHS = [6.2, 5.3, 6.3, 6.1, 6.2, 8.9, 11.8, 10.3, 9.4, 9.3, 9.4, 8.1]
_UFO_HOURS = [5, 3.5, 2.5, 2, 1.5, 1.5, 1, 0.6, 0.6, 0.8, 1, 1, 1.1, 1, 1, 1, 1.2, 1.8, 3, 6, 10, 13.5, 12, 8.5]
_UFO_SHAPES = {
    "light": 20.8,
    "triangle": 9.8,
    "circle": 9.5,
    "fireball": 7.7,
    "other": 7.0,
    "unknown": 7.0,
    "sphere": 6.4,
    "disk": 6.3,
    "oval": 4.6,
    "formation": 3.0,
    "cigar": 2.5,
    "changing": 2.4,
    "flash": 1.7,
    "rectangle": 1.6,
    "cylinder": 1.6,
    "diamond": 1.5,
    "chevron": 1.2,
    "egg": 0.9,
    "teardrop": 0.9,
    "cone": 0.4,
    "cross": 0.3,
    "": 2.4,
}
_UFO_PLACES = [  # city, state, country, weight, lat, lon
    ("seattle", "wa", "us", 5, 47.61, -122.33),
    ("phoenix", "az", "us", 5, 33.45, -112.07),
    ("los angeles", "ca", "us", 4.5, 34.05, -118.24),
    ("san diego", "ca", "us", 4, 32.72, -117.16),
    ("portland", "or", "us", 4, 45.52, -122.68),
    ("las vegas", "nv", "us", 3.5, 36.17, -115.14),
    ("sacramento", "ca", "us", 2.5, 38.58, -121.49),
    ("san jose", "ca", "us", 2, 37.34, -121.89),
    ("fresno", "ca", "us", 1.5, 36.74, -119.79),
    ("houston", "tx", "us", 3, 29.76, -95.37),
    ("austin", "tx", "us", 2, 30.27, -97.74),
    ("san antonio", "tx", "us", 2, 29.42, -98.49),
    ("chicago", "il", "us", 3, 41.85, -87.65),
    ("tucson", "az", "us", 2.5, 32.22, -110.93),
    ("miami", "fl", "us", 2, 25.77, -80.19),
    ("orlando", "fl", "us", 2, 28.54, -81.38),
    ("tampa", "fl", "us", 2, 27.95, -82.46),
    ("new york city", "ny", "us", 3, 40.71, -74.01),
    ("denver", "co", "us", 2, 39.74, -104.98),
    ("spokane", "wa", "us", 1.5, 47.66, -117.43),
    ("columbus", "oh", "us", 1.5, 39.96, -83.0),
    ("albuquerque", "nm", "us", 1.5, 35.08, -106.65),
    ("philadelphia", "pa", "us", 1.5, 39.95, -75.16),
    ("atlanta", "ga", "us", 1.2, 33.75, -84.39),
    ("salt lake city", "ut", "us", 1.2, 40.76, -111.89),
    ("boise", "id", "us", 1, 43.61, -116.2),
    ("springfield", "mo", "us", 1, 37.22, -93.3),
    ("myrtle beach", "sc", "us", 1, 33.69, -78.89),
    ("toronto (canada)", "on", "ca", 1.2, 43.67, -79.42),
    ("vancouver (canada)", "bc", "ca", 0.8, 49.25, -123.12),
    ("calgary (canada)", "ab", "ca", 0.5, 51.08, -114.08),
    ("london (uk/england)", "", "gb", 0.6, 51.51, -0.13),
    ("sydney (australia)", "", "au", 0.3, -33.86, 151.21),
    ("berlin (germany)", "", "de", 0.1, 52.52, 13.41),
    ("bristol (uk/england)", "", "gb", 0.2, 51.45, -2.59),
]
_UFO_BLANK_COUNTRY = 0.11  # share of US rows with no country, as in the scrubbed file
_UFO_SEEN = [
    "Bright orange light moving slowly across the sky then vanished",
    "Three lights in a triangle formation hovering silently",
    "Saw a disc shaped object with flashing lights",
    "Fireball moving east to west&#44 no sound",
    "Large white sphere high in the sky&#44 stationary for 10 min",
    "Cigar shaped craft with no wings or tail",
    "Strange light changing colors red blue green",
    "Object hovered over the trees then shot off at high speed",
]
_UFO_DURATIONS = [  # seconds, text
    (2, "2 seconds"),
    (5, "5 sec."),
    (10, "10 seconds"),
    (15, "15 seconds"),
    (30, "30 seconds"),
    (45, "45 sec"),
    (60, "1 minute"),
    (120, "2 minutes"),
    (180, "3 min"),
    (300, "5 minutes"),
    (300, "~5 mins"),
    (600, "10 minutes"),
    (900, "15 minutes"),
    (1200, "20 minutes"),
    (1800, "30 min."),
    (2700, "45 minutes"),
    (3600, "1 hour"),
    (5400, "1-2 hrs"),
    (7200, "2 hours"),
    (14400, "4 hours"),
]
_UFO_DURATION_W = [3, 4, 6, 5, 7, 3, 6, 8, 7, 11, 4, 9, 6, 5, 5, 2, 3, 2, 1.5, 0.6]


def _ufo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2606)
    n = 3000
    years = list(_UFO_YEARS)
    shapes = list(_UFO_SHAPES)
    rows = []
    for _ in range(n):
        year = int(_one(rng, years, list(_UFO_YEARS.values())))
        month = int(_one(rng, list(range(1, 13)), _UFO_MONTHS if year < 2014 else [9, 8, 9, 9, 5, 0, 0, 0, 0, 0, 0, 0]))
        day = int(rng.integers(1, pd.Timestamp(year, month, 1).days_in_month + 1))
        if month == 7 and rng.random() < 0.12:
            day = 4
        hour = int(_one(rng, list(range(24)), _UFO_HOURS))
        minute = int(_one(rng, [0, 15, 30, 45, 5, 10, 20, 40, 50]))
        stamp = f"{month}/{day}/{year} {hour:02d}:{minute:02d}"
        if hour == 0 and minute == 0 and not (month == 12 and day == 31) and rng.random() < 0.5:
            prev = pd.Timestamp(year, month, day) - pd.Timedelta(days=1)
            if prev.year == year:
                stamp = f"{prev.month}/{prev.day}/{prev.year} 24:00"
        city, state, country, _w, lat, lon = _one(rng, _UFO_PLACES, [p[3] for p in _UFO_PLACES])
        if country == "us" and rng.random() < _UFO_BLANK_COUNTRY:
            country = ""
        secs, text = _one(rng, _UFO_DURATIONS, _UFO_DURATION_W)
        secs_val = float(secs)
        if rng.random() < 0.004:
            secs_val, text = (
                float(_one(rng, [86400, 604800, 2631600])),
                str(_one(rng, ["all night", "1 week", "ongoing"])),
            )
        posted = pd.Timestamp(year, month, day) + pd.Timedelta(days=int(rng.gamma(1.2, 40)))
        rows.append(
            {
                "datetime": stamp,
                "city": city,
                "state": state or None,
                "country": country or None,
                "shape": _one(rng, shapes, list(_UFO_SHAPES.values())) or None,
                "duration (seconds)": secs_val,
                "duration (hours/min)": text,
                "comments": _one(rng, _UFO_SEEN),
                "date posted": f"{posted.month}/{posted.day}/{posted.year}",
                "latitude": round(lat + float(rng.normal(0, 0.15)), 7),
                "longitude ": round(lon + float(rng.normal(0, 0.15)), 7),
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["datetime"].str.replace(" 24:00", " 23:59"), format="%m/%d/%Y %H:%M")
    return df.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _ufo_years(drop_24: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        stamps = d["datetime"]
        if drop_24:
            stamps = stamps[~stamps.str.contains(" 24:00")]
        return stamps.str.split(" ").str[0].str.split("/").str[2].astype(int).value_counts()

    return value


def _ufo_peak(drop_24: bool) -> Check:
    years = _ufo_years(drop_24)
    return both(_year_word(lambda d: int(years(d).index[0])), has(lambda d: float(years(d).iloc[0])))


def _ufo_states(us_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        pool = d[d["country"] == "us"] if us_only else d
        return pool["state"].value_counts()

    return value


_STATE_NAMES = {"ca": "California", "wa": "Washington", "az": "Arizona", "fl": "Florida", "tx": "Texas"}


def _top_state(us_only: bool) -> Check:
    states = _ufo_states(us_only)
    return both(
        _code_or_word(lambda d: str(states(d).index[0]), _STATE_NAMES, any_case=True),
        has(lambda d: float(states(d).iloc[0])),
    )


def _night_hour(answer: str, df: pd.DataFrame) -> str | None:
    hours = df["datetime"].str.split(" ").str[1].str.split(":").str[0].astype(int) % 24
    h = int(hours.value_counts().index[0])
    twelve = h % 12 or 12
    suffix = "am" if h < 12 else "pm"
    if re.search(rf"(?<![\d.:]){h}(?::00|h\b)", answer):
        return None
    if re.search(rf"(?<![\d.:]){h}(?![\d.])", answer) and re.search(r"hour|o'?clock", answer, re.IGNORECASE):
        return None
    if re.search(rf"(?<![\d.:]){twelve}(?::00)?\s*{suffix[0]}\.?\s*m\b", answer, re.IGNORECASE):
        return None
    return f"missing hour {h}"


_UFO_QS = [
    Q(
        "chart ufo sightings by yr. which year had the most?",
        either(_ufo_peak(False), _ufo_peak(True)),
        ("datetime", "date posted"),
    ),
    Q(
        "what are the 3 most commonly reported shapes",
        _labels(lambda d: list(d["shape"].value_counts().index[:3])),
        ("shape",),
    ),
    Q(
        "what % of sightings are in the us?",
        either(
            _share(lambda d: float((d["country"] == "us").mean())),
            _share(lambda d: float((d["country"].dropna() == "us").mean())),
        ),
        ("country", "state"),
    ),
    Q(
        "which state has the most?",
        either(_top_state(False), _top_state(True)),
        ("state", "country"),
    ),
    Q(
        "whats the median duration in minutes",
        _about(lambda d: float(d["duration (seconds)"].median()) / 60),
        ("duration (seconds)", "duration (hours/min)"),
    ),
    Q(
        "what time of night do most sightings happen?",
        _night_hour,
        ("datetime",),
    ),
]


# --- 7. A driving school's practical test log (invented) ------------------------------------------------------------

_DS_INSTRUCTORS = {  # skill (lower = fewer faults), share of pupils, share automatic
    "Gary M": (1.0, 24, 0.1),
    "Sue P": (0.72, 20, 0.35),
    "Raj K": (0.9, 18, 0.2),
    "Tom W": (1.25, 14, 0.05),
    "Lisa H": (0.85, 14, 0.6),
    "Andy B": (1.1, 10, 0.15),
}
_DS_CENTRES = {"Wood Green": 1.15, "Tottenham": 1.1, "Hendon": 0.95, "Mill Hill": 0.85, "Borehamwood": 0.8}
_DS_MONTHS = [0.9, 0.95, 1.1, 1.0, 1.05, 1.15, 1.25, 1.2, 1.1, 1.0, 0.95, 0.6]


def _driving_frame() -> pd.DataFrame:
    rng = np.random.default_rng(2607)
    instructors = list(_DS_INSTRUCTORS)
    centres = list(_DS_CENTRES)
    rows: list[dict[str, Any]] = []
    pupil = 1000
    queue: list[tuple[pd.Timestamp, str, str, str, str, int, int, float | None]] = []
    days = pd.date_range("2023-01-03", "2024-12-20")
    weights = np.array([_DS_MONTHS[d.month - 1] * (0.35 if d.weekday() >= 5 else 1.0) for d in days])
    for _ in range(1050):
        pupil += int(rng.integers(1, 4))
        inst = str(_one(rng, instructors, [v[1] for v in _DS_INSTRUCTORS.values()]))
        gearbox = "A" if rng.random() < _DS_INSTRUCTORS[inst][2] else "M"
        lessons = int(np.clip(rng.normal(32 if gearbox == "M" else 24, 9), 6, 70))
        practice = round(float(rng.gamma(1.5, 12)), 1) if rng.random() < 0.55 else None
        day = pd.Timestamp(days[int(rng.choice(len(days), p=weights / weights.sum()))])
        queue.append((day, f"P{pupil}", inst, gearbox, str(_one(rng, centres)), 1, lessons, practice))
    while queue:
        day, ref, inst, gearbox, centre, attempt, lessons, practice = queue.pop(0)
        if day > pd.Timestamp("2024-12-31"):
            continue
        skill = _DS_INSTRUCTORS[inst][0] * _DS_CENTRES[centre]
        prep = 1.25 - 0.012 * lessons - (0.004 * practice if practice else 0.0) - 0.08 * (attempt - 1)
        rate = max(0.15, skill * prep)
        cancelled = rng.random() < 0.025
        minors = int(rng.poisson(6.5 * rate))
        serious = int(rng.poisson(0.62 * rate))
        dangerous = int(rng.random() < 0.07 * rate)
        passed = minors <= 15 and serious == 0 and dangerous == 0
        hour = int(_one(rng, [8, 9, 10, 11, 13, 14, 15, 16, 18]))
        evening = hour >= 16 or day.weekday() >= 5
        rows.append(
            {
                "Pupil Ref": ref,
                "Instructor": inst,
                "Test Centre": centre,
                "Test Date": day.strftime("%d/%m/%Y"),
                "Time": f"{hour:02d}:{_one(rng, ['07', '14', '21', '28', '35', '42', '51'])}",
                "Attempt No.": attempt,
                "Gearbox": gearbox,
                "Lessons Taken": lessons if rng.random() > 0.04 else None,
                "Private Practice (hrs)": practice,
                "Driving Faults": None if cancelled else minors,
                "Serious Faults": None if cancelled else serious,
                "Dangerous Faults": None if cancelled else dangerous,
                "Result": "CANCELLED" if cancelled else ("PASS" if passed else "FAIL"),
                "Test Fee (£)": 75.0 if evening else 62.0,
                "Notes": "Examiner intervened" if dangerous and not cancelled and rng.random() < 0.6 else None,
            }
        )
        if not passed or cancelled:
            wait = int(rng.integers(10, 30)) if cancelled else int(rng.integers(35, 120))
            more = 0 if cancelled else int(rng.integers(2, 10))
            nxt = day + pd.Timedelta(days=wait)
            if nxt.weekday() == 6:
                nxt += pd.Timedelta(days=1)
            again = (nxt, ref, inst, gearbox, centre, attempt + (0 if cancelled else 1), lessons + more, practice)
            if rng.random() < 0.9:
                queue.append(again)
                queue.sort(key=lambda q: q[0])
    df = pd.DataFrame(rows)
    df = df.iloc[np.argsort(_dmy(df, "Test Date").to_numpy(), kind="stable")].reset_index(drop=True)
    df.insert(0, "Test ID", [f"DT{i + 1:05d}" for i in range(len(df))])
    return df


def _pass_rate(by: str | None, taken_only: bool) -> Callable[[pd.DataFrame], Any]:
    def value(d: pd.DataFrame) -> Any:
        pool = d[d["Result"] != "CANCELLED"] if taken_only else d
        passed = pool["Result"] == "PASS"
        if by is None:
            return float(passed.mean())
        return passed.groupby(pool[by]).mean().sort_values(ascending=False)

    return value


def _best_instructor(taken_only: bool) -> Check:
    rates = _pass_rate("Instructor", taken_only)
    return both(label_of(lambda d: str(rates(d).index[0])), _share(lambda d: float(rates(d).iloc[0])))


def _gearbox_rates(taken_only: bool) -> Check:
    rates = _pass_rate("Gearbox", taken_only)
    return _shares(lambda d: np.asarray(rates(d).reindex(["A", "M"]), dtype=float))


def _ds_months(taken_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        pool = d[d["Result"] != "CANCELLED"] if taken_only else d
        return _dmy(pool, "Test Date").dt.to_period("M").value_counts()

    return value


def _ds_peak(taken_only: bool) -> Check:
    months = _ds_months(taken_only)
    return both(_period_label(lambda d: months(d).index[0]), has(lambda d: float(months(d).iloc[0])))


_DRIVING_QS = [
    Q(
        "whats our overall pass rate",
        either(_share(_pass_rate(None, False)), _share(_pass_rate(None, True))),
        ("Result", "Test ID"),
    ),
    Q(
        "which instructor has the best pass rate?",
        either(_best_instructor(False), _best_instructor(True)),
        ("Instructor", "Result", "Test ID"),
    ),
    Q(
        "do automatic pupils pass more often than manual ones? give me both rates",
        either(_gearbox_rates(False), _gearbox_rates(True)),
        ("Gearbox", "Result", "Test ID"),
    ),
    Q(
        "avg number of lessons for people who passed vs people who failed",
        has(
            lambda d: np.asarray(d["Lessons Taken"].groupby(d["Result"]).mean().reindex(["PASS", "FAIL"]), dtype=float),
            rel=0.01,
        ),
        ("Lessons Taken", "Result"),
    ),
    Q(
        "plot tests per month, when were we busiest?",
        either(_ds_peak(False), _ds_peak(True)),
        ("Test Date", "Test ID", "Result"),
    ),
    Q(
        "how many passed with zero minors?",
        has(lambda d: float(((d["Result"] == "PASS") & (d["Driving Faults"] == 0)).sum())),
        ("Result", "Driving Faults", "Test ID"),
    ),
]


HELDOUT26: list[Dataset] = [
    Dataset("steam_store_games", _steam_frame, _STEAM_QS),
    Dataset("zomato_bangalore", _zomato_frame, _ZOMATO_QS),
    Dataset("ipl_matches", _ipl_frame, _IPL_QS),
    Dataset("uci_mushrooms", _mushroom_frame, _MUSHROOM_QS),
    Dataset("airline_passenger_satisfaction", _airline_frame, _AIRLINE_QS),
    Dataset("ufo_sightings", _ufo_frame, _UFO_QS),
    Dataset("driving_tests", _driving_frame, _DRIVING_QS),
]
