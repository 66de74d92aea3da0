"""HELDOUT67: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Store Item Demand Forecasting training file (train.csv cut to ten random days for each store and item, 5000 of its
913,000 rows, still in the file's item, store, date order) with ISO dates from 2013 to 2017, store 1-10, item 1-50
and whole-number daily sales that rise every year, peak in July and on weekends; Kaggle's Goodbooks-10k books.csv
(the 2000 most rated books) with book_id in order of popularity, goodreads, best-book and work ids, books_count,
isbn as text without its leading zero (some ending in "X", some blank), isbn13 in scientific notation
("9.78043902348e+12"), comma-joined authors ("J.K. Rowling, Mary GrandPré", one prolific author far ahead),
original_publication_year as a float with blanks and a few negative years, blank original titles, "(Series, #2)" in
titles, language_code as "eng", "en-US", "en-GB", "en-CA", other codes or blank, two-decimal average_rating, ratings
counts with ratings_1 to ratings_5 that add up to work_ratings_count, and image links (a few "nophoto"
placeholders); TidyTuesday's Canadian wind turbines (wind-turbine.csv, 2020-10-27) with objectid,
province_territory, project names (French ones with accents), the project capacity in MW, turbine identifiers,
"12/40" turbine numbers, rated capacity in kW (blank for two projects and a few turbines), rotor diameter and hub
height in metres (some hub heights blank), manufacturer, model, commissioning dates as "2014" or "2013/2014" text,
latitude, longitude and mostly blank notes; the City of Chicago's Traffic Crashes - Crashes file (a sample of 5000
crashes from 2019 to 2023, newest first) with 128-character hex CRASH_RECORD_IDs, CRASH_DATE written "09/05/2023
07:05:00 PM", posted speed limits (some 0 or 99), upper-case weather, lighting, first crash type and road surface
codes, CRASH_TYPE as "NO INJURY / DRIVE AWAY" or "INJURY AND / OR TOW DUE TO CRASH", DAMAGE bands such as "$501 -
$1,500" and "OVER $1,500", the primary contributory cause (mostly "UNABLE TO DETERMINE"), NUM_UNITS,
MOST_SEVERE_INJURY, INJURIES_TOTAL and INJURIES_FATAL (a few blank), CRASH_HOUR, CRASH_DAY_OF_WEEK from 1 (Sunday)
to 7 (Saturday) and CRASH_MONTH; the World Bank's wide "Population, total" file (API_SP.POP.TOTL_DS2_en_csv_v2, its
four metadata lines left out) with Country Name, Country Code, Indicator Name, Indicator Code, one column per year
from 1960 to 2022 written as whole numbers, the trailing unnamed empty column, World Bank country names ("Egypt,
Arab Rep.", "Korea, Rep."), regional, income and other aggregate rows ("World", "Euro area", "Sub-Saharan Africa",
"Sub-Saharan Africa (excluding high income)", "South Asia (IDA & IBRD)", "Low & middle income", "Fragile and
conflict affected situations") sorted in among the countries, an all-blank "Not classified" row and blank years for
a few economies (Eritrea after 2011, West Bank and Gaza before 1990); Kaggle's HR analytics file in its first
version (HR_comma_sep.csv) with satisfaction_level, last_evaluation, number_project, the misspelt
average_montly_hours, time_spend_company, 0/1 Work_accident, left and promotion_last_5years, the department in a
column headed "sales" ("sales", "technical", "RandD", "product_mng", ...), low / medium / high salary, leavers first
and a tail of mixed rows holding several hundred exact duplicates; and TidyTuesday's Animal Crossing villagers.csv
(2020-05-05, 391 villagers sorted by id) with row_n counting up with gaps, lower-case ids ("wart-jr", "agent-s"),
names ("Renée", "O'Hare"), female / male gender, 35 lower-case species, birthdays as "1-27" month-day text, eight
personalities tied to gender, K.K. songs (a few blank), catchphrases, "villager-..." full ids and image urls. All
are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _said, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _table
from .heldout39 import _clock, _fields, _month_of
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top_of(
    ranking: Callable[[pd.DataFrame], pd.Series], k: int, aliases: Mapping[str, tuple[str, ...]] | None = None
) -> Check:
    """The first `k` labels of a ranking (scores indexed by label, best first), each as itself or one of its aliases;
    ties at the cut allowed: every label scoring better than the k-th, and enough of those scoring the same as it."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        scores = ranking(df)
        cut = scores.iloc[k - 1]
        above = [str(x) for x, v in scores.iloc[:k].items() if v != cut]
        level = [str(x) for x, v in scores.items() if v == cut]
        why = _all_named(lambda _d: above, aliases)(answer, df)
        if why:
            return why
        said = sum(_all_named(_labels([x]), aliases)(answer, df) is None for x in level)
        return None if said >= k - len(above) else f"missing {k - len(above)} of {level!r}"

    return check


def _labels(names: list[str]) -> Callable[[pd.DataFrame], list[str]]:
    return lambda _d: names


def _table_heads(answer: str, word: str, k: int) -> set[int]:
    """The numbers in the first `k` rows of a markdown table whose first or second column is headed by `word`."""
    rows = [
        [c.strip(" *`") for c in line.strip().strip("|").split("|")]
        for line in answer.splitlines()
        if line.strip().startswith("|")
    ]
    if len(rows) < 2:
        return set()
    at = next((i for i, c in enumerate(rows[0][:2]) if word in c.lower()), None)
    if at is None:
        return set()
    body = [r for r in rows[1:] if not re.fullmatch(r"[\s:-]*", "".join(r))]
    return {int(r[at]) for r in body[:k] if len(r) > at and r[at].isdigit()}


def _numbered(word: str, values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every number computed from the frame is named with its word ("store 2", "Store #2", "item_id 15", "items 15,
    28 and 13") or heads one of the first rows of a table whose first column is that word."""
    run = re.compile(
        rf"\b{word}s?(?:[\s_]*(?:#|no\.|number|id|nr\.?|:|=))*[\s_]*(\d+(?:(?:\s*(?:,|and|&|/|or))+\s*#?\d+)*)(?!\d|\.\d)",
        re.IGNORECASE,
    )

    def check(answer: str, df: pd.DataFrame) -> str | None:
        wanted = [int(v) for v in np.atleast_1d(values(df))]
        said = {int(x) for m in run.finditer(answer) for x in re.findall(r"\d+", m.group(1))}
        said |= _table_heads(answer, word, len(wanted))
        missing = [v for v in wanted if v not in said]
        return f"missing {word} {missing[0]}" if missing else None

    return check


def _plural(names: list[str], short: int = 0) -> dict[str, tuple[str, ...]]:
    """Each label also in the plural, and cut to its first `short` letters when `short` is given ("Fri")."""
    return {n: (f"{n}s", *((n[:short],) if short else ())) for n in names}


# --- 1. Store item demand (Kaggle "Store Item Demand Forecasting Challenge", train.csv) ----------------------------

_SI_STORES = (1.0, 1.41, 1.26, 1.16, 0.73, 0.73, 0.67, 1.36, 1.17, 1.3)
_SI_WEEKDAYS = (0.8, 0.93, 0.94, 0.99, 1.06, 1.13, 1.19)
_SI_MONTHS = (0.74, 0.8, 0.95, 1.07, 1.13, 1.2, 1.3, 1.14, 1.06, 1.02, 1.07, 0.83)
_SI_YEARS = {2013: 1.0, 2014: 1.15, 2015: 1.21, 2016: 1.31, 2017: 1.37}
# item: demand factor, for the best and worst sellers (the others are drawn)
_SI_ITEMS = "15:2.3;28:2.26;13:2.08;18:1.8;25:1.77;45:1.75;38:1.71;22:1.68;36:1.66;8:1.64;5:0.42;1:0.43;41:0.43;47:0.44"


def _store_items_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6701)
    days = pd.date_range("2013-01-01", "2017-12-31", freq="D")
    items = np.clip(rng.lognormal(0.08, 0.3, 50), 0.55, 1.6)
    options, lifts = _table(_SI_ITEMS)
    items[[int(x) - 1 for x in options]] = lifts
    day = np.concatenate([np.sort(rng.choice(len(days), 10, replace=False)) for _ in range(500)])
    item, store = np.divmod(np.repeat(np.arange(500), 10), 10)
    when = days[day]
    mean = 31.0 * items[item] * np.asarray(_SI_STORES)[store]
    mean *= np.asarray(_SI_WEEKDAYS)[when.day_of_week.to_numpy()] * np.asarray(_SI_MONTHS)[when.month.to_numpy() - 1]
    mean *= np.asarray([_SI_YEARS[int(y)] for y in when.year])
    return pd.DataFrame(
        {"date": when.strftime("%Y-%m-%d"), "store": store + 1, "item": item + 1, "sales": rng.poisson(mean)}
    )


def _si_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["date"], format="%Y-%m-%d")


def _si_years(d: pd.DataFrame) -> Any:
    return d.groupby(_si_day(d).dt.year)["sales"].sum().to_numpy()


def _si_weekend_means(d: pd.DataFrame) -> list[float]:
    weekend = _si_day(d).dt.day_of_week >= 5
    return [float(d.loc[weekend, "sales"].mean()), float(d.loc[~weekend, "sales"].mean())]


def _si_daily_means(d: pd.DataFrame) -> list[float]:
    totals = d.groupby(_si_day(d))["sales"].sum()
    weekend = totals.index.day_of_week >= 5
    return [float(totals[weekend].mean()), float(totals[~weekend].mean())]


def _si_best_month(how: str) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(_ranked(d.groupby(_si_day(d).dt.month)["sales"].agg(how)).index[0])


def _si_top_items(d: pd.DataFrame) -> list[int]:
    return [int(x) for x in _ranked(d.groupby("item")["sales"].sum()).index[:3]]


def _si_top_shares(d: pd.DataFrame) -> Any:
    totals = d.groupby("item")["sales"].sum()
    return totals[_si_top_items(d)].to_numpy() / totals.sum()


_SI_ID = ("date", "store", "item")
_STORE_ITEMS_QS = [
    Q(
        "total sales per year? is it growing",
        _scaled(_si_years, (1e3,)),
        (*_SI_ID, "sales"),
    ),
    Q(
        "which store sold the most overall",
        _lead(_numbered("store", lambda d: int(_ranked(d.groupby("store")["sales"].sum()).index[0]))),
        (*_SI_ID, "sales"),
    ),
    Q(
        "avg daily sales on weekends vs weekdays",
        either(has(_si_weekend_means), has(_si_daily_means)),
        (*_SI_ID, "sales"),
    ),
    Q(
        "which month of the year has the highest sales?",
        _lead(either(_month_of(_si_best_month("sum")), _month_of(_si_best_month("mean")))),
        (*_SI_ID, "sales"),
    ),
    Q(
        "top 3 items by total sales",
        _numbered("item", _si_top_items),
        (*_SI_ID, "sales"),
    ),
    Q(
        "what share of total sales do those 3 make up?",
        either(_share(lambda d: float(_si_top_shares(d).sum())), _shares(_si_top_shares)),
        (*_SI_ID, "sales"),
    ),
]


# --- 2. Goodbooks-10k (Kaggle "goodbooks-10k", books.csv) ----------------------------------------------------------

_GB_COLUMNS = _split(
    "book_id;goodreads_book_id;best_book_id;work_id;books_count;isbn;isbn13;authors;original_publication_year;"
    "original_title;title;language_code;average_rating;ratings_count;work_ratings_count;work_text_reviews_count;"
    "ratings_1;ratings_2;ratings_3;ratings_4;ratings_5;image_url;small_image_url"
)
# authors as the file joins them: number of books on the list
_GB_PROLIFIC = (
    "Stephen King:38;Nora Roberts:22;Terry Pratchett:21;Agatha Christie:18;John Grisham:16;Dean Koontz:15;"
    "James Patterson:14;Neil Gaiman:14;Meg Cabot:13;Rick Riordan:12;Janet Evanovich:12;Sarah J. Maas:8;"
    "J.K. Rowling, Mary GrandPré:7;James Patterson, Maxine Paetro:8;James Patterson, Michael Ledwidge:6;"
    "James Patterson, Andrew Gross:3;Stephen King, Peter Straub:2;Stephen King, Owen King:1;"
    "Terry Pratchett, Neil Gaiman:1;J.D. Robb, Nora Roberts:4;Rick Riordan, John Rocco:2"
)
_GB_FIRST = _split(
    "Emily;Sarah;Jennifer;Laura;Rachel;Anna;Kate;Jessica;Lisa;Amy;Claire;Megan;Julia;Karen;Ruth;Helen;Alice;Jane;"
    "Michael;David;John;James;Robert;Mark;Daniel;Thomas;Peter;Paul;Richard;Andrew;Matthew;Chris;Simon;George;Adam;"
    "Colleen;Tahereh;Leigh;Cassandra;Veronica;Marissa;Kiera;Lauren;Jojo;Liane;Tana;Kristin;Jodi;Anita;Harlan;Brandon;"
    "Patrick;Joe;Brent;Orson;Ursula;Philip;Kurt;Ray;Haruki;Isabel;Gabriel;Khaled;Chimamanda;Yaa;Min Jin;Celeste"
)
_GB_LAST = _split(
    "Moriarty;Hoover;Green;Ward;Walker;Howard;Sullivan;Bishop;Harper;Carter;Fisher;Monroe;Hale;Lindsey;Pierce;"
    "Quinn;Sloane;Archer;Blake;Cole;Dean;Ellis;Finch;Grant;Hayes;Irving;Jensen;Kent;Lowell;Marsh;Nolan;Oakley;Page;"
    "Reed;Shaw;Thorne;Vance;Wells;York;Abbott;Baxter;Crane;Drake;Eaton;Frost;Gray;Hollis;Ives;Jordan;Knox;Lyle;"
    "Mercer;North;Osborne;Pryce;Rowe;Stone;Tate;Underwood;Voss;Webb;Yates;Zeller;Atwood;Boyle;Cline;Doerr;Egan"
)
_GB_ADJ = _split(
    "Silent;Last;Lost;Hidden;Broken;Burning;Golden;Dark;Secret;Little;Wild;Glass;Midnight;Crimson;Forgotten;Final;"
    "Endless;Stolen;Frozen;Scarlet;Bitter;Shattered;Fallen;Wicked;Quiet;Savage;Perfect;Invisible;Starless;Hollow"
)
_GB_NOUN = _split(
    "Garden;House;River;Queen;Daughter;Night;Sea;Kingdom;Promise;Girl;Wife;Storm;Throne;Shadow;Mirror;Crown;"
    "Island;Winter;Library;Road;Fire;Witness;Heart;Secret;Sky;Bone;Key;Summer;Letter;Forest;City;Wolf;Star"
)
_GB_YEARS = "ancient:0.3;classic:5.5;postwar:9;nineties:12;noughties:45;tens:26.7;blank:1.5"
_GB_LANGUAGES = (
    "eng:64;en-US:21;en-GB:2.6;en-CA:0.6;en:0.05;ara:0.6;fre:0.3;spa:0.25;ind:0.2;ger:0.15;jpn:0.1;por:0.06;:10.1"
)
_GB_NOPHOTO = "https://s.gr-assets.com/assets/nophoto/book/{}.png"
_GB_NOPHOTO_SIZES = ("111x148-bcc042a9c91a29c1d680899eff700a03", "50x75-a91bf249278a81aabab721ef782c4a74")


def _gb_year(rng: np.random.Generator) -> float:
    era = _draw(rng, _GB_YEARS)
    if era == "ancient":
        return float(_one(rng, [-750, -720, -500, -430, -380, -17, 8]))
    if era == "blank":
        return np.nan
    spans = {"classic": (1600, 1949), "postwar": (1950, 1989), "nineties": (1990, 1999), "noughties": (2000, 2009)}
    lo, hi = spans.get(era, (2010, 2017))
    return float(rng.integers(lo, hi + 1))


_GB_TILTS = np.linspace(-6.0, 6.0, 6001)
_GB_TILT_MEANS = np.asarray(
    [
        float((np.exp(t * np.arange(1, 6)) * np.arange(1, 6)).sum() / np.exp(t * np.arange(1, 6)).sum())
        for t in _GB_TILTS
    ]
)


def _gb_stars(mean: float) -> np.ndarray:
    """Shares of 1 to 5 stars (an exponential tilt) with the given mean."""
    w = np.exp(float(np.interp(mean, _GB_TILT_MEANS, _GB_TILTS)) * np.arange(1, 6))
    return np.asarray(w / w.sum())


def _gb_isbn(rng: np.random.Generator) -> tuple[str, str]:
    """An ISBN-10 as the file keeps it (leading zero lost) and its ISBN-13 in scientific notation."""
    digits = [int(x) for x in rng.integers(0, 10, 9)]
    digits[0] = int(_one(rng, [0, 0, 0, 1, 3, 7, 0]))
    check = (11 - sum((10 - i) * x for i, x in enumerate(digits)) % 11) % 11
    ten = "".join(map(str, digits)) + ("X" if check == 10 else str(check))
    body = [9, 7, 8, *digits]
    thirteen = int(
        "".join(map(str, body)) + str((10 - sum(x * (3 if i % 2 else 1) for i, x in enumerate(body)) % 10) % 10)
    )
    return ten.lstrip("0"), f"{float(thirteen):.11e}"


def _gb_authors(rng: np.random.Generator) -> list[str]:
    """One author credit per book: the prolific names, then many authors with a few books each."""
    credits = [name for name, k in zip(*_table(_GB_PROLIFIC), strict=True) for _ in range(int(k))]
    used: set[str] = set()
    while len(credits) < 2000:
        name = _unique(rng, lambda r: f"{_one(r, _GB_FIRST)} {_one(r, _GB_LAST)}", used)
        credits += [name] * min(int(rng.geometric(0.5)), 7, 2000 - len(credits))
    return [credits[int(i)] for i in rng.permutation(len(credits))]


def _goodbooks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6702)
    authors = _gb_authors(rng)
    series: dict[str, list[Any]] = {}
    titles: set[str] = set()
    gids = rng.choice(33_000_000, 2000, replace=False) + 1
    works = rng.choice(56_000_000, 2000, replace=False) + 1
    rows: list[dict[str, Any]] = []
    for i, author in enumerate(authors):
        year = _gb_year(rng)
        title = _unique(
            rng,
            lambda r: str(
                _one(
                    r,
                    [
                        f"The {_one(r, _GB_ADJ)} {_one(r, _GB_NOUN)}",
                        f"{_one(r, _GB_NOUN)} of {_one(r, _GB_NOUN)}s",
                        f"The {_one(r, _GB_NOUN)}'s {_one(r, _GB_NOUN)}",
                        f"{_one(r, _GB_ADJ)} {_one(r, _GB_NOUN)}s",
                    ],
                )
            ),
            titles,
        )
        shown = title
        if rng.random() < 0.35:
            run = series.setdefault(author, [f"{_one(rng, _GB_NOUN)} {_one(rng, ['Chronicles', 'Saga', '', ''])}", 0])
            run[1] += 1
            shown = f"{title} ({str(run[0]).strip()}, #{run[1]})"
        target = float(np.clip(rng.normal(3.98 + 0.004 * np.log(2000 / (i + 1)), 0.24), 2.9, 4.72))
        if i in (388, 512):
            target, shown, title, year = (
                (4.84, "Words of the Storm (The Radiant Archive, #2)", "Words of the Storm", 2014.0)
                if i == 388
                else (4.81, "The Complete Sunday Strips", "The Complete Sunday Strips", 2005.0)
            )
        ratings = int(4.2e6 * (i + 1) ** -0.7 * rng.lognormal(0, 0.15))
        work = int(ratings * rng.uniform(1.0, 1.15))
        stars = np.round(_gb_stars(target) * work).astype(int)
        work = int(stars.sum())
        isbn, isbn13 = _gb_isbn(rng)
        gid = int(gids[i])
        stamp = int(rng.integers(1_170_000_000, 1_510_000_000))
        photo = rng.random() > 0.03
        rows.append(
            {
                "book_id": i + 1,
                "goodreads_book_id": gid,
                "best_book_id": gid if rng.random() < 0.92 else int(rng.integers(1, 33_000_000)),
                "work_id": int(works[i]),
                "books_count": int(np.clip(rng.lognormal(np.log(45 if year >= 1950 else 160), 0.9), 1, 3455)),
                "isbn": isbn if rng.random() > 0.07 else None,
                "isbn13": isbn13 if rng.random() > 0.06 else None,
                "authors": author,
                "original_publication_year": year,
                "original_title": title if rng.random() > 0.07 else None,
                "title": shown,
                "language_code": _draw(rng, _GB_LANGUAGES) or None,
                "average_rating": round(float((stars * np.arange(1, 6)).sum() / work), 2),
                "ratings_count": min(ratings, work),
                "work_ratings_count": work,
                "work_text_reviews_count": int(work * rng.uniform(0.015, 0.07)),
                **{f"ratings_{k + 1}": int(stars[k]) for k in range(5)},
                "image_url": f"https://images.gr-assets.com/books/{stamp}m/{gid}.jpg"
                if photo
                else _GB_NOPHOTO.format(_GB_NOPHOTO_SIZES[0]),
                "small_image_url": f"https://images.gr-assets.com/books/{stamp}s/{gid}.jpg"
                if photo
                else _GB_NOPHOTO.format(_GB_NOPHOTO_SIZES[1]),
            }
        )
    return pd.DataFrame(rows)[_GB_COLUMNS]


def _gb_top_author(split: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        names = _text(d["authors"])
        if split:
            names = names.str.split(", ").explode().str.strip()
        return str(_ranked(names[names != ""].value_counts()).index[0])

    return top


def _gb_decades(d: pd.DataFrame) -> pd.Series:
    years = d["original_publication_year"].dropna()
    return (years // 10 * 10).astype(int).value_counts()


def _gb_best_in(lo: int, hi: int) -> Check:
    """The best rated book published from `lo` to `hi` (any of them when tied), by its title with or without the
    series, or by its original title."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        year = df["original_publication_year"]
        kept = df[(year >= lo) & (year <= hi)]
        best = kept[kept["average_rating"] == kept["average_rating"].max()]
        for title, original in zip(_text(best["title"]), _text(best["original_title"]), strict=True):
            forms = [title, re.sub(r"\s*\([^()]*#[^()]*\)\s*$", "", title), original]
            if any(_said(f, answer) for f in forms if f):
                return None
        return f"missing book {str(_text(best['title']).iloc[0])!r}"

    return check


_GB_ID = ("book_id", "goodreads_book_id", "title")
_GB_RATINGS = ("average_rating", "ratings_count", "work_ratings_count")
_GOODBOOKS_QS = [
    Q(
        "who wrote the most books on this list?",
        _lead(either(_named(_gb_top_author(False)), _named(_gb_top_author(True)))),
        (*_GB_ID, "authors"),
    ),
    Q(
        "how many books are in english",
        _count(lambda d: float(_text(d["language_code"]).str.startswith("en").sum())),
        (*_GB_ID, "language_code"),
    ),
    Q(
        "what % of books have an average rating of 4 or higher?",
        _share(lambda d: float((d["average_rating"] >= 4).mean())),
        (*_GB_ID, "average_rating"),
    ),
    Q(
        "is the number of ratings correlated with the avg rating?",
        either(
            _corr(lambda d: d["ratings_count"], lambda d: d["average_rating"]),
            _corr(lambda d: d["work_ratings_count"], lambda d: d["average_rating"]),
        ),
        (*_GB_ID, *_GB_RATINGS),
    ),
    Q(
        "how many books were published in each decade, which decade has the most?",
        _lead(_year(lambda d: float(_ranked(_gb_decades(d)).index[0]))),
        (*_GB_ID, "original_publication_year"),
    ),
    Q(
        "whats the highest rated book from that decade?",
        _lead(_gb_best_in(2000, 2009)),
        (*_GB_ID, "original_title", "original_publication_year", *_GB_RATINGS),
    ),
]


# --- 3. Wind turbines in Canada (TidyTuesday 2020-10-27, wind-turbine.csv) ------------------------------------------

_WT_COLUMNS = _split(
    "objectid;province_territory;project_name;total_project_capacity_mw;turbine_identifier;"
    "turbine_number_in_project;turbine_rated_capacity_k_w;rotor_diameter_m;hub_height_m;manufacturer;model;"
    "commissioning_date;latitude;longitude;notes"
)
# model|manufacturer|rated kW|rotor diameter (m)|hub heights (m)|first and last year installed
_WT_MODELS = _fields(
    "AN 150/30|Bonus|150|23|30|1993|1999;"
    "V47-660|Vestas|660|47|50,55|1995|2004;"
    "NM48/750|NEG Micon|750|48.2|50|1999|2003;"
    "NM72|NEG Micon|1500|72|64|2003|2005;"
    "E-48|Enercon|800|48|50,55,76|2004|2012;"
    "V80-1.8|Vestas|1800|80|67,78|2001|2009;"
    "V82-1.65|Vestas|1650|82|70,80|2004|2011;"
    "GE 1.5sle|GE|1500|77|80|2006|2012;"
    "MM92|REpower|2050|92.5|80,100|2008|2012;"
    "MM92|Senvion|2050|92.5|80,100|2013|2016;"
    "SWT-2.3-93|Siemens|2300|93|80|2008|2012;"
    "SWT-2.3-101|Siemens|2300|101|80,99.5|2011|2015;"
    "SWT-2.3-113|Siemens|2300|113|99.5|2014|2019;"
    "GE 1.6-82.5|GE|1620|82.5|80|2010|2015;"
    "GE 1.6-100|GE|1620|100|80,96|2013|2017;"
    "E-70|Enercon|2300|71|64,85|2007|2014;"
    "E-82|Enercon|2300|82|78,98,108|2011|2016;"
    "E-101|Enercon|3050|101|99|2014|2019;"
    "V90-1.8|Vestas|1800|90|80,95|2009|2014;"
    "V90-2.0|Vestas|2000|90|80,95|2012|2016;"
    "V100-2.0|Vestas|2000|100|80,95|2013|2019;"
    "V117-3.3|Vestas|3300|117|91.5|2015|2019;"
    "3.2M114|Senvion|3200|114|93|2016|2019;"
    "N90/2500|Nordex|2500|90|80|2008|2012;"
    "AW77/1500|Acciona|1500|77|80|2008|2013;"
    "MWT92/2.4|Mitsubishi|2400|92|80|2009|2012"
)
# province: turbines, latitude and longitude box, commissioning years, manufacturers preferred
_WT_PROVINCES: dict[str, tuple[int, tuple[float, float, float, float], str, str]] = {
    "Alberta": (
        430,
        (49.0, 52.3, -114.6, -110.1),
        "1993:2;1997:3;2001:5;2004:7;2006:9;2007:6;2010:4;2011:10;2012:10;2014:12;2015:8;2018:8;2019:9",
        "Vestas:3;GE:2;Siemens:1.5;Enercon:1;Acciona:1;Bonus:1;NEG Micon:1",
    ),
    "British Columbia": (
        140,
        (54.6, 56.3, -122.0, -120.3),
        "2009:4;2012:4;2013:3;2016:5;2017:4",
        "GE:2;Siemens:1;Senvion:1",
    ),
    "Manitoba": (64, (49.2, 50.5, -99.0, -97.0), "2005:4;2010:3;2011:4", "Vestas:1;Siemens:1;Acciona:0.4"),
    "New Brunswick": (
        58,
        (45.3, 47.8, -67.5, -64.5),
        "2008:3;2009:3;2010:3;2011:2;2017:1",
        "Acciona:2;Enercon:1;Vestas:1",
    ),
    "Newfoundland and Labrador": (14, (47.3, 50.0, -59.0, -53.0), "2008:2;2009:2", "Vestas:1;Nordex:0.5"),
    "Northwest Territories": (4, (64.5, 64.6, -110.4, -110.2), "2012:1", "Enercon:1"),
    "Nova Scotia": (
        150,
        (43.8, 46.9, -65.9, -60.2),
        "2004:3;2006:4;2009:6;2010:7;2011:8;2012:10;2013:8;2014:9;2015:7;2016:6;2017:4",
        "Enercon:4;Vestas:2;GE:1;Siemens:0.5;Nordex:0.5",
    ),
    "Ontario": (
        1280,
        (42.2, 45.5, -82.6, -76.5),
        "2002:1;2006:4;2008:6;2009:4;2010:3;2011:6;2012:9;2013:8;2014:20;2015:17;2016:9;2017:6;2019:4",
        "Siemens:3;GE:2.5;Vestas:2;Enercon:1;Senvion:0.6;REpower:0.4;Mitsubishi:0.3",
    ),
    "Prince Edward Island": (
        50,
        (46.0, 47.0, -64.4, -62.0),
        "2001:1;2003:2;2004:2;2007:3;2012:3;2014:2",
        "Vestas:2;Nordex:1;Acciona:1",
    ),
    "Quebec": (
        950,
        (45.6, 50.2, -73.5, -64.0),
        "1998:2;2006:5;2007:6;2011:8;2012:12;2013:11;2014:16;2015:14;2016:10;2017:5;2018:4",
        "Enercon:6;Senvion:2;REpower:2;GE:1;Vestas:0.5",
    ),
    "Saskatchewan": (
        75,
        (49.2, 52.0, -109.5, -104.0),
        "2002:2;2003:2;2006:6;2013:2;2015:2;2016:3;2019:3",
        "Vestas:2;Siemens:1;GE:1",
    ),
    "Yukon": (2, (60.7, 60.8, -135.2, -135.0), "1993:1;2000:1", "Bonus:1;Vestas:1"),
}
_WT_SIZES = "1:3;2:3;3:3;5:4;6:3;10:5;15:6;20:7;30:9;40:8;50:8;60:6;75:5;90:4;110:3;140:2"
# province: places the projects are named after
_WT_PLACES = {
    "Alberta": "Halkirk;Blackspring Ridge;Castle Rock;Magrath;Chin Chute;Ghost Pine;Wintering Hills;Summerview;Oldman;"
    "Taber;Cowley Ridge;McBride Lake;Soderglen;Kettles Hill;Pincher Creek;Whitla;Riverview;Bull Creek;Rattlesnake;"
    "Windrise;Castle River;Hand Hills;Sharp Hills;Jenner;Forty Mile;Suffield;Blue Trail;Enmax Taber;Halkirk II",
    "British Columbia": "Dokie;Bear Mountain;Quality;Meikle;Cape Scott;Moose Lake;Tumbler Ridge;Pennask",
    "Manitoba": "St. Joseph;St. Leon;St. Leon II;Pembina;Letellier",
    "New Brunswick": "Caribou;Lameque;Aulac;Kent Hills;Burchill;Richibucto;Wisokolamson",
    "Newfoundland and Labrador": "Fermeuse;St. Lawrence;Ramea",
    "Northwest Territories": "Diavik;Snap Lake",
    "Nova Scotia": "Amherst;Digby Neck;Glen Dhu;Nuttby;South Canoe;Pubnico Point;Sable;Point Tupper;Dalhousie Mountain;"
    "Ellershouse;Mount Hanley;Nine Mile River;Hardwood Hill;Watts Wind;Goose Harbour Lake;Gulliver's Cove",
    "Ontario": "Wolfe Island;Prince;Melancthon;Erie Shores;Port Alma;Kingsbridge;Goshen;Bluewater;Grand Bend;"
    "Belle River;South Kent;Armow;Niagara Region;Henvey Inlet;Bow Lake;Summerhaven;Cedar Point;Comber;Dufferin;"
    "Gunn's Hill;Grand Valley;Amaranth;Ripley;Underwood;Enbridge Ontario;Kruger Port Alma;Adelaide;Bornish;Jericho;"
    "Conestogo;Greenwich;Haldimand;Grand;K2;Zephyr;Plateau;Port Ryerse;Sumac Ridge;Snowy Ridge;White Pines;Nation Rise",
    "Prince Edward Island": "North Cape;West Cape;Eastern Kings;Hermanville;Norway;Summerside",
    "Quebec": "Rivière-du-Loup;Mont Copper;Mont Miller;Baie-des-Sables;Anse-à-Valleau;Carleton;Gros-Morne;"
    "Montagne Sèche;Mesgi'g Ugju's'n;Lac-Alfred;Seigneurie de Beaupré;Des Moulins;Massif du Sud;Rivière-du-Moulin;"
    "Mont-Rothery;La Mitis;Vents du Kempt;Pierre-De Saurel;Roncevaux;Nicolas-Riou;Sainte-Marguerite;Frampton;"
    "Saint-Robert-Bellarmin;Le Plateau;L'Érable;Témiscouata;Saint-Cyprien;Granit;Belle-Rivière;Les Cèdres",
    "Saskatchewan": "Centennial;Red Lily;Morse;Riverhurst;Gull Lake;Cypress;Golden South;Blue Hill",
    "Yukon": "Haeckel Hill;Haeckel Hill II",
}
_WT_SUFFIXES = _split("Wind Farm;Wind Project;Wind Power Project;Wind Energy Centre;Wind Energy Project;Wind Farm")
_WT_NOTES = "Project capacity not confirmed:3;Turbine location approximated:4;Commissioning date not confirmed:2;:91"


def _wt_model(rng: np.random.Generator, year: int, likes: str) -> list[str]:
    fits = [m for m in _WT_MODELS if int(m[5]) <= year <= int(m[6])]
    makers, weights = _table(likes)
    offered = [(mk, w) for mk, w in zip(makers, weights, strict=True) if any(m[1] == mk for m in fits)]
    if offered:
        maker = str(_one(rng, [o[0] for o in offered], [o[1] for o in offered]))
        fits = [m for m in fits if m[1] == maker]
    return list(_one(rng, fits))


def _wt_name(rng: np.random.Generator, province: str, used: set[str]) -> str:
    """A project named after a place of the province no other project is named after."""
    place = _unique(rng, lambda r: str(_one(r, _split(_WT_PLACES[province]))), used)
    if province == "Quebec" and rng.random() < 0.7:
        article = "de l'" if place[0] in "AEIOU" else "de "
        for the, of in (("Les ", "des "), ("Le ", "du ")):
            if place.startswith(the):
                article, place = of, place[len(the) :]
        return f"Parc éolien {article}{place}"
    return f"{place} {_one(rng, _WT_SUFFIXES)}"


def _turbines_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6703)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for province, (total, (la0, la1, lo0, lo1), years, likes) in _WT_PROVINCES.items():
        left = total
        while left > 0:
            n = min(int(_draw(rng, _WT_SIZES)), left)
            left -= n
            year = int(_draw(rng, years))
            model, maker, kw, rotor, hubs, _first, _last = _wt_model(rng, year, likes)
            name = _wt_name(rng, province, used)
            date = f"{year}/{year + 1}" if n >= 10 and year < 2019 and rng.random() < 0.18 else str(year)
            note = _draw(rng, _WT_NOTES)
            abbr = "".join(w[0] for w in re.findall(r"[A-Za-zÀ-ÿ']+", name) if w[0].isupper())
            lat, lon = rng.uniform(la0, la1), rng.uniform(lo0, lo1)
            hub = float(_one(rng, [float(h) for h in hubs.split(",")]))
            no_hub = rng.random() < 0.04
            for k in range(1, n + 1):
                rows.append(
                    {
                        "province_territory": province,
                        "project_name": name,
                        "total_project_capacity_mw": round(n * float(kw) / 1000, 2),
                        "turbine_identifier": f"{abbr}{k}",
                        "turbine_number_in_project": f"{k}/{n}",
                        "turbine_rated_capacity_k_w": None if rng.random() < 0.004 else float(kw),
                        "rotor_diameter_m": float(rotor),
                        "hub_height_m": None if no_hub else hub,
                        "manufacturer": maker,
                        "model": model,
                        "commissioning_date": date,
                        "latitude": round(lat + float(rng.normal(0, 0.02)), 5),
                        "longitude": round(lon + float(rng.normal(0, 0.03)), 5),
                        "notes": note or None,
                    }
                )
    frame = pd.DataFrame(rows)
    sizes = frame.groupby("project_name")["project_name"].transform("size")
    small = sorted(set(frame.loc[sizes.between(5, 25), "project_name"]))
    for name in rng.choice(small, 2, replace=False):
        unrated = frame["project_name"] == name
        frame.loc[unrated, "turbine_rated_capacity_k_w"] = np.nan
        frame.loc[unrated, "notes"] = "Turbine rated capacity not confirmed"
    frame.insert(0, "objectid", np.arange(1, len(frame) + 1))
    return frame[_WT_COLUMNS]


def _wt_top_province(d: pd.DataFrame) -> str:
    return str(_ranked(_text(d["province_territory"]).value_counts()).index[0])


def _wt_capacity(by_project: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        there = d[_text(d["province_territory"]) == _wt_top_province(d)]
        if by_project:
            return float(there.drop_duplicates("project_name")["total_project_capacity_mw"].sum())
        return float(there["turbine_rated_capacity_k_w"].sum() / 1000)

    return total


def _wt_years(reading: str) -> Callable[[pd.DataFrame], float]:
    """The year with the most turbines, reading "2013/2014" as its first or last year, or leaving it out."""

    def year(d: pd.DataFrame) -> float:
        dates = _text(d["commissioning_date"])
        parts = dates.str.split("/")
        if reading == "first":
            years = parts.str[0]
        elif reading == "last":
            years = parts.str[-1]
        else:
            years = dates[~dates.str.contains("/")]
        return float(_ranked(years.astype(int).value_counts()).index[0])

    return year


_WT_ID = ("objectid", "turbine_identifier", "project_name")
_WT_MAKERS = {"GE": ("General Electric",)}
_TURBINES_QS = [
    Q(
        "which province has the most turbines?",
        _lead(_named(_wt_top_province)),
        (*_WT_ID, "province_territory"),
    ),
    Q(
        "and what's the total installed capacity there in MW",
        either(_scaled(_wt_capacity(False), (1e3, 1e-3)), _scaled(_wt_capacity(True), (1e3, 1e-3))),
        (*_WT_ID, "province_territory", "total_project_capacity_mw", "turbine_rated_capacity_k_w"),
    ),
    Q(
        "top 3 turbine manufacturers by number of turbines",
        _top_of(lambda d: _ranked(_text(d["manufacturer"]).value_counts()), 3, _WT_MAKERS),
        (*_WT_ID, "manufacturer", "model"),
    ),
    Q(
        "how many turbines are rated over 2 MW?",
        either(
            _count(lambda d: float((d["turbine_rated_capacity_k_w"] > 2000).sum())),
            _count(lambda d: float((d["turbine_rated_capacity_k_w"] >= 2000).sum())),
        ),
        (*_WT_ID, "turbine_rated_capacity_k_w", "total_project_capacity_mw"),
    ),
    Q(
        "plot turbines commissioned per year, which year had the most",
        _lead(either(*(_year(_wt_years(r)) for r in ("first", "last", "single")))),
        (*_WT_ID, "commissioning_date"),
    ),
    Q(
        "does rotor diameter correlate with hub height?",
        _corr(lambda d: d["rotor_diameter_m"], lambda d: d["hub_height_m"]),
        (*_WT_ID, "rotor_diameter_m", "hub_height_m"),
    ),
]


# --- 4. Chicago traffic crashes (City of Chicago "Traffic Crashes - Crashes") -----------------------------------------

_CR_COLUMNS = _split(
    "CRASH_RECORD_ID;CRASH_DATE;POSTED_SPEED_LIMIT;WEATHER_CONDITION;LIGHTING_CONDITION;FIRST_CRASH_TYPE;"
    "ROADWAY_SURFACE_COND;CRASH_TYPE;DAMAGE;PRIM_CONTRIBUTORY_CAUSE;NUM_UNITS;MOST_SEVERE_INJURY;INJURIES_TOTAL;"
    "INJURIES_FATAL;CRASH_HOUR;CRASH_DAY_OF_WEEK;CRASH_MONTH"
)
_CR_YEARS = {2019: 117, 2020: 92, 2021: 108, 2022: 108, 2023: 110}
_CR_MONTHS = (8.0, 7.3, 7.5, 7.4, 8.7, 8.8, 8.8, 8.9, 8.9, 9.3, 8.4, 8.6)
_CR_WEEKDAYS = (14.0, 14.3, 14.2, 14.6, 16.4, 14.6, 12.4)
_CR_HOURS = "2.4;2.0;1.8;1.4;1.2;1.4;2.0;3.9;5.1;4.3;4.2;4.6;5.2;5.4;6.3;7.4;8.1;7.6;6.4;5.0;4.1;3.7;3.4;2.8"
_CR_SPEEDS = "30:73;35:7;25:6;20:4;15:3.5;10:2.3;0:1.5;40:1;45:0.6;5:0.5;3:0.05;99:0.05;9:0.05;39:0.05"
_CR_WEATHER = (
    "CLEAR:79;RAIN:8.8;CLOUDY/OVERCAST:3.1;UNKNOWN:6;OTHER:0.4;FOG/SMOKE/HAZE:0.2;SEVERE CROSS WIND GATE:0.02",
    "CLEAR:70;RAIN:5;SNOW:11;CLOUDY/OVERCAST:4;UNKNOWN:6;FREEZING RAIN/DRIZZLE:1.2;SLEET/HAIL:0.6;"
    "BLOWING SNOW:0.3;OTHER:0.4;FOG/SMOKE/HAZE:0.2",
)
_CR_SURFACE = {
    "CLEAR": "DRY:88;UNKNOWN:9;WET:2;OTHER:1",
    "RAIN": "WET:86;DRY:6;UNKNOWN:8",
    "SNOW": "SNOW OR SLUSH:55;WET:22;ICE:12;DRY:4;UNKNOWN:7",
    "FREEZING RAIN/DRIZZLE": "ICE:55;WET:35;UNKNOWN:10",
    "SLEET/HAIL": "ICE:40;WET:40;SNOW OR SLUSH:20",
    "BLOWING SNOW": "SNOW OR SLUSH:60;ICE:40",
    "UNKNOWN": "UNKNOWN:70;DRY:25;WET:5",
}
_CR_TYPES = (
    "PARKED MOTOR VEHICLE:23;REAR END:22;SIDESWIPE SAME DIRECTION:15;TURNING:14;ANGLE:11;FIXED OBJECT:4.6;"
    "PEDESTRIAN:2.3;PEDALCYCLIST:1.5;SIDESWIPE OPPOSITE DIRECTION:1.4;REAR TO FRONT:1;OTHER OBJECT:1;HEAD ON:0.8;"
    "REAR TO SIDE:0.6;OTHER NONCOLLISION:0.3;REAR TO REAR:0.2;ANIMAL:0.1;OVERTURNED:0.1;TRAIN:0.02"
)
# crash type: chance of an injury, chance of a fatality among injury crashes, units as "count:weight"
_CR_HARM = {
    "PEDESTRIAN": (0.85, 0.03, "2:96;1:3;3:1"),
    "PEDALCYCLIST": (0.72, 0.012, "2:97;1:2;3:1"),
    "HEAD ON": (0.36, 0.03, "2:90;3:8;1:2"),
    "ANGLE": (0.26, 0.004, "2:88;3:10;4:2"),
    "FIXED OBJECT": (0.2, 0.02, "1:90;2:10"),
    "OVERTURNED": (0.45, 0.04, "1:80;2:20"),
    "TURNING": (0.18, 0.002, "2:92;3:7;4:1"),
    "REAR END": (0.15, 0.001, "2:85;3:13;4:2"),
    "REAR TO FRONT": (0.06, 0.0, "2:95;3:5"),
}
_CR_CAUSES = (
    "UNABLE TO DETERMINE:38.5;FAILING TO YIELD RIGHT-OF-WAY:11.2;FOLLOWING TOO CLOSELY:9.9;NOT APPLICABLE:5.3;"
    "IMPROPER OVERTAKING/PASSING:4.9;FAILING TO REDUCE SPEED TO AVOID CRASH:4.3;IMPROPER BACKING:4.1;"
    "IMPROPER LANE USAGE:3.8;IMPROPER TURNING/NO SIGNAL:3.4;DRIVING SKILLS/KNOWLEDGE/EXPERIENCE:3.3;"
    "DISREGARDING TRAFFIC SIGNALS:1.9;WEATHER:1.5;"
    "OPERATING VEHICLE IN ERRATIC, RECKLESS, CARELESS, NEGLIGENT OR AGGRESSIVE MANNER:1.3;DISREGARDING STOP SIGN:1.1;"
    "DISTRACTION - FROM INSIDE VEHICLE:0.7;EQUIPMENT - VEHICLE CONDITION:0.6;"
    "VISION OBSCURED (SIGNS, TREE LIMBS, BUILDINGS, ETC.):0.6;PHYSICAL CONDITION OF DRIVER:0.6;"
    "DRIVING ON WRONG SIDE/WRONG WAY:0.5;UNDER THE INFLUENCE OF ALCOHOL/DRUGS (USE WHEN ARREST IS EFFECTED):0.5;"
    "DISTRACTION - FROM OUTSIDE VEHICLE:0.4;EXCEEDING AUTHORIZED SPEED LIMIT:0.3;"
    "ROAD ENGINEERING/SURFACE/MARKING DEFECTS:0.2;CELL PHONE USE OTHER THAN TEXTING:0.1"
)
_CR_CAUSE_ALIASES = {
    "FAILING TO YIELD RIGHT-OF-WAY": ("failing to yield", "failure to yield"),
    "FAILING TO REDUCE SPEED TO AVOID CRASH": ("failing to reduce speed",),
    "IMPROPER OVERTAKING/PASSING": ("improper overtaking", "improper passing"),
    "IMPROPER TURNING/NO SIGNAL": ("improper turning",),
    "DRIVING SKILLS/KNOWLEDGE/EXPERIENCE": ("driving skills",),
    "NOT APPLICABLE": ("N/A",),
}
_CR_DAYS = {1: "Sunday", 2: "Monday", 3: "Tuesday", 4: "Wednesday", 5: "Thursday", 6: "Friday", 7: "Saturday"}
_CR_DAMAGE = ("$500 OR LESS", "$501 - $1,500", "OVER $1,500")


def _cr_lighting(rng: np.random.Generator, hour: int, month: int) -> str:
    dark = hour < 6 or hour >= (17 if month in (11, 12, 1, 2) else 20)
    if rng.random() < 0.04:
        return "UNKNOWN"
    if hour in (6, 7) or hour in ((16, 17) if month in (11, 12, 1, 2) else (19, 20)):
        return str(_one(rng, ["DAWN" if hour < 12 else "DUSK", "DAYLIGHT", "DARKNESS, LIGHTED ROAD"], [40, 40, 20]))
    if dark:
        return str(_one(rng, ["DARKNESS, LIGHTED ROAD", "DARKNESS"], [80, 20]))
    return "DAYLIGHT"


def _chicago_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6704)
    days = pd.date_range("2019-01-01", "2023-12-31", freq="D")
    weight = np.asarray([_CR_YEARS[int(y)] / (366 if y % 4 == 0 else 365) for y in days.year])
    weight *= (
        np.asarray(_CR_MONTHS)[days.month.to_numpy() - 1]
        / np.asarray([31, 28.25, 31, 30, 31, 30] * 2)[days.month.to_numpy() - 1]
    )
    weight *= np.asarray(_CR_WEEKDAYS)[days.day_of_week.to_numpy()]
    lockdown = (days >= pd.Timestamp("2020-03-20")) & (days < pd.Timestamp("2020-06-01"))
    weight[lockdown] *= 0.55
    picked = rng.choice(len(days), 5000, p=weight / weight.sum())
    hours = np.asarray([float(x) for x in _split(_CR_HOURS)])
    rows: list[dict[str, Any]] = []
    for i in picked:
        day = days[int(i)]
        hour = int(rng.choice(24, p=hours / hours.sum()))
        minute = int(rng.integers(0, 12)) * 5 if rng.random() < 0.45 else int(rng.integers(0, 60))
        when = day + pd.Timedelta(hours=hour, minutes=minute)
        weather = _draw(rng, _CR_WEATHER[day.month in (11, 12, 1, 2, 3)])
        kind = _draw(rng, _CR_TYPES)
        hurt_p, fatal_p, units = _CR_HARM.get(kind, (0.04, 0.0, "2:93;3:5;1:2"))
        hurt_p *= 1.15 if weather in ("RAIN", "SNOW") else 1.0
        hurt = rng.random() < hurt_p
        injuries: float | None = float(rng.geometric(0.62)) if hurt else 0.0
        fatal: float | None = float(rng.random() < fatal_p) if hurt else 0.0
        severe = "NO INDICATION OF INJURY"
        if hurt:
            severe = _draw(rng, "NONINCAPACITATING INJURY:50;REPORTED, NOT EVIDENT:35;INCAPACITATING INJURY:15")
            severe = "FATAL" if fatal else severe
        towed = hurt or rng.random() < (0.45 if kind in ("ANGLE", "HEAD ON", "FIXED OBJECT") else 0.12)
        damage = _draw(rng, "0:8;1:22;2:70" if towed else "0:14;1:29;2:57")
        if rng.random() < 0.003:
            injuries, fatal, severe = None, None, ""
        cause = _draw(rng, _CR_CAUSES)
        if weather in ("SNOW", "FREEZING RAIN/DRIZZLE", "SLEET/HAIL") and rng.random() < 0.3:
            cause = "WEATHER"
        rows.append(
            {
                "CRASH_RECORD_ID": "".join(f"{int(b):02x}" for b in rng.integers(0, 256, 64)),
                "_when": when,
                "CRASH_DATE": f"{when:%m/%d/%Y %I:%M:%S %p}",
                "POSTED_SPEED_LIMIT": int(_draw(rng, _CR_SPEEDS)),
                "WEATHER_CONDITION": weather,
                "LIGHTING_CONDITION": _cr_lighting(rng, hour, day.month),
                "FIRST_CRASH_TYPE": kind,
                "ROADWAY_SURFACE_COND": _draw(rng, _CR_SURFACE.get(weather, "DRY:80;WET:10;UNKNOWN:10")),
                "CRASH_TYPE": "INJURY AND / OR TOW DUE TO CRASH" if towed else "NO INJURY / DRIVE AWAY",
                "DAMAGE": _CR_DAMAGE[int(damage)],
                "PRIM_CONTRIBUTORY_CAUSE": cause,
                "NUM_UNITS": int(_draw(rng, units)),
                "MOST_SEVERE_INJURY": severe or None,
                "INJURIES_TOTAL": injuries,
                "INJURIES_FATAL": fatal,
                "CRASH_HOUR": hour,
                "CRASH_DAY_OF_WEEK": (int(day.day_of_week) + 1) % 7 + 1,
                "CRASH_MONTH": int(day.month),
            }
        )
    frame = pd.DataFrame(rows).sort_values("_when", ascending=False, kind="stable", ignore_index=True)
    return frame[_CR_COLUMNS]


def _cr_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["CRASH_DATE"], format="%m/%d/%Y %I:%M:%S %p")


def _cr_causes(drop: tuple[str, ...]) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        causes = _text(d["PRIM_CONTRIBUTORY_CAUSE"])
        return _ranked(causes[~causes.isin(drop)].value_counts())

    return ranking


def _cr_injured(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        hurt = d["INJURIES_TOTAL"]
        return float((hurt > 0).sum() / (hurt.notna().sum() if known_only else len(hurt)))

    return share


_CR_ID = ("CRASH_RECORD_ID", "CRASH_DATE")
_CHICAGO_QS = [
    Q(
        "what are the top 3 causes of crashes? (ignore unable to determine)",
        either(
            _top_of(_cr_causes(("UNABLE TO DETERMINE",)), 3, _CR_CAUSE_ALIASES),
            _top_of(_cr_causes(("UNABLE TO DETERMINE", "NOT APPLICABLE")), 3, _CR_CAUSE_ALIASES),
        ),
        (*_CR_ID, "PRIM_CONTRIBUTORY_CAUSE"),
    ),
    Q(
        "what percent of crashes had at least one injury",
        either(_share(_cr_injured(False)), _share(_cr_injured(True))),
        (*_CR_ID, "INJURIES_TOTAL", "MOST_SEVERE_INJURY"),
    ),
    Q(
        "which hour of the day has the most crashes?",
        _lead(_clock(lambda d: int(_ranked(d["CRASH_HOUR"].value_counts()).index[0]))),
        (*_CR_ID, "CRASH_HOUR"),
    ),
    Q(
        "and which day of the week?",
        _lead(
            _named(
                lambda d: _CR_DAYS[int(_ranked(d["CRASH_DAY_OF_WEEK"].value_counts()).index[0])],
                _plural(list(_CR_DAYS.values()), 3),
            )
        ),
        (*_CR_ID, "CRASH_DAY_OF_WEEK"),
    ),
    Q(
        "number of crashes per year - going up or down?",
        _count(lambda d: _cr_when(d).dt.year.value_counts().sort_index().to_numpy()),
        (*_CR_ID,),
    ),
    Q(
        "what share of crashes did over $1,500 in damage",
        _share(lambda d: float((_text(d["DAMAGE"]) == "OVER $1,500").mean())),
        (*_CR_ID, "DAMAGE"),
    ),
]


# --- 5. World Bank population (API_SP.POP.TOTL_DS2_en_csv_v2) -----------------------------------------------------

# name|code|region|income|population in 1960, 1990 and 2022 (thousands)|other names
_WB_COUNTRIES = _fields(
    "Afghanistan|AFG|SAS|L|8622|10694|41129|;"
    "Albania|ALB|ECS|UM|1609|3286|2778|;"
    "Algeria|DZA|MEA|LM|11058|25518|44903|;"
    "American Samoa|ASM|EAS|H|20|47|44|;"
    "Andorra|AND|ECS|H|9|53|80|;"
    "Angola|AGO|SSF|LM|5455|11829|35589|;"
    "Antigua and Barbuda|ATG|LCN|H|55|63|93|;"
    "Argentina|ARG|LCN|UM|20482|32637|46235|;"
    "Armenia|ARM|ECS|UM|1874|3538|2780|;"
    "Aruba|ABW|LCN|H|54|62|106|;"
    "Australia|AUS|EAS|H|10276|17065|25978|;"
    "Austria|AUT|ECS|H|7048|7678|9042|;"
    "Azerbaijan|AZE|ECS|UM|3895|7212|10141|;"
    "Bahamas, The|BHS|LCN|H|110|270|410|Bahamas;"
    "Bahrain|BHR|MEA|H|162|496|1472|;"
    "Bangladesh|BGD|SAS|LM|50397|107147|171186|;"
    "Barbados|BRB|LCN|H|231|260|282|;"
    "Belarus|BLR|ECS|UM|8198|10189|9228|;"
    "Belgium|BEL|ECS|H|9154|9967|11686|;"
    "Belize|BLZ|LCN|UM|92|185|405|;"
    "Benin|BEN|SSF|LM|2432|5001|13353|;"
    "Bermuda|BMU|NAC|H|45|61|64|;"
    "Bhutan|BTN|SAS|LM|224|558|782|;"
    "Bolivia|BOL|LCN|LM|3707|7096|12224|;"
    "Bosnia and Herzegovina|BIH|ECS|UM|3215|4463|3234|;"
    "Botswana|BWA|SSF|UM|502|1341|2630|;"
    "Brazil|BRA|LCN|UM|72180|150706|215313|;"
    "British Virgin Islands|VGB|LCN|H|8|16|31|;"
    "Brunei Darussalam|BRN|EAS|H|82|259|449|Brunei;"
    "Bulgaria|BGR|ECS|UM|7867|8718|6465|;"
    "Burkina Faso|BFA|SSF|L|4829|8811|22674|;"
    "Burundi|BDI|SSF|L|2798|5439|12890|;"
    "Cabo Verde|CPV|SSF|LM|197|330|593|Cape Verde;"
    "Cambodia|KHM|EAS|LM|5723|9009|16768|;"
    "Cameroon|CMR|SSF|LM|5177|11658|27914|;"
    "Canada|CAN|NAC|H|17909|27791|38929|;"
    "Cayman Islands|CYM|LCN|H|8|26|68|;"
    "Central African Republic|CAF|SSF|L|1504|2809|5579|CAR;"
    "Chad|TCD|SSF|L|3001|5828|17723|;"
    "Channel Islands|CHI|ECS|H|109|142|176|;"
    "Chile|CHL|LCN|H|8133|13275|19604|;"
    "China|CHN|EAS|UM|667070|1135185|1412175|;"
    "Colombia|COL|LCN|UM|16481|34271|51874|;"
    "Comoros|COM|SSF|LM|190|431|837|;"
    "Congo, Dem. Rep.|COD|SSF|L|15248|35988|99010|DR Congo,DRC,Democratic Republic of the Congo,Congo (Kinshasa);"
    "Congo, Rep.|COG|SSF|LM|1014|2356|5970|Republic of the Congo,Congo-Brazzaville,Congo (Brazzaville);"
    "Costa Rica|CRI|LCN|UM|1334|3118|5180|;"
    "Cote d'Ivoire|CIV|SSF|LM|3475|12169|28160|Ivory Coast;"
    "Croatia|HRV|ECS|H|4140|4780|3855|;"
    "Cuba|CUB|LCN|UM|7141|10626|11212|;"
    "Curacao|CUW|LCN|H|124|148|150|;"
    "Cyprus|CYP|ECS|H|573|767|1251|;"
    "Czechia|CZE|ECS|H|9602|10333|10673|Czech Republic;"
    "Denmark|DNK|ECS|H|4580|5140|5903|;"
    "Djibouti|DJI|MEA|LM|84|590|1121|;"
    "Dominica|DMA|LCN|UM|60|69|73|;"
    "Dominican Republic|DOM|LCN|UM|3294|7184|11228|;"
    "Ecuador|ECU|LCN|UM|4546|10230|18001|;"
    "Egypt, Arab Rep.|EGY|MEA|LM|26632|56134|110990|Egypt;"
    "El Salvador|SLV|LCN|UM|2774|5368|6336|;"
    "Equatorial Guinea|GNQ|SSF|UM|256|379|1675|;"
    "Eritrea|ERI|SSF|L|1008|2121|3748|;"
    "Estonia|EST|ECS|H|1212|1570|1349|;"
    "Eswatini|SWZ|SSF|LM|350|860|1202|Swaziland;"
    "Ethiopia|ETH|SSF|L|22151|48058|123380|;"
    "Faroe Islands|FRO|ECS|H|35|48|53|;"
    "Fiji|FJI|EAS|UM|393|729|930|;"
    "Finland|FIN|ECS|H|4430|4986|5556|;"
    "France|FRA|ECS|H|46649|58261|67936|;"
    "French Polynesia|PYF|EAS|H|79|198|308|;"
    "Gabon|GAB|SSF|UM|499|949|2389|;"
    "Gambia, The|GMB|SSF|L|372|1000|2706|Gambia;"
    "Georgia|GEO|ECS|UM|3646|4802|3713|;"
    "Germany|DEU|ECS|H|72815|79433|83798|;"
    "Ghana|GHA|SSF|LM|6652|14773|33476|;"
    "Gibraltar|GIB|ECS|H|22|27|33|;"
    "Greece|GRC|ECS|H|8332|10196|10426|;"
    "Greenland|GRL|ECS|H|33|56|56|;"
    "Grenada|GRD|LCN|UM|90|97|125|;"
    "Guam|GUM|EAS|H|67|132|171|;"
    "Guatemala|GTM|LCN|UM|4210|9084|17358|;"
    "Guinea|GIN|SSF|L|3588|6088|13859|;"
    "Guinea-Bissau|GNB|SSF|L|617|1019|2106|;"
    "Guyana|GUY|LCN|H|571|743|809|;"
    "Haiti|HTI|LCN|LM|3867|7108|11585|;"
    "Honduras|HND|LCN|LM|2002|4955|10433|;"
    "Hong Kong SAR, China|HKG|EAS|H|3076|5704|7346|Hong Kong;"
    "Hungary|HUN|ECS|H|9984|10374|9644|;"
    "Iceland|ISL|ECS|H|176|255|382|;"
    "India|IND|SAS|LM|445955|870452|1417173|;"
    "Indonesia|IDN|EAS|UM|88296|182160|275501|;"
    "Iran, Islamic Rep.|IRN|MEA|LM|21177|55793|88551|Iran;"
    "Iraq|IRQ|MEA|UM|7290|17420|44496|;"
    "Ireland|IRL|ECS|H|2829|3514|5127|;"
    "Isle of Man|IMN|ECS|H|49|69|84|;"
    "Israel|ISR|MEA|H|2150|4660|9550|;"
    "Italy|ITA|ECS|H|50200|56719|58940|;"
    "Jamaica|JAM|LCN|UM|1629|2392|2827|;"
    "Japan|JPN|EAS|H|93216|123537|125125|;"
    "Jordan|JOR|MEA|UM|933|3566|11286|;"
    "Kazakhstan|KAZ|ECS|UM|9996|16348|19622|;"
    "Kenya|KEN|SSF|LM|8121|23162|54027|;"
    "Kiribati|KIR|EAS|LM|41|72|131|;"
    "Korea, Dem. People's Rep.|PRK|EAS|L|11424|20194|26069|North Korea;"
    "Korea, Rep.|KOR|EAS|H|25012|42869|51628|South Korea;"
    "Kosovo|XKX|ECS|UM|947|1862|1762|;"
    "Kuwait|KWT|MEA|H|302|1674|4269|;"
    "Kyrgyz Republic|KGZ|ECS|LM|2173|4391|6975|Kyrgyzstan;"
    "Lao PDR|LAO|EAS|LM|2120|4314|7529|Laos;"
    "Latvia|LVA|ECS|H|2121|2664|1879|;"
    "Lebanon|LBN|MEA|LM|1805|2704|5490|;"
    "Lesotho|LSO|SSF|LM|888|1599|2306|;"
    "Liberia|LBR|SSF|L|1039|2102|5303|;"
    "Libya|LBY|MEA|UM|1449|4236|6812|;"
    "Liechtenstein|LIE|ECS|H|17|29|39|;"
    "Lithuania|LTU|ECS|H|2779|3698|2832|;"
    "Luxembourg|LUX|ECS|H|313|382|653|;"
    "Macao SAR, China|MAC|EAS|H|172|351|695|Macao,Macau;"
    "Madagascar|MDG|SSF|L|5100|11767|29612|;"
    "Malawi|MWI|SSF|L|3651|9381|20405|;"
    "Malaysia|MYS|EAS|UM|8157|18029|33938|;"
    "Maldives|MDV|SAS|UM|90|221|524|;"
    "Mali|MLI|SSF|L|5264|8431|22594|;"
    "Malta|MLT|MEA|H|312|361|531|;"
    "Marshall Islands|MHL|EAS|UM|15|48|42|;"
    "Mauritania|MRT|SSF|LM|852|2040|4736|;"
    "Mauritius|MUS|SSF|UM|661|1059|1263|;"
    "Mexico|MEX|LCN|UM|37772|83943|127504|;"
    "Micronesia, Fed. Sts.|FSM|EAS|LM|45|96|115|Micronesia;"
    "Moldova|MDA|ECS|UM|2544|4364|2538|;"
    "Monaco|MCO|ECS|H|21|31|36|;"
    "Mongolia|MNG|EAS|LM|956|2184|3398|;"
    "Montenegro|MNE|ECS|UM|481|615|617|;"
    "Morocco|MAR|MEA|LM|12329|24807|37458|;"
    "Mozambique|MOZ|SSF|L|7494|13304|32970|;"
    "Myanmar|MMR|EAS|LM|21486|41335|54179|;"
    "Namibia|NAM|SSF|UM|627|1415|2567|;"
    "Nauru|NRU|EAS|H|4|9|13|;"
    "Nepal|NPL|SAS|LM|10105|18905|30548|;"
    "Netherlands|NLD|ECS|H|11486|14952|17700|;"
    "New Caledonia|NCL|EAS|H|78|170|290|;"
    "New Zealand|NZL|EAS|H|2372|3330|5124|;"
    "Nicaragua|NIC|LCN|LM|1775|4227|6948|;"
    "Niger|NER|SSF|L|3389|7940|26208|;"
    "Nigeria|NGA|SSF|LM|45138|95214|218541|;"
    "North Macedonia|MKD|ECS|UM|1392|1996|1837|Macedonia;"
    "Northern Mariana Islands|MNP|EAS|H|10|44|49|;"
    "Norway|NOR|ECS|H|3582|4241|5457|;"
    "Oman|OMN|MEA|H|552|1812|4576|;"
    "Pakistan|PAK|SAS|LM|44989|115414|235825|;"
    "Palau|PLW|EAS|UM|10|15|18|;"
    "Panama|PAN|LCN|H|1132|2449|4409|;"
    "Papua New Guinea|PNG|EAS|LM|1967|4118|10143|;"
    "Paraguay|PRY|LCN|UM|1898|4203|6781|;"
    "Peru|PER|LCN|UM|10155|22110|34050|;"
    "Philippines|PHL|EAS|LM|28486|61559|115559|;"
    "Poland|POL|ECS|H|29637|38111|36821|;"
    "Portugal|PRT|ECS|H|8858|9984|10410|;"
    "Puerto Rico|PRI|LCN|H|2358|3518|3222|;"
    "Qatar|QAT|MEA|H|47|476|2695|;"
    "Romania|ROU|ECS|H|18407|23202|19048|;"
    "Russian Federation|RUS|ECS|UM|119897|148292|143556|Russia;"
    "Rwanda|RWA|SSF|L|2933|7260|13777|;"
    "Samoa|WSM|EAS|LM|109|163|222|;"
    "San Marino|SMR|ECS|H|16|23|34|;"
    "Sao Tome and Principe|STP|SSF|LM|61|114|227|;"
    "Saudi Arabia|SAU|MEA|H|4087|16240|36409|;"
    "Senegal|SEN|SSF|LM|3207|7526|17316|;"
    "Serbia|SRB|ECS|UM|6784|7586|6664|;"
    "Seychelles|SYC|SSF|H|42|70|120|;"
    "Sierra Leone|SLE|SSF|L|2318|4182|8606|;"
    "Singapore|SGP|EAS|H|1646|3047|5637|;"
    "Sint Maarten (Dutch part)|SXM|LCN|H|3|27|44|Sint Maarten;"
    "Slovak Republic|SVK|ECS|H|3994|5299|5432|Slovakia;"
    "Slovenia|SVN|ECS|H|1585|2000|2112|;"
    "Solomon Islands|SLB|EAS|LM|125|313|724|;"
    "Somalia|SOM|SSF|L|2756|7385|17598|;"
    "South Africa|ZAF|SSF|UM|16520|39878|59894|;"
    "South Sudan|SSD|SSF|L|2955|5334|10913|;"
    "Spain|ESP|ECS|H|30455|38867|47779|;"
    "Sri Lanka|LKA|SAS|LM|9874|17331|22181|;"
    "St. Kitts and Nevis|KNA|LCN|H|51|41|48|Saint Kitts and Nevis;"
    "St. Lucia|LCA|LCN|UM|90|140|180|Saint Lucia;"
    "St. Martin (French part)|MAF|LCN|H|4|30|32|Saint Martin;"
    "St. Vincent and the Grenadines|VCT|LCN|UM|81|108|104|Saint Vincent and the Grenadines;"
    "Sudan|SDN|SSF|L|8364|20148|46874|;"
    "Suriname|SUR|LCN|UM|274|405|618|;"
    "Sweden|SWE|ECS|H|7485|8559|10487|;"
    "Switzerland|CHE|ECS|H|5328|6712|8776|;"
    "Syrian Arab Republic|SYR|MEA|L|4574|12447|22125|Syria;"
    "Tajikistan|TJK|ECS|LM|2087|5417|9952|;"
    "Tanzania|TZA|SSF|LM|10074|25204|65498|;"
    "Thailand|THA|EAS|UM|27398|56558|71697|;"
    "Timor-Leste|TLS|EAS|LM|503|746|1341|East Timor;"
    "Togo|TGO|SSF|L|1581|3875|8849|;"
    "Tonga|TON|EAS|UM|62|95|107|;"
    "Trinidad and Tobago|TTO|LCN|H|848|1222|1531|;"
    "Tunisia|TUN|MEA|LM|4177|8233|12356|;"
    "Turkiye|TUR|ECS|UM|27472|54324|84980|Turkey,Türkiye;"
    "Turkmenistan|TKM|ECS|UM|1594|3684|6431|;"
    "Turks and Caicos Islands|TCA|LCN|H|6|12|46|;"
    "Tuvalu|TUV|EAS|UM|6|9|11|;"
    "Uganda|UGA|SSF|L|6788|17418|47250|;"
    "Ukraine|UKR|ECS|LM|42663|51892|38000|;"
    "United Arab Emirates|ARE|MEA|H|133|1900|9441|UAE;"
    "United Kingdom|GBR|ECS|H|52400|57248|66971|UK;"
    "United States|USA|NAC|H|180671|249623|333288|USA,US,U.S.;"
    "Uruguay|URY|LCN|H|2539|3110|3423|;"
    "Uzbekistan|UZB|ECS|LM|8789|20510|35648|;"
    "Vanuatu|VUT|EAS|LM|64|150|327|;"
    "Venezuela, RB|VEN|LCN|UM|8170|19750|28302|Venezuela;"
    "Viet Nam|VNM|EAS|LM|32670|67989|98187|Vietnam;"
    "Virgin Islands (U.S.)|VIR|LCN|H|32|104|105|US Virgin Islands,U.S. Virgin Islands;"
    "West Bank and Gaza|PSE|MEA|LM|1050|2101|5043|Palestine;"
    "Yemen, Rep.|YEM|MEA|L|5542|13375|33697|Yemen;"
    "Zambia|ZMB|SSF|L|3070|8036|20018|;"
    "Zimbabwe|ZWE|SSF|LM|3807|10114|16321|"
)
_WB_REGIONS = {
    "EAS": "East Asia & Pacific",
    "ECS": "Europe & Central Asia",
    "LCN": "Latin America & Caribbean",
    "MEA": "Middle East & North Africa",
    "NAC": "North America",
    "SAS": "South Asia",
    "SSF": "Sub-Saharan Africa",
}
_WB_AFW = _split("BEN;BFA;CPV;CMR;CAF;TCD;COG;COD;CIV;GNQ;GAB;GMB;GHA;GIN;GNB;LBR;MLI;MRT;NER;NGA;STP;SEN;SLE;TGO")
_WB_EMU = _split("AUT;BEL;CYP;EST;FIN;FRA;DEU;GRC;IRL;ITA;LVA;LTU;LUX;MLT;NLD;PRT;SVK;SVN;ESP;HRV")
_WB_ARAB = _split("DZA;BHR;COM;DJI;EGY;IRQ;JOR;KWT;LBN;LBY;MRT;MAR;OMN;PSE;QAT;SAU;SOM;SDN;SYR;TUN;ARE;YEM")
_WB_OECD = _split(
    "AUS;AUT;BEL;CAN;CHL;COL;CRI;CZE;DNK;EST;FIN;FRA;DEU;GRC;HUN;ISL;IRL;ISR;ITA;JPN;KOR;LVA;LTU;LUX;MEX;NLD;NZL;"
    "NOR;POL;PRT;SVK;SVN;ESP;SWE;CHE;TUR;GBR;USA"
)


def _wb_in_region(code: str, poorer: bool = False) -> Callable[[list[str]], bool]:
    """Members of a region, or only those that are not high income."""
    return lambda c: c[2] == code and not (poorer and c[3] == "H")


def _wb_in(codes: list[str]) -> Callable[[list[str]], bool]:
    return lambda c: c[1] in codes


_WB_CEB = _split("BGR;HRV;CZE;EST;HUN;LVA;LTU;POL;ROU;SVK;SVN")
_WB_FCS = _split(
    "AFG;BFA;BDI;CMR;CAF;TCD;COM;COD;COG;ERI;ETH;HTI;IRQ;KIR;XKX;LBN;LBY;MLI;MHL;FSM;MOZ;MMR;NER;NGA;PNG;SLB;SOM;"
    "SSD;SDN;SYR;TLS;TUV;UKR;VEN;PSE;YEM;ZWE"
)
_WB_LDC = _split(
    "AFG;AGO;BGD;BEN;BTN;BFA;BDI;KHM;CAF;TCD;COM;COD;DJI;ERI;ETH;GMB;GIN;GNB;HTI;KIR;LAO;LSO;LBR;MDG;MWI;MLI;MRT;"
    "MOZ;MMR;NPL;NER;RWA;STP;SEN;SLE;SLB;SOM;SSD;SDN;TLS;TGO;TUV;UGA;TZA;YEM;ZMB"
)
_WB_PACIFIC = _split("FJI;KIR;MHL;FSM;NRU;PLW;WSM;SLB;TON;TUV;VUT")
_WB_CARIBBEAN = _split("ATG;BHS;BRB;BLZ;DMA;GRD;GUY;JAM;KNA;LCA;VCT;SUR;TTO")
# region: codes of its "(excluding high income)" and "(IDA & IBRD countries)" aggregates
_WB_REGION_PARTS = {
    "EAS": ("EAP", "TEA"),
    "ECS": ("ECA", "TEC"),
    "LCN": ("LAC", "TLA"),
    "MEA": ("MNA", "TMN"),
    "SAS": ("", "TSA"),
    "SSF": ("SSA", "TSS"),
}


# aggregate: code and the member countries, by code, region or income
_WB_AGGREGATES: dict[str, tuple[str, Callable[[list[str]], bool]]] = {
    "World": ("WLD", lambda c: True),
    **{name: (code, _wb_in_region(code)) for code, name in _WB_REGIONS.items()},
    "Africa Eastern and Southern": ("AFE", lambda c: c[2] == "SSF" and c[1] not in _WB_AFW),
    "Africa Western and Central": ("AFW", lambda c: c[1] in _WB_AFW),
    "Low income": ("LIC", lambda c: c[3] == "L"),
    "Lower middle income": ("LMC", lambda c: c[3] == "LM"),
    "Upper middle income": ("UMC", lambda c: c[3] == "UM"),
    "Middle income": ("MIC", lambda c: c[3] in ("LM", "UM")),
    "Low & middle income": ("LMY", lambda c: c[3] != "H"),
    "High income": ("HIC", lambda c: c[3] == "H"),
    "Euro area": ("EMU", lambda c: c[1] in _WB_EMU),
    "European Union": ("EUU", lambda c: c[1] in (*_WB_EMU, "BGR", "CZE", "DNK", "HUN", "POL", "ROU", "SWE")),
    "Arab World": ("ARB", lambda c: c[1] in _WB_ARAB),
    "OECD members": ("OED", lambda c: c[1] in _WB_OECD),
    "Central Europe and the Baltics": ("CEB", _wb_in(_WB_CEB)),
    "Fragile and conflict affected situations": ("FCS", _wb_in(_WB_FCS)),
    "Least developed countries: UN classification": ("LDC", _wb_in(_WB_LDC)),
    "Pacific island small states": ("PSS", _wb_in(_WB_PACIFIC)),
    "Caribbean small states": ("CSS", _wb_in(_WB_CARIBBEAN)),
    **{
        f"{_WB_REGIONS[region]} (excluding high income)": (poorer, _wb_in_region(region, True))
        for region, (poorer, _ida) in _WB_REGION_PARTS.items()
        if poorer
    },
    **{
        f"{_WB_REGIONS[region]} (IDA & IBRD{' countries' if region != 'SAS' else ''})": (
            ida,
            _wb_in_region(region, True),
        )
        for region, (_poorer, ida) in _WB_REGION_PARTS.items()
    },
    "Not classified": ("INX", lambda c: False),
}
_WB_AGG_CODES = tuple(code for code, _members in _WB_AGGREGATES.values())
# code: first and last year left blank
_WB_GAPS = {"ERI": (2012, 2022), "PSE": (1960, 1989), "SXM": (1960, 1997), "MAF": (1960, 1997)}
_WB_YEARS = [str(y) for y in range(1960, 2023)]
_WB_ALIASES = {c[0]: tuple(x for x in c[7].split(",") if x) for c in _WB_COUNTRIES}


def _wb_path(rng: np.random.Generator, anchors: tuple[float, float, float]) -> np.ndarray:
    """Population from 1960 to 2022 through three anchors (thousands, given a few last digits): a monotone cubic in
    logs (Fritsch-Carlson), so a country that grew and then shrank peaks at the middle anchor."""
    x = np.asarray([1960.0, 1990.0, 2022.0])
    y = np.log(np.asarray(anchors) * 1000 + rng.integers(0, 1000, 3))
    h = np.diff(x)
    d = np.diff(y) / h
    slopes = np.zeros(3)
    if d[0] * d[1] > 0:
        w1, w2 = 2 * h[1] + h[0], h[1] + 2 * h[0]
        slopes[1] = (w1 + w2) / (w1 / d[0] + w2 / d[1])
    for end, (near, far) in ((0, (0, 1)), (2, (1, 0))):
        m = ((2 * h[near] + h[far]) * d[near] - h[near] * d[far]) / (h[near] + h[far])
        if np.sign(m) != np.sign(d[near]):
            m = 0.0
        elif np.sign(d[near]) != np.sign(d[far]) and abs(m) > abs(3 * d[near]):
            m = 3 * d[near]
        slopes[end] = m
    years = np.arange(1960, 2023, dtype=float)
    k = np.minimum(np.searchsorted(x, years, side="right") - 1, 1)
    t = (years - x[k]) / h[k]
    curve = (2 * t**3 - 3 * t**2 + 1) * y[k] + (t**3 - 2 * t**2 + t) * h[k] * slopes[k]
    curve += (-2 * t**3 + 3 * t**2) * y[k + 1] + (t**3 - t**2) * h[k] * slopes[k + 1]
    return np.asarray(np.exp(curve))


def _population_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6705)
    paths = {c[1]: _wb_path(rng, (float(c[4]), float(c[5]), float(c[6]))) for c in _WB_COUNTRIES}
    rows: list[dict[str, Any]] = []
    for name, (code, member) in _WB_AGGREGATES.items():
        members = [c[1] for c in _WB_COUNTRIES if member(c)]
        values = sum((paths[m] for m in members), np.zeros(63)) if members else np.full(63, np.nan)
        rows.append({"Country Name": name, "Country Code": code, **dict(zip(_WB_YEARS, values, strict=True))})
    for c in _WB_COUNTRIES:
        values = paths[c[1]].copy()
        lo, hi = _WB_GAPS.get(c[1], (0, -1))
        values[max(lo - 1960, 0) : max(hi - 1959, 0)] = np.nan
        rows.append({"Country Name": c[0], "Country Code": c[1], **dict(zip(_WB_YEARS, values, strict=True))})
    frame = pd.DataFrame(rows)
    frame[_WB_YEARS] = frame[_WB_YEARS].round().astype("Int64")
    frame.insert(2, "Indicator Name", "Population, total")
    frame.insert(3, "Indicator Code", "SP.POP.TOTL")
    frame[""] = np.nan
    return frame.sort_values("Country Name", key=lambda s: s.str.lower(), ignore_index=True)


def _wb_countries(d: pd.DataFrame) -> pd.DataFrame:
    return d[~_text(d["Country Code"]).isin(_WB_AGG_CODES)].set_index("Country Name")


def _wb_row(d: pd.DataFrame, code: str) -> pd.Series:
    return d[_text(d["Country Code"]) == code].iloc[0]


def _wb_growth(d: pd.DataFrame) -> pd.Series:
    c = _wb_countries(d)
    return _ranked((c["2022"] / c["2000"] - 1).dropna())


def _wb_passed(code: str, level: float) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        row = _wb_row(d, code)[_WB_YEARS].astype(float)
        return float(next(y for y in _WB_YEARS if row[y] >= level))

    return year


def _wb_ssa_shares(d: pd.DataFrame) -> list[float]:
    ssa, world = _wb_row(d, "SSF"), _wb_row(d, "WLD")
    return [float(ssa["2022"]) / float(world["2022"]), float(ssa["1960"]) / float(world["1960"])]


_WB_ID = ("Country Name", "Country Code")
_POPULATION_QS = [
    Q(
        "what was the world population in 1960 and in 2022?",
        _scaled(lambda d: _wb_row(d, "WLD")[["1960", "2022"]].astype(float).to_numpy(), (1e9, 1e6)),
        (*_WB_ID, "1960", "2022"),
    ),
    Q(
        "which country had the biggest population in 2022",
        _lead(_named(lambda d: str(_wb_countries(d)["2022"].astype(float).idxmax()), _WB_ALIASES)),
        (*_WB_ID, "2022"),
    ),
    Q(
        "top 5 fastest growing countries between 2000 and 2022 (% growth)",
        _top_of(_wb_growth, 5, _WB_ALIASES),
        (*_WB_ID, "2000", "2022"),
    ),
    Q(
        "how many countries had more than 100 million people in 2022?",
        _count(lambda d: float((_wb_countries(d)["2022"] > 100e6).sum())),
        (*_WB_ID, "2022"),
    ),
    Q(
        "chart nigeria's population over time. what year did it pass 100 million?",
        _year(_wb_passed("NGA", 100e6)),
        (*_WB_ID, *_WB_YEARS),
    ),
    Q(
        "what % of the world's people lived in sub-saharan africa in 2022, vs 1960?",
        _shares(_wb_ssa_shares),
        (*_WB_ID, "1960", "2022"),
    ),
]


# --- 6. HR analytics (Kaggle "Human Resources Analytics", HR_comma_sep.csv, first version) -------------------------

# department (in the column headed "sales"): share of staff, satisfaction shift, promotion rate
_HR_DEPARTMENTS: dict[str, tuple[float, float, float]] = {
    "sales": (27.6, 0.0, 0.024),
    "technical": (18.1, -0.004, 0.01),
    "support": (14.9, 0.006, 0.008),
    "IT": (8.2, 0.0, 0.003),
    "product_mng": (6.0, 0.002, 0.0),
    "marketing": (5.7, 0.004, 0.05),
    "RandD": (5.2, 0.012, 0.034),
    "accounting": (5.1, -0.07, 0.02),
    "hr": (4.9, -0.028, 0.028),
    "management": (4.2, 0.018, 0.109),
}
_HR_SALARIES = {"low": (48.8, 0.29), "medium": (42.9, 0.2), "high": (8.3, 0.066)}
_HR_ALIASES = {
    "RandD": ("R&D", "R and D"),
    "product_mng": ("product management", "product mng"),
    "hr": ("human resources",),
    "accounting": ("accountants",),
}


def _hr_row(rng: np.random.Generator) -> dict[str, Any]:
    dept = str(_one(rng, list(_HR_DEPARTMENTS), [v[0] for v in _HR_DEPARTMENTS.values()]))
    _w, shift, promote_p = _HR_DEPARTMENTS[dept]
    salary = str(_one(rng, list(_HR_SALARIES), [v[0] for v in _HR_SALARIES.values()]))
    accident = rng.random() < 0.145
    promoted = rng.random() < promote_p
    leave_p = _HR_SALARIES[salary][1] * (0.32 if accident else 1.0) * (0.35 if promoted else 1.0)
    left = rng.random() < leave_p * (1.5 if shift < -0.05 else 1.0)
    if left:
        kind = str(_one(rng, ["overworked", "underused", "poached"], [34, 46, 20]))
        if kind == "overworked":
            spec = (rng.uniform(0.09, 0.11), rng.uniform(0.77, 1.0), int(_one(rng, [6, 7], [72, 28])), 240, 310, 4, 5)
        elif kind == "underused":
            spec = (rng.uniform(0.37, 0.46), rng.uniform(0.45, 0.57), 2, 126, 161, 3, 3)
        else:
            spec = (rng.uniform(0.72, 0.92), rng.uniform(0.8, 1.0), int(_one(rng, [4, 5], [45, 55])), 215, 280, 5, 6)
        satisfaction, evaluation, projects, h_lo, h_hi, y_lo, y_hi = spec
        hours, years = int(rng.integers(h_lo, h_hi + 1)), int(rng.integers(y_lo, y_hi + 1))
    else:
        satisfaction = float(np.clip(rng.beta(3.2, 1.5) + shift, 0.12, 1.0))
        evaluation = float(rng.uniform(0.36, 1.0))
        projects = int(_one(rng, [2, 3, 4, 5, 6], [6, 35, 33, 20, 6]))
        hours = int(np.clip(rng.normal(168 + 11 * projects, 38), 96, 287))
        years = int(_one(rng, [2, 3, 4, 5, 6, 7, 8, 10], [30, 44, 12, 5, 4, 2, 1.5, 1.5]))
    return {
        "satisfaction_level": round(float(satisfaction), 2),
        "last_evaluation": round(float(evaluation), 2),
        "number_project": int(projects),
        "average_montly_hours": int(hours),
        "time_spend_company": int(years),
        "Work_accident": int(accident),
        "left": int(left),
        "promotion_last_5years": int(promoted),
        "sales": dept,
        "salary": salary,
    }


def _hr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6706)
    unique = pd.DataFrame([_hr_row(rng) for _ in range(4180)])
    unique = unique.drop_duplicates(ignore_index=True)
    leavers = np.flatnonzero(unique["left"].to_numpy() == 1)
    stayers = np.flatnonzero(unique["left"].to_numpy() == 0)
    weight = np.where(unique["left"].to_numpy() == 1, 4.0, 1.0)
    copies = rng.choice(len(unique), 5000 - len(unique), p=weight / weight.sum())
    head = rng.permutation(leavers)[: int(0.7 * len(leavers))]
    tail = np.concatenate([np.setdiff1d(leavers, head), copies])
    order = np.concatenate([np.sort(head), stayers, tail[rng.permutation(len(tail))]])
    return unique.iloc[order].reset_index(drop=True)


def _hr_each(make: Callable[[Callable[[pd.DataFrame], pd.DataFrame]], Check]) -> Check:
    """`make` applied to both views of the file, either passing."""
    return either(make(lambda d: d), make(lambda d: d.drop_duplicates()))


def _hr_busy(view: Callable[[pd.DataFrame], pd.DataFrame], inclusive: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def busy(d: pd.DataFrame) -> pd.DataFrame:
        v = view(d)
        hours = v["average_montly_hours"]
        return v[hours >= 250 if inclusive else hours > 250]

    return busy


def _hr_busy_count(view: Callable[[pd.DataFrame], pd.DataFrame], inclusive: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(len(_hr_busy(view, inclusive)(d)))


def _hr_busy_left(view: Callable[[pd.DataFrame], pd.DataFrame], inclusive: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_hr_busy(view, inclusive)(d)["left"].mean())


_HR_ID = ("sales",)
_HR_COLUMNS = (
    "satisfaction_level",
    "last_evaluation",
    "number_project",
    "average_montly_hours",
    "time_spend_company",
    "Work_accident",
    "left",
    "promotion_last_5years",
    "sales",
    "salary",
)
_HR_QS = [
    Q(
        "avg satisfaction level of people who left vs people who stayed",
        _hr_each(lambda v: has(lambda d: v(d).groupby("left")["satisfaction_level"].mean().to_numpy())),
        ("left", "satisfaction_level"),
    ),
    Q(
        "which department is the least satisfied?",
        _hr_each(
            lambda v: _lead(
                _named(
                    lambda d: str(_ranked(v(d).groupby("sales")["satisfaction_level"].mean(), True).index[0]),
                    _HR_ALIASES,
                )
            )
        ),
        (*_HR_ID, "satisfaction_level"),
    ),
    Q(
        "are there duplicate rows? how many",
        either(_count(lambda d: float(d.duplicated().sum())), _count(lambda d: float(d.duplicated(keep=False).sum()))),
        _HR_COLUMNS,
    ),
    Q(
        "correlation between number of projects and monthly hours?",
        _hr_each(lambda v: _corr(lambda d: v(d)["number_project"], lambda d: v(d)["average_montly_hours"])),
        ("number_project", "average_montly_hours"),
    ),
    Q(
        "how many employees average more than 250 hours a month",
        _hr_each(lambda v: either(*(_count(_hr_busy_count(v, b)) for b in (False, True)))),
        ("average_montly_hours",),
    ),
    Q(
        "what % of them left?",
        _hr_each(lambda v: either(*(_share(_hr_busy_left(v, b)) for b in (False, True)))),
        ("average_montly_hours", "left"),
    ),
]


# --- 7. Animal Crossing villagers (TidyTuesday 2020-05-05, villagers.csv) -------------------------------------------

_AC_SPECIES = (
    "cat:23;rabbit:20;squirrel:18;frog:18;duck:17;dog:16;cub:16;pig:15;bear:15;mouse:15;horse:15;bird:13;penguin:13;"
    "sheep:13;elephant:11;wolf:11;ostrich:10;deer:10;eagle:9;gorilla:9;chicken:9;koala:9;goat:8;hamster:8;"
    "kangaroo:8;monkey:8;anteater:7;hippo:7;tiger:7;alligator:7;lion:7;bull:6;rhino:6;cow:4;octopus:3"
)
_AC_PERSONALITIES = {"male": "lazy:60;cranky:55;jock:55;smug:34", "female": "normal:59;snooty:55;peppy:49;uchi:24"}
_AC_MONTHS = "1:31;2:28;3:33;4:32;5:34;6:31;7:32;8:33;9:32;10:36;11:31;12:38"
_AC_SONGS = _split(
    "K.K. Bossa;Bubblegum K.K.;K.K. Calypso;Steep Hill;Only Me;K.K. Ska;Stale Cupcakes;K.K. Western;Aloha K.K.;"
    "K.K. Rockabilly;Forest Life;K.K. Jongara;Spring Blossoms;Hypno K.K.;K.K. Dixie;Café K.K.;K.K. Love Song;"
    "Comrade K.K.;I Love You;Two Days Ago;K.K. Milonga;Mountain Song;K.K. Ballad;Lucky K.K.;K.K. Mambo;"
    "K.K. Chorale;K.K. Etude;K.K. Parade;K.K. Reggae;K.K. Soul;K.K. Swing;Surfin' K.K.;Wandering;K.K. Cruisin';"
    "K.K. Lament;Mr. K.K.;K.K. Condor;Rockin' K.K.;K.K. Marathon;K.K. Salsa;K.K. Tango;K.K. Song;Go K.K. Rider;"
    "Agent K.K.;K.K. House;K.K. Synth;My Place;Pondering;K.K. Faire;K.K. Sonata;K.K. Technopop;K.K. Waltz;"
    "K.K. Aria;K.K. Steppe;K.K. Groove;Neapolitan;Soulful K.K.;Imperial K.K.;K.K. Flamenco;K.K. Stroll;"
    "K.K. Adventure;K.K. Oasis;K.K. Dirge;K.K. Island;Space K.K.;K.K. Disco;K.K. Blues;K.K. Bazaar;K.K. Metal;"
    "King K.K.;K.K. Casbah;K.K. Jazz;K.K. Folk;K.K. Rally;K.K. Rock;K.K. Moody;K.K. Hop;K.K. Mariachi;Drivin'"
)
_AC_HEADS = _split(
    "Ad;Al;Ap;Bea;Bel;Bil;Bon;Bru;Cha;Che;Coco;Cur;Dai;Del;Dom;Ed;Eu;Fau;Fil;Flo;Frit;Gab;Gal;Gin;Gol;Hal;Hen;Hop;"
    "Iz;Jac;Jam;Kab;Kit;Kik;Lol;Luc;Mar;Mel;Mit;Moe;Nan;Nib;Oc;Ol;Pan;Pec;Pip;Pom;Quil;Ral;Rex;Rod;Sal;Sas;Shi;Sly;"
    "Tab;Tam;Tia;Tuc;Ur;Val;Vic;Wal;Wen;Wil;Zel;Zuc;Bo;Cy;Dot;Fang;Gru;Jit;Kod;Mott;Pud;Ruby;Snak;Tang;Vesp"
)
_AC_TAILS = _split("a;ie;o;y;ette;ina;ley;ton;ber;bo;dy;ly;ra;ny;ee;ick;ard;elle;us;an;i;ko;zo;ma;ro;ine;ster;mo")
_AC_SPECIALS = _split("Agent S;Wart Jr.;O'Hare;Renée;Big Top;Kid Cat;Mr. Pine;Bea-Bea;Paolo;Dr. Shrunk")
_AC_SYLLABLES = _split("bo;ka;pi;ru;mo;ne;zu;ta;li;ho;ba;do;fu;gi;me;no;po;ri;so;wa;ya;ki;la;ze;chu;pon;bop;dee")


def _ac_id(name: str) -> str:
    plain = name.lower().replace("é", "e").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _villagers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6707)
    species = _deal(rng, _AC_SPECIES, 391)
    genders = ["male"] * 204 + ["female"] * 187
    traits = _deal(rng, _AC_PERSONALITIES["male"], 204) + _deal(rng, _AC_PERSONALITIES["female"], 187)
    order = rng.permutation(391)
    months = _deal(rng, _AC_MONTHS, 391)
    used: set[str] = set()
    names = [*_AC_SPECIALS]
    used.update(names)
    while len(names) < 391:
        names.append(_unique(rng, lambda r: f"{_one(r, _AC_HEADS)}{_one(r, _AC_TAILS)}", used))
    names = [names[int(i)] for i in rng.permutation(391)]
    rows: list[dict[str, Any]] = []
    for k in range(391):
        month = int(months[k])
        day = int(rng.integers(1, (29 if month == 2 else 31 if month in (4, 6, 9, 11) else 32)))
        vid = _ac_id(names[k])
        words = int(_one(rng, [1, 2], [70, 30]))
        phrase = " ".join(
            "".join(_one(rng, _AC_SYLLABLES) for _ in range(int(rng.integers(1, 4)))) for _ in range(words)
        )
        rows.append(
            {
                "id": vid,
                "name": names[k],
                "gender": genders[int(order[k])],
                "species": species[k],
                "birthday": f"{month}-{day}",
                "personality": traits[int(order[k])],
                "song": str(_one(rng, _AC_SONGS)) if rng.random() > 0.028 else None,
                "phrase": phrase,
                "full_id": f"villager-{vid}",
                "url": f"https://villagerdb.com/images/villagers/thumb/{vid}.{rng.integers(0, 16**7):07x}.png",
            }
        )
    frame = pd.DataFrame(rows).sort_values("id", ignore_index=True)
    frame.insert(0, "row_n", 2 + np.cumsum(rng.integers(1, 4, len(frame))) - 1)
    return frame


def _ac_female(species: str | None) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        kept = d if species is None else d[_text(d["species"]) == species]
        return float((_text(kept["gender"]) == "female").mean())

    return share


def _ac_birth_month(d: pd.DataFrame) -> int:
    months = _text(d["birthday"]).str.split("-").str[0].astype(int)
    return int(_ranked(months.value_counts()).index[0])


_AC_ID = ("id", "name", "row_n")
_AC_SPECIES_NAMES = _table(_AC_SPECIES)[0]
_VILLAGERS_QS = [
    Q(
        "which species has the most villagers?",
        _lead(_named(lambda d: str(_ranked(_text(d["species"]).value_counts()).index[0]), _plural(_AC_SPECIES_NAMES))),
        (*_AC_ID, "species"),
    ),
    Q(
        "what percent of villagers are female",
        _share(_ac_female(None)),
        (*_AC_ID, "gender"),
    ),
    Q(
        "and for the cats only?",
        _share(_ac_female("cat")),
        (*_AC_ID, "gender", "species"),
    ),
    Q(
        "how many villagers are there of each personality type",
        both(
            _all_named(lambda d: [str(x) for x in _text(d["personality"]).unique()]),
            _count(lambda d: _text(d["personality"]).value_counts().to_numpy()),
        ),
        (*_AC_ID, "personality"),
    ),
    Q(
        "which month has the most birthdays?",
        _lead(_month_of(_ac_birth_month)),
        (*_AC_ID, "birthday"),
    ),
    Q(
        "how many villagers dont have a song listed?",
        _count(lambda d: float(d["song"].isna().sum())),
        (*_AC_ID, "song"),
    ),
]


HELDOUT67: list[Dataset] = [
    Dataset("store_item_demand", _store_items_frame, _STORE_ITEMS_QS),
    Dataset("goodbooks_10k_books", _goodbooks_frame, _GOODBOOKS_QS),
    Dataset("canada_wind_turbines", _turbines_frame, _TURBINES_QS),
    Dataset("chicago_traffic_crashes", _chicago_frame, _CHICAGO_QS),
    Dataset("world_bank_population", _population_frame, _POPULATION_QS),
    Dataset("hr_analytics_attrition", _hr_frame, _HR_QS),
    Dataset("animal_crossing_villagers", _villagers_frame, _VILLAGERS_QS),
]
