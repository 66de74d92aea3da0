"""HELDOUT66: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to upload: Kaggle's Heart
Attack Analysis & Prediction file (heart.csv, 303 patients) with its terse all-numeric headers (age, sex, cp, trtbps,
chol, fbs, restecg, thalachh, exng, oldpeak, slp, caa, thall, output), 0/1 and 0-3 codes, oldpeak to one decimal,
the patients with output 1 listed first and one patient in the file twice; TidyTuesday's dog breed traits
(breed_traits.csv, 195 AKC breeds, most popular first) with breeds named "Retrievers (Labrador)" (a non-breaking
space before the bracket), 1-5 scores under headers such as "Affectionate With Family" and
"Watchdog/Protective Nature", and "Double" / "Smooth" / "Wiry" ... coat types with Short / Medium / Long lengths;
Kaggle's IPL ball-by-ball file (IPL_Ball_by_Ball_2008_2022.csv, 18 matches of 2022, newest first) with match ID,
innings, overs 0-19, a ballnumber that runs past 6 after wides and no-balls, Cricinfo-style short names for batter,
bowler and non-striker, blank or wides / legbyes / byes / noballs extra_type, batsman_run, extras_run and total_run,
non_boundary and isWicketDelivery flags, player_out, kind ("caught", "run out", "caught and bowled") and
fielders_involved blank unless a wicket fell, and the BattingTeam; Kaggle's Google Play Store user reviews
(googleplaystore_user_reviews.csv, 48 apps in alphabetical order, some with emoji or Chinese in their names) with the
literal "nan" in every column of the many rows without a review (four apps have nothing else), short translated
reviews repeated word for word now and then, Positive / Negative / Neutral sentiment and TextBlob-style polarity
(0.43333333333333335) and subjectivity; NYC Open Data's film permits (4000 permits from January 2018 to December
2020, almost none from April to June 2020) with EventID, Shooting Permit / Theater Load in and Load Outs / Rigging
Permit event types, start, end and entry times written "2018-04-02T06:00:00.000", the Mayor's Office as agency,
ParkingHeld as "WEST 48 STREET between 6 AVENUE and 7 AVENUE" segments, comma-joined community boards, precincts and
zip codes ("10036, 10019"), Television / Film / Commercial / WEB ... categories with "Episodic series",
"Cable-episodic" or "Not Applicable" sub-categories and "United States of America" as the usual country; Mother
Jones' US mass shootings database as shared on Kaggle (141 cases from 1982 to May 2023, newest first) with case names,
"Nashville, Tennessee" locations (a few with state codes), "3/27/2023" dates, a one-line summary, fatalities, injured
and total_victims (which disagrees with their sum four times), location_type with "workplace" and "Other\\n" beside
the usual spellings, age_of_shooter as text with "-" for unknown, Yes / No / TBD / Unclear / "-" mental-health and
weapons answers (two with a leading line break, one with a remark), weapon_type, race and gender written "M", "Male",
"male", "F", "Female" and "Male & Female"; and Kaggle's Wish summer clothes file (summer-products.csv, 1573 products,
a subset of its columns) with long keyword titles, price in euros and an integer retail_price, EUR as currency_buyer,
units_sold in buckets (100, 1000, 5000, 10000 ...), 0/1 uses_ad_boosts, ratings (5.0 for the few never rated),
rating_count, badges_count, product colours spelt freely ("black", "Black", "armygreen", "white & black", blanks),
size ids such as "S", "S.", "Size S", "XXS" and "25-S", countries_shipped_to, merchant_rating as a long fraction
and origin_country codes (CN, US, VE, ... and blanks). All are generated with a fixed seed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw
from .heldout39 import _fields
from .heldout40 import _number, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked
from .offline_eval import Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _deduped(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    """The frame, or the frame with its repeated rows dropped (both are honest readings of a file that repeats rows)."""
    return d.drop_duplicates() if unique else d


def _top_label(values: pd.Series) -> str:
    """The most frequent non-blank label (ties to the label first in order, so the pick never depends on the rows)."""
    values = _text(values)
    return str(_ranked(values[values != ""].value_counts()).index[0])


# --- 1. Heart attack analysis (Kaggle "Heart Attack Analysis & Prediction Dataset", heart.csv) ----------------------

# output: patients (before the one row the file holds twice), mean and spread of age, trtbps at 54, median chol and
# thalachh at 54
_HA_NUMBERS: dict[int, tuple[int, float, float, float, float, float]] = {
    1: (164, 52.5, 9.5, 129.3, 236.0, 158.4),
    0: (138, 56.6, 7.9, 134.4, 246.0, 139.1),
}
# column: how many patients have each code, for output 1 and for output 0
_HA_CODES: dict[str, tuple[str, str]] = {
    "sex": ("1:92;0:72", "1:114;0:24"),
    "cp": ("0:39;1:41;2:68;3:16", "0:104;1:9;2:18;3:7"),
    "fbs": ("0:141;1:23", "0:116;1:22"),
    "restecg": ("0:68;1:95;2:1", "0:79;1:56;2:3"),
    "exng": ("0:141;1:23", "0:62;1:76"),
    "slp": ("0:9;1:49;2:106", "0:12;1:91;2:35"),
    "caa": ("0:129;1:21;2:7;3:3;4:4", "0:45;1:44;2:31;3:17;4:1"),
    "thall": ("0:1;1:6;2:129;3:28", "0:1;1:12;2:36;3:89"),
}


def _heart_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6601)
    blocks: list[pd.DataFrame] = []
    for output, (n, age_mean, age_sd, bp_mean, chol_mid, hr_mean) in _HA_NUMBERS.items():
        codes = {c: [int(x) for x in _deal(rng, tables[1 - output], n)] for c, tables in _HA_CODES.items()}
        age = np.clip(np.round(rng.normal(age_mean, age_sd, n)), 29, 77).astype(int)
        bp = rng.normal(bp_mean, 16.5, n) + 0.35 * (age - 54)
        step = rng.choice([10, 5, 2], n, p=[0.55, 0.25, 0.2])
        chol = chol_mid * rng.lognormal(0, 0.19, n) + 0.9 * (age - 54) + 14 * (np.array(codes["sex"]) == 0)
        heart = hr_mean - 0.95 * (age - 54) - 7 * np.array(codes["exng"]) + rng.normal(0, 17.5, n)
        flat = rng.random(n) < (0.55 if output else 0.2)
        peak = np.clip(rng.gamma(1.4 if output else 1.7, 0.65 if output else 1.05, n), 0.1, 6.2)
        block = pd.DataFrame(
            {
                "age": age,
                "sex": codes["sex"],
                "cp": codes["cp"],
                "trtbps": np.clip(np.round(bp / step) * step, 94, 200).astype(int),
                "chol": np.clip(np.round(chol), 126, 564).astype(int),
                "fbs": codes["fbs"],
                "restecg": codes["restecg"],
                "thalachh": np.clip(np.round(heart), 71, 202).astype(int),
                "exng": codes["exng"],
                "oldpeak": np.where(flat, 0.0, np.round(peak, 1)),
                "slp": codes["slp"],
                "caa": codes["caa"],
                "thall": codes["thall"],
                "output": output,
            }
        )
        blocks.append(block)
    frame = pd.concat(blocks, ignore_index=True)
    twice = int(rng.integers(120, 164))
    return pd.concat([frame.iloc[: twice + 1], frame.iloc[[twice]], frame.iloc[twice + 1 :]], ignore_index=True)


def _ha_means(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        f = _deduped(d, unique)
        return [float(f["age"].mean()), float(f["chol"].mean())]

    return means


def _ha_output(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_deduped(d, unique)["output"].mean())


def _ha_rates(unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _deduped(d, unique).groupby("cp")["output"].mean()


def _ha_top_rate(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ha_rates(unique)(d).max())


def _ha_old_high(unique: bool, inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        f = _deduped(d, unique)
        old = f["age"] >= 60 if inclusive else f["age"] > 60
        return float((old & (f["chol"] > 240)).sum())

    return count


_HA_ID: tuple[str, ...] = ()
_HA_BOTH = (False, True)
_HEART_QS = [
    Q(
        "whats the average age and cholesterol of the patients?",
        either(*(_about(_ha_means(u)) for u in _HA_BOTH)),
        (*_HA_ID, "age", "chol"),
    ),
    Q(
        "what percent of patients have output = 1?",
        either(*(_share(_ha_output(u)) for u in _HA_BOTH)),
        (*_HA_ID, "output"),
    ),
    Q(
        "show the rate of output 1 for each chest pain type (cp)",
        either(*(_shares(_ha_rates(u)) for u in _HA_BOTH)),
        (*_HA_ID, "cp", "output"),
    ),
    Q(
        "which one is the highest?",
        _lead(either(*(_share(_ha_top_rate(u)) for u in _HA_BOTH))),
        (*_HA_ID, "cp", "output"),
    ),
    Q(
        "how many patients are over 60 with chol above 240",
        either(*(_count(_ha_old_high(u, inclusive)) for u in _HA_BOTH for inclusive in (False, True))),
        (*_HA_ID, "age", "chol"),
    ),
    Q(
        "is age corelated with max heart rate (thalachh)?",
        _corr(lambda d: d["age"], lambda d: d["thalachh"]),
        (*_HA_ID, "age", "thalachh"),
    ),
]


# --- 2. Dog breed traits (TidyTuesday 2022-02-01 "Dog breeds", breed_traits.csv) -----------------------------------

# AKC breeds, most popular first, named as the file names them ("Retrievers (Labrador)")
_DB_BREEDS = _split(
    "Retrievers (Labrador);French Bulldogs;German Shepherd Dogs;Retrievers (Golden);Bulldogs;Poodles;Beagles;"
    "Rottweilers;Pointers (German Shorthaired);Dachshunds;Pembroke Welsh Corgis;Australian Shepherds;"
    "Yorkshire Terriers;Boxers;Great Danes;Siberian Huskies;Cavalier King Charles Spaniels;Doberman Pinschers;"
    "Miniature Schnauzers;Shih Tzu;Boston Terriers;Bernese Mountain Dogs;Pomeranians;Havanese;Cane Corso;"
    "Spaniels (English Springer);Shetland Sheepdogs;Brittanys;Pugs;Spaniels (Cocker);Miniature American Shepherds;"
    "Border Collies;Mastiffs;Chihuahuas;Vizslas;Basset Hounds;Belgian Malinois;Maltese;Weimaraners;Collies;"
    "Newfoundlands;Rhodesian Ridgebacks;Shiba Inu;West Highland White Terriers;Bichons Frises;Bloodhounds;"
    "Spaniels (English Cocker);Akitas;Portuguese Water Dogs;Retrievers (Chesapeake Bay);Dalmatians;St. Bernards;"
    "Papillons;Australian Cattle Dogs;Bullmastiffs;Samoyeds;Scottish Terriers;Soft Coated Wheaten Terriers;"
    "Whippets;Pointers (German Wirehaired);Chinese Shar-Pei;Airedale Terriers;Wirehaired Pointing Griffons;"
    "Bull Terriers;Alaskan Malamutes;Cardigan Welsh Corgis;Giant Schnauzers;Old English Sheepdogs;"
    "Italian Greyhounds;Great Pyrenees;Dogues de Bordeaux;Cairn Terriers;Miniature Pinschers;Lhasa Apsos;"
    "Chinese Crested;Coton de Tulear;Staffordshire Bull Terriers;American Staffordshire Terriers;Rat Terriers;"
    "Chow Chows;Anatolian Shepherd Dogs;Basenjis;Spaniels (Boykin);Lagotti Romagnoli;Brussels Griffons;"
    "Retrievers (Nova Scotia Duck Tolling);Norwegian Elkhounds;Standard Schnauzers;Dogo Argentinos;"
    "Bouviers des Flandres;Pekingese;Keeshonden;Border Terriers;Leonbergers;Tibetan Terriers;Neapolitan Mastiffs;"
    "Setters (Irish);Japanese Chin;Retrievers (Flat-Coated);Fox Terriers (Wire);Silky Terriers;Toy Fox Terriers;"
    "Spaniels (Welsh Springer);Bearded Collies;Irish Wolfhounds;Setters (English);Schipperkes;Borzois;"
    "Belgian Tervuren;Afghan Hounds;Pointers;Coonhounds (Black & Tan);Treeing Walker Coonhounds;Salukis;"
    "American Eskimo Dogs;Belgian Sheepdogs;Spaniels (Clumber);Bluetick Coonhounds;Greater Swiss Mountain Dogs;"
    "Australian Terriers;Setters (Gordon);Spinoni Italiani;Beaucerons;Manchester Terriers;Parson Russell Terriers;"
    "Tibetan Spaniels;Norwich Terriers;Welsh Terriers;Miniature Bull Terriers;Pulik;Lakeland Terriers;"
    "Kerry Blue Terriers;Affenpinschers;Bedlington Terriers;Redbone Coonhounds;Irish Terriers;"
    "Black Russian Terriers;Xoloitzcuintli;Icelandic Sheepdogs;Spaniels (Field);Norfolk Terriers;Briards;"
    "Retrievers (Curly-Coated);Spaniels (Irish Water);Sealyham Terriers;Cirnechi dell'Etna;"
    "Spaniels (American Water);Plott Hounds;Komondorok;Scottish Deerhounds;Finnish Lapphunds;Pharaoh Hounds;"
    "Setters (Irish Red and White);Otterhounds;Polish Lowland Sheepdogs;American English Coonhounds;Canaan Dogs;"
    "Skye Terriers;Harriers;Glen of Imaal Terriers;English Foxhounds;American Foxhounds;Spaniels (Sussex);"
    "Cesky Terriers;Ibizan Hounds;Bergamasco Sheepdogs;Dandie Dinmont Terriers;"
    "Petits Bassets Griffons Vendeens;Swedish Vallhunds;Kuvaszok;Chinooks;Entlebucher Mountain Dogs;Greyhounds;"
    "Portuguese Podengo Pequenos;Nederlandse Kooikerhondjes;Pyrenean Shepherds;Boerboels;"
    "American Hairless Terriers;Spanish Water Dogs;Norwegian Buhunds;Berger Picards;Lowchen;English Toy Spaniels;"
    "Tibetan Mastiffs;Azawakhs;Sloughis;Norwegian Lundehunds;Mudik;Grand Basset Griffon Vendeens;Barbets;"
    "Russian Toy;Biewer Terriers;Belgian Laekenois;Bracchi Italiani;Pumik"
)
# coat type, the words of the breeds that have it (first match wins) and the lengths it comes in ("value:weight")
_DB_COATS: list[tuple[str, str, str]] = [
    ("Hairless", "Xolo|Chinese Crested|Hairless", "Short:1"),
    ("Corded", "Komondor|Pulik|Bergamasco", "Long:1"),
    ("Curly", "Poodle|Bichon|Curly|Water|Lagott|Barbet|Bedlington|Kerry Blue|Pumik", "Medium:3;Long:1"),
    ("Wavy", "Flat-Coated|Field|Boykin|Kooiker|Polish Lowland|Mudik|Lowchen", "Medium:3;Long:1"),
    ("Rough", "Bouvier|Briard|Berger Picard|Pyrenean|Griffon Vendeen|Griffons Vendeens", "Medium:1;Long:1"),
    (
        "Wiry",
        "Wire|Schnauzer|Griffon|Wolfhound|Deerhound|Otterhound|Affenpinscher|Spinon|Cesky|Border Terrier|Cairn|"
        "Norwich|Norfolk|Welsh Terrier|Lakeland|Airedale|Irish Terrier|Scottish Terrier|Sealyham|Parson|"
        "Glen of Imaal|Dandie|Black Russian|West Highland|Australian Terrier|Skye",
        "Short:2;Medium:3",
    ),
    (
        "Silky",
        "Yorkshire|Silky|Maltese|Shih Tzu|Afghan|Setter|Spaniel|Havanese|Lhasa|Papillon|Chin|Biewer|"
        "Tibetan Terrier|Coton|Soft Coated",
        "Long:7;Medium:3",
    ),
    (
        "Smooth",
        "Bulldog|Boxer|Dalmatian|Pointer|Vizsla|Weimaraner|Doberman|Dane|Mastiff|Whippet|Greyhound|Beagle|Basset|"
        "Coonhound|Pug|Bull Terrier|Boston|Chihuahua|Pinscher|Manchester|Rat Terrier|Toy Fox|Staffordshire|"
        "Basenji|Ridgeback|Bloodhound|Dogue|Cane Corso|Boerboel|Dogo|Harrier|Foxhound|Pharaoh|Ibizan|Azawakh|"
        "Sloughi|Cirnech|Plott|Bracch|Dachshund|Shar-Pei|Russian Toy|Podengo",
        "Short:1",
    ),
    ("Double", "", "Medium:6;Long:2;Short:2"),
]
# group: words of its breeds; mean Good With Young Children, Good With Other Dogs, Drooling Level, Openness To
# Strangers, Playfulness Level, Watchdog/Protective Nature, Adaptability Level, Trainability Level, Energy Level,
# Barking Level and Mental Stimulation Needs
_DB_GROUPS: list[tuple[str, str, tuple[float, ...]]] = [
    (
        "toy",
        "Yorkshire|Chihuahua|Pomeranian|Maltese|Pug|Shih Tzu|Papillon|Havanese|Pekingese|Chin|Italian Greyhound|"
        "Toy|Cavalier|Affenpinscher|Brussels|Chinese Crested|Miniature Pinscher|Silky|Biewer",
        (3.2, 3.5, 1.2, 3.6, 3.9, 3.4, 4.3, 3.6, 3.3, 3.5, 3.3),
    ),
    (
        "terrier",
        "Terrier|Miniature Schnauzer",
        (3.4, 2.8, 1.1, 3.2, 3.9, 4.1, 3.3, 3.2, 4.0, 3.9, 3.6),
    ),
    (
        "hound",
        "Hound|Beagle|Basset|Dachshund|Whippet|Greyhound|Borzoi|Saluki|Afghan|Basenji|Harrier|Sloughi|Azawakh|"
        "Cirnech|Ridgeback|Griffon Vendeen|Podengo|Lundehund",
        (4.0, 4.0, 1.9, 3.2, 3.4, 3.4, 3.2, 3.0, 3.7, 3.8, 3.0),
    ),
    (
        "sporting",
        "Retriever|Spaniel|Pointer|Setter|Vizsla|Weimaraner|Brittany|Pointing Griffon|Spinon|Bracch|Lagott|"
        "Kooiker|Barbet",
        (4.7, 4.2, 1.8, 4.0, 4.2, 3.0, 3.3, 4.5, 4.4, 2.6, 4.0),
    ),
    (
        "herding",
        "Shepherd|Sheepdog|Collie|Corgi|Cattle|Malinois|Tervuren|Pulik|Briard|Beauceron|Vallhund|Lapphund|"
        "Bergamasco|Picard|Bouvier|Canaan|Buhund|Mudik|Pumik|Laekenois",
        (4.0, 3.4, 1.4, 3.0, 4.0, 4.2, 3.1, 4.6, 4.5, 3.4, 4.7),
    ),
    (
        "working",
        "Mastiff|Dane|Rottweiler|Doberman|Boxer|Husk|Malamute|Newfoundland|Bernese|Pyrenees|Bernard|Akita|Samoyed|"
        "Schnauzer|Cane Corso|Dogue|Leonberger|Kuvasz|Komondor|Boerboel|Anatolian|Chinook|Water Dog|"
        "Black Russian|Entlebucher|Greater Swiss|Dogo",
        (3.8, 3.0, 2.8, 2.9, 3.4, 4.6, 2.9, 3.7, 3.6, 2.7, 3.6),
    ),
    ("non-sporting", "", (3.7, 3.4, 1.6, 3.3, 3.6, 3.7, 3.6, 3.7, 3.4, 3.0, 3.4)),
]
# coat type: mean Shedding Level and Coat Grooming Frequency
_DB_COAT_CARE = {"Double": (3.6, 2.5), "Smooth": (2.6, 1.3), "Wiry": (1.8, 2.8), "Silky": (1.8, 3.8)}
_DB_COAT_CARE |= {"Curly": (1.1, 4.2), "Wavy": (2.3, 2.8), "Rough": (2.8, 3.2), "Corded": (1.2, 4.0)}
_DB_COAT_CARE |= {"Hairless": (1.0, 1.8)}
_DB_DROOLERS = "Mastiff|Bulldogs$|Bloodhound|Newfoundland|Bernard|Dogue|Boerboel|Cane Corso|Dogo|Shar-Pei"
_DB_TRAITS = _split(
    "Good With Young Children;Good With Other Dogs;Drooling Level;Openness To Strangers;Playfulness Level;"
    "Watchdog/Protective Nature;Adaptability Level;Trainability Level;Energy Level;Barking Level;"
    "Mental Stimulation Needs"
)
_DB_COLUMNS = _split(
    "Breed;Affectionate With Family;Good With Young Children;Good With Other Dogs;Shedding Level;"
    "Coat Grooming Frequency;Drooling Level;Coat Type;Coat Length;Openness To Strangers;Playfulness Level;"
    "Watchdog/Protective Nature;Adaptability Level;Trainability Level;Energy Level;Barking Level;"
    "Mental Stimulation Needs"
)


def _db_score(rng: np.random.Generator, mean: float, spread: float = 0.75) -> int:
    return int(np.clip(np.round(rng.normal(mean, spread)), 1, 5))


def _db_rule(rules: list[tuple[str, str, Any]], breed: str) -> tuple[str, str, Any]:
    """The first rule whose words (a pattern) the breed's name holds; the last rule (no words) takes the rest."""
    return next(r for r in rules if not r[1] or re.search(r[1], breed))


def _dog_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6602)
    rows: list[dict[str, Any]] = []
    for breed in _DB_BREEDS:
        coat, _words, lengths = _db_rule(_DB_COATS, breed)
        _group, _words, means = _db_rule(_DB_GROUPS, breed)
        length = _draw(rng, lengths)
        shed, groom = _DB_COAT_CARE[coat]
        traits = dict(zip(_DB_TRAITS, means, strict=True))
        if re.search(_DB_DROOLERS, breed):
            traits["Drooling Level"] = 4.2
        row: dict[str, Any] = {
            "Breed": breed.replace(" (", "\u00a0("),
            "Affectionate With Family": _db_score(rng, 4.55, 0.6),
            "Shedding Level": _db_score(rng, shed, 0.6),
            "Coat Grooming Frequency": _db_score(rng, groom + 0.7 * (length == "Long") - 0.4 * (length == "Short")),
            "Coat Type": coat,
            "Coat Length": length,
        }
        row |= {trait: _db_score(rng, mean) for trait, mean in traits.items()}
        rows.append(row)
    return pd.DataFrame(rows)[_DB_COLUMNS]


def _db_barking(d: pd.DataFrame) -> pd.Series:
    return _ranked(d.groupby(_text(d["Coat Type"]))["Barking Level"].mean())


_DB_ID = ("Breed",)
_DOG_QS = [
    Q(
        "how many breeds have an energy level of 5?",
        _count(lambda d: float((d["Energy Level"] == 5).sum())),
        (*_DB_ID, "Energy Level"),
    ),
    Q(
        "what % of the breeds have a double coat",
        _share(lambda d: float((_text(d["Coat Type"]) == "Double").mean())),
        (*_DB_ID, "Coat Type"),
    ),
    Q(
        "average trainability level by coat length",
        _about(lambda d: d.groupby(_text(d["Coat Length"]))["Trainability Level"].mean().to_numpy()),
        (*_DB_ID, "Coat Length", "Trainability Level"),
    ),
    Q(
        "do dogs that shed more need more grooming? whats the correlation",
        _corr(lambda d: d["Shedding Level"], lambda d: d["Coat Grooming Frequency"]),
        (*_DB_ID, "Shedding Level", "Coat Grooming Frequency"),
    ),
    Q(
        "which coat type has the highest avg barking level?",
        _lead(_named(lambda d: str(_db_barking(d).index[0]))),
        (*_DB_ID, "Coat Type", "Barking Level"),
    ),
    Q(
        "and the lowest?",
        _lead(_named(lambda d: str(_db_barking(d).index[-1]))),
        (*_DB_ID, "Coat Type", "Barking Level"),
    ),
]


# --- 3. IPL ball by ball (Kaggle "IPL Complete Dataset (2008-2022)", IPL_Ball_by_Ball_2008_2022.csv) --------------

# team: batting order (top order first), bowlers (the ones already in the order bat there), boundary hitting
_IP_TEAMS: dict[str, tuple[str, str, float]] = {
    "Gujarat Titans": (
        "WP Saha;Shubman Gill;MS Wade;HH Pandya;DA Miller;R Tewatia;Rashid Khan",
        "Mohammed Shami;Rashid Khan;HH Pandya;LH Ferguson;Yash Dayal;R Sai Kishore",
        1.0,
    ),
    "Rajasthan Royals": (
        "YBK Jaiswal;JC Buttler;SV Samson;D Padikkal;SO Hetmyer;R Parag;R Ashwin",
        "TA Boult;M Prasidh Krishna;OC McCoy;R Ashwin;YS Chahal",
        1.1,
    ),
    "Royal Challengers Bangalore": (
        "V Kohli;F du Plessis;RM Patidar;GJ Maxwell;MK Lomror;KD Karthik;Shahbaz Ahmed",
        "Mohammed Siraj;JR Hazlewood;HV Patel;PWH de Silva;Shahbaz Ahmed",
        1.0,
    ),
    "Lucknow Super Giants": (
        "Q de Kock;KL Rahul;DJ Hooda;KH Pandya;MP Stoinis;E Lewis;A Badoni",
        "Avesh Khan;Mohsin Khan;JO Holder;Ravi Bishnoi;KH Pandya",
        0.95,
    ),
    "Delhi Capitals": (
        "DA Warner;PP Shaw;MR Marsh;RR Pant;R Powell;Lalit Yadav;AR Patel",
        "Kuldeep Yadav;AR Patel;KK Ahmed;Mustafizur Rahman;A Nortje;SN Thakur",
        1.05,
    ),
    "Punjab Kings": (
        "S Dhawan;JM Bairstow;MA Agarwal;LS Livingstone;JM Sharma;M Shahrukh Khan;R Dhawan",
        "K Rabada;Arshdeep Singh;RD Chahar;Sandeep Sharma;LS Livingstone",
        1.05,
    ),
    "Kolkata Knight Riders": (
        "AM Rahane;VR Iyer;SS Iyer;N Rana;AD Russell;RK Singh;SP Narine",
        "UT Yadav;TG Southee;SP Narine;CV Varun;AD Russell",
        1.0,
    ),
    "Sunrisers Hyderabad": (
        "Abhishek Sharma;KS Williamson;RA Tripathi;AK Markram;N Pooran;Washington Sundar;Shashank Singh",
        "B Kumar;T Natarajan;Umran Malik;M Jansen;Washington Sundar",
        0.95,
    ),
    "Chennai Super Kings": (
        "RD Gaikwad;DP Conway;RV Uthappa;MM Ali;AT Rayudu;S Dube;RA Jadeja;MS Dhoni",
        "Mukesh Choudhary;DJ Bravo;M Theekshana;RA Jadeja;Simarjeet Singh",
        0.95,
    ),
    "Mumbai Indians": (
        "RG Sharma;Ishan Kishan;SA Yadav;Tilak Varma;KA Pollard;TH David;DR Sams",
        "JJ Bumrah;DR Sams;M Ashwin;KV Sharma;RP Meredith",
        0.9,
    ),
}
# match ids, newest first: the four play-offs and the last league games of 2022
_IP_IDS = [1312200, 1312199, 1312198, 1312197, *range(1304116, 1304102, -1)]
# over phase: chance of a wicket on a legal ball, and the runs off the bat as "runs:weight"
_IP_PHASES = {
    "powerplay": (0.042, "0:45;1:28;2:6;3:0.4;4:15;6:5.6"),
    "middle": (0.040, "0:33;1:45;2:8;3:0.4;4:9;6:4.6"),
    "death": (0.070, "0:30;1:36;2:9;3:0.4;4:14;6:10.6"),
}
_IP_KINDS = "caught:60;bowled:17;lbw:9;run out:9;stumped:3;caught and bowled:2"
_IP_COLUMNS = _split(
    "ID;innings;overs;ballnumber;batter;bowler;non-striker;extra_type;batsman_run;extras_run;total_run;"
    "non_boundary;isWicketDelivery;player_out;kind;fielders_involved;BattingTeam"
)


def _ip_order(team: str) -> list[str]:
    batters, bowlers, _power = _IP_TEAMS[team]
    order = _split(batters)
    return [*order, *(b for b in _split(bowlers) if b not in order)][:11]


def _ip_bowlers(rng: np.random.Generator, team: str) -> list[str]:
    """Twenty overs among the five main bowlers, four each, never two in a row."""
    names = _split(_IP_TEAMS[team][1])[:5]
    while True:
        spells = [names[int(i)] for i in rng.permutation(np.repeat(np.arange(5), 4))]
        if all(a != b for a, b in itertools.pairwise(spells)):
            return spells


def _ip_innings(
    rng: np.random.Generator, match: int, innings: int, team: str, rival: str, target: int | None
) -> list[dict[str, Any]]:
    order = _ip_order(team)
    fielders = _ip_order(rival)
    power = _IP_TEAMS[team][2]
    striker, other, next_in = order[0], order[1], 2
    runs = wickets = 0
    rows: list[dict[str, Any]] = []
    for over, bowler in enumerate(_ip_bowlers(rng, rival)):
        phase = "powerplay" if over < 6 else "middle" if over < 15 else "death"
        out_chance, shots = _IP_PHASES[phase]
        legal = ball = 0
        while legal < 6:
            ball += 1
            row: dict[str, Any] = {"ID": match, "innings": innings, "overs": over, "ballnumber": ball}
            row |= {"batter": striker, "bowler": bowler, "non-striker": other, "extra_type": None}
            row |= {"batsman_run": 0, "extras_run": 0, "non_boundary": 0, "isWicketDelivery": 0}
            row |= {"player_out": None, "kind": None, "fielders_involved": None, "BattingTeam": team}
            tail = order.index(striker) >= 7
            u = rng.random()
            run_ends = 0
            if u < 0.033:
                row["extra_type"] = "wides"
                row["extras_run"] = 5 if rng.random() < 0.03 else 1
                run_ends = row["extras_run"] - 1
            elif u < 0.037:
                row["extra_type"] = "noballs"
                row["extras_run"] = 1
                row["batsman_run"] = int(_draw(rng, shots))
                run_ends = row["batsman_run"]
            elif u < 0.062:
                row["extra_type"] = "legbyes" if u < 0.056 else "byes"
                row["extras_run"] = int(_draw(rng, "1:80;2:8;4:12"))
                run_ends = row["extras_run"]
                legal += 1
            else:
                legal += 1
                if rng.random() < out_chance * (1.6 if tail else 1.0):
                    kind = _draw(rng, _IP_KINDS)
                    row["isWicketDelivery"] = 1
                    row["kind"] = kind
                    row["player_out"] = other if kind == "run out" and rng.random() < 0.35 else striker
                    if kind in ("caught", "run out"):
                        row["fielders_involved"] = str(_one(rng, [f for f in fielders if f != bowler]))
                    elif kind == "stumped":
                        row["fielders_involved"] = fielders[0]
                    if kind == "run out" and rng.random() < 0.4:
                        row["batsman_run"] = 1
                else:
                    hits = 0.7 if tail else power
                    weights = [float(x.split(":")[1]) * (hits if i >= 4 else 1.0) for i, x in enumerate(_split(shots))]
                    row["batsman_run"] = int(_one(rng, [0, 1, 2, 3, 4, 6], weights))
                    if row["batsman_run"] == 4 and rng.random() < 0.01:
                        row["non_boundary"] = 1
                    run_ends = row["batsman_run"] if row["batsman_run"] in (1, 2, 3) else 0
            row["total_run"] = row["batsman_run"] + row["extras_run"]
            rows.append(row)
            runs += row["total_run"]
            if run_ends % 2 == 1:
                striker, other = other, striker
            if row["isWicketDelivery"]:
                wickets += 1
                if wickets == 10:
                    return rows
                if row["player_out"] == striker:
                    striker = order[next_in]
                else:
                    other = order[next_in]
                next_in += 1
            if target is not None and runs >= target:
                return rows
        striker, other = other, striker
    return rows


def _ipl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6603)
    teams = list(_IP_TEAMS)
    rows: list[dict[str, Any]] = []
    for match in _IP_IDS:
        first, second = (teams[int(i)] for i in rng.choice(len(teams), 2, replace=False))
        opening = _ip_innings(rng, match, 1, first, second, None)
        rows += opening
        rows += _ip_innings(rng, match, 2, second, first, sum(r["total_run"] for r in opening) + 1)
    return pd.DataFrame(rows)[_IP_COLUMNS]


def _ip_wickets(all_kinds: bool) -> Callable[[pd.DataFrame], pd.Series]:
    """Wickets by bowler: every wicket delivery, or only the ones credited to the bowler (no run outs)."""

    def ranking(d: pd.DataFrame) -> pd.Series:
        out = d[d["isWicketDelivery"] == 1]
        if not all_kinds:
            out = out[~_text(out["kind"]).isin(["run out", "retired hurt", "obstructing the field"])]
        return _ranked(out.groupby(_text(out["bowler"])).size())

    return ranking


def _ip_top_batter(d: pd.DataFrame) -> pd.Series:
    return _ranked(d.groupby(_text(d["batter"]))["batsman_run"].sum())


_IP_ID = ("ID", "innings", "overs", "ballnumber")
_IPL_QS = [
    Q(
        "total runs scored by each batting team",
        _count(lambda d: d.groupby(_text(d["BattingTeam"]))["total_run"].sum().to_numpy()),
        (*_IP_ID, "BattingTeam", "total_run"),
    ),
    Q(
        "who scored the most runs?",
        both(
            _lead(_named(lambda d: str(_ip_top_batter(d).index[0]))),
            _count(lambda d: float(_ip_top_batter(d).iloc[0])),
        ),
        (*_IP_ID, "batter", "batsman_run"),
    ),
    Q(
        "top 5 wicket takers",
        either(_top_named(_ip_wickets(True), 5), _top_named(_ip_wickets(False), 5)),
        (*_IP_ID, "bowler", "isWicketDelivery", "kind", "player_out"),
    ),
    Q(
        "how many sixes were hit",
        _count(lambda d: float((d["batsman_run"] == 6).sum())),
        (*_IP_ID, "batsman_run", "non_boundary"),
    ),
    Q(
        "and fours?",
        either(
            _count(lambda d: float((d["batsman_run"] == 4).sum())),
            _count(lambda d: float(((d["batsman_run"] == 4) & (d["non_boundary"] == 0)).sum())),
        ),
        (*_IP_ID, "batsman_run", "non_boundary"),
    ),
    Q(
        "what percentage of deliveries were wides?",
        _share(lambda d: float((_text(d["extra_type"]) == "wides").mean())),
        (*_IP_ID, "extra_type", "extras_run"),
    ),
]


# --- 4. Google Play reviews (Kaggle "Google Play Store Apps", googleplaystore_user_reviews.csv) -------------------

# app (in the file's order): rows, share of "nan" rows, chance a review is positive, chance it is negative
_GP_APPS = _fields(
    "10 Best Foods for You|100|0.35|0.78|0.08;104 找工作 - 找工作 找打工 找兼職|40|1|0.5|0.2;"
    "11st|39|0.05|0.55|0.25;1800 Contacts - Lens Store|80|0.1|0.72|0.12;"
    "1LINE – One Line with One Touch|40|0.05|0.7|0.1;2018Emoji Keyboard 😂 Emoticons Lite -sticker&gif|40|0.3|0.6|0.2;"
    "21-Day Meditation Experience|100|0.25|0.75|0.1;2Date Dating App, Love and matching|40|1|0.5|0.2;"
    "2GIS: directory & navigator|40|0.6|0.62|0.18;2RedBeans|40|0.1|0.55|0.2;"
    "2ndLine - Second Phone Number|40|0.1|0.52|0.3;30 Day Fitness Challenge - Workout at Home|100|0.55|0.8|0.06;"
    "365Scores - Live Scores|100|0.6|0.58|0.22;3D Live Neon Weed Launcher|40|0.3|0.65|0.1;"
    "4 in a Row|40|0.1|0.6|0.2;7 Minute Workout|100|0.4|0.74|0.1;"
    "7 Weeks - Habit & Goal Tracker|100|0.3|0.7|0.12;8 Ball Pool|100|0.55|0.5|0.35;"
    "8fit Workouts & Meal Planner|100|0.3|0.62|0.22;850 Sports News Digest|40|1|0.5|0.2;"
    "8tracks radio|100|0.4|0.52|0.3;95Live -SG#1 Live Streaming App|40|0.3|0.58|0.2;"
    "A Call From Santa Claus!|40|0.2|0.6|0.2;A Word A Day|60|0.2|0.7|0.1;"
    "A&E - Watch Full Episodes of TV Shows|100|0.35|0.4|0.48;ABC Kids - Tracing & Phonics|100|0.2|0.72|0.1;"
    "ABC News - US & World News|100|0.5|0.42|0.38;ABC Preschool Free|100|0.35|0.7|0.1;"
    "ABC Spelling - Spell & Phonics|60|0.2|0.72|0.08;AC - Tips & News for Android™|60|0.3|0.6|0.15;"
    "ADP Mobile Solutions|100|0.3|0.52|0.3;AP Mobile - Breaking News|100|0.5|0.45|0.33;"
    "ASOS|100|0.4|0.66|0.2;AT&T Visual Voicemail|40|1|0.5|0.2;"
    "AVG AntiVirus 2018 for Android Security|100|0.5|0.68|0.14;"
    "AVG Cleaner – Speed, Battery & Memory Booster|100|0.45|0.63|0.2;"
    "Abs Training-Burn belly fat|100|0.25|0.78|0.08;Acorns - Invest Spare Change|100|0.3|0.6|0.2;"
    "Adobe Acrobat Reader|100|0.35|0.55|0.28;Adobe Photoshop Express:Photo Editor Collage Maker|100|0.4|0.7|0.15;"
    "Agar.io|100|0.55|0.5|0.34;AirBrush: Easy Photo Editor|100|0.3|0.72|0.12;"
    "Airbnb|100|0.4|0.58|0.26;AliExpress - Smarter Shopping, Better Living|100|0.5|0.6|0.22;"
    "All Football - Latest News & Videos|100|0.45|0.6|0.2;Amazon Kindle|100|0.3|0.62|0.22;"
    "Amazon Shopping|100|0.35|0.58|0.26;Angry Birds 2|100|0.55|0.5|0.32"
)
# phrases that carry a sentiment: text|polarity|subjectivity (as TextBlob scores their words)
_GP_GOOD = _fields(
    "Great app|0.8|0.75;I love this app|0.5|0.6;Best app ever|1.0|0.3;Very good|0.91|0.78;Nice app|0.6|1.0;"
    "Awesome|1.0|1.0;Easy to use|0.43333333333333335|0.8333333333333334;Works perfectly|1.0|1.0;"
    "Really useful|0.36|0.2;Amazing features|0.6000000000000001|0.9;Good for beginners|0.7|0.6;Excellent|1.0|1.0;"
    "Pretty cool|0.3|0.825;Happy with it|0.8|1.0;Helpful tips every day|0.0|0.0"
)
_GP_BAD = _fields(
    "Worst app|-1.0|1.0;Very bad|-0.9099999999999998|0.8666666666666667;Terrible update|-1.0|1.0;"
    "Keeps crashing, so annoying|-0.8|0.9;Really slow|-0.36|0.46923076923076923;Useless now|-0.5|0.0;Boring|-1.0|1.0;"
    "Poor design|-0.4|0.6;Hard to find anything|-0.2916666666666667|0.5416666666666666;"
    "Waste of time, disappointed|-0.75|0.75;Stupid login problem|-0.7999999999999999|1.0"
)
_GP_COLUMNS = _split("App;Translated_Review;Sentiment;Sentiment_Polarity;Sentiment_Subjectivity")
_GP_PLAIN = _split(
    "I use it every day;Please fix the login;It keeps asking me to update;Why do I need to sign in again;"
    "Downloaded it yesterday;Can you add a widget?;I paid for premium;Used it for two months;"
    "Waiting for the next update;It asks for my location;Installed on my phone;The ads come after every level"
)


def _gp_review(rng: np.random.Generator, good: float, bad: float) -> tuple[str, float, float]:
    """A review, its polarity and subjectivity: the mean scores of the phrases that carry a sentiment, 0 without."""
    mood = _one(rng, ["good", "bad", "plain"], [good, bad, max(0.02, 1 - good - bad)])
    carried: list[list[str]] = []
    if mood != "plain":
        main, other = (_GP_GOOD, _GP_BAD) if mood == "good" else (_GP_BAD, _GP_GOOD)
        carried = [main[int(i)] for i in rng.choice(len(main), int(_one(rng, [1, 2], [65, 35])), replace=False)]
        if rng.random() < 0.22:
            carried.append(other[int(rng.integers(len(other)))])
    fillers = int(_one(rng, [0, 1, 2], [45, 40, 15])) if carried else 1 + int(rng.integers(2))
    plain = [str(_one(rng, _GP_PLAIN)) for _ in range(fillers)]
    parts = [p[0] for p in carried] + plain
    parts = [parts[int(i)] for i in rng.permutation(len(parts))]
    text = ". ".join(parts)
    if rng.random() < 0.3:
        text = text.lower()
    elif rng.random() < 0.1:
        text = text.upper()
    if not carried:
        return text, 0.0, 0.0
    polarity = float(np.mean([float(p[1]) for p in carried]))
    subjectivity = float(np.mean([float(p[2]) for p in carried]))
    return text, polarity, subjectivity


def _play_reviews_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6604)
    rows: list[dict[str, Any]] = []
    for app, size, gaps, good, bad in _GP_APPS:
        n = int(size) if float(gaps) == 1 else int(np.clip(rng.normal(float(size), 6), 30, 100))
        for _ in range(n):
            if rng.random() < float(gaps):
                rows.append({"App": app} | dict.fromkeys(_GP_COLUMNS[1:], "nan"))
                continue
            text, polarity, subjectivity = _gp_review(rng, float(good), float(bad))
            sentiment = "Positive" if polarity > 0 else "Negative" if polarity < 0 else "Neutral"
            rows.append(
                {
                    "App": app,
                    "Translated_Review": text,
                    "Sentiment": sentiment,
                    "Sentiment_Polarity": polarity,
                    "Sentiment_Subjectivity": subjectivity,
                }
            )
    return pd.DataFrame(rows)[_GP_COLUMNS]


def _gp_rated(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    f = _deduped(d, unique)
    return f[_text(f["Sentiment"]).isin(["Positive", "Negative", "Neutral"])]


def _gp_counts(unique: bool) -> Callable[[pd.DataFrame], Any]:
    return lambda d: _text(_gp_rated(d, unique)["Sentiment"]).value_counts().to_numpy()


def _gp_column(column: str, unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _gp_rated(d, unique)[column]


def _gp_top_app(sentiment: str, unique: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        f = _gp_rated(d, unique)
        return _top_label(f.loc[_text(f["Sentiment"]) == sentiment, "App"])

    return top


def _gp_mean_app(highest: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        f = _gp_rated(d, False)
        means = f.groupby(_text(f["App"]))["Sentiment_Polarity"].mean().dropna()
        return str(_ranked(means, ascending=not highest).index[0])

    return top


def _gp_positive(unique: bool, of_all: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        positive = float((_text(_gp_rated(d, unique)["Sentiment"]) == "Positive").sum())
        return positive / len(_deduped(d, unique) if of_all else _gp_rated(d, unique))

    return share


def _gp_subjectivity(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        f = _gp_rated(d, unique)
        by = f.groupby(_text(f["Sentiment"]))["Sentiment_Subjectivity"].mean()
        return [float(by["Positive"]), float(by["Negative"])]

    return means


_GP_ID = ("App",)
_GP_BOTH = (False, True)
_PLAY_REVIEWS_QS = [
    Q(
        "how many positive, negative and neutral reviews are there",
        either(*(_count(_gp_counts(u)) for u in _GP_BOTH)),
        (*_GP_ID, "Sentiment"),
    ),
    Q(
        "what % of the reviews are positive?",
        either(*(_share(_gp_positive(u, of_all)) for u in _GP_BOTH for of_all in (False, True))),
        (*_GP_ID, "Sentiment", "Translated_Review"),
    ),
    Q(
        "which app has the most positive reviews?",
        _lead(either(*(_named(_gp_top_app("Positive", u)) for u in _GP_BOTH), _named(_gp_mean_app(True)))),
        (*_GP_ID, "Sentiment", "Sentiment_Polarity"),
    ),
    Q(
        "and the most negative ones?",
        _lead(either(*(_named(_gp_top_app("Negative", u)) for u in _GP_BOTH), _named(_gp_mean_app(False)))),
        (*_GP_ID, "Sentiment", "Sentiment_Polarity"),
    ),
    Q(
        "compare the avg subjectivity of positive vs negative reviews",
        either(*(_about(_gp_subjectivity(u)) for u in _GP_BOTH)),
        (*_GP_ID, "Sentiment", "Sentiment_Subjectivity"),
    ),
    Q(
        "is sentiment polarity correlated with subjectivity?",
        either(
            *(_corr(_gp_column("Sentiment_Polarity", u), _gp_column("Sentiment_Subjectivity", u)) for u in _GP_BOTH)
        ),
        (*_GP_ID, "Sentiment_Polarity", "Sentiment_Subjectivity"),
    ),
]


# --- 5. NYC film permits (NYC Open Data "Film Permits", Mayor's Office of Media and Entertainment) -----------------

# borough: weight, zip codes, police precincts and community boards as "value:weight", streets
_FP_BOROUGHS: dict[str, tuple[float, str, str, str, str]] = {
    "Manhattan": (
        45,
        "10036:8;10019:6;10001:5;10011:5;10013:6;10014:4;10012:4;10003:4;10002:3;10022:3;10023:3;10024:3;10025:3;"
        "10027:2;10031:2;10038:2;10016:3",
        "1:3;5:2;6:3;7:2;9:2;10:3;13:3;14:5;17:2;18:5;19:3;20:3;24:2;26:2;28:2;30:1;32:1;34:1",
        "1:3;2:4;3:2;4:4;5:5;6:2;7:3;8:2;9:1;10:2;11:1;12:1",
        "WEST 48 STREET;WEST 44 STREET;BROADWAY;8 AVENUE;7 AVENUE;6 AVENUE;WEST 57 STREET;EAST 14 STREET;"
        "MADISON AVENUE;LEXINGTON AVENUE;WEST 125 STREET;RIVERSIDE DRIVE;CENTRAL PARK WEST;GREENWICH STREET;"
        "HUDSON STREET;WEST BROADWAY;CANAL STREET;WEST 23 STREET;10 AVENUE;AMSTERDAM AVENUE",
    ),
    "Brooklyn": (
        32,
        "11222:10;11211:9;11206:6;11237:5;11201:6;11205:4;11217:4;11215:4;11231:4;11238:3",
        "60:1;66:1;68:1;72:2;76:3;78:3;79:2;83:3;84:3;88:3;90:4;94:5",
        "1:6;2:4;3:2;4:3;6:3;7:2;8:2;9:1",
        "KENT AVENUE;BEDFORD AVENUE;NORTH 12 STREET;WYTHE AVENUE;DEAN STREET;ATLANTIC AVENUE;FLUSHING AVENUE;"
        "MCGUINNESS BOULEVARD;FRANKLIN STREET;VAN BRUNT STREET;MANHATTAN AVENUE;GRAND STREET;BUSHWICK AVENUE;"
        "FULTON STREET;COURT STREET",
    ),
    "Queens": (
        17,
        "11101:14;11106:5;11377:3;11378:3;11385:3;11432:2;11354:2",
        "104:3;108:6;109:1;110:1;114:4;115:1",
        "1:5;2:6;4:1;5:3;7:1;12:1",
        "VERNON BOULEVARD;QUEENS BOULEVARD;JACKSON AVENUE;STEINWAY STREET;21 STREET;31 AVENUE;NORTHERN BOULEVARD;"
        "SKILLMAN AVENUE;METROPOLITAN AVENUE;HUNTERS POINT AVENUE",
    ),
    "Bronx": (
        4,
        "10451:3;10454:3;10455:2;10461:1;10463:2",
        "40:3;41:1;42:1;44:2;46:1;50:1",
        "1:3;2:1;4:2;8:1",
        "GRAND CONCOURSE;BRUCKNER BOULEVARD;EAST 149 STREET;SOUTHERN BOULEVARD;WALTON AVENUE;EXTERIOR STREET",
    ),
    "Staten Island": (
        2,
        "10301:3;10304:2;10305:1;10314:1",
        "120:3;122:1;123:1",
        "1:3;2:1;3:1",
        "RICHMOND TERRACE;BAY STREET;VICTORY BOULEVARD;HYLAN BOULEVARD;FOREST AVENUE",
    ),
}
# category: weight, sub-categories as "value:weight"
_FP_CATEGORIES: dict[str, tuple[float, str]] = {
    "Television": (
        55,
        "Episodic series:52;Cable-episodic:24;Pilot:5;Reality:8;Talk Show:4;Morning Show:2;News:2;Variety:2;Children:1",
    ),
    "Film": (18, "Feature:86;Short:12;Not Applicable:2"),
    "Commercial": (10, "Commercial:100"),
    "Still Photography": (5, "Not Applicable:100"),
    "WEB": (5, "Not Applicable:100"),
    "Documentary": (3, "Not Applicable:100"),
    "Student": (2, "Not Applicable:100"),
    "Music Video": (2, "Not Applicable:100"),
}
# month of the year: how busy; 2020: how much of that went ahead
_FP_SEASON = [0.7, 0.85, 1.0, 1.05, 1.1, 1.05, 0.9, 1.0, 1.05, 1.15, 1.05, 0.7]
_FP_2020 = [1.1, 1.1, 0.5, 0.0, 0.0, 0.02, 0.08, 0.2, 0.45, 0.6, 0.65, 0.55]
_FP_YEARS = {2018: 1.0, 2019: 1.08}
_FP_COLUMNS = _split(
    "EventID;EventType;StartDateTime;EndDateTime;EnteredOn;EventAgency;ParkingHeld;Borough;CommunityBoard(s);"
    "PolicePrecinct(s);Category;SubCategoryName;Country;ZipCode(s)"
)


def _fp_stamp(t: pd.Timestamp) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.000"


def _fp_some(rng: np.random.Generator, table: str, k: int) -> str:
    """`k` different values of "a:3;b:1", drawn by weight and joined as the file joins them ("10036, 10019")."""
    picked: list[str] = []
    k = min(k, len(_split(table)))
    while len(picked) < k:
        value = _draw(rng, table)
        if value not in picked:
            picked.append(value)
    return ", ".join(picked)


def _fp_parking(rng: np.random.Generator, streets: list[str], k: int) -> str:
    parts = []
    for _ in range(k):
        street, a, b = (streets[int(i)] for i in rng.choice(len(streets), 3, replace=False))
        parts.append(f"{street} between {a} and {b}")
    return ",  ".join(parts)


def _film_permits_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6605)
    weights = {f"{y}-{m + 1:02d}": _FP_SEASON[m] * f for y, f in _FP_YEARS.items() for m in range(12)}
    weights |= {f"2020-{m + 1:02d}": _FP_SEASON[m] * _FP_2020[m] for m in range(12)}
    months = _deal(rng, ";".join(f"{k}:{v}" for k, v in weights.items() if v > 0), 4000)
    boroughs = list(_FP_BOROUGHS)
    rows: list[dict[str, Any]] = []
    for month in months:
        first = pd.Timestamp(f"{month}-01")
        while True:
            day = first + pd.Timedelta(days=int(rng.integers(first.days_in_month)))
            if day.dayofweek < 5 or rng.random() < 0.25:
                break
        kind = _draw(
            rng, "Shooting Permit:87;Theater Load in and Load Outs:7;Rigging Permit:5;DCAS Prep/Shoot/Wrap Permit:1"
        )
        if kind == "Theater Load in and Load Outs":
            borough, category, sub = "Manhattan", "Theater", "Theater"
            start = day + pd.Timedelta(minutes=1)
            end = day + pd.Timedelta(days=int(_one(rng, [1, 2, 3], [50, 35, 15])), hours=23, minutes=58)
        else:
            borough = str(_one(rng, boroughs, [v[0] for v in _FP_BOROUGHS.values()]))
            category = str(_one(rng, list(_FP_CATEGORIES), [v[0] for v in _FP_CATEGORIES.values()]))
            sub = _draw(rng, _FP_CATEGORIES[category][1])
            hour = int(_draw(rng, "5:10;6:35;7:25;8:12;9:6;10:4;12:3;14:2;16:2;18:1"))
            start = day + pd.Timedelta(hours=hour, minutes=int(_one(rng, [0, 30], [80, 20])))
            if kind == "Rigging Permit":
                length = float(_one(rng, [8, 10, 12], [40, 40, 20]))
            elif rng.random() < 0.06:
                length = 24.0 * int(_one(rng, [1, 2], [70, 30])) + float(_one(rng, [12, 14, 16]))
            else:
                length = float(_one(rng, [10, 12, 13, 14, 15, 16, 17, 18], [4, 14, 10, 22, 14, 18, 10, 8]))
            end = start + pd.Timedelta(hours=length)
        _weight, zips, precincts, boards, streets = _FP_BOROUGHS[borough]
        if kind == "Theater Load in and Load Outs":
            zips, precincts, boards = "10036:6;10019:3", "14:1;18:2", "4:1;5:2"
        k = int(_one(rng, [1, 2, 3], [55, 35, 10]))
        entered = start - pd.Timedelta(seconds=int(rng.integers(86_400, 20 * 86_400)))
        rows.append(
            {
                "EventType": kind,
                "StartDateTime": _fp_stamp(start),
                "EndDateTime": _fp_stamp(end),
                "_entered": entered,
                "EventAgency": "Mayor's Office of Film, Theatre & Broadcasting",
                "ParkingHeld": _fp_parking(rng, _split(streets), k),
                "Borough": borough,
                "CommunityBoard(s)": _fp_some(rng, boards, min(k, int(_one(rng, [1, 2], [70, 30])))),
                "PolicePrecinct(s)": _fp_some(rng, precincts, min(k, int(_one(rng, [1, 2], [65, 35])))),
                "Category": category,
                "SubCategoryName": sub,
                "Country": _draw(rng, "United States of America:985;Japan:4;Canada:4;United Kingdom:4;France:3"),
                "ZipCode(s)": _fp_some(rng, zips, k),
            }
        )
    frame = pd.DataFrame(rows).sort_values("_entered", kind="stable").reset_index(drop=True)
    frame["EventID"] = 391_407 + np.cumsum(rng.integers(1, 40, len(frame)))
    frame["EnteredOn"] = [_fp_stamp(t) for t in frame["_entered"]]
    return frame[_FP_COLUMNS]


def _fp_start(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["StartDateTime"]))


def _fp_busiest(d: pd.DataFrame) -> pd.Timestamp:
    counts = _fp_start(d).dt.to_period("M").value_counts()
    return pd.Timestamp(_ranked(counts.rename(index=str)).index[0])


def _fp_years(column: str) -> Callable[[pd.DataFrame], list[float]]:
    def counts(d: pd.DataFrame) -> list[float]:
        by = pd.to_datetime(_text(d[column])).dt.year.value_counts()
        return [float(by[2019]), float(by[2020])]

    return counts


def _fp_hours(d: pd.DataFrame) -> float:
    shoots = d[_text(d["EventType"]) == "Shooting Permit"]
    hours = (pd.to_datetime(_text(shoots["EndDateTime"])) - _fp_start(shoots)).dt.total_seconds() / 3600
    return float(hours.mean())


def _fp_episodic(with_cable: bool) -> Callable[[pd.DataFrame], float]:
    wanted = ["Episodic series", "Cable-episodic"] if with_cable else ["Episodic series"]

    def share(d: pd.DataFrame) -> float:
        tv = d[_text(d["Category"]) == "Television"]
        return float(_text(tv["SubCategoryName"]).isin(wanted).mean())

    return share


def _fp_top_zip(split: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        zips = _text(d["ZipCode(s)"])
        return _top_label(zips.str.split(",").explode().str.strip() if split else zips)

    return top


_FP_ID = ("EventID",)
_FILM_PERMITS_QS = [
    Q(
        "how many permits per borough?",
        _count(lambda d: _text(d["Borough"]).value_counts().to_numpy()),
        (*_FP_ID, "Borough"),
    ),
    Q(
        "plot the number of permits by month. which month was the busiest?",
        _lead(_month_year(_fp_busiest)),
        (*_FP_ID, "StartDateTime", "EnteredOn"),
    ),
    Q(
        "how many permits were there in 2019 vs 2020",
        either(_count(_fp_years("StartDateTime")), _count(_fp_years("EnteredOn"))),
        (*_FP_ID, "StartDateTime", "EnteredOn"),
    ),
    Q(
        "avergae length of a shooting permit in hours?",
        _scaled(_fp_hours, (24.0,), rel=0.01),
        (*_FP_ID, "EventType", "StartDateTime", "EndDateTime"),
    ),
    Q(
        "what share of television permits are episodic series",
        either(_share(_fp_episodic(False)), _share(_fp_episodic(True))),
        (*_FP_ID, "Category", "SubCategoryName"),
    ),
    Q(
        "which zip code shows up the most?",
        _lead(either(_named(_fp_top_zip(True)), _named(_fp_top_zip(False)))),
        (*_FP_ID, "ZipCode(s)"),
    ),
]


# --- 6. US mass shootings 1982-2023 (Kaggle "US Mass Shootings 1982-2023", Mother Jones' database) ----------------

# year: cases
_MS_YEARS = _split(
    "1982:1;1984:2;1986:1;1987:1;1988:1;1989:2;1990:1;1991:3;1992:2;1993:4;1994:1;1995:1;1996:1;1997:2;1998:3;"
    "1999:6;2000:1;2001:1;2003:1;2004:1;2005:2;2006:3;2007:4;2008:3;2009:4;2010:1;2011:3;2012:8;2013:5;2014:4;"
    "2015:7;2016:7;2017:11;2018:13;2019:10;2020:2;2021:6;2022:7;2023:5"
)
_MS_CITIES = _split(
    "Nashville, Tennessee;Louisville, Kentucky;Allen, Texas;Monterey Park, California;Half Moon Bay, California;"
    "Chesapeake, Virginia;Colorado Springs, Colorado;Raleigh, North Carolina;Uvalde, Texas;Buffalo, New York;"
    "Tulsa, Oklahoma;Highland Park, Illinois;Indianapolis, Indiana;San Jose, California;Boulder, Colorado;"
    "Atlanta, Georgia;Oxford, Michigan;Milwaukee, Wisconsin;Jersey City, New Jersey;Odessa, Texas;Dayton, Ohio;"
    "El Paso, Texas;Gilroy, California;Virginia Beach, Virginia;Aurora, Illinois;Sebring, Florida;"
    "Thousand Oaks, California;Pittsburgh, Pennsylvania;Jacksonville, Florida;Annapolis, Maryland;"
    "Santa Fe, Texas;Nashville, Tennessee;Parkland, Florida;Sutherland Springs, Texas;Las Vegas, Nevada;"
    "Orlando, Florida;Dallas, Texas;Kalamazoo, Michigan;San Bernardino, California;Roseburg, Oregon;"
    "Chattanooga, Tennessee;Charleston, South Carolina;Isla Vista, California;Alexandria, Virginia;"
    "Washington, D.C.;Santa Monica, California;Newtown, Connecticut;Minneapolis, Minnesota;Oak Creek, Wisconsin;"
    "Aurora, Colorado;Seattle, Washington;Oakland, California;Tucson, Arizona;Manchester, Connecticut;"
    "Fort Hood, Texas;Binghamton, New York;Carthage, North Carolina;Geneva County, Alabama;DeKalb, Illinois;"
    "Kirkwood, Missouri;Omaha, Nebraska;Blacksburg, Virginia;Salt Lake City, Utah;Lancaster, Pennsylvania;"
    "Goleta, California;Red Lake, Minnesota;Columbus, Ohio;Meridian, Mississippi;Wakefield, Massachusetts;"
    "Honolulu, Hawaii;Littleton, Colorado;Fort Worth, Texas;Springfield, Oregon;Jonesboro, Arkansas;"
    "Orange, California;Corpus Christi, Texas;Killeen, Texas;Iowa City, Iowa;Royal Oak, Michigan;"
    "San Francisco, California;Garden City, New York;Olivehurst, California;Stockton, California;"
    "Edmond, Oklahoma;Palm Bay, Florida;San Ysidro, California;Miami, Florida;Dadeville, Alabama;"
    "Philadelphia, Pennsylvania;Lewiston, Maine;Memphis, Tennessee;Highlands Ranch, CO;Farmington, NM"
)
# location type: places, what the shooter was to the place ("value:weight")
_MS_PLACES = {
    "Workplace": (
        "warehouse;office building;manufacturing plant;post office;distribution center;bank;"
        "rail yard;grocery store;car wash;city hall",
        "former employee:5;employee:4;man:1",
    ),
    "School": (
        "high school;elementary school;university;community college;middle school",
        "student:5;former student:4;man:1",
    ),
    "Religious": ("church;synagogue;temple", "man:1"),
    "Military": ("military base;Navy Yard;recruiting center", "service member:2;contractor:1"),
    "Other": (
        "shopping mall;nightclub;restaurant;house party;bar;supermarket;spa;bowling alley;movie theater;"
        "apartment complex;music festival;parade;dance studio;food festival",
        "man:4;gunman:2;resident:1",
    ),
}
_MS_LOCATIONS = "Other:60;Workplace:46;School:21;Religious:7;Military:4;workplace:2;Other\n:1"
_MS_MENTAL = "Yes:62;No:20;TBD:28;Unclear:13;-:14;yes:2;Unknown:2"
_MS_LEGAL = 'Yes:72;No:19;TBD:26;Unknown:11;-:10;\nYes:2;Yes ("some of the weapons were purchased illegally"):1'
_MS_RACES = "White:68;Black:23;Latino:11;Asian:9;Native American:3;Other:5;-:18;white:3;black:1"
_MS_GENDERS = "M:108;Male:27;F:2;Female:2;Male & Female:1;male:1"
_MS_WEAPONS = (
    "semiautomatic handgun:30;two semiautomatic handguns:10;semiautomatic rifle:12;"
    "semiautomatic rifle, semiautomatic handgun:14;semiautomatic handgun, shotgun:6;shotgun:6;revolver:4;"
    "semiautomatic handgun, revolver:4;semiautomatic rifle, semiautomatic handgun, shotgun:4;rifle:3;"
    "semiautomatic handguns, rifle:3"
)
_MS_COLUMNS = _split(
    "case;location;date;summary;fatalities;injured;total_victims;location_type;age_of_shooter;"
    "prior_signs_mental_health_issues;weapons_obtained_legally;weapon_type;race;gender;year"
)


def _ms_case(rng: np.random.Generator, year: int, kind: str, gender: str, used: set[str]) -> dict[str, Any]:
    places, roles = _MS_PLACES[kind.strip().capitalize()]
    while True:
        city, place = str(_one(rng, _MS_CITIES)), str(_one(rng, _split(places)))
        case = f"{city.split(',')[0]} {place} shooting"
        if case not in used:
            used.add(case)
            break
    last = 5 if year == 2023 else 12
    day = pd.Timestamp(year, int(rng.integers(1, last + 1)), 1)
    day += pd.Timedelta(days=int(rng.integers(day.days_in_month)))
    floor = 3 if year >= 2013 else 4
    fatalities = floor + int(rng.geometric(0.28)) - 1
    if rng.random() < 0.07:
        fatalities += int(rng.integers(6, 24))
    injured = 0 if rng.random() < 0.3 else int(rng.poisson(0.9 * fatalities + 1))
    if rng.random() < 0.05:
        injured += int(rng.integers(15, 60))
    age = int(np.clip(round(rng.normal(33, 11.5)), 11, 72))
    role = _draw(rng, roles)
    who = "woman" if gender in ("F", "Female") else role
    end = _draw(rng, "taking their own life:45;being arrested:30;being shot dead by police:25")
    return {
        "case": case,
        "location": city,
        "date": f"{day.month}/{day.day}/{year}",
        "summary": f"{age}-year-old {who} opened fire at a {place}, killing {fatalities} and wounding {injured} "
        f"before {end}.",
        "fatalities": fatalities,
        "injured": injured,
        "total_victims": fatalities + injured,
        "_day": day,
        "age_of_shooter": str(age),
    }


def _shootings_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6606)
    years = [int(y) for y, k in (x.split(":") for x in _MS_YEARS) for _ in range(int(k))]
    n = len(years)
    columns = {
        "location_type": _deal(rng, _MS_LOCATIONS, n),
        "prior_signs_mental_health_issues": _deal(rng, _MS_MENTAL, n),
        "weapons_obtained_legally": _deal(rng, _MS_LEGAL, n),
        "race": _deal(rng, _MS_RACES, n),
        "gender": _deal(rng, _MS_GENDERS, n),
    }
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for i, year in enumerate(years):
        extra = {c: values[i] for c, values in columns.items()}
        row = _ms_case(rng, year, extra["location_type"], extra["gender"], used) | extra
        row["weapon_type"] = _draw(rng, _MS_WEAPONS)
        row["year"] = year
        rows.append(row)
    frame = pd.DataFrame(rows)
    big = int(rng.choice(np.flatnonzero((frame["year"] >= 2015) & (frame["year"] <= 2019))))
    frame.loc[big, ["fatalities", "injured"]] = [int(rng.integers(45, 60)), int(rng.integers(380, 520))]
    frame["total_victims"] = frame["fatalities"] + frame["injured"]
    for i in rng.choice(n, 4, replace=False):
        frame.loc[int(i), "total_victims"] = int(frame.loc[int(i), "total_victims"]) + 1
    for i in rng.choice(n, 3, replace=False):
        frame.loc[int(i), "age_of_shooter"] = "-"
    frame = frame.sort_values("_day", ascending=False, kind="stable").reset_index(drop=True)
    return frame[_MS_COLUMNS]


def _ms_yes(d: pd.DataFrame, fold: bool) -> pd.Series:
    answers = _text(d["prior_signs_mental_health_issues"])
    return answers.str.lower() if fold else answers


def _ms_mental(fold: bool, known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        answers = _ms_yes(d, fold)
        if known_only:
            answers = answers[answers.str.lower().isin(["yes", "no"])]
        return float(answers.isin(["Yes", "yes"] if fold else ["Yes"]).mean())

    return share


def _ms_women(with_pair: bool) -> Callable[[pd.DataFrame], float]:
    wanted = ["f", "female", "male & female"] if with_pair else ["f", "female"]
    return lambda d: float(_text(d["gender"]).str.lower().isin(wanted).sum())


def _ms_worst_year(total: bool) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        victims = d["total_victims"] if total else d["fatalities"] + d["injured"]
        return float(_ranked(victims.groupby(d["year"]).sum()).index[0])

    return year


_MS_ID = ("case", "date")
_SHOOTINGS_QS = [
    Q(
        "total fatalities and injured across all cases?",
        _count(lambda d: [float(d["fatalities"].sum()), float(d["injured"].sum())]),
        (*_MS_ID, "fatalities", "injured", "total_victims"),
    ),
    Q(
        "which year had the most victims",
        _lead(either(_year(_ms_worst_year(True)), _year(_ms_worst_year(False)))),
        (*_MS_ID, "year", "total_victims", "fatalities", "injured"),
    ),
    Q(
        "how many of these happened at a workplace?",
        either(
            _count(lambda d: float((_text(d["location_type"]) == "Workplace").sum())),
            _count(lambda d: float((_text(d["location_type"]).str.lower() == "workplace").sum())),
        ),
        (*_MS_ID, "location_type"),
    ),
    Q(
        "what percentage of shooters had prior signs of mental health issues",
        either(*(_share(_ms_mental(fold, known)) for fold in (False, True) for known in (False, True))),
        (*_MS_ID, "prior_signs_mental_health_issues"),
    ),
    Q(
        "whats the average age of the shooters?",
        _about(lambda d: float(_number(d["age_of_shooter"]).mean())),
        (*_MS_ID, "age_of_shooter"),
    ),
    Q(
        "how many shooters were women?",
        either(_count(_ms_women(False)), _count(_ms_women(True))),
        (*_MS_ID, "gender"),
    ),
]


# --- 7. Wish summer clothes (Kaggle "Sales of summer clothes in E-commerce Wish", summer-products.csv) ------------

_WS_UNITS = "1:3;2:2;3:2;6:1;7:1;8:4;10:49;50:76;100:510;1000:405;5000:217;10000:177;20000:103;50000:17;100000:6"
_WS_COLORS = (
    "black:302;white:254;yellow:105;pink:99;blue:99;red:93;green:90;grey:71;purple:53;armygreen:31;navyblue:28;"
    "orange:27;beige:24;multicolor:20;khaki:15;lightblue:14;wine red:11;leopard:10;Black:6;White:4;"
    "white & black:8;rosered:8;coffee:7;floral:7;camouflage:6;apricot:6;skyblue:5;brown:5;Pink:3;Blue:3;:41"
)
_WS_SIZES = (
    "S:641;XS:356;M:200;XXS:100;L:49;S.:17;XL:17;XXL:15;Size S:4;s:3;XXXS:6;One Size:5;2XL:4;4XL:3;Size-XS:3;"
    "25-S:2;SIZE XXS:2;Size M:2;M.:2;XXXXL:2;:14;S/M(child):1;EU 35:1;XS.:1;Size4XL:1;3XL:2"
)
_WS_ORIGINS = "CN:1516;US:31;VE:5;SG:2;GB:1;AT:1;:17"
_WS_WORDS = {
    "year": "2020;2020 Summer;Summer;New Fashion;Hot Sale;2020 New;Women's;Plus Size",
    "style": "Women Casual;Sexy;Fashion Women;Boho;Vintage;Loose;Slim Fit;Elegant;Beach;Sleeveless",
    "print": "Floral Print;Solid Color;Leopard Print;Striped;Tie Dye;Letter Print;Lace Patchwork;Flamingo Print;"
    "Plaid;Dot Print",
    "item": "Dress;T-shirt;Tank Top;Shorts;Swimsuit;Bikini Set;Jumpsuit;Blouse;Maxi Dress;Sundress;Romper;"
    "Pajamas Set;Crop Top;Skirt;Yoga Pants",
    "tail": "for Women;Ladies Tops;Beachwear;Plus Size S-5XL;Sleepwear Loungewear;Party Club Wear;Holiday Outfit;"
    "Cover Up;Sportswear;",
}
_WS_COLUMNS = _split(
    "title;price;retail_price;currency_buyer;units_sold;uses_ad_boosts;rating;rating_count;badges_count;"
    "product_color;product_variation_size_id;countries_shipped_to;merchant_rating;origin_country"
)


def _ws_title(rng: np.random.Generator) -> str:
    parts = [str(_one(rng, _split(_WS_WORDS[k]))) for k in ("year", "style", "print", "item", "tail")]
    return " ".join(p for p in parts if p)


def _wish_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6607)
    n = 1573
    units = [int(u) for u in _deal(rng, _WS_UNITS, n)]
    colors, sizes, origins = (_deal(rng, t, n) for t in (_WS_COLORS, _WS_SIZES, _WS_ORIGINS))
    rows: list[dict[str, Any]] = []
    for i in range(n):
        price = float(np.clip(rng.lognormal(np.log(8.0), 0.45), 1.0, 49.0))
        price = round(price) * 1.0 if rng.random() < 0.65 else round(price, 2)
        retail = max(1, round(price * float(np.exp(rng.normal(0.75, 0.85)))))
        count = round(units[i] * float(rng.lognormal(np.log(0.17), 0.6)))
        if count == 0:
            rating = 5.0
        else:
            spread = 0.22 + 1.2 / np.sqrt(count + 1)
            rating = float(np.clip(rng.normal(3.74 + 0.012 * price, spread), 1.0, 5.0))
        merchant_count = int(rng.integers(50, 200_000))
        merchant = float(np.clip(rng.normal(4.03, 0.2), 2.33, 4.58))
        rows.append(
            {
                "title": _ws_title(rng),
                "price": price,
                "retail_price": retail,
                "currency_buyer": "EUR",
                "units_sold": units[i],
                "uses_ad_boosts": int(rng.random() < 0.43),
                "rating": round(rating, 2),
                "rating_count": count,
                "badges_count": int(_one(rng, [0, 1, 2, 3], [89, 9, 1.6, 0.4])),
                "product_color": colors[i] or None,
                "product_variation_size_id": sizes[i] or None,
                "countries_shipped_to": int(np.clip(round(rng.lognormal(np.log(35), 0.45)), 6, 140)),
                "merchant_rating": round(merchant * merchant_count) / merchant_count,
                "origin_country": origins[i] or None,
            }
        )
    return pd.DataFrame(rows)[_WS_COLUMNS]


def _ws_boost_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby("uses_ad_boosts")["units_sold"].mean()
    return [float(by[1]), float(by[0])]


def _ws_top_color(fold: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        colors = _text(d["product_color"])
        return _top_label(colors.str.lower() if fold else colors)

    return top


def _ws_china(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        origin = _text(d["origin_country"])
        return float((origin == "CN").sum() / ((origin != "").sum() if known_only else len(origin)))

    return share


_WS_ID = ("title",)
_WISH_QS = [
    Q(
        "what's the average price and the average retail price?",
        _about(lambda d: [float(d["price"].mean()), float(d["retail_price"].mean())]),
        (*_WS_ID, "price", "retail_price", "currency_buyer"),
    ),
    Q(
        "do products that use ad boosts sell more? compare avg units sold",
        _scaled(_ws_boost_means, (1e3,)),
        (*_WS_ID, "uses_ad_boosts", "units_sold"),
    ),
    Q(
        "most common product color?",
        _lead(either(_named(_ws_top_color(False)), _named(_ws_top_color(True)))),
        (*_WS_ID, "product_color"),
    ),
    Q(
        "how many products sold 10,000 units or more",
        _count(lambda d: float((d["units_sold"] >= 10_000).sum())),
        (*_WS_ID, "units_sold"),
    ),
    Q(
        "is price correlated with rating?",
        _corr(lambda d: d["price"], lambda d: d["rating"]),
        (*_WS_ID, "price", "rating", "rating_count"),
    ),
    Q(
        "what share of the products ship from china?",
        either(_share(_ws_china(False)), _share(_ws_china(True))),
        (*_WS_ID, "origin_country"),
    ),
]


HELDOUT66: list[Dataset] = [
    Dataset("heart_attack_analysis", _heart_frame, _HEART_QS),
    Dataset("dog_breed_traits", _dog_frame, _DOG_QS),
    Dataset("ipl_ball_by_ball_2022", _ipl_frame, _IPL_QS),
    Dataset("google_play_user_reviews", _play_reviews_frame, _PLAY_REVIEWS_QS),
    Dataset("nyc_film_permits", _film_permits_frame, _FILM_PERMITS_QS),
    Dataset("mother_jones_mass_shootings", _shootings_frame, _SHOOTINGS_QS),
    Dataset("wish_summer_products", _wish_frame, _WISH_QS),
]
