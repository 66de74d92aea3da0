"""HELDOUT204: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Clue period
tracker export flattened to one row per day (date as "2022-03-14", cycle_day counting from 1 at each period start,
period blank on most days, "none" on a few and light / medium / heavy on period days, pain, mood and energy tags as
comma-separated text such as "cramps, headache", sleep_hours as a float with gaps, free-text notes mostly blank);
the Speedtest by Ookla app's results export (Date as "2023-02-14 08:31", ConnType Wifi / Cell, Lat / Lon sometimes
blank, Download and Upload in kbps, Latency in ms, PacketLoss in percent blank for cellular and older tests,
"Comcast - Chicago, IL" style ServerName, ISP, InternalIp and ExternalIp); the Jellyfin Playback Reporting plugin's
activity export (DateCreated with seven fractional digits, UserId as 32-hex ids beside UserName, ItemId, ItemType
Movie / Episode / Audio, ItemName as "Show - s01e03 - Title" for episodes and "Artist - Track" for audio,
PlaybackMethod DirectPlay / DirectStream / "Transcode (v:h264 a:aac)", ClientName, DeviceName, PlayDuration in
seconds with some zero-second aborted plays); an iNaturalist observations export (id, observed_on, time_observed_at,
user_id, user_login, created_at, quality_grade research / needs_id / casual, license, url, place_guess, latitude,
longitude and positional_accuracy with blanks, species_guess as typed, scientific_name and common_name with blanks,
iconic_taxon_name such as Plantae / Aves / Insecta, taxon_id, identification agreements and disagreements and
captive_cultivated true / false); EPA eGRID plant-level data (the PLNT sheet with its abbreviated headers SEQPLT,
YEAR, PSTATABB, PNAME, ORISPL, OPRNAME, BANAME, BACODE, NERC, SUBRGN, LAT, LON, PLPRMFL fuel codes such as SUB / NG
/ WND, PLFUELCT categories such as COAL / GAS / WIND, NAMEPCAP in MW, CAPFAC as a fraction (blank or negative for a
few), PLNGENAN in MWh (negative for pumped storage and idle peakers), PLCO2AN, PLNOXAN, PLSO2AN in tons and PLCO2RTA
in lb/MWh, blank where a plant generated nothing); the SBA Paycheck Protection Program loan-level data
(public_150k_plus style: LoanNumber, DateApproved as "05/01/2020", ProcessingMethod PPP / PPS, BorrowerName, address,
BorrowerCity in mixed case, BorrowerState, BorrowerZip as "60614" or "60614-2231", LoanStatus Paid in Full /
Exemption 4 / Charged Off with LoanStatusDate, Term, InitialApprovalAmount, CurrentApprovalAmount, UndisbursedAmount,
OriginatingLender with city and state, RuralUrbanIndicator, BusinessAgeDescription, JobsReported with blanks,
NAICSCode, Race / Ethnicity / Gender mostly "Unanswered", BusinessType with the file's own spellings such as
"Limited  Liability Company(LLC)", NonProfit, ForgivenessAmount and ForgivenessDate blank when nothing was
forgiven); and CMS Hospital Compare's HCAHPS patient survey by hospital in its long layout (Facility ID as "010001",
Facility Name, Address, City/Town, State, ZIP Code, County/Parish, Telephone Number, HCAHPS Measure ID such as
H_COMP_1_A_P or H_STAR_RATING, HCAHPS Question, HCAHPS Answer Description, Patient Survey Star Rating with "Not
Applicable" on percent rows and "Not Available" where a hospital has too few surveys, HCAHPS Answer Percent with
"Not Applicable" on star rows, footnote columns, Number of Completed Surveys and Survey Response Rate Percent
repeated on every row of a hospital, Start Date and End Date). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _num(s: pd.Series) -> pd.Series:
    """Numbers that may be written as text ("Not Available", "12%", "1,204") as floats, anything else NaN."""
    return pd.to_numeric(_text(s).str.replace(r"[,%\s]", "", regex=True), errors="coerce")


def _names_all(values: Callable[[pd.DataFrame], list[list[str]]]) -> Check:
    """Every entry appears under one of its names (each entry a list of acceptable names)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for forms in values(df):
            if not any(_named(lambda _d, f=f: f)(answer, df) is None for f in forms if f):
                return f"missing label {forms[0]!r}"
        return None

    return check


def _hex(rng: np.random.Generator, k: int) -> str:
    return "".join(f"{int(x):x}" for x in rng.integers(0, 16, k))


def _percent_or_fraction(values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Fractions (0.91) given as themselves or as percentages (91%)."""
    return either(has(values, rel=rel), has(lambda d: 100 * np.asarray(values(d), dtype=float), rel=rel))


# --- 1. Clue period tracker export, flattened to one row per day -------------------------------------------------

_CL_COLUMNS = _split("date;cycle_day;period;pain;mood;energy;sleep_hours;notes")
_CL_FLOW = {1: "medium:40;heavy:60", 2: "heavy:75;medium:25", 3: "medium:70;heavy:15;light:15", 4: "light:80;medium:20"}
_CL_NOTES = _split("long day at work;ran 5k;dinner with friends;travel;sick, stayed home;started new vitamins;yoga")


def _cl_tags(rng: np.random.Generator, table: str, k: int) -> str:
    picked: list[str] = []
    for _ in range(k):
        tag = _draw(rng, table)
        if tag not in picked:
            picked.append(tag)
    return ", ".join(picked)


def _clue_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20401)
    start = pd.Timestamp(2022, 1, 9)
    days = 745
    rows: list[dict[str, Any]] = []
    cycle_day, length, bleed = 1, int(rng.integers(26, 33)), int(rng.integers(4, 7))
    for i in range(days):
        day = start + pd.Timedelta(days=i)
        if cycle_day > length:
            cycle_day, length, bleed = 1, int(rng.integers(25, 34)), int(rng.integers(4, 7))
        on = cycle_day <= bleed
        flow = _draw(rng, _CL_FLOW.get(cycle_day, "light:85;medium:15")) if on else ""
        if not on and rng.random() < 0.05:
            flow = "none"
        pms = length - cycle_day < 4
        pain = ""
        if on and rng.random() < (0.85 if flow == "heavy" else 0.55):
            pain = _cl_tags(rng, "cramps:6;headache:2;backache:2", int(rng.integers(1, 3)))
            if "cramps" not in pain:
                pain = "cramps, " + pain if rng.random() < 0.5 else pain
        elif not on and rng.random() < (0.25 if pms else 0.06):
            pain = _cl_tags(rng, "headache:4;ovulation pain:2;tender breasts:3;backache:1", 1)
        mood = ""
        if rng.random() < (0.8 if on or pms else 0.35):
            table = "sensitive:4;sad:3;pms:2;calm:2;happy:1" if flow == "heavy" else "happy:4;calm:3;sensitive:2;sad:1"
            if pms:
                table = "pms:5;sensitive:3;sad:2;calm:1"
            mood = _cl_tags(rng, table, int(rng.integers(1, 3)))
        energy = ""
        if rng.random() < 0.55:
            energy = _draw(rng, "exhausted:5;low:4;high:1" if on else "energized:2;high:4;low:3;exhausted:1")
        sleep = None
        if rng.random() > 0.18:
            sleep = round(float(np.clip(rng.normal(7.4 - 0.5 * on, 0.9), 3, 11)) * 4) / 4
        rows.append(
            {
                "date": f"{day:%Y-%m-%d}",
                "cycle_day": cycle_day,
                "period": flow or None,
                "pain": pain or None,
                "mood": mood or None,
                "energy": energy or None,
                "sleep_hours": sleep,
                "notes": str(_one(rng, _CL_NOTES)) if rng.random() < 0.06 else None,
            }
        )
        cycle_day += 1
    return pd.DataFrame(rows)[_CL_COLUMNS]


def _cl_on(d: pd.DataFrame) -> pd.Series:
    return _text(d["period"]).str.lower().isin(["light", "medium", "heavy"])


def _cl_gaps(d: pd.DataFrame) -> pd.Series:
    starts = pd.to_datetime(d.loc[d["cycle_day"] == 1, "date"])
    return starts.diff().dropna().dt.days


def _cl_sleep(d: pd.DataFrame) -> list[float]:
    on = _cl_on(d)
    return [float(d.loc[on, "sleep_hours"].mean()), float(d.loc[~on, "sleep_hours"].mean())]


def _cl_cramps(d: pd.DataFrame) -> float:
    on = _cl_on(d)
    return float(_text(d.loc[on, "pain"]).str.contains("cramps").mean())


def _cl_heavy_mood(d: pd.DataFrame) -> str:
    heavy = _text(d["period"]).str.lower() == "heavy"
    tags = _text(d.loc[heavy, "mood"]).str.split(", ").explode()
    return _top(tags[tags != ""].value_counts())


_CL_ID = ("date",)
_CLUE_QS = [
    Q("how many days did i have my period in total", _count(lambda d: float(_cl_on(d).sum())), (*_CL_ID, "period")),
    Q(
        "whats my average cycle length",
        either(has(lambda d: float(_cl_gaps(d).mean()), rel=0.01), has(lambda d: float(_cl_gaps(d).median()))),
        (*_CL_ID, "cycle_day", "period"),
    ),
    Q(
        "do i sleep less on period days than other days?",
        has(_cl_sleep, rel=0.01),
        (*_CL_ID, "period", "sleep_hours"),
    ),
    Q("what share of my period days had cramps", _share(_cl_cramps), (*_CL_ID, "period", "pain")),
    Q(
        "how many days have no sleep logged",
        _count(lambda d: float(d["sleep_hours"].isna().sum())),
        (*_CL_ID, "sleep_hours"),
    ),
    Q(
        "and on heavy days, which mood comes up most?",
        _lead(_named(_cl_heavy_mood)),
        (*_CL_ID, "period", "mood"),
    ),
]


# --- 2. Speedtest by Ookla app results export --------------------------------------------------------------------

_ST_COLUMNS = _split("Date;ConnType;Lat;Lon;Download;Upload;Latency;PacketLoss;ServerName;ISP;InternalIp;ExternalIp")
_ST_WIFI_SERVERS = (
    "Comcast - Chicago, IL:40;Windstream - Chicago, IL:18;Cogent - Chicago, IL:12;Verizon - Chicago, IL:9"
)
_ST_WIFI_SERVERS += ";Nitel - Chicago, IL:6;Comcast - Schaumburg, IL:5;Sprint - Milwaukee, WI:3"
_ST_CELL_SERVERS = "T-Mobile - Chicago, IL:30;Verizon - Chicago, IL:22;AT&T - Chicago, IL:10;Cogent - Chicago, IL:8"


def _speedtest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20402)
    rows: list[dict[str, Any]] = []
    first, last = pd.Timestamp(2022, 6, 1), pd.Timestamp(2023, 11, 30)
    span = int((last - first).days)
    ext_home = f"73.{int(rng.integers(10, 250))}.{int(rng.integers(1, 250))}.{int(rng.integers(1, 250))}"
    for _ in range(640):
        when = first + pd.Timedelta(days=int(rng.integers(0, span + 1)), minutes=int(rng.integers(6 * 60, 24 * 60)))
        wifi = rng.random() < 0.72
        fiber = when >= pd.Timestamp(2023, 5, 12)
        if wifi:
            base = 820_000 if fiber else 310_000
            down = base * float(rng.lognormal(0, 0.35))
            if rng.random() < 0.12:
                down *= 0.2
            up = (700_000 if fiber else 11_500) * float(rng.lognormal(0, 0.3))
            latency = int(max(4, rng.lognormal(np.log(14), 0.5)))
            server = _draw(rng, _ST_WIFI_SERVERS)
            isp = "Comcast Cable" if not fiber else "AT&T Internet"
            internal = f"192.168.1.{int(rng.integers(2, 60))}"
            external = ext_home if not fiber else "99.105.14.62"
            loss = None if rng.random() < 0.3 else (0.0 if rng.random() < 0.8 else round(float(rng.uniform(0.1, 4)), 1))
        else:
            down = 95_000 * float(rng.lognormal(0, 0.7))
            up = 12_000 * float(rng.lognormal(0, 0.6))
            latency = int(max(15, rng.lognormal(np.log(45), 0.55)))
            server = _draw(rng, _ST_CELL_SERVERS)
            isp = "T-Mobile USA"
            internal = f"10.{int(rng.integers(0, 255))}.{int(rng.integers(0, 255))}.{int(rng.integers(1, 255))}"
            external = f"172.58.{int(rng.integers(0, 255))}.{int(rng.integers(1, 255))}"
            loss = None if rng.random() < 0.85 else round(float(rng.choice([0.0, 0.0, 0.5, 1.2])), 1)
        located = rng.random() > 0.1
        rows.append(
            {
                "Date": f"{when:%Y-%m-%d %H:%M}",
                "ConnType": "Wifi" if wifi else "Cell",
                "Lat": round(41.9214 + float(rng.normal(0, 0.02 if not wifi else 0.0005)), 4) if located else None,
                "Lon": round(-87.6513 + float(rng.normal(0, 0.02 if not wifi else 0.0005)), 4) if located else None,
                "Download": int(down),
                "Upload": int(up),
                "Latency": latency,
                "PacketLoss": loss,
                "ServerName": server,
                "ISP": isp,
                "InternalIp": internal,
                "ExternalIp": external,
            }
        )
    frame = pd.DataFrame(rows).sort_values("Date", ascending=False, ignore_index=True)
    return frame[_ST_COLUMNS]


def _st_best_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Date"]).dt.to_period("M")
    return pd.Period(_top(d["Download"].groupby(month).mean())).to_timestamp()


def _st_loss(all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        lossy = float((d["PacketLoss"] > 0).sum())
        return lossy / (len(d) if all_rows else float(d["PacketLoss"].notna().sum()))

    return share


def _st_by_type(d: pd.DataFrame) -> list[float]:
    return [float(d.loc[d["ConnType"] == t, "Download"].mean()) for t in ("Wifi", "Cell")]


_ST_ID = ("Date",)
_SPEEDTEST_QS = [
    Q(
        "what's my average download speed",
        _scaled(lambda d: float(d["Download"].mean()), (1000.0, 1024.0)),
        (*_ST_ID, "Download"),
    ),
    Q(
        "wifi vs cell, how do the download speeds compare?",
        _scaled(_st_by_type, (1000.0, 1024.0)),
        (*_ST_ID, "ConnType", "Download"),
    ),
    Q(
        "which server did i test against the most",
        _lead(_named(lambda d: _top(_text(d["ServerName"]).value_counts()))),
        (*_ST_ID, "ServerName"),
    ),
    Q(
        "how many tests had ping over 100ms?",
        either(
            _count(lambda d: float((d["Latency"] > 100).sum())), _count(lambda d: float((d["Latency"] >= 100).sum()))
        ),
        (*_ST_ID, "Latency"),
    ),
    Q(
        "what % of tests had any packet loss",
        either(_share(_st_loss(False)), _share(_st_loss(True))),
        (*_ST_ID, "PacketLoss"),
    ),
    Q(
        "has it gotten faster over time? which month had the best average download",
        _lead(_month_year(_st_best_month)),
        (*_ST_ID, "Download"),
    ),
]


# --- 3. Jellyfin Playback Reporting plugin export ----------------------------------------------------------------

_JF_COLUMNS = _split(
    "DateCreated;UserId;UserName;ItemId;ItemType;ItemName;PlaybackMethod;ClientName;DeviceName;PlayDuration"
)
_JF_USERS = "alex:38;sam:22;jordan:17;kids:15;mom:8"
_JF_SHOWS = (
    "The Office:30;Bluey:22;Breaking Bad:14;Severance:9;Ted Lasso:8;Avatar The Last Airbender:7;Succession:6;"
    "Parks and Recreation:5;Dark:3"
)
_JF_MOVIES = _split(
    "Inception;The Matrix;Spirited Away;Moana;Arrival;Knives Out;Dune;Coco;Heat;Parasite;Frozen;The Thing;"
    "Interstellar;Paddington 2;Up;Mad Max Fury Road;Blade Runner 2049;Toy Story;Amelie;Alien"
)
_JF_ARTISTS = _split("Radiohead;Daft Punk;Taylor Swift;Miles Davis;Fleetwood Mac;Bon Iver;The Beatles")
_JF_TRACKS = _split("Intro;Nightcall;Blue;Track 04;Dreams;Holocene;Something;So What;Everything In Its Right Place")
# client: weight, devices, transcode chance
_JF_CLIENTS: dict[str, tuple[float, str, float]] = {
    "Jellyfin Web": (34, "Firefox;Chrome;Edge", 0.35),
    "Jellyfin Android TV": (24, "Living Room TV;Bedroom Shield", 0.12),
    "Jellyfin Android": (16, "Pixel 7;Galaxy S21;Galaxy Tab A", 0.3),
    "Infuse-Direct": (11, "Apple TV;iPad", 0.02),
    "Kodi": (8, "LibreELEC;Kodi Box", 0.05),
    "Finamp": (7, "iPhone;Pixel 7", 0.15),
}


def _jellyfin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20403)
    users = {u: _hex(rng, 32) for u in _split("alex;sam;jordan;kids;mom")}
    items: dict[str, str] = {}
    rows: list[dict[str, Any]] = []
    first = pd.Timestamp(2023, 1, 1)
    for _ in range(2300):
        user = _draw(rng, _JF_USERS)
        kind = _draw(rng, "Episode:55;Movie:18;Audio:27" if user != "kids" else "Episode:80;Movie:20")
        if kind == "Episode":
            show = _draw(rng, _JF_SHOWS if user != "kids" else "Bluey:70;Avatar The Last Airbender:30")
            name = f"{show} - s{int(rng.integers(1, 6)):02d}e{int(rng.integers(1, 13)):02d} - Episode"
            seconds = float(rng.uniform(0.3, 1.0)) * (420 if show == "Bluey" else 2600)
        elif kind == "Movie":
            name = str(_one(rng, _JF_MOVIES))
            seconds = float(rng.uniform(0.2, 1.0)) * 7600
        else:
            name = f"{_one(rng, _JF_ARTISTS)} - {_one(rng, _JF_TRACKS)}"
            seconds = float(rng.uniform(60, 330))
        client = str(_one(rng, list(_JF_CLIENTS), [v[0] for v in _JF_CLIENTS.values()]))
        if kind == "Audio":
            client = "Finamp" if rng.random() < 0.6 else "Jellyfin Web"
        elif client == "Finamp":
            client = "Jellyfin Web"
        _w, devices, transcode = _JF_CLIENTS[client]
        if rng.random() < transcode:
            method = _draw(rng, "Transcode (v:h264 a:aac):5;Transcode (v:direct a:aac):3;Transcode (v:hevc a:aac):1")
        else:
            method = _draw(rng, "DirectPlay:8;DirectStream:2")
        if rng.random() < 0.05:
            seconds = float(rng.integers(0, 12))
        when = first + pd.Timedelta(seconds=int(rng.integers(0, 300 * 86400)))
        rows.append(
            {
                "DateCreated": f"{when:%Y-%m-%d %H:%M:%S}.{int(rng.integers(0, 10**7)):07d}",
                "UserId": users[user],
                "UserName": user,
                "ItemId": items.setdefault(name, _hex(rng, 32)),
                "ItemType": kind,
                "ItemName": name,
                "PlaybackMethod": method,
                "ClientName": client,
                "DeviceName": str(_one(rng, _split(devices))),
                "PlayDuration": int(seconds),
            }
        )
    frame = pd.DataFrame(rows).sort_values("DateCreated", ignore_index=True)
    return frame[_JF_COLUMNS]


def _jf_shows(by_hours: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        ep = d[_text(d["ItemType"]) == "Episode"]
        show = _text(ep["ItemName"]).str.split(" - ").str[0]
        scores = ep["PlayDuration"].groupby(show).sum() if by_hours else show.value_counts()
        return _ranked(scores)

    return ranking


def _jf_top3(by_hours: bool) -> Check:
    return _names_all(lambda d: [[str(x)] for x in _jf_shows(by_hours)(d).index[:3]])


def _jf_top_client(d: pd.DataFrame) -> str:
    return _top(_text(d["ClientName"]).value_counts())


def _jf_transcoded(d: pd.DataFrame) -> pd.Series:
    return _text(d["PlaybackMethod"]).str.startswith("Transcode")


_JF_ID = ("DateCreated", "ItemId", "ItemName")
_JELLYFIN_QS = [
    Q(
        "who watches the most? total hours per user",
        _lead(_named(lambda d: _top(d["PlayDuration"].groupby(_text(d["UserName"])).sum()))),
        (*_JF_ID, "UserName", "UserId", "PlayDuration"),
    ),
    Q(
        "how many hours of movies were watched in total",
        _scaled(lambda d: float(d.loc[_text(d["ItemType"]) == "Movie", "PlayDuration"].sum()), (3600.0, 60.0)),
        (*_JF_ID, "ItemType", "PlayDuration"),
    ),
    Q(
        "what share of plays got transcoded",
        _share(lambda d: float(_jf_transcoded(d).mean())),
        (*_JF_ID, "PlaybackMethod"),
    ),
    Q("top 3 most played shows", either(_jf_top3(False), _jf_top3(True)), (*_JF_ID, "ItemType", "PlayDuration")),
    Q(
        "which app do people use most to watch",
        _lead(_named(_jf_top_client)),
        (*_JF_ID, "ClientName", "DeviceName"),
    ),
    Q(
        "how often does that one transcode?",
        _share(lambda d: float(_jf_transcoded(d)[_text(d["ClientName"]) == _jf_top_client(d)].mean())),
        (*_JF_ID, "ClientName", "PlaybackMethod"),
    ),
]


# --- 4. iNaturalist observations export --------------------------------------------------------------------------

_IN_COLUMNS = _split(
    "id;observed_on;time_observed_at;user_id;user_login;created_at;quality_grade;license;url;place_guess;latitude;"
    "longitude;positional_accuracy;species_guess;scientific_name;common_name;iconic_taxon_name;taxon_id;"
    "num_identification_agreements;num_identification_disagreements;captive_cultivated"
)
# scientific name, common name, iconic taxon, weight
_IN_SPECIES = [
    ("Danaus plexippus", "Monarch", "Insecta", 60),
    ("Cardinalis cardinalis", "Northern Cardinal", "Aves", 52),
    ("Sciurus carolinensis", "Eastern Gray Squirrel", "Mammalia", 45),
    ("Taraxacum officinale", "Common Dandelion", "Plantae", 39),
    ("Turdus migratorius", "American Robin", "Aves", 34),
    ("Apis mellifera", "Western Honey Bee", "Insecta", 28),
    ("Trifolium repens", "White Clover", "Plantae", 25),
    ("Acer rubrum", "Red Maple", "Plantae", 23),
    ("Ardea herodias", "Great Blue Heron", "Aves", 21),
    ("Quercus alba", "White Oak", "Plantae", 20),
    ("Trametes versicolor", "Turkey Tail", "Fungi", 19),
    ("Chrysemys picta", "Painted Turtle", "Reptilia", 14),
    ("Odocoileus virginianus", "White-tailed Deer", "Mammalia", 17),
    ("Lithobates catesbeianus", "American Bullfrog", "Amphibia", 11),
    ("Argiope aurantia", "Yellow Garden Spider", "Arachnida", 10),
    ("Bombus impatiens", "Common Eastern Bumble Bee", "Insecta", 16),
    ("Alliaria petiolata", "Garlic Mustard", "Plantae", 15),
    ("Solidago canadensis", "Canada Goldenrod", "Plantae", 14),
    ("Rudbeckia hirta", "Black-eyed Susan", "Plantae", 13),
    ("Hosta plantaginea", "August Lily", "Plantae", 8),
    ("Cepaea nemoralis", "Grove Snail", "Mollusca", 6),
    ("Lepomis macrochirus", "Bluegill", "Actinopterygii", 5),
    ("Amanita muscaria", "Fly Agaric", "Fungi", 7),
    ("Pieris rapae", "Cabbage White", "Insecta", 15),
    ("Zenaida macroura", "Mourning Dove", "Aves", 12),
]
_IN_GENERA = {"Plantae": "Plants", "Insecta": "Insects", "Aves": "Birds", "Fungi": "Fungi Including Lichens"}
_IN_USERS = "naturenerd_mk:30;jpbirder:14;oakwoods:10;lena_h:9;bugguy22:8;tpatel:6;wildflower_sue:5;kcheng:4"
_IN_PLACES = _split(
    "Madison, WI, USA;Dane County, US-WI, US;Pheasant Branch Conservancy, Middleton, WI, USA;"
    "UW Arboretum, Madison, WI 53711, USA;Devil's Lake State Park, Baraboo, WI, USA;Milwaukee, WI, USA"
)


def _inat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20404)
    logins = _split("naturenerd_mk;jpbirder;oakwoods;lena_h;bugguy22;tpatel;wildflower_sue;kcheng")
    user_ids = {u: int(rng.integers(100_000, 7_000_000)) for u in logins}
    rows: list[dict[str, Any]] = []
    for _ in range(2600):
        year = int(_draw(rng, "2018:8;2019:12;2020:24;2021:21;2022:18;2023:17"))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(np.clip(rng.normal(190, 55), 0, 364)))
        user = _draw(rng, _IN_USERS)
        sci, common, taxon, _w = _IN_SPECIES[int(_one(rng, range(len(_IN_SPECIES)), [s[3] for s in _IN_SPECIES]))]
        if user == "jpbirder" and rng.random() < 0.4:
            sci, common, taxon, _w = _IN_SPECIES[int(_one(rng, [1, 4, 8, 24]))]
        captive = rng.random() < (0.25 if taxon == "Plantae" else 0.02)
        located = rng.random() > 0.04
        identified = rng.random() > 0.05
        agree = int(rng.poisson(1.3)) if identified else 0
        disagree = int(rng.random() < 0.04)
        if captive or not located:
            grade = "casual"
        elif agree >= 1 and identified and disagree == 0:
            grade = "research"
        else:
            grade = "needs_id"
        guess = common if rng.random() < 0.7 else (sci if rng.random() < 0.5 else _IN_GENERA.get(taxon, common))
        hour = int(rng.integers(6, 20))
        rows.append(
            {
                "observed_on": f"{day:%Y-%m-%d}",
                "time_observed_at": f"{day:%Y-%m-%d} {hour:02d}:{int(rng.integers(0, 60)):02d}:00 UTC"
                if rng.random() > 0.08
                else None,
                "user_id": user_ids[user],
                "user_login": user,
                "created_at": f"{day + pd.Timedelta(days=int(rng.integers(0, 20))):%Y-%m-%d} 18:04:11 UTC",
                "quality_grade": grade,
                "license": _draw(rng, "CC-BY-NC:70;CC-BY:12;CC0:8;:10") or None,
                "place_guess": str(_one(rng, _IN_PLACES)) if located else None,
                "latitude": round(43.07 + float(rng.normal(0, 0.08)), 6) if located else None,
                "longitude": round(-89.40 + float(rng.normal(0, 0.1)), 6) if located else None,
                "positional_accuracy": int(rng.lognormal(np.log(20), 1.0)) if located and rng.random() > 0.2 else None,
                "species_guess": guess if identified else None,
                "scientific_name": sci if identified else None,
                "common_name": (common if rng.random() > 0.03 else None) if identified else None,
                "iconic_taxon_name": taxon if identified else None,
                "taxon_id": 40000 + 37 * _IN_SPECIES.index((sci, common, taxon, _w)) if identified else None,
                "num_identification_agreements": agree,
                "num_identification_disagreements": disagree,
                "captive_cultivated": "true" if captive else "false",
            }
        )
    frame = pd.DataFrame(rows).sort_values("created_at", kind="stable", ignore_index=True)
    frame.insert(0, "id", np.sort(rng.choice(np.arange(9_000_000, 190_000_000), len(frame), replace=False)))
    frame["url"] = "https://www.inaturalist.org/observations/" + frame["id"].astype(str)
    return frame[_IN_COLUMNS]


_IN_COMMON = {s[0]: s[1] for s in _IN_SPECIES}
_IN_GROUPS = {
    "Plantae": ("plants", "plant"),
    "Aves": ("birds", "bird"),
    "Insecta": ("insects", "insect"),
    "Mammalia": ("mammals", "mammal"),
    "Fungi": ("fungi", "mushrooms"),
}


def _in_top_user(d: pd.DataFrame) -> str:
    return _top(_text(d["user_login"]).value_counts())


def _in_top5(d: pd.DataFrame) -> list[list[str]]:
    sci = _text(d["scientific_name"])
    ranked = _ranked(sci[sci != ""].value_counts())
    return [[str(s), _IN_COMMON.get(str(s), "")] for s in ranked.index[:5]]


_IN_ID = ("id", "observed_on")
_INAT_QS = [
    Q(
        "how many observations are research grade",
        _count(lambda d: float((_text(d["quality_grade"]) == "research").sum())),
        (*_IN_ID, "quality_grade"),
    ),
    Q(
        "what kind of living thing gets observed the most — plants, birds, bugs?",
        _lead(_named(lambda d: _top(_text(d["iconic_taxon_name"]).replace("", np.nan).value_counts()), _IN_GROUPS)),
        (*_IN_ID, "iconic_taxon_name"),
    ),
    Q(
        "top 5 species",
        _names_all(_in_top5),
        (*_IN_ID, "scientific_name", "common_name", "species_guess", "taxon_id"),
    ),
    Q(
        "who's the most active observer?",
        _lead(_named(_in_top_user)),
        (*_IN_ID, "user_login", "user_id"),
    ),
    Q(
        "what share of their observations made research grade",
        _share(
            lambda d: float((_text(d["quality_grade"])[_text(d["user_login"]) == _in_top_user(d)] == "research").mean())
        ),
        (*_IN_ID, "user_login", "user_id", "quality_grade"),
    ),
    Q(
        "which year had the most observations",
        _lead(_year(lambda d: float(_top(pd.to_datetime(d["observed_on"]).dt.year.astype(str).value_counts())))),
        (*_IN_ID, "created_at", "time_observed_at"),
    ),
]


# --- 5. EPA eGRID plant-level data (PLNT sheet) ------------------------------------------------------------------

_EG_COLUMNS = _split(
    "SEQPLT21;YEAR;PSTATABB;PNAME;ORISPL;OPRNAME;BANAME;BACODE;NERC;SUBRGN;LAT;LON;PLPRMFL;PLFUELCT;NAMEPCAP;CAPFAC;"
    "PLNGENAN;PLCO2AN;PLNOXAN;PLSO2AN;PLCO2RTA"
)
# fuel category: weight, primary fuel codes, capacity median MW, capacity factor mean, CO2 lb/MWh, NOx and SO2 lb/MWh
_EG_FUELS: dict[str, tuple[float, str, float, float, float, float, float]] = {
    "GAS": (30, "NG:95;OG:3;BFG:2", 120, 0.32, 1050, 0.4, 0.005),
    "SOLAR": (27, "SUN:100", 6, 0.22, 0, 0, 0),
    "HYDRO": (12, "WAT:100", 25, 0.38, 0, 0, 0),
    "WIND": (10, "WND:100", 90, 0.34, 0, 0, 0),
    "OIL": (8, "DFO:80;RFO:12;JF:8", 12, 0.03, 1900, 6.0, 1.2),
    "COAL": (5, "SUB:55;BIT:38;LIG:5;RC:2", 650, 0.48, 2200, 1.1, 1.6),
    "BIOMASS": (5, "WDS:45;LFG:35;OBG:10;MSW:10", 18, 0.55, 0, 2.0, 0.3),
    "NUCLEAR": (1.5, "NUC:100", 1900, 0.91, 0, 0, 0),
    "OTHF": (1.5, "OTH:60;PUR:40", 30, 0.3, 900, 0.8, 0.2),
}
# state: weight, balancing authority code, name, NERC, subregion, latitude, longitude
_EG_STATES: dict[str, tuple[float, str, str, str, str, float, float]] = {
    "CA": (18, "CISO", "California Independent System Operator", "WECC", "CAMX", 36.5, -119.5),
    "TX": (13, "ERCO", "Electric Reliability Council of Texas, Inc.", "TRE", "ERCT", 31.0, -98.5),
    "NC": (8, "DUK", "Duke Energy Carolinas", "SERC", "SRVC", 35.5, -79.5),
    "NY": (7, "NYIS", "New York Independent System Operator", "NPCC", "NYUP", 42.8, -75.5),
    "MN": (6, "MISO", "Midcontinent Independent System Operator, Inc.", "MRO", "MROW", 45.5, -94.0),
    "IL": (6, "PJM", "PJM Interconnection, LLC", "RFC", "RFCW", 40.5, -89.0),
    "PA": (5, "PJM", "PJM Interconnection, LLC", "RFC", "RFCE", 40.8, -77.5),
    "FL": (5, "FPL", "Florida Power & Light Co.", "SERC", "FRCC", 28.0, -81.7),
    "GA": (4, "SOCO", "Southern Company Services, Inc. - Trans", "SERC", "SRSO", 32.7, -83.4),
    "WA": (4, "BPAT", "Bonneville Power Administration", "WECC", "NWPP", 47.3, -120.5),
    "OH": (4, "PJM", "PJM Interconnection, LLC", "RFC", "RFCW", 40.3, -82.8),
    "AZ": (3, "AZPS", "Arizona Public Service Company", "WECC", "AZNM", 33.7, -111.9),
    "WV": (1.5, "PJM", "PJM Interconnection, LLC", "RFC", "RFCW", 38.6, -80.6),
    "WY": (1.5, "PACE", "PacifiCorp East", "WECC", "NWPP", 42.9, -107.5),
}
_EG_WORDS = _split(
    "Pine;Cedar;River;Valley;Ridge;Lake;Prairie;Mesa;Creek;Harbor;Summit;Oak;Bluff;Canyon;Meadow;Eagle;Hawk;Stone;"
    "Sunrise;Granite;Willow;Maple;Cottonwood;Sandy;Rock;Bear;Elk;Fox;Twin;North;South;West;East;Big;Little"
)
_EG_KINDS = {
    "GAS": "Energy Center;Generating Station;Power Plant;Combined Cycle",
    "SOLAR": "Solar;Solar Farm;Solar LLC;Solar Project",
    "HYDRO": "Dam;Hydro;Hydroelectric",
    "WIND": "Wind Farm;Wind Energy Center;Wind LLC",
    "OIL": "Peaking Plant;Diesel Plant;Combustion Turbine",
    "COAL": "Steam Station;Generating Plant;Power Station",
    "BIOMASS": "Landfill Gas;Biomass Plant;Renewable Energy",
    "NUCLEAR": "Nuclear Plant;Nuclear Generating Station",
    "OTHF": "Cogen;Energy Recovery",
}
_EG_OWNERS = _split(
    "NextEra Energy Resources;Duke Energy Progress;Vistra Corp;Calpine Corp;Southern Power Co;Xcel Energy;"
    "Pacific Gas & Electric Co;Avangrid Renewables;City of Riverside;Invenergy LLC;Constellation Energy"
)


def _egrid_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20405)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    fuels, states = list(_EG_FUELS), list(_EG_STATES)
    for _ in range(1450):
        fuel = str(_one(rng, fuels, [v[0] for v in _EG_FUELS.values()]))
        state = str(_one(rng, states, [v[0] for v in _EG_STATES.values()]))
        if fuel == "COAL" and rng.random() < 0.4:
            state = str(_one(rng, ["WV", "WY", "OH", "PA", "TX"]))
        _w, codes, size, cf_mean, co2, nox, so2 = _EG_FUELS[fuel]
        ba, ba_name, nerc, sub, lat, lon = _EG_STATES[state][1:]
        kinds = _split(_EG_KINDS[fuel])
        name = _unique(rng, lambda r, k=kinds: f"{_one(r, _EG_WORDS)} {_one(r, _EG_WORDS)} {_one(r, k)}", used)
        cap = round(float(size * rng.lognormal(0, 0.8)), 1)
        cf = float(np.clip(rng.normal(cf_mean, 0.12 if fuel != "NUCLEAR" else 0.04), 0.001, 0.98))
        gen = cap * 8760 * cf
        if (fuel == "HYDRO" and rng.random() < 0.06) or (fuel in ("GAS", "OIL") and rng.random() < 0.025):
            gen = -cap * float(rng.uniform(5, 200))
            cf = gen / (cap * 8760)
        rate = co2 * float(rng.lognormal(0, 0.12)) if co2 else 0.0
        co2_tons = max(gen, 0) * rate / 2000
        blank_cf = rng.random() < 0.015
        rows.append(
            {
                "YEAR": 2021,
                "PSTATABB": state,
                "PNAME": name,
                "ORISPL": int(rng.integers(1, 66000)),
                "OPRNAME": str(_one(rng, _EG_OWNERS)),
                "BANAME": ba_name,
                "BACODE": ba,
                "NERC": nerc,
                "SUBRGN": sub,
                "LAT": round(lat + float(rng.normal(0, 1.2)), 4),
                "LON": round(lon + float(rng.normal(0, 1.5)), 4),
                "PLPRMFL": _draw(rng, codes),
                "PLFUELCT": fuel,
                "NAMEPCAP": cap,
                "CAPFAC": None if blank_cf else round(cf, 5),
                "PLNGENAN": round(gen, 3),
                "PLCO2AN": round(co2_tons, 3),
                "PLNOXAN": round(max(gen, 0) * nox * float(rng.lognormal(0, 0.3)) / 2000, 3),
                "PLSO2AN": round(max(gen, 0) * so2 * float(rng.lognormal(0, 0.5)) / 2000, 3),
                "PLCO2RTA": round(co2_tons * 2000 / gen, 3) if gen > 0 else None,
            }
        )
    frame = pd.DataFrame(rows).sort_values(["PSTATABB", "PNAME"], ignore_index=True)
    frame.insert(0, "SEQPLT21", np.arange(1, len(frame) + 1))
    return frame[_EG_COLUMNS]


def _eg_cf(d: pd.DataFrame) -> list[float]:
    return [float(d.loc[_text(d["PLFUELCT"]) == f, "CAPFAC"].mean()) for f in ("NUCLEAR", "WIND")]


_EG_ID = ("PNAME", "ORISPL", "SEQPLT21")
_EGRID_QS = [
    Q(
        "which state has the most power plants",
        _lead(_named(lambda d: _top(_text(d["PSTATABB"]).value_counts()))),
        (*_EG_ID, "PSTATABB"),
    ),
    Q(
        "total co2 from coal plants?",
        _scaled(lambda d: float(d.loc[_text(d["PLFUELCT"]) == "COAL", "PLCO2AN"].sum()), (1e3, 1e6)),
        (*_EG_ID, "PLFUELCT", "PLPRMFL", "PLCO2AN"),
    ),
    Q(
        "avg capacity factor for nuclear vs wind",
        _percent_or_fraction(_eg_cf),
        (*_EG_ID, "PLFUELCT", "PLPRMFL", "CAPFAC"),
    ),
    Q(
        "which plant puts out the most co2",
        _lead(_named(lambda d: str(d.loc[d["PLCO2AN"].idxmax(), "PNAME"]))),
        (*_EG_ID, "PLCO2AN"),
    ),
    Q(
        "how many plants have negative net generation",
        _count(lambda d: float((d["PLNGENAN"] < 0).sum())),
        (*_EG_ID, "PLNGENAN"),
    ),
    Q(
        "is plant size correlated with how much they generate?",
        _corr(lambda d: d["NAMEPCAP"], lambda d: d["PLNGENAN"]),
        (*_EG_ID, "NAMEPCAP", "PLNGENAN"),
    ),
]


# --- 6. SBA Paycheck Protection Program loan-level data ----------------------------------------------------------

_PP_COLUMNS = _split(
    "LoanNumber;DateApproved;SBAOfficeCode;ProcessingMethod;BorrowerName;BorrowerAddress;BorrowerCity;BorrowerState;"
    "BorrowerZip;LoanStatusDate;LoanStatus;Term;SBAGuarantyPercentage;InitialApprovalAmount;CurrentApprovalAmount;"
    "UndisbursedAmount;FranchiseName;RuralUrbanIndicator;BusinessAgeDescription;JobsReported;NAICSCode;Race;"
    "Ethnicity;BusinessType;OriginatingLender;OriginatingLenderCity;OriginatingLenderState;Gender;Veteran;NonProfit;"
    "ForgivenessAmount;ForgivenessDate"
)
# lender: weight, city, state
_PP_LENDERS: dict[str, tuple[float, str, str]] = {
    "JPMorgan Chase Bank, National Association": (15, "COLUMBUS", "OH"),
    "Bank of America, National Association": (13, "CHARLOTTE", "NC"),
    "Cross River Bank": (11, "FORT LEE", "NJ"),
    "Wells Fargo Bank, National Association": (9, "SIOUX FALLS", "SD"),
    "Harvest Small Business Finance, LLC": (7, "LAGUNA HILLS", "CA"),
    "Kabbage, Inc.": (7, "ATLANTA", "GA"),
    "Celtic Bank Corporation": (6, "SALT LAKE CITY", "UT"),
    "The Huntington National Bank": (5, "COLUMBUS", "OH"),
    "Fifth Third Bank": (4, "CINCINNATI", "OH"),
    "Wintrust Bank, National Association": (4, "CHICAGO", "IL"),
}
# business type: weight, median loan
_PP_TYPES: dict[str, tuple[float, float]] = {
    "Limited  Liability Company(LLC)": (27, 42_000),
    "Sole Proprietorship": (20, 14_000),
    "Corporation": (17, 78_000),
    "Subchapter S Corporation": (11, 95_000),
    "Self-Employed Individuals": (9, 12_000),
    "Independent Contractors": (8, 10_500),
    "Non-Profit Organization": (5, 88_000),
    "Partnership": (3, 40_000),
}
_PP_CITIES = "CHICAGO:30;Chicago:8;EVANSTON:6;NAPERVILLE:6;Aurora:4;ROCKFORD:5;SKOKIE:4;Oak Park:3;JOLIET:4;PEORIA:3"
_PP_NAICS = _split("722511;541110;621111;812112;238220;531210;484121;541211;561720;813110;236118;611110")
_PP_FIRST = _split("MIDWEST;LAKESHORE;PRAIRIE;GOLDEN;NORTHSIDE;WINDY CITY;BLUE LINE;METRO;HERITAGE;SUMMIT;ACME")
_PP_LAST = _split("DENTAL;PLUMBING;TRUCKING;CONSULTING;BAKERY;AUTO REPAIR;SALON;REALTY;LANDSCAPING;CAFE;FITNESS")


def _ppp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20406)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    lenders = list(_PP_LENDERS)
    types = list(_PP_TYPES)
    months = "2020-04:26;2020-05:14;2020-06:6;2020-07:4;2020-08:2;2021-01:10;2021-02:12;2021-03:17;2021-04:7;2021-05:2"
    for _ in range(3200):
        month = pd.Period(_draw(rng, months), "M")
        day = month.to_timestamp() + pd.Timedelta(days=int(rng.integers(0, month.days_in_month)))
        kind = str(_one(rng, types, [v[0] for v in _PP_TYPES.values()]))
        amount = round(float(_PP_TYPES[kind][1] * rng.lognormal(0, 0.9)), 2)
        amount = float(min(amount, 2_000_000))
        current = amount if rng.random() > 0.08 else round(amount * float(rng.uniform(0.6, 1.0)), 2)
        lender = str(_one(rng, lenders, [v[0] for v in _PP_LENDERS.values()]))
        status = _draw(rng, "Paid in Full:74;Exemption 4:21;Charged Off:5")
        forgiven = None
        forgiven_on = None
        if status == "Paid in Full" and rng.random() < 0.93:
            forgiven = round(current * (1.0 if rng.random() < 0.8 else float(rng.uniform(0.5, 1.0))) * 1.004, 2)
            forgiven_on = day + pd.Timedelta(days=int(rng.integers(120, 500)))
        jobs = None if rng.random() < 0.04 else int(max(0, round(amount / float(rng.uniform(8_000, 16_000)))))
        zip5 = int(rng.integers(60004, 60827))
        rows.append(
            {
                "LoanNumber": int(rng.integers(1_000_000_000, 9_999_999_999)),
                "DateApproved": f"{day:%m/%d/%Y}",
                "SBAOfficeCode": 507,
                "ProcessingMethod": "PPP" if day.year == 2020 or rng.random() < 0.6 else "PPS",
                "BorrowerName": _unique(rng, lambda r: f"{_one(r, _PP_FIRST)} {_one(r, _PP_LAST)} LLC", used),
                "BorrowerAddress": f"{int(rng.integers(10, 9999))} {_one(rng, ['N', 'W', 'S'])} MAIN ST",
                "BorrowerCity": _draw(rng, _PP_CITIES),
                "BorrowerState": "IL",
                "BorrowerZip": f"{zip5}-{int(rng.integers(1000, 9999))}" if rng.random() < 0.4 else str(zip5),
                "LoanStatusDate": f"{forgiven_on:%m/%d/%Y}" if forgiven_on is not None else None,
                "LoanStatus": status,
                "Term": 24 if day.year == 2020 and rng.random() < 0.8 else 60,
                "SBAGuarantyPercentage": 100,
                "InitialApprovalAmount": amount,
                "CurrentApprovalAmount": current,
                "UndisbursedAmount": 0.0,
                "FranchiseName": "Subway" if rng.random() < 0.01 else None,
                "RuralUrbanIndicator": "U" if rng.random() < 0.93 else "R",
                "BusinessAgeDescription": _draw(
                    rng, "Existing or more than 2 years old:70;New Business or 2 years or less:8;Unanswered:22"
                ),
                "JobsReported": jobs,
                "NAICSCode": None if rng.random() < 0.02 else int(_one(rng, _PP_NAICS)),
                "Race": _draw(rng, "Unanswered:80;White:11;Black or African American:5;Asian:4"),
                "Ethnicity": _draw(rng, "Unknown/NotStated:82;Not Hispanic or Latino:15;Hispanic or Latino:3"),
                "BusinessType": kind,
                "OriginatingLender": lender,
                "OriginatingLenderCity": _PP_LENDERS[lender][1],
                "OriginatingLenderState": _PP_LENDERS[lender][2],
                "Gender": _draw(rng, "Unanswered:75;Male Owned:17;Female Owned:8"),
                "Veteran": _draw(rng, "Unanswered:80;Non-Veteran:19;Veteran:1"),
                "NonProfit": "Y" if kind == "Non-Profit Organization" else None,
                "ForgivenessAmount": forgiven,
                "ForgivenessDate": f"{forgiven_on:%m/%d/%Y}" if forgiven_on is not None else None,
            }
        )
    return pd.DataFrame(rows)[_PP_COLUMNS]


def _pp_means(with_s: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        kind = _text(d["BusinessType"])
        corp = ["Corporation", "Subchapter S Corporation"] if with_s else ["Corporation"]
        amount = d["CurrentApprovalAmount"]
        return [float(amount[kind == "Sole Proprietorship"].mean()), float(amount[kind.isin(corp)].mean())]

    return means


def _pp_busiest(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["DateApproved"], format="%m/%d/%Y").dt.to_period("M")
    return pd.Period(_top(month.astype(str).value_counts()), "M").to_timestamp()


_PP_ID = ("LoanNumber", "BorrowerName")
_PPP_QS = [
    Q(
        "how many loans were paid in full",
        _count(lambda d: float((_text(d["LoanStatus"]) == "Paid in Full").sum())),
        (*_PP_ID, "LoanStatus"),
    ),
    Q(
        "total amount of loans approved",
        either(
            _scaled(lambda d: float(d["CurrentApprovalAmount"].sum()), (1e3, 1e6, 1e9)),
            _scaled(lambda d: float(d["InitialApprovalAmount"].sum()), (1e3, 1e6, 1e9)),
        ),
        (*_PP_ID, "CurrentApprovalAmount", "InitialApprovalAmount"),
    ),
    Q(
        "which bank made the most loans",
        _lead(_named(lambda d: _top(_text(d["OriginatingLender"]).value_counts()))),
        (*_PP_ID, "OriginatingLender"),
    ),
    Q(
        "avg loan size for sole proprietors vs corporations?",
        either(_scaled(_pp_means(False), (1e3,)), _scaled(_pp_means(True), (1e3,))),
        (*_PP_ID, "BusinessType", "CurrentApprovalAmount", "InitialApprovalAmount"),
    ),
    Q(
        "what share of the money ended up forgiven",
        either(
            _share(lambda d: float(d["ForgivenessAmount"].sum() / d["CurrentApprovalAmount"].sum())),
            _share(lambda d: float(d["ForgivenessAmount"].sum() / d["InitialApprovalAmount"].sum())),
        ),
        (*_PP_ID, "ForgivenessAmount", "CurrentApprovalAmount", "InitialApprovalAmount"),
    ),
    Q(
        "which month had the most loans approved",
        _lead(_month_year(_pp_busiest)),
        (*_PP_ID, "DateApproved"),
    ),
]


# --- 7. CMS HCAHPS patient survey by hospital (long layout) ------------------------------------------------------

_HC_COLUMNS = _split(
    "Facility ID;Facility Name;Address;City/Town;State;ZIP Code;County/Parish;Telephone Number;HCAHPS Measure ID;"
    "HCAHPS Question;HCAHPS Answer Description;Patient Survey Star Rating;Patient Survey Star Rating Footnote;"
    "HCAHPS Answer Percent;HCAHPS Answer Percent Footnote;Number of Completed Surveys;"
    "Number of Completed Surveys Footnote;Survey Response Rate Percent;Survey Response Rate Percent Footnote;"
    "Start Date;End Date"
)
# state: hospitals, CMS state prefix, cities, quality shift
_HC_STATES: dict[str, tuple[int, str, str, float]] = {
    "TX": (26, "45", "HOUSTON;DALLAS;SAN ANTONIO;AUSTIN;LUBBOCK", -0.2),
    "CA": (24, "05", "LOS ANGELES;SAN DIEGO;FRESNO;SACRAMENTO;OAKLAND", -0.3),
    "OH": (16, "36", "COLUMBUS;CLEVELAND;DAYTON;TOLEDO", 0.2),
    "WI": (14, "52", "MADISON;MILWAUKEE;GREEN BAY;LA CROSSE", 0.6),
    "GA": (13, "11", "ATLANTA;MACON;SAVANNAH;ATHENS", -0.1),
    "AL": (12, "01", "BIRMINGHAM;MOBILE;HUNTSVILLE;DOTHAN", 0.0),
    "NY": (15, "33", "NEW YORK;BUFFALO;ROCHESTER;ALBANY", -0.5),
    "MN": (10, "24", "MINNEAPOLIS;ROCHESTER;DULUTH;ST CLOUD", 0.4),
}
# measure stem: question, three answer ids with descriptions, star-rating id and description
_HC_MEASURES: list[tuple[str, str, list[tuple[str, str]], float]] = [
    (
        "H_COMP_1",
        'Patients who reported that their nurses "Always" communicated well',
        [
            ("A_P", 'Nurses "always" communicated well'),
            ("U_P", 'Nurses "usually" communicated well'),
            ("SN_P", 'Nurses "sometimes" or "never" communicated well'),
        ],
        80,
    ),
    (
        "H_COMP_2",
        'Patients who reported that their doctors "Always" communicated well',
        [
            ("A_P", 'Doctors "always" communicated well'),
            ("U_P", 'Doctors "usually" communicated well'),
            ("SN_P", 'Doctors "sometimes" or "never" communicated well'),
        ],
        79,
    ),
    (
        "H_CLEAN_HSP",
        'Patients who reported that their room and bathroom were "Always" clean',
        [
            ("A_P", 'Room was "always" clean'),
            ("U_P", 'Room was "usually" clean'),
            ("SN_P", 'Room was "sometimes" or "never" clean'),
        ],
        72,
    ),
    (
        "H_QUIET_HSP",
        'Patients who reported that the area around their room was "Always" quiet at night',
        [
            ("A_P", '"Always" quiet at night'),
            ("U_P", '"Usually" quiet at night'),
            ("SN_P", '"Sometimes" or "never" quiet at night'),
        ],
        61,
    ),
    (
        "H_HSP_RATING",
        "Patients who gave their hospital a rating on a scale from 0 (lowest) to 10 (highest)",
        [
            ("9_10", "Patients who gave a rating of 9 or 10 (high)"),
            ("7_8", "Patients who gave a rating of 7 or 8 (medium)"),
            ("0_6", "Patients who gave a rating of 6 or lower (low)"),
        ],
        71,
    ),
    (
        "H_RECMND",
        "Patients who reported whether they would recommend the hospital to friends and family",
        [
            ("DY", '"YES", patients would definitely recommend the hospital'),
            ("PY", '"YES", patients would probably recommend the hospital'),
            (
                "DN",
                '"NO", patients would not recommend the hospital (they probably would not or definitely would not '
                "recommend it)",
            ),
        ],
        70,
    ),
]
_HC_WORDS = _split("ST LUKE'S;MERCY;BAPTIST;METHODIST;GOOD SAMARITAN;PROVIDENCE;REGIONAL;MEMORIAL;UNIVERSITY;ST JOSEPH")
_HC_KINDS = _split("MEDICAL CENTER;HOSPITAL;HEALTH SYSTEM;COMMUNITY HOSPITAL;MEDICAL CENTER - DOWNTOWN")


_HC_SHORT = {
    "H_COMP_1": "Nurse communication",
    "H_COMP_2": "Doctor communication",
    "H_CLEAN_HSP": "Cleanliness",
    "H_QUIET_HSP": "Quietness",
    "H_HSP_RATING": "Overall hospital rating",
    "H_RECMND": "Recommend hospital",
}


def _hc_stars(score: float) -> int:
    return int(np.clip(np.digitize(score, [-1.3, -0.45, 0.45, 1.3]) + 1, 1, 5))


def _hcahps_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20407)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    surveys_seen: set[int] = set()
    ids: set[str] = set()
    for state, (n, prefix, cities, shift) in _HC_STATES.items():
        for k in range(n):
            city = str(_one(rng, _split(cities)))
            name = _unique(rng, lambda r, c=city: f"{_one(r, _HC_WORDS)} {_one(r, _HC_KINDS)} {c}", used)
            quality = float(rng.normal(shift, 0.8))
            status = _draw(rng, "full:86;few:9;none:5")
            surveys = 0
            while surveys in surveys_seen or surveys == 0:
                surveys = int(rng.lognormal(np.log(700), 0.8)) if status == "full" else int(rng.integers(25, 99))
            surveys_seen.add(surveys)
            rate = int(np.clip(rng.normal(22 + 2 * quality, 5), 5, 45))
            facility = _unique(rng, lambda r, p=prefix, j=k: f"{p}{int(r.integers(1, 400)) + 400 * (j % 3):04d}", ids)
            base = {
                "Facility ID": facility,
                "Facility Name": name,
                "Address": f"{int(rng.integers(100, 9999))} {_one(rng, ['MAIN ST', 'HOSPITAL DR', 'MEDICAL PKWY'])}",
                "City/Town": city,
                "State": state,
                "ZIP Code": int(rng.integers(10000, 99999)),
                "County/Parish": city.split()[0],
                "Telephone Number": f"({int(rng.integers(200, 999))}) {int(rng.integers(200, 999))}-"
                f"{int(rng.integers(0, 9999)):04d}",
                "Number of Completed Surveys": "Not Available" if status == "none" else str(surveys),
                "Number of Completed Surveys Footnote": "5" if status == "none" else ("1" if status == "few" else None),
                "Survey Response Rate Percent": "Not Available" if status == "none" else str(rate),
                "Survey Response Rate Percent Footnote": "5" if status == "none" else None,
                "Start Date": "01/01/2022",
                "End Date": "12/31/2022",
            }
            stars: list[int] = []
            for stem, question, answers, center in _HC_MEASURES:
                score = quality + float(rng.normal(0, 0.5))
                top = float(np.clip(center + 4.5 * score + rng.normal(0, 1.5), 30, 97))
                mid = float(np.clip((100 - top) * rng.uniform(0.55, 0.75), 1, 60))
                parts = [round(top), round(mid), 100 - round(top) - round(mid)]
                for (suffix, desc), pct in zip(answers, parts, strict=True):
                    rows.append(
                        base
                        | {
                            "HCAHPS Measure ID": f"{stem}_{suffix}",
                            "HCAHPS Question": question,
                            "HCAHPS Answer Description": desc,
                            "Patient Survey Star Rating": "Not Applicable",
                            "HCAHPS Answer Percent": "Not Available" if status == "none" else str(pct),
                            "HCAHPS Answer Percent Footnote": "5" if status == "none" else None,
                        }
                    )
                star = _hc_stars(score)
                stars.append(star)
                rows.append(
                    base
                    | {
                        "HCAHPS Measure ID": f"{stem}_STAR_RATING",
                        "HCAHPS Question": f"{_HC_SHORT[stem]} - star rating",
                        "HCAHPS Answer Description": f"{_HC_SHORT[stem]} - star rating",
                        "Patient Survey Star Rating": str(star) if status == "full" else "Not Available",
                        "Patient Survey Star Rating Footnote": None
                        if status == "full"
                        else ("15" if status == "few" else "5"),
                        "HCAHPS Answer Percent": "Not Applicable",
                    }
                )
            summary = int(np.clip(round(float(np.mean(stars)) + float(rng.normal(0, 0.3))), 1, 5))
            rows.append(
                base
                | {
                    "HCAHPS Measure ID": "H_STAR_RATING",
                    "HCAHPS Question": "Summary star rating",
                    "HCAHPS Answer Description": "Summary star rating",
                    "Patient Survey Star Rating": str(summary) if status == "full" else "Not Available",
                    "Patient Survey Star Rating Footnote": None
                    if status == "full"
                    else ("15" if status == "few" else "5"),
                    "HCAHPS Answer Percent": "Not Applicable",
                }
            )
    frame = pd.DataFrame(rows).sort_values(["Facility ID", "HCAHPS Measure ID"], kind="stable", ignore_index=True)
    return frame.reindex(columns=_HC_COLUMNS)


_HC_ID = ("Facility ID", "Facility Name", "HCAHPS Measure ID")
_HC_STAR = "Patient Survey Star Rating"
_HC_PCT = "HCAHPS Answer Percent"


def _hc_rows(d: pd.DataFrame, measure: str) -> pd.DataFrame:
    return d[_text(d["HCAHPS Measure ID"]) == measure]


def _hc_summary(d: pd.DataFrame) -> pd.DataFrame:
    rows = _hc_rows(d, "H_STAR_RATING")
    return rows.assign(stars=_num(rows[_HC_STAR]))


def _hc_biggest(d: pd.DataFrame) -> Any:
    rows = _hc_summary(d)
    return rows.loc[_num(rows["Number of Completed Surveys"]).idxmax(), "Facility ID"]


def _hc_recommend(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        rows = _hc_rows(d, "H_RECMND_DY")
        pct, n = _num(rows[_HC_PCT]), _num(rows["Number of Completed Surveys"])
        ok = pct.notna() & n.notna()
        return float((pct[ok] * n[ok]).sum() / n[ok].sum()) if weighted else float(pct.mean())

    return mean


def _hc_corr(summary_only: bool) -> Check:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        part = _hc_summary(d) if summary_only else d.assign(stars=_num(d[_HC_STAR]))
        part = part.assign(rate=_num(part["Survey Response Rate Percent"]))
        return part.dropna(subset=["stars", "rate"])

    return _corr(lambda d: rows(d)["rate"], lambda d: rows(d)["stars"])


def _hc_top_box(d: pd.DataFrame) -> float:
    rows = _hc_rows(d, "H_HSP_RATING_9_10")
    return float(_num(rows.loc[rows["Facility ID"] == _hc_biggest(d), _HC_PCT]).iloc[0])


_HCAHPS_QS = [
    Q(
        "how many hospitals got 5 stars overall",
        _count(lambda d: float((_hc_summary(d)["stars"] == 5).sum())),
        (*_HC_ID, _HC_STAR),
    ),
    Q(
        "which state has the best average overall star rating",
        _lead(_named(lambda d: _top(_hc_summary(d).groupby("State")["stars"].mean()))),
        (*_HC_ID, "State", _HC_STAR),
    ),
    Q(
        "on average what percent of patients would definitely recommend their hospital",
        either(has(_hc_recommend(False), rel=0.005), has(_hc_recommend(True), rel=0.005)),
        (*_HC_ID, "HCAHPS Answer Description", "HCAHPS Question", _HC_PCT, "Number of Completed Surveys"),
    ),
    Q(
        "which hospital had the most completed surveys",
        _lead(_named(lambda d: str(_hc_summary(d).set_index("Facility ID").loc[_hc_biggest(d), "Facility Name"]))),
        (*_HC_ID, "Number of Completed Surveys"),
    ),
    Q(
        "what % of its patients rated it 9 or 10?",
        has(_hc_top_box),
        (*_HC_ID, "HCAHPS Answer Description", "HCAHPS Question", _HC_PCT, "Number of Completed Surveys"),
    ),
    Q(
        "is the survey response rate related to the star rating?",
        either(_hc_corr(True), _hc_corr(False)),
        (*_HC_ID, "Survey Response Rate Percent", _HC_STAR),
    ),
]

HELDOUT204: list[Dataset] = [
    Dataset("clue_period_tracking", _clue_frame, _CLUE_QS),
    Dataset("speedtest_ookla_results", _speedtest_frame, _SPEEDTEST_QS),
    Dataset("jellyfin_playback_reporting", _jellyfin_frame, _JELLYFIN_QS),
    Dataset("inaturalist_observations", _inat_frame, _INAT_QS),
    Dataset("epa_egrid_plants", _egrid_frame, _EGRID_QS),
    Dataset("sba_ppp_loans", _ppp_frame, _PPP_QS),
    Dataset("cms_hcahps_by_hospital", _hcahps_frame, _HCAHPS_QS),
]
