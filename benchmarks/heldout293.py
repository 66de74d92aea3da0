"""HELDOUT293: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a sneaker reseller's sales log
(2023 and 2024, one row per pair sold) with "Sale Date" as "2024-03-09", Platform (StockX, GOAT, eBay), Style as
"DD1391-100", "Shoe Name", Colorway as "White/Black", "Size (US)" as "10.5", "Purchase Price", "Sale Price", Fees,
Shipping and Profit as "$245.00" (a loss as "-$12.40"; Shipping blank for local eBay pickups) and "Days Held"; a
board game group's BG Stats-style plays export (2023 and 2024) with Date as "2023-05-14 19:32", Game, Players, Winner
("Team" when a co-op game was won, blank when it was lost), "Play Time (min)", Location, "First Play" (Y/N) and
"Winning Score" (blank for co-op games); a roller rink's admissions (2024, one row per admission) with Date as
"06/15/2024", Session, "Admission Type" (General, Child, Senior, Party Guest, Free Pass), "Skate Rental" (Y/N), "Age
Group" ("Under 6", "6-12", "13-17", "18+"), Price as "$12.00" ("$0.00" for free passes), "Party Booking" (Y/N) and
Payment; a window cleaning business's job list (2023 and 2024) with "Job Date" as "3/14/2024", Customer, "Property
Type" (House, Storefront, Office), Panes, Stories, "Inside+Outside" (Y/N), Crew, Hours, Price as "$185.00" and
"Repeat Customer" (Y/N); a school district's meal participation report (public data, school years 2022-23 and
2023-24, September to June, one row per school per month) with upper-case "School Name", Month as "Sep-2023",
Enrollment, "Free Meals Served", "Reduced Meals Served", "Paid Meals Served", "Total Meals Served" (their sum) and
"Serving Days", plus a "DISTRICT TOTAL" row for each month; a county's mosquito trap surveillance results (public
data, May to October of 2022 to 2024, one row per trap collection and species) with "Trap ID" as "LK-017",
"Collection Date" as "2023-07-18", upper-case Township, "Trap Type" (Gravid, CDC Light, BG Sentinel), Species,
"Mosquitoes Counted", "Pools Tested" and "WNV Result" (Positive/Negative, blank when nothing was tested); and a city
transit agency's automatic passenger counter summary (public data, one row per stop per route, stops on several
routes repeated) with STOP_ID, upper-case STOP_NAME as "MAIN ST & 5TH AVE", ROUTE as "12" or "7A", AVG_WKDY_BOARDINGS
and AVG_WKDY_ALIGHTINGS (one decimal, blank where the counters had no data) and SHELTER and BENCH as Y/N. All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .heldout273 import _code
from .offline_eval import Check, Dataset, Q, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _month_of_year(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month by name ("August", "Aug"), without its year."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


# --- 1. Sneaker reseller sales log ---------------------------------------------------------------------------------

# style: shoe name, colorway, retail price, typical resale multiple, weight
_SN_STYLES: dict[str, tuple[str, str, float, float, float]] = {
    "DD1391-100": ("Nike Dunk Low Panda", "White/Black", 110, 1.35, 6),
    "DZ5485-612": ("Air Jordan 1 High Chicago Lost & Found", "Varsity Red/Black", 180, 2.0, 3),
    "CT8527-016": ("Air Jordan 4 Retro Shimmer", "Shimmer/Dark Russet", 210, 1.3, 2),
    "HP8739": ("Yeezy Slide Onyx", "Onyx", 70, 1.6, 4),
    "GW3773": ("Yeezy Boost 350 V2 Bone", "Bone", 230, 1.05, 3),
    "M2002RDA": ("New Balance 2002R Protection Pack Rain Cloud", "Grey", 150, 1.25, 2),
    "FD0774-101": ("Nike Air Force 1 Low Off-White", "White/Pine Green", 160, 1.9, 1),
    "DV0833-105": ("Nike Dunk Low Grey Fog", "White/Grey Fog", 110, 1.15, 4),
    "FB9922-101": ("Air Jordan 11 Retro Cherry", "White/Varsity Red", 225, 1.02, 3),
}
_SN_FEES = {"StockX": 0.095, "GOAT": 0.124, "eBay": 0.08}


def _sneaker_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29301)
    styles = list(_SN_STYLES)
    rows: list[dict[str, Any]] = []
    for _ in range(640):
        style = str(_one(rng, styles, [v[4] for v in _SN_STYLES.values()]))
        name, color, retail, mult, _w = _SN_STYLES[style]
        platform = str(_one(rng, list(_SN_FEES), [5, 3, 2]))
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        held = int(rng.gamma(2.0, 25))
        buy = round(retail * float(rng.uniform(0.95, 1.15)), 2)
        sale = round(retail * mult * float(rng.normal(1, 0.15)) * (1 + held / 900), 0)
        fees = round(sale * _SN_FEES[platform] + (5 if platform == "GOAT" else 0), 2)
        pickup = platform == "eBay" and rng.random() < 0.2
        ship = 0.0 if pickup else float(_one(rng, [12.0, 14.0, 15.5]))
        profit = round(sale - buy - fees - ship, 2)
        size = float(_one(rng, [7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5, 11, 11.5, 12, 13]))
        rows.append(
            {
                "Sale Date": f"{day:%Y-%m-%d}",
                "Platform": platform,
                "Style": style,
                "Shoe Name": name,
                "Colorway": color,
                "Size (US)": f"{size:g}",
                "Purchase Price": f"${buy:,.2f}",
                "Sale Price": f"${sale:,.2f}",
                "Fees": f"${fees:,.2f}",
                "Shipping": "" if pickup else f"${ship:,.2f}",
                "Profit": f"-${-profit:,.2f}" if profit < 0 else f"${profit:,.2f}",
                "Days Held": held,
            }
        )
    return pd.DataFrame(rows).sort_values("Sale Date", kind="stable").reset_index(drop=True)


def _sn_losses(df: pd.DataFrame, platform: str | None = None) -> int:
    lost = _num(df, "Profit") < 0
    if platform:
        lost &= _text(df, "Platform") == platform
    return int(lost.sum())


_SN_QS = [
    Q(
        "how many pairs did i sell on stockx",
        _count(lambda df: int((_text(df, "Platform") == "StockX").sum())),
        ("Platform",),
    ),
    Q("what's my total profit", _amount(lambda df: float(_num(df, "Profit").sum())), ("Profit",)),
    Q(
        "which platform makes me the most per pair on average",
        _lead(_named(lambda df: _top(_num(df, "Profit").groupby(_text(df, "Platform")).mean()))),
        ("Platform", "Profit"),
    ),
    Q(
        "how long do i usually sit on a pair before it sells",
        _typical(lambda df: df["Days Held"].astype(float)),
        ("Days Held",),
    ),
    Q("how many pairs did i lose money on", _count(_sn_losses), ("Profit",)),
    Q("and on goat?", _count(lambda df: _sn_losses(df, "GOAT")), ("Profit", "Platform")),
]


# --- 2. Board game plays log ---------------------------------------------------------------------------------------

# game: min players, max players, minutes per player, base minutes, co-op, weight
_BG_GAMES: dict[str, tuple[int, int, float, float, bool, float]] = {
    "Wingspan": (1, 5, 18, 15, False, 9),
    "Catan": (3, 4, 20, 20, False, 7),
    "Ticket to Ride": (2, 5, 12, 15, False, 6),
    "Azul": (2, 4, 9, 10, False, 5),
    "Pandemic": (2, 4, 8, 25, True, 4),
    "Spirit Island": (1, 4, 25, 30, True, 2),
    "Codenames": (4, 8, 2, 15, False, 4),
    "7 Wonders": (3, 7, 4, 20, False, 3),
    "Terraforming Mars": (1, 5, 35, 30, False, 2),
    "The Crew": (3, 5, 4, 10, True, 2),
}
_BG_PEOPLE = {"Sam": 1.3, "Priya": 1.1, "Mike": 1.0, "Jen": 0.9, "Alex": 0.8, "Chris": 0.7, "Dana": 0.6}
_BG_PLACES = {"Home": 6, "Mike's Place": 3, "Board Game Cafe": 2, "Library": 0.6}


def _boardgame_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29302)
    games = list(_BG_GAMES)
    people = list(_BG_PEOPLE)
    played: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(720):
        game = str(_one(rng, games, [v[5] for v in _BG_GAMES.values()]))
        lo, hi, per, base, coop, _w = _BG_GAMES[game]
        n = int(rng.integers(max(lo, 2), min(hi, 6) + 1))
        at = rng.choice(len(people), size=min(n, len(people)), replace=False)
        table = [people[i] for i in at]
        w = np.array([_BG_PEOPLE[p] for p in table])
        winner = table[int(rng.choice(len(table), p=w / w.sum()))]
        if coop:
            winner = "Team" if rng.random() < 0.55 else ""
        minutes = int(max(10, round(base + per * n + float(rng.normal(0, 12)))))
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        stamp = day + pd.Timedelta(minutes=int(rng.integers(17 * 60, 23 * 60)))
        first = game not in played or rng.random() < 0.02
        played.add(game)
        score = "" if coop else int(max(8, rng.normal(per * 3 + 40, 15)))
        rows.append(
            {
                "Date": f"{stamp:%Y-%m-%d %H:%M}",
                "Game": game,
                "Players": n,
                "Winner": winner,
                "Play Time (min)": minutes,
                "Location": str(_one(rng, list(_BG_PLACES), list(_BG_PLACES.values()))),
                "First Play": "Y" if first else "N",
                "Winning Score": score,
            }
        )
    frame = pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)
    # a first play is the earliest play of that game
    frame["First Play"] = np.where(~frame["Game"].duplicated(), "Y", "N")
    return frame


def _bg_year(df: pd.DataFrame, year: int) -> int:
    return int((pd.to_datetime(df["Date"], format="%Y-%m-%d %H:%M").dt.year == year).sum())


def _bg_winner(df: pd.DataFrame) -> str:
    names = _text(df, "Winner")
    names = names[(names != "") & (names != "Team")]
    return _top(names.value_counts())


_BG_QS = [
    Q("what game do we play the most", _lead(_named(lambda df: _top(_text(df, "Game").value_counts()))), ("Game",)),
    Q("who wins the most", _lead(_named(_bg_winner)), ("Winner",)),
    Q(
        "how long does a game of wingspan usually take",
        _typical(lambda df: df.loc[_text(df, "Game") == "Wingspan", "Play Time (min)"].astype(float)),
        ("Game", "Play Time (min)"),
    ),
    Q(
        "how many times did we try a new game for the first time",
        _count(lambda df: int((_text(df, "First Play") == "Y").sum())),
        ("First Play", "Game"),
    ),
    Q("how many games did we play in 2023", _count(lambda df: _bg_year(df, 2023)), ("Date",)),
    Q("and in 2024?", _count(lambda df: _bg_year(df, 2024)), ("Date",)),
]


# --- 3. Roller rink admissions -------------------------------------------------------------------------------------

# session: weekday (Monday = 0), typical admissions, adult share
_RR_SESSIONS: dict[str, tuple[int, int, float]] = {
    "Friday Night Skate": (4, 9, 0.35),
    "Saturday Matinee": (5, 12, 0.2),
    "Saturday Night Lights": (5, 8, 0.45),
    "Sunday Family Skate": (6, 10, 0.3),
    "Adult Night": (2, 4, 1.0),
    "Toddler Time": (1, 3, 0.4),
}
_RR_PRICES = {"General": 12.0, "Child": 9.0, "Senior": 7.0, "Party Guest": 10.0, "Free Pass": 0.0}


def _rink_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29303)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-12-31"):
        season = 1.5 if day.month in (6, 7, 12) else (0.8 if day.month in (4, 9, 10) else 1.0)
        for session, (weekday, base, adult) in _RR_SESSIONS.items():
            if day.day_of_week != weekday:
                continue
            party = session in ("Saturday Matinee", "Sunday Family Skate") and rng.random() < 0.35
            n = int(rng.poisson(base * season)) + (int(rng.integers(6, 13)) if party else 0)
            for k in range(n):
                guest = party and k < 8
                if session == "Toddler Time":
                    age = "Under 6" if rng.random() > adult else "18+"
                elif session == "Adult Night":
                    age = "18+"
                else:
                    age = str(_one(rng, ["Under 6", "6-12", "13-17", "18+"], [0.5, 3, 2, adult * 6]))
                if guest:
                    kind = "Party Guest"
                elif rng.random() < 0.04:
                    kind = "Free Pass"
                elif age in ("Under 6", "6-12"):
                    kind = "Child"
                elif age == "18+" and rng.random() < 0.08:
                    kind = "Senior"
                else:
                    kind = "General"
                price = _RR_PRICES[kind] + (3.0 if session == "Adult Night" and kind == "General" else 0.0)
                rent = rng.random() < (0.75 if age in ("Under 6", "6-12") else 0.45)
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Session": session,
                        "Admission Type": kind,
                        "Skate Rental": "Y" if rent else "N",
                        "Age Group": age,
                        "Price": f"${price:.2f}",
                        "Party Booking": "Y" if guest else "N",
                        "Payment": str(_one(rng, ["Card", "Cash", "Gift Card"], [6, 3, 0.7])),
                    }
                )
    return pd.DataFrame(rows)


def _rr_rental(df: pd.DataFrame, session: str | None = None) -> float:
    keep = _text(df, "Session") == session if session else pd.Series(True, index=df.index)
    return float((_text(df, "Skate Rental")[keep] == "Y").mean())


def _rr_busiest(df: pd.DataFrame) -> pd.Timestamp:
    when = pd.to_datetime(df["Date"], format="%m/%d/%Y")
    return when.dt.to_period("M").value_counts().sort_index(kind="stable").idxmax().to_timestamp()


def _rr_age_prices(df: pd.DataFrame) -> list[float]:
    means = _num(df, "Price").groupby(_text(df, "Age Group")).mean()
    return [float(means["6-12"]), float(means["13-17"])]


_RR_QS = [
    Q(
        "how much did we take in from admissions this year",
        _amount(lambda df: float(_num(df, "Price").sum())),
        ("Price",),
    ),
    Q(
        "which session gets the most skaters",
        _lead(_named(lambda df: _top(_text(df, "Session").value_counts()))),
        ("Session",),
    ),
    Q("what share of skaters rent skates", _share(_rr_rental), ("Skate Rental",)),
    Q("and on adult night?", _share(lambda df: _rr_rental(df, "Adult Night")), ("Skate Rental", "Session")),
    Q("what was our busiest month", _lead(_month_year(_rr_busiest)), ("Date",)),
    Q(
        "do kids 6-12 pay less on average than teens",
        _about(_rr_age_prices, 0.005),
        ("Price", "Age Group"),
    ),
]


# --- 4. Window cleaning job list -----------------------------------------------------------------------------------

_WC_BUSINESSES = ["Hillside Dental", "Main St Bakery", "Oak Ridge Realty", "Corner Hardware", "Bright Smiles Ortho"]
_WC_BUSINESSES += ["Summit Law Group", "Blue Door Cafe", "Riverside Library", "Peak Fitness", "Maple Tree Florist"]
_WC_LAST = ["Martinez", "Nguyen", "Smith", "Johnson", "Okafor", "Kim", "Brown", "Patel", "Garcia", "Miller", "Lopez"]
_WC_CREWS = {"Crew A": 5, "Crew B": 4, "Crew C": 2.5}


def _window_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29304)
    homes = sorted({f"{chr(65 + int(rng.integers(0, 26)))}. {_one(rng, _WC_LAST)}" for _ in range(160)})
    kinds = {b: ("Office" if i % 2 else "Storefront") for i, b in enumerate(_WC_BUSINESSES)}
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(820):
        if rng.random() < 0.3:
            customer = str(_one(rng, _WC_BUSINESSES, [6, 3, 2, 2, 1.5, 1.2, 1, 1, 0.8, 0.7]))
            kind = kinds[customer]
        else:
            customer = str(_one(rng, homes))
            kind = "House"
        stories = int(_one(rng, [1, 2, 3], [4, 5, 1])) if kind == "House" else int(_one(rng, [1, 2, 3], [5, 2, 2]))
        panes = int(max(6, rng.normal({"House": 22, "Storefront": 14, "Office": 40}[kind] * (0.7 + 0.3 * stories), 6)))
        both_sides = rng.random() < 0.55
        rate = 4.2 * (2 if both_sides else 1) + 2.0 * (stories - 1)
        price = round((max(120.0, panes * rate + float(rng.normal(0, 20)))) / 5) * 5
        hours = (
            round(
                max(1.0, panes * (0.12 if both_sides else 0.07) * (1 + 0.15 * stories) + float(rng.normal(0, 0.4))) * 4
            )
            / 4
        )
        day = pd.Timestamp("2023-03-01") + pd.Timedelta(days=int(rng.integers(0, 640)))
        rows.append(
            {
                "Job Date": f"{day.month}/{day.day}/{day.year}",
                "Customer": customer,
                "Property Type": kind,
                "Panes": panes,
                "Stories": stories,
                "Inside+Outside": "Y" if both_sides else "N",
                "Crew": str(_one(rng, list(_WC_CREWS), list(_WC_CREWS.values()))),
                "Hours": hours,
                "Price": f"${price:,.2f}",
                "Sort": day,
            }
        )
    frame = pd.DataFrame(rows).sort_values("Sort", kind="stable").drop(columns="Sort").reset_index(drop=True)
    for i, customer in enumerate(frame["Customer"]):
        frame.loc[i, "Repeat Customer"] = "Y" if customer in seen else "N"
        seen.add(customer)
    return frame


_WC_QS = [
    Q(
        "what do we usually charge for a house",
        _typical(lambda df: _num(df, "Price")[_text(df, "Property Type") == "House"]),
        ("Price", "Property Type"),
    ),
    Q("which crew did the most jobs", _lead(_named(lambda df: _top(_text(df, "Crew").value_counts()))), ("Crew",)),
    Q(
        "do more windows mean a higher price",
        _corr(lambda df: df["Panes"].astype(float), lambda df: _num(df, "Price")),
        ("Panes", "Price"),
    ),
    Q("how many jobs were 3 story buildings", _count(lambda df: int((df["Stories"] == 3).sum())), ("Stories",)),
    Q(
        "what percent of jobs came from repeat customers",
        _share(lambda df: float((_text(df, "Repeat Customer") == "Y").mean())),
        ("Repeat Customer",),
    ),
    Q(
        "who's our biggest customer by money spent",
        _lead(_named(lambda df: _top(_num(df, "Price").groupby(_text(df, "Customer")).sum()))),
        ("Customer", "Price"),
    ),
]


# --- 5. School meal participation by school and month --------------------------------------------------------------

# school: enrollment, free share, reduced share, paid participation
_SM_SCHOOLS: dict[str, tuple[int, float, float, float]] = {
    "ADAMS ELEMENTARY": (410, 0.62, 0.08, 0.35),
    "BROOKSIDE ELEMENTARY": (530, 0.35, 0.07, 0.40),
    "CENTRAL HIGH SCHOOL": (1450, 0.41, 0.06, 0.18),
    "DOUGLASS MIDDLE SCHOOL": (720, 0.55, 0.09, 0.22),
    "EASTWOOD ELEMENTARY": (380, 0.71, 0.07, 0.30),
    "FRANKLIN ELEMENTARY": (460, 0.28, 0.05, 0.42),
    "GARFIELD MIDDLE SCHOOL": (640, 0.47, 0.08, 0.25),
    "HIGHLAND ELEMENTARY": (350, 0.22, 0.04, 0.45),
    "JEFFERSON HIGH SCHOOL": (1180, 0.52, 0.07, 0.15),
    "KENNEDY ELEMENTARY": (495, 0.58, 0.09, 0.33),
    "LINCOLN MIDDLE SCHOOL": (810, 0.33, 0.06, 0.27),
    "MADISON ELEMENTARY": (420, 0.44, 0.08, 0.38),
    "NORTHSIDE ACADEMY": (300, 0.80, 0.05, 0.20),
    "PARKVIEW ELEMENTARY": (515, 0.31, 0.06, 0.41),
    "ROOSEVELT HIGH SCHOOL": (990, 0.36, 0.05, 0.16),
    "WASHINGTON ELEMENTARY": (445, 0.66, 0.08, 0.31),
}
_SM_DAYS = {9: 19, 10: 21, 11: 17, 12: 15, 1: 18, 2: 19, 3: 17, 4: 20, 5: 21, 6: 8}


def _meals_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29305)
    months = [
        pd.Period(f"{y}-{m:02d}", "M") for y0 in (2022, 2023) for y, m in [(y0 + (mm < 9), mm) for mm in _SM_DAYS]
    ]
    months = sorted(months)
    cols = ["Free Meals Served", "Reduced Meals Served", "Paid Meals Served", "Total Meals Served"]
    rows: list[dict[str, Any]] = []
    for k, month in enumerate(months):
        days = _SM_DAYS[month.month] - int(rng.integers(0, 2))
        total = dict.fromkeys(["Enrollment", *cols, "Serving Days"], 0)
        for school, (enrol0, free, reduced, paid) in _SM_SCHOOLS.items():
            enrol = int(enrol0 * (1 + 0.02 * (k >= 10)) + rng.integers(-8, 9))
            meals = [
                int(enrol * free * 0.85 * 2 * days * float(rng.normal(1, 0.04))),
                int(enrol * reduced * 0.75 * 2 * days * float(rng.normal(1, 0.06))),
                int(enrol * (1 - free - reduced) * paid * 2 * days * float(rng.normal(1, 0.07))),
            ]
            row = {"School Name": school, "Month": f"{month:%b-%Y}", "Enrollment": enrol}
            row |= dict(zip(cols, [*meals, sum(meals)], strict=True)) | {"Serving Days": days}
            for key in total:
                total[key] += row[key]
            rows.append(row)
        rows.append({"School Name": "DISTRICT TOTAL", "Month": f"{month:%b-%Y}", **total, "Serving Days": days})
    return pd.DataFrame(rows)


def _sm_schools(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "School Name") != "DISTRICT TOTAL"]


def _sm_per_day(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        d = _sm_schools(df)
        names = _text(d, "School Name")
        if pooled:
            rate = d["Total Meals Served"].groupby(names).sum() / d["Serving Days"].groupby(names).sum()
        else:
            rate = (d["Total Meals Served"] / d["Serving Days"]).groupby(names).mean()
        return _top(rate)

    return pick


def _sm_peak(df: pd.DataFrame) -> pd.Timestamp:
    d = _sm_schools(df)
    totals = d["Total Meals Served"].groupby(pd.to_datetime(d["Month"], format="%b-%Y")).sum()
    return totals.sort_index(kind="stable").idxmax()


_SM_QS = [
    Q(
        "how many free meals were served overall",
        _amount(lambda df: float(_sm_schools(df)["Free Meals Served"].sum())),
        ("Free Meals Served",),
    ),
    Q(
        "which school serves the most meals per day",
        _lead(_named_any(lambda df: [_sm_per_day(True)(df), _sm_per_day(False)(df)])),
        ("School Name", "Total Meals Served", "Serving Days"),
    ),
    Q(
        "what share of all meals are free",
        _share(
            lambda df: float(_sm_schools(df)["Free Meals Served"].sum() / _sm_schools(df)["Total Meals Served"].sum())
        ),
        ("Free Meals Served", "Total Meals Served"),
    ),
    Q("which month had the most meals", _lead(_month_year(_sm_peak)), ("Month", "Total Meals Served")),
    Q(
        "how many schools are in the district",
        _count(lambda df: int(_text(_sm_schools(df), "School Name").nunique())),
        ("School Name",),
    ),
    Q(
        "do bigger schools serve more paid meals?",
        _corr(
            lambda df: _sm_schools(df)["Enrollment"].astype(float),
            lambda df: _sm_schools(df)["Paid Meals Served"].astype(float),
        ),
        ("Enrollment", "Paid Meals Served"),
    ),
]


# --- 6. Mosquito trap surveillance ---------------------------------------------------------------------------------

_MQ_TOWNSHIPS = {"LAKE": 1.6, "RIVERSIDE": 1.3, "CENTER": 1.0, "MILL CREEK": 0.8, "OAK GROVE": 0.6, "PRAIRIE": 0.5}
# species: weight, typical count, infection factor
_MQ_SPECIES: dict[str, tuple[float, float, float]] = {
    "Culex pipiens/restuans": (5, 40, 1.0),
    "Culex tarsalis": (2, 20, 0.8),
    "Aedes vexans": (3, 60, 0.05),
    "Aedes albopictus": (1, 15, 0.05),
}
_MQ_TYPES = {"Gravid": 4, "CDC Light": 3, "BG Sentinel": 1.5}
_MQ_TYPE_YIELD = {"Gravid": 1.0, "CDC Light": 1.6, "BG Sentinel": 0.7}


def _mosquito_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29306)
    traps: list[tuple[str, str, str]] = []
    for i in range(36):
        town = str(_one(rng, list(_MQ_TOWNSHIPS)))
        traps.append((f"{town[:2]}-{i + 1:03d}", town, str(_one(rng, list(_MQ_TYPES), list(_MQ_TYPES.values())))))
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023, 2024):
        for week in pd.date_range(f"{year}-05-02", f"{year}-10-15", freq="7D"):
            season = float(np.exp(-(((week.day_of_year - 225) / 35) ** 2)))  # peak mid-August
            for trap, town, kind in traps:
                if rng.random() < 0.45:
                    continue
                day = week + pd.Timedelta(days=int(rng.integers(0, 3)))
                for species, (_w, typical, infect) in _MQ_SPECIES.items():
                    if rng.random() > 0.25 + 0.5 * (species.startswith("Culex pip")):
                        continue
                    count = int(rng.poisson(typical * (0.3 + season) * _MQ_TYPE_YIELD[kind] * _MQ_TOWNSHIPS[town]))
                    pools = 0 if count == 0 or (species.startswith("Aedes") and rng.random() < 0.6) else -(-count // 50)
                    p = min(0.9, 0.5 * season * infect * _MQ_TOWNSHIPS[town] ** 1.5 * (1.3 if year == 2023 else 1))
                    result = "" if pools == 0 else ("Positive" if rng.random() < p else "Negative")
                    rows.append(
                        {
                            "Trap ID": trap,
                            "Collection Date": f"{day:%Y-%m-%d}",
                            "Township": town,
                            "Trap Type": kind,
                            "Species": species,
                            "Mosquitoes Counted": count,
                            "Pools Tested": pools,
                            "WNV Result": result,
                        }
                    )
    return pd.DataFrame(rows)


def _mq_pos(df: pd.DataFrame) -> pd.Series:
    return _text(df, "WNV Result") == "Positive"


def _mq_peak_month(df: pd.DataFrame) -> int:
    months = pd.to_datetime(df["Collection Date"], format="%Y-%m-%d").dt.month
    return int(_mq_pos(df).groupby(months).sum().sort_index(kind="stable").idxmax())


def _mq_peak_month_year(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Collection Date"], format="%Y-%m-%d").dt.to_period("M")
    return _mq_pos(df).groupby(months).sum().sort_index(kind="stable").idxmax().to_timestamp()


def _mq_rate(tested_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        res = _text(df, "WNV Result")
        return float((res == "Positive").sum() / ((res != "").sum() if tested_only else len(res)))

    return rate


_MQ_QS = [
    Q("how many positive west nile results were there", _count(lambda df: int(_mq_pos(df).sum())), ("WNV Result",)),
    Q(
        "which township had the most positives",
        _lead(_named(lambda df: _top(_mq_pos(df).groupby(_text(df, "Township")).sum()))),
        ("Township", "WNV Result"),
    ),
    Q(
        "what % of the tested samples came back positive",
        either(_share(_mq_rate(True)), _share(_mq_rate(False))),
        ("WNV Result", "Pools Tested"),
    ),
    Q(
        "what month do positives usually peak",
        _lead(either(_month_of_year(_mq_peak_month), _month_year(_mq_peak_month_year))),
        ("Collection Date", "WNV Result"),
    ),
    Q(
        "average mosquitoes per collection for each trap type",
        _about(lambda df: df["Mosquitoes Counted"].groupby(_text(df, "Trap Type")).mean().to_numpy(), 0.005),
        ("Trap Type", "Mosquitoes Counted"),
    ),
    Q(
        "how many mosquitoes were caught in total in 2024",
        _amount(
            lambda df: float(
                df.loc[df["Collection Date"].astype(str).str.startswith("2024"), "Mosquitoes Counted"].sum()
            )
        ),
        ("Collection Date", "Mosquitoes Counted"),
    ),
]


# --- 7. Bus stop ridership (APC) -----------------------------------------------------------------------------------

_BS_STREETS = ["MAIN ST", "BROADWAY", "OAK AVE", "PARK BLVD", "LINCOLN AVE", "5TH AVE", "MARKET ST", "ELM ST"]
_BS_STREETS += ["UNIVERSITY AVE", "RIVER RD", "CENTRAL AVE", "HARBOR DR", "2ND ST", "WASHINGTON BLVD", "MLK JR WAY"]
_BS_ROUTES = {"1": 1.8, "2": 1.2, "4": 1.0, "7A": 0.9, "7B": 0.6, "10": 1.4, "12": 1.1, "15": 0.7, "22": 0.5}
_BS_ROUTES |= {"31": 0.8, "40X": 0.4, "52": 0.6}


def _bus_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29307)
    stops: list[tuple[int, str, float]] = []
    names: set[str] = set()
    while len(stops) < 620:
        a, b = rng.choice(len(_BS_STREETS), size=2, replace=False)
        name = f"{_BS_STREETS[a]} & {_BS_STREETS[b]}"
        if rng.random() < 0.2:
            name += " (NB)" if rng.random() < 0.5 else " (SB)"
        if name in names:
            continue
        names.add(name)
        stops.append((10000 + 7 * len(stops) + int(rng.integers(0, 7)), name, float(rng.lognormal(2.6, 1.0))))
    routes = list(_BS_ROUTES)
    rows: list[dict[str, Any]] = []
    for stop_id, name, demand in stops:
        n = int(_one(rng, [1, 2, 3, 4], [6, 3, 1.2, 0.4]))
        shelter = rng.random() < min(0.9, 0.15 + demand / 80)
        bench = shelter or rng.random() < 0.4
        for k in rng.choice(len(routes), size=n, replace=False):
            route = routes[int(k)]
            on = demand * _BS_ROUTES[route] * float(rng.lognormal(0, 0.3))
            off = on * float(rng.lognormal(0, 0.25))
            missing = rng.random() < 0.025
            rows.append(
                {
                    "STOP_ID": stop_id,
                    "STOP_NAME": name,
                    "ROUTE": route,
                    "AVG_WKDY_BOARDINGS": "" if missing else round(on, 1),
                    "AVG_WKDY_ALIGHTINGS": "" if missing else round(off, 1),
                    "SHELTER": "Y" if shelter else "N",
                    "BENCH": "Y" if bench else "N",
                }
            )
    return pd.DataFrame(rows)


def _bs_on(df: pd.DataFrame) -> pd.Series:
    return _num(df, "AVG_WKDY_BOARDINGS")


def _bs_shelter_means(by_stop: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(df: pd.DataFrame) -> list[float]:
        d = df.assign(on=_bs_on(df), sh=_text(df, "SHELTER"))
        if by_stop:
            d = d.groupby("STOP_ID").agg(on=("on", "sum"), sh=("sh", "first"))
        m = d.groupby("sh")["on"].mean()
        return [float(m["Y"]), float(m["N"])]

    return means


def _bs_busy_bare(how: str) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        d = df.assign(on=_bs_on(df), sh=_text(df, "SHELTER"))
        if how == "stop_total":
            s = d.groupby("STOP_ID").agg(on=("on", "sum"), sh=("sh", "first"))
            return int(((s["on"] > 50) & (s["sh"] == "N")).sum())
        hit = d[(d["on"] > 50) & (d["sh"] == "N")]
        return int(hit["STOP_ID"].nunique() if how == "stops" else len(hit))

    return count


def _bs_busiest(df: pd.DataFrame) -> list[str]:
    d = df.assign(on=_bs_on(df), name=_text(df, "STOP_NAME"))
    by_stop = d.groupby("STOP_ID").agg(on=("on", "sum"), name=("name", "first"))
    return [str(by_stop.loc[by_stop["on"].idxmax(), "name"]), str(d.loc[d["on"].idxmax(), "name"])]


_BS_QS = [
    Q(
        "how many stops are there",
        either(_count(lambda df: int(df["STOP_ID"].nunique())), _count(len)),
        ("STOP_ID", "STOP_NAME"),
    ),
    Q(
        "which route has the most riders getting on",
        _lead(_code(lambda df: _top(_bs_on(df).groupby(_text(df, "ROUTE")).sum()))),
        ("ROUTE", "AVG_WKDY_BOARDINGS"),
    ),
    Q(
        "do stops with a shelter get more boardings than ones without",
        either(_about(_bs_shelter_means(False), 0.005), _about(_bs_shelter_means(True), 0.005)),
        ("SHELTER", "AVG_WKDY_BOARDINGS", "STOP_ID"),
    ),
    Q(
        "how many busy stops, over 50 boardings a day, have no shelter",
        either(*(_count(_bs_busy_bare(h)) for h in ("rows", "stops", "stop_total"))),
        ("SHELTER", "AVG_WKDY_BOARDINGS", "STOP_ID"),
    ),
    Q("what's the busiest stop", _lead(_named_any(_bs_busiest)), ("STOP_NAME", "STOP_ID", "AVG_WKDY_BOARDINGS")),
    Q(
        "how many rows are missing ridership numbers",
        _count(lambda df: int(_bs_on(df).isna().sum())),
        ("AVG_WKDY_BOARDINGS", "AVG_WKDY_ALIGHTINGS"),
    ),
]


HELDOUT293: list[Dataset] = [
    Dataset("sneaker_reseller_sales_log", _sneaker_frame, _SN_QS),
    Dataset("board_game_plays_log", _boardgame_frame, _BG_QS),
    Dataset("roller_rink_session_sales", _rink_frame, _RR_QS),
    Dataset("window_cleaning_job_list", _window_frame, _WC_QS),
    Dataset("school_meal_participation", _meals_frame, _SM_QS),
    Dataset("mosquito_trap_surveillance", _mosquito_frame, _MQ_QS),
    Dataset("bus_stop_ridership_apc", _bus_frame, _BS_QS),
]
