"""HELDOUT224: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public files an analyst is likely to bring along: Backblaze Drive
Stats raw daily data (one row per drive per day, 28 drives, January-March 2024) with date as "2024-01-01",
serial_number ("ZJV4K7QX"), model ("ST12000NM0008", "TOSHIBA MG07ACA14TA", "HGST HUH721212ALN604", "WDC
WUH721816ALE6L4"), capacity_bytes (12000138625024 and the like, -1 on some rows), failure (0, or 1 on a failed
drive's last day, after which it has no rows), datacenter (ams5, phx1, sac0, sac2, iad1), cluster_id, vault_id,
pod_id, pod_slot_num, is_legacy_format (0), smart_5_raw (reallocated sectors), smart_9_raw (power-on hours),
smart_194_raw (temperature in C) and smart_197_raw (pending sectors), the four SMART columns blank together on some
rows; a Bandsintown for Artists event export for one touring band (2019-2025, 340 events) with "Event Date" as
"2023-05-14", "Start Time" as "8:00 PM", Venue, City, Region, Country, Lineup (semicolon separated, the band first),
RSVPs, "Ticket Clicks", "Tracked Fans Nearby", Status (Upcoming, Past, Cancelled), "Ticket Type" (Paid, Free, Sold
Out), "Ticket Price" as "$25.00" (blank when free) and Capacity; the FDA 510(k) premarket notification file
(pmn96cur.txt as CSV, 1,800 submissions received 2023-2024) with KNUMBER ("K231234"), upper-case APPLICANT, CONTACT,
CITY, STATE (blank outside the US), COUNTRY_CODE, ZIP, DEVICENAME, DATERECEIVED and DECISIONDATE as "03/14/2023",
DECISION (SESE, SESD, SESK, SESU, SN, DENG), REVIEWADVISECOMM (CV, OR, RA, GU, SU, HO, NE, DE, CH), PRODUCTCODE,
STATEORSUMM (Summary, Statement), CLASSADVISECOMM, SSPINDICATOR (blank), TYPE (Traditional, Special, Abbreviated),
THIRDPARTY Y / N and EXPEDITEDREVIEW (Y or blank); a Philips Hue event history exported with a third-party app
(March 2024, about 1,200 events) with Timestamp as "2024-03-01 07:15:22", Room (Living Room, Bedroom, Kitchen,
Hallway, Office), Device ("Kitchen Spot 2", "Hallway Sensor"), "Device Type" (Light, Motion Sensor, Dimmer Switch,
Smart Plug), Event (on, off, motion detected, no motion, button press, brightness change), "Brightness (%)", "Color
Temp (K)", "Sensor Temperature (°C)", "Light Level (lux)" and "Battery (%)", each blank where the device does not
have it; Globe at Night sky brightness observations (one year, 1,600 rows) with ID, ObsType (SQM, Naked-eye),
Latitude, Longitude, "Elevation(m)", LocalDate as "2023-03-14", LocalTime as "21:05", UTDate, UTTime, LimitingMag
(0-7, -9999 when not given), SQMReading (blank for naked-eye), SQMSerial, CloudCover (clear, 1/4 of sky, 1/2 of
sky, over 1/2 of sky), Constellation, SkyComment and LocationComment (mostly blank) and Country ("United States");
an Expedia account trips download (2019-2025, about 420 rows) with "Itinerary Number" (13 digits, repeated when a
flight and hotel were booked together), "Booking Date" and "Start Date" / "End Date" as "2023-03-14", Product
(Hotel, Flight, Car, Package, Activity), Destination, Nights (blank for flights and activities), Travelers, "Total
Price" with cents, Currency (USD, EUR, GBP), "OneKeyCash Earned", Status (Completed, Cancelled, Upcoming), Refundable
Yes / No and Provider (airline, hotel or rental company); and the FAA runway incursions database (ASIAS download,
2019-2023, 1,500 events) with "Event Date" as "03/14/2021", "Event Local Time" as "1432", "LOC ID", "Airport Name",
State, "FAA Region" (AEA, AGL, ANE, ANM, ASO, ASW, AWP, ACE), "Incursion Type" (Operational Incident, Pilot
Deviation, Vehicle/Pedestrian Deviation), Severity (A, B, C, D, E for undetermined), "Aircraft 1 Make/Model",
"Aircraft 1 Operation" (Part 121, Part 135, Part 91), "Aircraft 2 Make/Model" (blank when single aircraft), "Closest
Horizontal (ft)" and "Closest Vertical (ft)" (blank for some), "Tower Operating" Y / N and Weather (VMC, IMC). All
are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, has, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$25.00", commas and blanks read as numbers or missing)."""
    text = df[col].astype("string").str.replace(r"[$,]", "", regex=True).str.strip()
    return pd.to_numeric(text, errors="coerce")


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "7 AM", "7am", "7:00 a.m.", "07:00", "19:00", "hour 19"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "a\\.?m\\.?" if h < 12 else "p\\.?m\\.?"
        patterns = [
            rf"(?<![\d:]){h12}(?::00)?\s*{half}",
            rf"(?<![\d:.]){h:02d}:00",
            rf"(?<![\d:.]){h}:00",
            rf"\bhour\s+{h}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Backblaze Drive Stats (raw daily rows) --------------------------------------------------------------------

_BB_MODELS = {
    "ST12000NM0008": (12000138625024, "ZJV", 9),
    "TOSHIBA MG07ACA14TA": (14000519643136, "X0", 7),
    "HGST HUH721212ALN604": (12000138625024, "8HG", 6),
    "WDC WUH721816ALE6L4": (16000900661248, "2PG", 6),
}
_BB_FAILS = {"ST12000NM0008": 3, "TOSHIBA MG07ACA14TA": 1, "HGST HUH721212ALN604": 1, "WDC WUH721816ALE6L4": 0}
_BB_DCS = {"sac0": (1, 0), "sac2": (2, 1), "phx1": (3, 2), "ams5": (4, 3), "iad1": (5, 4)}
_SMART = ["smart_5_raw", "smart_9_raw", "smart_194_raw", "smart_197_raw"]


def _backblaze_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22401)
    days = pd.date_range("2024-01-01", "2024-03-31", freq="D")
    dc_temp = {"sac0": 0.0, "sac2": 1.5, "phx1": 3.5, "ams5": -2.0, "iad1": 0.8}
    rows = []
    for model, (cap, prefix, n) in _BB_MODELS.items():
        failing = set(rng.choice(n, size=_BB_FAILS[model], replace=False).tolist())
        for k in range(n):
            serial = prefix + "".join(rng.choice(list("ABCDEFGHJKLMNPQRSTVWXYZ0123456789"), size=6))
            dc = _one(rng, list(_BB_DCS))
            cluster, vault = _BB_DCS[dc]
            pod = int(rng.integers(0, 20))
            slot = int(rng.integers(0, 60))
            hours = int(rng.integers(3000, 42000))
            realloc = int(rng.poisson(hours / 8000)) if rng.random() < 0.5 else 0
            base_t = 27 + dc_temp[dc] + rng.normal(0, 1.5)
            last = len(days) - 1
            if k in failing:
                last = int(rng.integers(15, len(days) - 5))
            pending = 0
            for i, d in enumerate(days[: last + 1]):
                if k in failing and i > last - 12:
                    realloc += int(rng.poisson(6))
                    pending += int(rng.poisson(2))
                blank = rng.random() < 0.03
                row: dict[str, Any] = {
                    "date": f"{d:%Y-%m-%d}",
                    "serial_number": serial,
                    "model": model,
                    "capacity_bytes": cap if rng.random() > 0.02 else -1,
                    "failure": int(k in failing and i == last),
                    "datacenter": dc,
                    "cluster_id": cluster,
                    "vault_id": 1000 + 10 * vault + pod // 10,
                    "pod_id": pod,
                    "pod_slot_num": slot,
                    "is_legacy_format": 0,
                }
                if not blank:
                    row |= {
                        "smart_5_raw": realloc,
                        "smart_9_raw": hours + 24 * i,
                        "smart_194_raw": round(float(base_t + rng.normal(0, 1.2))),
                        "smart_197_raw": pending,
                    }
                rows.append(row)
    df = pd.DataFrame(rows).sort_values(["date", "serial_number"], kind="stable").reset_index(drop=True)
    for c in _SMART:
        df[c] = df[c].astype("Int64")
    return df


_BB_QS = [
    Q(
        "how many drives failed",
        _count(lambda df: int(df["failure"].sum())),
        ("failure", "serial_number"),
    ),
    Q(
        "which model had the most failures?",
        _lead(_named(lambda df: _top(df.groupby("model")["failure"].sum()))),
        ("model", "failure", "serial_number"),
    ),
    Q(
        "what's the average drive temp",
        either(_about(lambda df: df["smart_194_raw"].mean()), _about(lambda df: df["smart_194_raw"].median())),
        ("smart_194_raw",),
    ),
    Q(
        "and per datacenter?",
        has(lambda df: df.groupby("datacenter")["smart_194_raw"].mean().to_numpy(), rel=0.005),
        ("smart_194_raw", "datacenter"),
    ),
    Q(
        "do older drives (more power on hours) have more reallocated sectors",
        _corr(lambda df: df["smart_9_raw"].astype(float), lambda df: df["smart_5_raw"].astype(float)),
        ("smart_9_raw", "smart_5_raw"),
    ),
    Q(
        "how many rows have no smart data",
        either(
            _count(lambda df: int(df[_SMART].isna().all(axis=1).sum())),
            _count(lambda df: int(df[_SMART].isna().sum().sum())),
        ),
        ("date", "serial_number", *_SMART),
    ),
]


# --- 2. Bandsintown for Artists event export ----------------------------------------------------------------------

_BIT_BAND = "The Lantern Years"
_BIT_SUPPORT = {"Hollow Coast": 14, "June Parade": 10, "Static Bloom": 7, "The Wild Reeds": 6, "Paper Moons": 5}
_BIT_SUPPORT |= {"Neon Harbor": 4, "Glass Animals Club": 3, "Dry Creek": 3}
_BIT_PLACES = [
    ("Chicago", "IL", "United States", "Thalia Hall", 800),
    ("Brooklyn", "NY", "United States", "Music Hall of Williamsburg", 650),
    ("Los Angeles", "CA", "United States", "The Echo", 350),
    ("Austin", "TX", "United States", "Mohawk", 900),
    ("Denver", "CO", "United States", "Bluebird Theater", 550),
    ("Seattle", "WA", "United States", "Neumos", 650),
    ("Nashville", "TN", "United States", "The Basement East", 400),
    ("Philadelphia", "PA", "United States", "Union Transfer", 1000),
    ("Portland", "OR", "United States", "Doug Fir Lounge", 300),
    ("Toronto", "ON", "Canada", "Lee's Palace", 500),
    ("Montreal", "QC", "Canada", "Bar Le Ritz PDB", 300),
    ("London", "England", "United Kingdom", "Omeara", 320),
    ("Manchester", "England", "United Kingdom", "Gorilla", 600),
    ("Berlin", "Berlin", "Germany", "Lido", 550),
    ("Amsterdam", "North Holland", "Netherlands", "Paradiso Noord", 350),
    ("Paris", "Ile-de-France", "France", "Le Point Ephemere", 300),
]


def _bandsintown_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22402)
    year_n = {2019: 48, 2020: 9, 2021: 31, 2022: 66, 2023: 74, 2024: 61, 2025: 51}
    today = pd.Timestamp("2025-03-01")
    rows = []
    for year, n in year_n.items():
        for _ in range(n):
            d = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            city, region, country, venue, cap = _BIT_PLACES[
                int(rng.choice(len(_BIT_PLACES), p=np.array([6, 6, 6, 5, 4, 4, 4, 4, 3, 3, 2, 4, 2, 2, 2, 2]) / 59))
            ]
            openers = list(_BIT_SUPPORT)
            w = np.array(list(_BIT_SUPPORT.values()), dtype=float)
            k = int(rng.choice([0, 1, 2], p=[0.2, 0.6, 0.2]))
            lineup = [_BIT_BAND, *rng.choice(openers, size=k, replace=False, p=w / w.sum()).tolist()]
            fans = int(rng.integers(150, 6000))
            status = "Upcoming" if d >= today else "Past"
            if rng.random() < (0.5 if year == 2020 else 0.06):
                status = "Cancelled"
            free = rng.random() < 0.07
            price = round(float(np.clip(rng.normal(18 + 1.5 * (year - 2019) + cap / 200, 4), 10, 45)))
            sold_out = not free and rng.random() < (0.18 if status != "Upcoming" else 0.08)
            rsvps = int(fans * rng.uniform(0.02, 0.09))
            clicks = int(rsvps * rng.uniform(0.8, 2.5) + fans * rng.uniform(0.005, 0.02))
            rows.append(
                {
                    "Event Date": f"{d:%Y-%m-%d}",
                    "Start Time": _one(rng, ["7:00 PM", "7:30 PM", "8:00 PM", "8:30 PM", "9:00 PM"], [2, 2, 5, 2, 2]),
                    "Venue": venue,
                    "City": city,
                    "Region": region,
                    "Country": country,
                    "Lineup": ";".join(lineup),
                    "RSVPs": rsvps,
                    "Ticket Clicks": clicks,
                    "Tracked Fans Nearby": fans,
                    "Status": status,
                    "Ticket Type": "Free" if free else ("Sold Out" if sold_out else "Paid"),
                    "Ticket Price": "" if free else f"${price:.2f}",
                    "Capacity": cap,
                }
            )
    df = pd.DataFrame(rows).sort_values("Event Date", kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _bit_support(df: pd.DataFrame) -> pd.Series:
    acts = df["Lineup"].dropna().astype(str).str.split(";").explode().str.strip()
    return acts[(acts != _BIT_BAND) & (acts != "")]


def _bit_years(df: pd.DataFrame, drop_cancelled: bool) -> pd.Series:
    d = df[df["Status"] != "Cancelled"] if drop_cancelled else df
    return pd.to_datetime(d["Event Date"]).dt.year.value_counts()


def _bit_upcoming(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Status"] == "Upcoming"]


_BIT_QS = [
    Q(
        "how many shows got cancelled",
        _count(lambda df: int((df["Status"] == "Cancelled").sum())),
        ("Status",),
    ),
    Q(
        "what do tickets usually cost",
        either(
            _about(lambda df: _num(df, "Ticket Price").mean()),
            _about(lambda df: _num(df, "Ticket Price").median()),
        ),
        ("Ticket Price", "Ticket Type"),
    ),
    Q(
        "which band have we shared the bill with most",
        _lead(_named(lambda df: _top(_bit_support(df).value_counts()))),
        ("Lineup",),
    ),
    Q(
        "which year did we play the most shows",
        either(_year(lambda df: _top(_bit_years(df, False))), _year(lambda df: _top(_bit_years(df, True)))),
        ("Event Date", "Status"),
    ),
    Q(
        "total rsvps for the upcoming shows?",
        _count(lambda df: int(_bit_upcoming(df)["RSVPs"].sum())),
        ("RSVPs", "Status"),
    ),
    Q(
        "and ticket clicks?",
        _count(lambda df: int(_bit_upcoming(df)["Ticket Clicks"].sum())),
        ("Ticket Clicks", "Status"),
    ),
]


# --- 3. FDA 510(k) premarket notifications ------------------------------------------------------------------------

_FDA_PANELS = {"CV": 16, "OR": 17, "RA": 14, "GU": 7, "SU": 13, "HO": 8, "NE": 7, "DE": 9, "CH": 9}
_FDA_CODES = {"CV": ["DQY", "DXN", "DRG"], "OR": ["HWC", "MNI", "OVE"], "RA": ["LLZ", "QIH", "JAK"]}
_FDA_CODES |= {"GU": ["FGE", "KNT"], "SU": ["GEI", "FRO", "GAW"], "HO": ["FRN", "KZD"], "NE": ["GWQ", "HCG"]}
_FDA_CODES |= {"DE": ["DZE", "EBI", "NHA"], "CH": ["CGA", "JJX"]}
_FDA_DEVICES = {"CV": ["Catheter", "Blood Pressure Monitor", "Guidewire"], "OR": ["Pedicle Screw System", "Knee"]}
_FDA_DEVICES |= {"RA": ["Image Processing Software", "X-Ray System", "Ultrasound System"]}
_FDA_DEVICES |= {"GU": ["Urological Catheter", "Hemodialysis System"], "SU": ["Electrosurgical Generator", "Suture"]}
_FDA_DEVICES |= {"HO": ["Infusion Pump", "Hospital Bed"], "NE": ["EEG System", "Nerve Stimulator"]}
_FDA_DEVICES |= {"DE": ["Dental Implant", "Aligner", "Resin Composite"], "CH": ["Glucose Test System", "Assay"]}
_FDA_US = [
    ("MEDTRONIC, INC.", "MINNEAPOLIS", "MN", "55432"),
    ("STRYKER CORPORATION", "KALAMAZOO", "MI", "49002"),
    ("BOSTON SCIENTIFIC CORPORATION", "MARLBOROUGH", "MA", "01752"),
    ("BECTON, DICKINSON AND COMPANY", "FRANKLIN LAKES", "NJ", "07417"),
    ("ZIMMER BIOMET", "WARSAW", "IN", "46580"),
    ("GE MEDICAL SYSTEMS, LLC", "WAUKESHA", "WI", "53188"),
    ("ALIGN TECHNOLOGY, INC.", "SAN JOSE", "CA", "95134"),
    ("ABBOTT LABORATORIES", "ABBOTT PARK", "IL", "60064"),
    ("BAXTER HEALTHCARE CORPORATION", "DEERFIELD", "IL", "60015"),
    ("NUVASIVE, INC.", "SAN DIEGO", "CA", "92121"),
]
_FDA_FOREIGN = [
    ("SIEMENS HEALTHCARE GMBH", "ERLANGEN", "DE", "91052"),
    ("SHENZHEN MINDRAY BIO-MEDICAL ELECTRONICS CO., LTD.", "SHENZHEN", "CN", "518057"),
    ("KONINKLIJKE PHILIPS N.V.", "BEST", "NL", "5684 PC"),
    ("OLYMPUS MEDICAL SYSTEMS CORP.", "TOKYO", "JP", "192-8507"),
    ("OSSTEM IMPLANT CO., LTD.", "SEOUL", "KR", "07789"),
    ("JIANGSU YUYUE MEDICAL EQUIPMENT & SUPPLY CO., LTD.", "DANYANG", "CN", "212300"),
]
_FDA_FIRST = ["JOHN", "MARY", "DAVID", "SARAH", "MICHAEL", "LINDA", "WEI", "KENJI", "ANNA", "ROBERT", "PRIYA"]
_FDA_LAST = ["SMITH", "JOHNSON", "LEE", "BROWN", "GARCIA", "MILLER", "CHEN", "TANAKA", "MUELLER", "PATEL", "KIM"]


def _fda_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22403)
    panels = list(_FDA_PANELS)
    pw = np.array(list(_FDA_PANELS.values()), dtype=float)
    month_w = np.array([9, 8, 10, 9, 9, 11, 8, 8, 10, 9, 8, 12, 10, 9, 11, 10, 10, 9, 9, 9, 10, 9, 8, 11], dtype=float)
    rows = []
    used: set[int] = set()
    for _ in range(1800):
        m = int(rng.choice(24, p=month_w / month_w.sum()))
        received = pd.Timestamp(2023 + m // 12, m % 12 + 1, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
        panel = panels[int(rng.choice(len(panels), p=pw / pw.sum()))]
        foreign = rng.random() < 0.36
        applicant, city, cc_or_state, zipc = (
            _FDA_FOREIGN[int(rng.integers(len(_FDA_FOREIGN)))] if foreign else _FDA_US[int(rng.integers(len(_FDA_US)))]
        )
        if not foreign and rng.random() < 0.4:
            applicant = _one(rng, ["ACME", "NOVA", "APEX", "BRIGHT", "SUMMIT", "VERTEX"]) + " MEDICAL, INC."
        third = rng.random() < 0.12
        kind = _one(rng, ["Traditional", "Special", "Abbreviated"], [78, 19, 3])
        days = rng.gamma(2.2, 55) + (20 if kind == "Traditional" else -25)
        if third:
            days *= 0.45
        days = int(np.clip(days, 12, 520))
        decision = _one(rng, ["SESE", "SESD", "SESK", "SESU", "SN", "DENG"], [84, 5, 5, 3, 2, 1])
        while True:
            num = int(rng.integers(1000, 4000))
            key = (received.year % 100) * 10000 + num
            if key not in used:
                used.add(key)
                break
        rows.append(
            {
                "KNUMBER": f"K{key:06d}",
                "APPLICANT": applicant,
                "CONTACT": f"{_one(rng, _FDA_FIRST)} {_one(rng, _FDA_LAST)}",
                "CITY": city,
                "STATE": "" if foreign else cc_or_state,
                "COUNTRY_CODE": cc_or_state if foreign else "US",
                "ZIP": zipc,
                "DEVICENAME": _one(rng, _FDA_DEVICES[panel]),
                "DATERECEIVED": f"{received:%m/%d/%Y}",
                "DECISIONDATE": f"{received + pd.Timedelta(days=days):%m/%d/%Y}",
                "DECISION": decision,
                "REVIEWADVISECOMM": panel,
                "PRODUCTCODE": _one(rng, _FDA_CODES[panel]),
                "STATEORSUMM": _one(rng, ["Summary", "Statement"], [93, 7]),
                "CLASSADVISECOMM": panel if rng.random() > 0.05 else _one(rng, panels),
                "SSPINDICATOR": "",
                "TYPE": kind,
                "THIRDPARTY": "Y" if third else "N",
                "EXPEDITEDREVIEW": "Y" if rng.random() < 0.01 else "",
            }
        )
    df = pd.DataFrame(rows).sort_values("KNUMBER", kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _fda_days(df: pd.DataFrame) -> pd.Series:
    got = pd.to_datetime(df["DATERECEIVED"], format="%m/%d/%Y")
    return (pd.to_datetime(df["DECISIONDATE"], format="%m/%d/%Y") - got).dt.days


def _fda_third(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["THIRDPARTY"] == "Y"]


def _fda_busiest(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["DATERECEIVED"], format="%m/%d/%Y").dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


_FDA_QS = [
    Q(
        "which review panel gets the most submissions",
        _lead(_named(lambda df: _top(df["REVIEWADVISECOMM"].value_counts()))),
        ("REVIEWADVISECOMM", "KNUMBER"),
    ),
    Q(
        "how long does a decision take on average, in days",
        either(_about(lambda df: _fda_days(df).mean()), _about(lambda df: _fda_days(df).median())),
        ("DATERECEIVED", "DECISIONDATE"),
    ),
    Q(
        "what about the ones reviewed by a third party",
        either(
            _about(lambda df: _fda_days(_fda_third(df)).mean()),
            _about(lambda df: _fda_days(_fda_third(df)).median()),
        ),
        ("DATERECEIVED", "DECISIONDATE", "THIRDPARTY"),
    ),
    Q(
        "what percent of decisions are SESE",
        _share(lambda df: float((df["DECISION"] == "SESE").mean())),
        ("DECISION",),
    ),
    Q(
        "how many submissions came from companies outside the us",
        _count(lambda df: int((df["COUNTRY_CODE"] != "US").sum())),
        ("COUNTRY_CODE", "APPLICANT", "KNUMBER"),
    ),
    Q(
        "which month had the most submissions come in",
        month_year(_fda_busiest),
        ("DATERECEIVED", "KNUMBER"),
    ),
]


# --- 4. Philips Hue event history ---------------------------------------------------------------------------------

_HUE_DEVICES = [
    ("Living Room", "Living Room Ceiling 1", "Light"),
    ("Living Room", "Living Room Ceiling 2", "Light"),
    ("Living Room", "Floor Lamp", "Light"),
    ("Living Room", "Living Room Dimmer", "Dimmer Switch"),
    ("Living Room", "TV Plug", "Smart Plug"),
    ("Bedroom", "Bedside Left", "Light"),
    ("Bedroom", "Bedside Right", "Light"),
    ("Bedroom", "Bedroom Dimmer", "Dimmer Switch"),
    ("Kitchen", "Kitchen Spot 1", "Light"),
    ("Kitchen", "Kitchen Spot 2", "Light"),
    ("Kitchen", "Kitchen Sensor", "Motion Sensor"),
    ("Hallway", "Hallway Light", "Light"),
    ("Hallway", "Hallway Sensor", "Motion Sensor"),
    ("Office", "Desk Lamp", "Light"),
    ("Office", "Office Sensor", "Motion Sensor"),
    ("Office", "Coffee Plug", "Smart Plug"),
]
_HUE_ROOM_T = {"Kitchen": 21.4, "Hallway": 18.6, "Office": 20.2}
_HUE_BATTERY_START = {"Living Room Dimmer": 88, "Bedroom Dimmer": 64, "Kitchen Sensor": 71, "Hallway Sensor": 47}
_HUE_BATTERY_START |= {"Office Sensor": 93}


def _hue_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22404)
    start = pd.Timestamp("2024-03-01")
    rows = []
    rates = {"Light": 2.2, "Motion Sensor": 3.4, "Dimmer Switch": 1.3, "Smart Plug": 1.0}
    hour_w = np.array([1, 0.5, 0.3, 0.2, 0.2, 0.5, 3, 6, 4, 2, 1.5, 1.5, 2, 1.5, 1.5, 2, 2.5, 4, 6, 7, 6, 5, 4, 2])
    for room, device, kind in _HUE_DEVICES:
        battery = float(_HUE_BATTERY_START.get(device, 0))
        for day in range(31):
            n = int(rng.poisson(rates[kind] * (1.6 if room == "Hallway" else 1.0)))
            hours = np.sort(rng.choice(24, size=n, p=hour_w / hour_w.sum()))
            battery -= rng.uniform(0.1, 0.6)
            for h in hours:
                t = start + pd.Timedelta(days=day, hours=int(h), seconds=int(rng.integers(0, 3600)))
                row: dict[str, Any] = {"Timestamp": t, "Room": room, "Device": device, "Device Type": kind}
                if kind == "Light":
                    ev = _one(rng, ["on", "off", "brightness change"], [5, 5, 2])
                    row["Event"] = ev
                    if ev != "off":
                        evening = h >= 19 or h < 6
                        row["Brightness (%)"] = int(np.clip(rng.normal(45 if evening else 80, 18), 1, 100))
                        row["Color Temp (K)"] = int(round(rng.normal(2700 if evening else 4000, 300), -1))
                elif kind == "Motion Sensor":
                    row["Event"] = _one(rng, ["motion detected", "no motion"], [3, 2])
                    row["Sensor Temperature (°C)"] = round(float(rng.normal(_HUE_ROOM_T[room], 0.9)), 1)
                    lux = rng.lognormal(5.0 if 8 <= h <= 17 else 2.0, 0.7)
                    row["Light Level (lux)"] = int(lux)
                    row["Battery (%)"] = int(max(battery, 1))
                elif kind == "Dimmer Switch":
                    row["Event"] = "button press"
                    row["Battery (%)"] = int(max(battery, 1))
                else:
                    row["Event"] = _one(rng, ["on", "off"])
                rows.append(row)
    df = pd.DataFrame(rows).sort_values("Timestamp", kind="stable").reset_index(drop=True)
    df["Timestamp"] = df["Timestamp"].dt.strftime("%Y-%m-%d %H:%M:%S")
    cols = ["Timestamp", "Room", "Device", "Device Type", "Event", "Brightness (%)", "Color Temp (K)"]
    cols += ["Sensor Temperature (°C)", "Light Level (lux)", "Battery (%)"]
    df = df[cols]
    for c in ("Brightness (%)", "Color Temp (K)", "Light Level (lux)", "Battery (%)"):
        df[c] = df[c].astype("Int64")
    return df


def _hue_motion(room: str) -> Callable[[pd.DataFrame], int]:
    return lambda df: int(((df["Event"] == "motion detected") & (df["Room"] == room)).sum())


def _hue_on_hour(df: pd.DataFrame) -> int:
    on = df[(df["Event"] == "on") & (df["Device Type"] == "Light")]
    return int(_top(pd.to_datetime(on["Timestamp"]).dt.hour.value_counts()))


def _hue_on_hour_any(df: pd.DataFrame) -> int:
    on = df[df["Event"] == "on"]
    return int(_top(pd.to_datetime(on["Timestamp"]).dt.hour.value_counts()))


def _hue_low_device(df: pd.DataFrame) -> str:
    return str(df.loc[df["Battery (%)"].astype(float).idxmin(), "Device"])


_HUE_QS = [
    Q(
        "how many times was motion picked up in the hallway",
        _count(_hue_motion("Hallway")),
        ("Event", "Room"),
    ),
    Q(
        "and in the kitchen?",
        _count(_hue_motion("Kitchen")),
        ("Event", "Room"),
    ),
    Q(
        "average brightness of the lights",
        either(
            _about(lambda df: df["Brightness (%)"].mean()),
            _about(lambda df: df["Brightness (%)"].median()),
        ),
        ("Brightness (%)", "Device Type"),
    ),
    Q(
        "what temperature do the sensors read in each room",
        has(lambda df: df.groupby("Room")["Sensor Temperature (°C)"].mean().dropna().to_numpy(), rel=0.005),
        ("Sensor Temperature (°C)", "Room"),
    ),
    Q(
        "which device has the lowest battery",
        _lead(_named(_hue_low_device)),
        ("Battery (%)", "Device"),
    ),
    Q(
        "what time of day do the lights get turned on the most",
        either(_hour(_hue_on_hour), _hour(_hue_on_hour_any)),
        ("Timestamp", "Event", "Device Type"),
    ),
]


# --- 5. Globe at Night observations -------------------------------------------------------------------------------

_GAN_PLACES = [
    ("United States", 38.0, -97.0, 8.0, 12.0, 38),
    ("Germany", 50.5, 10.0, 2.0, 3.0, 9),
    ("Spain", 40.0, -3.7, 2.0, 3.0, 8),
    ("Chile", -33.0, -70.7, 3.0, 1.0, 7),
    ("Canada", 45.5, -75.0, 2.0, 5.0, 7),
    ("Japan", 35.6, 139.7, 2.0, 2.0, 6),
    ("United Kingdom", 52.5, -1.5, 1.5, 1.5, 6),
    ("Mexico", 20.5, -100.0, 2.0, 3.0, 5),
    ("Australia", -33.8, 151.0, 2.0, 2.0, 4),
    ("India", 21.0, 78.0, 4.0, 4.0, 4),
]
_GAN_CONST = {1: "Orion", 2: "Orion", 3: "Leo", 4: "Leo", 5: "Bootes", 6: "Hercules", 7: "Cygnus", 8: "Cygnus"}
_GAN_CONST |= {9: "Pegasus", 10: "Perseus", 11: "Perseus", 12: "Orion"}
_GAN_CLOUD = ["clear", "1/4 of sky", "1/2 of sky", "over 1/2 of sky"]


def _gan_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22405)
    month_w = np.array([14, 15, 16, 11, 7, 5, 5, 7, 9, 10, 9, 8], dtype=float)
    pw = np.array([p[5] for p in _GAN_PLACES], dtype=float)
    rows = []
    for i in range(1600):
        country, lat0, lon0, dlat, dlon, _ = _GAN_PLACES[int(rng.choice(len(_GAN_PLACES), p=pw / pw.sum()))]
        month = int(rng.choice(12, p=month_w / month_w.sum())) + 1
        day = int(rng.integers(1, 29))
        minutes = int(rng.integers(19 * 60, 24 * 60 + 90)) % (24 * 60)
        local = pd.Timestamp(2023, month, day) + pd.Timedelta(minutes=minutes)
        if minutes < 12 * 60:
            local += pd.Timedelta(days=1)
        offset = round(lon0 / 15)
        ut = local - pd.Timedelta(hours=offset)
        south = lat0 < 0
        const = ("Crux" if month in (3, 4, 5, 6) else "Orion") if south else _GAN_CONST[month]
        elev = int(max(0, rng.gamma(1.5, 300 if country != "Chile" else 900)))
        urban = rng.beta(2, 2)
        cloud = _one(rng, _GAN_CLOUD, [55, 20, 13, 12])
        cloud_k = _GAN_CLOUD.index(cloud)
        sqm = rng.random() < 0.3
        mag = float(np.clip(6.2 - 3.8 * urban - 0.35 * cloud_k + 0.0002 * elev + rng.normal(0, 0.4), 0, 7))
        reading = 21.8 - 4.0 * urban - 0.45 * cloud_k + 0.00025 * elev + rng.normal(0, 0.3)
        rows.append(
            {
                "ID": 310000 + i * 3 + int(rng.integers(0, 3)),
                "ObsType": "SQM" if sqm else "Naked-eye",
                "Latitude": round(lat0 + rng.uniform(-dlat, dlat), 4),
                "Longitude": round(lon0 + rng.uniform(-dlon, dlon), 4),
                "Elevation(m)": elev,
                "LocalDate": f"{local:%Y-%m-%d}",
                "LocalTime": f"{local:%H:%M}",
                "UTDate": f"{ut:%Y-%m-%d}",
                "UTTime": f"{ut:%H:%M}",
                "LimitingMag": round(float(mag)) if rng.random() > 0.12 else -9999,
                "SQMReading": round(float(reading), 2) if sqm else np.nan,
                "SQMSerial": str(int(rng.integers(1000, 9999))) if sqm and rng.random() > 0.2 else "",
                "CloudCover": cloud,
                "Constellation": const,
                "SkyComment": _one(rng, ["", "", "", "", "hazy", "moon up", "street lights nearby"]),
                "LocationComment": _one(rng, ["", "", "", "", "backyard", "park", "rooftop"]),
                "Country": country,
            }
        )
    df = pd.DataFrame(rows).sort_values(["LocalDate", "LocalTime"], kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _gan_mag(df: pd.DataFrame) -> pd.Series:
    return df.loc[df["LimitingMag"] != -9999, "LimitingMag"]


def _gan_busiest(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["LocalDate"]).dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


def _gan_cloud_means(df: pd.DataFrame) -> Any:
    means = df.groupby("CloudCover")["SQMReading"].mean()
    return means[["clear", "over 1/2 of sky"]].to_numpy()


_GAN_QS = [
    Q(
        "how many observations were made with a meter",
        _count(lambda df: int((df["ObsType"] == "SQM").sum())),
        ("ObsType",),
    ),
    Q(
        "what's the average limiting magnitude",
        either(_about(lambda df: _gan_mag(df).mean()), _about(lambda df: _gan_mag(df).median())),
        ("LimitingMag",),
    ),
    Q(
        "and just for the united states?",
        either(
            _about(lambda df: _gan_mag(df[df["Country"] == "United States"]).mean()),
            _about(lambda df: _gan_mag(df[df["Country"] == "United States"]).median()),
        ),
        ("LimitingMag", "Country"),
    ),
    Q(
        "which country besides the us sent in the most observations",
        _lead(_named(lambda df: _top(df.loc[df["Country"] != "United States", "Country"].value_counts()))),
        ("Country", "ID"),
    ),
    Q(
        "which month had the most observations",
        month_year(_gan_busiest),
        ("LocalDate", "ID"),
    ),
    Q(
        "compare the sqm readings on clear nights vs when over half the sky was cloudy",
        has(_gan_cloud_means, rel=0.002),
        ("SQMReading", "CloudCover"),
    ),
]


# --- 6. Expedia trip history --------------------------------------------------------------------------------------

_EX_DEST = {"Las Vegas, NV": 10, "New York, NY": 12, "Orlando, FL": 8, "Cancun, Mexico": 7, "London, England": 6}
_EX_DEST |= {"Paris, France": 5, "Chicago, IL": 6, "Denver, CO": 5, "Honolulu, HI": 4, "Rome, Italy": 4}
_EX_DEST |= {"San Diego, CA": 5, "Miami, FL": 6}
_EX_FOREIGN = {"London, England": "GBP", "Paris, France": "EUR", "Rome, Italy": "EUR"}
_EX_PROVIDERS = {
    "Hotel": ["Marriott", "Hilton", "Hyatt Regency", "Holiday Inn Express", "Best Western Plus", "Ibis"],
    "Flight": ["Delta Air Lines", "United Airlines", "American Airlines", "Southwest Airlines", "British Airways"],
    "Car": ["Hertz", "Enterprise", "Avis", "Budget", "Sixt"],
    "Package": ["Expedia Package"],
    "Activity": ["Viator", "GetYourGuide", "City Sightseeing"],
}


def _expedia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22406)
    today = pd.Timestamp("2025-02-15")
    dests = list(_EX_DEST)
    dw = np.array(list(_EX_DEST.values()), dtype=float)
    rows = []
    used: set[str] = set()
    year_w = {2019: 40, 2020: 12, 2021: 30, 2022: 55, 2023: 68, 2024: 61, 2025: 14}
    for year, trips in year_w.items():
        for _ in range(trips):
            booked = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365 if year < 2025 else 45)))
            while True:
                itin = str(int(rng.integers(7_100_000_000_000, 7_399_999_999_999)))
                if itin not in used:
                    used.add(itin)
                    break
            dest = dests[int(rng.choice(len(dests), p=dw / dw.sum()))]
            start = booked + pd.Timedelta(days=int(rng.integers(5, 120)))
            nights = int(np.clip(rng.poisson(3.5), 1, 12))
            travelers = int(rng.choice([1, 2, 3, 4], p=[0.35, 0.45, 0.1, 0.1]))
            cur = _EX_FOREIGN.get(dest, "USD") if rng.random() < 0.7 else "USD"
            cancelled = rng.random() < (0.35 if year == 2020 else 0.08)
            products = [_one(rng, [["Hotel"], ["Flight"], ["Flight", "Hotel"], ["Package"], ["Flight", "Car"]])]
            products = products[0] + (["Activity"] if rng.random() < 0.12 else [])
            for prod in products:
                if prod == "Hotel":
                    price = nights * travelers**0.3 * rng.uniform(110, 260)
                elif prod == "Flight":
                    price = travelers * rng.uniform(160, 650)
                elif prod == "Car":
                    price = nights * rng.uniform(38, 85)
                elif prod == "Package":
                    price = travelers * rng.uniform(160, 650) + nights * rng.uniform(110, 260)
                else:
                    price = travelers * rng.uniform(35, 140)
                status = "Cancelled" if cancelled else ("Upcoming" if start > today else "Completed")
                end = start + pd.Timedelta(days=nights if prod != "Activity" else 0)
                rows.append(
                    {
                        "Itinerary Number": itin,
                        "Booking Date": f"{booked:%Y-%m-%d}",
                        "Product": prod,
                        "Destination": dest,
                        "Start Date": f"{start:%Y-%m-%d}",
                        "End Date": f"{end:%Y-%m-%d}",
                        "Nights": nights if prod in ("Hotel", "Car", "Package") else np.nan,
                        "Travelers": travelers,
                        "Total Price": round(float(price), 2),
                        "Currency": cur,
                        "OneKeyCash Earned": 0.0 if cancelled else round(float(price) * 0.02, 2),
                        "Status": status,
                        "Refundable": "Yes" if prod in ("Hotel", "Car") and rng.random() < 0.6 else "No",
                        "Provider": _one(rng, _EX_PROVIDERS[prod]),
                    }
                )
    df = pd.DataFrame(rows).sort_values("Booking Date", ascending=False, kind="stable").reset_index(drop=True)
    return df.astype({"Nights": "Int64"})


def _ex_hotel_usd(drop_cancelled: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        d = df[(df["Product"] == "Hotel") & (df["Currency"] == "USD")]
        if drop_cancelled:
            d = d[d["Status"] != "Cancelled"]
        return float(d["Total Price"].sum())

    return total


def _ex_nights(df: pd.DataFrame, products: tuple[str, ...]) -> pd.Series:
    return df.loc[df["Product"].isin(products), "Nights"].astype(float)


def _ex_years(df: pd.DataFrame, trips: bool) -> pd.Series:
    d = df.drop_duplicates("Itinerary Number") if trips else df
    return pd.to_datetime(d["Booking Date"]).dt.year.value_counts()


def _ex_dest(df: pd.DataFrame, trips: bool) -> str:
    d = df.drop_duplicates("Itinerary Number") if trips else df
    return _top(d["Destination"].value_counts())


_EX_QS = [
    Q(
        "how much have i spent on hotels in usd",
        either(
            _scaled(_ex_hotel_usd(True), (1e3,), rel=0.002),
            _scaled(_ex_hotel_usd(False), (1e3,), rel=0.002),
        ),
        ("Total Price", "Product", "Currency", "Status"),
    ),
    Q(
        "how many trips did i cancel",
        either(
            _count(lambda df: int(df.loc[df["Status"] == "Cancelled", "Itinerary Number"].nunique())),
            _count(lambda df: int((df["Status"] == "Cancelled").sum())),
        ),
        ("Status", "Itinerary Number"),
    ),
    Q(
        "where do i travel to most",
        either(
            _lead(_named(lambda df: _ex_dest(df, True))),
            _lead(_named(lambda df: _ex_dest(df, False))),
        ),
        ("Destination", "Itinerary Number"),
    ),
    Q(
        "how many nights is a typical hotel stay",
        either(
            _about(lambda df: _ex_nights(df, ("Hotel",)).mean()),
            _about(lambda df: _ex_nights(df, ("Hotel",)).median()),
        ),
        ("Nights", "Product"),
    ),
    Q(
        "how much onekeycash have i earned altogether",
        _scaled(lambda df: df["OneKeyCash Earned"].sum(), (1e3,), rel=0.002),
        ("OneKeyCash Earned",),
    ),
    Q(
        "which year did i book the most",
        either(
            _year(lambda df: int(_top(_ex_years(df, True)))),
            _year(lambda df: int(_top(_ex_years(df, False)))),
        ),
        ("Booking Date", "Itinerary Number"),
    ),
]


# --- 7. FAA runway incursions -------------------------------------------------------------------------------------

_FAA_AIRPORTS = [
    ("ORD", "CHICAGO O'HARE INTL", "IL", "AGL", 9),
    ("LAX", "LOS ANGELES INTL", "CA", "AWP", 8),
    ("DFW", "DALLAS-FORT WORTH INTL", "TX", "ASW", 7),
    ("ATL", "HARTSFIELD - JACKSON ATLANTA INTL", "GA", "ASO", 7),
    ("BOS", "GENERAL EDWARD LAWRENCE LOGAN INTL", "MA", "ANE", 5),
    ("SEA", "SEATTLE-TACOMA INTL", "WA", "ANM", 5),
    ("JFK", "JOHN F KENNEDY INTL", "NY", "AEA", 6),
    ("PHL", "PHILADELPHIA INTL", "PA", "AEA", 4),
    ("MCI", "KANSAS CITY INTL", "MO", "ACE", 3),
    ("VNY", "VAN NUYS", "CA", "AWP", 6),
    ("FFZ", "FALCON FLD", "AZ", "AWP", 5),
    ("DVT", "PHOENIX DEER VALLEY", "AZ", "AWP", 5),
    ("APA", "CENTENNIAL", "CO", "ANM", 4),
    ("FXE", "FORT LAUDERDALE EXECUTIVE", "FL", "ASO", 4),
    ("PDK", "DEKALB-PEACHTREE", "GA", "ASO", 4),
    ("HPN", "WESTCHESTER COUNTY", "NY", "AEA", 3),
    ("OSH", "WITTMAN RGNL", "WI", "AGL", 2),
    ("LCK", "RICKENBACKER INTL", "OH", "AGL", 2),
]
_FAA_GA = ["CESSNA 172", "PIPER PA-28", "CIRRUS SR22", "BEECH 36", "CESSNA 182", "DIAMOND DA40"]
_FAA_AIRLINE = ["BOEING 737-800", "AIRBUS A320", "EMBRAER 175", "BOEING 757-200", "AIRBUS A321", "CRJ-900"]
_FAA_135 = ["CESSNA 208", "BEECH 1900", "PILATUS PC-12", "CESSNA 560XL"]


def _faa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22407)
    aw = np.array([a[4] for a in _FAA_AIRPORTS], dtype=float)
    year_n = {2019: 318, 2020: 241, 2021: 283, 2022: 336, 2023: 322}
    rows = []
    for year, n in year_n.items():
        for _ in range(n):
            loc, name, state, region, _ = _FAA_AIRPORTS[int(rng.choice(len(_FAA_AIRPORTS), p=aw / aw.sum()))]
            d = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            minutes = int(np.clip(rng.normal(14 * 60, 240), 0, 24 * 60 - 1))
            kind = _one(rng, ["Pilot Deviation", "Operational Incident", "Vehicle/Pedestrian Deviation"], [62, 21, 17])
            sev = _one(rng, ["A", "B", "C", "D", "E"], [1.5, 1.5, 34, 60, 3])
            big = loc in ("ORD", "LAX", "DFW", "ATL", "BOS", "SEA", "JFK", "PHL", "MCI")
            op = _one(rng, ["Part 121", "Part 135", "Part 91"], [6, 1, 3] if big else [1, 2, 7])
            model = _one(rng, {"Part 121": _FAA_AIRLINE, "Part 135": _FAA_135, "Part 91": _FAA_GA}[op])
            two = kind != "Vehicle/Pedestrian Deviation" and rng.random() < (0.95 if sev in "AB" else 0.35)
            other = _one(rng, _FAA_AIRLINE if big else _FAA_GA) if two else ""
            scale = {"A": 120, "B": 600, "C": 2500, "D": 4000, "E": 3000}[sev]
            horiz = int(round(rng.gamma(2, scale / 2), -1)) if two and rng.random() > 0.1 else np.nan
            vert = round(float(rng.gamma(1.5, 60 if sev in "AB" else 150))) if two and rng.random() > 0.5 else np.nan
            rows.append(
                {
                    "Event Date": f"{d:%m/%d/%Y}",
                    "Event Local Time": f"{minutes // 60:02d}{minutes % 60:02d}",
                    "LOC ID": loc,
                    "Airport Name": name,
                    "State": state,
                    "FAA Region": region,
                    "Incursion Type": kind,
                    "Severity": sev,
                    "Aircraft 1 Make/Model": model,
                    "Aircraft 1 Operation": op,
                    "Aircraft 2 Make/Model": other,
                    "Closest Horizontal (ft)": horiz,
                    "Closest Vertical (ft)": vert,
                    "Tower Operating": "Y" if rng.random() > 0.04 else "N",
                    "Weather": "IMC" if rng.random() < 0.11 else "VMC",
                }
            )
    df = pd.DataFrame(rows)
    df = df.iloc[pd.to_datetime(df["Event Date"], format="%m/%d/%Y").argsort(kind="stable")].reset_index(drop=True)
    df = df.replace("", np.nan)
    return df.astype({"Closest Horizontal (ft)": "Int64", "Closest Vertical (ft)": "Int64"})


def _faa_two(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Aircraft 2 Make/Model") != ""


def _faa_airport(df: pd.DataFrame) -> str:
    return _top(df["LOC ID"].value_counts())


def _faa_airport_name(df: pd.DataFrame) -> str:
    return str(df.loc[df["LOC ID"] == _faa_airport(df), "Airport Name"].iloc[0])


_FAA_QS = [
    Q(
        "how many were pilot deviations",
        _count(lambda df: int((df["Incursion Type"] == "Pilot Deviation").sum())),
        ("Incursion Type",),
    ),
    Q(
        "what share of all incursions were category A or B",
        _share(lambda df: float(df["Severity"].isin(["A", "B"]).mean())),
        ("Severity",),
    ),
    Q(
        "which airport has the most incursions",
        either(_lead(_named(_faa_airport)), _lead(_named(_faa_airport_name))),
        ("LOC ID", "Airport Name"),
    ),
    Q(
        "which year had the most incursions",
        _year(lambda df: int(_top(pd.to_datetime(df["Event Date"], format="%m/%d/%Y").dt.year.value_counts()))),
        ("Event Date",),
    ),
    Q(
        "how many involved two aircraft",
        _count(lambda df: int(_faa_two(df).sum())),
        ("Aircraft 2 Make/Model", "Aircraft 1 Make/Model"),
    ),
    Q(
        "and how many of those were in bad weather (imc)",
        _count(lambda df: int((_faa_two(df) & (df["Weather"] == "IMC")).sum())),
        ("Aircraft 2 Make/Model", "Weather"),
    ),
]


HELDOUT224: list[Dataset] = [
    Dataset("backblaze_drive_stats_daily", _backblaze_frame, _BB_QS),
    Dataset("bandsintown_artist_events", _bandsintown_frame, _BIT_QS),
    Dataset("fda_510k_premarket_notifications", _fda_frame, _FDA_QS),
    Dataset("philips_hue_event_history", _hue_frame, _HUE_QS),
    Dataset("globe_at_night_observations", _gan_frame, _GAN_QS),
    Dataset("expedia_trip_history", _expedia_frame, _EX_QS),
    Dataset("faa_runway_incursions", _faa_frame, _FAA_QS),
]
