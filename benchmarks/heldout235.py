"""HELDOUT235: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Paprika 3
recipe manager export flattened to CSV (one row per recipe) with Name, Categories as a semicolon list ("Dinner;
Italian", blank for some), Source (a website name, blank for typed-in recipes), Rating (0-5, 0 = unrated), "Prep
Time", "Cook Time" and "Total Time" as free text ("15 mins", "1 hr", "1 hr 10 mins"; cook time blank for no-cook
recipes), Servings as free text ("4", "6-8", "4 servings", "Makes 24"), Difficulty (Easy, Medium, Hard or blank), "On
Favorites" (Yes / No), Created as "2021-03-14 18:22:10" and "Times Cooked"; an AniList anime list export (one row
per entry) with Title (romaji), "English Title" (blank for some), Format (TV, MOVIE, OVA, ONA, TV_SHORT, SPECIAL),
Status (COMPLETED, CURRENT, PLANNING, DROPPED, PAUSED, REPEATING), Score (0-100, 0 = unscored), Progress (episodes
watched), Episodes (blank while airing), "Started At" and "Completed At" as "YYYY-MM-DD" (blank for some), Repeat,
Genres as a comma list, Season (WINTER, SPRING, SUMMER, FALL; blank for some web releases), "Season Year" and
Studio; a Postman collection runner results export (one row per request per iteration, so "Run ID" and "Run Started
At" repeat) with "Run ID" (a UUID), "Run Started At" as "2024-05-03T14:22:10.512Z", Environment (dev, staging, prod),
Iteration, "Request Name", Method, URL (with the environment's host), "Status Code", Status (OK, Created, Bad
Request, Unauthorized, Not Found, Internal Server Error), "Response Time (ms)", "Response Size (B)", "Tests Passed"
and "Tests Failed"; a SeatGeek order history export (one row per order) with "Order ID", Event, Performer, Category
(Concert, NBA, NFL, MLB, NHL, Theater, Comedy, MLS), Venue, City, "Event Date" as "03/16/2024 07:30 PM", "Purchase
Date" as "2024-02-01 13:22:05", Section, Row, Quantity, "Price Per Ticket", Fees and Total written as "$1,234.56",
Delivery (Mobile Entry, Mobile Transfer, PDF) and Status (Completed, Cancelled, Listed, Sold); a Find a Grave
cemetery memorial search export for one county (one row per memorial) with "Memorial ID", "First Name", "Middle
Name", "Last Name", "Maiden Name" (blank for most), "Birth Date" and "Death Date" in mixed precision ("12 Mar 1890",
"Mar 1890", "1890", "unknown" or blank), "Birth Place" ("Springfield, Sangamon County, Illinois, USA" or blank),
Cemetery, City, County, State, Plot (blank for many), "Has Photo", Veteran and Famous as Y / N, "Created By" and
"Created Date" as "YYYY-MM-DD"; the USDA SNAP authorized retailer historical file with Record_ID, Store_Name in upper
case ("DOLLAR GENERAL 12345"), Store_Type (Supermarket, Super Store, Large / Medium / Small Grocery Store,
Convenience Store, Combination Grocery/Other, Farmers and Markets, Meat/Poultry Specialty, Bakery Specialty),
Street_Number (blank for some), Street_Name, City, State (two-letter), Zip_Code (five digits, so leading zeros are
lost on reading), County in upper case, Latitude, Longitude, Authorization_Date as "MM/DD/YYYY", End_Date likewise
(blank while authorized) and Incentive_Program (blank for most); and a state fish and wildlife department's fish
stocking records in the style of WDFW "Fish Plants" (2021-2024) with "Release Start Date" and "Release End Date" as
"MM/DD/YYYY" (end blank for some), Facility (hatchery), "Stock Location", "Release Location" as upper-case
waterbody with a county code ("LOON LK (STEV)"), County, Region (1-6), Species (Rainbow, Cutthroat, Brown Trout,
Kokanee, Tiger Trout, Steelhead, Coho, Chinook), Origin (Hatchery, Wild), "Number Released" written with thousands
commas ("12,500"), "Number of Fish Per Pound", "Average Length (in)" (blank for some) and "Stock Type" (Catchable,
Fry, Fingerling, Jumbo, Triploid). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


def _uuid(rng: np.random.Generator) -> str:
    h = "".join(rng.choice(list("0123456789abcdef"), 32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _money(x: float) -> str:
    return f"${x:,.2f}"


# --- 1. Paprika 3 recipe export ------------------------------------------------------------------------------------

_PK_DISHES = ["Chicken Curry", "Lasagna", "Banana Bread", "Tacos", "Pad Thai", "Minestrone", "Brownies", "Risotto"]
_PK_DISHES += ["Pancakes", "Chili", "Caesar Salad", "Ramen", "Meatballs", "Apple Pie", "Granola", "Fried Rice"]
_PK_DISHES += ["Enchiladas", "Focaccia", "Lemon Bars", "Shakshuka", "Gnocchi", "Pho", "Cookies", "Quiche"]
_PK_ADJ = ["Easy", "Best", "Spicy", "Classic", "Weeknight", "Vegan", "Grandma's", "Quick", "Creamy", "Smoky"]
_PK_SOURCES = {"NYT Cooking": 22, "Serious Eats": 16, "Allrecipes": 18, "Budget Bytes": 14, "Smitten Kitchen": 9}
_PK_SOURCES |= {"Bon Appetit": 11, "Food52": 6, "": 30}
_PK_CATS = ["Dinner", "Lunch", "Breakfast", "Dessert", "Italian", "Mexican", "Asian", "Vegetarian", "Soup", "Baking"]
_PK_DESSERTS = {"Banana Bread", "Brownies", "Apple Pie", "Cookies", "Lemon Bars"}


def _pk_time(m: int) -> str:
    if m < 60:
        return f"{m} mins"
    h, r = divmod(m, 60)
    out = f"{h} hr" if h == 1 else f"{h} hrs"
    return f"{out} {r} mins" if r else out


def _paprika_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23501)
    rows = []
    for _ in range(430):
        dish = _one(rng, _PK_DISHES)
        name = f"{_one(rng, _PK_ADJ)} {dish}" if rng.random() < 0.6 else dish
        dessert = dish in _PK_DESSERTS
        cats = ["Dessert", "Baking"] if dessert else [_one(rng, ["Dinner", "Lunch", "Breakfast"], [60, 25, 15])]
        extra = rng.choice([c for c in _PK_CATS if c not in cats], int(rng.integers(0, 2)), replace=False)
        cats += [str(c) for c in extra]
        prep = int(_one(rng, [5, 10, 15, 20, 25, 30, 45, 60], [8, 18, 22, 16, 8, 14, 8, 6]))
        cook = 0 if rng.random() < 0.14 else int(_one(rng, [10, 15, 20, 25, 30, 40, 45, 60, 70, 90, 120, 180, 240]))
        level = min(2, int((prep + cook) / 60 + rng.normal(0, 0.6))) if prep + cook else 0
        diff = ["Easy", "Medium", "Hard"][max(level, 0)] if rng.random() < 0.85 else ""
        rating = 0 if rng.random() < 0.35 else int(_one(rng, [1, 2, 3, 4, 5], [2, 5, 18, 40, 35]))
        created = pd.Timestamp("2017-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 7 * 365 * 86400)))
        rows.append(
            {
                "Name": name,
                "Categories": "; ".join(cats) if rng.random() < 0.92 else "",
                "Source": _one(rng, list(_PK_SOURCES), list(_PK_SOURCES.values())),
                "Rating": rating,
                "Prep Time": _pk_time(prep) if rng.random() < 0.93 else "",
                "Cook Time": _pk_time(cook) if cook else "",
                "Total Time": _pk_time(prep + cook),
                "Servings": _one(rng, ["4", "6-8", "4 servings", "2", "6", "8", "Makes 24", "2-4"]),
                "Difficulty": diff,
                "On Favorites": "Yes" if rating >= 4 and rng.random() < 0.35 else "No",
                "Created": f"{created:%Y-%m-%d %H:%M:%S}",
                "Times Cooked": int(rng.poisson(1 + rating * 1.5)),
            }
        )
    return pd.DataFrame(rows)


def _pk_minutes(s: pd.Series) -> pd.Series:
    text = s.astype("string").fillna("")
    hrs = pd.to_numeric(text.str.extract(r"(\d+)\s*hr", expand=False), errors="coerce").fillna(0)
    mins = pd.to_numeric(text.str.extract(r"(\d+)\s*min", expand=False), errors="coerce").fillna(0)
    out = hrs * 60 + mins
    return out.where(~_blank(s))


def _pk_cook(level: str, zero: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        m = _pk_minutes(df["Cook Time"])
        m = m.fillna(0) if zero else m
        return float(m[df["Difficulty"] == level].mean())

    return value


def _pk_dessert(df: pd.DataFrame) -> int:
    cats = df["Categories"].astype("string").fillna("")
    return int(cats.str.split(";").apply(lambda xs: "dessert" in [x.strip().lower() for x in xs]).sum())


_PK_QS = [
    Q("how many recipes have i got saved", _count(lambda df: len(df)), ("Name",)),
    Q(
        "whats my average rating",
        either(
            _about(lambda df: df.loc[df["Rating"] > 0, "Rating"].mean()),
            _about(lambda df: df["Rating"].mean()),
        ),
        ("Rating",),
    ),
    Q("how many desserts are there", _count(_pk_dessert), ("Categories", "Name")),
    Q(
        "which website do most of my recipes come from",
        _lead(_named(lambda df: _top(df.loc[~_blank(df["Source"]), "Source"].value_counts()))),
        ("Source",),
    ),
    Q(
        "on average how long do the hard recipes take to cook, in minutes",
        either(_about(_pk_cook("Hard", False)), _about(_pk_cook("Hard", True))),
        ("Cook Time", "Difficulty"),
    ),
    Q(
        "and the easy ones?",
        either(_about(_pk_cook("Easy", False)), _about(_pk_cook("Easy", True))),
        ("Cook Time", "Difficulty"),
    ),
]


# --- 2. AniList anime list export ----------------------------------------------------------------------------------

_AL_WORDS = ["Kimi", "Sora", "Hoshi", "Yume", "Tsuki", "Kaze", "Hikari", "Mahou", "Shoujo", "Sekai", "Koi", "Ao"]
_AL_WORDS += ["Kage", "Tenshi", "Ryuu", "Hana", "Yoru", "Natsu", "Senpai", "Gakuen", "Kiseki", "Majo"]
_AL_FORMATS = {"TV": 55, "MOVIE": 12, "OVA": 6, "ONA": 10, "TV_SHORT": 7, "SPECIAL": 10}
_AL_STATUS = {"COMPLETED": 55, "CURRENT": 8, "PLANNING": 20, "DROPPED": 8, "PAUSED": 6, "REPEATING": 3}
_AL_GENRES = ["Action", "Comedy", "Drama", "Romance", "Slice of Life", "Fantasy", "Sci-Fi", "Mystery", "Sports"]
_AL_GENRES += ["Adventure", "Supernatural", "Psychological", "Mecha", "Music"]
_AL_STUDIOS = {"MAPPA": 4, "Kyoto Animation": 6, "Madhouse": 3, "Bones": 2, "Sunrise": -3, "Production I.G": 1}
_AL_STUDIOS |= {"A-1 Pictures": -1, "Wit Studio": 3, "J.C.Staff": -5, "Toei Animation": -4, "ufotable": 5}


def _anilist_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23502)
    rows = []
    for i in range(620):
        fmt = _one(rng, list(_AL_FORMATS), list(_AL_FORMATS.values()))
        status = _one(rng, list(_AL_STATUS), list(_AL_STATUS.values()))
        eps = {
            "TV": int(_one(rng, [12, 13, 24, 25, 26, 50])),
            "MOVIE": 1,
            "OVA": int(rng.integers(1, 7)),
            "ONA": int(rng.integers(6, 25)),
            "TV_SHORT": int(_one(rng, [12, 13, 24])),
            "SPECIAL": int(rng.integers(1, 4)),
        }[fmt]
        airing = status in ("CURRENT", "PLANNING") and fmt in ("TV", "ONA") and rng.random() < 0.3
        if status in ("COMPLETED", "REPEATING"):
            progress = eps
        elif status == "PLANNING":
            progress = 0
        else:
            progress = int(rng.integers(0, eps)) if eps > 1 else 0
        studio = _one(rng, list(_AL_STUDIOS))
        scored = {"COMPLETED": 0.85, "REPEATING": 0.9, "DROPPED": 0.5, "PLANNING": 0.0}.get(status, 0.3)
        base = 74 + _AL_STUDIOS[studio] - (18 if status == "DROPPED" else 0)
        score = int(np.clip(round(rng.normal(base, 11)), 10, 100)) if rng.random() < scored else 0
        start = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 3500)))
        done = start + pd.Timedelta(days=int(max(1, rng.exponential(30 if fmt == "TV" else 5))))
        started = "" if status == "PLANNING" or rng.random() < 0.06 else f"{start:%Y-%m-%d}"
        completed = f"{done:%Y-%m-%d}" if status in ("COMPLETED", "REPEATING") and rng.random() < 0.9 else ""
        year = int(rng.integers(1995, 2025))
        title = f"{_one(rng, _AL_WORDS)} no {_one(rng, _AL_WORDS)}"
        if rng.random() < 0.4:
            title += f" {_one(rng, ['2nd Season', 'Movie', 'Kanketsu-hen', 'Zoku', 'Final Season'])}"
        rows.append(
            {
                "Title": f"{title} ({i + 1})" if rng.random() < 0.05 else title,
                "English Title": "" if rng.random() < 0.35 else f"The {title.split()[0]} of {title.split()[-1]}",
                "Format": fmt,
                "Status": status,
                "Score": score,
                "Progress": progress,
                "Episodes": "" if airing else str(eps),
                "Started At": started,
                "Completed At": completed,
                "Repeat": int(rng.integers(1, 4)) if status == "REPEATING" or rng.random() < 0.04 else 0,
                "Genres": ", ".join(str(g) for g in rng.choice(_AL_GENRES, int(rng.integers(1, 5)), replace=False)),
                "Season": ""
                if fmt == "ONA" and rng.random() < 0.5
                else _one(rng, ["WINTER", "SPRING", "SUMMER", "FALL"]),
                "Season Year": year,
                "Studio": studio,
            }
        )
    return pd.DataFrame(rows)


def _al_done(df: pd.DataFrame, repeating: bool) -> pd.DataFrame:
    keep = ["COMPLETED", "REPEATING"] if repeating else ["COMPLETED"]
    return df[df["Status"].isin(keep)]


def _al_studio(zeros: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        d = df if zeros else df[df["Score"] > 0]
        return _top(d.groupby("Studio")["Score"].mean())

    return value


def _al_year(df: pd.DataFrame) -> int:
    years = pd.to_datetime(df["Completed At"], errors="coerce").dt.year.dropna().astype(int)
    return int(_top(years.value_counts()))


_AL_QS = [
    Q(
        "how many shows have i finished",
        either(_count(lambda df: len(_al_done(df, False))), _count(lambda df: len(_al_done(df, True)))),
        ("Status",),
    ),
    Q(
        "what percent of those are movies",
        either(
            _share(lambda df: (_al_done(df, False)["Format"] == "MOVIE").mean()),
            _share(lambda df: (_al_done(df, True)["Format"] == "MOVIE").mean()),
        ),
        ("Status", "Format"),
    ),
    Q(
        "whats my average score? dont count the ones i didnt score",
        _about(lambda df: df.loc[df["Score"] > 0, "Score"].mean()),
        ("Score",),
    ),
    Q(
        "which studio do i rate the highest on average",
        either(_lead(_named(_al_studio(False))), _lead(_named(_al_studio(True)))),
        ("Studio", "Score"),
    ),
    Q("how many episodes have i watched in total", _count(lambda df: int(df["Progress"].sum())), ("Progress",)),
    Q("which year did i finish the most anime", _year(_al_year), ("Completed At", "Status")),
]


# --- 3. Postman collection runner results --------------------------------------------------------------------------

_PM_REQUESTS = [
    ("Login", "POST", "/auth/login", 180, 2),
    ("Get Profile", "GET", "/users/me", 90, 2),
    ("List Orders", "GET", "/orders?page=1", 260, 3),
    ("Create Order", "POST", "/orders", 340, 4),
    ("Get Order", "GET", "/orders/{{orderId}}", 110, 2),
    ("Update Order", "PUT", "/orders/{{orderId}}", 230, 3),
    ("Patch Address", "PATCH", "/users/me/address", 150, 2),
    ("Search Products", "GET", "/products/search?q=shoes", 520, 3),
    ("Delete Order", "DELETE", "/orders/{{orderId}}", 140, 1),
    ("Health Check", "GET", "/health", 35, 1),
]
_PM_ENVS = {"dev": 1.35, "staging": 1.15, "prod": 0.85}
_PM_TEXT = {200: "OK", 201: "Created", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found"}
_PM_TEXT |= {500: "Internal Server Error"}


def _postman_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23503)
    rows = []
    start = pd.Timestamp("2024-04-01 08:00:00")
    for _ in range(26):
        env = _one(rng, list(_PM_ENVS), [35, 35, 30])
        run_id = _uuid(rng)
        start += pd.Timedelta(minutes=int(rng.integers(200, 2600)))
        stamp = f"{start:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z"
        for it in range(1, int(rng.integers(1, 4)) + 1):
            for name, method, path, base, tests in _PM_REQUESTS:
                r = rng.random()
                bad = {"dev": 0.06, "staging": 0.04, "prod": 0.015}[env]
                if r < bad / 2:
                    code = 500
                elif r < bad:
                    code = int(_one(rng, [400, 401, 404]))
                else:
                    code = 201 if name == "Create Order" else 200
                ms = base * _PM_ENVS[env] * float(rng.lognormal(0, 0.35))
                ms = ms * 3 if code == 500 else ms
                failed = tests if code >= 400 else int(rng.random() < 0.03)
                rows.append(
                    {
                        "Run ID": run_id,
                        "Run Started At": stamp,
                        "Environment": env,
                        "Iteration": it,
                        "Request Name": name,
                        "Method": method,
                        "URL": f"https://api.{env}.shopdemo.io/v2{path}"
                        if env != "prod"
                        else f"https://api.shopdemo.io/v2{path}",
                        "Status Code": code,
                        "Status": _PM_TEXT[code],
                        "Response Time (ms)": round(ms),
                        "Response Size (B)": int(rng.integers(80, 400))
                        if code >= 400
                        else int(rng.integers(300, 48000)),
                        "Tests Passed": tests - failed,
                        "Tests Failed": failed,
                    }
                )
    return pd.DataFrame(rows)


def _pm_env(env: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df.loc[df["Environment"] == env, "Response Time (ms)"].mean())


_PM_QS = [
    Q("how many runs are in here", _count(lambda df: df["Run ID"].nunique()), ("Run ID",)),
    Q(
        "how many requests came back with a server error",
        _count(lambda df: int((df["Status Code"] >= 500).sum())),
        ("Status Code", "Status"),
    ),
    Q("whats the average response time on prod", _about(_pm_env("prod")), ("Environment", "Response Time (ms)")),
    Q("and on staging?", _about(_pm_env("staging")), ("Environment", "Response Time (ms)")),
    Q(
        "which request is the slowest on average",
        _lead(_named(lambda df: _top(df.groupby("Request Name")["Response Time (ms)"].mean()))),
        ("Request Name", "Response Time (ms)"),
    ),
    Q(
        "what share of tests failed",
        either(
            _share(lambda df: df["Tests Failed"].sum() / (df["Tests Failed"].sum() + df["Tests Passed"].sum())),
            _share(lambda df: (df["Tests Failed"] > 0).mean()),
        ),
        ("Tests Passed", "Tests Failed"),
    ),
]


# --- 4. SeatGeek order history -------------------------------------------------------------------------------------

_SG_EVENTS = {
    "Concert": (["Taylor Swift", "Zach Bryan", "Olivia Rodrigo", "The National", "Phoebe Bridgers"], 150, 40),
    "NBA": (["Boston Celtics", "New York Knicks", "Brooklyn Nets"], 140, 30),
    "NFL": (["New England Patriots", "New York Giants"], 210, 25),
    "MLB": (["Boston Red Sox", "New York Yankees"], 55, 45),
    "NHL": (["Boston Bruins", "New York Rangers"], 110, 20),
    "Theater": (["Hamilton", "Hadestown", "Wicked"], 160, 20),
    "Comedy": (["John Mulaney", "Nate Bargatze"], 75, 10),
    "MLS": (["New England Revolution", "NYCFC"], 45, 10),
}
_SG_VENUES = {
    "Boston": ["TD Garden", "Fenway Park", "Gillette Stadium", "Citizens House of Blues", "Wang Theatre"],
    "New York": ["Madison Square Garden", "Yankee Stadium", "Barclays Center", "MetLife Stadium", "Richard Rodgers"],
}


def _seatgeek_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23504)
    cats = list(_SG_EVENTS)
    rows = []
    for _ in range(360):
        cat = _one(rng, cats, [e[2] for e in _SG_EVENTS.values()])
        performers, price, _w = _SG_EVENTS[cat]
        performer = _one(rng, performers)
        city = _one(rng, list(_SG_VENUES), [55, 45])
        event = performer
        if cat in ("NBA", "NFL", "MLB", "NHL", "MLS"):
            event = f"{_one(rng, ['Miami', 'Chicago', 'Toronto', 'Dallas', 'Denver'])} at {performer}"
        when = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 1000)))
        when += pd.Timedelta(minutes=int(_one(rng, [13 * 60, 19 * 60, 19 * 60 + 30, 20 * 60])))
        ahead = int(max(0, rng.exponential(24)))
        bought = when.normalize() - pd.Timedelta(days=ahead) + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
        if bought > when:
            bought = when - pd.Timedelta(hours=2)
        qty = int(_one(rng, [1, 2, 3, 4], [12, 60, 10, 18]))
        each = round(float(price * rng.lognormal(0, 0.45)), 2)
        fees = round(qty * each * float(rng.uniform(0.15, 0.3)), 2)
        rows.append(
            {
                "Order ID": int(rng.integers(100_000_000, 999_999_999)),
                "Event": event,
                "Performer": performer,
                "Category": cat,
                "Venue": _one(rng, _SG_VENUES[city]),
                "City": city,
                "Event Date": f"{when:%m/%d/%Y %I:%M %p}",
                "Purchase Date": f"{bought:%Y-%m-%d %H:%M:%S}",
                "Section": _one(rng, ["101", "112", "214", "Loge 8", "Bleacher 40", "Orchestra", "Mezzanine", "GA"]),
                "Row": str(int(rng.integers(1, 30))) if rng.random() < 0.85 else _one(rng, ["GA", "A", "B", "C"]),
                "Quantity": qty,
                "Price Per Ticket": _money(each),
                "Fees": _money(fees),
                "Total": _money(qty * each + fees),
                "Delivery": _one(rng, ["Mobile Entry", "Mobile Transfer", "PDF"], [60, 32, 8]),
                "Status": _one(rng, ["Completed", "Cancelled", "Listed", "Sold"], [78, 6, 6, 10]),
            }
        )
    return pd.DataFrame(rows)


def _sg_sum(col: str, cancelled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = pd.Series(True, index=df.index) if cancelled else df["Status"] != "Cancelled"
        return float(_num(df, col)[keep].sum())

    return value


def _sg_top(cancelled: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        keep = pd.Series(True, index=df.index) if cancelled else df["Status"] != "Cancelled"
        return _top(_num(df, "Total")[keep].groupby(df["Category"][keep]).sum())

    return value


def _sg_price(weighted: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        out = []
        for cat in ("NBA", "NFL"):
            d = df[df["Category"] == cat]
            p = _num(d, "Price Per Ticket")
            out.append(float((p * d["Quantity"]).sum() / d["Quantity"].sum()) if weighted else float(p.mean()))
        return out

    return value


def _sg_ahead(df: pd.DataFrame) -> pd.Series:
    event = pd.to_datetime(df["Event Date"], format="%m/%d/%Y %I:%M %p").dt.normalize()
    bought = pd.to_datetime(df["Purchase Date"]).dt.normalize()
    return (event - bought).dt.days


_SG_QS = [
    Q(
        "how much have i spent on tickets overall",
        either(
            _scaled(_sg_sum("Total", True), (1e3,)),
            _scaled(_sg_sum("Total", False), (1e3,)),
        ),
        ("Total", "Status"),
    ),
    Q(
        "how much of that was fees",
        either(
            _scaled(_sg_sum("Fees", True), (1e3,)),
            _scaled(_sg_sum("Fees", False), (1e3,)),
            _share(lambda df: _sg_sum("Fees", True)(df) / _sg_sum("Total", True)(df)),
        ),
        ("Fees", "Total", "Status"),
    ),
    Q(
        "what kind of event do i spend the most on",
        either(_lead(_named(_sg_top(True))), _lead(_named(_sg_top(False)))),
        ("Category", "Total", "Status"),
    ),
    Q(
        "avg ticket price for nba games compared to nfl",
        either(_about(_sg_price(False)), _about(_sg_price(True))),
        ("Category", "Price Per Ticket", "Quantity"),
    ),
    Q("how many orders got cancelled", _count(lambda df: int((df["Status"] == "Cancelled").sum())), ("Status",)),
    Q(
        "how many days before the event do i usually buy",
        either(
            _about(lambda df: float(_sg_ahead(df).mean()), rel=0.03),
            _about(lambda df: float(_sg_ahead(df).median()), rel=0.03),
        ),
        ("Event Date", "Purchase Date"),
    ),
]


# --- 5. Find a Grave memorial search export ------------------------------------------------------------------------

_FG_LAST = {"Miller": 30, "Smith": 26, "Johnson": 20, "Brown": 18, "Davis": 15, "Wilson": 14, "Moore": 12}
_FG_LAST |= {"Taylor": 12, "Anderson": 11, "Thomas": 10, "Schmidt": 16, "Becker": 9, "Walker": 8, "Hall": 7}
_FG_LAST |= {"Young": 7, "King": 6, "Wright": 6, "Baker": 6, "Fischer": 8, "Meyer": 9}
_FG_MEN = ["John", "William", "James", "George", "Charles", "Henry", "Frank", "Joseph", "Robert", "Edward"]
_FG_WOMEN = ["Mary", "Anna", "Elizabeth", "Margaret", "Emma", "Sarah", "Clara", "Ida", "Bertha", "Martha"]
_FG_CEMS = {"Oak Ridge Cemetery": 40, "Calvary Cemetery": 20, "Roselawn Memorial Park": 15}
_FG_CEMS |= {"Camp Butler National Cemetery": 10, "Zion Lutheran Cemetery": 15}
_FG_TOWNS = ["Springfield, Sangamon County, Illinois, USA", "Peoria, Peoria County, Illinois, USA"]
_FG_TOWNS += ["Baden, Germany", "County Cork, Ireland", "Columbus, Franklin County, Ohio, USA"]


def _fg_date(rng: np.random.Generator, t: pd.Timestamp, unknown: float) -> str:
    r = rng.random()
    if r < unknown:
        return _one(rng, ["unknown", ""])
    if r < unknown + 0.2:
        return str(t.year)
    if r < unknown + 0.25:
        return f"{t:%b %Y}"
    return f"{t.day} {t:%b %Y}"


def _findagrave_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23505)
    rows = []
    for _ in range(1250):
        male = rng.random() < 0.5
        cem = _one(rng, list(_FG_CEMS), list(_FG_CEMS.values()))
        death_year = int(rng.integers(1850, 2022)) if rng.random() < 0.95 else 1918
        age = int(np.clip(rng.normal(66, 20), 0, 101)) if death_year != 1918 else int(rng.integers(18, 45))
        death = pd.Timestamp(death_year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        birth = death - pd.Timedelta(days=int(age * 365.25 + rng.integers(0, 365)))
        veteran = male and rng.random() < (0.6 if cem == "Camp Butler National Cemetery" else 0.12)
        married = not male and age > 20 and rng.random() < 0.4
        made = pd.Timestamp("2001-01-01") + pd.Timedelta(days=int(rng.integers(0, 8400)))
        rows.append(
            {
                "Memorial ID": int(rng.integers(1_000_000, 260_000_000)),
                "First Name": _one(rng, _FG_MEN if male else _FG_WOMEN),
                "Middle Name": "" if rng.random() < 0.45 else _one(rng, ["Lee", "Ann", "Marie", "Louis", "E.", "J."]),
                "Last Name": _one(rng, list(_FG_LAST), list(_FG_LAST.values())),
                "Maiden Name": _one(rng, list(_FG_LAST)) if married else "",
                "Birth Date": _fg_date(rng, birth, 0.1),
                "Death Date": _fg_date(rng, death, 0.03),
                "Birth Place": _one(rng, _FG_TOWNS, [50, 10, 10, 8, 6]) if rng.random() < 0.6 else "",
                "Cemetery": cem,
                "City": "Springfield",
                "County": "Sangamon County",
                "State": "Illinois",
                "Plot": f"Section {_one(rng, list('ABCDEFG'))}, Lot {int(rng.integers(1, 400))}"
                if rng.random() < 0.55
                else "",
                "Has Photo": "Y" if rng.random() < 0.62 else "N",
                "Veteran": "Y" if veteran else "N",
                "Famous": "Y" if rng.random() < 0.005 else "N",
                "Created By": _one(rng, ["GraveHunter62", "sangamon_gen", "Linda M.", "Ray Tucker", "Find a Grave"]),
                "Created Date": f"{made:%Y-%m-%d}",
            }
        )
    return pd.DataFrame(rows)


def _fg_year(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s.astype("string").str.extract(r"(\d{4})", expand=False), errors="coerce")


def _fg_ages(df: pd.DataFrame) -> pd.Series:
    return (_fg_year(df["Death Date"]) - _fg_year(df["Birth Date"])).dropna()


_FG_QS = [
    Q("how many veterans are in here", _count(lambda df: int((df["Veteran"] == "Y").sum())), ("Veteran",)),
    Q(
        "which cemetery has the most of them",
        _lead(_named(lambda df: _top(df.loc[df["Veteran"] == "Y", "Cemetery"].value_counts()))),
        ("Cemetery", "Veteran"),
    ),
    Q("most common last name?", _lead(_named(lambda df: _top(df["Last Name"].value_counts()))), ("Last Name",)),
    Q(
        "how many people died in 1918",
        _count(lambda df: int((_fg_year(df["Death Date"]) == 1918).sum())),
        ("Death Date",),
    ),
    Q(
        "how many dont have a known birth date",
        either(
            _count(lambda df: int(_fg_year(df["Birth Date"]).isna().sum())),
            _count(
                lambda df: int((~df["Birth Date"].astype("string").fillna("").str.match(r"\d{1,2} \w{3} \d{4}")).sum())
            ),
        ),
        ("Birth Date",),
    ),
    Q(
        "on average how old were people when they died? just go by the years",
        either(
            _about(lambda df: float(_fg_ages(df).mean())),
            _about(lambda df: float(_fg_ages(df).median())),
        ),
        ("Birth Date", "Death Date"),
    ),
]


# --- 6. USDA SNAP authorized retailers (historical) ----------------------------------------------------------------

_SN_TYPES = {"Supermarket": 8, "Super Store": 6, "Large Grocery Store": 4, "Medium Grocery Store": 5}
_SN_TYPES |= {"Small Grocery Store": 10, "Convenience Store": 40, "Combination Grocery/Other": 18}
_SN_TYPES |= {"Farmers and Markets": 4, "Meat/Poultry Specialty": 3, "Bakery Specialty": 2}
_SN_STATES = {
    "TX": (
        ["HOUSTON", "DALLAS", "SAN ANTONIO", "EL PASO"],
        ["HARRIS", "DALLAS", "BEXAR", "EL PASO"],
        75000,
        31.0,
        -97.5,
    ),
    "GA": (["ATLANTA", "SAVANNAH", "MACON"], ["FULTON", "CHATHAM", "BIBB"], 30300, 33.0, -83.5),
    "NY": (["BRONX", "BROOKLYN", "BUFFALO", "ROCHESTER"], ["BRONX", "KINGS", "ERIE", "MONROE"], 10400, 41.5, -74.5),
    "MA": (["BOSTON", "WORCESTER", "SPRINGFIELD"], ["SUFFOLK", "WORCESTER", "HAMPDEN"], 1600, 42.3, -71.8),
    "NJ": (["NEWARK", "CAMDEN", "TRENTON"], ["ESSEX", "CAMDEN", "MERCER"], 7100, 40.3, -74.4),
    "OH": (["CLEVELAND", "COLUMBUS", "DAYTON"], ["CUYAHOGA", "FRANKLIN", "MONTGOMERY"], 44100, 40.2, -82.8),
    "CA": (
        ["LOS ANGELES", "FRESNO", "OAKLAND", "SAN DIEGO"],
        ["LOS ANGELES", "FRESNO", "ALAMEDA", "SAN DIEGO"],
        90000,
        35.5,
        -119.0,
    ),
    "VT": (["BURLINGTON", "RUTLAND"], ["CHITTENDEN", "RUTLAND"], 5400, 44.2, -72.8),
}
_SN_STATE_W = [22, 12, 18, 7, 7, 12, 20, 2]
_SN_CHAINS = {"Convenience Store": ["7-ELEVEN", "CIRCLE K", "SPEEDWAY", "SHELL FOOD MART"]}
_SN_CHAINS |= {"Combination Grocery/Other": ["DOLLAR GENERAL", "FAMILY DOLLAR", "CVS PHARMACY", "WALGREENS"]}
_SN_CHAINS |= {"Super Store": ["WALMART SUPERCENTER", "TARGET", "MEIJER"], "Supermarket": ["KROGER", "ALDI", "PUBLIX"]}
_SN_STREETS = ["MAIN ST", "BROADWAY", "MARTIN LUTHER KING JR BLVD", "W 3RD ST", "ELM AVE", "HIGHWAY 20", "PARK AVE"]


def _snap_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23506)
    rows = []
    rid = 100000
    for _ in range(3200):
        rid += int(rng.integers(1, 4))
        kind = _one(rng, list(_SN_TYPES), list(_SN_TYPES.values()))
        st = _one(rng, list(_SN_STATES), _SN_STATE_W)
        cities, counties, zip0, lat, lon = _SN_STATES[st]
        k = int(rng.integers(len(cities)))
        if kind in _SN_CHAINS and rng.random() < 0.7:
            name = f"{_one(rng, _SN_CHAINS[kind])} {int(rng.integers(100, 99999))}"
        elif kind == "Farmers and Markets":
            name = f"{cities[k]} {_one(rng, ['FARMERS MARKET', 'GREENMARKET', 'COMMUNITY MARKET'])}"
        else:
            name = f"{_one(rng, ['JOES', 'LA ESPERANZA', 'GOLDEN', 'SUNRISE', 'CITY', 'FAMILY', 'STAR'])} "
            name += _one(rng, ["MARKET", "DELI", "GROCERY", "FOOD MART", "MINI MART", "MEATS", "BAKERY"])
        year = int(_one(rng, list(range(1995, 2025)), [1 + (y - 1995) * 0.25 for y in range(1995, 2025)]))
        if kind == "Farmers and Markets":
            year = max(year, int(rng.integers(2008, 2025)))
        auth = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        ended = rng.random() < (0.45 if kind in ("Small Grocery Store", "Convenience Store") else 0.3)
        end = auth + pd.Timedelta(days=int(rng.exponential(2200)) + 60)
        if end > pd.Timestamp("2024-12-31"):
            ended = False
        incentive = ""
        if kind == "Farmers and Markets" and rng.random() < 0.5:
            incentive = "Healthy Incentives Program" if st == "MA" else "Double Up Food Bucks"
        elif rng.random() < 0.02:
            incentive = "Double Up Food Bucks"
        rows.append(
            {
                "Record_ID": rid,
                "Store_Name": name,
                "Store_Type": kind,
                "Street_Number": "" if rng.random() < 0.06 else str(int(rng.integers(1, 9999))),
                "Street_Name": _one(rng, _SN_STREETS),
                "City": cities[k],
                "State": st,
                "Zip_Code": f"{zip0 + int(rng.integers(0, 900)):05d}",
                "County": counties[k],
                "Latitude": round(lat + float(rng.normal(0, 1.2)), 6),
                "Longitude": round(lon + float(rng.normal(0, 1.5)), 6),
                "Authorization_Date": f"{auth:%m/%d/%Y}",
                "End_Date": f"{end:%m/%d/%Y}" if ended else "",
                "Incentive_Program": incentive,
            }
        )
    return pd.DataFrame(rows)


def _sn_active(df: pd.DataFrame) -> pd.DataFrame:
    return df[_blank(df["End_Date"])]


def _sn_top(kind: str, active: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        d = _sn_active(df) if active else df
        return _top(d.loc[d["Store_Type"] == kind, "State"].value_counts())

    return value


def _sn_year(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: pd.to_datetime(df[col], format="%m/%d/%Y", errors="coerce").dt.year


_SN_QS = [
    Q("how many stores are still authorized", _count(lambda df: len(_sn_active(df))), ("End_Date",)),
    Q(
        "what percent of those are convenience stores",
        either(
            _share(lambda df: (_sn_active(df)["Store_Type"] == "Convenience Store").mean()),
            _share(lambda df: (df["Store_Type"] == "Convenience Store").mean()),
        ),
        ("End_Date", "Store_Type"),
    ),
    Q(
        "which state has the most convenience stores",
        either(
            _lead(_named(_sn_top("Convenience Store", True))),
            _lead(_named(_sn_top("Convenience Store", False))),
        ),
        ("State", "Store_Type", "End_Date"),
    ),
    Q(
        "and farmers markets?",
        either(
            _lead(_named(_sn_top("Farmers and Markets", True))),
            _lead(_named(_sn_top("Farmers and Markets", False))),
        ),
        ("State", "Store_Type", "End_Date"),
    ),
    Q(
        "how many stores got authorized in 2015",
        _count(lambda df: int((_sn_year("Authorization_Date")(df) == 2015).sum())),
        ("Authorization_Date",),
    ),
    Q(
        "which year did the most stores leave the program",
        _year(lambda df: int(_top(_sn_year("End_Date")(df).dropna().astype(int).value_counts()))),
        ("End_Date",),
    ),
]


# --- 7. Fish stocking (fish plants) records ------------------------------------------------------------------------

_FP_SPECIES = {"Rainbow": 45, "Cutthroat": 8, "Brown Trout": 5, "Kokanee": 10, "Tiger Trout": 3, "Steelhead": 10}
_FP_SPECIES |= {"Coho": 10, "Chinook": 9}
_FP_COUNTIES = {"SPOKANE": 1, "STEVENS": 1, "GRANT": 2, "CHELAN": 2, "YAKIMA": 3, "KITTITAS": 3, "KING": 4}
_FP_COUNTIES |= {"SNOHOMISH": 4, "CLARK": 5, "COWLITZ": 5, "THURSTON": 6, "MASON": 6}
_FP_CODES = {c: c[:4] for c in _FP_COUNTIES}
_FP_LAKES = ["LOON LK", "BLUE LK", "CLEAR LK", "MEDICAL LK", "FISH LK", "SILVER LK", "MAYFIELD LK", "BATTLE GROUND LK"]
_FP_LAKES += ["LEWIS RIV", "COWLITZ RIV", "KALAMA RIV", "LAKE WASHINGTON", "WHITE RIV", "DEEP LK"]
_FP_HATCHERIES = ["SPOKANE HATCHERY", "TOKUL CREEK HATCHERY", "GOLDENDALE HATCHERY", "VANCOUVER HATCHERY"]
_FP_HATCHERIES += ["EELLS SPRINGS HATCHERY", "NACHES HATCHERY", "KALAMA FALLS HATCHERY"]
_FP_STOCK = {
    "Catchable": (200, 5000, 2.0, 4.0),
    "Fry": (5000, 120000, 200.0, 900.0),
    "Fingerling": (2000, 40000, 20.0, 150.0),
    "Jumbo": (50, 600, 0.5, 1.2),
    "Triploid": (100, 2000, 1.0, 2.0),
}


def _fishplants_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23507)
    rows = []
    for _ in range(940):
        sp = _one(rng, list(_FP_SPECIES), list(_FP_SPECIES.values()))
        if sp in ("Coho", "Chinook", "Steelhead"):
            stype = _one(rng, ["Fry", "Fingerling"], [40, 60])
        elif sp == "Kokanee":
            stype = _one(rng, ["Fry", "Fingerling"], [70, 30])
        else:
            stype = _one(rng, list(_FP_STOCK), [55, 8, 15, 10, 12])
        lo, hi, fpp_lo, fpp_hi = _FP_STOCK[stype]
        county = _one(rng, list(_FP_COUNTIES))
        n = int(np.exp(rng.uniform(np.log(lo), np.log(hi))))
        n = round(n, -1) if n > 100 else n
        fpp = float(np.exp(rng.uniform(np.log(fpp_lo), np.log(fpp_hi))))
        length = 13.0 * (1 / fpp) ** (1 / 3) * float(rng.normal(1, 0.04))
        day = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 4 * 365)))
        if stype == "Catchable" and rng.random() < 0.5:
            day = pd.Timestamp(int(rng.integers(2021, 2025)), int(_one(rng, [3, 4, 5])), int(rng.integers(1, 29)))
        end = day + pd.Timedelta(days=int(rng.integers(0, 4)))
        lake = _one(rng, _FP_LAKES)
        rows.append(
            {
                "Release Start Date": f"{day:%m/%d/%Y}",
                "Release End Date": f"{end:%m/%d/%Y}" if rng.random() < 0.9 else "",
                "Facility": _one(rng, _FP_HATCHERIES),
                "Stock Location": _one(rng, _FP_HATCHERIES) if rng.random() < 0.8 else "MIXED",
                "Release Location": f"{lake} ({_FP_CODES[county]})",
                "County": county,
                "Region": _FP_COUNTIES[county],
                "Species": sp,
                "Origin": "Wild" if rng.random() < 0.06 else "Hatchery",
                "Number Released": f"{n:,}",
                "Number of Fish Per Pound": round(fpp, 2),
                "Average Length (in)": "" if rng.random() < 0.1 else round(length, 1),
                "Stock Type": stype,
            }
        )
    return pd.DataFrame(rows)


def _fp_top(region: int | None, rows: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        d = df if region is None else df[df["Region"] == region]
        if rows:
            return _top(d["Species"].value_counts())
        return _top(_num(d, "Number Released").groupby(d["Species"]).sum())

    return value


def _fp_rainbow(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = df[df["Species"] == "Rainbow"]
        ln = pd.to_numeric(d["Average Length (in)"], errors="coerce")
        if not weighted:
            return float(ln.mean())
        n = _num(d, "Number Released")[ln.notna()]
        return float((ln.dropna() * n).sum() / n.sum())

    return value


def _fp_may(df: pd.DataFrame) -> float:
    day = pd.to_datetime(df["Release Start Date"], format="%m/%d/%Y")
    keep = (day.dt.year == 2023) & (day.dt.month == 5)
    return float(_num(df, "Number Released")[keep].sum())


_FP_QS = [
    Q(
        "how many fish were released altogether",
        _scaled(lambda df: _num(df, "Number Released").sum(), (1e6,)),
        ("Number Released",),
    ),
    Q(
        "which species got stocked the most",
        either(_lead(_named(_fp_top(None, False))), _lead(_named(_fp_top(None, True)))),
        ("Species", "Number Released"),
    ),
    Q(
        "and just in region 5?",
        either(_lead(_named(_fp_top(5, False))), _lead(_named(_fp_top(5, True)))),
        ("Species", "Number Released", "Region"),
    ),
    Q(
        "whats the average length of the rainbows",
        either(_about(_fp_rainbow(False)), _about(_fp_rainbow(True))),
        ("Species", "Average Length (in)", "Number Released"),
    ),
    Q(
        "how many fish went out in may 2023",
        _scaled(_fp_may, (1e3, 1e6)),
        ("Release Start Date", "Number Released"),
    ),
    Q(
        "is fish per pound related to how long they are",
        _corr(
            lambda df: df["Number of Fish Per Pound"].astype(float),
            lambda df: pd.to_numeric(df["Average Length (in)"], errors="coerce"),
        ),
        ("Number of Fish Per Pound", "Average Length (in)"),
    ),
]


HELDOUT235: list[Dataset] = [
    Dataset("paprika_recipes", _paprika_frame, _PK_QS),
    Dataset("anilist_anime_list", _anilist_frame, _AL_QS),
    Dataset("postman_runner_results", _postman_frame, _PM_QS),
    Dataset("seatgeek_orders", _seatgeek_frame, _SG_QS),
    Dataset("findagrave_memorials", _findagrave_frame, _FG_QS),
    Dataset("snap_retailers", _snap_frame, _SN_QS),
    Dataset("fish_plants", _fishplants_frame, _FP_QS),
]
