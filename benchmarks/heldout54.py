"""HELDOUT54: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: the Spotify
Tracks Dataset from Hugging Face / Kaggle (dataset.csv, 4800 tracks, twelve genres of 400 in alphabetical blocks)
with its unnamed row-number column, 22-character track_ids, artists joined by ";", album_name and track_name (one
k-pop row blank in all three), popularity 0-100 with many zeros (most "iranian" tracks), duration_ms, True / False
explicit, audio features to three figures (instrumentalness written "1.19e-06"), key 0-11, mode 0 / 1, tempo and
time_signature 0 for a few sleep tracks, the same track_id listed under two related genres and some tracks repeated
within a genre; Kaggle's Medical Appointment No Shows (KaggleV2-May-2016.csv, 5000 appointments of 2827 patients in
Vitória) with float PatientIds (three of them odd decimals), AppointmentIDs rising with the booking time, F / M,
ScheduledDay as "2016-04-29T18:38:08Z", AppointmentDay at midnight ("2016-04-29T00:00:00Z") on weekdays from 29 April
to 8 June 2016 (a third booked that same day, three booked a day after it), Age 0 for babies, one -1 and one 115,
upper-case Neighbourhood names with accents, 0 / 1 Scholarship, Hipertension (sic), Diabetes and Alcoholism, Handcap
0-4, SMS_received only for bookings three or more days ahead and "No-show" where "Yes" means the patient did not come;
Citi Bike's 2017 NYC trip data (5000 trips through the year, October busiest, sorted by start) with tripduration in
seconds (five over a day), starttime / stoptime as "2017-03-01 00:00:32", start and end station ids, names, latitudes
and longitudes, bikeid, Subscriber / Customer usertype (eleven blank), whole-number birth years blank for most
customers (six before 1902) and gender 0 (unknown) / 1 (male) / 2 (female); IBM's HR Analytics Employee Attrition
file (WA_Fn-UseC_-HR-Employee-Attrition.csv, 1470 employees, 237 who left) with all 35 columns, constant
EmployeeCount 1, Over18 "Y" and StandardHours 80, Travel_Rarely / Travel_Frequently / Non-Travel, "Research &
Development", "Human Resources" as a department, an education field and a job role, "Manager" in every department,
1-4 satisfaction scales, Yes / No OverTime and EmployeeNumbers with gaps; UCI's Online Retail II (the 2009-2010 sheet
as CSV, 3978 lines of 363 invoices from 1 December 2009 to 9 December 2010) with Invoice "489434" and cancellations
"C496060" with negative quantities, StockCodes such as "85123A", "POST", "M", "D" and "DOT", upper-case Descriptions
(some with a trailing or doubled space), stock adjustments with a blank or "?" Description, negative Quantity and
Price 0, InvoiceDate as "12/1/2009 7:45", Customer ID as a float, blank for a fifth of the lines (walk-in sales at
higher prices), and Country "United Kingdom", "EIRE", "Germany" ...; Kaggle's Suicide Rates Overview 1985 to 2016
(master.csv, 13 countries with some years missing) with twelve rows per country-year sorted by rate (ten in 2016,
without "5-14 years"), male / female, "15-24 years" ... "75+ years", suicides_no, population, "suicides/100k pop",
country-year as "Albania1987", "HDI for year" only for 1985, 1990, 1995, 2000, 2005 and 2010-2014, the
" gdp_for_year ($) " header with its spaces and values written "2,193,548,735", gdp_per_capita ($) and generations
spelt "Millenials"; and UCI's Bike Sharing hour.csv (a 5000-hour sample of 2011-2012 in order, instant numbered as in
the full file) with dteday, season 1-4 changing at the solstices and equinoxes (1 is winter), yr 0 / 1 for 2011 /
2012, mnth, hr, holiday, weekday 0 (Sunday) to 6, workingday, weathersit 1-4, temp normalised in steps of 0.02, atemp
in 66ths, hum, windspeed in 67ths, casual, registered and cnt. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month, _plurals
from .heldout39 import _clock, _fields
from .heldout40 import _number, _top_named
from .heldout41 import _deal
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _sig(x: float, digits: int = 3) -> float:
    """`x` to `digits` significant figures, as the audio features and the rates are written."""
    return float(f"{x:.{digits}g}")


def _rates(
    flag: Callable[[pd.DataFrame], pd.Series], by: str, levels: tuple[Any, ...]
) -> Callable[[pd.DataFrame], list[float]]:
    """The share of rows where `flag` holds, for each level of `by` in that order."""

    def rates(d: pd.DataFrame) -> list[float]:
        hit = flag(d)
        return [float(hit[d[by] == level].mean()) for level in levels]

    return rates


def _top_of(scores: Callable[[pd.DataFrame], pd.Series], lowest: bool = False) -> Callable[[pd.DataFrame], str]:
    """The label scoring best (or worst) in a series indexed by label."""
    return lambda d: str(_ranked(scores(d), ascending=lowest).index[0])


# --- 1. Spotify tracks (Hugging Face / Kaggle "Spotify Tracks Dataset", dataset.csv) -------------------------------

_ST_COLUMNS = _split(
    "track_id;artists;album_name;track_name;popularity;duration_ms;explicit;danceability;energy;key;loudness;mode;"
    "speechiness;acousticness;instrumentalness;liveness;valence;tempo;time_signature;track_genre"
)
# genre: mean popularity, share at popularity 0, danceability, energy, acousticness, share of instrumentals, valence,
# tempo (bpm), length (s), speechiness, explicit share
_ST_GENRES: dict[str, tuple[float, ...]] = {
    "acoustic": (42.5, 0.04, 0.55, 0.43, 0.58, 0.04, 0.43, 119, 215, 0.045, 0.03),
    "ambient": (44.0, 0.05, 0.37, 0.24, 0.74, 0.62, 0.15, 110, 238, 0.04, 0.0),
    "classical": (13.0, 0.35, 0.33, 0.17, 0.88, 0.72, 0.24, 104, 252, 0.05, 0.0),
    "country": (33.0, 0.08, 0.57, 0.62, 0.27, 0.01, 0.53, 124, 206, 0.04, 0.02),
    "dance": (41.0, 0.1, 0.65, 0.68, 0.16, 0.04, 0.51, 121, 205, 0.07, 0.12),
    "edm": (36.0, 0.08, 0.6, 0.79, 0.06, 0.22, 0.36, 126, 192, 0.07, 0.05),
    "hip-hop": (37.5, 0.12, 0.74, 0.65, 0.18, 0.02, 0.5, 117, 219, 0.19, 0.38),
    "iranian": (2.2, 0.82, 0.45, 0.5, 0.42, 0.2, 0.35, 118, 328, 0.06, 0.0),
    "j-pop": (31.0, 0.15, 0.54, 0.76, 0.17, 0.03, 0.55, 127, 251, 0.06, 0.01),
    "k-pop": (56.5, 0.03, 0.65, 0.72, 0.18, 0.01, 0.55, 122, 210, 0.08, 0.05),
    "metal": (35.0, 0.1, 0.43, 0.89, 0.01, 0.1, 0.34, 129, 262, 0.08, 0.1),
    "sleep": (27.0, 0.2, 0.2, 0.1, 0.85, 0.85, 0.05, 95, 212, 0.06, 0.0),
}
# genre: the genre its shared tracks come from (the same track_id listed under both)
_ST_SHARED = {"country": "acoustic", "edm": "dance", "k-pop": "j-pop", "sleep": "ambient", "metal": "hip-hop"}
_ST_ARTISTS = {
    "acoustic": "Jason Mraz;Boyce Avenue;Ed Sheeran;Jack Johnson;Colbie Caillat;Gabrielle Aplin;Ben Rector;"
    "Chord Overstreet;Sara Bareilles;Kina Grannis;The Lumineers;Passenger;Vance Joy;Gregory Alan Isakov",
    "ambient": "Brian Eno;Hammock;Stars Of The Lid;Tycho;Ólafur Arnalds;Nils Frahm;Harold Budd;Marconi Union;"
    "Aphex Twin;Sigur Rós;Moby;Jon Hopkins",
    "classical": "Johann Sebastian Bach;Wolfgang Amadeus Mozart;Ludwig van Beethoven;Frédéric Chopin;Claude Debussy;"
    "Erik Satie;Franz Schubert;Pyotr Ilyich Tchaikovsky;Antonio Vivaldi;Johannes Brahms;Glenn Gould;Lang Lang;"
    "Berliner Philharmoniker;Herbert von Karajan",
    "country": "George Jones;Morgan Wallen;Luke Combs;Chris Stapleton;Kenny Chesney;Zach Bryan;Dolly Parton;"
    "Johnny Cash;Willie Nelson;Luke Bryan;Carrie Underwood;Kane Brown;Lainey Wilson;Jason Aldean",
    "dance": "David Guetta;Calvin Harris;Dua Lipa;Bebe Rexha;Rihanna;Lady Gaga;Sia;Zedd;Clean Bandit;Jonas Blue;"
    "Tiësto;Ellie Goulding;Charli XCX;Marshmello",
    "edm": "Martin Garrix;Avicii;Alan Walker;Marshmello;Kygo;The Chainsmokers;Tiësto;Hardwell;Armin van Buuren;"
    "Illenium;Steve Aoki;Dimitri Vegas & Like Mike;Afrojack;Alesso",
    "hip-hop": "Drake;Kendrick Lamar;J. Cole;Travis Scott;Eminem;21 Savage;Lil Baby;Future;Metro Boomin;Kanye West;"
    "Tyler, The Creator;Nas;JAY-Z;Lil Wayne;A$AP Rocky",
    "iranian": "Mohsen Yeganeh;Homayoun Shajarian;Mohammad Reza Shajarian;Googoosh;Ebi;Hamed Homayoun;"
    "Sirvan Khosravi;Reza Sadeghi;Moein;Shadmehr Aghili;Alireza Eftekhari;Mohsen Chavoshi",
    "j-pop": "YOASOBI;Aimer;Official HIGE DANdism;Kenshi Yonezu;LiSA;Ado;King Gnu;Mrs. GREEN APPLE;back number;Eve;"
    "Vaundy;Fujii Kaze;RADWIMPS;Hikaru Utada",
    "k-pop": "BTS;BLACKPINK;TWICE;Stray Kids;SEVENTEEN;NewJeans;IVE;aespa;LE SSERAFIM;Jung Kook;NCT DREAM;ITZY;"
    "ENHYPEN;TOMORROW X TOGETHER;(G)I-DLE;Red Velvet",
    "metal": "Metallica;Iron Maiden;Slipknot;System Of A Down;Avenged Sevenfold;Megadeth;Black Sabbath;Pantera;"
    "Judas Priest;Disturbed;Korn;Bring Me The Horizon;Gojira;Lamb of God",
    "sleep": "Sleepy Fish;White Noise Baby Sleep;Rain Sounds;Sleep Sounds of Nature;Deep Sleep Music Collective;"
    "Baby Sleep Music;Lullaby Babies;Nature Sounds;Relaxing Music Therapy;Brown Noise;Ocean Waves For Sleep",
}
_ST_WORD_A = _split(
    "Midnight;Golden;Paper;Electric;Silent;Broken;Summer;Neon;Lonely;Wild;Sweet;Blue;Falling;Endless;Little;Crazy;"
    "Dancing;Velvet;Hollow;Burning;Northern;Secret;Lucky;Fading;Better;Cold;Young;Last;First;Sunday"
)
_ST_WORD_B = _split(
    "Heart;Lights;Dreams;River;Sky;Fire;Rain;Moon;Road;Night;Love;Stars;Ocean;City;Ghost;Garden;Echo;Shadows;Home;"
    "Waves;Kiss;Smile;Letters;Mirror;Days;Town;Eyes;Song;Summer;Feeling"
)
_ST_PERSIAN = _split(
    "Bi To;Delam Tang Shode;Jadeh;Asheghaneh;Baran;Khoda;Setareh;Ghesseh;Shab;Royaye Man;Bahar;Golnar;Yade To;"
    "Cheshmat;Mahtab;Darya;Parvaz;Sokoot;Dele Man;Eshgh"
)
_ST_FORMS = _split("Nocturne;Piano Sonata;Prelude;Étude;Waltz;Symphony;Concerto;Sonata;Impromptu;Ballade;Partita")
_ST_KEYS = _split(
    "C Major;C Minor;D Major;D Minor;E-Flat Major;E Minor;F Major;F Minor;G Major;G Minor;A Minor;B-Flat Major"
)
_ST_NOISES = _split("Rain on a Window;Brown Noise;White Noise;Ocean Waves;Deep Sleep;Fan Noise;Thunderstorm;Soft Rain")
_ST_TAILS = _split(" - Remastered 2011; - Acoustic; - Radio Edit; (feat. {}); - Live; (Sped Up); - Remix")
_ST_CODE = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _st_title(rng: np.random.Generator, genre: str, artists: list[str]) -> str:
    if genre == "classical":
        k, op = int(rng.integers(1, 24)), int(rng.integers(1, 120))
        return f"{_one(rng, _ST_FORMS)} No. {k} in {_one(rng, _ST_KEYS)}, Op. {op}"
    if genre == "sleep":
        return f"{_one(rng, _ST_NOISES)}" + (f" {int(rng.integers(1, 60))}" if rng.random() < 0.6 else "")
    if genre == "iranian":
        return str(_one(rng, _ST_PERSIAN))
    title = f"{_one(rng, _ST_WORD_A)} {_one(rng, _ST_WORD_B)}" if rng.random() < 0.75 else str(_one(rng, _ST_WORD_B))
    if rng.random() < 0.15:
        title += str(_one(rng, _ST_TAILS)).format(_one(rng, artists))
    return title


def _st_track(rng: np.random.Generator, genre: str) -> dict[str, Any]:
    pop, zeros, dance, energy, acoustic, instr, valence, tempo, seconds, speech, explicit = _ST_GENRES[genre]
    pool = _split(_ST_ARTISTS[genre])
    ranks = np.arange(1, len(pool) + 1)
    lead = str(_one(rng, pool, list(1 / ranks**0.8)))
    artists = [lead] + ([str(_one(rng, pool))] if rng.random() < 0.2 else [])
    artists = list(dict.fromkeys(artists))
    title = _st_title(rng, genre, pool)
    album = (
        title
        if rng.random() < 0.35
        else str(
            _one(
                rng,
                [
                    f"{_one(rng, _ST_WORD_A)} {_one(rng, _ST_WORD_B)}",
                    "Greatest Hits",
                    f"{lead} (Deluxe)",
                    "Chill Vibes",
                    "Hits 2022",
                ],
            )
        )
    )
    d = float(np.clip(rng.normal(dance, 0.13), 0.05, 0.98))
    e = float(np.clip(rng.normal(energy, 0.15), 0.002, 0.999))
    silent = genre == "sleep" and rng.random() < 0.07
    major = rng.random() < 0.64
    hit = pop / (1 - zeros)
    return {
        "track_id": "".join(_ST_CODE[int(i)] for i in rng.integers(0, 62, 22)),
        "artists": ";".join(artists),
        "album_name": album,
        "track_name": title,
        "popularity": 0 if rng.random() < zeros else int(np.clip(rng.normal(hit, 14), 1, 100)),
        "duration_ms": int(seconds * 1000 * rng.lognormal(0, 0.25)),
        "explicit": bool(rng.random() < explicit),
        "danceability": round(d, 3),
        "energy": round(e, 3),
        "key": int(rng.integers(0, 12)),
        "loudness": round(float(np.clip(-3.5 - 24 * (1 - e) ** 1.6 + rng.normal(0, 3.6), -49.5, 1.2)), 3),
        "mode": int(major),
        "speechiness": round(float(np.clip(rng.lognormal(np.log(speech), 0.5), 0.022, 0.95)), 4),
        "acousticness": _sig(float(rng.beta(2 * acoustic + 0.05, 2 * (1 - acoustic) + 0.05))),
        "instrumentalness": _sig(
            float(rng.uniform(0.5, 0.97))
            if rng.random() < instr
            else 0.0
            if rng.random() < 0.5
            else 10 ** rng.uniform(-6, -1.5)
        ),
        "liveness": round(float(np.clip(rng.lognormal(np.log(0.14), 0.55), 0.015, 0.99)), 3),
        "valence": round(float(np.clip(rng.normal(valence + 0.6 * (d - dance), 0.18), 0.02, 0.98)), 3),
        "tempo": 0.0 if silent else round(float(np.clip(rng.normal(tempo - 2.5 * major, 24), 52, 215)), 3),
        "time_signature": 0 if silent else int(_one(rng, [4, 3, 5, 1], [88, 8.5, 2, 1.5])),
        "track_genre": genre,
    }


def _spotify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5401)
    blocks: dict[str, list[dict[str, Any]]] = {}
    for genre in _ST_GENRES:
        rows: list[dict[str, Any]] = []
        source = blocks.get(_ST_SHARED.get(genre, ""), [])
        while len(rows) < 400:
            roll = rng.random()
            if source and roll < 0.07:
                rows.append(source[int(rng.integers(len(source)))] | {"track_genre": genre})
            elif rows and roll < 0.085:
                rows.append(dict(rows[int(rng.integers(len(rows)))]))
            else:
                rows.append(_st_track(rng, genre))
        blocks[genre] = rows
    rows = [r for genre in _ST_GENRES for r in blocks[genre]]
    lost = next(i for i, r in enumerate(rows) if r["track_genre"] == "k-pop") + 217
    rows[lost] |= {"artists": None, "album_name": None, "track_name": None, "popularity": 0}
    frame = pd.DataFrame(rows)[_ST_COLUMNS]
    frame.insert(0, "", np.arange(len(frame)))
    return frame


def _st(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates("track_id") if unique else d


def _st_genre_means(unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def means(d: pd.DataFrame) -> pd.Series:
        part = _st(d, unique)
        return part.groupby(_text(part["track_genre"]))["popularity"].mean()

    return means


def _st_explicit(unique: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        return float((_text(_st(d, unique)["explicit"]).str.lower() == "true").mean())

    return share


def _st_danceable(unique: bool, inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        dance = _st(d, unique)["danceability"]
        return float((dance >= 0.8).sum() if inclusive else (dance > 0.8).sum())

    return count


def _st_tempos(unique: bool, silent: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        part = _st(d, unique)
        part = part if silent else part[part["tempo"] > 0]
        return [float(part.loc[part["mode"] == m, "tempo"].mean()) for m in (0, 1)]

    return means


def _st_pair(unique: bool) -> Check:
    return _corr(lambda d: _st(d, unique)["energy"], lambda d: _st(d, unique)["loudness"])


_ST_ID = ("Unnamed: 0", "track_id", "track_name", "artists")
_SPOTIFY_QS = [
    Q(
        "which genre has the highest average popularity?",
        _lead(either(*(_named(_top_of(_st_genre_means(u))) for u in (False, True)))),
        (*_ST_ID, "track_genre", "popularity"),
    ),
    Q(
        "and the lowest?",
        _lead(either(*(_named(_top_of(_st_genre_means(u), lowest=True)) for u in (False, True)))),
        (*_ST_ID, "track_genre", "popularity"),
    ),
    Q(
        "what percent of the tracks are explicit",
        either(_share(_st_explicit(False)), _share(_st_explicit(True))),
        (*_ST_ID, "explicit"),
    ),
    Q(
        "is energy corelated with loudness?",
        either(_st_pair(False), _st_pair(True)),
        (*_ST_ID, "energy", "loudness"),
    ),
    Q(
        "how many songs have a danceability over 0.8",
        either(*(_count(_st_danceable(u, i)) for u in (False, True) for i in (False, True))),
        (*_ST_ID, "danceability"),
    ),
    Q(
        "compare the avg tempo of major vs minor key songs",
        either(*(_about(_st_tempos(u, s), rel=0.002) for u in (False, True) for s in (True, False))),
        (*_ST_ID, "tempo", "mode", "key"),
    ),
]


# --- 2. Medical appointment no-shows (Kaggle "Medical Appointment No Shows", KaggleV2-May-2016.csv) -----------------

# neighbourhood: appointments in the full file (Vitória, Espírito Santo)
_NS_PLACES = (
    "JARDIM CAMBURI:7717;MARIA ORTIZ:5805;RESISTÊNCIA:4431;JARDIM DA PENHA:3877;ITARARÉ:3514;CENTRO:3334;"
    "TABUAZEIRO:3132;SANTA MARTHA:3131;JESUS DE NAZARETH:2853;BONFIM:2773;SANTO ANTÔNIO:2746;SANTO ANDRÉ:2571;"
    "CARATOÍRA:2565;JABOUR:2509;SÃO PEDRO:2448;ILHA DO PRÍNCIPE:2266;NOVA PALESTINA:2264;ANDORINHAS:2262;"
    "DA PENHA:2217;ROMÃO:2215;GURIGICA:2018;SÃO JOSÉ:1977;BELA VISTA:1907;MARUÍPE:1902;FORTE SÃO JOÃO:1889;"
    "ILHA DE SANTA MARIA:1885;SÃO CRISTÓVÃO:1836;REDENÇÃO:1553;SÃO BENEDITO:1439;JOANA D´ARC:1427;CONSOLAÇÃO:1376;"
    "PRAIA DO SUÁ:1288;CRUZAMENTO:1398;VILA RUBIM:851;SANTA TEREZA:1332;GOIABEIRAS:700;MATA DA PRAIA:644;"
    "REPÚBLICA:835;SANTA LÚCIA:438;BARRO VERMELHO:423;ENSEADA DO SUÁ:235;MORADA DE CAMBURI:96;AEROPORTO:8"
)
# age band: share of patients
_NS_AGES = "0:3.4;1-9:12;10-17:9.5;18-29:15;30-39:14;40-49:13;50-59:14;60-69:10.5;70-79:5.5;80-99:3.1"


def _ns_age(rng: np.random.Generator) -> int:
    band = _draw(rng, _NS_AGES)
    if band == "0":
        return 0
    low, high = (int(x) for x in band.split("-"))
    return int(rng.integers(low, high + 1))


def _ns_patient(rng: np.random.Generator, place: str) -> dict[str, Any]:
    age = _ns_age(rng)
    old = max(age - 30, 0) / 50
    return {
        "PatientId": float(rng.integers(10**10, 10**15)),
        "Gender": "F" if rng.random() < 0.65 else "M",
        "Age": age,
        "Neighbourhood": place,
        "Scholarship": int(rng.random() < (0.13 if 5 < age < 60 else 0.04)),
        "Hipertension": int(rng.random() < min(0.02 + 0.55 * old, 0.75)),
        "Diabetes": int(rng.random() < min(0.005 + 0.2 * old, 0.3)),
        "Alcoholism": int(rng.random() < (0.045 if 25 < age < 70 else 0.004)),
        "Handcap": int(_one(rng, [0, 1, 2, 3, 4], [979, 18.5, 1.7, 0.12, 0.03])),
        "_habit": float(rng.normal(0, 0.55)),
    }


def _noshow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5402)
    sizes = np.minimum(rng.geometric(0.56, 3500), 12)
    k = int(np.searchsorted(np.cumsum(sizes), 4998)) + 1
    sizes = sizes[:k]
    sizes[-1] -= int(sizes.sum()) - 4998
    places = _deal(rng, _NS_PLACES, k)
    days = [t for t in pd.date_range("2016-04-29", "2016-06-08", freq="D") if t.dayofweek < 5]
    rows: list[dict[str, Any]] = []
    for size, place in zip(sizes, places, strict=True):
        patient = _ns_patient(rng, place)
        for _ in range(int(size)):
            day = days[int(rng.integers(len(days)))]
            lead = 0 if rng.random() < 0.35 else int(min(1 + rng.lognormal(np.log(8), 1.0), 179))
            hour = int(rng.integers(7, 18 if lead == 0 else 20))
            booked = day - pd.Timedelta(days=lead) + pd.Timedelta(seconds=hour * 3600 + int(rng.integers(0, 3600)))
            sms = int(lead >= 3 and rng.random() < 0.58)
            age = int(patient["Age"])
            logit = {0: -3.0, 1: -1.5, 2: -1.5}.get(lead, -1.1 if lead < 15 else -0.75)
            logit += -0.3 * sms + patient["_habit"] + 0.25 * patient["Scholarship"] - 0.1 * patient["Hipertension"]
            logit += 0.35 if 13 <= age < 30 else 0.15 if age < 13 else -0.4 if age >= 60 else 0.0
            missed = rng.random() < 1 / (1 + np.exp(-logit))
            rows.append(
                patient | {"_booked": booked, "_day": day, "SMS_received": sms, "No-show": "Yes" if missed else "No"}
            )
    for i in rng.choice(len(rows), 3, replace=False):
        rows[int(i)]["_booked"] = rows[int(i)]["_day"] + pd.Timedelta(hours=int(rng.integers(31, 40)))
    for i, age in zip(
        rng.choice([i for i, r in enumerate(rows) if 30 < r["Age"] < 60], 2, replace=False), (-1, 115), strict=True
    ):
        rows[int(i)]["Age"] = age
    island = _ns_patient(rng, "ILHAS OCEÂNICAS DE TRINDADE")
    for day in (pd.Timestamp("2016-05-13"), pd.Timestamp("2016-05-31")):
        booked = day - pd.Timedelta(days=29, hours=-9)
        rows.append(island | {"_booked": booked, "_day": day, "SMS_received": 0, "No-show": "Yes"})
    odd = [93779.52927, 537615.28476, 5628261.0]
    for i, pid in zip(rng.choice(len(rows), 3, replace=False), odd, strict=True):
        same = rows[int(i)]["PatientId"]
        for r in rows:
            if r["PatientId"] == same:
                r["PatientId"] = pid
    frame = pd.DataFrame(rows).sort_values("_booked", kind="stable").reset_index(drop=True)
    frame["AppointmentID"] = 5_030_230 + np.cumsum(rng.integers(40, 260, len(frame)))
    frame = frame.iloc[rng.permutation(len(frame))].sort_values("_day", kind="stable").reset_index(drop=True)
    frame["ScheduledDay"] = frame["_booked"].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    frame["AppointmentDay"] = frame["_day"].dt.strftime("%Y-%m-%dT00:00:00Z")
    columns = _split(
        "PatientId;AppointmentID;Gender;ScheduledDay;AppointmentDay;Age;Neighbourhood;Scholarship;Hipertension;"
        "Diabetes;Alcoholism;Handcap;SMS_received;No-show"
    )
    return frame[columns]


def _ns_missed(d: pd.DataFrame) -> pd.Series:
    return _text(d["No-show"]) == "Yes"


def _ns_patients(d: pd.DataFrame) -> float:
    return float(_ns_missed(d).groupby(d["PatientId"]).any().mean())


def _ns_wait(how: str) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        booked, day = pd.to_datetime(d["ScheduledDay"]), pd.to_datetime(d["AppointmentDay"])
        if how == "exact":
            return float(((day - booked).dt.total_seconds() / 86400).mean())
        days = (day - booked.dt.normalize()).dt.days
        return float(days[days >= 0].mean() if how == "dated" else days.mean())

    return mean


def _ns_kids(low: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(((d["Age"] >= low) & (d["Age"] < 10)).sum())


_NS_ID = ("PatientId", "AppointmentID")
_NS_DAYS = ("ScheduledDay", "AppointmentDay")
_NOSHOW_QS = [
    Q(
        "what % of patients didn't show up?",
        either(_share(lambda d: float(_ns_missed(d).mean())), _share(_ns_patients)),
        (*_NS_ID, "No-show"),
    ),
    Q(
        "is it different for men and women?",
        _shares(_rates(_ns_missed, "Gender", ("F", "M"))),
        (*_NS_ID, "No-show", "Gender"),
    ),
    Q(
        "does getting an sms reminder lower the no show rate?",
        _shares(_rates(_ns_missed, "SMS_received", (0, 1))),
        (*_NS_ID, "No-show", "SMS_received"),
    ),
    Q(
        "average number of days between scheduling and the appointment",
        either(*(_about(_ns_wait(how)) for how in ("dated", "all", "exact"))),
        (*_NS_ID, *_NS_DAYS),
    ),
    Q(
        "which neighbourhood has the most appointments",
        _lead(_named(lambda d: str(_ranked(_text(d["Neighbourhood"]).value_counts()).index[0]))),
        (*_NS_ID, "Neighbourhood"),
    ),
    Q(
        "how many appointments are for kids under 10?",
        either(*(_count(_ns_kids(low)) for low in (-5, 0, 1))),
        (*_NS_ID, "Age"),
    ),
]


# --- 3. Citi Bike trips (Citi Bike NYC System Data, 2017 trip files) -----------------------------------------------

# start station id|name|latitude|longitude|weight as a start|share of riders who are day-pass customers
_CB_STATIONS = _fields(
    "519|Pershing Square North|40.751873|-73.977706|3.3|0.03;"
    "497|E 17 St & Broadway|40.73704984|-73.99009296|2.5|0.06;"
    "435|W 21 St & 6 Ave|40.74173969|-73.99415556|2.3|0.05;"
    "402|Broadway & E 22 St|40.7403432|-73.98955109|2.2|0.06;"
    "426|West St & Chambers St|40.71754834|-74.01322069|2.1|0.22;"
    "521|8 Ave & W 31 St|40.75096735|-73.99444208|2.0|0.04;"
    "293|Lafayette St & E 8 St|40.73028666|-73.9907647|1.9|0.06;"
    "285|Broadway & E 14 St|40.73454567|-73.99074142|1.8|0.07;"
    "2006|Central Park S & 6 Ave|40.76590936|-73.97634151|1.8|0.55;"
    "281|Grand Army Plaza & Central Park S|40.7643971|-73.97371465|1.6|0.5;"
    "514|12 Ave & W 40 St|40.76087502|-74.00277668|1.6|0.3;"
    "477|W 41 St & 8 Ave|40.75640548|-73.9900262|1.6|0.05;"
    "490|8 Ave & W 33 St|40.751551|-73.993934|1.5|0.04;"
    "459|W 20 St & 11 Ave|40.746745|-74.007756|1.5|0.2;"
    "368|Carmine St & 6 Ave|40.73038599|-74.00214988|1.4|0.06;"
    "358|Christopher St & Greenwich St|40.73291553|-74.00711384|1.3|0.08;"
    "382|University Pl & E 14 St|40.73492695|-73.99200509|1.3|0.05;"
    "284|Greenwich Ave & 8 Ave|40.7390169|-74.00263093|1.2|0.06;"
    "499|Broadway & W 60 St|40.76915505|-73.98191841|1.2|0.18;"
    "3263|Cooper Square & E 7 St|40.72923649910006|-73.99086803197861|1.2|0.05;"
    "151|Cleveland Pl & Spring St|40.722103786686034|-73.99724900722504|1.1|0.07;"
    "492|W 33 St & 7 Ave|40.75019995|-73.99093085|1.1|0.04;"
    "229|Great Jones St|40.72743423|-73.99379025|1.0|0.05;"
    "3141|1 Ave & E 68 St|40.76500525|-73.95818491|1.0|0.04;"
    "327|Vesey Pl & River Terrace|40.7153379|-74.01658354|0.9|0.2;"
    "387|Centre St & Chambers St|40.71273266|-74.0046073|0.9|0.1;"
    "304|Broadway & Battery Pl|40.70463334|-74.01361706|0.9|0.3;"
    "3158|W 63 St & Broadway|40.77163851|-73.98261428|0.9|0.1;"
    "3164|Columbus Ave & W 72 St|40.7770575|-73.97898475|0.8|0.12;"
    "3283|W 89 St & Columbus Ave|40.788221|-73.970416|0.7|0.1;"
    "3320|Central Park West & W 100 St|40.793393|-73.963556|0.6|0.3;"
    "3016|Kent Ave & N 7 St|40.72036775298455|-73.96165072917938|0.9|0.12;"
    "3093|N 6 St & Bedford Ave|40.71745169|-73.95852515|0.8|0.07;"
    "270|Adelphi St & Myrtle Ave|40.69308257|-73.97178913|0.6|0.05;"
    "323|Lawrence St & Willoughby St|40.69236178|-73.98631746|0.7|0.05;"
    "3254|Soissons Landing|40.6922|-74.0138|0.3|0.85;"
    "3182|Yankee Ferry Terminal|40.687066|-74.016908|0.2|0.85"
)
# month: trips in the sample (the 2017 monthly totals, in thousands, shrunk)
_CB_MONTHS = "1:727;2:780;3:720;4:1315;5:1523;6:1731;7:1735;8:1816;9:1878;10:2030;11:1330;12:889"
_CB_WORK_HOURS = (
    "0:0.6;1:0.3;2:0.2;3:0.15;4:0.2;5:0.8;6:2.6;7:5.5;8:9.2;9:6.5;10:4.0;11:4.1;12:4.8;13:4.9;14:5.0;15:5.6;16:7.3;"
    "17:10.5;18:9.6;19:6.6;20:4.5;21:3.3;22:2.4;23:1.4"
)
_CB_REST_HOURS = (
    "0:1.6;1:1.1;2:0.7;3:0.4;4:0.3;5:0.3;6:0.6;7:1.2;8:2.4;9:4.1;10:6.1;11:7.4;12:8.1;13:8.5;14:8.5;15:8.4;16:8.2;"
    "17:7.6;18:6.4;19:5.1;20:4.0;21:3.3;22:2.8;23:2.2"
)


def _citibike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5403)
    n = 5000
    starts = _deal(rng, ";".join(f"{s[0]}:{s[4]}" for s in _CB_STATIONS), n)
    months = _deal(rng, _CB_MONTHS, n)
    by_id = {s[0]: s for s in _CB_STATIONS}
    ids, weights = [s[0] for s in _CB_STATIONS], [float(s[4]) for s in _CB_STATIONS]
    rows: list[dict[str, Any]] = []
    for start, month in zip(starts, months, strict=True):
        first = pd.Timestamp(2017, int(month), 1)
        day = first + pd.Timedelta(days=int(rng.integers(0, first.days_in_month)))
        hour = int(_draw(rng, _CB_WORK_HOURS if day.dayofweek < 5 else _CB_REST_HOURS))
        begin = day + pd.Timedelta(seconds=hour * 3600 + int(rng.integers(0, 3600)))
        summer = 0.03 if 5 <= int(month) <= 9 else -0.02
        weekend = 0.04 if day.dayofweek >= 5 else 0.0
        customer = rng.random() < float(by_id[start][5]) + summer + weekend
        loop = customer and rng.random() < 0.18
        end = start if loop else str(_one(rng, ids, weights))
        seconds = rng.lognormal(np.log(1350 if customer else 610), 0.75 if customer else 0.62) * (1.8 if loop else 1.0)
        seconds = max(61, int(seconds))
        if customer:
            known = rng.random() < 0.33
            age = float(np.clip(rng.normal(34, 12), 16, 75))
            gender = int(_one(rng, [1, 2, 0], [46, 42, 12])) if known else 0
        else:
            known = rng.random() < 0.985
            gender = int(_one(rng, [1, 2, 0], [74, 24.5, 1.5])) if known else 0
            age = float(np.clip(rng.normal(39.5 if gender == 1 else 37.5, 11.5), 16, 78))
        rows.append(
            {
                "tripduration": seconds,
                "_start": begin,
                "start station id": int(start),
                "end station id": int(end),
                "bikeid": int(rng.integers(14529, 33700)),
                "usertype": "Customer" if customer else "Subscriber",
                "birth year": 2017 - round(age) if known else None,
                "gender": gender,
            }
        )
    for i in rng.choice(n, 5, replace=False):
        rows[int(i)]["tripduration"] = int(rng.uniform(90_000, 2_600_000))
    for i, year in zip(rng.choice(n, 6, replace=False), (1885, 1888, 1899, 1900, 1900, 1901), strict=True):
        rows[int(i)] |= {"birth year": year, "usertype": "Subscriber", "gender": int(_one(rng, [1, 2]))}
    for i in rng.choice(n, 11, replace=False):
        rows[int(i)] |= {"usertype": None, "birth year": None, "gender": 0}
    frame = pd.DataFrame(rows).sort_values("_start", kind="stable").reset_index(drop=True)
    stop = frame["_start"] + pd.to_timedelta(frame["tripduration"], unit="s")
    out = pd.DataFrame(
        {
            "tripduration": frame["tripduration"],
            "starttime": frame["_start"].dt.strftime("%Y-%m-%d %H:%M:%S"),
            "stoptime": stop.dt.strftime("%Y-%m-%d %H:%M:%S"),
        }
    )
    for side in ("start", "end"):
        station = frame[f"{side} station id"].astype(str).map(by_id)
        out[f"{side} station id"] = frame[f"{side} station id"]
        out[f"{side} station name"] = station.map(lambda s: s[1])
        out[f"{side} station latitude"] = station.map(lambda s: float(s[2]))
        out[f"{side} station longitude"] = station.map(lambda s: float(s[3]))
    out["bikeid"] = frame["bikeid"]
    out["usertype"] = frame["usertype"]
    out["birth year"] = pd.array(frame["birth year"], dtype="Int64")
    out["gender"] = frame["gender"]
    return out


def _cb_minutes(seconds: bool, cap: float) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        kept = d[d["tripduration"] <= cap]
        users = _text(kept["usertype"])
        unit = 1 if seconds else 60
        return [float(kept.loc[users == u, "tripduration"].mean() / unit) for u in ("Customer", "Subscriber")]

    return means


def _cb_ages(plausible: bool, genders: tuple[int, ...] | None) -> Callable[[pd.DataFrame], Any]:
    def ages(d: pd.DataFrame) -> Any:
        born = d["birth year"]
        kept = d[born.notna() & ((born >= 1920) | (not plausible))]
        age = 2017 - kept["birth year"]
        if genders is None:
            return float(age.mean())
        return [float(age[kept["gender"] == g].mean()) for g in genders]

    return ages


_CB_ID = ("starttime", "bikeid")
_CB_STARTS = ("start station id", "start station name")
_CITIBIKE_QS = [
    Q(
        "what share of trips are by subscribers?",
        either(
            _share(lambda d: float((_text(d["usertype"]) == "Subscriber").mean())),
            _share(lambda d: float((d["usertype"].dropna() == "Subscriber").mean())),
        ),
        (*_CB_ID, "usertype"),
    ),
    Q(
        "avg trip duration in minutes for subscribers vs customers",
        either(
            _about(_cb_minutes(False, np.inf)), _about(_cb_minutes(True, np.inf)), _about(_cb_minutes(False, 86_400))
        ),
        (*_CB_ID, "usertype", "tripduration", "stoptime"),
    ),
    Q(
        "which station do the most trips start from?",
        _lead(_named(lambda d: str(_ranked(_text(d["start station name"]).value_counts()).index[0]))),
        (*_CB_ID, *_CB_STARTS),
    ),
    Q(
        "trips per month - which month was the busiest?",
        _lead(
            _month(lambda d: pd.to_datetime(d["starttime"]).dt.to_period("M").value_counts().idxmax().to_timestamp())
        ),
        (*_CB_ID, "stoptime"),
    ),
    Q(
        "how old are the riders on average",
        either(_about(_cb_ages(False, None)), _about(_cb_ages(True, None))),
        (*_CB_ID, "birth year"),
    ),
    Q(
        "and by gender?",
        either(_about(_cb_ages(False, (1, 2))), _about(_cb_ages(True, (1, 2)))),
        (*_CB_ID, "birth year", "gender"),
    ),
]


# --- 4. IBM HR attrition (Kaggle "IBM HR Analytics Employee Attrition", WA_Fn-UseC_-HR-Employee-Attrition.csv) ----

# department: job roles with their headcount and job levels as "level:weight"
_HR_ROLES: dict[str, dict[str, tuple[int, str]]] = {
    "Research & Development": {
        "Research Scientist": (292, "1:60;2:38;3:2"),
        "Laboratory Technician": (259, "1:70;2:28;3:2"),
        "Manufacturing Director": (145, "2:55;3:40;4:5"),
        "Healthcare Representative": (131, "2:55;3:38;4:7"),
        "Research Director": (80, "3:20;4:45;5:35"),
        "Manager": (54, "3:10;4:45;5:45"),
    },
    "Sales": {
        "Sales Executive": (326, "2:65;3:33;4:2"),
        "Sales Representative": (83, "1:90;2:10"),
        "Manager": (37, "3:10;4:45;5:45"),
    },
    "Human Resources": {"Human Resources": (52, "1:60;2:33;3:7"), "Manager": (11, "3:10;4:45;5:45")},
}
# job level: mean and spread of MonthlyIncome
_HR_PAY = {1: (2800, 750), 2: (5500, 1200), 3: (9900, 1900), 4: (15500, 1700), 5: (19200, 500)}
_HR_FIELDS = {
    "Research & Development": "Life Sciences:44;Medical:35;Technical Degree:10;Other:6;Marketing:0;Human Resources:0",
    "Sales": "Life Sciences:34;Medical:25;Marketing:35;Technical Degree:4;Other:2",
    "Human Resources": "Human Resources:43;Life Sciences:25;Medical:20;Technical Degree:6;Other:6",
}
_HR_COLUMNS = _split(
    "Age;Attrition;BusinessTravel;DailyRate;Department;DistanceFromHome;Education;EducationField;EmployeeCount;"
    "EmployeeNumber;EnvironmentSatisfaction;Gender;HourlyRate;JobInvolvement;JobLevel;JobRole;JobSatisfaction;"
    "MaritalStatus;MonthlyIncome;MonthlyRate;NumCompaniesWorked;Over18;OverTime;PercentSalaryHike;PerformanceRating;"
    "RelationshipSatisfaction;StandardHours;StockOptionLevel;TotalWorkingYears;TrainingTimesLastYear;WorkLifeBalance;"
    "YearsAtCompany;YearsInCurrentRole;YearsSinceLastPromotion;YearsWithCurrManager"
)


def _hr_person(rng: np.random.Generator, department: str, role: str) -> dict[str, Any]:
    level = int(_draw(rng, _HR_ROLES[department][role][1]))
    age = int(np.clip(round(28.5 + 3.4 * level + rng.normal(0, 8)), 18, 60))
    total = int(
        np.clip(round((age - 20) * rng.uniform(0.45, 1.0) + 1.5 * (level - 1) + rng.normal(0, 1.5)), 0, age - 18)
    )
    companies = (
        int(_one(rng, list(range(10)), [197, 521, 146, 159, 139, 63, 70, 74, 49, 52]))
        if total > 1
        else int(rng.integers(0, 2))
    )
    at_company = total if companies <= 1 else round(total * float(rng.uniform(0.1, 0.8)))
    mean, spread = _HR_PAY[level]
    income = int(np.clip(rng.normal(mean + 60 * (total - 10), spread), 1009, 19999))
    hike = int(np.clip(11 + rng.exponential(3.5), 11, 25))
    marital = str(_one(rng, ["Married", "Single", "Divorced"], [46, 32 + 10 * (age < 30), 22]))
    return {
        "Age": age,
        "BusinessTravel": str(_one(rng, ["Travel_Rarely", "Travel_Frequently", "Non-Travel"], [1043, 277, 150])),
        "DailyRate": int(rng.integers(102, 1500)),
        "Department": department,
        "DistanceFromHome": int(np.clip(round(rng.lognormal(np.log(7), 0.8)), 1, 29)),
        "Education": int(_one(rng, [1, 2, 3, 4, 5], [170, 282, 572, 398, 48])),
        "EducationField": _draw(rng, _HR_FIELDS[department]),
        "EmployeeCount": 1,
        "EnvironmentSatisfaction": int(_one(rng, [1, 2, 3, 4], [284, 287, 453, 446])),
        "Gender": "Male" if rng.random() < 0.6 else "Female",
        "HourlyRate": int(rng.integers(30, 101)),
        "JobInvolvement": int(_one(rng, [1, 2, 3, 4], [83, 375, 868, 144])),
        "JobLevel": level,
        "JobRole": role,
        "JobSatisfaction": int(_one(rng, [1, 2, 3, 4], [289, 280, 442, 459])),
        "MaritalStatus": marital,
        "MonthlyIncome": income,
        "MonthlyRate": int(rng.integers(2094, 27000)),
        "NumCompaniesWorked": companies,
        "Over18": "Y",
        "OverTime": "Yes" if rng.random() < 0.283 else "No",
        "PercentSalaryHike": hike,
        "PerformanceRating": 4 if hike >= 20 else 3,
        "RelationshipSatisfaction": int(_one(rng, [1, 2, 3, 4], [276, 303, 459, 432])),
        "StandardHours": 80,
        "StockOptionLevel": 0 if marital == "Single" else int(_one(rng, [0, 1, 2, 3], [25, 55, 13, 7])),
        "TotalWorkingYears": total,
        "TrainingTimesLastYear": int(_one(rng, list(range(7)), [54, 71, 547, 491, 123, 119, 65])),
        "WorkLifeBalance": int(_one(rng, [1, 2, 3, 4], [80, 344, 893, 153])),
        "YearsAtCompany": at_company,
        "YearsInCurrentRole": round(at_company * float(rng.uniform(0.2, 0.9))),
        "YearsSinceLastPromotion": round(at_company * float(rng.beta(0.8, 2.2))),
        "YearsWithCurrManager": round(at_company * float(rng.uniform(0.15, 0.85))),
    }


def _hr_leaving(p: dict[str, Any]) -> float:
    """How likely an employee is to leave, relative to the others."""
    logit = 1.5 * (p["OverTime"] == "Yes") + 0.9 * (p["JobLevel"] == 1) + 0.8 * (p["Age"] < 25)
    logit += 0.8 * (p["MaritalStatus"] == "Single") + 0.5 * (p["JobSatisfaction"] == 1)
    logit += 0.5 * (p["EnvironmentSatisfaction"] == 1) + 0.7 * (p["BusinessTravel"] == "Travel_Frequently")
    logit += 0.9 * (p["JobRole"] == "Sales Representative") + 0.4 * (p["DistanceFromHome"] > 15)
    logit += 0.6 * (p["YearsAtCompany"] <= 1) + 0.3 * (p["StockOptionLevel"] == 0) + 0.3 * (p["Department"] == "Sales")
    return float(np.exp(logit))


def _hr_attrition_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5404)
    jobs = [(dep, role) for dep, roles in _HR_ROLES.items() for role, (k, _l) in roles.items() for _ in range(k)]
    people = [_hr_person(rng, dep, role) for dep, role in (jobs[int(i)] for i in rng.permutation(len(jobs)))]
    weights = np.array([_hr_leaving(p) for p in people])
    left = set(int(i) for i in rng.choice(len(people), 237, replace=False, p=weights / weights.sum()))
    numbers = np.cumsum(rng.choice([1, 1, 1, 2], len(people)))
    for i, p in enumerate(people):
        p["Attrition"] = "Yes" if i in left else "No"
        p["EmployeeNumber"] = int(numbers[i])
    return pd.DataFrame(people)[_HR_COLUMNS]


def _hr_left(d: pd.DataFrame) -> pd.Series:
    return _text(d["Attrition"]) == "Yes"


def _hr_role_rates(d: pd.DataFrame) -> pd.Series:
    return _hr_left(d).groupby(_text(d["JobRole"])).mean()


_HR_DEPARTMENTS = tuple(_HR_ROLES)
_HR_ID = ("EmployeeNumber", "Attrition")
_HR_ATTRITION_QS = [
    Q(
        "whats the overall attrition rate",
        _share(lambda d: float(_hr_left(d).mean())),
        _HR_ID,
    ),
    Q(
        "break that down by department",
        _shares(_rates(_hr_left, "Department", _HR_DEPARTMENTS)),
        (*_HR_ID, "Department"),
    ),
    Q(
        "which job role has the highest attrition?",
        _lead(_named(_top_of(_hr_role_rates), _plurals(["Sales Representative"]))),
        (*_HR_ID, "JobRole"),
    ),
    Q(
        "how many employees work overtime, and what % of them left?",
        both(
            _count(lambda d: float((_text(d["OverTime"]) == "Yes").sum())),
            _share(lambda d: float(_hr_left(d)[_text(d["OverTime"]) == "Yes"].mean())),
        ),
        (*_HR_ID, "OverTime"),
    ),
    Q(
        "compare the median monthly income of people who left vs stayed",
        _about(lambda d: [float(d.loc[_hr_left(d) == k, "MonthlyIncome"].median()) for k in (True, False)], rel=0.002),
        (*_HR_ID, "MonthlyIncome"),
    ),
    Q(
        "is total working years correlated with monthly income?",
        _corr(lambda d: d["TotalWorkingYears"], lambda d: d["MonthlyIncome"]),
        (*_HR_ID, "TotalWorkingYears", "MonthlyIncome"),
    ),
]


# --- 5. Online retail (UCI "Online Retail II", the Year 2009-2010 sheet saved as CSV) -------------------------------

# StockCode|Description|Price|weight|quantities as a shop orders them ("," between)
_OR_PRODUCTS = _fields(
    "85123A|WHITE HANGING HEART T-LIGHT HOLDER|2.55|12|6,12,32,64;22423|REGENCY CAKESTAND 3 TIER|12.75|7|1,2,4,16;"
    "85099B|JUMBO BAG RED RETROSPOT|1.95|8|10,10,20,100;84077|WORLD WAR 2 GLIDERS ASSTD DESIGNS|0.29|4|48,48,96,480;"
    "84879|ASSORTED COLOUR BIRD ORNAMENT|1.69|7|8,8,16,32,160;47566|PARTY BUNTING|4.95|6|4,4,8,10;"
    "21232|STRAWBERRY CERAMIC TRINKET BOX|1.25|5|12,12,24,48;22086|PAPER CHAIN KIT 50'S CHRISTMAS |2.95|5|6,12,12,40;"
    "21212|PACK OF 72 RETRO SPOT CAKE CASES|0.55|5|24,24,120;20725|LUNCH BAG RED RETROSPOT|1.65|5|10,10,20;"
    "20727|LUNCH BAG  BLACK SKULL.|1.65|4|10,10,20;22197|POPCORN HOLDER|0.85|3|12,24,100;"
    "85048|15CM CHRISTMAS GLASS BALL 20 LIGHTS|6.95|3|12,24;79323P|PINK CHERRY LIGHTS|6.75|2|12;"
    "79323W|WHITE CHERRY LIGHTS|6.75|2|12,24;22138|BAKING SET 9 PIECE RETROSPOT |4.95|4|3,3,6;"
    "21034|REX CASH+CARRY JUMBO SHOPPER|0.95|3|20,40;22492|MINI PAINT SET VINTAGE |0.65|2|36,36,72;"
    "22111|SCOTTIE DOG HOT WATER BOTTLE|4.95|3|3,4,6;84991|60 TEATIME FAIRY CAKE CASES|0.55|4|24,24,120;"
    "22178|VICTORIAN GLASS HANGING T-LIGHT|1.25|3|12,12,24;21754|HOME BUILDING BLOCK WORD|5.95|3|3,3,6;"
    "21523|DOORMAT FANCY FONT HOME SWEET HOME|7.95|2|2,2,10;48138|DOORMAT UNION FLAG|7.95|2|2,10;"
    "22960|JAM MAKING SET WITH JARS|4.25|3|3,6,12;22720|SET OF 3 CAKE TINS PANTRY DESIGN |4.95|3|3,4,8;"
    "22457|NATURAL SLATE HEART CHALKBOARD |2.95|3|6,6,12,24;21733|RED HANGING HEART T-LIGHT HOLDER|2.95|3|6,6,12;"
    "82482|WOODEN PICTURE FRAME WHITE FINISH|2.55|3|6,6,12;82494L|WOODEN FRAME ANTIQUE WHITE |2.95|3|6,6,12;"
    "21080|SET/20 RED RETROSPOT PAPER NAPKINS |0.85|3|12,12,96;22355|CHARLOTTE BAG SUKI DESIGN|0.85|3|10,10,50;"
    "21181|PLEASE ONE PERSON METAL SIGN|2.1|3|12,12,48;22469|HEART OF WICKER SMALL|1.65|4|12,12,40;"
    "22470|HEART OF WICKER LARGE|2.95|3|6,6,24;21977|PACK OF 60 PINK PAISLEY CAKE CASES|0.55|3|24,24,120;"
    "85066|CREAM SWEETHEART MINI CHEST|12.75|1|2,4;22659|LUNCH BOX I LOVE LONDON|1.95|2|12,12,24;"
    "84970S|HANGING HEART ZINC T-LIGHT HOLDER|0.85|2|12,12,24;22632|HAND WARMER RED RETROSPOT|2.1|2|12,12,24;"
    "22835|HOT WATER BOTTLE I AM SO POORLY|4.65|2|4,8;21166|COOK WITH WINE METAL SIGN |2.08|2|12,12,48;"
    "84946|ANTIQUE SILVER T-LIGHT GLASS|1.25|2|12,12,36;22367|CHILDRENS APRON SPACEBOY DESIGN|1.95|1|8;"
    "21731|RED TOADSTOOL LED NIGHT LIGHT|1.65|2|12,24;22112|CHOCOLATE HOT WATER BOTTLE|4.95|2|3,6,12"
)
# country: customers, their mean order size (times the shop quantities), share of orders with postage
_OR_COUNTRIES = _fields(
    "United Kingdom|160|1.0|0.02;EIRE|3|3.2|0.0;Germany|9|1.4|0.65;France|8|1.3|0.7;Netherlands|2|1.6|0.5;"
    "Spain|3|1.2|0.6;Belgium|3|1.1|0.6;Switzerland|2|1.2|0.7;Portugal|2|1.1|0.5;Sweden|1|1.5|0.6;Australia|1|2.0|0.4;"
    "Channel Islands|1|1.0|0.0;Denmark|1|1.2|0.5;Italy|1|1.0|0.6;Norway|1|1.3|0.6"
)
# month: customer invoices in the sample (the sheet runs from 1 December 2009 to 9 December 2010)
_OR_MONTHS = (
    "2009-12:24;2010-01:18;2010-02:19;2010-03:25;2010-04:21;2010-05:22;2010-06:23;2010-07:21;2010-08:21;"
    "2010-09:28;2010-10:34;2010-11:44;2010-12:11"
)


def _or_stamp(rng: np.random.Generator, month: str) -> pd.Timestamp:
    first = pd.Timestamp(f"{month}-01")
    last = 9 if month == "2010-12" else first.days_in_month
    while True:
        day = first + pd.Timedelta(days=int(rng.integers(0, last)))
        if day.dayofweek != 5 and not (day.month == 12 and day.day > 22):
            break
    hours = (10, 16) if day.dayofweek == 6 else (7, 20)
    return day + pd.Timedelta(minutes=int(rng.integers(hours[0] * 60, hours[1] * 60)))


def _or_lines(rng: np.random.Generator, size: float, walk_in: bool) -> list[dict[str, Any]]:
    weights = [float(p[3]) for p in _OR_PRODUCTS]
    k = int(np.clip(round(rng.lognormal(np.log(12 if walk_in else 9), 0.8)), 1, len(_OR_PRODUCTS)))
    picks = rng.choice(len(_OR_PRODUCTS), k, replace=False, p=np.array(weights) / sum(weights))
    lines = []
    for i in picks:
        code, text, price, _w, options = _OR_PRODUCTS[int(i)]
        quantity = int(_one(rng, [int(x) for x in options.split(",")]))
        quantity = quantity * max(1, round(size)) if not walk_in else int(rng.integers(1, 4))
        unit = float(price) * (1.65 if walk_in else 0.85 if quantity >= 100 else 1.0)
        lines.append({"StockCode": code, "Description": text, "Quantity": quantity, "Price": round(unit, 2)})
    return lines


def _online_retail_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5405)
    ids = rng.choice(np.arange(12346, 18288), sum(int(c[1]) for c in _OR_COUNTRIES), replace=False)
    customers: list[tuple[float, str, float, float, float]] = []
    for place, k, scale, postage in _OR_COUNTRIES:
        for _ in range(int(k)):
            busy = float(rng.lognormal(0, 0.8)) * (6.0 if place == "EIRE" else 1.0)
            customers.append((float(ids[len(customers)]), place, float(scale), float(postage), busy))
    activity = np.array([c[4] for c in customers])
    events: list[tuple[pd.Timestamp, bool, list[dict[str, Any]]]] = []
    for month in _deal(rng, _OR_MONTHS, sum(int(x.split(":")[1]) for x in _split(_OR_MONTHS))):
        when = _or_stamp(rng, month)
        if rng.random() < 0.14:
            lines = _or_lines(rng, 1.0, True)
            if rng.random() < 0.3:
                lines.append({"StockCode": "DOT", "Description": "DOTCOM POSTAGE", "Quantity": 1})
                lines[-1]["Price"] = round(float(rng.uniform(60, 700)), 2)
            events.append((when, False, [r | {"Customer ID": None, "Country": "United Kingdom"} for r in lines]))
            continue
        who, country, size, post, _a = customers[int(rng.choice(len(customers), p=activity / activity.sum()))]
        lines = _or_lines(rng, size * float(rng.lognormal(0, 0.3)), False)
        if rng.random() < post:
            lines.append(
                {"StockCode": "POST", "Description": "POSTAGE", "Quantity": int(rng.integers(1, 4)), "Price": 18.0}
            )
        if rng.random() < 0.02:
            lines.append(
                {
                    "StockCode": "M",
                    "Description": "Manual",
                    "Quantity": 1,
                    "Price": round(float(rng.uniform(0.5, 40)), 2),
                }
            )
        rows = [r | {"Customer ID": who, "Country": country} for r in lines]
        events.append((when, False, rows))
        if rng.random() < 0.13:
            later = min(when + pd.Timedelta(minutes=int(rng.integers(5, 30 * 1440))), pd.Timestamp("2010-12-09 20:00"))
            back = [rows[int(i)] for i in rng.choice(len(rows), min(len(rows), int(rng.integers(1, 4))), replace=False)]
            back = [r | {"Quantity": -max(1, int(r["Quantity"] * float(_one(rng, [1.0, 1.0, 0.5]))))} for r in back]
            events.append((later, True, back))
    for _ in range(4):
        who, country, *_other = customers[int(rng.integers(len(customers)))]
        row = {
            "StockCode": "D",
            "Description": "Discount",
            "Quantity": -1,
            "Price": round(float(rng.uniform(5, 60)), 2),
        }
        events.append(
            (
                _or_stamp(rng, str(_one(rng, ["2010-03", "2010-06", "2010-09", "2010-11"]))),
                True,
                [row | {"Customer ID": who, "Country": country}],
            )
        )
    for _ in range(12):
        code, *_rest = _OR_PRODUCTS[int(rng.integers(len(_OR_PRODUCTS)))]
        note = str(_one(rng, ["", "", "", "?", "damaged", "check", "missing"]))
        row = {"StockCode": code, "Description": note or None, "Quantity": -int(_one(rng, [2, 6, 12, 24, 48, 96]))}
        events.append(
            (
                _or_stamp(rng, str(_one(rng, _split("2010-01;2010-04;2010-07;2010-10")))),
                False,
                [row | {"Price": 0.0, "Customer ID": None, "Country": "United Kingdom"}],
            )
        )
    events.sort(key=lambda e: e[0])
    number = 489433
    out: list[dict[str, Any]] = []
    for when, cancelled, rows in events:
        number += int(rng.integers(60, 200))
        stamp = f"{when.month}/{when.day}/{when.year} {when.hour}:{when.minute:02d}"
        out += [r | {"Invoice": f"C{number}" if cancelled else str(number), "InvoiceDate": stamp} for r in rows]
    return pd.DataFrame(out)[_split("Invoice;StockCode;Description;Quantity;InvoiceDate;Price;Customer ID;Country")]


def _or_sales(d: pd.DataFrame, net: bool) -> pd.Series:
    """Each line's value (quantity times price), cancellations and returns only counted when `net`."""
    value = d["Quantity"] * d["Price"]
    return value if net else value.where(d["Quantity"] > 0, 0.0)


def _or_total(net: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_or_sales(d, net).sum())


def _or_countries(net: bool) -> Callable[[pd.DataFrame], str]:
    def second(d: pd.DataFrame) -> str:
        return str(_ranked(_or_sales(d, net).groupby(_text(d["Country"])).sum()).index[1])

    return second


def _or_best_month(net: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        months = pd.to_datetime(d["InvoiceDate"], format="%m/%d/%Y %H:%M").dt.to_period("M")
        return pd.Timestamp(_or_sales(d, net).groupby(months).sum().idxmax().to_timestamp())

    return best


def _or_products(net: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        kept = d if net else d[d["Quantity"] > 0]
        names = _text(kept["Description"])
        return _ranked(kept["Quantity"].groupby(names).sum().drop("", errors="ignore"))

    return ranking


def _or_cancelled(lines: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        invoices = _text(d["Invoice"])
        hit = invoices[invoices.str.startswith("C")]
        return float(len(hit) if lines else hit.nunique())

    return count


_OR_ID = ("Invoice", "StockCode", "Description")
_OR_MONEY = (1e3, 1e6)
_ONLINE_RETAIL_QS = [
    Q(
        "what's the total revenue?",
        either(_scaled(_or_total(True), _OR_MONEY), _scaled(_or_total(False), _OR_MONEY)),
        (*_OR_ID, "Quantity", "Price", "InvoiceDate"),
    ),
    Q(
        "which country spends the most after the UK?",
        _lead(either(_named(_or_countries(True)), _named(_or_countries(False)))),
        (*_OR_ID, "Quantity", "Price", "Country", "Customer ID"),
    ),
    Q(
        "plot revenue by month, which month was the best",
        _lead(either(_month(_or_best_month(True)), _month(_or_best_month(False)))),
        (*_OR_ID, "Quantity", "Price", "InvoiceDate"),
    ),
    Q(
        "how many orders were cancelled?",
        either(_count(_or_cancelled(False)), _count(_or_cancelled(True))),
        (*_OR_ID, "Quantity", "InvoiceDate", "Customer ID"),
    ),
    Q(
        "top 5 products by quantity sold",
        either(_top_named(_or_products(False), 5), _top_named(_or_products(True), 5)),
        (*_OR_ID, "Quantity"),
    ),
    Q(
        "how many unique customers are there? and what % of rows have no customer id",
        both(
            _count(lambda d: float(d["Customer ID"].nunique())),
            _share(lambda d: float(d["Customer ID"].isna().mean())),
        ),
        (*_OR_ID, "Customer ID"),
    ),
]


# --- 6. Suicide rates 1985-2016 (Kaggle "Suicide Rates Overview 1985 to 2016", master.csv) -------------------------

# country|first year|last year|years missing ("," between)|population (millions) as "year:value"|GDP per capita ($)
# as "year:value"|suicides per 100k as "year:value"|HDI as "year:value"
_SR_COUNTRIES = _fields(
    "Albania|1987|2010|1996,1997|1987:3.05,2010:2.9|1987:700,1992:210,2000:1200,2010:4100|1987:2.6,2010:5.2|"
    "1990:0.62,2010:0.74;"
    "Argentina|1985|2015||1985:30.7,2015:43.4|1985:3000,1998:8300,2002:2700,2011:14000,2015:14600|"
    "1985:7.5,1995:7.0,2003:9.6,2015:9.8|1985:0.69,2014:0.83;"
    "Australia|1985|2015||1985:15.8,2015:23.8|1985:11500,2001:19500,2013:68000,2015:56000|"
    "1985:11.5,1997:14.5,2004:10.8,2015:12.6|1985:0.84,2014:0.93;"
    "Austria|1985|2016||1985:7.56,2016:8.75|1985:9100,1995:30900,2002:27000,2008:52000,2016:45000|"
    "1985:28.5,1995:24.0,2016:14.2|1985:0.77,2014:0.88;"
    "Brazil|1985|2015||1985:135.3,2015:205.9|1985:1750,1997:5200,2003:3100,2011:13100,2015:8800|"
    "1985:3.7,2000:4.4,2015:5.6|1985:0.55,2014:0.75;"
    "Hungary|1985|2016||1985:10.6,2016:9.8|1985:2100,1995:4400,2008:15800,2016:12800|"
    "1985:44.5,1992:38.5,2004:27.0,2016:18.5|1985:0.70,2014:0.83;"
    "Japan|1985|2015||1985:121.0,2010:128.0,2015:127.0|1985:11500,1995:44200,2000:38500,2007:35300,2012:48600,"
    "2015:34600|1985:19.4,1990:16.4,1997:18.6,1998:25.4,2003:25.5,2010:23.4,2015:18.5|1985:0.81,2014:0.90;"
    "Lithuania|1995|2016||1995:3.63,2016:2.87|1995:2100,2008:14900,2016:15000|"
    "1995:45.6,2000:44.1,2008:34.1,2016:28.3|1995:0.70,2014:0.84;"
    "Mexico|1985|2015||1985:75.5,2015:121.0|1985:2600,1993:5700,1995:3900,2008:10000,2015:9600|"
    "1985:1.9,2000:3.5,2015:5.2|1985:0.62,2014:0.76;"
    "Republic of Korea|1985|2016||1985:40.8,2016:51.2|1985:2500,1996:13300,1998:8300,2016:29300|"
    "1985:8.5,1997:13.1,1998:18.8,2003:24.0,2009:31.0,2016:25.6|1985:0.68,2014:0.90;"
    "Russian Federation|1989|2015|1999|1989:147.4,2015:144.1|1989:3400,1992:3100,1999:1400,2008:12500,2013:15900,"
    "2015:9300|1989:21.8,1994:42.0,1996:38.0,2000:38.4,2001:42.5,2002:38.2,2006:30.1,2015:17.1|1990:0.73,2014:0.80;"
    "United Kingdom|1985|2015||1985:56.5,2015:65.1|1985:8700,1995:24000,2007:50400,2009:38300,2015:46000|"
    "1985:8.5,2007:6.3,2015:7.6|1985:0.76,2014:0.91;"
    "United States|1985|2015||1985:238.0,2015:321.0|1985:18200,2000:36400,2015:56100|"
    "1985:12.4,1990:12.4,2000:10.4,2015:13.3|1985:0.83,2014:0.91"
)
# age: share of the population, suicide rate relative to the country's, share of it that is female
_SR_AGES = {
    "5-14 years": (0.145, 0.055, 0.49),
    "15-24 years": (0.155, 0.8, 0.49),
    "25-34 years": (0.155, 1.05, 0.5),
    "35-54 years": (0.27, 1.25, 0.51),
    "55-74 years": (0.2, 1.3, 0.54),
    "75+ years": (0.075, 1.9, 0.64),
}
_SR_HDI_YEARS = (1985, 1990, 1995, 2000, 2005, 2010, 2011, 2012, 2013, 2014)
_SR_GENERATIONS: tuple[tuple[int, str], ...] = ((1928, "G.I. Generation"), (1946, "Silent"), (1965, "Boomers"))
_SR_GENERATIONS += ((1981, "Generation X"), (1997, "Millenials"), (9999, "Generation Z"))
_SR_GDP = " gdp_for_year ($) "
_SR_RATE = "suicides/100k pop"


def _sr_curve(text: str, years: list[int]) -> np.ndarray:
    points = [x.split(":") for x in _split(text, ",")]
    return np.interp(years, [int(p[0]) for p in points], [float(p[1]) for p in points])


def _sr_generation(year: int, age: str) -> str:
    middle = {"5-14 years": 10, "15-24 years": 20, "25-34 years": 30, "35-54 years": 45, "55-74 years": 65}
    born = year - middle.get(age, 80)
    return next(name for last, name in _SR_GENERATIONS if born < last)


def _suicide_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5406)
    rows: list[dict[str, Any]] = []
    for country, first, last, missing, people, wealth, rate, hdi in _SR_COUNTRIES:
        skip = [int(y) for y in missing.split(",") if y]
        years = [y for y in range(int(first), int(last) + 1) if y not in skip]
        population = _sr_curve(people, years) * 1e6
        gdp = _sr_curve(wealth, years) * rng.lognormal(0, 0.03, len(years))
        rates = _sr_curve(rate, years) * rng.lognormal(0, 0.035, len(years))
        index = _sr_curve(hdi, years)
        for k, year in enumerate(years):
            block: list[dict[str, Any]] = []
            male = 3.6 if country != "Republic of Korea" else 2.4
            scale = sum(a[0] * a[1] * ((1 - a[2]) * male + a[2]) for a in _SR_AGES.values())
            for age, (share, relative, female) in _SR_AGES.items():
                if year == 2016 and age == "5-14 years":
                    continue
                for sex, part, mult in (("male", 1 - female, male), ("female", female, 1.0)):
                    pop = int(population[k] * 0.935 * share * part * rng.lognormal(0, 0.01))
                    expected = rates[k] * relative * mult / scale * pop / 1e5
                    dead = int(rng.poisson(expected * rng.lognormal(0, 0.06)))
                    block.append(
                        {
                            "country": country,
                            "year": year,
                            "sex": sex,
                            "age": age,
                            "suicides_no": dead,
                            "population": pop,
                            _SR_RATE: round(dead / pop * 1e5, 2),
                            "country-year": f"{country}{year}",
                            "HDI for year": round(float(index[k]), 3) if year in _SR_HDI_YEARS else None,
                            _SR_GDP: f"{int(gdp[k] * population[k]):,}",
                            "gdp_per_capita ($)": int(gdp[k]),
                            "generation": _sr_generation(year, age),
                        }
                    )
            rows += sorted(block, key=lambda r: -float(r[_SR_RATE]))
    return pd.DataFrame(rows)


def _sr_rates(by: str, weighted: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def rates(d: pd.DataFrame) -> pd.Series:
        key = _text(d[by]) if by != "year" else d[by]
        if not weighted:
            return d[_SR_RATE].groupby(key).mean()
        return d["suicides_no"].groupby(key).sum() / d["population"].groupby(key).sum() * 1e5

    return rates


def _sr_sexes(weighted: bool) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: [float(_sr_rates("sex", weighted)(d)[s]) for s in ("male", "female")]


def _sr_gdp(country: str, year: int) -> Callable[[pd.DataFrame], float]:
    def gdp(d: pd.DataFrame) -> float:
        row = (_text(d["country"]) == country) & (d["year"] == year)
        return float(_number(d.loc[row, _SR_GDP]).iloc[0])

    return gdp


_SR_AGE_ALIASES = {"75+ years": ("75+", "75 and over", "over 75", "75 plus", "75 and older")}
_SR_ID = ("country-year",)
_SR_COUNTS = ("suicides_no", "population", _SR_RATE)
_SUICIDE_QS = [
    Q(
        "which country has the highest suicide rate?",
        _lead(either(*(_named(_top_of(_sr_rates("country", w))) for w in (True, False)))),
        (*_SR_ID, *_SR_COUNTS, "country"),
    ),
    Q(
        "plot total suicides per year - which year was the worst?",
        _lead(_year(lambda d: float(d.groupby("year")["suicides_no"].sum().idxmax()))),
        (*_SR_ID, "suicides_no", "year"),
    ),
    Q(
        "how do suicide rates compare between men and women",
        either(_about(_sr_sexes(True)), _about(_sr_sexes(False))),
        (*_SR_ID, *_SR_COUNTS, "sex"),
    ),
    Q(
        "which age group has the highest rate?",
        _lead(either(*(_named(_top_of(_sr_rates("age", w)), _SR_AGE_ALIASES) for w in (True, False)))),
        (*_SR_ID, *_SR_COUNTS, "age", "generation"),
    ),
    Q(
        "what was the gdp of the united states in 2015",
        _scaled(_sr_gdp("United States", 2015), (1e6, 1e9, 1e12)),
        (*_SR_ID, "country", "year", _SR_GDP, "gdp_per_capita ($)", "population"),
    ),
    Q(
        "how many rows are missing HDI? what percentage is that",
        both(
            _count(lambda d: float(d["HDI for year"].isna().sum())),
            _share(lambda d: float(d["HDI for year"].isna().mean())),
        ),
        (*_SR_ID, "HDI for year", "year"),
    ),
]


# --- 7. Capital Bikeshare by hour (UCI "Bike Sharing Dataset", hour.csv) -------------------------------------------

_BH_HOLIDAYS = _split(
    "2011-01-17;2011-02-21;2011-04-15;2011-05-30;2011-07-04;2011-09-05;2011-10-10;2011-11-11;2011-11-24;2011-12-26;"
    "2012-01-02;2012-01-16;2012-02-20;2012-04-16;2012-05-28;2012-07-04;2012-09-03;2012-10-08;2012-11-12;2012-11-22;"
    "2012-12-25"
)
# month: mean temperature (°C), mean humidity (%), how much more people ride than the temperature says
_BH_MONTHS = {
    1: (6.0, 58, 0.85),
    2: (8.5, 56, 0.9),
    3: (13.5, 58, 1.0),
    4: (18.0, 60, 1.0),
    5: (23.0, 70, 1.05),
    6: (27.5, 58, 1.05),
    7: (31.0, 60, 0.95),
    8: (29.5, 63, 1.0),
    9: (25.0, 71, 1.2),
    10: (18.5, 69, 1.05),
    11: (13.0, 62, 0.95),
    12: (9.0, 66, 0.85),
}
_BH_WORK = np.array(
    [
        0.12,
        0.05,
        0.03,
        0.02,
        0.03,
        0.12,
        0.52,
        1.45,
        2.45,
        1.2,
        0.6,
        0.68,
        0.85,
        0.83,
        0.75,
        0.82,
        1.3,
        2.75,
        2.55,
        1.75,
        1.25,
        0.93,
        0.7,
        0.4,
    ]
)
_BH_REST = np.array(
    [
        0.55,
        0.42,
        0.32,
        0.15,
        0.06,
        0.06,
        0.12,
        0.3,
        0.65,
        1.05,
        1.45,
        1.7,
        1.95,
        2.0,
        1.98,
        1.95,
        1.9,
        1.8,
        1.55,
        1.2,
        0.95,
        0.78,
        0.65,
        0.48,
    ]
)


def _bh_season(day: pd.Timestamp) -> int:
    mark = day.month * 100 + day.day
    return 1 if mark < 321 or mark >= 1221 else 2 if mark < 621 else 3 if mark < 923 else 4


def _bike_hours_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5407)
    hours = pd.date_range("2011-01-01 00:00", "2012-12-31 23:00", freq="h")
    days = hours.normalize()
    n = len(hours)
    day_index = (days - days[0]).days.to_numpy()
    n_days = int(day_index[-1]) + 1
    drift = np.zeros(n_days)
    for i in range(1, n_days):
        drift[i] = 0.75 * drift[i - 1] + rng.normal(0, 2.4)
    state = np.zeros(n_days, dtype=int)
    for i in range(n_days):
        stay = state[i - 1] if i and rng.random() < 0.55 else int(_one(rng, [1, 2, 3], [66, 26, 8]))
        state[i] = stay
    months = hours.month.to_numpy()
    clock = hours.hour.to_numpy()
    base = np.array([_BH_MONTHS[int(m)][0] for m in months])
    temp = base + drift[day_index] + 4.5 * np.sin(2 * np.pi * (clock - 9) / 24) + rng.normal(0, 0.8, n)
    weather = state[day_index].copy()
    flip = rng.random(n) < 0.18
    weather[flip] = np.clip(weather[flip] + rng.choice([-1, 1], int(flip.sum())), 1, 3)
    weather[rng.choice(np.flatnonzero(weather == 3), 3, replace=False)] = 4
    humid = (
        np.array([_BH_MONTHS[int(m)][1] for m in months])
        + 9 * (weather - 1.4)
        - 6 * np.sin(2 * np.pi * (clock - 9) / 24)
    )
    humid = np.clip(humid + rng.normal(0, 10, n), 0, 100)
    wind = np.where(rng.random(n) < 0.12, 0, np.clip(np.round(rng.gamma(3.2, 4.0, n)), 6, 57))
    feels = temp - 0.12 * wind * (temp < 14) + 0.08 * np.maximum(humid - 50, 0) * (temp > 24)
    holiday = np.isin(days.strftime("%Y-%m-%d"), _BH_HOLIDAYS)
    weekday = (hours.dayofweek.to_numpy() + 1) % 7
    working = (weekday >= 1) & (weekday <= 5) & ~holiday
    growth = np.where(hours.year.to_numpy() == 2012, 1.62, 1.0) * (1 + 0.25 * day_index / n_days)
    mood = np.array([_BH_MONTHS[int(m)][2] for m in months])
    comfort = (
        np.clip(np.exp(-(((temp - 27) / 13) ** 2)), 0.08, 1)
        * mood
        * np.array([1, 1, 0.85, 0.45, 0.2])[weather]
        * (1 - 0.004 * np.maximum(humid - 60, 0))
    )
    shape = np.where(working, _BH_WORK[clock], _BH_REST[clock])
    registered = rng.poisson(
        np.maximum(
            175 * growth * comfort**0.6 * np.where(working, shape, 0.75 * shape) * rng.lognormal(0, 0.18, n), 0.05
        )
    )
    casual = rng.poisson(
        np.maximum(
            34
            * growth
            * comfort**1.6
            * np.where(working, 0.55 * _BH_REST[clock], 3.2 * shape)
            * rng.lognormal(0, 0.3, n),
            0.02,
        )
    )
    frame = pd.DataFrame(
        {
            "dteday": days.strftime("%Y-%m-%d"),
            "season": [_bh_season(d) for d in days],
            "yr": hours.year.to_numpy() - 2011,
            "mnth": months,
            "hr": clock,
            "holiday": holiday.astype(int),
            "weekday": weekday,
            "workingday": working.astype(int),
            "weathersit": weather,
            "temp": np.round((np.clip(temp, -7, 39) + 8) / 47 / 0.02) * 0.02,
            "atemp": np.round(np.round(np.clip(feels + 1, -15, 49) + 16) / 66, 4),
            "hum": np.round(humid / 100, 2),
            "windspeed": np.round(wind / 67, 4),
            "casual": casual,
            "registered": registered,
            "cnt": casual + registered,
        }
    )
    frame["temp"] = frame["temp"].round(2)
    quiet = (frame["cnt"] < 4) & (rng.random(n) < 0.6)
    storm = frame["dteday"].isin(["2011-01-18", "2012-10-29", "2012-10-30"]) & (frame["hr"] < 16)
    frame = frame[~(quiet | storm)].reset_index(drop=True)
    frame.insert(0, "instant", np.arange(1, len(frame) + 1))
    keep = np.sort(rng.choice(len(frame), 5000, replace=False))
    return frame.iloc[keep].reset_index(drop=True)


def _bh_month_2012(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        year = d[d["yr"] == 1]
        return pd.Timestamp(2012, int(year.groupby("mnth")["cnt"].agg(how).idxmax()), 1)

    return best


def _bh_hour(how: str) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(d.groupby("hr")["cnt"].agg(how).idxmax())


_BH_ID = ("instant", "dteday")
_BH_USERS = ("casual", "registered", "cnt")
_BIKE_HOURS_QS = [
    Q(
        "average number of rentals per hour?",
        _about(lambda d: float(d["cnt"].mean())),
        (*_BH_ID, *_BH_USERS),
    ),
    Q(
        "which hour of the day is the busiest on average",
        _lead(either(_clock(_bh_hour("mean")), _clock(_bh_hour("sum")))),
        (*_BH_ID, "hr", "cnt"),
    ),
    Q(
        "compare total rentals in 2011 and 2012",
        _scaled(lambda d: d.groupby("yr")["cnt"].sum().to_numpy(), (1e3, 1e6)),
        (*_BH_ID, "yr", *_BH_USERS),
    ),
    Q(
        "which month in 2012 had the most rentals?",
        _lead(either(_month(_bh_month_2012("sum")), _month(_bh_month_2012("mean")))),
        (*_BH_ID, "yr", "mnth", *_BH_USERS),
    ),
    Q(
        "is temperature correlated with the count?",
        either(_corr(lambda d: d["temp"], lambda d: d["cnt"]), _corr(lambda d: d["atemp"], lambda d: d["cnt"])),
        (*_BH_ID, "temp", "atemp", "cnt"),
    ),
    Q(
        "what % of rentals are from casual users",
        _share(lambda d: float(d["casual"].sum() / d["cnt"].sum())),
        (*_BH_ID, *_BH_USERS),
    ),
]


HELDOUT54: list[Dataset] = [
    Dataset("spotify_tracks_genres", _spotify_frame, _SPOTIFY_QS),
    Dataset("medical_appointment_no_shows", _noshow_frame, _NOSHOW_QS),
    Dataset("citi_bike_trips_2017", _citibike_frame, _CITIBIKE_QS),
    Dataset("ibm_hr_attrition", _hr_attrition_frame, _HR_ATTRITION_QS),
    Dataset("online_retail_ii", _online_retail_frame, _ONLINE_RETAIL_QS),
    Dataset("suicide_rates_1985_2016", _suicide_frame, _SUICIDE_QS),
    Dataset("bike_sharing_hourly", _bike_hours_frame, _BIKE_HOURS_QS),
]
