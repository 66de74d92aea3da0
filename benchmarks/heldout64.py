"""HELDOUT64: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Netflix Movies and TV Shows file (netflix_titles.csv, 3000 titles) with "s1" show ids, Movie / TV Show types,
comma-joined directors (blank for most shows), cast and countries ("United States, India", some blank), date_added
written "September 25, 2021" (with a leading space for some shows, four blank), release_year, TV-MA / PG-13 style
ratings (two blank, and the three Louis C.K. specials with their length, "74 min", in the rating and a blank
duration), duration as "90 min" for movies and "1 Season" / "2 Seasons" for shows, comma-joined listed_in genres and
a description, newest additions first; Kaggle's Credit Card Fraud Detection file (creditcard.csv, 5000 transactions
over two days) with Time in seconds from the first transaction, the PCA components V1 to V6 at full precision,
Amount in euros (a few 0.00) and Class 0 / 1 with about one fraud in two hundred; Kaggle's Video Game Sales file
(vgsales.csv, 5000 games) with Rank, Name (the same game once per platform), platform codes such as "PS2", "Wii",
"X360" and "2600", Year with "N/A" for some games, Genre, Publisher (a few "N/A" and "Unknown") and NA_Sales,
EU_Sales, JP_Sales, Other_Sales and Global_Sales in millions of copies, best sellers first, the global figure
sometimes rounded on its own so it can differ from the sum of the regions by a hundredth or two; TidyTuesday's Bob
Ross paintings elements (403 episodes, S01E01 to S31E13) with EPISODE, the TITLE upper-case inside literal quotes
("\"A WALK IN THE WOODS\"") and 0 / 1 columns from APPLE_FRAME to WINTER; Kaggle's Advertising.csv (200 markets)
with its unnamed row-number column, TV, Radio and Newspaper budgets in thousands of dollars and Sales in thousands
of units; Kaggle's Fish market file (Fish.csv, 159 fish) with Species (Bream, Roach, Whitefish, Parkki, Perch, Pike,
Smelt, in that order), Weight in grams (one Roach weighing 0), Length1, Length2 and Length3 in centimetres and
Height and Width; and Kaggle's Salary_Data.csv (2500 employees) with float Age and Years of Experience, Male /
Female / Other Gender, Education Level written "Bachelor's", "Bachelor's Degree", "Master's", "Master's Degree",
"PhD" (once "phD") or "High School", Job Title, and Salary in dollars with three wholly blank rows, a few more
blanks and a few absurd salaries such as 350. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _table
from .heldout39 import _US, _clock, _fields
from .heldout40 import _fixed
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top_as(
    ranking: Callable[[pd.DataFrame], pd.Series], k: int, aliases: Mapping[str, tuple[str, ...]] | None = None
) -> Check:
    """The first `k` labels of a ranking (scores indexed by label, best first), ties at the cut allowed, each said as
    itself or one of its aliases."""

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


def _above(column: str, floor: float) -> Check:
    """How many rows lie above `floor`, read as "more than" or as "at least"."""
    return either(
        _count(lambda d: float((d[column] > floor).sum())),
        _count(lambda d: float((d[column] >= floor).sum())),
    )


def _people(rng: np.random.Generator, first: list[str], last: list[str], k: int) -> str:
    return ", ".join(f"{_one(rng, first)} {_one(rng, last)}" for _ in range(k))


# --- 1. Netflix titles (Kaggle "Netflix Movies and TV Shows", netflix_titles.csv) ----------------------------------

_NF_COLUMNS = "show_id;type;title;director;cast;country;date_added;release_year;rating;duration;listed_in;description"
# the year a title was added: weight (the real file's counts; 2021 runs to September 25)
_NF_ADDED = "2008:2;2009:2;2010:1;2011:13;2012:3;2013:11;2014:24;2015:82;2016:429;2017:1188;2018:1649;2019:2016;"
_NF_ADDED += "2020:1879;2021:1498"
# kind: weight, movie (1) or show (0), minutes as mean|sd (movies), listed_in options ("|" between them)
_NF_KINDS: dict[str, tuple[float, int, str, str]] = {
    "drama": (
        30,
        1,
        "112|24",
        "Dramas, International Movies|Dramas|Dramas, Independent Movies|"
        "Dramas, Independent Movies, International Movies|Dramas, International Movies, Romantic Movies|"
        "Dramas, International Movies, Thrillers",
    ),
    "comedy": (
        18,
        1,
        "102|18",
        "Comedies|Comedies, Dramas, International Movies|Comedies, International Movies|Comedies, Romantic Movies|"
        "Comedies, International Movies, Romantic Movies",
    ),
    "action": (
        12,
        1,
        "116|22",
        "Action & Adventure|Action & Adventure, International Movies|Action & Adventure, Sci-Fi & Fantasy|"
        "Action & Adventure, Comedies|Action & Adventure, Thrillers",
    ),
    "documentary": (
        11,
        1,
        "88|18",
        "Documentaries|Documentaries, International Movies|Documentaries, Music & Musicals|"
        "Documentaries, Sports Movies",
    ),
    "kids": (
        8,
        1,
        "80|20",
        "Children & Family Movies|Children & Family Movies, Comedies|Children & Family Movies, Music",
    ),
    "thriller": (
        8,
        1,
        "98|14",
        "Horror Movies|Horror Movies, International Movies|Thrillers|Horror Movies, Thrillers|"
        "International Movies, Thrillers",
    ),
    "standup": (6, 1, "62|12", "Stand-Up Comedy"),
    "tv drama": (
        30,
        0,
        "",
        "International TV Shows, TV Dramas|Crime TV Shows, International TV Shows, TV Dramas|"
        "International TV Shows, Romantic TV Shows, TV Dramas|International TV Shows, TV Dramas, TV Mysteries",
    ),
    "tv comedy": (14, 0, "", "TV Comedies|International TV Shows, TV Comedies|Romantic TV Shows, TV Comedies"),
    "kids tv": (16, 0, "", "Kids' TV|Kids' TV, TV Comedies|Anime Series, Kids' TV"),
    "docuseries": (
        14,
        0,
        "",
        "Docuseries|British TV Shows, Docuseries, International TV Shows|Crime TV Shows, Docuseries|"
        "Docuseries, Science & Nature TV",
    ),
    "reality": (10, 0, "", "Reality TV|International TV Shows, Reality TV|Reality TV, Romantic TV Shows"),
    "anime": (8, 0, "", "Anime Series, International TV Shows|Anime Series, Crime TV Shows|Anime Series"),
    "crime": (
        8,
        0,
        "",
        "Crime TV Shows, TV Dramas, TV Thrillers|Crime TV Shows, International TV Shows, Spanish-Language TV Shows",
    ),
}
_NF_MOVIE_COUNTRIES = (
    "United States:34;India:14.5;United Kingdom:3.4;Canada:2;Spain:1.6;Egypt:1.5;Nigeria:1.4;Indonesia:1.3;"
    "Turkey:1.2;Japan:1.2;Philippines:1.2;France:1.1;Mexico:1.1;United Kingdom, United States:0.8;"
    "United States, Canada:0.8;Canada, United States:0.6;United States, United Kingdom:0.7;Germany:0.6;Brazil:0.6;"
    "Argentina:0.6;Thailand:0.6;Hong Kong:0.6;China:0.5;South Korea:0.7;France, Belgium:0.3;India, United States:0.3;"
    "Australia:0.5;South Africa:0.4;Italy:0.4;:3"
)
_NF_SHOW_COUNTRIES = (
    "United States:32;United Kingdom:9;Japan:4;South Korea:6.1;India:3.1;Taiwan:2.5;Canada:2.2;France:1.8;"
    "Australia:1.7;Spain:1.7;Mexico:1.6;Brazil:1;Turkey:0.9;United States, Canada:0.8;"
    "United Kingdom, United States:0.5;Colombia:0.7;Germany:0.6;China:0.6;Thailand:0.5;Argentina:0.5;Nigeria:0.3;:14"
)
_NF_MOVIE_RATINGS = "TV-MA:34;TV-14:22;R:13;TV-PG:8.5;PG-13:8;PG:4.7;TV-Y7:2;TV-Y:2;TV-G:2.2;NR:1.2;G:0.7;TV-Y7-FV:0.05"
_NF_MOVIE_RATINGS += ";NC-17:0.05;UR:0.05"
_NF_SHOW_RATINGS = "TV-MA:42;TV-14:27;TV-PG:12;TV-Y7:7;TV-Y:6;TV-G:4;NR:0.2;R:0.1;TV-Y7-FV:0.1"
_NF_KID_RATINGS = "TV-Y7:32;TV-Y:28;TV-G:18;TV-PG:12;G:4;PG:6"
_NF_SEASONS = "1:67;2:16;3:7.5;4:3.6;5:2.4;6:1.3;7:0.9;8:0.6;9:0.4;10:0.3;12:0.1;13:0.1;15:0.05;17:0.03"
# director|kind|country|titles (the named directors with most titles; a title prefix for the two kids' series)
_NF_STARS = _fields(
    "Rajiv Chilaka|kids|India|12;Suhas Kadav|kids|India|7;Raúl Campos, Jan Suter|standup|Mexico|7;"
    "Marcus Raboy|standup|United States|6;Jay Karas|standup|United States|6;Cathy Garcia-Molina|comedy|Philippines|5;"
    "Youssef Chahine|drama|Egypt|5;Martin Scorsese|drama|United States|5;Jay Chapman|standup|United States|5;"
    "Steven Spielberg|action|United States|4"
)
_NF_KID_TITLES = {
    "Rajiv Chilaka": _split(
        "Chhota Bheem and the Curse of Damyaan;Chhota Bheem: Kung Fu Dhamaka;Chhota Bheem: Master of Shaolin;"
        "Chhota Bheem and the Rise of Kirmada;Chhota Bheem and the Broken Amulet;Chhota Bheem: Journey to Petra;"
        "Chhota Bheem: Bheem vs Aliens;Chhota Bheem: Dus Pe Dus;Chhota Bheem: Neeli Pahadi;"
        "Chhota Bheem and the Crown of Valhalla;Chhota Bheem: Mayanagri;Chhota Bheem: Himalayan Adventure"
    ),
    "Suhas Kadav": _split(
        "Little Singham: Kaal Ki Tabaahi;Little Singham: Black Shadow;Little Singham aur Kaal ka Mahajaal;"
        "Little Singham: Legend of Dugabakka;Little Singham in London;Little Singham: Mahabali;"
        "Little Singham: Future mein Satakli"
    ),
}
# title|release year|rating (the length that belongs in duration)|date added
_NF_LOUIS = _fields(
    "Louis C.K. 2017|2017|74 min|April 4, 2017;Louis C.K.: Hilarious|2010|84 min|September 16, 2016;"
    "Louis C.K.: Live at the Comedy Store|2015|66 min|August 15, 2016"
)
_NF_FIRST = _split(
    "James;Michael;David;Robert;John;Mark;Daniel;Kevin;Chris;Paul;Peter;Tom;Sarah;Emily;Anna;Julia;Kate;Laura;Maria;"
    "Rahul;Priya;Arjun;Anil;Kavya;Deepika;Amit;Kenji;Yuki;Hiro;Min-jun;Ji-woo;Seo-yeon;Carlos;Luis;Sofia;Diego;Mateo;"
    "Lucia;Ahmed;Omar;Mona;Youssef;Chidi;Ngozi;Tunde;Emre;Elif;Burak;Pierre;Camille;Hans;Lena;Marco;Giulia;Joaquín"
)
_NF_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Wilson;Taylor;Clark;Lewis;Walker;Young;Allen;King;Wright;Scott;"
    "Green;Baker;Adams;Kapoor;Sharma;Khan;Patel;Singh;Reddy;Nair;Tanaka;Sato;Suzuki;Kim;Park;Lee;Choi;Garcia;Lopez;"
    "Hernández;Martínez;Rodríguez;Fernández;Hassan;El-Sayed;Mostafa;Okafor;Adeyemi;Yilmaz;Demir;Dubois;Martin;"
    "Schmidt;Weber;Rossi;Bianchi;Santos;Silva;Reyes;Cruz"
)
_NF_ADJ = _split(
    "Last;Dark;Lost;Secret;Hidden;Broken;Wild;Little;Silent;Golden;Perfect;Crazy;Deadly;Beautiful;Invisible;"
    "Midnight;Eternal;Forbidden;Reckless;Sweet;Bitter;Electric;Cursed;Royal;Savage;Fearless;Endless;Burning;Frozen"
)
_NF_NOUN = _split(
    "Love;Game;City;Night;House;Road;Dream;Kingdom;Heart;Promise;Summer;Family;Mission;Wedding;Heist;Crown;Revenge;"
    "Island;Ghost;Legacy;Escape;Stranger;Memory;Journey;Witness;Empire;Paradise;Truth;Queen;Killer;Angel;Storm;"
    "Border;Detective;Prince;Bride;School;Hotel;Academy;Chef;Doctor;Lawyer;Thief;Teacher;Champion"
)
_NF_PLACES = _split(
    "Mumbai;Seoul;Tokyo;Madrid;Cairo;Lagos;Istanbul;Mexico City;Paris;London;Berlin;Manila;Jakarta;Bangkok;Texas;"
    "Brooklyn;Rio;Buenos Aires;Delhi;Taipei;Bogotá;Kyoto"
)
_NF_BITS = _split(
    "Live in {p};Unfiltered;Just Kidding;Off the Record;Raw;The Last Laugh;No Filter;Homecoming;Unplugged"
)
_NF_ROLES = _split(
    "a young lawyer;a retired detective;two estranged sisters;a small-town teacher;a struggling musician;"
    "a teenage hacker;a single mother;a washed-up actor;a rookie cop;an ambitious reporter;a shy student;a chef"
)
_NF_PLOTS = _split(
    "uncovers a family secret;is drawn into a dangerous conspiracy;falls for the wrong person;must save the family "
    "business;sets out to win a big competition;returns home after years away;faces an impossible choice"
)


def _nf_title(movie: bool) -> Callable[[np.random.Generator], str]:
    def make(rng: np.random.Generator) -> str:
        adj, noun, place = str(_one(rng, _NF_ADJ)), str(_one(rng, _NF_NOUN)), str(_one(rng, _NF_PLACES))
        forms = [
            f"The {adj} {noun}",
            f"{adj} {noun}",
            f"{noun} in {place}",
            f"The {noun}",
            f"{noun} of {place}",
            f"A {adj} {noun}",
            f"{place} {noun}",
        ]
        forms += [f"{adj} {noun} 2", f"The {noun} of {place}"] if movie else [f"{noun} Academy", f"The {noun} Files"]
        return str(_one(rng, forms))

    return make


def _nf_day(rng: np.random.Generator) -> pd.Timestamp:
    year = int(_draw(rng, _NF_ADDED))
    last = pd.Timestamp("2021-09-25") if year == 2021 else pd.Timestamp(year, 12, 31)
    if rng.random() < 0.25:
        return pd.Timestamp(year, int(rng.integers(1, last.month + 1)), 1)
    return pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, last.dayofyear)))


def _nf_row(rng: np.random.Generator, kind: str, used: set[str], director: str | None = None) -> dict[str, Any]:
    _w, movie, minutes, genres = _NF_KINDS[kind]
    added = _nf_day(rng)
    gap = 0 if rng.random() < (0.3 if movie else 0.55) else int(rng.exponential(4.0 if movie else 2.0)) + 1
    if movie and rng.random() < 0.1:
        gap += int(rng.integers(5, 45))
    if movie:
        mean, sd = (float(x) for x in minutes.split("|"))
        duration = f"{int(np.clip(round(rng.normal(mean, sd)), 8, 253))} min"
        rating = _draw(rng, _NF_KID_RATINGS if kind == "kids" else _NF_MOVIE_RATINGS)
        country = _draw(rng, _NF_MOVIE_COUNTRIES)
        if director is None and rng.random() > 0.03:
            director = _people(rng, _NF_FIRST, _NF_LAST, 1 if rng.random() < 0.93 else 2)
    else:
        seasons = int(_draw(rng, _NF_SEASONS))
        duration = f"{seasons} Season" + "s" * (seasons > 1)
        rating = _draw(rng, _NF_KID_RATINGS if kind == "kids tv" else _NF_SHOW_RATINGS)
        country = "Japan" if kind == "anime" and rng.random() < 0.85 else _draw(rng, _NF_SHOW_COUNTRIES)
        if rng.random() < 0.09:
            director = _people(rng, _NF_FIRST, _NF_LAST, 1)
    title = _unique(rng, _nf_title(bool(movie)), used)
    cast = _people(rng, _NF_FIRST, _NF_LAST, int(rng.integers(3, 11))) if rng.random() > 0.1 else None
    if kind == "standup":
        comic = _people(rng, _NF_FIRST, _NF_LAST, 1)
        bit = str(_one(rng, _NF_BITS)).format(p=_one(rng, _NF_PLACES))
        title = _unique(rng, lambda _r: f"{comic}: {bit}", used)
        cast = comic
    return {
        "type": "Movie" if movie else "TV Show",
        "title": title,
        "director": director,
        "cast": cast,
        "country": country or None,
        "_added": added,
        "release_year": max(1925, added.year - gap),
        "rating": rating,
        "duration": duration,
        "listed_in": str(_one(rng, genres.split("|"))),
        "description": f"{str(_one(rng, _NF_ROLES)).capitalize()} {_one(rng, _NF_PLOTS)}.",
    }


def _netflix_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6401)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for director, kind, country, k in _NF_STARS:
        for i in range(int(k)):
            row = _nf_row(rng, kind, used, director)
            row["country"] = country
            if director in _NF_KID_TITLES:
                row["title"] = _NF_KID_TITLES[director][i]
            rows.append(row)
    kinds = list(_NF_KINDS)
    while len(rows) < 2997:
        kind = str(_one(rng, kinds, [k[0] * (2.3 if k[1] else 1.0) for k in _NF_KINDS.values()]))
        rows.append(_nf_row(rng, kind, used))
    for title, year, length, day in _NF_LOUIS:
        rows.append(
            {
                "type": "Movie",
                "title": title,
                "director": "Louis C.K.",
                "cast": "Louis C.K.",
                "country": "United States",
                "_added": pd.Timestamp(day),
                "release_year": int(year),
                "rating": length,
                "duration": None,
                "listed_in": "Movies",
                "description": "The comic puts his trademark hilarious, thought-provoking spin on life.",
            }
        )
    frame = pd.DataFrame(rows)
    frame = frame.iloc[rng.permutation(len(frame))].sort_values("_added", ascending=False, kind="stable")
    frame = frame.reset_index(drop=True)
    frame["date_added"] = [f"{t:%B} {t.day}, {t.year}" for t in frame["_added"]]
    shows = np.flatnonzero(frame["type"] == "TV Show")
    for i in rng.choice(shows, 90, replace=False):
        frame.loc[int(i), "date_added"] = " " + str(frame.loc[int(i), "date_added"])
    for i in rng.choice(shows, 4, replace=False):
        frame.loc[int(i), "date_added"] = None
    frame = pd.concat([frame[frame["date_added"].notna()], frame[frame["date_added"].isna()]], ignore_index=True)
    for i in rng.choice(np.flatnonzero(frame["director"] != "Louis C.K."), 2, replace=False):
        frame.loc[int(i), "rating"] = None
    frame.insert(0, "show_id", [f"s{i + 1}" for i in range(len(frame))])
    return frame[_split(_NF_COLUMNS)]


def _nf_added(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["date_added"]).replace("", None), format="%B %d, %Y")


def _nf_busiest(d: pd.DataFrame) -> int:
    years = _nf_added(d).dt.year.dropna().astype(int)
    return int(_ranked(years.value_counts()).index[0])


def _nf_added_in(d: pd.DataFrame, shows_only: bool) -> float:
    hit = _nf_added(d).dt.year == _nf_busiest(d)
    if shows_only:
        hit &= _text(d["type"]) == "TV Show"
    return float(hit.sum())


def _nf_countries(split: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        names = _text(d["country"])
        names = names.str.split(",").explode().str.strip() if split else names
        return _ranked(names[names != ""].value_counts())

    return ranking


def _nf_minutes(rescue: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        movies = d[_text(d["type"]) == "Movie"]
        text = _text(movies["duration"])
        if rescue:
            text = text.where(text != "", _text(movies["rating"]))
        return float(pd.to_numeric(text.str.extract(r"^(\d+) min$")[0]).mean())

    return mean


def _nf_director(split: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        names = _text(d["director"])
        names = names.str.split(",").explode().str.strip() if split else names
        return str(_ranked(names[names != ""].value_counts()).index[0])

    return top


_NF_ID = ("show_id", "title")
_NETFLIX_QS = [
    Q(
        "what % of the titles are movies and what % are tv shows?",
        _shares(lambda d: _text(d["type"]).value_counts(normalize=True).to_numpy()),
        (*_NF_ID, "type"),
    ),
    Q(
        "top 5 countries with the most titles",
        either(_top_as(_nf_countries(False), 5, _US), _top_as(_nf_countries(True), 5, _US)),
        (*_NF_ID, "country"),
    ),
    Q(
        "how many titles were added each year? which year had the most",
        both(_lead(_year(_nf_busiest)), _count(lambda d: _nf_added_in(d, False))),
        (*_NF_ID, "date_added"),
    ),
    Q(
        "and how many of those were tv shows",
        _count(lambda d: _nf_added_in(d, True)),
        (*_NF_ID, "date_added", "type"),
    ),
    Q(
        "whats the average movie length in minutes?",
        either(_about(_nf_minutes(False)), _about(_nf_minutes(True))),
        (*_NF_ID, "type", "duration", "rating"),
    ),
    Q(
        "which director has the most titles on there?",
        either(_lead(_named(_nf_director(False))), _lead(_named(_nf_director(True)))),
        (*_NF_ID, "director"),
    ),
]


# --- 2. Credit card fraud (Kaggle "Credit Card Fraud Detection", creditcard.csv) -----------------------------------

# transactions in each hour of the day (midnight first), relative
_CF_HOURS = np.array([4.0, 2.4, 1.5, 1.2, 1.0, 1.4, 2.3, 3.6, 5.2, 6.6, 7.2, 7.6, 7.4, 7.3, 7.2, 7.1, 7.0, 7.2])
_CF_HOURS = np.concatenate([_CF_HOURS, [7.6, 7.4, 7.0, 9.6, 6.0, 4.8]])
_CF_SPAN = 172_792
# component: mean and spread for frauds
_CF_FRAUD = {"V1": (-4.8, 6.0), "V2": (3.6, 4.0), "V3": (-7.0, 6.5), "V4": (4.5, 2.9), "V5": (-3.2, 5.0)}
_CF_FRAUD |= {"V6": (-1.4, 1.9)}
_CF_SMALL = [0.0, 0.76, 1.0, 1.0, 1.0, 0.01, 1.18, 2.0, 3.79, 99.99]


def _fraud_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6402)
    n, frauds = 5000, 26
    weights = np.tile(_CF_HOURS, 2)
    hour = rng.choice(48, size=n - frauds, p=weights / weights.sum())
    normal_t = hour * 3600 + rng.integers(0, 3600, n - frauds)
    fraud_t = rng.integers(0, _CF_SPAN, frauds)
    z = rng.normal(0, 1, n - frauds)
    amount = np.round(np.minimum(np.exp(3.1 + 1.68 * z), 25_691.16), 2)
    amount[rng.random(n - frauds) < 0.006] = 0.0
    normal = {
        "V1": 1.22 - 1.1 * np.abs(rng.standard_t(3, n - frauds)) + rng.normal(0, 0.4, n - frauds),
        "V2": 0.15 - 0.6 * z + rng.normal(0, 1.3, n - frauds),
        "V3": rng.normal(0.3, 1.4, n - frauds) - 0.25 * np.abs(rng.standard_t(4, n - frauds)),
        "V4": 0.1 * z + rng.normal(0, 1.4, n - frauds),
        "V5": -0.45 * z + rng.normal(0, 1.25, n - frauds),
        "V6": 0.3 * z + rng.normal(0, 1.3, n - frauds),
    }
    fraud_amount = np.where(
        rng.random(frauds) < 0.45,
        np.asarray(_CF_SMALL)[rng.integers(0, len(_CF_SMALL), frauds)],
        np.round(rng.lognormal(4.0, 1.5, frauds), 2),
    )
    fraud = {v: rng.normal(m, s, frauds) for v, (m, s) in _CF_FRAUD.items()}
    frame = pd.DataFrame(
        {
            "Time": np.concatenate([normal_t, fraud_t]).astype(float),
            **{v: np.concatenate([normal[v], fraud[v]]) for v in _CF_FRAUD},
            "Amount": np.concatenate([amount, np.minimum(fraud_amount, 2125.87)]),
            "Class": np.concatenate([np.zeros(n - frauds, dtype=int), np.ones(frauds, dtype=int)]),
        }
    )
    frame = frame.sort_values("Time", kind="stable", ignore_index=True)
    frame.loc[0, "Time"] = 0.0
    return frame


def _cf_by_class(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        by = d.groupby("Class")["Amount"].agg(how)
        return [float(by[0]), float(by[1])]

    return values


def _cf_top_component(d: pd.DataFrame) -> str:
    r = d[[f"V{i}" for i in range(1, 7)]].corrwith(d["Class"]).abs()
    return str(_ranked(r).index[0])


def _cf_busiest_hour(d: pd.DataFrame) -> int:
    hours = (d["Time"] // 3600 % 24).astype(int)
    return int(_ranked(hours.value_counts()).index[0])


_CF_ID = ("Time", "Class")
_FRAUD_QS = [
    Q(
        "how many fraud cases are there, and what % of transactions is that?",
        both(_count(lambda d: float(d["Class"].sum())), _share(lambda d: float(d["Class"].mean()))),
        _CF_ID,
    ),
    Q(
        "avg transaction amount for fraud vs non fraud",
        _about(_cf_by_class("mean")),
        (*_CF_ID, "Amount"),
    ),
    Q(
        "and the medians?",
        _about(_cf_by_class("median")),
        (*_CF_ID, "Amount"),
    ),
    Q(
        "which of the V columns is most strongly correlated with Class?",
        _lead(_named(_cf_top_component)),
        (*_CF_ID, "V1", "V2", "V3", "V4", "V5", "V6"),
    ),
    Q(
        "how many transactions were over 1000?",
        _above("Amount", 1000),
        (*_CF_ID, "Amount"),
    ),
    Q(
        "number of transactions per hour of the day - which hour is the busiest?",
        _lead(_clock(_cf_busiest_hour)),
        _CF_ID,
    ),
]


# --- 3. Video game sales (Kaggle "Video Game Sales", vgsales.csv) --------------------------------------------------

# platform: rows (the real file's counts), first and last year, sales per game (millions), share NA|EU|JP|Other,
# publishers of its own maker only ("" for any)
_VG_PLATFORMS: dict[str, tuple[float, int, int, float, str, str]] = {
    "DS": (2163, 2004, 2013, 0.38, "47|24|21|8", ""),
    "PS2": (2161, 2000, 2011, 0.58, "46|27|11|16", ""),
    "PS3": (1329, 2006, 2016, 0.72, "41|36|8|15", ""),
    "Wii": (1325, 2006, 2015, 0.7, "55|29|7|9", ""),
    "X360": (1265, 2005, 2016, 0.77, "61|29|1|9", ""),
    "PSP": (1213, 2004, 2015, 0.24, "36|23|26|15", ""),
    "PS": (1196, 1994, 2003, 0.61, "46|29|19|6", ""),
    "PC": (960, 1992, 2016, 0.27, "36|54|0|10", ""),
    "XB": (824, 2001, 2008, 0.31, "73|23|1|3", ""),
    "GBA": (822, 2001, 2007, 0.39, "59|24|15|2", ""),
    "GC": (556, 2001, 2007, 0.36, "67|20|11|2", ""),
    "3DS": (509, 2011, 2016, 0.49, "32|24|39|5", ""),
    "PSV": (413, 2011, 2016, 0.15, "26|26|35|13", ""),
    "PS4": (336, 2013, 2016, 0.83, "35|44|5|16", ""),
    "N64": (319, 1996, 2002, 0.69, "64|19|15|2", ""),
    "SNES": (239, 1990, 1999, 0.84, "31|9|58|2", ""),
    "XOne": (213, 2013, 2016, 0.66, "59|32|0|9", ""),
    "SAT": (173, 1994, 1999, 0.19, "2|2|96|0", ""),
    "WiiU": (143, 2012, 2016, 0.57, "46|31|16|7", ""),
    "2600": (133, 1980, 1989, 0.73, "93|6|0|1", "Atari;Activision;Parker Bros.;Imagic;Coleco"),
    "NES": (98, 1983, 1994, 2.56, "50|9|39|2", ""),
    "GB": (98, 1989, 2001, 2.6, "45|19|33|3", ""),
    "DC": (52, 1998, 2002, 0.31, "34|11|54|1", ""),
    "GEN": (27, 1990, 1994, 1.05, "67|20|10|3", ""),
}
_VG_NINTENDO = ("NES", "SNES", "N64", "GC", "Wii", "WiiU", "GB", "GBA", "DS", "3DS")
_VG_SONY = ("PS", "PS2", "PS3", "PS4", "PSP", "PSV")
_VG_MICROSOFT = ("XB", "X360", "XOne", "PC")
# genre: rows, sales factor, share shift NA|EU|JP|Other, franchises
_VG_GENRES: dict[str, tuple[float, float, str, str]] = {
    "Action": (
        3316,
        1.25,
        "0|0|-3|1",
        "LEGO Batman;Grand Theft Auto;Assassin's Creed;Batman: Arkham;Spider-Man;Ninja Gaiden;Devil May Cry;"
        "God of War;Prince of Persia;Dynasty Warriors;Naruto Shippuden;Transformers;Scooby-Doo!;Cars;Shrek;"
        "Metal Gear Solid;Uncharted;Red Dead;Tomb Raider",
    ),
    "Sports": (
        2346,
        1.0,
        "2|1|-3|0",
        "FIFA Soccer;Madden NFL;NBA 2K;MLB The Show;Tony Hawk's Pro Skater;Pro Evolution Soccer;NHL;"
        "Tiger Woods PGA Tour;Mario Tennis;Winning Eleven;Top Spin;SSX",
    ),
    "Misc": (
        1739,
        0.9,
        "0|1|0|0",
        "Just Dance;Guitar Hero;Rock Band;Mario Party;Buzz!;Carnival Games;SingStar;Wii Party",
    ),
    "Role-Playing": (
        1488,
        1.1,
        "-12|-5|17|0",
        "Final Fantasy;Pokemon;Dragon Quest;Kingdom Hearts;The Elder Scrolls;Mass Effect;Fallout;Persona;Tales of;"
        "Monster Hunter;Fire Emblem",
    ),
    "Shooter": (
        1310,
        1.5,
        "8|1|-8|0",
        "Call of Duty;Battlefield;Halo;Gears of War;Medal of Honor;Killzone;Far Cry;Borderlands;Resistance;Destiny",
    ),
    "Adventure": (1286, 0.35, "-4|-1|6|0", "Professor Layton;Zelda;Myst;Broken Sword;Harvest Moon;Nancy Drew"),
    "Racing": (
        1249,
        1.05,
        "0|3|-3|1",
        "Need for Speed;Gran Turismo;Mario Kart;Forza Motorsport;Burnout;Midnight Club;Colin McRae Rally;Ridge Racer",
    ),
    "Platform": (
        886,
        1.45,
        "0|0|2|0",
        "Super Mario;Crash Bandicoot;Sonic the Hedgehog;Spyro;Rayman;Ratchet & Clank;Jak and Daxter;Kirby;Donkey Kong",
    ),
    "Simulation": (867, 0.85, "0|3|-1|0", "The Sims;Animal Crossing;Nintendogs;Harvest Moon;Cooking Mama;Petz"),
    "Fighting": (
        848,
        0.95,
        "0|-1|3|0",
        "Tekken;Street Fighter;Mortal Kombat;Super Smash Bros.;WWE SmackDown;Soulcalibur",
    ),
    "Strategy": (681, 0.5, "-5|4|2|0", "Civilization;Command & Conquer;Total War;Advance Wars;Pikmin;StarCraft;Worms"),
    "Puzzle": (582, 0.8, "0|1|2|0", "Tetris;Dr. Mario;Puzzle Quest;Lumines;Picross;Bejeweled;Brain Age"),
}
# publisher: rows, sales factor, platform makers it is tied to ("" any)
_VG_PUBLISHERS: dict[str, tuple[float, float, str]] = {
    "Electronic Arts": (1351, 1.45, ""),
    "Activision": (975, 1.35, ""),
    "Namco Bandai Games": (932, 0.5, ""),
    "Ubisoft": (921, 0.95, ""),
    "Konami Digital Entertainment": (832, 0.62, ""),
    "THQ": (715, 0.85, ""),
    "Nintendo": (703, 2.6, "nintendo"),
    "Sony Computer Entertainment": (683, 1.55, "sony"),
    "Sega": (639, 0.75, ""),
    "Take-Two Interactive": (413, 1.7, ""),
    "Capcom": (381, 0.95, ""),
    "Atari": (363, 0.7, ""),
    "Tecmo Koei": (338, 0.3, ""),
    "Square Enix": (233, 1.1, ""),
    "Warner Bros. Interactive Entertainment": (232, 1.15, ""),
    "Disney Interactive Studios": (218, 1.0, ""),
    "Unknown": (203, 0.3, ""),
    "Eidos Interactive": (198, 0.9, ""),
    "Midway Games": (198, 0.6, ""),
    "505 Games": (192, 0.45, ""),
    "Microsoft Game Studios": (189, 2.2, "microsoft"),
    "D3Publisher": (184, 0.28, ""),
    "Acclaim Entertainment": (184, 0.6, ""),
    "Vivendi Games": (164, 0.85, ""),
    "Codemasters": (152, 0.6, ""),
    "Idea Factory": (129, 0.12, ""),
    "Deep Silver": (122, 0.35, ""),
    "Nippon Ichi Software": (105, 0.2, ""),
    "Zoo Digital Publishing": (104, 0.2, ""),
    "Majesco Entertainment": (92, 0.4, ""),
    "LucasArts": (90, 1.1, ""),
    "Rising Star Games": (86, 0.2, ""),
    "Hudson Soft": (81, 0.4, ""),
    "Banpresto": (73, 0.3, ""),
    "Bethesda Softworks": (71, 1.8, ""),
    "Level 5": (70, 0.6, ""),
    "Mastiff": (60, 0.15, ""),
}
# Name|Platform|Year|Genre|Publisher|NA|EU|JP|Other|Global (the best sellers, written in as they are)
_VG_HITS = _fields(
    "Wii Sports|Wii|2006|Sports|Nintendo|41.49|29.02|3.77|8.46|82.74;"
    "Super Mario Bros.|NES|1985|Platform|Nintendo|29.08|3.58|6.81|0.77|40.24;"
    "Mario Kart Wii|Wii|2008|Racing|Nintendo|15.85|12.88|3.79|3.31|35.82;"
    "Wii Sports Resort|Wii|2009|Sports|Nintendo|15.75|11.01|3.28|2.96|33.0;"
    "Pokemon Red/Pokemon Blue|GB|1996|Role-Playing|Nintendo|11.27|8.89|10.22|1.0|31.37;"
    "Tetris|GB|1989|Puzzle|Nintendo|23.2|2.26|4.22|0.58|30.26;"
    "New Super Mario Bros.|DS|2006|Platform|Nintendo|11.38|9.23|6.5|2.9|30.01;"
    "Wii Play|Wii|2006|Misc|Nintendo|14.03|9.2|2.93|2.85|29.02;"
    "Duck Hunt|NES|1984|Shooter|Nintendo|26.93|0.63|0.28|0.47|28.31;"
    "Nintendogs|DS|2005|Simulation|Nintendo|9.07|11.0|1.93|2.75|24.76;"
    "Mario Kart DS|DS|2005|Racing|Nintendo|9.81|7.57|4.13|1.92|23.42;"
    "Wii Fit|Wii|2007|Sports|Nintendo|8.94|8.03|3.6|2.15|22.72;"
    "Kinect Adventures!|X360|2010|Misc|Microsoft Game Studios|14.97|4.94|0.24|1.67|21.82;"
    "Grand Theft Auto V|PS3|2013|Action|Take-Two Interactive|7.01|9.27|0.97|4.14|21.4;"
    "Grand Theft Auto: San Andreas|PS2|2004|Action|Take-Two Interactive|9.43|0.4|0.41|10.57|20.81;"
    "Brain Age: Train Your Brain in Minutes a Day|DS|2005|Misc|Nintendo|4.75|9.26|4.16|2.05|20.22"
)
_VG_SALES = ["NA_Sales", "EU_Sales", "JP_Sales", "Other_Sales", "Global_Sales"]
_VG_SUBTITLES = _split(
    "Legends;Origins;Revolution;Unleashed;Ultimate Edition;World Tour;Reloaded;Rising;Chronicles;Anthology;Heroes;"
    "Evolution;Extreme;Deluxe;Collection;Dark Dimension;Lost Kingdom;Black Ops;Next Generation;Double Pack;"
    "The Lost Legacy;Gold Edition;Shadow of the Past;Return of the King;Battle Royale;Road Trip;Party Edition;"
    "Into the Storm;The Video Game;Director's Cut;Fight for Freedom;Dawn of War;Game of the Year Edition;Remastered;"
    "Arcade;Portable;Unlimited;Armageddon;Redemption;Tournament Edition;Revenge;Nightfall;First Strike;Resurrection"
)


def _vg_name(rng: np.random.Generator, genre: str, year: int) -> str:
    franchise = str(_one(rng, _split(_VG_GENRES[genre][3])))
    roll = rng.random()
    if genre == "Sports" and roll < 0.5:
        return f"{franchise} {year % 100 + 1:02d}"
    if roll < 0.08:
        return franchise
    if roll < 0.35:
        return f"{franchise} {int(rng.integers(2, 9))}"
    if roll < 0.5:
        return f"{franchise} {int(rng.integers(2, 6))}: {_one(rng, _VG_SUBTITLES)}"
    return f"{franchise}: {_one(rng, _VG_SUBTITLES)}"


def _vg_year(rng: np.random.Generator, lo: int, hi: int) -> int:
    return int(lo + round(rng.beta(2.2, 2.6) * (hi - lo)))


def _vg_sales(rng: np.random.Generator, mean: float, profile: np.ndarray) -> list[float]:
    total = float(np.exp(rng.normal(np.log(mean / 1.7), 1.05)))
    total = max(total if total < 4 else 4 * (total / 4) ** 0.6, 0.004)
    parts = rng.dirichlet(np.maximum(profile, 0.2) * 0.25) * total
    regions = [round(float(p), 2) for p in parts]
    # the global figure is mostly the sum of the rounded regions, sometimes rounded on its own
    total = float(parts.sum()) if rng.random() < 0.2 else sum(regions)
    return [*regions, max(0.01, round(total, 2))]


def _vg_publisher(rng: np.random.Generator, platform: str) -> str:
    maker = "nintendo" if platform in _VG_NINTENDO else "sony" if platform in _VG_SONY else ""
    maker = "microsoft" if platform in _VG_MICROSOFT else maker
    names = [p for p, v in _VG_PUBLISHERS.items() if v[2] in ("", maker)]
    weights = [_VG_PUBLISHERS[p][0] * (6.0 if _VG_PUBLISHERS[p][2] else 1.0) for p in names]
    if platform in ("SAT", "DC", "GEN"):
        weights = [w * (12.0 if p == "Sega" else 1.0) for p, w in zip(names, weights, strict=True)]
    return str(_one(rng, names, weights))


def _video_games_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6403)
    platforms, genres = list(_VG_PLATFORMS), list(_VG_GENRES)
    rows: list[dict[str, Any]] = []
    for hit in _VG_HITS:
        rows.append(dict(zip(["Name", "Platform", "Year", "Genre", "Publisher"], hit[:5], strict=True)))
        rows[-1] |= dict(zip(_VG_SALES, [float(x) for x in hit[5:]], strict=True))
    while len(rows) < 5000:
        genre = str(_one(rng, genres, [g[0] for g in _VG_GENRES.values()]))
        first = str(_one(rng, platforms, [p[0] for p in _VG_PLATFORMS.values()]))
        lo, hi = _VG_PLATFORMS[first][1:3]
        year = _vg_year(rng, lo, hi)
        name = _vg_name(rng, genre, year)
        publisher = _vg_publisher(rng, first)
        chosen = [first]
        # a multi-platform release, unless its publisher makes the console
        if rng.random() > 0.62 and not _VG_PUBLISHERS.get(publisher, (0, 0, ""))[2]:
            live = [p for p in platforms if _VG_PLATFORMS[p][1] <= year <= _VG_PLATFORMS[p][2] and p != first]
            w = np.asarray([_VG_PLATFORMS[p][0] for p in live], dtype=float)
            k = min(int(rng.integers(1, 4)), len(live))
            if k:
                chosen += [live[int(i)] for i in rng.choice(len(live), k, replace=False, p=w / w.sum())]
        for platform in chosen:
            _n, _lo, _hi, base, split, only = _VG_PLATFORMS[platform]
            pub = str(_one(rng, _split(only))) if only else publisher
            factor = base * _VG_GENRES[genre][1] * _VG_PUBLISHERS.get(pub, (0, 0.8, ""))[1] / 1.1
            shift = np.asarray([float(x) for x in _VG_GENRES[genre][2].split("|")])
            profile = np.asarray([float(x) for x in split.split("|")]) + shift
            na, eu, jp, other, total = _vg_sales(rng, factor, profile)
            rows.append(
                {
                    "Name": name,
                    "Platform": platform,
                    "Year": year,
                    "Genre": genre,
                    "Publisher": pub,
                    "NA_Sales": na,
                    "EU_Sales": eu,
                    "JP_Sales": jp,
                    "Other_Sales": other,
                    "Global_Sales": total,
                }
            )
    frame = pd.DataFrame(rows[:5000])
    frame["Year"] = [str(y) for y in frame["Year"]]
    frame.loc[rng.choice(np.arange(16, 5000), 80, replace=False), "Year"] = "N/A"
    frame.loc[rng.choice(np.arange(16, 5000), 17, replace=False), "Publisher"] = "N/A"
    frame = frame.iloc[rng.permutation(len(frame))]
    frame = frame.sort_values("Global_Sales", ascending=False, kind="stable", ignore_index=True)
    frame.insert(0, "Rank", np.arange(1, len(frame) + 1))
    return frame


def _vg_sums(by: str, genre: Callable[[pd.DataFrame], str] | None = None) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        rows = d if genre is None else d[_text(d["Genre"]) == genre(d)]
        labels = _text(rows[by])
        return _ranked(rows["Global_Sales"].groupby(labels[labels != ""]).sum())

    return ranking


def _vg_top_genre(d: pd.DataFrame) -> str:
    return str(_vg_sums("Genre")(d).index[0])


def _vg_peak_year(d: pd.DataFrame) -> int:
    return int(d.groupby("Year")["Global_Sales"].sum().idxmax())


_VG_ID = ("Rank", "Name")
_VG_REGIONS = ("NA_Sales", "EU_Sales", "JP_Sales", "Other_Sales")
_VIDEO_GAMES_QS = [
    Q(
        "which genre has the highest total global sales?",
        _lead(_named(_vg_top_genre)),
        (*_VG_ID, "Genre", "Global_Sales"),
    ),
    Q(
        "and within that genre which platform sold the most?",
        _lead(_named(lambda d: str(_vg_sums("Platform", _vg_top_genre)(d).index[0]))),
        (*_VG_ID, "Genre", "Platform", "Global_Sales"),
    ),
    Q(
        "top 5 publishers by global sales",
        _top_as(_vg_sums("Publisher"), 5),
        (*_VG_ID, "Publisher", "Global_Sales"),
    ),
    Q(
        "what % of all sales came from north america",
        either(
            _share(lambda d: float(d["NA_Sales"].sum() / d["Global_Sales"].sum())),
            _share(lambda d: float(d["NA_Sales"].sum() / d[list(_VG_REGIONS)].to_numpy().sum())),
        ),
        (*_VG_ID, *_VG_REGIONS, "Global_Sales"),
    ),
    Q(
        "plot total global sales per year. which year was the peak?",
        _lead(_year(_vg_peak_year)),
        (*_VG_ID, "Year", "Global_Sales"),
    ),
    Q(
        "correlation between NA and EU sales?",
        _corr(lambda d: d["NA_Sales"], lambda d: d["EU_Sales"]),
        (*_VG_ID, "NA_Sales", "EU_Sales"),
    ),
]


# --- 4. Bob Ross paintings (TidyTuesday 2019-08-06, elements-by-episode) ------------------------------------------

_BR_ELEMENTS = _split(
    "APPLE_FRAME;AURORA_BOREALIS;BARN;BEACH;BOAT;BRIDGE;BUILDING;BUSHES;CABIN;CACTUS;CLOUDS;CONIFER;DECIDUOUS;FENCE;"
    "FLOWERS;GRASS;HILLS;LAKE;MOUNTAIN;PALM_TREES;RIVER;SNOW;SUN;TREE;WATERFALL;WINTER"
)
# scene: weight, chance of each element ("ELEMENT:p"; CONIFER, DECIDUOUS and PALM_TREES only in a painting with a
# TREE), title words (adjectives|nouns)
_BR_SCENES: dict[str, tuple[float, str, str]] = {
    "lake": (
        28,
        "TREE:0.88;MOUNTAIN:0.85;LAKE:0.85;CONIFER:0.65;DECIDUOUS:0.55;CLOUDS:0.6;GRASS:0.35;BUSHES:0.3;SNOW:0.1;"
        "CABIN:0.14;SUN:0.08;RIVER:0.1;WATERFALL:0.05;HILLS:0.03;FENCE:0.02;BRIDGE:0.01;BOAT:0.007",
        "QUIET;PEACEFUL;MISTY;GOLDEN;MAJESTIC;DISTANT;SECLUDED;EVENING;MORNING;SUMMER;SPRING;HIDDEN;ALPINE;CRYSTAL;"
        "SILENT;TRANQUIL;NORTHERN;TWIN;EMERALD;BLUE RIDGE|"
        "LAKE;REFLECTIONS;MOUNTAIN LAKE;LAKESIDE;MOUNTAIN VIEW;PEAKS;WATERS;MOUNTAIN REFLECTIONS;LAKE VIEW;SUMMIT;"
        "SERENITY;MIRROR;SPLENDOR;MAJESTY",
    ),
    "forest": (
        26,
        "TREE:1;DECIDUOUS:0.8;CONIFER:0.55;BUSHES:0.5;GRASS:0.5;RIVER:0.55;CLOUDS:0.3;MOUNTAIN:0.2;CABIN:0.2;"
        "FENCE:0.08;FLOWERS:0.05;BRIDGE:0.03;BARN:0.05;SUN:0.08;LAKE:0.08;WATERFALL:0.05;HILLS:0.05",
        "AUTUMN;WOODED;FOREST;HIDDEN;SHADY;WILDERNESS;BACK COUNTRY;GENTLE;BUBBLING;WOODLAND;GOLDEN;MOSSY;SECRET;"
        "FALL;LAZY;BIRCH;OLD|"
        "STREAM;PATH;GLEN;HIDEAWAY;RETREAT;CREEK;WOODS;TRAIL;BROOK;SPLENDOR;GROVE;HOLLOW;THICKET;CLEARING;BEND",
    ),
    "winter": (
        17,
        "TREE:0.93;WINTER:0.96;SNOW:0.97;CONIFER:0.75;DECIDUOUS:0.62;CABIN:0.45;MOUNTAIN:0.4;CLOUDS:0.35;RIVER:0.3;"
        "LAKE:0.2;BUSHES:0.2;FENCE:0.12;BARN:0.12;SUN:0.12;GRASS:0.02;BRIDGE:0.02",
        "WINTER;SNOWY;FROSTY;ARCTIC;FROZEN;WINTERTIME;WINTER'S;SNOWBOUND;ICY;COLD;SNOW-COVERED;NORTHERN|"
        "MOON;GLOW;MIST;SOLITUDE;CABIN;PEACE;PATH;HAVEN;SUNSET;BLISS;STILLNESS;ELEGANCE;NIGHT;MORNING;FOOTHILLS",
    ),
    "sea": (
        7,
        "BEACH:0.9;CLOUDS:0.8;SUN:0.3;TREE:0.35;PALM_TREES:0.8;GRASS:0.3;BOAT:0.04;BUSHES:0.1;MOUNTAIN:0.02;"
        "CONIFER:0.1;DECIDUOUS:0.1",
        "OCEAN;TROPICAL;SEASIDE;STORMY;CRIMSON;OCEAN'S;EVENING;ROCKY|SEASCAPE;WAVES;SUNSET;SHORELINE;SURF;TIDE;BEACH;COVE",
    ),
    "meadow": (
        9,
        "TREE:0.93;GRASS:0.9;HILLS:0.3;DECIDUOUS:0.8;CONIFER:0.45;CLOUDS:0.6;FENCE:0.2;BARN:0.15;CABIN:0.2;"
        "FLOWERS:0.12;BUSHES:0.45;MOUNTAIN:0.3;RIVER:0.25;SUN:0.15;LAKE:0.1",
        "COUNTRY;MEADOW;ROLLING;SPRING;SUMMER;LAZY;SUNNY;OLD;PRAIRIE|MEADOW;HILLS;FARM;FIELDS;BARN;LANE;PASTURE;CHARM",
    ),
    "falls": (
        8,
        "TREE:0.97;WATERFALL:0.95;CONIFER:0.67;DECIDUOUS:0.62;MOUNTAIN:0.55;RIVER:0.4;LAKE:0.35;CLOUDS:0.4;"
        "BUSHES:0.35;GRASS:0.3;SNOW:0.05",
        "TUMBLING;MIGHTY;HIDDEN;CASCADING;MOUNTAIN;SILENT;ROARING;MISTY|FALLS;WATERFALL;CASCADE;RAPIDS;STREAM;TORRENT",
    ),
    "desert": (
        2,
        "CACTUS:0.7;MOUNTAIN:0.6;CLOUDS:0.5;SUN:0.3;TREE:0.2;DECIDUOUS:0.3;GRASS:0.2;BUSHES:0.3",
        "DESERT;ARIZONA;SOUTHWEST;DRY;PAINTED|GLOW;SPLENDOR;SUNSET;MESA;CANYON",
    ),
    "other": (
        3,
        "TREE:0.6;CLOUDS:0.3;MOUNTAIN:0.3;CONIFER:0.5;DECIDUOUS:0.5;LAKE:0.2;SUN:0.3",
        "OVAL;NIGHT;LIGHTHOUSE;OLD;COUNTRY;MOONLIT|PORTRAIT;LIGHT;MILL;CHURCH;GATE;DREAM;PLACE",
    ),
}
_BR_TREES = ("CONIFER", "DECIDUOUS", "PALM_TREES")
_BR_FIRST = _split(
    "A WALK IN THE WOODS;MT. MCKINLEY;EBONY SUNSET;WINTER MIST;QUIET STREAM;WINTER MOON;AUTUMN MOUNTAINS;"
    "PEACEFUL VALLEY;SEASCAPE;MOUNTAIN LAKE;WINTER GLOW;SNOWFALL;FINAL REFLECTIONS"
)
_BR_FIRST_SCENES = _split("forest;lake;other;winter;forest;winter;lake;meadow;sea;lake;winter;winter;lake")
# how much more (or less) often each season was set in winter
_BR_SNOWY = [1.0, 1.3, 0.8, 1.1, 0.9, 1.2, 1.6, 0.7, 1.0, 1.1, 0.8, 0.9, 1.2, 1.0, 0.7, 1.1, 1.0, 0.8, 1.3, 0.9]
_BR_SNOWY += [1.0, 0.6, 1.1, 0.9, 1.0, 0.8, 1.2, 0.7, 0.9, 1.0, 0.8]


def _bob_ross_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6404)
    scenes = list(_BR_SCENES)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for season in range(1, 32):
        weights = [w * (_BR_SNOWY[season - 1] if s == "winter" else 1.0) for s, (w, _e, _t) in _BR_SCENES.items()]
        for episode in range(1, 14):
            scene = _BR_FIRST_SCENES[episode - 1] if season == 1 else str(_one(rng, scenes, weights))
            _w, chances, words = _BR_SCENES[scene]
            marks = {e: 0 for e in _BR_ELEMENTS}
            for element, p in zip(*_table(chances), strict=True):
                marks[element] = int(rng.random() < p)
            if not marks["TREE"]:
                marks |= {e: 0 for e in _BR_TREES}
            if marks["WINTER"]:
                marks["GRASS"] = 0
            adjectives, nouns = (_split(x) for x in words.split("|"))
            title = _BR_FIRST[episode - 1] if season == 1 else ""
            for _attempt in range(40):
                if title and title not in used:
                    break
                title = f"{_one(rng, adjectives)} {_one(rng, nouns)}"
            used.add(title)
            rows.append({"EPISODE": f"S{season:02d}E{episode:02d}", "TITLE": f'"{title}"', "_scene": scene, **marks})
    frame = pd.DataFrame(rows)
    # the rare ones: two northern lights over snow, a building and an apple-shaped frame
    for element, scene, k in (("AURORA_BOREALIS", "winter", 2), ("BUILDING", "other", 1), ("APPLE_FRAME", "other", 1)):
        frame.loc[rng.choice(np.flatnonzero(frame["_scene"] == scene), k, replace=False), element] = 1
    return frame.drop(columns="_scene")


def _br_seasons(d: pd.DataFrame) -> pd.Series:
    return _text(d["EPISODE"]).str[1:3].astype(int)


def _br_snowiest(d: pd.DataFrame) -> int:
    return int(_ranked(d["SNOW"].groupby(_br_seasons(d)).sum()).index[0])


def _season(value: Callable[[pd.DataFrame], int]) -> Check:
    """A season of the show: "season 7", "Season 07", "S07", "S7" or "7th season"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        patterns = [
            rf"\bseasons?\s*(?:#|no\.?|number)?\s*0?{n}\b",
            rf"\bS0?{n}\b",
            rf"(?<![\d.]){n}(?:st|nd|rd|th)\s+season\b",
        ]
        return None if any(re.search(p, answer, re.IGNORECASE) for p in patterns) else f"missing season {n}"

    return check


def _br_counts(d: pd.DataFrame) -> pd.Series:
    return _ranked(d[_BR_ELEMENTS].sum())


# each element also as it is said in words ("trees", "deciduous trees", "mountains")
_BR_ALIASES: dict[str, tuple[str, ...]] = {e: (f"{e.lower().replace('_', ' ')}s",) for e in _BR_ELEMENTS}
_BR_ALIASES |= {"DECIDUOUS": ("deciduous trees", "deciduous tree"), "CONIFER": ("conifers", "coniferous")}
_BR_ALIASES |= {"CLOUDS": ("cloud", "clouds"), "BUSHES": ("bush", "bushes"), "GRASS": ("grass",)}
_BR_ID = ("EPISODE", "TITLE")
_BOB_ROSS_QS = [
    Q(
        "what are the 5 most common things he painted?",
        _top_as(_br_counts, 5, _BR_ALIASES),
        (*_BR_ID, *_BR_ELEMENTS),
    ),
    Q(
        "what % of paintings have a tree in them",
        _share(lambda d: float(d["TREE"].mean())),
        (*_BR_ID, "TREE", "CONIFER", "DECIDUOUS", "PALM_TREES"),
    ),
    Q(
        "how many have a cabin?",
        _count(lambda d: float(d["CABIN"].sum())),
        (*_BR_ID, "CABIN"),
    ),
    Q(
        "and what % of those also have snow",
        _share(lambda d: float(d.loc[d["CABIN"] == 1, "SNOW"].mean())),
        (*_BR_ID, "CABIN", "SNOW"),
    ),
    Q(
        "which season had the most snow paintings?",
        _lead(_season(_br_snowiest)),
        (*_BR_ID, "SNOW", "WINTER"),
    ),
    Q(
        "how correlated are SNOW and WINTER",
        _corr(lambda d: d["SNOW"], lambda d: d["WINTER"]),
        (*_BR_ID, "SNOW", "WINTER"),
    ),
]


# --- 5. Advertising (Kaggle "Advertising Dataset", Advertising.csv) ------------------------------------------------


def _advertising_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6405)
    n = 200
    tv = np.round(rng.uniform(0.7, 296.4, n), 1)
    radio = np.round(rng.uniform(0.0, 49.6, n), 1)
    paper = np.round(np.clip(0.45 * radio + rng.exponential(20.0, n) - 2.0, 0.3, 114.0), 1)
    units = 6.75 + 0.0191 * tv + 0.0289 * radio + 0.0011 * tv * radio + rng.normal(0, 0.94, n)
    sales = np.round(np.clip(units, 1.6, 27.0), 1)
    frame = pd.DataFrame({"TV": tv, "Radio": radio, "Newspaper": paper, "Sales": sales})
    frame.insert(0, "", np.arange(1, n + 1))
    return frame


_AD_CHANNELS = ("TV", "Radio", "Newspaper")


def _ad_top_channel(d: pd.DataFrame) -> str:
    return str(_ranked(d[list(_AD_CHANNELS)].corrwith(d["Sales"])).index[0])


def _ad_coefficients(d: pd.DataFrame) -> list[float]:
    x = np.column_stack([np.ones(len(d)), d[list(_AD_CHANNELS)].to_numpy(dtype=float)])
    beta = np.linalg.lstsq(x, d["Sales"].to_numpy(dtype=float), rcond=None)[0]
    return [float(b) for b in beta[1:]]


_AD_ID = ("Unnamed: 0",)
_ADVERTISING_QS = [
    Q(
        "which channel is most correlated with sales?",
        both(_lead(_named(_ad_top_channel)), _corr(lambda d: d[_ad_top_channel(d)], lambda d: d["Sales"])),
        (*_AD_ID, *_AD_CHANNELS, "Sales"),
    ),
    Q(
        "is newspaper spend related to sales at all? whats the r",
        _corr(lambda d: d["Newspaper"], lambda d: d["Sales"]),
        (*_AD_ID, "Newspaper", "Sales"),
    ),
    Q(
        "average budget for tv, radio and newspaper",
        _about(lambda d: d[list(_AD_CHANNELS)].mean().to_numpy(), rel=0.005),
        (*_AD_ID, *_AD_CHANNELS),
    ),
    Q(
        "fit a linear regression of sales on all three - what are the coefficients",
        has(_ad_coefficients, rel=0.01),
        (*_AD_ID, *_AD_CHANNELS, "Sales"),
    ),
    Q(
        "in how many markets was more spent on newspaper than on radio?",
        _count(lambda d: float((d["Newspaper"] > d["Radio"]).sum())),
        (*_AD_ID, "Newspaper", "Radio"),
    ),
    Q(
        "what share of the total ad budget went to TV",
        _share(lambda d: float(d["TV"].sum() / d[list(_AD_CHANNELS)].to_numpy().sum())),
        (*_AD_ID, *_AD_CHANNELS),
    ),
]


# --- 6. Fish market (Kaggle "Fish market", Fish.csv) ----------------------------------------------------------------

# species: fish, smallest and largest Length3 (cm), weight per cubed cm, Length1 and Length2 as shares of Length3,
# height and width as shares of Length3, heaviest weight written in (0: none)
_FM_SPECIES: dict[str, tuple[int, float, float, float, float, float, float, float, float]] = {
    "Bream": (35, 30.0, 45.5, 0.0098, 0.86, 0.93, 0.40, 0.148, 1000),
    "Roach": (20, 16.2, 35.9, 0.0093, 0.86, 0.93, 0.26, 0.151, 0),
    "Whitefish": (6, 27.7, 43.3, 0.0125, 0.85, 0.92, 0.28, 0.16, 1000),
    "Parkki": (11, 16.2, 26.7, 0.0145, 0.82, 0.90, 0.39, 0.146, 0),
    "Perch": (56, 8.8, 46.6, 0.0108, 0.88, 0.94, 0.26, 0.16, 1100),
    "Pike": (17, 34.8, 68.0, 0.0052, 0.86, 0.93, 0.16, 0.1, 1650),
    "Smelt": (14, 10.8, 15.0, 0.0059, 0.86, 0.93, 0.16, 0.1, 0),
}


def _fm_weight(value: float) -> float:
    if value < 40:
        return round(value, 1)
    return float(round(value / 5) * 5) if value < 400 else float(round(value / 10) * 10)


def _fish_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6406)
    rows: list[dict[str, Any]] = []
    for species, (n, lo, hi, k, l1, l2, h, w, top) in _FM_SPECIES.items():
        lengths = np.sort(rng.uniform(0, 1, n) ** 1.1 * (hi - lo) + lo)
        lengths[-1] = hi
        for i, length3 in enumerate(lengths):
            weight = _fm_weight(k * float(length3) ** 3 * float(rng.lognormal(0, 0.09)))
            if i == n - 1 and top:
                weight = float(top)
            full = round(float(length3), 1)
            fork, nose = sorted(round(float(length3) * r + float(rng.normal(0, 0.3)), 1) for r in (l1, l2))
            nose = min(nose, round(full - 0.1, 1))
            rows.append(
                {
                    "Species": species,
                    "Weight": min(weight, 1650.0 if species == "Pike" else 1100.0 if species == "Perch" else 1000.0),
                    "Length1": min(fork, round(nose - 0.1, 1)),
                    "Length2": nose,
                    "Length3": full,
                    "Height": round(float(length3) * h * float(rng.lognormal(0, 0.05)), 4),
                    "Width": round(float(length3) * w * float(rng.lognormal(0, 0.06)), 4),
                }
            )
    frame = pd.DataFrame(rows)
    roach = np.flatnonzero(frame["Species"] == "Roach")
    frame.loc[int(roach[6]), "Weight"] = 0.0
    return frame


def _fm_means(keep_zero: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        kept = d if keep_zero else d[d["Weight"] > 0]
        return kept.groupby(_text(kept["Species"]))["Weight"].mean().to_numpy()

    return means


def _fm_perch(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Species"]) == "Perch"]


_FM_LENGTHS = ("Length1", "Length2", "Length3")
_FISH_QS = [
    Q(
        "avg weight per species",
        either(_about(_fm_means(True)), _about(_fm_means(False))),
        ("Species", "Weight"),
    ),
    Q(
        "which species has the heaviest fish and how heavy is it?",
        both(
            _lead(_named(lambda d: str(_text(d["Species"]).loc[d["Weight"].idxmax()]))),
            has(lambda d: float(d["Weight"].max())),
        ),
        ("Species", "Weight"),
    ),
    Q(
        "how many fish weigh over 1kg",
        _above("Weight", 1000),
        ("Weight",),
    ),
    Q(
        "correlation between Length3 and Weight?",
        _corr(lambda d: d["Length3"], lambda d: d["Weight"]),
        ("Length3", "Weight"),
    ),
    Q(
        "what about just for perch?",
        _corr(lambda d: _fm_perch(d)["Length3"], lambda d: _fm_perch(d)["Weight"]),
        ("Species", "Length3", "Weight"),
    ),
    Q(
        "what percentage of the fish are perch",
        _share(lambda d: float((_text(d["Species"]) == "Perch").mean())),
        ("Species",),
    ),
]


# --- 7. Salaries (Kaggle "Salary_Data.csv") -------------------------------------------------------------------------

# title|rows (the real file's counts)|base salary ($k)|schooling (Phd-heavy "r", entry-level "j", other "")
_SD_JOBS = _fields(
    "Software Engineer|518|108|;Data Scientist|453|142|r;Software Engineer Manager|376|172|;Data Analyst|363|88|;"
    "Senior Project Engineer|318|160|;Product Manager|313|146|;Full Stack Engineer|308|132|;"
    "Marketing Manager|255|104|;Senior Software Engineer|244|158|;Back end Developer|244|112|;"
    "Front end Developer|241|96|;Marketing Coordinator|158|56|j;Junior Sales Associate|142|34|j;"
    "Financial Manager|134|130|;Marketing Analyst|132|72|;Software Developer|125|100|;Operations Manager|114|96|;"
    "Human Resources Manager|104|118|;Director of Marketing|88|186|;Web Developer|87|84|;Product Designer|75|100|;"
    "Research Director|75|196|r;Content Marketing Manager|73|86|;Sales Associate|48|44|j;"
    "Senior Research Scientist|64|178|r;Director of Data Science|52|204|r;Junior HR Generalist|35|40|j;"
    "Receptionist|30|31|j;Sales Manager|30|92|;Junior Software Developer|24|62|j;Project Manager|25|112|;"
    "Research Scientist|34|132|r;Sales Director|8|168|;Director of Operations|6|170|;CEO|2|240|;"
    "Chief Technology Officer|2|245|;Juniour HR Coordinator|3|38|j;Social Media Man|1|60|j;Delivery Driver|2|28|j;"
    "Customer Service Rep|4|35|j;Technical Writer|3|66|;Copywriter|3|58|;Accountant|4|70|;Graphic Designer|4|62|;"
    "IT Support|3|48|j;Business Analyst|6|82|;Supply Chain Manager|3|104|;Recruiter|3|58|;Office Manager|2|52|"
)
_SD_SCHOOLING = {"r": "PhD:65;Master's:30;Bachelor's:5", "j": "High School:45;Bachelor's:50;Master's:5"}
_SD_SCHOOLING |= {"": "Bachelor's:52;Master's:32;PhD:10;High School:6"}
_SD_SPELLING = {"Bachelor's": "Bachelor's Degree:75;Bachelor's:25", "Master's": "Master's Degree:85;Master's:15"}
_SD_SPELLING |= {"PhD": "PhD:1", "High School": "High School:1"}
_SD_PAY = {"High School": 0.68, "Bachelor's": 0.9, "Master's": 1.04, "PhD": 1.16}
_SD_EXTRA_YEARS = {"High School": 0, "Bachelor's": 0, "Master's": 2, "PhD": 5}
# words in the titles held more often by women, and by men
_SD_WOMEN = ("Marketing", "HR", "Human Resources", "Receptionist", "Content", "Designer", "Sales Associate")
_SD_MEN = ("Engineer", "Developer", "Data", "Director of Operations", "Chief", "CEO")


def _salary_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6407)
    titles = [j[0] for j in _SD_JOBS]
    weights = [float(j[1]) for j in _SD_JOBS]
    rows: list[dict[str, Any]] = []
    for _ in range(2497):
        title, _rows, base, school = _SD_JOBS[titles.index(str(_one(rng, titles, weights)))]
        level = _draw(rng, _SD_SCHOOLING[school])
        women = 0.62 if any(w in title for w in _SD_WOMEN) else 0.36 if any(w in title for w in _SD_MEN) else 0.45
        gender = _draw(rng, f"Male:{99.8 - 100 * women};Female:{100 * women};Other:0.2")
        senior = any(w in title for w in ("Senior", "Director", "Manager", "CEO", "Chief"))
        years = float(np.clip(rng.gamma(2.2, 3.9) + (5 if senior else 0) - (3 if school == "j" else 0), 0, 34))
        years = round(years * 2) / 2 if rng.random() < 0.15 else float(round(years))
        age = int(np.clip(22 + years + _SD_EXTRA_YEARS[level] + rng.integers(0, 4), 21, 62))
        pay = float(base) * 1000 * (0.6 + 0.042 * min(years, 25)) * _SD_PAY[level] / 0.98
        pay *= (1.05 if gender == "Male" else 1.0) * float(rng.lognormal(0, 0.12))
        step = 5000 if rng.random() < 0.8 else 1000
        rows.append(
            {
                "Age": float(age),
                "Gender": gender,
                "Education Level": _draw(rng, _SD_SPELLING[level]),
                "Job Title": title,
                "Years of Experience": years,
                "Salary": float(np.clip(round(pay / step) * step, 25_000, 250_000)),
            }
        )
    frame = pd.DataFrame(rows)
    phd = np.flatnonzero(frame["Education Level"] == "PhD")
    frame.loc[int(phd[len(phd) // 2]), "Education Level"] = "phD"
    for i, low in zip(rng.choice(len(frame), 3, replace=False), (350.0, 550.0, 579.0), strict=True):
        frame.loc[int(i), "Salary"] = low
    frame.loc[rng.choice(len(frame), 3, replace=False), "Salary"] = np.nan
    frame.loc[int(rng.integers(0, len(frame))), "Years of Experience"] = np.nan
    frame.loc[int(rng.integers(0, len(frame))), "Age"] = np.nan
    blank = pd.DataFrame([{c: np.nan for c in frame.columns}] * 3)
    at = sorted(int(x) for x in rng.choice(len(frame), 3, replace=False))
    parts = [frame.iloc[a:b] for a, b in zip([0, *at], [*at, len(frame)], strict=True)]
    pieces = [p for i, part in enumerate(parts) for p in ([part] if i == 0 else [blank.iloc[[i - 1]], part])]
    return pd.concat(pieces, ignore_index=True)


_SD_LEVELS = ("Bachelor's", "Master's", "PhD", "High School")


def _sd_gender_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_text(d["Gender"]))["Salary"].mean()
    return [float(by["Male"]), float(by["Female"])]


def _sd_level_means(merge: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        level = _text(d["Education Level"])
        if merge:
            level = level.str.lower().str.replace(" degree", "", regex=False)
            by = d.groupby(level)["Salary"].mean()
            return [float(by[x.lower()]) for x in _SD_LEVELS]
        by = d.groupby(level)["Salary"].mean()
        return [
            float(by[x]) for x in ("Bachelor's", "Bachelor's Degree", "Master's", "Master's Degree", *_SD_LEVELS[2:])
        ]

    return means


def _sd_top_titles(d: pd.DataFrame) -> pd.Series:
    stats = d.groupby(_text(d["Job Title"]))["Salary"].agg(["mean", "count"])
    stats = stats[(stats["count"] >= 10) & (stats.index != "")]
    return _ranked(stats["mean"])


_SD_ID = ("Job Title",)
_SALARY_QS = [
    Q(
        "average salary for men vs women?",
        _scaled(_sd_gender_means, (1e3,)),
        (*_SD_ID, "Gender", "Salary"),
    ),
    Q(
        "so how big is the gap in %",
        either(
            _pct(lambda d: _sd_gender_means(d)[0] / _sd_gender_means(d)[1] - 1),
            _pct(lambda d: 1 - _sd_gender_means(d)[1] / _sd_gender_means(d)[0]),
        ),
        (*_SD_ID, "Gender", "Salary"),
    ),
    Q(
        "avg salary by education level (bachelors, masters, phd, high school)",
        either(_scaled(_sd_level_means(True), (1e3,)), _scaled(_sd_level_means(False), (1e3,))),
        (*_SD_ID, "Education Level", "Salary"),
    ),
    Q(
        "top 5 highest paying job titles? only titles with at least 10 people",
        _top_as(_sd_top_titles, 5),
        (*_SD_ID, "Salary"),
    ),
    Q(
        "is years of experience correlated with salary",
        _corr(lambda d: d["Years of Experience"], lambda d: d["Salary"]),
        (*_SD_ID, "Years of Experience", "Salary", "Age"),
    ),
    Q(
        "how many ppl earn more than 200k",
        _above("Salary", 200_000),
        (*_SD_ID, "Salary"),
    ),
]


HELDOUT64: list[Dataset] = [
    Dataset("netflix_titles", _netflix_frame, _NETFLIX_QS),
    Dataset("credit_card_fraud", _fraud_frame, _FRAUD_QS),
    Dataset("video_game_sales", _video_games_frame, _VIDEO_GAMES_QS),
    Dataset("bob_ross_paintings", _bob_ross_frame, _BOB_ROSS_QS),
    Dataset("advertising_budgets", _advertising_frame, _ADVERTISING_QS),
    Dataset("fish_market", _fish_frame, _FISH_QS),
    Dataset("employee_salaries", _salary_frame, _SALARY_QS),
]
