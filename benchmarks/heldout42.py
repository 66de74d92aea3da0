"""HELDOUT42: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Disney+ Movies and TV Shows file (disney_plus_titles.csv, 1450 titles) with "s1" show ids, Movie / TV Show types,
comma-joined directors, cast and countries (many blank, most directors missing for shows), date_added written
"November 26, 2021" (a launch-day pile on November 12, 2019, three blank), release_year, TV-G / PG-13 style ratings
(three blank), duration as "94 min" for movies and "1 Season" / "2 Seasons" for shows, comma-joined listed_in
genres and a description, newest additions first; Kaggle's used car auction sales (car_prices.csv, 5000 sales) with
year, make (a few written in lower case, some blank with their model, trim and body), model, trim, body ("SUV",
"Crew Cab", some in lower case), "automatic" / "manual" or blank transmission, 17-character lower-case vins,
lower-case state codes, a condition on a 1-5 scale for some cars and 10-49 for others (some blank), odometer miles
with a few 999999 and two blank, colour and interior with "—" for unknown, lower-case seller names, mmr and
sellingprice in dollars (one car sold for $1) and sale dates written "Tue Dec 16 2014 12:30:00 GMT-0800 (PST)" from
December 2014 to July 2015; Kaggle's Student Mental Health survey (Student Mental health.csv, 101 Malaysian
university students, July 2020) with question headers such as "Choose your gender", "What is your course?" (course
names spelt several ways), "Your current year of Study" written both "year 1" and "Year 1", CGPA bands such as
"3.00 - 3.49" (one band also with a trailing space), a blank Age, Yes / No answers and timestamps in two formats
("8/7/2020 12:02" and "13/07/2020 10:07:32"); Kaggle's Bike Sales in Europe file (Sales.csv, 5000 orders from 2011
to July 2016, bikes only before 2013, 2014 and 2016 only from January to July) with ISO dates, Day, Month name, Year,
Customer_Age, "Youth (<25)" style Age_Group, M / F gender, six countries with their states, three product
categories, sub-categories, AdventureWorks products ("Mountain-200 Black, 38", "Water Bottle - 30 oz."),
Order_Quantity, Unit_Cost, Unit_Price, and Profit, Cost and Revenue with small discounts; Kaggle's Top Streamers on
Twitch file (twitchdata-update.csv, 1000 channels, sorted by watch time) with "Watch time(Minutes)" and "Stream
time(minutes)" headers, peak and average viewers, followers and followers gained (a few negative), views gained,
True / False Partnered and Mature and the stream language; the Center for World University Rankings file
(cwurData.csv) with 100 universities for 2012 and 2013 and 1000 for 2014 and 2015, "USA" as a country, national
ranks, sub-rankings that stop at a shared last place, broad_impact blank before 2014 and a two-decimal score; and
the Coffee Quality Institute reviews (merged_data_cleaned.csv, 1339 samples, Arabica then Robusta, best first) with
its unnamed row-number column, dotted headers (Country.of.Origin, Total.Cup.Points), lower-case owners, one sample
without a country, altitudes as free text ("1600 - 1800 m", "de 1.200 a 1.400 msnm", "4500 ft") beside their low,
high and mean in metres (a few impossible means), harvest years such as "2013/2014" or "08/09 crop", cupping scores
in twelfths, moisture as a fraction, blanks in most descriptive columns and one sample scored 0. All are generated
with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _shares, _split, _text
from .heldout38 import _draw, _month
from .heldout39 import _fields
from .heldout40 import _top_named
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _unique(rng: np.random.Generator, make: Callable[[np.random.Generator], str], used: set[str]) -> str:
    """A fresh name from `make`, numbered when the generator keeps repeating itself."""
    for attempt in range(300):
        name = make(rng)
        if attempt > 200:
            name += f" {attempt - 199}"
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("no fresh name left")


def _ranked(scores: pd.Series, ascending: bool = False) -> pd.Series:
    """Scores indexed by label, best first (ties in label order, so the order never depends on the rows)."""
    frame = pd.DataFrame({"label": [str(x) for x in scores.index], "score": scores.to_numpy()})
    frame = frame.sort_values(["score", "label"], ascending=[ascending, True], kind="stable")
    return pd.Series(frame["score"].to_numpy(), index=frame["label"].to_numpy())


# --- 1. Disney+ titles (Kaggle "Disney+ Movies and TV Shows", disney_plus_titles.csv) -----------------------------

# kind: titles, release years (from, to), minutes or seasons as "value:weight", ratings, genres ("|" between options)
_DP_KINDS: dict[str, tuple[int, tuple[int, int], str, str, str]] = {
    "classic short": (
        150,
        (1928, 1961),
        "6:10;7:35;8:35;9:15;10:5",
        "TV-G:62;G:30;TV-Y7:8",
        "Animation, Comedy, Family|Animation, Family|Animation, Comedy|Animation, Family, Musical",
    ),
    "modern short": (
        64,
        (1986, 2021),
        "2:15;3:14;4:10;5:10;6:10;7:12;8:10;9:6;12:6;15:4;22:3",
        "G:45;TV-G:25;PG:12;TV-Y7:10;TV-PG:8",
        "Animation, Comedy, Family|Animation, Family, Fantasy|Animation, Family|Animation, Kids",
    ),
    "animated feature": (
        130,
        (1937, 2021),
        "64:4;72:10;76:10;81:12;86:12;90:12;95:10;98:8;102:8;106:6;110:4;118:2",
        "G:45;PG:40;TV-G:8;TV-PG:7",
        "Animation, Family, Fantasy|Animation, Comedy, Family|Action-Adventure, Animation, Family|"
        "Animation, Family, Musical|Animation, Buddy, Comedy",
    ),
    "live feature": (
        420,
        (1950, 2021),
        "78:4;84:8;88:12;91:14;94:14;97:12;100:10;104:8;108:6;113:5;118:4;124:3;131:2;139:1",
        "PG:28;G:22;TV-G:22;TV-PG:16;PG-13:8;TV-14:2;TV-Y7:2",
        "Comedy, Family|Action-Adventure, Comedy, Family|Coming of Age, Comedy, Family|Family, Fantasy|"
        "Drama, Family, Sports|Comedy, Family, Musical|Animals & Nature, Drama, Family|Family, Science Fiction|"
        "Action-Adventure, Family, Western|Comedy, Family, Romance",
    ),
    "blockbuster": (
        98,
        (1977, 2021),
        "101:4;112:8;121:10;126:10;131:10;135:10;138:8;142:8;147:6;152:4;161:3;181:1",
        "PG-13:82;PG:16;TV-14:2",
        "Action-Adventure, Science Fiction, Superhero|Action-Adventure, Fantasy, Science Fiction|"
        "Action-Adventure, Fantasy, Superhero|Action-Adventure, Comedy, Fantasy",
    ),
    "documentary": (
        190,
        (1948, 2021),
        "22:6;27:8;32:6;44:20;46:12;52:10;61:8;75:8;82:8;88:6;94:5;101:3",
        "TV-PG:48;TV-G:24;G:14;PG:8;TV-14:6",
        "Documentary|Animals & Nature, Documentary|Documentary, Historical|Documentary, Music|"
        "Biographical, Documentary|Documentary, Sports|Animals & Nature, Documentary, Family",
    ),
    "kids series": (
        150,
        (1985, 2021),
        "1:42;2:25;3:14;4:8;5:5;6:3;7:2;8:1",
        "TV-Y7:45;TV-Y:30;TV-G:25",
        "Animation, Kids|Action-Adventure, Animation, Kids|Animation, Comedy, Kids|Animation, Family, Music|"
        "Animation, Fantasy, Kids",
    ),
    "live series": (
        104,
        (1954, 2021),
        "1:45;2:22;3:14;4:9;5:5;6:3;7:1;9:1",
        "TV-G:44;TV-PG:40;TV-14:10;TV-Y7:6",
        "Comedy, Coming of Age, Kids|Comedy, Family, Sitcom|Action-Adventure, Science Fiction|"
        "Drama, Family, Mystery|Comedy, Music, Musical|Action-Adventure, Superhero|Anthology, Fantasy",
    ),
    "docuseries": (
        143,
        (1998, 2021),
        "1:62;2:18;3:8;4:5;5:3;6:2;8:1;10:1",
        "TV-PG:52;TV-G:24;TV-14:24",
        "Docuseries|Animals & Nature, Docuseries|Docuseries, Reality|Docuseries, Historical|"
        "Docuseries, Lifestyle, Travel|Animals & Nature, Docuseries, Survival|Docuseries, Sports",
    ),
}
_DP_SHOW_KINDS = ("kids series", "live series", "docuseries")
# kind: directors with the number of titles each directed (co-directors joined as in the file)
_DP_DIRECTORS: dict[str, str] = {
    "classic short": "Jack Hannah:16;Charles Nichols:11;Jack Kinney:9;Jack King:8;Dick Lundy:7;Wilfred Jackson:6;"
    "Clyde Geronimi:6;Burt Gillett:6;Ben Sharpsteen:5;David Hand:5;Riley Thomson:4;Ub Iwerks:4;Jack Cutting:3;"
    "Bill Roberts:3;Walt Disney:3;Rudy Ising:2",
    "modern short": "John Lasseter:10;Bob Peterson:9;Pete Docter:2;Angus MacLane:2;Patrick Osborne:2",
    "animated feature": "Ron Clements, John Musker:5;Clyde Geronimi, Wilfred Jackson, Hamilton Luske:3;"
    "Clyde Geronimi:2;Wilfred Jackson, Hamilton Luske:1;John Lasseter:2;John Lasseter, Andrew Stanton:1;"
    "John Lasseter, Brad Lewis:1;Andrew Stanton:2;Pete Docter:3;Brad Bird:3;Lee Unkrich:2;Chris Buck, Jennifer Lee:2;"
    "Byron Howard, Rich Moore:1;Wolfgang Reitherman:4;Don Hall, Chris Williams:1",
    "live feature": "Paul Hoen:16;Robert Stevenson:12;Vincent McEveety:10;Kenny Ortega:8;Stuart Gillard:7;"
    "Norman Tokar:6;James Neilson:5;Duwayne Dunham:5;Robert Butler:3;Savage Steve Holland:3;Jon Turteltaub:3;"
    "Greg Beeman:3;Peter Hewitt:2;Jeffrey Hornaday:2",
    "blockbuster": "Joe Russo, Anthony Russo:4;Jon Favreau:4;James Gunn:2;Gore Verbinski:3;J.J. Abrams:2;"
    "George Lucas:4;Taika Waititi:2;Ryan Coogler:1;Jon Watts:2;Rob Marshall:2",
    "documentary": "James Algar:8;Alastair Fothergill, Keith Scholey:3;Alastair Fothergill:4;"
    "Jimmy Chin, Elizabeth Chai Vasarhelyi:2;Mark Linfield:2",
}
# kind: share of titles without a director when the named ones run out
_DP_NO_DIRECTOR = {"classic short": 0.35, "modern short": 0.2, "animated feature": 0.05, "live feature": 0.06}
_DP_NO_DIRECTOR |= {"blockbuster": 0.02, "documentary": 0.2, "kids series": 0.96, "live series": 0.92}
_DP_NO_DIRECTOR |= {"docuseries": 0.9}
_DP_FIRST = _split(
    "James;Michael;David;Robert;John;Mark;Steven;Daniel;Brian;Kevin;Jason;Matthew;Chris;Paul;Scott;Peter;Tom;Greg;"
    "Mary;Jennifer;Linda;Susan;Karen;Lisa;Nancy;Sarah;Emily;Jessica;Laura;Rachel;Anna;Julia;Kate;Amy;Dana;Rita;"
    "Carlos;Luis;Hiro;Kenji;Ravi;Omar;Ahmed;Ivan;Pierre;Hans;Lars;Nils;Mateo;Diego;Tariq;Kwame;Jamal;Andre;Marcus;"
    "Zoe;Maya;Nina;Lena;Ava;Chloe;Grace;Hannah;Olivia;Sofia;Isabella;Leah;Naomi;Ruby;Elena;Yuki;Mei;Priya"
)
_DP_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Wilson;Anderson;Taylor;Thomas;Moore;Martin;Jackson;Thompson;"
    "White;Harris;Clark;Lewis;Robinson;Walker;Young;Allen;King;Wright;Scott;Green;Baker;Adams;Nelson;Hill;Campbell;"
    "Mitchell;Roberts;Carter;Phillips;Evans;Turner;Torres;Parker;Collins;Edwards;Stewart;Morris;Murphy;Cook;Rogers;"
    "Morgan;Cooper;Peterson;Reed;Bailey;Bell;Kelly;Howard;Ward;Cox;Richardson;Wood;Watson;Brooks;Bennett;Gray;Hughes;"
    "Price;Sanders;Myers;Long;Ross;Foster;Nakamura;Tanaka;Kim;Park;Chen;Wong;Patel;Singh;Garcia;Lopez;Rossi;Muller"
)
_DP_COUNTRIES = (
    "United States:70;United States, Canada:5;United Kingdom:3;United States, United Kingdom:4;Canada:2;"
    "Australia:1;United States, Australia:1;France:0.6;United States, Germany:0.6;Japan:0.4;"
    "United Kingdom, United States:1;Ireland:0.3;United States, South Africa:0.3;:11"
)
_DP_ADJ = _split(
    "Lost;Secret;Little;Great;Magic;Wild;Brave;Hidden;Last;Golden;Incredible;Flying;Mighty;Haunted;Amazing;Lucky;"
    "Shaggy;Silver;Tiny;Big;Happy;Daring;Runaway;Absent-Minded;Invisible;Unlikely;Perfect;Midnight;Crazy;Fearless"
)
_DP_NOUN = _split(
    "Treasure;Kingdom;Island;Adventure;Journey;Dog;Horse;Dragon;Princess;Pirate;Robot;Mountain;Castle;Legend;Wish;"
    "Dream;Voyage;Bear;Lion;Elephant;Tiger;Fox;Cat;Car;Rocket;Detective;Ghost;Giant;Knight;Wizard;Family;Summer;"
    "Heist;Race;Professor;Nanny;Coach;Genius;Spy;Mermaid;Musketeer;Cowboy;Witch;Champion;Alien;Substitute"
)
_DP_PLACES = _split(
    "the North;the Jungle;the Sea;the Lost City;Mars;the Desert;the Deep;the Savanna;the Arctic;Neverland;Atlantis;"
    "Texas;Alaska;Paris;Africa;Yellowstone;the Amazon;Madagascar;Galapagos;the Outback;Borneo;the Himalayas"
)
_DP_WILDS = _split("Africa;Yellowstone;the Amazon;Madagascar;Galapagos;the Outback;Borneo;the Himalayas;the Arctic")
_DP_ANIMALS = _split(
    "Whales;Sharks;Penguins;Lions;Bears;Wolves;Chimpanzees;Elephants;Dolphins;Tigers;Gorillas;Eagles;Sea Turtles;"
    "Cheetahs;Orcas;Polar Bears;Meerkats;Hippos;Crocodiles;Octopuses;Jaguars;Owls;Otters"
)
_DP_CARTOON = _split("Donald;Mickey;Goofy;Pluto;Figaro;Minnie;Daisy;Chip 'n' Dale")
_DP_GAGS = _split(
    "Camera;Dog Show;Picnic;Vacation;Garden;Dilemma;Crime;Lucky Day;Nephews;Ostrich;Snow Fight;Fire Drill;"
    "Tire Trouble;Happy Birthday;Blue Note;Fledgling;Trailer;Kid;Purple Heart;Day Off;Playmate;Better Self;"
    "Cousin;Diary;Dream Christmas;Golf Game;Big Game;Elephant;Quin-Puplets;Sweater;Glider;Birthday Party"
)
_DP_ROLES = _split(
    "teenager;young inventor;stray dog;retired coach;shy princess;scrappy orphan;single dad;marine biologist;"
    "young wizard;family of bears;pair of twins;high school band;rookie detective;curious robot;lonely giant"
)
_DP_PLOTS = _split(
    "sets out to save their hometown;discovers a hidden world;must win the big game;learns the true meaning of "
    "friendship;uncovers a family secret;races against time to get home;teams up with an unlikely ally;"
    "faces a brand-new school year;chases a lifelong dream"
)
_DP_NATURE = _split(
    "Follow {a} through a year of survival;Scientists track {a} across {w};Explore the hidden lives of {a};"
    "A rare look at how {a} raise their young in {w};Filmmakers spend three years among {a}"
)


def _dp_title(kind: str) -> Callable[[np.random.Generator], str]:
    def make(rng: np.random.Generator) -> str:
        adj, noun, place = str(_one(rng, _DP_ADJ)), str(_one(rng, _DP_NOUN)), str(_one(rng, _DP_PLACES))
        if kind == "classic short":
            return f"{_one(rng, _DP_CARTOON)}'s {_one(rng, _DP_GAGS)}"
        if kind in ("documentary", "docuseries"):
            animals, wild = str(_one(rng, _DP_ANIMALS)), str(_one(rng, _DP_WILDS))
            forms = [
                f"Secrets of the {animals}",
                f"{animals} of {wild}",
                f"Kingdom of the {animals}",
                f"Inside {wild}",
                f"Wild {wild}",
                f"Year of the {animals[:-1]}",
                f"Expedition {wild}",
            ]
            return str(_one(rng, forms))
        forms = [
            f"The {adj} {noun}",
            f"{adj} {noun}",
            f"The {noun} of {place}",
            f"Return to {place}",
            f"{noun} in {place}",
            f"The {adj} {noun} 2",
            f"My {adj} {noun}",
            f"{adj} {noun}s",
        ]
        if kind in ("kids series", "live series"):
            forms += [f"{noun} Academy", f"The {adj} {noun}s", f"{adj} {noun} Tales", f"{noun} Club"]
        if kind == "blockbuster":
            forms += [f"Star Wars: The {adj} {noun}", f"Marvel Studios' {adj} {noun}", f"Pirates of {place}"]
        return str(_one(rng, forms))

    return make


def _dp_people(rng: np.random.Generator, k: int) -> str:
    return ", ".join(f"{_one(rng, _DP_FIRST)} {_one(rng, _DP_LAST)}" for _ in range(k))


def _dp_about(rng: np.random.Generator, kind: str) -> str:
    if kind in ("documentary", "docuseries"):
        line = str(_one(rng, _DP_NATURE))
        return line.format(a=str(_one(rng, _DP_ANIMALS)).lower(), w=_one(rng, _DP_WILDS)) + "."
    return f"A {_one(rng, _DP_ROLES)} {_one(rng, _DP_PLOTS)}."


def _dp_added(rng: np.random.Generator, kind: str, year: int) -> pd.Timestamp:
    launch = pd.Timestamp("2019-11-12")
    old = year < 2019 and kind not in ("docuseries",)
    if rng.random() < (0.6 if old else 0.16):
        return launch
    start = launch + pd.Timedelta(days=1) if year < 2019 else max(launch, pd.Timestamp(year, 1, 1))
    span = (pd.Timestamp("2021-11-26") - start).days
    return start + pd.Timedelta(days=int(rng.integers(0, span + 1)))


def _disney_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4201)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for kind, (n, (y_lo, y_hi), lengths, ratings, genres) in _DP_KINDS.items():
        show = kind in _DP_SHOW_KINDS
        named = [(who, int(k)) for who, k in (x.rsplit(":", 1) for x in _split(_DP_DIRECTORS.get(kind, "x:0")))]
        directors = [who for who, k in named for _ in range(k)]
        tail = round((n - len(directors)) * (1 - _DP_NO_DIRECTOR[kind]))
        while tail > 0:
            who, k = _dp_people(rng, 1), int(_one(rng, [1, 2, 3], [70, 22, 8]))
            directors += [who] * min(k, tail)
            tail -= k
        directors += [""] * (n - len(directors))
        order = rng.permutation(n)
        for i in range(n):
            skew = rng.beta(1.0, 1.0) if kind in ("classic short", "documentary") else rng.beta(3.2, 1.0)
            year = int(y_lo + round(skew * (y_hi - y_lo)))
            length = int(_draw(rng, lengths))
            duration = (f"{length} Season" + "s" * (length > 1)) if show else f"{length} min"
            added = _dp_added(rng, kind, year)
            rows.append(
                {
                    "type": "TV Show" if show else "Movie",
                    "title": _unique(rng, _dp_title(kind), used),
                    "director": directors[int(order[i])] or None,
                    "cast": _dp_people(rng, int(rng.integers(3, 9))) if rng.random() > 0.13 else None,
                    "country": _draw(rng, _DP_COUNTRIES) or None,
                    "_added": added,
                    "release_year": min(year, added.year),
                    "rating": _draw(rng, ratings),
                    "duration": duration,
                    "listed_in": str(_one(rng, genres.split("|"))),
                    "description": _dp_about(rng, kind),
                }
            )
    rows.append(
        {
            "type": "TV Show",
            "title": "The Simpsons",
            "director": None,
            "cast": "Dan Castellaneta, Julie Kavner, Nancy Cartwright, Yeardley Smith, Hank Azaria, Harry Shearer",
            "country": "United States",
            "_added": pd.Timestamp("2019-11-12"),
            "release_year": 1989,
            "rating": "TV-PG",
            "duration": "32 Seasons",
            "listed_in": "Animation, Comedy, Sitcom",
            "description": "The Simpsons family returns with more of their adventures in Springfield.",
        }
    )
    frame = pd.DataFrame(rows)
    frame = frame.iloc[rng.permutation(len(frame))].sort_values("_added", ascending=False, kind="stable")
    frame = frame.reset_index(drop=True)
    frame["date_added"] = [f"{t:%B} {t.day}, {t.year}" for t in frame["_added"]]
    for i in rng.choice(np.flatnonzero(frame["type"] == "TV Show"), 3, replace=False):
        frame.loc[int(i), "date_added"] = None
    frame = pd.concat([frame[frame["date_added"].notna()], frame[frame["date_added"].isna()]], ignore_index=True)
    for i in rng.choice(len(frame), 3, replace=False):
        frame.loc[int(i), "rating"] = None
    frame.insert(0, "show_id", [f"s{i + 1}" for i in range(len(frame))])
    columns = "show_id;type;title;director;cast;country;date_added;release_year;rating;duration;listed_in;description"
    return frame[_split(columns)]


def _dp_minutes(d: pd.DataFrame) -> pd.DataFrame:
    movies = d[_text(d["type"]) == "Movie"]
    return movies.assign(_min=pd.to_numeric(_text(movies["duration"]).str.extract(r"(\d+)")[0]))


def _dp_seasons(d: pd.DataFrame) -> pd.DataFrame:
    shows = d[_text(d["type"]) == "TV Show"]
    return shows.assign(_seasons=pd.to_numeric(_text(shows["duration"]).str.extract(r"(\d+)")[0]))


def _dp_directors(split: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        names = _text(d["director"])
        names = names.str.split(",").explode().str.strip() if split else names
        return _ranked(names[names != ""].value_counts())

    return ranking


def _dp_added_years(d: pd.DataFrame) -> Any:
    added = pd.to_datetime(_text(d["date_added"]).replace("", None), format="%B %d, %Y")
    return added.dt.year.value_counts().sort_index().to_numpy()


_DP_ID = ("show_id", "title")
_DISNEY_QS = [
    Q(
        "how many movies and how many tv shows are there?",
        _count(lambda d: _text(d["type"]).value_counts().to_numpy()),
        (*_DP_ID, "type"),
    ),
    Q(
        "top 5 directors by number of titles",
        either(_top_named(_dp_directors(False), 5), _top_named(_dp_directors(True), 5)),
        (*_DP_ID, "director"),
    ),
    Q(
        "avg movie runtime in minutes for each rating",
        _about(lambda d: _dp_minutes(d).groupby(_text(_dp_minutes(d)["rating"]).replace("", None))["_min"].mean()),
        (*_DP_ID, "type", "duration", "rating"),
    ),
    Q(
        "plot how many titles were added to disney+ each year - what does it show?",
        _count(_dp_added_years),
        (*_DP_ID, "date_added"),
    ),
    Q(
        "how many tv shows have more than 2 seasons",
        _count(lambda d: float((_dp_seasons(d)["_seasons"] > 2).sum())),
        (*_DP_ID, "type", "duration"),
    ),
    Q(
        "which of those has the most seasons?",
        _lead(_named(lambda d: str(_dp_seasons(d).sort_values("_seasons", kind="stable")["title"].iloc[-1]))),
        (*_DP_ID, "type", "duration"),
    ),
]


# --- 2. Used car auction sales (Kaggle "Vehicle Sales Data", car_prices.csv) ------------------------------------------

# make: share of sales (%), vin prefixes, models as "model|body|price new ($)|trims"
_CP_MAKES: dict[str, tuple[float, str, str]] = {
    "Ford": (
        17.0,
        "1fa;1ft;1fm;3fa;2fm",
        "F-150|SuperCrew|38000|XLT,Lariat,XL,Platinum,FX4;Fusion|Sedan|23000|SE,S,Titanium,SE Hybrid;"
        "Escape|SUV|24000|SE,Titanium,S,XLT;Focus|Sedan|18000|SE,S,Titanium;Explorer|SUV|32000|XLT,Limited,Base;"
        "Mustang|Coupe|26000|V6,GT,GT Premium;Edge|SUV|29000|SEL,Limited,SE;Taurus|Sedan|27000|SEL,Limited,SE;"
        "E-Series Van|E-Series Van|30000|E-350 Super Duty,E-250;Ranger|SuperCab|20000|XLT,Sport;"
        "Expedition|SUV|42000|XLT,Eddie Bauer,Limited;F-250 Super Duty|Crew Cab|44000|Lariat,XLT",
    ),
    "Chevrolet": (
        11.0,
        "1g1;1gc;1gn;2g1;1gnsk",
        "Impala|Sedan|26000|LT,LS,LTZ;Malibu|Sedan|23000|LT,LS,1LT,LTZ;Silverado 1500|Crew Cab|36000|LT,LTZ,Work Truck;"
        "Cruze|Sedan|18000|1LT,LS,LT,2LT,ECO;Equinox|SUV|24000|LT,LS,LTZ;Tahoe|SUV|45000|LT,LTZ,LS;"
        "Traverse|SUV|31000|LT,LS,LTZ;Camaro|Coupe|27000|LT,1LT,2SS,LS;Sonic|Sedan|15000|LT,LS;"
        "Suburban|SUV|46000|LT,LTZ;Express Cargo|Van|28000|2500",
    ),
    "Nissan": (
        9.7,
        "1n4;5n1;jn8;3n1;1n6",
        "Altima|Sedan|23000|2.5 S,2.5,2.5 SV,3.5 SL;Sentra|Sedan|17000|S,SV,SL,FE+ S;Rogue|SUV|24000|S,SV,SL;"
        "Maxima|Sedan|33000|3.5 SV,3.5 S;Versa|Sedan|13000|1.6 S,1.6 SV;Murano|SUV|31000|S,SL,SV;"
        "Pathfinder|SUV|31000|S,SV,SL;Frontier|Crew Cab|24000|SV,PRO-4X;Titan|Crew Cab|32000|SV,PRO-4X;"
        "Quest|Minivan|28000|SV,S",
    ),
    "Toyota": (
        7.0,
        "4t1;2t1;jtd;5tf;jtm",
        "Camry|Sedan|23000|LE,SE,XLE,L;Corolla|Sedan|17500|LE,S,L;Prius|Hatchback|24000|Two,Three,Four;"
        "RAV4|SUV|24500|LE,XLE,Limited;Tacoma|Double Cab|26000|PreRunner V6,Base,V6;"
        "Highlander|SUV|31000|Limited,SE,Base;"
        "Sienna|Minivan|28000|LE,XLE;Tundra|CrewMax Cab|33000|SR5,Limited;4Runner|SUV|33000|SR5,Limited;"
        "Yaris|Hatchback|14500|Base,L",
    ),
    "Dodge": (
        5.5,
        "2c4;1b3;2b3;2d4;1c3",
        "Grand Caravan|Minivan|23000|SXT,SE,Crew,R/T;Charger|Sedan|27000|SE,SXT,R/T;Journey|SUV|21000|SXT,SE,R/T;"
        "Avenger|Sedan|20000|SXT,Mainstreet,Express;Durango|SUV|31000|SXT,Citadel,R/T;"
        "Challenger|Coupe|27000|SXT,R/T,SRT8;Dart|Sedan|17000|SXT,Aero,Rallye;Caliber|Hatchback|16000|SXT,SE",
    ),
    "Honda": (
        4.8,
        "1hg;5j6;19x;5fn;jhm",
        "Accord|Sedan|24000|EX-L,LX,EX,Sport,SE;Civic|Sedan|18500|LX,EX,EX-L,Si;CR-V|SUV|25000|EX-L,LX,EX;"
        "Odyssey|Minivan|30000|EX-L,Touring,EX;Pilot|SUV|32000|EX-L,Touring,LX;Fit|Hatchback|16000|Sport,Base",
    ),
    "Hyundai": (
        3.9,
        "5npe;kmh;5xy;5nm",
        "Sonata|Sedan|22000|GLS,SE,Limited,2.4L;Elantra|Sedan|17500|GLS,Limited,SE;"
        "Santa Fe|SUV|27000|GLS,Sport,Limited;"
        "Tucson|SUV|22500|GLS,Limited,SE;Accent|Sedan|14500|GLS,GS;Genesis|Sedan|36000|3.8,5.0",
    ),
    "BMW": (
        3.7,
        "wba;5ux;wbs",
        "3 Series|Sedan|38000|328i,328i xDrive,335i,328i SULEV;5 Series|Sedan|50000|528i,535i,528i xDrive;"
        "X5|SUV|55000|xDrive35i,xDrive35d;X3|SUV|40000|xDrive28i,xDrive35i;1 Series|Coupe|32000|128i,135i;"
        "7 Series|Sedan|75000|750Li,740Li",
    ),
    "Kia": (
        3.2,
        "5xx;knd;kna;5xy",
        "Optima|Sedan|22000|LX,EX,SX;Sorento|SUV|25000|LX,EX,SX;Soul|Wagon|16000|+,Base,!;Forte|Sedan|16500|EX,LX,SX;"
        "Sportage|SUV|22000|LX,EX;Rio|Sedan|14500|LX,EX",
    ),
    "Chrysler": (
        3.0,
        "2c3;2a4;1c3;3a4",
        "Town and Country|Minivan|30000|Touring,Touring-L,Limited;200|Sedan|22000|Touring,Limited,LX;"
        "300|Sedan|31000|Base,C,Limited;Sebring|Sedan|20000|Touring,Limited;PT Cruiser|Wagon|16000|Touring,Classic",
    ),
    "Mercedes-Benz": (
        3.0,
        "wdd;4jg;wdc",
        "C-Class|Sedan|38000|C300 4MATIC,C250,C300 Sport;E-Class|Sedan|52000|E350,E350 4MATIC;"
        "M-Class|SUV|50000|ML350,ML350 4MATIC;GL-Class|SUV|63000|GL450 4MATIC;S-Class|Sedan|95000|S550,S550 4MATIC;"
        "CLA-Class|Sedan|31000|CLA250",
    ),
    "Infiniti": (
        2.8,
        "jn1;jnk;5n3;jnr",
        "G Sedan|G Sedan|35000|G37 Journey,G37x,G25 Journey;G Coupe|G Coupe|38000|G37 Journey,G37x;QX56|SUV|58000|Base;"
        "FX|SUV|45000|FX35,FX37;M|Sedan|48000|M37x,M37,M35;QX60|SUV|42000|Base",
    ),
    "Jeep": (
        2.7,
        "1j4;1c4;1j8",
        "Grand Cherokee|SUV|32000|Laredo,Limited,Overland;Wrangler|SUV|25000|Sport,Unlimited Sahara,Unlimited Rubicon;"
        "Liberty|SUV|23000|Sport,Limited;Compass|SUV|21000|Sport,Latitude;Patriot|SUV|19000|Sport,Latitude",
    ),
    "Volkswagen": (
        2.2,
        "3vw;wvw;1vw;wvg",
        "Jetta|Sedan|19000|SE,S,TDI,SEL;Passat|Sedan|23000|SE,S,TDI SE;Beetle|Hatchback|21000|1.8T,2.5L;"
        "CC|Sedan|31000|Sport,Luxury;Tiguan|SUV|25000|SE,S;Beetle Convertible|Beetle Convertible|25000|2.5L,1.8T",
    ),
    "Lexus": (
        2.1,
        "2t2;jth;jtj",
        "RX 350|SUV|42000|Base,F Sport;ES 350|Sedan|37000|Base;IS 250|Sedan|35000|Base,AWD;"
        "GX 460|SUV|52000|Base,Premium;"
        "CT 200h|Hatchback|32000|Base",
    ),
    "GMC": (
        1.9,
        "1gt;1gk;2gk;3gt",
        "Sierra 1500|Crew Cab|36000|SLE,SLT,Work Truck;Acadia|SUV|33000|SLT-1,SLE-1,Denali;"
        "Yukon|SUV|45000|SLT,Denali,SLE;"
        "Terrain|SUV|26000|SLE-1,SLE-2,SLT-1;Savana Cargo|Van|28000|2500",
    ),
    "Mazda": (
        1.5,
        "jm1;jm3;1yv",
        "Mazda3|Sedan|18500|i Touring,s Grand Touring,i Sport;Mazda6|Sedan|23000|i Touring,i Sport;"
        "CX-7|SUV|25000|i Sport,Grand Touring;CX-5|SUV|24000|Touring,Sport,Grand Touring;"
        "MX-5 Miata|Convertible|26000|Sport,Grand Touring",
    ),
    "Cadillac": (
        1.4,
        "1g6;1gy",
        "CTS|Sedan|40000|Luxury,Base,Performance;SRX|SUV|40000|Luxury Collection,Premium Collection;"
        "Escalade|SUV|65000|Base,Luxury;DTS|Sedan|45000|Luxury,Premium",
    ),
    "Acura": (
        1.05,
        "2hn;19u;jh4;5j8",
        "MDX|SUV|44000|Technology Package,Base,Advance Package;TL|Sedan|36000|Base,Technology;"
        "TSX|Sedan|30000|Base,Technology;RDX|SUV|35000|Technology Package,Base",
    ),
    "Audi": (
        1.05,
        "waua;wa1;wauf",
        "A4|Sedan|34000|2.0T Premium,2.0T quattro Premium;"
        "Q5|SUV|38000|2.0T Premium Plus quattro,3.2 Premium Plus quattro;"
        "A6|Sedan|46000|3.0T quattro Premium Plus,2.0T Premium;Q7|SUV|48000|3.6 quattro Premium,3.0 TDI quattro",
    ),
    "Lincoln": (
        1.05,
        "3ln;5lm;2lm;1ln",
        "MKZ|Sedan|35000|Base,Hybrid;Navigator|SUV|57000|Base,L;MKX|SUV|40000|Base;"
        "Town Car|Sedan|46000|Signature Limited,Signature L",
    ),
    "Buick": (
        0.95,
        "5ga;1g4;2g4",
        "Enclave|SUV|38000|Leather,Premium,CXL;LaCrosse|Sedan|30000|CXL,Leather,Premium 1;"
        "Regal|Sedan|28000|Premium 1,Base;"
        "Lucerne|Sedan|30000|CXL,CX",
    ),
    "Subaru": (
        0.95,
        "4s4;jf2;jf1;4s3",
        "Outback|Wagon|25000|2.5i Premium,2.5i Limited;Forester|SUV|23000|2.5X Premium,2.5i Premium;"
        "Impreza|Sedan|19000|2.0i Premium,2.5i;Legacy|Sedan|22000|2.5i Premium,3.6R Limited",
    ),
    "Ram": (
        0.8,
        "1c6;3c6;3c7",
        "1500|Crew Cab|33000|SLT,Big Horn,Laramie,Tradesman;2500|Crew Cab|40000|SLT,Laramie;"
        "ProMaster Cargo Van|Promaster Cargo Van|30000|1500 136 WB",
    ),
    "Pontiac": (
        0.8,
        "1g2;5y2;2ck",
        "G6|Sedan|21000|Base,GT;Grand Prix|Sedan|23000|Base,GT;Vibe|Wagon|17000|Base;Torrent|SUV|23000|Base;"
        "G5|Coupe|15000|Base",
    ),
    "Mitsubishi": (
        0.75,
        "4a3;ja3;4a4",
        "Galant|Sedan|21000|ES,SE;Lancer|Sedan|17000|ES,GTS,SE;Outlander|SUV|23000|SE,ES;Eclipse|Coupe|21000|GS",
    ),
    "Volvo": (
        0.65,
        "yv1;yv4",
        "S60|Sedan|33000|T5,T6;XC90|SUV|40000|3.2,3.2 R-Design;XC60|SUV|36000|T6,3.2;S80|Sedan|39000|3.2",
    ),
    "MINI": (
        0.6,
        "wmw",
        "Cooper|Hatchback|20000|Base,S;Cooper Countryman|SUV|24000|S,Base;Cooper Clubman|Wagon|22000|S",
    ),
    "Saturn": (
        0.5,
        "5gz;1g8;3gs",
        "VUE|SUV|23000|XE,XR;Aura|Sedan|21000|XE,XR;Ion|Sedan|15000|2,3;Outlook|SUV|30000|XR,XE",
    ),
    "Mercury": (
        0.35,
        "2mef;3me;4m2",
        "Grand Marquis|Sedan|29000|LS,GS;Milan|Sedan|21000|Premier;Mariner|SUV|23000|Premier",
    ),
    "Land Rover": (0.3, "salw;salf;salag", "Range Rover Sport|SUV|60000|HSE,Supercharged;LR4|SUV|50000|HSE"),
    "Scion": (0.3, "jtk;jtl", "tC|Coupe|19000|Base;xB|Wagon|17000|Base"),
    "Porsche": (0.2, "wp1;wp0", "Cayenne|SUV|60000|S,Base;911|Coupe|90000|Carrera"),
    "Jaguar": (0.15, "sajw;sajb", "XF|Sedan|52000|Premium Luxury;XJ|Sedan|75000|XJL"),
    "FIAT": (0.15, "3c3", "500|Hatchback|17000|Pop,Lounge,Sport"),
}
# how a make is sometimes written by a seller: "ford", "vw", "mercedes"
_CP_SPELLINGS = {"Volkswagen": "vw", "Mercedes-Benz": "mercedes", "Land Rover": "landrover"}
_CP_YEARS = (
    "2015:1.6;2014:14.6;2013:17.6;2012:18.1;2011:8.7;2010:4.7;2009:3.7;2008:5.6;2007:6.2;2006:5.2;2005:4.3;2004:3.1;"
    "2003:2.4;2002:1.7;2001:1.2;2000:0.7;1999:0.4;1998:0.25;1997:0.12;1995:0.05;1992:0.03"
)
_CP_STATES = (
    "fl:15;ca:13;pa:9.6;tx:8.2;ga:6.1;nj:4.9;il:4.3;nc:3.8;oh:3.8;tn:3.6;mo:2.9;mi:2.8;nv:2.2;va:2.2;md:2.0;wi:1.8;"
    "mn:1.7;az:1.6;co:1.4;wa:1.3;ma:1.2;ny:1.0;in:0.8;sc:0.7;ne:0.7;on:0.6;pr:0.5;la:0.4;ut:0.4;ms:0.2;hi:0.2;or:0.2;"
    "qc:0.1;ab:0.1;nm:0.1;ok:0.1;al:0.05;ns:0.05"
)
_CP_COLORS = (
    "black:20;white:19;gray:15;silver:15;blue:9;red:8;—:4.5;gold:2;green:2;beige:1.6;burgundy:1.6;brown:1.2;"
    "orange:0.4;purple:0.3;off-white:0.3;yellow:0.2;charcoal:0.1;turquoise:0.05;pink:0.02;lime:0.02"
)
_CP_INTERIORS = (
    "black:44;gray:32;beige:11;tan:8;—:3;brown:1.5;red:0.3;silver:0.2;blue:0.2;off-white:0.1;purple:0.05;gold:0.05"
)
_CP_SELLERS = (
    "the hertz corporation:4;santander consumer:3.5;avis corporation:3;"
    "wells fargo dealer services:2;enterprise vehicle exchange / tra / rental / tulsa:2.4;tdaf remarketing:1.6;"
    "ge fleet services for itself/servicer:1.4;ally financial:1.2;chrysler capital:1.5;gm financial:1.8;"
    "jpmorgan chase bank,n.a:1.3;dtg operations inc:1.0;enterprise holdings/gdp:0.8;wheels exchange llc:0.6;"
    "hertz corporation:0.7;avis budget group:0.5;carmax auto superstores inc:0.8;auto lenders:0.4;"
    "credit acceptance corp/vrs/southfield:0.6;westlake financial services:0.7;capital one auto finance:0.9;"
    "u.s. bank national association:0.4;financial services remarketing (lease):1.2;world omni financial corp:0.7;"
    "nissan infiniti lt:0.8;exeter finance corp:0.4;regional acceptance corp:0.3;td auto finance:0.3;"
    "americredit financial services:0.4;"
    "national auto sales:0.3;sunbelt auto exchange llc:0.2;cars on the go llc:0.1;lakeside auto group:0.1"
)
# makes only sold new in some years
_CP_MODEL_YEARS = {"Saturn": (1991, 2010), "Pontiac": (1990, 2010), "Mercury": (1990, 2011), "Ram": (2011, 2015)}
_CP_MODEL_YEARS |= {"FIAT": (2012, 2015), "Scion": (2004, 2015), "MINI": (2002, 2015)}
_CP_MONTHS = "2014-12:9.6;2015-01:26.2;2015-02:29.2;2015-03:8.3;2015-04:0.3;2015-05:9.4;2015-06:15.8;2015-07:1.2"
_CP_WEEKDAYS = np.array([0.55, 1.0, 0.95, 0.85, 0.45, 0.05, 0.02])
_CP_HOURS = "09:30:00:18;10:00:00:12;10:30:00:10;11:00:00:10;11:30:00:9;12:00:00:10;12:30:00:16;13:30:00:8;01:30:00:7"
_CP_VIN = "0123456789abcdefghjklmnprstuvwxyz"
_CP_YEAR_CODE = "lmnprstvwxy123456789abcdef"


def _cp_vin(rng: np.random.Generator, prefix: str, year: int, used: set[str]) -> str:
    while True:
        body = "".join(_CP_VIN[int(i)] for i in rng.integers(0, len(_CP_VIN), 17))
        vin = (prefix + body)[:9] + _CP_YEAR_CODE[year - 1990] + body[10:17]
        if vin not in used:
            used.add(vin)
            return vin


def _cp_saledate(rng: np.random.Generator) -> str:
    month = pd.Period(_draw(rng, _CP_MONTHS), freq="M")
    while True:
        day = month.start_time + pd.Timedelta(days=int(rng.integers(0, month.days_in_month)))
        if rng.random() < _CP_WEEKDAYS[day.dayofweek]:
            break
    summer = pd.Timestamp("2015-03-08") <= day < pd.Timestamp("2015-11-01")
    zone = "GMT-0700 (PDT)" if summer else "GMT-0800 (PST)"
    return f"{day:%a %b %d %Y} {_draw(rng, _CP_HOURS)} {zone}"


def _car_prices_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4202)
    makes = list(_CP_MAKES)
    shares = [v[0] for v in _CP_MAKES.values()]
    captive = {
        "Nissan": "nissan-infiniti lt",
        "Infiniti": "nissan-infiniti lt",
        "Ford": "ford motor credit company llc",
    }
    captive |= {"BMW": "bmw financial services", "Honda": "ahfc/honda lease trust/hvt, inc. eot"}
    captive |= {"Toyota": "toyota motor credit corporation", "Hyundai": "hyundai motor finance"}
    captive |= {"Kia": "kia motors america, inc", "Mercedes-Benz": "mercedes-benz financial services"}
    captive |= {"Lexus": "lexus financial services", "Volkswagen": "volkswagen credit inc/vw lease trust"}
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        make = str(_one(rng, makes, shares))
        _w, prefixes, models = _CP_MAKES[make]
        model, body, new_price, trims = str(_one(rng, _split(models))).split("|")
        saledate = _cp_saledate(rng)
        sold = pd.Timestamp(saledate[4:15])
        first, last = _CP_MODEL_YEARS.get(make, (1990, 2015))
        year = 0
        while not first <= year <= min(last, sold.year + 1):
            year = int(_draw(rng, _CP_YEARS))
        age = max(0.4, sold.year + sold.month / 12 - year + 0.25)
        miles = float(np.clip(round(12_500 * age * rng.lognormal(0, 0.35)), 1, 480_000))
        low_scale = rng.random() < 0.22
        grade = float(np.clip(rng.normal(4.6 - 0.11 * age, 0.9), 1, 5))
        condition = float(round(grade)) if low_scale else float(round(np.clip(10 * grade - rng.uniform(0, 5), 10, 49)))
        trim = str(_one(rng, trims.split(",")))
        value = float(new_price) * (1.0 + 0.08 * trims.split(",").index(trim)) * 0.8 * 0.86 ** (age - 0.4)
        value *= float(np.exp(-(miles - 12_500 * age) / 160_000)) * (0.8 + 0.05 * grade)
        manual = rng.random() < min(0.1, 0.012 + 0.006 * age + 0.05 * (model in ("Mustang", "Wrangler", "Civic")))
        value *= 0.93 if manual else 1.0
        mmr = max(150.0, round(value * rng.lognormal(0, 0.08) / 50) * 50)
        price = mmr * rng.lognormal(-0.01, 0.11)
        price = round(price / 100) * 100 if rng.random() < 0.85 else round(price / 25) * 25
        seller = captive[make] if make in captive and rng.random() < 0.35 else _draw(rng, _CP_SELLERS)
        written = make
        if rng.random() < 0.01:
            written = _CP_SPELLINGS.get(make, make.lower())
        rows.append(
            {
                "year": year,
                "make": written,
                "model": model,
                "trim": trim,
                "body": body.lower() if rng.random() < 0.12 else body,
                "transmission": None if rng.random() < 0.115 else "manual" if manual else "automatic",
                "vin": _cp_vin(rng, str(_one(rng, _split(prefixes))), year, used),
                "state": _draw(rng, _CP_STATES),
                "condition": condition if rng.random() > 0.021 else None,
                "odometer": miles,
                "color": _draw(rng, _CP_COLORS) if rng.random() > 0.0015 else None,
                "interior": _draw(rng, _CP_INTERIORS) if rng.random() > 0.0015 else None,
                "seller": seller,
                "mmr": float(mmr),
                "sellingprice": float(max(price, 100)),
                "saledate": saledate,
            }
        )
    frame = pd.DataFrame(rows)
    for i in rng.choice(len(frame), 90, replace=False):
        frame.loc[int(i), ["make", "model", "trim", "body"]] = None
    frame.loc[rng.choice(len(frame), 2, replace=False), "odometer"] = 999_999.0
    frame.loc[rng.choice(len(frame), 2, replace=False), "odometer"] = None
    frame.loc[int(rng.integers(0, len(frame))), "sellingprice"] = 1.0
    return frame


def _cp_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["saledate"]).str[4:15], format="%b %d %Y").dt.to_period("M")


def _cp_top_makes(fold: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        makes = _text(d["make"])
        makes = makes.str.lower() if fold else makes
        return _ranked(makes[makes != ""].value_counts())

    return ranking


def _cp_busiest(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(_ranked(_cp_month(d).astype(str).value_counts()).index[0])


def _cp_miles(strict: bool, placeholder: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        miles = d["odometer"] if placeholder else d["odometer"].where(d["odometer"] < 999_999)
        return float((miles > 100_000).sum() if strict else (miles >= 100_000).sum())

    return count


_CP_ID = ("vin",)
_CP_GEARS = ("automatic", "manual")
_CAR_PRICES_QS = [
    Q(
        "top 5 car makes by number of sales",
        either(_top_named(_cp_top_makes(False), 5), _top_named(_cp_top_makes(True), 5)),
        (*_CP_ID, "make"),
    ),
    Q(
        "avg selling price automatic vs manual?",
        _scaled(lambda d: [d.loc[_text(d["transmission"]) == t, "sellingprice"].mean() for t in _CP_GEARS], (1e3,)),
        (*_CP_ID, "transmission", "sellingprice"),
    ),
    Q(
        "how many cars have more than 100k miles on them",
        either(*(_count(_cp_miles(s, p)) for s in (True, False) for p in (True, False))),
        (*_CP_ID, "odometer"),
    ),
    Q(
        "what % of cars sold above their mmr?",
        _share(lambda d: float((d["sellingprice"] > d["mmr"]).mean())),
        (*_CP_ID, "sellingprice", "mmr"),
    ),
    Q(
        "plot the number of cars sold per month, which month was the busiest?",
        _lead(_month(_cp_busiest)),
        (*_CP_ID, "saledate"),
    ),
    Q(
        "and what was the average selling price that month",
        _scaled(lambda d: d.loc[_cp_month(d) == _cp_busiest(d).to_period("M"), "sellingprice"].mean(), (1e3,)),
        (*_CP_ID, "saledate", "sellingprice"),
    ),
]


# --- 3. Student mental health (Kaggle "Student Mental health", Student Mental health.csv) --------------------------

_SM_COURSES = (
    "BCS:18;Engineering:17;BIT:10;Biomedical science:4;KOE:4;KIRKHS:3;BENL:2;Laws:2;psychology:2;Engine:2;KENMS:2;"
    "Islamic Education:1;Biotechnology:1;Pendidikan islam:1;Pendidikan Islam:1;Islamic education:1;Mathemathics:1;"
    "Irkhs:1;Banking Studies:1;Business Administration:1;Law:1;Usuluddin:1;TAASL:1;ALA:1;koe:1;Benl:1;IT:1;CTS:1;"
    "engin:1;Econs:1;MHSC:1;Malcom:1;Kop:1;Human Sciences:1;Communication:1;Diploma Nursing:1;Radiography:1;"
    "Fiqh fatwa:1;DIPLOMA TESL:1;Fiqh:1;Nursing:1;Accounting:1;ENM:1;Marine science:1;Human Resources:1;Psychology:1"
)
# answers given exactly this many times
_SM_YEARS = "year 1:39;Year 1:4;year 2:22;Year 2:4;year 3:17;Year 3:5;year 4:7;Year 4:3"
_SM_CGPA = "3.00 - 3.49:46;3.50 - 4.00:22;3.50 - 4.00 :15;2.50 - 2.99:8;2.00 - 2.49:4;0 - 1.99:6"
_SM_AGES = "18:32;19:21;20:6;21:3;22:2;23:13;24:23;:1"
_SM_YES_NO = ("Yes", "No")


def _sm_exact(rng: np.random.Generator, table: str) -> list[str]:
    values = [label for label, k in (x.rsplit(":", 1) for x in _split(table)) for _ in range(int(k))]
    return [values[int(i)] for i in rng.permutation(len(values))]


def _students_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4203)
    n = 101
    genders = ["Female"] * 75 + ["Male"] * 26
    genders = [genders[int(i)] for i in rng.permutation(n)]
    years, cgpas, ages = _sm_exact(rng, _SM_YEARS), _sm_exact(rng, _SM_CGPA), _sm_exact(rng, _SM_AGES)
    stamps = [pd.Timestamp("2020-07-08 12:02") + pd.Timedelta(minutes=float(m)) for m in np.sort(rng.gamma(1.2, 9, 86))]
    late = np.sort(rng.uniform(0, 1, n - len(stamps)))
    stamps += [pd.Timestamp("2020-07-13 10:07:32") + pd.Timedelta(days=5.4 * float(x) ** 3) for x in late]
    rows: list[dict[str, Any]] = []
    for i in range(n):
        married = rng.random() < 0.16
        year = int(years[i][-1])
        stress = 0.25 + 0.55 * married + 0.06 * (cgpas[i].startswith("3.00")) + 0.03 * (year == 1)
        depressed = rng.random() < stress
        anxious = rng.random() < 0.22 + 0.2 * depressed + 0.06 * (year in (1, 2))
        panic = rng.random() < 0.24 + 0.16 * depressed + 0.08 * (genders[i] == "Male")
        specialist = depressed and rng.random() < 0.33
        t = stamps[i]
        rows.append(
            {
                "Timestamp": f"{t.day}/{t.month}/{t.year} {t:%H:%M}" if i < 86 else f"{t:%d/%m/%Y %H:%M:%S}",
                "Choose your gender": genders[i],
                "Age": int(ages[i]) if ages[i] else None,
                "What is your course?": _draw(rng, _SM_COURSES),
                "Your current year of Study": years[i],
                "What is your CGPA?": cgpas[i],
                "Marital status": _SM_YES_NO[not married],
                "Do you have Depression?": _SM_YES_NO[not depressed],
                "Do you have Anxiety?": _SM_YES_NO[not anxious],
                "Do you have Panic attack?": _SM_YES_NO[not panic],
                "Did you seek any specialist for a treatment?": _SM_YES_NO[not specialist],
            }
        )
    frame = pd.DataFrame(rows)
    frame["Age"] = frame["Age"].astype("Int64")
    return frame


_SM_DEP = "Do you have Depression?"
_SM_ANX = "Do you have Anxiety?"
_SM_CGPA_COL = "What is your CGPA?"
_SM_HELP = "Did you seek any specialist for a treatment?"


def _sm_yes(d: pd.DataFrame, column: str) -> pd.Series:
    return _text(d[column]).str.lower() == "yes"


def _sm_top_cgpa(d: pd.DataFrame) -> str:
    return str(_ranked(_text(d[_SM_CGPA_COL]).value_counts()).index[0])


def _sm_helped(d: pd.DataFrame) -> float:
    return float((_sm_yes(d, _SM_DEP) & _sm_yes(d, _SM_HELP)).sum())


_STUDENTS_QS = [
    Q(
        "what percentage of students have depression?",
        _share(lambda d: float(_sm_yes(d, _SM_DEP).mean())),
        (_SM_DEP,),
    ),
    Q(
        "compare depresion rates for male vs female students",
        _shares(lambda d: _sm_yes(d, _SM_DEP).groupby(_text(d["Choose your gender"])).mean().to_numpy()),
        ("Choose your gender", _SM_DEP),
    ),
    Q(
        "anxiety rate by year of study",
        _shares(lambda d: _sm_yes(d, _SM_ANX).groupby(_text(d["Your current year of Study"]).str.lower()).mean()),
        ("Your current year of Study", _SM_ANX),
    ),
    Q(
        "of the students with depression, how many saw a specialist for treatment?",
        either(_count(_sm_helped), _share(lambda d: _sm_helped(d) / float(_sm_yes(d, _SM_DEP).sum()))),
        (_SM_DEP, _SM_HELP),
    ),
    Q(
        "whats the most common cgpa range",
        _lead(_named(_sm_top_cgpa)),
        (_SM_CGPA_COL,),
    ),
    Q(
        "and how many students in that range have depression?",
        _count(lambda d: float((_sm_yes(d, _SM_DEP) & (_text(d[_SM_CGPA_COL]) == _sm_top_cgpa(d))).sum())),
        (_SM_CGPA_COL, _SM_DEP),
    ),
]


# --- 4. Bike sales in Europe (Kaggle "Bike Sales in Europe", Sales.csv) --------------------------------------------

# Sub_Category: Product_Category, share of rows (%), products as "name:unit cost:unit price:sizes" ("," between sizes),
# best sellers first
_BS_PRODUCTS: dict[str, tuple[str, float, str]] = {
    "Tires and Tubes": (
        "Accessories",
        30,
        "Patch Kit/8 Patches:1:2:;Mountain Tire Tube:2:5:;Road Tire Tube:1:4:;Touring Tire Tube:2:5:;"
        "HL Mountain Tire:13:35:;ML Mountain Tire:11:30:;LL Mountain Tire:9:25:;HL Road Tire:12:33:;ML Road Tire:9:25:;"
        "LL Road Tire:8:21:;Touring Tire:11:29:",
    ),
    "Bottles and Cages": (
        "Accessories",
        14,
        "Water Bottle - 30 oz.:2:5:;Mountain Bottle Cage:4:10:;Road Bottle Cage:3:9:",
    ),
    "Road Bikes": (
        "Bikes",
        11.9,
        "Road-650 Red:487:783:44,48,52,58,60,62;Road-650 Black:487:783:44,48,52,58,60,62;"
        "Road-750 Black:344:540:44,48,52,58;"
        "Road-250 Black:1555:2443:44,48,52,58;Road-550-W Yellow:713:1120:38,40,42,44,48;"
        "Road-350-W Yellow:1083:1701:40,42,44,48;Road-250 Red:1519:2443:44,48,52,58;"
        "Road-150 Red:2171:3578:44,48,52,56,62",
    ),
    "Helmets": (
        "Accessories",
        10.8,
        "Sport-100 Helmet, Red:13:35:;Sport-100 Helmet, Black:13:35:;Sport-100 Helmet, Blue:13:35:",
    ),
    "Mountain Bikes": (
        "Bikes",
        7.8,
        "Mountain-200 Black:1252:2295:38,42,46;Mountain-200 Silver:1266:2320:38,42,46;"
        "Mountain-500 Black:295:540:40,42,44,48,52;Mountain-400-W Silver:420:769:38,40,42,46;"
        "Mountain-500 Silver:308:565:40,42,44,48,52;Mountain-100 Black:1898:3375:38,42,44,48;"
        "Mountain-100 Silver:1912:3400:38,42,44,48",
    ),
    "Jerseys": ("Clothing", 5.3, "Long-Sleeve Logo Jersey:38:50:S,M,L,XL;Short-Sleeve Classic Jersey:42:54:S,M,L,XL"),
    "Caps": ("Clothing", 3.9, "AWC Logo Cap:7:9:"),
    "Fenders": ("Accessories", 3.6, "Fender Set - Mountain:8:22:"),
    "Touring Bikes": (
        "Bikes",
        3.3,
        "Touring-3000 Blue:461:742:44,50,54,58,62;Touring-1000 Blue:1482:2384:46,50,54,60;"
        "Touring-2000 Blue:755:1215:46,50,54,60;Touring-3000 Yellow:461:742:44,50,54,58,62;"
        "Touring-1000 Yellow:1482:2384:46,50,54,60",
    ),
    "Gloves": ("Clothing", 2.4, "Half-Finger Gloves:9:24:S,M,L"),
    "Cleaners": ("Accessories", 1.6, "Bike Wash - Dissolver:3:8:"),
    "Shorts": ("Clothing", 1.6, "Women's Mountain Shorts:26:70:S,M,L"),
    "Hydration Packs": ("Accessories", 1.2, "Hydration Pack - 70 oz.:21:55:"),
    "Socks": ("Clothing", 1.0, "Racing Socks:3:9:M,L"),
    "Vests": ("Clothing", 0.85, "Classic Vest:24:64:S,M,L"),
    "Bike Racks": ("Accessories", 0.52, "Hitch Rack - 4-Bike:45:120:"),
    "Bike Stands": ("Accessories", 0.4, "All-Purpose Bike Stand:59:159:"),
}
_BS_COUNTRIES: dict[str, tuple[float, str]] = {
    "United States": (
        35.0,
        "California:47;Washington:33;Oregon:16;Illinois:0.6;Florida:0.5;New York:0.6;Texas:0.5;"
        "Ohio:0.3;Minnesota:0.3;Georgia:0.2;Missouri:0.2;North Carolina:0.2;Utah:0.2;Virginia:0.1",
    ),
    "Australia": (21.0, "New South Wales:43;Victoria:25;Queensland:20;South Australia:6;Tasmania:6"),
    "Canada": (12.5, "British Columbia:85;Ontario:14;Alberta:1"),
    "United Kingdom": (12.0, "England:100"),
    "Germany": (10.0, "Hessen:22;Saarland:19;Nordrhein-Westfalen:18;Hamburg:16;Bayern:15;Brandenburg:10"),
    "France": (
        9.6,
        "Seine (Paris):22;Seine Saint Denis:18;Nord:14;Hauts de Seine:11;Essonne:7;Yveline:6;Moselle:4;"
        "Seine et Marne:4;Loiret:3;Val d'Oise:3;Garonne (Haute):2;Val de Marne:2;Charente-Maritime:1;"
        "Somme:1;Loir et Cher:1;Pas de Calais:1",
    ),
}
_BS_YEARS = "2011:2.4;2012:2.4;2013:21.6;2014:26;2015:21.6;2016:26"
_BS_SEASON = np.array([0.92, 0.9, 0.95, 0.97, 1.0, 1.12, 0.97, 0.93, 0.95, 0.98, 1.02, 1.25])


def _bs_age_group(age: int) -> str:
    if age < 25:
        return "Youth (<25)"
    if age < 35:
        return "Young Adults (25-34)"
    return "Adults (35-64)" if age < 65 else "Seniors (64+)"


def _bike_sales_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4204)
    countries = list(_BS_COUNTRIES)
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        year = int(_draw(rng, _BS_YEARS))
        months = 7 if year in (2014, 2016) else 12
        month = int(_one(rng, list(range(1, months + 1)), list(_BS_SEASON[:months])))
        day = pd.Timestamp(year, month, 1) + pd.Timedelta(
            days=int(rng.integers(0, pd.Timestamp(year, month, 1).days_in_month))
        )
        options = [k for k, v in _BS_PRODUCTS.items() if year > 2012 or v[0] == "Bikes"]
        sub = str(_one(rng, options, [_BS_PRODUCTS[k][1] for k in options]))
        category, _w, products = _BS_PRODUCTS[sub]
        items = _split(products)
        name, cost, price, sizes = str(_one(rng, items, [1 / (k + 1) for k in range(len(items))])).split(":")
        product = f"{name}, {_one(rng, sizes.split(','))}" if sizes else name
        quantity = int(_one(rng, [1, 2, 3, 4], [50, 28, 15, 7])) if category == "Bikes" else int(rng.integers(1, 33))
        gross = quantity * int(price)
        paid = gross if rng.random() < 0.55 else gross * float(rng.uniform(0.8, 1.0))
        paid = gross * float(rng.uniform(0.45, 0.8)) if rng.random() < 0.02 else paid
        age = int(np.clip(17 + rng.gamma(2.4, 8.0), 17, 87))
        country = str(_one(rng, countries, [v[0] for v in _BS_COUNTRIES.values()]))
        revenue, spent = round(paid), quantity * int(cost)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Day": day.day,
                "Month": f"{day:%B}",
                "Year": year,
                "Customer_Age": age,
                "Age_Group": _bs_age_group(age),
                "Customer_Gender": str(_one(rng, ["M", "F"], [51, 49])),
                "Country": country,
                "State": _draw(rng, _BS_COUNTRIES[country][1]),
                "Product_Category": category,
                "Sub_Category": sub,
                "Product": product,
                "Order_Quantity": quantity,
                "Unit_Cost": int(cost),
                "Unit_Price": int(price),
                "Profit": revenue - spent,
                "Cost": spent,
                "Revenue": revenue,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["Product_Category", "Sub_Category", "Product"], kind="stable").reset_index(drop=True)


def _bs_sums(by: str, value: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(d.groupby(_text(d[by]))[value].sum())


_BS_MONEY = (1e3, 1e6)
_BIKE_SALES_QS = [
    Q(
        "total revenue by country",
        _scaled(lambda d: d.groupby(_text(d["Country"]))["Revenue"].sum().to_numpy(), _BS_MONEY),
        ("Country", "Revenue"),
    ),
    Q(
        "which product category brings in the most profit?",
        _lead(_named(lambda d: str(_bs_sums("Product_Category", "Profit")(d).index[0]))),
        ("Product_Category", "Profit"),
    ),
    Q(
        "plot revenue per year - whats the trend?",
        _scaled(lambda d: d.groupby("Year")["Revenue"].sum().to_numpy(), _BS_MONEY),
        ("Date", "Year", "Revenue"),
    ),
    Q(
        "what share of revenue comes from bikes",
        _share(lambda d: float(d.loc[_text(d["Product_Category"]) == "Bikes", "Revenue"].sum() / d["Revenue"].sum())),
        ("Product_Category", "Revenue"),
    ),
    Q(
        "top 3 products by quantity sold",
        _top_named(_bs_sums("Product", "Order_Quantity"), 3),
        ("Product", "Order_Quantity"),
    ),
    Q(
        "and by revenue?",
        _top_named(_bs_sums("Product", "Revenue"), 3),
        ("Product", "Revenue"),
    ),
]


# --- 5. Top Twitch streamers (Kaggle "Top Streamers on Twitch", twitchdata-update.csv) ----------------------------

# Channel|Watch time(Minutes)|Stream time(minutes)|Peak viewers|Average viewers|Followers|Followers gained|
# Views gained|Partnered|Mature|Language
_TW_KNOWN = _fields(
    "xQcOW|6196161750|215250|222720|27716|3246298|1734810|93036735|True|False|English;"
    "summit1g|6091677300|211845|310998|25610|5310163|1370184|89705964|True|False|English;"
    "Gaules|5644590915|515280|387315|10976|1767635|1023779|102611607|True|True|Portuguese;"
    "ESL_CSGO|3970318140|517740|300575|7714|3944850|703986|106546942|True|False|English;"
    "Tfue|3671000070|123660|285644|29602|8938903|2068424|78998587|True|False|English;"
    "Asmongold|3668799075|82260|263720|42414|1563438|554201|61715781|True|False|English;"
    "NICKMERCS|3360675195|136275|115633|24181|4074287|1089824|46084211|True|False|English;"
    "Fextralife|3301867485|147885|68795|18985|508816|425468|670137548|True|False|English;"
    "loltyler1|2928356940|122490|89387|22381|3530767|951730|51349926|True|False|English;"
    "Anomaly|2865429915|92880|125408|12377|2607076|1532689|36350662|True|False|English;"
    "TimTheTatman|2834436990|108780|142067|25664|5265659|1244341|45579002|True|False|English;"
    "LIRIK|2832930285|130200|55685|21739|2666382|425394|43644689|True|False|English;"
    "Rubius|2588632635|58275|240096|42948|5751354|3820532|58599449|True|False|Spanish;"
    "shroud|2556286275|86325|135402|28835|7744066|1151393|40498012|True|False|English;"
    "auronplay|2410022550|40575|310000|53986|3983847|3966525|42858442|True|False|Spanish;"
    "ibai|2335798215|62340|500345|35961|3357868|2790135|50706030|True|False|Spanish;"
    "Castro_1021|2295190500|215610|56000|10593|1430028|356380|40706733|True|True|English;"
    "Sodapoppin|2148059505|103590|75413|20389|3131917|447085|45553645|True|True|English;"
    "pokimane|1853263095|62715|112160|28767|5367605|1312230|37419542|True|False|English;"
    "DrLupo|1605325950|110925|63115|13912|4410138|826581|30180566|True|False|English;"
    "alanzoka|1502336580|142680|71930|10482|3412660|1115302|28474813|True|True|Portuguese;"
    "Myth|1459871595|96870|60441|14603|6726893|362811|20512430|True|False|English;"
    "ZeratoR|1399587375|130860|72187|10538|1352813|452817|29103856|True|False|French;"
    "Kamet0|1304758245|94635|65234|13112|1551304|481292|27384930|True|False|French;"
    "ELoTrix|1251086445|101340|49810|12089|1651874|302741|26491375|True|False|German"
)
# language: channels, naming style
_TW_LANGUAGES = (
    "English:485;Korean:77;Russian:74;Spanish:68;French:66;Portuguese:61;German:49;Chinese:30;Turkish:22;Italian:17;"
    "Polish:12;Thai:11;Japanese:10;Czech:6;Arabic:5;Hungarian:2;Other:1;Swedish:1;Finnish:1;Slovak:1;Greek:1"
)
_TW_STYLES: dict[str, tuple[str, str]] = {
    "English": (
        "Shadow;Pixel;Nova;Frost;Wolf;Luna;Kraken;Viper;Ghost;Blaze;Storm;Rogue;Jinx;Atlas;Echo;Havoc;Raven;Titan;"
        "Loaf;Moon;Chef;Cowboy;Captain;Sneaky;Lazy;Big;Tiny;Professor;Doctor;Uncle;Sir;Mister;Its;The",
        "Gaming;Plays;TV;Live;GG;Bear;Fox;Bro;Man;Kid;Boy;Girl;Queen;King;Dude;Ninja;Wizard;Tank;Sniper;Rat;Goose",
    ),
    "Korean": (
        "han;kim;park;lee;jung;choi;yoon;dae;min;seo;jin;woo;hyun;sung;ho;soo;young;bin;ggu;chan",
        "1125;0708;99;88;tv;_;0420;77;2002;1004;kr;ii;01",
    ),
    "Russian": (
        "Buster;Evelone;dmitry;mokri;Stray;bratishkin;Mel;zak;Recrent;Kuplinov;Olesha;Dina;Vika;Papich;Yamato;Strogo",
        "192;_lixxx;off;ok;228;1337;_tv;pro;TV;;777;play",
    ),
    "Spanish": (
        "elxokas;juans;Nate;Rivers;Knekro;Zorman;Illo;Cristinini;Mayichi;Folagor;Barca;Cacho;Coscu;Spreen;Ampeter;"
        "Mixwell",
        "guarnizo;gg;03;_tv;TV;;OK;Gamer;Play;dor",
    ),
    "French": (
        "Domingo;Gotaga;Squeezie;Ponce;Locklear;Mistermv;Jiraya;Sardoche;Aminematue;Baghera;Etoiles;Antoine;Chowh1",
        "TV;;_;Jones;Daniel;Officiel;Live;Gaming",
    ),
    "Portuguese": (
        "casimiro;Coringa;Nobru;Jukes;Bagual;Cellbit;Tecnosh;Baiano;Mch;Yoda;Pimpim;Loud;Flakes;Velho",
        "tv;_;;1;OFC;Plays;Gamer;Power;Coringa",
    ),
    "German": (
        "Montana;Trymacs;Papaplatte;Rewi;Gronkh;Handofblood;Knossi;Sparkofphoenix;Unge;Zarbex;Mckytv;Rumathra",
        "Black;TV;;_;Live;HD;Gaming;Mann",
    ),
}


def _tw_name(rng: np.random.Generator, language: str) -> str:
    heads, tails = (_split(x) for x in _TW_STYLES.get(language, _TW_STYLES["English"]))
    name = str(_one(rng, heads)) + str(_one(rng, tails))
    if language == "Korean":
        name = str(_one(rng, heads)) + name
    return name + (str(int(rng.integers(1, 100))) if rng.random() < 0.15 else "")


def _twitch_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4205)
    columns = _split(
        "Channel;Watch time(Minutes);Stream time(minutes);Peak viewers;Average viewers;Followers;Followers gained;"
        "Views gained;Partnered;Mature;Language"
    )
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for known in _TW_KNOWN:
        row: dict[str, Any] = dict(zip(columns, known, strict=True))
        for c in columns[1:8]:
            row[c] = int(row[c])
        row["Partnered"], row["Mature"] = row["Partnered"] == "True", row["Mature"] == "True"
        used.add(str(row["Channel"]).lower())
        rows.append(row)
    languages = _split(_TW_LANGUAGES)
    counts = {x.rsplit(":", 1)[0]: int(x.rsplit(":", 1)[1]) for x in languages}
    for row in rows:
        counts[str(row["Language"])] -= 1
    pool = [lang for lang, k in counts.items() for _ in range(k)]
    pool = [pool[int(i)] for i in rng.permutation(len(pool))]
    for rank, language in enumerate(pool, start=len(rows) + 1):
        watch = 1.2e8 * (1000 / rank) ** 0.57 * float(rng.lognormal(0, 0.04))
        stream = float(np.clip(rng.lognormal(np.log(105_000), 0.6), 3_465, 521_445))
        stream = round(stream / 15) * 15
        average = watch / stream
        followers = float(np.clip(average * rng.lognormal(np.log(70), 0.75), 3_660, 3_600_000))
        gained = followers * float(rng.lognormal(np.log(0.28), 0.7)) * (1 + stream / 400_000)
        if rng.random() < 0.004:
            gained = -float(rng.uniform(800, 16_000))
        name = _tw_name(rng, language)
        while name.lower() in used:
            name = _tw_name(rng, language)
        used.add(name.lower())
        rows.append(
            {
                "Channel": name,
                "Watch time(Minutes)": int(round(watch / 15) * 15),
                "Stream time(minutes)": int(stream),
                "Peak viewers": int(average * max(1.2, float(rng.lognormal(np.log(3.6), 0.55)))),
                "Average viewers": int(average),
                "Followers": int(followers),
                "Followers gained": int(gained),
                "Views gained": int(watch / float(rng.lognormal(np.log(28), 0.55))),
                "Partnered": bool(rank < 150 or rng.random() < 0.974),
                "Mature": bool(rng.random() < 0.23),
                "Language": language,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Watch time(Minutes)", ascending=False, kind="stable").reset_index(drop=True)


def _tw_mean(language: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[_text(d["Language"]) == language, "Watch time(Minutes)"].mean())


def _tw_partnered(d: pd.DataFrame) -> list[float]:
    flag = _text(d["Partnered"]).str.lower() == "true"
    return [float(d.loc[flag, "Average viewers"].mean()), float(d.loc[~flag, "Average viewers"].mean())]


_TW_ID = ("Channel",)
_TW_WATCH = (1e3, 1e6, 1e9)
_TWITCH_QS = [
    Q(
        "top 5 channels by followers",
        _top_named(lambda d: _ranked(pd.Series(d["Followers"].to_numpy(), index=_text(d["Channel"]))), 5),
        (*_TW_ID, "Followers"),
    ),
    Q(
        "what % of the channels stream in english?",
        _share(lambda d: float((_text(d["Language"]) == "English").mean())),
        (*_TW_ID, "Language"),
    ),
    Q(
        "compare avg viewers of partnered vs non partnered streamers",
        _about(_tw_partnered, rel=0.005),
        (*_TW_ID, "Partnered", "Average viewers"),
    ),
    Q(
        "is stream time correlated w/ followers gained?",
        _corr(lambda d: d["Stream time(minutes)"], lambda d: d["Followers gained"]),
        (*_TW_ID, "Stream time(minutes)", "Followers gained"),
    ),
    Q(
        "whats the average watch time for korean streamers",
        _scaled(_tw_mean("Korean"), _TW_WATCH),
        (*_TW_ID, "Language", "Watch time(Minutes)"),
    ),
    Q(
        "and for russian ones?",
        _scaled(_tw_mean("Russian"), _TW_WATCH),
        (*_TW_ID, "Language", "Watch time(Minutes)"),
    ),
]


# --- 6. World university rankings (Kaggle "World University Rankings", cwurData.csv from CWUR) ---------------------

# the best-known universities, best first, as "institution|country"
_CW_FAMOUS = _fields(
    "Harvard University|USA;Stanford University|USA;Massachusetts Institute of Technology|USA;"
    "University of Cambridge|United Kingdom;University of Oxford|United Kingdom;Columbia University|USA;"
    "University of California, Berkeley|USA;University of Chicago|USA;Princeton University|USA;Yale University|USA;"
    "Cornell University|USA;California Institute of Technology|USA;University of Tokyo|Japan;"
    "University of Pennsylvania|USA;University of California, Los Angeles|USA;Johns Hopkins University|USA;"
    "University of Michigan, Ann Arbor|USA;Kyoto University|Japan;New York University|USA;"
    "University of California, San Diego|USA;Northwestern University|USA;University of Wisconsin–Madison|USA;"
    "Swiss Federal Institute of Technology in Zurich|Switzerland;University of Washington - Seattle|USA;"
    "University of Illinois at Urbana–Champaign|USA;Duke University|USA;University of Toronto|Canada;"
    "Hebrew University of Jerusalem|Israel;Rockefeller University|USA;University of California, San Francisco|USA;"
    "University of Minnesota, Twin Cities|USA;Pierre and Marie Curie University - Paris 6|France;"
    "University of Texas at Austin|USA;University of Copenhagen|Denmark;Washington University in St. Louis|USA;"
    "University of North Carolina at Chapel Hill|USA;Imperial College London|United Kingdom;"
    "University College London|United Kingdom;Keio University|Japan;Osaka University|Japan;"
    "University of Paris-Sud|France;Karolinska Institute|Sweden;Seoul National University|South Korea;"
    "Weizmann Institute of Science|Israel;University of Southern California|USA;Vanderbilt University|USA;"
    "Brown University|USA;Ludwig Maximilian University of Munich|Germany;Heidelberg University|Germany;"
    "École normale supérieure - Paris|France;Technion - Israel Institute of Technology|Israel;"
    "Carnegie Mellon University|USA;McGill University|Canada;University of British Columbia|Canada;"
    "University of Edinburgh|United Kingdom;Utrecht University|Netherlands;University of Zurich|Switzerland;"
    "Uppsala University|Sweden;University of Melbourne|Australia;Nagoya University|Japan;"
    "Tokyo Institute of Technology|Japan;National Taiwan University|Taiwan;Tsinghua University|China;"
    "Peking University|China;University of Sydney|Australia;Technical University of Munich|Germany;"
    "Leiden University|Netherlands;University of Geneva|Switzerland;University of Helsinki|Finland;"
    "University of Oslo|Norway;Sapienza University of Rome|Italy;University of Milan|Italy;"
    "University of Barcelona|Spain;University of São Paulo|Brazil;National University of Singapore|Singapore;"
    "University of Hong Kong|Hong Kong;Moscow State University|Russia;KU Leuven|Belgium;University of Vienna|Austria"
)
# country: universities in the pool, quality shift, templates ("{}" for the place) and places
_CW_COUNTRIES: dict[str, tuple[int, float, str, str]] = {
    "USA": (
        248,
        0.35,
        "University of {};{} State University;{} University",
        "Alabama;Arizona;Arkansas;Colorado;Connecticut;Delaware;Florida;Georgia;Hawaii;Idaho;Iowa;Kansas;Kentucky;"
        "Maine;Maryland;Massachusetts;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Mexico;Ohio;"
        "Oklahoma;Oregon;Rhode Island;South Carolina;Tennessee;Utah;Vermont;Virginia;Wyoming;Boston;Houston;Denver;"
        "Pittsburgh;Cincinnati;Rochester;Miami;Dayton;Toledo;Akron;Tulsa;Memphis;Louisville;Buffalo;Albany;Syracuse;"
        "Tufts;Emory;Rice;Tulane;Baylor;Temple;Drexel;Lehigh;Clemson;Auburn;Purdue;Rutgers;Villanova;Wake Forest;"
        "Georgetown;Fordham;Howard;Brandeis;Dartmouth;Marquette;Creighton;Loyola;DePaul;Northeastern;Hofstra;Yeshiva",
    ),
    "China": (
        88,
        -0.15,
        "{} University;{} Normal University;{} University of Technology;{} Medical University;{} Jiao Tong University",
        "Fudan;Zhejiang;Nanjing;Wuhan;Sichuan;Shandong;Jilin;Xiamen;Tianjin;Sun Yat-sen;Central South;Lanzhou;Harbin;"
        "Dalian;Hunan;Chongqing;Soochow;Zhengzhou;Beijing;Shanghai;East China;South China;Northeast;Northwest;Jinan",
    ),
    "Japan": (
        78,
        0.0,
        "{} University;{} City University;{} Medical University;{} Institute of Technology",
        "Tohoku;Kyushu;Hokkaido;Kobe;Hiroshima;Chiba;Okayama;Kanazawa;Niigata;Kumamoto;Gunma;Shinshu;Tokushima;"
        "Yamaguchi;Kagoshima;Nagasaki;Gifu;Mie;Ehime;Kochi;Saga;Toyama;Yokohama;Nihon;Juntendo;Waseda;Tsukuba",
    ),
    "United Kingdom": (
        68,
        0.25,
        "University of {};{} University",
        "Manchester;Bristol;Glasgow;Birmingham;Sheffield;Leeds;Nottingham;Southampton;Liverpool;Newcastle;"
        "Aberdeen;Dundee;Exeter;Leicester;Cardiff;Sussex;York;Warwick;Durham;Bath;Reading;Lancaster;Kent;Surrey;"
        "Strathclyde;Stirling;Essex;East Anglia;Hull;Keele;Loughborough;Brunel;Swansea;Plymouth;Aston;Queen's Belfast",
    ),
    "Germany": (
        58,
        0.1,
        "University of {};Technical University of {};{} University",
        "Bonn;Freiburg;Göttingen;Tübingen;Hamburg;Cologne;Frankfurt;Münster;Würzburg;Mainz;Kiel;Erlangen-Nuremberg;"
        "Leipzig;Jena;Dresden;Hannover;Bochum;Regensburg;Ulm;Giessen;Marburg;Düsseldorf;Stuttgart;Karlsruhe;Aachen",
    ),
    "France": (
        52,
        0.0,
        "University of {};{} University",
        "Strasbourg;Grenoble;Bordeaux;Montpellier;Lille;Lyon;Toulouse;Nantes;Rennes;Nice;Lorraine;Burgundy;"
        "Paris Descartes;Paris Diderot;Aix-Marseille;Franche-Comté;Poitiers;Tours;Rouen;Caen;Limoges;Angers;Reims",
    ),
    "Italy": (
        50,
        -0.05,
        "University of {};Polytechnic University of {}",
        "Padua;Bologna;Pisa;Florence;Turin;Naples Federico II;Genoa;Pavia;Siena;Perugia;Bari;Catania;Palermo;Parma;"
        "Verona;Trieste;Ferrara;Modena;Cagliari;Messina;Brescia;Salerno;Udine;Bergamo",
    ),
    "Spain": (
        44,
        -0.1,
        "University of {};Autonomous University of {};Polytechnic University of {}",
        "Madrid;Valencia;Granada;Seville;Salamanca;Zaragoza;Santiago de Compostela;Oviedo;Murcia;Navarra;Malaga;"
        "Cordoba;Cantabria;Alicante;Basque Country;Castilla-La Mancha;Extremadura;Vigo;Jaén",
    ),
    "South Korea": (
        38,
        -0.05,
        "{} National University;{} University;{} Institute of Science and Technology",
        "Yonsei;Korea;Sungkyunkwan;Hanyang;Kyung Hee;Pusan;Kyungpook;Chonnam;Chungnam;Ewha;Inha;Ajou;Konkuk;Pohang;"
        "Gwangju;Daegu;Chonbuk",
    ),
    "Canada": (
        34,
        0.2,
        "University of {};{} University",
        "Alberta;Montreal;McMaster;Calgary;Ottawa;Waterloo;Western Ontario;Queen's;Manitoba;Saskatchewan;Laval;"
        "Dalhousie;Victoria;Simon Fraser;York;Guelph;Sherbrooke;Carleton;Concordia;Memorial",
    ),
    "Australia": (
        29,
        0.1,
        "University of {};{} University",
        "Queensland;New South Wales;Monash;Western Australia;Adelaide;Macquarie;Newcastle;Tasmania;Wollongong;"
        "Flinders;La Trobe;Deakin;Griffith;James Cook;Curtin;Murdoch;Canberra",
    ),
    "Taiwan": (
        23,
        -0.15,
        "National {} University;{} Medical University",
        "Cheng Kung;Tsing Hua;Chiao Tung;Yang-Ming;Central;Chung Hsing;Sun Yat-sen;Taipei;Kaohsiung;Chang Gung;"
        "Taiwan Normal;Chengchi",
    ),
    "Brazil": (
        20,
        -0.2,
        "Federal University of {};State University of {}",
        "Rio de Janeiro;Minas Gerais;Rio Grande do Sul;Campinas;São Paulo;Santa Catarina;Paraná;Pernambuco;Bahia;"
        "Ceará;Goiás;Viçosa",
    ),
    "India": (
        17,
        -0.3,
        "University of {};Indian Institute of Technology {}",
        "Delhi;Bombay;Madras;Kharagpur;Kanpur;Roorkee;Calcutta;Hyderabad;Guwahati;Mysore;Pune",
    ),
    "Netherlands": (
        14,
        0.2,
        "University of {};{} University",
        "Amsterdam;Groningen;Erasmus;Radboud;Maastricht;Tilburg;Twente;Delft;Eindhoven;Wageningen",
    ),
    "Austria": (12, 0.0, "University of {};Medical University of {}", "Innsbruck;Graz;Salzburg;Linz;Vienna"),
    "Sweden": (
        12,
        0.15,
        "{} University;University of {}",
        "Lund;Stockholm;Gothenburg;Umeå;Linköping;Örebro;Chalmers;Malmö",
    ),
    "Turkey": (
        11,
        -0.35,
        "{} University",
        "Hacettepe;Istanbul;Ankara;Ege;Gazi;Ataturk;Middle East Technical;Bilkent;Koç;Ercyies;Selcuk",
    ),
    "Switzerland": (11, 0.2, "University of {}", "Basel;Bern;Lausanne;Fribourg;Neuchâtel;St. Gallen;Lugano;Lucerne"),
    "Poland": (
        10,
        -0.3,
        "{} University;University of {}",
        "Jagiellonian;Warsaw;Wroclaw;Gdansk;Poznan;Lodz;Lublin;Silesia",
    ),
    "Israel": (9, 0.25, "{} University;University of {}", "Tel Aviv;Bar-Ilan;Haifa;Ben-Gurion;Ariel"),
    "Iran": (9, -0.4, "{} University;University of {}", "Tehran;Shiraz;Isfahan;Tabriz;Mashhad;Sharif;Amirkabir"),
    "Belgium": (9, 0.15, "{} University;University of {}", "Ghent;Antwerp;Liège;Hasselt;Namur;Free Brussels"),
    "Finland": (9, 0.1, "University of {};{} University", "Turku;Oulu;Tampere;Eastern Finland;Jyväskylä;Aalto"),
    "Greece": (8, -0.2, "University of {};{} University", "Athens;Crete;Patras;Thessaloniki;Ioannina;Thessaly"),
    "Denmark": (
        7,
        0.25,
        "{} University;University of {}",
        "Aarhus;Aalborg;Southern Denmark;Roskilde;Technical Denmark",
    ),
    "Hong Kong": (
        7,
        0.1,
        "{} University;University of {}",
        "Chinese Hong Kong;Hong Kong Polytechnic;City Hong Kong;Hong Kong Baptist;Lingnan;Science and Technology",
    ),
    "Ireland": (7, 0.05, "University College {};{} University", "Dublin;Cork;Trinity;Galway;Maynooth;Limerick"),
    "Portugal": (7, -0.1, "University of {}", "Lisbon;Porto;Coimbra;Minho;Aveiro;Algarve"),
    "Hungary": (7, -0.2, "University of {};{} University", "Debrecen;Szeged;Pécs;Semmelweis;Eötvös Loránd"),
    "Czech Republic": (6, -0.2, "{} University;University of {}", "Charles;Masaryk;Palacký;Czech Technical;Ostrava"),
    "New Zealand": (6, 0.1, "University of {}", "Auckland;Otago;Canterbury;Waikato;Massey;Victoria Wellington"),
    "Norway": (6, 0.2, "University of {};{} University", "Bergen;Tromsø;Norwegian Science and Technology;Stavanger"),
    "South Africa": (6, -0.1, "University of {}", "Cape Town;the Witwatersrand;KwaZulu-Natal;Pretoria;Stellenbosch"),
    "Russia": (6, -0.3, "{} State University;{} University", "Saint Petersburg;Novosibirsk;Tomsk;Kazan;Moscow Physics"),
    "Egypt": (5, -0.4, "{} University", "Cairo;Ain Shams;Alexandria;Mansoura;Assiut"),
    "Mexico": (
        5,
        -0.35,
        "National Autonomous University of {};{} Institute of Technology",
        "Mexico;Monterrey;Guadalajara",
    ),
    "Chile": (5, -0.2, "University of {};Pontifical Catholic University of {}", "Chile;Concepción;Valparaíso"),
    "Thailand": (4, -0.35, "{} University", "Mahidol;Chulalongkorn;Chiang Mai;Khon Kaen"),
    "Argentina": (4, -0.3, "University of {};National University of {}", "Buenos Aires;La Plata;Córdoba"),
    "Saudi Arabia": (4, -0.3, "{} University", "King Saud;King Abdulaziz;King Fahd Petroleum;King Abdullah"),
    "Malaysia": (3, -0.45, "University of {};{} University", "Malaya;Putra;Sains"),
    "Romania": (3, -0.5, "University of {}", "Bucharest;Babeș-Bolyai;Iași"),
    "Singapore": (2, 0.1, "{} University", "Nanyang Technological;Singapore Management"),
    "Slovenia": (2, -0.3, "University of {}", "Ljubljana;Maribor"),
    "Colombia": (2, -0.5, "University of {};National University of {}", "Antioquia;Colombia"),
    "Lithuania": (2, -0.5, "{} University", "Vilnius;Kaunas Technology"),
    "Croatia": (1, -0.4, "University of {}", "Zagreb"),
    "Lebanon": (1, -0.4, "American University of {}", "Beirut"),
    "Estonia": (1, -0.3, "University of {}", "Tartu"),
    "Serbia": (1, -0.4, "University of {}", "Belgrade"),
    "Bulgaria": (1, -0.6, "{} University", "Sofia"),
    "Uganda": (1, -0.5, "{} University", "Makerere"),
    "Cyprus": (1, -0.4, "University of {}", "Cyprus"),
    "Puerto Rico": (1, -0.4, "University of {}", "Puerto Rico"),
    "Slovak Republic": (1, -0.5, "{} University in Bratislava", "Comenius"),
    "Iceland": (1, -0.2, "University of {}", "Iceland"),
    "Uruguay": (1, -0.5, "University of the {}", "Republic"),
    "United Arab Emirates": (1, -0.5, "{} University", "United Arab Emirates"),
}
# sub-ranking: cap in 2012-2013 and 2014-2015 (everyone past it shares it), weight of quality, spread
_CW_PARTS: dict[str, tuple[int, int, float, float]] = {
    "quality_of_education": (101, 367, 1.0, 0.9),
    "alumni_employment": (101, 567, 1.0, 1.0),
    "quality_of_faculty": (101, 218, 1.0, 0.6),
    "publications": (101, 1000, 1.0, 0.45),
    "influence": (101, 991, 1.0, 0.5),
    "citations": (101, 812, 1.0, 0.5),
    "broad_impact": (0, 1000, 1.0, 0.45),
    "patents": (101, 871, 0.6, 1.1),
}


def _cw_pool(rng: np.random.Generator) -> pd.DataFrame:
    used = {name for name, _c in _CW_FAMOUS}
    rows = [
        {"institution": name, "country": c, "quality": 6.0 - 0.6 * float(np.log1p(i))}
        for i, (name, c) in enumerate(_CW_FAMOUS)
    ]
    for country, (n, shift, templates, places) in _CW_COUNTRIES.items():
        names = [t.format(p) for p in _split(places) for t in _split(templates)]
        names = [names[int(i)] for i in rng.permutation(len(names))]
        have = sum(c == country for _name, c in _CW_FAMOUS)
        for name in [x for x in names if x not in used][: max(0, n - have)]:
            used.add(name)
            rows.append({"institution": name, "country": country, "quality": float(rng.normal(shift, 1.0))})
    return pd.DataFrame(rows)


def _cw_score(rank: np.ndarray) -> np.ndarray:
    return 44.0 + 56.0 * np.exp(-0.047 * rank**0.757)


def _cwur_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4206)
    pool = _cw_pool(rng)
    years: list[pd.DataFrame] = []
    for year, size in ((2012, 100), (2013, 100), (2014, 1000), (2015, 1000)):
        drawn = pool.assign(_q=pool["quality"] + rng.normal(0, 0.12, len(pool)))
        chosen = drawn.sort_values("_q", ascending=False, kind="stable").head(size).reset_index(drop=True)
        rank = np.arange(1, size + 1)
        chosen["world_rank"] = rank
        chosen["national_rank"] = chosen.groupby("country").cumcount() + 1
        for part, (early, late, weight, spread) in _CW_PARTS.items():
            cap = early if year < 2014 else late
            if cap == 0:
                chosen[part] = np.nan
                continue
            latent = weight * chosen["_q"] + rng.normal(0, spread, size)
            ranks = latent.rank(ascending=False, method="min").astype(int)
            if cap < size:
                awarded = int(cap * 0.97)
                ranks = ranks.where(ranks <= awarded, cap)
            chosen[part] = np.minimum(ranks, cap)
        score = np.sort(np.round(_cw_score(rank) * float(rng.normal(1, 0.006)) + rng.normal(0, 0.3, size), 2))[::-1]
        chosen["score"] = np.maximum(score, 43.36)
        chosen["score"] = chosen["score"].where(rank > 1, 100.0)
        chosen["year"] = year
        years.append(chosen)
    frame = pd.concat(years, ignore_index=True)
    columns = (
        "world_rank;institution;country;national_rank;quality_of_education;alumni_employment;quality_of_faculty;"
        "publications;influence;citations;broad_impact;patents;score;year"
    )
    return frame[_split(columns)]


def _cw_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[d["year"] == year]


def _cw_top10(d: pd.DataFrame) -> list[str]:
    return [str(x) for x in _cw_year(d, 2015).sort_values("world_rank", kind="stable")["institution"].head(10)]


_CW_US = {"USA": ("US", "U.S.", "United States", "America")}
_CW_ID = ("world_rank", "institution")
_CWUR_QS = [
    Q(
        "which country has the most universities in the 2015 ranking?",
        _lead(_named(lambda d: str(_ranked(_text(_cw_year(d, 2015)["country"]).value_counts()).index[0]), _CW_US)),
        (*_CW_ID, "country", "year"),
    ),
    Q(
        "plot the university of tokyo's world rank by year - is it improving?",
        has(lambda d: d[_text(d["institution"]) == "University of Tokyo"].sort_values("year")["world_rank"].to_numpy()),
        (*_CW_ID, "year"),
    ),
    Q(
        "how many missing values are there in broad_impact",
        _count(lambda d: float(d["broad_impact"].isna().sum())),
        (*_CW_ID, "broad_impact", "year"),
    ),
    Q(
        "correlation between the citations and influence ranks?",
        _corr(lambda d: d["citations"], lambda d: d["influence"]),
        (*_CW_ID, "citations", "influence"),
    ),
    Q(
        "top 10 universities in 2015",
        _all_named(_cw_top10),
        (*_CW_ID, "year", "score"),
    ),
    Q(
        "how many of those are in the usa?",
        _count(
            lambda d: float((_text(_cw_year(d, 2015).sort_values("world_rank")["country"].head(10)) == "USA").sum())
        ),
        (*_CW_ID, "country", "year"),
    ),
]


# --- 7. Coffee quality reviews (Coffee Quality Institute via Kaggle "Coffee Quality database", merged_data_cleaned)

# country: Arabica samples, Robusta samples, mean cup points, altitude (m), how altitudes are written, regions,
# owners ("~" for a one-off owner)
_CQ_COUNTRIES: dict[str, tuple[int, int, float, int, str, str, str]] = {
    "Mexico": (
        236,
        0,
        80.9,
        1150,
        "es",
        "chiapas;veracruz;oaxaca;puebla;guerrero;nayarit",
        "reinerio zepeda:12;lucio cruz:6;consejo estatal del cafe:8;unex guatemala, s.a.:5;~:69",
    ),
    "Colombia": (
        183,
        0,
        83.1,
        1650,
        "es",
        "huila;antioquia;nariño;cauca;tolima;santander;quindio",
        "racafe & cia s.c.a:30;exportadora de cafe condor s.a:25;carcafe ltda ci:8;~:37",
    ),
    "Guatemala": (
        181,
        0,
        81.85,
        1500,
        "es",
        "huehuetenango;antigua;acatenango;atitlan;coban;oriente;nuevo oriente",
        "juan luis alvarado romero:62;ceylan pacheco:3;~:35",
    ),
    "Brazil": (
        132,
        0,
        82.4,
        1050,
        "pt",
        "sul de minas;cerrado;mogiana;chapada de minas;bahia;matas de minas",
        "ipanema coffees:35;nucoffee:20;cafebras comercio de cafés do brasil sa:8;bourbon specialty coffees:7;~:30",
    ),
    "Taiwan": (
        75,
        0,
        82.0,
        900,
        "en",
        "chiayi;pingtung;yunlin;nantou;tainan",
        "lin, che-hao krude 林哲豪:35;taiwan coffee laboratory 台灣咖啡研究室:15;~:50",
    ),
    "United States (Hawaii)": (
        73,
        0,
        81.8,
        450,
        "ft",
        "kona;ka'u;maui;kauai",
        "kona pacific farmers cooperative:60;hawaii coffee company:10;~:30",
    ),
    "Honduras": (
        53,
        0,
        80.1,
        1350,
        "es",
        "comayagua;santa barbara;copan;el paraiso;marcala;ocotepeque",
        "ihcafe:20;cooperativa cafetalera capucas:8;~:72",
    ),
    "Costa Rica": (
        51,
        0,
        82.8,
        1450,
        "es",
        "tarrazu;west valley;central valley;tres rios;brunca",
        "cafe politico:12;coopetarrazu r.l.:10;~:78",
    ),
    "Ethiopia": (
        44,
        0,
        85.5,
        1900,
        "en",
        "yirgacheffe;sidamo;guji;limu;jimma;harrar;oromia",
        "metad plc:25;ethiopia commodity exchange:20;yidnekachew dabessa:8;grounds for health admin:8;~:39",
    ),
    "Tanzania, United Republic Of": (
        40,
        0,
        82.4,
        1550,
        "en",
        "kilimanjaro;mbeya;arusha;ruvuma;kagera",
        "tanzania coffee board:20;~:80",
    ),
    "Thailand": (
        32,
        0,
        82.3,
        1150,
        "en",
        "chiang mai;chiang rai;doi chang;mae hong son",
        "doi chaang coffee company:20;~:80",
    ),
    "Uganda": (
        26,
        10,
        83.4,
        1700,
        "en",
        "mt. elgon;bugisu;kapchorwa;rwenzori;masaka",
        "uganda coffee development authority:25;kyagalanyi coffee ltd:20;~:55",
    ),
    "Nicaragua": (26, 0, 80.6, 1150, "es", "jinotega;matagalpa;nueva segovia;madriz", "cisa exportadora:15;~:85"),
    "Kenya": (
        25,
        0,
        84.3,
        1700,
        "en",
        "nyeri;kirinyaga;kiambu;murang'a;embu",
        "kenya coffee traders association:25;~:75",
    ),
    "El Salvador": (
        21,
        0,
        83.05,
        1400,
        "es",
        "apaneca-ilamatepec;santa ana;chalatenango;alotepec-metapan",
        "cafe politico:10;jasal:8;~:82",
    ),
    "Indonesia": (20, 0, 82.6, 1350, "en", "sumatra;aceh;java;sulawesi;bali", "pt. indo cafco:20;~:80"),
    "China": (16, 0, 82.9, 1250, "en", "yunnan;pu'er;baoshan;dehong", "yunnan coffee traders:30;~:70"),
    "India": (1, 12, 82.0, 1050, "en", "chikmagalur;coorg;wayanad;araku;nilgiris", "nishant gurjer:20;~:80"),
    "Malawi": (11, 0, 81.7, 1400, "en", "mzuzu;misuku hills;phoka", "mzuzu coffee planters cooperative union:40;~:60"),
    "United States": (9, 2, 82.6, 400, "ft", "california;puerto rico;florida", "~:100"),
    "Peru": (9, 0, 81.9, 1600, "es", "cajamarca;junin;cusco;amazonas", "~:100"),
    "Myanmar": (8, 0, 81.5, 1200, "en", "shan state;ywangan;pyin oo lwin", "~:100"),
    "Vietnam": (7, 1, 81.6, 1100, "en", "lam dong;dak lak;son la", "~:100"),
    "Haiti": (6, 0, 80.8, 900, "en", "thiotte;baptiste;dondon", "~:100"),
    "Philippines": (5, 0, 81.8, 1100, "en", "benguet;mt. apo;sagada", "~:100"),
    "Panama": (4, 0, 83.7, 1550, "es", "boquete;volcan;chiriqui", "~:100"),
    "United States (Puerto Rico)": (4, 0, 80.2, 750, "es", "jayuya;adjuntas;yauco", "~:100"),
    "Ecuador": (1, 2, 80.0, 1300, "es", "loja;pichincha;zamora", "~:100"),
    "Laos": (3, 0, 81.8, 1150, "en", "bolaven plateau;champasak", "~:100"),
    "Burundi": (2, 0, 83.3, 1700, "en", "kayanza;ngozi", "~:100"),
    "Papua New Guinea": (1, 0, 85.75, 1650, "en", "eastern highlands", "~:100"),
    "Rwanda": (1, 0, 83.3, 1750, "en", "nyamasheke", "~:100"),
    "Zambia": (1, 0, 81.9, 1400, "en", "northern province", "~:100"),
    "Japan": (1, 0, 84.67, 200, "en", "okinawa", "~:100"),
    "Mauritius": (1, 0, 78.3, 500, "en", "chamarel", "~:100"),
    "Cote d?Ivoire": (0, 1, 79.3, 600, "en", "man", "~:100"),
}
_CQ_PARTNERS = {
    "Mexico": "AMECAFE",
    "Colombia": "Almacafé",
    "Guatemala": "Asociacion Nacional Del Café",
    "Brazil": "Brazil Specialty Coffee Association",
    "Taiwan": "Taiwan Coffee Laboratory 台灣咖啡研究室",
    "Honduras": "Instituto Hondureño del Café",
    "Costa Rica": "Specialty Coffee Association of Costa Rica",
    "Ethiopia": "Ethiopia Commodity Exchange",
    "Kenya": "Kenya Coffee Traders Association",
    "Uganda": "Uganda Coffee Development Authority",
    "Thailand": "Specialty Coffee Institute of Asia",
    "China": "Yunnan Coffee Exchange",
    "Indonesia": "Specialty Coffee Institute of Asia",
}
_CQ_VARIETIES = {
    "es": "Caturra:30;Bourbon:22;Typica:14;Catuai:10;Pacas:3;Catimor:4;Other:7;Pache Comun:1;:15",
    "pt": "Mundo Novo:24;Yellow Bourbon:22;Bourbon:14;Catuai:16;Other:6;:18",
    "en": "Typica:18;Other:20;Bourbon:10;SL14:6;SL28:4;Catimor:8;Ethiopian Heirlooms:4;Java:2;Gesha:2;:26",
    "ft": "Hawaiian Kona:70;Typica:8;Other:6;:16",
}
_CQ_METHODS = (
    "Washed / Wet:62;Natural / Dry:18;Semi-washed / Semi-pulped:4;Other:2;Pulped natural / honey:1;:13",
    "Natural / Dry:55;Pulped natural / honey:10;Washed / Wet:17;Semi-washed / Semi-pulped:6;:12",
)
_CQ_HARVESTS = (
    "2012:10;2013:14;2014:22;2015:18;2016:10;2017:8;2018:2;2013/2014:5;2015/2016:3;2014/2015:2;2011/2012:1;2010:1;"
    "2011:2;2009/2010:1;08/09 crop:0.3;4T/10:0.2;Mayo a Julio:0.2;January Through April:0.2;"
    "December 2009-March 2010:0.2;:3.5"
)
_CQ_BAGS = "60 kg:30;69 kg:14;70 kg:8;1 kg:15;2 kg:10;30 kg:4;50 kg:3;6 kg:3;59 kg:5"
_CQ_POUNDS = "100 lbs:40;2 lbs:20;5 lbs:20;1 kg:20"
_CQ_COLORS = "Green:65;Bluish-Green:8.5;Blue-Green:6;:20.5"
_CQ_FIRST = _split("juan;maria;jose;carlos;luis;ana;pedro;rosa;francisco;miguel;jorge;elena;manuel;carmen;raul")
_CQ_LAST = _split("hernandez;lopez;garcia;martinez;rodriguez;perez;gomez;diaz;ramirez;castillo;morales;vargas;rojas")
_CQ_FIRMS = _split("{} coffee estate;{} coffee cooperative;{} growers association;{} specialty coffee;{} farmers union")
_CQ_FARMS = _split(
    "finca el paraiso;la esperanza;finca santa isabel;el mirador;finca la soledad;las nubes;el recreo;la providencia;"
    "san jose;several;various;finca buenos aires;el injerto;la montaña;santa rosa;villa sarchi;los alpes;el naranjo"
)


def _cq_twelfths(x: float) -> float:
    return round(round(x * 12) / 12, 2)


def _cq_ordinal(t: pd.Timestamp) -> str:
    tail = "th" if 11 <= t.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(t.day % 10, "th")
    return f"{t:%B} {t.day}{tail}, {t.year}"


def _cq_altitude(rng: np.random.Generator, style: str, center: int) -> tuple[str | None, float, float, str]:
    """The altitude as written, its low and high in metres (NaN when unreadable) and the unit."""
    roll = rng.random()
    if roll < 0.17:
        return None, np.nan, np.nan, "m"
    if roll < 0.2:
        return (
            str(_one(rng, _split("meters above sea level;several;800++;huehuetenango;see farm;n/a"))),
            np.nan,
            np.nan,
            "m",
        )
    low = int(round(float(np.clip(rng.normal(center, 200), 50, 2560)) / 50) * 50)
    high = low + int(_one(rng, [0, 0, 100, 200, 300, 400]))
    one = low == high
    if style == "ft":
        lo, hi = int(round(low / 0.3048 / 50) * 50), int(round(high / 0.3048 / 50) * 50)
        text = f"{lo} ft" if one else str(_one(rng, [f"{lo}-{hi} feet", f"{lo} - {hi} ft", f"{lo}ft-{hi}ft"]))
        return text, lo * 0.3048, hi * 0.3048, "ft"
    if style == "es":
        dotted = f"{low:,}".replace(",", "."), f"{high:,}".replace(",", ".")
        forms = (
            [f"{low}", f"{low} msnm", f"{dotted[0]} msnm", f"{low} m.s.n.m.", f"{low} metros"]
            if one
            else [
                f"{low}-{high}",
                f"{low} - {high} msnm",
                f"de {dotted[0]} a {dotted[1]} msnm",
                f"{low} a {high}",
            ]
        )
    else:
        forms = (
            [f"{low} m", f"{low}m", f"{low} meters", f"{low} masl", f"{low}"]
            if one
            else [
                f"{low} - {high} m",
                f"{low}-{high}",
                f"{low}-{high}m",
                f"{low} - {high} meters",
            ]
        )
    return str(_one(rng, forms)), float(low), float(high), "m"


def _cq_sample(rng: np.random.Generator, country: str, species: str) -> dict[str, Any]:
    _a, _r, mean, center, style, regions, owners = _CQ_COUNTRIES[country]
    text, low, high, unit = _cq_altitude(rng, style, center)
    altitude = (low + high) / 2
    lift = 0.0 if np.isnan(altitude) else 0.55 * (altitude - center) / 1000
    quality = float(rng.normal((mean - 30.2) / 7 + lift / 7, 0.27)) - (0.25 if species == "Robusta" else 0.0)
    parts = {
        c: _cq_twelfths(quality + shift + float(rng.normal(0, 0.15)))
        for c, shift in (("Aroma", 0.05), ("Flavor", 0.0), ("Aftertaste", -0.12), ("Acidity", 0.02), ("Body", 0.0))
    }
    parts["Balance"] = _cq_twelfths(quality + float(rng.normal(0, 0.16)))
    for c in ("Uniformity", "Clean.Cup", "Sweetness"):
        parts[c] = 10.0 if rng.random() < 0.94 else round(10 - 0.67 * int(_one(rng, [1, 1, 1, 2, 3, 6])), 2)
    parts["Cupper.Points"] = _cq_twelfths(quality - 0.02 + float(rng.normal(0, 0.22)))
    owner = _draw(rng, owners)
    if owner == "~" and style in ("es", "pt"):
        owner = f"{_one(rng, _CQ_FIRST)} {_one(rng, _CQ_LAST)}"
    elif owner == "~":
        owner = str(_one(rng, _CQ_FIRMS)).format(_one(rng, _split(regions)))
    graded = pd.Timestamp("2010-04-01") + pd.Timedelta(days=int(rng.integers(0, 2950)))
    harvest = _draw(rng, _CQ_HARVESTS)
    if harvest[:4].isdigit() and rng.random() < 0.85:
        harvest = str(graded.year - int(rng.random() < 0.4))
    method = _draw(rng, _CQ_METHODS[country in ("Brazil", "Ethiopia") and rng.random() < 0.7])
    return {
        "Species": species,
        "Owner": owner,
        "Country.of.Origin": country,
        "Farm.Name": str(_one(rng, _CQ_FARMS)) if rng.random() < 0.73 else None,
        "Altitude": text,
        "Region": str(_one(rng, _split(regions))) if rng.random() < 0.95 else None,
        "Number.of.Bags": int(np.clip(rng.lognormal(np.log(100), 1.4), 1, 600)),
        "Bag.Weight": _draw(rng, _CQ_POUNDS if style == "ft" else _CQ_BAGS),
        "In.Country.Partner": _CQ_PARTNERS.get(country, "Specialty Coffee Association"),
        "Harvest.Year": harvest or None,
        "Grading.Date": _cq_ordinal(graded),
        "Variety": None if species == "Robusta" else _draw(rng, _CQ_VARIETIES[style]) or None,
        "Processing.Method": method or None,
        **parts,
        "Total.Cup.Points": round(sum(parts.values()), 2),
        "Moisture": 0.0 if rng.random() < 0.19 else round(float(np.clip(rng.normal(0.108, 0.017), 0.01, 0.28)), 2),
        "Category.One.Defects": 0 if rng.random() < 0.8 else int(rng.geometric(0.35)),
        "Quakers": 0 if rng.random() < 0.85 else int(rng.integers(1, 12)),
        "Color": _draw(rng, _CQ_COLORS) or None,
        "Category.Two.Defects": int(rng.poisson(rng.gamma(1.2, 3.0))),
        "Expiration": _cq_ordinal(graded + pd.DateOffset(years=1) - pd.Timedelta(days=1)),
        "Certification.Body": _CQ_PARTNERS.get(country, "Specialty Coffee Association"),
        "unit_of_measurement": unit,
        "altitude_low_meters": round(low, 2),
        "altitude_high_meters": round(high, 2),
        "altitude_mean_meters": round(altitude, 2),
    }


def _coffee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4207)
    blocks: list[pd.DataFrame] = []
    for species, which in (("Arabica", 0), ("Robusta", 1)):
        rows = [
            _cq_sample(rng, country, species)
            for country, spec in _CQ_COUNTRIES.items()
            for _ in range(int(spec[which]))
        ]
        if species == "Arabica":
            rows.append(_cq_sample(rng, "Guatemala", species) | {"Country.of.Origin": None})
        block = pd.DataFrame(rows).sort_values("Total.Cup.Points", ascending=False, kind="stable")
        blocks.append(block)
    arabica = blocks[0].reset_index(drop=True)
    odd = rng.choice(np.flatnonzero(arabica["altitude_mean_meters"].notna()), 3, replace=False)
    for i, (text, metres) in zip(
        odd, (("190164", 190164.0), ("110000", 110000.0), ("11000 metros", 11000.0)), strict=True
    ):
        arabica.loc[int(i), ["Altitude", "altitude_low_meters", "altitude_high_meters", "altitude_mean_meters"]] = [
            text,
            metres,
            metres,
            metres,
        ]
    zero = _cq_sample(rng, "Honduras", "Arabica")
    scores = ("Aroma", "Flavor", "Aftertaste", "Acidity", "Body", "Balance", "Uniformity", "Clean.Cup", "Sweetness")
    zero |= {c: 0.0 for c in (*scores, "Cupper.Points", "Total.Cup.Points", "Moisture")}
    zero |= {"Altitude": None, "altitude_low_meters": np.nan, "altitude_high_meters": np.nan}
    zero |= {"altitude_mean_meters": np.nan, "unit_of_measurement": "m"}
    frame = pd.concat([arabica, pd.DataFrame([zero]), blocks[1]], ignore_index=True)
    frame.insert(0, "", np.arange(len(frame)))
    return frame


def _cq_top_countries(keep_zero: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        kept = d if keep_zero else d[d["Total.Cup.Points"] > 0]
        country = _text(kept["Country.of.Origin"])
        stats = kept.groupby(country)["Total.Cup.Points"].agg(["mean", "size"])
        stats = stats[(stats["size"] >= 10) & (stats.index != "")]
        return _ranked(stats["mean"])

    return ranking


def _cq_method_share(with_blanks: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        methods = _text(d["Processing.Method"])
        top = str(_ranked(methods[methods != ""].value_counts()).index[0])
        return float((methods == top).sum() / (len(methods) if with_blanks else (methods != "").sum()))

    return share


def _cq_altitude_corr(cap: float) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        kept = d[d["altitude_mean_meters"] < cap]
        return _corr(lambda _d: kept["altitude_mean_meters"], lambda _d: kept["Total.Cup.Points"])(answer, d)

    return check


_CQ_ID = ("Unnamed: 0",)
_CQ_POINTS = "Total.Cup.Points"
_CQ_ALTITUDES = ("Altitude", "altitude_mean_meters", "altitude_low_meters", "altitude_high_meters")
_COFFEE_QS = [
    Q(
        "top 5 countries by avg total cup points, only countries with 10+ samples",
        either(_top_named(_cq_top_countries(True), 5), _top_named(_cq_top_countries(False), 5)),
        (*_CQ_ID, "Country.of.Origin", _CQ_POINTS),
    ),
    Q(
        "average flavor score for arabica vs robusta",
        _about(lambda d: d.groupby(_text(d["Species"]))["Flavor"].mean().to_numpy(), rel=0.002),
        (*_CQ_ID, "Species", "Flavor"),
    ),
    Q(
        "how many coffes scored above 85 points",
        either(
            _count(lambda d: float((d[_CQ_POINTS] > 85).sum())), _count(lambda d: float((d[_CQ_POINTS] >= 85).sum()))
        ),
        (*_CQ_ID, _CQ_POINTS),
    ),
    Q(
        "what's the most common processing method and what % of coffees use it?",
        both(
            _lead(
                _named(lambda d: str(_ranked(_text(d["Processing.Method"]).replace("", None).value_counts()).index[0]))
            ),
            either(_share(_cq_method_share(True)), _share(_cq_method_share(False))),
        ),
        (*_CQ_ID, "Processing.Method"),
    ),
    Q(
        "does altitude correlate with cup points?",
        either(_cq_altitude_corr(np.inf), _cq_altitude_corr(10_000)),
        (*_CQ_ID, *_CQ_ALTITUDES, _CQ_POINTS),
    ),
    Q(
        "how many coffees are missing altitude?",
        either(
            _count(lambda d: float(d["altitude_mean_meters"].isna().sum())),
            _count(lambda d: float(d["Altitude"].isna().sum())),
        ),
        (*_CQ_ID, *_CQ_ALTITUDES),
    ),
]


HELDOUT42: list[Dataset] = [
    Dataset("disney_plus_titles", _disney_frame, _DISNEY_QS),
    Dataset("us_car_auction_sales", _car_prices_frame, _CAR_PRICES_QS),
    Dataset("student_mental_health", _students_frame, _STUDENTS_QS),
    Dataset("bike_sales_europe", _bike_sales_frame, _BIKE_SALES_QS),
    Dataset("twitch_top_streamers", _twitch_frame, _TWITCH_QS),
    Dataset("world_university_rankings", _cwur_frame, _CWUR_QS),
    Dataset("coffee_quality_ratings", _coffee_frame, _COFFEE_QS),
]
