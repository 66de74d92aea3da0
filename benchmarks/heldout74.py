"""HELDOUT74: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Spaceship Titanic training file (train.csv, about 4200 passengers) with "0013_01" PassengerIds whose first part is
the travel group, Earth / Europa / Mars home planets, True / False CryoSleep, VIP and Transported, "B/0/P"
deck/number/side cabins, TRAPPIST-1e / 55 Cancri e / PSO J318.5-22 destinations, ages as floats, RoomService,
FoodCourt, ShoppingMall, Spa and VRDeck spending with many zeros (always zero in cryosleep and for children) and
"Maham Ofracculy" style names, and about 2% blanks in every column but PassengerId and Transported; Kaggle's German
Credit Risk file (german_credit_data.csv, 1000 applicants) with its unnamed row-number column, Age, male / female
Sex, Job coded 0-3, own / rent / free Housing, little / moderate / quite rich / rich "Saving accounts" and little /
moderate / rich "Checking account" written "NA" when unknown, "Credit amount" in Deutsche Mark, Duration in months,
"radio/TV" style purposes and good / bad Risk; Kaggle's Sample Sales Data (sales_data_sample.csv, 307 orders from
January 2003 to May 2005, one row per order line, sorted by product code) with upper-case headers, PRICEEACH capped
at 100 while SALES keeps the real price, "2/24/2003 0:00" order dates beside QTR_ID / MONTH_ID / YEAR_ID, Shipped /
Cancelled / Resolved / On Hold / Disputed / In Process statuses per order, seven product lines, MSRP, "S10_1678"
product codes, customers with their phone numbers written every which way, addresses (ADDRESSLINE2 and STATE
mostly blank), postal codes, countries, EMEA / APAC / Japan territories and "NA" for North America (which pandas
reads as missing), contact names and Small / Medium / Large DEALSIZE; the Cookie Cats mobile game A/B test
(cookie_cats.csv, 5000 players) with sorted userids, gate_30 / gate_40 versions, sum_gamerounds with many zeros, a
long tail and one player at 49854 rounds, and True / False retention_1 and retention_7; Kaggle's Unicorn Companies
file (Unicorn_Companies.csv, 1037 companies, most valuable first) with "Valuation ($B)" written "$180", "4/7/2017"
join dates, countries, cities, industries ("Artificial intelligence" also written "Artificial Intelligence"),
comma-joined Select Investors, Founded Year with a few "None", Total Raised as "$7.44B" / "$500M" / "None",
Financial Stage mostly "None", Investors Count and Deal Terms with blanks and Portfolio Exits mostly "None"; the
Daily Temperature of Major Cities file (city_temperature.csv, five cities from 2018-01-01 to 2020-05-13) with
Region, Country ("US"), State (blank outside the US), City ("Bombay (Mumbai)"), Month, Day, Year and AvgTemperature
in Fahrenheit where -99 means missing (one three-week gap in Bombay); and NYC Open Data's 2015 Street Tree Census
(2015_Street_Tree_Census_-_Tree_Data.csv, a sample of 5000 trees surveyed May 2015 to October 2016) with tree_id,
block_id, "08/27/2015" created_at, tree_dbh in inches (0 for stumps) and stump_diam, OnCurb / OffsetFromCurb,
Alive / Dead / Stump status with health, species, steward, guards and sidewalk blank unless alive, spc_latin and
spc_common ("London planetree"), Volunteer / TreesCount Staff / NYC Parks Staff, comma-joined problems ("Stones,
BranchLights" or "None"), Yes / No root, trunk and branch flags, upper-case addresses ("108-005 70 AVENUE"),
zipcode, zip_city, borough, NTA code and name, state, latitude and longitude. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _fields
from .heldout40 import _number
from .heldout41 import _any_named, _deal
from .heldout42 import _ranked
from .offline_eval import Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _true(s: pd.Series) -> pd.Series:
    """A True / False column (read back as booleans, or as text when it has blanks) as booleans, blanks False."""
    return _text(s).str.lower() == "true"


def _blanked(rng: np.random.Generator, value: Any, p: float) -> Any:
    """The value, or None with probability `p`."""
    return None if rng.random() < p else value


def _sigmoid(z: float) -> float:
    return float(1 / (1 + np.exp(-z)))


# --- 1. Spaceship Titanic (Kaggle "Spaceship Titanic", train.csv) ------------------------------------------------

# home planet: share of groups, chance of cryosleep, mean adult age, decks, destinations
_SS_PLANETS: dict[str, tuple[float, float, float, str, str]] = {
    "Earth": (54, 0.31, 27.0, "G:55;F:33;E:10;D:2", "TRAPPIST-1e:68;55 Cancri e:15;PSO J318.5-22:17"),
    "Europa": (25, 0.41, 35.0, "B:34;C:32;A:12;D:9;E:12;T:0.6", "TRAPPIST-1e:56;55 Cancri e:42;PSO J318.5-22:2"),
    "Mars": (21, 0.39, 30.0, "F:60;E:20;D:20", "TRAPPIST-1e:86;55 Cancri e:11;PSO J318.5-22:3"),
}
# deck: tilt towards being transported
_SS_DECK_TILTS = {"A": -0.1, "B": 1.0, "C": 0.4, "D": -0.1, "E": -0.2, "F": 0.1, "G": -0.05, "T": -1.2}
_SS_SIZES = "1:77;2:13.5;3:5.5;4:1.7;5:0.85;6:0.45;7:0.5;8:0.2"
_SS_SPEND = _split("RoomService;FoodCourt;ShoppingMall;Spa;VRDeck")
# home planet: (chance of spending anything, median spend when spending) for each spending column
_SS_HABITS: dict[str, tuple[tuple[float, float], ...]] = {
    "Earth": ((0.45, 190), (0.47, 260), (0.45, 190), (0.44, 250), (0.42, 230)),
    "Europa": ((0.38, 380), (0.62, 1900), (0.38, 320), (0.55, 1000), (0.55, 1150)),
    "Mars": ((0.66, 760), (0.38, 260), (0.6, 650), (0.38, 190), (0.33, 190)),
}
_SS_NAMES: dict[str, tuple[str, str, str]] = {
    "Earth": (
        "Juanna;Sandie;Billex;Candra;Andona;Lerome;Dontie;Glenna;Reney;Gwendy;Elaney;Jaysie;Mollie;Jamela;Ronia;Loise;"
        "Carry;Arlen;Velyne;Stevey;Hardy;Deanne;Terta;Marine;Connie;Tinez;Kayla;Alene;Vanna;Joanne;Rick;Leon;Penny",
        "Hin;Jaco;Sant;Flat;Cart;Mck;Webst;Pool;Leo;Bake;Rich;Hard;Brig;Falk;Gall;Mont;Dun;Ware;Joh;Beck;Barn;Cas",
        "etthews;staffey;antines;terson;erez;inson;ney;ardy;sen;ton;ley;ings;erry;ernandez;oodwin;ackson;ichards",
    ),
    "Europa": (
        "Altark;Solam;Maham;Tureon;Gravior;Kochak;Alraium;Sadrona;Atinon;Eratarn;Zosmark;Merak;Alhena;Sarabik;Aldah;"
        "Dubhe;Kitalf;Naosa;Aljah;Tabih;Errai;Mirfak;Phaet;Achird;Nunki;Alkid;Menkar;Chort;Diphda;Rigelt",
        "Sus;Ofrac;Whee;Honti;Conev;Poker;Sper;Taket;Disho;Spic;Bools;Ants;Glen;Cham;Trad;Brigh;Unre;Emead;Cont",
        "ent;culy;dly;chre;eseng;heed;ap;iate;catal;aly;ble;ensive;tte;ainst;sive;ortic;ible;tered",
    ),
    "Mars": (
        "Zelowl;Cinets;Flats;Tols;Bres;Dram;Gorn;Sharf;Stip;Flaf;Crus;Harl;Penk;Mox;Ruf;Graft;Pyrn;Sumps;Ards;Cuson",
        "Ch;Dat;Kran;Sim;Purl;Traf;Gaud;Dom;Stak;Lo;Hop;Por;Bry;Wak;Fle;Ratch;Mel",
        "mad;ie;ce;e;fa;es;le;ot;ston;ap;olt;ak;eam;ack",
    ),
}


def _ss_name(rng: np.random.Generator, planet: str, family: str) -> str:
    return f"{_one(rng, _split(_SS_NAMES[planet][0]))} {family}"


def _ss_family(rng: np.random.Generator, planet: str) -> str:
    _firsts, heads, tails = (_split(x) for x in _SS_NAMES[planet])
    return str(_one(rng, heads)) + str(_one(rng, tails))


def _spaceship_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7401)
    groups = np.sort(rng.choice(np.arange(1, 9281), 3000, replace=False))
    planets = list(_SS_PLANETS)
    cabins = dict.fromkeys("ABCDEFGT", 0)
    rows: list[dict[str, Any]] = []
    for g in groups:
        planet = str(_one(rng, planets, [p[0] for p in _SS_PLANETS.values()]))
        _w, cryo_p, mean_age, decks, destinations = _SS_PLANETS[planet]
        deck, side, destination = _draw(rng, decks), str(_one(rng, ["P", "S"])), _draw(rng, destinations)
        family, group_cryo = _ss_family(rng, planet), rng.random() < cryo_p
        number = cabins[deck]
        cabins[deck] += 1
        size = int(_draw(rng, _SS_SIZES))
        for k in range(1, size + 1):
            child = k > 1 and rng.random() < 0.3
            age = int(rng.integers(0, 13)) if child else int(np.clip(round(rng.normal(mean_age, 12)), 13, 79))
            cryo = group_cryo if rng.random() < 0.7 else bool(rng.random() < cryo_p)
            vip = planet != "Earth" and age >= 18 and rng.random() < (0.07 if planet == "Europa" else 0.04)
            spend = []
            for chance, median in _SS_HABITS[planet]:
                buys = not cryo and age > 12 and rng.random() < chance + (0.25 if vip else 0.0)
                amount = median * rng.lognormal(0, 1.15) * (2.5 if vip else 1.0) if buys else 0.0
                spend.append(float(round(min(amount, 29_000))))
            if k > 1 and rng.random() < 0.25:
                number = cabins[deck]
                cabins[deck] += 1
            z = {"Earth": -0.6, "Europa": 0.2, "Mars": -0.15}[planet] + _SS_DECK_TILTS[deck] + (2.0 if cryo else 0.0)
            z += -0.0011 * (spend[0] + spend[3] + spend[4]) + 0.0003 * (spend[1] + spend[2])
            z += (0.22 if side == "S" else -0.22) + (0.5 if age < 13 else 0.0)
            last = family if rng.random() < 0.85 else _ss_family(rng, planet)
            row: dict[str, Any] = {
                "PassengerId": f"{g:04d}_{k:02d}",
                "HomePlanet": planet,
                "CryoSleep": cryo,
                "Cabin": f"{deck}/{number}/{side}",
                "Destination": destination,
                "Age": float(age),
                "VIP": vip,
                **dict(zip(_SS_SPEND, spend, strict=True)),
                "Name": _ss_name(rng, planet, last),
                "Transported": bool(rng.random() < _sigmoid(z)),
            }
            for column, p in (("HomePlanet", 0.023), ("CryoSleep", 0.025), ("Cabin", 0.023), ("Destination", 0.021)):
                row[column] = _blanked(rng, row[column], p)
            for column, p in (("Age", 0.021), ("VIP", 0.023), *((c, 0.021) for c in _SS_SPEND), ("Name", 0.023)):
                row[column] = _blanked(rng, row[column], p)
            rows.append(row)
    return pd.DataFrame(rows)


def _ss_cryo_rates(d: pd.DataFrame) -> list[float]:
    cryo, moved = _text(d["CryoSleep"]).str.lower(), _true(d["Transported"])
    return [float(moved[cryo == "true"].mean()), float(moved[cryo == "false"].mean())]


def _ss_spend(skip_blanks: bool) -> Callable[[pd.DataFrame], list[float]]:
    """Mean total spending of Earth, Europa and Mars passengers: blanks as 0, or passengers with a blank left out."""

    def means(d: pd.DataFrame) -> list[float]:
        total = d[_SS_SPEND].sum(axis=1, min_count=0 if skip_blanks else len(_SS_SPEND))
        by = total.groupby(_text(d["HomePlanet"])).mean()
        return [float(by[p]) for p in _SS_PLANETS]

    return means


def _ss_deck(d: pd.DataFrame) -> pd.Series:
    return _text(d["Cabin"]).str.split("/").str[0]


def _ss_top_deck(d: pd.DataFrame) -> str:
    rates = _true(d["Transported"]).groupby(_ss_deck(d)).mean().drop("", errors="ignore")
    return str(_ranked(rates).index[0])


def _ss_grouped(d: pd.DataFrame) -> pd.Series:
    group = _text(d["PassengerId"]).str.split("_").str[0]
    return group.map(group.value_counts()) > 1


_SS_ID = ("PassengerId", "Name")
_SPACESHIP_QS = [
    Q(
        "what % of passengers got transported?",
        _share(lambda d: float(_true(d["Transported"]).mean())),
        (*_SS_ID, "Transported"),
    ),
    Q(
        "transported rate for people in cryosleep vs not",
        _shares(_ss_cryo_rates),
        (*_SS_ID, "CryoSleep", "Transported"),
    ),
    Q(
        "avg total spend per home planet (roomservice + foodcourt + shoppingmall + spa + vrdeck)",
        either(_scaled(_ss_spend(True), (1e3,)), _scaled(_ss_spend(False), (1e3,))),
        (*_SS_ID, "HomePlanet", *_SS_SPEND),
    ),
    Q(
        "which deck had the highest transported rate? deck is the first letter of Cabin",
        _lead(_named(_ss_top_deck)),
        (*_SS_ID, "Cabin", "Transported"),
    ),
    Q(
        "how many passengers are not travelling alone? the first part of PassengerId is their group",
        _count(lambda d: float(_ss_grouped(d).sum())),
        (*_SS_ID,),
    ),
    Q(
        "and what share of them were trasnported?",
        _share(lambda d: float(_true(d["Transported"])[_ss_grouped(d)].mean())),
        (*_SS_ID, "Transported"),
    ),
]


# --- 2. German credit risk (Kaggle "German Credit Risk", german_credit_data.csv) ---------------------------------

_GC_PURPOSES = (
    "car:33.7;radio/TV:28;furniture/equipment:18.1;business:9.7;education:5.9;repairs:2.2;domestic appliances:1.2;"
    "vacation/others:1.2"
)
# purpose: credit amount factor, tilt towards bad risk
_GC_PURPOSE_EFFECTS = {"car": (1.15, 0.0), "radio/TV": (0.85, -0.25), "furniture/equipment": (0.95, 0.1)}
_GC_PURPOSE_EFFECTS |= {"business": (1.25, 0.05), "education": (1.0, 0.45), "repairs": (0.8, 0.35)}
_GC_PURPOSE_EFFECTS |= {"domestic appliances": (0.6, 0.2), "vacation/others": (1.7, 0.6)}
_GC_DURATIONS = (
    "24:18.4;12:17.9;18:11.3;36:8.3;6:7.5;15:6.4;9:4.9;48:4.8;30:4;21:3;10:2.8;60:1.3;27:1.3;42:1.1;11:0.9;20:0.8;"
    "8:0.7;4:0.6;45:0.5;7:0.5;39:0.5;14:0.4;13:0.4;33:0.3;28:0.3;54:0.2;16:0.2;22:0.2;26:0.1;40:0.1;47:0.1;5:0.1;72:0.1"
)
_GC_SAVINGS = "little:60.3;moderate:10.3;quite rich:6.3;rich:4.8;NA:18.3"
_GC_CHECKING = "little:27.4;moderate:26.9;rich:6.3;NA:39.4"
_GC_TILTS = {"little": 0.75, "moderate": 0.35, "rich": -0.4, "quite rich": -0.55, "NA": -1.25}


def _german_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7402)
    rows: list[dict[str, Any]] = []
    for _ in range(1000):
        female = rng.random() < 0.31
        age = int(np.clip(round(19 + rng.gamma(2.2 if female else 2.6, 5.2 if female else 6.2)), 19, 75))
        job = int(_one(rng, [0, 1, 2, 3], [2.2, 20, 63, 14.8]))
        housing = str(_one(rng, ["own", "rent", "free"], [71.3, 17.9, 10.8] if age < 50 else [70, 10, 20]))
        saving, checking = _draw(rng, _GC_SAVINGS), _draw(rng, _GC_CHECKING)
        purpose, duration = _draw(rng, _GC_PURPOSES), int(_draw(rng, _GC_DURATIONS))
        factor, tilt = _GC_PURPOSE_EFFECTS[purpose]
        amount = 1800 * (duration / 12) ** 0.85 * factor * {0: 0.8, 1: 0.85, 2: 1.0, 3: 1.45}[job]
        amount = int(np.clip(round(amount * rng.lognormal(0, 0.45)), 250, 18_424))
        z = -1.05 + _GC_TILTS[checking] + 0.45 * _GC_TILTS[saving] + 0.028 * (duration - 21) - 0.015 * (age - 35)
        z += tilt + {"own": -0.2, "rent": 0.3, "free": 0.3}[housing] + (0.15 if female else 0.0)
        rows.append(
            {
                "Age": age,
                "Sex": "female" if female else "male",
                "Job": job,
                "Housing": housing,
                "Saving accounts": saving,
                "Checking account": checking,
                "Credit amount": amount,
                "Duration": duration,
                "Purpose": purpose,
                "Risk": "bad" if rng.random() < _sigmoid(z) else "good",
            }
        )
    frame = pd.DataFrame(rows)
    frame.insert(0, "", np.arange(len(frame)))
    return frame


def _gc_bad(d: pd.DataFrame) -> pd.Series:
    return _text(d["Risk"]) == "bad"


def _gc_bad_share(sex: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_gc_bad(d)[_text(d["Sex"]) == sex].mean())


_GC_ID = ("Unnamed: 0",)
_GERMAN_QS = [
    Q(
        "whats the avg credit ammount for good vs bad risk?",
        _scaled(lambda d: [d.loc[_text(d["Risk"]) == r, "Credit amount"].mean() for r in ("good", "bad")], (1e3,)),
        (*_GC_ID, "Risk", "Credit amount"),
    ),
    Q(
        "bad risk % for each purpose",
        _shares(lambda d: _gc_bad(d).groupby(_text(d["Purpose"])).mean().to_numpy()),
        (*_GC_ID, "Risk", "Purpose"),
    ),
    Q(
        "how many people have no checking account info?",
        _count(lambda d: float(d["Checking account"].isna().sum())),
        (*_GC_ID, "Checking account"),
    ),
    Q(
        "is duration correlated with the credit amount?",
        _corr(lambda d: d["Duration"], lambda d: d["Credit amount"]),
        (*_GC_ID, "Duration", "Credit amount"),
    ),
    Q(
        "what share of the women are bad risks?",
        _share(_gc_bad_share("female")),
        (*_GC_ID, "Sex", "Risk"),
    ),
    Q(
        "and for men?",
        _share(_gc_bad_share("male")),
        (*_GC_ID, "Sex", "Risk"),
    ),
]


# --- 3. Sample sales data (Kaggle "Sample Sales Data", sales_data_sample.csv) -----------------------------------

# product line: share of order lines (%), products, MSRP range
_SD_LINES: dict[str, tuple[float, int, tuple[int, int]]] = {
    "Classic Cars": (34.3, 37, (35, 214)),
    "Vintage Cars": (21.5, 24, (33, 170)),
    "Motorcycles": (11.7, 13, (60, 193)),
    "Planes": (10.8, 12, (49, 157)),
    "Trucks and Buses": (10.7, 11, (58, 136)),
    "Ships": (8.3, 9, (54, 122)),
    "Trains": (2.7, 3, (58, 100)),
}
_SD_SCALES = _split("10;12;18;24;32;50;700;72")
# CUSTOMERNAME|PHONE|ADDRESSLINE1|ADDRESSLINE2|CITY|STATE|POSTALCODE|COUNTRY|TERRITORY|CONTACTLASTNAME|
# CONTACTFIRSTNAME|orders
_SD_CUSTOMERS = _fields(
    "Euro Shopping Channel|(91) 555 94 44|C/ Moralzarzal, 86||Madrid||28034|Spain|EMEA|Freyre|Diego|26;"
    "Mini Gifts Distributors Ltd.|4155551450|5677 Strong St.||San Rafael|CA|97562|USA|NA|Nelson|Valarie|17;"
    "Australian Collectors, Co.|03 9520 4555|636 St Kilda Road|Level 3|Melbourne|Victoria|3004|Australia|APAC|"
    "Ferguson|Peter|5;"
    "La Rochelle Gifts|40.67.8555|67, rue des Cinquante Otages||Nantes||44000|France|EMEA|Labrune|Janine|4;"
    "AV Stores, Co.|(171) 555-1555|Fauntleroy Circus||Manchester||EC2 5NT|UK|EMEA|Ashworth|Victoria|3;"
    "Land of Toys Inc.|2125557818|897 Long Airport Avenue||NYC|NY|10022|USA|NA|Yu|Kwai|4;"
    "Muscle Machine Inc|2125557413|4092 Furth Circle|Suite 400|NYC|NY|10022|USA|NA|Young|Jeff|4;"
    "Anna's Decorations, Ltd|02 9936 8555|201 Miller Street|Level 15|North Sydney|NSW|2060|Australia|APAC|O'Hara|"
    "Anna|4;"
    "Rovelli Gifts|035-640555|Via Ludovico il Moro 22||Bergamo||24100|Italy|EMEA|Rovelli|Giovanni|3;"
    "Dragon Souveniers, Ltd.|+65 221 7555|Bronz Sok.|Bronz Apt. 3/6 Tesvikiye|Singapore||079903|Singapore|Japan|"
    "Natividad|Eric|5;"
    "Corporate Gift Ideas Co.|6505551386|7734 Strong St.||San Francisco|CA||USA|NA|Brown|Julie|4;"
    "Down Under Souveniers, Inc|+61 2 9495 8555|162-164 Grafton Road|Level 2|Chatswood|NSW|2067|Australia|APAC|"
    "Huxley|Adrian|5;"
    "Danish Wholesale Imports|31 12 3555|Vinbæltet 34||Kobenhavn||1734|Denmark|EMEA|Petersen|Jytte|5;"
    "Saveley & Henriot, Co.|78.32.5555|2, rue du Commerce||Lyon||69004|France|EMEA|Saveley|Mary|3;"
    "Reims Collectables|26.47.1555|59 rue de l'Abbaye||Reims||51100|France|EMEA|Henriot|Paul|5;"
    "Technics Stores Inc.|6505556809|9408 Furth Circle||Burlingame|CA|94217|USA|NA|Hirano|Juri|4;"
    "Handji Gifts& Co|+65 224 1555|Village Close - 106 Linden Road Sandown|2nd Floor|Singapore||069045|Singapore|"
    "APAC|Victorino|Wendy|4;"
    "Toys of Finland, Co.|90-224 8555|Keskuskatu 45||Helsinki||21240|Finland|EMEA|Karttunen|Matti|3;"
    "Baane Mini Imports|07-98 9555|Erling Skakkes gate 78||Stavern||4110|Norway|EMEA|Bergulfsen|Jonas|4;"
    "Salzburg Collectables|6562-9555|Geislweg 14||Salzburg||5020|Austria|EMEA|Pipps|Georg|4;"
    "Gift Depot Inc.|2035552570|25593 South Bay Ln.||Bridgewater|CT|97562|USA|NA|King|Julie|3;"
    "Vida Sport, Ltd|0897-034555|Grenzacherweg 237||Gensve||1203|Switzerland|EMEA|Holz|Michael|2;"
    "Tokyo Collectables, Ltd|+81 3 3584 0555|2-2-8 Roppongi||Minato-ku|Tokyo|106-0032|Japan|Japan|Shimamura|"
    "Akiko|4;"
    "Osaka Souveniers Co.|+81 06 6342 5555|Dojima Avanza 4F, 1-6-20 Dojima, Kita-ku||Osaka|Osaka|530-0003|Japan|"
    "Japan|Kentary|Mory|2;"
    "Canadian Gift Exchange Network|(604) 555-3392|1900 Oak St.||Vancouver|BC|V3F 2K1|Canada|NA|Tannamuri|Yoshi|2;"
    "Royal Canadian Collectables, Ltd.|(604) 555-4555|23 Tsawassen Blvd.||Tsawassen|BC|T2F 8M4|Canada|NA|Lincoln|"
    "Elizabeth|2;"
    "Scandinavian Gift Ideas|0695-34 6555|Åkergatan 24||Bräcke||S-844 67|Sweden|EMEA|Larsson|Maria|3;"
    "Heintze Collectables|86 21 3555|Smagsloget 45||Aaarhus||8200|Denmark|EMEA|Ibsen|Palle|3;"
    "Cruz & Sons Co.|+63 2 555 3587|15 McCallum Street|NatWest Center #13-03|Makati City||1227 MM|Philippines|Japan|"
    "Cruz|Arnold|3;"
    "Blauer See Auto, Co.|+49 69 66 90 2555|Lyonerstr. 34||Frankfurt||60528|Germany|EMEA|Keitel|Roland|2;"
    "UK Collectables, Ltd.|(171) 555-2282|Berkeley Gardens 12  Brewery||Liverpool||WX1 6LT|UK|EMEA|Devon|"
    "Elizabeth|3;"
    "Vitachrome Inc.|2125551500|2678 Kingston Rd.|Suite 101|NYC|NY|10022|USA|NA|Frick|Michael|3;"
    "Souveniers And Things Co.|+61 2 9495 8555|Monitor Money Building|815 Pacific Hwy|Chatswood|NSW|2067|Australia|"
    "APAC|Huxley|Adrian|4;"
    "Diecast Classics Inc.|2155551555|7586 Pompton St.||Allentown|PA|70267|USA|NA|Yu|Kyung|4;"
    "Online Diecast Creations Co.|6035558647|2304 Long Airport Avenue||Nashua|NH|62005|USA|NA|Young|Dorothy|3;"
    "Tekni Collectables Inc.|2015559350|7476 Moss Rd.||Newark|NJ|94019|USA|NA|Brown|William|3;"
    "Auto Canal Petit|(1) 47.55.6555|25, rue Lauriston||Paris||75016|France|EMEA|Perrier|Dominique|3;"
    "Herkku Gifts|+47 2267 3215|Drammensveien 126 A|PR 123|Bergen||N 5804|Norway|EMEA|Oeztan|Veysel|3;"
    "Toys4GrownUps.com|6265557265|78934 Hillside Dr.||Pasadena|CA|90003|USA|NA|Young|Julie|3;"
    "FunGiftIdeas.com|5085552555|1785 First Street||New Bedford|MA|50553|USA|NA|Benitez|Violeta|3;"
    "Marta's Replicas Co.|6175558555|39323 Spinnaker Dr.||Cambridge|MA|51247|USA|NA|Hernandez|Marta|2;"
    "Mini Creations Ltd.|5085559555|4575 Hillside Dr.||New Bedford|MA|50553|USA|NA|Tam|Wing C|3;"
    "Classic Legends Inc.|2125558493|5905 Pompton St.|Suite 750|NYC|NY|10022|USA|NA|Hernandez|Maria|3;"
    "Suominen Souveniers|+358 9 8045 555|Software Engineering Center|SEC Oy|Espoo||FIN-02271|Finland|EMEA|"
    "Suominen|Kalle|3;"
    "Oulu Toy Supplies, Inc.|981-443655|Torikatu 38||Oulu||90110|Finland|EMEA|Koskitalo|Pirkko|3;"
    "Amica Models & Co.|011-4988555|Via Monte Bianco 34||Torino||10100|Italy|EMEA|Accorti|Paolo|2;"
    "Mini Auto Werke|7675-3555|Kirchgasse 6||Graz||8010|Austria|EMEA|Mendel|Roland|2;"
    "Iberia Gift Imports, Corp.|(95) 555 82 82|C/ Romero, 33||Sevilla||41101|Spain|EMEA|Roel|José Pedro|2;"
    "Alpha Cognac|61.77.6555|1 rue Alsace-Lorraine||Toulouse||31000|France|EMEA|Roulet|Annette|3;"
    "Motor Mint Distributors Inc.|2155559857|11328 Douglas Av.||Philadelphia|PA|71270|USA|NA|Hernandez|Rosa|3;"
    "Signal Gift Stores|7025551838|8489 Strong St.||Las Vegas|NV|83030|USA|NA|King|Jean|2;"
    "Collectables For Less Inc.|6175558555|7825 Douglas Av.||Brickhaven|MA|58339|USA|NA|Nelson|Allen|3;"
    "Enaco Distributors|(93) 203 4555|Rambla de Cataluña, 23||Barcelona||08022|Spain|EMEA|Saavedra|Eduardo|3;"
    "L'ordine Souveniers|0522-556555|Strada Provinciale 124||Reggio Emilia||42100|Italy|EMEA|Moroni|Maurizio|3;"
    "Gifts4AllAges.com|6175559555|8616 Spinnaker Dr.||Boston|MA|51003|USA|NA|Yoshido|Juri|3;"
    "giftsbymail.co.uk|(198) 555-8888|Garden House|Crowther Way 23|Cowes|Isle of Wight|PO31 7PJ|UK|EMEA|Bennett|"
    "Helen|2;"
    "Norway Gifts By Mail, Co.|+47 2212 1555|Drammensveien 126A|PB 211 Sentrum|Oslo||N 0106|Norway|EMEA|Klaeboe|"
    "Jan|2"
)
_SD_SEASON = [7.0, 7.0, 7.0, 7.5, 7.5, 6.5, 7.0, 8.0, 9.0, 14.0, 30.0, 9.0]
_SD_COLUMNS = _split(
    "ORDERNUMBER;QUANTITYORDERED;PRICEEACH;ORDERLINENUMBER;SALES;ORDERDATE;STATUS;QTR_ID;MONTH_ID;YEAR_ID;"
    "PRODUCTLINE;MSRP;PRODUCTCODE;CUSTOMERNAME;PHONE;ADDRESSLINE1;ADDRESSLINE2;CITY;STATE;POSTALCODE;COUNTRY;"
    "TERRITORY;CONTACTLASTNAME;CONTACTFIRSTNAME;DEALSIZE"
)


def _sd_products(rng: np.random.Generator) -> list[tuple[str, str, int, float]]:
    """(code, line, MSRP, weight) for every product."""
    used: set[str] = set()
    products: list[tuple[str, str, int, float]] = []
    for line, (share, k, (low, high)) in _SD_LINES.items():
        msrps = np.sort(rng.integers(low, high + 1, k))
        msrps[0], msrps[-1] = low, high
        for msrp in msrps:
            code = ""
            while not code or code in used:
                code = f"S{_one(rng, _SD_SCALES)}_{int(rng.integers(1000, 5000))}"
            used.add(code)
            products.append((code, line, int(msrp), share / k))
    return products


def _sales_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7403)
    products = _sd_products(rng)
    weights = np.array([p[3] for p in products])
    dates: list[pd.Timestamp] = []
    for year, k in ((2003, 104), (2004, 144), (2005, 59)):
        months = 12 if year < 2005 else 5
        for _ in range(k):
            month = int(_one(rng, list(range(1, months + 1)), _SD_SEASON[:months]))
            start = pd.Timestamp(year, month, 1)
            dates.append(start + pd.Timedelta(days=int(rng.integers(0, start.days_in_month))))
    dates.sort()
    customers = [c[:11] for c in _SD_CUSTOMERS]
    visits = [float(c[11]) for c in _SD_CUSTOMERS]
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(dates):
        if i >= len(dates) - 6:
            status = "In Process"
        elif day.year == 2005:
            status = _draw(rng, "Shipped:76;On Hold:9;Disputed:6;Resolved:9")
        else:
            status = _draw(rng, "Shipped:95.5;Cancelled:3;Resolved:1.5")
        customer = customers[int(rng.choice(len(customers), p=np.array(visits) / sum(visits)))]
        lines = int(np.clip(round(rng.gamma(3.2, 2.9)), 1, 18))
        picked = rng.choice(len(products), lines, replace=False, p=weights / weights.sum())
        for number, j in enumerate(rng.permutation(picked), start=1):
            code, line, msrp, _w = products[int(j)]
            roll = rng.random()
            low, high = (6, 20) if roll < 0.03 else (55, 98) if roll < 0.05 else (20, 51)
            quantity = int(rng.integers(low, high))
            price = round(msrp * float(rng.uniform(0.82, 1.16)), 2)
            sales = round(quantity * price, 2)
            rows.append(
                {
                    "ORDERNUMBER": 10100 + i,
                    "QUANTITYORDERED": quantity,
                    "PRICEEACH": min(price, 100.0),
                    "ORDERLINENUMBER": number,
                    "SALES": sales,
                    "ORDERDATE": f"{day.month}/{day.day}/{day.year} 0:00",
                    "STATUS": status,
                    "QTR_ID": (day.month - 1) // 3 + 1,
                    "MONTH_ID": day.month,
                    "YEAR_ID": day.year,
                    "PRODUCTLINE": line,
                    "MSRP": msrp,
                    "PRODUCTCODE": code,
                    **dict(zip(_SD_COLUMNS[13:24], [x or None for x in customer], strict=True)),
                    "DEALSIZE": "Small" if sales < 3000 else "Medium" if sales < 7000 else "Large",
                }
            )
    frame = pd.DataFrame(rows)[_SD_COLUMNS]
    return frame.sort_values(["PRODUCTCODE", "ORDERNUMBER"], kind="stable").reset_index(drop=True)


def _sd_short(name: str) -> list[str]:
    """A customer's name without its company suffix ("Mini Gifts Distributors" for "... Ltd.")."""
    short = re.sub(r"(?:[,\s]+(?:Ltd|Inc|Co|Corp|Company)\.?)+$", "", name)
    return [short] if short != name else []


def _sd_sums(by: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(d.groupby(_text(d[by]))["SALES"].sum())


def _sd_peak_2004(d: pd.DataFrame) -> pd.Timestamp:
    dates = pd.to_datetime(_text(d["ORDERDATE"]), format="%m/%d/%Y %H:%M")
    by = d["SALES"][dates.dt.year == 2004].groupby(dates.dt.month).sum()
    return pd.Timestamp(2004, int(by.idxmax()), 1)


def _sd_cancelled(per_order: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        status = _text(d["STATUS"])
        if per_order:
            status = status.groupby(d["ORDERNUMBER"]).first()
        return float((status == "Cancelled").mean())

    return share


_SD_ID = ("ORDERNUMBER", "ORDERLINENUMBER", "PRODUCTCODE")
_SD_MONEY = (1e3, 1e6)
_SALES_QS = [
    Q(
        "which product line brings in the most sales?",
        _lead(_named(lambda d: str(_sd_sums("PRODUCTLINE")(d).index[0]))),
        (*_SD_ID, "PRODUCTLINE", "SALES"),
    ),
    Q(
        "and the least?",
        _lead(_named(lambda d: str(_sd_sums("PRODUCTLINE")(d).index[-1]))),
        (*_SD_ID, "PRODUCTLINE", "SALES"),
    ),
    Q(
        "top 5 customers by total sales",
        _any_named(lambda d: [str(x) for x in _sd_sums("CUSTOMERNAME")(d).index[:5]], _sd_short),
        (*_SD_ID, "CUSTOMERNAME", "SALES"),
    ),
    Q(
        "plot monthly sales for 2004 - which month was the peak?",
        _lead(_month(_sd_peak_2004)),
        (*_SD_ID, "ORDERDATE", "MONTH_ID", "YEAR_ID", "SALES"),
    ),
    Q(
        "what percent of orders were cancelled",
        either(_share(_sd_cancelled(False)), _share(_sd_cancelled(True))),
        (*_SD_ID, "STATUS"),
    ),
    Q(
        "total sales by territory",
        _scaled(lambda d: d.groupby(_text(d["TERRITORY"]))["SALES"].sum().to_numpy(), _SD_MONEY, rel=0.025),
        (*_SD_ID, "TERRITORY", "COUNTRY", "SALES"),
    ),
]


# --- 4. Cookie Cats A/B test (Kaggle "Mobile Games A/B Testing - Cookie Cats", cookie_cats.csv) ------------------


def _cookie_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7404)
    n = 5000
    ids = np.sort(pd.unique(rng.integers(116, 9_999_862, n + 100))[:n])
    late = rng.random(n) < 0.504
    rounds = np.round(rng.lognormal(np.log(17), 1.45, n))
    rounds = np.where(rng.random(n) < 0.044, 0, np.clip(rounds, 1, 2961)).astype(int)
    outlier = int(rng.choice(np.flatnonzero(~late)))
    rounds[outlier] = 49_854
    lift = np.log1p(np.minimum(rounds, 3000))
    day1 = rng.random(n) < 1 / (1 + np.exp(-(-2.25 + 0.72 * lift))) - 0.006 * late
    day7 = rng.random(n) < 1 / (1 + np.exp(-(-4.6 + 0.95 * lift))) - 0.008 * late
    return pd.DataFrame(
        {
            "userid": ids,
            "version": np.where(late, "gate_40", "gate_30"),
            "sum_gamerounds": rounds,
            "retention_1": day1,
            "retention_7": day7,
        }
    )


def _ck_rates(column: str) -> Callable[[pd.DataFrame], Any]:
    return lambda d: _true(d[column]).groupby(_text(d["version"])).mean().to_numpy()


def _ck_top(d: pd.DataFrame) -> float:
    return float(d.loc[d["sum_gamerounds"].idxmax(), "userid"])


_CK_ID = ("userid",)
_COOKIE_QS = [
    Q(
        "how many players got each version?",
        _count(lambda d: _text(d["version"]).value_counts().to_numpy()),
        (*_CK_ID, "version"),
    ),
    Q(
        "1-day retention rate for gate_30 vs gate_40",
        _shares(_ck_rates("retention_1")),
        (*_CK_ID, "version", "retention_1"),
    ),
    Q(
        "and 7 day retention?",
        _shares(_ck_rates("retention_7")),
        (*_CK_ID, "version", "retention_7"),
    ),
    Q(
        "median sum_gamerounds per version",
        _count(lambda d: d.groupby(_text(d["version"]))["sum_gamerounds"].median().to_numpy()),
        (*_CK_ID, "version", "sum_gamerounds"),
    ),
    Q(
        "how many players never played a single round?",
        _count(lambda d: float((d["sum_gamerounds"] == 0).sum())),
        (*_CK_ID, "sum_gamerounds"),
    ),
    Q(
        "who played the most game rounds? give me the userid and how many",
        both(has(_ck_top, rel=1e-9), _count(lambda d: float(d["sum_gamerounds"].max()))),
        (*_CK_ID, "sum_gamerounds"),
    ),
]


# --- 5. Unicorn companies (Kaggle "Unicorn Companies", Unicorn_Companies.csv) ------------------------------------

# the best known, most valuable first: Company|Valuation ($B)|Date Joined|Country|City|Industry|Select Investors|
# Founded Year|Total Raised|Financial Stage
_UC_FAMOUS = _fields(
    "Bytedance|180|4/7/2017|China|Beijing|Artificial intelligence|Sequoia Capital China, SIG Asia Investments, Sina "
    "Weibo, Softbank Group|2012|$7.44B|IPO;"
    "SpaceX|100.3|12/1/2012|United States|Hawthorne|Other|Founders Fund, Draper Fisher Jurvetson, Rothenberg "
    "Ventures|2002|$6.874B|None;"
    "Stripe|95|1/23/2014|United States|San Francisco|Fintech|Khosla Ventures, LowercaseCapital, capitalG|2010|"
    "$2.901B|None;"
    "Klarna|45.6|12/12/2011|Sweden|Stockholm|Fintech|Institutional Venture Partners, Sequoia Capital, General "
    "Atlantic|2005|$3.472B|Acquired;"
    "Canva|40|1/8/2018|Australia|Surry Hills|Internet software & services|Sequoia Capital China, Blackbird "
    "Ventures, Matrix Partners|2012|$572.6M|None;"
    "Checkout.com|40|5/2/2019|United Kingdom|London|Fintech|Tiger Global Management, Insight Partners, DST Global|"
    "2012|$1.83B|None;"
    "Instacart|39|12/30/2014|United States|San Francisco|Supply chain, logistics, & delivery|Khosla Ventures, "
    "Kleiner Perkins Caufield & Byers, Collaborative Fund|2012|$2.686B|None;"
    "Databricks|38|2/5/2019|United States|San Francisco|Data management & analytics|Andreessen Horowitz, New "
    "Enterprise Associates, Battery Ventures|2013|$3.5B|None;"
    "Revolut|33|4/26/2018|United Kingdom|London|Fintech|index Ventures, DST Global, Ribbit Capital|2015|$1.716B|"
    "None;"
    "FTX|32|7/20/2021|Bahamas|Nassau|Fintech|Sequoia Capital, Thoma Bravo, Softbank|2018|$1.829B|None;"
    "Epic Games|31.5|10/26/2018|United States|Cary|Other|Tencent Holdings, KKR, Smash Ventures|1991|$6.453B|None;"
    "Fanatics|27|6/6/2012|United States|Jacksonville|E-commerce & direct-to-consumer|SoftBank Group, Andreessen "
    "Horowitz, Temasek Holdings|2002|$4.965B|None;"
    "Chime|25|3/5/2019|United States|San Francisco|Fintech|Forerunner Ventures, Crosslink Capital, Homebrew|2013|"
    "$2.307B|None;"
    "BYJU's|22|7/25/2017|India|Bengaluru|Edtech|Tencent Holdings, Lightspeed India Partners, Sequoia Capital "
    "India|2011|$4.447B|None;"
    "J&T Express|20|4/7/2021|Indonesia|Jakarta|Supply chain, logistics, & delivery|Hillhouse Capital Management, "
    "Boyu Capital, Sequoia Capital China|2015|$4.653B|None;"
    "Xiaohongshu|20|3/20/2016|China|Shanghai|E-commerce & direct-to-consumer|GGV Capital, ZhenFund, Tencent|2013|"
    "$917.52M|None;"
    "Miro|17.5|1/5/2022|United States|San Francisco|Internet software & services|Accel, AltImeter Capital, Insight "
    "Partners|2011|$476.3M|None;"
    "Yuanfudao|15.5|5/31/2017|China|Beijing|Edtech|Tencent Holdings, Warbug Pincus, IDG Capital|2012|$3.541B|None;"
    "Discord|15|8/30/2018|United States|San Francisco|Internet software & services|Benchmark, Greylock Partners, "
    "Tencent Holdings|2012|$979.3M|None;"
    "Ripple|15|12/20/2019|United States|San Francisco|Fintech|IDG Capital, Venture51, Lightspeed Venture "
    "Partners|2012|$293.8M|None"
)
_UC_INDUSTRIES = (
    "Fintech:224;Internet software & services:218;E-commerce & direct-to-consumer:101;Health:74;"
    "Artificial intelligence:66;Other:55;Supply chain, logistics, & delivery:55;Cybersecurity:50;"
    "Data management & analytics:40;Mobile & telecommunications:38;Hardware:34;Auto & transportation:31;Edtech:26;"
    "Consumer & retail:25;Travel:14"
)
_UC_LIFTS = {"Fintech": 1.2, "Other": 1.1, "Artificial intelligence": 1.1, "Travel": 0.85, "Health": 0.9}
_UC_COUNTRIES = (
    "United States:518;China:167;India:64;United Kingdom:41;Germany:26;France:24;Israel:21;Canada:19;Brazil:16;"
    "Singapore:12;South Korea:12;Hong Kong:7;Japan:6;Netherlands:6;Australia:7;Sweden:5;Indonesia:5;Mexico:5;"
    "Ireland:5;Switzerland:5;Spain:4;Colombia:4;Nigeria:4;Estonia:3;Finland:3;Belgium:3;Turkey:3;"
    "United Arab Emirates:3;Austria:2;Norway:2;Vietnam:2;Philippines:2;Chile:2;Denmark:2;Thailand:2;South Africa:2;"
    "Argentina:1;Lithuania:1;Malaysia:1;Senegal:1;Czech Republic:1;Luxembourg:1;Croatia:1"
)
_UC_CITIES = {
    "United States": "San Francisco:30;New York:20;Boston:5;Palo Alto:4;Chicago:4;Seattle:4;Los Angeles:4;Austin:3;"
    "Mountain View:2;Redwood City:2;Miami:2;San Mateo:2;Denver:2;Atlanta:1;Salt Lake City:1;Santa Monica:1",
    "China": "Beijing:40;Shanghai:35;Shenzhen:15;Hangzhou:10;Guangzhou:5",
    "India": "Bengaluru:40;Gurugram:15;Mumbai:15;New Delhi:5;Noida:5;Pune:5;Chennai:4",
    "United Kingdom": "London:90;Cambridge:4;Edinburgh:3;Manchester:3",
    "Germany": "Berlin:60;Munich:30;Hamburg:10",
    "France": "Paris:90;Lyon:5;Nantes:5",
    "Israel": "Tel Aviv:70;Herzliya:15;Petah Tikva:15",
    "Canada": "Toronto:50;Vancouver:25;Montreal:20;Waterloo:5",
    "Brazil": "Sao Paulo:80;Curitiba:10;Rio de Janeiro:10",
    "South Korea": "Seoul:100",
    "Australia": "Sydney:70;Melbourne:30",
}
_UC_CAPITALS = {"Netherlands": "Amsterdam", "Switzerland": "Zurich", "Turkey": "Istanbul", "Vietnam": "Hanoi"}
_UC_CAPITALS |= {"United Arab Emirates": "Dubai", "Nigeria": "Lagos", "Philippines": "Manila", "Chile": "Santiago"}
_UC_CAPITALS |= {"Colombia": "Bogota", "Mexico": "Mexico City", "Indonesia": "Jakarta", "Japan": "Tokyo"}
_UC_CAPITALS |= {"Ireland": "Dublin", "Spain": "Madrid", "Estonia": "Tallinn", "Finland": "Helsinki"}
_UC_CAPITALS |= {"Belgium": "Brussels", "Austria": "Vienna", "Norway": "Oslo", "Denmark": "Copenhagen"}
_UC_CAPITALS |= {"Thailand": "Bangkok", "South Africa": "Cape Town", "Argentina": "Buenos Aires"}
_UC_CAPITALS |= {"Lithuania": "Vilnius", "Malaysia": "Kuala Lumpur", "Senegal": "Dakar", "Sweden": "Stockholm"}
_UC_CAPITALS |= {"Czech Republic": "Prague", "Luxembourg": "Luxembourg", "Croatia": "Zagreb"}
_UC_CAPITALS |= {"Singapore": "Singapore", "Hong Kong": "Hong Kong", "Bahamas": "Nassau"}
_UC_INVESTORS = _split(
    "Sequoia Capital;Accel;Tiger Global Management;Andreessen Horowitz;Insight Partners;SoftBank Group;"
    "Lightspeed Venture Partners;General Catalyst;Index Ventures;Kleiner Perkins Caufield & Byers;Founders Fund;"
    "Khosla Ventures;Bessemer Venture Partners;Y Combinator;Coatue Management;Greylock Partners;Battery Ventures;"
    "Redpoint Ventures;Ribbit Capital;QED Investors;DST Global;Thrive Capital;Lux Capital;New Enterprise Associates;"
    "Balderton Capital;Northzone Ventures;Atomico;Earlybird Venture Capital;Point Nine Capital"
)
_UC_ASIA_INVESTORS = _split(
    "Sequoia Capital China;Tencent Holdings;IDG Capital;Hillhouse Capital Management;Matrix Partners China;"
    "Qiming Venture Partners;GGV Capital;Sequoia Capital India;Tiger Global Management;Alibaba Group;Baidu;"
    "Shunwei Capital Partners;Source Code Capital;Lightspeed India Partners;Accel India;Nexus Venture Partners;"
    "Kalaari Capital;SIG Asia Investments;Vertex Ventures;Jungle Ventures"
)
_UC_STAGES = "None:94;Acquired:2.6;IPO:1.6;Acq:0.9;Divestiture:0.5;Reverse Merger:0.4"
_UC_YEARS = "2007:1;2011:1;2012:4;2013:3;2014:13;2015:35;2016:21;2017:44;2018:103;2019:104;2020:108;2021:520;2022:80"
_UC_HEADS = _split(
    "Nova;Flux;Zen;Quant;Blue;Bright;Clear;Cloud;Data;Deep;Echo;Fin;Gravity;Hyper;Insta;Kin;Loop;Meta;Next;Open;Pay;"
    "Pix;Pulse;Rapid;Snap;Spot;Swift;Tally;True;Vera;Wave;Zip;Astra;Bolt;Carta;Dream;Ever;Fresh;Grid;Hive;Keep;Lumen;"
    "Mint;Noble;Orbit;Prime;Rise;Sky;Terra;Uni"
)
_UC_TAILS = _split(
    "ly;io;base;hub;stack;works;lab;pay;flow;wise;mind;sense;ship;cart;desk;bit;verse;lane;point;go;ify;ai;X;Labs;"
    "Health;Money;Bank;AI;Logistics;Commerce;Security;Tech;Robotics;.com;Cloud; Technologies; Group"
)


def _uc_raised(raised: float) -> str:
    if raised >= 1e9:
        return f"${raised / 1e9:.3f}".rstrip("0").rstrip(".") + "B"
    return f"${raised / 1e6:.2f}".rstrip("0").rstrip(".") + "M"


def _unicorn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7405)
    n = 1037 - len(_UC_FAMOUS)
    countries, industries = _deal(rng, _UC_COUNTRIES, n), _deal(rng, _UC_INDUSTRIES, n)
    years = _deal(rng, _UC_YEARS, n)
    used = {f[0] for f in _UC_FAMOUS}
    rows: list[dict[str, Any]] = []
    for f in _UC_FAMOUS:
        rows.append(
            {
                "Company": f[0],
                "Valuation ($B)": f"${f[1]}",
                "Date Joined": f[2],
                "Country": f[3],
                "City": f[4],
                "Industry": f[5],
                "Select Investors": f[6],
                "Founded Year": f[7],
                "Total Raised": f[8],
                "Financial Stage": f[9],
                "Investors Count": int(rng.integers(8, 40)),
                "Deal Terms": int(rng.integers(3, 16)),
                "Portfolio Exits": str(int(rng.integers(1, 4))) if rng.random() < 0.2 else "None",
            }
        )
    for country, industry, year_text in zip(countries, industries, years, strict=True):
        name = ""
        while not name or name in used:
            name = str(_one(rng, _UC_HEADS)) + str(_one(rng, _UC_TAILS))
        used.add(name)
        if industry == "Artificial intelligence" and rng.random() < 0.15:
            industry = "Artificial Intelligence"
        year = int(year_text)
        start = pd.Timestamp(year, 1, 1)
        span = 95 if year == 2022 else 365
        joined = start + pd.Timedelta(days=int(rng.integers(0, span)))
        value = float(np.clip((1 - rng.random()) ** (-1 / 1.35), 1.0, 38.0))
        value = max(1.0, value * _UC_LIFTS.get(industry, 1.0) * float(rng.lognormal(0, 0.1)))
        value = round(value, 2 if value < 10 and rng.random() < 0.3 else 1 if value < 20 else 0)
        founded = year - int(np.clip(round(rng.gamma(2.6, 2.8)), 0, 30))
        asia = country in ("China", "India", "Singapore", "Indonesia", "Hong Kong", "Vietnam")
        pool = _UC_ASIA_INVESTORS if asia else _UC_INVESTORS
        picks = rng.choice(len(pool), int(_one(rng, [2, 3, 4], [15, 75, 10])), replace=False)
        raised = value * 1e9 * float(rng.lognormal(np.log(0.16), 0.6))
        city = _draw(rng, _UC_CITIES[country]) if country in _UC_CITIES else _UC_CAPITALS[country]
        rows.append(
            {
                "Company": name,
                "Valuation ($B)": f"${value:g}",
                "Date Joined": f"{joined.month}/{joined.day}/{joined.year}",
                "Country": country,
                "City": city,
                "Industry": industry,
                "Select Investors": ", ".join(pool[int(i)] for i in picks) if rng.random() > 0.002 else None,
                "Founded Year": str(founded) if rng.random() > 0.012 else "None",
                "Total Raised": _uc_raised(raised) if rng.random() > 0.022 else "None",
                "Financial Stage": _draw(rng, _UC_STAGES),
                "Investors Count": _blanked(rng, int(np.clip(rng.poisson(rng.gamma(3, 3.5)), 1, 60)), 0.01),
                "Deal Terms": _blanked(rng, int(np.clip(rng.poisson(2.6), 1, 12)), 0.03),
                "Portfolio Exits": "None" if rng.random() < 0.94 else str(int(rng.integers(1, 6))),
            }
        )
    frame = pd.DataFrame(rows)
    frame["Investors Count"] = frame["Investors Count"].astype("Int64")
    frame["Deal Terms"] = frame["Deal Terms"].astype("Int64")
    frame["_v"] = _number(frame["Valuation ($B)"])
    return frame.sort_values("_v", ascending=False, kind="stable").drop(columns="_v").reset_index(drop=True)


def _uc_value(d: pd.DataFrame) -> pd.Series:
    return _number(d["Valuation ($B)"])


def _uc_raised_b(d: pd.DataFrame) -> pd.Series:
    """Total Raised in billions of dollars ("$500M" as 0.5), "None" as NaN."""
    text = _text(d["Total Raised"]).str.replace("$", "", regex=False)
    unit = text.str[-1:].map({"B": 1.0, "M": 1e-3, "K": 1e-6})
    return pd.to_numeric(text.str[:-1], errors="coerce") * unit


def _uc_top_industry(fold: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        industry = _text(d["Industry"])
        industry = industry.str.lower() if fold else industry
        return str(_ranked(_uc_value(d).groupby(industry).mean()).index[0])

    return top


def _uc_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date Joined"]), format="%m/%d/%Y").dt.year


def _uc_best_year(d: pd.DataFrame) -> float:
    return float(_ranked(_uc_year(d).value_counts()).index[0])


_UC_ALIASES = {"United States": ("US", "USA", "U.S."), "United Kingdom": ("UK", "U.K.", "Britain")}
_UC_ID = ("Company",)
_UNICORN_QS = [
    Q(
        "top 5 countries by number of unicorns",
        _all_named(lambda d: [str(x) for x in _ranked(_text(d["Country"]).value_counts()).index[:5]], _UC_ALIASES),
        (*_UC_ID, "Country"),
    ),
    Q(
        "whats the combined valuation of all these companies?",
        _scaled(lambda d: float(_uc_value(d).sum()), (1e3, 1e-9)),
        (*_UC_ID, "Valuation ($B)"),
    ),
    Q(
        "which industry has the highest avg valuation",
        _lead(either(_named(_uc_top_industry(False)), _named(_uc_top_industry(True)))),
        (*_UC_ID, "Industry", "Valuation ($B)"),
    ),
    Q(
        "plot the number of new unicorns per year (date joined). which year had the most?",
        _lead(_year(_uc_best_year)),
        (*_UC_ID, "Date Joined"),
    ),
    Q(
        "how many fintech companies joined that year?",
        _count(lambda d: float(((_uc_year(d) == _uc_best_year(d)) & (_text(d["Industry"]) == "Fintech")).sum())),
        (*_UC_ID, "Date Joined", "Industry"),
    ),
    Q(
        "does total raised correlate with valuation?",
        _corr(_uc_raised_b, _uc_value),
        (*_UC_ID, "Total Raised", "Valuation ($B)"),
    ),
]


# --- 6. Daily temperature of major cities (Kaggle "Daily Temperature of Major Cities", city_temperature.csv) -----

# City|Region|Country|State|mean (°F)|seasonal swing (°F)|warmest day of the year|daily noise (°F)|missing days
_CT_CITIES = _fields(
    "Bombay (Mumbai)|Asia|India||81.5|3.5|135|1.6|10;"
    "Tokyo|Asia|Japan||61.0|16.5|215|3.5|8;"
    "London|Europe|United Kingdom||52.0|11.5|200|3.5|13;"
    "Chicago|North America|US|Illinois|51.0|23.0|200|7.0|5;"
    "Houston|North America|US|Texas|71.0|13.5|205|5.0|19"
)


def _temperature_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7406)
    days = pd.date_range("2018-01-01", "2020-05-13", freq="D")
    n = len(days)
    doy = days.day_of_year.to_numpy(dtype=float)
    blocks: list[pd.DataFrame] = []
    for city, region, country, state, mean, swing, peak, noise, missing in _CT_CITIES:
        season = np.cos(2 * np.pi * (doy - float(peak)) / 365.25)
        spread = float(noise) * (1 - 0.35 * season)
        shocks = rng.normal(0, 1, n) * spread
        wobble = np.zeros(n)
        for k in range(n):
            wobble[k] = (0.7 * wobble[k - 1] if k else 0.0) + np.sqrt(1 - 0.49) * shocks[k]
        temp = float(mean) + float(swing) * season + wobble
        if city.startswith("Bombay"):
            temp -= 2.5 * np.exp(-(((doy - 215) / 40) ** 2))
        temp = np.round(temp, 1)
        gaps = rng.choice(n, int(missing), replace=False)
        if city.startswith("Bombay"):
            start = int(np.flatnonzero(days == pd.Timestamp("2018-10-08"))[0])
            gaps = np.concatenate([gaps, np.arange(start, start + 21)])
        temp[gaps] = -99.0
        blocks.append(
            pd.DataFrame(
                {
                    "Region": region,
                    "Country": country,
                    "State": state or None,
                    "City": city,
                    "Month": days.month,
                    "Day": days.day,
                    "Year": days.year,
                    "AvgTemperature": temp,
                }
            )
        )
    return pd.concat(blocks, ignore_index=True)


def _ct_valid(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["AvgTemperature"] > -99]


def _ct_city(d: pd.DataFrame, city: str) -> pd.DataFrame:
    return _ct_valid(d)[_text(_ct_valid(d)["City"]) == city]


def _ct_hottest(d: pd.DataFrame) -> str:
    v = _ct_valid(d)
    july = v[(v["Year"] == 2019) & (v["Month"] == 7)]
    return str(_ranked(july.groupby(_text(july["City"]))["AvgTemperature"].mean()).index[0])


def _ct_london(by_year: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        london = _ct_city(d, "London")
        keys = [london["Year"], london["Month"]] if by_year else london["Month"]
        return london.groupby(keys)["AvgTemperature"].mean().to_numpy()

    return means


_CT_ID = ("Region", "Country", "City")
_CT_DATE = ("Month", "Day", "Year")
_TEMPERATURE_QS = [
    Q(
        "average temperature for each city? (-99 means missing)",
        _about(lambda d: _ct_valid(d).groupby(_text(_ct_valid(d)["City"]))["AvgTemperature"].mean(), rel=0.005),
        (*_CT_ID, "AvgTemperature"),
    ),
    Q(
        "which city had the highest avg temp in july 2019?",
        _lead(_named(_ct_hottest, {"Bombay (Mumbai)": ("Bombay", "Mumbai")})),
        (*_CT_ID, *_CT_DATE, "AvgTemperature"),
    ),
    Q(
        "how many days was chicago below freezing",
        either(
            _count(lambda d: float((_ct_city(d, "Chicago")["AvgTemperature"] < 32).sum())),
            _count(lambda d: float((_ct_city(d, "Chicago")["AvgTemperature"] <= 32).sum())),
        ),
        (*_CT_ID, *_CT_DATE, "AvgTemperature"),
    ),
    Q(
        "avg monthly temprature in london",
        either(_about(_ct_london(False), rel=0.005), _about(_ct_london(True), rel=0.005)),
        (*_CT_ID, *_CT_DATE, "AvgTemperature"),
    ),
    Q(
        "what's tokyo's average temperature in celsius?",
        _about(lambda d: (float(_ct_city(d, "Tokyo")["AvgTemperature"].mean()) - 32) * 5 / 9, rel=0.005),
        (*_CT_ID, "AvgTemperature"),
    ),
    Q(
        "how many missing (-99) readings does each city have?",
        _count(lambda d: (d["AvgTemperature"] == -99).groupby(_text(d["City"])).sum().to_numpy()),
        (*_CT_ID, *_CT_DATE, "AvgTemperature"),
    ),
]


# --- 7. NYC street trees (NYC Open Data "2015 Street Tree Census - Tree Data") ----------------------------------

# spc_common|spc_latin|share of live trees (%)|mean trunk diameter (in)|chance of good health
_ST_SPECIES = _fields(
    "London planetree|Platanus x acerifolia|13.0|21|0.80;"
    "honeylocust|Gleditsia triacanthos var. inermis|9.7|10|0.87;"
    "Callery pear|Pyrus calleryana|9.1|9|0.80;"
    "pin oak|Quercus palustris|7.8|17|0.84;"
    "Norway maple|Acer platanoides|4.5|14|0.68;"
    "littleleaf linden|Tilia cordata|4.3|10|0.80;"
    "cherry|Prunus|4.2|8|0.77;"
    "Japanese zelkova|Zelkova serrata|4.0|10|0.85;"
    "ginkgo|Ginkgo biloba|3.2|10|0.84;"
    "Sophora|Styphnolobium japonicum|2.9|10|0.85;"
    "red maple|Acer rubrum|2.6|10|0.74;"
    "green ash|Fraxinus pennsylvanica|2.4|12|0.70;"
    "American linden|Tilia americana|2.0|11|0.78;"
    "silver maple|Acer saccharinum|1.9|20|0.75;"
    "sweetgum|Liquidambar styraciflua|1.6|12|0.83;"
    "northern red oak|Quercus rubra|1.6|14|0.84;"
    "swamp white oak|Quercus bicolor|1.4|6|0.88;"
    "willow oak|Quercus phellos|1.3|10|0.86;"
    "American elm|Ulmus americana|1.1|16|0.80;"
    "crab apple|Malus|1.1|6|0.74;"
    "Chinese elm|Ulmus parvifolia|0.8|9|0.85;"
    "'Schubert' chokecherry|Prunus virginiana|0.7|5|0.72;"
    "eastern redbud|Cercis canadensis|0.5|5|0.76;"
    "tulip-poplar|Liriodendron tulipifera|0.3|18|0.86"
)
# borough: borocode, share of trees (%), chance of sidewalk damage shift, NTAs as "code|name|zip codes|zip_city|
# latitude|longitude" and streets
_ST_BOROUGHS: dict[str, tuple[int, float, float, str, str]] = {
    "Queens": (
        4,
        36.4,
        0.1,
        "QN17|Forest Hills|11375|Forest Hills|40.7196|-73.8457;QN28|Jackson Heights|11372|Jackson Heights|40.7527|"
        "-73.8831;QN22|Flushing|11354,11355|Flushing|40.7606|-73.8272;QN51|Murray Hill|11358,11355|Flushing|40.7636|"
        "-73.8112;QN48|Auburndale|11358|Flushing|40.7546|-73.7916;QN46|Bayside-Bayside Hills|11361,11364|Bayside|"
        "40.7551|-73.7637;QN01|South Jamaica|11433,11434|Jamaica|40.6882|-73.7927;QN41|Fresh Meadows-Utopia|"
        "11365,11366|Fresh Meadows|40.7335|-73.7940;QN06|Jamaica Estates-Holliswood|11423,11432|Jamaica|40.7190|"
        "-73.7772",
        "70 AVENUE;QUEENS BOULEVARD;AUSTIN STREET;37 AVENUE;NORTHERN BOULEVARD;UTOPIA PARKWAY;FRANCIS LEWIS BOULEVARD;"
        "164 STREET;MAIN STREET;SANFORD AVENUE;BELL BOULEVARD;HILLSIDE AVENUE;ROCKAWAY BOULEVARD;188 STREET",
    ),
    "Brooklyn": (
        3,
        26.2,
        0.45,
        "BK09|Brooklyn Heights-Cobble Hill|11201|Brooklyn|40.6936|-73.9937;BK75|Bedford|11206,11216|Brooklyn|40.6877|"
        "-73.9543;BK90|East Williamsburg|11211,11237|Brooklyn|40.7141|-73.9313;BK82|East New York|11207,11208|"
        "Brooklyn|40.6690|-73.8878;BK17|Sheepshead Bay-Gerritsen Beach-Manhattan Beach|11229,11235|Brooklyn|40.5867|"
        "-73.9305;BK37|Park Slope-Gowanus|11215,11217|Brooklyn|40.6727|-73.9808;BK88|Borough Park|11219,11218|"
        "Brooklyn|40.6338|-73.9941;BK58|Flatlands|11234|Brooklyn|40.6222|-73.9260",
        "MORGAN AVENUE;HENRY STREET;BEDFORD AVENUE;PROSPECT PARK WEST;OCEAN AVENUE;FLATBUSH AVENUE;7 AVENUE;"
        "ATLANTIC AVENUE;EAST 18 STREET;AVENUE J;PENNSYLVANIA AVENUE;MARCY AVENUE;GRAHAM AVENUE;13 AVENUE",
    ),
    "Staten Island": (
        5,
        15.1,
        -0.65,
        "SI01|Annadale-Huguenot-Prince's Bay-Eltingville|10312|Staten Island|40.5397|-74.1781;SI22|West New "
        "Brighton-New Brighton-St. George|10301,10310|Staten Island|40.6352|-74.1008;SI48|Arden Heights|10312|"
        "Staten Island|40.5527|-74.1873;SI54|Great Kills|10308|Staten Island|40.5524|-74.1508;SI05|New "
        "Springville-Bloomfield-Travis|10314|Staten Island|40.5914|-74.1665",
        "HYLAN BOULEVARD;AMBOY ROAD;RICHMOND AVENUE;VICTORY BOULEVARD;ARDEN AVENUE;DRUMGOOLE BOULEVARD;"
        "FOREST AVENUE;BAY STREET;GIFFORDS LANE;ANNADALE ROAD",
    ),
    "Bronx": (
        2,
        12.3,
        0.0,
        "BX09|Soundview-Castle Hill-Clason Point-Harding Park|10472,10473|Bronx|40.8197|-73.8572;BX22|North "
        "Riverdale-Fieldston-Riverdale|10471|Bronx|40.9003|-73.9060;BX10|Pelham Bay-Country Club-City Island|"
        "10465,10464|Bronx|40.8468|-73.8158;BX07|Bronxdale|10462|Bronx|40.8531|-73.8659",
        "CASTLE HILL AVENUE;WHITE PLAINS ROAD;RIVERDALE AVENUE;PELHAM PARKWAY;BRUCKNER BOULEVARD;"
        "WESTCHESTER AVENUE;SOUNDVIEW AVENUE;MORRIS PARK AVENUE",
    ),
    "Manhattan": (
        1,
        10.0,
        -0.15,
        "MN12|Upper West Side|10023,10024,10025|New York|40.7870|-73.9754;MN40|Upper East Side-Carnegie Hill|"
        "10028,10128|New York|40.7794|-73.9537;MN23|West Village|10014|New York|40.7341|-74.0050;MN03|Central "
        "Harlem North-Polo Grounds|10030,10039|New York|40.8211|-73.9415",
        "WEST END AVENUE;RIVERSIDE DRIVE;EAST 86 STREET;PARK AVENUE;BLEECKER STREET;HUDSON STREET;"
        "ADAM CLAYTON POWELL JR BOULEVARD;WEST 140 STREET",
    ),
}
_ST_MONTHS = (
    "2015-05:2.5;2015-06:9;2015-07:12.3;2015-08:14.6;2015-09:12;2015-10:10;2015-11:6;2015-12:3.5;2016-01:1;"
    "2016-02:0.6;2016-03:2.5;2016-04:4;2016-05:5.5;2016-06:5.5;2016-07:4.5;2016-08:3.5;2016-09:2.5;2016-10:0.4"
)
# flag column: problem name, chance on a live tree
_ST_PROBLEMS = _fields(
    "root_stone|Stones|0.16;root_grate|MetalGrates|0.005;root_other|RootOther|0.044;trunk_wire|WiresRope|0.02;"
    "trnk_light|TrunkLights|0.0015;trnk_other|TrunkOther|0.05;brch_light|BranchLights|0.09;brch_shoe|Sneakers|0.001;"
    "brch_other|BranchOther|0.037"
)
_ST_COLUMNS = _split(
    "tree_id;block_id;created_at;tree_dbh;stump_diam;curb_loc;status;health;spc_latin;spc_common;steward;guards;"
    "sidewalk;user_type;problems;root_stone;root_grate;root_other;trunk_wire;trnk_light;trnk_other;brch_light;"
    "brch_shoe;brch_other;address;zipcode;zip_city;borocode;borough;nta;nta_name;state;latitude;longitude"
)


def _st_address(rng: np.random.Generator, borough: str, streets: str) -> str:
    street = str(_one(rng, _split(streets)))
    if borough == "Queens" and rng.random() < 0.6:
        return f"{int(rng.integers(30, 220))}-{int(rng.integers(1, 80)):03d} {street}"
    return f"{int(rng.integers(1, 2400))} {street}"


def _trees_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7407)
    n = 5000
    boroughs = _deal(rng, ";".join(f"{b}:{v[1]}" for b, v in _ST_BOROUGHS.items()), n)
    species_w = np.array([float(s[2]) for s in _ST_SPECIES])
    species_w /= species_w.sum()
    ids = rng.choice(np.arange(180_000, 725_000), n, replace=False)
    rows: list[dict[str, Any]] = []
    for tree_id, borough in zip(ids, boroughs, strict=True):
        code, _share_b, shift, ntas, streets = _ST_BOROUGHS[borough]
        nta = _one(rng, _fields(ntas))
        month = pd.Period(_draw(rng, _ST_MONTHS), freq="M")
        first = pd.Timestamp("2015-05-19") if str(month) == "2015-05" else month.start_time
        last = pd.Timestamp("2016-10-05") if str(month) == "2016-10" else month.end_time.normalize()
        created = first + pd.Timedelta(days=int(rng.integers(0, (last - first).days + 1)))
        status = _draw(rng, "Alive:95.7;Stump:2.5;Dead:1.8")
        common, latin, _w, size, good = _ST_SPECIES[int(rng.choice(len(species_w), p=species_w))]
        dbh = int(np.clip(round(float(size) * rng.gamma(4.0, 0.25)), 0 if status == "Dead" else 1, 120))
        alive = status == "Alive"
        row: dict[str, Any] = dict.fromkeys(_ST_COLUMNS)
        row |= {
            "tree_id": int(tree_id),
            "block_id": int(rng.integers(100_000, 520_000)),
            "created_at": f"{created:%m/%d/%Y}",
            "tree_dbh": 0 if status == "Stump" else dbh,
            "stump_diam": dbh + int(rng.integers(0, 6)) if status == "Stump" else 0,
            "curb_loc": "OnCurb" if rng.random() < 0.96 else "OffsetFromCurb",
            "status": status,
            "user_type": _draw(rng, "TreesCount Staff:41;Volunteer:40;NYC Parks Staff:19"),
            "address": _st_address(rng, borough, streets),
            "zipcode": int(_one(rng, nta[2].split(","))),
            "zip_city": nta[3],
            "borocode": code,
            "borough": borough,
            "nta": nta[0],
            "nta_name": nta[1],
            "state": "New York",
            "latitude": round(float(nta[4]) + float(rng.normal(0, 0.008)), 8),
            "longitude": round(float(nta[5]) + float(rng.normal(0, 0.008)), 8),
        }
        flags = dict.fromkeys((p[0] for p in _ST_PROBLEMS), "No")
        if alive:
            damage = rng.random() < _sigmoid(-1.2 + 0.07 * (dbh - 11) + shift)
            health_roll = rng.random()
            health = "Good" if health_roll < float(good) else "Fair" if health_roll < float(good) + 0.15 else "Poor"
            found = []
            for column, label, chance in _ST_PROBLEMS:
                p = float(chance) + (0.3 if column == "root_stone" and damage else 0.0)
                if rng.random() < p:
                    flags[column] = "Yes"
                    found.append(label)
            row |= {
                "health": health,
                "spc_latin": latin,
                "spc_common": common,
                "steward": _draw(rng, "None:74;1or2:22;3or4:3.5;4orMore:0.5"),
                "guards": _draw(rng, "None:86;Helpful:8.5;Harmful:3.5;Unsure:2"),
                "sidewalk": "Damage" if damage else "NoDamage",
                "problems": ",".join(found) or "None",
            }
        rows.append(row | flags)
    return pd.DataFrame(rows)[_ST_COLUMNS]


def _st_species(d: pd.DataFrame) -> pd.Series:
    common = _text(d["spc_common"])
    return _ranked(common[common != ""].value_counts())


def _st_top5(d: pd.DataFrame) -> list[str]:
    return [str(x) for x in _st_species(d).index[:5]]


def _st_good(of_alive: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        health = _text(d["health"])
        return float((health == "Good").sum() / ((health != "").sum() if of_alive else len(health)))

    return share


def _st_damage(of_alive: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        sidewalk = _text(d["sidewalk"])
        kept = sidewalk != "" if of_alive else sidewalk == sidewalk
        rates = (sidewalk[kept] == "Damage").groupby(_text(d["borough"])[kept]).mean()
        return str(_ranked(rates).index[0])

    return top


def _st_busiest(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(_text(d["created_at"]), format="%m/%d/%Y").dt.to_period("M").astype(str)
    return pd.Timestamp(_ranked(months.value_counts()).index[0])


_ST_LATIN = {str(s[0]): (str(s[1]),) for s in _ST_SPECIES}
_ST_ID = ("tree_id",)
_TREES_QS = [
    Q(
        "how many trees are there in each borough?",
        either(
            _count(lambda d: _text(d["borough"]).value_counts().sort_index().to_numpy()),
            _count(lambda d: _text(d["borough"])[_text(d["status"]) == "Alive"].value_counts().sort_index().to_numpy()),
        ),
        (*_ST_ID, "borough", "borocode", "status"),
    ),
    Q(
        "top 5 most common species",
        _all_named(_st_top5, _ST_LATIN),
        (*_ST_ID, "spc_common", "spc_latin"),
    ),
    Q(
        "avg trunk diameter for each of those 5?",
        _about(lambda d: [d.loc[_text(d["spc_common"]) == s, "tree_dbh"].mean() for s in _st_top5(d)], rel=0.005),
        (*_ST_ID, "spc_common", "spc_latin", "tree_dbh"),
    ),
    Q(
        "what percent of the trees are in good health?",
        either(_share(_st_good(True)), _share(_st_good(False))),
        (*_ST_ID, "health", "status"),
    ),
    Q(
        "which borough has the highest share of trees with sidewalk damage?",
        _lead(either(_named(_st_damage(True)), _named(_st_damage(False)))),
        (*_ST_ID, "borough", "sidewalk"),
    ),
    Q(
        "plot the number of trees surveyed per month, which month was the busiest?",
        _lead(_month(_st_busiest)),
        (*_ST_ID, "created_at"),
    ),
]


HELDOUT74: list[Dataset] = [
    Dataset("spaceship_titanic", _spaceship_frame, _SPACESHIP_QS),
    Dataset("german_credit_risk", _german_frame, _GERMAN_QS),
    Dataset("sample_sales_data", _sales_frame, _SALES_QS),
    Dataset("cookie_cats_ab_test", _cookie_frame, _COOKIE_QS),
    Dataset("unicorn_companies", _unicorn_frame, _UNICORN_QS),
    Dataset("city_temperatures", _temperature_frame, _TEMPERATURE_QS),
    Dataset("nyc_street_trees_2015", _trees_frame, _TREES_QS),
]
