"""HELDOUT65: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's New
York City Airbnb Open Data (AB_NYC_2019.csv, a sample of 5000 listings in id order) with free-text listing names
(some in capitals, three blank), host_id, host_name (four blank, many hosts sharing a first name, "Sonder (NYC)" and
"Blueground" with dozens of listings), the five boroughs in neighbourhood_group, neighbourhoods such as
"Bedford-Stuyvesant" and "Hell's Kitchen", five-decimal latitude and longitude, "Entire home/apt" / "Private room" /
"Shared room", whole-dollar prices (two at $0, a few in the thousands), minimum_nights up to 1000, number_of_reviews,
last_review as "2019-06-23" and reviews_per_month both blank for listings never reviewed,
calculated_host_listings_count and availability_365 (a third at 0); FiveThirtyEight's alcohol consumption file
(drinks.csv, 193 countries) with "USA", "Russian Federation" and "St. Kitts & Nevis" spellings, beer, spirit and wine
servings per person and total_litres_of_pure_alcohol, thirteen countries all zero; FiveThirtyEight's Fandango score
comparison (fandango_score_comparison.csv, 146 films of 2014-2015) with "Title (2015)" in FILM, RottenTomatoes and
RottenTomatoes_User on 0-100, Metacritic on 0-100 and Metacritic_User on 0-10, IMDB, Fandango_Stars in half stars
(always rounded up from Fandango_Ratingvalue, sometimes by a whole half star), the five-star normalised columns with
the misspelt "Metacritic_user_nom", their half-star "_round" versions, vote counts and Fandango_Difference; the World
Happiness Report 2021 (world-happiness-report-2021.csv, 149 countries best first) with "Country name", ten
"Regional indicator" regions such as "North America and ANZ", "Taiwan Province of China" and "Congo (Brazzaville)",
three-decimal Ladder score, its standard error and whiskers, the six factors, a constant "Ladder score in
Dystopia" of 2.43, the "Explained by: ..." columns and "Dystopia + residual"; the UCI Online Retail file (Online
Retail.xlsx exported to CSV, a sample of 5000 lines in file order, December 2010 to 9 December 2011, no Saturdays
and a Christmas break) with text InvoiceNo ("536365", "C536379" for cancellations with negative quantities),
StockCode ("85123A", "POST", "DOT", "M"), upper-case descriptions with trailing spaces (blank or "check" for stock
adjustments at a unit price of 0), InvoiceDate as "12/1/2010 8:26", UnitPrice in pounds, CustomerID as a float with
a quarter blank and Country ("EIRE", "Unspecified", "RSA"); Kaggle's Szeged weather history (weatherHistory.csv, a
sample of 5000 hours of 2006-2016 in time order) with "Formatted Date" as "2006-04-01 00:00:00.000 +0200" (+0100
in winter), Summary ("Partly Cloudy", "Breezy and Overcast", "Foggy"),
Precip Type rain / snow / blank, temperatures in Celsius converted from Fahrenheit with long decimals, Humidity as a
fraction (a few 0), wind in km/h, Wind Bearing (degrees) as a float, Visibility (km) capped at 9.9779 before 2008 and
15.8038 later, "Loud Cover" always 0, Pressure (millibars) with about 1% zeros and a Daily Summary sentence; and
Kaggle's Students Adaptability Level in Online Education file (students_adaptability_level_online_education.csv,
1205 students) with Boy / Girl, age bands such as "21-25" and "1-5", School / College / University, Government /
Non Government institutions, Yes / No answers, Low / High load-shedding, Mid / Poor / Rich finances, Wifi / Mobile
Data, 4G / 3G / 2G, class durations "1-3", "3-6" and "0", Tab / Mobile / Computer devices and the Low / Moderate / High
Adaptivity Level. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _loose, _said, _share, _shares, _split, _text
from .heldout38 import _draw, _month, _table
from .heldout39 import _fields
from .heldout40 import _top_named
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _best(scores: pd.Series, ascending: bool = False) -> list[str]:
    """Every label sharing the best score (the highest, or the lowest when `ascending`)."""
    ranked = _ranked(scores, ascending)
    return [str(x) for x, v in ranked.items() if v == ranked.iloc[0]]


def _one_of(labels: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Any of the labels computed from the frame appears (a tie for first place: naming one of them is right)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        names = labels(df)
        return None if any(_said(n, answer) for n in names) else f"missing label {names[0]!r}"

    return check


def _case(rng: np.random.Generator, text: str, upper: float, lower: float) -> str:
    """The text as typed: now and then all in capitals or all in lower case."""
    roll = rng.random()
    return text.upper() if roll < upper else text.lower() if roll < upper + lower else text


# --- 1. Airbnb listings in New York City (Kaggle "New York City Airbnb Open Data", AB_NYC_2019.csv) -----------------

# borough: listings in the full file, latitude, longitude, spread of neighbourhood centres (degrees), nightly price of
# an entire home (US$), room types, neighbourhoods as "name:listings in the full file:price factor"
_AB_BOROUGHS: dict[str, tuple[float, float, float, float, float, str, str]] = {
    "Manhattan": (
        21661,
        40.772,
        -73.974,
        0.02,
        212.0,
        "Entire home/apt:61;Private room:36;Shared room:3",
        "Harlem:2658:0.72;Upper West Side:1971:1.0;Hell's Kitchen:1958:1.08;East Village:1853:1.0;"
        "Upper East Side:1798:0.98;Midtown:1545:1.3;East Harlem:1117:0.7;Chelsea:1113:1.3;Lower East Side:911:0.95;"
        "Washington Heights:899:0.58;West Village:768:1.4;Financial District:744:1.25;Murray Hill:485:1.1;"
        "Kips Bay:470:1.0;Greenwich Village:392:1.3;Chinatown:368:0.85;SoHo:358:1.5;Morningside Heights:346:0.68;"
        "Gramercy:338:1.15;Theater District:288:1.2;Nolita:253:1.2;Inwood:252:0.6;Tribeca:177:1.9;"
        "Flatiron District:80:1.5;Little Italy:79:1.2;NoHo:78:1.5;Roosevelt Island:77:0.75;Two Bridges:72:0.9;"
        "Battery Park City:70:1.3;Civic Center:52:1.2;Stuyvesant Town:37:1.0;Marble Hill:12:0.6",
    ),
    "Brooklyn": (
        20104,
        40.685,
        -73.950,
        0.02,
        172.0,
        "Entire home/apt:47.5;Private room:50.5;Shared room:2",
        "Williamsburg:3920:1.0;Bedford-Stuyvesant:3714:0.78;Bushwick:2465:0.68;Crown Heights:1564:0.8;"
        "Greenpoint:1115:1.0;Flatbush:621:0.72;Clinton Hill:572:0.95;Prospect-Lefferts Gardens:535:0.75;"
        "Park Slope:506:1.1;East Flatbush:500:0.68;Fort Greene:489:1.05;Prospect Heights:399:1.0;Sunset Park:390:0.72;"
        "Carroll Gardens:233:1.15;East New York:218:0.65;Boerum Hill:177:1.15;Kensington:175:0.7;"
        "Sheepshead Bay:174:0.75;Gowanus:169:1.05;Windsor Terrace:157:0.95;Brooklyn Heights:154:1.25;"
        "Canarsie:147:0.7;Bay Ridge:141:0.8;Borough Park:136:0.7;Flatlands:124:0.7;Cypress Hills:112:0.6;"
        "Midwood:109:0.7;Cobble Hill:99:1.2;Downtown Brooklyn:93:1.15;Bensonhurst:88:0.68;Brighton Beach:73:0.8;"
        "Brownsville:73:0.6;Red Hook:72:1.0;Gravesend:69:0.7;Ocean Hill:58:0.7;DUMBO:42:1.5;Coney Island:39:0.8;"
        "Columbia St:38:1.0",
    ),
    "Queens": (
        5666,
        40.730,
        -73.860,
        0.03,
        146.0,
        "Entire home/apt:37;Private room:59;Shared room:4",
        "Astoria:900:0.85;Long Island City:537:1.1;Flushing:426:0.75;Ridgewood:423:0.75;Sunnyside:363:0.8;"
        "Ditmars Steinway:309:0.85;Woodside:235:0.7;Jamaica:231:0.8;Elmhurst:225:0.7;Jackson Heights:186:0.75;"
        "East Elmhurst:185:0.75;Maspeth:131:0.75;Rego Park:106:0.8;Forest Hills:100:0.9;Richmond Hill:91:0.75;"
        "Woodhaven:88:0.7;Springfield Gardens:80:0.8;Arverne:77:1.0;St. Albans:77:0.8;Corona:64:0.6;"
        "Rockaway Beach:59:1.1;South Ozone Park:41:0.75;Queens Village:40:0.8;Bayside:39:0.95;Far Rockaway:34:1.0",
    ),
    "Bronx": (
        1091,
        40.845,
        -73.880,
        0.02,
        138.0,
        "Entire home/apt:35;Private room:60;Shared room:5",
        "Kingsbridge:70:0.8;Fordham:63:0.7;Longwood:62:0.7;Mott Haven:60:0.8;Port Morris:51:0.9;Concourse:50:0.75;"
        "Wakefield:50:0.75;Parkchester:48:0.7;University Heights:44:0.65;Allerton:42:0.8;Williamsbridge:40:0.75;"
        "Highbridge:38:0.7;Mount Hope:36:0.65;Norwood:26:0.7;Clason Point:21:0.8;Pelham Bay:20:0.8;Riverdale:11:1.2",
    ),
    "Staten Island": (
        373,
        40.605,
        -74.110,
        0.02,
        168.0,
        "Entire home/apt:47;Private room:51;Shared room:2",
        "St. George:48:0.9;Tompkinsville:42:0.8;Stapleton:27:0.8;Concord:26:0.8;Arrochar:21:1.0;Clifton:19:0.8;"
        "Randall Manor:19:1.1;New Springville:16:0.8;Rosebank:13:0.8;Great Kills:11:0.9;Port Richmond:9:0.7;"
        "Shore Acres:8:0.9;South Beach:8:1.0;Grymes Hill:8:0.8",
    ),
}
# hosts with many listings: name, listings in the sample, borough, kind
_AB_PROS = _fields(
    "Sonder (NYC)|33|Manhattan|sonder;Blueground|24|Manhattan|blueground;Kara|12|Manhattan|home;"
    "Kazuya|10|Queens|room;Jeremy & Laura|10|Manhattan|home;Sonder|10|Manhattan|sonder;"
    "Corporate Housing|9|Manhattan|home;Ken|9|Manhattan|home;Pranjal|7|Queens|room;Vida|6|Brooklyn|room;"
    "Red Awning|5|Manhattan|home;Seth|5|Brooklyn|room"
)
_AB_HOSTS = (
    "Michael:14;David:13;John:10;Alex:10;Sarah:9;Daniel:9;Jessica:8;Maria:8;Mike:8;Anna:8;Jennifer:8;Chris:8;"
    "Laura:8;Andrew:8;Emily:8;Jason:8;Brian:8;Christina:8;Kevin:8;Anthony:8;Lisa:8;Eric:8;Nicole:8;"
    "Ashley:11;Stephanie:11;Natalie:10;James:10;Rachel:10;Joseph:10;Matthew:10;Tom:9;Kim:9;Melissa:9;Elizabeth:9;"
    "Amy:8;Ben:8;Nick:8;Sam:8;Jenny:8;Adam:8;Mark:8;Lauren:8;Mary:7;Paul:7;Julia:7;Carlos:7;Luis:6;Jose:6;Ana:6;"
    "Juan:6;Ali:5;Mohammed:5;Yuki:5;Wei:5;Li:5;Hiroko:4;Olga:5;Elena:5;Irina:4;Fatima:4;Aisha:4;Kwame:3;Andre:5;"
    "Marcus:5;Jamal:4;Keisha:4;Tanya:4;Lena:4;Ivy:4;Maya:5;Noah:4;Liam:3;Ethan:4;Olivia:5;Emma:6;Sophia:5;"
    "Ben & Kate:2;Max & Sarah:2;Dee:3;Gabriel:4;Rafael:4;Zoe:4;Camille:3;Pierre:3;Hannah:5;Ruth:3;Claudia:4;"
    "Ines:2;Yvonne:3;Shanice:2;Tyrone:2;Malik:3;Danielle:5;Veronica:3;Patrick:4;Kenneth:3;Francesca:3;Giulia:2"
)
_AB_NICKNAMES = {
    "Bedford-Stuyvesant": "Bed-Stuy",
    "Upper West Side": "UWS",
    "Upper East Side": "UES",
    "Lower East Side": "LES",
    "Financial District": "FiDi",
    "Williamsburg": "Williamsburg Brooklyn",
    "Prospect-Lefferts Gardens": "PLG",
    "Long Island City": "LIC",
    "Hell's Kitchen": "Hells Kitchen",
    "Crown Heights": "Crown Hts",
}
_AB_LANDMARKS = {
    "Manhattan": "Central Park;Times Square;the Empire State;Union Square;Columbia U;the High Line",
    "Brooklyn": "Prospect Park;McCarren Park;the L train;Barclays Center;Manhattan",
    "Queens": "LGA;JFK;Manhattan;the 7 train;Astoria Park",
    "Bronx": "Yankee Stadium;the Bronx Zoo;Manhattan",
    "Staten Island": "the Ferry;Manhattan;the beach",
}
_AB_NOUNS = {
    "Entire home/apt": "1BR apartment;2 bedroom apt;studio;loft;1 Bedroom Apt;brownstone apartment;garden apartment;"
    "2BR duplex;3BR home;apartment;studio apt;penthouse;Apt",
    "Private room": "room;private room;bedroom;room w/ private bath;room in shared apt;Private Room;Room;bedroom suite",
    "Shared room": "shared room;bunk bed;couch in living room;bed in shared room;Female only shared room",
}
_AB_ADJ = _split(
    "Cozy;Sunny;Spacious;Charming;Beautiful;Bright;Modern;Quiet;Lovely;Large;Huge;Clean;Luxury;Stylish;Renovated;"
    "Comfortable;Cute;Perfect;Amazing;Sunlit;Airy;Chic;Gorgeous;Elegant;Affordable;Peaceful;Artsy;Classic"
)
_AB_MINIMUM = (
    "1:26;2:23.5;3:16;4:6.8;5:6.1;6:1.5;7:4.2;10:1;14:1.2;15:0.6;20:0.4;21:0.3;28:0.2;29:0.7;30:7.7;31:0.5;45:0.1;"
    "60:0.2;90:0.2;120:0.05;180:0.05;365:0.15;500:0.02;1000:0.02"
)
# month of 2019: weight of listings last reviewed then (the scrape was on 8 July 2019)
_AB_2019 = "1:2.5;2:1.6;3:2.4;4:2.9;5:5.7;6:12.6;7:2.9"
_AB_SCRAPE = pd.Timestamp("2019-07-08")


def _ab_name(rng: np.random.Generator, room: str, place: str, borough: str) -> str:
    adj, adj2 = (str(x) for x in rng.choice(_AB_ADJ, 2, replace=False))
    noun = str(_one(rng, _split(_AB_NOUNS[room])))
    where = _AB_NICKNAMES.get(place, place) if rng.random() < 0.5 else place
    landmark = str(_one(rng, _split(_AB_LANDMARKS[borough])))
    forms = [
        f"{adj} {noun} in {where}",
        f"{adj} {noun} near {landmark}",
        f"{adj} & {adj2.lower()} {noun} in {where}",
        f"{where} {noun} - {adj.lower()} and {adj2.lower()}",
        f"{adj} {noun}, {int(_one(rng, [2, 3, 5, 10, 15, 20]))} min to {landmark}",
        f"{adj} {noun} {where}",
    ]
    return _case(rng, str(_one(rng, forms, [30, 18, 12, 10, 12, 18])), 0.06, 0.04)


def _ab_pro_name(rng: np.random.Generator, kind: str, place: str, room: str, borough: str) -> str:
    if kind == "sonder":
        street = str(_one(rng, _split("180 Water;The Nash;Stock Exchange;116 John;21 West Street;Hanover Square")))
        flat = str(_one(rng, _split("Premier 1BR + Rooftop;Stylish Studio + Gym;Polished 1BR + Laundry;Smart 2BR")))
        return f"Sonder | {street} | {flat}"
    if kind == "blueground":
        feature = str(_one(rng, _split("gym;doorman;roof deck;W/D;pool")))
        return f"Blueground | {place}, {_one(rng, _AB_ADJ).lower()} {int(rng.integers(1, 3))}BR w/ {feature}"
    return _ab_name(rng, room, place, borough)


def _airbnb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6501)
    n = 5000
    boroughs = list(_AB_BOROUGHS)
    places: dict[str, list[tuple[str, float, float, float, float]]] = {}
    for b, (_w, lat, lon, spread, _level, _rooms, hoods) in _AB_BOROUGHS.items():
        places[b] = [
            (name, float(k), float(f), lat + float(rng.normal(0, spread)), lon + float(rng.normal(0, 1.3 * spread)))
            for name, k, f in (x.split(":") for x in _split(hoods))
        ]
    # one entry a listing: host name, kind, borough ("" for any)
    hosts: list[tuple[int, str, str, str]] = []
    for key, (pro, listings, borough, kind) in enumerate(_AB_PROS):
        hosts += [(key, pro, kind, borough)] * int(listings)
    key = len(_AB_PROS)
    while len(hosts) < n:
        hosts += [(key, _draw(rng, _AB_HOSTS), "", "")] * int(_draw(rng, "1:86;2:9;3:3;4:1;5:0.6;6:0.4"))
        key += 1
    hosts = [hosts[int(i)] for i in rng.permutation(len(hosts))[:n]]
    raw = 2539 + np.floor((36_487_245 - 2539) * rng.random(n + 60) ** 0.6).astype(np.int64)
    ids = np.unique(raw)[:n]
    first_id: dict[int, int] = {}
    for i, host in zip(ids, hosts, strict=True):
        first_id.setdefault(host[0], int(i))
    host_ids: dict[int, int] = {}
    taken: set[int] = set()
    for hkey, first in sorted(first_id.items(), key=lambda x: x[1]):
        hid = int(first * rng.uniform(1.2, 7.5)) + int(rng.integers(0, 999))
        while hid in taken:
            hid += 1
        taken.add(hid)
        host_ids[hkey] = hid
    opened = pd.Timestamp("2008-08-15")
    span = (_AB_SCRAPE - opened).days
    rows: list[dict[str, Any]] = []
    for i, (hkey, hname, kind, home) in zip(ids, hosts, strict=True):
        borough = home or str(_one(rng, boroughs, [v[0] for v in _AB_BOROUGHS.values()]))
        _w, _lat, _lon, _s, level, rooms, _h = _AB_BOROUGHS[borough]
        options = places[borough]
        if kind == "sonder":
            pick = str(_one(rng, ["Financial District", "Midtown", "Murray Hill"], [70, 20, 10]))
            spot = next(p for p in options if p[0] == pick)
        elif kind == "blueground":
            pick = str(_one(rng, ["Midtown", "Chelsea", "Upper East Side", "Financial District", "Hell's Kitchen"]))
            spot = next(p for p in options if p[0] == pick)
        else:
            spot = options[int(_one(rng, list(range(len(options))), [p[1] for p in options]))]
        place, _k, factor, lat, lon = spot
        room = "Private room" if kind == "room" else "Entire home/apt" if kind else _draw(rng, rooms)
        scale = {"Entire home/apt": 1.0, "Private room": 0.45, "Shared room": 0.36}[room]
        price = level * factor * scale * float(rng.lognormal(0, 0.42)) * (1.25 if kind == "sonder" else 1.0)
        if rng.random() < 0.004:
            price *= float(rng.uniform(3, 12))
        price = max(20, int(round(price / 5) * 5) if rng.random() < 0.6 else round(price))
        if kind in ("sonder", "blueground"):
            minimum = 30 if kind == "blueground" else int(_one(rng, [2, 29, 30], [30, 30, 40]))
        else:
            minimum = int(_draw(rng, _AB_MINIMUM))
        created = opened + pd.Timedelta(days=int((i - 2539) / (36_487_245 - 2539) * span))
        age = max(0.5, (_AB_SCRAPE - created).days / 30.44)
        reviews = 0
        if rng.random() > (0.45 if kind else 0.2):
            reviews = int(min(629, 1 + 5 * age, np.ceil(rng.lognormal(np.log(3 if kind else 14), 1.3))))
        last, per_month = None, np.nan
        if reviews:
            recent = rng.random() < 0.55 + 0.3 * min(1.0, reviews / 50)
            day = created
            if recent or created.year >= 2019:
                month = int(_draw(rng, _AB_2019))
                top = 8 if month == 7 else pd.Period(f"2019-{month:02d}").days_in_month
                day = pd.Timestamp(2019, month, int(rng.integers(1, top + 1)))
                if day < created:
                    day = created + pd.Timedelta(days=int(rng.integers(0, max(1, (_AB_SCRAPE - created).days) + 1)))
            else:
                end = pd.Timestamp("2018-12-31")
                day = created + pd.Timedelta(days=int(rng.integers(1, max(2, (end - created).days))))
                day = min(day, end)
            first = created + (day - created) * float(rng.uniform(0, 0.15))
            months = max(1.0, (_AB_SCRAPE - first).days / 30.44)
            last, per_month = f"{day:%Y-%m-%d}", max(0.01, round(reviews / months, 2))
        if kind in ("sonder", "blueground"):
            available = int(rng.integers(200, 366))
        elif rng.random() < 0.36:
            available = 0
        else:
            available = 365 if rng.random() < 0.15 else int(rng.integers(1, 365))
        rows.append(
            {
                "id": int(i),
                "name": _ab_pro_name(rng, kind, place, room, borough),
                "host_id": host_ids[hkey],
                "host_name": hname,
                "neighbourhood_group": borough,
                "neighbourhood": place,
                "latitude": round(lat + float(rng.normal(0, 0.006)), 5),
                "longitude": round(lon + float(rng.normal(0, 0.006)), 5),
                "room_type": room,
                "price": price,
                "minimum_nights": minimum,
                "number_of_reviews": reviews,
                "last_review": last,
                "reviews_per_month": per_month,
                "availability_365": available,
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[rng.choice(n, 3, replace=False), "name"] = None
    frame.loc[rng.choice(n, 4, replace=False), "host_name"] = None
    frame.loc[rng.choice(n, 2, replace=False), "price"] = 0
    frame.loc[int(rng.integers(0, n)), "price"] = 10_000
    counts = frame.groupby("host_id")["id"].transform("size")
    frame.insert(len(frame.columns) - 1, "calculated_host_listings_count", counts.astype(int))
    return frame


def _ab_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["last_review"], format="%Y-%m-%d")


def _ab_busiest(of_year: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    """The month with the most last reviews: a month of a year, or (`of_year`) a month of any year."""

    def month(d: pd.DataFrame) -> pd.Timestamp:
        days = _ab_month(d).dropna()
        if of_year:
            return pd.Timestamp(2019, int(_ranked(days.dt.month.value_counts()).index[0]), 1)
        return pd.Timestamp(str(_ranked(days.dt.to_period("M").astype(str).value_counts()).index[0]))

    return month


def _ab_in_month(of_year: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        days, top = _ab_month(d), _ab_busiest(of_year)(d)
        hit = days.dt.month == top.month if of_year else days.dt.to_period("M") == top.to_period("M")
        return float(hit.sum())

    return count


_AB_ID = ("id", "name")
_AIRBNB_QS = [
    Q(
        "whats the average price per night in each borough?",
        _about(lambda d: d.groupby(_text(d["neighbourhood_group"]))["price"].mean().to_numpy(), rel=0.005),
        (*_AB_ID, "neighbourhood_group", "price"),
    ),
    Q(
        "top 5 neighbourhoods with the most listings",
        _top_named(lambda d: _ranked(_text(d["neighbourhood"]).value_counts()), 5),
        (*_AB_ID, "neighbourhood", "neighbourhood_group"),
    ),
    Q(
        "how many listings have never been reviewed?",
        either(
            _count(lambda d: float((d["number_of_reviews"] == 0).sum())),
            _count(lambda d: float(d["last_review"].isna().sum())),
        ),
        (*_AB_ID, "number_of_reviews", "last_review", "reviews_per_month"),
    ),
    Q(
        "what % of the listings are entire homes/apartments?",
        _share(lambda d: float((_text(d["room_type"]) == "Entire home/apt").mean())),
        (*_AB_ID, "room_type"),
    ),
    Q(
        "plot the number of listings by month of their last review. which month has the most?",
        _lead(either(_month(_ab_busiest(False)), _month(_ab_busiest(True)))),
        (*_AB_ID, "last_review"),
    ),
    Q(
        "how many listings were last reviewed in that month",
        either(_count(_ab_in_month(False)), _count(_ab_in_month(True))),
        (*_AB_ID, "last_review"),
    ),
]


# --- 2. Alcohol consumption by country (FiveThirtyEight "alcohol-consumption", drinks.csv) --------------------------

# style: beer, spirit and wine servings a typical country drinks, and the chance of each being 0
_DR_STYLES: dict[str, tuple[float, float, float, float, float, float]] = {
    "we": (200, 100, 190, 0.0, 0.0, 0.0),
    "ee": (180, 180, 50, 0.0, 0.0, 0.02),
    "me": (15, 10, 3, 0.3, 0.3, 0.45),
    "af": (55, 15, 5, 0.05, 0.15, 0.15),
    "ss": (170, 50, 20, 0.0, 0.05, 0.05),
    "la": (160, 95, 20, 0.0, 0.0, 0.03),
    "ca": (140, 190, 30, 0.0, 0.0, 0.03),
    "as": (30, 60, 4, 0.1, 0.05, 0.2),
    "ea": (110, 170, 12, 0.0, 0.0, 0.05),
    "oc": (55, 35, 10, 0.05, 0.1, 0.2),
    "an": (230, 130, 170, 0.0, 0.0, 0.0),
}
# country as the file spells it, its style ("0": nothing recorded)
_DR_COUNTRIES = _fields(
    "Afghanistan|0;Albania|ee;Algeria|me;Andorra|we;Angola|af;Antigua & Barbuda|ca;Argentina|la;Armenia|ee;"
    "Australia|an;Austria|we;Azerbaijan|me;Bahamas|ca;Bahrain|me;Bangladesh|0;Barbados|ca;Belarus|ee;Belgium|we;"
    "Belize|ca;Benin|af;Bhutan|as;Bolivia|la;Bosnia-Herzegovina|ee;Botswana|ss;Brazil|la;Brunei|me;Bulgaria|ee;"
    "Burkina Faso|af;Burundi|af;Cote d'Ivoire|af;Cabo Verde|af;Cambodia|as;Cameroon|af;Canada|an;"
    "Central African Republic|af;Chad|af;Chile|la;China|ea;Colombia|la;Comoros|me;Congo|af;Cook Islands|oc;"
    "Costa Rica|la;Croatia|ee;Cuba|ca;Cyprus|we;Czech Republic|ee;North Korea|0;DR Congo|af;Denmark|we;Djibouti|me;"
    "Dominica|ca;Dominican Republic|ca;Ecuador|la;Egypt|me;El Salvador|la;Equatorial Guinea|af;Eritrea|af;"
    "Estonia|ee;Ethiopia|af;Fiji|oc;Finland|we;France|we;Gabon|ss;Gambia|af;Georgia|ee;Germany|we;Ghana|af;Greece|we;"
    "Grenada|ca;Guatemala|la;Guinea|af;Guinea-Bissau|af;Guyana|ca;Haiti|ca;Honduras|la;Hungary|ee;Iceland|we;"
    "India|as;Indonesia|me;Iran|0;Iraq|me;Ireland|an;Israel|we;Italy|we;Jamaica|ca;Japan|ea;Jordan|me;"
    "Kazakhstan|ee;Kenya|af;Kiribati|oc;Kuwait|0;Kyrgyzstan|ee;Laos|as;Latvia|ee;Lebanon|me;Lesotho|ss;Liberia|af;"
    "Libya|0;Lithuania|ee;Luxembourg|we;Madagascar|af;Malawi|af;Malaysia|me;Maldives|0;Mali|af;Malta|we;"
    "Marshall Islands|0;Mauritania|0;Mauritius|af;Mexico|la;Micronesia|oc;Monaco|0;Mongolia|ee;Montenegro|ee;"
    "Morocco|me;Mozambique|af;Myanmar|as;Namibia|ss;Nauru|oc;Nepal|as;Netherlands|we;New Zealand|an;Nicaragua|la;"
    "Niger|me;Nigeria|af;Niue|oc;Norway|we;Oman|me;Pakistan|0;Palau|oc;Panama|la;Papua New Guinea|oc;Paraguay|la;"
    "Peru|la;Philippines|as;Poland|ee;Portugal|we;Qatar|me;South Korea|ea;Moldova|ee;Romania|ee;"
    "Russian Federation|ee;Rwanda|af;St. Kitts & Nevis|ca;St. Lucia|ca;St. Vincent & the Grenadines|ca;Samoa|oc;"
    "San Marino|0;Sao Tome & Principe|af;Saudi Arabia|me;Senegal|me;Serbia|ee;Seychelles|af;Sierra Leone|af;"
    "Singapore|ea;Slovakia|ee;Slovenia|we;Solomon Islands|oc;Somalia|0;South Africa|ss;Spain|we;Sri Lanka|as;"
    "Sudan|me;Suriname|ca;Swaziland|ss;Sweden|we;Switzerland|we;Syria|me;Tajikistan|me;Thailand|ea;Macedonia|ee;"
    "Timor-Leste|as;Togo|af;Tonga|oc;Trinidad & Tobago|ca;Tunisia|me;Turkey|me;Turkmenistan|me;Tuvalu|oc;"
    "Uganda|af;Ukraine|ee;United Arab Emirates|me;United Kingdom|an;Tanzania|af;USA|an;Uruguay|la;Uzbekistan|me;"
    "Vanuatu|oc;Venezuela|la;Vietnam|as;Yemen|me;Zambia|af;Zimbabwe|af"
)
# countries whose four figures are fixed: beer, spirit, wine servings and litres of pure alcohol
_DR_KNOWN: dict[str, tuple[int, int, int, float]] = {
    "USA": (249, 158, 84, 8.7),
    "France": (127, 151, 370, 11.8),
    "Namibia": (376, 3, 1, 6.8),
    "Belarus": (142, 373, 42, 14.4),
    "Grenada": (199, 438, 28, 11.9),
    "Germany": (346, 117, 175, 11.3),
    "Czech Republic": (361, 170, 134, 11.8),
    "Russian Federation": (247, 326, 73, 11.5),
    "United Kingdom": (219, 126, 195, 10.4),
    "Portugal": (194, 67, 339, 11.0),
    "Andorra": (245, 138, 312, 12.4),
    "Lithuania": (343, 244, 56, 12.9),
}
_DR_CAPS = (345, 320, 300)


def _drinks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6502)
    rows: list[dict[str, Any]] = []
    for country, style in _DR_COUNTRIES:
        if country in _DR_KNOWN:
            beer, spirit, wine, litres = _DR_KNOWN[country]
        elif style == "0":
            beer, spirit, wine, litres = 0, 0, 0, 0.0
        else:
            spec = _DR_STYLES[style]
            beer, spirit, wine = (
                0 if rng.random() < spec[3 + k] else int(min(_DR_CAPS[k], round(spec[k] * rng.lognormal(0, 0.5))))
                for k in range(3)
            )
            litres = round(0.0177 * (beer + spirit + wine) * float(rng.lognormal(0, 0.08)), 1)
            litres = min(10.9, max(0.1, litres)) if beer + spirit + wine else 0.0
        rows.append(
            {
                "country": country,
                "beer_servings": beer,
                "spirit_servings": spirit,
                "wine_servings": wine,
                "total_litres_of_pure_alcohol": litres,
            }
        )
    return pd.DataFrame(rows)


def _dr_top(column: str) -> Callable[[pd.DataFrame], list[str]]:
    return lambda d: _best(d.set_index(_text(d["country"]))[column])


def _dr_dry(d: pd.DataFrame) -> pd.Series:
    return (d[["beer_servings", "spirit_servings", "wine_servings"]] == 0).all(axis=1)


_DR_ID = ("country",)
_DR_SERVINGS = ("beer_servings", "spirit_servings", "wine_servings")
_DRINKS_QS = [
    Q(
        "which country drinks the most beer?",
        _lead(_one_of(_dr_top("beer_servings"))),
        (*_DR_ID, "beer_servings"),
    ),
    Q(
        "and wine?",
        _lead(_one_of(_dr_top("wine_servings"))),
        (*_DR_ID, "wine_servings"),
    ),
    Q(
        "top 5 countries by total litres of pure alcohol",
        _top_named(lambda d: _ranked(d.set_index(_text(d["country"]))["total_litres_of_pure_alcohol"]), 5),
        (*_DR_ID, "total_litres_of_pure_alcohol"),
    ),
    Q(
        "avg and median spirit servings per country",
        _about(lambda d: [d["spirit_servings"].mean(), d["spirit_servings"].median()], rel=0.005),
        (*_DR_ID, "spirit_servings"),
    ),
    Q(
        "how many countries dont drink alcohol at all?",
        either(
            _count(lambda d: float(_dr_dry(d).sum())),
            _count(lambda d: float((d["total_litres_of_pure_alcohol"] == 0).sum())),
        ),
        (*_DR_ID, *_DR_SERVINGS, "total_litres_of_pure_alcohol"),
    ),
    Q(
        "is beer consumption corelated with wine consumption?",
        _corr(lambda d: d["beer_servings"], lambda d: d["wine_servings"]),
        (*_DR_ID, "beer_servings", "wine_servings"),
    ),
]


# --- 3. Fandango and the other film sites (FiveThirtyEight "fandango", fandango_score_comparison.csv) -----------------

_FD_ADJ = _split(
    "Last;Dark;Lost;Silent;Broken;Hidden;Golden;Wild;Little;Final;Secret;Endless;Perfect;Crimson;Quiet;Burning;"
    "Frozen;Savage;Beautiful;American;Midnight;Electric;Dangerous;Lonely;Sweet;Bitter;Long;Strange;Second;Eternal;"
    "Fallen;Forgotten;Restless;Reckless;Hollow;Distant;Silver;Scarlet;Northern;Furious;Mad;Magic;Young;Big"
)
_FD_NOUN = _split(
    "Summer;Road;Heart;City;River;Game;Night;House;Island;Dream;Kingdom;Empire;Promise;Garden;Storm;Shadow;Station;"
    "Horizon;Mountain;Hour;Letter;Winter;Song;Journey;Crossing;Frontier;Machine;Harvest;Ghost;Mirror;Echo;Line;"
    "Season;Witness;Stranger;Bridge;Voyage;Prisoner;Daughter;Son;Angel;Sky;Fire;Tide;Valley;Wolf;Hotel;Border;"
    "Country;Highway;Ocean;Diary;Affair;Reunion;Memory;Ritual;Lesson;Silence;Revenge;Castle;Paradise;Escape;Heist"
)
_FD_NAMES = _split("Max;Ruby;Jack;Ellie;Frank;Marnie;Hector;Tammy;Vincent;Maggie;Dexter;Lola;Stella;Otis;Ned;Iris")
_FD_COLUMNS = _split(
    "FILM;RottenTomatoes;RottenTomatoes_User;Metacritic;Metacritic_User;IMDB;Fandango_Stars;Fandango_Ratingvalue;"
    "RT_norm;RT_user_norm;Metacritic_norm;Metacritic_user_nom;IMDB_norm;RT_norm_round;RT_user_norm_round;"
    "Metacritic_norm_round;Metacritic_user_norm_round;IMDB_norm_round;Metacritic_user_vote_count;"
    "IMDB_user_vote_count;Fandango_votes;Fandango_Difference"
)


def _fd_title(rng: np.random.Generator) -> str:
    adj, noun, other = str(_one(rng, _FD_ADJ)), str(_one(rng, _FD_NOUN)), str(_one(rng, _FD_NOUN))
    forms = [
        f"The {adj} {noun}",
        f"{noun} of the {other}",
        f"{adj} {noun}",
        f"The {noun}",
        f"{_one(rng, _FD_NAMES)}'s {noun}",
        f"{adj} {noun} {int(_one(rng, [2, 2, 3]))}",
        f"{noun}: {adj} {other}",
        f"{adj} & {_one(rng, _FD_ADJ)}",
    ]
    return str(_one(rng, forms, [20, 12, 16, 6, 8, 8, 10, 4]))


def _fd_half(x: float) -> float:
    """To the nearest half star, halves up."""
    return float(np.floor(x * 2 + 0.5) / 2)


def _fandango_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6503)
    used: set[str] = set()
    titles: list[str] = []
    while len(titles) < 146:
        title = _unique(rng, _fd_title, used)
        loose = _loose(title)
        if any(loose in _loose(t) or _loose(t) in loose for t in titles):
            continue
        titles.append(title)
    rows: list[dict[str, Any]] = []
    for title in titles:
        q = float(rng.normal(0, 1))
        fame = float(rng.normal(0, 1))
        rt = int(np.clip(round(61 + 29 * q + rng.normal(0, 11)), 5, 100))
        rt_user = int(np.clip(round(64 + 17 * q + 4 * fame + rng.normal(0, 9)), 20, 94))
        meta = int(np.clip(round(59 + 17 * q + rng.normal(0, 6)), 13, 94))
        meta_user = round(float(np.clip(6.5 + 1.1 * q + rng.normal(0, 0.8), 2.4, 9.6)), 1)
        imdb = round(float(np.clip(6.74 + 0.75 * q + 0.15 * fame + rng.normal(0, 0.45), 4.0, 8.6)), 1)
        value = round(float(np.clip(3.85 + 0.33 * q + 0.1 * fame + rng.normal(0, 0.22), 2.7, 4.8)), 1)
        stars = float(np.ceil(round(value * 2, 6)) / 2)
        if stars == value and rng.random() < 0.25:
            stars += 0.5
        stars = min(stars, 5.0)
        norms = [round(rt / 20, 2), round(rt_user / 20, 2), round(meta / 20, 2), round(meta_user / 2, 2)]
        norms.append(round(imdb / 2, 2))
        votes = float(rng.lognormal(np.log(38_000), 1.1) * np.exp(0.5 * fame))
        year = 2014 if rng.random() < 0.09 else 2015
        rows.append(
            dict(
                zip(
                    _FD_COLUMNS,
                    [
                        f"{title} ({year})",
                        rt,
                        rt_user,
                        meta,
                        meta_user,
                        imdb,
                        stars,
                        value,
                        *norms,
                        *(_fd_half(x) for x in norms),
                        int(np.clip(votes / 230 * rng.lognormal(0, 0.6), 4, 4200)),
                        int(np.clip(votes, 243, 334_164)),
                        int(np.clip(votes / 30 * rng.lognormal(0, 0.5), 35, 15_337)),
                        round(stars - value, 1),
                    ],
                    strict=True,
                )
            )
        )
    return pd.DataFrame(rows)


def _fd_plain(film: str) -> str:
    """A film's title without its year: "Ant-Man (2015)" as "Ant-Man"."""
    return film.rsplit(" (", 1)[0]


def _fd_gap(d: pd.DataFrame) -> list[str]:
    gaps = (d["RottenTomatoes"] - d["RottenTomatoes_User"]).abs()
    return [_fd_plain(x) for x in _best(gaps.set_axis(_text(d["FILM"])))]


def _fd_up(d: pd.DataFrame) -> pd.Series:
    return d["Fandango_Stars"] > d["Fandango_Ratingvalue"]


_FD_ID = ("FILM",)
_FD_STARS = ("Fandango_Stars", "Fandango_Ratingvalue", "Fandango_Difference")
_FANDANGO_QS = [
    Q(
        "average fandango stars compared to the average imdb rating?",
        both(
            has(lambda d: d["Fandango_Stars"].mean()),
            either(has(lambda d: d["IMDB"].mean()), has(lambda d: d["IMDB_norm"].mean())),
        ),
        (*_FD_ID, *_FD_STARS, "IMDB", "IMDB_norm", "IMDB_norm_round"),
    ),
    Q(
        "how many movies show more stars than their actual rating value on fandango?",
        _count(lambda d: float(_fd_up(d).sum())),
        (*_FD_ID, *_FD_STARS),
    ),
    Q(
        "and by how much on avg?",
        either(
            has(lambda d: (d["Fandango_Stars"] - d["Fandango_Ratingvalue"]).mean()),
            has(lambda d: (d["Fandango_Stars"] - d["Fandango_Ratingvalue"])[_fd_up(d)].mean()),
        ),
        (*_FD_ID, *_FD_STARS),
    ),
    Q(
        "which film has the biggest gap between the critics and the audience score on rotten tomatoes",
        _lead(_one_of(_fd_gap)),
        (*_FD_ID, "RottenTomatoes", "RottenTomatoes_User", "RT_norm", "RT_user_norm"),
    ),
    Q(
        "correlation between metacritic and imdb scores",
        _corr(lambda d: d["Metacritic"], lambda d: d["IMDB"]),
        (*_FD_ID, "Metacritic", "IMDB", "Metacritic_norm", "IMDB_norm", "Metacritic_User"),
    ),
    Q(
        "what percent of the films got 4.5 stars or more on fandango",
        _share(lambda d: float((d["Fandango_Stars"] >= 4.5).mean())),
        (*_FD_ID, "Fandango_Stars"),
    ),
]


# --- 4. World Happiness Report 2021 (Kaggle "World Happiness Report 2021", world-happiness-report-2021.csv) -----------

_WH_REGIONS = {
    "WE": "Western Europe",
    "NA": "North America and ANZ",
    "ME": "Middle East and North Africa",
    "LA": "Latin America and Caribbean",
    "CE": "Central and Eastern Europe",
    "EA": "East Asia",
    "SE": "Southeast Asia",
    "CI": "Commonwealth of Independent States",
    "SS": "Sub-Saharan Africa",
    "SA": "South Asia",
}
# region: how far its countries sit from the rest on GDP, social support, healthy life expectancy, freedom,
# generosity and perceived corruption (in standard deviations)
_WH_LEAN: dict[str, tuple[float, float, float, float, float, float]] = {
    "WE": (0.9, 0.5, 0.9, 0.3, 0.1, -0.3),
    "NA": (0.9, 0.5, 0.8, 0.3, 0.9, -0.4),
    "ME": (0.3, -0.3, 0.2, -0.6, -0.4, 0.2),
    "LA": (-0.2, 0.3, 0.1, 0.4, -0.5, 0.5),
    "CE": (0.2, 0.2, 0.1, 0.0, -0.6, 0.7),
    "EA": (0.7, 0.0, 1.1, -0.1, -0.4, -0.2),
    "SE": (-0.1, -0.1, 0.0, 0.9, 0.9, 0.2),
    "CI": (-0.1, 0.4, -0.2, 0.1, -0.2, 0.4),
    "SS": (-1.1, -0.8, -1.2, -0.2, 0.2, 0.2),
    "SA": (-0.8, -1.0, -0.3, 0.1, 0.4, 0.2),
}
# the countries, happiest first, with their regions
_WH_COUNTRIES = _fields(
    "Finland|WE;Denmark|WE;Switzerland|WE;Iceland|WE;Netherlands|WE;Norway|WE;Sweden|WE;Luxembourg|WE;"
    "New Zealand|NA;Austria|WE;Australia|NA;Israel|ME;Germany|WE;Canada|NA;Ireland|WE;Costa Rica|LA;"
    "United Kingdom|WE;Czech Republic|CE;United States|NA;Belgium|WE;France|WE;Bahrain|ME;Malta|WE;"
    "Taiwan Province of China|EA;United Arab Emirates|ME;Saudi Arabia|ME;Spain|WE;Italy|WE;Slovenia|CE;"
    "Guatemala|LA;Uruguay|LA;Singapore|SE;Kosovo|CE;Slovakia|CE;Brazil|LA;Mexico|LA;Jamaica|LA;Lithuania|CE;"
    "Cyprus|WE;Estonia|CE;Panama|LA;Uzbekistan|CI;Chile|LA;Poland|CE;Kazakhstan|CI;Romania|CE;Kuwait|ME;Serbia|CE;"
    "El Salvador|LA;Mauritius|SS;Latvia|CE;Colombia|LA;Hungary|CE;Thailand|SE;Nicaragua|LA;Japan|EA;Argentina|LA;"
    "Portugal|WE;Honduras|LA;Croatia|CE;Philippines|SE;South Korea|EA;Peru|LA;Bosnia and Herzegovina|CE;"
    "Moldova|CI;Ecuador|LA;Kyrgyzstan|CI;Greece|WE;Bolivia|LA;Mongolia|EA;Paraguay|LA;Montenegro|CE;"
    "Dominican Republic|LA;North Cyprus|WE;Belarus|CI;Russia|CI;Hong Kong S.A.R. of China|EA;Tajikistan|CI;"
    "Vietnam|SE;Libya|ME;Malaysia|SE;Indonesia|SE;Congo (Brazzaville)|SS;China|EA;Ivory Coast|SS;Armenia|CI;"
    "Nepal|SA;Bulgaria|CE;Maldives|SA;Azerbaijan|CI;Cameroon|SS;Senegal|SS;Albania|CE;North Macedonia|CE;Ghana|SS;"
    "Niger|SS;Turkmenistan|CI;Gambia|SS;Benin|SS;Laos|SE;Bangladesh|SA;Guinea|SS;South Africa|SS;Turkey|ME;"
    "Pakistan|SA;Morocco|ME;Venezuela|LA;Georgia|CI;Algeria|ME;Ukraine|CI;Iraq|ME;Gabon|SS;Burkina Faso|SS;"
    "Cambodia|SE;Mozambique|SS;Nigeria|SS;Mali|SS;Iran|ME;Uganda|SS;Liberia|SS;Kenya|SS;Tunisia|ME;Lebanon|ME;"
    "Namibia|SS;Palestinian Territories|ME;Myanmar|SE;Jordan|ME;Chad|SS;Sri Lanka|SA;Swaziland|SS;Comoros|SS;"
    "Egypt|ME;Ethiopia|SS;Mauritania|SS;Madagascar|SS;Togo|SS;Zambia|SS;Sierra Leone|SS;India|SA;Burundi|SS;"
    "Yemen|ME;Tanzania|SS;Haiti|LA;Malawi|SS;Lesotho|SS;Botswana|SS;Rwanda|SS;Zimbabwe|SS;Afghanistan|SA"
)
# factor: column, mean, spread, lowest, highest, weight of the ladder score, of the region's lean, of noise
_WH_FACTORS = _fields(
    "Logged GDP per capita|9.432|1.158|6.635|11.647|0.55|0.55|0.45;"
    "Social support|0.815|0.115|0.463|0.983|0.6|0.4|0.5;"
    "Healthy life expectancy|64.992|6.762|48.478|76.953|0.5|0.55|0.45;"
    "Freedom to make life choices|0.792|0.113|0.382|0.970|0.5|0.4|0.6;"
    "Generosity|-0.015|0.151|-0.288|0.542|0.1|0.5|0.8;"
    "Perceptions of corruption|0.727|0.179|0.082|0.939|-0.5|0.4|0.6"
)
# rank: ladder score the ranking passes through
_WH_LADDER_AT = "1:7.842;2:7.62;5:7.464;10:7.268;20:6.834;30:6.435;40:6.189;50:6.049;60:5.88;75:5.534;90:5.171;"
_WH_LADDER_AT += "100:5.03;110:4.875;120:4.625;130:4.308;140:3.775;145:3.512;149:2.523"
# "Explained by:" column, slope and the dystopian level of its factor
_WH_EXPLAINED = _fields(
    "Log GDP per capita|0.3496|6.635;Social support|2.06|0.417;Healthy life expectancy|0.0318|48.72;"
    "Freedom to make life choices|1.26|0.4;Generosity|0.53|-0.332;Perceptions of corruption|-0.64|0.939"
)


def _happiness_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6504)
    n = len(_WH_COUNTRIES)
    ranks, levels = _table(_WH_LADDER_AT)
    ladder = np.interp(np.arange(1, n + 1), [float(r) for r in ranks], levels) + rng.normal(0, 0.03, n)
    ladder[[0, -1]] = levels[0], levels[-1]
    ladder = np.round(np.sort(ladder)[::-1], 3)
    z = (ladder - 5.533) / 1.074
    rows: list[dict[str, Any]] = []
    for i, (country, code) in enumerate(_WH_COUNTRIES):
        error = float(np.clip(0.026 + 0.028 * rng.lognormal(0, 0.45) + (0.02 if code == "SS" else 0.0), 0.026, 0.173))
        row: dict[str, Any] = {
            "Country name": country,
            "Regional indicator": _WH_REGIONS[code],
            "Ladder score": float(ladder[i]),
            "Standard error of ladder score": round(error, 3),
            "upperwhisker": round(float(ladder[i]) + 1.96 * error, 3),
            "lowerwhisker": round(float(ladder[i]) - 1.96 * error, 3),
        }
        for k, (column, mean, spread, low, high, wz, wr, wn) in enumerate(_WH_FACTORS):
            shift = float(wz) * float(z[i]) + float(wr) * _WH_LEAN[code][k] + float(wn) * float(rng.normal(0, 1))
            value = float(mean) + float(spread) * shift
            value = min(value, 2 * float(high) - value) if value > float(high) else value
            value = max(value, 2 * float(low) - value) if value < float(low) else value
            row[column] = round(float(np.clip(value, float(low), float(high))), 3)
        row["Ladder score in Dystopia"] = 2.43
        explained = 0.0
        for (name, slope, floor), (column, *_rest) in zip(_WH_EXPLAINED, _WH_FACTORS, strict=True):
            part = round(max(0.0, float(slope) * (row[column] - float(floor))), 3)
            row[f"Explained by: {name}"] = part
            explained += part
        row["Dystopia + residual"] = round(float(ladder[i]) - explained, 3)
        rows.append(row)
    return pd.DataFrame(rows)


_WH_SHORT = {
    "Taiwan Province of China": "Taiwan",
    "Hong Kong S.A.R. of China": "Hong Kong",
    "Congo (Brazzaville)": "Congo",
    "Palestinian Territories": "Palestinian",
}


def _wh_region_means(d: pd.DataFrame) -> pd.Series:
    return d.groupby(_text(d["Regional indicator"]))["Ladder score"].mean()


def _wh_top_health(d: pd.DataFrame) -> pd.Series:
    names = [_WH_SHORT.get(x, x) for x in _text(d["Country name"])]
    return _ranked(d["Healthy life expectancy"].set_axis(names))


def _wh_we_over(d: pd.DataFrame) -> float:
    west = d[_text(d["Regional indicator"]) == "Western Europe"]
    return float((west["Ladder score"] > 7).mean())


_WH_ID = ("Country name",)
_WH_LADDER = ("Ladder score", "upperwhisker", "lowerwhisker")
_HAPPINESS_QS = [
    Q(
        "average ladder score by region",
        _about(lambda d: _wh_region_means(d).to_numpy(), rel=0.002),
        (*_WH_ID, "Regional indicator", *_WH_LADDER),
    ),
    Q(
        "which one is the happiest?",
        _lead(_one_of(lambda d: _best(_wh_region_means(d)))),
        (*_WH_ID, "Regional indicator", *_WH_LADDER),
    ),
    Q(
        "how many countries have a ladder score above 6",
        either(
            _count(lambda d: float((d["Ladder score"] > 6).sum())),
            _count(lambda d: float((d["Ladder score"] >= 6).sum())),
        ),
        (*_WH_ID, *_WH_LADDER),
    ),
    Q(
        "does gdp correlate with happiness?",
        either(
            _corr(lambda d: d["Logged GDP per capita"], lambda d: d["Ladder score"]),
            _corr(lambda d: d["Explained by: Log GDP per capita"], lambda d: d["Ladder score"]),
        ),
        (*_WH_ID, "Logged GDP per capita", "Explained by: Log GDP per capita", *_WH_LADDER),
    ),
    Q(
        "top 5 countries by healthy life expectancy",
        _top_named(_wh_top_health, 5),
        (*_WH_ID, "Healthy life expectancy", "Explained by: Healthy life expectancy"),
    ),
    Q(
        "what percentage of western european countries score over 7?",
        _share(_wh_we_over),
        (*_WH_ID, "Regional indicator", *_WH_LADDER),
    ),
]


# --- 5. Online Retail (UCI "Online Retail", Online Retail.xlsx exported to CSV) --------------------------------------

# stock code, description as the till wrote it (trailing spaces kept), unit price (GBP); best sellers first
_OR_PRODUCTS = _fields(
    "85123A|WHITE HANGING HEART T-LIGHT HOLDER|2.55;22423|REGENCY CAKESTAND 3 TIER|12.75;"
    "85099B|JUMBO BAG RED RETROSPOT|1.95;47566|PARTY BUNTING|4.95;20725|LUNCH BAG RED RETROSPOT|1.65;"
    "84879|ASSORTED COLOUR BIRD ORNAMENT|1.69;22720|SET OF 3 CAKE TINS PANTRY DESIGN |4.95;"
    "21212|PACK OF 72 RETROSPOT CAKE CASES|0.55;22197|SMALL POPCORN HOLDER|0.85;23203|JUMBO BAG VINTAGE DOILY |2.08;"
    "22383|LUNCH BAG SUKI DESIGN |1.65;20727|LUNCH BAG  BLACK SKULL.|1.65;84991|60 TEATIME FAIRY CAKE CASES|0.55;"
    "22086|PAPER CHAIN KIT 50'S CHRISTMAS |2.95;23084|RABBIT NIGHT LIGHT|2.08;79321|CHILLI LIGHTS|5.75;"
    "22457|NATURAL SLATE HEART CHALKBOARD |2.95;22469|HEART OF WICKER SMALL|1.65;22960|JAM MAKING SET WITH JARS|4.25;"
    "21733|RED HANGING HEART T-LIGHT HOLDER|2.95;22386|JUMBO BAG PINK POLKADOT|1.95;"
    "22178|VICTORIAN GLASS HANGING T-LIGHT|1.25;21080|SET/20 RED RETROSPOT PAPER NAPKINS |0.85;"
    "22138|BAKING SET 9 PIECE RETROSPOT |4.95;22699|ROSES REGENCY TEACUP AND SAUCER |2.95;"
    "22697|GREEN REGENCY TEACUP AND SAUCER|2.95;22698|PINK REGENCY TEACUP AND SAUCER|2.95;"
    "82482|WOODEN PICTURE FRAME WHITE FINISH|2.55;82494L|WOODEN FRAME ANTIQUE WHITE |2.95;"
    "22993|SET OF 4 PANTRY JELLY MOULDS|1.25;22666|RECIPE BOX PANTRY YELLOW DESIGN|2.95;"
    "22722|SET OF 6 SPICE TINS PANTRY DESIGN|3.95;23298|SPOTTY BUNTING|4.95;22112|CHOCOLATE HOT WATER BOTTLE|4.95;"
    "22114|HOT WATER BOTTLE TEA AND SYMPATHY|3.95;84029G|KNITTED UNION FLAG HOT WATER BOTTLE|3.39;"
    "84029E|RED WOOLLY HOTTIE WHITE HEART.|3.39;71053|WHITE METAL LANTERN|3.39;"
    "84406B|CREAM CUPID HEARTS COAT HANGER|2.75;22752|SET 7 BABUSHKA NESTING BOXES|7.65;"
    "21730|GLASS STAR FROSTED T-LIGHT HOLDER|4.25;22633|HAND WARMER UNION JACK|1.85;"
    "22632|HAND WARMER RED POLKA DOT|1.85;22865|HAND WARMER OWL DESIGN|2.10;22834|HAND WARMER BABUSHKA DESIGN|2.10;"
    "22745|POPPY'S PLAYHOUSE BEDROOM |2.10;22748|POPPY'S PLAYHOUSE KITCHEN|2.10;"
    "22749|FELTCRAFT PRINCESS CHARLOTTE DOLL|3.75;22310|IVORY KNITTED MUG COSY |1.65;"
    "84969|BOX OF 6 ASSORTED COLOUR TEASPOONS|4.25;22623|BOX OF VINTAGE JIGSAW BLOCKS |4.95;"
    "22622|BOX OF VINTAGE ALPHABET BLOCKS|9.95;21754|HOME BUILDING BLOCK WORD|5.95;21755|LOVE BUILDING BLOCK WORD|5.95;"
    "21777|RECIPE BOX WITH METAL HEART|7.95;48187|DOORMAT NEW ENGLAND|7.95;22913|RED COAT RACK PARIS FASHION|4.95;"
    "22912|YELLOW COAT RACK PARIS FASHION|4.95;22728|ALARM CLOCK BAKELIKE PINK|3.75;"
    "22727|ALARM CLOCK BAKELIKE RED |3.75;22726|ALARM CLOCK BAKELIKE GREEN|3.75;"
    "21724|PANDA AND BUNNIES STICKER SHEET|0.85;10002|INFLATABLE POLITICAL GLOBE |0.85;"
    "21791|VINTAGE HEADS AND TAILS CARD GAME |1.25;21035|SET/2 RED RETROSPOT TEA TOWELS |3.25;"
    "22326|ROUND SNACK BOXES SET OF4 WOODLAND |2.95;22629|SPACEBOY LUNCH BOX |1.95;22630|DOLLY GIRL LUNCH BOX|1.95;"
    "22659|LUNCH BOX I LOVE LONDON|1.95;22661|CHARLOTTE BAG DOLLY GIRL DESIGN|0.85;85099F|JUMBO BAG STRAWBERRY|1.95;"
    "20728|LUNCH BAG CARS BLUE|1.65;22384|LUNCH BAG PINK POLKADOT|1.65;"
    "21977|PACK OF 60 PINK PAISLEY CAKE CASES|0.55;22910|PAPER CHAIN KIT VINTAGE CHRISTMAS|2.95;"
    "21790|VINTAGE SNAP CARDS|0.85;23209|LUNCH BAG VINTAGE DOILY |1.65;22470|HEART OF WICKER LARGE|2.95;"
    "21232|STRAWBERRY CERAMIC TRINKET BOX|1.25;22139|RETROSPOT TEA SET CERAMIC 11 PC |4.95;"
    "22616|PACK OF 12 LONDON TISSUES |0.29;21175|GIN + TONIC DIET METAL SIGN|2.55;"
    "21181|PLEASE ONE PERSON METAL SIGN|2.10;82552|WASHROOM METAL SIGN|1.45;21166|COOK WITH WINE METAL SIGN |2.08;"
    "84077|WORLD WAR 2 GLIDERS ASSTD DESIGNS|0.29;17003|BROCADE RING PURSE |0.29;22492|MINI PAINT SET VINTAGE |0.65;"
    "15036|ASSORTED COLOURS SILK FAN|0.85;23166|MEDIUM CERAMIC TOP STORAGE JAR|1.25;"
    "22411|JUMBO SHOPPER VINTAGE RED PAISLEY|1.95;21931|JUMBO STORAGE BAG SUKI|1.95;"
    "22355|CHARLOTTE BAG SUKI DESIGN|0.85;23245|SET OF 3 REGENCY CAKE TINS|4.95;22961|JAM MAKING SET PRINTED|1.45;"
    "85152|HAND OVER THE CHOCOLATE   SIGN |2.10;21883|STARS GIFT TAPE |0.65"
)
# country: customers, share of invoices, quantity multiplier (wholesale buyers abroad order more)
_OR_COUNTRIES = _fields(
    "United Kingdom|480|80|1;Germany|25|4.5|1.2;France|22|4|1.2;EIRE|3|2.5|1.6;Spain|8|0.9|1;Netherlands|2|0.6|7;"
    "Belgium|6|0.8|1;Switzerland|5|0.6|1.3;Portugal|5|0.6|1;Australia|3|0.35|5;Norway|2|0.3|1.5;Italy|4|0.3|1;"
    "Channel Islands|2|0.3|1;Finland|3|0.25|1.2;Cyprus|2|0.2|1;Sweden|2|0.15|3;Austria|2|0.15|1;Denmark|2|0.1|2;"
    "Japan|2|0.1|4;Poland|2|0.1|1;USA|2|0.08|1;Israel|1|0.08|1;Singapore|1|0.06|1.5;Iceland|1|0.06|1.5;"
    "Canada|1|0.05|1;Greece|1|0.05|1;Malta|1|0.04|1;United Arab Emirates|1|0.03|1;Lithuania|1|0.03|1;RSA|1|0.03|1;"
    "Bahrain|1|0.02|1;Brazil|1|0.02|1;Lebanon|1|0.02|1;Czech Republic|1|0.02|1;Saudi Arabia|1|0.01|1;"
    "European Community|1|0.03|1;Unspecified|2|0.05|1"
)
# month: invoices (relative), as in the full file (December 2011 stops on the 9th)
_OR_MONTHS = (
    "2010-12:42.5;2011-01:35;2011-02:27.7;2011-03:36.7;2011-04:29.9;2011-05:37;2011-06:36.9;2011-07:39.5;"
    "2011-08:35.3;2011-09:50.2;2011-10:60.7;2011-11:84.7;2011-12:25.5"
)
_OR_HOURS = "7:1;8:5;9:9;10:14;11:15;12:17;13:15;14:13;15:13;16:6;17:3;18:1;19:1;20:0.3"
_OR_QTY = "1:8;2:12;3:6;4:9;6:14;8:4;10:5;12:24;16:2;20:2;24:8;25:1.5;36:1.5;48:2.5;72:0.5;96:0.7;144:0.3"
_OR_WALK_IN = "1:62;2:21;3:6;4:4;5:2;6:2;10:1;12:2"
_OR_ODD = "check:4;damages:3;?:3;lost:1;sold as set on dotcom:1;:12"


def _or_days() -> dict[str, list[pd.Timestamp]]:
    """The trading days of each month: no Saturdays, shut from 23 December 2010 to 3 January 2011, last day 9 Dec."""
    days = pd.date_range("2010-12-01", "2011-12-09", freq="D")
    shut = (days > pd.Timestamp("2010-12-23")) & (days < pd.Timestamp("2011-01-04"))
    open_days = days[(days.dayofweek != 5) & ~shut]
    out: dict[str, list[pd.Timestamp]] = {}
    for day in open_days:
        out.setdefault(f"{day:%Y-%m}", []).append(day)
    return out


_OR_ITEMS = [(code, description, float(price)) for code, description, price in _OR_PRODUCTS]
_OR_POPULAR = 1 / (np.arange(len(_OR_ITEMS)) + 3.0) ** 0.9
_OR_POPULAR /= _OR_POPULAR.sum()
# one line of an invoice: stock code, description, quantity, unit price
_Line = tuple[str, str, int, float]


def _or_cancel(rng: np.random.Generator, bought: list[_Line]) -> list[_Line]:
    """A cancellation: some lines the customer bought before, with their quantities negative."""
    k = min(len(bought), int(_draw(rng, "1:62;2:18;3:8;4:5;6:4;10:3")))
    out: list[_Line] = []
    for i in rng.choice(len(bought), k, replace=False):
        code, description, qty, unit = bought[int(i)]
        out.append((code, description, -max(1, round(qty * float(_one(rng, [1.0, 1.0, 0.5])))), unit))
    return out


def _or_walk_in(rng: np.random.Generator) -> list[_Line]:
    """An order without a customer number: small quantities at about twice the trade price, often dotcom postage."""
    k = int(np.clip(rng.geometric(1 / 36), 1, 90))
    out: list[_Line] = []
    for i in rng.choice(len(_OR_ITEMS), k, replace=False, p=_OR_POPULAR):
        code, description, price = _OR_ITEMS[int(i)]
        out.append((code, description, int(_draw(rng, _OR_WALK_IN)), round(price * 2 - 0.01, 2)))
    if rng.random() < 0.5:
        out.append(("DOT", "DOTCOM POSTAGE", 1, round(float(rng.uniform(40, 1200)), 2)))
    return out


def _or_order(rng: np.random.Generator, country: str, factor: float) -> list[_Line]:
    """A trade order: dozens at a time, cheaper by the box, postage for customers abroad."""
    k = int(np.clip(rng.geometric(1 / 18), 1, 60))
    out: list[_Line] = []
    for i in rng.choice(len(_OR_ITEMS), k, replace=False, p=_OR_POPULAR):
        code, description, price = _OR_ITEMS[int(i)]
        qty = int(_draw(rng, _OR_QTY)) if price < 8 else int(_one(rng, [1, 2, 2, 4, 6]))
        if factor > 1 and qty >= 6:
            qty = max(6, round(qty * factor * float(rng.uniform(0.6, 1.4)) / 6) * 6)
        unit = round(price * 0.75, 2) if qty >= 100 else round(price * 0.85, 2) if qty >= 24 else price
        out.append((code, description, qty, unit))
    if country != "United Kingdom" and rng.random() < 0.7:
        postage = 18.0 if country in ("Germany", "France", "Belgium", "Netherlands") else 28.0
        out.append(("POST", "POSTAGE", int(_one(rng, [1, 1, 2, 3])), postage))
    if rng.random() < 0.01:
        out.append(("M", "Manual", 1, round(float(rng.uniform(0.19, 300)), 2)))
    return out


def _retail_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6505)
    ids = rng.choice(np.arange(12346, 18288), sum(int(c[1]) for c in _OR_COUNTRIES), replace=False)
    customers: list[tuple[float, str, float, float]] = []
    for place, k, weight, mult in _OR_COUNTRIES:
        activity = rng.lognormal(0, 0.9, int(k))
        for a in activity:
            customers.append((float(ids[len(customers)]), place, float(weight) * a / activity.sum(), float(mult)))
    weights = [c[2] for c in customers]
    days = _or_days()
    stamps: list[pd.Timestamp] = []
    for _ in range(1150):
        month = _draw(rng, _OR_MONTHS)
        day = days[month][int(rng.integers(0, len(days[month])))]
        stamps.append(day + pd.Timedelta(hours=int(_draw(rng, _OR_HOURS)), minutes=int(rng.integers(0, 60))))
    stamps.sort()
    number = 536365
    history: dict[float, list[_Line]] = {}
    lines: list[dict[str, Any]] = []
    for t in stamps:
        number += 1 + int(rng.exponential(38))
        invoice, roll = str(number), rng.random()
        who: float | None = None
        if roll < 0.02:
            code, _description, _price = _OR_ITEMS[int(rng.integers(0, len(_OR_ITEMS)))]
            qty = int(_one(rng, [-1, -2, -3, -10, -12, -24, -100, 5, 10, 24]))
            items: list[_Line] = [(code, _draw(rng, _OR_ODD), qty, 0.0)]
            country = "United Kingdom"
        else:
            cid, country, _w, factor = customers[int(_one(rng, list(range(len(customers))), weights))]
            if roll < 0.15 and history.get(cid):
                items, invoice, who = _or_cancel(rng, history[cid]), f"C{number}", cid
            elif 0.15 <= roll < 0.27:
                places = ["United Kingdom", "EIRE", "Unspecified", "Hong Kong"]
                items, country = _or_walk_in(rng), str(_one(rng, places, [95, 2, 2, 1]))
            else:
                items, who = _or_order(rng, country, factor), cid
                history.setdefault(cid, []).extend(x for x in items if x[0] not in ("POST", "M"))
        for code, description, qty, unit in items:
            lines.append(
                {
                    "InvoiceNo": invoice,
                    "StockCode": code,
                    "Description": description or None,
                    "Quantity": qty,
                    "InvoiceDate": f"{t.month}/{t.day}/{t.year} {t.hour}:{t.minute:02d}",
                    "UnitPrice": unit,
                    "CustomerID": who,
                    "Country": country,
                }
            )
    keep = np.sort(rng.choice(len(lines), 5000, replace=False))
    frame = pd.DataFrame([lines[int(i)] for i in keep])
    frame["CustomerID"] = frame["CustomerID"].astype(float)
    return frame


def _or_revenue(net: bool) -> Callable[[pd.DataFrame], pd.Series]:
    """Quantity times unit price of every line, or (not `net`) of the sales only."""

    def revenue(d: pd.DataFrame) -> pd.Series:
        value = d["Quantity"] * d["UnitPrice"]
        return value if net else value.where(d["Quantity"] > 0, 0.0)

    return revenue


def _or_total(net: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_or_revenue(net)(d).sum())


def _or_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["InvoiceDate"]), format="%m/%d/%Y %H:%M").dt.to_period("M")


def _or_best_month(net: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        by = _or_revenue(net)(d).groupby(_or_month(d).astype(str)).sum()
        return pd.Timestamp(str(_ranked(by).index[0]))

    return best


def _or_countries(net: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(_or_revenue(net)(d).groupby(_text(d["Country"])).sum())


def _or_buyers(net: bool) -> Callable[[pd.DataFrame], float]:
    """Customers with a line in the best month (or, not `net`, with a sale in it)."""

    def count(d: pd.DataFrame) -> float:
        rows = d[_or_month(d) == _or_best_month(net)(d).to_period("M")]
        rows = rows if net else rows[rows["Quantity"] > 0]
        return float(rows["CustomerID"].nunique())

    return count


_OR_ID = ("InvoiceNo", "StockCode", "Description")
_OR_MONEY = ("Quantity", "UnitPrice")
_RETAIL_QS = [
    Q(
        "what's the total revenue (quantity x unit price)?",
        either(_scaled(_or_total(True), (1e3, 1e6)), _scaled(_or_total(False), (1e3, 1e6))),
        (*_OR_ID, *_OR_MONEY),
    ),
    Q(
        "top 5 countries by revenue",
        either(_top_named(_or_countries(True), 5), _top_named(_or_countries(False), 5)),
        (*_OR_ID, *_OR_MONEY, "Country"),
    ),
    Q(
        "how many invoices were cancelled?",
        _count(lambda d: float(d.loc[_text(d["InvoiceNo"]).str.startswith("C"), "InvoiceNo"].nunique())),
        (*_OR_ID, "Quantity"),
    ),
    Q(
        "what percantage of rows have no CustomerID",
        _share(lambda d: float(d["CustomerID"].isna().mean())),
        (*_OR_ID, "CustomerID"),
    ),
    Q(
        "plot revenue by month - which month had the highest sales?",
        _lead(either(_month(_or_best_month(True)), _month(_or_best_month(False)))),
        (*_OR_ID, *_OR_MONEY, "InvoiceDate"),
    ),
    Q(
        "how many different customers bought something that month?",
        either(_count(_or_buyers(True)), _count(_or_buyers(False))),
        (*_OR_ID, "InvoiceDate", "CustomerID", "Quantity"),
    ),
]


# --- 6. Weather in Szeged 2006-2016 (Kaggle "Weather in Szeged 2006-2016", weatherHistory.csv) ----------------------

# year: how much warmer or colder than usual it was (°C)
_WS_YEARS = {2006: -0.3, 2007: 0.5, 2008: 0.3, 2009: 0.2, 2010: -0.4, 2011: 0.0, 2012: 0.6, 2013: 0.2, 2014: 0.7}
_WS_YEARS |= {2015: 0.6, 2016: 0.4}
_WS_DAILY = _fields(
    "Clear throughout the day.|Clear throughout the day.|Clear starting in the afternoon.;"
    "Partly cloudy throughout the day.|Partly cloudy until evening.|Partly cloudy starting in the afternoon.;"
    "Mostly cloudy throughout the day.|Mostly cloudy until night.|Mostly cloudy starting overnight.;"
    "Overcast throughout the day.|Overcast until evening.|Light rain in the morning."
)
_WS_COLUMNS = _split(
    "Formatted Date;Summary;Precip Type;Temperature (C);Apparent Temperature (C);Humidity;Wind Speed (km/h);"
    "Wind Bearing (degrees);Visibility (km);Loud Cover;Pressure (millibars);Daily Summary"
)


def _ws_celsius(c: np.ndarray) -> np.ndarray:
    """Celsius as the file has it: read in Fahrenheit to two decimals, then converted."""
    return (np.round(c * 1.8 + 32, 2) - 32) / 1.8


def _weather_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6506)
    hours = pd.date_range("2006-01-01 01:00", "2016-12-31 23:00", freq="h", tz="Europe/Budapest")
    local = hours.tz_localize(None)
    allowed = np.flatnonzero(~((local.month == 1) & (local.day == 1) & (local.hour == 0)))
    pick = np.sort(rng.choice(allowed, 5000, replace=False))
    when, t = hours[pick], local[pick]
    n_days = int((local[-1].normalize() - local[0].normalize()).days) + 1
    anomaly = np.zeros(n_days)
    cloud_day = np.zeros(n_days)
    for k in range(1, n_days):
        anomaly[k] = 0.85 * anomaly[k - 1] + rng.normal(0, 1.25)
        cloud_day[k] = 0.6 * cloud_day[k - 1] + rng.normal(0, 1.0)
    day = np.asarray((t.normalize() - local[0].normalize()).days)
    season = -np.cos(2 * np.pi * (t.dayofyear.to_numpy() - 18) / 365.25)
    year_shift = np.array([_WS_YEARS[y] for y in t.year])
    swing = (4.2 + 1.8 * season) * np.cos(2 * np.pi * (t.hour.to_numpy() - 15) / 24)
    temp = 11.6 + 11.8 * season + year_shift + anomaly[day] + swing + rng.normal(0, 0.9, len(t))
    cloud = 1 / (1 + np.exp(-(cloud_day[day] - 0.55 * season + rng.normal(0, 0.35, len(t)))))
    humidity = np.clip(0.9 - 0.0138 * temp + 0.12 * (cloud - 0.5) + rng.normal(0, 0.12, len(t)), 0.2, 1.0)
    humidity = np.round(humidity, 2)
    mph = np.round(rng.gamma(2.3, 2.9, len(t)), 2)
    wind = np.round(mph * 1.609344, 4)
    fog = (humidity >= 0.93) & (wind < 8) & (rng.random(len(t)) < 0.6 + 0.3 * (season > 0))
    cap = np.where(t.year < 2008, 6.2, 9.82)
    miles = np.where(fog, rng.uniform(0.05, 1.6, len(t)), cap * (1 - 0.35 * cloud * rng.random(len(t)) ** 2))
    miles = np.where(rng.random(len(t)) < 0.45, cap, miles)
    chill = 13.12 + 0.6215 * temp - 11.37 * wind**0.16 + 0.3965 * temp * wind**0.16
    feels = np.where((temp <= 10) & (wind > 4.8), np.minimum(chill, temp), temp)
    feels = np.where(temp >= 27, temp + np.maximum(0.0, humidity - 0.35) * 0.45 * (temp - 26), feels)
    pressure = np.round(1016.6 + 5 * season - 6 * (cloud - 0.5) + rng.normal(0, 5.5, len(t)), 2)
    pressure[rng.random(len(t)) < 0.013] = 0.0
    humidity[rng.choice(len(t), 3, replace=False)] = 0.0
    rows: list[dict[str, Any]] = []
    for i in range(len(t)):
        c = float(cloud[i])
        base = "Clear" if c < 0.18 else "Partly Cloudy" if c < 0.48 else "Mostly Cloudy" if c < 0.78 else "Overcast"
        summary = "Foggy" if fog[i] else base
        roll = rng.random()
        if not fog[i] and wind[i] > 45:
            summary = "Windy" if base == "Clear" else f"Windy and {base}"
        elif not fog[i] and wind[i] > 30:
            summary = "Breezy" if base == "Clear" else f"Breezy and {base}"
        elif not fog[i] and humidity[i] < 0.35 and humidity[i] > 0:
            summary = "Dry" if base == "Clear" else f"Dry and {base}"
        elif roll < 0.005:
            summary = str(_one(rng, ["Light Rain", "Drizzle", "Rain"], [5, 3, 1]))
        daily = _WS_DAILY[min(3, int(cloud_day[day[i]] / 0.9 + 2))]
        rows.append(
            {
                "Formatted Date": f"{t[i]:%Y-%m-%d %H:%M:%S}.000 {when[i]:%z}",
                "Summary": summary,
                "Precip Type": None if rng.random() < 0.006 else "snow" if temp[i] < 0.3 else "rain",
                "Wind Bearing (degrees)": float(int(rng.vonmises(np.radians(300), 0.6) * 180 / np.pi) % 360),
                "Visibility (km)": round(float(miles[i]) * 1.609344, 4),
                "Loud Cover": 0.0,
                "Daily Summary": daily[int(rng.integers(0, 3)) if rng.random() < 0.4 else 0],
            }
        )
    frame = pd.DataFrame(rows)
    frame["Temperature (C)"] = _ws_celsius(temp)
    frame["Apparent Temperature (C)"] = _ws_celsius(feels)
    frame["Humidity"] = humidity
    frame["Wind Speed (km/h)"] = wind
    frame["Pressure (millibars)"] = pressure
    return frame[_WS_COLUMNS]


def _ws_years(utc: bool) -> Callable[[pd.DataFrame], Any]:
    """Mean temperature by year, the dates read as written or converted to UTC."""

    def means(d: pd.DataFrame) -> Any:
        text = _text(d["Formatted Date"])
        stamp = (
            pd.to_datetime(text, utc=True, format="%Y-%m-%d %H:%M:%S.%f %z") if utc else pd.to_datetime(text.str[:19])
        )
        return d.groupby(stamp.dt.year)["Temperature (C)"].mean().to_numpy()

    return means


def _ws_snow(d: pd.DataFrame) -> pd.Series:
    return _text(d["Precip Type"]) == "snow"


def _ws_humid_corr(keep_zero: bool) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        kept = d if keep_zero else d[d["Humidity"] > 0]
        return _corr(lambda _d: kept["Humidity"], lambda _d: kept["Temperature (C)"])(answer, d)

    return check


def _ws_feels(d: pd.DataFrame) -> list[float]:
    kind = _text(d["Precip Type"])
    return [float(d.loc[kind == k, "Apparent Temperature (C)"].mean()) for k in ("rain", "snow")]


_WS_ID = ("Formatted Date",)
_WS_TEMPS = ("Temperature (C)", "Apparent Temperature (C)")
_WEATHER_QS = [
    Q(
        "average temperature per year, is it getting warmer?",
        either(_about(_ws_years(False), rel=0.003), _about(_ws_years(True), rel=0.003)),
        (*_WS_ID, *_WS_TEMPS),
    ),
    Q(
        "how many rows have snow as the precip type",
        _count(lambda d: float(_ws_snow(d).sum())),
        (*_WS_ID, "Precip Type"),
    ),
    Q(
        "what % of the hours were partly cloudy?",
        either(
            _share(lambda d: float((_text(d["Summary"]) == "Partly Cloudy").mean())),
            _share(lambda d: float(_text(d["Summary"]).str.contains("Partly Cloudy").mean())),
        ),
        (*_WS_ID, "Summary", "Daily Summary"),
    ),
    Q(
        "is humidity correlated with temperature?",
        either(_ws_humid_corr(True), _ws_humid_corr(False)),
        (*_WS_ID, "Humidity", *_WS_TEMPS),
    ),
    Q(
        "whats the average pressure",
        either(
            _about(lambda d: d["Pressure (millibars)"].mean(), rel=0.0005),
            _about(lambda d: d.loc[d["Pressure (millibars)"] > 0, "Pressure (millibars)"].mean(), rel=0.0005),
        ),
        (*_WS_ID, "Pressure (millibars)"),
    ),
    Q(
        "compare the avg apparent temperature when it rains vs when it snows",
        _about(_ws_feels, rel=0.005),
        (*_WS_ID, "Precip Type", *_WS_TEMPS),
    ),
]


# --- 7. Students' adaptability to online education (Kaggle "Students Adaptability Level in Online Education") -------

_SA_AGES = "21-25:374;11-15:353;16-20:278;1-5:81;26-30:68;6-10:51"
_SA_LEVELS = {
    "1-5": "School:1",
    "6-10": "School:1",
    "11-15": "School:1",
    "16-20": "College:70;University:15;School:15",
    "21-25": "University:90;College:10",
    "26-30": "University:1",
}
_SA_COLUMNS = _split(
    "Gender;Age;Education Level;Institution Type;IT Student;Location;Load-shedding;Financial Condition;"
    "Internet Type;Network Type;Class Duration;Self Lms;Device;Adaptivity Level"
)


def _students_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6507)
    rows: list[dict[str, Any]] = []
    lean: list[float] = []
    for _ in range(1205):
        age = _draw(rng, _SA_AGES)
        level = _draw(rng, _SA_LEVELS[age])
        school = level == "School"
        money = _draw(rng, "Mid:73;Poor:20;Rich:7")
        row = {
            "Gender": _draw(rng, "Boy:55;Girl:45"),
            "Age": age,
            "Education Level": level,
            "Institution Type": _draw(
                rng, "Non Government:62;Government:38" if level == "University" else "Non Government:72;Government:28"
            ),
            "IT Student": "Yes" if rng.random() < (0.05 if school else 0.42) else "No",
            "Location": "Yes" if rng.random() < 0.78 else "No",
            "Load-shedding": "High" if rng.random() < 0.17 else "Low",
            "Financial Condition": money,
            "Internet Type": "Wifi"
            if rng.random() < {"Rich": 0.75, "Mid": 0.42, "Poor": 0.28}[money]
            else "Mobile Data",
            "Network Type": _draw(rng, "4G:64;3G:34;2G:2"),
            "Class Duration": _draw(rng, "1-3:78;3-6:8;0:14" if school else "1-3:62;3-6:27;0:11"),
            "Self Lms": "Yes" if rng.random() < (0.06 if school else 0.28) else "No",
            "Device": _draw(rng, "Mobile:84;Computer:13.5;Tab:2.5"),
        }
        score = {"Rich": 0.9, "Mid": 0.0, "Poor": -0.6}[money] + 0.4 * (row["IT Student"] == "Yes")
        score += 0.35 * (row["Location"] == "Yes") - 0.5 * (row["Load-shedding"] == "High")
        score += {"0": -1.8, "1-3": 0.0, "3-6": 0.3}[row["Class Duration"]] - 0.45 * (
            row["Institution Type"] == "Government"
        )
        score += (
            0.2 * (row["Internet Type"] == "Wifi")
            + 0.25 * (row["Device"] == "Computer")
            - 0.3 * (row["Network Type"] == "2G")
        )
        score += {"School": 0.0, "College": -0.75, "University": 0.1}[level] + 0.1 * (row["Gender"] == "Boy")
        lean.append(score + float(rng.normal(0, 0.7)))
        rows.append(row)
    low, high = np.quantile(lean, [0.4, 0.92])
    for row, x in zip(rows, lean, strict=True):
        row["Adaptivity Level"] = "Low" if x < low else "High" if x > high else "Moderate"
    return pd.DataFrame(rows)[_SA_COLUMNS]


def _sa_low(d: pd.DataFrame) -> pd.Series:
    return _text(d["Adaptivity Level"]) == "Low"


def _sa_low_when(duration: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        return float(_sa_low(d)[_text(d["Class Duration"]) == duration].mean())

    return share


_SA_LEVEL = ("Adaptivity Level",)
_STUDENTS_QS = [
    Q(
        "what % of students have a high adaptivity level?",
        _share(lambda d: float((_text(d["Adaptivity Level"]) == "High").mean())),
        _SA_LEVEL,
    ),
    Q(
        "compare the share of low adaptivity for boys vs girls",
        _shares(lambda d: _sa_low(d).groupby(_text(d["Gender"])).mean().to_numpy()),
        (*_SA_LEVEL, "Gender"),
    ),
    Q(
        "which education level has the largest proportion of students with low adaptivity?",
        _lead(_one_of(lambda d: _best(_sa_low(d).groupby(_text(d["Education Level"])).mean()))),
        (*_SA_LEVEL, "Education Level"),
    ),
    Q(
        "how many university students use wifi",
        _count(
            lambda d: float(
                ((_text(d["Education Level"]) == "University") & (_text(d["Internet Type"]) == "Wifi")).sum()
            )
        ),
        ("Education Level", "Internet Type"),
    ),
    Q(
        "of the students whose class duration is 0, what percent have low adaptivity?",
        _share(_sa_low_when("0")),
        (*_SA_LEVEL, "Class Duration"),
    ),
    Q(
        "and for the 3-6 group?",
        _share(_sa_low_when("3-6")),
        (*_SA_LEVEL, "Class Duration"),
    ),
]

HELDOUT65: list[Dataset] = [
    Dataset("airbnb_nyc_2019", _airbnb_frame, _AIRBNB_QS),
    Dataset("alcohol_consumption_by_country", _drinks_frame, _DRINKS_QS),
    Dataset("fandango_score_comparison", _fandango_frame, _FANDANGO_QS),
    Dataset("world_happiness_2021", _happiness_frame, _HAPPINESS_QS),
    Dataset("online_retail", _retail_frame, _RETAIL_QS),
    Dataset("szeged_weather_history", _weather_frame, _WEATHER_QS),
    Dataset("students_adaptability_online_education", _students_frame, _STUDENTS_QS),
]
