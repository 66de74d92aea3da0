"""HELDOUT39: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets of the kind an analyst brings along: Kaggle's
TMDB 5000 movies file (tmdb_5000_movies.csv) with budget and revenue in dollars (0 where unknown), genres, keywords,
production companies, countries and spoken languages as JSON text ('[{"id": 28, "name": "Action"}]', "[]" when
empty, non-ASCII names escaped), a mostly blank homepage, ISO release dates (one blank), runtimes in minutes (a few 0
or blank), Released / Rumored / Post Production statuses, blank taglines, vote_average 0.0 where vote_count is 0 and
the rows in descending budget; Kaggle's world population by country file (world_population.csv) with Rank,
CCA3 codes, Country/Territory, Capital, six continents, the population of 2022, 2020, 2015, 2010, 2000, 1990, 1980
and 1970 in their own columns, "Area (km²)", "Density (per km²)", a Growth Rate written as a factor (1.0257) and a
World Population Percentage, sorted by name; Maven Analytics' coffee shop sales (the first half of 2023 at the
Lower Manhattan, Hell's Kitchen and Astoria shops, a sample of its line items) with sparse increasing
transaction_id, "1/1/2023" dates, "07:06:11" times, transaction_qty, store_id, product_id, unit_price and product
category / type / detail names such as "Ethiopia Rg" or "I Need My Bean! Latte cup"; FiveThirtyEight's US births
by day from the Social Security Administration (US_births_2000-2014_SSA.csv) with year, month, date_of_month,
day_of_week from 1 (Monday) to 7 (Sunday) and births, weekends and holidays low; Kaggle's mobile price
classification training file (train.csv, 2000 phones) with 0/1 flags, clock_speed in GHz, ram in MB, pixel and
screen sizes (some px_height and many sc_w of 0), three_g always 1 where four_g is, and price_range 0-3 with 500
phones each; Kaggle's crop recommendation file (Crop_recommendation.csv) with whole-number N, P and K, long-decimal
temperature, humidity, ph and rainfall, and 100 rows of each of 22 crops in label blocks; and Kaggle's Global
YouTube Statistics 2023 (995 channels) with rank, Youtuber, subscribers, "video views", category, Title, uploads,
Country, Abbreviation, channel_type, ranks, last-30-day views, lowest / highest monthly and yearly earnings,
created_year / created_month / created_date, the country indicators repeated on every row, "nan" written out in
text columns, 0 views or uploads for YouTube's own topic channels and one channel created in 1970. All are
generated with a fixed seed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _split, _text, _year
from .heldout38 import _draw, _hour, _month
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _fields(text: str) -> list[list[str]]:
    """The rows of "a|b|c;d|e|f"."""
    return [x.split("|") for x in _split(text)]


def _month_of(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A month of the year (1-12) by its name."""
    return _month(lambda d: pd.Timestamp(2000, int(value(d)), 1))


def _clock(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An hour of the day as `_hour` reads it, or zero-padded as a clock shows it ("08:00", "08:00:00", "08h")."""

    def padded(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        return None if re.search(rf"(?<![\d.:]){h:02d}(?::\d\d|h\b)", answer) else f"missing hour {h}"

    return either(_hour(value), padded)


_US = {"United States": ("USA", "US", "U.S.", "United States of America")}


# --- 1. TMDB 5000 movies (Kaggle tmdb_5000_movies.csv) -------------------------------------------------------------

# genre: TMDB id, films carrying it, rating shift, runtime shift (minutes)
_TM_GENRES: dict[str, tuple[int, float, float, float]] = {
    "Drama": (18, 2297, 0.3, 6),
    "Comedy": (35, 1722, -0.2, -5),
    "Thriller": (53, 1274, -0.1, 0),
    "Action": (28, 1154, -0.15, 5),
    "Romance": (10749, 894, 0.0, 0),
    "Adventure": (12, 790, 0.0, 6),
    "Crime": (80, 696, 0.15, 2),
    "Science Fiction": (878, 535, -0.05, 3),
    "Horror": (27, 519, -0.55, -12),
    "Family": (10751, 513, -0.1, -8),
    "Fantasy": (14, 424, -0.1, 3),
    "Mystery": (9648, 348, 0.05, 0),
    "Animation": (16, 234, 0.2, -15),
    "History": (36, 197, 1.1, 22),
    "Music": (10402, 185, 0.05, 0),
    "War": (10752, 144, 0.45, 15),
    "Documentary": (99, 110, 0.3, -10),
    "Western": (37, 82, 0.05, 5),
    "Foreign": (10769, 34, 0.0, 0),
    "TV Movie": (10770, 8, -0.3, -12),
}
# title: id, budget, revenue, release date, genres, runtime, vote average, vote count, popularity
_TM_FAMOUS: dict[str, tuple[int, int, int, str, str, float, float, int, float]] = {
    "Avatar": (
        19995,
        237_000_000,
        2_787_965_087,
        "2009-12-10",
        "Action;Adventure;Fantasy;Science Fiction",
        162,
        7.2,
        11800,
        150.437577,
    ),
    "Titanic": (597, 200_000_000, 1_845_034_188, "1997-11-18", "Drama;Romance;Thriller", 194, 7.5, 7562, 100.025899),
    "The Avengers": (
        24428,
        220_000_000,
        1_519_557_910,
        "2012-04-25",
        "Science Fiction;Action;Adventure",
        143,
        7.4,
        11776,
        144.448633,
    ),
    "Jurassic World": (
        135397,
        150_000_000,
        1_513_528_810,
        "2015-06-09",
        "Action;Adventure;Science Fiction;Thriller",
        124,
        6.5,
        8662,
        418.708552,
    ),
    "Furious 7": (168259, 190_000_000, 1_506_249_360, "2015-04-01", "Action", 137, 7.3, 4176, 102.322217),
    "Avengers: Age of Ultron": (
        99861,
        280_000_000,
        1_405_403_694,
        "2015-04-22",
        "Action;Adventure;Science Fiction",
        141,
        7.3,
        6767,
        134.279229,
    ),
    "Frozen": (
        109445,
        150_000_000,
        1_274_219_009,
        "2013-11-27",
        "Animation;Adventure;Family",
        102,
        7.3,
        5295,
        165.125366,
    ),
    "Iron Man 3": (
        68721,
        200_000_000,
        1_215_439_994,
        "2013-04-18",
        "Action;Adventure;Science Fiction",
        130,
        6.8,
        8806,
        77.68208,
    ),
    "Minions": (
        211672,
        74_000_000,
        1_156_730_962,
        "2015-06-17",
        "Family;Animation;Adventure;Comedy",
        91,
        6.4,
        4571,
        875.581305,
    ),
    "Captain America: Civil War": (
        271110,
        250_000_000,
        1_153_304_495,
        "2016-04-27",
        "Adventure;Action;Science Fiction",
        147,
        7.1,
        7241,
        198.372395,
    ),
    "Transformers: Dark of the Moon": (
        38356,
        195_000_000,
        1_123_746_996,
        "2011-06-28",
        "Action;Science Fiction;Adventure",
        154,
        6.1,
        3299,
        28.529607,
    ),
    "The Lord of the Rings: The Return of the King": (
        122,
        94_000_000,
        1_118_888_979,
        "2003-12-01",
        "Adventure;Fantasy;Action",
        201,
        8.1,
        8064,
        123.630332,
    ),
    "Skyfall": (
        37724,
        200_000_000,
        1_108_561_013,
        "2012-10-25",
        "Action;Adventure;Thriller",
        143,
        6.9,
        7604,
        93.004993,
    ),
}
# films released each year (the famous ones come on top)
_TM_YEARS = (
    "1916:1;1925:1;1927:1;1929:2;1930:1;1932:1;1933:2;1934:1;1935:1;1936:2;1937:2;1938:2;1939:2;1940:4;1941:1;"
    "1942:2;1944:2;1945:1;1946:2;1947:3;1948:3;1949:2;1950:3;1951:2;1952:4;1953:5;1954:5;1955:4;1956:2;1957:3;"
    "1958:5;1959:5;1960:6;1961:7;1962:9;1963:8;1964:7;1965:9;1966:5;1967:7;1968:9;1969:4;1970:8;1971:11;1972:11;"
    "1973:12;1974:9;1975:9;1976:15;1977:13;1978:12;1979:16;1980:31;1981:30;1982:26;1983:28;1984:31;1985:29;"
    "1986:34;1987:31;1988:36;1989:35;1990:53;1991:41;1992:53;1993:71;1994:71;1995:80;1996:86;1997:89;1998:92;"
    "1999:116;2000:167;2001:183;2002:206;2003:169;2004:204;2005:217;2006:237;2007:195;2008:227;2009:246;2010:225;"
    "2011:222;2012:206;2013:229;2014:238;2015:213;2016:103;2017:1"
)
_TM_ADJ = _split(
    "Last;Dark;Silent;Lost;Broken;Hidden;Golden;Red;Black;White;Wild;Final;Secret;Deadly;Little;Perfect;Cold;"
    "Burning;Eternal;Crimson;Midnight;Savage;Hollow;Iron;Bitter;Brave;Crazy;Dangerous;Empty;Fallen;Good;Great;Happy;"
    "High;Holy;Lonely;Lucky;Mad;Quiet;Rising;Sweet;Twisted;Wicked;American;Blue;Electric;Forbidden;Invisible;Lethal;"
    "Northern;Pale;Restless;Sudden;True;Young;Winter;Royal;Second;Southern;Big"
)
_TM_NOUN = _split(
    "Harbor;River;Kingdom;Road;City;Night;Storm;Heart;Game;Promise;Witness;Shadow;Line;Ghost;Hunter;Legacy;Journey;"
    "House;Island;Empire;Code;Bridge;Horizon;Sky;Fire;Ride;Dream;Escape;Frontier;Affair;Hour;Season;Wedding;Party;"
    "Valley;Girl;Boy;Man;Woman;Soldier;Detective;Stranger;Prophecy;Protocol;Signal;Mission;Ocean;Desert;Garden;Tide;"
    "Dance;Song;Blood;Justice;Target;Fortune;Trap;Crossing;Paradise;Machine;Planet;Town;Country;Sister;Brothers"
)
_TM_ROLES = _split(
    "a young lawyer;a retired cop;a small-town girl;a struggling musician;two estranged brothers;a group of friends;"
    "a con artist;a brilliant scientist;a former soldier;a single mother;a rookie detective;a teenage outsider;"
    "an aging boxer;a reclusive writer;a hotel maid;a disgraced journalist"
)
_TM_PLOTS = _split(
    "must save her family from a ruthless gang;uncovers a conspiracy that reaches the highest levels of power;"
    "falls for a stranger during one unforgettable summer;returns home to face the secrets of the past;"
    "is pulled into one last job that goes terribly wrong;fights to survive after a disaster strikes the city;"
    "sets out across the country to find a missing father;discovers that nothing in town is what it seems;"
    "has one night to clear his name;learns that the real treasure was never gold"
)
_TM_TAGLINES = _split(
    "Some secrets are worth dying for.;Every family has a story.;The hunt begins.;No one is safe.;"
    "Love is a battlefield.;Fear has a new name.;One last ride.;The truth will come out.;Nothing is what it seems.;"
    "Justice has no borders.;Run.;Based on a true story.;This summer, everything changes.;Revenge is a dish best "
    "served cold.;Hope is a dangerous thing."
)
_TM_KEYWORDS = _fields(
    "818|based on novel;187056|woman director;10183|independent film;9826|murder;5565|biography;9748|revenge;"
    "6075|sport;6054|friendship;242|new york;9663|sequel;4565|dystopia;6149|police;6270|high school;9673|love;"
    "212|london england;1701|violence;10726|suspense;1956|world war ii;9951|alien;9715|superhero;378|prison;"
    "1930|kidnapping;10683|teenager;9717|based on comic book;1241|los angeles;179430|aftercreditsstinger;"
    "179431|duringcreditsstinger;14964|drug;4344|musical;9714|remake;3335|dog;4379|time travel;"
    "970|father son relationship;6113|small town;3133|vampire;207317|christmas;10292|gore;5340|investigation;"
    "1568|undercover;158718|lgbt"
)
_TM_COMPANIES = _fields(
    "6194|Warner Bros.;33|Universal Pictures;4|Paramount Pictures;306|Twentieth Century Fox Film Corporation;"
    "5|Columbia Pictures;12|New Line Cinema;2|Walt Disney Pictures;8411|Metro-Goldwyn-Mayer (MGM);"
    "7295|Relativity Media;9195|Touchstone Pictures;441|Columbia Pictures Corporation;559|TriStar Pictures;"
    "1632|Lionsgate;79|Village Roadshow Pictures;14|Miramax Films;27|DreamWorks SKG;5358|Canal+;"
    "10163|Working Title Films;444|Dune Entertainment;491|Summit Entertainment;10146|Focus Features;"
    "43|Fox Searchlight Pictures;508|Regency Enterprises;923|Legendary Pictures;694|StudioCanal;"
    "3172|Blumhouse Productions;308|The Weinstein Company;35|Lions Gate Films"
)
_TM_COUNTRIES = _fields(
    "US|United States of America|70;GB|United Kingdom|9;DE|Germany|4;FR|France|4;CA|Canada|3.5;AU|Australia|1.5;"
    "IT|Italy|1;ES|Spain|1;CN|China|1;JP|Japan|1;IN|India|0.8;IE|Ireland|0.6;NZ|New Zealand|0.5"
)
# language code: share, name as TMDB writes it, production country
_TM_LANGUAGES: dict[str, tuple[float, str, str]] = {
    "en": (93.8, "English", "US"),
    "fr": (1.5, "Français", "FR"),
    "es": (0.7, "Español", "ES"),
    "de": (0.6, "Deutsch", "DE"),
    "zh": (0.6, "普通话", "CN"),
    "hi": (0.4, "हिन्दी", "IN"),
    "ja": (0.35, "日本語", "JP"),
    "it": (0.3, "Italiano", "IT"),
    "cn": (0.25, "广州话 / 廣州話", "CN"),
    "ko": (0.25, "한국어/조선말", "US"),
    "ru": (0.25, "Pусский", "US"),
}


def _tm_json(items: list[dict[str, Any]]) -> str:
    return json.dumps(items)


def _tm_title(rng: np.random.Generator, used: set[str]) -> str:
    for attempt in range(100):
        form = int(_one(rng, [0, 1, 2, 3, 4], [40, 30, 12, 10, 8]))
        adj, noun = str(_one(rng, _TM_ADJ)), str(_one(rng, _TM_NOUN))
        title = [f"The {adj} {noun}", f"{adj} {noun}", f"The {noun}", f"{noun} of the {adj}", noun][form]
        if rng.random() < 0.06 or attempt > 20:
            title += str(_one(rng, [" 2", " II", " 3", ": The Return", ": Part Two"]))
        if title not in used:
            used.add(title)
            return title
    raise RuntimeError("no title left")


def _tm_genres(rng: np.random.Generator) -> list[str]:
    names = list(_TM_GENRES)
    k = int(_one(rng, [0, 1, 2, 3, 4, 5], [0.6, 24, 35, 28, 10, 2.4]))
    weights = np.array([g[1] for g in _TM_GENRES.values()])
    picked = rng.choice(len(names), k, replace=False, p=weights / weights.sum())
    return [names[int(i)] for i in picked]


def _tm_row(rng: np.random.Generator, title: str, year: int | None, used_ids: set[int]) -> dict[str, Any]:
    """One made-up film."""
    genres = _tm_genres(rng)
    language = str(_one(rng, list(_TM_LANGUAGES), [x[0] for x in _TM_LANGUAGES.values()]))
    status = "Released"
    if year is not None and year >= 2014 and rng.random() < 0.006:
        status = str(_one(rng, ["Rumored", "Post Production"], [5, 3]))
    released = status == "Released"
    budget = 0
    if rng.random() < (0.8 if (year or 0) >= 1995 else 0.68):
        raw = float(np.clip(rng.lognormal(np.log(2.2e7 if (year or 0) >= 1990 else 6e6), 1.05), 1e5, 3.8e8))
        budget = int(round(raw, -6 if raw > 5e6 and rng.random() < 0.75 else -5))
    revenue = 0
    if released and budget and rng.random() > 0.17:
        revenue = int(min(budget * rng.lognormal(np.log(2.2), 0.95), 9.5e8))
    elif released and not budget and rng.random() < 0.15:
        revenue = int(rng.lognormal(np.log(1.2e7), 1.5))
    votes = 0
    if released and rng.random() > 0.012:
        votes = int(np.clip(rng.lognormal(np.log(200), 1.4) * (1 + budget / 6e7) ** 0.8, 1, 13500))
    elif not released and rng.random() < 0.4:
        votes = int(rng.integers(1, 12))
    shift = float(np.mean([_TM_GENRES[g][2] for g in genres])) if genres else 0.0
    rating = 0.0
    if votes:
        spread = 0.55 + 1.6 / np.sqrt(votes)
        rating = float(np.clip(round(5.55 + shift + 0.22 * np.log10(votes) + rng.normal(0, spread), 1), 1.0, 10.0))
    popularity = 0.15 * votes**0.8 * float(rng.lognormal(0, 0.35)) if votes else float(rng.uniform(0, 1.2))
    length = 101 + (float(np.mean([_TM_GENRES[g][3] for g in genres])) if genres else 0.0)
    runtime = float(np.clip(round(length + rng.normal(0, 15)), 63, 219))
    while (movie_id := int(rng.integers(5, 447_028))) in used_ids:
        pass
    used_ids.add(movie_id)
    day = None
    if year is not None:
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
    country = str(_one(rng, [c[0] for c in _TM_COUNTRIES], [float(c[2]) for c in _TM_COUNTRIES]))
    if language != "en":
        country = _TM_LANGUAGES[language][2]
    countries = [country]
    if rng.random() < 0.25:
        extra = str(_one(rng, [c[0] for c in _TM_COUNTRIES]))
        countries += [extra] if extra != country else []
    country_names = {c[0]: c[1] for c in _TM_COUNTRIES}
    country_names |= {"FR": "France", "ES": "Spain", "DE": "Germany", "CN": "China", "IN": "India", "JP": "Japan"}
    n_companies = int(_one(rng, [0, 1, 2, 3, 4], [7, 35, 30, 18, 10]))
    companies = rng.choice(len(_TM_COMPANIES), n_companies, replace=False)
    n_words = int(_one(rng, [0, 1, 2, 3, 4, 5, 6, 8], [9, 8, 12, 15, 17, 15, 14, 10]))
    words = rng.choice(len(_TM_KEYWORDS), n_words, replace=False)
    spoken = [language] if language != "en" or rng.random() < 0.92 else ["en", str(_one(rng, ["fr", "es", "de"]))]
    slug = "".join(c for c in title.lower() if c.isalnum())
    recent = (year or 0) >= 2005
    return {
        "budget": budget,
        "genres": _tm_json([{"id": _TM_GENRES[g][0], "name": g} for g in genres]),
        "homepage": f"http://www.{slug}movie.com/" if rng.random() < (0.6 if recent else 0.15) else None,
        "id": movie_id,
        "keywords": _tm_json([{"id": int(_TM_KEYWORDS[i][0]), "name": _TM_KEYWORDS[i][1]} for i in words]),
        "original_language": language,
        "original_title": title,
        "overview": f"{str(_one(rng, _TM_ROLES)).capitalize()} {_one(rng, _TM_PLOTS)}.",
        "popularity": round(popularity, 6),
        "production_companies": _tm_json(
            [{"name": _TM_COMPANIES[i][1], "id": int(_TM_COMPANIES[i][0])} for i in companies]
        ),
        "production_countries": _tm_json([{"iso_3166_1": c, "name": country_names[c]} for c in countries]),
        "release_date": None if day is None else f"{day:%Y-%m-%d}",
        "revenue": revenue,
        "runtime": runtime,
        "spoken_languages": _tm_json([{"iso_639_1": s, "name": _TM_LANGUAGES[s][1]} for s in spoken]),
        "status": status,
        "tagline": str(_one(rng, _TM_TAGLINES)) if rng.random() < (0.86 if votes > 50 else 0.6) else None,
        "title": title,
        "vote_average": rating,
        "vote_count": votes,
    }


def _tmdb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3901)
    years = [int(y) for y, k in (x.split(":") for x in _split(_TM_YEARS)) for _ in range(int(k))]
    years = [years[int(i)] for i in rng.permutation(len(years))]
    used = set(_TM_FAMOUS)
    used_ids = {f[0] for f in _TM_FAMOUS.values()}
    rows = [_tm_row(rng, _tm_title(rng, used), y, used_ids) for y in [*years, None]]
    for title, (movie_id, budget, revenue, day, genres, runtime, rating, votes, popularity) in _TM_FAMOUS.items():
        row = _tm_row(rng, title, int(day[:4]), used_ids)
        used_ids.discard(row["id"])
        row.update(
            {
                "budget": budget,
                "genres": _tm_json([{"id": _TM_GENRES[g][0], "name": g} for g in _split(genres)]),
                "homepage": f"http://www.{''.join(c for c in title.lower() if c.isalnum())}.com/",
                "id": movie_id,
                "original_language": "en",
                "popularity": popularity,
                "production_countries": _tm_json([{"iso_3166_1": "US", "name": "United States of America"}]),
                "release_date": day,
                "revenue": revenue,
                "runtime": float(runtime),
                "spoken_languages": _tm_json([{"iso_639_1": "en", "name": "English"}]),
                "status": "Released",
                "vote_average": rating,
                "vote_count": votes,
            }
        )
        rows.insert(int(rng.integers(0, len(rows))), row)
    frame = pd.DataFrame(rows)
    small = frame.index[(frame["vote_count"] < 40) & (frame["status"] == "Released")]
    frame.loc[rng.choice(small, 35, replace=False), "runtime"] = 0.0
    frame.loc[rng.choice(small, 2, replace=False), "runtime"] = np.nan
    frame.loc[rng.choice(small, 3, replace=False), "overview"] = None
    tiny = rng.choice(frame.index[(frame["budget"] > 0) & (frame["vote_count"] < 200)], 8, replace=False)
    frame.loc[tiny, "budget"] = rng.integers(1, 100, len(tiny))
    return frame.sort_values("budget", ascending=False, kind="stable", ignore_index=True)


def _tm_genre_lists(d: pd.DataFrame) -> pd.Series:
    return _text(d["genres"]).map(lambda s: [str(g["name"]) for g in json.loads(s)] if s else [])


def _tm_best_genre(voted: bool, first: bool) -> Callable[[pd.DataFrame], str]:
    def best(d: pd.DataFrame) -> str:
        d = d.assign(_g=_tm_genre_lists(d))
        if voted:
            d = d[d["vote_count"] > 0]
        if first:
            d = d.assign(_g=d["_g"].map(lambda g: g[:1]))
        long = d.explode("_g").dropna(subset=["_g"])
        return str(long.groupby("_g")["vote_average"].mean().idxmax())

    return best


def _tm_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["release_date"], format="%Y-%m-%d").dt.year


def _tm_busiest(d: pd.DataFrame) -> int:
    return int(_tm_years(d).value_counts().idxmax())


def _tm_big_then(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        budget = d.loc[_tm_years(d) == _tm_busiest(d), "budget"]
        return float(((budget >= 1e8) if inclusive else (budget > 1e8)).sum())

    return count


def _tm_paid(d: pd.DataFrame) -> pd.DataFrame:
    return d[(d["budget"] > 0) & (d["revenue"] > 0)]


def _tm_gaps(d: pd.DataFrame) -> pd.Series:
    counts = d.isna().sum()
    return counts[counts > 0]


_TM_ID = ("id", "title", "original_title")
_TMDB_QS = [
    Q(
        "top 5 highest grossing movies?",
        _all_named(lambda d: [str(x) for x in d.nlargest(5, "revenue")["title"]]),
        (*_TM_ID, "revenue", "budget"),
    ),
    Q(
        "which genre has the highest avg rating",
        _lead(either(*(_named(_tm_best_genre(v, f)) for v in (False, True) for f in (False, True)))),
        (*_TM_ID, "genres", "vote_average", "vote_count"),
    ),
    Q(
        "which columns have missing values? how many each",
        both(
            _all_named(lambda d: [str(c) for c in _tm_gaps(d).index]),
            _count(lambda d: _tm_gaps(d).to_numpy()),
        ),
        (*_TM_ID, "homepage", "overview", "release_date", "runtime", "tagline", "budget", "revenue"),
    ),
    Q(
        "is budget correlated with revenue?",
        either(
            _corr(lambda d: d["budget"], lambda d: d["revenue"]),
            _corr(lambda d: _tm_paid(d)["budget"], lambda d: _tm_paid(d)["revenue"]),
        ),
        (*_TM_ID, "budget", "revenue"),
    ),
    Q(
        "plot the number of movies released per year. which year had the most releases?",
        _lead(_year(_tm_busiest)),
        (*_TM_ID, "release_date"),
    ),
    Q(
        "how many movies from that year had a budget over 100 million?",
        either(_count(_tm_big_then(False)), _count(_tm_big_then(True))),
        (*_TM_ID, "release_date", "budget"),
    ),
]


# --- 2. World population by country (Kaggle world_population.csv) --------------------------------------------------

_WP_CONTINENTS = {
    "AS": "Asia",
    "EU": "Europe",
    "AF": "Africa",
    "NA": "North America",
    "SA": "South America",
    "OC": "Oceania",
}
# extra yearly growth in 1970 over the trend of today, fading to nothing by 2022
_WP_EXTRA = {"Asia": 0.02, "Europe": 0.007, "Africa": 0.003, "North America": 0.008, "South America": 0.016}
_WP_EXTRA |= {"Oceania": 0.006}
# CCA3, name, capital, continent, 2022 population (thousands), area (km²), growth (% a year)
_WP_COUNTRIES = _fields(
    "AFG|Afghanistan|Kabul|AS|41128.771|652230|2.57;ARM|Armenia|Yerevan|AS|2780.469|29743|-0.11;"
    "AZE|Azerbaijan|Baku|AS|10358.074|86600|0.43;BHR|Bahrain|Manama|AS|1472.233|765|0.61;"
    "BGD|Bangladesh|Dhaka|AS|171186.372|147570|1.08;BTN|Bhutan|Thimphu|AS|782.455|38394|0.63;"
    "BRN|Brunei|Bandar Seri Begawan|AS|449.002|5765|0.79;KHM|Cambodia|Phnom Penh|AS|16767.842|181035|1.08;"
    "CHN|China|Beijing|AS|1425887.337|9706961|0.00;GEO|Georgia|Tbilisi|AS|3744.385|69700|-0.35;"
    "HKG|Hong Kong|Hong Kong|AS|7488.865|1104|-0.09;IND|India|New Delhi|AS|1417173.173|3287590|0.68;"
    "IDN|Indonesia|Jakarta|AS|275501.339|1904569|0.64;IRN|Iran|Tehran|AS|88550.570|1648195|0.65;"
    "IRQ|Iraq|Baghdad|AS|44496.122|438317|2.04;ISR|Israel|Jerusalem|AS|9038.309|20770|1.45;"
    "JPN|Japan|Tokyo|AS|123951.692|377930|-0.53;JOR|Jordan|Amman|AS|11285.869|89342|0.09;"
    "KAZ|Kazakhstan|Nursultan|AS|19397.998|2724900|1.06;KWT|Kuwait|Kuwait City|AS|4268.873|17818|0.75;"
    "KGZ|Kyrgyzstan|Bishkek|AS|6630.623|199951|1.39;LAO|Laos|Vientiane|AS|7529.475|236800|1.39;"
    "LBN|Lebanon|Beirut|AS|5489.739|10452|-2.47;MAC|Macau|Concelho de Macau|AS|695.168|30|0.91;"
    "MYS|Malaysia|Kuala Lumpur|AS|33938.221|330803|1.09;MDV|Maldives|Male|AS|523.787|300|-0.14;"
    "MNG|Mongolia|Ulaanbaatar|AS|3398.366|1564110|1.34;MMR|Myanmar|Nay Pyi Taw|AS|54179.306|676578|0.74;"
    "NPL|Nepal|Kathmandu|AS|30547.580|147181|1.14;PRK|North Korea|Pyongyang|AS|26069.416|120538|0.35;"
    "OMN|Oman|Muscat|AS|4576.298|309500|1.86;PAK|Pakistan|Islamabad|AS|235824.862|881912|1.91;"
    "PSE|Palestine|Ramallah|AS|5250.072|6220|2.09;PHL|Philippines|Manila|AS|115559.009|342353|1.54;"
    "QAT|Qatar|Doha|AS|2695.122|11586|0.96;SAU|Saudi Arabia|Riyadh|AS|36408.820|2149690|1.48;"
    "SGP|Singapore|Singapore|AS|5975.689|710|-1.34;KOR|South Korea|Seoul|AS|51815.810|100210|-0.09;"
    "LKA|Sri Lanka|Colombo|AS|21832.143|65610|0.36;SYR|Syria|Damascus|AS|22125.249|185180|3.98;"
    "TWN|Taiwan|Taipei|AS|23893.394|36193|0.00;TJK|Tajikistan|Dushanbe|AS|9952.787|143100|1.99;"
    "THA|Thailand|Bangkok|AS|71697.030|513120|0.15;TLS|Timor-Leste|Dili|AS|1341.296|14874|1.46;"
    "TUR|Turkey|Ankara|AS|85341.241|783562|0.56;TKM|Turkmenistan|Ashgabat|AS|6430.770|488100|1.31;"
    "ARE|United Arab Emirates|Abu Dhabi|AS|9441.129|83600|0.81;UZB|Uzbekistan|Tashkent|AS|34627.652|447400|1.51;"
    "VNM|Vietnam|Hanoi|AS|98186.856|331212|0.74;YEM|Yemen|Sanaa|AS|33696.614|527968|2.17;"
    "ALB|Albania|Tirana|EU|2842.321|28748|-0.35;AND|Andorra|Andorra la Vella|EU|79.824|468|1.00;"
    "AUT|Austria|Vienna|EU|8939.617|83871|0.20;BLR|Belarus|Minsk|EU|9534.954|207600|-0.26;"
    "BEL|Belgium|Brussels|EU|11655.930|30528|0.27;BIH|Bosnia and Herzegovina|Sarajevo|EU|3233.526|51209|-0.62;"
    "BGR|Bulgaria|Sofia|EU|6781.953|110879|-1.08;HRV|Croatia|Zagreb|EU|4030.358|56594|-0.57;"
    "CYP|Cyprus|Nicosia|EU|1251.488|9251|0.59;CZE|Czech Republic|Prague|EU|10493.986|78865|0.39;"
    "DNK|Denmark|Copenhagen|EU|5882.261|43094|0.38;EST|Estonia|Tallinn|EU|1326.062|45227|-0.46;"
    "FRO|Faroe Islands|Tórshavn|EU|53.090|1393|0.38;FIN|Finland|Helsinki|EU|5540.745|338424|0.09;"
    "FRA|France|Paris|EU|64626.628|551695|0.15;DEU|Germany|Berlin|EU|83369.843|357114|-0.09;"
    "GIB|Gibraltar|Gibraltar|EU|32.649|6|0.06;GRC|Greece|Athens|EU|10384.971|131990|-0.58;"
    "GGY|Guernsey|Saint Peter Port|EU|63.301|78|0.11;HUN|Hungary|Budapest|EU|9967.308|93028|-0.27;"
    "ISL|Iceland|Reykjavík|EU|372.899|103000|0.65;IRL|Ireland|Dublin|EU|5023.109|70273|0.75;"
    "IMN|Isle of Man|Douglas|EU|84.519|572|0.40;ITA|Italy|Rome|EU|59037.474|301336|-0.28;"
    "JEY|Jersey|Saint Helier|EU|110.778|116|0.58;XKX|Kosovo|Pristina|EU|1659.714|10908|-0.40;"
    "LVA|Latvia|Riga|EU|1850.651|64559|-1.14;LIE|Liechtenstein|Vaduz|EU|39.327|160|0.26;"
    "LTU|Lithuania|Vilnius|EU|2750.055|65300|-0.96;LUX|Luxembourg|Luxembourg|EU|647.599|2586|0.99;"
    "MLT|Malta|Valletta|EU|533.286|316|0.37;MDA|Moldova|Chisinau|EU|3272.996|33846|-0.70;"
    "MCO|Monaco|Monaco|EU|36.469|2|0.71;MNE|Montenegro|Podgorica|EU|627.082|13812|-0.04;"
    "NLD|Netherlands|Amsterdam|EU|17564.014|41850|0.16;MKD|North Macedonia|Skopje|EU|2093.599|25713|-0.24;"
    "NOR|Norway|Oslo|EU|5434.319|323802|0.59;POL|Poland|Warsaw|EU|39857.145|312679|-2.08;"
    "PRT|Portugal|Lisbon|EU|10270.865|92090|-0.29;ROU|Romania|Bucharest|EU|19659.267|238391|-0.43;"
    "RUS|Russia|Moscow|EU|144713.314|17098242|-0.27;SMR|San Marino|San Marino|EU|33.660|61|0.05;"
    "SRB|Serbia|Belgrade|EU|7221.365|88361|-0.94;SVK|Slovakia|Bratislava|EU|5643.453|49037|-0.04;"
    "SVN|Slovenia|Ljubljana|EU|2119.844|20273|-0.05;ESP|Spain|Madrid|EU|47558.630|505992|-0.08;"
    "SWE|Sweden|Stockholm|EU|10549.347|450295|0.59;CHE|Switzerland|Bern|EU|8740.472|41284|0.74;"
    "UKR|Ukraine|Kiev|EU|39701.739|603500|-7.45;GBR|United Kingdom|London|EU|67508.936|242900|0.34;"
    "VAT|Vatican City|Vatican City|EU|0.510|1|0.00;"
    "AIA|Anguilla|The Valley|NA|15.857|91|0.24;ATG|Antigua and Barbuda|Saint John’s|NA|93.763|442|0.58;"
    "ABW|Aruba|Oranjestad|NA|106.445|180|0.11;BHS|Bahamas|Nassau|NA|409.984|13943|0.53;"
    "BRB|Barbados|Bridgetown|NA|281.635|430|0.12;BLZ|Belize|Belmopan|NA|405.272|22966|1.30;"
    "BMU|Bermuda|Hamilton|NA|64.184|54|-0.39;VGB|British Virgin Islands|Road Town|NA|31.305|151|0.46;"
    "CAN|Canada|Ottawa|NA|38454.327|9984670|0.78;CYM|Cayman Islands|George Town|NA|68.706|264|0.80;"
    "CRI|Costa Rica|San José|NA|5180.829|51100|0.58;CUB|Cuba|Havana|NA|11212.191|109884|-0.17;"
    "CUW|Curacao|Willemstad|NA|191.163|444|0.36;DMA|Dominica|Roseau|NA|72.737|751|0.19;"
    "DOM|Dominican Republic|Santo Domingo|NA|11228.821|48671|0.95;"
    "SLV|El Salvador|San Salvador|NA|6336.392|21041|0.51;GRL|Greenland|Nuuk|NA|56.466|2166086|0.40;"
    "GRD|Grenada|Saint George’s|NA|125.438|344|0.64;GLP|Guadeloupe|Basse-Terre|NA|395.752|1628|0.00;"
    "GTM|Guatemala|Guatemala City|NA|17843.908|108889|1.32;HTI|Haiti|Port-au-Prince|NA|11584.996|27750|1.15;"
    "HND|Honduras|Tegucigalpa|NA|10432.860|112492|1.46;JAM|Jamaica|Kingston|NA|2827.377|10991|-0.06;"
    "MTQ|Martinique|Fort-de-France|NA|367.507|1128|-0.35;MEX|Mexico|Mexico City|NA|127504.125|1964375|0.63;"
    "MSR|Montserrat|Brades|NA|4.390|102|-0.06;NIC|Nicaragua|Managua|NA|6948.392|130373|1.42;"
    "PAN|Panama|Panama City|NA|4408.581|75417|1.32;PRI|Puerto Rico|San Juan|NA|3252.407|8870|-0.81;"
    "BLM|Saint Barthelemy|Gustavia|NA|10.967|21|0.24;KNA|Saint Kitts and Nevis|Basseterre|NA|47.657|261|0.41;"
    "LCA|Saint Lucia|Castries|NA|179.857|616|0.24;MAF|Saint Martin|Marigot|NA|31.791|53|-0.01;"
    "SPM|Saint Pierre and Miquelon|Saint-Pierre|NA|5.862|242|-0.17;"
    "VCT|Saint Vincent and the Grenadines|Kingstown|NA|103.948|389|-0.09;"
    "SXM|Sint Maarten|Philipsburg|NA|44.175|34|0.94;TTO|Trinidad and Tobago|Port of Spain|NA|1531.044|5130|0.16;"
    "TCA|Turks and Caicos Islands|Cockburn Town|NA|45.703|948|0.73;"
    "USA|United States|Washington, D.C.|NA|338289.857|9372610|0.38;"
    "VIR|United States Virgin Islands|Charlotte Amalie|NA|99.465|347|-0.28;"
    "ARG|Argentina|Buenos Aires|SA|45510.318|2780400|0.52;BOL|Bolivia|Sucre|SA|12224.110|1098581|1.14;"
    "BRA|Brazil|Brasilia|SA|215313.498|8515767|0.46;CHL|Chile|Santiago|SA|19603.733|756102|0.42;"
    "COL|Colombia|Bogota|SA|51874.024|1141748|0.69;ECU|Ecuador|Quito|SA|18001.000|276841|1.14;"
    "FLK|Falkland Islands|Stanley|SA|3.780|12173|0.24;GUF|French Guiana|Cayenne|SA|304.557|83534|1.47;"
    "GUY|Guyana|Georgetown|SA|808.726|214969|0.50;PRY|Paraguay|Asunción|SA|6780.744|406752|1.15;"
    "PER|Peru|Lima|SA|34049.588|1285216|0.99;SUR|Suriname|Paramaribo|SA|618.040|163820|0.81;"
    "URY|Uruguay|Montevideo|SA|3422.794|181034|0.04;VEN|Venezuela|Caracas|SA|28301.696|916445|2.00;"
    "ASM|American Samoa|Pago Pago|OC|44.273|199|-0.67;AUS|Australia|Canberra|OC|26177.413|7692024|0.99;"
    "COK|Cook Islands|Avarua|OC|17.011|236|0.07;FJI|Fiji|Suva|OC|929.766|18272|0.58;"
    "PYF|French Polynesia|Papeete|OC|306.279|4167|0.55;GUM|Guam|Hagåtña|OC|171.774|549|0.70;"
    "KIR|Kiribati|Tarawa|OC|131.232|811|1.62;MHL|Marshall Islands|Majuro|OC|41.569|181|-1.46;"
    "FSM|Micronesia|Palikir|OC|114.164|702|0.92;NRU|Nauru|Yaren|OC|12.668|21|0.68;"
    "NCL|New Caledonia|Nouméa|OC|289.950|18575|0.79;NZL|New Zealand|Wellington|OC|5185.288|270467|0.71;"
    "NIU|Niue|Alofi|OC|1.934|260|-0.14;MNP|Northern Mariana Islands|Saipan|OC|49.551|464|-0.60;"
    "PLW|Palau|Ngerulmud|OC|18.055|459|0.38;PNG|Papua New Guinea|Port Moresby|OC|10142.619|462840|1.91;"
    "WSM|Samoa|Apia|OC|222.382|2842|1.47;SLB|Solomon Islands|Honiara|OC|724.273|28896|2.16;"
    "TKL|Tokelau|Nukunonu|OC|1.871|12|1.09;TON|Tonga|Nuku‘alofa|OC|106.858|747|1.14;"
    "TUV|Tuvalu|Funafuti|OC|11.312|26|0.87;VUT|Vanuatu|Port-Vila|OC|326.740|12189|2.38;"
    "WLF|Wallis and Futuna|Mata-Utu|OC|11.572|142|-1.21;"
    "DZA|Algeria|Algiers|AF|44903.225|2381741|1.64;AGO|Angola|Luanda|AF|35588.987|1246700|3.15;"
    "BEN|Benin|Porto-Novo|AF|13352.864|112622|2.78;BWA|Botswana|Gaborone|AF|2630.296|582000|1.62;"
    "BFA|Burkina Faso|Ouagadougou|AF|22673.762|272967|2.56;BDI|Burundi|Bujumbura|AF|12889.576|27834|2.72;"
    "CPV|Cape Verde|Praia|AF|593.149|4033|0.92;CMR|Cameroon|Yaounde|AF|27914.536|475442|2.63;"
    "CAF|Central African Republic|Bangui|AF|5579.144|622984|2.24;TCD|Chad|N'Djamena|AF|17723.315|1284000|3.13;"
    "COM|Comoros|Moroni|AF|836.774|1862|2.00;COG|Republic of the Congo|Brazzaville|AF|5970.424|342000|2.20;"
    "COD|DR Congo|Kinshasa|AF|99010.212|2344858|3.20;CIV|Ivory Coast|Yamoussoukro|AF|28160.542|322463|2.46;"
    "DJI|Djibouti|Djibouti|AF|1120.849|23200|1.36;EGY|Egypt|Cairo|AF|110990.103|1002450|1.54;"
    "GNQ|Equatorial Guinea|Malabo|AF|1674.908|28051|2.37;ERI|Eritrea|Asmara|AF|3684.032|117600|1.76;"
    "SWZ|Eswatini|Mbabane|AF|1201.670|17364|0.81;ETH|Ethiopia|Addis Ababa|AF|123379.924|1104300|2.57;"
    "GAB|Gabon|Libreville|AF|2388.992|267668|2.04;GMB|Gambia|Banjul|AF|2705.992|10689|2.65;"
    "GHA|Ghana|Accra|AF|33475.870|238533|1.93;GIN|Guinea|Conakry|AF|13859.341|245857|2.43;"
    "GNB|Guinea-Bissau|Bissau|AF|2105.566|36125|2.20;KEN|Kenya|Nairobi|AF|54027.487|580367|1.95;"
    "LSO|Lesotho|Maseru|AF|2305.825|30355|1.05;LBR|Liberia|Monrovia|AF|5302.681|111369|2.14;"
    "LBY|Libya|Tripoli|AF|6812.341|1759540|1.14;MDG|Madagascar|Antananarivo|AF|29611.714|587041|2.41;"
    "MWI|Malawi|Lilongwe|AF|20405.317|118484|2.57;MLI|Mali|Bamako|AF|22593.590|1240192|3.14;"
    "MRT|Mauritania|Nouakchott|AF|4736.139|1030700|2.74;MUS|Mauritius|Port Louis|AF|1299.469|2040|-0.10;"
    "MYT|Mayotte|Mamoudzou|AF|326.101|374|3.04;MAR|Morocco|Rabat|AF|37457.971|446550|0.98;"
    "MOZ|Mozambique|Maputo|AF|32969.518|801590|2.77;NAM|Namibia|Windhoek|AF|2567.012|825615|1.44;"
    "NER|Niger|Niamey|AF|26207.977|1267000|3.80;NGA|Nigeria|Abuja|AF|218541.212|923768|2.41;"
    "REU|Reunion|Saint-Denis|AF|974.052|2511|0.61;RWA|Rwanda|Kigali|AF|13776.698|26338|2.28;"
    "SHN|Saint Helena, Ascension and Tristan da Cunha|Jamestown|AF|5.314|394|0.39;"
    "STP|Sao Tome and Principe|São Tomé|AF|227.380|964|1.92;SEN|Senegal|Dakar|AF|17316.449|196722|2.58;"
    "SYC|Seychelles|Victoria|AF|107.118|452|0.67;SLE|Sierra Leone|Freetown|AF|8605.718|71740|2.11;"
    "SOM|Somalia|Mogadishu|AF|17597.511|637657|3.08;ZAF|South Africa|Pretoria|AF|59893.885|1221037|0.87;"
    "SSD|South Sudan|Juba|AF|10913.164|619745|1.53;SDN|Sudan|Khartoum|AF|46874.204|1886068|2.63;"
    "TZA|Tanzania|Dodoma|AF|65497.748|945087|2.96;TGO|Togo|Lomé|AF|8848.699|56785|2.32;"
    "TUN|Tunisia|Tunis|AF|12356.117|163610|0.70;UGA|Uganda|Kampala|AF|47249.585|241550|3.22;"
    "ESH|Western Sahara|El Aaiún|AF|575.986|266000|1.84;ZMB|Zambia|Lusaka|AF|20017.675|752612|2.80;"
    "ZWE|Zimbabwe|Harare|AF|16320.537|390757|2.04"
)
_WP_YEARS = (2022, 2020, 2015, 2010, 2000, 1990, 1980, 1970)


def _world_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3902)
    rows: list[dict[str, Any]] = []
    for code, name, capital, where, thousands, area, growth in _WP_COUNTRIES:
        continent = _WP_CONTINENTS[where]
        now = round(float(thousands) * 1000)
        trend = float(np.clip(float(growth) / 100, -0.012, 0.036)) + float(rng.normal(0, 0.002))
        extra = _WP_EXTRA[continent] * float(rng.uniform(0.6, 1.4))
        level = float(now)
        history = {2022: now}
        for year in range(2021, 1969, -1):
            rate = trend + extra * (2022 - year) / 52 + float(rng.normal(0, 0.0015))
            level /= 1 + rate
            history[year] = round(level)
        rows.append(
            {
                "CCA3": code,
                "Country/Territory": name,
                "Capital": capital,
                "Continent": continent,
                **{f"{y} Population": history[y] for y in _WP_YEARS},
                "Area (km²)": int(area),
                "Density (per km²)": round(now / int(area), 4),
                "Growth Rate": round(1 + float(growth) / 100, 4),
            }
        )
    frame = pd.DataFrame(rows)
    total = frame["2022 Population"].sum()
    frame["World Population Percentage"] = (100 * frame["2022 Population"] / total).round(2)
    rank = frame["2022 Population"].rank(ascending=False, method="first").astype(int)
    frame.insert(0, "Rank", rank)
    return frame.sort_values("Country/Territory", key=lambda s: s.str.lower(), ignore_index=True)


def _wp_growth(how: str, reverse: bool) -> Callable[[pd.DataFrame], str]:
    """The continent that grew most (least) from 2000 to 2022: on its totals, or the mean of its countries."""

    def pick(d: pd.DataFrame) -> str:
        if how == "total":
            sums = d.groupby(_text(d["Continent"]))[["2022 Population", "2000 Population"]].sum()
            change = sums["2022 Population"] / sums["2000 Population"]
        else:
            change = (d["2022 Population"] / d["2000 Population"]).groupby(_text(d["Continent"])).mean()
        return str(change.idxmin() if reverse else change.idxmax())

    return pick


def _wp_total(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d[f"{year} Population"].sum())


_WP_ID = ("Country/Territory", "CCA3", "Rank")
_WP_ALL_YEARS = tuple(f"{y} Population" for y in _WP_YEARS)
_WORLD_QS = [
    Q(
        "top 10 most populated countries in 2022",
        _all_named(lambda d: [str(x) for x in d.nlargest(10, "2022 Population")["Country/Territory"]], _US),
        (*_WP_ID, "2022 Population", "World Population Percentage"),
    ),
    Q(
        "total population per continent",
        _scaled(lambda d: d.groupby(_text(d["Continent"]))["2022 Population"].sum().to_numpy(), (1e3, 1e6, 1e9)),
        (*_WP_ID, "Continent", "2022 Population", "World Population Percentage"),
    ),
    Q(
        "how many countries have more than 100 million ppl?",
        _count(lambda d: float((d["2022 Population"] > 100_000_000).sum())),
        (*_WP_ID, "2022 Population"),
    ),
    Q(
        "plot the world population from 1970 to 2022 - how much has it grown?",
        either(
            _pct(lambda d: _wp_total(2022)(d) / _wp_total(1970)(d) - 1),
            has(lambda d: _wp_total(2022)(d) / _wp_total(1970)(d), rel=0.01),
            _scaled(lambda d: _wp_total(2022)(d) - _wp_total(1970)(d), (1e6, 1e9)),
            _scaled(lambda d: [_wp_total(1970)(d), _wp_total(2022)(d)], (1e6, 1e9)),
        ),
        (*_WP_ID, *_WP_ALL_YEARS, "World Population Percentage"),
    ),
    Q(
        "which continent grew the fastest between 2000 and 2022 in percent terms?",
        _lead(either(_named(_wp_growth("total", False)), _named(_wp_growth("mean", False)))),
        (*_WP_ID, "Continent", "2022 Population", "2000 Population", "Growth Rate"),
    ),
    Q(
        "and the slowest?",
        _lead(either(_named(_wp_growth("total", True)), _named(_wp_growth("mean", True)))),
        (*_WP_ID, "Continent", "2022 Population", "2000 Population", "Growth Rate"),
    ),
]


# --- 3. Coffee shop sales (Maven Analytics "Coffee Shop Sales") ----------------------------------------------------

# product type: category, share of line items (%), products as "id:detail:price:weight"
_CS_TYPES: dict[str, tuple[str, float, str]] = {
    "Barista Espresso": (
        "Coffee",
        11.0,
        "39:Latte Rg:3.0:3;40:Latte:4.25:3;41:Cappuccino:3.5:2;42:Cappuccino Lg:4.25:2;38:Espresso shot:3.0:1;"
        "43:Ouro Brasileiro shot:2.1:1",
    ),
    "Gourmet brewed coffee": (
        "Coffee",
        11.3,
        "27:Columbian Medium Roast Sm:2.0:1;28:Columbian Medium Roast Rg:2.5:2;29:Columbian Medium Roast Lg:3.0:2;"
        "30:Ethiopia Rg:3.0:2;31:Ethiopia Lg:3.5:2",
    ),
    "Premium brewed coffee": (
        "Coffee",
        5.5,
        "32:Jamaican Coffee River Sm:2.45:1;33:Jamaican Coffee River Rg:3.1:1;34:Jamaican Coffee River Lg:3.75:1",
    ),
    "Organic brewed coffee": (
        "Coffee",
        5.7,
        "24:Brazilian Sm:2.2:1;25:Brazilian Rg:2.5:1;26:Brazilian Lg:3.0:1;35:Sustainably Grown Organic Rg:3.0:1;"
        "36:Sustainably Grown Organic Lg:3.5:1",
    ),
    "Drip coffee": (
        "Coffee",
        5.7,
        "21:Our Old Time Diner Blend Sm:2.0:1;22:Our Old Time Diner Blend Rg:2.5:1;"
        "23:Our Old Time Diner Blend Lg:3.0:1",
    ),
    "Brewed Chai tea": (
        "Tea",
        11.5,
        "50:Morning Sunrise Chai Rg:2.5:1;51:Morning Sunrise Chai Lg:3.0:1;52:Spicy Eye Opener Chai Rg:2.55:1;"
        "53:Spicy Eye Opener Chai Lg:3.1:1;54:Traditional Blend Chai Rg:2.5:1;55:Traditional Blend Chai Lg:3.0:1",
    ),
    "Brewed Black tea": (
        "Tea",
        7.6,
        "44:Earl Grey Rg:2.5:1;45:Earl Grey Lg:3.0:1;46:English Breakfast Rg:2.5:1;47:English Breakfast Lg:3.0:1",
    ),
    "Brewed herbal tea": (
        "Tea",
        6.2,
        "56:Lemon Grass Rg:2.5:1;57:Lemon Grass Lg:3.0:1;58:Peppermint Rg:2.5:1;59:Peppermint Lg:3.0:1",
    ),
    "Brewed Green tea": ("Tea", 3.8, "48:Serenity Green Tea Rg:2.5:1;49:Serenity Green Tea Lg:3.0:1"),
    "Hot chocolate": (
        "Drinking Chocolate",
        7.7,
        "60:Dark chocolate Rg:3.5:1;61:Dark chocolate Lg:4.5:1;62:Chili Mayan Rg:3.75:1;63:Chili Mayan Lg:4.75:1",
    ),
    "Scone": (
        "Bakery",
        6.8,
        "69:Oatmeal Scone:3.0:3;70:Jumbo Savory Scone:3.75:2;71:Ginger Scone:3.5:1;72:Cranberry Scone:3.25:2;"
        "73:Scottish Cream Scone :3.38:2",
    ),
    "Pastry": ("Bakery", 4.6, "74:Chocolate Croissant:3.75:2;75:Croissant:3.5:2;76:Almond Croissant:3.5:1"),
    "Biscotti": (
        "Bakery",
        3.8,
        "77:Hazelnut Biscotti:3.5:1;78:Chocolate Chip Biscotti:3.5:1;79:Ginger Biscotti:3.5:1",
    ),
    "Regular syrup": ("Flavours", 3.3, "64:Carmel syrup:0.8:1;65:Hazelnut syrup:0.8:1;66:Chocolate syrup:0.8:1"),
    "Sugar free syrup": ("Flavours", 1.2, "67:Sugar Free Vanilla syrup:0.8:1"),
    "Premium Beans": ("Coffee beans", 0.23, "7:Jamacian Coffee River:23.0:1;8:Civet Cat:45.0:1"),
    "Gourmet Beans": ("Coffee beans", 0.25, "5:Columbian Medium Roast:15.0:1;6:Ethiopia:21.0:1"),
    "Organic Beans": ("Coffee beans", 0.23, "1:Brazilian - Organic:18.0:1;4:Organic Decaf Blend:22.5:1"),
    "Espresso Beans": ("Coffee beans", 0.21, "2:Espresso Roast:14.75:1;3:Primo Espresso Roast:20.45:1"),
    "House blend Beans": ("Coffee beans", 0.12, "9:Our Old Time Diner Blend:18.0:1"),
    "Chai tea": ("Loose Tea", 0.3, "10:Morning Sunrise Chai:7.2:1;11:Spicy Eye Opener Chai:10.95:1"),
    "Black tea": ("Loose Tea", 0.2, "12:Earl Grey:8.95:1;13:English Breakfast:8.95:1"),
    "Herbal tea": ("Loose Tea", 0.2, "14:Peppermint:8.95:1;15:Lemon Grass:8.95:1"),
    "Green tea": ("Loose Tea", 0.1, "16:Serenity Green Tea:9.25:1"),
    "Drinking Chocolate": ("Packaged Chocolate", 0.18, "17:Dark chocolate:6.4:1;18:Chili Mayan:8.95:1"),
    "Organic Chocolate": ("Packaged Chocolate", 0.15, "19:Sustainably Grown Organic:7.6:1"),
    "Housewares": ("Branded", 0.35, "83:I Need My Bean! Latte cup:12.0:1;84:I Need My Bean! Diner mug:12.0:1"),
    "Clothing": ("Branded", 0.15, "81:I Need My Bean! T-shirt:28.0:1"),
}
_CS_STORES = {"Hell's Kitchen": (8, 33.8, 6), "Astoria": (3, 33.2, 7), "Lower Manhattan": (5, 33.0, 6)}
_CS_MONTHS = {1: 17314, 2: 16359, 3: 21229, 4: 25335, 5: 33527, 6: 35352}
_CS_HOURS = "6:3.1;7:9.0;8:13.4;9:11.6;10:11.0;11:6.6;12:5.8;13:5.8;14:6.0;15:6.0;16:6.1;17:5.9;18:5.0;19:4.1;20:0.4"
_CS_BULK = ("Coffee beans", "Loose Tea", "Packaged Chocolate", "Branded")


def _coffee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3903)
    n = 5000
    types = list(_CS_TYPES)
    products = {t: [p.split(":") for p in _split(v[2])] for t, v in _CS_TYPES.items()}
    days = pd.date_range("2023-01-01", "2023-06-30", freq="D")
    pace = np.array([_CS_MONTHS[d.month] / d.days_in_month for d in days]) * rng.lognormal(0, 0.12, len(days))
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        day = days[int(rng.choice(len(days), p=pace / pace.sum()))]
        store = str(_one(rng, list(_CS_STORES), [s[1] for s in _CS_STORES.values()]))
        store_id, _w, opens = _CS_STORES[store]
        hour = int(_draw(rng, _CS_HOURS))
        hour = max(hour, opens)
        kind = str(_one(rng, types, [t[1] for t in _CS_TYPES.values()]))
        category = _CS_TYPES[kind][0]
        product_id, detail, price, _pw = products[kind][
            int(_one(rng, range(len(products[kind])), [float(p[3]) for p in products[kind]]))
        ]
        qty = int(_one(rng, [1, 2], [92, 8])) if category in _CS_BULK else int(_one(rng, [1, 2, 3], [58, 40, 2]))
        rows.append(
            {
                "_day": day,
                "_clock": hour * 3600 + int(rng.integers(0, 3600)),
                "transaction_qty": qty,
                "store_id": store_id,
                "store_location": store,
                "product_id": int(product_id),
                "unit_price": float(price),
                "product_category": category,
                "product_type": kind,
                "product_detail": detail,
            }
        )
    frame = pd.DataFrame(rows).sort_values(["_day", "_clock"], kind="stable", ignore_index=True)
    clock = frame["_clock"]
    frame.insert(
        0,
        "transaction_time",
        [f"{c // 3600:02d}:{c // 60 % 60:02d}:{c % 60:02d}" for c in clock],
    )
    frame.insert(0, "transaction_date", [f"{d.month}/{d.day}/{d.year}" for d in frame["_day"]])
    frame.insert(0, "transaction_id", np.sort(rng.choice(np.arange(1, 149_457), n, replace=False)))
    columns = _split(
        "transaction_id;transaction_date;transaction_time;transaction_qty;store_id;store_location;product_id;"
        "unit_price;product_category;product_type;product_detail"
    )
    return frame[columns]


def _cs_revenue(d: pd.DataFrame) -> pd.Series:
    return d["transaction_qty"] * d["unit_price"]


def _cs_by_type(d: pd.DataFrame) -> pd.Series:
    return _cs_revenue(d).groupby(_text(d["product_type"])).sum().sort_values(ascending=False)


def _cs_share(category: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        revenue = _cs_revenue(d)
        return float(revenue[_text(d["product_category"]) == category].sum() / revenue.sum())

    return share


def _cs_busiest(weighted: bool) -> Callable[[pd.DataFrame], int]:
    def busiest(d: pd.DataFrame) -> int:
        hour = pd.to_datetime(d["transaction_time"], format="%H:%M:%S").dt.hour
        counts = d["transaction_qty"].groupby(hour).sum() if weighted else hour.value_counts()
        return int(counts.idxmax())

    return busiest


def _cs_monthly(d: pd.DataFrame) -> Any:
    month = pd.to_datetime(d["transaction_date"], format="%m/%d/%Y").dt.month
    return _cs_revenue(d).groupby(month).sum().to_numpy()


_CS_ID = ("transaction_id",)
_CS_MONEY = ("transaction_qty", "unit_price")
_COFFEE_QS = [
    Q(
        "total revenue for each store location",
        _scaled(lambda d: _cs_revenue(d).groupby(_text(d["store_location"])).sum().to_numpy(), (1e3,)),
        (*_CS_ID, *_CS_MONEY, "store_location", "store_id"),
    ),
    Q(
        "top 5 product types by revenue",
        _all_named(lambda d: [str(x) for x in _cs_by_type(d).index[:5]]),
        (*_CS_ID, *_CS_MONEY, "product_type"),
    ),
    Q(
        "plot monthly revenue, whats the trend?",
        _scaled(_cs_monthly, (1e3,)),
        (*_CS_ID, *_CS_MONEY, "transaction_date"),
    ),
    Q(
        "what hour of the day has the most transactions",
        _lead(either(_clock(_cs_busiest(False)), _clock(_cs_busiest(True)))),
        (*_CS_ID, "transaction_time", "transaction_qty"),
    ),
    Q(
        "what % of revenue comes from coffee?",
        _share(_cs_share("Coffee")),
        (*_CS_ID, *_CS_MONEY, "product_category"),
    ),
    Q(
        "and from tea",
        _share(_cs_share("Tea")),
        (*_CS_ID, *_CS_MONEY, "product_category"),
    ),
]


# --- 4. US births by day (FiveThirtyEight US_births_2000-2014_SSA.csv) ---------------------------------------------

# mean daily births of each year, before the weekday and season
_BR_YEARS = {2000: 11340, 2001: 11280, 2002: 11290, 2003: 11460, 2004: 11520, 2005: 11640, 2006: 11870}
_BR_YEARS |= {2007: 12010, 2008: 11880, 2009: 11540, 2010: 11200, 2011: 11060, 2012: 11040, 2013: 10990}
_BR_YEARS |= {2014: 11100}
_BR_WEEKDAYS = np.array([11898, 13169, 12908, 12758, 12470, 8580, 7740]) / 11360
_BR_MONTHS = np.array([0.962, 0.985, 0.99, 0.975, 0.99, 1.005, 1.03, 1.052, 1.04, 1.01, 0.985, 0.985])


def _births_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3904)
    days = pd.date_range("2000-01-01", "2014-12-31", freq="D")
    weekday = days.dayofweek.to_numpy()
    level = np.array([_BR_YEARS[y] for y in days.year]) * _BR_WEEKDAYS[weekday] * _BR_MONTHS[days.month - 1]
    holiday = np.ones(len(days))
    for i, d in enumerate(days):
        m, day, dow = d.month, d.day, d.dayofweek
        if (m, day) == (1, 1):
            holiday[i] = 0.62
        elif (m, day) == (7, 4):
            holiday[i] = 0.66
        elif (m, day) == (12, 24):
            holiday[i] = 0.76
        elif (m, day) == (12, 25):
            holiday[i] = 0.56
        elif (m, day) == (12, 31):
            holiday[i] = 0.86
        elif m == 11 and dow == 3 and 22 <= day <= 28:
            holiday[i] = 0.6
        elif m == 11 and dow == 4 and 23 <= day <= 29:
            holiday[i] = 0.85
        elif m == 5 and dow == 0 and day >= 25:
            holiday[i] = 0.7
        elif m == 9 and dow == 0 and day <= 7:
            holiday[i] = 0.72
        elif day == 13 and dow == 4:
            holiday[i] = 0.965
    births = np.rint(level * holiday * rng.lognormal(0, 0.025, len(days))).astype(int)
    return pd.DataFrame(
        {
            "year": days.year,
            "month": days.month,
            "date_of_month": days.day,
            "day_of_week": weekday + 1,
            "births": births,
        }
    )


def _br_month_means(d: pd.DataFrame) -> pd.Series:
    return d.groupby("month")["births"].mean()


def _br_fridays(d: pd.DataFrame) -> list[float]:
    friday = d["day_of_week"] == 5
    thirteenth = d["date_of_month"] == 13
    return [float(d.loc[friday & thirteenth, "births"].mean()), float(d.loc[friday & ~thirteenth, "births"].mean())]


def _br_drop(d: pd.DataFrame) -> float:
    thirteenth, other = _br_fridays(d)
    return thirteenth / other - 1


def _br_all_fridays(d: pd.DataFrame) -> list[float]:
    return [_br_fridays(d)[0], float(d.loc[d["day_of_week"] == 5, "births"].mean())]


_BR_DATE = ("year", "month", "date_of_month")
_BIRTHS_QS = [
    Q(
        "avg births by day of week",
        has(lambda d: d.groupby("day_of_week")["births"].mean().to_numpy(), rel=0.003),
        (*_BR_DATE, "day_of_week", "births"),
    ),
    Q(
        "plot total births per year. which year had the most?",
        _lead(_year(lambda d: int(d.groupby("year")["births"].sum().idxmax()))),
        (*_BR_DATE, "births"),
    ),
    Q(
        "how many days had more than 14k births",
        _count(lambda d: float((d["births"] > 14_000).sum())),
        (*_BR_DATE, "births"),
    ),
    Q(
        "are fewer babies born on friday the 13th? compare to other fridays",
        either(
            has(_br_fridays, rel=0.003),
            has(_br_all_fridays, rel=0.003),
            both(has(lambda d: _br_fridays(d)[0], rel=0.003), _pct(_br_drop)),
        ),
        (*_BR_DATE, "day_of_week", "births"),
    ),
    Q(
        "which month has the highest average births per day?",
        _lead(_month_of(lambda d: _br_month_means(d).idxmax())),
        (*_BR_DATE, "births"),
    ),
    Q(
        "and the lowest?",
        _lead(
            either(
                _month_of(lambda d: _br_month_means(d).idxmin()),
                _month_of(lambda d: d.groupby("month")["births"].sum().idxmin()),
            )
        ),
        (*_BR_DATE, "births"),
    ),
]


# --- 5. Mobile price classification (Kaggle train.csv) --------------------------------------------------------------


def _mobile_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3905)
    n = 2000
    four_g = (rng.random(n) < 0.521).astype(int)
    three_g = np.where(four_g == 1, 1, (rng.random(n) < 0.5).astype(int))
    fc = np.minimum(rng.geometric(0.23, n) - 1, 19)
    sc_h = rng.integers(5, 20, n)
    sc_w = np.where(rng.random(n) < 0.09, 0, np.floor(rng.uniform(0.05, 0.95, n) * sc_h).astype(int))
    px_height = np.clip(rng.gamma(2.0, 330, n), 0, 1960).astype(int)
    px_height[rng.choice(n, 2, replace=False)] = 0
    px_width = rng.integers(500, 1999, n)
    battery = rng.integers(501, 1999, n)
    ram = rng.integers(256, 3999, n)
    frame = pd.DataFrame(
        {
            "battery_power": battery,
            "blue": rng.integers(0, 2, n),
            "clock_speed": np.where(rng.random(n) < 0.2, 0.5, np.round(rng.uniform(0.5, 3.0, n), 1)),
            "dual_sim": (rng.random(n) < 0.51).astype(int),
            "fc": fc,
            "four_g": four_g,
            "int_memory": rng.integers(2, 65, n),
            "m_dep": np.where(rng.random(n) < 0.16, 0.1, np.round(rng.uniform(0.1, 1.0, n), 1)),
            "mobile_wt": rng.integers(80, 201, n),
            "n_cores": rng.integers(1, 9, n),
            "pc": np.maximum(fc, rng.integers(0, 21, n)),
            "px_height": px_height,
            "px_width": px_width,
            "ram": ram,
            "sc_h": sc_h,
            "sc_w": sc_w,
            "talk_time": rng.integers(2, 21, n),
            "three_g": three_g,
            "touch_screen": (rng.random(n) < 0.503).astype(int),
            "wifi": (rng.random(n) < 0.507).astype(int),
        }
    )
    score = ram + 0.55 * (battery - 1250) + 0.25 * (px_height - 650) + 0.25 * (px_width - 1250)
    score = score + rng.normal(0, 150, n)
    price = np.empty(n, dtype=int)
    price[np.argsort(score, kind="stable")] = np.repeat(np.arange(4), n // 4)
    frame["price_range"] = price
    return frame


def _mb_top_feature(method: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        r = d.corr(method=method)["price_range"].drop("price_range").abs()
        return str(r.idxmax())

    return top


def _mb_battery(d: pd.DataFrame) -> list[float]:
    by = d.groupby("price_range")["battery_power"].mean()
    return [float(by[0]), float(by[3])]


def _mb_big_ram(cut: float, inclusive: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(((d["ram"] >= cut) if inclusive else (d["ram"] > cut)).sum())


_MB_PRICE = ("price_range",)
_MOBILE_QS = [
    Q(
        "average ram in each price range",
        has(lambda d: d.groupby("price_range")["ram"].mean().to_numpy(), rel=0.003),
        (*_MB_PRICE, "ram"),
    ),
    Q(
        "what % of the phones have 4g",
        _share(lambda d: float((d["four_g"] == 1).mean())),
        ("four_g",),
    ),
    Q(
        "and 3g?",
        _share(lambda d: float((d["three_g"] == 1).mean())),
        ("three_g", "four_g"),
    ),
    Q(
        "which feature is most strongly correlated with the price range?",
        _lead(either(_named(_mb_top_feature("pearson")), _named(_mb_top_feature("spearman")))),
        (*_MB_PRICE, "ram", "battery_power", "px_height", "px_width"),
    ),
    Q(
        "compare avg battery power of price range 0 vs 3",
        has(_mb_battery, rel=0.003),
        (*_MB_PRICE, "battery_power"),
    ),
    Q(
        "how many phones have more than 3gb of ram?",
        either(*(_count(_mb_big_ram(cut, inc)) for cut in (3000, 3072) for inc in (False, True))),
        ("ram",),
    ),
]


# --- 6. Crop recommendation (Kaggle Crop_recommendation.csv) --------------------------------------------------------

# crop: N, P, K, temperature, humidity, ph and rainfall ranges (low-high)
_CR_CROPS = _fields(
    "rice|60-99|35-60|35-45|20.0-26.9|80.1-84.9|5.0-7.9|182.6-298.6;"
    "maize|60-100|35-60|15-25|18.0-26.5|55.3-74.8|5.5-7.0|60.6-109.8;"
    "chickpea|20-60|55-80|75-85|17.0-21.0|14.3-20.0|6.0-8.9|65.1-94.8;"
    "kidneybeans|0-40|55-80|15-25|15.3-25.0|18.1-25.0|5.5-6.0|60.3-149.7;"
    "pigeonpeas|0-40|55-80|15-25|18.3-37.0|30.4-69.7|4.5-7.4|90.1-198.8;"
    "mothbeans|0-40|35-60|15-25|24.0-32.0|40.0-65.0|3.5-9.9|30.9-74.4;"
    "mungbean|0-40|35-60|15-25|27.0-29.9|80.0-90.0|6.2-7.2|36.1-59.9;"
    "blackgram|20-60|55-80|15-25|25.1-35.0|60.1-70.0|6.5-7.8|60.4-75.0;"
    "lentil|0-40|55-80|15-25|18.1-30.0|60.1-70.0|5.9-7.8|35.0-54.9;"
    "pomegranate|0-40|5-30|35-45|18.1-25.0|85.1-95.0|5.6-7.2|102.5-112.5;"
    "banana|80-120|70-95|45-55|25.0-30.0|75.0-85.0|5.5-6.5|90.1-119.8;"
    "mango|0-40|15-40|25-35|27.0-35.9|45.0-55.0|4.5-7.0|89.3-100.8;"
    "grapes|0-40|120-145|195-205|8.8-41.9|80.0-84.0|5.5-6.5|65.0-74.9;"
    "watermelon|80-120|5-30|45-55|24.0-27.0|80.0-90.0|6.0-7.0|40.1-59.8;"
    "muskmelon|80-120|5-30|45-55|27.0-30.0|90.0-95.0|6.0-6.8|20.2-29.9;"
    "apple|0-40|120-145|195-205|21.0-24.0|90.0-95.0|5.5-6.5|100.1-124.9;"
    "orange|0-40|5-30|5-15|10.0-34.9|90.0-95.0|6.0-8.0|100.2-119.7;"
    "papaya|31-70|46-70|45-55|23.0-43.7|90.0-95.0|6.5-7.0|40.4-248.9;"
    "coconut|0-40|5-30|25-35|25.0-30.0|90.0-99.9|5.5-6.5|131.1-225.6;"
    "cotton|100-140|35-60|15-25|22.0-26.0|75.0-85.0|5.8-8.0|60.7-99.9;"
    "jute|60-100|35-60|35-45|23.1-27.0|70.9-89.9|6.0-7.5|150.2-199.8;"
    "coffee|80-120|15-40|25-35|23.1-27.9|50.0-70.0|6.0-7.5|115.2-199.5"
)


def _crop_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3906)
    parts: list[pd.DataFrame] = []
    for label, *ranges in _CR_CROPS:
        bounds = [tuple(float(v) for v in r.split("-")) for r in ranges]
        block: dict[str, Any] = {}
        for name, (lo, hi) in zip(("N", "P", "K"), bounds[:3], strict=True):
            block[name] = rng.integers(int(lo), int(hi) + 1, 100)
        for name, (lo, hi) in zip(("temperature", "humidity", "ph", "rainfall"), bounds[3:], strict=True):
            block[name] = np.round(rng.uniform(lo, hi, 100), 8)
        block["label"] = label
        parts.append(pd.DataFrame(block))
    return pd.concat(parts, ignore_index=True)


def _cr_rain(d: pd.DataFrame) -> pd.Series:
    return d.groupby(_text(d["label"]))["rainfall"].mean()


_CR_ID = ("label",)
_CROP_QS = [
    Q(
        "avg rainfall for each crop",
        _about(lambda d: _cr_rain(d).to_numpy(), rel=0.005),
        (*_CR_ID, "rainfall"),
    ),
    Q(
        "which one needs the least rain?",
        _lead(_named(lambda d: str(_cr_rain(d).idxmin()))),
        (*_CR_ID, "rainfall"),
    ),
    Q(
        "which crop needs the most nitrogen",
        _lead(_named(lambda d: str(d.groupby(_text(d["label"]))["N"].mean().idxmax()))),
        (*_CR_ID, "N"),
    ),
    Q(
        "what percentage of samples have a ph under 6?",
        _share(lambda d: float((d["ph"] < 6).mean())),
        (*_CR_ID, "ph"),
    ),
    Q(
        "corelation between P and K?",
        _corr(lambda d: d["P"], lambda d: d["K"]),
        (*_CR_ID, "P", "K"),
    ),
    Q(
        "plot the distribution of temperature. what are the mean and median?",
        has(lambda d: [float(d["temperature"].mean()), float(d["temperature"].median())], rel=0.003),
        (*_CR_ID, "temperature"),
    ),
]


# --- 7. Global YouTube statistics 2023 (Kaggle "Global YouTube Statistics 2023") ------------------------------------

# country: abbreviation, channels, tertiary enrolment (%), population, unemployment (%), urban population, latitude,
# longitude
_YT_COUNTRIES: dict[str, tuple[str, float, float, int, float, int, float, float]] = {
    "United States": ("US", 313, 88.2, 328_239_523, 14.7, 270_663_028, 37.09024, -95.712891),
    "India": ("IN", 168, 28.1, 1_366_417_754, 5.36, 471_031_528, 20.593684, 78.96288),
    "Brazil": ("BR", 62, 51.3, 212_559_417, 12.08, 183_241_641, -14.235004, -51.92528),
    "United Kingdom": ("GB", 43, 60.0, 66_834_405, 3.85, 55_908_316, 55.378051, -3.435973),
    "Mexico": ("MX", 33, 40.2, 126_014_024, 3.42, 102_626_859, 23.634501, -102.552784),
    "Indonesia": ("ID", 28, 36.3, 270_203_917, 4.69, 151_509_724, -0.789275, 113.921327),
    "Spain": ("ES", 22, 88.9, 47_076_781, 13.96, 37_927_409, 40.463667, -3.74922),
    "Thailand": ("TH", 18, 49.3, 69_625_582, 0.75, 35_294_600, 15.870032, 100.992541),
    "South Korea": ("KR", 17, 94.3, 51_709_098, 4.15, 42_106_719, 35.907757, 127.766922),
    "Russia": ("RU", 16, 81.9, 144_373_535, 4.59, 107_683_889, 61.52401, 105.318756),
    "Canada": ("CA", 15, 68.9, 36_991_981, 5.56, 30_628_482, 56.130366, -106.346771),
    "Argentina": ("AR", 13, 90.0, 44_938_712, 9.79, 41_339_571, -38.416097, -63.616672),
    "Philippines": ("PH", 12, 35.5, 108_116_615, 2.15, 50_975_903, 12.879721, 121.774017),
    "Colombia": ("CO", 11, 55.3, 50_339_443, 9.71, 40_827_302, 4.570868, -74.297333),
    "Saudi Arabia": ("SA", 9, 68.0, 34_268_528, 5.93, 28_807_838, 23.885942, 45.079162),
    "Australia": ("AU", 9, 113.1, 25_766_605, 5.27, 21_844_756, -25.274398, 133.775136),
    "Ukraine": ("UA", 8, 82.7, 44_385_155, 8.88, 30_835_699, 48.379433, 31.16558),
    "United Arab Emirates": ("AE", 7, 36.8, 9_770_529, 2.35, 8_479_744, 23.424076, 53.847818),
    "Pakistan": ("PK", 6, 9.0, 216_565_318, 4.45, 79_927_762, 30.375321, 69.345116),
    "Germany": ("DE", 6, 70.2, 83_132_799, 3.04, 64_324_835, 51.165691, 10.451526),
    "France": ("FR", 5, 65.6, 67_059_887, 8.43, 54_123_364, 46.227638, 2.213749),
    "Japan": ("JP", 5, 63.2, 126_226_568, 2.29, 115_782_416, 36.204824, 138.252924),
    "Turkey": ("TR", 4, 23.9, 83_429_615, 13.49, 63_097_818, 38.963745, 35.243322),
    "Sweden": ("SE", 4, 67.0, 10_285_453, 6.48, 9_021_165, 60.128161, 18.643501),
    "Jordan": ("JO", 3, 34.4, 10_101_694, 14.72, 9_213_048, 30.585164, 36.238414),
    "Chile": ("CL", 3, 88.5, 18_952_038, 7.09, 16_610_135, -35.675147, -71.542969),
    "Vietnam": ("VN", 3, 28.5, 96_462_106, 2.01, 35_332_140, 14.058324, 108.277199),
    "Netherlands": ("NL", 3, 85.0, 17_332_850, 3.2, 15_924_729, 52.132633, 5.291266),
    "Singapore": ("SG", 3, 84.8, 5_703_569, 4.11, 5_703_569, 1.352083, 103.819836),
    "Egypt": ("EG", 2, 35.2, 100_388_073, 10.76, 42_895_824, 26.820553, 30.802498),
    "Italy": ("IT", 2, 61.9, 60_297_396, 9.89, 42_651_966, 41.87194, 12.56738),
    "Ecuador": ("EC", 2, 44.9, 17_373_662, 3.97, 11_116_711, -1.831239, -78.183406),
    "nan": ("nan", 122, 0.0, 0, 0.0, 0, 0.0, 0.0),
}
# category: channels, channel type, views per subscriber, typical uploads
_YT_CATEGORIES: dict[str, tuple[float, str, float, float]] = {
    "Entertainment": (241, "Entertainment", 500, 1500),
    "Music": (202, "Music", 700, 700),
    "People & Blogs": (132, "People", 450, 800),
    "Gaming": (94, "Games", 450, 2500),
    "Comedy": (69, "Comedy", 450, 500),
    "Film & Animation": (54, "Film", 550, 800),
    "Education": (45, "Education", 600, 600),
    "Howto & Style": (40, "Howto", 350, 600),
    "News & Politics": (26, "News", 400, 40000),
    "Science & Technology": (17, "Tech", 350, 900),
    "Shows": (13, "Entertainment", 900, 20000),
    "Sports": (11, "Sports", 450, 3000),
    "Pets & Animals": (4, "Animals", 500, 600),
    "Trailers": (2, "Entertainment", 600, 900),
    "Nonprofits & Activism": (2, "Nonprofit", 300, 400),
    "Movies": (2, "Film", 500, 300),
    "Autos & Vehicles": (2, "Autos", 400, 900),
    "Travel & Events": (1, "Entertainment", 300, 500),
    "nan": (46, "nan", 450, 800),
}
# famous channels: subscribers, video views, category, uploads, country, channel type, created (year, month, day)
_YT_FAMOUS = _fields(
    "T-Series|245000000|228000000000|Music|20082|India|Music|2006|Mar|13;"
    "YouTube Movies|170000000|0|Film & Animation|1|United States|Games|2006|Mar|5;"
    "MrBeast|166000000|28368841870|Entertainment|741|United States|Entertainment|2012|Feb|20;"
    "Cocomelon - Nursery Rhymes|162000000|164000000000|Education|966|United States|Education|2006|Sep|1;"
    "SET India|159000000|148000000000|Shows|116536|India|Entertainment|2006|Sep|20;"
    "Music|119000000|0|nan|0|nan|Music|2013|Sep|24;"
    "Kids Diana Show|112000000|93247040539|People & Blogs|1111|United States|Entertainment|2015|May|12;"
    "PewDiePie|111000000|29058044447|Gaming|4716|Japan|Entertainment|2010|Apr|29;"
    "Like Nastya|106000000|90479060027|People & Blogs|493|Russia|People|2016|Jan|14;"
    "Vlad and Niki|98900000|77180169894|Entertainment|574|United States|Entertainment|2018|Apr|23;"
    "Zee Music Company|96700000|57856289381|Music|8548|India|Music|2014|Mar|12;"
    "WWE|96000000|77428473662|Sports|70127|United States|Sports|2007|May|11;"
    "Gaming|93300000|0|nan|0|nan|nan|||;"
    "BLACKPINK|89800000|32144597566|People & Blogs|543|South Korea|Entertainment|2016|Jun|29;"
    "Goldmines|86900000|24118937971|Film & Animation|4779|India|Film|2012|Feb|13;"
    "Sony SAB|83000000|101000000000|Shows|71270|India|Entertainment|2007|Jul|20;"
    "5-Minute Crafts|80100000|26236790209|Howto & Style|6113|United Kingdom|Howto|2016|Nov|15;"
    "BANGTANTV|75600000|20826993957|Music|2281|South Korea|Music|2012|Dec|17;"
    "Sports|75000000|0|nan|3|nan|nan|2013|Dec|23;"
    "Justin Bieber|71600000|30608119724|Music|251|Canada|Music|2007|Jan|15;"
    "HYBE LABELS|71000000|25812734955|Music|986|South Korea|Music|2008|May|28;"
    "Zee TV|70500000|73139054467|Shows|129204|India|Entertainment|2005|Dec|16;"
    "Pinkfong Baby Shark - Kids' Songs & Stories|68200000|39167437463|Education|2056|United States|Education|"
    "2011|Jun|6;"
    "Canal KondZilla|66500000|36300288110|Music|2077|Brazil|Music|2012|Mar|8;"
    "ChuChu TV Nursery Rhymes & Kids Songs|64900000|45757850229|Education|1134|India|Education|2013|Mar|7;"
    "Colors TV|64600000|61510906457|Shows|112409|India|Entertainment|2007|Feb|12;"
    "Dude Perfect|59500000|16841630606|Sports|393|United States|Sports|2009|Mar|17;"
    "Marshmello|56400000|14454486562|Music|424|United States|Music|2015|Feb|15;"
    "EminemMusic|56000000|25109745410|Music|126|United States|Music|2006|Feb|7;"
    "Ed Sheeran|53500000|30183524811|Music|202|United Kingdom|Music|2006|Nov|19;"
    "YouTube|36400000|2631015600|Entertainment|744|United States|Entertainment|1970|Jan|1"
)
_YT_FIRST = _split(
    "Aditya;Bibi;Luccas;Kimberly;Rosa;Juega;Ami;Tanya;Ryan;Alex;Fede;Lucas;Nick;Sofi;Enes;Ninja;Jess;Max;Leo;Ana;"
    "Gabi;Dani;Mika;Ravi;Sandeep;Harsh;Tony;Maria;Carlos;Diego;Misha;Kevin;Sam;Lily;Emma;Zoe;Theo;Noah;Ali;Omar;"
    "Fatima;Yuki;Kenji;Jae;Bella;Lola;Pablo;Rafa;Vicky;Arjun;Jordi;Mateo;Ivan;Kaan;Selin;Farah;Nadia;Bruno;Tiago;Raj"
)
_YT_SUFFIX = _split(
    "TV;Vlogs;Official;Music;Gaming;Show;Kids;Family;Channel;Tube;Studio;Plays;Toys;Cooking;Tricks;Films;Comedy;"
    "Live;Records;Entertainment;News;Tech;Hindi;Shorts"
)
_YT_MONTHS = _split("Jan;Feb;Mar;Apr;May;Jun;Jul;Aug;Sep;Oct;Nov;Dec")
_YT_CREATED: dict[int, float] = {
    2005: 2,
    2006: 8,
    2007: 4,
    2008: 5,
    2009: 6,
    2010: 6,
    2011: 8,
    2012: 8,
    2013: 8,
    2014: 9,
    2015: 8,
}
_YT_CREATED |= {2016: 8, 2017: 6, 2018: 4, 2019: 3, 2020: 2, 2021: 1, 2022: 0.3}


def _yt_name(rng: np.random.Generator, used: set[str]) -> str:
    for _ in range(200):
        first, suffix = str(_one(rng, _YT_FIRST)), str(_one(rng, _YT_SUFFIX))
        name = str(_one(rng, [f"{first} {suffix}", f"{first}{suffix}", f"The {first} {suffix}", f"{first} Vlogs"]))
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("no name left")


def _youtube_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3907)
    countries = list(_YT_COUNTRIES)
    categories = list(_YT_CATEGORIES)
    rows: list[dict[str, Any]] = []
    for name, subs_t, views_t, category, uploads_t, country, kind, year_t, month, day in _YT_FAMOUS:
        rows.append(
            {
                "Youtuber": name,
                "subscribers": int(subs_t),
                "video views": float(views_t),
                "category": category,
                "uploads": int(uploads_t),
                "Country": country,
                "channel_type": kind,
                "created_year": float(year_t) if year_t else np.nan,
                "created_month": month or "nan",
                "created_date": float(day) if day else np.nan,
            }
        )
    used = {r["Youtuber"] for r in rows}
    while len(rows) < 995:
        category = str(_one(rng, categories, [c[0] for c in _YT_CATEGORIES.values()]))
        _w, kind, per_sub, typical = _YT_CATEGORIES[category]
        if category == "nan":
            kind = str(_one(rng, ["Entertainment", "Music", "People", "nan"], [30, 25, 15, 30]))
        country = str(_one(rng, countries, [c[1] for c in _YT_COUNTRIES.values()]))
        tail = {"United States": 1.7, "India": 2.2}.get(country, 2.7)
        subs = int(np.clip(round(12.3e6 * (1 + rng.pareto(tail)) / 1e5) * 1e5, 12.3e6, 58e6))
        uploads = 0 if rng.random() < 0.035 else int(rng.lognormal(np.log(typical), 1.1)) + 1
        views = subs * rng.lognormal(np.log(per_sub), 0.75) * (max(uploads, 1) / typical) ** 0.2
        year = float(_one(rng, list(_YT_CREATED), list(_YT_CREATED.values())))
        rows.append(
            {
                "Youtuber": _yt_name(rng, used),
                "subscribers": subs,
                "video views": 0.0 if rng.random() < 0.006 else float(round(views)),
                "category": category,
                "uploads": uploads,
                "Country": country,
                "channel_type": kind,
                "created_year": np.nan if rng.random() < 0.004 else year,
                "created_month": str(_one(rng, _YT_MONTHS)),
                "created_date": float(rng.integers(1, 32)),
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[frame["created_year"].isna(), ["created_month", "created_date"]] = ["nan", np.nan]
    frame = frame.sort_values("subscribers", ascending=False, kind="stable", ignore_index=True)
    n = len(frame)
    views = frame["video views"].to_numpy()
    rank = np.where(views > 0, np.maximum(1, 1.08e15 / np.maximum(views, 1) ** 1.2 * rng.lognormal(0, 0.1, n)), np.nan)
    recent = views * rng.lognormal(np.log(0.012), 1.0, n)
    recent = np.where(rng.random(n) < 0.056, np.nan, np.round(recent))
    low = np.where(np.isnan(recent), 0.0, np.round(np.nan_to_num(recent) * 0.00025, 1))
    high = np.where(np.isnan(recent), 0.0, np.round(np.nan_to_num(recent) * 0.004, 1))
    new_subs = np.where(rng.random(n) < 0.34, np.nan, np.round(frame["subscribers"] * rng.lognormal(-4.6, 0.8, n), -3))
    country = frame["Country"]
    kind = frame["channel_type"]
    frame.insert(0, "rank", np.arange(1, n + 1))
    frame.insert(5, "Title", frame["Youtuber"])
    frame.insert(8, "Abbreviation", [_YT_COUNTRIES[c][0] for c in country])
    frame["video_views_rank"] = np.round(rank)
    frame["country_rank"] = frame.groupby("Country").cumcount().add(1).astype(float).where(country != "nan")
    frame["channel_type_rank"] = frame.groupby("channel_type").cumcount().add(1).astype(float).where(kind != "nan")
    frame["video_views_for_the_last_30_days"] = recent
    frame["lowest_monthly_earnings"] = low
    frame["highest_monthly_earnings"] = high
    frame["lowest_yearly_earnings"] = np.round(low * 12 * rng.uniform(0.95, 1.05, n), 1)
    frame["highest_yearly_earnings"] = np.round(high * 12 * rng.uniform(0.95, 1.05, n), 1)
    frame["subscribers_for_last_30_days"] = new_subs
    for column in ("created_year", "created_month", "created_date"):
        frame[column] = frame.pop(column)
    stats = ("Gross tertiary education enrollment (%)", "Population", "Unemployment rate", "Urban_population")
    for k, column in enumerate((*stats, "Latitude", "Longitude")):
        frame[column] = [np.nan if c == "nan" else float(_YT_COUNTRIES[c][2 + k]) for c in country]
    return frame


def _yt_missing(d: pd.DataFrame, column: str) -> pd.Series:
    return _text(d[column]).isin(["", "nan"])


def _yt_top_country(d: pd.DataFrame) -> str:
    return str(_text(d["Country"])[~_yt_missing(d, "Country")].value_counts().idxmax())


def _yt_created(floor: float) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(((d["created_year"] >= floor) & (d["created_year"] < 2010)).sum())


def _yt_active(d: pd.DataFrame) -> pd.DataFrame:
    return d[(d["uploads"] > 0) & (d["video views"] > 0)]


_YT_ID = ("rank", "Youtuber", "Title")
_YOUTUBE_QS = [
    Q(
        "top 10 youtubers by subscribers",
        _all_named(lambda d: [str(x) for x in d.nlargest(10, "subscribers")["Youtuber"]]),
        (*_YT_ID, "subscribers"),
    ),
    Q(
        "which country has the most channels in the list?",
        _lead(_named(_yt_top_country, _US)),
        (*_YT_ID, "Country", "Abbreviation"),
    ),
    Q(
        "whats the avg subscriber count for channels from there?",
        _scaled(lambda d: float(d.loc[_text(d["Country"]) == _yt_top_country(d), "subscribers"].mean()), (1e6,)),
        (*_YT_ID, "Country", "Abbreviation", "subscribers"),
    ),
    Q(
        "how many channels were created before 2010?",
        either(_count(_yt_created(-np.inf)), _count(_yt_created(2005))),
        (*_YT_ID, "created_year", "created_month", "created_date"),
    ),
    Q(
        "is there a correlation btw uploads and video views",
        either(
            _corr(lambda d: d["uploads"], lambda d: d["video views"]),
            _corr(lambda d: _yt_active(d)["uploads"], lambda d: _yt_active(d)["video views"]),
        ),
        (*_YT_ID, "uploads", "video views"),
    ),
    Q(
        "what percent of channels have no country listed?",
        _share(lambda d: float(_yt_missing(d, "Country").mean())),
        (*_YT_ID, "Country", "Abbreviation"),
    ),
]


HELDOUT39: list[Dataset] = [
    Dataset("tmdb_5000_movies", _tmdb_frame, _TMDB_QS),
    Dataset("world_population_2022", _world_frame, _WORLD_QS),
    Dataset("maven_coffee_shop_sales", _coffee_frame, _COFFEE_QS),
    Dataset("us_births_2000_2014", _births_frame, _BIRTHS_QS),
    Dataset("mobile_price_classification", _mobile_frame, _MOBILE_QS),
    Dataset("crop_recommendation", _crop_frame, _CROP_QS),
    Dataset("global_youtube_statistics_2023", _youtube_frame, _YOUTUBE_QS),
]
