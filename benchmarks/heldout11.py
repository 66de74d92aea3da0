"""A blind held-out set for the offline analyst: seven datasets and 42 questions (HELDOUT11).

Written without reading the analyst, and measured before any fix it prompts. Each frame mimics the column layout of a
well-known public dataset (hotel bookings, IBM telco churn, Spotify tracks, Netflix titles, Olympic athlete events,
WHO COVID-19 daily figures, video game sales), generated with a fixed seed.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import (
    Check,
    Dataset,
    Q,
    _any_of,
    _duration,
    _numbers,
    asks,
    both,
    either,
    has,
    share,
    words,
)

# --- checker helpers -----------------------------------------------------------------------------------------------


def _pct_or_frac(value: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Every value present, all as fractions or all as percentages (a percentage may be rounded to one decimal)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = _numbers(answer)
        want = np.atleast_1d(np.asarray(value(df), dtype=float))
        for scale, floor in ((1.0, 0.0051), (100.0, 0.051)):
            if all(any(abs(f - scale * w) <= max(rel * abs(scale * w), floor) for f in found) for w in want):
                return None
        return f"missing shares {np.round(want, 4).tolist()}"

    return check


def _named(value: Callable[[pd.DataFrame], str]) -> Check:
    """The label computed from the frame appears as a whole word ("pop" is not found in "popularity")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        label = value(df)
        if re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", answer, re.IGNORECASE):
            return None
        return f"missing label {label!r}"

    return check


def _day(value: Callable[[pd.DataFrame], pd.Timestamp]) -> Check:
    """A day, written as ISO or with the month's name."""
    fmts = ("%Y-%m-%d", "%B %-d", "%-d %B", "%b %-d", "%-d %b")
    return either(*(_named(lambda df, f=f: value(df).strftime(f)) for f in fmts))


# --- hotel bookings (Antonio, Almeida & Nunes, Kaggle hotel_bookings.csv) --------------------------------------------

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _hotel_bookings() -> pd.DataFrame:
    rng = np.random.default_rng(1101)
    n = 1500
    days = pd.date_range("2015-07-01", "2017-08-31", freq="D")
    season = 1 + 0.45 * np.sin((days.dayofyear.to_numpy() - 100) / 365 * 2 * np.pi)
    arrival = pd.DatetimeIndex(rng.choice(days.to_numpy(), size=n, p=season / season.sum()))
    hotel = rng.choice(["City Hotel", "Resort Hotel"], size=n, p=[0.66, 0.34])
    resort = hotel == "Resort Hotel"
    lead = np.round(rng.gamma(1.1, 95, size=n)).astype(int)
    weekend = rng.poisson(np.where(resort, 1.2, 0.8))
    week = rng.poisson(np.where(resort, 3.1, 2.2))
    none = (weekend + week) == 0
    week[none] = 1
    adults = rng.choice([1, 2, 3], size=n, p=[0.19, 0.73, 0.08])
    children = rng.choice([0.0, 1.0, 2.0], size=n, p=[0.92, 0.05, 0.03])
    children[rng.choice(n, size=4, replace=False)] = np.nan
    babies = rng.choice([0, 1], size=n, p=[0.992, 0.008])
    meal = rng.choice(["BB", "HB", "SC", "FB", "Undefined"], size=n, p=[0.77, 0.12, 0.09, 0.01, 0.01])
    countries = ["PRT", "GBR", "FRA", "ESP", "DEU", "ITA", "IRL", "BEL", "BRA", "NLD", "USA", "CHE", "CN", "AUT"]
    cp = np.array([0.41, 0.10, 0.09, 0.08, 0.06, 0.04, 0.03, 0.02, 0.02, 0.02, 0.02, 0.015, 0.01, 0.015])
    country = rng.choice(countries, size=n, p=cp / cp.sum()).astype(object)
    country[rng.choice(n, size=7, replace=False)] = np.nan
    segments = ["Online TA", "Offline TA/TO", "Groups", "Direct", "Corporate", "Complementary"]
    segment = rng.choice(segments, size=n, p=[0.47, 0.2, 0.17, 0.105, 0.045, 0.01])
    channel = pd.Series(segment).map(
        {
            "Online TA": "TA/TO",
            "Offline TA/TO": "TA/TO",
            "Groups": "TA/TO",
            "Direct": "Direct",
            "Corporate": "Corporate",
            "Complementary": "Direct",
        }
    )
    repeated = (rng.random(n) < np.where(segment == "Corporate", 0.25, 0.025)).astype(int)
    rooms = ["A", "D", "E", "F", "G", "B", "C"]
    reserved = rng.choice(rooms, size=n, p=[0.72, 0.16, 0.05, 0.025, 0.02, 0.01, 0.015])
    assigned = np.where(rng.random(n) < 0.12, rng.choice(rooms, size=n), reserved)
    deposit = rng.choice(["No Deposit", "Non Refund", "Refundable"], size=n, p=[0.87, 0.12, 0.01])
    customer = rng.choice(["Transient", "Transient-Party", "Contract", "Group"], size=n, p=[0.75, 0.21, 0.03, 0.01])
    summer = 1 + 0.35 * np.sin((arrival.dayofyear.to_numpy() - 100) / 365 * 2 * np.pi)
    room_mult = pd.Series(reserved).map({"A": 1.0, "B": 0.9, "C": 1.1, "D": 1.2, "E": 1.35, "F": 1.6, "G": 1.9})
    adr = np.where(resort, 92, 106) * summer * room_mult.to_numpy() * rng.lognormal(0, 0.18, size=n)
    adr = np.where(segment == "Complementary", 0.0, np.where(segment == "Groups", adr * 0.85, adr)).round(2)
    logit = -1.6 + 0.006 * lead + 0.5 * (~resort) + 3.5 * (deposit == "Non Refund") - 1.2 * repeated
    canceled = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    status = np.where(canceled == 1, rng.choice(["Canceled", "No-Show"], size=n, p=[0.95, 0.05]), "Check-Out")
    back = np.floor(rng.random(n) * (lead + 1)).astype(int)
    status_date = np.where(
        status == "Check-Out",
        arrival + pd.to_timedelta(weekend + week, unit="D"),
        np.where(status == "No-Show", arrival, arrival - pd.to_timedelta(back, unit="D")),
    )
    agent = rng.choice([9.0, 240.0, 1.0, 14.0, 7.0, 6.0, 250.0, 241.0, 28.0, 8.0], size=n).astype(float)
    agent[rng.random(n) < 0.14] = np.nan
    company = np.where(rng.random(n) < 0.06, rng.choice([40.0, 223.0, 67.0, 45.0, 153.0], size=n), np.nan)
    return pd.DataFrame(
        {
            "hotel": hotel,
            "is_canceled": canceled,
            "lead_time": lead,
            "arrival_date_year": arrival.year,
            "arrival_date_month": [_MONTHS[m - 1] for m in arrival.month],
            "arrival_date_week_number": arrival.isocalendar().week.to_numpy(),
            "arrival_date_day_of_month": arrival.day,
            "stays_in_weekend_nights": weekend,
            "stays_in_week_nights": week,
            "adults": adults,
            "children": children,
            "babies": babies,
            "meal": meal,
            "country": country,
            "market_segment": segment,
            "distribution_channel": channel,
            "is_repeated_guest": repeated,
            "previous_cancellations": rng.choice([0, 1, 2], size=n, p=[0.94, 0.05, 0.01]),
            "previous_bookings_not_canceled": np.where(repeated == 1, rng.poisson(2.5, size=n), 0),
            "reserved_room_type": reserved,
            "assigned_room_type": assigned,
            "booking_changes": rng.choice([0, 1, 2, 3], size=n, p=[0.84, 0.11, 0.04, 0.01]),
            "deposit_type": deposit,
            "agent": agent,
            "company": company,
            "days_in_waiting_list": np.where(rng.random(n) < 0.03, rng.integers(1, 120, size=n), 0),
            "customer_type": customer,
            "adr": adr,
            "required_car_parking_spaces": (rng.random(n) < np.where(resort, 0.13, 0.03)).astype(int),
            "total_of_special_requests": np.minimum(rng.poisson(0.57, size=n), 5),
            "reservation_status": status,
            "reservation_status_date": pd.DatetimeIndex(status_date).strftime("%Y-%m-%d"),
        }
    )


def _cancel_rate(df: pd.DataFrame) -> Any:
    return df.groupby("hotel")["is_canceled"].mean().to_numpy()


def _nights(df: pd.DataFrame) -> Any:
    stay = df["stays_in_weekend_nights"] + df["stays_in_week_nights"]
    return stay.groupby(df["hotel"]).mean().to_numpy()


def _arrivals_in(year: int) -> Callable[[pd.DataFrame], Any]:
    return lambda df: df.loc[df["arrival_date_year"] == year, "arrival_date_month"].value_counts().to_numpy()


# --- IBM telco customer churn (WA_Fn-UseC_-Telco-Customer-Churn.csv) -------------------------------------------------


def _telco_churn() -> pd.DataFrame:
    rng = np.random.default_rng(1102)
    n = 1200
    ids = set()
    while len(ids) < n:
        ids.add(f"{rng.integers(0, 10000):04d}-{''.join(rng.choice(list(string.ascii_uppercase), size=5))}")
    contract = rng.choice(["Month-to-month", "One year", "Two year"], size=n, p=[0.55, 0.21, 0.24])
    base = pd.Series(contract).map({"Month-to-month": 14, "One year": 40, "Two year": 56}).to_numpy()
    tenure = np.clip(np.round(base + rng.normal(0, 17, size=n)), 1, 72).astype(int)
    tenure[rng.choice(np.flatnonzero(contract == "Two year"), size=3, replace=False)] = 0
    tenure[rng.choice(np.flatnonzero(contract == "One year"), size=1, replace=False)] = 0
    phone = rng.random(n) < 0.9
    multi = np.where(phone, np.where(rng.random(n) < 0.47, "Yes", "No"), "No phone service")
    internet = rng.choice(["Fiber optic", "DSL", "No"], size=n, p=[0.44, 0.34, 0.22])

    def addon(p: float) -> np.ndarray:
        return np.where(internet == "No", "No internet service", np.where(rng.random(n) < p, "Yes", "No"))

    extras = {
        name: addon(p)
        for name, p in [
            ("OnlineSecurity", 0.37),
            ("OnlineBackup", 0.44),
            ("DeviceProtection", 0.44),
            ("TechSupport", 0.37),
            ("StreamingTV", 0.5),
            ("StreamingMovies", 0.5),
        ]
    }
    charges = 19.5 + (multi == "Yes") * 5 + np.where(internet == "Fiber optic", 50, 0)
    charges = charges + np.where(internet == "DSL", 26, 0) + sum((v == "Yes") * 5.0 for v in extras.values())
    charges = np.where(phone, charges, charges - 5)
    monthly = np.round(np.clip(charges + rng.normal(0, 2.5, size=n), 18.25, 118.75) * 4) / 4
    monthly = monthly + rng.choice([0.0, 0.05, 0.1, -0.05], size=n)
    monthly = np.round(monthly, 2)
    total = np.round(monthly * tenure * rng.normal(1, 0.03, size=n), 2)
    total_text = np.array([" " if t == 0 else str(round(float(v), 2)) for t, v in zip(tenure, total, strict=True)])
    payment = rng.choice(
        ["Electronic check", "Mailed check", "Bank transfer (automatic)", "Credit card (automatic)"],
        size=n,
        p=[0.34, 0.23, 0.22, 0.21],
    )
    logit = (
        -1.0
        - 0.035 * tenure
        + 0.9 * (contract == "Month-to-month")
        - 1.0 * (contract == "Two year")
        + 0.8 * (internet == "Fiber optic")
        + 0.6 * (payment == "Electronic check")
    )
    churn = np.where((rng.random(n) < 1 / (1 + np.exp(-logit))) & (tenure > 0), "Yes", "No")
    return pd.DataFrame(
        {
            "customerID": rng.permutation(sorted(ids)),
            "gender": rng.choice(["Female", "Male"], size=n),
            "SeniorCitizen": (rng.random(n) < 0.16).astype(int),
            "Partner": rng.choice(["Yes", "No"], size=n, p=[0.48, 0.52]),
            "Dependents": rng.choice(["Yes", "No"], size=n, p=[0.3, 0.7]),
            "tenure": tenure,
            "PhoneService": np.where(phone, "Yes", "No"),
            "MultipleLines": multi,
            "InternetService": internet,
            **extras,
            "Contract": contract,
            "PaperlessBilling": rng.choice(["Yes", "No"], size=n, p=[0.59, 0.41]),
            "PaymentMethod": payment,
            "MonthlyCharges": monthly,
            "TotalCharges": total_text,
            "Churn": churn,
        }
    )


def _churn_by(g: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: (df["Churn"] == "Yes").groupby(df[g]).mean().to_numpy()


def _left_by_payment(df: pd.DataFrame) -> pd.Series:
    return df.loc[df["Churn"] == "Yes", "PaymentMethod"].value_counts()


# --- Spotify tracks (Kaggle "Spotify Tracks Dataset", dataset.csv) ----------------------------------------------------

_GENRES = {  # popularity, duration (s), explicit share, energy (beta a, b)
    "pop": (56, 205, 0.12, (6, 3)),
    "hip-hop": (50, 200, 0.45, (5, 3.5)),
    "latin": (47, 212, 0.15, (6, 3)),
    "edm": (44, 220, 0.08, (9, 2)),
    "rock": (39, 238, 0.08, (7, 2.5)),
    "country": (36, 198, 0.03, (5, 3.5)),
    "jazz": (29, 282, 0.01, (3, 5)),
    "classical": (21, 335, 0.0, (1.5, 7)),
}
_WORDS = [
    "Love",
    "Night",
    "Fire",
    "Blue",
    "Heart",
    "Summer",
    "Rain",
    "City",
    "Dream",
    "Gold",
    "Wild",
    "River",
    "Moon",
    "Home",
    "Light",
    "Road",
    "Stars",
    "Dance",
    "Ocean",
    "Echo",
    "Paper",
    "Silver",
    "Midnight",
    "Forever",
    "Broken",
    "Electric",
    "Sweet",
    "Lonely",
    "Golden",
    "Young",
    "Highway",
    "Shadow",
    "Velvet",
    "Neon",
    "Morning",
]
_FIRST = [
    "James",
    "Maria",
    "Lucas",
    "Sofia",
    "Noah",
    "Emma",
    "Liam",
    "Olivia",
    "Mateo",
    "Ava",
    "Ethan",
    "Mia",
    "Daniel",
    "Chloe",
    "Diego",
    "Grace",
    "Leo",
    "Nina",
    "Omar",
    "Ruby",
    "Hannah",
    "Victor",
    "Alice",
    "Pablo",
    "Ines",
    "Kenji",
    "Yara",
    "Felix",
    "Elena",
    "Marco",
]
_LAST = [
    "Smith",
    "Garcia",
    "Johnson",
    "Rossi",
    "Müller",
    "Silva",
    "Kim",
    "Brown",
    "Martin",
    "Lopez",
    "Wilson",
    "Nguyen",
    "Dubois",
    "Costa",
    "Tanaka",
    "Evans",
    "Novak",
    "Ahmed",
    "Fischer",
    "Moreau",
    "Clarke",
    "Santos",
    "Park",
    "Hughes",
    "Ortiz",
    "Bauer",
    "Walsh",
    "Rivera",
    "Young",
    "Khan",
]


_FEMALE = [f for i, f in enumerate(_FIRST[:20]) if i % 2 == 1] + ["Hannah", "Alice", "Ines", "Yara", "Elena"]
_MALE = [f for i, f in enumerate(_FIRST[:20]) if i % 2 == 0] + ["Victor", "Pablo", "Kenji", "Felix", "Marco"]


def _title(rng: np.random.Generator, k: int = 2) -> str:
    return " ".join(rng.choice(_WORDS, size=k, replace=False))


def _person(rng: np.random.Generator) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _spotify_tracks() -> pd.DataFrame:
    rng = np.random.default_rng(1103)
    alphabet = list(string.ascii_letters + string.digits)
    rows = []
    for genre, (pop, dur, explicit, (a, b)) in _GENRES.items():
        artists = [_person(rng) if rng.random() < 0.6 else f"The {_title(rng, 1)}s" for _ in range(30)]
        for _ in range(125):
            energy = float(rng.beta(a, b))
            artist = str(rng.choice(artists))
            if rng.random() < 0.15:
                artist += ";" + str(rng.choice(artists))
            popularity = 0 if rng.random() < 0.04 else int(np.clip(round(rng.normal(pop, 14)), 0, 100))
            rows.append(
                {
                    "track_id": "".join(rng.choice(alphabet, size=22)),
                    "artists": artist,
                    "album_name": _title(rng, int(rng.integers(1, 4))),
                    "track_name": _title(rng, int(rng.integers(1, 4))),
                    "popularity": popularity,
                    "duration_ms": int(max(60000, rng.normal(dur, 45) * 1000)),
                    "explicit": bool(rng.random() < explicit),
                    "danceability": round(float(rng.beta(5, 3 if genre != "classical" else 6)), 3),
                    "energy": round(energy, 3),
                    "key": int(rng.integers(0, 12)),
                    "loudness": round(min(-0.5, -26 + 21 * energy + rng.normal(0, 2.2)), 3),
                    "mode": int(rng.random() < 0.63),
                    "speechiness": round(float(rng.beta(1.2, 12 if genre != "hip-hop" else 5)), 4),
                    "acousticness": round(float(np.clip(1 - energy + rng.normal(0, 0.15), 0, 0.996)), 4),
                    "instrumentalness": round(float(rng.beta(0.3, 2 if genre in ("jazz", "classical") else 8)), 6),
                    "liveness": round(float(rng.beta(2, 9)), 4),
                    "valence": round(float(rng.beta(4, 4)), 3),
                    "tempo": round(float(rng.normal(120, 28)), 3),
                    "time_signature": int(rng.choice([4, 3, 5, 1], p=[0.89, 0.08, 0.02, 0.01])),
                    "track_genre": genre,
                }
            )
    return pd.DataFrame(rows)


def _genre_mean(y: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: df.groupby("track_genre")[y].mean()


# --- Netflix titles (Kaggle netflix_titles.csv) -----------------------------------------------------------------------

_COUNTRIES = [
    ("United States", 0.33),
    ("India", 0.12),
    ("United Kingdom", 0.07),
    ("Japan", 0.04),
    ("South Korea", 0.04),
    ("Canada", 0.03),
    ("Spain", 0.03),
    ("France", 0.03),
    ("Mexico", 0.025),
    ("Egypt", 0.02),
    ("Turkey", 0.02),
    ("Nigeria", 0.015),
    ("Brazil", 0.015),
    ("Germany", 0.015),
    ("United States, Canada", 0.03),
    ("United Kingdom, United States", 0.03),
    ("France, Belgium", 0.01),
]
_MOVIE_RATINGS = [
    ("TV-MA", 0.33),
    ("TV-14", 0.23),
    ("R", 0.13),
    ("TV-PG", 0.09),
    ("PG-13", 0.08),
    ("PG", 0.045),
    ("TV-Y7", 0.025),
    ("TV-G", 0.025),
    ("TV-Y", 0.02),
    ("NR", 0.015),
    ("G", 0.01),
]
_TV_RATINGS = [("TV-MA", 0.42), ("TV-14", 0.28), ("TV-PG", 0.12), ("TV-Y7", 0.07), ("TV-Y", 0.06), ("TV-G", 0.05)]
_MOVIE_GENRES = ["Dramas", "Comedies", "International Movies", "Documentaries", "Action & Adventure", "Thrillers"]
_TV_GENRES = ["International TV Shows", "TV Dramas", "TV Comedies", "Crime TV Shows", "Kids' TV", "Docuseries"]


def _pick(rng: np.random.Generator, table: list[tuple[str, float]]) -> str:
    names, ps = zip(*table, strict=True)
    p = np.array(ps)
    return str(rng.choice(names, p=p / p.sum()))


def _netflix_titles() -> pd.DataFrame:
    rng = np.random.default_rng(1104)
    n = 800
    days = pd.date_range("2016-01-01", "2021-09-25", freq="D")
    weight = np.linspace(0.3, 1.6, len(days))
    added = pd.DatetimeIndex(np.sort(rng.choice(days.to_numpy(), size=n, p=weight / weight.sum())))[::-1]
    rows = []
    for i in range(n):
        movie = rng.random() < 0.7
        when = added[i]
        if movie:
            duration = f"{int(np.clip(round(rng.normal(100, 27)), 8, 253))} min"
        else:
            seasons = int(rng.choice([1, 2, 3, 4, 5, 7], p=[0.67, 0.15, 0.08, 0.05, 0.03, 0.02]))
            duration = f"{seasons} Season" + ("s" if seasons > 1 else "")
        genres = _MOVIE_GENRES if movie else _TV_GENRES
        lag = int(min(rng.geometric(0.35) - 1 + (rng.random() < 0.15) * rng.integers(5, 40), when.year - 1962))
        rows.append(
            {
                "show_id": f"s{i + 1}",
                "type": "Movie" if movie else "TV Show",
                "title": _title(rng, int(rng.integers(1, 4))),
                "director": (_person(rng) if rng.random() < (0.94 if movie else 0.1) else np.nan),
                "cast": (
                    ", ".join(_person(rng) for _ in range(int(rng.integers(2, 7)))) if rng.random() < 0.91 else np.nan
                ),
                "country": _pick(rng, _COUNTRIES) if rng.random() < 0.91 else np.nan,
                "date_added": f"{_MONTHS[when.month - 1]} {when.day}, {when.year}",
                "release_year": when.year - lag,
                "rating": _pick(rng, _MOVIE_RATINGS if movie else _TV_RATINGS),
                "duration": duration,
                "listed_in": ", ".join(rng.choice(genres, size=int(rng.integers(1, 4)), replace=False)),
                "description": f"A story of {_title(rng, 2).lower()} and {_title(rng, 1).lower()}, told over one year.",
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[rng.choice(n, size=4, replace=False), "date_added"] = np.nan
    frame.loc[rng.choice(n, size=3, replace=False), "rating"] = np.nan
    return frame


def _missing(df: pd.DataFrame) -> Any:
    counts = df.isna().sum()
    return counts[counts > 0].to_numpy()


def _added_per_year(df: pd.DataFrame) -> Any:
    return pd.to_datetime(df["date_added"], format="%B %d, %Y").dt.year.value_counts().to_numpy()


def _movie_minutes(df: pd.DataFrame) -> float:
    movies = df.loc[df["type"] == "Movie", "duration"]
    return float(movies.str.extract(r"(\d+)")[0].astype(float).mean())


# --- Olympic athletes (Kaggle "120 years of Olympic history", athlete_events.csv) -----------------------------------

_GAMES = [
    (1992, "Summer", "Barcelona"),
    (1994, "Winter", "Lillehammer"),
    (1996, "Summer", "Atlanta"),
    (1998, "Winter", "Nagano"),
    (2000, "Summer", "Sydney"),
    (2002, "Winter", "Salt Lake City"),
    (2004, "Summer", "Athina"),
    (2006, "Winter", "Torino"),
    (2008, "Summer", "Beijing"),
    (2010, "Winter", "Vancouver"),
    (2012, "Summer", "London"),
    (2014, "Winter", "Sochi"),
    (2016, "Summer", "Rio de Janeiro"),
]
_SPORTS = {  # season, height offset (cm), events
    "Athletics": ("Summer", 0, ["100 metres", "400 metres", "Marathon", "High Jump", "Javelin Throw"]),
    "Swimming": ("Summer", 5, ["100 metres Freestyle", "200 metres Butterfly", "400 metres Individual Medley"]),
    "Gymnastics": ("Summer", -12, ["Individual All-Around", "Floor Exercise", "Team All-Around"]),
    "Rowing": ("Summer", 8, ["Single Sculls", "Coxless Pairs", "Eights"]),
    "Basketball": ("Summer", 17, ["Basketball"]),
    "Football": ("Summer", 2, ["Football"]),
    "Judo": ("Summer", -2, ["Half-Lightweight", "Middleweight", "Heavyweight"]),
    "Weightlifting": ("Summer", -6, ["Lightweight", "Heavyweight"]),
    "Cycling": ("Summer", 1, ["Road Race, Individual", "Sprint"]),
    "Fencing": ("Summer", 3, ["Foil, Individual", "Sabre, Team"]),
    "Alpine Skiing": ("Winter", 0, ["Downhill", "Slalom", "Giant Slalom"]),
    "Cross Country Skiing": ("Winter", -1, ["10 kilometres", "Sprint"]),
    "Ice Hockey": ("Winter", 6, ["Ice Hockey"]),
    "Speed Skating": ("Winter", 1, ["500 metres", "1,500 metres"]),
    "Biathlon": ("Winter", -1, ["Sprint", "Relay"]),
    "Figure Skating": ("Winter", -9, ["Singles", "Pairs"]),
}
_NOCS = [
    ("USA", "United States", 0.13, 2.6),
    ("GER", "Germany", 0.08, 1.8),
    ("RUS", "Russia", 0.08, 2.0),
    ("CHN", "China", 0.07, 1.9),
    ("GBR", "Great Britain", 0.06, 1.4),
    ("FRA", "France", 0.06, 1.1),
    ("ITA", "Italy", 0.055, 1.1),
    ("AUS", "Australia", 0.05, 1.2),
    ("CAN", "Canada", 0.055, 1.1),
    ("JPN", "Japan", 0.05, 0.9),
    ("NOR", "Norway", 0.03, 1.6),
    ("KOR", "South Korea", 0.04, 1.0),
    ("NED", "Netherlands", 0.035, 1.1),
    ("BRA", "Brazil", 0.035, 0.6),
    ("ESP", "Spain", 0.04, 0.7),
    ("KEN", "Kenya", 0.015, 1.0),
    ("POL", "Poland", 0.03, 0.6),
    ("SWE", "Sweden", 0.03, 0.9),
    ("ARG", "Argentina", 0.02, 0.4),
    ("EGY", "Egypt", 0.015, 0.2),
    ("IND", "India", 0.02, 0.15),
    ("MEX", "Mexico", 0.02, 0.3),
]


def _athlete_events() -> pd.DataFrame:
    rng = np.random.default_rng(1105)
    codes, teams, weights, strength = zip(*_NOCS, strict=True)
    p = np.array(weights) / sum(weights)
    rows = []
    athlete = 0
    while len(rows) < 1800:
        athlete += 1
        games = int(rng.integers(0, len(_GAMES)))
        year, season, _ = _GAMES[games]
        female = rng.random() < 0.28 + 0.18 * (year - 1992) / 24
        sport = str(rng.choice([s for s, v in _SPORTS.items() if v[0] == season]))
        k = int(rng.choice(len(codes), p=p))
        born = year - int(np.clip(round(rng.normal(25.5 if not female else 24.0, 4.2)), 14, 45))
        height = rng.normal((178 if not female else 167) + _SPORTS[sport][1], 6.5)
        weight = (height - 100) * (0.75 if female else 0.82) * rng.lognormal(0, 0.09)
        first = rng.choice(_FEMALE if female else _MALE)
        name = f"{first} {rng.choice(_LAST)}" + (f" {rng.choice(_LAST)}" if rng.random() < 0.2 else "")
        entries = 1 + int(rng.random() < 0.18) + int(rng.random() < 0.06)
        for e in range(entries):
            g = min(games + 2 * e, len(_GAMES) - 1) if rng.random() < 0.6 else games
            year, season, city = _GAMES[g]
            if _SPORTS[sport][0] != season:
                year, season, city = _GAMES[games]
            event = str(rng.choice(_SPORTS[sport][2]))
            sex_word = "Women's" if female else "Men's"
            medal_p = 0.075 * strength[k]
            medal = rng.choice(["Gold", "Silver", "Bronze"]) if rng.random() < medal_p else np.nan
            rows.append(
                {
                    "ID": athlete,
                    "Name": name,
                    "Sex": "F" if female else "M",
                    "Age": float(year - born),
                    "Height": float(round(height)),
                    "Weight": float(round(weight * 2) / 2),
                    "Team": teams[k],
                    "NOC": codes[k],
                    "Games": f"{year} {season}",
                    "Year": year,
                    "Season": season,
                    "City": city,
                    "Sport": sport,
                    "Event": f"{sport} {sex_word} {event}",
                    "Medal": medal,
                }
            )
    frame = pd.DataFrame(rows[:1800])
    n = len(frame)
    frame.loc[rng.random(n) < 0.07, "Height"] = np.nan
    frame.loc[frame["Height"].isna() | (rng.random(n) < 0.02), "Weight"] = np.nan
    frame.loc[rng.random(n) < 0.01, "Age"] = np.nan
    return frame


def _gold_by_noc(df: pd.DataFrame) -> pd.Series:
    return df.loc[df["Medal"] == "Gold", "NOC"].value_counts()


def _female_share(df: pd.DataFrame, unique: bool) -> Any:
    rows = df.drop_duplicates(["ID", "Year"]) if unique else df
    return [float((rows.loc[rows["Year"] == y, "Sex"] == "F").mean()) for y in (1992, 2016)]


def _age_by_sex(df: pd.DataFrame, unique: bool) -> Any:
    rows = df.drop_duplicates(["ID", "Year"]) if unique else df
    return rows.groupby("Sex")["Age"].mean().to_numpy()


# --- WHO COVID-19 daily figures (WHO-COVID-19-global-data.csv) --------------------------------------------------------

_WHO = [  # name, code, region, population (millions), wave peaks (day, height per million, width), fatality
    ("Brazil", "BR", "AMRO", 212, [(140, 210, 45)], 0.032),
    ("Germany", "DE", "EURO", 83, [(35, 70, 14), (190, 15, 20)], 0.045),
    ("India", "IN", "SEARO", 1380, [(195, 68, 40)], 0.017),
    ("Italy", "IT", "EURO", 60, [(22, 95, 15), (195, 12, 15)], 0.12),
    ("Japan", "JP", "WPRO", 126, [(40, 4, 12), (150, 8, 18)], 0.025),
    ("South Africa", "ZA", "AFRO", 59, [(140, 200, 25)], 0.022),
    ("The United Kingdom", "GB", "EURO", 67, [(40, 80, 18), (195, 30, 12)], 0.13),
    ("United States of America", "US", "AMRO", 331, [(40, 95, 20), (140, 190, 22)], 0.035),
]


def _who_covid() -> pd.DataFrame:
    rng = np.random.default_rng(1106)
    dates = pd.date_range("2020-03-01", periods=200, freq="D")
    t = np.arange(len(dates))
    weekday = np.where(dates.dayofweek.to_numpy() >= 5, 0.72, 1.06)
    frames = []
    for name, code, region, pop, waves, cfr in _WHO:
        lam = sum(h * pop * np.exp(-0.5 * ((t - d) / w) ** 2) for d, h, w in waves) * weekday
        cases = rng.poisson(lam + 0.5).astype(float)
        lagged = np.concatenate([np.zeros(9), cases[:-9]])
        deaths = rng.poisson(lagged * cfr).astype(float)
        cases[rng.choice(len(t), size=3, replace=False)] = np.nan
        frames.append(
            pd.DataFrame(
                {
                    "Date_reported": dates.strftime("%Y-%m-%d"),
                    "Country_code": code,
                    "Country": name,
                    "WHO_region": region,
                    "New_cases": pd.array(cases, dtype="Int64"),
                    "Cumulative_cases": pd.array(np.nancumsum(cases), dtype="Int64"),
                    "New_deaths": pd.array(deaths, dtype="Int64"),
                    "Cumulative_deaths": pd.array(np.cumsum(deaths), dtype="Int64"),
                }
            )
        )
    return pd.concat(frames, ignore_index=True).sort_values(["Date_reported", "Country"], ignore_index=True)


def _cfr(df: pd.DataFrame) -> Any:
    sums = df.groupby("Country")[["New_deaths", "New_cases"]].sum()
    return (sums["New_deaths"] / sums["New_cases"]).to_numpy()


def _india_peak(df: pd.DataFrame) -> pd.Timestamp:
    india = df[df["Country"] == "India"]
    return pd.Timestamp(india.loc[india["New_cases"].idxmax(), "Date_reported"])


def _brazil_months(df: pd.DataFrame) -> list[float]:
    brazil = df[df["Country"] == "Brazil"]
    months = pd.to_datetime(brazil["Date_reported"]).dt.month
    return list(brazil["New_cases"].groupby(months).sum().sort_values(ascending=False).to_numpy())


def _deaths_by_region(month: str | None) -> Callable[[pd.DataFrame], Any]:
    def value(df: pd.DataFrame) -> Any:
        rows = df if month is None else df[df["Date_reported"].str.startswith(month)]
        return rows.groupby("WHO_region")["New_deaths"].sum().to_numpy()

    return value


# --- video game sales (Kaggle vgsales.csv, VGChartz) ------------------------------------------------------------------

_PLATFORMS = {  # years, JP share, NA share
    "PS2": ((2000, 2011), 0.13, 0.47),
    "DS": ((2004, 2014), 0.22, 0.48),
    "Wii": ((2006, 2015), 0.08, 0.55),
    "X360": ((2005, 2016), 0.01, 0.63),
    "PS3": ((2006, 2016), 0.07, 0.42),
    "PSP": ((2004, 2014), 0.26, 0.36),
    "GBA": ((2001, 2008), 0.15, 0.6),
    "PC": ((1995, 2016), 0.0, 0.38),
    "3DS": ((2011, 2016), 0.3, 0.37),
    "PS4": ((2013, 2016), 0.05, 0.34),
    "XOne": ((2013, 2016), 0.002, 0.6),
    "PS": ((1995, 2003), 0.2, 0.47),
    "N64": ((1996, 2002), 0.12, 0.68),
}
_PUBLISHERS = [  # name, weight, sales multiplier, JP bias
    ("Electronic Arts", 0.13, 1.2, 0.3),
    ("Activision", 0.1, 1.2, 0.3),
    ("Namco Bandai Games", 0.09, 0.55, 2.5),
    ("Ubisoft", 0.09, 0.9, 0.4),
    ("Konami Digital Entertainment", 0.08, 0.7, 2.0),
    ("THQ", 0.07, 0.7, 0.3),
    ("Nintendo", 0.05, 3.8, 1.6),
    ("Sony Computer Entertainment", 0.06, 1.4, 1.0),
    ("Sega", 0.06, 0.7, 1.5),
    ("Take-Two Interactive", 0.05, 1.5, 0.3),
    ("Capcom", 0.04, 0.9, 2.0),
    ("Atari", 0.04, 0.5, 0.4),
    ("Tecmo Koei", 0.035, 0.35, 3.0),
    ("Square Enix", 0.03, 0.9, 2.5),
    ("Warner Bros. Interactive Entertainment", 0.03, 1.0, 0.2),
    ("Disney Interactive Studios", 0.03, 0.7, 0.3),
]
_VG_GENRES = [
    ("Action", 0.2),
    ("Sports", 0.14),
    ("Misc", 0.1),
    ("Role-Playing", 0.09),
    ("Shooter", 0.08),
    ("Adventure", 0.08),
    ("Racing", 0.075),
    ("Platform", 0.055),
    ("Simulation", 0.055),
    ("Fighting", 0.05),
    ("Strategy", 0.04),
    ("Puzzle", 0.035),
]


def _vgsales() -> pd.DataFrame:
    rng = np.random.default_rng(1107)
    n = 1600
    platforms = list(_PLATFORMS)
    pw = np.array([0.13, 0.13, 0.1, 0.1, 0.1, 0.07, 0.05, 0.07, 0.06, 0.04, 0.03, 0.08, 0.04])
    pubs, pubw, mult, jp_bias = zip(*_PUBLISHERS, strict=True)
    rows = []
    for _ in range(n):
        platform = str(rng.choice(platforms, p=pw / pw.sum()))
        (y0, y1), jp, na = _PLATFORMS[platform]
        k = int(rng.choice(len(pubs), p=np.array(pubw) / sum(pubw)))
        year = int(np.clip(round(rng.triangular(y0, (y0 + y1) / 2, y1)), y0, y1))
        total = rng.lognormal(np.log(0.22), 1.15) * mult[k]
        jp_share = min(0.9, jp * jp_bias[k] * rng.lognormal(0, 0.4))
        na_share = (1 - jp_share) * min(0.9, na * rng.lognormal(0, 0.15))
        other_share = (1 - jp_share - na_share) * 0.22
        eu_share = 1 - jp_share - na_share - other_share
        parts = [round(total * s, 2) for s in (na_share, eu_share, jp_share, other_share)]
        rows.append(
            {
                "Name": _title(rng, int(rng.integers(1, 4))) + ("" if rng.random() < 0.7 else f" {rng.integers(2, 5)}"),
                "Platform": platform,
                "Year": str(year),
                "Genre": _pick(rng, _VG_GENRES),
                "Publisher": pubs[k],
                "NA_Sales": parts[0],
                "EU_Sales": parts[1],
                "JP_Sales": parts[2],
                "Other_Sales": parts[3],
                "Global_Sales": round(sum(parts), 2),
            }
        )
    frame = pd.DataFrame(rows)
    frame = frame[frame["Global_Sales"] >= 0.01].sort_values("Global_Sales", ascending=False, kind="stable")
    frame.loc[frame.sample(n=26, random_state=np.random.RandomState(7)).index, "Year"] = "N/A"
    frame.insert(0, "Rank", np.arange(1, len(frame) + 1))
    return frame.reset_index(drop=True)


def _top_publishers(df: pd.DataFrame) -> pd.Series:
    return df.groupby("Publisher")["Global_Sales"].sum().sort_values(ascending=False).head(5)


def _jp_share(df: pd.DataFrame) -> Any:
    sums = df.groupby("Platform")[["JP_Sales", "Global_Sales"]].sum()
    return (sums["JP_Sales"] / sums["Global_Sales"]).to_numpy()


def _outliers(col: str) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        x = df[col].dropna()
        q1, q3 = x.quantile([0.25, 0.75])
        return int(((x < q1 - 1.5 * (q3 - q1)) | (x > q3 + 1.5 * (q3 - q1))).sum())

    return value


def _z_outliers(col: str) -> Callable[[pd.DataFrame], int]:
    return lambda df: int((((df[col] - df[col].mean()) / df[col].std()).abs() > 3).sum())


# --- the set ----------------------------------------------------------------------------------------------------------

_STAY = ("hotel", "stays_in_weekend_nights", "stays_in_week_nights")
_WHO_CASES = ("Country", "Country_code", "New_cases", "Cumulative_cases")
_WHO_DEATHS = ("WHO_region", "New_deaths", "Cumulative_deaths", "Date_reported")

HELDOUT11 = [
    Dataset(
        "hotel_bookings",
        _hotel_bookings,
        [
            Q(
                "whats the cancelation rate for each hotel?",
                either(
                    _pct_or_frac(_cancel_rate),
                    _pct_or_frac(lambda df: (df["reservation_status"] == "Canceled").groupby(df["hotel"]).mean()),
                ),
                ("hotel", "is_canceled", "reservation_status"),
            ),
            Q(
                "avg adr by market segment",
                has(lambda df: df.groupby("market_segment")["adr"].mean().to_numpy(), rel=0.01),
                ("adr", "market_segment"),
            ),
            Q(
                "which country do most of our guests come from",
                _named(lambda df: str(df["country"].mode()[0])),
                ("country", "adults", "children", "babies", "hotel"),
            ),
            Q(
                "how long do people stay on average at the city hotel compared to the resort, in nights",
                has(_nights, rel=0.01),
                _STAY,
            ),
            Q(
                "number of bookings per arrival month in 2016",
                has(_arrivals_in(2016)),
                ("arrival_date_month", "arrival_date_year", "hotel", "is_canceled"),
            ),
            Q(
                "and for 2017?",
                has(_arrivals_in(2017)),
                ("arrival_date_month", "arrival_date_year", "hotel", "is_canceled"),
            ),
        ],
    ),
    Dataset(
        "telco_customer_churn",
        _telco_churn,
        [
            Q(
                "what % of customers churned",
                share(lambda df: (df["Churn"] == "Yes").mean()),
                ("Churn", "customerID"),
            ),
            Q(
                "churn rate by contract type?",
                _pct_or_frac(_churn_by("Contract")),
                ("Churn", "Contract", "customerID"),
            ),
            Q(
                "compare the charges for churned vs non churned customers",
                asks("MonthlyCharges", "TotalCharges"),
                ("Churn", "MonthlyCharges", "TotalCharges"),
            ),
            Q(
                "avg tenure for fibre optic vs dsl customers",
                has(
                    lambda df: df.groupby("InternetService")["tenure"].mean()[["Fiber optic", "DSL"]].to_numpy(),
                    rel=0.01,
                ),
                ("tenure", "InternetService"),
            ),
            Q(
                "top 3 payment methods among customers who left",
                both(
                    _named(lambda df: str(_left_by_payment(df).index[0])),
                    either(
                        has(lambda df: _left_by_payment(df).head(3).to_numpy()),
                        _pct_or_frac(lambda df: _left_by_payment(df).head(3).to_numpy() / _left_by_payment(df).sum()),
                    ),
                ),
                ("PaymentMethod", "Churn", "customerID"),
            ),
            Q(
                "median monthly charge, and the 90th percentile?",
                has(
                    lambda df: df["MonthlyCharges"].median(),
                    lambda df: df["MonthlyCharges"].quantile(0.9),
                    rel=0.01,
                ),
                ("MonthlyCharges",),
            ),
        ],
    ),
    Dataset(
        "spotify_tracks",
        _spotify_tracks,
        [
            Q(
                "which genre has the highest average popularity",
                _named(lambda df: str(_genre_mean("popularity")(df).idxmax())),
                ("track_genre", "popularity"),
            ),
            Q(
                "what about the lowest?",
                _named(lambda df: str(_genre_mean("popularity")(df).idxmin())),
                ("track_genre", "popularity"),
            ),
            Q(
                "avg track length in minutes per genre",
                _duration(lambda df: _genre_mean("duration_ms")(df).to_numpy() / 60000, rel=0.01),
                ("track_genre", "duration_ms"),
            ),
            Q(
                "is energy corelated with loudness?",
                either(
                    has(lambda df: df["energy"].corr(df["loudness"])),
                    has(lambda df: df["energy"].corr(df["loudness"], method="spearman")),
                ),
                ("energy", "loudness"),
            ),
            Q(
                "what share of the tracks are explicit",
                share(lambda df: df["explicit"].astype(str).str.lower().eq("true").mean()),
                ("explicit", "track_id"),
            ),
            Q(
                "bar chart of mean energy by genre",
                either(
                    _any_of(lambda df: list(_genre_mean("energy")(df).sort_values(ascending=False)), 8),
                    words("energy", "track_genre"),
                ),
                ("track_genre", "energy"),
            ),
        ],
    ),
    Dataset(
        "netflix_titles",
        _netflix_titles,
        [
            Q(
                "how many movies and how many tv shows are there",
                has(lambda df: df["type"].value_counts().to_numpy()),
                ("type", "show_id", "title"),
            ),
            Q(
                "which columns have missing values? how many in each",
                has(_missing),
                ("director", "cast", "country", "date_added", "rating"),
            ),
            Q(
                "how many titles were added each year",
                has(_added_per_year),
                ("date_added", "show_id", "title", "type"),
            ),
            Q(
                "whats the average movie length in minutes",
                has(_movie_minutes, rel=0.01),
                ("duration", "type"),
            ),
            Q(
                "top 5 ratings by number of titles",
                both(
                    has(lambda df: df["rating"].value_counts().head(5).to_numpy()),
                    _named(lambda df: str(df["rating"].value_counts().index[0])),
                ),
                ("rating", "show_id", "title"),
            ),
            Q(
                "same for tv shows only",
                has(lambda df: df.loc[df["type"] == "TV Show", "rating"].value_counts().head(5).to_numpy()),
                ("rating", "type", "show_id", "title"),
            ),
        ],
    ),
    Dataset(
        "athlete_events",
        _athlete_events,
        [
            Q(
                "which NOC won the most golds?",
                both(
                    _named(lambda df: str(_gold_by_noc(df).index[0])),
                    has(lambda df: _gold_by_noc(df).iloc[0]),
                ),
                ("NOC", "Medal", "Team", "ID"),
            ),
            Q(
                "how many gold, silver and bronze medals are there in total",
                has(lambda df: df["Medal"].value_counts().to_numpy()),
                ("Medal", "ID"),
            ),
            Q(
                "avg age by sex",
                either(
                    has(lambda df: _age_by_sex(df, False), rel=0.01),
                    has(lambda df: _age_by_sex(df, True), rel=0.01),
                ),
                ("Age", "Sex"),
            ),
            Q(
                "which sport has the biggest athletes?",
                asks("Height", "Weight"),
                ("Sport", "Height", "Weight"),
            ),
            Q(
                "what percent of athletes were women in 1992 vs 2016?",
                either(
                    _pct_or_frac(lambda df: _female_share(df, False)),
                    _pct_or_frac(lambda df: _female_share(df, True)),
                ),
                ("Sex", "Year", "ID", "Games", "Name"),
            ),
            Q(
                "25th, 50th and 75th percentile of height",
                has(lambda df: df["Height"].quantile([0.25, 0.5, 0.75]).to_numpy(), rel=0.01),
                ("Height",),
            ),
        ],
    ),
    Dataset(
        "WHO-COVID-19-global-data",
        _who_covid,
        [
            Q(
                "total cases per country",
                has(lambda df: df.groupby("Country")["New_cases"].sum().to_numpy()),
                _WHO_CASES,
            ),
            Q(
                "deaths as a % of cases for each country",
                _pct_or_frac(_cfr),
                (*_WHO_CASES, "New_deaths", "Cumulative_deaths"),
            ),
            Q(
                "on which day did india report the most new cases",
                both(_day(_india_peak), has(lambda df: df.loc[df["Country"] == "India", "New_cases"].max())),
                ("Date_reported", "New_cases", "Country", "Country_code"),
            ),
            Q(
                "plot monthly new cases for brazil",
                _any_of(_brazil_months, 7),
                ("Date_reported", "New_cases", "Country", "Country_code"),
            ),
            Q(
                "total deaths by who region",
                has(_deaths_by_region(None)),
                _WHO_DEATHS,
            ),
            Q(
                "only for july 2020",
                has(_deaths_by_region("2020-07")),
                _WHO_DEATHS,
            ),
        ],
    ),
    Dataset(
        "vgsales",
        _vgsales,
        [
            Q(
                "top 5 publishers by global sales",
                both(
                    has(lambda df: _top_publishers(df).to_numpy()),
                    _named(lambda df: str(_top_publishers(df).index[0])),
                ),
                ("Publisher", "Global_Sales"),
            ),
            Q(
                "eu sales per genre",
                has(lambda df: df.groupby("Genre")["EU_Sales"].sum().to_numpy()),
                ("Genre", "EU_Sales"),
            ),
            Q(
                "what share of each platform's sales comes from japan?",
                _pct_or_frac(_jp_share),
                ("Platform", "JP_Sales", "Global_Sales", "NA_Sales", "EU_Sales", "Other_Sales"),
            ),
            Q(
                "how many games dont have a year",
                either(has(lambda df: df["Year"].isna().sum()), share(lambda df: df["Year"].isna().mean())),
                ("Year", "Name", "Rank"),
            ),
            Q(
                "which year had the most games released",
                _named(lambda df: str(int(df["Year"].mode()[0]))),
                ("Year", "Name", "Rank"),
            ),
            Q(
                "are there outliers in global sales?",
                either(has(_outliers("Global_Sales")), has(_z_outliers("Global_Sales"))),
                ("Global_Sales",),
            ),
        ],
    ),
]
