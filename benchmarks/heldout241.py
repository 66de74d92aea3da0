"""HELDOUT241: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Kanopy
(library film streaming) watch history export (one row per play, 2022-2024) with Title, Type (Film, TV Episode,
Kanopy Kids), Genre (Documentary, Drama, Classic, World Cinema, Comedy, Kids), Director (blank for some episodes),
"Year Released", "Play Date" as "MM/DD/YYYY hh:mm AM", "Minutes Watched", "Runtime (min)", "Ticket Used" (Yes / No:
films cost a monthly play credit, replays within three days do not), Completed (true / false), Library (Springfield
Public Library, State University) and Device (Roku, Web, iOS, Android, Apple TV); a setlist.fm attended-concerts
export for one user (2009-2024) with "Event Date" as "DD-MM-YYYY", Artist, Venue, City, State (blank outside the US
and Canada), Country, Tour (blank often), "Songs Played", "Encore Songs", "Support Act" (blank often), Festival
(blank or the festival's name), Rating (1-5, blank for many), "Ticket Price" as text with the unit ("$45.00", blank
sometimes) and "Attended With" (free text, blank often); an EVE Online character wallet journal (ESI
/wallet/journal flattened, January-June 2024) with date as "2024-03-14T21:05:33Z", ref_type (bounty_prizes,
market_transaction, brokers_fee, transaction_tax, player_donation, contract_price, industry_job_tax, insurance,
agent_mission_reward), amount in ISK with two decimals (negative when paid out), balance (running), description,
first_party, second_party (names), reason (blank mostly), tax (blank except bounties) and context_id_type (blank
for some); a Nanit baby sleep log export (one row per sleep, February-June 2024) with Start and End as
"MM/DD/YYYY h:mm AM", Duration as "h:mm", Type (Nap, Night), Location (Crib, Bassinet, Stroller, Car), Wake-ups,
"Time to Fall Asleep (min)", Visits, "Sleep Score" (0-100, nights only: blank for naps and a few nights the camera
was offline), "Room Temp (°F)", "Humidity (%)" and Notes (blank mostly); a city's snow plow activity log for the
2023-24 winter (one row per plow pass) with "Storm ID" like "2324-03", "Storm Start" as "2024-01-12 04:00",
"Vehicle ID" like "P-214", Route like "R-07", Street / "From Street" / "To Street" in upper case ("N MAIN ST"),
Ward (1-10), "Passed At" as "2024-01-12 06:15:00", Material (Salt, Sand, Brine, None), "Material Tons" (blank when
None), "Plow Down" (Y / N), Miles and Priority (Primary, Secondary, Residential); a city's special event permit
applications (events 2021-2024) with "Permit Number" like "SE-2023-00412", "Event Name", "Event Type" (Block
Party, Festival, Parade, Run/Walk, Farmers Market, Concert, Film Shoot, Rally), Organizer, "Start Date" / "End
Date" / "Application Date" as "MM/DD/YYYY", "Expected Attendance" (blank for a few), "Street Closure" and Alcohol
(Yes / No), Status (Approved, Denied, Withdrawn, Pending), "Fee ($)" (blank for withdrawn) and District ("District
3"); and a tourism board's monthly hotel performance table (STR-style, eight markets, 2019-01 to 2024-12) with
Market ("Austin, TX"), Month as "YYYY-MM", "Occupancy (%)", "ADR ($)", "RevPAR ($)" with two decimals, "Rooms
Available", "Rooms Sold", "Room Revenue ($)" and "Hotels Reporting" (blank for a few rows). All are generated with a
fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout38 import _month
from .offline_eval import Check, Dataset, Q, either, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6, 1e9)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


def _yes(s: pd.Series) -> pd.Series:
    return s.astype("string").str.strip().str.lower().isin(["yes", "y", "true"])


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or in thousands / millions / billions, with either sign."""
    return either(_scaled(value, _BIG, rel=0.01), _scaled(lambda d: -np.asarray(value(d)), _BIG, rel=0.01))


def _minutes(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration given in minutes, in hours, or as hours and minutes ("1:12", "1h 12m", "1 hr 12 min")."""

    def hm(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m in re.finditer(r"(\d+)\s*(?:h|hrs?|hours?)?\s*(?::|,|and)?\s*(\d{1,2})\s*(?:m|mins?|minutes?)\b", answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= 1.01:
                return None
        for m in re.finditer(r"(?<![\d.])(\d+):(\d\d)(?![\d])", answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= 1.01:
                return None
        return f"missing duration {want:.4g} min"

    return either(_about(value, rel=0.01), _about(lambda d: float(value(d)) / 60, rel=0.01), hm)


# --- 1. Kanopy watch history ---------------------------------------------------------------------------------------

_KN_TITLES = {
    "Documentary": [
        ("Hoop Dreams", "Steve James", 1994, 171),
        ("Honeyland", "Tamara Kotevska", 2019, 86),
        ("The Act of Killing", "Joshua Oppenheimer", 2012, 117),
        ("Minding the Gap", "Bing Liu", 2018, 93),
        ("Jiro Dreams of Sushi", "David Gelb", 2011, 81),
        ("Man on Wire", "James Marsh", 2008, 94),
        ("Free Solo", "Jimmy Chin", 2018, 100),
        ("Searching for Sugar Man", "Malik Bendjelloul", 2012, 86),
    ],
    "Drama": [
        ("Moonlight", "Barry Jenkins", 2016, 111),
        ("Lady Bird", "Greta Gerwig", 2017, 94),
        ("The Florida Project", "Sean Baker", 2017, 111),
        ("Ex Machina", "Alex Garland", 2014, 108),
        ("Room", "Lenny Abrahamson", 2015, 118),
    ],
    "Classic": [
        ("The 400 Blows", "François Truffaut", 1959, 99),
        ("Rashomon", "Akira Kurosawa", 1950, 88),
        ("The Third Man", "Carol Reed", 1949, 104),
        ("M", "Fritz Lang", 1931, 117),
    ],
    "World Cinema": [
        ("Parasite", "Bong Joon-ho", 2019, 132),
        ("Amélie", "Jean-Pierre Jeunet", 2001, 122),
        ("A Separation", "Asghar Farhadi", 2011, 123),
        ("Shoplifters", "Hirokazu Kore-eda", 2018, 121),
    ],
    "Comedy": [
        ("What We Do in the Shadows", "Taika Waititi", 2014, 86),
        ("Frances Ha", "Noah Baumbach", 2012, 86),
        ("The Farewell", "Lulu Wang", 2019, 100),
    ],
}
_KN_SERIES = [("The Great Courses: Astronomy", 30), ("Shakespeare Uncovered", 55), ("Hidden Killers", 58)]
_KN_KIDS = [("Curious George", 24), ("Sesame Street Classics", 28), ("Peg + Cat", 26), ("Arthur", 25)]


def _kanopy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24101)
    genres = list(_KN_TITLES)
    rows = []
    stamps = np.sort(rng.integers(0, 3 * 365 * 24 * 60, 640))
    last_film: dict[str, pd.Timestamp] = {}
    for s in stamps:
        when = pd.Timestamp(2022, 1, 1, 8) + pd.Timedelta(minutes=int(s))
        kind = str(_one(rng, ["Film", "TV Episode", "Kanopy Kids"], [70, 15, 15]))
        if kind == "Film":
            genre = str(_one(rng, genres, [40, 20, 12, 16, 12]))
            title, director, year, runtime = _KN_TITLES[genre][int(rng.integers(len(_KN_TITLES[genre])))]
            replay = title in last_film and (when - last_film[title]) < pd.Timedelta(days=3)
            ticket = "No" if replay else "Yes"
            last_film[title] = when
        elif kind == "TV Episode":
            genre = "Documentary"
            name, runtime = _KN_SERIES[int(rng.integers(len(_KN_SERIES)))]
            title = f"{name}: Episode {int(rng.integers(1, 13))}"
            director, year, ticket = ("" if rng.random() < 0.6 else "Various"), int(rng.integers(2010, 2020)), "No"
        else:
            genre = "Kids"
            name, runtime = _KN_KIDS[int(rng.integers(len(_KN_KIDS)))]
            title, director, year, ticket = f"{name} - Episode {int(rng.integers(1, 40))}", "", 2015, "No"
        done = rng.random() < 0.68
        minutes = runtime if done else int(rng.integers(2, max(3, runtime - 5)))
        if done and rng.random() < 0.3:
            minutes = runtime - int(rng.integers(1, 4))
        rows.append(
            {
                "Title": title,
                "Type": kind,
                "Genre": genre,
                "Director": director,
                "Year Released": year,
                "Play Date": when.strftime("%m/%d/%Y %I:%M %p"),
                "Minutes Watched": minutes,
                "Runtime (min)": runtime,
                "Ticket Used": ticket,
                "Completed": "true" if done else "false",
                "Library": str(_one(rng, ["Springfield Public Library", "State University"], [65, 35])),
                "Device": str(_one(rng, ["Roku", "Web", "iOS", "Android", "Apple TV"], [35, 25, 15, 10, 15])),
            }
        )
    return pd.DataFrame(rows)


def _kn_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Play Date"], format="%m/%d/%Y %I:%M %p")


def _kn_done(df: pd.DataFrame) -> pd.Series:
    return df["Completed"].astype("string").str.lower() == "true"


def _kn_march(df: pd.DataFrame) -> pd.Series:
    w = _kn_when(df)
    return (w.dt.year == 2024) & (w.dt.month == 3) & _yes(df["Ticket Used"])


_KN_QS = [
    Q(
        "how many things did i watch in 2023",
        either(
            _count(lambda df: int((_kn_when(df).dt.year == 2023).sum())),
            _count(lambda df: int(df.loc[_kn_when(df).dt.year == 2023, "Title"].nunique())),
        ),
        ("Title", "Play Date"),
    ),
    Q(
        "what genre do i watch the most",
        _lead(_named(lambda df: _top(df["Genre"].value_counts()))),
        ("Genre", "Title"),
    ),
    Q(
        "total hours watched through each library",
        either(
            _about(lambda df: (df.groupby("Library")["Minutes Watched"].sum() / 60).to_numpy(), rel=0.01),
            _about(lambda df: df.groupby("Library")["Minutes Watched"].sum().to_numpy(), rel=0.005),
        ),
        ("Library", "Minutes Watched"),
    ),
    Q(
        "what % of plays used up a ticket",
        _share(lambda df: float(_yes(df["Ticket Used"]).mean())),
        ("Ticket Used",),
    ),
    Q(
        "how many tickets did i burn in march 2024",
        _count(lambda df: int(_kn_march(df).sum())),
        ("Ticket Used", "Play Date"),
    ),
    Q(
        "and how many of those did i actually finish",
        _count(lambda df: int((_kn_march(df) & _kn_done(df)).sum())),
        ("Ticket Used", "Play Date", "Completed"),
    ),
]


# --- 2. setlist.fm attended concerts -------------------------------------------------------------------------------

_SL_ARTISTS = {
    "The National": 9,
    "Radiohead": 4,
    "Phoebe Bridgers": 5,
    "Wilco": 6,
    "Arcade Fire": 4,
    "LCD Soundsystem": 4,
    "Spoon": 5,
    "Vampire Weekend": 4,
    "Bon Iver": 3,
    "Japanese Breakfast": 3,
    "Big Thief": 3,
    "Fleet Foxes": 3,
    "Sufjan Stevens": 2,
    "The War on Drugs": 4,
    "Courtney Barnett": 2,
    "Beach House": 3,
}
_SL_VENUES = [
    ("Metro", "Chicago", "IL", "United States"),
    ("Thalia Hall", "Chicago", "IL", "United States"),
    ("United Center", "Chicago", "IL", "United States"),
    ("First Avenue", "Minneapolis", "MN", "United States"),
    ("Riviera Theatre", "Chicago", "IL", "United States"),
    ("Pabst Theater", "Milwaukee", "WI", "United States"),
    ("The Fillmore", "Detroit", "MI", "United States"),
    ("Massey Hall", "Toronto", "ON", "Canada"),
    ("Brixton Academy", "London", "", "United Kingdom"),
]
_SL_FESTS = [
    ("Pitchfork Music Festival", "Union Park"),
    ("Lollapalooza", "Grant Park"),
    ("Eaux Claires", "Foster Farm"),
]
_SL_SUPPORT = ["Snail Mail", "Soccer Mommy", "Hand Habits", "Kevin Morby", "Waxahatchee", "Kurt Vile", "Cass McCombs"]
_SL_WITH = ["Sam", "Jess", "Sam, Jess", "my brother", "work friends", "Alex"]


def _setlist_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24102)
    artists = list(_SL_ARTISTS)
    rows = []
    for year in range(2009, 2025):
        n = int(rng.integers(14, 34)) if year not in (2020, 2021) else int(rng.integers(1, 5))
        for _ in range(n):
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            artist = str(_one(rng, artists, list(_SL_ARTISTS.values())))
            fest = ""
            if day.month in (7, 8) and rng.random() < 0.45:
                fest, venue = _SL_FESTS[int(rng.integers(len(_SL_FESTS)))]
                city, state, country = (
                    ("Eau Claire", "WI", "United States")
                    if fest == "Eaux Claires"
                    else (
                        "Chicago",
                        "IL",
                        "United States",
                    )
                )
            else:
                venue, city, state, country = _SL_VENUES[int(_one(rng, list(range(9)), [6, 4, 2, 2, 3, 2, 1, 1, 1]))]
            songs = int(rng.integers(9, 15)) if fest else int(rng.integers(13, 24))
            encore = 0 if fest and rng.random() < 0.7 else int(rng.integers(1, 5))
            rating = "" if rng.random() < 0.3 else int(np.clip(round(1.2 + 0.17 * songs + rng.normal(0, 0.9)), 1, 5))
            if rng.random() < 0.15:
                price = ""
            else:
                base = rng.uniform(95, 160) if fest else rng.uniform(25, 70) * (1 + 0.03 * (year - 2009))
                price = f"${base:.2f}"
            rows.append(
                {
                    "Event Date": f"{day:%d-%m-%Y}",
                    "Artist": artist,
                    "Venue": venue,
                    "City": city,
                    "State": state,
                    "Country": country,
                    "Tour": "" if rng.random() < 0.45 else f"{artist} {year} Tour",
                    "Songs Played": songs,
                    "Encore Songs": encore,
                    "Support Act": "" if fest or rng.random() < 0.4 else str(_one(rng, _SL_SUPPORT)),
                    "Festival": fest,
                    "Rating": rating,
                    "Ticket Price": price,
                    "Attended With": "" if rng.random() < 0.5 else str(_one(rng, _SL_WITH)),
                }
            )
    out = pd.DataFrame(rows)
    return out.sort_values("Event Date", key=lambda s: pd.to_datetime(s, format="%d-%m-%Y"), kind="stable").reset_index(
        drop=True
    )


def _sl_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Event Date"], format="%d-%m-%Y").dt.year


def _sl_fest(df: pd.DataFrame) -> pd.Series:
    return ~_blank(df["Festival"])


_SL_QS = [
    Q(
        "which band have i seen the most",
        _lead(_named(lambda df: _top(df["Artist"].value_counts()))),
        ("Artist",),
    ),
    Q(
        "which year did i go to the most shows",
        _lead(_year(lambda df: int(_top(_sl_year(df).value_counts())))),
        ("Event Date",),
    ),
    Q(
        "what do i usually pay for a ticket",
        either(
            _about(lambda df: float(_num(df, "Ticket Price").mean()), rel=0.005),
            _about(lambda df: float(_num(df, "Ticket Price").median()), rel=0.005),
        ),
        ("Ticket Price",),
    ),
    Q(
        "and at festivals?",
        either(
            _about(lambda df: float(_num(df, "Ticket Price")[_sl_fest(df)].mean()), rel=0.005),
            _about(lambda df: float(_num(df, "Ticket Price")[_sl_fest(df)].median()), rel=0.005),
        ),
        ("Ticket Price", "Festival"),
    ),
    Q(
        "how many shows did i never rate",
        _count(lambda df: int(_blank(df["Rating"]).sum())),
        ("Rating",),
    ),
    Q(
        "do i rate shows higher when they play more songs",
        either(
            _corr(lambda df: df["Songs Played"], lambda df: _num(df, "Rating")),
            _corr(lambda df: df["Songs Played"] + df["Encore Songs"], lambda df: _num(df, "Rating")),
        ),
        ("Songs Played", "Rating", "Encore Songs"),
    ),
]


# --- 3. EVE Online wallet journal ----------------------------------------------------------------------------------

_EV_ME = "Kira Vantallis"
_EV_DONORS = ["Drax Holloway", "Mira Koss", "Tavish Orrin", "Bex Starfall"]
_EV_SYSTEMS = ["Tama", "Nourvukaiken", "Hek", "Amamake"]


def _eve_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24103)
    n = 2600
    secs = np.sort(rng.integers(0, 182 * 86400, n))
    kinds = [
        "bounty_prizes",
        "market_transaction",
        "brokers_fee",
        "transaction_tax",
        "player_donation",
        "contract_price",
        "industry_job_tax",
        "insurance",
        "agent_mission_reward",
    ]
    weights = [30, 25, 14, 8, 4, 5, 6, 2, 6]
    balance = 412_550_318.27
    rows = []
    for s in secs:
        when = pd.Timestamp(2024, 1, 1) + pd.Timedelta(seconds=int(s))
        kind = str(_one(rng, kinds, weights))
        first, second, reason, tax, ctx, desc = _EV_ME, _EV_ME, "", "", "", ""
        if kind == "bounty_prizes":
            boost = 1.6 if when.month == 3 else 1.0
            gross = float(rng.uniform(1.5e6, 9e6)) * boost
            tax = round(gross * 0.08, 2)
            amount = round(gross - tax, 2)
            first, ctx = "CONCORD", "system_id"
            desc = f"{_EV_ME} got bounty prizes for killing pirates in {_one(rng, _EV_SYSTEMS)}"
            reason = "" if rng.random() < 0.9 else "23329: 3,23330: 1"
        elif kind == "market_transaction":
            selling = rng.random() < 0.45
            value = float(rng.lognormal(16.5, 1.0))
            amount = round(value if selling else -value * 1.4, 2)
            first, second = ("Jita Trader", _EV_ME) if selling else (_EV_ME, "Jita Trader")
            ctx = "market_transaction_id"
            desc = f"Market: {first} bought stuff from {second}"
        elif kind == "brokers_fee":
            amount = -round(float(rng.lognormal(13.5, 0.8)), 2)
            second, ctx, desc = "Secure Commerce Commission", "", "Market order commission to authorize order"
        elif kind == "transaction_tax":
            amount = -round(float(rng.lognormal(13.2, 0.8)), 2)
            second, ctx, desc = "Secure Commerce Commission", "market_transaction_id", "Sales tax"
        elif kind == "player_donation":
            if rng.random() < 0.75:
                first = str(_one(rng, _EV_DONORS, [4, 2, 3, 1]))
                amount = round(float(rng.choice([5e6, 10e6, 25e6, 50e6, 100e6])), 2)
                reason = "" if rng.random() < 0.6 else str(_one(rng, ["srp", "for the fuel", "ty o7"]))
            else:
                second = str(_one(rng, _EV_DONORS))
                amount = -round(float(rng.choice([5e6, 10e6, 20e6])), 2)
            desc = f"{first} deposited cash into {second}'s account"
            ctx = "" if rng.random() < 0.5 else "character_id"
        elif kind == "contract_price":
            amount = round(float(rng.choice([-1, 1]) * rng.lognormal(17.5, 0.7)), 2)
            second, ctx, desc = "Ore Hauling LLC", "contract_id", "Contract price"
        elif kind == "industry_job_tax":
            amount = -round(float(rng.lognormal(12.5, 0.6)), 2)
            second, ctx, desc = "Caldari Navy", "industry_job_id", "Industry facility tax"
        elif kind == "insurance":
            amount = round(float(rng.lognormal(17, 0.5)), 2)
            first, ctx, desc = "Secure Commerce Commission", "", f"Insurance paid out to {_EV_ME}"
        else:
            amount = round(float(rng.uniform(4e5, 2.5e6)), 2)
            first, ctx, desc = "Caldari Navy", "", f"{_EV_ME} received a mission reward"
        balance = round(balance + amount, 2)
        rows.append(
            {
                "date": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "ref_type": kind,
                "amount": amount,
                "balance": balance,
                "description": desc,
                "first_party": first,
                "second_party": second,
                "reason": reason,
                "tax": tax,
                "context_id_type": ctx,
            }
        )
    return pd.DataFrame(rows)


def _ev_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["date"], utc=True)


def _ev_spend_top(net: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        amt = df["amount"] if net else df["amount"].clip(upper=0)
        return _top(-amt.groupby(df["ref_type"]).sum())

    return top


def _ev_bounty_month(df: pd.DataFrame) -> pd.Timestamp:
    b = df[df["ref_type"] == "bounty_prizes"]
    by = b["amount"].groupby(_ev_when(b).dt.month).sum()
    return pd.Timestamp(2024, int(by.idxmax()), 1)


def _ev_top_donor(df: pd.DataFrame) -> str:
    d = df[(df["ref_type"] == "player_donation") & (df["amount"] > 0)]
    return _top(d.groupby("first_party")["amount"].sum())


_EV_QS = [
    Q(
        "how much isk have i made from ratting bounties",
        _amount(lambda df: float(df.loc[df["ref_type"] == "bounty_prizes", "amount"].sum())),
        ("ref_type", "amount"),
    ),
    Q(
        "what's my biggest expense",
        _lead(either(_named(_ev_spend_top(False)), _named(_ev_spend_top(True)))),
        ("ref_type", "amount"),
    ),
    Q(
        "how much have broker fees plus sales tax cost me",
        _amount(lambda df: float(df.loc[df["ref_type"].isin(["brokers_fee", "transaction_tax"]), "amount"].sum())),
        ("ref_type", "amount"),
    ),
    Q(
        "what was my wallet balance at the end of march",
        _amount(lambda df: float(df.loc[_ev_when(df) < pd.Timestamp("2024-04-01", tz="UTC"), "balance"].iloc[-1])),
        ("balance", "date"),
    ),
    Q(
        "which month were bounties best",
        _lead(_month(_ev_bounty_month)),
        ("ref_type", "amount", "date"),
    ),
    Q(
        "who's sent me the most isk in donations",
        _lead(_named(_ev_top_donor)),
        ("ref_type", "amount", "first_party", "second_party"),
    ),
]


# --- 4. Nanit sleep log --------------------------------------------------------------------------------------------


def _nanit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24104)
    rows = []
    fmt = "%m/%d/%Y %I:%M %p"
    notes_nap = ["teething", "contact nap", "short nap", "fell asleep in car seat"]
    notes_night = ["teething", "sick - cold", "growth spurt?", "daylight saving", "new sleep sack"]
    for d in range(0, 135):
        day = pd.Timestamp(2024, 2, 1) + pd.Timedelta(days=d)
        naps = int(_one(rng, [2, 3, 4], [30, 55, 15]))
        t = day + pd.Timedelta(minutes=int(rng.integers(8 * 60 + 30, 9 * 60 + 30)))
        for _ in range(naps):
            length = int(np.clip(rng.normal(68, 25), 20, 150))
            loc = str(_one(rng, ["Crib", "Bassinet", "Stroller", "Car"], [60, 10, 18, 12]))
            end = t + pd.Timedelta(minutes=length)
            rows.append(
                {
                    "Start": t.strftime(fmt),
                    "End": end.strftime(fmt),
                    "Duration": f"{length // 60}:{length % 60:02d}",
                    "Type": "Nap",
                    "Location": loc,
                    "Wake-ups": 0 if rng.random() < 0.8 else 1,
                    "Time to Fall Asleep (min)": int(rng.integers(2, 25)),
                    "Visits": int(rng.integers(0, 2)),
                    "Sleep Score": "",
                    "Room Temp (°F)": round(float(rng.normal(71, 1.5)), 1),
                    "Humidity (%)": int(rng.integers(30, 55)),
                    "Notes": str(_one(rng, notes_nap)) if rng.random() < 0.08 else "",
                }
            )
            t = end + pd.Timedelta(minutes=int(rng.integers(110, 180)))
        start = day + pd.Timedelta(minutes=int(rng.integers(18 * 60 + 45, 20 * 60 + 15)))
        temp = round(float(rng.normal(70.5, 2.0)), 1)
        wakes = int(np.clip(rng.poisson(2.6 - d / 90 + max(0.0, temp - 71) * 0.5), 0, 8))
        length = int(np.clip(rng.normal(640 - wakes * 12, 35), 480, 760))
        score = int(np.clip(round(95 - wakes * 6 - max(0.0, temp - 70) * 2.5 + rng.normal(0, 4)), 20, 100))
        end = start + pd.Timedelta(minutes=length)
        rows.append(
            {
                "Start": start.strftime(fmt),
                "End": end.strftime(fmt),
                "Duration": f"{length // 60}:{length % 60:02d}",
                "Type": "Night",
                "Location": "Crib" if d > 20 or rng.random() < 0.3 else "Bassinet",
                "Wake-ups": wakes,
                "Time to Fall Asleep (min)": int(rng.integers(3, 40)),
                "Visits": int(min(wakes, rng.integers(0, wakes + 2))),
                "Sleep Score": "" if rng.random() < 0.06 else score,
                "Room Temp (°F)": temp,
                "Humidity (%)": int(rng.integers(30, 55)),
                "Notes": str(_one(rng, notes_night)) if rng.random() < 0.1 else "",
            }
        )
    return pd.DataFrame(rows)


def _nn_minutes(df: pd.DataFrame) -> pd.Series:
    parts = df["Duration"].astype("string").str.split(":", expand=True).astype(int)
    return parts[0] * 60 + parts[1]


def _nn_start(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Start"], format="%m/%d/%Y %I:%M %p")


def _nn_score_months(df: pd.DataFrame) -> Any:
    score = _num(df, "Sleep Score")
    return score.groupby(_nn_start(df).dt.month).mean().to_numpy()


_NN_QS = [
    Q(
        "how long are her naps on average",
        _minutes(lambda df: float(_nn_minutes(df)[df["Type"] == "Nap"].mean())),
        ("Duration", "Type"),
    ),
    Q(
        "average sleep score by month",
        _about(_nn_score_months, rel=0.005),
        ("Sleep Score", "Start"),
    ),
    Q(
        "how many nights did she wake up 3+ times",
        _count(lambda df: int(((df["Type"] == "Night") & (df["Wake-ups"] >= 3)).sum())),
        ("Wake-ups", "Type", "Start"),
    ),
    Q(
        "does the room temperature affect her score",
        _corr(lambda df: df["Room Temp (°F)"], lambda df: _num(df, "Sleep Score")),
        ("Room Temp (°F)", "Sleep Score"),
    ),
    Q(
        "how many sleeps have no score",
        _count(lambda df: int(_blank(df["Sleep Score"]).sum())),
        ("Sleep Score",),
    ),
    Q(
        "how many of those were nights",
        _count(lambda df: int((_blank(df["Sleep Score"]) & (df["Type"] == "Night")).sum())),
        ("Sleep Score", "Type"),
    ),
]


# --- 5. snow plow activity log -------------------------------------------------------------------------------------

_PL_STREETS = [
    ("N MAIN ST", "Primary"),
    ("S MAIN ST", "Primary"),
    ("W WASHINGTON AVE", "Primary"),
    ("E LINCOLN AVE", "Primary"),
    ("RIVER RD", "Primary"),
    ("OAK ST", "Secondary"),
    ("ELM ST", "Secondary"),
    ("MAPLE AVE", "Secondary"),
    ("PARK BLVD", "Secondary"),
    ("HIGHLAND DR", "Secondary"),
    ("BIRCH LN", "Residential"),
    ("CEDAR CT", "Residential"),
    ("WILLOW WAY", "Residential"),
    ("ASPEN CIR", "Residential"),
    ("SPRUCE ST", "Residential"),
    ("HICKORY LN", "Residential"),
    ("PINE RIDGE RD", "Residential"),
    ("LAUREL AVE", "Residential"),
]
_PL_CROSS = ["1ST ST", "2ND ST", "3RD ST", "4TH ST", "5TH ST", "CENTER ST", "MILL RD", "CHURCH ST"]


def _plow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24105)
    starts = [
        "2023-11-28 22:00",
        "2023-12-10 04:00",
        "2023-12-29 18:00",
        "2024-01-09 02:00",
        "2024-01-12 04:00",
        "2024-01-19 21:00",
        "2024-02-04 06:00",
        "2024-02-16 15:00",
        "2024-03-02 03:00",
    ]
    sizes = [0.4, 1.0, 0.6, 1.4, 2.2, 1.1, 0.8, 1.3, 0.5]
    vehicles = [f"P-{n}" for n in (201, 204, 207, 211, 214, 218, 222, 225, 230, 233, 236, 240)]
    vweights = [5, 4, 4, 6, 9, 4, 3, 5, 4, 3, 3, 4]
    rows = []
    for k, (start, size) in enumerate(zip(starts, sizes, strict=True)):
        storm_id = f"2324-{k + 1:02d}"
        t0 = pd.Timestamp(start)
        n = int(420 * size * rng.uniform(0.9, 1.1))
        for _ in range(n):
            street, priority = _PL_STREETS[int(rng.integers(len(_PL_STREETS)))]
            hours_in = rng.uniform(0, 10) if priority == "Primary" else rng.uniform(2, 30)
            at = t0 + pd.Timedelta(minutes=int(hours_in * 60))
            if size < 0.7:
                material = str(_one(rng, ["Salt", "Brine", "None", "Sand"], [45, 35, 15, 5]))
            else:
                material = str(_one(rng, ["Salt", "Sand", "Brine", "None"], [60, 12, 10, 18]))
            miles = round(float(rng.uniform(0.2, 2.4)), 2)
            tons = (
                ""
                if material == "None"
                else round(miles * rng.uniform(0.15, 0.45) * (0.3 if material == "Brine" else 1), 2)
            )
            a, b = rng.choice(len(_PL_CROSS), 2, replace=False)
            rows.append(
                {
                    "Storm ID": storm_id,
                    "Storm Start": start,
                    "Vehicle ID": str(_one(rng, vehicles, vweights)),
                    "Route": f"R-{int(rng.integers(1, 15)):02d}",
                    "Street": street,
                    "From Street": _PL_CROSS[int(a)],
                    "To Street": _PL_CROSS[int(b)],
                    "Ward": int(rng.integers(1, 11)),
                    "Passed At": f"{at:%Y-%m-%d %H:%M:%S}",
                    "Material": material,
                    "Material Tons": tons,
                    "Plow Down": "Y" if size >= 0.7 and rng.random() < 0.85 else ("Y" if rng.random() < 0.2 else "N"),
                    "Miles": miles,
                    "Priority": priority,
                }
            )
    out = pd.DataFrame(rows)
    return out.sort_values("Passed At", kind="stable").reset_index(drop=True)


def _pl_top_truck(df: pd.DataFrame) -> str:
    return _top(df["Vehicle ID"].value_counts())


_PL_QS = [
    Q(
        "how many storms did they plow for this winter",
        _count(lambda df: int(df["Storm ID"].nunique())),
        ("Storm ID", "Storm Start"),
    ),
    Q(
        "which storm used the most salt",
        _lead(
            either(
                _named(lambda df: _top(df[df["Material"] == "Salt"].groupby("Storm ID")["Material Tons"].sum())),
                _named(lambda df: _top(df.groupby("Storm ID")["Material Tons"].sum())),
            )
        ),
        ("Storm ID", "Material", "Material Tons", "Storm Start"),
    ),
    Q(
        "miles plowed for each priority level",
        either(
            _about(lambda df: df.groupby("Priority")["Miles"].sum().to_numpy(), rel=0.005),
            _about(lambda df: df[df["Plow Down"] == "Y"].groupby("Priority")["Miles"].sum().to_numpy(), rel=0.005),
        ),
        ("Priority", "Miles", "Plow Down"),
    ),
    Q(
        "what fraction of passes had the blade down",
        _share(lambda df: float((df["Plow Down"] == "Y").mean())),
        ("Plow Down",),
    ),
    Q(
        "which truck made the most passes",
        _lead(_named(_pl_top_truck)),
        ("Vehicle ID",),
    ),
    Q(
        "how many miles did it cover",
        _about(lambda df: float(df.loc[df["Vehicle ID"] == _pl_top_truck(df), "Miles"].sum()), rel=0.005),
        ("Vehicle ID", "Miles"),
    ),
]


# --- 6. special event permits --------------------------------------------------------------------------------------

_EP_TYPES = {
    # type: weight, attendance median, street closure chance, alcohol chance, denial chance, base fee
    "Block Party": (30, 120, 0.9, 0.35, 0.05, 50),
    "Festival": (10, 4000, 0.8, 0.75, 0.12, 750),
    "Parade": (5, 6000, 1.0, 0.1, 0.15, 500),
    "Run/Walk": (12, 1500, 0.85, 0.05, 0.06, 300),
    "Farmers Market": (10, 800, 0.6, 0.1, 0.03, 150),
    "Concert": (9, 2500, 0.3, 0.8, 0.14, 600),
    "Film Shoot": (14, 60, 0.5, 0.0, 0.04, 400),
    "Rally": (10, 500, 0.4, 0.0, 0.25, 25),
}
_EP_WORDS = ["Summer", "Harvest", "Riverfront", "Neighborhood", "Spring", "Heritage", "Downtown", "Unity"]
_EP_ORGS = [
    "Elm St Neighbors",
    "Downtown Alliance",
    "City Parks Foundation",
    "Riverfront Runners",
    "Local 73",
    "Northside Chamber",
    "Blue Door Productions",
    "Sunset Films LLC",
    "Greenmarket Co-op",
    "Hope Church",
]


def _permit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24106)
    types = list(_EP_TYPES)
    rows = []
    counters: dict[int, int] = {}
    for _ in range(1850):
        kind = str(_one(rng, types, [v[0] for v in _EP_TYPES.values()]))
        _w, crowd, closure, alcohol, deny, fee = _EP_TYPES[kind]
        start = pd.Timestamp(2021, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 4 * 365)))
        if rng.random() < 0.6:
            start = pd.Timestamp(start.year, int(rng.integers(5, 10)), int(rng.integers(1, 29)))
        lead = int(np.clip(rng.gamma(3, 15), 5, 200))
        applied = start - pd.Timedelta(days=lead)
        counters[applied.year] = counters.get(applied.year, 0) + 1
        days = 0 if kind != "Festival" or rng.random() < 0.4 else int(rng.integers(1, 3))
        status = str(_one(rng, ["Approved", "Denied", "Withdrawn", "Pending"], [1 - deny - 0.07, deny, 0.06, 0.01]))
        if start.year == 2024 and start.month >= 11 and rng.random() < 0.5:
            status = "Pending"
        attendance = int(max(10, rng.lognormal(np.log(crowd), 0.5)) // 10 * 10)
        rows.append(
            {
                "Permit Number": f"SE-{applied.year}-{counters[applied.year]:05d}",
                "Event Name": f"{_one(rng, _EP_WORDS)} {kind}"
                if kind != "Film Shoot"
                else f"Film Shoot - {_one(rng, _EP_ORGS[6:8])}",
                "Event Type": kind,
                "Organizer": str(_one(rng, _EP_ORGS)),
                "Start Date": f"{start:%m/%d/%Y}",
                "End Date": f"{start + pd.Timedelta(days=days):%m/%d/%Y}",
                "Expected Attendance": "" if rng.random() < 0.03 else attendance,
                "Street Closure": "Yes" if rng.random() < closure else "No",
                "Alcohol": "Yes" if rng.random() < alcohol else "No",
                "Status": status,
                "Application Date": f"{applied:%m/%d/%Y}",
                "Fee ($)": "" if status == "Withdrawn" else round(fee + attendance * 0.05 * (days + 1), 2),
                "District": f"District {int(rng.integers(1, 9))}",
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Application Date", key=pd.to_datetime, kind="stable").reset_index(drop=True)


def _ep_date(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(df[col], format="%m/%d/%Y")


def _ep_lead(df: pd.DataFrame) -> pd.Series:
    return (_ep_date(df, "Start Date") - _ep_date(df, "Application Date")).dt.days


def _ep_crowds(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        a = _num(df, "Expected Attendance")
        by = a.groupby(df["Event Type"]).agg(how)
        return [float(by["Festival"]), float(by["Parade"])]

    return values


def _ep_fees_2023(approved: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        keep = _ep_date(df, "Start Date").dt.year == 2023
        if approved:
            keep &= df["Status"] == "Approved"
        return float(_num(df, "Fee ($)")[keep].sum())

    return total


_EP_QS = [
    Q(
        "how many permits got denied",
        _count(lambda df: int((df["Status"] == "Denied").sum())),
        ("Status",),
    ),
    Q(
        "what kind of event gets denied most often",
        _lead(
            either(
                _named(lambda df: _top((df["Status"] == "Denied").groupby(df["Event Type"]).mean())),
                _named(lambda df: _top((df["Status"] == "Denied").groupby(df["Event Type"]).sum())),
            )
        ),
        ("Event Type", "Status"),
    ),
    Q(
        "how big are festivals vs parades typically",
        either(_about(_ep_crowds("mean"), rel=0.005), _about(_ep_crowds("median"), rel=0.005)),
        ("Event Type", "Expected Attendance"),
    ),
    Q(
        "of the events serving alcohol, what share closed a street",
        _share(lambda df: float(_yes(df.loc[_yes(df["Alcohol"]), "Street Closure"]).mean())),
        ("Alcohol", "Street Closure"),
    ),
    Q(
        "how far ahead of the event do people usually apply",
        either(
            _about(lambda df: float(_ep_lead(df).mean()), rel=0.01),
            _about(lambda df: float(_ep_lead(df).median()), rel=0.01),
        ),
        ("Application Date", "Start Date"),
    ),
    Q(
        "total permit fees for events in 2023",
        either(_amount(_ep_fees_2023(False)), _amount(_ep_fees_2023(True))),
        ("Fee ($)", "Start Date", "Status"),
    ),
]


# --- 7. STR-style monthly hotel performance ------------------------------------------------------------------------

_HT_MARKETS = {
    # market: rooms, base occupancy, base ADR, peak month
    "Austin, TX": (38000, 0.70, 165, 3),
    "Nashville, TN": (46000, 0.74, 175, 6),
    "Denver, CO": (52000, 0.71, 150, 7),
    "San Diego, CA": (60000, 0.76, 185, 7),
    "New Orleans, LA": (40000, 0.66, 170, 2),
    "Charleston, SC": (16000, 0.72, 195, 4),
    "Savannah, GA": (14000, 0.68, 155, 3),
    "Portland, OR": (26000, 0.69, 145, 8),
}


def _hotel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24107)
    rows = []
    for market, (rooms, occ0, adr0, peak) in _HT_MARKETS.items():
        hotels = int(rooms / 140)
        for m in range(72):
            year, month = 2019 + m // 12, m % 12 + 1
            season = np.cos((month - peak) / 12 * 2 * np.pi)
            covid = 1.0
            if year == 2020 and month >= 3:
                covid = [0.55, 0.25, 0.35, 0.5, 0.6, 0.6, 0.6, 0.58, 0.55, 0.5][month - 3]
            elif year == 2021:
                covid = 0.6 + 0.03 * month
            occ = float(np.clip(occ0 * (1 + 0.12 * season) * covid + rng.normal(0, 0.02), 0.1, 0.95))
            adr = adr0 * (1 + 0.1 * season) * (0.75 + 0.25 * covid) * (1.03 ** (year - 2019)) + rng.normal(0, 4)
            days = pd.Period(f"{year}-{month:02d}").days_in_month
            available = int(rooms * rng.uniform(0.98, 1.02) * (1 + 0.015 * (year - 2019))) * days
            sold = int(available * occ)
            revenue = round(sold * adr, 2)
            rows.append(
                {
                    "Market": market,
                    "Month": f"{year}-{month:02d}",
                    "Occupancy (%)": round(sold / available * 100, 1),
                    "ADR ($)": round(revenue / sold, 2),
                    "RevPAR ($)": round(revenue / available, 2),
                    "Rooms Available": available,
                    "Rooms Sold": sold,
                    "Room Revenue ($)": revenue,
                    "Hotels Reporting": "" if rng.random() < 0.04 else int(hotels * rng.uniform(0.6, 0.8)),
                }
            )
    return pd.DataFrame(rows)


def _ht_year(df: pd.DataFrame) -> pd.Series:
    return df["Month"].astype("string").str[:4].astype(int)


def _ht_worst(pooled: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def worst(df: pd.DataFrame) -> pd.Timestamp:
        if pooled:
            g = df.groupby("Month")
            by = g["Rooms Sold"].sum() / g["Rooms Available"].sum()
        else:
            by = df.groupby("Month")["Occupancy (%)"].mean()
        return pd.Timestamp(str(by.idxmin()) + "-01")

    return worst


def _ht_adr(weighted: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        out = []
        for market in ("Austin, TX", "Nashville, TN"):
            d = df[(df["Market"] == market) & (_ht_year(df) == 2024)]
            out.append(
                float(d["Room Revenue ($)"].sum() / d["Rooms Sold"].sum()) if weighted else float(d["ADR ($)"].mean())
            )
        return out

    return values


_HT_QS = [
    Q(
        "which city had the best occupancy in 2023",
        _lead(
            either(
                _named(lambda df: _top(df[_ht_year(df) == 2023].groupby("Market")["Occupancy (%)"].mean())),
                _named(
                    lambda df: _top(
                        df[_ht_year(df) == 2023].groupby("Market")["Rooms Sold"].sum()
                        / df[_ht_year(df) == 2023].groupby("Market")["Rooms Available"].sum()
                    )
                ),
            )
        ),
        ("Market", "Month", "Occupancy (%)", "Rooms Sold", "Rooms Available"),
    ),
    Q(
        "what was the worst month for occupancy overall",
        _lead(either(month_year(_ht_worst(False)), month_year(_ht_worst(True)))),
        ("Month", "Occupancy (%)", "Rooms Sold", "Rooms Available"),
    ),
    Q(
        "total room revenue each year",
        _scaled(lambda df: df.groupby(_ht_year(df))["Room Revenue ($)"].sum().to_numpy(), _BIG, rel=0.01),
        ("Room Revenue ($)", "Month"),
    ),
    Q(
        "compare the daily rate in austin and nashville in 2024",
        either(_about(_ht_adr(False), rel=0.005), _about(_ht_adr(True), rel=0.005)),
        ("Market", "ADR ($)", "Month", "Room Revenue ($)", "Rooms Sold"),
    ),
    Q(
        "is the room rate tied to occupancy",
        _corr(lambda df: df["ADR ($)"], lambda df: df["Occupancy (%)"]),
        ("ADR ($)", "Occupancy (%)"),
    ),
    Q(
        "how many rows are missing the hotel count",
        _count(lambda df: int(_blank(df["Hotels Reporting"]).sum())),
        ("Hotels Reporting",),
    ),
]


HELDOUT241: list[Dataset] = [
    Dataset("kanopy_watch_history", _kanopy_frame, _KN_QS),
    Dataset("setlistfm_attended_concerts", _setlist_frame, _SL_QS),
    Dataset("eve_wallet_journal", _eve_frame, _EV_QS),
    Dataset("nanit_sleep_log", _nanit_frame, _NN_QS),
    Dataset("city_snow_plow_activity", _plow_frame, _PL_QS),
    Dataset("special_event_permits", _permit_frame, _EP_QS),
    Dataset("str_hotel_performance_monthly", _hotel_frame, _HT_QS),
]
