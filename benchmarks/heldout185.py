"""HELDOUT185: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Tautulli
(Plex) watch history export (one row per play) with id, date / started / stopped as Unix epoch seconds, duration and
paused_counter in seconds, user and friendly_name, player, platform ("Roku", "Chrome", "Android"), product, ip_address,
media_type movie / episode / track, rating_key (repeated when a title is replayed), full_title as "Show - Episode"
for episodes, grandparent_title blank for movies, year (blank for tracks), transcode_decision direct play / copy /
transcode, watched_status 0 / 0.5 / 1 and percent_complete; a Divvy (BILL Spend & Expense) card transactions export
with Transaction ID, "2023-03-14" Date, upper-case Merchant names as the card network writes them, Amount in dollars
(refunds negative), Currency USD, Card Name, Card Holder, Budget, Category (blank for some), Status Cleared / Pending
/ Declined, Receipt Attached Yes / No and a mostly blank Memo; a Tempo (Jira) worklogs export with Issue Key
("WEB-123"), Issue summary, Hours in decimals, Work date as "2024-01-15 00:00", Username, Full name, Period,
Account Key and Account Name (blank for internal work, "INT-001"), Billed Hours (0 for non-billable), Work
Description, Project Key, Project Name and Component; a Shopify gift cards export with Id, Last Characters, Customer
Name (blank for cards sold at the till), Email, Order Name ("#1042", blank for manual cards), Created By, Date Issued
and Expires On as "2022-11-25 14:03:21 -0500" (Expires On mostly blank), Initial Value and Current Balance as
"50.00", Currency, Enabled? and Expired? as TRUE / FALSE; NYC DOHMH Childcare Center Inspections (NYC open data,
one row per inspection finding, so a center repeats its name, address, permit and rates) with Center Name, Legal
Name, Building, Street, upper-case Borough, ZipCode, Phone, Permit Number, Permit Expiration and Date Permitted as
"03/14/2023", Status Permitted / Expired-In Renewal, Age Range, Maximum Capacity, Day Care ID, Program Type
(INFANT TODDLER / PRESCHOOL / SCHOOL AGE CAMP ...), Facility Type, Child Care Type, per-center violation rate
columns, Inspection Date, Regulation Summary, Violation Category (blank when the inspection found nothing: GENERAL,
CRITICAL, PUBLIC HEALTH HAZARD), Health Code Sub Section, Violation Status and Inspection Summary Result; EIA Form
860 generator-level data (3_1_Generator_Y2022, operable sheet, one row per generator) with Utility ID, Utility Name,
Plant Code, Plant Name, two-letter State, County, Generator ID ("GEN1", "1", "CT2"), Technology, Prime Mover,
Status OP / SB / OS / OA, Nameplate Capacity (MW), Summer and Winter Capacity (MW) (a blank " " where not
reported), Operating Month, Operating Year, Energy Source 1 and Sector Name; and the UK DfT road traffic statistics
AADF by count point (dft_traffic_counts_aadf.csv, 2015-2022, one row per count point and year) with count_point_id,
year, region_name, local_authority_name, road_name ("A38", "M5", "U" for unclassified minor roads), road_type
Major / Minor, junction names (blank on minor roads), easting, northing, latitude, longitude, link_length_km and
_miles (blank on minor roads), estimation_method Counted / Estimated with estimation_method_detailed, and the daily
flows pedal_cycles, two_wheeled_motor_vehicles, cars_and_taxis, buses_and_coaches, lgvs, the six HGV classes,
all_hgvs and all_motor_vehicles (the sum of the motor classes). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _text, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _tops(scores: pd.Series, n: int) -> list[str]:
    return [str(x) for x in _ranked(scores).index[:n]]


def _num(s: pd.Series) -> pd.Series:
    """Numbers written with "$", commas or blanks as floats (blank as NaN)."""
    text = s.astype("string").str.replace(r"[$,\s]", "", regex=True).replace("", pd.NA)
    return pd.to_numeric(text, errors="coerce")


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or in thousands / millions ("$1.2M", "45.3k")."""
    return _scaled(value, (1e3, 1e6))


def _dur(seconds: Callable[[pd.DataFrame], float]) -> Check:
    """A duration given in seconds, minutes or hours (to about 1%)."""
    return either(
        _about(seconds, rel=0.01),
        _about(lambda d: seconds(d) / 60, rel=0.01),
        _about(lambda d: seconds(d) / 3600, rel=0.01),
    )


# --- 1. Tautulli (Plex) watch history export -----------------------------------------------------------------------

_TT_USERS = ["mike_h", "sarahplex", "kidsroom", "dad1962", "jenny.w", "tomtom", "guest_rob", "lena_k"]
_TT_NAMES = ["Mike", "Sarah", "Kids Room", "Dad", "Jenny", "Tom", "Rob", "Lena"]
_TT_SHOWS = ["The Office (US)", "Breaking Bad", "Bluey", "Ted Lasso", "Severance", "Friends", "The Bear", "Succession"]
_TT_MOVIES = ["Dune", "Inception", "Frozen II", "Oppenheimer", "Moana", "The Batman", "Top Gun: Maverick", "Up"]
_TT_ARTISTS = ["Radiohead", "Taylor Swift", "Daft Punk", "Miles Davis"]


def _tautulli_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18501)
    n = 1800
    start = pd.Timestamp("2023-06-01").timestamp()
    end = pd.Timestamp("2024-05-31 23:00").timestamp()
    started = np.sort(rng.uniform(start, end, n)).astype(np.int64)
    u = rng.choice(len(_TT_USERS), n, p=[0.22, 0.18, 0.16, 0.12, 0.1, 0.1, 0.06, 0.06])
    media = rng.choice(["episode", "movie", "track"], n, p=[0.6, 0.25, 0.15])
    rows = []
    for i in range(n):
        m = media[i]
        if m == "episode":
            show = _TT_SHOWS[rng.integers(len(_TT_SHOWS))]
            ep = f"Episode {rng.integers(1, 13)}"
            full, title, gp, year = f"{show} - {ep}", ep, show, int(rng.integers(2005, 2024))
            length = rng.uniform(20, 60) * 60
            key = 10000 + _TT_SHOWS.index(show) * 100 + int(ep.split()[1])
        elif m == "movie":
            title = _TT_MOVIES[rng.integers(len(_TT_MOVIES))]
            full, gp, year = title, "", int(rng.integers(2009, 2024))
            length = rng.uniform(90, 165) * 60
            key = 20000 + _TT_MOVIES.index(title)
        else:
            artist = _TT_ARTISTS[rng.integers(len(_TT_ARTISTS))]
            title = f"Track {rng.integers(1, 15)}"
            full, gp, year = f"{artist} - {title}", artist, None
            length = rng.uniform(2.5, 6) * 60
            key = 30000 + _TT_ARTISTS.index(artist) * 100 + int(title.split()[1])
        frac = float(np.clip(rng.beta(4, 1.2), 0.02, 1))
        duration = int(length * frac)
        paused = int(rng.exponential(240)) if rng.random() < 0.45 and m != "track" else 0
        stopped = int(started[i] + duration + paused)
        pct = round(100 * frac)
        platform = _TT_PLATFORMS[rng.integers(len(_TT_PLATFORMS))]
        rows.append(
            {
                "id": 5001 + i,
                "date": int(started[i]) - int(started[i]) % 86400,
                "started": int(started[i]),
                "stopped": stopped,
                "duration": duration,
                "paused_counter": paused,
                "user": _TT_USERS[u[i]],
                "friendly_name": _TT_NAMES[u[i]],
                "player": f"{_TT_NAMES[u[i]]}'s {platform}",
                "platform": platform,
                "product": {"Roku": "Plex for Roku", "Chrome": "Plex Web", "Android": "Plex for Android"}.get(
                    platform, "Plex for LG"
                ),
                "ip_address": f"192.168.1.{10 + u[i]}" if rng.random() < 0.8 else f"86.12.{u[i]}.{rng.integers(255)}",
                "media_type": m,
                "rating_key": key,
                "full_title": full,
                "title": title,
                "grandparent_title": gp,
                "year": year,
                "transcode_decision": _TT_TRANSCODE[rng.choice(3, p=[0.55, 0.15, 0.3])],
                "watched_status": 1 if pct >= 90 else (0.5 if pct >= 50 else 0),
                "percent_complete": pct,
            }
        )
    return pd.DataFrame(rows)


_TT_PLATFORMS = ["Roku", "Chrome", "Android", "LG"]
_TT_TRANSCODE = ["direct play", "copy", "transcode"]


def _tt_month(d: pd.DataFrame) -> str:
    when = pd.to_datetime(d["started"], unit="s")
    return _top(when.dt.to_period("M").astype(str).value_counts())


_TT_ID = ("id", "rating_key", "full_title", "title")
_TAUTULLI_QS = [
    Q("how many plays are in here", _count(lambda d: len(d)), ("id", "date", "started")),
    Q(
        "who watches the most stuff",
        either(
            _lead(_named(lambda d: _top(d["friendly_name"].value_counts()))),
            _lead(_named(lambda d: _top(d.groupby("friendly_name")["duration"].sum()))),
            _lead(_named(lambda d: _top(d["user"].value_counts()))),
            _lead(_named(lambda d: _top(d.groupby("user")["duration"].sum()))),
        ),
        ("user", "friendly_name", "duration", *_TT_ID),
    ),
    Q(
        "how many hours of movies got watched",
        _dur(lambda d: float(d.loc[d["media_type"] == "movie", "duration"].sum())),
        ("media_type", "duration", *_TT_ID),
    ),
    Q(
        "and tv episodes?",
        _dur(lambda d: float(d.loc[d["media_type"] == "episode", "duration"].sum())),
        ("media_type", "duration", *_TT_ID),
    ),
    Q(
        "what percent of plays had to be transcoded",
        _share(lambda d: float((_text(d["transcode_decision"]) == "transcode").mean())),
        ("transcode_decision", *_TT_ID),
    ),
    Q(
        "which month was the busiest",
        _month_year(lambda d: pd.Period(_tt_month(d)).to_timestamp()),
        ("started", "date", *_TT_ID),
    ),
]

# --- 2. Divvy (BILL Spend & Expense) card transactions -------------------------------------------------------------

# merchant: budget, category, typical amount
_DV_MERCHANTS: dict[str, tuple[str, str, float]] = {
    "AMAZON MKTPL*2K4LL9": ("Office Supplies", "Office Supplies", 60),
    "GOOGLE *GSUITE": ("Software", "Software & Subscriptions", 140),
    "SLACK T02ABC": ("Software", "Software & Subscriptions", 90),
    "ADOBE *CREATIVE CLD": ("Software", "Software & Subscriptions", 55),
    "DELTA AIR 0062": ("Travel", "Airfare", 420),
    "UNITED 0162": ("Travel", "Airfare", 380),
    "MARRIOTT NYC": ("Travel", "Lodging", 310),
    "UBER *TRIP": ("Travel", "Ground Transportation", 28),
    "LYFT *RIDE": ("Travel", "Ground Transportation", 24),
    "DOORDASH*CHIPOTLE": ("Team Meals", "Meals & Entertainment", 45),
    "STARBUCKS #10234": ("Team Meals", "Meals & Entertainment", 12),
    "FACEBK *ADS": ("Marketing", "Advertising", 650),
    "LINKEDIN ADS": ("Marketing", "Advertising", 480),
    "STAPLES 00123": ("Office Supplies", "Office Supplies", 75),
    "WEWORK": ("Facilities", "Rent", 1200),
}
_DV_HOLDERS = ["Ana Ruiz", "Ben Cho", "Carla Diaz", "Dev Patel", "Erin Moss", "Frank Li", "Gina Hart"]


def _divvy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18502)
    n = 2200
    names = list(_DV_MERCHANTS)
    weights = np.array([9, 3, 2, 2, 3, 2, 3, 8, 6, 7, 8, 2, 2, 4, 1], dtype=float)
    pick = rng.choice(len(names), n, p=weights / weights.sum())
    days = np.sort(rng.integers(0, 365, n))
    rows = []
    for i in range(n):
        merch = names[pick[i]]
        budget, cat, typical = _DV_MERCHANTS[merch]
        amount = round(float(typical * rng.lognormal(0, 0.45)), 2)
        status = ["Cleared", "Pending", "Declined"][rng.choice(3, p=[0.88, 0.07, 0.05])]
        if rng.random() < 0.03:
            amount = -amount
        holder = _DV_HOLDERS[rng.integers(len(_DV_HOLDERS))]
        rows.append(
            {
                "Transaction ID": f"txn_{rng.integers(16**11, 16**12):012x}",
                "Date": (pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(days[i]))).strftime("%Y-%m-%d"),
                "Merchant": merch,
                "Amount": amount,
                "Currency": "USD",
                "Card Name": f"{budget} card" if rng.random() < 0.7 else f"{holder.split()[0]}'s card",
                "Card Holder": holder,
                "Budget": budget,
                "Category": cat if rng.random() > 0.04 else "",
                "Status": status,
                "Receipt Attached": "No" if rng.random() < 0.22 else "Yes",
                "Memo": "" if rng.random() < 0.85 else rng.choice(["client lunch", "offsite", "renewal", "conf"]),
            }
        )
    return pd.DataFrame(rows)


def _dv_cleared(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Status"]) == "Cleared"]


def _dv_month(d: pd.DataFrame, cleared: bool) -> pd.Timestamp:
    f = _dv_cleared(d) if cleared else d
    month = pd.to_datetime(f["Date"]).dt.to_period("M").astype(str)
    return pd.Period(_top(f["Amount"].groupby(month).sum())).to_timestamp()


_DV_ID = ("Transaction ID", "Date", "Merchant", "Status")
_DIVVY_QS = [
    Q(
        "how much have we spent on cards in total? only cleared ones",
        _money(lambda d: float(_dv_cleared(d)["Amount"].sum())),
        ("Amount", *_DV_ID),
    ),
    Q(
        "which budget spends the most",
        either(
            _lead(_named(lambda d: _top(_dv_cleared(d).groupby("Budget")["Amount"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Budget")["Amount"].sum()))),
        ),
        ("Budget", "Amount", *_DV_ID),
    ),
    Q(
        "top 3 merchants by spend",
        either(
            _all_named(lambda d: _tops(_dv_cleared(d).groupby("Merchant")["Amount"].sum(), 3)),
            _all_named(lambda d: _tops(d.groupby("Merchant")["Amount"].sum(), 3)),
        ),
        ("Merchant", "Amount", *_DV_ID),
    ),
    Q(
        "how many transactions don't have a receipt",
        _count(lambda d: int((_text(d["Receipt Attached"]) == "No").sum())),
        ("Receipt Attached", *_DV_ID),
    ),
    Q(
        "how many of those are over $75",
        _count(lambda d: int(((_text(d["Receipt Attached"]) == "No") & (d["Amount"] > 75)).sum())),
        ("Receipt Attached", "Amount", *_DV_ID),
    ),
    Q(
        "which month did we spend the most",
        either(_month_year(lambda d: _dv_month(d, True)), _month_year(lambda d: _dv_month(d, False))),
        ("Amount", *_DV_ID),
    ),
]

# --- 3. Tempo (Jira) worklogs export --------------------------------------------------------------------------------

_TP_PEOPLE = [
    ("asmith", "Alice Smith"),
    ("bkumar", "Bhavin Kumar"),
    ("cnguyen", "Chloe Nguyen"),
    ("dwalsh", "Declan Walsh"),
    ("eokafor", "Emeka Okafor"),
    ("fmuller", "Frida Muller"),
]
# project key: name, account key, account name (blank: internal), issue summaries
_TP_PROJECTS: dict[str, tuple[str, str, str, list[str]]] = {
    "WEB": ("Client Website Rebuild", "ACME-01", "Acme Corp", ["Checkout page", "Header nav", "SEO fixes", "CMS"]),
    "APP": ("Mobile App", "GLOBEX-02", "Globex Ltd", ["Push notifications", "Login flow", "Crash on iOS 17"]),
    "DATA": ("Data Platform", "INITECH-03", "Initech", ["ETL pipeline", "Dashboard", "Warehouse migration"]),
    "OPS": ("Internal Ops", "INT-001", "Internal", ["Team meeting", "Hiring", "Laptop setup"]),
}


def _tempo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18503)
    n = 2600
    keys = list(_TP_PROJECTS)
    rows = []
    for _ in range(n):
        user, full = _TP_PEOPLE[rng.choice(6, p=[0.22, 0.2, 0.18, 0.16, 0.14, 0.1])]
        pk = keys[rng.choice(4, p=[0.35, 0.25, 0.22, 0.18])]
        pname, akey, aname, summaries = _TP_PROJECTS[pk]
        j = int(rng.integers(len(summaries)))
        num = 100 + 17 * j + keys.index(pk)
        hours = float(
            rng.choice(
                [0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 6, 8],
                p=[4, 8, 5, 14, 10, 14, 8, 12, 12, 8, 5] / np.array(100.0),
            )
        )
        billable = pk != "OPS" and rng.random() > 0.12
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 182)))
        if day.dayofweek >= 5:
            day -= pd.Timedelta(days=int(day.dayofweek) - 4)
        rows.append(
            {
                "Issue Key": f"{pk}-{num}",
                "Issue summary": summaries[j],
                "Hours": hours,
                "Work date": day.strftime("%Y-%m-%d 00:00"),
                "Username": user,
                "Full name": full,
                "Period": "01/Jan/24 - 30/Jun/24",
                "Account Key": "" if pk == "OPS" and rng.random() < 0.4 else akey,
                "Account Name": "" if pk == "OPS" else aname,
                "Billed Hours": hours if billable else 0.0,
                "Work Description": rng.choice(["Working on issue " + f"{pk}-{num}", "review", "standup", "fix", ""]),
                "Project Key": pk,
                "Project Name": pname,
                "Component": "" if rng.random() < 0.3 else rng.choice(["Frontend", "Backend", "QA"]),
            }
        )
    return pd.DataFrame(rows)


_TP_ID = ("Issue Key", "Work date", "Username", "Full name")
_TEMPO_QS = [
    Q("total hours logged?", has(lambda d: float(d["Hours"].sum()), rel=0.002), ("Hours", *_TP_ID)),
    Q(
        "who logged the most time",
        _lead(_named(lambda d: _top(d.groupby("Full name")["Hours"].sum()))),
        ("Hours", *_TP_ID),
    ),
    Q(
        "what share of the hours were billed",
        _share(lambda d: float(d["Billed Hours"].sum() / d["Hours"].sum())),
        ("Hours", "Billed Hours", *_TP_ID),
    ),
    Q(
        "which client account got the most billable hours",
        _lead(_named(lambda d: _top(d.groupby("Account Name")["Billed Hours"].sum()))),
        ("Account Name", "Account Key", "Billed Hours", *_TP_ID),
    ),
    Q(
        "how many hours were logged in march",
        has(lambda d: float(d.loc[pd.to_datetime(d["Work date"]).dt.month == 3, "Hours"].sum()), rel=0.002),
        ("Hours", *_TP_ID),
    ),
    Q(
        "which ticket ate the most time",
        _lead(_named(lambda d: _top(d.groupby("Issue Key")["Hours"].sum()))),
        ("Hours", "Issue summary", *_TP_ID),
    ),
]

# --- 4. Shopify gift cards export -----------------------------------------------------------------------------------

_SH_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Mia", "Lucas", "Zoe", "Ethan", "Grace", "Owen", "Ruby"]
_SH_LAST = ["Brown", "Wilson", "Taylor", "Clarke", "Evans", "Walker", "Hughes", "Green", "Hall", "Wood"]


def _shopify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18504)
    n = 900
    issued = pd.Timestamp("2022-01-01") + pd.to_timedelta(np.sort(rng.uniform(0, 900, n)), unit="D")
    rows = []
    for i in range(n):
        value = float(rng.choice([25, 50, 75, 100, 150, 200], p=[0.2, 0.35, 0.1, 0.25, 0.05, 0.05]))
        if rng.random() < 0.04:
            value = float(round(rng.uniform(5, 60), 2))
        r = rng.random()
        balance = 0.0 if r < 0.45 else (value if r < 0.7 else round(value * rng.uniform(0.05, 0.95), 2))
        online = rng.random() < 0.7
        manual = rng.random() < 0.08
        t = issued[i].floor("s")
        name = f"{_SH_FIRST[rng.integers(12)]} {_SH_LAST[rng.integers(10)]}"
        expires = (t + pd.DateOffset(years=2)).strftime("%Y-%m-%d %H:%M:%S -0500") if rng.random() < 0.15 else ""
        rows.append(
            {
                "Id": 5120000000 + 137 * i + int(rng.integers(100)),
                "Last Characters": f"{rng.integers(16**4):04x}",
                "Customer Name": name if online or manual else "",
                "Email": f"{name.lower().replace(' ', '.')}@example.com" if online else "",
                "Order Name": "" if manual else f"#{1001 + i}",
                "Created By": "Sam Owner" if manual else "",
                "Date Issued": t.strftime("%Y-%m-%d %H:%M:%S -0500"),
                "Expires On": expires,
                "Initial Value": f"{value:.2f}",
                "Current Balance": f"{balance:.2f}",
                "Currency": "USD",
                "Enabled?": "FALSE" if rng.random() < 0.03 else "TRUE",
                "Expired?": "FALSE",
            }
        )
    return pd.DataFrame(rows)


def _sh_issued(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date Issued"].astype(str).str[:19])


_SH_ID = ("Id", "Last Characters", "Date Issued")
_SHOPIFY_QS = [
    Q("how many gift cards have we sold", _count(lambda d: len(d)), _SH_ID),
    Q(
        "how much is still sitting on the cards, total",
        either(
            _money(lambda d: float(_num(d["Current Balance"]).sum())),
            _money(lambda d: float(_num(d["Current Balance"])[_text(d["Enabled?"]).str.upper() == "TRUE"].sum())),
        ),
        ("Current Balance", "Enabled?", *_SH_ID),
    ),
    Q(
        "what's the most popular card amount",
        _lead(has(lambda d: float(_ranked(_num(d["Initial Value"]).value_counts()).index[0]), rel=0.001)),
        ("Initial Value", *_SH_ID),
    ),
    Q(
        "what share have been completely used up",
        _share(lambda d: float((_num(d["Current Balance"]) == 0).mean())),
        ("Current Balance", *_SH_ID),
    ),
    Q(
        "how many were issued in nov 2023",
        _count(lambda d: int((_sh_issued(d).dt.to_period("M") == pd.Period("2023-11")).sum())),
        _SH_ID,
    ),
    Q(
        "how many don't have a customer name on them",
        _count(lambda d: int((_text(d["Customer Name"]) == "").sum())),
        ("Customer Name", *_SH_ID),
    ),
]

# --- 5. NYC DOHMH childcare center inspections ----------------------------------------------------------------------

_NY_BOROUGHS = {
    "BROOKLYN": (0.34, "112"),
    "QUEENS": (0.25, "113"),
    "MANHATTAN": (0.18, "100"),
    "BRONX": (0.17, "104"),
    "STATEN ISLAND": (0.06, "103"),
}
_NY_PROGRAMS = ["PRESCHOOL", "INFANT TODDLER", "SCHOOL AGE CAMP", "ALL AGE CAMP"]
_NY_VIOLATIONS = [
    ("GENERAL", "Child Care Service Permits and Regulations", "47.13 (c)"),
    ("CRITICAL", "Staff qualifications / documentation", "47.19 (a)"),
    ("CRITICAL", "Supervision of children", "47.33 (c)"),
    ("PUBLIC HEALTH HAZARD", "Safety plan / hazardous conditions", "47.53 (a)"),
    ("GENERAL", "Food and nutrition requirements", "47.61 (b)"),
]


def _nyc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18505)
    boroughs = list(_NY_BOROUGHS)
    rows = []
    for _ in range(420):
        b = boroughs[rng.choice(5, p=[v[0] for v in _NY_BOROUGHS.values()])]
        prog = _NY_PROGRAMS[rng.choice(4, p=[0.55, 0.2, 0.15, 0.1])]
        cap = int(rng.integers(8, 40) if prog == "INFANT TODDLER" else rng.integers(15, 160))
        name = f"{rng.choice(['LITTLE', 'BRIGHT', 'HAPPY', 'SUNNY', 'KIDS'])} {rng.choice(['STARS', 'MINDS', 'STEPS'])}"
        name += f" {rng.choice(['DAY CARE', 'LEARNING CENTER', 'ACADEMY'])}"
        center = {
            "Center Name": name,
            "Legal Name": name + " INC",
            "Building": str(rng.integers(1, 3000)),
            "Street": f"{rng.choice(['AVENUE', 'STREET', 'ROAD'])} {rng.choice(list('ABCDJKU'))}",
            "Borough": b,
            "ZipCode": int(_NY_BOROUGHS[b][1] + f"{rng.integers(0, 40):02d}"),
            "Phone": f"718-{rng.integers(200, 999)}-{rng.integers(1000, 9999)}",
            "Permit Number": f"{rng.integers(10000, 99999)}",
            "Permit Expiration": f"{rng.integers(1, 13):02d}/{rng.integers(1, 28):02d}/{rng.integers(2024, 2027)}",
            "Status": "Permitted" if rng.random() < 0.9 else "Expired-In Renewal",
            "Age Range": {"INFANT TODDLER": "0 YEARS - 2 YEARS", "PRESCHOOL": "2 YEARS - 5 YEARS"}.get(
                prog, "5 YEARS - 12 YEARS"
            ),
            "Maximum Capacity": cap,
            "Day Care ID": f"DC{rng.integers(1000000, 9999999)}",
            "Program Type": prog,
            "Facility Type": "GDC" if prog != "SCHOOL AGE CAMP" else "SBCC",
            "Child Care Type": "Child Care - Infants/Toddlers"
            if prog == "INFANT TODDLER"
            else "Child Care - Pre School",
            "Date Permitted": f"{rng.integers(1, 13):02d}/{rng.integers(1, 28):02d}/{rng.integers(2005, 2022)}",
            "Violation Rate Percent": round(float(rng.uniform(0, 80)), 1),
            "Total Educational Workers": int(rng.integers(1, 30)),
            "Public Health Hazard Violation Rate": round(float(rng.uniform(0, 30)), 1),
            "Critical Violation Rate": round(float(rng.uniform(0, 50)), 1),
        }
        for _ in range(int(rng.integers(1, 5))):
            when = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 5 * 365)))
            found = int(rng.choice([0, 1, 2, 3], p=[0.45, 0.3, 0.15, 0.1]))
            for _k in range(max(found, 1)):
                row = dict(center, **{"Inspection Date": when.strftime("%m/%d/%Y")})
                if found:
                    cat, summ, sub = _NY_VIOLATIONS[rng.integers(len(_NY_VIOLATIONS))]
                    row |= {
                        "Regulation Summary": summ,
                        "Violation Category": cat,
                        "Health Code Sub Section": sub,
                        "Violation Status": rng.choice(["CORRECTED", "OPEN", "N/A"]),
                        "Inspection Summary Result": "Initial Annual Inspection - Failed to comply",
                    }
                else:
                    row |= {
                        "Regulation Summary": "There were no new violations observed at the time of this inspection",
                        "Violation Category": "",
                        "Health Code Sub Section": "",
                        "Violation Status": "",
                        "Inspection Summary Result": "Compliance Inspection - Passed inspection",
                    }
                rows.append(row)
    return pd.DataFrame(rows)


def _ny_visits(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates(["Day Care ID", "Inspection Date"])


_NY_ID = ("Day Care ID", "Center Name", "Inspection Date")
_NYC_QS = [
    Q("how many different daycare centers are in this", _count(lambda d: d["Day Care ID"].nunique()), _NY_ID),
    Q(
        "which borough gets inspected the most",
        either(
            _lead(_named(lambda d: _top(d["Borough"].value_counts()), {"BROOKLYN": ("Brooklyn",)})),
            _lead(_named(lambda d: _top(_ny_visits(d)["Borough"].value_counts()))),
        ),
        ("Borough", *_NY_ID),
    ),
    Q(
        "how many public health hazard violations were there",
        _count(lambda d: int((_text(d["Violation Category"]) == "PUBLIC HEALTH HAZARD").sum())),
        ("Violation Category", *_NY_ID),
    ),
    Q(
        "what's the average capacity of infant toddler programs",
        either(
            _about(lambda d: d.loc[d["Program Type"] == "INFANT TODDLER", "Maximum Capacity"].mean()),
            _about(
                lambda d: (
                    d.drop_duplicates("Day Care ID")
                    .loc[lambda x: x["Program Type"] == "INFANT TODDLER", "Maximum Capacity"]
                    .mean()
                )
            ),
        ),
        ("Program Type", "Maximum Capacity", *_NY_ID),
    ),
    Q(
        "what share of inspections found no violations at all",
        either(
            _share(lambda d: float((_text(d["Violation Category"]) == "").mean())),
            _share(lambda d: float((_text(_ny_visits(d)["Violation Category"]) == "").mean())),
        ),
        ("Violation Category", "Inspection Summary Result", "Regulation Summary", *_NY_ID),
    ),
    Q(
        "which year had the most inspections",
        either(
            _lead(_year(lambda d: int(_top(pd.to_datetime(d["Inspection Date"]).dt.year.value_counts())))),
            _lead(_year(lambda d: int(_top(pd.to_datetime(_ny_visits(d)["Inspection Date"]).dt.year.value_counts())))),
        ),
        _NY_ID,
    ),
]

# --- 6. EIA Form 860 generator-level data ---------------------------------------------------------------------------

# technology: prime mover, energy source, typical MW, weight
_EI_TECH: dict[str, tuple[str, str, float, float]] = {
    "Solar Photovoltaic": ("PV", "SUN", 5, 0.36),
    "Onshore Wind Turbine": ("WT", "WND", 120, 0.1),
    "Natural Gas Fired Combined Cycle": ("CT", "NG", 180, 0.1),
    "Natural Gas Fired Combustion Turbine": ("GT", "NG", 60, 0.12),
    "Conventional Hydroelectric": ("HY", "WAT", 15, 0.1),
    "Batteries": ("BA", "MWH", 20, 0.1),
    "Conventional Steam Coal": ("ST", "BIT", 400, 0.04),
    "Petroleum Liquids": ("IC", "DFO", 3, 0.08),
}
_EI_STATES = ["CA", "TX", "NC", "NY", "MN", "FL", "GA", "IA", "MA", "AZ", "OH", "PA"]


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18506)
    techs = list(_EI_TECH)
    rows = []
    plant = 50000
    while len(rows) < 3200:
        plant += int(rng.integers(1, 40))
        tech = techs[rng.choice(len(techs), p=[v[3] for v in _EI_TECH.values()])]
        pm, fuel, mw, _w = _EI_TECH[tech]
        st = _EI_STATES[rng.choice(12, p=[0.2, 0.16, 0.1, 0.08, 0.07, 0.07, 0.06, 0.05, 0.06, 0.05, 0.05, 0.05])]
        first = (
            int(rng.integers(2008, 2023))
            if tech in ("Solar Photovoltaic", "Batteries")
            else int(rng.integers(1955, 2023))
        )
        utility = int(rng.integers(100, 60000))
        for g in range(int(rng.integers(1, 4))):
            cap = round(float(mw * rng.lognormal(0, 0.6)), 1)
            summer = round(cap * rng.uniform(0.85, 1.0), 1)
            status = ["OP", "SB", "OS", "OA"][rng.choice(4, p=[0.9, 0.05, 0.03, 0.02])]
            rows.append(
                {
                    "Utility ID": utility,
                    "Utility Name": f"{rng.choice(['Sunrise', 'Prairie', 'Coastal', 'Summit'])} Energy LLC",
                    "Plant Code": plant,
                    "Plant Name": f"{rng.choice(['Cedar', 'Oak', 'Pine', 'Mesa', 'River'])} {tech.split()[0]} {plant}",
                    "State": st,
                    "County": rng.choice(["Kern", "Harris", "Wake", "Polk", "Lake", "Clark"]),
                    "Generator ID": rng.choice(["GEN", "", "PV", "CT"]) + str(g + 1),
                    "Technology": tech,
                    "Prime Mover": pm,
                    "Status": status,
                    "Nameplate Capacity (MW)": cap,
                    "Summer Capacity (MW)": " " if rng.random() < 0.05 else summer,
                    "Winter Capacity (MW)": " " if rng.random() < 0.05 else round(cap * rng.uniform(0.9, 1.0), 1),
                    "Operating Month": int(rng.integers(1, 13)),
                    "Operating Year": first + (g if first < 2022 else 0),
                    "Energy Source 1": fuel,
                    "Sector Name": rng.choice(["IPP Non-CHP", "Electric Utility", "Commercial NAICS Non-CHP"]),
                }
            )
    return pd.DataFrame(rows)


_EI_ID = ("Plant Code", "Plant Name", "Generator ID")
_EI_CAP = "Nameplate Capacity (MW)"
_EIA_QS = [
    Q(
        "how many MW of capacity does texas have",
        either(
            has(lambda d: float(d.loc[d["State"] == "TX", _EI_CAP].sum()), rel=0.003),
            has(lambda d: float(_num(d.loc[d["State"] == "TX", "Summer Capacity (MW)"]).sum()), rel=0.003),
        ),
        ("State", _EI_CAP, "Summer Capacity (MW)", *_EI_ID),
    ),
    Q(
        "which technology has the most capacity overall",
        _lead(_named(lambda d: _top(d.groupby("Technology")[_EI_CAP].sum()))),
        ("Technology", _EI_CAP, "Summer Capacity (MW)", *_EI_ID),
    ),
    Q(
        "how many solar generators came online in 2020 or later",
        _count(lambda d: int(((d["Technology"] == "Solar Photovoltaic") & (d["Operating Year"] >= 2020)).sum())),
        ("Technology", "Operating Year", "Prime Mover", "Energy Source 1", *_EI_ID),
    ),
    Q(
        "what's the typical size of a wind turbine generator",
        either(
            _about(lambda d: d.loc[d["Technology"] == "Onshore Wind Turbine", _EI_CAP].mean()),
            _about(lambda d: d.loc[d["Technology"] == "Onshore Wind Turbine", _EI_CAP].median()),
        ),
        ("Technology", _EI_CAP, "Prime Mover", *_EI_ID),
    ),
    Q(
        "which state has the most generators",
        _lead(_named(lambda d: _top(d["State"].value_counts()))),
        ("State", *_EI_ID),
    ),
    Q(
        "how many are missing a summer capacity",
        _count(lambda d: int(_num(d["Summer Capacity (MW)"]).isna().sum())),
        ("Summer Capacity (MW)", *_EI_ID),
    ),
]

# --- 7. UK DfT road traffic statistics: AADF by count point ---------------------------------------------------------

_DF_REGIONS = {
    "South West": ["Devon", "Cornwall", "Bristol, City of"],
    "North West": ["Manchester", "Lancashire", "Cumbria"],
    "London": ["Camden", "Westminster", "Croydon"],
    "Scotland": ["Glasgow City", "Highland", "Fife"],
}
_DF_MAJOR = ["M5", "A38", "A30", "M6", "A6", "M25", "A40", "A9", "M8", "A92", "A35"]


def _dft_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18507)
    regions = list(_DF_REGIONS)
    rows = []
    for _ in range(500):
        region = regions[rng.integers(4)]
        la = _DF_REGIONS[region][rng.integers(3)]
        major = rng.random() < 0.55
        road = _DF_MAJOR[rng.integers(len(_DF_MAJOR))] if major else rng.choice(["U", "C", "B3212", "B6234"])
        motorway = road.startswith("M")
        base_cars = rng.lognormal(np.log(60000 if motorway else (15000 if major else 1500)), 0.5)
        hgv_share = rng.uniform(0.08, 0.15) if motorway else rng.uniform(0.01, 0.06)
        cycles = rng.lognormal(np.log(40 if region == "London" else 8), 0.8)
        lat, lon = rng.uniform(50.2, 57.5), rng.uniform(-5.5, -0.1)
        cp = int(rng.integers(6000, 999999))
        first = int(rng.choice([2015, 2015, 2015, 2017, 2019]))
        for year in range(first, 2023):
            covid = 0.75 if year == 2020 else (0.9 if year == 2021 else 1.0)
            cars = int(base_cars * covid * rng.uniform(0.95, 1.05) * (1 + 0.01 * (year - 2015)))
            hgv = int(cars * hgv_share * rng.uniform(0.9, 1.1))
            parts = [int(hgv * s) for s in (0.25, 0.05, 0.05, 0.05, 0.1)]
            parts.append(hgv - sum(parts))
            two = int(cars * rng.uniform(0.005, 0.012))
            bus = int(cars * rng.uniform(0.002, 0.01))
            lgv = int(cars * rng.uniform(0.15, 0.2))
            counted = rng.random() < 0.4
            length = round(float(rng.uniform(0.3, 12)), 2) if major else None
            rows.append(
                {
                    "count_point_id": cp,
                    "year": year,
                    "region_id": regions.index(region) + 1,
                    "region_name": region,
                    "local_authority_id": 100 + regions.index(region) * 3 + _DF_REGIONS[region].index(la),
                    "local_authority_name": la,
                    "road_name": road,
                    "road_type": "Major" if major else "Minor",
                    "start_junction_road_name": "LA Boundary" if major else "",
                    "end_junction_road_name": f"{road} junction" if major else "",
                    "easting": int(200000 + (lon + 5.5) * 60000),
                    "northing": int((lat - 49.9) * 111000),
                    "latitude": round(float(lat), 6),
                    "longitude": round(float(lon), 6),
                    "link_length_km": length,
                    "link_length_miles": round(length * 0.621371, 2) if length else None,
                    "estimation_method": "Counted" if counted else "Estimated",
                    "estimation_method_detailed": "Manual count"
                    if counted
                    else rng.choice(
                        ["Estimated using previous year's AADF on this link", "Dependent on a nearby count point"]
                    ),
                    "pedal_cycles": int(cycles * covid**-1 * rng.uniform(0.8, 1.2)),
                    "two_wheeled_motor_vehicles": two,
                    "cars_and_taxis": cars,
                    "buses_and_coaches": bus,
                    "lgvs": lgv,
                    "hgvs_2_rigid_axle": parts[0],
                    "hgvs_3_rigid_axle": parts[1],
                    "hgvs_4_or_more_rigid_axle": parts[2],
                    "hgvs_3_or_4_articulated_axle": parts[3],
                    "hgvs_5_articulated_axle": parts[4],
                    "hgvs_6_articulated_axle": parts[5],
                    "all_hgvs": hgv,
                    "all_motor_vehicles": two + cars + bus + lgv + hgv,
                }
            )
    return pd.DataFrame(rows)


def _df_cars(d: pd.DataFrame, year: int) -> float:
    return float(d.loc[d["year"] == year, "cars_and_taxis"].sum())


_DF_ID = ("count_point_id", "year")
_DFT_QS = [
    Q("how many count points are there", _count(lambda d: d["count_point_id"].nunique()), _DF_ID),
    Q(
        "which road was busiest in 2022",
        either(
            _lead(_named(lambda d: _top(d[d["year"] == 2022].groupby("road_name")["all_motor_vehicles"].mean()))),
            _lead(_named(lambda d: _top(d[d["year"] == 2022].groupby("road_name")["all_motor_vehicles"].sum()))),
            _lead(_named(lambda d: str(d.loc[d[d["year"] == 2022]["all_motor_vehicles"].idxmax(), "road_name"]))),
        ),
        ("road_name", "all_motor_vehicles", *_DF_ID),
    ),
    Q(
        "average daily bikes on minor roads compared with major roads",
        both(
            _about(lambda d: d.loc[d["road_type"] == "Minor", "pedal_cycles"].mean()),
            _about(lambda d: d.loc[d["road_type"] == "Major", "pedal_cycles"].mean()),
        ),
        ("road_type", "pedal_cycles", *_DF_ID),
    ),
    Q(
        "how much did car traffic drop from 2019 to 2020",
        either(
            _pct(lambda d: _df_cars(d, 2020) / _df_cars(d, 2019) - 1),
            _pct(
                lambda d: (
                    d[d["year"] == 2020]["cars_and_taxis"].mean() / d[d["year"] == 2019]["cars_and_taxis"].mean() - 1
                )
            ),
        ),
        ("cars_and_taxis", *_DF_ID),
    ),
    Q(
        "what share of the figures are estimated rather than actually counted",
        _share(lambda d: float((_text(d["estimation_method"]) == "Estimated").mean())),
        ("estimation_method", "estimation_method_detailed", *_DF_ID),
    ),
    Q(
        "do places with more lorries also have more cars",
        _corr(lambda d: d["all_hgvs"], lambda d: d["cars_and_taxis"]),
        ("all_hgvs", "cars_and_taxis", *_DF_ID),
    ),
]


HELDOUT185: list[Dataset] = [
    Dataset("tautulli_plex_watch_history", _tautulli_frame, _TAUTULLI_QS),
    Dataset("divvy_card_transactions_export", _divvy_frame, _DIVVY_QS),
    Dataset("tempo_jira_worklogs_export", _tempo_frame, _TEMPO_QS),
    Dataset("shopify_gift_cards_export", _shopify_frame, _SHOPIFY_QS),
    Dataset("nyc_dohmh_childcare_inspections", _nyc_frame, _NYC_QS),
    Dataset("eia_860_generators", _eia_frame, _EIA_QS),
    Dataset("dft_road_traffic_aadf_by_count_point", _dft_frame, _DFT_QS),
]
