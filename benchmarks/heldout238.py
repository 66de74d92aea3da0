"""HELDOUT238: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Ski Tracks
app session export (one row per day on the mountain, seasons 2019-20 to 2023-24) with Date as "2023-01-14", Resort,
Runs, "Distance (km)" with one decimal, "Vertical Descent (m)", "Max Speed (km/h)" and "Avg Speed (km/h)" with one
decimal, Duration and "Ski Time" as "h:mm:ss" text ("5:42:10"), "Max Altitude (m)", Lifts, "Max Slope (degrees)"
(blank on a few days the phone lost GPS) and Notes (blank on most days); a Surfline session log exported from a
watch (2022-2024) with Date as "2023-07-14", "Start Time" as "6:45 AM", Spot, Region, "Duration (min)", "Wave
Count", "Longest Wave (s)", "Top Speed (mph)", "Distance Paddled (mi)", "Surf Height" as text ("2-3 ft", "3-4 ft+",
"1-2 ft"), Conditions in upper case (POOR, POOR TO FAIR, FAIR, FAIR TO GOOD, GOOD, EPIC), Wind as "8 mph NW", Tide
(Low, Mid, High, Rising, Falling), Board and Rating (1-5 stars, blank for many); a Vrbo host's reservations export
across five properties (stays 2022-2024) with "Reservation ID" like "HA-7QK2PZ", "Property Name", "Guest Name",
Check-in, Check-out and "Booked On" as "MM/DD/YYYY", Nights, Adults, Children, Pets, Source (Vrbo, Expedia,
Hotels.com, Direct), Status (Confirmed, Cancelled, Completed, Inquiry), Rent, "Cleaning Fee", "Service Fee", Taxes
and Payout as plain numbers with two decimals (blank for inquiries; Payout 0 or a partial cancellation fee for
cancellations) and "Guest Rating" (1-5, blank unless the guest left one); a Beat Saber score history export from a
leaderboard site (one row per play, 2023-2024) with "Played At" as "2024-03-14T21:05:33Z", "Song Name", "Song
Artist", Mapper, Difficulty (Easy, Normal, Hard, Expert, ExpertPlus), Stars (blank for unranked maps), Score,
"Accuracy (%)" with two decimals, Misses, "Bad Cuts", "Max Combo", "Full Combo" (true / false), PP (0 for unranked
maps), Rank (1-200000) and Modifiers (blank, "FS", "NF", "GN"); the Chicago Public Library "Libraries - Visitors by
Location" files for 2017-2020 stacked with a YEAR column, in their wide layout: YEAR, LOCATION (branch name),
ADDRESS in upper case, CITY ("CHICAGO"), ZIP, JANUARY ... DECEMBER monthly visitor counts (0 in months a branch was
closed for renovation and in the spring 2020 closure) and YTD; a county assessor's residential property sales file
(2019-2024) with "Parcel Number" as "14-21-305-017" (parcels that resold repeat), "Sale Date" as "MM/DD/YYYY", "Sale
Price" (nominal $0 / $10 / $100 prices on some quit claims), "Sale Type" (Arm's Length, Non-Arm's Length,
Foreclosure, Quit Claim, Estate Sale), "Property Class" (Single Family, Condo, Townhouse, Duplex, Mobile Home),
"Year Built" (0 when unknown), "Living Area (sq ft)", "Lot Size (acres)" (blank for condos), Bedrooms, Bathrooms
(like 2.5), Neighborhood, "Assessed Value" and "Zip Code"; and the U.S. Department of Justice clemency grants list
(2009-2024, one row per grant) with Name, District ("E.D. Va.", "S.D.N.Y."), Offense as free text ("Conspiracy to
distribute cocaine base; 21 U.S.C. 846"), Sentence as free text ("120 months' imprisonment, five years' supervised
release", blank for a few old pardons), "Clemency Type" (Pardon, Commutation, Remission), Conditions (Yes / No),
President (Obama, Trump, Biden), "Date Granted" as "January 17, 2017" and Year. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout38 import _month
from .heldout39 import _month_of
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", "+", commas and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%+\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


def _hours(s: pd.Series) -> pd.Series:
    """ "h:mm:ss" text as hours."""
    parts = s.astype("string").str.split(":", expand=True).astype(float)
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def _hms(hours: float) -> str:
    secs = round(hours * 3600)
    return f"{secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d}"


def _change(a: Callable[[pd.DataFrame], float], b: Callable[[pd.DataFrame], float]) -> Check:
    """A change from a to b, as the difference (in full or in thousands / millions) or as a percentage of a."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        x, y = float(a(df)), float(b(df))
        diff = _scaled(lambda d: abs(y - x), _BIG, rel=0.01)(answer, df)
        if diff is None:
            return None
        pct = abs(y - x) / x * 100
        found = [float(t.replace(",", "")) for t in re.findall(r"\d[\d,]*(?:\.\d+)?", answer)]
        if any(abs(f - pct) <= max(0.01 * pct, 0.51) for f in found):
            return None
        return f"missing change {y - x:.6g} ({pct:.3g}%)"

    return check


# --- 1. Ski Tracks session export ----------------------------------------------------------------------------------

_SK_RESORTS = {
    "Whistler Blackcomb": (2284, 32, 3),
    "Revelstoke": (2225, 25, 2),
    "Big White": (2319, 28, 5),
    "Sun Peaks": (2080, 26, 4),
    "Silver Star": (1915, 24, 3),
    "Red Mountain": (2075, 30, 2),
}
_SK_NOTES = ["powder day!", "icy in the morning", "with the kids", "lessons", "fog on top", "bluebird", "knee sore"]


def _ski_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23801)
    rows = []
    days: set[pd.Timestamp] = set()
    names = list(_SK_RESORTS)
    weights = [3, 1.5, 4, 2.5, 2, 1]
    for season in range(2019, 2024):
        n = int(rng.integers(55, 85))
        start = pd.Timestamp(season, 12, 1)
        home = _one(rng, names, weights)
        while n > 0:
            day = start + pd.Timedelta(days=int(rng.integers(0, 135)))
            if day in days:
                continue
            days.add(day)
            n -= 1
            resort = home if rng.random() < 0.45 else _one(rng, names, weights)
            top, slope, _ = _SK_RESORTS[resort]
            ski_h = float(np.clip(rng.normal(3.2, 1.1), 0.6, 6.5))
            total_h = ski_h + float(rng.uniform(0.6, 2.5))
            runs = max(1, round(ski_h * rng.uniform(2.2, 4.0)))
            vert_run = float(rng.uniform(280, 620))
            vertical = round(runs * vert_run)
            distance = round(vertical / 1000 * rng.uniform(4.5, 6.5) + runs * 0.3, 1)
            avg = round(distance / ski_h * rng.uniform(0.85, 1.0), 1)
            mx = round(float(np.clip(rng.normal(62, 11), 30, 108)), 1)
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Resort": resort,
                    "Runs": runs,
                    "Distance (km)": distance,
                    "Vertical Descent (m)": vertical,
                    "Max Speed (km/h)": mx,
                    "Avg Speed (km/h)": avg,
                    "Duration": _hms(total_h),
                    "Ski Time": _hms(ski_h),
                    "Max Altitude (m)": int(top - rng.integers(0, 250)),
                    "Lifts": runs + int(rng.integers(0, 3)),
                    "Max Slope (degrees)": "" if rng.random() < 0.05 else int(slope + rng.integers(-6, 9)),
                    "Notes": _one(rng, _SK_NOTES) if rng.random() < 0.18 else "",
                }
            )
    out = pd.DataFrame(rows)
    return out.sort_values("Date", kind="stable").reset_index(drop=True)


def _sk_fastest(df: pd.DataFrame) -> pd.Series:
    return df.loc[df["Max Speed (km/h)"].idxmax()]


def _sk_season_hours(df: pd.DataFrame) -> float:
    d = pd.to_datetime(df["Date"])
    keep = (d >= "2022-07-01") & (d < "2023-07-01")
    return float(_hours(df.loc[keep, "Ski Time"]).sum())


_SK_QS = [
    Q(
        "which resort have i been to the most",
        _lead(_named(lambda df: _top(df["Resort"].value_counts()))),
        ("Resort", "Date"),
    ),
    Q(
        "what's the fastest i've ever gone",
        has(lambda df: float(_sk_fastest(df)["Max Speed (km/h)"])),
        ("Max Speed (km/h)", "Date", "Resort"),
    ),
    Q(
        "where was that",
        _named(lambda df: str(_sk_fastest(df)["Resort"])),
        ("Resort", "Max Speed (km/h)", "Date"),
    ),
    Q(
        "average vertical per day at each resort",
        _about(lambda df: df.groupby("Resort")["Vertical Descent (m)"].mean().to_numpy(), rel=0.005),
        ("Resort", "Vertical Descent (m)", "Date"),
    ),
    Q(
        "how many hours was i actually skiing in the 2022-23 season",
        _about(_sk_season_hours, rel=0.01),
        ("Ski Time", "Date"),
    ),
    Q(
        "do more runs mean more vertical? how strong is the link",
        _corr(lambda df: df["Runs"], lambda df: df["Vertical Descent (m)"]),
        ("Runs", "Vertical Descent (m)"),
    ),
]


# --- 2. Surfline session log ---------------------------------------------------------------------------------------

_SF_SPOTS = {
    "Huntington Beach Pier": "North Orange County",
    "Seal Beach": "North Orange County",
    "Newport Point": "North Orange County",
    "Trestles": "South Orange County",
    "San Clemente Pier": "South Orange County",
    "Doheny": "South Orange County",
    "Oceanside Pier": "North San Diego",
    "Swamis": "North San Diego",
}
_SF_SPOT_W = [6, 2, 1.5, 3, 2.5, 1, 2, 1.5]
_SF_CONDITIONS = ["POOR", "POOR TO FAIR", "FAIR", "FAIR TO GOOD", "GOOD", "EPIC"]
_SF_HEIGHTS = ["1-2 ft", "2-3 ft", "2-3 ft+", "3-4 ft", "3-4 ft+", "4-5 ft", "5-6 ft", "6-8 ft"]
_SF_DIRS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW", "WNW", "SSW"]
_SF_BOARDS = ["7'2 Firewire Seaside", "6'0 Lost Driver", "9'1 Longboard", "5'10 Pyzel Ghost"]


def _surf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23802)
    rows = []
    spots = list(_SF_SPOTS)
    for _ in range(620):
        day = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 3 * 365)))
        summer = day.month in (5, 6, 7, 8, 9, 10)
        if not summer and rng.random() < 0.35:
            day = day + pd.DateOffset(months=int(rng.integers(3, 6)))
            if day.year > 2024:
                day = day - pd.DateOffset(years=1)
        spot = _one(rng, spots, _SF_SPOT_W)
        hidx = int(np.clip(rng.normal(2.6, 1.6), 0, 7))
        cidx = int(np.clip(round(rng.normal(2.0, 1.1) + (hidx - 2.6) * 0.3), 0, 5))
        minutes = int(np.clip(rng.normal(95, 30), 25, 240))
        waves = int(rng.poisson(minutes / 60 * (5 + 2.2 * cidx)))
        wind_mph = int(np.clip(rng.gamma(2.2, 3.5), 0, 30))
        start_h = float(np.clip(rng.normal(8.5, 2.8), 5.5, 18.5))
        hh, mm = int(start_h), int((start_h % 1) * 60)
        rating = int(np.clip(round(1 + cidx * 0.75 + rng.normal(0, 0.7)), 1, 5))
        board = _one(rng, _SF_BOARDS, [4, 3, 2, 1.5])
        if board == "9'1 Longboard":
            rating = int(np.clip(rating + rng.integers(-1, 2), 1, 5))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Start Time": f"{(hh % 12) or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
                "Spot": spot,
                "Region": _SF_SPOTS[spot],
                "Duration (min)": minutes,
                "Wave Count": waves,
                "Longest Wave (s)": int(np.clip(rng.normal(12 + 2 * hidx, 4), 3, 45)) if waves else 0,
                "Top Speed (mph)": round(float(np.clip(rng.normal(14 + hidx, 3), 5, 32)), 1) if waves else 0.0,
                "Distance Paddled (mi)": round(minutes / 60 * rng.uniform(0.6, 1.3), 2),
                "Surf Height": _SF_HEIGHTS[hidx],
                "Conditions": _SF_CONDITIONS[cidx],
                "Wind": f"{wind_mph} mph {_one(rng, _SF_DIRS)}" if wind_mph else "Calm",
                "Tide": _one(rng, ["Low", "Mid", "High", "Rising", "Falling"], [2, 3, 2, 2.5, 2.5]),
                "Board": board,
                "Rating": rating if rng.random() < 0.62 else None,
            }
        )
    out = pd.DataFrame(rows)
    out = out.sort_values(["Date", "Start Time"], kind="stable").reset_index(drop=True)
    out["Rating"] = out["Rating"].astype("Int64")
    return out


def _sf_good_waves(strict: bool) -> Callable[[pd.DataFrame], float]:
    levels = ["GOOD", "EPIC"] if strict else ["FAIR TO GOOD", "GOOD", "EPIC"]
    return lambda df: float(df.loc[df["Conditions"].str.strip().str.upper().isin(levels), "Wave Count"].mean())


def _sf_wind(calm_zero: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def typical(df: pd.DataFrame) -> float:
        mph = pd.to_numeric(df["Wind"].astype("string").str.extract(r"(\d+)")[0], errors="coerce")
        if calm_zero:
            mph = mph.fillna(0)
        return float(mph.mean() if how == "mean" else mph.median())

    return typical


def _sf_busiest_2023(df: pd.DataFrame) -> int:
    d = pd.to_datetime(df["Date"])
    return int(_top(d[d.dt.year == 2023].dt.month.value_counts()))


_SF_QS = [
    Q(
        "where do i surf the most",
        _lead(_named(lambda df: _top(df["Spot"].value_counts()))),
        ("Spot", "Region"),
    ),
    Q(
        "how many waves do i catch on average when it's good or better",
        either(_about(_sf_good_waves(True)), _about(_sf_good_waves(False))),
        ("Wave Count", "Conditions"),
    ),
    Q(
        "avg rating by board",
        _about(lambda df: df.groupby("Board")["Rating"].mean().to_numpy(), rel=0.005),
        ("Board", "Rating"),
    ),
    Q(
        "what % of sessions did i not rate",
        _share(lambda df: _blank(df["Rating"]).mean()),
        ("Rating",),
    ),
    Q(
        "how windy is it usually when i'm out, in mph",
        either(*(_about(_sf_wind(c, h)) for c in (True, False) for h in ("mean", "median"))),
        ("Wind",),
    ),
    Q(
        "which month of 2023 did i surf the most",
        _lead(_month_of(_sf_busiest_2023)),
        ("Date",),
    ),
]


# --- 3. Vrbo reservations export ------------------------------------------------------------------------------------

_VR_PROPS = {
    "Lakeview Cabin w/ Hot Tub": (265, 150, 2),
    "Downtown Loft Steps to Main St": (189, 95, 1),
    "Cozy Mountain A-Frame": (225, 125, 2),
    "Beachside Bungalow - Sleeps 8": (340, 200, 3),
    "Riverside Cottage": (160, 90, 1),
}
_VR_FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth"]
_VR_FIRST += ["William", "Susan", "Carlos", "Priya", "Wei", "Fatima", "Kevin", "Megan", "Tyler", "Ashley"]
_VR_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Martinez", "Lopez"]
_VR_LAST += ["Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Nguyen", "Patel", "Kim", "Clark", "Lewis"]


def _vrbo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23803)
    rows = []
    props = list(_VR_PROPS)
    used: set[str] = set()
    while len(rows) < 900:
        code = "HA-" + "".join(rng.choice(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), 6))
        if code in used:
            continue
        used.add(code)
        prop = _one(rng, props, [3, 2.5, 2.5, 2, 1.5])
        rate, cleaning, size = _VR_PROPS[prop]
        checkin = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 3 * 365)))
        summer = 1.35 if checkin.month in (6, 7, 8) else 1.0
        nights = int(np.clip(rng.geometric(0.28) + 1, 2, 14))
        booked = checkin - pd.Timedelta(days=int(rng.integers(1, 180)))
        source = _one(rng, ["Vrbo", "Expedia", "Hotels.com", "Direct"], [62, 18, 9, 11])
        status = _one(rng, ["Completed", "Cancelled", "Inquiry", "Confirmed"], [80, 9, 5, 0])
        if checkin > pd.Timestamp("2024-10-15") and status == "Completed":
            status = "Confirmed"
        adults = int(np.clip(rng.poisson(1 + size), 1, 2 * size + 2))
        children = int(rng.poisson(0.3 * size)) if rng.random() < 0.45 else 0
        pets = int(rng.integers(1, 3)) if rng.random() < (0.22 if "Cabin" in prop or "Cottage" in prop else 0.06) else 0
        rent = round(nights * rate * summer * rng.uniform(0.85, 1.15), 2)
        service = round(rent * 0.08, 2) if source != "Direct" else 0.0
        taxes = round((rent + cleaning) * 0.115, 2)
        payout = round(rent + cleaning - (0.05 + (0.1 if source in ("Expedia", "Hotels.com") else 0.03)) * rent, 2)
        money: dict[str, Any] = {
            "Rent": rent,
            "Cleaning Fee": float(cleaning),
            "Service Fee": service,
            "Taxes": taxes,
            "Payout": payout,
        }
        if status == "Inquiry":
            money = dict.fromkeys(money)
        elif status == "Cancelled":
            money["Payout"] = round(0.5 * rent, 2) if rng.random() < 0.35 else 0.0
        rating = None
        if status == "Completed" and rng.random() < 0.55:
            rating = int(np.clip(round(rng.normal(4.6 if "Beach" in prop else 4.3, 0.7)), 1, 5))
        rows.append(
            {
                "Reservation ID": code,
                "Property Name": prop,
                "Guest Name": f"{_one(rng, _VR_FIRST)} {_one(rng, _VR_LAST)}",
                "Check-in": f"{checkin:%m/%d/%Y}",
                "Check-out": f"{checkin + pd.Timedelta(days=nights):%m/%d/%Y}",
                "Nights": nights,
                "Adults": adults,
                "Children": children,
                "Pets": pets,
                "Booked On": f"{booked:%m/%d/%Y}",
                "Source": source,
                "Status": status,
                **money,
                "Guest Rating": rating,
            }
        )
    out = pd.DataFrame(rows)
    out["Guest Rating"] = out["Guest Rating"].astype("Int64")
    return out.sort_values("Booked On", key=pd.to_datetime, kind="stable").reset_index(drop=True)


def _vr_payout_2023(by: str) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        keep = (pd.to_datetime(df[by], format="%m/%d/%Y").dt.year == 2023) & (df["Status"] != "Cancelled")
        return float(df.loc[keep, "Payout"].sum())

    return total


def _vr_top_property(drop_cancelled: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = df[df["Status"] != "Cancelled"] if drop_cancelled else df
        return _top(d.groupby("Property Name")["Payout"].sum())

    return top


def _vr_nights(how: str) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        if how == "stays":
            return float(df.loc[df["Status"].isin(["Completed", "Confirmed"]), "Nights"].mean())
        if how == "booked":
            return float(df.loc[df["Status"] != "Inquiry", "Nights"].mean())
        return float(df["Nights"].mean())

    return mean


def _vr_ota_share(how: str) -> Callable[[pd.DataFrame], float]:
    def share(df: pd.DataFrame) -> float:
        d = df
        if how == "no_inquiry":
            d = df[df["Status"] != "Inquiry"]
        elif how == "stays":
            d = df[df["Status"].isin(["Completed", "Confirmed"])]
        return float(d["Source"].isin(["Expedia", "Hotels.com"]).mean())

    return share


_VR_QS = [
    Q(
        "how much did i make in 2023, not counting cancellations",
        either(
            _scaled(_vr_payout_2023("Check-in"), _BIG),
            _scaled(_vr_payout_2023("Check-out"), _BIG),
            _scaled(_vr_payout_2023("Booked On"), _BIG),
        ),
        ("Payout", "Status", "Check-in", "Check-out", "Booked On"),
    ),
    Q(
        "which property brings in the most money",
        either(_lead(_named(_vr_top_property(False))), _lead(_named(_vr_top_property(True)))),
        ("Property Name", "Payout", "Status"),
    ),
    Q(
        "what's the typical length of stay",
        either(
            *(_about(_vr_nights(h)) for h in ("stays", "booked", "all")),
            has(lambda df: float(df["Nights"].median())),
        ),
        ("Nights", "Status", "Check-in", "Check-out"),
    ),
    Q(
        "what percent of bookings come through expedia or hotels.com",
        either(*(_share(_vr_ota_share(h)) for h in ("all", "no_inquiry", "stays"))),
        ("Source", "Status"),
    ),
    Q(
        "average guest rating for each property",
        _about(lambda df: df.groupby("Property Name")["Guest Rating"].mean().to_numpy(), rel=0.005),
        ("Property Name", "Guest Rating"),
    ),
    Q(
        "how many bookings brought pets",
        either(
            _count(lambda df: int((df["Pets"] > 0).sum())),
            _count(lambda df: int(((df["Pets"] > 0) & (df["Status"] != "Inquiry")).sum())),
            _count(lambda df: int(((df["Pets"] > 0) & df["Status"].isin(["Completed", "Confirmed"])).sum())),
        ),
        ("Pets", "Status"),
    ),
]


# --- 4. Beat Saber score history ------------------------------------------------------------------------------------

_BS_SONGS = [
    ("Believer", "Imagine Dragons", "Joetastic"),
    ("Crab Rave", "Noisestorm", "Freeek"),
    ("Legend", "Jaroslav Beck", "Kival Evan"),
    ("Reality Check Through The Skull", "DM DOKURO", "Skyler Wallace"),
    ("Ghost", "Camellia", "Fatbeanzoop"),
    ("Night Raid with a Dragon", "Camellia", "Hexagonial"),
    ("Lone Digger", "Caravan Palace", "Nolan121405"),
    ("Overkill", "RIOT", "Nuketime"),
    ("Shinobi", "Ryo Nagamatsu", "Teuflum"),
    ("Pop/Stars", "K/DA", "Joetastic"),
    ("Undertale", "Toby Fox", "Jabob"),
    ("Sacrament", "Mord Fustang", "Kival Evan"),
    ("Epic", "Rogue", "BennyDaBeast"),
    ("Milk Crown on Sonnetica", "nora2r", "Fatbeanzoop"),
    ("The Rat Race", "Jason Lyle Black", "Nolan121405"),
    ("Centipede", "Knife Party", "Hexagonial"),
    ("Spin Eternally", "Camellia", "Teuflum"),
    ("Pixel Terror", "Bossfight", "Skyler Wallace"),
    ("Escape", "Jaroslav Beck", "Beat Games"),
    ("$100 Bills", "Jaroslav Beck", "Beat Games"),
]
_BS_DIFFS = ["Easy", "Normal", "Hard", "Expert", "ExpertPlus"]


def _beatsaber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23804)
    rows = []
    stars = {
        (s[0], d): (None if rng.random() < 0.3 else round(float(1 + 2.2 * i + rng.uniform(0, 2)), 2))
        for s in _BS_SONGS
        for i, d in enumerate(_BS_DIFFS)
    }
    start = pd.Timestamp("2023-02-01")
    for k in range(1450):
        day = start + pd.Timedelta(seconds=int(rng.integers(0, 700 * 86400)))
        song, artist, mapper = _BS_SONGS[int(rng.integers(len(_BS_SONGS)))]
        skill = min(k / 1450, 1.0)
        didx = int(np.clip(round(rng.normal(2.2 + 1.3 * skill, 0.9)), 0, 4))
        diff = _BS_DIFFS[didx]
        st = stars[(song, diff)]
        level = st if st is not None else 1 + 2.2 * didx
        acc = float(np.clip(rng.normal(94 - 1.6 * level + 3 * skill, 2.2), 55, 99.6))
        notes = int(rng.integers(300, 1600)) + 200 * didx
        modifier = _one(rng, ["", "FS", "NF", "GN"], [80, 7, 9, 4])
        misses = int(rng.poisson(max(0.1, (100 - acc) / 4)))
        bad = int(rng.poisson(misses * 0.3))
        fc = misses == 0 and bad == 0
        combo = notes if fc else int(notes * rng.uniform(0.05, 0.7))
        score = int(notes * 115 * 8 * acc / 100 * rng.uniform(0.97, 1.0))
        pp = round(float(st * 42 * np.exp((acc - 90) / 6) * rng.uniform(0.9, 1.1)), 2) if st else 0.0
        rows.append(
            {
                "Played At": f"{day:%Y-%m-%dT%H:%M:%S}Z",
                "Song Name": song,
                "Song Artist": artist,
                "Mapper": mapper,
                "Difficulty": diff,
                "Stars": st,
                "Score": score,
                "Accuracy (%)": round(acc, 2),
                "Misses": misses,
                "Bad Cuts": bad,
                "Max Combo": combo,
                "Full Combo": "true" if fc else "false",
                "PP": pp,
                "Rank": int(np.clip(rng.lognormal(9 - 0.05 * acc + 4.5, 0.8), 1, 200000)),
                "Modifiers": modifier,
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Played At", kind="stable").reset_index(drop=True)


def _bs_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Played At"]).dt.tz_localize(None).dt.to_period("M")
    return months.value_counts().sort_index(kind="stable").idxmax().to_timestamp()


def _bs_nf(df: pd.DataFrame) -> pd.Series:
    return df["Modifiers"].astype("string").fillna("").str.contains("NF")


_BS_QS = [
    Q(
        "average accuracy on each difficulty",
        _about(lambda df: df.groupby("Difficulty")["Accuracy (%)"].mean().to_numpy(), rel=0.001),
        ("Difficulty", "Accuracy (%)"),
    ),
    Q(
        "what's my best pp play",
        _lead(_named(lambda df: str(df.loc[df["PP"].idxmax(), "Song Name"]))),
        ("PP", "Song Name", "Song Artist", "Difficulty", "Played At"),
    ),
    Q(
        "do higher star maps drag my accuracy down? correlation?",
        _corr(lambda df: df["Stars"], lambda df: df["Accuracy (%)"]),
        ("Stars", "Accuracy (%)"),
    ),
    Q(
        "which month did i play the most",
        _lead(_month(_bs_month)),
        ("Played At",),
    ),
    Q(
        "how many plays did i do with no fail on",
        _count(lambda df: int(_bs_nf(df).sum())),
        ("Modifiers",),
    ),
    Q(
        "and what was my average accuracy on those",
        _about(lambda df: float(df.loc[_bs_nf(df), "Accuracy (%)"].mean()), rel=0.001),
        ("Modifiers", "Accuracy (%)"),
    ),
]


# --- 5. Chicago Public Library visitors by location (wide, 2017-2020 stacked) ------------------------------------

_CL_MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE"]
_CL_MONTHS += ["JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"]
_CL_BRANCHES = ["Albany Park", "Altgeld", "Archer Heights", "Austin", "Austin-Irving", "Avalon", "Back of the Yards"]
_CL_BRANCHES += ["Beverly", "Bezazian", "Blackstone", "Brainerd", "Brighton Park", "Bucktown-Wicker Park"]
_CL_BRANCHES += ["Budlong Woods", "Canaryville", "Chicago Bee", "Chicago Lawn", "Chinatown", "Clearing"]
_CL_BRANCHES += ["Coleman", "Independence", "Douglass", "Edgebrook", "Edgewater", "Gage Park", "Galewood-Mont Clare"]
_CL_BRANCHES += ["Garfield Ridge", "Greater Grand Crossing", "Hall", "Harold Washington Library Center", "Hegewisch"]
_CL_BRANCHES += [
    "Humboldt Park",
    "Jefferson Park",
    "Jeffery Manor",
    "Kelly",
    "King",
    "Legler Regional",
    "Lincoln Belmont",
]
_CL_BRANCHES += ["Lincoln Park", "Little Italy", "Little Village", "Logan Square", "Manning"]
_CL_BRANCHES += ["Marquette", "Mayfair", "McKinley Park", "Merlo", "Mount Greenwood", "North Austin", "North Pulaski"]
_CL_BRANCHES += ["Northtown", "Oriole Park", "Portage-Cragin", "Pullman", "Roden", "Rogers Park", "Roosevelt"]
_CL_BRANCHES += ["Scottsdale", "Sherman Park", "South Chicago", "South Shore", "Sulzer Regional", "Thurgood Marshall"]
_CL_BRANCHES += ["Toman", "Uptown", "Vodak-East Side", "Walker", "Water Works", "West Belmont", "West Chicago Avenue"]
_CL_BRANCHES += [
    "West Englewood",
    "West Lawn",
    "West Pullman",
    "West Town",
    "Whitney M. Young, Jr.",
    "Woodson Regional",
]
_CL_BRANCHES += ["Wrightwood-Ashburn", "Near North"]
_CL_STREETS = ["N. LINCOLN AVE.", "W. IRVING PARK RD.", "S. HALSTED ST.", "W. CHICAGO AVE.", "S. ASHLAND AVE."]
_CL_STREETS += ["N. MILWAUKEE AVE.", "S. WESTERN AVE.", "W. 63RD ST.", "N. CLARK ST.", "E. 79TH ST."]
_CL_SEASON = [0.92, 0.9, 1.0, 0.98, 0.97, 1.05, 1.12, 1.1, 0.96, 1.0, 0.93, 0.82]


def _library_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23805)
    branches = []
    zips = [f"606{int(z):02d}" for z in rng.choice(range(7, 56), 40, replace=False)]
    for name in _CL_BRANCHES:
        if name == "Harold Washington Library Center":
            base, address, zipc = 95000, "400 S. STATE ST.", "60605"
        else:
            base = float(rng.lognormal(np.log(7000), 0.55))
            if "Regional" in name:
                base *= 2.2
            address = f"{int(rng.integers(100, 9999))} {_one(rng, _CL_STREETS)}"
            zipc = _one(rng, zips)
        branches.append((name, address, zipc, base))
    rows = []
    for year in range(2017, 2021):
        trend = {2017: 1.0, 2018: 0.96, 2019: 0.93, 2020: 0.93}[year]
        renovating = set(rng.choice(len(branches), 3, replace=False)) if year < 2020 else set()
        for i, (name, address, zipc, base) in enumerate(branches):
            counts = []
            closed_from = int(rng.integers(0, 9)) if i in renovating else -1
            for m in range(12):
                v = int(base * trend * _CL_SEASON[m] * rng.uniform(0.88, 1.12))
                if closed_from >= 0 and closed_from <= m < closed_from + int(rng.integers(3, 5)):
                    v = 0
                if year == 2020:
                    if m == 2:
                        v = int(v * 0.62)
                    elif m in (3, 4, 5):
                        v = 0
                    elif m >= 6:
                        v = int(v * (0.25 + 0.04 * (m - 6)))
                counts.append(v)
            row: dict[str, Any] = {"YEAR": year, "LOCATION": name, "ADDRESS": address, "CITY": "CHICAGO"}
            row["ZIP"] = zipc
            row |= dict(zip(_CL_MONTHS, counts, strict=True))
            row["YTD"] = sum(counts)
            rows.append(row)
    return pd.DataFrame(rows)


def _cl_year_total(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df.loc[df["YEAR"] == year, _CL_MONTHS].to_numpy().sum())


def _cl_busiest_month(skip_2020: bool) -> Callable[[pd.DataFrame], int]:
    def month(df: pd.DataFrame) -> int:
        d = df[df["YEAR"] != 2020] if skip_2020 else df
        return _CL_MONTHS.index(str(d[_CL_MONTHS].sum().idxmax())) + 1

    return month


def _cl_2019(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["YEAR"] == 2019]


_CL_QS = [
    Q(
        "total visitors across all branches each year",
        _scaled(lambda df: df.groupby("YEAR")["YTD"].sum().to_numpy(), _BIG, rel=0.005),
        ("YEAR", "YTD", *_CL_MONTHS),
    ),
    Q(
        "how much did visits drop in 2020 vs 2019",
        _change(_cl_year_total(2019), _cl_year_total(2020)),
        ("YEAR", "YTD", *_CL_MONTHS),
    ),
    Q(
        "which branch had the most visitors in 2019",
        _lead(_named(lambda df: str(_cl_2019(df).loc[_cl_2019(df)["YTD"].idxmax(), "LOCATION"]))),
        ("YEAR", "LOCATION", "YTD", *_CL_MONTHS),
    ),
    Q(
        "and which zip code had the most visits that year",
        _lead(_named(lambda df: _top(_cl_2019(df).groupby(df["ZIP"].astype(str))["YTD"].sum()))),
        ("YEAR", "ZIP", "YTD", "LOCATION", *_CL_MONTHS),
    ),
    Q(
        "what month is usually the busiest",
        either(_lead(_month_of(_cl_busiest_month(True))), _lead(_month_of(_cl_busiest_month(False)))),
        ("YEAR", *_CL_MONTHS),
    ),
    Q(
        "in 2018 how many branches had at least one month with zero visitors",
        _count(lambda df: int((df.loc[df["YEAR"] == 2018, _CL_MONTHS] == 0).any(axis=1).sum())),
        ("YEAR", "LOCATION", *_CL_MONTHS),
    ),
]


# --- 6. County assessor residential sales --------------------------------------------------------------------------

_AS_HOODS = {
    "Maple Heights": (1.25, "48104"),
    "Riverbend": (1.0, "48103"),
    "Old Town": (1.35, "48104"),
    "Eastgate": (0.78, "48197"),
    "Pine Ridge": (1.1, "48105"),
    "Lakeshore": (1.5, "48108"),
    "Fairview": (0.85, "48198"),
    "Northfield": (0.95, "48105"),
}
_AS_CLASSES = {"Single Family": 62, "Condo": 16, "Townhouse": 10, "Duplex": 5, "Mobile Home": 7}
_AS_TYPES = {"Arm's Length": 74, "Non-Arm's Length": 7, "Foreclosure": 5, "Quit Claim": 9, "Estate Sale": 5}
_AS_YEAR_LEVEL = {2019: 1.0, 2020: 1.06, 2021: 1.19, 2022: 1.31, 2023: 1.33, 2024: 1.38}


def _assessor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23806)
    parcels = []
    for _ in range(2400):
        hood = _one(rng, list(_AS_HOODS))
        cls = _one(rng, list(_AS_CLASSES), list(_AS_CLASSES.values()))
        area = {"Single Family": 1900, "Condo": 1050, "Townhouse": 1450, "Duplex": 2200, "Mobile Home": 1000}[cls]
        sqft = int(np.clip(rng.normal(area, area * 0.28), 450, 6500))
        beds = int(np.clip(round(sqft / 600 + rng.normal(0, 0.7)), 1, 7))
        pid = f"{rng.integers(10, 99)}-{rng.integers(10, 36)}-{rng.integers(100, 499)}-{rng.integers(1, 99):03d}"
        parcels.append(
            {
                "Parcel Number": pid,
                "Property Class": cls,
                "Year Built": int(np.clip(rng.normal(1978, 22), 1890, 2023)),
                "Living Area (sq ft)": sqft,
                "Lot Size (acres)": "" if cls == "Condo" else round(float(rng.lognormal(np.log(0.22), 0.5)), 2),
                "Bedrooms": beds,
                "Bathrooms": float(np.clip(round((beds * 0.7 + rng.normal(0, 0.5)) * 2) / 2, 1, 5)),
                "Neighborhood": hood,
                "Zip Code": _AS_HOODS[hood][1],
                "ppsf": 175 * _AS_HOODS[hood][0] * rng.uniform(0.85, 1.15),
            }
        )
    first = rng.permutation(len(parcels))[:2330]
    order = [*first, *rng.choice(first, 270)]
    rows = []
    for k in order:
        p = parcels[int(k)]
        day = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 6 * 365 + 1)))
        kind = _one(rng, list(_AS_TYPES), list(_AS_TYPES.values()))
        level = _AS_YEAR_LEVEL[day.year]
        market = p["ppsf"] * p["Living Area (sq ft)"] * level * (0.7 if p["Property Class"] == "Mobile Home" else 1.0)
        factor = {"Arm's Length": 1.0, "Non-Arm's Length": 0.75, "Foreclosure": 0.68, "Estate Sale": 0.88}
        if kind == "Quit Claim":
            price = _one(rng, [0, 10, 100, int(market * 0.5)], [4, 2, 2, 2])
        else:
            price = int(round(market * factor[kind] * rng.uniform(0.9, 1.1), -2))
        row = {k: v for k, v in p.items() if k != "ppsf"}
        row["Year Built"] = 0 if rng.random() < 0.03 else row["Year Built"]
        rows.append(
            {
                "Parcel Number": row["Parcel Number"],
                "Sale Date": f"{day:%m/%d/%Y}",
                "Sale Price": price,
                "Sale Type": kind,
                **{k: row[k] for k in ("Property Class", "Year Built", "Living Area (sq ft)", "Lot Size (acres)")},
                "Bedrooms": row["Bedrooms"],
                "Bathrooms": row["Bathrooms"],
                "Neighborhood": row["Neighborhood"],
                "Assessed Value": int(round(market / level * 0.5 * rng.uniform(0.9, 1.1), -2)),
                "Zip Code": row["Zip Code"],
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Sale Date", key=pd.to_datetime, kind="stable").reset_index(drop=True)


def _as_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Sale Date"], format="%m/%d/%Y").dt.year


def _as_foreclosures_2023(df: pd.DataFrame) -> pd.DataFrame:
    return df[(df["Sale Type"] == "Foreclosure") & (_as_year(df) == 2023)]


def _as_ppsf_top(arms: bool, ratio_of_sums: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = df[df["Sale Type"] == "Arm's Length"] if arms else df[df["Sale Price"] > 1000]
        if ratio_of_sums:
            g = d.groupby("Neighborhood")
            return _top(g["Sale Price"].sum() / g["Living Area (sq ft)"].sum())
        return _top((d["Sale Price"] / d["Living Area (sq ft)"]).groupby(d["Neighborhood"]).mean())

    return top


def _as_yearly_medians(how: str) -> Callable[[pd.DataFrame], Any]:
    def medians(df: pd.DataFrame) -> Any:
        d = df
        if how == "arms":
            d = df[df["Sale Type"] == "Arm's Length"]
        elif how == "priced":
            d = df[df["Sale Price"] > 1000]
        return d.groupby(_as_year(d))["Sale Price"].median().to_numpy()

    return medians


_AS_QS = [
    Q(
        "median price for arm's length single family sales",
        _scaled(
            lambda df: float(
                df.loc[
                    (df["Sale Type"] == "Arm's Length") & (df["Property Class"] == "Single Family"), "Sale Price"
                ].median()
            ),
            _BIG,
        ),
        ("Sale Price", "Sale Type", "Property Class"),
    ),
    Q(
        "how many foreclosures sold in 2023",
        _count(lambda df: len(_as_foreclosures_2023(df))),
        ("Sale Type", "Sale Date"),
    ),
    Q(
        "and what did they go for on average",
        _scaled(lambda df: float(_as_foreclosures_2023(df)["Sale Price"].mean()), _BIG),
        ("Sale Type", "Sale Date", "Sale Price"),
    ),
    Q(
        "which neighborhood is the priciest per square foot",
        either(*(_lead(_named(_as_ppsf_top(a, r))) for a in (True, False) for r in (True, False))),
        ("Neighborhood", "Sale Price", "Living Area (sq ft)", "Sale Type"),
    ),
    Q(
        "how has the median sale price changed year to year",
        either(*(_scaled(_as_yearly_medians(h), _BIG, rel=0.01) for h in ("arms", "priced", "all"))),
        ("Sale Price", "Sale Date", "Sale Type"),
    ),
    Q(
        "how many parcels sold more than once",
        _count(lambda df: int((df["Parcel Number"].value_counts() > 1).sum())),
        ("Parcel Number", "Sale Date"),
    ),
]


# --- 7. DOJ clemency grants ----------------------------------------------------------------------------------------

_CG_DISTRICTS = ["E.D. Va.", "S.D.N.Y.", "N.D. Tex.", "S.D. Fla.", "M.D. Fla.", "N.D. Ill.", "E.D. Mo.", "W.D. Mo."]
_CG_DISTRICTS += ["D.S.C.", "N.D. Iowa", "E.D.N.C.", "W.D. Tex.", "S.D. Tex.", "E.D. Tenn.", "D. Md.", "C.D. Cal."]
_CG_DIST_W = [8, 4, 6, 7, 7, 5, 5, 4, 4, 6, 5, 5, 5, 4, 3, 3]
_CG_DRUG_OFFENSES = [
    "Conspiracy to distribute cocaine base; 21 U.S.C. 846",
    "Possession with intent to distribute cocaine; 21 U.S.C. 841(a)(1)",
    "Conspiracy to possess with intent to distribute methamphetamine",
    "Distribution of crack cocaine within 1,000 feet of a school",
    "Conspiracy to distribute and possess with intent to distribute marijuana",
    "Possession with intent to distribute heroin; possession of a firearm in furtherance of a drug trafficking crime",
    "Conspiracy to distribute 5 kilograms or more of Cocaine",
]
_CG_OTHER_OFFENSES = [
    "Bank fraud; 18 U.S.C. 1344",
    "Making false statements to a federal agency",
    "Mail fraud; wire fraud",
    "Felon in possession of a firearm",
    "Income tax evasion; 26 U.S.C. 7201",
    "Theft of government property",
    "Conspiracy to commit money laundering",
    "Counterfeiting U.S. currency",
    "Illegal reentry after deportation",
    "Possession of an unregistered firearm",
]
_CG_FIRST = ["Anthony", "Barbara", "Curtis", "Deborah", "Eric", "Felicia", "Gregory", "Helen", "Isaac", "Janet"]
_CG_FIRST += ["Kenneth", "Lorraine", "Marcus", "Norma", "Otis", "Paula", "Raymond", "Sharon", "Terrence", "Vanessa"]
_CG_LAST = ["Adams", "Baker", "Coleman", "Dixon", "Evans", "Fletcher", "Gordon", "Hayes", "Irving", "Jackson"]
_CG_LAST += ["Knight", "Lawson", "Mitchell", "Newton", "Owens", "Perry", "Reed", "Simmons", "Tucker", "Walker"]
_CG_WORDS = {60: "five", 36: "three", 48: "four", 24: "two", 12: "one", 120: "ten"}


def _cg_sentence(rng: np.random.Generator, drug: bool, kind: str) -> str:
    months = int(_one(rng, [360, 292, 240, 188, 151, 120, 97, 60], [2, 2, 3, 2, 2, 3, 2, 2])) if drug else 0
    if not drug:
        months = int(_one(rng, [0, 6, 12, 18, 24, 37, 46, 60], [3, 2, 2, 2, 2, 1, 1, 1]))
    if kind == "Commutation" and months < 120:
        months = int(_one(rng, [120, 180, 240, 360]))
    sup = _CG_WORDS[int(_one(rng, [24, 36, 48, 60, 120], [2, 4, 2, 4, 1]))]
    if months == 0:
        return f"{sup.capitalize()} years' probation"
    if months >= 360 and rng.random() < 0.3:
        return f"Life imprisonment; ${int(rng.integers(1, 20)) * 500} fine"
    return f"{months} months' imprisonment, {sup} years' supervised release"


def _clemency_frame() -> pd.DataFrame:
    rng = np.random.default_rng(23807)
    plan = []
    for year, n_pardon, n_comm in [
        (2010, 9, 0),
        (2011, 8, 1),
        (2012, 5, 0),
        (2013, 17, 1),
        (2014, 12, 8),
        (2015, 2, 89),
        (2016, 78, 560),
        (2017, 70, 380),
        (2018, 10, 6),
        (2019, 8, 4),
        (2020, 60, 30),
        (2021, 80, 80),
        (2022, 6, 75),
        (2023, 11, 5),
        (2024, 50, 120),
    ]:
        plan += [(year, "Pardon")] * n_pardon + [(year, "Commutation")] * n_comm
        if year in (2016, 2020):
            plan += [(year, "Remission")] * 3
    rows = []
    for year, kind in plan:
        if year <= 2016 or (year == 2017 and rng.random() < 0.75):
            president = "Obama"
            start, end = pd.Timestamp(max(year, 2009), 1, 1), pd.Timestamp(year, 12, 31)
            if year == 2017:
                end = pd.Timestamp("2017-01-19")
        elif year <= 2020 or (year == 2021 and rng.random() < 0.45):
            president = "Trump"
            start = pd.Timestamp("2017-01-20") if year == 2017 else pd.Timestamp(year, 1, 1)
            end = pd.Timestamp("2021-01-19") if year == 2021 else pd.Timestamp(year, 12, 31)
        else:
            president = "Biden"
            start = pd.Timestamp("2021-01-20") if year == 2021 else pd.Timestamp(year, 1, 1)
            end = pd.Timestamp(year, 12, 31)
        day = start + pd.Timedelta(days=int(rng.integers(0, (end - start).days + 1)))
        drug = rng.random() < (0.85 if kind == "Commutation" else 0.35)
        offense = _one(rng, _CG_DRUG_OFFENSES if drug else _CG_OTHER_OFFENSES)
        conditions = kind == "Commutation" and rng.random() < (0.45 if president == "Obama" else 0.15)
        sentence = _cg_sentence(rng, drug, kind)
        if kind == "Pardon" and rng.random() < 0.05:
            sentence = ""
        mid = _one(rng, list("ABCDEFGHJKLMRSTW")) + ". " if rng.random() < 0.6 else ""
        rows.append(
            {
                "Name": f"{_one(rng, _CG_FIRST)} {mid}{_one(rng, _CG_LAST)}",
                "District": _one(rng, _CG_DISTRICTS, _CG_DIST_W),
                "Offense": offense,
                "Sentence": sentence,
                "Clemency Type": kind,
                "Conditions": "Yes" if conditions else "No",
                "President": president,
                "Date Granted": f"{day:%B} {day.day}, {day.year}",
                "Year": day.year,
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Date Granted", key=pd.to_datetime, kind="stable").reset_index(drop=True)


def _cg_comm_share(president: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float((df.loc[df["President"] == president, "Clemency Type"] == "Commutation").mean())


_CG_QS = [
    Q(
        "how many grants did each president make",
        _count(lambda df: df["President"].value_counts().to_numpy()),
        ("President",),
    ),
    Q(
        "what share of obama's were commutations",
        _share(_cg_comm_share("Obama")),
        ("President", "Clemency Type"),
    ),
    Q(
        "and biden?",
        _share(_cg_comm_share("Biden")),
        ("President", "Clemency Type"),
    ),
    Q(
        "which year had the most grants",
        _lead(_year(lambda df: int(_top(df["Year"].value_counts())))),
        ("Year", "Date Granted"),
    ),
    Q(
        "how many of the offenses involve cocaine",
        _count(lambda df: int(df["Offense"].astype("string").str.contains("cocaine", case=False).sum())),
        ("Offense",),
    ),
    Q(
        "which court district shows up most often",
        _lead(_named(lambda df: _top(df["District"].value_counts()))),
        ("District",),
    ),
]


HELDOUT238: list[Dataset] = [
    Dataset("ski_tracks_sessions", _ski_frame, _SK_QS),
    Dataset("surfline_session_log", _surf_frame, _SF_QS),
    Dataset("vrbo_reservations_export", _vrbo_frame, _VR_QS),
    Dataset("beat_saber_score_history", _beatsaber_frame, _BS_QS),
    Dataset("chicago_library_visitors_by_location", _library_frame, _CL_QS),
    Dataset("county_assessor_residential_sales", _assessor_frame, _AS_QS),
    Dataset("doj_clemency_grants", _clemency_frame, _CG_QS),
]
