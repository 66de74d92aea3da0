"""HELDOUT53: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Nashville Housing Data (Nashville Housing Data for Data Cleaning.csv, 2942 sales from 2013 to 2016 and two in 2019,
sorted by ParcelID) with a trailing space in "UniqueID ", "105 03 0D 008.00" parcel ids, upper-case LandUse ("SINGLE
FAMILY", "VACANT RESIDENTIAL LAND" beside "VACANT RES LAND"), PropertyAddress as "1808  FOX CHASE DR, GOODLETTSVILLE"
(two spaces, 15 blank), SaleDate as "April 9, 2013", SalePrice as plain numbers with a few "$120,000" texts,
"20130412-0036474" legal references, Y / N / Yes / No in SoldAsVacant, owner name and "..., TN" address, Acreage,
TaxDistrict, land, building and total values, YearBuilt, Bedrooms, FullBath and HalfBath blank for every condo and
about a third of the rest, three bulk sales of vacant lots at one price and 28 sales listed twice under another
UniqueID; Seattle Open Data's pet licenses (4000 licenses in issue order, nearly all 2015-2018) with "License Issue
Date" written "December 18 2015", "S107948" or plain License Numbers, "Animal's Name" (some blank), Cat / Dog / Goat /
Pig species, "Retriever, Labrador" and "Mixed Breed, Medium (up to 44 lbs fully grown)" primary breeds, a mostly
blank Secondary Breed and ZIP codes with a few "98115-1234", a few blank and a few outside Seattle; the Austin Animal
Center outcomes (4994 outcomes from 2014 to 2019 in no order, some animals twice) with "A794011" ids, names with a
leading "*" for names the shelter gave (many blank), DateTime as "05/08/2019 06:20:00 PM", MonthYear as "May 2019",
Date of Birth as "05/02/2017", Adoption / Transfer / Return to Owner / Euthanasia / Died / Rto-Adopt / Disposal /
Missing outcomes with a mostly blank subtype, Dog / Cat / Other / Bird / Livestock animal types, "Neutered Male" or
"Unknown" sex (one blank), ages such as "2 years", "1 month" or "3 weeks" (a few young ones "0 years"), "Labrador
Retriever Mix" breeds and "Black/White" colors; Kaggle's Kickstarter projects (ks-projects-201801.csv, 5000
projects sorted by ID as text) with names (some ending "(Canceled)", two blank), category and main_category, the
currency, deadline as "2015-10-09", goal in that currency, launched as "2015-08-11 12:12:28" (two at "1970-01-01
01:00:00"), pledged, failed / successful / canceled / suspended / live / undefined states, backers, two-letter
countries with 'N,0"' for the undefined ones, "usd pledged" blank for those and a few more, usd_pledged_real and
usd_goal_real; Kaggle's BoardGameGeek games (bgg_dataset.csv, 3000 games by BGG Rank, Gloomhaven first) with ID
(three blank), Name, Year Published (negative for ancient games, 0 for five, one blank), Min / Max Players (a few 0),
Play Time, Min Age, Users Rated, Rating Average and Complexity Average as decimal-comma text ("8,79", "3,86", "0" for
games nobody weighed), Owned Users (four blank), comma-joined Mechanics (with "Deck, Bag, and Pool Building", some
blank) and Domains such as "Strategy Games, Thematic Games" (blank for about half); Kaggle's Twitter US Airline
Sentiment file (Tweets.csv, 4000 tweets of 16-24 February 2015, by airline, newest first) with snowflake tweet ids,
negative / neutral / positive sentiment and its confidence, negativereason ("Late Flight", "Customer Service Issue",
"Can't Tell", blank unless negative) and its confidence (0 or blank otherwise), the six airlines (the Delta tweets
addressed to @JetBlue), mostly blank gold columns and tweet_coord, user names, retweet_count, text, tweet_created as
"2015-02-24 11:35:52 -0800", free-text tweet_location and user_timezone with many blanks; and Kaggle's crop yield
file (yield_df.csv, 3671 rows) with its unnamed row-number column, 20 countries in Area, ten crops in Item ("Maize",
"Potatoes", "Rice, paddy", "Plantains and others"), Year from 1990 to 2013 (a year or two missing for some
countries), hg/ha_yield, average_rain_fall_mm_per_year the same every year for a country, pesticides_tonnes per
country and year, and avg_temp, the rows of India, Brazil, Mexico and Australia repeated for each temperature
station with the same yield and another avg_temp. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _shares, _split, _text, _year
from .heldout38 import _draw
from .heldout39 import _month_of
from .heldout40 import _number, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _counts(values: pd.Series) -> pd.Series:
    """How often each non-blank label occurs, most frequent first (ties in label order)."""
    labels = _text(values)
    return _ranked(labels[labels != ""].value_counts())


def _top(values: pd.Series) -> str:
    """The most frequent non-blank label."""
    return str(_counts(values).index[0])


def _rates(flag: pd.Series, groups: pd.Series) -> pd.Series:
    """The share of flagged rows in each non-blank group, highest first."""
    labels = _text(groups)
    kept = labels != ""
    return _ranked(flag[kept].astype(float).groupby(labels[kept]).mean())


def _named_alone(value: Callable[[pd.DataFrame], str], labels: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """The label computed from the frame appears on its own, not only inside a longer label of the same column
    ("Potatoes" is not said by "Sweet potatoes")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = str(value(df))
        text = answer
        for other in sorted({str(x) for x in _text(labels(df))}, key=len, reverse=True):
            if other != want and want.lower() in other.lower():
                text = re.sub(re.escape(other), " ", text, flags=re.IGNORECASE)
        return _named(lambda _d: want)(text, df)

    return check


def _decimal(s: pd.Series) -> pd.Series:
    """Numbers written with a decimal comma ("8,79"), blanks and anything else unreadable as NaN."""
    return pd.to_numeric(_text(s).str.replace(",", ".", regex=False), errors="coerce")


def _per_year(years: pd.Series, wanted: range) -> list[float]:
    """How many rows fall in each of the wanted years."""
    counts = pd.Series(years).value_counts()
    return [float(counts.get(y, 0)) for y in wanted]


def _comma(value: float, places: int = 2) -> str:
    """A number with a decimal comma and no trailing zeros ("8,79", "3,8", "2")."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


# --- 1. Nashville housing (Kaggle "Nashville Housing Data", Nashville Housing Data for Data Cleaning.csv) ----------

# city: weight, price factor, tax districts
_NH_CITIES: dict[str, tuple[float, float, str]] = {
    "NASHVILLE": (
        30,
        1.15,
        "URBAN SERVICES DISTRICT:78;GENERAL SERVICES DISTRICT:14;CITY OF BERRY HILL:3;CITY OF OAK HILL:2.5;"
        "CITY OF FOREST HILLS:1.8;CITY OF BELLE MEADE:0.7",
    ),
    "ANTIOCH": (9, 0.75, "GENERAL SERVICES DISTRICT:70;URBAN SERVICES DISTRICT:30"),
    "HERMITAGE": (5, 0.95, "GENERAL SERVICES DISTRICT:100"),
    "MADISON": (4.5, 0.8, "GENERAL SERVICES DISTRICT:55;URBAN SERVICES DISTRICT:45"),
    "GOODLETTSVILLE": (3.2, 0.9, "CITY OF GOODLETTSVILLE:55;GENERAL SERVICES DISTRICT:45"),
    "OLD HICKORY": (2.2, 0.85, "GENERAL SERVICES DISTRICT:100"),
    "BRENTWOOD": (1.8, 1.8, "GENERAL SERVICES DISTRICT:100"),
    "JOELTON": (0.6, 0.9, "GENERAL SERVICES DISTRICT:100"),
    "WHITES CREEK": (0.5, 0.7, "GENERAL SERVICES DISTRICT:100"),
    "MOUNT JULIET": (0.2, 1.1, "GENERAL SERVICES DISTRICT:100"),
    "NOLENSVILLE": (0.1, 1.3, "GENERAL SERVICES DISTRICT:100"),
    "BELLEVUE": (0.05, 1.0, "GENERAL SERVICES DISTRICT:100"),
}
_NH_LAND_USES = (
    "SINGLE FAMILY:61;RESIDENTIAL CONDO:25;VACANT RESIDENTIAL LAND:6.3;VACANT RES LAND:2.7;DUPLEX:2.4;"
    "ZERO LOT LINE:1.9;CONDO:0.45;RESIDENTIAL COMBO/MISC:0.17;TRIPLEX:0.16;QUADPLEX:0.07;CHURCH:0.07"
)
_NH_YEARS = {2013: 22, 2014: 24, 2015: 30, 2016: 24}
_NH_STREETS = _split(
    "FOX CHASE DR;DAVIDSON RD;WOODMONT BLVD;GALLATIN PIKE;NOLENSVILLE PIKE;CHARLOTTE PIKE;DICKERSON PIKE;"
    "MURFREESBORO PIKE;BELL RD;OLD HICKORY BLVD;RIVERSIDE DR;SHARONDALE DR;LEBANON PIKE;HARDING PL;EDMONDSON PIKE;"
    "HILLSBORO PIKE;GRANNY WHITE PIKE;BRICK CHURCH PIKE;WHITES CREEK PIKE;CANE RIDGE RD;BLUE HOLE RD;HAYWOOD LN;"
    "TUSCULUM RD;SHELBY AVE;GREENWOOD AVE;ROSEBANK AVE;WINDSOR DR;OAKWOOD AVE;MAPLEWOOD TRCE;PORTER RD;"
    "BRANSFORD AVE;12TH AVE S;ACKLEN AVE;LINDEN AVE;BELMONT BLVD;MCGAVOCK PIKE;DUE WEST AVE;NEELYS BEND RD;"
    "CALDWELL DR;WHITE BRIDGE PIKE;HIGHWAY 70 S;ANDREW JACKSON PKWY;TULIP GROVE RD;SHUTE LN;CENTRAL PIKE;"
    "MOSS RD;HICKORY HOLLOW PKWY;OLD FRANKLIN RD;LONG HUNTER CT;DUNBAR DR;RAIN FOREST TRL;BELL FORGE LN E"
)
_NH_FIRST = _split(
    "JAMES;JOHN;ROBERT;MICHAEL;WILLIAM;DAVID;RICHARD;JOSEPH;THOMAS;CHARLES;CHRISTOPHER;DANIEL;MATTHEW;ANTHONY;MARK;"
    "DONALD;STEVEN;PAUL;ANDREW;JOSHUA;KENNETH;KEVIN;BRIAN;GEORGE;TIMOTHY;MARY;PATRICIA;JENNIFER;LINDA;ELIZABETH;"
    "BARBARA;SUSAN;JESSICA;SARAH;KAREN;LISA;NANCY;BETTY;MARGARET;SANDRA;ASHLEY;KIMBERLY;EMILY;DONNA;MICHELLE;"
    "CAROL;AMANDA;MELISSA;DEBORAH;STEPHANIE;CYRENTHA;LATOYA;TAMEKA;DESHAWN;JUAN;CARLOS;JOSE;LUIS;MOHAMED;AHMED"
)
_NH_MIDDLE = _split("LYNETTE;ANN;MARIE;LEE;LYNN;RAY;WAYNE;ALLEN;JEAN;MICHELLE;EDWARD;JAMES;LOUISE;DEAN;E.;W.;R.;J.")
_NH_LAST = _split(
    "SMITH;JOHNSON;WILLIAMS;BROWN;JONES;GARCIA;MILLER;DAVIS;RODRIGUEZ;MARTINEZ;HERNANDEZ;LOPEZ;WILSON;ANDERSON;"
    "THOMAS;TAYLOR;MOORE;JACKSON;MARTIN;LEE;THOMPSON;WHITE;HARRIS;CLARK;LEWIS;ROBINSON;WALKER;YOUNG;ALLEN;KING;"
    "WRIGHT;SCOTT;HILL;GREEN;ADAMS;BAKER;NELSON;CARTER;MITCHELL;CAMPBELL;FRAZIER;BURGESS;HOLT;PRATT;CRUTCHER;"
    "OVERTON;GAINES;BRADFORD;TUCKER;MCCLAIN;HAYNES;PHILLIPS;SHELTON;DOWLEN;WARD;COOPER;BRYANT;HOOPER;JARRETT"
)
_NH_FIRMS = _split("MUSIC CITY;CUMBERLAND;VOLUNTEER;HARPETH;MIDDLE TENNESSEE;DAVIDSON;MAGNOLIA;RIVERGATE;OAK HILL")
_NH_FIRM_TAILS = _split("PROPERTIES, LLC;HOMES, LLC;INVESTMENTS, LLC;PARTNERS, LP;DEVELOPMENT, INC.;BUILDERS, INC.")
_NH_BEDROOMS = "1:2;2:15;3:52;4:24;5:6;6:1"


def _nh_owner(rng: np.random.Generator) -> str:
    last, first = str(_one(rng, _NH_LAST)), str(_one(rng, _NH_FIRST))
    roll = float(rng.random())
    if roll < 0.1:
        return f"{_one(rng, _NH_FIRMS)} {_one(rng, _NH_FIRM_TAILS)}"
    if roll < 0.45:
        return f"{last}, {first} & {_one(rng, _NH_FIRST)}"
    if roll < 0.8:
        return f"{last}, {first} {_one(rng, _NH_MIDDLE)}"
    return f"{last}, {first}"


def _nh_parcel(rng: np.random.Generator, condo: bool, used: set[str]) -> str:
    while True:
        suffix = str(_one(rng, ["0A", "0B", "0D", "0D"])) if condo else "0"
        block, lot = int(rng.integers(1, 190)), int(rng.integers(1, 400))
        parcel = f"{block:03d} {int(rng.integers(0, 17)):02d} {suffix} {lot:03d}.00"
        if parcel not in used:
            used.add(parcel)
            return parcel


def _nh_sale(
    rng: np.random.Generator, day: pd.Timestamp, city: str, land_use: str, street: str, used: set[str]
) -> dict[str, Any]:
    _w, factor, districts = _NH_CITIES[city]
    condo = "CONDO" in land_use
    vacant = land_use.startswith("VACANT")
    address = f"{int(rng.integers(100, 8000))}  {street}"
    growth = 1.06 ** (day.year - 2013)
    details = not condo and rng.random() < 0.7
    row: dict[str, Any] = {
        "ParcelID": _nh_parcel(rng, condo, used),
        "LandUse": land_use,
        "PropertyAddress": f"{address}, {city}",
        "SaleDate": f"{day:%B} {day.day}, {day.year}",
    }
    owner: dict[str, Any] = dict.fromkeys(
        _split("OwnerName;OwnerAddress;Acreage;TaxDistrict;LandValue;BuildingValue;TotalValue;YearBuilt;Bedrooms"),
        None,
    ) | {"FullBath": None, "HalfBath": None}
    if details:
        acreage = float(np.clip(rng.lognormal(np.log(0.9 if vacant else 0.32), 0.8 if vacant else 0.55), 0.04, 40))
        land = round(factor * np.sqrt(acreage) * float(rng.lognormal(np.log(52000), 0.35)), -2)
        building = 0.0
        owner |= {
            "OwnerName": _nh_owner(rng),
            "OwnerAddress": f"{address}, {city}, TN" if rng.random() < 0.92 else None,
            "Acreage": round(acreage, 2),
            "TaxDistrict": _draw(rng, districts),
        }
        if not vacant:
            beds = int(_draw(rng, _NH_BEDROOMS))
            built = int(np.clip(rng.normal(1972, 24), 1890, 2016))
            building = round(factor * (30000 + 38000 * beds + 650 * (built - 1890)) * float(rng.lognormal(0, 0.28)), -2)
            owner |= {
                "YearBuilt": built,
                "Bedrooms": None if rng.random() < 0.04 else beds,
                "FullBath": int(np.clip(round(0.6 * beds + float(rng.normal(0, 0.5))), 1, 5)),
                "HalfBath": None if rng.random() < 0.06 else int(_draw(rng, "0:62;1:34;2:4")),
            }
        owner |= {"LandValue": land, "BuildingValue": building, "TotalValue": land + building}
        price = (land + building) * float(rng.lognormal(0.1, 0.3)) * growth
    elif condo:
        price = factor * float(rng.lognormal(np.log(185000), 0.45)) * growth
    elif vacant:
        price = factor * float(rng.lognormal(np.log(42000), 0.8)) * growth
    else:
        price = factor * float(rng.lognormal(np.log(225000), 0.45)) * growth
    price = max(1000, int(round(price, -3 if rng.random() < 0.7 else -2)))
    sold_vacant = rng.random() < (0.75 if vacant else 0.03)
    short = rng.random() < (0.06 if sold_vacant else 0.012)
    flag = ("Y" if short else "Yes") if sold_vacant else ("N" if short else "No")
    return row | {
        "SalePrice": f"${price:,}" if rng.random() < 0.005 else price,
        "LegalReference": f"{day:%Y%m%d}-{int(rng.integers(1, 130000)):07d}",
        "SoldAsVacant": flag,
        **owner,
    }


def _nashville_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5301)
    n = 2900
    days = pd.date_range("2013-01-02", "2016-12-30", freq="D")
    weight = np.array([_NH_YEARS[d.year] / 365 for d in days])
    weight *= 1 + 0.25 * np.sin(2 * np.pi * (days.dayofyear.to_numpy() - 80) / 365.25)
    weight *= np.where(days.dayofweek.to_numpy() >= 5, 0.12, 1.0)
    picks = np.sort(rng.choice(len(days), n, p=weight / weight.sum()))
    cities = list(_NH_CITIES)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for i in range(n):
        city = str(_one(rng, cities, [v[0] for v in _NH_CITIES.values()]))
        rows.append(
            _nh_sale(rng, days[int(picks[i])], city, _draw(rng, _NH_LAND_USES), str(_one(rng, _NH_STREETS)), used)
        )
    for _deal_no in range(3):
        day = days[int(rng.integers(0, len(days)))]
        city, street = str(_one(rng, cities[1:6])), str(_one(rng, _NH_STREETS))
        price = int(_one(rng, [850000, 1250000, 2400000]))
        legal = f"{day:%Y%m%d}-{int(rng.integers(1, 130000)):07d}"
        for _lot in range(int(rng.integers(4, 8))):
            lot = _nh_sale(rng, day, city, "VACANT RESIDENTIAL LAND", street, used)
            rows.append(lot | {"SalePrice": price, "LegalReference": legal, "SoldAsVacant": "No"})
    for day in (pd.Timestamp("2019-06-21"), pd.Timestamp("2019-12-13")):
        rows.append(_nh_sale(rng, day, "NASHVILLE", "SINGLE FAMILY", str(_one(rng, _NH_STREETS)), used))
    for i in rng.choice(len(rows), 15, replace=False):
        rows[int(i)]["PropertyAddress"] = None
    rows += [dict(rows[int(i)]) for i in rng.choice(len(rows), 28, replace=False)]
    frame = pd.DataFrame(rows)
    frame.insert(0, "UniqueID ", rng.choice(np.arange(1, 56478), len(frame), replace=False))
    frame["_day"] = pd.to_datetime(frame["SaleDate"], format="%B %d, %Y")
    frame = frame.sort_values(["ParcelID", "_day", "UniqueID "], kind="stable", ignore_index=True)
    frame = frame.drop(columns="_day")
    for column in _split("LandValue;BuildingValue;TotalValue;YearBuilt;Bedrooms;FullBath;HalfBath"):
        frame[column] = pd.array([None if pd.isna(x) else int(x) for x in frame[column]], dtype="Int64")
    return frame


def _nh_price(numbers_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    """SalePrice as numbers: the "$120,000" texts read too, or left out."""

    def price(d: pd.DataFrame) -> pd.Series:
        return pd.to_numeric(d["SalePrice"], errors="coerce") if numbers_only else _number(d["SalePrice"])

    return price


def _nh_either_price(make: Callable[[Callable[[pd.DataFrame], pd.Series]], Check]) -> Check:
    return either(make(_nh_price(False)), make(_nh_price(True)))


def _nh_city_counts(d: pd.DataFrame) -> pd.Series:
    return _counts(_text(d["PropertyAddress"]).str.split(",").str[-1].str.strip())


def _nh_years(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def counts(d: pd.DataFrame) -> list[float]:
        kept = d.drop(columns="UniqueID ").drop_duplicates() if unique else d
        return _per_year(pd.to_datetime(kept["SaleDate"], format="%B %d, %Y").dt.year, range(2013, 2017))

    return counts


def _nh_bedroom_means(
    price: Callable[[pd.DataFrame], pd.Series], houses_only: bool
) -> Callable[[pd.DataFrame], list[float]]:
    """The mean price of 3- and 4-bedroom sales, of every land use or of single family houses only."""

    def means(d: pd.DataFrame) -> list[float]:
        kept = _text(d["LandUse"]) == "SINGLE FAMILY" if houses_only else d["Bedrooms"].notna()
        return [float(price(d)[kept & (d["Bedrooms"] == k)].mean()) for k in (3, 4)]

    return means


_NH_MONEY = (1e3, 1e6)
_NH_ID = ("UniqueID ", "ParcelID")
_NASHVILLE_QS = [
    Q(
        "whats the average sale price?",
        _nh_either_price(lambda p: _scaled(lambda d: float(p(d).mean()), _NH_MONEY)),
        (*_NH_ID, "SalePrice"),
    ),
    Q(
        "how many properties were sold as vacant",
        _count(lambda d: float(_text(d["SoldAsVacant"]).isin(["Y", "Yes"]).sum())),
        (*_NH_ID, "SoldAsVacant"),
    ),
    Q(
        "top 5 citys by number of sales",
        _top_named(_nh_city_counts, 5),
        (*_NH_ID, "PropertyAddress", "OwnerAddress"),
    ),
    Q(
        "number of sales per year?",
        either(_count(_nh_years(False)), _count(_nh_years(True))),
        (*_NH_ID, "SaleDate"),
    ),
    Q(
        "compare avg sale price for 3 bedroom vs 4 bedroom homes",
        either(
            _nh_either_price(lambda p: _scaled(_nh_bedroom_means(p, False), _NH_MONEY)),
            _nh_either_price(lambda p: _scaled(_nh_bedroom_means(p, True), _NH_MONEY)),
        ),
        (*_NH_ID, "Bedrooms", "SalePrice", "LandUse"),
    ),
    Q(
        "is SalePrice correlated with TotalValue?",
        _nh_either_price(lambda p: _corr(p, lambda d: d["TotalValue"])),
        (*_NH_ID, "SalePrice", "TotalValue"),
    ),
]


# --- 2. Seattle pet licenses (Seattle Open Data "Seattle Pet Licenses") ---------------------------------------------

_SP_SPECIES = "Dog:2590;Cat:1400;Goat:7;Pig:3"
_SP_YEARS = {2015: 9, 2016: 17, 2017: 32, 2018: 42}
_SP_DOG_NAMES = (
    "Lucy:38;Charlie:35;Bella:33;Luna:28;Daisy:27;Max:25;Penny:20;Lola:19;Sadie:19;Molly:18;Buddy:17;Cooper:17;"
    "Bailey:16;Stella:16;Rosie:15;Winston:14;Maggie:14;Ruby:14;Teddy:13;Murphy:13;Louie:12;Jack:12;Zoe:12;Gus:11;"
    "Finn:11;Rocky:10;Toby:10;Roxy:10;Riley:10;Olive:9;Pepper:9;Ollie:9;Sophie:9;Milo:9;Tucker:9;Lily:8;Maddie:8"
)
_SP_CAT_NAMES = (
    "Luna:14;Oliver:13;Lucy:11;Charlie:11;Max:10;Leo:10;Lily:9;Milo:9;Simba:8;Jack:8;Chloe:8;Bella:8;Kitty:7;"
    "Sophie:7;Loki:7;Pumpkin:6;Jasper:6;Tiger:6;Shadow:6;Smokey:6;Gracie:5;Cleo:5;Oscar:5;Felix:5;Mittens:5"
)
_SP_RARE = _split(
    "Abby;Ace;Ajax;Alfie;Amos;Annie;Apollo;Archie;Arlo;Artemis;Asher;Athena;Atlas;Aspen;Banjo;Baxter;Bean;Beau;"
    "Benny;Bentley;Biscuit;Blue;Bodhi;Bonnie;Boomer;Boots;Brady;Brody;Bruno;Bubba;Buster;Butters;Cali;Callie;Captain;"
    "Casper;Cassie;Chester;Chewy;Chico;Cinnamon;Clover;Coco;Cody;Cookie;Copper;Cosmo;Crosby;Dexter;Diesel;Dixie;"
    "Dodger;Domino;Duke;Dusty;Eddie;Ella;Ellie;Elvis;Ember;Emma;Enzo;Fiona;Frankie;Fred;Freya;Fritz;George;Ginger;"
    "Goose;Gizmo;Gracie Lou;Hank;Harley;Harper;Hazel;Henry;Honey;Hudson;Hunter;Iggy;Indy;Izzy;Jake;Jasmine;Java;"
    "Jax;Jojo;Juniper;Kai;Kira;Koda;Lady;Layla;Lemon;Lenny;Lexi;Lilo;Lincoln;Linus;Lulu;Mabel;Mango;Marley;Maya;Mia;"
    "Mickey;Millie;Minnie;Mocha;Moose;Mowgli;Nala;Nellie;Nico;Nova;Nugget;Odin;Opal;Oreo;Otis;Otto;Panda;Peaches;"
    "Peanut;Pearl;Pebbles;Phoebe;Piper;Pippin;Pixie;Poppy;Porter;Potato;Prince;Queenie;Quinn;Rex;Remy;Rigby;Ripley;"
    "Rocco;Rolo;Romeo;Rufus;Rusty;Sage;Sam;Sammy;Sasha;Scout;Shiloh;Sierra;Skye;Slinky;Snickers;Sparky;Spot;Stanley;"
    "Sugar;Sunny;Sushi;Tank;Taz;Thor;Tilly;Tinkerbell;Titan;Tofu;Trixie;Turbo;Twix;Uma;Vader;Violet;Waffles;Wally;"
    "Walter;Watson;Willow;Wilson;Xena;Yoda;Yoshi;Zelda;Ziggy;Ziggy Stardust;Zeus;Mochi;Poppy Seed;Rainier;Orca;"
    "Salmon;Pike;Ballard;Fremont;Kobe;Wilbur;Hobbes;Calvin;Frodo;Samwise;Gandalf;Pippa;Dobby;Hermione;Sirius;Bowie;"
    "Ringo;Lennon;Hendrix;Cobain;Eddie Vedder;Kurt;Marshmallow;Meatball;Noodle;Pickles;Pretzel;Tater Tot;Wasabi"
)
_SP_GOAT_NAMES = _split("Billy;Nanny;Clover;Hazel;Pepper;Buttercup;Dandelion;Heidi")
_SP_PIG_NAMES = _split("Wilbur;Hamlet;Pork Chop;Petunia;Truffles")
_SP_DOG_BREEDS = (
    "Retriever, Labrador:11;Chihuahua, Short Coat:5;Retriever, Golden:5.5;Terrier:4;German Shepherd:4;"
    "Australian Shepherd:3.5;Poodle, Standard:2.5;Dachshund, Standard Smooth Haired:2;Terrier, Jack Russell:2.5;"
    "Poodle, Miniature:2.5;Corgi, Pembroke Welsh:2;Border Collie:2;Boxer:1.5;Pug:1.5;Beagle:2;Siberian Husky:1.5;"
    "Boston Terrier:1.5;Havanese:1.5;Shih Tzu:1.5;French Bulldog:1.5;Pit Bull:1.2;Australian Cattle Dog:1.5;"
    "Terrier, Yorkshire:1.2;Schnauzer, Miniature:1.3;Maltese:1;Cavalier King Charles Spaniel:1.2;Vizsla:0.8;"
    "Mixed Breed, Medium (up to 44 lbs fully grown):4;Mixed Breed, Small (under 24 lbs fully grown):3;"
    "Mixed Breed, Large (over 44 lbs fully grown):2.5"
)
_SP_CAT_BREEDS = (
    "Domestic Shorthair:55;Domestic Medium Hair:13;Domestic Longhair:12;American Shorthair:6;Siamese:3;"
    "Maine Coon:2.5;Ragdoll:1.5;Bengal:1;Russian Blue:1;Persian:0.5;LaPerm:0.5;Manx:0.5"
)
_SP_GOAT_BREEDS = "Miniature:3;Alpine:1;Nubian:1;Oberhasli:1;LaMancha:1;Pygmy:2"
_SP_DOG_SECOND = (
    ":65;Mix:14;Terrier:3.5;Poodle, Standard:2.8;Poodle, Miniature:2.8;Retriever, Labrador:2;"
    "Chihuahua, Short Coat:1.7;Australian Shepherd:1.4;Shepherd:1;Spaniel:1;Pit Bull:1;Beagle:0.8;Boxer:0.7"
)
_SP_CAT_SECOND = ":80;Mix:17;Siamese:1.5;Maine Coon:0.8;Domestic Shorthair:0.7"
_SP_ZIPS = (
    "98115:9.5;98117:7.8;98103:7.5;98125:5.5;98107:4.8;98118:4.6;98116:4.5;98122:4.4;98199:3.7;98112:3.5;"
    "98126:3.2;98144:3.2;98105:3;98133:2.9;98136:2.8;98102:2.5;98119:2.5;98109:2.3;98106:2.1;98177:2;98108:1.8;"
    "98121:1.4;98104:0.6;98178:0.9;98146:0.7;98168:0.3;98101:0.6;98052:0.2;98155:0.2;98028:0.1;98166:0.1"
)


def _sp_name(rng: np.random.Generator, species: str) -> str | None:
    if rng.random() < 0.015:
        return None
    if species == "Goat":
        return str(_one(rng, _SP_GOAT_NAMES))
    if species == "Pig":
        return str(_one(rng, _SP_PIG_NAMES))
    popular = _SP_DOG_NAMES if species == "Dog" else _SP_CAT_NAMES
    if rng.random() < (0.45 if species == "Dog" else 0.4):
        return _draw(rng, popular)
    return str(_one(rng, _SP_RARE))


def _pets_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5302)
    species = _deal(rng, _SP_SPECIES, 4000)
    stamps: list[pd.Timestamp] = []
    for _pet in species:
        if rng.random() < 0.003:
            year = int(rng.integers(2006, 2015))
        else:
            year = int(_one(rng, list(_SP_YEARS), list(_SP_YEARS.values())))
        stamps.append(pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365))))
    order = np.argsort(np.array([t.value for t in stamps]), kind="stable")
    taken: set[str] = set()
    rows: list[dict[str, Any]] = []
    for i in order:
        kind, day = species[int(i)], stamps[int(i)]
        while True:
            number = (
                f"S{int(rng.integers(100000, 999999))}" if rng.random() < 0.75 else str(rng.integers(100000, 9999999))
            )
            if number not in taken:
                taken.add(number)
                break
        if kind == "Dog":
            breed, second = _draw(rng, _SP_DOG_BREEDS), _draw(rng, _SP_DOG_SECOND)
        elif kind == "Cat":
            breed, second = _draw(rng, _SP_CAT_BREEDS), _draw(rng, _SP_CAT_SECOND)
        elif kind == "Goat":
            breed, second = _draw(rng, _SP_GOAT_BREEDS), ""
        else:
            breed, second = "Pot-Bellied", ""
        roll = float(rng.random())
        zip_code: str | None = _draw(rng, _SP_ZIPS)
        if roll < 0.006:
            zip_code = None
        elif roll < 0.04:
            zip_code = f"{zip_code}-{int(rng.integers(1000, 9999))}"
        rows.append(
            {
                "License Issue Date": f"{day:%B} {day.day} {day.year}",
                "License Number": number,
                "Animal's Name": _sp_name(rng, kind),
                "Species": kind,
                "Primary Breed": breed,
                "Secondary Breed": second or None,
                "ZIP Code": zip_code,
            }
        )
    return pd.DataFrame(rows)


def _sp_zip(raw: bool) -> Callable[[pd.DataFrame], pd.Series]:
    """ZIP codes as written, or cut to their first five digits ("98115-1234" as 98115)."""

    def zips(d: pd.DataFrame) -> pd.Series:
        text = _text(d["ZIP Code"]).str.replace(r"\.0$", "", regex=True)
        return text if raw else text.str[:5]

    return zips


def _sp_zip_cats(raw: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        zips = _sp_zip(raw)(d)
        return float(((zips == _top(zips)) & (_text(d["Species"]) == "Cat")).sum())

    return count


def _sp_years(d: pd.DataFrame) -> list[float]:
    days = pd.to_datetime(_text(d["License Issue Date"]), format="%B %d %Y")
    return _per_year(days.dt.year, range(2015, 2019))


_SP_ID = ("License Number",)
_PETS_QS = [
    Q(
        "how many cats are registered?",
        _count(lambda d: float((_text(d["Species"]) == "Cat").sum())),
        (*_SP_ID, "Species"),
    ),
    Q(
        "what % of licensed pets are dogs",
        _share(lambda d: float((_text(d["Species"]) == "Dog").mean())),
        (*_SP_ID, "Species"),
    ),
    Q(
        "top 5 most popular dog names",
        _top_named(lambda d: _counts(d.loc[_text(d["Species"]) == "Dog", "Animal's Name"]), 5),
        (*_SP_ID, "Animal's Name", "Species"),
    ),
    Q(
        "which zip code has the most pets?",
        _lead(either(_named(lambda d: _top(_sp_zip(False)(d))), _named(lambda d: _top(_sp_zip(True)(d))))),
        (*_SP_ID, "ZIP Code"),
    ),
    Q(
        "how many of those are cats?",
        either(_count(_sp_zip_cats(False)), _count(_sp_zip_cats(True))),
        (*_SP_ID, "ZIP Code", "Species"),
    ),
    Q(
        "licenses issued per year - is it going up?",
        _count(_sp_years),
        (*_SP_ID, "License Issue Date"),
    ),
]


# --- 3. Austin Animal Center outcomes (City of Austin Open Data "Austin Animal Center Outcomes") --------------------

_AA_TYPES = "Dog:2750;Cat:1925;Other:295;Bird:25;Livestock:5"
# animal type: outcome types, chance of being under a year old, mean years when older, chance of a name (and of "*")
_AA_KINDS: dict[str, tuple[str, float, float, float, float]] = {
    "Dog": (
        "Adoption:46;Transfer:22;Return to Owner:26.5;Euthanasia:4;Died:0.3;Rto-Adopt:0.9;Missing:0.05;:0.05",
        0.38,
        3.2,
        0.88,
        0.35,
    ),
    "Cat": (
        "Adoption:47;Transfer:40;Return to Owner:5;Euthanasia:5;Died:1.8;Rto-Adopt:0.3;Missing:0.1",
        0.62,
        3.5,
        0.6,
        0.55,
    ),
    "Other": ("Euthanasia:45;Transfer:30;Adoption:12;Return to Owner:3;Disposal:8;Died:2", 0.25, 1.2, 0.08, 0.5),
    "Bird": ("Adoption:40;Transfer:40;Euthanasia:10;Return to Owner:5;Disposal:5", 0.2, 1.8, 0.2, 0.5),
    "Livestock": ("Adoption:50;Transfer:30;Return to Owner:20", 0.3, 2.0, 0.6, 0.3),
}
_AA_SUBTYPES = {
    "Adoption": ":78;Foster:20;Offsite:2",
    "Transfer": "Partner:80;SCRP:15;Snr:5",
    "Euthanasia": "Suffering:50;Rabies Risk:25;Aggressive:10;Medical:10;Behavior:5",
    "Died": "In Kennel:50;In Foster:25;Enroute:10;At Vet:15",
}
_AA_BREEDS = {
    "Dog": "Pit Bull Mix:14;Labrador Retriever Mix:12;Chihuahua Shorthair Mix:10;German Shepherd Mix:5;"
    "Australian Cattle Dog Mix:3;Dachshund Mix:2;Boxer Mix:2;Border Collie Mix:2;Miniature Poodle Mix:1.5;"
    "Siberian Husky Mix:1.5;Labrador Retriever:1.4;Pit Bull:1.4;Chihuahua Shorthair:1.5;German Shepherd:1.2;"
    "Australian Shepherd Mix:1.3;Catahoula Mix:1;Great Pyrenees Mix:1;Rottweiler Mix:1;Jack Russell Terrier Mix:1.2;"
    "Yorkshire Terrier Mix:1;Beagle Mix:1;Pit Bull/Labrador Retriever:0.8;Labrador Retriever/Pit Bull:0.7;"
    "German Shepherd/Labrador Retriever:0.5;Shih Tzu Mix:0.8;Miniature Schnauzer Mix:0.7;Staffordshire Mix:0.6;"
    "Cairn Terrier Mix:0.4;Chihuahua Shorthair/Dachshund:0.6;Anatol Shepherd Mix:0.4",
    "Cat": "Domestic Shorthair Mix:75;Domestic Shorthair:8;Domestic Medium Hair Mix:7;Domestic Longhair Mix:4;"
    "Siamese Mix:4;American Shorthair Mix:1;Snowshoe Mix:0.5;Maine Coon Mix:0.5",
    "Other": "Bat Mix:30;Bat:10;Raccoon Mix:12;Raccoon:5;Rabbit Sh Mix:15;Guinea Pig Mix:5;Opossum Mix:6;Skunk Mix:5;"
    "Squirrel Mix:3;Fox Mix:3;Hamster Mix:2;Rat Mix:2;Ferret Mix:1;Turtle Mix:1",
    "Bird": "Chicken Mix:30;Pigeon Mix:20;Parakeet Mix:15;Cockatiel Mix:10;Duck Mix:10;Grackle Mix:8;Dove Mix:7",
    "Livestock": "Pig Mix:50;Goat Mix:30;Potbelly Pig Mix:20",
}
_AA_COLORS = {
    "Dog": "Black/White:10;Brown/White:6;Tan/White:5;Black:6;White:4;Brown:4;Tan:5;Black/Tan:4;Tricolor:4;"
    "Brown Brindle/White:3;Blue/White:3;White/Black:3;Red:2;Chocolate/White:2;Sable:1;Cream:1;Red/White:2",
    "Cat": "Brown Tabby:12;Black:12;Black/White:8;Brown Tabby/White:7;Orange Tabby:7;Tortie:4;Calico:4;Blue Tabby:3;"
    "Blue:3;White/Black:2;Torbie:2;Cream Tabby:2;Orange Tabby/White:3;Lynx Point:1;Seal Point:1",
    "Other": "Brown:30;Black:15;Gray:15;White:5;Brown/Black:5;Black/White:5;Gray/White:4;Tan:3",
    "Bird": "White:20;Black:20;Gray:15;Brown:15;Green/Yellow:10;Blue/White:5",
    "Livestock": "Black:30;Pink:30;Brown/White:20;White:20",
}
_AA_NAMES = {
    "Dog": _split(
        "Max;Bella;Luna;Rocky;Daisy;Charlie;Lucy;Buddy;Coco;Princess;Lola;Oreo;Bear;Blue;Duke;Zeus;Nala;Rosie;Milo;"
        "Cookie;Lady;Chico;Diamond;Honey;Toby;Jack;Sadie;Ginger;Penny;Roxy;Maggie;Bruno;Tank;Shadow;Lucky;Peanut;"
        "Sasha;Layla;Brownie;Chloe;Gizmo;Ruby;Buster;Apollo;Canela;Chiquita;Pepper;Rex;Kira;Remy;Hazel;Moose"
    ),
    "Cat": _split(
        "Luna;Oliver;Kitty;Milo;Shadow;Simba;Tiger;Smokey;Cleo;Pumpkin;Oreo;Salem;Mittens;Jasper;Felix;Lily;Leo;"
        "Bella;Max;Gracie;Pepper;Sophie;Ginger;Boots;Socks;Midnight;Sylvester;Coco;Patches;Willow;Nala;Peanut"
    ),
    "Other": _split("Bun Bun;Thumper;Oreo;Peanut;Cinnamon;Hazel;Rocky;Bandit"),
    "Bird": _split("Tweety;Kiwi;Sunny;Pickles;Mango;Sky"),
    "Livestock": _split("Wilbur;Hamlet;Babe;Billy;Daisy"),
}
_AA_MONTHS = {
    "Adoption": "1:8;2:7;3:7;4:7;5:8;6:9;7:12;8:10;9:8;10:8.5;11:8;12:9.5",
    "": "1:7.5;2:7;3:7.5;4:8;5:9.5;6:10;7:10;8:9;9:8;10:8.5;11:7.5;12:7.5",
}
_AA_HOURS = "8:3;9:4;10:6;11:9;12:10;13:11;14:11;15:11;16:11;17:12;18:9;19:3"


def _aa_age(days: int) -> str:
    """The age as the shelter writes it: whole years, else months, weeks or days ("2 years", "1 month")."""
    for unit, size in (("year", 365), ("month", 30), ("week", 7), ("day", 1)):
        if days >= size:
            k = days // size
            return f"{k} {unit}{'' if k == 1 else 's'}"
    return "0 years"


def _aa_days(rng: np.random.Generator, kind: str) -> int:
    _o, young, years, _n, _s = _AA_KINDS[kind]
    if rng.random() < young:
        days = int(np.clip(rng.gamma(2.2, 45), 3, 364))
    else:
        days = int(365 * (1 + rng.exponential(years - 1 if years > 1 else 0.3)) + int(rng.integers(0, 365)))
    return 368 if days in (365, 366, 367) else min(days, 20 * 365)


def _aa_sex(rng: np.random.Generator, kind: str, outcome: str) -> str:
    if kind in ("Other", "Bird") and rng.random() < 0.85:
        return "Unknown"
    if kind in ("Dog", "Cat") and rng.random() < (0.02 if kind == "Dog" else 0.05):
        return "Unknown"
    male = rng.random() < 0.5
    intact = {"Adoption": 0.03, "Rto-Adopt": 0.03, "Transfer": 0.6, "Return to Owner": 0.45}.get(outcome, 0.7)
    if kind in ("Other", "Bird", "Livestock") or rng.random() < intact:
        return "Intact Male" if male else "Intact Female"
    return "Neutered Male" if male else "Spayed Female"


def _aa_when(rng: np.random.Generator, outcome: str) -> pd.Timestamp:
    month = int(_draw(rng, _AA_MONTHS["Adoption" if outcome == "Adoption" else ""]))
    start = pd.Timestamp(int(rng.integers(2014, 2020)), month, 1)
    hour = int(_draw(rng, _AA_HOURS))
    return start + pd.Timedelta(
        days=int(rng.integers(0, start.days_in_month)), hours=hour, minutes=int(rng.integers(0, 60))
    )


def _aa_row(rng: np.random.Generator, kind: str, when: pd.Timestamp, days: int, outcome: str) -> dict[str, Any]:
    born = when.normalize() - pd.Timedelta(days=days)
    age = _aa_age(days)
    if days < 365 and rng.random() < 0.01:
        age = "0 years"
    return {
        "DateTime": f"{when:%m/%d/%Y %I:%M:%S %p}",
        "MonthYear": f"{when:%B %Y}",
        "Date of Birth": f"{born:%m/%d/%Y}",
        "Outcome Type": outcome or None,
        "Outcome Subtype": (_draw(rng, _AA_SUBTYPES[outcome]) or None) if outcome in _AA_SUBTYPES else None,
        "Animal Type": kind,
        "Sex upon Outcome": _aa_sex(rng, kind, outcome),
        "Age upon Outcome": age,
    }


def _austin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5303)
    kinds = _deal(rng, _AA_TYPES, 4950)
    taken: set[str] = set()
    rows: list[dict[str, Any]] = []
    for kind in kinds:
        table, _y, _m, named, starred = _AA_KINDS[kind]
        outcome = _draw(rng, table)
        when = _aa_when(rng, outcome)
        while True:
            number = 665000 + int((when - pd.Timestamp("2014-01-01")).days * 70) - int(rng.integers(0, 4000))
            animal = f"A{number}"
            if animal not in taken:
                taken.add(animal)
                break
        name = None
        if rng.random() < named:
            name = ("*" if rng.random() < starred else "") + str(_one(rng, _AA_NAMES[kind]))
        rows.append(
            {"Animal ID": animal, "Name": name}
            | _aa_row(rng, kind, when, _aa_days(rng, kind), outcome)
            | {"Breed": _draw(rng, _AA_BREEDS[kind]), "Color": _draw(rng, _AA_COLORS[kind])}
        )
    pets = [i for i, r in enumerate(rows) if r["Animal Type"] in ("Dog", "Cat")]
    for i in rng.choice(pets, 50, replace=False):
        first = rows[int(i)]
        before = pd.Timestamp(first["DateTime"])
        when = before + pd.Timedelta(days=int(rng.integers(20, 400)), hours=int(rng.integers(-3, 4)))
        if when.year > 2019:
            continue
        days = (when.normalize() - pd.Timestamp(first["Date of Birth"])).days
        days = 368 if days in (365, 366, 367) else days
        outcome = _draw(rng, _AA_KINDS[first["Animal Type"]][0]) or "Adoption"
        again = _aa_row(rng, first["Animal Type"], when, days, outcome)
        again["Date of Birth"] = first["Date of Birth"]
        rows.append(first | again)
    rows[int(rng.integers(0, len(rows)))]["Sex upon Outcome"] = None
    order = rng.permutation(len(rows))
    return pd.DataFrame([rows[int(i)] for i in order])


def _aa_kind(d: pd.DataFrame, kind: str, last_only: bool) -> pd.DataFrame:
    part = d[_text(d["Animal Type"]) == kind]
    if last_only:
        when = pd.to_datetime(part["DateTime"], format="%m/%d/%Y %I:%M:%S %p")
        part = part.assign(_when=when).sort_values("_when", kind="stable").drop_duplicates("Animal ID", keep="last")
    return part


def _aa_adopted(kind: str) -> Check:
    """The share of one animal type adopted: per outcome or per animal's last outcome, with or without Rto-Adopt."""

    def share(last_only: bool, outcomes: tuple[str, ...]) -> Check:
        return _share(lambda d: float(_text(_aa_kind(d, kind, last_only)["Outcome Type"]).isin(outcomes).mean()))

    return either(*(share(last, out) for last in (False, True) for out in (("Adoption",), ("Adoption", "Rto-Adopt"))))


def _aa_young(d: pd.DataFrame) -> pd.DataFrame:
    when = pd.to_datetime(d["DateTime"], format="%m/%d/%Y %I:%M:%S %p")
    born = pd.to_datetime(d["Date of Birth"], format="%m/%d/%Y")
    return d[(when - born) < pd.Timedelta(days=365)]


def _aa_adoption_month(d: pd.DataFrame) -> int:
    adopted = d[_text(d["Outcome Type"]) == "Adoption"]
    months = pd.to_datetime(adopted["DateTime"], format="%m/%d/%Y %I:%M:%S %p").dt.month
    return int(_ranked(months.value_counts()).index[0])


def _aa_euthanasia(d: pd.DataFrame) -> pd.Series:
    """Euthanasia rates by animal type, highest first."""
    return _rates(_text(d["Outcome Type"]) == "Euthanasia", d["Animal Type"])


_AA_ID = ("Animal ID",)
_AA_WHEN = ("DateTime", "MonthYear")
_AUSTIN_QS = [
    Q(
        "what percent of dogs get adopted?",
        _aa_adopted("Dog"),
        (*_AA_ID, "Animal Type", "Outcome Type"),
    ),
    Q(
        "and for cats?",
        _aa_adopted("Cat"),
        (*_AA_ID, "Animal Type", "Outcome Type"),
    ),
    Q(
        "how many animals were younger than 1 year at outcome?",
        either(
            _count(lambda d: float(len(_aa_young(d)))),
            _count(lambda d: float(_aa_young(d)["Animal ID"].nunique())),
        ),
        (*_AA_ID, "Age upon Outcome", "Date of Birth", *_AA_WHEN),
    ),
    Q(
        "top 3 dog breeds",
        _top_named(lambda d: _counts(d.loc[_text(d["Animal Type"]) == "Dog", "Breed"]), 3),
        (*_AA_ID, "Animal Type", "Breed"),
    ),
    Q(
        "which month of the year has the most adoptions?",
        _lead(_month_of(_aa_adoption_month)),
        (*_AA_ID, "Outcome Type", *_AA_WHEN),
    ),
    Q(
        "which animal type has the highest euthanasia rate?",
        both(
            _lead(_named(lambda d: str(_aa_euthanasia(d).index[0]))), _share(lambda d: float(_aa_euthanasia(d).iloc[0]))
        ),
        (*_AA_ID, "Animal Type", "Outcome Type"),
    ),
]


# --- 4. Kickstarter projects (Kaggle "Kickstarter Projects", ks-projects-201801.csv) ----------------------------------

# main category: projects in the full file, success rate, sub-categories
_KS_CATEGORIES: dict[str, tuple[int, float, str]] = {
    "Film & Video": (
        63585,
        0.37,
        "Documentary:16;Shorts:12;Film & Video:10;Narrative Film:5;Webseries:3;Animation:3;Drama:2;Comedy:2;"
        "Horror:2;Music Videos:1",
    ),
    "Music": (
        51918,
        0.47,
        "Music:15;Rock:6;Indie Rock:6;Country & Folk:5;Hip-Hop:4;Pop:3;Jazz:2;Classical Music:2;Electronic Music:2",
    ),
    "Publishing": (
        39874,
        0.31,
        "Fiction:9;Nonfiction:8;Children's Books:7;Publishing:6;Poetry:3;Art Books:3;Periodicals:2;Young Adult:2",
    ),
    "Games": (35231, 0.36, "Tabletop Games:14;Video Games:11;Playing Cards:3;Games:3;Mobile Games:2;Puzzles:1"),
    "Technology": (
        32569,
        0.2,
        "Technology:7;Apps:6;Web:4;Hardware:4;Gadgets:3;Software:3;Wearables:2;3D Printing:2;Robots:1",
    ),
    "Design": (30070, 0.35, "Product Design:22;Graphic Design:3;Design:3;Architecture:1;Typography:1"),
    "Art": (
        28153,
        0.41,
        "Art:8;Painting:4;Illustration:3;Public Art:3;Mixed Media:2;Sculpture:2;Digital Art:2;Conceptual Art:1",
    ),
    "Food": (24602, 0.25, "Food:11;Restaurants:3;Drinks:3;Small Batch:3;Food Trucks:2;Farms:1;Vegan:1"),
    "Fashion": (22816, 0.25, "Fashion:9;Apparel:7;Accessories:3;Footwear:1;Jewelry:1;Childrenswear:1"),
    "Theater": (10913, 0.6, "Theater:7;Plays:2;Musical:1;Festivals:1;Immersive:0.3"),
    "Photography": (10779, 0.31, "Photography:5;Photobooks:3;People:1;Nature:1;Places:0.6"),
    "Comics": (10819, 0.54, "Comics:4;Comic Books:3;Graphic Novels:2;Webcomics:1;Anthologies:0.5"),
    "Crafts": (8809, 0.24, "Crafts:5;DIY:1;Woodworking:1;Knitting:0.5;Candles:0.5;Pottery:0.4"),
    "Journalism": (4755, 0.21, "Journalism:3;Web:1;Print:0.5;Video:0.5;Audio:0.4;Photo:0.3"),
    "Dance": (3768, 0.62, "Dance:3;Performances:1;Spaces:0.4;Workshops:0.3"),
}
# launch year: projects in the full file, success multiplier
_KS_YEARS = {2009: (1329, 1.0), 2010: (10519, 1.1), 2011: (26237, 1.3), 2012: (41165, 1.08), 2013: (44851, 1.1)}
_KS_YEARS |= {2014: (67745, 0.78), 2015: (77300, 0.68), 2016: (57184, 0.82), 2017: (52200, 0.9), 2018: (124, 1.0)}
# country: weight, currency, dollars per unit, first launch year
_KS_COUNTRIES: dict[str, tuple[float, str, float, int]] = {
    "US": (78, "USD", 1.0, 2009),
    "GB": (8.9, "GBP", 1.52, 2009),
    "CA": (3.9, "CAD", 0.82, 2013),
    "AU": (2.1, "AUD", 0.78, 2013),
    "DE": (1.1, "EUR", 1.12, 2014),
    "FR": (0.8, "EUR", 1.12, 2014),
    "IT": (0.8, "EUR", 1.12, 2014),
    "NL": (0.8, "EUR", 1.12, 2013),
    "ES": (0.6, "EUR", 1.12, 2014),
    "SE": (0.5, "SEK", 0.12, 2014),
    "MX": (0.5, "MXN", 0.056, 2016),
    "NZ": (0.4, "NZD", 0.71, 2013),
    "DK": (0.3, "DKK", 0.15, 2014),
    "IE": (0.2, "EUR", 1.12, 2014),
    "CH": (0.2, "CHF", 1.03, 2014),
    "NO": (0.2, "NOK", 0.12, 2014),
    "HK": (0.2, "HKD", 0.129, 2016),
    "BE": (0.2, "EUR", 1.12, 2014),
    "AT": (0.16, "EUR", 1.12, 2014),
    "SG": (0.15, "SGD", 0.73, 2016),
    "LU": (0.03, "EUR", 1.12, 2014),
    "JP": (0.02, "JPY", 0.0089, 2017),
}
_KS_WORDS = _split(
    "Phoenix;Journey;Dream;Project;Legacy;Horizon;Echo;Spark;Frontier;Voyage;Harvest;Shadow;Garden;River;Light;Story;"
    "Kingdom;City;Machine;Road;Home;Wild;Heart;Ocean;Forest;Star;Moon;Sun;Fire;Stone;Iron;Glass;Paper;Sound;Silence"
)
_KS_FORMS = _split(
    "The {w}: A {s};{w} {s};{w} & {v} - {s};Help us make {w} {v};{v} {w} ({s});The {v} {w};{w} - the debut {s};"
    "{w} {v}: Season One;{v}: a {s} about {w}"
)
_KS_CUTOFF = pd.Timestamp("2018-01-02 15:00:00")


def _ks_round(value: float) -> float:
    """A goal as people set them: two significant figures ("3800", "12000")."""
    digits = max(0, int(np.floor(np.log10(max(value, 1)))) - 1)
    return float(round(value / 10**digits) * 10**digits)


def _ks_drift(rng: np.random.Generator, currency: str) -> float:
    """Kickstarter's own conversion ("usd pledged") against the real one: the same for dollars, a little off for
    other currencies."""
    return 1.0 if currency == "USD" else float(rng.lognormal(0, 0.02))


def _ks_name(rng: np.random.Generator, sub: str) -> str:
    word, other = str(_one(rng, _KS_WORDS)), str(_one(rng, _KS_WORDS))
    return str(_one(rng, _KS_FORMS)).format(w=word, v=other, s=sub)


def _ks_state(rng: np.random.Generator, chance: float, launched: pd.Timestamp, deadline: pd.Timestamp) -> str:
    if deadline > _KS_CUTOFF.normalize():
        return "live"
    if launched.year in (2014, 2015, 2016) and rng.random() < 0.012:
        return "undefined"
    if rng.random() < chance:
        return "successful"
    return _draw(rng, "failed:80;canceled:18.5;suspended:1.5")


def _ks_project(rng: np.random.Generator, year: int) -> dict[str, Any]:
    start = pd.Timestamp("2009-04-21") if year == 2009 else pd.Timestamp(year, 1, 1)
    end = _KS_CUTOFF if year == 2018 else pd.Timestamp(year, 12, 31, 23, 59, 59)
    launched = start + pd.Timedelta(seconds=int(rng.integers(0, int((end - start).total_seconds()))))
    days = 30 if rng.random() < 0.45 else int(rng.integers(7, 61))
    deadline = (launched + pd.Timedelta(days=days)).normalize()
    main = str(_one(rng, list(_KS_CATEGORIES), [v[0] for v in _KS_CATEGORIES.values()]))
    _n, rate, subs = _KS_CATEGORIES[main]
    sub = _draw(rng, subs)
    allowed = {k: v for k, v in _KS_COUNTRIES.items() if v[3] <= year}
    country = str(_one(rng, list(allowed), [v[0] for v in allowed.values()]))
    _w, currency, dollars, _first = _KS_COUNTRIES[country]
    if currency != "USD":
        dollars *= float(rng.lognormal(0, 0.04))
    state = _ks_state(rng, min(0.92, rate * _KS_YEARS[year][1]), launched, deadline)
    median = {"successful": 3800, "failed": 9000, "canceled": 12000, "live": 7000}.get(state, 8000)
    goal_usd = float(np.clip(rng.lognormal(np.log(median), 1.1 if state == "successful" else 1.3), 100, 5e6))
    goal = _ks_round(goal_usd / dollars)
    if state == "successful":
        pledged = goal * (1 + float(rng.lognormal(np.log(0.15), 1.0)))
    elif rng.random() < {"failed": 0.25, "canceled": 0.3, "suspended": 0.3}.get(state, 0.1):
        pledged = 0.0
    else:
        pledged = goal * float(rng.beta(0.6, 6 if state in ("failed", "suspended") else 4))
    pledged = round(pledged, 2 if rng.random() < 0.4 else 0)
    real = round(pledged * dollars, 2)
    backers = 0 if pledged == 0 else max(1, round(real / float(rng.lognormal(np.log(75), 0.5))))
    undefined = state == "undefined"
    return {
        "name": _ks_name(rng, sub) + (" (Canceled)" if state == "canceled" and rng.random() < 0.35 else ""),
        "category": sub,
        "main_category": main,
        "currency": currency,
        "deadline": f"{deadline:%Y-%m-%d}",
        "goal": goal,
        "launched": f"{launched:%Y-%m-%d %H:%M:%S}",
        "pledged": pledged,
        "state": state,
        "backers": backers,
        "country": 'N,0"' if undefined else country,
        "usd pledged": None if undefined or rng.random() < 0.003 else round(real * _ks_drift(rng, currency), 2),
        "usd_pledged_real": real,
        "usd_goal_real": round(goal * dollars, 2),
    }


def _kickstarter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5304)
    years = _deal(rng, ";".join(f"{k}:{v[0]}" for k, v in _KS_YEARS.items()), 4998)
    rows = [_ks_project(rng, int(y)) for y in years]
    for _odd in range(2):
        row = _ks_project(rng, 2010) | {"launched": "1970-01-01 01:00:00", "state": "canceled", "pledged": 0.0}
        rows.append(row | {"backers": 0, "usd pledged": 0.0, "usd_pledged_real": 0.0})
    for i in rng.choice(len(rows), 2, replace=False):
        rows[int(i)]["name"] = None
    ids = rng.choice(np.arange(5971, 2147476221), len(rows), replace=False)
    frame = pd.DataFrame(rows)
    frame.insert(0, "ID", ids)
    return frame.sort_values("ID", key=lambda s: s.astype(str), kind="stable", ignore_index=True)


_KS_READINGS = ("all", "not live", "finished", "resolved")


def _ks_kept(d: pd.DataFrame, reading: str) -> pd.DataFrame:
    """The projects a success rate counts: all, all but live ones, only finished ones, or successes and failures."""
    state = _text(d["state"])
    left_out = {"all": (), "not live": ("live",), "finished": ("live", "undefined")}
    if reading == "resolved":
        return d[state.isin(["successful", "failed"])]
    return d[~state.isin(left_out[reading])]


def _ks_success(d: pd.DataFrame, reading: str) -> pd.Series:
    kept = _ks_kept(d, reading)
    return _text(kept["state"]) == "successful"


def _ks_launch_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["launched"]).str[:4], errors="coerce")


def _ks_rate(reading: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ks_success(d, reading).mean())


def _ks_best(by: str, reading: str) -> Callable[[pd.DataFrame], str]:
    """The group with the best success rate, by main category or by launch year."""

    def best(d: pd.DataFrame) -> str:
        kept = _ks_kept(d, reading)
        groups = _ks_launch_year(kept).astype(int).astype(str) if by == "year" else kept[by]
        return str(_rates(_ks_success(d, reading), groups).index[0])

    return best


def _ks_best_year(reading: str) -> Callable[[pd.DataFrame], float]:
    best = _ks_best("year", reading)
    return lambda d: float(best(d))


def _ks_goal_medians(d: pd.DataFrame) -> list[float]:
    state = _text(d["state"])
    return [float(d.loc[state == s, "usd_goal_real"].median()) for s in ("successful", "failed")]


_KS_ID = ("ID", "name")
_KICKSTARTER_QS = [
    Q(
        "what % of projects were successful?",
        either(*(_share(_ks_rate(r)) for r in _KS_READINGS)),
        (*_KS_ID, "state"),
    ),
    Q(
        "which main category has the best success rate",
        _lead(either(*(_named(_ks_best("main_category", r)) for r in _KS_READINGS))),
        (*_KS_ID, "main_category", "state"),
    ),
    Q(
        "median goal in usd for successful vs failed projects",
        _scaled(_ks_goal_medians, (1e3,)),
        (*_KS_ID, "state", "usd_goal_real", "goal"),
    ),
    Q(
        "are backers correlated with usd pledged?",
        either(
            _corr(lambda d: d["backers"], lambda d: d["usd_pledged_real"]),
            _corr(lambda d: d["backers"], lambda d: d["usd pledged"]),
        ),
        (*_KS_ID, "backers", "usd pledged", "usd_pledged_real", "pledged"),
    ),
    Q(
        "how many projects launched each year?",
        _count(lambda d: _per_year(_ks_launch_year(d), range(2010, 2018))),
        (*_KS_ID, "launched"),
    ),
    Q(
        "which year had the highest success rate?",
        _lead(either(*(_year(_ks_best_year(r)) for r in _KS_READINGS))),
        (*_KS_ID, "launched", "state"),
    ),
]


# --- 5. Board games (Kaggle "Board Games Database from BoardGameGeek", bgg_dataset.csv) ------------------------------

# name|ID|year|min players|max players|play time|min age|users rated|rating|complexity|owned|domains
_BG_FAMOUS = [
    x.split("|")
    for x in _split(
        "Gloomhaven|174430|2017|1|4|120|14|42055|8.79|3.86|68323|Strategy Games, Thematic Games;"
        "Pandemic Legacy: Season 1|161936|2015|2|4|60|13|41643|8.61|2.84|65294|Strategy Games, Thematic Games;"
        "Brass: Birmingham|224517|2018|2|4|120|14|19217|8.66|3.91|28785|Strategy Games;"
        "Terraforming Mars|167791|2016|1|5|120|12|64864|8.43|3.24|87099|Strategy Games;"
        "Twilight Struggle|12333|2005|2|2|180|13|41405|8.3|3.59|55598|Strategy Games, Wargames;"
        "Spirit Island|162886|2017|1|4|120|13|33278|8.33|4.0|50451|Strategy Games, Thematic Games;"
        "Scythe|169786|2016|1|5|115|14|55920|8.22|3.42|82577|Strategy Games;"
        "Wingspan|266192|2019|1|5|70|10|53000|8.09|2.44|86000|Family Games, Strategy Games;"
        "Root|237182|2018|2|4|90|10|27000|8.09|3.76|40000|Strategy Games, Thematic Games;"
        "7 Wonders Duel|173346|2015|2|2|30|10|58000|8.11|2.22|90000|Strategy Games;"
        "Agricola|31260|2007|1|5|150|12|63000|7.93|3.64|80000|Strategy Games;"
        "Puerto Rico|3076|2002|3|5|150|12|66000|7.99|3.27|77000|Strategy Games;"
        "Azul|230802|2017|2|4|45|8|60000|7.8|1.76|95000|Abstract Games, Family Games;"
        "Dominion|36218|2008|2|4|30|13|71000|7.63|2.36|95000|Strategy Games;"
        "Codenames|178900|2015|2|8|15|14|70000|7.6|1.28|110000|Family Games, Party Games;"
        "Pandemic|30549|2008|2|4|45|8|102000|7.61|2.41|155000|Family Games, Strategy Games;"
        "Ticket to Ride|9209|2004|2|5|60|8|71000|7.41|1.84|110000|Family Games;"
        "Carcassonne|822|2000|2|5|45|7|101000|7.42|1.91|150000|Family Games;"
        "Catan|13|1995|3|4|120|10|102000|7.14|2.32|165000|Family Games, Strategy Games;"
        "Chess|171|1475|2|2|60|6|28000|7.23|3.71|43000|Abstract Games;"
        "Go|188|-2200|2|2|180|8|15000|7.64|3.96|23000|Abstract Games;"
        "Backgammon|2397|-3000|2|2|30|8|10000|6.53|2.01|18000|Abstract Games;"
        "Scrabble|320|1948|2|4|90|10|22000|6.26|2.05|40000|Family Games;"
        "Risk|181|1959|2|6|120|10|33000|5.59|2.08|48000|Family Games;"
        "Monopoly|1406|1935|2|8|180|8|30000|4.38|1.66|40000|Family Games;"
        "Uno|2223|1971|2|10|30|6|13000|5.4|1.1|24000|Family Games, Party Games"
    )
]
_BG_DOMAINS = (
    ":49;Wargames:16;Strategy Games:9;Family Games:7;Abstract Games:4;Children's Games:4;Thematic Games:3;"
    "Party Games:2;Customizable Games:1.5;Family Games, Strategy Games:1.5;Strategy Games, Thematic Games:1.5;"
    "Family Games, Party Games:0.7;Abstract Games, Family Games:0.5;Children's Games, Family Games:0.5;"
    "Strategy Games, Wargames:0.4;Family Games, Thematic Games:0.4"
)
_BG_WEIGHT = {"Wargames": 3.0, "Strategy Games": 3.0, "Thematic Games": 2.7, "Family Games": 1.8, "Abstract Games": 2.0}
_BG_WEIGHT |= {"Children's Games": 1.1, "Party Games": 1.3, "Customizable Games": 2.6, "": 1.9}
_BG_MECHANICS = (
    "Dice Rolling:27;Hand Management:22;Set Collection:14;Variable Player Powers:12;Hexagon Grid:11;Simulation:9;"
    "Tile Placement:9;Cooperative Game:5;Area Majority / Influence:6;Worker Placement:4;"
    "Deck, Bag, and Pool Building:4;Card Drafting:6;Grid Movement:6;Modular Board:7;Action Points:4;"
    "Point to Point Movement:5;Roll / Spin and Move:8;Trading:5;Auction/Bidding:6;Push Your Luck:5;"
    "Pattern Building:3;Memory:3;Take That:5;Paper-and-Pencil:3;Open Drafting:3;Campaign / Battle Card Driven:3;"
    "Team-Based Game:3;Voting:2;Trick-taking:3;Network and Route Building:3;Player Elimination:4;"
    "Simultaneous Action Selection:4;Storytelling:2;Scenario / Mission / Campaign Game:4;Action Queue:1;"
    "Action Retrieval:1;Secret Unit Deployment:2;Line of Sight:2;Race:3;Pick-up and Deliver:2;Betting and Bluffing:3"
)
_BG_WAR = "Hexagon Grid:40;Simulation:30;Dice Rolling:45;Campaign / Battle Card Driven:12;Secret Unit Deployment:8"
_BG_WAR += ";Line of Sight:8;Scenario / Mission / Campaign Game:10;Action Points:8"
_BG_YEARS = (
    "1970:2;1975:3;1980:4;1985:5;1990:6;1995:7;2000:9;2003:10;2005:12;2007:14;2009:17;2010:19;2011:21;2012:23;"
    "2013:25;2014:27;2015:29;2016:31;2017:32;2018:31;2019:29;2020:22;2021:2"
)
_BG_ADJ = _split(
    "Lost;Forgotten;Ancient;Dark;Iron;Golden;Crimson;Hidden;Last;Mighty;Rival;Clever;Tiny;Grand;Wild;Frozen;Sunken;"
    "Broken;Silent;Burning;Cursed;Merry;Little;Royal;Secret;Savage;Mystic;Steam;Cosmic;Haunted;Rising;Fallen"
)
_BG_NOUN = _split(
    "Kingdoms;Empires;Castles;Dungeons;Dragons;Pirates;Merchants;Islands;Railways;Villages;Legends;Heroes;Knights;"
    "Gardens;Planets;Samurai;Vikings;Pharaohs;Ninjas;Zombies;Monsters;Robots;Galaxies;Colonies;Crowns;Towers;"
    "Harbors;Caravans;Oracles;Spirits;Tribes;Tactics;Frontiers;Orchards;Potions;Goblins;Wizards;Barons;Fleets"
)
_BG_PLACES = _split(
    "Waterloo;Gettysburg;Stalingrad;Normandy;Midway;Ardennes;Borodino;Kursk;Austerlitz;Antietam;Okinawa;Verdun;"
    "Carthage;Troy;Venice;Kyoto;Avalon;Atlantis;Camelot;Arkham;Mars;Orleans;Babylon;Alexandria;Byzantium;Valhalla"
)
_BG_TAILS = _split(
    ": Second Edition;: The Card Game;: Deluxe Edition;: Expansion;: Legacy; 1944; 1812; Duel; Junior; 2"
)


def _bg_title(rng: np.random.Generator) -> str:
    adj, noun, place = str(_one(rng, _BG_ADJ)), str(_one(rng, _BG_NOUN)), str(_one(rng, _BG_PLACES))
    forms = [f"{adj} {noun}", f"{noun} of {place}", f"The {adj} {noun}", f"{place}", f"{adj} {noun} of {place}"]
    name = str(_one(rng, forms))
    return name + str(_one(rng, _BG_TAILS)) if rng.random() < 0.3 else name


def _bg_mechanics(rng: np.random.Generator, war: bool) -> str | None:
    if rng.random() < 0.08:
        return None
    picked: set[str] = set()
    for _k in range(int(_draw(rng, "1:20;2:28;3:25;4:15;5:8;6:4"))):
        picked.add(_draw(rng, _BG_WAR if war and rng.random() < 0.6 else _BG_MECHANICS))
    return ", ".join(sorted(picked))


def _bg_game(rng: np.random.Generator, name: str) -> dict[str, Any]:
    domains = _draw(rng, _BG_DOMAINS)
    parts = domains.split(", ") if domains else [""]
    weight = float(np.mean([_BG_WEIGHT[p] for p in parts]))
    complexity = float(np.clip(weight + rng.normal(0, 0.45), 1.0, 5.0))
    users = int(np.clip(rng.lognormal(np.log(260), 1.25), 30, 60000))
    spread = 0.6 + 0.5 / np.sqrt(users / 30)
    rating = float(np.clip(5.35 + 0.45 * complexity + rng.normal(0, spread), 1.05, 9.58))
    low = int(_draw(rng, "0:0.4;1:17;2:68;3:10;4:4;5:0.4;6:0.2"))
    high = 0 if low == 0 else low + int(_draw(rng, "0:8;1:12;2:30;3:22;4:15;6:8;8:3;98:0.4"))
    mechanics = _bg_mechanics(rng, "Wargames" in domains)
    if low == 1 and rng.random() < 0.6:
        mechanics = ", ".join(sorted({*(mechanics or "").split(", "), "Solo / Solitaire Game"} - {""}))
    minutes = int(round(np.clip(rng.lognormal(np.log(20 + 28 * complexity), 0.6), 5, 1200) / 5) * 5)
    if rng.random() < 0.01:
        minutes = 0
    year = int(_draw(rng, _BG_YEARS)) + int(rng.integers(0, 5))
    year = 2021 if year > 2021 else year
    if rng.random() < 0.02:
        year = int(rng.integers(1800, 1970))
    return {
        "ID": None,
        "Name": name,
        "Year Published": year,
        "Min Players": low,
        "Max Players": high,
        "Play Time": minutes,
        "Min Age": int(_draw(rng, "0:2;6:8;8:22;10:20;12:25;13:10;14:10;16:2;18:1")),
        "Users Rated": users,
        "Rating Average": rating,
        "BGG Rank": 0,
        "Complexity Average": 0.0 if rng.random() < 0.025 else complexity,
        "Owned Users": int(users * float(rng.lognormal(np.log(1.7), 0.3))),
        "Mechanics": mechanics,
        "Domains": domains or None,
    }


def _bgg_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5305)
    used = {row[0] for row in _BG_FAMOUS}
    rows = [_bg_game(rng, _unique(rng, _bg_title, used)) for _g in range(2974)]
    for name, bgg_id, year, low, high, minutes, age, users, rating, weight, owned, domains in _BG_FAMOUS:
        game = _bg_game(rng, name)
        rows.append(
            game
            | {"ID": int(bgg_id), "Year Published": int(year), "Min Players": int(low), "Max Players": int(high)}
            | {"Play Time": int(minutes), "Min Age": int(age), "Users Rated": int(users)}
            | {"Rating Average": float(rating), "Complexity Average": float(weight), "Owned Users": int(owned)}
            | {"Domains": domains}
        )
    frame = pd.DataFrame(rows)
    taken = {int(x) for x in frame["ID"].dropna()}
    fresh = [int(x) for x in rng.choice(np.arange(1, 330000), len(frame) + 50, replace=False) if int(x) not in taken]
    frame["ID"] = [int(x) if pd.notna(x) else fresh[i] for i, x in enumerate(frame["ID"])]
    frame["Rating Average"] = frame["Rating Average"].round(2)
    top = frame["Rating Average"].nlargest(2)
    if top.iloc[0] == top.iloc[1]:
        frame.loc[top.index[0], "Rating Average"] += 0.01
    score = (frame["Users Rated"] * frame["Rating Average"] + 2000 * 5.5) / (frame["Users Rated"] + 2000)
    frame = frame.assign(_score=score).sort_values("_score", ascending=False, kind="stable", ignore_index=True)
    frame["BGG Rank"] = np.arange(1, len(frame) + 1)
    frame = frame.drop(columns="_score")
    frame["Rating Average"] = [_comma(x) for x in frame["Rating Average"]]
    frame["Complexity Average"] = [_comma(x) for x in frame["Complexity Average"]]
    for column, k in (("ID", 3), ("Owned Users", 4), ("Year Published", 1)):
        blank = rng.choice(len(frame), k, replace=False)
        frame[column] = pd.array([None if i in blank else int(x) for i, x in enumerate(frame[column])], dtype="Int64")
    frame.loc[rng.choice(np.flatnonzero(frame["BGG Rank"] > 500), 5, replace=False), "Year Published"] = 0
    return frame


def _bg_rating(d: pd.DataFrame) -> pd.Series:
    return _decimal(d["Rating Average"])


def _bg_weight(with_zeros: bool) -> Callable[[pd.DataFrame], pd.Series]:
    """Complexity Average as numbers; 0 (no votes) kept or read as missing."""

    def weight(d: pd.DataFrame) -> pd.Series:
        values = _decimal(d["Complexity Average"])
        return values if with_zeros else values.where(values > 0)

    return weight


def _bg_domain_means(with_zeros: bool, exact: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        domains = _text(d["Domains"])
        weight = _bg_weight(with_zeros)(d)
        out = []
        for name in ("Strategy Games", "Family Games"):
            inside = domains == name if exact else domains.str.split(", ").apply(lambda parts, n=name: n in parts)
            out.append(float(weight[inside].mean()))
        return out

    return means


def _bg_dice(with_blanks: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        mechanics = _text(d["Mechanics"])
        kept = mechanics if with_blanks else mechanics[mechanics != ""]
        return float(kept.str.contains("Dice Rolling", regex=False).mean())

    return share


_BG_ID = ("ID", "Name", "BGG Rank")
_BGG_QS = [
    Q(
        "which game has the highest rating average?",
        _lead(_named(lambda d: str(d.loc[_bg_rating(d).idxmax(), "Name"]))),
        (*_BG_ID, "Rating Average"),
    ),
    Q(
        "avg complexity of strategy games vs family games",
        either(*(has(_bg_domain_means(z, e), rel=0.006) for z in (True, False) for e in (False, True))),
        (*_BG_ID, "Domains", "Complexity Average"),
    ),
    Q(
        "how many games can be played solo?",
        either(
            _count(lambda d: float((d["Min Players"] == 1).sum())),
            _count(lambda d: float((d["Min Players"] <= 1).sum())),
            _count(lambda d: float(_text(d["Mechanics"]).str.contains("Solo / Solitaire Game", regex=False).sum())),
        ),
        (*_BG_ID, "Min Players", "Mechanics"),
    ),
    Q(
        "is complexity correlated with rating?",
        either(_corr(_bg_weight(True), _bg_rating), _corr(_bg_weight(False), _bg_rating)),
        (*_BG_ID, "Complexity Average", "Rating Average"),
    ),
    Q(
        "how many games were published per year from 2015 to 2020",
        _count(lambda d: _per_year(d["Year Published"], range(2015, 2021))),
        (*_BG_ID, "Year Published"),
    ),
    Q(
        "what share of games use dice rolling?",
        either(_share(_bg_dice(True)), _share(_bg_dice(False))),
        (*_BG_ID, "Mechanics"),
    ),
]


# --- 6. Airline tweets (Kaggle "Twitter US Airline Sentiment", Tweets.csv) -------------------------------------------

# airline (in the file's order): tweets, handle, sentiments, negative reasons
_TW_AIRLINES: dict[str, tuple[int, str, str, str]] = {
    "Virgin America": (
        138,
        "@VirginAmerica",
        "negative:181;neutral:171;positive:152",
        "Customer Service Issue:60;Flight Booking Problems:28;Can't Tell:22;Bad Flight:19;Cancelled Flight:18;"
        "Late Flight:17;Lost Luggage:5;Flight Attendant Complaints:5;longlines:3;Damaged Luggage:4",
    ),
    "United": (
        1044,
        "@united",
        "negative:2633;neutral:697;positive:492",
        "Customer Service Issue:681;Late Flight:525;Can't Tell:379;Lost Luggage:269;Bad Flight:216;"
        "Cancelled Flight:181;Flight Attendant Complaints:168;Flight Booking Problems:144;longlines:48;"
        "Damaged Luggage:22",
    ),
    "Southwest": (
        661,
        "@SouthwestAir",
        "negative:1186;neutral:664;positive:570",
        "Customer Service Issue:391;Cancelled Flight:162;Can't Tell:159;Late Flight:152;Bad Flight:90;"
        "Lost Luggage:90;Flight Booking Problems:61;Flight Attendant Complaints:38;longlines:29;Damaged Luggage:14",
    ),
    "Delta": (
        607,
        "@JetBlue",
        "negative:955;neutral:723;positive:544",
        "Late Flight:269;Customer Service Issue:199;Can't Tell:186;Bad Flight:64;Flight Attendant Complaints:60;"
        "Lost Luggage:57;Cancelled Flight:51;Flight Booking Problems:44;longlines:14;Damaged Luggage:11",
    ),
    "US Airways": (
        796,
        "@USAirways",
        "negative:2263;neutral:381;positive:269",
        "Customer Service Issue:811;Late Flight:453;Can't Tell:246;Cancelled Flight:189;Lost Luggage:154;"
        "Flight Attendant Complaints:123;Flight Booking Problems:122;Bad Flight:104;longlines:50;Damaged Luggage:11",
    ),
    "American": (
        754,
        "@AmericanAir",
        "negative:1960;neutral:463;positive:336",
        "Customer Service Issue:768;Late Flight:249;Cancelled Flight:246;Can't Tell:198;Lost Luggage:149;"
        "Flight Booking Problems:130;Bad Flight:87;Flight Attendant Complaints:87;longlines:34;Damaged Luggage:12",
    ),
}
_TW_DAYS = "16:4;17:1408;18:1344;19:1376;20:1500;21:1557;22:3079;23:3028;24:1344"
_TW_TEXTS = {
    "Customer Service Issue": "been on hold for {n} hours and still no answer. worst customer service ever;"
    "your agents are rude and unhelpful #fail;nobody at the desk can tell me anything. {n} calls so far",
    "Late Flight": "flight {f} delayed again, {n} hours Late Flight. unacceptable;"
    "Late Flight again. missed my connection;sitting on the tarmac for {n} hours now",
    "Cancelled Flight": "Cancelled Flightled my flight and no rebooking options??;"
    "flight {f} Cancelled Flighted, now what?",
    "Lost Luggage": "you lost my bag. {n} days and still nothing;where is my luggage?? landed {n} hours ago",
    "Bad Flight": "no wifi, broken seat and no snacks. terrible flight;flight {f} was freezing the whole way",
    "Can't Tell": "seriously?;thanks for nothing;never again",
    "Flight Booking Problems": "your website won't let me change my reservation;charged twice for the same booking",
    "Flight Attendant Complaints": "flight attendant on {f} was so rude to my mom;"
    "crew ignored the call button for an hour",
    "longlines": "the line at the counter is insane. {n}0 people and 2 agents;"
    "security line wrapped around the terminal",
    "Damaged Luggage": "my suitcase came back broken;the wheel is ripped off my bag, who do I talk to?",
    "neutral": "can I change my flight to tomorrow?;what's the baggage fee for international flights?;"
    "is flight {f} on time?;do you fly to Nashville from Boston?;DM sent",
    "positive": "thanks for the great service today!;awesome crew on flight {f}. thank you!;love the new planes!;"
    "got rebooked in 5 minutes, you guys rock;best airline, hands down",
}
_TW_HANDLES = _split(
    "cairdin;jnardino;yvonnalynn;jbsmith;travelgal;mkhoury;nycjen;sethwrites;bostonbob;jetsetjoe;kpatel;lindz_b;"
    "dtownsend;mariaxo;the_real_mike;runnerdad;sfoflyer;chitowntom;atl_ashley;denverdan;houstonhank;laurenk;"
    "mattg22;sarah_j;benfromphilly;sunnyd;coffeeandplanes;wanderlust_em;gregh;tinatravels"
)
_TW_LOCATIONS = (
    ":32;Boston, MA:3;New York, NY:4;NYC:3;Washington, DC:3;Chicago:2.5;Los Angeles, CA:2.5;San Francisco CA:2;"
    "USA:2;Brooklyn, NY:1.5;Texas:1.5;Philadelphia, PA:1.5;Dallas, TX:1.5;Houston:1;Austin, TX:1;Atlanta, GA:1.5;"
    "Denver, CO:1;Seattle:1;Nashville, TN:0.8;Charlotte, NC:1;global:0.5;East Coast:0.8;Lets Play:0.2"
)
_TW_ZONES = (
    ":33;Eastern Time (US & Canada):26;Central Time (US & Canada):13;Pacific Time (US & Canada):8.5;Quito:5;"
    "Atlantic Time (Canada):3;Mountain Time (US & Canada):2.5;Arizona:1.6;London:1.3;Alaska:0.7;Sydney:0.7;"
    "Hawaii:0.6;Amsterdam:0.5;America/Chicago:0.3;Mumbai:0.2"
)
_TW_EPOCH_MS = 1288834974657


def _tw_when(rng: np.random.Generator) -> pd.Timestamp:
    day = int(_draw(rng, _TW_DAYS))
    start = pd.Timestamp(2015, 2, day) + (pd.Timedelta(hours=23, minutes=36) if day == 16 else pd.Timedelta(0))
    end = pd.Timestamp(2015, 2, day, 11, 53) if day == 24 else pd.Timestamp(2015, 2, day, 23, 59, 59)
    return start + pd.Timedelta(seconds=int(rng.integers(0, int((end - start).total_seconds()) + 1)))


def _tw_tweet(rng: np.random.Generator, airline: str, sentiment: str, reason: str) -> dict[str, Any]:
    handle = _TW_AIRLINES[airline][1]
    when = _tw_when(rng)
    utc_ms = int((when + pd.Timedelta(hours=8) - pd.Timestamp("1970-01-01")).total_seconds() * 1000)
    text = str(_one(rng, _split(_TW_TEXTS[reason or sentiment]))).format(
        n=int(rng.integers(2, 6)), f=int(rng.integers(100, 2999))
    )
    confident = rng.random() < {"negative": 0.78, "neutral": 0.55, "positive": 0.65}[sentiment]
    confidence = 1.0 if confident else round(float(rng.uniform(0.33, 0.99)), 4)
    if sentiment == "negative":
        reason_confidence: float | None = 1.0 if rng.random() < 0.45 else round(float(rng.uniform(0.3, 0.99)), 4)
    else:
        reason_confidence = 0.0 if rng.random() < 0.6 else None
    lat, lon = float(rng.uniform(25, 48)), float(rng.uniform(-122, -71))
    return {
        "tweet_id": ((utc_ms - _TW_EPOCH_MS) << 22) + int(rng.integers(0, 1 << 22)),
        "airline_sentiment": sentiment,
        "airline_sentiment_confidence": confidence,
        "negativereason": reason or None,
        "negativereason_confidence": reason_confidence,
        "airline": airline,
        "airline_sentiment_gold": sentiment if rng.random() < 0.003 else None,
        "name": str(_one(rng, _TW_HANDLES)) + (str(int(rng.integers(1, 99))) if rng.random() < 0.5 else ""),
        "negativereason_gold": reason if reason and rng.random() < 0.003 else None,
        "retweet_count": int(_draw(rng, "0:95;1:4;2:0.6;3:0.2;5:0.1;22:0.05;44:0.05")),
        "text": f"{handle} {text}",
        "tweet_coord": f"[{lat:.8f}, {lon:.8f}]" if rng.random() < 0.07 else None,
        "tweet_created": f"{when:%Y-%m-%d %H:%M:%S} -0800",
        "tweet_location": _draw(rng, _TW_LOCATIONS) or None,
        "user_timezone": _draw(rng, _TW_ZONES) or None,
    }


def _tweets_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5306)
    blocks: list[pd.DataFrame] = []
    for airline, (n, _h, moods, reasons) in _TW_AIRLINES.items():
        sentiments = _deal(rng, moods, n)
        causes = iter(_deal(rng, reasons, sentiments.count("negative")))
        rows = [_tw_tweet(rng, airline, s, next(causes) if s == "negative" else "") for s in sentiments]
        blocks.append(pd.DataFrame(rows).sort_values("tweet_id", ascending=False, kind="stable"))
    return pd.concat(blocks, ignore_index=True)


def _tw_negative(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["airline_sentiment"]) == "negative"]


def _tw_days(utc: bool) -> Callable[[pd.DataFrame], Any]:
    """Tweets per day, by the Pacific dates as written or by UTC dates."""

    def counts(d: pd.DataFrame) -> Any:
        if utc:
            days = pd.to_datetime(d["tweet_created"], utc=True).dt.strftime("%Y-%m-%d")
        else:
            days = _text(d["tweet_created"]).str[:10]
        return days.value_counts().sort_index().to_numpy(dtype=float)

    return counts


def _tw_confidence(scale: float) -> Callable[[pd.DataFrame], list[float]]:
    """The mean airline_sentiment_confidence of negative and of positive tweets, as fractions or percentages."""

    def means(d: pd.DataFrame) -> list[float]:
        mood = _text(d["airline_sentiment"])
        return [
            scale * float(d.loc[mood == s, "airline_sentiment_confidence"].mean()) for s in ("negative", "positive")
        ]

    return means


_TW_ID = ("tweet_id",)
_TWEETS_QS = [
    Q(
        "whats the breakdown of sentiment in %?",
        _shares(lambda d: _text(d["airline_sentiment"]).value_counts(normalize=True).to_numpy()),
        (*_TW_ID, "airline_sentiment"),
    ),
    Q(
        "which airline has the highest share of negative tweets?",
        _lead(_named(lambda d: str(_rates(_text(d["airline_sentiment"]) == "negative", d["airline"]).index[0]))),
        (*_TW_ID, "airline", "airline_sentiment"),
    ),
    Q(
        "most common negative reason?",
        _lead(_named(lambda d: _top(_tw_negative(d)["negativereason"]))),
        (*_TW_ID, "negativereason", "airline_sentiment"),
    ),
    Q(
        "and for delta?",
        _lead(_named(lambda d: _top(_tw_negative(d).loc[lambda x: _text(x["airline"]) == "Delta", "negativereason"]))),
        (*_TW_ID, "negativereason", "airline_sentiment", "airline"),
    ),
    Q(
        "how many tweets per day?",
        either(_count(_tw_days(False)), _count(_tw_days(True))),
        (*_TW_ID, "tweet_created"),
    ),
    Q(
        "average sentiment confidence for negative vs positive tweets",
        either(has(_tw_confidence(1), rel=0.006), has(_tw_confidence(100), rel=0.006)),
        (*_TW_ID, "airline_sentiment", "airline_sentiment_confidence"),
    ),
]


# --- 7. Crop yields (Kaggle "Crop Yield Prediction Dataset", yield_df.csv) -------------------------------------------

# country: rainfall (mm a year), crops, yield factor, temperature of each station (°C), pesticides (tonnes) in 1990 and
# in 2013
_CY_AREAS: dict[str, tuple[float, str, float, tuple[float, ...], tuple[float, float]]] = {
    "Argentina": (
        591.0,
        "Maize;Potatoes;Rice, paddy;Sorghum;Soybeans;Sweet potatoes;Wheat",
        1.1,
        (16.9,),
        (2e4, 9.8e4),
    ),
    "Australia": (534.0, "Maize;Potatoes;Rice, paddy;Sorghum;Soybeans;Wheat", 1.05, (21.6, 19.2), (17e3, 4.5e4)),
    "Bangladesh": (2666.0, "Maize;Potatoes;Rice, paddy;Sweet potatoes;Wheat", 0.9, (25.9,), (4e3, 1.6e4)),
    "Brazil": (
        1761.0,
        "Cassava;Maize;Potatoes;Rice, paddy;Sorghum;Soybeans;Sweet potatoes;Wheat;Yams",
        0.95,
        (25.4, 23.1),
        (5e4, 3.7e5),
    ),
    "Canada": (537.0, "Maize;Potatoes;Soybeans;Wheat", 1.25, (5.2,), (3e4, 9.5e4)),
    "Egypt": (51.0, "Maize;Potatoes;Rice, paddy;Sorghum;Sweet potatoes;Wheat", 1.35, (22.6,), (8e3, 1.1e4)),
    "France": (867.0, "Maize;Potatoes;Sorghum;Soybeans;Wheat", 1.4, (12.4,), (1e5, 6.2e4)),
    "Ghana": (1187.0, "Cassava;Maize;Plantains and others;Rice, paddy;Sorghum;Yams", 0.6, (27.1,), (1.5e3, 1.4e4)),
    "India": (
        1083.0,
        "Cassava;Maize;Potatoes;Rice, paddy;Sorghum;Soybeans;Sweet potatoes;Wheat",
        0.75,
        (25.7, 22.4, 27.2),
        (7.5e4, 4.5e4),
    ),
    "Indonesia": (2702.0, "Cassava;Maize;Potatoes;Rice, paddy;Soybeans;Sweet potatoes", 0.9, (26.4,), (8e3, 3e4)),
    "Italy": (832.0, "Maize;Potatoes;Rice, paddy;Sorghum;Soybeans;Wheat", 1.3, (14.6,), (9e4, 5.6e4)),
    "Japan": (1668.0, "Potatoes;Rice, paddy;Soybeans;Sweet potatoes;Wheat", 1.2, (15.9,), (9.5e4, 5.2e4)),
    "Kenya": (630.0, "Cassava;Maize;Potatoes;Rice, paddy;Sorghum;Sweet potatoes;Wheat", 0.55, (24.4,), (2.5e3, 8e3)),
    "Mexico": (
        758.0,
        "Cassava;Maize;Potatoes;Rice, paddy;Sorghum;Soybeans;Sweet potatoes;Wheat",
        0.85,
        (21.2, 23.8),
        (2.5e4, 4e4),
    ),
    "Nigeria": (
        1150.0,
        "Cassava;Maize;Plantains and others;Potatoes;Rice, paddy;Sorghum;Soybeans;Sweet potatoes;Yams",
        0.5,
        (27.3,),
        (1e3, 1.3e4),
    ),
    "Pakistan": (494.0, "Maize;Potatoes;Rice, paddy;Sorghum;Wheat", 0.8, (21.4,), (8e3, 3.3e4)),
    "South Africa": (495.0, "Maize;Potatoes;Sorghum;Soybeans;Sweet potatoes;Wheat", 0.85, (18.1,), (2e4, 2.6e4)),
    "Spain": (636.0, "Maize;Potatoes;Rice, paddy;Sorghum;Soybeans;Sweet potatoes;Wheat", 1.25, (15.3,), (4e4, 8.8e4)),
    "Turkey": (593.0, "Maize;Potatoes;Rice, paddy;Soybeans;Wheat", 1.1, (12.9,), (2.3e4, 4e4)),
    "United Kingdom": (1220.0, "Potatoes;Wheat", 1.5, (9.7,), (3.3e4, 1.7e4)),
}
# crop: yield in 1990 (hg/ha) for a factor of 1, yearly growth
_CY_ITEMS = {"Potatoes": (170000, 0.012), "Cassava": (110000, 0.01), "Sweet potatoes": (95000, 0.008)}
_CY_ITEMS |= {"Yams": (90000, 0.007), "Plantains and others": (70000, 0.005), "Maize": (38000, 0.02)}
_CY_ITEMS |= {"Rice, paddy": (38000, 0.012), "Wheat": (24000, 0.012), "Sorghum": (14000, 0.01)}
_CY_ITEMS |= {"Soybeans": (18000, 0.015)}


def _crops_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5307)
    rows: list[dict[str, Any]] = []
    for area, (rain, crops, factor, stations, (first, last)) in _CY_AREAS.items():
        missing = {int(y) for y in rng.choice(np.arange(1995, 2011), int(rng.integers(0, 3)), replace=False)}
        years = [y for y in range(1990, 2014) if y not in missing]
        trend = {y: first * (last / first) ** ((y - 1990) / 23) for y in years}
        pesticides = {y: round(trend[y] * float(rng.lognormal(0, 0.08)), 2) for y in years}
        temps = {
            (s, y): round(t + 0.02 * (y - 1990) + float(rng.normal(0, 0.4)), 2)
            for s, t in enumerate(stations)
            for y in years
        }
        for item in _split(crops):
            base, growth = _CY_ITEMS[item]
            level = factor * float(rng.lognormal(0, 0.15))
            for year in years:
                harvest = round(base * level * (1 + growth) ** (year - 1990) * float(rng.lognormal(0, 0.08)))
                for station in range(len(stations)):
                    rows.append(
                        {
                            "Area": area,
                            "Item": item,
                            "Year": year,
                            "hg/ha_yield": harvest,
                            "average_rain_fall_mm_per_year": rain,
                            "pesticides_tonnes": pesticides[year],
                            "avg_temp": temps[(station, year)],
                        }
                    )
    frame = pd.DataFrame(rows)
    frame.insert(0, "", np.arange(len(frame)))
    return frame


def _cy(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    """The rows, or one per country, crop and year (the file repeats them for each temperature station)."""
    return d.drop_duplicates(["Area", "Item", "Year"]) if unique else d


def _cy_column(column: str, unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _cy(d, unique)[column]


def _cy_top_item(unique: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(_ranked(_cy(d, unique).groupby("Item")["hg/ha_yield"].mean()).index[0])


def _cy_maize(unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        maize = _cy(d, unique)[lambda x: _text(x["Item"]) == "Maize"]
        return _ranked(maize.groupby(_text(maize["Area"]))["hg/ha_yield"].mean())

    return ranking


def _cy_potatoes(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        potatoes = _cy(d, unique)[lambda x: _text(x["Item"]) == "Potatoes"]
        by = potatoes.groupby("Year")["hg/ha_yield"].mean()
        return [float(by[1990]), float(by[2013])]

    return means


def _cy_potato_check(unique: bool) -> Check:
    means = _cy_potatoes(unique)
    return either(_scaled(means, (1e3, 1e4)), _pct(lambda d: means(d)[1] / means(d)[0] - 1))


def _cy_pesticides(unique: bool, how: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        kept = _cy(d, unique)
        return str(_ranked(kept.groupby(_text(kept["Area"]))["pesticides_tonnes"].agg(how)).index[0])

    return top


_CY_ID = ("Unnamed: 0",)
_CROPS_QS = [
    Q(
        "which crop has the highest average yield?",
        _lead(either(*(_named_alone(_cy_top_item(u), lambda d: d["Item"]) for u in (False, True)))),
        (*_CY_ID, "Item", "hg/ha_yield"),
    ),
    Q(
        "top 5 countries by avg maize yield",
        either(_top_named(_cy_maize(False), 5), _top_named(_cy_maize(True), 5)),
        (*_CY_ID, "Area", "Item", "hg/ha_yield"),
    ),
    Q(
        "how did the average potato yield change between 1990 and 2013?",
        either(_cy_potato_check(False), _cy_potato_check(True)),
        (*_CY_ID, "Item", "Year", "hg/ha_yield"),
    ),
    Q(
        "is rainfall correlated with yield?",
        either(
            *(
                _corr(_cy_column("average_rain_fall_mm_per_year", u), _cy_column("hg/ha_yield", u))
                for u in (False, True)
            )
        ),
        (*_CY_ID, "average_rain_fall_mm_per_year", "hg/ha_yield"),
    ),
    Q(
        "how many countries are in the data",
        _count(lambda d: float(_text(d["Area"]).nunique())),
        (*_CY_ID, "Area"),
    ),
    Q(
        "and which one uses the most pesticides?",
        _lead(either(*(_named(_cy_pesticides(u, how)) for u in (False, True) for how in ("mean", "sum")))),
        (*_CY_ID, "Area", "pesticides_tonnes"),
    ),
]


HELDOUT53: list[Dataset] = [
    Dataset("nashville_housing", _nashville_frame, _NASHVILLE_QS),
    Dataset("seattle_pet_licenses", _pets_frame, _PETS_QS),
    Dataset("austin_animal_outcomes", _austin_frame, _AUSTIN_QS),
    Dataset("kickstarter_projects", _kickstarter_frame, _KICKSTARTER_QS),
    Dataset("boardgamegeek_games", _bgg_frame, _BGG_QS),
    Dataset("airline_tweet_sentiment", _tweets_frame, _TWEETS_QS),
    Dataset("crop_yields", _crops_frame, _CROPS_QS),
]
