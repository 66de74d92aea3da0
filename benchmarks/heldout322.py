"""HELDOUT322: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of small public logs and catalogues a person is likely to bring along: a county
emergency management sandbag distribution log (one row per resident pick-up over the April-May 2023 flood, about 400
rows) with Date as "04/18/2023", Site names such as "Fire Station 12" and "Riverside Park Lot", Resident Name in
mixed case (a few upper-case, a few blank), Address Zip as five digits (some blank), Bags Filled and Bags Taken
counts (Bags Taken blank now and then), Sand Tons Delivered only on the first row of a site's day (blank otherwise),
Volunteer Hours, Flood Stage ft per day (the river gauge, the same on every row of a day) and a closing "TOTAL" row
that sums the bag, sand and hour columns; an amateur astronomer's observing log (2019-2024, about 700 rows, objects
repeated over the years) with Date as "2021-09-04", Object ("M31", "NGC 7000", "Saturn", "Albireo"), Catalog Messier
/ NGC or blank for planets and double stars, Type Galaxy / Nebula / Cluster / Planet / Double Star, Constellation,
Magnitude per object (a few blank), Telescope ('8" Dob', "80mm APO", "C8 SCT"), Eyepiece mm, Seeing and Transparency
from 1 to 5 and Sketched Y / N; a backyard bird feeder count sheet (November 2022 to April 2023, two count days a
week, one row per species seen on a count day at a feeder type) with Count Date as "11/12/2022", Species common
names, Max Count, Feeder Type Seed / Suet / Nectar, Snow Cover Y / N and Temp F per day (Temp F blank on some days)
and Observer Minutes; a rock and mineral collection catalogue (400 specimens) with Specimen # as "RM-0001", Mineral,
Locality, Country, Acquired Date written "2015-06-03", "Jun 2015" or just "1998", Acquired How Found / Bought /
Traded, Price Paid as "$45.00" (blank when found or traded), Weight g, Mohs Hardness as "6.5" or a range "5-5.5" and
Display Case "A1" ... "C4" (blank when in storage); a home baker's sourdough bake log (2020-2024, 320 bakes) with
Bake Date as "3/14/21", Flour g, Water g, Hydration % written "75%", Starter g, Salt g, Bulk Ferment Hours, Proof
Hours (a few blank), Oven Temp F (450, 475 or 500), Rating (1-10) and lower-case Crumb Notes ("open and glossy", "a
bit gummy", blank); a knitter's yarn stash inventory (360 rows) with Yarn Brand, Colorway, Fiber Wool / Cotton /
Acrylic / Blend, Weight Lace / Fingering / DK / Worsted / Bulky, Skeins (0.5 for a partial), Yards per Skein, Price
per Skein as "$12.50", Purchased At (shops, "Etsy", "Rhinebeck") and Reserved for Project (blank when free); and a
chili cook-off's judging sheet (60 entries, each scored by five judges, 300 rows) with Entry #, Team, Category Red /
Green / White / Vegetarian, Judge, Aroma, Color, Consistency, Taste and Aftertaste from 1 to 10, Total (their sum,
blank on a few rows where a judge did not add up) and People's Choice Votes per entry repeated on each judge's row.
All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, low: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending=low).index[0])


def _num(s: pd.Series) -> pd.Series:
    """Numbers out of text such as "$12.50", "75%" or "1,200" (blank stays NaN)."""
    return pd.to_numeric(s.astype(str).str.replace(r"[$,%\s]", "", regex=True), errors="coerce")


def _date_said(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A day, written "2023-04-18", "4/18/2023", "04/18/23", "April 18, 2023", "Apr 18" or "18 April 2023"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        month = f"{t:%B}|{t:%b}" + ("|Sept" if t.month == 9 else "")
        patterns = [
            rf"{t.year}-0?{t.month}-0?{t.day}(?!\d)",
            rf"(?<![\d/])0?{t.month}/0?{t.day}/(?:{t.year}|{t.year % 100:02d})(?!\d)",
            rf"\b(?:{month})\.?\s+0?{t.day}(?!\d)",
            rf"(?<!\d)0?{t.day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{month})\b",
        ]
        return None if any(re.search(p, answer, re.IGNORECASE) for p in patterns) else f"missing day {t:%Y-%m-%d}"

    return check


# --- 1. Sandbag distribution log ---------------------------------------------------------------------------------

_SB_SITES = ["Fire Station 12", "Riverside Park Lot", "County Fairgrounds", "Public Works Yard", "Millbrook Church"]
_SB_FIRST = "James;Mary;Robert;Patricia;John;Jennifer;Michael;Linda;David;Susan;Carlos;Maria;Kevin;Angela;Tom;Beth"
_SB_LAST = "Smith;Johnson;Miller;Davis;Garcia;Wilson;Moore;Taylor;Anderson;Thomas;Hernandez;Clark;Lewis;Walker"
_SB_ZIPS = ["52401", "52402", "52403", "52404", "52405", "52411", "52233"]


def _sandbag_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32201)
    days = pd.date_range("2023-04-10", "2023-05-06", freq="D")
    # a crest around 2023-04-24
    stage = 12 + 10 * np.exp(-(((np.arange(len(days)) - 14) / 5.5) ** 2)) + rng.normal(0, 0.3, len(days))
    stage[14] = stage.max() + 0.4
    first, last = _SB_FIRST.split(";"), _SB_LAST.split(";")
    rows = []
    for day, ft in zip(days, stage, strict=True):
        n_day = max(3, int(rng.poisson(4 + 3.2 * (ft - 12))))
        for _ in range(n_day):
            site = _one(rng, _SB_SITES, [30, 25, 20, 15, 10])
            name = f"{_one(rng, first)} {_one(rng, last)}"
            r = rng.random()
            if r < 0.05:
                name = name.upper()
            elif r < 0.08:
                name = ""
            filled = int(rng.integers(5, 20) + 2 * (ft - 12))
            taken = filled + int(rng.integers(0, 15))
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Site": site,
                    "Resident Name": name,
                    "Address Zip": "" if rng.random() < 0.07 else _one(rng, _SB_ZIPS),
                    "Bags Filled": filled,
                    "Bags Taken": np.nan if rng.random() < 0.03 else taken,
                    "Volunteer Hours": round(float(rng.choice([0, 0, 0.5, 1, 1.5, 2, 3])), 1),
                    "Flood Stage ft": round(float(ft), 1),
                }
            )
    df = pd.DataFrame(rows)
    first_of_day = ~df.duplicated(["Date", "Site"])
    tons = np.round(rng.uniform(4, 18, len(df)), 1)
    df.insert(6, "Sand Tons Delivered", np.where(first_of_day, tons, np.nan))
    total = {c: "" for c in df.columns}
    total.update({"Date": "TOTAL", "Bags Filled": int(df["Bags Filled"].sum()), "Bags Taken": df["Bags Taken"].sum()})
    total.update({"Sand Tons Delivered": round(df["Sand Tons Delivered"].sum(), 1)})
    total.update({"Volunteer Hours": round(df["Volunteer Hours"].sum(), 1), "Flood Stage ft": np.nan})
    return pd.concat([df, pd.DataFrame([total])], ignore_index=True)


def _sb(d: pd.DataFrame) -> pd.DataFrame:
    """The pick-up rows, without the TOTAL row."""
    return d[d["Date"].astype(str).str.upper() != "TOTAL"]


def _sb_daily(d: pd.DataFrame) -> pd.DataFrame:
    s = _sb(d)
    return s.groupby("Date").agg(stage=("Flood Stage ft", "first"), taken=("Bags Taken", "sum"))


# --- 2. Observing log ------------------------------------------------------------------------------------------------

# object: catalog, type, constellation, magnitude
_AS_OBJECTS: dict[str, tuple[str, str, str, float]] = {
    "M31": ("Messier", "Galaxy", "Andromeda", 3.4),
    "M33": ("Messier", "Galaxy", "Triangulum", 5.7),
    "M51": ("Messier", "Galaxy", "Canes Venatici", 8.4),
    "M81": ("Messier", "Galaxy", "Ursa Major", 6.9),
    "M82": ("Messier", "Galaxy", "Ursa Major", 8.4),
    "M101": ("Messier", "Galaxy", "Ursa Major", 7.9),
    "NGC 891": ("NGC", "Galaxy", "Andromeda", 9.9),
    "NGC 4565": ("NGC", "Galaxy", "Coma Berenices", 9.6),
    "NGC 7331": ("NGC", "Galaxy", "Pegasus", 9.5),
    "M42": ("Messier", "Nebula", "Orion", 4.0),
    "M57": ("Messier", "Nebula", "Lyra", 8.8),
    "M27": ("Messier", "Nebula", "Vulpecula", 7.5),
    "M8": ("Messier", "Nebula", "Sagittarius", 6.0),
    "NGC 7000": ("NGC", "Nebula", "Cygnus", 4.0),
    "NGC 6543": ("NGC", "Nebula", "Draco", 8.1),
    "M13": ("Messier", "Cluster", "Hercules", 5.8),
    "M45": ("Messier", "Cluster", "Taurus", 1.6),
    "M44": ("Messier", "Cluster", "Cancer", 3.7),
    "M11": ("Messier", "Cluster", "Scutum", 5.8),
    "NGC 869": ("NGC", "Cluster", "Perseus", 3.7),
    "Jupiter": ("", "Planet", "Sagittarius", -2.5),
    "Saturn": ("", "Planet", "Capricornus", 0.6),
    "Mars": ("", "Planet", "Taurus", -1.0),
    "Albireo": ("", "Double Star", "Cygnus", 3.1),
    "Mizar": ("", "Double Star", "Ursa Major", 2.2),
    "Epsilon Lyrae": ("", "Double Star", "Lyra", 4.7),
}
_AS_SCOPES = ['8" Dob', "80mm APO", "C8 SCT"]


def _astro_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32202)
    names = list(_AS_OBJECTS)
    weights = [3 if _AS_OBJECTS[n][2] in ("Ursa Major", "Cygnus") else 2 for n in names]
    rows = []
    dates = pd.to_datetime("2019-01-01") + pd.to_timedelta(np.sort(rng.integers(0, 6 * 365, 700)), unit="D")
    scope_seeing = {'8" Dob': 0.0, "80mm APO": 0.4, "C8 SCT": -0.3}
    for day in dates:
        obj = _one(rng, names, weights)
        cat, kind, con, mag = _AS_OBJECTS[obj]
        scope = _one(rng, _AS_SCOPES, [45, 30, 25])
        transp = int(np.clip(rng.normal(3.2, 1.0), 1, 5).round())
        seeing = int(np.clip(0.5 * transp + rng.normal(1.6, 0.9) + scope_seeing[scope], 1, 5).round())
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Object": obj,
                "Catalog": cat,
                "Type": kind,
                "Constellation": con,
                "Magnitude": np.nan if rng.random() < 0.04 else mag,
                "Telescope": scope,
                "Eyepiece mm": int(_one(rng, [32, 25, 17, 10, 6])),
                "Seeing": seeing,
                "Transparency": transp,
                "Sketched": "Y" if rng.random() < 0.28 else "N",
            }
        )
    return pd.DataFrame(rows)


# --- 3. Bird feeder counts ---------------------------------------------------------------------------------------

# species: feeder type, chance seen on a count day, typical max count
_BF_SPECIES: dict[str, tuple[str, float, float]] = {
    "Black-capped Chickadee": ("Seed", 0.95, 5),
    "Dark-eyed Junco": ("Seed", 0.8, 9),
    "House Finch": ("Seed", 0.7, 6),
    "American Goldfinch": ("Seed", 0.6, 7),
    "Northern Cardinal": ("Seed", 0.85, 3),
    "Blue Jay": ("Seed", 0.6, 3),
    "House Sparrow": ("Seed", 0.5, 11),
    "Mourning Dove": ("Seed", 0.55, 5),
    "Downy Woodpecker": ("Suet", 0.75, 2),
    "Hairy Woodpecker": ("Suet", 0.35, 1),
    "Red-bellied Woodpecker": ("Suet", 0.5, 1),
    "White-breasted Nuthatch": ("Suet", 0.7, 2),
    "European Starling": ("Suet", 0.3, 6),
    "Ruby-throated Hummingbird": ("Nectar", 0.0, 2),
}


def _feeder_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32203)
    days = [d for d in pd.date_range("2022-11-12", "2023-04-08", freq="D") if d.dayofweek in (5, 6)]
    rows = []
    for day in days:
        winter = np.cos((day.dayofyear if day.month > 6 else day.dayofyear + 365) / 365 * 2 * np.pi - 0.4)
        temp = 30 - 14 * winter + rng.normal(0, 7)
        snow = temp < 30 and rng.random() < 0.7
        minutes = int(rng.choice([30, 45, 60, 60, 90, 120]))
        for sp, (feeder, p, mean) in _BF_SPECIES.items():
            if sp.startswith("Ruby"):
                p = 0.6 if day.month == 4 else 0.0
            if rng.random() > p:
                continue
            count = max(1, int(rng.poisson(mean * (1.35 if snow else 1.0))))
            rows.append(
                {
                    "Count Date": f"{day.month}/{day.day}/{day.year}",
                    "Species": sp,
                    "Max Count": count,
                    "Feeder Type": feeder,
                    "Snow Cover": "Y" if snow else "N",
                    "Temp F": round(float(temp)),
                    "Observer Minutes": minutes,
                }
            )
    df = pd.DataFrame(rows)
    gone = df["Count Date"].isin(df["Count Date"].drop_duplicates().sample(6, random_state=3))
    df.loc[gone, "Temp F"] = np.nan
    return df


def _bf_month(d: pd.DataFrame) -> pd.Timestamp:
    months = d.groupby(pd.to_datetime(d["Count Date"], format="%m/%d/%Y").dt.to_period("M"))["Max Count"].sum()
    return months.idxmax().to_timestamp()


def _bf_temps(d: pd.DataFrame) -> list[float]:
    return [float(d["Temp F"].mean()), float(d.drop_duplicates("Count Date")["Temp F"].mean())]


# --- 4. Rock and mineral collection ------------------------------------------------------------------------------

# mineral: hardness as written, localities as (place, country)
_RM_MINERALS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "Quartz": ("7", [("Hot Springs, Arkansas", "USA"), ("Minas Gerais", "Brazil"), ("Herkimer, New York", "USA")]),
    "Amethyst": ("7", [("Artigas", "Uruguay"), ("Rio Grande do Sul", "Brazil"), ("Thunder Bay, Ontario", "Canada")]),
    "Fluorite": ("4", [("Cave-in-Rock, Illinois", "USA"), ("Asturias", "Spain"), ("Weardale", "England")]),
    "Calcite": ("3", [("Elmwood, Tennessee", "USA"), ("Chihuahua", "Mexico")]),
    "Pyrite": ("6-6.5", [("Navajun", "Spain"), ("Huanzala", "Peru"), ("Park City, Utah", "USA")]),
    "Malachite": ("3.5-4", [("Katanga", "DR Congo"), ("Bisbee, Arizona", "USA")]),
    "Garnet": ("6.5-7.5", [("Gore Mountain, New York", "USA"), ("Madagascar", "Madagascar")]),
    "Tourmaline": ("7-7.5", [("Minas Gerais", "Brazil"), ("Pala, California", "USA")]),
    "Agate": ("6.5", [("Lake Superior shore", "USA"), ("Chihuahua", "Mexico"), ("Botswana", "Botswana")]),
    "Galena": ("2.5", [("Joplin, Missouri", "USA"), ("Dalnegorsk", "Russia")]),
    "Mica": ("2.5-3", [("Keystone, South Dakota", "USA")]),
    "Topaz": ("8", [("Ouro Preto", "Brazil"), ("Thomas Range, Utah", "USA")]),
    "Rhodochrosite": ("3.5-4", [("Sweet Home Mine, Colorado", "USA"), ("Capillitas", "Argentina")]),
    "Obsidian": ("5-5.5", [("Glass Buttes, Oregon", "USA"), ("Jalisco", "Mexico")]),
}
_RM_PRICE = {"Rhodochrosite": 180, "Tourmaline": 140, "Topaz": 90, "Fluorite": 45, "Malachite": 40}


def _rock_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32204)
    minerals = list(_RM_MINERALS)
    rows = []
    for i in range(1, 401):
        m = _one(rng, minerals, [14, 8, 8, 7, 6, 5, 6, 4, 9, 4, 4, 3, 2, 6])
        hard, places = _RM_MINERALS[m]
        place, country = places[int(rng.integers(len(places)))]
        how = _one(rng, ["Found", "Bought", "Traded"], [40, 45, 15])
        if m in ("Rhodochrosite", "Tourmaline", "Topaz") and how == "Found":
            how = "Bought"
        price = ""
        if how == "Bought":
            price = f"${_RM_PRICE.get(m, 20) * rng.lognormal(0, 0.5):,.2f}"
        day = pd.Timestamp("1995-01-01") + pd.Timedelta(days=int(rng.integers(0, 29 * 365)))
        style = rng.random()
        when = f"{day:%Y-%m-%d}" if style < 0.7 else (f"{day:%b %Y}" if style < 0.9 else f"{day.year}")
        rows.append(
            {
                "Specimen #": f"RM-{i:04d}",
                "Mineral": m,
                "Locality": place,
                "Country": country,
                "Acquired Date": when,
                "Acquired How": how,
                "Price Paid": price,
                "Weight g": round(float(rng.lognormal(4.2, 0.9)), 1),
                "Mohs Hardness": hard,
                "Display Case": "" if rng.random() < 0.3 else f"{_one(rng, 'ABC')}{int(rng.integers(1, 5))}",
            }
        )
    return pd.DataFrame(rows)


def _rm_price(d: pd.DataFrame) -> pd.Series:
    return _num(d["Price Paid"])


def _rm_heaviest(d: pd.DataFrame) -> pd.Series:
    return d.loc[d["Weight g"].idxmax()]


# --- 5. Sourdough bake log ---------------------------------------------------------------------------------------

_SD_GOOD = ["open and glossy", "nice open crumb", "even, airy", "open", "lacy, a few big holes"]
_SD_BAD = ["tight", "dense", "a bit gummy", "gummy in the middle", "underproofed, tight", "flying crust"]


def _sourdough_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32205)
    days = pd.to_datetime("2020-03-20") + pd.to_timedelta(np.sort(rng.choice(4 * 365, 320, replace=False)), "D")
    rows = []
    for day in days:
        flour = int(_one(rng, [500, 500, 500, 750, 1000]))
        hyd = float(np.clip(rng.normal(0.74, 0.05), 0.62, 0.88))
        water = int(round(flour * hyd / 5) * 5)
        bulk = round(float(rng.uniform(3.5, 9)), 1)
        oven = int(_one(rng, [450, 475, 500], [25, 35, 40]))
        quality = 6 + 8 * (hyd - 0.74) + 0.4 * (oven == 500) - 0.6 * abs(bulk - 6) + rng.normal(0, 1.2)
        rating = int(np.clip(round(quality), 1, 10))
        if rating <= 5:
            notes = _one(rng, _SD_BAD)
        elif rng.random() < 0.2:
            notes = ""
        else:
            notes = _one(rng, _SD_GOOD)
        rows.append(
            {
                "Bake Date": f"{day.month}/{day.day}/{day:%y}",
                "Flour g": flour,
                "Water g": water,
                "Hydration %": f"{round(100 * water / flour)}%",
                "Starter g": round(flour * float(rng.choice([0.1, 0.15, 0.2]))),
                "Salt g": round(flour * 0.02, 0) if rng.random() < 0.8 else round(flour * 0.022, 0),
                "Bulk Ferment Hours": bulk,
                "Proof Hours": np.nan if rng.random() < 0.05 else float(_one(rng, [1, 1.5, 2, 12, 14, 16])),
                "Oven Temp F": oven,
                "Rating (1-10)": rating,
                "Crumb Notes": notes,
            }
        )
    return pd.DataFrame(rows)


def _sd_hyd(d: pd.DataFrame) -> pd.Series:
    return _num(d["Hydration %"])


def _sd_gummy(d: pd.DataFrame) -> pd.Series:
    return d["Crumb Notes"].fillna("").str.contains("gummy", case=False)


# --- 6. Yarn stash -------------------------------------------------------------------------------------------------

# brand: fiber, usual weights, price per skein, yards per skein by weight
_YS_BRANDS: dict[str, tuple[list[str], list[str], float]] = {
    "Malabrigo": (["Wool"], ["Worsted", "Fingering", "DK"], 16),
    "Cascade 220": (["Wool"], ["Worsted"], 10),
    "Lion Brand": (["Acrylic", "Blend"], ["Worsted", "Bulky"], 5),
    "Red Heart": (["Acrylic"], ["Worsted"], 4),
    "Lily Sugar'n Cream": (["Cotton"], ["Worsted"], 3),
    "Madelinetosh": (["Wool"], ["Fingering", "DK", "Lace"], 26),
    "Knit Picks": (["Wool", "Blend", "Cotton"], ["Fingering", "DK", "Worsted"], 5),
    "Hedgehog Fibres": (["Wool", "Blend"], ["Fingering", "Lace"], 28),
}
_YS_YARDS = {"Lace": 800, "Fingering": 420, "DK": 230, "Worsted": 210, "Bulky": 110}
_YS_COLORS = "Denim;Rios;Paris Night;Charcoal;Cranberry;Mustard;Sea Glass;Lettuce;Oatmeal;Storm;Ember;Lagoon;Peony"
_YS_SHOPS = ["Etsy", "Rhinebeck", "Joann", "Knitty Gritty Yarn Shop", "WEBS", "Ravelry destash", "Michaels"]
_YS_PROJECTS = ["Flax sweater", "baby blanket", "Hitchhiker shawl", "socks for Dad", "Christmas hats", "Weekender"]


def _yarn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32206)
    brands = list(_YS_BRANDS)
    rows = []
    for _ in range(360):
        b = _one(rng, brands, [14, 12, 16, 10, 8, 10, 18, 6])
        fibers, weights, price = _YS_BRANDS[b]
        w = _one(rng, weights)
        skeins = float(_one(rng, [0.5, 1, 1, 2, 2, 3, 4, 5, 6], [8, 30, 30, 15, 15, 8, 6, 4, 3]))
        rows.append(
            {
                "Yarn Brand": b,
                "Colorway": _one(rng, _YS_COLORS.split(";")),
                "Fiber": _one(rng, fibers),
                "Weight": w,
                "Skeins": skeins,
                "Yards per Skein": int(_YS_YARDS[w] * float(rng.choice([0.9, 1.0, 1.0, 1.1]))),
                "Price per Skein": f"${price * rng.uniform(0.8, 1.25):.2f}",
                "Purchased At": _one(rng, _YS_SHOPS),
                "Reserved for Project": "" if rng.random() < 0.62 else _one(rng, _YS_PROJECTS),
            }
        )
    return pd.DataFrame(rows)


def _ys_yards(d: pd.DataFrame) -> pd.Series:
    return d["Skeins"] * d["Yards per Skein"]


def _ys_free(d: pd.DataFrame) -> pd.Series:
    return d["Reserved for Project"].fillna("").astype(str).str.strip() == ""


# --- 7. Chili cook-off judging ------------------------------------------------------------------------------------

_CC_TEAMS = (
    "Smokin Aces;Hot Pot Heroes;Bean There Done That;Chili Chili Bang Bang;The Firehouse Four;Pepper Mill;"
    "Red Hot Mamas;Green Machine;Capsaicin Crew;Lone Star Ladle;Three Alarm;Bowl Me Over;Ghost Pepper Gang;"
    "Stir Crazy;Holy Mole;Beefcake Brigade;Scoville Squad;Hatch Match;Chipotle Kings;Kettle Kitchen;"
    "Habanero Heat;The Saucy Six;Cumin Get It;Simmer Down;Brisket Bandits;Tomatillo Tribe;White Lightning;"
    "Frijole Friends;Jalapeno Business;Slow Burn;Pot Luck;Big Red;Verde Valley;Burnin Love;Spoon Benders;"
    "Cast Iron Crew;Chili Willies;The Bean Counters;Heat Seekers;Ladle Lads;Fire in the Hole;Cilantro Club;"
    "Flaming Pit;Rancho Rojo;Hot Tamales;Chile Verde Co;Goat Rodeo;Smoke Signals;The Stockpot;Dutch Oven Dudes;"
    "Veggie Might;Garden of Heatin;Lentil Legends;Plant Power Pot;Tofu Tango;Bean Scene;Squash Buckle;"
    "Black Bean Bros;Sweet Potato Posse;Mushroom Mayhem"
)
_CC_JUDGES = ["Judge Alvarez", "Judge Brooks", "Judge Chen", "Judge Duffy", "Judge Evans"]
_CC_PARTS = ["Aroma", "Color", "Consistency", "Taste", "Aftertaste"]


def _chili_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32207)
    teams = _CC_TEAMS.split(";")
    cats = ["Red"] * 20 + ["Green"] * 14 + ["White"] * 12 + ["Vegetarian"] * 14
    harsh = {"Judge Alvarez": 0.0, "Judge Brooks": -1.1, "Judge Chen": 0.3, "Judge Duffy": -0.4, "Judge Evans": 0.5}
    cat_taste = {"Red": 0.3, "Green": 0.6, "White": -0.2, "Vegetarian": -0.5}
    rows = []
    for i, (team, cat) in enumerate(zip(teams, cats, strict=True)):
        quality = rng.normal(0, 1.1)
        votes = int(max(0, round(25 + 12 * quality + rng.normal(0, 8))))
        for judge in _CC_JUDGES:
            row: dict[str, Any] = {"Entry #": 101 + i, "Team": team, "Category": cat, "Judge": judge}
            for part in _CC_PARTS:
                bump = cat_taste[cat] if part == "Taste" else 0.0
                row[part] = int(np.clip(round(6.5 + quality + harsh[judge] + bump + rng.normal(0, 1.0)), 1, 10))
            row["Total"] = sum(row[p] for p in _CC_PARTS)
            row["People's Choice Votes"] = votes
            rows.append(row)
    df = pd.DataFrame(rows)
    df.loc[[17, 88, 161, 242], "Total"] = np.nan
    # one clear people's choice winner
    top = df.groupby("Entry #")["People's Choice Votes"].first().idxmax()
    df.loc[df["Entry #"] == top, "People's Choice Votes"] += 4
    return df


def _cc_total(d: pd.DataFrame) -> pd.Series:
    return d[_CC_PARTS].sum(axis=1)


def _cc_means(by: str, low: bool = False) -> Check:
    """The group with the best (or lowest) mean total, from the Total column or from the five scores."""
    return either(
        _lead(_named(lambda d: _top(d.groupby(by)["Total"].mean(), low))),
        _lead(_named(lambda d: _top(_cc_total(d).groupby(d[by]).mean(), low))),
    )


def _cc_entry(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_t=_cc_total(d)).groupby("Entry #").agg(t=("_t", "mean"), v=("People's Choice Votes", "first"))


# --- the set -------------------------------------------------------------------------------------------------------

HELDOUT322 = [
    Dataset(
        "sandbag_log",
        _sandbag_frame,
        [
            Q(
                "how many sandbags did people take altogether?",
                _count(lambda d: int(_sb(d)["Bags Taken"].sum())),
                ("Bags Taken",),
            ),
            Q(
                "which site gave out the most bags?",
                _lead(_named(lambda d: _top(_sb(d).groupby("Site")["Bags Taken"].sum()))),
                ("Site", "Bags Taken"),
            ),
            Q(
                "how many bags does a typical person take?",
                either(
                    _about(lambda d: _sb(d)["Bags Taken"].mean()),
                    _about(lambda d: _sb(d)["Bags Taken"].median()),
                ),
                ("Bags Taken",),
            ),
            Q(
                "what day was the river highest?",
                _lead(_date_said(lambda d: pd.to_datetime(_sb_daily(d)["stage"].idxmax(), format="%m/%d/%Y"))),
                ("Date", "Flood Stage ft"),
            ),
            Q(
                "do people grab more bags when the flood stage is higher?",
                either(
                    _corr(lambda d: _sb(d)["Flood Stage ft"], lambda d: _sb(d)["Bags Taken"]),
                    _corr(lambda d: _sb_daily(d)["stage"], lambda d: _sb_daily(d)["taken"]),
                ),
                ("Flood Stage ft", "Bags Taken", "Date"),
            ),
            Q(
                "how many pickups are missing a zip code?",
                either(
                    _count(lambda d: int(_sb(d)["Address Zip"].isna().sum())),
                    _count(lambda d: int(d["Address Zip"].isna().sum())),
                ),
                ("Address Zip",),
            ),
        ],
    ),
    Dataset(
        "observing_log",
        _astro_frame,
        [
            Q(
                "how many different objects have i looked at?",
                _count(lambda d: int(d["Object"].nunique())),
                ("Object",),
            ),
            Q(
                "which constellation do i observe most often?",
                _lead(_named(lambda d: _top(d["Constellation"].value_counts()))),
                ("Constellation",),
            ),
            Q(
                "what percentage of my observations did i sketch?",
                _share(lambda d: float((d["Sketched"] == "Y").mean())),
                ("Sketched",),
            ),
            Q(
                "average seeing for each telescope",
                _about(lambda d: d.groupby("Telescope")["Seeing"].mean().to_numpy()),
                ("Telescope", "Seeing"),
            ),
            Q(
                "what's the faintest galaxy i've seen?",
                _lead(_named(lambda d: str(d.loc[d[d["Type"] == "Galaxy"]["Magnitude"].idxmax(), "Object"]))),
                ("Object", "Type", "Magnitude"),
            ),
            Q(
                "is seeing related to transparency?",
                _corr(lambda d: d["Seeing"], lambda d: d["Transparency"]),
                ("Seeing", "Transparency"),
            ),
        ],
    ),
    Dataset(
        "feeder_counts",
        _feeder_frame,
        [
            Q(
                "which bird shows up the most?",
                either(
                    _lead(_named(lambda d: _top(d.groupby("Species")["Max Count"].sum()))),
                    _lead(_named(lambda d: _top(d["Species"].value_counts()))),
                ),
                ("Species", "Max Count"),
            ),
            Q(
                "how many birds were counted at the nectar feeder?",
                _count(lambda d: int(d.loc[d["Feeder Type"] == "Nectar", "Max Count"].sum())),
                ("Feeder Type", "Max Count"),
            ),
            Q(
                "do more birds come when there's snow on the ground?",
                _about(lambda d: d.groupby("Snow Cover")["Max Count"].mean().to_numpy()),
                ("Snow Cover", "Max Count"),
            ),
            Q(
                "which month had the most birds?",
                _lead(_month_year(_bf_month)),
                ("Count Date", "Max Count"),
            ),
            Q(
                "what was the average temperature on count days?",
                either(_about(lambda d: _bf_temps(d)[0]), _about(lambda d: _bf_temps(d)[1])),
                ("Temp F", "Count Date"),
            ),
            Q(
                "how many count days had snow cover?",
                _count(lambda d: int(d.loc[d["Snow Cover"] == "Y", "Count Date"].nunique())),
                ("Snow Cover", "Count Date"),
            ),
        ],
    ),
    Dataset(
        "mineral_catalog",
        _rock_frame,
        [
            Q(
                "how much have i spent on specimens in total?",
                has(lambda d: float(_rm_price(d).sum()), rel=0.002),
                ("Price Paid",),
            ),
            Q(
                "which country do most of my rocks come from?",
                _lead(_named(lambda d: _top(d["Country"].value_counts()))),
                ("Country",),
            ),
            Q(
                "what percent of the collection did i find myself?",
                _share(lambda d: float((d["Acquired How"] == "Found").mean())),
                ("Acquired How",),
            ),
            Q(
                "which mineral did i pay the most for on average?",
                _lead(_named(lambda d: _top(_rm_price(d).groupby(d["Mineral"]).mean().dropna()))),
                ("Mineral", "Price Paid"),
            ),
            Q(
                "what's my heaviest specimen?",
                either(
                    _named(lambda d: str(_rm_heaviest(d)["Specimen #"])),
                    _lead(_named(lambda d: str(_rm_heaviest(d)["Mineral"]))),
                ),
                ("Specimen #", "Mineral", "Weight g"),
            ),
            Q(
                "how many specimens aren't in a display case?",
                _count(lambda d: int(d["Display Case"].isna().sum())),
                ("Display Case", "Specimen #"),
            ),
        ],
    ),
    Dataset(
        "sourdough_log",
        _sourdough_frame,
        [
            Q(
                "how many loaves did i bake in 2023?",
                _count(lambda d: int((pd.to_datetime(d["Bake Date"], format="%m/%d/%y").dt.year == 2023).sum())),
                ("Bake Date",),
            ),
            Q(
                "what's my average hydration?",
                either(
                    _about(lambda d: _sd_hyd(d).mean()),
                    _about(lambda d: (100 * d["Water g"] / d["Flour g"]).mean()),
                ),
                ("Hydration %", "Water g", "Flour g"),
            ),
            Q(
                "do wetter doughs get better ratings?",
                _corr(_sd_hyd, lambda d: d["Rating (1-10)"]),
                ("Hydration %", "Rating (1-10)"),
            ),
            Q(
                "average rating at each oven temp",
                _about(lambda d: d.groupby("Oven Temp F")["Rating (1-10)"].mean().to_numpy()),
                ("Oven Temp F", "Rating (1-10)"),
            ),
            Q(
                "how many times did the crumb come out gummy?",
                _count(lambda d: int(_sd_gummy(d).sum())),
                ("Crumb Notes",),
            ),
            Q(
                "and what did those average for rating?",
                _about(lambda d: d.loc[_sd_gummy(d), "Rating (1-10)"].mean()),
                ("Crumb Notes", "Rating (1-10)"),
            ),
        ],
    ),
    Dataset(
        "yarn_stash",
        _yarn_frame,
        [
            Q(
                "how many yards of yarn do i have altogether?",
                has(lambda d: float(_ys_yards(d).sum()), rel=0.002),
                ("Skeins", "Yards per Skein"),
            ),
            Q(
                "which brand do i have the most skeins of?",
                _lead(_named(lambda d: _top(d.groupby("Yarn Brand")["Skeins"].sum()))),
                ("Yarn Brand", "Skeins"),
            ),
            Q(
                "what's the whole stash worth, going by what i paid?",
                has(lambda d: float((d["Skeins"] * _num(d["Price per Skein"])).sum()), rel=0.002),
                ("Skeins", "Price per Skein"),
            ),
            Q(
                "how many yards of worsted?",
                has(lambda d: float(_ys_yards(d)[d["Weight"] == "Worsted"].sum()), rel=0.002),
                ("Weight", "Skeins", "Yards per Skein"),
            ),
            Q(
                "what share of my yarn isn't set aside for a project?",
                either(
                    _share(lambda d: float(_ys_free(d).mean())),
                    _share(lambda d: float(d.loc[_ys_free(d), "Skeins"].sum() / d["Skeins"].sum())),
                ),
                ("Reserved for Project", "Skeins"),
            ),
            Q(
                "average price per skein for wool vs acrylic",
                _about(
                    lambda d: _num(d["Price per Skein"]).groupby(d["Fiber"]).mean().loc[["Wool", "Acrylic"]].to_numpy()
                ),
                ("Price per Skein", "Fiber"),
            ),
        ],
    ),
    Dataset(
        "chili_judging",
        _chili_frame,
        [
            Q("which team scored best overall?", _cc_means("Team"), ("Team", "Total", "Entry #")),
            Q(
                "which category had the tastiest chili on average?",
                _lead(_named(lambda d: _top(d.groupby("Category")["Taste"].mean()))),
                ("Category", "Taste"),
            ),
            Q(
                "how many entries were there in each category?",
                _count(lambda d: d.groupby("Category")["Entry #"].nunique().to_numpy()),
                ("Category", "Entry #"),
            ),
            Q(
                "who won people's choice?",
                _lead(_named(lambda d: str(d.loc[d["People's Choice Votes"].idxmax(), "Team"]))),
                ("Team", "People's Choice Votes", "Entry #"),
            ),
            Q(
                "do the judges' scores line up with the people's choice votes?",
                either(
                    _corr(lambda d: _cc_entry(d)["t"], lambda d: _cc_entry(d)["v"]),
                    _corr(lambda d: d["Total"], lambda d: d["People's Choice Votes"]),
                    _corr(_cc_total, lambda d: d["People's Choice Votes"]),
                ),
                ("Total", "People's Choice Votes", "Entry #", "Team"),
            ),
            Q("which judge is the toughest?", _cc_means("Judge", low=True), ("Judge", "Total")),
        ],
    ),
]
