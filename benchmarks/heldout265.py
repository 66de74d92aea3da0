"""HELDOUT265: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Google Maps Timeline export
(Takeout "Semantic Location History") flattened to one row per place visit for 2023, with startTimestamp and
endTimestamp as "2023-04-12T08:14:33.512-04:00" (local time with its offset, so -05:00 in winter and -04:00 in
summer), placeName ("Home", "Work", "Planet Fitness", "Blue Bottle Coffee", ...; the same places again and again),
address (one line, "123 Main St, Springfield, MA 01103, USA"), placeCategory in lower case (home, office, gym,
restaurant, cafe, grocery_store, park, shopping, doctor), durationMinutes (whole minutes), distanceKm (the distance of
the activity that led there, two decimals, blank on the first row and on a few visits the export gives no activity
for) and activityType (IN_PASSENGER_VEHICLE, WALKING, CYCLING, IN_BUS, IN_SUBWAY, UNKNOWN_ACTIVITY_TYPE, blank where
distanceKm is); a Wallbox home charger session history export (one row per session, 2022-03 to 2024-02, newest
first) with "Charger name" ("Pulsar Plus Garage", "Commander 2 Driveway"), "User name" (two drivers, "Ana Ribeiro"
and "Marc Ribeiro"), "Start" and "End" as "14/05/2023 22:03" (day first), "Charging time (h:mm:ss)" as "3:24:10",
"Energy (kWh)" (0 on errored sessions), "Avg. power (kW)", "Cost" with its currency inside ("4.37 EUR", at a fixed
home tariff of 0.19 EUR/kWh) and Status (Completed, Interrupted, Error); a Pl@ntNet observation history (one row per
observation, 2021-04 to 2024-09) with Date as "2023-06-14 10:22:05", Latitude and Longitude (six decimals, blank on
observations without GPS), "Scientific name" with its author ("Bellis perennis L."), "Common name" (blank on some),
Family, "Identification score" as "87.3%", Organ (leaf, flower, fruit, bark, habit) and Validated (yes / no); a
Trailforks ride log export (one row per ride, 2019 to 2024) with date as "2023-06-14", "ride name" (trail or route,
repeated), region, "distance (km)", "climb (m)", "descent (m)", "moving time" and "total time" as "1:42:05", "max
speed (km/h)", "avg speed (km/h)" (distance over moving time), bike (two bikes, "Trek Fuel EX 8" and "Kona Honzo")
and difficulty in lower case (green, blue, black, double black); a city building department's inspection results in
the Socrata upper-case layout (one row per inspection, 2022 to 2024; permits repeat across inspections) with
PERMIT_NUMBER as "2022-014587-BP", ADDRESS (upper case), INSPECTION_TYPE (FOOTING, FOUNDATION, FRAMING, ELECTRICAL
ROUGH, PLUMBING ROUGH, MECHANICAL ROUGH, INSULATION, ELECTRICAL FINAL, PLUMBING FINAL, BUILDING FINAL), RESULT
(PASSED, FAILED, PARTIAL, CANCELLED), INSPECTOR (upper case "LAST, FIRST"), SCHEDULED_DATE and COMPLETED_DATE as
"03/14/2022" (completed blank for cancelled inspections) and DISTRICT ("DISTRICT 1" to "DISTRICT 6"); a fire
department's fire code inspections (open data, one row per inspection, 2021 to 2024, businesses inspected again)
with INSPECTION_ID as "FI-2022-004512", BUSINESS_NAME (upper case), OCCUPANCY_TYPE as IBC code and description ("A-2
ASSEMBLY - RESTAURANT", "B BUSINESS", "M MERCANTILE", ...), INSPECTION_DATE in the Socrata floating form
"2022-03-14T00:00:00.000", VIOLATIONS_FOUND (a count), VIOLATION_CODES ("IFC 906.2; IFC 1031.3", blank when none),
REINSPECTION_REQUIRED (Y / N), FIRE_DISTRICT ("FD-3") and RESULT (COMPLIANT, NON-COMPLIANT); and a county jail's
daily booking log (open data, one row per booking, 2023 to mid-2024) with "Booking Number" as "2023-004512",
"Booking Date" and "Release Date" as "01/14/2023 02:33 AM" (release blank while still in custody), Age, Sex (M /
F), Race (WHITE, BLACK, HISPANIC, ASIAN, NATIVE AMERICAN, UNKNOWN), "Top Charge" (upper case), "Charge Severity"
(FELONY, MISDEMEANOR, INFRACTION), "Arresting Agency" (upper case) and "Bond Amount" as "$5,000.00" ("NO BOND" on
some, "$0.00" when released on recognizance). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _all(*checks: Check) -> Check:
    """Every one of the checks passes."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for c in checks:
            why = c(answer, df)
            if why:
                return why
        return None

    return check


def _top_month(dates: pd.Series, values: pd.Series | None = None) -> pd.Timestamp:
    month = dates.dt.to_period("M")
    s = month.value_counts() if values is None else values.groupby(month).sum()
    return s.sort_index().idxmax().to_timestamp()


def _hms_seconds(s: pd.Series) -> pd.Series:
    """ "h:mm:ss" text as seconds (blanks as NaN)."""
    parts = s.astype("string").fillna("").str.strip().str.extract(r"^(\d+):(\d{1,2}):(\d{1,2})$").astype(float)
    return parts[0] * 3600 + parts[1] * 60 + parts[2]


_H_M = re.compile(r"(\d+)\s*(?:h|hr|hrs|hours?)\b\s*(?:and\s*)?(\d+)\s*(?:m|min|mins|minutes?)\b", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\d:])(\d+):(\d{2})(?::(\d{2}))?(?![\d:])")


def _span(minutes: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time given in minutes, hours (to 0.05 h or 1%), "3h 24m" or "3:24(:10)"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(minutes(df))
        if _about(lambda _d: want, rel=0.01)(answer, df) is None:
            return None
        if _about(lambda _d: want / 60, rel=0.01)(answer, df) is None:
            return None
        for m in _H_M.finditer(answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= 1.0:
                return None
        for m in _CLOCK.finditer(answer):
            got = int(m.group(1)) * 60 + int(m.group(2)) + int(m.group(3) or 0) / 60
            if abs(got - want) <= 1.0:
                return None
        return f"missing duration {want:.1f} min"

    return check


def _days_or_hours(days: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time given in days (to 2% or 0.05) or in hours (to 2%)."""
    return either(_about(days, rel=0.02), _about(lambda df: 24 * float(days(df)), rel=0.02))


# --- 1. Google Maps Timeline place visits --------------------------------------------------------------------------

# place: category, address, weight (visits), typical stay (minutes), typical distance from home (km)
_GM_PLACES: dict[str, tuple[str, str, float, float, float]] = {
    "Work": ("office", "1500 Main St, Springfield, MA 01103, USA", 0, 470, 11.0),
    "Planet Fitness": ("gym", "1655 Boston Rd, Springfield, MA 01129, USA", 9, 70, 6.5),
    "Blue Bottle Coffee": ("cafe", "210 State St, Springfield, MA 01103, USA", 6, 35, 10.5),
    "Dunkin'": ("cafe", "840 Sumner Ave, Springfield, MA 01108, USA", 5, 15, 2.1),
    "Big Y World Class Market": ("grocery_store", "1359 Boston Rd, Springfield, MA 01119, USA", 8, 40, 5.2),
    "Trader Joe's": ("grocery_store", "21 Hampshire St, Hadley, MA 01035, USA", 3, 45, 28.0),
    "Forest Park": ("park", "300 Sumner Ave, Springfield, MA 01108, USA", 5, 80, 1.6),
    "Nadim's Downtown": ("restaurant", "1390 Main St, Springfield, MA 01103, USA", 3, 75, 10.8),
    "The Student Prince": ("restaurant", "8 Fort St, Springfield, MA 01103, USA", 2, 95, 11.2),
    "Pho Saigon": ("restaurant", "398 Dickinson St, Springfield, MA 01108, USA", 3, 55, 3.0),
    "Chipotle Mexican Grill": ("restaurant", "1722 Boston Rd, Springfield, MA 01129, USA", 3, 30, 6.8),
    "Holyoke Mall": ("shopping", "50 Holyoke St, Holyoke, MA 01040, USA", 2, 110, 14.0),
    "Baystate Medical Center": ("doctor", "759 Chestnut St, Springfield, MA 01199, USA", 1, 65, 4.4),
    "Mom's House": ("home", "77 Converse St, Longmeadow, MA 01106, USA", 2, 180, 5.5),
}
_GM_HOME = ("Home", "home", "42 Maplewood Ter, Springfield, MA 01108, USA")


def _gm_stamp(t: pd.Timestamp, rng: np.random.Generator) -> str:
    offset = "-04:00" if pd.Timestamp("2023-03-12") <= t < pd.Timestamp("2023-11-05") else "-05:00"
    return f"{t:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}{offset}"


def _gm_mode(rng: np.random.Generator, km: float) -> str:
    if km < 1.8:
        return str(_one(rng, ["WALKING", "CYCLING", "IN_PASSENGER_VEHICLE"], [70, 10, 20]))
    return str(_one(rng, ["IN_PASSENGER_VEHICLE", "IN_BUS", "CYCLING", "UNKNOWN_ACTIVITY_TYPE"], [82, 8, 5, 5]))


def _google_timeline_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26501)
    names = [p for p in _GM_PLACES if p != "Work"]
    weights = [_GM_PLACES[p][2] for p in names]
    rows: list[dict[str, Any]] = []
    here_km = 0.0
    t = pd.Timestamp("2023-01-01 00:00")

    def visit(name: str, cat: str, addr: str, start: pd.Timestamp, minutes: int, km_from_home: float) -> None:
        nonlocal here_km
        km = abs(km_from_home - here_km) if name != _GM_HOME[0] else here_km
        km = max(0.3, km * rng.uniform(0.9, 1.35) + rng.uniform(0, 0.6))
        first = not rows
        gap = first or rng.random() < 0.03
        rows.append(
            {
                "startTimestamp": _gm_stamp(start, rng),
                "endTimestamp": _gm_stamp(start + pd.Timedelta(minutes=minutes), rng),
                "placeName": name,
                "address": addr,
                "placeCategory": cat,
                "durationMinutes": minutes,
                "distanceKm": None if gap else round(km, 2),
                "activityType": None if gap else _gm_mode(rng, km),
            }
        )
        here_km = km_from_home

    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        t = max(t, day + pd.Timedelta(hours=7, minutes=int(rng.integers(0, 50))))
        workday = day.day_of_week < 5 and rng.random() < 0.9
        stops: list[str] = []
        if workday:
            if rng.random() < 0.25:
                stops.append("Blue Bottle Coffee")
            stops.append("Work")
        n_extra = int(rng.poisson(1.1 if workday else 2.0))
        gym_boost = 1.6 if day.month in (1, 2) else (0.6 if day.month in (7, 8, 12) else 1.0)
        w = [wt * (gym_boost if n == "Planet Fitness" else 1.0) for n, wt in zip(names, weights, strict=True)]
        stops += [str(_one(rng, names, w)) for _ in range(n_extra)]
        for name in stops:
            cat, addr, _w, stay, km = _GM_PLACES[name]
            minutes = int(max(8, rng.normal(stay, stay * 0.25)))
            visit(name, cat, addr, t, minutes, km)
            t = t + pd.Timedelta(minutes=minutes + int(rng.integers(8, 35)))
        end = (day + pd.Timedelta(days=1, hours=7)) - t
        visit(*_GM_HOME, t, int(max(30, end.total_seconds() // 60)), 0.0)
        t = t + pd.Timedelta(minutes=int(max(30, end.total_seconds() // 60)) + 5)
    return pd.DataFrame(rows)


def _gm_day(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "startTimestamp").str[:10], format="%Y-%m-%d")


def _gm_cat(df: pd.DataFrame, cat: str) -> pd.Series:
    return _text(df, "placeCategory").str.lower() == cat


def _gm_top_away(df: pd.DataFrame) -> str:
    away = ~_gm_cat(df, "home")
    return _top(_num(df, "durationMinutes")[away].groupby(_text(df, "placeName")[away]).sum())


def _gm_drive_km(df: pd.DataFrame) -> pd.Series:
    return _num(df, "distanceKm")[_text(df, "activityType") == "IN_PASSENGER_VEHICLE"]


_GM_QS = [
    Q(
        "how many different places did i go to this year",
        either(
            _count(lambda df: int(_text(df, "placeName").nunique())),
            _count(lambda df: int(_text(df, "address").nunique())),
        ),
        ("placeName", "address"),
    ),
    Q(
        "where do i spend the most time apart from home",
        _lead(_named(_gm_top_away)),
        ("placeName", "durationMinutes", "placeCategory"),
    ),
    Q(
        "how many times did i go to the gym",
        _count(lambda df: int(_gm_cat(df, "gym").sum())),
        ("placeCategory", "placeName"),
    ),
    Q(
        "and which month did i go the most",
        _lead(_month_year(lambda df: _top_month(_gm_day(df)[_gm_cat(df, "gym")]))),
        ("placeCategory", "placeName", "startTimestamp"),
    ),
    Q(
        "how far do i usually drive to get somewhere",
        _typical(_gm_drive_km),
        ("distanceKm", "activityType"),
    ),
    Q(
        "how long do i normally stay when i go out to eat",
        _typical(lambda df: _num(df, "durationMinutes")[_gm_cat(df, "restaurant")]),
        ("durationMinutes", "placeCategory"),
    ),
]


# --- 2. Wallbox charger sessions -----------------------------------------------------------------------------------

_WB_TARIFF = 0.19


def _wallbox_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26502)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2022-03-01", "2024-02-29", freq="D"):
        winter = day.month in (12, 1, 2)
        for user, p in (("Ana Ribeiro", 0.42), ("Marc Ribeiro", 0.30)):
            if rng.random() >= p * (1.15 if winter else 1.0):
                continue
            charger = "Pulsar Plus Garage" if user == "Ana Ribeiro" or rng.random() < 0.2 else "Commander 2 Driveway"
            kw_max = 7.4 if charger == "Pulsar Plus Garage" else 11.0
            start = day + pd.Timedelta(minutes=int(rng.normal(21.5 * 60, 70)))
            need = float(
                np.clip(rng.gamma(3.0, 6.5 if user == "Ana Ribeiro" else 5.0) * (1.2 if winter else 1.0), 2, 70)
            )
            status = str(_one(rng, ["Completed", "Interrupted", "Error"], [88, 8, 4]))
            power = kw_max * rng.uniform(0.82, 0.97)
            if status == "Interrupted":
                need *= rng.uniform(0.2, 0.8)
            seconds = int(need / power * 3600) + int(rng.integers(60, 600))
            energy = 0.0 if status == "Error" else round(need, 2)
            if status == "Error":
                seconds = int(rng.integers(5, 240))
            avg = round(energy / (seconds / 3600), 2) if energy else 0.0
            end = start + pd.Timedelta(seconds=seconds)
            h, rem = divmod(seconds, 3600)
            rows.append(
                {
                    "Charger name": charger,
                    "User name": user,
                    "Start": f"{start:%d/%m/%Y %H:%M}",
                    "End": f"{end:%d/%m/%Y %H:%M}",
                    "Charging time (h:mm:ss)": f"{h}:{rem // 60:02d}:{rem % 60:02d}",
                    "Energy (kWh)": energy,
                    "Avg. power (kW)": avg,
                    "Cost": f"{energy * _WB_TARIFF:.2f} EUR",
                    "Status": status,
                }
            )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Start"], format="%d/%m/%Y %H:%M").sort_values(ascending=False, kind="stable").index
    return df.loc[order].reset_index(drop=True)


def _wb_start(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Start"), format="%d/%m/%Y %H:%M")


def _wb_cost(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Cost").str.replace("EUR", "").str.strip(), errors="coerce")


def _wb_minutes(completed_only: bool, median: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        m = _hms_seconds(df["Charging time (h:mm:ss)"]) / 60
        if completed_only:
            m = m[_text(df, "Status") == "Completed"]
        return float(m.median() if median else m.mean())

    return value


_WB_QS = [
    Q(
        "how much energy have we put in the car in total",
        _about(lambda df: float(_num(df, "Energy (kWh)").sum()), rel=0.005),
        ("Energy (kWh)",),
    ),
    Q(
        "what did all that charging cost us",
        _amount(lambda df: float(_wb_cost(df).sum())),
        ("Cost",),
    ),
    Q(
        "who charges more, ana or marc",
        _lead(
            _named_any(
                lambda df: [
                    _top(_num(df, "Energy (kWh)").groupby(_text(df, "User name")).sum()).split()[0],
                    _top(_text(df, "User name").value_counts()).split()[0],
                ]
            )
        ),
        ("User name", "Energy (kWh)"),
    ),
    Q(
        "how long does a charge usually take",
        either(*[_span(_wb_minutes(c, m)) for c in (False, True) for m in (False, True)]),
        ("Charging time (h:mm:ss)", "Status"),
    ),
    Q(
        "how many sessions failed or got cut off",
        _count(lambda df: int(_text(df, "Status").isin(["Error", "Interrupted"]).sum())),
        ("Status",),
    ),
    Q(
        "which month did we use the most electricity",
        _lead(_month_year(lambda df: _top_month(_wb_start(df), _num(df, "Energy (kWh)")))),
        ("Start", "Energy (kWh)"),
    ),
]


# --- 3. Pl@ntNet observations --------------------------------------------------------------------------------------

# scientific name: common name, family, weight, how easy to identify (score centre)
_PN_SPECIES: dict[str, tuple[str, str, float, float]] = {
    "Bellis perennis L.": ("Common daisy", "Asteraceae", 8, 88),
    "Taraxacum officinale F.H.Wigg.": ("Common dandelion", "Asteraceae", 10, 84),
    "Achillea millefolium L.": ("Yarrow", "Asteraceae", 5, 76),
    "Cirsium arvense (L.) Scop.": ("Creeping thistle", "Asteraceae", 4, 70),
    "Leucanthemum vulgare Lam.": ("Oxeye daisy", "Asteraceae", 4, 85),
    "Trifolium pratense L.": ("Red clover", "Fabaceae", 6, 82),
    "Trifolium repens L.": ("White clover", "Fabaceae", 6, 80),
    "Vicia sativa L.": ("Common vetch", "Fabaceae", 3, 66),
    "Rosa canina L.": ("Dog rose", "Rosaceae", 4, 72),
    "Crataegus monogyna Jacq.": ("Common hawthorn", "Rosaceae", 5, 74),
    "Rubus fruticosus L.": ("Blackberry", "Rosaceae", 6, 68),
    "Prunus spinosa L.": ("Blackthorn", "Rosaceae", 3, 64),
    "Quercus robur L.": ("English oak", "Fagaceae", 5, 78),
    "Fagus sylvatica L.": ("European beech", "Fagaceae", 4, 80),
    "Acer pseudoplatanus L.": ("Sycamore maple", "Sapindaceae", 4, 71),
    "Urtica dioica L.": ("Stinging nettle", "Urticaceae", 5, 83),
    "Plantago lanceolata L.": ("Ribwort plantain", "Plantaginaceae", 5, 79),
    "Digitalis purpurea L.": ("Foxglove", "Plantaginaceae", 2, 90),
    "Lamium album L.": ("White dead-nettle", "Lamiaceae", 3, 62),
    "Glechoma hederacea L.": ("Ground ivy", "Lamiaceae", 3, 60),
    "Ranunculus acris L.": ("Meadow buttercup", "Ranunculaceae", 5, 69),
    "Hedera helix L.": ("Common ivy", "Araliaceae", 4, 81),
    "Geranium robertianum L.": ("Herb Robert", "Geraniaceae", 3, 77),
    "Papaver rhoeas L.": ("Common poppy", "Papaveraceae", 3, 91),
}
# organ: weight, score shift
_PN_ORGANS: dict[str, tuple[float, float]] = {
    "flower": (45, 6),
    "leaf": (30, -7),
    "fruit": (10, 0),
    "bark": (6, -14),
    "habit": (9, -10),
}


def _plantnet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26503)
    species = list(_PN_SPECIES)
    sw = [_PN_SPECIES[s][2] for s in species]
    organs = list(_PN_ORGANS)
    ow = [_PN_ORGANS[o][0] for o in organs]
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2021-04-01", "2024-09-30", freq="D")
    season = np.array([{4: 2.0, 5: 3.0, 6: 3.0, 7: 2.5, 8: 2.0, 9: 1.2, 10: 0.6}.get(d.month, 0.15) for d in days])
    for day, lam in zip(days, season * 0.28, strict=True):
        for _ in range(int(rng.poisson(lam))):
            sp = str(_one(rng, species, sw))
            common, family, _w, centre = _PN_SPECIES[sp]
            organ = str(_one(rng, organs, ow))
            score = float(np.clip(rng.normal(centre + _PN_ORGANS[organ][1], 9), 8, 99.6))
            t = day + pd.Timedelta(seconds=int(rng.integers(8 * 3600, 20 * 3600)))
            gps = rng.random() > 0.09
            rows.append(
                {
                    "Date": f"{t:%Y-%m-%d %H:%M:%S}",
                    "Latitude": f"{48.85 + rng.normal(0, 0.05):.6f}" if gps else "",
                    "Longitude": f"{2.35 + rng.normal(0, 0.08):.6f}" if gps else "",
                    "Scientific name": sp,
                    "Common name": "" if rng.random() < 0.07 else common,
                    "Family": family,
                    "Identification score": f"{score:.1f}%",
                    "Organ": organ,
                    "Validated": "yes" if rng.random() < 0.25 + score / 200 else "no",
                }
            )
    return pd.DataFrame(rows)


def _pn_score(df: pd.DataFrame, organ: str) -> float:
    return float(_num(df, "Identification score")[_text(df, "Organ").str.lower() == organ].mean())


def _pn_no_gps(df: pd.DataFrame) -> int:
    return int((_num(df, "Latitude").isna() | _num(df, "Longitude").isna()).sum())


_PN_QS = [
    Q("how many plants have i logged", _count(lambda df: len(df)), ()),
    Q(
        "how many different species is that",
        either(
            _count(lambda df: int(_text(df, "Scientific name").nunique())),
            _count(lambda df: int(_text(df, "Common name").replace("", pd.NA).nunique())),
        ),
        ("Scientific name", "Common name"),
    ),
    Q(
        "which plant family do i come across the most",
        _lead(_named(lambda df: _top(_text(df, "Family").value_counts()))),
        ("Family",),
    ),
    Q(
        "does the app do better with flower pics or leaf pics",
        _all(_about(lambda df: _pn_score(df, "flower")), _about(lambda df: _pn_score(df, "leaf"))),
        ("Organ", "Identification score"),
    ),
    Q(
        "what share of my observations got validated",
        _share(lambda df: float((_text(df, "Validated").str.lower() == "yes").mean())),
        ("Validated",),
    ),
    Q(
        "how many of them have no location",
        _count(_pn_no_gps),
        ("Latitude", "Longitude"),
    ),
]


# --- 4. Trailforks ride log ----------------------------------------------------------------------------------------

# route: region, difficulty, distance km, climb m, weight
_TF_ROUTES: dict[str, tuple[str, str, float, float, float]] = {
    "Lower Mountain Loop": ("Squamish", "blue", 14.0, 420, 8),
    "Half Nelson / Powerhouse Plunge": ("Squamish", "blue", 18.5, 610, 6),
    "Angry Midget": ("Squamish", "black", 11.0, 520, 3),
    "Pseudo-Tsuga": ("Squamish", "black", 12.5, 560, 3),
    "Rupert": ("Squamish", "double black", 9.0, 480, 1.5),
    "Fromme Climb + Expresso": ("North Vancouver", "black", 13.0, 650, 4),
    "Bobsled": ("North Vancouver", "blue", 8.5, 390, 6),
    "Seylynn Loop": ("North Vancouver", "green", 6.5, 180, 4),
    "Ned's Atomic Dustbin": ("North Vancouver", "blue", 10.0, 420, 4),
    "Dale's / Pipeline": ("North Vancouver", "double black", 10.5, 560, 1.5),
    "Burke Mountain Loop": ("Coquitlam", "blue", 21.0, 780, 3),
    "Colony Farm Path": ("Coquitlam", "green", 24.0, 90, 5),
    "Whistler Valley Trail": ("Whistler", "green", 32.0, 220, 2),
    "A-Line (Bike Park)": ("Whistler", "black", 6.0, 15, 2),
    "Comfortably Numb": ("Whistler", "black", 26.0, 1050, 1.2),
    "Lord of the Squirrels": ("Whistler", "black", 28.0, 1350, 1),
}


def _tf_clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _trailforks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26504)
    routes = list(_TF_ROUTES)
    rw = [_TF_ROUTES[r][4] for r in routes]
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2019-03-01", "2024-10-31", freq="D"):
        p = {6: 0.35, 7: 0.38, 8: 0.36, 9: 0.3, 5: 0.26, 10: 0.18, 4: 0.15}.get(day.month, 0.04) * 0.9
        if day.year == 2022:
            p *= 1.35
        if rng.random() >= p:
            continue
        route = str(_one(rng, routes, rw))
        region, diff, km, climb, _w = _TF_ROUTES[route]
        dist = km * rng.uniform(0.92, 1.12)
        up = climb * rng.uniform(0.88, 1.15)
        down = up * rng.uniform(0.95, 1.08) if route != "A-Line (Bike Park)" else 480 * rng.uniform(0.95, 1.05)
        bike = "Kona Honzo" if diff in ("green", "blue") and rng.random() < 0.35 else "Trek Fuel EX 8"
        speed = float(np.clip(rng.normal(16.5 - up / dist * 0.09 + (0.8 if bike == "Kona Honzo" else 0), 1.4), 6, 28))
        if route == "A-Line (Bike Park)":
            speed = rng.uniform(17, 22)
        moving = dist / speed * 3600
        total = moving * rng.uniform(1.12, 1.6)
        rows.append(
            {
                "date": f"{day:%Y-%m-%d}",
                "ride name": route,
                "region": region,
                "distance (km)": round(dist, 2),
                "climb (m)": round(up),
                "descent (m)": round(down),
                "moving time": _tf_clock(moving),
                "total time": _tf_clock(total),
                "max speed (km/h)": round(speed * rng.uniform(2.1, 3.2), 1),
                "avg speed (km/h)": round(dist / (int(moving) / 3600), 1),
                "bike": bike,
                "difficulty": diff,
            }
        )
    return pd.DataFrame(rows)


def _tf_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "date"), format="%Y-%m-%d").dt.year


def _tf_longest(df: pd.DataFrame) -> pd.Series:
    return df.loc[_num(df, "distance (km)").idxmax()]


_TF_QS = [
    Q(
        "how many km have i ridden altogether",
        _about(lambda df: float(_num(df, "distance (km)").sum()), rel=0.005),
        ("distance (km)",),
    ),
    Q(
        "which year did i do the most climbing",
        _lead(_named(lambda df: _top(_num(df, "climb (m)").groupby(_tf_year(df)).sum()))),
        ("date", "climb (m)"),
    ),
    Q(
        "whats my longest ride",
        _lead(
            either(
                _named(lambda df: str(_tf_longest(df)["ride name"])),
                _about(lambda df: float(_tf_longest(df)["distance (km)"]), rel=0.002),
            )
        ),
        ("distance (km)", "ride name", "date"),
    ),
    Q(
        "how much climbing was on that one",
        _about(lambda df: float(_tf_longest(df)["climb (m)"]), rel=0.002),
        ("distance (km)", "climb (m)", "ride name", "date"),
    ),
    Q(
        "how many of my rides were black or harder",
        _count(lambda df: int(_text(df, "difficulty").str.lower().isin(["black", "double black"]).sum())),
        ("difficulty",),
    ),
    Q(
        "am i slower on rides with more climbing",
        _corr(lambda df: _num(df, "climb (m)"), lambda df: _num(df, "avg speed (km/h)")),
        ("climb (m)", "avg speed (km/h)"),
    ),
]


# --- 5. Building inspections ---------------------------------------------------------------------------------------

# inspection type: fail probability, weight
_BI_TYPES: dict[str, tuple[float, float]] = {
    "FOOTING": (0.08, 6),
    "FOUNDATION": (0.10, 6),
    "FRAMING": (0.24, 10),
    "ELECTRICAL ROUGH": (0.21, 9),
    "PLUMBING ROUGH": (0.17, 8),
    "MECHANICAL ROUGH": (0.15, 6),
    "INSULATION": (0.09, 6),
    "ELECTRICAL FINAL": (0.14, 8),
    "PLUMBING FINAL": (0.12, 7),
    "BUILDING FINAL": (0.37, 8),
}
_BI_INSPECTORS = {
    "NGUYEN, DAVID": 16,
    "OKAFOR, GRACE": 14,
    "MARTINEZ, LUIS": 13,
    "HOLLOWAY, JIM": 11,
    "CHEN, LISA": 10,
    "PETERSEN, ERIK": 8,
    "ABARA, SAMUEL": 5,
}
_BI_STREETS = ["MAPLE AVE", "OAK ST", "N 12TH ST", "RIVERSIDE DR", "HILLCREST RD", "W ELM ST", "CEDAR LN", "PARK BLVD"]


def _building_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26505)
    types = list(_BI_TYPES)
    tw = [_BI_TYPES[t][1] for t in types]
    insp = list(_BI_INSPECTORS)
    iw = list(_BI_INSPECTORS.values())
    strict = {"HOLLOWAY, JIM": 1.5, "ABARA, SAMUEL": 0.7}
    rows: list[dict[str, Any]] = []
    for _ in range(900):
        year = int(_one(rng, [2022, 2023, 2024], [30, 36, 34]))
        permit = f"{year}-{int(rng.integers(1000, 30000)):06d}-{_one(rng, ['BP', 'BP', 'BP', 'EP', 'PP'])}"
        addr = f"{int(rng.integers(100, 9999))} {_one(rng, _BI_STREETS)}"
        district = f"DISTRICT {int(rng.integers(1, 7))}"
        when = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 330)))
        for _k in range(int(rng.integers(1, 6))):
            itype = str(_one(rng, types, tw))
            while True:
                who = str(_one(rng, insp, iw))
                sched = when + pd.Timedelta(days=int(rng.integers(0, 20)))
                u = rng.random()
                p_fail = _BI_TYPES[itype][0] * strict.get(who, 1.0)
                if u < 0.06:
                    result = "CANCELLED"
                elif u < 0.06 + p_fail:
                    result = "FAILED"
                elif u < 0.10 + p_fail:
                    result = "PARTIAL"
                else:
                    result = "PASSED"
                lag = int(rng.choice([0, 0, 0, 1, 1, 2, 3, 5, 8]))
                done = "" if result == "CANCELLED" else f"{sched + pd.Timedelta(days=lag):%m/%d/%Y}"
                rows.append(
                    {
                        "PERMIT_NUMBER": permit,
                        "ADDRESS": addr,
                        "INSPECTION_TYPE": itype,
                        "RESULT": result,
                        "INSPECTOR": who,
                        "SCHEDULED_DATE": f"{sched:%m/%d/%Y}",
                        "COMPLETED_DATE": done,
                        "DISTRICT": district,
                    }
                )
                when = sched + pd.Timedelta(days=lag + 1)
                if result not in ("FAILED", "PARTIAL") or rng.random() < 0.1:
                    break
    return pd.DataFrame(rows)


def _bi_result(df: pd.DataFrame) -> pd.Series:
    return _text(df, "RESULT").str.upper()


def _bi_fail_rate(exclude_cancelled: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        r = _bi_result(df)
        if exclude_cancelled:
            r = r[r != "CANCELLED"]
        return float((r == "FAILED").mean())

    return rate


def _bi_worst_type(by_rate: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        failed = (_bi_result(df) == "FAILED").astype(float)
        g = failed.groupby(_text(df, "INSPECTION_TYPE"))
        return _top(g.mean() if by_rate else g.sum())

    return pick


def _bi_busiest(exclude_cancelled: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        keep = _bi_result(df) != "CANCELLED" if exclude_cancelled else _bi_result(df) != "\0"
        return _top(_text(df, "INSPECTOR")[keep].value_counts())

    return pick


def _bi_pass_rate(exclude_cancelled: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = df[_text(df, "INSPECTOR") == _bi_busiest(False)(df)]
        r = _bi_result(d)
        if exclude_cancelled:
            r = r[r != "CANCELLED"]
        return float((r == "PASSED").mean())

    return rate


def _bi_lag(df: pd.DataFrame) -> pd.Series:
    s = pd.to_datetime(_text(df, "SCHEDULED_DATE"), format="%m/%d/%Y", errors="coerce")
    c = pd.to_datetime(_text(df, "COMPLETED_DATE"), format="%m/%d/%Y", errors="coerce")
    return (c - s).dt.days.dropna()


def _bi_repeat_fails(df: pd.DataFrame) -> int:
    fails = _text(df, "PERMIT_NUMBER")[_bi_result(df) == "FAILED"].value_counts()
    return int((fails >= 2).sum())


_BI_QS = [
    Q(
        "whats the overall fail rate",
        either(_share(_bi_fail_rate(False)), _share(_bi_fail_rate(True))),
        ("RESULT",),
    ),
    Q(
        "which kind of inspection fails the most",
        _lead(either(_named(_bi_worst_type(True)), _named(_bi_worst_type(False)))),
        ("INSPECTION_TYPE", "RESULT"),
    ),
    Q(
        "who does the most inspections",
        _lead(either(_named(_bi_busiest(False)), _named(_bi_busiest(True)))),
        ("INSPECTOR", "RESULT"),
    ),
    Q(
        "whats their pass rate",
        either(_share(_bi_pass_rate(False)), _share(_bi_pass_rate(True))),
        ("INSPECTOR", "RESULT"),
    ),
    Q(
        "how many days does it usually take from scheduling to the inspection actually happening",
        _typical(_bi_lag),
        ("SCHEDULED_DATE", "COMPLETED_DATE", "RESULT"),
    ),
    Q(
        "how many permits failed more than once",
        _count(_bi_repeat_fails),
        ("PERMIT_NUMBER", "RESULT"),
    ),
]


# --- 6. Fire code inspections --------------------------------------------------------------------------------------

# occupancy: weight, violation rate (Poisson mean)
_FI_OCCUPANCY: dict[str, tuple[float, float]] = {
    "A-2 ASSEMBLY - RESTAURANT": (20, 1.5),
    "A-3 ASSEMBLY - CHURCH/GYM": (7, 0.9),
    "B BUSINESS": (24, 0.6),
    "E EDUCATIONAL": (6, 0.8),
    "F-1 FACTORY - MODERATE HAZARD": (5, 1.9),
    "I-2 INSTITUTIONAL - HOSPITAL/NURSING": (4, 1.0),
    "M MERCANTILE": (16, 1.1),
    "R-2 RESIDENTIAL - APARTMENTS": (11, 1.3),
    "S-1 STORAGE - MODERATE HAZARD": (7, 2.4),
}
# code: weight
_FI_CODES = {
    "IFC 906.2": 22,  # extinguisher inspection
    "IFC 1031.3": 14,  # exit obstruction
    "IFC 605.5": 16,  # extension cords
    "IFC 1008.3": 9,  # emergency lighting
    "IFC 901.6": 12,  # fire protection systems maintenance
    "IFC 315.3.1": 8,  # storage near ceiling
    "IFC 505.1": 5,  # address numbers
    "IFC 703.2": 6,  # fire doors
    "IFC 604.6": 7,  # electrical panel clearance
}
_FI_NAMES_A = ["RIVERSIDE", "GOLDEN", "PARKVIEW", "SUMMIT", "LAKESHORE", "MAIN STREET", "NORTHGATE", "CEDAR", "METRO"]
_FI_NAMES_B = {
    "A-2 ASSEMBLY - RESTAURANT": ["GRILL", "TAQUERIA", "PIZZA CO", "DINER", "THAI KITCHEN"],
    "A-3 ASSEMBLY - CHURCH/GYM": ["BAPTIST CHURCH", "FITNESS", "COMMUNITY CENTER"],
    "B BUSINESS": ["DENTAL GROUP", "INSURANCE AGENCY", "LAW OFFICES", "CREDIT UNION", "REALTY"],
    "E EDUCATIONAL": ["ELEMENTARY SCHOOL", "MONTESSORI", "DAYCARE"],
    "F-1 FACTORY - MODERATE HAZARD": ["MACHINE WORKS", "CABINETRY", "PRINTING"],
    "I-2 INSTITUTIONAL - HOSPITAL/NURSING": ["CARE CENTER", "NURSING HOME"],
    "M MERCANTILE": ["HARDWARE", "MARKET", "AUTO PARTS", "PHARMACY", "BOUTIQUE"],
    "R-2 RESIDENTIAL - APARTMENTS": ["APARTMENTS", "LOFTS", "TOWNHOMES"],
    "S-1 STORAGE - MODERATE HAZARD": ["SELF STORAGE", "WAREHOUSE", "DISTRIBUTION"],
}


def _fire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26506)
    occ = list(_FI_OCCUPANCY)
    ow = [_FI_OCCUPANCY[o][0] for o in occ]
    codes = list(_FI_CODES)
    cw = np.array(list(_FI_CODES.values()), dtype=float)
    businesses = []
    for _ in range(700):
        o = str(_one(rng, occ, ow))
        name = f"{_one(rng, _FI_NAMES_A)} {_one(rng, _FI_NAMES_B[o])}"
        businesses.append((name, o, f"FD-{int(rng.integers(1, 9))}", rng.gamma(2.0, 0.5)))
    rows: list[dict[str, Any]] = []
    year_n = {2021: 520, 2022: 610, 2023: 760, 2024: 690}
    for year, n in year_n.items():
        for _ in range(n):
            name, o, district, risk = businesses[int(rng.integers(len(businesses)))]
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            nv = int(rng.poisson(_FI_OCCUPANCY[o][1] * risk))
            picked = rng.choice(len(codes), size=min(nv, len(codes)), replace=False, p=cw / cw.sum())
            serious = nv >= 3 or rng.random() < 0.15 * nv
            rows.append(
                {
                    "INSPECTION_ID": "",
                    "BUSINESS_NAME": name,
                    "OCCUPANCY_TYPE": o,
                    "INSPECTION_DATE": day,
                    "VIOLATIONS_FOUND": nv,
                    "VIOLATION_CODES": "; ".join(codes[i] for i in sorted(picked)),
                    "REINSPECTION_REQUIRED": "Y" if serious else "N",
                    "FIRE_DISTRICT": district,
                    "RESULT": "NON-COMPLIANT" if nv > 0 else "COMPLIANT",
                }
            )
    df = pd.DataFrame(rows).sort_values("INSPECTION_DATE", kind="stable").reset_index(drop=True)
    count: dict[int, int] = {}
    ids = []
    for d in df["INSPECTION_DATE"]:
        count[d.year] = count.get(d.year, 0) + 1
        ids.append(f"FI-{d.year}-{count[d.year]:06d}")
    df["INSPECTION_ID"] = ids
    df["INSPECTION_DATE"] = [f"{d:%Y-%m-%d}T00:00:00.000" for d in df["INSPECTION_DATE"]]
    return df


def _fi_codes(df: pd.DataFrame) -> pd.Series:
    return _text(df, "VIOLATION_CODES").str.split(";").explode().str.strip().replace("", pd.NA).dropna()


def _fi_worst(df: pd.DataFrame) -> str:
    bad = (_text(df, "RESULT").str.upper() == "NON-COMPLIANT").astype(float)
    return _top(bad.groupby(_text(df, "OCCUPANCY_TYPE")).mean())


def _fi_year_count(year: int) -> Callable[[pd.DataFrame], int]:
    return lambda df: int((_text(df, "INSPECTION_DATE").str[:4] == str(year)).sum())


def _fi_restaurant_mean(df: pd.DataFrame) -> float:
    return float(_num(df, "VIOLATIONS_FOUND")[_text(df, "OCCUPANCY_TYPE").str.contains("RESTAURANT")].mean())


_FI_QS = [
    Q(
        "how many inspections turned up at least one violation",
        _count(lambda df: int((_num(df, "VIOLATIONS_FOUND") > 0).sum())),
        ("VIOLATIONS_FOUND", "RESULT"),
    ),
    Q(
        "whats the most common violation",
        _lead(_named(lambda df: _top(_fi_codes(df).value_counts()))),
        ("VIOLATION_CODES",),
    ),
    Q(
        "what type of building has the worst compliance rate",
        _lead(_named(_fi_worst)),
        ("OCCUPANCY_TYPE", "RESULT"),
    ),
    Q(
        "how many violations does a restaurant get on average",
        _about(_fi_restaurant_mean),
        ("VIOLATIONS_FOUND", "OCCUPANCY_TYPE"),
    ),
    Q(
        "did the number of inspections go up or down from 2022 to 2023",
        _all(_count(_fi_year_count(2022)), _count(_fi_year_count(2023))),
        ("INSPECTION_DATE", "INSPECTION_ID"),
    ),
    Q(
        "what share needed a follow up visit",
        _share(lambda df: float((_text(df, "REINSPECTION_REQUIRED").str.upper() == "Y").mean())),
        ("REINSPECTION_REQUIRED",),
    ),
]


# --- 7. County jail booking log ------------------------------------------------------------------------------------

# charge: severity, weight, typical stay in days, bond choices
_JB_CHARGES: dict[str, tuple[str, float, float, list[str]]] = {
    "DRIVING UNDER THE INFLUENCE": ("MISDEMEANOR", 16, 0.6, ["$500.00", "$1,000.00", "$0.00"]),
    "POSSESSION OF CONTROLLED SUBSTANCE": ("FELONY", 12, 3.0, ["$2,500.00", "$5,000.00", "$10,000.00"]),
    "ASSAULT 4TH DEGREE - DOMESTIC VIOLENCE": ("MISDEMEANOR", 14, 1.5, ["$1,000.00", "$2,500.00", "NO BOND"]),
    "THEFT 3RD DEGREE": ("MISDEMEANOR", 10, 0.8, ["$0.00", "$250.00", "$500.00"]),
    "BURGLARY 2ND DEGREE": ("FELONY", 6, 9.0, ["$10,000.00", "$25,000.00"]),
    "ASSAULT 2ND DEGREE": ("FELONY", 5, 14.0, ["$25,000.00", "$50,000.00", "NO BOND"]),
    "FAILURE TO APPEAR - WARRANT": ("MISDEMEANOR", 15, 1.0, ["$0.00", "$500.00", "$1,000.00"]),
    "DRIVING WHILE LICENSE SUSPENDED 3RD": ("MISDEMEANOR", 8, 0.4, ["$0.00", "$250.00"]),
    "VEHICLE PROWL 2ND DEGREE": ("MISDEMEANOR", 4, 1.0, ["$500.00", "$1,000.00"]),
    "ROBBERY 1ST DEGREE": ("FELONY", 2, 90.0, ["$100,000.00", "NO BOND"]),
    "UNLAWFUL POSSESSION OF FIREARM 1ST": ("FELONY", 3, 45.0, ["$50,000.00", "$75,000.00"]),
    "VIOLATION OF NO CONTACT ORDER": ("MISDEMEANOR", 7, 2.0, ["NO BOND", "$1,000.00"]),
    "DISORDERLY CONDUCT": ("INFRACTION", 3, 0.3, ["$0.00"]),
    "OPEN CONTAINER": ("INFRACTION", 2, 0.2, ["$0.00"]),
}
_JB_AGENCIES = {"COUNTY SHERIFF'S OFFICE": 38, "CITY POLICE DEPARTMENT": 42, "STATE PATROL": 14, "TRIBAL POLICE": 6}
_JB_RACES = {"WHITE": 58, "BLACK": 12, "HISPANIC": 18, "ASIAN": 4, "NATIVE AMERICAN": 5, "UNKNOWN": 3}


def _jail_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26507)
    charges = list(_JB_CHARGES)
    chw = [_JB_CHARGES[c][1] for c in charges]
    agencies = list(_JB_AGENCIES)
    races = list(_JB_RACES)
    cut = pd.Timestamp("2024-06-30 23:59")
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-06-30", freq="D"):
        for _ in range(int(rng.poisson(6.5 if day.day_of_week in (4, 5) else 5.0))):
            sex = "F" if rng.random() < 0.24 else "M"
            age = int(np.clip(rng.gamma(2.6, 5.5) + 18 - (1.5 if sex == "F" else 0), 18, 79))
            charge = str(_one(rng, charges, chw))
            severity, _w, stay, bonds = _JB_CHARGES[charge]
            booked = day + pd.Timedelta(minutes=int(rng.integers(0, 24 * 60)))
            days_in = float(rng.exponential(stay)) + 0.05
            released = booked + pd.Timedelta(minutes=int(days_in * 24 * 60))
            rows.append(
                {
                    "Booking Number": "",
                    "Booking Date": booked,
                    "Release Date": "" if released > cut else f"{released:%m/%d/%Y %I:%M %p}",
                    "Age": age,
                    "Sex": sex,
                    "Race": str(_one(rng, races, list(_JB_RACES.values()))),
                    "Top Charge": charge,
                    "Charge Severity": severity,
                    "Arresting Agency": str(_one(rng, agencies, list(_JB_AGENCIES.values()))),
                    "Bond Amount": str(_one(rng, bonds)),
                }
            )
    df = pd.DataFrame(rows)
    count: dict[int, int] = {}
    ids = []
    for d in df["Booking Date"]:
        count[d.year] = count.get(d.year, 0) + 1
        ids.append(f"{d.year}-{count[d.year]:06d}")
    df["Booking Number"] = ids
    df["Booking Date"] = [f"{d:%m/%d/%Y %I:%M %p}" for d in df["Booking Date"]]
    return df


def _jb_time(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format="%m/%d/%Y %I:%M %p", errors="coerce")


def _jb_stay_days(median: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = ((_jb_time(df, "Release Date") - _jb_time(df, "Booking Date")).dt.total_seconds() / 86400).dropna()
        return float(d.median() if median else d.mean())

    return value


def _jb_age(sex: str | None) -> Callable[[pd.DataFrame], pd.Series]:
    def ages(df: pd.DataFrame) -> pd.Series:
        a = _num(df, "Age")
        return a if sex is None else a[_text(df, "Sex").str.upper() == sex]

    return ages


_JB_QS = [
    Q(
        "how many people are still in custody",
        _count(lambda df: int((_text(df, "Release Date") == "").sum())),
        ("Release Date", "Booking Number"),
    ),
    Q("whats the average age of people booked", _typical(_jb_age(None)), ("Age",)),
    Q("and for women?", _typical(_jb_age("F")), ("Age", "Sex")),
    Q(
        "what share of bookings are felonies",
        _share(lambda df: float((_text(df, "Charge Severity").str.upper() == "FELONY").mean())),
        ("Charge Severity",),
    ),
    Q(
        "what are people most often arrested for",
        _lead(_named(lambda df: _top(_text(df, "Top Charge").value_counts()))),
        ("Top Charge",),
    ),
    Q(
        "how long do people usually stay before getting out",
        either(_days_or_hours(_jb_stay_days(False)), _days_or_hours(_jb_stay_days(True))),
        ("Booking Date", "Release Date"),
    ),
]


HELDOUT265: list[Dataset] = [
    Dataset("google_maps_timeline_place_visits", _google_timeline_frame, _GM_QS),
    Dataset("wallbox_charger_session_history", _wallbox_frame, _WB_QS),
    Dataset("plantnet_observation_history", _plantnet_frame, _PN_QS),
    Dataset("trailforks_ride_log", _trailforks_frame, _TF_QS),
    Dataset("city_building_inspection_results", _building_frame, _BI_QS),
    Dataset("fire_department_fire_code_inspections", _fire_frame, _FI_QS),
    Dataset("county_jail_daily_booking_log", _jail_frame, _JB_QS),
]
