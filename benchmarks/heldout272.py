"""HELDOUT272: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a city graffiti removal
request list in upper-case open-data style (one row per request, 2022 to 2023, about 2% of rows exported twice with
the same REQUEST_ID) with REQUEST_ID as "GR-2022-004512", DATE_CREATED and DATE_CLOSED as "01/15/2023 08:42:00 AM"
(DATE_CLOSED blank on open requests), STATUS (CLOSED, OPEN, CANCELLED), SURFACE_TYPE (WALL, FENCE, SIGN, UTILITY
BOX, SIDEWALK, BRIDGE/OVERPASS, OTHER), PROPERTY_TYPE (PUBLIC, PRIVATE), COUNCIL_DISTRICT (1 to 15, blank when the
address did not geocode), SQ_FT_REMOVED (blank unless closed) and REMOVAL_METHOD (PAINT OVER, PRESSURE WASH,
CHEMICAL, blank unless closed); a street department pothole repair log (one row per pothole, March 2022 to June 2024)
with "SERVICE REQUEST NUMBER" as "SR22-00012345", "CREATION DATE" and "COMPLETION DATE" as "03/04/2022" (completion
blank while open), STATUS (Completed, Open), STREET as "W MADISON ST", WARD (1 to 50), "POTHOLE SIZE" (SMALL,
MEDIUM, LARGE), CREW as "CREW 07" and "ASPHALT (TONS)" (two decimals, blank while open); a municipal beach lifeguard
rescue log (one row per rescue, mid May to mid September 2021 to 2023) with Date as "2023-07-04", Time as "14:35",
Beach, Tower ("Tower 4"), "Rescue Type" (Swimmer in Distress, Rip Current, Medical Aid, Lost Child, Boat Assist),
"Victim Age" (blank or "UNK" when not taken), "Water Temp (F)", "Wave Height (ft)" (one decimal), "Flag Color"
(Green, Yellow, Red) and Guard (initials); a state park campground reservation export (one row per reservation,
arrivals in 2023) with "Reservation ID" as "RC-4512873", Park, Campground, "Site Type" (Tent, RV, Cabin), "Arrival
Date" and "Departure Date" as "2023-06-14", Nights, "Party Size", "Total Paid" as "$135.00" (nightly rate times
nights plus an $8.00 reservation fee), "Booking Channel" (Web, Phone, Walk-In) and Cancelled (Y/N); a marina slip
rental billing export (one row per rental, 2021 to 2024, slips and boats repeat across years) with Slip as "B-12",
Dock (A to D, T for transient), "Boat Name" (upper case), "Boat Length (ft)", "Rental Type" (Annual, Seasonal,
Transient), "Start Date" and "End Date" as "4/1/2023", "Rate/Ft" as "$3.25" (per foot per year, per season or per
night), "Total Billed" as "$1,234.50" and Paid (Y/N); a paddle sports shop rental log (one row per rental, April to
October 2022 and 2023) with "Rental ID" as "R-10234", Date as "6/14/2023", "Boat Type" (Single Kayak, Tandem Kayak,
Canoe, Paddleboard), Hours (1, 2, 3, 4 or 8), Price as "$45.00", "Launch Site", "Returned Late" (Y/N) and "Damage
Fee" ("$0.00" mostly, blank on some rows); and a dental practice appointment export (one row per appointment, 2022
to 2023, patients repeat) with "Patient ID" as "P004512", "Appt Date" as "2023-03-14", "Appt Time" as "9:30 AM",
Provider ("Dr. Anita Patel, DDS", hygienists as "Lisa Romero, RDH"), Procedure (Exam, Cleaning, X-Rays, Filling,
Crown, Root Canal, Extraction), "CDT Code" (D0120 ...), "Duration (min)", Fee, "Insurance Paid" and "Patient Paid"
(two decimals, blank unless completed) and Status (Completed, No-Show, Cancelled). All are generated with a fixed
seed.
"""

from __future__ import annotations

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


def _both(*checks: Check) -> Check:
    """Every one of the checks passes."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for c in checks:
            why = c(answer, df)
            if why:
                return why
        return None

    return check


def _typical_any(*series: Callable[[pd.DataFrame], pd.Series], rel: float = 0.01) -> Check:
    """Mean or median of any one of several readings of a series."""
    return either(*(_typical(s, rel=rel) for s in series))


def _top_month(dates: pd.Series, values: pd.Series | None = None) -> pd.Timestamp:
    month = dates.dt.to_period("M")
    s = month.value_counts() if values is None else values.groupby(month).sum()
    return s.sort_index().idxmax().to_timestamp()


def _day_stamp(d: pd.Timestamp) -> str:
    return f"{d.month}/{d.day}/{d.year}"


# --- 1. Graffiti removal requests ----------------------------------------------------------------------------------

# surface: weight, typical square feet, method weights (paint over, pressure wash, chemical)
_GF_SURFACES: dict[str, tuple[float, float, tuple[float, float, float]]] = {
    "WALL": (34, 90, (60, 25, 15)),
    "FENCE": (16, 55, (70, 20, 10)),
    "SIGN": (14, 6, (10, 15, 75)),
    "UTILITY BOX": (15, 12, (80, 5, 15)),
    "SIDEWALK": (8, 20, (5, 80, 15)),
    "BRIDGE/OVERPASS": (6, 160, (65, 30, 5)),
    "OTHER": (7, 25, (40, 30, 30)),
}
_GF_METHODS = ["PAINT OVER", "PRESSURE WASH", "CHEMICAL"]
_GF_DISTRICTS = {d: w for d, w in zip(range(1, 16), [5, 9, 6, 4, 7, 6, 12, 8, 10, 5, 4, 3, 9, 11, 6], strict=True)}


def _graffiti_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27201)
    rows: list[dict[str, Any]] = []
    surfaces = list(_GF_SURFACES)
    s_weights = [_GF_SURFACES[s][0] for s in surfaces]
    districts = list(_GF_DISTRICTS)
    d_weights = list(_GF_DISTRICTS.values())
    seq = {2022: 0, 2023: 0}
    end = pd.Timestamp("2024-01-10")
    for day in pd.date_range("2022-01-01", "2023-12-31", freq="D"):
        busy = 3.2 + (1.6 if day.month in (6, 7, 8) else 0.0) + (0.8 if day.year == 2023 else 0.0)
        if day.day_of_week >= 5:
            busy *= 0.5
        for _ in range(int(rng.poisson(busy))):
            seq[day.year] += 1
            surface = _one(rng, surfaces, s_weights)
            _, sqft, m_weights = _GF_SURFACES[surface]
            created = day + pd.Timedelta(minutes=int(rng.integers(6 * 60, 20 * 60)), seconds=int(rng.integers(60)))
            status = _one(rng, ["CLOSED", "OPEN", "CANCELLED"], [90, 6, 4])
            private = rng.random() < (0.55 if surface in ("WALL", "FENCE") else 0.12)
            closed = None
            if status != "OPEN":
                wait = float(rng.gamma(1.6, 2.8 if private else 1.9))
                closed = created + pd.Timedelta(hours=wait * 24 + 1)
                if closed > end:
                    status, closed = "OPEN", None
            done = status == "CLOSED"
            rows.append(
                {
                    "REQUEST_ID": f"GR-{day.year}-{seq[day.year]:06d}",
                    "DATE_CREATED": f"{created:%m/%d/%Y %I:%M:%S %p}",
                    "DATE_CLOSED": "" if closed is None else f"{closed:%m/%d/%Y %I:%M:%S %p}",
                    "STATUS": status,
                    "SURFACE_TYPE": surface,
                    "PROPERTY_TYPE": "PRIVATE" if private else "PUBLIC",
                    "COUNCIL_DISTRICT": None if rng.random() < 0.03 else _one(rng, districts, d_weights),
                    "SQ_FT_REMOVED": round(float(rng.lognormal(np.log(sqft), 0.6))) if done else None,
                    "REMOVAL_METHOD": _one(rng, _GF_METHODS, m_weights) if done else "",
                }
            )
    df = pd.DataFrame(rows)
    df["COUNCIL_DISTRICT"] = df["COUNCIL_DISTRICT"].astype("Int64")
    df["SQ_FT_REMOVED"] = df["SQ_FT_REMOVED"].astype("Int64")
    dupes = df.sample(frac=0.02, random_state=27201)
    return pd.concat([df, dupes]).sort_index(kind="stable").reset_index(drop=True)


_GF_FMT = "%m/%d/%Y %I:%M:%S %p"


def _gf_unique(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates("REQUEST_ID")


def _gf_waits(closed_only: bool, unique: bool, how: str) -> Callable[[pd.DataFrame], pd.Series]:
    def waits(df: pd.DataFrame) -> pd.Series:
        d = _gf_unique(df) if unique else df
        if closed_only:
            d = d[_text(d, "STATUS") == "CLOSED"]
        made = pd.to_datetime(_text(d, "DATE_CREATED"), format=_GF_FMT)
        shut = pd.to_datetime(_text(d, "DATE_CLOSED").replace("", None), format=_GF_FMT)
        ok = shut.notna()
        made, shut = made[ok], shut[ok]
        if how == "exact":
            return (shut - made).dt.total_seconds() / 86400
        if how == "floor":
            return (shut - made).dt.days.astype(float)
        return (shut.dt.normalize() - made.dt.normalize()).dt.days.astype(float)

    return waits


def _gf_private(unique: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = _gf_unique(df) if unique else df
        return float((_text(d, "PROPERTY_TYPE") == "PRIVATE").mean())

    return rate


def _gf_top_district(unique: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        d = _gf_unique(df) if unique else df
        d = d[_num(d, "COUNCIL_DISTRICT").notna()]
        top = _num(d, "SQ_FT_REMOVED").groupby(_num(d, "COUNCIL_DISTRICT").astype(int)).sum()
        return _top(top)

    return pick


def _gf_utility_method(df: pd.DataFrame) -> str:
    d = df[(_text(df, "SURFACE_TYPE") == "UTILITY BOX") & (_text(df, "REMOVAL_METHOD") != "")]
    return _top(_text(d, "REMOVAL_METHOD").value_counts())


def _gf_busiest(unique: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(df: pd.DataFrame) -> pd.Timestamp:
        d = _gf_unique(df) if unique else df
        return _top_month(pd.to_datetime(_text(d, "DATE_CREATED"), format=_GF_FMT))

    return pick


_GF_QS = [
    Q(
        "how many graffiti requests are in here",
        either(_count(lambda df: len(df)), _count(lambda df: int(_text(df, "REQUEST_ID").nunique()))),
        ("REQUEST_ID",),
    ),
    Q(
        "what percent of them are on private property",
        either(_share(_gf_private(False)), _share(_gf_private(True))),
        ("PROPERTY_TYPE", "REQUEST_ID"),
    ),
    Q(
        "how long does it usually take to close one",
        _typical_any(
            *(_gf_waits(c, u, h) for c in (True, False) for u in (True, False) for h in ("exact", "floor", "dates")),
            rel=0.02,
        ),
        ("DATE_CREATED", "DATE_CLOSED", "STATUS", "REQUEST_ID"),
    ),
    Q(
        "which district had the most square footage cleaned up",
        _lead(_named_any(lambda df: [_gf_top_district(False)(df), _gf_top_district(True)(df)])),
        ("COUNCIL_DISTRICT", "SQ_FT_REMOVED", "REQUEST_ID"),
    ),
    Q(
        "what removal method do they use most on utility boxes",
        _lead(_named(_gf_utility_method)),
        ("REMOVAL_METHOD", "SURFACE_TYPE"),
    ),
    Q(
        "which month got the most requests",
        _lead(either(_month_year(_gf_busiest(False)), _month_year(_gf_busiest(True)))),
        ("DATE_CREATED", "REQUEST_ID"),
    ),
]


# --- 2. Pothole repair log -----------------------------------------------------------------------------------------

_PH_STREETS = {
    "W MADISON ST": 9,
    "S ASHLAND AVE": 12,
    "N WESTERN AVE": 15,
    "W CHICAGO AVE": 7,
    "S HALSTED ST": 10,
    "N CLARK ST": 6,
    "W 63RD ST": 8,
    "S PULASKI RD": 11,
    "W IRVING PARK RD": 7,
    "N BROADWAY": 4,
    "W 79TH ST": 6,
    "S COTTAGE GROVE AVE": 5,
}
_PH_SIZES = {"SMALL": (50, 0.08, 2.0), "MEDIUM": (35, 0.22, 3.5), "LARGE": (15, 0.55, 6.5)}
_PH_CREWS = {f"CREW {n:02d}": w for n, w in zip([3, 5, 7, 8, 11, 12, 14], [14, 18, 11, 16, 9, 13, 10], strict=True)}


def _pothole_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27202)
    rows: list[dict[str, Any]] = []
    streets = list(_PH_STREETS)
    st_weights = list(_PH_STREETS.values())
    sizes = list(_PH_SIZES)
    sz_weights = [_PH_SIZES[s][0] for s in sizes]
    crews = list(_PH_CREWS)
    cr_weights = list(_PH_CREWS.values())
    seq = 0
    end = pd.Timestamp("2024-06-30")
    for day in pd.date_range("2022-03-01", "2024-06-30", freq="D"):
        busy = 5.0 if day.month in (2, 3, 4) else (3.0 if day.month in (1, 5, 12) else 1.6)
        if day.day_of_week >= 5:
            busy *= 0.4
        for _ in range(int(rng.poisson(busy))):
            seq += 1
            size = _one(rng, sizes, sz_weights)
            _, tons, wait = _PH_SIZES[size]
            fixed = day + pd.Timedelta(days=int(rng.poisson(wait * (1.6 if day.month in (3, 4) else 1.0))))
            done = fixed <= end and rng.random() > 0.02
            rows.append(
                {
                    "SERVICE REQUEST NUMBER": f"SR{day.year % 100:02d}-{seq + 12000:08d}",
                    "CREATION DATE": f"{day:%m/%d/%Y}",
                    "COMPLETION DATE": f"{fixed:%m/%d/%Y}" if done else "",
                    "STATUS": "Completed" if done else "Open",
                    "STREET": _one(rng, streets, st_weights),
                    "WARD": int(rng.integers(1, 51)),
                    "POTHOLE SIZE": size,
                    "CREW": _one(rng, crews, cr_weights) if done else "",
                    "ASPHALT (TONS)": round(float(rng.gamma(4, tons / 4)) + 0.01, 2) if done else None,
                }
            )
    return pd.DataFrame(rows)


def _ph_dates(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(df, col).replace("", None), format="%m/%d/%Y")


def _ph_waits(size: str | None) -> Callable[[pd.DataFrame], pd.Series]:
    def waits(df: pd.DataFrame) -> pd.Series:
        d = df if size is None else df[_text(df, "POTHOLE SIZE") == size]
        return ((_ph_dates(d, "COMPLETION DATE") - _ph_dates(d, "CREATION DATE")).dt.days).dropna()

    return waits


def _ph_tons_2023(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "ASPHALT (TONS)")[_ph_dates(df, col).dt.year == 2023].sum())


_PH_QS = [
    Q(
        "how many potholes haven't been fixed yet",
        _count(lambda df: int((_text(df, "COMPLETION DATE") == "").sum())),
        ("COMPLETION DATE", "STATUS"),
    ),
    Q(
        "how long does it take on average to fix one",
        _typical(_ph_waits(None)),
        ("CREATION DATE", "COMPLETION DATE"),
    ),
    Q(
        "and for the large ones?",
        _typical(_ph_waits("LARGE")),
        ("CREATION DATE", "COMPLETION DATE", "POTHOLE SIZE"),
    ),
    Q(
        "which crew went through the most asphalt",
        _lead(_named(lambda df: _top(_num(df, "ASPHALT (TONS)").groupby(_text(df, "CREW")).sum()))),
        ("CREW", "ASPHALT (TONS)"),
    ),
    Q(
        "total tons of asphalt used in 2023?",
        either(_about(_ph_tons_2023("COMPLETION DATE"), rel=0.005), _about(_ph_tons_2023("CREATION DATE"), rel=0.005)),
        ("ASPHALT (TONS)", "COMPLETION DATE", "CREATION DATE"),
    ),
    Q(
        "what street has the most potholes",
        _lead(_named(lambda df: _top(_text(df, "STREET").value_counts()))),
        ("STREET",),
    ),
]


# --- 3. Lifeguard rescue log ---------------------------------------------------------------------------------------

# beach: weight, towers
_LG_BEACHES = {"Main Beach": (34, 8), "North Beach": (22, 5), "Pier Beach": (18, 4), "South Cove": (14, 3)}
_LG_BEACHES |= {"Dog Beach": (6, 2), "Lagoon Point": (9, 3)}
_LG_TYPES = {"Swimmer in Distress": 36, "Rip Current": 30, "Medical Aid": 16, "Lost Child": 10, "Boat Assist": 8}
_LG_GUARDS = ["JM", "KT", "AR", "DL", "SB", "CW", "MH", "EP", "RN", "TG"]


def _lifeguard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27203)
    rows: list[dict[str, Any]] = []
    beaches = list(_LG_BEACHES)
    b_weights = [_LG_BEACHES[b][0] for b in beaches]
    types = list(_LG_TYPES)
    for year, level in ((2021, 1.3), (2022, 1.8), (2023, 1.5)):
        for day in pd.date_range(f"{year}-05-15", f"{year}-09-15", freq="D"):
            peak = 1.0 + 0.9 * np.exp(-(((day.dayofyear - 200) / 25) ** 2))
            weekend = 1.5 if day.day_of_week >= 5 else 1.0
            waves = max(0.5, float(rng.gamma(3, 0.9)))
            water = 62 + 10 * np.exp(-(((day.dayofyear - 215) / 40) ** 2)) + rng.normal(0, 1.5)
            flag = "Red" if waves >= 4.5 else ("Yellow" if waves >= 2.5 else "Green")
            n = int(rng.poisson(level * peak * weekend * (0.7 + waves / 4)))
            for _ in range(n):
                beach = _one(rng, beaches, b_weights)
                t_weights = [_LG_TYPES[t] * (1 + waves / 2 if t == "Rip Current" else 1) for t in types]
                kind = _one(rng, types, t_weights)
                age: Any = int(
                    np.clip(rng.normal(9 if kind == "Lost Child" else 27, 4 if kind == "Lost Child" else 13), 2, 84)
                )
                r = rng.random()
                if r < 0.06:
                    age = ""
                elif r < 0.10:
                    age = "UNK"
                wave_here = waves if kind == "Rip Current" else max(0.5, waves - 0.6)
                rows.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Time": f"{int(rng.integers(10, 19))}:{int(rng.integers(60)):02d}",
                        "Beach": beach,
                        "Tower": f"Tower {int(rng.integers(1, _LG_BEACHES[beach][1] + 1))}",
                        "Rescue Type": kind,
                        "Victim Age": age,
                        "Water Temp (F)": round(float(water)),
                        "Wave Height (ft)": round(wave_here + float(rng.normal(0, 0.2)), 1),
                        "Flag Color": flag,
                        "Guard": _one(rng, _LG_GUARDS),
                    }
                )
    return pd.DataFrame(rows)


def _lg_wave_means(df: pd.DataFrame) -> list[float]:
    rip = _text(df, "Rescue Type") == "Rip Current"
    waves = _num(df, "Wave Height (ft)")
    return [float(waves[rip].mean()), float(waves[~rip].mean())]


_LG_QS = [
    Q(
        "how many rescues were rip currents",
        _count(lambda df: int((_text(df, "Rescue Type") == "Rip Current").sum())),
        ("Rescue Type",),
    ),
    Q(
        "what's the average age of the people they rescue",
        _typical(lambda df: _num(df, "Victim Age").dropna()),
        ("Victim Age",),
    ),
    Q(
        "how many don't have an age written down",
        either(
            _count(lambda df: int(_num(df, "Victim Age").isna().sum())),
            _count(lambda df: int((_text(df, "Victim Age") == "").sum())),
        ),
        ("Victim Age",),
    ),
    Q(
        "which beach has the most rescues",
        _lead(_named(lambda df: _top(_text(df, "Beach").value_counts()))),
        ("Beach",),
    ),
    Q(
        "avg wave height for rip current rescues vs all the other rescues",
        _about(_lg_wave_means),
        ("Wave Height (ft)", "Rescue Type"),
    ),
    Q(
        "what share of rescues happened with a red flag up",
        _share(lambda df: float((_text(df, "Flag Color") == "Red").mean())),
        ("Flag Color",),
    ),
]


# --- 4. Campground reservations ------------------------------------------------------------------------------------

# park: weight, campgrounds, price multiplier
_CG_PARKS: dict[str, tuple[float, list[str], float]] = {
    "Big Basin Redwoods SP": (24, ["Blooms Creek", "Huckleberry", "Sempervirens"], 1.0),
    "Crystal Cove SP": (12, ["Moro Campground"], 1.6),
    "Pfeiffer Big Sur SP": (20, ["Pfeiffer Main", "Riverside Loop"], 1.25),
    "Lake Oroville SRA": (16, ["Bidwell Canyon", "Loafer Creek"], 0.85),
    "Anza-Borrego Desert SP": (10, ["Borrego Palm Canyon", "Tamarisk Grove"], 0.8),
    "Jedediah Smith Redwoods SP": (18, ["Jedediah Smith Campground"], 0.95),
}
# site type: weight, nightly rate
_CG_SITES = {"Tent": (55, 35.0), "RV": (33, 50.0), "Cabin": (12, 110.0)}
_CG_CHANNELS = {"Web": 78, "Phone": 14, "Walk-In": 8}


def _campground_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27204)
    rows: list[dict[str, Any]] = []
    parks = list(_CG_PARKS)
    p_weights = [_CG_PARKS[p][0] for p in parks]
    sites = list(_CG_SITES)
    s_weights = [_CG_SITES[s][0] for s in sites]
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    d_weights = [1.0 + 3.0 * np.exp(-(((d.dayofyear - 195) / 50) ** 2)) for d in days]
    ids = rng.choice(np.arange(4_100_000, 4_999_999), size=3600, replace=False)
    for rid in ids:
        park = _one(rng, parks, p_weights)
        _, grounds, mult = _CG_PARKS[park]
        site = _one(rng, sites, s_weights)
        arrive = _one(rng, list(days), d_weights)
        nights = int(_one(rng, [1, 2, 3, 4, 5, 6, 7], [18, 34, 20, 11, 7, 4, 6]))
        party = int(np.clip(rng.poisson(2.2 if site == "Tent" else 3.2) + 1, 1, 8))
        rate = round(_CG_SITES[site][1] * mult / 5) * 5 + (5 if party > 6 else 0)
        channel = _one(rng, list(_CG_CHANNELS), list(_CG_CHANNELS.values()))
        rows.append(
            {
                "Reservation ID": f"RC-{rid}",
                "Park": park,
                "Campground": _one(rng, grounds),
                "Site Type": site,
                "Arrival Date": f"{arrive:%Y-%m-%d}",
                "Departure Date": f"{arrive + pd.Timedelta(days=nights):%Y-%m-%d}",
                "Nights": nights,
                "Party Size": party,
                "Total Paid": f"${rate * nights + 8:,.2f}",
                "Booking Channel": channel,
                "Cancelled": "Y" if rng.random() < (0.04 if channel == "Walk-In" else 0.13) else "N",
            }
        )
    return pd.DataFrame(rows).sort_values("Arrival Date", kind="stable").reset_index(drop=True)


def _cg_kept(df: pd.DataFrame, drop_cancelled: bool) -> pd.DataFrame:
    return df[_text(df, "Cancelled") != "Y"] if drop_cancelled else df


def _cg_top_park(drop: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        d = _cg_kept(df, drop)
        return _top(_num(d, "Total Paid").groupby(_text(d, "Park")).sum())

    return pick


def _cg_cabin_rate(drop: bool, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = _cg_kept(df, drop)
        d = d[_text(d, "Site Type") == "Cabin"]
        paid, nights = _num(d, "Total Paid"), _num(d, "Nights")
        return float(paid.sum() / nights.sum()) if pooled else float((paid / nights).mean())

    return rate


def _cg_corr(drop: bool) -> Check:
    return _corr(
        lambda df: _num(_cg_kept(df, drop), "Party Size"),
        lambda df: _num(_cg_kept(df, drop), "Total Paid"),
    )


_CG_QS = [
    Q(
        "what percent of reservations get cancelled",
        _share(lambda df: float((_text(df, "Cancelled") == "Y").mean())),
        ("Cancelled",),
    ),
    Q(
        "how many nights do people usually stay",
        _typical_any(lambda df: _num(df, "Nights"), lambda df: _num(_cg_kept(df, True), "Nights")),
        ("Nights", "Cancelled"),
    ),
    Q(
        "which park made the most money",
        _lead(_named_any(lambda df: [_cg_top_park(False)(df), _cg_top_park(True)(df)])),
        ("Park", "Total Paid", "Cancelled"),
    ),
    Q(
        "what do cabins cost per night on average",
        either(*(_about(_cg_cabin_rate(d, p)) for d in (False, True) for p in (False, True))),
        ("Site Type", "Total Paid", "Nights", "Cancelled"),
    ),
    Q(
        "how many bookings came in over the phone",
        _count(lambda df: int((_text(df, "Booking Channel") == "Phone").sum())),
        ("Booking Channel",),
    ),
    Q(
        "do bigger groups end up paying more? correlation?",
        either(_cg_corr(False), _cg_corr(True)),
        ("Party Size", "Total Paid", "Cancelled"),
    ),
]


# --- 5. Marina slip rentals ----------------------------------------------------------------------------------------

_MR_NAMES = [
    "SEA BREEZE", "REEL THERAPY", "KNOT WORKING", "AQUA VITAE", "SALTY DOG", "FREE SPIRIT", "OFF THE GRID",
    "SEAS THE DAY", "MARY ELLEN", "BLUE HERON", "WINDSONG", "PIPE DREAM", "LIQUID ASSET", "OSPREY", "SERENITY",
    "SHORE THING", "TIDE ME OVER", "NAUTI BUOY", "HALF MOON", "ODYSSEY", "WAVE RUNNER", "LADY GRACE", "CALYPSO",
    "MISS BEHAVIN", "SECOND WIND", "GYPSY SOUL", "ANCHORS AWEIGH", "SUNDANCE", "LUCKY STAR", "WHISKEY PLAN",
]  # fmt: skip


def _marina_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27205)
    rows: list[dict[str, Any]] = []
    # a fleet of resident boats on docks A to D (a name may be shared by two boats of different lengths)
    fleet = []
    for i in range(90):
        dock = "ABCD"[i % 4]
        length = int(np.clip(rng.normal({"A": 26, "B": 32, "C": 38, "D": 48}[dock], 5), 18, 65))
        fleet.append((f"{dock}-{i // 4 + 1:02d}", dock, _MR_NAMES[i % len(_MR_NAMES)], length))
    annual_rate = {2021: 92.0, 2022: 96.0, 2023: 100.0, 2024: 105.0}
    for year in (2021, 2022, 2023, 2024):
        for slip, dock, name, length in fleet:
            kind = _one(rng, ["Annual", "Seasonal", ""], [50, 35, 15])
            if not kind:
                continue
            if kind == "Annual":
                start, stop, rate = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31), annual_rate[year]
            else:
                start, stop, rate = pd.Timestamp(year, 5, 1), pd.Timestamp(year, 10, 31), annual_rate[year] * 0.65
            rows.append((slip, dock, name, length, kind, start, stop, rate, 1))
        for _ in range(int(rng.integers(70, 110))):
            start = pd.Timestamp(year, 5, 1) + pd.Timedelta(days=int(rng.integers(0, 153)))
            nights = int(_one(rng, [1, 2, 3, 4, 5, 7], [30, 30, 15, 10, 7, 8]))
            length = int(np.clip(rng.normal(34, 9), 18, 70))
            name = f"{_one(rng, _MR_NAMES)}{'' if rng.random() < 0.6 else ' ' + str(int(rng.integers(2, 5)))}"
            rate = 2.75 + 0.25 * (year - 2021) + (0.5 if length >= 45 else 0.0)
            slip = f"T-{int(rng.integers(1, 13)):02d}"
            rows.append((slip, "T", name, length, "Transient", start, start + pd.Timedelta(days=nights), rate, nights))
    out = []
    for slip, dock, name, length, kind, start, stop, rate, units in rows:
        total = length * rate * units
        recent = start.year == 2024
        out.append(
            {
                "Slip": slip,
                "Dock": dock,
                "Boat Name": name,
                "Boat Length (ft)": length,
                "Rental Type": kind,
                "Start Date": _day_stamp(start),
                "End Date": _day_stamp(stop),
                "Rate/Ft": f"${rate:.2f}",
                "Total Billed": f"${total:,.2f}",
                "Paid": "N" if rng.random() < (0.25 if recent else 0.05) else "Y",
            }
        )
    return pd.DataFrame(out)


def _mr_start(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Start Date"), format="%m/%d/%Y")


def _mr_transient_2023(df: pd.DataFrame) -> pd.DataFrame:
    return df[(_text(df, "Rental Type") == "Transient") & (_mr_start(df).dt.year == 2023)]


_MR_QS = [
    Q(
        "how much has the marina billed altogether",
        _amount(lambda df: float(_num(df, "Total Billed").sum())),
        ("Total Billed",),
    ),
    Q(
        "how much of that hasn't been paid",
        _amount(lambda df: float(_num(df, "Total Billed")[_text(df, "Paid") == "N"].sum())),
        ("Total Billed", "Paid"),
    ),
    Q(
        "which dock brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Total Billed").groupby(_text(df, "Dock")).sum()))),
        ("Dock", "Total Billed"),
    ),
    Q(
        "whats the typical boat length",
        _typical_any(
            lambda df: _num(df, "Boat Length (ft)"),
            lambda df: _num(df.drop_duplicates(["Boat Name", "Boat Length (ft)"]), "Boat Length (ft)"),
        ),
        ("Boat Length (ft)", "Boat Name"),
    ),
    Q(
        "how many transient rentals were there in 2023",
        _count(lambda df: len(_mr_transient_2023(df))),
        ("Rental Type", "Start Date"),
    ),
    Q(
        "and how long were those boats on average",
        _typical(lambda df: _num(_mr_transient_2023(df), "Boat Length (ft)")),
        ("Rental Type", "Start Date", "Boat Length (ft)"),
    ),
]


# --- 6. Kayak and canoe rentals ------------------------------------------------------------------------------------

# boat: weight, price per hour, full-day (8 h) price, late chance
_KY_BOATS = {
    "Single Kayak": (40, 20.0, 85.0, 0.10),
    "Tandem Kayak": (24, 30.0, 120.0, 0.13),
    "Canoe": (14, 30.0, 110.0, 0.21),
    "Paddleboard": (22, 22.0, 90.0, 0.07),
}
_KY_SITES = {"Main Dock": 50, "Mill Pond Launch": 20, "River Bend Put-In": 18, "North Beach": 12}


def _kayak_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27206)
    rows: list[dict[str, Any]] = []
    boats = list(_KY_BOATS)
    b_weights = [_KY_BOATS[b][0] for b in boats]
    seq = 10000
    for year in (2022, 2023):
        for day in pd.date_range(f"{year}-04-15", f"{year}-10-15", freq="D"):
            summer = 1.0 + 1.6 * np.exp(-(((day.dayofyear - 190) / 30) ** 2))
            weekend = 2.2 if day.day_of_week >= 5 else 1.0
            for _ in range(int(rng.poisson(1.8 * summer * weekend * (1.12 if year == 2023 else 1.0)))):
                seq += 1
                boat = _one(rng, boats, b_weights)
                _, hourly, full, late = _KY_BOATS[boat]
                hours = int(_one(rng, [1, 2, 3, 4, 8], [25, 38, 17, 12, 8]))
                price = full if hours == 8 else hourly * hours
                damaged = rng.random() < 0.04
                fee = float(_one(rng, [25, 50, 75, 150])) if damaged else 0.0
                rows.append(
                    {
                        "Rental ID": f"R-{seq}",
                        "Date": _day_stamp(day),
                        "Boat Type": boat,
                        "Hours": hours,
                        "Price": f"${price:.2f}",
                        "Launch Site": _one(rng, list(_KY_SITES), list(_KY_SITES.values())),
                        "Returned Late": "Y" if rng.random() < late else "N",
                        "Damage Fee": "" if (not damaged and rng.random() < 0.15) else f"${fee:.2f}",
                    }
                )
    return pd.DataFrame(rows)


def _ky_late(boat: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float((_text(df[_text(df, "Boat Type") == boat], "Returned Late") == "Y").mean())


def _ky_best_month(with_fees: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(df: pd.DataFrame) -> pd.Timestamp:
        money = _num(df, "Price") + (_num(df, "Damage Fee").fillna(0) if with_fees else 0)
        return _top_month(pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y"), money)

    return pick


_KY_QS = [
    Q(
        "what kind of boat gets rented the most",
        _lead(_named(lambda df: _top(_text(df, "Boat Type").value_counts()))),
        ("Boat Type",),
    ),
    Q(
        "average rental length in hours?",
        _about(lambda df: float(_num(df, "Hours").mean())),
        ("Hours",),
    ),
    Q(
        "how often do people bring the boat back late",
        _share(lambda df: float((_text(df, "Returned Late") == "Y").mean())),
        ("Returned Late",),
    ),
    Q(
        "are canoes late more than paddleboards? give me both rates",
        _both(_share(_ky_late("Canoe")), _share(_ky_late("Paddleboard"))),
        ("Returned Late", "Boat Type"),
    ),
    Q(
        "how much have we collected in damage fees",
        _amount(lambda df: float(_num(df, "Damage Fee").sum())),
        ("Damage Fee",),
    ),
    Q(
        "which month made the most money",
        _lead(either(_month_year(_ky_best_month(False)), _month_year(_ky_best_month(True)))),
        ("Date", "Price", "Damage Fee"),
    ),
]


# --- 7. Dental appointments ----------------------------------------------------------------------------------------

# procedure: weight, CDT code, minutes, fee, insurance share, done by hygienist
_DN_PROCS: dict[str, tuple[float, str, int, float, float, bool]] = {
    "Exam": (22, "D0120", 20, 65.0, 0.95, False),
    "Cleaning": (34, "D1110", 60, 125.0, 0.9, True),
    "X-Rays": (12, "D0274", 15, 85.0, 0.85, True),
    "Filling": (17, "D2392", 45, 210.0, 0.7, False),
    "Crown": (7, "D2740", 90, 1350.0, 0.5, False),
    "Root Canal": (4, "D3330", 90, 1100.0, 0.55, False),
    "Extraction": (4, "D7140", 40, 240.0, 0.65, False),
}
_DN_DENTISTS = {"Dr. Anita Patel, DDS": 55, "Dr. Mark Chen, DMD": 45}
_DN_HYGIENISTS = {"Lisa Romero, RDH": 60, "Kevin Brooks, RDH": 40}


def _dental_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27207)
    rows: list[dict[str, Any]] = []
    procs = list(_DN_PROCS)
    p_weights = [_DN_PROCS[p][0] for p in procs]
    patients = [f"P{n:06d}" for n in rng.choice(np.arange(1000, 9999), size=950, replace=False)]
    no_show_lean = {p: float(rng.beta(1.2, 12)) for p in patients}
    days = [d for d in pd.date_range("2022-01-03", "2023-12-29", freq="D") if d.day_of_week < 5]
    for _ in range(3700):
        patient = _one(rng, patients)
        proc = _one(rng, procs, p_weights)
        _, code, minutes, fee, ins, hyg = _DN_PROCS[proc]
        staff = _DN_HYGIENISTS if hyg else _DN_DENTISTS
        provider = _one(rng, list(staff), list(staff.values()))
        day = _one(rng, days)
        slot = int(rng.integers(16, 34))  # half hours from 8:00 to 16:30
        price = fee * (1.04 if day.year == 2023 else 1.0)
        r = rng.random()
        status = "No-Show" if r < no_show_lean[patient] else ("Cancelled" if r < no_show_lean[patient] + 0.07 else "")
        status = status or "Completed"
        insured = rng.random() < 0.8
        ins_paid = round(price * ins * float(rng.uniform(0.9, 1.0)), 2) if insured else 0.0
        rows.append(
            {
                "Patient ID": patient,
                "Appt Date": f"{day:%Y-%m-%d}",
                "Appt Time": f"{(slot // 2 - 1) % 12 + 1}:{'30' if slot % 2 else '00'} {'AM' if slot < 24 else 'PM'}",
                "Provider": provider,
                "Procedure": proc,
                "CDT Code": code,
                "Duration (min)": minutes + int(_one(rng, [-10, 0, 0, 0, 15])) if minutes > 20 else minutes,
                "Fee": round(price, 2),
                "Insurance Paid": ins_paid if status == "Completed" else None,
                "Patient Paid": round(price - ins_paid, 2) if status == "Completed" else None,
                "Status": status,
            }
        )
    return pd.DataFrame(rows).sort_values("Appt Date", kind="stable").reset_index(drop=True)


def _dn_done(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == "Completed"]


def _dn_top_procs(df: pd.DataFrame) -> list[str]:
    done = _dn_done(df)
    collected = _num(done, "Insurance Paid").fillna(0) + _num(done, "Patient Paid").fillna(0)
    return [
        _top(collected.groupby(_text(done, "Procedure")).sum()),
        _top(_num(done, "Fee").groupby(_text(done, "Procedure")).sum()),
        _top(_num(df, "Fee").groupby(_text(df, "Procedure")).sum()),
    ]


def _dn_no_show(of_kept: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = df[_text(df, "Status") != "Cancelled"] if of_kept else df
        return float((_text(d, "Status") == "No-Show").mean())

    return rate


def _dn_insurance_2023(df: pd.DataFrame) -> float:
    year = pd.to_datetime(_text(df, "Appt Date"), format="%Y-%m-%d").dt.year
    return float(_num(df, "Insurance Paid")[year == 2023].sum())


_DN_QS = [
    Q(
        "what's our no-show rate",
        either(_share(_dn_no_show(False)), _share(_dn_no_show(True))),
        ("Status",),
    ),
    Q(
        "how many different patients do we have",
        _count(lambda df: int(_text(df, "Patient ID").nunique())),
        ("Patient ID",),
    ),
    Q(
        "which procedure brings in the most money",
        _lead(_named_any(_dn_top_procs)),
        ("Procedure", "Fee", "Insurance Paid", "Patient Paid", "Status"),
    ),
    Q(
        "average fee for a root canal?",
        _typical_any(
            lambda df: _num(df[_text(df, "Procedure") == "Root Canal"], "Fee"),
            lambda df: _num(_dn_done(df)[_text(_dn_done(df), "Procedure") == "Root Canal"], "Fee"),
        ),
        ("Procedure", "Fee", "Status"),
    ),
    Q(
        "how much did insurance pay us in 2023",
        _amount(_dn_insurance_2023),
        ("Insurance Paid", "Appt Date"),
    ),
    Q(
        "who has the most no-shows",
        _lead(_named(lambda df: _top((_text(df, "Status") == "No-Show").groupby(_text(df, "Provider")).sum()))),
        ("Provider", "Status"),
    ),
]


HELDOUT272: list[Dataset] = [
    Dataset("city_graffiti_removal_requests", _graffiti_frame, _GF_QS),
    Dataset("street_pothole_repair_log", _pothole_frame, _PH_QS),
    Dataset("beach_lifeguard_rescue_log", _lifeguard_frame, _LG_QS),
    Dataset("state_park_campground_reservations", _campground_frame, _CG_QS),
    Dataset("marina_slip_rental_billing", _marina_frame, _MR_QS),
    Dataset("kayak_canoe_rental_log", _kayak_frame, _KY_QS),
    Dataset("dental_practice_appointments", _dental_frame, _DN_QS),
]
