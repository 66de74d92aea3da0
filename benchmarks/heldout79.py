"""HELDOUT79: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: the NFL
Scouting Combine results as Pro-Football-Reference exports them (2013-2022, one row per player per year, about 3,250
rows) with Player names carrying the site id after a backslash for drafted players ("Andre Coleman\\ColeAn00"), Pos
codes (QB, WR, OT, CB ... and EDGE beside DE / OLB from 2020), School as the site writes it ("Ohio St.", "Miami
(FL)"), Ht as feet-inches text ("6-2"), Wt in pounds, 40yd, Vertical (half inches), Bench (reps), Broad Jump
(inches), 3Cone and Shuttle with many blanks for drills a player skipped, "Drafted (tm/rnd/yr)" as "St. Louis Rams /
2nd / 62nd pick / 2013" (blank when undrafted, team names as the draft year knew them) and Year; Kaggle's Ultimate UFC
Dataset (ufc-master.csv, March 2010 to May 2020, newest event first, about 3,600 fights) with R_fighter / B_fighter,
American R_odds / B_odds (a few blank) and R_ev / B_ev payouts, m/d/Y dates ("3/27/2010"), "Las Vegas, Nevada, USA"
locations and a country, Winner Red / Blue, title_bout True / False, weight classes such as "Women's Strawweight"
and "Catch Weight", gender MALE / FEMALE, no_of_rounds, streaks, wins, losses, stance, height, reach and weight per
corner, ages, better_rank, finish U-DEC / S-DEC / M-DEC / KO/TKO / SUB / DQ (a few blank), finish_details
("Rear Naked Choke", "Punches"), finish_round, finish_round_time as "4:21" and total_fight_time_secs; the Gun
Violence Archive incidents of January 2013 to March 2018 (gun-violence-data_01-2013_03-2018.csv, about 4,200 rows,
2013 and 2018 thin) with incident_id, "2015-03-14" dates, full state names, city_or_county (a few "(county)"),
"1200 block of Main St" addresses, n_killed, n_injured, incident and source URLs, congressional and state
legislative districts as floats with blanks, the archive's "0::Unknown||1::Stolen" lists for gun_stolen, gun_type,
participant_age, participant_age_group ("Adult 18+", "Teen 12-17", "Child 0-11"), participant_gender,
participant_name, participant_status and participant_type (a few gun lists in the older "0:Unknown|1:Unknown"
spelling, gun fields blank for about 40% of incidents), "||"-joined incident_characteristics, latitude / longitude
with blanks, mostly blank location_description, notes and participant_relationship, and two very large rows
(Orlando 2016, Las Vegas 2017); Kaggle's USA Real Estate Dataset from Realtor.com (realtor-data.csv, 4,600 listings)
with brokered_by and street as float ids, status for_sale / sold / ready_to_build, price (a few 0, 1 or 10 and a few
blank), bed, bath, acre_lot and house_size as floats (land listings with no bed, bath or size, and more sizes
missing), city, full state names including Puerto Rico and the Virgin Islands, zip_code as a float that lost its
leading zeros (601.0) and prev_sold_date as "2022-05-30" or blank; UCI's Air Quality data (AirQualityUCI.csv, hourly
from 10/03/2004 18.00.00 for 4,800 hours) with Date as "10/03/2004" (day first), Time as "18.00.00", CO(GT),
PT08.S1(CO), NMHC(GT), C6H6(GT), PT08.S2(NMHC), NOx(GT), PT08.S3(NOx), NO2(GT), PT08.S4(NO2), PT08.S5(O3), T, RH and
AH, -200 marking a missing value (NMHC(GT) missing after its first weeks, the analysers' and the sensor box's outages
in runs), plus the file's trailing empty rows and its two empty "Unnamed: 15" / "Unnamed: 16" columns; the Oscar
Award file (the_oscar_award.csv, ceremonies 1 to 96 for films of 1927-2023, about 3,500 nominations of a picture,
directing, acting and cinematography core) with year_film, year_ceremony, ceremony, upper-case categories under the
names they had at the time (OUTSTANDING PICTURE ... BEST PICTURE, ACTOR then ACTOR IN A LEADING ROLE, the first
year's "DIRECTING (Comedy Picture)" / "(Dramatic Picture)", CINEMATOGRAPHY split into Black-and-White and Color in
1939-1966), studios or "A, B and C, Producers" as the picture nominees' names, honorary awards with no film, winner
True / False and a tie for best actress at the 41st ceremony; and Kaggle's Customer Shopping Dataset from ten
Istanbul malls (customer_shopping_data.csv, 5,000 invoices from January 2021 to 8 March 2023) with invoice_no
"I138884", customer_id "C241288", gender, age, eight categories, quantity 1-5, price already multiplied by the
quantity (each category's one price in lira), Cash / Credit Card / Debit Card and invoice_date as an unpadded day
first "5/8/2022". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout37 import _day as _on_day
from .heldout38 import _draw, _table
from .heldout39 import _clock
from .heldout41 import _deal
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


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or in thousands / millions / billions ("$412K", "1.3 million")."""
    return _scaled(value, (1e3, 1e6, 1e9), rel=0.006)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_FIRST = _split(
    "James;John;Michael;David;Chris;Josh;Justin;Tyler;Brandon;Jordan;Marcus;Derrick;Andre;Darius;Jalen;Malik;"
    "Trey;Cameron;Kyle;Ryan;Austin;Devin;Isaiah;Terrell;Xavier;Zach;Logan;Cole;Jaylen;Dante;Quincy;Tavon;Khalil;"
    "Deshawn;Brian;Kevin;Eric;Nick;Matt;Luke;Jake;Connor;Caleb;Elijah;Myles;Trevon;Jamal;Corey;Antonio;Deon;Reggie"
)
_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Davis;Miller;Wilson;Moore;Taylor;Anderson;Thomas;Jackson;White;Harris;Martin;"
    "Thompson;Robinson;Clark;Lewis;Walker;Hall;Allen;Young;King;Wright;Hill;Green;Adams;Baker;Nelson;Carter;Mitchell;"
    "Roberts;Turner;Phillips;Campbell;Parker;Evans;Edwards;Collins;Stewart;Morris;Murphy;Cook;Rogers;Reed;Bailey;Bell;"
    "Cooper;Richardson;Cox;Howard;Ward;Peterson;Gray;James;Watson;Brooks;Sanders;Price;Bennett;Wood;Barnes;Ross;"
    "Henderson;Coleman;Jenkins;Perry;Powell;Long;Patterson;Hughes;Washington;Butler;Simmons;Foster;Bryant;Alexander;"
    "Russell;Griffin;Hayes;Myers;Ford;Hamilton;Graham;Sullivan;Wallace;Woods;Cole;West;Jordan;Owens;Reynolds;Fisher;"
    "Ellis;Harrison;Gibson;McDonald;Cruz;Marshall;Gomez;Murray;Freeman;Wells;Webb;Simpson;Stevens;Tucker;Porter;Hunter"
)


# --- 1. NFL Scouting Combine (Pro-Football-Reference combine tables, one row per player per year) -----------------

# position: players per year, height in inches (mean, sd), weight in lb (mean, sd), 40-yard time at the mean weight
_NC_POSITIONS: dict[str, tuple[int, float, float, float, float, float]] = {
    "QB": (17, 74.6, 1.6, 221, 11, 4.84),
    "RB": (28, 70.4, 1.6, 212, 12, 4.55),
    "FB": (4, 72.9, 1.3, 244, 8, 4.80),
    "WR": (45, 72.7, 2.2, 201, 13, 4.50),
    "TE": (18, 76.3, 1.2, 251, 8, 4.76),
    "OT": (25, 77.6, 1.1, 313, 11, 5.27),
    "OG": (18, 76.0, 1.1, 314, 10, 5.30),
    "C": (9, 75.2, 1.0, 303, 9, 5.26),
    "DE": (30, 76.1, 1.3, 266, 13, 4.81),
    "DT": (24, 75.0, 1.3, 306, 14, 5.10),
    "OLB": (25, 74.4, 1.3, 241, 10, 4.70),
    "ILB": (10, 73.5, 1.2, 238, 8, 4.75),
    "CB": (38, 71.4, 1.5, 193, 8, 4.48),
    "S": (22, 72.4, 1.3, 205, 8, 4.56),
    "K": (4, 72.6, 2.0, 200, 13, 4.98),
    "P": (4, 74.4, 2.0, 215, 13, 4.97),
    "LS": (2, 74.0, 1.2, 240, 10, 5.05),
}
_NC_SCHOOLS = (
    "Alabama:10;Ohio St.:8;LSU:7.5;Georgia:7;Clemson:6;Florida:6;Florida St.:5.5;USC:5;Michigan:5;Notre Dame:5;"
    "Penn St.:5;Oklahoma:5;Auburn:5;Texas A&M:4.5;Miami (FL):4.5;Texas:4;Oregon:4;Wisconsin:4;Stanford:4;Iowa:4;"
    "Tennessee:4;Mississippi St.:3.5;Mississippi:3.5;UCLA:3.5;Washington:3.5;South Carolina:3;Arkansas:3;"
    "Missouri:3;Kentucky:2.5;Michigan St.:3.5;Nebraska:2.5;Oklahoma St.:3;TCU:3;Baylor:3;Utah:3;Pittsburgh:3;"
    "Virginia Tech:3;North Carolina:3;NC State:3;Louisville:3;Boston Col.:2.5;West Virginia:2.5;Arizona St.:2.5;"
    "California:2.5;Oregon St.:2;Purdue:2;Minnesota:2;Illinois:2;Maryland:2;Rutgers:1.5;Syracuse:1.5;Temple:1.5;"
    "Cincinnati:2;Houston:1.5;Memphis:1.5;Boise St.:2;Central Florida:2;South Florida:1.5;Colorado:2;Arizona:2;"
    "Washington St.:2;Vanderbilt:1.5;Duke:1.5;Wake Forest:1.5;Georgia Tech:1.5;Virginia:1.5;Indiana:1.5;"
    "Northwestern:1.5;Iowa St.:1.5;Kansas St.:1.5;Texas Tech:1.5;North Dakota St.:1;Western Michigan:1;"
    "Toledo:1;Northern Illinois:1;Fresno St.:1;San Diego St.:1;Tennessee-Chattanooga:0.5;Louisiana Tech:1;"
    "Appalachian St.:0.8;Southern Miss:0.8;Delaware:0.5;James Madison:0.6;Villanova:0.4;Furman:0.3;"
    "Eastern Washington:0.4;Youngstown St.:0.3;Grambling St.:0.3;Jackson St.:0.3;South Dakota St.:0.5"
)
_NC_STRONG = ("Alabama", "Ohio St.", "LSU", "Georgia", "Clemson", "Florida", "Michigan", "Notre Dame", "Oklahoma")
_NC_TEAMS = _split(
    "Arizona Cardinals;Atlanta Falcons;Baltimore Ravens;Buffalo Bills;Carolina Panthers;Chicago Bears;"
    "Cincinnati Bengals;Cleveland Browns;Dallas Cowboys;Denver Broncos;Detroit Lions;Green Bay Packers;"
    "Houston Texans;Indianapolis Colts;Jacksonville Jaguars;Kansas City Chiefs;Miami Dolphins;Minnesota Vikings;"
    "New England Patriots;New Orleans Saints;New York Giants;New York Jets;Philadelphia Eagles;Pittsburgh Steelers;"
    "San Francisco 49ers;Seattle Seahawks;Tampa Bay Buccaneers;Tennessee Titans;Washington Redskins;"
    "Los Angeles Chargers;Los Angeles Rams;Las Vegas Raiders"
)
_NC_COLUMNS = _split("Player;Pos;School;Ht;Wt;40yd;Vertical;Bench;Broad Jump;3Cone;Shuttle;Drafted (tm/rnd/yr);Year")
_NC_DRAFTED = "Drafted (tm/rnd/yr)"


def _nc_team(team: str, year: int) -> str:
    """Team names as the draft year knew them."""
    if team == "Los Angeles Chargers" and year < 2017:
        return "San Diego Chargers"
    if team == "Los Angeles Rams" and year < 2016:
        return "St. Louis Rams"
    if team == "Las Vegas Raiders" and year < 2020:
        return "Oakland Raiders"
    if team == "Washington Redskins" and year >= 2020:
        return "Washington Football Team"
    return team


def _nc_name(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _combine_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7901)
    schools, school_w = _table(_NC_SCHOOLS)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for year in range(2013, 2023):
        for pos, (n, ht, ht_sd, wt, wt_sd, forty) in _NC_POSITIONS.items():
            for _ in range(n + int(rng.integers(-2, 3))):
                school = str(_one(rng, schools, school_w))
                z = float(rng.normal())
                height = round(ht + ht_sd * (0.5 * z + 0.87 * float(rng.normal())))
                weight = round(wt + wt_sd * z)
                speed = round(forty + 0.006 * (weight - wt) + float(rng.normal(0, 0.07)), 2)
                bench = int(np.clip(round(8 + 0.11 * (weight - 180) + float(rng.normal(0, 4))), 4, 45))
                vertical = round(2 * (36 - 0.045 * (weight - 200) - 8 * (speed - 4.5) + float(rng.normal(0, 2)))) / 2
                broad = round(125 - 0.12 * (weight - 200) - 15 * (speed - 4.5) + float(rng.normal(0, 4)))
                cone = round(6.95 + 0.004 * (weight - 200) + float(rng.normal(0, 0.15)), 2)
                shuttle = round(4.22 + 0.0025 * (weight - 200) + float(rng.normal(0, 0.1)), 2)
                talent = (
                    float(rng.normal()) - 2.5 * (speed - forty - 0.006 * (weight - wt)) + 0.5 * (school in _NC_STRONG)
                )
                drafted = (talent > -0.35 and pos not in ("K", "P", "LS")) or rng.random() < 0.08
                skip = pos in ("QB", "K", "P")
                name = _unique(rng, _nc_name, used)
                first, last = name.split(" ", 1)
                row: dict[str, Any] = {
                    "Player": name,
                    "Pos": "EDGE" if pos in ("DE", "OLB") and year >= 2020 and rng.random() < 0.5 else pos,
                    "School": school,
                    "Ht": f"{height // 12}-{height % 12}",
                    "Wt": weight,
                    "40yd": speed if rng.random() > (0.1 + 0.15 * (talent > 1.3)) else None,
                    "Vertical": vertical if rng.random() > 0.2 + 0.1 * (pos in ("OT", "OG", "C")) else None,
                    "Bench": bench if rng.random() > (0.85 if skip else 0.22) else None,
                    "Broad Jump": broad if rng.random() > 0.23 else None,
                    "3Cone": cone if rng.random() > 0.36 else None,
                    "Shuttle": shuttle if rng.random() > 0.34 else None,
                    _NC_DRAFTED: None,
                    "Year": year,
                    "_talent": talent if drafted else None,
                }
                if drafted:
                    row["Player"] = f"{name}\\{last[:4]}{first[:2]}{int(_draw(rng, '0:80;1:15;2:5')):02d}"
                rows.append(row)
        # the draft order: best talent first, seven rounds of 32 (later rounds a little longer)
        order = sorted((r for r in rows if r["Year"] == year and r["_talent"] is not None), key=lambda r: -r["_talent"])
        for i, r in enumerate(order[:256]):
            rnd = min(7, 1 + i // 32)
            team = _nc_team(str(_one(rng, _NC_TEAMS)), year)
            r[_NC_DRAFTED] = f"{team} / {_ordinal(rnd)} / {_ordinal(i + 1)} pick / {year}"
        for r in order[256:]:
            r["Player"] = r["Player"].split("\\")[0]
    frame = pd.DataFrame(rows)
    # one clear fastest man: the quickest recorded time shaved to a combine-record pace
    fastest = frame["40yd"].idxmin()
    frame.loc[fastest, "40yd"] = round(float(frame["40yd"].min()) - 0.03, 2)
    frame = frame.sort_values(["Year", "Player"], kind="stable", ignore_index=True)
    for column in ("Wt", "Bench", "Broad Jump"):
        frame[column] = frame[column].astype("Int64")
    return frame[_NC_COLUMNS]


def _nc_name_of(player: Any) -> str:
    """A player's name without the site id after the backslash ("Josh Allen\\AlleJo02")."""
    return str(player).split("\\")[0].strip()


def _nc_inches(d: pd.DataFrame) -> pd.Series:
    parts = _text(d["Ht"]).str.extract(r"^(\d+)-(\d+)$").astype(float)
    return 12 * parts[0] + parts[1]


def _nc_height(value: Callable[[pd.DataFrame], float]) -> Check:
    """A height in inches ("74.6 inches"), in feet and inches ("6-2.6", "6'2.6\"", "6 ft 2.6 in") or in centimetres,
    to the rounding written (never looser than half an inch)."""
    feet = re.compile(r"(?<![\d.])(\d)\s*(?:-|'|’|ft\.?|feet|foot)\s*(\d{1,2}(?:\.\d+)?)")

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))

        def near(found: float, token: str, unit: float) -> bool:
            places = len(token.split(".")[1]) if "." in token else 0
            return abs(found - want) <= max(0.1, min(0.5, 0.5 * 10.0**-places * unit))

        for m in feet.finditer(answer):
            if near(12 * int(m.group(1)) + float(m.group(2)), m.group(2), 1.0):
                return None
        for token in re.findall(r"\d+(?:\.\d+)?", answer):
            if near(float(token), token, 1.0) or near(float(token) / 2.54, token, 1 / 2.54):
                return None
        return f"missing height {want:.2f} in"

    return check


def _nc_fastest(d: pd.DataFrame) -> str:
    return _nc_name_of(d.loc[d["40yd"].idxmin(), "Player"])


def _nc_top_school(d: pd.DataFrame) -> str:
    return _top(_text(d["School"]).value_counts())


def _nc_first_rounders(d: pd.DataFrame) -> float:
    school = _text(d["School"]) == _nc_top_school(d)
    return float((school & _text(d[_NC_DRAFTED]).str.contains(" / 1st / ", regex=False)).sum())


_NC_ID = ("Player", "Year")
_COMBINE_QS = [
    Q(
        "who ran the fastest 40 and what was the time",
        both(_named(_nc_fastest), has(lambda d: float(d["40yd"].min()), rel=0.001)),
        (*_NC_ID, "40yd"),
    ),
    Q(
        "how tall are the quarterbacks on average",
        _nc_height(lambda d: float(_nc_inches(d)[_text(d["Pos"]) == "QB"].mean())),
        (*_NC_ID, "Pos", "Ht"),
    ),
    Q(
        "what % of guys at the combine ended up getting drafted?",
        _share(lambda d: float(_text(d[_NC_DRAFTED]).ne("").mean())),
        (*_NC_ID, _NC_DRAFTED),
    ),
    Q(
        "do heavier players do more bench reps? correlation",
        _corr(lambda d: d["Wt"], lambda d: d["Bench"]),
        (*_NC_ID, "Wt", "Bench"),
    ),
    Q(
        "which college sent the most players",
        _lead(_named(_nc_top_school)),
        (*_NC_ID, "School"),
    ),
    Q(
        "how many of them went in the 1st round",
        _count(_nc_first_rounders),
        (*_NC_ID, "School", _NC_DRAFTED),
    ),
]


# --- 2. UFC fights (Kaggle "Ultimate UFC Dataset", ufc-master.csv) -------------------------------------------------

# weight class: share of fights, KO/TKO rate, submission rate, fighter weight (lb), height (cm)
_UF_CLASSES: dict[str, tuple[float, float, float, int, float]] = {
    "Lightweight": (17, 0.27, 0.21, 155, 177),
    "Welterweight": (16, 0.34, 0.17, 170, 181),
    "Featherweight": (12, 0.27, 0.17, 145, 173),
    "Bantamweight": (12, 0.25, 0.16, 135, 170),
    "Middleweight": (11, 0.36, 0.17, 185, 185),
    "Heavyweight": (8, 0.48, 0.14, 245, 192),
    "Light Heavyweight": (7, 0.42, 0.15, 205, 188),
    "Flyweight": (5, 0.2, 0.17, 125, 166),
    "Catch Weight": (1.5, 0.3, 0.2, 150, 176),
    "Women's Strawweight": (5, 0.12, 0.2, 115, 162),
    "Women's Bantamweight": (4, 0.25, 0.18, 135, 170),
    "Women's Flyweight": (3.5, 0.15, 0.15, 125, 166),
    "Women's Featherweight": (0.5, 0.3, 0.1, 145, 175),
}
_UF_PLACES = (
    "Las Vegas, Nevada, USA|USA:34;Newark, New Jersey, USA|USA:3;Houston, Texas, USA|USA:3;"
    "Chicago, Illinois, USA|USA:3;Boston, Massachusetts, USA|USA:3;Denver, Colorado, USA|USA:3;"
    "Nashville, Tennessee, USA|USA:2;Sacramento, California, USA|USA:2;Anaheim, California, USA|USA:3;"
    "Atlantic City, New Jersey, USA|USA:2;Brooklyn, New York, USA|USA:2;Phoenix, Arizona, USA|USA:2;"
    "Toronto, Ontario, Canada|Canada:3;Montreal, Quebec, Canada|Canada:2;Rio de Janeiro, Rio de Janeiro, Brazil|"
    "Brazil:3;Sao Paulo, Sao Paulo, Brazil|Brazil:3;London, England, United Kingdom|United Kingdom:3;"
    "Abu Dhabi, Abu Dhabi, United Arab Emirates|United Arab Emirates:4;Sydney, New South Wales, Australia|"
    "Australia:2;Perth, Western Australia, Australia|Australia:1;Stockholm, Stockholm, Sweden|Sweden:1;"
    "Mexico City, Distrito Federal, Mexico|Mexico:1;Moscow, Moscow, Russia|Russia:1;Singapore, Singapore, "
    "Singapore|Singapore:1;Auckland, Auckland, New Zealand|New Zealand:1;Hamburg, Hamburg, Germany|Germany:1"
)
_UF_KO = "Punches:60;Punch:18;Kick:8;Elbows:6;Knee:4;Elbow:2;Flying Knee:1;Spinning Back Kick:1"
_UF_SUB = (
    "Rear Naked Choke:42;Guillotine Choke:17;Arm Triangle:10;Armbar:9;Triangle Choke:8;D'Arce Choke:4;"
    "Anaconda Choke:3;Kimura:3;Heel Hook:2;Kneebar:1;Neck Crank:1"
)
_UF_SYLLABLES = _split("al;ex;an;dro;mi;ko;ser;gei;ta;ra;jo;se;lu;is;va;len;tin;ka;mal;dan;iel;ro;dri;go;ma;rio")
_UF_COLUMNS = _split(
    "R_fighter;B_fighter;R_odds;B_odds;R_ev;B_ev;date;location;country;Winner;title_bout;weight_class;gender;"
    "no_of_rounds;B_current_lose_streak;B_current_win_streak;B_wins;B_losses;B_Stance;B_Height_cms;B_Reach_cms;"
    "B_Weight_lbs;R_current_lose_streak;R_current_win_streak;R_wins;R_losses;R_Stance;R_Height_cms;R_Reach_cms;"
    "R_Weight_lbs;B_age;R_age;better_rank;finish;finish_details;finish_round;finish_round_time;total_fight_time_secs"
)


def _uf_name(rng: np.random.Generator) -> str:
    if rng.random() < 0.6:
        return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
    first = "".join(str(_one(rng, _UF_SYLLABLES)) for _ in range(int(rng.integers(2, 4)))).capitalize()
    last = "".join(str(_one(rng, _UF_SYLLABLES)) for _ in range(int(rng.integers(2, 4)))).capitalize()
    return f"{first} {last}"


def _uf_odds(p: float) -> int:
    """American odds for a win probability (the book's margin included), to the nearest 5."""
    p = min(0.97, p * 1.045)
    raw = -100 * p / (1 - p) if p >= 0.5 else 100 * (1 - p) / p
    return int(5 * round(raw / 5))


def _uf_ev(odds: int) -> float:
    return float(odds) if odds > 0 else round(100 * 100 / abs(odds), 10)


def _ufc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7902)
    classes = list(_UF_CLASSES)
    class_w = [v[0] for v in _UF_CLASSES.values()]
    roster: dict[str, list[dict[str, Any]]] = {c: [] for c in classes}
    used: set[str] = set()
    for c, (w, *_rest) in _UF_CLASSES.items():
        for _ in range(int(14 * w) + 6):
            roster[c].append(
                {
                    "name": _unique(rng, _uf_name, used),
                    "skill": float(rng.normal()),
                    "age": int(rng.integers(21, 36)),
                    "height": round(float(_UF_CLASSES[c][4] + rng.normal(0, 5)), 2),
                    "stance": _draw(rng, "Orthodox:74;Southpaw:20;Switch:5;:1") or None,
                    "wins": 0,
                    "losses": 0,
                    "streak": 0,
                }
            )
    places = [p.split("|") for p in _table(_UF_PLACES)[0]]
    place_w = _table(_UF_PLACES)[1]
    rows: list[dict[str, Any]] = []
    day = pd.Timestamp("2010-03-21")
    while len(rows) < 3600:
        day += pd.Timedelta(days=int(_one(rng, [7, 14, 14, 21, 6])))
        location, country = _one(rng, places, place_w)
        if day.year in (2020,) and day.month >= 4:
            location, country = _one(
                rng,
                [
                    ["Las Vegas, Nevada, USA", "USA"],
                    ["Abu Dhabi, Abu Dhabi, United Arab Emirates", "United Arab Emirates"],
                ],
            )
        card = int(rng.integers(10, 15))
        for i in range(card):
            c = str(_one(rng, classes, class_w))
            k = _UF_CLASSES[c]
            red, blue = (roster[c][int(j)] for j in rng.choice(len(roster[c]), 2, replace=False))
            if blue["skill"] > red["skill"] and rng.random() < 0.6:
                red, blue = blue, red
            title = i == 0 and rng.random() < 0.45
            rounds = 5 if title or (i == 0 and rng.random() < 0.7) else 3
            p_red = float(1 / (1 + np.exp(-(0.9 * (red["skill"] - blue["skill"]) + 0.1 + rng.normal(0, 0.35)))))
            red_won = rng.random() < 1 / (1 + np.exp(-(0.9 * (red["skill"] - blue["skill"]) + 0.1)))
            r_odds, b_odds = _uf_odds(p_red), _uf_odds(1 - p_red)
            u = float(rng.random())
            finish = "KO/TKO" if u < k[1] else "SUB" if u < k[1] + k[2] else "DQ" if u < k[1] + k[2] + 0.005 else ""
            if not finish:
                finish = _draw(rng, "U-DEC:70;S-DEC:25;M-DEC:5")
            if finish.endswith("DEC"):
                last, clock = rounds, 300
            else:
                last = int(_one(rng, list(range(1, rounds + 1)), [0.5**j for j in range(rounds)]))
                clock = int(rng.integers(8, 301))
            details = _draw(rng, _UF_KO) if finish == "KO/TKO" else _draw(rng, _UF_SUB) if finish == "SUB" else ""
            no_odds = rng.random() < 0.03
            gone = rng.random() < 0.02
            row: dict[str, Any] = {
                "R_fighter": red["name"],
                "B_fighter": blue["name"],
                "R_odds": None if no_odds else r_odds,
                "B_odds": None if no_odds else b_odds,
                "R_ev": None if no_odds else _uf_ev(r_odds),
                "B_ev": None if no_odds else _uf_ev(b_odds),
                "date": f"{day.month}/{day.day}/{day.year}",
                "location": location,
                "country": country,
                "Winner": "Red" if red_won else "Blue",
                "title_bout": title,
                "weight_class": c,
                "gender": "FEMALE" if c.startswith("Women") else "MALE",
                "no_of_rounds": rounds,
                "better_rank": "neither" if not title and rng.random() < 0.8 else _draw(rng, "Red:65;Blue:35"),
                "finish": None if gone else finish,
                "finish_details": None if gone or not details else details,
                "finish_round": None if gone else last,
                "finish_round_time": None if gone else f"{clock // 60}:{clock % 60:02d}",
                "total_fight_time_secs": None if gone else (last - 1) * 300 + clock,
            }
            for side, f in (("R", red), ("B", blue)):
                row |= {
                    f"{side}_current_lose_streak": max(0, -f["streak"]),
                    f"{side}_current_win_streak": max(0, f["streak"]),
                    f"{side}_wins": f["wins"],
                    f"{side}_losses": f["losses"],
                    f"{side}_Stance": f["stance"],
                    f"{side}_Height_cms": f["height"],
                    f"{side}_Reach_cms": round(f["height"] + float(rng.normal(2, 4)), 2),
                    f"{side}_Weight_lbs": k[3] if c != "Catch Weight" else int(rng.integers(140, 171)),
                    f"{side}_age": f["age"] + (day.year - 2010),
                }
            rows.append(row)
            winner, loser = (red, blue) if red_won else (blue, red)
            winner["wins"] += 1
            loser["losses"] += 1
            winner["streak"] = max(1, winner["streak"] + 1)
            loser["streak"] = min(-1, loser["streak"] - 1)
    frame = pd.DataFrame(rows)
    # the file lists the newest event first
    frame = frame.iloc[::-1].reset_index(drop=True)
    for column in ("R_odds", "B_odds", "finish_round", "total_fight_time_secs"):
        frame[column] = frame[column].astype("Int64")
    return frame[_UF_COLUMNS]


def _uf_favourite_rate(strict: bool) -> Callable[[pd.DataFrame], float]:
    """How often the side with the lower (more negative) odds won: over fights with both odds and a favourite, or
    counting the pick'em fights as the favourite not winning."""

    def rate(d: pd.DataFrame) -> float:
        both_odds = d.dropna(subset=["R_odds", "B_odds"])
        red, blue = both_odds["R_odds"].astype(float), both_odds["B_odds"].astype(float)
        pick = np.where(red < blue, "Red", np.where(blue < red, "Blue", ""))
        won = pd.Series(pick, index=both_odds.index) == _text(both_odds["Winner"])
        return float(won[pick != ""].mean()) if strict else float(won.mean())

    return rate


def _uf_minutes(title: bool, minutes: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        flag = _text(d["title_bout"]).str.lower() == "true"
        secs = d.loc[flag == title, "total_fight_time_secs"].astype(float).mean()
        return float(secs / 60 if minutes else secs)

    return mean


def _uf_top_ko_class(women: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        rows = d[_text(d["finish"]) == "KO/TKO"]
        if women:
            rows = rows[_text(rows["gender"]) == "FEMALE"]
        return _top(_text(rows["weight_class"]).value_counts())

    return top


_UF_FINISHES = {
    "U-DEC": ("unanimous decision", "decision"),
    "KO/TKO": ("KO", "TKO", "knockout"),
    "SUB": ("submission",),
    "S-DEC": ("split decision",),
}
_UF_ID = ("R_fighter", "B_fighter", "date")
_UFC_QS = [
    Q(
        "how often does the red corner win",
        _share(lambda d: float((_text(d["Winner"]) == "Red").mean())),
        (*_UF_ID, "Winner"),
    ),
    Q(
        "and how often does the betting favorite win?",
        either(_share(_uf_favourite_rate(True)), _share(_uf_favourite_rate(False))),
        (*_UF_ID, "Winner", "R_odds", "B_odds", "R_ev", "B_ev"),
    ),
    Q(
        "whats the most common way fights end",
        _lead(_named(lambda d: _top(_text(d["finish"])[lambda s: s != ""].value_counts()), _UF_FINISHES)),
        (*_UF_ID, "finish", "finish_details"),
    ),
    Q(
        "average fight length for title fights vs regular fights",
        either(
            _about(lambda d: [_uf_minutes(t, True)(d) for t in (True, False)], rel=0.01),
            _about(lambda d: [_uf_minutes(t, False)(d) for t in (True, False)], rel=0.005),
        ),
        (*_UF_ID, "title_bout", "total_fight_time_secs", "finish_round", "finish_round_time", "no_of_rounds"),
    ),
    Q(
        "which weight class has the most knockouts",
        _lead(_named(_uf_top_ko_class(False))),
        (*_UF_ID, "weight_class", "finish"),
    ),
    Q(
        "what about for women",
        _lead(_named(_uf_top_ko_class(True))),
        (*_UF_ID, "weight_class", "finish", "gender"),
    ),
]


# --- 3. Gun Violence Archive incidents (Kaggle "Gun Violence Data", gun-violence-data_01-2013_03-2018.csv) ---------

# state: share of incidents, cities ("|" between them, the first the biggest), latitude, longitude, districts
_GV_STATES: dict[str, tuple[float, str, float, float, int]] = {
    "Illinois": (17.5, "Chicago|Rockford|Peoria|Springfield|Joliet", 41.85, -87.70, 18),
    "California": (16.3, "Los Angeles|Oakland|Stockton|San Francisco|Fresno|Sacramento", 36.20, -119.80, 53),
    "Florida": (15.0, "Jacksonville|Miami|Orlando|Tampa|Saint Petersburg", 28.40, -81.90, 27),
    "Texas": (13.6, "Houston|San Antonio|Dallas|Fort Worth|Austin", 30.20, -96.80, 36),
    "Ohio": (10.2, "Columbus|Cleveland|Cincinnati|Dayton|Toledo", 40.10, -82.80, 16),
    "New York": (9.7, "Brooklyn|Bronx|Rochester|Buffalo|Syracuse", 41.20, -74.70, 27),
    "Pennsylvania": (8.9, "Philadelphia|Pittsburgh|Harrisburg|Chester|Reading", 40.40, -76.90, 18),
    "Georgia": (8.9, "Atlanta|Savannah|Macon|Augusta|Columbus", 33.30, -83.90, 14),
    "North Carolina": (8.7, "Charlotte|Durham|Greensboro|Fayetteville|Raleigh", 35.60, -79.50, 13),
    "Louisiana": (8.1, "New Orleans|Baton Rouge|Shreveport|Lafayette", 30.70, -91.40, 6),
    "Tennessee": (7.6, "Memphis|Nashville|Chattanooga|Knoxville", 35.70, -87.50, 9),
    "South Carolina": (6.9, "Columbia|Charleston|North Charleston|Greenville", 33.90, -80.90, 7),
    "Missouri": (6.6, "Saint Louis|Kansas City|Springfield", 38.60, -91.80, 8),
    "Michigan": (6.1, "Detroit|Flint|Saginaw|Grand Rapids", 42.60, -84.10, 14),
    "Massachusetts": (5.9, "Boston|Springfield|Brockton|Worcester", 42.30, -71.40, 9),
    "Indiana": (5.8, "Indianapolis|Gary|Fort Wayne|South Bend", 39.90, -86.30, 9),
    "Maryland": (5.8, "Baltimore|Capitol Heights|Hyattsville|Annapolis", 39.20, -76.70, 8),
    "Alabama": (5.5, "Birmingham|Mobile|Montgomery|Huntsville", 32.90, -86.70, 7),
    "New Jersey": (5.4, "Newark|Trenton|Camden|Paterson|Jersey City", 40.40, -74.40, 12),
    "Virginia": (5.3, "Richmond|Norfolk|Newport News|Portsmouth", 37.50, -77.40, 11),
    "Wisconsin": (4.8, "Milwaukee|Madison|Racine", 43.10, -88.50, 8),
    "Kentucky": (4.2, "Louisville|Lexington|Bowling Green", 38.00, -85.30, 6),
    "Mississippi": (3.6, "Jackson|Gulfport|Greenville", 32.50, -89.90, 4),
    "Oklahoma": (3.5, "Tulsa|Oklahoma City|Lawton", 35.80, -96.90, 5),
    "Washington": (3.4, "Seattle|Tacoma|Spokane", 47.40, -121.90, 10),
    "Colorado": (3.2, "Denver|Colorado Springs|Aurora|Pueblo", 39.50, -105.00, 7),
    "Connecticut": (3.1, "Hartford|New Haven|Bridgeport", 41.60, -72.80, 5),
    "District of Columbia": (3.0, "Washington", 38.90, -77.02, 0),
    "Arizona": (2.3, "Phoenix|Tucson|Mesa", 33.20, -111.80, 9),
    "Nevada": (1.6, "Las Vegas|Reno|North Las Vegas", 36.50, -115.60, 4),
    "Minnesota": (1.6, "Minneapolis|Saint Paul|Duluth", 45.00, -93.30, 8),
    "Arkansas": (2.8, "Little Rock|Pine Bluff|Fort Smith", 34.80, -92.30, 4),
}
_GV_YEARS = "2013:0.7;2014:22.1;2015:24.0;2016:25.3;2017:24.9;2018:3.0"
_GV_STREETS = _split(
    "Main St;Martin Luther King Jr Blvd;Broadway;Park Ave;Washington St;Elm St;2nd St;Oak St;Church St;Pine St;"
    "Maple Ave;Jefferson Ave;Lincoln Ave;Central Ave;Madison St;Walnut St;Chestnut St;Highland Ave;Cedar St;Vine St"
)
_GV_GUNS = (
    "Handgun:40;9mm:10;Unknown:28;Shotgun:3;Rifle:3;22 LR:3;40 SW:3;45 Auto:3;38 Spl:2;380 Auto:2;223 Rem [AR-15]:1;"
    "7.62 [AK-47]:1;357 Mag:1"
)
_GV_EXTRAS = _split(
    "Drive-by (car to street, car to car);Armed robbery with injury/death and/or evidence of DGU found;"
    "Home Invasion;Gang involvement;Domestic Violence;Officer Involved Incident;Possession (gun(s) found during "
    "commission of other crimes);Non-Shooting Incident;Suicide^;Accidental Shooting;Mass Shooting (4+ victims "
    "injured or killed excluding the subject/suspect/perpetrator, one location);Car-jacking;Bar/club incident - in "
    "or around establishment;Institution/Group/Business;School Incident"
)
_GV_FIRST_F = _split("Maria;Jasmine;Ashley;Tiffany;Keisha;Brittany;Angela;Latoya;Monique;Denise;Kayla;Shanice")
_GV_COLUMNS = _split(
    "incident_id;date;state;city_or_county;address;n_killed;n_injured;incident_url;source_url;"
    "incident_url_fields_missing;congressional_district;gun_stolen;gun_type;incident_characteristics;latitude;"
    "location_description;longitude;n_guns_involved;notes;participant_age;participant_age_group;participant_gender;"
    "participant_name;participant_relationship;participant_status;participant_type;sources;state_house_district;"
    "state_senate_district"
)


def _gv_list(values: list[str], old: bool) -> str | None:
    """The archive's "0::a||1::b" lists (an older spelling "0:a|1:b" in a few rows), None when empty."""
    if not values:
        return None
    return ("|" if old else "||").join(f"{i}{':' if old else '::'}{v}" for i, v in enumerate(values))


def _gv_people(rng: np.random.Generator, killed: int, injured: int) -> list[dict[str, Any]]:
    people = [{"status": "Killed", "type": "Victim"} for _ in range(killed)]
    people += [{"status": "Injured", "type": "Victim"} for _ in range(injured)]
    if not people or rng.random() < 0.2:
        people.append({"status": "Unharmed", "type": "Victim"})
    for _ in range(int(_draw(rng, "0:35;1:55;2:8;3:2"))):
        people.append(
            {
                "status": _draw(rng, "Unharmed, Arrested:45;Arrested:25;Unharmed:25;Killed:3;Injured:2"),
                "type": "Subject-Suspect",
            }
        )
    for p in people:
        group = (
            _draw(rng, "Adult 18+:88;Teen 12-17:8.5;Child 0-11:3.5")
            if p["type"] == "Victim"
            else _draw(rng, "Adult 18+:93;Teen 12-17:7")
        )
        low, high = {"Adult 18+": (18, 70), "Teen 12-17": (12, 17), "Child 0-11": (0, 11)}[group]
        age = int(rng.integers(low, high + 1)) if group != "Adult 18+" else int(min(85, 18 + rng.gamma(2.0, 8.0)))
        female = rng.random() < (0.15 if p["type"] == "Victim" else 0.06)
        p |= {
            "group": group,
            "age": str(age) if rng.random() < 0.8 else "",
            "gender": ("Female" if female else "Male") if rng.random() < 0.93 else "",
            "name": f"{_one(rng, _GV_FIRST_F if female else _FIRST)} {_one(rng, _LAST)}" if rng.random() < 0.45 else "",
        }
    return people


def _gun_violence_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7903)
    states = list(_GV_STATES)
    state_w = [v[0] for v in _GV_STATES.values()]
    rows: list[dict[str, Any]] = []
    for _ in range(4200):
        year = int(_draw(rng, _GV_YEARS))
        span = 90 if year == 2018 else 365
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, span)))
        state = str(_one(rng, states, state_w))
        _w, cities, lat, lon, districts = _GV_STATES[state]
        towns = cities.split("|")
        city = str(_one(rng, towns, [3.0] + [1.0] * (len(towns) - 1)))
        killed = int(_draw(rng, "0:60;1:33;2:5;3:1.3;4:0.5;5:0.2"))
        injured = int(_draw(rng, "0:50;1:38;2:8;3:2.5;4:1;5:0.5"))
        rows.append(_gv_row(rng, day, state, city, lat, lon, districts, killed, injured))
    # two rows the whole country remembers: the archive keeps them as it got them
    rows.append(_gv_row(rng, pd.Timestamp("2016-06-12"), "Florida", "Orlando", 28.52, -81.38, 27, 50, 53))
    rows.append(_gv_row(rng, pd.Timestamp("2017-10-01"), "Nevada", "Las Vegas", 36.09, -115.17, 4, 59, 489))
    frame = pd.DataFrame(rows).sort_values("date", kind="stable", ignore_index=True)
    ids = np.sort(rng.choice(np.arange(92_000, 1_085_000), len(frame), replace=False))
    frame.insert(0, "incident_id", ids)
    frame["incident_url"] = [f"http://www.gunviolencearchive.org/incident/{i}" for i in ids]
    return frame[_GV_COLUMNS]


def _gv_row(
    rng: np.random.Generator,
    day: pd.Timestamp,
    state: str,
    city: str,
    lat: float,
    lon: float,
    districts: int,
    killed: int,
    injured: int,
) -> dict[str, Any]:
    old = rng.random() < 0.04
    people = _gv_people(rng, killed, injured)
    guns = int(_draw(rng, "1:88;2:8;3:3;5:1")) if rng.random() < 0.59 else 0
    stolen = [_draw(rng, "Unknown:85;Stolen:8.5;Not-stolen:6.5") for _ in range(guns)]
    kinds = [_draw(rng, _GV_GUNS) for _ in range(guns)]
    traits = ["Shot - Dead (murder, accidental, suicide)"] if killed else []
    traits += ["Shot - Wounded/Injured"] if injured else []
    traits += [] if killed or injured else [_draw(rng, "Shots Fired - No Injuries:70;Non-Shooting Incident:30")]
    extras = [t for t in _GV_EXTRAS if not t.startswith(("Mass", "Non-Shooting"))]
    traits += [str(t) for t in rng.choice(extras, int(_draw(rng, "0:45;1:40;2:15")), replace=False)]
    if killed + injured >= 4:
        traits.append(_GV_EXTRAS[10])
    site = _one(rng, ["wgntv.com", "abc7.com", "nbcnews.com", "local10.com", "wsbtv.com", "nola.com"])
    source = f"http://www.{site}/news/{int(rng.integers(10**6, 10**7))}"
    return {
        "date": f"{day:%Y-%m-%d}",
        "state": state,
        "city_or_county": city if rng.random() > 0.03 else f"{city} (county)",
        "address": f"{int(rng.integers(1, 9000))} block of {_one(rng, _GV_STREETS)}" if rng.random() > 0.07 else None,
        "n_killed": killed,
        "n_injured": injured,
        "source_url": source if rng.random() > 0.002 else None,
        "incident_url_fields_missing": rng.random() < 0.001,
        "congressional_district": (int(rng.integers(1, districts + 1)) if districts else 0)
        if rng.random() > 0.05
        else None,
        "gun_stolen": _gv_list(stolen, old),
        "gun_type": _gv_list(kinds, old),
        "incident_characteristics": "||".join(traits) if rng.random() > 0.001 else None,
        "latitude": round(lat + float(rng.normal(0, 0.08)), 4) if rng.random() > 0.03 else None,
        "location_description": _draw(rng, ":85;Walmart:1;Motel 6:1;Citgo:1;Shell:1;Apartment complex:1;Park:1")
        or None,
        "longitude": round(lon + float(rng.normal(0, 0.08)), 4) if rng.random() > 0.03 else None,
        "n_guns_involved": guns or None,
        "notes": _draw(
            rng,
            ":66;man shot in leg:4;drive-by, no suspects:4;shot at party:3;argument escalated:3;"
            "domestic dispute:3;robbery:3;possible gang-related:3;2 vehicles shot at:3;teen shot:3;"
            "accidental discharge:2;self-inflicted:3",
        )
        or None,
        "participant_age": _gv_list([f"{p['age']}" for p in people if p["age"]], False),
        "participant_age_group": _gv_list([p["group"] for p in people], False),
        "participant_gender": _gv_list([p["gender"] for p in people if p["gender"]], False),
        "participant_name": _gv_list([p["name"] for p in people if p["name"]], False),
        "participant_relationship": _draw(
            rng,
            ":93;0::Family:2;0::Significant others - current or former:2;"
            "0::Armed Robbery:1;0::Friends:1;0::Acquaintance:1",
        )
        or None,
        "participant_status": _gv_list([p["status"] for p in people], False),
        "participant_type": _gv_list([p["type"] for p in people], False),
        "sources": source if rng.random() > 0.002 else None,
        "state_house_district": int(rng.integers(1, 120)) if rng.random() > 0.16 else None,
        "state_senate_district": int(rng.integers(1, 60)) if rng.random() > 0.1 else None,
    }


def _gv_items(s: pd.Series) -> pd.Series:
    """Each row's list values, whether written "0::a||1::b" or "0:a|1:b"."""
    return _text(s).map(lambda v: [re.sub(r"^\d+::?", "", x) for x in re.split(r"\|\|?", v) if x])


def _gv_stolen(known: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        items = _gv_items(d["gun_stolen"])
        hit = items.map(lambda v: "Stolen" in v)
        return float(hit[items.map(len) > 0].mean()) if known else float(hit.mean())

    return rate


def _gv_children(d: pd.DataFrame) -> pd.Series:
    return _gv_items(d["participant_age_group"]).map(lambda v: "Child 0-11" in v)


def _gv_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["date"], format="%Y-%m-%d").dt.year


_GV_ID = ("incident_id", "date")
_GUN_QS = [
    Q("how many people died in total", _count(lambda d: float(d["n_killed"].sum())), (*_GV_ID, "n_killed")),
    Q(
        "which state has the most incidents?",
        _lead(_named(lambda d: _top(_text(d["state"]).value_counts()))),
        (*_GV_ID, "state"),
    ),
    Q(
        "what was the deadliest year",
        _lead(_year(lambda d: float(_top(d["n_killed"].groupby(_gv_years(d).astype(str)).sum())))),
        (*_GV_ID, "n_killed"),
    ),
    Q(
        "what share of incidents involved a stolen gun",
        either(_share(_gv_stolen(False)), _share(_gv_stolen(True))),
        (*_GV_ID, "gun_stolen", "n_guns_involved"),
    ),
    Q(
        "how many incidents had a child (0-11) involved?",
        _count(lambda d: float(_gv_children(d).sum())),
        (*_GV_ID, "participant_age_group", "participant_age"),
    ),
    Q(
        "how many of those had someone killed",
        _count(lambda d: float((_gv_children(d) & (d["n_killed"] > 0)).sum())),
        (*_GV_ID, "participant_age_group", "participant_age", "n_killed", "participant_status"),
    ),
]


# --- 4. Realtor.com listings (Kaggle "USA Real Estate Dataset", realtor-data.csv) ----------------------------------

# state: share of listings, price per square foot (US$), cities ("|" between them), zip codes (low-high)
_RE_STATES: dict[str, tuple[float, float, str, tuple[int, int]]] = {
    "Florida": (11.0, 265, "Miami|Jacksonville|Tampa|Orlando|Cape Coral|Naples|Ocala", (32003, 34997)),
    "California": (9.5, 470, "Los Angeles|San Diego|San Jose|Sacramento|Fresno|Bakersfield|Riverside", (90001, 96162)),
    "Texas": (9.0, 185, "Houston|San Antonio|Dallas|Austin|Fort Worth|El Paso|Katy", (75001, 79999)),
    "New York": (5.5, 300, "New York City|Brooklyn|Buffalo|Rochester|Staten Island|Yonkers", (10001, 14925)),
    "Pennsylvania": (4.0, 160, "Philadelphia|Pittsburgh|Allentown|Erie|Lancaster", (15001, 19640)),
    "North Carolina": (4.0, 195, "Charlotte|Raleigh|Greensboro|Durham|Wilmington", (27006, 28909)),
    "Georgia": (3.8, 180, "Atlanta|Savannah|Augusta|Marietta|Macon", (30002, 31999)),
    "Illinois": (3.8, 170, "Chicago|Aurora|Naperville|Rockford|Joliet", (60001, 62999)),
    "Ohio": (3.5, 140, "Columbus|Cleveland|Cincinnati|Toledo|Akron", (43001, 45999)),
    "Arizona": (3.3, 265, "Phoenix|Tucson|Mesa|Scottsdale|Chandler", (85001, 86556)),
    "Michigan": (3.0, 150, "Detroit|Grand Rapids|Warren|Ann Arbor|Lansing", (48001, 49971)),
    "Washington": (2.8, 330, "Seattle|Spokane|Tacoma|Bellevue|Vancouver", (98001, 99403)),
    "New Jersey": (2.8, 260, "Newark|Jersey City|Paterson|Toms River|Cherry Hill", (7001, 8989)),
    "Virginia": (2.7, 215, "Virginia Beach|Richmond|Norfolk|Chesapeake|Arlington", (20101, 24658)),
    "Tennessee": (2.7, 190, "Nashville|Memphis|Knoxville|Chattanooga|Clarksville", (37010, 38589)),
    "South Carolina": (2.3, 185, "Charleston|Columbia|Myrtle Beach|Greenville", (29001, 29945)),
    "Massachusetts": (2.2, 380, "Boston|Worcester|Springfield|Cambridge|Lowell", (1001, 2791)),
    "Colorado": (2.2, 310, "Denver|Colorado Springs|Aurora|Fort Collins", (80001, 81658)),
    "Maryland": (1.8, 230, "Baltimore|Columbia|Germantown|Silver Spring", (20588, 21930)),
    "Missouri": (1.8, 150, "Kansas City|Saint Louis|Springfield|Columbia", (63001, 65899)),
    "Oregon": (1.5, 290, "Portland|Salem|Eugene|Bend", (97001, 97920)),
    "Connecticut": (1.4, 230, "Bridgeport|New Haven|Stamford|Hartford", (6001, 6928)),
    "Maine": (0.6, 220, "Portland|Bangor|Lewiston|Auburn", (3901, 4992)),
    "New Hampshire": (0.5, 250, "Manchester|Nashua|Concord", (3031, 3897)),
    "Rhode Island": (0.4, 270, "Providence|Warwick|Cranston", (2801, 2940)),
    "Vermont": (0.3, 230, "Burlington|Rutland|Montpelier", (5001, 5907)),
    "Delaware": (0.4, 200, "Wilmington|Dover|Newark", (19701, 19980)),
    "Puerto Rico": (0.5, 140, "San Juan|Ponce|Bayamon|Carolina|Adjuntas", (601, 988)),
    "Virgin Islands": (0.05, 330, "Saint Thomas|Christiansted", (801, 851)),
}
_RE_COLUMNS = _split("brokered_by;status;price;bed;bath;acre_lot;street;city;state;zip_code;house_size;prev_sold_date")


def _realtor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7904)
    states = list(_RE_STATES)
    state_w = [v[0] for v in _RE_STATES.values()]
    brokers = rng.choice(np.arange(1000, 110_000), 700, replace=False)
    broker_w = rng.pareto(1.2, 700) + 0.05
    rows: list[dict[str, Any]] = []
    for _ in range(4600):
        state = str(_one(rng, states, state_w))
        _w, ppsf, cities, (z_lo, z_hi) = _RE_STATES[state]
        towns = cities.split("|")
        city = str(_one(rng, towns, [2.5, *[1.0] * (len(towns) - 1)]))
        status = _draw(rng, "for_sale:60;sold:38;ready_to_build:2")
        land = rng.random() < 0.12
        bed = bath = size = None
        if land:
            acres = round(float(rng.lognormal(np.log(1.2), 1.3)), 2)
            price = float(round(max(5000.0, ppsf * 120 * acres**0.6 * rng.lognormal(0, 0.7)), -3))
        else:
            bed = int(_draw(rng, "1:6;2:17;3:40;4:25;5:8;6:2.5;7:1;8:0.5"))
            bath = int(np.clip(round(bed * 0.7 + float(rng.normal(0.3, 0.7))), 1, 9))
            size = float(round(max(350.0, 450 + 480 * bed + float(rng.normal(0, 350))), -1))
            acres = round(float(rng.lognormal(np.log(0.22), 0.8)), 2) if rng.random() > 0.15 else None
            price = ppsf * size * float(rng.lognormal(0, 0.35))
            price = float(round(price, -3) - (100 if rng.random() < 0.45 else 0))
        if rng.random() < 0.002:
            price = float(_one(rng, [1.0, 0.0, 10.0]))
        sold_before = rng.random() < (0.9 if status == "sold" else 0.55)
        if status == "sold":
            when = pd.Timestamp("2021-06-01") + pd.Timedelta(days=int(rng.integers(0, 1000)))
        else:
            when = pd.Timestamp("1995-01-01") + pd.Timedelta(days=int(rng.integers(0, 10_200)))
        rows.append(
            {
                "brokered_by": float(_one(rng, brokers, broker_w)) if rng.random() > 0.003 else None,
                "status": status,
                "price": price if rng.random() > 0.0015 else None,
                "bed": float(bed) if bed is not None and rng.random() > 0.03 else None,
                "bath": float(bath) if bath is not None and rng.random() > 0.04 else None,
                "acre_lot": acres,
                "street": float(rng.integers(1, 2_000_000)) if rng.random() > 0.005 else None,
                "city": city if rng.random() > 0.001 else None,
                "state": state,
                "zip_code": float(rng.integers(z_lo, z_hi + 1)),
                "house_size": size if size is not None and rng.random() > 0.14 else None,
                "prev_sold_date": f"{when:%Y-%m-%d}" if sold_before else None,
            }
        )
    return pd.DataFrame(rows)[_RE_COLUMNS]


def _re_top_state(d: pd.DataFrame) -> str:
    return _top(_text(d["state"]).value_counts())


def _re_state_median(for_sale: bool) -> Callable[[pd.DataFrame], float]:
    def median(d: pd.DataFrame) -> float:
        rows = d[_text(d["state"]) == _re_top_state(d)]
        if for_sale:
            rows = rows[_text(rows["status"]) == "for_sale"]
        return float(rows["price"].median())

    return median


_RE_ID = ("street", "zip_code", "city", "state")
_REALTOR_QS = [
    Q(
        "what's the median price of the homes for sale",
        _money(lambda d: float(d.loc[_text(d["status"]) == "for_sale", "price"].median())),
        (*_RE_ID, "price", "status"),
    ),
    Q(
        "which state has the most listings",
        _lead(_named(_re_top_state)),
        (*_RE_ID,),
    ),
    Q(
        "and the median price there?",
        either(_money(_re_state_median(False)), _money(_re_state_median(True))),
        (*_RE_ID, "price", "status"),
    ),
    Q(
        "avg price 3 bedroom vs 4 bedroom",
        _money(lambda d: [float(d.loc[d["bed"] == b, "price"].mean()) for b in (3, 4)]),
        (*_RE_ID, "bed", "price"),
    ),
    Q(
        "how many listings dont have a house size",
        _count(lambda d: float(d["house_size"].isna().sum())),
        (*_RE_ID, "house_size"),
    ),
    Q(
        "are bigger houses more expensive? whats the correlation",
        _corr(lambda d: d["house_size"], lambda d: d["price"]),
        (*_RE_ID, "house_size", "price"),
    ),
]


# --- 5. UCI Air Quality (AirQualityUCI.csv, an Italian city's hourly readings from March 2004) ---------------------

# hour of day: traffic level (1 = the day's average)
_AQ_TRAFFIC = np.array(
    [
        0.62,
        0.5,
        0.42,
        0.38,
        0.36,
        0.42,
        0.68,
        1.15,
        1.55,
        1.45,
        1.2,
        1.1,
        1.08,
        1.05,
        1.02,
        1.05,
        1.12,
        1.32,
        1.6,
        1.75,
        1.5,
        1.15,
        0.9,
        0.75,
    ]
)
_AQ_COLUMNS = _split(
    "Date;Time;CO(GT);PT08.S1(CO);NMHC(GT);C6H6(GT);PT08.S2(NMHC);NOx(GT);PT08.S3(NOx);NO2(GT);PT08.S4(NO2);"
    "PT08.S5(O3);T;RH;AH;Unnamed: 15;Unnamed: 16"
)
_AQ_MISSING = -200


def _aq_gaps(rng: np.random.Generator, n: int, blocks: int, longest: int) -> np.ndarray:
    """Hours lost to outages: `blocks` runs of up to `longest` hours."""
    out = np.zeros(n, dtype=bool)
    for _ in range(blocks):
        start = int(rng.integers(0, n))
        out[start : start + int(rng.integers(2, longest + 1))] = True
    return out


def _air_quality_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7905)
    n = 4800
    stamps = pd.date_range("2004-03-10 18:00", periods=n, freq="h")
    hours = stamps.hour.to_numpy()
    season = (stamps.dayofyear.to_numpy() - 200) / 365 * 2 * np.pi
    weekend = stamps.dayofweek.to_numpy() >= 5
    august = (stamps.month.to_numpy() == 8) & (stamps.day.to_numpy() >= 5)
    traffic = _AQ_TRAFFIC[hours] * np.where(weekend, 0.7, 1.0) * np.where(august, 0.6, 1.0)
    co = np.clip(np.round(2.1 * traffic * rng.lognormal(0, 0.3, n) * (1.1 - 0.15 * np.cos(season)), 1), 0.1, 11.9)
    temp = np.round(20 + 10 * np.cos(season) + 4.5 * np.sin((hours - 9) / 24 * 2 * np.pi) + rng.normal(0, 2, n), 1)
    rh = np.round(np.clip(62 - 1.6 * (temp - 18) + rng.normal(0, 9, n), 9.2, 88.7), 1)
    saturation = 6.112 * np.exp(17.67 * temp / (temp + 243.5))
    ah = np.round(saturation * rh * 2.1674 / (273.15 + temp) / 10, 4)
    benzene = np.round(np.clip(4.6 * co**1.05 * rng.lognormal(0, 0.12, n), 0.1, None), 1)
    nox = np.round(np.clip(105 * co * rng.lognormal(0, 0.2, n) * (1.25 - 0.35 * np.cos(season)), 2, 1479))
    no2 = np.round(np.clip(38 + 28 * co * rng.lognormal(0, 0.18, n), 2, 340))
    nmhc = np.round(np.clip(95 * co * rng.lognormal(0, 0.25, n), 7, 1189))
    frame = pd.DataFrame(
        {
            "Date": [f"{t:%d/%m/%Y}" for t in stamps],
            "Time": [f"{t:%H.%M.%S}" for t in stamps],
            "CO(GT)": co,
            "PT08.S1(CO)": np.round(690 + 175 * co + rng.normal(0, 60, n)),
            "NMHC(GT)": nmhc,
            "C6H6(GT)": benzene,
            "PT08.S2(NMHC)": np.round(480 + 48 * benzene + rng.normal(0, 45, n)),
            "NOx(GT)": nox,
            "PT08.S3(NOx)": np.round(np.clip(280 + 1250 * np.exp(-nox / 500) + rng.normal(0, 70, n), 322, 2683)),
            "NO2(GT)": no2,
            "PT08.S4(NO2)": np.round(1150 + 22 * temp + 60 * co + rng.normal(0, 80, n)),
            "PT08.S5(O3)": np.round(480 + 210 * co + rng.normal(0, 120, n)),
            "T": temp,
            "RH": rh,
            "AH": ah,
        }
    )
    # the analyser's outages: -200 in its columns; the sensor box's outages blank every sensor and the weather too
    sensors = _aq_gaps(rng, n, 9, 40)
    frame.loc[
        sensors,
        ["C6H6(GT)", "PT08.S1(CO)", "PT08.S2(NMHC)", "PT08.S3(NOx)", "PT08.S4(NO2)", "PT08.S5(O3)", "T", "RH", "AH"],
    ] = _AQ_MISSING
    co_gone = _aq_gaps(rng, n, 30, 48) | ((hours == 4) & (rng.random(n) < 0.5)) | (rng.random(n) < 0.03)
    frame.loc[co_gone, "CO(GT)"] = _AQ_MISSING
    nox_gone = _aq_gaps(rng, n, 28, 48) | (rng.random(n) < 0.03)
    frame.loc[nox_gone, ["NOx(GT)", "NO2(GT)"]] = _AQ_MISSING
    frame.loc[np.arange(n) >= 900 + int(rng.integers(0, 40)), "NMHC(GT)"] = _AQ_MISSING
    frame.loc[(np.arange(n) < 900) & (rng.random(n) < 0.04), "NMHC(GT)"] = _AQ_MISSING
    # the file's trailing empty rows and the two empty columns its trailing separators make
    frame = pd.concat([frame, pd.DataFrame(index=range(18), columns=frame.columns)], ignore_index=True)
    for column in (
        "PT08.S1(CO)",
        "NMHC(GT)",
        "PT08.S2(NMHC)",
        "NOx(GT)",
        "PT08.S3(NOx)",
        "NO2(GT)",
        "PT08.S4(NO2)",
        "PT08.S5(O3)",
    ):
        frame[column] = frame[column].astype("Int64")
    for column in ("CO(GT)", "C6H6(GT)", "T", "RH", "AH"):
        frame[column] = frame[column].map(lambda v: None if pd.isna(v) else f"{v:g}")
    frame["Unnamed: 15"] = None
    frame["Unnamed: 16"] = None
    return frame[_AQ_COLUMNS]


def _aq_valid(d: pd.DataFrame, column: str) -> pd.Series:
    """A column's readings without the -200 marks and the blank rows."""
    values = pd.to_numeric(d[column], errors="coerce")
    return values[values.notna() & (values != _AQ_MISSING)]


def _aq_hours(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["Time"]).str.slice(0, 2), errors="coerce")


def _aq_worst_hour(column: str) -> Callable[[pd.DataFrame], int]:
    def worst(d: pd.DataFrame) -> int:
        values = _aq_valid(d, column)
        return int(float(_top(values.groupby(_aq_hours(d)[values.index].astype(int).astype(str)).mean())))

    return worst


def _aq_clock(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour as `_clock` reads it, or as the file's Time column writes it ("19.00.00", "19.00")."""

    def dotted(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        return None if re.search(rf"(?<![\d.]){h:02d}\.00(?:\.00)?(?![\d])", answer) else f"missing hour {h}"

    return either(_clock(value), dotted)


def _aq_nmhc_gaps(d: pd.DataFrame, rows: str) -> float:
    """The NMHC readings missing: counted (over the dated rows or every row), or as a share of every row or of the
    rows with a date."""
    dated = _text(d["Date"]) != ""
    values = pd.to_numeric(d["NMHC(GT)"], errors="coerce")
    gone = values.isna() | (values == _AQ_MISSING)
    if rows in ("count", "every count"):
        return float(gone[dated].sum() if rows == "count" else gone.sum())
    return float(gone.mean()) if rows == "all" else float(gone[dated].mean())


def _aq_peak(d: pd.DataFrame) -> Any:
    return _aq_valid(d, "C6H6(GT)").idxmax()


def _aq_peak_day(d: pd.DataFrame) -> pd.Timestamp:
    return pd.to_datetime(d.loc[_aq_peak(d), "Date"], format="%d/%m/%Y")


def _aq_pair(d: pd.DataFrame) -> pd.DataFrame:
    t, rh = _aq_valid(d, "T"), _aq_valid(d, "RH")
    both_ok = t.index.intersection(rh.index)
    return pd.DataFrame({"T": t[both_ok], "RH": rh[both_ok]})


_AQ_ID = ("Date", "Time")
_AIR_QUALITY_QS = [
    Q(
        "whats the average CO level",
        either(
            _about(lambda d: float(_aq_valid(d, "CO(GT)").mean()), rel=0.01),
            _about(lambda d: float(_aq_valid(d, "PT08.S1(CO)").mean()), rel=0.005),
        ),
        (*_AQ_ID, "CO(GT)", "PT08.S1(CO)"),
    ),
    Q(
        "how much of the NMHC data is missing",
        either(
            _count(lambda d: _aq_nmhc_gaps(d, "count")),
            _count(lambda d: _aq_nmhc_gaps(d, "every count")),
            _share(lambda d: _aq_nmhc_gaps(d, "all")),
            _share(lambda d: _aq_nmhc_gaps(d, "dated")),
        ),
        (*_AQ_ID, "NMHC(GT)", "PT08.S2(NMHC)"),
    ),
    Q(
        "what time of day is NO2 the worst on average?",
        _lead(either(_aq_clock(_aq_worst_hour("NO2(GT)")), _aq_clock(_aq_worst_hour("PT08.S4(NO2)")))),
        (*_AQ_ID, "NO2(GT)", "PT08.S4(NO2)"),
    ),
    Q(
        "is temperature correlated with humidity",
        _corr(lambda d: _aq_pair(d)["T"], lambda d: _aq_pair(d)["RH"]),
        (*_AQ_ID, "T", "RH", "AH"),
    ),
    Q(
        "highest benzene reading, and when was it",
        both(has(lambda d: float(_aq_valid(d, "C6H6(GT)").max()), rel=0.001), _on_day(_aq_peak_day)),
        (*_AQ_ID, "C6H6(GT)"),
    ),
    Q(
        "what was the temperature at that time",
        has(lambda d: float(d.loc[_aq_peak(d), "T"]), rel=0.001),
        (*_AQ_ID, "C6H6(GT)", "T"),
    ),
]


# --- 6. The Oscar Award, 1927-2023 (Kaggle "The Oscar Award, 1927 - 2024", the_oscar_award.csv) -------------------

_OS_WOMEN = _split(
    "Mary;Helen;Dorothy;Margaret;Ruth;Betty;Joan;Katharine;Bette;Vivien;Grace;Audrey;Natalie;Shirley;Julie;Diane;"
    "Ellen;Jane;Sally;Glenn;Sissy;Holly;Susan;Jodie;Emma;Kate;Nicole;Cate;Julianne;Laura;Amy;Viola;Frances;Olivia;"
    "Saoirse;Michelle;Carey;Rooney;Ruth;Marion;Lupita;Octavia;Regina;Ariana;Jessie;Vanessa"
)
_OS_MEN = _split(
    "Charles;Frederic;Spencer;Clark;Gary;James;Humphrey;Henry;Marlon;William;Paul;Jack;Robert;Dustin;Al;Gene;Jon;"
    "Denzel;Tom;Daniel;Anthony;Russell;Sean;Philip;Leonardo;Matthew;Eddie;Gary;Joaquin;Brad;Mahershala;Adam;Colin;"
    "Willem;Ethan;Bradley;Christian;Brendan;Austin;Cillian;Ke;Troy;Kodi;Barry;Mark;Woody;Richard;Peter;Ralph"
)
_OS_LAST = _split(
    "Barrow;Whitcombe;Fairley;Hollis;Dunmore;Ashby;Carrow;Prentiss;Latimer;Everly;Stanhope;Marlowe;Crane;Holloway;"
    "Winslow;Beaumont;Sinclair;Harcourt;Kendrick;Lockwood;Radley;Sterling;Thorne;Vance;Waverly;Ainsley;Brennan;"
    "Calloway;Davenport;Ellery;Fenwick;Garland;Hartley;Ingram;Jessop;Kingsley;Langford;Merritt;Norwood;Oakes;"
    "Pembroke;Quinlan;Rowe;Sutton;Talbot;Underhill;Vale;Whitaker;Yardley;Ashcroft;Blakely;Corwin;Drayton;Eastwood;"
    "Fairbanks;Gilmore;Hathaway;Irving;Jarrett;Kensington;Lorne;Mansfield;Nash;Orton;Pryce;Redgrave;Selwyn;Tierney"
)
_OS_ADJ = _split(
    "Silent;Last;Golden;Broken;Distant;Hidden;Little;Long;Lost;Crimson;Quiet;Bright;Endless;Second;Midnight;Wild;"
    "Gentle;Burning;Forgotten;Winter;Summer;Empty;Restless;Savage;Tender;Lonely;Final;Secret"
)
_OS_NOUN = _split(
    "Harbor;Road;Garden;Letter;Promise;Shore;Voyage;Country;Heart;Kingdom;City;River;Station;Horizon;Season;Bridge;"
    "Mountain;Crossing;Affair;House;Journey;Window;Frontier;Valley;Symphony;Witness;Stranger;Orchard;Lighthouse"
)
_OS_STUDIOS = _split(
    "Metro-Goldwyn-Mayer;Paramount;Warner Bros.;Fox;20th Century-Fox;RKO Radio;Columbia;Universal;"
    "Samuel Goldwyn Productions;Selznick International Pictures;United Artists;Paramount Famous Lasky"
)
_OS_COLUMNS = _split("year_film;year_ceremony;ceremony;category;name;film;winner")
_OS_STAR = "Meredith Ashcroft"
# her nominations: ceremony, category (L lead / S supporting), won
_OS_STAR_ROLES = (
    "51:S:1;52:L:0;53:L:0;55:L:1;56:L:0;58:L:0;60:L:0;61:L:0;63:L:0;68:L:0;71:L:0;72:L:0;75:S:0;78:L:0;79:L:0;"
    "81:L:0;82:S:0;84:L:1;87:S:0"
)
_OS_SWEEP = 66


def _os_title(rng: np.random.Generator) -> str:
    form = _draw(rng, "a:30;b:25;c:15;d:15;e:15")
    adj, noun, noun2 = _one(rng, _OS_ADJ), _one(rng, _OS_NOUN), _one(rng, _OS_NOUN)
    last = _one(rng, _OS_LAST)
    return {
        "a": f"The {adj} {noun}",
        "b": f"{adj} {noun}",
        "c": f"A {noun} for {last}",
        "d": f"The {noun} of {last}",
        "e": f"{noun2} and {noun}",
    }[form]


def _os_person(first: list[str]) -> Callable[[np.random.Generator], str]:
    return lambda rng: f"{_one(rng, first)} {_one(rng, _OS_LAST)}"


def _os_names(c: int) -> dict[str, str]:
    """What each award was called at ceremony `c`."""
    picture = (
        ("OUTSTANDING PICTURE" if c <= 13 else "OUTSTANDING MOTION PICTURE" if c <= 16 else "BEST MOTION PICTURE")
        if c <= 34
        else "BEST PICTURE"
    )
    return {
        "picture": picture,
        "actor": "ACTOR" if c <= 48 else "ACTOR IN A LEADING ROLE",
        "actress": "ACTRESS" if c <= 48 else "ACTRESS IN A LEADING ROLE",
        "sactor": "ACTOR IN A SUPPORTING ROLE",
        "sactress": "ACTRESS IN A SUPPORTING ROLE",
    }


class _OsPool:
    """People who get nominated over a span of ceremonies, a few of them again and again."""

    def __init__(self, rng: np.random.Generator, make: Callable[[np.random.Generator], str], used: set[str]) -> None:
        self.people: list[tuple[str, int, int, float]] = []
        for _ in range(520):
            start = int(rng.integers(-15, 96))
            self.people.append(
                (_unique(rng, make, used), start, start + int(rng.integers(8, 35)), float(rng.pareto(3.0) + 0.3))
            )

    def pick(self, rng: np.random.Generator, c: int, k: int, skip: set[str]) -> list[str]:
        active = [(p, w) for p, a, b, w in self.people if a <= c <= b and p not in skip and p != _OS_STAR]
        names, weights = [p for p, _ in active], np.array([w for _, w in active])
        return [names[int(i)] for i in rng.choice(len(names), k, replace=False, p=weights / weights.sum())]


def _os_ceremony(
    rng: np.random.Generator, c: int, pools: dict[str, _OsPool], star: dict[int, tuple[str, bool]], titles: set[str]
) -> list[dict[str, Any]]:
    """Every nomination of ceremony `c`: its best picture (the favourite) leads, and tends to win the rest too."""
    year_film = 1926 + c if c <= 6 else 1927 + c
    names = _os_names(c)
    if c <= 16:
        count = {1: 3, 2: 5, 3: 5, 4: 5, 5: 8, 7: 12, 8: 12}.get(c, 10)
    else:
        count = 5 if c <= 81 else 10 if c in (82, 83) or c >= 94 else int(_one(rng, [8, 9]))
    films = [_unique(rng, _os_title, titles) for _ in range(count + 6)]
    favourite = films[0]
    sweep = c == _OS_SWEEP
    rows: list[dict[str, Any]] = []

    def add(category: str, name: str, film: str | None, won: bool) -> None:
        rows.append(
            {
                "year_film": year_film,
                "year_ceremony": 1928 + c,
                "ceremony": c,
                "category": category,
                "name": name,
                "film": film,
                "winner": won,
            }
        )

    def contest(category: str, people: list[str], nominees: list[str], pull: float, winners: int = 1) -> None:
        """One award: the favourite film wins it with odds `pull` when it is among the nominees."""
        if (sweep or rng.random() < pull) and favourite in nominees:
            won = {nominees.index(favourite)}
        else:
            won = {int(i) for i in rng.choice(len(nominees), winners, replace=False)}
        for i, (person, film) in enumerate(zip(people, nominees, strict=True)):
            add(category, person, film, i in won)

    for i, film in enumerate(films[:count]):
        if c <= 23:
            producer = str(_one(rng, _OS_STUDIOS))
        else:
            crew = [_os_person(_OS_MEN + _OS_WOMEN)(rng) for _ in range(int(_draw(rng, "1:45;2:35;3:20")))]
            together = " and ".join([", ".join(crew[:-1]), crew[-1]]) if len(crew) > 1 else crew[0]
            producer = together + (", Producers" if len(crew) > 1 else ", Producer")
        add(names["picture"], producer, film, i == 0)
    if c == 1:
        for kind in ("Comedy Picture", "Dramatic Picture"):
            others = [str(f) for f in rng.choice(films[1:], 3, replace=False)]
            nominees = [favourite, *others[:2]] if kind == "Dramatic Picture" else others
            contest(f"DIRECTING ({kind})", pools["directors"].pick(rng, c, 3, set()), nominees, 0.9)
    else:
        k = 5 if c > 11 else 3
        others = [str(f) for f in rng.choice(films[1:count], k - 1, replace=False)]
        nominees = [favourite, *others] if sweep or rng.random() < 0.9 else [*others, films[count]]
        nominees = [nominees[int(i)] for i in rng.permutation(k)]
        contest("DIRECTING", pools["directors"].pick(rng, c, k, set()), nominees, 0.72)
    acting = [("actor", "men", 0.25), ("actress", "women", 0.22)]
    if c >= 9:
        acting += [("sactor", "men", 0.2), ("sactress", "women", 0.2)]
    taken: set[str] = set()
    for key, pool, pull in acting:
        k = 3 if c <= 6 else 5
        people = pools[pool].pick(rng, c, k, taken)
        role = star.get(c) if key.endswith("actress") else None
        if role is not None and (role[0] == "L") != (key == "actress"):
            role = None
        if role is not None:
            people[-1] = _OS_STAR
        taken |= set(people)
        nominees = [str(f) for f in rng.choice(films, k, replace=False)]
        if favourite not in nominees and (sweep or rng.random() < 0.55):
            nominees[int(rng.integers(0, k - 1))] = favourite
        if role is not None:
            won = k - 1 if role[1] else int(rng.integers(0, k - 1))
            for i, (person, film) in enumerate(zip(people, nominees, strict=True)):
                add(names[key], person, film, i == won)
        else:
            tie = c == 41 and key == "actress"
            contest(names[key], people, nominees, 0.0 if tie else pull, 2 if tie else 1)
    split = 12 <= c <= 39
    cameras = ["CINEMATOGRAPHY (Black-and-White)", "CINEMATOGRAPHY (Color)"] if split else ["CINEMATOGRAPHY"]
    for category in cameras:
        k = 5 if c > 8 else 3
        nominees = [str(f) for f in rng.choice(films, k, replace=False)]
        colour = category == "CINEMATOGRAPHY (Color)"
        if not colour and favourite not in nominees and (sweep or rng.random() < 0.5):
            nominees[0] = favourite
        contest(category, pools["camera"].pick(rng, c, k, set()), nominees, 0.0 if colour else 0.35)
    for _ in range(int(_draw(rng, "0:55;1:33;2:12")) if c > 4 else 0):
        award = _draw(rng, "HONORARY AWARD:75;IRVING G. THALBERG MEMORIAL AWARD:15;JEAN HERSHOLT HUMANITARIAN AWARD:10")
        add(award, _os_person(_OS_MEN + _OS_WOMEN)(rng), None, True)
    return rows


def _oscar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7906)
    used: set[str] = {_OS_STAR}
    pools = {
        "men": _OsPool(rng, _os_person(_OS_MEN), used),
        "women": _OsPool(rng, _os_person(_OS_WOMEN), used),
        "directors": _OsPool(rng, _os_person(_OS_MEN + _OS_WOMEN[:10]), used),
        "camera": _OsPool(rng, _os_person(_OS_MEN), used),
    }
    star = {int(a): (b, w == "1") for a, b, w in (x.split(":") for x in _split(_OS_STAR_ROLES))}
    titles: set[str] = set()
    frame = pd.DataFrame([row for c in range(1, 97) for row in _os_ceremony(rng, c, pools, star, titles)])
    # one ceremony alone has the most nominations: a tie at the top is settled by one more honorary award
    sizes = _ranked(frame["ceremony"].value_counts())
    if sizes.iloc[0] == sizes.iloc[1]:
        first = frame[frame["ceremony"] == int(sizes.index[0])].iloc[0].to_dict()
        extra = first | {"category": "HONORARY AWARD", "name": _os_person(_OS_WOMEN)(rng), "film": None, "winner": True}
        frame = pd.concat([frame, pd.DataFrame([extra])], ignore_index=True)
    frame = frame.sort_values("ceremony", kind="stable", ignore_index=True)
    return frame[_OS_COLUMNS]


def _os_won(d: pd.DataFrame) -> pd.Series:
    return _text(d["winner"]).str.lower() == "true"


_OS_ACTING = ("ACTOR", "ACTRESS")


def _os_actors(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["category"]).str.startswith(_OS_ACTING)]


def _os_most_nominated(d: pd.DataFrame) -> str:
    return _top(_text(_os_actors(d)["name"]).value_counts())


def _os_top_film(d: pd.DataFrame) -> str:
    films = _text(d["film"])
    return _top(films[_os_won(d) & (films != "")].value_counts())


def _os_busiest(column: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_top(d[column].astype(str).value_counts()))


def _os_ceremony_said(value: Callable[[pd.DataFrame], float]) -> Check:
    """A ceremony by its number: "the 82nd ceremony", "ceremony 82", "ceremony #82"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        if re.search(
            rf"(?<![\d.]){_ordinal(n)}\b|ceremony\W{{0,3}}(?:no\.?\s*|number\s*)?{n}(?!\d)", answer, re.IGNORECASE
        ):
            return None
        return f"missing ceremony {n}"

    return check


def _os_double(exact: bool, as_share: bool) -> Callable[[pd.DataFrame], float]:
    """Ceremonies whose best picture also won best director (counted, or as a share of ceremonies with both awards);
    every name the awards went by, or only "BEST PICTURE" and "DIRECTING"."""

    def value(d: pd.DataFrame) -> float:
        category = _text(d["category"])
        won = d[_os_won(d)]
        category = category[won.index]
        if exact:
            picture, director = category == "BEST PICTURE", category == "DIRECTING"
        else:
            picture = category.isin(
                ["BEST PICTURE", "BEST MOTION PICTURE", "OUTSTANDING MOTION PICTURE", "OUTSTANDING PICTURE"]
            )
            director = category.str.startswith("DIRECTING")
        films_p = won[picture].groupby("ceremony")["film"].apply(set)
        films_d = won[director].groupby("ceremony")["film"].apply(set)
        both_awards = films_p.index.intersection(films_d.index)
        same = sum(bool(films_p[c] & films_d[c]) for c in both_awards)
        return same / len(both_awards) if as_share else float(same)

    return value


_OS_ID = ("year_film", "year_ceremony", "ceremony")
_OSCAR_QS = [
    Q(
        "which actor or actress has the most nominations",
        _lead(_named(_os_most_nominated)),
        (*_OS_ID, "name", "category"),
    ),
    Q(
        "how many did she win",
        _count(lambda d: float((_os_won(d) & (_text(d["name"]) == _os_most_nominated(d))).sum())),
        (*_OS_ID, "name", "category", "winner"),
    ),
    Q(
        "what % of all nominations end up winning?",
        either(
            _share(lambda d: float(_os_won(d).mean())),
            _share(lambda d: float(_os_won(d)[_text(d["film"]) != ""].mean())),
        ),
        (*_OS_ID, "winner", "category"),
    ),
    Q(
        "which film won the most oscars",
        _lead(_named(_os_top_film)),
        (*_OS_ID, "film", "winner"),
    ),
    Q(
        "which year's ceremony had the most nominations?",
        _lead(
            either(
                _year(_os_busiest("year_ceremony")),
                _year(_os_busiest("year_film")),
                _os_ceremony_said(_os_busiest("ceremony")),
            )
        ),
        (*_OS_ID, "category"),
    ),
    Q(
        "how often did best picture and best director go to the same film",
        either(
            *(
                f(_os_double(exact, as_share))
                for exact in (False, True)
                for as_share, f in ((False, _count), (True, _share))
            )
        ),
        (*_OS_ID, "category", "film", "winner", "name"),
    ),
]


# --- 7. Customer shopping in Istanbul malls (Kaggle "Customer Shopping Dataset - Retail Sales Data") ---------------

# category: share of purchases, price of one item (Turkish lira)
_CS_CATEGORIES = {
    "Clothing": (34.7, 300.08),
    "Cosmetics": (15.2, 40.66),
    "Food & Beverage": (14.9, 5.23),
    "Toys": (10.1, 35.84),
    "Shoes": (10.0, 600.17),
    "Souvenir": (5.0, 11.73),
    "Technology": (5.0, 1050.0),
    "Books": (5.0, 15.15),
}
_CS_MALLS = (
    "Mall of Istanbul:19.5;Kanyon:21;Metrocity:15;Metropol AVM:10;Istinye Park:10;Zorlu Center:5;Cevahir AVM:5;"
    "Forum Istanbul:5;Viaport Outlet:5;Emaar Square Mall:4.5"
)
_CS_COLUMNS = _split(
    "invoice_no;customer_id;gender;age;category;quantity;price;payment_method;invoice_date;shopping_mall"
)


def _customer_shopping_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7907)
    n = 5000
    days = pd.date_range("2021-01-01", "2023-03-08")
    weight = np.where(days.month == 12, 1.2, 1.0) * np.where((days.year == 2022) & (days.month == 12), 1.25, 1.0)
    weight *= np.where(days.dayofweek >= 5, 1.15, 1.0)
    picked = days[rng.choice(len(days), n, p=weight / weight.sum())]
    categories = _deal(rng, ";".join(f"{c}:{v[0]}" for c, v in _CS_CATEGORIES.items()), n)
    quantity = rng.integers(1, 6, n)
    invoices = rng.choice(np.arange(100_000, 1_000_000), n, replace=False)
    customers = rng.choice(np.arange(100_000, 1_000_000), n, replace=False)
    frame = pd.DataFrame(
        {
            "invoice_no": [f"I{i}" for i in invoices],
            "customer_id": [f"C{i}" for i in customers],
            "gender": [_draw(rng, "Female:59.8;Male:40.2") for _ in range(n)],
            "age": rng.integers(18, 70, n),
            "category": categories,
            "quantity": quantity,
            "price": [round(_CS_CATEGORIES[c][1] * q, 2) for c, q in zip(categories, quantity, strict=True)],
            "payment_method": [_draw(rng, "Cash:44.7;Credit Card:35.1;Debit Card:20.2") for _ in range(n)],
            "invoice_date": [f"{t.day}/{t.month}/{t.year}" for t in picked],
            "shopping_mall": [_draw(rng, _CS_MALLS) for _ in range(n)],
        }
    )
    return frame[_CS_COLUMNS]


def _cs_amount(d: pd.DataFrame, times_quantity: bool) -> pd.Series:
    """What each row brought in: its price (the file's price is already for the whole quantity), or read as a unit
    price, price times quantity."""
    return d["price"] * d["quantity"] if times_quantity else d["price"]


def _cs_months(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["invoice_date"], format="%d/%m/%Y").dt.to_period("M").astype(str)


def _cs_best_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        values = d["quantity"] * 0 + 1 if how == "rows" else _cs_amount(d, how == "amount")
        return pd.Timestamp(_top(values.groupby(_cs_months(d)).sum()))

    return best


def _cs_month_category(how: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        month = _cs_months(d) == f"{_cs_best_month('price')(d):%Y-%m}"
        values = {"price": d["price"], "amount": d["price"] * d["quantity"], "quantity": d["quantity"]}.get(
            how, d["quantity"] * 0 + 1
        )
        return _top(values[month].groupby(_text(d["category"])[month]).sum())

    return top


_CS_ID = ("invoice_no", "customer_id")
_CUSTOMER_SHOPPING_QS = [
    Q(
        "what's the total revenue",
        either(*(_money(lambda d, t=t: float(_cs_amount(d, t).sum())) for t in (False, True))),
        (*_CS_ID, "price", "quantity"),
    ),
    Q(
        "which mall makes the most money?",
        _lead(
            either(
                *(
                    _named(lambda d, t=t: _top(_cs_amount(d, t).groupby(_text(d["shopping_mall"])).sum()))
                    for t in (False, True)
                )
            )
        ),
        (*_CS_ID, "shopping_mall", "price", "quantity"),
    ),
    Q(
        "how many shoppers are over 60",
        either(_count(lambda d: float((d["age"] > 60).sum())), _count(lambda d: float((d["age"] >= 60).sum()))),
        (*_CS_ID, "age"),
    ),
    Q(
        "what percent pay by credit card",
        _share(lambda d: float((_text(d["payment_method"]) == "Credit Card").mean())),
        (*_CS_ID, "payment_method"),
    ),
    Q(
        "which month had the highest sales",
        _lead(either(*(_month_year(_cs_best_month(h)) for h in ("price", "amount", "rows")))),
        (*_CS_ID, "invoice_date", "price", "quantity"),
    ),
    Q(
        "what category sold the most that month",
        _lead(either(*(_named(_cs_month_category(h)) for h in ("price", "amount", "quantity", "rows")))),
        (*_CS_ID, "invoice_date", "category", "price", "quantity"),
    ),
]

HELDOUT79: list[Dataset] = [
    Dataset("nfl_combine_results", _combine_frame, _COMBINE_QS),
    Dataset("ufc_master_fights", _ufc_frame, _UFC_QS),
    Dataset("gun_violence_incidents", _gun_violence_frame, _GUN_QS),
    Dataset("realtor_usa_listings", _realtor_frame, _REALTOR_QS),
    Dataset("uci_air_quality", _air_quality_frame, _AIR_QUALITY_QS),
    Dataset("oscar_awards", _oscar_frame, _OSCAR_QS),
    Dataset("istanbul_customer_shopping", _customer_shopping_frame, _CUSTOMER_SHOPPING_QS),
]
