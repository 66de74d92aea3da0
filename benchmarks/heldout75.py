"""HELDOUT75: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Auto Insurance Claims Fraud file (insurance_claims.csv, 1000 claims) with months_as_customer, age, six-digit
policy numbers, ISO policy_bind_date and incident_date (January and February 2015), OH / IN / IL policy states,
"250/500" style policy_csl, the misspelt policy_deductable, umbrella_limit mostly 0 (one -1000000), insured_zip,
MALE / FEMALE, education levels such as "JD" and "High School", hyphenated occupations and hobbies ("craft-repair",
"bungie-jumping"), capital-gains and negative capital-loss, four incident types, collision_type, property_damage and
police_report_available with "?" for unknown, four incident severities, authorities_contacted with "None" (read back
as a blank), incident state, city, street and hour, vehicles, injuries and witnesses, total_claim_amount split into
injury, property and vehicle claims, auto makes spelt "Suburu" and "Accura", models and years, Y / N fraud_reported
and an empty trailing _c39 column; Kaggle's Students' Academic Performance file (xAPI-Edu-Data.csv, 480 students)
with M / F gender, its NationalITy and VisITedResources headers, "KW" / "Jordan" / "lebanon" nationalities and
"KuwaIT" birthplaces, lowerlevel / MiddleSchool / HighSchool stages, "G-02" grades, sections A-C, twelve topics,
F / S semesters, Father / Mum, raisedhands, VisITedResources, AnnouncementsView and Discussion counts, Yes / No
parent survey, Good / Bad satisfaction, "Under-7" / "Above-7" absences and an L / M / H Class; Kaggle's Bengaluru
House price data (Bengaluru_House_Data.csv, 3000 listings) with area types written with two spaces ("Super
built-up  Area", "Plot  Area"), availability as "18-Dec" or "Ready To Move", locations (one blank, "Sarjapur  Road"),
size as "2 BHK", "4 Bedroom" or "1 RK" (a few blank), mostly blank seven-letter society codes, total_sqft as text
("1056", ranges such as "2100 - 2850", other units such as "119.78Sq. Meter", "5.48Perch" or "0.03Acres"), float
bath and balcony with blanks and price in lakhs; the FitBit Fitness Tracker Data daily file
(dailyActivity_merged.csv, 940 days of 33 users from 4/12/2016 to 5/12/2016, some users stopping early) with
ten-digit Ids, "4/12/2016" dates, TotalSteps, distances stored as float32 (7.820000171661377),
LoggedActivitiesDistance mostly 0, very / fairly / lightly active and sedentary minutes and Calories, a day the
tracker was not worn written as 0 steps and 1440 sedentary minutes; Kaggle's H-1B Visa Petitions 2011-2016
(h1b_kaggle.csv, a sample of 5000, newest first) with its unnamed row-number column, CERTIFIED /
CERTIFIED-WITHDRAWN / WITHDRAWN / DENIED, upper-case EMPLOYER_NAME, SOC_NAME and JOB_TITLE (one employer and some
SOC names blank), Y / N FULL_TIME_POSITION, PREVAILING_WAGE with a few absurd values (6997606720.0), a few hourly
ones and one blank, YEAR as a float, WORKSITE as "ANN ARBOR, MICHIGAN" and lon / lat (some blank); the Mr. Trash
Wheel collection data of Baltimore's four wheels (trashwheel.csv, 992 dumpsters from May 2014 to December 2023)
with ID ("mister", "gwynnda"), Name, Dumpster numbered per wheel, Month (May sometimes "may"), Year, "5/16/2014"
dates, "Weight (tons)" and "Volume (cubic yards)", PlasticBottles, Polystyrene, CigaretteButts, GlassBottles,
PlasticBags, Wrappers and SportsBalls (blank where a wheel does not count them, and a few other blanks) and
HomesPowered (0 for the first months); and Kaggle's Udemy Courses (udemy_courses.csv, 3678 rows, six of them exact
repeats) with course_id, course_title, url, True / False is_paid, price 0 when free, num_subscribers, num_reviews,
num_lectures, "All Levels" / "Beginner Level" / "Intermediate Level" / "Expert Level", content_duration in hours
("0.616666667", "1.5"), "2017-01-18T20:58:58Z" published timestamps and four subjects ("Business Finance",
"Graphic Design", "Musical Instruments", "Web Development"). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _said, _share, _shares, _split, _text
from .heldout38 import _draw, _table
from .heldout39 import _fields
from .heldout40 import _fixed, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _first(ranking: Callable[[pd.DataFrame], pd.Series], aliases: Mapping[str, tuple[str, ...]] | None = None) -> Check:
    """The label a ranking (scores indexed by label, best first) puts first, or any label tied with it, as itself or
    one of its aliases."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        scores = ranking(df)
        best = [str(x) for x, v in scores.items() if v == scores.iloc[0]]
        if any(_named(_fixed(label), aliases)(answer, df) is None for label in best):
            return None
        return f"missing label {best[0]!r}"

    return check


def _top_said(ranking: Callable[[pd.DataFrame], pd.Series], k: int, forms: Callable[[str], list[str]]) -> Check:
    """`_top_named`, with every label also accepted in one of its shorter forms."""

    def said(name: str, answer: str) -> bool:
        return any(_said(f, answer) for f in [name, *forms(name)] if f.strip())

    def check(answer: str, df: pd.DataFrame) -> str | None:
        scores = ranking(df)
        cut = scores.iloc[k - 1]
        above = [str(x) for x, v in scores.iloc[:k].items() if v != cut]
        level = [str(x) for x, v in scores.items() if v == cut]
        for name in above:
            if not said(name, answer):
                return f"missing name {name!r}"
        return None if sum(said(x, answer) for x in level) >= k - len(above) else f"missing one of {level!r}"

    return check


def _f32(value: float) -> float:
    """A distance as a float32 device stores it, written back with its float64 digits (8.529999732971191)."""
    return float(np.float32(round(value, 2)))


# --- 1. Auto insurance claims (Kaggle "Auto Insurance Claims Fraud", insurance_claims.csv) -------------------------

_IC_COLUMNS = _split(
    "months_as_customer;age;policy_number;policy_bind_date;policy_state;policy_csl;policy_deductable;"
    "policy_annual_premium;umbrella_limit;insured_zip;insured_sex;insured_education_level;insured_occupation;"
    "insured_hobbies;insured_relationship;capital-gains;capital-loss;incident_date;incident_type;collision_type;"
    "incident_severity;authorities_contacted;incident_state;incident_city;incident_location;"
    "incident_hour_of_the_day;number_of_vehicles_involved;property_damage;bodily_injuries;witnesses;"
    "police_report_available;total_claim_amount;injury_claim;property_claim;vehicle_claim;auto_make;auto_model;"
    "auto_year;fraud_reported;_c39"
)
_IC_HOBBIES = (
    "reading:64;exercise:57;paintball:57;bungie-jumping:56;movies:55;golf:55;camping:55;kayaking:54;yachting:53;"
    "hiking:52;video-games:50;skydiving:49;base-jumping:49;board-games:48;polo:47;chess:46;dancing:43;sleeping:41;"
    "cross-fit:35;basketball:34"
)
# hobbies whose claims are mostly fraudulent: the chance a claim is reported as fraud
_IC_FRAUD_HOBBIES = {"chess": 0.83, "cross-fit": 0.71}
# severity: chance of fraud for every other hobby
_IC_SEVERITY = {"Major Damage": 0.6, "Minor Damage": 0.11, "Total Loss": 0.13, "Trivial Damage": 0.07}
# incident type: claims, severities, authorities contacted, vehicles involved
_IC_TYPES: dict[str, tuple[float, str, str, str]] = {
    "Multi-vehicle Collision": (
        419,
        "Minor Damage:38;Total Loss:31;Major Damage:30;Trivial Damage:1",
        "Police:29;Fire:25;Other:20;Ambulance:22;None:4",
        "3:358;2:30;4:31",
    ),
    "Single Vehicle Collision": (
        403,
        "Minor Damage:38;Total Loss:31;Major Damage:30;Trivial Damage:1",
        "Police:27;Fire:25;Other:21;Ambulance:23;None:4",
        "1:1",
    ),
    "Vehicle Theft": (94, "Trivial Damage:88;Minor Damage:12", "Police:45;None:40;Other:15", "1:1"),
    "Parked Car": (84, "Trivial Damage:90;Minor Damage:10", "None:45;Police:40;Other:15", "1:1"),
}
_IC_AUTOS = _split(
    "Saab:92x,93,95;Dodge:RAM,Neon;Suburu:Forrestor,Impreza,Legacy;Nissan:Pathfinder,Maxima,Ultima;"
    "Chevrolet:Tahoe,Silverado,Malibu;BMW:X5,X6,3 Series,M5;Ford:F150,Escape,Fusion;Toyota:Camry,Corolla,Highlander;"
    "Audi:A5,A3;Accura:RSX,MDX,TL;Volkswagen:Passat,Jetta;Jeep:Wrangler,Grand Cherokee;Mercedes:E400,C300,ML350;"
    "Honda:Civic,Accord,CRV"
)
_IC_STREETS = _split(
    "4th;5th;Maple;Oak;Elm;Pine;Flute;Lincoln;Washington;Francis;Texas;Embaracadero;Apache;Sky;Andromedia;MLK;Solo;"
    "Best;Britain;Cherokee;Tree;Rock;Weaver;Pattern;Lake;Park"
)


def _ic_claims(rng: np.random.Generator, collision: bool, severity: str, hurt: int) -> tuple[int, int, int, int]:
    """A total claim in tens of dollars and its injury, property and vehicle parts."""
    if collision:
        total = rng.normal(59_000 + (6_000 if severity == "Major Damage" else 0), 14_500)
        total = float(np.clip(total, 18_000, 114_920))
    else:
        total = float(np.clip(rng.normal(5_300, 1_500), 100, 10_000))
    total_10 = round(total / 10) * 10
    a, b = int(_one(rng, [1, 2])), int(_one(rng, [1, 2]))
    c = int(_one(rng, [4, 5, 6, 7, 8]))
    unit = total_10 / (a + b + c)
    injury = 0 if hurt == 0 and rng.random() < 0.1 else round(unit * a / 10) * 10
    prop = round(unit * b / 10) * 10
    return total_10, injury, prop, total_10 - injury - prop


def _insurance_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7501)
    n = 1000
    types = _deal(rng, ";".join(f"{k}:{v[0]}" for k, v in _IC_TYPES.items()), n)
    policies = rng.choice(np.arange(100_804, 999_436), n, replace=False)
    first_bind, last_bind = pd.Timestamp("1990-01-08"), pd.Timestamp("2015-02-22")
    negative = int(rng.integers(0, n))
    rows: list[dict[str, Any]] = []
    for i in range(n):
        age = int(np.clip(round(rng.normal(39, 9.1)), 19, 64))
        months = int(np.clip(round(6.6 * (age - 19) + 35 + rng.normal(0, 30)), 0, 479))
        kind = types[i]
        _w, severities, authorities, vehicles = _IC_TYPES[kind]
        collision = "Collision" in kind
        severity = _draw(rng, severities)
        hobby = _draw(rng, _IC_HOBBIES)
        fraud_p = _IC_FRAUD_HOBBIES.get(hobby, 0.85 * _IC_SEVERITY[severity])
        hurt = int(rng.integers(0, 3))
        total, injury, prop, vehicle = _ic_claims(rng, collision, severity, hurt)
        make, models = str(_one(rng, _IC_AUTOS)).split(":")
        bind = first_bind + pd.Timedelta(days=int(rng.integers(0, (last_bind - first_bind).days + 1)))
        incident = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 60)))
        umbrella = 0
        if i == negative:
            umbrella = -1_000_000
        elif rng.random() < 0.2:
            umbrella = int(_one(rng, [2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 3, 6, 8, 9, 6, 3, 2, 1])) * 1_000_000
        rows.append(
            {
                "months_as_customer": months,
                "age": age,
                "policy_number": int(policies[i]),
                "policy_bind_date": f"{bind:%Y-%m-%d}",
                "policy_state": _draw(rng, "OH:352;IL:338;IN:310"),
                "policy_csl": _draw(rng, "250/500:351;100/300:349;500/1000:300"),
                "policy_deductable": int(_draw(rng, "500:342;1000:351;2000:307")),
                "policy_annual_premium": round(float(rng.normal(1256.4, 244)), 2),
                "umbrella_limit": umbrella,
                "insured_zip": int(rng.integers(430_104, 620_963)),
                "insured_sex": _draw(rng, "FEMALE:537;MALE:463"),
                "insured_education_level": _draw(
                    rng, "JD:161;High School:160;Associate:145;MD:144;Masters:143;PhD:125;College:122"
                ),
                "insured_occupation": _draw(
                    rng,
                    "machine-op-inspct:93;prof-specialty:85;tech-support:78;sales:76;exec-managerial:76;"
                    "craft-repair:74;transport-moving:72;other-service:71;priv-house-serv:71;armed-forces:69;"
                    "adm-clerical:65;protective-serv:63;handlers-cleaners:54;farming-fishing:53",
                ),
                "insured_hobbies": hobby,
                "insured_relationship": _draw(
                    rng, "own-child:183;other-relative:177;not-in-family:174;husband:170;wife:155;unmarried:141"
                ),
                "capital-gains": 0 if rng.random() < 0.51 else int(rng.integers(1, 1006)) * 100,
                "capital-loss": 0 if rng.random() < 0.475 else -int(rng.integers(1, 1112)) * 100,
                "incident_date": f"{incident:%Y-%m-%d}",
                "incident_type": kind,
                "collision_type": _draw(rng, "Rear Collision:292;Side Collision:276;Front Collision:254")
                if collision
                else "?",
                "incident_severity": severity,
                "authorities_contacted": _draw(rng, authorities),
                "incident_state": _draw(rng, "NY:262;SC:248;WV:217;VA:110;NC:110;PA:30;OH:23"),
                "incident_city": _draw(
                    rng,
                    "Springfield:157;Arlington:152;Columbus:149;Northbend:145;Hillsdale:141;Riverwood:134;"
                    "Northbrook:122",
                ),
                "incident_location": f"{int(rng.integers(1000, 10000))} {_one(rng, _IC_STREETS)} "
                f"{_one(rng, ['Drive', 'St', 'Ave', 'Lane', 'Ridge', 'Hwy'])}",
                "incident_hour_of_the_day": int(rng.integers(0, 24)),
                "number_of_vehicles_involved": int(_draw(rng, vehicles)),
                "property_damage": _draw(rng, "?:360;NO:338;YES:302"),
                "bodily_injuries": hurt,
                "witnesses": int(rng.integers(0, 4)),
                "police_report_available": _draw(rng, "?:343;NO:343;YES:314"),
                "total_claim_amount": total,
                "injury_claim": injury,
                "property_claim": prop,
                "vehicle_claim": vehicle,
                "auto_make": make,
                "auto_model": str(_one(rng, models.split(","))),
                "auto_year": int(rng.integers(1995, 2016)),
                "fraud_reported": "Y" if rng.random() < fraud_p else "N",
                "_c39": None,
            }
        )
    return pd.DataFrame(rows)[_IC_COLUMNS]


def _ic_fraud(d: pd.DataFrame) -> pd.Series:
    return _text(d["fraud_reported"]) == "Y"


def _ic_rates(d: pd.DataFrame) -> list[float]:
    by = _ic_fraud(d).groupby(_text(d["incident_severity"])).mean()
    return [float(by[s]) for s in _IC_SEVERITY]


def _ic_claim_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_ic_fraud(d))["total_claim_amount"].mean()
    return [float(by[True]), float(by[False])]


def _ic_hobby_rates(d: pd.DataFrame) -> pd.Series:
    return _ranked(_ic_fraud(d).groupby(_text(d["insured_hobbies"])).mean())


_IC_ID = ("policy_number",)
_IC_FRAUD = "fraud_reported"
_INSURANCE_QS = [
    Q(
        "what percentage of the claims were reported as fraud?",
        _share(lambda d: float(_ic_fraud(d).mean())),
        (*_IC_ID, _IC_FRAUD),
    ),
    Q(
        "fraud rate by incident severity",
        _shares(_ic_rates),
        (*_IC_ID, _IC_FRAUD, "incident_severity"),
    ),
    Q(
        "avg total claim amount for fraudulent vs legit claims?",
        _scaled(_ic_claim_means, (1e3,)),
        (*_IC_ID, _IC_FRAUD, "total_claim_amount"),
    ),
    Q(
        "which hobby has the highest fraud rate",
        _lead(_first(_ic_hobby_rates)),
        (*_IC_ID, _IC_FRAUD, "insured_hobbies"),
    ),
    Q(
        "how many claims have an unknown collision type (the ? ones)",
        _count(lambda d: float((_text(d["collision_type"]) == "?").sum())),
        (*_IC_ID, "collision_type"),
    ),
    Q(
        "is age correlated with months_as_customer?",
        _corr(lambda d: d["age"], lambda d: d["months_as_customer"]),
        (*_IC_ID, "age", "months_as_customer"),
    ),
]


# --- 2. Students' academic performance (Kaggle "xAPI-Edu-Data", xAPI-Edu-Data.csv) ---------------------------------

_XA_NATIONS = (
    "KW:179;Jordan:172;Palestine:28;Iraq:22;lebanon:17;Tunis:12;SaudiArabia:11;Egypt:9;Syria:7;USA:6;Iran:6;Lybia:6;"
    "Morocco:4;venzuela:1"
)
_XA_BIRTHPLACE = {"KW": "KuwaIT"}
_XA_GRADES = "G-02:147;G-08:116;G-07:101;G-04:48;G-06:32;G-11:13;G-12:11;G-09:5;G-10:4;G-05:3"
_XA_STAGES = {"G-02": "lowerlevel", "G-04": "lowerlevel", "G-05": "lowerlevel", "G-06": "MiddleSchool"}
_XA_STAGES |= {"G-07": "MiddleSchool", "G-08": "MiddleSchool", "G-09": "HighSchool", "G-10": "HighSchool"}
_XA_STAGES |= {"G-11": "HighSchool", "G-12": "HighSchool"}
_XA_TOPICS = (
    "IT:95;French:65;Arabic:59;Science:51;English:45;Biology:30;Spanish:25;Chemistry:24;Geology:24;Quran:22;Math:21;"
    "History:19"
)
_XA_COUNTS = {"L": 127, "M": 211, "H": 142}


def _xapi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7502)
    n = 480
    nations = _deal(rng, _XA_NATIONS, n)
    grades = _deal(rng, _XA_GRADES, n)
    topics = _deal(rng, _XA_TOPICS, n)
    female = rng.random(n) < 175 / 480
    mum = rng.random(n) < np.where(female, 0.55, 0.33)
    z = rng.normal(0, 1, n) + 0.35 * female + 0.35 * mum
    above = np.zeros(n, dtype=bool)
    above[np.argsort(z + rng.normal(0, 0.8, n), kind="stable")[:191]] = True
    score = z - 0.9 * above + rng.normal(0, 0.3, n)
    rank = np.argsort(np.argsort(score, kind="stable"), kind="stable")
    grade = np.where(rank < _XA_COUNTS["L"], "L", np.where(rank < _XA_COUNTS["L"] + _XA_COUNTS["M"], "M", "H"))
    survey = rng.random(n) < 1 / (1 + np.exp(-(0.3 + score)))
    rows: list[dict[str, Any]] = []
    for i in range(n):
        nation = nations[i]
        born = _XA_BIRTHPLACE.get(nation, nation)
        if rng.random() < 0.06:
            born = str(_one(rng, ["USA", "SaudiArabia", "Jordan", "KuwaIT", "lebanon"]))
        s = float(score[i])
        rows.append(
            {
                "gender": "F" if female[i] else "M",
                "NationalITy": nation,
                "PlaceofBirth": born,
                "StageID": _XA_STAGES[grades[i]],
                "GradeID": grades[i],
                "SectionID": _draw(rng, "A:59;B:35;C:6"),
                "Topic": topics[i],
                "Semester": _draw(rng, "F:51;S:49"),
                "Relation": "Mum" if mum[i] else "Father",
                "raisedhands": int(np.clip(round(46 + 17 * s + rng.normal(0, 17)), 0, 100)),
                "VisITedResources": int(np.clip(round(55 + 22 * s + rng.normal(0, 18)), 0, 99)),
                "AnnouncementsView": int(np.clip(round(38 + 14 * s + rng.normal(0, 15)), 0, 98)),
                "Discussion": int(np.clip(round(43 + 8 * s + rng.normal(0, 22)), 1, 99)),
                "ParentAnsweringSurvey": "Yes" if survey[i] else "No",
                "ParentschoolSatisfaction": "Good" if rng.random() < (0.78 if survey[i] else 0.4) else "Bad",
                "StudentAbsenceDays": "Above-7" if above[i] else "Under-7",
                "Class": str(grade[i]),
            }
        )
    return pd.DataFrame(rows)


def _xa_above(d: pd.DataFrame) -> pd.Series:
    return _text(d["StudentAbsenceDays"]) == "Above-7"


_XA_ID = ("Class",)
_XAPI_QS = [
    Q(
        "what percent of students are in the high performing class (H)?",
        _share(lambda d: float((_text(d["Class"]) == "H").mean())),
        _XA_ID,
    ),
    Q(
        "avg raisedhands for each class L/M/H",
        _about(lambda d: d.groupby(_text(d["Class"]))["raisedhands"].mean()[["L", "M", "H"]].to_numpy(), rel=0.005),
        (*_XA_ID, "raisedhands"),
    ),
    Q(
        "which topic has the most students",
        _lead(_first(lambda d: _ranked(_text(d["Topic"]).value_counts()))),
        ("Topic",),
    ),
    Q(
        "how many students were absent more then 7 days?",
        _count(lambda d: float(_xa_above(d).sum())),
        ("StudentAbsenceDays",),
    ),
    Q(
        "what % of them ended up in class L?",
        _share(lambda d: float((_text(d.loc[_xa_above(d), "Class"]) == "L").mean())),
        (*_XA_ID, "StudentAbsenceDays"),
    ),
    Q(
        "is raisedhands correlated with VisITedResources",
        _corr(lambda d: d["raisedhands"], lambda d: d["VisITedResources"]),
        ("raisedhands", "VisITedResources"),
    ),
]


# --- 3. Bengaluru house prices (Kaggle "Bengaluru House price data", Bengaluru_House_Data.csv) ---------------------

# location|listings in the full file|price per square foot (rupees)
_BH_LOCATIONS = _fields(
    "Whitefield|540|6200;Sarjapur  Road|399|5800;Electronic City|302|4700;Kanakpura Road|273|5600;"
    "Thanisandra|234|6100;Yelahanka|213|5300;Uttarahalli|186|4800;Hebbal|177|10600;Marathahalli|175|6500;"
    "Raja Rajeshwari Nagar|171|4600;Bannerghatta Road|152|6300;Hennur Road|152|6400;7th Phase JP Nagar|149|6400;"
    "Haralur Road|142|6100;Electronic City Phase II|132|4200;Rajaji Nagar|107|12900;Chandapura|100|2900;"
    "Bellandur|96|6600;Hoodi|88|6000;KR Puram|88|5300;Electronics City Phase 1|88|5200;Yeshwanthpur|85|7000;"
    "Begur Road|84|4600;Sarjapur|82|4700;Kasavanhalli|80|5900;Harlur|79|6700;Banashankari|74|8500;Hormavu|74|4900;"
    "Ramamurthy Nagar|73|4700;Koramangala|73|11800;Old Madras Road|69|6300;Jakkur|68|6700;Varthur|67|5100;"
    "Kothanur|66|5300;Kaggadasapura|64|5400;Nagarbhavi|63|7900;Hennur|61|5900;Akshaya Nagar|59|5600;"
    "Thigalarapalya|57|6900;TC Palaya|55|4800;Indira Nagar|53|15600;Malleshwaram|52|13800;Rachenahalli|50|5700;"
    "JP Nagar|50|7800;Jayanagar|47|12800;HSR Layout|46|8900;Hulimavu|45|5500;Kengeri|42|4300;Budigere|41|4000;"
    "Kanakapura|40|4900;Devanahalli|38|4800;Vidyaranyapura|36|5200;Hosa Road|35|5400;Horamavu Agara|34|4700;"
    "Anekal|31|2800;Attibele|30|2600;Sahakara Nagar|29|7600;CV Raman Nagar|28|7400;Basavangudi|27|11200;"
    "Frazer Town|26|10200;BTM 2nd Stage|25|8200;Kalyan nagar|24|7100;Brookefield|24|7300;Mysore Road|23|4900;"
    "Magadi Road|22|5100;Doddathoguru|21|4100;Vijayanagar|20|8800;Domlur|18|11900;Cooke Town|15|11100;"
    "Richmond Town|14|13500;Ulsoor|12|12300;Cunningham Road|8|22000;Lavelle Road|7|24000"
)
_BH_AREAS = "Super built-up  Area:66;Built-up  Area:18.1;Plot  Area:15.2;Carpet  Area:0.7"
_BH_AVAILABLE = (
    "Ready To Move:79.3;18-Dec:2.3;18-May:2.2;18-Apr:2.0;18-Aug:1.5;19-Dec:1.4;18-Jul:1.1;18-Mar:1.0;20-Dec:0.8;"
    "21-Dec:0.7;19-Mar:0.6;18-Jun:0.8;18-Feb:0.5;18-Nov:0.4;19-Jun:0.5;20-Jun:0.4;22-Jun:0.2;19-Jan:0.3;"
    "Immediate Possession:0.1"
)
_BH_SQFT = {1: 620, 2: 1150, 3: 1620, 4: 2450, 5: 2900, 6: 3300, 7: 3800, 8: 4200, 9: 4600}
# unit: square feet in one
_BH_UNITS = {"Sq. Meter": 10.764, "Sq. Yards": 9.0, "Perch": 272.25, "Acres": 43560.0, "Cents": 435.6}
_BH_UNITS |= {"Guntha": 1089.0, "Grounds": 2400.0}


def _bh_society(rng: np.random.Generator) -> str:
    """A seven-letter society code such as "Coomee " or "Soiewre"."""
    consonants, vowels = "bcdfghjklmnprstvwyz", "aeiou"
    letters = [
        str(_one(rng, list(vowels if k % 2 else consonants))) if rng.random() < 0.8 else str(_one(rng, list(vowels)))
        for k in range(7)
    ]
    code = "".join(letters).capitalize()
    return code[:6] + " " if rng.random() < 0.1 else code


def _bh_sqft(rng: np.random.Generator, sqft: float) -> str:
    """A total_sqft as the file writes it: "1056", "2100 - 2850" or "34.46Sq. Meter"."""
    r = float(rng.random())
    if r < 0.025:
        low = round(sqft * float(rng.uniform(0.82, 0.97)))
        return f"{low} - {round(sqft * float(rng.uniform(1.03, 1.25)))}"
    if r < 0.031:
        unit = str(_one(rng, list(_BH_UNITS), [30, 10, 4, 5, 2, 2, 1]))
        value = f"{sqft / _BH_UNITS[unit]:.2f}".rstrip("0").rstrip(".")
        return value + unit
    return str(round(sqft))


def _bengaluru_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7503)
    n = 3000
    places = [row[0] for row in _BH_LOCATIONS]
    weights = [float(row[1]) for row in _BH_LOCATIONS]
    rates = {row[0]: float(row[2]) for row in _BH_LOCATIONS}
    societies = [_bh_society(rng) for _ in range(420)]
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        area = _draw(rng, _BH_AREAS)
        place = str(_one(rng, places, weights))
        plot = area == "Plot  Area"
        if plot:
            beds = int(_one(rng, list(range(1, 10)), [1, 8, 25, 30, 18, 10, 4, 2, 2]))
            size = f"{beds} Bedroom"
        else:
            beds = int(_one(rng, [1, 2, 3, 4, 5], [9, 40, 36, 11, 4]))
            size = f"{beds} {'BHK' if rng.random() < 0.88 else 'Bedroom'}"
            if beds == 1 and rng.random() < 0.06:
                size = "1 RK"
        sqft = _BH_SQFT[beds] * float(rng.lognormal(0, 0.22)) * (float(rng.uniform(0.8, 1.6)) if plot else 1.0)
        price = sqft * rates[place] * (1.25 if plot else 1.0) * float(rng.lognormal(0, 0.2)) / 1e5
        bath: float | None = float(max(1, beds + int(_one(rng, [-1, 0, 1, 2], [10, 55, 30, 5]))))
        balcony: float | None = float(_one(rng, [0, 1, 2, 3], [8, 37, 39, 16]))
        if rng.random() < (0.3 if plot else 0.02):
            balcony = None
        if rng.random() < 0.005:
            bath = None
        rows.append(
            {
                "area_type": area,
                "availability": _draw(rng, _BH_AVAILABLE),
                "location": place,
                "size": None if rng.random() < 0.0015 else size,
                "society": None if rng.random() < (0.85 if plot else 0.33) else str(_one(rng, societies)),
                "total_sqft": _bh_sqft(rng, sqft),
                "bath": bath,
                "balcony": balcony,
                "price": round(price, 2) if rng.random() < 0.6 else float(max(8, round(price))),
            }
        )
    rows[int(rng.integers(0, n))]["location"] = None
    return pd.DataFrame(rows)


# prices are in lakhs: also read as crores, millions of rupees or rupees
_BH_LAKH = (100.0, 10.0, 1e-5)


def _bh_beds(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["size"]).str.extract(r"^(\d+)")[0], errors="coerce")


def _bh_mean_price(beds: int) -> Check:
    """The mean price of "N BHK" listings, or of every listing with N rooms ("N Bedroom" too)."""

    def exact(d: pd.DataFrame) -> float:
        return float(d.loc[_text(d["size"]) == f"{beds} BHK", "price"].mean())

    def rooms(d: pd.DataFrame) -> float:
        return float(d.loc[_bh_beds(d) == beds, "price"].mean())

    return either(_scaled(exact, _BH_LAKH), _scaled(rooms, _BH_LAKH))


_BENGALURU_QS = [
    Q(
        "what's the average price? (it's in lakhs i think)",
        _scaled(lambda d: float(d["price"].mean()), _BH_LAKH),
        ("price",),
    ),
    Q(
        "which location has the most listings?",
        _lead(_first(lambda d: _ranked(_text(d["location"]).replace("", None).dropna().value_counts()))),
        ("location",),
    ),
    Q(
        "how many rows have total_sqft as a range like '2100 - 2850'",
        _count(lambda d: float(_text(d["total_sqft"]).str.contains(" - ", regex=False).sum())),
        ("total_sqft",),
    ),
    Q(
        "what share of the listings are ready to move",
        _share(lambda d: float((_text(d["availability"]) == "Ready To Move").mean())),
        ("availability",),
    ),
    Q(
        "avg price of a 2 BHK?",
        _bh_mean_price(2),
        ("size", "price"),
    ),
    Q(
        "and a 3 bhk",
        _bh_mean_price(3),
        ("size", "price"),
    ),
]


# --- 4. Fitbit daily activity (Kaggle "FitBit Fitness Tracker Data", dailyActivity_merged.csv) --------------------

# Id|mean steps on a worn day|days recorded
_FB_USERS = _fields(
    "1503960366|12117|31;1624580081|5744|31;1644430081|7283|30;1844505072|2580|31;1927972279|916|31;"
    "2022484408|11371|31;2026352035|5567|31;2320127002|4717|31;2347167796|9520|18;2873212765|7556|30;"
    "3372868164|6862|20;3977333714|10985|30;4020332650|2267|31;4057192912|3838|4;4319703577|7268|31;"
    "4388161847|10814|31;4445114986|4797|31;4558609924|7685|31;4702921684|8572|31;5553957443|8613|31;"
    "5577150313|8304|31;6117666160|7047|28;6290855005|5650|29;6775888955|2520|26;6962181067|9795|31;"
    "7007744171|11323|26;7086361926|9372|31;8053475328|14763|31;8253242879|6482|19;8378563200|8718|31;"
    "8583815059|7199|31;8792009665|1854|29;8877689391|16040|31"
)
# day of the week (Monday = 0): step factor
_FB_WEEK = [1.0, 1.06, 0.98, 0.97, 0.99, 1.1, 0.87]
_FB_COLUMNS = _split(
    "Id;ActivityDate;TotalSteps;TotalDistance;TrackerDistance;LoggedActivitiesDistance;VeryActiveDistance;"
    "ModeratelyActiveDistance;LightActiveDistance;SedentaryActiveDistance;VeryActiveMinutes;FairlyActiveMinutes;"
    "LightlyActiveMinutes;SedentaryMinutes;Calories"
)
_FB_LOGGERS = {"6962181067", "7007744171", "8877689391", "4702921684"}


def _fitbit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7504)
    days = pd.date_range("2016-04-12", "2016-05-12", freq="D")
    rows: list[dict[str, Any]] = []
    for user, mean, count in _FB_USERS:
        stride = float(rng.uniform(0.00064, 0.00078))
        bmr = float(rng.uniform(1400, 2300))
        unworn = 0.3 if user in ("1927972279", "4020332650") else float(rng.uniform(0, 0.06))
        sleeps = rng.random() < 0.72
        for day in days[: int(count)]:
            row: dict[str, Any] = {"Id": int(user), "ActivityDate": f"{day.month}/{day.day}/{day.year}"}
            if rng.random() < unworn:
                zeros = dict.fromkeys(_FB_COLUMNS[2:13], 0)
                rows.append(row | zeros | {"SedentaryMinutes": 1440, "Calories": int(bmr * rng.uniform(0.9, 1.05))})
                continue
            steps = int(float(mean) * _FB_WEEK[day.dayofweek] * float(rng.lognormal(-0.06, 0.36)))
            very = 0 if steps < 3000 else int(min(200, round(max(0, steps - 4500) / 380 * rng.lognormal(0, 0.5))))
            fair = int(min(140, round(steps / 1000 * 1.6 * rng.lognormal(0, 0.7)))) if rng.random() < 0.75 else 0
            light = int(np.clip(round(steps / 40 + rng.normal(0, 45)), 0, 518))
            asleep = int(np.clip(rng.normal(420, 60), 0, 800)) if sleeps and rng.random() < 0.85 else 0
            tracker = steps * stride
            very_km = float(np.clip(very * 0.105 + rng.normal(0, 0.1), 0, tracker))
            moderate_km = float(min(tracker - very_km, fair * 0.05))
            idle_km = 0.0 if rng.random() < 0.85 else float(_one(rng, [0.01, 0.02]))
            logged = float(rng.uniform(1.5, 4.9)) if user in _FB_LOGGERS and rng.random() < 0.35 else 0.0
            rows.append(
                row
                | {
                    "TotalSteps": steps,
                    "TotalDistance": _f32(tracker + (logged if logged and rng.random() < 0.5 else 0.0)),
                    "TrackerDistance": _f32(tracker),
                    "LoggedActivitiesDistance": _f32(logged),
                    "VeryActiveDistance": _f32(very_km),
                    "ModeratelyActiveDistance": _f32(moderate_km),
                    "LightActiveDistance": _f32(max(0.0, tracker - very_km - moderate_km - idle_km)),
                    "SedentaryActiveDistance": idle_km,
                    "VeryActiveMinutes": very,
                    "FairlyActiveMinutes": fair,
                    "LightlyActiveMinutes": light,
                    "SedentaryMinutes": max(0, 1440 - very - fair - light - asleep),
                    "Calories": int(bmr + 0.045 * steps * float(rng.uniform(0.8, 1.2)) + 5 * very + rng.normal(0, 120)),
                }
            )
    return pd.DataFrame(rows)[_FB_COLUMNS]


def _fb_worn(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["TotalSteps"] > 0]


def _fb_weekday(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["ActivityDate"], format="%m/%d/%Y").dt.day_name()


def _fb_best_day(how: str, worn: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        part = _fb_worn(d) if worn else d
        return _ranked(part["TotalSteps"].groupby(_fb_weekday(part)).agg(how))

    return ranking


def _fb_user_totals(column: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(d.groupby(d["Id"].astype(str))[column].sum())


_FB_DAYS = {f"{day:%A}": (f"{day:%a}",) for day in pd.date_range("2016-04-11", periods=7, freq="D")}
_FB_ID = ("Id", "ActivityDate")
_FITBIT_QS = [
    Q(
        "whats the average daily step count",
        either(
            _scaled(lambda d: float(d["TotalSteps"].mean()), (1e3,), rel=0.005),
            _scaled(lambda d: float(_fb_worn(d)["TotalSteps"].mean()), (1e3,), rel=0.005),
        ),
        (*_FB_ID, "TotalSteps"),
    ),
    Q(
        "which user walked the most in total?",
        _lead(either(_first(_fb_user_totals("TotalSteps")), _first(_fb_user_totals("TotalDistance")))),
        (*_FB_ID, "TotalSteps", "TotalDistance", "TrackerDistance"),
    ),
    Q(
        "how many days did people hit 10k steps",
        either(
            _count(lambda d: float((d["TotalSteps"] >= 10_000).sum())),
            _count(lambda d: float((d["TotalSteps"] > 10_000).sum())),
        ),
        (*_FB_ID, "TotalSteps"),
    ),
    Q(
        "correlation between steps and calories?",
        _corr(lambda d: d["TotalSteps"], lambda d: d["Calories"]),
        (*_FB_ID, "TotalSteps", "Calories"),
    ),
    Q(
        "which day of the week are people most active (steps)?",
        _lead(
            either(
                _first(_fb_best_day("mean", False), _FB_DAYS),
                _first(_fb_best_day("mean", True), _FB_DAYS),
                _first(_fb_best_day("sum", False), _FB_DAYS),
            )
        ),
        (*_FB_ID, "TotalSteps"),
    ),
    Q(
        "avg sedentary minutes per day?",
        either(
            _scaled(lambda d: float(d["SedentaryMinutes"].mean()), (60.0,)),
            _scaled(lambda d: float(_fb_worn(d)["SedentaryMinutes"].mean()), (60.0,)),
        ),
        (*_FB_ID, "SedentaryMinutes"),
    ),
]


# --- 5. H-1B visa petitions (Kaggle "H-1B Visa Petitions 2011-2016", h1b_kaggle.csv) ------------------------------

# employer|petitions in the full file|kind
_H1_EMPLOYERS = _fields(
    "INFOSYS LIMITED|130871|it;TATA CONSULTANCY SERVICES LIMITED|64726|it;WIPRO LIMITED|48117|it;"
    "DELOITTE CONSULTING LLP|36742|consult;IBM INDIA PRIVATE LIMITED|34219|it;ACCENTURE LLP|33447|consult;"
    "MICROSOFT CORPORATION|25576|tech;HCL AMERICA, INC.|22678|it;ERNST & YOUNG U.S. LLP|18232|consult;"
    "COGNIZANT TECHNOLOGY SOLUTIONS U.S. CORPORATION|17528|it;LARSEN & TOUBRO INFOTECH LIMITED|14500|it;"
    "CAPGEMINI AMERICA INC|13800|it;GOOGLE INC.|12000|tech;IGATE TECHNOLOGIES INC.|11000|it;"
    "TECH MAHINDRA (AMERICAS),INC.|10500|it;AMAZON CORPORATE LLC|9000|tech;IBM CORPORATION|8500|tech;"
    "INTEL CORPORATION|8000|tech;PRICEWATERHOUSECOOPERS LLP|7000|consult;CISCO SYSTEMS, INC.|6500|tech;"
    "JPMORGAN CHASE & CO.|5800|consult;FACEBOOK, INC.|4200|tech;APPLE INC.|4100|tech;"
    "UNIVERSITY OF MICHIGAN|2600|academic;STANFORD UNIVERSITY|1900|academic"
)
_H1_OTHERS = 2_480_000
_H1_COLLEGES = _split(
    "TEXAS;FLORIDA;ILLINOIS;PITTSBURGH;CALIFORNIA, LOS ANGELES;IOWA;WASHINGTON;MINNESOTA;MARYLAND, BALTIMORE;"
    "CHICAGO;PENNSYLVANIA;UTAH"
)
_H1_WORDS = _split(
    "SYNERGY;APEX;GLOBAL;NOVA;PINNACLE;SUMMIT;VERTEX;BLUE RIVER;PRIME;ALPHA;OMEGA;INFINITE;SILVER LINE;KEY;BRIGHT;"
    "FUSION;QUANTUM;STELLAR;NEXUS;UNITED;AMERICAN;EAGLE;HORIZON;CREST;ZEN;SMART;MATRIX;CORE;VISION;ORBIT;"
    "CAPITAL;METRO;SUNRISE;LOTUS;ATLAS;PIONEER;CYBER;DIGITAL;NET;CLOUD"
)
_H1_TRADES = _split(
    "TECHNOLOGIES;SOLUTIONS;SYSTEMS;CONSULTING;SOFTWARE;INFOTECH;IT SERVICES;SOFT;GLOBAL SERVICES;HEALTHCARE;"
    "ANALYTICS;NETWORKS;ENGINEERING;LABS;DATA"
)
_H1_SUFFIXES = _split("INC.;INC;LLC;CORPORATION;CORP;LIMITED;GROUP INC.;, INC.")
# kind: "SOC_NAME|job titles (, between)|median wage" rows, their weights
_H1_JOBS: dict[str, tuple[str, str]] = {
    "it": (
        "COMPUTER SYSTEMS ANALYSTS|TECHNOLOGY LEAD - US,TECHNOLOGY ANALYST - US,SYSTEMS ANALYST|66000;"
        "COMPUTER PROGRAMMERS|PROGRAMMER ANALYST,COMPUTER PROGRAMMER,ASSOCIATE - PROJECTS|62000;"
        "SOFTWARE DEVELOPERS, APPLICATIONS|SOFTWARE ENGINEER,SOFTWARE DEVELOPER,TEST ANALYST|72000;"
        "COMPUTER OCCUPATIONS, ALL OTHER|ASSISTANT SYSTEM ENGINEER - US,DEVELOPER|64000;"
        "NETWORK AND COMPUTER SYSTEMS ADMINISTRATORS|SYSTEMS ADMINISTRATOR|68000",
        "38;22;25;12;3",
    ),
    "tech": (
        "SOFTWARE DEVELOPERS, APPLICATIONS|SOFTWARE ENGINEER,SOFTWARE DEVELOPMENT ENGINEER,SENIOR SOFTWARE ENGINEER|"
        "112000;SOFTWARE DEVELOPERS, SYSTEMS SOFTWARE|SOFTWARE ENGINEER,SYSTEMS SOFTWARE ENGINEER|118000;"
        "COMPUTER AND INFORMATION SYSTEMS MANAGERS|PROGRAM MANAGER,SOFTWARE ENGINEERING MANAGER|140000;"
        "OPERATIONS RESEARCH ANALYSTS|DATA SCIENTIST|106000;"
        "ELECTRONICS ENGINEERS, EXCEPT COMPUTER|HARDWARE ENGINEER,COMPONENT DESIGN ENGINEER|104000",
        "50;18;10;10;12",
    ),
    "consult": (
        "MANAGEMENT ANALYSTS|CONSULTANT,SENIOR CONSULTANT,BUSINESS ANALYST|82000;"
        "ACCOUNTANTS AND AUDITORS|AUDITOR,SENIOR ASSOCIATE,TAX SENIOR|64000;"
        "COMPUTER SYSTEMS ANALYSTS|SYSTEMS ANALYST,SENIOR CONSULTANT|78000;"
        "FINANCIAL ANALYSTS|FINANCIAL ANALYST,ASSOCIATE|86000",
        "40;25;25;10",
    ),
    "academic": (
        "MEDICAL SCIENTISTS, EXCEPT EPIDEMIOLOGISTS|POSTDOCTORAL RESEARCH FELLOW,RESEARCH FELLOW|45000;"
        "BIOLOGICAL SCIENTISTS, ALL OTHER|POSTDOCTORAL FELLOW|44000;"
        "PHYSICIANS AND SURGEONS, ALL OTHER|RESIDENT PHYSICIAN,CLINICAL INSTRUCTOR|58000;"
        "BUSINESS TEACHERS, POSTSECONDARY|ASSISTANT PROFESSOR|110000",
        "40;20;25;15",
    ),
    "other": (
        "COMPUTER SYSTEMS ANALYSTS|PROGRAMMER ANALYST,SYSTEMS ANALYST,BUSINESS SYSTEMS ANALYST|62000;"
        "SOFTWARE DEVELOPERS, APPLICATIONS|SOFTWARE ENGINEER,SOFTWARE DEVELOPER,JAVA DEVELOPER|76000;"
        "COMPUTER PROGRAMMERS|PROGRAMMER ANALYST,COMPUTER PROGRAMMER|60000;"
        "MARKET RESEARCH ANALYSTS AND MARKETING SPECIALISTS|MARKET RESEARCH ANALYST,MARKETING ANALYST|52000;"
        "ACCOUNTANTS AND AUDITORS|ACCOUNTANT,STAFF ACCOUNTANT|54000;"
        "MECHANICAL ENGINEERS|MECHANICAL ENGINEER,DESIGN ENGINEER|72000;"
        "PHYSICAL THERAPISTS|PHYSICAL THERAPIST|70000;"
        "DATABASE ADMINISTRATORS|DATABASE ADMINISTRATOR,ORACLE DBA|72000;"
        "FINANCIAL ANALYSTS|FINANCIAL ANALYST|62000;"
        "PHYSICIANS AND SURGEONS, ALL OTHER|PHYSICIAN,HOSPITALIST|180000;"
        "MANAGEMENT ANALYSTS|BUSINESS ANALYST,MANAGEMENT CONSULTANT|70000",
        "24;20;12;7;7;6;4;6;5;4;5",
    ),
}
# worksite|longitude|latitude|weight
_H1_SITES = _fields(
    "NEW YORK, NEW YORK|-74.0059413|40.7127837|8.0;HOUSTON, TEXAS|-95.3698028|29.7604267|3.0;"
    "SAN FRANCISCO, CALIFORNIA|-122.4194155|37.7749295|3.1;ATLANTA, GEORGIA|-84.3879824|33.7489954|2.8;"
    "CHICAGO, ILLINOIS|-87.6297982|41.8781136|2.7;SAN JOSE, CALIFORNIA|-121.8863286|37.3382082|2.5;"
    "SUNNYVALE, CALIFORNIA|-122.0363496|37.36883|1.6;REDMOND, WASHINGTON|-122.121512|47.6739881|1.6;"
    "SEATTLE, WASHINGTON|-122.3320708|47.6062095|1.5;MOUNTAIN VIEW, CALIFORNIA|-122.0838511|37.3860517|1.3;"
    "DALLAS, TEXAS|-96.7969879|32.7766642|1.6;CHARLOTTE, NORTH CAROLINA|-80.8431267|35.2270869|1.4;"
    "PLANO, TEXAS|-96.6988856|33.0198431|1.4;SANTA CLARA, CALIFORNIA|-121.9552356|37.3541079|1.3;"
    "BOSTON, MASSACHUSETTS|-71.0588801|42.3600825|1.3;IRVING, TEXAS|-96.9488945|32.8140177|1.1;"
    "EDISON, NEW JERSEY|-74.4120953|40.5187154|1.0;JERSEY CITY, NEW JERSEY|-74.0776417|40.7281575|1.0;"
    "LOS ANGELES, CALIFORNIA|-118.2436849|34.0522342|1.2;PHILADELPHIA, PENNSYLVANIA|-75.1652215|39.9525839|0.9;"
    "AUSTIN, TEXAS|-97.7430608|30.267153|0.9;SAN DIEGO, CALIFORNIA|-117.1610838|32.715738|0.7;"
    "PITTSBURGH, PENNSYLVANIA|-79.9958864|40.4406248|0.5;COLUMBUS, OHIO|-82.9987942|39.9611755|0.6;"
    "MINNEAPOLIS, MINNESOTA|-93.2650108|44.977753|0.5;ANN ARBOR, MICHIGAN|-83.7430378|42.2808256|0.4;"
    "DETROIT, MICHIGAN|-83.0457538|42.331427|0.5;PHOENIX, ARIZONA|-112.0740373|33.4483771|0.5;"
    "HILLSBORO, OREGON|-122.9898281|45.5228939|0.3;WASHINGTON, DISTRICT OF COLUMBIA|-77.0368707|38.9071923|0.6;"
    "BALTIMORE, MARYLAND|-76.6121893|39.2903848|0.4;FREMONT, CALIFORNIA|-121.9885719|37.5482697|0.5;"
    "PALO ALTO, CALIFORNIA|-122.1430195|37.4418834|0.5;IRVINE, CALIFORNIA|-117.7946942|33.6839473|0.4;"
    "MIAMI, FLORIDA|-80.1917902|25.7616798|0.5;TAMPA, FLORIDA|-82.4571776|27.950575|0.4;"
    "DURHAM, NORTH CAROLINA|-78.898619|35.9940329|0.4;PRINCETON, NEW JERSEY|-74.6672226|40.3572976|0.4;"
    "BRIDGEWATER, NEW JERSEY|-74.6482224|40.5939636|0.3;CAMBRIDGE, MASSACHUSETTS|-71.1097335|42.3736158|0.5;"
    "ROCKVILLE, MARYLAND|-77.1527578|39.0839973|0.3;ST. LOUIS, MISSOURI|-90.1994042|38.6270025|0.4;"
    "CINCINNATI, OHIO|-84.5120196|39.1031182|0.3;INDIANAPOLIS, INDIANA|-86.158068|39.768403|0.3;"
    "DENVER, COLORADO|-104.990251|39.7392358|0.3"
)
_H1_YEARS = "2011:358767;2012:415607;2013:442114;2014:519427;2015:618804;2016:647803"
# year: share denied, share certified-withdrawn, share withdrawn, share full time
_H1_OUTCOMES = {2011: (0.081, 0.04, 0.031), 2012: (0.051, 0.05, 0.03), 2013: (0.028, 0.061, 0.029)}
_H1_OUTCOMES |= {2014: (0.022, 0.067, 0.028), 2015: (0.017, 0.078, 0.029), 2016: (0.014, 0.085, 0.032)}


def _h1_employer(rng: np.random.Generator) -> tuple[str, str]:
    known = [row[0] for row in _H1_EMPLOYERS]
    weights = [float(row[1]) for row in _H1_EMPLOYERS]
    pick = int(_one(rng, list(range(len(known) + 1)), [*weights, _H1_OTHERS]))
    if pick < len(known):
        return known[pick], _H1_EMPLOYERS[pick][2]
    if rng.random() < 0.015:
        return f"UNIVERSITY OF {_one(rng, _H1_COLLEGES)}", "academic"
    suffix = str(_one(rng, _H1_SUFFIXES))
    name = f"{_one(rng, _H1_WORDS)} {_one(rng, _H1_TRADES)}"
    return (name + suffix if suffix.startswith(",") else f"{name} {suffix}"), "other"


def _h1b_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7505)
    n = 5000
    years = sorted((int(y) for y in _deal(rng, _H1_YEARS, n)), reverse=True)
    sites = [row[0] for row in _H1_SITES]
    site_w = [float(row[3]) for row in _H1_SITES]
    rows: list[dict[str, Any]] = []
    for year in years:
        employer, kind = _h1_employer(rng)
        jobs, job_w = _H1_JOBS[kind]
        soc, titles, median = str(_one(rng, _split(jobs), [float(w) for w in _split(job_w)])).split("|")
        denied, cert_withdrawn, withdrawn = _H1_OUTCOMES[year]
        r = float(rng.random())
        status = "CERTIFIED"
        if r < denied:
            status = "DENIED"
        elif r < denied + cert_withdrawn:
            status = "CERTIFIED-WITHDRAWN"
        elif r < denied + cert_withdrawn + withdrawn:
            status = "WITHDRAWN"
        base = float(median) * float(rng.lognormal(0.01 * (year - 2011), 0.24))
        wage: float | None = round(base, 2) if rng.random() < 0.15 else float(round(base))
        odd = float(rng.random())
        if odd < 0.0012:
            wage = float(_one(rng, [6_997_606_720.0, 306_049_600.0, 129_532_000.0, 820_132_800.0]))
        elif odd < 0.004:
            wage = round(float(rng.uniform(18, 75)), 2)
        elif odd < 0.0042:
            wage = None
        i = int(_one(rng, list(range(len(sites))), site_w))
        located = rng.random() > 0.035
        rows.append(
            {
                "CASE_STATUS": status,
                "EMPLOYER_NAME": employer,
                "SOC_NAME": None if rng.random() < 0.004 else soc,
                "JOB_TITLE": str(_one(rng, titles.split(","))),
                "FULL_TIME_POSITION": "Y" if rng.random() < (0.62 if year == 2016 else 0.9) else "N",
                "PREVAILING_WAGE": wage,
                "YEAR": float(year),
                "WORKSITE": sites[i],
                "lon": float(_H1_SITES[i][1]) if located else None,
                "lat": float(_H1_SITES[i][2]) if located else None,
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[int(rng.integers(0, n)), "EMPLOYER_NAME"] = None
    frame.insert(0, "", np.sort(rng.choice(np.arange(1, 3_002_459), n, replace=False)))
    return frame


_H1_LEGAL = re.compile(
    r"(?:,\s*|\s+)(?:PRIVATE LIMITED|LIMITED|U\.S\. LLP|LLP|LLC|INC\.?|U\.S\. CORPORATION|CORPORATION|CORP)$"
)
_H1_SHORT = {"TATA CONSULTANCY SERVICES LIMITED": ["TCS"], "ERNST & YOUNG U.S. LLP": ["EY"]}
_H1_SHORT |= {"PRICEWATERHOUSECOOPERS LLP": ["PwC"], "LARSEN & TOUBRO INFOTECH LIMITED": ["L&T Infotech", "LTI"]}
_H1_SHORT |= {"DELOITTE CONSULTING LLP": ["Deloitte"], "COGNIZANT TECHNOLOGY SOLUTIONS U.S. CORPORATION": ["Cognizant"]}
_H1_SHORT |= {
    "HCL AMERICA, INC.": ["HCL"],
    "CAPGEMINI AMERICA INC": ["Capgemini"],
    "IBM INDIA PRIVATE LIMITED": ["IBM"],
}
_H1_SHORT |= {"TECH MAHINDRA (AMERICAS),INC.": ["Tech Mahindra"], "ACCENTURE LLP": ["Accenture"]}


def _h1_forms(name: str) -> list[str]:
    """An employer's name without its legal ending ("INFOSYS", "HCL AMERICA"), and a known short name ("TCS")."""
    forms = [name]
    while _H1_LEGAL.search(forms[-1]):
        forms.append(_H1_LEGAL.sub("", forms[-1]).strip())
    return [*forms[1:], *_H1_SHORT.get(name, [])]


def _h1_california(d: pd.DataFrame) -> pd.Series:
    return _text(d["WORKSITE"]).str.upper().str.endswith(", CALIFORNIA")


def _h1_ca_cities(d: pd.DataFrame) -> pd.Series:
    return _ranked(_text(d.loc[_h1_california(d), "WORKSITE"]).str.split(",").str[0].value_counts())


_H1_ID = ("Unnamed: 0", "CASE_STATUS")
_H1_WAGE = "PREVAILING_WAGE"
_H1B_QS = [
    Q(
        "top 5 employers by number of petitions",
        _top_said(lambda d: _ranked(_text(d["EMPLOYER_NAME"]).replace("", None).dropna().value_counts()), 5, _h1_forms),
        (*_H1_ID, "EMPLOYER_NAME"),
    ),
    Q(
        "petitions per year - is it growing?",
        has(lambda d: d["YEAR"].value_counts().sort_index().to_numpy(), rel=0.001),
        (*_H1_ID, "YEAR"),
    ),
    Q(
        "what % of petitons got denied",
        _share(lambda d: float((_text(d["CASE_STATUS"]) == "DENIED").mean())),
        _H1_ID,
    ),
    Q(
        "whats the median prevailing wage",
        _scaled(lambda d: float(d[_H1_WAGE].median()), (1e3,)),
        (*_H1_ID, _H1_WAGE),
    ),
    Q(
        "how many of the petitions are for jobs in california?",
        _count(lambda d: float(_h1_california(d).sum())),
        (*_H1_ID, "WORKSITE"),
    ),
    Q(
        "which city there has the most?",
        _lead(_first(_h1_ca_cities)),
        (*_H1_ID, "WORKSITE"),
    ),
]


# --- 6. Trash wheels of Baltimore (Mr. Trash Wheel "Trash Wheel Collection Data", TidyTuesday trashwheel.csv) -------

# ID|Name|first day|last day|dumpsters|mean weight (tons)|bottles|polystyrene|butts in its first year|glass|bags|
# wrappers|sports balls ("" for a count the wheel does not keep)
_TW_WHEELS = _fields(
    "mister|Mister Trash Wheel|2014-05-16|2023-12-28|584|3.2|1900|1500|36000|25|900|1900|12;"
    "professor|Professor Trash Wheel|2017-01-02|2023-12-19|114|2.0|2400|1100|9000|12|700|1400|;"
    "captain|Captain Trash Wheel|2018-06-15|2023-06-30|24|1.6|1500|500|2500|6|350|900|;"
    "gwynnda|Gwynnda Trash Wheel|2021-07-03|2023-12-29|270|2.85|2100|450|1400||500|800|"
)
_TW_COUNTS = _split("PlasticBottles;Polystyrene;CigaretteButts;GlassBottles;PlasticBags;Wrappers;SportsBalls")
_TW_SEASON = np.array([0.8, 0.8, 0.95, 1.05, 1.2, 1.25, 1.2, 1.15, 1.05, 0.95, 0.85, 0.8])
_TW_WEIGHT = "Weight (tons)"
_TW_VOLUME = "Volume (cubic yards)"


def _trashwheel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7506)
    rows: list[dict[str, Any]] = []
    for wheel, name, start, end, count, weight, *means in _TW_WHEELS:
        days = pd.date_range(start, end, freq="D")
        p = _TW_SEASON[days.month.to_numpy() - 1]
        picks = np.sort(rng.choice(len(days), int(count), p=p / p.sum()))
        picks[0] = 0
        for number, k in enumerate(picks, start=1):
            day = days[int(k)]
            tons = round(float(np.clip(rng.normal(float(weight), 0.72 if wheel == "mister" else 0.55), 0.61, 5.62)), 2)
            fade = float(np.exp(-0.3 * (day.year + day.dayofyear / 365 - float(start[:4]))))
            row: dict[str, Any] = {
                "ID": wheel,
                "Name": name,
                "Dumpster": number,
                "Month": "may" if day.month == 5 and rng.random() < 0.2 else f"{day:%B}",
                "Year": day.year,
                "Date": f"{day.month}/{day.day}/{day.year}",
                _TW_WEIGHT: tons,
                _TW_VOLUME: int(np.clip(round(7 + 2.8 * tons + rng.normal(0, 1.5)), 5, 20)),
            }
            for column, mean in zip(_TW_COUNTS, means, strict=True):
                if not mean:
                    row[column] = None
                    continue
                level = float(mean) * (fade if column in ("CigaretteButts", "Polystyrene", "PlasticBags") else 1.0)
                value = level * tons / float(weight) * float(rng.lognormal(-0.08, 0.4))
                row[column] = None if rng.random() < 0.008 else int(round(value / 10) * 10 if value > 500 else value)
            early = wheel == "mister" and day < pd.Timestamp("2014-11-01")
            row["HomesPowered"] = 0 if early else round(tons * 500 / 30)
            rows.append(row)
    frame = pd.DataFrame(rows)
    for column in _TW_COUNTS:
        frame[column] = frame[column].astype("Int64")
    return frame


def _tw_sums(column: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(d.groupby(_text(d["Name"]))[column].sum())


_TW_ALIASES = {
    "Mister Trash Wheel": ("Mr. Trash Wheel", "Mr Trash Wheel", "Mister"),
    "Gwynnda Trash Wheel": ("Gwynnda",),
}
_TW_ALIASES |= {"Professor Trash Wheel": ("Professor",), "Captain Trash Wheel": ("Captain",)}
_TW_ID = ("ID", "Name", "Dumpster")
_TRASHWHEEL_QS = [
    Q(
        "total weight collected by each trash wheel",
        _about(lambda d: d.groupby(_text(d["Name"]))[_TW_WEIGHT].sum().to_numpy(), rel=0.004),
        (*_TW_ID, _TW_WEIGHT),
    ),
    Q(
        "which wheel picked up the most plastic bottles overall?",
        _lead(_first(_tw_sums("PlasticBottles"), _TW_ALIASES)),
        (*_TW_ID, "PlasticBottles"),
    ),
    Q(
        "how many dumpsters weighed more than 4 tons",
        either(
            _count(lambda d: float((d[_TW_WEIGHT] > 4).sum())),
            _count(lambda d: float((d[_TW_WEIGHT] >= 4).sum())),
        ),
        (*_TW_ID, _TW_WEIGHT),
    ),
    Q(
        "cigarette butts per year for mister trash wheel, are they going down?",
        _scaled(
            lambda d: d[_text(d["ID"]) == "mister"].groupby("Year")["CigaretteButts"].sum().to_numpy(),
            (1e3, 1e6),
        ),
        (*_TW_ID, "Year", "Date", "CigaretteButts"),
    ),
    Q(
        "correlation between weight and volume?",
        _corr(lambda d: d[_TW_WEIGHT], lambda d: d[_TW_VOLUME]),
        (*_TW_ID, _TW_WEIGHT, _TW_VOLUME),
    ),
    Q(
        "how many homes powered in total",
        _scaled(lambda d: float(d["HomesPowered"].sum()), (1e3,)),
        (*_TW_ID, "HomesPowered"),
    ),
]


# --- 7. Udemy courses (Kaggle "Udemy Courses", udemy_courses.csv) -------------------------------------------------

# subject: courses, share free, subscriber factor, topics
_UD_SUBJECTS: dict[str, tuple[int, float, float, str]] = {
    "Business Finance": (
        1191,
        0.08,
        0.8,
        "Investment Banking;Financial Modeling;Forex Trading;Stock Trading;Options Trading;Technical Analysis;"
        "Accounting;Bookkeeping;Excel for Finance;Cryptocurrency;Bitcoin Trading;Value Investing;Day Trading;"
        "Corporate Finance;Personal Finance;Real Estate Investing;Financial Statement Analysis;QuickBooks Online;"
        "Budgeting;Venture Capital;Candlestick Patterns;Swing Trading;Penny Stocks;Dividend Investing;GST;CFA Level 1;"
        "Business Valuation;Risk Management;Portfolio Management;Binary Options;Fundamental Analysis;Startup Funding",
    ),
    "Graphic Design": (
        602,
        0.06,
        0.8,
        "Photoshop;Illustrator;InDesign;Logo Design;Graphic Design;Typography;Infographics;GIMP;Canva;CorelDRAW;"
        "Digital Painting;Photo Editing;Drawing;Adobe XD;Sketch;Color Theory;Branding;Print Design;Character Design;"
        "Vector Art;Affinity Designer;Lightroom;T-Shirt Design;Book Cover Design;Web Graphics;Icon Design",
    ),
    "Musical Instruments": (
        680,
        0.068,
        0.7,
        "Guitar;Piano;Ukulele;Drums;Bass Guitar;Violin;Harmonica;Saxophone;Blues Guitar;Jazz Piano;Fingerstyle Guitar;"
        "Music Theory;Singing;Flute;Banjo;Mandolin;Acoustic Guitar;Electric Guitar;Keyboard;Cello;Trumpet;"
        "Piano Chords;Guitar Chords;Lead Guitar;Rock Guitar;Classical Guitar;Slide Guitar;Harp",
    ),
    "Web Development": (
        1199,
        0.11,
        2.6,
        "HTML5;CSS3;JavaScript;jQuery;PHP;WordPress;Bootstrap;AngularJS;Angular 4;React;Node.js;Ruby on Rails;Django;"
        "Python for Web;MySQL;MongoDB;Web Design;Responsive Web Design;Laravel;Vue JS;ES6;Sass;REST APIs;Meteor;"
        "Web Development;Full Stack Development;Flask;Drupal;Joomla;Git and GitHub;TypeScript;Webpack;Redux;GraphQL;"
        "ASP.NET MVC",
    ),
}
_UD_TEMPLATES = _split(
    "Learn {a} from Scratch;The Complete {a} Course;{a} for Beginners;{a} Masterclass;Introduction to {a};"
    "{a} Step by Step;Mastering {a};{a} in 30 Days;Beginner to Pro in {a};{a} Fundamentals;Practical {a};"
    "{a} Crash Course;Learn {a} in 2 Hours;{a} - The Ultimate Guide;Advanced {a};{a} Made Easy;Quick Start to {a};"
    "{a} Bootcamp;{a} Essentials;{a} Tips and Tricks;{a} 101;{a} and {b} for Beginners;Learn {a} and {b};"
    "From {a} to {b}: A Complete Guide;{a} with {b}: Hands-On Projects"
)
_UD_LEVELS = "All Levels:1929;Beginner Level:1270;Intermediate Level:421;Expert Level:58"
_UD_PRICES = (
    "20:830;50:468;200:295;40:217;25:205;195:201;100:180;30:166;35:110;45:94;75:96;60:80;150:68;95:70;65:40;120:42;"
    "55:38;80:38;70:30;85:30;125:30;90:29;110:20;115:20;145:15;175:15;180:12;185:10;190:10;130:10;140:8;160:8;170:6"
)
_UD_YEARS = "2011:5;2012:45;2013:202;2014:491;2015:1014;2016:1206;2017:715"
_UD_COLUMNS = _split(
    "course_id;course_title;url;is_paid;price;num_subscribers;num_reviews;num_lectures;level;content_duration;"
    "published_timestamp;subject"
)


def _ud_title(topics: list[str]) -> Callable[[np.random.Generator], str]:
    def make(rng: np.random.Generator) -> str:
        a, b = (str(x) for x in rng.choice(topics, 2, replace=False))
        return str(_one(rng, _UD_TEMPLATES)).format(a=a, b=b)

    return make


def _ud_hours(rng: np.random.Generator, lectures: int) -> float:
    """A content duration in hours: "0.616666667" for 37 minutes, else to the half hour."""
    hours = max(lectures, 1) * float(rng.lognormal(np.log(0.11), 0.5))
    if hours < 1:
        return round(max(4, round(hours * 60)) / 60, 9)
    return round(hours * 2) / 2


def _udemy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7507)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    years, year_w = _table(_UD_YEARS)
    for subject, (count, free_share, reach, topics) in _UD_SUBJECTS.items():
        make = _ud_title(_split(topics))
        for _ in range(count):
            title = _unique(rng, make, used)
            level = _draw(rng, _UD_LEVELS)
            paid = rng.random() >= free_share
            price = int(_draw(rng, _UD_PRICES)) if paid else 0
            if paid and level == "Expert Level" and price < 50 and rng.random() < 0.6:
                price = int(_draw(rng, _UD_PRICES))
            year = int(_one(rng, years, year_w))
            first = pd.Timestamp(year, 1, 1)
            span = (pd.Timestamp(2017, 7, 6) - first).days if year == 2017 else 365
            stamp = first + pd.Timedelta(seconds=int(rng.integers(0, span * 86_400)))
            subs = reach * float(rng.lognormal(np.log(2500), 1.3) if not paid else rng.lognormal(np.log(600), 1.5))
            subs = 0.0 if rng.random() < 0.019 else subs
            if subs > 120_000:
                subs = 120_000 + (subs - 120_000) ** 0.9
            lectures = int(np.clip(rng.lognormal(np.log(25), 0.7), 0, 779))
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
            rows.append(
                {
                    "course_title": title,
                    "url": f"https://www.udemy.com/{slug}/",
                    "is_paid": paid,
                    "price": price,
                    "num_subscribers": int(subs),
                    "num_reviews": int(min(subs, subs * float(rng.lognormal(np.log(0.035), 0.9)))),
                    "num_lectures": lectures,
                    "level": level,
                    "content_duration": _ud_hours(rng, lectures),
                    "_stamp": stamp,
                    "subject": subject,
                }
            )
    frame = pd.DataFrame(rows)
    order = frame["_stamp"].rank(method="first").astype(int).to_numpy() - 1
    ids = np.sort(rng.choice(np.arange(8_324, 1_282_065), len(frame), replace=False))
    frame["course_id"] = ids[order]
    frame["published_timestamp"] = frame["_stamp"].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    quiet = frame.index[frame["num_subscribers"] < frame["num_subscribers"].quantile(0.9)]
    twice = frame.loc[rng.choice(quiet, 6, replace=False)]
    frame = pd.concat([frame, twice], ignore_index=True)
    frame = frame.assign(_k=rng.random(len(frame))).sort_values(["subject", "_k"], kind="stable")
    return frame[_UD_COLUMNS].reset_index(drop=True)


def _ud(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates() if unique else d


def _ud_both(value: Callable[[pd.DataFrame], Any], check: Callable[[Callable[[pd.DataFrame], Any]], Check]) -> Check:
    """`check` of `value` on every row, or on the rows once each (the file has a few exact duplicates)."""
    return either(check(value), check(lambda d: value(_ud(d, True))))


def _ud_paid(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["is_paid"].astype(str).str.lower() == "true"]


def _ud_level_prices(d: pd.DataFrame) -> list[float]:
    paid = _ud_paid(d)
    by = paid.groupby(_text(paid["level"]))["price"].mean()
    return [float(by[x]) for x in ("All Levels", "Beginner Level", "Intermediate Level", "Expert Level")]


def _ud_years(d: pd.DataFrame) -> Any:
    return pd.to_datetime(d["published_timestamp"]).dt.year.value_counts().sort_index().to_numpy()


def _ud_price_corr(paid_only: bool, unique: bool) -> Check:
    def part(d: pd.DataFrame) -> pd.DataFrame:
        kept = _ud(d, unique)
        return _ud_paid(kept) if paid_only else kept

    return _corr(lambda d: part(d)["price"], lambda d: part(d)["num_subscribers"])


_UD_ID = ("course_id", "course_title")
_UDEMY_QS = [
    Q(
        "which subject has the most subscribers in total?",
        _lead(
            _ud_both(lambda d: _ranked(d.groupby(_text(d["subject"]))["num_subscribers"].sum()), lambda v: _first(v))
        ),
        (*_UD_ID, "subject", "num_subscribers"),
    ),
    Q(
        "what % of courses are free",
        _ud_both(lambda d: float((d["is_paid"].astype(str).str.lower() == "false").mean()), _share),
        (*_UD_ID, "is_paid", "price"),
    ),
    Q(
        "avg price of paid courses by level",
        _ud_both(_ud_level_prices, lambda v: has(v)),
        (*_UD_ID, "is_paid", "price", "level"),
    ),
    Q(
        "how many courses were publshed each year?",
        _ud_both(_ud_years, lambda v: has(v, rel=0.001)),
        (*_UD_ID, "published_timestamp"),
    ),
    Q(
        "top 5 most subscribed courses",
        _top_named(
            lambda d: _ranked(
                pd.Series(_ud(d, True)["num_subscribers"].to_numpy(), index=_ud(d, True)["course_title"])
            ),
            5,
        ),
        (*_UD_ID, "num_subscribers"),
    ),
    Q(
        "is price related to the number of subscribers?",
        either(*(_ud_price_corr(paid, unique) for paid in (False, True) for unique in (False, True))),
        (*_UD_ID, "price", "num_subscribers", "is_paid"),
    ),
]


HELDOUT75: list[Dataset] = [
    Dataset("auto_insurance_claims", _insurance_frame, _INSURANCE_QS),
    Dataset("student_academic_performance", _xapi_frame, _XAPI_QS),
    Dataset("bengaluru_house_prices", _bengaluru_frame, _BENGALURU_QS),
    Dataset("fitbit_daily_activity", _fitbit_frame, _FITBIT_QS),
    Dataset("h1b_visa_petitions", _h1b_frame, _H1B_QS),
    Dataset("trash_wheel_collections", _trashwheel_frame, _TRASHWHEEL_QS),
    Dataset("udemy_courses", _udemy_frame, _UDEMY_QS),
]
