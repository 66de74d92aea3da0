"""HELDOUT48: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: NYC Open
Data's Motor Vehicle Collisions - Crashes file (4000 crashes, 2021-2023, in time order) with CRASH DATE written
"09/11/2021", CRASH TIME as "2:39" (midnight over-reported), upper-case BOROUGH and its ZIP CODE blank for about a
third of the crashes, LATITUDE / LONGITUDE blank or 0.0 for some and a "(40.69, -73.77)" LOCATION, ON STREET NAME
often padded with trailing spaces and blank when an OFF STREET NAME is given, the NUMBER OF PERSONS / PEDESTRIANS /
CYCLIST / MOTORIST INJURED and KILLED counts (two blank persons injured), CONTRIBUTING FACTOR VEHICLE 1 and 2 with
"Unspecified", COLLISION_ID and VEHICLE TYPE CODE 1 and 2 ("Sedan", "Station Wagon/Sport Utility Vehicle", a few
"4 dr sedan"); Kaggle's Apple Stock Price file (AAPL.csv, trading days from 2015-01-02 to 2024-12-31) with ISO Date,
Open, High, Low, Close and a dividend-adjusted Adj Close to six decimals and Volume in shares; Kaggle's FIFA World Cup
matches (WorldCupMatches.csv, 836 matches from 1930 to 2014, 16 of the 2014 matches listed twice as in the real file)
with Year, Datetime written "13 Jul 1930 - 15:00 ", Stage ("Group 1", "Preliminary round", "Round of 16", "Match for
third place", "Final"), Stadium (mojibake such as "Maracan� - Est�dio Jornalista M�rio Filho", two Olympiastadions)
and City with a trailing space, home and away team names ("Germany FR" from 1954 to 1990, 'rn">Republic of
Ireland'), goals, "Italy win on penalties (5 - 3) " or a blank " " Win conditions, Attendance with two blanks,
half-time goals, upper-case referee and assistant names with their country codes, RoundID, MatchID and team
initials, and the real finals; Kaggle's Cyclistic / Divvy trips for 2023 (5000 rides) with 16-character hex
ride_ids, electric_bike / classic_bike / docked_bike (docked only for casual riders), started_at and ended_at as
"2023-01-21 20:05:42" (three rides ending before they start), start and end station names and ids ("13022",
"TA1307000039") blank for a third of the electric bikes, coordinates to six decimals or to two when there is no
station, six rides without an end, and member / casual; Kaggle's Job Placement file (Placement_Data_Full_Class.csv,
300 students) with sl_no, M / F gender, ssc_p, hsc_p, degree_p, etest_p and mba_p percentages, Central / Others
boards, Commerce / Science / Arts streams, Sci&Tech / Comm&Mgmt / Others degrees, Yes / No workex, Mkt&HR / Mkt&Fin
specialisations, Placed / Not Placed status and a salary in rupees blank for those not placed; Kaggle's Amazon Prime
Movies and TV Shows file (amazon_prime_titles.csv, 3000 titles) with "s1" show ids, Movie / TV Show types, comma-joined
directors (one pair of co-directors) and cast, country and date_added blank for nearly every title, release_year,
ratings such as "13+", "16+", "ALL", "18+", "R" (some blank), duration as "113 min" or "1 Season" / "2 Seasons",
comma-joined listed_in genres and a description; and Numbeo's Cost of Living Index by City (Kaggle, 310 cities) with
Rank, City written "Hamilton, Bermuda" or "Austin, TX, United States", and the Cost of Living, Rent, Cost of Living
Plus Rent, Groceries, Restaurant Price and Local Purchasing Power indices (New York = 100), most expensive first. All
are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from pandas.tseries.holiday import USFederalHolidayCalendar

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _clock, _fields
from .heldout40 import _top_named
from .heldout41 import _deal
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top_label(values: pd.Series) -> str:
    """The most frequent non-blank label (ties in label order)."""
    text = _text(values)
    return str(_ranked(text[text != ""].value_counts()).index[0])


def _counts_or(strict: Callable[[pd.DataFrame], float], loose: Callable[[pd.DataFrame], float]) -> Check:
    """A count read with a strict or an inclusive bound ("above 150" as > or >=)."""
    return either(_count(strict), _count(loose))


# --- 1. NYC motor vehicle collisions (NYC Open Data "Motor Vehicle Collisions - Crashes") -------------------------

# borough: weight, zip codes, latitude, longitude, streets
_NC_BOROUGHS: dict[str, tuple[float, str, float, float, str]] = {
    "BROOKLYN": (
        33,
        "11201;11203;11207;11208;11212;11213;11216;11221;11226;11229;11234;11235;11236",
        40.650,
        -73.945,
        "ATLANTIC AVENUE;FLATBUSH AVENUE;EASTERN PARKWAY;OCEAN PARKWAY;BELT PARKWAY;LINDEN BOULEVARD;KINGS HIGHWAY;"
        "FULTON STREET;BEDFORD AVENUE;NOSTRAND AVENUE;PENNSYLVANIA AVENUE;BROOKLYN QUEENS EXPRESSWAY",
    ),
    "QUEENS": (
        29,
        "11101;11354;11355;11368;11372;11373;11377;11385;11412;11420;11432;11434;11691",
        40.715,
        -73.830,
        "LONG ISLAND EXPRESSWAY;GRAND CENTRAL PKWY;NORTHERN BOULEVARD;QUEENS BOULEVARD;VAN WYCK EXPWY;"
        "ROOSEVELT AVENUE;JAMAICA AVENUE;HILLSIDE AVENUE;ROCKAWAY BOULEVARD;CROSS ISLAND PARKWAY;WOODHAVEN BOULEVARD",
    ),
    "BRONX": (
        18,
        "10451;10452;10453;10456;10457;10458;10460;10462;10466;10467;10468;10472",
        40.845,
        -73.880,
        "MAJOR DEEGAN EXPRESSWAY;BRUCKNER BOULEVARD;CROSS BRONX EXPY;GRAND CONCOURSE;EAST TREMONT AVENUE;"
        "WESTCHESTER AVENUE;JEROME AVENUE;WHITE PLAINS ROAD;BOSTON ROAD;EAST FORDHAM ROAD",
    ),
    "MANHATTAN": (
        16,
        "10001;10002;10003;10011;10013;10016;10019;10022;10027;10029;10031;10036",
        40.780,
        -73.965,
        "FDR DRIVE;BROADWAY;2 AVENUE;1 AVENUE;3 AVENUE;AMSTERDAM AVENUE;HARLEM RIVER DRIVE;LEXINGTON AVENUE;"
        "WEST STREET;8 AVENUE;7 AVENUE;PARK AVENUE",
    ),
    "STATEN ISLAND": (
        4,
        "10301;10304;10305;10306;10312;10314",
        40.585,
        -74.125,
        "HYLAN BOULEVARD;RICHMOND AVENUE;VICTORY BOULEVARD;STATEN ISLAND EXPRESSWAY;FOREST AVENUE;RICHMOND TERRACE",
    ),
}
_NC_FACTORS = (
    "Unspecified:30;Driver Inattention/Distraction:25;Failure to Yield Right-of-Way:7;Following Too Closely:6.2;"
    "Passing or Lane Usage Improper:4.1;Passing Too Closely:3.9;Unsafe Speed:3.5;Backing Unsafely:3;"
    "Traffic Control Disregarded:2.6;Other Vehicular:2.4;Turning Improperly:2.1;Unsafe Lane Changing:2;"
    "Driver Inexperience:1.9;Alcohol Involvement:1.5;Reaction to Uninvolved Vehicle:1.1;View Obstructed/Limited:1;"
    "Pavement Slippery:0.9;Aggressive Driving/Road Rage:0.9;Oversized Vehicle:0.6;Brakes Defective:0.4"
)
_NC_VEHICLES = (
    "Sedan:48;Station Wagon/Sport Utility Vehicle:35;Taxi:3;Pick-up Truck:2.5;Box Truck:2;Bike:2;Bus:1.5;E-Bike:1.5;"
    "Motorcycle:1;Tractor Truck Diesel:1;Van:0.8;E-Scooter:0.7;4 dr sedan:0.3;sedan:0.2;:0.5"
)
_NC_HOURS = (
    "0:3.6;1:1.8;2:1.4;3:1.3;4:1.5;5:1.9;6:2.8;7:4;8:5.5;9:4.9;10:4.7;11:4.9;12:5.2;13:5.4;14:6.2;15:6.1;16:6.6;"
    "17:6.5;18:5.9;19:4.8;20:4.2;21:3.7;22:3.4;23:3"
)
_NC_YEARS = {2021: 110, 2022: 103, 2023: 96}
_NC_CROSS = _split("AVENUE J;EAST 14 STREET;BEACH 20 STREET;MAIN STREET;169 STREET;WEST 57 STREET;CHURCH AVENUE")


def _nc_crash(rng: np.random.Generator, day: pd.Timestamp) -> dict[str, Any]:
    boroughs = list(_NC_BOROUGHS)
    borough = str(_one(rng, boroughs, [_NC_BOROUGHS[b][0] for b in boroughs]))
    _w, zips, lat, lng, streets = _NC_BOROUGHS[borough]
    hour = int(_draw(rng, _NC_HOURS))
    minute = 0 if hour == 0 and rng.random() < 0.5 else int(rng.integers(0, 60))
    hurt = 0 if rng.random() < 0.64 else int(_one(rng, [1, 2, 3, 4, 5, 6], [62, 22, 9, 4, 2, 1]))
    roll = rng.random()
    pedestrians = min(hurt, 1) if roll < 0.14 else 0
    cyclists = min(hurt, 1) if 0.14 <= roll < 0.24 else 0
    killed = int(rng.random() < 0.0025)
    ped_killed = killed if rng.random() < 0.5 else 0
    single = rng.random() < 0.24
    known = rng.random() > 0.08
    y = round(float(lat + rng.normal(0, 0.035)), 6) if known else None
    x = round(float(lng + rng.normal(0, 0.04)), 6) if known else None
    if known and rng.random() < 0.012:
        y, x = 0.0, 0.0
    street = str(_one(rng, _split(streets)))
    off = rng.random() < 0.14
    return {
        "CRASH DATE": f"{day:%m/%d/%Y}",
        "CRASH TIME": f"{hour}:{minute:02d}",
        "BOROUGH": borough,
        "ZIP CODE": int(_one(rng, _split(zips))),
        "LATITUDE": y,
        "LONGITUDE": x,
        "LOCATION": f"({y}, {x})" if known else None,
        "ON STREET NAME": None if off else street.ljust(32) if rng.random() < 0.4 else street,
        "CROSS STREET NAME": None if off or rng.random() < 0.35 else str(_one(rng, _NC_CROSS)),
        "OFF STREET NAME": f"{int(rng.integers(10, 2999))}  {street}" if off else None,
        "NUMBER OF PERSONS INJURED": hurt,
        "NUMBER OF PERSONS KILLED": killed,
        "NUMBER OF PEDESTRIANS INJURED": pedestrians,
        "NUMBER OF PEDESTRIANS KILLED": ped_killed,
        "NUMBER OF CYCLIST INJURED": cyclists,
        "NUMBER OF CYCLIST KILLED": 0,
        "NUMBER OF MOTORIST INJURED": hurt - pedestrians - cyclists,
        "NUMBER OF MOTORIST KILLED": killed - ped_killed,
        "CONTRIBUTING FACTOR VEHICLE 1": _draw(rng, _NC_FACTORS),
        "CONTRIBUTING FACTOR VEHICLE 2": None
        if single
        else "Unspecified"
        if rng.random() < 0.78
        else _draw(rng, _NC_FACTORS),
        "VEHICLE TYPE CODE 1": _draw(rng, _NC_VEHICLES) or None,
        "VEHICLE TYPE CODE 2": None if single else _draw(rng, _NC_VEHICLES) or None,
        "_stamp": day + pd.Timedelta(hours=hour, minutes=minute),
    }


def _collisions_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4801)
    days = pd.date_range("2021-01-01", "2023-12-31", freq="D")
    weight = np.array([_NC_YEARS[d.year] * (0.85 if d.month in (1, 2, 4) else 1.0) for d in days])
    picks = rng.choice(len(days), 4000, p=weight / weight.sum())
    frame = pd.DataFrame([_nc_crash(rng, days[int(i)]) for i in picks])
    frame = frame.sort_values("_stamp", kind="stable").drop(columns="_stamp").reset_index(drop=True)
    frame["ZIP CODE"] = frame["ZIP CODE"].astype("Int64")
    blank = rng.random(len(frame)) < 0.32
    frame.loc[blank, ["BOROUGH", "ZIP CODE"]] = None
    frame.loc[rng.choice(len(frame), 2, replace=False), "NUMBER OF PERSONS INJURED"] = None
    frame.insert(len(frame.columns) - 2, "COLLISION_ID", 4_380_000 + np.arange(len(frame)) * 3 + 1)
    frame["COLLISION_ID"] += rng.integers(0, 3, len(frame))
    return frame


def _nc_hour(d: pd.DataFrame) -> pd.Series:
    return d["CRASH TIME"].astype(str).str.split(":").str[0].astype(int)


def _nc_factors(both_vehicles: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        columns = ["CONTRIBUTING FACTOR VEHICLE 1", "CONTRIBUTING FACTOR VEHICLE 2"][: 2 if both_vehicles else 1]
        values = pd.concat([_text(d[c]) for c in columns])
        values = values[(values != "") & (values != "Unspecified")]
        return _ranked(values.value_counts())

    return ranking


def _nc_hurt_share(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        hurt = d["NUMBER OF PERSONS INJURED"]
        return float((hurt >= 1).sum() / (hurt.notna().sum() if known_only else len(d)))

    return share


def _nc_years(d: pd.DataFrame) -> Any:
    return pd.to_datetime(d["CRASH DATE"], format="%m/%d/%Y").dt.year.value_counts().sort_index().to_numpy()


_NC_ID = ("COLLISION_ID", "CRASH DATE")
_NC_HURT: tuple[str, ...] = ("NUMBER OF PERSONS INJURED", "NUMBER OF PEDESTRIANS INJURED", "NUMBER OF CYCLIST INJURED")
_NC_HURT += ("NUMBER OF MOTORIST INJURED",)
_NC_KILLED: tuple[str, ...] = ("NUMBER OF PERSONS KILLED", "NUMBER OF PEDESTRIANS KILLED", "NUMBER OF CYCLIST KILLED")
_NC_KILLED += ("NUMBER OF MOTORIST KILLED",)
_NC_FACTOR_COLUMNS = ("CONTRIBUTING FACTOR VEHICLE 1", "CONTRIBUTING FACTOR VEHICLE 2")
_COLLISIONS_QS = [
    Q(
        "how many people were injured in total, and how many killed?",
        both(
            either(
                _count(lambda d: float(d["NUMBER OF PERSONS INJURED"].sum())),
                _count(lambda d: float(d[list(_NC_HURT[1:])].sum().sum())),
            ),
            _count(lambda d: float(d["NUMBER OF PERSONS KILLED"].sum())),
        ),
        (*_NC_ID, *_NC_HURT, *_NC_KILLED),
    ),
    Q(
        "which borough has the most crashes?",
        _lead(_named(lambda d: _top_label(d["BOROUGH"]).title())),
        (*_NC_ID, "BOROUGH"),
    ),
    Q(
        "top 5 contributing factors, leave out unspecified",
        either(_top_named(_nc_factors(False), 5), _top_named(_nc_factors(True), 5)),
        (*_NC_ID, *_NC_FACTOR_COLUMNS),
    ),
    Q(
        "what percent of crashes injured at least one person",
        either(_share(_nc_hurt_share(False)), _share(_nc_hurt_share(True))),
        (*_NC_ID, *_NC_HURT),
    ),
    Q(
        "number of crashes per year",
        _count(_nc_years),
        _NC_ID,
    ),
    Q(
        "what time of day do most crashes happen",
        _lead(_clock(lambda d: int(_ranked(_nc_hour(d).value_counts()).index[0]))),
        (*_NC_ID, "CRASH TIME"),
    ),
]


# --- 2. Apple stock prices (Kaggle "Apple Stock Price", AAPL.csv) -------------------------------------------------

_AP_ANCHORS = _split(
    "2015-01-02:27.33;2015-02-23:33.0;2015-05-22:33.0;2015-08-24:25.8;2015-11-03:30.7;2016-01-27:23.4;"
    "2016-04-15:27.5;2016-05-12:22.6;2016-09-22:28.5;2016-12-30:29.0;2017-05-12:39.0;2017-06-30:36.0;"
    "2017-11-08:44.0;2017-12-29:42.3;2018-03-12:45.4;2018-05-03:44.0;2018-10-03:58.0;2019-01-03:35.6;"
    "2019-05-03:52.9;2019-06-03:43.3;2019-12-31:73.4;2020-02-12:81.8;2020-03-23:56.1;2020-06-30:91.2;"
    "2020-09-01:134.2;2020-09-23:107.1;2020-12-31:132.7;2021-03-08:116.4;2021-07-14:149.2;2021-12-28:179.3;"
    "2022-01-03:182.0;2022-03-14:150.6;2022-04-04:178.4;2022-06-16:130.1;2022-08-17:174.6;2022-10-03:142.5;"
    "2022-12-30:129.9;2023-04-28:169.7;2023-07-31:196.4;2023-10-26:166.9;2023-12-14:198.1;2024-01-05:181.2;"
    "2024-04-19:165.0;2024-06-18:214.3;2024-07-15:234.4;2024-08-05:209.3;2024-10-14:231.3;2024-12-26:259.0;"
    "2024-12-31:250.4"
)
# year: mean daily volume (shares)
_AP_VOLUME = {2015: 2.07e8, 2016: 1.53e8, 2017: 1.08e8, 2018: 1.36e8, 2019: 1.12e8, 2020: 1.58e8, 2021: 9.0e7}
_AP_VOLUME |= {2022: 8.8e7, 2023: 6.0e7, 2024: 5.7e7}


def _apple_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4802)
    holidays = USFederalHolidayCalendar().holidays("2015-01-01", "2024-12-31")
    days = pd.bdate_range("2015-01-02", "2024-12-31", freq="C", holidays=holidays)
    t = (days - days[0]).days.to_numpy(dtype=float)
    at = [(pd.Timestamp(a.split(":")[0]) - days[0]).days for a in _AP_ANCHORS]
    level = np.interp(t, at, [np.log(float(a.split(":")[1])) for a in _AP_ANCHORS])
    shocks = np.clip(rng.standard_t(4, len(days)), -5, 5) * 0.009
    noise = np.zeros(len(days))
    for k in range(1, len(days)):
        noise[k] = 0.85 * noise[k - 1] + shocks[k]
    close = np.exp(level + noise - noise[-1] * t / t[-1])
    open_ = np.concatenate([[27.8475], close[:-1] * (1 + rng.normal(0, 0.006, len(days) - 1))])
    wide = np.abs(rng.normal(0, 0.007, (2, len(days)))) + 0.001
    high = np.maximum(open_, close) * (1 + wide[0])
    low = np.minimum(open_, close) * (1 - wide[1])
    factor = 0.872 + 0.128 * (t / t[-1]) ** 1.15
    mid = [(pd.Timestamp(y, 7, 1) - days[0]).days for y in _AP_VOLUME]
    volume = np.exp(np.interp(t, mid, np.log(list(_AP_VOLUME.values()))))
    volume = volume * rng.lognormal(-0.06, 0.33, len(days)) * (1 + 25 * np.abs(np.log(close / open_)))
    return pd.DataFrame(
        {
            "Date": days.strftime("%Y-%m-%d"),
            "Open": np.round(open_, 6),
            "High": np.round(high, 6),
            "Low": np.round(low, 6),
            "Close": np.round(close, 6),
            "Adj Close": np.round(close * factor, 6),
            "Volume": np.round(volume / 100).astype(np.int64) * 100,
        }
    )


def _ap(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_day=pd.to_datetime(d["Date"])).set_index("_day")


def _ap_best(column: str) -> Check:
    return both(
        has(lambda d: float(d[column].max()), rel=0.002),
        either(_day(lambda d: _ap(d)[column].idxmax()), _month_year(lambda d: _ap(d)[column].idxmax())),
    )


def _ap_yearly(column: str) -> Check:
    return _about(lambda d: _ap(d)[column].groupby(_ap(d).index.year).mean().to_numpy(), rel=0.005)


def _ap_volume(year: int | None) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        a = _ap(d)
        return float(a["Volume"].mean() if year is None else a.loc[a.index.year == year, "Volume"].mean())

    return mean


def _ap_return(column: str) -> Check:
    def ratio(d: pd.DataFrame) -> float:
        return float(d[column].iloc[-1] / d[column].iloc[0])

    return either(_pct(lambda d: ratio(d) - 1), has(ratio, rel=0.01))


_AP_ID = ("Date",)
_AP_PRICE = ("Close", "Adj Close")
_APPLE_QS = [
    Q(
        "what was the highest closing price and when?",
        _lead(either(_ap_best("Close"), _ap_best("Adj Close"))),
        (*_AP_ID, *_AP_PRICE),
    ),
    Q(
        "average close for each year",
        either(_ap_yearly("Close"), _ap_yearly("Adj Close")),
        (*_AP_ID, *_AP_PRICE),
    ),
    Q(
        "how many days did aapl close above $150?",
        _counts_or(lambda d: float((d["Close"] > 150).sum()), lambda d: float((d["Close"] >= 150).sum())),
        (*_AP_ID, *_AP_PRICE),
    ),
    Q(
        "what's the average daily volume",
        _scaled(_ap_volume(None), (1e6, 1e9)),
        (*_AP_ID, "Volume"),
    ),
    Q(
        "and just for 2024?",
        _scaled(_ap_volume(2024), (1e6, 1e9)),
        (*_AP_ID, "Volume"),
    ),
    Q(
        "total return from the first day in the file to the last one?",
        either(_ap_return("Close"), _ap_return("Adj Close")),
        (*_AP_ID, *_AP_PRICE),
    ),
]


# --- 3. FIFA World Cup matches (Kaggle "FIFA World Cup", WorldCupMatches.csv) -------------------------------------

# year|host|first day|days|matches|teams|goals a match|attendance|stadiums as "name:city:weight" joined by "+"
_WC_CUPS = _fields(
    "1930|Uruguay|1930-07-13|18|18|13|3.9|32800|Estadio Centenario:Montevideo :10+Estadio Pocitos:Montevideo :2+"
    "Estadio Gran Parque Central:Montevideo :6;"
    "1934|Italy|1934-05-27|14|17|16|4.1|21300|Stadio Nazionale PNF:Rome :3+Stadio Giovanni Berta:Florence :3+"
    "Stadio San Siro:Milan :3+Stadio Benito Mussolini:Turin :2+Stadio Giorgio Ascarelli:Naples :2+"
    "Stadio Littoriale:Bologna :2+Stadio Luigi Ferraris:Genoa :2;"
    "1938|France|1938-06-04|16|18|15|4.7|20900|Stade Olympique de Colombes:Colombes :5+Parc des Princes:Paris :3+"
    "Stade Velodrome:Marseille :3+Stade du Fort Carr�:Antibes :1+Stade de la Meinau:Strasbourg :2+"
    "Stade Victor Boucquey:Lille :1+Stade Chapou:Toulouse :2+Stade Municipal:Reims :1;"
    "1950|Brazil|1950-06-24|23|22|13|4.0|47500|Maracan� - Est�dio Jornalista M�rio Filho:Rio De Janeiro :7+"
    "Pacaembu:Sao Paulo :6+Estadio Independencia:Belo Horizonte :3+Durival de Britto:Curitiba :2+"
    "Estadio dos Eucaliptos:Porto Alegre :2+Ilha do Retiro:Recife :1;"
    "1954|Switzerland|1954-06-16|19|26|16|5.4|29600|Wankdorf Stadium:Berne :5+St. Jakob:Basel :6+"
    "Charmilles:Geneva :4+Hardturm:Zurich :4+Olympique de la Pontaise:Lausanne :5+Cornaredo:Lugano :2;"
    "1958|Sweden|1958-06-08|22|35|16|3.6|23400|Rasunda Stadium:Solna :8+Nya Ullevi:Gothenburg :7+"
    "Malmo Stadion:Malmo :5+Idrottsparken:Norrkoping :4+Jarnvallen:Sandviken :3+Orjans Vall:Halmstad :3+"
    "Tunavallen:Eskilstuna :2+Eyravallen:Orebro :3;"
    "1962|Chile|1962-05-30|18|32|16|2.8|27900|Estadio Nacional:Santiago De Chile :8+"
    "Estadio Sausalito:Vina Del Mar :9+Estadio Carlos Dittborn:Arica :7+Estadio El Teniente-Codelco:Rancagua :7;"
    "1966|England|1966-07-11|19|32|16|2.8|48800|Wembley Stadium:London :9+Goodison Park:Liverpool :5+"
    "Villa Park:Birmingham :3+Old Trafford:Manchester :3+Hillsborough:Sheffield :4+Ayresome Park:Middlesbrough :3+"
    "Roker Park:Sunderland :4+White City Stadium:London :1;"
    "1970|Mexico|1970-05-31|21|32|16|3.0|50100|Estadio Azteca:Mexico City :10+Estadio Jalisco:Guadalajara :8+"
    "Estadio Nou Camp:Leon :7+Estadio Luis Dosal:Toluca :4+Estadio Cuauhtemoc:Puebla :3;"
    "1974|Germany|1974-06-13|24|38|16|2.6|46700|Olympiastadion:Berlin :3+Waldstadion:Frankfurt/Main :5+"
    "Westfalenstadion:Dortmund :4+Olympiastadion:Munich :5+Parkstadion:Gelsenkirchen :5+"
    "Rheinstadion:Dusseldorf :5+Volksparkstadion:Hamburg :3+Niedersachsenstadion:Hanover :4+"
    "Neckarstadion:Stuttgart :4;"
    "1978|Argentina|1978-06-01|24|38|16|2.7|40700|Estadio Monumental:Buenos Aires :9+"
    "Estadio Jose Amalfitani:Buenos Aires :3+Estadio Gigante de Arroyito:Rosario :6+"
    "Estadio Chateau Carreras:Cordoba :8+Estadio Jose Maria Minella:Mar Del Plata :6+"
    "Estadio Ciudad de Mendoza:Mendoza :6;"
    "1982|Spain|1982-06-13|28|52|24|2.8|34800|Estadio Santiago Bernabeu:Madrid :4+Camp Nou:Barcelona :5+"
    "Estadio Riazor:La Coruna :3+Estadio Ramon Sanchez Pizjuan:Sevilla :2+Estadio Benito Villamarin:Sevilla :3+"
    "Estadio Luis Casanova:Valencia :3+Estadio La Romareda:Zaragoza :3+Estadio Carlos Tartiere:Oviedo :3+"
    "El Molinon:Gijon :3+Estadio Nuevo Jose Zorilla:Valladolid :3+Estadio La Rosaleda:Malaga :3+"
    "Estadio Jose Rico Perez:Alicante :3+Estadio Sarria:Barcelona :3+Estadio Vicente Calderon:Madrid :3+"
    "San Mames:Bilbao :3+Estadio Balaidos:Vigo :3+Nuevo Estadio:Elche :3;"
    "1986|Mexico|1986-05-31|29|52|24|2.5|46000|Estadio Azteca:Mexico City :9+Estadio Jalisco:Guadalajara :7+"
    "Estadio Universitario:Monterrey :5+Estadio Tecnologico:Monterrey :5+Estadio Cuauhtemoc:Puebla :5+"
    "Estadio Olimpico Universitario:Mexico City :4+Estadio Nou Camp:Leon :5+Estadio Tres de Marzo:Zapopan :3+"
    "Estadio La Corregidora:Queretaro :4+Estadio Neza 86:Nezahualcoyotl :2+Estadio Sergio Leon Chavez:Irapuato :3;"
    "1990|Italy|1990-06-08|30|52|24|2.2|48400|Stadio Olimpico:Rome :6+Stadio Giuseppe Meazza:Milan :6+"
    "Stadio delle Alpi:Turin :5+Stadio San Paolo:Naples :5+Stadio Comunale:Florence :4+"
    "Stadio Renato Dall Ara:Bologna :4+Stadio Luigi Ferraris:Genoa :4+Stadio Marc Antonio Bentegodi:Verona :4+"
    "Stadio Sant Elia:Cagliari :3+Stadio La Favorita:Palermo :3+Stadio Della Vittoria:Bari :5+Stadio Friuli:Udine :3;"
    "1994|USA|1994-06-17|30|52|24|2.7|68900|Rose Bowl:Los Angeles :8+Giants Stadium:New York/New Jersey :7+"
    "Stanford Stadium:San Francisco :6+Cotton Bowl:Dallas :6+Foxboro Stadium:Boston :5+Citrus Bowl:Orlando :5+"
    "Soldier Field:Chicago :5+Pontiac Silverdome:Detroit :4+RFK Stadium:Washington :5;"
    "1998|France|1998-06-10|32|64|32|2.7|43500|Stade de France:Saint-Denis :9+Stade Velodrome:Marseille :7+"
    "Parc des Princes:Paris :6+Stade de Gerland:Lyon :6+Stade Felix Bollaert:Lens :6+"
    "Stade de la Beaujoire:Nantes :6+Stade Geoffroy Guichard:Saint-Etienne :6+Stade de la Mosson:Montpellier :6+"
    "Parc Lescure:Bordeaux :6+Stadium Municipal:Toulouse :6;"
    "2002|Korea/Japan|2002-05-31|30|64|32|2.5|42300|International Stadium Yokohama:Yokohama :4+"
    "Seoul World Cup Stadium:Seoul :3+Saitama Stadium 2002:Saitama :4+Daegu World Cup Stadium:Daegu :4+"
    "Shizuoka Stadium Ecopa:Shizuoka :3+Miyagi Stadium:Rifu :3+Osaka Nagai Stadium:Osaka :3+"
    "Kobe Wing Stadium:Kobe :3+Busan Asiad Main Stadium:Busan :3+Incheon Munhak Stadium:Incheon :3+"
    "Ulsan Munsu Football Stadium:Ulsan :3+Gwangju World Cup Stadium:Gwangju :3+"
    "Jeonju World Cup Stadium:Jeonju :3+Suwon World Cup Stadium:Suwon :4+Daejeon World Cup Stadium:Daejeon :3+"
    "Sapporo Dome:Sapporo :3+Niigata Stadium Big Swan:Niigata :3+Oita Stadium Big Eye:Oita :3+"
    "Ibaraki Kashima Stadium:Kashima :3+Jeju World Cup Stadium:Seogwipo :3;"
    "2006|Germany|2006-06-09|30|64|32|2.3|52500|Olympiastadion:Berlin :6+FIFA World Cup Stadium, Munich:Munich :6+"
    "FIFA World Cup Stadium, Dortmund:Dortmund :6+FIFA World Cup Stadium, Gelsenkirchen:Gelsenkirchen :5+"
    "FIFA World Cup Stadium, Hamburg:Hamburg :5+FIFA World Cup Stadium, Frankfurt:Frankfurt/Main :5+"
    "FIFA World Cup Stadium, Cologne:Cologne :5+Zentralstadion:Leipzig :5+Gottlieb-Daimler-Stadion:Stuttgart :6+"
    "FIFA World Cup Stadium, Hanover:Hanover :5+Fritz-Walter-Stadion:Kaiserslautern :5+"
    "Franken-Stadion:Nuremberg :5;"
    "2010|South Africa|2010-06-11|31|64|32|2.3|49700|Soccer City Stadium:Johannesburg :8+"
    "Ellis Park Stadium:Johannesburg :7+Green Point Stadium:Cape Town :8+"
    "Nelson Mandela Bay Stadium:Nelson Mandela Bay/Port Elizabeth :8+Durban Stadium:Durban :7+"
    "Loftus Versfeld Stadium:Tshwane/Pretoria :6+Free State Stadium:Mangaung/Bloemfontein :6+"
    "Royal Bafokeng Stadium:Rustenburg :6+Peter Mokaba Stadium:Polokwane :4+Mbombela Stadium:Nelspruit :4;"
    "2014|Brazil|2014-06-12|31|64|32|2.7|53600|Maracan� - Est�dio Jornalista M�rio Filho:Rio De Janeiro :6+"
    "Estadio Nacional:Brasilia :6+Arena de Sao Paulo:Sao Paulo :6+Estadio Mineirao:Belo Horizonte :6+"
    "Arena Fonte Nova:Salvador :6+Estadio Castelao:Fortaleza :6+Arena Pernambuco:Recife :5+"
    "Arena Amazonia:Manaus :4+Estadio das Dunas:Natal :4+Arena Pantanal:Cuiaba :4+Estadio Beira-Rio:Porto Alegre :5+"
    "Arena da Baixada:Curitiba :5"
)
# team|code|strength|first|last (the name "Germany FR" from 1954 to 1990)
_WC_TEAMS = _fields(
    "Brazil|BRA|2.0|1930|2014;Italy|ITA|1.8|1934|2014;Germany|GER|1.85|1934|2014;Argentina|ARG|1.7|1930|2014;"
    "Uruguay|URU|1.4|1930|2014;France|FRA|1.5|1930|2014;England|ENG|1.4|1950|2014;Spain|ESP|1.4|1934|2014;"
    "Netherlands|NED|1.5|1934|2014;Hungary|HUN|1.5|1934|1986;Czechoslovakia|TCH|1.2|1934|1990;"
    "Sweden|SWE|1.2|1934|2006;Yugoslavia|YUG|1.1|1930|1990;Poland|POL|1.1|1938|2006;Belgium|BEL|1.1|1930|2014;"
    "Mexico|MEX|1.0|1930|2014;Chile|CHI|0.9|1930|2014;Switzerland|SUI|0.9|1934|2014;Austria|AUT|1.1|1934|1998;"
    "USA|USA|0.8|1930|2014;Scotland|SCO|0.9|1954|1998;Portugal|POR|1.3|1966|2014;Paraguay|PAR|0.9|1930|2010;"
    "Romania|ROU|0.9|1930|1998;Bulgaria|BUL|0.8|1962|1998;Soviet Union|URS|1.2|1958|1990;Peru|PER|0.9|1930|1982;"
    "Colombia|COL|1.0|1962|2014;Cameroon|CMR|0.9|1982|2014;Korea Republic|KOR|0.8|1954|2014;"
    "Nigeria|NGA|0.9|1994|2014;Croatia|CRO|1.2|1998|2014;Denmark|DEN|1.1|1986|2010;Japan|JPN|0.8|1998|2014;"
    "Republic of Ireland|IRL|0.9|1990|2002;Morocco|MAR|0.8|1970|1998;Australia|AUS|0.8|1974|2014;"
    "Ghana|GHA|0.9|2006|2014;IR Iran|IRN|0.7|1978|2014;Saudi Arabia|KSA|0.6|1994|2006;Norway|NOR|0.8|1938|1998;"
    "Costa Rica|CRC|0.8|1990|2014;C�te d'Ivoire|CIV|0.9|2006|2014;Bosnia and Herzegovina|BIH|0.9|2014|2014;"
    "Turkey|TUR|0.9|1954|2002;Ecuador|ECU|0.8|2002|2014;Greece|GRE|0.7|1994|2014;Egypt|EGY|0.6|1934|1990;"
    "Tunisia|TUN|0.7|1978|2006;Algeria|ALG|0.8|1982|2014;Northern Ireland|NIR|0.8|1958|1986;Wales|WAL|0.8|1958|1958;"
    "Senegal|SEN|0.8|2002|2002;China PR|CHN|0.5|2002|2002;Slovenia|SVN|0.7|2002|2010;"
    "Jamaica|JAM|0.6|1998|1998;South Africa|RSA|0.7|1998|2010;Serbia|SRB|0.9|2006|2014;Ukraine|UKR|0.9|2006|2006;"
    "Czech Republic|CZE|1.0|2006|2006;Togo|TOG|0.5|2006|2006;Honduras|HON|0.6|2010|2014;Russia|RUS|0.9|2014|2014;"
    "Slovakia|SVK|0.8|2010|2010;New Zealand|NZL|0.6|2010|2010;Korea DPR|PRK|0.5|2010|2010;"
    "Bolivia|BOL|0.6|1930|1994;Cuba|CUB|0.5|1938|1938;Dutch East Indies|INH|0.4|1938|1938"
)
# year|home|away|home goals|away goals|win conditions
_WC_FINALS = _fields(
    "1930|Uruguay|Argentina|4|2|;1934|Italy|Czechoslovakia|2|1|Italy win after extra time;"
    "1938|Italy|Hungary|4|2|;1950|Uruguay|Brazil|2|1|;1954|Germany FR|Hungary|3|2|;1958|Sweden|Brazil|2|5|;"
    "1962|Brazil|Czechoslovakia|3|1|;1966|England|Germany FR|4|2|England win after extra time;"
    "1970|Brazil|Italy|4|1|;1974|Netherlands|Germany FR|1|2|;1978|Argentina|Netherlands|3|1|"
    "Argentina win after extra time;1982|Italy|Germany FR|3|1|;1986|Argentina|Germany FR|3|2|;"
    "1990|Germany FR|Argentina|1|0|;1994|Brazil|Italy|0|0|Brazil win on penalties (3 - 2);"
    "1998|Brazil|France|0|3|;2002|Germany|Brazil|0|2|;2006|Italy|France|1|1|Italy win on penalties (5 - 3);"
    "2010|Netherlands|Spain|0|1|Spain win after extra time;2014|Germany|Argentina|1|0|Germany win after extra time"
)
_WC_GIVEN = _split(
    "Jan;Karl;Juan;Carlos;Jose;Luis;Arturo;George;John;Jack;Ivan;Pierre;Paul;Marcel;Gottfried;Rudolf;Kurt;Leo;"
    "Sandor;Istvan;Nicolae;Erik;Bo;Ali;Abdul;Masayoshi;Kim;Howard;Mark;Graham;Roberto;Pierluigi;Markus;Felix"
)
_WC_FAMILY = _split(
    "LOMBARDI;LANGENUS;EKLIND;ELLIS;THOMAS;SCHMIDT;MERK;COLLINA;ELIZONDO;WEBB;HOWARD;NISHIMURA;KASSAI;RIZZOLI;"
    "CAKIR;VELASCO;ARCHUNDIA;BATTA;IVANOV;TAYLOR;RAMOS;TELLO;DIAZ;COELHO;VAUTROT;THOMSON;LINEMAYR;SANCHEZ;PALOTAI;"
    "KLEIN;VAN RAVENS;BAMBRIDGE;CODESAL;FREDRIKSSON;PUHL;WRIGHT;JOUINI;MEIER;BRAAMHAAR;LUBOS;SILVA;CASTRO"
)
_WC_CODES = _split("URU;ARG;ITA;BEL;SWE;ENG;SCO;SUI;FRA;GER;NED;MEX;BRA;CHI;ESP;HUN;ROU;AUT;TCH;USA;JPN;KOR;AUS")


def _wc_official(rng: np.random.Generator) -> str:
    return f"{_one(rng, _WC_FAMILY)} {_one(rng, _WC_GIVEN)} ({_one(rng, _WC_CODES)})"


def _wc_name(team: str, year: int) -> str:
    if team == "Germany" and 1954 <= year <= 1990:
        return "Germany FR"
    return team


def _wc_stages(n: int, year: int) -> list[str]:
    """Stage names, first match to last."""
    if year == 1950:
        return ["Group 1"] * 6 + ["Group 2"] * 6 + ["Group 3"] * 3 + ["Group 4"] + ["Group 6"] * 6
    tail = ["Semi-finals"] * 2 + ["Match for third place"] * int(year != 1930) + ["Final"]
    if year in (1934, 1938):
        first = "Preliminary round" if year == 1934 else "First round"
        return [first] * (n - 4 - len(tail)) + ["Quarter-finals"] * 4 + tail
    if year >= 1986:
        tail = ["Round of 16"] * 8 + ["Quarter-finals"] * 4 + tail
    elif year >= 1974:
        tail = ["Group A"] * 6 + ["Group B"] * 6 + (tail if year == 1982 else tail[-2:])
    elif year > 1930:
        tail = ["Quarter-finals"] * 4 + tail
    groups = "1234" if year < 1982 else "ABCDEFGH"[: 8 if year >= 1998 else 6 if year >= 1982 else 4]
    head = n - len(tail)
    per = -(-head // len(groups))
    return [f"Group {groups[i // per]}" for i in range(head)] + tail


def _wc_cup(rng: np.random.Generator, spec: list[str], first_id: int) -> list[dict[str, Any]]:
    year, host, start, span, n, k, goals, crowd, stadiums = spec
    year_i, n_i = int(year), int(n)
    eligible = [t for t in _WC_TEAMS if int(t[3]) <= year_i <= int(t[4])]
    final = next(f for f in _WC_FINALS if f[0] == year)
    names = [t[0] for t in eligible]
    fixed = {final[1].replace(" FR", ""), final[2].replace(" FR", ""), host if host in names else ""} - {""}
    rest = [t for t in eligible if t[0] not in fixed]
    weight = np.array([float(t[2]) ** 2 for t in rest])
    picked = rng.choice(len(rest), int(k) - len(fixed), replace=False, p=weight / weight.sum())
    teams = [t for t in eligible if t[0] in fixed] + [rest[int(i)] for i in picked]
    strength = {t[0]: float(t[2]) for t in teams}
    code = {t[0]: t[1] for t in teams}
    places = [s.split(":") for s in stadiums.split("+")]
    venues = _deal(rng, ";".join(f"{i}:{p[2]}" for i, p in enumerate(places)), n_i)
    stages = _wc_stages(n_i, year_i)
    rounds = {s: 200 + 10 * (year_i - 1930) // 4 + j for j, s in enumerate(dict.fromkeys(stages))}
    rows = []
    for i, stage in enumerate(stages):
        knockout = stage in ("Round of 16", "Quarter-finals", "Semi-finals", "Match for third place", "Final")
        if i == n_i - 1:
            home, away = final[1].replace(" FR", ""), final[2].replace(" FR", "")
            hg, ag, condition = int(final[3]), int(final[4]), final[5]
        else:
            pair = rng.choice(len(teams), 2, replace=False)
            home, away = teams[int(pair[0])][0], teams[int(pair[1])][0]
            ratio = (strength[home] / strength[away]) ** 0.8
            scale = float(goals) / 2 * (1.08 if stage.startswith(("Group", "Preliminary", "First")) else 0.92)
            hg, ag = int(rng.poisson(scale * ratio)), int(rng.poisson(scale / ratio))
            condition = ""
            if knockout and hg == ag:
                winner = home if rng.random() < strength[home] / (strength[home] + strength[away]) else away
                if year_i >= 1982 and rng.random() < 0.5:
                    shots = int(_one(rng, [3, 4, 4, 5, 5]))
                    other = shots - int(_one(rng, [1, 1, 2]))
                    won = (shots, other) if winner == home else (other, shots)
                    condition = f"{winner} win on penalties ({won[0]} - {won[1]})"
                else:
                    hg, ag = (hg + 1, ag) if winner == home else (hg, ag + 1)
                    condition = f"{winner} win after extra time"
        day = pd.Timestamp(start) + pd.Timedelta(days=int(i * (int(span) - 1) / max(n_i - 1, 1)))
        clock = str(_one(rng, ["13:00", "15:00", "16:00", "17:00", "19:30", "20:00", "21:00"]))
        stadium, city, _w = places[int(venues[i])]
        size = float(crowd) * (1.5 if stage == "Final" else 1.2 if knockout else 1.0)
        hg_half = int(rng.binomial(hg, 0.45))
        ag_half = int(rng.binomial(ag, 0.45))
        rows.append(
            {
                "Year": year_i,
                "Datetime": f"{day.day:02d} {day:%b %Y} - {clock} ",
                "Stage": stage,
                "Stadium": stadium,
                "City": city,
                "Home Team Name": _wc_name(home, year_i),
                "Home Team Goals": hg,
                "Away Team Goals": ag,
                "Away Team Name": _wc_name(away, year_i),
                "Win conditions": f"{condition} " if condition else " ",
                "Attendance": round(float(np.clip(rng.normal(size, 0.28 * size), 2000, 114_600))),
                "Half-time Home Goals": hg_half,
                "Half-time Away Goals": ag_half,
                "Referee": _wc_official(rng),
                "Assistant 1": _wc_official(rng),
                "Assistant 2": _wc_official(rng),
                "RoundID": rounds[stage],
                "MatchID": first_id + i,
                "Home Team Initials": "FRG" if _wc_name(home, year_i) == "Germany FR" else code[home],
                "Away Team Initials": "FRG" if _wc_name(away, year_i) == "Germany FR" else code[away],
            }
        )
    return rows


def _world_cup_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4803)
    rows: list[dict[str, Any]] = []
    for spec in _WC_CUPS:
        rows += _wc_cup(rng, spec, 1096 + len(rows) * 7)
    frame = pd.DataFrame(rows)
    frame["Attendance"] = frame["Attendance"].astype(float)
    frame.loc[rng.choice(np.flatnonzero(frame["Year"] < 1960), 2, replace=False), "Attendance"] = np.nan
    odd = {"Republic of Ireland": 'rn">Republic of Ireland', "Bosnia and Herzegovina": 'rn">Bosnia and Herzegovina'}
    for column in ("Home Team Name", "Away Team Name"):
        frame[column] = frame[column].replace(odd)
    copies = np.sort(rng.choice(np.flatnonzero(frame["Year"] == 2014), 16, replace=False))
    frame = pd.concat([frame, frame.iloc[copies]]).sort_index(kind="stable").reset_index(drop=True)
    return frame


def _wc(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates("MatchID") if unique else d


def _wc_goals(d: pd.DataFrame) -> pd.Series:
    return d["Home Team Goals"] + d["Away Team Goals"]


def _wc_either(make: Callable[[Callable[[pd.DataFrame], Any]], Check], value: Callable[[pd.DataFrame], Any]) -> Check:
    """The figure read from every row, or from each match once (the file lists 16 matches twice)."""
    return either(make(value), make(lambda d: value(_wc(d, True))))


def _wc_best_year(d: pd.DataFrame) -> float:
    return float(_ranked(_wc_goals(d).groupby(d["Year"]).mean()).index[0])


_WC_ID = ("MatchID", "Year")
_WC_GOALS = ("Home Team Goals", "Away Team Goals")
_WORLD_CUP_QS = [
    Q(
        "total goals scored across all world cups?",
        _wc_either(_count, lambda d: float(_wc_goals(d).sum())),
        (*_WC_ID, *_WC_GOALS),
    ),
    Q(
        "which world cup had the most goals per game",
        _lead(_wc_either(_year, _wc_best_year)),
        (*_WC_ID, *_WC_GOALS, "Datetime"),
    ),
    Q(
        "average attendance?",
        _wc_either(lambda v: _scaled(v, (1e3,)), lambda d: float(d["Attendance"].mean())),
        (*_WC_ID, "Attendance"),
    ),
    Q(
        "what % of matches ended in a draw",
        _wc_either(_share, lambda d: float((d["Home Team Goals"] == d["Away Team Goals"]).mean())),
        (*_WC_ID, *_WC_GOALS, "Win conditions"),
    ),
    Q(
        "which stadium hosted the most games?",
        _lead(_wc_either(_named, lambda d: _top_label(d["Stadium"]))),
        (*_WC_ID, "Stadium", "City"),
    ),
    Q(
        "how many games were decided on penalties?",
        _wc_either(_count, lambda d: float(_text(d["Win conditions"]).str.contains("penalties").sum())),
        (*_WC_ID, "Win conditions"),
    ),
]


# --- 4. Divvy bike trips (Kaggle "Cyclistic / Divvy bike trips", Divvy_Trips 2023) --------------------------------

# station|id|latitude|longitude|weight for members|weight for casual riders
_DV_STATIONS = _fields(
    "Streeter Dr & Grand Ave|13022|41.892278|-87.612043|6|40;"
    "DuSable Lake Shore Dr & Monroe St|13300|41.880958|-87.616743|4|22;"
    "Michigan Ave & Oak St|13042|41.900960|-87.623777|6|17;"
    "DuSable Lake Shore Dr & North Blvd|LF-005|41.911722|-87.626804|8|15;"
    "Millennium Park|13008|41.881032|-87.624084|4|14;"
    "Shedd Aquarium|15544|41.867226|-87.615355|2|13;"
    "Theater on the Lake|TA1308000001|41.926277|-87.630834|7|11;"
    "Kingsbury St & Kinzie St|KA1503000043|41.889177|-87.638506|21|6;"
    "Clark St & Elm St|TA1307000039|41.902973|-87.631280|20|7;"
    "Wells St & Concord Ln|TA1308000050|41.912133|-87.634656|18|8;"
    "Clinton St & Washington Blvd|WL-012|41.883380|-87.641170|19|4;"
    "Wells St & Elm St|KA1504000135|41.903222|-87.634324|16|6;"
    "University Ave & 57th St|KA1503000071|41.791478|-87.599861|17|4;"
    "Ellis Ave & 60th St|KA1503000014|41.785097|-87.601073|16|3;"
    "Loomis St & Lexington St|13332|41.872187|-87.661501|15|2;"
    "Clinton St & Madison St|TA1305000032|41.882242|-87.641066|15|3;"
    "Canal St & Adams St|13011|41.879255|-87.639904|13|3;"
    "State St & Chicago Ave|21544|41.896617|-87.628579|12|5;"
    "Broadway & Barry Ave|13137|41.937582|-87.644098|12|4;"
    "Wabash Ave & Grand Ave|TA1307000117|41.891466|-87.626761|11|5;"
    "Dearborn St & Erie St|13045|41.893992|-87.629318|11|5;"
    "Wilton Ave & Belmont Ave|TA1307000134|41.940180|-87.653040|11|4;"
    "New St & Illinois St|TA1306000013|41.890847|-87.618617|10|7;"
    "Larrabee St & Webster Ave|13193|41.921822|-87.644140|10|3;"
    "Sheffield Ave & Fullerton Ave|TA1306000016|41.925602|-87.653708|10|3;"
    "Ashland Ave & Division St|13061|41.903450|-87.667747|10|3;"
    "Green St & Madison St|TA1307000120|41.881892|-87.648789|10|2;"
    "Morgan St & Polk St|TA1307000130|41.871737|-87.651030|9|2;"
    "Indiana Ave & Roosevelt Rd|SL-005|41.867888|-87.623041|9|5;"
    "Fairbanks Ct & Grand Ave|TA1305000003|41.891847|-87.620580|8|5;"
    "Montrose Harbor|TA1308000012|41.963982|-87.638181|5|7;"
    "Adler Planetarium|13431|41.866095|-87.607267|2|7;"
    "Buckingham Fountain|15541|41.876423|-87.620339|3|8;"
    "Lake Shore Dr & Wellington Ave|TA1307000052|41.936688|-87.636829|6|5;"
    "Halsted St & Roscoe St|TA1309000025|41.943670|-87.648950|7|3;"
    "Clark St & Armitage Ave|13146|41.918306|-87.636282|8|4;"
    "Wood St & Milwaukee Ave|13221|41.907655|-87.672552|7|2;"
    "Southport Ave & Waveland Ave|13235|41.948150|-87.663940|6|2;"
    "Damen Ave & Cortland St|13133|41.915983|-87.677335|6|2;"
    "Ellis Ave & 55th St|KA1504000076|41.794301|-87.601450|8|2"
)
# month: rides in 2023 (thousands)
_DV_MONTHS = "1:190;2:191;3:259;4:427;5:605;6:719;7:767;8:771;9:666;10:538;11:362;12:224"
_DV_HOURS = (
    "0:1.2;1:0.8;2:0.5;3:0.3;4:0.3;5:0.9;6:2.4;7:4.6;8:5.4;9:3.9;10:3.7;11:4.5;12:5.3;13:5.4;14:5.7;15:6.8;"
    "16:8.8;17:10.2;18:8.2;19:6;20:4.4;21:3.6;22:3.1;23:2.2"
)


def _dv_hex(rng: np.random.Generator) -> str:
    return "".join(str(_one(rng, list("0123456789ABCDEF"))) for _ in range(16))


def _dv_place(rng: np.random.Generator, member: bool, electric: bool) -> tuple[str | None, str | None, float, float]:
    weights = [float(s[4 if member else 5]) for s in _DV_STATIONS]
    if rng.random() < 0.55:
        name, code, lat, lng = str(_one(rng, [s[0] for s in _DV_STATIONS], weights)), "", 0.0, 0.0
        spot = next(s for s in _DV_STATIONS if s[0] == name)
        code, lat, lng = spot[1], float(spot[2]), float(spot[3])
    else:
        k = int(rng.integers(0, 600))
        name = f"{_one(rng, _split('Halsted;Racine;Ashland;Damen;Western;Pulaski;Cicero;Kedzie;Clark;State'))} "
        name += f"{_one(rng, ['St', 'Ave'])} & {_one(rng, _split('Lake;Madison;Division;Chicago;Belmont;Irving'))} "
        name += str(_one(rng, ["St", "Ave", "Blvd"]))
        code, lat, lng = str(13000 + k), 41.75 + 0.25 * rng.random(), -87.76 + 0.15 * rng.random()
    if electric:
        if rng.random() < 0.33:
            return None, None, round(lat + rng.normal(0, 0.004), 2), round(lng + rng.normal(0, 0.004), 2)
        return name, code, round(lat + rng.normal(0, 0.0003), 6), round(lng + rng.normal(0, 0.0003), 6)
    return name, code, lat, lng


def _dv_ride(rng: np.random.Generator) -> dict[str, Any]:
    member = rng.random() < 0.64
    kind = _draw(
        rng, "electric_bike:50;classic_bike:50" if member else "electric_bike:55;classic_bike:37;docked_bike:8"
    )
    month = int(_draw(rng, _DV_MONTHS))
    day = pd.Timestamp(2023, month, 1) + pd.Timedelta(
        days=int(rng.integers(0, pd.Timestamp(2023, month, 1).days_in_month))
    )
    start = day + pd.Timedelta(hours=int(_draw(rng, _DV_HOURS)), seconds=int(rng.integers(0, 3600)))
    median = 9.5 if member else 13.5
    minutes = float(rng.lognormal(np.log(median), 0.75 if member else 0.95)) * (2.5 if kind == "docked_bike" else 1)
    if not member and rng.random() < 0.01:
        minutes += float(rng.uniform(120, 1500))
    electric = kind == "electric_bike"
    s_name, s_id, s_lat, s_lng = _dv_place(rng, member, electric)
    e_name, e_id, e_lat, e_lng = _dv_place(rng, member, electric)
    if not member and rng.random() < 0.3:
        e_name, e_id, e_lat, e_lng = s_name, s_id, s_lat, s_lng
    return {
        "ride_id": _dv_hex(rng),
        "rideable_type": kind,
        "started_at": start,
        "ended_at": start + pd.Timedelta(seconds=round(minutes * 60)),
        "start_station_name": s_name,
        "start_station_id": s_id,
        "end_station_name": e_name,
        "end_station_id": e_id,
        "start_lat": s_lat,
        "start_lng": s_lng,
        "end_lat": e_lat,
        "end_lng": e_lng,
        "member_casual": "member" if member else "casual",
    }


def _divvy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4804)
    frame = pd.DataFrame([_dv_ride(rng) for _ in range(5000)])
    back = rng.choice(len(frame), 3, replace=False)
    frame.loc[back, "ended_at"] = frame.loc[back, "started_at"] - pd.to_timedelta(rng.integers(5, 300, 3), unit="s")
    lost = rng.choice(len(frame), 6, replace=False)
    frame.loc[lost, ["end_station_name", "end_station_id", "end_lat", "end_lng"]] = None
    for column in ("started_at", "ended_at"):
        frame[column] = frame[column].dt.strftime("%Y-%m-%d %H:%M:%S")
    return frame


def _dv_minutes(d: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(d["ended_at"]) - pd.to_datetime(d["started_at"])).dt.total_seconds() / 60


def _dv_means(positive_only: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        minutes = _dv_minutes(d)
        kept = minutes > 0 if positive_only else minutes.notna()
        return minutes[kept].groupby(d.loc[kept, "member_casual"]).mean().to_numpy()

    return means


def _dv_stations(d: pd.DataFrame) -> pd.Series:
    names = _text(d["start_station_name"])
    return _ranked(names[names != ""].value_counts())


_DV_ID = ("ride_id",)
_DV_TIMES = ("started_at", "ended_at")
_DIVVY_QS = [
    Q(
        "what share of rides are members vs casual riders",
        _shares(lambda d: d["member_casual"].value_counts(normalize=True)[["member", "casual"]].to_numpy()),
        (*_DV_ID, "member_casual"),
    ),
    Q(
        "avg ride length in minutes for each group?",
        either(_about(_dv_means(False)), _about(_dv_means(True))),
        (*_DV_ID, *_DV_TIMES, "member_casual"),
    ),
    Q(
        "which month had the most rides",
        _lead(_month(lambda d: pd.to_datetime(d["started_at"]).dt.to_period("M").value_counts().idxmax().start_time)),
        (*_DV_ID, "started_at"),
    ),
    Q(
        "top 5 start stations",
        _top_named(_dv_stations, 5),
        (*_DV_ID, "start_station_name", "start_station_id"),
    ),
    Q(
        "how many rides were longer than an hour?",
        _counts_or(lambda d: float((_dv_minutes(d) > 60).sum()), lambda d: float((_dv_minutes(d) >= 60).sum())),
        (*_DV_ID, *_DV_TIMES),
    ),
    Q(
        "what bike type do casual riders use the most?",
        _lead(_named(lambda d: _top_label(d.loc[d["member_casual"] == "casual", "rideable_type"]))),
        (*_DV_ID, "rideable_type", "member_casual"),
    ),
]


# --- 5. Campus placement (Kaggle "Job Placement", Placement_Data_Full_Class.csv) ----------------------------------


def _placement_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4805)
    n = 300
    male = rng.random(n) < 0.645
    ability = rng.normal(0, 1, n)
    ssc = np.clip(67.3 + 10.8 * (0.7 * ability + 0.71 * rng.normal(0, 1, n)), 40.89, 89.4)
    hsc = np.clip(66.3 + 10.9 * (0.6 * ability + 0.8 * rng.normal(0, 1, n)), 37.0, 97.7)
    degree = np.clip(66.4 + 7.4 * (0.6 * ability + 0.8 * rng.normal(0, 1, n)), 50.0, 91.0)
    etest = np.clip(72.1 + 13.3 * rng.normal(0, 1, n), 50.0, 98.0)
    mba = np.clip(62.3 + 5.8 * (0.45 * ability + 0.15 * (etest - 72.1) / 13.3 + 0.85 * rng.normal(0, 1, n)), 51.2, 77.9)
    stream = np.array([_draw(rng, "Commerce:53;Science:42;Arts:5") for _ in range(n)])
    field = np.array(
        [
            _draw(rng, "Sci&Tech:75;Comm&Mgmt:20;Others:5" if s == "Science" else "Comm&Mgmt:88;Sci&Tech:6;Others:6")
            for s in stream
        ]
    )
    work = rng.random(n) < 0.345
    finance = rng.random(n) < 0.56
    lift = {"Comm&Mgmt": 0.0, "Sci&Tech": -0.25, "Others": -0.9}
    score = 0.8 + 1.55 * ability + 1.1 * work + 0.35 * finance + np.array([lift[f] for f in field]) + 0.2 * male
    placed = rng.random(n) < 1 / (1 + np.exp(-score))
    salary = np.round(np.clip(rng.lognormal(np.log(265_000), 0.22, n) * (1 + 0.06 * male), 200_000, 940_000), -4)
    salary[rng.choice(n, 3, replace=False)] = [650_000, 940_000, 690_000]

    def board() -> np.ndarray:
        return np.where(rng.random(n) < 0.46, "Central", "Others")

    frame = pd.DataFrame(
        {
            "sl_no": np.arange(1, n + 1),
            "gender": np.where(male, "M", "F"),
            "ssc_p": np.round(ssc, 2),
            "ssc_b": board(),
            "hsc_p": np.round(hsc, 2),
            "hsc_b": board(),
            "hsc_s": stream,
            "degree_p": np.round(degree, 2),
            "degree_t": field,
            "workex": np.where(work, "Yes", "No"),
            "etest_p": np.round(etest, 2),
            "specialisation": np.where(finance, "Mkt&Fin", "Mkt&HR"),
            "mba_p": np.round(mba, 2),
            "status": np.where(placed, "Placed", "Not Placed"),
            "salary": np.where(placed, salary, np.nan),
        }
    )
    return frame


def _pl_rates(by: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: (d["status"] == "Placed").groupby(d[by]).mean()


_PL_ID = ("sl_no",)
_PLACEMENT_QS = [
    Q(
        "what percentage of students got placed?",
        _share(lambda d: float((d["status"] == "Placed").mean())),
        (*_PL_ID, "status", "salary"),
    ),
    Q(
        "avg salary for placed guys vs girls",
        _scaled(lambda d: d.groupby("gender")["salary"].mean().to_numpy(), (1e3, 1e5)),
        (*_PL_ID, "gender", "salary", "status"),
    ),
    Q(
        "does work experience help you get placed?",
        _shares(lambda d: _pl_rates("workex")(d).to_numpy()),
        (*_PL_ID, "workex", "status"),
    ),
    Q(
        "which degree type has the best placement rate",
        _lead(_named(lambda d: str(_ranked(_pl_rates("degree_t")(d)).index[0]))),
        (*_PL_ID, "degree_t", "status"),
    ),
    Q(
        "corelation between etest_p and mba_p?",
        _corr(lambda d: d["etest_p"], lambda d: d["mba_p"]),
        (*_PL_ID, "etest_p", "mba_p"),
    ),
    Q(
        "how many students got an offer above 3 lakh (300000)",
        _counts_or(lambda d: float((d["salary"] > 300_000).sum()), lambda d: float((d["salary"] >= 300_000).sum())),
        (*_PL_ID, "salary", "status"),
    ),
]


# --- 6. Amazon Prime titles (Kaggle "Amazon Prime Movies and TV Shows", amazon_prime_titles.csv) ------------------

_PR_RATINGS = (
    "13+:2117;16+:1547;ALL:1268;18+:1243;R:1010;PG-13:393;7+:385;PG:253;NR:223;TV-MA:77;TV-14:69;TV-PG:52;G:48;"
    "TV-NR:40;TV-G:30;TV-Y7:25;TV-Y:14;NOT_RATED:10;UNRATED:8;:337"
)
_PR_DIRECTORS = (
    "Mark Knight:113;Cannis Holder:61;Moonbug Entertainment:37;Jay Chapman:34;Arthur van Merwijk:30;"
    "Joseph K. Hardy:23;Manny Rodriguez:22;John English:20;Brian Volk-Weiss:18;Robert Emenegger, Allan Sandler:16;"
    "Joseph Kane:15;Allan Sandler:6;Sam Newfield:14;William Beaudine:12;Oscar Micheaux:11;Wiley Reynolds:10"
)
_PR_GENRES = (
    "Drama:14;Comedy:9;Drama, Suspense:8;Documentary:8;Kids:6;Action, Drama:5;Horror:5;Comedy, Drama:4;"
    "Arts, Entertainment, and Culture:3;Special Interest:3;Animation, Kids:3;Action, Suspense:3;Fitness:2;"
    "Western:2;Romance:2;Drama, Romance:2;Documentary, Special Interest:2;Music Videos and Concerts:2;"
    "Science Fiction:1;Horror, Suspense:1;Faith and Spirituality:1;Sports:1;Adventure, Kids:1"
)
_PR_COUNTRIES = (
    "United States:4.5;India:2.5;United Kingdom:1.8;Canada:1;United States, United Kingdom:0.4;Spain:0.3;"
    "Australia:0.3;France:0.3;Italy:0.2;Japan:0.2;:88.5"
)
_PR_ADJ = _split(
    "Last;Dark;Silent;Broken;Wild;Hidden;Lost;Secret;Golden;Crimson;Forgotten;Endless;Savage;Little;Perfect;Frozen;"
    "Burning;Deadly;Lonely;Sweet;Haunted;Final;Midnight;Bitter;Blue;Eternal;Fallen;Hollow;Iron;Restless"
)
_PR_NOUN = _split(
    "Road;River;Night;Heart;Summer;Journey;Promise;Witness;Stranger;Kingdom;Game;House;Town;Mission;Highway;"
    "Sky;Ranger;Island;Secret;Dream;Storm;Escape;Detective;Outlaw;Frontier;Shadow;Garden;Voyage;Legacy;Trail"
)
_PR_PEOPLE = _split(
    "John Wayne;Roy Rogers;Gene Autry;Nassar;Prakash Raj;Anupam Kher;Danny Glover;Tom Sizemore;Eric Roberts;"
    "Michael Madsen;Kate Bosworth;Nick Frost;Samantha Morton;Dolph Lundgren;Brahmanandam;Jeremy Renner;"
    "Laura Dern;Anna Kendrick;Ray Liotta;Bill Murray;Mel Gibson;Wanda Sykes;Jamie Lee Curtis;Julian Sands"
)
_PR_PLOTS = _split(
    "A young woman returns to her hometown;Two brothers take one last road trip;A detective chases a killer;"
    "A family fights to save their ranch;Comedians share stories on stage;Explore the wonders of the natural world;"
    "A group of friends gets lost in the woods;A retired soldier is pulled back into action"
)


def _pr_title(rng: np.random.Generator, used: set[str]) -> str:
    for attempt in range(400):
        title = f"{_one(rng, ['The ', '', '', 'A '])}{_one(rng, _PR_ADJ)} {_one(rng, _PR_NOUN)}"
        if rng.random() < 0.2:
            title += f" {int(_one(rng, [2, 2, 3]))}" if rng.random() < 0.5 else f": {_one(rng, _PR_NOUN)}"
        if attempt > 300:
            title += f" ({attempt})"
        if title not in used:
            used.add(title)
            return title
    raise RuntimeError("no fresh title")


def _prime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4806)
    n = 3000
    used: set[str] = set()
    directors = _deal(rng, _PR_DIRECTORS + ";~:2100", n)
    rows = []
    for i in range(n):
        movie = rng.random() < 0.80
        year = int(2021 - min(rng.exponential(9.5), 101)) if rng.random() < 0.9 else int(rng.integers(1920, 1960))
        director = directors[i]
        if director == "~":
            blank = rng.random() < (0.28 if movie else 0.9)
            director = "" if blank else f"{_one(rng, _PR_PEOPLE).split()[0]} {_one(rng, _PR_NOUN)}son"
        rating = _draw(rng, _PR_RATINGS)
        if movie:
            length = f"{int(np.clip(rng.normal(91, 26), 1, 550))} min"
        else:
            k = int(_draw(rng, "1:71;2:13;3:6;4:3;5:2;6:2;7:1;8:1;10:0.5;12:0.3"))
            length = f"{k} Season" if k == 1 else f"{k} Seasons"
        added = pd.Timestamp("2021-03-30") + pd.Timedelta(days=int(rng.integers(0, 200)))
        cast = ", ".join(str(x) for x in rng.choice(_PR_PEOPLE, int(rng.integers(1, 6)), replace=False))
        rows.append(
            {
                "show_id": f"s{i + 1}",
                "type": "Movie" if movie else "TV Show",
                "title": _pr_title(rng, used),
                "director": director or None,
                "cast": cast if rng.random() > 0.13 else None,
                "country": _draw(rng, _PR_COUNTRIES) or None,
                "date_added": f"{added:%B} {added.day}, {added.year}" if rng.random() < 0.02 else None,
                "release_year": year,
                "rating": rating or None,
                "duration": length,
                "listed_in": _draw(rng, _PR_GENRES) if movie else _draw(rng, "TV Shows:1;Kids, TV Shows:1"),
                "description": f"{_one(rng, _PR_PLOTS)}.",
            }
        )
    return pd.DataFrame(rows)


def _pr_directors(split: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        names = _text(d["director"])
        if split:
            names = names.str.split(", ").explode().str.strip()
        return str(_ranked(names[names != ""].value_counts()).index[0])

    return top


def _pr_minutes(d: pd.DataFrame) -> pd.Series:
    movies = d[d["type"] == "Movie"]
    return movies["duration"].str.extract(r"(\d+)", expand=False).astype(float)


def _pr_one_season(d: pd.DataFrame) -> float:
    shows = d[d["type"] == "TV Show"]
    return float((shows["duration"] == "1 Season").mean())


_PR_ID = ("show_id", "title")
_PRIME_QS = [
    Q(
        "how many movies and how many tv shows are there",
        _count(lambda d: d["type"].value_counts()[["Movie", "TV Show"]].to_numpy()),
        (*_PR_ID, "type"),
    ),
    Q(
        "most common rating?",
        _lead(_named(lambda d: _top_label(d["rating"]))),
        (*_PR_ID, "rating"),
    ),
    Q(
        "average movie length in minutes",
        _about(lambda d: float(_pr_minutes(d).mean())),
        (*_PR_ID, "type", "duration"),
    ),
    Q(
        "which director has the most titles",
        _lead(either(_named(_pr_directors(False)), _named(_pr_directors(True)))),
        (*_PR_ID, "director"),
    ),
    Q(
        "number of titles by release year - which year has the most?",
        _lead(_year(lambda d: float(_ranked(d["release_year"].value_counts()).index[0]))),
        (*_PR_ID, "release_year"),
    ),
    Q(
        "what % of the tv shows only have 1 season",
        _share(_pr_one_season),
        (*_PR_ID, "type", "duration"),
    ),
]


# --- 7. Cost of living by city (Kaggle "Cost of Living Index by City", Numbeo) ------------------------------------

# country|cost of living level (New York = 100)|rent ratio|groceries ratio|restaurant ratio|purchasing power|cities
_CL_COUNTRIES = _fields(
    "Switzerland|123|0.55|1.15|1.12|118|Zurich,Geneva,Basel,Lausanne,Bern,Lugano;"
    "Norway|100|0.33|0.95|1.05|98|Oslo,Bergen,Trondheim,Stavanger;"
    "Iceland|95|0.4|0.9|1.05|90|Reykjavik;"
    "Denmark|85|0.35|0.75|1.1|105|Copenhagen,Aarhus,Odense;"
    "United States|75|0.6|0.85|0.8|120|New York, NY,San Francisco, CA,Boston, MA,Washington, DC,Seattle, WA,"
    "Los Angeles, CA,Chicago, IL,Miami, FL,San Diego, CA,Denver, CO,Austin, TX,Philadelphia, PA,Portland, OR,"
    "Atlanta, GA,Minneapolis, MN,Dallas, TX,Houston, TX,Phoenix, AZ,Pittsburgh, PA,Salt Lake City, UT,Raleigh, NC,"
    "Nashville, TN,Las Vegas, NV,Columbus, OH,Detroit, MI,Kansas City, MO,Indianapolis, IN,St. Louis, MO,"
    "Cleveland, OH,Sacramento, CA,Baltimore, MD,Tampa, FL,Orlando, FL,Charlotte, NC,San Antonio, TX,Cincinnati, OH,"
    "Honolulu, HI,Anchorage, AK,Albuquerque, NM,Tucson, AZ;"
    "Australia|75|0.38|0.8|0.72|105|Sydney,Melbourne,Brisbane,Perth,Adelaide,Canberra,Gold Coast,Hobart;"
    "United Kingdom|66|0.32|0.6|0.82|95|London,Edinburgh,Manchester,Bristol,Birmingham,Glasgow,Leeds,Liverpool,"
    "Cardiff,Belfast,Nottingham,Sheffield;"
    "Canada|67|0.38|0.75|0.75|98|Vancouver,Toronto,Montreal,Ottawa,Calgary,Edmonton,Winnipeg,Halifax,Victoria;"
    "Germany|65|0.3|0.6|0.72|105|Munich,Frankfurt,Hamburg,Berlin,Stuttgart,Cologne,Dusseldorf,Dresden,Leipzig;"
    "France|70|0.28|0.75|0.8|85|Paris,Lyon,Nice,Marseille,Toulouse,Bordeaux,Nantes,Lille;"
    "Netherlands|68|0.38|0.6|0.85|95|Amsterdam,Utrecht,The Hague,Rotterdam,Eindhoven;"
    "Ireland|72|0.55|0.65|0.85|85|Dublin,Cork,Galway;"
    "Japan|62|0.22|0.8|0.45|90|Tokyo,Osaka,Yokohama,Kyoto,Nagoya,Fukuoka;"
    "Singapore|84|0.75|0.75|0.55|100|Singapore;"
    "Israel|80|0.35|0.75|0.95|78|Tel Aviv-Yafo,Jerusalem,Haifa;"
    "Italy|64|0.25|0.62|0.75|70|Milan,Rome,Florence,Bologna,Turin,Naples,Venice;"
    "Spain|52|0.24|0.5|0.62|72|Barcelona,Madrid,Palma de Mallorca,Valencia,Malaga,Seville,Bilbao;"
    "Korea|68|0.2|0.95|0.45|85|Seoul,Busan,Incheon,Daegu;"
    "United Arab Emirates|58|0.45|0.55|0.6|100|Dubai,Abu Dhabi,Sharjah;"
    "Sweden|65|0.25|0.6|0.8|95|Stockholm,Gothenburg,Malmo,Uppsala;"
    "Finland|66|0.27|0.6|0.8|90|Helsinki,Tampere,Espoo;"
    "Austria|66|0.27|0.65|0.7|85|Vienna,Salzburg,Graz,Innsbruck;"
    "Belgium|67|0.25|0.62|0.78|88|Brussels,Antwerp,Ghent;"
    "New Zealand|70|0.33|0.75|0.7|90|Auckland,Wellington,Christchurch;"
    "Portugal|47|0.25|0.45|0.5|52|Lisbon,Porto,Braga;"
    "Greece|50|0.13|0.5|0.55|45|Athens,Thessaloniki;"
    "Czech Republic|47|0.2|0.5|0.42|65|Prague,Brno;"
    "Poland|38|0.16|0.4|0.38|65|Warsaw,Krakow,Wroclaw,Gdansk,Poznan,Lodz;"
    "Hungary|40|0.13|0.42|0.38|52|Budapest,Debrecen;"
    "Croatia|45|0.13|0.48|0.45|50|Zagreb,Split;"
    "Saudi Arabia|46|0.15|0.48|0.4|105|Riyadh,Jeddah,Dammam;"
    "China|40|0.18|0.6|0.3|75|Shanghai,Beijing,Shenzhen,Guangzhou,Hangzhou,Chengdu,Nanjing,Wuhan,Xi'an;"
    "Mexico|35|0.13|0.4|0.3|40|Mexico City,Guadalajara,Monterrey,Cancun,Tijuana,Puebla,Merida;"
    "Brazil|31|0.1|0.3|0.28|35|Sao Paulo,Rio de Janeiro,Brasilia,Belo Horizonte,Curitiba,Porto Alegre,Recife;"
    "Argentina|32|0.08|0.32|0.3|38|Buenos Aires,Cordoba,Rosario,Mendoza;"
    "South Africa|40|0.14|0.35|0.35|85|Cape Town,Johannesburg,Pretoria,Durban,Port Elizabeth;"
    "Thailand|40|0.14|0.5|0.18|32|Bangkok,Chiang Mai,Phuket,Pattaya;"
    "Malaysia|36|0.1|0.42|0.22|65|Kuala Lumpur,Penang,Johor Bahru;"
    "Turkey|29|0.06|0.3|0.25|40|Istanbul,Ankara,Izmir,Antalya;"
    "Russia|36|0.12|0.38|0.38|45|Moscow,Saint Petersburg,Novosibirsk,Yekaterinburg;"
    "Indonesia|32|0.08|0.38|0.2|28|Jakarta,Bali,Surabaya,Bandung;"
    "Philippines|34|0.07|0.4|0.2|25|Manila,Makati,Cebu,Davao;"
    "Vietnam|30|0.1|0.35|0.15|30|Ho Chi Minh City,Hanoi,Da Nang;"
    "Colombia|27|0.07|0.28|0.22|30|Bogota,Medellin,Cali,Barranquilla;"
    "Nigeria|30|0.1|0.3|0.28|12|Lagos,Abuja;"
    "Egypt|20|0.04|0.22|0.18|20|Cairo,Alexandria,Giza;"
    "India|24|0.055|0.24|0.17|50|Mumbai,Bangalore,Delhi,Gurgaon,Pune,Hyderabad,Chennai,Noida,Kolkata,Ahmedabad,"
    "Jaipur,Kochi,Chandigarh,Lucknow,Coimbatore,Indore,Bhubaneswar,Visakhapatnam,Nagpur,Vadodara;"
    "Pakistan|20|0.04|0.2|0.18|30|Karachi,Lahore,Islamabad,Rawalpindi,Faisalabad,Peshawar;"
    "Bangladesh|24|0.05|0.27|0.18|28|Dhaka,Chittagong;"
    "Sri Lanka|26|0.06|0.3|0.2|22|Colombo,Kandy;"
    "Kazakhstan|30|0.1|0.35|0.3|40|Almaty,Astana;"
    "Ukraine|28|0.08|0.3|0.3|35|Kyiv,Kharkiv,Odessa,Lviv,Dnipro;"
    "Kenya|32|0.08|0.35|0.3|25|Nairobi,Mombasa;"
    "Estonia|45|0.2|0.5|0.5|65|Tallinn,Tartu;Latvia|42|0.14|0.45|0.45|55|Riga;Lithuania|42|0.16|0.45|0.42|62|Vilnius,Kaunas;"
    "Slovakia|42|0.15|0.45|0.38|58|Bratislava,Kosice;Romania|35|0.12|0.38|0.35|55|Bucharest,Cluj-Napoca,Timisoara,Iasi;"
    "Bulgaria|34|0.1|0.38|0.32|52|Sofia,Plovdiv,Varna;Serbia|33|0.1|0.36|0.33|40|Belgrade,Novi Sad;"
    "Peru|30|0.09|0.36|0.25|32|Lima,Arequipa,Cusco;Chile|42|0.13|0.45|0.38|42|Santiago,Valparaiso,Concepcion;"
    "Qatar|55|0.45|0.5|0.55|120|Doha;Kuwait|45|0.3|0.45|0.45|110|Kuwait City;"
    "Morocco|28|0.07|0.3|0.22|35|Casablanca,Rabat,Marrakech"
)


def _cl_cities(text: str) -> list[str]:
    """The cities of one country ("New York, NY,Boston, MA" holds two)."""
    return re.split(r",(?! )", text)


def _cost_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4807)
    rows = [
        {
            "City": "Hamilton, Bermuda",
            "Cost of Living Index": 146.04,
            "Rent Index": 96.1,
            "Groceries Index": 158.3,
            "Restaurant Price Index": 150.12,
            "Local Purchasing Power Index": 112.01,
        }
    ]
    for country, level, rent, groceries, restaurant, power, cities in _CL_COUNTRIES:
        for k, city in enumerate(_cl_cities(cities)):
            if city == "New York, NY":
                rows.append({"City": "New York, NY, United States"} | dict.fromkeys(_CL_INDICES[1:], 100.0))
                continue
            f = float(np.exp(rng.normal(0, 0.05))) * max(1.06 - 0.025 * k, 0.8)
            rf = float(np.exp(rng.normal(0, 0.12))) * max(1.3 - 0.07 * k, 0.6)
            rows.append(
                {
                    "City": f"{city}, {country}",
                    "Cost of Living Index": round(min(float(level) * f, 139.0), 2),
                    "Rent Index": round(100 * float(rent) * rf, 2),
                    "Groceries Index": round(100 * float(groceries) * f * float(np.exp(rng.normal(0, 0.06))), 2),
                    "Restaurant Price Index": round(
                        100 * float(restaurant) * f * float(np.exp(rng.normal(0, 0.08))), 2
                    ),
                    "Local Purchasing Power Index": round(float(power) * float(np.exp(rng.normal(0.03, 0.12))), 2),
                }
            )
    frame = pd.DataFrame(rows)
    frame["Cost of Living Plus Rent Index"] = np.round(
        (frame["Cost of Living Index"] + 0.75 * frame["Rent Index"]) / 1.75, 2
    )
    frame = frame.sort_values("Cost of Living Index", ascending=False, kind="stable").reset_index(drop=True)
    frame.insert(0, "Rank", np.arange(1, len(frame) + 1))
    return frame[["Rank", *_CL_INDICES]]


def _cl_place(d: pd.DataFrame) -> pd.Series:
    return d["City"].str.split(",").str[0]


def _cl_us(d: pd.DataFrame) -> pd.Series:
    return d["City"].str.strip().str.endswith("United States")


_CL_INDICES: tuple[str, ...] = ("City", "Cost of Living Index", "Rent Index", "Cost of Living Plus Rent Index")
_CL_INDICES += ("Groceries Index", "Restaurant Price Index", "Local Purchasing Power Index")
_CL_ID = ("Rank", "City")
_COST_QS = [
    Q(
        "which city has the highest cost of living?",
        _lead(_named(lambda d: str(_cl_place(d)[d["Cost of Living Index"].idxmax()]))),
        (*_CL_ID, "Cost of Living Index", "Cost of Living Plus Rent Index"),
    ),
    Q(
        "whats the average rent index",
        _about(lambda d: float(d["Rent Index"].mean())),
        (*_CL_ID, "Rent Index"),
    ),
    Q(
        "5 cheapest cities by cost of living plus rent",
        _top_named(lambda d: _ranked(d.set_index(_cl_place(d))["Cost of Living Plus Rent Index"], True), 5),
        (*_CL_ID, "Cost of Living Plus Rent Index"),
    ),
    Q(
        "is rent correlated with local purchasing power?",
        _corr(lambda d: d["Rent Index"], lambda d: d["Local Purchasing Power Index"]),
        (*_CL_ID, "Rent Index", "Local Purchasing Power Index"),
    ),
    Q(
        "how many cities from the US are in the list",
        _count(lambda d: float(_cl_us(d).sum())),
        _CL_ID,
    ),
    Q(
        "and what's their average cost of living index?",
        _about(lambda d: float(d.loc[_cl_us(d), "Cost of Living Index"].mean()), rel=0.005),
        (*_CL_ID, "Cost of Living Index"),
    ),
]


HELDOUT48: list[Dataset] = [
    Dataset("nyc_motor_vehicle_collisions", _collisions_frame, _COLLISIONS_QS),
    Dataset("apple_stock_prices", _apple_frame, _APPLE_QS),
    Dataset("fifa_world_cup_matches", _world_cup_frame, _WORLD_CUP_QS),
    Dataset("divvy_bike_trips_2023", _divvy_frame, _DIVVY_QS),
    Dataset("campus_placement", _placement_frame, _PLACEMENT_QS),
    Dataset("amazon_prime_titles", _prime_frame, _PRIME_QS),
    Dataset("cost_of_living_by_city", _cost_frame, _COST_QS),
]
