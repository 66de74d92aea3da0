"""HELDOUT69: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: TidyTuesday's
Hollywood Age Gap file (age_gaps.csv, 1155 couples in 813 films from 1949 to 2022) with movie_name, release_year,
director, age_difference, couple_number, the older actor first in actor_1_name, man / woman character genders (a few
same-sex couples), ISO birthdates, ages counted as release year minus birth year, actors and directors who come back
film after film and the rows sorted by the age gap, widest first; Kaggle's Gym Members Exercise Tracking file
(gym_members_exercise_tracking.csv, 973 members) with unit-bearing headers such as "Weight (kg)", "Session_Duration
(hours)", "Water_Intake (liters)" and "Workout_Frequency (days/week)", Male / Female, Yoga / HIIT / Cardio / Strength,
Calories_Burned written "1313.0", Experience_Level 1-3 and a two-decimal BMI; data.gov's SFO Air Traffic Passenger
Statistics (July 2005 to December 2015, 4732 rows) with Activity Period as a yyyymm integer, operating and published
airlines and their IATA codes (SkyWest flying as United, United written "United Airlines - Pre 07/01/2013" before
July 2013, a charter with blank codes in some months only), Domestic / International, "US" / "Asia" / "Australia /
Oceania" regions, Deplaned / Enplaned / "Thru / Transit", Low Fare / Other, terminals and boarding areas, airlines
that start or stop mid-way and Passenger Count; Maven Analytics' Call Center data (5000 calls of January-March 2021)
with "ID0001" call ids, eight agents, ISO dates, times as "9:12:58", five topics, Y / N in "Answered (Y/N)" and
Resolved, and "Speed of answer in seconds", AvgTalkDuration as "00:02:23" and "Satisfaction rating" 1-5 all blank
when the call went unanswered; a 5000-row sample of the City of Chicago Food Inspections for 2019-2022 (newest first)
with Inspection ID, upper-case DBA Name (chains at many addresses, "DUNKIN DONUTS" beside "DUNKIN' DONUTS"), AKA Name
(some blank or in title case), License # (a few 0 or blank), Facility Type, "Risk 1 (High)" ... "Risk 3 (Low)" and a
few "All", addresses with a trailing space, CHICAGO / Chicago / CHCHICAGO / blank cities, Zip, "01/04/2019" dates,
Canvass / License / Complaint and re-inspection types, Pass / Fail / "Pass w/ Conditions" / "Out of Business" / "No
Entry" / "Not Ready" results, Violations as "38. INSECTS, RODENTS, & ANIMALS NOT PRESENT - Comments: ..." joined by
" | " (blank when nothing was cited or nobody was inspected) and Latitude, Longitude and a "(lat, lon)" Location,
blank together for a few; FiveThirtyEight's police_killings.csv (467 people killed by police in January-June 2015,
sorted by name) with age as text holding four "Unknown", raceethnicity, month names, state codes, census tract ids
(state_fp, county_fp, tract_ce, geo_id, county_id, "Census Tract 4402.01"), the agency, cause, armed ("No" for
unarmed, "Non-lethal firearm", "Disputed"), and tract figures pop, share_white / black / hispanic, p_income and pov as
text with "-" for two empty tracts, h_income blank for four, county_income, comp_income, county and national income
quintiles, urate and college as fractions; and a 5000-row sample of UCI's Metro Interstate Traffic Volume (I-94
westbound, hourly, October 2012 to September 2018 with the real gap from August 2014 to June 2015) with holiday
"None" except on the midnight row of a holiday, temp in kelvin (four readings of 0.0), rain_1h with one 9831.3,
snow_1h, clouds_all, weather_main and weather_description ("sky is clear" beside "Sky is Clear"), date_time as
"2012-10-02 09:00:00" (120 hours written twice with two kinds of weather) and traffic_volume. All are generated with
a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _split, _text
from .heldout38 import _draw
from .heldout39 import _clock, _fields
from .heldout40 import _top_named
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _weighted(rng: np.random.Generator, items: list[dict[str, Any]], weights: list[float]) -> dict[str, Any]:
    """One of `items`, drawn with `weights`."""
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> pd.Timestamp:
    """The `n`-th (0-based; -1 for the last) given weekday (Monday = 0) of a month."""
    first = pd.Timestamp(year, month, 1)
    days = pd.date_range(first, periods=first.days_in_month, freq="D")
    return pd.Timestamp(days[days.day_of_week == weekday][n])


# --- 1. Hollywood age gaps (TidyTuesday 2023-02-14, age_gaps.csv) --------------------------------------------------

_AG_MEN = _split(
    "James;John;Robert;Michael;William;David;Richard;Charles;Joseph;Thomas;Christopher;Daniel;Paul;Mark;Donald;"
    "George;Kenneth;Steven;Edward;Brian;Ronald;Anthony;Kevin;Jason;Matthew;Gary;Timothy;Larry;Jeffrey;Frank;Scott;"
    "Eric;Stephen;Andrew;Raymond;Gregory;Joshua;Dennis;Walter;Patrick;Peter;Harold;Douglas;Henry;Carl;Arthur;Ryan;"
    "Roger;Keanu;Cary;Clark;Humphrey;Rock;Spencer;Gene;Burt;Warren;Dustin;Jack;Harrison;Liam;Colin;Hugh;Jude;Ewan;"
    "Bradley;Channing;Idris;Rami;Oscar;Ansel;Zac;Chris;Ben;Matt;Tom;Will;Nick;Sean;Vince;Owen;Luke;Gerard;Javier"
)
_AG_WOMEN = _split(
    "Mary;Patricia;Jennifer;Linda;Elizabeth;Barbara;Susan;Jessica;Sarah;Karen;Nancy;Lisa;Margaret;Sandra;Ashley;"
    "Emily;Donna;Michelle;Carol;Amanda;Melissa;Deborah;Stephanie;Rebecca;Laura;Sharon;Cynthia;Kathleen;Amy;Angela;"
    "Anna;Emma;Olivia;Grace;Audrey;Ingrid;Lauren;Greta;Vivien;Katharine;Ava;Rita;Doris;Kim;Diane;Meryl;Goldie;Julia;"
    "Sandra;Nicole;Reese;Charlize;Scarlett;Natalie;Keira;Rachel;Zoe;Mila;Margot;Saoirse;Florence;Zendaya;Lily;Dakota;"
    "Salma;Penelope;Eva;Halle;Naomi;Cate;Kate;Gwyneth;Winona;Uma;Jodie;Kristen;Rooney;Jena;Thandie;Freida"
)
_AG_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Wilson;Anderson;Taylor;Thomas;Moore;Martin;Jackson;Thompson;"
    "White;Harris;Clark;Lewis;Robinson;Walker;Young;Allen;King;Wright;Scott;Green;Baker;Adams;Nelson;Hill;Campbell;"
    "Mitchell;Roberts;Carter;Phillips;Evans;Turner;Parker;Collins;Edwards;Stewart;Morris;Murphy;Cook;Rogers;Morgan;"
    "Cooper;Peterson;Reed;Bailey;Bell;Kelly;Howard;Ward;Cox;Richardson;Wood;Watson;Brooks;Bennett;Gray;Hughes;Price;"
    "Sanders;Myers;Long;Ross;Foster;Hayes;Graves;Lockhart;Whitaker;Donovan;Sterling;Hale;Ashford;Beaumont;Kendrick;"
    "Fairbanks;Holloway;Prescott;Maddox;Sinclair;Delaney;Gallagher;Hartley;Vance;Langley;Mercer;Blake;Quinn;Fox;Rhodes"
)
_AG_ADJ = _split(
    "Last;Secret;Lost;Perfect;Sweet;Wild;Broken;Golden;Hidden;Silent;Crazy;Little;Endless;Midnight;Summer;Winter;"
    "Dangerous;Beautiful;Forbidden;Second;Only;Private;Accidental;Borrowed;Unfinished;Restless;Lonely;Bright;Blue"
)
_AG_NOUN = _split(
    "Affair;Kiss;Promise;Proposal;Wedding;Holiday;Heart;Season;Road;Game;Dance;Letter;Lie;Chance;Night;Weekend;"
    "Stranger;Neighbor;Bride;Lover;Husband;Wife;Deal;Escape;Crossing;Truth;Vow;Encounter;Shore;Garden;Train;Window"
)
_AG_PLACES = _split(
    "Paris;Rome;Manhattan;Vegas;Venice;Havana;Tokyo;Monaco;Vienna;Casablanca;Tuscany;Brooklyn;Malibu;Reno;Saigon;"
    "Barcelona;Lisbon;Chicago;Seattle;Bombay;Istanbul;Dublin;Montana;Alaska;Hollywood;Cairo;London;Berlin;Capri"
)
# couple (older, younger): weight
_AG_KINDS: dict[tuple[str, str], float] = {
    ("man", "woman"): 80.5,
    ("woman", "man"): 17.0,
    ("man", "man"): 1.3,
    ("woman", "woman"): 1.2,
}
_AG_COUPLES = "1:74;2:17;3:5;4:2.3;5:1;6:0.7"
# how often a film goes to a director seen before, and how much the busier ones are preferred
_AG_REUSE, _AG_PULL = 0.25, 1.1


def _ag_person(first: list[str]) -> Callable[[np.random.Generator], str]:
    return lambda rng: f"{_one(rng, first)} {_one(rng, _AG_LAST)}"


def _ag_title(rng: np.random.Generator) -> str:
    adj, noun, place = str(_one(rng, _AG_ADJ)), str(_one(rng, _AG_NOUN)), str(_one(rng, _AG_PLACES))
    forms = [
        f"The {adj} {noun}",
        f"{adj} {noun}",
        f"A {adj} {noun}",
        f"{noun} in {place}",
        f"The {noun} from {place}",
        f"{adj} in {place}",
        f"Love in {place}",
        f"The {noun}",
        f"{place} {noun}",
        f"My {adj} {noun}",
    ]
    return str(_one(rng, forms))


def _ag_actor(
    rng: np.random.Generator,
    pools: dict[str, list[dict[str, Any]]],
    gender: str,
    year: int,
    age: int,
    used: set[str],
    taken: list[dict[str, Any]],
) -> dict[str, Any]:
    """An actor of `gender` about `age` in `year`: one seen before (the busier, the likelier) or a new one."""
    born = year - age
    near = [
        a
        for a in pools[gender]
        if abs(int(a["born"].year) - born) <= 1 and 17 <= year - int(a["born"].year) <= 84 and a not in taken
    ]
    if near and rng.random() < 0.5:
        return _weighted(rng, near, [float(a["films"]) + 0.5 for a in near])
    first = _AG_MEN if gender == "man" else _AG_WOMEN
    day = pd.Timestamp(born, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
    actor: dict[str, Any] = {"name": _unique(rng, _ag_person(first), used), "born": day, "films": 0, "g": gender}
    pools[gender].append(actor)
    return actor


def _ag_director(rng: np.random.Generator, directors: list[dict[str, Any]], year: int, used: set[str]) -> str:
    active = [x for x in directors if int(x["first"]) <= year <= int(x["first"]) + 38]
    if active and rng.random() < _AG_REUSE:
        pick = _weighted(rng, active, [float(x["films"]) ** _AG_PULL for x in active])
    else:
        first = _AG_MEN if rng.random() < 0.9 else _AG_WOMEN
        pick = {"name": _unique(rng, _ag_person(first), used), "first": year, "films": 0}
        directors.append(pick)
    pick["films"] = int(pick["films"]) + 1
    return str(pick["name"])


def _ag_ages(rng: np.random.Generator, kind: tuple[str, str], year: int) -> tuple[int, int]:
    older = 22 + rng.gamma(3.2, 5.5) if kind[0] == "man" else 21 + rng.gamma(3.0, 4.6)
    era = 1 + 0.011 * (2000 - year)
    if kind == ("man", "woman"):
        gap = rng.gamma(1.5, 8.4 * era)
    elif kind == ("woman", "man"):
        gap = rng.gamma(1.1, 4.6)
    else:
        gap = rng.gamma(1.2, 6.0)
    older = min(float(older), 80.0)
    return round(older), round(max(17.0, older - min(float(gap), 48.0)))


def _ag_row(title: str, year: int, director: str, number: int, a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    if b["born"] < a["born"]:
        a, b = b, a
    a["films"] = int(a["films"]) + 1
    b["films"] = int(b["films"]) + 1
    age_1, age_2 = year - int(a["born"].year), year - int(b["born"].year)
    return {
        "movie_name": title,
        "release_year": year,
        "director": director,
        "age_difference": age_1 - age_2,
        "couple_number": number,
        "actor_1_name": a["name"],
        "actor_2_name": b["name"],
        "character_1_gender": a["g"],
        "character_2_gender": b["g"],
        "actor_1_birthdate": f"{a['born']:%Y-%m-%d}",
        "actor_2_birthdate": f"{b['born']:%Y-%m-%d}",
        "actor_1_age": age_1,
        "actor_2_age": age_2,
    }


def _age_gap_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6901)
    used: set[str] = {"Hal Whitby", "Edith Morrow", "Benny Hale"}
    titles: set[str] = {"Lavender and Lace"}
    pools: dict[str, list[dict[str, Any]]] = {"man": [], "woman": []}
    directors: list[dict[str, Any]] = []
    edith = {"name": "Edith Morrow", "born": pd.Timestamp("1896-10-30"), "films": 0, "g": "woman"}
    benny = {"name": "Benny Hale", "born": pd.Timestamp("1948-03-29"), "films": 0, "g": "man"}
    rows = [_ag_row("Lavender and Lace", 1971, "Hal Whitby", 1, edith, benny)]
    kinds = list(_AG_KINDS)
    while len(rows) < 1155:
        year = round(2022 - 87 * rng.beta(1.3, 4.2))
        director = _ag_director(rng, directors, year, used)
        title = _unique(rng, _ag_title, titles)
        lead: dict[str, Any] | None = None
        for number in range(1, min(int(_draw(rng, _AG_COUPLES)), 1155 - len(rows)) + 1):
            kind: tuple[str, str] = _one(rng, kinds, list(_AG_KINDS.values()))
            older_age, younger_age = _ag_ages(rng, kind, year)
            if lead is not None and rng.random() < 0.45:
                older = lead
                kind = (str(lead["g"]), "woman" if lead["g"] == "man" else "man")
                gap = older_age - younger_age
                younger_age = max(17, year - int(lead["born"].year) - gap)
            else:
                older = _ag_actor(rng, pools, kind[0], year, older_age, used, [])
            younger = _ag_actor(rng, pools, kind[1], year, younger_age, used, [older])
            lead = lead or older
            rows.append(_ag_row(title, year, director, number, older, younger))
    frame = pd.DataFrame(rows)
    return frame.sort_values("age_difference", ascending=False, kind="stable").reset_index(drop=True)


def _ag_top_director(by_movies: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        names = _text(d["director"])
        by = d.assign(_who=names).groupby("_who")["movie_name"]
        counts = by.nunique() if by_movies else by.size()
        return str(_ranked(counts).index[0])

    return top


def _ag_man_older(strict: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        kept = d[d["age_difference"] > 0] if strict else d
        return float((_text(kept["character_1_gender"]).str.lower() == "man").mean())

    return share


def _ag_widest(d: pd.DataFrame) -> str:
    return str(d.loc[d["age_difference"].idxmax(), "movie_name"])


_AG_ID = ("movie_name", "couple_number")
_AG_GAP = ("age_difference", "actor_1_age", "actor_2_age")
_AGE_GAP_QS = [
    Q(
        "whats the average age difference between the couples?",
        _about(lambda d: float(d["age_difference"].mean())),
        (*_AG_ID, *_AG_GAP),
    ),
    Q(
        "in what % of the couples is the older actor the man?",
        either(_share(_ag_man_older(False)), _share(_ag_man_older(True))),
        (*_AG_ID, "character_1_gender", "character_2_gender", *_AG_GAP),
    ),
    Q(
        "which director has the most movies in here?",
        _lead(either(_named(_ag_top_director(True)), _named(_ag_top_director(False)))),
        (*_AG_ID, "director"),
    ),
    Q(
        "how many couples have an age gap of 20 years or more",
        _count(lambda d: float((d["age_difference"] >= 20).sum())),
        (*_AG_ID, *_AG_GAP),
    ),
    Q(
        "and which movie has the biggest gap?",
        _lead(_named(_ag_widest)),
        (*_AG_ID, *_AG_GAP),
    ),
    Q(
        "plot the avg age gap by decade of release. is it shrinking?",
        _about(lambda d: d.groupby(d["release_year"] // 10 * 10)["age_difference"].mean().to_numpy()),
        (*_AG_ID, "release_year", *_AG_GAP),
    ),
]


# --- 2. Gym members (Kaggle "Gym Members Exercise Dataset", gym_members_exercise_tracking.csv) -----------------------

# workout type: weight, session length shift (hours), calories factor
_GY_TYPES: dict[str, tuple[float, float, float]] = {
    "Strength": (26, 0.1, 0.97),
    "Cardio": (25.5, 0.0, 1.0),
    "Yoga": (24.5, 0.03, 0.9),
    "HIIT": (22.5, -0.08, 1.08),
}
# experience level: weight, session hours (mean, sd), days a week as a table, fat % (mean, sd)
_GY_LEVELS: dict[int, tuple[float, tuple[float, float], str, tuple[float, float]]] = {
    1: (38, (0.95, 0.2), "2:50;3:50", (28.5, 3.6)),
    2: (42, (1.27, 0.2), "3:55;4:45", (23.5, 4.4)),
    3: (20, (1.74, 0.17), "4:45;5:55", (14.8, 3.0)),
}


def _gym_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6902)
    rows: list[dict[str, Any]] = []
    types, levels = list(_GY_TYPES), list(_GY_LEVELS)
    for _ in range(973):
        male = rng.random() < 0.525
        age = int(rng.integers(18, 60))
        level = int(_one(rng, levels, [v[0] for v in _GY_LEVELS.values()]))
        _w, (hours, spread), days, (fat, fat_sd) = _GY_LEVELS[level]
        kind = str(_one(rng, types, [v[0] for v in _GY_TYPES.values()]))
        _k, shift, burn = _GY_TYPES[kind]
        height = round(float(np.clip(rng.normal(1.77 if male else 1.65, 0.085), 1.5, 2.0)), 2)
        bmi = float(np.clip(rng.normal(24.0 + 1.2 * (level == 1) - 1.0 * (level == 3), 4.8), 15, 45))
        weight = round(float(np.clip(bmi * height**2, 40, 129.9)), 1)
        duration = round(float(np.clip(rng.normal(hours + shift, spread), 0.5, 2.0)), 2)
        avg_bpm = int(rng.integers(120, 170))
        calories = duration * avg_bpm * 4.95 * (1.07 if male else 0.92) * burn * float(rng.lognormal(0, 0.05))
        calories -= 2.2 * (age - 38)
        rows.append(
            {
                "Age": age,
                "Gender": "Male" if male else "Female",
                "Weight (kg)": weight,
                "Height (m)": height,
                "Max_BPM": int(rng.integers(160, 200)),
                "Avg_BPM": avg_bpm,
                "Resting_BPM": int(rng.integers(50, 75)),
                "Session_Duration (hours)": duration,
                "Calories_Burned": float(round(max(calories, 303.0))),
                "Workout_Type": kind,
                "Fat_Percentage": round(float(np.clip(rng.normal(fat + (0 if male else 2.6), fat_sd), 10, 35)), 1),
                "Water_Intake (liters)": round(float(np.clip(rng.normal(2.9 if male else 2.1, 0.35), 1.5, 3.7)), 1),
                "Workout_Frequency (days/week)": int(_draw(rng, days)),
                "Experience_Level": level,
                "BMI": round(weight / height**2, 2),
            }
        )
    return pd.DataFrame(rows)


_GY_HOURS = "Session_Duration (hours)"
_GY_FAT = "Fat_Percentage"


def _gy_fat_means(women_only: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        kept = d[_text(d["Gender"]).str.lower() == "female"] if women_only else d
        return kept.groupby("Experience_Level")[_GY_FAT].mean().to_numpy()

    return means


_GYM_QS = [
    Q(
        "avg calories burned per session for each workout type",
        _about(lambda d: d.groupby(_text(d["Workout_Type"]))["Calories_Burned"].mean().to_numpy(), rel=0.002),
        ("Workout_Type", "Calories_Burned"),
    ),
    Q(
        "which workout type has the longest sessions on average?",
        _lead(_named(lambda d: str(_ranked(d.groupby(_text(d["Workout_Type"]))[_GY_HOURS].mean()).index[0]))),
        ("Workout_Type", _GY_HOURS),
    ),
    Q(
        "is session duration correlated with calories burned",
        _corr(lambda d: d[_GY_HOURS], lambda d: d["Calories_Burned"]),
        (_GY_HOURS, "Calories_Burned"),
    ),
    Q(
        "how many members work out 5 days a week?",
        _count(lambda d: float((d["Workout_Frequency (days/week)"] == 5).sum())),
        ("Workout_Frequency (days/week)",),
    ),
    Q(
        "average fat percentage by experience level",
        _about(_gy_fat_means(False), rel=0.002),
        ("Experience_Level", _GY_FAT),
    ),
    Q(
        "and for women only?",
        _about(_gy_fat_means(True), rel=0.002),
        ("Experience_Level", _GY_FAT, "Gender"),
    ),
]


# --- 3. SFO passenger statistics (data.gov "Air Traffic Passenger Statistics", San Francisco International Airport) --

# operating airline|code|published airline|code|GEO Summary|GEO Region|Price Category Code|Terminal|Boarding Area|
# passengers each way a month in 2010|yearly growth|first period|last period|thru / transit passengers a month
# ("United" is written "United Airlines - Pre 07/01/2013" before July 2013, as the file has it)
_SF_LINES = _fields(
    "United|UA|United|UA|Domestic|US|Other|Terminal 3|F|560000|0.024|200507|201512|0;"
    "United|UA|United|UA|International|Asia|Other|International|G|96000|0.04|200507|201512|0;"
    "United|UA|United|UA|International|Europe|Other|International|G|52000|0.03|200507|201512|0;"
    "SkyWest Airlines|OO|United|UA|Domestic|US|Other|Terminal 3|E|118000|0.045|200507|201512|0;"
    "Virgin America|VX|Virgin America|VX|Domestic|US|Low Fare|Terminal 2|D|160000|0.1|200708|201512|0;"
    "American Airlines|AA|American Airlines|AA|Domestic|US|Other|Terminal 2|D|150000|-0.005|200507|201512|0;"
    "Delta Air Lines|DL|Delta Air Lines|DL|Domestic|US|Other|Terminal 1|C|118000|0.03|200507|201512|0;"
    "Southwest Airlines|WN|Southwest Airlines|WN|Domestic|US|Low Fare|Terminal 1|B|128000|0.06|200708|201512|0;"
    "Alaska Airlines|AS|Alaska Airlines|AS|Domestic|US|Other|International|A|70000|0.05|200507|201512|0;"
    "JetBlue Airways|B6|JetBlue Airways|B6|Domestic|US|Low Fare|Terminal 1|B|50000|0.04|200507|201512|0;"
    "US Airways|US|US Airways|US|Domestic|US|Other|Terminal 1|B|66000|0.0|200507|201510|0;"
    "Air Canada|AC|Air Canada|AC|International|Canada|Other|International|G|37000|0.04|200507|201512|0;"
    "British Airways|BA|British Airways|BA|International|Europe|Other|International|A|25000|0.02|200507|201512|0;"
    "Lufthansa German Airlines|LH|Lufthansa German Airlines|LH|International|Europe|Other|International|G|23000|"
    "0.03|200507|201512|0;"
    "Cathay Pacific|CX|Cathay Pacific|CX|International|Asia|Other|International|A|33000|0.03|200507|201512|0;"
    "Emirates|EK|Emirates|EK|International|Middle East|Other|International|A|12000|0.05|200812|201512|0;"
    "Qantas Airways|QF|Qantas Airways|QF|International|Australia / Oceania|Other|International|A|13500|0.0|200507|"
    "201512|0;"
    "Philippine Airlines|PR|Philippine Airlines|PR|International|Asia|Other|International|A|18000|0.01|200507|"
    "201512|1400;"
    "TACA|TA|TACA|TA|International|Central America|Other|International|A|7500|0.02|200507|201305|0;"
    "Xtra Airways||Xtra Airways||Domestic|US|Low Fare|Other|Other|600|0.0|200507|201512|0"
)
_SF_SEASON = np.array([0.86, 0.82, 0.95, 0.96, 1.0, 1.09, 1.14, 1.165, 1.0, 1.0, 0.93, 0.98])
_SF_UNITED = "United Airlines"


def _sf_name(name: str, period: int) -> str:
    if name != "United":
        return name
    return f"{_SF_UNITED} - Pre 07/01/2013" if period < 201307 else _SF_UNITED


def _sfo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6903)
    periods = pd.period_range("2005-07", "2015-12", freq="M")
    rows: list[dict[str, Any]] = []
    for op, op_code, pub, pub_code, summary, region, price, terminal, area, base, growth, lo, hi, thru in _SF_LINES:
        start = pd.Period(f"{lo[:4]}-{lo[4:]}", freq="M")
        for p in periods:
            stamp = int(f"{p.year}{p.month:02d}")
            if not int(lo) <= stamp <= int(hi) or (op == "Xtra Airways" and rng.random() > 0.3):
                continue
            level = (
                float(base) * (1 + float(growth)) ** (p.year + (p.month - 1) / 12 - 2010.0) * _SF_SEASON[p.month - 1]
            )
            level *= 0.95 if p.year == 2009 else 0.97 if (p.year == 2008 and p.month >= 10) else 1.0
            months_in = (p - start).n
            level *= 0.55 + 0.45 * min(1.0, months_in / 8) if lo != "200507" else 1.0
            common = {
                "Activity Period": stamp,
                "Operating Airline": _sf_name(op, stamp),
                "Operating Airline IATA Code": op_code or None,
                "Published Airline": _sf_name(pub, stamp),
                "Published Airline IATA Code": pub_code or None,
                "GEO Summary": summary,
                "GEO Region": region,
            }
            flows = [("Deplaned", level), ("Enplaned", level)]
            if int(thru):
                flows.append(("Thru / Transit", float(thru) * _SF_SEASON[p.month - 1]))
            for activity, mean in flows:
                spread = 0.1 if activity == "Thru / Transit" or op == "Xtra Airways" else 0.03
                rows.append(
                    common
                    | {
                        "Activity Type Code": activity,
                        "Price Category Code": price,
                        "Terminal": terminal,
                        "Boarding Area": area,
                        "Passenger Count": round(mean * float(rng.lognormal(0, spread))),
                    }
                )
    frame = pd.DataFrame(rows)
    keys = ["Activity Period", "Operating Airline", "GEO Summary", "GEO Region", "Activity Type Code"]
    return frame.sort_values(keys, kind="stable").reset_index(drop=True)


_SF_COUNT = "Passenger Count"


def _sf_year(d: pd.DataFrame) -> pd.Series:
    return d["Activity Period"] // 100


def _sf_years(partial: bool) -> Callable[[pd.DataFrame], Any]:
    """Passengers a year, with or without the first year (2005 starts in July)."""

    def totals(d: pd.DataFrame) -> Any:
        by = d.groupby(_sf_year(d))[_SF_COUNT].sum()
        return by.to_numpy() if partial else by.iloc[1:].to_numpy()

    return totals


def _sf_top(column: str, merged: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        names = _text(d[column])
        if merged:
            names = names.str.replace(" - Pre 07/01/2013", "", regex=False)
        return _ranked(d.groupby(names)[_SF_COUNT].sum())

    return ranking


def _sf_peak(d: pd.DataFrame) -> pd.Timestamp:
    best = int(_ranked(d.groupby("Activity Period")[_SF_COUNT].sum()).index[0])
    return pd.Timestamp(best // 100, best % 100, 1)


def _sf_period(value: Callable[[pd.DataFrame], pd.Timestamp]) -> Check:
    """A month as "August 2015" (`month_year`) or as the file's yyyymm period ("201508")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        return None if re.search(rf"(?<!\d){t.year}{t.month:02d}(?!\d)", answer) else f"missing period {t:%Y%m}"

    return either(_month_year(value), check)


def _sf_enplaned(d: pd.DataFrame) -> float:
    t = _sf_peak(d)
    stamp = t.year * 100 + t.month
    kept = (d["Activity Period"] == stamp) & (_text(d["Activity Type Code"]) == "Enplaned")
    return float(d.loc[kept, _SF_COUNT].sum())


_SF_ID = ("Activity Period",)
_SF_MILLIONS = (1e3, 1e6)
_SFO_QS = [
    Q(
        "how many passengers in total in 2015?",
        _scaled(lambda d: float(d.loc[_sf_year(d) == 2015, _SF_COUNT].sum()), _SF_MILLIONS),
        (*_SF_ID, _SF_COUNT),
    ),
    Q(
        "top 5 airlines by total passengers",
        either(
            *(_top_named(_sf_top(c, m), 5) for c in ("Operating Airline", "Published Airline") for m in (True, False))
        ),
        (*_SF_ID, _SF_COUNT, "Operating Airline", "Published Airline"),
    ),
    Q(
        "what share of passengers are international?",
        _share(
            lambda d: float(d.loc[_text(d["GEO Summary"]) == "International", _SF_COUNT].sum() / d[_SF_COUNT].sum())
        ),
        (*_SF_ID, _SF_COUNT, "GEO Summary"),
    ),
    Q(
        "plot total passengers per year - is traffic growing?",
        either(_scaled(_sf_years(True), _SF_MILLIONS), _scaled(_sf_years(False), _SF_MILLIONS)),
        (*_SF_ID, _SF_COUNT),
    ),
    Q(
        "which month had the most passengers?",
        _lead(_sf_period(_sf_peak)),
        (*_SF_ID, _SF_COUNT),
    ),
    Q(
        "how many of them were enplaned?",
        _scaled(_sf_enplaned, _SF_MILLIONS, rel=0.002),
        (*_SF_ID, _SF_COUNT, "Activity Type Code"),
    ),
]


# --- 4. Call center (Maven Analytics / PwC "Call Center" data, Telecom company, Q1 2021) ----------------------------

# agent: calls taken (weight), share answered, satisfaction shift
_CC_AGENTS: dict[str, tuple[float, float, float]] = {
    "Becky": (12.5, 0.81, 0.0),
    "Dan": (12.8, 0.82, 0.06),
    "Diane": (12.3, 0.80, -0.09),
    "Greg": (12.6, 0.82, 0.01),
    "Jim": (12.7, 0.81, 0.3),
    "Joe": (12.4, 0.80, -0.04),
    "Martha": (12.6, 0.82, 0.04),
    "Stewart": (12.1, 0.79, -0.12),
}
_CC_TOPICS = "Streaming:20.4;Technical Support:20.1;Contract related:19.9;Payment related:19.8;Admin Support:19.8"


def _calls_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6904)
    days = pd.date_range("2021-01-01", "2021-03-31", freq="D")
    weights = np.where(days.day_of_week < 5, 1.0, 0.86) * (1 + 0.04 * np.sin(np.arange(len(days)) / 9))
    when = rng.choice(len(days), 5000, p=weights / weights.sum())
    seconds = rng.integers(9 * 3600, 18 * 3600, 5000)
    order = np.lexsort((seconds, when))
    agents = list(_CC_AGENTS)
    rows: list[dict[str, Any]] = []
    for k, i in enumerate(order):
        day, sec = days[int(when[i])], int(seconds[i])
        agent = str(_one(rng, agents, [v[0] for v in _CC_AGENTS.values()]))
        _w, answer_rate, lift = _CC_AGENTS[agent]
        answered = rng.random() < answer_rate
        resolved = answered and rng.random() < 0.9
        talk = int(rng.integers(30, 421))
        rating = float(np.clip(round(rng.normal(3.5 + lift - (0.9 if not resolved else 0.0), 1.1)), 1, 5))
        rows.append(
            {
                "Call Id": f"ID{k + 1:04d}",
                "Agent": agent,
                "Date": f"{day:%Y-%m-%d}",
                "Time": f"{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d}",
                "Topic": _draw(rng, _CC_TOPICS),
                "Answered (Y/N)": "Y" if answered else "N",
                "Resolved": "Y" if resolved else "N",
                "Speed of answer in seconds": int(rng.integers(10, 126)) if answered else None,
                "AvgTalkDuration": f"00:{talk // 60:02d}:{talk % 60:02d}" if answered else None,
                "Satisfaction rating": int(rating) if answered else None,
            }
        )
    frame = pd.DataFrame(rows)
    for column in ("Speed of answer in seconds", "Satisfaction rating"):
        frame[column] = frame[column].astype("Int64")
    return frame


_CC_RATING = "Satisfaction rating"
_CC_TALK = "AvgTalkDuration"


def _cc_seconds(d: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(_text(d[_CC_TALK]).replace("", None)).dt.total_seconds()


def _cc_agent_means(d: pd.DataFrame) -> pd.Series:
    return d.groupby(_text(d["Agent"]))[_CC_RATING].mean()


def _cc_talk(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration of `value` seconds, to the second: "224 seconds", "3.74 minutes", "3:44", "00:03:44" or
    "3 min 44 s"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m in re.finditer(r"(?<![\d:.])(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:\.\d+)?(?![\d:])", answer):
            said = 3600 * int(m.group(1) or 0) + 60 * int(m.group(2)) + int(m.group(3))
            if abs(said - want) <= 1.0:
                return None
        pattern = r"(\d+)\s*(?:minutes?|mins?|m)\b,?\s*(?:and\s+)?(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b"
        for m in re.finditer(pattern, answer, re.IGNORECASE):
            if abs(60 * int(m.group(1)) + float(m.group(2)) - want) <= 1.0:
                return None
        if any(abs(f - want) <= max(1.0, 0.005 * want) or abs(f - want / 60) <= 0.02 for f in _found(answer)):
            return None
        return f"missing duration {want:.1f} s"

    return check


_CC_ID = ("Call Id",)
_CALLS_QS = [
    Q(
        "what % of calls got answered?",
        _share(lambda d: float((_text(d["Answered (Y/N)"]).str.upper() == "Y").mean())),
        (*_CC_ID, "Answered (Y/N)"),
    ),
    Q(
        "average satisfaction rating per agent",
        _about(lambda d: _cc_agent_means(d).to_numpy(), rel=0.002),
        (*_CC_ID, "Agent", _CC_RATING),
    ),
    Q(
        "who has the highest?",
        _lead(_named(lambda d: str(_ranked(_cc_agent_means(d)).index[0]))),
        (*_CC_ID, "Agent", _CC_RATING),
    ),
    Q(
        "whats the avg talk duration",
        _cc_talk(lambda d: float(_cc_seconds(d).mean())),
        (*_CC_ID, _CC_TALK),
    ),
    Q(
        "number of calls per month - is volume going up?",
        _count(lambda d: pd.to_datetime(d["Date"]).dt.month.value_counts().sort_index().to_numpy()),
        (*_CC_ID, "Date"),
    ),
    Q(
        "how many answered calls were not resolved?",
        _count(
            lambda d: float(
                ((_text(d["Answered (Y/N)"]).str.upper() == "Y") & (_text(d["Resolved"]).str.upper() == "N")).sum()
            )
        ),
        (*_CC_ID, "Answered (Y/N)", "Resolved"),
    ),
]


# --- 5. Chicago food inspections (City of Chicago data portal "Food Inspections", 2019-2022) ------------------------

# DBA Name|AKA Name|Facility Type|Risk|locations
_FI_CHAINS = _fields(
    "SUBWAY|SUBWAY|Restaurant|Risk 1 (High)|55;MCDONALD'S|MCDONALD'S|Restaurant|Risk 2 (Medium)|30;"
    "DUNKIN DONUTS|DUNKIN DONUTS|Restaurant|Risk 2 (Medium)|22;DUNKIN' DONUTS|DUNKIN DONUTS|Restaurant|"
    "Risk 2 (Medium)|9;STARBUCKS COFFEE|STARBUCKS|Restaurant|Risk 2 (Medium)|26;7-ELEVEN|7-ELEVEN|Grocery Store|"
    "Risk 2 (Medium)|20;CHIPOTLE MEXICAN GRILL|CHIPOTLE|Restaurant|Risk 1 (High)|13;JIMMY JOHNS|JIMMY JOHN'S|"
    "Restaurant|Risk 1 (High)|14;POTBELLY SANDWICH WORKS|POTBELLY SANDWICH SHOP|Restaurant|Risk 1 (High)|9;"
    "WALGREENS|WALGREENS|Grocery Store|Risk 3 (Low)|22;CVS PHARMACY|CVS|Grocery Store|Risk 3 (Low)|14;"
    "DOMINO'S PIZZA|DOMINO'S|Restaurant|Risk 2 (Medium)|11;HAROLD'S CHICKEN SHACK|HAROLD'S CHICKEN|Restaurant|"
    "Risk 1 (High)|9;TACO BELL|TACO BELL|Restaurant|Risk 1 (High)|8;PIZZA HUT|PIZZA HUT|Restaurant|Risk 2 (Medium)|6"
)
# facility type: share of places, risk levels
_FI_FACILITIES: dict[str, tuple[float, str]] = {
    "Restaurant": (62, "Risk 1 (High):74;Risk 2 (Medium):21;Risk 3 (Low):5"),
    "Grocery Store": (16, "Risk 1 (High):20;Risk 2 (Medium):30;Risk 3 (Low):50"),
    "School": (6.5, "Risk 1 (High):95;Risk 2 (Medium):5"),
    "Children's Services Facility": (3.5, "Risk 1 (High):95;Risk 2 (Medium):5"),
    "Bakery": (1.6, "Risk 1 (High):50;Risk 2 (Medium):50"),
    "Daycare (2 - 6 Years)": (1.5, "Risk 1 (High):95;Risk 2 (Medium):5"),
    "Daycare Above and Under 2 Years": (1.2, "Risk 1 (High):100"),
    "Long Term Care": (1.1, "Risk 1 (High):100"),
    "Catering": (0.7, "Risk 1 (High):90;Risk 2 (Medium):10"),
    "Liquor": (0.6, "Risk 3 (Low):80;Risk 2 (Medium):20"),
    "Mobile Food Dispenser": (0.6, "Risk 2 (Medium):60;Risk 3 (Low):40"),
    "Hospital": (0.4, "Risk 1 (High):100"),
    "Wholesale": (0.5, "Risk 1 (High):40;Risk 2 (Medium):40;Risk 3 (Low):20"),
    "Shared Kitchen User (Long Term)": (0.3, "Risk 1 (High):100"),
    "Golden Diner": (0.2, "Risk 1 (High):100"),
    "": (0.6, "Risk 1 (High):35;Risk 3 (Low):25;All:35;:5"),
}
_FI_KINDS: dict[str, str] = {
    "Restaurant": "{n}'S RESTAURANT;{n}'S PIZZA;EL {s} TAQUERIA;{a} {b} RESTAURANT;{a} {b} KITCHEN;{n}'S GRILL;"
    "{a} {b} CAFE;{n}'S DELI;{a} {b} SUSHI;{b} THAI CUISINE;{n}'S HOT DOGS;{a} {b} BBQ;LA {s};{n}'S BURGERS",
    "Grocery Store": "{a} FOOD MART;{s} MINI MART;{a} {b} FRESH MARKET;{n} GROCERY;{s} FOODS INC.",
    "School": "{l} ELEMENTARY SCHOOL;{l} HIGH SCHOOL;{l} ACADEMY;{l} MIDDLE SCHOOL",
    "Children's Services Facility": "{a} {b} CHILD DEVELOPMENT CENTER;LITTLE {b} LEARNING ACADEMY;{l} DAY CARE",
    "Bakery": "{n}'S BAKERY;{a} {b} BAKERY;PANADERIA {s}",
    "Daycare (2 - 6 Years)": "{a} {b} PRESCHOOL;LITTLE {b} DAYCARE",
    "Daycare Above and Under 2 Years": "{a} {b} EARLY LEARNING;{l} KIDS ACADEMY",
    "Long Term Care": "{l} NURSING & REHAB CENTER;{a} {b} LIVING",
    "Catering": "{n}'S CATERING;{a} {b} EVENTS",
    "Liquor": "{a} LIQUORS;{s} WINE & SPIRITS",
    "Mobile Food Dispenser": "{n}'S ICE CREAM;{a} {b} FOOD TRUCK",
    "Hospital": "{l} HOSPITAL;{a} {b} MEDICAL CENTER",
    "Wholesale": "{a} {b} WHOLESALE FOODS;{s} DISTRIBUTORS INC",
    "Shared Kitchen User (Long Term)": "{a} {b} KITCHEN LLC",
    "Golden Diner": "{l} SENIOR CENTER",
    "": "{a} {b} LLC;{n}'S",
}
_FI_FIRST = _split(
    "TONY;MARIO;LUPITA;ROSA;JIMMY;NICK;GEORGE;MARIA;SAL;AL;JOE;LOU;PETE;CHARLIE;EDDIE;FRANK;ANA;MIKE;KIM;LEE;TOMMY;"
    "JOSE;CARMEN;STELLA;VITO;DINO;ABU;OMAR;PAPA;MAMA"
)
_FI_ADJ = _split(
    "GOLDEN;NEW;LUCKY;BIG;LITTLE;GREAT;ROYAL;ORIGINAL;HAPPY;SUNNY;WINDY CITY;CHI-TOWN;LAKESHORE;NORTHSIDE;SOUTHSIDE;"
    "FRESH;FAMOUS;PRAIRIE;LINCOLN PARK;PILSEN;BRONZEVILLE;UPTOWN;HYDE PARK;LOOP"
)
_FI_NOUN = _split(
    "DRAGON;CHINA;PALACE;GARDEN;STAR;SUN;EAGLE;LION;TIGER;PEARL;JADE;ROSE;OAK;MAPLE;BAY;HARBOR;BRIDGE;TOWER;"
    "SPOON;FORK;PLATE;OVEN;GRILL;CORNER;HOUSE;BEAN;LEAF;SEED;BEAR;BEE"
)
_FI_SPANISH = _split(
    "MILAGRO;SOL;RANCHITO;CHARRO;GALLO;NOPAL;CAMINO;ROSAL;PASEO;JALISCO;MICHOACAN;GUERRERO;PUEBLITO;TAPATIO;FOGON"
)
_FI_SCHOOL = _split(
    "LINCOLN;WASHINGTON;JEFFERSON;MONROE;JACKSON;GARFIELD;HAYES;PULASKI;KOSCIUSZKO;DOUGLASS;TUBMAN;CURIE;FARRAGUT;"
    "HUBBARD;KELLY;LANE;BOGAN;MATHER;SENN;AMUNDSEN;TAFT;STEINMETZ;SCHURZ;KENWOOD;DUNBAR;ORR;HARPER;TILDEN;CLEMENTE"
)
_FI_STREETS = _split(
    "N CLARK ST;S HALSTED ST;N ASHLAND AVE;S WESTERN AVE;N PULASKI RD;S CICERO AVE;N MILWAUKEE AVE;S ARCHER AVE;"
    "S COTTAGE GROVE AVE;S STATE ST;N MICHIGAN AVE;N BROADWAY;N LINCOLN AVE;W DIVISION ST;W CHICAGO AVE;"
    "W MADISON ST;W ROOSEVELT RD;W CERMAK RD;W 47TH ST;E 63RD ST;S 79TH ST;W 87TH ST;W 95TH ST;W BELMONT AVE;"
    "W FULLERTON AVE;W IRVING PARK RD;W LAWRENCE AVE;W DEVON AVE;N KEDZIE AVE;S CALIFORNIA AVE;N DAMEN AVE;"
    "S WABASH AVE;W RANDOLPH ST;W LAKE ST;W JACKSON BLVD;S STONY ISLAND AVE;W GRAND AVE;W NORTH AVE"
)
_FI_CITY = "CHICAGO:97;Chicago:1.5;CHICAGOCHICAGO:0.2;CHCHICAGO:0.1;chicago:0.2;:1"
_FI_YEARS = "2019:1.0;2020:0.58;2021:0.82;2022:0.95"
_FI_RISK_LOOKS = {"Risk 1 (High)": 1.6, "Risk 2 (Medium)": 1.0, "Risk 3 (Low)": 0.7, "All": 1.0, "": 1.0}
# inspection type: share, results
_FI_TYPES: dict[str, tuple[float, str]] = {
    "Canvass": (50, "Pass:50;Fail:18;Pass w/ Conditions:16;Out of Business:10.5;No Entry:5;Business Not Located:0.5"),
    "License": (13, "Pass:48;Fail:25;Pass w/ Conditions:10;Not Ready:12;No Entry:2;Out of Business:3"),
    "Canvass Re-Inspection": (12, "Pass:78;Fail:8;Pass w/ Conditions:12;No Entry:2"),
    "Complaint": (9, "Pass:40;Fail:30;Pass w/ Conditions:20;Out of Business:5;No Entry:5"),
    "License Re-Inspection": (5, "Pass:72;Fail:12;Pass w/ Conditions:12;Not Ready:4"),
    "Short Form Complaint": (4.5, "Pass:55;Fail:15;Pass w/ Conditions:25;No Entry:5"),
    "Complaint Re-Inspection": (4.5, "Pass:75;Fail:10;Pass w/ Conditions:15"),
    "Suspected Food Poisoning": (0.8, "Pass:40;Fail:30;Pass w/ Conditions:30"),
    "Consultation": (0.6, "Pass:60;Fail:30;Pass w/ Conditions:10"),
    "Recent Inspection": (0.3, "Pass:90;Pass w/ Conditions:10"),
    "License-Task Force": (0.3, "Pass:40;Fail:45;Pass w/ Conditions:15"),
}
_FI_FAIL_TILT = {"Risk 1 (High)": 1.1, "Risk 2 (Medium)": 0.95, "Risk 3 (Low)": 0.7, "All": 1.0, "": 1.0}
# number|title of the violations in the 2018 code ("~" between them: the titles hold semicolons)
_FI_VIOLATIONS = [
    x.split("|")
    for x in _split(
        "1|PERSON IN CHARGE PRESENT, DEMONSTRATES KNOWLEDGE, AND PERFORMS DUTIES~"
        "2|CITY OF CHICAGO FOOD SERVICE SANITATION CERTIFICATE~"
        "3|MANAGEMENT, FOOD EMPLOYEE AND CONDITIONAL EMPLOYEE; KNOWLEDGE, RESPONSIBILITIES AND REPORTING~"
        "5|PROCEDURES FOR RESPONDING TO VOMITING AND DIARRHEAL EVENTS~"
        "10|ADEQUATE HANDWASHING SINKS PROPERLY SUPPLIED AND ACCESSIBLE~"
        "16|FOOD-CONTACT SURFACES: CLEANED & SANITIZED~"
        "21|PROPER HOT HOLDING TEMPERATURES~"
        "22|PROPER COLD HOLDING TEMPERATURES~"
        "25|CONSUMER ADVISORY PROVIDED FOR RAW/UNDERCOOKED FOOD~"
        "33|PROPER COOLING METHODS USED; ADEQUATE EQUIPMENT FOR TEMPERATURE CONTROL~"
        "36|THERMOMETERS PROVIDED & ACCURATE~"
        "37|FOOD PROPERLY LABELED; ORIGINAL CONTAINER~"
        "38|INSECTS, RODENTS, & ANIMALS NOT PRESENT~"
        "39|CONTAMINATION PREVENTED DURING FOOD PREPARATION, STORAGE & DISPLAY~"
        "41|WIPING CLOTHS: PROPERLY USED & STORED~"
        "43|IN-USE UTENSILS: PROPERLY STORED~"
        "45|SINGLE-USE/SINGLE-SERVICE ARTICLES: PROPERLY STORED & USED~"
        "47|FOOD & NON-FOOD CONTACT SURFACES CLEANABLE, PROPERLY DESIGNED, CONSTRUCTED & USED~"
        "49|NON-FOOD/FOOD CONTACT SURFACES CLEAN~"
        "51|PLUMBING INSTALLED; PROPER BACKFLOW DEVICES~"
        "53|TOILET FACILITIES: PROPERLY CONSTRUCTED, SUPPLIED, & CLEANED~"
        "55|PHYSICAL FACILITIES INSTALLED, MAINTAINED & CLEAN~"
        "56|ADEQUATE VENTILATION & LIGHTING; DESIGNATED AREAS USED~"
        "58|ALLERGEN TRAINING AS REQUIRED~"
        "60|PREVIOUS CORE VIOLATION CORRECTED",
        "~",
    )
]
_FI_VIOLATION_WEIGHTS = [3, 4, 6, 5, 6, 3, 2, 3, 1, 2, 3, 2, 6, 3, 3, 3, 1, 5, 8, 4, 3, 9, 3, 5, 2]
_FI_COMMENTS = _split(
    "OBSERVED NO SOAP AT HAND SINK IN REAR PREP AREA. MUST PROVIDE. PRIORITY FOUNDATION VIOLATION 7-38-030(C). "
    "CITATION ISSUED.;"
    "MUST CLEAN FLOORS UNDER AND AROUND ALL EQUIPMENT IN KITCHEN.;"
    "OBSERVED APPROX. 15 MICE DROPPINGS ON FLOOR ALONG WALLS IN DRY STORAGE ROOM. MUST REMOVE, CLEAN AND SANITIZE. "
    "PRIORITY FOUNDATION VIOLATION 7-38-020(A).;"
    "NO CERTIFIED FOOD MANAGER ON DUTY WHILE TCS FOODS WERE BEING PREPARED AND SERVED. MUST BE PRESENT AT ALL TIMES.;"
    "MUST REPAIR WATER LEAK AT 3 COMPARTMENT SINK.;"
    "OBSERVED TORN DOOR GASKETS ON REACH IN COOLER. MUST REPLACE.;"
    "OBSERVED COLD HOLDING TEMPERATURE OF CUT TOMATOES AT 48.0F. MUST BE 41.0F OR BELOW. PRODUCT DISCARDED.;"
    "NO WRITTEN PROCEDURE FOR RESPONDING TO VOMITING AND DIARRHEAL EVENTS ON SITE. MUST PROVIDE.;"
    "MUST PROVIDE ALLERGEN TRAINING CERTIFICATES FOR ALL FOOD HANDLERS.;"
    "OBSERVED WIPING CLOTHS ON PREP TABLE NOT STORED IN SANITIZING SOLUTION. INSTRUCTED TO STORE PROPERLY.;"
    "MUST PROVIDE THERMOMETERS IN ALL COOLERS.;"
    "MUST LABEL ALL BULK FOOD STORAGE CONTAINERS WITH COMMON NAME OF FOOD.;"
    "OBSERVED DUST ON CEILING VENTS IN KITCHEN. MUST CLEAN AND MAINTAIN.;"
    "OBSERVED NO EMPLOYEE HEALTH POLICY ON SITE. MUST PROVIDE. PRIORITY FOUNDATION VIOLATION 7-38-010.;"
    "CRACKED AND MISSING FLOOR TILES IN WALK IN COOLER. MUST REPAIR."
)
_FI_NOT_INSPECTED = ("Out of Business", "No Entry", "Not Ready", "Business Not Located")


def _fi_name(rng: np.random.Generator, facility: str) -> str:
    form = str(_one(rng, _split(_FI_KINDS[facility])))
    return form.format(
        n=_one(rng, _FI_FIRST),
        a=_one(rng, _FI_ADJ),
        b=_one(rng, _FI_NOUN),
        s=_one(rng, _FI_SPANISH),
        l=_one(rng, _FI_SCHOOL),
    )


def _fi_namer(facility: str) -> Callable[[np.random.Generator], str]:
    return lambda rng: _fi_name(rng, facility)


def _fi_place(rng: np.random.Generator, dba: str, aka: str | None, facility: str, risk: str) -> dict[str, Any]:
    lat = float(rng.uniform(41.65, 42.02))
    lon = float(rng.uniform(-87.84, -87.56)) + 0.1 * (lat - 41.65)
    street = str(_one(rng, _FI_STREETS))
    located = rng.random() > 0.004
    license_no: float | None = float(int(rng.integers(1_000_000, 2_700_000)))
    if rng.random() < 0.004:
        license_no = 0.0
    elif rng.random() < 0.002:
        license_no = None
    return {
        "DBA Name": dba,
        "AKA Name": aka,
        "License #": license_no,
        "Facility Type": facility or None,
        "Risk": risk or None,
        "Address": f"{int(rng.integers(1, 120)) * 100 + int(rng.integers(0, 60))} {street} ",
        "City": _draw(rng, _FI_CITY) or None,
        "State": "IL",
        "Zip": float(int(_one(rng, [*range(60601, 60662), 60707, 60827]))) if rng.random() > 0.002 else None,
        "Latitude": round(lat, 14) if located else None,
        "Longitude": round(lon, 14) if located else None,
        "Location": f"({round(lat, 14)}, {round(lon, 14)})" if located else None,
        "_looks": _FI_RISK_LOOKS[risk],
        "_fails": float(rng.lognormal(0, 0.35)),
    }


def _fi_places(rng: np.random.Generator) -> list[dict[str, Any]]:
    places = [
        _fi_place(rng, dba, aka, facility, risk) for dba, aka, facility, risk, k in _FI_CHAINS for _ in range(int(k))
    ]
    used: set[str] = set()
    kinds = list(_FI_FACILITIES)
    for _ in range(2300):
        facility = str(_one(rng, kinds, [v[0] for v in _FI_FACILITIES.values()]))
        dba = _unique(rng, _fi_namer(facility), used)
        roll = rng.random()
        aka = dba if roll < 0.6 else None if roll < 0.75 else dba.replace("'S", "S").title()
        places.append(_fi_place(rng, dba, aka, facility, _draw(rng, _FI_FACILITIES[facility][1])))
    return places


def _fi_violations(rng: np.random.Generator, result: str) -> str | None:
    if result == "Fail":
        k = 1 + int(rng.poisson(4.0))
    elif result == "Pass w/ Conditions":
        k = 1 + int(rng.poisson(3.0))
    elif result == "Pass":
        k = 0 if rng.random() < 0.35 else 1 + int(rng.poisson(1.5))
    else:
        k = 0
    if k == 0:
        return None
    w = np.asarray(_FI_VIOLATION_WEIGHTS, dtype=float)
    picks = np.sort(rng.choice(len(_FI_VIOLATIONS), min(k, len(_FI_VIOLATIONS)), replace=False, p=w / w.sum()))
    parts = [
        f"{_FI_VIOLATIONS[int(i)][0]}. {_FI_VIOLATIONS[int(i)][1]} - Comments: {_one(rng, _FI_COMMENTS)}" for i in picks
    ]
    return " | ".join(parts)


def _inspections_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6905)
    places = _fi_places(rng)
    looks = np.array([p["_looks"] for p in places], dtype=float)
    types = list(_FI_TYPES)
    workdays = {y: pd.date_range(f"{y}-01-01", f"{y}-12-31", freq="B") for y in range(2019, 2023)}
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        days = workdays[int(_draw(rng, _FI_YEARS))]
        day = days[int(rng.integers(0, len(days)))]
        place = places[int(rng.choice(len(places), p=looks / looks.sum()))]
        kind = str(_one(rng, types, [v[0] for v in _FI_TYPES.values()]))
        options, weights = zip(*(x.rsplit(":", 1) for x in _split(_FI_TYPES[kind][1])), strict=True)
        tilt = _FI_FAIL_TILT[str(place["Risk"] or "")] * float(place["_fails"])
        p = [float(w) * (tilt if o == "Fail" else 1.0) for o, w in zip(options, weights, strict=True)]
        result = str(_one(rng, list(options), p))
        record = {k: v for k, v in place.items() if not k.startswith("_")}
        rows.append(
            {"_day": day, **record, "Inspection Type": kind, "Results": result}
            | {"Violations": _fi_violations(rng, result)}
        )
    frame = pd.DataFrame(rows).sort_values("_day", kind="stable").reset_index(drop=True)
    ids = 2_250_000 + np.cumsum(rng.integers(30, 95, len(frame)))
    frame.insert(0, "Inspection ID", ids)
    frame.insert(11, "Inspection Date", frame["_day"].dt.strftime("%m/%d/%Y"))
    frame = frame.sort_values(["_day", "Inspection ID"], ascending=False, kind="stable").reset_index(drop=True)
    for column in ("License #", "Zip"):
        frame[column] = frame[column].astype("Int64")
    return frame.drop(columns="_day")


_FI_RESULTS = "Results"
_FI_RISKS = ("Risk 1 (High)", "Risk 2 (Medium)", "Risk 3 (Low)")


def _fi_fail_rates(inspected_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        results = _text(d[_FI_RESULTS])
        kept = ~results.isin(_FI_NOT_INSPECTED) if inspected_only else results.notna()
        by = (results[kept] == "Fail").groupby(_text(d["Risk"])[kept]).mean()
        return [float(by[r]) for r in _FI_RISKS]

    return rates


def _fi_top_failed(loose: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        names = _text(d["DBA Name"]).str.upper()
        if loose:
            names = names.str.replace(r"[^A-Z0-9]+", " ", regex=True).str.strip()
        return _ranked(names[_text(d[_FI_RESULTS]) == "Fail"].value_counts())

    return ranking


def _fi_counts(d: pd.DataFrame) -> pd.Series:
    text = _text(d["Violations"])
    return text.str.count(r" \| ") + (text != "").astype(int)


def _fi_mean_violations(results: tuple[str, ...], listed_only: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        kept = _text(d[_FI_RESULTS]).isin(results)
        if listed_only:
            kept &= _text(d["Violations"]) != ""
        return float(_fi_counts(d)[kept].mean())

    return mean


_FI_ID = ("Inspection ID",)
_INSPECTIONS_QS = [
    Q(
        "how many inspections failed?",
        _count(lambda d: float((_text(d[_FI_RESULTS]) == "Fail").sum())),
        (*_FI_ID, _FI_RESULTS),
    ),
    Q(
        "what's the fail rate for each risk level",
        either(_shares(_fi_fail_rates(False)), _shares(_fi_fail_rates(True))),
        (*_FI_ID, _FI_RESULTS, "Risk"),
    ),
    Q(
        "top 3 businesses with the most failed inspections",
        either(_top_named(_fi_top_failed(False), 3), _top_named(_fi_top_failed(True), 3)),
        (*_FI_ID, _FI_RESULTS, "DBA Name", "AKA Name", "License #"),
    ),
    Q(
        "plot the number of inspections per year, what's the trend?",
        _count(lambda d: pd.to_datetime(d["Inspection Date"], format="%m/%d/%Y").dt.year.value_counts().sort_index()),
        (*_FI_ID, "Inspection Date"),
    ),
    Q(
        "on average how many violations does a failed inspection have?",
        _about(_fi_mean_violations(("Fail",), False), rel=0.005),
        (*_FI_ID, _FI_RESULTS, "Violations"),
    ),
    Q(
        "and the ones that passed?",
        either(
            *(
                _about(_fi_mean_violations(results, listed), rel=0.005)
                for results in (("Pass",), ("Pass", "Pass w/ Conditions"))
                for listed in (False, True)
            )
        ),
        (*_FI_ID, _FI_RESULTS, "Violations"),
    ),
]


# --- 6. Police killings (FiveThirtyEight police-killings, police_killings.csv, January-June 2015) -------------------

# state|FIPS code|latitude|longitude|cities (comma-joined)|people killed
_PK_STATES = _fields(
    "CA|6|36.8|-119.4|Los Angeles,San Diego,Fresno,Bakersfield,Sacramento,Oakland,San Bernardino,Stockton,"
    "Long Beach,Riverside|74;TX|48|31.0|-97.5|Houston,Dallas,San Antonio,Austin,Fort Worth,El Paso,Arlington|46;"
    "FL|12|28.1|-81.6|Miami,Jacksonville,Tampa,Orlando,St. Petersburg,Fort Lauderdale|29;"
    "AZ|4|33.7|-111.9|Phoenix,Tucson,Mesa,Glendale,Chandler|25;OK|40|35.5|-97.5|Oklahoma City,Tulsa,Norman,Lawton|22;"
    "GA|13|33.2|-83.9|Atlanta,Savannah,Macon,Augusta|16;NY|36|41.5|-74.8|New York,Buffalo,Rochester,Syracuse|14;"
    "CO|8|39.3|-105.0|Denver,Colorado Springs,Aurora,Pueblo|12;WA|53|47.4|-121.5|Seattle,Spokane,Tacoma|11;"
    "LA|22|30.9|-91.9|New Orleans,Baton Rouge,Shreveport,Lafayette|11;IL|17|40.6|-89.2|Chicago,Rockford,Peoria|11;"
    "NJ|34|40.2|-74.6|Newark,Jersey City,Paterson,Trenton|11;OH|39|40.3|-82.8|Columbus,Cleveland,Cincinnati,Toledo|10;"
    "MO|29|38.5|-92.3|St. Louis,Kansas City,Springfield|10;NC|37|35.5|-79.4|Charlotte,Raleigh,Greensboro,Durham|10;"
    "PA|42|40.9|-77.6|Philadelphia,Pittsburgh,Allentown|10;MD|24|39.0|-76.7|Baltimore,Silver Spring,Hagerstown|10;"
    "SC|45|33.9|-80.9|Columbia,Charleston,Greenville|9;VA|51|37.5|-78.5|Richmond,Virginia Beach,Norfolk|9;"
    "MI|26|43.3|-84.6|Detroit,Grand Rapids,Flint,Lansing|9;AL|1|32.8|-86.8|Birmingham,Montgomery,Mobile|8;"
    "TN|47|35.8|-86.4|Memphis,Nashville,Knoxville|8;IN|18|39.9|-86.3|Indianapolis,Fort Wayne,Gary|8;"
    "NM|35|34.4|-106.1|Albuquerque,Las Cruces,Santa Fe|8;OR|41|44.0|-120.6|Portland,Salem,Eugene|8;"
    "KY|21|37.5|-85.3|Louisville,Lexington|7;NV|32|38.5|-117.0|Las Vegas,Reno,Henderson|6;"
    "MN|27|46.3|-94.3|Minneapolis,St. Paul,Duluth|6;MS|28|32.7|-89.7|Jackson,Gulfport|6;"
    "AR|5|34.9|-92.4|Little Rock,Fort Smith|6;WI|55|44.6|-89.9|Milwaukee,Madison|5;KS|20|38.5|-98.4|Wichita,Topeka|5;"
    "UT|49|39.3|-111.7|Salt Lake City,West Valley City,Provo|5;NE|31|41.5|-99.8|Omaha,Lincoln|4;"
    "ID|16|44.1|-114.7|Boise,Nampa|4;MA|25|42.3|-71.8|Boston,Worcester|4;IA|19|42.0|-93.2|Des Moines,Cedar Rapids|3;"
    "CT|9|41.6|-72.7|Hartford,New Haven|3;DC|11|38.9|-77.0|Washington|2;HI|15|21.3|-157.8|Honolulu,Hilo|2"
)
_PK_RACES = "White:236;Black:135;Hispanic/Latino:67;Unknown:15;Asian/Pacific Islander:10;Native American:4"
_PK_ARMED = "Firearm:230;No:102;Knife:68;Other:26;Vehicle:18;Non-lethal firearm:14;Unknown:7;Disputed:2"
_PK_CAUSES = "Gunshot:424;Taser:15;Death in custody:15;Struck by vehicle:13"
_PK_MONTHS = "January:81;February:70;March:90;April:86;May:78;June:62"
# race: mean age, median household income of the tract, shares (black, hispanic) as beta parameters
_PK_PROFILE: dict[str, tuple[float, float, tuple[float, float], tuple[float, float]]] = {
    "White": (40.0, 47_000, (0.6, 9.0), (0.8, 5.0)),
    "Black": (32.0, 33_000, (2.2, 1.8), (0.7, 4.0)),
    "Hispanic/Latino": (33.0, 39_000, (0.6, 7.0), (2.2, 2.0)),
    "Unknown": (36.0, 42_000, (0.8, 5.0), (1.0, 3.5)),
    "Asian/Pacific Islander": (35.0, 50_000, (0.5, 8.0), (0.9, 4.0)),
    "Native American": (30.0, 31_000, (0.4, 9.0), (0.6, 6.0)),
}
_PK_FIRST = _split(
    "James;Michael;Robert;David;William;Anthony;Christopher;Daniel;Joseph;Brian;Jason;Kevin;Eric;Jeremy;Terrence;"
    "Tony;Darnell;Jamal;DeShawn;Tyrone;Andre;Marcus;Luis;Jose;Carlos;Juan;Miguel;Jesus;Ricardo;Raul;Ryan;Kyle;Cody;"
    "Dustin;Travis;Shane;Billy;Randy;Matthew;Joshua;Aaron;Adam;Nathan;Justin;Scott;Jeffrey;Walter;Freddie;Eric;"
    "Calvin;Samuel;Alexander;Ernesto;Hector;Phillip;Tommy;Mario;Troy;Dante;Quentin;Lamar;Isaiah;Kenneth"
)
_PK_FIRST_F = _split("Jennifer;Janisha;Kristiana;Alexia;Natasha;Meagan;Tina;Lisa;Rebecca;Maria;Anna;Sherry")
_PK_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Gonzalez;Wilson;"
    "Anderson;Thomas;Taylor;Moore;Jackson;Martin;Lee;Perez;Thompson;White;Harris;Sanchez;Clark;Ramirez;Lewis;"
    "Robinson;Walker;Young;Allen;King;Wright;Scott;Torres;Nguyen;Hill;Flores;Green;Adams;Nelson;Baker;Hall;Rivera;"
    "Campbell;Mitchell;Carter;Roberts;Washington;Brooks;Bell;Reed;Howard;Coleman;Jenkins;Perry;Powell;Long;Patterson"
)
_PK_ROADS = _split(
    "Main St;Oak Ave;Maple Dr;Cedar Ln;Pine St;Elm St;Washington Blvd;Lake Rd;Hill St;Park Ave;Church St;Sunset Blvd;"
    "Highland Ave;River Rd;Broadway;Jefferson St;Lincoln Ave;Martin Luther King Jr Blvd;Center St;Mill Rd;1st Ave;"
    "2nd St;3rd St;4th Ave;5th St;Central Ave;Forest Ave;Dorchester Dr;Edgefield Rd;Bluebonnet Dr;Camino Real"
)


def _pk_namer(first: list[str]) -> Callable[[np.random.Generator], str]:
    return lambda rng: f"{_one(rng, first)} {_one(rng, _PK_LAST)}"


def _pk_tract(rng: np.random.Generator, race: str) -> dict[str, Any]:
    _age, income, black, hispanic = _PK_PROFILE[race]
    share_black = 100 * float(rng.beta(*black))
    share_hispanic = min(100 - share_black, 100 * float(rng.beta(*hispanic)))
    other = min(100 - share_black - share_hispanic, float(rng.uniform(0, 12)))
    h_income = float(np.clip(round(income * rng.lognormal(0, 0.42)), 9_000, 180_000))
    county = float(round(52_000 * rng.lognormal(0, 0.18)))
    comp = h_income / county
    pov = float(np.clip(rng.normal(46 - 0.5 * h_income / 1000, 6.5), 1.0, 80.0))
    return {
        "pop": int(rng.integers(600, 9000)),
        "share_white": f"{100 - share_black - share_hispanic - other:.1f}",
        "share_black": f"{share_black:.1f}",
        "share_hispanic": f"{share_hispanic:.1f}",
        "p_income": str(round(h_income * 0.45 * rng.lognormal(0, 0.15))),
        "h_income": h_income,
        "county_income": int(county),
        "comp_income": comp,
        "county_bucket": float(np.searchsorted([0.7, 0.85, 1.0, 1.2], comp) + 1),
        "nat_bucket": float(np.searchsorted([25_000, 40_000, 55_000, 75_000], h_income) + 1),
        "pov": f"{pov:.1f}",
        "urate": round(float(np.clip(rng.normal(0.17 - 0.0013 * h_income / 1000, 0.04), 0.01, 0.5)), 6),
        "college": round(float(np.clip(rng.normal(0.06 + 0.0042 * h_income / 1000, 0.07), 0.01, 0.9)), 6),
    }


def _police_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6906)
    n = 467
    states = {s[0]: s for s in _PK_STATES}
    placed = _deal(rng, ";".join(f"{s[0]}:{s[5]}" for s in _PK_STATES), n)
    races, armed = _deal(rng, _PK_RACES, n), _deal(rng, _PK_ARMED, n)
    causes, months = _deal(rng, _PK_CAUSES, n), _deal(rng, _PK_MONTHS, n)
    women = set(rng.choice(n, 22, replace=False).tolist())
    unknown_age = set(rng.choice(n, 4, replace=False).tolist())
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for i in range(n):
        code, fips, lat, lon, cities, _k = states[placed[i]]
        race = races[i]
        first = _PK_FIRST_F if i in women else _PK_FIRST
        name = _unique(rng, _pk_namer(first), used)
        month = pd.Timestamp(f"{months[i]} 1, 2015")
        city = str(_one(rng, cities.split(",")))
        county_fp = int(rng.integers(1, 100)) * 2 - 1
        tract = int(rng.integers(100, 9900)) * 100 + (int(rng.integers(1, 4)) if rng.random() < 0.3 else 0)
        tract_name = f"{tract // 100}" + (f".{tract % 100:02d}" if tract % 100 else "")
        if rng.random() < 0.6:
            street = f"{int(rng.integers(100, 9999))} {_one(rng, _PK_ROADS)}"
        else:
            street = f"{_one(rng, _PK_ROADS)} and {_one(rng, _PK_ROADS)}"
        roll = rng.random()
        agency = (
            f"{city} Police Department"
            if roll < 0.7
            else f"{_one(rng, _PK_LAST)} County Sheriff's Office"
            if roll < 0.9
            else f"{_one(rng, ['Texas Department of Public Safety', 'US Marshals Service', 'State Police'])}"
            if code == "TX"
            else f"{city} Police Department and {_one(rng, _PK_LAST)} County Sheriff's Office"
        )
        age = int(np.clip(round(_PK_PROFILE[race][0] + rng.gamma(2.2, 5.0) - 11.0), 16, 87))
        rows.append(
            {
                "name": name,
                "age": "Unknown" if i in unknown_age else str(age),
                "gender": "Female" if i in women else "Male",
                "raceethnicity": race,
                "month": months[i],
                "day": int(rng.integers(1, month.days_in_month + 1)),
                "year": 2015,
                "streetaddress": street if rng.random() > 0.01 else None,
                "city": city,
                "state": code,
                "latitude": round(float(lat) + float(rng.normal(0, 1.0)), 6),
                "longitude": round(float(lon) + float(rng.normal(0, 1.2)), 6),
                "state_fp": int(fips),
                "county_fp": county_fp,
                "tract_ce": tract,
                "geo_id": int(fips) * 10**9 + county_fp * 10**6 + tract,
                "county_id": int(fips) * 1000 + county_fp,
                "namelsad": f"Census Tract {tract_name}",
                "lawenforcementagency": agency,
                "cause": causes[i],
                "armed": armed[i],
                **_pk_tract(rng, race),
            }
        )
    frame = pd.DataFrame(rows)
    empty = rng.choice(n, 2, replace=False)
    frame.loc[empty, ["share_white", "share_black", "share_hispanic", "p_income", "pov"]] = "-"
    frame.loc[empty, "pop"] = 0
    gaps = np.concatenate([empty, rng.choice(np.setdiff1d(np.arange(n), empty), 2, replace=False)])
    frame.loc[gaps, ["h_income", "comp_income", "county_bucket", "nat_bucket"]] = np.nan
    frame.loc[empty, "urate"] = np.nan
    frame.loc[int(rng.integers(0, n)), "college"] = np.nan
    return frame.sort_values("name", key=lambda s: s.str.lower(), kind="stable").reset_index(drop=True)


_PK_RACE = "raceethnicity"


def _pk_race_shares(known_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def shares(d: pd.DataFrame) -> list[float]:
        races = _text(d[_PK_RACE])
        if known_only:
            races = races[races != "Unknown"]
        return [float(x) for x in races.value_counts(normalize=True).to_numpy()]

    return shares


def _pk_unarmed(d: pd.DataFrame) -> pd.Series:
    return _text(d["armed"]) == "No"


def _pk_income_medians(d: pd.DataFrame) -> list[float]:
    races = _text(d[_PK_RACE])
    return [float(d.loc[races == r, "h_income"].median()) for r in ("Black", "White")]


_PK_STATE_NAMES = {"CA": ("California",), "TX": ("Texas",), "FL": ("Florida",)}
_PK_ID = ("name",)
_POLICE_QS = [
    Q(
        "whats the median age of the people killed?",
        _about(lambda d: float(pd.to_numeric(d["age"], errors="coerce").median())),
        (*_PK_ID, "age"),
    ),
    Q(
        "breakdown by race - what % of those killed were of each race/ethnicity?",
        either(_shares(_pk_race_shares(False)), _shares(_pk_race_shares(True))),
        (*_PK_ID, _PK_RACE),
    ),
    Q(
        "which state had the most killings",
        _lead(_named(lambda d: str(_ranked(_text(d["state"]).value_counts()).index[0]), _PK_STATE_NAMES)),
        (*_PK_ID, "state"),
    ),
    Q(
        "how many of them were unarmed?",
        _count(lambda d: float(_pk_unarmed(d).sum())),
        (*_PK_ID, "armed"),
    ),
    Q(
        "and how many of those were black?",
        _count(lambda d: float((_pk_unarmed(d) & (_text(d[_PK_RACE]) == "Black")).sum())),
        (*_PK_ID, "armed", _PK_RACE),
    ),
    Q(
        "compare the median household income of the area (h_income) for black vs white victims",
        _scaled(_pk_income_medians, (1e3,)),
        (*_PK_ID, _PK_RACE, "h_income"),
    ),
]


# --- 7. Metro Interstate Traffic Volume (UCI, Metro_Interstate_Traffic_Volume.csv, I-94 westbound) ------------------

# hourly volume on a working day and on a weekend day or holiday
_MT_WORKDAY = [
    800, 500, 420, 360, 850, 2700, 5400, 6000, 5500, 4800, 4600, 4800,
    5100, 5150, 5500, 5900, 6300, 5900, 4500, 3400, 2900, 2700, 2100, 1400,
]  # fmt: skip
_MT_WEEKEND = [
    1300, 900, 700, 450, 400, 600, 1000, 1600, 2400, 3300, 3900, 4300,
    4500, 4500, 4400, 4300, 4200, 4000, 3600, 3100, 2700, 2300, 1800, 1200,
]  # fmt: skip
# weather_main: weight in winter, weight in summer, descriptions, clouds (low, high), traffic factor
_MT_WEATHER: dict[str, tuple[float, float, str, tuple[int, int], float]] = {
    "Clouds": (30, 32, "overcast clouds:30;broken clouds:30;scattered clouds:25;few clouds:15", (20, 100), 1.0),
    "Clear": (22, 31, "sky is clear:75;Sky is Clear:25", (0, 1), 1.0),
    "Mist": (13, 10, "mist:100", (1, 90), 0.98),
    "Rain": (5, 16, "light rain:55;moderate rain:28;heavy intensity rain:8;proximity shower rain:9", (40, 100), 0.97),
    "Snow": (15, 0.3, "light snow:70;snow:18;heavy snow:12", (75, 100), 0.88),
    "Drizzle": (3, 5, "light intensity drizzle:70;drizzle:30", (40, 100), 0.98),
    "Haze": (5, 2.5, "haze:100", (1, 90), 0.99),
    "Thunderstorm": (
        0.2,
        3.5,
        "thunderstorm:35;proximity thunderstorm:50;thunderstorm with light rain:15",
        (40, 90),
        0.96,
    ),
    "Fog": (2, 1.6, "fog:100", (1, 90), 0.95),
    "Smoke": (0.05, 0.1, "smoke:100", (1, 40), 1.0),
}


def _mt_holidays(year: int) -> dict[pd.Timestamp, str]:
    labor = _nth_weekday(year, 9, 0, 0)
    return {
        pd.Timestamp(year, 1, 1): "New Years Day",
        _nth_weekday(year, 1, 0, 2): "Martin Luther King Jr Day",
        _nth_weekday(year, 2, 0, 2): "Washingtons Birthday",
        _nth_weekday(year, 5, 0, -1): "Memorial Day",
        pd.Timestamp(year, 7, 4): "Independence Day",
        labor - pd.Timedelta(days=11): "State Fair",
        labor: "Labor Day",
        _nth_weekday(year, 10, 0, 1): "Columbus Day",
        pd.Timestamp(year, 11, 11): "Veterans Day",
        _nth_weekday(year, 11, 3, 3): "Thanksgiving Day",
        pd.Timestamp(year, 12, 25): "Christmas Day",
    }


def _traffic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6907)
    hours = pd.date_range("2012-10-02 09:00", "2018-09-30 23:00", freq="h")
    hours = hours[(hours < pd.Timestamp("2014-08-08 02:00")) | (hours > pd.Timestamp("2015-06-11 20:00"))]
    holidays = {day: name for y in range(2012, 2019) for day, name in _mt_holidays(y).items()}
    frozen = pd.DatetimeIndex(["2014-01-31 03:00", "2014-01-31 04:00", "2014-02-02 05:00", "2014-02-02 06:00"])
    forced = hours.isin(frozen) | (hours.normalize().isin(list(holidays)) & (hours.hour == 0))
    pool = np.flatnonzero(~forced)
    picked = np.sort(np.concatenate([np.flatnonzero(forced), rng.choice(pool, 4880 - int(forced.sum()), False)]))
    days = pd.date_range("2012-10-01", "2018-10-01", freq="D")
    day_noise = dict(zip(days, rng.normal(0, 4.0, len(days)), strict=True))
    kinds = list(_MT_WEATHER)
    rows: list[dict[str, Any]] = []
    for t in hours[picked]:
        day = t.normalize()
        season = -np.cos(2 * np.pi * (t.day_of_year - 20) / 365.25)
        celsius = 7.5 + 16.5 * season + 4.0 * np.cos(2 * np.pi * (t.hour - 15) / 24) + day_noise[day]
        summer = (season + 1) / 2
        w = [v[0] * (1 - summer) + v[1] * summer for v in _MT_WEATHER.values()]
        main = str(_one(rng, kinds, w))
        _a, _b, descriptions, (c_lo, c_hi), factor = _MT_WEATHER[main]
        rest = day.day_of_week >= 5 or day in holidays
        volume = (_MT_WEEKEND if rest else _MT_WORKDAY)[t.hour] * float(rng.lognormal(0, 0.08)) * factor
        volume *= 1.02 if t.year >= 2016 else 1.0
        if rng.random() < 0.006:
            volume *= float(rng.uniform(0.1, 0.4))
        rain = round(float(rng.gamma(0.8, 0.9)), 2) if main in ("Rain", "Thunderstorm") and rng.random() < 0.6 else 0.0
        rows.append(
            {
                "holiday": holidays.get(day, "None") if t.hour == 0 else "None",
                "temp": 0.0 if t in frozen else round(celsius + 273.15, 2),
                "rain_1h": rain,
                "snow_1h": round(float(rng.uniform(0.05, 0.5)), 2) if main == "Snow" and rng.random() < 0.02 else 0.0,
                "clouds_all": int(rng.integers(c_lo, c_hi + 1)),
                "weather_main": main,
                "weather_description": _draw(rng, descriptions),
                "date_time": f"{t:%Y-%m-%d %H:%M:%S}",
                "traffic_volume": round(volume),
            }
        )
    frame = pd.DataFrame(rows)
    wet = np.flatnonzero(frame["weather_main"].isin(["Rain", "Mist", "Snow", "Drizzle", "Haze"]).to_numpy())
    twins = frame.iloc[np.sort(rng.choice(wet, 120, replace=False))].copy()
    partner = {"Rain": "Mist", "Mist": "Rain", "Snow": "Mist", "Drizzle": "Mist", "Haze": "Mist"}
    twins["weather_main"] = twins["weather_main"].map(partner)
    twins["weather_description"] = twins["weather_main"].map({"Mist": "mist", "Rain": "light rain"})
    frame = pd.concat([frame, twins]).sort_index(kind="stable").reset_index(drop=True)
    summer_rain = np.flatnonzero(
        (frame["weather_main"] == "Rain").to_numpy() & frame["date_time"].str.startswith("2016-07")
    )
    frame.loc[int(summer_rain[0]), "rain_1h"] = 9831.3
    return frame


_MT_VOLUME = "traffic_volume"


def _mt(d: pd.DataFrame, unique: bool = False, frozen: bool = True) -> pd.DataFrame:
    kept = d.drop_duplicates("date_time") if unique else d
    if not frozen:
        kept = kept[kept["temp"] > 0]
    return kept.assign(_t=pd.to_datetime(kept["date_time"]))


def _mt_hour(quiet: bool) -> Callable[[pd.DataFrame], int]:
    def hour(d: pd.DataFrame) -> int:
        f = _mt(d)
        return int(_ranked(f.groupby(f["_t"].dt.hour)[_MT_VOLUME].mean(), ascending=quiet).index[0])

    return hour


def _mt_week(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        f = _mt(d, unique)
        weekend = f["_t"].dt.day_of_week >= 5
        return [float(f.loc[~weekend, _MT_VOLUME].mean()), float(f.loc[weekend, _MT_VOLUME].mean())]

    return means


def _mt_column(column: str, unique: bool, frozen: bool = True) -> Callable[[pd.DataFrame], pd.Series]:
    """A column, with the hours written twice kept once (`unique`) and the 0 K readings dropped (not `frozen`)."""
    return lambda d: _mt(d, unique, frozen)[column]


def _mt_mean(column: str, unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_mt_column(column, unique)(d).mean())


def _mt_celsius(unique: bool, frozen: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_mt_column("temp", unique, frozen)(d).mean() - 273.15)


_MT_ID = ("date_time",)
_TRAFFIC_QS = [
    Q(
        "what's the average traffic volume?",
        either(*(_about(_mt_mean(_MT_VOLUME, u), rel=0.003) for u in (False, True))),
        (*_MT_ID, _MT_VOLUME),
    ),
    Q(
        "which hour of the day is the busiest on average?",
        _lead(_clock(_mt_hour(False))),
        (*_MT_ID, _MT_VOLUME),
    ),
    Q(
        "and the quietest hour?",
        _lead(_clock(_mt_hour(True))),
        (*_MT_ID, _MT_VOLUME),
    ),
    Q(
        "average temperature in celsius?",
        either(*(_about(_mt_celsius(u, z)) for u in (False, True) for z in (False, True))),
        (*_MT_ID, "temp"),
    ),
    Q(
        "compare avg traffic on weekdays vs weekends",
        either(_about(_mt_week(False), rel=0.003), _about(_mt_week(True), rel=0.003)),
        (*_MT_ID, _MT_VOLUME, "holiday"),
    ),
    Q(
        "is temperature correlated with traffic volume?",
        either(
            *(
                _corr(_mt_column("temp", u, z), _mt_column(_MT_VOLUME, u, z))
                for u in (False, True)
                for z in (False, True)
            )
        ),
        (*_MT_ID, "temp", _MT_VOLUME),
    ),
]


HELDOUT69: list[Dataset] = [
    Dataset("hollywood_age_gaps", _age_gap_frame, _AGE_GAP_QS),
    Dataset("gym_members_exercise", _gym_frame, _GYM_QS),
    Dataset("sfo_passenger_statistics", _sfo_frame, _SFO_QS),
    Dataset("call_center", _calls_frame, _CALLS_QS),
    Dataset("chicago_food_inspections", _inspections_frame, _INSPECTIONS_QS),
    Dataset("police_killings_2015", _police_frame, _POLICE_QS),
    Dataset("metro_interstate_traffic", _traffic_frame, _TRAFFIC_QS),
]
