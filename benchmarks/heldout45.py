"""HELDOUT45: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Hotel Reservations file (Hotel Reservations.csv, 5000 bookings) with "INN00001" Booking_IDs, adult, child, weekend
and week-night counts (a few bookings with 9 or 10 children, some with no nights at all), "Meal Plan 1" / "Not
Selected" meal plans, 0/1 car parking, "Room_Type 1" style rooms, lead_time in days, arrivals as separate
arrival_year / arrival_month / arrival_date columns from July 2017 to December 2018 (February 2018 running to the
29th), Online / Offline / Corporate / Aviation / Complementary segments, repeated guests with their earlier
cancellations and stays, avg_price_per_room in euros (free Complementary rooms, one of 540), special requests and a
Canceled / Not_Canceled booking_status; TidyTuesday's Tour de France winners (tdf_winners.csv, the 106 editions from
1903 to 2019 with the war gaps) with ISO start dates, winner names and teams (national teams from 1930), distance in
km, time_overall and time_margin in hours (blank for the points-scored editions of 1905-1912, 8 seconds written
0.0022), stage wins and stages led, height in metres and weight in kg (blank for many early riders), age, ISO born and
died dates (died blank for the living), a few full names and nicknames, birth town and country ("Wales", "Kenya")
and a nationality with a leading space (" France"); the 80 Cereals file (cereal.csv, 77 cereals) with one-letter
mfr codes, C / H type, the nutrition panel with -1 for unknown carbo, sugars and potass, vitamins 0 / 25 / 100, shelf
1-3, weight, cups and a six-decimal Consumer Reports rating; Kaggle's Starbucks store directory (directory.csv, 5000
stores, sorted by country code, Andorra's "47370-257954" first) with Brand (a few Teavana, one Evolution Fresh),
"Company Owned" / "Licensed" / "Joint Venture" / "Franchise" ownership, store names such as "Safeway-Austin #1234",
two-letter country codes, state / province codes that are numeric outside North America ("31" for Shanghai), city
names in several spellings and scripts ("Shanghai", "上海市", "shanghai"), US ZIP codes with and without the +4
(leading zeros lost), many blank phone numbers and postcodes, "GMT-08:00 America/Los_Angeles" time zones and
two-decimal coordinates; TidyTuesday's Great American Beer Festival medals (gabf.csv, 5000 medals from 1987 to 2020,
more each year and fewer in 2020) with Gold / Silver / Bronze, beer names, breweries (a few written two ways, "Coors
Brewing Co." and "Coors Brewing Company"), city ("Ft. Collins" beside "Fort Collins"), two-letter states (some in
lower case), style categories and year; Kaggle's Ecommerce Customers (Ecommerce Customers.csv, 500 customers) with
Email, a two-line Address (military "PSC ... APO AE" addresses among them), an Avatar colour name, "Avg. Session
Length", "Time on App", "Time on Website" and "Length of Membership" to eight decimals and "Yearly Amount Spent"; and
TidyTuesday's Giant Pumpkins (pumpkins.csv, 5000 entries from 2013 to 2021) with "2013-P" year-type ids (F field
pumpkin, L long gourd measured in inches, P giant pumpkin, S squash, T tomato, W watermelon), place as text with
"DMG" and "EXH" entries, weight_lbs as text with thousands commas ("2,702.90"), "Last, First" grower names, city,
state_prov, country, weigh-off site, "2009 Wallace" style seed_mother and pollinator_father ("Self", "open", blank),
over-the-top inches (0 when not measured), est_weight as text and pct_chart. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _said, _share, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _fields
from .heldout40 import _fixed, _number
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .heldout43 import _top
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _forms_named(value: Callable[[pd.DataFrame], str], forms: Callable[[str], list[str]]) -> Check:
    """The name computed from the frame appears, in full or in one of its other forms ("LeMond" for "Greg LeMond")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        name = str(value(df))
        return None if any(_said(f, answer) for f in [name, *forms(name)] if f.strip()) else f"missing {name!r}"

    return check


def _top_forms(ranking: Callable[[pd.DataFrame], pd.Series], k: int, forms: Callable[[str], list[str]]) -> Check:
    """The first `k` labels of a ranking (best first), each in full or in one of its other forms; ties at the cut
    allowed (every label above the k-th score, and enough of those level with it)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        scores = ranking(df)
        cut = scores.iloc[k - 1]
        above = [str(x) for x, v in scores.iloc[:k].items() if v != cut]
        level = [str(x) for x, v in scores.items() if v == cut]
        for name in above:
            why = _forms_named(_fixed(name), forms)(answer, df)
            if why:
                return why
        said = sum(_forms_named(_fixed(name), forms)(answer, df) is None for name in level)
        return None if said >= k - len(above) else f"missing {k - len(above)} of {level!r}"

    return check


def _no_forms(name: str) -> list[str]:
    return []


# --- 1. Hotel reservations (Kaggle "Hotel Reservations Dataset", Hotel Reservations.csv) --------------------------

# arrival year-month: share of bookings (%); the file runs from July 2017 to December 2018
_HR_MONTHS = (
    "2017-07:1.0;2017-08:2.2;2017-09:4.6;2017-10:5.2;2017-11:1.9;2017-12:2.6;2018-01:2.8;2018-02:4.8;2018-03:6.5;"
    "2018-04:7.5;2018-05:7.2;2018-06:8.6;2018-07:6.5;2018-08:6.2;2018-09:7.5;2018-10:9.7;2018-11:5.0;2018-12:5.6"
)
# market segment: share (%), mean lead time (days), price factor, chance of a repeated guest, cancellation log-odds,
# meal plans, chance of asking for a parking space, special requests
_HR_SEGMENTS: dict[str, tuple[float, float, float, float, float, str, float, str]] = {
    "Online": (
        64.0,
        82,
        1.08,
        0.006,
        0.5,
        "Meal Plan 1:71;Not Selected:20.5;Meal Plan 2:8.5",
        0.03,
        "0:40;1:38;2:17;3:4;4:0.8;5:0.2",
    ),
    "Offline": (29.0, 120, 0.88, 0.012, -0.2, "Meal Plan 1:88;Not Selected:2;Meal Plan 2:10", 0.02, "0:90;1:9;2:1"),
    "Corporate": (5.5, 22, 0.8, 0.3, -0.5, "Meal Plan 1:91;Not Selected:7;Meal Plan 2:2", 0.11, "0:70;1:25;2:5"),
    "Complementary": (1.1, 8, 0.0, 0.33, -4.0, "Meal Plan 1:80;Not Selected:15;Meal Plan 2:5", 0.06, "0:66;1:28;2:6"),
    "Aviation": (0.4, 6, 0.98, 0.0, -0.1, "Meal Plan 1:100", 0.0, "0:80;1:20"),
}
_HR_ROOMS = (
    "Room_Type 1:77.5;Room_Type 4:16.7;Room_Type 6:2.7;Room_Type 2:1.9;Room_Type 5:0.7;Room_Type 7:0.45;"
    "Room_Type 3:0.05"
)
# room type: typical price per night (euros)
_HR_PRICES = {"Room_Type 1": 95, "Room_Type 4": 125, "Room_Type 6": 182, "Room_Type 2": 87, "Room_Type 5": 124}
_HR_PRICES |= {"Room_Type 7": 158, "Room_Type 3": 73}
# arrival month: price factor
_HR_SEASON = {1: 0.76, 2: 0.8, 3: 0.86, 4: 1.0, 5: 1.1, 6: 1.08, 7: 1.1, 8: 1.2, 9: 1.12, 10: 1.0, 11: 0.86, 12: 0.9}
_HR_WEEK = "0:6.6;1:26;2:31.5;3:21.6;4:8.2;5:4.4;6:0.55;7:0.3;8:0.17;9:0.09;10:0.17;11:0.05;15:0.03;17:0.02"
_HR_COLUMNS = _split(
    "Booking_ID;no_of_adults;no_of_children;no_of_weekend_nights;no_of_week_nights;type_of_meal_plan;"
    "required_car_parking_space;room_type_reserved;lead_time;arrival_year;arrival_month;arrival_date;"
    "market_segment_type;repeated_guest;no_of_previous_cancellations;no_of_previous_bookings_not_canceled;"
    "avg_price_per_room;no_of_special_requests;booking_status"
)


def _hr_booking(rng: np.random.Generator, month: str, segment: str) -> list[Any]:
    year, mo = (int(x) for x in month.split("-"))
    _s, lead_mean, price_factor, repeat, lift, meals, parking_p, requests_t = _HR_SEGMENTS[segment]
    # the file's arrival_date runs to 29 in February 2018 (a day that never was)
    days = 29 if (year, mo) == (2018, 2) else int(pd.Timestamp(year, mo, 1).days_in_month)
    adults = int(_one(rng, [2, 1, 3, 0, 4], [72, 21, 6.4, 0.4, 0.1]))
    children = int(_one(rng, [0, 1, 2, 3], [92.5, 4.5, 2.95, 0.05]))
    if adults == 0:
        children = max(children, int(_one(rng, [1, 2, 3], [40, 55, 5])))
    weekend = int(_one(rng, [0, 1, 2, 3, 4, 5, 6], [46.5, 27.5, 25, 0.42, 0.36, 0.1, 0.06]))
    week = int(_draw(rng, _HR_WEEK))
    if weekend == week == 0 and rng.random() < 0.93:
        week = int(_one(rng, [1, 2, 3]))
    lead = int(np.clip(rng.gamma(1.1, lead_mean / 1.1), 0, 443))
    room = _draw(rng, _HR_ROOMS)
    if children >= 2 and rng.random() < 0.6:
        room = str(_one(rng, ["Room_Type 6", "Room_Type 4", "Room_Type 7"], [60, 30, 10]))
    repeated = int(rng.random() < repeat)
    cancels = int(_one(rng, [0, 0, 0, 0, 1, 1, 2, 3, 5, 11])) if repeated and rng.random() < 0.3 else 0
    kept = int(np.clip(rng.geometric(0.15), 1, 58)) if repeated else 0
    parking = int(rng.random() < parking_p)
    requests = int(_draw(rng, requests_t))
    price = _HR_PRICES[room] * _HR_SEASON[mo] * price_factor * (0.86 if year == 2017 else 1.0)
    price = price * float(rng.lognormal(0, 0.17)) + 9 * children
    if segment == "Complementary" and rng.random() < 0.1:
        price = float(rng.uniform(1, 60))
    if segment == "Online" and rng.random() < 0.004:
        price = 0.0
    price = round(price * 4) / 4 if rng.random() < 0.35 else round(price, 2)
    logit = -1.3 + lift + 0.0095 * lead - 1.0 * requests + 0.009 * (price - 100) - 2.5 * repeated - 2.0 * parking
    logit += 0.3 * (weekend + week > 5)
    canceled = rng.random() < 1 / (1 + np.exp(-logit))
    return [
        adults,
        children,
        weekend,
        week,
        _draw(rng, meals),
        parking,
        room,
        lead,
        year,
        mo,
        int(rng.integers(1, days + 1)),
        segment,
        repeated,
        cancels,
        kept,
        price,
        requests,
        "Canceled" if canceled else "Not_Canceled",
    ]


def _hotel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4501)
    n = 5000
    months = _deal(rng, _HR_MONTHS, n)
    segments = _deal(rng, ";".join(f"{k}:{v[0]}" for k, v in _HR_SEGMENTS.items()), n)
    rows = [[f"INN{i + 1:05d}", *_hr_booking(rng, months[i], segments[i])] for i in range(n)]
    frame = pd.DataFrame(rows, columns=_HR_COLUMNS)
    odd = rng.choice(np.flatnonzero(frame["market_segment_type"] == "Offline"), 4, replace=False)
    frame.loc[int(odd[0]), ["no_of_children", "room_type_reserved"]] = [10, "Room_Type 6"]
    frame.loc[int(odd[1]), ["no_of_children", "room_type_reserved"]] = [9, "Room_Type 6"]
    frame.loc[int(odd[2]), "type_of_meal_plan"] = "Meal Plan 3"
    frame.loc[int(odd[3]), ["avg_price_per_room", "room_type_reserved", "booking_status"]] = [
        540.0,
        "Room_Type 1",
        "Canceled",
    ]
    return frame


def _hr_canceled(d: pd.DataFrame) -> pd.Series:
    return _text(d["booking_status"]) == "Canceled"


def _hr_parking(d: pd.DataFrame) -> pd.Series:
    return d["required_car_parking_space"] == 1


def _hr_stay(with_empty: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        nights = d["no_of_weekend_nights"] + d["no_of_week_nights"]
        return float(nights.mean() if with_empty else nights[nights > 0].mean())

    return mean


def _hr_segment_prices(free: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        kept = d if free else d[d["avg_price_per_room"] > 0]
        return kept.groupby(_text(kept["market_segment_type"]))["avg_price_per_room"].mean().to_numpy()

    return means


def _hr_busiest(by_year: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def busiest(d: pd.DataFrame) -> pd.Timestamp:
        if by_year:
            stamp = d["arrival_year"].astype(str) + "-" + d["arrival_month"].astype(str).str.zfill(2)
            year, month = _top(stamp.value_counts()).split("-")
            return pd.Timestamp(int(year), int(month), 1)
        return pd.Timestamp(2018, int(_top(d["arrival_month"].value_counts())), 1)

    return busiest


_HR_ID = ("Booking_ID",)
_HR_NIGHTS = ("no_of_weekend_nights", "no_of_week_nights")
_HOTEL_QS = [
    Q(
        "what % of bookings were cancelled?",
        _share(lambda d: float(_hr_canceled(d).mean())),
        (*_HR_ID, "booking_status"),
    ),
    Q(
        "average length of stay in nights (weekend + week nights)?",
        either(_about(_hr_stay(True)), _about(_hr_stay(False))),
        (*_HR_ID, *_HR_NIGHTS),
    ),
    Q(
        "avg room price by market segment",
        either(_about(_hr_segment_prices(True)), _about(_hr_segment_prices(False))),
        (*_HR_ID, "market_segment_type", "avg_price_per_room"),
    ),
    Q(
        "which month gets the most arrivals?",
        _lead(either(_month(_hr_busiest(False)), _month(_hr_busiest(True)))),
        (*_HR_ID, "arrival_year", "arrival_month", "arrival_date"),
    ),
    Q(
        "how many bookings needed a parking space",
        _count(lambda d: float(_hr_parking(d).sum())),
        (*_HR_ID, "required_car_parking_space"),
    ),
    Q(
        "and what share of those got canceled?",
        _share(lambda d: float(_hr_canceled(d)[_hr_parking(d)].mean())),
        (*_HR_ID, "required_car_parking_space", "booking_status"),
    ),
]


# --- 2. Tour de France winners (TidyTuesday 2020-04-07, tdf_winners.csv) ------------------------------------------

# rider|nationality|birth country|birth town|year of birth|height (cm, blank when unknown)|nickname|full name
_TF_RIDERS = _fields(
    "Maurice Garin|France|Italy|Arvier|1871|162|The Little Chimney-sweep|Maurice-François Garin;"
    "Henri Cornet|France|France|Desvres|1884||Le Rigolo|Henri Jaudry;"
    "Louis Trousselier|France|France|Paris|1881||Trou-Trou|;"
    "René Pottier|France|France|Moret-sur-Loing|1879||Le Boulanger|;"
    "Lucien Petit-Breton|France|France|Plessé|1882||L'Argentin|Lucien Georges Mazan;"
    "François Faber|Luxembourg|France|Aulnay-sur-Iton|1887|186|The Giant of Colombes|;"
    "Octave Lapize|France|France|Paris|1887||Le Frisé|;"
    "Gustave Garrigou|France|France|Vabre-Tizac|1884|||;"
    "Odile Defraye|Belgium|Belgium|Rumbeke|1888|||;"
    "Philippe Thys|Belgium|Belgium|Anderlecht|1889||The Basset Hound|;"
    "Firmin Lambot|Belgium|Belgium|Florennes|1886|||;"
    "Léon Scieur|Belgium|Belgium|Florennes|1888||The Locomotive|;"
    "Henri Pélissier|France|France|Paris|1889|||;"
    "Ottavio Bottecchia|Italy|Italy|San Martino di Colle Umberto|1894||Botescia|;"
    "Lucien Buysse|Belgium|Belgium|Wontergem|1892|||;"
    "Nicolas Frantz|Luxembourg|Luxembourg|Mamer|1899|||;"
    "Maurice De Waele|Belgium|Belgium|Lovendegem|1896|||;"
    "André Leducq|France|France|Saint-Ouen|1904||Dédé|;"
    "Antonin Magne|France|France|Ytrac|1904||Tonin the Wise|;"
    "Georges Speicher|France|France|Paris|1907|||;"
    "Romain Maes|Belgium|Belgium|Zerkegem|1913|||;"
    "Sylvère Maes|Belgium|Belgium|Zevekote|1909|||;"
    "Roger Lapébie|France|France|Bayonne|1911|||;"
    "Gino Bartali|Italy|Italy|Ponte a Ema|1914|171|Gino the Pious|;"
    "Jean Robic|France|France|Vouziers|1921|161|Leather Head|;"
    "Fausto Coppi|Italy|Italy|Castellania|1919|177|Il Campionissimo|Angelo Fausto Coppi;"
    "Ferdinand Kübler|Switzerland|Switzerland|Marthalen|1919||Ferdi|;"
    "Hugo Koblet|Switzerland|Switzerland|Zürich|1925||Le Pédaleur de charme|;"
    "Louison Bobet|France|France|Saint-Méen-le-Grand|1925||Zonzon|Louis Bobet;"
    "Roger Walkowiak|France|France|Montluçon|1927|||;"
    "Jacques Anquetil|France|France|Mont-Saint-Aignan|1934|176|Monsieur Chrono|;"
    "Charly Gaul|Luxembourg|Luxembourg|Pfaffenthal|1932||The Angel of the Mountains|;"
    "Federico Bahamontes|Spain|Spain|Santo Domingo-Caudilla|1928||The Eagle of Toledo|Alejandro Martín Bahamontes;"
    "Gastone Nencini|Italy|Italy|Bilancino|1930||The Lion of Mugello|;"
    "Felice Gimondi|Italy|Italy|Sedrina|1942|||;"
    "Lucien Aimar|France|France|Hyères|1941|||;"
    "Roger Pingeon|France|France|Hauteville-Lompnes|1940|||;"
    "Jan Janssen|Netherlands|Netherlands|Nootdorp|1940|||;"
    "Eddy Merckx|Belgium|Belgium|Meensel-Kiezegem|1945|184|The Cannibal|Édouard Louis Joseph Merckx;"
    "Luis Ocaña|Spain|Spain|Priego|1945|||Jesús Luis Ocaña Pernía;"
    "Bernard Thévenet|France|France|Saint-Julien-de-Civry|1948|||;"
    "Lucien Van Impe|Belgium|Belgium|Mere|1946|168||;"
    "Bernard Hinault|France|France|Yffiniac|1954|174|The Badger|;"
    "Joop Zoetemelk|Netherlands|Netherlands|The Hague|1946|||Gerardus Joseph Zoetemelk;"
    "Laurent Fignon|France|France|Paris|1960|174|The Professor|;"
    "Greg LeMond|United States|United States|Lakewood|1961|177||Gregory James LeMond;"
    "Stephen Roche|Ireland|Ireland|Dundrum|1959|||;"
    "Pedro Delgado|Spain|Spain|Segovia|1960||Perico|Pedro Delgado Robledo;"
    "Miguel Induráin|Spain|Spain|Villava|1964|188|Big Mig|Miguel Induráin Larraya;"
    "Bjarne Riis|Denmark|Denmark|Herning|1964||The Eagle from Herning|;"
    "Jan Ullrich|Germany|Germany|Rostock|1973|183|Der Kaiser|;"
    "Marco Pantani|Italy|Italy|Cesena|1970|172|Il Pirata|;"
    "Lance Armstrong|United States|United States|Plano|1971|177|Big Tex|Lance Edward Armstrong;"
    "Óscar Pereiro|Spain|Spain|Mos|1977|||Óscar Pereiro Sio;"
    "Alberto Contador|Spain|Spain|Pinto|1982|176|El Pistolero|Alberto Contador Velasco;"
    "Carlos Sastre|Spain|Spain|Madrid|1975|||Carlos Sastre Candil;"
    "Andy Schleck|Luxembourg|Luxembourg|Luxembourg City|1985|186||;"
    "Cadel Evans|Australia|Australia|Katherine|1977|174|Cuddles|Cadel Lee Evans;"
    "Bradley Wiggins|Great Britain|Belgium|Ghent|1980|190|Wiggo|Bradley Marc Wiggins;"
    "Chris Froome|Great Britain|Kenya|Nairobi|1985|186|Froomey|Christopher Clive Froome;"
    "Vincenzo Nibali|Italy|Italy|Messina|1984|181|The Shark of Messina|;"
    "Geraint Thomas|Great Britain|Wales|Cardiff|1986|183|G|Geraint Howell Thomas;"
    "Egan Bernal|Colombia|Colombia|Zipaquirá|1997|175||Egan Arley Bernal Gómez"
)
# year|winner|team (the years between the wars' gaps and the national-team era as the file has them)
_TF_EDITIONS = _fields(
    "1903|Maurice Garin|La Française;1904|Henri Cornet|Conte;1905|Louis Trousselier|Peugeot–Wolber;"
    "1906|René Pottier|Peugeot–Wolber;1907|Lucien Petit-Breton|Peugeot–Wolber;1908|Lucien Petit-Breton|Peugeot–Wolber;"
    "1909|François Faber|Alcyon–Dunlop;1910|Octave Lapize|Alcyon–Dunlop;1911|Gustave Garrigou|Alcyon–Dunlop;"
    "1912|Odile Defraye|Alcyon–Dunlop;1913|Philippe Thys|Peugeot–Wolber;1914|Philippe Thys|Peugeot–Wolber;"
    "1919|Firmin Lambot|La Sportive;1920|Philippe Thys|La Sportive;1921|Léon Scieur|La Sportive;"
    "1922|Firmin Lambot|Peugeot–Wolber;1923|Henri Pélissier|Automoto–Hutchinson;"
    "1924|Ottavio Bottecchia|Automoto–Hutchinson;1925|Ottavio Bottecchia|Automoto–Hutchinson;"
    "1926|Lucien Buysse|Automoto–Hutchinson;1927|Nicolas Frantz|Alcyon–Dunlop;1928|Nicolas Frantz|Alcyon–Dunlop;"
    "1929|Maurice De Waele|Alcyon–Dunlop;1930|André Leducq|France;1931|Antonin Magne|France;"
    "1932|André Leducq|France;1933|Georges Speicher|France;1934|Antonin Magne|France;1935|Romain Maes|Belgium;"
    "1936|Sylvère Maes|Belgium;1937|Roger Lapébie|France;1938|Gino Bartali|Italy;1939|Sylvère Maes|Belgium;"
    "1947|Jean Robic|West;1948|Gino Bartali|Italy;1949|Fausto Coppi|Italy;1950|Ferdinand Kübler|Switzerland;"
    "1951|Hugo Koblet|Switzerland;1952|Fausto Coppi|Italy;1953|Louison Bobet|France;1954|Louison Bobet|France;"
    "1955|Louison Bobet|France;1956|Roger Walkowiak|North-East/Centre;1957|Jacques Anquetil|France;"
    "1958|Charly Gaul|Netherlands/Luxembourg;1959|Federico Bahamontes|Spain;1960|Gastone Nencini|Italy;"
    "1961|Jacques Anquetil|France;1962|Jacques Anquetil|Saint-Raphaël–Helyett–Hutchinson;"
    "1963|Jacques Anquetil|Saint-Raphaël–Gitane–R. Geminiani;1964|Jacques Anquetil|Saint-Raphaël–Gitane–Dunlop;"
    "1965|Felice Gimondi|Salvarani;1966|Lucien Aimar|Ford France–Hutchinson;1967|Roger Pingeon|France;"
    "1968|Jan Janssen|Netherlands;1969|Eddy Merckx|Faema;1970|Eddy Merckx|Faemino–Faema;1971|Eddy Merckx|Molteni;"
    "1972|Eddy Merckx|Molteni;1973|Luis Ocaña|Bic;1974|Eddy Merckx|Molteni;1975|Bernard Thévenet|Peugeot–BP–Michelin;"
    "1976|Lucien Van Impe|Gitane–Campagnolo;1977|Bernard Thévenet|Peugeot–Esso–Michelin;"
    "1978|Bernard Hinault|Renault–Gitane–Campagnolo;1979|Bernard Hinault|Renault–Gitane;"
    "1980|Joop Zoetemelk|TI–Raleigh–Creda;1981|Bernard Hinault|Renault–Elf–Gitane;"
    "1982|Bernard Hinault|Renault–Elf–Gitane;1983|Laurent Fignon|Renault–Elf;1984|Laurent Fignon|Renault–Elf;"
    "1985|Bernard Hinault|La Vie Claire;1986|Greg LeMond|La Vie Claire;1987|Stephen Roche|Carrera Jeans–Vagabond;"
    "1988|Pedro Delgado|Reynolds;1989|Greg LeMond|AD Renting–W-Cup–Bottecchia;1990|Greg LeMond|Z–Tomasso;"
    "1991|Miguel Induráin|Banesto;1992|Miguel Induráin|Banesto;1993|Miguel Induráin|Banesto;"
    "1994|Miguel Induráin|Banesto;1995|Miguel Induráin|Banesto;1996|Bjarne Riis|Team Telekom;"
    "1997|Jan Ullrich|Team Telekom;1998|Marco Pantani|Mercatone Uno–Bianchi;1999|Lance Armstrong|U.S. Postal Service;"
    "2000|Lance Armstrong|U.S. Postal Service;2001|Lance Armstrong|U.S. Postal Service;"
    "2002|Lance Armstrong|U.S. Postal Service;2003|Lance Armstrong|U.S. Postal Service;"
    "2004|Lance Armstrong|U.S. Postal Service;2005|Lance Armstrong|Discovery Channel;"
    "2006|Óscar Pereiro|Caisse d'Epargne–Illes Balears;2007|Alberto Contador|Discovery Channel;"
    "2008|Carlos Sastre|Team CSC;2009|Alberto Contador|Astana;2010|Andy Schleck|Team Saxo Bank;"
    "2011|Cadel Evans|BMC Racing Team;2012|Bradley Wiggins|Team Sky;2013|Chris Froome|Team Sky;"
    "2014|Vincenzo Nibali|Astana;2015|Chris Froome|Team Sky;2016|Chris Froome|Team Sky;2017|Chris Froome|Team Sky;"
    "2018|Geraint Thomas|Team Sky;2019|Egan Bernal|Team Ineos"
)
# year: race distance (km) and winner's average speed (km/h), interpolated between these editions
_TF_DISTANCE = {1903: 2428, 1905: 3000, 1906: 4600, 1910: 4740, 1911: 5340, 1925: 5440, 1926: 5745, 1929: 5290}
_TF_DISTANCE |= {1930: 4820, 1939: 4250, 1948: 4920, 1960: 4170, 1967: 4780, 1971: 3610, 1987: 4230, 1988: 3290}
_TF_DISTANCE |= {2019: 3365}
_TF_SPEED = {1903: 25.7, 1913: 27.0, 1919: 24.1, 1930: 28.0, 1939: 31.0, 1950: 32.8, 1963: 37.1, 1970: 35.6}
_TF_SPEED |= {1980: 37.8, 1990: 39.0, 2005: 41.6, 2010: 39.6, 2019: 40.6}
# year: the tightest finishes, seconds between winner and runner-up
_TF_CLOSE = {1989: 8, 2007: 23, 1968: 38, 1987: 40, 1977: 48, 1964: 55, 2006: 57}
# rider: day of death (the rest of those born before 1935 get one drawn, the younger ones are alive)
_TF_DIED = {"Fausto Coppi": "1960-01-02", "Ottavio Bottecchia": "1927-06-15", "Jacques Anquetil": "1987-11-18"}
_TF_DIED |= {"Marco Pantani": "2004-02-14", "Laurent Fignon": "2010-08-31", "Luis Ocaña": "1994-05-19"}
_TF_DIED |= {"Louison Bobet": "1983-03-13", "Hugo Koblet": "1964-11-06", "Octave Lapize": "1917-07-14"}
_TF_DIED |= {"François Faber": "1915-05-09", "Lucien Petit-Breton": "1917-12-20", "Felice Gimondi": "2019-08-16"}
_TF_DIED |= {"Federico Bahamontes": "", "Roger Walkowiak": "2017-02-06", "Ferdinand Kübler": "2016-12-29"}


def _tf_interp(table: Mapping[int, float], year: int) -> float:
    return float(np.interp(year, list(table), list(table.values())))


def _tf_people(rng: np.random.Generator) -> dict[str, dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    for name, nationality, country, town, year, height, nickname, full in _TF_RIDERS:
        born = pd.Timestamp(int(year), 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        cm = float(height) if height else (float(rng.normal(177, 5.5)) if int(year) >= 1910 else np.nan)
        if not height and int(year) < 1935 and rng.random() < 0.5:
            cm = np.nan
        kg = round(21.4 * (cm / 100) ** 2 + float(rng.normal(0, 3.6))) if not np.isnan(cm) else np.nan
        if not np.isnan(kg) and int(year) < 1950 and rng.random() < 0.35:
            kg = np.nan
        died = _TF_DIED.get(name)
        if died is None and int(year) < 1935:
            death = born + pd.Timedelta(days=int(365.25 * float(np.clip(rng.normal(74, 13), 35, 99))))
            died = f"{death:%Y-%m-%d}" if death < pd.Timestamp("2019-12-31") else ""
        people[name] = {
            "nationality": f" {nationality}",
            "birth_country": country,
            "birth_town": town,
            "born": born,
            "height": round(cm / 100, 2) if not np.isnan(cm) else np.nan,
            "weight": kg,
            "nickname": nickname or None,
            "full_name": full or None,
            "died": died or None,
        }
    return people


def _tdf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4502)
    people = _tf_people(rng)
    rows: list[dict[str, Any]] = []
    for edition, (year_text, name, team) in enumerate(_TF_EDITIONS, start=1):
        year = int(year_text)
        rider = people[name]
        start = pd.Timestamp(year, 6, 26) + pd.Timedelta(days=int(rng.integers(0, 13)))
        if year == 1903:
            start = pd.Timestamp("1903-07-01")
        distance = 5745 if year == 1926 else round(_tf_interp(_TF_DISTANCE, year) + float(rng.normal(0, 110)))
        distance = min(distance, 5700) if year != 1926 else distance
        hours = distance / (_tf_interp(_TF_SPEED, year) * float(rng.normal(1, 0.02)))
        points_era = 1905 <= year <= 1912
        if year in _TF_CLOSE:
            margin = _TF_CLOSE[year] / 3600
        else:
            typical = _tf_interp({1903: 1.6, 1914: 1.2, 1929: 0.6, 1939: 0.3, 1960: 0.12, 1990: 0.06, 2019: 0.04}, year)
            margin = max(float(rng.exponential(typical)), 0.018 + 0.004 * rng.random())
        stages = round(_tf_interp({1903: 6, 1905: 11, 1910: 15, 1925: 18, 1930: 21, 1960: 22, 2019: 21}, year))
        lam = (
            5.0 if name == "Eddy Merckx" else _tf_interp({1903: 3.0, 1914: 2.6, 1939: 2.0, 1960: 1.4, 2019: 1.5}, year)
        )
        age = start.year - rider["born"].year - int((start.month, start.day) < (rider["born"].month, rider["born"].day))
        rows.append(
            {
                "edition": edition,
                "start_date": f"{start:%Y-%m-%d}",
                "winner_name": name,
                "winner_team": team,
                "distance": distance,
                "time_overall": np.nan if points_era else round(hours, 2),
                "time_margin": np.nan if points_era else round(margin, 4),
                "stage_wins": min(int(rng.poisson(lam)), stages),
                "stages_led": int(np.clip(round(stages * float(rng.beta(2.6, 2.0))), 1, stages)),
                "height": rider["height"],
                "weight": rider["weight"],
                "age": age,
                "born": f"{rider['born']:%Y-%m-%d}",
                "died": rider["died"],
                "full_name": rider["full_name"],
                "nickname": rider["nickname"],
                "birth_town": rider["birth_town"],
                "birth_country": rider["birth_country"],
                "nationality": rider["nationality"],
            }
        )
    return pd.DataFrame(rows)


def _tf_surname(name: str) -> list[str]:
    """Other forms of a winner's name: the surname ("LeMond", "Merckx"), also without accents."""
    return [name.split(" ", 1)[1]]


def _tf_top_country(by_rider: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        kept = d.drop_duplicates("winner_name") if by_rider else d
        return _top(_text(kept["nationality"]).value_counts())

    return top


def _tf_decades(d: pd.DataFrame) -> Any:
    year = pd.to_datetime(d["start_date"]).dt.year
    return d.groupby(year // 10 * 10)["distance"].mean().to_numpy()


def _tf_size_corr(by_rider: bool) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        kept = d.drop_duplicates("winner_name") if by_rider else d
        return _corr(lambda _d: kept["height"], lambda _d: kept["weight"])(answer, d)

    return check


_TF_ID = ("edition", "start_date", "winner_name")
_TDF_QS = [
    Q(
        "which country has produced the most tour winners?",
        _lead(either(_named(_tf_top_country(False)), _named(_tf_top_country(True)))),
        (*_TF_ID, "nationality", "birth_country"),
    ),
    Q(
        "whats the average age of a winner",
        _about(lambda d: float(d["age"].mean())),
        (*_TF_ID, "age", "born"),
    ),
    Q(
        "how many winners won the tour without winning a single stage?",
        _count(lambda d: float((d["stage_wins"] == 0).sum())),
        (*_TF_ID, "stage_wins"),
    ),
    Q(
        "how has the race distance changed over time? give me the average per decade",
        _about(_tf_decades),
        (*_TF_ID, "distance"),
    ),
    Q(
        "correlation between the winners' height and weight",
        either(_tf_size_corr(False), _tf_size_corr(True)),
        (*_TF_ID, "height", "weight"),
    ),
    Q(
        "who won by the smallest margin?",
        _lead(_forms_named(lambda d: str(d.loc[d["time_margin"].idxmin(), "winner_name"]), _tf_surname)),
        (*_TF_ID, "time_margin"),
    ),
]


# --- 3. 80 Cereals (Kaggle / Consumer Reports cereal.csv) ----------------------------------------------------------

# name|mfr|type|kind (x extra fiber, b bran, s sweet, p plain, f fruit and bran, m muesli and clusters, h hot,
# w wheat and puffed), one cereal to a "/"
_CE_CEREALS = [
    line.split("|")
    for line in _split(
        "100% Bran|N|C|b/100% Natural Bran|Q|C|m/All-Bran|K|C|b/All-Bran with Extra Fiber|K|C|x/"
        "Almond Delight|R|C|m/Apple Cinnamon Cheerios|G|C|s/Apple Jacks|K|C|s/Basic 4|G|C|m/Bran Chex|R|C|b/"
        "Bran Flakes|P|C|b/Cap'n'Crunch|Q|C|s/Cheerios|G|C|p/Cinnamon Toast Crunch|G|C|s/Clusters|G|C|m/"
        "Cocoa Puffs|G|C|s/Corn Chex|R|C|p/Corn Flakes|K|C|p/Corn Pops|K|C|s/Count Chocula|G|C|s/"
        "Cracklin' Oat Bran|K|C|m/Cream of Wheat (Quick)|N|H|h/Crispix|K|C|p/Crispy Wheat & Raisins|G|C|f/"
        "Double Chex|R|C|p/Froot Loops|K|C|s/Frosted Flakes|K|C|s/Frosted Mini-Wheats|K|C|w/"
        "Fruit & Fibre Dates; Walnuts; and Oats|P|C|f/Fruitful Bran|K|C|f/Fruity Pebbles|P|C|s/Golden Crisp|P|C|s/"
        "Golden Grahams|G|C|s/Grape Nuts Flakes|P|C|p/Grape-Nuts|P|C|m/Great Grains Pecan|P|C|m/"
        "Honey Graham Ohs|Q|C|s/Honey Nut Cheerios|G|C|s/Honey-comb|P|C|s/Just Right Crunchy  Nuggets|K|C|p/"
        "Just Right Fruit & Nut|K|C|f/Kix|G|C|p/Life|Q|C|p/Lucky Charms|G|C|s/Maypo|A|H|h/"
        "Muesli Raisins; Dates; & Almonds|R|C|m/Muesli Raisins; Peaches; & Pecans|R|C|m/Mueslix Crispy Blend|K|C|m/"
        "Multi-Grain Cheerios|G|C|p/Nut&Honey Crunch|K|C|s/Nutri-Grain Almond-Raisin|K|C|f/Nutri-grain Wheat|K|C|p/"
        "Oatmeal Raisin Crisp|G|C|f/Post Nat. Raisin Bran|P|C|f/Product 19|K|C|p/Puffed Rice|Q|C|w/"
        "Puffed Wheat|Q|C|w/Quaker Oat Squares|Q|C|p/Quaker Oatmeal|Q|H|h/Raisin Bran|K|C|f/Raisin Nut Bran|G|C|f/"
        "Raisin Squares|K|C|w/Rice Chex|R|C|p/Rice Krispies|K|C|p/Shredded Wheat|N|C|w/Shredded Wheat 'n'Bran|N|C|w/"
        "Shredded Wheat spoon size|N|C|w/Smacks|K|C|s/Special K|K|C|p/Strawberry Fruit Wheats|N|C|w/"
        "Total Corn Flakes|G|C|p/Total Raisin Bran|G|C|f/Total Whole Grain|G|C|p/Triples|G|C|p/Trix|G|C|s/"
        "Wheat Chex|R|C|p/Wheaties|G|C|p/Wheaties Honey Gold|G|C|s",
        "/",
    )
]
# kind: calories, protein (from, to), fat, sodium mg (from, to), fiber g, carbo g (from, to), sugars g (from, to),
# vitamins (% daily value), shelf, weight (oz per serving), cups per serving
_CE_KINDS: dict[
    str, tuple[str, tuple[int, int], str, tuple[int, int], str, tuple[int, int], tuple[int, int], str, str, str, str]
] = {
    "x": ("50:100", (4, 4), "0:100", (130, 150), "14:100", (7, 8), (0, 0), "25:100", "3:100", "1:100", "0.5:100"),
    "b": (
        "70:45;80:20;90:35",
        (3, 4),
        "0:40;1:60",
        (130, 290),
        "5:30;6:20;9:25;10:25",
        (7, 15),
        (0, 6),
        "25:100",
        "3:80;1:20",
        "1:100",
        "0.33:30;0.5:30;0.67:40",
    ),
    "s": (
        "110:75;120:25",
        (1, 2),
        "0:30;1:45;2:20;3:5",
        (45, 280),
        "0:70;1:25;1.5:5",
        (11, 15),
        (9, 15),
        "25:100",
        "2:80;1:10;3:10",
        "1:100",
        "0.75:40;1:45;1.33:15",
    ),
    "p": (
        "100:35;110:60;120:5",
        (2, 6),
        "0:35;1:40;2:25",
        (180, 320),
        "0:30;1:30;2:20;3:20",
        (15, 22),
        (1, 6),
        "25:80;100:20",
        "1:45;3:45;2:10",
        "1:90;1.3:10",
        "0.75:30;1:50;1.25:20",
    ),
    "f": (
        "120:40;130:10;140:30;150:20",
        (3, 4),
        "0:30;1:40;2:20;3:10",
        (140, 240),
        "4:40;5:40;6:20",
        (11, 14),
        (10, 14),
        "25:90;100:10",
        "3:90;2:10",
        "1.33:55;1.5:20;1:25",
        "0.5:35;0.67:30;0.75:35",
    ),
    "m": (
        "110:20;120:25;130:15;140:15;150:15;160:10",
        (3, 4),
        "1:30;2:35;3:35",
        (95, 200),
        "1.5:20;2:30;3:30;4:20",
        (12, 17),
        (6, 13),
        "25:100",
        "3:85;1:15",
        "1:40;1.3:20;1.5:40",
        "0.33:20;0.5:40;0.67:40",
    ),
    "h": (
        "100:100",
        (3, 5),
        "0:50;1:25;2:25",
        (0, 80),
        "0:40;1:30;2.7:30",
        (14, 21),
        (0, 3),
        "0:50;25:50",
        "1:50;2:50",
        "1:100",
        "1:100",
    ),
    "w": (
        "50:20;80:20;90:30;100:30",
        (1, 3),
        "0:100",
        (0, 10),
        "0:30;1:20;3:30;4:20",
        (13, 20),
        (0, 7),
        "0:60;25:40",
        "1:60;2:20;3:20",
        "0.5:20;0.83:20;1:60",
        "0.67:30;0.8:20;1:50",
    ),
}
# Consumer Reports' rating as a linear score of the nutrition panel: intercept, then a weight per column
_CE_RATING = (54.93, {"calories": -0.223, "protein": 3.27, "fat": -1.69, "sodium": -0.0545, "fiber": 3.44})
_CE_RATING[1].update({"carbo": 1.09, "sugars": -0.725, "potass": -0.034, "vitamins": -0.051})
# cereal: columns the file leaves at -1 (unknown)
_CE_UNKNOWN = {
    "Quaker Oatmeal": ("carbo", "sugars"),
    "Almond Delight": ("potass",),
    "Cream of Wheat (Quick)": ("potass",),
}


def _cereal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4503)
    rows: list[dict[str, Any]] = []
    for name, mfr, kind, style in _CE_CEREALS:
        cal, protein, fat, sodium, fiber, carbo, sugars, vitamins, shelf, weight, cups = _CE_KINDS[style]
        row: dict[str, Any] = {"name": name, "mfr": mfr, "type": kind, "calories": int(_draw(rng, cal))}
        row["protein"] = int(rng.integers(protein[0], protein[1] + 1))
        row["fat"] = int(_draw(rng, fat))
        row["sodium"] = int(round(float(rng.uniform(*sodium)) / 10) * 10)
        row["fiber"] = float(_draw(rng, fiber))
        row["carbo"] = float(round(float(rng.uniform(carbo[0], carbo[1])) * 2) / 2)
        row["sugars"] = int(rng.integers(sugars[0], sugars[1] + 1))
        row["potass"] = int(max(15, round((28 + 24 * row["fiber"] + float(rng.normal(0, 18))) / 5) * 5))
        row["vitamins"] = int(_draw(rng, vitamins))
        row["shelf"] = int(_draw(rng, shelf))
        row["weight"] = float(_draw(rng, weight))
        row["cups"] = float(_draw(rng, cups))
        intercept, weights = _CE_RATING
        score = intercept + sum(w * float(row[c]) for c, w in weights.items()) + float(rng.normal(0, 0.4))
        row["rating"] = round(score, 6)
        for column in _CE_UNKNOWN.get(name, ()):
            row[column] = -1.0 if column == "carbo" else -1
        rows.append(row)
    return pd.DataFrame(rows)


def _ce_sugars(known_only: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    return lambda d: d[d["sugars"] >= 0] if known_only else d


def _ce_sugar_by_maker(known_only: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        kept = _ce_sugars(known_only)(d)
        return kept.groupby(_text(kept["mfr"]))["sugars"].mean().to_numpy()

    return means


def _ce_sugar_corr(known_only: bool) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        kept = _ce_sugars(known_only)(d)
        return _corr(lambda _d: kept["sugars"], lambda _d: kept["rating"])(answer, d)

    return check


_CE_ID = ("name",)
_CEREAL_QS = [
    Q(
        "which cereal has the highest rating?",
        _lead(_named(lambda d: str(d.loc[d["rating"].idxmax(), "name"]))),
        (*_CE_ID, "rating"),
    ),
    Q(
        "avg sugar per manufacturer",
        either(_about(_ce_sugar_by_maker(False)), _about(_ce_sugar_by_maker(True))),
        (*_CE_ID, "mfr", "sugars"),
    ),
    Q(
        "how many cereals sit on shelf 3?",
        _count(lambda d: float((d["shelf"] == 3).sum())),
        (*_CE_ID, "shelf"),
    ),
    Q(
        "what percentage of the cereals are hot cereals?",
        _share(lambda d: float((_text(d["type"]) == "H").mean())),
        (*_CE_ID, "type"),
    ),
    Q(
        "is sugar correlated with the rating?",
        either(_ce_sugar_corr(False), _ce_sugar_corr(True)),
        (*_CE_ID, "sugars", "rating"),
    ),
    Q(
        "what about fiber?",
        _corr(lambda d: d["fiber"], lambda d: d["rating"]),
        (*_CE_ID, "fiber", "rating"),
    ),
]


# --- 4. Starbucks locations (Kaggle "Starbucks Locations Worldwide", directory.csv) -------------------------------

# country: stores in the full file, time zones ("state|zone" with "*" for every other state), ownership types,
# chance of a blank phone number, centre (longitude, latitude) and spread (degrees)
_SB_COUNTRIES: dict[str, tuple[int, str, str, float, tuple[float, float, float]]] = {
    "US": (13608, "", "Company Owned:59;Licensed:41", 0.06, (-98.0, 38.5, 0.0)),
    "CN": (2734, "*|GMT+08:00 Asia/Shanghai", "Company Owned:50;Joint Venture:34;Licensed:16", 0.93, (0, 0, 0.25)),
    "CA": (1468, "", "Company Owned:63;Licensed:37", 0.12, (0, 0, 0.2)),
    "JP": (1237, "*|GMT+09:00 Asia/Tokyo", "Joint Venture:97;Licensed:3", 0.55, (0, 0, 0.2)),
    "KR": (993, "*|GMT+09:00 Asia/Seoul", "Joint Venture:100", 0.9, (0, 0, 0.15)),
    "GB": (901, "*|GMT+000000 Europe/London", "Company Owned:48;Licensed:30;Franchise:22", 0.5, (0, 0, 0.15)),
    "MX": (579, "*|GMT-06:00 America/Mexico_City", "Licensed:100", 0.8, (0, 0, 0.2)),
    "TW": (394, "*|GMT+08:00 Asia/Taipei", "Joint Venture:100", 0.9, (0, 0, 0.1)),
    "TR": (326, "*|GMT+03:00 Europe/Istanbul", "Licensed:100", 0.9, (0, 0, 0.15)),
    "PH": (298, "*|GMT+08:00 Asia/Manila", "Licensed:100", 0.9, (0, 0, 0.1)),
    "TH": (289, "*|GMT+07:00 Asia/Bangkok", "Licensed:100", 0.9, (0, 0, 0.15)),
    "ID": (268, "*|GMT+07:00 Asia/Jakarta", "Licensed:100", 0.9, (0, 0, 0.15)),
    "MY": (234, "*|GMT+08:00 Asia/Kuala_Lumpur", "Licensed:100", 0.9, (0, 0, 0.15)),
    "DE": (160, "*|GMT+1:00 Europe/Berlin", "Company Owned:55;Franchise:45", 0.7, (0, 0, 0.1)),
    "AE": (144, "*|GMT+04:00 Asia/Dubai", "Licensed:100", 0.9, (0, 0, 0.1)),
    "FR": (132, "*|GMT+1:00 Europe/Paris", "Company Owned:62;Franchise:38", 0.7, (0, 0, 0.08)),
    "SG": (130, "*|GMT+08:00 Asia/Singapore", "Licensed:100", 0.9, (0, 0, 0.05)),
    "RU": (109, "*|GMT+03:00 Europe/Moscow", "Licensed:100", 0.9, (0, 0, 0.1)),
    "AR": (108, "*|GMT-03:00 America/Argentina/Buenos_Aires", "Licensed:100", 0.9, (0, 0, 0.1)),
    "KW": (106, "*|GMT+03:00 Asia/Kuwait", "Licensed:100", 0.9, (0, 0, 0.08)),
    "HK": (104, "*|GMT+08:00 Asia/Hong_Kong", "Licensed:100", 0.9, (0, 0, 0.05)),
    "SA": (102, "*|GMT+03:00 Asia/Riyadh", "Licensed:100", 0.9, (0, 0, 0.1)),
    "BR": (102, "*|GMT-03:00 America/Sao_Paulo", "Company Owned:70;Licensed:30", 0.8, (0, 0, 0.1)),
    "ES": (101, "*|GMT+1:00 Europe/Madrid", "Licensed:100", 0.8, (0, 0, 0.08)),
    "CL": (96, "*|GMT-04:00 America/Santiago", "Licensed:100", 0.8, (0, 0, 0.08)),
    "IN": (88, "*|GMT+05:30 Asia/Kolkata", "Joint Venture:100", 0.9, (0, 0, 0.1)),
    "VN": (25, "*|GMT+07:00 Asia/Saigon", "Licensed:100", 0.9, (0, 0, 0.05)),
}
# country: places as "state|city (spelling variants joined by ~)|weight|longitude|latitude"
_SB_PLACES: dict[str, str] = {
    "CN": "31|Shanghai~上海市~shanghai|20|121.47|31.23;11|Beijing~北京市~beijing|15|116.40|39.90;"
    "44|Shenzhen~深圳市|8|114.06|22.54;44|Guangzhou~广州市|7|113.26|23.13;32|Suzhou~苏州市|6|120.59|31.30;"
    "32|Nanjing~南京市|5|118.80|32.06;32|Wuxi|3|120.31|31.49;33|Hangzhou~杭州市|7|120.16|30.27;"
    "33|Ningbo|3|121.55|29.87;51|Chengdu~成都市|6|104.07|30.57;50|Chongqing|4|106.55|29.56;"
    "12|Tianjin~天津市|4|117.20|39.13;42|Wuhan|3|114.31|30.59;61|Xi'an|3|108.94|34.34;21|Dalian|2|121.61|38.91",
    "CA": "ON|Toronto|13|-79.38|43.65|GMT-05:00 America/Toronto;"
    "ON|Mississauga|5|-79.64|43.59|GMT-05:00 America/Toronto;"
    "ON|Ottawa|5|-75.70|45.42|GMT-05:00 America/Toronto;ON|Markham|2.5|-79.34|43.86|GMT-05:00 America/Toronto;"
    "ON|Brampton|2|-79.76|43.73|GMT-05:00 America/Toronto;ON|Hamilton|2|-79.87|43.26|GMT-05:00 America/Toronto;"
    "BC|Vancouver|9|-123.12|49.28|GMT-08:00 America/Vancouver;BC|Surrey|3.5|-122.85|49.19|GMT-08:00 America/Vancouver;"
    "BC|Burnaby|2.5|-122.98|49.25|GMT-08:00 America/Vancouver;"
    "BC|Victoria|2.5|-123.37|48.43|GMT-08:00 America/Vancouver;"
    "BC|Richmond|2|-123.14|49.17|GMT-08:00 America/Vancouver;AB|Calgary|8|-114.07|51.05|GMT-07:00 America/Edmonton;"
    "AB|Edmonton|6.5|-113.49|53.55|GMT-07:00 America/Edmonton;"
    "QC|Montreal~Montréal|6|-73.57|45.50|GMT-05:00 America/Montreal;"
    "QC|Laval|1.5|-73.71|45.61|GMT-05:00 America/Montreal;MB|Winnipeg|3|-97.14|49.90|GMT-06:00 America/Winnipeg;"
    "SK|Saskatoon|1.5|-106.67|52.13|GMT-06:00 America/Regina;NS|Halifax|2|-63.57|44.65|GMT-04:00 America/Halifax",
    "JP": "13|渋谷区~Shibuya-ku|8|139.70|35.66;13|港区~Minato-ku|8|139.75|35.66;13|新宿区|7|139.70|35.69;"
    "13|千代田区|6|139.75|35.69;13|中央区|5|139.77|35.67;27|大阪市~Osaka|9|135.50|34.69;23|名古屋市|6|136.91|35.18;"
    "14|横浜市~Yokohama|7|139.64|35.44;40|福岡市~Fukuoka|5|130.40|33.59;26|京都市~Kyoto|4|135.77|35.01;"
    "01|札幌市|4|141.35|43.06;28|神戸市|3|135.19|34.69",
    "KR": "11|Seoul~서울|25|126.98|37.57;11|Gangnam-gu~강남구|9|127.05|37.50;26|Busan~부산|9|129.08|35.18;"
    "41|Seongnam~성남시|6|127.13|37.42;41|Suwon|5|127.03|37.26;28|Incheon|5|126.71|37.46;"
    "27|Daegu|4|128.60|35.87;30|Daejeon|3|127.38|36.35;29|Gwangju|3|126.85|35.16",
    "GB": "ENG|London|16|-0.13|51.51;ENG|Manchester|4|-2.24|53.48;ENG|Birmingham|4|-1.89|52.49;"
    "ENG|Leeds|2.5|-1.55|53.80;ENG|Bristol|2.5|-2.59|51.45;ENG|Liverpool|2|-2.98|53.41;ENG|Reading|1.5|-0.97|51.45;"
    "ENG|Oxford|1.2|-1.26|51.75;ENG|Cambridge|1.2|0.12|52.21;ENG|Brighton|1.2|-0.14|50.82;ENG|Heathrow|1.5|-0.45|51.47;"
    "SCT|Edinburgh|3|-3.19|55.95;ENG|Leicester|1.2|-1.13|52.64;ENG|Nottingham|1.5|-1.15|52.95;"
    "ENG|Newcastle upon Tyne|1.5|-1.61|54.97;ENG|Southampton|1.2|-1.40|50.91;ENG|Milton Keynes|1|-0.76|52.04;"
    "SCT|Glasgow|3|-4.25|55.86;WLS|Cardiff|2|-3.18|51.48;NIR|Belfast|1.5|-5.93|54.60",
    "MX": "DIF|Ciudad de México~México D.F.~Mexico City|30|-99.13|19.43;NLE|Monterrey|12|-100.32|25.69;"
    "JAL|Guadalajara|10|-103.35|20.66;MEX|Naucalpan|5|-99.24|19.48;PUE|Puebla|5|-98.21|19.04;"
    "QRO|Querétaro|4|-100.39|20.59;ROO|Cancún|4|-86.85|21.16;BCN|Tijuana|4|-117.04|32.51",
    "TW": "TPE|台北市~Taipei City|45|121.56|25.04;TPQ|新北市|20|121.46|25.01;TXG|台中市|13|120.68|24.15;"
    "KHH|高雄市|12|120.30|22.63;TAO|桃園市|10|121.30|24.99",
    "TR": "34|Istanbul~İstanbul|65|28.98|41.01;06|Ankara|15|32.85|39.93;35|Izmir|10|27.14|38.42;"
    "07|Antalya|5|30.71|36.90;"
    "16|Bursa|5|29.06|40.19",
    "PH": "00|Makati|25|121.02|14.55;00|Manila|20|120.98|14.60;00|Pasig|15|121.08|14.58;00|Taguig|15|121.05|14.52;"
    "00|Quezon City|15|121.04|14.68;07|Cebu City|10|123.89|10.32",
    "TH": "10|Bangkok~กรุงเทพมหานคร|75|100.50|13.76;50|Chiang Mai|8|98.99|18.79;83|Phuket|8|98.39|7.88;"
    "20|Pattaya|9|100.88|12.93",
    "ID": "JK|Jakarta|60|106.85|-6.21;JB|Bandung|10|107.61|-6.92;JT|Surabaya|12|112.75|-7.25;"
    "BA|Denpasar~Bali|10|115.22|-8.65;"
    "BT|Tangerang|8|106.63|-6.18",
    "MY": "14|Kuala Lumpur|45|101.69|3.14;10|Petaling Jaya|20|101.61|3.11;10|Shah Alam|10|101.52|3.07;"
    "07|George Town|10|100.33|5.41;01|Johor Bahru|10|103.76|1.49;12|Kota Kinabalu|5|116.07|5.98",
    "DE": "BE|Berlin|30|13.40|52.52;HH|Hamburg|20|9.99|53.55;BY|München|18|11.58|48.14;"
    "HE|Frankfurt am Main|18|8.68|50.11;"
    "NW|Düsseldorf|14|6.77|51.23",
    "AE": "DU|Dubai|65|55.27|25.20;AZ|Abu Dhabi|25|54.37|24.45;SH|Sharjah|10|55.41|25.35",
    "FR": "75|Paris|70|2.35|48.86;69|Lyon|10|4.84|45.76;13|Marseille|8|5.37|43.30;92|La Défense|12|2.24|48.89",
    "SG": "01|Singapore|100|103.82|1.35",
    "RU": "MOW|Moscow~Москва|75|37.62|55.76;SPE|Saint Petersburg~Санкт-Петербург|25|30.34|59.93",
    "AR": "C|Buenos Aires~Capital Federal|75|-58.38|-34.60;B|La Plata|10|-57.95|-34.92;X|Córdoba|15|-64.18|-31.42",
    "KW": "KU|Kuwait City|60|47.98|29.38;HA|Hawalli|25|48.03|29.33;AH|Fahaheel|15|48.13|29.08",
    "HK": "91|Hong Kong~香港|70|114.17|22.32;91|Kowloon|30|114.18|22.32",
    "SA": "01|Riyadh|50|46.68|24.71;02|Jeddah|35|39.19|21.49;04|Al Khobar|15|50.21|26.28",
    "BR": "SP|São Paulo~Sao Paulo|70|-46.63|-23.55;RJ|Rio de Janeiro|30|-43.17|-22.91",
    "ES": "M|Madrid|55|-3.70|40.42;B|Barcelona|35|2.17|41.39;V|Valencia|10|-0.38|39.47",
    "CL": "RM|Santiago|80|-70.65|-33.45;RM|Las Condes|12|-70.58|-33.41;VS|Viña del Mar|8|-71.55|-33.02",
    "IN": "MH|Mumbai|45|72.88|19.08;DL|New Delhi|30|77.21|28.61;KA|Bengaluru~Bangalore|25|77.59|12.97",
    "VN": "SG|Ho Chi Minh City|70|106.66|10.76;HN|Hanoi|30|105.85|21.03",
}
# US state: stores in the full file, time zone, longitude and latitude of the middle, cities (weights)
_SB_STATES: dict[str, tuple[int, str, float, float, str]] = {
    "CA": (
        2821,
        "GMT-08:00 America/Los_Angeles",
        -119.4,
        36.8,
        "Los Angeles:8;San Diego:7;San Francisco:6.5;San Jose:5;Sacramento:4.5;Irvine:3.5;Fresno:3;Long Beach:3;"
        "Oakland:2.5;Bakersfield:2.5;Riverside:2.5;Anaheim:2.5;Pasadena:2;Santa Monica:2;Santa Clara:2;Torrance:2;"
        "Huntington Beach:2;Glendale:2;Santa Ana:2;Walnut Creek:1.5;Roseville:1.5;Temecula:1.5;Chula Vista:1.5;"
        "Stockton:1.5;Modesto:1.5;Burbank:1.5;Palo Alto:1;Mountain View:1;Berkeley:1;Ontario:1.5",
    ),
    "TX": (
        1042,
        "GMT-06:00 America/Chicago",
        -97.6,
        30.9,
        "Houston:22;Dallas:15;Austin:14;San Antonio:12;Fort Worth:6;Plano:5;Frisco:3;Arlington:4;El Paso:4;"
        "The Woodlands:3;Sugar Land:3;Irving:3;Round Rock:3;Katy:3",
    ),
    "WA": (
        757,
        "GMT-08:00 America/Los_Angeles",
        -121.5,
        47.4,
        "Seattle:28;Bellevue:8;Tacoma:7;Spokane:7;Redmond:4;Kent:4;Vancouver:5;Everett:5;Renton:4;Olympia:4;"
        "Kirkland:4;Federal Way:3",
    ),
    "FL": (
        694,
        "GMT-05:00 America/New_York",
        -81.6,
        28.1,
        "Orlando:14;Miami:13;Tampa:11;Jacksonville:9;Fort Lauderdale:6;Naples:4;Boca Raton:4;Sarasota:4;"
        "Tallahassee:3;Gainesville:3;West Palm Beach:4",
    ),
    "NY": (
        645,
        "GMT-05:00 America/New_York",
        -74.6,
        41.6,
        "New York:38;Brooklyn:6;Buffalo:5;Rochester:5;Albany:4;Staten Island:3;Flushing:3;White Plains:3;"
        "Syracuse:3;Yonkers:2",
    ),
    "IL": (575, "GMT-06:00 America/Chicago", -88.2, 41.6, "Chicago:45;Naperville:5;Schaumburg:4;Evanston:3"),
    "AZ": (488, "GMT-07:00 America/Phoenix", -111.9, 33.3, "Phoenix:30;Scottsdale:14;Tucson:16;Mesa:10;Tempe:9"),
    "CO": (481, "GMT-07:00 America/Denver", -104.9, 39.5, "Denver:30;Colorado Springs:15;Aurora:9;Boulder:7"),
    "VA": (432, "GMT-05:00 America/New_York", -77.5, 38.0, "Arlington:10;Virginia Beach:10;Richmond:10;Fairfax:8"),
    "OH": (378, "GMT-05:00 America/New_York", -82.8, 40.2, "Columbus:25;Cincinnati:18;Cleveland:14;Dublin:5"),
    "OR": (359, "GMT-08:00 America/Los_Angeles", -122.6, 44.9, "Portland:40;Beaverton:10;Eugene:9;Salem:9"),
    "PA": (357, "GMT-05:00 America/New_York", -76.9, 40.5, "Philadelphia:30;Pittsburgh:20;Harrisburg:6"),
    "NC": (338, "GMT-05:00 America/New_York", -79.4, 35.6, "Charlotte:30;Raleigh:22;Durham:8;Cary:6"),
    "GA": (326, "GMT-05:00 America/New_York", -84.2, 33.8, "Atlanta:40;Alpharetta:8;Marietta:7;Savannah:5"),
    "MA": (290, "GMT-05:00 America/New_York", -71.4, 42.3, "Boston:40;Cambridge:10;Worcester:5;Burlington:5"),
    "MI": (283, "GMT-05:00 America/Detroit", -84.6, 42.7, "Detroit:10;Ann Arbor:10;Grand Rapids:10;Troy:6"),
    "NJ": (261, "GMT-05:00 America/New_York", -74.5, 40.3, "Jersey City:10;Newark:8;Princeton:8;Paramus:7"),
    "NV": (253, "GMT-08:00 America/Los_Angeles", -115.4, 36.6, "Las Vegas:60;Henderson:14;Reno:12"),
    "MD": (249, "GMT-05:00 America/New_York", -76.7, 39.1, "Baltimore:25;Bethesda:12;Rockville:8;Annapolis:6"),
    "IN": (221, "GMT-05:00 America/Indiana/Indianapolis", -86.2, 39.8, "Indianapolis:40;Carmel:8;Fort Wayne:8"),
    "MO": (188, "GMT-06:00 America/Chicago", -92.5, 38.6, "Saint Louis:25;Kansas City:20;Springfield:8"),
    "MN": (184, "GMT-06:00 America/Chicago", -93.3, 45.0, "Minneapolis:25;Saint Paul:12;Bloomington:6"),
    "TN": (180, "GMT-06:00 America/Chicago", -86.6, 35.9, "Nashville:30;Memphis:15;Knoxville:12"),
    "WI": (145, "GMT-06:00 America/Chicago", -89.0, 43.5, "Milwaukee:20;Madison:16;Green Bay:6"),
    "SC": (131, "GMT-05:00 America/New_York", -80.9, 33.9, "Charleston:14;Columbia:12;Greenville:10"),
    "CT": (123, "GMT-05:00 America/New_York", -72.7, 41.6, "Stamford:8;Hartford:8;New Haven:8"),
    "KY": (115, "GMT-05:00 America/New_York", -85.3, 37.8, "Louisville:20;Lexington:14"),
    "OK": (106, "GMT-06:00 America/Chicago", -97.3, 35.6, "Oklahoma City:20;Tulsa:16"),
    "DC": (97, "GMT-05:00 America/New_York", -77.04, 38.9, "Washington:100"),
    "HI": (95, "GMT-10:00 Pacific/Honolulu", -157.9, 21.3, "Honolulu:60;Kailua:10;Kahului:10"),
    "UT": (101, "GMT-07:00 America/Denver", -111.9, 40.6, "Salt Lake City:25;Provo:8;Ogden:6"),
    "AK": (49, "GMT-09:00 America/Anchorage", -149.9, 61.2, "Anchorage:30;Fairbanks:6;Juneau:4"),
}
# US state: how its ZIP codes start
_SB_ZIPS = {"CA": "9", "TX": "7", "WA": "98", "FL": "3", "NY": "1", "IL": "6", "AZ": "85", "CO": "80", "VA": "2"}
_SB_ZIPS |= {"OH": "4", "OR": "97", "PA": "1", "NC": "2", "GA": "3", "MA": "0", "MI": "4", "NJ": "0", "NV": "89"}
_SB_ZIPS |= {"MD": "2", "IN": "4", "MO": "6", "MN": "5", "TN": "3", "WI": "5", "SC": "2", "CT": "0", "KY": "4"}
_SB_ZIPS |= {"OK": "7", "DC": "2", "HI": "96", "UT": "84", "AK": "99"}
# the smaller towns and suburbs of any state (almost half of the stores)
_SB_TOWNS = _split(
    "Springfield;Franklin;Greenville;Fairview;Madison;Georgetown;Clinton;Salem;Bristol;Auburn;Oxford;Jackson;"
    "Burlington;Manchester;Milton;Newport;Ashland;Dover;Hudson;Kingston;Lebanon;Marion;Mount Vernon;Riverside;"
    "Centerville;Clayton;Dayton;Lexington;Milford;Oakland;Winchester;Arlington;Chester;Columbia;Farmington;Glendale;"
    "Lakewood;Lancaster;Monroe;Newark;Plymouth;Richmond;Shelby;Troy;Union City;Waverly;Williamsburg;Woodstock"
)
_SB_STREETS = _split(
    "Main;Broadway;Market;Park;Oak;Pine;Maple;Cedar;Washington;Lake;Hill;Elm;Center;Church;Mill;Sunset;Lincoln;"
    "Jefferson;Madison;Franklin;Highland;Union;Ridge;Spring;Grand;College;University;El Camino Real;Colorado;"
    "Olympic;Wilshire;Bellevue;Peachtree;Lakeshore;Riverside;Valley View;Mission;Harbor;Airport;Stadium"
)
_SB_SUFFIXES = _split("St;Ave;Blvd;Rd;Dr;Way;Pkwy;Hwy;Ln;Ct")
_SB_SPOTS = _split(
    "Mall;Plaza;Station;Airport T1;Airport T2;Tower;Square;Centre;Park;Gate;Market;University;Hospital;Harbour;"
    "Road;Avenue;Street;IFC;Times Square;City Plaza;Metro;Outlet;Hotel;Business Park"
)
_SB_US_NAMES = _split(
    "Safeway-{city} #{n};Target {city} T-{n};{a} & {b};{city} {spot};Barnes & Noble {city} #{n};Kroger {city} #{n};"
    "{a} & {b};{a} & {b};Hwy {n2} & {a};{city} Downtown;{spot} - {city}"
)
_SB_NAMES_OF = {"US": "United States;USA;U.S.;America", "CN": "China", "CA": "Canada", "JP": "Japan"}
_SB_NAMES_OF |= {"KR": "South Korea;Korea", "GB": "United Kingdom;UK;Britain;U.K.", "MX": "Mexico", "TW": "Taiwan"}
_SB_NAMES_OF |= {"TR": "Turkey;Türkiye", "PH": "Philippines", "TH": "Thailand", "ID": "Indonesia", "MY": "Malaysia"}


def _sb_phone(rng: np.random.Generator, country: str) -> str:
    digits = [int(x) for x in rng.integers(0, 10, 10)]
    tail = "".join(str(x) for x in digits[3:])
    if country in ("US", "CA"):
        return f"{rng.integers(201, 990)}-{tail[:3]}-{tail[3:]}"
    if country == "GB":
        return f"020 7{tail[:3]} {tail[3:]}"
    return f"{rng.integers(10, 99)}{tail}"


def _sb_postcode(rng: np.random.Generator, country: str, state: str) -> str | None:
    if country == "US":
        lead = _SB_ZIPS[state]
        base = lead + "".join(str(x) for x in rng.integers(0, 10, 5 - len(lead)))
        return str(_one(rng, [base, f"{base}{rng.integers(1000, 9999)}", ""], [50, 45, 5])) or None
    if country == "CA":
        letters = "ABCEGHJKLMNPRSTVXY"
        code = [letters[int(i)] for i in rng.integers(0, len(letters), 3)]
        return None if rng.random() < 0.1 else f"{code[0]}{rng.integers(1, 9)}{code[1]} {rng.integers(1, 9)}{code[2]}1"
    if rng.random() < 0.45:
        return None
    if country == "GB":
        return f"{_one(rng, ['SW1', 'EC2', 'W1', 'M1', 'B2', 'EH1', 'G1', 'CF10'])} {rng.integers(1, 9)}AB"
    if country == "JP":
        return f"{rng.integers(100, 999)}-{rng.integers(1000, 9999):04d}"
    return f"{rng.integers(10000, 999999)}"


def _sb_store(rng: np.random.Generator, country: str, place: list[str], zone: str, own: str) -> dict[str, Any]:
    state, cities, _w, lon, lat = place[:5]
    spellings = cities.split("~")
    city = str(_one(rng, spellings, [75, 18, 7][: len(spellings)]))
    spread = _SB_COUNTRIES[country][4][2] or 0.12
    spot = str(_one(rng, _SB_SPOTS))
    street = f"{rng.integers(1, 9999)} {_one(rng, _SB_STREETS)} {_one(rng, _SB_SUFFIXES)}"
    if country == "US":
        a, b = (f"{_one(rng, _SB_STREETS)} {_one(rng, _SB_SUFFIXES)}" for _ in range(2))
        name = str(_one(rng, _SB_US_NAMES)).format(
            city=city, n=rng.integers(100, 3999), a=a, b=b, spot=spot, n2=rng.integers(1, 99)
        )
        if rng.random() < 0.2:
            street += f", {_one(rng, ['Ste', 'Suite', 'Unit', 'Bldg'])} {rng.integers(1, 400)}"
    else:
        name = str(_one(rng, [f"{spot}", f"{city} {spot}", f"{_one(rng, _SB_STREETS)} {spot}"]))
        street = str(_one(rng, [street, f"No. {rng.integers(1, 999)}, {_one(rng, _SB_STREETS)} Road", f"{spot}"]))
    return {
        "Brand": "Starbucks",
        "Store Number": f"{rng.integers(1000, 79999)}-{rng.integers(10000, 299999)}",
        "Store Name": name,
        "Ownership Type": _draw(rng, own),
        "Street Address": street,
        "City": city,
        "State/Province": state,
        "Country": country,
        "Postcode": _sb_postcode(rng, country, state),
        "Phone Number": None if rng.random() < _SB_COUNTRIES[country][3] else _sb_phone(rng, country),
        "Timezone": zone,
        "Longitude": round(float(lon) + float(rng.normal(0, spread)), 2),
        "Latitude": round(float(lat) + float(rng.normal(0, spread)), 2),
    }


def _starbucks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4504)
    n = 5000
    countries = _deal(rng, ";".join(f"{c}:{v[0]}" for c, v in _SB_COUNTRIES.items()), n - 1)
    rows: list[dict[str, Any]] = []
    for country, (_k, zones, own, _p, _c) in _SB_COUNTRIES.items():
        k = countries.count(country)
        if country == "US":
            states = _deal(rng, ";".join(f"{s}:{v[0]}" for s, v in _SB_STATES.items()), k)
            for state in states:
                _s, zone, lon, lat, cities = _SB_STATES[state]
                city = _draw(rng, cities) if rng.random() < 0.55 else str(_one(rng, _SB_TOWNS))
                place = [state, city, "1", str(lon), str(lat)]
                store = _sb_store(rng, country, place, zone, own)
                store["Longitude"] = round(lon + float(rng.normal(0, 0.9)), 2)
                store["Latitude"] = round(lat + float(rng.normal(0, 0.7)), 2)
                roll = rng.random()
                if roll < 0.014:
                    store |= {"Brand": "Teavana", "Store Name": f"Teavana - {store['City']} {_one(rng, _SB_SPOTS)}"}
                    store |= {"Ownership Type": "Company Owned"}
                rows.append(store)
            continue
        places = _fields(_SB_PLACES[country])
        picks = _deal(rng, ";".join(f"{i}:{p[2]}" for i, p in enumerate(places)), k)
        for pick in picks:
            place = places[int(pick)]
            zone = place[5] if len(place) > 5 else zones.split("|")[1]
            local = own
            if country == "CN" and place[0] in ("31", "32", "33"):
                local = "Joint Venture:68;Company Owned:20;Licensed:12"
            rows.append(_sb_store(rng, country, place, zone, local))
    first: dict[str, Any] = {"Brand": "Starbucks", "Store Number": "47370-257954", "Store Name": "Meritxell, 96"}
    first |= {"Ownership Type": "Licensed", "Street Address": "Av. Meritxell, 96", "City": "Andorra la Vella"}
    first |= {"State/Province": "7", "Country": "AD", "Postcode": "AD500", "Phone Number": "376818720"}
    first |= {"Timezone": "GMT+1:00 Europe/Andorra", "Longitude": 1.53, "Latitude": 42.51}
    frame = pd.DataFrame([first, *rows])
    us = np.flatnonzero(frame["Country"] == "US")
    frame.loc[int(rng.choice(us)), ["Brand", "Store Name"]] = ["Evolution Fresh", "Evolution Fresh - Bellevue Square"]
    return frame.sort_values("Country", kind="stable").reset_index(drop=True)


def _sb_country_forms(code: str) -> list[str]:
    return _split(_SB_NAMES_OF[code]) if code in _SB_NAMES_OF else []


def _sb_city(fold: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _text(d["City"]).str.lower() if fold else _text(d["City"])


def _sb_top_city(fold: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_sb_city(fold)(d).value_counts())


def _sb_city_owners(how: str) -> Callable[[pd.DataFrame], Any]:
    """Stores of the busiest city by ownership type: the city as written, in any case, or its whole province."""

    def counts(d: pd.DataFrame) -> Any:
        if how == "province":
            at = d[_text(d["City"]) == _sb_top_city(False)(d)]
            state, country = (_top(_text(at[c]).value_counts()) for c in ("State/Province", "Country"))
            kept = d[(_text(d["State/Province"]) == state) & (_text(d["Country"]) == country)]
        else:
            fold = how == "fold"
            kept = d[_sb_city(fold)(d) == _sb_top_city(fold)(d)]
        return _text(kept["Ownership Type"]).value_counts().to_numpy()

    return counts


_SB_ID = ("Store Number",)
_STARBUCKS_QS = [
    Q(
        "top 5 countries by number of stores",
        _top_forms(lambda d: _ranked(_text(d["Country"]).value_counts()), 5, _sb_country_forms),
        (*_SB_ID, "Country"),
    ),
    Q(
        "what share of stores are company owned?",
        _share(lambda d: float((_text(d["Ownership Type"]) == "Company Owned").mean())),
        (*_SB_ID, "Ownership Type"),
    ),
    Q(
        "how many starbucks are there in california",
        _count(lambda d: float(((_text(d["State/Province"]) == "CA") & (_text(d["Country"]) == "US")).sum())),
        (*_SB_ID, "State/Province", "Country"),
    ),
    Q(
        "which city has the most stores?",
        _lead(either(_named(_sb_top_city(False)), _named(_sb_top_city(True)))),
        (*_SB_ID, "City"),
    ),
    Q(
        "break the stores there down by ownership type",
        either(*(_count(_sb_city_owners(how)) for how in ("raw", "fold", "province"))),
        (*_SB_ID, "City", "Ownership Type", "State/Province"),
    ),
    Q(
        "how many stores have no phone number listed?",
        _count(lambda d: float(d["Phone Number"].isna().sum())),
        (*_SB_ID, "Phone Number"),
    ),
]


# --- 5. Great American Beer Festival medals (TidyTuesday 2020-10-20, gabf.csv) ------------------------------------

# brewery|city|state|medals|beers (the breweries that win most; each of the rest wins a handful)
_GB_BIG = _fields(
    "Pabst Brewing Co.|Los Angeles|CA|58|Pabst Blue Ribbon,Old Milwaukee,Schlitz,Lone Star,Old Style,Rainier;"
    "Firestone Walker Brewing Co.|Paso Robles|CA|46|Double Barrel Ale,Union Jack,Pivo Pils,Parabola,Velvet Merlin;"
    "Miller Brewing Co.|Milwaukee|WI|37|Miller Lite,Miller High Life,Milwaukee's Best,Icehouse,Leinenkugel's Red;"
    "Anheuser-Busch, Inc|St. Louis|MO|33|Budweiser,Bud Light,Michelob,Busch,Natural Light,Michelob Ultra;"
    "Great Divide Brewing Co.|Denver|CO|29|Yeti Imperial Stout,Hercules Double IPA,Titan IPA,Denver Pale Ale;"
    "Marin Brewing Co.|Larkspur|CA|26|Point Reyes Porter,Mt. Tam Pale Ale,Three Flowers IPA,Eldridge Grade;"
    "Pelican Brewing Co.|Pacific City|OR|25|Kiwanda Cream Ale,Tsunami Stout,India Pelican Ale,Doryman's Dark;"
    "Coors Brewing Co.|Golden|CO|24|Coors,Coors Light,Killian's Irish Red,Keystone Light,Blue Moon;"
    "Boston Beer Co.|Boston|MA|23|Samuel Adams Boston Lager,Samuel Adams Octoberfest,Utopias,Cream Stout;"
    "Rock Bottom Brewery|Denver|CO|22|Rock Bottom Red,Molly's Titanic Brown,Fire Chief Ale,Kolsch;"
    "Alaskan Brewing Co.|Juneau|AK|21|Alaskan Amber,Alaskan Smoked Porter,Alaskan White,Alaskan Stout;"
    "Deschutes Brewery|Bend|OR|20|Black Butte Porter,Mirror Pond Pale Ale,The Abyss,Obsidian Stout;"
    "Sierra Nevada Brewing Co.|Chico|CA|19|Pale Ale,Bigfoot,Celebration Ale,Kellerweis,Torpedo;"
    "Odell Brewing Co.|Fort Collins|CO|18|90 Shilling,Cutthroat Porter,Myrcenary,IPA;"
    "Ballast Point Brewing Co.|San Diego|CA|18|Sculpin IPA,Victory at Sea,Calico Amber,Pale Ale"
)
# state: weight of the smaller breweries (the shares of medal winners the file has)
_GB_STATES = (
    "CA:17;CO:10.5;OR:6.5;WA:5.5;TX:5;PA:4.5;WI:3.5;IL:3.5;OH:3;MI:3;NC:2.5;MO:2;MN:2;AZ:2;NY:2.5;VA:2;FL:2;MA:2;"
    "MT:1.5;ID:1;UT:1.5;NM:1;IN:1.5;GA:1;MD:1;IA:1;KS:0.8;NE:0.7;NH:0.7;VT:0.7;ME:0.8;SC:0.6;TN:0.8;KY:0.5;AK:0.6;"
    "HI:0.4;NV:0.6;OK:0.5;LA:0.5;AL:0.3;WY:0.4;SD:0.3;ND:0.2;DE:0.3;CT:0.5;NJ:0.6;RI:0.2;AR:0.2;MS:0.1;WV:0.1"
)
_GB_NAMES = {"CA": "California", "CO": "Colorado", "OR": "Oregon", "WA": "Washington", "TX": "Texas"}
_GB_NAMES |= {"PA": "Pennsylvania", "WI": "Wisconsin", "IL": "Illinois", "OH": "Ohio", "MI": "Michigan"}
_GB_CITIES = {
    "CA": "San Diego;Los Angeles;San Francisco;Sacramento;Santa Rosa;Chico;San Jose;Escondido;Oakland;Long Beach",
    "CO": "Denver;Fort Collins;Boulder;Colorado Springs;Longmont;Golden;Durango;Breckenridge",
    "OR": "Portland;Bend;Eugene;Hood River;Newport;Astoria",
    "WA": "Seattle;Tacoma;Spokane;Woodinville;Bellingham",
    "TX": "Austin;Houston;Dallas;San Antonio;Fort Worth",
    "PA": "Philadelphia;Pittsburgh;Downingtown;Lancaster",
    "WI": "Milwaukee;Madison;Glendale;Chippewa Falls",
    "IL": "Chicago;Warrenville;Naperville",
}
_GB_WORDS = _split(
    "Big;Old;Red;Black;Golden;Lost;Wild;Twisted;Iron;Copper;Blue;Green;Grand;Dry;High;North;South;West;East;"
    "Rocky;River;Mountain;Lake;Canyon;Prairie;Harbor;Bay;Valley;Ridge;Hill;Pine;Oak;Elk;Bear;Wolf;Eagle;Raven;"
    "Fox;Buffalo;Mill;Barrel;Anvil;Crooked;Tin;Cellar;Station;Union;Liberty;Pioneer;Frontier;Summit;Cascade;Trail"
)
_GB_KINDS = "Brewing Co.:42;Brewery:18;Brewing Company:14;Beer Co.:6;Brewpub:5;Brewing:8;Ale House:3;Brewhouse:4"
_GB_CATEGORIES = _split(
    "American-Style Pale Ale;American-Style India Pale Ale;Imperial India Pale Ale;Session India Pale Ale;"
    "American-Style Amber/Red Ale;American-Style Brown Ale;American-Style Stout;Classic Irish-Style Dry Stout;"
    "Sweet Stout or Cream Stout;Oatmeal Stout;Imperial Stout;Robust Porter;Brown Porter;Smoke Beer;"
    "German-Style Pilsener;Bohemian-Style Pilsener;Munich-Style Helles;Vienna-Style Lager;German-Style Märzen;"
    "German-Style Oktoberfest/Wiesn;Traditional German-Style Bock;German-Style Doppelbock;"
    "Dortmunder/German-Style Oktoberfest;"
    "American-Style Lager;American-Style Light Lager;American-Style Premium Lager;American-Style Cream Ale;"
    "American-Style Wheat Beer;South German-Style Hefeweizen;Belgian-Style Witbier;Belgian-Style Tripel;"
    "Belgian-Style Dubbel or Quadrupel;Belgian-Style Saison;Belgian-Style Strong Specialty Ale;Belgian-Style Lambic;"
    "Fruit Beer;Fruit Wheat Beer;Field Beer;Pumpkin Beer;Herb and Spice Beer;Chocolate Beer;Coffee Beer;"
    "Coffee Stout or Porter;Wood- and Barrel-Aged Beer;Wood- and Barrel-Aged Strong Beer;"
    "Wood- and Barrel-Aged Strong Stout;Wood- and Barrel-Aged Sour Beer;American-Style Sour Ale;"
    "Berliner-Style Weisse;Gose;Scotch Ale;Scottish-Style Ale;English-Style Bitter;Extra Special Bitter;"
    "English-Style Summer Ale;Irish-Style Red Ale;Kölsch-Style Ale;German-Style Altbier;Golden or Blonde Ale;"
    "American-Style Strong Pale Ale;Barley Wine-Style Ale;Old Ale or Strong Ale;Rye Beer;Fresh or Wet Hop Ale;"
    "Specialty Beer;Experimental Beer;Gluten-Free Beer;Session Beer;Indigenous Beer;Historical Beer;"
    "Baltic-Style Porter;Schwarzbier;Kellerbier or Zwickelbier;Rauchbier;Dark Lager;Munich-Style Dunkel;"
    "Pale Ale;Amber Lager;Bock;Stout;Porter;Wheat Beer;Light Lager;Dry Lager;Ice Beer;Malt Liquor;"
    "Imperial Red Ale;Double Red Ale;Juicy or Hazy India Pale Ale;Juicy or Hazy Pale Ale;"
    "American-Belgo-Style Ale;Belgian-Style Blonde Ale or Pale Ale;French- and Belgian-Style Saison;"
    "Brett Beer;Mixed-Culture Brett Beer;Wild Beer;Smoke Porter;Honey Beer;Session Sour or Wild Beer;"
    "International-Style Pilsener;American-Style Pilsener;Contemporary Gose;Leipzig-Style Gose;"
    "German-Style Wheat Ale;Dark Strong Lager;Tropical-Style Light Lager;Australian-Style Pale Ale;"
    "New Zealand-Style India Pale Ale;English-Style India Pale Ale;Strong Ale;Vintage Beer"
)
_GB_BEER_WORDS = _split(
    "Hop;Hoppy;Haze;Golden;Dark;Midnight;Harvest;Summer;Winter;Snow;Sun;Moon;Storm;Thunder;Lightning;Rain;Fog;"
    "Ghost;Saint;Monk;Devil;Dragon;Tiger;Bear;Wolf;Elk;Moose;Hawk;Eagle;Owl;Crow;Trout;Salmon;Whale;Kraken;"
    "Pirate;Captain;Outlaw;Cowboy;Sheriff;Farmer;Miner;Lumberjack;Rusty;Smoky;Velvet;Silk;Liquid;Jolly;Lazy"
)


def _gb_year_weights() -> str:
    weights = {year: 40 + 262 * ((year - 1987) / 32) ** 1.35 for year in range(1987, 2020)}
    weights[2020] = 218.0
    return ";".join(f"{year}:{w:.1f}" for year, w in weights.items())


def _gb_beer(rng: np.random.Generator, category: str) -> str:
    style = category.replace("-Style", "").replace("American ", "").split(" or ")[0].split("/")[0]
    word = str(_one(rng, _GB_BEER_WORDS))
    forms = [
        f"{word} {style.split()[-1]}",
        f"{word} {_one(rng, _GB_BEER_WORDS)}",
        f"{_one(rng, _GB_BEER_WORDS)} {word} {style.split()[-1]}",
        f"{rng.integers(2, 120)} {word}",
        f"{style}",
        f"{word}",
    ]
    return str(_one(rng, forms, [40, 20, 12, 5, 13, 10]))


def _gb_breweries(rng: np.random.Generator, n: int) -> list[tuple[str, str, str]]:
    """One brewery (name, city, state) per medal, shuffled: the big ones their fixed number, each smaller one a few."""
    medals = [(name, city, state) for name, city, state, k, _b in _GB_BIG for _ in range(int(k))]
    used = {row[0] for row in _GB_BIG}
    while len(medals) < n:
        state = _draw(rng, _GB_STATES)
        towns = _GB_CITIES.get(state)
        city = (
            str(_one(rng, _split(towns)))
            if towns
            else f"{_one(rng, _GB_WORDS)} {_one(rng, ['City', 'Falls', 'Springs', 'Town', 'Creek', 'Park'])}"
        )
        first = str(_one(rng, [city.split()[0], str(_one(rng, _GB_WORDS))], [30, 70]))

        def make(r: np.random.Generator, head: str = first) -> str:
            return (
                f"{head} {_one(r, _GB_WORDS)} {_draw(r, _GB_KINDS)}"
                if r.random() < 0.45
                else f"{head} {_draw(r, _GB_KINDS)}"
            )

        name = _unique(rng, make, used)
        wins = int(min(rng.geometric(0.22), 16, n - len(medals)))
        medals += [(name, city, state)] * wins
    return [medals[int(i)] for i in rng.permutation(len(medals))][:n]


def _gabf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4505)
    n = 5000
    years = sorted(int(y) for y in _deal(rng, _gb_year_weights(), n))
    breweries = _gb_breweries(rng, n)
    big = {row[0]: _split(row[4], ",") for row in _GB_BIG}
    rows: list[dict[str, Any]] = []
    start = 0
    for year in sorted(set(years)):
        k = years.count(year)
        pool = _GB_CATEGORIES[:28] if year < 1995 else _GB_CATEGORIES[:60] if year < 2008 else _GB_CATEGORIES
        cats = [str(c) for c in rng.choice(pool, min(len(pool), int(np.ceil(k / 2.75))), replace=False)]
        slots = [(m, c) for c in cats for m in ("Gold", "Silver", "Bronze")]
        drop = rng.choice(len(slots), len(slots) - k, replace=False, p=_gb_drop_weights(slots))
        slots = [s for i, s in enumerate(slots) if i not in set(int(x) for x in drop)]
        for (medal, category), (brewery, city, state) in zip(slots, breweries[start : start + k], strict=True):
            beer = str(_one(rng, big[brewery])) if brewery in big and rng.random() < 0.8 else _gb_beer(rng, category)
            rows.append({"medal": medal, "beer_name": beer, "brewery": brewery, "city": city, "state": state})
            rows[-1] |= {"category": category, "year": year}
        start += k
    frame = pd.DataFrame(rows)
    for i in rng.choice(len(frame), 14, replace=False):
        frame.loc[int(i), "state"] = str(frame.loc[int(i), "state"]).lower()
    for name, other, k in (
        ("Coors Brewing Co.", "Coors Brewing Company", 3),
        ("Boston Beer Co.", "Boston Beer Company", 4),
    ):
        for i in rng.choice(np.flatnonzero(frame["brewery"] == name), k, replace=False):
            frame.loc[int(i), "brewery"] = other
    for i in rng.choice(np.flatnonzero(frame["city"] == "Fort Collins"), 6, replace=False):
        frame.loc[int(i), "city"] = "Ft. Collins"
    return frame


def _gb_drop_weights(slots: list[tuple[str, str]]) -> list[float]:
    w = [{"Gold": 0.45, "Silver": 0.33, "Bronze": 0.22}[m] for m, _c in slots]
    return [x / sum(w) for x in w]


def _gb_state(upper: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _text(d["state"]).str.upper() if upper else _text(d["state"])


def _gb_state_forms(code: str) -> list[str]:
    return [_GB_NAMES[code.upper()]] if code.upper() in _GB_NAMES else []


def _gb_brewery_forms(name: str) -> list[str]:
    """A brewery also as "... Brewing Company" or its short name ("Pabst", "Anheuser-Busch", "Firestone Walker")."""
    core = re.sub(r",? (?:Brewing Co\.|Brewing Company|Brewing|Brewery|Beer Co\.|Inc)$", "", name)
    core = re.sub(r",? Inc$", "", core)
    return [core, f"{core} Brewing Company", f"{core} Brewing", f"{core} Company"]


def _gb_gold_in(state: str, upper: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(((_gb_state(upper)(d) == state) & (_text(d["medal"]) == "Gold")).sum())


def _gb_share_of(state: str, upper: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_gb_state(upper)(d) == state).mean())


def _gb_gold_share(state: str, upper: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        return float((_text(d["medal"])[_gb_state(upper)(d) == state] == "Gold").mean())

    return share


_GB_ID = ("beer_name", "brewery")
_GABF_QS = [
    Q(
        "which state has won the most medals?",
        _lead(
            either(
                _forms_named(lambda d: _top(_gb_state(False)(d).value_counts()), _gb_state_forms),
                _forms_named(lambda d: _top(_gb_state(True)(d).value_counts()), _gb_state_forms),
            )
        ),
        (*_GB_ID, "state", "medal"),
    ),
    Q(
        "top 5 breweries by total medals",
        _top_forms(lambda d: _ranked(_text(d["brewery"]).value_counts()), 5, _gb_brewery_forms),
        (*_GB_ID, "medal"),
    ),
    Q(
        "how many golds did colorado breweries win",
        either(_count(_gb_gold_in("CO", False)), _count(_gb_gold_in("CO", True))),
        (*_GB_ID, "state", "medal"),
    ),
    Q(
        "plot medals per year. which year had the most?",
        _lead(_year(lambda d: int(_top(d["year"].value_counts())))),
        (*_GB_ID, "year", "medal"),
    ),
    Q(
        "what % of all medals went to california?",
        either(_share(_gb_share_of("CA", False)), _share(_gb_share_of("CA", True))),
        (*_GB_ID, "state", "medal"),
    ),
    Q(
        "and how many of california's medals were gold, as a percentage?",
        either(_share(_gb_gold_share("CA", False)), _share(_gb_gold_share("CA", True))),
        (*_GB_ID, "state", "medal"),
    ),
]


# --- 6. Ecommerce customers (Kaggle "Ecommerce Customers", Ecommerce Customers.csv) ------------------------------

_EC_COLOURS = _split(
    "AliceBlue;AntiqueWhite;Aqua;Aquamarine;Azure;Beige;Bisque;Black;BlanchedAlmond;Blue;BlueViolet;Brown;BurlyWood;"
    "CadetBlue;Chartreuse;Chocolate;Coral;CornflowerBlue;Cornsilk;Crimson;Cyan;DarkBlue;DarkCyan;DarkGoldenRod;"
    "DarkGray;DarkGreen;DarkKhaki;DarkMagenta;DarkOliveGreen;DarkOrange;DarkOrchid;DarkRed;DarkSalmon;DarkSeaGreen;"
    "DarkSlateBlue;DarkSlateGray;DarkTurquoise;DarkViolet;DeepPink;DeepSkyBlue;DimGray;DodgerBlue;FireBrick;"
    "FloralWhite;ForestGreen;Fuchsia;Gainsboro;GhostWhite;Gold;GoldenRod;Gray;Green;GreenYellow;HoneyDew;HotPink;"
    "IndianRed;Indigo;Ivory;Khaki;Lavender;LavenderBlush;LawnGreen;LemonChiffon;LightBlue;LightCoral;LightCyan;"
    "LightGoldenRodYellow;LightGray;LightGreen;LightPink;LightSalmon;LightSeaGreen;LightSkyBlue;LightSlateGray;"
    "LightSteelBlue;LightYellow;Lime;LimeGreen;Linen;Magenta;Maroon;MediumAquaMarine;MediumBlue;MediumOrchid;"
    "MediumPurple;MediumSeaGreen;MediumSlateBlue;MediumSpringGreen;MediumTurquoise;MediumVioletRed;MidnightBlue;"
    "MintCream;MistyRose;Moccasin;NavajoWhite;Navy;OldLace;Olive;OliveDrab;Orange;OrangeRed;Orchid;PaleGoldenRod;"
    "PaleGreen;PaleTurquoise;PaleVioletRed;PapayaWhip;PeachPuff;Peru;Pink;Plum;PowderBlue;Purple;Red;RosyBrown;"
    "RoyalBlue;SaddleBrown;Salmon;SandyBrown;SeaGreen;SeaShell;Sienna;Silver;SkyBlue;SlateBlue;SlateGray;Snow;"
    "SpringGreen;SteelBlue;Tan;Teal;Thistle;Tomato;Turquoise;Violet;Wheat;White;WhiteSmoke;Yellow;YellowGreen"
)
_EC_FIRST = _split(
    "Michael;Jennifer;David;Sarah;James;Jessica;Robert;Ashley;John;Amanda;Christopher;Brittany;Daniel;Stephanie;"
    "Matthew;Nicole;Joshua;Heather;Andrew;Elizabeth;Kevin;Megan;Brian;Rebecca;Justin;Laura;Ryan;Rachel;Jason;Amy;"
    "Eric;Emily;Anthony;Kimberly;Steven;Melissa;Thomas;Lisa;Timothy;Samantha;Jacob;Angela;Richard;Katherine;Mark;"
    "Christina;Jeffrey;Danielle;Jose;Kelly;Aaron;Tiffany;Adam;Michelle;Tyler;Victoria;Brandon;Erin;Kyle;Crystal"
)
_EC_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Gonzalez;Wilson;"
    "Anderson;Thomas;Taylor;Moore;Jackson;Martin;Lee;Perez;Thompson;White;Harris;Sanchez;Clark;Ramirez;Lewis;"
    "Robinson;Walker;Young;Allen;King;Wright;Scott;Torres;Nguyen;Hill;Flores;Green;Adams;Nelson;Baker;Hall;Rivera;"
    "Campbell;Mitchell;Carter;Roberts;Stephenson;Fernandez;Duke;Rivers;Mccoy;Bradley;Holt;Mejia;Vaughn;Pruitt"
)
_EC_STREETS = _split("Tunnel;Crossing;Ports;Circles;Fork;Points;Lights;Stravenue;Parkway;Village;Plains;Courts;Mall")
_EC_STREETS += _split("Ranch;Loaf;Spur;Shoals;Gardens;Trail;Lodge;Roads;Skyway;Burg;Groves;Manor;Ford;Vista;Isle")
_EC_TOWNS = _split("{}mouth;{}chester;Port {};New {};East {};West {};South {};North {};Lake {};{}fort;{}bury;{}ton")
_EC_TOWNS += _split("{}ville;{}side;{}land;{}shire;{}haven;{}berg;{}borough;{}view;{}stad")
_EC_STATES = _split(
    "AL;AK;AZ;AR;CA;CO;CT;DE;DC;FL;GA;HI;ID;IL;IN;IA;KS;KY;LA;ME;MD;MA;MI;MN;MS;MO;MT;NE;NV;NH;NJ;NM;NY;NC;ND;OH;"
    "OK;OR;PA;RI;SC;SD;TN;TX;UT;VT;VA;WA;WV;WI;WY;AS;GU;MP;PR;VI;FM;MH;PW"
)


def _ec_email(rng: np.random.Generator, used: set[str]) -> str:
    def make(r: np.random.Generator) -> str:
        first, last = (str(_one(r, x)).lower() for x in (_EC_FIRST, _EC_LAST))
        user = str(_one(r, [first[0] + last, first + last, last + first, first + str(r.integers(1, 99)), last]))
        host = str(_one(r, ["gmail.com", "hotmail.com", "yahoo.com", f"{_one(r, _EC_LAST)}.com".lower()]))
        return f"{user}@{host}"

    return _unique(rng, make, used)


def _ec_address(rng: np.random.Generator) -> str:
    zip5 = f"{rng.integers(501, 99950):05d}"
    code = zip5 if rng.random() < 0.6 else f"{zip5}-{rng.integers(1, 9999):04d}"
    roll, box, unit = rng.random(), rng.integers(1000, 9999), rng.integers(1000, 9999)
    if roll < 0.06:
        return f"PSC {unit}, Box {box}\nAPO {_one(rng, ['AA', 'AE', 'AP'])} {code}"
    if roll < 0.11:
        return f"Unit {unit} Box {box}\nDPO {_one(rng, ['AA', 'AE', 'AP'])} {code}"
    if roll < 0.15:
        ship = f"{_one(rng, ['USNS', 'USNV', 'USS', 'USCGC'])} {_one(rng, _EC_LAST)}"
        return f"{ship}\nFPO {_one(rng, ['AA', 'AE', 'AP'])} {code}"
    street = f"{rng.integers(1, 99999)} {_one(rng, _EC_LAST)} {_one(rng, _EC_STREETS)}"
    if rng.random() < 0.45:
        street += f" {_one(rng, ['Apt.', 'Suite'])} {rng.integers(100, 999)}"
    town = str(_one(rng, _EC_TOWNS)).format(str(_one(rng, [*_EC_LAST, *_EC_FIRST])))
    return f"{street}\n{town}, {_one(rng, _EC_STATES)} {code}"


def _ec_avatars(rng: np.random.Generator, n: int) -> list[str]:
    """Colour names: one a little more common than any other (the rest drawn at random), shuffled."""
    favourite, rest = "SlateBlue", [c for c in _EC_COLOURS if c != "SlateBlue"]
    top = 8
    while True:
        counts = rng.multinomial(n - top, np.full(len(rest), 1 / len(rest)))
        if counts.max() < top:
            break
        top += 1
    labels = [favourite] * top + [c for c, k in zip(rest, counts, strict=True) for _ in range(int(k))]
    return [labels[int(i)] for i in rng.permutation(n)]


def _ecommerce_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4506)
    n = 500
    used: set[str] = set()
    session = rng.normal(33.05, 0.99, n)
    app = rng.normal(12.05, 0.99, n)
    web = rng.normal(37.06, 1.01, n)
    member = np.clip(rng.normal(3.53, 1.0, n), 0.27, 6.92)
    spent = -1047.93 + 25.98 * session + 38.59 * app + 0.19 * web + 61.28 * member + rng.normal(0, 9.9, n)
    return pd.DataFrame(
        {
            "Email": [_ec_email(rng, used) for _ in range(n)],
            "Address": [_ec_address(rng) for _ in range(n)],
            "Avatar": _ec_avatars(rng, n),
            "Avg. Session Length": np.round(session, 8),
            "Time on App": np.round(app, 8),
            "Time on Website": np.round(web, 8),
            "Length of Membership": np.round(member, 8),
            "Yearly Amount Spent": np.round(spent, 8),
        }
    )


_EC_SPENT = "Yearly Amount Spent"
_EC_LONG = "Length of Membership"


def _ec_long(d: pd.DataFrame) -> pd.Series:
    return d[_EC_LONG] > 4


_EC_ID = ("Email",)
_ECOMMERCE_QS = [
    Q(
        "whats the average yearly amount spent per customer?",
        has(lambda d: float(d[_EC_SPENT].mean()), rel=0.002),
        (*_EC_ID, _EC_SPENT),
    ),
    Q(
        "what matters more for spending, time on the app or time on the website? show the correlations",
        both(
            _corr(lambda d: d["Time on App"], lambda d: d[_EC_SPENT]),
            _corr(lambda d: d["Time on Website"], lambda d: d[_EC_SPENT]),
        ),
        (*_EC_ID, "Time on App", "Time on Website", _EC_SPENT),
    ),
    Q(
        "how many customers have been members for more than 4 years?",
        _count(lambda d: float(_ec_long(d).sum())),
        (*_EC_ID, _EC_LONG),
    ),
    Q(
        "how does their average yearly spend compare to everyone else?",
        has(lambda d: [float(d.loc[_ec_long(d), _EC_SPENT].mean()), float(d.loc[~_ec_long(d), _EC_SPENT].mean())]),
        (*_EC_ID, _EC_LONG, _EC_SPENT),
    ),
    Q(
        "most common avatar colour?",
        _lead(_named(lambda d: _top(_text(d["Avatar"]).value_counts()))),
        (*_EC_ID, "Avatar"),
    ),
    Q(
        "what percent of customers spend more than $600 a year",
        _share(lambda d: float((d[_EC_SPENT] > 600).mean())),
        (*_EC_ID, _EC_SPENT),
    ),
]


# --- 7. Giant pumpkins (TidyTuesday 2021-10-19, pumpkins.csv from the Great Pumpkin Commonwealth) --------------

_PK_TYPES = "P:55;S:11;T:10;F:9;L:8;W:7"
_PK_YEARS = "2013:10;2014:11;2015:11.5;2016:12;2017:12;2018:11.5;2019:12;2020:8;2021:12"
# country|state or province|weight|towns|weigh-off sites
_PK_PLACES = _fields(
    "United States|Wisconsin|11|Nekoosa,Green Bay,Appleton,Oshkosh,Wausau|Nekoosa Giant Pumpkin Fest,"
    "Wisconsin State Fair;"
    "United States|Ohio|8|Canal Winchester,Barnesville,Circleville,Lodi|Circleville Pumpkin Show,"
    "Barnesville Pumpkin Festival;"
    "United States|Pennsylvania|7|Altoona,Lancaster,Sugar Grove,Allentown|Pennsylvania Giant Pumpkin Growers;"
    "United States|Michigan|6|Grand Rapids,Lansing,Midland,Traverse City|Michigan Giant Pumpkin Weigh-Off;"
    "United States|California|6|Napa,Half Moon Bay,Elk Grove,Santa Rosa|Safeway World Championship Pumpkin Weigh-Off,"
    "Elk Grove Giant Pumpkin Festival;"
    "United States|New York|5|Clarence,Rochester,Syracuse,Albany|Great Pumpkin Farm Clarence,Cooperstown Pumpkinfest;"
    "United States|Minnesota|5|Anoka,Stillwater,Rochester,Duluth|Stillwater Harvest Fest,Anoka Giant Pumpkin Weigh-Off;"
    "United States|Washington|4|Puyallup,Spokane,Monroe,Olympia|Puyallup Giant Pumpkin Weigh-Off;"
    "United States|Oregon|4|Tualatin,Salem,Hood River|Tualatin West Coast Giant Pumpkin Regatta;"
    "United States|Iowa|4|Anamosa,Des Moines,Cedar Rapids|Anamosa Pumpkinfest;"
    "United States|Illinois|4|Morton,Peoria,Chicago|Morton Pumpkin Festival;"
    "United States|Massachusetts|3|Topsfield,Worcester,Springfield|Topsfield Fair;"
    "United States|New Hampshire|3|Goffstown,Deerfield,Warner|Deerfield Fair,Goffstown Giant Pumpkin Weigh-Off;"
    "United States|Indiana|3|Indianapolis,Fort Wayne|Indiana State Fair;"
    "United States|Utah|2|Provo,Ogden,Salt Lake City|Utah Giant Pumpkin Growers;"
    "United States|Colorado|2|Longmont,Denver|Colorado Giant Pumpkin Weigh-Off;"
    "United States|Maine|2|Damariscotta,Skowhegan|Damariscotta Pumpkinfest;"
    "United States|Connecticut|2|Durham,Hebron|Durham Fair;"
    "United States|Rhode Island|1|Warren,Providence|Frerichs Farm Warren;"
    "United States|Vermont|1|Burlington,Stowe|Vermont Pumpkin Chuckin Festival;"
    "United States|North Carolina|1|Asheville,Raleigh|Mountain State Fair;"
    "United States|Tennessee|1|Knoxville,Nashville|Tennessee Valley Fair;"
    "United States|Virginia|1|Richmond,Leesburg|Virginia State Fair;"
    "Canada|Ontario|7|Port Elgin,Windsor,Sudbury,Ottawa|Port Elgin Pumpkinfest,Smoky Lake Great Pumpkin Weigh-Off;"
    "Canada|Nova Scotia|2|Windsor,Halifax|Hants County Exhibition;"
    "Canada|Quebec|1.5|Saint-Jean-sur-Richelieu,Montreal|Festival de la Citrouille;"
    "Canada|British Columbia|1|Langley,Abbotsford|Langley Giant Pumpkin Weigh-Off;"
    "Canada|Alberta|0.5|Smoky Lake,Edmonton|Smoky Lake Great Pumpkin Weigh-Off;"
    "Germany|Baden-Württemberg|2|Ludwigsburg,Stuttgart|Ludwigsburg Pumpkin Festival;"
    "Germany|Bavaria|1|Munich,Nuremberg|Ludwigsburg Pumpkin Festival;"
    "Germany|Brandenburg|1|Klaistow,Potsdam|Klaistow Pumpkin Weigh-Off;"
    "Italy|Tuscany|1.5|Greve in Chianti,Pontedera|Campionato della Zucca Gigante;"
    "Italy|Lombardy|1|Cremona,Milan|Campionato della Zucca Gigante;"
    "Belgium|Flanders|1.5|Kasterlee,Antwerp|Kasterlee Pumpkin Festival;"
    "Switzerland|Zürich|1.5|Pfungen,Winterthur|Swiss Championship Seegräben;"
    "Austria|Lower Austria|1.5|Retz,Vienna|Austrian Pumpkin Weigh-Off;"
    "United Kingdom|England|1.5|Southampton,Hampshire|Royal Victoria Country Park;"
    "Slovenia|Other|0.8|Ljubljana|Slovenian Weigh-Off;"
    "Netherlands|Other|0.8|Utrecht,Rotterdam|Dutch Pumpkin Championship;"
    "France|Other|0.5|Lyon,Paris|Rencontre des Cucurbitacées;"
    "Japan|Other|0.6|Shodoshima,Hokkaido|Shodoshima Pumpkin Contest;"
    "Australia|Other|0.3|Adelaide,Melbourne|Royal Adelaide Show"
)
_PK_FIRST = _split(
    "Todd;Sally;Ron;Steve;Joe;Dave;Jim;Mike;Chris;Dan;Matt;Jeff;Tim;Tom;Paul;Mark;Gary;Ken;Bob;Rick;Brian;Scott;"
    "Andy;Travis;Cindy;Karen;Lisa;Sue;Nancy;Janet;Peter;Wayne;Don;Larry;Dale;Carl;Russ;Quinn;Ian;Alex"
)
_PK_LAST = _split(
    "Wallace;Miller;McMullen;Jutras;Werner;Ellenbecker;Holland;Gienger;Geddes;Checkon;Stelts;Harp;Vincent;Haist;"
    "Rose;Daletas;Beachy;Kline;Hunt;Leonard;Ford;Young;Martin;Clark;Schmit;Roberts;Scherber;Sperry;Bryson;Noel;"
    "Mohr;Nelson;Lindsey;Zimmerman;Sproul;Connolly;Pukos;Ansems;Hoffman;Kent;Ward;Barron;Dill;Bobier;Pierce"
)
_PK_FIRST_EU = _split("Stefano;Mathias;Beni;Marco;Luca;Hans;Jan;Wim;Pieter;Klaus;Uwe;Peter;Josef;Andrea;Jure")
_PK_LAST_EU = _split("Cutrupi;Willemijns;Meier;Rossi;Bianchi;Gasser;Ansems;Paton;Mayer;Huber;Novak;Lavrenčič")
# type: how the weight column reads (pounds, or inches for long gourds): the distribution's bottom, spread, shape
_PK_WEIGHTS: dict[str, tuple[float, float, tuple[float, float]]] = {
    "P": (120, 2250, (1.7, 3.3)),
    "S": (90, 1900, (1.6, 3.6)),
    "F": (20, 700, (1.5, 5.5)),
}
_PK_WEIGHTS |= {"W": (40, 330, (3.0, 3.0)), "L": (30, 120, (3.0, 2.5)), "T": (0.8, 9.5, (2.2, 4.5))}
# year: the heaviest giant pumpkin of the year (weight, grower, town, state or province, country, site)
_PK_RECORDS = {
    2013: (
        2032.0,
        "Mathison, Tim",
        "Napa",
        "California",
        "United States",
        "Safeway World Championship Pumpkin Weigh-Off",
    ),
    2014: (2323.7, "Meier, Beni", "Pfungen", "Zürich", "Switzerland", "Ludwigsburg Pumpkin Festival"),
    2016: (2624.6, "Willemijns, Mathias", "Kasterlee", "Flanders", "Belgium", "Ludwigsburg Pumpkin Festival"),
    2021: (2702.9, "Cutrupi, Stefano", "Greve in Chianti", "Tuscany", "Italy", "Campionato della Zucca Gigante"),
}


def _pk_growers(rng: np.random.Generator, k: int) -> list[dict[str, Any]]:
    used: set[str] = set()
    growers: list[dict[str, Any]] = []
    for _ in range(k):
        country, state, _w, towns, sites = _one(rng, _PK_PLACES, [float(p[2]) for p in _PK_PLACES])
        europe = country not in ("United States", "Canada")
        first, last = (_PK_FIRST_EU, _PK_LAST_EU) if europe else (_PK_FIRST, _PK_LAST)

        def make(r: np.random.Generator, f: list[str] = first, s: list[str] = last) -> str:
            name = f"{_one(r, s)}, {_one(r, f)}"
            return f"{name} & {_one(r, f)}" if r.random() < 0.08 else name

        growers.append(
            {
                "grower_name": _unique(rng, make, used),
                "city": str(_one(rng, _split(towns, ","))),
                "state_prov": state,
                "country": country,
                "gpc_site": str(_one(rng, _split(sites, ","))),
                "skill": float(rng.normal(0, 1)),
                "activity": float(rng.lognormal(0, 1.0)),
            }
        )
    return growers


def _pk_parent(rng: np.random.Generator, mother: bool) -> str | None:
    named = f"{rng.integers(900, 2600)} {_one(rng, [*_PK_LAST, *_PK_LAST_EU])}"
    if mother:
        return str(_one(rng, [named, "unknown", ""], [82, 3, 15])) or None
    return str(_one(rng, [named, "Self", "open", "sib", ""], [40, 25, 15, 5, 15])) or None


def _pk_entry(rng: np.random.Generator, grower: dict[str, Any], kind: str, year: int) -> dict[str, Any]:
    bottom, spread, shape = _PK_WEIGHTS[kind]
    lift = 1 + 0.012 * (year - 2017) + 0.05 * grower["skill"]
    weight = max((bottom + spread * float(rng.beta(*shape))) * lift, bottom * 0.8)
    cap = _PK_RECORDS.get(year, (2480.0,))[0] - 30 if kind == "P" else bottom + spread * 1.05
    if weight > cap:
        weight = cap - float(rng.uniform(10, 250))
    weight = round(weight, 1 if kind != "T" else 2)
    ott, est, pct = 0.0, 0.0, 0.0
    if kind in ("P", "S", "F") and rng.random() < 0.7:
        pct = float(np.clip(rng.normal(-1, 8), -30, 30))
        est = weight / (1 + pct / 100)
        ott = round(300 * (est / 510) ** (1 / 3.25))
        est = round(510 * (ott / 300) ** 3.25, 2)
        pct = round((weight / est - 1) * 100, 1)
    giant = kind in ("P", "S")
    return {
        "year": year,
        "kind": kind,
        "weight": weight,
        "grower_name": grower["grower_name"],
        "city": grower["city"],
        "state_prov": grower["state_prov"],
        "country": grower["country"],
        "gpc_site": grower["gpc_site"],
        "seed_mother": _pk_parent(rng, True) if giant else None,
        "pollinator_father": _pk_parent(rng, False) if giant else None,
        "ott": float(ott),
        "est_weight": est,
        "pct_chart": pct,
    }


def _pumpkins_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4507)
    n = 5000
    growers = _pk_growers(rng, 1300)
    activity = [g["activity"] for g in growers]
    years = _deal(rng, _PK_YEARS, n - len(_PK_RECORDS))
    kinds = _deal(rng, _PK_TYPES, n - len(_PK_RECORDS))
    entries = [_pk_entry(rng, _one(rng, growers, activity), k, int(y)) for y, k in zip(years, kinds, strict=True)]
    for year, (weight, name, city, state, country, site) in _PK_RECORDS.items():
        grower = {"grower_name": name, "city": city, "state_prov": state, "country": country, "gpc_site": site}
        entry = _pk_entry(rng, grower | {"skill": 2.0}, "P", year)
        pct = float(rng.normal(3, 4))
        ott = round(300 * (weight / (1 + pct / 100) / 510) ** (1 / 3.25))
        est = round(510 * (ott / 300) ** 3.25, 2)
        entries.append(entry | {"weight": weight, "ott": float(ott), "est_weight": est})
        entries[-1]["pct_chart"] = round((weight / est - 1) * 100, 1)
    frame = pd.DataFrame(entries)
    frame["status"] = [str(_one(rng, ["place", "DMG", "EXH"], [95.5, 3, 1.5])) for _ in range(len(frame))]
    frame.loc[frame["weight"] >= 2000, "status"] = "place"
    frame["order"] = frame["status"].map({"place": 0, "DMG": 1, "EXH": 2})
    frame = frame.sort_values(["year", "kind", "order", "weight"], ascending=[True, True, True, False], kind="stable")
    frame = frame.reset_index(drop=True)
    placed = frame["status"] == "place"
    rank = frame[placed].groupby(["year", "kind"]).cumcount() + 1
    place = pd.Series(frame["status"].to_numpy(), index=frame.index, dtype="object")
    place[placed] = rank.astype(str)
    return pd.DataFrame(
        {
            "id": frame["year"].astype(str) + "-" + frame["kind"],
            "place": place,
            "weight_lbs": [f"{w:,.2f}" for w in frame["weight"]],
            "grower_name": frame["grower_name"],
            "city": frame["city"],
            "state_prov": frame["state_prov"],
            "country": frame["country"],
            "gpc_site": frame["gpc_site"],
            "seed_mother": frame["seed_mother"],
            "pollinator_father": frame["pollinator_father"],
            "ott": frame["ott"],
            "est_weight": [f"{w:,.2f}" for w in frame["est_weight"]],
            "pct_chart": frame["pct_chart"],
        }
    )


def _pk_giants(d: pd.DataFrame, placed_only: bool = False) -> pd.DataFrame:
    kept = d[_text(d["id"]).str.endswith("-P")]
    return kept[~_text(kept["place"]).isin(["DMG", "EXH"])] if placed_only else kept


def _pk_weight(d: pd.DataFrame) -> pd.Series:
    return _number(d["weight_lbs"])


def _pk_heaviest(d: pd.DataFrame) -> Any:
    giants = _pk_giants(d)
    return giants.loc[_pk_weight(giants).idxmax()]


def _pk_grower_forms(name: str) -> list[str]:
    """A grower written "Last, First" also as "First Last" and by the surname alone."""
    last, _sep, first = name.partition(", ")
    return [f"{first} {last}", last] if first else []


def _pk_yearly(placed_only: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        giants = _pk_giants(d, placed_only)
        return _pk_weight(giants).groupby(_text(giants["id"]).str[:4]).mean().to_numpy()

    return means


def _pk_top_state(giants_only: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_text((_pk_giants(d) if giants_only else d)["state_prov"]).value_counts())


def _pk_damaged(giants_only: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_text((_pk_giants(d) if giants_only else d)["place"]) == "DMG").mean())


def _pk_ott_corr(measured_only: bool) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        giants = _pk_giants(d)
        if measured_only:
            giants = giants[giants["ott"] > 0]
        return _corr(lambda _d: giants["ott"], lambda _d: _pk_weight(giants))(answer, d)

    return check


_PK_ID = ("id", "place")
_PUMPKINS_QS = [
    Q(
        "what's the heaviest giant pumpkin in here and who grew it?",
        both(
            _lead(_forms_named(lambda d: str(_pk_heaviest(d)["grower_name"]), _pk_grower_forms)),
            _about(lambda d: float(_number(pd.Series([_pk_heaviest(d)["weight_lbs"]])).iloc[0]), rel=0.001),
        ),
        (*_PK_ID, "weight_lbs", "grower_name"),
    ),
    Q(
        "average giant pumpkin weight by year",
        either(_about(_pk_yearly(False)), _about(_pk_yearly(True))),
        (*_PK_ID, "weight_lbs"),
    ),
    Q(
        "how many entries are from canada",
        _count(lambda d: float((_text(d["country"]) == "Canada").sum())),
        (*_PK_ID, "country"),
    ),
    Q(
        "which state or province has the most giant pumpkin entries?",
        _lead(either(_named(_pk_top_state(True)), _named(_pk_top_state(False)))),
        (*_PK_ID, "state_prov", "country"),
    ),
    Q(
        "what % of entries were damaged (DMG)?",
        either(_share(_pk_damaged(False)), _share(_pk_damaged(True))),
        (*_PK_ID,),
    ),
    Q(
        "for the giant pumpkins, how well does ott predict the weight? correlation",
        either(_pk_ott_corr(False), _pk_ott_corr(True)),
        (*_PK_ID, "ott", "weight_lbs", "est_weight"),
    ),
]


HELDOUT45: list[Dataset] = [
    Dataset("hotel_reservations", _hotel_frame, _HOTEL_QS),
    Dataset("tour_de_france_winners", _tdf_frame, _TDF_QS),
    Dataset("cereals_80", _cereal_frame, _CEREAL_QS),
    Dataset("starbucks_locations", _starbucks_frame, _STARBUCKS_QS),
    Dataset("great_american_beer_festival", _gabf_frame, _GABF_QS),
    Dataset("ecommerce_customers", _ecommerce_frame, _ECOMMERCE_QS),
    Dataset("giant_pumpkins", _pumpkins_frame, _PUMPKINS_QS),
]
