"""HELDOUT54: DOCSTRING."""

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


def _rates(flag: Callable[[pd.DataFrame], pd.Series], by: str, levels: tuple[Any, ...]) -> Callable[[pd.DataFrame], list[float]]:
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
_ST_KEYS = _split("C Major;C Minor;D Major;D Minor;E-Flat Major;E Minor;F Major;F Minor;G Major;G Minor;A Minor;B-Flat Major")
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
    album = title if rng.random() < 0.35 else str(_one(rng, [f"{_one(rng, _ST_WORD_A)} {_one(rng, _ST_WORD_B)}", "Greatest Hits", f"{lead} (Deluxe)", "Chill Vibes", "Hits 2022"]))
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
            float(rng.uniform(0.5, 0.97)) if rng.random() < instr else 0.0 if rng.random() < 0.5 else 10 ** rng.uniform(-6, -1.5)
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
