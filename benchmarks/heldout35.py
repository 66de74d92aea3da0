"""HELDOUT35: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of well-known public datasets: the NTSB aviation accident database as on
Kaggle (AviationData.csv, 1982-2022) with its dotted headers ("Event.Id", "Injury.Severity", "Total.Fatal.Injuries",
"Broad.phase.of.flight"), "Fatal(2)" / "Non-Fatal" / "Incident" severities, makes in two cases ("Cessna" and
"CESSNA"), "Part 91: General Aviation" beside "091" FAR descriptions, VMC / IMC / UNK / "Unk" weather codes, dd-mm-yyyy
Publication.Date and many blank injury counts, phases, categories and weather conditions; a CFPB HMDA Loan/Application
Register extract for California 2021 (2018+ layout: derived_msa-md, derived_race, coded action_taken 1-8, loan_type
1-4, loan_purpose 1/2/31/32/4/5, denial_reason-1 with 10 for not applicable, loan amounts at $10,000-bin midpoints,
incomes in thousands, "NA" and "Exempt" in loan_to_value_ratio and interest_rate, banded debt_to_income_ratio and
"8888" ages); the Melbourne Housing Snapshot (Kaggle melb_data.csv, Tony Pino's scrape of Domain) with its h / u / t
Type and S / SP / PI / VB / SA Method codes, "3/12/2016" day-first dates, "hockingstuart" among the SellerG agents,
blank Car, BuildingArea, YearBuilt and CouncilArea values, Rooms beside the scraped Bedroom2 and the misspelt
"Lattitude" / "Longtitude" headers; CMS's Inpatient Prospective Payment System Provider Summary for the Top 100 DRGs,
FY2011 (data.cms.gov), with "039 - EXTRACRANIAL PROCEDURES W/O CC/MCC" DRG definitions, Provider Ids and New Jersey
zips without their leading zero, "AL - Dothan" referral regions, the padded " Total Discharges ", " Average Covered
Charges " and " Average Total Payments " headers and "$32963.07" money strings; FAOSTAT's bulk
Production_Crops_Livestock_E_All_Data.csv for five crops, 2000-2021, a wide table with Area Code, "'004"-style Area
Code (M49) and Item Code (CPC) strings, Element (Area harvested in ha, Yield in hg/ha, Production in tonnes), one
"Y2000" value column and one "Y2000F" flag column per year, blanks flagged "M", "China" beside "China, mainland" and
World / continent aggregates after the countries; the EIA's annual_generation_state file (Net generation by state by
type of producer by energy source, 2008-2022) as a long table with YEAR, STATE, TYPE OF PRODUCER, ENERGY SOURCE and
"GENERATION (Megawatthours)", a "Total" source among the sources, "Total Electric Power Industry" beside "Electric
Generators, Electric Utilities", "US-Total" / "US-TOTAL" national rows, negative pumped storage and rows that stop
when a source stops; the LAPD's Crime Data from 2020 to Present (data.lacity.org) for 2020-2023 with DR_NO, "Date
Rptd" and "DATE OCC" as "01/08/2020 12:00:00 AM", TIME OCC as an hhmm integer (5 is 00:05), the trailing space in
"AREA ", Crm Cd with its upper-case Crm Cd Desc ("VANDALISM - MISDEAMEANOR ($399 OR UNDER)"), Vict Age 0 for no
person, one-letter Vict Sex and Vict Descent codes (H, W, B, O, X, A, K, ...), Premis, Weapon and Status codes with
their descriptions, space-padded LOCATION strings and 0 / 0 coordinates. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import plain_text as _plain
from .offline_eval import rounded_share as _share
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _change(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Each relative change (a fraction, its sign ignored: "fell 72%" or "-72.3%" or "-0.723") appears as a
    percentage or a fraction, to about 1% of itself."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = [abs(f) for f in _found(answer)]
        for w in np.atleast_1d(values(df)):
            want = abs(float(w))
            pct = any(abs(f - 100 * want) <= max(0.01 * 100 * want, 0.051) for f in found)
            frac = any(abs(f - want) <= max(0.01 * want, 0.0005) for f in found)
            if not (pct or frac):
                return f"missing change {want:.4g}"
        return None

    return check


def _shares(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every share computed from the frame appears, as a fraction or a percentage (rounded to one decimal or not)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            why = _share(float(w))(answer, df)
            if why:
                return why
        return None

    return check


def _loose(text: str) -> str:
    """`_plain`, then every run of other characters than letters and digits as one space ("Vehicle - Stolen" and
    "vehicle stolen" alike)."""
    return " " + re.sub(r"[^a-z0-9]+", " ", _plain(text)).strip() + " "


def _said(name: str, answer: str) -> bool:
    """A name is said: short upper-case codes ("TX", "US", "H") as a word of their own in that case, anything else
    as words ignoring case, accents and punctuation."""
    if re.fullmatch(r"[A-Z]{1,3}", name):
        return re.search(rf"(?<![A-Za-z]){name}(?![A-Za-z])", answer) is not None
    return _loose(name) in _loose(answer)


def _named(value: Callable[[pd.DataFrame], str], aliases: Mapping[str, tuple[str, ...]] | None = None) -> Check:
    """The label computed from the frame appears, or one of its aliases."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = str(value(df))
        names = (want, *(aliases or {}).get(want, ()))
        return None if any(_said(n, answer) for n in names) else f"missing label {want!r}"

    return check


def _all_named(
    values: Callable[[pd.DataFrame], list[str]], aliases: Mapping[str, tuple[str, ...]] | None = None
) -> Check:
    """Every label computed from the frame appears, each as itself or one of its aliases."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for want in values(df):
            names = (str(want), *(aliases or {}).get(str(want), ()))
            if not any(_said(n, answer) for n in names):
                return f"missing label {want!r}"
        return None

    return check


def _year_word(year: Callable[[pd.DataFrame], int]) -> Check:
    """A year as a word of its own ("2016", not "2016.5" or "20161")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(year(df))
        return None if re.search(rf"(?<![\d.]){y}(?![\d])", answer) else f"missing year {y}"

    return check


def _hour(hour: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day, as "22", "22:00", "2200", "10 pm" or "10-11 pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(hour(df))
        if re.search(rf"(?<![\d.:\-–])0?{h}(?::00|00)?(?![\d.])", answer):
            return None
        twelve, after = h % 12 or 12, (h + 1) % 12 or 12
        half = "pm" if h >= 12 else "am"
        alone = rf"(?<![\d.:\-–])(?<!to )(?<!and ){twelve}(?::00)?\s*{half[0]}\.?m\b"
        if re.search(alone, answer, re.IGNORECASE):
            return None
        span = rf"(?<![\d.:]){twelve}(?::00)?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|to|and)\s*{after}(?::00)?\s*[ap]\.?m\b"
        if re.search(span, answer, re.IGNORECASE):
            return None
        if h == 12 and re.search(r"\bnoon\b", answer, re.IGNORECASE):
            return None
        if h == 0 and re.search(r"\bmidnight\b", answer, re.IGNORECASE):
            return None
        return f"missing hour {h}"

    return check


def _split(text: str, sep: str = ";") -> list[str]:
    return text.split(sep)


def _num(s: pd.Series) -> pd.Series:
    """A column as numbers, text such as "NA" or "Exempt" as missing."""
    return pd.to_numeric(s, errors="coerce")


def _path(v0: float, v1: float, t: float, k: float = 1.0) -> float:
    """From `v0` at t = 0 to `v1` at t = 1, bending with `k` (above 1: slow start)."""
    return float(v0 + (v1 - v0) * max(0.0, min(1.0, t)) ** k)


_US_STATES = {"AK": "Alaska", "AL": "Alabama", "CA": "California", "FL": "Florida", "IA": "Iowa", "IL": "Illinois"}
_US_STATES |= {"MD": "Maryland", "MI": "Michigan", "NJ": "New Jersey", "NY": "New York", "OH": "Ohio"}
_US_STATES |= {"OK": "Oklahoma", "PA": "Pennsylvania", "TX": "Texas", "WA": "Washington", "WV": "West Virginia"}
# a state's name is an alias of its code; "Virginia" is not "West Virginia", so the whole name is asked for
_STATE_ALIASES: dict[str, tuple[str, ...]] = {code: (name,) for code, name in _US_STATES.items()}


# --- 1. NTSB aviation accident database (Kaggle "Aviation Accident Database & Synopses", AviationData.csv) -----------

# Make, weight, models, Aircraft.Category, Number.of.Engines, Engine.Type, first year made
_NT_MAKES: list[tuple[str, float, str, str, int, str, int]] = [
    ("Cessna", 30.0, "172;152;172N;182;150;172M;206;210;180;172P;182P", "Airplane", 1, "Reciprocating", 1950),
    ("Piper", 17.0, "PA-28-140;PA-18;PA-28-181;PA-32-300;PA-28-161;PA-24;PA-34-200T;J3C-65", "Airplane", 1, "", 1950),
    ("Beech", 6.5, "A36;35;V35B;58;C23;E55;B200", "Airplane", 1, "Reciprocating", 1950),
    ("Bell", 3.2, "206B;47G;206L-1;407;UH-1H", "Helicopter", 1, "Turbo Shaft", 1950),
    ("Boeing", 2.6, "737;747;767;757-232;777;737-7H4;737-800", "Airplane", 2, "Turbo Fan", 1950),
    ("Mooney", 1.8, "M20J;M20C;M20E;M20K", "Airplane", 1, "Reciprocating", 1950),
    ("Robinson", 2.2, "R22;R44;R22 BETA;R44 II", "Helicopter", 1, "Reciprocating", 1979),
    ("Grumman", 1.4, "AA-1B;G-164A;AA-5", "Airplane", 1, "Reciprocating", 1950),
    ("Bellanca", 1.3, "7GCBC;7ECA;17-30A", "Airplane", 1, "Reciprocating", 1950),
    ("Hughes", 1.0, "369D;269C;369HS", "Helicopter", 1, "Turbo Shaft", 1950),
    ("Air Tractor", 1.1, "AT-502B;AT-602;AT-802A", "Airplane", 1, "Turbo Prop", 1950),
    ("Aeronca", 0.9, "7AC;11AC;15AC", "Airplane", 1, "Reciprocating", 1950),
    ("Maule", 0.7, "M-5-235C;M-7-235;MX-7-180", "Airplane", 1, "Reciprocating", 1950),
    ("Cirrus Design Corp", 1.6, "SR22;SR20", "Airplane", 1, "Reciprocating", 1999),
    ("Schweizer", 0.8, "SGS 2-33A;SGS 1-26E;269C", "Glider", 0, "None", 1950),
]
_NT_PLACES = _split(
    "ANCHORAGE,AK;PHOENIX,AZ;SCOTTSDALE,AZ;FORT WORTH,TX;HOUSTON,TX;MIAMI,FL;ORLANDO,FL;DENVER,CO;SAN DIEGO,CA;"
    "CHINO,CA;BAKERSFIELD,CA;MERRILL,WI;OSHKOSH,WI;TALKEETNA,AK;PRESCOTT,AZ;DAYTONA BEACH,FL;GREELEY,CO;"
    "FARMINGTON,NM;BOISE,ID;MOOSE CREEK,ID;LAS VEGAS,NV;ATLANTA,GA;WICHITA,KS;FAIRBANKS,AK"
)
_NT_AIRPORTS = _split("ANC;PHX;SDL;FTW;HOU;TMB;ORL;APA;MYF;CNO;BFL;RRL;OSH;TKA;PRC;DAB;GXY;FMN;BOI;;VGT;PDK;ICT;FAI")
_NT_AIRPORT_NAMES = _split(
    "Ted Stevens Anchorage Intl;Phoenix Sky Harbor Intl;Scottsdale;Fort Worth Meacham Intl;William P Hobby;"
    "Miami Executive;Orlando Executive;Centennial;Montgomery Field;Chino;Meadows Field;Merrill Municipal;"
    "Wittman Regional;Talkeetna;Ernest A Love Field;Daytona Beach Intl;Greeley-Weld County;Four Corners Regional;"
    "Boise Air Terminal;;North Las Vegas;Dekalb-Peachtree;Wichita Eisenhower National;Fairbanks Intl"
)
_NT_ABROAD = [("NASSAU", "Bahamas"), ("VANCOUVER", "Canada"), ("CANCUN", "Mexico"), ("LONDON", "United Kingdom")]
_NT_OFFICES = _split("ANC;LAX;FTW;MIA;DEN;CHI;NYC;ATL;SEA;WPR;CEN;ERA")
_NT_PHASES = {"Landing": 24, "Takeoff": 18, "Cruise": 15, "Maneuvering": 12, "Approach": 11, "Taxi": 5}
_NT_PHASES |= {"Descent": 3, "Climb": 3, "Go-around": 2, "Standing": 2, "Unknown": 2}
_NT_PURPOSES = {"Personal": 60, "Instructional": 13, "Unknown": 6, "Business": 4, "Positioning": 2}
_NT_PURPOSES |= {"Other Work Use": 2, "Ferry": 1, "Aerial Observation": 1, "Public Aircraft": 1}
_NT_FAR_TEXT = {"091": "Part 91: General Aviation", "137": "Part 137: Agricultural", "121": "Part 121: Air Carrier"}
_NT_FAR_TEXT |= {"135": "Part 135: Air Taxi & Commuter"}
_NT_CARRIERS = _split("United Airlines;Delta Air Lines;American Airlines;Southwest Airlines Co;Alaska Airlines")
_NT_CAUSES = _split(
    "The pilot's failure to maintain directional control during landing.;"
    "A total loss of engine power due to fuel exhaustion.;"
    "The pilot's improper landing flare, which resulted in a hard landing.;"
    "The pilot's failure to maintain adequate airspeed, which resulted in an aerodynamic stall.;"
    "A loss of engine power for reasons that could not be determined."
)
_NT_MASS_PUBLISH = "25-09-2020"
_NT_LETTERS = list("ABCDEFGHJKLMNPRSTUVWXYZ")


def _nt_dms(value: float, lat: bool) -> str:
    """A coordinate as the NTSB wrote it before 2016: "361922N", "0964212W"."""
    a = abs(value)
    d, m, s = int(a), int(a * 60) % 60, int(a * 3600) % 60
    hemi = ("N" if value >= 0 else "S") if lat else ("E" if value >= 0 else "W")
    return f"{d:02d}{m:02d}{s:02d}{hemi}" if lat else f"{d:03d}{m:02d}{s:02d}{hemi}"


def _ntsb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3501)
    make_w = [m[1] for m in _NT_MAKES]
    rows: list[dict[str, Any]] = []
    for year in range(1982, 2023):
        n = round(92 * (1 - 0.0165 * (year - 1982)) * float(rng.lognormal(0, 0.07)))
        for _ in range(n):
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            make, _w, models, category, engines, engine, first = _NT_MAKES[
                int(_one(rng, range(len(_NT_MAKES)), make_w))
            ]
            if year < first:
                make, _w, models, category, engines, engine, first = _NT_MAKES[0]
            airline = make == "Boeing"
            incident = rng.random() < (0.35 if airline else 0.045)
            w_roll = rng.random()
            weather: str | None
            if year < 2000:
                weather = "VMC" if w_roll < 0.88 else "IMC" if w_roll < 0.96 else "UNK" if w_roll < 0.98 else "Unk"
                weather = None if rng.random() < 0.01 else weather
            else:
                weather = "VMC" if w_roll < 0.875 else "IMC" if w_roll < 0.94 else "UNK" if w_roll < 0.955 else None
            p_fatal = {"VMC": 0.16, "IMC": 0.55, "UNK": 0.42, "Unk": 0.42, None: 0.22}[weather]
            p_fatal *= 0.08 if airline else 1.15 if category == "Helicopter" else 1.0
            unavailable = rng.random() < 0.006
            fatal = not incident and not unavailable and rng.random() < p_fatal
            n_fatal = 1 + int(rng.poisson(0.7)) if fatal else 0
            serious, minor = int(rng.poisson(0.35)), int(rng.poisson(0.45))
            aboard = int(rng.integers(90, 260)) if airline else int(rng.poisson(0.9)) + (0 if fatal else 1)
            uninjured = max(0, aboard - serious - minor) if not fatal or airline else 0
            counts: list[float | None] = [float(n_fatal), float(serious), float(minor), float(uninjured)]
            for i in range(4):
                if (i > 0 or not fatal) and rng.random() < 0.13:
                    counts[i] = None
            if unavailable:
                counts[0] = None
            if unavailable:
                severity = "Unavailable"
            elif incident:
                severity = "Incident"
            elif fatal:
                severity = "Fatal" if year >= 2021 else f"Fatal({n_fatal})"
            else:
                severity = "Non-Fatal"
            if fatal:
                damage: str | None = "Destroyed" if rng.random() < 0.62 else "Substantial"
            elif incident:
                damage = "Minor" if rng.random() < 0.6 else None
            else:
                damage = str(_one(rng, ["Substantial", "Destroyed", "Minor", "Unknown"], [84, 9, 5, 2]))
            city, state = str(_one(rng, _NT_PLACES)).split(",")
            spot = _NT_PLACES.index(f"{city},{state}")
            country = "United States"
            if rng.random() < 0.03:
                city, country = _NT_ABROAD[int(rng.integers(0, len(_NT_ABROAD)))]
                location = f"{city}, {country}" if year >= 2008 else f"{city}, {country.upper()}"
            else:
                location = f"{city}, {state}" if year < 2008 else f"{city.title()}, {state}"
            a_roll = rng.random()
            code: str | None = _NT_AIRPORTS[spot] or None
            name: str | None = _NT_AIRPORT_NAMES[spot] or None
            if a_roll < 0.35 or country != "United States":
                code, name = None, None
            elif a_roll < 0.45:
                code, name = "NONE", "Private"
            lat: str | None = None
            lon: str | None = None
            if year >= 2008 and country == "United States" and rng.random() < 0.8:
                y0, x0 = 25 + 36 * (spot % 7) / 7 + float(rng.normal(0, 1.5)), -150 + 70 * (spot % 5) / 5
                x0 += float(rng.normal(0, 1.5))
                lat, lon = (_nt_dms(y0, True), _nt_dms(x0, False)) if year < 2016 else (f"{y0:.6f}", f"{x0:.6f}")
            if airline:
                purpose, far, schedule = None, "121", str(_one(rng, ["SCHD", "NSCH"], [8, 2]))
            elif make == "Air Tractor" or (make == "Grumman" and rng.random() < 0.3):
                purpose, far, schedule = "Aerial Application", "137", None
            else:
                purpose = str(_one(rng, list(_NT_PURPOSES), list(_NT_PURPOSES.values())))
                far = "135" if rng.random() < 0.05 else "091"
                schedule = "NSCH" if far == "135" else None
            far_text: str | None = None
            if year >= 2008 or rng.random() < 0.1:
                far_text = far if rng.random() < 0.45 else _NT_FAR_TEXT[far]
            if year < 2008 and rng.random() < 0.4:
                schedule = None if schedule is None else "UNK"
            phase: str | None = str(_one(rng, list(_NT_PHASES), list(_NT_PHASES.values())))
            if year >= 2008 and rng.random() < 0.88:
                phase = None
            status: str | None = "Probable Cause"
            if year >= 2020:
                status = None if rng.random() < 0.35 else str(_one(rng, _NT_CAUSES))
            if year < 1995:
                published = None if rng.random() < 0.4 else _NT_MASS_PUBLISH
            elif year < 2008 and rng.random() < 0.5:
                published = _NT_MASS_PUBLISH
            else:
                out = day + pd.Timedelta(days=int(rng.lognormal(np.log(420), 0.45)))
                published = None if out > pd.Timestamp("2023-02-28") else f"{out:%d-%m-%Y}"
            office = str(_one(rng, _NT_OFFICES))
            kind = "IA" if incident else ("FA" if fatal else "LA")
            upper = rng.random() < (0.16 if year < 2016 else 0.3)
            tail = f"{_one(rng, _NT_LETTERS)}{_one(rng, _NT_LETTERS)}"
            rows.append(
                {
                    "Event.Id": f"{day:%Y%m%d}X{int(rng.integers(0, 100000)):05d}",
                    "Investigation.Type": "Incident" if incident else "Accident",
                    "Accident.Number": f"{office}{year % 100:02d}{kind}{int(rng.integers(1, 400)):03d}",
                    "Event.Date": f"{day:%Y-%m-%d}",
                    "Location": location,
                    "Country": country,
                    "Latitude": lat,
                    "Longitude": lon,
                    "Airport.Code": code,
                    "Airport.Name": name,
                    "Injury.Severity": severity,
                    "Aircraft.damage": damage,
                    "Aircraft.Category": category if year >= 2008 or rng.random() < 0.15 else None,
                    "Registration.Number": f"N{int(rng.integers(100, 9999))}{tail}",
                    "Make": make.upper() if upper else make,
                    "Model": str(_one(rng, _split(models))),
                    "Amateur.Built": "Yes" if not airline and rng.random() < 0.09 else "No",
                    "Number.of.Engines": None if rng.random() < 0.05 else float(engines),
                    "Engine.Type": (engine or "Reciprocating")
                    if rng.random() > 0.04
                    else str(_one(rng, ["Unknown", ""])),
                    "FAR.Description": far_text,
                    "Schedule": schedule,
                    "Purpose.of.flight": purpose,
                    "Air.carrier": str(_one(rng, _NT_CARRIERS)) if airline else None,
                    "Total.Fatal.Injuries": counts[0],
                    "Total.Serious.Injuries": counts[1],
                    "Total.Minor.Injuries": counts[2],
                    "Total.Uninjured": counts[3],
                    "Weather.Condition": weather,
                    "Broad.phase.of.flight": phase,
                    "Report.Status": status,
                    "Publication.Date": published,
                }
            )
    frame = pd.DataFrame(rows)
    frame["Engine.Type"] = frame["Engine.Type"].replace("", None)
    return frame.sort_values("Event.Date", kind="stable", ignore_index=True)


def _nt_accidents(d: pd.DataFrame, only: bool) -> pd.DataFrame:
    return d[d["Investigation.Type"] == "Accident"] if only else d


def _nt_top_year(only: bool) -> Callable[[pd.DataFrame], int]:
    def year(d: pd.DataFrame) -> int:
        rows = _nt_accidents(d, only)
        return int(pd.to_datetime(rows["Event.Date"]).dt.year.value_counts().idxmax())

    return year


def _nt_fatal_share(only: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        rows = _nt_accidents(d, only)
        if how == "severity":
            return float(rows["Injury.Severity"].astype("string").str.startswith("Fatal").fillna(False).mean())
        fatal = _num(rows["Total.Fatal.Injuries"])
        return float((fatal > 0).mean() if how == "all" else (fatal.dropna() > 0).mean())

    return share


def _nt_weather(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def shares(d: pd.DataFrame) -> list[float]:
        out = []
        for code in ("IMC", "VMC"):
            rows = d[d["Weather.Condition"] == code]
            if how == "severity":
                out.append(float(rows["Injury.Severity"].astype("string").str.startswith("Fatal").fillna(False).mean()))
            else:
                fatal = _num(rows["Total.Fatal.Injuries"])
                out.append(float((fatal > 0).mean() if how == "all" else (fatal.dropna() > 0).mean()))
        return out

    return shares


def _nt_makes(d: pd.DataFrame, only: bool) -> pd.Series:
    return _nt_accidents(d, only)["Make"].astype("string").str.strip().str.lower().value_counts()


def _nt_publish_days(only: bool) -> Callable[[pd.DataFrame], float]:
    def median(d: pd.DataFrame) -> float:
        rows = _nt_accidents(d, only)
        when = pd.to_datetime(rows["Event.Date"], format="%Y-%m-%d")
        rows = rows[when >= pd.Timestamp("2010-01-01")]
        published = pd.to_datetime(rows["Publication.Date"], format="%d-%m-%Y")
        return float((published - pd.to_datetime(rows["Event.Date"], format="%Y-%m-%d")).dt.days.dropna().median())

    return median


_NT_ID = ("Event.Id", "Investigation.Type", "Accident.Number", "Event.Date")
_NT_HURT = ("Injury.Severity", "Total.Fatal.Injuries")
_NTSB_QS = [
    Q(
        "plot the number of accidents per year - which yr had the most?",
        either(_year_word(_nt_top_year(True)), _year_word(_nt_top_year(False))),
        _NT_ID,
    ),
    Q(
        "what % of them had at least one fatality",
        either(*(_share(_nt_fatal_share(only, how)) for only in (True, False) for how in ("all", "known", "severity"))),
        (*_NT_ID, *_NT_HURT),
    ),
    Q(
        "fatal rate in IMC vs VMC conditons?",
        either(*(_shares(_nt_weather(how)) for how in ("all", "known", "severity"))),
        (*_NT_ID, *_NT_HURT, "Weather.Condition"),
    ),
    Q(
        "which aircraft make has the most accidents, and how many is that",
        both(
            _named(lambda d: str(_nt_makes(d, False).index[0])),
            either(has(lambda d: float(_nt_makes(d, True).iloc[0])), has(lambda d: float(_nt_makes(d, False).iloc[0]))),
        ),
        (*_NT_ID, "Make", "Model"),
    ),
    Q(
        "how many events have no weather condition recorded",
        either(
            has(lambda d: float(d["Weather.Condition"].isna().sum())),
            has(lambda d: float((d["Weather.Condition"].isna() | d["Weather.Condition"].isin(["UNK", "Unk"])).sum())),
        ),
        (*_NT_ID, "Weather.Condition"),
    ),
    Q(
        "for accidents since 2010 whats the median time between the event and the publication date, in days",
        either(_about(_nt_publish_days(True)), _about(_nt_publish_days(False))),
        (*_NT_ID, "Publication.Date", "Report.Status"),
    ),
]


# --- 2. CFPB HMDA Loan/Application Register, California 2021 (ffiec.cfpb.gov snapshot, 2018+ layout) -------------

# county_code, derived_msa-md, weight, median property value ($k), FFIEC MSA/MD median family income, county limit
_HM_COUNTIES: list[tuple[str, int, float, float, int, int]] = [
    ("06037", 31084, 0.27, 800.0, 80000, 822375),
    ("06059", 11244, 0.10, 950.0, 106700, 822375),
    ("06073", 41740, 0.10, 750.0, 96500, 776250),
    ("06065", 40140, 0.11, 520.0, 77500, 548250),
    ("06071", 40140, 0.08, 450.0, 77500, 548250),
    ("06067", 40900, 0.08, 520.0, 91100, 596850),
    ("06085", 41940, 0.09, 1400.0, 151300, 822375),
    ("06001", 36084, 0.09, 1100.0, 125600, 822375),
    ("06019", 23420, 0.05, 340.0, 60300, 548250),
    ("06023", 99999, 0.03, 380.0, 67600, 548250),
]
# LEI, weight, exempt from the loan-level fields
_HM_LENDERS: list[tuple[str, float, bool]] = [
    ("B4TYDEB6GKMZO031MB27", 11.0, False),
    ("7H6GLXDRUGQFU57RNE97", 9.0, False),
    ("KB1H1DSPRFMYMCUFXT09", 12.0, False),
    ("549300FGXN1K3HLB1R50", 14.0, False),
    ("5493003GQDUH26DNNH17", 10.0, False),
    ("549300HN4UKV1E2R3U73", 8.0, False),
    ("254900KBMN3IW4VWGW16", 7.0, False),
    ("549300XQVJ1XBNFA5536", 6.0, False),
    ("5493004XKZ9C8SJYDD45", 5.0, False),
    ("549300Y7D8U7BJYRS829", 3.0, True),
]
# derived_race, weight, denial multiplier, Hispanic share
_HM_RACES: list[tuple[str, float, float, float]] = [
    ("White", 45.0, 1.0, 0.32),
    ("Asian", 17.0, 0.95, 0.01),
    ("Race Not Available", 20.0, 1.3, 0.1),
    ("Black or African American", 5.0, 1.9, 0.04),
    ("Joint", 7.0, 0.8, 0.15),
    ("American Indian or Alaska Native", 0.8, 1.6, 0.4),
    ("Native Hawaiian or Other Pacific Islander", 0.4, 1.5, 0.1),
    ("2 or more minority races", 0.5, 1.4, 0.2),
    ("Free Form Text Only", 0.3, 1.2, 0.2),
]
_HM_PRODUCTS = {1: "Conventional", 2: "FHA", 3: "VA", 4: "FSA/RHS"}
_HM_LIENS, _HM_BUILT = {1: "First Lien", 2: "Subordinate Lien"}, {1: "Site-Built", 2: "Manufactured"}
_HM_AGES = {"<25": 4, "25-34": 18, "35-44": 25, "45-54": 22, "55-64": 16, "65-74": 10, ">74": 4}
_HM_DENIALS = {1: 30, 3: 22, 4: 18, 7: 12, 9: 8, 5: 4, 6: 4, 2: 2}


def _hm_bin(amount: float) -> int:
    """A dollar amount as HMDA publishes it: the midpoint of its $10,000 bin."""
    return int(amount // 10000) * 10000 + 5000


def _hm_dti(value: float) -> str:
    if value < 20:
        return "<20%"
    if value < 30:
        return "20%-<30%"
    if value < 36:
        return "30%-<36%"
    if value < 50:
        return str(int(value))
    return "50%-60%" if value <= 60 else ">60%"


def _hmda_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3502)
    tracts = {c[0]: [f"{c[0]}{int(rng.integers(1000, 990000)):06d}" for _ in range(25)] for c in _HM_COUNTIES}
    tract_info = {
        t: (int(rng.integers(2500, 8000)), round(float(rng.uniform(15, 95)), 2)) for v in tracts.values() for t in v
    }
    tract_income = {t: int(rng.integers(45, 210)) for v in tracts.values() for t in v}
    rows: list[dict[str, Any]] = []
    for _ in range(2600):
        county, msa, _w, value_k, mfi, limit = _HM_COUNTIES[
            int(_one(rng, range(len(_HM_COUNTIES)), [c[2] for c in _HM_COUNTIES]))
        ]
        tract = str(_one(rng, tracts[county]))
        lei, _lw, exempt = _HM_LENDERS[int(_one(rng, range(len(_HM_LENDERS)), [x[1] for x in _HM_LENDERS]))]
        loan_type = int(_one(rng, [1, 2, 3, 4], [78, 12, 8, 2]))
        purpose = int(_one(rng, [1, 31, 32, 2, 4], [36, 30, 22, 6, 6]))
        lien = 2 if rng.random() < (0.45 if purpose in (2, 4) else 0.03) else 1
        loan_type = 1 if lien == 2 else loan_type
        purchased = rng.random() < 0.15
        race, _rw, race_x, hisp = _HM_RACES[int(_one(rng, range(len(_HM_RACES)), [r[1] for r in _HM_RACES]))]
        if purchased and rng.random() < 0.7:
            race, race_x, hisp = "Race Not Available", 1.3, 0.1
        if race in ("Race Not Available", "Free Form Text Only"):
            ethnicity = "Ethnicity Not Available" if rng.random() < 0.8 else "Not Hispanic or Latino"
        elif race == "Joint":
            ethnicity = "Joint" if rng.random() < 0.3 else "Not Hispanic or Latino"
        else:
            ethnicity = "Hispanic or Latino" if rng.random() < hisp else "Not Hispanic or Latino"
        income_k = float(rng.lognormal(np.log(mfi / 1000 * 1.45), 0.55))
        if rng.random() < 0.006:
            income_k *= float(rng.uniform(8, 20))
        value = value_k * 1000 * (income_k / (mfi / 1000 * 1.45)) ** 0.6 * float(rng.lognormal(0, 0.28))
        value *= 0.68 if loan_type in (2, 3, 4) and lien == 1 else 1.0
        if purpose == 1:
            ltv = {2: 96.5, 3: 100.0}.get(loan_type, float(_one(rng, [80.0, float(rng.uniform(50, 97))], [35, 65])))
        elif purpose in (31, 32):
            ltv = float(rng.uniform(25, 80))
        else:
            ltv = float(rng.uniform(5, 25))
        if lien == 2:
            ltv = float(rng.uniform(5, 20))
        amount = _hm_bin(value * ltv / 100)
        value_b = _hm_bin(value)
        dti = float(rng.normal(37, 10))
        p_deny = 0.115 * race_x * (125 / max(income_k, 20)) ** 0.45 * (1.35 if loan_type == 2 else 1.0)
        p_deny *= 1.8 if purpose in (2, 4) else 1.2 if purpose == 32 else 1.0
        p_deny *= 2.2 if dti > 50 else 1.0
        if purchased:
            action = 6
        elif rng.random() < min(p_deny, 0.7):
            action = 3
        else:
            action = int(_one(rng, [1, 2, 4, 5, 7, 8], [72, 4, 17, 6, 0.6, 0.4]))
        sex = int(_one(rng, [1, 2, 3, 6], [55, 30, 12, 3])) if action != 6 else 4
        derived_sex = {1: "Male", 2: "Female"}.get(sex, "Sex Not Available")
        if sex in (1, 2) and rng.random() < 0.25:
            derived_sex = "Joint"
        rate: float | None = None
        if action in (1, 2, 6):
            base = {1: 2.9, 2: 2.8, 3: 2.6, 4: 2.85}[loan_type] + (2.2 if lien == 2 else 0.0)
            base += 0.3 if purpose == 32 else 0.0
            rate = round(base + float(rng.normal(0, 0.28)), 3)
            if rng.random() < 0.75:
                rate = round(round(rate * 8) / 8, 3)
        term = "360" if rng.random() < 0.8 else str(_one(rng, ["180", "240", "300", "120"], [6, 2, 1, 1]))
        if lien == 2:
            term = str(_one(rng, ["360", "180", "300"]))
        prop_missing = rng.random() < (0.12 if action in (4, 5) else 0.03)
        income_missing = rng.random() < (0.2 if action == 6 else 0.07)
        pop, minority = tract_info[tract]
        if exempt:
            ltv_s, rate_s, spread_s, dti_s, score = "Exempt", "Exempt", "Exempt", "Exempt", 1111
        else:
            ltv_s = (
                "NA" if prop_missing or action in (4, 5) else f"{100 * amount / value_b:.3f}".rstrip("0").rstrip(".")
            )
            rate_s = "NA" if rate is None else f"{rate:g}"
            spread_s = "NA" if rate is None or action == 6 else f"{rate - 2.93 + float(rng.normal(0, 0.05)):.3f}"
            dti_s = "NA" if action == 6 or income_missing else _hm_dti(dti + (12 if action == 3 else 0))
            score = 9 if action == 6 else int(_one(rng, [1, 2, 3, 11], [25, 30, 40, 5]))
        if action == 1:
            purchaser = int(_one(rng, [0, 1, 3, 2, 6, 71, 9], [30, 25, 20, 10 if loan_type == 1 else 60, 8, 5, 2]))
        elif action == 6:
            purchaser = int(_one(rng, [1, 3, 71, 5], [40, 35, 20, 5]))
        else:
            purchaser = 0
        built = 1 if rng.random() < 0.98 else 2
        rows.append(
            {
                "activity_year": 2021,
                "lei": lei,
                "derived_msa-md": msa,
                "state_code": "CA",
                "county_code": county,
                "census_tract": tract,
                "conforming_loan_limit": ("C" if amount <= limit else "NC") if rng.random() > 0.01 else "U",
                "derived_loan_product_type": f"{_HM_PRODUCTS[loan_type]}:{_HM_LIENS[lien]}",
                "derived_dwelling_category": f"Single Family (1-4 Units):{_HM_BUILT[built]}",
                "derived_ethnicity": ethnicity,
                "derived_race": race,
                "derived_sex": derived_sex,
                "action_taken": action,
                "purchaser_type": purchaser,
                "preapproval": 1 if purpose == 1 and rng.random() < 0.04 else 2,
                "loan_type": loan_type,
                "loan_purpose": purpose,
                "lien_status": lien,
                "reverse_mortgage": 1111 if exempt else 2,
                "open-end_line_of_credit": 1111 if exempt else (1 if lien == 2 and rng.random() < 0.5 else 2),
                "business_or_commercial_purpose": 1111 if exempt else 2,
                "loan_amount": float(amount),
                "loan_to_value_ratio": ltv_s,
                "interest_rate": rate_s,
                "rate_spread": spread_s,
                "hoepa_status": 2 if action == 1 else 3,
                "total_loan_costs": f"{float(rng.lognormal(np.log(4200), 0.5)):.2f}"
                if action == 1 and not exempt
                else "NA",
                "loan_term": "NA" if action in (4, 5) and rng.random() < 0.3 else term,
                "property_value": "NA" if prop_missing else str(value_b),
                "construction_method": built,
                "occupancy_type": int(_one(rng, [1, 2, 3], [90, 3, 7])),
                "total_units": str(_one(rng, ["1", "2", "3", "4"], [97, 2, 0.6, 0.4])),
                "income": "NA" if income_missing else str(round(income_k)),
                "debt_to_income_ratio": dti_s,
                "applicant_credit_score_type": score,
                "applicant_sex": sex,
                "applicant_age": "8888" if action == 6 else str(_one(rng, list(_HM_AGES), list(_HM_AGES.values()))),
                "denial_reason-1": int(_one(rng, list(_HM_DENIALS), list(_HM_DENIALS.values()))) if action == 3 else 10,
                "denial_reason-2": int(_one(rng, [3, 1, 4, 9])) if action == 3 and rng.random() < 0.3 else None,
                "tract_population": pop,
                "tract_minority_population_percent": minority,
                "ffiec_msa_md_median_family_income": mfi,
                "tract_to_msa_income_percentage": tract_income[tract],
            }
        )
    frame = pd.DataFrame(rows)
    return frame.astype({"denial_reason-2": "Int64"})


def _hm_pool(d: pd.DataFrame, how: str) -> pd.DataFrame:
    """The rows a denial rate is taken over: every row, all but purchased loans, or applications acted on (1-5)."""
    if how == "all":
        return d
    if how == "not_purchased":
        return d[d["action_taken"] != 6]
    return d[d["action_taken"].isin([1, 2, 3, 4, 5])]


_HM_POOLS = ("all", "not_purchased", "applications")


def _hm_denial(how: str, race: str | None = None) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        rows = _hm_pool(d, how)
        if race is not None:
            rows = rows[rows["derived_race"] == race]
        return float((rows["action_taken"] == 3).mean())

    return rate


def _hm_race_denials(how: str) -> Callable[[pd.DataFrame], list[float]]:
    races = ("White", "Asian", "Black or African American")
    return lambda d: [_hm_denial(how, r)(d) for r in races]


def _hm_amounts(originated: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        rows = d[d["action_taken"] == 1] if originated else d
        by = rows.groupby("loan_type")["loan_amount"].mean()
        return [float(by[2]), float(by[1])]

    return means


def _hm_rate(originated: bool) -> Callable[[pd.DataFrame], float]:
    def median(d: pd.DataFrame) -> float:
        rows = d[d["action_taken"] == 1] if originated else d
        return float(_num(rows["interest_rate"]).median())

    return median


def _hm_incomes(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        income = _num(d["income"])
        return [float(getattr(income[d["action_taken"] == a], how)()) for a in (3, 1)]

    return values


def _hm_pair(originated: bool) -> tuple[Callable[[pd.DataFrame], pd.Series], Callable[[pd.DataFrame], pd.Series]]:
    def pick(d: pd.DataFrame) -> pd.DataFrame:
        rows = d[d["action_taken"] == 1] if originated else d
        return rows.assign(_i=_num(rows["income"])).dropna(subset=["_i"])

    return (lambda d: pick(d)["_i"], lambda d: pick(d)["loan_amount"])


_HM_ACT = ("action_taken",)
_HMDA_QS = [
    Q(
        "whats the overall denial rate? (action_taken 3 = denied)",
        either(*(_share(_hm_denial(how)) for how in _HM_POOLS)),
        (*_HM_ACT, "denial_reason-1"),
    ),
    Q(
        "can you break that down by derived_race",
        either(*(_shares(_hm_race_denials(how)) for how in _HM_POOLS)),
        (*_HM_ACT, "derived_race", "denial_reason-1"),
    ),
    Q(
        "avg loan amount for FHA vs conventional loans?",
        either(*(_scaled(_hm_amounts(o), (1e3, 1e6)) for o in (False, True))),
        (*_HM_ACT, "loan_type", "loan_amount", "derived_loan_product_type"),
    ),
    Q(
        "median interest rate on orginated loans",
        either(_about(_hm_rate(True), rel=0.003), _about(_hm_rate(False), rel=0.003)),
        (*_HM_ACT, "interest_rate"),
    ),
    Q(
        "do denied applicants have lower incomes than the ones who got a loan? avg income for each",
        either(*(_scaled(_hm_incomes(how), (1e-3,)) for how in ("mean", "median"))),
        (*_HM_ACT, "income"),
    ),
    Q(
        "is income correlated w/ loan amount?",
        either(_corr(*_hm_pair(False)), _corr(*_hm_pair(True))),
        (*_HM_ACT, "income", "loan_amount"),
    ),
]


# --- 3. Melbourne Housing Snapshot (Kaggle melb_data.csv, scraped from Domain by Tony Pino), 2016-2017 ------------

# Suburb | Distance | Postcode | CouncilArea | Regionname (code, as below) | Propertycount | Lattitude | Longtitude |
# house price ($k) | weight | h, u, t shares | local agents (most sales first)
_MB_TABLE = """
Reservoir|11.2|3073|Darebin|NM|21650|-37.7137|145.0077|820|7.0|60,25,15|Ray;Barry;Nelson;hockingstuart
Richmond|2.6|3121|Yarra|NM|14949|-37.8189|144.9990|1400|5.0|45,40,15|Biggin;Jellis;hockingstuart
Bentleigh East|13.9|3165|Glen Eira|SM|10969|-37.9240|145.0580|1250|4.5|75,10,15|Buxton;Woodards;hockingstuart
Preston|8.8|3072|Darebin|NM|14577|-37.7430|145.0040|980|5.0|55,30,15|Nelson;Barry;Jellis
Brunswick|5.2|3056|Moreland|NM|11918|-37.7670|144.9600|1150|4.5|50,38,12|Nelson;Jellis;Woodards
Essendon|8.0|3040|Moonee Valley|WM|9264|-37.7510|144.9190|1300|4.0|60,30,10|Nelson;Brad;Barry
South Yarra|3.3|3141|Stonnington|SM|14887|-37.8390|144.9920|1900|4.0|30,60,10|Jellis;hockingstuart;Marshall
Glen Iris|9.2|3146|Boroondara|SM|10412|-37.8560|145.0620|1900|3.5|60,30,10|Jellis;Marshall;Fletchers
Hawthorn|4.6|3122|Boroondara|SM|11308|-37.8220|145.0300|2100|3.5|40,50,10|Jellis;Marshall;Kay
Kew|5.6|3101|Boroondara|SM|10331|-37.8040|145.0350|2300|3.5|60,30,10|Jellis;Marshall;Fletchers
Brighton|11.2|3186|Bayside|SM|10579|-37.9160|144.9990|2400|3.0|65,20,15|Buxton;Nick;Marshall
St Kilda|6.1|3182|Port Phillip|SM|13240|-37.8640|144.9800|1500|3.5|25,70,5|hockingstuart;Wilson;Gary
Coburg|7.8|3058|Moreland|NM|11204|-37.7430|144.9640|1000|4.0|65,20,15|Nelson;Barry;Brad
Footscray|5.1|3011|Maribyrnong|WM|7570|-37.8000|144.8970|850|3.0|50,40,10|Jas;Sweeney;Biggin
Sunshine|10.5|3020|Brimbank|WM|3755|-37.7880|144.8330|650|2.5|80,10,10|Douglas;Barry;Sweeney
Box Hill|13.1|3128|Whitehorse|EM|4605|-37.8190|145.1220|1350|2.5|50,40,10|Fletchers;Noel;Ray
Doncaster|12.4|3108|Manningham|EM|9028|-37.7870|145.1240|1300|3.0|65,20,15|Barry;Fletchers;Philip
Glen Waverley|16.7|3150|Monash|EM|15321|-37.8780|145.1640|1400|3.0|75,10,15|Ray;Barry;Harcourts
Croydon|23.0|3136|Maroondah|EM|11925|-37.7950|145.2830|780|2.0|75,10,15|Barry;Ray;Max
Frankston|38.0|3199|Frankston|SEM|17055|-38.1440|145.1260|600|2.0|70,25,5|hockingstuart;Ray;O'Brien
Dandenong|24.7|3175|Greater Dandenong|SEM|10894|-37.9870|145.2150|620|2.0|70,20,10|Barry;Harcourts;iSell
Werribee|25.0|3030|Wyndham|WM|16166|-37.9000|144.6600|520|2.0|85,5,10|hockingstuart;YPA;Barry
Craigieburn|20.6|3064|Hume|NM|15510|-37.5990|144.9430|540|2.0|90,2,8|Ray;YPA;Barry
Sunbury|31.7|3429|Hume|NV|14092|-37.5780|144.7260|510|1.0|92,3,5|Barry;Brad;YPA
Melton South|31.7|3338|Melton|WV|4718|-37.7010|144.5660|410|0.8|95,2,3|PRDNationwide;Ryder;hockingstuart
Lilydale|31.7|3140|Yarra Ranges|EV|7762|-37.7560|145.3540|640|0.8|85,5,10|Ray;Hoskins;Barry
"""


_MB_REGIONS = {"NM": "Northern Metropolitan", "SM": "Southern Metropolitan", "WM": "Western Metropolitan"}
_MB_REGIONS |= {"EM": "Eastern Metropolitan", "SEM": "South-Eastern Metropolitan", "NV": "Northern Victoria"}
_MB_REGIONS |= {"WV": "Western Victoria", "EV": "Eastern Victoria"}


def _mb_suburbs() -> list[list[str]]:
    rows = [line.split("|") for line in _MB_TABLE.strip().splitlines()]
    return [[*r[:4], _MB_REGIONS[r[4]], *r[5:]] for r in rows]


_MB_AGENTS = _split("Nelson;Jellis;hockingstuart;Barry;Ray;Marshall;Buxton;Biggin;Brad;Fletchers;Woodards;Greg;Sweeney")
_MB_STREETS = _split(
    "Turner;Bloomburg;Charles;Park;Station;High;Church;Victoria;Albert;Queen;King;Murray;Bell;Gordon;Elm;Railway;"
    "Nicholson;Hope;Union;Mitchell;Clarke;Wattle;Grange;Hotham;Stewart;Miller;Rose;Ballarat;Edward;Beaconsfield"
)
_MB_KINDS = _split("St;St;St;Rd;Rd;Av;Cr;Gr;Ct;Pde;Dr;Pl")
_MB_METHODS = {"S": 66, "SP": 12.5, "PI": 11.5, "VB": 9, "SA": 1}


def _mb_dates(rng: np.random.Generator) -> tuple[list[pd.Timestamp], np.ndarray]:
    """Sale days of the scrape (mostly Saturdays, January 2016 to September 2017) and their weights."""
    saturdays = [d for d in pd.date_range("2016-01-28", "2017-09-23") if d.day_of_week == 5]
    days = [d for d in saturdays if rng.random() < 0.72]
    days += [pd.Timestamp(s) for s in ("2016-01-28", "2016-03-17", "2016-11-07", "2017-04-13", "2017-06-22")]
    days = sorted(set(days))
    season = {1: 0.4, 2: 0.8, 3: 1.0, 4: 0.75, 5: 1.0, 6: 0.9, 7: 0.8, 8: 1.0, 9: 1.3, 10: 1.35, 11: 1.45, 12: 0.6}
    w = np.array([season[d.month] * (1.3 if d.year == 2017 else 1.0) * float(rng.lognormal(0, 0.35)) for d in days])
    w = np.where([d.day_of_week != 5 for d in days], w * 0.3, w)
    return days, w


def _melbourne_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3503)
    days, day_w = _mb_dates(rng)
    suburbs = _mb_suburbs()
    rows: list[dict[str, Any]] = []
    for _ in range(2500):
        sub = suburbs[int(_one(rng, range(len(suburbs)), [float(x[9]) for x in suburbs]))]
        name, council, region, local = sub[0], sub[3], sub[4], sub[11]
        dist, post, count, lat, lon = float(sub[1]), int(sub[2]), int(sub[5]), float(sub[6]), float(sub[7])
        price_k, mix = float(sub[8]), [float(x) for x in sub[10].split(",")]
        kind = str(_one(rng, ["h", "u", "t"], mix))
        rooms = {"h": int(_one(rng, [2, 3, 4, 5, 6], [15, 45, 30, 8, 2])), "u": int(_one(rng, [1, 2, 3], [25, 60, 15]))}
        rooms["t"] = int(_one(rng, [2, 3, 4], [30, 55, 15]))
        n = rooms[kind]
        factor = {"h": 1.0, "t": 0.74, "u": 0.47}[kind]
        price = price_k * 1000 * factor * (1 + 0.17 * (n - 3)) * float(rng.lognormal(0, 0.2))
        roll = rng.random()
        bed2 = n - 1 if roll < 0.19 else n + 1 if roll < 0.22 else 0 if roll < 0.225 else n
        agents = _split(local)
        agent = str(_one(rng, agents, [0.42, 0.26, 0.18, 0.14][: len(agents)]))
        if rng.random() < 0.15:
            agent = str(_one(rng, _MB_AGENTS))
        land = {"h": float(rng.lognormal(np.log(420 + 14 * dist), 0.35)), "t": float(rng.lognormal(np.log(240), 0.4))}
        land["u"] = 0.0 if rng.random() < 0.55 else float(rng.lognormal(np.log(900), 1.1))
        area_mean = {"h": 150 + 32 * (n - 3), "u": 60 + 18 * (n - 1), "t": 125 + 25 * (n - 2)}[kind]
        built = {"h": rng.normal(1925 + 2.2 * dist, 22), "u": rng.normal(1978, 18), "t": rng.normal(2004, 9)}[kind]
        day = days[int(_one(rng, range(len(days)), list(day_w)))]
        number = int(rng.integers(1, 180))
        street = f"{_one(rng, _MB_STREETS)} {_one(rng, _MB_KINDS)}"
        address = f"{int(rng.integers(1, 30))}/{number} {street}" if kind == "u" else f"{number} {street}"
        rows.append(
            {
                "Suburb": name,
                "Address": address,
                "Rooms": n,
                "Type": kind,
                "Price": float(round(price / 5000) * 5000),
                "Method": str(_one(rng, list(_MB_METHODS), list(_MB_METHODS.values()))),
                "SellerG": agent,
                "Date": f"{day.day}/{day.month:02d}/{day.year}",
                "Distance": dist,
                "Postcode": float(post),
                "Bedroom2": float(bed2),
                "Bathroom": float(
                    max(0, min(n, int(_one(rng, [1, 2, 3], [55, 38, 7]))) if rng.random() > 0.004 else 0)
                ),
                "Car": None if rng.random() < 0.006 else float(int(_one(rng, [0, 1, 2, 3, 4], [8, 40, 42, 6, 4]))),
                "Landsize": float(round(land[kind])),
                "BuildingArea": None if rng.random() < 0.47 else round(area_mean * float(rng.lognormal(0, 0.25)), 1),
                "YearBuilt": None if rng.random() < 0.4 else float(int(min(2017, max(1850, built)))),
                "CouncilArea": None if rng.random() < 0.1 else council,
                "Lattitude": round(lat + float(rng.normal(0, 0.008)), 5),
                "Longtitude": round(lon + float(rng.normal(0, 0.01)), 5),
                "Regionname": region,
                "Propertycount": float(count),
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[37, "YearBuilt"] = 1196.0
    frame.loc[[412, 1733], "Landsize"] = [37000.0, 433014.0]
    return frame.sort_values("Suburb", kind="stable", ignore_index=True)


def _mb_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%d/%m/%Y")


def _mb_price_by_type(d: pd.DataFrame) -> list[float]:
    by = d.groupby("Type")["Price"].mean()
    return [float(by[k]) for k in ("h", "u", "t")]


def _mb_top_month(d: pd.DataFrame) -> pd.Timestamp:
    return _mb_when(d).dt.to_period("M").value_counts().idxmax().to_timestamp()


def _mb_missing(d: pd.DataFrame) -> list[float]:
    return [float(d["BuildingArea"].isna().mean()), float(d["YearBuilt"].isna().mean())]


def _mb_agent(d: pd.DataFrame) -> pd.Series:
    return d.loc[d["Suburb"] == "Reservoir", "SellerG"].value_counts()


def _mb_houses(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d.loc[d["Type"] == "h", col]


_MB_ID = ("Suburb", "Address", "Price")
_MELBOURNE_QS = [
    Q(
        "avg price for each property type (h/u/t)",
        _scaled(_mb_price_by_type, (1e3, 1e6)),
        (*_MB_ID, "Type"),
    ),
    Q(
        "how many sales per month? which month had the most",
        _month_year(_mb_top_month),
        (*_MB_ID, "Date"),
    ),
    Q(
        "what % of rows are missing BuildingArea? and YearBuilt?",
        _shares(_mb_missing),
        (*_MB_ID, "BuildingArea", "YearBuilt"),
    ),
    Q(
        "whats the average number of bedrooms",
        either(
            asks("Rooms", "Bedroom2"),
            _about(lambda d: [float(d["Rooms"].mean()), float(d["Bedroom2"].mean())]),
        ),
        (*_MB_ID, "Rooms", "Bedroom2"),
    ),
    Q(
        "which agent sold the most in reservoir?",
        _named(lambda d: str(_mb_agent(d).index[0])),
        (*_MB_ID, "SellerG", "Method"),
    ),
    Q(
        "does distance to the cbd correlate with price? houses only",
        _corr(_mb_houses("Distance"), _mb_houses("Price")),
        (*_MB_ID, "Type", "Distance"),
    ),
]


# --- 4. CMS Inpatient Prospective Payment System Provider Summary for the Top 100 DRGs, FY2011 (data.cms.gov) -------

# DRG Definition, average total payment ($), Medicare's part of it, share of hospitals treating it, big hospitals only
_CM_DRGS: list[tuple[str, float, float, float, bool]] = [
    ("039 - EXTRACRANIAL PROCEDURES W/O CC/MCC", 6960.0, 0.86, 0.55, False),
    ("057 - DEGENERATIVE NERVOUS SYSTEM DISORDERS W/O MCC", 6700.0, 0.84, 0.45, False),
    ("064 - INTRACRANIAL HEMORRHAGE OR CEREBRAL INFARCTION W MCC", 11000.0, 0.9, 0.7, False),
    ("066 - INTRACRANIAL HEMORRHAGE OR CEREBRAL INFARCTION W/O CC/MCC", 5600.0, 0.85, 0.6, False),
    ("069 - TRANSIENT ISCHEMIA", 4800.0, 0.83, 0.7, False),
    ("190 - CHRONIC OBSTRUCTIVE PULMONARY DISEASE W MCC", 7400.0, 0.88, 0.85, False),
    ("194 - SIMPLE PNEUMONIA & PLEURISY W CC", 7300.0, 0.88, 0.9, False),
    ("207 - RESPIRATORY SYSTEM DIAGNOSIS W VENTILATOR SUPPORT 96+ HOURS", 28500.0, 0.91, 0.5, True),
    ("247 - PERC CARDIOVASC PROC W DRUG-ELUTING STENT W/O MCC", 12500.0, 0.9, 0.55, True),
    ("291 - HEART FAILURE & SHOCK W MCC", 10000.0, 0.9, 0.97, False),
    ("292 - HEART FAILURE & SHOCK W CC", 7000.0, 0.88, 0.85, False),
    ("313 - CHEST PAIN", 3900.0, 0.8, 0.75, False),
    ("392 - ESOPHAGITIS, GASTROENT & MISC DIGEST DISORDERS W/O MCC", 4500.0, 0.82, 0.9, False),
    ("470 - MAJOR JOINT REPLACEMENT OR REATTACHMENT OF LOWER EXTREMITY W/O MCC", 13600.0, 0.88, 0.85, False),
    ("690 - KIDNEY & URINARY TRACT INFECTIONS W/O MCC", 5300.0, 0.84, 0.85, False),
    ("870 - SEPTICEMIA OR SEVERE SEPSIS W MV 96+ HOURS", 38000.0, 0.92, 0.35, True),
    ("871 - SEPTICEMIA OR SEVERE SEPSIS W/O MV 96+ HOURS W MCC", 11800.0, 0.91, 0.9, False),
    ("872 - SEPTICEMIA OR SEVERE SEPSIS W/O MV 96+ HOURS W/O MCC", 6900.0, 0.87, 0.8, False),
    ("885 - PSYCHOSES", 6100.0, 0.86, 0.5, False),
]
# State, CCN prefix, hospitals, payment level, charge level, first zip, referral regions
_CM_STATES: list[tuple[str, int, int, float, float, int, str]] = [
    ("AL", 1, 7, 0.79, 0.95, 35004, "Birmingham;Dothan;Huntsville;Mobile;Montgomery"),
    ("AK", 2, 2, 1.5, 1.0, 99501, "Anchorage"),
    ("CA", 5, 16, 1.28, 2.0, 90001, "Los Angeles;San Diego;San Francisco;Sacramento;Orange County;San Jose"),
    ("FL", 10, 14, 0.95, 1.55, 32003, "Miami;Orlando;Tampa;Jacksonville;Ormond Beach"),
    ("IL", 14, 8, 1.0, 1.15, 60001, "Chicago;Peoria;Springfield;Evanston"),
    ("MD", 21, 5, 1.15, 0.42, 20601, "Baltimore;Takoma Park;Salisbury"),
    ("MI", 23, 7, 0.98, 0.95, 48001, "Detroit;Grand Rapids;Ann Arbor"),
    ("NJ", 31, 6, 1.1, 2.2, 7001, "Newark;Camden;Hackensack;New Brunswick"),
    ("NY", 33, 9, 1.2, 1.1, 10001, "Manhattan;Bronx;Albany;Buffalo"),
    ("OH", 36, 8, 0.92, 0.95, 43001, "Cleveland;Columbus;Cincinnati;Toledo"),
    ("PA", 39, 9, 0.97, 1.5, 15001, "Philadelphia;Pittsburgh;Harrisburg"),
    ("TX", 45, 15, 0.93, 1.3, 75001, "Houston;Dallas;San Antonio;Austin"),
    ("WA", 50, 5, 1.12, 1.05, 98001, "Seattle;Spokane;Tacoma"),
]
_CM_NAMES = _split(
    "ST JOSEPH;ST MARY'S;MERCY;BAPTIST;METHODIST;PRESBYTERIAN;SACRED HEART;GOOD SAMARITAN;PROVIDENCE;ST LUKE'S;"
    "MEMORIAL;TRINITY;CHRIST;ST FRANCIS;HOLY CROSS;ST VINCENT;LUTHERAN;ADVENTIST"
)
_CM_KINDS = _split("MEDICAL CENTER;HOSPITAL;REGIONAL MEDICAL CENTER;GENERAL HOSPITAL;COMMUNITY HOSPITAL;HEALTH CENTER")
_CM_STREETS = _split(
    "MAIN STREET;ROSS CLARK CIRCLE;UNIVERSITY BLVD;HOSPITAL DRIVE;PARK AVENUE;MEDICAL CENTER DR;OAK ST"
)
_CM_CHARGES, _CM_PAID, _CM_MEDICARE = (
    " Average Covered Charges ",
    " Average Total Payments ",
    "Average Medicare Payments",
)
_CM_DISCHARGES = " Total Discharges "


def _cms_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3504)
    hospitals: list[dict[str, Any]] = []
    for code, prefix, count, pay, charge, zip0, regions in _CM_STATES:
        cities = _split(regions)
        ids = sorted(int(i) for i in rng.choice(np.arange(1, 900), count, replace=False))
        used: set[str] = set()
        for k in range(count):
            city = cities[k % len(cities)]
            teaching = rng.random() < 0.2
            name = f"{_one(rng, _CM_NAMES)} {_one(rng, _CM_KINDS)}"
            if teaching:
                name = f"UNIVERSITY OF {_US_STATES[code].upper()} MEDICAL CENTER"
            if name in used:
                name = f"{city.upper()} UNIVERSITY HOSPITAL" if teaching else f"{name} - {city.upper()}"
            used.add(name)
            hospitals.append(
                {
                    "Provider Id": prefix * 10000 + ids[k],
                    "Provider Name": name,
                    "Provider Street Address": f"{int(rng.integers(10, 9999))} {_one(rng, _CM_STREETS)}",
                    "Provider City": city.upper().replace("ORANGE COUNTY", "ORANGE").replace("MANHATTAN", "NEW YORK"),
                    "Provider State": code,
                    "Provider Zip Code": zip0 + int(rng.integers(0, 900)),
                    "Hospital Referral Region Description": f"{code} - {city}",
                    "_size": float(rng.lognormal(0, 0.6)) * (1.8 if teaching else 1.0),
                    "_pay": pay * (1.12 if teaching else 1.0) * float(rng.lognormal(0, 0.05)),
                    "_charge": charge * (1.2 if teaching else 1.0) * float(rng.lognormal(0, 0.3)),
                }
            )
    rows: list[dict[str, Any]] = []
    for drg, paid, medicare, reach, big in _CM_DRGS:
        for h in hospitals:
            if rng.random() > reach * (min(1.0, h["_size"]) if big else 1.0):
                continue
            total = paid * h["_pay"] * float(rng.lognormal(0, 0.1))
            rows.append({"DRG Definition": drg} | {k: v for k, v in h.items() if not k.startswith("_")})
            rows[-1][_CM_DISCHARGES] = max(11, round(32 * h["_size"] * reach * float(rng.lognormal(0, 0.45))))
            rows[-1][_CM_CHARGES] = f"${total * 3.4 * h['_charge'] * float(rng.lognormal(0, 0.12)):.2f}"
            rows[-1][_CM_PAID] = f"${total:.2f}"
            rows[-1][_CM_MEDICARE] = f"${total * medicare * float(rng.lognormal(0, 0.03)):.2f}"
    frame = pd.DataFrame(rows)
    return frame.sort_values(["DRG Definition", "Provider Id"], kind="stable", ignore_index=True)


def _cm_money(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_numeric(d[col].astype("string").str.replace(r"[$,\s]", "", regex=True))


def _cm_code(d: pd.DataFrame) -> pd.Series:
    return d["DRG Definition"].astype("string").str[:3]


def _cm_top_drg(d: pd.DataFrame) -> str:
    return str(d.assign(_p=_cm_money(d, _CM_PAID)).groupby("DRG Definition")["_p"].mean().idxmax())


def _cm_ratio(how: str) -> Callable[[pd.DataFrame], float]:
    def ratio(d: pd.DataFrame) -> float:
        charges, paid, n = _cm_money(d, _CM_CHARGES), _cm_money(d, _CM_PAID), d[_CM_DISCHARGES]
        if how == "means":
            return float(charges.mean() / paid.mean())
        if how == "weighted":
            return float((charges * n).sum() / (paid * n).sum())
        return float(getattr(charges / paid, how)())

    return ratio


def _cm_state(how: str, weighted: bool) -> Callable[[pd.DataFrame], str]:
    def state(d: pd.DataFrame) -> str:
        rows = d[_cm_code(d) == "291"].assign(_m=lambda x: _cm_money(x, _CM_MEDICARE))
        if weighted:
            rows = rows.assign(_m=rows["_m"] * rows[_CM_DISCHARGES])
            by = rows.groupby("Provider State")["_m"].sum() / rows.groupby("Provider State")[_CM_DISCHARGES].sum()
        else:
            by = rows.groupby("Provider State")["_m"].mean()
        return str(getattr(by, how)())

    return state


def _cm_top_states(d: pd.DataFrame) -> list[str]:
    return [str(s) for s in d.groupby("Provider State")[_CM_DISCHARGES].sum().nlargest(3).index]


def _cm_joint(d: pd.DataFrame) -> list[float]:
    rows = d[_cm_code(d) == "470"]
    return [float(_cm_money(rows, _CM_CHARGES).mean()), float(_cm_money(rows, _CM_PAID).mean())]


def _cm_drg_named(d: pd.DataFrame) -> Check:
    top = _cm_top_drg(d)
    return either(
        _named(lambda _d: top.split(" - ", 1)[1]), lambda a, _d: None if re.search(rf"\b{top[:3]}\b", a) else "no code"
    )


_CM_ID = ("DRG Definition", "Provider Id", "Provider Name")
_CMS_QS = [
    Q(
        "which DRG has the highest avg total payments?",
        lambda a, d: _cm_drg_named(d)(a, d),
        (*_CM_ID, _CM_PAID),
    ),
    Q(
        "on avg how many times bigger are the covered charges than what actually gets paid (total payments)?",
        either(*(_about(_cm_ratio(how)) for how in ("means", "mean", "median", "weighted"))),
        (*_CM_ID, _CM_CHARGES, _CM_PAID),
    ),
    Q(
        "which state has the highest avg medicare payment for heart failure & shock w mcc",
        either(*(_named(_cm_state("idxmax", w), _STATE_ALIASES) for w in (False, True))),
        (*_CM_ID, "Provider State", _CM_MEDICARE, _CM_DISCHARGES),
    ),
    Q(
        "and lowest?",
        either(*(_named(_cm_state("idxmin", w), _STATE_ALIASES) for w in (False, True))),
        (*_CM_ID, "Provider State", _CM_MEDICARE, _CM_DISCHARGES),
    ),
    Q(
        "top 3 states by total discharges",
        _all_named(_cm_top_states, _STATE_ALIASES),
        (*_CM_ID, "Provider State", _CM_DISCHARGES),
    ),
    Q(
        "how much does a hip/knee replacement (drg 470) cost on average",
        either(asks("covered charges", "total payments"), _scaled(_cm_joint, (1e3,))),
        (*_CM_ID, _CM_CHARGES, _CM_PAID, _CM_MEDICARE),
    ),
]


# --- 5. FAOSTAT Production_Crops_Livestock_E_All_Data.csv (bulk download, non-normalized), five crops, 2000-2021 --

# Area Code, Area Code (M49), Area, continent
_FA_AREAS: list[tuple[int, str, str, str]] = [
    (9, "'032", "Argentina", "Americas"),
    (10, "'036", "Australia", "Oceania"),
    (16, "'050", "Bangladesh", "Asia"),
    (21, "'076", "Brazil", "Americas"),
    (33, "'124", "Canada", "Americas"),
    (41, "'156", "China, mainland", "Asia"),
    (59, "'818", "Egypt", "Africa"),
    (68, "'250", "France", "Europe"),
    (79, "'276", "Germany", "Europe"),
    (100, "'356", "India", "Asia"),
    (101, "'360", "Indonesia", "Asia"),
    (138, "'484", "Mexico", "Americas"),
    (159, "'566", "Nigeria", "Africa"),
    (165, "'586", "Pakistan", "Asia"),
    (173, "'616", "Poland", "Europe"),
    (185, "'643", "Russian Federation", "Europe"),
    (216, "'764", "Thailand", "Asia"),
    (223, "'792", "Türkiye", "Asia"),
    (229, "'826", "United Kingdom of Great Britain and Northern Ireland", "Europe"),
    (230, "'804", "Ukraine", "Europe"),
    (231, "'840", "United States of America", "Americas"),
    (237, "'704", "Viet Nam", "Asia"),
]
_FA_AGGREGATES: list[tuple[int, str, str]] = [
    (5000, "'001", "World"),
    (5100, "'002", "Africa"),
    (5200, "'019", "Americas"),
    (5300, "'142", "Asia"),
    (5400, "'150", "Europe"),
    (5500, "'009", "Oceania"),
]
# Item Code, Item Code (CPC), Item, world / continent totals over the listed countries, yield noise
_FA_ITEMS: list[tuple[int, str, str, dict[str, float], float]] = [
    (15, "'0111", "Wheat", {"World": 1.18, "Africa": 2.2, "Americas": 1.08, "Asia": 1.25, "Europe": 1.45}, 0.07),
    (27, "'0113", "Rice", {"World": 1.12, "Africa": 2.6, "Americas": 1.6, "Asia": 1.1, "Europe": 1.9}, 0.04),
    (56, "'0112", "Maize (corn)", {"World": 1.16, "Africa": 3.5, "Americas": 1.07, "Asia": 1.2, "Europe": 1.6}, 0.08),
    (116, "'01510", "Potatoes", {"World": 1.5, "Africa": 2.4, "Americas": 1.3, "Asia": 1.3, "Europe": 1.5}, 0.06),
    (236, "'0141", "Soya beans", {"World": 1.04, "Africa": 2.0, "Americas": 1.03, "Asia": 1.3, "Europe": 1.5}, 0.08),
]
_FA_OCEANIA = 1.05
# production in 2020 (million tonnes) = yield in 2020 (t/ha), by item and country
_FA_CROPS_TEXT = """
Wheat: Argentina=19.8/2.9; Australia=14.5/1.45; Bangladesh=1.0/3.2; Brazil=6.2/2.6; Canada=35.2/3.5;
    China, mainland=134.3/5.74; Egypt=9.0/6.5; France=30.1/6.7; Germany=22.2/7.8; India=107.6/3.43; Mexico=3.0/5.3;
    Pakistan=25.2/2.87; Poland=12.4/5.1; Russian Federation=85.9/2.98; Türkiye=20.5/2.97; Ukraine=24.9/3.8;
    United Kingdom of Great Britain and Northern Ireland=9.7/7.0; United States of America=49.7/3.34
Rice: Argentina=1.5/7.5; Australia=0.05/9.8; Bangladesh=54.9/4.8; Brazil=11.1/6.7; China, mainland=211.9/7.0;
    Egypt=4.9/9.0; India=178.3/3.96; Indonesia=54.6/5.1; Mexico=0.3/5.0; Nigeria=8.2/1.9; Pakistan=12.6/3.8;
    Russian Federation=1.1/5.8; Thailand=30.2/2.9; Türkiye=1.0/8.5; United States of America=10.3/8.5;
    Viet Nam=42.8/5.9
Maize (corn): Argentina=58.4/8.0; Bangladesh=4.7/8.9; Brazil=104.0/5.7; Canada=13.6/9.9; China, mainland=260.9/6.3;
    Egypt=7.5/7.7; France=13.4/8.7; Germany=4.0/9.3; India=31.6/3.2; Indonesia=22.9/5.6; Mexico=27.4/3.9;
    Nigeria=12.0/2.3; Pakistan=8.5/6.0; Poland=6.5/6.6; Russian Federation=13.9/5.1; Thailand=4.8/4.5;
    Türkiye=6.5/9.8; Ukraine=30.3/5.8; United States of America=358.4/10.8; Viet Nam=4.6/4.7
Potatoes: Argentina=2.4/32.0; Australia=1.3/40.0; Bangladesh=9.6/20.8; Brazil=3.8/32.0; Canada=5.3/35.9;
    China, mainland=78.2/18.5; Egypt=6.8/28.0; France=8.7/41.8; Germany=11.7/42.8; India=51.3/23.1;
    Indonesia=1.3/19.0; Mexico=1.8/28.0; Nigeria=1.2/4.6; Pakistan=5.0/22.0; Poland=9.1/30.7;
    Russian Federation=19.6/16.9; Türkiye=5.2/34.0; Ukraine=20.8/15.8;
    United Kingdom of Great Britain and Northern Ireland=5.5/38.5; United States of America=18.8/49.6
Soya beans: Argentina=48.8/2.95; Brazil=121.8/3.3; Canada=6.4/3.1; China, mainland=19.6/2.0; France=0.4/2.6;
    India=11.2/1.0; Indonesia=0.3/1.5; Mexico=0.25/1.8; Nigeria=0.9/1.1; Russian Federation=4.3/1.5;
    Türkiye=0.15/4.2; Ukraine=2.8/2.1; United States of America=112.5/3.4
"""


def _fa_crops() -> dict[str, dict[str, tuple[float, float]]]:
    crops: dict[str, dict[str, tuple[float, float]]] = {}
    item = ""
    for line in _FA_CROPS_TEXT.strip().splitlines():
        if not line.startswith(" "):
            item, line = line.split(": ", 1)
            crops[item] = {}
        for part in line.strip().rstrip(";").split("; "):
            area, figures = part.split("=")
            prod, yld = figures.split("/")
            crops[item][area] = (float(prod), float(yld))
    return crops


_FA_CROPS = _fa_crops()
# yearly growth of harvested area and of yield where it differs from (0.5%, 1.2%)
_FA_GROWTH: dict[tuple[str, str], tuple[float, float]] = {
    ("Soya beans", "Brazil"): (0.055, 0.012),
    ("Maize (corn)", "Brazil"): (0.03, 0.03),
    ("Wheat", "Russian Federation"): (0.02, 0.025),
    ("Maize (corn)", "Ukraine"): (0.06, 0.035),
    ("Maize (corn)", "China, mainland"): (0.025, 0.012),
    ("Rice", "India"): (0.004, 0.015),
    ("Rice", "Bangladesh"): (0.0, 0.02),
    ("Soya beans", "China, mainland"): (-0.01, 0.01),
    ("Potatoes", "India"): (0.03, 0.015),
    ("Wheat", "Australia"): (0.0, 0.0),
}
_FA_YEARS = list(range(2000, 2022))
# country series known to have no 2021 figures yet
_FA_GAPS = {("Nigeria", "Rice"): {2021}, ("Bangladesh", "Maize (corn)"): {2020, 2021}, ("Pakistan", "Potatoes"): {2021}}
_FA_ELEMENTS = [(5312, "Area harvested", "ha"), (5419, "Yield", "hg/ha"), (5510, "Production", "tonnes")]
_FA_ALIASES: dict[str, tuple[str, ...]] = {
    "China, mainland": ("China",),
    "China": ("China",),
    "Russian Federation": ("Russia",),
    "United States of America": ("United States", "USA", "US", "U.S."),
    "United Kingdom of Great Britain and Northern Ireland": ("United Kingdom", "UK", "U.K.", "Britain"),
    "Viet Nam": ("Vietnam",),
    "Türkiye": ("Turkey",),
}


def _faostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3505)
    # (area, item) -> {year: (area harvested, production)} for the countries
    series: dict[tuple[str, str], dict[int, tuple[float, float]]] = {}
    for _code, _cpc, item, _totals, noise in _FA_ITEMS:
        for area, (prod, yld) in _FA_CROPS[item].items():
            g_area, g_yield = _FA_GROWTH.get((item, area), (0.005, 0.012))
            sd = 0.3 if (item, area) == ("Wheat", "Australia") else noise
            ha0 = prod * 1e6 / yld
            years: dict[int, tuple[float, float]] = {}
            for year in _FA_YEARS:
                ha = ha0 * (1 + g_area) ** (year - 2020) * float(rng.lognormal(0, 0.03))
                y = yld * (1 + g_yield) ** (year - 2020) * float(rng.lognormal(0, sd))
                years[year] = (round(ha), round(ha * y))
            series[(area, item)] = years
    rows: list[dict[str, Any]] = []

    def add(
        code: int,
        m49: str,
        area: str,
        item_row: tuple[int, str, str],
        data: Mapping[int, tuple[float, float]],
        flags: dict[int, str],
        missing: set[int],
    ) -> None:
        item_code, cpc, item = item_row
        for el_code, element, unit in _FA_ELEMENTS:
            row: dict[str, Any] = {"Area Code": code, "Area Code (M49)": m49, "Area": area, "Item Code": item_code}
            row |= {"Item Code (CPC)": cpc, "Item": item, "Element Code": el_code, "Element": element, "Unit": unit}
            for year in _FA_YEARS:
                ha, t = data[year]
                value = {5312: float(ha), 5510: float(t), 5419: float(round(t / ha * 1e4))}[el_code]
                gone = year in missing and el_code != 5312
                row[f"Y{year}"] = None if gone else value
                row[f"Y{year}F"] = "M" if gone else ("E" if el_code == 5419 and code < 5000 else flags[year])
            rows.append(row)

    for code, m49, area, _continent in _FA_AREAS:
        for item_code, cpc, item, _totals, _noise in _FA_ITEMS:
            if (area, item) not in series:
                continue
            flags = {y: str(_one(rng, ["A", "E", "I", "X"], [85, 8, 4, 3])) for y in _FA_YEARS}
            p_gone = 0.08 if area in ("Nigeria", "Bangladesh", "Pakistan") else 0.015
            missing = {y for y in _FA_YEARS if rng.random() < p_gone} | _FA_GAPS.get((area, item), set())
            add(code, m49, area, (item_code, cpc, item), series[(area, item)], flags, missing)
    for item_code, cpc, item, _totals, _noise in _FA_ITEMS:
        china = series.get(("China, mainland", item))
        if china is not None:
            lift = float(rng.uniform(1.001, 1.008))
            data = {y: (round(ha * lift), round(t * lift)) for y, (ha, t) in china.items()}
            add(351, "'159", "China", (item_code, cpc, item), data, dict.fromkeys(_FA_YEARS, "A"), set())
    for code, m49, name in _FA_AGGREGATES:
        for item_code, cpc, item, totals, _noise in _FA_ITEMS:
            members = [a for _c, _m, a, cont in _FA_AREAS if (name == "World" or cont == name) and (a, item) in series]
            if not members:
                continue
            factor = _FA_OCEANIA if name == "Oceania" else totals[name]
            data = {}
            for year in _FA_YEARS:
                ha = sum(series[(a, item)][year][0] for a in members) * factor * float(rng.lognormal(0, 0.005))
                t = sum(series[(a, item)][year][1] for a in members) * factor * float(rng.lognormal(0, 0.005))
                data[year] = (round(ha), round(t))
            add(code, m49, name, (item_code, cpc, item), data, dict.fromkeys(_FA_YEARS, "A"), set())
    frame = pd.DataFrame(rows)
    return frame.sort_values(["Area Code", "Item Code", "Element Code"], kind="stable", ignore_index=True)


_FA_NOT_COUNTRIES = {"World", "Africa", "Americas", "Asia", "Europe", "Oceania", "China"}


def _fa_rows(d: pd.DataFrame, item: str, element: str, countries: bool = True) -> pd.DataFrame:
    rows = d[(d["Item"] == item) & (d["Element"] == element)]
    return rows[~rows["Area"].isin(_FA_NOT_COUNTRIES)] if countries else rows


def _fa_top(item: str, year: int, n: int) -> Callable[[pd.DataFrame], list[str]]:
    def top(d: pd.DataFrame) -> list[str]:
        rows = _fa_rows(d, item, "Production").set_index("Area")[f"Y{year}"]
        return [str(a) for a in rows.nlargest(n).index]

    return top


def _fa_world_rice(how: str) -> Callable[[pd.DataFrame], float]:
    def growth(d: pd.DataFrame) -> float:
        rows = _fa_rows(d, "Rice", "Production", countries=False)
        s = rows[rows["Area"] == "World"][[f"Y{y}" for y in _FA_YEARS]].iloc[0].astype(float)
        if how == "cagr":
            return float((s.iloc[-1] / s.iloc[0]) ** (1 / (len(s) - 1)) - 1)
        return float(s.pct_change().mean())

    return growth


def _fa_best_yield(d: pd.DataFrame) -> pd.Series:
    return _fa_rows(d, "Wheat", "Yield").set_index("Area")["Y2021"].sort_values(ascending=False)


def _fa_missing(d: pd.DataFrame) -> float:
    return float(d.loc[d["Element"] == "Production", "Y2021"].isna().sum())


def _fa_india_rice(d: pd.DataFrame) -> float:
    rows = _fa_rows(d, "Rice", "Area harvested")
    india = rows[rows["Area"] == "India"].iloc[0]
    return float(india["Y2021"] / india["Y2000"] - 1)


_FA_ID = ("Area", "Item", "Element", "Unit")
_FAOSTAT_QS = [
    Q(
        "top 5 wheat producing countries in 2020? countries only, not regions",
        _all_named(_fa_top("Wheat", 2020, 5), _FA_ALIASES),
        (*_FA_ID, "Y2020", "Area Code"),
    ),
    Q(
        "and for maize?",
        _all_named(_fa_top("Maize (corn)", 2020, 5), _FA_ALIASES),
        (*_FA_ID, "Y2020", "Area Code"),
    ),
    Q(
        "plot world rice production over time. whats the avg anual growth rate",
        either(_change(_fa_world_rice("cagr")), _change(_fa_world_rice("mean"))),
        (*_FA_ID, "Y2000", "Y2021"),
    ),
    Q(
        "which country had the best wheat yield in 2021",
        _named(lambda d: str(_fa_best_yield(d).index[0]), _FA_ALIASES),
        (*_FA_ID, "Y2021"),
    ),
    Q(
        "how many production numbers are missing for 2021",
        has(_fa_missing),
        (*_FA_ID, "Y2021", "Y2021F"),
    ),
    Q(
        "% change in india's rice area harvested, 2000 vs 2021?",
        _change(_fa_india_rice),
        (*_FA_ID, "Y2000", "Y2021"),
    ),
]


# --- 6. EIA annual_generation_state (Net Generation by State by Type of Producer by Energy Source), 2008-2022 -------

_EI_COAL, _EI_GAS, _EI_NUKE, _EI_HYDRO = "Coal", "Natural Gas", "Nuclear", "Hydroelectric Conventional"
_EI_WIND, _EI_SUN, _EI_OIL, _EI_PUMP = "Wind", "Solar Thermal and Photovoltaic", "Petroleum", "Pumped Storage"
# state: source -> (TWh in 2008, TWh in 2022, bend); solar as (first year, TWh in 2022, bend); utilities' share of
# conventional and of wind and solar output; the last year a source ran
_EI_STATES: dict[str, tuple[dict[str, tuple[float, float, float]], tuple[int, float, float], float, float]] = {
    "CA": (
        {
            _EI_COAL: (3.0, 0.27, 1.0),
            _EI_GAS: (122.0, 97.0, 1.0),
            _EI_NUKE: (32.0, 17.6, 1.5),
            _EI_HYDRO: (24.0, 14.6, 1.0),
            _EI_WIND: (5.7, 15.0, 0.8),
            _EI_OIL: (1.6, 0.3, 1.0),
            _EI_PUMP: (-0.4, -0.3, 1.0),
        },
        (2008, 43.0, 1.6),
        0.45,
        0.15,
    ),
    "FL": (
        {
            _EI_COAL: (67.0, 16.0, 1.0),
            _EI_GAS: (100.0, 190.0, 1.0),
            _EI_NUKE: (29.0, 28.0, 1.0),
            _EI_HYDRO: (0.2, 0.2, 1.0),
            _EI_OIL: (20.0, 2.0, 0.7),
        },
        (2009, 15.0, 2.5),
        0.85,
        0.6,
    ),
    "IA": (
        {
            _EI_COAL: (40.0, 16.0, 1.0),
            _EI_GAS: (1.5, 5.0, 1.0),
            _EI_NUKE: (5.3, 5.0, 1.0),
            _EI_HYDRO: (1.0, 0.9, 1.0),
            _EI_WIND: (4.1, 41.0, 1.0),
            _EI_OIL: (0.2, 0.1, 1.0),
        },
        (2015, 0.5, 2.0),
        0.9,
        0.75,
    ),
    "IL": (
        {
            _EI_COAL: (93.0, 52.0, 1.0),
            _EI_GAS: (6.0, 25.0, 1.3),
            _EI_NUKE: (95.0, 97.0, 1.0),
            _EI_HYDRO: (0.12, 0.13, 1.0),
            _EI_WIND: (2.3, 25.0, 1.0),
            _EI_OIL: (0.2, 0.1, 1.0),
        },
        (2012, 2.0, 2.5),
        0.05,
        0.02,
    ),
    "NY": (
        {
            _EI_COAL: (13.6, 0.12, 0.8),
            _EI_GAS: (43.0, 48.0, 1.0),
            _EI_NUKE: (43.0, 28.0, 2.0),
            _EI_HYDRO: (26.0, 28.0, 1.0),
            _EI_WIND: (1.3, 4.9, 1.0),
            _EI_OIL: (3.3, 0.9, 1.0),
            _EI_PUMP: (-0.6, -0.4, 1.0),
        },
        (2012, 1.2, 2.0),
        0.12,
        0.05,
    ),
    "OK": (
        {
            _EI_COAL: (37.0, 12.0, 1.0),
            _EI_GAS: (27.0, 40.0, 1.0),
            _EI_HYDRO: (4.5, 3.0, 1.0),
            _EI_WIND: (2.4, 37.0, 1.0),
            _EI_OIL: (0.1, 0.05, 1.0),
        },
        (2017, 0.2, 1.5),
        0.75,
        0.12,
    ),
    "PA": (
        {
            _EI_COAL: (111.0, 26.0, 0.9),
            _EI_GAS: (14.0, 128.0, 1.1),
            _EI_NUKE: (77.0, 75.0, 1.0),
            _EI_HYDRO: (2.2, 2.5, 1.0),
            _EI_WIND: (0.7, 3.5, 0.7),
            _EI_OIL: (0.5, 0.3, 1.0),
            _EI_PUMP: (-0.5, -0.4, 1.0),
        },
        (2012, 0.5, 2.0),
        0.03,
        0.0,
    ),
    "TX": (
        {
            _EI_COAL: (148.0, 106.0, 1.0),
            _EI_GAS: (198.0, 262.0, 1.0),
            _EI_NUKE: (40.0, 41.0, 1.0),
            _EI_HYDRO: (1.0, 0.6, 1.0),
            _EI_WIND: (16.0, 113.0, 1.0),
            _EI_OIL: (1.0, 0.3, 1.0),
        },
        (2010, 24.0, 3.0),
        0.25,
        0.02,
    ),
    "WA": (
        {
            _EI_COAL: (9.0, 4.3, 1.0),
            _EI_GAS: (13.0, 22.0, 1.0),
            _EI_NUKE: (9.4, 9.8, 1.0),
            _EI_HYDRO: (77.0, 70.0, 1.0),
            _EI_WIND: (3.5, 8.8, 0.6),
            _EI_OIL: (0.1, 0.05, 1.0),
        },
        (2016, 0.3, 1.5),
        0.85,
        0.3,
    ),
    "WV": (
        {
            _EI_COAL: (90.0, 50.0, 1.0),
            _EI_GAS: (0.3, 3.3, 2.0),
            _EI_HYDRO: (1.3, 1.6, 1.0),
            _EI_WIND: (0.7, 2.4, 1.0),
            _EI_OIL: (0.2, 0.1, 1.0),
        },
        (2030, 0.0, 1.0),
        0.55,
        0.0,
    ),
    "US": (
        {
            _EI_COAL: (1986.0, 832.0, 1.0),
            _EI_GAS: (883.0, 1687.0, 1.0),
            _EI_NUKE: (806.0, 772.0, 1.0),
            _EI_HYDRO: (254.0, 255.0, 1.0),
            _EI_WIND: (55.0, 434.0, 1.1),
            _EI_OIL: (46.0, 23.0, 1.0),
            _EI_PUMP: (-6.3, -6.0, 1.0),
        },
        (2008, 143.0, 2.3),
        0.58,
        0.12,
    ),
}
_EI_LAST_YEAR = {("IA", _EI_NUKE): 2020}
_EI_ALL, _EI_UTILITY = "Total Electric Power Industry", "Electric Generators, Electric Utilities"
_EI_MWH = "GENERATION (Megawatthours)"


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3506)
    rows: list[dict[str, Any]] = []
    for state, (sources, (sun_from, sun_2022, sun_k), utility, utility_green) in _EI_STATES.items():
        for year in range(2008, 2023):
            t = (year - 2008) / 14
            made: dict[str, float] = {}
            for source, (v0, v1, k) in sources.items():
                if year > _EI_LAST_YEAR.get((state, source), 2100):
                    continue
                sd = 0.1 if source == _EI_HYDRO else 0.04
                made[source] = _path(v0, v1, t, k) * float(rng.lognormal(0, sd))
                if _EI_LAST_YEAR.get((state, source)) == year:
                    made[source] *= 0.6
            if year >= sun_from:
                made[_EI_SUN] = (
                    sun_2022 * ((year - sun_from + 1) / (2023 - sun_from)) ** sun_k * float(rng.lognormal(0, 0.04))
                )
            total = sum(made.values()) * float(rng.uniform(1.015, 1.035))
            name = ("US-Total" if year <= 2012 else "US-TOTAL") if state == "US" else state
            base = {"YEAR": year, "STATE": name}
            utility_made = {}
            for source, twh in made.items():
                share = utility_green if source in (_EI_WIND, _EI_SUN) else utility
                if share > 0:
                    utility_made[source] = twh * share * float(rng.lognormal(0, 0.02))
            for producer, values, grand in (
                (_EI_ALL, made, total),
                (_EI_UTILITY, utility_made, sum(utility_made.values()) * float(rng.uniform(1.005, 1.02))),
            ):
                for source, twh in [("Total", grand), *values.items()]:
                    mwh = round(twh * 1e6)
                    if mwh != 0:
                        rows.append(base | {"TYPE OF PRODUCER": producer, "ENERGY SOURCE": source, _EI_MWH: mwh})
    frame = pd.DataFrame(rows)
    return frame.sort_values(["YEAR", "STATE", "TYPE OF PRODUCER", "ENERGY SOURCE"], kind="stable", ignore_index=True)


def _ei_series(d: pd.DataFrame, state: str, source: str) -> pd.Series:
    states = ["US-Total", "US-TOTAL"] if state == "US" else [state]
    rows = d[d["STATE"].isin(states) & (d["TYPE OF PRODUCER"] == _EI_ALL) & (d["ENERGY SOURCE"] == source)]
    return rows.set_index("YEAR")[_EI_MWH].astype(float)


def _ei_parts(d: pd.DataFrame, state: str) -> pd.Series:
    states = ["US-Total", "US-TOTAL"] if state == "US" else [state]
    rows = d[d["STATE"].isin(states) & (d["TYPE OF PRODUCER"] == _EI_ALL) & (d["ENERGY SOURCE"] != "Total")]
    return rows.groupby("YEAR")[_EI_MWH].sum().astype(float)


def _ei_share(state: str, source: str, years: Sequence[int], parts: bool) -> Callable[[pd.DataFrame], list[float]]:
    def shares(d: pd.DataFrame) -> list[float]:
        whole = _ei_parts(d, state) if parts else _ei_series(d, state, "Total")
        part = _ei_series(d, state, source)
        return [float(part[y] / whole[y]) for y in years]

    return shares


def _ei_wind_leader(d: pd.DataFrame) -> str:
    rows = d[(d["YEAR"] == 2022) & (d["TYPE OF PRODUCER"] == _EI_ALL) & (d["ENERGY SOURCE"] == _EI_WIND)]
    rows = rows[~rows["STATE"].astype("string").str.upper().str.startswith("US")]
    return str(rows.loc[rows[_EI_MWH].idxmax(), "STATE"])


def _ei_solar_year(parts: bool) -> Callable[[pd.DataFrame], int]:
    def year(d: pd.DataFrame) -> int:
        whole = _ei_parts(d, "CA") if parts else _ei_series(d, "CA", "Total")
        share = (_ei_series(d, "CA", _EI_SUN) / whole).dropna()
        return int(share[share > 0.1].index.min())

    return year


def _ei_coal_drop(d: pd.DataFrame) -> str:
    rows = d[(d["TYPE OF PRODUCER"] == _EI_ALL) & (d["ENERGY SOURCE"] == _EI_COAL) & d["YEAR"].isin([2008, 2022])]
    rows = rows[~rows["STATE"].astype("string").str.upper().str.startswith("US")]
    wide = rows.pivot(index="STATE", columns="YEAR", values=_EI_MWH)
    return str((wide[2022] / wide[2008]).idxmin())


_EI_ID = ("YEAR", "STATE", "TYPE OF PRODUCER", "ENERGY SOURCE", _EI_MWH)
_EIA_QS = [
    Q(
        "what was total US generation in 2022",
        _scaled(lambda d: float(_ei_series(d, "US", "Total")[2022]), (1e3, 1e6, 1e9)),
        _EI_ID,
    ),
    Q(
        "how has coal's share of US generation changed from 2008 to 2022?",
        either(
            _shares(_ei_share("US", _EI_COAL, (2008, 2022), False)),
            _shares(_ei_share("US", _EI_COAL, (2008, 2022), True)),
        ),
        _EI_ID,
    ),
    Q(
        "wich state produced teh most wind power in 2022",
        _named(_ei_wind_leader, _STATE_ALIASES),
        _EI_ID,
    ),
    Q(
        "plot CA solar generation by year - what year did solar first go above 10% of california's total?",
        either(_year_word(_ei_solar_year(False)), _year_word(_ei_solar_year(True))),
        _EI_ID,
    ),
    Q(
        "what about wind in texas, what share of TX generation was wind in 2022",
        either(_shares(_ei_share("TX", _EI_WIND, (2022,), False)), _shares(_ei_share("TX", _EI_WIND, (2022,), True))),
        _EI_ID,
    ),
    Q(
        "which state had the biggest % drop in coal generation between 2008 and 2022?",
        _named(_ei_coal_drop, _STATE_ALIASES),
        _EI_ID,
    ),
]


# --- 7. LAPD Crime Data from 2020 to Present (data.lacity.org, Crime_Data_from_2020_to_Present.csv), 2020-2023 ----

# AREA, AREA NAME, weight, centre (LAT, LON)
_LA_AREAS: list[tuple[int, str, float, float, float]] = [
    (1, "Central", 7.0, 34.0448, -118.2479),
    (2, "Rampart", 4.6, 34.0658, -118.2742),
    (3, "Southwest", 5.6, 34.0183, -118.3030),
    (4, "Hollenbeck", 3.6, 34.0447, -118.2051),
    (5, "Harbor", 3.9, 33.7896, -118.2827),
    (6, "Hollywood", 5.3, 34.0983, -118.3274),
    (7, "Wilshire", 4.9, 34.0620, -118.3480),
    (8, "West LA", 4.6, 34.0480, -118.4400),
    (9, "Van Nuys", 4.4, 34.1830, -118.4480),
    (10, "West Valley", 4.0, 34.1940, -118.5480),
    (11, "Northeast", 4.3, 34.1100, -118.2250),
    (12, "77th Street", 7.8, 33.9700, -118.2960),
    (13, "Newton", 4.8, 34.0120, -118.2560),
    (14, "Pacific", 5.9, 33.9910, -118.4250),
    (15, "N Hollywood", 5.1, 34.1720, -118.3800),
    (16, "Foothill", 3.4, 34.2530, -118.4100),
    (17, "Devonshire", 3.8, 34.2560, -118.5300),
    (18, "Southeast", 5.2, 33.9400, -118.2750),
    (19, "Mission", 4.0, 34.2600, -118.4400),
    (20, "Olympic", 5.0, 34.0520, -118.2950),
    (21, "Topanga", 4.1, 34.1900, -118.6000),
]
# Crm Cd, Crm Cd Desc, Part 1-2, weight, a person as victim, weapon codes, premise codes, hours (weights by hour)
_LA_CRIMES: list[tuple[int, str, int, float, bool, str, str]] = [
    (510, "VEHICLE - STOLEN", 1, 11.0, False, "", "101;101;101;108;707"),
    (624, "BATTERY - SIMPLE ASSAULT", 2, 8.0, True, "400;400;400;500;511", "101;102;501;502;203;210;404"),
    (330, "BURGLARY FROM VEHICLE", 1, 6.6, True, "", "101;108;101;707;122"),
    (354, "THEFT OF IDENTITY", 2, 6.3, True, "", "501;502;501;203"),
    (740, "VANDALISM - FELONY ($400 & OVER, ALL CHURCH VANDALISMS)", 1, 6.1, True, "", "101;501;502;108;203"),
    (310, "BURGLARY", 1, 5.0, True, "", "501;502;203;404;210"),
    (230, "ASSAULT WITH DEADLY WEAPON, AGGRAVATED ASSAULT", 1, 5.4, True, "500;102;200;109;307;400", "101;102;502;108"),
    (440, "THEFT PLAIN - PETTY ($950 & UNDER)", 1, 4.4, True, "", "404;203;101;210;501"),
    (626, "INTIMATE PARTNER - SIMPLE ASSAULT", 2, 4.4, True, "400;400;400;511", "501;502;502;122"),
    (420, "THEFT FROM MOTOR VEHICLE - PETTY ($950 & UNDER)", 1, 3.5, True, "", "101;108;707"),
    (210, "ROBBERY", 1, 3.2, True, "400;102;500;511;200", "101;102;404;203;210"),
    (745, "VANDALISM - MISDEAMEANOR ($399 OR UNDER)", 2, 3.0, True, "", "101;501;502;108"),
    (341, "THEFT-GRAND ($950.01 & OVER)EXCPT,GUNS,FOWL,LIVESTK,PROD", 1, 3.0, True, "", "501;203;404;101"),
    (331, "THEFT FROM MOTOR VEHICLE - GRAND ($950.01 AND OVER)", 1, 2.8, True, "", "101;108;707"),
    (930, "CRIMINAL THREATS - NO WEAPON DISPLAYED", 2, 2.2, True, "511", "501;502;101;203"),
    (236, "INTIMATE PARTNER - AGGRAVATED ASSAULT", 1, 1.8, True, "400;500;200;307", "501;502"),
    (480, "BIKE - STOLEN", 1, 1.2, True, "", "101;502;108"),
    (110, "CRIMINAL HOMICIDE", 1, 0.25, True, "102;109;200", "101;102;108"),
]
_LA_WEAPONS = {
    400: "STRONG-ARM (HANDS, FIST, FEET OR BODILY FORCE)",
    500: "UNKNOWN WEAPON/OTHER WEAPON",
    511: "VERBAL THREAT",
    102: "HAND GUN",
    109: "SEMI-AUTOMATIC PISTOL",
    200: "KNIFE WITH BLADE 6INCHES OR LESS",
    307: "VEHICLE",
}
_LA_PREMISES = {
    101: "STREET",
    102: "SIDEWALK",
    108: "PARKING LOT",
    122: "VEHICLE, PASSENGER/TRUCK",
    203: "OTHER BUSINESS",
    210: "RESTAURANT/FAST FOOD",
    404: "DEPARTMENT STORE",
    501: "SINGLE FAMILY DWELLING",
    502: "MULTI-UNIT DWELLING (APARTMENT, DUPLEX, ETC)",
    707: "GARAGE/CARPORT",
}
_LA_STATUS = {"IC": ("Invest Cont", 78), "AO": ("Adult Other", 12), "AA": ("Adult Arrest", 9.2)}
_LA_STATUS |= {"JA": ("Juv Arrest", 0.5), "JO": ("Juv Other", 0.3)}
_LA_DESCENT = {"H": 42, "W": 20, "B": 14, "O": 8, "X": 9, "A": 3, "K": 1, "F": 1, "C": 0.6, "J": 0.2, "I": 0.1}
_LA_MOCODES = _split("0344;1822;0416;0913;1300;0329;2000;0400;1814;0444;1501;0385;1402;0325;1609;2004")
_LA_STREETS = _split(
    "39TH;VERMONT;FIGUEROA;WESTERN;SUNSET;HOLLYWOOD;WILSHIRE;VAN NUYS;SEPULVEDA;MAIN;BROADWAY;CRENSHAW;OLYMPIC;"
    "PICO;SLAUSON;VENICE;MANCHESTER;SHERMAN;VICTORY;RESEDA;SAN FERNANDO;TOPANGA CANYON;COLORADO;LA BREA"
)
_LA_KINDS = _split("ST;AV;BL;BL;AV;PL;DR;WY")
# Vehicle thefts are mostly found gone overnight: hours of the day and their weights
_LA_THEFT_HOURS = {22: 13, 21: 10, 20: 9, 23: 8, 18: 8, 19: 8, 0: 6, 12: 7, 17: 5, 1: 4, 2: 3}


def _la_hour(rng: np.random.Generator, code: int) -> int:
    if code == 510:
        rest = {h: 1.2 for h in range(24) if h not in _LA_THEFT_HOURS}
        pool = _LA_THEFT_HOURS | rest
        hour = int(_one(rng, list(pool), list(pool.values())))
    elif code == 354:
        hour = int(_one(rng, [12, 0, 9, 8, 10], [40, 25, 10, 10, 15]))
    else:
        hour = int(_one(rng, range(24), [3, 2, 2, 1, 1, 1, 2, 3, 4, 5, 5, 6, 8, 6, 6, 6, 7, 7, 7, 6, 6, 5, 5, 4]))
    return hour


def _la_minute(rng: np.random.Generator) -> int:
    roll = rng.random()
    return 0 if roll < 0.42 else 30 if roll < 0.57 else int(rng.integers(0, 60))


def _la_stamp(day: pd.Timestamp) -> str:
    return f"{day:%m/%d/%Y} 12:00:00 AM"


def _lapd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3507)
    crime_w = [c[3] for c in _LA_CRIMES]
    area_w = [a[2] for a in _LA_AREAS]
    rows: list[dict[str, Any]] = []
    for year, n in ((2020, 640), (2021, 700), (2022, 765), (2023, 690)):
        for _ in range(n):
            code, desc, part, _w, person, weapons, premises = _LA_CRIMES[
                int(_one(rng, range(len(_LA_CRIMES)), crime_w))
            ]
            area, area_name, _aw, lat0, lon0 = _LA_AREAS[int(_one(rng, range(len(_LA_AREAS)), area_w))]
            occurred = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            if code == 354:
                lag = int(rng.lognormal(np.log(45), 1.3))
            elif code in (310, 341, 740):
                lag = int(rng.lognormal(np.log(1.5), 1.0)) if rng.random() < 0.55 else 0
            else:
                lag = int(rng.lognormal(np.log(1.2), 0.9)) if rng.random() < 0.35 else 0
            reported = min(occurred + pd.Timedelta(days=lag), pd.Timestamp("2024-03-31"))
            hour, minute = _la_hour(rng, code), _la_minute(rng)
            if person:
                age = int(min(95, max(2, rng.normal(39, 15)))) if rng.random() > 0.01 else -1
                sex: str | None = str(_one(rng, ["M", "F", "X"], [50, 44, 6]))
                descent: str | None = str(_one(rng, list(_LA_DESCENT), list(_LA_DESCENT.values())))
                if sex == "X":
                    age, descent = 0, "X"
            else:
                age, sex, descent = 0, None, None
            weapon = int(_one(rng, [int(w) for w in _split(weapons)])) if weapons else None
            premise = int(_one(rng, [int(p) for p in _split(premises)]))
            status = str(_one(rng, list(_LA_STATUS), [s[1] for s in _LA_STATUS.values()]))
            street = f"{_one(rng, _LA_STREETS)!s:<32}{_one(rng, _LA_KINDS)}"
            location = f"{int(rng.integers(1, 200)) * 100:>5} {_one(rng, ['W', 'S', 'N', 'E', ''])} {street}".strip()
            cross = None if rng.random() < 0.82 else f"{_one(rng, _LA_STREETS)!s:<32}{_one(rng, _LA_KINDS)}"
            zero = rng.random() < 0.004
            lat = 0.0 if zero else round(lat0 + float(rng.normal(0, 0.018)), 4)
            lon = 0.0 if zero else round(lon0 + float(rng.normal(0, 0.02)), 4)
            mocodes = (
                None
                if code == 510 and rng.random() < 0.8
                else " ".join(str(m) for m in rng.choice(_LA_MOCODES, int(rng.integers(1, 5)), replace=False))
            )
            second = 998 if rng.random() < 0.05 else None
            rows.append(
                {
                    "DR_NO": (reported.year % 100) * 10_000_000 + area * 100_000 + int(rng.integers(1, 99999)),
                    "Date Rptd": _la_stamp(reported),
                    "DATE OCC": _la_stamp(occurred),
                    "TIME OCC": hour * 100 + minute,
                    "AREA ": f"{area:02d}",
                    "AREA NAME": area_name,
                    "Rpt Dist No": f"{area * 100 + int(rng.integers(1, 99)):04d}",
                    "Part 1-2": part,
                    "Crm Cd": code,
                    "Crm Cd Desc": desc,
                    "Mocodes": mocodes,
                    "Vict Age": age,
                    "Vict Sex": sex,
                    "Vict Descent": descent,
                    "Premis Cd": float(premise),
                    "Premis Desc": _LA_PREMISES[premise],
                    "Weapon Used Cd": None if weapon is None else float(weapon),
                    "Weapon Desc": None if weapon is None else _LA_WEAPONS[weapon],
                    "Status": status,
                    "Status Desc": _LA_STATUS[status][0],
                    "Crm Cd 1": float(code),
                    "Crm Cd 2": None if second is None else float(second),
                    "Crm Cd 3": None,
                    "Crm Cd 4": None,
                    "LOCATION": location,
                    "Cross Street": cross,
                    "LAT": lat,
                    "LON": lon,
                }
            )
    return pd.DataFrame(rows)


def _la_when(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(d[col], format="%m/%d/%Y %I:%M:%S %p")


def _la_label(desc: str) -> str:
    """A crime description without its bracketed amount: "THEFT PLAIN - PETTY" of "THEFT PLAIN - PETTY ($950 &
    UNDER)"."""
    return desc.split(" (")[0].split("($")[0].strip()


def _la_top(d: pd.DataFrame) -> list[str]:
    return [_la_label(str(c)) for c in d["Crm Cd Desc"].value_counts().index[:5]]


def _la_years(col: str) -> Callable[[pd.DataFrame], list[float]]:
    def counts(d: pd.DataFrame) -> list[float]:
        by = _la_when(d, col).dt.year.value_counts()
        return [float(by.get(y, 0)) for y in (2020, 2021, 2022, 2023)]

    return counts


def _la_theft_hour(d: pd.DataFrame) -> int:
    return int((d.loc[d["Crm Cd"] == 510, "TIME OCC"] // 100).value_counts().idxmax())


def _la_lag(how: str) -> Callable[[pd.DataFrame], float]:
    def lag(d: pd.DataFrame) -> float:
        return float(getattr((_la_when(d, "Date Rptd") - _la_when(d, "DATE OCC")).dt.days, how)())

    return lag


def _la_hispanic(how: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        descent = d.loc[d["Crm Cd"] == 624, "Vict Descent"]
        if how == "known":
            descent = descent.dropna()
        elif how == "stated":
            descent = descent.dropna()
            descent = descent[descent != "X"]
        return float((descent == "H").mean())

    return share


_LA_ID = ("DR_NO", "Crm Cd", "Crm Cd Desc", "Crm Cd 1")
_LAPD_QS = [
    Q(
        "top 5 crime types?",
        _all_named(_la_top),
        _LA_ID,
    ),
    Q(
        "which area has the most incidents",
        _named(lambda d: str(d["AREA NAME"].value_counts().index[0])),
        (*_LA_ID, "AREA ", "AREA NAME"),
    ),
    Q(
        "how many crimes per year, going up or down?",
        either(has(_la_years("DATE OCC")), has(_la_years("Date Rptd"))),
        (*_LA_ID, "DATE OCC", "Date Rptd"),
    ),
    Q(
        "for stolen vehicles what time of day do most of them happen",
        _hour(_la_theft_hour),
        (*_LA_ID, "TIME OCC", "DATE OCC"),
    ),
    Q(
        "avg # of days between the crime happening and when it was reportd?",
        _about(_la_lag("mean")),
        (*_LA_ID, "DATE OCC", "Date Rptd", "TIME OCC"),
    ),
    Q(
        "what % of simple assault victims are hispanic (descent code H)?",
        either(*(_share(_la_hispanic(how)) for how in ("all", "known", "stated"))),
        (*_LA_ID, "Vict Descent", "Vict Sex", "Vict Age"),
    ),
]


HELDOUT35: list[Dataset] = [
    Dataset("ntsb_aviation_accidents", _ntsb_frame, _NTSB_QS),
    Dataset("hmda_lar_california_2021", _hmda_frame, _HMDA_QS),
    Dataset("melbourne_housing", _melbourne_frame, _MELBOURNE_QS),
    Dataset("cms_inpatient_charges_fy2011", _cms_frame, _CMS_QS),
    Dataset("faostat_crop_production", _faostat_frame, _FAOSTAT_QS),
    Dataset("eia_generation_by_state", _eia_frame, _EIA_QS),
    Dataset("lapd_crime_data", _lapd_frame, _LAPD_QS),
]
