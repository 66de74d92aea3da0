"""HELDOUT78: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Montgomery
County (Maryland) Traffic Violations (Traffic_Violations.csv from data.montgomerycountymd.gov, 2013-2019, one row per
charge, so a stop with several charges repeats its SeqID, date, place, vehicle and driver) with "09/24/2013" dates,
"17:11:00" times, Agency MCP, SubAgency as "3rd district, Silver Spring", upper-case descriptions and locations,
Latitude / Longitude written 0 when unknown, Yes / No flags (Accident, Belts, Personal Injury, Property Damage,
Fatal, Commercial License, HAZMAT, Commercial Vehicle, Alcohol, Work Zone, Contributed To Accident), "02 - Automobile"
vehicle types, model years with junk such as 0 and 2088 (a few blank), makes spelt several ways ("TOYOTA", "TOYT",
"CHEV", "VW"), Citation / Warning / ESERO / SERO violation types, "21-801.1" charges, upper-case races, M / F / U
gender, driver city and state, DL State with "XX", "A - Marked Patrol" arrest types and a Geolocation pair; the
Bureau of Transportation Statistics' Airline On-Time "Delay Cause" download (Airline_Delay_Cause.csv, January 2019
to December 2020) with one row per carrier, airport and month, carrier codes beside "American Airlines Inc." style
names, airport codes beside "Boston, MA: Logan International" names, arr_flights and arr_del15 counts, fractional
carrier_ct ... late_aircraft_ct counts, cancellations (a spike in spring 2020), diversions and delay minutes by cause
that add up to arr_delay, with a few rows blank after the airport name; Kaggle's English Premier League 2020-21
player stats (EPL_20_21.csv, 532 players) with Name, Club, three-letter Nationality codes, Position as "MF" or
"MF,FW", Age, Matches, Starts, Mins, Goals (penalties included), Assists, Passes_Attempted, Perc_Passes_Completed,
penalty goals and attempts, xG and xA per 90 minutes and cards; the U.S. Education Datasets: Unification Project
states_all.csv with PRIMARY_KEY "1992_ALABAMA", upper-case STATE with underscores ("NEW_YORK"), YEAR from 1992 to
2019, ENROLL blank for 1992, revenue and expenditure in thousands of dollars up to 2016, enrolment by grade as
floats, NAEP average scores only in test years (blank otherwise and for some states before 2003), score-only rows
for 2017 and 2019 and DODEA and NATIONAL rows that only carry scores; TidyTuesday's Beer Production beer_states.csv
(2020-03-31) with two-letter states plus a "total" row per year and type (the national figure, so more than the
states that are left blank), years 2008-2019, barrels with a few blanks and zeros and "On Premises" / "Bottles and
Cans" / "Kegs and Barrels" types; an extract of the FAA Wildlife Strike Database (2010-2019) with INDEX_NR,
INCIDENT_DATE as "2015-03-14", INCIDENT_MONTH and INCIDENT_YEAR, TIME_OF_DAY often blank, "KDEN" airport ids with
upper-case airport names (UNKNOWN as ZZZZ), upper-case operators, "B-737-700" aircraft, A / B aircraft classes,
Approach / Climb / Landing Roll / Take-off Run phases (some blank), HEIGHT in feet and SPEED in knots (often
blank), N / M / M? / S / D damage levels, True / False INDICATED_DAMAGE, species such as "Unknown bird - small" and
"Mourning dove", NUM_STRUCK as "1" / "2-10" / "11-100", COST_REPAIRS mostly blank, SKY, PRECIPITATION, NR_INJURIES
and NR_FATALITIES; and TidyTuesday's Barstool Sports pizza ratings (pizza_barstool.csv, 2019-10-01, 463 places)
with name (chains repeated), address1, city, zip as a number (Boston's leading zero lost), country US, latitude and
longitude (a few blank), price_level 0-3, provider rating and review count, and average score and count for all
reviews, the community, critics and Dave, scores written 0 where a source has no reviews. All are generated with a
fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _table
from .heldout39 import _fields
from .heldout40 import _top_named
from .heldout41 import _any_named, _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


# --- 1. Traffic violations (Montgomery County, MD, data.gov "Traffic Violations", Traffic_Violations.csv) ----------

# SubAgency: share of stops (%), latitude, longitude, locations, nearby driver cities
_TV_DISTRICTS: dict[str, tuple[float, float, float, str, str]] = {
    "4th district, Wheaton": (
        25,
        39.0470,
        -77.0520,
        "GEORGIA AVE @ RANDOLPH RD;VEIRS MILL RD @ UNIVERSITY BLVD W;CONNECTICUT AVE @ KNOWLES AVE;"
        "NORBECK RD @ LAYHILL RD;GEORGIA AVE @ GLENALLAN AVE;ARCOLA AVE @ UNIVERSITY BLVD",
        "WHEATON;SILVER SPRING;ASPEN HILL;KENSINGTON;OLNEY",
    ),
    "3rd district, Silver Spring": (
        20,
        39.0060,
        -77.0070,
        "COLESVILLE RD @ GEORGIA AVE;NEW HAMPSHIRE AVE @ COLUMBIA PIKE;UNIVERSITY BLVD @ PINEY BRANCH RD;"
        "US 29 @ RANDOLPH RD;16TH ST @ EAST WEST HWY;BRIGGS CHANEY RD @ US 29",
        "SILVER SPRING;TAKOMA PARK;BURTONSVILLE;HYATTSVILLE;WASHINGTON",
    ),
    "2nd district, Bethesda": (
        16,
        38.9850,
        -77.0950,
        "WISCONSIN AVE @ BRADLEY BLVD;OLD GEORGETOWN RD @ DEMOCRACY BLVD;RIVER RD @ FALLS RD;"
        "CONNECTICUT AVE @ JONES BRIDGE RD;MACARTHUR BLVD @ SEVEN LOCKS RD",
        "BETHESDA;CHEVY CHASE;POTOMAC;WASHINGTON;ROCKVILLE",
    ),
    "6th district, Gaithersburg / Montgomery Village": (
        14,
        39.1430,
        -77.2010,
        "MONTGOMERY VILLAGE AVE @ LOST KNIFE RD;FREDERICK AVE @ PERRY PKWY;GREAT SENECA HWY @ QUINCE ORCHARD RD;"
        "N FREDERICK AVE @ ODENDHAL AVE;MUDDY BRANCH RD @ DIAMONDBACK DR",
        "GAITHERSBURG;MONTGOMERY VILLAGE;DERWOOD;GERMANTOWN;ROCKVILLE",
    ),
    "5th district, Germantown": (
        12,
        39.1730,
        -77.2710,
        "MIDDLEBROOK RD @ FATHER HURLEY BLVD;GERMANTOWN RD @ WISTERIA DR;FREDERICK RD @ CLARKSBURG RD;"
        "I 270 @ MD 118;RIDGE RD @ SKYLARK RD",
        "GERMANTOWN;CLARKSBURG;BOYDS;DAMASCUS;GAITHERSBURG",
    ),
    "1st district, Rockville": (
        11,
        39.0840,
        -77.1520,
        "ROCKVILLE PIKE @ GUDE DR;VEIRS MILL RD @ TWINBROOK PKWY;MD 355 @ MONTGOMERY AVE;"
        "W MONTGOMERY AVE @ NELSON ST;I 270 @ MD 28;GUDE DR @ SOUTHLAWN LN",
        "ROCKVILLE;POTOMAC;DERWOOD;GAITHERSBURG;SILVER SPRING",
    ),
    "Headquarters and Special Operations": (
        2,
        39.0700,
        -77.1200,
        "I 495 @ CONNECTICUT AVE;I 270 @ MONTROSE RD;ICC @ GEORGIA AVE;I 270 @ SHADY GROVE RD",
        "ROCKVILLE;SILVER SPRING;GAITHERSBURG;WASHINGTON;FREDERICK",
    ),
}
# Charge: share of charges (%), descriptions ("|" between wordings), violation types
_TV_CHARGES: dict[str, tuple[float, str, str]] = {
    "21-801.1": (
        19,
        "EXCEEDING THE POSTED SPEED LIMIT OF {limit} MPH|"
        "EXCEEDING MAXIMUM SPEED: {speed} MPH IN A POSTED {limit} MPH ZONE",
        "Citation:42;Warning:58",
    ),
    "13-401(h)": (7, "DRIVING VEHICLE ON HIGHWAY WITH SUSPENDED REGISTRATION", "Citation:88;Warning:12"),
    "21-201(a1)": (
        8,
        "DRIVER FAILURE TO OBEY PROPERLY PLACED TRAFFIC CONTROL DEVICE INSTRUCTIONS",
        "Citation:35;Warning:65",
    ),
    "16-112(c)": (
        6,
        "FAILURE OF INDIVIDUAL DRIVING ON HIGHWAY TO DISPLAY LICENSE TO UNIFORMED POLICE ON DEMAND",
        "Citation:40;Warning:60",
    ),
    "13-411(d)": (6, "DISPLAYING EXPIRED REGISTRATION PLATE ISSUED BY ANY STATE", "Citation:30;Warning:70"),
    "22-412.3(b)": (5, "OPERATOR NOT RESTRAINED BY SEATBELT", "Citation:70;Warning:30"),
    "21-1124.2(d2)": (
        5,
        "DRIVER USING HANDS TO USE HANDHELD TELEPHONE WHILE MOTOR VEHICLE IS IN MOTION",
        "Citation:55;Warning:45",
    ),
    "21-202(h1)": (5, "FAILURE TO STOP AT STEADY CIRCULAR RED SIGNAL", "Citation:50;Warning:50"),
    "16-303(c)": (4, "DRIVING VEHICLE ON HIGHWAY WHILE LICENSE SUSPENDED", "Citation:97;Warning:3"),
    "13-409(b)": (6, "FAILURE TO DISPLAY REGISTRATION CARD UPON DEMAND BY POLICE OFFICER", "Citation:25;Warning:75"),
    "21-309(b)": (4, "DRIVER FAILURE TO STAY WITHIN A SINGLE LANE", "Citation:30;Warning:70"),
    "17-107(a)": (2, "KNOWINGLY DRIVING UNINSURED VEHICLE", "Citation:95;Warning:5"),
    "22-204(f)": (6, "DISPLAYING VEHICLE WITH INOPERATIVE TAIL LAMP", "ESERO:75;Warning:23;SERO:2"),
    "22-226(a)": (6, "HEADLIGHT INOPERATIVE", "ESERO:78;Warning:20;SERO:2"),
    "22-406(i)": (3, "OPERATING VEHICLE WITH WINDOW TINT EXCEEDING LIMITS", "ESERO:70;Warning:30"),
    "21-902(a1i)": (0.5, "DRIVING VEHICLE WHILE UNDER THE INFLUENCE OF ALCOHOL", "Citation:100"),
    "21-902(b1)": (0.4, "DRIVING VEHICLE WHILE IMPAIRED BY ALCOHOL", "Citation:100"),
    "21-902(a1ii)": (0.2, "DRIVING VEHICLE WHILE UNDER THE INFLUENCE OF ALCOHOL PER SE", "Citation:100"),
}
_TV_DRINK = ("21-902(a1i)", "21-902(b1)", "21-902(a1ii)")
_TV_YEARS = "2013:14;2014:16;2015:19.5;2016:15.5;2017:14;2018:12;2019:11"
_TV_HOURS = (
    "0:6;1:5;2:3.5;3:2;4:1;5:1;6:2;7:5;8:6.5;9:5.5;10:4.5;11:4;12:3.5;13:3.5;14:3.5;15:4;16:4;17:4.5;18:4;"
    "19:3.5;20:4;21:5;22:6.5;23:6.5"
)
# raw spelling: weight; _TV_CANON folds the short forms
_TV_MAKES = (
    "TOYOTA:15;TOYT:1.3;TOYO:0.4;HONDA:13;HOND:1.6;FORD:10;NISSAN:7.5;NISS:0.9;CHEVROLET:5.6;CHEV:2.6;CHEVY:0.5;"
    "HYUNDAI:4.6;HYUN:0.9;DODGE:3.6;DODG:0.4;ACURA:3;JEEP:2.9;VOLKSWAGEN:2.6;VW:1.6;LEXUS:2.8;BMW:2.7;MERCEDES:1.6;"
    "MERZ:0.6;MERCEDES BENZ:0.4;SUBARU:1.9;KIA:2.3;MAZDA:1.9;INFINITI:1.3;INFI:0.3;VOLVO:0.9;AUDI:1.2;CADILLAC:0.7;"
    "CHRYSLER:1.1;GMC:1.0;MITSUBISHI:0.8;LINCOLN:0.5;BUICK:0.6;MINI:0.3;SATURN:0.3;PONTIAC:0.4;MERCURY:0.3"
)
_TV_CANON = {
    "TOYT": "TOYOTA",
    "TOYO": "TOYOTA",
    "HOND": "HONDA",
    "NISS": "NISSAN",
    "CHEV": "CHEVROLET",
    "CHEVY": "CHEVROLET",
    "HYUN": "HYUNDAI",
    "DODG": "DODGE",
    "VW": "VOLKSWAGEN",
    "MERZ": "MERCEDES",
    "MERCEDES BENZ": "MERCEDES",
    "INFI": "INFINITI",
}
_TV_MODELS = {
    "TOYOTA": "COROLLA;CAMRY;RAV4;PRIUS;SIENNA;HIGHLANDER;TACOMA;4S",
    "HONDA": "CIVIC;ACCORD;CR-V;ODYSSEY;PILOT;FIT;4S",
    "FORD": "F150;EXPLORER;ESCAPE;FOCUS;FUSION;MUSTANG;TK;VAN",
    "NISSAN": "ALTIMA;SENTRA;MAXIMA;ROGUE;PATHFINDER;4S",
    "CHEVROLET": "MALIBU;IMPALA;SILVERADO;CRUZE;TAHOE;EQUINOX;TK",
    "HYUNDAI": "ELANTRA;SONATA;SANTA FE;TUCSON;ACCENT",
    "DODGE": "CARAVAN;CHARGER;RAM;DURANGO;TK",
    "VOLKSWAGEN": "JETTA;PASSAT;GOLF;BEETLE;TIGUAN",
    "MERCEDES": "C300;E350;ML350;BENZ;4S",
}
_TV_COLORS = (
    "BLACK:20;SILVER:17;WHITE:15;GRAY:14;BLUE:9;RED:8;GREEN:4;GOLD:3;MAROON:2;BEIGE:2;TAN:1.5;N/A:1;BROWN:1;"
    "ORANGE:0.5;YELLOW:0.4;PURPLE:0.3"
)
_TV_TYPES = (
    "02 - Automobile:80;05 - Light Duty Truck:14;03 - Station Wagon:1.2;06 - Heavy Duty Truck:1.2;"
    "01 - Motorcycle:0.8;28 - Other:1;20 - Commercial Rig:0.5;19 - Moped:0.3;04 - Limousine:0.2"
)
_TV_RACES = "WHITE:35;BLACK:33;HISPANIC:21;ASIAN:6.5;OTHER:4.2;NATIVE AMERICAN:0.3"
_TV_STATES = "MD:88;VA:5;DC:4;PA:0.8;WV:0.5;NY:0.5;FL:0.4;NC:0.4;NJ:0.3;XX:0.1"
_TV_ARRESTS = (
    "A - Marked Patrol:82;Q - Marked Laser:6;B - Unmarked Patrol:3;S - License Plate Recognition:2;"
    "L - Motorcycle:2;E - Marked Stationary Radar:2;O - Foot Patrol:1;G - Marked Moving Radar (Stationary):1;"
    "I - Marked Moving Radar (Moving):0.5"
)
_TV_COLUMNS = _split(
    "SeqID;Date Of Stop;Time Of Stop;Agency;SubAgency;Description;Location;Latitude;Longitude;Accident;Belts;"
    "Personal Injury;Property Damage;Fatal;Commercial License;HAZMAT;Commercial Vehicle;Alcohol;Work Zone;State;"
    "VehicleType;Year;Make;Model;Color;Violation Type;Charge;Article;Contributed To Accident;Race;Gender;"
    "Driver City;Driver State;DL State;Arrest Type;Geolocation"
)


def _yes(flag: bool) -> str:
    return "Yes" if flag else "No"


def _tv_stop(rng: np.random.Generator) -> dict[str, Any]:
    """Everything one stop's charges share."""
    hexes = [8, 4, 4, 4, 12]
    seq = "-".join(f"{int(rng.integers(0, 16**k)):0{k}x}" for k in hexes)
    year = int(_draw(rng, _TV_YEARS))
    day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
    hour = int(_draw(rng, _TV_HOURS))
    district = str(_one(rng, list(_TV_DISTRICTS), [v[0] for v in _TV_DISTRICTS.values()]))
    _w, lat, lon, places, cities = _TV_DISTRICTS[district]
    if rng.random() < 0.06:
        y, x = 0.0, 0.0
    else:
        y, x = round(lat + float(rng.normal(0, 0.012)), 7), round(lon + float(rng.normal(0, 0.014)), 7)
    kind = _draw(rng, _TV_TYPES)
    if kind == "01 - Motorcycle":
        make, model = str(_one(rng, ["HARLEY DAVIDSON", "HONDA", "YAMAHA", "KAWASAKI", "SUZUKI"])), "MOTORCYCLE"
    else:
        make = _draw(rng, _TV_MAKES)
        models = _TV_MODELS.get(_TV_CANON.get(make, make), "4S;TK;SUV;SEDAN")
        model = str(_one(rng, _split(models)))
    vehicle_year: float | None = float(year - round(float(rng.gamma(2.2, 3.6))) + 1)
    junk = float(rng.random())
    if junk < 0.012:
        vehicle_year = 0.0
    elif junk < 0.015:
        vehicle_year = 2088.0
    elif junk < 0.021:
        vehicle_year = None
    home = _draw(rng, _TV_STATES)
    city = str(_one(rng, _split(cities))) if home == "MD" else str(_one(rng, ["WASHINGTON", "ARLINGTON", "VIENNA"]))
    return {
        "SeqID": seq,
        "Date Of Stop": f"{day:%m/%d/%Y}",
        "Time Of Stop": f"{hour:02d}:{int(rng.integers(0, 60)):02d}:00",
        "Agency": "MCP",
        "SubAgency": district,
        "Location": str(_one(rng, _split(places))),
        "Latitude": y,
        "Longitude": x,
        "State": home if rng.random() < 0.93 else "MD",
        "VehicleType": kind,
        "Year": vehicle_year,
        "Make": make if rng.random() > 0.004 else None,
        "Model": model,
        "Color": _draw(rng, _TV_COLORS),
        "Race": _draw(rng, _TV_RACES),
        "Gender": _draw(rng, "M:68;F:31;U:1"),
        "Driver City": city,
        "Driver State": home,
        "DL State": home if rng.random() < 0.96 else str(_one(rng, ["MD", "XX", "VA"])),
        "Arrest Type": _draw(rng, _TV_ARRESTS),
        "Geolocation": f"({y}, {x})",
    }


def _traffic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7801)
    charges = list(_TV_CHARGES)
    charge_w = [v[0] for v in _TV_CHARGES.values()]
    rows: list[dict[str, Any]] = []
    for _ in range(2650):
        stop = _tv_stop(rng)
        k = int(_one(rng, [1, 2, 3, 4], [62, 22, 10, 6]))
        picked = [
            charges[int(i)] for i in rng.choice(len(charges), k, replace=False, p=np.divide(charge_w, sum(charge_w)))
        ]
        drunk = any(c in _TV_DRINK for c in picked)
        crash = rng.random() < (0.24 if drunk else 0.027)
        hurt = crash and rng.random() < 0.3
        for c in picked:
            _w, wordings, kinds = _TV_CHARGES[c]
            limit = int(_one(rng, [25, 30, 35, 40, 45, 50, 55]))
            text = str(_one(rng, wordings.split("|"))).format(limit=limit, speed=limit + int(rng.integers(9, 31)))
            rows.append(
                stop
                | {
                    "Description": text,
                    "Accident": _yes(crash),
                    "Belts": _yes(c == "22-412.3(b)" or rng.random() < 0.01),
                    "Personal Injury": _yes(hurt),
                    "Property Damage": _yes((crash and rng.random() < 0.75) or rng.random() < 0.01),
                    "Fatal": _yes(hurt and rng.random() < 0.02),
                    "Commercial License": _yes(rng.random() < 0.025),
                    "HAZMAT": "No",
                    "Commercial Vehicle": _yes(stop["VehicleType"] == "20 - Commercial Rig" or rng.random() < 0.003),
                    "Alcohol": _yes(drunk),
                    "Work Zone": _yes(rng.random() < 0.001),
                    "Violation Type": _draw(rng, kinds),
                    "Charge": c,
                    "Article": _draw(rng, "Transportation Article:97;Maryland Rules:1;:2") or None,
                    "Contributed To Accident": _yes(crash and rng.random() < 0.6),
                }
            )
    frame = pd.DataFrame(rows)
    return frame[_TV_COLUMNS]


def _tv_stops(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    """Every charge, or one row per stop."""
    return d.drop_duplicates("SeqID") if unique else d


def _tv_yes(d: pd.DataFrame, column: str) -> pd.Series:
    return _text(d[column]) == "Yes"


def _tv_top_district(unique: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_text(_tv_stops(d, unique)["SubAgency"]).value_counts())


def _tv_alcohol(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_tv_yes(_tv_stops(d, unique), "Alcohol").mean())


def _tv_drunk_crashes(unique: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        s = _tv_stops(d, unique)
        return float((_tv_yes(s, "Alcohol") & _tv_yes(s, "Accident")).sum())

    return count


def _tv_peak_year(unique: bool) -> Callable[[pd.DataFrame], float]:
    def peak(d: pd.DataFrame) -> float:
        years = pd.to_datetime(_tv_stops(d, unique)["Date Of Stop"], format="%m/%d/%Y").dt.year
        return float(_top(years.astype(str).value_counts()))

    return peak


def _tv_makes(fold: bool, unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        makes = _text(_tv_stops(d, unique)["Make"])
        makes = makes.replace(_TV_CANON) if fold else makes
        return _ranked(makes[makes != ""].value_counts())

    return ranking


_TV_ALIASES = {
    k: (k.split(", ")[0], k.split(", ")[1]) if ", " in k else ("Headquarters", "Special Operations")
    for k in _TV_DISTRICTS
}
_TV_ID = ("SeqID",)
_TRAFFIC_QS = [
    Q(
        "how many violations were citations and how many were warnings?",
        _count(lambda d: [float((_text(d["Violation Type"]) == t).sum()) for t in ("Citation", "Warning")]),
        (*_TV_ID, "Violation Type"),
    ),
    Q(
        "which subagency had the most violations",
        _lead(either(*(_named(_tv_top_district(u), _TV_ALIASES) for u in (False, True)))),
        (*_TV_ID, "SubAgency"),
    ),
    Q(
        "what percent of violations involved alcohol?",
        either(*(_share(_tv_alcohol(u)) for u in (False, True))),
        (*_TV_ID, "Alcohol"),
    ),
    Q(
        "and how many of those were also in an accident?",
        either(*(_count(_tv_drunk_crashes(u)) for u in (False, True))),
        (*_TV_ID, "Alcohol", "Accident"),
    ),
    Q(
        "plot the number of violations per year. which year had the most?",
        _lead(either(*(_year(_tv_peak_year(u)) for u in (False, True)))),
        (*_TV_ID, "Date Of Stop"),
    ),
    Q(
        "top 5 vehicle makes",
        either(*(_top_named(_tv_makes(f, u), 5) for f in (False, True) for u in (False, True))),
        (*_TV_ID, "Make"),
    ),
]


# --- 2. Airline delay causes (BTS "Airline On-Time Statistics and Delay Causes", Airline_Delay_Cause.csv) ---------

_AD_AIRPORTS: dict[str, tuple[str, float]] = {
    "ATL": ("Atlanta, GA: Hartsfield-Jackson Atlanta International", 0.0),
    "BOS": ("Boston, MA: Logan International", 1.5),
    "BWI": ("Baltimore, MD: Baltimore/Washington International Thurgood Marshall", 1.0),
    "CLT": ("Charlotte, NC: Charlotte Douglas International", -1.0),
    "DEN": ("Denver, CO: Denver International", 1.0),
    "DFW": ("Dallas/Fort Worth, TX: Dallas/Fort Worth International", 1.5),
    "EWR": ("Newark, NJ: Newark Liberty International", 5.0),
    "FLL": ("Fort Lauderdale, FL: Fort Lauderdale-Hollywood International", 2.5),
    "HNL": ("Honolulu, HI: Daniel K Inouye International", -6.0),
    "JFK": ("New York, NY: John F. Kennedy International", 3.0),
    "LAS": ("Las Vegas, NV: McCarran International", 0.5),
    "LAX": ("Los Angeles, CA: Los Angeles International", 0.5),
    "MCO": ("Orlando, FL: Orlando International", 2.0),
    "MIA": ("Miami, FL: Miami International", 1.0),
    "MSP": ("Minneapolis, MN: Minneapolis-St Paul International", -2.0),
    "ORD": ("Chicago, IL: Chicago O'Hare International", 2.0),
    "PHX": ("Phoenix, AZ: Phoenix Sky Harbor International", -1.0),
    "SEA": ("Seattle, WA: Seattle/Tacoma International", -1.5),
    "SFO": ("San Francisco, CA: San Francisco International", 3.5),
    "SLC": ("Salt Lake City, UT: Salt Lake City International", -3.5),
}
# carrier: name, delay rate above the month's (points), share of delays from late aircraft (relative), monthly
# arrivals by airport in 2019
_AD_CARRIERS: dict[str, tuple[str, float, float, str]] = {
    "AA": (
        "American Airlines Inc.",
        1.0,
        1.0,
        "DFW:1100;CLT:900;MIA:600;PHX:550;ORD:400;LAX:300;JFK:250;BOS:220;LAS:160;MCO:160;ATL:140;DEN:140;"
        "SFO:130;EWR:110;BWI:100;SEA:90",
    ),
    "DL": (
        "Delta Air Lines Inc.",
        -3.0,
        0.8,
        "ATL:2300;MSP:1000;SLC:650;JFK:550;LAX:400;SEA:400;BOS:380;MCO:250;LAS:200;FLL:170;SFO:170;PHX:150;"
        "ORD:150;DFW:120;MIA:120;HNL:60",
    ),
    "UA": (
        "United Air Lines Inc.",
        1.5,
        0.9,
        "DEN:1100;ORD:1000;SFO:900;EWR:900;LAX:380;LAS:170;BOS:170;MCO:150;SEA:150;HNL:100;PHX:90;ATL:80",
    ),
    "WN": (
        "Southwest Airlines Co.",
        0.5,
        1.35,
        "DEN:1200;LAS:1100;BWI:950;PHX:850;MCO:650;LAX:500;FLL:320;ATL:300;SFO:250;SLC:200;SEA:130;BOS:100",
    ),
    "B6": (
        "JetBlue Airways",
        8.5,
        1.1,
        "JFK:900;BOS:850;FLL:500;MCO:300;LAX:100;SFO:90;LAS:80;EWR:60;BWI:40;SEA:40",
    ),
    "AS": (
        "Alaska Airlines Inc.",
        -4.0,
        0.8,
        "SEA:1500;SFO:350;LAX:300;LAS:120;PHX:90;HNL:60;DEN:50;BOS:40;JFK:40;EWR:40",
    ),
    "NK": (
        "Spirit Air Lines",
        3.0,
        1.0,
        "FLL:650;LAS:400;MCO:330;DFW:150;ORD:150;LAX:140;BWI:130;ATL:120;EWR:120;DEN:80",
    ),
    "F9": (
        "Frontier Airlines Inc.",
        4.5,
        1.0,
        "DEN:850;MCO:300;LAS:220;PHX:120;ATL:100;ORD:90;MIA:80;CLT:60;SLC:60",
    ),
    "OO": (
        "SkyWest Airlines Inc.",
        -1.0,
        1.1,
        "SLC:1700;DEN:1500;ORD:900;LAX:700;SFO:650;SEA:500;MSP:450;PHX:400;DFW:300;LAS:250",
    ),
    "9E": ("Endeavor Air Inc.", -2.0, 1.0, "ATL:650;MSP:600;JFK:380;BOS:180"),
    "MQ": ("Envoy Air", 0.0, 1.0, "DFW:1300;ORD:1100;MIA:350;JFK:150;CLT:120"),
    "YX": ("Republic Airline", -0.5, 1.0, "BOS:350;EWR:300;CLT:300;ORD:250;BWI:200;MIA:150"),
    "G4": ("Allegiant Air", 3.5, 1.0, "LAS:450;PHX:280"),
    "HA": ("Hawaiian Airlines Inc.", -8.0, 0.7, "HNL:2300;LAX:120;SFO:80;SEA:60;LAS:60"),
}
# by month, January first: traffic (share of 2019's), cancellation rate (%) and delay rate (%)
_AD_TRAFFIC = {
    2019: [0.93, 0.86, 1.0, 0.98, 1.02, 1.04, 1.07, 1.07, 0.97, 1.0, 0.95, 0.98],
    2020: [0.97, 0.9, 0.85, 0.55, 0.4, 0.45, 0.55, 0.55, 0.55, 0.6, 0.58, 0.6],
}
_AD_CANCELLED = {
    2019: [2.4, 2.6, 1.3, 1.2, 1.5, 2.0, 1.8, 1.4, 1.1, 1.0, 0.9, 1.2],
    2020: [1.2, 1.3, 11.0, 41.0, 12.0, 1.2, 1.6, 0.8, 0.6, 0.6, 0.7, 1.1],
}
_AD_DELAYED = {
    2019: [17.0, 18.5, 17.0, 18.0, 20.0, 23.0, 26.5, 21.5, 15.0, 17.0, 16.0, 21.0],
    2020: [15.5, 15.0, 10.5, 4.5, 4.0, 7.5, 8.0, 8.0, 7.0, 9.0, 9.0, 12.0],
}
_AD_CAUSES = ("carrier", "weather", "nas", "security", "late_aircraft")
# share of delayed flights and minutes per delayed flight, by cause
_AD_CAUSE_SHARE = (0.32, 0.035, 0.28, 0.003, 0.36)
_AD_MINUTES = (72.0, 88.0, 38.0, 27.0, 62.0)
_AD_COUNTS = ["arr_flights", "arr_del15", *(f"{c}_ct" for c in _AD_CAUSES), "arr_cancelled", "arr_diverted"]
_AD_DELAYS = ["arr_delay", *(f"{c}_delay" for c in _AD_CAUSES)]


def _ad_row(
    rng: np.random.Generator, carrier: str, airport: str, flights: int, late: float, rate: float
) -> dict[str, Any]:
    """One carrier's arrivals at one airport in one month."""
    cancelled = int(rng.binomial(flights, min(0.9, late)))
    diverted = int(rng.binomial(flights - cancelled, 0.0025))
    delayed = int(rng.binomial(flights - cancelled - diverted, float(np.clip(rate, 0.005, 0.6))))
    tilt = np.array(_AD_CAUSE_SHARE) * np.array([1.0, 1.0, 1.0, 1.0, _AD_CARRIERS[carrier][2]])
    if airport in ("EWR", "SFO", "JFK", "ORD"):
        tilt[2] *= 1.4
    split = rng.dirichlet(tilt / tilt.sum() * 60)
    counts = np.round(delayed * split, 2)
    counts[-1] = round(delayed - float(counts[:-1].sum()), 2)
    minutes = [round(float(c) * m * float(rng.lognormal(0, 0.15))) for c, m in zip(counts, _AD_MINUTES, strict=True)]
    return {
        "arr_flights": float(flights),
        "arr_del15": float(delayed),
        **{f"{c}_ct": float(max(0.0, v)) for c, v in zip(_AD_CAUSES, counts, strict=True)},
        "arr_cancelled": float(cancelled),
        "arr_diverted": float(diverted),
        "arr_delay": float(sum(minutes)),
        **{f"{c}_delay": float(m) for c, m in zip(_AD_CAUSES, minutes, strict=True)},
    }


def _airline_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7802)
    pairs = [(c, a, w) for c, v in _AD_CARRIERS.items() for a, w in zip(*_table(v[3]), strict=True)]
    size = {p: float(rng.lognormal(0, 0.1)) for p in range(len(pairs))}
    rows: list[dict[str, Any]] = []
    for year in (2019, 2020):
        for month in range(1, 13):
            m = month - 1
            for p, (carrier, airport, base) in enumerate(pairs):
                if rng.random() < 0.015:
                    continue
                flights = max(1, round(base * size[p] * _AD_TRAFFIC[year][m] * float(rng.lognormal(0, 0.05))))
                rate = _AD_DELAYED[year][m] + _AD_CARRIERS[carrier][1] + _AD_AIRPORTS[airport][1]
                late = _AD_CANCELLED[year][m] / 100 * float(rng.lognormal(0, 0.3))
                numbers = _ad_row(rng, carrier, airport, flights, late, rate / 100 + float(rng.normal(0, 0.015)))
                if rng.random() < 0.004:
                    numbers = dict.fromkeys(numbers)
                rows.append(
                    {
                        "year": year,
                        "month": month,
                        "carrier": carrier,
                        "carrier_name": _AD_CARRIERS[carrier][0],
                        "airport": airport,
                        "airport_name": _AD_AIRPORTS[airport][0],
                        **numbers,
                    }
                )
    frame = pd.DataFrame(rows)
    return frame[[*frame.columns[:6], *_AD_COUNTS, *_AD_DELAYS]]


def _ad_rate(d: pd.DataFrame, by: str | list[str] | None, how: str) -> Any:
    """Share of arrivals delayed 15 minutes or more: pooled over arrivals, pooled over operated flights (without
    cancellations and diversions) or the mean of the rows' rates."""
    d = d[d["arr_flights"].notna()]
    operated = d["arr_flights"] - d["arr_cancelled"] - d["arr_diverted"]
    base = {"pooled": d["arr_flights"], "operated": operated, "rows": d["arr_flights"]}[how]
    ratio = d["arr_del15"] / base.where(base > 0)
    if by is None:
        return ratio.mean() if how == "rows" else d["arr_del15"].sum() / base.sum()
    keys = [d[b] for b in ([by] if isinstance(by, str) else by)]
    if how == "rows":
        return ratio.groupby(keys).mean()
    return d["arr_del15"].groupby(keys).sum() / base.groupby(keys).sum()


_AD_HOW = ("pooled", "operated", "rows")


def _ad_overall(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ad_rate(d, None, how))


def _ad_worst_carrier(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_ad_rate(d, "carrier_name", how))


def _ad_worst_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        rates = _ad_rate(d, ["year", "month"], how)
        y, m = rates.idxmax()
        return pd.Timestamp(int(y), int(m), 1)

    return peak


def _ad_cancelled(year: int, month: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[(d["year"] == year) & (d["month"] == month), "arr_cancelled"].sum())


def _ad_cause_shares(d: pd.DataFrame) -> list[float]:
    return [float(d[f"{c}_delay"].sum() / d["arr_delay"].sum()) for c in _AD_CAUSES]


_AD_ALIASES = {v[0]: (k, v[0].split()[0]) for k, v in _AD_CARRIERS.items()}
_AD_ID = ("year", "month", "carrier", "carrier_name", "airport", "airport_name")
_AIRLINE_QS = [
    Q(
        "overall, what share of arriving flights were delayed 15+ minutes?",
        either(*(_share(_ad_overall(h)) for h in _AD_HOW)),
        (*_AD_ID, "arr_flights", "arr_del15", "arr_cancelled", "arr_diverted"),
    ),
    Q(
        "which carrier has the worst delay rate?",
        _lead(either(*(_named(_ad_worst_carrier(h), _AD_ALIASES) for h in _AD_HOW))),
        (*_AD_ID, "arr_flights", "arr_del15", "arr_cancelled", "arr_diverted"),
    ),
    Q(
        "what % of the total delay minutes comes from each cause",
        _shares(_ad_cause_shares),
        (*_AD_ID, *_AD_DELAYS),
    ),
    Q(
        "how many flights were cancelled in april 2020?",
        _count(_ad_cancelled(2020, 4)),
        (*_AD_ID, "arr_cancelled"),
    ),
    Q(
        "how does that compare to april 2019",
        _count(_ad_cancelled(2019, 4)),
        (*_AD_ID, "arr_cancelled"),
    ),
    Q(
        "plot the delay rate month by month - which month was the worst?",
        _lead(either(*(_month_year(_ad_worst_month(h)) for h in _AD_HOW))),
        (*_AD_ID, "arr_flights", "arr_del15", "arr_cancelled", "arr_diverted"),
    ),
]


# --- 3. Premier League 2020-21 players (Kaggle "English Premier League stats 2020-21", EPL_20_21.csv) ---------------

# club (in the file's order): squad size, attack (goals per chance), passing (completion points above average)
_EP_CLUBS: dict[str, tuple[int, float, float]] = {
    "Chelsea": (27, 1.15, 3.0),
    "Everton": (27, 0.9, 0.0),
    "Leicester City": (27, 1.15, 1.0),
    "Manchester United": (29, 1.25, 2.0),
    "Wolverhampton Wanderers": (27, 0.75, 0.5),
    "Sheffield United": (28, 0.5, -3.0),
    "Arsenal": (29, 1.0, 2.5),
    "Fulham": (28, 0.6, 0.0),
    "Liverpool": (28, 1.2, 3.5),
    "Burnley": (24, 0.65, -5.0),
    "Aston Villa": (24, 1.0, -1.0),
    "Newcastle United": (28, 0.8, -3.5),
    "Leeds United": (23, 1.1, 0.5),
    "Crystal Palace": (27, 0.75, -2.0),
    "Manchester City": (24, 1.4, 5.0),
    "West Ham United": (25, 1.15, -1.0),
    "Tottenham Hotspur": (26, 1.2, 1.0),
    "Brighton": (26, 0.75, 2.0),
    "Southampton": (27, 0.9, -0.5),
    "West Bromwich Albion": (28, 0.65, -3.0),
}
# nationality: players in the league, first names, family names
_EP_NATIONS: dict[str, tuple[float, str, str]] = {
    "ENG": (
        190,
        "Harry;Jack;James;Tom;Ben;Danny;Luke;Jordan;Callum;Mason;Kyle;Reece;Jamie;Marcus;Tyrone;Aaron;Conor;Ollie;"
        "Ryan;Jake;Lewis;Dominic;Joe;Nathan;Kieran;Jarrod;Declan;Phil;Ashley;Sam",
        "Walker;Barnes;Shaw;Wilson;Hughes;Ward;Taylor;Cooper;Bennett;Lowe;Mitchell;Holding;Knight;Baldwin;Stephens;"
        "Hart;Clarke;Dawson;Foster;Gibbs;Hayes;Hodge;Johnstone;Long;Mills;Norris;Pope;Rowe;Sharp;Tanner;Whitfield;"
        "Young;Marsh;Doyle;Ramsay;Fletcher;Harper;Lamb",
    ),
    "FRA": (
        30,
        "Antoine;Lucas;Kurt;Olivier;Benjamin;Moussa;Tanguy;Yoann;Romain;Alexandre;Hugo;Theo",
        "Martin;Lemaire;Diallo;Bernard;Fofana;Laurent;Mendy;Girard;Moreau;Sissoko;Camara;Dupont",
    ),
    "BRA": (
        24,
        "Gabriel;Lucas;Bruno;Thiago;Rodrigo;Fernando;Felipe;Willian;Raphael;Douglas;Joelinton;Allan",
        "Silva;Santos;Oliveira;Souza;Alves;Pereira;Lima;Costa;Ribeiro;Martins;Moura;Andrade",
    ),
    "ESP": (
        24,
        "Sergio;David;Pablo;Rodrigo;Adama;Marcos;Jose;Dani;Ruben;Kepa;Pedro;Alvaro",
        "Garcia;Fernandez;Lopez;Martinez;Sanchez;Perez;Gomez;Moreno;Navarro;Torres;Reguilon;Soler",
    ),
    "POR": (
        20,
        "Bruno;Joao;Ruben;Diogo;Bernardo;Nelson;Pedro;Rui;Daniel;Ivan",
        "Fernandes;Cancelo;Neves;Jota;Semedo;Moutinho;Podence;Patricio;Dias;Ferreira;Cavaco",
    ),
    "SCO": (
        18,
        "Andrew;Kieran;John;Scott;Ryan;Stuart;Billy;Callum;Oliver;Grant",
        "Robertson;Tierney;McGinn;McTominay;Fraser;Armstrong;Gilmour;Paterson;Hanley;Burke",
    ),
    "IRL": (
        15,
        "Shane;Seamus;Matt;Jeff;Callum;Aaron;Enda;Cyrus;Darragh;Jayson",
        "Duffy;Coleman;Doherty;Hendrick;O'Brien;Connolly;Stevens;Christie;Lenihan;Molumby",
    ),
    "NED": (14, "Virgil;Georginio;Donny;Steven;Nathan;Daley;Joel;Jetro", "Dijkman;Wijnberg;van de Berg;Bergman;Aker"),
    "WAL": (12, "Gareth;Ben;Daniel;Joe;Harry;Ethan;Neco;Tyler", "Davies;James;Rodon;Morrell;Ampadu;Roberts;Lewis"),
    "BEL": (12, "Kevin;Youri;Leander;Timothy;Michy;Dennis;Christian", "Dewitte;Tielens;Dendal;Castel;Batens;Praet"),
    "GER": (12, "Timo;Kai;Bernd;Ilkay;Antonio;Leroy;Robin;Felix", "Werner;Hartmann;Leitner;Gundel;Richter;Koch"),
    "ARG": (10, "Emiliano;Giovani;Erik;Cristian;Juan;Ezequiel", "Martinez;Lo Celso;Lamela;Romero;Foyth;Palacios"),
    "DEN": (10, "Pierre;Christian;Kasper;Andreas;Jannik;Mathias", "Hojberg;Eriksen;Schmeichel;Christensen;Vestergaard"),
    "NIR": (8, "Jonny;Craig;Stuart;George;Conor", "Evans;Cathcart;Dallas;Saville;Bradley"),
    "SEN": (8, "Idrissa;Sadio;Cheikhou;Kalidou;Moussa;Pape", "Gueye;Mane;Kouyate;Sarr;Diedhiou;Ndiaye"),
    "NGA": (8, "Wilfred;Alex;Kelechi;Joe;Ola;Semi", "Ndidi;Iwobi;Iheanacho;Aribo;Aina;Ajayi"),
    "CIV": (7, "Wilfried;Serge;Nicolas;Eric;Max-Alain;Jean", "Zaha;Aurier;Pepe;Bailly;Gradel;Kessie"),
    "JAM": (6, "Michail;Leon;Ethan;Kemar;Bobby", "Antonio;Bailey;Pinnock;Roofe;Reid"),
    "GHA": (5, "Thomas;Jordan;Andre;Daniel;Tariq", "Partey;Ayew;Amartey;Lamptey;Boateng"),
    "NOR": (6, "Martin;Erling;Sander;Kristoffer;Mohamed", "Odegaard;Berge;Ajer;Elyounoussi;Nyland"),
    "SUI": (5, "Granit;Xherdan;Fabian;Denis;Manuel", "Xhaka;Shaqiri;Schar;Zakaria;Akanji"),
    "USA": (5, "Christian;Tyler;Antonee;DeAndre;Zack", "Pulisic;Adams;Robinson;Yedlin;Steffen"),
    "ITA": (4, "Jorge;Emerson;Pierluigi;Federico", "Jorginho;Palmieri;Gollini;Bernardeschi"),
    "SWE": (4, "Victor;Robin;Emil;Dejan", "Lindelof;Olsen;Krafth;Kulusevski"),
    "POL": (4, "Jan;Mateusz;Lukasz;Kamil", "Bednarek;Klich;Fabianski;Grabara"),
    "KOR": (2, "Heung-min;Hwang", "Son;Hee-chan"),
    "JPN": (3, "Takumi;Takehiro;Kaoru", "Minamino;Tomiyasu;Mitoma"),
    "EGY": (3, "Mohamed;Ahmed;Trezeguet", "Salah;Elmohamady;Hassan"),
}
# positions filling a squad after its fixed core (3 GK, 8 DF, 6 MF, 3 FW)
_EP_SLOTS = "MF,FW:3;FW,MF:2;DF,MF:1.5;MF,DF:1;FW,DF:0.5;DF,FW:0.5;DF:2;MF:2;FW:1.5"
# first position: xG per 90, xA per 90, passes per 90, completion %, yellow cards per 90
_EP_ROLES: dict[str, tuple[float, float, float, float, float]] = {
    "GK": (0.0, 0.005, 30.0, 62.0, 0.02),
    "DF": (0.045, 0.06, 55.0, 83.0, 0.15),
    "MF": (0.13, 0.13, 50.0, 82.0, 0.17),
    "FW": (0.36, 0.12, 24.0, 72.0, 0.08),
}
_EP_COLUMNS = _split(
    "Name;Club;Nationality;Position;Age;Matches;Starts;Mins;Goals;Assists;Passes_Attempted;Perc_Passes_Completed;"
    "Penalty_Goals;Penalty_Attempted;xG;xA;Yellow_Cards;Red_Cards"
)


def _ep_name(nation: str) -> Callable[[np.random.Generator], str]:
    def make(rng: np.random.Generator) -> str:
        _w, firsts, lasts = _EP_NATIONS[nation]
        return f"{_one(rng, _split(firsts))} {_one(rng, _split(lasts))}"

    return make


def _ep_squad(rng: np.random.Generator, club: str, used: set[str]) -> list[dict[str, Any]]:
    size, attack, passing = _EP_CLUBS[club]
    positions = ["GK"] * 3 + ["DF"] * 8 + ["MF"] * 6 + ["FW"] * 3
    positions += [_draw(rng, _EP_SLOTS) for _ in range(size - len(positions))]
    nations = list(_EP_NATIONS)
    pull = rng.gamma(1.3, 1.0, size) * np.array([0.0 if p == "GK" else 1.0 for p in positions])
    starts = np.minimum(38, np.round(380 * pull / pull.sum())).astype(int)
    keeper = int(rng.integers(33, 39))
    starts[:3] = [keeper, 38 - keeper, 0]
    rows: list[dict[str, Any]] = []
    for i, position in enumerate(positions):
        role = position.split(",")[0]
        subs = 0 if role == "GK" else min(38 - int(starts[i]), int(rng.poisson(6 * (1 - starts[i] / 38))))
        if starts[i] + subs == 0:
            subs = 1
        mins = int(starts[i] * rng.uniform(76, 90) + subs * rng.uniform(8, 30))
        xg90, xa90, passes90, completion, cards90 = _EP_ROLES[role]
        xg = min(0.7, 0.85 * xg90 * attack * float(rng.lognormal(0, 0.3)))
        xa = xa90 * attack * float(rng.lognormal(0, 0.35))
        nation = str(_one(rng, nations, [v[0] for v in _EP_NATIONS.values()]))
        rows.append(
            {
                "Name": _unique(rng, _ep_name(nation), used),
                "Club": club,
                "Nationality": nation,
                "Position": position,
                "Age": int(np.clip(round(rng.normal(27.5 if role == "GK" else 25.5, 4.0)), 17, 38)),
                "Matches": int(starts[i] + subs),
                "Starts": int(starts[i]),
                "Mins": mins,
                "Goals": int(rng.poisson(xg * mins / 90 * float(rng.lognormal(0, 0.2)))),
                "Assists": int(rng.poisson(xa * mins / 90)),
                "Passes_Attempted": max(1, round(mins / 90 * passes90 * float(rng.lognormal(0, 0.2)))),
                "Perc_Passes_Completed": round(float(np.clip(completion + passing + rng.normal(0, 4), 40, 96)), 1),
                "Penalty_Goals": 0,
                "Penalty_Attempted": 0,
                "xG": round(xg, 2),
                "xA": round(xa, 2),
                "Yellow_Cards": int(rng.poisson(cards90 * mins / 90)),
                "Red_Cards": int(rng.random() < 0.08 * mins / 2500),
            }
        )
    takers = sorted(range(size), key=lambda k: -rows[k]["xG"] * rows[k]["Mins"])
    for k, chances in ((takers[0], float(rng.uniform(3, 7))), (takers[1], 0.6)):
        attempts = int(rng.poisson(chances))
        scored = int(rng.binomial(attempts, 0.8))
        rows[k] |= {"Penalty_Attempted": attempts, "Penalty_Goals": scored, "Goals": rows[k]["Goals"] + scored}
    return sorted(rows, key=lambda r: -r["Mins"])


def _epl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7803)
    used: set[str] = set()
    rows = [r for club in _EP_CLUBS for r in _ep_squad(rng, club, used)]
    frame = pd.DataFrame(rows)
    best = frame["Goals"].nlargest(2)
    if best.iloc[0] == best.iloc[1]:
        frame.loc[best.index[0], "Goals"] += 1
    return frame[_EP_COLUMNS]


def _ep_top_scorer(d: pd.DataFrame) -> str:
    return str(d.loc[d["Goals"].idxmax(), "Name"])


def _ep_surname(name: str) -> list[str]:
    return [name.split(" ", 1)[1]] if " " in name else []


def _ep_ages(primary: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def means(d: pd.DataFrame) -> pd.Series:
        position = _text(d["Position"])
        return d["Age"].groupby(position.str.split(",").str[0] if primary else position).mean()

    return means


_EP_ID = ("Name", "Club")
_EPL_QS = [
    Q(
        "who scored the most goals?",
        _lead(_any_named(lambda d: [_ep_top_scorer(d)], _ep_surname)),
        (*_EP_ID, "Goals"),
    ),
    Q(
        "how many assists did he have",
        _count(lambda d: float(d.loc[d["Goals"].idxmax(), "Assists"])),
        (*_EP_ID, "Goals", "Assists"),
    ),
    Q(
        "top 5 clubs by total goals scored by their players",
        _top_named(lambda d: _ranked(d.groupby(_text(d["Club"]))["Goals"].sum()), 5),
        (*_EP_ID, "Goals"),
    ),
    Q(
        "is xG actually related to goals?",
        either(
            _corr(lambda d: d["xG"], lambda d: d["Goals"]),
            _corr(lambda d: d["xG"] * d["Mins"] / 90, lambda d: d["Goals"]),
            _corr(lambda d: d["xG"], lambda d: d["Goals"] / d["Mins"] * 90),
        ),
        (*_EP_ID, "xG", "Goals", "Mins"),
    ),
    Q(
        "average age by position",
        either(_about(_ep_ages(False), rel=0.003), _about(_ep_ages(True), rel=0.003)),
        (*_EP_ID, "Age", "Position"),
    ),
    Q(
        "what % of penalties taken were scored?",
        _share(lambda d: float(d["Penalty_Goals"].sum() / d["Penalty_Attempted"].sum())),
        (*_EP_ID, "Penalty_Goals", "Penalty_Attempted"),
    ),
]


# --- 4. School finances and scores by state (Kaggle "U.S. Education Datasets: Unification Project", states_all.csv)

# STATE|enrolment 2015 (thousands)|spending per pupil 2015 ($ thousands)|federal share|state share|NAEP grade 8
# math 2015|NAEP grade 4 reading 2019|enrolment growth per year (%)
_ED_STATES = _fields(
    "ALABAMA|744|10.5|.11|.55|267|212|0.0;ALASKA|132|18.9|.13|.64|280|204|0.3;ARIZONA|1110|8.6|.13|.40|283|216|1.2;"
    "ARKANSAS|492|11.0|.12|.51|275|215|0.4;CALIFORNIA|6305|12.0|.09|.56|275|216|0.4;COLORADO|889|10.6|.07|.44|286|225|1.3;"
    "CONNECTICUT|546|19.6|.05|.40|284|224|-0.2;DELAWARE|134|16.0|.08|.60|280|218|0.6;"
    "DISTRICT_OF_COLUMBIA|84|18.0|.10|0|263|214|-0.5;FLORIDA|2756|9.5|.11|.38|275|225|1.0;"
    "GEORGIA|1757|10.5|.10|.44|279|219|1.1;HAWAII|182|14.5|.10|.86|279|219|0.1;IDAHO|284|7.8|.10|.62|284|220|1.1;"
    "ILLINOIS|2050|15.5|.08|.27|282|219|0.1;INDIANA|1046|11.0|.08|.62|287|222|0.3;IOWA|508|12.0|.08|.53|286|221|0.2;"
    "KANSAS|496|11.8|.08|.63|284|221|0.4;KENTUCKY|688|11.0|.11|.54|278|221|0.2;LOUISIANA|718|12.0|.14|.44|268|210|0.0;"
    "MAINE|183|15.0|.08|.39|285|221|-0.8;MARYLAND|879|16.0|.07|.44|283|220|0.3;"
    "MASSACHUSETTS|955|17.5|.05|.40|297|231|0.0;MICHIGAN|1538|12.5|.09|.57|278|218|-0.8;"
    "MINNESOTA|857|14.0|.05|.66|294|222|0.2;MISSISSIPPI|487|9.3|.16|.49|271|219|-0.1;"
    "MISSOURI|918|11.5|.09|.32|281|220|0.0;MONTANA|145|12.5|.12|.46|287|223|-0.2;NEBRASKA|312|12.8|.09|.34|286|223|0.6;"
    "NEVADA|467|9.3|.09|.32|275|218|2.0;NEW_HAMPSHIRE|183|16.0|.06|.36|294|224|-0.9;"
    "NEW_JERSEY|1369|20.3|.04|.41|293|227|0.2;NEW_MEXICO|338|11.0|.14|.66|271|208|0.2;"
    "NEW_YORK|2711|23.5|.06|.40|280|220|-0.2;NORTH_CAROLINA|1543|9.6|.12|.62|281|221|1.1;"
    "NORTH_DAKOTA|107|15.0|.09|.54|288|220|-0.3;OHIO|1717|13.0|.08|.45|285|223|-0.3;"
    "OKLAHOMA|688|9.3|.13|.47|275|217|0.6;OREGON|576|12.3|.08|.52|283|218|0.3;"
    "PENNSYLVANIA|1717|17.0|.07|.37|284|221|-0.3;RHODE_ISLAND|142|16.5|.08|.39|281|220|-0.5;"
    "SOUTH_CAROLINA|763|11.5|.10|.47|276|216|0.8;SOUTH_DAKOTA|134|10.5|.15|.31|285|220|0.1;"
    "TENNESSEE|1001|9.6|.12|.45|278|219|0.7;TEXAS|5284|10.5|.11|.39|284|216|1.8;UTAH|648|7.6|.08|.53|286|224|1.6;"
    "VERMONT|88|21.5|.07|.89|290|224|-1.0;VIRGINIA|1283|12.6|.06|.40|288|224|0.8;"
    "WASHINGTON|1087|12.7|.08|.61|287|220|0.8;WEST_VIRGINIA|280|12.5|.12|.58|271|213|-0.4;"
    "WISCONSIN|871|13.0|.08|.45|289|220|0.0;WYOMING|94|18.2|.07|.57|287|225|0.5"
)
# spending per pupil as a share of 2015's, by year from 1992
_ED_SPEND = [0.45, 0.47, 0.49, 0.51, 0.53, 0.55, 0.58, 0.61, 0.64, 0.68, 0.72, 0.75, 0.78, 0.81, 0.85, 0.89]
_ED_SPEND += [0.93, 0.95, 0.95, 0.94, 0.94, 0.95, 0.97, 0.99, 1.0, 1.03]
# NAEP years and each subject's change from its reference year (math 8 from 2015, reading 4 from 2019)
_ED_MATH8 = {1992: -12.0, 1996: -9.0, 2000: -6.0, 2003: -4.0, 2005: -3.0, 2007: -1.0, 2009: 0.0, 2011: 1.0}
_ED_MATH8 |= {2013: 1.5, 2015: 0.0, 2017: 0.3, 2019: -1.0}
_ED_MATH4 = {1992: -20.0, 1996: -16.0, 2000: -11.0, 2003: -5.0, 2005: -2.0, 2007: 0.0, 2009: 0.3, 2011: 0.8}
_ED_MATH4 |= {2013: 1.8, 2015: 0.5, 2017: 0.5, 2019: 1.0}
_ED_READ4 = {1992: -3.0, 1994: -5.0, 1998: -3.0, 2002: 0.0, 2003: -1.0, 2005: -1.0, 2007: 0.0, 2009: 0.5}
_ED_READ4 |= {2011: 1.0, 2013: 2.0, 2015: 2.0, 2017: 2.0, 2019: 0.0}
_ED_READ8 = {1998: 1.0, 2002: 2.0, 2003: 1.0, 2005: 0.0, 2007: 0.5, 2009: 1.0, 2011: 2.0, 2013: 3.5, 2015: 2.5}
_ED_READ8 |= {2017: 3.0, 2019: 0.0}
_ED_MONEY = _split(
    "TOTAL_REVENUE;FEDERAL_REVENUE;STATE_REVENUE;LOCAL_REVENUE;TOTAL_EXPENDITURE;INSTRUCTION_EXPENDITURE;"
    "SUPPORT_SERVICES_EXPENDITURE;OTHER_EXPENDITURE;CAPITAL_OUTLAY_EXPENDITURE"
)
_ED_GRADES = _split("GRADES_PK_G;GRADES_KG_G;GRADES_4_G;GRADES_8_G;GRADES_12_G;GRADES_1_8_G;GRADES_9_12_G;GRADES_ALL_G")
_ED_SCORES = _split("AVG_MATH_4_SCORE;AVG_MATH_8_SCORE;AVG_READING_4_SCORE;AVG_READING_8_SCORE")


def _ed_scores(rng: np.random.Generator, year: int, math8: float, read4: float, early: bool) -> dict[str, Any]:
    """A state's NAEP averages for a year (blank when the subject was not tested, or the state sat it out)."""
    tables = ((_ED_MATH4, math8 - 41.0), (_ED_MATH8, math8), (_ED_READ4, read4), (_ED_READ8, read4 + 45.0))
    out: dict[str, Any] = {}
    for column, (table, level) in zip(_ED_SCORES, tables, strict=True):
        tested = year in table and not (early and year < 2003)
        out[column] = round(level + table[year] + float(rng.normal(0, 1.0)), 6) if tested else None
    return out


def _education_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7804)
    rows: list[dict[str, Any]] = []
    pupils_2015: list[float] = []
    for state, enroll15, spend15, fed, own, math8, read4, growth in _ED_STATES:
        pk = float(rng.uniform(0.01, 0.07))
        sits_out = rng.random() < 0.15
        for year in [*range(1992, 2017), 2017, 2019]:
            row: dict[str, Any] = {"PRIMARY_KEY": f"{year}_{state}", "STATE": state, "YEAR": year}
            if year <= 2016:
                enroll = 1000 * float(enroll15) * (1 + float(growth) / 100) ** (year - 2015) * rng.lognormal(0, 0.004)
                spend = float(spend15) * _ED_SPEND[year - 1992] * float(rng.lognormal(0, 0.012))
                spent = round(enroll * spend)
                raised = spent * float(rng.uniform(0.96, 1.04))
                fed_share = float(fed) * (1.45 if year in (2009, 2010, 2011) else 1.0) * float(rng.lognormal(0, 0.04))
                state_share = float(own) * float(rng.lognormal(0, 0.02))
                federal, from_state = round(raised * fed_share), round(raised * state_share)
                local = round(raised) - federal - from_state
                everyone = enroll * float(rng.uniform(0.985, 1.03))
                row |= {
                    "ENROLL": None if year == 1992 else float(round(enroll)),
                    "TOTAL_REVENUE": federal + from_state + local,
                    "FEDERAL_REVENUE": federal,
                    "STATE_REVENUE": from_state,
                    "LOCAL_REVENUE": local,
                    "TOTAL_EXPENDITURE": spent,
                    "INSTRUCTION_EXPENDITURE": round(spent * float(rng.uniform(0.5, 0.56))),
                    "SUPPORT_SERVICES_EXPENDITURE": round(spent * float(rng.uniform(0.28, 0.31))),
                    "OTHER_EXPENDITURE": round(spent * float(rng.uniform(0.03, 0.05))),
                    "CAPITAL_OUTLAY_EXPENDITURE": round(spent * float(rng.uniform(0.06, 0.12))),
                    "GRADES_PK_G": None if year < 1994 and rng.random() < 0.5 else float(round(everyone * pk)),
                    "GRADES_KG_G": float(round(everyone * 0.075)),
                    "GRADES_4_G": float(round(everyone * 0.074)),
                    "GRADES_8_G": float(round(everyone * 0.073)),
                    "GRADES_12_G": float(round(everyone * 0.066)),
                    "GRADES_1_8_G": float(round(everyone * 0.59)),
                    "GRADES_9_12_G": float(round(everyone * 0.29)),
                    "GRADES_ALL_G": float(round(everyone)),
                }
            row |= _ed_scores(rng, year, float(math8), float(read4), sits_out)
            rows.append(row)
            if year == 2015:
                pupils_2015.append(enroll)
    weights = np.array(pupils_2015) / sum(pupils_2015)
    m8 = float(np.dot(weights, [float(s[5]) for s in _ED_STATES]))
    r4 = float(np.dot(weights, [float(s[6]) for s in _ED_STATES]))
    years = sorted({*_ED_MATH4, *_ED_MATH8, *_ED_READ4, *_ED_READ8})
    for extra, extra_m8, extra_r4 in (("DODEA", 291.0, 235.0), ("NATIONAL", m8 - 1.0, r4 - 1.0)):
        for year in years:
            if extra == "DODEA" and year < 1998:
                continue
            scores = _ed_scores(rng, year, extra_m8, extra_r4, False)
            rows.append({"PRIMARY_KEY": f"{year}_{extra}", "STATE": extra, "YEAR": year, **scores})
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["YEAR", "STATE"], kind="stable", ignore_index=True)
    columns = ["PRIMARY_KEY", "STATE", "YEAR", "ENROLL", *_ED_MONEY, *_ED_GRADES, *_ED_SCORES]
    return frame[columns]


def _ed_states(d: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    """The states (and DC), without the DODEA and NATIONAL rows, in one year or all."""
    d = d[~_text(d["STATE"]).isin(["DODEA", "NATIONAL"])]
    return d if year is None else d[d["YEAR"] == year]


def _ed_per_pupil(pupils: str) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        y = _ed_states(d, 2015)
        return _ranked(pd.Series((y["TOTAL_EXPENDITURE"] / y[pupils]).to_numpy(), index=_text(y["STATE"])))

    return ranking


def _ed_spend_vs_math(pupils: str) -> Check:
    def per_pupil(d: pd.DataFrame) -> pd.Series:
        y = _ed_states(d, 2015)
        return y["TOTAL_EXPENDITURE"] / y[pupils]

    return _corr(per_pupil, lambda d: _ed_states(d, 2015)["AVG_MATH_8_SCORE"])


def _ed_federal(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        y = _ed_states(d, 2016)
        if pooled:
            return float(y["FEDERAL_REVENUE"].sum() / y["TOTAL_REVENUE"].sum())
        return float((y["FEDERAL_REVENUE"] / y["TOTAL_REVENUE"]).mean())

    return share


def _ed_math_trend(rows: str) -> Callable[[pd.DataFrame], pd.Series]:
    def means(d: pd.DataFrame) -> pd.Series:
        if rows == "national":
            d = d[_text(d["STATE"]) == "NATIONAL"]
        elif rows == "states":
            d = _ed_states(d)
        return d.groupby("YEAR")["AVG_MATH_8_SCORE"].mean().dropna()

    return means


def _ed_readers(states_only: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        y = _ed_states(d, 2019) if states_only else d[d["YEAR"] == 2019]
        return float((y["AVG_READING_4_SCORE"] > 220).sum())

    return count


_ED_ID = ("PRIMARY_KEY", "STATE", "YEAR")
_ED_PUPILS = ("ENROLL", "GRADES_ALL_G")
_EDUCATION_QS = [
    Q(
        "which state spent the most on education in 2015",
        _lead(_named(lambda d: _top(_ed_states(d, 2015).set_index("STATE")["TOTAL_EXPENDITURE"]))),
        (*_ED_ID, "TOTAL_EXPENDITURE"),
    ),
    Q(
        "what about per student? top 5 states that year",
        either(*(_top_named(_ed_per_pupil(p), 5) for p in _ED_PUPILS)),
        (*_ED_ID, "TOTAL_EXPENDITURE", *_ED_PUPILS),
    ),
    Q(
        "is spending per student related to the 8th grade math scores that year?",
        either(*(_ed_spend_vs_math(p) for p in _ED_PUPILS)),
        (*_ED_ID, "TOTAL_EXPENDITURE", *_ED_PUPILS, "AVG_MATH_8_SCORE"),
    ),
    Q(
        "what share of school revenue came from the federal government in 2016?",
        either(_share(_ed_federal(True)), _share(_ed_federal(False))),
        (*_ED_ID, "FEDERAL_REVENUE", "TOTAL_REVENUE"),
    ),
    Q(
        "plot the average 8th grade math score over the years",
        either(*(_about(_ed_math_trend(r), rel=0.002) for r in ("states", "all", "national"))),
        (*_ED_ID, "AVG_MATH_8_SCORE"),
    ),
    Q(
        "how many states had an avg 4th grade reading score above 220 in 2019?",
        either(_count(_ed_readers(True)), _count(_ed_readers(False))),
        (*_ED_ID, "AVG_READING_4_SCORE"),
    ),
]


# --- 5. Beer production by state (TidyTuesday 2020-03-31, beer_states.csv from the TTB) -----------------------------

# state|name|barrels in 2008 (thousands)|growth per year (%)|craft (0-1: share of kegs and brewpubs)
_BR_STATES = _fields(
    "AK|Alaska|150|2|0.5;AL|Alabama|60|9|0.6;AR|Arkansas|25|9|0.6;AZ|Arizona|500|3|0.5;CA|California|24000|-0.5|0.15;"
    "CO|Colorado|22000|-2.5|0.12;CT|Connecticut|45|8|0.6;DC|District of Columbia|3|25|0.8;DE|Delaware|260|3|0.4;"
    "FL|Florida|10500|-1|0.05;GA|Georgia|8500|-1|0.03;HI|Hawaii|110|3|0.4;IA|Iowa|60|6|0.6;ID|Idaho|40|7|0.6;"
    "IL|Illinois|900|4|0.4;IN|Indiana|400|7|0.5;KS|Kansas|50|4|0.6;KY|Kentucky|60|6|0.6;LA|Louisiana|230|3|0.3;"
    "MA|Massachusetts|2000|2|0.3;MD|Maryland|250|3|0.5;ME|Maine|280|6|0.5;MI|Michigan|1000|6|0.35;"
    "MN|Minnesota|1200|3|0.3;MO|Missouri|13000|-1.5|0.04;MS|Mississippi|4|18|0.6;MT|Montana|100|5|0.6;"
    "NC|North Carolina|6500|2.5|0.08;ND|North Dakota|6|12|0.7;NE|Nebraska|50|5|0.6;NH|New Hampshire|3200|0|0.04;"
    "NJ|New Jersey|6000|-1|0.04;NM|New Mexico|60|6|0.6;NV|Nevada|40|6|0.6;NY|New York|8500|1|0.1;"
    "OH|Ohio|11500|-0.5|0.08;OK|Oklahoma|30|8|0.6;OR|Oregon|1600|4|0.45;PA|Pennsylvania|12500|0.5|0.08;"
    "RI|Rhode Island|20|8|0.6;SC|South Carolina|30|10|0.6;SD|South Dakota|8|8|0.7;TN|Tennessee|300|3|0.3;"
    "TX|Texas|19000|0.5|0.06;UT|Utah|110|3|0.5;VA|Virginia|9000|-0.5|0.05;VT|Vermont|280|5|0.5;"
    "WA|Washington|1300|3|0.4;WI|Wisconsin|9500|-1|0.08;WV|West Virginia|8|6|0.7;WY|Wyoming|25|5|0.6"
)
_BR_TYPES = ("On Premises", "Bottles and Cans", "Kegs and Barrels")
_BR_NAMES = {row[0]: (row[1],) for row in _BR_STATES}


def _beer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7805)
    rows: list[dict[str, Any]] = []
    national: dict[tuple[int, str], float] = {}
    for abbr, _name, base, growth, craft in _BR_STATES:
        level = float(base) * 1000 * float(rng.lognormal(0, 0.05))
        small = float(base) < 300
        for year in range(2008, 2020):
            level *= (1 + float(growth) / 100) * float(rng.lognormal(0, 0.03))
            premises = (0.005 + 0.12 * float(craft)) * 1.06 ** (year - 2008)
            kegs = 0.08 + 0.15 * float(craft)
            shares = {"On Premises": premises, "Kegs and Barrels": kegs, "Bottles and Cans": 1 - premises - kegs}
            for kind in _BR_TYPES:
                barrels = float(round(level * shares[kind] * float(rng.lognormal(0, 0.04))))
                if abbr == "MS" and kind == "On Premises" and year < 2013:
                    barrels = 0.0
                national[(year, kind)] = national.get((year, kind), 0.0) + barrels
                shown: float | None = barrels
                if small and rng.random() < 0.06:
                    shown = None
                rows.append({"state": abbr, "year": year, "barrels": shown, "type": kind})
    for (year, kind), barrels in national.items():
        rows.append({"state": "total", "year": year, "barrels": barrels, "type": kind})
    frame = pd.DataFrame(rows)
    order = {k: i for i, k in enumerate(_BR_TYPES)}
    frame = frame.assign(_t=frame["type"].map(order), _total=frame["state"] == "total")
    frame = frame.sort_values(["_t", "year", "_total", "state"], kind="stable", ignore_index=True)
    return frame.drop(columns=["_t", "_total"])


def _br_states(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["state"]) != "total"]


def _br_by_state(d: pd.DataFrame, year: int) -> pd.Series:
    s = _br_states(d)
    s = s[s["year"] == year]
    return s.groupby(_text(s["state"]))["barrels"].sum()


def _br_national(d: pd.DataFrame, year: int, from_total: bool, kind: str | None = None) -> float:
    """US production in a year (of one type or all): the "total" rows, or the states added up."""
    s = d[_text(d["state"]) == "total"] if from_total else _br_states(d)
    s = s[s["year"] == year]
    if kind is not None:
        s = s[_text(s["type"]) == kind]
    return float(s["barrels"].sum())


def _br_change(from_total: bool) -> Check:
    return both(
        _scaled(lambda d: [_br_national(d, y, from_total) for y in (2008, 2019)], (1e3, 1e6)),
        _pct(lambda d: _br_national(d, 2019, from_total) / _br_national(d, 2008, from_total) - 1),
    )


def _br_kegs(from_total: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: _br_national(d, 2019, from_total, "Kegs and Barrels") / _br_national(d, 2019, from_total)


def _br_big(d: pd.DataFrame) -> list[str]:
    totals = _br_by_state(d, 2019)
    return [str(x) for x in totals[totals > 1_000_000].index]


def _br_growth(relative: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        big = _br_big(d)
        now, then = _br_by_state(d, 2019)[big], _br_by_state(d, 2008)[big]
        return _top(now / then if relative else now - then)

    return top


def _br_top_cans(d: pd.DataFrame) -> list[str]:
    s = _br_states(d)
    s = s[_text(s["type"]) == "Bottles and Cans"]
    return [str(x) for x in _ranked(s.groupby(_text(s["state"]))["barrels"].sum()).index[:5]]


_BR_ID = ("state", "year", "type")
_BEER_QS = [
    Q(
        "which state produced the most beer in 2019?",
        _lead(_named(lambda d: _top(_br_by_state(d, 2019)), _BR_NAMES)),
        (*_BR_ID, "barrels"),
    ),
    Q(
        "top 5 states for bottles and cans, all years combined",
        _all_named(_br_top_cans, _BR_NAMES),
        (*_BR_ID, "barrels"),
    ),
    Q(
        "total US beer production in 2008 vs 2019, whats the % change?",
        either(_br_change(True), _br_change(False)),
        (*_BR_ID, "barrels"),
    ),
    Q(
        "what share of 2019 production was kegs and barrels",
        either(_share(_br_kegs(True)), _share(_br_kegs(False))),
        (*_BR_ID, "barrels"),
    ),
    Q(
        "how many states made more than 1 million barrels in 2019?",
        _count(lambda d: float(len(_br_big(d)))),
        (*_BR_ID, "barrels"),
    ),
    Q(
        "which of those grew the most since 2008",
        _lead(either(_named(_br_growth(False), _BR_NAMES), _named(_br_growth(True), _BR_NAMES))),
        (*_BR_ID, "barrels"),
    ),
]


# --- 6. Wildlife strikes (FAA National Wildlife Strike Database extract, 2010-2019) --------------------------------

# AIRPORT_ID|AIRPORT|STATE|short name|share of strikes (%)
_WS_AIRPORTS = _fields(
    "KDEN|DENVER INTL AIRPORT|CO|Denver|8;ZZZZ|UNKNOWN||Unknown|6;KDFW|DALLAS/FORT WORTH INTL ARPT|TX|Dallas|5.5;"
    "KJFK|JOHN F KENNEDY INTL|NY|JFK|4.2;KORD|CHICAGO O'HARE INTL ARPT|IL|O'Hare|3.8;"
    "KSMF|SACRAMENTO INTL|CA|Sacramento|3.6;"
    "KMEM|MEMPHIS INTL|TN|Memphis|3.5;KMCI|KANSAS CITY INTL|MO|Kansas City|3.4;KAUS|AUSTIN-BERGSTROM INTL|TX|Austin|3;"
    "KSLC|SALT LAKE CITY INTL|UT|Salt Lake City|2.8;KLGA|LA GUARDIA ARPT|NY|LaGuardia|2.6;"
    "KATL|HARTSFIELD - JACKSON ATLANTA INTL ARPT|GA|Atlanta|2.4;KPHL|PHILADELPHIA INTL|PA|Philadelphia|2.4;"
    "KCLT|CHARLOTTE/DOUGLAS INTL ARPT|NC|Charlotte|2.3;KIAH|GEORGE BUSH INTERCONTINENTAL/ HOUSTON ARPT|TX|Houston|2.2;"
    "KBOS|GENERAL EDWARD LAWRENCE LOGAN INTL ARPT|MA|Logan|2;"
    "KMSP|MINNEAPOLIS-ST PAUL INTL/WOLD-CHAMBERLAIN ARPT|MN|Minneapolis|2;KSTL|LAMBERT-ST LOUIS INTL|MO|St. Louis|1.8;"
    "KTPA|TAMPA INTL|FL|Tampa|1.8;KMCO|ORLANDO INTL|FL|Orlando|1.7;KSDF|LOUISVILLE INTL ARPT|KY|Louisville|1.6;"
    "KEWR|NEWARK LIBERTY INTL ARPT|NJ|Newark|1.5;KSAT|SAN ANTONIO INTL|TX|San Antonio|1.5;"
    "KBNA|NASHVILLE INTL|TN|Nashville|1.4;KPDX|PORTLAND INTL|OR|Portland|1.3;"
    "KCVG|CINCINNATI/NORTHERN KENTUCKY INTL ARPT|KY|Cincinnati|1.3;KIND|INDIANAPOLIS INTL|IN|Indianapolis|1.2;"
    "KOMA|EPPLEY AIRFIELD|NE|Omaha|1.1;KSEA|SEATTLE-TACOMA INTL|WA|Seattle|1.1;KLAX|LOS ANGELES INTL|CA|LAX|1;"
    "KBWI|BALTIMORE WASH INTL THURGOOD MARSHALL|MD|Baltimore|1;KDSM|DES MOINES INTL|IA|Des Moines|0.9;"
    "KPHX|PHOENIX SKY HARBOR INTL ARPT|AZ|Phoenix|0.9;KMKE|GENERAL MITCHELL INTL|WI|Milwaukee|0.8;"
    "KCHS|CHARLESTON AFB/INTL|SC|Charleston|0.8"
)
# operator: share (%), aircraft
_WS_OPERATORS: dict[str, tuple[float, str]] = {
    "SOUTHWEST AIRLINES": (14, "B-737-700:60;B-737-800:35;B-737 MAX 8:5"),
    "AMERICAN AIRLINES": (12, "B-737-800:35;A-321:30;A-319:15;B-787-8:5;EMB-175:10;B-777-200:5"),
    "UNITED AIRLINES": (11, "B-737-900:25;B-737-800:25;A-320:20;B-757-200:15;B-777-200:10;B-787-9:5"),
    "DELTA AIR LINES": (11, "A-321:25;B-737-900:20;B-757-200:20;A-320:15;MD-88:15;B-767-300:5"),
    "UNKNOWN": (10, "UNKNOWN:100"),
    "BUSINESS": (8, "C-560XL:25;LEARJET-45:20;C-172:20;BE-200:20;HAWKER 800:15"),
    "SKYWEST AIRLINES": (6, "CRJ900:45;CRJ200:30;EMB-175:25"),
    "FEDEX EXPRESS": (5, "B-757-200:30;MD-11:30;B-767-300:25;ATR-72:15"),
    "UPS AIRLINES": (4, "B-757-200:40;B-767-300:40;MD-11:20"),
    "JETBLUE AIRWAYS": (3, "A-320:70;EMB-190:30"),
    "REPUBLIC AIRLINES": (3, "EMB-175:80;EMB-170:20"),
    "ENVOY AIR": (3, "EMB-145:60;EMB-175:40"),
    "ALASKA AIRLINES": (2, "B-737-900:60;B-737-800:40"),
    "SPIRIT AIRLINES": (2, "A-320:50;A-321:30;A-319:20"),
    "MILITARY": (2, "C-130:50;KC-135:30;UH-60:20"),
    "PRIVATELY OWNED": (1.5, "C-172:50;PA-28:40;R44:10"),
    "GOVERNMENT": (0.5, "BE-200:60;BELL-407:40"),
}
_WS_HELICOPTERS = ("UH-60", "R44", "BELL-407")
# phase: share (%), median height (feet, 0 on the ground), spread, speed (knots, low-high)
_WS_PHASES: dict[str, tuple[float, float, float, tuple[int, int]]] = {
    "Approach": (38, 300.0, 1.2, (110, 160)),
    "Landing Roll": (17, 0.0, 0.0, (60, 130)),
    "Take-off Run": (14, 0.0, 0.0, (80, 150)),
    "Climb": (13, 500.0, 1.1, (140, 220)),
    "Descent": (2, 4000.0, 0.6, (200, 260)),
    "En Route": (2, 6000.0, 0.6, (220, 300)),
    "Departure": (1.5, 400.0, 1.0, (140, 200)),
    "Arrival": (1.5, 300.0, 1.0, (120, 170)),
    "Taxi": (1, 0.0, 0.0, (5, 20)),
    "Parked": (0.5, 0.0, 0.0, (0, 0)),
    "Local": (0.3, 800.0, 0.8, (90, 140)),
    "Unknown": (2, 0.0, 0.0, (0, 0)),
    "": (7.2, 0.0, 0.0, (0, 0)),
}
# species: share (%), size (chance the strike damages the aircraft)
_WS_SPECIES = _table(
    "Unknown bird - small:22;Unknown bird - medium:15;Unknown bird:4;Unknown bird - large:2;Mourning dove:7;"
    "Barn swallow:4.5;Horned lark:4;Killdeer:4;European starling:3.5;American kestrel:3.5;Rock pigeon:2.5;Gulls:2.5;"
    "Cliff swallow:2;Eastern meadowlark:2;Red-tailed hawk:2;Canada goose:1.5;Western meadowlark:1.5;Sparrows:1.5;"
    "Chimney swift:1.2;Tree swallow:1;Mallard:0.8;Savannah sparrow:0.8;Barn owl:0.6;Hoary bat:0.6;"
    "Ring-billed gull:0.6;Laughing gull:0.4;Cattle egret:0.4;Turkey vulture:0.4;Herring gull:0.3;Snow goose:0.3;"
    "Bald eagle:0.3;White-tailed deer:0.2;Coyote:0.2"
)
_WS_HARM = {"Unknown bird - medium": 0.08, "Unknown bird - large": 0.3, "Unknown bird": 0.04, "Rock pigeon": 0.07}
_WS_HARM |= {"Red-tailed hawk": 0.12, "Canada goose": 0.4, "Mallard": 0.15, "Turkey vulture": 0.35, "Gulls": 0.08}
_WS_HARM |= {"Snow goose": 0.4, "Bald eagle": 0.4, "White-tailed deer": 0.6, "Coyote": 0.1, "Herring gull": 0.12}
_WS_YEARS = "2010:6.5;2011:7;2012:7.6;2013:8.2;2014:9;2015:9.6;2016:10.6;2017:11.5;2018:12.4;2019:14"
_WS_MONTHS = "1:3;2:3;3:5;4:8;5:10;6:8;7:13;8:15;9:13;10:11;11:6;12:4"
_WS_COLUMNS = _split(
    "INDEX_NR;INCIDENT_DATE;INCIDENT_MONTH;INCIDENT_YEAR;TIME_OF_DAY;AIRPORT_ID;AIRPORT;STATE;OPERATOR;AIRCRAFT;"
    "AC_CLASS;PHASE_OF_FLIGHT;HEIGHT;SPEED;DAMAGE_LEVEL;INDICATED_DAMAGE;SPECIES;NUM_STRUCK;COST_REPAIRS;SKY;"
    "PRECIPITATION;NR_INJURIES;NR_FATALITIES"
)


def _ws_height(rng: np.random.Generator, phase: str) -> float | None:
    _w, median, spread, _speed = _WS_PHASES[phase]
    if rng.random() < 0.25:
        return None
    if median == 0:
        return 0.0
    feet = median * float(rng.lognormal(0, spread))
    step = 5 if feet < 100 else 50 if feet < 1000 else 100
    return float(step * round(feet / step))


def _wildlife_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7806)
    operators = list(_WS_OPERATORS)
    phases = list(_WS_PHASES)
    species, species_w = _WS_SPECIES
    places = [a[:3] for a in _WS_AIRPORTS]
    place_w = [float(a[4]) for a in _WS_AIRPORTS]
    rows: list[dict[str, Any]] = []
    for _ in range(4600):
        airport_id, airport, state = _one(rng, places, place_w)
        operator = str(_one(rng, operators, [v[0] for v in _WS_OPERATORS.values()]))
        if airport_id == "KMEM" and rng.random() < 0.5:
            operator = "FEDEX EXPRESS"
        if airport_id == "KSDF" and rng.random() < 0.5:
            operator = "UPS AIRLINES"
        aircraft = _draw(rng, _WS_OPERATORS[operator][1])
        year, month = int(_draw(rng, _WS_YEARS)), int(_draw(rng, _WS_MONTHS))
        day = pd.Timestamp(year, month, int(rng.integers(1, pd.Timestamp(year, month, 1).days_in_month + 1)))
        phase = str(_one(rng, phases, [v[0] for v in _WS_PHASES.values()]))
        low, high = _WS_PHASES[phase][3]
        kind = str(_one(rng, species, species_w))
        hit = rng.random() < _WS_HARM.get(kind, 0.025)
        level = _draw(rng, "M:55;M?:25;S:18;D:2") if hit else ("N" if rng.random() > 0.05 else "")
        cost = float(round(float(rng.lognormal(9.5, 1.6)), -2)) if hit and rng.random() < 0.25 else None
        rows.append(
            {
                "INCIDENT_DATE": f"{day:%Y-%m-%d}",
                "INCIDENT_MONTH": month,
                "INCIDENT_YEAR": year,
                "TIME_OF_DAY": _draw(rng, "Day:36;Night:17;Dusk:3.5;Dawn:3.5;:40") or None,
                "AIRPORT_ID": airport_id,
                "AIRPORT": airport,
                "STATE": state or None,
                "OPERATOR": operator,
                "AIRCRAFT": aircraft,
                "AC_CLASS": "B" if aircraft in _WS_HELICOPTERS else "A",
                "PHASE_OF_FLIGHT": phase or None,
                "HEIGHT": _ws_height(rng, phase) if phase else None,
                "SPEED": float(rng.integers(low, high + 1)) if high and rng.random() < 0.4 else None,
                "DAMAGE_LEVEL": level or None,
                "INDICATED_DAMAGE": hit,
                "SPECIES": kind,
                "NUM_STRUCK": _draw(rng, "1:80;2-10:12;11-100:2;Over 100:0.1;:5.9") or None,
                "COST_REPAIRS": cost,
                "SKY": _draw(rng, "No Cloud:40;Some Cloud:27;Overcast:18;:15") or None,
                "PRECIPITATION": _draw(rng, "None:72;Rain:6;Fog:4;Snow:1;Fog, Rain:1;:16") or None,
                "NR_INJURIES": (1.0 if hit and rng.random() < 0.01 else 0.0) if rng.random() < 0.2 else None,
                "NR_FATALITIES": 0.0 if rng.random() < 0.15 else None,
            }
        )
    frame = pd.DataFrame(rows).sort_values("INCIDENT_DATE", kind="stable", ignore_index=True)
    numbers = np.sort(rng.choice(np.arange(300_000, 1_200_000), len(frame), replace=False))
    late = rng.random(len(frame)) < 0.05
    numbers[late] = rng.choice(np.arange(1_200_000, 1_300_000), int(late.sum()), replace=False)
    frame.insert(0, "INDEX_NR", numbers)
    return frame.sort_values("INDEX_NR", ignore_index=True)[_WS_COLUMNS]


def _ws_damaged(d: pd.DataFrame) -> pd.Series:
    return _text(d["INDICATED_DAMAGE"]).str.lower() == "true"


def _ws_damage_share(levels: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        if not levels:
            return float(_ws_damaged(d).mean())
        level = _text(d["DAMAGE_LEVEL"])
        known = level[level != ""]
        return float(known.isin(["M", "M?", "S", "D"]).mean())

    return share


def _ws_top_species(d: pd.DataFrame) -> str:
    kinds = _text(d["SPECIES"])
    return _top(kinds[~kinds.str.lower().str.startswith("unknown")].value_counts())


def _ws_heights(d: pd.DataFrame) -> list[float]:
    phase = _text(d["PHASE_OF_FLIGHT"])
    return [float(d.loc[phase == p, "HEIGHT"].mean()) for p in ("Approach", "Climb")]


_WS_ALIASES = {row[1]: (row[0], row[3]) for row in _WS_AIRPORTS}
_WS_ID = ("INDEX_NR",)
_WILDLIFE_QS = [
    Q(
        "which airport had the most wildlife strikes",
        _lead(_named(lambda d: _top(_text(d["AIRPORT"]).value_counts()), _WS_ALIASES)),
        (*_WS_ID, "AIRPORT", "AIRPORT_ID"),
    ),
    Q(
        "what % of strikes caused damage?",
        either(_share(_ws_damage_share(False)), _share(_ws_damage_share(True))),
        (*_WS_ID, "INDICATED_DAMAGE", "DAMAGE_LEVEL"),
    ),
    Q(
        "plot strikes per year, which year had the most?",
        _lead(_year(lambda d: float(_top(d["INCIDENT_YEAR"].astype(str).value_counts())))),
        (*_WS_ID, "INCIDENT_YEAR", "INCIDENT_DATE"),
    ),
    Q(
        "most commonly hit species, not counting the unknown birds",
        _lead(_named(_ws_top_species)),
        (*_WS_ID, "SPECIES"),
    ),
    Q(
        "how many of those strikes caused damage",
        _count(lambda d: float((_ws_damaged(d) & (_text(d["SPECIES"]) == _ws_top_species(d))).sum())),
        (*_WS_ID, "SPECIES", "INDICATED_DAMAGE", "DAMAGE_LEVEL"),
    ),
    Q(
        "avg height of strikes during approach vs climb?",
        _about(_ws_heights, rel=0.01),
        (*_WS_ID, "PHASE_OF_FLIGHT", "HEIGHT"),
    ),
]


# --- 7. Barstool pizza reviews (TidyTuesday 2019-10-01, pizza_barstool.csv) ----------------------------------------

# city: places, zip codes (low-high), latitude, longitude, Dave's score above the average
_PZ_CITIES: dict[str, tuple[int, tuple[int, int], float, float, float]] = {
    "New York": (302, (10001, 10040), 40.7380, -73.9950, 0.1),
    "Brooklyn": (22, (11201, 11238), 40.6880, -73.9700, 0.6),
    "Boston": (21, (2108, 2135), 42.3550, -71.0600, -0.2),
    "Las Vegas": (12, (89101, 89169), 36.1300, -115.1700, -0.5),
    "Atlanta": (8, (30303, 30339), 33.7700, -84.3800, -0.4),
    "Chicago": (8, (60601, 60657), 41.8900, -87.6300, -0.1),
    "Miami": (7, (33125, 33139), 25.7800, -80.2000, -0.6),
    "Nantucket": (6, (2554, 2554), 41.2800, -70.1000, 0.9),
    "Columbus": (6, (43201, 43215), 39.9700, -83.0000, -0.3),
    "Minneapolis": (6, (55401, 55414), 44.9800, -93.2700, -0.4),
    "Hoboken": (5, (7030, 7030), 40.7440, -74.0300, 0.2),
    "Staten Island": (5, (10301, 10314), 40.5900, -74.1100, 0.5),
    "Philadelphia": (5, (19102, 19147), 39.9500, -75.1600, 0.0),
    "Bronx": (4, (10451, 10467), 40.8500, -73.8700, 0.3),
    "New Haven": (4, (6510, 6511), 41.3050, -72.9200, 1.0),
    "Saratoga Springs": (4, (12866, 12866), 43.0800, -73.7850, -0.2),
    "Newport": (4, (2840, 2840), 41.4900, -71.3100, -0.3),
    "Providence": (3, (2903, 2909), 41.8200, -71.4100, 0.1),
    "Louisville": (3, (40202, 40206), 38.2500, -85.7600, -0.6),
    "Youngstown": (3, (44502, 44512), 41.1000, -80.6500, 0.2),
    "Jersey City": (3, (7302, 7310), 40.7200, -74.0450, 0.0),
    "Cambridge": (3, (2138, 2141), 42.3700, -71.1100, -0.1),
    "Nashville": (2, (37203, 37212), 36.1600, -86.7800, -0.4),
    "Pittsburgh": (2, (15213, 15222), 40.4400, -79.9900, -0.2),
    "Detroit": (2, (48201, 48226), 42.3400, -83.0500, 0.3),
    "Stamford": (2, (6901, 6902), 41.0500, -73.5400, 0.0),
    "Greenwich": (2, (6830, 6830), 41.0260, -73.6280, -0.1),
    "Yonkers": (2, (10701, 10705), 40.9300, -73.8900, 0.1),
    "Lexington": (2, (40502, 40508), 38.0400, -84.5000, -0.5),
    "Oklahoma City": (1, (73102, 73102), 35.4700, -97.5200, -0.8),
    "Dallas": (1, (75201, 75201), 32.7800, -96.8000, -0.7),
    "Orlando": (1, (32801, 32801), 28.5400, -81.3800, -0.6),
    "Los Angeles": (1, (90012, 90012), 34.0500, -118.2400, -0.4),
    "San Francisco": (1, (94133, 94133), 37.8000, -122.4100, 0.0),
}
_PZ_BASES = _split(
    "Mario's;Tony's;Sal's;Vinny's;Nino's;Carmine's;Luigi's;Angelo's;Gino's;Rocco's;Frankie's;Sofia's;Mamma Mia;"
    "Bella Napoli;Little Italy;Village;Original Ray's;Two Boots;Prince Street;Lombardi's;Scarr's;Rubirosa;"
    "Paulie Gee's;L'Industrie;Di Fara;Joe & Pat's;Patsy's;John's of Bleecker Street;Bleecker Street;NY Pizza Suprema;"
    "Williamsburg;Champion;Stromboli;Percy's;Upside;Corner Slice;Luzzo's;Numero 28;Motorino;Ben's;Santa Lucia;"
    "Regina;Galleria Umberto;Ernesto's;Pepe's;Sally's;Modern;Pizza Beach;Emmy Squared;Roberta's;Kesté;Marta;"
    "Denino's;Joe's Famous;Artichoke Basille's;Adrienne's;Zazzy's;Best;Rosa's;Nonna's;Giuseppe's;Dom's;Ciro's;"
    "Mike's;Pauly's;Danny's;Lucia;Lazzara's;Gotham;Freddy's;Bleecker;Totonno's;Rizzo's;Carmela's;Antonio's"
)
_PZ_FORMS = "{b} Pizza:50;{b} Pizzeria:22;{b}:15;{b} Pizza & Pasta:5;{b} Slice Shop:3;{b} Pizza Co.:5"
_PZ_CHAINS = "Joe's Pizza:3;2 Bros. Pizza:3;Famous Famiglia:2;99 Cent Fresh Pizza:2;Prince Street Pizza:1"
_PZ_STREETS = _split(
    "Carmine St;Bleecker St;Prince St;Spring St;Broadway;Mulberry St;1st Ave;2nd Ave;Lexington Ave;W 4th St;"
    "E 14th St;Avenue A;St Marks Pl;Hanover St;Washington St;Main St;Grand St;Court St;Bedford Ave;Atlantic Ave"
)
_PZ_COLUMNS = _split(
    "name;address1;city;zip;country;latitude;longitude;price_level;provider_rating;provider_review_count;"
    "review_stats_all_average_score;review_stats_all_count;review_stats_community_average_score;"
    "review_stats_community_count;review_stats_critic_average_score;review_stats_critic_count;"
    "review_stats_dave_average_score;review_stats_dave_count"
)


def _pz_scores(rng: np.random.Generator, center: float, spread: float, n: int) -> list[float]:
    return [round(float(np.clip(rng.normal(center, spread), 0, 10)), 1) for _ in range(n)]


def _pz_name(rng: np.random.Generator) -> str:
    return _draw(rng, _PZ_FORMS).format(b=_one(rng, _PZ_BASES))


def _pizza_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7807)
    cities = _deal(rng, ";".join(f"{c}:{v[0]}" for c, v in _PZ_CITIES.items()), sum(v[0] for v in _PZ_CITIES.values()))
    chains = [n for n, k in zip(*_table(_PZ_CHAINS), strict=True) for _ in range(int(k))]
    used = set(chains)
    rows: list[dict[str, Any]] = []
    for i, city in enumerate(cities):
        _n, (z_lo, z_hi), lat, lon, bias = _PZ_CITIES[city]
        chain = i < len(chains)
        price = int(_draw(rng, "0:5;1:45;2:40;3:10"))
        dave = _pz_scores(rng, 7.0 + bias + {0: -0.4, 1: 0.0, 2: 0.2, 3: 0.4}[price] - 0.8 * chain, 1.2, 1)[0]
        fans = 0 if rng.random() < 0.14 else int(rng.lognormal(np.log(9), 1.1)) + 1
        if chain:
            fans = min(fans, 40)
        community = _pz_scores(rng, 3.4 + 0.55 * dave, 1.8, fans)
        critics = _pz_scores(rng, 0.5 + 0.9 * dave, 1.0, 0 if rng.random() < 0.8 else int(rng.integers(1, 5)))
        every = [dave, *community, *critics]
        blank = rng.random() < 0.005
        rows.append(
            {
                "name": chains[i] if chain else _unique(rng, _pz_name, used),
                "address1": f"{int(rng.integers(1, 400))} {_one(rng, _PZ_STREETS)}",
                "city": city,
                "zip": int(rng.integers(z_lo, z_hi + 1)),
                "country": "US",
                "latitude": None if blank else round(lat + float(rng.normal(0, 0.01)), 6),
                "longitude": None if blank else round(lon + float(rng.normal(0, 0.01)), 6),
                "price_level": price,
                "provider_rating": float(np.clip(round(2 * rng.normal(3.8 + 0.1 * (dave - 7), 0.5)) / 2, 1, 5)),
                "provider_review_count": int(rng.lognormal(np.log(250), 1.0)),
                "review_stats_all_average_score": float(np.mean(every)),
                "review_stats_all_count": len(every),
                "review_stats_community_average_score": float(np.mean(community)) if community else 0.0,
                "review_stats_community_count": len(community),
                "review_stats_critic_average_score": float(np.mean(critics)) if critics else 0.0,
                "review_stats_critic_count": len(critics),
                "review_stats_dave_average_score": dave,
                "review_stats_dave_count": 1,
            }
        )
    frame = pd.DataFrame(rows)
    frame = frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)
    return frame[_PZ_COLUMNS]


_PZ_DAVE = "review_stats_dave_average_score"
_PZ_FANS = "review_stats_community_average_score"
_PZ_FANS_N = "review_stats_community_count"


def _pz_best_city(d: pd.DataFrame) -> str:
    city = _text(d["city"])
    sizes = city.value_counts()
    big = city.isin(sizes[sizes >= 10].index)
    return _top(d.loc[big, _PZ_DAVE].groupby(city[big]).mean())


def _pz_agreement(reviewed: bool) -> Check:
    """Dave's score against the community's, over the places the community reviewed or over every place (zeros
    included)."""

    def rows(d: pd.DataFrame) -> pd.DataFrame:
        return d[d[_PZ_FANS_N] > 0] if reviewed else d

    return _corr(lambda d: rows(d)[_PZ_DAVE], lambda d: rows(d)[_PZ_FANS])


def _pz_most_reviewed(d: pd.DataFrame) -> Any:
    return d[_PZ_FANS_N].idxmax()


_PZ_ID = ("name", "address1")
_PIZZA_QS = [
    Q(
        "whats the average dave score for each price level?",
        _about(lambda d: d.groupby("price_level")[_PZ_DAVE].mean(), rel=0.005),
        (*_PZ_ID, "price_level", _PZ_DAVE),
    ),
    Q(
        "which city has the best avg dave score? only cities with 10+ places",
        _lead(_named(_pz_best_city)),
        (*_PZ_ID, "city", _PZ_DAVE),
    ),
    Q(
        "correlation between dave's score and the community score",
        either(_pz_agreement(True), _pz_agreement(False)),
        (*_PZ_ID, _PZ_DAVE, _PZ_FANS, _PZ_FANS_N),
    ),
    Q(
        "what percent of places have no critic reviews",
        _share(lambda d: float((d["review_stats_critic_count"] == 0).mean())),
        (*_PZ_ID, "review_stats_critic_count", "review_stats_critic_average_score"),
    ),
    Q(
        "which place has the most community reviews?",
        _lead(_named(lambda d: str(d.loc[_pz_most_reviewed(d), "name"]))),
        (*_PZ_ID, _PZ_FANS_N),
    ),
    Q(
        "what did dave give it",
        has(lambda d: float(d.loc[_pz_most_reviewed(d), _PZ_DAVE])),
        (*_PZ_ID, _PZ_FANS_N, _PZ_DAVE),
    ),
]

HELDOUT78: list[Dataset] = [
    Dataset("montgomery_traffic_violations", _traffic_frame, _TRAFFIC_QS),
    Dataset("airline_delay_causes", _airline_frame, _AIRLINE_QS),
    Dataset("premier_league_2020_21_players", _epl_frame, _EPL_QS),
    Dataset("us_education_states_all", _education_frame, _EDUCATION_QS),
    Dataset("beer_production_by_state", _beer_frame, _BEER_QS),
    Dataset("faa_wildlife_strikes", _wildlife_frame, _WILDLIFE_QS),
    Dataset("barstool_pizza_reviews", _pizza_frame, _PIZZA_QS),
]
