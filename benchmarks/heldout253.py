"""HELDOUT253: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of exports an analyst is likely to bring along: a Grocy pantry stock journal
export (one row per stock change, January 2023 to June 2024) with Timestamp as "2023-01-07 11:42:09", Product ("Milk
(1 gal)", "Eggs (dozen)", "Greek Yogurt", ...), "Product Group" (Dairy, Produce, Pantry, Frozen, Meat, Household),
"Transaction Type" (Purchase, Consume, Spoiled, Inventory Correction, Transfer), Amount in the product's stock unit
(negative for Consume and Spoiled and for downward corrections), Unit (piece, g, ml, pack), Price in $ per stock unit
with up to four decimals (blank when the row is not a purchase), Location (Fridge, Freezer, Pantry, Basement), "Best
Before Date" as "2023-01-14" (Grocy's never-expires sentinel "2999-12-31" on household goods) and "Shopping Location"
(Aldi, Costco, Target, Farmers Market; blank on non-purchases and on some purchases); an AnyList grocery list history
export (one row per item checked off, June 2023 to December 2024) with "Checked Off At" and "Added At" as "3/14/24,
6:42 PM", List (Groceries, Costco, Target, Hardware), Item, Category (Produce, Dairy, Bakery, Meat & Seafood, Frozen,
Household, Pharmacy), Quantity as free text ("2", "1 lb", "3 cans", blank), "Added By" (Jamie, Chris), Recipe (the
recipe an item came from, mostly blank) and Note (mostly blank); a Splice sounds download history (one row per sample
downloaded, September 2022 to August 2024) with "Downloaded At" as "2023-11-02T21:14:33.000Z", "Sample Name" like
"SSL_DRM_kick_hard_04.wav" or "HHG_KEY_92_rhodes_chords_Cmin.wav" (a re-downloaded sample repeats its name with 0
credits), Pack, Genre (Hip Hop, House, Trap, Lo-Fi, Techno, Pop, Cinematic), Instrument (Drums, Bass, Synth, Vocals,
FX, Keys, Guitar), Type (One-Shot, Loop), BPM (blank for one-shots), Key as "C min" / "F# maj" (blank for drums, FX
and most one-shots), "Credits Used" (1, or 0 on a re-download), Liked (TRUE/FALSE) and Project (a DAW project name,
often blank); an Overwatch 2 match history from a stats tracker (one row per game, newest first, October 2023 to
September 2024) with "Played At" as "2024-03-14 21:05", Mode (Competitive Role Queue, Quick Play, Arcade), Map, Role
(Tank, Damage, Support), Hero ("Reinhardt", "D.Va", "Soldier: 76", "Lúcio", ...), Result (Victory, Defeat, Draw),
Eliminations, Deaths, "Damage Dealt", "Healing Done" (0 for most damage heroes), "Time Played" as "m:ss", "Rank
After" ("Gold 2", "Platinum 5"; blank outside competitive) and "SR Change" (signed, blank outside competitive); a city
library's book challenge and reconsideration request log (2019-2024) with "Request ID" as "RCR-2021-014", "Date
Received" and "Decision Date" as "MM/DD/YYYY" (decision blank while Pending), Title, Author, Format (Book, eBook,
Audiobook, DVD, Magazine), Audience (Adult, Young Adult, Children), "Reason Cited" (one or several of "Sexual
content", "LGBTQ+ themes", "Profanity", "Violence", "Religious viewpoint", "Racism", "Drug use" separated by ";" or
"; "), "Requester Type" (Patron, Parent, Group, Staff), Decision (Retained, Relocated, Removed, Withdrawn by
Requester, Pending) and Branch; a HUD Point-in-Time count extract by Continuum of Care (2015-2024, one row per CoC per
year plus a "Total" row per year whose CoC Number and CoC Name are "Total" and State blank, adding up the CoCs) with
Year, "CoC Number" like "CA-600", "CoC Name", State, "Overall Homeless", "Sheltered Total", Unsheltered, "Emergency
Shelter", "Transitional Housing", "Chronically Homeless", Veterans, "Youth (under 25)" and Families (people in
families); in 2021 most CoCs skipped the unsheltered count, so Unsheltered is blank and Overall Homeless counts the
sheltered only; and a county housing authority's affordable rental housing inventory (one row per property) with
"Property Name", Address, City, "Units Total", "Affordable Units", "AMI Level" ("30%", "50%", "60%", "80%", "Mixed"),
Program (LIHTC, Section 8 Project-Based, HOME, Public Housing, Inclusionary), "Year Placed In Service",
"Affordability Expires" (a year, blank for public housing), "Bedrooms Mix" as "1BR;2BR;3BR" ("Studio" too), "Senior
Only" (Y/N), "Accessible Units" (blank for some) and "Waitlist Open" (Y/N). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _shares, _year
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", "+", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%+\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _top(scores: pd.Series, lowest: bool = False) -> str:
    """The label with the highest (or lowest) score (ties: first in label order)."""
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


def _named_any(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Any one of the labels (the picks of two readings, or a name and its code)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_named(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _weekday(value: Callable[[pd.DataFrame], str]) -> Check:
    """A weekday by name ("Saturday", "Saturdays", "Sat")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        name = value(df)
        if re.search(rf"\b{name[:3]}(?:{name[3:]})?s?\b", answer, re.IGNORECASE):
            return None
        return f"missing weekday {name}"

    return check


def _typical(values: Callable[[pd.Series], pd.Series], rel: float = 0.01) -> Check:
    """Mean or median of a series computed from the frame."""
    return either(
        _about(lambda df: float(values(df).mean()), rel=rel),
        _about(lambda df: float(values(df).median()), rel=rel),
    )


# --- 1. Grocy stock journal ----------------------------------------------------------------------------------------

# product: group, unit, home location, $ per unit, purchase amount range, shelf life in days (None: never expires)
_GR_PRODUCTS: dict[str, tuple[str, str, str, float, tuple[int, int], int | None, float]] = {
    "Milk (1 gal)": ("Dairy", "piece", "Fridge", 3.49, (1, 2), 10, 9),
    "Eggs (dozen)": ("Dairy", "pack", "Fridge", 3.20, (1, 2), 28, 8),
    "Greek Yogurt": ("Dairy", "g", "Fridge", 0.0085, (500, 1000), 21, 5),
    "Cheddar Cheese": ("Dairy", "g", "Fridge", 0.0110, (227, 454), 60, 4),
    "Bananas": ("Produce", "piece", "Pantry", 0.25, (5, 8), 6, 9),
    "Baby Spinach": ("Produce", "g", "Fridge", 0.0120, (142, 312), 7, 6),
    "Avocados": ("Produce", "piece", "Pantry", 1.10, (3, 6), 5, 5),
    "Strawberries": ("Produce", "g", "Fridge", 0.0090, (454, 908), 5, 5),
    "Rice": ("Pantry", "g", "Pantry", 0.0030, (2000, 5000), 700, 1.5),
    "Spaghetti": ("Pantry", "pack", "Pantry", 1.49, (2, 4), 500, 3),
    "Olive Oil": ("Pantry", "ml", "Pantry", 0.0180, (500, 1000), 540, 1.2),
    "Canned Tomatoes": ("Pantry", "piece", "Basement", 0.99, (4, 12), 720, 2.5),
    "Frozen Peas": ("Frozen", "g", "Freezer", 0.0050, (454, 907), 270, 2),
    "Ice Cream": ("Frozen", "ml", "Freezer", 0.0060, (1420, 1420), 180, 2),
    "Frozen Pizza": ("Frozen", "piece", "Freezer", 4.99, (1, 3), 200, 2.5),
    "Chicken Breast": ("Meat", "g", "Freezer", 0.0115, (900, 1800), 180, 4),
    "Ground Beef": ("Meat", "g", "Fridge", 0.0120, (454, 907), 4, 3),
    "Bacon": ("Meat", "pack", "Fridge", 5.99, (1, 2), 14, 2.5),
    "Paper Towels": ("Household", "piece", "Basement", 1.60, (6, 12), None, 1.2),
    "Dish Soap": ("Household", "ml", "Pantry", 0.0075, (500, 1000), None, 1),
    "Toilet Paper": ("Household", "piece", "Basement", 0.70, (12, 24), None, 1.2),
}
_GR_SPOIL = {"Produce": 0.2, "Dairy": 0.1, "Meat": 0.08, "Frozen": 0.03, "Pantry": 0.01, "Household": 0.0}
_GR_STORES = {"Aldi": 0.92, "Costco": 0.8, "Target": 1.08, "Farmers Market": 1.3}


def _grocy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25301)
    names = list(_GR_PRODUCTS)
    rows: list[dict[str, Any]] = []

    def row(t: pd.Timestamp, name: str, kind: str, amount: float, price: float | None, loc: str, bb: str, shop: str):
        group, unit = _GR_PRODUCTS[name][0], _GR_PRODUCTS[name][1]
        rows.append(
            {
                "Timestamp": f"{t:%Y-%m-%d %H:%M:%S}",
                "Product": name,
                "Product Group": group,
                "Transaction Type": kind,
                "Amount": amount,
                "Unit": unit,
                "Price": price,
                "Location": loc,
                "Best Before Date": bb,
                "Shopping Location": shop,
            }
        )

    for week in pd.date_range("2023-01-02", "2024-06-24", freq="7D"):
        for _trip in range(int(rng.choice([1, 1, 1, 2]))):
            when = week + pd.Timedelta(days=int(rng.integers(0, 7)), hours=int(rng.integers(9, 20)))
            when += pd.Timedelta(seconds=int(rng.integers(0, 3600)))
            store = _one(rng, list(_GR_STORES), [45, 15, 22, 10])
            pool = (
                [n for n in names if _GR_PRODUCTS[n][0] in ("Produce", "Dairy")] if store == "Farmers Market" else names
            )
            pw = [_GR_PRODUCTS[n][6] for n in pool]
            k = int(rng.integers(3, 9)) if store != "Costco" else int(rng.integers(5, 12))
            chosen = rng.choice(len(pool), size=min(k, len(pool)), replace=False, p=np.array(pw) / sum(pw))
            shown = "" if rng.random() < 0.09 else store
            for i in chosen:
                name = pool[int(i)]
                group, unit, loc, base, (lo, hi), life, _w = _GR_PRODUCTS[name]
                amount = int(rng.integers(lo, hi + 1)) * (2 if store == "Costco" else 1)
                price = base * _GR_STORES[store] * float(rng.uniform(0.9, 1.12))
                if name == "Eggs (dozen)" and when < pd.Timestamp("2023-04-01"):
                    price *= 1.6
                price = round(price, 4 if base < 0.1 else 2)
                t = when + pd.Timedelta(seconds=int(rng.integers(0, 300)))
                bb = "2999-12-31" if life is None else f"{t + pd.Timedelta(days=life):%Y-%m-%d}"
                row(t, name, "Purchase", amount, price, loc, bb, shown)
                left = amount
                cur = t
                spoil = rng.random() < _GR_SPOIL[group]
                parts = int(rng.integers(1, 4))
                span = life if life is not None else 60
                for p in range(parts):
                    if left <= 0:
                        break
                    take = (
                        left if (p == parts - 1 and not spoil) else max(1, round(left * float(rng.uniform(0.3, 0.7))))
                    )
                    cur = cur + pd.Timedelta(hours=float(rng.uniform(6, 24 * max(1, span / (parts + 1)))))
                    if cur > pd.Timestamp("2024-06-30 23:00"):
                        break
                    row(cur, name, "Consume", -take, None, loc, "", "")
                    left -= take
                if spoil and left > 0:
                    t2 = pd.Timestamp(bb) + pd.Timedelta(hours=float(rng.uniform(8, 96)))
                    if t2 <= pd.Timestamp("2024-06-30 23:00"):
                        row(t2, name, "Spoiled", -left, None, loc, "", "")
                if group == "Meat" and loc == "Fridge" and rng.random() < 0.25:
                    row(t + pd.Timedelta(hours=2), name, "Transfer", amount, None, "Freezer", "", "")
                if rng.random() < 0.03:
                    fix = int(rng.choice([-2, -1, 1, 2])) * (1 if unit in ("piece", "pack") else 50)
                    row(t + pd.Timedelta(days=3), name, "Inventory Correction", fix, None, loc, "", "")
    out = pd.DataFrame(rows)
    return out.sort_values("Timestamp", kind="stable").reset_index(drop=True)


def _gr_buys(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Transaction Type") == "Purchase"]


def _gr_spent(df: pd.DataFrame) -> pd.Series:
    buys = _gr_buys(df)
    return _num(buys, "Amount") * _num(buys, "Price")


def _gr_spoiled(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Transaction Type") == "Spoiled"]


_GR_QS = [
    Q(
        "how many times did something go bad",
        _count(lambda df: len(_gr_spoiled(df))),
        ("Transaction Type",),
    ),
    Q(
        "which product was it most often",
        _lead(_named(lambda df: _top(_gr_spoiled(df)["Product"].value_counts()))),
        ("Product", "Transaction Type"),
    ),
    Q(
        "how much have i spent on groceries in total",
        _amount(lambda df: float(_gr_spent(df).sum())),
        ("Amount", "Price", "Transaction Type"),
    ),
    Q(
        "which store do i spend the most money at",
        _lead(
            _named(
                lambda df: _top(
                    _gr_spent(df).groupby(_text(_gr_buys(df), "Shopping Location")).sum().drop("", errors="ignore")
                )
            )
        ),
        ("Shopping Location", "Amount", "Price", "Transaction Type"),
    ),
    Q(
        "how many purchases dont have a store filled in",
        _count(lambda df: int((_text(_gr_buys(df), "Shopping Location") == "").sum())),
        ("Shopping Location", "Transaction Type"),
    ),
    Q(
        "what do i usually pay for a dozen eggs",
        _typical(lambda df: _num(_gr_buys(df)[_text(_gr_buys(df), "Product") == "Eggs (dozen)"], "Price")),
        ("Price", "Product", "Transaction Type"),
    ),
]


# --- 2. AnyList list history ---------------------------------------------------------------------------------------

_AL_ITEMS: dict[str, list[tuple[str, str, list[str], float]]] = {
    "Groceries": [
        ("Bananas", "Produce", ["", "1 bunch", "6"], 9),
        ("Milk", "Dairy", ["", "1 gal", "2"], 8),
        ("Eggs", "Dairy", ["", "1 dozen", "2 dozen"], 7),
        ("Bread", "Bakery", ["", "1 loaf", "2"], 6.5),
        ("Spinach", "Produce", ["", "1 bag", "2 bags"], 4),
        ("Onions", "Produce", ["", "3", "2 lb"], 4),
        ("Garlic", "Produce", ["", "1 head"], 3),
        ("Apples", "Produce", ["", "6", "3 lb"], 5),
        ("Chicken thighs", "Meat & Seafood", ["", "2 lb", "1 pack"], 5),
        ("Ground turkey", "Meat & Seafood", ["", "1 lb", "2 lb"], 3),
        ("Salmon", "Meat & Seafood", ["", "1 lb", "2 fillets"], 2.5),
        ("Greek yogurt", "Dairy", ["", "2", "1 tub"], 4),
        ("Butter", "Dairy", ["", "1", "4 sticks"], 3),
        ("Shredded cheese", "Dairy", ["", "1 bag"], 3),
        ("Bagels", "Bakery", ["", "1 bag", "6"], 2.5),
        ("Tortillas", "Bakery", ["", "1 pack", "2 packs"], 3),
        ("Frozen peas", "Frozen", ["", "1 bag"], 1.5),
        ("Ice cream", "Frozen", ["", "1 pint", "2"], 2.5),
        ("Black beans", "Household", ["", "3 cans", "2 cans"], 0.0),
        ("Paper towels", "Household", ["", "1"], 1.5),
    ],
    "Costco": [
        ("Paper towels", "Household", ["", "1 pack"], 3),
        ("Toilet paper", "Household", ["", "1 pack"], 3),
        ("Eggs", "Dairy", ["", "5 dozen"], 3),
        ("Frozen berries", "Frozen", ["", "1 bag"], 2.5),
        ("Chicken breast", "Meat & Seafood", ["", "6 lb"], 2.5),
        ("Coffee beans", "Household", ["", "2 lb", "1 bag"], 2),
        ("Olive oil", "Household", ["", "1", "2 bottles"], 1),
        ("Dish soap", "Household", ["", "1"], 1),
    ],
    "Target": [
        ("Shampoo", "Pharmacy", ["", "1"], 2),
        ("Toothpaste", "Pharmacy", ["", "2", "1"], 2.5),
        ("Ibuprofen", "Pharmacy", ["", "1 bottle"], 1.5),
        ("Band-Aids", "Pharmacy", ["", "1 box"], 1),
        ("Trash bags", "Household", ["", "1 box"], 2),
        ("Laundry detergent", "Household", ["", "1"], 2),
        ("Sparkling water", "Household", ["", "2 cases", "12 cans"], 2.5),
    ],
    "Hardware": [
        ("Light bulbs", "Household", ["", "4", "2 packs"], 2),
        ("Furnace filter", "Household", ["", "1", "20x25x1"], 1.5),
        ("Duct tape", "Household", ["", "1 roll"], 1),
        ("Wood screws", "Household", ["", "1 box", "#8 x 2in"], 1),
        ("AA batteries", "Household", ["", "1 pack"], 1.5),
    ],
}
_AL_RECIPES: dict[str, list[tuple[str, str, str]]] = {
    "Chicken Tikka Masala": [
        ("Chicken thighs", "Meat & Seafood", "2 lb"),
        ("Greek yogurt", "Dairy", "1 cup"),
        ("Canned tomatoes", "Produce", "1 can"),
        ("Heavy cream", "Dairy", "1 pint"),
        ("Ginger", "Produce", "1 knob"),
    ],
    "Tacos": [
        ("Ground turkey", "Meat & Seafood", "1 lb"),
        ("Tortillas", "Bakery", "1 pack"),
        ("Avocados", "Produce", "3"),
        ("Limes", "Produce", "4"),
        ("Cilantro", "Produce", "1 bunch"),
        ("Shredded cheese", "Dairy", "1 bag"),
    ],
    "Banana Bread": [
        ("Bananas", "Produce", "4"),
        ("Walnuts", "Bakery", "1 cup"),
        ("Butter", "Dairy", "1 stick"),
    ],
    "Lasagna": [
        ("Lasagna noodles", "Bakery", "1 box"),
        ("Ricotta", "Dairy", "15 oz"),
        ("Mozzarella", "Dairy", "1 lb"),
        ("Marinara", "Household", "2 jars"),
        ("Ground turkey", "Meat & Seafood", "1 lb"),
    ],
    "Pad Thai": [
        ("Rice noodles", "Bakery", "1 pack"),
        ("Shrimp", "Meat & Seafood", "1 lb"),
        ("Bean sprouts", "Produce", "1 bag"),
        ("Limes", "Produce", "2"),
    ],
}
_AL_NOTES = ["organic if on sale", "the big one", "NOT the store brand", "ripe ones", "check expiry", "for Sat"]


def _al_stamp(t: pd.Timestamp) -> str:
    hour = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t:%y}, {hour}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def _anylist_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25302)
    rows: list[dict[str, Any]] = []
    day_w = [9, 8, 9, 10, 11, 30, 21]
    recipes = list(_AL_RECIPES)
    for day in pd.date_range("2023-06-01", "2024-12-31", freq="D"):
        if rng.random() > 0.32 * day_w[day.day_of_week] / 14:
            continue
        lst = _one(rng, list(_AL_ITEMS), [62, 15, 14, 9])
        hour = int(_one(rng, [9, 10, 11, 12, 14, 16, 17, 18, 19], [8, 10, 9, 6, 6, 7, 9, 8, 4]))
        start = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
        items = _AL_ITEMS[lst]
        w = np.array([it[3] for it in items], dtype=float)
        w = w / w.sum()
        k = int(rng.integers(2, 7 if lst != "Groceries" else 13))
        picks = [items[int(i)] for i in rng.choice(len(items), size=min(k, int((w > 0).sum())), replace=False, p=w)]
        entries: list[tuple[str, str, str, str]] = [(n, c, _one(rng, q), "") for n, c, q, _w in picks]
        if lst == "Groceries" and rng.random() < 0.3:
            rec = _one(rng, recipes, [5, 7, 3, 4, 2.5])
            entries += [(n, c, q, rec) for n, c, q in _AL_RECIPES[rec] if rng.random() < 0.85]
        t = start
        for name, cat, qty, rec in entries:
            t = t + pd.Timedelta(seconds=int(rng.integers(20, 240)))
            lag = pd.Timedelta(hours=float(rng.gamma(1.3, 40 if lst != "Hardware" else 110)))
            added = t - lag
            if rec:
                added = start - pd.Timedelta(hours=float(rng.uniform(20, 60)))
            rows.append(
                {
                    "Checked Off At": _al_stamp(t),
                    "List": lst,
                    "Item": name,
                    "Category": cat,
                    "Quantity": qty,
                    "Added By": _one(rng, ["Jamie", "Chris"], [60, 40] if lst != "Hardware" else [25, 75]),
                    "Added At": _al_stamp(added),
                    "Recipe": rec,
                    "Note": _one(rng, _AL_NOTES) if rng.random() < 0.06 else "",
                }
            )
    return pd.DataFrame(rows)


def _al_when(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(df[col], format="%m/%d/%y, %I:%M %p")


def _al_lag_days(df: pd.DataFrame) -> pd.Series:
    return (_al_when(df, "Checked Off At") - _al_when(df, "Added At")).dt.total_seconds() / 86400


_AL_QS = [
    Q(
        "how many items did jamie add and how many did chris",
        _count(lambda df: [int((_text(df, "Added By") == p).sum()) for p in ("Jamie", "Chris")]),
        ("Added By",),
    ),
    Q(
        "what do we buy most often",
        _lead(_named(lambda df: _top(_text(df, "Item").value_counts()))),
        ("Item",),
    ),
    Q(
        "how much of our stuff came from a recipe",
        _share(lambda df: float((_text(df, "Recipe") != "").mean())),
        ("Recipe",),
    ),
    Q(
        "which recipe do we shop for the most",
        _lead(_named(lambda df: _top(_text(df, "Recipe").replace("", pd.NA).dropna().value_counts()))),
        ("Recipe",),
    ),
    Q(
        "how long do things usually sit on the list before getting checked off",
        either(
            _typical(_al_lag_days),
            _typical(lambda df: 24 * _al_lag_days(df)),
        ),
        ("Added At", "Checked Off At"),
    ),
    Q(
        "what day of the week do we do the most shopping",
        _lead(_weekday(lambda df: _top(_al_when(df, "Checked Off At").dt.day_name().value_counts()))),
        ("Checked Off At",),
    ),
]


# --- 3. Splice download history ------------------------------------------------------------------------------------

_SP_PACKS: dict[str, list[tuple[str, str, float]]] = {
    "Hip Hop": [
        ("Soul Sample Lab", "SSL", 6),
        ("Boom Bap Essentials Vol. 3", "BBE", 4),
        ("Hip Hop Gold Keys", "HHG", 3),
    ],
    "Trap": [("808 Mafia Vault", "EMV", 5), ("Dark Trap Melodies", "DTM", 3.5), ("Trap Drums 2024", "TD4", 2.5)],
    "Lo-Fi": [("Dusty Cassette Lo-Fi", "DCL", 5), ("Rainy Day Lo-Fi Keys", "RDK", 3)],
    "House": [("Deep House Grooves", "DHG", 4), ("Piano House Anthems", "PHA", 2.5)],
    "Techno": [("Warehouse Techno Tools", "WTT", 3)],
    "Pop": [("Bedroom Pop Toolkit", "BPT", 2.5), ("Top-Line Vocal Chops", "TVC", 2)],
    "Cinematic": [("Epic Trailer Hits", "ETH", 3)],
}
_SP_GENRE_W = {"Hip Hop": 26, "Trap": 21, "Lo-Fi": 18, "House": 14, "Techno": 8, "Pop": 8, "Cinematic": 6}
_SP_BPM = {
    "Hip Hop": (84, 98),
    "Trap": (130, 160),
    "Lo-Fi": (70, 90),
    "House": (120, 126),
    "Techno": (126, 136),
    "Pop": (96, 124),
    "Cinematic": (60, 120),
}
# instrument: code, weight, share of one-shots, like rate, sound words
_SP_INSTR: dict[str, tuple[str, float, float, float, list[str]]] = {
    "Drums": ("DRM", 35, 0.6, 0.19, ["kick_hard", "snare_crack", "hat_closed", "perc_loop", "drum_break", "clap"]),
    "Bass": ("BAS", 12, 0.35, 0.24, ["808_long", "sub_slide", "bassline", "reese"]),
    "Synth": ("SYN", 14, 0.3, 0.29, ["pluck", "pad_wide", "arp", "lead_saw"]),
    "Vocals": ("VOX", 12, 0.35, 0.46, ["chop", "adlib_yeah", "hook_female", "phrase"]),
    "FX": ("FX", 10, 0.7, 0.1, ["riser", "impact", "vinyl_crackle", "sweep"]),
    "Keys": ("KEY", 10, 0.25, 0.36, ["rhodes_chords", "piano_melody", "organ", "epiano"]),
    "Guitar": ("GTR", 7, 0.3, 0.33, ["nylon_riff", "clean_strum", "wah_lick"]),
}
_SP_KEYS = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]


def _splice_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25303)
    rows: list[dict[str, Any]] = []
    seen: list[dict[str, Any]] = []
    projects = [f"beat_{i:04d}" for i in rng.integers(100, 1300, 22)] + [
        "Summer EP - track 3",
        "untitled 7",
        "collab w dre",
        "lofi tape vol2",
        "remix contest",
    ]
    start, end = pd.Timestamp("2022-09-01"), pd.Timestamp("2024-08-31")
    stamps = sorted(start + pd.Timedelta(seconds=float(s)) for s in rng.uniform(0, (end - start).total_seconds(), 1400))
    genres = list(_SP_GENRE_W)
    instruments = list(_SP_INSTR)
    for t in stamps:
        if seen and rng.random() < 0.06:
            again = dict(_one(rng, seen))
            again["Downloaded At"] = f"{t:%Y-%m-%dT%H:%M:%S}.000Z"
            again["Credits Used"] = 0
            rows.append(again)
            continue
        genre = _one(rng, genres, list(_SP_GENRE_W.values()))
        packs = _SP_PACKS[genre]
        pack, code, _w = _one(rng, packs, [p[2] for p in packs])
        instr = _one(rng, instruments, [v[1] for v in _SP_INSTR.values()])
        icode, _iw, one_shot_share, like, sounds = _SP_INSTR[instr]
        one_shot = rng.random() < one_shot_share
        sound = _one(rng, sounds)
        bpm: int | None = None if one_shot else int(rng.integers(_SP_BPM[genre][0], _SP_BPM[genre][1] + 1))
        key = ""
        if instr not in ("Drums", "FX") and (not one_shot or rng.random() < 0.4):
            key = f"{_one(rng, _SP_KEYS)} {_one(rng, ['min', 'maj'], [65, 35])}"
        tail = key.replace(" min", "min").replace(" maj", "").replace("#", "s") if key else ""
        parts = [code, icode] + ([str(bpm)] if bpm else []) + [sound] + ([tail] if tail else [])
        if not tail:
            parts.append(f"{int(rng.integers(1, 30)):02d}")
        item = {
            "Downloaded At": f"{t:%Y-%m-%dT%H:%M:%S}.000Z",
            "Sample Name": "_".join(parts) + ".wav",
            "Pack": pack,
            "Genre": genre,
            "Instrument": instr,
            "Type": "One-Shot" if one_shot else "Loop",
            "BPM": bpm,
            "Key": key,
            "Credits Used": 1,
            "Liked": bool(rng.random() < like),
            "Project": _one(rng, projects) if rng.random() < 0.45 else "",
        }
        rows.append(item)
        seen.append(item)
    out = pd.DataFrame(rows)
    out["BPM"] = out["BPM"].astype("Int64")
    out["Liked"] = out["Liked"].map({True: "TRUE", False: "FALSE"})
    return out


def _sp_liked(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Liked").str.upper() == "TRUE"


def _sp_top_genre(df: pd.DataFrame) -> str:
    return _top(_text(df, "Genre").value_counts())


_SP_QS = [
    Q(
        "how many credits have i used so far",
        _count(lambda df: int(_num(df, "Credits Used").sum())),
        ("Credits Used",),
    ),
    Q(
        "whats the average tempo of the loops i grab",
        _typical(lambda df: _num(df[_text(df, "Type") == "Loop"], "BPM").dropna()),
        ("BPM", "Type"),
    ),
    Q(
        "which genre do i download the most",
        _lead(_named(_sp_top_genre)),
        ("Genre",),
    ),
    Q(
        "and which pack in that genre",
        _lead(_named(lambda df: _top(_text(df[_text(df, "Genre") == _sp_top_genre(df)], "Pack").value_counts()))),
        ("Pack", "Genre"),
    ),
    Q(
        "what percent of my downloads did i like",
        _share(lambda df: float(_sp_liked(df).mean())),
        ("Liked",),
    ),
    Q(
        "which kind of instrument do i end up liking most often",
        _lead(_named(lambda df: _top(_sp_liked(df).groupby(_text(df, "Instrument")).mean()))),
        ("Instrument", "Liked"),
    ),
]


# --- 4. Overwatch 2 match history ----------------------------------------------------------------------------------

_OW_HEROES: dict[str, list[tuple[str, float, float]]] = {
    # hero: weight, win rate
    "Tank": [("Reinhardt", 5, 0.5), ("D.Va", 4, 0.48), ("Winston", 2, 0.46), ("Zarya", 2, 0.5)],
    "Damage": [("Cassidy", 5, 0.47), ("Soldier: 76", 4, 0.5), ("Tracer", 3, 0.44), ("Sojourn", 3, 0.49)],
    "Support": [("Kiriko", 6, 0.61), ("Ana", 5, 0.51), ("Mercy", 3, 0.5), ("Lúcio", 3, 0.47)],
}
_OW_MAPS = [
    "King's Row",
    "Ilios",
    "Route 66",
    "Numbani",
    "Lijiang Tower",
    "Dorado",
    "Midtown",
    "Colosseo",
    "Circuit Royal",
    "Eichenwalde",
    "Oasis",
    "Busan",
    "New Queen Street",
    "Shambali Monastery",
]
_OW_TIERS = ["Bronze", "Silver", "Gold", "Platinum", "Diamond", "Master"]


def _ow_rank(sr: float) -> str:
    tier = int(np.clip((sr - 1000) // 500, 0, len(_OW_TIERS) - 1))
    division = 5 - int(np.clip(((sr - 1000) % 500) // 100, 0, 4))
    return f"{_OW_TIERS[tier]} {division}"


def _overwatch_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25304)
    rows: list[dict[str, Any]] = []
    sr = 2160.0
    t = pd.Timestamp("2023-10-03 19:00")
    roles = list(_OW_HEROES)
    while t < pd.Timestamp("2024-09-28"):
        if rng.random() < 0.12:
            t += pd.Timedelta(days=int(rng.integers(1, 5)), hours=float(rng.uniform(-2, 2)))
        t += pd.Timedelta(minutes=float(rng.uniform(14, 26)))
        if t.hour < 16 and t.day_of_week < 5:
            t = t.normalize() + pd.Timedelta(hours=19, minutes=int(rng.integers(0, 50)))
        if t.hour >= 1 and t.hour < 9:
            t = t.normalize() + pd.Timedelta(days=1, hours=19, minutes=int(rng.integers(0, 50)))
        if rng.random() < 0.03:
            t += pd.Timedelta(days=int(rng.integers(2, 6)))
        mode = _one(rng, ["Competitive Role Queue", "Quick Play", "Arcade"], [45, 45, 10])
        role = _one(rng, roles, [20, 35, 45])
        heroes = _OW_HEROES[role]
        hero, _w, wr = _one(rng, heroes, [h[1] for h in heroes])
        u = rng.random()
        result = "Draw" if u < 0.03 else ("Victory" if u < 0.03 + 0.97 * wr else "Defeat")
        seconds = int(rng.uniform(420, 1260))
        minutes = seconds / 60
        won = result == "Victory"
        elim_rate = {"Tank": 1.55, "Damage": 1.75, "Support": 0.85}[role] * (1.15 if won else 0.9)
        elims = int(rng.poisson(elim_rate * minutes))
        deaths = int(
            rng.poisson({"Tank": 0.62, "Damage": 0.72, "Support": 0.48}[role] * minutes * (0.8 if won else 1.2))
        )
        dmg_rate = {"Tank": 780, "Damage": 860, "Support": 330}[role]
        damage = int(max(0, minutes * dmg_rate * rng.normal(1, 0.18) + 180 * (elims - elim_rate * minutes)))
        heal_rate = {"Kiriko": 720, "Ana": 820, "Mercy": 920, "Lúcio": 650, "Soldier: 76": 60, "Zarya": 0}
        healing = int(max(0, minutes * heal_rate.get(hero, 0) * rng.normal(1, 0.15)))
        rank = ""
        change: int | None = None
        if mode == "Competitive Role Queue":
            change = 0 if result == "Draw" else round(float(rng.normal(23, 4) if won else -rng.normal(21, 4)))
            sr += change
            rank = _ow_rank(sr)
        rows.append(
            {
                "Played At": f"{t:%Y-%m-%d %H:%M}",
                "Mode": mode,
                "Map": _one(rng, _OW_MAPS),
                "Role": role,
                "Hero": hero,
                "Result": result,
                "Eliminations": elims,
                "Deaths": deaths,
                "Damage Dealt": damage,
                "Healing Done": healing,
                "Time Played": f"{seconds // 60}:{seconds % 60:02d}",
                "Rank After": rank,
                "SR Change": "" if change is None else f"{change:+d}",
            }
        )
    return pd.DataFrame(rows[::-1])


def _ow_seconds(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Time Played").str.split(":", expand=True)
    return parts[0].astype(int) * 60 + parts[1].astype(int)


def _ow_best_hero(df: pd.DataFrame) -> str:
    won = _text(df, "Result") == "Victory"
    g = won.groupby(_text(df, "Hero")).agg(["mean", "size"])
    return _top(g.loc[g["size"] >= 20, "mean"])


def _ow_last_rank(df: pd.DataFrame) -> str:
    comp = df[_text(df, "Rank After") != ""]
    when = pd.to_datetime(comp["Played At"])
    return str(comp.loc[when.idxmax(), "Rank After"])


_OW_QS = [
    Q(
        "whats my overall win rate",
        either(
            _share(lambda df: float((_text(df, "Result") == "Victory").mean())),
            _share(
                lambda df: float(
                    (_text(df, "Result") == "Victory").sum() / _text(df, "Result").isin(["Victory", "Defeat"]).sum()
                )
            ),
        ),
        ("Result",),
    ),
    Q(
        "who's my best hero by win rate, only counting heroes with 20+ games",
        _lead(_named(_ow_best_hero)),
        ("Hero", "Result"),
    ),
    Q(
        "how many deaths do i average per game on tank compared to support",
        _about(lambda df: [float(df.loc[_text(df, "Role") == r, "Deaths"].mean()) for r in ("Tank", "Support")]),
        ("Deaths", "Role"),
    ),
    Q(
        "how much time have i put in total",
        either(
            _about(lambda df: float(_ow_seconds(df).sum()) / 3600, rel=0.01),
            _about(lambda df: float(_ow_seconds(df).sum()) / 60, rel=0.005),
        ),
        ("Time Played",),
    ),
    Q(
        "what rank am i now",
        _named(_ow_last_rank),
        ("Rank After", "Played At"),
    ),
    Q(
        "do i get more elims when i do more damage? how strong is that",
        _corr(lambda df: _num(df, "Damage Dealt"), lambda df: _num(df, "Eliminations")),
        ("Damage Dealt", "Eliminations"),
    ),
]


# --- 5. Library challenge log --------------------------------------------------------------------------------------

# title, author, audience, format weights, weight, reasons (with weights)
_LB_TITLES: list[tuple[str, str, str, float, list[str]]] = [
    ("Gender Queer", "Maia Kobabe", "Young Adult", 14, ["Sexual content", "LGBTQ+ themes"]),
    ("All Boys Aren't Blue", "George M. Johnson", "Young Adult", 11, ["LGBTQ+ themes", "Sexual content", "Profanity"]),
    ("The Bluest Eye", "Toni Morrison", "Adult", 8, ["Sexual content", "Violence"]),
    ("Lawn Boy", "Jonathan Evison", "Young Adult", 7, ["Sexual content", "LGBTQ+ themes", "Profanity"]),
    ("The Perks of Being a Wallflower", "Stephen Chbosky", "Young Adult", 6, ["Sexual content", "Drug use"]),
    ("Looking for Alaska", "John Green", "Young Adult", 5, ["Sexual content", "Profanity"]),
    ("The Hate U Give", "Angie Thomas", "Young Adult", 5, ["Profanity", "Violence", "Racism"]),
    ("Thirteen Reasons Why", "Jay Asher", "Young Adult", 4, ["Violence", "Sexual content"]),
    ("And Tango Makes Three", "Justin Richardson", "Children", 6, ["LGBTQ+ themes", "Religious viewpoint"]),
    ("Heather Has Two Mommies", "Leslea Newman", "Children", 3, ["LGBTQ+ themes"]),
    ("Captain Underpants", "Dav Pilkey", "Children", 3, ["Profanity", "Violence"]),
    ("Harry Potter and the Sorcerer's Stone", "J.K. Rowling", "Children", 3, ["Religious viewpoint"]),
    ("This Book Is Gay", "Juno Dawson", "Young Adult", 5, ["LGBTQ+ themes", "Sexual content"]),
    ("Flamer", "Mike Curato", "Young Adult", 4, ["LGBTQ+ themes", "Sexual content"]),
    ("Beloved", "Toni Morrison", "Adult", 3, ["Violence", "Sexual content"]),
    ("The Handmaid's Tale", "Margaret Atwood", "Adult", 3, ["Sexual content", "Religious viewpoint"]),
    ("Fifty Shades of Grey", "E.L. James", "Adult", 3, ["Sexual content"]),
    ("A Court of Mist and Fury", "Sarah J. Maas", "Young Adult", 3, ["Sexual content"]),
    ("Drama", "Raina Telgemeier", "Children", 2.5, ["LGBTQ+ themes"]),
    ("Out of Darkness", "Ashley Hope Perez", "Young Adult", 3, ["Sexual content", "Violence", "Racism"]),
    ("Stamped", "Jason Reynolds", "Young Adult", 2.5, ["Racism", "Religious viewpoint"]),
    ("The Kite Runner", "Khaled Hosseini", "Adult", 2, ["Violence", "Sexual content"]),
    ("Tricks", "Ellen Hopkins", "Young Adult", 2.5, ["Sexual content", "Drug use"]),
    ("Me and Earl and the Dying Girl", "Jesse Andrews", "Young Adult", 2, ["Profanity", "Sexual content"]),
    ("It's Perfectly Normal", "Robie H. Harris", "Children", 3, ["Sexual content"]),
    ("Rolling Stone", "Various", "Adult", 1.5, ["Sexual content", "Drug use"]),
    ("Cuties", "Maïmouna Doucouré", "Adult", 1.5, ["Sexual content"]),
    ("Sex Is a Funny Word", "Cory Silverberg", "Children", 2, ["Sexual content", "LGBTQ+ themes"]),
]
_LB_BRANCHES = ["Central", "Eastside", "Northgate", "Riverside", "Westview"]
_LB_RATES = {
    # requester: (Retained, Relocated, Removed, Withdrawn by Requester)
    "Patron": (0.68, 0.15, 0.07, 0.10),
    "Parent": (0.55, 0.2, 0.15, 0.10),
    "Group": (0.74, 0.14, 0.05, 0.07),
    "Staff": (0.5, 0.3, 0.18, 0.02),
}


def _library_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25305)
    rows: list[dict[str, Any]] = []
    per_year = {2019: 22, 2020: 18, 2021: 49, 2022: 96, 2023: 118, 2024: 84}
    for year, n in per_year.items():
        days = sorted(rng.integers(0, 366 if year % 4 == 0 else 365, n))
        for i, d in enumerate(days, start=1):
            got = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(d))
            title, author, audience, _w, reasons = _one(rng, _LB_TITLES, [x[3] for x in _LB_TITLES])
            fmt = "DVD" if title == "Cuties" else "Magazine" if title == "Rolling Stone" else None
            fmt = fmt or _one(rng, ["Book", "eBook", "Audiobook"], [80, 12, 8])
            k = int(rng.integers(1, len(reasons) + 1))
            cited = [str(r) for r in rng.choice(reasons, size=k, replace=False)]
            if rng.random() < 0.08:
                cited.append(_one(rng, ["Profanity", "Violence", "Religious viewpoint"]))
            cited = list(dict.fromkeys(cited))
            sep = "; " if rng.random() < 0.4 else ";"
            who = _one(rng, list(_LB_RATES), [40, 38, 17, 5] if year >= 2021 else [55, 38, 3, 4])
            lag = int(rng.gamma(3, 15)) + 7
            decided = got + pd.Timedelta(days=lag)
            if decided > pd.Timestamp("2024-12-31"):
                decision, when = "Pending", ""
            else:
                decision = _one(rng, ["Retained", "Relocated", "Removed", "Withdrawn by Requester"], _LB_RATES[who])
                when = f"{decided:%m/%d/%Y}"
            rows.append(
                {
                    "Request ID": f"RCR-{year}-{i:03d}",
                    "Date Received": f"{got:%m/%d/%Y}",
                    "Title": title,
                    "Author": author,
                    "Format": fmt,
                    "Audience": audience,
                    "Reason Cited": sep.join(cited),
                    "Requester Type": who,
                    "Decision": decision,
                    "Decision Date": when,
                    "Branch": _one(rng, _LB_BRANCHES, [30, 20, 22, 15, 13]),
                }
            )
    return pd.DataFrame(rows)


def _lb_removed_share(df: pd.DataFrame, skip: tuple[str, ...]) -> float:
    d = _text(df, "Decision")
    d = d[~d.isin(skip)]
    return float((d == "Removed").mean())


def _lb_removed_by(skip: tuple[str, ...]) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        keep = ~_text(df, "Decision").isin(skip)
        d = df[keep]
        return [_lb_removed_share(d[_text(d, "Requester Type") == who], ()) for who in ("Parent", "Group")]

    return values


def _lb_days(df: pd.DataFrame) -> pd.Series:
    got = pd.to_datetime(df["Date Received"], format="%m/%d/%Y")
    done = pd.to_datetime(df["Decision Date"], format="%m/%d/%Y", errors="coerce")
    return (done - got).dt.days.dropna()


_LB_QS = [
    Q(
        "which year had the most challenges",
        _lead(
            _year(
                lambda df: int(pd.to_datetime(df["Date Received"], format="%m/%d/%Y").dt.year.value_counts().idxmax())
            )
        ),
        ("Date Received",),
    ),
    Q(
        "how many challenges mention lgbtq themes",
        _count(lambda df: int(_text(df, "Reason Cited").str.contains("LGBTQ", regex=False).sum())),
        ("Reason Cited",),
    ),
    Q(
        "what percent ended with the book getting pulled",
        either(
            _share(lambda df: _lb_removed_share(df, ())),
            _share(lambda df: _lb_removed_share(df, ("Pending",))),
            _share(lambda df: _lb_removed_share(df, ("Pending", "Withdrawn by Requester"))),
        ),
        ("Decision",),
    ),
    Q(
        "which title got challenged the most",
        _lead(_named(lambda df: _top(_text(df, "Title").value_counts()))),
        ("Title",),
    ),
    Q(
        "how long does it usually take to reach a decision",
        _typical(_lb_days),
        ("Date Received", "Decision Date"),
    ),
    Q(
        "are challenges from parents more likely to get a book removed than ones from groups",
        either(
            _shares(_lb_removed_by(())),
            _shares(_lb_removed_by(("Pending",))),
            _shares(_lb_removed_by(("Pending", "Withdrawn by Requester"))),
        ),
        ("Requester Type", "Decision"),
    ),
]


# --- 6. HUD Point-in-Time count by CoC -----------------------------------------------------------------------------

# CoC number, name, 2015 overall, yearly growth, unsheltered share
_PIT_COCS: list[tuple[str, str, int, float, float]] = [
    ("CA-600", "Los Angeles City & County CoC", 41200, 0.055, 0.72),
    ("NY-600", "New York City CoC", 75300, 0.035, 0.05),
    ("WA-500", "Seattle/King County CoC", 10100, 0.04, 0.47),
    ("CA-501", "San Francisco CoC", 6700, 0.02, 0.57),
    ("CA-500", "San Jose/Santa Clara City & County CoC", 6500, 0.03, 0.72),
    ("CA-502", "Oakland, Berkeley/Alameda County CoC", 4000, 0.09, 0.7),
    ("CA-601", "San Diego City and County CoC", 8700, 0.01, 0.5),
    ("CA-602", "Santa Ana, Anaheim/Orange County CoC", 4450, 0.03, 0.52),
    ("CA-606", "Long Beach CoC", 2350, 0.06, 0.62),
    ("CA-503", "Sacramento City & County CoC", 2650, 0.11, 0.65),
    ("OR-501", "Portland, Gresham/Multnomah County CoC", 3800, 0.04, 0.5),
    ("NV-500", "Las Vegas/Clark County CoC", 7500, -0.01, 0.45),
    ("AZ-502", "Phoenix, Mesa/Maricopa County Regional CoC", 5650, 0.07, 0.45),
    ("CO-503", "Metropolitan Denver CoC", 6100, 0.05, 0.25),
    ("TX-700", "Houston, Pasadena, Conroe/Harris, Ft. Bend, Montgomery Counties CoC", 4600, -0.03, 0.35),
    ("TX-600", "Dallas City & County, Irving CoC", 3150, 0.02, 0.3),
    ("TX-503", "Austin/Travis County CoC", 1900, 0.06, 0.4),
    ("FL-600", "Miami-Dade County CoC", 4150, -0.02, 0.25),
    ("FL-507", "Orlando/Orange, Osceola, Seminole Counties CoC", 1900, 0.0, 0.3),
    ("GA-500", "Atlanta CoC", 4300, -0.02, 0.2),
    ("IL-510", "Chicago CoC", 6800, -0.01, 0.2),
    ("MA-500", "Boston CoC", 7650, 0.0, 0.02),
    ("DC-500", "District of Columbia CoC", 8350, -0.04, 0.08),
    ("PA-500", "Philadelphia CoC", 5700, -0.01, 0.14),
    ("MN-500", "Minneapolis/Hennepin County CoC", 3100, 0.0, 0.15),
    ("MI-501", "Detroit CoC", 2700, -0.03, 0.06),
    ("OH-503", "Columbus/Franklin County CoC", 1700, 0.03, 0.12),
    ("TN-504", "Nashville-Davidson County CoC", 2300, 0.01, 0.25),
    ("NC-505", "Charlotte/Mecklenburg County CoC", 1900, 0.02, 0.15),
    ("HI-501", "Honolulu City and County CoC", 4950, -0.01, 0.4),
    ("MO-501", "St. Louis City CoC", 1350, -0.02, 0.12),
    ("LA-503", "New Orleans/Jefferson Parish CoC", 1700, -0.04, 0.3),
    ("UT-500", "Salt Lake City & County CoC", 2050, 0.02, 0.13),
    ("NM-500", "Albuquerque CoC", 1450, 0.06, 0.3),
    ("WA-504", "Everett/Snohomish County CoC", 1050, 0.04, 0.45),
    ("MD-501", "Baltimore CoC", 2700, -0.03, 0.15),
    ("NJ-510", "Jersey City, Bayonne/Hudson County CoC", 1050, 0.0, 0.1),
    ("KY-502", "Louisville-Jefferson County CoC", 1500, -0.02, 0.12),
]
_PIT_COLS = [
    "Year",
    "CoC Number",
    "CoC Name",
    "State",
    "Overall Homeless",
    "Sheltered Total",
    "Unsheltered",
    "Emergency Shelter",
    "Transitional Housing",
    "Chronically Homeless",
    "Veterans",
    "Youth (under 25)",
    "Families",
]


def _pit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25306)
    rows: list[dict[str, Any]] = []
    levels = {c[0]: float(c[2]) for c in _PIT_COCS}
    for year in range(2015, 2025):
        block: list[dict[str, Any]] = []
        for number, name, _base, growth, unshel in _PIT_COCS:
            if year > 2015:
                g = growth + rng.normal(0, 0.04) + (0.12 if year == 2023 and number == "NY-600" else 0)
                g += 0.2 if year == 2024 and number in ("NY-600", "IL-510", "MA-500", "CO-503") else 0
                levels[number] *= 1 + g
            overall = int(levels[number])
            share = float(np.clip(unshel + rng.normal(0, 0.03), 0.01, 0.9))
            unsheltered: int | None = int(overall * share)
            sheltered = overall - int(unsheltered or 0)
            th = int(sheltered * float(rng.uniform(0.08, 0.3)))
            es = sheltered - th - int(rng.integers(0, 30))
            if year == 2021 and rng.random() < 0.7:
                unsheltered = None
                overall = sheltered
            block.append(
                {
                    "Year": year,
                    "CoC Number": number,
                    "CoC Name": name,
                    "State": number[:2],
                    "Overall Homeless": overall,
                    "Sheltered Total": sheltered,
                    "Unsheltered": unsheltered,
                    "Emergency Shelter": es,
                    "Transitional Housing": th,
                    "Chronically Homeless": int(overall * float(rng.uniform(0.15, 0.38)) * (0.7 + share / 2)),
                    "Veterans": int(overall * float(rng.uniform(0.04, 0.09))),
                    "Youth (under 25)": int(overall * float(rng.uniform(0.06, 0.12))),
                    "Families": int(sheltered * float(rng.uniform(0.2, 0.6))),
                }
            )
        part = pd.DataFrame(block)
        total: dict[str, Any] = {"Year": year, "CoC Number": "Total", "CoC Name": "Total", "State": ""}
        for col in _PIT_COLS[4:]:
            total[col] = int(part[col].sum(skipna=True))
        rows += block
        rows.append(total)
    out = pd.DataFrame(rows, columns=_PIT_COLS)
    out["Unsheltered"] = out["Unsheltered"].astype("Int64")
    return out


def _pit_cocs(df: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    d = df[_text(df, "CoC Number") != "Total"]
    return d if year is None else d[d["Year"] == year]


def _pit_yearly(df: pd.DataFrame) -> pd.Series:
    return _pit_cocs(df).groupby("Year")["Overall Homeless"].sum()


def _pit_top_2024(df: pd.DataFrame) -> list[str]:
    d = _pit_cocs(df, 2024)
    row = d.loc[d["Overall Homeless"].idxmax()]
    return [str(row["CoC Name"]), str(row["CoC Number"])]


_PIT_QS = [
    Q(
        "how many homeless people were counted in 2024",
        _count(lambda df: int(_pit_yearly(df)[2024])),
        ("Overall Homeless", "Year"),
    ),
    Q(
        "which area had the most",
        _lead(_named_any(_pit_top_2024)),
        ("Overall Homeless", "CoC Name", "CoC Number", "Year"),
    ),
    Q(
        "what share of them were sleeping outside that year",
        _share(lambda df: float(_pit_cocs(df, 2024)["Unsheltered"].sum() / _pit_yearly(df)[2024])),
        ("Unsheltered", "Overall Homeless", "Year"),
    ),
    Q(
        "how much has the total changed since 2015",
        either(
            _pct(lambda df: float(_pit_yearly(df)[2024] / _pit_yearly(df)[2015] - 1)),
            _count(lambda df: int(_pit_yearly(df)[2024] - _pit_yearly(df)[2015])),
        ),
        ("Overall Homeless", "Year"),
    ),
    Q(
        "which year was the count lowest",
        either(
            _lead(_year(lambda df: int(_pit_yearly(df).idxmin()))),
            _lead(_year(lambda df: int(_pit_yearly(df).drop(2021).idxmin()))),
        ),
        ("Overall Homeless", "Year"),
    ),
    Q(
        "which state had the most homeless vets in 2024",
        _lead(_named(lambda df: _top(_pit_cocs(df, 2024).groupby("State")["Veterans"].sum()))),
        ("Veterans", "State", "Year"),
    ),
]


# --- 7. Affordable rental housing inventory ------------------------------------------------------------------------

_AH_CITIES = {"Riverton": 30, "Lakewood": 18, "Fairview": 14, "Oak Park": 11, "Millbrook": 9, "Harbor City": 8}
_AH_CITIES |= {"Glenview": 6, "Ashford": 4}
_AH_STREETS = ["Maple", "Cedar", "Oak", "Pine", "Elm", "Willow", "Birch", "Spruce", "Aspen", "Chestnut", "Walnut"]
_AH_STREETS += ["Magnolia", "Hawthorne", "Juniper", "Sycamore", "Laurel", "Linden", "Poplar", "Cypress", "Hickory"]
_AH_KINDS = ["Apartments", "Commons", "Place", "Terrace", "Village", "Court", "Gardens", "Flats", "Lofts", "Residences"]
# program: weight, (year lo, hi), affordable share range, AMI options and weights, years of affordability
_AH_PROGRAMS: dict[str, tuple[float, tuple[int, int], tuple[float, float], dict[str, float], int | None]] = {
    "LIHTC": (45, (1988, 2024), (0.85, 1.0), {"60%": 55, "50%": 20, "Mixed": 25}, 30),
    "Section 8 Project-Based": (18, (1972, 2010), (0.6, 1.0), {"50%": 50, "30%": 40, "Mixed": 10}, 20),
    "HOME": (12, (1995, 2023), (0.2, 0.6), {"50%": 45, "60%": 45, "Mixed": 10}, 20),
    "Public Housing": (12, (1952, 1988), (1.0, 1.0), {"30%": 100}, None),
    "Inclusionary": (13, (2005, 2024), (0.1, 0.2), {"80%": 55, "60%": 25, "50%": 20}, 55),
}


def _housing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25307)
    rows: list[dict[str, Any]] = []
    programs = list(_AH_PROGRAMS)
    cities = list(_AH_CITIES)
    for _i in range(470):
        program = _one(rng, programs, [p[0] for p in _AH_PROGRAMS.values()])
        _w, (ylo, yhi), (slo, shi), amis, term = _AH_PROGRAMS[program]
        senior = rng.random() < (0.3 if program in ("LIHTC", "Section 8 Project-Based") else 0.1)
        if program == "Inclusionary":
            total = int(rng.integers(60, 320))
        elif program == "Public Housing":
            total = int(rng.integers(20, 260))
        else:
            total = int(rng.integers(12 if program == "HOME" else 40, 240))
        if senior:
            total = max(20, int(total * 0.7))
        affordable = max(1, min(total, round(total * float(rng.uniform(slo, shi)))))
        placed = int(rng.integers(ylo, yhi + 1))
        expires: int | None = None
        if term is not None:
            expires = placed + term
            if program == "LIHTC" and rng.random() < 0.35:
                expires = placed + 55
            if program == "Section 8 Project-Based":
                expires = int(rng.integers(2025, 2046))
        rooms = (
            ["Studio", "1BR"] if senior else _one(rng, [["1BR", "2BR"], ["1BR", "2BR", "3BR"], ["2BR", "3BR", "4BR"]])
        )
        if not senior and rng.random() < 0.2:
            rooms = ["Studio", *rooms]
        street = _one(rng, _AH_STREETS)
        name = f"{street} {_one(rng, _AH_KINDS)}" + (" Senior Residences" if senior and rng.random() < 0.5 else "")
        accessible = max(0, round(affordable * float(rng.uniform(0.04, 0.12)) + (3 if senior else 0)))
        rows.append(
            {
                "Property Name": name,
                "Address": f"{int(rng.integers(100, 9900))} {street} {_one(rng, ['St', 'Ave', 'Blvd', 'Rd', 'Way'])}",
                "City": _one(rng, cities, list(_AH_CITIES.values())),
                "Units Total": total,
                "Affordable Units": affordable,
                "AMI Level": _one(rng, list(amis), list(amis.values())),
                "Program": program,
                "Year Placed In Service": placed,
                "Affordability Expires": expires,
                "Bedrooms Mix": ";".join(rooms),
                "Senior Only": "Y" if senior else "N",
                "Accessible Units": None if rng.random() < 0.08 else accessible,
                "Waitlist Open": "Y" if rng.random() < (0.28 if not senior else 0.15) else "N",
            }
        )
    out = pd.DataFrame(rows)
    out["Affordability Expires"] = out["Affordability Expires"].astype("Int64")
    out["Accessible Units"] = out["Accessible Units"].astype("Int64")
    return out


def _ah_expiring(df: pd.DataFrame, last: int) -> pd.DataFrame:
    return df[_num(df, "Affordability Expires") <= last]


def _ah_program_shares(pooled: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        out = []
        for program in ("LIHTC", "Inclusionary"):
            d = df[_text(df, "Program") == program]
            a, t = _num(d, "Affordable Units"), _num(d, "Units Total")
            out.append(float(a.sum() / t.sum()) if pooled else float((a / t).mean()))
        return out

    return values


_AH_QS = [
    Q(
        "how many affordable units are there altogether",
        _count(lambda df: int(_num(df, "Affordable Units").sum())),
        ("Affordable Units",),
    ),
    Q(
        "which city has the most",
        _lead(_named(lambda df: _top(_num(df, "Affordable Units").groupby(_text(df, "City")).sum()))),
        ("Affordable Units", "City"),
    ),
    Q(
        "how many properties lose their affordability before 2030",
        either(
            _count(lambda df: len(_ah_expiring(df, 2029))),
            _count(lambda df: len(_ah_expiring(df, 2030))),
        ),
        ("Affordability Expires", "Property Name"),
    ),
    Q(
        "and how many units is that",
        either(
            *[
                _count(lambda df, last=last, col=col: int(_num(_ah_expiring(df, last), col).sum()))
                for last in (2029, 2030)
                for col in ("Affordable Units", "Units Total")
            ]
        ),
        ("Affordability Expires", "Affordable Units", "Units Total", "Property Name"),
    ),
    Q(
        "what share of properties have their waitlist open",
        _share(lambda df: float((_text(df, "Waitlist Open").str.upper() == "Y").mean())),
        ("Waitlist Open",),
    ),
    Q(
        "what % of units are affordable in lihtc buildings vs inclusionary ones",
        either(_shares(_ah_program_shares(pooled=True)), _shares(_ah_program_shares(pooled=False))),
        ("Affordable Units", "Units Total", "Program"),
    ),
]


HELDOUT253: list[Dataset] = [
    Dataset("grocy_stock_journal", _grocy_frame, _GR_QS),
    Dataset("anylist_list_history", _anylist_frame, _AL_QS),
    Dataset("splice_download_history", _splice_frame, _SP_QS),
    Dataset("overwatch2_tracker_matches", _overwatch_frame, _OW_QS),
    Dataset("library_challenge_requests", _library_frame, _LB_QS),
    Dataset("hud_pit_counts_by_coc", _pit_frame, _PIT_QS),
    Dataset("affordable_rental_inventory", _housing_frame, _AH_QS),
]
