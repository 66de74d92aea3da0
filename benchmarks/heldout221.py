"""HELDOUT221: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Noom food
log export (January-April 2024, one row per food logged) with Date as "2024-01-05", Meal (Breakfast, Lunch, Dinner,
Snack), "Food Name" ("Greek yogurt, plain nonfat", "Chicken breast, grilled"), Servings (0.5, 1, 1.5, 2), "Serving
Size" with its unit inside ("1 cup", "100 g", "1 slice", "1 medium"), Calories for the servings eaten (whole
numbers), Color Green / Yellow / Orange, and "Protein (g)", "Carbs (g)", "Fat (g)" to one decimal, blank for some
quick-added foods; a Happy Scale weigh-in export (2022-2024, most mornings, gaps on holidays) with Date as
"2022-01-03", "Weight (lb)" to one decimal, "Trend (lb)" the smoothed moving average to two decimals, "Body Fat (%)"
only from the smart scale (blank for manual entries and most Apple Health ones), Note mostly blank ("after
vacation", "sick", "new scale") and Source Manual / Apple Health / Withings; an Umami web analytics events export
(March-May 2024, one row per pageview or custom event) with created_at as "2024-03-01 14:22:05", website
"shipfast.dev", url_path ("/", "/pricing", "/blog/..."), url_query mostly blank or "utm_source=newsletter",
referrer_domain (blank for direct visits, "www.google.com", "news.ycombinator.com" ...), page_title, event_type
pageview / custom, event_name blank for pageviews ("signup-click", "download-pdf", "newsletter-subscribe"),
lower-case browser names as Umami writes them ("chrome", "safari", "ios", "crios", "firefox", "edge-chromium"), os
("Mac OS", "Windows 10", "iOS", "Android OS", "Linux"), device desktop / mobile / tablet / laptop, two-letter
country codes (a few blank) and a session_id UUID repeated over a visit's rows; a Grailed seller's sales export
(2021-2023) with "Sold Date" as "03/14/2022", "Listing Title", Designer, Category (Tops, Bottoms, Outerwear,
Footwear, Accessories), Size ("M", "32", "US 10", "ONE SIZE"), Condition (New/Never Worn, Gently Used, Used, Very
Worn), money as text with a dollar sign ("$185.00") in "Listing Price", "Sold Price", "Shipping Charged", "Grailed
Fee" (9% of the sale), "Payment Processing Fee" and Payout, "Days Listed" and "Buyer Country" spelled out; the OPTN
(UNOS) national data report of US transplants by organ and donor type, 1988-2023, one row per year, organ and donor
type with Year, Organ (Kidney, Liver, Heart, Lung, Pancreas, "Kidney / Pancreas", Intestine, "Heart / Lung" and an
"All Organs" total row for each year and donor type), "Donor Type" (Deceased Donor, Living Donor; no living-donor
rows for hearts, kidney / pancreas or heart / lung) and Transplants written with thousands commas ("23,401");
the FAA UAS sightings reports (2019-2023, quarterly spreadsheets combined) with Date as "1/4/2019", Time the local
time as a number ("1846", "946" once read back), upper-case City and State ("NEW YORK", "FLORIDA"), Summary the
upper-case free text of the report ("PILOT REPORTED A DRONE AT 3000 FT 5 MILES WEST OF THE AIRPORT"), "Altitude
(ft)" parsed from it (blank when it gave none), "Aircraft Type" ("B737", "C172", "HELICOPTER"; some blank) and
"Evasive Action Taken" Yes / No (a few blank); and OurAirports' runways.csv joined with airport type and country
(4,000 runways) with airport_ident ("KJFK", "CYYZ", "US-0421", "00AK"), airport_name, airport_type (large_airport,
medium_airport, small_airport, heliport, seaplane_base), iso_country two-letter codes, length_ft and width_ft
(blank for some), surface codes in mixed spellings (ASP, CON, TURF, GRS, GVL, WATER, "Asphalt", "ASPH-G", "GRASS"),
lighted and closed 0 / 1, le_ident / he_ident ("09" / "27", "18L" / "36R", "H1" with he_ident blank for helipads,
"N" / "S" for water lanes) and le_elevation_ft often blank; an airport's runways sit on consecutive rows. All are
generated with a fixed seed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _pct, _share, _text, _year
from .heldout218 import _month
from .offline_eval import Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text like "$1,234.50" or "23,401" (blank as NaN)."""
    return pd.to_numeric(_text(s).str.replace(r"[$,\s]", "", regex=True), errors="coerce")


# --- 1. Noom food log -------------------------------------------------------------------------------------------

# food: meal weights (B, L, D, S), serving size, calories, protein, carbs, fat per serving, color
_NOOM_FOODS: dict[str, tuple[tuple[float, float, float, float], str, float, float, float, float, str]] = {
    "Greek yogurt, plain nonfat": ((30, 2, 0, 10), "1 container (170 g)", 100, 17.0, 6.0, 0.7, "Green"),
    "Oatmeal, cooked": ((35, 0, 0, 0), "1 cup", 166, 5.9, 28.0, 3.6, "Green"),
    "Banana": ((16, 2, 0, 22), "1 medium", 105, 1.3, 27.0, 0.4, "Green"),
    "Scrambled eggs": ((25, 2, 0, 0), "1 large egg", 91, 6.1, 1.0, 6.7, "Yellow"),
    "Whole wheat toast": ((22, 4, 0, 3), "1 slice", 81, 4.0, 13.8, 1.1, "Yellow"),
    "Coffee with milk": ((40, 4, 0, 8), "1 cup", 38, 2.0, 3.0, 2.0, "Green"),
    "Chicken breast, grilled": ((0, 22, 25, 0), "100 g", 165, 31.0, 0.0, 3.6, "Yellow"),
    "Mixed green salad": ((0, 25, 14, 0), "2 cups", 20, 1.5, 3.9, 0.2, "Green"),
    "Turkey sandwich": ((0, 20, 0, 0), "1 sandwich", 360, 24.0, 38.0, 11.0, "Yellow"),
    "Brown rice": ((0, 10, 18, 0), "1 cup", 216, 5.0, 45.0, 1.8, "Yellow"),
    "Salmon fillet": ((0, 3, 14, 0), "100 g", 208, 20.0, 0.0, 13.0, "Yellow"),
    "Pasta with marinara": ((0, 5, 16, 0), "1.5 cups", 330, 11.0, 62.0, 4.5, "Yellow"),
    "Cheeseburger": ((0, 6, 10, 0), "1 burger", 540, 29.0, 40.0, 29.0, "Orange"),
    "Pizza, pepperoni": ((0, 5, 12, 1), "1 slice", 298, 13.0, 34.0, 12.0, "Orange"),
    "Steamed broccoli": ((0, 4, 20, 0), "1 cup", 55, 3.7, 11.0, 0.6, "Green"),
    "Apple": ((2, 4, 0, 22), "1 medium", 95, 0.5, 25.0, 0.3, "Green"),
    "Almonds": ((0, 0, 0, 16), "1 oz", 164, 6.0, 6.1, 14.2, "Orange"),
    "Potato chips": ((0, 3, 0, 9), "1 oz", 152, 2.0, 15.0, 10.0, "Orange"),
    "Dark chocolate": ((0, 0, 2, 10), "1 square (10 g)", 60, 0.8, 4.6, 4.3, "Orange"),
    "Red wine": ((0, 0, 8, 2), "5 fl oz", 125, 0.1, 3.8, 0.0, "Orange"),
}
_NOOM_MEALS = ["Breakfast", "Lunch", "Dinner", "Snack"]


def _noom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22101)
    days = pd.date_range("2024-01-01", "2024-04-30", freq="D")
    names = list(_NOOM_FOODS)
    rows = []
    for d in days:
        if rng.random() < 0.07:
            continue
        for k, meal in enumerate(_NOOM_MEALS):
            n = {"Breakfast": (1, 4), "Lunch": (1, 4), "Dinner": (2, 5), "Snack": (0, 4)}[meal]
            weights = [_NOOM_FOODS[f][0][k] for f in names]
            picked = rng.choice(len(names), int(rng.integers(*n)), replace=False, p=np.array(weights) / sum(weights))
            for i in picked:
                food = names[int(i)]
                _, size, cal, pro, carb, fat, color = _NOOM_FOODS[food]
                servings = float(_one(rng, [0.5, 1.0, 1.5, 2.0], [12, 62, 14, 12]))
                quick = rng.random() < 0.05
                rows.append(
                    {
                        "Date": f"{d:%Y-%m-%d}",
                        "Meal": meal,
                        "Food Name": food,
                        "Servings": servings,
                        "Serving Size": size,
                        "Calories": round(cal * servings),
                        "Color": color,
                        "Protein (g)": np.nan if quick else round(pro * servings, 1),
                        "Carbs (g)": np.nan if quick else round(carb * servings, 1),
                        "Fat (g)": np.nan if quick else round(fat * servings, 1),
                    }
                )
    return pd.DataFrame(rows)


def _noom_daily(col: str, month: int | None = None) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        d = df if month is None else df[pd.to_datetime(df["Date"]).dt.month == month]
        return float(d.groupby("Date")[col].sum().mean())

    return mean


def _noom_top5(df: pd.DataFrame) -> list[str]:
    return [str(x) for x in df["Food Name"].value_counts().index[:5]]


def _noom_fat(df: pd.DataFrame) -> list[float]:
    by = df.groupby("Meal")["Fat (g)"].mean()
    return [float(by["Snack"]), float(by["Breakfast"])]


_NOOM_QS = [
    Q(
        "how many calories am i eating per day on average?",
        has(_noom_daily("Calories"), rel=0.004),
        ("Date", "Calories"),
    ),
    Q(
        "which meal has the most calories overall",
        _lead(_named(lambda df: _top(df.groupby("Meal")["Calories"].sum()))),
        ("Meal", "Calories"),
    ),
    Q(
        "what share of my calories come from orange foods?",
        _share(lambda df: float(df.loc[df["Color"] == "Orange", "Calories"].sum() / df["Calories"].sum())),
        ("Color", "Calories"),
    ),
    Q(
        "top 5 foods i log the most",
        _all_named(_noom_top5),
        ("Food Name",),
    ),
    Q(
        "avg protein per day in march?",
        has(_noom_daily("Protein (g)", 3), rel=0.004),
        ("Date", "Protein (g)"),
    ),
    Q(
        "do my snacks have more fat than my breakfasts on average",
        has(_noom_fat, rel=0.005),
        ("Meal", "Fat (g)"),
    ),
]


# --- 2. Happy Scale weigh-ins -----------------------------------------------------------------------------------


def _happy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22102)
    days = pd.date_range("2022-01-03", "2024-06-30", freq="D")
    t = np.arange(len(days), dtype=float)
    # lose ~25 lb over the first 15 months, regain a little, then lose again
    base = np.interp(t, [0, 200, 450, 600, 760, len(days) - 1], [214.0, 199.0, 189.5, 194.0, 186.0, 183.5])
    rows = []
    trend = None
    for i, d in enumerate(days):
        if rng.random() < 0.18:
            continue
        w = round(float(base[i] + rng.normal(0, 1.1) + (0.8 if d.dayofweek == 0 else 0.0)), 1)
        trend = w if trend is None else trend + 0.1 * (w - trend)
        if d < pd.Timestamp("2022-09-01"):
            source = str(_one(rng, ["Manual", "Apple Health"], [70, 30]))
        else:
            source = str(_one(rng, ["Withings", "Manual", "Apple Health"], [78, 12, 10]))
        fat = np.nan
        if source == "Withings" or (source == "Apple Health" and rng.random() < 0.2):
            fat = round(float(12 + 0.17 * (w - 120) + rng.normal(0, 0.9)), 1)
        note = ""
        if rng.random() < 0.03:
            note = str(_one(rng, ["after vacation", "sick", "late dinner", "salty food", "after workout"]))
        if d == pd.Timestamp("2022-09-01"):
            note = "new scale"
        rows.append(
            {
                "Date": f"{d:%Y-%m-%d}",
                "Weight (lb)": w,
                "Trend (lb)": round(trend, 2),
                "Body Fat (%)": fat,
                "Note": note,
                "Source": source,
            }
        )
    return pd.DataFrame(rows).replace("", np.nan)


def _happy(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(_d=pd.to_datetime(df["Date"])).sort_values("_d", kind="stable")


def _happy_lost(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_happy(df)[col].iloc[0] - _happy(df)[col].iloc[-1])


def _happy_low(df: pd.DataFrame) -> pd.Timestamp:
    h = _happy(df)
    return pd.Timestamp(h.loc[h["Weight (lb)"].idxmin(), "_d"])


def _happy_peak_month(col: str) -> Callable[[pd.DataFrame], int]:
    """The calendar month of 2023 with the highest mean of `col`."""

    def peak(df: pd.DataFrame) -> int:
        h = _happy(df)
        h = h[h["_d"].dt.year == 2023]
        return int(h.groupby(h["_d"].dt.month)[col].mean().idxmax())

    return peak


_HAPPY_QS = [
    Q(
        "how much weight have i lost overall?",
        either(_about(_happy_lost("Weight (lb)"), rel=0.01), _about(_happy_lost("Trend (lb)"), rel=0.01)),
        ("Date", "Weight (lb)", "Trend (lb)"),
    ),
    Q(
        "what was my lowest weight and when",
        both(_about(lambda df: float(df["Weight (lb)"].min()), rel=0.0005), _day(_happy_low)),
        ("Date", "Weight (lb)"),
    ),
    Q(
        "average weight per year",
        either(
            _about(lambda df: _happy(df).groupby(_happy(df)["_d"].dt.year)["Weight (lb)"].mean().to_numpy(), 0.002),
            _about(lambda df: _happy(df).groupby(_happy(df)["_d"].dt.year)["Trend (lb)"].mean().to_numpy(), 0.002),
        ),
        ("Date", "Weight (lb)", "Trend (lb)"),
    ),
    Q(
        "in 2023, which month was i heaviest on average?",
        _lead(either(_month(_happy_peak_month("Weight (lb)")), _month(_happy_peak_month("Trend (lb)")))),
        ("Date", "Weight (lb)", "Trend (lb)"),
    ),
    Q(
        "how many weigh-ins came from the withings scale",
        _count(lambda df: int((_text(df["Source"]) == "Withings").sum())),
        ("Source",),
    ),
    Q(
        "does body fat go down with my weight? how correlated are they",
        _corr(lambda df: df["Weight (lb)"], lambda df: df["Body Fat (%)"]),
        ("Weight (lb)", "Body Fat (%)"),
    ),
]


# --- 3. Umami events export -------------------------------------------------------------------------------------

_UMAMI_PAGES = {
    "/": ("ShipFast - Launch your SaaS in days", 40),
    "/pricing": ("Pricing | ShipFast", 18),
    "/docs": ("Docs | ShipFast", 12),
    "/docs/getting-started": ("Getting started | ShipFast Docs", 9),
    "/blog": ("Blog | ShipFast", 6),
    "/blog/how-we-hit-10k-mrr": ("How we hit $10k MRR | ShipFast", 8),
    "/blog/stripe-webhooks-guide": ("A practical guide to Stripe webhooks | ShipFast", 5),
    "/signup": ("Sign up | ShipFast", 7),
}
_UMAMI_REFS = {
    "": 38,
    "www.google.com": 27,
    "news.ycombinator.com": 9,
    "twitter.com": 8,
    "www.reddit.com": 6,
    "github.com": 5,
    "www.producthunt.com": 3,
    "duckduckgo.com": 3,
    "www.bing.com": 1,
}
_UMAMI_COUNTRIES = {"US": 36, "GB": 9, "DE": 9, "IN": 10, "FR": 5, "CA": 6, "BR": 4, "NL": 3, "": 2}
_UMAMI_DEVICES = {"desktop": 48, "mobile": 32, "laptop": 14, "tablet": 6}


def _umami_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22103)
    start = pd.Timestamp("2024-03-01")
    rows = []
    while len(rows) < 4200:
        at = start + pd.Timedelta(seconds=int(rng.integers(0, 92 * 86400)))
        sid = str(uuid.UUID(int=int(rng.integers(0, 2**62)) << 64 | int(rng.integers(0, 2**62))))
        device = str(_one(rng, list(_UMAMI_DEVICES), list(_UMAMI_DEVICES.values())))
        if device in ("mobile", "tablet"):
            os_name = str(_one(rng, ["iOS", "Android OS"], [55, 45]))
            browser = {"iOS": str(_one(rng, ["ios", "crios"], [80, 20])), "Android OS": "chrome"}[os_name]
        else:
            os_name = str(_one(rng, ["Mac OS", "Windows 10", "Linux"], [48, 42, 10]))
            browser = str(_one(rng, ["chrome", "safari", "firefox", "edge-chromium"], [58, 20, 12, 10]))
            if os_name != "Mac OS" and browser == "safari":
                browser = "chrome"
        country = str(_one(rng, list(_UMAMI_COUNTRIES), list(_UMAMI_COUNTRIES.values())))
        ref = str(_one(rng, list(_UMAMI_REFS), list(_UMAMI_REFS.values())))
        query = "utm_source=newsletter&utm_medium=email" if ref == "" and rng.random() < 0.12 else ""
        paths = list(_UMAMI_PAGES)
        n_pages = 1 + int(rng.poisson(1.3))
        seen = [str(_one(rng, paths, [v[1] for v in _UMAMI_PAGES.values()])) for _ in range(n_pages)]
        for j, path in enumerate(seen):
            at = at + pd.Timedelta(seconds=int(rng.integers(5, 240))) if j else at
            base = {
                "created_at": f"{at:%Y-%m-%d %H:%M:%S}",
                "website": "shipfast.dev",
                "url_path": path,
                "url_query": query if j == 0 else "",
                "referrer_domain": ref if j == 0 else "",
                "page_title": _UMAMI_PAGES[path][0],
                "event_type": "pageview",
                "event_name": "",
                "browser": browser,
                "os": os_name,
                "device": device,
                "country": country,
                "session_id": sid,
            }
            rows.append(base)
            event = ""
            if path in ("/pricing", "/") and rng.random() < 0.14:
                event = "signup-click"
            elif path.startswith("/docs") and rng.random() < 0.2:
                event = "download-pdf"
            elif path.startswith("/blog/") and rng.random() < 0.12:
                event = "newsletter-subscribe"
            if event:
                at = at + pd.Timedelta(seconds=int(rng.integers(3, 90)))
                rows.append(
                    base | {"created_at": f"{at:%Y-%m-%d %H:%M:%S}", "event_type": "custom", "event_name": event}
                )
    df = pd.DataFrame(rows).sort_values("created_at", kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _pv(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["event_type"] == "pageview"]


def _umami_refs(pageviews_only: bool) -> Callable[[pd.DataFrame], list[str]]:
    def top(df: pd.DataFrame) -> list[str]:
        d = _pv(df) if pageviews_only else df
        return [str(x) for x in _text(d["referrer_domain"]).replace("", np.nan).dropna().value_counts().index[:3]]

    return top


def _umami_mobile(how: str) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        if how == "sessions":
            s = df.drop_duplicates("session_id")
            return float((s["device"] == "mobile").mean())
        d = _pv(df) if how == "pageviews" else df
        return float((d["device"] == "mobile").mean())

    return rate


def _umami_signups_april(df: pd.DataFrame) -> int:
    april = df["created_at"].astype(str).str.startswith("2024-04")
    return int((april & (_text(df["event_name"]) == "signup-click")).sum())


def _umami_country(how: str) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = {"rows": df, "pageviews": _pv(df), "sessions": df.drop_duplicates("session_id")}[how]
        return _top(_text(d["country"]).replace("", np.nan).dropna().value_counts())

    return top


_UMAMI_ALIASES = {"US": ("United States", "USA"), "IN": ("India",), "GB": ("United Kingdom", "UK")}
_UMAMI_QS = [
    Q(
        "how many pageviews did we get in total",
        _count(lambda df: int((df["event_type"] == "pageview").sum())),
        ("event_type",),
    ),
    Q(
        "and how many unique visitors?",
        _count(lambda df: int(df["session_id"].nunique())),
        ("session_id",),
    ),
    Q(
        "top 3 referrers",
        either(_all_named(_umami_refs(True)), _all_named(_umami_refs(False))),
        ("referrer_domain", "event_type"),
    ),
    Q(
        "what % of visits are from mobile",
        either(*(_share(_umami_mobile(h)) for h in ("sessions", "pageviews", "rows"))),
        ("device", "session_id", "event_type"),
    ),
    Q(
        "how many signup clicks did we get in april?",
        _count(_umami_signups_april),
        ("created_at", "event_name", "event_type"),
    ),
    Q(
        "which country sends the most traffic",
        _lead(either(*(_named(_umami_country(h), _UMAMI_ALIASES) for h in ("rows", "pageviews", "sessions")))),
        ("country", "session_id", "event_type"),
    ),
]


# --- 4. Grailed seller sales ------------------------------------------------------------------------------------

# designer: weight, price scale, items by category
_GRAILED_DESIGNERS: dict[str, tuple[float, float, dict[str, list[str]]]] = {
    "Supreme": (
        22,
        1.0,
        {"Tops": ["Box Logo Hoodie", "Motion Logo Tee"], "Accessories": ["Camp Cap", "Shoulder Bag"]},
    ),
    "Nike": (20, 0.9, {"Footwear": ["Dunk Low Panda", "Air Force 1 '07", "SB Dunk Low"], "Tops": ["Tech Fleece"]}),
    "Stone Island": (10, 2.0, {"Outerwear": ["Garment Dyed Overshirt", "Soft Shell-R Jacket"], "Tops": ["Crewneck"]}),
    "Carhartt WIP": (12, 0.8, {"Outerwear": ["Detroit Jacket", "Michigan Coat"], "Bottoms": ["Double Knee Pant"]}),
    "Levi's": (9, 0.5, {"Bottoms": ["501 Selvedge Jeans", "505 Regular Fit"], "Outerwear": ["Trucker Jacket"]}),
    "Rick Owens": (6, 4.0, {"Footwear": ["Geobasket", "Ramones Low"], "Bottoms": ["Drawstring Cargo Pants"]}),
    "Arc'teryx": (8, 2.2, {"Outerwear": ["Beta LT Jacket", "Atom LT Hoody"], "Accessories": ["Mantis 2 Waistpack"]}),
    "Stussy": (8, 0.6, {"Tops": ["8 Ball Tee", "Stock Logo Hoodie"], "Accessories": ["Big Basic Bucket Hat"]}),
    "Acne Studios": (5, 2.4, {"Bottoms": ["1996 Jeans", "River Jeans"], "Tops": ["Face Patch Sweater"]}),
}
_GRAILED_BASE = {"Tops": 95, "Bottoms": 110, "Outerwear": 210, "Footwear": 170, "Accessories": 60}
_GRAILED_SIZES = {
    "Tops": ["S", "M", "L", "XL"],
    "Bottoms": ["30", "31", "32", "33", "34", "36"],
    "Outerwear": ["S", "M", "L", "XL"],
    "Footwear": ["US 8", "US 9", "US 9.5", "US 10", "US 10.5", "US 11", "US 12"],
    "Accessories": ["ONE SIZE"],
}
_GRAILED_CONDITION = {"New/Never Worn": (22, 1.25), "Gently Used": (45, 1.0), "Used": (25, 0.8), "Very Worn": (8, 0.55)}
_GRAILED_COUNTRIES = {"United States": 74, "Canada": 7, "United Kingdom": 7, "Germany": 4, "Australia": 3}
_GRAILED_COUNTRIES |= {"Japan": 2, "France": 2, "Netherlands": 1}


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _grailed_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22104)
    rows = []
    names = list(_GRAILED_DESIGNERS)
    for _ in range(640):
        designer = str(_one(rng, names, [v[0] for v in _GRAILED_DESIGNERS.values()]))
        _, scale, items = _GRAILED_DESIGNERS[designer]
        category = str(_one(rng, list(items)))
        item = str(_one(rng, items[category]))
        size = str(_one(rng, _GRAILED_SIZES[category]))
        cond = str(_one(rng, list(_GRAILED_CONDITION), [v[0] for v in _GRAILED_CONDITION.values()]))
        listing = round(_GRAILED_BASE[category] * scale * _GRAILED_CONDITION[cond][1] * rng.lognormal(0, 0.25))
        listing = float(max(listing, 20))
        days = int(min(rng.gamma(1.3, 24), 365))
        discount = float(np.clip(rng.normal(0.10 + 0.0007 * days, 0.07), 0, 0.6))
        sold = float(round(listing * (1 - discount)))
        country = str(_one(rng, list(_GRAILED_COUNTRIES), list(_GRAILED_COUNTRIES.values())))
        shipping = float(_one(rng, [0.0, 10.0, 12.0, 15.0], [15, 35, 30, 20]))
        if country != "United States":
            shipping = float(_one(rng, [25.0, 30.0, 40.0]))
        fee = round(0.09 * sold, 2)
        processing = round(0.0349 * (sold + shipping) + 0.49, 2)
        payout = round(sold + shipping - fee - processing, 2)
        when = pd.Timestamp("2021-01-04") + pd.Timedelta(days=int(rng.integers(0, 1090)))
        cond_word = {"New/Never Worn": "BNWT ", "Very Worn": "Beat "}.get(cond, "")
        rows.append(
            {
                "Sold Date": f"{when:%m/%d/%Y}",
                "Listing Title": f"{cond_word}{designer} {item} {size}".strip(),
                "Designer": designer,
                "Category": category,
                "Size": size,
                "Condition": cond,
                "Listing Price": _money(listing),
                "Sold Price": _money(sold),
                "Shipping Charged": _money(shipping),
                "Grailed Fee": _money(fee),
                "Payment Processing Fee": _money(processing),
                "Payout": _money(payout),
                "Days Listed": days,
                "Buyer Country": country,
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Sold Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _grailed_discount(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        listing, sold = _num(df["Listing Price"]), _num(df["Sold Price"])
        return float(1 - sold.sum() / listing.sum()) if pooled else float((1 - sold / listing).mean())

    return rate


def _grailed_abroad(df: pd.DataFrame) -> pd.Series:
    return _text(df["Buyer Country"]) != "United States"


_GRAILED_CATS = ["Accessories", "Bottoms", "Footwear", "Outerwear", "Tops"]
_GRAILED_QS = [
    Q(
        "how much have i made in total after fees?",
        _scaled(lambda df: float(_num(df["Payout"]).sum()), _BIG, rel=0.002),
        ("Payout",),
    ),
    Q(
        "which designer makes me the most money",
        _lead(
            either(
                _named(lambda df: _top(_num(df["Sold Price"]).groupby(df["Designer"]).sum())),
                _named(lambda df: _top(_num(df["Payout"]).groupby(df["Designer"]).sum())),
            )
        ),
        ("Designer", "Sold Price", "Payout"),
    ),
    Q(
        "on average how much below the listing price do things sell, in %?",
        either(_share(_grailed_discount(False)), _share(_grailed_discount(True))),
        ("Listing Price", "Sold Price"),
    ),
    Q(
        "how long does stuff take to sell for each category",
        either(
            _about(lambda df: df.groupby("Category")["Days Listed"].mean()[_GRAILED_CATS].to_numpy(), rel=0.01),
            _about(lambda df: df.groupby("Category")["Days Listed"].median()[_GRAILED_CATS].to_numpy(), rel=0.01),
        ),
        ("Category", "Days Listed"),
    ),
    Q(
        "how many sales went to buyers outside the us",
        _count(lambda df: int(_grailed_abroad(df).sum())),
        ("Buyer Country",),
    ),
    Q(
        "which of those countries bought the most",
        _lead(_named(lambda df: _top(_text(df.loc[_grailed_abroad(df), "Buyer Country"]).value_counts()))),
        ("Buyer Country",),
    ),
]


# --- 5. OPTN transplants by organ and donor type ------------------------------------------------------------------

# organ: (1988 deceased, 2023 deceased, 1988 living, 2023 living, curve shape)
_OPTN_ORGANS: dict[str, tuple[float, float, float | None, float | None]] = {
    "Kidney": (7100, 21400, 1800, 6300),
    "Liver": (1700, 10100, 0, 580),
    "Heart": (1670, 4550, None, None),
    "Lung": (33, 3020, 0, 2),
    "Pancreas": (240, 90, 0, 1),
    "Kidney / Pancreas": (170, 830, None, None),
    "Intestine": (2, 95, 0, 1),
    "Heart / Lung": (74, 55, None, None),
}


def _optn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22105)
    years = np.arange(1988, 2024)
    rows = []
    for donor in ("Deceased Donor", "Living Donor"):
        totals = np.zeros(len(years), dtype=int)
        block = []
        for organ, (d0, d1, l0, l1) in _OPTN_ORGANS.items():
            a, b = (d0, d1) if donor == "Deceased Donor" else (l0, l1)
            if a is None or b is None:
                continue
            x = (years - 1988) / 35.0
            if organ == "Liver" and donor == "Living Donor":
                level = np.where(
                    years < 1995, 20 * x * 35, 520 * np.exp(-(((years - 2001) / 3.0) ** 2)) + 250 + 330 * x
                )
            elif organ == "Pancreas" and donor == "Deceased Donor":
                level = 240 + 1400 * np.exp(-(((years - 2004) / 7.0) ** 2)) - 150 * x
            elif organ == "Heart / Lung":
                level = 74 - 40 * x + 10 * np.sin(years)
            elif organ in ("Lung", "Pancreas", "Intestine") and donor == "Living Donor":
                level = np.where((years > 1992) & (years < 2006), 12 + 20 * np.exp(-(((years - 1999) / 3.0) ** 2)), b)
            else:
                level = a + (b - a) * x**1.3
            if organ == "Heart" and donor == "Deceased Donor":
                level = level + 450 * np.exp(-(((years - 2019) / 1.2) ** 2))
            counts = np.maximum(np.round(level * rng.lognormal(0, 0.035, len(years))), 0).astype(int)
            if donor == "Deceased Donor" and organ in ("Kidney", "Liver", "Lung"):
                counts[years == 2020] = np.round(counts[years == 2020] * 0.95).astype(int)
            totals += counts
            block += [(int(y), organ, donor, int(c)) for y, c in zip(years, counts, strict=True)]
        block += [(int(y), "All Organs", donor, int(c)) for y, c in zip(years, totals, strict=True)]
        rows += block
    df = pd.DataFrame(rows, columns=["Year", "Organ", "Donor Type", "Transplants"])
    df = df.sort_values(["Year", "Donor Type"], ascending=[False, True], kind="stable").reset_index(drop=True)
    df["Transplants"] = [f"{v:,}" for v in df["Transplants"]]
    return df


def _optn(df: pd.DataFrame) -> pd.DataFrame:
    """The organ rows (no "All Organs" totals) with Transplants as numbers."""
    d = df[_text(df["Organ"]) != "All Organs"]
    return d.assign(Transplants=_num(d["Transplants"]))


def _optn_year(organ: str) -> Callable[[pd.DataFrame], pd.Series]:
    def by_year(df: pd.DataFrame) -> pd.Series:
        d = _optn(df)
        return d[_text(d["Organ"]) == organ].groupby("Year")["Transplants"].sum()

    return by_year


def _optn_living_share(df: pd.DataFrame) -> float:
    d = _optn(df)
    d = d[d["Year"] == 2023]
    return float(d.loc[d["Donor Type"] == "Living Donor", "Transplants"].sum() / d["Transplants"].sum())


def _optn_lung_since(first: int) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_optn_year("Lung")(df).loc[first:2023].mean())


_OPTN_QS = [
    Q(
        "how many transplants were done in 2023 in total?",
        _count(lambda df: int(_optn(df).loc[_optn(df)["Year"] == 2023, "Transplants"].sum())),
        ("Year", "Transplants", "Organ"),
    ),
    Q(
        "what fraction of those came from living donors",
        _share(_optn_living_share),
        ("Year", "Transplants", "Donor Type", "Organ"),
    ),
    Q(
        "by what % have kidney transplants grown since 1988?",
        _pct(lambda df: float(_optn_year("Kidney")(df)[2023] / _optn_year("Kidney")(df)[1988] - 1)),
        ("Year", "Organ", "Transplants", "Donor Type"),
    ),
    Q(
        "which year had the most heart transplants",
        _lead(_year(lambda df: int(_optn_year("Heart")(df).idxmax()))),
        ("Year", "Organ", "Transplants", "Donor Type"),
    ),
    Q(
        "and what about living donor liver transplants, when did they peak?",
        _lead(
            _year(
                lambda df: int(
                    _optn(df)
                    .query("Organ == 'Liver' and `Donor Type` == 'Living Donor'")
                    .set_index("Year")["Transplants"]
                    .idxmax()
                )
            )
        ),
        ("Year", "Organ", "Transplants", "Donor Type"),
    ),
    Q(
        "average lung transplants a year since 2010",
        either(has(_optn_lung_since(2010), rel=0.004), has(_optn_lung_since(2011), rel=0.004)),
        ("Year", "Organ", "Transplants", "Donor Type"),
    ),
]


# --- 6. FAA UAS sightings ---------------------------------------------------------------------------------------

_FAA_PLACES = {
    "FLORIDA": (["MIAMI", "ORLANDO", "TAMPA", "FORT LAUDERDALE", "JACKSONVILLE"], 15),
    "CALIFORNIA": (["LOS ANGELES", "SAN DIEGO", "SAN FRANCISCO", "SAN JOSE", "OAKLAND"], 17),
    "NEW YORK": (["NEW YORK", "WHITE PLAINS", "ISLIP"], 10),
    "TEXAS": (["HOUSTON", "DALLAS", "AUSTIN", "SAN ANTONIO"], 11),
    "ILLINOIS": (["CHICAGO"], 5),
    "NEW JERSEY": (["NEWARK", "TETERBORO"], 5),
    "ARIZONA": (["PHOENIX", "SCOTTSDALE"], 4),
    "GEORGIA": (["ATLANTA"], 3),
    "WASHINGTON": (["SEATTLE"], 3),
    "MASSACHUSETTS": (["BOSTON"], 3),
    "NEVADA": (["LAS VEGAS"], 3),
    "COLORADO": (["DENVER"], 2),
}
_FAA_TYPES = ["B737", "A320", "E175", "CRJ9", "C172", "PA28", "SR22", "HELICOPTER", "B739", "A321"]
_FAA_YEARS = {2019: 2100, 2020: 1650, 2021: 2250, 2022: 2500, 2023: 2300}


def _faa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22106)
    rows = []
    states = list(_FAA_PLACES)
    for year, per_year in _FAA_YEARS.items():
        n = int(per_year / 5.5)
        months = rng.choice(np.arange(1, 13), n, p=np.array([5, 5, 7, 8, 9, 10, 12, 11, 9, 9, 8, 7]) / 100)
        for m in months:
            day = int(rng.integers(1, pd.Timestamp(year, int(m), 1).days_in_month + 1))
            state = str(_one(rng, states, [v[1] for v in _FAA_PLACES.values()]))
            city = str(_one(rng, _FAA_PLACES[state][0]))
            hour = int(
                _one(rng, list(range(24)), [1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 7, 7, 7, 8, 8, 9, 9, 8, 6, 4, 3, 2, 1])
            )
            minute = int(rng.integers(0, 60))
            alt = int(round(float(rng.lognormal(np.log(2200), 0.8)), -2))
            alt = min(max(alt, 100), 12000)
            miles = int(rng.integers(1, 12))
            side = str(_one(rng, ["NORTH", "SOUTH", "EAST", "WEST", "NORTHEAST", "SOUTHWEST"]))
            kind = str(_one(rng, _FAA_TYPES))
            color = str(_one(rng, ["", "", "A RED ", "A WHITE ", "A BLACK ", "A SILVER "]))
            has_alt = rng.random() < 0.72
            evasive = (alt < 3000 and rng.random() < 0.18) or rng.random() < 0.04
            if has_alt:
                text = f"{kind} PILOT REPORTED {color or 'A '}DRONE AT {alt} FT {miles} MILES {side} OF {city} AIRPORT."
            else:
                text = f"{kind} PILOT REPORTED {color or 'A '}UAS OFF THE {side} SIDE WHILE ON APPROACH."
            text += " EVASIVE ACTION TAKEN." if evasive else " NO EVASIVE ACTION REPORTED."
            text += " LEO NOTIFIED." if rng.random() < 0.5 else ""
            answer = "Yes" if evasive else "No"
            if rng.random() < 0.03:
                answer = ""
            rows.append(
                {
                    "Date": f"{int(m)}/{day}/{year}",
                    "Time": f"{hour:02d}{minute:02d}",
                    "City": city,
                    "State": state,
                    "Summary": text,
                    "Altitude (ft)": alt if has_alt else np.nan,
                    "Aircraft Type": "" if rng.random() < 0.08 else kind,
                    "Evasive Action Taken": answer,
                }
            )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date"], format="%m/%d/%Y") + pd.to_timedelta(df["Time"].str[:2].astype(int), "h")
    return df.iloc[order.argsort(kind="stable")].reset_index(drop=True).replace("", np.nan)


def _faa_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y")


def _faa_evasive(blanks: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        e = _text(df["Evasive Action Taken"])
        return float((e == "Yes").sum() / (len(e) if blanks else (e != "").sum()))

    return rate


_FAA_QS = [
    Q(
        "how many drone sightings were reported each year",
        _count(lambda df: _faa_dates(df).dt.year.value_counts().sort_index().to_numpy()),
        ("Date",),
    ),
    Q(
        "which state reports the most?",
        _lead(_named(lambda df: _top(_text(df["State"]).value_counts()))),
        ("State",),
    ),
    Q(
        "what % of reports say the pilot had to take evasive action",
        either(_share(_faa_evasive(True)), _share(_faa_evasive(False))),
        ("Evasive Action Taken",),
    ),
    Q(
        "average altitude of the drones",
        _about(lambda df: float(df["Altitude (ft)"].mean()), rel=0.005),
        ("Altitude (ft)",),
    ),
    Q(
        "how many reports have no altitude?",
        _count(lambda df: int(df["Altitude (ft)"].isna().sum())),
        ("Altitude (ft)",),
    ),
    Q(
        "which month of the year has the most sightings",
        _lead(_month(lambda df: int(_faa_dates(df).dt.month.value_counts().idxmax()))),
        ("Date",),
    ),
]


# --- 7. OurAirports runways -------------------------------------------------------------------------------------

_OA_COUNTRIES = {"US": 46, "CA": 9, "BR": 9, "AU": 7, "MX": 5, "DE": 5, "FR": 5, "GB": 4, "RU": 4, "AR": 3}
_OA_COUNTRIES |= {"JP": 2, "NZ": 1.5}
_OA_PREFIX = {"US": "K", "CA": "C", "BR": "SB", "AU": "Y", "MX": "MM", "DE": "ED", "FR": "LF", "GB": "EG"}
_OA_PREFIX |= {"RU": "UU", "AR": "SA", "JP": "RJ", "NZ": "NZ"}
_OA_TYPES = {"small_airport": 55, "heliport": 20, "medium_airport": 13, "large_airport": 4, "seaplane_base": 8}
_OA_WORDS = ["Pine", "River", "Lake", "Valley", "Eagle", "Cedar", "Hill", "Mesa", "Bay", "Prairie", "Harbor", "Oak"]
_OA_WORDS += ["Sky", "Falcon", "North", "Green", "Stone", "Clear", "Sand", "Maple", "Red", "Willow", "Fox", "Aspen"]


def _oa_surface(rng: np.random.Generator, kind: str) -> str:
    if kind == "seaplane_base":
        return "WATER"
    if kind in ("large_airport", "medium_airport"):
        return str(_one(rng, ["ASP", "CON", "Asphalt", "ASPH-G", "CON"], [60, 25, 6, 4, 5]))
    if kind == "heliport":
        return str(_one(rng, ["CON", "ASP", "GRS", "TURF"], [45, 35, 10, 10]))
    return str(_one(rng, ["ASP", "TURF", "GRS", "GVL", "GRASS", "Asphalt", "DIRT"], [34, 22, 16, 12, 6, 5, 5]))


def _oa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22107)
    rows: list[dict[str, Any]] = []
    serial = 0
    idents: set[str] = set()
    while len(rows) < 4000:
        serial += 1
        country = str(_one(rng, list(_OA_COUNTRIES), list(_OA_COUNTRIES.values())))
        kind = str(_one(rng, list(_OA_TYPES), list(_OA_TYPES.values())))
        word = f"{_one(rng, _OA_WORDS)} {_one(rng, _OA_WORDS)}"
        if kind in ("large_airport", "medium_airport"):
            code = "".join(chr(65 + int(x)) for x in rng.integers(0, 26, 4 - len(_OA_PREFIX[country])))
            ident = _OA_PREFIX[country] + code
            name = f"{word} {'International Airport' if kind == 'large_airport' else 'Regional Airport'}"
            n_rwy = int(
                _one(rng, [1, 2, 3, 4, 5], [10, 35, 30, 17, 8] if kind == "large_airport" else [45, 38, 14, 3, 0])
            )
        elif kind == "heliport":
            ident = f"{country}-{serial:04d}" if rng.random() < 0.5 else f"{int(rng.integers(0, 99)):02d}{country[0]}A"
            name = f"{word} {_one(rng, ['Hospital Heliport', 'Heliport', 'Medical Center Helipad'])!s}"
            n_rwy = int(_one(rng, [1, 2], [88, 12]))
        elif kind == "seaplane_base":
            ident = f"{int(rng.integers(0, 99)):02d}{_one(rng, ['W', 'M', 'A'])}{int(rng.integers(0, 9))}"
            name = f"{word} Seaplane Base"
            n_rwy = int(_one(rng, [1, 2], [75, 25]))
        else:
            ident = (
                f"{country}-{serial:04d}"
                if rng.random() < 0.4
                else f"{int(rng.integers(0, 99)):02d}{country[0]}{country[1]}"
            )
            name = f"{word} {_one(rng, ['Airport', 'Airfield', 'Airstrip', 'Field', 'Ranch Airport'])!s}"
            n_rwy = int(_one(rng, [1, 2, 3], [70, 25, 5]))
        if ident in idents:
            continue
        idents.add(ident)
        elev = int(rng.gamma(1.5, 600))
        used_heads: set[int] = set()
        for r in range(n_rwy):
            surface = _oa_surface(rng, kind)
            closed = int(rng.random() < (0.02 if kind in ("large_airport", "medium_airport") else 0.07))
            if kind == "heliport":
                length = round(float(rng.uniform(30, 90)))
                width = length
                le, he = f"H{r + 1}", ""
                lighted = int(rng.random() < 0.45)
            elif kind == "seaplane_base":
                length = int(round(float(rng.uniform(2500, 9000)), -2))
                width = int(round(float(rng.uniform(100, 500)), -1))
                le, he = _one(rng, [("N", "S"), ("E", "W"), ("NE", "SW"), ("NW", "SE")])
                lighted = 0
            else:
                mean = {"large_airport": 9800, "medium_airport": 6400, "small_airport": 2900}[kind]
                length = int(round(float(np.clip(rng.normal(mean, mean * 0.22), 600, 17000)), -1))
                width = int(round(float(np.clip(length / 45 + rng.normal(0, 12), 25, 200)), -1))
                head = int(rng.integers(1, 19))
                while head in used_heads:
                    head = int(rng.integers(1, 19))
                used_heads.add(head)
                le, he = f"{head:02d}", f"{head + 18:02d}"
                if r > 0 and rng.random() < 0.3 and kind != "small_airport":
                    le, he = f"{le}R", f"{he}L"
                lighted = int(
                    rng.random() < {"large_airport": 0.97, "medium_airport": 0.85, "small_airport": 0.28}[kind]
                )
            rows.append(
                {
                    "airport_ident": ident,
                    "airport_name": name,
                    "airport_type": kind,
                    "iso_country": country,
                    "length_ft": length if rng.random() > 0.04 else np.nan,
                    "width_ft": width if rng.random() > 0.12 else np.nan,
                    "surface": surface,
                    "lighted": lighted,
                    "closed": closed,
                    "le_ident": le,
                    "he_ident": he,
                    "le_elevation_ft": elev + int(rng.integers(-5, 6)) if rng.random() < 0.4 else np.nan,
                }
            )
    df = pd.DataFrame(rows).replace("", np.nan)
    df = df.astype({"length_ft": "Int64", "width_ft": "Int64", "le_elevation_ft": "Int64"})
    return df


def _oa_top5(df: pd.DataFrame) -> list[str]:
    return [str(x) for x in _text(df["iso_country"]).value_counts().index[:5]]


def _oa_longest(df: pd.DataFrame) -> str:
    return str(df.loc[df["length_ft"].idxmax(), "airport_name"])


def _oa_lengths(df: pd.DataFrame) -> list[float]:
    by = df.groupby("airport_type")["length_ft"].mean()
    return [float(by["large_airport"]), float(by["small_airport"])]


def _oa_busy(open_only: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        d = df[df["closed"] == 0] if open_only else df
        return int((d.groupby("airport_ident").size() > 3).sum())

    return count


_OA_ALIASES = {
    "US": ("United States", "USA"),
    "CA": ("Canada",),
    "BR": ("Brazil",),
    "AU": ("Australia",),
    "MX": ("Mexico",),
    "DE": ("Germany",),
    "FR": ("France",),
    "GB": ("United Kingdom", "UK"),
}
_OA_QS = [
    Q(
        "which 5 countries have the most runways",
        _all_named(_oa_top5, _OA_ALIASES),
        ("iso_country",),
    ),
    Q(
        "what's the longest runway and which airport is it at?",
        both(_count(lambda df: float(df["length_ft"].max())), _named(_oa_longest)),
        ("length_ft", "airport_name", "airport_ident"),
    ),
    Q(
        "average runway length at large airports vs small ones",
        _about(_oa_lengths, rel=0.003),
        ("airport_type", "length_ft"),
    ),
    Q(
        "what share of runways have lights?",
        either(
            _share(lambda df: float(df["lighted"].mean())),
            _share(lambda df: float(df.loc[df["closed"] == 0, "lighted"].mean())),
        ),
        ("lighted", "closed"),
    ),
    Q(
        "how many runways are closed",
        _count(lambda df: int((df["closed"] == 1).sum())),
        ("closed",),
    ),
    Q(
        "how many airports have more than 3 runways?",
        either(_count(_oa_busy(False)), _count(_oa_busy(True))),
        ("airport_ident", "airport_name", "closed"),
    ),
]


HELDOUT221: list[Dataset] = [
    Dataset("noom_food_log", _noom_frame, _NOOM_QS),
    Dataset("happy_scale_weighins", _happy_frame, _HAPPY_QS),
    Dataset("umami_events", _umami_frame, _UMAMI_QS),
    Dataset("grailed_sales", _grailed_frame, _GRAILED_QS),
    Dataset("optn_transplants", _optn_frame, _OPTN_QS),
    Dataset("faa_uas_sightings", _faa_frame, _FAA_QS),
    Dataset("ourairports_runways", _oa_frame, _OA_QS),
]
