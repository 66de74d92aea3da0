"""HELDOUT230: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of public exports an analyst is likely to bring along: a Rachio smart
sprinkler watering history export (one row per zone run, April to October 2023) with "04/01/2023" dates, Zone Name
(Front Lawn, Back Lawn, Garden Beds, Side Yard, Drip Line) beside its Zone Number, Flex Daily / Fixed Morning /
Quick Run / Manual schedules, "5:30 AM" start times, Duration (min) and Water Used (gal) written 0 on skipped runs,
Yes / No Skipped flags with a Skip Reason (Rain Skip, Wind Skip, Saturation Skip; Freeze Skip never fires in this
warm run) only on skipped rows, Precipitation (in) with a few blanks and Temperature (F); a SimpliSafe alarm history
export (2024) with "01/14/2024 11:42 PM" Date/Time stamps, Armed Away / Armed Home / Disarmed / Alarm Triggered /
Entry Sensor Opened / Motion Detected / Glass Break / Smoke Detected / Low Battery / Base Station Offline events,
Sensor Name blank for system and keypad events, Sensor Type, User as PIN names, "Master PIN" or app user names
(blank for sensor events), Off / Home / Away Mode and Alarm Cancelled filled only on alarms; an Overwatch 2
competitive match history as tracker sites export it (one row per match, seasons 7 to 9) with "2023-11-04" dates,
Competitive / Quick Play / Arcade modes, maps and map types, Tank / Damage / Support roles and heroes, Win / Loss /
Draw results, "11:42" durations, eliminations, deaths, damage and healing, "Gold 2" ranks before and after (blank
outside Competitive) and group sizes 1-5; an Iowa Environmental Mesonet ASOS hourly extract for KPHX, KDFW and KORD
in July 2023 with "2023-07-14 15:53" UTC valid times, tmpf, dwpf, relh, feel, sknt, drct, p01i (with "T" for trace),
vsby and CLR / FEW / SCT / BKN / OVC skyc1, "M" written for every missing value; an NYC 311 noise complaint extract
for 2024 with Unique Key, "01/14/2024 11:42:07 PM" Created and Closed dates (Closed blank while In Progress), NYPD /
DEP agencies, "Noise - Residential" style complaint types, descriptors, location types, Incident Zip (a few blank),
upper-case Borough with a few "Unspecified", long Resolution Description texts and Latitude / Longitude (blank where
the zip is); a Memrise-style flashcard study log (one row per session, 2023-2024) with Date, Course / Set Name,
Language or Subject, Learn / Review / Speed Review / Difficult Words / Listening modes, Cards Seen = Correct +
Incorrect, Points, Session Length (seconds), Streak (days) and iOS / Android / Web devices; and Washington State's
Electric Vehicle Population Data (data.wa.gov) with 10-char VIN (1-10) prefixes repeated across cars, County, City,
State (a few out-of-state registrations), Postal Code, Model Year, upper-case Make, Model, BEV / PHEV Electric
Vehicle Type, the three CAFV eligibility texts, Electric Range 0 when not researched, Base MSRP mostly 0,
Legislative District (blank out of state), DOL Vehicle ID and "PUGET SOUND ENERGY INC||CITY OF TACOMA - (WA)" style
Electric Utility. All are generated with fixed seeds 23001-23007.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _share
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending=ascending).index[0])


def _num(s: pd.Series) -> pd.Series:
    """A column as numbers, "M", "T" and blanks as missing."""
    return pd.to_numeric(s, errors="coerce")


def _pick(rng: np.random.Generator, options: list[Any], weights: list[float], n: int) -> np.ndarray:
    w = np.asarray(weights, dtype=float)
    return np.asarray(options, dtype=object)[rng.choice(len(options), size=n, p=w / w.sum())]


# --- 1. Rachio watering history (Rachio app CSV export) ------------------------------------------------------------

# zone: number, gallons per minute, usual minutes, schedule weights (Flex Daily, Fixed Morning, Quick Run, Manual)
_RA_ZONES: dict[str, tuple[int, float, float, list[float]]] = {
    "Front Lawn": (1, 9.5, 22, [70, 20, 6, 4]),
    "Back Lawn": (2, 11.0, 26, [70, 20, 6, 4]),
    "Garden Beds": (3, 4.0, 15, [30, 55, 5, 10]),
    "Side Yard": (4, 6.5, 12, [60, 25, 10, 5]),
    "Drip Line": (5, 1.5, 45, [20, 70, 2, 8]),
}


def _rachio_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23001)
    days = pd.date_range("2023-04-01", "2023-10-31", freq="D")
    rows = []
    for day in days:
        season = np.sin((day.dayofyear - 90) / 214 * np.pi)
        temp = round(float(58 + 30 * season + rng.normal(0, 6)), 1)
        rain = float(rng.choice([0.0, 0.0, 0.0, 0.0, rng.uniform(0.01, 0.15), rng.uniform(0.15, 1.2)]))
        for zone, (number, gpm, minutes, sched_w) in _RA_ZONES.items():
            if rng.random() > 0.45 + 0.25 * season:
                continue
            schedule = str(_pick(rng, ["Flex Daily", "Fixed Morning", "Quick Run", "Manual"], sched_w, 1)[0])
            reason = ""
            if schedule != "Manual":
                if rain > 0.15 and rng.random() < 0.85:
                    reason = "Rain Skip"
                elif temp < 40 and rng.random() < 0.8:
                    reason = "Freeze Skip"
                elif rng.random() < 0.05:
                    reason = "Wind Skip"
                elif rng.random() < 0.04:
                    reason = "Saturation Skip"
            dur = 0.0 if reason else round(max(3.0, minutes * (0.6 + 0.6 * season) + rng.normal(0, 3)), 1)
            if schedule == "Quick Run" and not reason:
                dur = round(min(dur, 10.0), 1)
            gal = round(dur * gpm * rng.uniform(0.92, 1.08), 1)
            hour = 5 if schedule != "Manual" else int(rng.integers(7, 20))
            minute = int(rng.integers(0, 60))
            h12 = hour % 12 or 12
            rows.append(
                {
                    "Date": day.strftime("%m/%d/%Y"),
                    "Zone Name": zone,
                    "Zone Number": number,
                    "Schedule": schedule,
                    "Start Time": f"{h12}:{minute:02d} {'AM' if hour < 12 else 'PM'}",
                    "Duration (min)": dur,
                    "Water Used (gal)": gal,
                    "Skipped": "Yes" if reason else "No",
                    "Skip Reason": reason or None,
                    "Precipitation (in)": None if rng.random() < 0.03 else round(rain, 2),
                    "Temperature (F)": temp,
                }
            )
    return pd.DataFrame(rows)


def _ra_month(df: pd.DataFrame) -> pd.Timestamp:
    d = pd.to_datetime(df["Date"], format="%m/%d/%Y")
    per = df.groupby(d.dt.to_period("M"))["Water Used (gal)"].sum()
    return per.idxmax().to_timestamp()


_RA_QS = [
    Q(
        "how much water have we used in total",
        _count(lambda df: round(float(df["Water Used (gal)"].sum()))),
        ("Water Used (gal)",),
    ),
    Q(
        "which zone uses the most water",
        _lead(_named(lambda df: _top(df.groupby("Zone Name")["Water Used (gal)"].sum()))),
        ("Zone Name", "Zone Number", "Water Used (gal)"),
    ),
    Q("how many times did it skip watering", _count(lambda df: int((df["Skipped"] == "Yes").sum())), ("Skipped",)),
    Q(
        "what was the most common reason for those",
        _lead(_named(lambda df: _top(df.loc[df["Skipped"] == "Yes", "Skip Reason"].value_counts()))),
        ("Skip Reason", "Skipped"),
    ),
    Q(
        "how long does the garden beds zone usually run when it doesn't skip",
        either(
            _about(
                lambda df: df.loc[(df["Zone Name"] == "Garden Beds") & (df["Skipped"] == "No"), "Duration (min)"].mean()
            ),
            _about(
                lambda df: df.loc[
                    (df["Zone Name"] == "Garden Beds") & (df["Skipped"] == "No"), "Duration (min)"
                ].median()
            ),
        ),
        ("Zone Name", "Skipped", "Duration (min)"),
    ),
    Q("which month used the most water", _month_year(_ra_month), ("Date", "Water Used (gal)")),
]


# --- 2. SimpliSafe alarm history (SimpliSafe app export) -----------------------------------------------------------

# event: weight, sensor names (";" between), sensor type
_SS_EVENTS: dict[str, tuple[float, str, str]] = {
    "Armed Away": (14, "", "Keypad"),
    "Armed Home": (12, "", "Keypad"),
    "Disarmed": (26, "", "Keypad"),
    "Entry Sensor Opened": (22, "Front Door;Back Door;Basement Window;Garage Entry", "Entry Sensor"),
    "Motion Detected": (15, "Living Room Motion;Hallway Motion", "Motion Sensor"),
    "Alarm Triggered": (3, "Front Door;Back Door;Living Room Motion;Basement Window", ""),
    "Glass Break": (0.6, "Kitchen Glass Break", "Glass Break"),
    "Smoke Detected": (0.7, "Kitchen Smoke;Upstairs Smoke", "Smoke Detector"),
    "Low Battery": (3, "Front Door;Back Door;Living Room Motion;Basement Window;Kitchen Smoke", ""),
    "Base Station Offline": (2, "", "Base Station"),
}
_SS_TYPE = {
    "Front Door": "Entry Sensor",
    "Back Door": "Entry Sensor",
    "Basement Window": "Entry Sensor",
    "Garage Entry": "Entry Sensor",
    "Living Room Motion": "Motion Sensor",
    "Hallway Motion": "Motion Sensor",
    "Kitchen Smoke": "Smoke Detector",
    "Upstairs Smoke": "Smoke Detector",
    "Kitchen Glass Break": "Glass Break",
}
_SS_USERS = ["Master PIN", "Dana", "Chris", "Dana (app)", "Chris (app)", "Dog Walker"]


def _simplisafe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23002)
    n = 1400
    names = list(_SS_EVENTS)
    events = _pick(rng, names, [_SS_EVENTS[e][0] for e in names], n)
    start = pd.Timestamp("2024-01-01")
    stamps = sorted(start + pd.to_timedelta(rng.uniform(0, 366 * 86400, n), unit="s"))
    mode = "Off"
    rows = []
    for ev, ts in zip(events, stamps, strict=True):
        ev = str(ev)
        sensors = [s for s in _SS_EVENTS[ev][1].split(";") if s]
        sensor = str(rng.choice(sensors)) if sensors else ""
        stype = _SS_EVENTS[ev][2] or _SS_TYPE.get(sensor, "")
        user = ""
        if ev in ("Armed Away", "Armed Home", "Disarmed"):
            user = str(_pick(rng, _SS_USERS, [30, 28, 18, 10, 8, 6], 1)[0])
            if user.endswith("(app)"):
                stype = ""
            mode = {"Armed Away": "Away", "Armed Home": "Home", "Disarmed": "Off"}[ev]
        if ev == "Base Station Offline":
            sensor, stype = "", "Base Station"
        cancelled = ""
        if ev == "Alarm Triggered":
            cancelled = "Yes" if rng.random() < 0.7 else "No"
        rows.append(
            {
                "Date/Time": ts.strftime("%m/%d/%Y %I:%M %p"),
                "Event": ev,
                "Sensor Name": sensor or None,
                "Sensor Type": stype or None,
                "User": user or None,
                "Mode": mode,
                "Alarm Cancelled": cancelled or None,
            }
        )
    return pd.DataFrame(rows)


def _ss_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date/Time"], format="%m/%d/%Y %I:%M %p")


_SS_QS = [
    Q(
        "how many times did the alarm actually go off",
        _count(lambda df: int((df["Event"] == "Alarm Triggered").sum())),
        ("Event",),
    ),
    Q(
        "how many of those got cancelled",
        _count(lambda df: int(((df["Event"] == "Alarm Triggered") & (df["Alarm Cancelled"] == "Yes")).sum())),
        ("Event", "Alarm Cancelled"),
    ),
    Q(
        "who turns the alarm off the most",
        _lead(_named(lambda df: _top(df.loc[df["Event"] == "Disarmed", "User"].value_counts()))),
        ("Event", "User"),
    ),
    Q(
        "which door or window gets opened the most",
        _lead(_named(lambda df: _top(df.loc[df["Event"] == "Entry Sensor Opened", "Sensor Name"].value_counts()))),
        ("Event", "Sensor Name", "Sensor Type"),
    ),
    Q(
        "what share of the log is low battery warnings",
        _share(lambda df: float((df["Event"] == "Low Battery").mean())),
        ("Event",),
    ),
    Q(
        "how many times was the base station offline in march",
        _count(lambda df: int(((df["Event"] == "Base Station Offline") & (_ss_when(df).dt.month == 3)).sum())),
        ("Date/Time", "Event"),
    ),
]


# --- 3. Overwatch 2 match history (tracker site export) ------------------------------------------------------------

_OW_MAPS: dict[str, str] = {
    "Ilios": "Control",
    "Lijiang Tower": "Control",
    "Oasis": "Control",
    "Nepal": "Control",
    "Dorado": "Escort",
    "Route 66": "Escort",
    "Junkertown": "Escort",
    "Circuit Royal": "Escort",
    "King's Row": "Hybrid",
    "Eichenwalde": "Hybrid",
    "Midtown": "Hybrid",
    "Numbani": "Hybrid",
    "Colosseo": "Push",
    "New Queen Street": "Push",
    "Esperanca": "Push",
    "Suravasa": "Flashpoint",
    "New Junk City": "Flashpoint",
}
# role: weight, heroes with weights, win chance, damage per 10 min, healing per 10 min
_OW_ROLES: dict[str, tuple[float, dict[str, float], float, float, float]] = {
    "Tank": (20, {"Reinhardt": 5, "D.Va": 4, "Winston": 2, "Sigma": 2}, 0.50, 9000, 0),
    "Damage": (30, {"Cassidy": 4, "Soldier: 76": 5, "Sojourn": 3, "Tracer": 2, "Ashe": 2}, 0.46, 8000, 300),
    "Support": (50, {"Ana": 4, "Kiriko": 6, "Mercy": 5, "Lucio": 3, "Baptiste": 2}, 0.56, 2800, 8500),
}
_OW_TIERS = ["Bronze", "Silver", "Gold", "Platinum", "Diamond"]


def _ow_rank(score: int) -> str:
    score = min(max(score, 0), 5 * len(_OW_TIERS) - 1)
    return f"{_OW_TIERS[score // 5]} {5 - score % 5}"


def _overwatch_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23003)
    n = 900
    dates = sorted(pd.Timestamp("2023-10-10") + pd.to_timedelta(rng.integers(0, 170, n), unit="D"))
    score = 10  # Gold 5
    rows = []
    for d in dates:
        season = (
            7 if d < pd.Timestamp("2023-10-10") + pd.Timedelta(days=56) else 8 if d < pd.Timestamp("2024-02-13") else 9
        )
        mode = str(_pick(rng, ["Competitive", "Quick Play", "Arcade"], [60, 32, 8], 1)[0])
        map_name = str(rng.choice(list(_OW_MAPS)))
        roles = list(_OW_ROLES)
        role = str(_pick(rng, roles, [_OW_ROLES[r][0] for r in roles], 1)[0])
        _, heroes, win_p, dmg10, heal10 = _OW_ROLES[role]
        hero = str(_pick(rng, list(heroes), list(heroes.values()), 1)[0])
        u = rng.random()
        result = "Win" if u < win_p - 0.02 else "Draw" if u < win_p + 0.02 else "Loss"
        secs = int(np.clip(rng.normal(600, 170), 240, 1260))
        mins = secs / 600
        group = int(_pick(rng, [1, 2, 3, 4, 5], [45, 25, 15, 8, 7], 1)[0])
        before = after = None
        if mode == "Competitive":
            before = _ow_rank(score)
            if result == "Win":
                score = min(score + int(rng.integers(0, 2)), 24)
            elif result == "Loss":
                score = max(score - int(rng.integers(0, 2)), 0)
            after = _ow_rank(score)
        rows.append(
            {
                "Date": d.strftime("%Y-%m-%d"),
                "Season": season,
                "Mode": mode,
                "Map": map_name,
                "Map Type": _OW_MAPS[map_name],
                "Role": role,
                "Hero": hero,
                "Result": result,
                "Duration": f"{secs // 60}:{secs % 60:02d}",
                "Eliminations": int(rng.poisson(18 * mins * (1.2 if result == "Win" else 0.9))),
                "Deaths": int(rng.poisson(6 * mins * (0.8 if result == "Win" else 1.2))),
                "Damage Dealt": int(max(0, rng.normal(dmg10 * mins, 1200 * mins))),
                "Healing Done": int(max(0, rng.normal(heal10 * mins, 900 * mins))) if heal10 else 0,
                "Rank Before": before,
                "Rank After": after,
                "Group Size": group,
            }
        )
    return pd.DataFrame(rows)


def _ow_secs(df: pd.DataFrame) -> pd.Series:
    parts = df["Duration"].astype(str).str.split(":", expand=True).astype(int)
    return parts[0] * 60 + parts[1]


def _ow_rate(role: str | None, draws: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = df if role is None else df[df["Role"] == role]
        if not draws:
            d = d[d["Result"] != "Draw"]
        return float((d["Result"] == "Win").mean())

    return rate


def _ow_length() -> Check:
    """The mean game length as minutes (11.4), seconds (684) or m:ss / "11 min 24 s" to within two seconds."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(_ow_secs(df).mean())
        if _about(lambda _d: want / 60, rel=0.005)(answer, df) is None or has(want, rel=0.005)(answer, df) is None:
            return None
        pat = r"(\d+)\s*(?::|min(?:ute)?s?,?\s*(?:and\s*)?)(\d{1,2})(?!\d)"
        for m in re.finditer(pat, answer, re.IGNORECASE):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= 2:
                return None
        return f"missing length {want:.1f}s"

    return check


_OW_QS = [
    Q(
        "what's my overall win rate",
        either(_share(_ow_rate(None, True)), _share(_ow_rate(None, False))),
        ("Result",),
    ),
    Q(
        "and when i play support?",
        either(_share(_ow_rate("Support", True)), _share(_ow_rate("Support", False))),
        ("Role", "Result"),
    ),
    Q(
        "which hero have i played the most",
        _lead(_named(lambda df: _top(df["Hero"].value_counts()))),
        ("Hero",),
    ),
    Q(
        "how much damage do i do per game on tank on average",
        _about(lambda df: df.loc[df["Role"] == "Tank", "Damage Dealt"].mean(), rel=0.005),
        ("Role", "Damage Dealt"),
    ),
    Q("how long do my games last on average", _ow_length(), ("Duration",)),
    Q(
        "do i deal more damage in longer games? whats the correlation",
        _corr(_ow_secs, lambda df: df["Damage Dealt"]),
        ("Duration", "Damage Dealt"),
    ),
]


# --- 4. ASOS hourly observations (Iowa Environmental Mesonet, asos.csv) --------------------------------------------

# station: base temperature (F), daily swing, dew point, rain chance per hour, UTC hour of the daily peak
_AS_STATIONS: dict[str, tuple[float, float, float, float, int]] = {
    "KPHX": (96, 13, 50, 0.004, 23),
    "KDFW": (88, 9, 70, 0.012, 21),
    "KORD": (76, 9, 62, 0.03, 20),
}


def _heat_index(t: float, rh: float) -> float:
    if t < 80:
        return t
    hi = (
        -42.379
        + 2.04901523 * t
        + 10.14333127 * rh
        - 0.22475541 * t * rh
        - 0.00683783 * t * t
        - 0.05481717 * rh * rh
        + 0.00122874 * t * t * rh
        + 0.00085282 * t * rh * rh
        - 0.00000199 * t * t * rh * rh
    )
    return max(hi, t)


def _asos_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23004)
    hours = pd.date_range("2023-07-01 00:53", "2023-07-31 23:53", freq="h")
    rows = []
    for station, (base, swing, dew, rain_p, peak) in _AS_STATIONS.items():
        day_shift = {d: rng.normal(0, 3.5) for d in range(1, 32)}
        for ts in hours:
            phase = np.cos((ts.hour - peak) / 24 * 2 * np.pi)
            t = base + swing * phase + day_shift[ts.day] + rng.normal(0, 1.2)
            td = min(t - 2, dew + rng.normal(0, 4))
            rh = (
                100
                * np.exp(17.625 * ((td - 32) / 1.8) / (243.04 + (td - 32) / 1.8))
                / np.exp(17.625 * ((t - 32) / 1.8) / (243.04 + (t - 32) / 1.8))
            )
            raining = rng.random() < rain_p
            if raining:
                p01i = f"{rng.choice([rng.uniform(0.01, 0.1), rng.uniform(0.1, 0.8)]):.2f}"
            else:
                p01i = "T" if rng.random() < 0.01 else "0.00"
            miss_t = rng.random() < 0.012
            row = {
                "station": station,
                "valid": ts.strftime("%Y-%m-%d %H:%M"),
                "tmpf": "M" if miss_t else f"{t:.2f}",
                "dwpf": "M" if miss_t else f"{td:.2f}",
                "relh": "M" if miss_t else f"{rh:.2f}",
                "feel": "M" if miss_t else f"{_heat_index(t, rh):.2f}",
                "sknt": "M" if rng.random() < 0.01 else f"{max(0, rng.normal(9, 4)):.0f}.00",
                "drct": f"{int(rng.integers(0, 36)) * 10:.2f}",
                "p01i": "M" if rng.random() < 0.02 else p01i,
                "vsby": f"{rng.choice([10.0, 10.0, 10.0, 9.0, 7.0, 3.0]) if not raining else rng.uniform(1, 6):.2f}",
                "skyc1": str(_pick(rng, ["CLR", "FEW", "SCT", "BKN", "OVC"], [40, 25, 15, 12, 8], 1)[0])
                if not raining
                else str(rng.choice(["BKN", "OVC"])),
            }
            rows.append(row)
    return pd.DataFrame(rows)


def _as_hot(station: str, floor: float, strict: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        t = _num(df["tmpf"])[df["station"] == station]
        return int((t > floor).sum() if strict else (t >= floor).sum())

    return count


def _as_hottest(df: pd.DataFrame) -> tuple[float, str]:
    t = _num(df["tmpf"])
    i = t.idxmax()
    return float(t[i]), str(df.loc[i, "station"])


def _as_feel_day(df: pd.DataFrame) -> pd.Timestamp:
    d = df[df["station"] == "KDFW"]
    f = _num(d["feel"])
    return pd.Timestamp(d.loc[f.idxmax(), "valid"]).normalize()


_AS_QS = [
    Q(
        "what was the hottest temp recorded and where",
        _lead(
            lambda a, df: (
                _about(lambda d: _as_hottest(d)[0], rel=0.002)(a, df) or _named(lambda d: _as_hottest(d)[1])(a, df)
            )
        ),
        ("station", "tmpf"),
    ),
    Q(
        "average temperature at each station",
        _about(lambda df: _num(df["tmpf"]).groupby(df["station"]).mean().sort_index().to_numpy(), rel=0.002),
        ("station", "tmpf"),
    ),
    Q(
        "how many readings at KPHX were over 110",
        either(_count(_as_hot("KPHX", 110, True)), _count(_as_hot("KPHX", 110, False))),
        ("station", "tmpf", "valid"),
    ),
    Q(
        "how much rain did KORD get in total",
        _about(lambda df: _num(df.loc[df["station"] == "KORD", "p01i"]).sum(), rel=0.01),
        ("station", "p01i"),
    ),
    Q(
        "how many temperature readings are missing",
        _count(lambda df: int(_num(df["tmpf"]).isna().sum())),
        ("tmpf",),
    ),
    Q(
        "which day had the highest heat index at KDFW",
        _day(_as_feel_day),
        ("station", "valid", "feel"),
    ),
]


# --- 5. NYC 311 noise complaints (NYC Open Data "311 Service Requests from 2010 to Present", noise only) -----------

# borough: weight, zips, lat, lon
_NY_BOROUGHS: dict[str, tuple[float, list[int], float, float]] = {
    "MANHATTAN": (30, [10002, 10009, 10025, 10031, 10033, 10040, 10027], 40.79, -73.96),
    "BROOKLYN": (28, [11207, 11221, 11226, 11233, 11216, 11211, 11238], 40.67, -73.94),
    "BRONX": (22, [10456, 10457, 10458, 10467, 10468, 10453], 40.85, -73.89),
    "QUEENS": (17, [11368, 11373, 11372, 11385, 11434, 11691], 40.72, -73.83),
    "STATEN ISLAND": (2.5, [10301, 10304, 10314], 40.60, -74.10),
    "Unspecified": (0.5, [], 0.0, 0.0),
}
# complaint type: weight, agency, descriptors with weights, location types
_NY_TYPES: dict[str, tuple[float, str, dict[str, float], list[str]]] = {
    "Noise - Residential": (
        55,
        "NYPD",
        {"Loud Music/Party": 60, "Banging/Pounding": 30, "Loud Talking": 8, "Loud Television": 2},
        ["Residential Building/House"],
    ),
    "Noise - Street/Sidewalk": (
        20,
        "NYPD",
        {"Loud Music/Party": 55, "Loud Talking": 45},
        ["Street/Sidewalk"],
    ),
    "Noise - Vehicle": (
        8,
        "NYPD",
        {"Car/Truck Music": 60, "Car/Truck Horn": 25, "Engine Idling": 15},
        ["Street/Sidewalk"],
    ),
    "Noise - Commercial": (
        8,
        "NYPD",
        {"Loud Music/Party": 70, "Banging/Pounding": 15, "Loud Talking": 15},
        ["Club/Bar/Restaurant", "Store/Commercial"],
    ),
    "Noise": (
        9,
        "DEP",
        {
            "Noise: Construction Before/After Hours (NM1)": 55,
            "Noise: Construction Equipment (NC1)": 20,
            "Noise: air condition/ventilation equipment (NV1)": 15,
            "Noise: Alarms (NR3)": 10,
        },
        [""],
    ),
}
_NY_RESOLUTIONS = [
    "The Police Department responded to the complaint and took action to fix the condition.",
    "The Police Department responded to the complaint and with the information available observed no evidence of "
    "the violation at that time.",
    "The Police Department responded and upon arrival those responsible for the condition were gone.",
    "This complaint does not fall under the Police Department's jurisdiction.",
]


def _nyc_noise_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23005)
    n = 3200
    month_w = np.array([6, 5, 6, 7, 10, 12, 13, 12, 9, 8, 6, 6], dtype=float)
    months = rng.choice(12, size=n, p=month_w / month_w.sum()) + 1
    rows = []
    keys = 59_000_000 + np.cumsum(rng.integers(1, 1400, n))
    for i in range(n):
        m = int(months[i])
        days = pd.Timestamp(2024, m, 1).days_in_month
        hour = int(rng.choice(24, p=_w(list(np.r_[np.full(3, 8), np.full(4, 2), np.full(11, 2.5), np.full(6, 8)]))))
        created = pd.Timestamp(2024, m, int(rng.integers(1, days + 1)), hour) + pd.Timedelta(
            seconds=int(rng.integers(0, 3600))
        )
        boroughs = list(_NY_BOROUGHS)
        borough = str(_pick(rng, boroughs, [_NY_BOROUGHS[b][0] for b in boroughs], 1)[0])
        _, zips, lat, lon = _NY_BOROUGHS[borough]
        types = list(_NY_TYPES)
        ctype = str(_pick(rng, types, [_NY_TYPES[t][0] for t in types], 1)[0])
        _, agency, descs, locs = _NY_TYPES[ctype]
        desc = str(_pick(rng, list(descs), list(descs.values()), 1)[0])
        open_ = rng.random() < (0.03 if m < 12 else 0.15)
        hours_to_close = rng.gamma(1.3, 2.2) if agency == "NYPD" else rng.gamma(1.5, 60)
        closed = None if open_ else created + pd.Timedelta(hours=float(hours_to_close))
        has_zip = bool(zips) and rng.random() > 0.02
        rows.append(
            {
                "Unique Key": int(keys[i]),
                "Created Date": created.strftime("%m/%d/%Y %I:%M:%S %p"),
                "Closed Date": closed.strftime("%m/%d/%Y %I:%M:%S %p") if closed is not None else None,
                "Agency": agency,
                "Complaint Type": ctype,
                "Descriptor": desc,
                "Location Type": str(rng.choice(locs)) or None,
                "Incident Zip": int(rng.choice(zips)) if has_zip else None,
                "Borough": borough,
                "Status": "In Progress" if open_ else "Closed",
                "Resolution Description": None
                if open_
                else (
                    str(_pick(rng, _NY_RESOLUTIONS, [35, 40, 20, 5], 1)[0])
                    if agency == "NYPD"
                    else "The Department of Environmental Protection investigated this complaint and shared "
                    "the findings with the responsible party."
                ),
                "Latitude": round(lat + rng.normal(0, 0.03), 6) if has_zip else None,
                "Longitude": round(lon + rng.normal(0, 0.03), 6) if has_zip else None,
            }
        )
    return pd.DataFrame(rows)


def _ny_stamp(s: pd.Series) -> pd.Series:
    return pd.to_datetime(s, format="%m/%d/%Y %I:%M:%S %p")


def _ny_hours(df: pd.DataFrame) -> pd.Series:
    return ((_ny_stamp(df["Closed Date"]) - _ny_stamp(df["Created Date"])).dt.total_seconds() / 3600).dropna()


def _ny_month(df: pd.DataFrame) -> pd.Timestamp:
    per = _ny_stamp(df["Created Date"]).dt.to_period("M").value_counts()
    return pd.Period(_top(per.rename(index=str)), "M").to_timestamp()


_NY_QS = [
    Q(
        "how many noise complaints came from brooklyn",
        _count(lambda df: int((df["Borough"] == "BROOKLYN").sum())),
        ("Borough",),
    ),
    Q(
        "and how many of those were about loud music or parties",
        _count(lambda df: int(((df["Borough"] == "BROOKLYN") & (df["Descriptor"] == "Loud Music/Party")).sum())),
        ("Borough", "Descriptor"),
    ),
    Q(
        "what's the most common kind of noise complaint overall",
        either(
            _lead(_named(lambda df: _top(df["Descriptor"].value_counts()))),
            _lead(_named(lambda df: _top(df["Complaint Type"].value_counts()))),
        ),
        ("Complaint Type", "Descriptor"),
    ),
    Q(
        "what percent are still open",
        _share(lambda df: float((df["Status"] != "Closed").mean())),
        ("Status", "Closed Date"),
    ),
    Q(
        "how long does it usually take to close one",
        either(
            _about(lambda df: _ny_hours(df).mean(), rel=0.02),
            _about(lambda df: _ny_hours(df).median(), rel=0.02),
            _about(lambda df: _ny_hours(df).median() * 60, rel=0.02),
        ),
        ("Created Date", "Closed Date", "Status"),
    ),
    Q("which month got the most complaints", _month_year(_ny_month), ("Created Date",)),
]


# --- 6. Flashcard study log (Memrise / Quizlet-style session export) -----------------------------------------------

# course: subject, weight, accuracy
_FC_COURSES: dict[str, tuple[str, float, float]] = {
    "Spanish 1": ("Spanish", 20, 0.86),
    "Spanish 2": ("Spanish", 16, 0.80),
    "Japanese Hiragana": ("Japanese", 14, 0.74),
    "JLPT N5 Vocab": ("Japanese", 12, 0.66),
    "French Basics": ("French", 12, 0.78),
    "Biology Ch. 4-6": ("Biology", 10, 0.71),
    "AP US History Terms": ("History", 8, 0.6),
    "Italian Travel Phrases": ("Italian", 8, 0.83),
}
# mode: weight, cards (low, high), seconds per card, points per correct, accuracy shift
_FC_MODES: dict[str, tuple[float, tuple[int, int], float, int, float]] = {
    "Learn": (25, (5, 20), 14, 15, -0.04),
    "Review": (40, (15, 50), 7, 10, 0.04),
    "Speed Review": (15, (20, 60), 2.5, 20, -0.02),
    "Difficult Words": (10, (5, 25), 9, 12, -0.15),
    "Listening": (10, (10, 30), 10, 12, -0.06),
}


def _flashcard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23006)
    days = pd.date_range("2023-03-01", "2024-06-30", freq="D")
    rows = []
    streak = 0
    for day in days:
        if rng.random() < 0.22:
            streak = 0
            continue
        streak += 1
        for _ in range(int(rng.choice([1, 1, 1, 2, 2, 3]))):
            courses = list(_FC_COURSES)
            course = str(_pick(rng, courses, [_FC_COURSES[c][1] for c in courses], 1)[0])
            subject, _, acc = _FC_COURSES[course]
            modes = list(_FC_MODES)
            mode = str(_pick(rng, modes, [_FC_MODES[m][0] for m in modes], 1)[0])
            _, (lo, hi), spc, ppc, shift = _FC_MODES[mode]
            cards = int(rng.integers(lo, hi + 1))
            correct = int(rng.binomial(cards, float(np.clip(acc + shift + rng.normal(0, 0.04), 0.2, 0.99))))
            rows.append(
                {
                    "Date": day.strftime("%Y-%m-%d"),
                    "Course / Set Name": course,
                    "Language or Subject": subject,
                    "Mode": mode,
                    "Cards Seen": cards,
                    "Correct": correct,
                    "Incorrect": cards - correct,
                    "Points": int(correct * ppc + rng.integers(0, 4) * 5),
                    "Session Length (seconds)": int(cards * spc * rng.uniform(0.7, 1.4) + rng.integers(5, 40)),
                    "Streak (days)": streak,
                    "Device": str(_pick(rng, ["iOS", "Android", "Web"], [55, 10, 35], 1)[0]),
                }
            )
    return pd.DataFrame(rows)


def _fc_acc(df: pd.DataFrame) -> pd.Series:
    g = df.groupby("Language or Subject")[["Correct", "Cards Seen"]].sum()
    return g["Correct"] / g["Cards Seen"]


def _fc_acc_mean(df: pd.DataFrame) -> pd.Series:
    return (df["Correct"] / df["Cards Seen"]).groupby(df["Language or Subject"]).mean()


def _fc_points(mode: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df.loc[df["Mode"] == mode, "Points"].mean())


_FC_QS = [
    Q(
        "how many hours have i spent studying in total",
        either(
            _about(lambda df: df["Session Length (seconds)"].sum() / 3600, rel=0.01),
            _count(lambda df: round(df["Session Length (seconds)"].sum() / 60)),
        ),
        ("Session Length (seconds)",),
    ),
    Q(
        "what's my overall accuracy",
        either(
            _share(lambda df: float(df["Correct"].sum() / df["Cards Seen"].sum())),
            _share(lambda df: float((df["Correct"] / df["Cards Seen"]).mean())),
        ),
        ("Correct", "Incorrect", "Cards Seen"),
    ),
    Q(
        "which language or subject am i worst at",
        either(
            _lead(_named(lambda df: _top(_fc_acc(df), ascending=True))),
            _lead(_named(lambda df: _top(_fc_acc_mean(df), ascending=True))),
        ),
        ("Language or Subject", "Correct", "Incorrect", "Cards Seen"),
    ),
    Q(
        "how many sessions did i do on my phone",
        _count(lambda df: int(df["Device"].isin(["iOS", "Android"]).sum())),
        ("Device",),
    ),
    Q("whats the longest streak i've had", _count(lambda df: int(df["Streak (days)"].max())), ("Streak (days)",)),
    Q(
        "average points per session in review vs learn",
        _about(lambda df: [_fc_points("Review")(df), _fc_points("Learn")(df)], rel=0.005),
        ("Mode", "Points"),
    ),
]


# --- 7. Washington State Electric Vehicle Population Data (data.wa.gov) --------------------------------------------

# make: weight, models "name:weight:type:range:msrp" (range 0 = not researched, msrp 0 = not given), first year
_WA_MAKES: dict[str, tuple[float, str]] = {
    "TESLA": (
        44,
        "MODEL Y:40:BEV:0:0;MODEL 3:35:BEV:0:0;MODEL S:12:BEV:208:0;MODEL X:8:BEV:238:0;CYBERTRUCK:5:BEV:0:0",
    ),
    "CHEVROLET": (8, "BOLT EV:60:BEV:259:0;VOLT:30:PHEV:53:0;BOLT EUV:10:BEV:0:0"),
    "NISSAN": (7, "LEAF:100:BEV:150:0"),
    "FORD": (6, "MUSTANG MACH-E:55:BEV:0:0;F-150:25:BEV:0:0;ESCAPE:20:PHEV:37:0"),
    "KIA": (5, "NIRO:45:BEV:239:0;EV6:40:BEV:0:0;SORENTO:15:PHEV:32:0"),
    "BMW": (4, "X5:45:PHEV:30:0;I3:30:BEV:153:0;330E:25:PHEV:22:0"),
    "TOYOTA": (5, "RAV4 PRIME:60:PHEV:42:0;PRIUS PRIME:40:PHEV:25:0"),
    "VOLKSWAGEN": (4, "ID.4:100:BEV:0:0"),
    "JEEP": (3, "WRANGLER:60:PHEV:21:0;GRAND CHEROKEE:40:PHEV:25:0"),
    "HYUNDAI": (4, "IONIQ 5:70:BEV:0:0;KONA ELECTRIC:30:BEV:258:0"),
    "RIVIAN": (3, "R1S:50:BEV:0:0;R1T:50:BEV:0:0"),
    "CHRYSLER": (2, "PACIFICA:100:PHEV:32:39995"),
    "AUDI": (2, "E-TRON:60:BEV:222:0;Q5 E:40:PHEV:20:0"),
    "PORSCHE": (1, "TAYCAN:100:BEV:0:0"),
}
_WA_VIN = {
    "TESLA": "5YJ",
    "CHEVROLET": "1G1",
    "NISSAN": "1N4",
    "FORD": "3FM",
    "KIA": "KNA",
    "BMW": "WBA",
    "TOYOTA": "JTM",
    "VOLKSWAGEN": "1V2",
    "JEEP": "1C4",
    "HYUNDAI": "KM8",
    "RIVIAN": "7PD",
    "CHRYSLER": "2C4",
    "AUDI": "WA1",
    "PORSCHE": "WP0",
}
# county: weight, cities "name:zip:district", utility
_WA_COUNTIES: dict[str, tuple[float, str, str]] = {
    "King": (
        50,
        "Seattle:98103:43;Seattle:98115:46;Bellevue:98004:48;Redmond:98052:45;Kirkland:98033:48;Kent:98032:33",
        "CITY OF SEATTLE - (WA)|CITY OF TACOMA - (WA)",
    ),
    "Snohomish": (12, "Bothell:98012:1;Everett:98208:38;Lynnwood:98036:32", "PUGET SOUND ENERGY INC"),
    "Pierce": (
        8,
        "Tacoma:98402:27;Puyallup:98374:25;Gig Harbor:98335:26",
        "PUGET SOUND ENERGY INC||CITY OF TACOMA - (WA)",
    ),
    "Clark": (
        6,
        "Vancouver:98683:17;Camas:98607:18",
        "BONNEVILLE POWER ADMINISTRATION||PUD NO 1 OF CLARK COUNTY - (WA)",
    ),
    "Thurston": (4, "Olympia:98501:22;Lacey:98503:22", "PUGET SOUND ENERGY INC"),
    "Kitsap": (3.5, "Bremerton:98312:26;Poulsbo:98370:23", "PUGET SOUND ENERGY INC"),
    "Spokane": (3, "Spokane:99203:3;Spokane Valley:99216:4", "AVISTA CORP"),
    "Whatcom": (2.5, "Bellingham:98225:40", "PUGET SOUND ENERGY INC||PUD NO 1 OF WHATCOM COUNTY"),
    "Yakima": (1, "Yakima:98902:14", "PACIFICORP"),
}


def _wa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23007)
    n = 4200
    makes = list(_WA_MAKES)
    counties = list(_WA_COUNTIES)
    rows = []
    ids = rng.permutation(1_000_000 + np.cumsum(rng.integers(1, 110_000, n)))
    tails = {
        (make, m.split(":")[0]): ["".join(rng.choice(list("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), 6)) for _ in range(3)]
        for make in makes
        for m in _WA_MAKES[make][1].split(";")
    }
    for i in range(n):
        make = str(_pick(rng, makes, [_WA_MAKES[m][0] for m in makes], 1)[0])
        models = [m.split(":") for m in _WA_MAKES[make][1].split(";")]
        name, _, kind, rng_text, msrp = models[int(rng.choice(len(models), p=_w([float(m[1]) for m in models])))]
        year = int(np.clip(2024 - rng.geometric(0.28) + 1, 2011, 2025))
        if name in ("MODEL Y", "ID.4", "MUSTANG MACH-E", "IONIQ 5", "EV6", "R1S", "R1T", "F-150"):
            year = max(year, 2020)
        if name in ("CYBERTRUCK",):
            year = max(year, 2024)
        if name in ("VOLT", "LEAF", "I3", "MODEL S") and rng.random() < 0.7:
            year = int(rng.integers(2012, 2020))
        rng_val = int(rng_text)
        if rng_val and year >= 2021:
            rng_val = 0
        elif rng_val:
            rng_val = max(6, int(rng_val + rng.normal(0, rng_val * 0.08)))
        if kind == "BEV" and not rng_val and year <= 2019:
            rng_val = int(rng.integers(200, 330))
        out_state = rng.random() < 0.004
        county = str(_pick(rng, counties, [_WA_COUNTIES[c][0] for c in counties], 1)[0])
        city, zip_code, district = str(rng.choice(_WA_COUNTIES[county][1].split(";"))).split(":")
        utility = str(rng.choice(_WA_COUNTIES[county][2].split("|"))) if county == "King" else _WA_COUNTIES[county][2]
        if out_state:
            county, city, zip_code, district, utility = "Fairfax", "Fairfax", "22030", "", ""
        cafv = (
            "Eligibility unknown as battery range has not been researched"
            if rng_val == 0
            else "Clean Alternative Fuel Vehicle Eligible"
            if rng_val >= 30
            else "Not eligible due to low battery range"
        )
        vin_tail = str(rng.choice(tails[(make, name)]))
        rows.append(
            {
                "VIN (1-10)": f"{_WA_VIN[make]}{vin_tail}{'ABCDEFGHJKLMNPRSTVWXY123456789'[(year - 2010) % 30]}"[:10],
                "County": county,
                "City": city,
                "State": "VA" if out_state else "WA",
                "Postal Code": int(zip_code),
                "Model Year": year,
                "Make": make,
                "Model": name,
                "Electric Vehicle Type": "Battery Electric Vehicle (BEV)"
                if kind == "BEV"
                else "Plug-in Hybrid Electric Vehicle (PHEV)",
                "Clean Alternative Fuel Vehicle (CAFV) Eligibility": cafv,
                "Electric Range": rng_val,
                "Base MSRP": int(msrp) if year < 2019 else 0,
                "Legislative District": int(district) if district else None,
                "DOL Vehicle ID": int(ids[i]),
                "Electric Utility": utility or None,
            }
        )
    return pd.DataFrame(rows)


def _w(weights: list[float]) -> np.ndarray:
    a = np.asarray(weights, dtype=float)
    return a / a.sum()


def _wa_bev_range(skip_zero: bool) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        r = df.loc[df["Electric Vehicle Type"] == "Battery Electric Vehicle (BEV)", "Electric Range"]
        return float((r[r > 0] if skip_zero else r).mean())

    return mean


_WA_QS = [
    Q("how many teslas are registered", _count(lambda df: int((df["Make"] == "TESLA").sum())), ("Make",)),
    Q(
        "how many of those are model ys",
        _count(lambda df: int(((df["Make"] == "TESLA") & (df["Model"] == "MODEL Y")).sum())),
        ("Make", "Model"),
    ),
    Q(
        "what percent of the cars are plug-in hybrids",
        _share(lambda df: float((df["Electric Vehicle Type"] == "Plug-in Hybrid Electric Vehicle (PHEV)").mean())),
        ("Electric Vehicle Type",),
    ),
    Q(
        "average range of the fully electric ones",
        either(_about(_wa_bev_range(True), rel=0.005), _about(_wa_bev_range(False), rel=0.005)),
        ("Electric Vehicle Type", "Electric Range"),
    ),
    Q(
        "top 5 brands by number of cars",
        _all_named(lambda df: list(_ranked(df["Make"].value_counts()).index[:5])),
        ("Make",),
    ),
    Q(
        "how many are 2020 models or newer",
        _count(lambda df: int((df["Model Year"] >= 2020).sum())),
        ("Model Year",),
    ),
]


HELDOUT230: list[Dataset] = [
    Dataset("rachio_watering_history", _rachio_frame, _RA_QS),
    Dataset("simplisafe_event_log", _simplisafe_frame, _SS_QS),
    Dataset("overwatch_match_history", _overwatch_frame, _OW_QS),
    Dataset("iem_asos_hourly_july2023", _asos_frame, _AS_QS),
    Dataset("nyc_311_noise_complaints_2024", _nyc_noise_frame, _NY_QS),
    Dataset("flashcard_study_sessions", _flashcard_frame, _FC_QS),
    Dataset("wa_ev_population_dol", _wa_frame, _WA_QS),
]
