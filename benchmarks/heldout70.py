"""HELDOUT70: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Movie Industry file (movies.csv, 3000 films from 1980 to 2020, few from 2020) with name, MPAA ratings such as "R",
"PG-13", "Not Rated" and a few blank, one genre per film, year, released written "June 13, 1980 (United States)"
(now and then only "July 1982 (Japan)", a premiere in the next year or abroad, two blank), a one-decimal score,
votes as rounded floats (927000.0), director, writer and star, the country, budget as a float with many blanks,
gross as a float with a few blanks, a production company and a runtime in minutes, real blockbusters among made-up
films and "The Lion King" twice, sorted by year and then by votes; Kaggle's Personal Key Indicators of Heart Disease
(heart_2020_cleaned.csv, 5000 CDC survey answers) with Yes / No HeartDisease, Smoking, AlcoholDrinking, Stroke,
DiffWalking, PhysicalActivity, Asthma, KidneyDisease and SkinCancer, a two-decimal BMI, PhysicalHealth and
MentalHealth as days out of 30 written as floats, Female / Male, five-year AgeCategory bands from "18-24" to "80 or
older", six Race groups ("American Indian/Alaskan Native"), Diabetic as "No", "Yes", "No, borderline diabetes" or
"Yes (during pregnancy)", GenHealth from "Poor" to "Excellent" and SleepTime in hours; Connecticut's Real Estate Sales
2001-2022 file from data.gov (4000 sales) with Serial Number, List Year, Date Recorded as "09/13/2021" (two blank),
Town, upper-case Address, Assessed Value and Sale Amount as floats, Sales Ratio with many digits (huge for a few
token sales of $1 to $1,000), Property Type "Residential" / "Commercial" / "Vacant Land" and so on (mostly blank
before list year 2007), Residential Type "Single Family" / "Condo" / "Two Family" / "Three Family" / "Four Family",
Non Use Code as "14 - Foreclosure" or a bare "25", upper-case Assessor Remarks, rare OPM remarks and a Location
"POINT (-73.06822 41.35014)" for some sales; Rebrickable's LEGO sets.csv as TidyTuesday shared it (5000 sets from
1949 to 2022) with set_num such as "8-1" or "75192-1", name (many names reused), year, a bare theme_id, num_parts
(0 for books and gear) and an img_url, sorted by set_num as text; Kaggle's Kobe Bryant Shot Selection data.csv (5000
shots over twenty seasons) with action_type ("Pullup Jump shot" in its lower case), combined_shot_type,
game_event_id, game_id, lat / lon and loc_x / loc_y, minutes and seconds remaining, period, 0/1 playoffs, season
"2000-01", shot_distance in feet, shot_made_flag 0/1 with about a sixth blank, "2PT Field Goal" / "3PT Field Goal",
shot zones such as "Right Side(R)", "Mid-Range" and "16-24 ft.", the Lakers' team_id and team_name, ISO game dates,
matchups "LAL @ POR" / "LAL vs. UTA", opponent codes and shot_id, in game_id order (so 2000-01 comes before
1996-97); Kaggle's Mobile Device Usage and User Behavior file (user_behavior_dataset.csv, 700 users) with User ID,
five Device Models, Android / iOS, "App Usage Time (min/day)", "Screen On Time (hours/day)", "Battery Drain
(mAh/day)", "Number of Apps Installed", "Data Usage (MB/day)", Age, Gender and a User Behavior Class from 1 to 5
that sets every usage figure; and UNHCR's population statistics as TidyTuesday shared them (population.csv,
2010-2022) with year, coo_name / coo / coo_iso and coa_name / coa / coa_iso (UNHCR names such as "Syrian Arab
Rep.", "Türkiye" and "Iran (Islamic Rep. of)", UNHCR codes that differ from the ISO ones such as "GFR" for Germany),
refugees, asylum_seekers, returned_refugees, idps, returned_idps, stateless, ooc, oip (blank before 2018) and hst
(mostly blank), internally displaced people on rows whose origin and asylum are the same country and an "Unknown"
origin. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _table
from .heldout39 import _fields
from .heldout40 import _fixed, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top_aliased(ranking: Callable[[pd.DataFrame], pd.Series], k: int, aliases: Mapping[str, tuple[str, ...]]) -> Check:
    """`_top_named` where a label may also be said by one of its aliases ("Syria" for "Syrian Arab Rep.")."""

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


def _yes(s: pd.Series) -> pd.Series:
    return _text(s) == "Yes"


def _top_label(counts: pd.Series) -> str:
    return str(_ranked(counts).index[0])


_FIRST = _split(
    "James;Michael;David;Robert;John;Mark;Steven;Daniel;Brian;Kevin;Jason;Matthew;Chris;Paul;Scott;Peter;Tom;Greg;"
    "Mary;Jennifer;Linda;Susan;Karen;Lisa;Nancy;Sarah;Emily;Jessica;Laura;Rachel;Anna;Julia;Kate;Amy;Dana;Rita;"
    "Carlos;Luis;Hiro;Kenji;Ravi;Omar;Ivan;Pierre;Hans;Lars;Nils;Mateo;Diego;Andre;Marcus;Zoe;Maya;Nina;Lena;Ava;"
    "Chloe;Grace;Hannah;Olivia;Sofia;Isabella;Leah;Naomi;Ruby;Elena;Yuki;Mei;Priya;Frank;Gary;Harold;Walter;Dean"
)
_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Wilson;Anderson;Taylor;Thomas;Moore;Martin;Jackson;Thompson;"
    "White;Harris;Clark;Lewis;Robinson;Walker;Young;Allen;King;Wright;Scott;Green;Baker;Adams;Nelson;Hill;Campbell;"
    "Mitchell;Roberts;Carter;Phillips;Evans;Turner;Torres;Parker;Collins;Edwards;Stewart;Morris;Murphy;Cook;Rogers;"
    "Morgan;Cooper;Peterson;Reed;Bailey;Bell;Kelly;Howard;Ward;Cox;Richardson;Wood;Watson;Brooks;Bennett;Gray;Hughes;"
    "Price;Sanders;Myers;Long;Ross;Foster;Nakamura;Tanaka;Kim;Park;Chen;Wong;Patel;Singh;Garcia;Lopez;Rossi;Muller"
)


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


# --- 1. Movie industry (Kaggle "Movie Industry", movies.csv) ------------------------------------------------------

_MI_COLUMNS = _split(
    "name;rating;genre;year;released;score;votes;director;writer;star;country;budget;gross;company;runtime"
)
# name|rating|genre|year|released|score|votes|director|writer|star|country|budget|gross|company|runtime
_MI_KNOWN = _fields(
    "Avatar|PG-13|Action|2009|December 18, 2009 (United States)|7.8|1100000|James Cameron|James Cameron|"
    "Sam Worthington|United States|237000000|2847246203|Twentieth Century Fox|162;"
    "Avengers: Endgame|PG-13|Action|2019|April 26, 2019 (United States)|8.4|903000|Anthony Russo|"
    "Christopher Markus|Robert Downey Jr.|United States|356000000|2797501328|Marvel Studios|181;"
    "Titanic|PG-13|Drama|1997|December 19, 1997 (United States)|7.8|1100000|James Cameron|James Cameron|"
    "Leonardo DiCaprio|United States|200000000|2201647264|Twentieth Century Fox|194;"
    "Star Wars: Episode VII - The Force Awakens|PG-13|Action|2015|December 18, 2015 (United States)|7.8|876000|"
    "J.J. Abrams|Lawrence Kasdan|Daisy Ridley|United States|245000000|2069521700|Lucasfilm|138;"
    "Avengers: Infinity War|PG-13|Action|2018|April 27, 2018 (United States)|8.4|897000|Anthony Russo|"
    "Christopher Markus|Robert Downey Jr.|United States|321000000|2048359754|Marvel Studios|149;"
    "The Lion King|PG|Animation|2019|July 19, 2019 (United States)|6.9|222000|Jon Favreau|Jeff Nathanson|"
    "Donald Glover|United States|260000000|1670727580|Walt Disney Pictures|118;"
    "Jurassic World|PG-13|Action|2015|June 12, 2015 (United States)|7.0|593000|Colin Trevorrow|Rick Jaffa|"
    "Chris Pratt|United States|150000000|1670516444|Universal Pictures|124;"
    "The Avengers|PG-13|Action|2012|May 4, 2012 (United States)|8.0|1300000|Joss Whedon|Joss Whedon|"
    "Robert Downey Jr.|United States|220000000|1518815515|Marvel Studios|143;"
    "Furious 7|PG-13|Action|2015|April 3, 2015 (United States)|7.1|370000|James Wan|Chris Morgan|Vin Diesel|"
    "United States|190000000|1515341399|Universal Pictures|137;"
    "Frozen II|PG|Animation|2019|November 22, 2019 (United States)|6.8|148000|Chris Buck|Jennifer Lee|Kristen Bell|"
    "United States|150000000|1450026933|Walt Disney Animation Studios|103;"
    "The Lion King|G|Animation|1994|June 24, 1994 (United States)|8.5|1000000|Roger Allers|Irene Mecchi|"
    "Matthew Broderick|United States|45000000|968511805|Walt Disney Pictures|88;"
    "The Shining|R|Drama|1980|June 13, 1980 (United States)|8.4|927000|Stanley Kubrick|Stephen King|"
    "Jack Nicholson|United Kingdom|19000000|46998772|Warner Bros.|146;"
    "Star Wars: Episode V - The Empire Strikes Back|PG|Action|1980|June 20, 1980 (United States)|8.7|1200000|"
    "Irvin Kershner|Leigh Brackett|Mark Hamill|United States|18000000|538375067|Lucasfilm|124;"
    "Airplane!|PG|Comedy|1980|July 2, 1980 (United States)|7.7|221000|Jim Abrahams|Jim Abrahams|Robert Hays|"
    "United States|3500000|83453539|Paramount Pictures|88;"
    "The Dark Knight|PG-13|Action|2008|July 18, 2008 (United States)|9.0|2400000|Christopher Nolan|Jonathan Nolan|"
    "Christian Bale|United States|185000000|1005973645|Warner Bros.|152;"
    "Inception|PG-13|Action|2010|July 16, 2010 (United States)|8.8|2100000|Christopher Nolan|Christopher Nolan|"
    "Leonardo DiCaprio|United States|160000000|836848102|Warner Bros.|148;"
    "Joker|R|Crime|2019|October 4, 2019 (United States)|8.4|1100000|Todd Phillips|Todd Phillips|Joaquin Phoenix|"
    "United States|55000000|1074458282|Warner Bros.|122;"
    "Parasite|R|Comedy|2019|May 30, 2019 (South Korea)|8.6|683000|Bong Joon Ho|Bong Joon Ho|Kang-ho Song|"
    "South Korea|11400000|258773645|Barunson E&A|132;"
    "Pulp Fiction|R|Crime|1994|October 14, 1994 (United States)|8.9|1900000|Quentin Tarantino|Quentin Tarantino|"
    "John Travolta|United States|8000000|213928762|Miramax|154;"
    "Forrest Gump|PG-13|Drama|1994|July 6, 1994 (United States)|8.8|1900000|Robert Zemeckis|Winston Groom|"
    "Tom Hanks|United States|55000000|678226465|Paramount Pictures|142"
)
# genre: share of films (%), median budget in 1980 dollars, score shift, runtime shift, ratings
_MI_GENRES: dict[str, tuple[float, float, float, float, str]] = {
    "Comedy": (28.5, 9e6, -0.2, -6, "R:40;PG-13:32;PG:20;Not Rated:4;G:1;Unrated:1;TV-MA:0.5;:1"),
    "Action": (22.0, 22e6, -0.2, 6, "R:50;PG-13:38;PG:7;Not Rated:3;Unrated:1;:1"),
    "Drama": (20.0, 8e6, 0.4, 8, "R:55;PG-13:22;PG:12;Not Rated:7;Unrated:1.5;NC-17:0.5;TV-14:0.5;:1.5"),
    "Crime": (7.2, 10e6, 0.3, 5, "R:80;PG-13:12;Not Rated:5;Unrated:1;NC-17:1;:1"),
    "Biography": (5.8, 12e6, 0.7, 12, "R:48;PG-13:38;PG:9;Not Rated:4;:1"),
    "Adventure": (5.1, 18e6, 0.1, 2, "PG:38;PG-13:32;R:20;G:4;Not Rated:4;:2"),
    "Animation": (4.5, 30e6, 0.3, -14, "PG:55;G:20;PG-13:14;Not Rated:5;R:3;TV-PG:1;:2"),
    "Horror": (4.3, 5e6, -0.9, -12, "R:82;PG-13:12;Not Rated:3;Unrated:2;:1"),
    "Fantasy": (0.6, 10e6, -0.3, -2, "PG-13:40;R:30;PG:25;:5"),
    "Mystery": (0.3, 9e6, 0.0, 0, "R:60;PG-13:35;:5"),
    "Thriller": (0.2, 8e6, -0.4, -4, "R:80;PG-13:20"),
    "Family": (0.2, 9e6, -0.3, -10, "PG:60;G:40"),
    "Sci-Fi": (0.15, 12e6, -0.4, 0, "R:60;PG-13:40"),
    "Romance": (0.1, 6e6, 0.0, 0, "R:50;PG-13:50"),
    "Western": (0.05, 6e6, 0.0, 10, "R:100"),
}
_MI_DIRECTORS = (
    "Woody Allen:16;Clint Eastwood:13;Steven Spielberg:11;Ron Howard:10;Steven Soderbergh:10;Ridley Scott:9;"
    "Joel Schumacher:9;Barry Levinson:9;Martin Scorsese:8;Oliver Stone:8;Tim Burton:8;Rob Reiner:8;Spike Lee:8;"
    "Richard Linklater:7;Tyler Perry:7;Dennis Dugan:7;Renny Harlin:7;Wes Craven:7;John Carpenter:6;Brian De Palma:6;"
    "Robert Zemeckis:5;Christopher Nolan:4;David Fincher:5;Michael Bay:5;Shawn Levy:5;Peter Farrelly:4;Ivan Reitman:6"
)
_MI_COUNTRIES = (
    "United States:70;United Kingdom:10.5;France:3.5;Canada:2.5;Germany:1.6;Australia:1.2;Japan:1;India:0.8;"
    "Italy:0.7;Spain:0.6;Hong Kong:0.6;China:0.5;Ireland:0.5;South Korea:0.5;Denmark:0.3;Sweden:0.3;Mexico:0.3;"
    "New Zealand:0.2;Belgium:0.2;Norway:0.2;Netherlands:0.2;Brazil:0.1;Argentina:0.1;:0.1"
)
_MI_COMPANIES = (
    "Universal Pictures:6;Warner Bros.:5.5;Columbia Pictures:5;Paramount Pictures:4.5;Twentieth Century Fox:3.2;"
    "New Line Cinema:2.3;Touchstone Pictures:1.7;Metro-Goldwyn-Mayer (MGM):1.7;Walt Disney Pictures:1.5;"
    "Columbia TriStar:1;Miramax:1;DreamWorks Pictures:0.8;Dimension Films:0.6;Lionsgate:0.9;Summit Entertainment:0.5;"
    "Orion Pictures:1;TriStar Pictures:1.3;Fox Searchlight Pictures:0.7;Focus Features:0.6;Castle Rock Entertainment:"
    "0.8;Village Roadshow Pictures:0.5;StudioCanal:0.5;Working Title Films:0.5;BBC Films:0.4;Canal+:0.4;"
    "Blumhouse Productions:0.4;Screen Gems:0.4;Legendary Entertainment:0.3;Relativity Media:0.5;:0.2"
)
_MI_ADJ = _split(
    "Last;Lost;Dark;Silent;Broken;Hidden;Secret;Perfect;Wild;Cold;Deadly;Final;Golden;Crimson;Midnight;Burning;"
    "Little;Sweet;Bitter;Crazy;Dangerous;Lonely;Eternal;Savage;Quiet;Restless;Fatal;Electric;Hollow;Bright;Rogue"
)
_MI_NOUN = _split(
    "Heart;Game;Road;Night;City;River;Summer;Kingdom;Witness;Affair;Promise;Hour;Island;Code;Storm;Mission;Season;"
    "Empire;Stranger;Target;Legacy;Dream;Ride;Escape;Shadow;Secret;Frontier;Harbor;Circle;Signal;Crossing;Getaway"
)
_MI_PLACES = _split("Paris;Brooklyn;Texas;Tokyo;Berlin;Vegas;Havana;Montana;Rome;Chicago;Alaska;Harlem;Venice;Dublin")


def _mi_title(rng: np.random.Generator) -> str:
    adj, noun = str(_one(rng, _MI_ADJ)), str(_one(rng, _MI_NOUN))
    forms = [
        f"The {adj} {noun}",
        f"{adj} {noun}",
        f"{noun} of the {adj}",
        f"Midnight in {_one(rng, _MI_PLACES)}",
        f"{adj} in {_one(rng, _MI_PLACES)}",
        f"The {noun}",
        f"{_one(rng, _FIRST)}'s {noun}",
        f"A {adj} {noun}",
    ]
    return str(_one(rng, forms, [20, 20, 6, 2, 8, 5, 6, 4]))


def _mi_round(value: float, places: int) -> float:
    """A figure to `places` significant digits, as the file rounds budgets and votes."""
    if value <= 0:
        return 0.0
    step = 10.0 ** (int(np.floor(np.log10(value))) - places + 1)
    return float(round(value / step) * step)


def _movies_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7001)
    n = 2980
    used = {row[0] for row in _MI_KNOWN}
    genres = list(_MI_GENRES)
    named = [(who, int(k)) for who, k in (x.rsplit(":", 1) for x in _split(_MI_DIRECTORS))]
    directors = [who for who, k in named for _ in range(k)]
    while len(directors) < n:
        who, k = _person(rng), int(_one(rng, [1, 2, 3], [78, 17, 5]))
        directors += [who] * min(k, n - len(directors))
    order = rng.permutation(n)
    years = list(range(1980, 2021))
    rows: list[dict[str, Any]] = []
    for i in range(n):
        director = directors[int(order[i])]
        year = int(_one(rng, years, [0.3 if y == 2020 else 1.0 + 0.004 * (y - 1980) for y in years]))
        genre = str(_one(rng, genres, [g[0] for g in _MI_GENRES.values()]))
        if director == "Woody Allen":
            genre = str(_one(rng, ["Comedy", "Drama"], [60, 40]))
        _w, base, shift, extra, ratings = _MI_GENRES[genre]
        country = _draw(rng, _MI_COUNTRIES)
        score = float(np.clip(round(rng.normal(6.35 + shift, 0.85), 1), 1.9, 9.3))
        budget = (
            base * 1.035 ** (year - 1980) * float(rng.lognormal(0, 0.85)) * (0.45 if country != "United States" else 1)
        )
        budget = _mi_round(float(np.clip(budget, 6000, 300e6)), 2)
        gross = budget * float(rng.lognormal(0.5 + 0.35 * (score - 6.3), 0.95))
        gross = float(np.clip(round(gross), 309, 9.2e8))
        votes = float(rng.lognormal(np.log(28000) + 0.75 * (score - 6.3) + 0.35 * np.log(gross / 4e7), 0.7))
        votes = _mi_round(votes, 2 if votes >= 1e6 else 3) if votes >= 1000 else float(round(votes))
        missing = 0.16 + 0.3 * (country != "United States") + 0.12 * (year < 1990) + 0.15 * (gross < 2e6)
        shown = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        place = "United States" if country in ("United States", "") or rng.random() < 0.72 else country
        if rng.random() < 0.04:
            shown = pd.Timestamp(year + 1, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 150)))
            place = str(_one(rng, ["United States", "United Kingdom", "France", "Germany", "Japan", "Australia"]))
        kind = rng.random()
        released = (
            f"{shown:%B} {shown.day}, {shown.year} ({place})"
            if kind > 0.035
            else f"{shown:%B} {shown.year} ({place})"
            if kind > 0.01
            else f"{shown.year} ({place})"
        )
        rows.append(
            {
                "name": _unique(rng, _mi_title, used),
                "rating": _draw(rng, ratings) or None,
                "genre": genre,
                "year": year,
                "released": released,
                "score": score,
                "votes": votes,
                "director": director,
                "writer": director if director == "Woody Allen" or rng.random() < 0.25 else _person(rng),
                "star": _person(rng),
                "country": country or None,
                "budget": None if rng.random() < missing else budget,
                "gross": None if rng.random() < 0.022 else gross,
                "company": _draw(rng, _MI_COMPANIES) or None,
                "runtime": float(np.clip(round(rng.normal(106 + extra, 16)), 63, 220)),
            }
        )
    for line in _MI_KNOWN:
        row: dict[str, Any] = dict(zip(_MI_COLUMNS, line, strict=True))
        for col in ("year", "score", "votes", "budget", "gross", "runtime"):
            row[col] = float(row[col]) if col != "year" else int(row[col])
        rows.append(row)
    frame = pd.DataFrame(rows)
    for col in ("score", "votes", "runtime"):
        frame.loc[rng.choice(n, 3, replace=False), col] = None
    frame.loc[rng.choice(n, 2, replace=False), "released"] = None
    frame = frame.sort_values(["year", "votes"], ascending=[True, False], na_position="last", kind="stable")
    return frame.reset_index(drop=True)[_MI_COLUMNS]


_MI_ALIASES = {
    "Star Wars: Episode VII - The Force Awakens": ("The Force Awakens", "Star Wars VII", "Episode VII"),
    "Avengers: Endgame": ("Endgame",),
    "Avengers: Infinity War": ("Infinity War",),
}


def _mi_top_grossing(d: pd.DataFrame) -> pd.Series:
    films = d.dropna(subset=["gross"])
    return _ranked(pd.Series(films["gross"].to_numpy(), index=_text(films["name"]).to_numpy()))


def _mi_release_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["released"]).str.extract(r"(\d{4})")[0])


def _mi_years(released: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def by(d: pd.DataFrame) -> pd.Series:
        return _mi_release_year(d) if released else d["year"]

    return by


def _mi_best_year(released: bool) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        return float(_top_label(d.groupby(_mi_years(released)(d))["gross"].sum()).split(".")[0])

    return year


def _mi_year_top(released: bool) -> Callable[[pd.DataFrame], str]:
    def name(d: pd.DataFrame) -> str:
        films = d[_mi_years(released)(d) == _mi_best_year(released)(d)]
        return str(_mi_top_grossing(films).index[0])

    return name


_MI_ID = ("name",)
_MI_RATINGS = ("R", "PG-13")
_MOVIES_QS = [
    Q(
        "top 5 highest grossing movies?",
        _top_aliased(_mi_top_grossing, 5, _MI_ALIASES),
        (*_MI_ID, "gross"),
    ),
    Q(
        "avg budget of R vs PG-13 movies",
        _scaled(lambda d: [d.loc[_text(d["rating"]) == r, "budget"].mean() for r in _MI_RATINGS], (1e6,)),
        (*_MI_ID, "rating", "budget"),
    ),
    Q(
        "how many movies had a budget over $100 million",
        either(_count(lambda d: float((d["budget"] > 1e8).sum())), _count(lambda d: float((d["budget"] >= 1e8).sum()))),
        (*_MI_ID, "budget"),
    ),
    Q(
        "does a bigger budget mean more gross? whats the correlation",
        _corr(lambda d: d["budget"], lambda d: d["gross"]),
        (*_MI_ID, "budget", "gross"),
    ),
    Q(
        "plot total gross by year, which year was the biggest?",
        either(_lead(_year(_mi_best_year(False))), _lead(_year(_mi_best_year(True)))),
        (*_MI_ID, "year", "released", "gross"),
    ),
    Q(
        "what was the top grossing film that year",
        either(_lead(_named(_mi_year_top(False), _MI_ALIASES)), _lead(_named(_mi_year_top(True), _MI_ALIASES))),
        (*_MI_ID, "year", "released", "gross"),
    ),
]


# --- 2. Heart disease indicators (Kaggle "Personal Key Indicators of Heart Disease", heart_2020_cleaned.csv) ------

_HD_COLUMNS = _split(
    "HeartDisease;BMI;Smoking;AlcoholDrinking;Stroke;PhysicalHealth;MentalHealth;DiffWalking;Sex;AgeCategory;Race;"
    "Diabetic;PhysicalActivity;GenHealth;SleepTime;Asthma;KidneyDisease;SkinCancer"
)
# band: share of people (%), middle age
_HD_AGES = {"18-24": (6.6, 21), "25-29": (5.3, 27), "30-34": (5.9, 32), "35-39": (6.4, 37), "40-44": (6.6, 42)}
_HD_AGES |= {"45-49": (6.8, 47), "50-54": (7.9, 52), "55-59": (9.3, 57), "60-64": (10.5, 62), "65-69": (10.7, 67)}
_HD_AGES |= {"70-74": (9.7, 72), "75-79": (6.7, 77), "80 or older": (7.6, 85)}
_HD_RACES = "White:76.7;Hispanic:8.6;Black:7.2;Other:3.4;Asian:2.5;American Indian/Alaskan Native:1.6"
_HD_HEALTH = ["Excellent", "Very good", "Good", "Fair", "Poor"]
_HD_DAYS = "1:9;2:14;3:10;4:5;5:11;7:7;10:8;14:5;15:9;20:5;21:1;25:2;28:1;30:13"


def _heart_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7002)
    n = 5000
    bands = list(_HD_AGES)
    band = np.array([bands.index(b) for b in _deal(rng, ";".join(f"{b}:{v[0]}" for b, v in _HD_AGES.items()), n)])
    age = np.array([_HD_AGES[bands[int(i)]][1] for i in band], dtype=float)
    female = rng.random(n) < 0.525
    race = np.array(_deal(rng, _HD_RACES, n), dtype=object)
    bmi = np.round(np.clip(np.exp(rng.normal(np.log(27.6) + 0.002 * (age - 50), 0.21, n)), 12.02, 94.85), 2)
    smoking = rng.random(n) < np.where(female, 0.37, 0.46) + 0.002 * (age - 50)
    alcohol = rng.random(n) < 0.068 + 0.02 * (~female)
    p_diab = np.clip(0.02 + 0.0032 * (age - 20) + 0.009 * (bmi - 28), 0.005, 0.6)
    u = rng.random(n)
    diabetic = np.where(u < p_diab, "Yes", "No").astype(object)
    diabetic[(u >= p_diab) & (u < p_diab + 0.022)] = "No, borderline diabetes"
    diabetic[female & (age < 45) & (rng.random(n) < 0.035)] = "Yes (during pregnancy)"
    stroke = rng.random(n) < np.clip(0.004 + 0.0011 * (age - 20), 0, 1)
    kidney = rng.random(n) < np.clip(0.006 + 0.0009 * (age - 20) + 0.02 * (diabetic == "Yes"), 0, 1)
    latent = rng.normal(0, 1, n) - 0.012 * (age - 50) - 0.045 * (bmi - 28) - 0.6 * (diabetic == "Yes")
    latent = latent - 0.8 * stroke - 0.6 * kidney - 0.25 * smoking
    cuts = np.quantile(latent, [0.035, 0.143, 0.434, 0.791])
    health = np.array(_HD_HEALTH, dtype=object)[4 - np.searchsorted(cuts, latent)]
    rank = np.searchsorted(cuts, latent)
    walking = rng.random(n) < np.clip(0.01 + 0.0012 * (age - 20) + 0.045 * (4 - rank) ** 1.4, 0, 0.9)
    active = rng.random(n) < np.clip(0.72 + 0.05 * (rank - 2) - 0.002 * (age - 50), 0.1, 0.98)
    days, weights = _table(_HD_DAYS)
    physical = np.where(
        rng.random(n) < np.clip(0.1 + 0.14 * (4 - rank), 0, 0.9),
        [float(_one(rng, days, weights)) for _ in range(n)],
        0.0,
    )
    mental = np.where(
        rng.random(n) < np.clip(0.55 - 0.006 * (age - 20) + 0.05 * (4 - rank), 0.05, 0.9),
        [float(_one(rng, days, weights)) for _ in range(n)],
        0.0,
    )
    sleep = np.clip(np.round(rng.normal(7.1, 1.35, n) - 0.02 * mental), 1, 24)
    asthma = rng.random(n) < 0.11 + 0.03 * female + 0.02 * (4 - rank)
    skin = rng.random(n) < np.clip(np.where(race == "White", 0.0033, 0.0008) * (age - 18), 0, 0.5)
    logit = -6.8 + 0.068 * (age - 20) + 0.65 * (~female) + 0.35 * smoking + 1.0 * stroke + 0.55 * (diabetic == "Yes")
    logit = logit + 0.35 * (4 - rank) + 0.35 * walking + 0.5 * kidney + 0.02 * (bmi - 28)
    heart = rng.random(n) < 1 / (1 + np.exp(-logit))

    def yes(flag: np.ndarray) -> np.ndarray:
        return np.where(flag, "Yes", "No")

    frame = pd.DataFrame(
        {
            "HeartDisease": yes(heart),
            "BMI": bmi,
            "Smoking": yes(smoking),
            "AlcoholDrinking": yes(alcohol),
            "Stroke": yes(stroke),
            "PhysicalHealth": physical,
            "MentalHealth": mental,
            "DiffWalking": yes(walking),
            "Sex": np.where(female, "Female", "Male"),
            "AgeCategory": np.array(bands, dtype=object)[band],
            "Race": race,
            "Diabetic": diabetic,
            "PhysicalActivity": yes(active),
            "GenHealth": health,
            "SleepTime": sleep.astype(float),
            "Asthma": yes(asthma),
            "KidneyDisease": yes(kidney),
            "SkinCancer": yes(skin),
        }
    )
    return frame[_HD_COLUMNS]


def _hd_rates(by: str, levels: tuple[str, ...]) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        means = _yes(d["HeartDisease"]).groupby(_text(d[by])).mean()
        return [float(means[x]) for x in levels]

    return rates


def _hd_worst_age(women: bool) -> Callable[[pd.DataFrame], str]:
    def band(d: pd.DataFrame) -> str:
        kept = d[_text(d["Sex"]) == "Female"] if women else d
        return _top_label(_yes(kept["HeartDisease"]).groupby(_text(kept["AgeCategory"])).mean())

    return band


_HD_OLDEST = re.compile(
    r"(?<![\d.])80\s*(?:\+|(?:years?\s+)?(?:or|and)\s+(?:older|over|above|up))|(?:over|above|older than)\s+80\b",
    re.IGNORECASE,
)


def _hd_age_named(value: Callable[[pd.DataFrame], str]) -> Check:
    """An age band as written ("75-79"), the top band also as "80+", "80 and over" or "over 80"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        if value(df) == "80 or older" and _HD_OLDEST.search(answer):
            return None
        return _named(value)(answer, df)

    return check


def _hd_diabetic(pregnancy: bool) -> Callable[[pd.DataFrame], float]:
    kinds = ("Yes", "Yes (during pregnancy)") if pregnancy else ("Yes",)
    return lambda d: float(_text(d["Diabetic"]).isin(kinds).sum())


_HD_ID = ("HeartDisease",)
_HEART_QS = [
    Q(
        "what % of people in the data have heart disease?",
        _share(lambda d: float(_yes(d["HeartDisease"]).mean())),
        _HD_ID,
    ),
    Q(
        "heart disease rate for smokers vs non smokers",
        _shares(_hd_rates("Smoking", ("Yes", "No"))),
        (*_HD_ID, "Smoking"),
    ),
    Q(
        "avg BMI for people with and without heart disease",
        _about(lambda d: d.groupby(_text(d["HeartDisease"]))["BMI"].mean().to_numpy()),
        (*_HD_ID, "BMI"),
    ),
    Q(
        "how many people have diabetes (not counting borderline)?",
        either(_count(_hd_diabetic(False)), _count(_hd_diabetic(True))),
        ("Diabetic",),
    ),
    Q(
        "which age group has the highest rate of heart disease?",
        _lead(_hd_age_named(_hd_worst_age(False))),
        (*_HD_ID, "AgeCategory"),
    ),
    Q(
        "and for women?",
        _lead(_hd_age_named(_hd_worst_age(True))),
        (*_HD_ID, "AgeCategory", "Sex"),
    ),
]


# --- 3. Connecticut real estate sales (data.gov "Real Estate Sales 2001-2022 GL") ---------------------------------

_CT_COLUMNS = _split(
    "Serial Number;List Year;Date Recorded;Town;Address;Assessed Value;Sale Amount;Sales Ratio;Property Type;"
    "Residential Type;Non Use Code;Assessor Remarks;OPM remarks;Location"
)
# Town|share of sales (%)|median single-family price in 2020 ($)|longitude|latitude
_CT_TOWNS = _fields(
    "Bridgeport|5.2|230000|-73.19|41.19;Stamford|4.3|520000|-73.54|41.08;Waterbury|4.1|170000|-73.05|41.56;"
    "Norwalk|3.5|480000|-73.42|41.12;New Haven|3.1|260000|-72.93|41.31;Danbury|2.9|340000|-73.46|41.40;"
    "West Hartford|2.7|360000|-72.74|41.76;Hartford|2.5|180000|-72.68|41.76;Milford|2.5|370000|-73.06|41.22;"
    "Meriden|2.3|210000|-72.81|41.54;Greenwich|2.2|1600000|-73.63|41.03;Fairfield|2.2|620000|-73.26|41.14;"
    "Hamden|2.2|260000|-72.90|41.38;Manchester|2.1|230000|-72.52|41.78;West Haven|2.0|230000|-72.95|41.27;"
    "Stratford|2.0|290000|-73.13|41.18;East Hartford|1.8|190000|-72.61|41.76;Bristol|1.8|230000|-72.95|41.67;"
    "New Britain|1.7|190000|-72.78|41.66;Norwich|1.6|180000|-72.08|41.52;Shelton|1.6|400000|-73.09|41.32;"
    "Middletown|1.6|250000|-72.65|41.56;Enfield|1.5|220000|-72.59|41.98;Wallingford|1.5|300000|-72.82|41.46;"
    "Glastonbury|1.4|410000|-72.61|41.71;Torrington|1.4|170000|-73.12|41.80;Newington|1.3|260000|-72.72|41.69;"
    "Vernon|1.2|230000|-72.48|41.82;Trumbull|1.2|480000|-73.20|41.24;Westport|1.2|1300000|-73.36|41.14;"
    "Naugatuck|1.1|220000|-73.05|41.49;Branford|1.1|340000|-72.82|41.28;Southington|1.1|320000|-72.88|41.60;"
    "Groton|1.1|270000|-72.08|41.35;Ridgefield|0.8|750000|-73.50|41.28;New Canaan|0.8|1400000|-73.49|41.15;"
    "Guilford|0.8|480000|-72.68|41.29;Darien|0.7|1500000|-73.47|41.08;Madison|0.7|560000|-72.60|41.28;"
    "Old Saybrook|0.5|480000|-72.38|41.29;Windham|0.9|160000|-72.16|41.71;Killingly|0.7|190000|-71.88|41.83;"
    "Plainville|0.8|230000|-72.86|41.67;Cheshire|0.9|420000|-72.90|41.50;Simsbury|0.8|420000|-72.80|41.88;"
    "Ansonia|0.6|210000|-73.08|41.34;Derby|0.4|220000|-73.09|41.32;Seymour|0.6|280000|-73.08|41.40;"
    "New Milford|1.0|320000|-73.41|41.58;Canton|0.4|330000|-72.90|41.82;Stonington|0.6|390000|-71.91|41.34"
)
# list year: sales that year (thousands), price level against 2020
_CT_YEARS = {2001: (59, 0.62), 2002: (57, 0.70), 2003: (64, 0.77), 2004: (84, 0.85), 2005: (61, 0.93)}
_CT_YEARS |= {2006: (50, 0.97), 2007: (35, 0.95), 2008: (27, 0.88), 2009: (42, 0.83), 2010: (33, 0.83)}
_CT_YEARS |= {2011: (31, 0.80), 2012: (35, 0.79), 2013: (39, 0.80), 2014: (49, 0.81), 2015: (46, 0.82)}
_CT_YEARS |= {2016: (49, 0.83), 2017: (45, 0.85), 2018: (50, 0.87), 2019: (58, 0.89), 2020: (66, 0.97)}
_CT_YEARS |= {2021: (62, 1.08), 2022: (46, 1.16)}
# Property Type|Residential Type|share (%)|price factor|spread
_CT_TYPES = _fields(
    "Residential|Single Family|61|1.0|0.42;Residential|Condo|17.5|0.55|0.45;Residential|Two Family|5.6|0.85|0.35;"
    "Residential|Three Family|2.6|0.9|0.35;Residential|Four Family|0.6|1.0|0.35;Vacant Land||5|0.35|0.95;"
    "Commercial||4.5|1.5|1.0;Apartments||1|2.6|0.8;Industrial||1|1.6|0.9;Public Utility||0.2|0.8|1.0"
)
_CT_NON_USE = (
    "25 - Other:22;14 - Foreclosure:16;07 - Change in Property:12;08 - Part Interest:8;01 - Family:9;"
    "17 - Two Towns:4;28 - Use Assessment:4;24 - Plottage:3;19 - Easement:2;10 - A Will:3;"
    "18 - In Lieu Of Foreclosure:3;"
    "25:6;14:4;7:2;8:1;1:1"
)
_CT_REMARKS = (
    "ESTATE SALE:14;NEW CONSTRUCTION:10;SHORT SALE:8;FORECLOSURE:9;BANK SALE:5;UNIT:4;REMODELED AFTER ASSESSMENT:4;"
    "SOLD WITH ADJ PARCEL:3;NO MLS:6;MULTIPLE PARCELS:4;RELATED PARTIES:5;NOT ON MLS:4;DEED RESTRICTED:2;"
    "PARTIAL INTEREST:2;LAND ONLY:3;TOTAL RENOVATION:3;CONDITION AT TIME OF SALE:2;PER MLS CLOSING PRICE:6"
)
_CT_OPM = "GOOD SALE PER MLS:30;NO MLS:25;FAMILY:10;MULTIPLE PARCELS:10;REMOVE:5;LAND CONTRACT:5;PER MLS:15"
_CT_STREETS = _split(
    "MAIN;ELM;OAK;MAPLE;PARK;CHURCH;HIGH;CENTER;WASHINGTON;PROSPECT;WALNUT;HILLSIDE;RIDGE;MILL;LAKE;SCHOOL;"
    "FOREST;SPRING;BROAD;NORTH;SOUTH;WEST;EAST;ORCHARD;WOODLAND;HIGHLAND;SUNSET;MEADOW;CEDAR;PINE;BIRCH;WHITNEY;"
    "FARMINGTON;BOSTON POST;OLD COLONY;STATE;UNION;LIBERTY;GRANITE;CHESTNUT;LINCOLN;FRANKLIN;HOLLOW;BROOKSIDE"
)
_CT_SUFFIX = "ST:34;RD:30;AVE:18;DR:8;LN:5;CT:2;PL:1;TER:1;WAY:1"
_CT_MONTHS = np.array([0.75, 0.7, 0.85, 0.9, 1.0, 1.2, 1.25, 1.2, 1.05, 1.0, 0.9, 1.0])


def _ct_recorded(rng: np.random.Generator, list_year: int) -> pd.Timestamp:
    """A day in the grand list's sales year, October of the list year to September of the next."""
    months = [(list_year + (m < 10), m) for m in (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)]
    y, m = months[int(rng.choice(12, p=_CT_MONTHS[[m - 1 for _y, m in months]] / _CT_MONTHS.sum()))]
    return pd.Timestamp(y, m, 1) + pd.Timedelta(days=int(rng.integers(0, pd.Timestamp(y, m, 1).days_in_month)))


def _ct_estate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7003)
    n = 4000
    towns = [t[0] for t in _CT_TOWNS]
    town_info = {t[0]: (float(t[2]), float(t[3]), float(t[4])) for t in _CT_TOWNS}
    years = list(_CT_YEARS)
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        list_year = int(_one(rng, years, [v[0] for v in _CT_YEARS.values()]))
        town = str(_one(rng, towns, [float(t[1]) for t in _CT_TOWNS]))
        prop, kind, _w, factor_text, spread_text = _one(rng, _CT_TYPES, [float(t[2]) for t in _CT_TYPES])
        factor, spread = float(factor_text), float(spread_text)
        median, lon, lat = town_info[town]
        value = median * _CT_YEARS[list_year][1] * factor * float(rng.lognormal(0, spread))
        # assessments are 70% of the value at the last revaluation, a few years behind the sale
        reval = max(2001, list_year - int(rng.integers(0, 5)))
        assessed = 0.7 * value * _CT_YEARS[reval][1] / _CT_YEARS[list_year][1] * float(rng.lognormal(0, 0.12))
        assessed = float(round(assessed / 10) * 10)
        non_use = _draw(rng, _CT_NON_USE) if rng.random() < 0.2 else ""
        sale = value * float(rng.lognormal(-0.5, 0.8)) if non_use else value
        sale = float(round(sale / 1000) * 1000) if rng.random() < 0.8 else float(round(sale / 100) * 100)
        if non_use and rng.random() < 0.05:
            sale = float(_one(rng, [1.0, 10.0, 100.0, 1000.0]))
        sale = max(sale, 1.0)
        residential = prop == "Residential"
        early = list_year <= 2006
        street = f"{_one(rng, _CT_STREETS)} {_draw(rng, _CT_SUFFIX)}"
        address = f"{int(rng.integers(1, 400))} {street}"
        if kind == "Condo":
            address += f" UNIT {int(rng.integers(1, 40))}{_one(rng, ['', '', 'A', 'B', 'C'])}"
        if prop == "Vacant Land":
            address = f"{street} LOT {int(rng.integers(1, 60))}" if rng.random() < 0.5 else street
        located = rng.random() < (0.55 if list_year >= 2009 else 0.08)
        recorded = _ct_recorded(rng, list_year)
        rows.append(
            {
                "Serial Number": int(f"{list_year % 100}{int(rng.integers(1, 9999)):04d}"),
                "List Year": list_year,
                "_recorded": recorded,
                "Date Recorded": f"{recorded:%m/%d/%Y}",
                "Town": town,
                "Address": address,
                "Assessed Value": assessed,
                "Sale Amount": sale,
                "Sales Ratio": round(assessed / sale, 6) if rng.random() < 0.5 else assessed / sale,
                "Property Type": None if early and rng.random() < 0.9 else prop,
                "Residential Type": (kind if not (early and rng.random() < 0.4) else None) if residential else None,
                "Non Use Code": non_use or None,
                "Assessor Remarks": _draw(rng, _CT_REMARKS) if rng.random() < 0.12 else None,
                "OPM remarks": _draw(rng, _CT_OPM) if rng.random() < 0.015 else None,
                "Location": (
                    f"POINT ({lon + rng.normal(0, 0.03):.5f} {lat + rng.normal(0, 0.025):.5f})" if located else None
                ),
            }
        )
    frame = pd.DataFrame(rows).sort_values(["List Year", "_recorded", "Town"], kind="stable")
    frame = frame.reset_index(drop=True)
    frame.loc[rng.choice(n, 2, replace=False), "Date Recorded"] = None
    return frame[_CT_COLUMNS]


_CT_KINDS = ("Single Family", "Condo", "Two Family", "Three Family", "Four Family")


def _ct_sales(arms_length: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def sales(d: pd.DataFrame) -> pd.Series:
        return d.loc[d["Non Use Code"].isna(), "Sale Amount"] if arms_length else d["Sale Amount"]

    return sales


def _ct_median(arms_length: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ct_sales(arms_length)(d).median())


def _ct_type_means(arms_length: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        kept = d[d["Non Use Code"].isna()] if arms_length else d
        return [float(kept.loc[_text(kept["Residential Type"]) == k, "Sale Amount"].mean()) for k in _CT_KINDS]

    return means


def _ct_recorded_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date Recorded"]).replace("", None), format="%m/%d/%Y").dt.year


_CT_MONEY = (1e3, 1e6)
_CT_ID = ("Serial Number",)
_CT_ESTATE_QS = [
    Q(
        "whats the median sale amount?",
        either(*(_scaled(_ct_median(a), _CT_MONEY) for a in (False, True))),
        (*_CT_ID, "Sale Amount", "Non Use Code"),
    ),
    Q(
        "which town had the most sales",
        _lead(_named(lambda d: _top_label(_text(d["Town"]).value_counts()))),
        (*_CT_ID, "Town"),
    ),
    Q(
        "average sale price by residential type",
        either(*(_scaled(_ct_type_means(a), _CT_MONEY) for a in (False, True))),
        (*_CT_ID, "Residential Type", "Sale Amount"),
    ),
    Q(
        "how many properties sold for more than 1 million?",
        either(
            _count(lambda d: float((d["Sale Amount"] > 1e6).sum())),
            _count(lambda d: float((d["Sale Amount"] >= 1e6).sum())),
        ),
        (*_CT_ID, "Sale Amount"),
    ),
    Q(
        "plot the number of sales per year using date recorded - which year had the most?",
        _lead(_year(lambda d: float(_top_label(_ct_recorded_years(d).value_counts()).split(".")[0]))),
        (*_CT_ID, "Date Recorded", "List Year"),
    ),
    Q(
        "what percent of the sales were condos",
        either(
            _share(lambda d: float((_text(d["Residential Type"]) == "Condo").mean())),
            _share(lambda d: float((d["Residential Type"] == "Condo").sum() / d["Residential Type"].notna().sum())),
        ),
        (*_CT_ID, "Residential Type", "Property Type"),
    ),
]


# --- 4. LEGO sets (Rebrickable sets.csv, TidyTuesday 2022-09-06) ---------------------------------------------------

# theme_id|share of sets (%)|first year|last year|median parts|spread|share without parts|set numbers as
# "lo-hi@from year" ranges ("," between eras)|names ("," between)
_LG_THEMES = _fields(
    "158|6.5|1999|2022|310|1.0|0.01|7100-7299@1999,7600-7699@2005,9488-9499@2009,75000-75399@2012|"
    "X-wing Starfighter,TIE Fighter,Snowspeeder,Republic Gunship,Imperial Shuttle,Clone Trooper Battle Pack,"
    "Mandalorian Battle Pack,Slave I,A-wing Starfighter,Y-wing Starfighter,Jedi Starfighter,Naboo Starfighter,"
    "AT-AT,AT-ST,Landspeeder,Droid Gunship,Sith Infiltrator,Imperial Dropship,Rebel Trooper Battle Pack,"
    "Anakin's Podracer,Tantive IV,Boba Fett Microfighter,Kylo Ren's Shuttle;"
    "501|5.6|1990|2022|0|1.0|0.9|850000-853999@1990,5001000-5007999@2010|"
    "Minifigure Magnet Set,Key Chain Set,Storage Box,Lunch Box,Pencil Pot,Watch,Alarm Clock,Backpack,"
    "Brick Pen Pack,Minifigure Display Frame,Wall Calendar,Desk Lamp;"
    "52|5.0|2005|2022|240|0.9|0.01|7200-7999@2005,60000-60399@2012|"
    "Police Station,Fire Station,Fire Truck,Police Car,Garbage Truck,Cargo Train,Passenger Train,Airport,"
    "Coast Guard Boat,Tow Truck,Construction Site,Ambulance,Mobile Crane,Town Square,Police Chase,Space Rocket,"
    "Harbour,Ice Cream Truck,Recycling Truck,Dump Truck,Starter Set;"
    "504|4.4|1969|2022|38|0.7|0.02|2300-2999@1969,4500-5999@1990,10500-10999@2007|"
    "My First Bricks,Number Train,Farm Animals,Creative Bucket,Zoo,Big Farm,Fire Station,Police Station,"
    "Creative Suitcase,Town Square,Large Playground,Cargo Train,Alphabet Truck,Baby Animals;"
    "494|3.4|2012|2022|240|0.8|0.01|3000-3999@2012,41000-41499@2013|"
    "Heartlake City Park,Olivia's House,Mia's Horse Trailer,Emma's Art Studio,Andrea's Talent Show,Vet Clinic,"
    "Beach House,Friendship Bus,Heartlake Hospital,Stephanie's Bakery,Pool Party,Treehouse,Pet Salon;"
    "497|3.0|1990|2022|0|1.0|1.0|2850000-2859999@1990,5000000-5000999@2010|"
    "Ultimate Sticker Collection,Character Encyclopedia,Visual Dictionary,Ideas Book,Brick Annual,"
    "Build Your Own Adventure,Activity Book,Sticker Book,Official Guide;"
    "1|2.8|1977|2022|420|1.1|0.01|850-899@1977,8000-8499@1984,42000-42159@2012|"
    "Crane Truck,Race Car,Off-Roader,Helicopter,Excavator,Tow Truck,Motorbike,Bulldozer,Forklift,Dragster,"
    "Mobile Crane,Rally Car,Monster Truck,Airport Rescue Vehicle,Snow Groomer;"
    "435|2.7|2011|2022|380|0.9|0.02|2500-2599@2011,9440-9599@2011,70500-70799@2012,71700-71799@2019|"
    "Spinjitzu Starter Set,Ninja Ultra Sonic Raider,Destiny's Bounty,Temple of Airjitzu,Lloyd's Titan Mech,"
    "Kai's Fire Dragon,Ninjago City,Monastery of Spinjitzu,Jay's Storm Fighter,Zane's Ice Dragon;"
    "22|2.5|2001|2022|240|0.9|0.01|4100-4999@2001,5700-5899@2007,31000-31129@2013|"
    "Creative Bucket,Red Creative Box,Rainbow Flyer,Beach Hut,Modular Town House,Cozy House,Race Car,Jungle Animals,"
    "Dragon Mech,Sea Animals,Family House,Cool Convertible,Mighty Dinosaurs;"
    "503|2.4|2004|2022|6|0.4|0.0|850000-853999@2004|"
    "Darth Vader Key Chain,Police Officer Key Chain,Emmet Key Chain,Kai Key Chain,Harry Potter Key Chain,"
    "Batman Key Chain,Stormtrooper Key Chain,Unikitty Key Chain;"
    "67|2.3|1978|2004|110|0.9|0.02|6300-6699@1978|"
    "Police Station,Fire Station,Gas Station,Airport,Town Square,Shell Service Station,Sea Plane,Car Transporter,"
    "Fire Truck,Police Car,Post Office,Harbour Master;"
    "371|2.2|1955|1990|60|0.9|0.03|1-999@1955|"
    "Basic Building Set,Supplementary Set,Bricks and Plates,Large Building Set,Universal Building Set,"
    "Doors and Windows,Roof Bricks,Baseplate,Assorted Parts;"
    "324|1.8|2001|2016|42|0.8|0.02|8530-8599@2001,8700-8999@2006,70780-70799@2015|"
    "Tahu,Onua,Pohatu,Gali,Kopaka,Lewa,Toa Mata Nui,Skull Spider,Vahki,Matoran Pack,Rahkshi;"
    "246|1.8|2001|2022|390|1.0|0.02|4700-4799@2001,5370-5399@2004,75950-76399@2018|"
    "Hogwarts Express,Diagon Alley,The Burrow,Hagrid's Hut,Quidditch Match,Forbidden Forest,"
    "Hogwarts Great Hall,Knight Bus,Buckbeak's Rescue,Chamber of Secrets;"
    "610|1.3|2016|2022|120|0.3|0.0|41585-41629@2016,40200-40599@2018|"
    "Batman,Wonder Woman,Captain America,Iron Man,Harry Potter,Hermione,Darth Vader,Stormtrooper,Chewbacca,"
    "Frodo and Gollum,Elsa,Mickey Mouse;"
    "186|1.6|1978|1999|90|0.9|0.02|6700-6999@1978|"
    "Galaxy Explorer,Space Cruiser,Lunar Base,Rover,Ice Planet Base,Blacktron Invader,Space Police Cruiser,"
    "Spyrius Base,Mobile Launch Pad,Alpha Rover;"
    "199|1.4|1978|2001|170|0.9|0.02|6000-6099@1978,6200-6299@1989|"
    "Black Knight's Castle,Royal Knights Castle,Forestmen's Hideout,Pirate Ship,Imperial Outpost,Skull's Eye Schooner,"
    "Dragon Master Chariot,Castle Guard,Treasure Island"
)
# theme_id: sets of any other theme (there are more than a hundred), median parts
_LG_OTHER_IDS = [
    2,
    5,
    12,
    21,
    37,
    38,
    50,
    57,
    62,
    65,
    84,
    96,
    112,
    122,
    126,
    131,
    137,
    147,
    155,
    171,
    178,
    206,
    209,
    216,
    227,
    232,
    235,
    252,
    258,
    262,
    273,
    279,
    289,
    296,
    303,
    307,
    315,
    322,
    336,
    343,
    361,
    366,
    385,
    398,
    408,
    411,
    423,
    433,
    443,
    457,
    460,
    482,
    505,
    513,
    520,
    535,
    561,
    570,
    577,
    579,
    588,
    597,
    601,
    608,
    616,
    621,
    630,
    637,
    642,
    650,
    658,
    666,
    673,
    681,
    690,
    695,
    699,
    703,
    709,
    711,
    715,
    721,
    725,
    732,
    739,
    745,
    752,
]
_LG_BIG = _fields(
    "31203-1|World Map|2021|709|11695;10307-1|Eiffel Tower|2022|721|10001;10294-1|Titanic|2021|673|9092;"
    "10276-1|Colosseum|2020|673|9036;75192-1|Millennium Falcon|2017|171|7541;71043-1|Hogwarts Castle|2018|246|6020;"
    "10256-1|Taj Mahal|2017|673|5923;10189-1|Taj Mahal|2008|673|5922;10179-1|Ultimate Collector's Millennium Falcon|"
    "2007|171|5195;75252-1|Imperial Star Destroyer|2019|171|4784;42100-1|Liebherr R 9800 Excavator|2019|1|4108"
)
_LG_GENERIC = _split(
    "Starter Set;Bucket;Polybag;Promotional Set;Collection;Value Pack;Bonus Pack;Minifigure Pack;Kit;Advent Calendar;"
    "Tower;Bridge;Truck;Ship;Castle;Helicopter;Train;House;Robot;Dragon;Spaceship;Garage;Race Car;Shop;Market;Camp"
)
_LG_WORDS = _split("Classic;Deluxe;Mini;Super;Ultimate;Creative;Adventure;Explorer;Rescue;Mega;Jungle;Arctic;Ocean")


def _lg_year_weight(year: int) -> float:
    """How many sets came out in a year, relative to 2021 (a few in the 1950s, about a thousand a year lately)."""
    if year >= 2019:
        return {2019: 0.9, 2020: 0.93, 2021: 1.0, 2022: 0.72}[year]
    return float(0.9 * np.exp(-(2019 - year) / 13.5))


def _lg_number(rng: np.random.Generator, ranges: str, year: int) -> int:
    eras = [(int(r.split("@")[1]), r.split("@")[0]) for r in ranges.split(",")]
    lo, hi = (int(x) for x in max((e for e in eras if e[0] <= year), default=eras[0])[1].split("-"))
    return int(rng.integers(lo, hi + 1))


def _lego_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7004)
    n = 5000 - len(_LG_BIG)
    themes = [t for t in _LG_THEMES if float(t[1]) > 0]
    rest = 100 - sum(float(t[1]) for t in themes)
    used = {t[0] for t in _LG_BIG}
    rows: list[dict[str, Any]] = [
        {"set_num": s, "name": name, "year": int(y), "theme_id": int(th), "num_parts": int(p)}
        for s, name, y, th, p in _LG_BIG
    ]
    while len(rows) < n + len(_LG_BIG):
        pick = int(_one(rng, list(range(len(themes) + 1)), [*(float(t[1]) for t in themes), rest]))
        if pick < len(themes):
            theme, _w, first, last, median, spread, empty, ranges, names = themes[pick]
            theme_id = int(theme)
        else:
            theme_id = int(_one(rng, _LG_OTHER_IDS))
            first, last, median, spread, empty = "1960", "2022", str(int(rng.lognormal(5.0, 0.8))), "0.9", "0.03"
            ranges, names = "1000-9999@1960,10000-79999@2000", ""
        span = list(range(int(first), int(last) + 1))
        year = int(_one(rng, span, [_lg_year_weight(y) for y in span]))
        if float(empty) > 0 and rng.random() < float(empty):
            parts = 0
        else:
            grow = 1.012 ** (year - 2000)
            parts = int(np.clip(round(float(median or 1) * grow * rng.lognormal(0, float(spread))), 1, 3900))
        if names:
            name = str(_one(rng, _split(names, ",")))
        else:
            name = f"{_one(rng, _LG_WORDS)} {_one(rng, _LG_GENERIC)}" if rng.random() < 0.6 else _one(rng, _LG_GENERIC)
        version = int(_one(rng, [1, 2, 3, 4], [92, 6, 1.5, 0.5]))
        set_num = f"{_lg_number(rng, ranges, year)}-{version}"
        if set_num in used:
            continue
        used.add(set_num)
        rows.append({"set_num": set_num, "name": str(name), "year": year, "theme_id": theme_id, "num_parts": parts})
    old = rng.choice(np.flatnonzero([r["year"] < 1960 for r in rows]), 4, replace=False)
    for i in old:
        rows[int(i)]["year"] = 1949
    frame = pd.DataFrame(rows)
    frame["img_url"] = [f"https://cdn.rebrickable.com/media/sets/{s.lower()}.jpg" for s in frame["set_num"]]
    return frame.sort_values("set_num", kind="stable", ignore_index=True)


def _lg_busiest(d: pd.DataFrame) -> float:
    return float(_top_label(d["year"].value_counts()))


def _lg_parts(with_empty: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    return lambda d: d if with_empty else d[d["num_parts"] > 0]


def _lg_decades(with_empty: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        kept = _lg_parts(with_empty)(d)
        return kept.groupby(kept["year"] // 10 * 10)["num_parts"].mean().to_numpy()

    return means


def _lg_over(limit: int, strict: bool, with_empty: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        kept = _lg_parts(with_empty)(d)
        big = kept["num_parts"] > limit if strict else kept["num_parts"] >= limit
        return float(big.mean())

    return share


_LG_ID = ("set_num", "name")
_LEGO_QS = [
    Q(
        "which year had the most lego sets released?",
        _lead(_year(_lg_busiest)),
        (*_LG_ID, "year"),
    ),
    Q(
        "how many sets came out that year",
        _count(lambda d: float((d["year"] == _lg_busiest(d)).sum())),
        (*_LG_ID, "year"),
    ),
    Q(
        "whats the average number of parts per set",
        either(
            _about(lambda d: float(d["num_parts"].mean())),
            _about(lambda d: float(_lg_parts(False)(d)["num_parts"].mean())),
        ),
        (*_LG_ID, "num_parts"),
    ),
    Q(
        "which set has the most pieces?",
        _lead(_named(lambda d: str(d.loc[d["num_parts"].idxmax(), "name"]))),
        (*_LG_ID, "num_parts"),
    ),
    Q(
        "top 5 theme ids by number of sets",
        _top_named(lambda d: _ranked(d["theme_id"].value_counts()), 5),
        (*_LG_ID, "theme_id"),
    ),
    Q(
        "what share of sets have more than 1000 pieces",
        either(*(_share(_lg_over(1000, s, e)) for s in (True, False) for e in (True, False))),
        (*_LG_ID, "num_parts"),
    ),
]


# --- 5. Kobe Bryant's shots (Kaggle "Kobe Bryant Shot Selection", data.csv) ---------------------------------------

_KB_COLUMNS = _split(
    "action_type;combined_shot_type;game_event_id;game_id;lat;loc_x;loc_y;lon;minutes_remaining;period;playoffs;"
    "season;seconds_remaining;shot_distance;shot_made_flag;shot_type;shot_zone_area;shot_zone_basic;shot_zone_range;"
    "team_id;team_name;game_date;matchup;opponent;shot_id"
)
# season's first year: shots in the full file, share of games in the playoffs, Finals opponent
_KB_SEASONS: dict[int, tuple[int, float, str]] = {
    1996: (477, 0.08, ""),
    1997: (953, 0.1, ""),
    1998: (913, 0.08, ""),
    1999: (1713, 0.18, "IND"),
    2000: (1575, 0.16, "PHI"),
    2001: (1708, 0.17, "NJN"),
    2002: (2241, 0.12, ""),
    2003: (1371, 0.2, "DET"),
    2004: (1324, 0.0, ""),
    2005: (2318, 0.08, ""),
    2006: (1971, 0.06, ""),
    2007: (1819, 0.2, "BOS"),
    2008: (1851, 0.2, "ORL"),
    2009: (1772, 0.2, "BOS"),
    2010: (1521, 0.12, ""),
    2011: (1416, 0.12, ""),
    2012: (1712, 0.0, ""),
    2013: (52, 0.0, ""),
    2014: (713, 0.0, ""),
    2015: (1419, 0.0, ""),
}
# opponent: conference, seasons (first year to last year)
_KB_TEAMS = _fields(
    "POR|W|1996|2015;UTA|W|1996|2015;SAC|W|1996|2015;SAS|W|1996|2015;PHX|W|1996|2015;DEN|W|1996|2015;"
    "HOU|W|1996|2015;DAL|W|1996|2015;MIN|W|1996|2015;GSW|W|1996|2015;LAC|W|1996|2015;SEA|W|1996|2007;"
    "OKC|W|2008|2015;VAN|W|1996|2000;MEM|W|2001|2015;NOH|W|2002|2012;NOP|W|2013|2015;ATL|E|1996|2015;"
    "BOS|E|1996|2015;CHI|E|1996|2015;CLE|E|1996|2015;DET|E|1996|2015;IND|E|1996|2015;MIA|E|1996|2015;"
    "MIL|E|1996|2015;NYK|E|1996|2015;ORL|E|1996|2015;PHI|E|1996|2015;TOR|E|1996|2015;WAS|E|1996|2015;"
    "NJN|E|1996|2011;BKN|E|2012|2015;CHH|E|1996|2001;CHA|E|2004|2015"
)
_KB_PLAYOFF_FOES = _split("POR;UTA;SAC;SAS;PHX;DEN;HOU;DAL;MIN;SEA;OKC;NOH")
# combined_shot_type: share of shots (%), action types
_KB_KINDS: dict[str, tuple[float, str]] = {
    "Jump Shot": (
        76.6,
        "Jump Shot:78;Pullup Jump shot:5.5;Fadeaway Jump Shot:5;Turnaround Jump Shot:4.3;Running Jump Shot:4.4;"
        "Turnaround Fadeaway shot:1.8;Step Back Jump shot:0.5;Driving Jump shot:0.2;Fadeaway Bank shot:0.2",
    ),
    "Layup": (
        17.5,
        "Layup Shot:52;Driving Layup Shot:35;Reverse Layup Shot:6;Alley Oop Layup shot:1.5;Running Layup Shot:1.5;"
        "Driving Finger Roll Layup Shot:1.5;Finger Roll Layup Shot:1;Driving Reverse Layup Shot:1",
    ),
    "Dunk": (
        4.1,
        "Slam Dunk Shot:30;Driving Dunk Shot:25;Dunk Shot:24;Alley Oop Dunk Shot:10;Reverse Dunk Shot:5;"
        "Driving Slam Dunk Shot:4;Running Dunk Shot:2",
    ),
    "Tip Shot": (0.6, "Tip Shot:90;Running Tip Shot:10"),
    "Hook Shot": (0.5, "Hook Shot:50;Jump Hook Shot:30;Turnaround Hook Shot:15;Driving Hook Shot:5"),
    "Bank Shot": (0.7, "Jump Bank Shot:70;Running Bank shot:12;Turnaround Bank shot:10;Pullup Bank shot:8"),
}
_KB_TEAM_ID = 1610612747


def _kb_season(year: int) -> str:
    return f"{year}-{(year + 1) % 100:02d}"


def _kb_where(rng: np.random.Generator, kind: str, year: int) -> tuple[float, float]:
    """Where a shot was taken from, in tenths of a foot from the rim (loc_x, loc_y)."""
    if kind in ("Dunk", "Layup", "Tip Shot"):
        feet = (
            float(rng.uniform(0, 1.6)) if kind == "Dunk" else float(abs(rng.normal(0, 2.2 if kind == "Layup" else 1.4)))
        )
        angle = float(rng.uniform(-1.75, 1.75))
    elif kind in ("Hook Shot", "Bank Shot"):
        feet, angle = (
            float(rng.uniform(3, 12) if kind == "Hook Shot" else rng.uniform(6, 18)),
            float(rng.uniform(-1.2, 1.2)),
        )
    else:
        three = 0.2 + 0.009 * (year - 1996)
        zone = str(
            _one(rng, ["short", "mid", "long", "three", "heave"], [2, 27, 42 - 100 * three + 30, 100 * three, 1])
        )
        if zone == "three":
            if rng.random() < 0.18:
                side = 1 if rng.random() < 0.5 else -1
                return side * float(rng.uniform(221, 236)), float(rng.uniform(-30, 90))
            feet, angle = float(rng.uniform(23.8, 27.5)), float(rng.uniform(-1.15, 1.15))
        elif zone == "heave":
            feet, angle = float(rng.uniform(35, 70)), float(rng.uniform(-0.5, 0.5))
        else:
            lo, hi = {"short": (4, 8), "mid": (8, 16), "long": (16, 23.4)}[zone]
            feet, angle = float(rng.uniform(lo, hi)), float(rng.uniform(-1.45, 1.45))
    return 10 * feet * float(np.sin(angle)), 10 * feet * float(np.cos(angle))


def _kb_zones(x: int, y: int) -> tuple[str, str, str, str, int]:
    """shot_type, shot_zone_area, shot_zone_basic, shot_zone_range and shot_distance of a spot."""
    dist = float(np.hypot(x, y)) / 10
    feet = int(dist)
    corner = abs(x) >= 220 and y <= 92
    three = corner or (dist >= 23.75 and y > 92)
    side = "Left" if x < 0 else "Right"
    short = "L" if x < 0 else "R"
    if y > 417:
        return "3PT Field Goal", "Back Court(BC)", "Backcourt", "Back Court Shot", feet
    angle = abs(float(np.degrees(np.arctan2(x, y))))
    if dist < 8 or angle <= 22:
        area = "Center(C)"
    elif angle <= 60 and not corner:
        area = f"{side} Side Center({short}C)"
    else:
        area = f"{side} Side({short})"
    if three:
        basic = f"{side} Corner 3" if corner else "Above the Break 3"
    elif dist < 4:
        basic = "Restricted Area"
    elif abs(x) < 80 and y < 143:
        basic = "In The Paint (Non-RA)"
    else:
        basic = "Mid-Range"
    ranges = "Less Than 8 ft." if feet < 8 else "8-16 ft." if feet < 16 else "16-24 ft." if feet < 24 else "24+ ft."
    return ("3PT Field Goal" if three else "2PT Field Goal"), area, basic, ranges, feet


def _kb_chance(kind: str, action: str, feet: int, three: bool, year: int, playoffs: bool) -> float:
    if kind == "Dunk":
        p = 0.925
    elif kind == "Layup":
        p = 0.6 if action.startswith("Driving") else 0.55
    elif kind in ("Tip Shot", "Hook Shot", "Bank Shot"):
        p = {"Tip Shot": 0.35, "Hook Shot": 0.52, "Bank Shot": 0.62}[kind]
    elif feet >= 30:
        p = 0.03
    elif three:
        p = 0.335
    else:
        p = 0.5 - 0.0075 * max(feet - 8, 0) - 0.02 * ("Fadeaway" in action or "Pullup" in action)
    p -= 0.07 if year >= 2013 else 0.03 if year == 1996 else 0.0
    return p - 0.015 * playoffs


def _kb_games(
    rng: np.random.Generator, year: int, count: int, playoff_share: float, finals: str
) -> list[dict[str, Any]]:
    yy = year % 100
    start, end = pd.Timestamp(year, 10, 31), pd.Timestamp(year + 1, 4, 18)
    if year == 1998:
        start, end = pd.Timestamp(1999, 2, 5), pd.Timestamp(1999, 5, 5)
    if year == 2011:
        start, end = pd.Timestamp(2011, 12, 25), pd.Timestamp(2012, 4, 26)
    foes = [t[0] for t in _KB_TEAMS if int(t[2]) <= year <= int(t[3])]
    weights = [2.0 if t[1] == "W" else 1.0 for t in _KB_TEAMS if int(t[2]) <= year <= int(t[3])]
    playoff_foes = [f for f in _KB_PLAYOFF_FOES if f in foes]
    days = sorted(int(x) for x in rng.choice((end - start).days + 1, count, replace=False))
    games: list[dict[str, Any]] = []
    playoff_games = round(count * playoff_share)
    number = 0
    for day in days[: count - playoff_games]:
        number = max(number + 1, int(1 + 1200 * day / max((end - start).days, 1)))
        games.append(
            {
                "game_id": int(f"2{yy:02d}{number:05d}"),
                "date": start + pd.Timedelta(days=day),
                "opponent": str(_one(rng, foes, weights)),
                "playoffs": 0,
            }
        )
    first = end + pd.Timedelta(days=6 if year != 1998 else 3)
    for k in range(playoff_games):
        late = finals and k >= playoff_games - max(1, playoff_games // 4)
        games.append(
            {
                "game_id": int(f"4{yy:02d}{100 + 10 * (k // 4) + k % 4 + 1:05d}"),
                "date": first + pd.Timedelta(days=round(k * 55 / max(playoff_games, 1))),
                "opponent": finals if late else str(_one(rng, playoff_foes)),
                "playoffs": 1,
            }
        )
    for game in games:
        game["home"] = rng.random() < 0.5
    return games


def _kobe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7005)
    seasons = _deal(rng, ";".join(f"{y}:{v[0]}" for y, v in _KB_SEASONS.items()), 5000)
    kinds = list(_KB_KINDS)
    rows: list[dict[str, Any]] = []
    for year, (_n, playoff_share, finals) in _KB_SEASONS.items():
        count = seasons.count(str(year))
        games = _kb_games(rng, year, max(2, round(count / 4.4)), playoff_share, finals)
        pace = rng.lognormal(0, 0.45, len(games))
        for g in rng.choice(len(games), count, p=pace / pace.sum()):
            game = games[int(g)]
            kind = str(_one(rng, kinds, [v[0] for v in _KB_KINDS.values()]))
            action = _draw(rng, _KB_KINDS[kind][1])
            fx, fy = _kb_where(rng, kind, year)
            x, y = round(fx), max(round(fy), -48)
            shot_type, area, basic, ranges, feet = _kb_zones(x, y)
            three = shot_type.startswith("3")
            period = int(_one(rng, [1, 2, 3, 4, 5, 6], [26, 22, 27, 24.4, 0.5, 0.1]))
            minutes = int(rng.integers(0, 12 if period <= 4 else 5))
            seconds = int(rng.integers(0, 60))
            start = (period - 1) * 720 if period <= 4 else 2880 + (period - 5) * 300
            clock = start + (720 if period <= 4 else 300) - 60 * minutes - seconds
            chance = _kb_chance(kind, action, feet, three, year, bool(game["playoffs"]))
            rows.append(
                {
                    "action_type": action,
                    "combined_shot_type": kind,
                    "_clock": clock,
                    "game_id": game["game_id"],
                    "lat": round(34.0443 - y / 1000, 4),
                    "loc_x": x,
                    "loc_y": y,
                    "lon": round(-118.2698 + x / 1000, 4),
                    "minutes_remaining": minutes,
                    "period": period,
                    "playoffs": game["playoffs"],
                    "season": _kb_season(year),
                    "seconds_remaining": seconds,
                    "shot_distance": feet,
                    "shot_made_flag": float(rng.random() < chance),
                    "shot_type": shot_type,
                    "shot_zone_area": area,
                    "shot_zone_basic": basic,
                    "shot_zone_range": ranges,
                    "team_id": _KB_TEAM_ID,
                    "team_name": "Los Angeles Lakers",
                    "game_date": f"{game['date']:%Y-%m-%d}",
                    "matchup": f"LAL vs. {game['opponent']}" if game["home"] else f"LAL @ {game['opponent']}",
                    "opponent": game["opponent"],
                }
            )
    frame = pd.DataFrame(rows).sort_values(["game_id", "_clock"], kind="stable", ignore_index=True)
    step = rng.integers(2, 14, len(frame))
    frame["game_event_id"] = pd.Series(step).groupby(frame["game_id"]).cumsum().to_numpy() + (frame["_clock"] // 9)
    frame["game_event_id"] = frame.groupby("game_id")["game_event_id"].cummax().astype(int)
    frame.loc[rng.random(len(frame)) < 0.163, "shot_made_flag"] = None
    frame["shot_id"] = np.arange(1, len(frame) + 1)
    return frame[_KB_COLUMNS]


_KB_SEASON_ALIASES = {_kb_season(y): (f"{y}-{y + 1}", f"{y}/{y + 1}") for y in _KB_SEASONS}


def _kb_rate(d: pd.DataFrame) -> float:
    return float(d["shot_made_flag"].mean())


def _kb_busiest(known_only: bool) -> Callable[[pd.DataFrame], str]:
    def season(d: pd.DataFrame) -> str:
        kept = d[d["shot_made_flag"].notna()] if known_only else d
        return _top_label(_text(kept["season"]).value_counts())

    return season


def _kb_busiest_rate(known_only: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: _kb_rate(d[_text(d["season"]) == _kb_busiest(known_only)(d)])


def _kb_rates(by: str, levels: tuple[Any, ...]) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        means = d.groupby(by)["shot_made_flag"].mean()
        return [float(means[x]) for x in levels]

    return rates


_KB_ID = ("shot_id",)
_KOBE_QS = [
    Q(
        "whats kobe's overall fg%?",
        _share(_kb_rate),
        (*_KB_ID, "shot_made_flag"),
    ),
    Q(
        "fg% on 2 pointers vs 3 pointers",
        _shares(_kb_rates("shot_type", ("2PT Field Goal", "3PT Field Goal"))),
        (*_KB_ID, "shot_made_flag", "shot_type"),
    ),
    Q(
        "which season did he take the most shots",
        either(*(_lead(_named(_kb_busiest(k), _KB_SEASON_ALIASES)) for k in (False, True))),
        (*_KB_ID, "season", "shot_made_flag"),
    ),
    Q(
        "what was his fg% that season?",
        either(*(_share(_kb_busiest_rate(k)) for k in (False, True))),
        (*_KB_ID, "season", "shot_made_flag"),
    ),
    Q(
        "is shot distance correlated with making the shot?",
        _corr(lambda d: d["shot_distance"], lambda d: d["shot_made_flag"]),
        (*_KB_ID, "shot_distance", "shot_made_flag", "loc_x", "loc_y"),
    ),
    Q(
        "compare his fg% in the playoffs and the regular season",
        _shares(_kb_rates("playoffs", (1, 0))),
        (*_KB_ID, "shot_made_flag", "playoffs"),
    ),
]


# --- 6. Phone usage (Kaggle "Mobile Device Usage and User Behavior", user_behavior_dataset.csv) -------------------

_MB_APP = "App Usage Time (min/day)"
_MB_SCREEN = "Screen On Time (hours/day)"
_MB_BATTERY = "Battery Drain (mAh/day)"
_MB_APPS = "Number of Apps Installed"
_MB_DATA = "Data Usage (MB/day)"
_MB_COLUMNS = [
    "User ID",
    "Device Model",
    "Operating System",
    _MB_APP,
    _MB_SCREEN,
    _MB_BATTERY,
    _MB_APPS,
    _MB_DATA,
    "Age",
    "Gender",
    "User Behavior Class",
]
# User Behavior Class: app minutes, screen hours, battery mAh, apps installed and MB of data a day (lowest, highest)
_MB_CLASSES: dict[int, tuple[tuple[float, float], ...]] = {
    1: ((30, 59), (1.0, 2.0), (302, 599), (10, 19), (102, 299)),
    2: ((60, 179), (2.0, 4.0), (600, 999), (20, 39), (300, 599)),
    3: ((180, 299), (4.0, 6.0), (1000, 1399), (40, 59), (600, 999)),
    4: ((300, 419), (6.0, 8.0), (1400, 1799), (60, 79), (1000, 1499)),
    5: ((420, 598), (8.0, 12.0), (1802, 2993), (80, 99), (1503, 2497)),
}
_MB_MODELS = "Xiaomi Mi 11:146;iPhone 12:146;Google Pixel 5:142;OnePlus 9:133;Samsung Galaxy S21:133"


def _mobile_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7006)
    n = 700
    models = _deal(rng, _MB_MODELS, n)
    classes = [int(c) for c in _deal(rng, "2:146;3:143;4:139;5:136;1:136", n)]
    genders = [""] * n
    for model, women in (("iPhone 12", 85), ("Xiaomi Mi 11", 64), ("Google Pixel 5", 66), ("OnePlus 9", 59)):
        mine = [i for i in range(n) if models[i] == model]
        for i, g in zip(mine, _deal(rng, f"Female:{women};Male:{len(mine) - women}", len(mine)), strict=True):
            genders[i] = g
    mine = [i for i in range(n) if not genders[i]]
    for i, g in zip(mine, _deal(rng, f"Female:62;Male:{len(mine) - 62}", len(mine)), strict=True):
        genders[i] = g
    rows: list[dict[str, Any]] = []
    for i in range(n):
        app, screen, battery, apps, data = _MB_CLASSES[classes[i]]
        rows.append(
            {
                "User ID": i + 1,
                "Device Model": models[i],
                "Operating System": "iOS" if models[i] == "iPhone 12" else "Android",
                _MB_APP: int(rng.integers(int(app[0]), int(app[1]) + 1)),
                _MB_SCREEN: round(float(rng.uniform(*screen)), 1),
                _MB_BATTERY: int(rng.integers(int(battery[0]), int(battery[1]) + 1)),
                _MB_APPS: int(rng.integers(int(apps[0]), int(apps[1]) + 1)),
                _MB_DATA: int(rng.integers(int(data[0]), int(data[1]) + 1)),
                "Age": int(rng.integers(18, 60)),
                "Gender": genders[i],
                "User Behavior Class": classes[i],
            }
        )
    return pd.DataFrame(rows)[_MB_COLUMNS]


def _mb_heavy(limit: float, strict: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((d[_MB_DATA] > limit).sum() if strict else (d[_MB_DATA] >= limit).sum())


def _mb_female(d: pd.DataFrame) -> float:
    return float((_text(d["Gender"]) == "Female").mean())


_MB_ID = ("User ID",)
_MOBILE_QS = [
    Q(
        "avg screen on time for android vs ios users",
        _about(lambda d: [d.loc[_text(d["Operating System"]) == s, _MB_SCREEN].mean() for s in ("Android", "iOS")]),
        (*_MB_ID, "Operating System", "Device Model", _MB_SCREEN),
    ),
    Q(
        "which phone model drains the battery the most on average?",
        _lead(_named(lambda d: _top_label(d.groupby(_text(d["Device Model"]))[_MB_BATTERY].mean()))),
        (*_MB_ID, "Device Model", _MB_BATTERY),
    ),
    Q(
        "how many users use more than 1 GB of data a day",
        either(*(_count(_mb_heavy(m, s)) for m in (1000, 1024) for s in (True, False))),
        (*_MB_ID, _MB_DATA),
    ),
    Q(
        "correlation between app usage time and battery drain",
        _corr(lambda d: d[_MB_APP], lambda d: d[_MB_BATTERY]),
        (*_MB_ID, _MB_APP, _MB_BATTERY),
    ),
    Q(
        "what % of the users are female?",
        _share(_mb_female),
        (*_MB_ID, "Gender"),
    ),
    Q(
        "and among iphone users?",
        _share(lambda d: _mb_female(d[_text(d["Device Model"]) == "iPhone 12"])),
        (*_MB_ID, "Gender", "Device Model", "Operating System"),
    ),
]


# --- 7. Forcibly displaced people (UNHCR population statistics, TidyTuesday 2023-08-22 population.csv) -----------

_RF_COLUMNS = _split(
    "year;coo_name;coo;coo_iso;coa_name;coa;coa_iso;refugees;asylum_seekers;returned_refugees;idps;returned_idps;"
    "stateless;ooc;oip;hst"
)
_RF_YEARS = list(range(2010, 2023))
# name as UNHCR writes it|UNHCR code|ISO code
_RF_CODES = {
    row[0]: (row[1], row[2])
    for row in _fields(
        "Afghanistan|AFG|AFG;Syrian Arab Rep.|SYR|SYR;Ukraine|UKR|UKR;South Sudan|SSD|SSD;Myanmar|MYA|MMR;"
        "Dem. Rep. of the Congo|COD|COD;Sudan|SUD|SDN;Somalia|SOM|SOM;Central African Rep.|CAR|CAF;Eritrea|ERT|ERI;"
        "Iraq|IRQ|IRQ;Venezuela (Bolivarian Republic of)|VEN|VEN;Colombia|COL|COL;Türkiye|TUR|TUR;Lebanon|LEB|LBN;"
        "Jordan|JOR|JOR;Germany|GFR|DEU;Pakistan|PAK|PAK;Iran (Islamic Rep. of)|IRN|IRN;Uganda|UGA|UGA;"
        "Bangladesh|BGD|BGD;Ethiopia|ETH|ETH;Kenya|KEN|KEN;Poland|POL|POL;Russian Federation|RUS|RUS;"
        "Czechia|CZE|CZE;Sweden|SWE|SWE;France|FRA|FRA;"
        "United Kingdom of Great Britain and Northern Ireland|GBR|GBR;United States of America|USA|USA;"
        "Chad|CHD|TCD;Cameroon|CMR|CMR;Rwanda|RWA|RWA;Burundi|BDI|BDI;United Rep. of Tanzania|TAN|TZA;"
        "Malaysia|MAL|MYS;Thailand|THA|THA;India|IND|IND;Egypt|ARE|EGY;Yemen|YEM|YEM;Austria|AUS|AUT;"
        "Netherlands|NET|NLD;Switzerland|SWI|CHE;Italy|ITA|ITA;Spain|SPA|ESP;Peru|PER|PER;Ecuador|ECU|ECU;"
        "Brazil|BRA|BRA;Chile|CHL|CHL;Canada|CAN|CAN;China|CHI|CHN;Nigeria|NIG|NGA;Mali|MLI|MLI;Niger|NGR|NER;"
        "Greece|GRE|GRC;Denmark|DEN|DNK;Armenia|ARM|ARM;Belgium|BEL|BEL;Norway|NOR|NOR;Bulgaria|BUL|BGR;"
        "Romania|ROM|ROU;Slovakia|SVK|SVK;Rep. of Moldova|MOL|MDA;Lithuania|LTU|LTU;Zambia|ZAM|ZMB;"
        "South Africa|RSA|ZAF;Angola|ANG|AGO;Congo|COB|COG;Mexico|MEX|MEX;Costa Rica|COS|CRI;Panama|PAN|PAN;"
        "Algeria|ALG|DZA;Morocco|MOR|MAR;Sri Lanka|LKA|LKA;Viet Nam|VIE|VNM;Australia|AUL|AUS;Japan|JPN|JPN;"
        "Rep. of Korea|KOR|KOR;Burkina Faso|BKF|BFA;Mauritania|MAU|MRT;Djibouti|DJB|DJI;Libya|LBY|LBY;"
        "Tunisia|TUN|TUN;Serbia and Kosovo: S/RES/1244 (1999)|SRB|SRB;Bosnia and Herzegovina|BSN|BIH;"
        "Albania|ALB|ALB;Georgia|GEO|GEO;Azerbaijan|AZE|AZE;Tajikistan|TJK|TJK;Kazakhstan|KAZ|KAZ;Nepal|NEP|NPL;"
        "Philippines|PHI|PHL;Indonesia|INS|IDN;Honduras|HON|HND;El Salvador|SAL|SLV;Guatemala|GUA|GTM;"
        "Haiti|HAI|HTI;Cuba|CUB|CUB;Nicaragua|NIC|NIC;Côte d'Ivoire|ICO|CIV;Guinea|GUI|GIN;Senegal|SEN|SEN;"
        "Ghana|GHA|GHA;Latvia|LAT|LVA;Kuwait|KUW|KWT;Estonia|EST|EST;Argentina|ARG|ARG;Unknown|UKN|UNK"
    )
}
# origin: refugees at the end of each year from 2010 (thousands), hosts as "country:share" from a year on ("@")
_RF_FLOWS: dict[str, tuple[str, str]] = {
    "Syrian Arab Rep.": (
        "18;20;729;2468;3880;4873;5524;6307;6654;6617;6703;6848;6548",
        "2010@Türkiye:54;Lebanon:14;Jordan:10;Germany:9.5;Iraq:3.8;Egypt:2;Sweden:1.7;Austria:0.9;Netherlands:0.5;"
        "Greece:0.4;Denmark:0.3;France:0.4;Canada:0.6;Armenia:0.2",
    ),
    "Afghanistan": (
        "3055;2665;2586;2556;2596;2666;2501;2624;2681;2728;2595;2713;5662",
        "2010@Pakistan:58;Iran (Islamic Rep. of):35;Germany:4.5;Austria:1;Sweden:0.5;Türkiye:0.5;France:0.4|"
        "2022@Iran (Islamic Rep. of):59;Pakistan:30;Germany:5.2;Türkiye:2;Austria:1;France:1;Sweden:0.6;"
        "United States of America:0.5;Tajikistan:0.2;India:0.3",
    ),
    "Ukraine": (
        "25;25;26;26;237;321;239;61;60;58;27;28;5680",
        "2010@Russian Federation:80;Germany:5;Poland:4;Italy:3;Czechia:2;Spain:2;France:2|"
        "2022@Poland:27;Russian Federation:21;Germany:18;Czechia:8.3;Italy:3.1;Spain:2.9;United Kingdom of Great "
        "Britain and Northern Ireland:2.7;France:2;Slovakia:1.8;Rep. of Moldova:1.7;Romania:1.6;Austria:1.6;"
        "Netherlands:1.5;Lithuania:1.3;Switzerland:1.2;Bulgaria:0.9;Belgium:1.1;Sweden:0.9;Denmark:0.6;Norway:0.6",
    ),
    "South Sudan": (
        "0;0;87;114;616;778;1437;2440;2285;2235;2189;2363;2295",
        "2010@Uganda:40;Sudan:35;Ethiopia:16;Kenya:6;Dem. Rep. of the Congo:3",
    ),
    "Myanmar": (
        "416;415;416;480;479;451;490;1157;1145;1078;1104;1178;1253",
        "2010@Thailand:24;Malaysia:22;Bangladesh:8;India:4;United States of America:2;Japan:0.5|"
        "2017@Bangladesh:80;Malaysia:9;Thailand:7;India:2;United States of America:0.5",
    ),
    "Dem. Rep. of the Congo": (
        "477;491;509;499;516;541;537;620;720;807;840;908;931",
        "2010@Uganda:40;Rwanda:9;Burundi:8;United Rep. of Tanzania:8;Zambia:5;South Africa:3;Angola:3;Kenya:2;"
        "Congo:2;France:2",
    ),
    "Sudan": (
        "387;500;558;649;666;627;650;694;725;735;788;825;837",
        "2010@Chad:47;South Sudan:35;Ethiopia:6;Egypt:5;Central African Rep.:1;France:1",
    ),
    "Somalia": (
        "770;1077;1137;1122;1106;1012;1012;986;949;905;815;777;790",
        "2010@Kenya:35;Ethiopia:32;Yemen:25;Uganda:5;Djibouti:1.5;Sweden:1",
    ),
    "Central African Rep.": (
        "165;162;152;252;411;471;491;545;591;610;642;737;748",
        "2010@Cameroon:45;Dem. Rep. of the Congo:28;Chad:18;Congo:4",
    ),
    "Eritrea": (
        "223;252;285;308;364;411;459;486;507;505;522;511;520",
        "2010@Ethiopia:30;Sudan:25;Germany:15;Switzerland:7;Sweden:6;Netherlands:4;Norway:3",
    ),
    "Iraq": (
        "1683;1428;746;401;370;264;316;362;372;344;333;342;305",
        "2010@Syrian Arab Rep.:60;Jordan:20;Germany:8;Iran (Islamic Rep. of):5;Türkiye:4|"
        "2013@Germany:35;Türkiye:20;Jordan:18;Iran (Islamic Rep. of):8;Sweden:6;Syrian Arab Rep.:8",
    ),
    "Venezuela (Bolivarian Republic of)": (
        "7;8;8;8;9;10;12;20;22;93;171;186;245",
        "2010@Spain:30;Brazil:25;Mexico:20;United States of America:10;Peru:5;Costa Rica:5",
    ),
    "Viet Nam": (
        "339;338;336;314;313;313;314;334;334;317;317;317;317",
        "2010@China:98;Germany:0.6;Switzerland:0.3;France:0.4;United States of America:0.7",
    ),
    "Colombia": (
        "396;395;394;396;360;340;312;139;139;190;189;138;141",
        "2010@Ecuador:60;Venezuela (Bolivarian Republic of):30;Costa Rica:5;Panama:2;Canada:3",
    ),
}
# origin: asylum claims pending at the end of each year from 2010 (thousands), where
_RF_ASYLUM = {
    "Venezuela (Bolivarian Republic of)": (
        "1;1;1;2;5;12;35;150;465;795;850;985;1090",
        "Peru:50;United States of America:20;Spain:12;Brazil:8;Mexico:5;Costa Rica:5",
    )
}
# origin: people in need of international protection abroad from 2018 (thousands), hosts
_RF_OIP = {
    "Venezuela (Bolivarian Republic of)": (
        "2600;3600;3860;4400;5200",
        "Colombia:45;Peru:17;Ecuador:9;Chile:8;Brazil:6;Argentina:4;Panama:3;Mexico:2;Costa Rica:1;Spain:5",
    )
}
# country: internally displaced people from 2010 (thousands), share returned in a year, stateless (thousands)
_RF_HOME = {
    "Syrian Arab Rep.": ("0;0;2016;6520;7632;6564;6326;6150;6184;6568;6747;6865;6825", 0.03, 160.0),
    "Colombia": ("3672;3888;3943;5368;6044;6940;7410;7678;7816;8044;8252;6800;6825", 0.0, 11.0),
    "Ukraine": ("0;0;0;0;823;1600;1800;1800;1500;730;734;854;5914", 0.05, 35.0),
    "Afghanistan": ("352;447;492;631;805;1174;1797;1837;2106;2553;2886;3455;3250", 0.04, 0.0),
    "Dem. Rep. of the Congo": ("1721;1710;2669;2963;2756;1500;2232;4351;4516;5014;5227;5339;5500", 0.08, 0.0),
    "South Sudan": ("0;0;0;331;1498;1697;1854;1899;1879;1666;1622;1436;1475", 0.05, 10.0),
    "Somalia": ("1463;1356;1133;1133;1107;1107;1563;2116;2648;2648;2968;2968;2967", 0.02, 0.0),
    "Iraq": ("1343;1332;1332;954;3596;3290;3604;2615;1802;1555;1224;1189;1168", 0.1, 48.0),
    "Sudan": ("1600;2000;2000;1873;2192;2192;2225;1997;1865;1885;2730;3035;3553", 0.03, 0.0),
    "Myanmar": ("62;339;430;372;376;451;375;370;354;343;505;648;1492", 0.02, 600.0),
    "Ethiopia": ("0;0;0;0;0;0;0;1078;2137;1734;2060;3605;3990", 0.1, 0.0),
    "Nigeria": ("0;0;0;0;1188;1385;1955;1705;2167;2198;2730;3218;3250", 0.05, 0.0),
    "Côte d'Ivoire": ("0;0;0;0;0;0;0;0;0;0;0;0;0", 0.0, 700.0),
    "Thailand": ("0;0;0;0;0;0;0;0;0;0;0;0;0", 0.0, 480.0),
    "Latvia": ("0;0;0;0;0;0;0;0;0;0;0;0;0", 0.0, 300.0),
}
_RF_EUROPE = set(
    _split(
        "Germany;Sweden;Austria;Netherlands;France;Greece;Denmark;Switzerland;Italy;Spain;Belgium;Norway;Poland;"
        "Czechia;United Kingdom of Great Britain and Northern Ireland;Bulgaria;Romania;Slovakia;Lithuania"
    )
)
_RF_SMALL_FROM = _split(
    "Nigeria;Mali;Burundi;Rwanda;Ethiopia;Yemen;Libya;Pakistan;Iran (Islamic Rep. of);Sri Lanka;China;"
    "Serbia and Kosovo: S/RES/1244 (1999);Bosnia and Herzegovina;Albania;Georgia;Azerbaijan;Russian Federation;"
    "Tajikistan;Honduras;El Salvador;Guatemala;Haiti;Cuba;Nicaragua;Côte d'Ivoire;Guinea;Senegal;Ghana;Cameroon;"
    "Chad;Niger;Burkina Faso;Mauritania;Algeria;Morocco;Tunisia;Egypt;Viet Nam;Nepal;Philippines;Indonesia;"
    "Bangladesh;India;Türkiye;Lebanon;Jordan;Kenya;Uganda;Angola;Congo;Unknown"
)
_RF_SMALL_TO = _split(
    "Germany;France;United Kingdom of Great Britain and Northern Ireland;United States of America;Canada;Sweden;"
    "Italy;Switzerland;Netherlands;Belgium;Austria;Norway;Denmark;Spain;Greece;Australia;Japan;Rep. of Korea;"
    "Malaysia;Thailand;India;Egypt;Kenya;Uganda;Ethiopia;South Africa;Cameroon;Chad;Niger;Burkina Faso;Mali;"
    "Mauritania;Senegal;Ghana;Rwanda;Burundi;United Rep. of Tanzania;Zambia;Angola;Congo;Türkiye;Lebanon;Jordan;"
    "Iraq;Iran (Islamic Rep. of);Pakistan;Mexico;Costa Rica;Panama;Ecuador;Brazil;Argentina;Kazakhstan;Armenia"
)


def _rf_hosts(spec: str, year: int) -> tuple[list[str], list[float]]:
    eras = [(int(part.split("@")[0]), part.split("@")[1]) for part in spec.split("|")]
    return _table(max(e for e in eras if e[0] <= year)[1])


def _rf_asylum_ratio(host: str) -> float:
    if host == "Germany":
        return 0.2
    if host in _RF_EUROPE:
        return 0.1
    return {"United States of America": 0.5, "Canada": 0.15, "Australia": 0.1}.get(host, 0.02)


def _rf_row(year: int, origin: str, host: str, **counts: float) -> dict[str, Any]:
    coo, coo_iso = _RF_CODES[origin]
    coa, coa_iso = _RF_CODES[host]
    row: dict[str, Any] = {"year": year, "coo_name": origin, "coo": coo, "coo_iso": coo_iso}
    row |= {"coa_name": host, "coa": coa, "coa_iso": coa_iso}
    return row | {k: float(round(v)) for k, v in counts.items()}


def _refugees_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7007)
    rows: list[dict[str, Any]] = []
    for origin, (series, hosts) in _RF_FLOWS.items():
        for year, total in zip(_RF_YEARS, (float(x) * 1000 for x in _split(series)), strict=True):
            names, shares = _rf_hosts(hosts, year)
            weights = np.asarray(shares) * rng.lognormal(0, 0.06, len(shares))
            for host, w in zip(names, weights / weights.sum(), strict=True):
                refugees = total * w
                asylum = refugees * _rf_asylum_ratio(host) * rng.lognormal(0, 0.3)
                if origin in _RF_ASYLUM:
                    claims, where = _RF_ASYLUM[origin]
                    places, parts = _table(where)
                    share = parts[places.index(host)] / sum(parts) if host in places else 0.0
                    asylum = float(_split(claims)[year - 2010]) * 1000 * share * rng.lognormal(0, 0.05)
                if origin == "Ukraine" and year == 2022:
                    asylum = refugees * 0.004
                if refugees + asylum >= 1:
                    rows.append(_rf_row(year, origin, host, refugees=refugees, asylum_seekers=asylum))
    for origin, (series, hosts) in _RF_OIP.items():
        names, shares = _table(hosts)
        for year, total in zip(range(2018, 2023), (float(x) * 1000 for x in _split(series)), strict=True):
            for host, w in zip(names, np.asarray(shares) / sum(shares), strict=True):
                rows.append(_rf_row(year, origin, host, oip=total * w * rng.lognormal(0, 0.05)))
    for country, (series, back, stateless) in _RF_HOME.items():
        for year, idps in zip(_RF_YEARS, (float(x) * 1000 for x in _split(series)), strict=True):
            counts = {"idps": idps, "returned_idps": idps * back * rng.lognormal(0, 0.5)}
            counts["returned_refugees"] = float(rng.lognormal(np.log(2000), 1.5)) if country in _RF_FLOWS else 0.0
            counts["stateless"] = stateless * 1000 * rng.lognormal(0, 0.04)
            counts["ooc"] = float(rng.lognormal(np.log(30000), 1.0)) if rng.random() < 0.3 else 0.0
            if sum(counts.values()) >= 1:
                rows.append(_rf_row(year, country, country, **counts))
    for host, size in (("Kuwait", 93.0), ("Estonia", 75.0), ("Malaysia", 110.0), ("Thailand", 2.0), ("Germany", 14.0)):
        for year in _RF_YEARS:
            rows.append(_rf_row(year, "Unknown", host, stateless=size * 1000 * rng.lognormal(0, 0.05)))
    taken = {(r["coo_name"], r["coa_name"]) for r in rows}
    pairs = [(o, h) for o in _RF_SMALL_FROM for h in _RF_SMALL_TO if o != h and (o, h) not in taken]
    for i in rng.choice(len(pairs), 245, replace=False):
        origin, host = pairs[int(i)]
        base = float(np.clip(rng.lognormal(np.log(250), 1.7), 5, 60000))
        ratio = _rf_asylum_ratio(host) * float(rng.lognormal(0.8, 0.8))
        first = 2010 if rng.random() < 0.7 else int(rng.integers(2011, 2021))
        level = 1.0
        for year in _RF_YEARS:
            level *= float(rng.lognormal(0.02, 0.22))
            if year < first:
                continue
            refugees, asylum = base * level, base * level * ratio
            refugees = 0.0 if rng.random() < 0.08 else refugees
            if round(refugees) + round(asylum) > 0:
                rows.append(_rf_row(year, origin, host, refugees=refugees, asylum_seekers=asylum))
    frame = pd.DataFrame(rows)
    keys = ["year", "coo_name", "coo", "coo_iso", "coa_name", "coa", "coa_iso"]
    measures = _RF_COLUMNS[7:]
    for col in measures:
        if col not in frame:
            frame[col] = np.nan
    frame = frame.groupby(keys, as_index=False, sort=True)[measures].sum(min_count=1)
    for col in measures[:6]:
        frame[col] = frame[col].fillna(0).astype(int)
    frame["ooc"] = frame["ooc"].fillna(0).astype(int)
    frame["oip"] = frame["oip"].where(frame["year"] < 2018, frame["oip"].fillna(0))
    home = frame["coo_name"] == frame["coa_name"]
    frame["hst"] = np.where(
        home & (frame["year"] >= 2020) & (frame["idps"] > 2e6), (frame["idps"] * 0.4).round(), np.nan
    )
    frame = frame.sort_values(["year", "coo_name", "coa_name"], kind="stable", ignore_index=True)
    return frame[_RF_COLUMNS]


_RF_ALIASES: dict[str, tuple[str, ...]] = {
    "Syrian Arab Rep.": ("Syria", "Syrian Arab Republic"),
    "Türkiye": ("Turkey", "Turkiye"),
    "Iran (Islamic Rep. of)": ("Iran",),
    "Venezuela (Bolivarian Republic of)": ("Venezuela",),
    "Dem. Rep. of the Congo": ("DRC", "Democratic Republic of the Congo", "DR Congo", "Congo (DRC)"),
    "Russian Federation": ("Russia",),
    "United Kingdom of Great Britain and Northern Ireland": ("United Kingdom", "UK"),
    "United States of America": ("United States", "USA", "US"),
    "United Rep. of Tanzania": ("Tanzania",),
}


def _rf_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[d["year"] == year]


def _rf_total(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_rf_year(d, year)["refugees"].sum())


def _rf_ranking(column: str) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        now = _rf_year(d, 2022)
        return _ranked(now.groupby(_text(now[column]))["refugees"].sum())

    return ranking


_RF_MONEY = (1e3, 1e6)
_RF_ID = ("year",)
_REFUGEES_QS = [
    Q(
        "what was the total number of refugees in 2022?",
        _scaled(_rf_total(2022), _RF_MONEY),
        (*_RF_ID, "refugees"),
    ),
    Q(
        "which country hosted the most refugees that year",
        _lead(_named(lambda d: str(_rf_ranking("coa_name")(d).index[0]), _RF_ALIASES)),
        (*_RF_ID, "refugees", "coa_name", "coa", "coa_iso"),
    ),
    Q(
        "top 5 countries of origin for refugees in 2022",
        _top_aliased(_rf_ranking("coo_name"), 5, _RF_ALIASES),
        (*_RF_ID, "refugees", "coo_name", "coo", "coo_iso"),
    ),
    Q(
        "how many asylum seekers were in germany in 2022",
        _scaled(lambda d: _rf_year(d, 2022).loc[_text(d["coa_name"]) == "Germany", "asylum_seekers"].sum(), _RF_MONEY),
        (*_RF_ID, "asylum_seekers", "coa_name", "coa", "coa_iso"),
    ),
    Q(
        "what share of the 2022 refugees were syrian?",
        _share(lambda d: float(_rf_ranking("coo_name")(d)["Syrian Arab Rep."] / _rf_total(2022)(d))),
        (*_RF_ID, "refugees", "coo_name", "coo", "coo_iso"),
    ),
    Q(
        "plot total refugees per year since 2010. how much did it grow from 2010 to 2022?",
        either(
            _scaled(lambda d: [_rf_total(2010)(d), _rf_total(2022)(d)], _RF_MONEY),
            _pct(lambda d: _rf_total(2022)(d) / _rf_total(2010)(d) - 1),
            _about(lambda d: _rf_total(2022)(d) / _rf_total(2010)(d)),
        ),
        (*_RF_ID, "refugees"),
    ),
]


HELDOUT70: list[Dataset] = [
    Dataset("movie_industry", _movies_frame, _MOVIES_QS),
    Dataset("heart_disease_indicators", _heart_frame, _HEART_QS),
    Dataset("connecticut_real_estate_sales", _ct_estate_frame, _CT_ESTATE_QS),
    Dataset("lego_sets", _lego_frame, _LEGO_QS),
    Dataset("kobe_bryant_shots", _kobe_frame, _KOBE_QS),
    Dataset("mobile_device_usage", _mobile_frame, _MOBILE_QS),
    Dataset("unhcr_refugee_population", _refugees_frame, _REFUGEES_QS),
]
