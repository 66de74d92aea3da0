"""HELDOUT62: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Brazilian houses to rent (houses_to_rent_v2.csv, 3000 listings) with city "São Paulo" / "Rio de Janeiro" / "Belo
Horizonte" / "Porto Alegre" / "Campinas", area in m², rooms, bathroom, "parking spaces", floor as text ("-" for a
house, one "301"), "acept" / "not acept" animal, "furnished" / "not furnished" furniture and the five money columns
with the unit in the header ("hoa (R$)", "rent amount (R$)", "property tax (R$)", "fire insurance (R$)", "total (R$)"),
whole reais with zeros for no fee and three absurd entries (a condominium fee of 1117000, one of 220000 and a property
tax of 313700) carried into the total; FiveThirtyEight's biopics file (biopics.csv, one row per subject, films with
several subjects repeated, sorted by title) with an IMDb site link, US / UK / "US/UK" / Canada style countries,
year_release from 1921 to 2014, box_office written "$56.7M", "$500K" or "-" for unknown, director,
number_of_subjects, the subject's name (some with a quoted nickname), type_of_subject such as "Criminal" /
"Musician" / "Athlete" / "Political figure", race_known Known / Unknown with subject_race blank when unknown,
person_of_color 0/1, subject_sex Male / Female and lead_actor_actress; Kaggle's Rain in Australia file (weatherAUS.csv,
Albury, Sydney, Melbourne and Darwin from 2014 to 2016, the station order of the file, a few days missing and a whole
month at Albury) with ISO dates, temperatures and rainfall to a tenth, "NA" for every gap (Albury has no Evaporation
or Sunshine at all, Cloud9am / Cloud3pm often missing), 16-point wind directions, wind speeds in km/h converted from
whole knots, humidity, pressure, oktas, RainToday (over 1 mm) and RainTomorrow as Yes / No / NA, and the April 2015
east-coast storm in Sydney; TidyTuesday's nuclear explosions (nuclear_explosions.csv, 2019-08-20, 2048 tests from
1945 to 1998) with date_long as 19450716, year, id_no such as 45001, USA / USSR / UK / FRANCE / CHINA / INDIA / PAKIST,
upper-case regions ("NTS", "SEMI KAZAKH", "NZ RUSS", "MURUROA", "LOP NOR"), source codes, latitude, longitude,
magnitude_body and magnitude_surface with 0 for unknown, depth in km (negative above ground), yield_lower and
yield_upper in kilotons (0-20 for "under 20 kt", a few blank), purpose codes WR / WE / SE / PNE / "WR/SE" / COMBAT,
names only for some tests ("TRINITY", "JOE 1") and types ATMOSPH / AIRDROP / TOWER / SHAFT / TUNNEL / UG; MovieLens
latest-small ratings joined with movies (userId, movieId, rating in half stars, whole stars only before February 2003,
timestamp in unix seconds, title "Shawshank Redemption, The (1994)" with the article moved to the end and a few "a.k.a."
titles, pipe-joined genres with "(no genres listed)"), sorted by user and movie, 4990 ratings by 128 users; the UK
Department for Transport road safety accidents 2005-2015 (Accidents0515.csv, a sample of 5000) with Accident_Index
such as "200501BS00001", OSGR eastings and northings, Longitude / Latitude (a few blank), Police_Force codes,
Accident_Severity 1-3 (1 = fatal), vehicles, casualties, Date "04/01/2005", Day_of_Week 1-7 (1 = Sunday), Time
"17:42" (a few blank), numeric local authority districts beside "E09000020" highway codes, road classes and numbers,
road types, Speed_limit, junction, crossing, light, weather and surface codes with -1 for missing, Urban_or_Rural_Area
1 / 2, police attendance and LSOA codes blank in Scotland; and FiveThirtyEight's congress-age file (congress-terms.csv,
a sample of 100 House and 30 Senate seats in every congress from the 80th to the 113th) with congress, lower-case
chamber, bioguide ids, firstname / middlename / lastname / suffix, ISO birthdays, state codes, party D / R / I,
incumbent Yes / No, termstart "1947-01-03" (later for members who came in at a special election, listed beside the one
they replaced) and age to a tenth, with Strom Thurmond changing party in 1964. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout39 import _clock, _fields
from .heldout40 import _top_named
from .heldout41 import _deal
from .heldout42 import _ranked
from .heldout45 import _top_forms
from .heldout46 import _top
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import has as _has
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _counts(table: str) -> dict[str, int]:
    """The whole numbers of "a:3;b:1"."""
    return {k: int(v) for k, v in (x.rsplit(":", 1) for x in _split(table))}


def _floats(text: str) -> list[float]:
    """The numbers of "1.5 2 3.25"."""
    return [float(x) for x in text.split()]


def _over(column: str, cut: float, where: Callable[[pd.DataFrame], pd.Series] | None = None) -> Check:
    """A count of values above `cut`, strictly or not (both readings of "over 35")."""

    def count(strict: bool) -> Callable[[pd.DataFrame], float]:
        def inner(d: pd.DataFrame) -> float:
            values = d.loc[where(d), column] if where else d[column]
            return float((values > cut).sum() if strict else (values >= cut).sum())

        return inner

    return either(_count(count(True)), _count(count(False)))


# --- 1. Brazilian houses to rent (Kaggle "Brazilian houses to rent", houses_to_rent_v2.csv) ------------------------

# city: listings in the full file, rent (R$) of a 70 m² flat, share of houses, condominium fee and property tax as
# shares of the rent
_BR_CITIES: dict[str, tuple[float, float, float, float, float]] = {
    "São Paulo": (5887, 3400, 0.24, 0.30, 0.09),
    "Rio de Janeiro": (1501, 2650, 0.14, 0.38, 0.08),
    "Belo Horizonte": (1258, 2450, 0.34, 0.18, 0.06),
    "Porto Alegre": (1193, 1950, 0.17, 0.27, 0.04),
    "Campinas": (853, 1600, 0.30, 0.33, 0.06),
}
_BR_COLUMNS = _split(
    "city;area;rooms;bathroom;parking spaces;floor;animal;furniture;hoa (R$);rent amount (R$);property tax (R$);"
    "fire insurance (R$);total (R$)"
)
_BR_RENT, _BR_TOTAL = "rent amount (R$)", "total (R$)"
_BR_PARTS = ("hoa (R$)", _BR_RENT, "property tax (R$)", "fire insurance (R$)")


def _houses_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6201)
    cities = list(_BR_CITIES)
    floors = list(range(1, 31))
    rows: list[dict[str, Any]] = []
    for _ in range(3000):
        city = str(_one(rng, cities, [c[0] for c in _BR_CITIES.values()]))
        _w, level, houses, fee, tax_rate = _BR_CITIES[city]
        house = bool(rng.random() < houses)
        rooms = int(
            _one(rng, [1, 2, 3, 4, 5, 6, 7], [4, 18, 34, 28, 11, 3, 2] if house else [27, 37, 28, 7, 1, 0.3, 0.1])
        )
        area = max(12, round(30 * rooms**0.95 * rng.lognormal(0, 0.35) * (1.7 if house else 1.0)))
        bathroom = int(np.clip(rooms - 1 + int(_one(rng, [0, 1, 2], [40, 45, 15])) + int(house), 1, 10))
        parking = int(np.clip(round(area / 75 * rng.lognormal(0, 0.5) - 0.3), 0, 8))
        floor = "-" if house else str(_one(rng, floors, [1 / (f + 2) for f in floors]))
        furnished = bool(rng.random() < (0.12 if house else 0.27))
        rent = level * (area / 70) ** 0.8 * rng.lognormal(0, 0.32) * (1.3 if furnished else 1.0)
        rent = float(np.clip(round(rent / 10) * 10 if rng.random() < 0.8 else round(rent), 450, 45000))
        no_fee = (house and rng.random() < 0.75) or rng.random() < 0.05
        hoa = 0 if no_fee else round(rent * fee * rng.lognormal(0, 0.5))
        tax = 0 if rng.random() < 0.15 else round(rent * tax_rate * rng.lognormal(0, 0.6))
        fire = max(3, round(rent * (0.0175 if house else 0.0127) * rng.lognormal(0, 0.05)))
        rows.append(
            {
                "city": city,
                "area": area,
                "rooms": rooms,
                "bathroom": bathroom,
                "parking spaces": parking,
                "floor": floor,
                "animal": "acept" if rng.random() < (0.9 if house else 0.75) else "not acept",
                "furniture": "furnished" if furnished else "not furnished",
                "hoa (R$)": hoa,
                _BR_RENT: int(rent),
                "property tax (R$)": tax,
                "fire insurance (R$)": fire,
            }
        )
    frame = pd.DataFrame(rows)
    flats = np.flatnonzero((frame["city"] == "São Paulo") & (frame["floor"] != "-"))
    odd = rng.choice(flats, 4, replace=False)
    for i, (column, value) in zip(
        odd[:3], (("hoa (R$)", 1117000), ("hoa (R$)", 220000), ("property tax (R$)", 313700)), strict=True
    ):
        frame.loc[int(i), column] = value
    frame.loc[int(odd[3]), "floor"] = "301"
    frame[_BR_TOTAL] = frame[list(_BR_PARTS)].sum(axis=1)
    return frame[_BR_COLUMNS]


def _br_city_rents(d: pd.DataFrame) -> pd.Series:
    return d.groupby(_text(d["city"]))[_BR_RENT].mean()


def _br_furnished_totals(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_text(d["furniture"]))[_BR_TOTAL].median()
    return [float(by["furnished"]), float(by["not furnished"])]


_BR_ID = ("city",)
_HOUSES_QS = [
    Q(
        "average rent amount per city",
        _scaled(lambda d: _br_city_rents(d).to_numpy(), (1e3,)),
        (*_BR_ID, _BR_RENT),
    ),
    Q(
        "which one is the cheapest?",
        _lead(_named(lambda d: _top(_br_city_rents(d), ascending=True))),
        (*_BR_ID, _BR_RENT, _BR_TOTAL),
    ),
    Q(
        "what percent of the listings accept pets",
        _share(lambda d: float((_text(d["animal"]) == "acept").mean())),
        (*_BR_ID, "animal"),
    ),
    Q(
        "median total cost for furnished vs unfurnished places?",
        _scaled(_br_furnished_totals, (1e3,)),
        (*_BR_ID, "furniture", _BR_TOTAL, _BR_RENT),
    ),
    Q(
        "how many places in campinas have 3+ rooms",
        _count(lambda d: float(((_text(d["city"]) == "Campinas") & (d["rooms"] >= 3)).sum())),
        (*_BR_ID, "rooms"),
    ),
    Q(
        "is the rent correlated with the area?",
        _corr(lambda d: d["area"], lambda d: d[_BR_RENT]),
        (*_BR_ID, "area", _BR_RENT),
    ),
]


# --- 2. Biopics (FiveThirtyEight biopics.csv) ------------------------------------------------------------------------

_BP_TYPES = (
    "Criminal:53;Musician:44;Athlete:42;Other:40;Historical:35;Author:33;Singer:31;Artist:30;Actor:25;Military:24;"
    "Political figure:20;World leader:19;Academic:17;Media:15;Actress:14;Comedian:13;Government:10;Activist:9;"
    "Journalist:6;Medicine:4;Teacher:3"
)
# type of subject: share of women (0.2 otherwise), share of people of colour among known races (0.08 otherwise),
# box office level (US$ millions)
_BP_WOMEN = {"Actress": 1.0, "Actor": 0.0, "Singer": 0.45, "Author": 0.3, "Artist": 0.25, "Activist": 0.4}
_BP_WOMEN |= {"Athlete": 0.12, "Criminal": 0.14, "Military": 0.03, "World leader": 0.15, "Political figure": 0.12}
_BP_COLOUR = {"Athlete": 0.45, "Musician": 0.35, "Singer": 0.35, "Activist": 0.5, "Comedian": 0.25, "Criminal": 0.12}
_BP_MONEY = {"Criminal": 18.0, "Athlete": 14.0, "Musician": 16.0, "Singer": 15.0, "Military": 20.0, "Historical": 12.0}
_BP_RACES = (
    "African American:60;Hispanic (Latin American):13;Asian American:6;Asian:6;Multi racial:6;Mid Eastern:4;"
    "Native American:3;Other:2"
)
_BP_DECADES = "1910:1;1920:4;1930:30;1940:42;1950:48;1960:24;1970:33;1980:52;1990:112;2000:228;2010:150"
_BP_COUNTRIES = "US:62;UK:19;US/UK:9;Canada:4;US/Canada:3;UK/Canada:2;US/UK/Canada:1"
# directors with several biopics and how many each made; everyone else makes one or two
_BP_DIRECTORS = (
    "Richard Ashworth:7;Lena Kowalski:4;Martin Hale:4;Sam Okafor:3;Paul Derrick:3;Nora Lindqvist:3;Victor Amsel:3"
)
_BP_FIRST_M = _split(
    "James;John;Robert;Michael;William;David;Richard;Charles;Joseph;Thomas;George;Frank;Harry;Jack;Henry;Walter;"
    "Arthur;Albert;Edward;Louis;Billy;Johnny;Eddie;Ray;Jimmy;Howard;Samuel;Oscar;Nelson;Vincent;Ernest;Alan;Muhammad;"
    "Pablo;Diego;Carlos;Luis;Ludwig;Wolfgang;Hank;Buddy;Jesse;Ty;Jake;Rocky;Bobby;Stephen;Winston;Abraham;Martin"
)
_BP_FIRST_F = _split(
    "Mary;Elizabeth;Anne;Margaret;Frida;Edith;Billie;Grace;Amelia;Marilyn;Judy;Janis;Loretta;Patsy;Tina;Erin;Helen;"
    "Rosa;Coco;Sylvia;Virginia;Jane;Catherine;Eleanor;Joan;Wilma;Evita;Selena;Bessie;Dorothy"
)
_BP_LAST = _split(
    "Baker;Barrow;Bennett;Brooks;Capone;Carter;Cash;Chaplin;Clarke;Collins;Cooper;Crane;Darrow;Dillinger;Drake;"
    "Dunbar;Edison;Ellis;Fairbanks;Fischer;Fleming;Ford;Gardner;Garrett;Gibson;Graham;Gray;Hale;Harding;Hawkins;"
    "Hayes;Holliday;Howell;Hughes;Hunter;Irving;Jackson;Jameson;Keller;Kelly;Kennedy;Lambert;Lane;Lawrence;Lowell;"
    "Marsh;Mason;Miller;Monroe;Morgan;Nash;Norton;Owens;Parker;Patton;Pierce;Porter;Quinn;Reed;Robinson;Rowe;Russell;"
    "Shaw;Sinclair;Stone;Sullivan;Tate;Thorpe;Turner;Vance;Wallace;Walsh;Warner;Webb;Wells;Whitman;Wilde;Wolfe;"
    "Wright;Young;Zane;Alvarez;Moreno;Romero;Nakamura;Okonkwo;Mbeki;Rahman;Kowalczyk;Lindgren;Moretti;Dubois;Novak"
)
_BP_NICKNAMES = _split("Whitey;Machine Gun;Lucky;Red;Buddy;Kid;Doc;Babe;Sugar;Pistol;Slim;Bugsy;Pretty Boy;Iron")
_BP_TAGLINES = _split("The Story;A Life;The Legend;Unbroken;The Early Years;Rise;The Comeback;The Last Days")


def _bp_person(rng: np.random.Generator, female: bool) -> tuple[str, str, str]:
    first = str(_one(rng, _BP_FIRST_F if female else _BP_FIRST_M))
    return first, str(_one(rng, _BP_LAST)), str(_one(rng, _BP_NICKNAMES)) if rng.random() < 0.05 else ""


def _bp_title(rng: np.random.Generator, first: str, last: str, k: int) -> str:
    if k > 1:
        return str(_one(rng, [f"The {last} Brothers", f"{last} & Co.", f"The {last}s", f"{last} and Sons"]))
    forms = [
        f"{first} {last}",
        last,
        first,
        f"The {first} {last} Story",
        f"Becoming {first}",
        f"{last}!",
        f"Citizen {last}",
        f"{first} {last}: {_one(rng, _BP_TAGLINES)}",
        f"The Life of {first} {last}",
    ]
    return str(_one(rng, forms, [14, 10, 6, 6, 3, 2, 2, 4, 3]))


def _bp_directors(rng: np.random.Generator, n: int) -> list[str]:
    slots = [name for name, k in _counts(_BP_DIRECTORS).items() for _ in range(k)]
    used = set(_counts(_BP_DIRECTORS))
    while len(slots) < n:
        name = f"{_one(rng, _BP_FIRST_M + _BP_FIRST_F)} {_one(rng, _BP_LAST)}"
        if name in used:
            continue
        used.add(name)
        slots += [name] * min(int(_one(rng, [1, 2], [80, 20])), n - len(slots))
    return [slots[int(i)] for i in rng.permutation(n)]


def _bp_money(value: float | None) -> str:
    if value is None:
        return "-"
    return f"${value / 1e6:.1f}M" if value >= 1e6 else f"${value / 1e3:.0f}K"


def _biopics_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6202)
    n = 692
    directors = _bp_directors(rng, n)
    top = next(iter(_counts(_BP_DIRECTORS)))
    titles: set[str] = set()
    links: set[int] = set()
    rows: list[dict[str, Any]] = []
    for i in range(n):
        decade = int(_draw(rng, _BP_DECADES))
        year = decade + int(rng.integers(0, 5 if decade == 2010 else 10))
        year = max(year, 1915)
        k = int(_one(rng, [1, 2, 3], [88, 9, 3]))
        kind = _draw(rng, _BP_TYPES)
        while True:
            subjects: list[tuple[str, str, bool]] = []
            for j in range(k):
                sub_kind = kind if j == 0 or rng.random() < 0.8 else _draw(rng, _BP_TYPES)
                female = bool(rng.random() < _BP_WOMEN.get(sub_kind, 0.2))
                first, last, nick = _bp_person(rng, female)
                if j > 0 and rng.random() < 0.6:
                    last = subjects[0][0].split(" ")[-1]
                name = f'{first} "{nick}" {last}' if nick else f"{first} {last}"
                subjects.append((name, sub_kind, female))
            title = _bp_title(rng, subjects[0][0].split(" ")[0], subjects[0][0].split(" ")[-1], k)
            if title not in titles:
                break
        titles.add(title)
        link = int(rng.integers(10_000, 3_500_000))
        while link in links:
            link = int(rng.integers(10_000, 3_500_000))
        links.add(link)
        known = rng.random() < (0.3 if year < 1960 else 0.45 if year < 1980 else 0.78) or directors[i] == top
        level = _BP_MONEY.get(kind, 10.0) * (0.4 if year < 1980 else 1.0)
        money = float(rng.lognormal(np.log(level * 1e6), 1.4)) if known else None
        money = min(money, 7.4e8) if money is not None else None
        if money is not None and money < 1e6:
            money = round(money / 1e3) * 1e3
        country = _draw(rng, _BP_COUNTRIES)
        for name, sub_kind, female in subjects:
            race_known = bool(rng.random() < (0.55 if year < 1970 else 0.8))
            colour = race_known and bool(rng.random() < _BP_COLOUR.get(sub_kind, 0.08))
            race = (_draw(rng, _BP_RACES) if colour else "White") if race_known else None
            actor_female = female if rng.random() < 0.98 else not female
            rows.append(
                {
                    "title": title,
                    "site": f"http://www.imdb.com/title/tt{link:07d}/",
                    "country": country,
                    "year_release": year,
                    "box_office": _bp_money(money),
                    "director": directors[i],
                    "number_of_subjects": k,
                    "subject": name,
                    "type_of_subject": sub_kind,
                    "race_known": "Known" if race_known else "Unknown",
                    "subject_race": race,
                    "person_of_color": int(colour),
                    "subject_sex": "Female" if female else "Male",
                    "lead_actor_actress": " ".join(_bp_person(rng, actor_female)[:2]),
                }
            )
    frame = pd.DataFrame(rows)
    frame = frame.assign(_k=frame["title"].str.lower()).sort_values("_k", kind="stable")
    return frame.drop(columns="_k").reset_index(drop=True)


def _bp_dollars(s: pd.Series) -> pd.Series:
    """ "$56.7M", "$500K" and "-" as dollars (NaN for unknown)."""
    t = _text(s)
    amount = pd.to_numeric(t.str.extract(r"\$([\d.]+)")[0], errors="coerce")
    return amount * t.str[-1].map({"M": 1e6, "K": 1e3, "B": 1e9})


def _bp_films(d: pd.DataFrame, unique: bool, keys: tuple[str, ...] = ("title",)) -> pd.DataFrame:
    return d.drop_duplicates(list(keys)) if unique else d


def _bp_types(unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(
        _text(_bp_films(d, unique, ("title", "type_of_subject"))["type_of_subject"]).value_counts()
    )


def _bp_decade(unique: bool) -> Callable[[pd.DataFrame], int]:
    def decade(d: pd.DataFrame) -> int:
        years = _bp_films(d, unique)["year_release"]
        return int(_top((years // 10 * 10).value_counts()))

    return decade


def _bp_money_means(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        films = _bp_films(d, unique, ("title", "type_of_subject"))
        by = _bp_dollars(films["box_office"]).groupby(_text(films["type_of_subject"])).mean()
        return [float(by["Criminal"]), float(by["Athlete"])]

    return means


def _bp_women(unique: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        women = d[_text(d["subject_sex"]) == "Female"]
        return float(women["title"].nunique() if unique else len(women))

    return count


def _bp_colour(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        rows = d[_text(d["race_known"]) == "Known"] if known_only else d
        return float((rows["person_of_color"] == 1).mean())

    return share


def _bp_director(d: pd.DataFrame) -> str:
    return _top(d.drop_duplicates("title")["director"].value_counts())


def _bp_hit(d: pd.DataFrame) -> str:
    films = d[_text(d["director"]) == _bp_director(d)].drop_duplicates("title")
    return str(films["title"].iloc[int(np.nanargmax(_bp_dollars(films["box_office"]).to_numpy()))])


_BP_ID = ("title", "subject")
_BIOPICS_QS = [
    Q(
        "how many of the biopic subjects are women?",
        either(_count(_bp_women(False)), _count(_bp_women(True))),
        (*_BP_ID, "subject_sex"),
    ),
    Q(
        "what % of subjects are people of color",
        either(_share(_bp_colour(False)), _share(_bp_colour(True))),
        (*_BP_ID, "person_of_color", "race_known", "subject_race"),
    ),
    Q(
        "top 5 most common types of subject",
        either(_top_named(_bp_types(False), 5), _top_named(_bp_types(True), 5)),
        (*_BP_ID, "type_of_subject"),
    ),
    Q(
        "plot the number of biopics by decade. which decade had the most?",
        _lead(either(_year(_bp_decade(False)), _year(_bp_decade(True)))),
        (*_BP_ID, "year_release"),
    ),
    Q(
        "avg box office for criminal biopics vs athlete ones",
        either(_scaled(_bp_money_means(False), (1e6, 1e3)), _scaled(_bp_money_means(True), (1e6, 1e3))),
        (*_BP_ID, "box_office", "type_of_subject"),
    ),
    Q(
        "which director made the most of these films, and which of theirs made the most money?",
        both(_lead(_named(_bp_director)), _named(_bp_hit)),
        (*_BP_ID, "director", "box_office"),
    ),
]


# --- 3. Rain in Australia (Kaggle "Rain in Australia", weatherAUS.csv) -------------------------------------------

# station: monthly (January to December) mean maximum and minimum (°C), chance of a wet day (over 1 mm), mean rain on
# a wet day (mm), sunshine (h), 3pm humidity (%) and mean sea-level pressure (hPa), then whether the station records
# evaporation and sunshine, the share of cloud readings missing and the prevailing wind directions
_WA_STATIONS: dict[str, tuple[str, str, str, str, str, str, str, bool, float, str]] = {
    "Albury": (
        "32.0 31.0 27.5 22.2 17.2 13.5 12.5 14.4 17.4 21.3 25.5 29.4",
        "16.3 16.2 13.0 8.6 5.3 3.3 2.3 3.1 4.9 7.6 10.8 14.0",
        "0.13 0.12 0.15 0.18 0.25 0.33 0.35 0.35 0.28 0.24 0.20 0.15",
        "10 10 9 8 7 6 6 6 7 7 9 9",
        "10.5 9.8 8.6 7.2 5.5 4.3 4.6 5.8 7.0 8.3 9.5 10.4",
        "28 30 35 42 55 66 66 58 50 42 35 29",
        "1012.5 1014.0 1016.5 1019.0 1020.5 1021.0 1021.5 1020.0 1018.0 1016.0 1013.5 1012.5",
        False,
        0.55,
        "W:5;WNW:4;SW:3;SE:3;ESE:2;E:2;NW:3;SSE:2;S:2;N:1;NNE:1;ENE:1;WSW:3;SSW:2;NE:1;NNW:2",
    ),
    "Sydney": (
        "26.5 26.3 25.2 22.9 20.2 17.7 17.3 18.7 21.0 22.9 24.0 25.9",
        "19.0 19.2 17.8 14.8 11.5 9.1 7.9 8.9 11.2 13.7 15.9 17.8",
        "0.36 0.40 0.40 0.35 0.33 0.36 0.28 0.23 0.25 0.30 0.33 0.32",
        "12 14 13 12 11 13 9 8 7 8 9 8",
        "7.2 6.7 6.4 6.4 6.0 5.7 6.7 7.6 7.6 7.6 7.3 7.6",
        "62 64 63 60 58 56 50 48 52 56 60 60",
        "1012.5 1013.5 1015.5 1017.5 1018.5 1019.5 1018.5 1017.5 1016.5 1015.0 1013.5 1012.5",
        True,
        0.1,
        "W:6;WNW:4;NW:2;S:4;SSE:3;SE:2;NE:4;ENE:3;NNE:2;E:2;SSW:3;SW:2;WSW:3;N:1;NNW:1;ESE:2",
    ),
    "Melbourne": (
        "26.4 26.5 24.1 20.5 17.1 14.3 13.6 15.0 17.2 19.8 22.2 24.4",
        "14.3 14.8 13.3 10.9 8.9 6.8 6.0 6.5 7.9 9.3 11.0 12.8",
        "0.20 0.18 0.22 0.27 0.31 0.31 0.33 0.35 0.34 0.31 0.28 0.24",
        "7 7.5 6.5 6 4.5 4 3.5 4 4.5 5.5 6 6.5",
        "8.3 7.5 6.4 5.1 3.9 3.3 3.6 4.5 5.3 6.0 6.5 7.5",
        "47 48 50 53 61 65 64 59 55 52 51 48",
        "1013.0 1014.0 1016.5 1018.5 1019.5 1019.0 1018.5 1017.5 1016.0 1015.0 1013.5 1013.0",
        True,
        0.3,
        "N:5;NNW:3;NNE:2;S:4;SSW:3;SW:3;W:3;WSW:2;WNW:2;SE:1;SSE:2;NW:2;E:1;ENE:1;NE:1;ESE:1",
    ),
    "Darwin": (
        "31.8 31.4 31.9 32.7 32.0 30.6 30.5 31.3 32.5 33.2 33.2 32.6",
        "24.8 24.7 24.5 24.0 22.1 19.9 19.3 20.3 23.0 24.9 25.3 25.3",
        "0.72 0.70 0.60 0.25 0.06 0.02 0.01 0.02 0.05 0.15 0.38 0.58",
        "21 22 18 11 8 5 3 4 6 9 12 16",
        "5.8 5.8 6.6 8.9 9.8 9.9 10.1 10.3 10.1 9.4 8.3 7.0",
        "70 72 67 52 43 38 38 42 50 56 62 66",
        "1006.5 1006.5 1007.5 1009.5 1011.0 1012.5 1013.0 1012.5 1011.0 1009.5 1007.5 1006.5",
        True,
        0.02,
        "E:6;ESE:5;SE:4;W:5;WNW:4;NW:4;NNW:1;N:2;NE:1;ENE:2;SSE:1;S:1;SW:1;WSW:2;NNE:1;SSW:1",
    ),
}
_WA_COLUMNS = _split(
    "Date;Location;MinTemp;MaxTemp;Rainfall;Evaporation;Sunshine;WindGustDir;WindGustSpeed;WindDir9am;WindDir3pm;"
    "WindSpeed9am;WindSpeed3pm;Humidity9am;Humidity3pm;Pressure9am;Pressure3pm;Cloud9am;Cloud3pm;Temp9am;Temp3pm;"
    "RainToday;RainTomorrow"
)
# the April 2015 east-coast low in Sydney: day, rain (mm)
_WA_STORM = {"2015-04-20": 40.2, "2015-04-21": 93.4, "2015-04-22": 112.0, "2015-04-23": 55.6, "2015-04-25": 18.4}
# how much the day-to-day weather swings the temperature (Darwin's hardly moves)
_WA_SWING = {"Albury": 1.25, "Sydney": 1.0, "Melbourne": 1.3, "Darwin": 0.35}
# column: share of readings missing
_WA_GAPS = {"MinTemp": 0.004, "MaxTemp": 0.003, "Rainfall": 0.01, "Evaporation": 0.03, "Sunshine": 0.04}
_WA_GAPS |= {"WindGustDir": 0.03, "WindGustSpeed": 0.03, "WindDir9am": 0.02, "WindDir3pm": 0.01}
_WA_GAPS |= {"Humidity9am": 0.01, "Humidity3pm": 0.012, "Pressure9am": 0.01, "Pressure3pm": 0.01}
_WA_GAPS |= {"Temp9am": 0.004, "Temp3pm": 0.006, "WindSpeed9am": 0.008, "WindSpeed3pm": 0.01}


def _wa_daily(text: str, doy: np.ndarray) -> np.ndarray:
    """A monthly climate line spread over the days of the year (the mid-month values joined up)."""
    values = _floats(text)
    anchors = np.array([15.5 + 30.4 * m for m in range(-1, 13)])
    return np.asarray(np.interp(doy, anchors, [values[11], *values, values[0]]), dtype=float)


def _wa_kmh(knots: np.ndarray) -> np.ndarray:
    return np.asarray(np.round(np.maximum(knots, 0).round() * 1.852), dtype=float)


def _wa_station(rng: np.random.Generator, name: str, days: pd.DatetimeIndex) -> pd.DataFrame:
    hi, lo, wet_p, amount, sun, humid, press, full, cloud_gap, winds = _WA_STATIONS[name]
    n = len(days)
    doy = days.day_of_year.to_numpy().astype(float)
    clim = {k: _wa_daily(v, doy) for k, v in zip("hlpasuv", (hi, lo, wet_p, amount, sun, humid, press), strict=True)}
    wet = np.zeros(n, dtype=bool)
    rain = np.zeros(n)
    anomaly = np.zeros(n)
    drift = np.zeros(n)
    for i in range(n):
        chance = clim["p"][i] + (0.15 if i and wet[i - 1] else -0.03)
        wet[i] = rng.random() < chance
        anomaly[i] = (0.75 * anomaly[i - 1] if i else 0.0) + rng.normal(0, 1.6 * _WA_SWING[name])
        drift[i] = (0.85 * drift[i - 1] if i else 0.0) + rng.normal(0, 2.4)
    rain = np.where(wet, np.maximum(1.2, np.round(rng.gamma(0.75, clim["a"] / 0.75) / 0.2) * 0.2), 0.0)
    trace = (~wet) & (rng.random(n) < 0.15)
    rain = np.where(trace, 0.2 * rng.integers(1, 6, n), rain)
    if name == "Sydney":
        for day, mm in _WA_STORM.items():
            k = int(days.get_loc(pd.Timestamp(day)))
            wet[k], rain[k] = True, mm
    cloud = np.clip(0.3 + 0.38 * wet + rng.normal(0, 0.2, n) + (clim["u"] - 55) / 150, 0, 1)
    high = clim["h"] + anomaly - 2.5 * wet - 2.0 * (cloud - 0.5) + rng.normal(0, 0.8, n)
    low = np.minimum(clim["l"] + 0.6 * anomaly + 1.2 * (cloud - 0.5) + rng.normal(0, 1.0, n), high - 0.6)
    sunshine = np.clip(clim["s"] * (1.45 - 1.25 * cloud) + rng.normal(0, 0.7, n), 0, 13.9)
    humid3 = np.clip(clim["u"] + 32 * (cloud - 0.45) + 10 * wet + rng.normal(0, 6, n), 4, 100)
    humid9 = np.clip(humid3 + 17 + rng.normal(0, 8, n), 8, 100)
    pressure9 = clim["v"] + drift - 3.0 * wet
    pressure3 = pressure9 - 2.4 + rng.normal(0, 1.0, n)
    evaporation = np.clip(0.22 * high - 1.8 + 0.35 * sunshine + rng.normal(0, 1.1, n), 0.2, 20)
    gust = _wa_kmh(rng.gamma(6.0, 3.4, n) + 4 * wet)
    calm9, calm3 = rng.random(n) < 0.06, rng.random(n) < 0.02
    speed9 = np.where(calm9, 0.0, np.maximum(_wa_kmh(rng.gamma(2.4, 3.0, n)), 2))
    speed3 = np.where(calm3, 0.0, np.maximum(_wa_kmh(rng.gamma(3.2, 3.2, n)), 2))
    directions = [[_draw(rng, winds) for _ in range(n)] for _ in range(3)]
    today = np.where(rain > 1.0, "Yes", "No")
    frame = pd.DataFrame(
        {
            "Date": days.strftime("%Y-%m-%d"),
            "Location": name,
            "MinTemp": np.round(low, 1),
            "MaxTemp": np.round(high, 1),
            "Rainfall": np.round(rain, 1),
            "Evaporation": np.round(evaporation / 0.2) * 0.2 if full else np.nan,
            "Sunshine": np.round(sunshine, 1) if full else np.nan,
            "WindGustDir": directions[0],
            "WindGustSpeed": gust,
            "WindDir9am": [None if c else x for c, x in zip(calm9, directions[1], strict=True)],
            "WindDir3pm": [None if c else x for c, x in zip(calm3, directions[2], strict=True)],
            "WindSpeed9am": speed9,
            "WindSpeed3pm": speed3,
            "Humidity9am": np.round(humid9),
            "Humidity3pm": np.round(humid3),
            "Pressure9am": np.round(pressure9, 1),
            "Pressure3pm": np.round(pressure3, 1),
            "Cloud9am": np.clip(np.round(8 * cloud + rng.normal(0, 1.4, n)), 0, 8),
            "Cloud3pm": np.clip(np.round(8 * cloud + rng.normal(0, 1.2, n)), 0, 8),
            "Temp9am": np.round(low + 0.4 * (high - low) + rng.normal(0, 1.0, n), 1),
            "Temp3pm": np.round(high - 0.7 - np.abs(rng.normal(0, 0.8, n)), 1),
            "RainToday": today,
        }
    )
    frame["Evaporation"] = frame["Evaporation"].round(1)
    for column, share in {**_WA_GAPS, "Cloud9am": cloud_gap, "Cloud3pm": cloud_gap * 1.1}.items():
        frame.loc[rng.random(n) < share, column] = np.nan
    frame.loc[frame["Rainfall"].isna(), "RainToday"] = None
    frame["RainTomorrow"] = frame["RainToday"].shift(-1)
    keep = rng.random(n) > 0.012
    if name == "Albury":
        keep &= ~((days >= pd.Timestamp("2014-11-01")) & (days <= pd.Timestamp("2014-11-30")))
    return frame[keep]


def _weather_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6203)
    days = pd.date_range("2014-01-01", "2016-12-31", freq="D")
    frame = pd.concat([_wa_station(rng, name, days) for name in _WA_STATIONS], ignore_index=True)
    whole = ("WindGustSpeed", "WindSpeed9am", "WindSpeed3pm", "Humidity9am", "Humidity3pm", "Cloud9am", "Cloud3pm")
    for column in whole:
        frame[column] = frame[column].astype("Int64")
    frame = frame[_WA_COLUMNS].astype(object)
    return frame.where(frame.notna(), "NA")


def _wa_at(place: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _text(d["Location"]) == place


def _wa_wettest(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(d.groupby(_text(d["Location"]))["Rainfall"].agg(how))


def _wa_sydney_month(d: pd.DataFrame) -> pd.Timestamp:
    sydney = d[_wa_at("Sydney")(d)]
    months = pd.to_datetime(sydney["Date"]).dt.to_period("M")
    return pd.Period(_top(sydney.groupby(months)["Rainfall"].sum())).to_timestamp()


def _wa_rainy(how: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        if how.startswith("today"):
            yes = (_text(d["RainToday"]) == "Yes").sum()
            return float(yes / (len(d) if how == "today all" else d["RainToday"].notna().sum()))
        wet = (d["Rainfall"] > 0).sum()
        return float(wet / (len(d) if how == "any all" else d["Rainfall"].notna().sum()))

    return share


_WA_ID = ("Date", "Location")
_WEATHER_QS = [
    Q(
        "which location gets the most rain?",
        _lead(either(_named(_wa_wettest("sum")), _named(_wa_wettest("mean")))),
        (*_WA_ID, "Rainfall", "RainToday"),
    ),
    Q(
        "plot the monthly rainfall in sydney - which month was the wettest?",
        _lead(_month_year(_wa_sydney_month)),
        (*_WA_ID, "Rainfall"),
    ),
    Q(
        "on what % of days did it rain",
        either(*(_share(_wa_rainy(how)) for how in ("today all", "today known", "any all", "any known"))),
        (*_WA_ID, "RainToday", "Rainfall"),
    ),
    Q(
        "is humidity at 3pm correlated with sunshine hours?",
        _corr(lambda d: d["Humidity3pm"], lambda d: d["Sunshine"]),
        (*_WA_ID, "Humidity3pm", "Sunshine"),
    ),
    Q(
        "how many days did albury get over 35 degrees",
        _over("MaxTemp", 35, _wa_at("Albury")),
        (*_WA_ID, "MaxTemp", "Temp3pm"),
    ),
    Q(
        "and darwin?",
        _over("MaxTemp", 35, _wa_at("Darwin")),
        (*_WA_ID, "MaxTemp", "Temp3pm"),
    ),
]


# --- 4. Nuclear explosions (TidyTuesday 2019-08-20, nuclear_explosions.csv) --------------------------------------

# year: tests by each country
_NE_TESTS = _fields(
    "1945|USA 3;1946|USA 2;1948|USA 3;1949|USSR 1;1951|USA 16,USSR 2;1952|USA 10,UK 1;1953|USA 11,USSR 5,UK 2;"
    "1954|USA 6,USSR 10;1955|USA 18,USSR 6;1956|USA 18,USSR 9,UK 6;1957|USA 32,USSR 16,UK 7;"
    "1958|USA 77,USSR 34,UK 5;1960|FRANCE 3;1961|USA 10,USSR 59,FRANCE 2;1962|USA 96,USSR 79,UK 2,FRANCE 1;"
    "1963|USA 47,FRANCE 3;1964|USA 45,USSR 9,UK 2,FRANCE 3,CHINA 1;1965|USA 38,USSR 14,UK 1,FRANCE 4,CHINA 1;"
    "1966|USA 48,USSR 18,FRANCE 7,CHINA 3;1967|USA 42,USSR 17,FRANCE 3,CHINA 2;1968|USA 56,USSR 17,FRANCE 5,CHINA 1;"
    "1969|USA 46,USSR 19,CHINA 2;1970|USA 39,USSR 16,FRANCE 8,CHINA 1;1971|USA 24,USSR 23,FRANCE 5,CHINA 1;"
    "1972|USA 27,USSR 24,FRANCE 4,CHINA 2;1973|USA 24,USSR 17,FRANCE 6,CHINA 1;"
    "1974|USA 22,USSR 21,UK 1,FRANCE 9,CHINA 1,INDIA 1;1975|USA 22,USSR 19,FRANCE 2,CHINA 1;"
    "1976|USA 20,USSR 21,UK 1,FRANCE 5,CHINA 4;1977|USA 20,USSR 24,FRANCE 9,CHINA 1;"
    "1978|USA 19,USSR 31,UK 2,FRANCE 11,CHINA 3;1979|USA 15,USSR 31,UK 1,FRANCE 10,CHINA 1;"
    "1980|USA 14,USSR 24,UK 3,FRANCE 12,CHINA 1;1981|USA 16,USSR 21,UK 1,FRANCE 12;"
    "1982|USA 18,USSR 19,UK 1,FRANCE 6,CHINA 1;1983|USA 18,USSR 25,UK 1,FRANCE 9,CHINA 2;"
    "1984|USA 18,USSR 27,UK 2,FRANCE 8,CHINA 2;1985|USA 17,USSR 10,UK 1,FRANCE 8;1986|USA 14,UK 1,FRANCE 8;"
    "1987|USA 14,USSR 23,UK 1,FRANCE 8,CHINA 1;1988|USA 15,USSR 16,FRANCE 8,CHINA 1;"
    "1989|USA 11,USSR 7,UK 1,FRANCE 9;1990|USA 8,USSR 1,UK 1,FRANCE 6,CHINA 2;1991|USA 7,UK 1,FRANCE 6;"
    "1992|USA 6,CHINA 2;1993|CHINA 1;1994|CHINA 2;1995|FRANCE 5,CHINA 2;1996|FRANCE 1,CHINA 2;1998|INDIA 2,PAKIST 2"
)
# region: latitude, longitude
_NE_PLACES: dict[str, tuple[float, float]] = {
    "ALAMOGORDO": (32.54, -105.57),
    "HIROSHIMA": (34.23, 132.27),
    "NAGASAKI": (32.45, 129.52),
    "BIKINI": (11.59, 165.51),
    "ENEWETAK": (11.3, 162.15),
    "NTS": (37.1, -116.05),
    "PACIFIC": (1.8, -157.2),
    "JOHNSTON IS": (16.45, -169.32),
    "CHRISTMAS IS": (1.7, -157.2),
    "AMCHITKA AK": (51.43, 179.18),
    "CARLSBAD NM": (32.26, -103.87),
    "FARMINGTON": (36.68, -107.21),
    "RIFLE CO": (39.41, -107.95),
    "SEMI KAZAKH": (50.07, 78.0),
    "NZ RUSS": (73.37, 54.98),
    "AZGIR KAZAKH": (47.9, 47.91),
    "MURMANSK RUSS": (67.65, 33.78),
    "ORENBURG RUSS": (51.36, 54.75),
    "TYUMEN RUSS": (61.2, 70.68),
    "UKRAINE": (49.26, 37.43),
    "BASHKIR RUSS": (52.72, 55.72),
    "MONTEBELLO": (-20.4, 115.55),
    "EMU FIELD": (-28.7, 132.37),
    "MARALINGA": (-29.88, 131.62),
    "MALDEN IS": (-4.03, -154.93),
    "REGGANE ALG": (26.31, 0.05),
    "IN ECKER ALG": (24.05, 5.05),
    "MURUROA": (-21.83, -138.88),
    "FANGATAUFAA": (-22.24, -138.75),
    "LOP NOR": (41.55, 88.36),
    "POKHRAN": (27.07, 71.7),
    "CHAGAI": (28.9, 64.9),
    "KHARAN": (28.6, 63.95),
}
_NE_USSR_PNE = "AZGIR KAZAKH:10;MURMANSK RUSS:2;ORENBURG RUSS:6;TYUMEN RUSS:5;UKRAINE:2;BASHKIR RUSS:4"
_NE_SOURCES = {"USA": "DOE:88;SIP:8;NRD:4", "USSR": "MTM:84;SIP:10;UGS:6", "UK": "UGS:40;SIP:40;DOE:20"}
_NE_SOURCES |= {"FRANCE": "HFS:70;SIP:25;UGS:5", "CHINA": "SIP:60;DOE:40", "INDIA": "SIP:100", "PAKIST": "SIP:100"}
_NE_PURPOSES = "WR:80;WE:8;SE:3;WR/SE:3;WR/WE:2;FMS:2;SAM:2"
_NE_WORDS = _split(
    "ABLE;BAKER;EASY;FOX;GEORGE;HOW;ITEM;DOG;CHARLIE;SUGAR;UNCLE;RANGER;ROMEO;KOON;UNION;YANKEE;NECTAR;HOOD;"
    "SMOKY;PRISCILLA;DIABLO;BOLTZMANN;WILSON;OWENS;STOKES;SHASTA;DOPPLER;FRANKLIN;GALILEO;WHEELER;COULOMB;LAPLACE;"
    "FIZEAU;NEWTON;RAINIER;WHITNEY;CHARLESTON;MORGAN;HARDTACK;QUINCE;FIG;CACTUS;KOA;WAHOO;HOLLY;NUTMEG;YELLOWWOOD;"
    "MAGNOLIA;TOBACCO;SYCAMORE;ROSE;UMBRELLA;MAPLE;ASPEN;WALNUT;LINDEN;REDWOOD;ELDER;OAK;HICKORY;SEQUOIA;CEDAR;"
    "DOGWOOD;POPLAR;SCAEVOLA;PISONIA;JUNIPER;OLIVE;PINE;TEAK;ORANGE;MORA;HIDALGO;COLFAX;TAMALPAIS;NEPTUNE;LOGAN;"
    "DONA ANA;VESTA;RIO ARRIBA;SAN JUAN;SOCORRO;EDDY;LUNA;MERCURY;VALENCIA;MARS;MORA;HIDALGO;SANTA FE;BLANCA;"
    "GANYMEDE;SEDAN;DANNY BOY;GNOME;STARFISH;BLUESTONE;CHAMA;MARSHMALLOW;PACKARD;HANDCAR;CABRIOLET;BUGGY;SCHOONER;"
    "GASBUGGY;RULISON;RIO BLANCO;CANNIKIN;MILROW;LONG SHOT;BOXCAR;BENHAM;HANDLEY;JORUM;PILEDRIVER;GREELEY;FAULTLESS;"
    "ALMENDRO;MIGHTY EPIC;HURON KING;DIABLO HAWK;MINERS IRON;HUNTERS TROPHY;DIVIDER;BARNWELL;TEXARKANA;ICECAP;"
    "BULLION;HOYA;JUNCTION;DISTANT ZENITH;LUBBOCK;CORNERSTONE;CHANCELLOR;HARDIN;MONAHANS;AMARILLO;TIERRA;ROQUEFORT"
)
_NE_UK = _split("HURRICANE;TOTEM 1;TOTEM 2;MOSAIC G1;MOSAIC G2;BUFFALO 1;BUFFALO 2;BUFFALO 3;BUFFALO 4;ANTLER 1")
_NE_UK += _split("ANTLER 2;ANTLER 3;GRAPPLE 1;GRAPPLE 2;GRAPPLE 3;GRAPPLE X;GRAPPLE Y;GRAPPLE Z1;GRAPPLE Z2")
_NE_FRANCE = _split("GERBOISE BLEUE;GERBOISE BLANCHE;GERBOISE ROUGE;GERBOISE VERTE;AGATE;BERYL;EMERAUDE;AMETHYSTE")


def _ne_kind(rng: np.random.Generator, country: str, year: int) -> tuple[str, str]:
    """Where and how: the region and the type of a test."""
    if country == "USA":
        if year <= 1950:
            return str(_one(rng, ["BIKINI", "ENEWETAK"])), str(_one(rng, ["AIRDROP", "UW", "TOWER"], [3, 1, 3]))
        if year <= 1962 and rng.random() < (0.35 if year in (1952, 1954, 1956, 1958, 1962) else 0.0):
            region = "CHRISTMAS IS" if year == 1962 and rng.random() < 0.6 else str(_one(rng, ["BIKINI", "ENEWETAK"]))
            if year >= 1958 and rng.random() < 0.15:
                return "JOHNSTON IS", str(_one(rng, ["ROCKET", "SPACE"]))
            return region, str(_one(rng, ["AIRDROP", "BARGE", "SURFACE", "TOWER"], [4, 3, 1, 2]))
        if year <= 1962 and rng.random() < (0.9 if year < 1958 else 0.55 if year == 1958 else 0.25):
            return "NTS", str(_one(rng, ["TOWER", "AIRDROP", "BALLOON", "SURFACE", "ATMOSPH"], [45, 12, 25, 8, 10]))
        if rng.random() < 0.015:
            return str(_one(rng, ["AMCHITKA AK", "CARLSBAD NM", "FARMINGTON", "RIFLE CO"])), "SHAFT"
        return "NTS", str(_one(rng, ["SHAFT", "TUNNEL", "UG", "CRATER"], [74, 14, 10, 2]))
    if country == "USSR":
        if 1965 <= year <= 1988 and rng.random() < 0.2:
            return _draw(rng, _NE_USSR_PNE), "UG"
        if year < 1955 or (year < 1963 and rng.random() < 0.45):
            return "SEMI KAZAKH", str(_one(rng, ["ATMOSPH", "AIRDROP", "SURFACE", "TOWER"], [30, 40, 15, 15]))
        if year < 1963:
            return "NZ RUSS", str(_one(rng, ["AIRDROP", "ATMOSPH", "UW", "WATERSUR"], [80, 10, 5, 5]))
        if year < 1991 and rng.random() < 0.13:
            return "NZ RUSS", "TUNNEL"
        return "SEMI KAZAKH", str(_one(rng, ["TUNNEL", "SHAFT", "UG"], [45, 40, 15]))
    if country == "UK":
        if year <= 1956:
            place = {1952: "MONTEBELLO", 1953: "EMU FIELD"}.get(year, str(_one(rng, ["MONTEBELLO", "MARALINGA"])))
            return place, str(_one(rng, ["SURFACE", "TOWER", "AIRDROP"], [1, 3, 1]))
        if year <= 1958:
            return str(_one(rng, ["MALDEN IS", "CHRISTMAS IS", "MARALINGA"], [2, 5, 2])), "AIRDROP"
        return "NTS", "SHAFT"
    if country == "FRANCE":
        if year <= 1961 and rng.random() < 0.75:
            return "REGGANE ALG", str(_one(rng, ["TOWER", "SURFACE"]))
        if year <= 1966 and rng.random() < 0.7:
            return "IN ECKER ALG", "TUNNEL"
        if year <= 1974:
            return str(_one(rng, ["MURUROA", "FANGATAUFAA"], [8, 2])), str(_one(rng, ["BALLOON", "BARGE", "AIRDROP"]))
        return str(_one(rng, ["MURUROA", "FANGATAUFAA"], [9, 1])), "SHAFT"
    if country == "CHINA":
        if year <= 1980:
            return "LOP NOR", str(_one(rng, ["ATMOSPH", "AIRDROP", "TOWER", "SURFACE", "TUNNEL"], [3, 4, 2, 1, 1]))
        return "LOP NOR", str(_one(rng, ["UG", "TUNNEL", "SHAFT"], [4, 3, 2]))
    if country == "INDIA":
        return "POKHRAN", "SHAFT"
    return str(_one(rng, ["CHAGAI", "KHARAN"])), str(_one(rng, ["TUNNEL", "SHAFT"]))


_NE_UNDERGROUND = ("SHAFT", "TUNNEL", "UG", "CRATER")
# the largest yield (kt) each country ever reached above ground (Castle Bravo and the Tsar Bomba are added apart)
_NE_LARGEST = {"USA": 10400.0, "USSR": 24200.0, "UK": 3000.0, "FRANCE": 2600.0, "CHINA": 4000.0}


def _ne_yield(rng: np.random.Generator, country: str, year: int, region: str, kind: str) -> float:
    if kind in _NE_UNDERGROUND:
        level, spread, cap = (20.0, 1.3, 150.0 if year >= 1976 else 5000.0)
    elif region in ("BIKINI", "ENEWETAK", "CHRISTMAS IS", "JOHNSTON IS", "NZ RUSS", "MALDEN IS", "MURUROA"):
        level, spread, cap = (250.0 if year >= 1952 else 25.0, 1.6, 24200.0)
    else:
        level, spread, cap = (12.0, 1.3, 3000.0)
    if country in ("CHINA", "FRANCE") and kind not in _NE_UNDERGROUND:
        level *= 3
    cap = min(cap, 1450.0 if kind in ("ROCKET", "SPACE") else _NE_LARGEST.get(country, cap))
    return float(min(cap, rng.lognormal(np.log(level), spread)))


def _ne_round(x: float) -> float:
    return round(x, 1) if x < 10 else float(round(x))


def _nuclear_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6204)
    fixed = {
        (1945, 0): ("1945-07-16", "ALAMOGORDO", "TOWER", "WR", "TRINITY", 21.0, -0.03),
        (1945, 1): ("1945-08-05", "HIROSHIMA", "AIRDROP", "COMBAT", "LITTLE BOY", 15.0, -0.6),
        (1945, 2): ("1945-08-09", "NAGASAKI", "AIRDROP", "COMBAT", "FAT MAN", 21.0, -0.5),
    }
    rows: list[dict[str, Any]] = []
    joe = 0
    grapple = iter(_NE_UK)
    gerboise = iter(_NE_FRANCE)
    used: set[str] = set()
    for year_text, plan in _NE_TESTS:
        year = int(year_text)
        tests = [(c.split(" ")[0], k) for c in plan.split(",") for k in range(int(c.split(" ")[1]))]
        for k, (country, _j) in enumerate(tests):
            start, end = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
            day = start + pd.Timedelta(days=int(rng.integers(0, (end - start).days + 1)))
            region, kind = _ne_kind(rng, country, year)
            purpose = _draw(rng, _NE_PURPOSES)
            if region in ("AMCHITKA AK", "CARLSBAD NM", "FARMINGTON", "RIFLE CO") or region in _counts(_NE_USSR_PNE):
                purpose = "PNE"
            if country == "USA" and 1961 <= year <= 1973 and rng.random() < 0.04:
                purpose = "PNE"
            size = _ne_yield(rng, country, year, region, kind)
            name = ""
            if country == "USA":
                name = str(_one(rng, _NE_WORDS))
                while name in used:
                    name = f"{_one(rng, _NE_WORDS)} {_one(rng, _NE_WORDS)}"
                used.add(name)
            elif country == "USSR" and joe < 19 and year < 1962:
                joe += 1
                name = f"JOE {joe}"
            elif country == "UK":
                name = next(grapple, "")
            elif country == "FRANCE":
                name = next(gerboise, "")
            elif country == "INDIA" and year == 1974:
                name = "SMILING BUDDHA"
            depth = 0.0
            if kind in _NE_UNDERGROUND:
                depth = 0.0 if rng.random() < 0.25 else round(float(rng.uniform(0.15, 1.3)), 3)
            elif kind in ("AIRDROP", "ATMOSPH"):
                depth = -round(float(rng.uniform(0.4, 4.0)), 2)
            elif kind in ("TOWER", "BALLOON"):
                depth = -round(float(rng.uniform(0.03, 0.45)), 3)
            elif kind in ("ROCKET", "SPACE"):
                depth = -round(float(rng.uniform(20, 400)), 1)
            row = {
                "date": day,
                "country": country,
                "region": region,
                "type": kind,
                "purpose": purpose,
                "name": name or None,
                "size": size,
                "depth": depth,
            }
            if (year, k) in fixed:
                when, region, kind, purpose, name, size, depth = fixed[(year, k)]
                row |= {"date": pd.Timestamp(when), "region": region, "type": kind, "purpose": purpose}
                row |= {"name": name, "size": size, "depth": depth}
            rows.append(row)
    frame = pd.DataFrame(rows)
    tsar = frame.index[(frame["date"].dt.year == 1961) & (frame["region"] == "NZ RUSS")][0]
    frame.loc[tsar, ["date", "type", "purpose", "size", "depth"]] = [
        pd.Timestamp("1961-10-30"),
        "AIRDROP",
        "WR",
        5e4,
        -4.0,
    ]
    bravo = frame.index[(frame["date"].dt.year == 1954) & (frame["region"] == "BIKINI")][0]
    frame.loc[bravo, ["date", "type", "name", "size", "depth"]] = [
        pd.Timestamp("1954-02-28"),
        "SURFACE",
        "BRAVO",
        15e3,
        0.0,
    ]
    frame = frame.sort_values("date", kind="stable", ignore_index=True)
    n = len(frame)
    place = [_NE_PLACES[r] for r in frame["region"]]
    sizes = frame["size"].to_numpy(dtype=float)
    small = (frame["type"].isin(_NE_UNDERGROUND) & (frame["country"] == "USA")).to_numpy() & (rng.random(n) < 0.35)
    small &= sizes < 20
    exact = (rng.random(n) < 0.55) | (sizes >= 15e3)
    lower = np.where(small, 0.0, np.where(exact, sizes, sizes * rng.uniform(0.3, 0.9, n)))
    upper = np.where(small, 20.0, sizes)
    blank = rng.random(n) < 0.025
    blank[frame["size"].to_numpy() >= 15e3] = False
    under = frame["type"].isin(_NE_UNDERGROUND).to_numpy()
    body = np.where(
        under & (rng.random(n) < 0.72), np.round(3.9 + 0.75 * np.log10(sizes) + rng.normal(0, 0.2, n), 1), 0
    )
    surface = np.where(body > 5.2, np.round(body - 1.1 + rng.normal(0, 0.15, n), 1), 0.0)
    years = frame["date"].dt.year
    frame["id_no"] = (years % 100) * 1000 + frame.groupby(years).cumcount() + 1
    out = pd.DataFrame(
        {
            "date_long": frame["date"].dt.strftime("%Y%m%d").astype(int),
            "year": years,
            "id_no": frame["id_no"],
            "country": frame["country"],
            "region": frame["region"],
            "source": [_draw(rng, _NE_SOURCES[c]) for c in frame["country"]],
            "latitude": [round(lat + float(rng.normal(0, 0.05)), 4) for lat, _ in place],
            "longitude": [round(lon + float(rng.normal(0, 0.05)), 4) for _, lon in place],
            "magnitude_body": body,
            "magnitude_surface": surface,
            "depth": frame["depth"],
            "yield_lower": np.where(blank, np.nan, [_ne_round(x) for x in lower]),
            "yield_upper": np.where(blank, np.nan, [_ne_round(x) for x in upper]),
            "purpose": frame["purpose"],
            "name": frame["name"],
            "type": frame["type"],
        }
    )
    return out


def _ne_busiest(d: pd.DataFrame) -> int:
    return int(_top(d["year"].value_counts()))


def _ne_weapons(exact: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        purpose = _text(d["purpose"])
        return float((purpose == "WR").mean() if exact else purpose.str.contains("WR").mean())

    return share


def _ne_biggest(d: pd.DataFrame) -> pd.Series:
    return d.loc[d["yield_upper"].idxmax()]


_NE_COUNTRIES = ("USA", "USSR", "UK", "FRANCE", "CHINA", "INDIA", "PAKIST")
_NE_ALIASES = {
    "USSR": ("Soviet Union", "Soviet", "U.S.S.R."),
    "USA": ("United States", "U.S."),
    "PAKIST": ("Pakistan",),
}
_NE_ALIASES |= {"FRANCE": ("France",), "CHINA": ("China",), "INDIA": ("India",), "UK": ("United Kingdom", "Britain")}
_NE_ID = ("id_no", "name")
_NUCLEAR_QS = [
    Q(
        "how many tests did each country carry out?",
        _count(lambda d: _text(d["country"]).value_counts().to_numpy()),
        (*_NE_ID, "country"),
    ),
    Q(
        "which year had the most explosions",
        _lead(_year(_ne_busiest)),
        (*_NE_ID, "year", "date_long"),
    ),
    Q(
        "and how many were there that year?",
        _count(lambda d: float((d["year"] == _ne_busiest(d)).sum())),
        (*_NE_ID, "year", "date_long"),
    ),
    Q(
        "what share of the tests were for weapons research?",
        either(_share(_ne_weapons(True)), _share(_ne_weapons(False))),
        (*_NE_ID, "purpose"),
    ),
    Q(
        "average upper yield by country",
        _scaled(lambda d: d.groupby(_text(d["country"]))["yield_upper"].mean().to_numpy(), (1e3,)),
        (*_NE_ID, "country", "yield_upper"),
    ),
    Q(
        "what was the biggest explosion - when was it and which country?",
        both(
            _year(lambda d: int(_ne_biggest(d)["year"])),
            _named(lambda d: str(_ne_biggest(d)["country"]), _NE_ALIASES),
        ),
        (*_NE_ID, "yield_upper", "yield_lower", "year", "date_long", "country"),
    ),
]


# --- 5. MovieLens ratings (GroupLens ml-latest-small, ratings.csv joined with movies.csv) --------------------------

# movieId|title|genres|popularity|quality (stars above or below the average)
_ML_KNOWN = _fields(
    "356|Forrest Gump (1994)|Comedy|Drama|Romance|War|380|0.55;"
    "318|Shawshank Redemption, The (1994)|Crime|Drama|330|0.95;"
    "296|Pulp Fiction (1994)|Comedy|Crime|Drama|Thriller|310|0.7;"
    "593|Silence of the Lambs, The (1991)|Crime|Horror|Thriller|280|0.6;"
    "2571|Matrix, The (1999)|Action|Sci-Fi|Thriller|270|0.6;"
    "260|Star Wars: Episode IV - A New Hope (1977)|Action|Adventure|Sci-Fi|250|0.65;"
    "480|Jurassic Park (1993)|Action|Adventure|Sci-Fi|Thriller|238|0.2;"
    "110|Braveheart (1995)|Action|Drama|War|237|0.45;"
    "589|Terminator 2: Judgment Day (1991)|Action|Sci-Fi|224|0.45;"
    "527|Schindler's List (1993)|Drama|War|220|0.75;"
    "2959|Fight Club (1999)|Action|Crime|Drama|Thriller|218|0.75;"
    "1|Toy Story (1995)|Adventure|Animation|Children|Comedy|Fantasy|215|0.4;"
    "1196|Star Wars: Episode V - The Empire Strikes Back (1980)|Action|Adventure|Sci-Fi|211|0.65;"
    "50|Usual Suspects, The (1995)|Crime|Mystery|Thriller|204|0.75;"
    "2858|American Beauty (1999)|Drama|Romance|204|0.55;"
    "47|Seven (a.k.a. Se7en) (1995)|Mystery|Thriller|203|0.45;"
    "780|Independence Day (a.k.a. ID4) (1996)|Action|Adventure|Sci-Fi|Thriller|202|-0.15;"
    "150|Apollo 13 (1995)|Adventure|Drama|IMAX|201|0.35;"
    "1198|Raiders of the Lost Ark (Indiana Jones and the Raiders of the Lost Ark) (1981)|Action|Adventure|200|0.65;"
    "4993|Lord of the Rings: The Fellowship of the Ring, The (2001)|Adventure|Fantasy|198|0.6;"
    "1210|Star Wars: Episode VI - Return of the Jedi (1983)|Action|Adventure|Sci-Fi|196|0.45;"
    "858|Godfather, The (1972)|Crime|Drama|192|0.85;"
    "457|Fugitive, The (1993)|Thriller|190|0.35;"
    "592|Batman (1989)|Action|Crime|Thriller|189|0.0;"
    "2028|Saving Private Ryan (1998)|Action|Drama|War|188|0.55;"
    "5952|Lord of the Rings: The Two Towers, The (2002)|Adventure|Fantasy|188|0.55;"
    "7153|Lord of the Rings: The Return of the King, The (2003)|Action|Adventure|Drama|Fantasy|185|0.6;"
    "588|Aladdin (1992)|Adventure|Animation|Children|Comedy|Musical|183|0.2;"
    "608|Fargo (1996)|Comedy|Crime|Drama|Thriller|181|0.6;"
    "2762|Sixth Sense, The (1999)|Drama|Horror|Mystery|179|0.5;"
    "380|True Lies (1994)|Action|Adventure|Comedy|Romance|Thriller|178|-0.1;"
    "32|Twelve Monkeys (a.k.a. 12 Monkeys) (1995)|Mystery|Sci-Fi|Thriller|177|0.4;"
    "590|Dances with Wolves (1990)|Adventure|Drama|Western|164|0.2;"
    "1270|Back to the Future (1985)|Adventure|Comedy|Sci-Fi|171|0.5;"
    "3578|Gladiator (2000)|Action|Adventure|Drama|170|0.45;"
    "4226|Memento (2000)|Mystery|Thriller|159|0.65;"
    "58559|Dark Knight, The (2008)|Action|Crime|Drama|IMAX|149|0.7;"
    "79132|Inception (2010)|Action|Crime|Drama|Mystery|Sci-Fi|Thriller|IMAX|143|0.65;"
    "364|Lion King, The (1994)|Adventure|Animation|Children|Drama|Musical|IMAX|172|0.4;"
    "1721|Titanic (1997)|Drama|Romance|140|-0.1;"
    "1704|Good Will Hunting (1997)|Drama|Romance|141|0.55;"
    "4306|Shrek (2001)|Adventure|Animation|Children|Comedy|Fantasy|Romance|170|0.25;"
    "1580|Men in Black (a.k.a. MIB) (1997)|Action|Comedy|Sci-Fi|165|0.0;"
    "367|Mask, The (1994)|Action|Comedy|Crime|Fantasy|157|-0.3;"
    "344|Ace Ventura: Pet Detective (1994)|Comedy|161|-0.5;"
    "377|Speed (1994)|Action|Romance|Thriller|171|-0.05;"
    "231|Dumb & Dumber (Dumb and Dumber) (1994)|Adventure|Comedy|133|-0.45;"
    "912|Casablanca (1942)|Drama|Romance|100|0.75;"
    "4973|Amelie (Fabuleux destin d'Amélie Poulain, Le) (2001)|Comedy|Romance|120|0.65;"
    "7361|Eternal Sunshine of the Spotless Mind (2004)|Drama|Romance|Sci-Fi|131|0.6;"
    "6377|Finding Nemo (2003)|Adventure|Animation|Children|Comedy|141|0.35;"
    "6874|Kill Bill: Vol. 1 (2003)|Action|Crime|Thriller|131|0.35;"
    "4886|Monsters, Inc. (2001)|Adventure|Animation|Children|Comedy|Fantasy|132|0.3;"
    "1197|Princess Bride, The (1987)|Action|Adventure|Comedy|Fantasy|Romance|142|0.6;"
    "1214|Alien (1979)|Horror|Sci-Fi|146|0.45;"
    "1222|Full Metal Jacket (1987)|Drama|War|102|0.55;"
    "1208|Apocalypse Now (1979)|Action|Drama|War|107|0.6;"
    "1090|Platoon (1986)|Drama|War|63|0.45;"
    "1250|Bridge on the River Kwai, The (1957)|Adventure|Drama|War|50|0.55;"
    "68157|Inglourious Basterds (2009)|Action|Drama|War|88|0.55;"
    "750|Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb (1964)|Comedy|War|97|0.75;"
    "5669|Bowling for Columbine (2002)|Documentary|58|0.35;"
    "8622|Fahrenheit 9/11 (2004)|Documentary|36|0.15;"
    "34072|March of the Penguins (Marche de l'empereur, La) (2005)|Documentary|24|0.2;"
    "913|Maltese Falcon, The (1941)|Film-Noir|Mystery|45|0.6;"
    "1252|Chinatown (1974)|Crime|Film-Noir|Mystery|Thriller|59|0.55;"
    "1617|L.A. Confidential (1997)|Crime|Film-Noir|Mystery|Thriller|93|0.6;"
    "1407|Scream (1996)|Comedy|Horror|Mystery|Thriller|98|-0.3;"
    "2710|Blair Witch Project, The (1999)|Drama|Horror|Thriller|86|-0.55;"
    "1258|Shining, The (1980)|Horror|109|0.5;"
    "1201|Good, the Bad and the Ugly, The (Buono, il brutto, il cattivo, Il) (1966)|Action|Adventure|Western|75|0.7;"
    "1266|Unforgiven (1992)|Drama|Western|62|0.5;"
    "1380|Grease (1978)|Comedy|Musical|Romance|69|-0.2;"
    "1035|Sound of Music, The (1965)|Musical|Romance|50|0.15"
)
# genre: how often a made-up film carries it, shift in its ratings
_ML_GENRES: dict[str, tuple[float, float]] = {
    "Drama": (0.45, 0.12),
    "Comedy": (0.38, -0.12),
    "Thriller": (0.2, -0.05),
    "Action": (0.18, -0.12),
    "Romance": (0.16, 0.0),
    "Adventure": (0.13, -0.05),
    "Crime": (0.12, 0.08),
    "Sci-Fi": (0.09, -0.1),
    "Horror": (0.09, -0.4),
    "Fantasy": (0.08, -0.05),
    "Children": (0.07, -0.2),
    "Animation": (0.05, 0.1),
    "Mystery": (0.06, 0.05),
    "Documentary": (0.04, 0.25),
    "War": (0.04, 0.3),
    "Musical": (0.03, 0.0),
    "Western": (0.02, 0.05),
    "IMAX": (0.01, 0.0),
}
_ML_ADJ = _split(
    "Last;Dark;Lost;Silent;Broken;Hidden;Golden;Wild;Little;Final;Secret;Endless;Perfect;Crimson;Quiet;Burning;"
    "Frozen;Savage;Beautiful;American;Midnight;Electric;Dangerous;Lonely;Sweet;Bitter;Blue;Long;Strange;Second"
)
_ML_NOUN = _split(
    "Summer;Road;Heart;City;River;Game;Night;House;Island;Dream;Kingdom;Empire;Promise;Garden;Storm;Shadow;Station;"
    "Horizon;Mountain;Hour;Letter;Winter;Song;Journey;Crossing;Frontier;Machine;Harvest;Ghost;Mirror;Echo;Line;"
    "Season;Witness;Stranger;Bridge;Voyage;Prisoner;Daughter;Son;Angel;Sky;Fire;Tide;Valley;Wolf;Hotel;Border"
)
# the year a user started rating: weight (the site allowed half stars from 18 February 2003)
_ML_STARTS = (
    "1996:9;1997:3;1998:2;1999:6;2000:16;2001:4;2002:3;2003:4;2004:4;2005:5;2006:5;2007:4;2008:4;2009:3;2010:3;"
    "2011:3;2012:3;2013:2;2014:2;2015:5;2016:7;2017:6;2018:4"
)
_ML_HALVES = pd.Timestamp("2003-02-18").timestamp()


def _ml_made_up(rng: np.random.Generator, used: set[str]) -> tuple[str, str]:
    genres = [g for g, (p, _s) in _ML_GENRES.items() if rng.random() < p]
    while True:
        a, b, c = str(_one(rng, _ML_ADJ)), str(_one(rng, _ML_NOUN)), str(_one(rng, _ML_NOUN))
        core = str(_one(rng, [f"{a} {b}", f"{b} of the {c}", f"The {a} {b}", f"{b} {int(rng.integers(2, 4))}"]))
        if core.startswith("The "):
            core = f"{core[4:]}, The"
        if core not in used:
            break
    used.add(core)
    year = int(np.clip(round(rng.normal(2000, 11)), 1930, 2018))
    return f"{core} ({year})", "|".join(genres) if genres else "(no genres listed)"


def _movielens_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6205)
    movies: list[dict[str, Any]] = []
    for line in _ML_KNOWN:
        movies.append(
            {"movieId": int(line[0]), "title": line[1], "genres": "|".join(line[2:-2]), "pop": float(line[-2])}
        )
        movies[-1]["quality"] = float(line[-1])
    used = {m["title"] for m in movies}
    ids = {int(m["movieId"]) for m in movies}
    for _ in range(640):
        title, genres = _ml_made_up(rng, used)
        movie_id = int(rng.integers(2, 190_000))
        while movie_id in ids:
            movie_id = int(rng.integers(2, 190_000))
        ids.add(movie_id)
        quality = float(rng.normal(-0.15, 0.45))
        movies.append(
            {"movieId": movie_id, "title": title, "genres": genres, "pop": float(rng.lognormal(np.log(7), 1.1))}
        )
        movies[-1]["quality"] = quality
    table = pd.DataFrame(movies)
    shift = table["genres"].map(
        lambda g: float(np.mean([_ML_GENRES.get(x, (0, 0.0))[1] for x in g.split("|")])) if "(" not in g else 0.0
    )
    table["quality"] = table["quality"] + np.where(table.index >= len(_ML_KNOWN), shift, 0.0)
    released = table["title"].str.extract(r"\((\d{4})\)$")[0].astype(int).to_numpy()
    rows: list[dict[str, Any]] = []
    user = 0
    while True:
        k = 20 + int(min(280, rng.lognormal(np.log(12), 1.1)))
        if len(rows) + k > 5000:
            break
        user += 1
        bias = float(rng.normal(0, 0.4))
        start_year = int(_draw(rng, _ML_STARTS))
        start = pd.Timestamp(start_year, 1, 1) + pd.Timedelta(days=float(rng.uniform(0, 364)))
        if start_year == 2018:
            start = pd.Timestamp("2018-01-01") + pd.Timedelta(days=float(rng.uniform(0, 240)))
        weights = table["pop"].to_numpy() * (released <= start.year)
        picks = rng.choice(len(table), min(k, int((weights > 0).sum()) // 2), replace=False, p=weights / weights.sum())
        for idx in picks:
            movie = table.iloc[int(idx)]
            when = start + pd.Timedelta(minutes=float(rng.exponential(90)))
            if rng.random() < 0.12:
                when += pd.Timedelta(days=float(rng.exponential(150)))
            when = min(when, pd.Timestamp("2018-09-24"))
            stamp = int(when.timestamp())
            score = 3.5 + bias + float(movie["quality"]) + float(rng.normal(0, 0.75))
            step = 1.0 if stamp < _ML_HALVES else 0.5
            rating = float(np.clip(round(score / step) * step, step, 5.0))
            rows.append(
                {
                    "userId": user,
                    "movieId": int(movie["movieId"]),
                    "rating": rating,
                    "timestamp": stamp,
                    "title": str(movie["title"]),
                    "genres": str(movie["genres"]),
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["userId", "movieId"], kind="stable", ignore_index=True)


def _ml_forms(title: str) -> list[str]:
    """A MovieLens title without its year, its alternative names or the article moved to the end, as people write it:
    "Shawshank Redemption, The (1994)" as "The Shawshank Redemption" or "Shawshank Redemption"."""
    core = title.rsplit(" (", 1)[0] if title.rstrip().endswith(")") else title
    plain = core.split(" (")[0].strip() or core
    forms = [core, plain]
    for article in ("The", "A", "An", "Il", "La", "Le"):
        if plain.endswith(f", {article}"):
            bare = plain[: -len(article) - 2]
            forms += [bare, f"{article} {bare}"]
    return forms


def _ml_counts(d: pd.DataFrame) -> pd.Series:
    return _ranked(_text(d["title"]).value_counts())


def _ml_top(d: pd.DataFrame) -> str:
    return str(_ml_counts(d).index[0])


def _ml_genre(d: pd.DataFrame) -> str:
    genres = _text(d["genres"]).str.split("|")
    exploded = d.assign(_g=genres).explode("_g")
    exploded = exploded[exploded["_g"] != "(no genres listed)"]
    return _top(exploded.groupby("_g")["rating"].mean())


def _ml_years(d: pd.DataFrame) -> int:
    return int(_top(pd.to_datetime(d["timestamp"], unit="s").dt.year.value_counts()))


def _ml_heavy(strict: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        per_user = d.groupby("userId")["movieId"].nunique()
        return float((per_user > 50).sum() if strict else (per_user >= 50).sum())

    return count


_ML_ID = ("userId", "movieId", "title")
_MOVIELENS_QS = [
    Q(
        "what's the average rating",
        _has(lambda d: float(d["rating"].mean()), rel=0.003),
        (*_ML_ID, "rating"),
    ),
    Q(
        "top 5 most rated movies",
        _top_forms(_ml_counts, 5, _ml_forms),
        (*_ML_ID,),
    ),
    Q(
        "whats the average rating of the first one?",
        _has(lambda d: float(d.loc[_text(d["title"]) == _ml_top(d), "rating"].mean()), rel=0.003),
        (*_ML_ID, "rating"),
    ),
    Q(
        "which genre has the highest average rating?",
        _lead(_named(_ml_genre)),
        (*_ML_ID, "genres", "rating"),
    ),
    Q(
        "plot number of ratings per year. which year had the most ratings",
        _lead(_year(_ml_years)),
        (*_ML_ID, "timestamp"),
    ),
    Q(
        "how many users rated more than 50 movies?",
        either(_count(_ml_heavy(True)), _count(_ml_heavy(False))),
        (*_ML_ID,),
    ),
]


# --- 6. UK road safety accidents (Department for Transport, Accidents0515.csv) -------------------------------------

# police force code: name, share of accidents (%), latitude, longitude, spread (degrees), first local authority
# district code and how many there are, highway authority codes ("prefix:first:count")
_RS_FORCES: dict[int, tuple[str, float, float, float, float, int, int, str]] = {
    1: ("Metropolitan Police", 16.5, 51.505, -0.12, 0.12, 1, 32, "E09000:001:33"),
    4: ("Lancashire", 4.0, 53.78, -2.65, 0.2, 90, 14, "E10000017:0:1;E06000008:0:1;E06000009:0:1"),
    5: ("Merseyside", 2.7, 53.42, -2.95, 0.08, 100, 5, "E08000:011:5"),
    6: ("Greater Manchester", 5.6, 53.48, -2.24, 0.12, 102, 10, "E08000:001:10"),
    13: ("West Yorkshire", 5.2, 53.76, -1.65, 0.14, 200, 5, "E08000:032:5"),
    14: ("South Yorkshire", 2.9, 53.45, -1.35, 0.12, 210, 4, "E08000:016:4"),
    10: ("Northumbria", 2.9, 55.0, -1.6, 0.2, 60, 6, "E08000:021:5;E06000057:0:1"),
    20: ("West Midlands", 5.4, 52.48, -1.9, 0.12, 300, 7, "E08000:025:7"),
    31: ("Nottinghamshire", 2.4, 53.05, -1.15, 0.15, 360, 8, "E10000024:0:1;E06000018:0:1"),
    42: ("Essex", 3.9, 51.75, 0.55, 0.2, 640, 14, "E10000012:0:1;E06000033:0:1;E06000034:0:1"),
    43: ("Thames Valley", 5.2, 51.6, -1.1, 0.3, 600, 16, "E10000002:0:1;E10000025:0:1;E06000036:0:1"),
    44: ("Hampshire", 4.6, 50.95, -1.3, 0.3, 500, 15, "E10000014:0:1;E06000044:0:1;E06000045:0:1"),
    46: ("Kent", 4.4, 51.25, 0.7, 0.25, 540, 13, "E10000016:0:1;E06000035:0:1"),
    47: ("Sussex", 4.1, 50.9, -0.2, 0.25, 560, 13, "E10000011:0:1;E10000032:0:1;E06000043:0:1"),
    50: ("Devon and Cornwall", 3.6, 50.5, -4.0, 0.5, 700, 12, "E10000008:0:1;E06000052:0:1;E06000026:0:1"),
    52: ("Avon and Somerset", 3.3, 51.35, -2.6, 0.2, 720, 10, "E06000023:0:1;E10000027:0:1;E06000022:0:1"),
    62: ("South Wales", 2.6, 51.55, -3.4, 0.2, 744, 8, "W06000:011:8"),
    97: ("Strathclyde", 4.0, 55.85, -4.25, 0.3, 916, 12, "S12000:046:12"),
    95: ("Lothian and Borders", 1.9, 55.9, -3.2, 0.2, 923, 4, "S12000:036:4"),
    93: ("Tayside", 0.9, 56.46, -3.0, 0.25, 930, 3, "S12000:041:3"),
}
# the borough codes in the Metropolitan Police's accident references
_RS_BOROUGHS = _split("BS;CW;EK;GD;HT;JC;KD;NS;PL;QK;SX;TX;WW;XB;YE;ZT;AA;BW;CH;JI;KF;LX;MM;PY;RG;TW;VK;YR")
_RS_YEARS = (
    "2005:198735;2006:189161;2007:182115;2008:170591;2009:163554;2010:154414;2011:151474;2012:145571;2013:138660;"
    "2014:146322;2015:140056"
)
# Monday to Sunday (pandas' order)
_RS_WEEKDAYS = np.array([14.3, 14.9, 15.0, 15.1, 16.6, 13.2, 10.9])
_RS_MONTHS = np.array([8.0, 7.4, 7.9, 7.7, 8.5, 8.5, 8.9, 8.1, 8.6, 9.1, 9.2, 8.7])
_RS_HOURS = (
    "0:1.2;1:0.9;2:0.7;3:0.5;4:0.4;5:0.7;6:1.6;7:4.2;8:7.3;9:4.9;10:4.5;11:5.2;12:5.9;13:6.0;14:6.1;15:7.6;16:8.3;"
    "17:9.8;18:7.1;19:5.2;20:3.8;21:3.2;22:2.7;23:2.1"
)
_RS_COLUMNS = _split(
    "Accident_Index;Location_Easting_OSGR;Location_Northing_OSGR;Longitude;Latitude;Police_Force;Accident_Severity;"
    "Number_of_Vehicles;Number_of_Casualties;Date;Day_of_Week;Time;Local_Authority_(District);"
    "Local_Authority_(Highway);1st_Road_Class;1st_Road_Number;Road_Type;Speed_limit;Junction_Detail;Junction_Control;"
    "2nd_Road_Class;2nd_Road_Number;Pedestrian_Crossing-Human_Control;Pedestrian_Crossing-Physical_Facilities;"
    "Light_Conditions;Weather_Conditions;Road_Surface_Conditions;Special_Conditions_at_Site;Carriageway_Hazards;"
    "Urban_or_Rural_Area;Did_Police_Officer_Attend_Scene_of_Accident;LSOA_of_Accident_Location"
)


def _rs_highway(rng: np.random.Generator, table: str) -> str:
    prefix, first, count = str(_one(rng, _split(table))).split(":")
    if int(count) == 1:
        return prefix
    return f"{prefix}{int(first) + int(rng.integers(0, int(count))):03d}"


def _rs_grid(lat: float, lon: float) -> tuple[int, int]:
    """A rough OSGB36 easting and northing."""
    east = 400_000 + (lon + 2.0) * 111_320 * np.cos(np.radians(lat))
    north = (lat - 49.766) * 111_132 - 10_000
    return int(round(east / 10) * 10), int(round(north / 10) * 10)


def _rs_accident(rng: np.random.Generator, force: int, day: pd.Timestamp, hour: int) -> dict[str, Any]:
    _name, _w, lat0, lon0, spread, district0, districts, highways = _RS_FORCES[force]
    rural = bool(rng.random() < (0.12 if force == 1 else 0.42))
    dark = hour < 6 or hour >= 20 or (hour in (6, 7, 17, 18, 19) and day.month in (11, 12, 1, 2) and rng.random() < 0.7)
    road_class = int(_one(rng, [1, 2, 3, 4, 5, 6], [5, 0.3, 48, 14, 10, 23] if rural else [1.5, 0.3, 44, 12, 6, 36]))
    if road_class in (1, 2):
        road_type, limit = int(_one(rng, [3, 7], [88, 12])), 70
    else:
        road_type = int(_one(rng, [6, 3, 1, 2, 7, 9], [76, 12, 7, 2.5, 1.5, 1]))
        limit = int(_one(rng, [30, 40, 50, 60, 70], [12, 16, 8, 52, 12] if rural else [84, 8, 1.5, 1.5, 1]))
        if not rural and rng.random() < 0.05:
            limit = 20
        if road_type == 3 and limit == 60:
            limit = 70
    vehicles = int(_one(rng, [1, 2, 3, 4, 5, 6], [30, 58, 8.5, 2.3, 0.8, 0.4]))
    casualties = 1 + int(rng.poisson(0.17 + 0.09 * (vehicles - 1) + 0.004 * (limit - 30) + 0.08 * rural))
    fatal = 0.0065 + 0.00028 * (limit - 30) + 0.006 * rural + 0.004 * dark + 0.002 * (casualties - 1)
    serious = 0.11 + 0.0012 * (limit - 30) + 0.03 * rural + 0.02 * dark
    roll = rng.random()
    severity = 1 if roll < fatal else 2 if roll < fatal + serious else 3
    weather = int(_one(rng, [1, 2, 3, 4, 5, 6, 7, 8, 9, -1], [80, 11.8, 0.8, 1.3, 1.3, 0.1, 0.6, 2.0, 2.0, 0.1]))
    if weather in (2, 5):
        surface = int(_one(rng, [2, 1, 5], [92, 7, 1]))
    elif weather in (3, 6):
        surface = int(_one(rng, [3, 4, 2], [50, 30, 20]))
    else:
        surface = int(_one(rng, [1, 2, 4, 3, -1], [82, 14, 3, 0.5, 0.5]))
    light = int(_one(rng, [4, 5, 6, 7], [20, 1, 18, 3] if rural else [80, 2, 4, 5])) if dark else 1
    junction = int(_one(rng, [0, 1, 2, 3, 5, 6, 7, 8, 9], [40, 9, 2, 30, 1, 9, 1, 3, 5]))
    control = -1 if junction == 0 else int(_one(rng, [4, 2, 3, 1], [70, 22, 5, 3]))
    second = -1 if junction == 0 else int(_one(rng, [6, 3, 4, 5], [60, 22, 8, 10]))
    lat = lat0 + float(rng.normal(0, spread))
    lon = lon0 + float(rng.normal(0, spread * 1.5))
    east, north = _rs_grid(lat, lon)
    scotland = force >= 91
    return {
        "Location_Easting_OSGR": east,
        "Location_Northing_OSGR": north,
        "Longitude": round(lon, 6),
        "Latitude": round(lat, 6),
        "Police_Force": force,
        "Accident_Severity": severity,
        "Number_of_Vehicles": vehicles,
        "Number_of_Casualties": casualties,
        "Local_Authority_(District)": district0 + int(rng.integers(0, districts)),
        "Local_Authority_(Highway)": _rs_highway(rng, highways),
        "1st_Road_Class": road_class,
        "1st_Road_Number": 0
        if road_class == 6
        else int(rng.integers(1, 6000))
        if road_class > 2
        else int(rng.integers(1, 70)),
        "Road_Type": road_type,
        "Speed_limit": limit,
        "Junction_Detail": junction,
        "Junction_Control": control,
        "2nd_Road_Class": second,
        "2nd_Road_Number": -1 if junction == 0 else 0 if second == 6 else int(rng.integers(1, 6000)),
        "Pedestrian_Crossing-Human_Control": int(_one(rng, [0, 1, 2, -1], [99, 0.4, 0.5, 0.1])),
        "Pedestrian_Crossing-Physical_Facilities": int(_one(rng, [0, 1, 4, 5, 7, 8, -1], [84, 3, 4, 7, 0.5, 1, 0.5])),
        "Light_Conditions": light,
        "Weather_Conditions": weather,
        "Road_Surface_Conditions": surface,
        "Special_Conditions_at_Site": int(_one(rng, [0, 1, 4, 5, 6, 7, -1], [97.5, 0.3, 1, 0.2, 0.5, 0.4, 0.1])),
        "Carriageway_Hazards": int(_one(rng, [0, 1, 2, 3, 6, 7, -1], [98.2, 0.3, 0.6, 0.2, 0.3, 0.3, 0.1])),
        "Urban_or_Rural_Area": 2 if rural else 1,
        "Did_Police_Officer_Attend_Scene_of_Accident": int(_one(rng, [1, 2, 3], [80, 19.6, 0.4])),
        "LSOA_of_Accident_Location": None
        if scotland
        else f"{'W' if force >= 60 else 'E'}0{int(rng.integers(1000000, 1034000))}",
    }


def _road_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6206)
    n = 5000
    years = [int(y) for y in _deal(rng, _RS_YEARS, n)]
    forces = [int(f) for f in _deal(rng, ";".join(f"{k}:{v[1]}" for k, v in _RS_FORCES.items()), n)]
    hours = [int(h) for h in _deal(rng, _RS_HOURS, n)]
    calendars: dict[int, tuple[pd.DatetimeIndex, np.ndarray]] = {}
    for year in sorted(set(years)):
        days = pd.date_range(f"{year}-01-01", f"{year}-12-31", freq="D")
        w = _RS_WEEKDAYS[days.day_of_week.to_numpy()] * _RS_MONTHS[days.month.to_numpy() - 1]
        calendars[year] = (days, w / w.sum())
    sequence: dict[tuple[int, int], int] = {}
    rows: list[dict[str, Any]] = []
    for year, force, hour in zip(years, forces, hours, strict=True):
        days, p = calendars[year]
        day = days[int(rng.choice(len(days), p=p))]
        minute = int(_one(rng, [0, 15, 30, 45, int(rng.integers(0, 60))], [12, 6, 10, 6, 66]))
        row = _rs_accident(rng, force, day, hour)
        sequence[(year, force)] = sequence.get((year, force), 0) + int(rng.integers(1, 60))
        serial = sequence[(year, force)]
        tag = f"{_one(rng, _RS_BOROUGHS)}{serial:05d}" if force == 1 else f"{serial:07d}"
        if force not in (1, 97, 95, 93) and rng.random() < 0.5:
            tag = f"{_one(rng, list('ABCDEFGHJK'))}{serial:06d}"
        rows.append(
            {
                "Accident_Index": f"{year}{force:02d}{tag}",
                "Date": f"{day:%d/%m/%Y}",
                "Day_of_Week": (day.day_of_week + 1) % 7 + 1,
                "Time": f"{hour:02d}:{minute:02d}",
                **row,
            }
        )
    frame = pd.DataFrame(rows)
    frame = frame.drop_duplicates("Accident_Index").sort_values("Accident_Index", ignore_index=True)
    m = len(frame)
    lost = rng.random(m) < 0.003
    frame.loc[lost, ["Location_Easting_OSGR", "Location_Northing_OSGR", "Longitude", "Latitude"]] = np.nan
    frame.loc[rng.random(m) < 0.0015, "Time"] = None
    return frame[_RS_COLUMNS]


_RS_DAYS = {1: "Sunday", 2: "Monday", 3: "Tuesday", 4: "Wednesday", 5: "Thursday", 6: "Friday", 7: "Saturday"}
_RS_DAY_FORMS = {name: (f"{name}s", name[:3]) for name in _RS_DAYS.values()}


def _rs_fatal(d: pd.DataFrame) -> pd.Series:
    return d["Accident_Severity"] == 1


def _rs_peak_hour(d: pd.DataFrame) -> int:
    hours = pd.to_numeric(_text(d["Time"]).str.split(":").str[0], errors="coerce").dropna().astype(int)
    return int(_top(hours.value_counts()))


_RS_ID = ("Accident_Index",)
_ROAD_QS = [
    Q(
        "what percentage of accidents were fatal? (severity 1 = fatal)",
        _share(lambda d: float(_rs_fatal(d).mean())),
        (*_RS_ID, "Accident_Severity"),
    ),
    Q(
        "and how many of the fatal ones were in rural areas? Urban_or_Rural_Area 2 is rural",
        _count(lambda d: float((_rs_fatal(d) & (d["Urban_or_Rural_Area"] == 2)).sum())),
        (*_RS_ID, "Accident_Severity", "Urban_or_Rural_Area"),
    ),
    Q(
        "which day of the week has the most accidents",
        _lead(_named(lambda d: _RS_DAYS[int(_top(d["Day_of_Week"].value_counts()))], _RS_DAY_FORMS)),
        (*_RS_ID, "Day_of_Week", "Date"),
    ),
    Q(
        "plot the number of accidents per year - are they going down?",
        _count(lambda d: pd.to_datetime(d["Date"], format="%d/%m/%Y").dt.year.value_counts().sort_index().to_numpy()),
        (*_RS_ID, "Date"),
    ),
    Q(
        "average number of casualties per accident for each speed limit",
        _about(lambda d: d.groupby("Speed_limit")["Number_of_Casualties"].mean().to_numpy()),
        (*_RS_ID, "Speed_limit", "Number_of_Casualties"),
    ),
    Q(
        "what time of day do most accidents happen?",
        _lead(_clock(_rs_peak_hour)),
        (*_RS_ID, "Time"),
    ),
]


# --- 7. Ages of Congress (FiveThirtyEight congress-age, congress-terms.csv) --------------------------------------

# state: weight among House seats, region ("S" for the old South, "N" for the Northeast and West Coast, "M" otherwise)
_CG_STATES = _fields(
    "CA|45|N;NY|36|N;TX|28|S;PA|25|M;IL|21|M;OH|20|M;FL|18|S;MI|17|M;NJ|14|N;NC|12|S;GA|11|S;MA|11|N;VA|11|S;IN|10|M;"
    "MO|10|M;TN|9|S;WI|9|M;WA|9|N;MD|8|N;MN|8|M;AL|7|S;KY|7|S;LA|7|S;SC|6|S;OK|6|S;IA|6|M;CT|6|N;CO|6|M;MS|5|S;"
    "KS|5|M;AZ|6|M;AR|4|S;OR|5|N;WV|4|M;NE|3|M;UT|3|M;NM|3|M;ME|2|N;NV|2|M;NH|2|N;RI|2|N;ID|2|M;MT|2|M;DE|1|N;"
    "ND|1|M;SD|2|M;VT|1|N;WY|1|M"
)
_CG_FIRST = _split(
    "John;William;James;Robert;Charles;George;Thomas;Joseph;Edward;Richard;Frank;Harry;Henry;Walter;Paul;Albert;"
    "Fred;Arthur;Howard;Ralph;Clarence;Carl;Harold;Leonard;Lawrence;Herman;Earl;Francis;Daniel;Samuel;David;Michael;"
    "Donald;Kenneth;Ronald;Gary;Steven;Mark;Dennis;Jerry;Larry;Timothy;Bill;Jim;Tom;Mike;Bob;Dick;Jack;Chris;"
    "Mary;Margaret;Edith;Frances;Patricia;Barbara;Nancy;Susan;Carolyn;Linda;Karen;Debbie;Maxine;Patsy;Lindy;Nita"
)
_CG_WOMEN = set(_CG_FIRST[50:])
# middle names for men, then for women
_CG_MIDDLE = (
    _split(
        "A.;B.;C.;D.;E.;F.;G.;H.;J.;L.;M.;P.;R.;S.;T.;W.;Allen;Lee;Wayne;Edward;Joseph;Francis;Louis;Henry;Dean;"
        "Eugene;Ray;Paul;Warren;Carl;Grant;Miles"
    ),
    _split("A.;B.;C.;E.;J.;L.;M.;R.;S.;Ann;Marie;Elizabeth;Lynn;Jean;Louise;Frances;Ruth"),
)
_CG_LAST = _split(
    "Abbott;Adams;Allen;Anderson;Andrews;Baker;Barrett;Bates;Bell;Bennett;Black;Blair;Boyd;Bradley;Brooks;Brown;"
    "Bryant;Burke;Burns;Butler;Byrd;Campbell;Carlson;Carroll;Carter;Chandler;Clark;Cole;Coleman;Collins;Conway;Cook;"
    "Cooper;Cox;Crawford;Cunningham;Daniels;Davis;Dawson;Dixon;Donnelly;Douglas;Duncan;Dunn;Edwards;Elliott;Ellis;"
    "Evans;Ferguson;Fisher;Fleming;Fletcher;Flynn;Ford;Foster;Fowler;Fox;Franklin;Fuller;Gardner;Garrett;Gibson;"
    "Gilbert;Gordon;Graham;Grant;Gray;Green;Griffin;Hall;Hamilton;Hansen;Harper;Harris;Harrison;Hart;Harvey;Hayes;"
    "Henderson;Hendricks;Hicks;Hill;Hoffman;Holland;Holmes;Howard;Hudson;Hughes;Hunt;Jackson;James;Jenkins;Johnson;"
    "Jones;Jordan;Kelly;Kennedy;Kerr;King;Knight;Lane;Larson;Lawson;Lewis;Long;Lynch;Marshall;Martin;Mason;McCarthy;"
    "McDonald;Meyer;Miller;Mills;Mitchell;Moore;Morgan;Morris;Murphy;Murray;Nelson;Newman;Nichols;Olson;Owens;"
    "Palmer;Parker;Patterson;Perkins;Perry;Peterson;Phillips;Pierce;Porter;Powell;Price;Quinn;Ramsey;Reed;Reynolds;"
    "Rhodes;Rice;Richards;Riley;Roberts;Robinson;Rogers;Ross;Russell;Ryan;Sanders;Schmidt;Scott;Shaw;Simmons;Smith;"
    "Snyder;Spencer;Stephens;Stevens;Stewart;Stone;Sullivan;Taylor;Thompson;Tucker;Turner;Walker;Wallace;Walsh;"
    "Ward;Warren;Watkins;Watson;Weaver;Webb;Wells;West;Wheeler;White;Williams;Wilson;Wood;Wright;Young"
)
_CG_SUFFIXES = "Jr.:5;III:1;Sr.:0.5;II:0.5"
# the real members kept by name: bioguide, first, middle, last, birthday, state, chamber: congresses as "80-84" and
# party by congress ("D:85-88,R:89-107")
_CG_KNOWN = _fields(
    "T000254|Strom||Thurmond|1902-12-05|SC|senate|85-107|D:85-88,R:89-107;"
    "S000033|Bernard||Sanders|1941-09-08|VT|house|102-109|I:102-109;"
    "S000033|Bernard||Sanders|1941-09-08|VT|senate|110-113|I:110-113"
)


def _cg_start(congress: int) -> pd.Timestamp:
    return pd.Timestamp(1947 + 2 * (congress - 80), 1, 3)


def _cg_party(rng: np.random.Generator, region: str, congress: int) -> str:
    year = 1947 + 2 * (congress - 80)
    if region == "S":
        democrat = 0.95 - 0.6 * np.clip((year - 1960) / 50, 0, 1)
    elif region == "N":
        democrat = 0.45 + 0.2 * np.clip((year - 1955) / 50, 0, 1)
    else:
        democrat = 0.42 + 0.1 * np.sin((year - 1950) / 12)
    if rng.random() < 0.0015:
        return "I"
    return "D" if rng.random() < democrat else "R"


class _Member:
    """One member of Congress while the simulation runs."""

    def __init__(
        self,
        rng: np.random.Generator,
        chamber: str,
        state: str,
        region: str,
        congress: int,
        ids: set[str],
        seated: bool = False,
    ):
        female = rng.random() < 0.02 + 0.17 * np.clip((congress - 95) / 18, 0, 1)
        first = str(_one(rng, sorted(_CG_WOMEN) if female else _CG_FIRST[:50]))
        self.last = str(_one(rng, _CG_LAST))
        self.first = first
        self.middle = str(_one(rng, _CG_MIDDLE[int(female)])) if rng.random() < 0.72 else ""
        self.suffix = _draw(rng, _CG_SUFFIXES) if rng.random() < 0.07 and not female else ""
        number = int(rng.integers(1, 1000))
        while f"{self.last[0]}{number:06d}" in ids:
            number = int(rng.integers(1, 1000))
        self.bioguide = f"{self.last[0]}{number:06d}"
        ids.add(self.bioguide)
        later = 6.0 * (congress - 80) / 33
        start_age = rng.normal((49.5 if chamber == "senate" else 43.5) + later, 8.0)
        start_age = float(np.clip(start_age, 31 if chamber == "senate" else 26, 76))
        tenure = float(rng.uniform(0, 14)) if seated else 0.0
        self.veteran = tenure >= 2
        start_age += tenure
        self.birthday = _cg_start(congress) - pd.Timedelta(days=round(start_age * 365.25 + rng.uniform(-180, 180)))
        self.state, self.party = state, _cg_party(rng, region, congress)

    def age(self, when: pd.Timestamp) -> float:
        return float((when - self.birthday).days / 365.25)


def _cg_row(m: _Member, congress: int, chamber: str, start: pd.Timestamp, party: str, old: set[str]) -> dict[str, Any]:
    return {
        "congress": congress,
        "chamber": chamber,
        "bioguide": m.bioguide,
        "firstname": m.first,
        "middlename": m.middle or None,
        "lastname": m.last,
        "suffix": m.suffix or None,
        "birthday": f"{m.birthday:%Y-%m-%d}",
        "state": m.state,
        "party": party,
        "incumbent": "Yes" if m.bioguide in old or (congress == 80 and m.veteran) else "No",
        "termstart": f"{start:%Y-%m-%d}",
        "age": round(m.age(start), 1),
    }


def _cg_known(rng: np.random.Generator, line: list[str], ids: set[str]) -> tuple[_Member, dict[int, str]]:
    bioguide, first, middle, last, birthday, state, chamber, _span, parties = line
    m = _Member(rng, chamber, state, "M", 80, ids)
    m.bioguide, m.first, m.middle, m.last, m.suffix = bioguide, first, middle, last, ""
    m.birthday, m.state = pd.Timestamp(birthday), state
    party: dict[int, str] = {}
    for part in parties.split(","):
        code, years = part.split(":")
        lo, hi = (int(x) for x in years.split("-"))
        party |= {c: code for c in range(lo, hi + 1)}
    return m, party


def _congress_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6207)
    ids: set[str] = {line[0] for line in _CG_KNOWN}
    regions = {s: r for s, _w, r in _CG_STATES}
    house = [str(s) for s in _deal(rng, ";".join(f"{s}:{w}" for s, w, _r in _CG_STATES), 100)]
    if "VT" not in house:
        house[-1] = "VT"
    senate = sorted(str(x) for x in rng.choice([s for s, _w, _r in _CG_STATES if s not in ("SC", "VT")], 28, False))
    seats = [("house", s) for s in house] + [("senate", s) for s in [*senate, "SC", "VT"]]
    known: dict[tuple[str, str, int], tuple[_Member, dict[int, str]]] = {}
    for line in _CG_KNOWN:
        member = _cg_known(rng, line, ids)
        lo, hi = (int(x) for x in line[7].split("-"))
        known |= {(line[6], line[5], c): member for c in range(lo, hi + 1)}
    planted_ids = {line[0] for line in _CG_KNOWN}
    holders: list[_Member | None] = [None] * len(seats)
    rows: list[dict[str, Any]] = []
    served: set[str] = set()
    for congress in range(80, 114):
        now: set[str] = set()
        start = _cg_start(congress)
        for k, (chamber, state) in enumerate(seats):
            planted = known.get((chamber, state, congress))
            claimed = planted is not None and seats.index((chamber, state)) == k
            m = holders[k]
            if claimed and planted is not None:
                m, parties = planted
                holders[k] = m
                rows.append(_cg_row(m, congress, chamber, start, parties[congress], served))
                now.add(m.bioguide)
                continue
            if m is not None and m.bioguide in planted_ids:
                m = None
            leave = (0.12 if chamber == "house" else 0.1) - 0.035 * (congress - 80) / 33
            if m is not None:
                age = m.age(start)
                leave += 0.012 * max(0.0, age - 60) + (1.0 if age > 88 else 0.0)
            if m is None or rng.random() < leave:
                m = _Member(rng, chamber, state, regions[state], congress, ids, seated=m is None and congress == 80)
            holders[k] = m
            rows.append(_cg_row(m, congress, chamber, start, m.party, served))
            now.add(m.bioguide)
            if rng.random() < 0.02 + 0.02 * (m.age(start) > 70):
                successor = _Member(rng, chamber, state, regions[state], congress, ids)
                when = start + pd.Timedelta(days=int(rng.integers(60, 700)))
                rows.append(_cg_row(successor, congress, chamber, when, successor.party, served))
                holders[k] = successor
                now.add(successor.bioguide)
        served = now
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["congress", "chamber", "state", "lastname"], kind="stable", ignore_index=True)
    return frame


def _cg_mean(congress: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[d["congress"] == congress, "age"].mean())


def _cg_democrats(how: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        democrat = _text(d["party"]) == "D"
        if how == "rows":
            return float(democrat.mean())
        people = democrat.groupby(d["bioguide"])
        return float({"first": people.first(), "last": people.last(), "ever": people.max()}[how].mean())

    return share


_CG_ID = ("bioguide", "firstname", "lastname")
_CONGRESS_QS = [
    Q(
        "plot the average age per congress. how much older was the 113th congress than the 80th?",
        either(
            _about(lambda d: [_cg_mean(80)(d), _cg_mean(113)(d)]),
            _about(lambda d: _cg_mean(113)(d) - _cg_mean(80)(d)),
        ),
        (*_CG_ID, "congress", "age", "termstart"),
    ),
    Q(
        "average age in the senate vs the house",
        _about(lambda d: d.groupby(_text(d["chamber"]).str.lower())["age"].mean().to_numpy()),
        (*_CG_ID, "chamber", "age"),
    ),
    Q(
        "who was the oldest member ever?",
        _lead(_named(lambda d: str(d.loc[d["age"].idxmax(), "lastname"]))),
        (*_CG_ID, "age", "middlename", "birthday"),
    ),
    Q(
        "how many different people served",
        _count(lambda d: float(d["bioguide"].nunique())),
        (*_CG_ID,),
    ),
    Q(
        "what % of them were democrats?",
        either(*(_share(_cg_democrats(how)) for how in ("rows", "first", "last", "ever"))),
        (*_CG_ID, "party"),
    ),
    Q(
        "how many newcomers were there in the 113th congress (incumbent = No)?",
        _count(lambda d: float(((d["congress"] == 113) & (_text(d["incumbent"]) == "No")).sum())),
        (*_CG_ID, "congress", "incumbent"),
    ),
]


HELDOUT62: list[Dataset] = [
    Dataset("brazil_houses_to_rent", _houses_frame, _HOUSES_QS),
    Dataset("biopics", _biopics_frame, _BIOPICS_QS),
    Dataset("rain_in_australia", _weather_frame, _WEATHER_QS),
    Dataset("nuclear_explosions", _nuclear_frame, _NUCLEAR_QS),
    Dataset("movielens_ratings", _movielens_frame, _MOVIELENS_QS),
    Dataset("uk_road_accidents", _road_frame, _ROAD_QS),
    Dataset("congress_ages", _congress_frame, _CONGRESS_QS),
]
