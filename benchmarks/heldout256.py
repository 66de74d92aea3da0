"""HELDOUT256: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of exports an analyst is likely to bring along: a TaskRabbit Tasker earnings
export (one row per task, January 2022 to June 2024) with "Task Date" as "03/14/2023", Category (Furniture Assembly,
Mounting, Moving Help, Cleaning, Yard Work, Handyman, Delivery), Client as first name and last initial ("Sarah K."),
City, "Hours Billed" (in quarter hours, 0 on most cancellations), "Hourly Rate ($)", "Task Total ($)" (hours times
rate, a one-hour fee when the client canceled late, 0 when the Tasker canceled), "Trust & Support Fee ($)" (15% of
the total, paid by the client), "Tip ($)" (blank if none), "Reimbursements ($)" (supplies, mostly blank), Status
(Completed, Canceled by Client, Canceled by Tasker, Disputed), "Review Stars" (1-5, blank when no review) and "Repeat
Client" (Yes/No); a CellarTracker "My Cellar" inventory export (one row per bottle, a wine bought by the case repeats
its iWine) with iWine, Barcode (a ten-digit number), Location ("Basement Rack", "Wine Fridge", "Offsite"), Bin ("A3",
blank offsite), Size ("750ml", "1.5L", "375ml"), Price (what was paid, blank for gifts), Valuation (community
estimate), Currency (USD), Vintage (a year, 1001 for non-vintage), Wine ("2016 Château Lynch-Bages Pauillac"), Color
(Red, White, Rosé), Category (Dry, Sweet, Sparkling, Fortified), Type ("Red", "White - Sparkling", "White - Sweet/
Dessert", "Red - Fortified"), Producer, Varietal, Country, Region, Appellation, BeginConsume and EndConsume (drinking
window years, blank for some) and CT (community score like 91.2, blank for obscure wines); a Kobo eReader reading
statistics export (one row per book) with Title, Author, Series (mostly blank), "Book Type" (Kobo Store, Sideloaded
EPUB, Sideloaded PDF, Kobo Plus), "Date Added" as "2021-03-14 19:22:05", "Last Read" (same format, blank when
unread), Status (Finished, Reading, Unread), "Percent Read" as "57%", "Time Spent Reading" as "5h 32m" / "48m" /
"0m", Sessions, Pages, Highlights, Bookmarks and "Words Looked Up"; a MyAnimeList anime list export converted to CSV
(one row per title) with series_title, series_type (TV, Movie, OVA, ONA, Special), series_episodes (0 when unknown),
my_watched_episodes, my_start_date and my_finish_date as "2019-05-12" ("0000-00-00" when unset), my_score (0 when
unscored, else 1-10), my_status (Watching, Completed, On-Hold, Dropped, Plan to Watch), my_times_watched,
my_rewatching (0/1), my_tags (mostly blank) and series_animedb_id; a city's homeless shelter bed occupancy report for
2023 (one row per shelter per night; warming centers only open November to March) with Date as "2023-01-01",
"Shelter Name", Provider, "Population Served" (Single Men, Single Women, Families, Youth, Mixed Adult), "Shelter
Type" (Emergency, Overflow, Warming Center, Transitional), "Beds Available", "Beds Occupied" (blank on nights a
shelter did not report, and then "Occupancy Rate (%)" is blank too; occupancy can pass 100 on overflow cots),
"Occupancy Rate (%)" with one decimal, Turnaways and "Pets Allowed" (Y/N); a Head Start program's enrollment and
attendance report (one row per center per month, September to June of program years "2021-2022" to "2023-2024") with
"Program Year", Month ("October"), Grantee, "Center Name", "Program Option" (Center-Based Full Day, Center-Based Part
Day, Home-Based, Early Head Start), "Funded Enrollment", "Actual Enrollment", "Average Daily Attendance (%)" as
"88.4%" ("N/A" for home-based), "Children With Disabilities", "Children Experiencing Homelessness", "Foster
Children", Waitlist, Teachers and Classrooms (0 for home-based); and a state's lobbyist registration and expenditure
report (2021-2024, one row per lobbyist per client per quarter) with Year, Quarter ("Q1"-"Q4"), "Lobbyist Name" as
"LAST, FIRST", "Lobbying Firm" (blank when in-house), Client, "Client Industry" (Health Care, Energy, Telecom,
Education, Finance, Local Government), "Compensation ($)" as text with thousands commas ("12,500.00"), "Expenses
($)", "Gifts Reported ($)" (mostly 0), "Bills Lobbied", "Subject Areas" (several separated by "; ") and "Registration
Status" (Active, Terminated). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _year
from .offline_eval import Check, Dataset, Q, either, month_names, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%+\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _top(scores: pd.Series, lowest: bool = False) -> str:
    """The label with the highest (or lowest) score (ties: first in label order)."""
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


def _named_any(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Any one of the labels (the picks of several readings)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_named(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _typical(values: Callable[[pd.DataFrame], pd.Series], rel: float = 0.01) -> Check:
    """Mean or median of a series computed from the frame."""
    return either(
        _about(lambda df: float(values(df).mean()), rel=rel),
        _about(lambda df: float(values(df).median()), rel=rel),
    )


def _month(values: Callable[[pd.DataFrame], list[int]]) -> Check:
    """A month by name (any one of the months of several readings)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        months = values(df)
        for m in months:
            if re.search(rf"\b(?:{month_names(int(m))})\b", answer, re.IGNORECASE):
                return None
        return f"missing month {months[0]}"

    return check


# --- 1. TaskRabbit Tasker earnings ---------------------------------------------------------------------------------

# category: hourly rate range, hours range, weight
_TR_CATS: dict[str, tuple[tuple[int, int], tuple[float, float], float]] = {
    "Furniture Assembly": ((48, 62), (1.0, 4.5), 30),
    "Mounting": ((68, 85), (1.0, 2.5), 18),
    "Moving Help": ((50, 64), (2.0, 6.0), 16),
    "Cleaning": ((36, 46), (2.0, 5.0), 12),
    "Yard Work": ((38, 50), (1.5, 5.0), 9),
    "Handyman": ((55, 70), (1.0, 4.0), 10),
    "Delivery": ((32, 42), (1.0, 2.0), 5),
}
_TR_FIRST = ["Sarah", "Mike", "Jen", "David", "Priya", "Carlos", "Emily", "James", "Aisha", "Tom", "Linda", "Kevin"]
_TR_FIRST += ["Maria", "Chris", "Hannah", "Omar", "Rachel", "Ben", "Grace", "Luis", "Nina", "Paul", "Zoe", "Sam"]
_TR_CITIES = {"Austin": 55, "Round Rock": 15, "Cedar Park": 12, "Pflugerville": 10, "Georgetown": 8}


def _taskrabbit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25601)
    clients = sorted({f"{_one(rng, _TR_FIRST)} {chr(65 + int(rng.integers(0, 26)))}." for _ in range(400)})
    cats = list(_TR_CATS)
    days = pd.date_range("2022-01-01", "2024-06-30", freq="D")
    month_w = np.array([0.7, 0.7, 0.85, 0.95, 1.05, 1.25, 1.1, 1.5, 1.0, 0.9, 0.85, 1.1])
    w = month_w[days.month - 1] * np.where(days.dayofweek >= 5, 1.4, 1.0)
    picks = np.sort(rng.choice(len(days), size=1450, p=w / w.sum()))
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    for i in picks:
        day = days[int(i)]
        cat = _one(rng, cats, [_TR_CATS[c][2] * (2.2 if c == "Moving Help" and day.month == 8 else 1) for c in cats])
        (rlo, rhi), (hlo, hhi), _w = _TR_CATS[cat]
        rate = float(rng.integers(rlo, rhi + 1)) + (3 if day.year >= 2023 else 0) + (3 if day.year >= 2024 else 0)
        client = _one(rng, clients)
        repeat = "Yes" if client in seen else "No"
        seen.add(client)
        status = _one(rng, ["Completed", "Canceled by Client", "Canceled by Tasker", "Disputed"], [86, 8, 4, 2])
        if status in ("Completed", "Disputed"):
            hours = round(float(rng.uniform(hlo, hhi)) * 4) / 4
            total = round(hours * rate, 2)
        elif status == "Canceled by Client" and rng.random() < 0.5:
            hours, total = 1.0, rate
        else:
            hours, total = 0.0, 0.0
        tipped = status == "Completed" and rng.random() < (0.5 if repeat == "Yes" else 0.35)
        tip = float(rng.choice([5, 10, 10, 15, 20, 20, 25, 30, 40]))
        reimb = (
            round(float(rng.uniform(8, 120)), 2)
            if status == "Completed" and cat in ("Handyman", "Mounting", "Yard Work") and rng.random() < 0.2
            else None
        )
        stars = None
        if status == "Completed" and rng.random() < 0.6:
            stars = int(_one(rng, [5, 4, 3, 2, 1], [78, 15, 4, 2, 1] if repeat == "Yes" else [62, 24, 8, 4, 2]))
        elif status == "Disputed" and rng.random() < 0.7:
            stars = int(_one(rng, [1, 2, 3], [60, 30, 10]))
        rows.append(
            {
                "Task Date": f"{day:%m/%d/%Y}",
                "Category": cat,
                "Client": client,
                "City": _one(rng, list(_TR_CITIES), list(_TR_CITIES.values())),
                "Hours Billed": hours,
                "Hourly Rate ($)": rate,
                "Task Total ($)": total,
                "Trust & Support Fee ($)": round(total * 0.15, 2),
                "Tip ($)": tip if tipped else None,
                "Reimbursements ($)": reimb,
                "Status": status,
                "Review Stars": stars,
                "Repeat Client": repeat,
            }
        )
    return pd.DataFrame(rows)


def _tr_done(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == "Completed"]


def _tr_best_month(completed_only: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        d = _tr_done(df) if completed_only else df
        when = pd.to_datetime(d["Task Date"], format="%m/%d/%Y").dt.to_period("M")
        return _num(d, "Task Total ($)").groupby(when).sum().idxmax().to_timestamp()

    return value


def _tr_month(answer: str, df: pd.DataFrame) -> str | None:
    return either(month_year(_tr_best_month(True)), month_year(_tr_best_month(False)))(answer, df)


def _tr_stars(repeat: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df[_text(df, "Repeat Client") == repeat], "Review Stars").mean())


_TR_QS = [
    Q(
        "how much did i make from completed jobs",
        either(
            _amount(lambda df: float(_num(_tr_done(df), "Task Total ($)").sum())),
            _amount(lambda df: float(_num(_tr_done(df), "Task Total ($)").sum() + _num(_tr_done(df), "Tip ($)").sum())),
        ),
        ("Task Total ($)", "Status", "Tip ($)"),
    ),
    Q(
        "which type of task pays best per hour",
        _lead(
            _named_any(
                lambda df: [
                    _top(_num(df, "Hourly Rate ($)").groupby(_text(df, "Category")).mean()),
                    _top(
                        _num(_tr_done(df), "Task Total ($)").groupby(_text(_tr_done(df), "Category")).sum()
                        / _num(_tr_done(df), "Hours Billed").groupby(_text(_tr_done(df), "Category")).sum()
                    ),
                ]
            )
        ),
        ("Category", "Hourly Rate ($)", "Hours Billed", "Task Total ($)", "Status"),
    ),
    Q(
        "how many tasks got canceled",
        _count(lambda df: int(_text(df, "Status").str.startswith("Canceled").sum())),
        ("Status",),
    ),
    Q(
        "whats the average tip when someone actually tips",
        _about(lambda df: float(_num(df, "Tip ($)").dropna().mean())),
        ("Tip ($)",),
    ),
    Q(
        "do repeat clients give better reviews than new ones",
        _about(lambda df: [_tr_stars("Yes")(df), _tr_stars("No")(df)]),
        ("Review Stars", "Repeat Client"),
    ),
    Q(
        "which month did i earn the most",
        _tr_month,
        ("Task Date", "Task Total ($)", "Status"),
    ),
]


# --- 2. CellarTracker My Cellar --------------------------------------------------------------------------------------

# producer, wine name, color, category, type, varietal, country, region, appellation, price range, CT range, age window
_CtWine = tuple[str, str, str, str, str, str, str, str, str, tuple[int, int], tuple[float, float] | None, int]
_CT_WINES: list[_CtWine] = [
    ("Château Lynch-Bages", "Château Lynch-Bages Pauillac", "Red", "Dry", "Red", "Cabernet Sauvignon", "France",
     "Bordeaux", "Pauillac", (110, 160), (92.0, 94.5), 25),
    ("Château Cantemerle", "Château Cantemerle Haut-Médoc", "Red", "Dry", "Red", "Cabernet Sauvignon", "France",
     "Bordeaux", "Haut-Médoc", (28, 40), (89.0, 91.0), 15),
    ("Château de Fieuzal", "Château de Fieuzal Blanc Pessac-Léognan", "White", "Dry", "White", "Sauvignon Blanc",
     "France", "Bordeaux", "Pessac-Léognan", (40, 55), (90.0, 92.0), 10),
    ("Domaine Faiveley", "Domaine Faiveley Mercurey", "Red", "Dry", "Red", "Pinot Noir", "France", "Burgundy",
     "Mercurey", (30, 42), (88.5, 90.5), 10),
    ("Joseph Drouhin", "Joseph Drouhin Chablis", "White", "Dry", "White", "Chardonnay", "France", "Burgundy",
     "Chablis", (22, 32), (88.0, 90.0), 6),
    ("Moët & Chandon", "Moët & Chandon Champagne Brut Impérial", "White", "Sparkling", "White - Sparkling",
     "Champagne Blend", "France", "Champagne", "Champagne", (40, 55), (88.5, 90.0), 4),
    ("Domaines Ott", "Domaines Ott Château Romassan Bandol Rosé", "Rosé", "Dry", "Rosé", "Mourvèdre", "France",
     "Provence", "Bandol", (35, 48), (89.0, 90.5), 3),
    ("Ridge", "Ridge Lytton Springs", "Red", "Dry", "Red", "Zinfandel", "USA", "California", "Dry Creek Valley",
     (38, 48), (91.0, 93.0), 12),
    ("Caymus", "Caymus Cabernet Sauvignon", "Red", "Dry", "Red", "Cabernet Sauvignon", "USA", "California",
     "Napa Valley", (75, 100), (90.0, 92.0), 12),
    ("Domaine Serene", "Domaine Serene Pinot Noir Evenstad Reserve", "Red", "Dry", "Red", "Pinot Noir", "USA",
     "Oregon", "Dundee Hills", (60, 80), (91.0, 92.5), 12),
    ("Meiomi", "Meiomi Pinot Noir", "Red", "Dry", "Red", "Pinot Noir", "USA", "California", "California",
     (17, 24), (85.0, 87.0), 4),
    ("Dr. Loosen", "Dr. Loosen Riesling Kabinett Wehlener Sonnenuhr", "White", "Sweet", "White - Sweet/Dessert",
     "Riesling", "Germany", "Mosel", "Mosel", (20, 30), (90.0, 92.0), 15),
    ("Egon Müller", "Egon Müller Scharzhofberger Riesling Spätlese", "White", "Sweet", "White - Sweet/Dessert",
     "Riesling", "Germany", "Mosel", "Saar", (90, 140), (94.0, 96.0), 25),
    ("Antinori", "Antinori Tignanello", "Red", "Dry", "Red", "Sangiovese Blend", "Italy", "Tuscany", "Toscana IGT",
     (110, 140), (92.5, 94.0), 18),
    ("Fontodi", "Fontodi Chianti Classico", "Red", "Dry", "Red", "Sangiovese", "Italy", "Tuscany",
     "Chianti Classico", (28, 36), (90.0, 92.0), 10),
    ("Vietti", "Vietti Barolo Castiglione", "Red", "Dry", "Red", "Nebbiolo", "Italy", "Piedmont", "Barolo",
     (45, 60), (91.0, 93.0), 20),
    ("Taylor Fladgate", "Taylor Fladgate Vintage Port", "Red", "Fortified", "Red - Fortified", "Port Blend",
     "Portugal", "Douro", "Porto", (70, 100), (93.0, 95.0), 40),
    ("Penfolds", "Penfolds Bin 389 Cabernet Shiraz", "Red", "Dry", "Red", "Shiraz-Cabernet Sauvignon", "Australia",
     "South Australia", "South Australia", (55, 70), (90.5, 92.5), 15),
    ("Cloudy Bay", "Cloudy Bay Sauvignon Blanc", "White", "Dry", "White", "Sauvignon Blanc", "New Zealand",
     "Marlborough", "Marlborough", (25, 32), (88.5, 90.5), 3),
    ("Bodega Catena Zapata", "Catena Malbec", "Red", "Dry", "Red", "Malbec", "Argentina", "Mendoza", "Mendoza",
     (18, 25), (87.5, 89.5), 6),
    ("Hermanos Pérez", "Hermanos Pérez Garnacha", "Red", "Dry", "Red", "Grenache", "Spain", "Aragón",
     "Campo de Borja", (12, 18), None, 4),
]  # fmt: skip
_CT_NV = {"Moët & Chandon"}


def _cellar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25602)
    weights = [8, 6, 4, 6, 5, 5, 3, 6, 5, 4, 4, 6, 2, 3, 6, 5, 3, 4, 4, 5, 3]
    rows: list[dict[str, Any]] = []
    iwine = 1_000_000
    barcode = int(rng.integers(100_000_000, 200_000_000))
    bins = [f"{r}{c}" for r in "ABCDEF" for c in range(1, 9)]
    while len(rows) < 620:
        k = _one(rng, list(range(len(_CT_WINES))), weights)
        prod, name, color, cat, typ, var, country, region, app, (plo, phi), ct, window = _CT_WINES[k]
        vintage = 1001 if prod in _CT_NV else int(rng.integers(2005, 2022))
        iwine += int(rng.integers(100, 90_000))
        n = int(_one(rng, [1, 2, 3, 6, 12], [45, 20, 10, 15, 4]))
        base = float(rng.uniform(plo, phi))
        score = None if ct is None or rng.random() < 0.06 else round(float(rng.uniform(*ct)), 1)
        age = (2024 - vintage) if vintage != 1001 else 2
        value = base * (1 + 0.035 * age * (1 if window >= 10 else 0.3)) * float(rng.uniform(0.9, 1.1))
        begin = vintage + max(1, window // 4) if vintage != 1001 else 2020
        end = vintage + window if vintage != 1001 else 2026
        has_window = rng.random() < 0.88
        gift = rng.random() < 0.07
        for _b in range(n):
            size = _one(rng, ["750ml", "1.5L", "375ml"], [90, 4, 6] if cat != "Sweet" else [50, 0, 50])
            mult = {"750ml": 1.0, "1.5L": 2.1, "375ml": 0.55}[size]
            loc = _one(rng, ["Basement Rack", "Wine Fridge", "Offsite"], [55, 25, 20])
            barcode += int(rng.integers(1, 40))
            rows.append(
                {
                    "iWine": iwine,
                    "Barcode": f"{barcode:010d}",
                    "Location": loc,
                    "Bin": "" if loc == "Offsite" else _one(rng, bins),
                    "Size": size,
                    "Price": None if gift else round(base * mult, 2),
                    "Valuation": round(value * mult, 2),
                    "Currency": "USD",
                    "Vintage": vintage,
                    "Wine": name if vintage == 1001 else f"{vintage} {name}",
                    "Color": color,
                    "Category": cat,
                    "Type": typ,
                    "Producer": prod,
                    "Varietal": var,
                    "Country": country,
                    "Region": region,
                    "Appellation": app,
                    "BeginConsume": begin if has_window else None,
                    "EndConsume": end if has_window else None,
                    "CT": score,
                }
            )
    out = pd.DataFrame(rows)
    out["BeginConsume"] = out["BeginConsume"].astype("Int64")
    out["EndConsume"] = out["EndConsume"].astype("Int64")
    return out


def _ct_gain(with_price_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        price, val = _num(df, "Price"), _num(df, "Valuation")
        if with_price_only:
            val = val[price.notna()]
        return float(val.sum() - price.sum())

    return value


_CT_QS = [
    Q(
        "how many bottles are in my cellar",
        _count(lambda df: len(df)),
        ("Barcode", "iWine"),
    ),
    Q(
        "what's it all worth",
        _amount(lambda df: float(_num(df, "Valuation").sum())),
        ("Valuation",),
    ),
    Q(
        "and how much more is that than what i paid",
        either(_amount(_ct_gain(False)), _amount(_ct_gain(True))),
        ("Valuation", "Price"),
    ),
    Q(
        "which grape do i have the most bottles of",
        _lead(_named(lambda df: _top(_text(df, "Varietal").value_counts()))),
        ("Varietal",),
    ),
    Q(
        "what did i pay on average for a bordeaux",
        _typical(lambda df: _num(df[_text(df, "Region") == "Bordeaux"], "Price").dropna()),
        ("Price", "Region"),
    ),
    Q(
        "how many bottles have a drinking window that ended before 2025",
        _count(lambda df: int((_num(df, "EndConsume") < 2025).sum())),
        ("EndConsume", "BeginConsume"),
    ),
]


# --- 3. Kobo reading statistics ------------------------------------------------------------------------------------

_KB_AUTHORS: dict[str, tuple[list[str], str, float]] = {
    "Brandon Sanderson": (
        ["The Way of Kings", "Words of Radiance", "Oathbringer", "Rhythm of War", "Mistborn", "The Well of Ascension",
         "The Hero of Ages", "Elantris", "Warbreaker", "Tress of the Emerald Sea", "The Alloy of Law", "Skyward",
         "Starsight", "Yumi and the Nightmare Painter"], "Stormlight Archive", 0.0),
    "Agatha Christie": (
        ["Murder on the Orient Express", "And Then There Were None", "The ABC Murders", "Death on the Nile",
         "The Murder of Roger Ackroyd", "Evil Under the Sun", "Five Little Pigs"], "Hercule Poirot", 0.0),
    "Martha Wells": (["All Systems Red", "Artificial Condition", "Rogue Protocol", "Exit Strategy", "Network Effect",
                      "Fugitive Telemetry"], "The Murderbot Diaries", 0.0),
    "Emily Henry": (["Beach Read", "People We Meet on Vacation", "Book Lovers", "Happy Place", "Funny Story"], "", 0.0),
    "Taylor Jenkins Reid": (["The Seven Husbands of Evelyn Hugo", "Daisy Jones & The Six", "Malibu Rising",
                             "Carrie Soto Is Back"], "", 0.0),
    "Andy Weir": (["Project Hail Mary", "The Martian", "Artemis"], "", 0.0),
    "Ursula K. Le Guin": (["A Wizard of Earthsea", "The Left Hand of Darkness", "The Dispossessed"], "", 0.0),
    "Yuval Noah Harari": (["Sapiens", "Homo Deus", "21 Lessons for the 21st Century"], "", 0.0),
    "James Clear": (["Atomic Habits"], "", 0.0),
    "Cal Newport": (["Deep Work", "Digital Minimalism", "Slow Productivity"], "", 0.0),
    "Haruki Murakami": (["Kafka on the Shore", "Norwegian Wood", "1Q84", "The Wind-Up Bird Chronicle"], "", 0.0),
    "N. K. Jemisin": (["The Fifth Season", "The Obelisk Gate", "The Stone Sky"], "The Broken Earth", 0.0),
    "Kazuo Ishiguro": (["Klara and the Sun", "Never Let Me Go", "The Remains of the Day"], "", 0.0),
    "Various": ([f"Python Cookbook ch. {i}" for i in range(1, 4)] + ["Statistical Rethinking", "R for Data Science",
                "Designing Data-Intensive Applications", "Home Buying Guide 2022", "IKEA HEMNES manual"], "", 0.0),
}  # fmt: skip


def _kobo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25603)
    rows: list[dict[str, Any]] = []
    firsts = (
        "The Silent",
        "A Distant",
        "The Last",
        "Midnight",
        "The Glass",
        "Salt and",
        "The Hollow",
        "Winter's",
        "A Small",
        "The Paper",
        "Beneath the",
        "The Lost",
        "Ember",
        "The Quiet",
        "All the",
        "Northern",
    )
    seconds = ("Garden", "Harbor", "Library", "Orchard", "Station", "River", "Tower", "Letters", "Summer", "Crown",
               "Lighthouse", "Inheritance", "Daughters", "Orchard House", "Map")  # fmt: skip
    extra = [f"{a} {b}" for a in firsts for b in seconds]
    pool: list[tuple[str, str, str]] = []
    for author, (titles, series, _z) in _KB_AUTHORS.items():
        pool += [(t, author, series if i < 7 else "") for i, t in enumerate(titles)]
    for t in extra:
        pool.append((t, _one(rng, ["Lena Hart", "Marcus Vale", "Ines Moreau", "Jonah Pike", "R. S. Okafor"]), ""))
    for title, author, series in pool:
        if author == "Various":
            btype = "Sideloaded PDF"
        elif author in ("Agatha Christie", "Ursula K. Le Guin"):
            btype = "Sideloaded EPUB"
        else:
            btype = _one(rng, ["Kobo Store", "Kobo Plus", "Sideloaded EPUB"], [55, 25, 20])
        added = pd.Timestamp("2020-06-01") + pd.Timedelta(seconds=int(rng.integers(0, 4 * 365 * 86400)))
        if rng.random() < 0.3:
            added = pd.Timestamp("2022-11-20") + pd.Timedelta(seconds=int(rng.integers(0, 60 * 86400)))
        p_fin = 0.85 if author == "Brandon Sanderson" else 0.5
        status = _one(rng, ["Finished", "Reading", "Unread"], [p_fin, 0.15, 1 - p_fin - 0.15 + 0.2])
        pages = int(rng.integers(180, 480)) if author != "Brandon Sanderson" else int(rng.integers(450, 1200))
        if status == "Finished":
            pct = 100
        elif status == "Reading":
            pct = int(rng.integers(3, 96))
        else:
            pct = 0
        minutes = int(pages * pct / 100 * float(rng.uniform(1.2, 2.2)))
        sessions = 0 if pct == 0 else max(1, minutes // int(rng.integers(20, 45)))
        hl = 0 if pct == 0 else int(rng.poisson((4 if btype != "Sideloaded PDF" else 1) * pct / 100 * pages / 100))
        last = "" if pct == 0 else f"{added + pd.Timedelta(days=int(rng.integers(1, 300))):%Y-%m-%d %H:%M:%S}"
        rows.append(
            {
                "Title": title,
                "Author": author,
                "Series": series,
                "Book Type": btype,
                "Date Added": f"{added:%Y-%m-%d %H:%M:%S}",
                "Last Read": last,
                "Status": status,
                "Percent Read": f"{pct}%",
                "Time Spent Reading": f"{minutes // 60}h {minutes % 60}m" if minutes >= 60 else f"{minutes}m",
                "Sessions": sessions,
                "Pages": pages,
                "Highlights": hl,
                "Bookmarks": 0 if pct == 0 else int(rng.poisson(1.5)),
                "Words Looked Up": 0 if pct == 0 else int(rng.poisson(2 if author != "Haruki Murakami" else 6)),
            }
        )
    order = rng.permutation(len(rows))
    return pd.DataFrame([rows[int(i)] for i in order])


def _kb_minutes(df: pd.DataFrame) -> pd.Series:
    text = _text(df, "Time Spent Reading")
    hours = pd.to_numeric(text.str.extract(r"(\d+)\s*h")[0], errors="coerce").fillna(0)
    mins = pd.to_numeric(text.str.extract(r"(\d+)\s*m")[0], errors="coerce").fillna(0)
    return hours * 60 + mins


def _kb_unread(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == "Unread"]


_KB_QS = [
    Q(
        "how many books have i finished",
        _count(lambda df: int((_text(df, "Status") == "Finished").sum())),
        ("Status",),
    ),
    Q(
        "how many hours have i spent reading altogether",
        either(_about(lambda df: float(_kb_minutes(df).sum() / 60)), _count(lambda df: float(_kb_minutes(df).sum()))),
        ("Time Spent Reading",),
    ),
    Q(
        "who's my most read author",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df[_text(df, "Status") == "Finished"], "Author").value_counts()),
                    _top(_kb_minutes(df).groupby(_text(df, "Author")).sum()),
                    _top(_text(df, "Author").value_counts()),
                ]
            )
        ),
        ("Author", "Status", "Time Spent Reading"),
    ),
    Q(
        "what percent of my library is still unread",
        _share(lambda df: float((_text(df, "Status") == "Unread").mean())),
        ("Status",),
    ),
    Q(
        "how many of those are kobo plus books",
        _count(lambda df: int((_text(_kb_unread(df), "Book Type") == "Kobo Plus").sum())),
        ("Status", "Book Type"),
    ),
    Q(
        "what year did i add the most books",
        _year(lambda df: int(pd.to_datetime(df["Date Added"]).dt.year.value_counts().sort_index().idxmax())),
        ("Date Added",),
    ),
]


# --- 4. MyAnimeList list export ------------------------------------------------------------------------------------

_MAL_WORDS = ["Shingeki", "Kimetsu", "Boku no", "Hagane", "Steins", "Sword", "Kaguya-sama", "Yakusoku", "Mob",
              "Jujutsu", "Chainsaw", "Spy x", "Vinland", "Mushoku", "Made in", "Violet", "Koe no", "Kimi no",
              "Tenki no", "Cowboy", "Monogatari", "Haikyuu!!", "Sousou no", "Kusuriya", "Oshi no", "Bocchi the",
              "Dungeon", "Tengoku", "Kaiju", "Shiguang"]  # fmt: skip
_MAL_TAILS = ["Kyojin", "no Yaiba", "Hero Academia", "Alchemist", "Gate", "Art Online", "Love is War", "Neverland",
              "Psycho 100", "Kaisen", "Man", "Family", "Saga", "Tensei", "Abyss", "Evergarden", "Katachi", "Na wa.",
              "Ko", "Bebop", "Series", "Frieren", "Hitorigoto", "Ko", "Rock!", "Meshi", "Daimakyou",
              "No. 8"]  # fmt: skip


def _mal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25604)
    titles: set[str] = set()
    while len(titles) < 520:
        t = f"{_one(rng, _MAL_WORDS)} {_one(rng, _MAL_TAILS)}"
        suffix = _one(rng, ["", "", " Season 2", " 2nd Season", " Movie", ": Final Season", " OVA", " (2019)"])
        titles.add(t + suffix)
    rows: list[dict[str, Any]] = []
    ids = rng.choice(np.arange(1, 58000), size=len(titles), replace=False)
    for title, aid in zip(sorted(titles), ids, strict=True):
        if "Movie" in title:
            stype = "Movie"
        elif "OVA" in title:
            stype = "OVA"
        else:
            stype = _one(rng, ["TV", "Movie", "OVA", "ONA", "Special"], [70, 10, 6, 9, 5])
        eps = {"TV": int(_one(rng, [12, 13, 24, 25, 26, 50], [30, 15, 25, 10, 12, 3])), "Movie": 1}.get(
            stype, int(rng.integers(1, 7))
        )
        status = _one(rng, ["Watching", "Completed", "On-Hold", "Dropped", "Plan to Watch"], [6, 55, 6, 9, 24])
        airing = status == "Watching" and stype == "TV" and rng.random() < 0.5
        if status == "Completed":
            watched = eps
        elif status == "Plan to Watch":
            watched = 0
        else:
            watched = int(rng.integers(1, max(2, eps)))
        start = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 9 * 365)))
        yr_push = rng.random() < 0.25
        if yr_push:
            start = pd.Timestamp("2020-03-15") + pd.Timedelta(days=int(rng.integers(0, 280)))
        finish = start + pd.Timedelta(days=int(max(0, rng.normal(eps / 2, 10))))
        start_s = "0000-00-00" if status == "Plan to Watch" or rng.random() < 0.08 else f"{start:%Y-%m-%d}"
        finish_s = f"{finish:%Y-%m-%d}" if status == "Completed" and rng.random() < 0.92 else "0000-00-00"
        if status in ("Plan to Watch",) or rng.random() < 0.12:
            score = 0
        else:
            base = {"Completed": 7.6, "Watching": 7.3, "On-Hold": 6.6, "Dropped": 4.6}[status]
            base += 0.5 if stype == "Movie" else 0
            score = int(np.clip(round(rng.normal(base, 1.3)), 1, 10))
        times = int(_one(rng, [0, 1, 2], [85, 12, 3])) if status == "Completed" else 0
        rows.append(
            {
                "series_title": title,
                "series_type": stype,
                "series_episodes": 0 if airing else eps,
                "my_watched_episodes": watched,
                "my_start_date": start_s,
                "my_finish_date": finish_s,
                "my_score": score,
                "my_status": status,
                "my_times_watched": times,
                "my_rewatching": 1 if status == "Watching" and rng.random() < 0.1 else 0,
                "my_tags": _one(rng, ["", "", "", "", "", "", "", "favorite", "dub", "rewatch later", "sub, fav"]),
                "series_animedb_id": int(aid),
            }
        )
    return pd.DataFrame(rows)


def _mal_scores(df: pd.DataFrame) -> pd.Series:
    s = _num(df, "my_score")
    return s[s > 0]


def _mal_finished_year(df: pd.DataFrame) -> int:
    d = pd.to_datetime(df["my_finish_date"].astype("string").replace("0000-00-00", pd.NA), errors="coerce")
    return int(d.dt.year.value_counts().sort_index().idxmax())


_MAL_QS = [
    Q(
        "how many anime have i completed",
        _count(lambda df: int((_text(df, "my_status") == "Completed").sum())),
        ("my_status",),
    ),
    Q(
        "whats my average score",
        _about(lambda df: float(_mal_scores(df).mean()), rel=0.003),
        ("my_score",),
    ),
    Q(
        "and for movies?",
        _about(lambda df: float(_mal_scores(df[_text(df, "series_type") == "Movie"]).mean()), rel=0.003),
        ("my_score", "series_type"),
    ),
    Q(
        "how many episodes have i watched in total",
        _count(lambda df: int(_num(df, "my_watched_episodes").sum())),
        ("my_watched_episodes", "my_times_watched", "series_episodes"),
    ),
    Q(
        "which year did i finish the most shows",
        _year(_mal_finished_year),
        ("my_finish_date", "my_status"),
    ),
    Q(
        "what fraction of the stuff i started did i end up dropping",
        either(
            _share(
                lambda df: float(
                    (_text(df, "my_status") == "Dropped").sum() / (_text(df, "my_status") != "Plan to Watch").sum()
                )
            ),
            _share(lambda df: float((_text(df, "my_status") == "Dropped").mean())),
        ),
        ("my_status", "my_start_date"),
    ),
]


# --- 5. Shelter bed occupancy ------------------------------------------------------------------------------------

# name: provider, population, type, beds, base occupancy, turnaway rate, pets
_SH_SHELTERS: dict[str, tuple[str, str, str, int, float, float, str]] = {
    "Harbor Light Men's Shelter": ("Salvation Army", "Single Men", "Emergency", 120, 0.97, 4.0, "N"),
    "Eastside Men's Center": ("Union Gospel Mission", "Single Men", "Emergency", 85, 0.93, 2.0, "N"),
    "Rose Haven Women's Shelter": ("YWCA", "Single Women", "Emergency", 60, 0.92, 1.2, "Y"),
    "Family Promise Hospitality": ("Family Promise", "Families", "Emergency", 40, 0.88, 0.8, "N"),
    "Bridges Family Shelter": ("Catholic Charities", "Families", "Transitional", 70, 0.90, 0.5, "N"),
    "Safe Harbor Youth Shelter": ("Youth Outreach Alliance", "Youth", "Emergency", 24, 0.80, 0.6, "N"),
    "Downtown Navigation Center": ("City Gate Services", "Mixed Adult", "Emergency", 150, 0.95, 5.5, "Y"),
    "Armory Overflow": ("City Gate Services", "Mixed Adult", "Overflow", 60, 0.75, 0.5, "Y"),
    "St. Mark's Warming Center": ("Interfaith Council", "Mixed Adult", "Warming Center", 45, 0.85, 1.5, "Y"),
    "Library Annex Warming Center": ("City Gate Services", "Mixed Adult", "Warming Center", 35, 0.80, 1.0, "N"),
    "New Beginnings Transitional": ("Catholic Charities", "Single Women", "Transitional", 30, 0.94, 0.2, "N"),
    "Veterans Way": ("Volunteers of America", "Single Men", "Transitional", 40, 0.91, 0.3, "Y"),
}


def _shelter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25605)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        winter = {1: 1.0, 2: 0.9, 3: 0.6, 11: 0.5, 12: 0.85}.get(day.month, 0.0)
        for name, (prov, pop, stype, beds, occ, turn, pets) in _SH_SHELTERS.items():
            if stype == "Warming Center" and day.month not in (1, 2, 3, 11, 12):
                continue
            avail = beds + (int(rng.integers(0, 15)) if name == "Downtown Navigation Center" and winter > 0.8 else 0)
            rate = occ + 0.06 * winter + float(rng.normal(0, 0.04))
            occupied = round(avail * min(rate, 1.08))
            turned = int(rng.poisson(turn * (1 + 1.5 * winter) * (1.5 if rate > 0.98 else 0.6)))
            missing = rng.random() < 0.02
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Shelter Name": name,
                    "Provider": prov,
                    "Population Served": pop,
                    "Shelter Type": stype,
                    "Beds Available": avail,
                    "Beds Occupied": None if missing else occupied,
                    "Occupancy Rate (%)": None if missing else round(100 * occupied / avail, 1),
                    "Turnaways": turned,
                    "Pets Allowed": pets,
                }
            )
    out = pd.DataFrame(rows)
    out["Beds Occupied"] = out["Beds Occupied"].astype("Int64")
    return out


def _sh_busiest(df: pd.DataFrame) -> list[int]:
    month = pd.to_datetime(df["Date"]).dt.month
    occ = _num(df, "Beds Occupied")
    return [
        int(occ.groupby(month).sum().idxmax()),
        int(_num(df, "Occupancy Rate (%)").groupby(month).mean().idxmax()),
        int((occ.groupby(month).sum() / _num(df, "Beds Available").groupby(month).sum()).idxmax()),
    ]


def _sh_pets(pooled: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        return [_sh_pets_like(df[_text(df, "Pets Allowed") == flag], pooled) for flag in ("Y", "N")]

    return values


def _sh_family(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        return _sh_pets_like(df[_text(df, "Population Served") == "Families"], pooled)

    return value


def _sh_pets_like(d: pd.DataFrame, pooled: bool) -> float:
    if pooled:
        ok = _num(d, "Beds Occupied").notna()
        return float(100 * _num(d, "Beds Occupied").sum() / _num(d[ok], "Beds Available").sum())
    return float(_num(d, "Occupancy Rate (%)").mean())


_SH_QS = [
    Q(
        "how many people got turned away over the year",
        _count(lambda df: int(_num(df, "Turnaways").sum())),
        ("Turnaways", "Date"),
    ),
    Q(
        "which shelter turns the most people away",
        _lead(_named(lambda df: _top(_num(df, "Turnaways").groupby(_text(df, "Shelter Name")).sum()))),
        ("Shelter Name", "Turnaways"),
    ),
    Q(
        "how full are the family shelters usually",
        either(_about(_sh_family(False)), _about(_sh_family(True))),
        ("Occupancy Rate (%)", "Population Served", "Beds Occupied", "Beds Available"),
    ),
    Q(
        "what was the busiest month",
        _month(_sh_busiest),
        ("Date", "Beds Occupied", "Occupancy Rate (%)", "Beds Available"),
    ),
    Q(
        "do shelters that allow pets fill up more than ones that dont",
        either(_about(_sh_pets(False)), _about(_sh_pets(True))),
        ("Pets Allowed", "Occupancy Rate (%)", "Beds Occupied", "Beds Available"),
    ),
    Q(
        "how many nights are missing the occupied count",
        _count(lambda df: int(_num(df, "Beds Occupied").isna().sum())),
        ("Beds Occupied", "Date", "Shelter Name", "Occupancy Rate (%)"),
    ),
]


# --- 6. Head Start enrollment and attendance -----------------------------------------------------------------------

# center: grantee, option, funded, base attendance
_HS_CENTERS: dict[str, tuple[str, str, int, float]] = {
    "Lincoln Elementary Annex": ("Tri-County Community Action", "Center-Based Full Day", 68, 88.0),
    "Maple Street Center": ("Tri-County Community Action", "Center-Based Full Day", 85, 86.5),
    "Riverside Early Learning": ("Tri-County Community Action", "Center-Based Part Day", 51, 84.0),
    "Oak Grove Center": ("Tri-County Community Action", "Early Head Start", 32, 83.0),
    "Tri-County Home Visiting": ("Tri-County Community Action", "Home-Based", 48, 0.0),
    "Westside Family Center": ("Metro Child Development Inc.", "Center-Based Full Day", 102, 87.5),
    "Jefferson Park Center": ("Metro Child Development Inc.", "Center-Based Part Day", 68, 79.5),
    "Hillcrest Center": ("Metro Child Development Inc.", "Early Head Start", 40, 85.0),
    "Metro EHS Home-Based": ("Metro Child Development Inc.", "Home-Based", 60, 0.0),
    "Cedar Falls Center": ("Prairie Rural Head Start", "Center-Based Part Day", 34, 82.5),
    "Prairie View Center": ("Prairie Rural Head Start", "Center-Based Full Day", 51, 89.0),
    "Prairie Home-Based": ("Prairie Rural Head Start", "Home-Based", 36, 0.0),
}
_HS_MONTHS = ["September", "October", "November", "December", "January", "February", "March", "April", "May", "June"]


def _headstart_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25606)
    rows: list[dict[str, Any]] = []
    for y, year in enumerate(["2021-2022", "2022-2023", "2023-2024"]):
        for m, month in enumerate(_HS_MONTHS):
            for name, (grantee, option, funded, att) in _HS_CENTERS.items():
                fill = 0.78 + 0.02 * m + 0.03 * y + float(rng.normal(0, 0.04))
                actual = int(min(funded, round(funded * fill)))
                if rng.random() < 0.05:
                    actual = funded + int(rng.integers(1, 3))
                homeb = option == "Home-Based"
                winter = month in ("December", "January", "February")
                ada = att + float(rng.normal(0, 2.0)) - (3.0 if winter else 0) + 1.0 * y
                slots = 17 if option in ("Center-Based Full Day", "Center-Based Part Day") else 8
                rooms = 0 if homeb else max(1, -(-funded // slots))
                teachers = max(2, funded // 12) if homeb else rooms * 2
                rows.append(
                    {
                        "Program Year": year,
                        "Month": month,
                        "Grantee": grantee,
                        "Center Name": name,
                        "Program Option": option,
                        "Funded Enrollment": funded,
                        "Actual Enrollment": actual,
                        "Average Daily Attendance (%)": "N/A" if homeb else f"{min(ada, 99.0):.1f}%",
                        "Children With Disabilities": int(rng.binomial(actual, 0.12)),
                        "Children Experiencing Homelessness": int(rng.binomial(actual, 0.06)),
                        "Foster Children": int(rng.binomial(actual, 0.03)),
                        "Waitlist": int(rng.poisson(funded * (0.10 + 0.06 * y) * (1 if m < 5 else 0.7))),
                        "Teachers": teachers,
                        "Classrooms": rooms,
                    }
                )
    return pd.DataFrame(rows)


def _hs_ada(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Average Daily Attendance (%)").dropna()


def _hs_year_check(answer: str, df: pd.DataFrame) -> str | None:
    totals = _num(df, "Waitlist").groupby(_text(df, "Program Year")).sum()
    year = _top(totals)
    a, b = year.split("-")
    if re.search(rf"{a}\s*(?:-|–|—|/|to)\s*(?:{b}|{b[2:]})(?!\d)", answer):
        return None
    return f"missing program year {year}"


_HS_QS = [
    Q(
        "what's the average attendance rate",
        _typical(_hs_ada),
        ("Average Daily Attendance (%)",),
    ),
    Q(
        "which center has the worst attendance",
        _lead(_named(lambda df: _top(_hs_ada(df).groupby(_text(df, "Center Name")).mean(), lowest=True))),
        ("Center Name", "Average Daily Attendance (%)"),
    ),
    Q(
        "how many times was a center under its funded enrollment",
        _count(lambda df: int((_num(df, "Actual Enrollment") < _num(df, "Funded Enrollment")).sum())),
        ("Actual Enrollment", "Funded Enrollment", "Center Name", "Month", "Program Year"),
    ),
    Q(
        "how many kids were enrolled in total in october 2023",
        _count(
            lambda df: int(
                _num(
                    df[(_text(df, "Program Year") == "2023-2024") & (_text(df, "Month") == "October")],
                    "Actual Enrollment",
                ).sum()
            )
        ),
        ("Actual Enrollment", "Month", "Program Year"),
    ),
    Q(
        "which program year had the longest waitlist",
        _hs_year_check,
        ("Waitlist", "Program Year"),
    ),
    Q(
        "what share of enrolled kids have a disability",
        either(
            _share(
                lambda df: float(_num(df, "Children With Disabilities").sum() / _num(df, "Actual Enrollment").sum())
            ),
            _share(lambda df: float((_num(df, "Children With Disabilities") / _num(df, "Actual Enrollment")).mean())),
        ),
        ("Children With Disabilities", "Actual Enrollment"),
    ),
]


# --- 7. Lobbyist registration and expenditure ----------------------------------------------------------------------

# client: industry, quarterly compensation range, subjects
_LB_CLIENTS: dict[str, tuple[str, tuple[int, int], list[str]]] = {
    "Statewide Hospital Association": ("Health Care", (15000, 45000), ["Health", "Medicaid", "Budget", "Insurance"]),
    "BlueRiver Health Plans": ("Health Care", (10000, 30000), ["Insurance", "Health", "Medicaid"]),
    "Pharma Research Alliance": ("Health Care", (12000, 35000), ["Health", "Prescription Drugs", "Taxation"]),
    "Great Plains Electric Cooperative": ("Energy", (8000, 25000), ["Energy", "Utilities", "Environment"]),
    "Cardinal Oil & Gas": ("Energy", (15000, 40000), ["Energy", "Environment", "Taxation"]),
    "SunField Renewables": ("Energy", (5000, 15000), ["Energy", "Utilities", "Economic Development"]),
    "Lakeshore Telecom": ("Telecom", (9000, 28000), ["Telecommunications", "Broadband", "Taxation"]),
    "State Broadband Coalition": ("Telecom", (4000, 12000), ["Broadband", "Economic Development"]),
    "State Education Association": ("Education", (6000, 20000), ["Education", "Budget", "Pensions"]),
    "Charter Schools Network": ("Education", (5000, 14000), ["Education", "Budget"]),
    "University System Foundation": ("Education", (7000, 18000), ["Education", "Higher Education", "Budget"]),
    "State Bankers Association": ("Finance", (10000, 30000), ["Banking", "Taxation", "Insurance"]),
    "Heartland Credit Union League": ("Finance", (4000, 12000), ["Banking", "Consumer Protection"]),
    "Capital Insurance Group": ("Finance", (8000, 22000), ["Insurance", "Consumer Protection", "Taxation"]),
    "City of Riverton": ("Local Government", (3000, 9000), ["Budget", "Local Government", "Transportation"]),
    "County Commissioners Association": ("Local Government", (4000, 12000), ["Local Government", "Budget"]),
    "Metro Transit Authority": ("Local Government", (3000, 10000), ["Transportation", "Budget"]),
}
_LB_FIRMS = ["Capitol Strategies LLC", "Hartwell & Price Government Relations", "Meridian Public Affairs"]
_LB_LAST = ["JOHNSON", "MARTINEZ", "OKAFOR", "NGUYEN", "BRADLEY", "KOWALSKI", "PATEL", "O'BRIEN", "FISCHER",
            "WASHINGTON", "HALE", "DELGADO", "CHEN", "MURPHY", "SANTOS", "REYES", "LINDQVIST", "BECKER"]  # fmt: skip
_LB_FIRST = ["MICHAEL", "SARAH", "DAVID", "JENNIFER", "ROBERT", "LISA", "JAMES", "ANGELA", "THOMAS", "KAREN"]


def _lobby_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25607)
    names = sorted({f"{_one(rng, _LB_LAST)}, {_one(rng, _LB_FIRST)}" for _ in range(40)})[:30]
    firm_of = {n: (_one(rng, _LB_FIRMS) if i % 3 else "") for i, n in enumerate(names)}
    firm_staff = {f: [n for n in names if firm_of[n] == f] for f in _LB_FIRMS}
    inhouse = [n for n in names if firm_of[n] == ""]
    # each client: a set of (lobbyist) pairs with start and end quarter
    pairs: list[tuple[str, str, int, int]] = []
    for client in _LB_CLIENTS:
        n_firm = int(rng.integers(1, 4))
        for _k in range(n_firm):
            lob = _one(rng, firm_staff[_one(rng, _LB_FIRMS)] or inhouse)
            start = int(rng.integers(0, 3))
            end = int(rng.integers(start + 3, 17)) if rng.random() < 0.35 else 16
            pairs.append((lob, client, start, min(end, 16)))
        if rng.random() < 0.6:
            lob = _one(rng, inhouse)
            pairs.append((lob, client, int(rng.integers(0, 4)), 16))
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for lob, client, start, end in pairs:
        if (lob, client) in seen:
            continue
        seen.add((lob, client))
        industry, (clo, chi), subjects = _LB_CLIENTS[client]
        base = float(rng.uniform(clo, chi))
        for q in range(start, end):
            year, quarter = 2021 + q // 4, q % 4 + 1
            growth = 1 + 0.09 * (year - 2021) * (1.8 if industry == "Health Care" else 1)
            session = 1.35 if quarter in (1, 2) else 0.8
            comp = round(base * growth * session * float(rng.uniform(0.85, 1.15)) / 50) * 50
            k = int(rng.integers(1, min(3, len(subjects)) + 1))
            subj = "; ".join(str(s) for s in rng.choice(subjects, size=k, replace=False))
            bills = max(0, int(rng.poisson(comp / 2500 * (1.3 if quarter in (1, 2) else 0.4))))
            rows.append(
                {
                    "Year": year,
                    "Quarter": f"Q{quarter}",
                    "Lobbyist Name": lob,
                    "Lobbying Firm": firm_of[lob],
                    "Client": client,
                    "Client Industry": industry,
                    "Compensation ($)": f"{comp:,.2f}",
                    "Expenses ($)": round(float(rng.gamma(2.0, comp * 0.02)), 2),
                    "Gifts Reported ($)": round(float(rng.uniform(25, 400)), 2) if rng.random() < 0.08 else 0.0,
                    "Bills Lobbied": bills,
                    "Subject Areas": subj,
                    "Registration Status": "Terminated" if end < 16 and q == end - 1 else "Active",
                }
            )
    out = pd.DataFrame(rows)
    out["_q"] = out["Quarter"].str[1].astype(int)
    out = out.sort_values(["Year", "_q", "Client", "Lobbyist Name"], kind="stable").drop(columns="_q")
    return out.reset_index(drop=True)


def _lb_comp(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Compensation ($)")


def _lb_top_industry(with_expenses: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        spend = _lb_comp(df) + (_num(df, "Expenses ($)").fillna(0) if with_expenses else 0)
        return _top(spend.groupby(_text(df, "Client Industry")).sum())

    return value


def _lb_change(df: pd.DataFrame) -> list[float]:
    top = _lb_top_industry(False)(df)
    d = df[_text(df, "Client Industry") == top]
    by_year = _lb_comp(d).groupby(_num(d, "Year")).sum()
    return [float(by_year.loc[2021]), float(by_year.loc[2024])]


def _lb_subjects(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Subject Areas").str.split(r";\s*").explode().str.strip().replace("", pd.NA).dropna()


_LB_QS = [
    Q(
        "how much have clients paid lobbyists in total",
        either(
            _amount(lambda df: float(_lb_comp(df).sum())),
            _amount(lambda df: float(_lb_comp(df).sum() + _num(df, "Expenses ($)").sum())),
        ),
        ("Compensation ($)", "Expenses ($)"),
    ),
    Q(
        "which industry spends the most on lobbying",
        _lead(_named_any(lambda df: [_lb_top_industry(False)(df), _lb_top_industry(True)(df)])),
        ("Client Industry", "Compensation ($)", "Expenses ($)"),
    ),
    Q(
        "how much did their spending grow from 2021 to 2024",
        either(
            _pct(lambda df: _lb_change(df)[1] / _lb_change(df)[0] - 1),
            _amount(lambda df: _lb_change(df)),
            _amount(lambda df: _lb_change(df)[1] - _lb_change(df)[0]),
        ),
        ("Client Industry", "Compensation ($)", "Year"),
    ),
    Q(
        "what topic gets lobbied on the most",
        _lead(_named(lambda df: _top(_lb_subjects(df).value_counts()))),
        ("Subject Areas",),
    ),
    Q(
        "how many lobbyists are in-house rather than with a firm",
        _count(lambda df: int(_text(df[_text(df, "Lobbying Firm") == ""], "Lobbyist Name").nunique())),
        ("Lobbying Firm", "Lobbyist Name"),
    ),
    Q(
        "is pay correlated with the number of bills they work on",
        _corr(_lb_comp, lambda df: _num(df, "Bills Lobbied")),
        ("Compensation ($)", "Bills Lobbied"),
    ),
]


HELDOUT256: list[Dataset] = [
    Dataset("taskrabbit_tasker_earnings", _taskrabbit_frame, _TR_QS),
    Dataset("cellartracker_my_cellar", _cellar_frame, _CT_QS),
    Dataset("kobo_reading_stats", _kobo_frame, _KB_QS),
    Dataset("myanimelist_anime_list", _mal_frame, _MAL_QS),
    Dataset("shelter_bed_occupancy", _shelter_frame, _SH_QS),
    Dataset("head_start_enrollment_attendance", _headstart_frame, _HS_QS),
    Dataset("lobbyist_expenditure_report", _lobby_frame, _LB_QS),
]
