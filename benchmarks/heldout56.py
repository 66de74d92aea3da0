"""HELDOUT56: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Adidas US Sales file (Adidas US Sales Datasets.xlsx saved as CSV, 3000 rows, six products per invoice) with Foot
Locker / West Gear / Sports Direct / Kohl's / Amazon / Walmart retailers sharing four Retailer IDs, Invoice Date
written "1/1/2020" (about a quarter of the rows in 2020, the rest in 2021), Region, State and City, "Men's Street
Footwear" style products, Price per Unit as "$50.00" (a few blank), Units Sold as "1,200", Total Sales and Operating
Profit as "$600,000", Operating Margin as "50%" and In-store / Outlet / Online sales methods; Kaggle's Anime
Recommendations Database (anime.csv, 3000 titles, best rated first) with anime_id, romanised names (a few with
"&#039;" and "&quot;" entities), comma-joined alphabetical genres (some blank), TV / OVA / Movie / Special / ONA /
Music types (a few blank), episodes as text with "Unknown", ratings with blanks and members; FiveThirtyEight's
college-majors recent-grads.csv (310 majors, ranked by median earnings) with Rank, Major_code, upper-case Major,
Total / Men / Women (blank for FOOD SCIENCE), Major_category such as "Humanities & Liberal Arts", unrounded
ShareWomen and Unemployment_rate, Sample_size, employment counts, Median / P25th / P75th earnings (many ties) and
college, non-college and low-wage job counts; FiveThirtyEight's airline-safety.csv (its 56 airlines, lengthened with
264 made-up carriers to 320, alphabetical, "*" marking airlines counted with their regional subsidiaries) with
avail_seat_km_per_week and incidents, fatal accidents and fatalities for 1985-1999 and 2000-2014; TidyTuesday's
office_ratings.csv (The Office, 188 episodes) extended with Parks and Recreation and Schitt's Creek episodes to 392
rows, a show column in front of season, episode, title (two-part episodes as "Niagara: Part 1", titles with commas),
one-decimal imdb_rating, total_votes and air_date as "2005-03-24"; The Economist's Big Mac index full file
(big-mac-full-index.csv, 37 releases from 2000-04-01 to 2022-07-01, countries joining over the years, Venezuela
leaving after 2017 and Russia after January 2022) with iso_a3, currency_code, names such as "Britain", "Euro area"
and "UAE", local_price, dollar_ex, unrounded dollar_price, USD / EUR / GBP / JPY / CNY raw valuations to five
places, and GDP_dollar, adj_price and the adjusted valuations blank before July 2011; and Kaggle's Car Features and
MSRP file (data.csv, 4000 rows with some listed twice, sorted by model) with Make, Model, Year from 1990 to 2017,
"premium unleaded (required)" style fuel types (three blank), Engine HP (blank for Teslas and a few others), Engine
Cylinders (0 for electric cars, a few blank), AUTOMATIC / MANUAL / AUTOMATED_MANUAL / DIRECT_DRIVE / UNKNOWN
transmissions, Driven_Wheels in words, Number of Doors as 4.0 (a few blank), comma-joined Market Category or "N/A",
Compact / Midsize / Large sizes, Vehicle Style, "highway MPG" (one Audi at 354) and "city mpg", a Popularity figure
per make, and an MSRP of about $2,000 for every car older than 2001. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _shares, _split, _text
from .heldout38 import _draw, _month
from .heldout39 import _fields
from .heldout40 import _fixed, _number, _top_named
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _dollars(value: float, cents: bool = False) -> str:
    """An amount as the spreadsheet export writes it: "$600,000" or "$50.00"."""
    return f"${value:,.2f}" if cents else f"${round(value):,}"


def _top_aliased(ranking: Callable[[pd.DataFrame], pd.Series], k: int, aliases: Mapping[str, tuple[str, ...]]) -> Check:
    """`_top_named` where each label may also be said by one of its aliases."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        scores = ranking(df)
        cut = scores.iloc[k - 1]
        above = [str(x) for x, v in scores.iloc[:k].items() if v != cut]
        level = [str(x) for x, v in scores.items() if v == cut]
        why = _all_named(lambda _d: above, aliases)(answer, df)
        if why:
            return why
        said = sum(_named(_fixed(x), aliases)(answer, df) is None for x in level)
        return None if said >= k - len(above) else f"missing {k - len(above)} of {level!r}"

    return check


def _season(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A season by its number: "Season 4", "season #4", "S4", "S04"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        pattern = rf"\b(?:season|series)\s*#?\s*0?{n}(?![\d.])|\bS0?{n}(?![\d.])"
        return None if re.search(pattern, answer, re.IGNORECASE) else f"missing season {n}"

    return check


def _bridge(rng: np.random.Generator, n: int, sd: float) -> np.ndarray:
    """A random walk of `n` steps that starts and ends at zero."""
    if n < 2:
        return np.zeros(n)
    walk = np.concatenate([[0.0], np.cumsum(rng.normal(0, sd, n - 1))])
    tied: np.ndarray = walk - walk[-1] * np.arange(n) / (n - 1)
    return tied


# --- 1. Adidas US sales (Kaggle "Adidas Sales Dataset", Adidas US Sales Datasets.xlsx saved as CSV) ----------------

# retailer: invoices, weights of the four Retailer IDs the file shares between retailers
_AD_IDS = (1185732, 1197831, 1128299, 1189833)
_AD_RETAILERS: dict[str, tuple[float, tuple[float, float, float, float]]] = {
    "Foot Locker": (27, (0.55, 0.15, 0.1, 0.2)),
    "West Gear": (25, (0.1, 0.25, 0.55, 0.1)),
    "Sports Direct": (21, (0.2, 0.6, 0.1, 0.1)),
    "Kohl's": (11, (0.1, 0.15, 0.15, 0.6)),
    "Amazon": (10, (0.5, 0.1, 0.3, 0.1)),
    "Walmart": (6, (0.1, 0.1, 0.7, 0.1)),
}
# state: region, weight, cities
_AD_STATES: dict[str, tuple[str, float, str]] = {
    "New York": ("Northeast", 7, "New York;Albany"),
    "California": ("West", 8, "San Francisco;Los Angeles"),
    "Texas": ("South", 6, "Houston;Dallas"),
    "Florida": ("Southeast", 6, "Miami;Orlando"),
    "Washington": ("West", 3, "Seattle"),
    "Oregon": ("West", 2, "Portland"),
    "Nevada": ("West", 2, "Las Vegas"),
    "Arizona": ("West", 2, "Phoenix"),
    "Colorado": ("West", 2, "Denver"),
    "Utah": ("West", 1, "Salt Lake City"),
    "Idaho": ("West", 1, "Boise"),
    "Montana": ("West", 1, "Billings"),
    "Wyoming": ("West", 1, "Cheyenne"),
    "New Mexico": ("West", 1, "Albuquerque"),
    "Alaska": ("West", 1, "Anchorage"),
    "Hawaii": ("West", 1, "Honolulu"),
    "Pennsylvania": ("Northeast", 3, "Philadelphia"),
    "Massachusetts": ("Northeast", 2, "Boston"),
    "New Jersey": ("Northeast", 2, "Newark"),
    "Connecticut": ("Northeast", 1, "Hartford"),
    "Maine": ("Northeast", 1, "Portland"),
    "New Hampshire": ("Northeast", 1, "Manchester"),
    "Rhode Island": ("Northeast", 1, "Providence"),
    "Vermont": ("Northeast", 1, "Burlington"),
    "Delaware": ("Northeast", 1, "Wilmington"),
    "Maryland": ("Northeast", 1, "Baltimore"),
    "Georgia": ("Southeast", 2, "Atlanta"),
    "North Carolina": ("Southeast", 2, "Charlotte"),
    "South Carolina": ("Southeast", 2, "Charleston"),
    "Virginia": ("Southeast", 2, "Richmond"),
    "Kentucky": ("Southeast", 1, "Louisville"),
    "Tennessee": ("South", 2, "Knoxville"),
    "West Virginia": ("Southeast", 1, "Charleston"),
    "Alabama": ("South", 1, "Birmingham"),
    "Mississippi": ("South", 1, "Jackson"),
    "Louisiana": ("South", 2, "New Orleans"),
    "Oklahoma": ("South", 1, "Oklahoma City"),
    "Arkansas": ("South", 1, "Little Rock"),
    "Illinois": ("Midwest", 3, "Chicago"),
    "Ohio": ("Midwest", 2, "Columbus"),
    "Michigan": ("Midwest", 2, "Detroit"),
    "Indiana": ("Midwest", 1, "Indianapolis"),
    "Wisconsin": ("Midwest", 1, "Milwaukee"),
    "Minnesota": ("Midwest", 1, "Minneapolis"),
    "Missouri": ("Midwest", 1, "St. Louis"),
    "Iowa": ("Midwest", 1, "Des Moines"),
    "Kansas": ("Midwest", 1, "Wichita"),
    "Nebraska": ("Midwest", 1, "Omaha"),
    "North Dakota": ("Midwest", 1, "Fargo"),
    "South Dakota": ("Midwest", 1, "Sioux Falls"),
}
# product: typical price per unit, units sold relative to the invoice, margin shift
_AD_PRODUCTS: dict[str, tuple[float, float, float]] = {
    "Men's Street Footwear": (44, 1.45, 0.02),
    "Men's Athletic Footwear": (43, 1.0, 0.0),
    "Women's Street Footwear": (40, 0.9, 0.0),
    "Women's Athletic Footwear": (41, 0.8, -0.01),
    "Men's Apparel": (47, 0.8, -0.02),
    "Women's Apparel": (51, 1.15, 0.01),
}
# sales method: share of invoices, typical units per product line, typical operating margin
_AD_METHODS: dict[str, tuple[float, float, float]] = {
    "In-store": (25, 430, 0.36),
    "Outlet": (34, 260, 0.39),
    "Online": (41, 170, 0.46),
}
_AD_MONTHS = [0.9, 0.8, 0.8, 0.9, 0.95, 1.0, 1.25, 1.15, 1.0, 0.95, 1.0, 1.3]


def _adidas_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5601)
    retailers, states, methods = list(_AD_RETAILERS), list(_AD_STATES), list(_AD_METHODS)
    rows: list[dict[str, Any]] = []
    for _ in range(500):
        retailer = str(_one(rng, retailers, [v[0] for v in _AD_RETAILERS.values()]))
        state = str(_one(rng, states, [v[1] for v in _AD_STATES.values()]))
        region, _w, cities = _AD_STATES[state]
        method = str(_one(rng, methods, [v[0] for v in _AD_METHODS.values()]))
        _s, units_typical, margin_typical = _AD_METHODS[method]
        year = 2020 if rng.random() < 0.27 else 2021
        month = int(_one(rng, list(range(1, 13)), _AD_MONTHS))
        day = pd.Timestamp(year, month, int(rng.integers(1, pd.Timestamp(year, month, 1).days_in_month + 1)))
        base = {
            "Retailer": retailer,
            "Retailer ID": int(_one(rng, _AD_IDS, _AD_RETAILERS[retailer][1])),
            "Invoice Date": f"{day.month}/{day.day}/{day.year}",
            "Region": region,
            "State": state,
            "City": str(_one(rng, _split(cities))),
        }
        dearer = float(rng.lognormal(0, 0.15))
        busy = float(rng.lognormal(0, 0.3))
        for product, (price_typical, units_factor, margin_shift) in _AD_PRODUCTS.items():
            price = int(np.clip(round(price_typical * dearer * float(rng.lognormal(0, 0.12))), 7, 110))
            units = int(np.clip(round(units_typical * units_factor * busy * float(rng.lognormal(0, 0.35))), 0, 1275))
            margin = round(float(np.clip(margin_typical + margin_shift + rng.normal(0, 0.07), 0.1, 0.8)), 2)
            total = price * units
            rows.append(
                base
                | {
                    "Product": product,
                    "Price per Unit": _dollars(price, cents=True),
                    "Units Sold": f"{units:,}",
                    "Total Sales": _dollars(total),
                    "Operating Profit": _dollars(total * margin),
                    "Operating Margin": f"{round(margin * 100)}%",
                    "Sales Method": method,
                    "_day": day,
                }
            )
    frame = pd.DataFrame(rows)
    frame["_order"] = frame["Retailer"].map({r: i for i, r in enumerate(retailers)})
    frame = frame.sort_values(["_order", "_day"], kind="stable").drop(columns=["_order", "_day"])
    frame = frame.reset_index(drop=True)
    frame.loc[rng.choice(len(frame), 7, replace=False), "Price per Unit"] = None
    return frame


def _ad(d: pd.DataFrame) -> pd.DataFrame:
    """The sales with their amounts as numbers."""
    return pd.DataFrame(
        {
            "retailer": _text(d["Retailer"]),
            "product": _text(d["Product"]),
            "method": _text(d["Sales Method"]),
            "state": _text(d["State"]),
            "day": pd.to_datetime(_text(d["Invoice Date"]), format="%m/%d/%Y"),
            "units": _number(d["Units Sold"]),
            "sales": _number(d["Total Sales"]),
            "profit": _number(d["Operating Profit"]),
            "margin": _number(d["Operating Margin"]) / 100,
        }
    )


def _ad_online(column: str | None) -> Callable[[pd.DataFrame], float]:
    """The online share of the sales (or of the units, or of the rows when `column` is None)."""

    def share(d: pd.DataFrame) -> float:
        f = _ad(d)
        online = f["method"] == "Online"
        if column is None:
            return float(online.mean())
        return float(f.loc[online, column].sum() / f[column].sum())

    return share


def _ad_best_month(d: pd.DataFrame) -> pd.Timestamp:
    f = _ad(d)
    f = f[f["day"].dt.year == 2021]
    by = f.groupby(f["day"].dt.month)["sales"].sum()
    return pd.Timestamp(2021, int(by.idxmax()), 1)


def _ad_margins(weighted: bool) -> Callable[[pd.DataFrame], Any]:
    def margins(d: pd.DataFrame) -> Any:
        g = _ad(d).groupby("method")
        return (g["profit"].sum() / g["sales"].sum() if weighted else g["margin"].mean()).to_numpy()

    return margins


def _ad_big(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        f = _ad(d)
        f = f[f["state"] == "California"]
        return float((f["units"] >= 500).sum() if inclusive else (f["units"] > 500).sum())

    return count


_AD_ID = ("Retailer", "Invoice Date")
_AD_MONEY = (1e3, 1e6, 1e9)
_ADIDAS_QS = [
    Q(
        "total sales by retailer?",
        _scaled(lambda d: _ad(d).groupby("retailer")["sales"].sum().to_numpy(), _AD_MONEY),
        (*_AD_ID, "Retailer ID", "Total Sales"),
    ),
    Q(
        "which product made the most operating profit",
        _lead(_named(lambda d: str(_ranked(_ad(d).groupby("product")["profit"].sum()).index[0]))),
        (*_AD_ID, "Product", "Operating Profit"),
    ),
    Q(
        "what percent of sales were online?",
        either(_share(_ad_online("sales")), _share(_ad_online(None)), _share(_ad_online("units"))),
        (*_AD_ID, "Sales Method", "Total Sales", "Units Sold"),
    ),
    Q(
        "plot monthly sales for 2021, which month was best",
        _lead(_month(_ad_best_month)),
        (*_AD_ID, "Total Sales"),
    ),
    Q(
        "avg operating margin for each sales method",
        either(_shares(_ad_margins(False)), _shares(_ad_margins(True))),
        (*_AD_ID, "Sales Method", "Operating Margin", "Operating Profit", "Total Sales"),
    ),
    Q(
        "how many sales in california had more than 500 units sold",
        either(_count(_ad_big(False)), _count(_ad_big(True))),
        (*_AD_ID, "State", "City", "Units Sold"),
    ),
]


# --- 2. Anime (Kaggle "Anime Recommendations Database", anime.csv) -------------------------------------------------

# the best-known titles: anime_id|name|type|episodes|rating|members|genre ("~" for a ";" in a name)
_AN_KNOWN = _fields(
    "1535|Death Note|TV|37|8.71|1013917|Mystery, Police, Psychological, Supernatural, Thriller;"
    "16498|Shingeki no Kyojin|TV|25|8.54|896229|Action, Drama, Fantasy, Shounen, Super Power;"
    "11757|Sword Art Online|TV|25|7.83|893100|Action, Adventure, Fantasy, Game, Romance;"
    "5114|Fullmetal Alchemist: Brotherhood|TV|64|9.26|793665|"
    "Action, Adventure, Drama, Fantasy, Magic, Military, Shounen;"
    "6547|Angel Beats!|TV|13|8.39|717796|Action, Comedy, Drama, School, Supernatural;"
    "1575|Code Geass: Hangyaku no Lelouch|TV|25|8.83|715151|Action, Mecha, Military, School, Sci-Fi, Super Power;"
    "20|Naruto|TV|220|7.81|683297|Action, Comedy, Martial Arts, Shounen, Super Power;"
    "9253|Steins~Gate|TV|24|9.17|673572|Sci-Fi, Thriller;"
    "10620|Mirai Nikki (TV)|TV|26|8.07|657190|Action, Mystery, Psychological, Shounen, Supernatural, Thriller;"
    "4224|Toradora!|TV|25|8.45|633817|Comedy, Romance, School, Slice of Life;"
    "226|Elfen Lied|TV|13|7.85|623511|Action, Drama, Horror, Psychological, Romance, Seinen, Supernatural;"
    "22319|Tokyo Ghoul|TV|12|7.81|618056|Action, Drama, Horror, Mystery, Psychological, Seinen, Supernatural;"
    "121|Fullmetal Alchemist|TV|51|8.33|600384|Action, Adventure, Comedy, Drama, Fantasy, Magic, Military, Shounen;"
    "30276|One Punch Man|TV|12|8.82|552458|Action, Comedy, Parody, Sci-Fi, Seinen, Super Power, Supernatural;"
    "1735|Naruto: Shippuuden|TV|Unknown|7.94|533578|Action, Comedy, Martial Arts, Shounen, Super Power;"
    "21|One Piece|TV|Unknown|8.58|504862|Action, Adventure, Comedy, Drama, Fantasy, Shounen, Super Power;"
    "1|Cowboy Bebop|TV|26|8.82|486824|Action, Adventure, Comedy, Drama, Sci-Fi, Space;"
    "199|Sen to Chihiro no Kamikakushi|Movie|1|8.93|466254|Adventure, Drama, Supernatural;"
    "269|Bleach|TV|366|7.95|462513|Action, Comedy, Shounen, Super Power, Supernatural;"
    "9989|Ano Hi Mita Hana no Namae wo Bokutachi wa Mada Shiranai.|TV|11|8.62|462892|"
    "Drama, Slice of Life, Supernatural;"
    "4181|Clannad: After Story|TV|24|9.06|456749|Drama, Fantasy, Romance, Slice of Life, Supernatural;"
    "11061|Hunter x Hunter (2011)|TV|148|9.13|425855|Action, Adventure, Shounen, Super Power;"
    "918|Gintama|TV|201|9.04|336376|Action, Comedy, Historical, Parody, Samurai, Sci-Fi, Shounen;"
    "32281|Kimi no Na wa.|Movie|1|9.37|200630|Drama, Romance, School, Supernatural;"
    "28977|Gintama°|TV|51|9.25|114262|Action, Comedy, Historical, Parody, Samurai, Sci-Fi, Shounen"
)
# type: share of titles, mean and spread of the rating, members shift (log10), episodes as "count:weight"
_AN_TYPES: dict[str, tuple[float, float, float, float, str]] = {
    "TV": (
        31,
        6.9,
        0.8,
        0.55,
        "12:28;13:20;24:9;25:5;26:12;10:3;11:3;22:2;39:2;50:3;51:3;52:4;74:1;104:1;153:0.5;Unknown:4",
    ),
    "OVA": (27, 6.4, 0.85, 0.0, "1:52;2:16;3:8;4:6;6:9;12:3;13:2;Unknown:0.5"),
    "Movie": (19, 6.3, 1.05, 0.15, "1:96;2:2;3:2"),
    "Special": (13.6, 6.5, 0.8, -0.05, "1:55;2:10;3:6;6:10;9:4;12:5;13:4;Unknown:0.5"),
    "ONA": (5.4, 5.65, 1.0, -0.2, "1:25;2:5;3:5;4:6;5:4;10:12;12:20;13:8;24:5;Unknown:10"),
    "Music": (4, 5.6, 0.9, -0.5, "1:95;2:3;3:2"),
}
_AN_GENRES = (
    "Comedy:4645;Action:2845;Adventure:2348;Fantasy:2309;Sci-Fi:2070;Drama:2016;Shounen:1712;Kids:1609;Romance:1464;"
    "School:1220;Slice of Life:1220;Hentai:1141;Supernatural:1037;Mecha:944;Music:300;Historical:806;Magic:778;"
    "Ecchi:637;Shoujo:603;Seinen:547;Sports:543;Mystery:495;Super Power:465;Military:426;Parody:408;Space:381;"
    "Horror:369;Harem:317;Demons:294;Martial Arts:265;Dementia:240;Psychological:229;Police:197;Game:181;"
    "Samurai:148;Vampire:102;Thriller:87;Cars:72;Shounen Ai:65;Shoujo Ai:55;Josei:54;Yuri:42;Yaoi:39"
)
_AN_WORDS = _split(
    "Kimi;Sora;Hana;Yume;Hoshi;Tsuki;Kaze;Mahou;Shoujo;Sensei;Gakuen;Kiseki;Densetsu;Monogatari;Senki;Tenshi;Akuma;"
    "Ore;Boku;Kami;Sekai;Yuusha;Maou;Ninja;Kage;Hikari;Yami;Mirai;Kokoro;Koi;Uta;Natsu;Fuyu;Haru;Aki;Umi;Yama;Neko;"
    "Inu;Ryuu;Tora;Ookami;Kitsune;Hime;Ouji;Kishi;Majo;Shinigami;Senshi;Tantei;Bouken;Sakura;Tenkuu;Shiro;Kuro"
)
_AN_ADJ = _split(
    "Magical;Space;Super;Cyber;Galaxy;Mobile;Steel;Crystal;Phantom;Dragon;Star;Love;Battle;Little;Wonder;Shining;"
    "Angel;Demon;Ghost;Last;Lost;Eternal;Infinite;Neo;Pretty;Brave;Silent;Twin;Golden;Midnight"
)
_AN_NOUN = _split(
    "Girl;Warrior;Knight;Princess;Academy;Chronicle;Legend;Force;Quest;Hunter;Saga;Story;Days;Wars;Heart;Tale;Diary;"
    "Club;Project;Squad;Fighters;Carnival;Symphony;Rhapsody;Frontier;Gate;Drive;Blade;Trigger;Memories"
)
_AN_PEOPLE = _split("Miyuki;Haruhi;Kenta;Yuuto;Sakura;Rin;Sora;Takeshi;Aoi;Mio;Kaito;Hinata")


def _an_name(kind: str) -> Callable[[np.random.Generator], str]:
    def make(rng: np.random.Generator) -> str:
        roll = rng.random()
        if roll < 0.3:
            name = f"{_one(rng, _AN_WORDS)} no {_one(rng, _AN_WORDS)}"
        elif roll < 0.5:
            name = f"{_one(rng, _AN_WORDS)} {_one(rng, _AN_WORDS)}"
        elif roll < 0.75:
            name = f"{_one(rng, _AN_ADJ)} {_one(rng, _AN_NOUN)}"
        elif roll < 0.9:
            name = f"{_one(rng, _AN_ADJ)} {_one(rng, _AN_NOUN)} {_one(rng, _AN_WORDS)}"
        elif roll < 0.96:
            name = f"{_one(rng, _AN_WORDS)} {_one(rng, _AN_WORDS)}: {_one(rng, _AN_ADJ)} {_one(rng, _AN_NOUN)}"
        elif roll < 0.985:
            name = f"{_one(rng, _AN_PEOPLE)}&#039;s {_one(rng, _AN_NOUN)}"
        else:
            name = f"&quot;{_one(rng, _AN_ADJ)} {_one(rng, _AN_NOUN)}&quot; {_one(rng, _AN_WORDS)}"
        tail = rng.random()
        if kind == "Movie":
            name = f"Gekijouban {name}" if tail < 0.2 else f"{name} Movie" if tail < 0.55 else name
        elif kind == "OVA" and tail < 0.3:
            name += " OVA"
        elif kind == "Special" and tail < 0.45:
            name += " Specials"
        elif kind == "TV" and tail < 0.12:
            name += str(_one(rng, [" 2nd Season", " II", " (TV)", " Season 2"]))
        return name

    return make


def _an_genre(rng: np.random.Generator, kind: str) -> str | None:
    if rng.random() < 0.005:
        return None
    if kind == "Music":
        return (
            "Music" if rng.random() < 0.8 else str(_one(rng, ["Kids, Music", "Music, Slice of Life", "Fantasy, Music"]))
        )
    labels, weights = zip(*(x.rsplit(":", 1) for x in _split(_AN_GENRES)), strict=True)
    w = np.array([float(x) for x in weights])
    if kind == "OVA":
        w[labels.index("Hentai")] *= 2.5
    if kind in ("Movie", "Special"):
        w[labels.index("Kids")] *= 1.8
    k = 1 + min(int(rng.poisson(1.9)), 7)
    picks = rng.choice(len(labels), size=k, replace=False, p=w / w.sum())
    return ", ".join(sorted(labels[int(i)] for i in picks))


def _anime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5602)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for line in _AN_KNOWN:
        title = line[1].replace("~", ";")
        used.add(title)
        row = {"anime_id": int(line[0]), "name": title, "genre": line[6], "type": line[2], "episodes": line[3]}
        rows.append(row | {"rating": float(line[4]), "members": int(line[5])})
    known_ids = {int(r["anime_id"]) for r in rows}
    pool = np.array([i for i in range(2, 34528) if i not in known_ids])
    n = 3000 - len(rows)
    ids = rng.choice(pool, n, replace=False)
    kinds = list(_AN_TYPES)
    for anime_id in ids:
        kind = str(_one(rng, kinds, [v[0] for v in _AN_TYPES.values()]))
        _s, mean, spread, lift, episodes = _AN_TYPES[kind]
        rating = float(np.clip(rng.normal(mean, spread), 1.67, 9.05))
        members = int(10 ** float(np.clip(3.0 + lift + 0.38 * (rating - 6.5) + rng.normal(0, 0.75), 0.7, 5.58)))
        blank = rng.random() < (0.15 if members < 150 else 0.004)
        rows.append(
            {
                "anime_id": int(anime_id),
                "name": _unique(rng, _an_name(kind), used),
                "genre": _an_genre(rng, kind),
                "type": None if rng.random() < 0.002 else kind,
                "episodes": _draw(rng, episodes),
                "rating": np.nan if blank else round(rating, 2),
                "members": members,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("rating", ascending=False, kind="stable", na_position="last").reset_index(drop=True)


def _an_members(d: pd.DataFrame) -> pd.Series:
    return _ranked(pd.Series(d["members"].to_numpy(), index=_text(d["name"])))


def _an_best_of_top(d: pd.DataFrame) -> str:
    top = list(_an_members(d).index[:5])
    f = d[_text(d["name"]).isin(top)]
    return str(_text(f["name"])[f["rating"].idxmax()])


def _an_top_genre(d: pd.DataFrame) -> str:
    genres = _text(d["genre"]).str.split(",").explode().str.strip()
    return str(_ranked(genres[genres != ""].value_counts()).index[0])


def _an_type_means(d: pd.DataFrame) -> list[float]:
    kind = _text(d["type"])
    return [float(d.loc[kind == k, "rating"].mean()) for k in ("TV", "Movie")]


_AN_ID = ("anime_id", "name")
_ANIME_QS = [
    Q(
        "how many anime are there of each type",
        _count(lambda d: _text(d["type"]).replace("", None).value_counts().to_numpy()),
        (*_AN_ID, "type"),
    ),
    Q(
        "whats the average rating for TV vs Movie",
        _about(_an_type_means),
        (*_AN_ID, "type", "rating"),
    ),
    Q(
        "most common genre?",
        _lead(_named(_an_top_genre)),
        (*_AN_ID, "genre"),
    ),
    Q(
        "top 5 anime by members",
        _top_named(_an_members, 5),
        (*_AN_ID, "members"),
    ),
    Q(
        "which of those has the best rating?",
        _lead(_named(_an_best_of_top)),
        (*_AN_ID, "members", "rating"),
    ),
    Q(
        "is rating corelated with number of members?",
        _corr(lambda d: d["rating"], lambda d: d["members"]),
        (*_AN_ID, "rating", "members"),
    ),
]


# --- 3. College majors (FiveThirtyEight "college-majors", recent-grads.csv) ----------------------------------------

# category: typical median earnings, share of women, unemployment rate, share in college jobs, code prefix, majors
_CM_CATEGORIES: dict[str, tuple[float, float, float, float, int, str]] = {
    "Engineering": (
        51000,
        0.24,
        0.062,
        0.62,
        24,
        "PETROLEUM ENGINEERING;MINING AND MINERAL ENGINEERING;METALLURGICAL ENGINEERING;"
        "NAVAL ARCHITECTURE AND MARINE ENGINEERING;CHEMICAL ENGINEERING;NUCLEAR ENGINEERING;AEROSPACE ENGINEERING;"
        "ELECTRICAL ENGINEERING;COMPUTER ENGINEERING;MECHANICAL ENGINEERING;MATERIALS SCIENCE;"
        "ENGINEERING MECHANICS PHYSICS AND SCIENCE;BIOMEDICAL ENGINEERING;INDUSTRIAL AND MANUFACTURING ENGINEERING;"
        "GENERAL ENGINEERING;ARCHITECTURAL ENGINEERING;MATERIALS ENGINEERING AND MATERIALS SCIENCE;CIVIL ENGINEERING;"
        "GEOLOGICAL AND GEOPHYSICAL ENGINEERING;ENVIRONMENTAL ENGINEERING;ENGINEERING TECHNOLOGIES;"
        "ELECTRICAL ENGINEERING TECHNOLOGY;MECHANICAL ENGINEERING RELATED TECHNOLOGIES;"
        "INDUSTRIAL PRODUCTION TECHNOLOGIES;MISCELLANEOUS ENGINEERING;ENGINEERING AND INDUSTRIAL MANAGEMENT;"
        "MISCELLANEOUS ENGINEERING TECHNOLOGIES;AGRICULTURAL ENGINEERING;ARCHITECTURE;SOFTWARE ENGINEERING;"
        "SYSTEMS ENGINEERING;STRUCTURAL ENGINEERING;TRANSPORTATION ENGINEERING;OCEAN ENGINEERING;OPTICAL ENGINEERING;"
        "MANUFACTURING ENGINEERING;POLYMER ENGINEERING;CONSTRUCTION ENGINEERING;SURVEYING AND MAPPING ENGINEERING;"
        "FIRE PROTECTION ENGINEERING;WATER RESOURCES ENGINEERING",
    ),
    "Business": (
        40000,
        0.48,
        0.071,
        0.3,
        62,
        "ACTUARIAL SCIENCE;OPERATIONS LOGISTICS AND E-COMMERCE;FINANCE;BUSINESS ECONOMICS;ACCOUNTING;"
        "MANAGEMENT INFORMATION SYSTEMS AND STATISTICS;GENERAL BUSINESS;INTERNATIONAL BUSINESS;"
        "MARKETING AND MARKETING RESEARCH;BUSINESS MANAGEMENT AND ADMINISTRATION;"
        "HUMAN RESOURCES AND PERSONNEL MANAGEMENT;MISCELLANEOUS BUSINESS & MEDICAL ADMINISTRATION;"
        "HOSPITALITY MANAGEMENT;REAL ESTATE;INSURANCE AND RISK MANAGEMENT;SUPPLY CHAIN MANAGEMENT;ENTREPRENEURSHIP;"
        "BANKING AND FINANCIAL SUPPORT SERVICES;PROJECT MANAGEMENT;SPORTS MANAGEMENT;RETAIL MANAGEMENT;TAXATION;"
        "MANAGEMENT CONSULTING;NONPROFIT MANAGEMENT",
    ),
    "Computers & Mathematics": (
        43000,
        0.3,
        0.07,
        0.5,
        21,
        "COMPUTER SCIENCE;APPLIED MATHEMATICS;STATISTICS AND DECISION SCIENCE;MATHEMATICS;"
        "MATHEMATICS AND COMPUTER SCIENCE;INFORMATION SCIENCES;COMPUTER AND INFORMATION SYSTEMS;"
        "COMPUTER PROGRAMMING AND DATA PROCESSING;COMPUTER ADMINISTRATION MANAGEMENT AND SECURITY;"
        "COMPUTER NETWORKING AND TELECOMMUNICATIONS;COMMUNICATION TECHNOLOGIES;DATA SCIENCE;CYBERSECURITY;"
        "BIOSTATISTICS;GAME DESIGN AND DEVELOPMENT;WEB DEVELOPMENT;OPERATIONS RESEARCH;COMPUTATIONAL MATHEMATICS;"
        "INFORMATION TECHNOLOGY;DATA ANALYTICS",
    ),
    "Physical Sciences": (
        36000,
        0.5,
        0.058,
        0.5,
        50,
        "ASTRONOMY AND ASTROPHYSICS;PHYSICS;CHEMISTRY;GEOLOGY AND EARTH SCIENCE;OCEANOGRAPHY;"
        "ATMOSPHERIC SCIENCES AND METEOROLOGY;MULTI-DISCIPLINARY OR GENERAL SCIENCE;"
        "NUCLEAR, INDUSTRIAL RADIOLOGY, AND BIOLOGICAL TECHNOLOGIES;PHYSICAL SCIENCES;GEOSCIENCES;APPLIED PHYSICS;"
        "ANALYTICAL CHEMISTRY;GEOCHEMISTRY;PLANETARY SCIENCE;HYDROLOGY;PHYSICAL CHEMISTRY;SOIL CHEMISTRY;"
        "GEOGRAPHIC INFORMATION SCIENCE",
    ),
    "Social Science": (
        37000,
        0.52,
        0.089,
        0.33,
        55,
        "ECONOMICS;POLITICAL SCIENCE AND GOVERNMENT;INTERNATIONAL RELATIONS;GEOGRAPHY;SOCIOLOGY;"
        "ANTHROPOLOGY AND ARCHEOLOGY;CRIMINOLOGY;GENERAL SOCIAL SCIENCES;MISCELLANEOUS SOCIAL SCIENCES;"
        "INTERDISCIPLINARY SOCIAL SCIENCES;DEMOGRAPHY;URBAN STUDIES;ETHNIC STUDIES;GENDER STUDIES;LABOR STUDIES;"
        "POLITICAL ECONOMY;DEVELOPMENT STUDIES;CULTURAL GEOGRAPHY;PEACE AND CONFLICT STUDIES",
    ),
    "Law & Public Policy": (
        35000,
        0.48,
        0.09,
        0.25,
        32,
        "COURT REPORTING;PUBLIC POLICY;PUBLIC ADMINISTRATION;CRIMINAL JUSTICE AND FIRE PROTECTION;"
        "PRE-LAW AND LEGAL STUDIES;HOMELAND SECURITY;PARALEGAL STUDIES;EMERGENCY MANAGEMENT;FORENSIC SCIENCE;"
        "CORRECTIONS ADMINISTRATION;CRIMINAL JUSTICE ADMINISTRATION;FIRE SCIENCE",
    ),
    "Health": (
        35000,
        0.8,
        0.066,
        0.6,
        61,
        "PHARMACY PHARMACEUTICAL SCIENCES AND ADMINISTRATION;NURSING;MEDICAL TECHNOLOGIES TECHNICIANS;"
        "MISCELLANEOUS HEALTH MEDICAL PROFESSIONS;HEALTH AND MEDICAL ADMINISTRATIVE SERVICES;NUTRITION SCIENCES;"
        "GENERAL MEDICAL AND HEALTH SERVICES;HEALTH AND MEDICAL PREPARATORY PROGRAMS;MEDICAL ASSISTING SERVICES;"
        "COMMUNITY AND PUBLIC HEALTH;TREATMENT THERAPY PROFESSIONS;COMMUNICATION DISORDERS SCIENCES AND SERVICES;"
        "RESPIRATORY THERAPY;DENTAL HYGIENE;RADIOLOGIC TECHNOLOGY;OCCUPATIONAL THERAPY;ATHLETIC TRAINING;"
        "HEALTH INFORMATION MANAGEMENT;PHYSICIAN ASSISTANT STUDIES;SONOGRAPHY;VETERINARY TECHNOLOGY;EPIDEMIOLOGY;"
        "KINESIOLOGY;MEDICAL LABORATORY SCIENCE",
    ),
    "Biology & Life Science": (
        33500,
        0.59,
        0.06,
        0.45,
        36,
        "BIOLOGY;MOLECULAR BIOLOGY;BIOCHEMICAL SCIENCES;MICROBIOLOGY;GENETICS;PHYSIOLOGY;PHARMACOLOGY;"
        "COGNITIVE SCIENCE AND BIOPSYCHOLOGY;NEUROSCIENCE;ZOOLOGY;BOTANY;ECOLOGY;MISCELLANEOUS BIOLOGY;"
        "ENVIRONMENTAL SCIENCE;MARINE BIOLOGY;CELL BIOLOGY;BIOTECHNOLOGY;ENTOMOLOGY;IMMUNOLOGY;EVOLUTIONARY BIOLOGY;"
        "BIOINFORMATICS;TOXICOLOGY;ANATOMY;WILDLIFE BIOLOGY",
    ),
    "Agriculture & Natural Resources": (
        35000,
        0.42,
        0.056,
        0.3,
        11,
        "FOOD SCIENCE;AGRICULTURE PRODUCTION AND MANAGEMENT;GENERAL AGRICULTURE;AGRICULTURAL ECONOMICS;"
        "ANIMAL SCIENCES;PLANT SCIENCE AND AGRONOMY;SOIL SCIENCE;FORESTRY;NATURAL RESOURCES MANAGEMENT;"
        "MISCELLANEOUS AGRICULTURE;HORTICULTURE;FISHERIES AND WILDLIFE;RANGE MANAGEMENT;AGRICULTURAL MECHANIZATION;"
        "AQUACULTURE;TURFGRASS MANAGEMENT",
    ),
    "Education": (
        32500,
        0.75,
        0.052,
        0.7,
        23,
        "SCHOOL STUDENT COUNSELING;EDUCATIONAL ADMINISTRATION AND SUPERVISION;MATHEMATICS TEACHER EDUCATION;"
        "SECONDARY TEACHER EDUCATION;GENERAL EDUCATION;ELEMENTARY EDUCATION;EARLY CHILDHOOD EDUCATION;"
        "SPECIAL NEEDS EDUCATION;PHYSICAL AND HEALTH EDUCATION TEACHING;SCIENCE AND COMPUTER TEACHER EDUCATION;"
        "SOCIAL SCIENCE OR HISTORY TEACHER EDUCATION;LANGUAGE AND DRAMA EDUCATION;ART AND MUSIC EDUCATION;"
        "TEACHER EDUCATION: MULTIPLE LEVELS;MISCELLANEOUS EDUCATION;LIBRARY SCIENCE;EDUCATIONAL PSYCHOLOGY;"
        "ENGLISH AS A SECOND LANGUAGE EDUCATION;READING EDUCATION;BILINGUAL EDUCATION;INSTRUCTIONAL DESIGN;"
        "ADULT EDUCATION;AGRICULTURAL EDUCATION;TECHNOLOGY EDUCATION",
    ),
    "Humanities & Liberal Arts": (
        31500,
        0.62,
        0.081,
        0.35,
        33,
        "ENGLISH LANGUAGE AND LITERATURE;HISTORY;PHILOSOPHY AND RELIGIOUS STUDIES;THEOLOGY AND RELIGIOUS VOCATIONS;"
        "FRENCH GERMAN LATIN AND OTHER COMMON FOREIGN LANGUAGE STUDIES;OTHER FOREIGN LANGUAGES;"
        "LINGUISTICS AND COMPARATIVE LANGUAGE AND LITERATURE;AREA ETHNIC AND CIVILIZATION STUDIES;"
        "ART HISTORY AND CRITICISM;UNITED STATES HISTORY;COMPOSITION AND RHETORIC;HUMANITIES;LIBERAL ARTS;"
        "INTERCULTURAL AND INTERNATIONAL STUDIES;CLASSICS;MEDIEVAL STUDIES;CREATIVE WRITING;"
        "SPANISH LANGUAGE AND LITERATURE;JAPANESE LANGUAGE AND LITERATURE;CHINESE LANGUAGE AND LITERATURE;"
        "AMERICAN STUDIES;RELIGIOUS STUDIES;ETHICS;MUSEUM STUDIES;JEWISH STUDIES;LATIN AMERICAN STUDIES;ASIAN STUDIES;"
        "EUROPEAN HISTORY",
    ),
    "Psychology & Social Work": (
        30500,
        0.78,
        0.074,
        0.4,
        52,
        "PSYCHOLOGY;CLINICAL PSYCHOLOGY;COUNSELING PSYCHOLOGY;SCHOOL PSYCHOLOGY;"
        "INDUSTRIAL AND ORGANIZATIONAL PSYCHOLOGY;SOCIAL PSYCHOLOGY;MISCELLANEOUS PSYCHOLOGY;SOCIAL WORK;"
        "HUMAN SERVICES AND COMMUNITY ORGANIZATION;DEVELOPMENTAL PSYCHOLOGY;EXPERIMENTAL PSYCHOLOGY;FAMILY STUDIES;"
        "ADDICTION STUDIES;CHILD AND YOUTH SERVICES;BEHAVIORAL SCIENCE",
    ),
    "Arts": (
        30000,
        0.62,
        0.088,
        0.35,
        60,
        "FINE ARTS;DRAMA AND THEATER ARTS;MUSIC;VISUAL AND PERFORMING ARTS;COMMERCIAL ART AND GRAPHIC DESIGN;"
        "FILM VIDEO AND PHOTOGRAPHIC ARTS;STUDIO ARTS;MISCELLANEOUS FINE ARTS;DANCE;ANIMATION;INTERIOR DESIGN;"
        "FASHION DESIGN;ILLUSTRATION;INDUSTRIAL DESIGN;MUSIC PERFORMANCE;CERAMICS;PHOTOGRAPHY;GRAPHIC ARTS",
    ),
    "Industrial Arts & Consumer Services": (
        33000,
        0.45,
        0.068,
        0.25,
        56,
        "TRANSPORTATION SCIENCES AND TECHNOLOGIES;MILITARY TECHNOLOGIES;CONSTRUCTION SERVICES;"
        "ELECTRICAL, MECHANICAL, AND PRECISION TECHNOLOGIES AND PRODUCTION;"
        "PHYSICAL FITNESS PARKS RECREATION AND LEISURE;FAMILY AND CONSUMER SCIENCES;"
        "COSMETOLOGY SERVICES AND CULINARY ARTS;AVIATION;AUTOMOTIVE TECHNOLOGY;WELDING TECHNOLOGY;"
        "FOOD SERVICE MANAGEMENT;HEATING AND AIR CONDITIONING TECHNOLOGY;PRECISION PRODUCTION;"
        "PARKS AND RECREATION MANAGEMENT",
    ),
    "Communications & Journalism": (
        34000,
        0.65,
        0.075,
        0.3,
        19,
        "COMMUNICATIONS;JOURNALISM;MASS MEDIA;ADVERTISING AND PUBLIC RELATIONS;BROADCAST JOURNALISM;DIGITAL MEDIA;"
        "SPEECH COMMUNICATION;PUBLIC RELATIONS;TECHNICAL COMMUNICATION;SPORTS JOURNALISM",
    ),
    "Interdisciplinary": (
        35000,
        0.77,
        0.077,
        0.4,
        40,
        "MULTI/INTERDISCIPLINARY STUDIES;INTEGRATIVE STUDIES;GENERAL STUDIES",
    ),
}
# the best-paid majors as the file has them (every other major earns less than $59,000)
_CM_KNOWN = {
    "PETROLEUM ENGINEERING": 110000,
    "MINING AND MINERAL ENGINEERING": 75000,
    "METALLURGICAL ENGINEERING": 73000,
    "NAVAL ARCHITECTURE AND MARINE ENGINEERING": 70000,
    "CHEMICAL ENGINEERING": 65000,
    "NUCLEAR ENGINEERING": 65000,
    "ACTUARIAL SCIENCE": 62000,
    "ASTRONOMY AND ASTROPHYSICS": 62000,
    "MECHANICAL ENGINEERING": 60000,
    "ELECTRICAL ENGINEERING": 60000,
    "COMPUTER ENGINEERING": 60000,
    "AEROSPACE ENGINEERING": 60000,
    "BIOMEDICAL ENGINEERING": 60000,
    "MATERIALS SCIENCE": 60000,
}
# the largest majors (graduates)
_CM_LARGE = {
    "PSYCHOLOGY": 393735,
    "BUSINESS MANAGEMENT AND ADMINISTRATION": 329927,
    "BIOLOGY": 280709,
    "GENERAL BUSINESS": 234590,
    "NURSING": 209394,
    "COMMUNICATIONS": 213996,
    "ENGLISH LANGUAGE AND LITERATURE": 194673,
    "ACCOUNTING": 198633,
    "ELEMENTARY EDUCATION": 170862,
    "MARKETING AND MARKETING RESEARCH": 205211,
}


def _cm_round(rng: np.random.Generator, value: float) -> int:
    step = int(_one(rng, [1000, 500, 100], [80, 12, 8]))
    return int(round(value / step) * step)


def _majors_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5603)
    rows: list[dict[str, Any]] = []
    for category, (pay, women, jobless, college, prefix, majors) in _CM_CATEGORIES.items():
        for i, major in enumerate(_split(majors)):
            typical = 3000 if major in _CM_KNOWN else 16000
            total = _CM_LARGE.get(major) or int(np.clip(rng.lognormal(np.log(typical), 1.1), 124, 180000))
            share_women = float(np.clip(rng.normal(women, 0.12), 0.02, 0.97))
            female = round(total * share_women)
            employed = round(total * float(np.clip(rng.normal(0.74, 0.07), 0.5, 0.93)))
            full_time = round(employed * float(rng.uniform(0.7, 0.9)))
            rate = (
                0.0 if total < 1500 and rng.random() < 0.15 else float(np.clip(rng.normal(jobless, 0.024), 0.01, 0.18))
            )
            unemployed = round(employed * rate / (1 - rate))
            median = _CM_KNOWN.get(major) or _cm_round(rng, float(np.clip(pay * rng.lognormal(0, 0.13), 22000, 58000)))
            in_college = float(np.clip(rng.normal(college, 0.1), 0.05, 0.9))
            rows.append(
                {
                    "Major_code": prefix * 100 + i + 1,
                    "Major": major,
                    "Total": total,
                    "Men": total - female,
                    "Women": female,
                    "Major_category": category,
                    "ShareWomen": female / total,
                    "Sample_size": max(2, round(total / float(rng.lognormal(np.log(90), 0.3)))),
                    "Employed": employed,
                    "Full_time": full_time,
                    "Part_time": round(employed * float(rng.uniform(0.15, 0.35))),
                    "Full_time_year_round": round(full_time * float(rng.uniform(0.65, 0.85))),
                    "Unemployed": unemployed,
                    "Unemployment_rate": unemployed / (employed + unemployed) if employed + unemployed else 0.0,
                    "Median": median,
                    "P25th": int(round(median * float(rng.uniform(0.6, 0.8)) / 100) * 100),
                    "P75th": int(round(median * float(rng.uniform(1.25, 1.55)) / 100) * 100),
                    "College_jobs": round(employed * in_college),
                    "Non_college_jobs": round(employed * (1 - in_college) * float(rng.uniform(0.7, 0.95))),
                    "Low_wage_jobs": round(employed * float(rng.uniform(0.05, 0.25))),
                }
            )
    frame = pd.DataFrame(rows)
    frame = frame.iloc[rng.permutation(len(frame))]
    frame = frame.sort_values("Median", ascending=False, kind="stable").reset_index(drop=True)
    frame.insert(0, "Rank", np.arange(1, len(frame) + 1))
    food = frame["Major"] == "FOOD SCIENCE"
    for column in ("Total", "Men", "Women", "ShareWomen"):
        frame[column] = frame[column].astype(float)
        frame.loc[food, column] = np.nan
    return frame


def _cm_top_category(how: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        category = _text(d["Major_category"])
        if how == "weighted":
            known = d["Total"].notna()
            pay = (d["Median"] * d["Total"])[known].groupby(category[known]).sum()
            scores = pay / d.loc[known, "Total"].groupby(category[known]).sum()
        else:
            scores = d.groupby(category)["Median"].agg(how)
        return str(_ranked(scores).index[0])

    return top


def _cm_women(category: str | None, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        if category is not None:
            d = d[_text(d["Major_category"]) == category]
        return float(d["Women"].sum() / d["Total"].sum() if pooled else d["ShareWomen"].mean())

    return share


_CM_ID = ("Rank", "Major_code", "Major")
_CM_WOMEN = ("ShareWomen", "Women", "Total", "Men")
_MAJORS_QS = [
    Q(
        "which major category has the highest median earnings?",
        _lead(either(*(_named(_cm_top_category(h)) for h in ("mean", "median", "weighted")))),
        (*_CM_ID, "Major_category", "Median"),
    ),
    Q(
        "top 5 majors by median salary",
        _top_named(lambda d: _ranked(pd.Series(d["Median"].to_numpy(), index=_text(d["Major"]))), 5),
        (*_CM_ID, "Median"),
    ),
    Q(
        "what share of recent grads are women overall?",
        either(_share(_cm_women(None, True)), _share(_cm_women(None, False))),
        (*_CM_ID, *_CM_WOMEN),
    ),
    Q(
        "and in engineering?",
        either(_share(_cm_women("Engineering", True)), _share(_cm_women("Engineering", False))),
        (*_CM_ID, "Major_category", *_CM_WOMEN),
    ),
    Q(
        "correlation between ShareWomen and Median",
        _corr(lambda d: d["ShareWomen"], lambda d: d["Median"]),
        (*_CM_ID, "ShareWomen", "Median"),
    ),
    Q(
        "how many majors have an unemployment rate above 10%",
        _count(lambda d: float((d["Unemployment_rate"] > 0.1).sum())),
        (*_CM_ID, "Unemployment_rate", "Unemployed"),
    ),
]


# --- 4. Airline safety (FiveThirtyEight "airline-safety", airline-safety.csv, lengthened) -------------------------

# airline|avail_seat_km_per_week|incidents_85_99|fatal_accidents_85_99|fatalities_85_99|incidents_00_14|
# fatal_accidents_00_14|fatalities_00_14
_AS_KNOWN = _fields(
    "Aer Lingus|320906734|2|0|0|0|0|0;Aeroflot*|1197672318|76|14|128|6|1|88;"
    "Aerolineas Argentinas|385803648|6|0|0|1|0|0;Aeromexico*|596871813|3|1|64|5|0|0;"
    "Air Canada|1865253802|2|0|0|2|0|0;Air France|3004002661|14|4|79|6|2|337;Air India*|869253552|2|1|329|4|1|158;"
    "Air New Zealand*|710174817|3|0|0|5|1|7;Alaska Airlines*|965346773|5|0|0|5|1|88;Alitalia|698012498|7|2|50|4|0|0;"
    "All Nippon Airways|1841234177|3|1|1|7|0|0;American*|5228357340|21|5|101|17|3|416;"
    "Austrian Airlines|358239823|1|0|0|1|0|0;Avianca|396922563|5|3|323|0|0|0;"
    "British Airways*|3179760952|4|0|0|6|0|0;Cathay Pacific*|2582459303|0|0|0|2|0|0;"
    "China Airlines|813216487|12|6|535|2|1|225;Condor|417982610|2|1|16|0|0|0;COPA|550491507|3|1|47|0|0|0;"
    "Delta / Northwest*|6525658894|24|12|407|24|2|51;Egyptair|557699891|8|3|282|4|1|14;El Al|335448023|1|1|4|1|0|0;"
    "Ethiopian Airlines|488560643|25|5|167|5|2|92;Finnair|506464950|1|0|0|0|0|0;"
    "Garuda Indonesia|613356665|10|3|260|4|2|22;Gulf Air|301379762|1|0|0|3|1|143;"
    "Hawaiian Airlines|493877795|0|0|0|1|0|0;Iberia|1173203126|4|1|148|5|0|0;"
    "Japan Airlines|1574217531|3|1|520|0|0|0;Kenya Airways|277414794|2|0|0|2|2|283;KLM*|1874561773|7|1|3|1|0|0;"
    "Korean Air|1734522605|12|5|425|1|0|0;LAN Airlines|1001965891|3|2|21|0|0|0;"
    "Lufthansa*|3426529504|6|1|2|3|0|0;Malaysia Airlines|1039171244|3|1|34|3|2|537;"
    "Pakistan International|348563137|8|3|234|10|2|46;Philippine Airlines|413007158|7|4|74|2|1|1;"
    "Qantas*|1917428984|1|0|0|5|0|0;Royal Air Maroc|295705339|5|3|51|3|0|0;SAS*|682971852|5|0|0|6|1|110;"
    "Saudi Arabian|859673901|7|2|313|11|0|0;Singapore Airlines|2376857805|2|2|6|2|1|83;"
    "South African|651502442|2|1|159|1|0|0;Southwest Airlines|3276525770|1|0|0|8|0|0;"
    "Sri Lankan / AirLanka|325582976|2|1|14|4|0|0;SWISS*|792601299|2|1|229|3|0|0;TACA|259373346|3|1|3|1|1|3;"
    "TAM|1509195646|8|3|98|7|2|188;TAP - Air Portugal|619130754|0|0|0|0|0|0;Thai Airways|1702802250|8|4|308|2|1|1;"
    "Turkish Airlines|1946098294|8|3|64|8|2|84;United / Continental*|7139291291|19|8|319|14|2|109;"
    "US Airways / America West*|2455687887|16|7|224|11|2|23;Vietnam Airlines|625084918|7|3|171|1|0|0;"
    "Virgin Atlantic|1005248585|1|0|0|0|0|0;Xiamen Airlines|430462962|9|1|82|2|0|0"
)
_AS_COLUMNS = _split(
    "airline;avail_seat_km_per_week;incidents_85_99;fatal_accidents_85_99;fatalities_85_99;incidents_00_14;"
    "fatal_accidents_00_14;fatalities_00_14"
)
_AS_PLACES = _split(
    "Adria;Baltic;Caspian;Andes;Atlas;Nordic;Tasman;Coral;Sierra;Cascade;Aurora;Meridian;Horizon;Summit;Pioneer;"
    "Harbour;Bolivian;Paraguayan;Mongolian;Nepal;Zambian;Malagasy;Tunis;Georgian;Latvian;Armenian;Kyrgyz;Fiji;Samoa;"
    "Tonga;Malta;Cyprus;Faroe;Azores;Canary;Balkan;Danube;Carpathian;Ural;Siberian;Amur;Tibet;Mekong;Borneo;Java;"
    "Sumatra;Celebes;Luzon;Mindanao;Hokkaido;Okinawa;Jeju;Hainan;Sichuan;Yunnan;Shandong;Gujarat;Kerala;Punjab;"
    "Deccan;Bengal;Ceylon;Maldives;Zanzibar;Kilimanjaro;Nile;Congo;Sahel;Atlantic;Pacific;Caribbean;Bahama;Antilles;"
    "Yucatan;Patagonia;Pampas;Amazonas;Orinoco;Inca;Maya;Yukon;Klondike;Prairie;Chesapeake;Ozark;Mojave;Sonoran;"
    "Aloha;Kiwi;Outback;Tropic;Polar;Arctic;Boreal;Fjord;Lapland;Jutland;Flanders;Bavaria;Tyrol;Alpine;Riviera;"
    "Iberian;Sardinia;Sicily;Aegean;Ionian;Anatolian;Levant;Persian;Arabian;Sinai;Berber;Saharan"
)
_AS_FORMS = _split("{} Airways;{} Airlines;{} Air;Air {};{} Aviation;{} Express;{} Air Lines;{} Connect;Fly {};{} Jet")


def _as_name(rng: np.random.Generator) -> str:
    name = str(_one(rng, _AS_FORMS)).format(_one(rng, _AS_PLACES))
    return name + ("*" if rng.random() < 0.1 else "")


def _as_deaths(rng: np.random.Generator, accidents: int) -> int:
    return int(sum(int(np.clip(rng.lognormal(np.log(30), 1.1), 1, 250)) for _ in range(accidents)))


def _airline_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5604)
    rows: list[dict[str, Any]] = [
        {c: (v if c == "airline" else int(v)) for c, v in zip(_AS_COLUMNS, line, strict=True)} for line in _AS_KNOWN
    ]
    used = {str(r["airline"]).rstrip("*") for r in rows}
    for _ in range(320 - len(rows)):
        name = _unique(rng, _as_name, used)
        size = float(np.clip(rng.lognormal(np.log(2.6e8), 0.75), 2.5e7, 2.2e9))
        before = float(rng.lognormal(np.log(7.0), 0.8))
        after = before * float(rng.lognormal(np.log(0.55), 0.55))
        incidents = [int(rng.poisson(rate * size / 1e9)) for rate in (before, after)]
        fatal = [int(rng.binomial(incidents[0], 0.28)), int(rng.binomial(incidents[1], 0.18))]
        deaths = [_as_deaths(rng, k) for k in fatal]
        values = [int(size), incidents[0], fatal[0], deaths[0], incidents[1], fatal[1], deaths[1]]
        rows.append(dict(zip(_AS_COLUMNS, [name, *values], strict=True)))
    frame = pd.DataFrame(rows)
    order = sorted(range(len(frame)), key=lambda i: str(frame.loc[i, "airline"]).lower())
    return frame.iloc[order].reset_index(drop=True)


def _as_rate(period: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d[f"incidents_{period}"] / d["avail_seat_km_per_week"] * 1e9


_AS_ID = ("airline",)
_AS_SIZE = "avail_seat_km_per_week"
_AIRLINE_QS = [
    Q(
        "which airline had the most fatalities in 2000-2014?",
        _lead(_named(lambda d: str(_text(d["airline"])[d["fatalities_00_14"].idxmax()]))),
        (*_AS_ID, "fatalities_00_14"),
    ),
    Q(
        "total fatal accidents 85-99 vs 00-14",
        _count(lambda d: [float(d["fatal_accidents_85_99"].sum()), float(d["fatal_accidents_00_14"].sum())]),
        (*_AS_ID, "fatal_accidents_85_99", "fatal_accidents_00_14"),
    ),
    Q(
        "which 3 airlines had the highest incident rate per seat km in 00-14?",
        _top_named(lambda d: _ranked(pd.Series(_as_rate("00_14")(d).to_numpy(), index=_text(d["airline"]))), 3),
        (*_AS_ID, _AS_SIZE, "incidents_00_14"),
    ),
    Q(
        "are incidents in 85-99 correlated with incidents in 00-14?",
        either(
            _corr(lambda d: d["incidents_85_99"], lambda d: d["incidents_00_14"]),
            _corr(_as_rate("85_99"), _as_rate("00_14")),
        ),
        (*_AS_ID, _AS_SIZE, "incidents_85_99", "incidents_00_14"),
    ),
    Q(
        "how many airlines had no fatal accidents from 2000 to 2014",
        _count(lambda d: float((d["fatal_accidents_00_14"] == 0).sum())),
        (*_AS_ID, "fatal_accidents_00_14", "fatalities_00_14"),
    ),
    Q(
        "and in 85-99?",
        _count(lambda d: float((d["fatal_accidents_85_99"] == 0).sum())),
        (*_AS_ID, "fatal_accidents_85_99", "fatalities_85_99"),
    ),
]


# --- 5. Sitcom episode ratings (TidyTuesday office_ratings.csv, with two more shows) -------------------------------

_TO_OFFICE = {
    1: "Pilot;Diversity Day;Health Care;The Alliance;Basketball;Hot Girl",
    2: "The Dundies;Sexual Harassment;Office Olympics;The Fire;Halloween;The Fight;The Client;Performance Review;"
    "E-Mail Surveillance;Christmas Party;Booze Cruise;The Injury;The Secret;The Carpet;Boys and Girls;"
    "Valentine's Day;Dwight's Speech;Take Your Daughter to Work Day;Michael's Birthday;Drug Testing;"
    "Conflict Resolution;Casino Night",
    3: "Gay Witch Hunt;The Convention;The Coup;Grief Counseling;Initiation;Diwali;Branch Closing;The Merger;"
    "The Convict;A Benihana Christmas;Back from Vacation;Traveling Salesmen;The Return;Ben Franklin;"
    "Phyllis' Wedding;Business School;Cocktails;The Negotiation;Safety Training;Product Recall;"
    "Women's Appreciation;Beach Games;The Job",
    4: "Fun Run;Dunder Mifflin Infinity;Launch Party;Money;Local Ad;Branch Wars;Survivor Man;The Deposition;"
    "Dinner Party;Chair Model;Night Out;Did I Stutter?;Job Fair;Goodbye, Toby",
    5: "Weight Loss;Business Ethics;Baby Shower;Crime Aid;Employee Transfer;Customer Survey;Business Trip;Frame Toby;"
    "The Surplus;Moroccan Christmas;The Duel;Prince Family Paper;Stress Relief;Lecture Circuit: Part 1;"
    "Lecture Circuit: Part 2;Blood Drive;Golden Ticket;New Boss;Two Weeks;Dream Team;Michael Scott Paper Company;"
    "Heavy Competition;Broke;Casual Friday;Cafe Disco;Company Picnic",
    6: "Gossip;The Meeting;The Promotion;Niagara: Part 1;Niagara: Part 2;Mafia;The Lover;Koi Pond;Double Date;Murder;"
    "Shareholder Meeting;Scott's Tots;Secret Santa;The Banker;Sabre;The Manager and the Salesman;"
    "The Delivery: Part 1;The Delivery: Part 2;St. Patrick's Day;New Leads;Happy Hour;Secretary's Day;"
    "Body Language;The Cover-Up;The Chump;Whistleblower",
    7: "Nepotism;Counseling;Andy's Play;Sex Ed;The Sting;Costume Contest;Christening;Viewing Party;WUPHF.com;China;"
    "Classy Christmas;Ultimatum;The Seminar;The Search;PDA;Threat Level Midnight;Todd Packer;Garage Sale;"
    "Training Day;Michael's Last Dundies;Goodbye, Michael;The Inner Circle;Dwight K. Schrute, (Acting) Manager;"
    "Search Committee",
    8: "The List;The Incentive;Lotto;Garden Party;Spooked;Doomsday;Pam's Replacement;Gettysburg;Mrs. California;"
    "Christmas Wishes;Trivia;Pool Party;Jury Duty;Special Project;Tallahassee;After Hours;Test the Store;"
    "Last Day in Florida;Get the Girl;Welcome Party;Angry Andy;Fundraiser;Turf War;Free Family Portrait Studio",
    9: "New Guys;Roy's Wedding;Andy's Ancestry;Work Bus;Here Comes Treble;The Boat;The Whale;The Target;"
    "Dwight Christmas;Lice;Suit Warehouse;Customer Loyalty;Junior Salesman;Vandalism;Couples Discount;Moving On;"
    "The Farm;Promos;Stairmageddon;Paper Airplane;Livin' the Dream;A.A.R.M.;Finale",
}
# episodes rated above their season
_TO_BONUS = {
    "Finale": 1.5,
    "Goodbye, Michael": 1.3,
    "Stress Relief": 1.1,
    "Casino Night": 0.85,
    "Dinner Party": 0.9,
    "The Job": 0.65,
    "Threat Level Midnight": 0.75,
    "Niagara: Part 1": 0.75,
    "Niagara: Part 2": 0.75,
    "Beach Games": 0.55,
    "The Injury": 0.55,
    "One Last Ride": 1.2,
    "Happy Ending": 1.0,
}
# show: votes on a typical episode, then per season: first air date, episodes, mean rating, votes factor
_TO_SHOWS: dict[str, tuple[float, str]] = {
    "The Office": (
        2300,
        "2005-03-24|6|8.0|1.5;2005-09-20|22|8.43|1.3;2006-09-21|23|8.57|1.2;2007-09-27|14|8.72|1.1;"
        "2008-09-25|26|8.48|1.0;2009-09-17|26|8.2|0.9;2010-09-23|24|8.3|0.95;2011-09-22|24|7.55|0.75;"
        "2012-09-20|23|7.95|0.8",
    ),
    "Parks and Recreation": (
        2500,
        "2009-04-09|6|7.4|1.3;2009-09-17|24|8.1|1.1;2011-01-20|16|8.5|1.1;2011-09-22|22|8.4|1.0;"
        "2012-09-20|22|8.2|0.95;2013-09-26|22|7.9|0.9;2015-01-13|13|8.3|1.0",
    ),
    "Schitt's Creek": (
        1500,
        "2015-01-13|13|7.5|1.2;2016-01-12|13|7.9|1.0;2017-01-10|13|8.2|1.05;2018-01-17|12|8.4|1.15;"
        "2019-01-16|14|8.6|1.3;2020-01-07|14|8.8|1.6",
    ),
}
_TO_FIRST = {"Parks and Recreation": "Pilot", "Schitt's Creek": "Our Cup Runneth Over"}
_TO_LAST = {"Parks and Recreation": "One Last Ride", "Schitt's Creek": "Happy Ending"}
_TO_WORDS = _split(
    "Town Hall;Harvest Festival;Campaign;Wedding;Road Trip;Telethon;Motel;Bake Sale;Hike;Election;Fundraiser;Date;"
    "Jazz Night;Cabaret;Yard Sale;Pageant;Funeral;Reunion;Barbecue;Housewarming;Open House;Audition;Surprise Party;"
    "Blind Date;Retreat;Camping Trip;Debate;Parade;Bachelor Party;Christmas;Halloween;Valentine's Day;Thanksgiving;"
    "Job Interview;Gala;Estate Sale;Ribbon Cutting;Book Club;Time Capsule;Fashion Show;Meet the Parents;Vow Renewal"
)
_TO_NAMES = _split("Leslie;Ron;Ben;April;Andy;Tom;Ann;Chris;Johnny;Moira;David;Alexis;Stevie;Roland;Twyla;Patrick")


def _to_title(rng: np.random.Generator) -> str:
    roll = rng.random()
    word = str(_one(rng, _TO_WORDS))
    if roll < 0.35:
        return f"The {word}"
    if roll < 0.6:
        return f"{_one(rng, _TO_NAMES)}'s {word}"
    if roll < 0.8:
        return word
    return f"{_one(rng, _TO_NAMES)} and {_one(rng, _TO_NAMES)}"


def _to_airings(rng: np.random.Generator, first: str, n: int, strike: int | None) -> list[pd.Timestamp]:
    days = [pd.Timestamp(first)]
    for i in range(1, n):
        t = days[-1]
        step = 7 + (7 * int(rng.integers(1, 3)) if rng.random() < 0.18 else 0)
        if t.month == 12 and t.day > 6:
            step = 35
        if strike is not None and i == strike:
            days.append(pd.Timestamp("2008-04-10"))
            continue
        days.append(t + pd.Timedelta(days=step))
    return days


def _sitcom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5605)
    rows: list[dict[str, Any]] = []
    for show, (votes, seasons) in _TO_SHOWS.items():
        for season, (first, count, mean, factor) in enumerate(_fields(seasons), start=1):
            n = int(count)
            if show == "The Office":
                titles = _split(_TO_OFFICE[season])
            else:
                used: set[str] = set()
                titles = [_unique(rng, _to_title, used) for _ in range(n)]
                if season == 1:
                    titles[0] = _TO_FIRST[show]
                if season == len(_fields(seasons)):
                    titles[-1] = _TO_LAST[show]
            strike = 8 if (show, season) == ("The Office", 4) else None
            for episode, (title, day) in enumerate(zip(titles, _to_airings(rng, first, n, strike), strict=True), 1):
                lift = _TO_BONUS.get(title, 0.0)
                rating = round(float(np.clip(float(mean) + lift + rng.normal(0, 0.2), 6.5, 9.8)), 1)
                crowd = votes * float(factor) * np.exp(0.9 * (rating - float(mean))) * float(rng.lognormal(0, 0.12))
                rows.append(
                    {
                        "show": show,
                        "season": season,
                        "episode": episode,
                        "title": title,
                        "imdb_rating": rating,
                        "total_votes": int(crowd),
                        "air_date": f"{day:%Y-%m-%d}",
                    }
                )
    return pd.DataFrame(rows)


def _to_office(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["show"]) == "The Office"]


def _to_best_season(d: pd.DataFrame) -> int:
    return int(_ranked(_to_office(d).groupby("season")["imdb_rating"].mean()).index[0])


def _to_years(d: pd.DataFrame) -> Any:
    f = _to_office(d)
    return f.groupby(pd.to_datetime(f["air_date"]).dt.year)["imdb_rating"].mean().to_numpy()


def _to_high(office: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(((_to_office(d) if office else d)["imdb_rating"] >= 9).sum())


_TO_ID = ("show", "season", "episode", "title")
_SITCOM_QS = [
    Q(
        "which season of the office has the highest avg imdb rating?",
        _lead(_season(_to_best_season)),
        (*_TO_ID, "imdb_rating"),
    ),
    Q(
        "average rating for each show",
        has(lambda d: d.groupby(_text(d["show"]))["imdb_rating"].mean().to_numpy(), rel=0.002),
        (*_TO_ID, "imdb_rating"),
    ),
    Q(
        "top 3 office episodes by rating",
        _top_named(
            lambda d: _ranked(pd.Series(_to_office(d)["imdb_rating"].to_numpy(), index=_text(_to_office(d)["title"]))),
            3,
        ),
        (*_TO_ID, "imdb_rating"),
    ),
    Q(
        "do episodes with more votes get higher ratings?",
        either(
            _corr(lambda d: d["total_votes"], lambda d: d["imdb_rating"]),
            _corr(lambda d: _to_office(d)["total_votes"], lambda d: _to_office(d)["imdb_rating"]),
        ),
        (*_TO_ID, "total_votes", "imdb_rating"),
    ),
    Q(
        "plot the office's average rating by year",
        _about(_to_years),
        (*_TO_ID, "air_date", "imdb_rating"),
    ),
    Q(
        "how many episodes are rated 9 or higher?",
        either(_count(_to_high(False)), _count(_to_high(True))),
        (*_TO_ID, "imdb_rating"),
    ),
]


# --- 6. Big Mac index (The Economist, big-mac-full-index.csv) ------------------------------------------------------

_BM_DATES = _split(
    "2000-04-01;2001-04-01;2002-04-01;2003-04-01;2004-05-01;2005-06-01;2006-01-01;2006-05-01;2007-01-01;2007-06-01;"
    "2008-06-01;2009-07-01;2010-01-01;2010-07-01;2011-07-01;2012-01-01;2012-07-01;2013-01-01;2013-07-01;2014-01-01;"
    "2014-07-01;2015-01-01;2015-07-01;2016-01-01;2016-07-01;2017-01-01;2017-07-01;2018-01-01;2018-07-01;2019-01-01;"
    "2019-07-09;2020-01-14;2020-07-01;2021-01-01;2021-07-01;2022-01-01;2022-07-01"
)
# the US price at each release
_BM_US = (
    2.51,
    2.54,
    2.49,
    2.71,
    2.90,
    3.06,
    3.15,
    3.10,
    3.22,
    3.41,
    3.57,
    3.57,
    3.58,
    3.73,
    4.07,
    4.20,
    4.33,
    4.37,
    4.56,
    4.62,
    4.80,
    4.79,
    4.79,
    4.93,
    5.04,
    5.06,
    5.30,
    5.28,
    5.51,
    5.58,
    5.74,
    5.67,
    5.71,
    5.66,
    5.65,
    5.81,
    5.15,
)
_BM_GDP_FROM = "2011-07-01"
# iso_a3|currency_code|name|first release|last release|price against the US|GDP per person in 2011 ($k)|
# dollar_ex at the first and at the last release|rounding of the local price
_BM_COUNTRIES = _fields(
    "USA|USD|United States|||1.0|49.8|1|1|0.01;"
    "EUZ|EUR|Euro area|||0.92|38|1.06|0.96|0.01;"
    "GBR|GBP|Britain|||0.82|39|0.63|0.83|0.01;"
    "JPN|JPY|Japan|||0.55|46|106|136|10;"
    "CHN|CNY|China|||0.68|5.6|8.28|6.76|0.1;"
    "CHE|CHF|Switzerland|||1.3|83|1.7|0.96|0.1;"
    "NOR|NOK|Norway|2003-04-01||1.22|99|8.8|10|1;"
    "SWE|SEK|Sweden|||1.08|57|8.7|10.2|1;"
    "DNK|DKK|Denmark|||0.93|60|7.9|7.1|0.5;"
    "CAN|CAD|Canada|||1.02|52|1.47|1.29|0.01;"
    "AUS|AUD|Australia|||0.88|62|1.68|1.45|0.05;"
    "NZL|NZD|New Zealand|||0.92|37|2.0|1.6|0.1;"
    "ARG|ARS|Argentina|||0.85|10.3|1.0|129|1;"
    "BRA|BRL|Brazil|||0.85|13|1.79|5.25|0.1;"
    "CHL|CLP|Chile|||0.78|14.5|514|950|10;"
    "MEX|MXN|Mexico|||0.7|10.1|9.41|20.4|1;"
    "COL|COP|Colombia|2004-05-01||0.7|7.1|2600|4500|100;"
    "PER|PEN|Peru|2001-04-01||0.7|6.0|3.48|3.9|0.1;"
    "URY|UYU|Uruguay|2004-05-01||1.1|13.9|29|40|5;"
    "CRI|CRC|Costa Rica|2004-05-01||0.82|8.9|440|680|50;"
    "VEN|VEF|Venezuela|2004-05-01|2017-07-01|1.6|10.7|1.6|10|1;"
    "CZE|CZK|Czech Republic|||0.78|20.6|39|24|1;"
    "HUN|HUF|Hungary|||0.75|14|279|400|10;"
    "POL|PLN|Poland|||0.62|13.4|4.3|4.7|0.1;"
    "RUS|RUB|Russia||2022-01-01|0.35|13.3|28.5|74|1;"
    "TUR|TRY|Turkey|2002-04-01||0.6|10.6|1.5|16.9|0.05;"
    "ISR|ILS|Israel|||1.0|33|4.05|3.4|0.1;"
    "ZAF|ZAR|South Africa|||0.45|8.0|6.72|16.3|0.1;"
    "EGY|EGP|Egypt|2004-05-01||0.4|2.8|6.2|18.8|0.5;"
    "SAU|SAR|Saudi Arabia|2004-05-01||0.7|23.2|3.75|3.75|0.5;"
    "ARE|AED|UAE|2004-05-01||0.8|40|3.67|3.67|0.5;"
    "HKG|HKD|Hong Kong|||0.53|35|7.79|7.85|0.1;"
    "SGP|SGD|Singapore|||0.75|53|1.73|1.39|0.05;"
    "MYS|MYR|Malaysia|||0.45|10|3.8|4.45|0.05;"
    "THA|THB|Thailand|||0.68|5.2|38|36|1;"
    "IDN|IDR|Indonesia|||0.47|3.6|8280|14900|100;"
    "PHL|PHP|Philippines|||0.55|2.4|41|56|1;"
    "KOR|KRW|South Korea|||0.7|24|1111|1300|100;"
    "TWN|TWD|Taiwan|||0.47|20|30.6|29.8|1;"
    "IND|INR|India|2011-07-01||0.53|1.5|44|79|1;"
    "PAK|PKR|Pakistan|2004-05-01||0.55|1.2|58|220|5;"
    "LKA|LKR|Sri Lanka|2004-05-01||0.55|3.0|98|360|10;"
    "VNM|VND|Vietnam|2011-07-01||0.58|1.5|20600|23400|1000;"
    "UKR|UAH|Ukraine|2004-05-01||0.45|3.6|5.3|36.6|1;"
    "AZE|AZN|Azerbaijan|2011-07-01||0.52|7.2|0.78|1.7|0.05;"
    "MDA|MDL|Moldova|2011-07-01||0.5|2.0|11.7|19.3|1;"
    "ROU|RON|Romania|2019-07-09||0.55|12|4.2|4.8|0.1;"
    "HRV|HRK|Croatia|2019-07-09||0.7|14|6.6|7.1|0.5;"
    "GTM|GTQ|Guatemala|2011-07-01||0.66|3.1|7.8|7.75|0.5;"
    "HND|HNL|Honduras|2011-07-01||0.6|2.2|19|24.5|1;"
    "NIC|NIO|Nicaragua|2011-07-01||0.62|1.6|22.6|36|1;"
    "KWT|KWD|Kuwait|2011-07-01||0.55|48|0.275|0.307|0.05;"
    "QAT|QAR|Qatar|2011-07-01||0.7|92|3.64|3.64|0.5;"
    "OMN|OMR|Oman|2011-07-01||0.55|21|0.385|0.385|0.05;"
    "BHR|BHD|Bahrain|2011-07-01||0.55|20|0.377|0.377|0.05;"
    "JOR|JOD|Jordan|2011-07-01||0.7|4.7|0.709|0.709|0.05;"
    "LBN|LBP|Lebanon|2011-07-01|2020-01-14|0.8|9|1507|1507|500"
)
_BM_BASES = {"USD": "USA", "EUR": "EUZ", "GBP": "GBR", "JPY": "JPN", "CNY": "CHN"}
_BM_NAMES = {
    "United States": ("USA", "US", "U.S."),
    "Euro area": ("Eurozone", "Euro zone", "euro"),
    "Britain": ("United Kingdom", "UK", "U.K."),
    "UAE": ("United Arab Emirates",),
    "South Korea": ("Korea",),
    "Czech Republic": ("Czechia",),
}
_BM_ALIASES = {line[2]: (line[0], line[1], *_BM_NAMES.get(line[2], ())) for line in _BM_COUNTRIES}


def _bm_ex(value: float) -> float:
    return round(value, 4 if value < 10 else 2 if value < 1000 else 0)


def _big_mac_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5606)
    dates = [pd.Timestamp(x) for x in _BM_DATES]
    gdp_from = pd.Timestamp(_BM_GDP_FROM)
    rows: list[dict[str, Any]] = []
    for iso, currency, name, first, last, ratio, gdp, ex_first, ex_last, unit in _BM_COUNTRIES:
        span = [
            i
            for i, t in enumerate(dates)
            if (not first or t >= pd.Timestamp(first)) and (not last or t <= pd.Timestamp(last))
        ]
        n = len(span)
        pegged = float(ex_first) == float(ex_last) or iso == "USA"
        trend = np.linspace(np.log(float(ex_first)), np.log(float(ex_last)), n)
        ex = np.exp(trend + (0.0 if pegged else 1.0) * _bridge(rng, n, 0.05))
        drift = np.cumsum(rng.normal(0, 0.045, n))
        level = float(ratio) * np.exp(drift - drift[-1])
        wealth = float(gdp) * 1000 * np.exp(np.cumsum(rng.normal(0.02, 0.03, n)))
        step = float(unit)
        for k, i in enumerate(span):
            rate = 1.0 if iso == "USA" else _bm_ex(float(ex[k]))
            target = _BM_US[i] if iso == "USA" else _BM_US[i] * float(level[k])
            local = max(step, round(target * rate / step) * step)
            rows.append(
                {
                    "date": _BM_DATES[i],
                    "iso_a3": iso,
                    "currency_code": currency,
                    "name": name,
                    "local_price": round(local, 2),
                    "dollar_ex": rate,
                    "dollar_price": round(local / rate, 8),
                    "_gdp": round(float(wealth[k]), 2) if dates[i] >= gdp_from else np.nan,
                }
            )
    frame = pd.DataFrame(rows)
    for currency, iso in _BM_BASES.items():
        base = frame[frame["iso_a3"] == iso].set_index("date")["dollar_price"]
        frame[f"{currency}_raw"] = (frame["dollar_price"] / frame["date"].map(base) - 1).round(5)
    frame["GDP_dollar"] = frame.pop("_gdp")
    frame["adj_price"] = np.nan
    for _day, block in frame[frame["GDP_dollar"].notna()].groupby("date"):
        slope, intercept = np.polyfit(block["GDP_dollar"], block["dollar_price"], 1)
        frame.loc[block.index, "adj_price"] = (intercept + slope * block["GDP_dollar"]).round(5)
    relative = frame["dollar_price"] / frame["adj_price"]
    for currency, iso in _BM_BASES.items():
        mask = frame["iso_a3"] == iso
        base = pd.Series(relative[mask].to_numpy(), index=frame.loc[mask, "date"].to_numpy())
        frame[f"{currency}_adjusted"] = (relative / frame["date"].map(base) - 1).round(5)
    order = frame["date"].map({d: i for i, d in enumerate(_BM_DATES)})
    frame = frame.assign(_o=order).sort_values(["_o", "name"], kind="stable").drop(columns="_o")
    return frame.reset_index(drop=True)


def _bm_latest(d: pd.DataFrame) -> pd.DataFrame:
    day = pd.to_datetime(d["date"])
    return d[day == day.max()]


def _bm_extreme(dearest: bool) -> Callable[[pd.DataFrame], str]:
    def name(d: pd.DataFrame) -> str:
        f = _bm_latest(d)
        price = f["dollar_price"]
        return str(_text(f["name"])[price.idxmax() if dearest else price.idxmin()])

    return name


def _bm_us(d: pd.DataFrame) -> list[float]:
    f = d[_text(d["iso_a3"]) == "USA"]
    day = pd.to_datetime(f["date"])
    return [float(f.loc[day.idxmin(), "local_price"]), float(f.loc[day.idxmax(), "local_price"])]


def _bm_cheap(column: str) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        f = _bm_latest(d)
        f = f[_text(f["iso_a3"]) != "USA"]
        return _ranked(pd.Series(f[column].to_numpy(), index=_text(f["name"])), ascending=True)

    return ranking


def _bm_years(by_release: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        day = pd.to_datetime(d["date"])
        if by_release:
            per = d.groupby(day)["dollar_price"].mean()
            return per.groupby(per.index.year).mean().to_numpy()
        return d.groupby(day.dt.year)["dollar_price"].mean().to_numpy()

    return means


_BM_ID = ("date", "iso_a3", "name")
_BIG_MAC_QS = [
    Q(
        "which country had the most expensive big mac in dollars in the latest release?",
        _lead(_named(_bm_extreme(True), _BM_ALIASES)),
        (*_BM_ID, "dollar_price"),
    ),
    Q(
        "and the cheapest?",
        _lead(_named(_bm_extreme(False), _BM_ALIASES)),
        (*_BM_ID, "dollar_price"),
    ),
    Q(
        "how much was a big mac in the US in 2000 compared to the latest date?",
        _about(_bm_us),
        (*_BM_ID, "local_price", "dollar_price"),
    ),
    Q(
        "top 5 most undervalued currencies vs the dollar in the latest data",
        either(
            _top_aliased(_bm_cheap("USD_raw"), 5, _BM_ALIASES), _top_aliased(_bm_cheap("USD_adjusted"), 5, _BM_ALIASES)
        ),
        (*_BM_ID, "currency_code", "USD_raw", "USD_adjusted", "dollar_price"),
    ),
    Q(
        "average dollar price per year",
        either(_about(_bm_years(False)), _about(_bm_years(True))),
        (*_BM_ID, "dollar_price"),
    ),
    Q(
        "is gdp per person correlated with dollar price?",
        either(
            _corr(lambda d: d["GDP_dollar"], lambda d: d["dollar_price"]),
            _corr(lambda d: _bm_latest(d)["GDP_dollar"], lambda d: _bm_latest(d)["dollar_price"]),
        ),
        (*_BM_ID, "GDP_dollar", "dollar_price", "adj_price"),
    ),
]


# --- 7. Car features and MSRP (Kaggle "Car Features and MSRP", data.csv) -----------------------------------------

# make: Popularity, kind (mass, lux or exotic) and models as
# "Model|Vehicle Style|Vehicle Size|HP|cylinders (0: electric)|MSRP|first year|last year|wheels|weight"
_CF_MAKES: dict[str, tuple[int, str, str]] = {
    "Chevrolet": (
        1385,
        "mass",
        "Silverado 1500|Crew Cab Pickup|Large|285|6|36000|1999|2017|4|5;Malibu|Sedan|Midsize|160|4|22500|1997|2017|F|4;"
        "Camaro|Coupe|Midsize|323|6|29000|1993|2017|R|3;Corvette|Convertible|Compact|455|8|62000|1993|2017|R|3;"
        "Equinox|4dr SUV|Midsize|182|4|24500|2005|2017|F|3;Tahoe|4dr SUV|Large|355|8|48000|1995|2017|4|3;"
        "Cruze|Sedan|Midsize|138|4|18500|2011|2017|F|3;Spark EV|4dr Hatchback|Compact|140|0|26000|2014|2016|F|0.5;"
        "Express Cargo|Cargo Van|Large|285|6|30000|2003|2017|R|2;Cavalier|Coupe|Compact|115|4|15000|1995|2005|F|2",
    ),
    "Ford": (
        5657,
        "mass",
        "F-150|Regular Cab Pickup|Large|282|6|27000|1997|2017|4|6;Mustang|Coupe|Midsize|300|6|25500|1990|2017|R|4;"
        "Focus|4dr Hatchback|Compact|160|4|18000|2000|2017|F|4;Fusion|Sedan|Midsize|175|4|23000|2006|2017|F|3;"
        "Escape|4dr SUV|Compact|168|4|24000|2001|2017|A|3;Explorer|4dr SUV|Midsize|290|6|32000|1991|2017|4|3;"
        "Expedition|4dr SUV|Large|365|6|47000|1997|2017|4|2;"
        "Transit Wagon|Passenger Van|Large|275|6|33000|2015|2017|R|2;"
        "Ranger|Extended Cab Pickup|Compact|143|4|18000|1990|2011|R|2",
    ),
    "Toyota": (
        2031,
        "mass",
        "Camry|Sedan|Midsize|178|4|23500|1992|2017|F|5;Corolla|Sedan|Compact|132|4|18500|1993|2017|F|4;"
        "RAV4|4dr SUV|Compact|176|4|25000|1996|2017|A|3;Tacoma|Crew Cab Pickup|Compact|159|4|25000|1995|2017|4|3;"
        "Highlander|4dr SUV|Midsize|185|4|31000|2001|2017|A|3;Sienna|Passenger Minivan|Large|266|6|29750|1998|2017|F|2;"
        "Prius|4dr Hatchback|Midsize|121|4|24000|2001|2017|F|2;Tundra|Crew Cab Pickup|Large|381|8|30000|2000|2017|4|2;"
        "RAV4 EV|4dr SUV|Midsize|154|0|49800|2012|2014|F|0.3",
    ),
    "Honda": (
        2202,
        "mass",
        "Accord|Sedan|Midsize|185|4|22500|1990|2017|F|5;Civic|Coupe|Compact|158|4|19000|1990|2017|F|5;"
        "CR-V|4dr SUV|Compact|184|4|24000|1997|2017|A|3;Odyssey|Passenger Minivan|Large|248|6|29800|1995|2017|F|2;"
        "Pilot|4dr SUV|Midsize|280|6|30000|2003|2017|A|2;Fit EV|4dr Hatchback|Compact|123|0|36600|2013|2014|F|0.2",
    ),
    "Nissan": (
        2009,
        "mass",
        "Altima|Sedan|Midsize|182|4|22500|1993|2017|F|4;Sentra|Sedan|Compact|130|4|16990|1990|2017|F|3;"
        "Rogue|4dr SUV|Compact|170|4|23800|2008|2017|A|3;Frontier|Crew Cab Pickup|Compact|261|6|24000|1998|2017|4|3;"
        "Leaf|4dr Hatchback|Compact|107|0|29010|2011|2017|F|1;370Z|Coupe|Compact|332|6|29990|2009|2017|R|2;"
        "Pathfinder|4dr SUV|Midsize|260|6|30000|1994|2017|4|2",
    ),
    "Volkswagen": (
        873,
        "mass",
        "Jetta|Sedan|Compact|150|4|18000|1993|2017|F|4;Passat|Sedan|Midsize|170|4|22500|1995|2017|F|3;"
        "Golf|4dr Hatchback|Compact|170|4|19900|1993|2017|F|3;GTI|2dr Hatchback|Compact|210|4|25500|1993|2017|F|3;"
        "Tiguan|4dr SUV|Compact|200|4|24890|2009|2017|A|2;e-Golf|4dr Hatchback|Compact|115|0|29815|2015|2017|F|0.5;"
        "Beetle|2dr Hatchback|Compact|170|4|19800|1998|2017|F|2",
    ),
    "Dodge": (
        1851,
        "mass",
        "Charger|Sedan|Large|292|6|28000|2006|2017|R|4;Challenger|Coupe|Midsize|305|6|27000|2008|2017|R|4;"
        "Durango|4dr SUV|Midsize|293|6|30500|1998|2017|A|3;"
        "Grand Caravan|Passenger Minivan|Large|283|6|25000|1990|2016|F|3;"
        "Dakota|Extended Cab Pickup|Compact|210|6|22000|1990|2011|R|2;Viper|Coupe|Compact|645|10|87000|1996|2017|R|1",
    ),
    "GMC": (
        549,
        "mass",
        "Sierra 1500|Extended Cab Pickup|Large|285|6|32000|1999|2017|4|4;Yukon|4dr SUV|Large|355|8|48000|1992|2017|4|2;"
        "Acadia|4dr SUV|Large|288|6|33000|2007|2017|A|2;Savana Cargo|Cargo Van|Large|285|6|30000|1996|2017|R|2",
    ),
    "Hyundai": (
        1439,
        "mass",
        "Elantra|Sedan|Compact|147|4|17500|1996|2017|F|3;Sonata|Sedan|Midsize|185|4|22000|1994|2017|F|3;"
        "Santa Fe|4dr SUV|Midsize|290|6|30000|2001|2017|A|3;Tucson|4dr SUV|Compact|164|4|23000|2005|2017|F|2;"
        "Genesis|Sedan|Large|311|6|38500|2009|2016|R|2",
    ),
    "Kia": (
        1720,
        "mass",
        "Optima|Sedan|Midsize|185|4|22000|2001|2017|F|3;Sorento|4dr SUV|Midsize|185|4|25500|2003|2017|A|3;"
        "Soul|Wagon|Compact|130|4|16000|2010|2017|F|2;Soul EV|Wagon|Compact|109|0|32000|2015|2017|F|0.5;"
        "Forte|Sedan|Compact|147|4|16500|2010|2017|F|2;Sedona|Passenger Minivan|Large|276|6|26900|2002|2017|F|2",
    ),
    "Mazda": (
        586,
        "mass",
        "MAZDA3|4dr Hatchback|Compact|155|4|18000|2004|2017|F|3;MAZDA6|Sedan|Midsize|184|4|22000|2003|2017|F|2;"
        "CX-5|4dr SUV|Compact|155|4|23000|2013|2017|A|2;MX-5 Miata|Convertible|Compact|155|4|25000|1990|2017|R|3;"
        "CX-9|4dr SUV|Midsize|227|4|32000|2007|2017|A|2;Protege|Sedan|Compact|103|4|14000|1990|2003|F|1",
    ),
    "Subaru": (
        640,
        "mass",
        "Outback|Wagon|Midsize|175|4|25500|1995|2017|A|3;Forester|4dr SUV|Compact|170|4|23000|1998|2017|A|3;"
        "Impreza|Sedan|Compact|148|4|18500|1993|2017|A|3;Legacy|Sedan|Midsize|175|4|22000|1990|2017|A|2;"
        "WRX|Sedan|Compact|268|4|27000|2015|2017|A|2",
    ),
    "Lexus": (
        454,
        "lux",
        "RX 350|4dr SUV|Midsize|295|6|43000|2007|2017|A|2;ES 350|Sedan|Midsize|268|6|38000|2007|2017|F|2;"
        "IS 250|Sedan|Compact|204|6|36000|2006|2015|R|2;GX 460|4dr SUV|Midsize|301|8|51000|2010|2017|4|1;"
        "LS 460|Sedan|Large|386|8|72000|2007|2017|R|1",
    ),
    "Infiniti": (
        190,
        "lux",
        "G37|Coupe|Midsize|330|6|38000|2008|2013|R|2;Q50|Sedan|Midsize|300|6|34000|2014|2017|R|2;"
        "QX60|4dr SUV|Midsize|265|6|43000|2014|2017|A|1;QX80|4dr SUV|Large|400|8|63000|2014|2017|4|1",
    ),
    "Acura": (
        204,
        "lux",
        "MDX|4dr SUV|Midsize|290|6|44000|2001|2017|A|2;TLX|Sedan|Midsize|206|4|32000|2015|2017|F|2;"
        "RDX|4dr SUV|Midsize|279|6|36000|2007|2017|A|1;Integra|2dr Hatchback|Compact|140|4|20000|1990|2001|F|1",
    ),
    "Cadillac": (
        1624,
        "lux",
        "Escalade|4dr SUV|Large|420|8|73000|1999|2017|4|2;CTS|Sedan|Midsize|268|4|46000|2003|2017|R|3;"
        "ATS|Sedan|Compact|202|4|34000|2013|2017|R|2;SRX|4dr SUV|Midsize|308|6|38000|2004|2016|F|2",
    ),
    "Buick": (
        155,
        "mass",
        "Enclave|4dr SUV|Large|288|6|39000|2008|2017|F|2;LaCrosse|Sedan|Large|304|6|32000|2005|2017|F|2;"
        "Regal|Sedan|Midsize|182|4|27000|2011|2017|F|2;Encore|4dr SUV|Compact|138|4|24000|2013|2017|F|1",
    ),
    "Lincoln": (
        61,
        "lux",
        "MKZ|Sedan|Midsize|245|4|35000|2007|2017|F|2;Navigator|4dr SUV|Large|380|6|63000|1998|2017|4|1;"
        "MKX|4dr SUV|Midsize|303|6|39000|2007|2017|F|1;Town Car|Sedan|Large|239|8|45000|1990|2011|R|1",
    ),
    "Chrysler": (
        1013,
        "mass",
        "300|Sedan|Large|292|6|32000|2005|2017|R|2;Town and Country|Passenger Minivan|Large|283|6|30000|1990|2016|F|2;"
        "200|Sedan|Midsize|184|4|22000|2011|2017|F|2",
    ),
    "Mitsubishi": (
        436,
        "mass",
        "Lancer|Sedan|Compact|148|4|17500|2002|2017|F|2;Outlander|4dr SUV|Midsize|166|4|23000|2003|2017|A|2;"
        "i-MiEV|4dr Hatchback|Compact|66|0|22995|2012|2017|R|0.5;"
        "Eclipse|2dr Hatchback|Compact|162|4|20000|1990|2012|F|2",
    ),
    "Land Rover": (
        258,
        "lux",
        "Range Rover|4dr SUV|Midsize|340|6|85000|1995|2017|4|2;"
        "Range Rover Sport|4dr SUV|Midsize|340|6|65000|2006|2017|4|2;"
        "Discovery Sport|4dr SUV|Compact|240|4|38000|2015|2017|4|1;LR4|4dr SUV|Midsize|340|6|51000|2010|2016|4|1",
    ),
    "Porsche": (
        1715,
        "lux",
        "911|Coupe|Compact|370|6|90000|1990|2017|R|3;Cayenne|4dr SUV|Midsize|300|6|59000|2003|2017|A|2;"
        "Panamera|Sedan|Large|310|6|83000|2010|2017|R|2;Boxster|Convertible|Compact|265|6|53000|1997|2016|R|2;"
        "Macan|4dr SUV|Compact|252|4|48000|2015|2017|A|1",
    ),
    "Volvo": (
        870,
        "lux",
        "XC90|4dr SUV|Midsize|250|6|45000|2003|2017|A|2;S60|Sedan|Midsize|240|5|34000|2001|2017|F|2;"
        "XC60|4dr SUV|Midsize|240|4|40000|2010|2017|A|2;240|Wagon|Midsize|114|4|20000|1990|1993|R|1",
    ),
    "BMW": (
        3916,
        "lux",
        "3 Series|Sedan|Compact|240|4|38000|1992|2017|R|4;5 Series|Sedan|Midsize|240|4|51000|1992|2017|R|3;"
        "X5|4dr SUV|Midsize|300|6|55000|2000|2017|A|2;X3|4dr SUV|Midsize|240|4|40000|2004|2017|A|2;"
        "M3|Coupe|Compact|425|6|64000|1995|2017|R|2;i3|4dr Hatchback|Compact|170|0|42400|2014|2017|R|0.5;"
        "7 Series|Sedan|Large|445|8|82000|1992|2017|R|1",
    ),
    "Audi": (
        3105,
        "lux",
        "A4|Sedan|Compact|220|4|37000|1996|2017|F|3;A6|Sedan|Midsize|252|4|47000|1995|2017|A|3;"
        "Q5|4dr SUV|Midsize|220|4|41000|2009|2017|A|2;Q7|4dr SUV|Large|333|6|55000|2007|2017|A|2;"
        "S4|Sedan|Compact|333|6|49000|2000|2017|A|1;R8|Coupe|Compact|540|10|160000|2008|2017|A|1",
    ),
    "Mercedes-Benz": (
        617,
        "lux",
        "C-Class|Sedan|Midsize|241|4|40000|1994|2017|R|3;E-Class|Sedan|Midsize|241|4|53000|1994|2017|R|3;"
        "S-Class|Sedan|Large|449|8|96000|1994|2017|R|2;GLE-Class|4dr SUV|Midsize|302|6|53000|2016|2017|A|1;"
        "SLK-Class|Convertible|Compact|241|4|47000|1998|2016|R|1;"
        "B-Class Electric Drive|4dr Hatchback|Compact|177|0|41450|2014|2017|F|0.3",
    ),
    "Tesla": (1391, "exotic", "Model S|Sedan|Large|0|0|80000|2014|2016|A|1"),
    "Ferrari": (
        2774,
        "exotic",
        "458 Italia|Coupe|Compact|562|8|235000|2010|2015|R|1;California|Convertible|Compact|553|8|198000|2009|2017|R|1;"
        "F12 Berlinetta|Coupe|Compact|731|12|320000|2013|2017|R|1;FF|Coupe|Midsize|651|12|300000|2012|2016|A|1",
    ),
    "Lamborghini": (
        1158,
        "exotic",
        "Aventador|Coupe|Compact|700|12|400000|2012|2017|A|1;Huracan|Coupe|Compact|602|10|240000|2015|2017|A|1;"
        "Gallardo|Coupe|Compact|552|10|200000|2004|2014|A|1",
    ),
    "Bentley": (
        520,
        "exotic",
        "Continental GT|Coupe|Midsize|500|8|200000|2004|2017|A|1;Flying Spur|Sedan|Large|616|12|200000|2014|2017|A|1;"
        "Mulsanne|Sedan|Large|505|8|300000|2011|2017|R|0.6",
    ),
    "Rolls-Royce": (
        86,
        "exotic",
        "Ghost|Sedan|Large|563|12|300000|2010|2017|R|0.8;Phantom|Sedan|Large|453|12|430000|2004|2017|R|0.6;"
        "Wraith|Coupe|Large|624|12|300000|2014|2017|R|0.5",
    ),
    "Bugatti": (820, "exotic", "Veyron 16.4|Coupe|Compact|1001|16|1700000|2008|2009|A|0.1"),
    "Maserati": (
        238,
        "exotic",
        "Ghibli|Sedan|Midsize|345|6|72000|2014|2017|R|1;Quattroporte|Sedan|Large|404|6|102000|2005|2017|R|1;"
        "GranTurismo|Coupe|Midsize|444|8|130000|2008|2017|R|1",
    ),
    "Aston Martin": (
        259,
        "exotic",
        "DB9|Coupe|Compact|510|12|185000|2004|2016|R|1;V8 Vantage|Coupe|Compact|420|8|100000|2006|2017|R|1",
    ),
    "Suzuki": (
        481,
        "mass",
        "Grand Vitara|4dr SUV|Compact|166|4|20000|1999|2013|4|1;SX4|4dr Hatchback|Compact|150|4|15000|2007|2013|A|1;"
        "Kizashi|Sedan|Midsize|185|4|19000|2010|2013|F|1;Verona|Sedan|Midsize|155|6|17000|2004|2006|F|0.1",
    ),
    "Scion": (
        105,
        "mass",
        "tC|2dr Hatchback|Compact|179|4|20000|2005|2016|F|1;xB|Wagon|Compact|158|4|16500|2004|2015|F|1;"
        "FR-S|Coupe|Compact|200|4|25000|2013|2016|R|1",
    ),
    "FIAT": (
        819,
        "mass",
        "500|2dr Hatchback|Compact|101|4|16500|2012|2017|F|2;500L|4dr Hatchback|Compact|160|4|20000|2014|2017|F|1;"
        "500e|2dr Hatchback|Compact|111|0|31800|2013|2017|F|0.3",
    ),
    "Saab": (376, "lux", "9-3|Sedan|Compact|210|4|30000|1999|2011|F|1;9-5|Sedan|Midsize|220|4|36000|1999|2011|F|1"),
    "Pontiac": (
        210,
        "mass",
        "G6|Sedan|Midsize|164|4|21000|2005|2010|F|1;Grand Prix|Sedan|Midsize|200|6|23000|1990|2008|F|1;"
        "Vibe|Wagon|Compact|126|4|17000|2003|2010|F|1",
    ),
    "Plymouth": (
        535,
        "mass",
        "Neon|Sedan|Compact|132|4|13000|1995|2001|F|1;Voyager|Passenger Minivan|Large|150|6|20000|1990|2000|F|1",
    ),
    "Oldsmobile": (
        26,
        "mass",
        "Alero|Sedan|Midsize|140|4|18000|1999|2004|F|1;Intrigue|Sedan|Midsize|215|6|22000|1998|2002|F|0.7",
    ),
}
_CF_WHEELS = {"F": "front wheel drive", "R": "rear wheel drive", "A": "all wheel drive", "4": "four wheel drive"}
_CF_TWO_DOORS = ("Coupe", "Convertible", "2dr Hatchback", "Regular Cab Pickup")
_CF_SPORTY = ("Coupe", "Convertible", "2dr Hatchback")
_CF_BIG = ("Crew Cab Pickup", "Extended Cab Pickup", "Regular Cab Pickup", "Cargo Van", "Passenger Van")
_CF_TUNERS = ("M3", "S4", "WRX", "GTI", "R8", "Viper")


def _cf_market(rng: np.random.Generator, kind: str, style: str, size: str, model: str, fuel: str, hp: float) -> str:
    tags: list[str] = []
    if style == "4dr SUV" and size != "Large" and rng.random() < 0.85:
        tags.append("Crossover")
    if fuel == "diesel":
        tags.append("Diesel")
    if kind == "exotic":
        tags.append("Exotic")
    if model in _CF_TUNERS:
        tags.append("Factory Tuner")
    if fuel.startswith("flex-fuel"):
        tags.append("Flex Fuel")
    if "Hatchback" in style:
        tags.append("Hatchback")
    if model == "Prius":
        tags.append("Hybrid")
    if kind == "lux" or (kind == "exotic" and rng.random() < 0.7):
        tags.append("Luxury")
    if hp > 400 or model in _CF_TUNERS:
        tags.append("High-Performance")
    elif hp > 290 or kind == "exotic":
        tags.append("Performance")
    return ",".join(tags) or "N/A"


def _cf_row(rng: np.random.Generator, make: str, spec: list[str]) -> dict[str, Any]:
    popularity, kind, _models = _CF_MAKES[make]
    model, style, size, hp_text, cylinders_text, msrp_text, first, last, wheels, _w = spec
    years = list(range(int(first), int(last) + 1))
    year = int(_one(rng, years, [8 if y >= 2015 else 1.5 if y >= 2001 else 1.2 for y in years]))
    trim = int(_one(rng, [0, 1, 2, 3], [45, 30, 17, 8]))
    electric = cylinders_text == "0"
    age = 0.8 + 0.2 * min(1.0, (year - 1990) / 25)
    hp = float(round(float(hp_text) * (1 + 0.12 * trim) * age * float(rng.lognormal(0, 0.04))))
    cylinders = float(cylinders_text)
    if not electric and trim == 3 and cylinders in (4, 6) and kind == "mass" and rng.random() < 0.5:
        cylinders += 2
    if year < 2001:
        msrp = 2000 if rng.random() < 0.55 else int(rng.uniform(2000, 4500))
    else:
        newer = 0.82 + 0.18 * (year - 2001) / 16
        msrp = int(round(float(msrp_text) * (1 + 0.13 * trim) * newer * float(rng.lognormal(0, 0.05)) / 5) * 5)
    if electric:
        fuel = "electric"
    elif model == "Verona":
        fuel = ""
    elif kind == "exotic":
        fuel = (
            "flex-fuel (premium unleaded required/E85)"
            if make == "Bentley" and rng.random() < 0.25
            else "premium unleaded (required)"
        )
    elif kind == "lux":
        fuel = "premium unleaded (required)" if rng.random() < 0.55 else "premium unleaded (recommended)"
    elif make == "Volkswagen" and model in ("Jetta", "Golf", "Passat") and 2010 <= year <= 2015 and rng.random() < 0.3:
        fuel = "diesel"
    elif (style in _CF_BIG or size == "Large") and year >= 2007 and rng.random() < 0.35:
        fuel = "flex-fuel (unleaded/E85)"
    elif model == "Civic" and 2012 <= year <= 2015 and rng.random() < 0.1:
        fuel = "natural gas"
    else:
        fuel = "regular unleaded"
    if electric:
        gearbox = "DIRECT_DRIVE"
    elif rng.random() < 0.003:
        gearbox = "UNKNOWN"
    elif kind == "exotic":
        gearbox = "AUTOMATED_MANUAL" if year >= 2008 and rng.random() < 0.85 else "MANUAL"
    elif make in ("Volkswagen", "Audi", "BMW", "Porsche", "Mercedes-Benz") and year >= 2010 and rng.random() < 0.15:
        gearbox = "AUTOMATED_MANUAL"
    else:
        manual = 0.55 if year < 2001 else 0.4 if style in _CF_SPORTY else 0.15 if kind == "mass" else 0.08
        if style in _CF_BIG or style == "Passenger Minivan":
            manual = 0.05
        gearbox = "MANUAL" if rng.random() < manual else "AUTOMATIC"
    drive = wheels
    family = style in ("4dr SUV", "Sedan")
    if (wheels == "F" and family and rng.random() < 0.2) or (
        wheels == "R" and family and kind != "mass" and rng.random() < 0.3
    ):
        drive = "A"
    elif wheels == "4" and rng.random() < 0.35:
        drive = "R"
    if electric:
        highway = int(rng.integers(93, 125))
        city = highway + int(rng.integers(5, 20))
    else:
        penalty = {"Compact": 0, "Midsize": 2, "Large": 5}[size] + (4 if style in _CF_BIG or "SUV" in style else 0)
        highway = int(
            np.clip(round(46 - 0.045 * hp - penalty - (2 if year < 2001 else 0) + rng.normal(0, 1.5)), 12, 48)
        )
        city = int(np.clip(round(highway * 0.73 + rng.normal(0, 1)), 8, 40))
    return {
        "Make": make,
        "Model": model,
        "Year": year,
        "Engine Fuel Type": fuel or None,
        "Engine HP": np.nan if make == "Tesla" else hp,
        "Engine Cylinders": cylinders,
        "Transmission Type": gearbox,
        "Driven_Wheels": _CF_WHEELS[drive],
        "Number of Doors": 2.0 if style in _CF_TWO_DOORS else 3.0 if style == "Cargo Van" else 4.0,
        "Market Category": _cf_market(rng, kind, style, size, model, fuel, hp),
        "Vehicle Size": size,
        "Vehicle Style": style,
        "highway MPG": highway,
        "city mpg": city,
        "Popularity": popularity,
        "MSRP": msrp,
    }


def _cars_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5607)
    models = [(make, spec) for make, (_p, _k, table) in _CF_MAKES.items() for spec in _fields(table)]
    weights = np.array([float(spec[-1]) for _make, spec in models])
    picks = rng.choice(len(models), size=3800, p=weights / weights.sum())
    rows = [_cf_row(rng, *models[int(i)]) for i in picks]
    frame = pd.DataFrame(rows)
    for column, k in (("Engine Fuel Type", 3), ("Engine HP", 12), ("Engine Cylinders", 8), ("Number of Doors", 5)):
        frame.loc[rng.choice(len(frame), k, replace=False), column] = np.nan
    a6 = np.flatnonzero((frame["Model"] == "A6") & (frame["Year"] >= 2015).to_numpy())
    frame.loc[int(a6[0]), ["Year", "highway MPG"]] = [2017, 354]
    twice = frame.iloc[np.sort(rng.choice(len(frame), 200, replace=False))]
    frame = pd.concat([frame, twice], ignore_index=True)
    return frame.sort_values(["Model", "Year"], kind="stable").reset_index(drop=True)


def _cf(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates() if unique else d


def _cf_column(column: str, unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _cf(d, unique)[column]


def _cf_manual(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_text(_cf(d, unique)["Transmission Type"]) == "MANUAL").sum())


def _cf_pricey(unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(_cf(d, unique).groupby(_text(_cf(d, unique)["Make"]))["MSRP"].mean())


def _cf_mpg(unique: bool, capped: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        f = _cf(d, unique)
        if capped:
            f = f[f["highway MPG"] < 150]
        by = f.groupby(_text(f["Vehicle Size"]))["highway MPG"].mean()
        return by.to_numpy()

    return means


def _cf_electric(unique: bool, known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        fuel = _text(_cf(d, unique)["Engine Fuel Type"])
        kept = fuel[fuel != ""] if known_only else fuel
        return float((kept == "electric").mean())

    return share


def _cf_recent(unique: bool, inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def median(d: pd.DataFrame) -> float:
        f = _cf(d, unique)
        return float(f.loc[f["Year"] >= 2015 if inclusive else f["Year"] > 2015, "MSRP"].median())

    return median


_CF_ID = ("Make", "Model", "Year")
_CF_TRUE = (False, True)
_CARS_QS = [
    Q(
        "top 5 makes by average msrp",
        either(*(_top_named(_cf_pricey(u), 5) for u in _CF_TRUE)),
        (*_CF_ID, "MSRP"),
    ),
    Q(
        "how many cars have a manual transmission",
        either(*(_count(_cf_manual(u)) for u in _CF_TRUE)),
        (*_CF_ID, "Transmission Type"),
    ),
    Q(
        "correlation between engine hp and MSRP",
        either(*(_corr(_cf_column("Engine HP", u), _cf_column("MSRP", u)) for u in _CF_TRUE)),
        (*_CF_ID, "Engine HP", "MSRP"),
    ),
    Q(
        "avg highway mpg by vehicle size",
        either(*(_about(_cf_mpg(u, c)) for u in _CF_TRUE for c in _CF_TRUE)),
        (*_CF_ID, "highway MPG", "Vehicle Size"),
    ),
    Q(
        "what % of the cars are electric",
        either(*(_share(_cf_electric(u, k)) for u in _CF_TRUE for k in _CF_TRUE)),
        (*_CF_ID, "Engine Fuel Type", "Engine Cylinders", "Transmission Type"),
    ),
    Q(
        "median msrp for cars made after 2015",
        either(*(_scaled(_cf_recent(u, i), (1e3,)) for u in _CF_TRUE for i in _CF_TRUE)),
        (*_CF_ID, "MSRP"),
    ),
]


HELDOUT56: list[Dataset] = [
    Dataset("adidas_us_sales", _adidas_frame, _ADIDAS_QS),
    Dataset("anime_recommendations", _anime_frame, _ANIME_QS),
    Dataset("college_majors_recent_grads", _majors_frame, _MAJORS_QS),
    Dataset("airline_safety", _airline_frame, _AIRLINE_QS),
    Dataset("sitcom_episode_ratings", _sitcom_frame, _SITCOM_QS),
    Dataset("big_mac_index", _big_mac_frame, _BIG_MAC_QS),
    Dataset("car_features_msrp", _cars_frame, _CARS_QS),
]
