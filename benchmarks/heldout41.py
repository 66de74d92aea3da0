"""HELDOUT41: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Most Streamed Spotify Songs 2023 (spotify-2023.csv, 953 tracks) with track_name, "artist(s)_name" joined by ", ",
artist_count, released_year / month / day, playlist and chart counts for Spotify, Apple, Deezer and Shazam (the
Deezer playlists and Shazam charts as text with thousands commas, some Shazam blanks), streams as text with one
corrupt value ("BPM110KeyAModeMajor..."), bpm, a key column with no "C" and many blanks, Major / Minor mode and
"danceability_%"-style audio features, non-ASCII letters broken into "ï¿½ï¿½"; Kaggle's Indian Food 101
(indian_food.csv, 255 dishes) with comma-joined ingredients, vegetarian / non vegetarian diet, prep_time and
cook_time in minutes with -1 for unknown, flavor_profile, course, state and region with "-1" for unknown and one
blank region; the Nobel prize laureates file of 1901-2016 (nobel.csv) with year, category, prize title, quoted
motivation, prize_share such as "1/2", laureate_id, Individual / Organization laureate_type, full_name, ISO birth
and death dates, birth city and country in historical form ("Prussia (Germany)"), sex, organization name, city and
country, one row per affiliation and laureates who won twice; FiveThirtyEight's Marvel wikia characters
(marvel-wikia-data.csv, a sample of 4000) with page_id, name, "\\/Spider-Man_(Peter_Parker)" url slugs, identity,
ALIGN, EYE, HAIR, SEX, GSM and ALIVE written as "Good Characters", "Blue Eyes", "Male Characters", APPEARANCES as
floats with blanks, FIRST APPEARANCE as "Aug-62" and Year, sorted by appearances; Kaggle's Crimes in Boston file
(crime.csv, June 2015 to September 2018, a sample of 5000 rows) with INCIDENT_NUMBER repeated for incidents with
several offenses, offense codes, groups and upper-case descriptions, districts such as "B2" (some blank), blank
reporting areas, SHOOTING as "Y" or blank, OCCURRED_ON_DATE with YEAR, MONTH, DAY_OF_WEEK and HOUR beside it,
UCR_PART, STREET, Lat / Long (blank or -1 when unknown) and a Location pair; FiveThirtyEight's candy power ranking
(candy-data.csv, 85 candies) with 0/1 flags for chocolate, fruity, caramel, peanutyalmondy, nougat,
crispedricewafer, hard, bar and pluribus, sugarpercent and pricepercent percentiles stored as float32 (0.73199999)
and winpercent, names with "Õ" for an apostrophe ("ReeseÕs Peanut Butter cup"); and Kaggle's London weather file
(london_weather.csv, 2010-2020) with date as a yyyymmdd integer, cloud_cover in oktas, sunshine hours,
global_radiation, max / mean / min temperature, precipitation, pressure in pascals and snow_depth in centimetres,
snow depth missing for the last years and a few other gaps. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _said, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _table
from .heldout39 import _clock, _fields
from .heldout40 import _number
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _deal(rng: np.random.Generator, table: str, n: int) -> list[str]:
    """`n` labels in the proportions of "a:3;b:1" (largest remainders, so the counts are fixed), in random order."""
    options, weights = _table(table)
    share = np.asarray(weights) / sum(weights) * n
    counts = np.floor(share).astype(int)
    for i in np.argsort(counts - share, kind="stable")[: n - int(counts.sum())]:
        counts[i] += 1
    labels = [o for o, k in zip(options, counts, strict=True) for _ in range(int(k))]
    return [labels[int(i)] for i in rng.permutation(n)]


def _blank(value: str) -> str | None:
    return value or None


def _any_named(values: Callable[[pd.DataFrame], list[str]], forms: Callable[[str], list[str]]) -> Check:
    """Every name computed from the frame appears, in full or in one of its shorter forms."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for name in values(df):
            if not any(_said(f, answer) for f in [name, *forms(name)] if f.strip()):
                return f"missing name {name!r}"
        return None

    return check


def _gaps(d: pd.DataFrame) -> pd.Series:
    counts = d.isna().sum()
    return counts[counts > 0]


# --- 1. Spotify (Kaggle "Most Streamed Spotify Songs 2023", spotify-2023.csv) --------------------------------------

_SP_COLUMNS = _split(
    "track_name;artist(s)_name;artist_count;released_year;released_month;released_day;in_spotify_playlists;"
    "in_spotify_charts;streams;in_apple_playlists;in_apple_charts;in_deezer_playlists;in_deezer_charts;"
    "in_shazam_charts;bpm;key;mode;danceability_%;valence_%;energy_%;acousticness_%;instrumentalness_%;"
    "liveness_%;speechiness_%"
)
# track|artists|year|month|day|streams
_SP_HITS = _fields(
    "Blinding Lights|The Weeknd|2019|11|29|3703895074;"
    "Shape of You|Ed Sheeran|2017|1|6|3562543890;"
    "Someone You Loved|Lewis Capaldi|2018|11|8|2887241814;"
    "Dance Monkey|Tones and I|2019|5|10|2864791672;"
    "Sunflower - Spider-Man: Into the Spider-Verse|Post Malone, Swae Lee|2018|10|9|2808096550;"
    "One Dance|Drake, WizKid, Kyla|2016|4|4|2713922350;"
    "STAY (with Justin Bieber)|Justin Bieber, The Kid Laroi|2021|7|9|2665343922;"
    "Believer|Imagine Dragons|2017|1|31|2594040133;"
    "Closer|The Chainsmokers, Halsey|2016|5|29|2591224264;"
    "Starboy|The Weeknd, Daft Punk|2016|9|21|2565529693;"
    "Perfect|Ed Sheeran|2017|1|1|2559529074;"
    "Heat Waves|Glass Animals|2020|6|28|2557975762;"
    "As It Was|Harry Styles|2022|3|31|2513188493;"
    "Señorita|Shawn Mendes, Camila Cabello|2019|6|21|2484812918;"
    "Say You Won't Let Go|James Arthur|2016|9|9|2420461338;"
    "Watermelon Sugar|Harry Styles|2019|11|17|2322580122;"
    "Don't Start Now|Dua Lipa|2019|10|31|2303033973;"
    "Lucid Dreams|Juice WRLD|2017|6|15|2288695111;"
    "Sweater Weather|The Neighbourhood|2012|5|14|2282771485;"
    "Photograph|Ed Sheeran|2014|6|20|2236667932;"
    "Bohemian Rhapsody - Remastered 2011|Queen|1975|10|31|2197010679;"
    "goosebumps|Travis Scott|2016|9|16|2159346687;"
    "Riptide|Vance Joy|2013|1|1|2009094673;"
    "Another Love|Tom Odell|2012|10|15|1813673666;"
    "Mr. Brightside|The Killers|2003|9|23|1806617704;"
    "Smells Like Teen Spirit - Remastered 2021|Nirvana|1991|9|10|1690192927;"
    "Every Breath You Take - Remastered 2003|The Police|1983|1|6|1593270737;"
    "Take On Me|a-ha|1984|10|19|1479115056;"
    "All I Want for Christmas Is You|Mariah Carey|1994|10|28|1449779435;"
    "Flowers|Miley Cyrus|2023|1|12|1316855716;"
    "Kill Bill|SZA|2022|12|8|1163093654;"
    "Last Christmas|Wham!|1984|1|1|1159176109;"
    "Rockin' Around The Christmas Tree|Brenda Lee|1958|1|1|769213520;"
    "Jingle Bell Rock|Bobby Helms|1957|1|1|741301563;"
    "It's the Most Wonderful Time of the Year|Andy Williams|1963|10|14|663832097;"
    "Let It Snow! Let It Snow! Let It Snow!|Dean Martin|1959|11|16|446390129;"
    "White Christmas|Bing Crosby, John Scott Trotter & His Orchestra, Ken Darby Singers|1942|1|1|395591396;"
    "Anti-Hero|Taylor Swift|2022|10|21|999748277;"
    "Cruel Summer|Taylor Swift|2019|8|23|800840817;"
    "Seven (feat. Latto) (Explicit Ver.)|Latto, Jung Kook|2023|7|14|141381703;"
    "vampire|Olivia Rodrigo|2023|6|30|140003974;"
    "WHERE SHE GOES|Bad Bunny|2023|5|18|303236322;"
    "Sprinter|Dave, Central Cee|2023|6|1|183706234;"
    "Ella Baila Sola|Eslabon Armado, Peso Pluma|2023|3|16|725980112;"
    "La Bebe - Remix|Peso Pluma, Yng Lvcas|2023|3|17|553634067;"
    "Creepin'|Metro Boomin, The Weeknd, 21 Savage|2022|12|2|843957510;"
    "TQG|Karol G, Shakira|2023|2|24|618990393;"
    "Quevedo: Bzrp Music Sessions, Vol. 52|Bizarrap, Quevedo|2022|7|6|1356565093"
)
_SP_CORRUPT = "BPM110KeyAModeMajorDanceability53Valence75Energy69Acousticness7Instrumentalness0Liveness17Speechiness3"
# artist: songs of their own, songs with others (the hits above included)
_SP_STARS: dict[str, tuple[int, int]] = {
    "Taylor Swift": (34, 4),
    "The Weeknd": (22, 15),
    "Bad Bunny": (19, 21),
    "SZA": (19, 4),
    "Harry Styles": (17, 0),
    "Kendrick Lamar": (12, 11),
    "Ed Sheeran": (9, 4),
    "Morgan Wallen": (8, 0),
    "Feid": (8, 13),
    "BTS": (8, 0),
    "Drake": (7, 12),
    "Olivia Rodrigo": (7, 0),
    "Karol G": (6, 6),
    "Doja Cat": (6, 3),
    "Arctic Monkeys": (6, 0),
    "Imagine Dragons": (6, 0),
    "NewJeans": (6, 0),
    "Billie Eilish": (6, 0),
    "Peso Pluma": (5, 11),
    "Dua Lipa": (5, 3),
    "Rauw Alejandro": (5, 4),
    "Lana Del Rey": (5, 2),
    "Miley Cyrus": (4, 0),
    "Post Malone": (4, 3),
    "Bruno Mars": (4, 1),
    "Eminem": (4, 1),
    "Coldplay": (4, 1),
    "Justin Bieber": (4, 3),
    "Rihanna": (4, 1),
    "Travis Scott": (4, 3),
    "Quevedo": (3, 3),
    "21 Savage": (2, 10),
    "Metro Boomin": (1, 5),
    "Future": (1, 5),
}
_SP_LATIN = ("Bad Bunny", "Feid", "Karol G", "Peso Pluma", "Rauw Alejandro", "Quevedo")
# the songs of two stars by name: title:year
_SP_TITLES = {
    "Taylor Swift": _split(
        "Lavender Haze:2022;Midnight Rain:2022;Karma:2022;Bejeweled:2022;Maroon:2022;You're On Your Own, Kid:2022;"
        "Vigilante Shit:2022;Question...?:2022;Mastermind:2022;Labyrinth:2022;Sweet Nothing:2022;"
        "Would've, Could've, Should've:2022;Bigger Than The Whole Sky:2022;Paris:2022;High Infidelity:2022;"
        "Glitch:2022;Dear Reader:2022;Hits Different:2022;The Great War:2022;cardigan:2020;august:2020;"
        "willow:2020;the 1:2020;champagne problems:2020;Blank Space:2014;Style:2014;Shake It Off:2014;"
        "Don't Blame Me:2017;Delicate:2017;Enchanted (Taylor's Version):2023;Love Story (Taylor's Version):2021;"
        "Lover:2019"
    ),
    "The Weeknd": _split(
        "Die For You:2016;Save Your Tears:2020;The Hills:2015;Call Out My Name:2018;Out of Time:2022;"
        "Is There Someone Else?:2022;Sacrifice:2022;Less Than Zero:2022;After Hours:2020;In Your Eyes:2020;"
        "Can't Feel My Face:2015;Often:2014;Earned It (Fifty Shades Of Grey):2014;Wicked Games:2011;"
        "Take My Breath:2021;Gasoline:2022;Hardest To Love:2020;Heartless:2019;Too Late:2020;Alone Again:2020;"
        "Faith:2020"
    ),
}
_SP_PARTNERS = _split(
    "Lil Baby;Gunna;Lil Durk;Young Thug;Don Toliver;Lil Uzi Vert;Playboi Carti;Kanye West;J. Cole;Baby Keem;"
    "Ariana Grande;Lizzo;Khalid;Halsey;Charlie Puth;Selena Gomez;Calvin Harris;David Guetta;Bebe Rexha;Sam Smith;"
    "Kim Petras;Ellie Goulding;Anne-Marie;Marshmello;Chris Brown;Jack Harlow;Lil Nas X;Offset;Cardi B;Nicki Minaj;"
    "Ice Spice;Central Cee;Dave;Steve Lacy;Phoebe Bridgers;Bon Iver;Swae Lee;Daft Punk;Ty Dolla $ign;Kehlani;"
    "Pharrell Williams;Beyoncé;Jung Kook;Jimin;Suga;RM;Tyler, The Creator;Frank Ocean;Elton John;Sia"
)
_SP_PARTNERS_LATIN = _split(
    "J Balvin;Daddy Yankee;Ozuna;Anuel AA;Myke Towers;Jhayco;Arcangel;De La Ghetto;Sech;Mora;Bizarrap;Shakira;"
    "Grupo Frontera;Junior H;Natanael Cano;Eladio Carrion;Young Miko;Tainy;Ovy On The Drums;Manuel Turizo;Maluma;"
    "Becky G;Ryan Castro;Blessd;Sebastian Yatra;Chencho Corleone;Bomba Estéreo;Fuerza Regida;Gabito Ballesteros;"
    "Rosalía;Yng Lvcas;Duki;Tiago PZK;Nicki Nicole;Emilia"
)
_SP_OTHERS = _split(
    "Lewis Capaldi;Glass Animals;James Arthur;Juice WRLD;The Neighbourhood;Tom Odell;Vance Joy;The Killers;Queen;"
    "Myke Towers;Gunna;Central Cee;Steve Lacy;Tate McRae;Lizzo;Sam Smith;Beyoncé;Ariana Grande;Rema;Lil Nas X;"
    "Jack Harlow;Lady Gaga;Shakira;Manuel Turizo;Daddy Yankee;J Balvin;Maluma;Anitta;Måneskin;Stray Kids;SEVENTEEN;"
    "Jimin;Jung Kook;(G)I-DLE;LE SSERAFIM;IVE;Fifty Fifty;Halsey;Lil Uzi Vert;Chris Brown;Kanye West;Frank Ocean;"
    "Joji;The 1975;Tame Impala;Radiohead;Fleetwood Mac;Elton John;ABBA;Michael Bublé;Frank Sinatra;Nat King Cole;"
    "Paul McCartney;Sabrina Carpenter;Niall Horan;Conan Gray;Gorillaz;Kali Uchis;Beach Weather;Hozier;Mitski;"
    "Cigarettes After Sex;Zach Bryan;Luke Combs;Bailey Zimmerman;Jelly Roll;Oliver Tree;Shawn Mendes;Camila Cabello;"
    "Charlie Puth;Selena Gomez;Calvin Harris;David Guetta;Ellie Goulding;Marshmello;Nicki Minaj;Ice Spice;"
    "Eslabon Armado;Grupo Frontera;Junior H;Fuerza Regida;Natanael Cano;Eladio Carrion;Young Miko;Mora;Ozuna;"
    "Anuel AA;Sebastian Yatra;Rosalía;Bizarrap;Duki;Tiago PZK;Emilia;TINI;Maria Becerra;Danny Ocean;Tainy;"
    "Chencho Corleone;Harry Belafonte;Kate Bush;Pink Floyd;Ozzy Osbourne;Fleet Foxes;"
    "Lorde;Adele;Khalid;Sia;The Chainsmokers;Lil Baby;Lil Durk;Young Thug;Don Toliver;J. Cole;"
    "Baby Keem;Playboi Carti;Offset;Cardi B;Kehlani;Sade;Bruno Major;Dominic Fike;d4vd;Rels B;Yandel;Arcangel;"
    "Jhayco;Sech;Kaliii;Latto;Coi Leray;GloRilla;Doechii;Lainey Wilson;Chris Stapleton;Kenshi Yonezu;YOASOBI;"
    "Stephen Sanchez;Alec Benjamin;Nicky Youre;Rosa Linn;Benson Boone;Lewis OfMan;Lizzy McAlpine;Tiësto;Meduza;"
    "Bebe Rexha;Anne-Marie;Kim Petras;Sam Fender;Florence + The Machine;Vishal-Shekhar;Pritam;Arijit Singh"
)
_SP_EN_A = _split(
    "Midnight;Golden;Electric;Broken;Paper;Neon;Velvet;Silver;Wild;Lonely;Sweet;Cold;Crazy;Perfect;Little;Last;"
    "Dirty;Pretty;Lost;Blue;Dark;Young;Heavy;Slow;Easy;Lucky;Sunday;Summer;Bitter;Honest"
)
_SP_EN_B = _split(
    "Love;Heart;Nights;Dreams;Lights;Eyes;Fire;Rain;Girl;Party;Games;Feelings;Memories;Kiss;Ghost;Money;Sky;Ride;"
    "Heaven;Paradise;Thoughts;Lies;Habits;Tears;Roses;Stars;Waves;Drama;Talk;Energy"
)
_SP_EN_VERB = _split("Call;Hold;Save;Tell;Take;Leave;Miss;Need;Want;Chase;Fix;Love;Find;Keep;Let")
_SP_EN_OBJ = _split("Me;You;Us;It;Me Back;Me Now;My Name;Your Heart;The Night;Me Home;Me Closer;It Slow")
_SP_ES_A = _split("Mi;Tu;La;El;Otra;Una;Ojitos;Bebé;Amor;Noche;Dime;Quiero;Baila;Perreo;Todo;Sin")
_SP_ES_B = _split(
    "Noche;Vida;Bebé;Corazón;Playa;Luna;Fiesta;Canción;Calle;Novia;Mañana;Lento;Bonito;Prohibido;Caliente;"
    "Contigo;Sola;Así;Ti;Mía;Despacio;Verano"
)
# year of an ordinary track ("old" any year from 1950 to 2009)
_SP_YEARS = (
    "2023:19;2022:42;2021:12;2020:4;2019:4;2018:1;2017:2;2016:1.5;2015:1;2014:1;2013:1;2012:1;2011:1;2010:1;old:8"
)
_SP_STAR_YEARS = "2023:28;2022:46;2021:11;2020:5;2019:4;2018:2;2017:2;2016:1;2015:1"
_SP_KEYS = "C#:120;G:96;G#:91;F:89;B:81;D:81;A:73;F#:73;E:62;A#:57;D#:33;:96"


def _sp_title(rng: np.random.Generator, latin: bool, used: set[str]) -> str:
    for _ in range(200):
        if latin:
            title = f"{_one(rng, _SP_ES_A)} {_one(rng, _SP_ES_B)}"
            title += str(_one(rng, ["", "", "", "", "", " - Remix"]))
        else:
            form = int(rng.integers(0, 4))
            if form == 0:
                title = str(_one(rng, _SP_EN_B))
            elif form == 1:
                title = f"{_one(rng, _SP_EN_VERB)} {_one(rng, _SP_EN_OBJ)}"
            else:
                title = f"{_one(rng, _SP_EN_A)} {_one(rng, _SP_EN_B)}"
        if title not in used:
            used.add(title)
            return title
    raise RuntimeError("no title left")


def _sp_year(rng: np.random.Generator, table: str) -> int:
    year = _draw(rng, table)
    if year == "old":
        return int(_one(rng, list(range(1950, 2010)), [0.3 if y < 1980 else 1.0 for y in range(1950, 2010)]))
    return int(year)


def _sp_garble(text: str) -> str:
    """Non-ASCII letters as the file's broken encoding shows them ("Seï¿½ï¿½orita")."""
    return re.sub(r"[^\x00-\x7f]", "ï¿½ï¿½", text)


def _sp_songs(rng: np.random.Generator) -> list[dict[str, Any]]:
    """Title, artists, release date and (for the hits) streams of every track but the corrupt one."""
    used = {h[0] for h in _SP_HITS}
    songs: list[dict[str, Any]] = [
        {"track": t, "artists": a, "year": int(y), "month": int(m), "day": int(dd), "streams": int(s)}
        for t, a, y, m, dd, s in _SP_HITS
    ]
    for star, (solo, duets) in _SP_STARS.items():
        own = sum(s["artists"] == star for s in songs)
        shared = sum(star in s["artists"].split(", ") and s["artists"] != star for s in songs)
        typed = _SP_TITLES.get(star, [])
        typed = [t for t in typed if t.rsplit(":", 1)[0] not in used]
        for i in range(solo - own):
            if i < len(typed):
                title, year = typed[i].rsplit(":", 1)
                used.add(title)
                songs.append({"track": title, "artists": star, "year": int(year)})
            else:
                title = _sp_title(rng, star in _SP_LATIN, used)
                songs.append({"track": title, "artists": star, "year": _sp_year(rng, _SP_STAR_YEARS)})
        for _ in range(duets - shared):
            pool = _SP_PARTNERS_LATIN if star in _SP_LATIN else _SP_PARTNERS
            k = int(_one(rng, [1, 2, 3], [75, 20, 5]))
            partners = [str(x) for x in rng.choice(pool, k, replace=False)]
            names = [*partners, star] if rng.random() < 0.35 else [star, *partners]
            title = _sp_title(rng, star in _SP_LATIN, used)
            if rng.random() < 0.3:
                title += f" (feat. {partners[0]})"
            songs.append({"track": title, "artists": ", ".join(names), "year": _sp_year(rng, _SP_STAR_YEARS)})
    others = [a for a in _SP_OTHERS if a not in _SP_STARS]
    while len(songs) < 952:
        artist = str(_one(rng, others))
        latin = artist in _SP_PARTNERS_LATIN
        if rng.random() < 0.18:
            pool = _SP_PARTNERS_LATIN if latin else _SP_PARTNERS
            artist += ", " + ", ".join(str(x) for x in rng.choice([p for p in pool if p != artist], 1))
        title = _sp_title(rng, latin, used)
        songs.append({"track": title, "artists": artist, "year": _sp_year(rng, _SP_YEARS)})
    for s in songs:
        if "month" not in s:
            s["month"] = int(rng.integers(1, 8)) if s["year"] == 2023 else int(rng.integers(1, 13))
            s["day"] = int(rng.integers(1, 29))
    return songs


def _sp_streams(rng: np.random.Generator, year: int) -> int:
    median, spread = (1.1e8, 0.8) if year >= 2023 else (2.6e8, 0.75) if year == 2022 else (5e8, 0.6)
    return int(np.clip(rng.lognormal(np.log(median), spread), 2.7e6, 2.2e9))


def _sp_text(value: int) -> str:
    return f"{value:,}"


def _spotify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4101)
    songs = _sp_songs(rng)
    keys = _deal(rng, _SP_KEYS, len(songs))
    modes = _deal(rng, "Major:549;Minor:403", len(songs))
    quiet = set(int(i) for i in rng.choice(len(songs), 50, replace=False))
    rows: list[dict[str, Any]] = []
    for i, s in enumerate(songs):
        year = s["year"]
        new = year >= 2022
        streams = s.get("streams") or _sp_streams(rng, year)
        playlists = int(np.clip(streams / 1.3e5 * rng.lognormal(0, 0.45) * (1.0 if new else 1.6), 31, 52898))
        charts = 0 if rng.random() < (0.25 if year == 2023 else 0.45 if new else 0.75) else rng.lognormal(2.6, 1.0)
        apple_charts = 0 if rng.random() < (0.3 if new else 0.5) else rng.lognormal(3.4, 1.0)
        shazam = 0 if rng.random() < (0.35 if new else 0.75) else rng.lognormal(3.8 if new else 2.0, 1.3)
        minor = modes[i] == "Minor"
        rows.append(
            {
                "track_name": s["track"],
                "artist(s)_name": s["artists"],
                "artist_count": len(s["artists"].split(", ")),
                "released_year": year,
                "released_month": s["month"],
                "released_day": s["day"],
                "in_spotify_playlists": playlists,
                "in_spotify_charts": int(np.clip(charts, 0, 147)),
                "streams": streams,
                "in_apple_playlists": int(np.clip(playlists / 80 * rng.lognormal(0, 0.5), 0, 672)),
                "in_apple_charts": int(np.clip(apple_charts, 0, 275)),
                "in_deezer_playlists": _sp_text(int(np.clip(playlists * 0.09 * rng.lognormal(0, 0.7), 0, 12367))),
                "in_deezer_charts": 0 if rng.random() < 0.7 else int(np.clip(rng.lognormal(1.4, 0.9), 0, 58)),
                "in_shazam_charts": None if i in quiet else _sp_text(int(np.clip(shazam, 0, 1451))),
                "bpm": int(np.clip(rng.normal(122, 28), 65, 206)),
                "key": _blank(keys[i]),
                "mode": modes[i],
                "danceability_%": int(np.clip(rng.normal(69.5 if minor else 66.0, 14), 23, 96)),
                "valence_%": int(np.clip(rng.normal(51, 23), 4, 97)),
                "energy_%": int(np.clip(rng.normal(64, 16), 9, 97)),
                "acousticness_%": int(np.clip(100 * rng.beta(0.7, 1.9), 0, 97)),
                "instrumentalness_%": 0 if rng.random() < 0.9 else int(rng.integers(1, 92)),
                "liveness_%": int(np.clip(rng.lognormal(np.log(14), 0.55), 3, 97)),
                "speechiness_%": int(np.clip(rng.lognormal(np.log(7), 0.6), 2, 64)),
            }
        )
    broken: dict[str, Any] = dict.fromkeys(_SP_COLUMNS)
    broken |= {"track_name": "Love Grows (Where My Rosemary Goes)", "artist(s)_name": "Edison Lighthouse"}
    broken |= {"artist_count": 1, "released_year": 1970, "released_month": 1, "released_day": 1}
    broken |= {"in_spotify_playlists": 2877, "in_spotify_charts": 0, "streams": _SP_CORRUPT, "in_apple_playlists": 16}
    broken |= {"in_apple_charts": 0, "in_deezer_playlists": "54", "in_deezer_charts": 0, "in_shazam_charts": "0"}
    broken |= {"bpm": 110, "key": "A", "mode": "Major", "danceability_%": 53, "valence_%": 75, "energy_%": 69}
    broken |= {"acousticness_%": 7, "instrumentalness_%": 0, "liveness_%": 17, "speechiness_%": 3}
    rows = [rows[int(i)] for i in rng.permutation(len(rows))]
    rows.insert(574, broken)
    frame = pd.DataFrame(rows)[_SP_COLUMNS]
    for c in ("track_name", "artist(s)_name"):
        frame[c] = frame[c].map(_sp_garble)
    return frame


def _sp_streams_of(d: pd.DataFrame) -> pd.Series:
    return _number(d["streams"])


def _sp_top_streamed(d: pd.DataFrame) -> list[str]:
    order = _sp_streams_of(d).sort_values(ascending=False, kind="stable")
    return [str(x) for x in _text(d["track_name"]).loc[order.index[:5]]]


def _sp_short(title: str) -> list[str]:
    """A track's name without its " - Remastered" tail or brackets ("Sunflower", "STAY")."""
    return [title.split(" - ")[0], re.sub(r"\s*\(.*?\)", "", title)]


def _sp_top_artist(split: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        names = _text(d["artist(s)_name"])
        if split:
            names = names.str.split(", ").explode()
        return str(names.value_counts().idxmax())

    return top


def _sp_common_key(d: pd.DataFrame) -> str:
    keys = _text(d["key"])
    return str(keys[keys != ""].value_counts().idxmax())


def _sp_key_named(value: Callable[[pd.DataFrame], str]) -> Check:
    """A musical key by itself ("C#" not read inside "C#m" or as "C"), or spelt out ("C sharp", "C♯")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        key = value(df)
        forms = [re.escape(key)]
        if key.endswith("#"):
            forms += [rf"{key[0]}\s*♯", rf"{key[0]}[ -]sharp"]
        pattern = rf"(?<![A-Za-z0-9#♯])(?:{'|'.join(forms)})(?![A-Za-z0-9#♯])"
        return None if re.search(pattern, answer, re.IGNORECASE if key.endswith("#") else 0) else f"missing {key!r}"

    return check


_SP_ID = ("track_name", "artist(s)_name")
_SPOTIFY_QS = [
    Q(
        "top 5 most streamed songs?",
        _any_named(_sp_top_streamed, _sp_short),
        (*_SP_ID, "streams"),
    ),
    Q(
        "which artist has the most songs in the list",
        _lead(either(_named(_sp_top_artist(False)), _named(_sp_top_artist(True)))),
        (*_SP_ID, "artist_count"),
    ),
    Q(
        "avg danceability for major vs minor mode songs",
        has(lambda d: d.groupby(_text(d["mode"]))["danceability_%"].mean().to_numpy()),
        (*_SP_ID, "mode", "danceability_%"),
    ),
    Q(
        "how many songs were released in 2023?",
        _count(lambda d: float((pd.to_numeric(d["released_year"], errors="coerce") == 2023).sum())),
        (*_SP_ID, "released_year"),
    ),
    Q(
        "how many tracks dont have a key?",
        _count(lambda d: float((_text(d["key"]) == "").sum())),
        (*_SP_ID, "key"),
    ),
    Q(
        "ok and which key is most common among the rest",
        _lead(_sp_key_named(_sp_common_key)),
        (*_SP_ID, "key", "mode"),
    ),
]


# --- 2. Indian food (Kaggle "Indian Food 101", indian_food.csv) ----------------------------------------------------

# state: region, dishes as "name:course:flavour:diet[:prep:cook]" (d dessert, m main course, s snack, t starter;
# s spicy, w sweet, b bitter, o sour, x unknown; v vegetarian, n non vegetarian)
_IF_STATES: dict[str, tuple[str, str]] = {
    "Gujarat": (
        "West",
        "Bajri no rotlo:m:s:v;Copra paak:d:w:v;Chorafali:s:s:v;Daal Dhokli:m:s:v;Dhokla:s:s:v;Dudhi halwa:d:w:v;"
        "Gud papdi:d:w:v;Ghooghra:d:w:v;Handvo:s:s:v;Halvasan:d:w:v;Jeera Aloo:m:s:v;Kansar:d:w:v;"
        "Keri no ras:m:w:v;Khakhra:s:s:v;Khandvi:s:s:v;Kutchi dabeli:s:s:v;Laapsi:d:w:v;Lilva Kachori:s:s:v;"
        "Mag Dhokli:m:s:v;Methi na Gota:s:s:v;Mohanthal:d:w:v;Muthiya:s:s:v;Patra:s:s:v;Sev khamani:s:s:v;"
        "Sev tameta:m:s:v;Sukhdi:d:w:v;Thepla:m:s:v;Undhiyu:m:s:v;Khichu:s:s:v;Fafda:s:s:v;Ganthiya:s:s:v;"
        "Khaman:s:s:v;Doodhpak:d:w:v;Gujarati kadhi:m:o:v;Ringan no olo:m:s:v",
    ),
    "Punjab": (
        "North",
        "Aloo gobi:m:s:v;Aloo tikki:s:s:v;Aloo matar:m:s:v;Aloo methi:m:s:v;Aloo shimla mirch:m:s:v;Bhatura:m:s:v;"
        "Bhindi masala:m:s:v;Butter chicken:m:s:n;Chana masala:m:s:v;Chicken Tikka masala:m:s:n;"
        "Chicken Tikka:t:s:n:240:30;Chole bhature:m:s:v:480:60;Dal makhani:m:s:v;Dal tadka:m:s:v;"
        "Kadai paneer:m:s:v;Kadhi pakoda:m:s:v;Karela bharta:m:b:v;Makki di roti sarson da saag:m:s:v;"
        "Misi roti:m:s:v;Mushroom do pyaza:m:s:v;Mushroom matar:m:s:v;Naan:m:s:v;Navrattan korma:m:s:v;"
        "Palak paneer:m:s:v;Paneer butter masala:m:s:v;Paneer tikka masala:m:s:v;Pindi chana:m:s:v:500:120;"
        "Rajma chaval:m:s:v;Shahi paneer:m:s:v;Tandoori Chicken:m:s:n;Tandoori Fish Tikka:m:s:n;Pinni:d:w:v",
    ),
    "Maharashtra": (
        "West",
        "Amti:m:s:v;Zunka:m:s:v;Kolim Jawla:m:s:n;Bhakri:m:s:v;Bombil fry:m:s:n;Chakali:s:s:v;Chivda:s:s:v;"
        "Kombdi vade:m:s:n;Misal pav:m:s:v;Modak:d:w:v;Puran poli:d:w:v;Ragda pattice:s:s:v;"
        "Sabudana Khichadi:s:s:v;Shankarpali:d:w:v;Shrikhand:d:w:v;Sol kadhi:m:s:v;Thalipeeth:s:s:v;"
        "Vada pav:s:s:v;Veg Kolhapuri:m:s:v;Pav bhaji:m:s:v;Bharli vangi:m:s:v;Basundi:d:w:v;Anarsa:d:w:v;"
        "Karanji:d:w:v;Mahim halwa:d:w:v;Sutar feni:d:w:v;Dhondas:d:w:v;Kothimbir vadi:s:s:v;Surnoli:s:w:v;"
        "Pitla:m:s:v",
    ),
    "West Bengal": (
        "East",
        "Cham cham:d:w:v;Ledikeni:d:w:v;Lyangcha:d:w:v;Malapua:d:w:v;Mihidana:d:w:v;Misti doi:d:w:v:480:30;"
        "Pantua:d:w:v;Pithe:d:w:v;Ras malai:d:w:v;Rasgulla:d:w:v;Sandesh:d:w:v;Shukto:m:b:v;"
        "Chingri malai curry:m:s:n;Bhapa Shorshe Ilish:m:s:n;Maach Jhol:m:s:n;Kosha mangsho:m:s:n;"
        "Aloo posto:m:s:v;Luchi:m:x:v;Mishti Chholar Dal:m:w:v;Beguni:s:s:v;Jhal muri:s:s:v;Kathi roll:s:s:n;"
        "Daab chingri:m:s:n;Mochar ghonto:m:s:v",
    ),
    "Assam": (
        "North East",
        "Aloo pitika:m:s:v;Bengena Pitika:m:s:v;Bilahi Maas:m:s:n;Bora Sawul:m:x:v;Brown Rice:m:x:v;Goja:d:w:v;"
        "Hando Guri:d:w:v;Haq Maas:m:s:n;Koldil Chicken:m:s:n;Khar:m:s:v;Koldil Bhaji:m:s:v;Kumol Sawul:m:x:v;"
        "Masor tenga:m:s:n;Masor Koni:m:s:n;Pani Pitha:d:w:v;Til Pitha:d:w:v;Red Rice:m:x:v;Xaak aru bhaji:m:s:v;"
        "Duck curry:m:s:n;Payokh:d:w:v;Narikol laru:d:w:v",
    ),
    "Tamil Nadu": (
        "South",
        "Adhirasam:d:w:v;Currivepillai sadam:m:s:v;Idiappam:m:x:v;Kaara kozhambu:m:s:v;Keerai kootu:m:s:v;"
        "Keerai masiyal:m:s:v;Keerai sadam:m:s:v;Keerai poriyal:m:s:v;Kootu:m:s:v;Kos kootu:m:s:v;"
        "Kozhakkattai:d:w:v;Mor Kuzhambu:m:s:v;Paniyaram:s:s:v;Paruppu sadam:m:s:v;Pongal:m:s:v;Puli sadam:m:s:v;"
        "Rasam:m:s:v;Sambar:m:s:v;Thayir sadam:m:s:v;Chicken Varuval:m:s:n",
    ),
    "Andhra Pradesh": (
        "South",
        "Ariselu:d:w:v;Bandar laddu:d:w:v;Gavvalu:d:w:v;Kakinada khaja:d:w:v;Palathalikalu:d:w:v;Poornalu:d:w:v;"
        "Pootharekulu:d:w:v;Pesarattu:m:s:v;Gongura pachadi:m:s:v;Kodi kura:m:s:n",
    ),
    "Uttar Pradesh": (
        "North",
        "Petha:d:w:v;Rabri:d:w:v;Bedmi puri:s:s:v;Kachori:s:s:v;Galouti kebab:t:s:n:120:30;Nihari:m:s:n;"
        "Tehri:m:s:v;Malaiyo:d:w:v;Shahi tukda:d:w:v",
    ),
    "Kerala": (
        "South",
        "Avial:m:s:v;Puttu:m:x:v;Theeyal:m:s:v;Unni Appam:d:w:v;Payasam:d:w:v;Meen curry:m:s:n;Appam:m:x:v;Olan:m:s:v",
    ),
    "Odisha": (
        "East",
        "Chhena jalebi:d:w:v;Chhena kheeri:d:w:v;Chhena poda:d:w:v;Rasabali:d:w:v;Kheer sagar:d:w:v;"
        "Pakhala:m:x:v;Dalma:m:s:v",
    ),
    "Karnataka": (
        "South",
        "Bisi bele bath:m:s:v;Mysore pak:d:w:v;Dharwad pedha:d:w:v;Obbattu holige:d:w:v;Ragi mudde:m:x:v;"
        "Maddur vada:s:s:v",
    ),
    "Rajasthan": (
        "West",
        "Daal baati churma:m:s:v;Gatta curry:m:s:v;Ghevar:d:w:v;Laal maas:m:s:n;Ker sangri:m:s:v;Mirchi bada:s:s:v",
    ),
    "Telangana": (
        "South",
        "Double ka meetha:d:w:v;Qubani ka meetha:d:w:v;Hyderabadi biryani:m:s:n;Sakinalu:s:s:v;Haleem:m:s:n",
    ),
    "Bihar": ("East", "Litti chokha:m:s:v;Sattu ki roti:m:s:v;Khaja:d:w:v"),
    "Goa": ("West", "Bebinca:d:w:v;Vindaloo:m:s:n;Xacuti:m:s:n"),
    "Manipur": ("North East", "Chak Hao Kheer:d:w:v;Eromba:m:s:v"),
    "Madhya Pradesh": ("Central", "Poha:s:s:v;Bhutte ka kees:s:s:v"),
    "Jammu & Kashmir": ("North", "Dum aloo:m:s:v;Rogan josh:m:s:n"),
    "Uttarakhand": ("North", "Kafuli:m:s:v"),
    "Chhattisgarh": ("Central", "Fara:s:s:v"),
    "Nagaland": ("North East", "Galho:m:s:v"),
    "Haryana": ("North", "Bajra khichdi:m:s:v"),
    "Tripura": ("North East", "Mui borok:m:s:n"),
    "NCT of Delhi": ("North", "Chaat:s:s:v"),
    "-1/South": (
        "South",
        "Dosa:m:s:v:360:90;Idli:s:s:v:360:20;Uttapam:s:s:v;Vada:s:s:v;Upma:s:s:v;Sevai:m:s:v;Kanji:m:x:v",
    ),
    "-1/North": ("North", "Chapati:m:x:v;Paratha:m:s:v;Kulfi falooda:d:w:v"),
    "-1/West": ("West", "Kheer:d:w:v"),
    "-1/-1": (
        "-1",
        "Biryani:m:s:n;Gulab jamun:d:w:v;Jalebi:d:w:v;Kaju katli:d:w:v;Kalakand:d:w:v;Laddu:d:w:v;Lassi:d:w:v;"
        "Nankhatai:d:w:v;Papad:s:x:v;Samosa:s:s:v;Pani puri:s:s:v;Boondi:d:w:v",
    ),
    "-1/": ("", "Balu shahi:d:w:v"),
}
_IF_COURSES = {"d": "dessert", "m": "main course", "s": "snack", "t": "starter"}
_IF_FLAVOURS = {"s": "spicy", "w": "sweet", "b": "bitter", "o": "sour", "x": "-1"}
# course: prep times, cook times (minutes)
_IF_TIMES = {
    "d": ("5;10;10;15;15;20;30;45;60;120", "20;25;30;30;40;45;50;60;90"),
    "m": ("5;10;10;15;15;20;30;45", "20;25;30;30;35;40;45;60;90"),
    "s": ("5;10;15;15;20;30;60", "10;15;20;25;30;35;40;45"),
    "t": ("20;30", "20;30"),
}
_IF_SWEET = _split(
    "milk;sugar;ghee;cardamom;saffron;rice flour;maida flour;jaggery;khoa;chenna;rose water;almonds;pistachio;"
    "coconut;whole wheat flour;besan;yogurt;cashews;condensed milk;semolina;dry fruits;sesame seeds"
)
_IF_SAVOURY = _split(
    "onion;tomato;ginger;garlic;green chillies;cumin seeds;turmeric;garam masala;coriander powder;potato;paneer;"
    "chickpeas;rice;spinach;cream;butter;curd;mustard oil;curry leaves;tamarind;coconut;urad dal;toor dal;"
    "moong dal;besan;mustard seeds;asafoetida;red chilli;bell pepper;peas;fenugreek leaves;jaggery"
)
_IF_MEAT = _split("chicken;mutton;fish;prawns;egg;chicken thighs;hilsa fish;pork;duck")
_IF_SNACK = _split(
    "besan;rice flour;potato;green chillies;sev;tamarind chutney;peanuts;semolina;maida flour;baking soda;oil;"
    "gram flour;lemon juice;sugar;yogurt;coriander"
)


def _if_ingredients(rng: np.random.Generator, course: str, flavour: str, diet: str) -> str:
    if course == "d" or flavour == "w":
        pool = _IF_SWEET
    elif course == "s":
        pool = _IF_SNACK
    else:
        pool = _IF_SAVOURY
    items = [str(x) for x in rng.choice(pool, int(rng.integers(3, 7)), replace=False)]
    if diet == "n":
        items[0] = str(_one(rng, _IF_MEAT))
    text = ", ".join(dict.fromkeys(items))
    return text[0].upper() + text[1:]


def _indian_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4102)
    rows: list[dict[str, Any]] = []
    fixed: list[bool] = []
    for state, (region, dishes) in _IF_STATES.items():
        for dish in _split(dishes):
            name, course, flavour, diet, *times = dish.split(":")
            prep_pool, cook_pool = (_split(x) for x in _IF_TIMES[course])
            prep = int(times[0]) if times else int(_one(rng, prep_pool))
            cook = int(times[1]) if times else int(_one(rng, cook_pool))
            fixed.append(bool(times))
            rows.append(
                {
                    "name": name,
                    "ingredients": _if_ingredients(rng, course, flavour, diet),
                    "diet": "vegetarian" if diet == "v" else "non vegetarian",
                    "prep_time": prep,
                    "cook_time": cook,
                    "flavor_profile": _IF_FLAVOURS[flavour],
                    "course": _IF_COURSES[course],
                    "state": state.split("/")[0],
                    "region": region or None,
                }
            )
    free = [i for i, f in enumerate(fixed) if not f]
    for i in rng.choice(free, 30, replace=False):
        rows[int(i)]["prep_time"] = -1
    unknown_prep = [i for i in free if rows[i]["prep_time"] == -1]
    both_unknown = [int(x) for x in rng.choice(unknown_prep, 21, replace=False)]
    others = [i for i in free if rows[i]["prep_time"] != -1]
    for i in [*both_unknown, *(int(x) for x in rng.choice(others, 7, replace=False))]:
        rows[i]["cook_time"] = -1
    tasty = [i for i in free if rows[i]["flavor_profile"] in ("spicy", "sweet") and rows[i]["course"] != "dessert"]
    for i in rng.choice(tasty, 16, replace=False):
        rows[int(i)]["flavor_profile"] = "-1"
    order = rng.permutation(len(rows))
    return pd.DataFrame([rows[int(i)] for i in order])


def _if_top_state(d: pd.DataFrame) -> str:
    states = _text(d["state"])
    return str(states[~states.isin(["", "-1"])].value_counts().idxmax())


def _if_flavour_shares(known_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def shares(d: pd.DataFrame) -> list[float]:
        flavour = _text(d["flavor_profile"])
        if known_only:
            flavour = flavour[~flavour.isin(["", "-1"])]
        return [float((flavour == "spicy").mean()), float((flavour == "sweet").mean())]

    return shares


def _if_longest(d: pd.DataFrame) -> list[str]:
    known = d[(d["prep_time"] >= 0) & (d["cook_time"] >= 0)]
    total = (known["prep_time"] + known["cook_time"]).sort_values(ascending=False, kind="stable")
    return [str(x) for x in _text(known["name"]).loc[total.index[:3]]]


_IF_ID = ("name",)
_INDIAN_QS = [
    Q(
        "how many dishes are vegetarian?",
        _count(lambda d: float((_text(d["diet"]) == "vegetarian").sum())),
        (*_IF_ID, "diet"),
    ),
    Q(
        "average cook time per course (ignore the -1 values)",
        _about(lambda d: d[d["cook_time"] >= 0].groupby(_text(d["course"]))["cook_time"].mean().to_numpy()),
        (*_IF_ID, "course", "cook_time"),
    ),
    Q(
        "which state has the most dishes",
        _lead(_named(_if_top_state)),
        (*_IF_ID, "state", "region"),
    ),
    Q(
        "how many of those are desserts?",
        _count(lambda d: float(((_text(d["state"]) == _if_top_state(d)) & (_text(d["course"]) == "dessert")).sum())),
        (*_IF_ID, "state", "course"),
    ),
    Q(
        "what share of the dishes is spicy vs sweet",
        either(_shares(_if_flavour_shares(False)), _shares(_if_flavour_shares(True))),
        (*_IF_ID, "flavor_profile"),
    ),
    Q(
        "which 3 dishes take the longest in total, prep plus cook time?",
        _all_named(_if_longest),
        (*_IF_ID, "prep_time", "cook_time"),
    ),
]


# --- 3. Nobel laureates 1901-2016 (Kaggle / DataCamp nobel.csv) ----------------------------------------------------

_NB_COLUMNS = _split(
    "year;category;prize;motivation;prize_share;laureate_id;laureate_type;full_name;birth_date;birth_city;"
    "birth_country;sex;organization_name;organization_city;organization_country;death_date;death_city;death_country"
)
_NB_PRIZES = {
    "Chemistry": "The Nobel Prize in Chemistry",
    "Economics": "The Sveriges Riksbank Prize in Economic Sciences in Memory of Alfred Nobel",
    "Literature": "The Nobel Prize in Literature",
    "Medicine": "The Nobel Prize in Physiology or Medicine",
    "Peace": "The Nobel Peace Prize",
    "Physics": "The Nobel Prize in Physics",
}
# category: years without a prize
_NB_SKIPPED = {
    "Chemistry": "1916;1917;1919;1924;1933;1940;1941;1942",
    "Economics": "",
    "Literature": "1914;1918;1935;1940;1941;1942;1943",
    "Medicine": "1915;1916;1917;1918;1921;1925;1940;1941;1942",
    "Peace": "1914;1915;1916;1918;1923;1924;1928;1932;1939;1940;1941;1942;1943;1948;1955;1956;1966;1967;1972",
    "Physics": "1916;1931;1934;1940;1941;1942",
}
# category: mean age at the award in 1901 and in 2016
_NB_AGES = {
    "Chemistry": (48, 66),
    "Economics": (66, 67),
    "Literature": (60, 67),
    "Medicine": (50, 60),
    "Peace": (60, 62),
    "Physics": (44, 62),
}
# year|category|full_name|birth_date|birth_city|birth_country|death_date|death_city|death_country|organization_name|
# organization_city|organization_country
_NB_KNOWN = _fields(
    "1901|Physics|Wilhelm Conrad Röntgen|1845-03-27|Lennep (Remscheid)|Prussia (Germany)|1923-02-10|Munich|Germany|"
    "Munich University|Munich|Germany;"
    "1903|Physics|Antoine Henri Becquerel|1852-12-15|Paris|France|1908-08-25|Le Croisic|France|"
    "École Polytechnique|Paris|France;"
    "1903|Physics|Pierre Curie|1859-05-15|Paris|France|1906-04-19|Paris|France|"
    "École municipale de physique et de chimie industrielles|Paris|France;"
    "1903|Physics|Marie Curie, née Sklodowska|1867-11-07|Warsaw|Russian Empire (Poland)|1934-07-04|Sallanches|"
    "France|||;"
    "1905|Peace|Baroness Bertha Sophie Felicita von Suttner, née Countess Kinsky von Chinic und Tettau|1843-06-09|"
    "Prague|Austrian Empire (Czech Republic)|1914-06-21|Vienna|Austria|||;"
    "1908|Chemistry|Ernest Rutherford|1871-08-30|Nelson|New Zealand|1937-10-19|Cambridge|United Kingdom|"
    "Victoria University|Manchester|United Kingdom;"
    "1909|Literature|Selma Ottilia Lovisa Lagerlöf|1858-11-20|Mårbacka|Sweden|1940-03-16|Mårbacka|Sweden|||;"
    "1911|Chemistry|Marie Curie, née Sklodowska|1867-11-07|Warsaw|Russian Empire (Poland)|1934-07-04|Sallanches|"
    "France|Sorbonne University|Paris|France;"
    "1913|Literature|Rabindranath Tagore|1861-05-07|Calcutta|India|1941-08-07|Calcutta|India|||;"
    "1918|Physics|Max Karl Ernst Ludwig Planck|1858-04-23|Kiel|Schleswig (Germany)|1947-10-04|Göttingen|Germany|"
    "Berlin University|Berlin|Germany;"
    "1921|Physics|Albert Einstein|1879-03-14|Ulm|Germany|1955-04-18|Princeton, NJ|United States of America|"
    "Kaiser-Wilhelm-Institut (now Max-Planck-Institut) für Physik|Berlin|Germany;"
    "1922|Physics|Niels Henrik David Bohr|1885-10-07|Copenhagen|Denmark|1962-11-18|Copenhagen|Denmark|"
    "Copenhagen University|Copenhagen|Denmark;"
    "1926|Literature|Grazia Deledda|1871-09-27|Nuoro, Sardinia|Italy|1936-08-15|Rome|Italy|||;"
    "1928|Literature|Sigrid Undset|1882-05-20|Kalundborg|Denmark|1949-06-10|Lillehammer|Norway|||;"
    "1931|Peace|Jane Addams|1860-09-06|Cedarville, IL|United States of America|1935-05-21|Chicago, IL|"
    "United States of America|||;"
    "1935|Chemistry|Irène Joliot-Curie|1897-09-12|Paris|France|1956-03-17|Paris|France|Institut du Radium|Paris|"
    "France;"
    "1938|Literature|Pearl Buck|1892-06-26|Hillsboro, WV|United States of America|1973-03-06|Danby, VT|"
    "United States of America|||;"
    "1945|Literature|Gabriela Mistral|1889-04-07|Vicuña|Chile|1957-01-10|Hempstead, NY|United States of America|||;"
    "1945|Medicine|Sir Alexander Fleming|1881-08-06|Lochfield|Scotland|1955-03-11|London|United Kingdom|"
    "London University|London|United Kingdom;"
    "1946|Peace|Emily Greene Balch|1867-01-08|Boston, MA|United States of America|1961-01-09|Cambridge, MA|"
    "United States of America|||;"
    "1947|Medicine|Gerty Theresa Cori, née Radnitz|1896-08-15|Prague|Austria-Hungary (Czech Republic)|1957-10-26|"
    "Glen, NY|United States of America|Washington University|St. Louis, MO|United States of America;"
    "1953|Literature|Sir Winston Leonard Spencer Churchill|1874-11-30|Woodstock|United Kingdom|1965-01-24|London|"
    "United Kingdom|||;"
    "1954|Chemistry|Linus Carl Pauling|1901-02-28|Portland, OR|United States of America|1994-08-19|Big Sur, CA|"
    "United States of America|California Institute of Technology (Caltech)|Pasadena, CA|United States of America;"
    "1954|Literature|Ernest Miller Hemingway|1899-07-21|Oak Park, IL|United States of America|1961-07-02|"
    "Ketchum, ID|United States of America|||;"
    "1956|Physics|John Bardeen|1908-05-23|Madison, WI|United States of America|1991-01-30|Boston, MA|"
    "United States of America|Bell Telephone Laboratories|Murray Hill, NJ|United States of America;"
    "1958|Chemistry|Frederick Sanger|1918-08-13|Rendcombe|United Kingdom|2013-11-19|Cambridge|United Kingdom|"
    "University of Cambridge|Cambridge|United Kingdom;"
    "1962|Peace|Linus Carl Pauling|1901-02-28|Portland, OR|United States of America|1994-08-19|Big Sur, CA|"
    "United States of America|California Institute of Technology (Caltech)|Pasadena, CA|United States of America;"
    "1963|Physics|Maria Goeppert Mayer|1906-06-28|Kattowitz (Katowice)|Germany (Poland)|1972-02-20|San Diego, CA|"
    "United States of America|University of California|La Jolla, CA|United States of America;"
    "1964|Chemistry|Dorothy Crowfoot Hodgkin|1910-05-12|Cairo|Egypt|1994-07-29|Shipston-on-Stour|United Kingdom|"
    "University of Oxford, Royal Society|Oxford|United Kingdom;"
    "1964|Literature|Jean-Paul Sartre|1905-06-21|Paris|France|1980-04-15|Paris|France|||;"
    "1964|Peace|Martin Luther King Jr.|1929-01-15|Atlanta, GA|United States of America|1968-04-04|Memphis, TN|"
    "United States of America|||;"
    "1966|Literature|Nelly Sachs|1891-12-10|Berlin|Germany|1970-05-12|Stockholm|Sweden|||;"
    "1972|Physics|John Bardeen|1908-05-23|Madison, WI|United States of America|1991-01-30|Boston, MA|"
    "United States of America|University of Illinois|Urbana, IL|United States of America;"
    "1976|Peace|Betty Williams|1943-05-22|Belfast|Northern Ireland||||||;"
    "1976|Peace|Mairead Corrigan|1944-01-27|Belfast|Northern Ireland||||||;"
    "1977|Medicine|Rosalyn Yalow|1921-07-19|New York, NY|United States of America|2011-05-30|New York, NY|"
    "United States of America|Veterans Administration Hospital|Bronx, NY|United States of America;"
    "1979|Peace|Mother Teresa|1910-08-26|Uskup (Skopje)|Ottoman Empire (Republic of Macedonia)|1997-09-05|"
    "Calcutta|India|||;"
    "1980|Chemistry|Frederick Sanger|1918-08-13|Rendcombe|United Kingdom|2013-11-19|Cambridge|United Kingdom|"
    "MRC Laboratory of Molecular Biology|Cambridge|United Kingdom;"
    "1982|Peace|Alva Myrdal|1902-01-31|Uppsala|Sweden|1986-02-01|Stockholm|Sweden|||;"
    "1983|Medicine|Barbara McClintock|1902-06-16|Hartford, CT|United States of America|1992-09-02|Huntington, NY|"
    "United States of America|Cold Spring Harbor Laboratory|Cold Spring Harbor, NY|United States of America;"
    "1986|Medicine|Rita Levi-Montalcini|1909-04-22|Turin|Italy|2012-12-30|Rome|Italy|"
    "Institute of Cell Biology of the C.N.R.|Rome|Italy;"
    "1988|Medicine|Gertrude B. Elion|1918-01-23|New York, NY|United States of America|1999-02-21|Chapel Hill, NC|"
    "United States of America|Wellcome Research Laboratories|Research Triangle Park, NC|United States of America;"
    "1991|Literature|Nadine Gordimer|1923-11-20|Springs|South Africa|2014-07-13|Johannesburg|South Africa|||;"
    "1991|Peace|Aung San Suu Kyi|1945-06-19|Rangoon|Burma (Myanmar)||||||;"
    "1992|Peace|Rigoberta Menchú Tum|1959-01-09|Aldea Chimel|Guatemala||||||;"
    "1993|Literature|Toni Morrison|1931-02-18|Lorain, OH|United States of America||||||;"
    "1993|Peace|Nelson Mandela|1918-07-18|Mvezo|South Africa|2013-12-05|Johannesburg|South Africa|||;"
    "1995|Medicine|Christiane Nüsslein-Volhard|1942-10-20|Magdeburg|Germany||||"
    "Max-Planck-Institut für Entwicklungsbiologie|Tübingen|Germany;"
    "1996|Literature|Wislawa Szymborska|1923-07-02|Bnin (Kórnik)|Poland|2012-02-01|Cracow|Poland|||;"
    "1997|Peace|Jody Williams|1950-10-09|Brattleboro, VT|United States of America||||||;"
    "2003|Peace|Shirin Ebadi|1947-06-21|Hamadan|Iran||||||;"
    "2004|Literature|Elfriede Jelinek|1946-10-20|Mürzzuschlag|Austria||||||;"
    "2004|Peace|Wangari Muta Maathai|1940-04-01|Nyeri|Kenya|2011-09-25|Nairobi|Kenya|||;"
    "2004|Medicine|Linda B. Buck|1947-01-29|Seattle, WA|United States of America||||"
    "Fred Hutchinson Cancer Research Center|Seattle, WA|United States of America;"
    "2007|Literature|Doris Lessing|1919-10-22|Kermanshah|Persia (Iran)|2013-11-17|London|United Kingdom|||;"
    "2008|Medicine|Françoise Barré-Sinoussi|1947-07-30|Paris|France||||Institut Pasteur|Paris|France;"
    "2009|Literature|Herta Müller|1953-08-17|Nitzkydorf, Banat|Romania||||||;"
    "2009|Medicine|Elizabeth H. Blackburn|1948-11-26|Hobart, Tasmania|Australia||||University of California|"
    "San Francisco, CA|United States of America;"
    "2009|Medicine|Carol W. Greider|1961-04-15|San Diego, CA|United States of America||||"
    "Johns Hopkins University School of Medicine|Baltimore, MD|United States of America;"
    "2009|Chemistry|Ada E. Yonath|1939-06-22|Jerusalem|British Mandate of Palestine (Israel)||||"
    "Weizmann Institute of Science|Rehovot|Israel;"
    "2009|Economics|Elinor Ostrom|1933-08-07|Los Angeles, CA|United States of America|2012-06-12|"
    "Bloomington, IN|United States of America|Indiana University|Bloomington, IN|United States of America;"
    "2009|Peace|Barack H. Obama|1961-08-04|Honolulu, HI|United States of America||||||;"
    "2011|Peace|Ellen Johnson Sirleaf|1938-10-29|Monrovia|Liberia||||||;"
    "2011|Peace|Leymah Gbowee|1972-02-01|Monrovia|Liberia||||||;"
    "2011|Peace|Tawakkol Karman|1979-02-07|Ta'izz|Yemen||||||;"
    "2013|Literature|Alice Munro|1931-07-10|Wingham|Canada||||||;"
    "2014|Peace|Malala Yousafzai|1997-07-12|Mingora|Pakistan||||||;"
    "2014|Medicine|May-Britt Moser|1963-01-04|Fosnavåg|Norway||||"
    "Norwegian University of Science and Technology (NTNU)|Trondheim|Norway;"
    "2015|Literature|Svetlana Alexievich|1948-05-31|Ivano-Frankivsk|Ukraine||||||;"
    "2015|Medicine|Youyou Tu|1930-12-30|Ningbo|China||||China Academy of Traditional Chinese Medicine|Beijing|"
    "China;"
    "2016|Literature|Bob Dylan|1941-05-24|Duluth, MN|United States of America||||||"
)
_NB_WOMEN = {
    "Marie Curie, née Sklodowska",
    "Baroness Bertha Sophie Felicita von Suttner, née Countess Kinsky von Chinic und Tettau",
    "Selma Ottilia Lovisa Lagerlöf",
    "Grazia Deledda",
    "Sigrid Undset",
    "Jane Addams",
    "Irène Joliot-Curie",
    "Pearl Buck",
    "Gabriela Mistral",
    "Emily Greene Balch",
    "Gerty Theresa Cori, née Radnitz",
    "Maria Goeppert Mayer",
    "Dorothy Crowfoot Hodgkin",
    "Nelly Sachs",
    "Betty Williams",
    "Mairead Corrigan",
    "Rosalyn Yalow",
    "Mother Teresa",
    "Alva Myrdal",
    "Barbara McClintock",
    "Rita Levi-Montalcini",
    "Gertrude B. Elion",
    "Nadine Gordimer",
    "Aung San Suu Kyi",
    "Rigoberta Menchú Tum",
    "Toni Morrison",
    "Christiane Nüsslein-Volhard",
    "Wislawa Szymborska",
    "Jody Williams",
    "Shirin Ebadi",
    "Elfriede Jelinek",
    "Wangari Muta Maathai",
    "Linda B. Buck",
    "Doris Lessing",
    "Françoise Barré-Sinoussi",
    "Herta Müller",
    "Elizabeth H. Blackburn",
    "Carol W. Greider",
    "Ada E. Yonath",
    "Elinor Ostrom",
    "Ellen Johnson Sirleaf",
    "Leymah Gbowee",
    "Tawakkol Karman",
    "Alice Munro",
    "Malala Yousafzai",
    "May-Britt Moser",
    "Svetlana Alexievich",
    "Youyou Tu",
}
# year|organization (Peace prizes)
_NB_BODIES = _fields(
    "1904|Institut de droit international (Institute of International Law);"
    "1910|Bureau international permanent de la Paix (Permanent International Peace Bureau);"
    "1917|Comité international de la Croix Rouge (International Committee of the Red Cross);"
    "1938|Office international Nansen pour les Réfugiés (Nansen International Office for Refugees);"
    "1944|Comité international de la Croix Rouge (International Committee of the Red Cross);"
    "1947|Friends Service Council (The Quakers);"
    "1947|American Friends Service Committee (The Quakers);"
    "1954|Office of the United Nations High Commissioner for Refugees (UNHCR);"
    "1963|Comité international de la Croix Rouge (International Committee of the Red Cross);"
    "1963|Ligue des Sociétés de la Croix-Rouge (League of Red Cross Societies);"
    "1965|United Nations Children's Fund (UNICEF);"
    "1969|International Labour Organization (I.L.O.);"
    "1977|Amnesty International;"
    "1981|Office of the United Nations High Commissioner for Refugees (UNHCR);"
    "1985|International Physicians for the Prevention of Nuclear War;"
    "1988|United Nations Peacekeeping Forces;"
    "1995|Pugwash Conferences on Science and World Affairs;"
    "1997|International Campaign to Ban Landmines (ICBL);"
    "1999|Médecins Sans Frontières;"
    "2001|United Nations (U.N.);"
    "2005|International Atomic Energy Agency (IAEA);"
    "2006|Grameen Bank;"
    "2007|Intergovernmental Panel on Climate Change (IPCC);"
    "2012|European Union (EU);"
    "2013|Organisation for the Prohibition of Chemical Weapons (OPCW);"
    "2015|National Dialogue Quartet"
)
# where laureates were born, by era: country:weight:naming
_NB_BORN = {
    1901: "Germany:14:de;Prussia (Germany):9:de;Bavaria (Germany):2:de;France:16:fr;United Kingdom:10:en;"
    "Scotland:3:en;Sweden:6:no;Netherlands:6:nl;Switzerland:4:de;Austria-Hungary (Austria):3:de;"
    "Russian Empire (Russia):2:ru;Russian Empire (Poland):2:pl;Denmark:4:no;Italy:4:it;Norway:2:no;Belgium:3:fr;"
    "United States of America:9:en;India:1:in;Spain:2:es;Canada:1:en",
    1930: "United States of America:34:en;United Kingdom:14:en;Germany:10:de;France:6:fr;Switzerland:3:de;"
    "Sweden:3:no;Netherlands:3:nl;Austria:3:de;Italy:3:it;USSR (now Russia):4:ru;Japan:2:ja;Canada:2:en;"
    "Austria-Hungary (Hungary):2:de;Denmark:2:no;Belgium:2:fr;Australia:2:en;Argentina:1:es;Scotland:2:en;"
    "Ireland:1:en;Russian Empire (Poland):1:pl",
    1970: "United States of America:42:en;United Kingdom:9:en;Germany:6:de;Japan:5:ja;France:5:fr;Canada:3:en;"
    "Sweden:2:no;Norway:2:no;Israel:2:he;Netherlands:2:nl;Switzerland:2:de;Russia:2:ru;Italy:1:it;Australia:2:en;"
    "China:1:zh;India:2:in;Poland:1:pl;Egypt:1:ar;South Africa:2:en;Ireland:1:en;Denmark:1:no;Austria:1:de;"
    "Belgium:1:fr;Mexico:1:es;Argentina:1:es",
}
# naming: first names, family names
_NB_NAMES = {
    "en": (
        "John;William;James;Robert;Charles;George;Richard;David;Thomas;Edward;Arthur;Henry;Frederick;Walter;Harold;"
        "Paul;Michael;Peter;Joseph;Frank;Edwin;Alan;Kenneth;Roger;Eric;Steven;Martin;Daniel;Andrew;Christopher",
        "Smith;Wilson;Taylor;Clark;Hall;Allen;Young;King;Wright;Scott;Green;Baker;Adams;Nelson;Hill;Campbell;"
        "Mitchell;Roberts;Carter;Phillips;Evans;Turner;Parker;Collins;Edwards;Stewart;Morris;Murphy;Cook;Rogers;"
        "Morgan;Cooper;Peterson;Reed;Bailey;Bell;Kelly;Howard;Ward;Cox;Richardson;Wood;Watson;Brooks;Bennett;Gray;"
        "Hughes;Price;Sanders;Myers;Long;Ross;Foster;Fowler;Thomson;Hopkins;Lawrence;Chadwick;Dirac;Glashow",
    ),
    "de": (
        "Karl;Friedrich;Wilhelm;Heinrich;Otto;Hans;Walther;Hermann;Ernst;Richard;Gerhard;Klaus;Manfred;Wolfgang;"
        "Johannes;Max;Georg;Rudolf;Adolf;Theodor",
        "Müller;Schmidt;Schneider;Fischer;Weber;Becker;Wagner;Hoffmann;Koch;Richter;Klein;Wolf;Neumann;Schwarz;"
        "Braun;Zimmermann;Krüger;Hartmann;Lange;Werner;Krause;Lehmann;Köhler;Hahn;Diels;Wieland;Windaus;Bergius",
    ),
    "fr": (
        "Jean;Pierre;Louis;Henri;Charles;Paul;Jacques;André;Gabriel;Marcel;François;Albert;Claude;Georges;Léon",
        "Martin;Bernard;Dubois;Durand;Lefebvre;Moreau;Laurent;Simon;Michel;Leroy;Roux;Fournier;Girard;Bonnet;"
        "Lambert;Fontaine;Chevalier;Rousseau;Perrin;Lemaire;Grignard;Sabatier;Moissan;Richet;Laveran",
    ),
    "no": (
        "Karl;Gustaf;Nils;Hans;Erik;Lars;Svante;Niels;Ole;Anders;Ragnar;Hugo;Arne;Torsten;Sune",
        "Andersson;Johansson;Lindqvist;Nilsson;Berg;Hansen;Jensen;Nielsen;Frisch;Bohr;Krogh;Dam;Siegbahn;"
        "Svedberg;Tiselius;Euler;Granit;Bergström;Samuelsson",
    ),
    "nl": (
        "Jan;Hendrik;Pieter;Willem;Johannes;Frits;Gerard;Martinus;Christiaan;Simon",
        "de Vries;van der Berg;Bakker;Janssen;Visser;Smit;Lorentz;Zeeman;Einthoven;Kamerlingh Onnes;van 't Hoff;"
        "Debye;Zernike;Tinbergen;Bloembergen;Veltman",
    ),
    "ru": (
        "Ivan;Nikolay;Pyotr;Lev;Igor;Andrei;Aleksandr;Boris;Ilya;Sergei;Pavel;Konstantin",
        "Ivanov;Petrov;Sokolov;Tamm;Frank;Pavlov;Semenov;Landau;Kapitsa;Basov;Prokhorov;Cherenkov;Ginzburg;"
        "Abrikosov;Alferov;Novoselov",
    ),
    "pl": (
        "Józef;Jan;Władysław;Henryk;Czesław;Tadeusz;Andrzej",
        "Kowalski;Nowak;Wiśniewski;Sienkiewicz;Reymont;Milosz;Rotblat;Charpak;Hoffmann;Schally",
    ),
    "it": (
        "Giovanni;Enrico;Camillo;Luigi;Emilio;Carlo;Guglielmo;Giulio;Franco;Riccardo;Salvatore",
        "Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Colombo;Ricci;Marino;Golgi;Marconi;Fermi;Segrè;Natta;Dulbecco",
    ),
    "es": (
        "Juan;Santiago;Severo;Carlos;Luis;Octavio;Mario;Bernardo;César;Adolfo",
        "García;Fernández;López;Martínez;Ramón y Cajal;Ochoa;Leloir;Houssay;Paz;Molina;Pérez Esquivel;Milstein",
    ),
    "ja": (
        "Hideki;Shinichiro;Leo;Kenichi;Susumu;Masatoshi;Koichi;Osamu;Yoichiro;Hiroshi;Shuji;Isamu;Satoshi;Yoshinori",
        "Yukawa;Tomonaga;Esaki;Fukui;Tonegawa;Koshiba;Tanaka;Shimomura;Nambu;Kobayashi;Masukawa;Suzuki;Negishi;"
        "Yamanaka;Akasaki;Amano;Nakamura;Omura;Ohsumi;Kajita",
    ),
    "zh": ("Chen Ning;Tsung-Dao;Daniel C.;Charles K.;Roger Y.;Xiaobo;Yuan T.", "Yang;Lee;Tsui;Kao;Tsien;Liu;Mo"),
    "in": (
        "Chandrasekhara;Har Gobind;Amartya;Venkatraman;Kailash;Subrahmanyan;Vidiadhar",
        "Raman;Khorana;Sen;Ramakrishnan;Satyarthi;Chandrasekhar;Naipaul",
    ),
    "he": ("Aaron;Daniel;Dan;Avram;Robert;Arieh;Menachem;Shimon", "Ciechanover;Hershko;Kahneman;Aumann;Shechtman"),
    "ar": ("Ahmed;Mohamed;Naguib;Anwar", "Zewail;ElBaradei;Mahfouz;al-Sadat"),
}
# country (as today): cities
_NB_CITIES = {
    "United States of America": "New York, NY;Chicago, IL;Boston, MA;Philadelphia, PA;San Francisco, CA;"
    "Brooklyn, NY;Cleveland, OH;Pittsburgh, PA;Los Angeles, CA;Baltimore, MD;St. Louis, MO;Milwaukee, WI",
    "United Kingdom": "London;Manchester;Birmingham;Liverpool;Leeds;Cambridge;Oxford;Bristol;Edinburgh;Glasgow",
    "Germany": "Berlin;Munich;Hamburg;Frankfurt-on-the-Main;Breslau (Wroclaw);Königsberg (Kaliningrad);Stuttgart;"
    "Leipzig;Göttingen;Heidelberg",
    "France": "Paris;Lyon;Marseille;Strasbourg;Bordeaux;Nancy;Lille",
    "Sweden": "Stockholm;Uppsala;Gothenburg;Lund",
    "Netherlands": "Amsterdam;Leiden;Utrecht;Groningen;Rotterdam",
    "Switzerland": "Zurich;Basel;Geneva;Bern",
    "Austria": "Vienna;Graz;Innsbruck",
    "Russia": "Moscow;St. Petersburg;Kazan;Kharkov",
    "Poland": "Warsaw;Cracow;Lodz;Poznan",
    "Denmark": "Copenhagen;Aarhus",
    "Italy": "Rome;Milan;Turin;Pavia;Bologna;Naples",
    "Norway": "Oslo;Bergen",
    "Belgium": "Brussels;Ghent;Liège;Antwerp",
    "India": "Calcutta;Bombay;Madras;Lahore",
    "Spain": "Madrid;Barcelona;Seville",
    "Canada": "Toronto;Montreal;Winnipeg;Vancouver",
    "Japan": "Tokyo;Kyoto;Osaka;Nagoya",
    "Hungary": "Budapest;Szeged",
    "Australia": "Sydney;Melbourne;Adelaide;Brisbane",
    "Argentina": "Buenos Aires",
    "Ireland": "Dublin;Cork",
    "Israel": "Tel Aviv;Haifa;Jerusalem",
    "China": "Shanghai;Beijing;Hefei",
    "Egypt": "Cairo;Alexandria",
    "South Africa": "Johannesburg;Cape Town;Pretoria",
    "Mexico": "Mexico City",
}
# country (as today): organizations as "name|city"
_NB_LABS = {
    "United States of America": "Harvard University|Cambridge, MA;Stanford University|Stanford, CA;"
    "Massachusetts Institute of Technology (MIT)|Cambridge, MA;University of California|Berkeley, CA;"
    "University of Chicago|Chicago, IL;Columbia University|New York, NY;Princeton University|Princeton, NJ;"
    "California Institute of Technology (Caltech)|Pasadena, CA;Rockefeller University|New York, NY;"
    "Bell Laboratories|Murray Hill, NJ;Yale University|New Haven, CT;Cornell University|Ithaca, NY;"
    "Howard Hughes Medical Institute|Chevy Chase, MD;University of Pennsylvania|Philadelphia, PA",
    "United Kingdom": "University of Cambridge|Cambridge;University of Oxford|Oxford;"
    "MRC Laboratory of Molecular Biology|Cambridge;Imperial College|London;University College|London;"
    "University of Manchester|Manchester;University of Edinburgh|Edinburgh",
    "Germany": "Berlin University|Berlin;Munich University|Munich;Göttingen University|Göttingen;"
    "Heidelberg University|Heidelberg;Max-Planck-Institut für Biochemie|Martinsried;Kiel University|Kiel",
    "France": "Sorbonne University|Paris;Institut Pasteur|Paris;Collège de France|Paris;"
    "École Normale Supérieure|Paris;Université Louis Pasteur|Strasbourg",
    "Sweden": "Karolinska Institutet|Stockholm;Uppsala University|Uppsala;Stockholm University|Stockholm",
    "Netherlands": "Leiden University|Leiden;Amsterdam University|Amsterdam;Utrecht University|Utrecht",
    "Switzerland": "Eidgenössische Technische Hochschule (Swiss Federal Institute of Technology)|Zurich;"
    "University of Zurich|Zurich;Basel Institute for Immunology|Basel",
    "Austria": "Vienna University|Vienna;Graz University|Graz",
    "Russia": "P.N. Lebedev Physical Institute|Moscow;Academy of Sciences|Moscow",
    "Denmark": "Copenhagen University|Copenhagen;Aarhus University|Aarhus",
    "Italy": "University of Rome|Rome;Pavia University|Pavia;Institute of Technology|Milan",
    "Japan": "University of Tokyo|Tokyo;Kyoto University|Kyoto;Nagoya University|Nagoya",
    "Canada": "University of Toronto|Toronto;McGill University|Montreal",
    "Israel": "Technion - Israel Institute of Technology|Haifa;Hebrew University|Jerusalem",
}
_NB_WORK = {
    "Physics": "the photoelectric effect;radioactivity;the structure of atoms;cosmic radiation;superconductivity;"
    "the neutron;nuclear reactions;semiconductors;quantum electrodynamics;the laser;neutrinos;the spectra of X-rays;"
    "low-temperature physics;elementary particles;the Higgs mechanism;topological phases of matter;"
    "blue light-emitting diodes;neutrino oscillations;the cosmic microwave background",
    "Chemistry": "the chemistry of radioactive substances;catalysis;chemical kinetics;the structure of proteins;"
    "enzyme mechanisms;organic synthesis;the nature of the chemical bond;polymers;DNA repair;olefin metathesis;"
    "the ribosome;cryo-electron microscopy;molecular machines;conductive polymers;the green fluorescent protein",
    "Medicine": "the immune system;insulin;penicillin;the genetic code;nerve cells;tuberculosis;malaria;"
    "cholesterol metabolism;the cell cycle;telomeres;stem cells;prions;the human immunodeficiency virus;autophagy;"
    "the circadian rhythm",
    "Economics": "economic growth;market behaviour;monetary theory;game theory;markets with asymmetric information;"
    "welfare economics;econometric methods;the analysis of financial markets;trade patterns;contract theory",
}
_NB_WRITING = _split(
    "lyrical poetry;epic narrative art;novels of great power;outstanding dramatic works;masterly short stories;"
    "imaginative prose;profound essays;poetry of classical beauty"
)
_NB_CAUSES = _split(
    "disarmament;international arbitration;refugees;human rights;the League of Nations;reconciliation;democracy;"
    "peace between nations"
)


def _nb_today(country: str) -> str:
    """A birth country as it is called today ("Prussia (Germany)" is Germany, "Scotland" the United Kingdom)."""
    inner = re.search(r"\((?:now )?([^)]*)\)", country)
    name = inner.group(1) if inner else country
    return "United Kingdom" if name in ("Scotland", "Northern Ireland") else name


def _nb_name(rng: np.random.Generator, naming: str, used: set[str]) -> str:
    firsts, lasts = (_split(x) for x in _NB_NAMES[naming])
    for _ in range(300):
        name = str(_one(rng, firsts))
        if naming in ("en", "de", "fr", "nl") and rng.random() < 0.35:
            name += f" {_one(rng, list('ABCDEFGHJKLMNPRSTW'))}."
        name += f" {_one(rng, lasts)}"
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("no name left")


def _nb_motivation(rng: np.random.Generator, year: int, category: str, pronoun: str) -> str:
    if category == "Literature":
        text = f"for {pronoun} {_one(rng, _NB_WRITING)}"
    elif category == "Peace":
        text = f"for {pronoun} work for {_one(rng, _NB_CAUSES)}"
    else:
        verb = str(_one(rng, ["discoveries concerning", "work on", "pioneering research on", "contributions to"]))
        topics = _split(_NB_WORK[category])
        at = (year - 1901) / 115 * (len(topics) - 1) + rng.normal(0, 1.5)
        text = f"for {pronoun} {verb} {topics[int(np.clip(round(at), 0, len(topics) - 1))]}"
    return f'"{text}"'


def _nb_date(rng: np.random.Generator, year: int) -> str:
    return f"{year}-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}"


def _nb_person(rng: np.random.Generator, year: int, category: str, used: set[str]) -> dict[str, Any]:
    places = _split(_NB_BORN[max(y for y in _NB_BORN if y <= year)])
    country, _w, naming = str(_one(rng, places, [float(x.split(":")[1]) for x in places])).split(":")
    today = _nb_today(country)
    start, end = _NB_AGES[category]
    age = int(np.clip(rng.normal(start + (end - start) * (year - 1901) / 115, 9), 28, 90))
    born = year - age
    lived = int(np.clip(rng.normal(80, 9), age + 1, 101))
    died = _nb_date(rng, born + lived)
    death_place = today if rng.random() < 0.6 else "United States of America"
    person: dict[str, Any] = {
        "full_name": _nb_name(rng, naming, used),
        "birth_date": _nb_date(rng, born),
        "birth_city": str(_one(rng, _split(_NB_CITIES.get(today, "")))) or None,
        "birth_country": country,
        "sex": "Male",
        "death_date": died if died <= "2016-12-31" else None,
        "death_city": None,
        "death_country": None,
    }
    if person["death_date"]:
        person["death_country"] = death_place
        person["death_city"] = str(_one(rng, _split(_NB_CITIES.get(death_place, "")))) or None
    if category in ("Physics", "Chemistry", "Medicine", "Economics") and rng.random() < 0.95:
        where = today if today in _NB_LABS and (year < 1935 or rng.random() < 0.6) else "United States of America"
        lab, city = str(_one(rng, _split(_NB_LABS[where]))).split("|")
        person |= {"organization_name": lab, "organization_city": city, "organization_country": where}
    return person


def _nb_known(line: list[str]) -> dict[str, Any]:
    keys = _split(
        "full_name;birth_date;birth_city;birth_country;death_date;death_city;death_country;organization_name;"
        "organization_city;organization_country"
    )
    person: dict[str, Any] = {k: (v or None) for k, v in zip(keys, line[2:], strict=True)}
    person["sex"] = "Female" if person["full_name"] in _NB_WOMEN else "Male"
    return person


def _nobel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4103)
    used = {line[2] for line in _NB_KNOWN}
    known: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for line in _NB_KNOWN:
        known.setdefault((int(line[0]), line[1]), []).append(_nb_known(line))
    for when, body in _NB_BODIES:
        known.setdefault((int(when), "Peace"), []).append(
            {"full_name": body, "laureate_type": "Organization", "sex": None}
        )
    rows: list[dict[str, Any]] = []
    ids: dict[str, int] = {}
    for year in range(1901, 2017):
        for category in _NB_PRIZES:
            if str(year) in _split(_NB_SKIPPED[category]) or (category == "Economics" and year < 1969):
                continue
            forced = known.get((year, category), [])
            if category in ("Physics", "Medicine"):
                weights = [60, 30, 10] if year < 1950 else [30, 35, 35] if year < 1990 else [15, 30, 55]
            elif category == "Chemistry":
                weights = [85, 12, 3] if year < 1950 else [45, 35, 20] if year < 1990 else [25, 35, 40]
            elif category == "Literature":
                weights = [96, 4, 0]
            elif category == "Peace":
                weights = [72, 25, 3]
            else:
                weights = [45, 35, 20]
            k = max(len(forced), int(_one(rng, [1, 2, 3], weights)))
            people = [*forced, *(_nb_person(rng, year, category, used) for _ in range(k - len(forced)))]
            people = [people[int(i)] for i in rng.permutation(k)]
            shares = ["1/1"] if k == 1 else ["1/2", "1/2"] if k == 2 else ["1/3"] * 3
            if k == 3 and rng.random() < 0.4:
                shares = ["1/2", "1/4", "1/4"]
            pronoun = "their" if k > 1 else "her" if people[0].get("sex") == "Female" else "his"
            motivation = _nb_motivation(rng, year, category, pronoun)
            for person, share in zip(people, shares, strict=True):
                name = person["full_name"]
                if name not in ids:
                    ids[name] = max(ids.values(), default=0) + 1 + int(rng.integers(0, 3))
                row = dict.fromkeys(_NB_COLUMNS)
                row |= {"year": year, "category": category, "prize": f"{_NB_PRIZES[category]} {year}"}
                row |= {"motivation": motivation, "prize_share": share, "laureate_id": ids[name]}
                row |= {"laureate_type": "Individual"} | person
                rows.append(row)
                second = row["organization_name"] and row["sex"] == "Male" and rng.random() < 0.05
                where = row["organization_country"]
                if second and where in _NB_LABS:
                    lab, city = str(_one(rng, _split(_NB_LABS[where]))).split("|")
                    if lab != row["organization_name"]:
                        rows.append(row | {"organization_name": lab, "organization_city": city})
    return pd.DataFrame(rows)[_NB_COLUMNS]


_NB_US = {"United States of America": ("USA", "US", "U.S.", "United States", "America")}


def _nb_top_country(unique: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        if unique:
            d = d.drop_duplicates("laureate_id")
        return str(_text(d["birth_country"]).replace("", pd.NA).dropna().value_counts().idxmax())

    return top


def _nb_women(how: str) -> Callable[[pd.DataFrame], float]:
    """Women laureates: rows, people, or prizes (a person and a prize, affiliations aside)."""

    def count(d: pd.DataFrame) -> float:
        w = d[_text(d["sex"]) == "Female"]
        if how == "people":
            return float(w["laureate_id"].nunique())
        if how == "prizes":
            return float(len(w.drop_duplicates(["laureate_id", "year", "category"])))
        return float(len(w))

    return count


def _nb_age_means(how: str, unique: bool) -> Callable[[pd.DataFrame], Any]:
    """Mean age at the award by category: award year less birth year, or age in years on 10 December (whole or
    fractional)."""

    def means(d: pd.DataFrame) -> Any:
        if unique:
            d = d.drop_duplicates(["laureate_id", "year", "category"])
        born = pd.to_datetime(d["birth_date"], errors="coerce")
        award = pd.to_datetime(d["year"].astype(str) + "-12-10")
        if how == "years":
            age = d["year"] - born.dt.year
        else:
            age = (award - born).dt.days / 365.25
            age = np.floor(age) if how == "whole" else age
        return age.groupby(_text(d["category"])).mean().to_numpy()

    return means


def _nb_decade_share(unique: bool, people_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        if unique:
            d = d.drop_duplicates(["laureate_id", "year", "category"])
        if people_only:
            d = d[_text(d["laureate_type"]) == "Individual"]
        last = d[d["year"] // 10 == d["year"].max() // 10]
        return float((_text(last["sex"]) == "Female").mean())

    return share


_NB_ID = ("laureate_id", "full_name", "prize")
_NOBEL_QS = [
    Q(
        "which country were the most nobel laureates born in?",
        _lead(either(_named(_nb_top_country(False), _NB_US), _named(_nb_top_country(True), _NB_US))),
        (*_NB_ID, "birth_country"),
    ),
    Q(
        "how many women have won a nobel prize?",
        either(*(_count(_nb_women(h)) for h in ("rows", "people", "prizes"))),
        (*_NB_ID, "sex", "year", "laureate_type"),
    ),
    Q(
        "in which category have women won the most?",
        _lead(_named(lambda d: str(_text(d.loc[_text(d["sex"]) == "Female", "category"]).value_counts().idxmax()))),
        (*_NB_ID, "sex", "category"),
    ),
    Q(
        "whats the average age of laureates at the time of the award, per category",
        either(*(_about(_nb_age_means(h, u)) for h in ("years", "whole", "exact") for u in (False, True))),
        (*_NB_ID, "birth_date", "year", "category"),
    ),
    Q(
        "plot the share of female laureates by decade - is it going up?",
        either(*(_share(_nb_decade_share(u, p)) for u in (False, True) for p in (False, True))),
        (*_NB_ID, "sex", "year", "laureate_type"),
    ),
    Q(
        "how many laureates have no organization listed?",
        either(
            _count(lambda d: float(d["organization_name"].isna().sum())),
            _count(lambda d: float(d.loc[d["organization_name"].isna(), "laureate_id"].nunique())),
        ),
        (*_NB_ID, "organization_name", "laureate_type", "organization_city", "organization_country"),
    ),
]


# --- 4. Marvel characters (FiveThirtyEight comic-characters, marvel-wikia-data.csv) --------------------------------

# name|appearances|first appearance|align|eyes|hair|sex|alive|identity
_MV_FAMOUS = _fields(
    "Spider-Man (Peter Parker)|4043|Aug-62|Good|Hazel|Brown|Male|Living|Secret;"
    "Captain America (Steven Rogers)|3360|Mar-41|Good|Blue|White|Male|Living|Public;"
    'Wolverine (James \\"Logan\\" Howlett)|3061|Oct-74|Neutral|Blue|Black|Male|Living|Public;'
    'Iron Man (Anthony \\"Tony\\" Stark)|2961|Mar-63|Good|Blue|Black|Male|Living|Public;'
    "Thor (Thor Odinson)|2258|Nov-50|Good|Blue|Blond|Male|Living|No Dual;"
    "Benjamin Grimm (Earth-616)|2255|Nov-61|Good|Blue|No|Male|Living|Public;"
    "Reed Richards (Earth-616)|2072|Nov-61|Good|Brown|Brown|Male|Living|Public;"
    "Hulk (Robert Bruce Banner)|2017|May-62|Good|Brown|Brown|Male|Living|Public;"
    "Scott Summers (Earth-616)|1955|Sep-63|Neutral|Brown|Brown|Male|Living|Public;"
    "Jonathan Storm (Earth-616)|1934|Nov-61|Good|Blue|Blond|Male|Living|Public;"
    "Henry McCoy (Earth-616)|1825|Sep-63|Good|Blue|Blue|Male|Living|Public;"
    "Susan Storm (Earth-616)|1713|Nov-61|Good|Blue|Blond|Female|Living|Public;"
    "Namor McKenzie (Earth-616)|1528|Apr-39|Neutral|Grey|Black|Male|Living|No Dual;"
    "Ororo Munroe (Earth-616)|1512|May-75|Good|Blue|White|Female|Living|Public;"
    "Clinton Barton (Earth-616)|1394|Sep-64|Good|Blue|Blond|Male|Living|Public;"
    "Matthew Murdock (Earth-616)|1338|Apr-64|Good|Blue|Red|Male|Living|Public;"
    "Stephen Strange (Earth-616)|1307|Jul-63|Good|Grey|Black|Male|Living|Public;"
    "Mary Jane Watson (Earth-616)|1304|Dec-65|Good|Green|Red|Female|Living|Public;"
    "John Jonah Jameson (Earth-616)|1266|Mar-63|Neutral|Blue|Black|Male|Living|Public;"
    "Robert Drake (Earth-616)|1265|Sep-63|Good|Brown|Brown|Male|Living|Public;"
    "Henry Pym (Earth-616)|1237|Jan-62|Good|Blue|Blond|Male|Living|Public;"
    "Charles Xavier (Earth-616)|1233|Sep-63|Good|Blue|Bald|Male|Living|Public;"
    "Warren Worthington III (Earth-616)|1231|Sep-63|Good|Blue|Blond|Male|Living|Public;"
    "Piotr Rasputin (Earth-616)|1223|May-75|Good|Silver|Black|Male|Living|Public;"
    "Wanda Maximoff (Earth-616)|1214|Mar-64|Good|Blue|Brown|Female|Living|Public;"
    "Nicholas Fury (Earth-616)|1180|May-63|Good|Brown|Brown|Male|Living|Public;"
    "Janet van Dyne (Earth-616)|1165|Jun-63|Good|Blue|Auburn|Female|Living|Public;"
    "Jean Grey (Earth-616)|1107|Sep-63|Good|Green|Red|Female|Deceased|Public;"
    "Natalia Romanova (Earth-616)|1050|Apr-64|Good|Green|Red|Female|Living|Public;"
    "Victor von Doom (Earth-616)|1019|Jul-62|Bad|Brown|Brown|Male|Living|Public;"
    "Wilson Fisk (Earth-616)|612|Jul-67|Bad|Blue|Bald|Male|Living|Public;"
    "Norman Osborn (Earth-616)|598|Jul-64|Bad|Blue|Auburn|Male|Living|Public;"
    "Loki Laufeyson (Earth-616)|566|Oct-49|Bad|Green|Black|Male|Living|No Dual;"
    "Max Eisenhardt (Earth-616)|554|Sep-63|Bad|Grey|White|Male|Living|Public"
)
_MV_FIRST = _split(
    "John;Mary;Peter;Robert;James;Michael;David;William;Richard;Thomas;Charles;Daniel;Paul;Mark;Steven;Anthony;"
    "Kevin;Brian;Jason;Gary;Sarah;Jennifer;Linda;Susan;Karen;Nancy;Lisa;Betty;Helen;Sandra;Donna;Carol;Ruth;Sharon;"
    "Laura;Amy;Angela;Melissa;Rebecca;Kimberly;Yuri;Ivan;Dmitri;Natasha;Kenji;Hiroshi;Mei;Carlos;Miguel;Rosa;Ahmed;"
    "Fatima;Samuel;Jonas;Erik;Franz;Hans;Pierre;Luc;Marco;Luca;Sven;Olaf;Raj;Priya;Chen;Li;Jessica;Emma;Frank"
)
_MV_LAST = _split(
    "Smith;Jones;Brown;Williams;Miller;Davis;Garcia;Rodriguez;Wilson;Martinez;Anderson;Taylor;Thomas;Moore;Jackson;"
    "Martin;Lee;Thompson;White;Harris;Clark;Lewis;Robinson;Walker;Young;Allen;King;Wright;Scott;Hill;Green;Adams;"
    "Baker;Nelson;Carter;Mitchell;Roberts;Turner;Phillips;Campbell;Parker;Evans;Edwards;Collins;Stewart;Morris;"
    "Murphy;Cook;Rogers;Morgan;Petrov;Volkov;Tanaka;Watanabe;Kim;Park;Nguyen;Schmidt;Fischer;Dubois;Rossi;Kowalski;"
    "O'Brien;Blackwood;Cross;Frost;Stone;Steele;Knight;Wolfe;Hammer;Grant;Sinclair;Vance;Kane;Logan"
)
_MV_CODE_A = _split(
    "Black;Red;Silver;Iron;Dark;Night;Steel;Shadow;Blood;Star;Thunder;Storm;Fire;Ice;Death;Mind;Crimson;Golden;"
    "Ghost;Psycho;Mega;Ultra;Cyber;Doom;War;Super;Hell;Blue;Grey;Razor;Mister;Doctor;Captain;Lady;Madame;Baron;Count"
)
_MV_CODE_B = _split(
    "hawk;wolf;blade;fist;claw;fang;strike;storm;shadow;bolt;flame;frost;skull;viper;spider;raven;cat;shark;wing;"
    "mind;stone;hammer;spear;witch;knight;rider;runner;jack;man;woman;lord;master;king;queen;beast;slayer"
)
_MV_TITLES = ("Mister", "Doctor", "Captain", "Lady", "Madame", "Baron", "Count")
_MV_EYES = (
    "Blue Eyes:12;Brown Eyes:11.7;Green Eyes:3.7;Black Eyes:3.4;Red Eyes:3.1;White Eyes:2.4;Yellow Eyes:1.6;"
    "Grey Eyes:0.6;Hazel Eyes:0.5;Variable Eyes:0.3;Purple Eyes:0.2;Orange Eyes:0.15;Pink Eyes:0.15;One Eye:0.1;"
    "Gold Eyes:0.1;Silver Eyes:0.1;Amber Eyes:0.05;Multiple Eyes:0.05;Compound Eyes:0.05;No Eyes:0.05;:59.5"
)
_MV_HAIR = (
    "Black Hair:23;Brown Hair:14.3;Blond Hair:9.7;No Hair:7.2;Bald:5.1;White Hair:4.6;Red Hair:3.8;Grey Hair:3.2;"
    "Green Hair:0.7;Auburn Hair:0.5;Purple Hair:0.3;Strawberry Blond Hair:0.3;Blue Hair:0.3;Variable Hair:0.2;"
    "Orange Hair:0.2;Pink Hair:0.2;Silver Hair:0.1;Yellow Hair:0.1;Gold Hair:0.1;Light Brown Hair:0.1;:26"
)
_MV_GSM = "Homosexual Characters:0.45;Bisexual Characters:0.12;Transgender Characters:0.03;:99.4"
_MV_MONTHS = _split("Jan;Feb;Mar;Apr;May;Jun;Jul;Aug;Sep;Oct;Nov;Dec")


def _mv_years() -> str:
    """New characters a year as "1939:8;1940:30;...", and some with no year."""
    weights: dict[int, float] = {1939: 8, 1940: 30, 1941: 25}
    weights |= {y: 12 for y in range(1942, 1950)}
    weights |= {y: 6 for y in range(1950, 1961)}
    weights |= {1954: 4, 1955: 4, 1956: 4, 1961: 15, 1962: 38, 1963: 52}
    weights |= {y: 45 for y in range(1964, 1970)}
    weights |= {y: 55 + 1.5 * (y - 1970) for y in range(1970, 1980)}
    weights |= {y: 70 + 2.0 * (y - 1980) for y in range(1980, 1990)}
    weights |= {1990: 95, 1991: 104, 1992: 116, 1993: 140, 1994: 121, 1995: 101, 1996: 86, 1997: 80, 1998: 84}
    weights |= {1999: 86, 2000: 88, 2001: 92, 2002: 97, 2003: 101, 2004: 104, 2005: 108, 2006: 112, 2007: 109}
    weights |= {2008: 110, 2009: 106, 2010: 98, 2011: 90, 2012: 82, 2013: 72}
    return ";".join(f"{y}:{w}" for y, w in sorted(weights.items())) + ";:205"


def _mv_name(rng: np.random.Generator, used: set[str]) -> str:
    for _ in range(500):
        form = float(rng.random())
        if form < 0.7:
            name = f"{_one(rng, _MV_FIRST)} {_one(rng, _MV_LAST)}"
        else:
            a, b = str(_one(rng, _MV_CODE_A)), str(_one(rng, _MV_CODE_B))
            name = f"{a} {b.title()}" if a in _MV_TITLES else a + b
        if form < 0.45 or 0.7 <= form < 0.9:
            name += " (Earth-616)"
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("no name left")


def _mv_row(name: str, page: int, year: float | None, month: int) -> dict[str, Any]:
    return {
        "page_id": page,
        "name": name,
        "urlslug": "\\/" + name.replace(" ", "_"),
        "FIRST APPEARANCE": None if year is None else f"{_MV_MONTHS[month - 1]}-{int(year) % 100:02d}",
        "Year": year,
    }


def _marvel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4104)
    n = 4000
    pages = rng.choice(np.arange(1025, 760000), n, replace=False)
    used = {line[0] for line in _MV_FAMOUS}
    rows: list[dict[str, Any]] = []
    for i, (name, seen, first, align, eyes, hair, sex, alive, identity) in enumerate(_MV_FAMOUS):
        month, yy = first.split("-")
        row = _mv_row(name, int(pages[i]), float(1900 + int(yy)), _MV_MONTHS.index(month) + 1)
        row |= {"ID": f"{identity} Identity", "ALIGN": f"{align} Characters", "EYE": f"{eyes} Eyes"}
        row |= {"HAIR": hair if hair == "Bald" else f"{hair} Hair", "SEX": f"{sex} Characters", "GSM": None}
        row |= {"ALIVE": f"{alive} Characters", "APPEARANCES": float(seen)}
        rows.append(row)
    rest = n - len(rows)
    years = _deal(rng, _mv_years(), rest)
    aligns = _deal(rng, "Bad:41;Good:28.3;Neutral:13.5;:17.2", rest)
    sexes = _deal(rng, "Male:71;Female:23.4;Agender:0.3;Genderfluid:0.05;:5.25", rest)
    for i in range(rest):
        year = float(years[i]) if years[i] else None
        row = _mv_row(_mv_name(rng, used), int(pages[len(rows)]), year, int(rng.integers(1, 13)))
        align = aligns[i]
        dead = {"Bad": 0.28, "Good": 0.18, "Neutral": 0.22}.get(align, 0.2)
        age = 2013 - (year if year is not None else 2005)
        seen_mu = np.log(4.5) + 0.015 * age + {"Good": 0.75, "Neutral": 0.35, "Bad": -0.3}.get(align, -0.5)
        appearances = float(np.clip(round(rng.lognormal(seen_mu, 1.25)), 1, 950))
        missing = rng.random() < (0.04 if year is not None and year < 2005 else 0.14)
        row |= {
            "ID": _blank(_draw(rng, "Secret Identity:38;Public Identity:28;No Dual Identity:11;:23")),
            "ALIGN": f"{align} Characters" if align else None,
            "EYE": _blank(_draw(rng, _MV_EYES)),
            "HAIR": _blank(_draw(rng, _MV_HAIR)),
            "SEX": f"{sexes[i]} Characters" if sexes[i] else None,
            "GSM": _blank(_draw(rng, _MV_GSM)),
            "ALIVE": "Deceased Characters" if rng.random() < dead else "Living Characters",
            "APPEARANCES": None if missing else appearances,
        }
        rows.append(row)
    for i in rng.choice(np.arange(len(_MV_FAMOUS), n), 3, replace=False):
        rows[int(i)]["ALIVE"] = None
    rows[int(rng.integers(len(_MV_FAMOUS), n))]["ID"] = "Known to Authorities Identity"
    columns = _split("page_id;name;urlslug;ID;ALIGN;EYE;HAIR;SEX;GSM;ALIVE;APPEARANCES;FIRST APPEARANCE;Year")
    frame = pd.DataFrame(rows)[columns]
    return frame.sort_values("APPEARANCES", ascending=False, kind="stable", na_position="last", ignore_index=True)


def _mv_forms(name: str) -> list[str]:
    """A character by the name outside the brackets or inside them ("Spider-Man", "Peter Parker"), not "Earth-616",
    the name inside with or without its nickname, or by the nickname ("Tony Stark", "Anthony Stark")."""
    forms = [name.split(" (")[0]]
    for inside in re.findall(r"\(([^)]*)\)", name):
        if inside.startswith("Earth-"):
            continue
        words = inside.replace('\\"', '"').split()
        plain = [w for w in words if not w.startswith('"')]
        nick = [w.strip('"') for w in words if w.startswith('"')]
        forms += [" ".join(words), " ".join(plain), *(f"{w} {plain[-1]}" for w in nick[:1] if len(plain) > 1)]
    return forms


def _mv_top(d: pd.DataFrame) -> list[str]:
    order = d["APPEARANCES"].sort_values(ascending=False, kind="stable")
    return [str(x) for x in _text(d["name"]).loc[order.index[:5]]]


def _mv_female(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        sex = _text(d["SEX"])
        if known_only:
            sex = sex[sex != ""]
        return float((sex == "Female Characters").mean())

    return share


def _mv_bad_dead(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        alive = _text(d.loc[_text(d["ALIGN"]) == "Bad Characters", "ALIVE"])
        if known_only:
            alive = alive[alive != ""]
        return float((alive == "Deceased Characters").mean())

    return share


def _mv_align_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_text(d["ALIGN"]))["APPEARANCES"].mean()
    return [float(by["Good Characters"]), float(by["Bad Characters"])]


_MV_ID = ("name", "page_id", "urlslug")
_MARVEL_QS = [
    Q(
        "top 5 characters by number of appearances",
        _any_named(_mv_top, _mv_forms),
        (*_MV_ID, "APPEARANCES"),
    ),
    Q(
        "what percent of the characters are female",
        either(_share(_mv_female(False)), _share(_mv_female(True))),
        (*_MV_ID, "SEX"),
    ),
    Q(
        "compare avg appearances of good vs bad characters",
        has(_mv_align_means),
        (*_MV_ID, "ALIGN", "APPEARANCES"),
    ),
    Q(
        "what fraction of the bad ones are dead?",
        either(_share(_mv_bad_dead(False)), _share(_mv_bad_dead(True))),
        (*_MV_ID, "ALIGN", "ALIVE"),
    ),
    Q(
        "plot the number of new characters per year. which year introduced the most?",
        _lead(_year(lambda d: float(d["Year"].value_counts().idxmax()))),
        (*_MV_ID, "Year", "FIRST APPEARANCE"),
    ),
    Q(
        "how many characters have no alignment listed",
        _count(lambda d: float(d["ALIGN"].isna().sum())),
        (*_MV_ID, "ALIGN"),
    ),
]


# --- 5. Boston crime incidents (Kaggle "Crimes in Boston", crime.csv) ----------------------------------------------

# district: rows in the full file, latitude, longitude, streets
_BC_DISTRICTS: dict[str, tuple[int, float, float, str]] = {
    "B2": (49945, 42.3190, -71.0840, "WASHINGTON ST;BLUE HILL AVE;WARREN ST;DUDLEY ST;COLUMBUS AVE;MALCOLM X BLVD"),
    "C11": (42530, 42.2990, -71.0600, "DORCHESTER AVE;GENEVA AVE;BOWDOIN ST;COLUMBIA RD;ADAMS ST;NEPONSET AVE"),
    "D4": (41915, 42.3420, -71.0780, "MASSACHUSETTS AVE;HARRISON AVE;BOYLSTON ST;HUNTINGTON AVE;WASHINGTON ST"),
    "A1": (35717, 42.3588, -71.0580, "WASHINGTON ST;TREMONT ST;BOYLSTON ST;CAMBRIDGE ST;STATE ST;SUMMER ST"),
    "B3": (35442, 42.2850, -71.0850, "BLUE HILL AVE;RIVER ST;NORFOLK ST;WOODROW AVE;CUMMINS HWY;MORTON ST"),
    "C6": (23460, 42.3350, -71.0480, "W BROADWAY;E BROADWAY;DORCHESTER AVE;OLD COLONY AVE;L ST"),
    "D14": (20127, 42.3500, -71.1400, "COMMONWEALTH AVE;CAMBRIDGE ST;WASHINGTON ST;BRIGHTON AVE;N BEACON ST"),
    "E13": (17536, 42.3130, -71.1090, "CENTRE ST;WASHINGTON ST;COLUMBUS AVE;SOUTH ST;LAMARTINE ST"),
    "E18": (17348, 42.2570, -71.1230, "HYDE PARK AVE;RIVER ST;TRUMAN PKWY;AMERICAN LEGION HWY;METROPOLITAN AVE"),
    "A7": (13544, 42.3720, -71.0370, "BENNINGTON ST;BORDER ST;MERIDIAN ST;SARATOGA ST;MAVERICK SQ"),
    "E5": (13239, 42.2860, -71.1500, "CENTRE ST;WASHINGTON ST;VFW PKWY;SPRING ST;LAGRANGE ST"),
    "A15": (6505, 42.3782, -71.0603, "BUNKER HILL ST;MEDFORD ST;MAIN ST;RUTHERFORD AVE"),
    "": (1765, 42.3300, -71.0800, "WASHINGTON ST"),
}
# offense group: rows in the full file, UCR part, codes as "code:description"
_BC_OFFENSES: dict[str, tuple[int, str, str]] = {
    "Motor Vehicle Accident Response": (
        37132,
        "Part Three",
        "3831:M/V - LEAVING SCENE - PROPERTY DAMAGE;3801:M/V ACCIDENT - OTHER;3802:M/V ACCIDENT - PROPERTY DAMAGE;"
        "3803:M/V ACCIDENT - PERSONAL INJURY;3807:M/V ACCIDENT - INVOLVING PEDESTRIAN - INJURY",
    ),
    "Larceny": (
        25935,
        "Part One",
        "619:LARCENY ALL OTHERS;613:LARCENY SHOPLIFTING;617:LARCENY THEFT FROM BUILDING;"
        "611:LARCENY PICK-POCKET;616:LARCENY THEFT OF BICYCLE",
    ),
    "Medical Assistance": (
        23540,
        "Part Three",
        "3006:SICK/INJURED/MEDICAL - PERSON;3005:SICK ASSIST;3016:SICK ASSIST - DRUG RELATED ILLNESS",
    ),
    "Investigate Person": (18750, "Part Three", "3115:INVESTIGATE PERSON"),
    "Other": (18075, "Part Two", "3170:INTIMIDATING WITNESS;2647:THREATS TO DO BODILY HARM;3029:PRISONER - SUICIDE"),
    "Drug Violation": (
        16548,
        "Part Two",
        "1843:DRUGS - POSS CLASS B - INTENT TO MFR DIST DISP;1841:DRUGS - POSS CLASS A - INTENT TO MFR DIST DISP;"
        "1848:DRUGS - POSS CLASS D - INTENT MFR DIST DISP;1874:DRUGS - OTHER",
    ),
    "Simple Assault": (15826, "Part Two", "802:ASSAULT SIMPLE - BATTERY;801:ASSAULT - SIMPLE"),
    "Vandalism": (15415, "Part Two", "1402:VANDALISM;1415:GRAFFITI"),
    "Verbal Disputes": (13099, "Part Three", "3301:VERBAL DISPUTE"),
    "Towed": (11287, "Part Three", "3410:TOWED MOTOR VEHICLE"),
    "Investigate Property": (11124, "Part Three", "3114:INVESTIGATE PROPERTY"),
    "Larceny From Motor Vehicle": (
        10847,
        "Part One",
        "614:LARCENY THEFT FROM MV - NON-ACCESSORY;615:LARCENY THEFT OF MV PARTS & ACCESSORIES",
    ),
    "Property Lost": (9751, "Part Three", "3207:PROPERTY - LOST;3208:PROPERTY - MISSING"),
    "Warrant Arrests": (8407, "Part Three", "3125:WARRANT ARREST"),
    "Aggravated Assault": (7807, "Part One", "413:ASSAULT - AGGRAVATED - BATTERY;423:ASSAULT - AGGRAVATED"),
    "Violations": (6095, "Part Two", "2900:VAL - VIOLATION OF AUTO LAW - OTHER;2907:VAL - OPERATING AFTER REV/SUSP."),
    "Fraud": (
        5910,
        "Part Two",
        "1106:FRAUD - CREDIT CARD / ATM FRAUD;1107:FRAUD - IMPERSONATION;1102:FRAUD - FALSE PRETENSE / SCHEME",
    ),
    "Residential Burglary": (
        5606,
        "Part One",
        "520:BURGLARY - RESIDENTIAL - FORCE;521:BURGLARY - RESIDENTIAL - ATTEMPT;522:BURGLARY - RESIDENTIAL - NO FORCE",
    ),
    "Missing Person Located": (5195, "Part Three", "3503:MISSING PERSON - LOCATED"),
    "Auto Theft": (4851, "Part One", "724:AUTO THEFT;727:AUTO THEFT - LEASED/RENTED VEHICLE"),
    "Robbery": (4776, "Part One", "301:ROBBERY - STREET;311:ROBBERY - COMMERCIAL;381:ROBBERY - BANK"),
    "Harassment": (4027, "Part Two", "2629:HARASSMENT"),
    "Property Found": (3970, "Part Three", "3017:PROPERTY - FOUND"),
    "Missing Person Reported": (3820, "Part Three", "3502:MISSING PERSON"),
    "Confidence Games": (3635, "Part Two", "1109:FRAUD - WIRE"),
    "Police Service Incidents": (3258, "Part Three", "3402:PROTECTIVE CUSTODY / SAFEKEEPING"),
    "Disorderly Conduct": (2744, "Part Two", "2401:DISORDERLY CONDUCT"),
    "Fire Related Reports": (
        2599,
        "Part Three",
        "3108:FIRE REPORT - HOUSE, BUILDING, ETC.;3109:FIRE REPORT - CAR, BRUSH, ETC.",
    ),
    "Firearm Violations": (
        2208,
        "Part Two",
        "1501:WEAPON - FIREARM - CARRYING / POSSESSING, ETC;1510:WEAPON - FIREARM - OTHER VIOLATION",
    ),
    "License Violation": (2180, "Part Two", "2204:LICENSE PREMISE VIOLATION"),
    "Restraining Order Violations": (1638, "Part Two", "2618:VIOL. OF RESTRAINING ORDER W NO ARREST"),
    "Counterfeiting": (1294, "Part Two", "1001:FORGERY / COUNTERFEITING"),
    "Recovered Stolen Property": (1271, "Part Two", "1300:STOLEN PROPERTY - BUYING / RECEIVING / POSSESSING"),
    "Commercial Burglary": (1227, "Part One", "511:BURGLARY - COMMERICAL - FORCE"),
    "Auto Theft Recovery": (1009, "Part Three", "2010:AUTO THEFT - RECOVERED IN BY POLICE"),
    "Liquor Violation": (952, "Part Two", "2006:LIQUOR - DRINKING IN PUBLIC"),
    "Ballistics": (938, "Part Two", "2662:BALLISTICS EVIDENCE/FOUND"),
    "Landlord/Tenant Disputes": (896, "Part Three", "3303:LANDLORD - TENANT SERVICE"),
    "Operating Under the Influence": (835, "Part Two", "2102:OPERATING UNDER THE INFLUENCE ALCOHOL"),
    "Embezzlement": (400, "Part Two", "1201:EMBEZZLEMENT"),
    "Homicide": (161, "Part One", "111:MURDER, NON-NEGLIGIENT MANSLAUGHTER"),
    "INVESTIGATE PERSON": (80, "Part Three", "3115:INVESTIGATE PERSON"),
}
_BC_HOURS = (
    "0:4.4;1:2.6;2:2.1;3:1.2;4:0.9;5:1.0;6:1.7;7:2.8;8:4.2;9:4.5;10:4.9;11:5.0;12:6.0;13:5.1;14:5.2;15:5.3;16:6.0;"
    "17:6.6;18:6.1;19:5.6;20:5.3;21:4.8;22:4.6;23:3.9"
)
# district: shooting incidents
_BC_SHOOTINGS = {"B3": 8, "B2": 6, "C11": 4, "E18": 2, "D4": 1, "E13": 1}
_BC_ARMED = "Aggravated Assault:60;Ballistics:20;Firearm Violations:10;Homicide:10"
_BC_SECOND = "Warrant Arrests:30;Investigate Person:20;Simple Assault:15;Drug Violation:15;Vandalism:10;Other:10"


def _bc_offense(rng: np.random.Generator, group: str) -> dict[str, Any]:
    _n, part, codes = _BC_OFFENSES[group]
    code, description = str(_one(rng, _split(codes))).split(":", 1)
    return {
        "OFFENSE_CODE": int(code),
        "OFFENSE_CODE_GROUP": group,
        "OFFENSE_DESCRIPTION": description,
        "UCR_PART": part,
    }


def _boston_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4105)
    n = 4860
    days = pd.date_range("2015-06-15", "2018-09-03", freq="D")
    summer = 1 + 0.15 * np.sin(2 * np.pi * (days.dayofyear.to_numpy() - 110) / 365.25)
    picks = np.sort(rng.choice(len(days), n, p=summer / summer.sum()))
    districts = _deal(rng, ";".join(f"{k}:{v[0]}" for k, v in _BC_DISTRICTS.items()), n)
    hours = _deal(rng, _BC_HOURS, n)
    groups = _deal(rng, ";".join(f"{k}:{v[0]}" for k, v in _BC_OFFENSES.items()), n)
    taken: set[str] = set()
    rows: list[dict[str, Any]] = []
    for i in range(n):
        day = days[int(picks[i])]
        minute = 0 if rng.random() < 0.4 else int(rng.integers(0, 60))
        when = day + pd.Timedelta(hours=int(hours[i]), minutes=minute)
        while True:
            number = f"I{day.year % 100}2{2700 * (day.dayofyear - 1) + int(rng.integers(0, 2700)):06d}"
            if number not in taken:
                taken.add(number)
                break
        district = districts[i]
        _w, lat, lon, streets = _BC_DISTRICTS[district]
        place = float(rng.random())
        if place < 0.05:
            y, x = None, None
        elif place < 0.06:
            y, x = -1.0, -1.0
        else:
            y, x = round(lat + rng.normal(0, 0.009), 8), round(lon + rng.normal(0, 0.011), 8)
        rows.append(
            {
                "INCIDENT_NUMBER": number,
                **_bc_offense(rng, groups[i]),
                "DISTRICT": district or None,
                "REPORTING_AREA": " " if rng.random() < 0.06 else str(int(rng.integers(1, 963))),
                "SHOOTING": None,
                "OCCURRED_ON_DATE": f"{when:%Y-%m-%d %H:%M:%S}",
                "YEAR": when.year,
                "MONTH": when.month,
                "DAY_OF_WEEK": f"{when:%A}",
                "HOUR": when.hour,
                "STREET": None if rng.random() < 0.03 else str(_one(rng, _split(streets))),
                "Lat": y,
                "Long": x,
                "Location": f"({y or 0.0:.8f}, {x or 0.0:.8f})",
            }
        )
    shot: list[int] = []
    for district, k in _BC_SHOOTINGS.items():
        inside = [i for i, r in enumerate(rows) if r["DISTRICT"] == district]
        for i in rng.choice(inside, k, replace=False):
            rows[int(i)] |= _bc_offense(rng, _draw(rng, _BC_ARMED)) | {"SHOOTING": "Y"}
            shot.append(int(i))
    twice = [int(i) for i in rng.choice([i for i in range(n) if i not in shot], 138, replace=False)]
    for i in [*shot[:2], *twice]:
        second = "Firearm Violations" if rows[i]["SHOOTING"] else _draw(rng, _BC_SECOND)
        rows.append(rows[i] | _bc_offense(rng, second))
    for i in rng.choice(len(rows), 3, replace=False):
        rows[int(i)]["UCR_PART"] = None
    frame = pd.DataFrame(rows)
    return frame.sort_values("INCIDENT_NUMBER", ascending=False, kind="stable", ignore_index=True)


def _bc(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates("INCIDENT_NUMBER") if unique else d


def _bc_shot(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    d = d[_text(d["SHOOTING"]) == "Y"]
    return _bc(d, unique)


def _bc_top(column: str, shot: bool, unique: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        part = _bc_shot(d, unique) if shot else _bc(d, unique)
        values = _text(part[column])
        return str(values[values != ""].value_counts().idxmax())

    return top


def _bc_years(unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    def counts(d: pd.DataFrame) -> list[float]:
        by = _bc(d, unique)["YEAR"].value_counts()
        return [float(by[2016]), float(by[2017])]

    return counts


_BC_ID = ("INCIDENT_NUMBER",)
_BOSTON_QS = [
    Q(
        "which district has the most incidents?",
        _lead(either(_named(_bc_top("DISTRICT", False, False)), _named(_bc_top("DISTRICT", False, True)))),
        (*_BC_ID, "DISTRICT"),
    ),
    Q(
        "how many incidents involved a shooting",
        either(_count(lambda d: float(len(_bc_shot(d, False)))), _count(lambda d: float(len(_bc_shot(d, True))))),
        (*_BC_ID, "SHOOTING"),
    ),
    Q(
        "which district had the most of those?",
        _lead(either(_named(_bc_top("DISTRICT", True, False)), _named(_bc_top("DISTRICT", True, True)))),
        (*_BC_ID, "SHOOTING", "DISTRICT"),
    ),
    Q(
        "what hour of the day do most crimes happen",
        _lead(
            either(
                _clock(lambda d: int(_bc_top("HOUR", False, False)(d))),
                _clock(lambda d: int(_bc_top("HOUR", False, True)(d))),
            )
        ),
        (*_BC_ID, "HOUR", "OCCURRED_ON_DATE"),
    ),
    Q(
        "top 3 most common offense groups",
        _all_named(lambda d: [str(x) for x in _text(d["OFFENSE_CODE_GROUP"]).value_counts().index[:3]]),
        (*_BC_ID, "OFFENSE_CODE_GROUP", "OFFENSE_DESCRIPTION", "OFFENSE_CODE"),
    ),
    Q(
        "compare the number of incidents in 2016 and 2017",
        either(has(_bc_years(False), rel=0.001), has(_bc_years(True), rel=0.001)),
        (*_BC_ID, "YEAR", "OCCURRED_ON_DATE"),
    ),
]


# --- 6. Candy power ranking (FiveThirtyEight candy-data.csv) -------------------------------------------------------

_CD_FLAGS = _split("chocolate;fruity;caramel;peanutyalmondy;nougat;crispedricewafer;hard;bar;pluribus")
# competitorname|flags (chocolate ... pluribus)|sugarpercent|pricepercent|winpercent
_CD_CANDIES = _fields(
    "100 Grand|101001010|0.732|0.860|66.97;3 Musketeers|100010010|0.604|0.511|67.60;"
    "One dime|000000000|0.011|0.116|32.26;One quarter|000000000|0.011|0.511|46.12;"
    "Air Heads|010000000|0.906|0.511|52.34;Almond Joy|100100010|0.465|0.767|50.35;"
    "Baby Ruth|101110010|0.604|0.767|56.91;Boston Baked Beans|000100001|0.313|0.511|23.42;"
    "Candy Corn|000000001|0.906|0.325|38.01;Caramel Apple Pops|011000000|0.604|0.325|34.52;"
    "Charleston Chew|100010010|0.604|0.511|38.98;Chewey Lemonhead Fruit Mix|010000001|0.732|0.511|36.02;"
    "Chiclets|010000001|0.046|0.325|24.52;Dots|010000001|0.732|0.511|42.27;"
    "Dum Dums|010000100|0.732|0.034|39.46;Fruit Chews|010000001|0.127|0.034|43.09;"
    "Fun Dip|010000100|0.732|0.325|39.19;Gobstopper|010000101|0.906|0.453|46.78;"
    "Haribo Gold Bears|010000001|0.465|0.465|57.12;Haribo Happy Cola|000000001|0.465|0.465|34.16;"
    "Haribo Sour Bears|010000001|0.465|0.465|51.41;Haribo Twin Snakes|010000001|0.465|0.465|42.18;"
    "HersheyÕs Kisses|100000001|0.127|0.093|55.38;HersheyÕs Krackel|100001010|0.430|0.918|62.28;"
    "HersheyÕs Milk Chocolate|100000010|0.430|0.918|56.49;HersheyÕs Special Dark|100000010|0.430|0.918|59.24;"
    "Jawbusters|010000101|0.093|0.511|28.13;Junior Mints|100000001|0.197|0.511|57.22;"
    "Kit Kat|100001010|0.313|0.511|76.77;Laffy Taffy|010000000|0.220|0.116|41.39;"
    "Lemonhead|010000100|0.046|0.104|39.14;Lifesavers big ring gummies|010000000|0.267|0.279|52.91;"
    "Peanut butter M&MÕs|100100001|0.825|0.651|71.47;M&MÕs|100000001|0.825|0.651|66.57;"
    "Mike & Ike|010000001|0.872|0.325|46.41;Milk Duds|101000001|0.302|0.511|55.06;"
    "Milky Way|101010010|0.604|0.651|73.10;Milky Way Midnight|101010010|0.732|0.441|60.80;"
    "Milky Way Simply Caramel|101000010|0.965|0.860|64.35;Mounds|100000010|0.313|0.860|47.83;"
    "Mr Good Bar|100100010|0.313|0.918|54.53;Nerds|010000101|0.848|0.325|55.35;"
    "Nestle Butterfinger|100100010|0.604|0.767|70.74;Nestle Crunch|100001010|0.313|0.767|66.47;"
    "Nik L Nip|010000001|0.197|0.976|22.45;Now & Later|010000001|0.220|0.325|39.45;"
    "Payday|000110010|0.465|0.767|46.30;Peanut M&Ms|100100001|0.593|0.651|69.48;"
    "Pixie Sticks|000000001|0.093|0.023|37.72;Pop Rocks|010000101|0.604|0.837|41.27;"
    "Red vines|010000001|0.581|0.116|37.35;ReeseÕs Miniatures|100100000|0.034|0.279|81.87;"
    "ReeseÕs Peanut Butter cup|100100000|0.720|0.651|84.18;ReeseÕs pieces|100100001|0.406|0.651|73.43;"
    "ReeseÕs stuffed with pieces|100100000|0.988|0.651|72.89;Ring pop|010000100|0.732|0.965|35.29;"
    "Rolo|101000001|0.860|0.860|65.72;Root Beer Barrels|000000101|0.732|0.069|29.70;"
    "Runts|010000101|0.872|0.279|42.85;Sixlets|100000001|0.220|0.081|34.72;"
    "Skittles original|010000001|0.941|0.220|63.09;Skittles wildberry|010000001|0.941|0.220|55.10;"
    "Nestle Smarties|100000001|0.267|0.976|37.89;Smarties candy|010000101|0.267|0.116|45.00;"
    "Snickers|101110010|0.546|0.651|76.67;Snickers Crisper|101101010|0.604|0.651|59.53;"
    "Sour Patch Kids|010000001|0.069|0.116|59.86;Sour Patch Tricksters|010000001|0.069|0.116|52.83;"
    "Starburst|010000001|0.151|0.220|67.04;Strawberry bon bons|010000101|0.569|0.058|34.58;"
    "Sugar Babies|001000001|0.965|0.767|33.44;Sugar Daddy|001000000|0.418|0.325|32.23;"
    "Super Bubble|010000000|0.162|0.116|27.30;Swedish Fish|010000001|0.604|0.755|54.86;"
    "Tootsie Pop|110000100|0.604|0.325|48.98;Tootsie Roll Juniors|100000000|0.313|0.511|43.07;"
    "Tootsie Roll Midgies|100000001|0.174|0.011|45.74;Tootsie Roll Snack Bars|100000010|0.465|0.325|49.65;"
    "Trolli Sour Bites|010000001|0.313|0.255|47.17;Twix|101001010|0.546|0.906|81.64;"
    "Twizzlers|010000000|0.220|0.116|45.47;Warheads|010000100|0.093|0.116|39.01;"
    "WelchÕs Fruit Snacks|010000001|0.313|0.313|44.38;WertherÕs Original Caramel|001000100|0.186|0.267|41.90;"
    "Whoppers|100001001|0.872|0.848|49.52"
)


def _cd_stored(value: float) -> float:
    """A percentile as the file stores it: a float32 printed to eight places (0.732 is 0.73199999)."""
    return round(float(np.float32(value)), 8)


def _candy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4106)
    rows: list[dict[str, Any]] = []
    for name, flags, sugar, price, win in _CD_CANDIES:
        row: dict[str, Any] = {"competitorname": name}
        row |= {f: int(c) for f, c in zip(_CD_FLAGS, flags, strict=True)}
        row["sugarpercent"] = _cd_stored(float(sugar))
        row["pricepercent"] = _cd_stored(float(price))
        row["winpercent"] = round(float(win) + float(rng.normal(0, 0.6)) + float(rng.uniform(-0.005, 0.005)), 6)
        rows.append(row)
    return pd.DataFrame(rows)


# "ReeseÕs" as written elsewhere ("Reese's", "Reeses"), and each name in the plural ("Reese's Peanut Butter Cups")
_CD_ALIASES = {
    line[0]: tuple(f"{n}{s}" for n in dict.fromkeys(line[0].replace("Õ", x) for x in ("Õ", "'", "")) for s in ("", "s"))
    for line in _CD_CANDIES
}


def _cd_means(by: str, chocolate_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        if chocolate_only:
            d = d[d["chocolate"] == 1]
        m = d.groupby(by)["winpercent"].mean()
        return [float(m[1]), float(m[0])]

    return means


_CD_ID = ("competitorname",)
_CANDY_QS = [
    Q(
        "which candy has the highest win percentage?",
        _lead(_named(lambda d: str(_text(d["competitorname"])[d["winpercent"].idxmax()]), _CD_ALIASES)),
        (*_CD_ID, "winpercent"),
    ),
    Q(
        "avg winpercent chocolate vs non chocolate candies",
        has(_cd_means("chocolate", False)),
        (*_CD_ID, "chocolate", "winpercent"),
    ),
    Q(
        "and among the chocolate ones, bars vs not bars?",
        has(_cd_means("bar", True)),
        (*_CD_ID, "chocolate", "bar", "winpercent"),
    ),
    Q(
        "how many candies are fruity",
        _count(lambda d: float((d["fruity"] == 1).sum())),
        (*_CD_ID, "fruity"),
    ),
    Q(
        "plot pricepercent vs winpercent, do pricier candies win more?",
        _corr(lambda d: d["pricepercent"], lambda d: d["winpercent"]),
        (*_CD_ID, "pricepercent", "winpercent"),
    ),
    Q(
        "what % of candies have caramel",
        _share(lambda d: float((d["caramel"] == 1).mean())),
        (*_CD_ID, "caramel"),
    ),
]


# --- 7. London weather (Kaggle "London Weather Data", london_weather.csv) ------------------------------------------

# month: mean temperature (°C), half the daily range (°C), sunshine (h), global radiation (W/m²), chance of rain
_LW_MONTHS: dict[int, tuple[float, float, float, float, float]] = {
    1: (5.2, 3.3, 1.9, 27, 0.52),
    2: (5.5, 3.6, 2.6, 48, 0.45),
    3: (7.6, 4.4, 3.8, 88, 0.45),
    4: (10.1, 5.4, 5.6, 140, 0.40),
    5: (13.4, 5.6, 6.5, 180, 0.42),
    6: (16.5, 5.8, 6.9, 200, 0.38),
    7: (18.7, 5.9, 6.7, 195, 0.36),
    8: (18.4, 5.6, 6.2, 165, 0.40),
    9: (15.7, 5.2, 4.9, 115, 0.42),
    10: (12.3, 4.4, 3.4, 65, 0.48),
    11: (8.3, 3.7, 2.1, 34, 0.52),
    12: (5.7, 3.3, 1.5, 21, 0.52),
}
# year: mean of the daily mean temperature (°C)
_LW_YEARS = {
    2010: 10.3,
    2011: 12.0,
    2012: 11.0,
    2013: 10.8,
    2014: 12.5,
    2015: 11.7,
    2016: 11.6,
    2017: 11.9,
    2018: 12.0,
    2019: 11.8,
    2020: 12.1,
}
# first day, anomaly (°C), snow depth day by day (cm)
_LW_COLD = _fields(
    "2010-01-05|-6|3,8,12,10,8,6,4,2,1;"
    "2010-12-17|-7|2,7,9,9,8,7,6,4,2,1;"
    "2012-02-04|-6|4,6,5,3,2,1;"
    "2013-01-18|-5|5,7,7,6,4,3,1;"
    "2013-03-11|-6|1,2,1;"
    "2017-12-10|-5|3,2,1;"
    "2018-02-27|-8|2,5,7,6,3,1"
)
# column: days without a reading (snow depth: also every day from June 2019)
_LW_GAPS = {
    "cloud_cover": 14,
    "global_radiation": 12,
    "max_temp": 5,
    "mean_temp": 30,
    "min_temp": 3,
    "precipitation": 6,
    "pressure": 4,
    "snow_depth": 8,
}


def _london_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4107)
    days = pd.date_range("2010-01-01", "2020-12-31", freq="D")
    n = len(days)
    position = (days.dayofyear.to_numpy() - 15.5) / 365.25 * 12
    months = list(range(14))
    table = np.array([_LW_MONTHS[(m - 1) % 12 + 1] for m in months])
    clim = np.column_stack([np.interp(position + 1, months, table[:, k]) for k in range(5)])
    daylight = 12.2 + 4.4 * np.sin(2 * np.pi * (days.dayofyear.to_numpy() - 80) / 365.25)
    anomaly = np.zeros(n)
    for i in range(1, n):
        anomaly[i] = 0.8 * anomaly[i - 1] + rng.normal(0, 1.6)
    snow = np.zeros(n)
    for first, shift, depths in _LW_COLD:
        start = int(days.get_loc(pd.Timestamp(first)))
        cm = [float(x) for x in depths.split(",")]
        anomaly[start : start + len(cm)] += float(shift)
        snow[start : start + len(cm)] = cm
    share = clim[:, 2] / daylight
    sunny = rng.beta(2.2 * share, 2.2 * (1 - share))
    summer = np.sin(2 * np.pi * (days.dayofyear.to_numpy() - 105) / 365.25)
    mean = clim[:, 0] + anomaly + 2.0 * (sunny - share) * summer
    years = days.year.to_numpy()
    for year, target in _LW_YEARS.items():
        mean[years == year] += target - mean[years == year].mean()
    swing = clim[:, 1] * (0.6 + 0.8 * sunny)
    wet = np.zeros(n, dtype=bool)
    for i in range(n):
        chance = clim[i, 4] + (0.2 if i and wet[i - 1] else -0.1)
        wet[i] = rng.random() < chance
    pressure = np.zeros(n)
    for i in range(1, n):
        pressure[i] = 0.9 * pressure[i - 1] + rng.normal(0, 420)
    frame = pd.DataFrame(
        {
            "date": [int(f"{d:%Y%m%d}") for d in days],
            "cloud_cover": np.clip(np.round(8 * (1 - sunny) + rng.normal(0, 1, n)), 0, 8),
            "sunshine": np.round(sunny * daylight, 1),
            "global_radiation": np.round(clim[:, 3] / (0.25 + 0.75 * share) * (0.25 + 0.75 * sunny)),
            "max_temp": np.round(mean + swing + rng.normal(0, 0.6, n), 1),
            "mean_temp": np.round(mean, 1),
            "min_temp": np.round(mean - swing + rng.normal(0, 0.6, n), 1),
            "precipitation": np.where(wet, np.round(rng.gamma(0.75, 4.2, n), 1), 0.0),
            "pressure": np.round((101950 + pressure - 900 * wet) / 10) * 10,
            "snow_depth": snow,
        }
    )
    for column, k in _LW_GAPS.items():
        pool = np.flatnonzero(years == 2020) if column == "mean_temp" else np.arange(n)
        frame.loc[rng.choice(pool, k, replace=False), column] = np.nan
    frame.loc[days >= pd.Timestamp("2019-06-01"), "snow_depth"] = np.nan
    return frame


def _lw(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_day=pd.to_datetime(d["date"].astype(str), format="%Y%m%d"))


def _lw_year(column: str, warm: bool) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        f = _lw(d)
        by = f.groupby(f["_day"].dt.year)[column].mean()
        return float(by.idxmax() if warm else by.idxmin())

    return year


def _lw_months(d: pd.DataFrame) -> Any:
    f = _lw(d)
    return f.groupby(f["_day"].dt.month)["max_temp"].mean().to_numpy()


_LW_ID = ("date",)
_LW_TEMPS = ("mean_temp", "max_temp", "min_temp")
_LONDON_QS = [
    Q(
        "plot the average temperature per year - which year was the warmest?",
        _lead(either(*(_year(_lw_year(c, True)) for c in _LW_TEMPS[:2]))),
        (*_LW_ID, *_LW_TEMPS),
    ),
    Q(
        "and the coldest one?",
        _lead(either(*(_year(_lw_year(c, False)) for c in _LW_TEMPS[:2]))),
        (*_LW_ID, *_LW_TEMPS),
    ),
    Q(
        "avg max temp for each month",
        _about(_lw_months),
        (*_LW_ID, "max_temp"),
    ),
    Q(
        "how many days had snow on the ground?",
        _count(lambda d: float((d["snow_depth"] > 0).sum())),
        (*_LW_ID, "snow_depth"),
    ),
    Q(
        "is sunshine corelated with max temp?",
        _corr(lambda d: d["sunshine"], lambda d: d["max_temp"]),
        (*_LW_ID, "sunshine", "max_temp"),
    ),
    Q(
        "which columns have missing values and how many?",
        both(_all_named(lambda d: [str(c) for c in _gaps(d).index]), _count(lambda d: _gaps(d).to_numpy())),
        (*_LW_ID, *_LW_GAPS),
    ),
]


HELDOUT41: list[Dataset] = [
    Dataset("spotify_top_songs_2023", _spotify_frame, _SPOTIFY_QS),
    Dataset("indian_food_101", _indian_frame, _INDIAN_QS),
    Dataset("nobel_laureates", _nobel_frame, _NOBEL_QS),
    Dataset("marvel_characters", _marvel_frame, _MARVEL_QS),
    Dataset("boston_crime", _boston_frame, _BOSTON_QS),
    Dataset("candy_power_ranking", _candy_frame, _CANDY_QS),
    Dataset("london_weather", _london_frame, _LONDON_QS),
]
