"""HELDOUT59: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
House Rent Prediction Dataset (House_Rent_Dataset.csv, 4746 listings from April to July 2022) with "Posted On" as
"2022-05-18", BHK, Rent in rupees a month (one listing at 3,500,000), Size in square feet (a few impossible ones),
Floor as "Ground out of 2", "3 out of 5", "Upper Basement out of 3" or a bare "Ground", Super / Carpet / Built Area
types, free-text Area Locality ("Near Gachibowli", "Salt Lake City Sector 2", lower-case ones), the rows grouped by
City (Kolkata, Mumbai, Bangalore, Delhi, Chennai, Hyderabad), "Semi-Furnished" style Furnishing Status,
"Bachelors/Family" Tenant Preferred, Bathroom and "Contact Owner" / "Contact Agent" / one "Contact Builder" Point of
Contact; FiveThirtyEight's bad-drivers.csv (51 rows, the District of Columbia among the states) with its long headers
("Number of drivers involved in fatal collisions per billion miles", "Percentage Of Drivers Involved In Fatal
Collisions Who Were Speeding", ... "Car Insurance Premiums ($)", "Losses incurred by insurance companies for
collisions per insured driver ($)"), whole-number percentages (an odd 10 among the not-distracted shares) and dollar
amounts with two decimals; TidyTuesday's tornados.csv from NOAA's Storm Prediction Center (a sample of 5000 of the
1950-2022 tornadoes, oldest first) with om, yr, mo, dy, ISO date, "16:30:00" local time, "America/Chicago" tz,
datetime_utc as "1950-01-03T17:00:00Z", two-letter st with its FIPS stf, mag 0-5 ("NA" for unrated tornadoes since
2016), inj, fat, loss in dollars (range maxima such as 500000 before 1996, many "NA"), start and end coordinates
(end 0.0 when unknown), len in miles, wid in yards, ns, sn, county codes f1-f4 and TRUE / FALSE fc; Kaggle's Women's
E-Commerce Clothing Reviews (a 5000-row file) with its unnamed row-number column, Clothing ID, Age, a Title blank for
about a sixth, Review Text (a few blank, some with inch marks), Rating 1-5, Recommended IND 0/1, Positive Feedback
Count, Division Name with the file's "Initmates" spelling, Department Name and Class Name (three rows blank in all
three); the UCI Forest Fires file (forestfires.csv, 517 fires in Montesinho park) with X / Y grid cells, "aug" / "fri"
month and day codes, FFMC, DMC, DC and ISI indices, temp, RH, wind in steps of 0.45 km/h, rain (almost always 0.0)
and burned area in hectares (nearly half 0, one 1090.84); Kaggle's Store Sales - Time Series Forecasting (Favorita)
train.csv, a sample of 5000 of its rows in id order, with ISO dates from 2013-01-01 to 2017-08-15, store_nbr 1-54
(stores opened late selling nothing before), upper-case family names ("GROCERY I", "BREAD/BAKERY", "LIQUOR,WINE,BEER"
quoted), sales as floats (counts as "2.0", weighed goods as "583.926", many 0.0) and onpromotion (0 before April
2014); and FiveThirtyEight's bechdel movies.csv (1794 films, 1970-2013, newest first) with year, "tt1711425" imdb
ids, titles with HTML entities ("Rider &amp; Island", "Annie&#39;s Winter"), test codes such as "ok-disagree" beside
clean_test, PASS / FAIL binary, budget, domgross and intgross with "#N/A" for a few films, "2013FAIL" codes, the
2013-dollar columns with their "$" headers and period / decade codes blank before 1990. All are generated with a
fixed seed.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _fields, _month_of
from .heldout40 import _fixed, _number, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _first(
    ranking: Callable[[pd.DataFrame], pd.Series], say: Callable[[Callable[[pd.DataFrame], Any]], Check]
) -> Check:
    """The top label of a ranking (scores indexed by label, best first) as `say` reads it; any label tied at the top
    will do."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        scores = ranking(df)
        tied = [x for x, v in scores.items() if v == scores.iloc[0]]
        whys = [say(_fixed(str(x)))(answer, df) for x in tied]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _called(aliases: Mapping[str, tuple[str, ...]]) -> Callable[[Callable[[pd.DataFrame], Any]], Check]:
    """`_named` with these aliases, as `_first` takes it."""
    return lambda value: _named(value, aliases)


def _top_aliased(ranking: Callable[[pd.DataFrame], pd.Series], k: int, aliases: Mapping[str, tuple[str, ...]]) -> Check:
    """`_top_named` where each label may also be said by one of its aliases."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        scores = ranking(df)
        cut = scores.iloc[k - 1]
        above = [str(x) for x, v in scores.iloc[:k].items() if v != cut]
        level = [str(x) for x, v in scores.items() if v == cut]
        for x in above:
            why = _named(_fixed(x), aliases)(answer, df)
            if why:
                return why
        said = sum(_named(_fixed(x), aliases)(answer, df) is None for x in level)
        return None if said >= k - len(above) else f"missing {k - len(above)} of {level!r}"

    return check


def _interp(anchors: str, points: list[int]) -> np.ndarray:
    """Values at `points` drawn straight between the "x:y;x:y" anchors."""
    pairs = [a.split(":") for a in _split(anchors)]
    return np.interp(points, [float(p[0]) for p in pairs], [float(p[1]) for p in pairs])


# --- 1. House rent in six Indian cities (Kaggle "House Rent Prediction Dataset", House_Rent_Dataset.csv) -----------

# city: listings, rent per square foot (INR a month), size factor, share of carpet areas, share listed by agents,
# median floors in the building, localities (best known first)
_HR_CITIES: dict[str, tuple[int, float, float, float, float, float, str]] = {
    "Kolkata": (
        524,
        10.0,
        0.95,
        0.22,
        0.1,
        3,
        "Salt Lake City Sector 2;New Town;Behala;Garia;Tollygunge;Jadavpur;Salt Lake City Sector 1;Ballygunge;Kasba;"
        "Dum Dum;South Dum Dum;Baguiati;Lake Town;Kestopur;Tangra;Howrah;Bansdroni;Thakurpukur;Rajarhat;"
        "Phool Bagan, Kankurgachi;Bandel;Barasat;Sodepur;Madhyamgram;Gariahat;Park Circus;Beleghata;Santoshpur",
    ),
    "Mumbai": (
        972,
        68.0,
        0.78,
        0.8,
        0.72,
        14,
        "Andheri West;Powai;Bandra West;Goregaon East;Malad West;Andheri East;Kandivali West;Borivali West;Chembur;"
        "Goregaon West;Malad East;Kandivali East;Borivali East;Mulund West;Thane West;Ghatkopar East;Juhu;Worli;"
        "Lower Parel;Santacruz West;Khar West;Vile Parle East;Dadar West;Kurla West;Mira Road East;Wadala;"
        "Bhandup West;Jogeshwari West;Vikhroli;Colaba",
    ),
    "Bangalore": (
        886,
        16.5,
        1.05,
        0.3,
        0.24,
        3,
        "Whitefield;Electronic City;Marathahalli;HSR Layout;Koramangala;BTM Layout;Indiranagar;JP Nagar;Bellandur;"
        "Sarjapur Road;Electronic City Phase 1;Hebbal;Yelahanka;Banashankari;Jayanagar;Rajajinagar;Malleshwaram;"
        "KR Puram;Hennur;Kaggadasapura;Bommanahalli;Mahadevapura;CV Raman Nagar;Kadugodi;Brookefield;Hoodi;Begur;"
        "JP Nagar Phase 7;Uttarahalli;Vijayanagar",
    ),
    "Delhi": (
        605,
        23.0,
        0.95,
        0.45,
        0.38,
        4,
        "Laxmi Nagar;Saket;Dwarka Sector 12;Vasant Kunj;Chhattarpur;Mayur Vihar Phase 1;Rohini Sector 9;Janakpuri;"
        "Malviya Nagar;Lajpat Nagar;Greater Kailash;Kalkaji;Uttam Nagar;Paschim Vihar;Patel Nagar;Karol Bagh;"
        "Dwarka Sector 7;Shahdara;Hauz Khas;Defence Colony;Safdarjung Enclave;Chittaranjan Park;Pitampura;Mehrauli;"
        "Said-Ul-Ajaib;Krishna Nagar;Shakarpur;Munirka;Sheikh Sarai",
    ),
    "Chennai": (
        891,
        15.0,
        1.0,
        0.4,
        0.3,
        3,
        "Velachery;Adyar;Anna Nagar;Tambaram;Madipakkam;Perungudi;Sholinganallur;Porur;Medavakkam;Thoraipakkam;"
        "Kodambakkam;T Nagar;Mylapore;Besant Nagar;Nungambakkam;Chromepet;Pallikaranai;Valasaravakkam;Ashok Nagar;"
        "KK Nagar;Pallavaram;Mogappair;Ambattur;Kilpauk;Guindy;Thiruvanmiyur;Selaiyur;Perambur;Saidapet;Navalur",
    ),
    "Hyderabad": (
        868,
        12.5,
        1.15,
        0.33,
        0.2,
        4,
        "Gachibowli;Kondapur;Madhapur;Kukatpally;Manikonda;Hitech City;Miyapur;Banjara Hills;Jubilee Hills;Begumpet;"
        "Ameerpet;Secunderabad;Kompally;Nizampet;Bachupally;Tolichowki;Attapur;LB Nagar;Uppal;Boduppal;Nallagandla;"
        "Narsingi;Puppalaguda;Chanda Nagar;Serilingampally;Bowenpally;Kothaguda;Masab Tank;Dilsukhnagar;Mehdipatnam",
    ),
}
_HR_BHK = "1:24.6;2:47.7;3:23.1;4:4;5:0.4;6:0.17"
_HR_SIZES = {1: 520.0, 2: 900.0, 3: 1350.0, 4: 2100.0, 5: 2800.0, 6: 3500.0}
_HR_FURNISHING = {"Semi-Furnished": (47.4, 1.1), "Unfurnished": (38.2, 1.0), "Furnished": (14.4, 1.4)}
_HR_TENANTS = "Bachelors/Family:72.6;Bachelors:17.5;Family:9.9"
# the month a listing went up: first day, days, share of listings
_HR_MONTHS: tuple[tuple[pd.Timestamp, int, float], ...] = (
    (pd.Timestamp("2022-04-13"), 18, 11.0),
    (pd.Timestamp("2022-05-01"), 31, 32.0),
    (pd.Timestamp("2022-06-01"), 30, 44.0),
    (pd.Timestamp("2022-07-01"), 11, 13.0),
)
_HR_PROJECTS = _split("Prestige;Lodha;Godrej;DLF;Sobha;Brigade;Hiranandani;Oberoi;Purva;Ashiana;Mantri;Shriram")


def _hr_locality(rng: np.random.Generator, names: list[str], city: str) -> str:
    place = str(_one(rng, names, [1 / (k + 3) for k in range(len(names))]))
    roll = rng.random()
    if roll < 0.04:
        return f"Near {place}"
    if roll < 0.07:
        return place.lower()
    if roll < 0.12:
        return f"{_one(rng, _HR_PROJECTS)} {_one(rng, ['Apartments', 'Residency', 'Enclave', 'Heights'])}, {place}"
    if roll < 0.16:
        return f"{place}, {city}"
    if roll < 0.18:
        return f"{place}, {_one(rng, ['Main Road', 'Outer Ring Road', 'NH 8', 'Metro Station'])}"
    return place


def _hr_floor(rng: np.random.Generator, middle: float) -> str:
    top = int(np.clip(round(rng.lognormal(np.log(middle), 0.55)), 1, 78))
    at = int(rng.integers(0, top + 1))
    roll = rng.random()
    if roll < 0.004:
        return str(_one(rng, ["Ground", "1", "3"]))
    if roll < 0.01:
        return f"Upper Basement out of {top}"
    if roll < 0.014:
        return f"Lower Basement out of {top}"
    return f"{'Ground' if at == 0 else at} out of {top}"


def _hr_rent(value: float) -> int:
    if value < 10_000:
        return int(max(1200, round(value / 500) * 500))
    step = 1000 if value < 100_000 else 5000
    return int(round(value / step) * step)


def _house_rent_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5901)
    rows: list[dict[str, Any]] = []
    furnishing = list(_HR_FURNISHING)
    for city, (n, per_foot, size_k, carpet, agents, floors, places) in _HR_CITIES.items():
        names = _split(places)
        for _ in range(n):
            bhk = int(_draw(rng, _HR_BHK))
            furnish = str(_one(rng, furnishing, [v[0] for v in _HR_FURNISHING.values()]))
            agent = rng.random() < agents
            size = _HR_SIZES[bhk] * size_k * float(rng.lognormal(0, 0.3))
            size = round(size / 50) * 50 if rng.random() < 0.75 else round(size / 5) * 5
            rent = size * per_foot * float(rng.lognormal(0, 0.42)) * _HR_FURNISHING[furnish][1] * (1.15 if agent else 1)
            if city == "Delhi" and rng.random() < 0.04:
                rent *= float(rng.uniform(3, 8))
            first, days, _w = _HR_MONTHS[int(_one(rng, [0, 1, 2, 3], [m[2] for m in _HR_MONTHS]))]
            posted = first + pd.Timedelta(days=int(rng.integers(0, days)))
            rows.append(
                {
                    "Posted On": f"{posted:%Y-%m-%d}",
                    "BHK": bhk,
                    "Rent": _hr_rent(rent),
                    "Size": int(max(size, 150)),
                    "Floor": _hr_floor(rng, floors),
                    "Area Type": "Carpet Area" if rng.random() < carpet else "Super Area",
                    "Area Locality": _hr_locality(rng, names, city),
                    "City": city,
                    "Furnishing Status": furnish,
                    "Tenant Preferred": _draw(rng, _HR_TENANTS),
                    "Bathroom": int(np.clip(bhk + int(_one(rng, [-1, 0, 0, 0, 1, 2], [12, 30, 30, 10, 14, 4])), 1, 10)),
                    "Point of Contact": "Contact Agent" if agent else "Contact Owner",
                }
            )
    frame = pd.DataFrame(rows)
    blocks = {c: np.flatnonzero(frame["City"].to_numpy() == c) for c in _HR_CITIES}
    frame.loc[int(blocks["Bangalore"][311]), ["BHK", "Rent", "Size", "Bathroom"]] = [2, 3_500_000, 1200, 2]
    for i, rent in zip(rng.choice(blocks["Mumbai"], 2, replace=False), (1_200_000, 1_000_000), strict=True):
        frame.loc[int(i), ["BHK", "Rent", "Size", "Bathroom", "Furnishing Status"]] = [5, rent, 5000, 5, "Furnished"]
    for i, size in zip(rng.choice(len(frame), 3, replace=False), (10, 25, 50), strict=True):
        frame.loc[int(i), "Size"] = size
    for i in rng.choice(len(frame), 2, replace=False):
        frame.loc[int(i), "Area Type"] = "Built Area"
    frame.loc[int(rng.choice(blocks["Hyderabad"])), "Point of Contact"] = "Contact Builder"
    return frame


def _hr_by_city(how: str) -> Callable[[pd.DataFrame], Any]:
    return lambda d: d.groupby(_text(d["City"]))["Rent"].agg(how).to_numpy()


def _hr_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Posted On"]), format="%Y-%m-%d").dt.to_period("M").astype(str)


def _hr_busiest(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(_ranked(_hr_month(d).value_counts()).index[0])


def _hr_owners(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        contact = _text(d["Point of Contact"])
        if known_only:
            contact = contact[contact.isin(["Contact Owner", "Contact Agent"])]
        return float((contact == "Contact Owner").mean())

    return share


def _hr_size_corr(cap: float) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        kept = d[d["Rent"] < cap]
        return _corr(lambda _d: kept["Size"], lambda _d: kept["Rent"])(answer, d)

    return check


_HR_MONEY = (1e3, 1e5)
_HOUSE_RENT_QS = [
    Q(
        "what's the average rent in each city?",
        _scaled(_hr_by_city("mean"), _HR_MONEY),
        ("Rent", "City"),
    ),
    Q(
        "and the median?",
        _scaled(_hr_by_city("median"), _HR_MONEY),
        ("Rent", "City"),
    ),
    Q(
        "how many listings in mumbai are fully furnished",
        _count(
            lambda d: float(((_text(d["City"]) == "Mumbai") & (_text(d["Furnishing Status"]) == "Furnished")).sum())
        ),
        ("City", "Furnishing Status"),
    ),
    Q(
        "what share of listings are posted by owners rather than agents?",
        either(_share(_hr_owners(False)), _share(_hr_owners(True))),
        ("Point of Contact",),
    ),
    Q(
        "does rent go up with size? correlation pls",
        either(_hr_size_corr(np.inf), _hr_size_corr(3_000_000)),
        ("Rent", "Size", "BHK"),
    ),
    Q(
        "plot the number of listings posted per month - which month had the most?",
        _lead(_month(_hr_busiest)),
        ("Posted On",),
    ),
]


# --- 2. Bad drivers by state (FiveThirtyEight "bad-drivers", bad-drivers.csv) ---------------------------------------

_BD_FATAL = "Number of drivers involved in fatal collisions per billion miles"
_BD_PREFIX = "Percentage Of Drivers Involved In Fatal Collisions Who "
_BD_SPEEDING = _BD_PREFIX + "Were Speeding"
_BD_ALCOHOL = _BD_PREFIX + "Were Alcohol-Impaired"
_BD_FOCUSED = _BD_PREFIX + "Were Not Distracted"
_BD_FIRST = _BD_PREFIX + "Had Not Been Involved In Any Previous Accidents"
_BD_PREMIUM = "Car Insurance Premiums ($)"
_BD_LOSSES = "Losses incurred by insurance companies for collisions per insured driver ($)"
# state|rural tilt of the fatal-collision rate|premium tilt|drinking tilt
_BD_STATES = _fields(
    "Alabama|1.15|0.9|0;Alaska|1.1|1.15|-2;Arizona|1.1|1.0|-2;Arkansas|1.3|0.95|-4;California|0.8|1.0|-2;"
    "Colorado|0.9|0.95|-2;Connecticut|0.75|1.2|5;Delaware|1.0|1.25|0;District of Columbia|0.4|1.4|-3;"
    "Florida|1.1|1.3|-1;Georgia|1.0|1.05|-5;Hawaii|1.05|0.95|10;Idaho|1.0|0.72|-1;Illinois|0.85|0.9|4;"
    "Indiana|0.95|0.8|-1;Iowa|1.0|0.75|-2;Kansas|1.1|0.88|-4;Kentucky|1.35|0.98|-6;Louisiana|1.3|1.5|3;"
    "Maine|0.95|0.74|0;Maryland|0.8|1.15|-1;Massachusetts|0.55|1.1|4;Michigan|0.9|1.2|0;Minnesota|0.65|0.9|1;"
    "Mississippi|1.15|1.0|0;Missouri|1.1|0.9|3;Montana|1.35|0.92|13;Nebraska|0.95|0.83|5;Nevada|0.95|1.05|5;"
    "New Hampshire|0.75|0.85|5;New Jersey|0.7|1.5|-3;New Mexico|1.15|0.95|3;New York|0.8|1.35|-2;"
    "North Carolina|1.05|0.8|-1;North Dakota|1.5|0.76|11;Ohio|0.9|0.78|3;Oklahoma|1.3|1.1|-1;Oregon|0.8|0.9|2;"
    "Pennsylvania|1.15|1.0|1;Rhode Island|0.7|1.2|8;South Carolina|1.5|0.97|10;South Dakota|1.25|0.8|6;"
    "Tennessee|1.25|0.88|-1;Texas|1.2|1.1|7;Utah|0.75|0.92|-13;Vermont|0.85|0.8|0;Virginia|0.85|0.85|-2;"
    "Washington|0.7|0.95|2;West Virginia|1.5|1.1|-2;Wisconsin|0.85|0.75|3;Wyoming|1.1|0.9|2"
)


def _bad_drivers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5902)
    rows: list[dict[str, Any]] = []
    for state, rural, tilt, drink in _BD_STATES:
        premium = 887.0 * float(tilt) * float(rng.lognormal(0, 0.06))
        focused = int(np.clip(round(rng.normal(90, 6.5)), 73, 100))
        if state == "Mississippi":
            focused = 10
        elif state == "Wisconsin":
            focused = 39
        rows.append(
            {
                "State": state,
                _BD_FATAL: round(float(np.clip(15.8 * float(rural) * rng.lognormal(0, 0.1), 5.9, 23.9)), 1),
                _BD_SPEEDING: int(np.clip(round(rng.normal(31.7, 9.2)), 13, 54)),
                _BD_ALCOHOL: int(np.clip(round(rng.normal(30.2 + float(drink) * 0.7, 3.8)), 16, 44)),
                _BD_FOCUSED: focused,
                _BD_FIRST: int(np.clip(round(rng.normal(88.7, 6.5)), 76, 100)),
                _BD_PREMIUM: round(premium, 2),
                _BD_LOSSES: round(float(np.clip(134.5 * (premium / 887) ** 0.8 * rng.lognormal(0, 0.13), 82, 195)), 2),
            }
        )
    return pd.DataFrame(rows)


def _bd_ranked(column: str, ascending: bool = False) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(d.set_index(_text(d["State"]))[column], ascending)


def _bd_drunk(strict: bool, dc: bool) -> Callable[[pd.DataFrame], float]:
    """States over (or at least at) 30% alcohol-impaired, the District of Columbia counted as one or not."""

    def count(d: pd.DataFrame) -> float:
        kept = d if dc else d[_text(d["State"]) != "District of Columbia"]
        share = kept[_BD_ALCOHOL]
        return float((share > 30).sum() if strict else (share >= 30).sum())

    return count


_BD_DC = {"District of Columbia": ("DC", "D.C.", "Washington DC", "Washington, D.C.")}
_BD_ID = ("State",)
_BAD_DRIVERS_QS = [
    Q(
        "which state has the highest car insurance premiums?",
        _lead(_first(_bd_ranked(_BD_PREMIUM), _called(_BD_DC))),
        (*_BD_ID, _BD_PREMIUM),
    ),
    Q(
        "and the lowest?",
        _lead(_first(_bd_ranked(_BD_PREMIUM, True), _called(_BD_DC))),
        (*_BD_ID, _BD_PREMIUM),
    ),
    Q(
        "whats the average percentage of drivers in fatal crashes who were speeding",
        _about(lambda d: float(d[_BD_SPEEDING].mean())),
        (*_BD_ID, _BD_SPEEDING),
    ),
    Q(
        "how many states have more than 30% of drivers alcohol impaired?",
        either(*(_count(_bd_drunk(strict, dc)) for strict in (True, False) for dc in (True, False))),
        (*_BD_ID, _BD_ALCOHOL),
    ),
    Q(
        "top 5 states for drivers in fatal collisions per billion miles",
        _top_aliased(_bd_ranked(_BD_FATAL), 5, _BD_DC),
        (*_BD_ID, _BD_FATAL),
    ),
    Q(
        "do states with higher premiums also have higher insurance losses? corelation?",
        _corr(lambda d: d[_BD_PREMIUM], lambda d: d[_BD_LOSSES]),
        (*_BD_ID, _BD_PREMIUM, _BD_LOSSES),
    ),
]


# --- 3. US tornadoes 1950-2022 (TidyTuesday 2023-05-16 tornados.csv, NOAA Storm Prediction Center) ----------------

# st|state|FIPS|share of tornadoes (%)|latitude|longitude|counties|deadliness
_TN_STATES = _fields(
    "TX|Texas|48|13.0|31.2|-98.9|507|1.0;KS|Kansas|20|6.3|38.5|-98.3|209|0.7;OK|Oklahoma|40|5.5|35.6|-97.5|153|1.0;"
    "FL|Florida|12|5.0|28.2|-81.7|133|0.6;NE|Nebraska|31|4.4|41.5|-99.8|185|0.5;IA|Iowa|19|3.9|42.0|-93.4|197|0.6;"
    "IL|Illinois|17|3.8|40.0|-89.2|203|0.9;MS|Mississippi|28|3.3|32.7|-89.7|163|2.0;"
    "MO|Missouri|29|3.3|38.4|-92.4|229|1.1;AL|Alabama|1|3.3|32.8|-86.8|133|2.2;CO|Colorado|8|3.2|39.0|-104.5|125|0.2;"
    "LA|Louisiana|22|2.9|31.0|-92.0|127|1.0;MN|Minnesota|27|2.7|45.5|-94.3|173|0.6;"
    "SD|South Dakota|46|2.5|44.4|-99.9|137|0.3;AR|Arkansas|5|2.6|34.9|-92.4|149|1.8;"
    "GA|Georgia|13|2.4|32.7|-83.4|321|1.3;ND|North Dakota|38|2.3|47.4|-100.5|105|0.3;"
    "WI|Wisconsin|55|2.0|44.5|-89.8|141|0.6;IN|Indiana|18|2.0|40.0|-86.3|183|1.2;"
    "NC|North Carolina|37|2.0|35.5|-79.4|199|1.2;TN|Tennessee|47|1.9|35.9|-86.4|189|2.0;"
    "OH|Ohio|39|1.6|40.3|-82.8|175|1.2;KY|Kentucky|21|1.5|37.5|-85.3|239|1.5;"
    "SC|South Carolina|45|1.5|33.9|-80.9|91|0.9;MI|Michigan|26|1.4|43.3|-84.6|165|1.2;"
    "PA|Pennsylvania|42|1.3|40.9|-77.6|133|0.8;VA|Virginia|51|1.1|37.5|-78.8|199|0.8;"
    "WY|Wyoming|56|1.0|42.9|-107.5|45|0.1;NM|New Mexico|35|0.9|34.4|-106.1|61|0.2;"
    "MT|Montana|30|0.6|47.0|-109.6|111|0.2;CA|California|6|0.6|36.6|-119.6|115|0.1;"
    "NY|New York|36|0.6|42.9|-75.5|123|0.4;MD|Maryland|24|0.5|39.0|-76.8|47|0.4;AZ|Arizona|4|0.4|34.2|-111.6|27|0.2;"
    "NJ|New Jersey|34|0.3|40.2|-74.7|41|0.3;MA|Massachusetts|25|0.2|42.3|-71.8|27|1.5;"
    "WV|West Virginia|54|0.2|38.6|-80.6|109|0.5;ID|Idaho|16|0.2|43.6|-114.6|87|0.1;UT|Utah|49|0.2|39.3|-111.7|57|0.2;"
    "CT|Connecticut|9|0.15|41.6|-72.7|15|0.5;ME|Maine|23|0.15|45.3|-69.2|31|0.1;"
    "WA|Washington|53|0.15|47.4|-120.5|77|0.2;OR|Oregon|41|0.12|44.0|-120.6|71|0.1;"
    "DE|Delaware|10|0.1|39.0|-75.5|5|0.3;NH|New Hampshire|33|0.1|43.7|-71.6|19|0.3;"
    "VT|Vermont|50|0.05|44.0|-72.7|27|0.1;NV|Nevada|32|0.05|39.3|-116.6|33|0.1;"
    "PR|Puerto Rico|72|0.03|18.2|-66.5|153|0.1;HI|Hawaii|15|0.03|20.8|-156.3|9|0.1;"
    "RI|Rhode Island|44|0.02|41.7|-71.5|9|0.1;DC|District of Columbia|11|0.01|38.9|-77.0|1|0.1;"
    "AK|Alaska|2|0.01|61.0|-150.0|290|0.1"
)
# tornadoes on record in a year, drawn straight between these years
_TN_YEARS = (
    "1950:201;1953:421;1957:858;1960:616;1965:897;1967:926;1970:654;1973:1102;1975:919;1980:866;1985:684;1990:1133;"
    "1992:1297;1995:1235;1998:1424;2000:1075;2003:1374;2004:1817;2006:1106;2008:1691;2010:1282;2011:1691;2012:938;"
    "2015:1177;2017:1418;2019:1517;2020:1082;2021:1314;2022:1143"
)
_TN_MONTHS = [3.0, 3.5, 7.0, 13.0, 20.0, 17.0, 8.0, 6.0, 5.0, 5.0, 5.0, 3.0]
_TN_HOURS = [
    1,
    1,
    0.8,
    0.7,
    0.6,
    0.6,
    0.6,
    0.7,
    0.8,
    1,
    1.3,
    1.8,
    2.6,
    3.6,
    5,
    6.3,
    7.2,
    7.4,
    6.5,
    5,
    3.5,
    2.5,
    1.8,
    1.3,
]
# magnitude (F / EF scale) shares in the 1950s and since 2005
_TN_EARLY = [20.0, 40.0, 28.0, 9.0, 2.5, 0.4]
_TN_LATE = [60.0, 30.0, 7.5, 2.0, 0.45, 0.05]
# magnitude: median length (miles), median width (yards), chance of injuries, median injured, chance of deaths,
# median killed
_TN_MAGS = [
    (0.5, 30.0, 0.02, 1.5, 0.001, 1.0),
    (2.5, 80.0, 0.1, 2.0, 0.005, 1.0),
    (6.0, 150.0, 0.3, 4.0, 0.03, 1.2),
    (13.0, 300.0, 0.6, 10.0, 0.15, 2.0),
    (22.0, 500.0, 0.85, 30.0, 0.45, 5.0),
    (30.0, 700.0, 0.95, 90.0, 0.8, 15.0),
]
_TN_RANGES = [50.0, 500.0, 5e3, 5e4, 5e5, 5e6, 5e7, 5e8, 5e9]
_TN_COLUMNS = _split(
    "om;yr;mo;dy;date;time;tz;datetime_utc;st;stf;mag;inj;fat;loss;slat;slon;elat;elon;len;wid;ns;sn;f1;f2;f3;f4;fc"
)


def _tn_row(rng: np.random.Generator, year: int) -> dict[str, Any]:
    month = int(_one(rng, list(range(1, 13)), _TN_MONTHS))
    day = pd.Timestamp(year, month, 1) + pd.Timedelta(
        days=int(rng.integers(0, pd.Timestamp(year, month, 1).days_in_month))
    )
    clock = pd.Timedelta(hours=int(_one(rng, list(range(24)), _TN_HOURS)), minutes=int(rng.integers(0, 60)))
    if year < 1960 and rng.random() < 0.6:
        clock = pd.Timedelta(minutes=15 * round(clock.total_seconds() / 900))
    local = day + clock
    line = _TN_STATES[int(_one(rng, list(range(len(_TN_STATES))), [float(s[3]) for s in _TN_STATES]))]
    a = float(np.clip((year - 1950) / 55, 0, 1))
    mag: int | None = int(
        _one(rng, list(range(6)), [(1 - a) * e + a * w for e, w in zip(_TN_EARLY, _TN_LATE, strict=True)])
    )
    if year >= 2016 and rng.random() < 0.09:
        mag = None
    length, width, p_inj, inj_mid, p_fat, fat_mid = _TN_MAGS[0 if mag is None else mag]
    if mag is None:
        length, width = 0.3, 25.0
    miles = round(float(np.clip(rng.lognormal(np.log(length), 0.9), 0.01, 234.7)), 2)
    yards = float(np.clip(rng.lognormal(np.log(width), 0.8), 1, 4576))
    yards = float(_one(rng, [10, 17, 33, 50, 100, 200, 440, 880])) if year < 1995 and rng.random() < 0.5 else yards
    deadly = float(line[7])
    injured = int(np.clip(np.ceil(rng.lognormal(np.log(inj_mid), 1.1)), 1, 1740)) if rng.random() < p_inj else 0
    killed = int(np.clip(np.ceil(rng.lognormal(np.log(fat_mid), 1.0)), 1, 158)) if rng.random() < p_fat * deadly else 0
    if mag is None:
        injured = killed = 0
    loss: float | None = None
    if year < 1996 and rng.random() < 0.6:
        loss = _TN_RANGES[int(np.clip((mag or 0) + 2 + int(_one(rng, [-1, 0, 1], [30, 45, 25])), 0, 8))]
    elif year >= 1996 and rng.random() < 0.65:
        loss = float(round(rng.lognormal(np.log(15_000 * 4.0 ** (mag or 0)), 1.2), -3))
    slat = round(float(line[4]) + float(rng.normal(0, 1.3)), 4 if year >= 2000 else 2)
    slon = round(float(line[5]) + float(rng.normal(0, 1.8)), 4 if year >= 2000 else 2)
    heading = float(rng.normal(np.radians(45), 0.5))
    elat = round(slat + miles / 69 * np.sin(heading), 4) if miles > 0.4 or year >= 2000 else 0.0
    elon = round(slon + miles / 53 * np.cos(heading), 4) if elat else 0.0
    crossing = miles > 25 and rng.random() < 0.12
    counties = [int(rng.integers(0, int(line[6]) // 2 + 1)) * 2 + 1 for _ in range(4)]
    extra = int(min(3, miles // 12))
    utc = local + pd.Timedelta(hours=6)
    return {
        "yr": year,
        "mo": month,
        "dy": day.day,
        "date": f"{day:%Y-%m-%d}",
        "time": f"{local:%H:%M:%S}",
        "tz": "America/Chicago",
        "datetime_utc": f"{utc:%Y-%m-%dT%H:%M:%SZ}",
        "st": line[0],
        "stf": int(line[2]),
        "mag": mag,
        "inj": injured,
        "fat": killed,
        "loss": loss,
        "slat": slat,
        "slon": slon,
        "elat": elat,
        "elon": elon,
        "len": miles,
        "wid": round(yards),
        "ns": 2 if crossing else 1,
        "sn": 0 if crossing and rng.random() < 0.5 else 1,
        "f1": counties[0],
        "f2": counties[1] if extra >= 1 else 0,
        "f3": counties[2] if extra >= 2 else 0,
        "f4": counties[3] if extra >= 3 else 0,
        "fc": "TRUE" if 1953 <= year <= 1982 and rng.random() < 0.03 else "FALSE",
        "_at": local,
    }


def _tornado_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5903)
    years = list(range(1950, 2023))
    totals = _interp(_TN_YEARS, years)
    picked = rng.choice(years, 5000, p=totals / totals.sum())
    frame = pd.DataFrame([_tn_row(rng, int(y)) for y in picked])
    frame = frame.sort_values("_at", kind="stable", ignore_index=True)
    om = np.zeros(len(frame), dtype=int)
    for year, total in zip(years, totals, strict=True):
        at = np.flatnonzero(frame["yr"].to_numpy() == year)
        om[at] = np.sort(rng.choice(np.arange(1, int(total) + 1), len(at), replace=False))
    frame.insert(0, "om", om)
    # written as R writes them (TidyTuesday's files come from readr): missing values as NA
    frame["mag"] = ["NA" if pd.isna(m) else str(int(m)) for m in frame["mag"]]
    frame["loss"] = ["NA" if pd.isna(x) else str(int(x)) for x in frame["loss"]]
    return frame[_TN_COLUMNS]


_TN_NAMES = {line[0]: (line[1],) for line in _TN_STATES}


def _tn_states(d: pd.DataFrame, column: str | None) -> pd.Series:
    st = _text(d["st"])
    if column is None:
        return _ranked(st.value_counts())
    deadly = d["fat"] > 0
    return _ranked(deadly.groupby(st).sum() if column == "count" else d["fat"].groupby(st).sum())


def _tn_lengths(d: pd.DataFrame) -> Any:
    return d.groupby("mag")["len"].mean().to_numpy()


_TN_ID = ("om",)
_TORNADO_QS = [
    Q(
        "plot the number of tornadoes per year. which year had the most?",
        _lead(_first(lambda d: _ranked(d["yr"].value_counts()), _year)),
        (*_TN_ID, "yr", "date", "datetime_utc"),
    ),
    Q(
        "what state gets the most tornadoes",
        _lead(_first(lambda d: _tn_states(d, None), _called(_TN_NAMES))),
        (*_TN_ID, "st", "stf"),
    ),
    Q(
        "how many were EF3 or stronger?",
        _count(lambda d: float((d["mag"] >= 3).sum())),
        (*_TN_ID, "mag"),
    ),
    Q(
        "avg path length by magnitude",
        _about(_tn_lengths),
        (*_TN_ID, "mag", "len"),
    ),
    Q(
        "what percent of tornadoes killed at least one person",
        _share(lambda d: float((d["fat"] > 0).mean())),
        (*_TN_ID, "fat"),
    ),
    Q(
        "which state had the most of those deadly ones?",
        _lead(
            either(
                _first(lambda d: _tn_states(d, "count"), _called(_TN_NAMES)),
                _first(lambda d: _tn_states(d, "sum"), _called(_TN_NAMES)),
            )
        ),
        (*_TN_ID, "st", "stf", "fat"),
    ),
]


# --- 4. Women's clothing reviews (Kaggle "Women's E-Commerce Clothing Reviews") -------------------------------------

# class: department, share of reviews (%), noun, rating shift
_CR_CLASSES: dict[str, tuple[str, float, str, float]] = {
    "Dresses": ("Dresses", 27.0, "dress", -0.03),
    "Knits": ("Tops", 20.6, "top", -0.02),
    "Blouses": ("Tops", 13.2, "blouse", -0.03),
    "Sweaters": ("Tops", 6.1, "sweater", -0.0),
    "Pants": ("Bottoms", 5.9, "pants", 0.1),
    "Jeans": ("Bottoms", 4.9, "jeans", 0.15),
    "Fine gauge": ("Tops", 4.7, "sweater", 0.05),
    "Skirts": ("Bottoms", 4.0, "skirt", 0.1),
    "Jackets": ("Jackets", 3.0, "jacket", 0.1),
    "Lounge": ("Intimate", 3.0, "lounge set", 0.1),
    "Swim": ("Intimate", 1.5, "swimsuit", 0.0),
    "Outerwear": ("Jackets", 1.4, "coat", 0.05),
    "Shorts": ("Bottoms", 1.3, "shorts", 0.1),
    "Sleep": ("Intimate", 0.9, "pajamas", 0.1),
    "Legwear": ("Intimate", 0.7, "leggings", 0.1),
    "Intimates": ("Intimate", 0.6, "bralette", 0.05),
    "Layering": ("Intimate", 0.6, "cami", 0.15),
    "Trend": ("Trend", 0.5, "top", -0.35),
    "Casual bottoms": ("Bottoms", 0.02, "pants", 0.0),
    "Chemises": ("Intimate", 0.01, "chemise", 0.0),
}
# the most reviewed items: Clothing ID|class|reviews in the full file
_CR_POPULAR = _fields(
    "1078|Dresses|1024;862|Knits|806;1094|Dresses|756;1081|Dresses|582;872|Knits|545;829|Blouses|527;"
    "1110|Dresses|480;868|Knits|430;895|Fine gauge|404;936|Sweaters|358;867|Knits|304;850|Blouses|302;"
    "1095|Dresses|295;863|Knits|291;1077|Dresses|276;1059|Pants|266;1080|Dresses|258;1083|Dresses|255;"
    "1092|Dresses|216;1033|Jeans|212"
)
_CR_STARS = [3.6, 6.7, 12.2, 21.6, 55.9]
_CR_RECOMMEND = [0.01, 0.065, 0.41, 0.966, 0.996]
_CR_GOOD = _split(
    "I love this {n}!;The fabric is soft and drapes beautifully.;Fits true to size.;"
    "I ordered my usual size {s} and it fits perfectly.;Got so many compliments the first time I wore it.;"
    "The color is even prettier in person.;Great for work or a night out.;"
    "I'm 5'{h}\" and {w} lbs and the length was perfect.;Bought it in two colors!;"
    "Runs slightly large, so I sized down to a {s}.;Very flattering and comfortable.;"
    "Love the details on this {n}, very well made.;Perfect with jeans and boots."
)
_CR_SO_SO = _split(
    "It's cute but the material is thinner than I expected.;Sizing is a bit off, I had to exchange for a {s}.;"
    "The color was not what I expected from the photos.;Nice {n} but a little boxy on me.;"
    "Pretty, but it wrinkles easily.;I wanted to love this {n}.;"
    "I'm 5'{h}\" and it hit at an awkward spot.;Keeping it for now, but it was not worth full price."
)
_CR_BAD = _split(
    "Unfortunately this is going back.;The fabric felt cheap and itchy.;"
    "It was huge in the chest and tight in the hips.;Poor quality for the price.;"
    "The seams came apart after one wash.;Looked nothing like the picture.;Very disappointed.;"
    "The {n} was see-through and the lining was too short."
)
_CR_TITLES = (
    "Love this {n}!;Perfect!;Beautiful;So comfy;Great {n};My new favorite;Flattering and fun;Love it!;"
    "Gorgeous color;Must have",
    "Cute but...;Runs large;Not for the very petite;Pretty but thin;Just ok;Almost perfect;Wanted to love it",
    "Disappointed;Going back;Poor quality;Not as pictured;Huge!;Sad;Returned",
)
_CR_SIZES = _split("XS;S;M;L;0;2;4;6;8;10;12;petite;P")


def _cr_items(rng: np.random.Generator) -> tuple[list[int], list[str], list[float]]:
    """Clothing IDs, their classes and how often each is reviewed."""
    ids = [int(p[0]) for p in _CR_POPULAR]
    classes = [p[1] for p in _CR_POPULAR]
    weights = [float(p[2]) for p in _CR_POPULAR]
    names = list(_CR_CLASSES)
    left = {c: v[1] / 100 * 23486 for c, v in _CR_CLASSES.items()}
    for c, w in zip(classes, weights, strict=True):
        left[c] -= w
    free = [i for i in range(1206) if i not in set(ids)]
    for k in rng.permutation(len(free))[:900]:
        cls = str(_one(rng, names, [max(left[c], 1.0) for c in names]))
        ids.append(free[int(k)])
        classes.append(cls)
        weights.append(min(float(rng.lognormal(np.log(8), 1.1)), 250.0))
    return ids, classes, weights


def _cr_text(rng: np.random.Generator, stars: int, noun: str) -> tuple[str, str]:
    mood = 0 if stars >= 4 else 1 if stars == 3 else 2
    pool = (_CR_GOOD, _CR_SO_SO, _CR_BAD)[mood]
    picks = rng.choice(len(pool), int(_one(rng, [1, 2, 3, 4], [10, 30, 40, 20])), replace=False)
    fill = {"n": noun, "s": str(_one(rng, _CR_SIZES)), "h": str(rng.integers(0, 11)), "w": str(rng.integers(105, 190))}
    text = " ".join(pool[int(i)].format(**fill) for i in picks)
    if mood == 1 and rng.random() < 0.5:
        text += " " + str(_one(rng, _CR_GOOD)).format(**fill)
    title = str(_one(rng, _split(_CR_TITLES[mood]))).format(n=noun)
    return title, text


def _clothing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5904)
    ids, classes, weights = _cr_items(rng)
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        k = int(_one(rng, list(range(len(ids))), weights))
        cls = classes[k]
        dept, _w, noun, shift = _CR_CLASSES[cls]
        age = int(np.clip(round(rng.normal(43.2, 12.3)), 18, 99))
        tilt = shift + 0.004 * (age - 43)
        stars = int(_one(rng, [1, 2, 3, 4, 5], [w * np.exp(tilt * (s - 3)) for s, w in enumerate(_CR_STARS, 1)]))
        title, text = _cr_text(rng, stars, noun)
        no_text = rng.random() < 0.036
        if dept == "Intimate":
            division = "Initmates" if rng.random() < 0.87 else "General"
        else:
            division = "General" if rng.random() < 0.61 else "General Petite"
        rows.append(
            {
                "Clothing ID": ids[k],
                "Age": age,
                "Title": None if no_text or rng.random() < 0.13 else title,
                "Review Text": None if no_text else text,
                "Rating": stars,
                "Recommended IND": int(rng.random() < _CR_RECOMMEND[stars - 1]),
                "Positive Feedback Count": int(rng.negative_binomial(0.45, 0.45 / 2.95)),
                "Division Name": division,
                "Department Name": dept,
                "Class Name": cls,
            }
        )
    frame = pd.DataFrame(rows)
    for i, item in zip(rng.choice(len(frame), 3, replace=False), (72, 152, 665), strict=True):
        frame.loc[int(i), ["Clothing ID", "Division Name", "Department Name", "Class Name"]] = [item, None, None, None]
    frame.insert(0, "", np.arange(len(frame)))
    return frame


def _cr_top_id(d: pd.DataFrame) -> pd.Series:
    return _ranked(d["Clothing ID"].value_counts())


def _cr_id_rating(d: pd.DataFrame) -> float:
    return float(d.loc[d["Clothing ID"] == int(_cr_top_id(d).index[0]), "Rating"].mean())


_CR_ID = ("Unnamed: 0", "Clothing ID")
_CLOTHING_QS = [
    Q(
        "average rating by department",
        _about(lambda d: d.groupby(_text(d["Department Name"]).replace("", None))["Rating"].mean().to_numpy()),
        (*_CR_ID, "Department Name", "Rating"),
    ),
    Q(
        "what percent of reviewers recommend the product?",
        _share(lambda d: float((d["Recommended IND"] == 1).mean())),
        (*_CR_ID, "Recommended IND"),
    ),
    Q(
        "which clothing id has the most reviews",
        _lead(_first(_cr_top_id, _named)),
        _CR_ID,
    ),
    Q(
        "whats its average rating?",
        _about(_cr_id_rating),
        (*_CR_ID, "Rating"),
    ),
    Q(
        "how many reviews are in the intimates division",
        either(
            _count(lambda d: float((_text(d["Division Name"]) == "Initmates").sum())),
            _count(lambda d: float((_text(d["Department Name"]) == "Intimate").sum())),
        ),
        (*_CR_ID, "Division Name", "Department Name"),
    ),
    Q(
        "do older customers give higher ratings? correlation between age and rating",
        _corr(lambda d: d["Age"], lambda d: d["Rating"]),
        (*_CR_ID, "Age", "Rating"),
    ),
]


# --- 5. Forest fires in Montesinho park (UCI "Forest Fires", forestfires.csv) ---------------------------------------

# month: fires, temp (°C), RH (%), wind steps, FFMC, DMC, DC, ISI
_FF_MONTHS = _fields(
    "jan|2|5.3|89|4|50.4|2.4|90.4|1.5;feb|20|9.6|55|8|82.9|9.5|55.0|4.4;mar|54|13.1|40|11|89.4|34.7|75.6|7.1;"
    "apr|9|12.0|46|10|85.9|15.9|50.0|5.9;may|2|14.7|55|11|87.4|21.3|87.8|4.9;jun|17|20.5|46|9|89.4|93.4|312.0|7.4;"
    "jul|32|22.1|45|8|91.0|110.0|450.0|9.2;aug|184|21.6|45|9|92.3|153.7|672.0|11.1;"
    "sep|172|19.6|43|8|91.2|117.5|734.0|7.9;oct|15|17.1|37|8|90.6|47.8|712.0|7.2;nov|1|11.8|31|10|79.5|3.0|106.7|1.1;"
    "dec|9|4.5|39|17|84.9|26.1|362.0|3.6"
)
_FF_DAYS = "sun:95;fri:85;sat:84;mon:74;tue:64;thu:61;wed:54"
_FF_X = "1:48;2:73;3:55;4:91;5:30;6:86;7:60;8:61;9:13"
_FF_Y = "2:44;3:64;4:203;5:125;6:74;8:1;9:6"
_FF_NAMES = {f[0]: i + 1 for i, f in enumerate(_FF_MONTHS)}


def _forest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5905)
    months = _deal(rng, ";".join(f"{f[0]}:{f[1]}" for f in _FF_MONTHS), 517)
    days = _deal(rng, _FF_DAYS, 517)
    table = {f[0]: [float(x) for x in f[2:]] for f in _FF_MONTHS}
    burnt = np.zeros(517, dtype=bool)
    burnt[rng.permutation(517)[:270]] = True
    rows: list[dict[str, Any]] = []
    for i in range(517):
        temp, rh, wind, ffmc, dmc, dc, isi = table[months[i]]
        t = float(np.clip(rng.normal(temp, 4.2), 2.2, 33.3))
        h = int(np.clip(round(rng.normal(rh - 1.4 * (t - temp), 12)), 15, 100))
        fine = float(np.clip(rng.normal(ffmc, 2.6), 63, 96.2))
        if rng.random() < 0.01:
            fine = float(rng.uniform(18.7, 60))
        area = 0.0
        if burnt[i]:
            area = round(float(np.clip(rng.lognormal(np.log(6.4) + 0.035 * (t - 19), 1.55), 0.09, 280)), 2)
        rows.append(
            {
                "X": int(_draw(rng, _FF_X)),
                "Y": int(_draw(rng, _FF_Y)),
                "month": months[i],
                "day": days[i],
                "FFMC": round(fine, 1),
                "DMC": round(float(np.clip(dmc * rng.lognormal(0, 0.35), 1.1, 291.3)), 1),
                "DC": round(float(np.clip(dc * rng.lognormal(0, 0.15), 7.9, 860.6)), 1),
                "ISI": round(float(np.clip(isi * rng.lognormal(0, 0.4), 0.0, 56.1)), 1),
                "temp": round(t, 1),
                "RH": h,
                "wind": round(float(np.clip(round(rng.normal(wind, 3.5)), 1, 21)) * 0.4472, 1),
                "rain": 0.0,
                "area": area,
            }
        )
    frame = pd.DataFrame(rows)
    august = np.flatnonzero(frame["month"].to_numpy() == "aug")
    for i, mm in zip(rng.choice(august, 8, replace=False), (0.2, 0.4, 0.8, 1.0, 1.4, 6.4, 0.2, 0.4), strict=True):
        frame.loc[int(i), "rain"] = mm
    burning = np.flatnonzero((frame["month"].to_numpy() == "sep") & (frame["area"].to_numpy() > 0))
    for i, ha in zip(rng.choice(burning, 2, replace=False), (1090.84, 746.28), strict=True):
        frame.loc[int(i), "area"] = ha
    return frame


def _ff_top_month(d: pd.DataFrame) -> pd.Series:
    return _ranked(_text(d["month"]).value_counts())


def _ff_month_number(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _month_of(lambda d: _FF_NAMES[str(value(d))])


def _ff_weekend(d: pd.DataFrame) -> float:
    return float(_text(d["day"]).isin(["sat", "sun"]).sum())


_FOREST_QS = [
    Q(
        "which month had the most fires?",
        _lead(_first(_ff_top_month, _ff_month_number)),
        ("month",),
    ),
    Q(
        "total burned area per month",
        _about(lambda d: d.groupby(_text(d["month"]))["area"].sum().to_numpy()),
        ("month", "area"),
    ),
    Q(
        "what % of fires have a burned area of 0?",
        _share(lambda d: float((d["area"] == 0).mean())),
        ("area",),
    ),
    Q(
        "is temperature correlated with the burned area?",
        either(
            _corr(lambda d: d["temp"], lambda d: d["area"]),
            _corr(lambda d: d["temp"], lambda d: np.log1p(d["area"])),
        ),
        ("temp", "area"),
    ),
    Q(
        "whats the biggest fire in the data and in which month was it",
        both(
            _about(lambda d: float(d["area"].max())),
            _ff_month_number(lambda d: _text(d["month"])[d["area"].idxmax()]),
        ),
        ("area", "month"),
    ),
    Q(
        "how many fires happened on a weekend?",
        _count(_ff_weekend),
        ("day",),
    ),
]


# --- 6. Favorita store sales (Kaggle "Store Sales - Time Series Forecasting", train.csv) ----------------------------

# family: mean daily sales in an average store in 2013, promotions a day, sold by weight, first sales
_FV_FAMILIES = _fields(
    "AUTOMOTIVE|5.6|0.1|0|2013-01-01;BABY CARE|0.08|0.02|0|2015-06-01;BEAUTY|3.5|0.2|0|2013-01-01;"
    "BEVERAGES|2150|12|0|2013-01-01;BOOKS|0.6|0|0|2016-10-08;BREAD/BAKERY|420|3|1|2013-01-01;"
    "CELEBRATION|7.5|0.3|0|2014-09-01;CLEANING|960|10|0|2013-01-01;DAIRY|640|8|0|2013-01-01;DELI|240|4|1|2013-01-01;"
    "EGGS|160|1.5|0|2013-01-01;FROZEN FOODS|140|2.5|0|2013-01-01;GROCERY I|3300|25|0|2013-01-01;"
    "GROCERY II|19|0.3|0|2013-01-01;HARDWARE|1.1|0.05|0|2013-01-01;HOME AND KITCHEN I|18|0.6|0|2014-09-01;"
    "HOME AND KITCHEN II|15|0.5|0|2014-09-01;HOME APPLIANCES|0.45|0.02|0|2013-01-01;HOME CARE|160|4|0|2014-06-01;"
    "LADIESWEAR|6.5|0.2|0|2014-09-01;LAWN AND GARDEN|5.5|0.3|0|2013-01-01;LINGERIE|6.8|0.2|0|2013-01-01;"
    "LIQUOR,WINE,BEER|80|1|0|2013-01-01;MAGAZINES|2.8|0.1|0|2015-06-01;MEATS|320|3|1|2013-01-01;"
    "PERSONAL CARE|250|6|0|2013-01-01;PET SUPPLIES|3.6|0.2|0|2014-09-01;PLAYERS AND ELECTRONICS|5.8|0.2|0|2014-09-01;"
    "POULTRY|330|2.5|1|2013-01-01;PREPARED FOODS|92|1|1|2013-01-01;PRODUCE|1300|15|1|2013-01-01;"
    "SCHOOL AND OFFICE SUPPLIES|2.8|0.8|0|2014-09-01;SEAFOOD|21|0.3|1|2013-01-01"
)
# store: size (an average store is 1), opening day when it opened during the years covered
_FV_STORES = _fields(
    "1|0.9|;2|1.1|;3|2.5|;4|1.0|;5|0.85|;6|1.25|;7|1.2|;8|1.6|;9|1.15|;10|0.5|;11|1.1|;12|0.6|;13|0.55|;14|0.6|;"
    "15|0.65|;16|0.55|;17|0.9|;18|0.85|;19|0.6|;20|1.0|2015-02-13;21|0.8|2015-07-24;22|0.35|2015-10-09;23|0.75|;"
    "24|1.2|;25|0.75|;26|0.45|;27|1.05|;28|0.95|;29|0.8|2015-03-20;30|0.4|;31|0.8|;32|0.3|;33|0.5|;34|0.95|;"
    "35|0.35|;36|0.7|2013-05-09;37|0.95|;38|1.1|;39|0.85|;40|0.6|;41|0.7|;42|0.6|2015-08-21;43|0.65|;44|3.0|;"
    "45|2.7|;46|2.2|;47|2.6|;48|1.95|;49|2.1|;50|1.55|;51|1.4|;52|0.95|2017-04-20;53|0.75|2014-05-29;54|0.45|"
)
_FV_WEEKDAYS = [0.93, 0.88, 0.9, 0.86, 0.95, 1.18, 1.3]
_FV_MONTHS = [0.95, 0.93, 0.98, 0.96, 0.98, 0.97, 0.99, 0.98, 0.97, 0.96, 0.98, 1.28]


def _fv_days() -> pd.DatetimeIndex:
    days = pd.date_range("2013-01-01", "2017-08-15", freq="D")
    return days[~((days.month == 12) & (days.day == 25))]


def _favorita_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5906)
    days = _fv_days()
    per_day = len(_FV_STORES) * len(_FV_FAMILIES)
    ids = np.sort(rng.choice(len(days) * per_day, 5000, replace=False))
    rows: list[dict[str, Any]] = []
    for i in ids:
        day = days[int(i) // per_day]
        store = _FV_STORES[int(i) % per_day // len(_FV_FAMILIES)]
        family, base, promos, weighed, launch = _FV_FAMILIES[int(i) % len(_FV_FAMILIES)]
        opened = day >= pd.Timestamp(store[2] or "2013-01-01") and not (day.month == 1 and day.day == 1)
        selling = opened and day >= pd.Timestamp(launch)
        years = (day - days[0]).days / 365.25
        on = 0
        if selling and day >= pd.Timestamp("2014-04-01"):
            ramp = min(1.0, 0.3 + 0.25 * (years - 1.25))
            on = int(rng.poisson(float(promos) * ramp * float(store[1]) ** 0.5))
        mean = float(base) * float(store[1]) * (1 + 0.075 * years) * _FV_WEEKDAYS[day.dayofweek]
        mean *= _FV_MONTHS[day.month - 1] * (1 + 0.5 * min(on, 40) / (float(promos) + 4))
        sales = 0.0
        if selling and mean < 30:
            sales = float(rng.poisson(mean * float(rng.lognormal(0, 0.35))))
        elif selling:
            value = mean * float(rng.lognormal(0, 0.35))
            sales = round(value, 3) if weighed == "1" else float(round(value))
            if rng.random() < 0.01:
                sales = 0.0
        rows.append(
            {
                "id": int(i),
                "date": f"{day:%Y-%m-%d}",
                "store_nbr": int(store[0]),
                "family": family,
                "sales": sales,
                "onpromotion": on,
            }
        )
    return pd.DataFrame(rows)


def _fv_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["date"]), format="%Y-%m-%d").dt.year


def _fv_top_store(d: pd.DataFrame) -> pd.Series:
    return _ranked(d.groupby("store_nbr")["sales"].sum())


def _fv_promo_means(since: str) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        kept = d[_text(d["date"]) >= since]
        on = kept["onpromotion"] > 0
        return [float(kept.loc[on, "sales"].mean()), float(kept.loc[~on, "sales"].mean())]

    return means


def _fv_store_2016(d: pd.DataFrame) -> float:
    ties = _fv_top_store(d)
    store = int(ties.index[0])
    return float(d.loc[(d["store_nbr"] == store) & (_fv_year(d) == 2016), "sales"].sum())


_FV_ID = ("id",)
_FV_MONEY = (1e3, 1e6)
_FAVORITA_QS = [
    Q(
        "top 5 product families by total sales",
        _top_named(lambda d: _ranked(d.groupby(_text(d["family"]))["sales"].sum()), 5),
        (*_FV_ID, "family", "sales"),
    ),
    Q(
        "plot total sales per year, is it growing?",
        _scaled(lambda d: d.groupby(_fv_year(d))["sales"].sum().to_numpy(), _FV_MONEY),
        (*_FV_ID, "date", "sales"),
    ),
    Q(
        "what % of rows have at least one item on promotion",
        _share(lambda d: float((d["onpromotion"] > 0).mean())),
        (*_FV_ID, "onpromotion"),
    ),
    Q(
        "avg sales with vs without promotion?",
        either(has(_fv_promo_means("2013-01-01")), has(_fv_promo_means("2014-04-01"))),
        (*_FV_ID, "sales", "onpromotion"),
    ),
    Q(
        "which store sold the most overall?",
        _lead(_first(_fv_top_store, _named)),
        (*_FV_ID, "store_nbr", "sales"),
    ),
    Q(
        "and how much did that store sell in 2016",
        _scaled(_fv_store_2016, _FV_MONEY),
        (*_FV_ID, "date", "store_nbr", "sales"),
    ),
]


# --- 7. The Bechdel test and box office (FiveThirtyEight "bechdel", movies.csv) -------------------------------------

# films on the list by release year, drawn straight between these years
_BC_YEARS = (
    "1970:4;1975:4;1980:6;1985:10;1989:14;1990:15;1993:25;1995:40;1997:50;1999:60;2000:63;2002:75;2004:80;"
    "2006:95;2008:100;2009:110;2010:113;2011:110;2012:105;2013:99"
)
# a typical imdb number for a film of the year
_BC_IMDB = "1970:65000;1990:99000;1995:112000;2000:210000;2005:390000;2008:900000;2010:1250000;2013:2000000"
_BC_FAILS = "notalk:51.9;men:19.6;dubious:14.3;nowomen:14.2"
_BC_ADJ = _split(
    "Dark;Last;Lost;Silent;Hidden;Secret;Final;Perfect;Wild;Deadly;Golden;Broken;Frozen;Crimson;Midnight;Fast;"
    "Electric;Impossible;Little;Big;Royal;Savage;Iron;Black;White;Red;Blue;American;Endless;Eternal"
)
_BC_NOUN = _split(
    "Knight;Empire;Hunter;Game;Mission;Storm;Shadow;City;Road;Island;River;Dragon;Planet;Warrior;Heart;Legacy;"
    "Machine;Kingdom;Frontier;Dream;Witness;Promise;Horizon;Soldier;Stranger;Ghost;Day;Night;Summer;Winter;"
    "Agent;Heist;Rider;Race;Code;Voyage;Escape;Legend;Affair;Sister"
)
_BC_PEOPLE = _split("Jack;Max;Sam;Annie;Charlie;Frankie;Harry;Molly;Rocky;Bobby;Lucy;Eddie;Billy;Ruby;Johnny")


def _bc_title(rng: np.random.Generator, used: set[str]) -> str:
    for _attempt in range(200):
        a, b, c = str(_one(rng, _BC_ADJ)), str(_one(rng, _BC_NOUN)), str(_one(rng, _BC_NOUN))
        who = str(_one(rng, _BC_PEOPLE))
        forms = [
            f"The {a} {b}",
            f"{a} {b}",
            f"{b} of the {c}",
            f"{who}&#39;s {b}",
            f"{b} &amp; {c}",
            f"The {b}",
            f"{a} {b} 2",
            f"Don&#39;t Call Me {who}",
            f"{who} and the {a} {b}",
        ]
        title = str(_one(rng, forms, [20, 18, 10, 4, 4, 6, 4, 1, 5]))
        if title not in used:
            used.add(title)
            return title
    raise RuntimeError("no title left")


def _bechdel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5907)
    years = list(range(1970, 2014))
    weights = _interp(_BC_YEARS, years)
    picked = [int(y) for y in _deal(rng, ";".join(f"{y}:{w}" for y, w in zip(years, weights, strict=True)), 1794)]
    picked.sort(reverse=True)
    used: set[str] = set()
    numbers: set[int] = set()
    rows: list[dict[str, Any]] = []
    for year in picked:
        passed = rng.random() < 0.33 + 0.0045 * (year - 1970)
        clean = "ok" if passed else _draw(rng, _BC_FAILS if year >= 1990 else "notalk:45;men:18;dubious:12;nowomen:25")
        factor = float(np.exp(0.0417 * (2013 - year)))
        real = float(np.clip(rng.lognormal(np.log(30e6 if passed else 44e6), 0.95), 7e4 * factor, 461e6))
        budget = round(real / factor / 1e5) * 100_000 if rng.random() < 0.8 else int(round(real / factor, -3))
        budget = max(budget, 7000)
        dom = round(min(budget * float(rng.lognormal(np.log(1.1), 0.85)), float(rng.uniform(4.5e8, 7.6e8))))
        world = round(min(dom * (1 + float(rng.lognormal(np.log(0.85), 0.6))), float(rng.uniform(1.1e9, 2.8e9))))
        middle = float(_interp(_BC_IMDB, [year])[0])
        number = int(np.clip(rng.normal(middle, 0.12 * middle), 60_000, 3_200_000))
        while number in numbers:
            number += 1
        numbers.add(number)
        rows.append(
            {
                "year": year,
                "imdb": f"tt{number:07d}",
                "title": _bc_title(rng, used),
                "test": clean + ("-disagree" if rng.random() < 0.07 else ""),
                "clean_test": clean,
                "binary": "PASS" if passed else "FAIL",
                "budget": budget,
                "domgross": str(dom),
                "intgross": str(world),
                "code": f"{year}{'PASS' if passed else 'FAIL'}",
                "budget_2013$": round(budget * factor),
                "domgross_2013$": str(round(dom * factor)),
                "intgross_2013$": str(round(world * factor)),
                "period code": None if year < 1990 else 1 if year >= 2010 else 2 + (2009 - year) // 5,
                "decade code": None if year < 1990 else {2010: 1, 2000: 2, 1990: 3}[year // 10 * 10],
            }
        )
    frame = pd.DataFrame(rows)
    recent = np.flatnonzero(frame["year"].to_numpy() >= 2010)
    missing = rng.choice(recent, 17, replace=False)
    frame.loc[missing, ["domgross", "domgross_2013$"]] = "#N/A"
    frame.loc[missing[:11], ["intgross", "intgross_2013$"]] = "#N/A"
    frame["period code"] = frame["period code"].astype("Int64")
    frame["decade code"] = frame["decade code"].astype("Int64")
    return frame


def _bc_pass(d: pd.DataFrame) -> pd.Series:
    return _text(d["binary"]) == "PASS"


def _bc_decades(code: bool) -> Callable[[pd.DataFrame], Any]:
    def rates(d: pd.DataFrame) -> Any:
        by = d["decade code"] if code else d["year"] // 10 * 10
        return _bc_pass(d).groupby(by).mean().to_numpy()

    return rates


def _bc_medians(column: str) -> Callable[[pd.DataFrame], list[float]]:
    def medians(d: pd.DataFrame) -> list[float]:
        money = _number(d[column])
        return [float(money[_bc_pass(d)].median()), float(money[~_bc_pass(d)].median())]

    return medians


def _bc_gross_corr(budget: str, gross: str) -> Check:
    return _corr(lambda d: _number(d[budget]), lambda d: _number(d[gross]))


def _bc_top_fail(gross: str) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        failed = d[~_bc_pass(d)]
        return _ranked(pd.Series(_number(failed[gross]).to_numpy(), index=_text(failed["title"])).dropna())

    return ranking


def _bc_title_named(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A title as the file writes it or with its HTML entities decoded ("Ender's Game")."""
    return lambda answer, df: _named(value, {str(value(df)): (html.unescape(str(value(df))),)})(answer, df)


_BC_ID = ("imdb", "title", "code")
_BC_TESTS = ("binary", "clean_test", "test")
_BECHDEL_QS = [
    Q(
        "what % of movies pass the bechdel test?",
        _share(lambda d: float(_bc_pass(d).mean())),
        (*_BC_ID, *_BC_TESTS),
    ),
    Q(
        "pass rate by decade, is it getting better over time?",
        either(_shares(_bc_decades(False)), _shares(_bc_decades(True))),
        (*_BC_ID, *_BC_TESTS, "year", "decade code", "period code"),
    ),
    Q(
        "median budget of movies that pass vs fail",
        either(_scaled(_bc_medians("budget"), (1e6,)), _scaled(_bc_medians("budget_2013$"), (1e6,))),
        (*_BC_ID, *_BC_TESTS, "budget", "budget_2013$"),
    ),
    Q(
        "how many movies have no women in them at all?",
        either(
            _count(lambda d: float((_text(d["clean_test"]) == "nowomen").sum())),
            _count(lambda d: float((_text(d["test"]) == "nowomen").sum())),
        ),
        (*_BC_ID, *_BC_TESTS),
    ),
    Q(
        "is budget correlated with international gross?",
        either(_bc_gross_corr("budget", "intgross"), _bc_gross_corr("budget_2013$", "intgross_2013$")),
        (*_BC_ID, "budget", "intgross", "budget_2013$", "intgross_2013$"),
    ),
    Q(
        "which movie that fails the test made the most internationally?",
        _lead(
            either(
                _first(_bc_top_fail("intgross"), _bc_title_named),
                _first(_bc_top_fail("intgross_2013$"), _bc_title_named),
            )
        ),
        (*_BC_ID, *_BC_TESTS, "intgross", "intgross_2013$"),
    ),
]


HELDOUT59: list[Dataset] = [
    Dataset("house_rent_india", _house_rent_frame, _HOUSE_RENT_QS),
    Dataset("bad_drivers_by_state", _bad_drivers_frame, _BAD_DRIVERS_QS),
    Dataset("us_tornadoes", _tornado_frame, _TORNADO_QS),
    Dataset("womens_clothing_reviews", _clothing_frame, _CLOTHING_QS),
    Dataset("forest_fires_montesinho", _forest_frame, _FOREST_QS),
    Dataset("favorita_store_sales", _favorita_frame, _FAVORITA_QS),
    Dataset("bechdel_movies", _bechdel_frame, _BECHDEL_QS),
]
