"""HELDOUT198: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Copilot Money transactions export (2023-2024)
with date ("2024-03-15"), name (merchant as cleaned by the app, "Whole Foods", "Delta Air Lines"), amount (expenses
positive, income and refunds negative, two decimals), status (posted / pending, the last days pending), category
("Groceries", "Restaurants", "Rent", "Travel", blank on transfers), "parent category" (blank for top-level
categories, "Food & Drink" for Groceries, Restaurants and Coffee), excluded ("true" / "false": transfers, card
payments and a few work dinners), tags (mostly blank, "work", "vacation"), type (regular / income / internal
transfer), account ("Chase Sapphire Preferred", "Amex Gold", "Chase Checking"), note (mostly blank) and recurring (the
recurring's name, "Rent", "Netflix", blank otherwise); a Foursquare Swarm check-ins export flattened to CSV (2016-2024,
one row per check-in) with id (24 hex characters), createdAt in UTC ("2017-05-03 18:22:05.000000"), timeZoneOffset
(minutes, -240 / -300 / 0 / 60 / 540), type ("checkin"), venueId, venueName, venueCategory ("Coffee Shop", "Gym /
Fitness Center"), city (blank for some venues), state, country ("United States", "United Kingdom", ...), lat, lng,
shout (mostly blank) and photoCount (0-4); a Deezer GDPR listening history sheet (2023-2024) with "Song Title",
Artist, ISRC, "Album Title", "IP Address", "Listening Time" (seconds, short for skips), "Platform Name" (android /
ios / web / desktop), "Platform Model" ("SM-G991B", "iPhone14,5", "Chrome 120", "Windows 10") and Date ("2023-03-14
08:12:45"); a Timing (macOS) time-tracking export (Jan-Apr 2024, one row per app usage block) with "Start Date" and
"End Date" ("2024-01-08 09:02:11"), Duration ("0:12:33", h:mm:ss), Project (hierarchical, "Work ▸ Acme App",
"Admin", "Personal", blank when unassigned), Title (window titles) and Application ("Xcode", "Slack", "Safari");
the PHMSA hazardous liquid pipeline incident flagged file (2010-2023, one row per incident) with REPORT_NUMBER,
SUPPLEMENTAL_NUMBER, REPORT_RECEIVED_DATE ("02/12/2010"), REPORT_TYPE, OPERATOR_ID, NAME (upper-case operator),
LOCAL_DATETIME ("01/15/2010 08:30"), IYEAR, ON_OFF_SHORE, ONSHORE_STATE_ABBREVIATION (blank offshore),
ONSHORE_CITY_NAME, ONSHORE_COUNTY_NAME, COMMODITY_RELEASED_TYPE (long upper-case texts, "CRUDE OIL", "REFINED AND/OR
PETROLEUM PRODUCT (NON-HVL) WHICH IS A LIQUID AT AMBIENT CONDITIONS", ...), UNINTENTIONAL_RELEASE_BBLS,
INTENTIONAL_RELEASE_BBLS (mostly blank), RECOVERED_BBLS, FATALITY_IND and INJURY_IND (YES / NO), FATAL and INJURE
(blank unless the flag is YES), IGNITE_IND, EXPLODE_IND, TOTAL_COST and TOTAL_COST_CURRENT (dollars) and CAUSE
("CORROSION FAILURE", "EQUIPMENT FAILURE", ...); the Toronto Police Service Major Crime Indicators open data
(reported 2021-2023, one row per offence) with _id, EVENT_UNIQUE_ID ("GO-20211234567", repeated for events with
several offences), REPORT_DATE and OCC_DATE ("1/3/2021 5:00:00 AM"), REPORT_YEAR, REPORT_MONTH ("January"),
REPORT_DAY, REPORT_DOW (padded "Monday    "), REPORT_HOUR, OCC_YEAR, OCC_MONTH, OCC_DAY, OCC_DOW, OCC_HOUR
(occurrence can be earlier than the report, a few blank), DIVISION ("D14"), LOCATION_TYPE, PREMISES_TYPE (Apartment
/ House / Commercial / Outside / Transit / Educational / Other), UCR_CODE, UCR_EXT, OFFENCE ("Assault With
Weapon", "B&E", "Theft Of Motor Vehicle"), MCI_CATEGORY (Assault / Break and Enter / Auto Theft / Robbery / Theft
Over), HOOD_158, NEIGHBOURHOOD_158 ("Yonge-Bay Corridor (170)", "NSA" when not specified), LONG_WGS84 and LAT_WGS84
(0 for NSA); and US Drought Monitor county statistics (categorical percent of area, every week of 2023 for 60
counties in six states) with MapDate ("20230103"), FIPS (5 digits as a number, so leading zeros lost), County
("Washington County", a name repeated across states), State ("TX"), None, D0, D1, D2, D3, D4 (percent of area, two
decimals, summing to 100), ValidStart and ValidEnd ("2023-01-03") and StatisticFormatID (2). All are generated with
fixed seeds 19801-19807.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text
from .heldout173 import _money, _top
from .heldout183 import _abouts, _peak_month, _weekday, _ymd
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _stamp(s: pd.Series) -> pd.Series:
    """Date-times written "2024-01-08 09:02:11" (fractions of a second ignored)."""
    return pd.to_datetime(_text(s).str.slice(0, 19), format="%Y-%m-%d %H:%M:%S", errors="coerce")


def _named_any(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_named(v) for v in values))


def _hex(rng: np.random.Generator, k: int) -> str:
    return "".join(rng.choice(list("0123456789abcdef"), k))


# --- 1. Copilot Money transactions export --------------------------------------------------------------------------

_CP_SAPPHIRE = "Chase Sapphire Preferred"
_CP_AMEX = "Amex Gold"
_CP_CHECKING = "Chase Checking"
# category: (parent, per month, mean, sd, merchants, account)
_CP_SPEND = {
    "Groceries": ("Food & Drink", 8, 68, 25, ["Whole Foods", "Trader Joe's", "Safeway"], _CP_AMEX),
    "Restaurants": ("Food & Drink", 9, 44, 20, ["Chipotle", "Sweetgreen", "Nopa", "Burma Superstar"], _CP_AMEX),
    "Coffee": ("Food & Drink", 10, 6.5, 1.5, ["Blue Bottle Coffee", "Starbucks"], _CP_SAPPHIRE),
    "Shopping": ("", 4, 55, 40, ["Amazon", "Target", "Uniqlo"], _CP_SAPPHIRE),
    "Car": ("", 3, 48, 12, ["Shell", "Chevron"], _CP_SAPPHIRE),
    "Entertainment": ("", 2, 30, 12, ["AMC Theatres", "Steam"], _CP_SAPPHIRE),
    "Travel": ("", 0.6, 320, 150, ["Delta Air Lines", "Airbnb", "Uber"], _CP_SAPPHIRE),
}


def _copilot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19801)
    rows: list[dict] = []

    def add(day: pd.Timestamp, name: str, amount: float, category: str, parent: str, kind: str, account: str, **kw):
        rows.append(
            {
                "date": day.strftime("%Y-%m-%d"),
                "name": name,
                "amount": round(amount, 2),
                "status": "posted",
                "category": category,
                "parent category": parent,
                "excluded": kw.get("excluded", "false"),
                "tags": kw.get("tags", ""),
                "type": kind,
                "account": account,
                "note": kw.get("note", ""),
                "recurring": kw.get("recurring", ""),
            }
        )

    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        end = month + pd.offsets.MonthEnd(0)
        for day in (month + pd.Timedelta(days=14), end):
            pay = float(rng.normal(3380, 30)) + (1500 if day.month == 3 and day.day == 15 else 0)
            add(day, "Stripe Inc Payroll", -pay, "Income", "", "income", _CP_CHECKING, recurring="Paycheck")
        add(month, "Rent", 2150.0, "Rent", "", "regular", _CP_CHECKING, recurring="Rent")
        add(
            month + pd.Timedelta(days=6),
            "Netflix",
            15.49,
            "Entertainment",
            "",
            "regular",
            _CP_SAPPHIRE,
            recurring="Netflix",
        )
        card = {_CP_AMEX: 0.0, _CP_SAPPHIRE: 0.0}
        for cat, (parent, per, mean, sd, names, acct) in _CP_SPEND.items():
            k = int(rng.poisson(per))
            if cat == "Travel" and month in (pd.Timestamp("2023-12-01"), pd.Timestamp("2024-07-01")):
                k += 5 if month.year == 2023 else 3
            for _ in range(k):
                amt = max(2.5, float(rng.normal(mean, sd)))
                if cat == "Travel" and month == pd.Timestamp("2023-12-01"):
                    amt *= 2.2
                day = month + pd.Timedelta(days=int(rng.integers(0, end.day)))
                work = cat == "Restaurants" and rng.random() < 0.06
                add(
                    day,
                    str(_one(rng, names)),
                    amt,
                    cat,
                    parent,
                    "regular",
                    acct,
                    excluded="true" if work else "false",
                    tags="work" if work else "",
                    note="expensed" if work else "",
                )
                card[acct] += amt
                if cat == "Shopping" and rng.random() < 0.08:
                    add(day + pd.Timedelta(days=9), "Amazon", -amt, cat, parent, "regular", acct, note="refund")
                    card[acct] -= amt
        for acct, total in card.items():
            add(
                end, f"Payment Thank You - {acct.split()[0]}", total, "", "", "internal transfer", acct, excluded="true"
            )
            add(
                end,
                f"{acct.split()[0]} Card Payment",
                -total,
                "",
                "",
                "internal transfer",
                _CP_CHECKING,
                excluded="true",
            )
    df = pd.DataFrame(rows).sort_values("date", ascending=False, kind="stable").reset_index(drop=True)
    df.loc[df["date"] >= "2024-12-28", "status"] = "pending"
    return df


def _cp_spend(d: pd.DataFrame) -> pd.Series:
    return _text(d["type"]).eq("regular") & _text(d["excluded"]).str.lower().eq("false")


def _cp_peak(d: pd.DataFrame) -> pd.Timestamp:
    m = _cp_spend(d)
    return _peak_month(_ymd(d["date"])[m], _n(d["amount"])[m])


def _cp_income(d: pd.DataFrame) -> pd.Series:
    inc = _text(d["type"]).eq("income")
    return _n(d["amount"])[inc].groupby(_ymd(d["date"])[inc].dt.to_period("M")).sum()


def _cp_travel_peak(d: pd.DataFrame) -> float:
    in_month = _ymd(d["date"]).dt.to_period("M") == _cp_peak(d).to_period("M")
    return float(_n(d["amount"])[in_month & _text(d["category"]).eq("Travel")].sum())


_CP_ID = ("date", "name", "amount", "type", "excluded")
_COPILOT_QS = [
    Q(
        "how much have i spent on restaurants in total",
        either(
            _money(lambda d: _n(d["amount"])[_text(d["category"]).eq("Restaurants") & _cp_spend(d)].sum()),
            _money(lambda d: _n(d["amount"])[_text(d["category"]).eq("Restaurants")].sum()),
        ),
        ("category", "parent category", *_CP_ID),
    ),
    Q(
        "whats my biggest spending category",
        _lead(_named(lambda d: _top(_n(d["amount"])[_cp_spend(d)].groupby(_text(d["category"])[_cp_spend(d)]).sum()))),
        ("category", "parent category", *_CP_ID),
    ),
    Q(
        "how many transactions are still pending?",
        _count(lambda d: int(_text(d["status"]).eq("pending").sum())),
        ("status", *_CP_ID),
    ),
    Q(
        "what's my average monthly income",
        _abouts(lambda d: -_cp_income(d).mean(), lambda d: _cp_income(d).mean()),
        ("category", *_CP_ID),
    ),
    Q("which month did i spend the most", _lead(_month_year(_cp_peak)), ("category", *_CP_ID)),
    Q("how much of that was travel", _money(_cp_travel_peak), ("category", "parent category", *_CP_ID)),
]


# --- 2. Foursquare Swarm check-ins export --------------------------------------------------------------------------

# venue: (category, city, state, country, tz offset, lat, lng, weight)
_SW_VENUES = {
    "WeWork 115 W 18th St": ("Coworking Space", "New York", "NY", "United States", -240, 40.7397, -73.9946, 30),
    "Blue Bottle Coffee": ("Coffee Shop", "New York", "NY", "United States", -240, 40.7420, -74.0048, 18),
    "Equinox Flatiron": ("Gym / Fitness Center", "New York", "NY", "United States", -240, 40.7401, -73.9903, 16),
    "Whole Foods Market": ("Grocery Store", "New York", "NY", "United States", -240, 40.7359, -73.9911, 12),
    "Joe's Pizza": ("Pizza Place", "New York", "NY", "United States", -240, 40.7306, -74.0021, 7),
    "Prospect Park": ("Park", "Brooklyn", "NY", "United States", -240, 40.6602, -73.9690, 6),
    "John F. Kennedy International Airport (JFK)": (
        "Airport",
        "Jamaica",
        "NY",
        "United States",
        -240,
        40.6413,
        -73.7781,
        5,
    ),
    "Mission Chinese Food": ("Chinese Restaurant", "San Francisco", "CA", "United States", -420, 37.7612, -122.4194, 3),
    "Tartine Bakery": ("Bakery", "San Francisco", "CA", "United States", -420, 37.7614, -122.4241, 2),
    "Heathrow Airport (LHR)": ("Airport", "Hounslow", "England", "United Kingdom", 60, 51.4700, -0.4543, 1.5),
    "Dishoom Shoreditch": ("Indian Restaurant", "London", "England", "United Kingdom", 60, 51.5245, -0.0768, 1.5),
    "Borough Market": ("Market", "London", "England", "United Kingdom", 60, 51.5055, -0.0910, 1.5),
    "Café de Flore": ("Café", "Paris", "Île-de-France", "France", 120, 48.8542, 2.3326, 1.2),
    "Musée du Louvre": ("Art Museum", "Paris", "Île-de-France", "France", 120, 48.8606, 2.3376, 0.8),
    "Ichiran Shibuya": ("Ramen Restaurant", "渋谷区", "東京都", "Japan", 540, 35.6614, 139.7010, 0.9),
    "Taquería Orinoco": ("Taco Place", "Ciudad de México", "CDMX", "Mexico", -360, 19.4146, -99.1642, 0.7),
    "Shell": ("Gas Station", "", "NJ", "United States", -240, 40.7900, -74.1000, 1.5),
}
_SW_YEARS = {2016: 420, 2017: 610, 2018: 520, 2019: 380, 2020: 110, 2021: 150, 2022: 190, 2023: 160, 2024: 130}


def _swarm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19802)
    names = list(_SW_VENUES)
    weights = [v[-1] for v in _SW_VENUES.values()]
    ids = {name: _hex(rng, 24) for name in names}
    rows = []
    for year, count in _SW_YEARS.items():
        start = pd.Timestamp(f"{year}-01-01")
        for _ in range(count):
            name = _one(rng, names, weights)
            cat, city, state, country, tz, lat, lng, _ = _SW_VENUES[name]
            local = start + pd.Timedelta(seconds=int(rng.integers(0, 364 * 86400)))
            utc = local - pd.Timedelta(minutes=tz)
            photos = int(rng.choice([0, 1, 2, 4], p=[0.78, 0.14, 0.06, 0.02]))
            shout = str(_one(rng, ["", "", "", "", "", "finally!", "back again", "with @sam", "best in town"]))
            rows.append(
                {
                    "id": _hex(rng, 24),
                    "createdAt": utc.strftime("%Y-%m-%d %H:%M:%S.000000"),
                    "timeZoneOffset": tz,
                    "type": "checkin",
                    "venueId": ids[name],
                    "venueName": name,
                    "venueCategory": cat,
                    "city": city,
                    "state": state,
                    "country": country,
                    "lat": lat,
                    "lng": lng,
                    "shout": shout,
                    "photoCount": photos,
                }
            )
    return pd.DataFrame(rows).sort_values("createdAt", kind="stable").reset_index(drop=True)


def _sw_abroad(d: pd.DataFrame) -> pd.Series:
    return _text(d["country"]).ne("United States")


_SW_ID = ("id", "createdAt", "venueId", "venueName")
_SWARM_QS = [
    Q("how many check ins are there", _count(lambda d: len(d)), _SW_ID),
    Q("where do i check in the most", _lead(_named(lambda d: _top(_text(d["venueName"]).value_counts()))), _SW_ID),
    Q(
        "how many times did i check in outside the us",
        _count(lambda d: int(_sw_abroad(d).sum())),
        ("country", "city", *_SW_ID),
    ),
    Q(
        "which country was that mostly",
        _lead(_named(lambda d: _top(_text(d["country"])[_sw_abroad(d)].value_counts()))),
        ("country", "city", *_SW_ID),
    ),
    Q(
        "what year did i check in the most",
        _lead(_named(lambda d: str(_top(_stamp(d["createdAt"]).dt.year.value_counts())))),
        _SW_ID,
    ),
    Q(
        "what percent of my checkins have photos",
        _share(lambda d: (_n(d["photoCount"]) > 0).mean()),
        ("photoCount", *_SW_ID),
    ),
]


# --- 3. Deezer listening history -----------------------------------------------------------------------------------

# artist: (album, songs, weight)
_DZ_ARTISTS = {
    "Angèle": ("Nonante-Cinq", ["Bruxelles je t'aime", "Libre", "Démons", "Plus de sens"], 16),
    "Stromae": ("Multitude", ["Santé", "L'enfer", "Fils de joie", "Mon amour"], 13),
    "Dua Lipa": ("Future Nostalgia", ["Levitating", "Don't Start Now", "Physical"], 11),
    "Daft Punk": ("Random Access Memories", ["Get Lucky", "Instant Crush", "Lose Yourself to Dance"], 9),
    "Aya Nakamura": ("DNK", ["Djadja", "Pookie", "Copines"], 8),
    "The Weeknd": ("After Hours", ["Blinding Lights", "Save Your Tears", "In Your Eyes"], 8),
    "Christine and the Queens": ("Chris", ["Tilted", "Girlfriend", "La marcheuse"], 6),
    "PNL": ("Deux frères", ["Au DD", "Blanka", "Deux frères"], 6),
    "Billie Eilish": ("Happier Than Ever", ["Happier Than Ever", "Getting Older", "Oxytocin"], 5),
    "Orelsan": ("Civilisation", ["L'odeur de l'essence", "Jour meilleur", "La quête"], 5),
    "Phoenix": ("Alpha Zulu", ["Alpha Zulu", "Tonight", "Winter Solstice"], 3),
    "Justice": ("Hyperdrama", ["Generator", "One Night/All Night", "Neverender"], 3),
}
_DZ_PLATFORMS = {
    "android": (["SM-G991B"], 0.52),
    "desktop": (["Windows 10", "Windows 11"], 0.2),
    "web": (["Chrome 120", "Firefox 121"], 0.16),
    "ios": (["iPad13,1"], 0.12),
}


def _deezer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19803)
    artists = list(_DZ_ARTISTS)
    weights = [v[2] for v in _DZ_ARTISTS.values()]
    length = {}
    isrc = {}
    for a, (_, songs, _) in _DZ_ARTISTS.items():
        for s in songs:
            length[(a, s)] = int(rng.integers(150, 290))
            isrc[(a, s)] = f"FR{_one(rng, ['Z11', 'UM7', 'X20'])}{int(rng.integers(1800000, 2399999)):07d}"
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    day_w = np.ones(len(days))
    day_w[(days >= "2024-05-01") & (days <= "2024-05-31")] = 2.3
    rows = []
    for _ in range(4200):
        a = _one(rng, artists, weights)
        album, songs, _ = _DZ_ARTISTS[a]
        s = _one(rng, songs, [4, 2, 1.5, 1][: len(songs)])
        plat = _one(rng, list(_DZ_PLATFORMS), [v[1] for v in _DZ_PLATFORMS.values()])
        day = days[int(rng.choice(len(days), p=day_w / day_w.sum()))]
        when = day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 24 * 3600)))
        secs = int(rng.integers(3, 30)) if rng.random() < 0.16 else length[(a, s)] - int(rng.integers(0, 4))
        rows.append(
            {
                "Song Title": s,
                "Artist": a,
                "ISRC": isrc[(a, s)],
                "Album Title": album,
                "IP Address": f"92.184.{int(rng.integers(0, 255))}.{int(rng.integers(1, 255))}",
                "Listening Time": secs,
                "Platform Name": plat,
                "Platform Model": _one(rng, _DZ_PLATFORMS[plat][0]),
                "Date": when.strftime("%Y-%m-%d %H:%M:%S"),
            }
        )
    return pd.DataFrame(rows).sort_values("Date", ascending=False, kind="stable").reset_index(drop=True)


def _dz_top_artist(d: pd.DataFrame) -> str:
    return _top(_text(d["Artist"]).value_counts())


def _dz_secs(d: pd.DataFrame) -> pd.Series:
    return _n(d["Listening Time"])


_DZ_ID = ("Song Title", "Artist", "Date", "ISRC")
_DEEZER_QS = [
    Q(
        "who do i listen to the most",
        _lead(
            _named_any(_dz_top_artist, lambda d: _top(_dz_secs(d).groupby(_text(d["Artist"])).sum())),
        ),
        ("Listening Time", *_DZ_ID),
    ),
    Q(
        "whats their most played song",
        _lead(
            _named(
                lambda d: _top(_text(d["Song Title"])[_text(d["Artist"]).eq(_dz_top_artist(d))].value_counts()),
            )
        ),
        ("Album Title", "Listening Time", *_DZ_ID),
    ),
    Q(
        "how many hours of music have i listened to",
        _abouts(lambda d: _dz_secs(d).sum() / 3600, lambda d: _dz_secs(d).sum() / 60),
        ("Listening Time", *_DZ_ID),
    ),
    Q(
        "how many plays were under 30 seconds",
        _count(lambda d: int((_dz_secs(d) < 30).sum())),
        ("Listening Time", *_DZ_ID),
    ),
    Q(
        "what do i listen on mostly, phone or computer or what",
        _lead(
            _named_any(
                lambda d: _top(_text(d["Platform Name"]).value_counts()),
                lambda d: _top(_dz_secs(d).groupby(_text(d["Platform Name"])).sum()),
            )
        ),
        ("Platform Name", "Platform Model", "Listening Time", *_DZ_ID),
    ),
    Q(
        "which month did i listen the most",
        _lead(
            either(
                _month_year(lambda d: _peak_month(_stamp(d["Date"]))),
                _month_year(lambda d: _peak_month(_stamp(d["Date"]), _dz_secs(d))),
            )
        ),
        ("Listening Time", *_DZ_ID),
    ),
]


# --- 4. Timing (macOS) export --------------------------------------------------------------------------------------

# application: (weight, mean minutes, projects with weights, titles)
_TM_APPS = {
    "Xcode": (22, 34, {"Work ▸ Acme App": 9, "": 1}, ["AcmeApp — ContentView.swift", "AcmeApp — APIClient.swift"]),
    "Slack": (20, 9, {"Work ▸ Acme App": 3, "Admin": 2, "": 4}, ["Slack | #general | Acme", "Slack | #ios | Acme"]),
    "Safari": (18, 14, {"Personal": 3, "Work ▸ Acme App": 2, "": 4}, ["Stack Overflow", "YouTube", "Hacker News"]),
    "Zoom": (8, 38, {"Work ▸ Client Calls": 9, "": 1}, ["Zoom Meeting", "Acme weekly sync"]),
    "Figma": (7, 26, {"Work ▸ Design System": 7, "": 1}, ["Acme – Components", "Onboarding flow"]),
    "Mail": (10, 8, {"Admin": 6, "": 3}, ["Inbox (3)", "Re: invoice March"]),
    "Terminal": (8, 12, {"Work ▸ Acme App": 6, "": 2}, ["zsh — 120×40", "ssh deploy@acme"]),
    "Notes": (4, 7, {"Personal": 3, "": 2}, ["Groceries", "Ideas"]),
}


def _hms(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _timing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19804)
    apps = list(_TM_APPS)
    weights = [v[0] for v in _TM_APPS.values()]
    rows = []
    for day in pd.date_range("2024-01-02", "2024-04-30", freq="D"):
        dow = day.day_of_week
        blocks = int(rng.poisson([28, 34, 27, 29, 16, 4, 3][dow]))
        t = day + pd.Timedelta(minutes=int(rng.normal(8.7 * 60, 30)))
        for _ in range(blocks):
            app = _one(rng, apps, weights)
            _, mean, projects, titles = _TM_APPS[app]
            secs = int(max(20, rng.exponential(mean * 60)))
            proj = _one(rng, list(projects), list(projects.values()))
            end = t + pd.Timedelta(seconds=secs)
            rows.append(
                {
                    "Start Date": t.strftime("%Y-%m-%d %H:%M:%S"),
                    "End Date": end.strftime("%Y-%m-%d %H:%M:%S"),
                    "Duration": _hms(secs),
                    "Project": proj,
                    "Title": _one(rng, titles),
                    "Application": app,
                }
            )
            t = end + pd.Timedelta(seconds=int(rng.integers(0, 600)))
    return pd.DataFrame(rows)


def _tm_hours(d: pd.DataFrame) -> pd.Series:
    parts = _text(d["Duration"]).str.split(":", expand=True)
    return _n(parts[0]) + _n(parts[1]) / 60 + _n(parts[2]) / 3600


def _tm_top_app(d: pd.DataFrame) -> str:
    return _top(_tm_hours(d).groupby(_text(d["Application"])).sum())


def _tm_top_project(d: pd.DataFrame) -> str:
    proj = _text(d["Project"])
    return _top(_tm_hours(d)[proj.ne("")].groupby(proj[proj.ne("")]).sum())


def _tm_hours_or_minutes(value: Callable[[pd.DataFrame], float]) -> Check:
    return _abouts(value, lambda d: 60 * value(d))


_TM_ID = ("Start Date", "End Date", "Duration")
_TIMING_QS = [
    Q("how much time is tracked in total", _tm_hours_or_minutes(lambda d: _tm_hours(d).sum()), _TM_ID),
    Q("what app did i spend the most time in", _lead(_named(_tm_top_app)), ("Application", *_TM_ID)),
    Q(
        "how many hours is that",
        _tm_hours_or_minutes(lambda d: _tm_hours(d)[_text(d["Application"]).eq(_tm_top_app(d))].sum()),
        ("Application", *_TM_ID),
    ),
    Q(
        "how much time isnt assigned to any project",
        _tm_hours_or_minutes(lambda d: _tm_hours(d)[_text(d["Project"]).eq("")].sum()),
        ("Project", *_TM_ID),
    ),
    Q(
        "what's my biggest project",
        _lead(_named_any(_tm_top_project, lambda d: _tm_top_project(d).split("▸")[-1].strip())),
        ("Project", *_TM_ID),
    ),
    Q(
        "which day of the week do i track the most time",
        _lead(_weekday(lambda d: _top(_tm_hours(d).groupby(_stamp(d["Start Date"]).dt.day_of_week).sum()))),
        _TM_ID,
    ),
]


# --- 5. PHMSA hazardous liquid pipeline incidents ------------------------------------------------------------------

_PH_OPERATORS = {
    "ENTERPRISE CRUDE PIPELINE LLC": (30658, 12),
    "PLAINS PIPELINE, L.P.": (300, 14),
    "SUNOCO PIPELINE L.P.": (18718, 11),
    "COLONIAL PIPELINE CO": (2552, 7),
    "MAGELLAN PIPELINE COMPANY, LP": (22610, 8),
    "ENBRIDGE ENERGY, LIMITED PARTNERSHIP": (11169, 5),
    "MARATHON PIPE LINE LLC": (32147, 5),
    "KINDER MORGAN CO2 CO. LLC": (31555, 3),
    "BUCKEYE PARTNERS, LP": (1845, 6),
    "PHILLIPS 66 PIPELINE LLC": (31684, 6),
}
_PH_STATES = {"TX": 36, "OK": 9, "LA": 7, "KS": 5, "IL": 4, "CA": 5, "ND": 4, "WY": 3, "PA": 3, "NM": 4, "MI": 2}
_PH_COMMODITY = {
    "CRUDE OIL": 48,
    "REFINED AND/OR PETROLEUM PRODUCT (NON-HVL) WHICH IS A LIQUID AT AMBIENT CONDITIONS": 30,
    "HVL OR OTHER FLAMMABLE OR TOXIC FLUID WHICH IS A GAS AT AMBIENT CONDITIONS": 17,
    "CO2 (CARBON DIOXIDE)": 3,
    "BIOFUEL / ALTERNATIVE FUEL(INCLUDING ETHANOL BLENDS)": 2,
}
_PH_CAUSES = {
    "EQUIPMENT FAILURE": 36,
    "CORROSION FAILURE": 22,
    "INCORRECT OPERATION": 14,
    "MATERIAL FAILURE OF PIPE OR WELD": 12,
    "NATURAL FORCE DAMAGE": 6,
    "EXCAVATION DAMAGE": 5,
    "OTHER OUTSIDE FORCE DAMAGE": 3,
    "ALL OTHER CAUSES": 2,
}


def _phmsa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19805)
    ops = list(_PH_OPERATORS)
    rows = []
    for year in range(2010, 2024):
        for k in range(int(rng.integers(300, 380))):
            name = _one(rng, ops, [v[1] for v in _PH_OPERATORS.values()])
            commodity = _one(rng, list(_PH_COMMODITY), list(_PH_COMMODITY.values()))
            if name.startswith("KINDER MORGAN CO2"):
                commodity = "CO2 (CARBON DIOXIDE)"
            when = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 364 * 1440)))
            offshore = rng.random() < 0.03
            state = "" if offshore else _one(rng, list(_PH_STATES), list(_PH_STATES.values()))
            bbls = round(float(np.exp(rng.normal(1.2, 2.0))), 2)
            cost = bbls * float(rng.lognormal(6.5, 0.9)) + float(rng.lognormal(10.5, 1.2))
            if year == 2010 and k == 200:
                name, state, commodity, bbls, cost = ops[5], "MI", "CRUDE OIL", 20082.0, 840_526_118.0
            fatal = int(rng.choice([1, 1, 2, 3])) if rng.random() < 0.005 else 0
            injured = int(rng.choice([1, 1, 2, 4])) if rng.random() < 0.012 else 0
            recovered = round(bbls * float(rng.uniform(0, 1)), 2) if rng.random() < 0.7 else 0.0
            if commodity.startswith(("HVL", "CO2")):
                recovered = 0.0
            rows.append(
                {
                    "REPORT_NUMBER": int(f"{year}{k + 1:04d}"),
                    "SUPPLEMENTAL_NUMBER": int(rng.integers(15000, 39000)),
                    "REPORT_RECEIVED_DATE": (when + pd.Timedelta(days=int(rng.integers(5, 40)))).strftime("%m/%d/%Y"),
                    "REPORT_TYPE": _one(rng, ["ORIGINAL FINAL", "SUPPLEMENTAL FINAL", "SUPPLEMENTAL"], [5, 4, 1]),
                    "OPERATOR_ID": _PH_OPERATORS[name][0],
                    "NAME": name,
                    "LOCAL_DATETIME": when.strftime("%m/%d/%Y %H:%M"),
                    "IYEAR": year,
                    "ON_OFF_SHORE": "OFFSHORE" if offshore else "ONSHORE",
                    "ONSHORE_STATE_ABBREVIATION": state,
                    "ONSHORE_CITY_NAME": ""
                    if offshore
                    else _one(rng, ["MIDLAND", "CUSHING", "NOT WITHIN A MUNICIPALITY", "HOUSTON", "ODESSA"]),
                    "ONSHORE_COUNTY_NAME": "" if offshore else _one(rng, ["MIDLAND", "PAYNE", "HARRIS", "ECTOR"]),
                    "COMMODITY_RELEASED_TYPE": commodity,
                    "UNINTENTIONAL_RELEASE_BBLS": bbls,
                    "INTENTIONAL_RELEASE_BBLS": round(float(rng.uniform(0, 50)), 2) if rng.random() < 0.05 else "",
                    "RECOVERED_BBLS": recovered,
                    "FATALITY_IND": "YES" if fatal else "NO",
                    "FATAL": fatal if fatal else "",
                    "INJURY_IND": "YES" if injured else "NO",
                    "INJURE": injured if injured else "",
                    "IGNITE_IND": "YES" if rng.random() < 0.04 else "NO",
                    "EXPLODE_IND": "YES" if rng.random() < 0.01 else "NO",
                    "TOTAL_COST": round(cost),
                    "TOTAL_COST_CURRENT": round(cost * (1 + 0.028 * (2023 - year))),
                    "CAUSE": _one(rng, list(_PH_CAUSES), list(_PH_CAUSES.values())),
                }
            )
    return pd.DataFrame(rows)


def _ph_bbls(d: pd.DataFrame) -> pd.Series:
    return _n(d["UNINTENTIONAL_RELEASE_BBLS"])


_PH_ID = ("REPORT_NUMBER", "LOCAL_DATETIME", "IYEAR", "NAME", "OPERATOR_ID")
_PH_COST = ("TOTAL_COST", "TOTAL_COST_CURRENT")
_PHMSA_QS = [
    Q("how many people died in these", _count(lambda d: int(_n(d["FATAL"]).sum())), ("FATAL", "FATALITY_IND", *_PH_ID)),
    Q("and how many were hurt", _count(lambda d: int(_n(d["INJURE"]).sum())), ("INJURE", "INJURY_IND", *_PH_ID)),
    Q(
        "which state has the most incidents",
        _lead(_named(lambda d: _top(_text(d["ONSHORE_STATE_ABBREVIATION"]).replace("", np.nan).value_counts()))),
        ("ONSHORE_STATE_ABBREVIATION", *_PH_ID),
    ),
    Q(
        "how many barrels of crude were spilled in total",
        _money(lambda d: _ph_bbls(d)[_text(d["COMMODITY_RELEASED_TYPE"]).eq("CRUDE OIL")].sum()),
        ("UNINTENTIONAL_RELEASE_BBLS", "COMMODITY_RELEASED_TYPE", *_PH_ID),
    ),
    Q(
        "which company's incidents cost the most overall",
        _lead(
            _named_any(
                lambda d: _top(_n(d["TOTAL_COST"]).groupby(_text(d["NAME"])).sum()),
                lambda d: _top(_n(d["TOTAL_COST_CURRENT"]).groupby(_text(d["NAME"])).sum()),
            )
        ),
        (*_PH_COST, *_PH_ID),
    ),
    Q(
        "do bigger spills cost more? correlation",
        either(
            corr_of(_ph_bbls, lambda d: _n(d["TOTAL_COST"])),
            corr_of(_ph_bbls, lambda d: _n(d["TOTAL_COST_CURRENT"])),
        ),
        ("UNINTENTIONAL_RELEASE_BBLS", *_PH_COST, *_PH_ID),
    ),
]


# --- 6. Toronto Police Service major crime indicators --------------------------------------------------------------

_TO_MCI = {
    "Assault": (0.52, [("Assault", 1430, 100), ("Assault With Weapon", 1430, 200), ("Assault Bodily Harm", 1420, 110)]),
    "Break and Enter": (0.18, [("B&E", 2120, 200), ("B&E W'Intent", 2120, 100)]),
    "Auto Theft": (0.17, [("Theft Of Motor Vehicle", 2135, 210)]),
    "Robbery": (0.09, [("Robbery - Mugging", 1610, 200), ("Robbery With Weapon", 1610, 100)]),
    "Theft Over": (0.04, [("Theft Over", 2130, 210)]),
}
_TO_PREMISES = {
    "Assault": [0.3, 0.12, 0.22, 0.26, 0.05, 0.03, 0.02],
    "Break and Enter": [0.28, 0.3, 0.35, 0.03, 0.0, 0.02, 0.02],
    "Auto Theft": [0.06, 0.22, 0.12, 0.58, 0.0, 0.0, 0.02],
    "Robbery": [0.08, 0.04, 0.3, 0.5, 0.06, 0.01, 0.01],
    "Theft Over": [0.1, 0.1, 0.55, 0.2, 0.02, 0.01, 0.02],
}
_TO_PREMISE_NAMES = ["Apartment", "House", "Commercial", "Outside", "Transit", "Educational", "Other"]
_TO_HOODS = {
    "Yonge-Bay Corridor (170)": ("D52", 8),
    "Downtown Yonge East (168)": ("D51", 7),
    "West Humber-Clairville (1)": ("D23", 6),
    "Moss Park (73)": ("D51", 5),
    "Kensington-Chinatown (78)": ("D14", 4),
    "York University Heights (27)": ("D31", 4),
    "Wellington Place (164)": ("D14", 4),
    "Islington (158)": ("D22", 3),
    "Annex (95)": ("D53", 3),
    "Malvern West (128)": ("D42", 3),
    "Rexdale-Kipling (4)": ("D23", 2),
    "Leaside-Bennington (56)": ("D53", 1),
    "NSA": ("NSA", 1),
}
_TO_HOURS = np.r_[np.full(7, 3.0), np.full(8, 3.5), np.full(9, 5.0)]
_TO_HOURS[18] = 8.0
_TO_HOURS = _TO_HOURS / _TO_HOURS.sum()
_TO_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ampm(t: pd.Timestamp) -> str:
    return f"{t.month}/{t.day}/{t.year} {t.hour % 12 or 12}:{t.minute:02d}:00 {'AM' if t.hour < 12 else 'PM'}"


def _toronto_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19806)
    hoods = list(_TO_HOODS)
    cats = list(_TO_MCI)
    rows = []
    event = 0
    year_scale = {"Auto Theft": {2021: 0.75, 2022: 1.0, 2023: 1.35}}
    while len(rows) < 4200:
        cat = _one(rng, cats, [v[0] for v in _TO_MCI.values()])
        report = pd.Timestamp("2021-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 3 * 365 * 1440)))
        keep = year_scale.get(cat, {}).get(report.year, 1.0) / 1.35
        if rng.random() > keep * (1.0 if (report.year, report.month) == (2023, 7) else 0.8):
            continue
        hour = int(rng.choice(24, p=_TO_HOURS))
        occ = (report - pd.Timedelta(hours=int(rng.exponential(20)))).replace(hour=hour, minute=0)
        hood = _one(rng, hoods, [v[1] for v in _TO_HOODS.values()])
        offence, ucr, ext = _one(rng, _TO_MCI[cat][1])
        premises = _one(rng, _TO_PREMISE_NAMES, _TO_PREMISES[cat])
        event += 1
        n = 2 if rng.random() < 0.06 else 1
        for _ in range(n):
            nsa = hood == "NSA"
            rows.append(
                {
                    "EVENT_UNIQUE_ID": f"GO-{report.year}{event * 37 % 1000000 + 100000:07d}",
                    "REPORT_DATE": _ampm(report.normalize() + pd.Timedelta(hours=5)),
                    "OCC_DATE": _ampm(occ.normalize() + pd.Timedelta(hours=5)),
                    "REPORT_YEAR": report.year,
                    "REPORT_MONTH": report.strftime("%B"),
                    "REPORT_DAY": report.day,
                    "REPORT_DOY": report.dayofyear,
                    "REPORT_DOW": f"{_TO_DAYS[report.day_of_week]:<10}",
                    "REPORT_HOUR": report.hour,
                    "OCC_YEAR": occ.year,
                    "OCC_MONTH": occ.strftime("%B"),
                    "OCC_DAY": occ.day,
                    "OCC_DOY": occ.dayofyear,
                    "OCC_DOW": f"{_TO_DAYS[occ.day_of_week]:<10}",
                    "OCC_HOUR": occ.hour,
                    "DIVISION": _TO_HOODS[hood][0],
                    "LOCATION_TYPE": {
                        "Apartment": "Apartment (Rooming House, Condo)",
                        "House": "Single Home, House",
                    }.get(premises, "Streets, Roads, Highways (Bicycle Path, Private Road)"),
                    "PREMISES_TYPE": premises,
                    "UCR_CODE": ucr,
                    "UCR_EXT": ext,
                    "OFFENCE": offence,
                    "MCI_CATEGORY": cat,
                    "HOOD_158": "NSA" if nsa else hood.split("(")[-1].rstrip(")"),
                    "NEIGHBOURHOOD_158": hood,
                    "LONG_WGS84": 0.0 if nsa else round(-79.39 + float(rng.normal(0, 0.08)), 6),
                    "LAT_WGS84": 0.0 if nsa else round(43.70 + float(rng.normal(0, 0.05)), 6),
                }
            )
    df = pd.DataFrame(rows)
    blank = rng.random(len(df)) < 0.004
    for col in ("OCC_YEAR", "OCC_MONTH", "OCC_DAY", "OCC_DOY", "OCC_DOW"):
        df[col] = df[col].astype(object)
        df.loc[blank, col] = ""
    df.insert(0, "_id", np.arange(1, len(df) + 1))
    return df


def _hour(value: Callable[[pd.DataFrame], str]) -> Check:
    """An hour of the day: "18:00", "18h", "hour 18", "6 pm", "6:00 PM", "6-7pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(float(value(df)))
        h12 = h % 12 or 12
        half = "a" if h < 12 else "p"
        patterns = [
            rf"(?<![\d.:]){h}:00(?!\d)",
            rf"(?<![\d.:]){h:02d}:00(?!\d)",
            rf"\b(?:hour|at)\s+{h}\b(?![:.]\d)",
            rf"(?<![\d.:]){h}\s*h\b",
            rf"(?<![\d.:]){h12}(?::00)?(?:\s*-\s*{h12 % 12 + 1}(?::00)?)?\s*{half}\.?m\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


def _to_auto(d: pd.DataFrame) -> pd.Series:
    return _text(d["MCI_CATEGORY"]).eq("Auto Theft")


def _to_auto_year(year: int) -> Callable[[pd.DataFrame], int]:
    return lambda d: int((_to_auto(d) & _n(d["REPORT_YEAR"]).eq(year)).sum())


def _to_auto_year_events(year: int) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(d["EVENT_UNIQUE_ID"][_to_auto(d) & _n(d["REPORT_YEAR"]).eq(year)].nunique())


def _to_months(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["REPORT_YEAR"].astype(str) + " " + _text(d["REPORT_MONTH"]), format="%Y %B")


def _to_be_apartment(d: pd.DataFrame) -> float:
    be = _text(d["MCI_CATEGORY"]).eq("Break and Enter")
    return float(_text(d["PREMISES_TYPE"])[be].eq("Apartment").mean())


_TO_ID = ("_id", "EVENT_UNIQUE_ID", "REPORT_DATE", "REPORT_YEAR", "REPORT_MONTH", "OCC_DATE", "OCC_YEAR", "OCC_MONTH")
_TO_KIND = ("MCI_CATEGORY", "OFFENCE")
_TORONTO_QS = [
    Q(
        "how many car thefts are there",
        either(
            _count(lambda d: int(_to_auto(d).sum())),
            _count(lambda d: int(d["EVENT_UNIQUE_ID"][_to_auto(d)].nunique())),
        ),
        (*_TO_KIND, *_TO_ID),
    ),
    Q(
        "did that go up or down from 2021 to 2023",
        either(
            _count(lambda d: [_to_auto_year(2021)(d), _to_auto_year(2023)(d)]),
            _count(lambda d: [_to_auto_year_events(2021)(d), _to_auto_year_events(2023)(d)]),
        ),
        (*_TO_KIND, *_TO_ID),
    ),
    Q(
        "which neighbourhood has the most crime",
        _lead(
            _named_any(
                lambda d: _top(_text(d["NEIGHBOURHOOD_158"]).value_counts()),
                lambda d: _top(_text(d["NEIGHBOURHOOD_158"]).value_counts()).split(" (")[0],
            )
        ),
        ("NEIGHBOURHOOD_158", "HOOD_158", *_TO_ID),
    ),
    Q(
        "what share of break ins are in apartments",
        _share(_to_be_apartment),
        ("PREMISES_TYPE", "LOCATION_TYPE", *_TO_KIND, *_TO_ID),
    ),
    Q("which month had the most crimes reported", _lead(_month_year(lambda d: _peak_month(_to_months(d)))), _TO_ID),
    Q(
        "what time of day do most assaults happen",
        _lead(_hour(lambda d: _top(_n(d["OCC_HOUR"])[_text(d["MCI_CATEGORY"]).eq("Assault")].value_counts()))),
        ("OCC_HOUR", "OCC_DATE", *_TO_KIND, *_TO_ID),
    ),
]


# --- 7. US Drought Monitor county statistics -----------------------------------------------------------------------

# state: (FIPS prefix, counties, dryness 0-1)
_DM_STATES = {
    "TX": (
        48,
        [
            "Bexar",
            "Travis",
            "Harris",
            "Dallas",
            "Lubbock",
            "El Paso",
            "Hidalgo",
            "Washington",
            "Brazos",
            "Midland",
            "Tarrant",
            "Webb",
        ],
        0.6,
    ),
    "CA": (
        6,
        [
            "Los Angeles",
            "Fresno",
            "Kern",
            "Sacramento",
            "San Diego",
            "Shasta",
            "Riverside",
            "Tulare",
            "Marin",
            "Orange",
        ],
        0.25,
    ),
    "NM": (35, ["Bernalillo", "Santa Fe", "Dona Ana", "Lea", "San Juan", "Chaves", "Eddy", "Grant", "Luna"], 0.8),
    "KS": (
        20,
        ["Sedgwick", "Johnson", "Shawnee", "Washington", "Finney", "Ford", "Riley", "Ellis", "Reno", "Butler"],
        0.55,
    ),
    "IA": (19, ["Polk", "Linn", "Scott", "Story", "Washington", "Dubuque", "Black Hawk", "Woodbury", "Johnson"], 0.4),
    "OR": (
        41,
        ["Multnomah", "Lane", "Deschutes", "Jackson", "Washington", "Marion", "Klamath", "Harney", "Umatilla", "Linn"],
        0.35,
    ),
}


def _drought_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19807)
    weeks = pd.date_range("2023-01-03", "2023-12-26", freq="7D")
    season = np.sin(np.linspace(0, np.pi, len(weeks))) ** 2
    rows = []
    for state, (prefix, counties, dry) in _DM_STATES.items():
        for j, county in enumerate(counties):
            fips = prefix * 1000 + 2 * j + 1
            level = float(np.clip(dry + rng.normal(0, 0.15), 0, 1))
            for w, start in enumerate(weeks):
                x = np.clip(level * (0.6 + 0.7 * season[w]) + rng.normal(0, 0.06), 0, 1.3)
                raw = np.array([max(0.0, 1.1 - 1.6 * x)] + [max(0.0, 1 - abs(x * 5 - k) / 1.3) for k in range(1, 6)])
                raw = np.where(raw < 0.05, 0.0, raw)
                raw[5] = raw[5] if raw.sum() > 0 else 1.0
                pct = np.round(100 * raw / raw.sum(), 2)
                pct[int(np.argmax(pct))] += round(100 - pct.sum(), 2)
                rows.append(
                    {
                        "MapDate": start.strftime("%Y%m%d"),
                        "FIPS": fips,
                        "County": f"{county} County",
                        "State": state,
                        "None": round(float(pct[0]), 2),
                        "D0": round(float(pct[1]), 2),
                        "D1": round(float(pct[2]), 2),
                        "D2": round(float(pct[3]), 2),
                        "D3": round(float(pct[4]), 2),
                        "D4": round(float(pct[5]), 2),
                        "ValidStart": start.strftime("%Y-%m-%d"),
                        "ValidEnd": (start + pd.Timedelta(days=6)).strftime("%Y-%m-%d"),
                        "StatisticFormatID": 2,
                    }
                )
    return pd.DataFrame(rows)


def _dm(d: pd.DataFrame, cols: list[str]) -> pd.Series:
    return sum(_n(d[c]) for c in cols)


def _dm_peak_week(cols: list[str]) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        means = _dm(d, cols).groupby(_ymd(d["ValidStart"])).mean()
        return means[means == means.max()].index.min()

    return peak


def _dm_none(state: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_n(d["None"])[_text(d["State"]).eq(state)].mean())


_DM_ID = ("MapDate", "FIPS", "County", "State", "ValidStart", "ValidEnd")
_DM_LEVELS = ("None", "D0", "D1", "D2", "D3", "D4")
_DROUGHT_QS = [
    Q(
        "how many counties are in here",
        _count(lambda d: int(d["FIPS"].nunique())),
        _DM_ID,
    ),
    Q(
        "which state had the worst drought on average",
        _lead(
            _named_any(
                lambda d: _top(_dm(d, ["D2", "D3", "D4"]).groupby(_text(d["State"])).mean()),
                lambda d: _top(_dm(d, ["D1", "D2", "D3", "D4"]).groupby(_text(d["State"])).mean()),
                lambda d: _top(-_n(d["None"]).groupby(_text(d["State"])).mean()),
            )
        ),
        (*_DM_LEVELS, *_DM_ID),
    ),
    Q(
        "how many county weeks had any exceptional drought",
        _count(lambda d: int((_n(d["D4"]) > 0).sum())),
        ("D4", *_DM_ID),
    ),
    Q(
        "what week was the drought at its worst",
        _lead(
            either(
                _day(_dm_peak_week(["D1", "D2", "D3", "D4"])),
                _day(_dm_peak_week(["D0", "D1", "D2", "D3", "D4"])),
                _day(_dm_peak_week(["D2", "D3", "D4"])),
            )
        ),
        (*_DM_LEVELS, *_DM_ID),
    ),
    Q(
        "on average what percent of texas had no drought at all",
        either(
            _about(_dm_none("TX")),
            _about(lambda d: _dm_none("TX")(d) + float(_n(d["D0"])[_text(d["State"]).eq("TX")].mean())),
        ),
        ("None", "D0", *_DM_ID),
    ),
    Q(
        "and california?",
        either(
            _about(_dm_none("CA")),
            _about(lambda d: _dm_none("CA")(d) + float(_n(d["D0"])[_text(d["State"]).eq("CA")].mean())),
        ),
        ("None", "D0", *_DM_ID),
    ),
]


HELDOUT198: list[Dataset] = [
    Dataset("copilot_money_transactions", _copilot_frame, _COPILOT_QS),
    Dataset("foursquare_swarm_checkins", _swarm_frame, _SWARM_QS),
    Dataset("deezer_listening_history", _deezer_frame, _DEEZER_QS),
    Dataset("timing_mac_time_tracking", _timing_frame, _TIMING_QS),
    Dataset("phmsa_hazardous_liquid_incidents", _phmsa_frame, _PHMSA_QS),
    Dataset("toronto_major_crime_indicators", _toronto_frame, _TORONTO_QS),
    Dataset("us_drought_monitor_counties", _drought_frame, _DROUGHT_QS),
]
