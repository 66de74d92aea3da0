"""HELDOUT58: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along:
TidyTuesday's Astronauts file (astronauts.csv, 2020-07-14, one row per astronaut and mission from 1961 to 2019) with
id, number and nationwide_number, names written "Gagarin, Yuri" beside an original_name in Cyrillic, Chinese or
Japanese script, male / female, year_of_birth, nationalities spelt as in the file ("U.S.", "U.S.S.R/Russia",
"U.K./U.S.", "Malysia", "Netherland"), military / civilian, selection groups such as "NASA Astronaut Group 9" and
"TsPK-7", mission_number and total_number_of_missions, pilot / commander / "flight engineer" / MSP / PSP occupations
(a few capitalised), year_of_mission, mission titles such as "STS-61" and "Soyuz TMA-14" with the ascend, in-orbit
("Mir", "ISS") and descend vehicles, hours_mission and total_hrs_sum, the unnamed field21 (EVAs on the mission),
eva_hrs_mission and total_eva_hrs; TidyTuesday's Measles vaccination rates file (measles.csv, 2020-02-25, 4600
kindergartens in 19 states) with an index that restarts in every state, year written "2018-19", "2017-18" or "2017",
school names (upper case in New York), Public / Private / Charter types only where the state reports them, city,
county and district (blank where not reported), enroll with blanks, mmr and overall rates with -1 for "not reported"
(whole states without one or the other), exemption percentages xrel / xmed / xper mostly blank and lat / lng;
FiveThirtyEight's guns-data full_data.csv (a sample of 5000 of the 2012-2014 gun deaths) with its unnamed original
row number, year, month written "01" ... "12", intent Suicide / Homicide / Accidental / Undetermined (four blank),
police 0/1, sex M / F, age with a few blanks, race such as "Asian/Pacific Islander", hispanic origin codes (100,
211, 998), "Home" / "Street" / "Other specified" / "School/instiution" places (some blank) and education codes 1-5
(two blank); TidyTuesday's Marble Racing file (marbles.csv, two seasons of Marbula One, 16 teams with two marbles
each) with dates written "15-Feb-20", race codes "S1Q1" / "S1R1", site, a youtu.be source link per row, marble_name,
team_name, time_s (blank when a marble did not finish), pole "P1" ... only for qualifiers, points only for races
(one bonus point a race for a top-ten marble), track_length_m, number_laps, avg_time_lap, host Yes / No and notes
mostly blank; TidyTuesday's Spotify Songs file (spotify_songs.csv, 2020-01-21, 5000 rows, some tracks in several
playlists) with 22-character track, album and playlist ids, track_popularity 0-100 (many 0), album release dates
written "2019-06-14", "2012" or "2009-03", six playlist genres (edm, latin, pop, r&b, rap, rock) with four subgenres
each, danceability, energy, key, loudness, mode, speechiness, acousticness, instrumentalness, liveness, valence,
tempo and duration_ms, and three rows without a name, artist or album; Inside Airbnb's Seattle listings
(listings.csv, January 2016, 3818 listings) with host_since "2011-08-11", host_response_rate "96%" or "N/A", t / f
flags (two superhost flags blank), neighbourhood_cleansed and neighbourhood_group_cleansed ("Capitol Hill", "Other
neighborhoods"), property types, the three room types, accommodates, bathrooms and bedrooms with blanks, prices
written "$85.00" and "$1,000.00", security_deposit and cleaning_fee often blank, number_of_reviews,
review_scores_rating 20-100 (blank without reviews), a city written "Seattle", "seattle" or "西雅图", and strict /
moderate / flexible cancellation policies; and PJM's hourly load of American Electric Power (AEP_hourly.csv from
Kaggle's "Hourly Energy Consumption", October 2017 to March 2018, 4368 rows) with Datetime written "2017-12-31
01:00:00" and AEP_MW as "13478.0", in the file's own order (year blocks, days newest first, each day's hours from
01:00 to the next day's 00:00), the 2:00 hour twice on 5 November 2017 and missing on 11 March 2018. All are
generated with a fixed seed.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout39 import _clock, _fields, _month_of
from .heldout40 import _fixed, _number, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------

_B62 = string.ascii_letters + string.digits


def _code(rng: np.random.Generator, k: int, alphabet: str = _B62) -> str:
    """`k` random characters of `alphabet` (Spotify-style ids, YouTube video ids)."""
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), k))


def _top_k(
    ranking: Callable[[pd.DataFrame], pd.Series], k: int, aliases: Mapping[str, tuple[str, ...]] | None = None
) -> Check:
    """`_top_named` with aliases: the first `k` labels of a ranking (scores by label, best first), ties at the cut
    allowed, each said as itself or as one of its aliases ("USA" for "U.S.")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        scores = ranking(df)
        cut = scores.iloc[k - 1]
        above = [str(x) for x, v in scores.iloc[:k].items() if v != cut]
        level = [str(x) for x, v in scores.items() if v == cut]
        why = _all_named(lambda _d: above, aliases)(answer, df)
        if why:
            return why
        said = sum(_named(_fixed(x), aliases)(answer, df) is None for x in level)
        return None if said >= k - len(above) else f"missing {k - len(above)} of {level!r}"

    return check


def _top_label(scores: pd.Series, ascending: bool = False) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


# --- 1. Astronauts (TidyTuesday 2020-07-14, astronauts.csv) --------------------------------------------------------

# program|title prefix|first number|flights per year ("year:count,year:count")
_AS_SERIES = _fields(
    "Vostok|Vostok |1|1961:2,1962:2,1963:2;"
    "Mercury|Mercury-Redstone |3|1961:2;"
    "Mercury|Mercury-Atlas |6|1962:3,1963:1;"
    "Voskhod|Voskhod |1|1964:1,1965:1;"
    "Gemini|Gemini |3|1965:5,1966:5;"
    "Soyuz|Soyuz |1|1967:1,1968:2,1969:5,1970:1,1971:3,1973:2,1974:3,1975:4,1976:3,1977:3,1978:4,1979:2,1980:4,"
    "1981:2;"
    "Apollo|Apollo |7|1968:2,1969:4,1970:1,1971:2,1972:2;"
    "Skylab|Skylab |2|1973:3;"
    "Apollo|Apollo-Soyuz||1975:1;"
    "Soyuz T|Soyuz T-|2|1980:2,1981:2,1982:3,1983:2,1984:3,1985:2,1986:1;"
    "STS|STS-|1|1981:2,1982:3,1983:4,1984:5,1985:9,1986:2,1988:2,1989:5,1990:6,1991:6,1992:8,1993:7,1994:7,1995:7,"
    "1996:7,1997:8,1998:5,1999:3,2000:5,2001:6,2002:5,2003:1,2005:1,2006:3,2007:3,2008:4,2009:5,2010:3,2011:3;"
    "Soyuz TM|Soyuz TM-|2|1987:3,1988:3,1989:1,1990:2,1991:3,1992:2,1993:2,1994:3,1995:2,1996:2,1997:2,1998:2,"
    "1999:1,2000:2,2001:2,2002:1;"
    "Soyuz TMA|Soyuz TMA-|1|2002:1,2003:2,2004:2,2005:2,2006:2,2007:2,2008:2,2009:4,2010:4,2011:4,2012:4,2013:4,"
    "2014:4,2015:4,2016:3;"
    "Shenzhou|Shenzhou |5|2003:1,2005:1,2008:1;"
    "Shenzhou|Shenzhou |9|2012:1,2013:1,2016:1;"
    "Soyuz MS|Soyuz MS-|1|2016:3,2017:4,2018:4,2019:4"
)
# program: hours in space of one flight (low, high)
_AS_HOURS: dict[str, tuple[float, float]] = {
    "Vostok": (1.5, 119.0),
    "Mercury": (0.25, 34.3),
    "Voskhod": (24.3, 26.0),
    "Gemini": (5.0, 330.6),
    "Soyuz": (48.0, 4200.0),
    "Apollo": (142.0, 301.8),
    "Skylab": (672.0, 2017.3),
    "Soyuz T": (150.0, 5500.0),
    "STS": (50.0, 420.0),
    "Soyuz TM": (1900.0, 8000.0),
    "Soyuz TMA": (3800.0, 4600.0),
    "Shenzhou": (21.0, 800.0),
    "Soyuz MS": (3300.0, 4700.0),
}
_AS_SOYUZ = ("Soyuz", "Soyuz T", "Soyuz TM", "Soyuz TMA", "Soyuz MS")
# where a new guest comes from: on the shuttle, with Intercosmos, to a station after 1991, as a paying tourist
_AS_GUESTS = {
    "guest": "Canada:7;Japan:6;Germany:5;France:3;Italy:4;Switzerland:1;Belgium:1;Netherland:1;Spain:1;Sweden:1;"
    "Saudi Arabia:1;Mexico:1;Israel:1;Australia:1;U.K./U.S.:1;Ukraine:1",
    "ic": "Czechoslovakia:1;Poland:1;Germany:2;Bulgaria:2;Hungry:1;Vietnam:1;Cuba:1;Mongolia:1;Romania:1;France:3;"
    "India:1;Syria:1;Afghanistan:1;Japan:1;U.K.:1;Austria:1;Kazakhstan:1;Slovakia:1",
    "iss": "Japan:5;Canada:3;Germany:3;Italy:4;France:2;Netherland:1;Belgium:1;Sweden:1;Denmark:1;Malysia:1;Korea:1;"
    "Brazil:1;Kazakhstan:1;U.K.:1;UAE:1",
    "tourist": "U.S.:5;Republic of South Africa:1;Canada:1",
}
_AS_STYLES = {"U.S.": "en", "Canada": "en", "Australia": "en", "U.K.": "en", "U.K./U.S.": "en"}
_AS_STYLES |= {"Republic of South Africa": "en", "U.S.S.R/Russia": "ru", "Kazakhstan": "ru", "Ukraine": "ru"}
_AS_STYLES |= {"China": "zh", "Japan": "ja", "Germany": "de", "Austria": "de", "Switzerland": "de"}
_AS_STYLES |= {"France": "fr", "Belgium": "fr", "Italy": "it", "Spain": "es", "Mexico": "es", "Cuba": "es"}
_AS_STYLES |= {"Brazil": "es"}
# style: surnames, male and female first names (Cyrillic, Chinese or Japanese after a "|" where the file has them)
_AS_NAMES: dict[str, tuple[str, str, str]] = {
    "en": (
        "Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Wilson;Anderson;Taylor;Thomas;Moore;Martin;Jackson;Thompson;"
        "White;Harris;Clark;Lewis;Robinson;Walker;Young;Allen;King;Wright;Scott;Green;Baker;Adams;Nelson;Hill;"
        "Campbell;Mitchell;Roberts;Carter;Phillips;Evans;Turner;Parker;Collins;Edwards;Stewart;Morris;Murphy;Cook;"
        "Rogers;Morgan;Cooper;Peterson;Reed;Bailey;Bell;Kelly;Howard;Ward;Cox;Richardson;Wood;Watson;Brooks;Bennett;"
        "Gray;Hughes;Price;Sanders;Myers;Long;Ross;Foster;Grissom;Glenn;Carpenter;Schirra;Cooper;Armstrong;"
        "Aldrin;Collins;Conrad;Bean;Lovell;Haise;Swigert;Duke;Young;Cernan;Weitz;Kerwin;Garriott;Lousma;Pogue;Gibson;"
        "Crippen;Hauck;Fisher;Gardner;Lucid;Nagel;Bolden;Chang-Diaz;Hoffman;Musgrave;Ross;Whitson;Kelly;Fincke;"
        "Garneau;Hadfield;MacLean;Payette;Tryggvason;Williams;Saint-Jacques;Bondar;Thirsk;Readdy;Lopez-Alegria",
        "James;John;Robert;Michael;William;David;Richard;Thomas;Charles;Daniel;Mark;Steven;Kenneth;Scott;Gregory;"
        "Jeffrey;Kevin;Brian;Timothy;Gerald;Donald;Frank;Edward;Joseph;Paul;Gary;Eugene;Walter;Alan;Virgil;Jack;"
        "Neil;Gordon;Terry;Guion;Franklin;Story;Jerry;Leroy;Chris;Marc;Dafydd;Bjarni;Reid;Andrew;Douglas;Randy",
        "Sally;Kathryn;Judith;Anna;Rhea;Shannon;Bonnie;Tamara;Ellen;Eileen;Susan;Janice;Marsha;Nancy;Catherine;"
        "Wendy;Kalpana;Peggy;Sunita;Stephanie;Heidemarie;Tracy;Karen;Megan;Nicole;Kate;Christina;Jessica;Anne;Julie;"
        "Roberta;Mary Ellen;Barbara;Joan;Sandra;Dorothy;Pamela;Lisa",
    ),
    "ru": (
        "Titov|ТИТОВ;Nikolayev|НИКОЛАЕВ;Popovich|ПОПОВИЧ;Bykovsky|БЫКОВСКИЙ;Komarov|КОМАРОВ;"
        "Leonov|ЛЕОНОВ;Belyayev|БЕЛЯЕВ;Shatalov|ШАТАЛОВ;Volynov|ВОЛЫНОВ;Yeliseyev|ЕЛИСЕЕВ;Khrunov|ХРУНОВ;"
        "Kubasov|КУБАСОВ;Filipchenko|ФИЛИПЧЕНКО;Volkov|ВОЛКОВ;Gorbatko|ГОРБАТКО;Sevastyanov|СЕВАСТЬЯНОВ;"
        "Dobrovolsky|ДОБРОВОЛЬСКИЙ;Patsayev|ПАЦАЕВ;Lazarev|ЛАЗАРЕВ;Makarov|МАКАРОВ;Klimuk|КЛИМУК;"
        "Solovyev|СОЛОВЬЁВ;Krikalev|КРИКАЛЁВ;Padalka|ПАДАЛКА;Malenchenko|МАЛЕНЧЕНКО;Yurchikhin|ЮРЧИХИН;"
        "Kononenko|КОНОНЕНКО;Skvortsov|СКВОРЦОВ;Romanenko|РОМАНЕНКО;Lonchakov|ЛОНЧАКОВ;Tokarev|ТОКАРЕВ;"
        "Kotov|КОТОВ;Ryazansky|РЯЗАНСКИЙ;Ovchinin|ОВЧИНИН;Misurkin|МИСУРКИН;Novitsky|НОВИЦКИЙ;"
        "Kondratyev|КОНДРАТЬЕВ;Shkaplerov|ШКАПЛЕРОВ;Tyurin|ТЮРИН;Lazutkin|ЛАЗУТКИН;Avdeyev|АВДЕЕВ;"
        "Budarin|БУДАРИН;Onufriyenko|ОНУФРИЕНКО;Usachev|УСАЧЁВ;Dezhurov|ДЕЖУРОВ;Gidzenko|ГИДЗЕНКО;"
        "Zalyotin|ЗАЛЁТИН;Polyakov|ПОЛЯКОВ;Serebrov|СЕРЕБРОВ;Manakov|МАНАКОВ;Strekalov|СТРЕКАЛОВ;Lyakhov|ЛЯХОВ;"
        "Savinykh|САВИНЫХ;Berezovoy|БЕРЕЗОВОЙ;Kizim|КИЗИМ;Dzhanibekov|ДЖАНИБЕКОВ;Grechko|ГРЕЧКО;Ryumin|РЮМИН;"
        "Artsebarsky|АРЦЕБАРСКИЙ;Musabayev|МУСАБАЕВ;Aubakirov|АУБАКИРОВ;Kadenyuk|КАДЕНЮК;Vinogradov|ВИНОГРАДОВ;"
        "Kaleri|КАЛЕРИ;Sharipov|ШАРИПОВ;Surayev|СУРАЕВ;Ivanishin|ИВАНИШИН;Borisenko|БОРИСЕНКО;Samokutyayev|САМОКУТЯЕВ",
        "Yuri|Юрий;Gherman|Герман;Andriyan|Андриян;Pavel|Павел;Valery|Валерий;Vladimir|Владимир;Aleksei|Алексей;"
        "Boris|Борис;Georgi|Георгий;Anatoly|Анатолий;Viktor|Виктор;Sergei|Сергей;Nikolai|Николай;Oleg|Олег;"
        "Gennady|Геннадий;Mikhail|Михаил;Aleksandr|Александр;Yevgeny|Евгений;Fyodor|Фёдор;Maksim|Максим;"
        "Dmitri|Дмитрий;Konstantin|Константин;Anton|Антон;Talgat|Талгат;Leonid|Леонид;Musa|Муса;Ivan|Иван",
        "Valentina|Валентина;Svetlana|Светлана;Yelena|Елена;Anna|Анна;Irina|Ирина;Natalya|Наталья",
    ),
    "zh": (
        "Yang|杨;Fei|费;Nie|聂;Zhai|翟;Liu|刘;Jing|景;Zhang|张;Wang|王;Chen|陈;Deng|邓;Tang|汤;Zhao|赵;Li|李;Xu|徐",
        "Liwei|利伟;Junlong|俊龙;Haisheng|海胜;Zhigang|志刚;Boming|伯明;Haipeng|海鹏;Wang|旺;Xiaoguang|晓光;"
        "Dong|冬;Qingming|清明;Hongbo|洪波;Ming|明;Jun|军;Tao|涛",
        "Yang|洋;Yaping|亚平;Lu|璐;Jie|洁",
    ),
    "ja": (
        "Mohri|毛利;Mukai|向井;Doi|土井;Wakata|若田;Noguchi|野口;Hoshide|星出;Furukawa|古川;Yamazaki|山崎;Yui|油井;"
        "Onishi|大西;Kanai|金井;Akiyama|秋山;Ishii|石井;Sato|佐藤;Tanaka|田中",
        "Mamoru|衛;Takao|隆雄;Koichi|光一;Soichi|聡一;Akihiko|彰宏;Satoshi|聡;Kimiya|亀美也;Takuya|拓也;"
        "Norishige|徳重;Toyohiro|豊寛;Kenji|健二",
        "Chiaki|千秋;Naoko|直子;Yuko|裕子",
    ),
    "de": (
        "Merbold;Furrer;Messerschmid;Walter;Schlegel;Flade;Thiele;Reiter;Ewald;Gerst;Maurer;Jähn;Köllner;Viehböck;"
        "Lothaller;Nicollier;Perrin;Brandt;Hoffmann;Kessler",
        "Ulf;Reinhard;Ernst;Ulrich;Hans;Klaus-Dietrich;Gerhard;Thomas;Reinhold;Alexander;Matthias;Sigmund;Franz;"
        "Claude;Marc;Jens;Stefan",
        "Insa;Heike;Claudia;Petra",
    ),
    "fr": (
        "Chrétien;Baudry;Tognini;Haigneré;Clervoy;Favier;Perrin;Pesquet;Eyharts;Frimout;De Winne;Kervella;Aubry;"
        "Lambert;Moreau;Girard",
        "Jean-Loup;Patrick;Michel;Jean-Pierre;Jean-François;Léopold;Philippe;Thomas;Dirk;Frank;Luc;Olivier",
        "Claudie;Marianne;Sophie",
    ),
    "it": (
        "Malerba;Guidoni;Cheli;Nespoli;Vittori;Parmitano;Cristoforetti;Rossi;Ferri;Bianchi",
        "Franco;Umberto;Maurizio;Paolo;Roberto;Luca;Marco;Andrea",
        "Samantha;Chiara;Giulia",
    ),
    "es": (
        "Duque;Neri Vela;Pontes;Tamayo Méndez;García;Fernández;Morales;Rocha;Silva;Ortega",
        "Pedro;Rodolfo;Marcos;Arnaldo;Miguel;Carlos;Javier",
        "Lucía;Ana;Marta",
    ),
    "xx": (
        "Ivanov;Aleksandrov;Remek;Hermaszewski;Farkas;Pham;Gurragchaa;Prunariu;Sharma;Faris;Momand;Al Saud;Ramon;"
        "Shukor;Yi;Al Mansouri;Fuglesang;Mogensen;Ockels;Kuipers;Bella;Jankowski;Novak;Horvat;Nguyen;Khan;Haddad",
        "Georgi;Vladimír;Mirosław;Bertalan;Tuân;Jügderdemidiin;Dumitru;Rakesh;Muhammed;Abdul Ahad;Sultan;Ilan;"
        "Sheikh Muszaphar;Hazza;Christer;Andreas;Wubbo;André;Ivan;Tomasz",
        "So-yeon;Anousheh;Helen;Zofia",
    ),
}
_AS_AGENCIES = {"Japan": "NASDA", "Canada": "CSA", "Germany": "DLR", "France": "CNES", "Italy": "ASI"}
_AS_NASA = [1959, 1962, 1963, 1965, 1966, 1967, 1969, 1978, 1980, 1984, 1985, 1987, 1990, 1992, 1995, 1996, 1998]
_AS_NASA += [2000, 2004, 2009, 2013]
_AS_TSPK = [1960, 1962, 1963, 1965, 1967, 1970, 1976, 1978, 1982, 1984, 1985, 1987, 1989, 1990, 1992, 1994, 1996]
_AS_TSPK += [1997, 1998, 2003, 2006, 2010, 2012]
# the first people of their kind in a year: name, original_name, sex, born, selection, selected
_AS_FAMOUS: dict[tuple[str, int], tuple[str, str, str, int, str, int]] = {
    ("ru", 1961): ("Gagarin, Yuri", "ГАГАРИН Юрий Алексеевич", "male", 1934, "TsPK-1", 1960),
    ("us", 1961): ("Shepard, Alan B., Jr.", "Shepard, Alan B., Jr.", "male", 1923, "NASA Astronaut Group 1", 1959),
    ("ru", 1963): ("Tereshkova, Valentina", "ТЕРЕШКОВА Валентина Владимировна", "female", 1937, "TsPK-2", 1962),
}
_AS_COLUMNS = _split(
    "id;number;nationwide_number;name;original_name;sex;year_of_birth;nationality;military_civilian;selection;"
    "year_of_selection;mission_number;total_number_of_missions;occupation;year_of_mission;mission_title;"
    "ascend_shuttle;in_orbit;descend_shuttle;hours_mission;total_hrs_sum;field21;eva_hrs_mission;total_eva_hrs"
)


def _as_flights() -> list[tuple[int, str, str, str, int]]:
    """Every flight as (year, program, title, title prefix, number), in launch order."""
    flights: list[tuple[int, int, str, str, str, int]] = []
    for order, (program, prefix, first, years) in enumerate(_AS_SERIES):
        number = int(first) if first else 0
        for part in years.split(","):
            year, count = (int(x) for x in part.split(":"))
            for _ in range(count):
                title = f"{prefix}{number}" if first else prefix
                flights.append((year, order, program, title, prefix, number))
                number += 1
    flights.sort(key=lambda f: (f[0], f[1], f[5]))
    return [(y, p, t, pre, n) for y, _o, p, t, pre, n in flights]


def _as_seats(rng: np.random.Generator, program: str, year: int) -> list[str]:
    """Who sits in a flight, by kind: us, ru, cn, guest (on the shuttle), ic (Intercosmos), iss (a visitor to a
    station after 1991) or tourist."""
    if program in ("Vostok", "Mercury"):
        return ["ru" if program == "Vostok" else "us"]
    if program == "Voskhod":
        return ["ru"] * (3 if year == 1964 else 2)
    if program == "Gemini":
        return ["us", "us"]
    if program in ("Apollo", "Skylab"):
        return ["us"] * 3
    if program == "Shenzhou":
        return ["cn"] * (1 if year == 2003 else int(_one(rng, [2, 3])))
    if program == "STS":
        size = 2 if year < 1983 else int(_one(rng, [4, 5])) if year == 1983 else 0
        size = size or (int(_one(rng, [7, 8])) if year == 1985 else int(_one(rng, [5, 6, 7], [3, 3, 4])))
        seats = ["us", "us"]
        for _ in range(size - 2):
            roll = rng.random()
            if 1994 <= year <= 2001 and roll < 0.1:
                seats.append("ru")
            elif year >= 1983 and roll < 0.22:
                seats.append("guest")
            else:
                seats.append("us")
        return seats
    if year < 1978:
        return ["ru"] * int(_one(rng, [1, 2, 3], [1, 4, 2]))
    if year < 1992:
        third = "ic" if rng.random() < 0.4 else "ru" if rng.random() < 0.3 else ""
        return ["ru", "ru", *([third] if third else [])]
    if program == "Soyuz TM":
        roll = rng.random()
        third = "tourist" if year >= 2001 and roll < 0.3 else "iss" if roll < 0.55 else ""
        return ["ru", "ru", *([third] if third else [])]
    if program == "Soyuz TMA":
        roll = rng.random()
        third = "tourist" if year <= 2009 and roll < 0.25 else "iss" if roll < 0.55 else "us" if roll < 0.8 else "ru"
        return ["ru", "us" if rng.random() < 0.55 else "ru", third]
    return ["ru", "us", "us" if rng.random() < 0.5 else "iss"]


def _as_name(rng: np.random.Generator, style: str, female: bool, used: set[str]) -> tuple[str, str]:
    """A fresh "Surname, Given" name and the original_name as the file writes it."""
    last, male, women = (_split(x) for x in _AS_NAMES[style])
    firsts = women if female else male

    def make(r: np.random.Generator) -> str:
        return f"{_one(r, last)}, {_one(r, firsts)}"

    name = _unique(rng, make, used)
    family, given = name.split(", ", 1)
    if style not in ("ru", "zh", "ja"):
        return f"{family.split('|')[0]}, {given.split('|')[0]}", name
    (fam, fam_local), (giv, giv_local) = family.split("|"), given.split("|")
    if style == "ru":
        if female and fam.endswith(("ov", "ev", "in")):
            fam, fam_local = f"{fam}a", f"{fam_local}А"
        father = str(_one(rng, _split("Алексеевич;Николаевич;Васильевич;Александрович;Викторович;Иванович;Петрович")))
        if female:
            father = father.replace("вич", "вна")
        return f"{fam}, {giv}", f"{fam_local} {giv_local} {father}"
    return f"{fam}, {giv}", f"{fam_local}{giv_local}" if style == "zh" else f"{fam_local} {giv_local}"


def _as_person(rng: np.random.Generator, kind: str, year: int, used: set[str]) -> dict[str, Any]:
    known = _AS_FAMOUS.get((kind, year))
    if known and known[0] not in used:
        used.add(known[0])
        keys = ("name", "original_name", "sex", "year_of_birth", "selection", "year_of_selection")
        person = dict(zip(keys, known, strict=True))
        nation = "U.S." if kind == "us" else "U.S.S.R/Russia"
        return person | {"nationality": nation, "military_civilian": "military", "pool": kind, "last": 0, "flights": 0}
    nationality = {"us": "U.S.", "ru": "U.S.S.R/Russia", "cn": "China"}.get(kind) or _draw(rng, _AS_GUESTS[kind])
    style = _AS_STYLES.get(nationality, "xx")
    female_p = {"us": 0.17 if year >= 1983 else 0.0, "ru": 0.05, "cn": 0.25 if year >= 2012 else 0.0}
    female = rng.random() < female_p.get(kind, 0.1)
    name, original = _as_name(rng, style, female, used)
    if kind in ("us", "ru"):
        groups = _AS_NASA if kind == "us" else _AS_TSPK
        fits = [g for g in groups if year - 10 <= g <= year - 2] or [max(g for g in groups if g <= year - 1)]
        picked = int(_one(rng, fits, [1 + i for i in range(len(fits))]))
        selection = f"NASA Astronaut Group {groups.index(picked) + 1}" if kind == "us" else ""
        selection = selection or f"TsPK-{groups.index(picked) + 1}"
    elif kind == "cn":
        picked = 1998 if year < 2012 or rng.random() < 0.5 else 2010
        selection = f"PLA Astronaut Group {1 if picked == 1998 else 2}"
    elif kind == "tourist":
        picked, selection = year - 1, "Space Adventures"
    else:
        picked = year - int(rng.integers(1, 6))
        agency = "Intercosmos" if kind == "ic" else _AS_AGENCIES.get(nationality, "ESA")
        if agency == "NASDA" and picked >= 2003:
            agency = "JAXA"
        selection = agency if kind == "ic" else f"{agency}-{picked}"
    born = picked - int(np.clip(round(rng.normal(33.5, 3.5)), 25, 44))
    if kind == "tourist":
        born = year - int(np.clip(round(rng.normal(52, 7)), 35, 70))
    military_p = {"us": 0.68, "ru": 0.72 if year < 1992 else 0.45, "cn": 1.0, "ic": 0.6, "tourist": 0.0}
    return {
        "name": name,
        "original_name": original if style in ("ru", "zh", "ja") else name,
        "sex": "female" if female else "male",
        "year_of_birth": born,
        "nationality": nationality,
        "military_civilian": "military" if rng.random() < military_p.get(kind, 0.25) else "civilian",
        "selection": selection,
        "year_of_selection": picked,
        "pool": {"guest": "foreign", "ic": "foreign", "iss": "foreign"}.get(kind, kind),
        "last": 0,
        "flights": 0,
    }


def _as_occupation(rng: np.random.Generator, program: str, seat: int, kind: str) -> str:
    if program in ("Vostok", "Mercury"):
        job = "pilot"
    elif seat == 0:
        job = "commander"
    elif program in ("Gemini", "Apollo", "Skylab") or (program == "STS" and seat == 1):
        job = "pilot"
    elif program == "STS":
        job = "PSP" if kind == "guest" and rng.random() < 0.7 else "MSP"
    elif kind == "tourist":
        job = str(_one(rng, ["Space tourist", "spaceflight participant"]))
    else:
        job = "flight engineer"
    return job[0].upper() + job[1:] if job[0].islower() and rng.random() < 0.04 else job


def _as_orbit(rng: np.random.Generator, program: str, year: int, title: str) -> str:
    if program == "Soyuz" and year >= 1971:
        return "Salyut 1" if year < 1974 else "Salyut 4" if year < 1977 else "Salyut 6"
    stations = {"Soyuz T": "Salyut 7", "Soyuz TM": "Mir", "Soyuz TMA": "ISS", "Soyuz MS": "ISS", "Skylab": "Skylab"}
    if program in stations:
        return stations[program]
    if program == "STS" and 1995 <= year <= 1998 and rng.random() < 0.3:
        return "Mir"
    if program == "STS" and year >= 1999 and rng.random() < 0.75:
        return "ISS"
    return title


def _astronauts_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5801)
    reuse = {"us": 0.62, "ru": 0.55, "cn": 0.4, "foreign": 0.3, "tourist": 0.1}
    people: list[dict[str, Any]] = []
    used: set[str] = set()
    seats: list[dict[str, Any]] = []
    for year, program, title, prefix, number in _as_flights():
        low, high = _AS_HOURS[program]
        if program == "Soyuz" and year < 1971:
            high = 425.0
        hours = round(float(rng.uniform(low, high)), 2)
        station = _as_orbit(rng, program, year, title)
        for seat, kind in enumerate(_as_seats(rng, program, year)):
            pool = {"guest": "foreign", "ic": "foreign", "iss": "foreign"}.get(kind, kind)
            span = 14 if pool == "foreign" else 18
            ready = [
                p
                for p in people
                if p["pool"] == pool
                and p["last"] < year
                and p["flights"] < 7
                and year - p["year_of_selection"] <= span
                and year - p["year_of_birth"] <= 61
            ]
            if ready and rng.random() < reuse[pool]:
                person = ready[int(rng.integers(len(ready)))]
            else:
                person = _as_person(rng, kind, year, used)
                person["first"] = len(seats)
                people.append(person)
            person["last"], person["flights"] = year, person["flights"] + 1
            visitor = program in _AS_SOYUZ and year >= 1971 and kind in ("ic", "iss", "tourist")
            spent = round(float(rng.normal(200, 25)), 2) if visitor else hours
            walks = 0
            if (program in ("STS", *_AS_SOYUZ[1:]) and kind in ("us", "ru")) or program in ("Gemini", "Apollo"):
                walks = int(_one(rng, [0, 1, 2, 3], [70, 15, 9, 6] if seat >= 1 or program != "STS" else [95, 3, 2, 0]))
            seats.append(
                {
                    "person": person,
                    "occupation": _as_occupation(rng, program, seat, kind),
                    "year_of_mission": year,
                    "mission_title": title,
                    "ascend_shuttle": title,
                    "in_orbit": station,
                    "descend_shuttle": f"{prefix}{number - 1}" if visitor and number > 2 else title,
                    "hours_mission": spent,
                    "field21": walks,
                    "eva_hrs_mission": round(float(sum(rng.uniform(2.0, 8.0) for _ in range(walks))), 2),
                }
            )
    order = sorted(people, key=lambda p: int(p["first"]))
    numbers = {id(p): i + 1 for i, p in enumerate(order)}
    national: dict[int, int] = {}
    counts: dict[str, int] = {}
    for p in order:
        counts[p["nationality"]] = counts.get(p["nationality"], 0) + 1
        national[id(p)] = counts[p["nationality"]]
    rows: list[dict[str, Any]] = []
    done: dict[int, int] = {}
    for s in seats:
        p = s.pop("person")
        done[id(p)] = done.get(id(p), 0) + 1
        person = {k: p[k] for k in _AS_COLUMNS if k in p}
        rows.append(
            {
                "number": numbers[id(p)],
                "nationwide_number": national[id(p)],
                **person,
                "mission_number": done[id(p)],
                "total_number_of_missions": p["flights"],
                **s,
            }
        )
    frame = pd.DataFrame(rows).sort_values(["number", "mission_number"], kind="stable", ignore_index=True)
    frame["total_hrs_sum"] = frame.groupby("number")["hours_mission"].transform("sum").round(2)
    frame["total_eva_hrs"] = frame.groupby("number")["eva_hrs_mission"].transform("sum").round(2)
    frame["id"] = np.arange(1, len(frame) + 1)
    return frame[_AS_COLUMNS]


def _as_people(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("number")


def _as_countries(unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(_text((_as_people(d) if unique else d)["nationality"]).value_counts())


def _as_women(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_text((_as_people(d) if unique else d)["sex"]) == "female").mean())


def _as_busiest(titles: bool) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        by = d.groupby("year_of_mission")["mission_title"].nunique() if titles else d["year_of_mission"].value_counts()
        return float(_top_label(by))

    return year


def _as_age(first_only: bool, sex: str | None) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        f = d[d["mission_number"] == 1] if first_only else d
        if sex:
            f = f[_text(f["sex"]) == sex]
        return float((f["year_of_mission"] - f["year_of_birth"]).mean())

    return mean


_AS_ALIASES = {
    "U.S.": ("US", "USA", "U.S.A.", "United States"),
    "U.S.S.R/Russia": ("USSR", "U.S.S.R", "Russia", "Soviet Union"),
    "U.K.": ("UK", "United Kingdom", "Britain"),
    "Netherland": ("Netherlands",),
    "Hungry": ("Hungary",),
    "Malysia": ("Malaysia",),
}
_AS_ID = ("id", "number", "name")
_AS_AGE = ("year_of_mission", "year_of_birth", "mission_number")
_ASTRONAUTS_QS = [
    Q(
        "how many unique astronauts are in here?",
        either(
            _count(lambda d: float(d["number"].nunique())),
            _count(lambda d: float(_text(d["name"]).nunique())),
        ),
        (*_AS_ID, "original_name", "nationwide_number"),
    ),
    Q(
        "top 5 countries by number of astronauts",
        either(_top_k(_as_countries(True), 5, _AS_ALIASES), _top_k(_as_countries(False), 5, _AS_ALIASES)),
        (*_AS_ID, "nationality", "nationwide_number"),
    ),
    Q(
        "what % of astronauts are women",
        either(_share(_as_women(True)), _share(_as_women(False))),
        (*_AS_ID, "sex"),
    ),
    Q(
        "plot the number of missions per year. which year had the most?",
        _lead(either(_year(_as_busiest(False)), _year(_as_busiest(True)))),
        (*_AS_ID, "year_of_mission", "mission_title", "ascend_shuttle"),
    ),
    Q(
        "whats the average age of an astronaut at the time of their mission?",
        either(_about(_as_age(False, None)), _about(_as_age(True, None))),
        (*_AS_ID, *_AS_AGE),
    ),
    Q(
        "and for women?",
        either(_about(_as_age(False, "female")), _about(_as_age(True, "female"))),
        (*_AS_ID, *_AS_AGE, "sex"),
    ),
]


# --- 2. Measles vaccination rates (TidyTuesday 2020-02-25, measles.csv) ---------------------------------------------

# state: schools, year as written, mean MMR rate (%, 0 when not reported), what the state reports (m: mmr, o: overall,
# t: school type, c: county, d: district, e: enrolment, r / x / p: religious, medical and personal exemptions,
# l: coordinates, U: school names in upper case), centre (lat, lng)
_MS_STATES: dict[str, tuple[int, str, float, str, tuple[float, float]]] = {
    "Arizona": (220, "2018-19", 93.4, "motcexpl", (33.6, -111.9)),
    "Arkansas": (200, "2018-19", 92.6, "mocexl", (35.0, -92.4)),
    "California": (600, "2018-19", 96.3, "motcdexpl", (36.1, -119.6)),
    "Colorado": (240, "2017", 0.0, "otcerl", (39.3, -105.3)),
    "Connecticut": (160, "2017-18", 96.8, "mtcl", (41.6, -72.7)),
    "Idaho": (160, "2018-19", 88.4, "motcexpl", (44.0, -115.6)),
    "Illinois": (380, "2018-19", 95.6, "motcdel", (41.2, -88.6)),
    "Iowa": (180, "2018-19", 0.0, "ocel", (42.0, -93.4)),
    "Maine": (120, "2018-19", 94.2, "mtcexpl", (44.6, -69.4)),
    "Michigan": (260, "2018-19", 0.0, "otcel", (43.1, -84.7)),
    "Minnesota": (220, "2018-19", 92.8, "mtcdexpl", (45.4, -93.8)),
    "New York": (350, "2017-18", 97.3, "mtcdlU", (41.8, -74.6)),
    "North Dakota": (100, "2018-19", 93.9, "motcexpl", (47.3, -100.3)),
    "Ohio": (250, "2018-19", 93.1, "mcl", (40.3, -82.8)),
    "Oregon": (250, "2018-19", 93.6, "motcexpl", (44.3, -122.6)),
    "Texas": (260, "2018-19", 96.9, "mtcdl", (30.9, -97.4)),
    "Utah": (200, "2018-19", 94.3, "motcexpl", (40.6, -111.8)),
    "Vermont": (100, "2018-19", 93.7, "motcexpl", (44.1, -72.7)),
    "Washington": (350, "2018-19", 91.5, "motcexpl", (47.4, -121.6)),
}
# state: cities, counties
_MS_PLACES: dict[str, tuple[str, str]] = {
    "Arizona": (
        "Phoenix;Tucson;Mesa;Chandler;Gilbert;Glendale;Scottsdale;Flagstaff;Yuma",
        "Maricopa;Pima;Pinal;Yavapai",
    ),
    "Arkansas": ("Little Rock;Fayetteville;Fort Smith;Springdale;Jonesboro;Conway;Rogers", "Pulaski;Benton;Washington"),
    "California": (
        "Los Angeles;San Diego;San Jose;Fresno;Sacramento;Long Beach;Oakland;Bakersfield;Anaheim;Santa Rosa;Riverside",
        "Los Angeles;San Diego;Orange;Riverside;San Bernardino;Santa Clara;Alameda;Sacramento;Fresno;Kern",
    ),
    "Colorado": (
        "Denver;Colorado Springs;Aurora;Fort Collins;Boulder;Pueblo;Durango",
        "Denver;El Paso;Arapahoe;Larimer",
    ),
    "Connecticut": ("Hartford;New Haven;Stamford;Bridgeport;Waterbury;Norwalk", "Hartford;New Haven;Fairfield"),
    "Idaho": ("Boise;Meridian;Nampa;Idaho Falls;Pocatello;Coeur d'Alene;Twin Falls", "Ada;Canyon;Kootenai;Bonneville"),
    "Illinois": ("Chicago;Aurora;Naperville;Joliet;Rockford;Springfield;Peoria;Elgin", "Cook;DuPage;Lake;Will;Kane"),
    "Iowa": ("Des Moines;Cedar Rapids;Davenport;Sioux City;Iowa City;Waterloo;Ames", "Polk;Linn;Scott;Johnson"),
    "Maine": ("Portland;Lewiston;Bangor;South Portland;Auburn;Biddeford", "Cumberland;York;Penobscot;Androscoggin"),
    "Michigan": ("Detroit;Grand Rapids;Warren;Lansing;Ann Arbor;Flint;Kalamazoo", "Wayne;Oakland;Macomb;Kent;Ingham"),
    "Minnesota": ("Minneapolis;Saint Paul;Rochester;Duluth;Bloomington;Brooklyn Park", "Hennepin;Ramsey;Dakota;Anoka"),
    "New York": ("New York;Buffalo;Rochester;Yonkers;Syracuse;Albany;Brooklyn;Bronx", "Kings;Queens;Erie;Monroe;Bronx"),
    "North Dakota": ("Fargo;Bismarck;Grand Forks;Minot;West Fargo;Williston", "Cass;Burleigh;Grand Forks;Ward"),
    "Ohio": ("Columbus;Cleveland;Cincinnati;Toledo;Akron;Dayton;Parma", "Franklin;Cuyahoga;Hamilton;Summit;Lucas"),
    "Oregon": ("Portland;Salem;Eugene;Gresham;Hillsboro;Bend;Beaverton;Ashland", "Multnomah;Washington;Lane;Marion"),
    "Texas": ("Houston;San Antonio;Dallas;Austin;Fort Worth;El Paso;Arlington;Plano", "Harris;Dallas;Bexar;Travis"),
    "Utah": ("Salt Lake City;West Valley City;Provo;West Jordan;Orem;Sandy;Ogden;St. George", "Salt Lake;Utah;Davis"),
    "Vermont": ("Burlington;South Burlington;Rutland;Essex;Colchester;Bennington;Brattleboro", "Chittenden;Rutland"),
    "Washington": (
        "Seattle;Spokane;Tacoma;Vancouver;Bellevue;Kent;Everett;Vashon;Olympia;Bellingham",
        "King;Pierce;Snohomish;Spokane;Clark;Thurston;Whatcom",
    ),
}
_MS_STREETS = _split(
    "Lincoln;Washington;Jefferson;Roosevelt;Franklin;Madison;Adams;Jackson;Kennedy;Garfield;Hillside;Lakeview;"
    "Riverside;Sunset;Valley View;Meadowbrook;Oak Grove;Maple;Cedar;Pine Ridge;Willow Creek;Eastside;Westwood;"
    "Northside;Highland;Fairview;Greenwood;Brookside;Prairie;Mountain View;Desert Sky;Sunrise;Canyon;Harbor;"
    "Evergreen;Mill Creek;Stone Bridge;Liberty;Heritage;Discovery;Pioneer;Horizon;Cottonwood;Aspen;Bayview;Emerson;"
    "Whittier;Longfellow;Hawthorne;Irving;Edison;Carver;King;Chavez;Bryant;Webster;Grant;Taft;Wilson;Monroe"
)
_MS_KINDS = {
    "Public": "{} Elementary:45;{} Elementary School:30;{} Primary School:8;{} Elementary School #{n}:5;"
    "{} Community School:6;{} Intermediate School:6",
    "Private": "St. {s} School:25;St. {s} Catholic School:15;{} Christian Academy:15;{} Montessori School:15;"
    "{} Adventist School:6;Waldorf School of {c}:6;{} Country Day School:10;{} Academy:8",
    "Charter": "{} Charter School:40;{} Preparatory Academy:25;{} Leadership Academy:15;{} Arts Charter:10;"
    "{} STEM Academy:10",
}
_MS_SAINTS = _split("Mary;Joseph;Patrick;John;Michael;Ann;Anne;Paul;Peter;Francis;Thomas;Catherine;Luke;Jude;Rose")


def _ms_school(rng: np.random.Generator, kind: str, city: str) -> str:
    pattern = _draw(rng, _MS_KINDS[kind])
    return pattern.format(_one(rng, _MS_STREETS), s=_one(rng, _MS_SAINTS), c=city, n=int(rng.integers(1, 40)))


def _measles_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5802)
    blocks: list[pd.DataFrame] = []
    for state, (schools, year, mean, reports, (lat, lng)) in _MS_STATES.items():
        cities, counties = (_split(x) for x in _MS_PLACES[state])
        rows: list[dict[str, Any]] = []
        for _ in range(schools):
            kind = str(_one(rng, ["Public", "Private", "Charter"], [74, 20, 6]))
            city = str(_one(rng, cities))
            name = _ms_school(rng, kind, city)
            if "Waldorf" in name or "Montessori" in name:
                factor = 4.0
            else:
                factor = {"Public": 1.0, "Private": 1.9, "Charter": 1.5}[kind]
            gap = (100 - (mean or 94.0)) / 100 * factor * float(rng.lognormal(-0.3, 0.8))
            enrolled = int(np.clip(round(rng.lognormal(np.log(55 if kind == "Public" else 22), 0.6)), 5, 400))
            vaccinated = int(rng.binomial(enrolled, 1 - min(gap, 0.92)))
            complete = int(rng.binomial(vaccinated, 1 - min(0.5, abs(float(rng.normal(0.012, 0.015))))))
            mmr = round(100 * vaccinated / enrolled, 2) if "m" in reports and rng.random() > 0.02 else -1
            overall = round(100 * complete / enrolled, 2) if "o" in reports and rng.random() > 0.02 else -1
            exempt = 100 * (enrolled - vaccinated) / enrolled
            rows.append(
                {
                    "state": state,
                    "year": year,
                    "name": name.upper() if "U" in reports else name,
                    "type": kind if "t" in reports else None,
                    "city": city,
                    "county": str(_one(rng, counties)) if "c" in reports else None,
                    "district": f"{city} {_one(rng, ['School District', 'Unified', 'Public Schools', 'SD'])}"
                    if "d" in reports and kind == "Public"
                    else None,
                    "enroll": float(enrolled) if "e" in reports and rng.random() > 0.04 else None,
                    "mmr": mmr,
                    "overall": overall,
                    "xrel": round(exempt * 0.6, 2) if "r" in reports and rng.random() < 0.3 else None,
                    "xmed": round(float(rng.uniform(0, 2.5)), 2) if "x" in reports and rng.random() < 0.4 else None,
                    "xper": round(exempt * 0.8, 2) if "p" in reports and exempt > 0 and rng.random() < 0.6 else None,
                    "lat": round(lat + float(rng.normal(0, 0.9)), 6)
                    if "l" in reports and rng.random() > 0.03
                    else None,
                    "lng": round(lng + float(rng.normal(0, 1.3)), 6) if "l" in reports else None,
                }
            )
        block = pd.DataFrame(rows)
        block.loc[block["lat"].isna(), "lng"] = np.nan
        block.insert(0, "index", np.arange(1, len(block) + 1))
        blocks.append(block)
    return pd.concat(blocks, ignore_index=True)


def _ms_rated(d: pd.DataFrame, *columns: str) -> pd.DataFrame:
    keep = np.ones(len(d), dtype=bool)
    for c in columns:
        keep &= (d[c] >= 0).to_numpy()
    return d[keep]


def _ms_lowest(d: pd.DataFrame) -> str:
    rated = _ms_rated(d, "mmr")
    return _top_label(rated.groupby(_text(rated["state"]))["mmr"].mean(), ascending=True)


def _ms_schools(rated_only: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        f = _ms_rated(d, "mmr") if rated_only else d
        return float((_text(f["state"]) == _ms_lowest(d)).sum())

    return count


def _ms_type_means(d: pd.DataFrame) -> list[float]:
    rated = _ms_rated(d, "mmr")
    by = rated.groupby(_text(rated["type"]))["mmr"].mean()
    return [float(by["Public"]), float(by["Private"])]


_MS_ID = ("index", "name", "state")
_MEASLES_QS = [
    Q(
        "what's the average MMR vaccination rate across schools?",
        has(lambda d: float(_ms_rated(d, "mmr")["mmr"].mean()), rel=0.003),
        (*_MS_ID, "mmr"),
    ),
    Q(
        "which state has the lowest average mmr rate",
        _lead(_named(_ms_lowest)),
        (*_MS_ID, "mmr"),
    ),
    Q(
        "how many schools does that state have in the data?",
        either(_count(_ms_schools(False)), _count(_ms_schools(True))),
        (*_MS_ID, "mmr"),
    ),
    Q(
        "how many schools are below 90% mmr?",
        either(
            _count(lambda d: float((_ms_rated(d, "mmr")["mmr"] < 90).sum())),
            _count(lambda d: float((_ms_rated(d, "mmr")["mmr"] <= 90).sum())),
        ),
        (*_MS_ID, "mmr"),
    ),
    Q(
        "compare mmr rates for public vs private schools",
        has(_ms_type_means, rel=0.003),
        (*_MS_ID, "mmr", "type"),
    ),
    Q(
        "is the mmr rate correlated with the overall rate?",
        _corr(lambda d: _ms_rated(d, "mmr", "overall")["mmr"], lambda d: _ms_rated(d, "mmr", "overall")["overall"]),
        (*_MS_ID, "mmr", "overall"),
    ),
]


# --- 3. Gun deaths in the US 2012-2014 (FiveThirtyEight guns-data, full_data.csv) ---------------------------------

_GD_MONTHS = "1:80;2:73;3:82;4:81;5:85;6:86;7:95;8:88;9:83;10:83;11:79;12:85"
# intent: share of deaths (of 5000, four blank), women, age (mean, sd), races, places, education codes
_GD_INTENTS: dict[str, tuple[int, float, tuple[float, float], str, str, str]] = {
    "Suicide": (
        3135,
        0.14,
        (51.0, 17.5),
        "White:84;Black:5.5;Hispanic:6.5;Asian/Pacific Islander:2.2;Native American/Native Alaskan:1.6",
        "Home:69;Other specified:12;Street:3;Other unspecified:9;Trade/service area:2;Farm:1;"
        "Industrial/construction:0.3;School/instiution:0.3;Sports:0.1;Residential institution:0.3;:3",
        "1:12;2:42;3:26;4:19;5:1",
    ),
    "Homicide": (
        1745,
        0.15,
        (31.5, 13.5),
        "White:23;Black:55;Hispanic:17.5;Asian/Pacific Islander:2.5;Native American/Native Alaskan:1.2",
        "Home:42;Other specified:16;Street:24;Other unspecified:11;Trade/service area:4;Farm:0.3;"
        "Industrial/construction:0.1;School/instiution:1.2;Sports:0.2;Residential institution:0.2;:1",
        "1:35;2:45;3:14;4:5;5:1",
    ),
    "Accidental": (
        80,
        0.12,
        (36.0, 20.0),
        "White:70;Black:19;Hispanic:8;Asian/Pacific Islander:1;Native American/Native Alaskan:2",
        "Home:62;Other specified:17;Street:5;Other unspecified:10;Farm:4;Sports:2",
        "1:28;2:45;3:18;4:8;5:1",
    ),
    "Undetermined": (
        36,
        0.2,
        (40.0, 17.0),
        "White:70;Black:18;Hispanic:9;Asian/Pacific Islander:1.5;Native American/Native Alaskan:1.5",
        "Home:60;Other specified:14;Street:8;Other unspecified:16;:2",
        "1:22;2:44;3:20;4:13;5:1",
    ),
}
_GD_HISPANIC = "210:42;211:12;221:9;222:4;231:6;261:4;270:7;281:4;290:2;299:6;998:4"


def _guns_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5803)
    table = ";".join(f"{k}:{v[0]}" for k, v in _GD_INTENTS.items()) + ";:4"
    intents = _deal(rng, table, 5000)
    months = _deal(rng, _GD_MONTHS, 5000)
    years = _deal(rng, "2012:33563;2013:33636;2014:33599", 5000)
    rows: list[dict[str, Any]] = []
    for intent, month, year in zip(intents, months, years, strict=True):
        spec = _GD_INTENTS[intent or "Undetermined"]
        _n, women, (mean, sd), races, places, schooling = spec
        female = rng.random() < women
        race = _draw(rng, races)
        age: float | None = float(np.clip(round(rng.normal(mean - (2 if female else 0), sd)), 1, 107))
        if intent == "Homicide":
            age = float(np.clip(round(rng.lognormal(np.log(mean - 4), 0.38)), 0, 100))
        education: float | None = float(_draw(rng, schooling)) if (age or 0) >= 18 else float(_one(rng, [1, 5], [9, 1]))
        if rng.random() < 0.0008:
            age = None
        if rng.random() < 0.0006:
            education = None
        rows.append(
            {
                "year": int(year),
                "month": f"{int(month):02d}",
                "intent": intent or None,
                "police": int(intent == "Homicide" and rng.random() < 0.04),
                "sex": "F" if female else "M",
                "age": age,
                "race": race,
                "hispanic": int(_draw(rng, _GD_HISPANIC))
                if race == "Hispanic"
                else (998 if rng.random() < 0.003 else 100),
                "place": _draw(rng, places) or None,
                "education": education,
            }
        )
    frame = pd.DataFrame(rows).sort_values(["year", "month"], kind="stable", ignore_index=True)
    frame.insert(0, "", np.sort(rng.choice(np.arange(1, 100799), len(frame), replace=False)))
    return frame


def _gd_intent(d: pd.DataFrame) -> pd.Series:
    return _text(d["intent"])


def _gd_age_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_gd_intent(d))["age"].mean()
    return [float(by["Suicide"]), float(by["Homicide"])]


def _gd_black_men(d: pd.DataFrame) -> float:
    return float(((_gd_intent(d) == "Homicide") & (_text(d["race"]) == "Black") & (_text(d["sex"]) == "M")).sum())


_GD_ID = ("Unnamed: 0",)
_GUNS_QS = [
    Q(
        "how many gun deaths are there per year?",
        _count(lambda d: d["year"].value_counts().sort_index().to_numpy()),
        (*_GD_ID, "year"),
    ),
    Q(
        "what % of them were suicides",
        either(
            _share(lambda d: float((_gd_intent(d) == "Suicide").mean())),
            _share(lambda d: float((_gd_intent(d) == "Suicide").sum() / (_gd_intent(d) != "").sum())),
        ),
        (*_GD_ID, "intent"),
    ),
    Q(
        "which month has the most deaths?",
        _lead(_month_of(lambda d: float(_top_label(d["month"].value_counts())))),
        (*_GD_ID, "month", "year"),
    ),
    Q(
        "average age of suicide victims vs homicide victims",
        _about(_gd_age_means),
        (*_GD_ID, "age", "intent"),
    ),
    Q(
        "how many homicide victims were black men",
        _count(_gd_black_men),
        (*_GD_ID, "intent", "race", "sex"),
    ),
    Q(
        "what share of all homicides is that?",
        _share(lambda d: _gd_black_men(d) / float((_gd_intent(d) == "Homicide").sum())),
        (*_GD_ID, "intent", "race", "sex"),
    ),
]


# --- 4. Marble racing (TidyTuesday 2020-06-02, marbles.csv) --------------------------------------------------------

# team: its two marbles, speed (lap time factor, lower is faster)
_MB_TEAMS: dict[str, tuple[str, str, float]] = {
    "Savage Speeders": ("Speedy", "Rapidly", 0.978),
    "Hazers": ("Hazy", "Smoggy", 0.988),
    "O'rangers": ("Clementin", "Orangin", 0.99),
    "Snowballs": ("Snowy", "Snowflake", 0.995),
    "Team Galactic": ("Starry", "Pulsar", 0.997),
    "Green Ducks": ("Mallard", "Quackers", 0.999),
    "Team Momo": ("Momo", "Mimo", 1.0),
    "Thunderbolts": ("Bolt", "Thunder", 1.001),
    "Mellow Yellow": ("Yellow", "Yellup", 1.003),
    "Midnight Wisps": ("Wispy", "Wospy", 1.004),
    "Rojo Rollers": ("Rojo Uno", "Rojo Dos", 1.005),
    "Balls of Chaos": ("Billy", "Clutter", 1.006),
    "Limers": ("Limelime", "Lime", 1.007),
    "Raspberry Racers": ("Razzy", "Rezzy", 1.008),
    "Team Primary": ("Prim", "Sublime", 1.01),
    "Crazy Cat's Eyes": ("Mary", "Kittie", 1.012),
}
# season: first qualifying day, sites in order as "site|track length (m)|race laps|seconds per metre|host team"
_MB_SEASONS: dict[str, tuple[str, str]] = {
    "S1": (
        "2020-02-15",
        "Savage Speedway|12.81|10|2.18|Savage Speeders;O'raceway|11.9|11|2.25|O'rangers;"
        "Momotorway|12.84|13|2.33|Team Momo;Hivedrive|14.55|12|2.1|Mellow Yellow;Greenstone|14.38|10|2.28|Green Ducks;"
        "Short Circuit|9.65|16|2.02|Thunderbolts;Razzway|14.05|12|2.41|Raspberry Racers;"
        "Midnight Bay|13.41|14|2.3|Midnight Wisps",
    ),
    "S2": (
        "2021-03-06",
        "Greenstone|14.38|11|2.28|Green Ducks;Frosty Fields|13.12|12|2.36|Snowballs;"
        "Starlight Ring|12.2|14|2.2|Team Galactic;Short Circuit|9.65|17|2.02|Thunderbolts;"
        "Limelight Loop|15.2|10|2.44|Limers;Savage Speedway|12.81|11|2.18|Savage Speeders;"
        "Chaos Canyon|13.9|12|2.52|Balls of Chaos;Momotorway|12.84|13|2.33|Team Momo",
    ),
}
_MB_POINTS = [25, 18, 15, 12, 10, 8, 6, 4, 2, 1]
_MB_NOTES = _split(
    "Marble fell off the track;Marble stuck at a turn and did not finish;Marble knocked off the track by {}"
)
_MB_COLUMNS = _split(
    "date;race;site;source;marble_name;team_name;time_s;pole;points;track_length_m;number_laps;avg_time_lap;host;notes"
)


def _mb_date(t: pd.Timestamp) -> str:
    return f"{t.day}-{t:%b-%y}"


def _marbles_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5804)
    skill = {m: speed * float(rng.normal(1, 0.003)) for t, (a, b, speed) in _MB_TEAMS.items() for m in (a, b)}
    rows: list[dict[str, Any]] = []
    for season, (start, sites) in _MB_SEASONS.items():
        for k, (site, length, laps, pace, host) in enumerate(_fields(sites)):
            marbles = {t: (a, b)[int(rng.integers(2))] for t, (a, b, _s) in _MB_TEAMS.items()}
            day = pd.Timestamp(start) + pd.Timedelta(weeks=k)
            base = float(length) * float(pace)
            for session, n_laps in (("Q", 1), ("R", int(laps))):
                video = _code(rng, 11, _B62 + "_-")
                results: list[dict[str, Any]] = []
                for team, marble in marbles.items():
                    lap_times = base * skill[marble] * (1 + rng.normal(0, 0.012, n_laps)) + rng.exponential(
                        0.15, n_laps
                    )
                    total: float | None = round(float(lap_times.sum()), 2)
                    note = None
                    if session == "R" and rng.random() < 0.022:
                        total = None
                        note = str(_one(rng, _MB_NOTES)).format(_one(rng, list(skill)))
                    elif session == "Q" and rng.random() < 0.008:
                        total = None
                    results.append(
                        {
                            "date": _mb_date(day + pd.Timedelta(days=1 if session == "R" else 0)),
                            "race": f"{season}{session}{k + 1}",
                            "site": site,
                            "marble_name": marble,
                            "team_name": team,
                            "time_s": total,
                            "track_length_m": float(length),
                            "number_laps": n_laps,
                            "avg_time_lap": None if total is None else round(total / n_laps, 2),
                            "host": "Yes" if team == host else "No",
                            "notes": note,
                        }
                    )
                results.sort(key=lambda r: (r["time_s"] is None, r["time_s"] or 0.0))
                bonus = int(rng.integers(10))
                for place, r in enumerate(results):
                    r["source"] = f"https://youtu.be/{video}?t={int(rng.integers(100, 900))}"
                    r["pole"] = f"P{place + 1}" if session == "Q" else None
                    if session == "R":
                        points = _MB_POINTS[place] if place < 10 and r["time_s"] is not None else 0
                        r["points"] = points + int(place == bonus and r["time_s"] is not None)
                    else:
                        r["points"] = None
                rows.extend(results)
    frame = pd.DataFrame(rows)
    frame.loc[rng.choice(len(frame), 3, replace=False), "notes"] = "Note: A yellow SD card frame was used in the video"
    return frame[_MB_COLUMNS]


def _mb_team_points(d: pd.DataFrame) -> pd.Series:
    return _ranked(d.groupby(_text(d["team_name"]))["points"].sum())


def _mb_lap_means(races_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def means(d: pd.DataFrame) -> pd.Series:
        f = d[_text(d["race"]).str.contains("R")] if races_only else d
        return f.groupby(_text(f["site"]))["avg_time_lap"].mean()

    return means


def _mb_site_corr(d: pd.DataFrame) -> Any:
    by = d.groupby(_text(d["site"]))[["track_length_m", "avg_time_lap"]].mean()
    return by


_MB_ID = ("race", "marble_name")
_MARBLES_QS = [
    Q(
        "which team scored the most points overall?",
        _lead(_named(lambda d: str(_mb_team_points(d).index[0]))),
        (*_MB_ID, "team_name", "points"),
    ),
    Q(
        "how many points was that and how far ahead of second place were they?",
        both(
            _count(lambda d: float(_mb_team_points(d).iloc[0])),
            _count(lambda d: float(_mb_team_points(d).iloc[0] - _mb_team_points(d).iloc[1])),
        ),
        (*_MB_ID, "team_name", "points"),
    ),
    Q(
        "top 3 marbles by total points",
        _top_named(lambda d: _ranked(d.groupby(_text(d["marble_name"]))["points"].sum()), 3),
        (*_MB_ID, "points", "team_name"),
    ),
    Q(
        "avg lap time per track, which track is the fastest?",
        _lead(
            either(
                _named(lambda d: _top_label(_mb_lap_means(False)(d), ascending=True)),
                _named(lambda d: _top_label(_mb_lap_means(True)(d), ascending=True)),
            )
        ),
        (*_MB_ID, "site", "avg_time_lap", "time_s", "number_laps"),
    ),
    Q(
        "how many entries are missing a time?",
        _count(lambda d: float(d["time_s"].isna().sum())),
        (*_MB_ID, "time_s", "notes"),
    ),
    Q(
        "is track length correlated with lap time?",
        either(
            _corr(lambda d: d["track_length_m"], lambda d: d["avg_time_lap"]),
            _corr(lambda d: _mb_site_corr(d)["track_length_m"], lambda d: _mb_site_corr(d)["avg_time_lap"]),
        ),
        (*_MB_ID, "site", "track_length_m", "avg_time_lap", "time_s", "number_laps"),
    ),
]


# --- 5. Spotify songs (TidyTuesday 2020-01-21, spotify_songs.csv) ----------------------------------------------------

# genre: subgenres with their playlists ("subgenre:playlist|playlist"), tracks, mean popularity, first release year,
# years' decay, danceability, energy, speechiness, acousticness, instrumentalness, valence, tempo, duration (s)
_SP_GENRES: dict[str, tuple[str, int, float, int, float, tuple[float, ...]]] = {
    "pop": (
        "dance pop:Dance Pop|Dance Pop Hits|Pop Remix;electropop:Electropop|Electropop Hits 2017-2020;"
        "indie poptimism:Indie Poptimism|Chill Pop;post-teen pop:Post Teen Pop|Today's Top Hits",
        760,
        49.0,
        1998,
        3.5,
        (0.64, 0.70, 0.07, 0.17, 0.06, 0.50, 121.0, 217.0),
    ),
    "rap": (
        "gangster rap:Gangster Rap|West Coast Rap;hip hop:Hip Hop Classics|Hip-Hop Central;"
        "southern hip hop:Southern Hip Hop|Dirty South Classics;trap:Trap Nation|RapCaviar",
        780,
        43.0,
        1988,
        7.0,
        (0.72, 0.65, 0.20, 0.19, 0.07, 0.51, 120.0, 214.0),
    ),
    "rock": (
        "album rock:Album Rock|Rock Classics;classic rock:Classic Rock|70s Rock Anthems;"
        "hard rock:Hard Rock|Hard Rock Cafe Classics;permanent wave:Permanent Wave|90s Alternative",
        640,
        41.0,
        1965,
        14.0,
        (0.52, 0.73, 0.06, 0.14, 0.06, 0.54, 125.0, 249.0),
    ),
    "latin": (
        "latin hip hop:Latin Hip Hop|Trap Latino;latin pop:Latin Pop Classics|Éxitos Pop Latino;"
        "reggaeton:Reggaeton Hits|Baila Reggaeton;tropical:Tropical House|Tropical Vibes",
        700,
        45.0,
        1995,
        4.0,
        (0.71, 0.71, 0.10, 0.21, 0.04, 0.61, 119.0, 213.0),
    ),
    "r&b": (
        "hip pop:Hip Pop|Hip-Hop & R&B Hits;neo soul:Neo-Soul|Soul Café;new jack swing:New Jack Swing|90s R&B;"
        "urban contemporary:Urban Contemporary|R&B Now",
        730,
        40.0,
        1985,
        8.0,
        (0.67, 0.59, 0.12, 0.26, 0.03, 0.53, 114.0, 237.0),
    ),
    "edm": (
        "big room:Big Room EDM|Festival Bangers;electro house:Electro House 2020|ELECTRO HOUSE;"
        "pop edm:Pop EDM|EDM Pop Hits;progressive electro house:Progressive Electro House|Progressive House 2019",
        790,
        35.0,
        2008,
        2.5,
        (0.66, 0.80, 0.09, 0.08, 0.22, 0.40, 126.0, 222.0),
    ),
}
# genre: named artists with their number of tracks
_SP_ARTISTS = {
    "pop": "Ed Sheeran:12;Ariana Grande:11;Dua Lipa:9;Taylor Swift:10;The Weeknd:8;The Chainsmokers:9;Shawn Mendes:7",
    "rap": "Drake:14;Logic:13;2Pac:12;Eminem:12;Kanye West:10;Lil Wayne:9;Travis Scott:8",
    "rock": "Queen:38;Guns N' Roses:14;The Rolling Stones:12;Led Zeppelin:12;Foo Fighters:10;AC/DC:10",
    "latin": "Don Omar:26;Daddy Yankee:16;Bad Bunny:15;J Balvin:14;Ozuna:12;Wisin & Yandel:10",
    "r&b": "Usher:12;Chris Brown:12;Beyoncé:10;SZA:8;Frank Ocean:8;Bruno Mars:9",
    "edm": "Martin Garrix:47;The Chainsmokers:22;David Guetta:27;Dimitri Vegas & Like Mike:20;Hardwell:17;"
    "Calvin Harris:15;Kygo:13;Avicii:14",
}
_SP_WORDS = _split(
    "Love;Night;Fire;Heart;Dance;Dream;Light;Money;Summer;Home;Gold;Sky;Rain;Run;Wild;Young;Forever;Alone;Together;"
    "Crazy;Paradise;Ghost;Diamonds;Party;Sunset;Higher;Faded;Stay;Closer;Lights;Believer;Shape;Waves;Echo;Roses;"
    "Thunder;Magic;Freedom;Blue;Tonight;Memories;Hurricane;Animals;Legends;Broken;Lost;Everything;Nothing;Secrets"
)
_SP_PALABRAS = _split(
    "Amor;Noche;Fuego;Corazón;Bailar;Sueño;Vida;Loca;Mía;Contigo;Bonita;Dímelo;Gasolina;Despacito;Calma;Felices;"
    "Te Boté;Sin Ti;Mi Gente;Otra Vez;Baila Baila;Solo;Tusa;Callaíta;Vaina;Perreo;Besos;Luna;Playa;Caliente"
)
_SP_FIRST = _split(
    "Alex;Sam;Jordan;Chris;Max;Leo;Mia;Zoe;Ella;Noah;Liam;Ava;Ruby;Jack;Kai;Nina;Eli;Jade;Ray;Luca;Ivy;Theo;Maya;Cole"
)
_SP_LAST = _split(
    "Gray;Rivers;Stone;Young;Cruz;Knight;West;Hart;Lane;Fox;Rose;Banks;Blake;Cole;Reed;Vega;Wolfe;Moon;Quinn;Grant"
)
_SP_LATIN = _split("Nicky;Manuel;Carlos;Sebastián;Camilo;Natti;Becky;Karol;Anuel;Jhay;Farruko;Lunay;Rauw;Myke;Justin")


def _sp_filler(rng: np.random.Generator, genre: str) -> str:
    roll = rng.random()
    if genre == "latin":
        return f"{_one(rng, _SP_LATIN)} {_one(rng, [*_SP_LAST, 'Towers', 'Natasha', 'G', 'Alejandro'])}"
    if genre == "rap" and roll < 0.35:
        return f"{_one(rng, ['Lil', 'Young', 'Big', 'MC', 'Kid'])} {_one(rng, _SP_WORDS)}"
    if genre == "edm" and roll < 0.35:
        return f"{_one(rng, ['DJ ', '', ''])}{_one(rng, _SP_WORDS)}{_one(rng, ['', 'z', 'x', ' Beats', ' Project'])}"
    if genre == "rock" and roll < 0.6:
        return f"The {_one(rng, _SP_WORDS)} {_one(rng, ['Kings', 'Keys', 'Riders', 'Stones', 'Brothers', 'Boys'])}"
    return f"{_one(rng, _SP_FIRST)} {_one(rng, _SP_LAST)}"


def _sp_title(rng: np.random.Generator, genre: str, year: int) -> str:
    words = _SP_PALABRAS if genre == "latin" else _SP_WORDS
    k = int(_one(rng, [1, 2, 3], [4, 4, 1]))
    title = " ".join(str(w) for w in rng.choice(words, k, replace=False))
    roll = rng.random()
    if genre in ("rap", "latin", "edm", "pop") and roll < 0.1:
        title += f" (feat. {_sp_filler(rng, genre)})"
    elif genre == "edm" and roll < 0.2:
        title += " - Radio Edit"
    elif genre == "rock" and year < 1995 and roll < 0.25:
        title += f" - Remastered {int(_one(rng, [2009, 2011, 2012, 2015]))}"
    elif roll < 0.13:
        title += " - Remix"
    return title


def _sp_released(rng: np.random.Generator, first: int, decay: float) -> tuple[int, str]:
    years = np.arange(first, 2021)
    weights = np.exp((years - 2019) / decay)
    weights[years == 2019] *= 1.8
    weights[years == 2020] *= 0.05
    year = int(_one(rng, list(years), list(weights)))
    month, day = int(rng.integers(1, 13)), int(rng.integers(1, 29))
    form = str(_one(rng, ["day", "year", "month"], [58, 40, 2] if year < 2000 else [93, 5, 2]))
    if year == 2020:
        month = 1
    text = {"day": f"{year}-{month:02d}-{day:02d}", "year": f"{year}", "month": f"{year}-{month:02d}"}[form]
    return year, text


def _spotify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5805)
    playlists: dict[str, str] = {}
    tracks: list[dict[str, Any]] = []
    for genre, (subs, n, pop, first, decay, audio) in _SP_GENRES.items():
        names, counts = zip(*(x.rsplit(":", 1) for x in _split(_SP_ARTISTS[genre])), strict=True)
        artists = [a for a, c in zip(names, counts, strict=True) for _ in range(int(c))]
        fillers: list[str] = []
        while len(artists) + len(fillers) < n:
            fillers += [_sp_filler(rng, genre)] * int(_one(rng, [1, 2, 3], [6, 3, 1]))
        artists += fillers[: n - len(artists)]
        order = rng.permutation(n)
        dance, energy, speech, acoustic, instrumental, valence, tempo, seconds = audio
        for i in order:
            artist = artists[int(i)]
            sub, lists = str(_one(rng, _split(subs))).split(":")
            playlist = str(_one(rng, lists.split("|")))
            playlists.setdefault(playlist, _code(rng, 22))
            year, released = _sp_released(rng, first, decay)
            title = _sp_title(rng, genre, year)
            e = float(np.clip(rng.normal(energy, 0.17), 0.02, 1.0))
            named = int(artist in names)
            score = 0 if rng.random() < 0.07 else int(np.clip(round(rng.normal(pop + 12 * named, 21)), 1, 100))
            album = title if rng.random() < 0.45 else _sp_title(rng, genre, 2019)
            tracks.append(
                {
                    "track_id": _code(rng, 22),
                    "track_name": title,
                    "track_artist": artist,
                    "track_popularity": score,
                    "track_album_id": _code(rng, 22),
                    "track_album_name": album.split(" (feat.")[0].split(" - ")[0],
                    "track_album_release_date": released,
                    "playlist_name": playlist,
                    "playlist_id": playlists[playlist],
                    "playlist_genre": genre,
                    "playlist_subgenre": sub,
                    "danceability": round(float(np.clip(rng.normal(dance, 0.13), 0.06, 0.98)), 3),
                    "energy": round(e, 3),
                    "key": int(_one(rng, list(range(12)), [12, 13, 9, 3, 7, 8, 8, 11, 7, 9, 7, 8])),
                    "loudness": round(float(np.clip(-6.7 + 9.0 * (e - 0.7) + rng.normal(0, 1.8), -30, 1.2)), 3),
                    "mode": int(rng.random() < 0.56),
                    "speechiness": round(float(np.clip(rng.lognormal(np.log(speech) - 0.2, 0.6), 0.02, 0.9)), 4),
                    "acousticness": round(float(np.clip(rng.beta(0.6, 0.6 / acoustic - 0.6), 0, 0.99)), 4),
                    "instrumentalness": round(float(rng.beta(0.15, 0.15 / instrumental - 0.15)), 6)
                    if rng.random() < 0.6
                    else 0.0,
                    "liveness": round(float(np.clip(rng.lognormal(np.log(0.14), 0.6), 0.01, 0.99)), 4),
                    "valence": round(float(np.clip(rng.normal(valence, 0.22), 0.01, 0.99)), 3),
                    "tempo": round(float(np.clip(rng.normal(tempo, 24), 50, 220)), 3),
                    "duration_ms": int(np.clip(rng.normal(seconds * 1000, 55000), 60000, 520000)),
                }
            )
    extra = rng.choice(len(tracks), 5000 - len(tracks), replace=False)
    rows = list(tracks)
    for i in extra:
        again = dict(tracks[int(i)])
        genre = str(again["playlist_genre"])
        if rng.random() < 0.4:
            genre = str(_one(rng, list(_SP_GENRES)))
        sub, lists = str(_one(rng, _split(_SP_GENRES[genre][0]))).split(":")
        playlist = str(_one(rng, lists.split("|")))
        playlists.setdefault(playlist, _code(rng, 22))
        again |= {"playlist_name": playlist, "playlist_id": playlists[playlist], "playlist_genre": genre}
        rows.append(again | {"playlist_subgenre": sub})
    frame = pd.DataFrame(rows)
    for i in rng.choice(len(tracks), 3, replace=False):
        frame.loc[int(i), ["track_name", "track_artist", "track_album_name"]] = None
    rank = {g: k for k, g in enumerate(_SP_GENRES)}
    frame["_g"] = frame["playlist_genre"].map(rank)
    frame["_r"] = rng.permutation(len(frame))
    frame = frame.sort_values(["_g", "playlist_name", "_r"], kind="stable", ignore_index=True)
    return frame.drop(columns=["_g", "_r"])


def _sp(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates("track_id") if unique else d


def _sp_top_genre(unique: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top_label(
        _sp(d, unique).groupby(_text(_sp(d, unique)["playlist_genre"]))["track_popularity"].mean()
    )


def _sp_years(unique: bool) -> Callable[[pd.DataFrame], float]:
    def busiest(d: pd.DataFrame) -> float:
        f = _sp(d, unique)
        return float(_top_label(_text(f["track_album_release_date"]).str[:4].value_counts()))

    return busiest


def _sp_top_artist(unique: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        names = _text(_sp(d, unique)["track_artist"])
        return _top_label(names[names != ""].value_counts())

    return top


def _sp_artist_mean(unique: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        f = _sp(d, unique)
        return float(f.loc[_text(f["track_artist"]) == _sp_top_artist(unique)(d), "track_popularity"].mean())

    return mean


_SP_ID = ("track_id", "track_name", "track_artist")
_SPOTIFY_QS = [
    Q(
        "which genre has the highest average popularity?",
        _lead(either(_named(_sp_top_genre(False)), _named(_sp_top_genre(True)))),
        (*_SP_ID, "playlist_genre", "track_popularity"),
    ),
    Q(
        "how many songs are longer than 5 minutes",
        either(
            _count(lambda d: float((d["duration_ms"] > 300_000).sum())),
            _count(lambda d: float((_sp(d, True)["duration_ms"] > 300_000).sum())),
        ),
        (*_SP_ID, "duration_ms"),
    ),
    Q(
        "is energy correlated with loudness?",
        either(
            _corr(lambda d: d["energy"], lambda d: d["loudness"]),
            _corr(lambda d: _sp(d, True)["energy"], lambda d: _sp(d, True)["loudness"]),
        ),
        (*_SP_ID, "energy", "loudness"),
    ),
    Q(
        "plot the number of songs by release year, which year has the most?",
        _lead(either(_year(_sp_years(False)), _year(_sp_years(True)))),
        (*_SP_ID, "track_album_release_date"),
    ),
    Q(
        "who is the most common artist?",
        _lead(either(_named(_sp_top_artist(False)), _named(_sp_top_artist(True)))),
        (*_SP_ID,),
    ),
    Q(
        "what's their avg popularity",
        either(_about(_sp_artist_mean(False), rel=0.005), _about(_sp_artist_mean(True), rel=0.005)),
        (*_SP_ID, "track_popularity"),
    ),
]


# --- 6. Seattle Airbnb listings (Inside Airbnb / Kaggle "Seattle Airbnb Open Data", listings.csv) -------------------

# neighbourhood group: listings, price factor, share of entire homes, neighbourhoods, zip codes, centre (lat, lng)
_AB_GROUPS: dict[str, tuple[int, float, float, str, str, tuple[float, float]]] = {
    "Other neighborhoods": (
        794,
        0.95,
        0.62,
        "Wallingford;Fremont;Green Lake;Ravenna;Phinney Ridge;Greenwood;Maple Leaf;Roosevelt;Bryant;View Ridge",
        "98103;98115;98117;98105",
        (47.67, -122.33),
    ),
    "Capitol Hill": (
        567,
        1.0,
        0.7,
        "Broadway;Stevens;Portage Bay;Montlake",
        "98102;98112;98122",
        (47.625, -122.315),
    ),
    "Downtown": (
        530,
        1.2,
        0.85,
        "Belltown;Central Business District;First Hill;Pike-Market;International District;Pioneer Square",
        "98101;98121;98104",
        (47.61, -122.34),
    ),
    "Central Area": (
        369,
        0.94,
        0.6,
        "Minor;Madrona;Atlantic;Harrison/Denny-Blaine;Mann",
        "98122;98144",
        (47.61, -122.3),
    ),
    "Queen Anne": (
        295,
        1.18,
        0.74,
        "West Queen Anne;Lower Queen Anne;East Queen Anne;North Queen Anne",
        "98109;98119",
        (47.637, -122.36),
    ),
    "Ballard": (
        230,
        1.0,
        0.68,
        "Adams;West Woodland;Sunset Hill;Loyal Heights;Whittier Heights",
        "98107;98117",
        (47.67, -122.385),
    ),
    "West Seattle": (
        203,
        1.02,
        0.72,
        "Alki;Fairmount Park;Genesee;Seaview;Fauntleroy;Gatewood",
        "98116;98126;98136",
        (47.565, -122.39),
    ),
    "Rainier Valley": (
        159,
        0.78,
        0.5,
        "Columbia City;Brighton;Rainier Beach;Mount Baker;Dunlap",
        "98118;98144",
        (47.55, -122.28),
    ),
    "University District": (122, 0.8, 0.45, "University District", "98105", (47.66, -122.31)),
    "Beacon Hill": (
        118,
        0.8,
        0.45,
        "North Beacon Hill;Mid-Beacon Hill;South Beacon Hill;Holly Park",
        "98108;98144",
        (47.56, -122.31),
    ),
    "Cascade": (89, 1.08, 0.8, "Eastlake;Westlake;South Lake Union", "98109;98102", (47.63, -122.33)),
    "Northgate": (
        80,
        0.78,
        0.45,
        "Maple Leaf;Pinehurst;North College Park;Haller Lake",
        "98125;98133",
        (47.71, -122.32),
    ),
    "Delridge": (79, 0.76, 0.5, "Highland Park;North Delridge;Roxhill;South Delridge", "98106;98126", (47.53, -122.36)),
    "Lake City": (
        67,
        0.82,
        0.55,
        "Olympic Hills;Victory Heights;Cedar Park;Matthews Beach",
        "98125;98155",
        (47.72, -122.29),
    ),
    "Magnolia": (61, 1.4, 0.8, "Briarcliff;Lawton Park;Southeast Magnolia", "98199", (47.65, -122.4)),
    "Seward Park": (44, 0.92, 0.6, "Seward Park", "98118", (47.55, -122.265)),
    "Interbay": (11, 0.95, 0.6, "Interbay", "98119", (47.645, -122.38)),
}
_AB_PROPERTIES = (
    "House:45;Apartment:45;Townhouse:3;Condominium:2.4;Loft:1;Bed & Breakfast:1;Other:0.6;Cabin:0.7;Camper/RV:0.3;"
    "Bungalow:0.35;Boat:0.2;Tent:0.1;Treehouse:0.08;Chalet:0.05;Dorm:0.05;Yurt:0.03"
)
_AB_HOSTS = _split(
    "Andrew;Emily;Michael;Sarah;David;Jennifer;Daniel;Jessica;Matt;Laura;Chris;Amanda;Ryan;Megan;Kevin;Rachel;Brian;"
    "Nicole;Jason;Lauren;Eric;Heather;Mark;Melissa;Paul;Elizabeth;Justin;Kathy;Tom;Anna;Ben;Julie;Sam;Lisa;Alex;Erin;"
    "Jeff;Karen;Scott;Amy;Kyle;Susan;Carlos;Mei;Raj;Yuki;Olga;Ahmed;Li;Tasha;Marcus;Ingrid;Ivan;Priya;Diego;Kim"
)
_AB_ADJ = _split(
    "Cozy;Charming;Bright;Sunny;Modern;Stylish;Quiet;Spacious;Private;Lovely;Beautiful;Classic;Urban;Comfy;Peaceful"
)
_AB_SORTS = {"Entire home/apt": "Studio;1BR Apartment;2BR Home;Craftsman Home;Condo;Loft;Cottage;Townhouse;Guest Suite"}
_AB_SORTS |= {
    "Private room": "Room;Bedroom;Private Room;Queen Room;Room with View",
    "Shared room": "Shared Room;Bunk;Couch",
}
_AB_COLUMNS = _split(
    "id;listing_url;name;host_id;host_name;host_since;host_response_time;host_response_rate;host_is_superhost;"
    "host_listings_count;neighbourhood_cleansed;neighbourhood_group_cleansed;city;state;zipcode;latitude;longitude;"
    "property_type;room_type;accommodates;bathrooms;bedrooms;beds;bed_type;price;weekly_price;security_deposit;"
    "cleaning_fee;guests_included;extra_people;minimum_nights;number_of_reviews;first_review;last_review;"
    "review_scores_rating;instant_bookable;cancellation_policy;calculated_host_listings_count;reviews_per_month"
)


def _ab_money(value: float | None) -> str | None:
    return None if value is None else f"${value:,.2f}"


def _ab_host(rng: np.random.Generator, big: bool) -> dict[str, Any]:
    year = int(
        _draw(rng, "2013:5;2014:6;2015:3")
        if big
        else _draw(rng, "2008:1;2009:4;2010:8;2011:14;2012:17;2013:21;2014:25;2015:30;2016:1.2")
    )
    start = pd.Timestamp(year, 1, 1)
    end = pd.Timestamp(2016, 1, 3) if year == 2016 else pd.Timestamp(year, 12, 31)
    since = start + pd.Timedelta(days=int(rng.integers(0, (end - start).days + 1)))
    silent = rng.random() < 0.137
    return {
        "host_name": str(_one(rng, _AB_HOSTS)),
        "host_since": f"{since:%Y-%m-%d}",
        "host_response_time": "N/A"
        if silent
        else _draw(rng, "within an hour:45;within a few hours:32;within a day:20;a few days or more:3"),
        "host_response_rate": "N/A"
        if silent
        else f"{int(_one(rng, [100, 100, 100, 100, 99, 98, 97, 96, 95, 94, 92, 90, 88, 86, 83, 80, 75, 67, 50, 33]))}%",
        "host_is_superhost": "t" if rng.random() < (0.3 if year < 2014 else 0.15) else "f",
        "age": 2016 - year,
    }


def _airbnb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5806)
    slots: list[dict[str, Any]] = []
    while len(slots) < 3818:
        big = rng.random() < 0.006
        host = _ab_host(rng, big)
        n = int(rng.integers(8, 40)) if big else int(_one(rng, [1, 2, 3, 4, 5], [88, 8, 2.2, 1, 0.8]))
        slots += [host] * n
    hosts = slots[:3818]
    host_ids: dict[int, int] = {}
    listed = {id(h): sum(1 for x in hosts if x is h) for h in {id(x): x for x in hosts}.values()}
    groups = _deal(rng, ";".join(f"{g}:{v[0]}" for g, v in _AB_GROUPS.items()), 3818)
    ids = rng.choice(np.arange(3335, 10340920), 3818, replace=False)
    rows: list[dict[str, Any]] = []
    for i, (host, group) in enumerate(zip(hosts, groups, strict=True)):
        _n, factor, whole, hoods, zips, (lat, lng) = _AB_GROUPS[group]
        host_id = host_ids.setdefault(id(host), int(rng.integers(4193, 53000000)))
        room = "Entire home/apt" if rng.random() < whole else "Private room" if rng.random() < 0.9 else "Shared room"
        hood = str(_one(rng, _split(hoods)))
        if room == "Entire home/apt":
            guests = int(_one(rng, [2, 3, 4, 5, 6, 7, 8, 10, 12, 16], [25, 10, 28, 8, 14, 3, 6, 3, 2, 1]))
            price = np.exp(rng.normal(np.log(78 + 17 * guests), 0.3)) * factor
            if rng.random() < 0.0025:
                price = float(_one(rng, [950, 975, 999, 1000, 1000]))
            property_type = _draw(rng, _AB_PROPERTIES)
        else:
            guests = int(_one(rng, [1, 2, 3, 4], [30, 58, 7, 5]))
            price = np.exp(rng.normal(np.log(70 if room == "Private room" else 45), 0.28)) * (0.5 + factor / 2)
            property_type = _draw(rng, "House:62;Apartment:28;Townhouse:3;Bed & Breakfast:3;Condominium:2;Other:2")
        price = float(np.clip(round(price), 20, 1000))
        bedrooms: float | None = float(max(0, min(7, round(guests / 2 + rng.normal(0, 0.5)))))
        if room != "Entire home/apt":
            bedrooms = 1.0
        bathrooms: float | None = float(_one(rng, [1.0, 1.0, 1.5, 2.0, 2.5, 3.0][: 2 + min(4, guests // 3)]))
        reviews = 0 if rng.random() < 0.164 else int(rng.negative_binomial(0.9, 0.9 / (0.9 + 10 + 9 * host["age"])))
        rating: float | None = None
        if reviews:
            rating = float(np.clip(round(100 - rng.gamma(1.1, 4.5)), 20, 100))
            if rng.random() < 0.01:
                rating = float(_one(rng, [20, 40, 60, 80]))
            elif rng.random() < 0.012:
                rating = None
        first = pd.Timestamp(host["host_since"]) + pd.Timedelta(days=int(rng.integers(5, 300)))
        first = min(first, pd.Timestamp("2015-12-20"))
        last = first + (pd.Timestamp("2016-01-03") - first) * float(rng.beta(5, 1))
        months = max(1.0, (pd.Timestamp("2016-01-04") - first).days / 30.4)
        rows.append(
            {
                "id": int(ids[i]),
                "listing_url": f"https://www.airbnb.com/rooms/{int(ids[i])}",
                "name": f"{_one(rng, _AB_ADJ)} {_one(rng, _split(_AB_SORTS[room]))} in {hood}",
                "host_id": host_id,
                **{k: v for k, v in host.items() if k != "age"},
                "host_listings_count": float(listed[id(host)]),
                "neighbourhood_cleansed": hood,
                "neighbourhood_group_cleansed": group,
                "city": _draw(rng, "Seattle:3800;seattle:2;Ballard, Seattle:1;Seattle :1;西雅图:1;West Seattle:2"),
                "state": _draw(rng, "WA:3817;wa:1"),
                "zipcode": str(_one(rng, _split(zips))) if rng.random() > 0.002 else None,
                "latitude": round(lat + float(rng.normal(0, 0.012)), 8),
                "longitude": round(lng + float(rng.normal(0, 0.012)), 8),
                "property_type": property_type,
                "room_type": room,
                "accommodates": guests,
                "bathrooms": bathrooms if rng.random() > 0.0042 else None,
                "bedrooms": bedrooms if rng.random() > 0.0016 else None,
                "beds": float(max(1, round((bedrooms or 1) * float(rng.uniform(1, 1.6))))),
                "bed_type": _draw(rng, "Real Bed:96;Futon:2;Pull-out Sofa:1;Airbed:0.7;Couch:0.3"),
                "price": _ab_money(price),
                "weekly_price": _ab_money(round(price * 6.3 / 5) * 5.0) if rng.random() < 0.53 else None,
                "security_deposit": _ab_money(float(_one(rng, [100, 150, 200, 250, 300, 500, 1000])))
                if rng.random() < 0.49
                else None,
                "cleaning_fee": _ab_money(float(round(price * float(rng.uniform(0.2, 0.6)) / 5) * 5))
                if rng.random() < 0.73
                else None,
                "guests_included": int(min(guests, int(_one(rng, [1, 1, 1, 2, 2, 4])))),
                "extra_people": _ab_money(float(_one(rng, [0, 0, 0, 10, 15, 20, 25]))),
                "minimum_nights": int(_one(rng, [1, 2, 3, 4, 5, 7, 30], [40, 30, 14, 4, 4, 5, 3])),
                "number_of_reviews": reviews,
                "first_review": f"{first:%Y-%m-%d}" if reviews else None,
                "last_review": f"{last:%Y-%m-%d}" if reviews else None,
                "review_scores_rating": rating,
                "instant_bookable": "t" if rng.random() < 0.15 else "f",
                "cancellation_policy": _draw(rng, "strict:37;moderate:33;flexible:30"),
                "calculated_host_listings_count": listed[id(host)],
                "reviews_per_month": round(reviews / months, 2) if reviews else None,
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[rng.choice(np.flatnonzero(frame["calculated_host_listings_count"] == 1), 2), "host_is_superhost"] = None
    frame.loc[int(rng.integers(len(frame))), "property_type"] = None
    return frame[_AB_COLUMNS]


def _ab_price(d: pd.DataFrame) -> pd.Series:
    return _number(d["price"])


def _ab_super(how: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        f = d.drop_duplicates("host_id") if how == "hosts" else d
        flag = _text(f["host_is_superhost"])
        return float((flag == "t").sum() / ((flag != "").sum() if how == "known" else len(flag)))

    return share


def _ab_joined(d: pd.DataFrame) -> pd.Series:
    """Hosts (not listings: a host with 30 listings joined once) by the year they joined."""
    return _text(d.drop_duplicates("host_id")["host_since"]).str[:4].value_counts()


_AB_ID = ("id", "name", "listing_url")
_AB_HOST = ("host_id", "host_since", "host_name")
_AIRBNB_QS = [
    Q(
        "whats the average price per night?",
        has(lambda d: float(_ab_price(d).mean())),
        (*_AB_ID, "price"),
    ),
    Q(
        "which neighbourhood group is the most expensive on average?",
        _lead(_named(lambda d: _top_label(_ab_price(d).groupby(_text(d["neighbourhood_group_cleansed"])).mean()))),
        (*_AB_ID, "price", "neighbourhood_group_cleansed", "neighbourhood_cleansed"),
    ),
    Q(
        "avg price for each room type",
        has(lambda d: _ab_price(d).groupby(_text(d["room_type"])).mean().to_numpy()),
        (*_AB_ID, "price", "room_type"),
    ),
    Q(
        "what percent of hosts are superhosts?",
        either(*(_share(_ab_super(how)) for how in ("hosts", "known", "all"))),
        (*_AB_ID, *_AB_HOST, "host_is_superhost"),
    ),
    Q(
        "what year did the most hosts join airbnb?",
        _lead(_year(lambda d: float(_top_label(_ab_joined(d))))),
        (*_AB_ID, *_AB_HOST),
    ),
    Q(
        "how many joined that year",
        _count(lambda d: float(_ranked(_ab_joined(d)).iloc[0])),
        (*_AB_ID, *_AB_HOST),
    ),
]


# --- 7. Hourly electricity load of AEP (PJM, Kaggle "Hourly Energy Consumption", AEP_hourly.csv) --------------------

# month: mean load (MW)
_AE_MONTHS = {10: 12900.0, 11: 14300.0, 12: 16300.0, 1: 17200.0, 2: 15200.0, 3: 14700.0, 4: 13300.0}
# hour of day: load relative to the day's mean
_AE_HOURS = [0.91, 0.88, 0.865, 0.86, 0.87, 0.91, 0.98, 1.04, 1.06, 1.045, 1.03, 1.015]
_AE_HOURS += [1.0, 0.99, 0.98, 0.975, 0.99, 1.04, 1.085, 1.1, 1.08, 1.04, 0.99, 0.94]


def _aep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5807)
    stamps = pd.date_range("2017-10-01 01:00", "2018-04-01 00:00", freq="h")
    days = pd.date_range("2017-10-01", "2018-03-31", freq="D")
    middle = [pd.Timestamp(2017 + (m < 10), m, 15) for m in _AE_MONTHS]
    level = np.interp(
        (days - days[0]).days.to_numpy(dtype=float),
        [(t - days[0]).days for t in middle],
        list(_AE_MONTHS.values()),
    )
    weather = np.zeros(len(days))
    for k in range(1, len(days)):
        weather[k] = 0.75 * weather[k - 1] + rng.normal(0, 0.035)
    cold = (days >= pd.Timestamp("2017-12-31")) & (days <= pd.Timestamp("2018-01-07"))
    weather[cold] += np.array([0.08, 0.16, 0.2, 0.18, 0.2, 0.23, 0.19, 0.1])
    daily = pd.Series(level * (1 + weather), index=days)
    load: list[float] = []
    for t in stamps:
        day = (t - pd.Timedelta(hours=1)).normalize()
        weekend = 0.93 if t.dayofweek >= 5 else 1.0
        shape = _AE_HOURS[t.hour]
        load.append(float(daily[day]) * weekend * shape * (1 + rng.normal(0, 0.012)))
    frame = pd.DataFrame({"Datetime": stamps, "AEP_MW": np.round(load)})
    spring = frame["Datetime"] == pd.Timestamp("2018-03-11 02:00")
    frame = frame[~spring]
    again = frame[frame["Datetime"] == pd.Timestamp("2017-11-05 02:00")].assign(AEP_MW=lambda f: f["AEP_MW"] + 212)
    frame = pd.concat([frame, again])
    owner = frame["Datetime"] - pd.Timedelta(hours=1)
    frame = frame.assign(_year=owner.dt.year, _day=owner.dt.normalize(), _n=np.arange(len(frame)))
    frame = frame.sort_values(["_year", "_day", "Datetime", "_n"], ascending=[True, False, True, True], kind="stable")
    return pd.DataFrame(
        {
            "Datetime": frame["Datetime"].dt.strftime("%Y-%m-%d %H:%M:%S").to_numpy(),
            "AEP_MW": frame["AEP_MW"].to_numpy(),
        }
    )


def _ae(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_t=pd.to_datetime(d["Datetime"]))


def _ae_when(high: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def when(d: pd.DataFrame) -> pd.Timestamp:
        f = _ae(d)
        return pd.Timestamp(f.loc[f["AEP_MW"].idxmax() if high else f["AEP_MW"].idxmin(), "_t"])

    return when


def _ae_months(d: pd.DataFrame) -> Any:
    f = _ae(d)
    by = f.groupby(f["_t"].dt.to_period("M"))["AEP_MW"].agg(["mean", "size"])
    return by.loc[by["size"] >= 24, "mean"].to_numpy()


def _ae_hour(d: pd.DataFrame) -> float:
    f = _ae(d)
    return float(_top_label(f.groupby(f["_t"].dt.hour)["AEP_MW"].mean()))


def _ae_gaps(d: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    t = _ae(d)["_t"]
    twice = t[t.duplicated()].iloc[0]
    full = pd.date_range(t.min(), t.max(), freq="h")
    return pd.Timestamp(twice), pd.Timestamp(full.difference(pd.DatetimeIndex(t))[0])


_AE_ID = ("Datetime",)
_AE_MW = (1e3,)
_AEP_QS = [
    Q(
        "what was the peak load and when?",
        both(_scaled(lambda d: float(d["AEP_MW"].max()), _AE_MW), _day(_ae_when(True))),
        (*_AE_ID, "AEP_MW"),
    ),
    Q(
        "and the lowest?",
        both(_scaled(lambda d: float(d["AEP_MW"].min()), _AE_MW), _day(_ae_when(False))),
        (*_AE_ID, "AEP_MW"),
    ),
    Q(
        "average load by month",
        _scaled(_ae_months, _AE_MW),
        (*_AE_ID, "AEP_MW"),
    ),
    Q(
        "which hour of the day has the highest avg demand?",
        _lead(_clock(_ae_hour)),
        (*_AE_ID, "AEP_MW"),
    ),
    Q(
        "how many hours was the load above 20,000 MW?",
        either(
            _count(lambda d: float((d["AEP_MW"] > 20_000).sum())),
            _count(lambda d: float((d["AEP_MW"] >= 20_000).sum())),
        ),
        (*_AE_ID, "AEP_MW"),
    ),
    Q(
        "are there any duplicate or missing timestamps?",
        both(_day(lambda d: _ae_gaps(d)[0]), _day(lambda d: _ae_gaps(d)[1])),
        (*_AE_ID,),
    ),
]


HELDOUT58: list[Dataset] = [
    Dataset("astronauts", _astronauts_frame, _ASTRONAUTS_QS),
    Dataset("measles_vaccination_rates", _measles_frame, _MEASLES_QS),
    Dataset("us_gun_deaths", _guns_frame, _GUNS_QS),
    Dataset("marble_racing", _marbles_frame, _MARBLES_QS),
    Dataset("spotify_songs", _spotify_frame, _SPOTIFY_QS),
    Dataset("seattle_airbnb_listings", _airbnb_frame, _AIRBNB_QS),
    Dataset("aep_hourly_load", _aep_frame, _AEP_QS),
]
