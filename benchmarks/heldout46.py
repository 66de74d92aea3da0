"""HELDOUT46: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Airline Dataset (Airline Dataset.csv, 3000 passengers in 2022) with six-letter Passenger IDs, Male / Female, ages 1
to 90, nationalities, small airports with their two-letter country code, country name, NAM / EU / AS / OC / AF /
SAM continent codes and full continent names, departure dates written both "6/28/2022" and "2022-06-28", three-letter
arrival airports ("0" for a few), pilot names and On Time / Delayed / Cancelled flight status; TidyTuesday's Ultra
Trail Running data (race.csv joined with ranking.csv, 4373 results from 170 races of 28 events, 2012-2021, hardly
any in 2020) with race_year_id, event and race ("UTMB®"), city, country, ISO dates, start times, "solo" / "Solo"
participation, distance, elevation gain and loss, aid stations, participants (0 when unknown), rank blank for those
who did not finish, "LASTNAME Firstname" runners (some running several races), times as "26H 35M 25S", ages (a few
0 or 133), M / W gender, three-letter nationalities and time_in_seconds; the Levels.fyi salaries file (Kaggle "Data
Science and STEM Salaries", Levels_Fyi_Salary_Data.csv, 4000 entries from June 2017 to August 2021) with "6/7/2017
11:33:27" timestamps, company names in several cases ("Amazon", "amazon", "Google ") and company-specific levels
("L5", "SDE II", "E5", "62"), titles, totalyearlycompensation in dollars, "Redmond, WA" / "Bangalore, KA, India"
locations, years of experience and at the company, tags, base salary, stock and bonus (all 0.0 for many older
entries), gender mostly blank before 2019 with one "Title: Senior Software Engineer", other details, city and DMA
ids, row numbers, the 0 / 1 degree and race dummies and Race and Education only from 2020; TidyTuesday's Transit
Costs Project file (transit_cost.csv, 486 rail projects in 47 countries, "UK" among the two-letter codes, projects
in runs by city, not by country) with start_year as text ("not start", "5 years"), end_year with "X" and blanks, rr
0 / 1, length and tunnel in km, tunnel_per as "100.00%" (some blank), stations, sources, cost in millions of the
local currency, the currency, year, PPP rate, real_cost as text and cost_km_millions, followed (as in the real file)
by seven summary rows that are blank but for length, tunnel, source2, cost_km_millions and a label ("AVG", "MEDIAN",
..., "N") in real_cost; Kaggle's Video Game Sales with Ratings (Video_Games_Sales_as_at_22_Dec_2016.csv, 5000
games, best sellers first, starting with the real top ten) with Platform codes ("PS2", "X360", "2600"),
Year_of_Release "N/A" for a few, Genre, Publisher (a few "N/A"), NA / EU / JP / Other / Global sales in millions,
Critic_Score and Critic_Count for about 60% of the games, User_Score as text on a 0-10 scale with "tbd", User_Count,
Developer and E / E10+ / T / M ratings (a handful of K-A, EC, RP and AO, many blank); TidyTuesday's Chopped episodes
(chopped.tsv written as CSV, 549 episodes in 45 seasons from January 2009 to February 2019) with season,
season_episode, series_episode, episode_rating with blanks, episode names, notes, air dates written "January 13,
2009", three judges (one name three times with a trailing space), comma-joined appetizer, entree and dessert baskets and
four contestants with "Sarah Simmons, Chef de Cuisine, Manhattan, NY" infos; and Kaggle's Countries of the World
(countries of the world.csv, the 227 countries and territories of the CIA factbook file) with a trailing space after
every Country, upper-case regions padded with spaces ("ASIA (EX. NEAR EAST)         "), Population, Area (sq. mi.),
GDP ($ per capita) as whole dollars (blank for Western Sahara) and every other figure written with a decimal comma
("48,0", "0,38"): density, coastline ratio, net migration, infant mortality, literacy, phones, arable, crops and
other land, climate ("1,5"), birthrate, deathrate and the agriculture / industry / service shares, with blanks in
most of them. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _fields
from .heldout40 import _number, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The first label of a ranking (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


_CLOCK = re.compile(r"(?<![\d.:])(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?![\d:])")
_SPELLED = re.compile(
    r"(?<![\d.])(\d{1,3})\s*(?:h|hrs?|hours?)\.?,?\s*(?:and\s+)?(\d{1,2})\s*(?:m|mins?|minutes?)\b"
    r"(?:\.?,?\s*(?:and\s+)?(\d{1,2})\s*(?:s|secs?|seconds?)\b)?",
    re.IGNORECASE,
)


def _one_duration(want: float) -> Check:
    def spelled(answer: str, df: pd.DataFrame) -> str | None:
        found = [
            3600 * int(m.group(1)) + 60 * int(m.group(2)) + int(m.group(3) or 0)
            for pattern in (_CLOCK, _SPELLED)
            for m in pattern.finditer(answer)
        ]
        return None if any(abs(f - want) <= max(60.0, 0.006 * want) for f in found) else f"missing {want:.0f}s"

    return either(_scaled(lambda _d: want, (60.0, 3600.0)), spelled)


def _duration(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every duration (in seconds) appears: in seconds, minutes or hours ("27.4 hours", as `scaled` reads them), or
    as a clock or in hours and minutes ("27:24:10", "27h 24m", "27 hours 24 minutes"), to a minute or 0.6%."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            why = _one_duration(float(w))(answer, df)
            if why:
                return why
        return None

    return check


# --- 1. Airline passengers (Kaggle "Airline Dataset", Airline Dataset.csv) -----------------------------------------

# continent code: full name, share of the flights, chance of On Time / Delayed / Cancelled
_AL_CONTINENTS: dict[str, tuple[str, float, tuple[float, float, float]]] = {
    "NAM": ("North America", 32.0, (0.36, 0.31, 0.33)),
    "AS": ("Asia", 19.0, (0.31, 0.37, 0.32)),
    "OC": ("Oceania", 13.5, (0.35, 0.30, 0.35)),
    "AF": ("Africa", 12.5, (0.29, 0.39, 0.32)),
    "EU": ("Europe", 11.5, (0.38, 0.33, 0.29)),
    "SAM": ("South America", 11.5, (0.32, 0.35, 0.33)),
}
# airports as "name|country code|country name|continent code|IATA code"
_AL_AIRPORTS = _fields(
    "Coldfoot Airport|US|United States|NAM|CXF;Kugluktuk Airport|CA|Canada|NAM|YCO;"
    "Bagotville Airport|CA|Canada|NAM|YBG;Cheyenne Regional Jerry Olson Field|US|United States|NAM|CYS;"
    "Dothan Regional Airport|US|United States|NAM|DHN;"
    "Louisville International Standiford Field|US|United States|NAM|SDF;"
    "Petersburg James A. Johnson Airport|US|United States|NAM|PSG;Tijuana International Airport|MX|Mexico|NAM|TIJ;"
    "Cozumel International Airport|MX|Mexico|NAM|CZM;Goloson International Airport|HN|Honduras|NAM|LCE;"
    "Tocumen International Airport|PA|Panama|NAM|PTY;Norman Manley International Airport|JM|Jamaica|NAM|KIN;"
    "Punta Cana International Airport|DO|Dominican Republic|NAM|PUJ;Juan Santamaria International Airport|CR|"
    "Costa Rica|NAM|SJO;Churchill Airport|CA|Canada|NAM|YYQ;Sault Ste Marie Airport|CA|Canada|NAM|YAM;"
    "Hilo International Airport|US|United States|NAM|ITO;Key West International Airport|US|United States|NAM|EYW;"
    "Nome Airport|US|United States|NAM|OME;Kangerlussuaq Airport|GL|Greenland|NAM|SFJ;"
    "Grenoble-Isère Airport|FR|France|EU|GNB;Tromsø Airport|NO|Norway|EU|TOS;Ronneby Airport|SE|Sweden|EU|RNB;"
    "Kerry Airport|IE|Ireland|EU|KIR;Inverness Airport|GB|United Kingdom|EU|INV;Porto Airport|PT|Portugal|EU|OPO;"
    "Santiago de Compostela Airport|ES|Spain|EU|SCQ;Bari Karol Wojtyła Airport|IT|Italy|EU|BRI;"
    "Kraków John Paul II International Airport|PL|Poland|EU|KRK;Varna Airport|BG|Bulgaria|EU|VAR;"
    "Ivalo Airport|FI|Finland|EU|IVL;Sylt Airport|DE|Germany|EU|GWT;Rhodes Diagoras Airport|GR|Greece|EU|RHO;"
    "Talagi Airport|RU|Russian Federation|EU|ARH;Ningbo Lishe International Airport|CN|China|AS|NGB;"
    "Hailar Dongshan Airport|CN|China|AS|HLD;Sultan Hasanuddin International Airport|ID|Indonesia|AS|UPG;"
    "Iloilo International Airport|PH|Philippines|AS|ILO;Kagoshima Airport|JP|Japan|AS|KOJ;"
    "Gimpo International Airport|KR|Korea, Republic of|AS|GMP;Chiang Rai International Airport|TH|Thailand|AS|CEI;"
    "Da Nang International Airport|VN|Viet Nam|AS|DAD;Allama Iqbal International Airport|PK|Pakistan|AS|LHE;"
    "Dibrugarh Airport|IN|India|AS|DIB;Kota Kinabalu International Airport|MY|Malaysia|AS|BKI;"
    "Gan International Airport|MV|Maldives|AS|GAN;Osh Airport|KG|Kyrgyzstan|AS|OSS;"
    "Abadan Airport|IR|Iran, Islamic Republic of|AS|ABD;Albany Airport|AU|Australia|OC|ALH;"
    "Cooktown Airport|AU|Australia|OC|CTN;Broome International Airport|AU|Australia|OC|BME;"
    "Mount Hagen Kagamuga Airport|PG|Papua New Guinea|OC|HGU;Wapenamanda Airport|PG|Papua New Guinea|OC|WBM;"
    "Nadi International Airport|FJ|Fiji|OC|NAN;Bonriki International Airport|KI|Kiribati|OC|TRW;"
    "Hokitika Airport|NZ|New Zealand|OC|HKK;Queenstown International Airport|NZ|New Zealand|OC|ZQN;"
    "Honiara International Airport|SB|Solomon Islands|OC|HIR;Pago Pago International Airport|AS|American Samoa|OC|PPG;"
    "Momote Airport|PG|Papua New Guinea|OC|MAS;Jomo Kenyatta International Airport|KE|Kenya|AF|NBO;"
    "Tamale Airport|GH|Ghana|AF|TML;Marrakesh Menara Airport|MA|Morocco|AF|RAK;"
    "Port Harcourt International Airport|NG|Nigeria|AF|PHC;Kruger Mpumalanga International Airport|ZA|South Africa|AF|"
    "MQP;Upington Airport|ZA|South Africa|AF|UTN;Nampula Airport|MZ|Mozambique|AF|APL;"
    "Arusha Airport|TZ|Tanzania, United Republic of|AF|ARK;Amílcar Cabral International Airport|CV|Cape Verde|AF|SID;"
    "Ivato Airport|MG|Madagascar|AF|TNR;Bangui M'Poko International Airport|CF|Central African Republic|AF|BGF;"
    "Luxor International Airport|EG|Egypt|AF|LXR;Viru Viru International Airport|BO|Bolivia|SAM|VVI;"
    "Mariscal Sucre International Airport|EC|Ecuador|SAM|UIO;El Dorado International Airport|CO|Colombia|SAM|BOG;"
    "Rafael Núñez International Airport|CO|Colombia|SAM|CTG;Jorge Chávez International Airport|PE|Peru|SAM|LIM;"
    "Comodoro Arturo Merino Benítez International Airport|CL|Chile|SAM|SCL;"
    "Malvinas Argentinas International Airport|AR|Argentina|SAM|USH;"
    "Ministro Pistarini International Airport|AR|Argentina|SAM|EZE;Santa Maria Airport|BR|Brazil|SAM|RIA;"
    "Marechal Rondon International Airport|BR|Brazil|SAM|CGB;Carrasco International Airport|UY|Uruguay|SAM|MVD;"
    "Silvio Pettirossi International Airport|PY|Paraguay|SAM|ASU;Cheddi Jagan International Airport|GY|Guyana|SAM|GEO"
)
_AL_NATIONALITIES = (
    "China:18.5;Indonesia:10.8;Russia:6.0;Philippines:5.4;Brazil:3.9;Portugal:3.2;Poland:3.1;France:2.9;Sweden:2.0;"
    "United States:1.9;Czech Republic:1.9;Ukraine:1.4;Peru:1.4;Japan:1.3;Colombia:1.3;Argentina:1.2;Greece:1.2;"
    "Nigeria:1.1;Canada:1.1;Thailand:1.1;Mexico:1.0;Vietnam:0.9;Serbia:0.8;Pakistan:0.8;Iran:0.8;Morocco:0.8;"
    "South Africa:0.7;Bosnia and Herzegovina:0.7;Croatia:0.7;Syria:0.6;Palestinian Territory:0.6;Germany:0.6;"
    "Malaysia:0.6;Kenya:0.5;Honduras:0.5;Netherlands:0.5;Mongolia:0.5;Dominican Republic:0.5;Tanzania:0.5;"
    "Bangladesh:0.5;Ethiopia:0.4;Armenia:0.4;Venezuela:0.4;Yemen:0.4;Uganda:0.4;Finland:0.4;Nicaragua:0.4;"
    "Albania:0.3;Cameroon:0.3;Egypt:0.3;Norway:0.3;Ireland:0.3;Estonia:0.3;Luxembourg:0.2;Macedonia:0.2;"
    "Haiti:0.2;Cuba:0.2;Chile:0.2;Bolivia:0.2;Sri Lanka:0.2;Azerbaijan:0.2;Kazakhstan:0.2;Italy:0.2;"
    "South Korea:0.2;Zambia:0.1;Guatemala:0.1;Ecuador:0.1;New Zealand:0.1;Latvia:0.1;Georgia:0.1"
)
_AL_FIRST = _split(
    "Edithe;Elwood;Darby;Dominica;Bay;Lora;Rand;Perceval;Aleda;Burlie;Cordy;Dulcea;Ebba;Fanchon;Gaven;Hedvig;Ingar;"
    "Jeanelle;Kippie;Lorrie;Marten;Nerti;Orran;Pammy;Quintina;Rourke;Shayla;Tobit;Ulick;Vivie;Wash;Xymenes;Yoshi;"
    "Zorana;Abbe;Benoit;Cathrine;Dov;Emmalynne;Fax;Gwenni;Hal;Isahella;Jodee;Kris;Lind;Merilee;Nollie;Othella;Pooh;"
    "Reggi;Sibeal;Tabb;Ulises;Vonni;Whitaker;Ysabel;Zach;Annabal;Brendin;Carolan;Dagny;Egan;Filmer;Giraud;Hettie"
)
_AL_LAST = _split(
    "Leggis;Grigoli;Doni;Attwood;Blasi;Bissill;Careswell;Dowthwaite;Eustace;Feaveer;Gianotti;Heddan;Ibbotson;"
    "Jakubovitch;Kindred;Ladlow;MacCrackan;Nowakowski;O'Shiel;Pinchin;Quarrie;Rubinowitz;Scading;Tabart;Upstell;"
    "Vasyatkin;Wissbey;Yurmanovev;Zannelli;Antoniutti;Brimilcombe;Cutmere;Dyott;Espinay;Folkard;Gerrelts;Haken;"
    "Issitt;Jillitt;Kilgrove;Lowdes;Mabb;Nequest;Oakhill;Petry;Rudeforth;Sowood;Tuckwell;Vanyashin;Woolager"
)
_AL_SEASON = np.array([0.84, 0.8, 0.9, 0.95, 0.98, 1.08, 1.24, 1.13, 0.94, 0.92, 0.9, 1.08])
_AL_ID = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _airline_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4601)
    codes = list(_AL_CONTINENTS)
    airports = {c: [a for a in _AL_AIRPORTS if a[3] == c] for c in codes}
    days = pd.date_range("2022-01-01", "2022-12-31", freq="D")
    weights = _AL_SEASON[days.month.to_numpy() - 1]
    rows: list[dict[str, Any]] = []
    for _ in range(3000):
        code = str(_one(rng, codes, [v[1] for v in _AL_CONTINENTS.values()]))
        name, country, country_name, _c, iata = _one(rng, airports[code])
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        gender = str(_one(rng, ["Male", "Female"]))
        rows.append(
            {
                "Passenger ID": "".join(_AL_ID[int(i)] for i in rng.integers(0, len(_AL_ID), 6)),
                "First Name": str(_one(rng, _AL_FIRST)),
                "Last Name": str(_one(rng, _AL_LAST)),
                "Gender": gender,
                "Age": int(rng.integers(1, 91)),
                "Nationality": _draw(rng, _AL_NATIONALITIES),
                "Airport Name": name,
                "Airport Country Code": country,
                "Country Name": country_name,
                "Airport Continent": code,
                "Continents": _AL_CONTINENTS[code][0],
                "Departure Date": f"{day.month}/{day.day}/{day.year}" if rng.random() < 0.62 else f"{day:%Y-%m-%d}",
                "Arrival Airport": iata if rng.random() < 0.994 else "0",
                "Pilot Name": f"{_one(rng, _AL_FIRST)} {_one(rng, _AL_LAST)}",
                "Flight Status": str(_one(rng, ["On Time", "Delayed", "Cancelled"], _AL_CONTINENTS[code][2])),
            }
        )
    return pd.DataFrame(rows)


def _al_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Departure Date"]), format="mixed")


def _al_month_counts(d: pd.DataFrame) -> pd.Series:
    return _al_day(d).dt.month.value_counts().sort_index()


def _al_rates(statuses: tuple[str, ...]) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        hit = _text(d["Flight Status"]).isin(statuses)
        return [float(v) for v in hit.groupby(_text(d["Continents"])).mean().to_numpy()]

    return rates


def _al_cancelled(continent: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        status = _text(d.loc[_text(d["Continents"]) == continent, "Flight Status"])
        return float((status == "Cancelled").mean())

    return share


_AL_ALIASES = {v[0]: (k,) for k, v in _AL_CONTINENTS.items()}
_AL_ID_COLUMNS = ("Passenger ID",)
_AL_WHERE = ("Airport Continent", "Continents")
_AIRLINE_QS = [
    Q(
        "which continent has the most flights?",
        _lead(_named(lambda d: _top(_text(d["Continents"]).value_counts()), _AL_ALIASES)),
        (*_AL_ID_COLUMNS, *_AL_WHERE),
    ),
    Q(
        "what % of flights got cancelled",
        _share(lambda d: float((_text(d["Flight Status"]) == "Cancelled").mean())),
        (*_AL_ID_COLUMNS, "Flight Status"),
    ),
    Q(
        "and in europe?",
        _share(_al_cancelled("Europe")),
        (*_AL_ID_COLUMNS, *_AL_WHERE, "Flight Status"),
    ),
    Q(
        "average passenger age?",
        _about(lambda d: float(d["Age"].mean())),
        (*_AL_ID_COLUMNS, "Age"),
    ),
    Q(
        "how many flights departed each month, which month was busiest",
        _lead(_month(lambda d: pd.Timestamp(2022, int(_al_month_counts(d).idxmax()), 1))),
        (*_AL_ID_COLUMNS, "Departure Date"),
    ),
    Q(
        "compare the delay rate between continents",
        either(_shares(_al_rates(("Delayed",))), _shares(_al_rates(("Delayed", "Cancelled")))),
        (*_AL_ID_COLUMNS, *_AL_WHERE, "Flight Status"),
    ),
]


# --- 2. Ultra trail running (TidyTuesday 2021-10-26, race.csv joined with ranking.csv) ----------------------------

# event|race|city|country|distance (km)|elevation gain (m)|aid stations|month|start time|home nationality|first year|
# participation as written
_UT_EVENTS = _fields(
    "UTMB®|UTMB®|Chamonix|France|170.7|9930|11|8|17:00:00|FRA|2012|Solo;"
    "Western States Endurance Run|Western States 100|Olympic Valley|United States|161.1|5500|21|6|05:00:00|USA|2012|"
    "solo;Hardrock 100 Endurance Run|Hardrock 100|Silverton|United States|163.5|10250|13|7|06:00:00|USA|2013|solo;"
    "Leadville Trail 100 Run|Leadville 100|Leadville|United States|162.0|4760|11|8|04:00:00|USA|2014|solo;"
    "Javelina Jundred|Javelina Jundred 100 Miles|Fountain Hills|United States|162.5|2500|14|10|06:00:00|USA|2015|"
    "solo;Bighorn Trail Run|Bighorn 100 Mile|Dayton|United States|160.9|5500|14|6|11:00:00|USA|2013|solo;"
    "Lavaredo Ultra Trail|Lavaredo Ultra Trail|Cortina d'Ampezzo|Italy|120.0|5800|8|6|23:00:00|ITA|2012|solo;"
    "Tor des Géants®|Tor des Géants®|Courmayeur|Italy|330.0|24000|7|9|10:00:00|ITA|2013|Solo;"
    "Ultra-Trail Mt. Fuji|UTMF|Fujikawaguchiko|Japan|165.0|7900|9|4|12:00:00|JPN|2013|solo;"
    "Transgrancanaria|Transgrancanaria 128K|Las Palmas de Gran Canaria|Spain|128.0|7500|9|3|23:00:00|ESP|2012|solo;"
    "Penyagolosa Trails|CSP 115|Castelló de la Plana|Spain|118.0|5400|11|5|06:00:00|ESP|2014|solo;"
    "Val d'Aran by UTMB®|VDA|Vielha|Spain|163.0|10600|13|7|18:00:00|ESP|2018|Solo;"
    "Madeira Island Ultra Trail|MIUT 115|Porto Moniz|Portugal|115.0|7100|12|4|00:00:00|PRT|2015|solo;"
    "Lakeland 100|Ultra Tour of the Lake District|Coniston|United Kingdom|169.0|6300|14|7|17:30:00|GBR|2012|solo;"
    "Peak District Ultras|Millstone 100|Castleton|United Kingdom|166.9|4520|9|5|07:00:00|GBR|2016|solo;"
    "Centurion Thames Path 100|Thames Path 100|Richmond|United Kingdom|160.9|700|12|5|10:00:00|GBR|2012|solo;"
    "The Spine Race|Spine Race|Edale|United Kingdom|431.0|13000|5|1|08:00:00|GBR|2014|solo;"
    "Grand Raid de la Réunion|La Diagonale des Fous|Saint-Pierre|France|165.0|9576|15|10|22:00:00|FRA|2012|Solo;"
    "Grand Trail des Templiers|Endurance Trail|Millau|France|100.0|4800|6|10|04:00:00|FRA|2014|Solo;"
    "Eiger Ultra Trail|E101|Grindelwald|Switzerland|101.0|6700|10|7|04:30:00|CHE|2014|solo;"
    "Andorra Ultra Trail|Ronda dels Cims|Ordino|Andorra|170.0|13500|13|7|06:00:00|AND|2013|solo;"
    "Zugspitz Ultratrail|Ultratrail|Grainau|Germany|106.0|5400|11|6|07:15:00|GER|2012|solo;"
    "Mozart 100|Mozart 100|Salzburg|Austria|105.0|4600|10|6|04:00:00|AUT|2015|solo;"
    "Ultra-Trail Australia|UTA 100|Katoomba|Australia|100.0|4400|5|5|06:20:00|AUS|2014|solo;"
    "Tarawera Ultramarathon|Tarawera 100 Mile|Rotorua|New Zealand|165.0|4800|15|2|04:00:00|NZL|2017|solo;"
    "Ultra Trail Cape Town|UTCT 100K|Cape Town|South Africa|100.0|4900|8|11|04:00:00|RSA|2016|solo;"
    "Vibram Hong Kong 100|Hong Kong 100|Hong Kong|Hong Kong, China|103.0|5400|10|1|08:00:00|HKG|2013|solo;"
    "Gaoligong by UTMB®|Gaoligong 160|Tengchong|China|160.0|9000|15|4|06:00:00|CHN|2018|solo"
)
_UT_ABROAD = (
    "FRA:14;USA:12;GBR:11;ESP:9;ITA:7;JPN:5;CHN:6;GER:5;SUI:3;CAN:3;AUS:3;NZL:2;BEL:2;NED:2;POL:2;CZE:2;SWE:2;"
    "HKG:2;BRA:1;ARG:1;MEX:1;RSA:1;POR:1;AUT:1;DEN:1;NOR:1;IRL:1;KOR:1;SIN:1;PHI:1"
)
# nationality: name style (family names, given names for men, given names for women)
_UT_NAMES: dict[str, tuple[str, str, str]] = {
    "en": (
        "SMITH;JONES;TAYLOR;BROWN;WILLIAMS;WILSON;JOHNSON;DAVIES;ROBINSON;WRIGHT;THOMPSON;EVANS;WALKER;WHITE;ROBERTS;"
        "GREEN;HALL;WOOD;JACKSON;CLARKE;HUGHES;MORGAN;PRICE;SHAW;WALSH;MURPHY;KELLY;MILLER;ANDERSON;MOORE;ALLEN;"
        "DAVIS;MARTIN;YOUNG;KING;SCOTT;BAKER;ADAMS;NELSON;CARTER;MITCHELL;CAMPBELL;PARKER;COLLINS;STEWART;MORRIS",
        "James;John;David;Michael;Paul;Mark;Andrew;Richard;Chris;Matt;Tom;Daniel;Ben;Rob;Steve;Simon;Gary;Jim;Jason;"
        "Kevin;Scott;Ryan;Adam;Luke;Nick;Sam;Jack;Zach;Tyler;Kyle;Jeff;Brian;Greg;Sean;Alex",
        "Sarah;Emma;Claire;Laura;Rachel;Kate;Jo;Lucy;Helen;Anna;Amy;Jenny;Rebecca;Nicky;Courtney;Megan;Katie;Jess;"
        "Beth;Sophie;Lisa;Karen;Ruth;Fiona;Hannah",
    ),
    "fr": (
        "MARTIN;BERNARD;DUBOIS;THOMAS;ROBERT;RICHARD;PETIT;DURAND;LEROY;MOREAU;SIMON;LAURENT;LEFEBVRE;MICHEL;GARCIA;"
        "DAVID;BERTRAND;ROUX;VINCENT;FOURNIER;MOREL;GIRARD;ANDRE;MERCIER;DUPONT;LAMBERT;BONNET;FRANCOIS;MARTINEZ;"
        "BLANC;GUERIN;BOYER;CHEVALIER;FAURE;ROUSSEL;GAUTHIER;PERRIN;MULLER;FONTAINE;COLLET;BLANCHARD",
        "Jean;Pierre;Nicolas;Sébastien;Julien;Thomas;Guillaume;Mathieu;Olivier;Christophe;Stéphane;Laurent;Antoine;"
        "Romain;François;Xavier;Ludovic;Cédric;Yannick;Benoît;Fabien;Vincent;Arnaud;Jérôme;Damien",
        "Marie;Sophie;Julie;Aurélie;Céline;Caroline;Émilie;Nathalie;Camille;Laure;Anne;Claire;Élodie;Isabelle;"
        "Sandrine;Audrey;Virginie;Manon",
    ),
    "es": (
        "GARCIA;FERNANDEZ;GONZALEZ;RODRIGUEZ;LOPEZ;MARTINEZ;SANCHEZ;PEREZ;GOMEZ;MARTIN;JIMENEZ;RUIZ;HERNANDEZ;DIAZ;"
        "MORENO;ALVAREZ;ROMERO;ALONSO;GUTIERREZ;NAVARRO;TORRES;DOMINGUEZ;VAZQUEZ;RAMOS;GIL;SERRANO;BLANCO;MOLINA;"
        "CASTRO;ORTIZ;RUBIO;SUAREZ;SANZ;IGLESIAS;MEDINA;GARRIDO;CORTES;CASTILLO;SANTOS;LOZANO;FERREIRA;SILVA;COSTA",
        "Pablo;Javier;David;Daniel;Carlos;Sergio;Pau;Jordi;Alejandro;Miguel;Antonio;Manuel;Jose;Luis;Ivan;Raul;Oscar;"
        "Marc;Albert;Joao;Rui;Pedro;Tiago;Nuno;Diego",
        "Laura;Marta;Maria;Nuria;Ana;Cristina;Elena;Silvia;Raquel;Paula;Sara;Lucia;Ester;Ida;Gemma;Ines;Rita;Joana",
    ),
    "it": (
        "ROSSI;RUSSO;FERRARI;ESPOSITO;BIANCHI;ROMANO;COLOMBO;RICCI;MARINO;GRECO;BRUNO;GALLO;CONTI;DE LUCA;MANCINI;"
        "COSTA;GIORDANO;RIZZO;LOMBARDI;MORETTI;BARBIERI;FONTANA;SANTORO;MARIANI;RINALDI;CARUSO;FERRARA;GALLI;MARTINI;"
        "LEONE;LONGO;GENTILE;MARTINELLI;VITALE;LOMBARDO;SERRA;COPPOLA;DE SANTIS;D'ANGELO;MARCHETTI;PARISI;VILLA",
        "Marco;Andrea;Luca;Francesco;Alessandro;Matteo;Stefano;Davide;Simone;Federico;Paolo;Roberto;Daniele;Giovanni;"
        "Fabio;Massimo;Lorenzo;Giuseppe;Michele;Riccardo;Tommaso;Filippo",
        "Francesca;Chiara;Sara;Giulia;Elena;Silvia;Laura;Valentina;Federica;Alessandra;Martina;Paola;Elisa;Ilaria",
    ),
    "de": (
        "MÜLLER;SCHMIDT;SCHNEIDER;FISCHER;WEBER;MEYER;WAGNER;BECKER;SCHULZ;HOFFMANN;KOCH;BAUER;RICHTER;KLEIN;WOLF;"
        "SCHRÖDER;NEUMANN;SCHWARZ;ZIMMERMANN;BRAUN;HOFMANN;HARTMANN;LANGE;SCHMITT;WERNER;KRAUSE;MEIER;LEHMANN;HUBER;"
        "MAYER;HERRMANN;KÖNIG;WALTER;PEETERS;JANSSENS;DE VRIES;VAN DIJK;NOVAK;KOWALSKI;NOWAK;SVOBODA;NIELSEN;HANSEN",
        "Thomas;Michael;Andreas;Stefan;Christian;Markus;Florian;Tobias;Daniel;Martin;Matthias;Jan;Lukas;Peter;Jonas;"
        "Sebastian;Philipp;Tomasz;Piotr;Lars;Erik;Pieter;Jakub",
        "Anna;Julia;Katharina;Sandra;Stefanie;Lisa;Sabine;Nicole;Christina;Lena;Eva;Kristin;Ida;Marta;Agnieszka;Sanne",
    ),
    "ja": (
        "SATO;SUZUKI;TAKAHASHI;TANAKA;WATANABE;ITO;YAMAMOTO;NAKAMURA;KOBAYASHI;KATO;YOSHIDA;YAMADA;SASAKI;YAMAGUCHI;"
        "MATSUMOTO;INOUE;KIMURA;HAYASHI;SHIMIZU;YAMAZAKI;MORI;ABE;IKEDA;HASHIMOTO;ISHIKAWA;OGAWA;KONDO;GOTO;KAMADA",
        "Hiroshi;Takashi;Kenji;Yuki;Daisuke;Kazuya;Shingo;Tsuyoshi;Masato;Ryo;Kenta;Taro;Naoki;Koji;Satoshi;Yoshiki",
        "Yuko;Keiko;Naoko;Mika;Aya;Emi;Yumi;Kaori;Tomoko;Mayumi;Sachiko;Haruka",
    ),
    "zh": (
        "WANG;LI;ZHANG;LIU;CHEN;YANG;HUANG;ZHAO;WU;ZHOU;XU;SUN;MA;ZHU;HU;GUO;HE;GAO;LIN;LUO;ZHENG;LIANG;XIE;TANG;WONG;"
        "CHAN;LEUNG;CHEUNG;LAU;KIM;LEE;PARK;CHOI;TAN;LIM;NG;SANTOS;REYES;CRUZ",
        "Wei;Jun;Hao;Lei;Yang;Peng;Jian;Qiang;Ming;Tao;Bin;Long;Chi Wai;Ka Ho;Min-jun;Ji-hoon;Wee Kiat;Marvin;Jerome",
        "Li;Na;Jing;Yan;Fang;Xia;Min;Ying;Hui;Mei;Wing Yan;Ka Yan;Ji-woo;Hui Min;Maricel",
    ),
}
_UT_STYLE = {"FRA": "fr", "BEL": "fr", "SUI": "de", "CHE": "de", "ESP": "es", "AND": "es", "ARG": "es", "MEX": "es"}
_UT_STYLE |= {"POR": "es", "PRT": "es", "BRA": "es", "ITA": "it", "GER": "de", "AUT": "de", "NED": "de", "POL": "de"}
_UT_STYLE |= {"CZE": "de", "SWE": "de", "DEN": "de", "NOR": "de", "JPN": "ja", "CHN": "zh", "HKG": "zh", "KOR": "zh"}
_UT_STYLE |= {"SIN": "zh", "PHI": "zh"}


def _ut_runner(rng: np.random.Generator, nationality: str, woman: bool) -> str:
    family, men, women = (_split(x) for x in _UT_NAMES[_UT_STYLE.get(nationality, "en")])
    return f"{_one(rng, family)} {_one(rng, women if woman else men)}"


def _ut_clock(seconds: int) -> str:
    return f"{seconds // 3600}H {seconds % 3600 // 60}M {seconds % 60}S"


def _ultra_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4602)
    regulars: list[tuple[str, str, bool, int, float]] = []
    for _ in range(260):
        nationality = _draw(rng, _UT_ABROAD)
        woman = bool(rng.random() < 0.2)
        born = int(np.clip(rng.normal(1978, 9), 1945, 1999))
        regulars.append((_ut_runner(rng, nationality, woman), nationality, woman, born, float(rng.normal(0.25, 0.15))))
    ids: set[int] = set()
    blocks: list[pd.DataFrame] = []
    for event, race, city, country, km, gain, aid, month, start, home, first, solo in _UT_EVENTS:
        for year in range(int(first), 2022):
            if rng.random() > (0.12 if year == 2020 else 0.8):
                continue
            race_id = int(rng.integers(2_000, 75_000))
            while race_id in ids:
                race_id = int(rng.integers(2_000, 75_000))
            ids.add(race_id)
            day = pd.Timestamp(year, int(month), int(rng.integers(1, 29)))
            effort = float(km) + float(gain) / 100
            weather = float(rng.lognormal(0, 0.06))
            finishers = int(rng.integers(14, 36))
            rows: list[dict[str, Any]] = []
            for k in range(finishers + int(rng.binomial(finishers, 0.07))):
                if rng.random() < 0.12:
                    name, nationality, woman, born, skill = regulars[int(rng.integers(len(regulars)))]
                else:
                    nationality = str(home) if rng.random() < 0.55 else _draw(rng, _UT_ABROAD)
                    woman = bool(rng.random() < 0.16)
                    born = int(np.clip(rng.normal(1978 + (year - 2012) / 2, 9.5), 1940, 2001))
                    name, skill = _ut_runner(rng, nationality, woman), float(rng.normal(0, 0.2))
                age = year - born
                speed = 6.4 * np.exp(skill) * (0.9 if woman else 1.0) * (1 - 0.007 * max(0, age - 42))
                speed *= (0.62 if effort > 300 else 1.0) / weather
                seconds = int(effort / speed * 3600) if k < finishers else None
                rows.append(
                    {
                        "runner": name,
                        "time_in_seconds": seconds,
                        "age": age,
                        "gender": "W" if woman else "M",
                        "nationality": nationality,
                    }
                )
            block = pd.DataFrame(rows).sort_values("time_in_seconds", kind="stable", na_position="last")
            done = block["time_in_seconds"].notna().to_numpy()
            block.insert(0, "rank", np.where(done, np.cumsum(done), np.nan))
            block["time"] = [None if pd.isna(s) else _ut_clock(int(s)) for s in block["time_in_seconds"]]
            info = {
                "race_year_id": race_id,
                "event": event,
                "race": race,
                "city": city,
                "country": country,
                "date": f"{day:%Y-%m-%d}",
                "start_time": start,
                "participation": solo,
                "distance": float(km),
                "elevation_gain": int(gain),
                "elevation_loss": -int(gain),
                "aid_stations": int(aid),
                "participants": 0 if rng.random() < 0.35 else len(block) + int(rng.integers(5, 400)),
            }
            blocks.append(block.assign(**info))
    frame = pd.concat(blocks, ignore_index=True)
    odd = rng.choice(len(frame), 3, replace=False)
    frame.loc[odd, "age"] = [0, 0, 133]
    columns = _split(
        "race_year_id;event;race;city;country;date;start_time;participation;distance;elevation_gain;elevation_loss;"
        "aid_stations;participants;rank;runner;time;age;gender;nationality;time_in_seconds"
    )
    frame = frame[columns].astype({"time_in_seconds": "Int64", "rank": "Int64"})
    return frame.sort_values(["date", "race_year_id"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _ut_races(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("race_year_id")


def _ut_top_country(by: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        races = d.drop_duplicates(by)
        return _top(_text(races["country"]).value_counts())

    return top


def _ut_gender_times(d: pd.DataFrame) -> list[float]:
    means = d.groupby(_text(d["gender"]))["time_in_seconds"].mean()
    return [float(means["M"]), float(means["W"])]


def _ut_slow(unique: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        slow = d[d["time_in_seconds"] > 30 * 3600]
        return float(_text(slow["runner"]).nunique() if unique else len(slow))

    return count


def _ut_race_level(d: pd.DataFrame) -> pd.DataFrame:
    return d.groupby("race_year_id").agg(gain=("elevation_gain", "first"), time=("time_in_seconds", "mean"))


def _ut_women(how: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        if how == "finishers":
            d = d[d["time_in_seconds"].notna()]
        if how == "runners":
            d = d.drop_duplicates("runner")
        return float((_text(d["gender"]) == "W").mean())

    return share


_UT_US = {"United States": ("USA", "US", "U.S.")}
_UT_ID = ("race_year_id", "runner")
_UT_TIMES = ("time", "time_in_seconds")
_ULTRA_QS = [
    Q(
        "which country hosted the most races?",
        _lead(either(_named(_ut_top_country("race_year_id"), _UT_US), _named(_ut_top_country("event"), _UT_US))),
        (*_UT_ID, "event", "race", "country"),
    ),
    Q(
        "average finish time for men vs women",
        _duration(_ut_gender_times),
        (*_UT_ID, "gender", *_UT_TIMES),
    ),
    Q(
        "how many runners took more than 30 hours to finish?",
        either(_count(_ut_slow(False)), _count(_ut_slow(True))),
        (*_UT_ID, *_UT_TIMES),
    ),
    Q(
        "is elevation gain corelated with finish time",
        either(
            _corr(lambda d: d["elevation_gain"], lambda d: d["time_in_seconds"]),
            _corr(lambda d: _ut_race_level(d)["gain"], lambda d: _ut_race_level(d)["time"]),
        ),
        (*_UT_ID, "elevation_gain", *_UT_TIMES),
    ),
    Q(
        "number of races per year?",
        _count(lambda d: _ut_races(d).groupby(_text(_ut_races(d)["date"]).str[:4]).size().to_numpy()),
        (*_UT_ID, "date"),
    ),
    Q(
        "what % of the runners are women",
        either(*(_share(_ut_women(how)) for how in ("rows", "finishers", "runners"))),
        (*_UT_ID, "gender"),
    ),
]


# --- 3. Tech salaries (Kaggle "Data Science and STEM Salaries", Levels_Fyi_Salary_Data.csv) -----------------------

# company: share of the entries, levels from junior up, total pay at the first level (k$, Bay Area), step per level,
# locations with weights
_LV_COMPANIES: dict[str, tuple[float, str, float, float, str]] = {
    "Amazon": (
        14.0,
        "L4;L5;L6;L7;L8",
        165,
        1.38,
        "Seattle, WA:60;Bellevue, WA:6;Sunnyvale, CA:6;Austin, TX:5;New York, NY:5;Arlington, VA:4;"
        "Bangalore, KA, India:6;Vancouver, BC, Canada:3;Boston, MA:3;San Francisco, CA:2",
    ),
    "Microsoft": (
        9.0,
        "59;60;61;62;63;64;65;66;67",
        150,
        1.15,
        "Redmond, WA:70;Bellevue, WA:5;Seattle, WA:6;Mountain View, CA:3;Hyderabad, TS, India:6;"
        "Bangalore, KA, India:3;San Francisco, CA:2;Cambridge, MA:2",
    ),
    "Google": (
        7.5,
        "L3;L4;L5;L6;L7;L8",
        190,
        1.33,
        "Mountain View, CA:40;Sunnyvale, CA:12;San Francisco, CA:8;New York, NY:14;Seattle, WA:8;Kirkland, WA:4;"
        "Zurich, ZH, Switzerland:3;London, EN, United Kingdom:3;Bangalore, KA, India:3;Austin, TX:2",
    ),
    "Facebook": (
        6.0,
        "E3;E4;E5;E6;E7;E8",
        200,
        1.36,
        "Menlo Park, CA:55;Seattle, WA:14;New York, NY:12;San Francisco, CA:6;London, EN, United Kingdom:4;"
        "Fremont, CA:3;Redmond, WA:3",
    ),
    "Apple": (
        5.0,
        "ICT2;ICT3;ICT4;ICT5;ICT6",
        165,
        1.3,
        "Cupertino, CA:70;Sunnyvale, CA:8;Austin, TX:8;Seattle, WA:5;San Diego, CA:5;Santa Clara, CA:4",
    ),
    "Oracle": (
        3.3,
        "IC1;IC2;IC3;IC4;IC5;IC6",
        130,
        1.22,
        "Redwood City, CA:30;Seattle, WA:20;Austin, TX:15;Santa Clara, CA:10;Burlington, MA:6;"
        "Bangalore, KA, India:10;Hyderabad, TS, India:5",
    ),
    "Salesforce": (
        2.6,
        "MTS;SMTS;LMTS;PMTS;Architect",
        175,
        1.25,
        "San Francisco, CA:60;Seattle, WA:10;Bellevue, WA:5;Indianapolis, IN:8;New York, NY:7;Hyderabad, TS, India:10",
    ),
    "Intel": (
        2.4,
        "Grade 5;Grade 6;Grade 7;Grade 8;Grade 9;Grade 10",
        115,
        1.2,
        "Santa Clara, CA:30;Hillsboro, OR:35;Folsom, CA:12;Chandler, AZ:10;Austin, TX:5;Bangalore, KA, India:8",
    ),
    "IBM": (
        2.2,
        "Band 6;Band 7;Band 8;Band 9;Band 10",
        105,
        1.22,
        "New York, NY:15;San Jose, CA:15;Austin, TX:20;Raleigh, NC:12;Armonk, NY:5;Bangalore, KA, India:20;"
        "Toronto, ON, Canada:5",
    ),
    "Cisco": (
        2.0,
        "Grade 6;Grade 8;Grade 10;Grade 12;Grade 13",
        135,
        1.24,
        "San Jose, CA:60;Raleigh, NC:10;Research Triangle Park, NC:5;Bangalore, KA, India:15;Boxborough, MA:4",
    ),
    "Capital One": (
        2.0,
        "Associate;Senior Associate;Principal Associate;Manager;Senior Manager",
        125,
        1.2,
        "McLean, VA:50;Richmond, VA:20;New York, NY:10;Plano, TX:10;Chicago, IL:5;San Francisco, CA:5",
    ),
    "Uber": (
        1.6,
        "L3;L4;L5a;L5b;L6",
        195,
        1.3,
        "San Francisco, CA:70;Seattle, WA:10;New York, NY:8;Amsterdam, NH, Netherlands:5;Bangalore, KA, India:7",
    ),
    "LinkedIn": (
        1.5,
        "Software Engineer;Senior Software Engineer;Staff Software Engineer;Senior Staff Engineer;Principal Engineer",
        190,
        1.3,
        "Sunnyvale, CA:50;Mountain View, CA:15;San Francisco, CA:20;New York, NY:8;Bangalore, KA, India:7",
    ),
    "JPMorgan Chase": (
        1.5,
        "Analyst;Associate;Vice President;Executive Director",
        100,
        1.35,
        "New York, NY:45;Jersey City, NJ:10;Columbus, OH:10;Plano, TX:10;Wilmington, DE:8;"
        "London, EN, United Kingdom:5;Hyderabad, TS, India:8",
    ),
    "Deloitte": (
        1.4,
        "Analyst;Consultant;Senior Consultant;Manager;Senior Manager",
        85,
        1.28,
        "New York, NY:20;Chicago, IL:15;Arlington, VA:15;Atlanta, GA:10;Dallas, TX:10;Boston, MA:10;"
        "Hyderabad, TS, India:10",
    ),
    "VMware": (
        1.3,
        "P1;P2;P3;P4;P5",
        150,
        1.23,
        "Palo Alto, CA:70;Austin, TX:10;Bangalore, KA, India:15;Bellevue, WA:5",
    ),
    "Qualcomm": (
        1.3,
        "Engineer;Senior Engineer;Staff Engineer;Senior Staff Engineer;Principal Engineer",
        125,
        1.22,
        "San Diego, CA:75;Santa Clara, CA:10;Bangalore, KA, India:10;Boulder, CO:5",
    ),
    "Bloomberg": (
        1.1,
        "Software Engineer;Senior Software Engineer;Team Lead",
        175,
        1.15,
        "New York, NY:85;London, EN, United Kingdom:10;San Francisco, CA:5",
    ),
    "Walmart Labs": (
        1.0,
        "Software Engineer II;Software Engineer III;Senior Software Engineer;Staff Software Engineer",
        140,
        1.22,
        "Sunnyvale, CA:55;Bentonville, AR:25;San Bruno, CA:10;Bangalore, KA, India:10",
    ),
    "Intuit": (
        1.0,
        "Software Engineer 1;Software Engineer 2;Senior Software Engineer;Staff Software Engineer",
        150,
        1.25,
        "Mountain View, CA:60;San Diego, CA:20;Bangalore, KA, India:10;Reno, NV:10",
    ),
    "Goldman Sachs": (
        0.9,
        "Analyst;Associate;Vice President",
        125,
        1.35,
        "New York, NY:70;Jersey City, NJ:10;Dallas, TX:10;Bangalore, KA, India:10",
    ),
    "Adobe": (
        0.9,
        "Software Engineer 2;Senior;Computer Scientist;Senior Computer Scientist",
        150,
        1.25,
        "San Jose, CA:55;Seattle, WA:15;San Francisco, CA:10;Noida, UP, India:20",
    ),
    "Nvidia": (0.8, "IC2;IC3;IC4;IC5", 165, 1.3, "Santa Clara, CA:80;Austin, TX:10;Pune, MH, India:10"),
    "PayPal": (0.8, "T22;T23;T24;T25;T26", 140, 1.22, "San Jose, CA:75;Austin, TX:10;Chennai, TN, India:15"),
    "Twitter": (
        0.6,
        "Software Engineer I;Software Engineer II;Senior Software Engineer;Staff Software Engineer",
        185,
        1.3,
        "San Francisco, CA:80;New York, NY:10;Seattle, WA:10",
    ),
    "Airbnb": (0.5, "L3;L4;L5;L6", 190, 1.33, "San Francisco, CA:90;Seattle, WA:10"),
    "Netflix": (0.4, "Senior Software Engineer", 430, 1.0, "Los Gatos, CA:85;Los Angeles, CA:15"),
    "Infosys": (
        0.6,
        "Systems Engineer;Senior Systems Engineer;Technology Analyst;Technology Lead",
        80,
        1.3,
        "Bangalore, KA, India:40;Pune, MH, India:20;Hyderabad, TS, India:20;Plano, TX:20",
    ),
    "Tata Consultancy Services": (
        0.5,
        "Assistant System Engineer;System Engineer;IT Analyst;Assistant Consultant",
        75,
        1.3,
        "Mumbai, MH, India:30;Chennai, TN, India:30;Bangalore, KA, India:20;Edison, NJ:20",
    ),
}
# location|cityid|dmaid|pay against the Bay Area
_LV_PLACES = _fields(
    "Seattle, WA|11527|819|0.97;Bellevue, WA|11470|819|0.97;Redmond, WA|11521|819|0.97;Kirkland, WA|11496|819|0.97;"
    "Sunnyvale, CA|7472|807|1.0;Mountain View, CA|7322|807|1.0;Menlo Park, CA|7300|807|1.0;Cupertino, CA|7158|807|1.0;"
    "San Francisco, CA|7419|807|1.0;San Jose, CA|7422|807|0.98;Santa Clara, CA|7434|807|0.98;"
    "Palo Alto, CA|7351|807|1.0;"
    "Redwood City, CA|7392|807|1.0;Fremont, CA|7206|807|0.97;San Bruno, CA|7415|807|0.98;Los Gatos, CA|7284|807|1.0;"
    "Los Angeles, CA|7278|803|0.93;San Diego, CA|7417|825|0.88;Folsom, CA|7199|862|0.82;New York, NY|10182|501|0.98;"
    "Armonk, NY|9976|501|0.9;Jersey City, NJ|9770|501|0.9;Edison, NJ|9721|501|0.85;Austin, TX|10965|635|0.85;"
    "Plano, TX|11207|623|0.82;Dallas, TX|11002|623|0.82;Arlington, VA|11305|511|0.88;McLean, VA|11375|511|0.88;"
    "Richmond, VA|11397|556|0.8;Boston, MA|8863|506|0.9;Cambridge, MA|8886|506|0.92;Burlington, MA|8882|506|0.88;"
    "Boxborough, MA|8876|506|0.85;Chicago, IL|3856|602|0.85;Indianapolis, IN|4102|527|0.78;Raleigh, NC|10398|560|0.8;"
    "Research Triangle Park, NC|10403|560|0.8;Hillsboro, OR|10671|820|0.82;Chandler, AZ|7087|753|0.8;"
    "Atlanta, GA|2627|524|0.8;Columbus, OH|10432|535|0.78;Wilmington, DE|1813|504|0.8;Bentonville, AR|7048|670|0.78;"
    "Reno, NV|9660|811|0.8;Boulder, CO|7648|751|0.85;Vancouver, BC, Canada|1320|0|0.6;Toronto, ON, Canada|1398|0|0.6;"
    "London, EN, United Kingdom|5049|0|0.62;Zurich, ZH, Switzerland|6301|0|0.95;"
    "Amsterdam, NH, Netherlands|2066|0|0.55;Bangalore, KA, India|1039|0|0.24;Hyderabad, TS, India|1078|0|0.23;"
    "Pune, MH, India|1128|0|0.22;Chennai, TN, India|1048|0|0.22;Mumbai, MH, India|1113|0|0.23;"
    "Noida, UP, India|1124|0|0.22"
)
# title: share of the entries, pay against software engineers, tags
_LV_TITLES: dict[str, tuple[float, float, str]] = {
    "Software Engineer": (
        65.0,
        1.0,
        "Distributed Systems (Back-End):30;Full Stack:22;API Development (Back-End):14;Web Development (Front-End):8;"
        "ML / AI:7;Mobile (iOS + Android):5;Data:5;Security:3;DevOps:3;Networking:2;Testing (SDET):1",
    ),
    "Product Manager": (7.0, 1.04, "Technical:40;Consumer:25;Enterprise:20;Growth:8;AI/ML:7"),
    "Software Engineering Manager": (5.5, 1.3, "Distributed Systems (Back-End):45;Full Stack:30;ML / AI:10;Data:15"),
    "Data Scientist": (5.0, 0.95, "ML / AI:45;Data Analysis:25;Product:20;Statistics:10"),
    "Hardware Engineer": (4.0, 0.85, "ASIC Design:35;Verification:25;Embedded Systems:20;Silicon Validation:20"),
    "Product Designer": (2.5, 0.9, "UX:55;Product:35;Visual:10"),
    "Technical Program Manager": (2.5, 0.95, "Infrastructure:40;Product:40;Hardware:20"),
    "Solution Architect": (2.0, 0.9, "Cloud:60;Enterprise:40"),
    "Management Consultant": (1.5, 0.75, "Strategy:50;Technology:50"),
    "Business Analyst": (1.3, 0.6, "Data:60;Operations:40"),
    "Marketing": (1.1, 0.75, "Product Marketing:60;Growth:40"),
    "Mechanical Engineer": (1.0, 0.65, "Design:60;Manufacturing:40"),
    "Sales": (0.8, 0.8, "Account Executive:70;Sales Engineer:30"),
    "Recruiter": (0.5, 0.55, "Technical Recruiting:80;Sourcing:20"),
    "Human Resources": (0.5, 0.6, "HR Business Partner:100"),
}
_LV_RACES = "Asian:50;White:35;Hispanic:6;Two Or More:5;Black:4"
_LV_SCHOOLING = "Master's Degree:48;Bachelor's Degree:43;PhD:6;Some College:2;Highschool:1"
_LV_FROM, _LV_TO = pd.Timestamp("2017-06-07"), pd.Timestamp("2021-08-17")


def _lv_stamp(rng: np.random.Generator) -> pd.Timestamp:
    span = (_LV_TO - _LV_FROM).days
    while True:
        day = int(rng.integers(0, span + 1))
        if rng.random() < np.exp(1.6 * (day / span - 1)):
            return _LV_FROM + pd.Timedelta(days=day, seconds=int(rng.integers(0, 86_400)))


def _lv_company(rng: np.random.Generator, name: str) -> str:
    roll = rng.random()
    if roll < 0.06:
        return name.lower()
    if roll < 0.09:
        return name + " "
    return name.upper() if roll < 0.1 else name


def _levels_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4603)
    places = {p[0]: (int(p[1]), int(p[2]), float(p[3])) for p in _LV_PLACES}
    companies, titles = list(_LV_COMPANIES), list(_LV_TITLES)
    stamps = sorted(_lv_stamp(rng) for _ in range(4000))
    rows: list[dict[str, Any]] = []
    row_number = 0
    for stamp in stamps:
        company = str(_one(rng, companies, [v[0] for v in _LV_COMPANIES.values()]))
        _w, levels, first, step, locations = _LV_COMPANIES[company]
        title = str(_one(rng, titles, [v[0] for v in _LV_TITLES.values()]))
        location = _draw(rng, locations)
        cityid, dmaid, pay = places[location]
        years = float(np.clip(rng.gamma(2.0, 3.3), 0, 40))
        years = float(round(years)) if rng.random() < 0.85 else round(years * 2) / 2
        at_company = float(min(years, round(float(rng.gamma(1.3, 1.7)))))
        ladder = _split(levels)
        rank = int(np.clip(round(years / 3.5 - 0.3 + float(rng.normal(0, 0.8))), 0, len(ladder) - 1))
        level = ladder[rank]
        if company == "Amazon" and rng.random() < 0.3:
            level = {"L4": "SDE I", "L5": "SDE II", "L6": "SDE III"}.get(level, level)
        if company == "Microsoft" and rng.random() < 0.2:
            level = {"59": "SDE", "60": "SDE", "61": "SDE II", "62": "SDE II", "63": "Senior SDE"}.get(level, level)
        gender = ""
        if rng.random() > (0.55 if stamp < pd.Timestamp("2019-01-01") else 0.25):
            gender = str(_one(rng, ["Male", "Female", "Other"], [84, 15, 1]))
        drift = 1 + 0.035 * ((stamp - _LV_FROM).days / 365.25)
        total = first * step**rank * _LV_TITLES[title][1] * pay * drift * float(rng.lognormal(0, 0.2))
        total *= 0.96 if gender == "Female" else 1.0
        total = round(total) * 1000
        base_share = float(np.clip(0.78 - 0.07 * rank + rng.normal(0, 0.06), 0.3, 1.0))
        stock_share = float(np.clip((1 - base_share) * rng.uniform(0.45, 0.9), 0, 1 - base_share))
        base, stock = round(total * base_share, -3), round(total * stock_share, -3)
        bonus = float(max(total - base - stock, 0))
        if stamp < pd.Timestamp("2018-09-01") and rng.random() < 0.6:
            base, stock, bonus = 0.0, 0.0, 0.0
        recent = stamp >= pd.Timestamp("2020-03-01")
        race = _draw(rng, _LV_RACES) if recent and rng.random() < 0.45 else ""
        school = _draw(rng, _LV_SCHOOLING) if recent and rng.random() < 0.5 else ""
        details = ""
        if race or school or rng.random() < 0.1:
            parts = [f"Race: {race}" if race else "", f"Academic Level: {school}" if school else ""]
            details = ", ".join(p for p in parts if p) or str(_one(rng, ["Remote", "New grad", "Includes relocation"]))
        row_number += int(rng.integers(1, 5))
        rows.append(
            {
                "timestamp": f"{stamp.month}/{stamp.day}/{stamp.year} {stamp:%H:%M:%S}",
                "company": _lv_company(rng, company),
                "level": level if rng.random() < 0.99 else None,
                "title": title,
                "totalyearlycompensation": total,
                "location": location,
                "yearsofexperience": years,
                "yearsatcompany": at_company,
                "tag": _draw(rng, _LV_TITLES[title][2]) if rng.random() < 0.97 else None,
                "basesalary": base,
                "stockgrantvalue": stock,
                "bonus": bonus,
                "gender": gender or None,
                "otherdetails": details or None,
                "cityid": cityid,
                "dmaid": float(dmaid) if stamp >= pd.Timestamp("2017-07-01") else None,
                "rowNumber": row_number,
                "Masters_Degree": int(school == "Master's Degree"),
                "Bachelors_Degree": int(school == "Bachelor's Degree"),
                "Doctorate_Degree": int(school == "PhD"),
                "Highschool": int(school == "Highschool"),
                "Some_College": int(school == "Some College"),
                "Race_Asian": int(race == "Asian"),
                "Race_White": int(race == "White"),
                "Race_Two_Or_More": int(race == "Two Or More"),
                "Race_Black": int(race == "Black"),
                "Race_Hispanic": int(race == "Hispanic"),
                "Race": race or None,
                "Education": school or None,
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[int(rng.integers(len(frame))), "gender"] = "Title: Senior Software Engineer"
    return frame


_LV_PAY = "totalyearlycompensation"


def _lv_median(title: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[_text(d["title"]) == title, _LV_PAY].median())


def _lv_companies(fold: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        names = _text(d["company"])
        return _ranked((names.str.lower() if fold else names).value_counts())

    return ranking


def _lv_gender_means(d: pd.DataFrame) -> list[float]:
    means = d.groupby(_text(d["gender"]))[_LV_PAY].mean()
    return [float(means["Male"]), float(means["Female"])]


def _lv_year_medians(d: pd.DataFrame) -> Any:
    years = pd.to_datetime(_text(d["timestamp"]), format="%m/%d/%Y %H:%M:%S").dt.year
    return d.groupby(years)[_LV_PAY].median().to_numpy()


_LV_MONEY = (1e3, 1e6)
_LV_ID = ("rowNumber",)
_LEVELS_QS = [
    Q(
        "whats the median total comp for data scientists",
        _scaled(_lv_median("Data Scientist"), _LV_MONEY),
        (*_LV_ID, "title", _LV_PAY),
    ),
    Q(
        "and for software engineers?",
        _scaled(_lv_median("Software Engineer"), _LV_MONEY),
        (*_LV_ID, "title", _LV_PAY),
    ),
    Q(
        "top 5 companies by number of salary entries",
        either(_top_named(_lv_companies(True), 5), _top_named(_lv_companies(False), 5)),
        (*_LV_ID, "company"),
    ),
    Q(
        "compare average total compensation for men and women",
        _scaled(_lv_gender_means, _LV_MONEY),
        (*_LV_ID, "gender", _LV_PAY),
    ),
    Q(
        "correlation between years of experience and total comp?",
        _corr(lambda d: d["yearsofexperience"], lambda d: d[_LV_PAY]),
        (*_LV_ID, "yearsofexperience", _LV_PAY),
    ),
    Q(
        "how has the median total comp changed from year to year?",
        _scaled(_lv_year_medians, _LV_MONEY),
        (*_LV_ID, "timestamp", _LV_PAY),
    ),
]


# --- 4. Transit costs (TidyTuesday 2021-01-05, transit_cost.csv from the Transit Costs Project) --------------------

# country code: projects, currency, PPP rate (US$ per unit of currency), median real cost per km (M$), cities
_TC_COUNTRIES: dict[str, tuple[int, str, float, float, str]] = {
    "CN": (
        250,
        "CNY",
        0.26,
        195,
        "Beijing:14;Shanghai:13;Guangzhou:11;Shenzhen:12;Chengdu:10;Wuhan:10;Hangzhou:9;Nanjing:8;Xi'an:7;"
        "Chongqing:8;Tianjin:7;Suzhou:6;Qingdao:6;Zhengzhou:6;Changsha:5;Kunming:5;Hefei:5;Dalian:4;Fuzhou:4;"
        "Shenyang:4;Nanning:3;Xiamen:3;Harbin:3;Jinan:3;Ningbo:3;Wuxi:3;Changchun:2;Nanchang:2;Guiyang:2;Urumqi:2;"
        "Lanzhou:2;Shijiazhuang:2;Taiyuan:2;Hohhot:1;Luoyang:1;Shaoxing:1;Wenzhou:1;Foshan:2;Dongguan:2",
    ),
    "IN": (29, "INR", 0.047, 225, "Delhi:7;Mumbai:7;Bangalore:4;Chennai:3;Hyderabad:2;Kolkata:2;Ahmedabad:2;Pune:2"),
    "TR": (18, "TRY", 0.52, 205, "Istanbul:12;Ankara:3;Izmir:2;Bursa:1"),
    "US": (15, "USD", 1.0, 1150, "New York:5;Los Angeles:3;San Francisco:2;Seattle:2;Honolulu:1;San Jose:1;Boston:1"),
    "ES": (13, "EUR", 1.36, 230, "Madrid:5;Barcelona:5;Seville:1;Malaga:1;Valencia:1"),
    "FR": (12, "EUR", 1.25, 560, "Paris:8;Lyon:1;Toulouse:1;Rennes:1;Marseille:1"),
    "DE": (11, "EUR", 1.27, 400, "Berlin:2;Munich:3;Hamburg:2;Stuttgart:1;Frankfurt:1;Karlsruhe:1;Cologne:1"),
    "IT": (10, "EUR", 1.32, 380, "Milan:3;Rome:3;Turin:1;Naples:1;Brescia:1;Catania:1"),
    "JP": (9, "JPY", 0.0095, 560, "Tokyo:4;Osaka:2;Nagoya:1;Sendai:1;Fukuoka:1"),
    "UK": (8, "GBP", 1.45, 900, "London:6;Manchester:1;Glasgow:1"),
    "KR": (7, "KRW", 0.00115, 190, "Seoul:4;Busan:1;Incheon:1;Daegu:1"),
    "TW": (6, "TWD", 0.065, 330, "Taipei:3;Taichung:1;Kaohsiung:1;Taoyuan:1"),
    "SG": (6, "SGD", 1.35, 950, "Singapore:6"),
    "TH": (6, "THB", 0.08, 250, "Bangkok:6"),
    "VN": (6, "VND", 0.00012, 320, "Hanoi:3;Ho Chi Minh City:3"),
    "CA": (6, "CAD", 0.84, 420, "Toronto:3;Vancouver:1;Montreal:1;Ottawa:1"),
    "RU": (5, "RUB", 0.041, 300, "Moscow:4;St. Petersburg:1"),
    "BR": (5, "BRL", 0.5, 250, "Sao Paulo:3;Rio de Janeiro:1;Salvador:1"),
    "SA": (5, "SAR", 0.55, 300, "Riyadh:5"),
    "AU": (4, "AUD", 0.7, 600, "Sydney:2;Melbourne:1;Perth:1"),
    "PH": (4, "PHP", 0.05, 300, "Manila:4"),
    "QA": (3, "QAR", 0.4, 500, "Doha:3"),
    "AE": (3, "AED", 0.5, 450, "Dubai:3"),
    "EG": (3, "EGP", 0.3, 220, "Cairo:3"),
    "IL": (3, "ILS", 0.27, 350, "Tel Aviv:2;Jerusalem:1"),
    "CL": (3, "CLP", 0.0025, 220, "Santiago:3"),
    "MX": (3, "MXN", 0.1, 200, "Mexico City:2;Monterrey:1"),
    "NL": (3, "EUR", 1.2, 450, "Amsterdam:2;Rotterdam:1"),
    "SE": (3, "SEK", 0.11, 350, "Stockholm:3"),
    "ID": (3, "IDR", 0.0002, 300, "Jakarta:3"),
    "AT": (2, "EUR", 1.25, 300, "Vienna:2"),
    "DK": (2, "DKK", 0.15, 400, "Copenhagen:2"),
    "GR": (2, "EUR", 1.6, 300, "Athens:1;Thessaloniki:1"),
    "PT": (2, "EUR", 1.65, 200, "Lisbon:1;Porto:1"),
    "NO": (2, "NOK", 0.1, 350, "Oslo:2"),
    "BG": (2, "BGN", 1.0, 100, "Sofia:2"),
    "PL": (2, "PLN", 0.5, 250, "Warsaw:2"),
    "HU": (1, "HUF", 0.0075, 250, "Budapest:1"),
    "FI": (1, "EUR", 1.15, 300, "Helsinki:1"),
    "CH": (1, "CHF", 0.8, 400, "Lausanne:1"),
    "BD": (1, "BDT", 0.03, 800, "Dhaka:1"),
    "PK": (1, "PKR", 0.06, 200, "Lahore:1"),
    "AR": (1, "ARS", 0.1, 250, "Buenos Aires:1"),
    "PE": (1, "PEN", 0.6, 300, "Lima:1"),
    "CO": (1, "COP", 0.0008, 250, "Bogota:1"),
    "DZ": (1, "DZD", 0.025, 200, "Algiers:1"),
    "PA": (1, "USD", 2.0, 300, "Panama City:1"),
}
# city: lines known by name
_TC_NAMED = {
    "New York": "Second Avenue Subway Phase 1;Second Avenue Subway Phase 2;East Side Access;7 Line Extension",
    "Los Angeles": "Purple Line Extension Section 1;Purple Line Extension Section 2;Regional Connector",
    "Seattle": "Northgate Link;U-Link",
    "San Francisco": "Central Subway;Downtown Rail Extension",
    "Honolulu": "Honolulu Rail Transit",
    "San Jose": "BART Silicon Valley Phase II",
    "Boston": "Green Line Extension",
    "London": "Crossrail;Northern Line Extension;Jubilee Line Extension;Crossrail 2;Bakerloo Line Extension",
    "Glasgow": "Subway Modernisation",
    "Manchester": "Metrolink Trafford Park",
    "Paris": "Grand Paris Express L15 South;Grand Paris Express L16;Grand Paris Express L17;Grand Paris Express L18;"
    "Line 14 North;Line 14 South;Line 11 Extension;Line 4 Extension",
    "Singapore": "Thomson-East Coast Line Stage 1;Thomson-East Coast Line Stage 2;Downtown Line 2;Downtown Line 3;"
    "Circle Line Stage 6;Jurong Region Line",
}
_TC_SOURCES = "Plan:30;Media:32;Wiki:14;Trade:18;Measured:6"
_TC_SUMMARY = ("AVG", "MEDIAN", "STD", "MIN", "QUARTILE 1", "QUARTILE 3", "N")


def _tc_line(rng: np.random.Generator, city: str, used: set[str]) -> str:
    named = [x for x in _split(_TC_NAMED.get(city, "")) if x and x not in used]
    line = str(_one(rng, named)) if named and rng.random() < 0.8 else ""
    while not line or line in used:
        line = f"Line {int(rng.integers(1, 22))}"
        roll = rng.random()
        if roll < 0.3:
            line += f" Phase {int(rng.integers(1, 4))}"
        elif roll < 0.45:
            line += str(_one(rng, [" extension", " east extension", " North Extension", " west section"]))
    used.add(line)
    return line


def _tc_project(rng: np.random.Generator, country: str, city: str, used: set[str]) -> dict[str, Any]:
    _k, currency, ppp, per_km, _cities = _TC_COUNTRIES[country]
    length = round(float(np.clip(rng.lognormal(np.log(19), 0.6), 0.7, 110)), 1)
    roll = rng.random()
    tunnel_share = 1.0 if roll < (0.8 if country == "CN" else 0.62) else float(rng.uniform(0.05, 0.97))
    tunnel_share = 0.0 if roll > 0.93 else tunnel_share
    rail = int(rng.random() < (0.03 if country == "CN" else 0.15))
    cost_km = per_km * (0.4 + 0.6 * tunnel_share) * float(rng.lognormal(0, 0.38)) * (1.4 if rail else 1.0)
    start = int(np.clip(round(rng.normal(2013, 4.5)), 1998, 2021))
    years = max(2, round(float(rng.lognormal(np.log(5.2), 0.3))))
    start_text, end_text = str(start), str(start + years)
    roll = rng.random()
    if roll < 0.03:
        start_text, end_text = "not start", ""
    elif roll < 0.04:
        start_text = f"{years} years"
    elif roll < 0.07:
        end_text = "X"
    elif roll < 0.1:
        end_text = ""
    year = 2020 if start_text == "not start" else start + int(_one(rng, [-2, -1, 0, 0, 0, 1]))
    rate = float(f"{ppp * (1 + 0.012 * (year - 2015)) * float(rng.lognormal(0, 0.02)):.3g}")
    local = cost_km * length / rate
    local = int(round(local, -1 if local > 100_000 else 0))
    real = local * rate
    blank = rng.random() < 0.04
    slug = re.sub(r"[^a-z]", "", city.lower())
    return {
        "country": country,
        "city": city,
        "line": _tc_line(rng, city, used),
        "start_year": start_text,
        "end_year": end_text or None,
        "rr": rail,
        "length": length,
        "tunnel_per": None if blank else f"{100 * tunnel_share:.2f}%",
        "tunnel": None if blank else round(length * tunnel_share, 1),
        "stations": max(1, round(length / float(rng.uniform(1.0, 1.9)))) if rng.random() < 0.97 else None,
        "source1": _draw(rng, _TC_SOURCES) if rng.random() < 0.98 else None,
        "cost": local,
        "currency": currency,
        "year": year,
        "ppp_rate": rate,
        "real_cost": f"{round(real, 4):.4f}".rstrip("0").rstrip("."),
        "cost_km_millions": round(real / length, 7),
        "source2": _draw(rng, _TC_SOURCES) if rng.random() < 0.98 else None,
        "reference": f"https://www.{slug}metro.example/news/{int(rng.integers(100_000, 1_000_000))}"
        if rng.random() < 0.96
        else None,
    }


def _transit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4604)
    runs: list[list[dict[str, Any]]] = []
    for country, spec in _TC_COUNTRIES.items():
        cities = _deal(rng, spec[4], spec[0])
        for city in dict.fromkeys(cities):
            used: set[str] = set()
            projects = [_tc_project(rng, country, city, used) for _ in range(cities.count(city))]
            runs.extend(projects[i : i + 4] for i in range(0, len(projects), 4))
    rows: list[dict[str, Any]] = []
    e = 7136
    for i in rng.permutation(len(runs)):
        for project in runs[int(i)]:
            rows.append({"e": e, **project})
            e += 1 if e % 8 not in (3, 7) else 5
    frame = pd.DataFrame(rows)
    per_km = frame["cost_km_millions"]
    stats = [per_km.mean(), per_km.median(), per_km.std(), per_km.min(), per_km.quantile(0.25)]
    stats += [per_km.quantile(0.75), float(len(frame))]
    trailer = pd.DataFrame({"real_cost": _TC_SUMMARY, "cost_km_millions": stats})
    trailer["length"] = [float(frame["length"].sum()), float(frame["tunnel"].sum()), *[np.nan] * 5]
    trailer["tunnel"] = [float(frame["tunnel"].sum()), *[np.nan] * 6]
    trailer["source2"] = [f"{1.6 * s:.7f}" if k in (0, 1, 4, 5) else None for k, s in enumerate(stats)]
    return pd.concat([frame, trailer], ignore_index=True).astype(
        {"e": "Int64", "rr": "Int64", "stations": "Int64", "cost": "Int64", "year": "Int64"}
    )


def _tc_mean_cost(country: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[_text(d["country"]) == country, "cost_km_millions"].mean())


def _tc_projects(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["e"].notna()]


def _tc_underground(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        d = _tc_projects(d)
        full = _number(d["tunnel_per"]) == 100
        return float(full.sum() / (_text(d["tunnel_per"]).ne("").sum() if known_only else len(d)))

    return share


def _tc_late(d: pd.DataFrame) -> pd.DataFrame:
    return d[_number(d["end_year"]) > 2025]


_TC_ID = ("e", "country", "city", "line")
_TC_COST = ("cost_km_millions", "real_cost", "length")
_TC_CHINA = {"CN": ("China",)}
_TRANSIT_QS = [
    Q(
        "which country has the most projects",
        _lead(_named(lambda d: _top(_text(d["country"]).value_counts()), _TC_CHINA)),
        (*_TC_ID,),
    ),
    Q(
        "avg cost per km in the US vs China",
        _about(lambda d: [_tc_mean_cost("US")(d), _tc_mean_cost("CN")(d)], rel=0.005),
        (*_TC_ID, *_TC_COST),
    ),
    Q(
        "what % of projects are fully underground",
        either(_share(_tc_underground(False)), _share(_tc_underground(True))),
        (*_TC_ID, "tunnel_per", "tunnel", "length"),
    ),
    Q(
        "correlation between length and real cost?",
        _corr(lambda d: d["length"], lambda d: _number(d["real_cost"])),
        (*_TC_ID, "length", "real_cost"),
    ),
    Q(
        "how many lines are supposed to be finished after 2025?",
        _count(lambda d: float(len(_tc_late(d)))),
        (*_TC_ID, "end_year"),
    ),
    Q(
        "whats their average cost per km",
        _about(lambda d: float(_tc_late(d)["cost_km_millions"].mean()), rel=0.005),
        (*_TC_ID, "end_year", *_TC_COST),
    ),
]


# --- 5. Video game sales with ratings (Kaggle, Video_Games_Sales_as_at_22_Dec_2016.csv) ---------------------------

# the best sellers as the file has them: Name|Platform|Year|Genre|Publisher|NA|EU|JP|Other|Global|Critic_Score|
# Critic_Count|User_Score|User_Count|Developer|Rating
_VG_KNOWN = _fields(
    "Wii Sports|Wii|2006|Sports|Nintendo|41.36|28.96|3.77|8.45|82.53|76|51|8|322|Nintendo|E;"
    "Super Mario Bros.|NES|1985|Platform|Nintendo|29.08|3.58|6.81|0.77|40.24||||||;"
    "Mario Kart Wii|Wii|2008|Racing|Nintendo|15.68|12.76|3.79|3.29|35.52|82|73|8.3|709|Nintendo|E;"
    "Wii Sports Resort|Wii|2009|Sports|Nintendo|15.61|10.93|3.28|2.95|32.77|80|73|8|192|Nintendo|E;"
    "Pokemon Red/Pokemon Blue|GB|1996|Role-Playing|Nintendo|11.27|8.89|10.22|1|31.37||||||;"
    "Tetris|GB|1989|Puzzle|Nintendo|23.2|2.26|4.22|0.58|30.26||||||;"
    "New Super Mario Bros.|DS|2006|Platform|Nintendo|11.28|9.14|6.5|2.88|29.8|89|65|8.5|431|Nintendo|E;"
    "Wii Play|Wii|2006|Misc|Nintendo|13.96|9.18|2.93|2.84|28.92|58|41|6.6|129|Nintendo|E;"
    "New Super Mario Bros. Wii|Wii|2009|Platform|Nintendo|14.44|6.94|4.7|2.24|28.32|87|80|8.4|594|Nintendo|E;"
    "Duck Hunt|NES|1984|Shooter|Nintendo|26.93|0.63|0.28|0.47|28.31||||||"
)
# platform: first and last year, share of the titles, NA / EU / JP / Other weights
_VG_PLATFORMS: dict[str, tuple[int, int, float, tuple[float, float, float, float]]] = {
    "PS2": (2000, 2011, 13.0, (1.0, 0.75, 0.45, 0.45)),
    "DS": (2004, 2014, 13.0, (1.0, 0.65, 0.9, 0.2)),
    "PS3": (2006, 2016, 8.0, (1.0, 1.05, 0.2, 0.45)),
    "Wii": (2006, 2016, 8.0, (1.0, 0.6, 0.25, 0.2)),
    "X360": (2005, 2016, 7.5, (1.0, 0.55, 0.03, 0.15)),
    "PSP": (2004, 2015, 7.0, (1.0, 0.7, 1.1, 0.4)),
    "PS": (1995, 2003, 7.0, (1.0, 0.7, 0.75, 0.12)),
    "PC": (1992, 2016, 5.5, (0.5, 1.35, 0.02, 0.2)),
    "XB": (2001, 2008, 5.0, (1.0, 0.35, 0.02, 0.05)),
    "GBA": (2001, 2007, 5.0, (1.0, 0.4, 0.35, 0.05)),
    "GC": (2001, 2007, 3.3, (1.0, 0.3, 0.25, 0.05)),
    "3DS": (2011, 2016, 3.1, (1.0, 0.75, 0.9, 0.15)),
    "PSV": (2011, 2016, 2.6, (0.6, 0.6, 1.5, 0.3)),
    "PS4": (2013, 2016, 2.4, (1.0, 1.35, 0.12, 0.45)),
    "N64": (1996, 2002, 1.9, (1.0, 0.3, 0.25, 0.02)),
    "XOne": (2013, 2016, 1.5, (1.0, 0.5, 0.01, 0.15)),
    "SNES": (1990, 1999, 1.4, (0.5, 0.15, 1.6, 0.03)),
    "SAT": (1994, 1999, 1.0, (0.05, 0.05, 1.0, 0.01)),
    "WiiU": (2012, 2016, 0.9, (1.0, 0.65, 0.3, 0.15)),
    "2600": (1980, 1989, 0.8, (1.0, 0.06, 0.0, 0.01)),
    "NES": (1983, 1994, 0.6, (1.0, 0.25, 1.2, 0.03)),
    "GB": (1989, 2001, 0.6, (1.0, 0.45, 0.9, 0.06)),
    "DC": (1998, 2002, 0.3, (0.4, 0.15, 1.0, 0.02)),
}
# genre: share of the titles, NA / EU / JP / Other tilt, chance of the ESRB ratings (E, E10+, T, M)
_VG_GENRES: dict[str, tuple[float, tuple[float, float, float, float], tuple[float, float, float, float]]] = {
    "Action": (21.0, (1.0, 1.35, 0.55, 1.1), (0.2, 0.25, 0.35, 0.2)),
    "Sports": (13.5, (1.1, 0.85, 0.45, 1.0), (0.85, 0.08, 0.07, 0.0)),
    "Misc": (10.5, (1.0, 0.9, 0.9, 0.9), (0.6, 0.25, 0.15, 0.0)),
    "Role-Playing": (9.0, (0.85, 0.75, 3.4, 0.8), (0.05, 0.15, 0.6, 0.2)),
    "Shooter": (8.0, (1.2, 1.05, 0.15, 1.15), (0.05, 0.1, 0.35, 0.5)),
    "Adventure": (8.0, (0.9, 0.9, 1.3, 0.8), (0.35, 0.2, 0.3, 0.15)),
    "Racing": (7.5, (0.95, 1.3, 0.35, 1.05), (0.7, 0.15, 0.15, 0.0)),
    "Platform": (5.3, (1.0, 0.85, 0.9, 0.9), (0.55, 0.35, 0.1, 0.0)),
    "Simulation": (5.2, (0.9, 1.2, 1.0, 0.8), (0.7, 0.15, 0.15, 0.0)),
    "Fighting": (5.1, (1.0, 0.75, 1.3, 0.9), (0.03, 0.07, 0.75, 0.15)),
    "Strategy": (4.1, (0.75, 1.25, 1.1, 0.7), (0.25, 0.3, 0.4, 0.05)),
    "Puzzle": (3.5, (1.0, 1.0, 1.1, 0.8), (0.85, 0.1, 0.05, 0.0)),
}
# publisher: share of the titles, sales multiplier, Japanese (sells more at home), studios
_VG_PUBLISHERS: dict[str, tuple[float, float, bool, str]] = {
    "Electronic Arts": (8.0, 1.45, False, "EA Canada;EA Tiburon;EA Sports;DICE;Criterion Games;Maxis;BioWare"),
    "Activision": (6.0, 1.35, False, "Treyarch;Infinity Ward;Neversoft Entertainment;Vicarious Visions;Beenox"),
    "Namco Bandai Games": (5.6, 0.45, True, "Namco;Bandai;Dimps Corporation;CyberConnect2;Banpresto"),
    "Ubisoft": (5.6, 0.95, False, "Ubisoft Montreal;Ubisoft Paris;Ubisoft Quebec;Ubisoft Sofia;Ubisoft Shanghai"),
    "Konami Digital Entertainment": (5.0, 0.55, True, "Konami;KCEJ;PES Productions;Kojima Productions"),
    "THQ": (4.3, 0.7, False, "Yuke's;Relic;Volition Inc.;Heavy Iron Studios;Rainbow Studios"),
    "Nintendo": (4.2, 3.2, True, "Nintendo;Game Freak;Intelligent Systems;HAL Labs;Retro Studios;Nintendo EAD"),
    "Sony Computer Entertainment": (4.2, 1.55, False, "SCEA;Naughty Dog;Insomniac Games;Polyphony Digital"),
    "Sega": (3.8, 0.7, True, "Sega;Sonic Team;Sports Interactive;Creative Assembly;Amusement Vision"),
    "Take-Two Interactive": (2.5, 1.2, False, "Rockstar North;Visual Concepts;2K Sports;Firaxis Games"),
    "Capcom": (2.3, 0.8, True, "Capcom;Capcom Vancouver;Clover Studio"),
    "Atari": (2.2, 0.6, False, "Atari;Eden Games;Paradigm Entertainment"),
    "Tecmo Koei": (2.0, 0.3, True, "Omega Force;Koei;Team Ninja"),
    "Square Enix": (1.4, 0.85, True, "Square Enix;Square;Eidos Montreal;tri-Ace"),
    "Warner Bros. Interactive Entertainment": (1.3, 1.0, False, "Traveller's Tales;Rocksteady Studios"),
    "Disney Interactive Studios": (1.3, 0.8, False, "Avalanche Software;Disney Interactive;Black Rock Studio"),
    "Unknown": (1.2, 0.2, False, ""),
    "Eidos Interactive": (1.2, 0.8, False, "Crystal Dynamics;IO Interactive;Core Design"),
    "Midway Games": (1.2, 0.6, False, "Midway;Surreal Software"),
    "505 Games": (1.2, 0.4, False, "505 Games;Digital Bros"),
    "Microsoft Game Studios": (1.0, 1.9, False, "Bungie Studios;Rare Ltd.;Turn 10;Lionhead Studios"),
    "D3Publisher": (1.0, 0.3, True, "Tamsoft;D3Publisher;Vicious Cycle"),
    "Acclaim Entertainment": (1.1, 0.4, False, "Acclaim Studios Austin;Iguana Entertainment"),
    "Vivendi Games": (1.0, 0.7, False, "Sierra Entertainment;Radical Entertainment"),
    "Idea Factory": (0.8, 0.1, True, "Idea Factory;Compile Heart"),
    "~": (15.0, 0.35, False, ""),
}
_VG_SMALL = _split(
    "Zoo Digital Publishing;Deep Silver;Codemasters;Nippon Ichi Software;Majesco Entertainment;Rising Star Games;"
    "Mastiff;Ignition Entertainment;Bethesda Softworks;Hudson Soft;Level 5;Marvelous Interactive;Aksys Games;Spike;"
    "Kadokawa Shoten;Alchemist;5pb;Focus Home Interactive;Paradox Interactive;System 3 Arcade Software;Destineer;"
    "Jack of All Games;Ghostlight;JoWooD Productions;City Interactive;Black Bean Games;Avanquest;Kalypso Media;"
    "Telltale Games;Mad Catz;Natsume;Atlus;Nordic Games;Rondomedia;Tru Blu Entertainment;Crave Entertainment"
)
_VG_WORDS = (
    "Super;Mega;Ultimate;Dragon;Shadow;Star;Galactic;Crimson;Final;Dark;Lost;Eternal;Ninja;Monster;Zombie;Pirate;"
    "Tiny;Royal;Iron;Silent;Neon;Steel;Cyber;Magic;Wild;Frozen;Brave;Mystic;Turbo;Hyper",
    "Quest;Racer;Legends;Warriors;Chronicles;Saga;Tactics;Arena;Rally;Party;Kart;Island;Kingdom;Strike;Force;"
    "Hunters;Heroes;Odyssey;Rivals;Dynasty;Frontier;Academy;Tycoon;Squad;Academy;Empire;Assault;Legacy;Fury;Trials",
)
_VG_SERIES = {
    "Sports": "FIFA Soccer {y2};Madden NFL {y2};NBA 2K{y2};NHL {y2};MLB {y2}: The Show;Pro Evolution Soccer {y4};"
    "Tiger Woods PGA Tour {y2};NBA Live {y2};WWE SmackDown vs. Raw {y4};Top Spin {n}",
    "Shooter": "Call of Duty {n};Battlefield {n};Medal of Honor: {w};Ghost Recon {w};Halo {n};Killzone {n}",
    "Racing": "Need for Speed: {w};Gran Turismo {n};Burnout {w};MX vs. ATV {w};Ridge Racer {n}",
    "Role-Playing": "Final Fantasy {r};Dragon Quest {r};Tales of {w};Pokemon {w} Version;Star Ocean {n}",
    "Action": "LEGO {w};Assassin's Creed {n};Grand Theft Auto {n};Dynasty Warriors {n};Naruto Shippuden: {w}",
}
_VG_RATINGS = ("E", "E10+", "T", "M")
# console makers publish on their own machines only
_VG_OWN = {
    "Nintendo": "Wii;DS;3DS;GBA;GC;N64;SNES;NES;GB;WiiU",
    "Sony Computer Entertainment": "PS;PS2;PS3;PS4;PSP;PSV",
    "Microsoft Game Studios": "XB;X360;XOne;PC",
}


def _vg_name(rng: np.random.Generator, genre: str, year: int) -> str:
    series = _VG_SERIES.get(genre)
    first, second = (_split(x) for x in _VG_WORDS)
    word = f"{_one(rng, first)} {_one(rng, second)}"
    if series and rng.random() < 0.3:
        numeral = str(_one(rng, ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XII", "XIII"]))
        return str(_one(rng, _split(series))).format(
            y2=f"{(year + 1) % 100:02d}", y4=str(year + 1), n=int(rng.integers(2, 6)), w=word, r=numeral
        )
    tail = str(_one(rng, ["", "", "", "", " 2", " 3", ": Reloaded", " DS", " Deluxe", " HD", " Returns", " Evolution"]))
    return word + tail


def _vg_stored(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _games_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4605)
    columns = _split(
        "Name;Platform;Year_of_Release;Genre;Publisher;NA_Sales;EU_Sales;JP_Sales;Other_Sales;Global_Sales;"
        "Critic_Score;Critic_Count;User_Score;User_Count;Developer;Rating"
    )
    rows: list[dict[str, Any]] = [dict(zip(columns, line, strict=True)) for line in _VG_KNOWN]
    platforms, genres, publishers = list(_VG_PLATFORMS), list(_VG_GENRES), list(_VG_PUBLISHERS)
    years = np.arange(1980, 2017)
    boom = np.interp(years, [1980, 1995, 2002, 2008, 2009, 2011, 2016], [0.1, 0.4, 0.65, 1.0, 0.93, 0.72, 0.45])
    while len(rows) < 5000:
        publisher = str(_one(rng, publishers, [v[0] for v in _VG_PUBLISHERS.values()]))
        _s, lift, japanese, studios = _VG_PUBLISHERS[publisher]
        allowed = _split(_VG_OWN[publisher]) if publisher in _VG_OWN else platforms
        platform = str(_one(rng, allowed, [_VG_PLATFORMS[x][2] for x in allowed]))
        first, last, _w, region = _VG_PLATFORMS[platform]
        span = (years >= first) & (years <= last)
        year = int(_one(rng, list(years[span]), list(boom[span])))
        genre = str(_one(rng, genres, [v[0] for v in _VG_GENRES.values()]))
        if publisher == "~":
            publisher = str(_one(rng, _VG_SMALL))
        reviewed = year >= 1996 and rng.random() < (0.62 if year >= 2000 else 0.25)
        quality = float(rng.normal(0, 1))
        rating = str(_one(rng, _VG_RATINGS, _VG_GENRES[genre][2])) if year >= 1995 and rng.random() < 0.66 else ""
        total = float(rng.lognormal(np.log(0.2), 1.05)) * lift * (np.exp(0.4 * quality) if reviewed else 1.0)
        home = np.array([1.0, 1.0, 1.9 if japanese else 1.0, 1.0])
        weights = np.array(region) * np.array(_VG_GENRES[genre][1]) * home
        weights = weights / weights.sum()
        shares = rng.dirichlet(weights * 12 + 0.05)
        sales = [round(total * s, 2) for s in shares]
        if sum(sales) < 0.01:
            sales[int(np.argmax(shares))] = 0.01
        critic = int(np.clip(round(68 + 12.5 * quality + (5 if rating == "M" else 0)), 13, 98)) if reviewed else None
        user: str | None = None
        if (reviewed and rng.random() < 0.9) or (not reviewed and year >= 2000 and rng.random() < 0.1):
            score = 7.1 + 1.3 * (0.62 * quality + 0.78 * float(rng.normal(0, 1)))
            user = "tbd" if rng.random() < 0.16 else f"{float(np.clip(score, 0.3, 9.6)):.1f}"
        name = _vg_name(rng, genre, year)
        count = str(int(np.clip(rng.lognormal(np.log(60), 1.3), 4, 9000))) if user not in (None, "tbd") else ""
        developer = ""
        if rating or reviewed:
            developer = str(_one(rng, _split(studios) if studios else _VG_SMALL))
        rows.append(
            {
                "Name": name,
                "Platform": platform,
                "Year_of_Release": str(year) if rng.random() > 0.016 else "N/A",
                "Genre": genre,
                "Publisher": publisher if rng.random() > 0.003 else "N/A",
                "NA_Sales": _vg_stored(sales[0]),
                "EU_Sales": _vg_stored(sales[1]),
                "JP_Sales": _vg_stored(sales[2]),
                "Other_Sales": _vg_stored(sales[3]),
                "Global_Sales": _vg_stored(round(sum(sales) + float(_one(rng, [0, 0, 0, 0, 0.01, -0.01])), 2)),
                "Critic_Score": "" if critic is None else str(critic),
                "Critic_Count": "" if critic is None else str(int(np.clip(rng.lognormal(np.log(25), 0.7), 3, 110))),
                "User_Score": user or "",
                "User_Count": count,
                "Developer": developer,
                "Rating": rating,
            }
        )
    frame = pd.DataFrame(rows)
    rated = np.flatnonzero(frame["Rating"].to_numpy() == "E")
    for i, odd in zip(rng.choice(rated, 6, replace=False), ("K-A", "K-A", "EC", "EC", "RP", "AO"), strict=True):
        frame.loc[int(i), "Rating"] = odd
    frame["Global_Sales"] = frame["Global_Sales"].where(frame["Global_Sales"] != "0", "0.01")
    order = np.argsort(-frame["Global_Sales"].astype(float).to_numpy(), kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _vg_sums(by: str, value: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(d.groupby(_text(d[by]))[value].sum())


def _vg_peak(d: pd.DataFrame) -> float:
    return float(d.groupby("Year_of_Release")["Global_Sales"].sum().idxmax())


def _vg_rating_means(d: pd.DataFrame) -> list[float]:
    means = d.groupby(_text(d["Rating"]))["Critic_Score"].mean()
    return [float(means["M"]), float(means["E"])]


_VG_ID = ("Name", "Platform")
_GAMES_QS = [
    Q(
        "top 5 publishers by global sales",
        _top_named(_vg_sums("Publisher", "Global_Sales"), 5),
        (*_VG_ID, "Publisher", "Global_Sales"),
    ),
    Q(
        "which genre sells the most in japan?",
        _lead(_named(lambda d: str(_vg_sums("Genre", "JP_Sales")(d).index[0]))),
        (*_VG_ID, "Genre", "JP_Sales"),
    ),
    Q(
        "and in europe?",
        _lead(_named(lambda d: str(_vg_sums("Genre", "EU_Sales")(d).index[0]))),
        (*_VG_ID, "Genre", "EU_Sales"),
    ),
    Q(
        "plot total global sales by release year - which year was the peak?",
        _lead(_year(_vg_peak)),
        (*_VG_ID, "Year_of_Release", "Global_Sales"),
    ),
    Q(
        "is critic score correlated w/ user score",
        _corr(lambda d: d["Critic_Score"], lambda d: _number(d["User_Score"])),
        (*_VG_ID, "Critic_Score", "User_Score"),
    ),
    Q(
        "average critic score for M rated games vs E rated",
        _about(_vg_rating_means, rel=0.005),
        (*_VG_ID, "Rating", "Critic_Score"),
    ),
]


# --- 6. Chopped episodes (TidyTuesday 2020-08-25, chopped.tsv) ------------------------------------------------------

_CH_JUDGES = (
    "Amanda Freitag:36;Chris Santos:31;Scott Conant:29;Marc Murphy:26;Aarón Sánchez:24;Geoffrey Zakarian:21;"
    "Alex Guarnaschelli:18;Maneet Chauhan:14;Marcus Samuelsson:11;Martha Stewart:1;Eric Ripert:1;Nate Appleman:2;"
    "Madison Cowan:1.5;Elizabeth Falkner:1.5;Michael Voltaggio:1;Sunny Anderson:1;Jet Tila:1.5;Maneet Chauhan :0.4;"
    "Tiffani Faison:1;Anne Burrell:1;Ron Ben-Israel:0.8;Zac Young:0.6"
)
_CH_APPETIZER = _split(
    "baby bok choy;wonton wrappers;sea bass;hamachi;octopus;duck breast;pickled herring;canned sardines;"
    "quail eggs;pork belly;beef tongue;kohlrabi;fiddlehead ferns;dragon fruit;jicama;blue cheese;gummy worms;"
    "frozen pizza;chicken feet;rattlesnake;frog legs;sea urchin;escargots;pig ears;kimchi;taro root;"
    "sweet potato chips;spam;corn nuts;instant ramen;fava beans;rhubarb;ramps;halloumi;lamb's lettuce;"
    "smoked eel;head cheese;bacon jam;pita chips;canned peaches;watermelon radish;mussels;squid ink;"
    "popcorn;cheese puffs;garlic scapes;nopales;lychees;mortadella;chorizo;edamame;pretzel buns"
)
_CH_ENTREE = _split(
    "rack of lamb;whole chicken;rib eye steak;veal chops;pork tenderloin;duck legs;venison loin;goat;bison strip;"
    "ostrich eggs;lobster tails;halibut;red snapper;swordfish;scallops;soft-shell crabs;cornish hens;rabbit;"
    "wild boar;turkey necks;oxtail;short ribs;pig head;bone marrow;tripe;kale;butternut squash;celery root;"
    "collard greens;black-eyed peas;quinoa;farro;polenta;grits;canned chili;frozen waffles;cotton candy;"
    "hot dogs;tater tots;peanut butter;pickles;fennel;artichokes;morels;chanterelles;okra;plantains;yuca"
)
_CH_DESSERT = _split(
    "white chocolate;chocolate-covered pretzels;chocolate babka;chocolate;mexican chocolate;"
    "figs;goat cheese;phyllo dough;mascarpone;cream cheese;puff pastry;graham crackers;marshmallows;candied yams;"
    "pumpkin puree;sweet potato;persimmons;blood oranges;kumquats;passion fruit;star fruit;mango;pineapple;"
    "coconut;bananas;plantain chips;honeycomb;maple syrup;molasses;dulce de leche;condensed milk;ricotta;"
    "polenta cake;fruitcake;candy corn;jelly beans;licorice;pop rocks;fortune cookies;bacon;avocado;beets;"
    "carrots;zucchini;black sesame;matcha;cardamom;lavender;rose water;earl grey tea;espresso;bourbon;"
    "pistachios;hazelnuts;almonds;pecans;apple cider;cranberry sauce;pie crust;angel food cake;waffle cones"
)
_CH_ROLES = _split(
    "Chef de Cuisine;Executive Chef;Sous Chef;Private Chef;Caterer;Line Cook;Chef and Owner;Culinary Instructor;"
    "Food Truck Owner;Personal Chef;Executive Sous Chef;Pastry Chef;Chef/Owner"
)
_CH_PLACES = (
    "Manhattan, NY:14;Brooklyn, NY:8;Queens, NY:3;Bronx, NY:2;Hoboken, NJ:2;Jersey City, NJ:2;Los Angeles, CA:7;"
    "San Francisco, CA:3;Chicago, IL:5;Miami, FL:4;New Orleans, LA:3;Philadelphia, PA:3;Boston, MA:3;Atlanta, GA:3;"
    "Austin, TX:2;Houston, TX:3;Dallas, TX:2;Seattle, WA:2;Denver, CO:2;Las Vegas, NV:2;Nashville, TN:2;"
    "Washington, DC:3;Baltimore, MD:1;Charleston, SC:1;Portland, OR:1;Phoenix, AZ:1;Detroit, MI:1;Providence, RI:1"
)
_CH_FIRST = _split(
    "Sarah;Michael;Jessica;David;Chris;Anthony;Maria;Jose;Lisa;Kevin;Rachel;Brian;Nicole;James;Melissa;Eric;Ashley;"
    "Marcus;Tanya;Carlos;Amanda;Justin;Danielle;Roberto;Kelly;Aaron;Monica;Andre;Heather;Darnell;Yuki;Priya;Omar;"
    "Gina;Tony;Angela;Luis;Jennifer;Ryan;Keisha;Stephanie;Vincent;Erin;Dominic;Lauren;Samuel;Alicia;Terrell"
)
_CH_LAST = _split(
    "Simmons;Rodriguez;Nguyen;Kim;Patel;Johnson;Williams;Brown;Garcia;Martinez;Lee;Walker;Robinson;Clark;Lewis;"
    "Young;Hall;Allen;Wright;Scott;Torres;Hill;Green;Adams;Baker;Nelson;Carter;Mitchell;Perez;Roberts;Turner;"
    "Phillips;Campbell;Parker;Evans;Edwards;Collins;Stewart;Morris;Rogers;Reed;Cook;Morgan;Bell;Murphy;Bailey;"
    "Rivera;Cooper;Richardson;Cox;Howard;Ward;Peterson;Gray;Ramirez;James;Watson;Brooks;Kelly;Sanders;Price"
)
_CH_THEMES = _split(
    "Crunch Time;Pride and Pork;Leftovers Makeover;Yakety Yak;Beer Here!;Grill Masters;Sweet Surrender;"
    "Family Feast;Heroes Reunion;Teen Tournament;Grandma's Kitchen;Lunch Ladies;Sibling Rivalry;Hot Potato;"
    "Mother's Day;Thanksgiving Throwdown;Holiday Cheer;Halloween Havoc;Fear Factor;Bacon Bonanza;Tacos Tonight;"
    "Pasta Perfect;Seafood Spectacular;Firehouse Chefs;Military Salute;Food Truck Face-Off;Celebrity Holiday;"
    "Redemption;Champions;Amateur Night;Brunch Time;Dinner Party;Camp Chopped;Southern Comfort;Pie Hard;"
    "Sugar Rush;Kids in the Kitchen;Cake Walk;Time to Party;Viewers' Choice;Wild Game;Breakfast Bonanza"
)
_CH_NOTES = _split(
    "This episode featured four chefs from New York.;The dessert round included a surprise ingredient.;"
    "All four competitors were personal chefs.;The winner donated part of the prize to charity.;"
    "One chef cut a finger during the appetizer round.;The judges were split over the entree round.;"
    "Competitors had to use a pressure cooker.;A chef forgot to plate one of the baskets ingredients."
)


def _ch_basket(rng: np.random.Generator, pool: list[str]) -> str:
    return ", ".join(str(x) for x in rng.choice(pool, 4, replace=False))


def _ch_name(rng: np.random.Generator, basket: str, used: set[str]) -> str:
    items = [x.split()[-1].capitalize() for x in basket.split(", ")]
    for _ in range(100):
        if rng.random() < 0.45:
            name = str(_one(rng, _CH_THEMES))
        elif rng.random() < 0.5:
            name = f"{items[0]}, {items[1]}, {items[2]}"
        else:
            name = f"{_one(rng, items)} {_one(rng, ['Madness', 'Mayhem', 'Mania', 'Surprise', 'Challenge', 'Dreams'])}"
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("no fresh episode name left")


def _chopped_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4606)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    day = pd.Timestamp("2009-01-13")
    series = 0
    for season in range(1, 46):
        for episode in range(1, int(_one(rng, [10, 12, 12, 13, 13, 13, 13, 14])) + 1):
            series += 1
            age = (day - pd.Timestamp("2009-01-13")).days / 365.25
            rating = 8.55 - 0.09 * age + float(rng.normal(0, 0.33))
            judges: list[str] = []
            while len(judges) < 3:
                judge = _draw(rng, _CH_JUDGES)
                if judge.strip() not in (j.strip() for j in judges):
                    judges.append(judge)
            appetizer, entree, dessert = (_ch_basket(rng, pool) for pool in (_CH_APPETIZER, _CH_ENTREE, _CH_DESSERT))
            row: dict[str, Any] = {
                "season": season,
                "season_episode": episode,
                "series_episode": series,
                "episode_rating": round(float(np.clip(rating, 5.5, 9.1)), 1)
                if rng.random() > 0.04 + 0.05 * (age > 9)
                else None,
                "episode_name": _ch_name(rng, appetizer, used),
                "episode_notes": str(_one(rng, _CH_NOTES)) if rng.random() < 0.8 else None,
                "air_date": f"{day:%B} {day.day}, {day.year}",
                "judge1": judges[0],
                "judge2": judges[1],
                "judge3": judges[2],
                "appetizer": appetizer,
                "entree": entree,
                "dessert": dessert,
            }
            for k in range(1, 5):
                name = f"{_one(rng, _CH_FIRST)} {_one(rng, _CH_LAST)}"
                row[f"contestant{k}"] = name
                row[f"contestant{k}_info"] = f"{name}, {_one(rng, _CH_ROLES)}, {_draw(rng, _CH_PLACES)}"
            rows.append(row)
            day += pd.Timedelta(days=7 if rng.random() < 0.8 else int(_one(rng, [1, 2, 3])))
        day += pd.Timedelta(weeks=int(rng.integers(0, 4)))
    frame = pd.DataFrame(rows)
    best = int(frame["episode_rating"].idxmax())
    frame.loc[best, "episode_rating"] = 9.2
    return frame


def _ch_judges(d: pd.DataFrame) -> pd.Series:
    names = pd.concat([_text(d[c]) for c in ("judge1", "judge2", "judge3")])
    return names[names != ""].value_counts()


def _ch_best(d: pd.DataFrame) -> str:
    return str(_text(d["episode_name"])[d["episode_rating"].idxmax()])


def _ch_year_means(d: pd.DataFrame) -> Any:
    years = pd.to_datetime(_text(d["air_date"]), format="%B %d, %Y").dt.year
    return d.groupby(years)["episode_rating"].mean().to_numpy()


def _ch_chocolate(whole_item: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        items = _text(d["dessert"]).str.lower().str.split(", ")
        if whole_item:
            return float(items.apply(lambda xs: "chocolate" in xs).sum())
        return float(_text(d["dessert"]).str.lower().str.contains("chocolate").sum())

    return count


def _ch_episode(answer: str, df: pd.DataFrame) -> str | None:
    """The best episode by its name, or as season and episode ("season 3, episode 7", "S3E7")."""
    row = df.loc[df["episode_rating"].idxmax()]
    season, episode = int(row["season"]), int(row["season_episode"])
    if _named(_ch_best)(answer, df) is None:
        return None
    patterns = [
        rf"\bseason\s*{season}\b[^.\n]{{0,20}}?\bepisode\s*{episode}\b",
        rf"\bS0?{season}\s*E0?{episode}\b",
    ]
    if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
        return None
    return f"missing episode {_ch_best(df)!r}"


_CH_ID = ("series_episode", "season", "season_episode", "episode_name")
_CH_JUDGE_COLUMNS = ("judge1", "judge2", "judge3")
_CHOPPED_QS = [
    Q(
        "what's the average episode rating",
        _about(lambda d: float(d["episode_rating"].mean()), rel=0.003),
        (*_CH_ID, "episode_rating"),
    ),
    Q(
        "which judge has been on the most episodes?",
        _lead(_named(lambda d: _top(_ch_judges(d)))),
        (*_CH_ID, *_CH_JUDGE_COLUMNS),
    ),
    Q(
        "highest rated episode?",
        _lead(_ch_episode),
        (*_CH_ID, "episode_rating"),
    ),
    Q(
        "avg rating per year, are the ratings going down?",
        _about(_ch_year_means),
        (*_CH_ID, "air_date", "episode_rating"),
    ),
    Q(
        "how many episodes had chocolate in the desert basket",
        either(_count(_ch_chocolate(False)), _count(_ch_chocolate(True))),
        (*_CH_ID, "dessert"),
    ),
    Q(
        "what percent of episodes are missing a rating?",
        _share(lambda d: float(d["episode_rating"].isna().mean())),
        (*_CH_ID, "episode_rating"),
    ),
]


# --- 7. Countries of the world (Kaggle "Countries of the World", countries of the world.csv, CIA factbook) ---------

# region as the file writes it (padded with spaces): countries as "name|population in millions|GDP per head ($)"
_CW_REGIONS: dict[str, str] = {
    "ASIA (EX. NEAR EAST)         ": "Afghanistan|31.06|700;Bangladesh|147.37|1900;Bhutan|2.28|1300;"
    "Brunei|0.379|18600;Burma|47.38|1800;Cambodia|13.88|1900;China|1313.97|5000;East Timor|1.062|500;"
    "Hong Kong|6.94|28800;India|1095.35|2900;Indonesia|245.45|3200;Iran|68.69|7000;Japan|127.46|28200;"
    "Korea, North|23.11|1300;Korea, South|48.85|17800;Laos|6.37|1700;Macau|0.453|19400;Malaysia|24.39|9000;"
    "Maldives|0.359|3900;Mongolia|2.83|1800;Nepal|28.29|1400;Pakistan|165.80|2100;Philippines|89.47|4600;"
    "Singapore|4.49|23700;Sri Lanka|20.22|3700;Taiwan|23.04|23400;Thailand|64.63|7400;Vietnam|84.40|2500",
    "EASTERN EUROPE                     ": "Albania|3.58|4500;Bosnia & Herzegovina|4.50|6100;Bulgaria|7.39|7600;"
    "Croatia|4.49|10600;Czech Republic|10.24|15700;Hungary|9.98|13900;Macedonia|2.05|6700;Poland|38.54|11100;"
    "Romania|22.30|7000;Serbia|9.40|2200;Slovakia|5.44|13300;Slovenia|2.01|19000",
    "NORTHERN AFRICA                    ": "Algeria|32.93|6000;Egypt|78.89|4000;Libya|5.90|11400;"
    "Morocco|33.24|4000;Tunisia|10.18|6900;Western Sahara|0.273|",
    "OCEANIA                            ": "American Samoa|0.058|8000;Australia|20.26|29000;Cook Islands|0.021|5000;"
    "Fiji|0.906|5800;French Polynesia|0.275|17500;Guam|0.171|21000;Kiribati|0.105|800;Marshall Islands|0.060|1600;"
    "Micronesia, Fed. St.|0.108|2000;Nauru|0.0134|5000;New Caledonia|0.219|15000;New Zealand|4.08|21600;"
    "N. Mariana Islands|0.082|12500;Palau|0.0207|9000;Papua New Guinea|5.67|2200;Samoa|0.177|5600;"
    "Solomon Islands|0.552|1700;Tonga|0.115|2200;Tuvalu|0.0118|1100;Vanuatu|0.209|2900;"
    "Wallis and Futuna|0.0161|3700",
    "WESTERN EUROPE                     ": "Andorra|0.0712|19000;Austria|8.19|30000;Belgium|10.38|29100;"
    "Denmark|5.45|31100;Faroe Islands|0.0471|22000;Finland|5.23|27400;France|60.88|27600;Germany|82.42|27600;"
    "Gibraltar|0.0279|17500;Greece|10.69|20000;Guernsey|0.0653|20000;Iceland|0.2995|30900;Ireland|4.06|29600;"
    "Isle of Man|0.0752|21000;Italy|58.13|26700;Jersey|0.0913|24800;Liechtenstein|0.0339|25000;"
    "Luxembourg|0.474|55100;Malta|0.400|17700;Monaco|0.0329|27000;Netherlands|16.49|28600;Norway|4.61|37800;"
    "Portugal|10.61|18000;San Marino|0.0291|34600;Spain|40.40|22000;Sweden|9.02|26800;Switzerland|7.52|32700;"
    "United Kingdom|60.61|27700",
    "SUB-SAHARAN AFRICA                 ": "Angola|12.13|1900;Benin|7.86|1100;Botswana|1.64|9000;"
    "Burkina Faso|13.90|1100;Burundi|8.09|600;Cameroon|17.34|1800;Cape Verde|0.421|1400;"
    "Central African Rep.|4.30|1100;Chad|9.94|1200;Comoros|0.691|700;Congo, Dem. Rep.|62.66|700;"
    "Congo, Repub. of the|3.70|700;Cote d'Ivoire|17.65|1400;Djibouti|0.487|1300;Equatorial Guinea|0.540|2700;"
    "Eritrea|4.79|700;Ethiopia|74.78|700;Gabon|1.42|5500;Gambia, The|1.64|1700;Ghana|22.41|2200;"
    "Guinea|9.69|2100;Guinea-Bissau|1.44|800;Kenya|34.71|1000;Lesotho|2.02|3000;Liberia|3.04|1000;"
    "Madagascar|18.60|800;Malawi|13.01|600;Mali|11.72|900;Mauritania|3.18|1800;Mauritius|1.24|11400;"
    "Mayotte|0.201|2600;Mozambique|19.69|1200;Namibia|2.04|7200;Niger|12.53|800;Nigeria|131.86|900;"
    "Reunion|0.787|5800;Rwanda|8.65|1300;Saint Helena|0.0075|2500;Sao Tome & Principe|0.193|1200;"
    "Senegal|11.99|1600;Seychelles|0.0814|7800;Sierra Leone|6.01|500;Somalia|8.86|500;South Africa|44.19|10700;"
    "Sudan|41.24|1900;Swaziland|1.14|4900;Tanzania|37.45|600;Togo|5.55|1500;Uganda|28.20|1400;"
    "Zambia|11.50|800;Zimbabwe|12.24|1900",
    "LATIN AMER. & CARIB    ": "Anguilla|0.0134|8600;Antigua & Barbuda|0.0691|11000;Argentina|39.92|11200;"
    "Aruba|0.0718|28000;Bahamas, The|0.304|16800;Barbados|0.280|15700;Belize|0.287|4900;Bolivia|8.99|2400;"
    "Brazil|188.08|7600;British Virgin Is.|0.0231|16000;Cayman Islands|0.0451|35000;Chile|16.13|9900;"
    "Colombia|43.59|6300;Costa Rica|4.08|9100;Cuba|11.38|2900;Dominica|0.0689|5400;"
    "Dominican Republic|9.18|6000;Ecuador|13.55|3300;El Salvador|6.82|4800;French Guiana|0.1997|8300;"
    "Grenada|0.0898|5000;Guadeloupe|0.452|8000;Guatemala|12.29|4100;Guyana|0.767|4000;Haiti|8.31|1600;"
    "Honduras|7.33|2600;Jamaica|2.76|3900;Martinique|0.436|14400;Mexico|107.45|9000;Montserrat|0.0094|3400;"
    "Netherlands Antilles|0.222|11400;Nicaragua|5.57|2300;Panama|3.19|6300;Paraguay|6.51|4700;Peru|28.30|5100;"
    "Puerto Rico|3.93|16800;Saint Kitts & Nevis|0.0392|8800;Saint Lucia|0.169|5400;"
    "Saint Vincent and the Grenadines|0.118|2900;Suriname|0.439|4000;Trinidad & Tobago|1.07|9500;"
    "Turks & Caicos Is|0.0214|9600;Uruguay|3.43|12800;Venezuela|25.73|4800;Virgin Islands|0.109|17200",
    "C.W. OF IND. STATES ": "Armenia|2.98|3500;Azerbaijan|7.96|3400;Belarus|10.29|6100;Georgia|4.66|2500;"
    "Kazakhstan|15.23|6300;Kyrgyzstan|5.21|1600;Moldova|4.47|1800;Russia|142.89|8900;Tajikistan|7.32|1000;"
    "Turkmenistan|5.04|5800;Ukraine|46.71|5400;Uzbekistan|27.31|1700",
    "NEAR EAST                          ": "Bahrain|0.699|16900;Cyprus|0.784|19200;Gaza Strip|1.43|600;"
    "Iraq|26.78|1500;Israel|6.35|19800;Jordan|5.91|4300;Kuwait|2.42|19000;Lebanon|3.87|4800;Oman|3.10|13100;"
    "Qatar|0.885|21500;Saudi Arabia|27.02|11800;Syria|18.88|3300;Turkey|70.41|6700;"
    "United Arab Emirates|2.60|23200;West Bank|2.46|800;Yemen|21.46|800",
    "BALTICS                            ": "Estonia|1.32|12300;Latvia|2.27|10200;Lithuania|3.59|11400",
    "NORTHERN AMERICA                   ": "Bermuda|0.0659|36000;Canada|33.10|29800;Greenland|0.0563|20000;"
    "St Pierre & Miquelon|0.0070|6900;United States|298.44|37800",
}
# region: people per sq. mi. (median), birthrate shift, deathrate shift, net migration shift
_CW_TRAITS: dict[str, tuple[float, float, float, float]] = {
    "ASIA (EX. NEAR EAST)": (300, 0.0, -0.5, -0.6),
    "EASTERN EUROPE": (220, -4.2, 4.0, -1.2),
    "NORTHERN AFRICA": (60, 1.0, -1.0, -0.8),
    "OCEANIA": (120, 2.5, -1.5, -1.5),
    "WESTERN EUROPE": (400, -0.3, 0.0, 2.5),
    "SUB-SAHARAN AFRICA": (70, 2.0, 3.5, -0.3),
    "LATIN AMER. & CARIB": (180, 0.5, -1.0, -2.0),
    "C.W. OF IND. STATES": (60, -6.0, 2.5, -1.0),
    "NEAR EAST": (200, 3.5, -2.5, 2.0),
    "BALTICS": (90, -5.0, 4.0, -2.0),
    "NORTHERN AMERICA": (40, 0.0, 0.0, 3.5),
}
_CW_LANDLOCKED = _split(
    "Afghanistan;Bhutan;Laos;Mongolia;Nepal;Andorra;Austria;Liechtenstein;Luxembourg;San Marino;Switzerland;"
    "Czech Republic;Hungary;Macedonia;Serbia;Slovakia;Botswana;Burkina Faso;Burundi;Central African Rep.;Chad;"
    "Ethiopia;Lesotho;Malawi;Mali;Niger;Rwanda;Swaziland;Uganda;Zambia;Zimbabwe;Bolivia;Paraguay;Armenia;"
    "Azerbaijan;Belarus;Kazakhstan;Kyrgyzstan;Moldova;Tajikistan;Turkmenistan;Uzbekistan;West Bank"
)
# column: how many countries leave it blank
_CW_GAPS = {
    "Net migration": 3,
    "Infant mortality (per 1000 births)": 3,
    "Literacy (%)": 18,
    "Phones (per 1000)": 4,
    "Arable (%)": 2,
    "Climate": 22,
    "Birthrate": 3,
    "Deathrate": 4,
    "Agriculture": 15,
}


def _cw_comma(value: float, places: int) -> str:
    """A decimal written with a comma, as the file does ("48,0", "0,38")."""
    return f"{value:.{places}f}".replace(".", ",")


def _countries_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4607)
    rows: list[dict[str, Any]] = []
    for region, table in _CW_REGIONS.items():
        density, birth_shift, death_shift, move_shift = _CW_TRAITS[region.strip()]
        for name, millions, gdp_text in _fields(table):
            gdp = float(gdp_text) if gdp_text else 2500.0
            log_gdp = np.log(gdp)
            population = int(float(millions) * 1e6) + int(rng.integers(0, 1000))
            area = max(1, round(population / (density * float(rng.lognormal(0, 0.7)))))
            coast = 0.0 if name in _CW_LANDLOCKED else float(rng.lognormal(np.log(2.0), 1.6))
            coast = min(coast, 870.66)
            infant = float(np.exp(4.6 - 0.83 * (log_gdp - 6.55) + rng.normal(0, 0.3)))
            literacy = float(np.clip(100 - np.exp(4.2 - 0.95 * (log_gdp - 6.55) + rng.normal(0, 0.35)), 17.6, 100))
            if region.strip() in ("EASTERN EUROPE", "C.W. OF IND. STATES", "BALTICS"):
                literacy = float(np.clip(99.8 - rng.gamma(1.0, 1.2), 94, 100))
            birth = 9.5 + 36 / (1 + np.exp(1.6 * (log_gdp - 8.0))) + birth_shift + float(rng.normal(0, 2.2))
            death = 5.5 + 9 / (1 + np.exp(1.4 * (log_gdp - 7.2))) + death_shift + float(rng.normal(0, 1.6))
            arable = float(np.clip(rng.gamma(1.4, 9.0), 0, 62))
            crops = float(np.clip(rng.gamma(0.6, 3.0), 0, 40))
            farming = float(np.clip(0.62 - 0.13 * (log_gdp - 6.55) + rng.normal(0, 0.06), 0.002, 0.77))
            industry = float(np.clip(rng.normal(0.28, 0.1), 0.03, 0.8 - farming))
            rows.append(
                {
                    "Country": name + " ",
                    "Region": region,
                    "Population": population,
                    "Area (sq. mi.)": area,
                    "Pop. Density (per sq. mi.)": _cw_comma(population / area, 1),
                    "Coastline (coast/area ratio)": _cw_comma(coast, 2),
                    "Net migration": _cw_comma(move_shift + float(rng.normal(0, 3.2)), 2),
                    "Infant mortality (per 1000 births)": _cw_comma(infant, 2),
                    "GDP ($ per capita)": int(gdp) if gdp_text else None,
                    "Literacy (%)": _cw_comma(literacy, 1),
                    "Phones (per 1000)": _cw_comma(float(np.exp(log_gdp - 4.0 + rng.normal(0, 0.45))), 1),
                    "Arable (%)": _cw_comma(arable, 2),
                    "Crops (%)": _cw_comma(crops, 2),
                    "Other (%)": _cw_comma(100 - round(arable, 2) - round(crops, 2), 2),
                    "Climate": str(_one(rng, ["1", "2", "3", "4", "1,5", "2,5"], [18, 45, 25, 3, 4, 5])),
                    "Birthrate": _cw_comma(float(np.clip(birth, 7.3, 50.7)), 2),
                    "Deathrate": _cw_comma(float(np.clip(death, 2.3, 29.7)), 2),
                    "Agriculture": _cw_comma(farming, 3),
                    "Industry": _cw_comma(industry, 3),
                    "Service": _cw_comma(1 - round(farming, 3) - round(industry, 3), 3),
                }
            )
    frame = pd.DataFrame(rows).astype({"GDP ($ per capita)": "Int64"})
    frame = frame.sort_values("Country", kind="stable").reset_index(drop=True)
    small = np.flatnonzero(frame["Population"].to_numpy() < 500_000)
    for column, k in _CW_GAPS.items():
        pool = small if k > 10 else np.arange(len(frame))
        blank = rng.choice(pool, k, replace=False)
        frame.loc[blank, column] = None
        if column == "Agriculture":
            frame.loc[blank, ["Industry", "Service"]] = None
        if column == "Arable (%)":
            frame.loc[blank, ["Crops (%)", "Other (%)"]] = None
    return frame


def _cw_number(s: pd.Series) -> pd.Series:
    return pd.to_numeric(_text(s).str.replace(",", ".", regex=False), errors="coerce")


def _cw_by_region(column: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _cw_number(d[column]).groupby(_text(d["Region"])).mean()


_CW_ALIASES = {
    "ASIA (EX. NEAR EAST)": ("Asia",),
    "LATIN AMER. & CARIB": ("Latin America",),
    "C.W. OF IND. STATES": ("Commonwealth of Independent States", "CIS"),
    "NORTHERN AMERICA": ("North America",),
}
_CW_GDP = "GDP ($ per capita)"
_CW_INFANTS = "Infant mortality (per 1000 births)"
_CW_ID = ("Country",)
_COUNTRIES_QS = [
    Q(
        "top 5 countries by gdp per capita",
        _top_named(lambda d: _ranked(pd.Series(d[_CW_GDP].to_numpy(), index=_text(d["Country"])).dropna()), 5),
        (*_CW_ID, _CW_GDP),
    ),
    Q(
        "what's the average literacy rate in each region?",
        _about(lambda d: _cw_by_region("Literacy (%)")(d).to_numpy()),
        (*_CW_ID, "Region", "Literacy (%)"),
    ),
    Q(
        "is gdp per capita correlated with infant mortality",
        _corr(lambda d: d[_CW_GDP], lambda d: _cw_number(d[_CW_INFANTS])),
        (*_CW_ID, _CW_GDP, _CW_INFANTS),
    ),
    Q(
        "how many countries have a population over 100 million?",
        _count(lambda d: float((d["Population"] > 100_000_000).sum())),
        (*_CW_ID, "Population"),
    ),
    Q(
        "which region has the highest average birthrate",
        _lead(_named(lambda d: _top(_cw_by_region("Birthrate")(d)), _CW_ALIASES)),
        (*_CW_ID, "Region", "Birthrate"),
    ),
    Q(
        "and the lowest?",
        _lead(_named(lambda d: _top(_cw_by_region("Birthrate")(d), ascending=True), _CW_ALIASES)),
        (*_CW_ID, "Region", "Birthrate"),
    ),
]


HELDOUT46: list[Dataset] = [
    Dataset("airline_passengers", _airline_frame, _AIRLINE_QS),
    Dataset("ultra_trail_running", _ultra_frame, _ULTRA_QS),
    Dataset("levels_fyi_salaries", _levels_frame, _LEVELS_QS),
    Dataset("transit_costs", _transit_frame, _TRANSIT_QS),
    Dataset("video_game_sales_ratings", _games_frame, _GAMES_QS),
    Dataset("chopped_episodes", _chopped_frame, _CHOPPED_QS),
    Dataset("countries_of_the_world", _countries_frame, _COUNTRIES_QS),
]
