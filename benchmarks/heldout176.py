"""HELDOUT176: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Plausible Analytics "Top Pages" export
(pages.csv of the dashboard export, one row per page path of a small SaaS site) with name (the path: "/", "/pricing",
"/docs/...", "/blog/..."), visitors, pageviews, bounce_rate (a whole percentage, blank for pages nobody entered on)
and time_on_page (seconds, blank for some); a Semrush "Organic Positions" export of one domain with Keyword, Position,
"Previous position" (0 for keywords new this period), "Search Volume" (Semrush's rounded buckets), "Keyword
Difficulty" (0-100), CPC, URL (full https address), Traffic, "Traffic (%)", "Traffic Cost", Competition (0-1),
"Number of Results", Trends (twelve comma-separated monthly ratios in one cell), Timestamp ("2024-05-14"), "SERP
Features by Keyword" (comma-separated list), "Keyword Intents" ("informational", "commercial, informational", ...)
and "Position Type" (Organic / Featured snippet); a Lose It! food log export (January-April 2024) with Date as
"01/05/2024", Name ("Banana, Medium", "Coffee, Brewed w/ Milk"), Type (Breakfast / Lunch / Dinner / Snacks and
Exercise rows with negative Calories and blank nutrients), Quantity, Units, Calories, "Fat (g)", "Protein (g)",
"Carbohydrates (g)", "Saturated Fat (g)", "Sugars (g)", "Fiber (g)", "Cholesterol (mg)" and "Sodium (mg)" (blank
for some foods); a TickTick tasks backup CSV (the preamble lines above the header dropped) with "Folder Name" (blank
for Inbox), "List Name", Title, Kind (TEXT / CHECKLIST), Tags ("work, urgent" or blank), Content, "Is Check list"
(Y / N), "Start Date" and "Due Date" as "2024-03-14T09:00:00+0000" (blank for many), Reminder, Repeat ("RRULE:..."),
Priority (0 none, 1 low, 3 medium, 5 high), Status (0 open, 1 completed, 2 archived after completion), "Created Time",
"Completed Time" (blank while open), Order, Timezone, "Is All Day", "Is Floating", "Column Name", "Column Order",
"View Mode", taskId (24 hex digits) and parentId (blank unless a subtask); the Seattle Police Department "Call
Data" (2023) with "CAD Event Number", "Event Clearance Description" (upper case), "Call Type" (911 / TELEPHONE
OTHER, NOT 911 / ONVIEW / ALARM CALL (NOT POLICE ALARM) / TEXT MESSAGE), Priority (1-4, a few 7 and 9), "Initial
Call Type" and "Final Call Type" (upper-case codes such as "--TRAFFIC - MV COLLISION INVESTIGATION"), "Original
Time Queued" and "Arrived Time" as "01/05/2023 09:12:33 PM" (the sentinel "01/01/1900 12:00:00 AM" when no unit
arrived), Precinct (North / West / East / South / Southwest / UNKNOWN), Sector, Beat, Blurred_Longitude and
Blurred_Latitude (blank for some); a Statistics Canada table download in long format (retail trade sales by province,
monthly 2022-2024) with REF_DATE ("2023-01"), GEO ("Canada" total row plus the ten provinces), DGUID, "North American
Industry Classification System (NAICS)" ("Retail trade [44-45]" total plus four subsectors), Adjustments (Unadjusted
/ Seasonally adjusted), UOM (Dollars), UOM_ID, SCALAR_FACTOR ("thousands"), SCALAR_ID, VECTOR, COORDINATE, VALUE
(blank where STATUS is ".." or "x"), STATUS ("E" for estimates), SYMBOL, TERMINATED and DECIMALS; and the NYC Dog
Licensing dataset with AnimalName (upper case, "UNKNOWN" and "NAME NOT PROVIDED" placeholders), AnimalGender (M / F),
AnimalBirthYear (blank for a few), BreedName ("Unknown", "Yorkshire Terrier", "Yorkshire Terrier Crossbreed", ...),
Borough (blank for a few), ZipCode, LicenseIssuedDate and LicenseExpiredDate as "03/14/2021" and "Extract Year"
(2022 / 2023, so a dog licensed for several years repeats, and a few rows are exact duplicates). All are generated
with fixed seeds 17601-17607.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _text, _year
from .heldout173 import _top
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _mean_or_median(values: Callable[[pd.DataFrame], pd.Series], rel: float = 0.01) -> Check:
    """A typical value: the mean or the median."""
    return either(
        _about(lambda d: float(values(d).mean()), rel=rel), _about(lambda d: float(values(d).median()), rel=rel)
    )


def _ymd_time(s: pd.Series) -> pd.Series:
    """Timestamps written "2024-03-14T09:00:00+0000" (blanks as NaT, zone dropped)."""
    return pd.to_datetime(_text(s).str.slice(0, 19), format="%Y-%m-%dT%H:%M:%S", errors="coerce")


def _mdy_time(s: pd.Series) -> pd.Series:
    """Timestamps written "01/05/2023 09:12:33 PM"."""
    return pd.to_datetime(_text(s), format="%m/%d/%Y %I:%M:%S %p", errors="coerce")


# --- 1. Plausible Analytics top pages export -----------------------------------------------------------------------

_PL_WORDS = "saas;pricing;onboarding;churn;analytics;privacy;cookies;gdpr;seo;growth;email;landing;metrics;retention"
_PL_NOUNS = "guide;checklist;tips;mistakes;playbook;examples;template;lessons;benchmarks;tools"


def _plausible_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17601)
    words, nouns = _PL_WORDS.split(";"), _PL_NOUNS.split(";")
    paths = ["/", "/pricing", "/about", "/blog", "/docs", "/contact", "/login", "/register", "/changelog", "/careers"]
    used = set(paths)
    while len(paths) < 300:
        slug = f"/blog/{_one(rng, words)}-{_one(rng, words)}-{_one(rng, nouns)}"
        if slug not in used:
            used.add(slug)
            paths.append(slug)
    topics = ["install", "api", "webhooks", "billing", "sso", "export", "integrations", "teams", "events", "goals"]
    while len(paths) < 400:
        slug = f"/docs/{_one(rng, topics)}/{_one(rng, words)}"
        if slug not in used:
            used.add(slug)
            paths.append(slug)
    paths.append("/blog/how-we-cut-our-aws-bill-by-80-percent")
    rows = []
    for p in paths:
        if p == "/blog/how-we-cut-our-aws-bill-by-80-percent":
            vis = 48210
        elif p == "/":
            vis = 31877
        elif p in {"/pricing", "/register", "/login"}:
            vis = int(rng.integers(6000, 14000))
        elif p.startswith("/docs"):
            vis = int(rng.lognormal(5.2, 1.0))
        else:
            vis = int(rng.lognormal(5.6, 1.3))
        vis = max(vis, 1)
        pv = int(vis * (1 + rng.gamma(1.2, 0.25 if p.startswith("/blog") else 0.6)))
        bounce = float(np.clip(rng.normal(72 if p.startswith("/blog") else 45, 12), 5, 100))
        top = max(5.0, 260 - 2.6 * bounce + rng.normal(0, 35))
        rows.append(
            {
                "name": p,
                "visitors": vis,
                "pageviews": pv,
                "bounce_rate": round(bounce) if rng.random() > 0.08 else None,
                "time_on_page": round(top) if rng.random() > 0.07 else None,
            }
        )
    frame = pd.DataFrame(rows).sort_values("visitors", ascending=False, kind="stable").reset_index(drop=True)
    frame["bounce_rate"] = frame["bounce_rate"].astype("Int64")
    frame["time_on_page"] = frame["time_on_page"].astype("Int64")
    return frame


def _pl_blog(d: pd.DataFrame, index: bool) -> pd.Series:
    name = _text(d["name"])
    return name.str.startswith("/blog/") | ((name == "/blog") & index)


def _pl_weighted_bounce(d: pd.DataFrame) -> float:
    keep = d["bounce_rate"].notna()
    return float((d.loc[keep, "bounce_rate"] * d.loc[keep, "visitors"]).sum() / d.loc[keep, "visitors"].sum())


_PL_ID = ("name",)
_PLAUSIBLE_QS = [
    Q(
        "which page gets the most visitors",
        _lead(_named(lambda d: str(d.loc[d["visitors"].idxmax(), "name"]))),
        ("name", "visitors"),
    ),
    Q("how many pageviews in total", _count(lambda d: int(d["pageviews"].sum())), ("pageviews", *_PL_ID)),
    Q(
        "whats the typical bounce rate",
        either(
            _mean_or_median(lambda d: d["bounce_rate"].dropna()),
            _about(_pl_weighted_bounce),
        ),
        ("bounce_rate", "visitors", *_PL_ID),
    ),
    Q(
        "how many blog posts are there",
        either(
            _count(lambda d: int(_pl_blog(d, False).sum())),
            _count(lambda d: int(_pl_blog(d, True).sum())),
        ),
        _PL_ID,
    ),
    Q(
        "and what share of all pageviews do they get",
        either(
            _share(lambda d: float(d.loc[_pl_blog(d, False), "pageviews"].sum() / d["pageviews"].sum())),
            _share(lambda d: float(d.loc[_pl_blog(d, True), "pageviews"].sum() / d["pageviews"].sum())),
        ),
        ("pageviews", *_PL_ID),
    ),
    Q(
        "do pages with a higher bounce rate have less time on page?",
        _corr(lambda d: d["bounce_rate"].astype(float), lambda d: d["time_on_page"].astype(float)),
        ("bounce_rate", "time_on_page", *_PL_ID),
    ),
]


# --- 2. Semrush organic positions export ---------------------------------------------------------------------------

_SR_VOLUMES = [10, 20, 30, 40, 50, 70, 90, 110, 140, 170, 210, 260, 320, 390, 480, 590, 720, 880, 1000, 1300, 1600]
_SR_VOLUMES += [1900, 2400, 2900, 3600, 4400, 5400, 6600, 8100, 9900, 12100, 14800, 18100, 22200, 27100, 33100]
_SR_PRODUCTS = ["hiking boots", "trail running shoes", "rain jacket", "down jacket", "backpack", "tent", "sleeping bag"]
_SR_PRODUCTS += ["trekking poles", "headlamp", "water filter", "camp stove", "hiking socks", "fleece", "gaiters"]
_SR_MODS = ["best", "cheap", "womens", "mens", "waterproof", "lightweight", "how to choose", "vs", "review", "sale"]
_SR_MODS += ["for beginners", "2024", "near me", "ultralight", "how to clean", "size guide", "buy", "top rated"]
_SR_PREFIX = {"best", "cheap", "womens", "mens", "waterproof", "lightweight", "how to choose", "ultralight"}
_SR_PREFIX |= {"how to clean", "buy", "top rated"}
_SR_FEATURES = ["Featured snippet", "People also ask", "Image pack", "Reviews", "Video", "Shopping ads", "Sitelinks"]
_SR_SITE = "https://www.trailpeak.com"


def _sr_ctr(pos: int) -> float:
    return [0.0, 0.28, 0.15, 0.10, 0.07, 0.05, 0.04, 0.03, 0.025, 0.02, 0.018][pos] if pos <= 10 else 0.004


def _semrush_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17602)
    urls = [f"{_SR_SITE}/blog/{m.replace(' ', '-')}-{p.replace(' ', '-')}" for p in _SR_PRODUCTS for m in _SR_MODS[:3]]
    urls += [f"{_SR_SITE}/collections/{p.replace(' ', '-')}" for p in _SR_PRODUCTS] + [f"{_SR_SITE}/"]
    seen = set()
    rows = []
    while len(rows) < 1200:
        prod = _one(rng, _SR_PRODUCTS)
        mod = _one(rng, _SR_MODS)
        extra = _one(
            rng, ["", "", "", " for women", " for men", " uk", " amazon", " reddit", " wide feet", " gore tex"]
        )
        kw = (f"{mod} {prod}" if mod in _SR_PREFIX else f"{prod} {mod}") + extra
        if kw in seen:
            continue
        seen.add(kw)
        pos = int(np.clip(rng.geometric(0.07), 1, 100))
        vol = int(_SR_VOLUMES[min(int(rng.gamma(2.0, 4.0)), len(_SR_VOLUMES) - 1)])
        kd = int(np.clip(rng.normal(44 + 6 * np.log10(vol) - 0.25 * max(0, 40 - pos), 15), 0, 100))
        cpc = round(max(0.0, rng.normal(0.4 + 0.035 * kd, 0.45)), 2) if rng.random() > 0.08 else 0.0
        prev = 0 if rng.random() < 0.09 else int(np.clip(pos + rng.normal(0, 4), 1, 100))
        intent = _one(
            rng,
            ["informational", "commercial", "transactional", "commercial, informational", "commercial, transactional"],
            [4, 3, 2, 2, 1],
        )
        url = _one(rng, [u for u in urls if prod.replace(" ", "-") in u])
        traffic = int(vol * _sr_ctr(pos))
        feats = sorted({str(_one(rng, _SR_FEATURES)) for _ in range(int(rng.integers(0, 4)))})
        rows.append(
            {
                "Keyword": kw,
                "Position": pos,
                "Previous position": prev,
                "Search Volume": vol,
                "Keyword Difficulty": kd,
                "CPC": cpc,
                "URL": url,
                "Traffic": traffic,
                "Traffic (%)": 0.0,
                "Traffic Cost": round(traffic * cpc),
                "Competition": round(float(np.clip(rng.normal(0.3 + 0.005 * kd, 0.2), 0, 1)), 2),
                "Number of Results": int(rng.lognormal(17, 1.2)),
                "Trends": ",".join(f"{x:.2f}" for x in np.clip(rng.normal(0.7, 0.18, 12), 0.05, 1.0)),
                "Timestamp": "2024-05-14",
                "SERP Features by Keyword": ", ".join(feats),
                "Keyword Intents": intent,
                "Position Type": "Featured snippet" if pos == 1 and rng.random() < 0.3 else "Organic",
            }
        )
    frame = pd.DataFrame(rows)
    frame["Traffic (%)"] = (100 * frame["Traffic"] / frame["Traffic"].sum()).round(2)
    return frame.sort_values(["Traffic", "Search Volume"], ascending=False, kind="stable").reset_index(drop=True)


def _sr_dropped(d: pd.DataFrame) -> pd.Series:
    prev = pd.to_numeric(d["Previous position"], errors="coerce")
    return (prev > 0) & (d["Position"] > prev)


def _sr_info_volume(d: pd.DataFrame, exact: bool) -> float:
    intent = _text(d["Keyword Intents"])
    keep = intent == "informational" if exact else intent.str.contains("informational")
    return float(d.loc[keep, "Search Volume"].sum())


_SR_ID = ("Keyword", "URL")
_SEMRUSH_QS = [
    Q("how many keywords are we top 3 for", _count(lambda d: int((d["Position"] <= 3).sum())), ("Position", *_SR_ID)),
    Q(
        "which page brings in the most traffic",
        _lead(_named(lambda d: _top(d.groupby("URL")["Traffic"].sum()))),
        ("URL", "Traffic", "Traffic (%)", "Keyword"),
    ),
    Q(
        "avg difficulty of the keywords on page one?",
        _about(lambda d: float(d.loc[d["Position"] <= 10, "Keyword Difficulty"].mean())),
        ("Position", "Keyword Difficulty", *_SR_ID),
    ),
    Q(
        "how many keywords dropped since last time",
        _count(lambda d: int(_sr_dropped(d).sum())),
        ("Position", "Previous position", *_SR_ID),
    ),
    Q(
        "total search volume of the informational ones",
        either(
            _count(lambda d: _sr_info_volume(d, False)),
            _count(lambda d: _sr_info_volume(d, True)),
        ),
        ("Search Volume", "Keyword Intents", *_SR_ID),
    ),
    Q(
        "are harder keywords more expensive per click",
        _corr(lambda d: d["Keyword Difficulty"].astype(float), lambda d: d["CPC"].astype(float)),
        ("Keyword Difficulty", "CPC", *_SR_ID),
    ),
]


# --- 3. Lose It! food log export -----------------------------------------------------------------------------------

# name: meal, units, calories, fat, protein, carbs, sat fat, sugars, fiber, cholesterol, sodium (None: blank)
_LI_FOODS: dict[str, tuple[str, str, float, float, float, float, Any, Any, Any, Any, Any]] = {
    "Coffee, Brewed w/ Milk": ("Breakfast", "Cup", 40, 1.5, 2.0, 3.0, 1.0, 3.0, 0.0, 5, 30),
    "Oatmeal, Rolled Oats": ("Breakfast", "Cup", 300, 5.0, 10.0, 54.0, 1.0, 1.0, 8.0, 0, 5),
    "Banana, Medium": ("Breakfast", "Each", 105, 0.4, 1.3, 27.0, 0.1, 14.0, 3.1, 0, 1),
    "Greek Yogurt, Plain 2%": ("Breakfast", "Container", 150, 4.0, 20.0, 8.0, 2.5, 7.0, 0.0, 15, 65),
    "Eggs, Scrambled": ("Breakfast", "Each", 90, 7.0, 6.0, 1.0, 2.0, None, None, 185, 90),
    "Turkey Sandwich": ("Lunch", "Each", 420, 12.0, 28.0, 46.0, 3.5, 6.0, 4.0, 55, 1150),
    "Chipotle Chicken Burrito Bowl": ("Lunch", "Each", 665, 24.0, 48.0, 62.0, 8.0, 5.0, 12.0, 125, 1810),
    "Caesar Salad w/ Chicken": ("Lunch", "Serving", 480, 30.0, 35.0, 15.0, 7.0, 3.0, 3.0, 95, 980),
    "Tomato Soup": ("Lunch", "Cup", 160, 3.0, 4.0, 28.0, None, 18.0, None, None, 720),
    "Spaghetti Bolognese": ("Dinner", "Cup", 560, 20.0, 30.0, 62.0, 7.0, 9.0, 5.0, 70, 840),
    "Salmon, Baked": ("Dinner", "Ounces", 58, 3.5, 6.3, 0.0, 0.7, 0.0, 0.0, 18, 17),
    "Rice, White, Cooked": ("Dinner", "Cup", 205, 0.4, 4.3, 45.0, 0.1, 0.1, 0.6, 0, 2),
    "Chicken Breast, Grilled": ("Dinner", "Ounces", 47, 1.0, 8.8, 0.0, 0.3, 0.0, 0.0, 24, 21),
    "Pizza, Pepperoni": ("Dinner", "Slice", 310, 13.0, 13.0, 35.0, 5.5, 4.0, 2.0, 30, 720),
    "Broccoli, Steamed": ("Dinner", "Cup", 55, 0.6, 3.7, 11.0, 0.1, 2.2, 5.1, 0, 64),
    "Red Wine": ("Dinner", "Glass", 125, 0.0, 0.1, 3.8, 0.0, 0.9, 0.0, 0, 6),
    "Apple, Medium": ("Snacks", "Each", 95, 0.3, 0.5, 25.0, 0.1, 19.0, 4.4, 0, 2),
    "Almonds": ("Snacks", "Ounces", 164, 14.0, 6.0, 6.0, 1.1, 1.2, 3.5, 0, 0),
    "Dark Chocolate 70%": ("Snacks", "Ounces", 170, 12.0, 2.2, 13.0, 7.0, 7.0, 3.1, None, 6),
    "Protein Bar, Chocolate Chip": ("Snacks", "Bar", 200, 7.0, 20.0, 22.0, 3.0, 6.0, 8.0, 5, 210),
    "Ice Cream, Vanilla": ("Snacks", "Cup", 275, 14.5, 4.6, 31.0, 9.0, 28.0, 0.9, 58, 106),
}
_LI_EXERCISE = {"Running": 11.0, "Walking": 4.5, "Cycling": 8.0, "Weight Training": 5.0, "Yoga": 3.0}
_LI_NUTRIENTS = ["Fat (g)", "Protein (g)", "Carbohydrates (g)", "Saturated Fat (g)", "Sugars (g)", "Fiber (g)"]
_LI_NUTRIENTS += ["Cholesterol (mg)", "Sodium (mg)"]


def _loseit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17603)
    by_meal: dict[str, list[str]] = {}
    for name, spec in _LI_FOODS.items():
        by_meal.setdefault(spec[0], []).append(name)
    rows = []
    for day in pd.date_range("2024-01-01", "2024-04-30"):
        weekend = day.dayofweek >= 5
        for meal, k in (("Breakfast", 2), ("Lunch", 1), ("Dinner", 2), ("Snacks", 1)):
            names = list(by_meal[meal])
            picks = [str(_one(rng, names)) for _ in range(int(rng.integers(max(1, k - 1), k + 2)))]
            if meal == "Breakfast":
                picks.append("Coffee, Brewed w/ Milk")
                if rng.random() < 0.6:
                    picks.append("Coffee, Brewed w/ Milk")
            if meal == "Snacks" and rng.random() < (0.6 if weekend else 0.15):
                picks.append(str(_one(rng, ["Ice Cream, Vanilla", "Dark Chocolate 70%"])))
            for name in picks:
                spec = _LI_FOODS[name]
                qty = 1.0
                if spec[1] == "Ounces" and meal == "Snacks":
                    qty = float(_one(rng, [1.0, 1.0, 1.5, 2.0]))
                elif spec[1] == "Ounces":
                    qty = float(_one(rng, [4.0, 5.0, 6.0, 8.0]))
                elif spec[1] in {"Cup", "Slice"}:
                    qty = float(_one(rng, [0.5, 1.0, 1.0, 1.5, 2.0]))
                row = {"Date": day.strftime("%m/%d/%Y"), "Name": name, "Type": meal, "Quantity": qty}
                row |= {"Units": spec[1], "Calories": round(spec[2] * qty)}
                for col, v in zip(_LI_NUTRIENTS, spec[3:], strict=True):
                    row[col] = None if v is None else round(v * qty, 1)
                rows.append(row)
        if rng.random() < 0.45:
            ex = str(_one(rng, list(_LI_EXERCISE)))
            mins = int(_one(rng, [20, 30, 30, 45, 60]))
            row = {"Date": day.strftime("%m/%d/%Y"), "Name": ex, "Type": "Exercise", "Quantity": mins}
            row |= {"Units": "Minutes", "Calories": -round(_LI_EXERCISE[ex] * mins * float(rng.uniform(0.9, 1.1)))}
            rows.append(row | dict.fromkeys(_LI_NUTRIENTS))
    return pd.DataFrame(rows)


def _li_food(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Type"]) != "Exercise"]


def _li_daily(d: pd.DataFrame, col: str = "Calories", net: bool = False) -> pd.Series:
    rows = d if net else _li_food(d)
    return pd.to_numeric(rows[col], errors="coerce").groupby(rows["Date"]).sum()


def _li_march_protein(d: pd.DataFrame) -> float:
    daily = _li_daily(d, "Protein (g)")
    return float(daily[daily.index.str.startswith("03/")].mean())


_LI_ID = ("Date", "Name", "Type")
_LOSEIT_QS = [
    Q(
        "how many calories do i eat a day on average",
        either(_about(lambda d: float(_li_daily(d).mean())), _about(lambda d: float(_li_daily(d, net=True).mean()))),
        ("Calories", "Quantity", *_LI_ID),
    ),
    Q(
        "which meal is the biggest",
        _lead(_named(lambda d: _top(_li_food(d).groupby("Type")["Calories"].sum()))),
        ("Calories", "Type", "Date"),
    ),
    Q(
        "how many days was i over 2000 calories",
        either(
            _count(lambda d: int((_li_daily(d) > 2000).sum())),
            _count(lambda d: int((_li_daily(d, net=True) > 2000).sum())),
        ),
        ("Calories", *_LI_ID),
    ),
    Q(
        "what food do i log the most",
        _lead(_named(lambda d: _top(_li_food(d)["Name"].value_counts()))),
        ("Name", "Type", "Quantity"),
    ),
    Q(
        "average protein per day in march?",
        _about(_li_march_protein),
        ("Protein (g)", *_LI_ID),
    ),
    Q(
        "which day did i have the most sugar",
        _lead(_day(lambda d: pd.Timestamp(_li_daily(d, "Sugars (g)").idxmax()))),
        ("Sugars (g)", *_LI_ID),
    ),
]


# --- 4. TickTick tasks backup CSV ----------------------------------------------------------------------------------

# list: folder, weight, chance done, median days to finish
_TT_LISTS = {
    "Inbox": ("", 3.0, 0.55, 3.0),
    "Work": ("Work", 4.0, 0.75, 5.0),
    "Side Project": ("Work", 2.0, 0.35, 12.0),
    "Personal": ("Life", 2.5, 0.6, 6.0),
    "Groceries": ("Life", 2.0, 0.9, 1.5),
    "Reading List": ("Life", 1.0, 0.3, 20.0),
}
_TT_VERBS = ["Call", "Email", "Fix", "Review", "Buy", "Book", "Write", "Plan", "Update", "Read", "Send", "Clean"]
_TT_THINGS = ["dentist", "invoice", "slides", "landing page", "milk", "flights", "report", "budget", "PR #214"]
_TT_THINGS += ["bug in login", "quarterly OKRs", "eggs", "bike tire", "tax forms", "blog draft", "Atomic Habits"]


def _ticktick_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17604)
    start = pd.Timestamp("2023-06-01 08:00")
    names = list(_TT_LISTS)
    rows = []
    ids: list[str] = []
    for _ in range(950):
        lst = str(_one(rng, names, [v[1] for v in _TT_LISTS.values()]))
        folder, _, p_done, median = _TT_LISTS[lst]
        created = start + pd.Timedelta(minutes=int(rng.integers(0, 365 * 24 * 60)))
        prio = int(_one(rng, [0, 1, 3, 5], [5, 2, 2, 1.2]))
        done = rng.random() < p_done + (0.1 if prio == 5 else 0.0)
        finished = created + pd.Timedelta(hours=float(rng.lognormal(np.log(median * 24), 0.9))) if done else None
        if finished is not None and finished > pd.Timestamp("2024-05-31 23:00"):
            finished = None
        status = 0 if finished is None else (2 if rng.random() < 0.15 else 1)
        due = created + pd.Timedelta(days=int(rng.integers(0, 21))) if rng.random() < 0.45 else None
        tags = ""
        if lst in {"Work", "Side Project"} and rng.random() < 0.6:
            tags = "work, urgent" if rng.random() < 0.25 else "work"
        elif rng.random() < 0.12:
            tags = str(_one(rng, ["errand", "urgent", "home", "errand, urgent"]))
        task_id = "".join(_one(rng, list("0123456789abcdef")) for _ in range(24))
        parent = ids[-1] if ids and rng.random() < 0.06 else ""
        ids.append(task_id)
        iso = "%Y-%m-%dT%H:%M:%S+0000"
        rows.append(
            {
                "Folder Name": folder,
                "List Name": lst,
                "Title": f"{_one(rng, _TT_VERBS)} {_one(rng, _TT_THINGS)}",
                "Kind": "CHECKLIST" if rng.random() < 0.1 else "TEXT",
                "Tags": tags,
                "Content": "" if rng.random() < 0.8 else "see notes from meeting",
                "Is Check list": "N",
                "Start Date": due.strftime(iso) if due is not None else "",
                "Due Date": due.strftime(iso) if due is not None else "",
                "Reminder": "" if due is None or rng.random() < 0.5 else "TRIGGER:PT0S",
                "Repeat": "RRULE:FREQ=WEEKLY;INTERVAL=1" if rng.random() < 0.04 else "",
                "Priority": prio,
                "Status": status,
                "Created Time": created.strftime(iso),
                "Completed Time": finished.strftime(iso) if finished is not None else "",
                "Order": -int(rng.integers(1, 2**40)),
                "Timezone": "America/New_York",
                "Is All Day": "true" if due is not None and rng.random() < 0.7 else "false",
                "Is Floating": "false",
                "Column Name": "",
                "Column Order": "",
                "View Mode": "list",
                "taskId": task_id,
                "parentId": parent,
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[frame["Kind"] == "CHECKLIST", "Is Check list"] = "Y"
    return frame


def _tt_done(d: pd.DataFrame) -> pd.Series:
    return _ymd_time(d["Completed Time"]).notna()


def _tt_days(d: pd.DataFrame) -> pd.Series:
    return ((_ymd_time(d["Completed Time"]) - _ymd_time(d["Created Time"])).dt.total_seconds() / 86400).dropna()


def _tt_best_month(d: pd.DataFrame) -> pd.Timestamp:
    done = _ymd_time(d["Completed Time"]).dropna()
    return done.dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


def _tt_work(d: pd.DataFrame) -> int:
    return int(_text(d["Tags"]).str.split(r",\s*").apply(lambda t: "work" in t).sum())


_TT_ID = ("Title", "taskId", "List Name")
_TICKTICK_QS = [
    Q(
        "how many tasks have i finished",
        either(
            _count(lambda d: int(_tt_done(d).sum())),
            _count(lambda d: int((pd.to_numeric(d["Status"], errors="coerce") == 1).sum())),
        ),
        ("Status", "Completed Time", *_TT_ID),
    ),
    Q(
        "which list has the most unfinished stuff",
        _lead(_named(lambda d: _top(d.loc[d["Status"] == 0, "List Name"].value_counts()))),
        ("List Name", "Status", "Completed Time", "Title", "taskId"),
    ),
    Q(
        "how many high priority ones are still open",
        _count(lambda d: int(((d["Priority"] == 5) & (d["Status"] == 0)).sum())),
        ("Priority", "Status", "Completed Time", *_TT_ID),
    ),
    Q(
        "which month did i get the most done",
        _month_year(_tt_best_month),
        ("Completed Time", "Status", *_TT_ID),
    ),
    Q(
        "how long does it take me to finish a task on average, in days",
        _mean_or_median(_tt_days, rel=0.02),
        ("Created Time", "Completed Time", "Status", *_TT_ID),
    ),
    Q("how many tasks are tagged work", _count(_tt_work), ("Tags", *_TT_ID)),
]


# --- 5. Seattle Police Department call data ------------------------------------------------------------------------

# initial call type, final call type, weight, priority weights (1, 2, 3, 4)
_SPD_TYPES = [
    ("SUSPICIOUS PERSON, VEHICLE OR INCIDENT", "--SUSPICIOUS CIRCUM. - SUSPICIOUS PERSON", 9, [1, 4, 3, 1]),
    ("DISTURBANCE, MISCELLANEOUS/OTHER", "--DISTURBANCE - OTHER", 8, [1, 5, 3, 1]),
    ("TRAFFIC STOP - OFFICER INITIATED ONVIEW", "--TRAFFIC - MOVING VIOLATION", 7, [0.2, 1, 3, 5]),
    ("MVC - WITH INJURIES (INCLUDES HIT AND RUN)", "--TRAFFIC - MV COLLISION INVESTIGATION", 4, [6, 3, 1, 0.2]),
    ("MVC - NON INJURY, BLOCKING", "--TRAFFIC - MV COLLISION INVESTIGATION", 4, [1, 4, 3, 1]),
    ("THEFT (DOES NOT INCLUDE SHOPLIFT OR SVCS)", "--THEFT - ALL OTHER", 6, [0.2, 2, 5, 3]),
    ("SHOPLIFT - THEFT", "--THEFT - SHOPLIFT", 4, [0.2, 2, 5, 2]),
    ("BURG - RES (INCL UNOCC STRUCTURES ON PROP)", "--BURGLARY - RESIDENTIAL", 3, [2, 4, 3, 0.5]),
    ("ASLT - IP/JO - WITH OR W/O WPNS (NO SHOOTINGS)", "--ASSAULTS - HARASSMENT", 3, [8, 2, 0.5, 0.1]),
    ("DV - DOMESTIC VIOL/ASLT (ARREST MANDATORY)", "--DV - ARGUMENTS, DISTURBANCE (NO ARREST)", 3, [7, 3, 0.5, 0.1]),
    ("PARKING VIOLATION (EXCEPT ABANDONED CAR)", "--PARKING VIOLATIONS - OTHER PARKING", 3, [0.1, 0.5, 2, 6]),
    ("ALARM - COMM BURG (INCL BANKS)", "--ALARMS - COMMERCIAL BURGLARY", 3, [1, 5, 2, 0.5]),
    ("PERSON IN BEHAVIORAL OR EMOTIONAL CRISIS", "--CRISIS COMPLAINT - GENERAL", 3, [4, 4, 1, 0.2]),
]
_SPD_PRECINCTS = {"North": "BJLNU", "West": "DKMQ", "East": "CEG", "South": "ORS", "Southwest": "FW"}
_SPD_CLEARANCE = ["REPORT WRITTEN (NO ARREST)", "PHYSICAL ARREST MADE", "UNABLE TO LOCATE INCIDENT OR COMPLAINANT"]
_SPD_CLEARANCE += ["ASSISTANCE RENDERED", "NO POLICE ACTION POSSIBLE OR NECESSARY", "CANCELLED BY RECEIVER"]
_SPD_NEVER = "01/01/1900 12:00:00 AM"


def _spd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17605)
    month_w = np.array([0.9, 0.85, 0.95, 0.97, 1.05, 1.1, 1.2, 1.18, 1.05, 1.0, 0.92, 0.88])
    days = pd.date_range("2023-01-01", "2023-12-31")
    day_w = month_w[days.month - 1]
    rows = []
    for k in range(4200):
        day = days[int(rng.choice(len(days), p=day_w / day_w.sum()))]
        queued = day + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
        init, final, _, pw = _SPD_TYPES[int(rng.choice(len(_SPD_TYPES), p=_spd_weights()))]
        prio = int(_one(rng, [1, 2, 3, 4], pw))
        if rng.random() < 0.015:
            prio = int(_one(rng, [7, 9]))
        if "ONVIEW" in init:
            ctype = "ONVIEW"
        elif init.startswith("ALARM"):
            ctype = "ALARM CALL (NOT POLICE ALARM)"
        else:
            ctype = str(_one(rng, ["911", "TELEPHONE OTHER, NOT 911", "ONVIEW", "TEXT MESSAGE"], [6, 3, 1, 0.1]))
        if ctype == "ONVIEW":
            arrived: pd.Timestamp | None = queued + pd.Timedelta(seconds=int(rng.integers(0, 90)))
        elif rng.random() < 0.04 + 0.06 * (prio >= 3):
            arrived = None
        else:
            median = {1: 7.0, 2: 14.0, 3: 45.0, 4: 70.0}.get(prio, 90.0)
            arrived = queued + pd.Timedelta(minutes=float(rng.lognormal(np.log(median), 0.6)))
        precinct = str(_one(rng, [*_SPD_PRECINCTS, "UNKNOWN"], [5, 4, 3, 3, 2, 0.15]))
        sector = "" if precinct == "UNKNOWN" else str(_one(rng, list(_SPD_PRECINCTS[precinct])))
        clearance = str(_one(rng, _SPD_CLEARANCE, [5, 1.5, 2, 3, 3, 0.5]))
        if arrived is None:
            clearance = str(_one(rng, ["UNABLE TO LOCATE INCIDENT OR COMPLAINANT", "CANCELLED BY RECEIVER"]))
        located = precinct != "UNKNOWN" and rng.random() > 0.03
        rows.append(
            {
                "CAD Event Number": str(2023000000000 + 150 * k + int(rng.integers(0, 150))),
                "Event Clearance Description": clearance,
                "Call Type": ctype,
                "Priority": prio,
                "Initial Call Type": init,
                "Final Call Type": final if rng.random() > 0.08 else "--DISTURBANCE - OTHER",
                "Original Time Queued": queued.strftime("%m/%d/%Y %I:%M:%S %p"),
                "Arrived Time": arrived.strftime("%m/%d/%Y %I:%M:%S %p") if arrived is not None else _SPD_NEVER,
                "Precinct": precinct,
                "Sector": sector,
                "Beat": f"{sector}{int(rng.integers(1, 4))}" if sector else "",
                "Blurred_Longitude": round(float(rng.uniform(-122.42, -122.25)), 6) if located else None,
                "Blurred_Latitude": round(float(rng.uniform(47.50, 47.73)), 6) if located else None,
            }
        )
    return pd.DataFrame(rows)


def _spd_weights() -> np.ndarray:
    w = np.array([t[2] for t in _SPD_TYPES], dtype=float)
    return w / w.sum()


def _spd_minutes(d: pd.DataFrame, onview: bool) -> pd.Series:
    keep = d[(d["Priority"] == 1) & (_text(d["Arrived Time"]) != _SPD_NEVER)]
    if not onview:
        keep = keep[_text(keep["Call Type"]) != "ONVIEW"]
    mins = (_mdy_time(keep["Arrived Time"]) - _mdy_time(keep["Original Time Queued"])).dt.total_seconds() / 60
    return mins.dropna()


def _spd_best_month(d: pd.DataFrame) -> pd.Timestamp:
    months = _mdy_time(d["Original Time Queued"]).dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


_SPD_ID = ("CAD Event Number", "Original Time Queued")
_SPD_QS = [
    Q(
        "how many of these were 911 calls",
        _count(lambda d: int((_text(d["Call Type"]) == "911").sum())),
        ("Call Type", *_SPD_ID),
    ),
    Q(
        "which precinct gets the most calls",
        _lead(_named(lambda d: _top(d["Precinct"].value_counts()))),
        ("Precinct", *_SPD_ID),
    ),
    Q(
        "how long does it take police to show up on priority 1 calls, in minutes",
        either(_mean_or_median(lambda d: _spd_minutes(d, True)), _mean_or_median(lambda d: _spd_minutes(d, False))),
        ("Priority", "Arrived Time", "Call Type", *_SPD_ID),
    ),
    Q(
        "how many calls did nobody arrive at",
        _count(lambda d: int((_text(d["Arrived Time"]) == _SPD_NEVER).sum())),
        ("Arrived Time", *_SPD_ID),
    ),
    Q("busiest month?", _month_year(_spd_best_month), _SPD_ID),
    Q(
        "what percent of calls turned out to be traffic stuff",
        _share(lambda d: float(_text(d["Final Call Type"]).str.contains("TRAFFIC").mean())),
        ("Final Call Type", "Initial Call Type", *_SPD_ID),
    ),
]


# --- 6. Statistics Canada table download (retail trade sales, long format) -----------------------------------------

# province: DGUID code, monthly sales (billions of dollars) in 2022, yearly growth
_SC_GEO = {
    "Newfoundland and Labrador": ("10", 0.92, 0.021),
    "Prince Edward Island": ("11", 0.26, 0.047),
    "Nova Scotia": ("12", 1.55, 0.031),
    "New Brunswick": ("13", 1.30, 0.026),
    "Quebec": ("24", 14.1, 0.028),
    "Ontario": ("35", 22.3, 0.034),
    "Manitoba": ("46", 2.2, 0.030),
    "Saskatchewan": ("47", 2.1, 0.024),
    "Alberta": ("48", 8.6, 0.058),
    "British Columbia": ("59", 9.5, 0.017),
}
_SC_NAICS = {
    "Retail trade [44-45]": 1.0,
    "Motor vehicle and parts dealers [441]": 0.27,
    "Food and beverage retailers [445]": 0.19,
    "Gasoline stations and fuel vendors [457]": 0.105,
    "General merchandise retailers [455]": 0.12,
}
_SC_SEASON = [0.86, 0.84, 0.98, 1.0, 1.07, 1.06, 1.04, 1.05, 0.99, 1.0, 1.01, 1.1]
_SC_TOTAL = "Retail trade [44-45]"


def _statcan_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17606)
    months = pd.period_range("2022-01", "2024-12", freq="M")
    # values[geo][naics][adjustment] = monthly series in thousands of dollars
    values: dict[str, dict[str, dict[str, np.ndarray]]] = {}
    for geo, (_, base, growth) in _SC_GEO.items():
        t = np.arange(len(months)) / 12
        trend = base * 1e6 * (1 + growth) ** t
        values[geo] = {}
        for naics, frac in _SC_NAICS.items():
            if naics == _SC_TOTAL:
                continue
            wobble = rng.normal(1, 0.02, len(months)) * frac * rng.uniform(0.9, 1.1)
            gas = 1 + 0.08 * np.sin(t * 2 * np.pi + 1.0) if "Gasoline" in naics else 1.0
            sa = trend * wobble * gas
            season = np.array([_SC_SEASON[m.month - 1] for m in months])
            values[geo][naics] = {"Seasonally adjusted": sa, "Unadjusted": sa * season}
        other = {
            adj: trend * rng.normal(1, 0.015, len(months)) * 0.315 * (season if adj == "Unadjusted" else 1.0)
            for adj in ("Seasonally adjusted", "Unadjusted")
        }
        values[geo][_SC_TOTAL] = {
            adj: other[adj] + sum(v[adj] for n, v in values[geo].items() if n != _SC_TOTAL) for adj in other
        }
    territories = 0.21e6
    canada: dict[str, dict[str, np.ndarray]] = {}
    for naics in _SC_NAICS:
        canada[naics] = {}
        for adj in ("Unadjusted", "Seasonally adjusted"):
            total = sum(values[g][naics][adj] for g in _SC_GEO)
            canada[naics][adj] = total + territories * _SC_NAICS[naics] * rng.normal(1, 0.03, len(months))
    geos = {"Canada": ("2016A000011124", canada)} | {
        g: (f"2016A0002{c}", values[g]) for g, (c, _, _) in _SC_GEO.items()
    }
    rows = []
    vector = 52367097
    for gi, (geo, (dguid, series)) in enumerate(geos.items()):
        for ni, naics in enumerate(_SC_NAICS):
            for ai, adj in enumerate(("Unadjusted", "Seasonally adjusted")):
                vector += 1
                for mi, m in enumerate(months):
                    value: float | None = round(float(series[naics][adj][mi]))
                    status = ""
                    small = geo in {"Prince Edward Island", "Newfoundland and Labrador"} and naics != _SC_TOTAL
                    if small and rng.random() < 0.12:
                        value, status = None, str(_one(rng, ["..", "x"]))
                    elif rng.random() < 0.06:
                        status = "E"
                    rows.append(
                        {
                            "REF_DATE": str(m),
                            "GEO": geo,
                            "DGUID": dguid,
                            "North American Industry Classification System (NAICS)": naics,
                            "Adjustments": adj,
                            "UOM": "Dollars",
                            "UOM_ID": 81,
                            "SCALAR_FACTOR": "thousands",
                            "SCALAR_ID": 3,
                            "VECTOR": f"v{vector}",
                            "COORDINATE": f"{gi + 1}.{ni + 1}.{ai + 1}",
                            "VALUE": value,
                            "STATUS": status,
                            "SYMBOL": "",
                            "TERMINATED": "",
                            "DECIMALS": 0,
                        }
                    )
    return pd.DataFrame(rows)


_SC_IND = "North American Industry Classification System (NAICS)"


def _sc(d: pd.DataFrame, geo: str | None, naics: str, adj: str) -> pd.DataFrame:
    keep = (_text(d[_SC_IND]) == naics) & (_text(d["Adjustments"]) == adj)
    if geo is not None:
        keep &= _text(d["GEO"]) == geo
    out = d[keep]
    return out.assign(v=pd.to_numeric(out["VALUE"], errors="coerce"), year=_text(out["REF_DATE"]).str.slice(0, 4))


def _sc_year(d: pd.DataFrame, geo: str, year: str, adj: str, naics: str = _SC_TOTAL) -> float:
    s = _sc(d, geo, naics, adj)
    return float(s.loc[s["year"] == year, "v"].sum())


def _sc_growth(d: pd.DataFrame, geo: str, adj: str) -> float:
    return _sc_year(d, geo, "2024", adj) / _sc_year(d, geo, "2022", adj) - 1


def _sc_fastest(d: pd.DataFrame, adj: str) -> str:
    geos = [g for g in _text(d["GEO"]).unique() if g != "Canada"]
    return _top(pd.Series({g: _sc_growth(d, g, adj) for g in geos}))


def _sc_best_month(d: pd.DataFrame, adj: str) -> pd.Timestamp:
    s = _sc(d, "Canada", _SC_TOTAL, adj)
    return pd.Timestamp(str(s.loc[s["v"].idxmax(), "REF_DATE"]) + "-01")


def _sc_gas_share(d: pd.DataFrame, adj: str) -> float:
    gas = _sc(d, "Canada", "Gasoline stations and fuel vendors [457]", adj)["v"].sum()
    return float(gas / _sc(d, "Canada", _SC_TOTAL, adj)["v"].sum())


_ADJ = ("Unadjusted", "Seasonally adjusted")
_SC_ID = ("REF_DATE", "GEO", _SC_IND, "Adjustments", "VALUE", "UOM", "SCALAR_FACTOR")
_STATCAN_QS = [
    Q(
        "how much did ontario sell in 2023",
        either(*(_scaled(lambda d, a=a: _sc_year(d, "Ontario", "2023", a), (1e-3, 1e3, 1e6)) for a in _ADJ)),
        _SC_ID,
    ),
    Q(
        "how much did canada's retail sales grow from 2022 to 2024",
        either(*(_pct(lambda d, a=a: _sc_growth(d, "Canada", a)) for a in _ADJ)),
        _SC_ID,
    ),
    Q(
        "which province grew fastest over that time",
        either(*(_lead(_named(lambda d, a=a: _sc_fastest(d, a))) for a in _ADJ)),
        _SC_ID,
    ),
    Q(
        "best month for sales in canada?",
        either(*(_month_year(lambda d, a=a: _sc_best_month(d, a)) for a in _ADJ)),
        _SC_ID,
    ),
    Q(
        "what share of canadian retail is gas stations",
        either(*(_share(lambda d, a=a: _sc_gas_share(d, a)) for a in _ADJ)),
        _SC_ID,
    ),
    Q(
        "how many values are missing",
        _count(lambda d: int(pd.to_numeric(d["VALUE"], errors="coerce").isna().sum())),
        (*_SC_ID, "STATUS"),
    ),
]


# --- 7. NYC Dog Licensing dataset ----------------------------------------------------------------------------------

_DOG_NAMES = ["BELLA", "MAX", "LUNA", "CHARLIE", "COCO", "ROCKY", "LOLA", "TEDDY", "DAISY", "BUDDY", "MILO", "LUCY"]
_DOG_NAMES += ["OREO", "PRINCESS", "BENTLEY", "TOBY", "CHLOE", "PEANUT", "LEO", "GIZMO", "MOLLY", "COOPER", "NALA"]
_DOG_BREEDS = {
    "Unknown": 9.0,
    "Yorkshire Terrier": 6.5,
    "Shih Tzu": 6.0,
    "Chihuahua": 5.0,
    "Maltese": 3.5,
    "Labrador Retriever": 3.5,
    "American Pit Bull Mixed / Pit Bull Mix": 3.0,
    "Labrador Retriever Crossbreed": 2.5,
    "Yorkshire Terrier Crossbreed": 1.5,
    "Pomeranian": 2.5,
    "Havanese": 2.0,
    "Poodle, Standard": 1.5,
    "French Bulldog": 2.5,
    "German Shepherd Dog": 1.5,
    "Beagle": 1.5,
    "Goldendoodle": 2.0,
}
_DOG_BORO = {
    "Manhattan": ([10001, 10011, 10014, 10016, 10023, 10024, 10025, 10028], 6.0),
    "Brooklyn": ([11201, 11211, 11215, 11217, 11222, 11238], 5.5),
    "Queens": ([11101, 11354, 11375, 11385, 11432], 4.0),
    "Bronx": ([10453, 10461, 10463, 10467], 2.0),
    "Staten Island": ([10301, 10306, 10312, 10314], 1.8),
}


def _dogs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17607)
    boros = list(_DOG_BORO)
    rows = []
    while len(rows) < 4200:
        r = rng.random()
        if r < 0.03:
            name = "UNKNOWN"
        elif r < 0.05:
            name = "NAME NOT PROVIDED"
        else:
            name = str(_one(rng, _DOG_NAMES, np.linspace(3.0, 1.0, len(_DOG_NAMES))))
        boro = str(_one(rng, boros, [v[1] for v in _DOG_BORO.values()]))
        zipcode = int(_one(rng, _DOG_BORO[boro][0]))
        birth = int(rng.integers(2008, 2023))
        issued = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 365 * 8 + 300)))
        issued = max(issued, pd.Timestamp(f"{birth}-03-01"))
        years = int(_one(rng, [1, 1, 1, 2, 3, 5]))
        dog = {
            "AnimalName": name,
            "AnimalGender": str(_one(rng, ["M", "F"], [1.1, 1.0])),
            "AnimalBirthYear": birth if rng.random() > 0.02 else None,
            "BreedName": str(_one(rng, list(_DOG_BREEDS), list(_DOG_BREEDS.values()))),
            "Borough": boro if rng.random() > 0.03 else "",
            "ZipCode": zipcode,
            "LicenseIssuedDate": issued.strftime("%m/%d/%Y"),
            "LicenseExpiredDate": (issued + pd.DateOffset(years=years)).strftime("%m/%d/%Y"),
        }
        expires = issued + pd.DateOffset(years=years)
        for extract in (2022, 2023):
            if (issued.year <= extract and expires.year >= extract) or (extract == 2023 and issued.year >= 2022):
                rows.append(dog | {"Extract Year": extract})
                if rng.random() < 0.015:
                    rows.append(dog | {"Extract Year": extract})
    frame = pd.DataFrame(rows)
    frame["AnimalBirthYear"] = frame["AnimalBirthYear"].astype("Int64")
    return frame


_DOG_PLACEHOLDERS = {"UNKNOWN", "NAME NOT PROVIDED", ""}


def _dog_ages(d: pd.DataFrame, ref: str) -> pd.Series:
    birth = pd.to_numeric(d["AnimalBirthYear"], errors="coerce")
    year = d["Extract Year"] if ref == "extract" else pd.to_datetime(d["LicenseIssuedDate"], format="%m/%d/%Y").dt.year
    return (year - birth).dropna()


def _dog_issue_year(d: pd.DataFrame) -> int:
    years = pd.to_datetime(d["LicenseIssuedDate"], format="%m/%d/%Y").dt.year
    return int(_top(years.value_counts()))


_DOG_ID = ("AnimalName", "LicenseIssuedDate", "Extract Year")
_DOGS_QS = [
    Q(
        "most popular dog name?",
        either(
            _lead(
                _named(
                    lambda d: _top(d.loc[~_text(d["AnimalName"]).isin(_DOG_PLACEHOLDERS), "AnimalName"].value_counts())
                )
            ),
            _lead(_named(lambda d: _top(d["AnimalName"].value_counts()))),
        ),
        ("AnimalName",),
    ),
    Q(
        "how many yorkies are there",
        either(
            _count(lambda d: int((_text(d["BreedName"]) == "Yorkshire Terrier").sum())),
            _count(lambda d: int(_text(d["BreedName"]).str.contains("Yorkshire Terrier").sum())),
        ),
        ("BreedName", *_DOG_ID),
    ),
    Q(
        "which borough has the most dogs",
        _lead(_named(lambda d: _top(d.loc[_text(d["Borough"]) != "", "Borough"].value_counts()))),
        ("Borough", "ZipCode", *_DOG_ID),
    ),
    Q(
        "what % are girls",
        _share(lambda d: float((_text(d["AnimalGender"]) == "F").mean())),
        ("AnimalGender", *_DOG_ID),
    ),
    Q(
        "how old are the dogs on average",
        either(_mean_or_median(lambda d: _dog_ages(d, "extract")), _mean_or_median(lambda d: _dog_ages(d, "issued"))),
        ("AnimalBirthYear", *_DOG_ID),
    ),
    Q(
        "which year were the most licenses issued",
        _lead(_year(_dog_issue_year)),
        ("LicenseIssuedDate", *_DOG_ID),
    ),
]


HELDOUT176: list[Dataset] = [
    Dataset("plausible_top_pages_export", _plausible_frame, _PLAUSIBLE_QS),
    Dataset("semrush_organic_positions", _semrush_frame, _SEMRUSH_QS),
    Dataset("loseit_food_log_export", _loseit_frame, _LOSEIT_QS),
    Dataset("ticktick_tasks_backup", _ticktick_frame, _TICKTICK_QS),
    Dataset("seattle_police_call_data", _spd_frame, _SPD_QS),
    Dataset("statcan_retail_trade_long", _statcan_frame, _STATCAN_QS),
    Dataset("nyc_dog_licensing_extracts", _dogs_frame, _DOGS_QS),
]
