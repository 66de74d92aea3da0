"""HELDOUT108: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Tiller Money "Transactions"
sheet saved as CSV (2023-2024, one household) with Date as "1/15/2024", Description cleaned ("Trader Joe's"),
Category (blank on uncategorized rows; "Transfer" and "Credit Card Payment" on both sides of moves between accounts,
"Paycheck" and "Interest" on money coming in), Amount as text "-$45.67" / "$3,050.00", Account ("Chase Checking",
"Chase Sapphire Preferred", "Ally Savings", "Amex Blue Cash"), Account # as "xxxx4821", Institution, Month as the
first of the month ("7/1/2024"), Week as the Sunday starting the week, a 24-hex Transaction ID and Account ID, Check
Number mostly blank, the bank's upper-case Full Description ("TRADER JOE S #552 AUSTIN TX") and Date Added; a
Spotify extended streaming history (endsong_*.json flattened, 2022-2023) with ts as "2023-04-01T18:23:11Z" (UTC),
username, platform strings ("Android OS 13 API 33 (Google, Pixel 6)", "iOS 16.4 (iPhone14,5)", "Windows 10
(10.0.19045; x64)"), ms_played, conn_country, ip_addr_decrypted, user_agent_decrypted "unknown",
master_metadata_track_name / album_artist_name / album_album_name and spotify_track_uri (blank on podcast rows),
episode_name, episode_show_name and spotify_episode_uri (blank on music rows), reason_start and reason_end
(trackdone, fwdbtn, clickrow, playbtn, appload, backbtn, endplay, logout, unexpected-exit), shuffle, skipped (blank
before mid-2022, then True / False), offline, offline_timestamp in Unix seconds and incognito_mode; a Pipedrive
activities export (2023) with "Activity - ID", "Activity - Subject", "Activity - Type" (Call, Email, Meeting, Task,
Deadline, Lunch), "Activity - Due date" as "2023-05-02", "Activity - Due time" ("14:30" or blank), "Activity -
Duration" as "00:30" (blank on most emails, tasks and some meetings), "Activity - Done" as Done / To do, "Activity -
Assigned to user", "Activity - Creator", "Activity - Add time" and "Activity - Marked as done time" as "2023-05-02
14:33:10" (the latter blank when to do), "Activity - Free/busy", "Activity - Note" mostly blank, "Deal - Title"
(blank when no deal is linked), "Organization - Name" and "Person - Name"; an eBay Seller Hub listings report
(active and ended listings of one seller) with Item number (12 digits), Title, Variation details mostly blank,
Custom label (SKU), Available quantity, Format FIXED_PRICE / AUCTION, Currency USD, Start price, Auction Buy It Now
price and Reserve price (blank on most rows), Current price, Sold quantity, Watchers, Bids (0 on fixed price),
Start date and End date as "Mar-14-24 09:12:33 PDT", eBay category 1 name and number, eBay category 2 name and
number mostly blank, Condition ("New", "Used", "Pre-owned", "New with tags", "Open box", "For parts or not
working"), Listing site US, and P:UPC / P:EPN / P:ISBN / P:EAN often "Does not apply" or blank; the Monthly Treasury
Statement's receipts by source and outlays by function (Fiscal Data mts_table_9 downloaded as CSV, October 2015 to
September 2024, newest first) with Record Date as the month's last day "2024-09-30", Parent ID and Classification
ID, Classification Description (section headers "Receipts" and "Outlays" whose amounts are written "null", seven
sources, twelve functions including the negative "Undistributed Offsetting Receipts", and "Total Receipts" /
"Total Outlays" rows that add up the lines above them), Current Month Receipt Outlay Amount, Current Fiscal Year to
Date Receipt Outlay Amount and Prior Fiscal Year to Date Receipt Outlay Amount in whole dollars, Table Number,
Source Line Number, Print Order Number, Line Code Number, Data Type Code (S / D / T), Record Type Code, Sequence
Level Number, Sequence Number Code, Fiscal Year, Fiscal Quarter Number, Calendar Year, Calendar Quarter Number,
Calendar Month Number and Calendar Day Number; Austin 311 public service requests (data.austintexas.gov, 2021-2023)
with "Service Request (SR) Number" as "21-00123456", SR Description ("Loose Dog", "Pothole Repair", "Austin Code -
Request Code Officer", "ARR Missed Recycling", ...; a February 2023 ice-storm surge of tree and debris requests),
Method Received (Phone, Spot311 Interface, Web, Mobile Device, Open311, E-Mail, Field Request), SR Status (Closed,
Resolved, Duplicate (closed), Closed -Incomplete Information, and Open / New / Work In Progress whose Close Date is
blank), Status Change Date, Created Date, Last Update Date and Close Date as "02/01/2023 08:15:22 AM", SR Location,
Street Number, Street Name, City (upper-case, some blank), Zip Code, County, State Plane X / Y Coordinate, Latitude
Coordinate, Longitude Coordinate, "(Latitude.Longitude)", Council District (1-10, some blank), Map Page and Map
Tile; and a World Athletics season top list (men's 100 metres, 2023, one row per athlete's best legal mark) with
Rank (ties share a rank), Mark "9.88", Wind "+1.2" / "-0.4" (a few blank), Competitor as "Noah LYLES", DOB as
"18 JUL 1997" (a few blank), Nat three-letter codes, Pos ("1", "2h3", "3sf1"), Venue "Hayward Field, Eugene, OR
(USA)", Date "26 AUG 2023" and Result Score. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text
from .heldout38 import _draw, _month
from .heldout40 import _number, _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, numbers_found
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------

_MONEY = (1e3, 1e6, 1e9, 1e12)


def _top(scores: pd.Series) -> str:
    return str(_ranked(scores).index[0])


def _amount(value: Callable[[pd.DataFrame], Any], rel: float = 0.006) -> Check:
    """An amount of money, its sign ignored ("-$5,432.10" or "$5,432.10" or "5.4k")."""
    inner = _scaled(lambda d: np.abs(np.atleast_1d(value(d))), _MONEY, rel=rel)
    return lambda answer, df: inner(answer.replace("-", " ").replace("\u2212", " "), df)


def _within(values: Callable[[pd.DataFrame], Any], tol: float) -> Check:
    """Every value appears to within `tol` (absolute): sprint times to the hundredth."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = numbers_found(answer)
        for w in np.atleast_1d(values(df)):
            if not any(abs(f - float(w)) <= tol for f in found):
                return f"missing number {float(w):.4g}"
        return None

    return check


def _hex(rng: np.random.Generator, k: int) -> str:
    return "".join(f"{int(x):x}" for x in rng.integers(0, 16, k))


# --- 1. Tiller Money transactions sheet ------------------------------------------------------------------------------

# account: account number, institution
_TL_ACCOUNTS = {
    "Chase Checking": ("xxxx4821", "Chase"),
    "Chase Sapphire Preferred": ("xxxx9014", "Chase"),
    "Ally Savings": ("xxxx3307", "Ally Bank"),
    "Amex Blue Cash": ("xxxx1005", "American Express"),
}
# category: per month (Poisson mean), amount lognormal (median, sigma), merchants "Clean|RAW"
_TL_SPEND: dict[str, tuple[float, float, float, str]] = {
    "Groceries": (
        6,
        85,
        0.5,
        "Trader Joe's|TRADER JOE S #552 AUSTIN TX;H-E-B|H-E-B #417 AUSTIN TX;Whole Foods|WHOLEFDS LMR 10155;"
        "Costco|COSTCO WHSE #1143",
    ),
    "Restaurants": (
        9,
        38,
        0.6,
        "Torchy's Tacos|TORCHYS TACOS 0012;Chipotle|CHIPOTLE 1822;Uber Eats|UBER *EATS PENDING;"
        "Home Slice Pizza|SQ *HOME SLICE PIZZA;DoorDash|DOORDASH*THAI KITCHEN",
    ),
    "Coffee Shops": (6, 6.5, 0.3, "Starbucks|STARBUCKS STORE 09921;Houndstooth Coffee|SQ *HOUNDSTOOTH COFFEE"),
    "Gas": (3, 44, 0.25, "Shell|SHELL OIL 57444221;Exxon|EXXONMOBIL 4451;Costco Gas|COSTCO GAS #1143"),
    "Shopping": (4, 42, 0.9, "Amazon|AMZN MKTP US*2K4HD71;Target|TARGET 00017541;REI|REI #87 AUSTIN"),
    "Entertainment": (2, 30, 0.6, "AMC Theatres|AMC 4512 ONLINE;Ticketmaster|TICKETMASTER*EVENT"),
    "Health": (1, 35, 0.7, "CVS Pharmacy|CVS/PHARMACY #07712;Walgreens|WALGREENS #3881"),
}
_TL_COLUMNS = _split(
    "Date;Description;Category;Amount;Account;Account #;Institution;Month;Week;Transaction ID;Account ID;"
    "Check Number;Full Description;Date Added"
)


def _tl_money(x: float) -> str:
    return f"-${-x:,.2f}" if x < 0 else f"${x:,.2f}"


def _tl_day(t: pd.Timestamp) -> str:
    return f"{t.month}/{t.day}/{t.year}"


def _tiller_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10801)
    ids = {a: _hex(rng, 24) for a in _TL_ACCOUNTS}
    rows: list[tuple[pd.Timestamp, str, str | None, float, str, str]] = []

    def add(day: pd.Timestamp, desc: str, cat: str | None, amount: float, account: str, raw: str) -> None:
        rows.append((day, desc, cat, round(amount, 2), account, raw))

    for payday in pd.date_range("2023-01-06", "2024-12-31", freq="14D"):
        pay = 3050.0 if payday.year == 2023 else 3210.0
        add(
            payday,
            "Acme Corp Payroll",
            "Paycheck",
            pay + float(rng.normal(0, 15)),
            "Chase Checking",
            "ACME CORP PAYROLL PPD ID: 9921",
        )
    card_spend: dict[pd.Timestamp, float] = {}
    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        days = month.days_in_month
        rent = 2150.0 if month.year == 2023 else 2250.0
        add(month, "Maple Property Mgmt", "Rent", -rent, "Chase Checking", "ZELLE TO MAPLE PROPERTY MGMT")
        util = 95 + 70 * max(0.0, np.cos(2 * np.pi * (month.month - 8) / 12)) + float(rng.normal(0, 10))
        add(month + pd.Timedelta(days=11), "Austin Energy", "Utilities", -util, "Chase Checking", "CITY OF AUSTIN UTIL")
        add(month + pd.Timedelta(days=17), "Spectrum", "Utilities", -79.99, "Chase Checking", "SPECTRUM 855-707-7328")
        add(month + pd.Timedelta(days=2), "Netflix", "Subscriptions", -15.49, "Amex Blue Cash", "NETFLIX.COM")
        add(month + pd.Timedelta(days=8), "Spotify", "Subscriptions", -10.99, "Amex Blue Cash", "SPOTIFY USA")
        add(
            month + pd.Timedelta(days=3),
            "Transfer to Savings",
            "Transfer",
            -500.0,
            "Chase Checking",
            "ONLINE TRANSFER TO ALLY",
        )
        add(month + pd.Timedelta(days=4), "Transfer from Chase", "Transfer", 500.0, "Ally Savings", "ACH DEPOSIT CHASE")
        add(
            month + pd.Timedelta(days=days - 1),
            "Interest Paid",
            "Interest",
            round(2 + 0.003 * 500 * (month.month + 12 * (month.year - 2023)), 2),
            "Ally Savings",
            "INTEREST PAID",
        )
        for cat, (per, median, sigma, shops) in _TL_SPEND.items():
            pairs = [s.split("|") for s in _split(shops)]
            for _ in range(int(rng.poisson(per))):
                clean, raw = _one(rng, pairs)
                day = month + pd.Timedelta(days=int(rng.integers(0, days)))
                amount = -round(float(median * rng.lognormal(0, sigma)), 2)
                account = "Chase Sapphire Preferred" if rng.random() < 0.6 else "Amex Blue Cash"
                if cat == "Gas" and rng.random() < 0.3:
                    account = "Chase Checking"
                label = None if rng.random() < 0.05 else cat
                add(day, clean, label, amount, account, raw)
                if account == "Chase Sapphire Preferred":
                    card_spend[month] = card_spend.get(month, 0.0) - amount
                if cat == "Shopping" and rng.random() < 0.06:
                    back = day + pd.Timedelta(days=int(rng.integers(3, 20)))
                    add(back, clean, "Shopping", -amount, account, raw + " RETURN")
        if month == pd.Timestamp("2024-07-01"):
            add(
                pd.Timestamp("2024-07-09"), "Delta Air Lines", "Travel", -1894.40, "Chase Checking", "DELTA AIR 0062345"
            )
            add(pd.Timestamp("2024-07-21"), "Marriott", "Travel", -2618.75, "Chase Checking", "MARRIOTT LISBON")
        prev = month - pd.DateOffset(months=1)
        if prev in card_spend:
            paid = round(card_spend[prev], 2)
            add(
                month + pd.Timedelta(days=14),
                "Chase Card Payment",
                "Credit Card Payment",
                -paid,
                "Chase Checking",
                "CHASE CREDIT CRD AUTOPAY",
            )
            add(
                month + pd.Timedelta(days=15),
                "Payment Thank You",
                "Credit Card Payment",
                paid,
                "Chase Sapphire Preferred",
                "AUTOMATIC PAYMENT - THANK",
            )
    out = []
    for day, desc, cat, amount, account, raw in rows:
        number, bank = _TL_ACCOUNTS[account]
        week = day - pd.Timedelta(days=(day.dayofweek + 1) % 7)
        check = str(int(rng.integers(1001, 1200))) if desc == "Maple Property Mgmt" and rng.random() < 0.1 else None
        out.append(
            {
                "Date": _tl_day(day),
                "Description": desc,
                "Category": cat,
                "Amount": _tl_money(amount),
                "Account": account,
                "Account #": number,
                "Institution": bank,
                "Month": _tl_day(day.replace(day=1)),
                "Week": _tl_day(week),
                "Transaction ID": _hex(rng, 24),
                "Account ID": ids[account],
                "Check Number": check,
                "Full Description": raw,
                "Date Added": _tl_day(day + pd.Timedelta(days=int(rng.integers(0, 3)))),
                "_sort": day,
            }
        )
    frame = pd.DataFrame(out).sort_values("_sort", ascending=False, kind="stable", ignore_index=True)
    return frame[_TL_COLUMNS]


def _tl(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_amt"] = _number(d["Amount"])
    out["_day"] = pd.to_datetime(_text(d["Date"]), format="%m/%d/%Y")
    out["_cat"] = _text(d["Category"])
    return out


_TL_MOVES = ("Transfer", "Credit Card Payment")


def _tl_spending(d: pd.DataFrame, with_moves: bool) -> pd.DataFrame:
    t = _tl(d)
    keep = t["_amt"] < 0
    if not with_moves:
        keep &= ~t["_cat"].isin(_TL_MOVES)
    return t[keep]


def _tl_top_month(with_moves: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        t = _tl_spending(d, with_moves)
        sums = t["_amt"].groupby(t["_day"].dt.to_period("M")).sum()
        return sums.idxmin().to_timestamp()

    return pick


def _tl_sum(cat: str, year: int | None = None) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        t = _tl(d)
        keep = t["_cat"] == cat
        if year is not None:
            keep &= t["_day"].dt.year == year
        return float(t.loc[keep, "_amt"].sum())

    return total


def _tl_restaurant_month(d: pd.DataFrame) -> float:
    t = _tl(d)
    months = t["_day"].dt.to_period("M").nunique()
    return _tl_sum("Restaurants")(d) / months


def _tl_top_category(d: pd.DataFrame) -> str:
    t = _tl_spending(d, False)
    t = t[t["_cat"] != ""]
    return _top(-t["_amt"].groupby(t["_cat"]).sum())


_TL_ID = ("Date", "Description", "Transaction ID")
_TILLER_QS = [
    Q(
        "how much did i spend on groceries in total?",
        _amount(_tl_sum("Groceries")),
        (*_TL_ID, "Category", "Amount"),
    ),
    Q(
        "what do i spend the most money on",
        _lead(_named(_tl_top_category)),
        (*_TL_ID, "Category", "Amount"),
    ),
    Q(
        "whats my average monthly spend on restaurants",
        _amount(_tl_restaurant_month, rel=0.01),
        (*_TL_ID, "Category", "Amount", "Month"),
    ),
    Q(
        "how many transactions don't have a category",
        _count(lambda d: float((_text(d["Category"]) == "").sum())),
        (*_TL_ID, "Category"),
    ),
    Q(
        "which month did i spend the most?",
        _lead(either(_month_year(_tl_top_month(False)), _month_year(_tl_top_month(True)))),
        (*_TL_ID, "Amount", "Month", "Category"),
    ),
    Q(
        "how much did i get paid in 2024",
        _amount(_tl_sum("Paycheck", 2024)),
        (*_TL_ID, "Category", "Amount"),
    ),
]


# --- 2. Spotify extended streaming history (endsong) ----------------------------------------------------------------

_SP_WORDS = _split(
    "Midnight;Golden;Paper;River;Neon;Echo;Velvet;Summer;Ghost;Wild;Electric;Silver;Broken;Ocean;Fire;Honey;Static;"
    "Satellite;Glass;Lonely;Cherry;Violet;Highway;Thunder;Sugar;Desert;Moon;Crystal;Shadow;Dream"
)
_SP_NOUNS = _split(
    "Lights;Hearts;Roads;Waves;Sky;Days;Nights;Lines;Eyes;Rain;Kids;Love;Signals;Town;Blue;Skin;Years;Garden;Radio;"
    "Arms;Fever;Room;Gold;Stars;Tears;Machine;Season;Storm;Letters;Club"
)
_SP_ARTISTS = _split(
    "Phoebe Bridgers;Tame Impala;Mitski;Arctic Monkeys;The 1975;Bon Iver;Lorde;Vampire Weekend;Taylor Swift;"
    "Fleetwood Mac;Frank Ocean;Boygenius;Japanese Breakfast;Clairo;Radiohead;The Strokes;SZA;Mac DeMarco;Beach House;"
    "Wet Leg;Phoenix;MGMT;Hozier;Florence + The Machine;Big Thief;Kendrick Lamar;Snail Mail;Alvvays;Men I Trust;"
    "Steve Lacy;Khruangbin;Faye Webster;Lana Del Rey;Glass Animals;Caroline Polachek"
)
_SP_SHOWS = {
    "The Daily": "Monday, Jan. 9, 2023;The Latest;Inside the Decision;A Reckoning",
    "Huberman Lab": "Sleep Toolkit;Focus and Dopamine;Cold Exposure;Nutrition Myths",
    "Stuff You Should Know": "How Lighthouses Work;Selects: Sourdough;The Great Molasses Flood;Ant Farms",
    "Hard Fork": "The AI Week;Crypto Winter;Threads Launch;Chips and Chatbots",
}
_SP_PLATFORMS = [
    "Android OS 13 API 33 (Google, Pixel 6)",
    "iOS 16.4 (iPhone14,5)",
    "Windows 10 (10.0.19045; x64)",
    "web_player windows 10;chrome 112.0.5615.138",
]
_SP_HOURS = (
    "0:6;1:5;2:3;3:2;4:1;5:1;6:1;7:1;8:1;9:1;10:1;11:2;12:3;13:5;14:6;15:6;16:6;17:5;18:5;19:5;20:6;21:7;22:9;23:7"
)
_SP_COLUMNS = _split(
    "ts;username;platform;ms_played;conn_country;ip_addr_decrypted;user_agent_decrypted;master_metadata_track_name;"
    "master_metadata_album_artist_name;master_metadata_album_album_name;spotify_track_uri;episode_name;"
    "episode_show_name;spotify_episode_uri;reason_start;reason_end;shuffle;skipped;offline;offline_timestamp;"
    "incognito_mode"
)


def _sp_uri(rng: np.random.Generator) -> str:
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "".join(chars[int(i)] for i in rng.integers(0, len(chars), 22))


def _spotify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10802)
    used: set[str] = set()
    tracks: list[tuple[str, str, str, str, int]] = []
    weights: list[float] = []
    for rank, artist in enumerate(_SP_ARTISTS):
        album = f"{_one(rng, _SP_WORDS)} {_one(rng, _SP_NOUNS)}"
        for _ in range(int(rng.integers(4, 11))):
            while True:
                name = f"{_one(rng, _SP_WORDS)} {_one(rng, _SP_NOUNS)}"
                if name not in used:
                    used.add(name)
                    break
            length = int(rng.integers(140_000, 290_000))
            tracks.append((name, artist, album, "spotify:track:" + _sp_uri(rng), length))
            weights.append((1.0 / (rank + 1.6)) * float(rng.lognormal(0, 0.6)))
    episodes = [(e, s, "spotify:episode:" + _sp_uri(rng)) for s, es in _SP_SHOWS.items() for e in _split(es)]
    start = pd.Timestamp("2022-01-01")
    rows: list[dict[str, Any]] = []
    for _ in range(4200):
        day = start + pd.Timedelta(days=int(rng.integers(0, 730)))
        stamp = day + pd.Timedelta(hours=int(_draw(rng, _SP_HOURS)), seconds=int(rng.integers(0, 3600)))
        podcast = rng.random() < 0.07
        row: dict[str, Any] = {c: None for c in _SP_COLUMNS}
        row |= {
            "ts": f"{stamp:%Y-%m-%dT%H:%M:%SZ}",
            "username": "jsmith92",
            "platform": str(_one(rng, _SP_PLATFORMS, [55, 5, 30, 10])),
            "conn_country": "US" if rng.random() < 0.96 else str(_one(rng, ["MX", "CA", "GB"])),
            "ip_addr_decrypted": ".".join(str(int(x)) for x in rng.integers(1, 255, 4)),
            "user_agent_decrypted": "unknown",
            "shuffle": bool(rng.random() < 0.45),
            "offline": bool(rng.random() < 0.04),
            "offline_timestamp": int(stamp.timestamp()) - int(rng.integers(0, 400)),
            "incognito_mode": False,
        }
        known = stamp >= pd.Timestamp("2022-06-15")
        if podcast:
            ep, show, uri = _one(rng, episodes)
            quit_early = rng.random() < 0.3
            row |= {
                "ms_played": int(rng.integers(60_000, 900_000) if quit_early else rng.integers(1_500_000, 3_600_000)),
                "episode_name": ep,
                "episode_show_name": show,
                "spotify_episode_uri": uri,
                "reason_start": _draw(rng, "clickrow:60;playbtn:30;appload:10"),
                "reason_end": "endplay" if quit_early else "trackdone",
                "skipped": False if known else None,
            }
        else:
            i = int(_one(rng, range(len(tracks)), weights))
            name, artist, album, uri, length = tracks[i]
            skip = rng.random() < 0.22
            ending = "fwdbtn" if skip else _draw(rng, "trackdone:88;endplay:6;logout:3;unexpected-exit:3")
            played = int(rng.integers(1_000, 45_000)) if skip else length
            if ending != "trackdone" and not skip:
                played = int(length * float(rng.uniform(0.3, 0.95)))
            row |= {
                "ms_played": played,
                "master_metadata_track_name": name,
                "master_metadata_album_artist_name": artist,
                "master_metadata_album_album_name": album,
                "spotify_track_uri": uri,
                "reason_start": _draw(rng, "trackdone:60;fwdbtn:18;clickrow:12;playbtn:5;backbtn:3;appload:2"),
                "reason_end": ending,
                "skipped": skip if known else None,
            }
        rows.append(row)
    frame = pd.DataFrame(rows).sort_values("ts", kind="stable", ignore_index=True)
    return frame[_SP_COLUMNS]


def _sp_music(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["master_metadata_track_name"]) != ""]


def _sp_pods(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["episode_name"]) != ""]


def _sp_top_artist(by_time: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        m = _sp_music(d)
        artist = _text(m["master_metadata_album_artist_name"])
        return _top(m["ms_played"].groupby(artist).sum() if by_time else artist.value_counts())

    return pick


def _sp_skips(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        flag = _text(_sp_music(d)["skipped"]).str.lower()
        if known_only:
            flag = flag[flag != ""]
        return float((flag == "true").mean())

    return rate


def _sp_hour(by_time: bool) -> Callable[[pd.DataFrame], int]:
    def pick(d: pd.DataFrame) -> int:
        hour = pd.to_datetime(d["ts"], utc=True).dt.hour
        return int(_top(d["ms_played"].groupby(hour).sum() if by_time else hour.value_counts()))

    return pick


def _sp_hour_named(value: Callable[[pd.DataFrame], int]) -> Check:
    from .heldout38 import _hour

    return _hour(value)


def _sp_hours(rows: Callable[[pd.DataFrame], pd.DataFrame]) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(rows(d)["ms_played"].sum()) / 3_600_000


_SP_ID = ("ts",)
_SPOTIFY_QS = [
    Q(
        "who's my most listened to artist",
        _lead(either(_named(_sp_top_artist(False)), _named(_sp_top_artist(True)))),
        (*_SP_ID, "master_metadata_album_artist_name", "ms_played", "master_metadata_track_name"),
    ),
    Q(
        "how many hours of music did i listen to in total",
        either(_about(_sp_hours(_sp_music), rel=0.01), _about(_sp_hours(lambda d: d), rel=0.01)),
        (*_SP_ID, "ms_played", "master_metadata_track_name", "spotify_track_uri", "episode_name"),
    ),
    Q(
        "and podcasts?",
        _about(_sp_hours(_sp_pods), rel=0.01),
        (*_SP_ID, "ms_played", "episode_name", "episode_show_name", "spotify_episode_uri"),
    ),
    Q(
        "top 5 songs by number of plays",
        _top_named(lambda d: _ranked(_text(_sp_music(d)["master_metadata_track_name"]).value_counts()), 5),
        (*_SP_ID, "master_metadata_track_name", "master_metadata_album_artist_name", "spotify_track_uri"),
    ),
    Q(
        "what % of songs did i skip",
        either(_share(_sp_skips(True)), _share(_sp_skips(False))),
        (*_SP_ID, "skipped", "reason_end", "master_metadata_track_name"),
    ),
    Q(
        "what time of day do i listen the most?",
        _lead(either(_sp_hour_named(_sp_hour(False)), _sp_hour_named(_sp_hour(True)))),
        (*_SP_ID, "ms_played"),
    ),
]


# --- 3. Pipedrive activities export -----------------------------------------------------------------------------------

_PD_REPS = "Sarah Kim:24;Marcus Webb:20;Priya Patel:18;Tom O'Neill:15;Elena Rossi:13;Dev Gupta:10"
_PD_TYPES = "Call:40;Email:25;Meeting:15;Task:12;Deadline:5;Lunch:3"
_PD_SUBJECTS = {
    "Call": "Intro call;Follow-up call;Discovery call;Check-in call;Pricing call",
    "Email": "Send proposal;Follow-up email;Send case study;Contract sent",
    "Meeting": "Demo;Onsite visit;Quarterly review;Kickoff meeting;Negotiation",
    "Task": "Update CRM;Prepare quote;Research account",
    "Deadline": "Proposal deadline;Renewal date",
    "Lunch": "Lunch with client",
}
_PD_ORGS = _split(
    "Northwind Traders;Globex Corporation;Initech;Umbrella Health;Stark Logistics;Wayne Foods;Acme Manufacturing;"
    "Hooli;Vandelay Industries;Soylent Labs;Cyberdyne Systems;Tyrell Analytics;Wonka Retail;Gringotts Finance;"
    "Oceanic Airlines;Blue Sun Media;Massive Dynamic;Pied Piper;Dunder Mifflin;Sterling Cooper"
)
_PD_PEOPLE = _split(
    "Anna Berg;James Carter;Lucy Chen;Omar Haddad;Grace Miller;Ravi Nair;Sofia Lopez;Ben Walsh;Nina Petrova;"
    "Chris Young;Maya Singh;Luke Turner;Hannah Scott;Ivan Horvat;Zoe Adams"
)
_PD_MONTHS = "1:7;2:7;3:9;4:8;5:9;6:8;7:6;8:6;9:9;10:11;11:10;12:7"
_PD_COLUMNS = [
    f"Activity - {c}"
    for c in _split(
        "ID;Subject;Type;Due date;Due time;Duration;Done;Assigned to user;Creator;Add time;Marked as done time;"
        "Free/busy;Note"
    )
] + ["Deal - Title", "Organization - Name", "Person - Name"]


def _pipedrive_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10803)
    rows: list[dict[str, Any]] = []
    for i in range(2600):
        kind = _draw(rng, _PD_TYPES)
        month = int(_draw(rng, _PD_MONTHS))
        if kind == "Meeting" and rng.random() < 0.12:
            month = 10
        due = pd.Timestamp(2023, month, int(rng.integers(1, pd.Timestamp(2023, month, 1).days_in_month + 1)))
        rep = _draw(rng, _PD_REPS)
        late = due >= pd.Timestamp("2023-11-20")
        done_p = 0.35 if late else (0.8 if rep == "Tom O'Neill" else 0.95)
        done = rng.random() < done_p
        dur_table = {
            "Call": "00:15:50;00:30:35;00:10:15",
            "Meeting": "01:00:45;00:30:20;00:45:15;01:30:12;02:00:8",
            "Lunch": "01:00:50;01:30:50",
        }
        duration = None
        if kind in dur_table and rng.random() < 0.88:
            options = [x.rsplit(":", 1) for x in _split(dur_table[kind])]
            duration = str(_one(rng, [o[0] for o in options], [float(o[1]) for o in options]))
        timed = kind in ("Call", "Meeting", "Lunch") and rng.random() < 0.9
        added = due - pd.Timedelta(days=int(rng.integers(0, 20)), seconds=int(rng.integers(0, 86400)))
        closed = due + pd.Timedelta(days=int(rng.integers(0, 3)), seconds=int(rng.integers(0, 86400)))
        org = str(_one(rng, _PD_ORGS))
        deal = f"{org} deal" if rng.random() < 0.72 else None
        rows.append(
            {
                "Activity - ID": 10450 + i,
                "Activity - Subject": str(_one(rng, _split(_PD_SUBJECTS[kind]))),
                "Activity - Type": kind,
                "Activity - Due date": f"{due:%Y-%m-%d}",
                "Activity - Due time": f"{int(rng.integers(8, 18)):02d}:{_one(rng, ['00', '15', '30', '45'])}"
                if timed
                else None,
                "Activity - Duration": duration,
                "Activity - Done": "Done" if done else "To do",
                "Activity - Assigned to user": rep,
                "Activity - Creator": rep if rng.random() < 0.85 else "Laura Fischer",
                "Activity - Add time": f"{added:%Y-%m-%d %H:%M:%S}",
                "Activity - Marked as done time": f"{closed:%Y-%m-%d %H:%M:%S}" if done else None,
                "Activity - Free/busy": "Busy" if kind in ("Meeting", "Lunch") else "Free",
                "Activity - Note": _one(rng, ["Left voicemail", "Asked for pricing", "Send deck after"])
                if rng.random() < 0.1
                else None,
                "Deal - Title": deal,
                "Organization - Name": org if (deal or rng.random() < 0.6) else None,
                "Person - Name": str(_one(rng, _PD_PEOPLE)) if rng.random() < 0.8 else None,
            }
        )
    return pd.DataFrame(rows)[_PD_COLUMNS]


_PD_TYPE, _PD_DONE, _PD_USER = "Activity - Type", "Activity - Done", "Activity - Assigned to user"


def _pd_calls(done_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def counts(d: pd.DataFrame) -> list[float]:
        keep = _text(d[_PD_TYPE]) == "Call"
        if done_only:
            keep &= _text(d[_PD_DONE]) == "Done"
        return [float(x) for x in _text(d.loc[keep, _PD_USER]).value_counts().to_numpy()]

    return counts


def _pd_open(d: pd.DataFrame) -> pd.Series:
    return _text(d[_PD_DONE]) == "To do"


def _pd_minutes(d: pd.DataFrame) -> float:
    m = d[_text(d[_PD_TYPE]) == "Meeting"]
    parts = _text(m["Activity - Duration"]).str.extract(r"(\d+):(\d+)").dropna().astype(float)
    return float((60 * parts[0] + parts[1]).mean())


def _pd_meeting_month(d: pd.DataFrame) -> pd.Timestamp:
    m = d[_text(d[_PD_TYPE]) == "Meeting"]
    months = pd.to_datetime(m["Activity - Due date"]).dt.to_period("M")
    return pd.Period(_top(months.astype(str).value_counts())).to_timestamp()


_PD_ID = ("Activity - ID", "Activity - Subject", "Activity - Due date")
_PIPEDRIVE_QS = [
    Q(
        "how many calls did each rep make",
        either(_about(_pd_calls(False), rel=0.001), _about(_pd_calls(True), rel=0.001)),
        (*_PD_ID, _PD_TYPE, _PD_USER, _PD_DONE),
    ),
    Q(
        "what % of activities are still not done",
        _share(lambda d: float(_pd_open(d).mean())),
        (*_PD_ID, _PD_DONE, "Activity - Marked as done time"),
    ),
    Q(
        "who has the most of those",
        _lead(_named(lambda d: _top(_text(d.loc[_pd_open(d), _PD_USER]).value_counts()))),
        (*_PD_ID, _PD_DONE, _PD_USER),
    ),
    Q(
        "avg meeting length in minutes?",
        _about(_pd_minutes, rel=0.01),
        (*_PD_ID, _PD_TYPE, "Activity - Duration"),
    ),
    Q(
        "which month had the most meetings",
        _lead(either(_month_year(_pd_meeting_month), _month(_pd_meeting_month))),
        (*_PD_ID, _PD_TYPE),
    ),
    Q(
        "how many activities aren't linked to a deal",
        _count(lambda d: float((_text(d["Deal - Title"]) == "").sum())),
        (*_PD_ID, "Deal - Title"),
    ),
]


# --- 4. eBay Seller Hub listings report ---------------------------------------------------------------------------

# category: number, price median, sigma, conditions, title words
_EB_CATS: dict[str, tuple[int, float, float, str, str]] = {
    "Video Games": (
        139973,
        28,
        0.5,
        "Used:60;New:25;Open box:10;For parts or not working:5",
        "Nintendo Switch Mario Kart 8;PS5 Spider-Man 2;Zelda Tears of the Kingdom;Halo Infinite Xbox;"
        "Pokemon Scarlet;Elden Ring PS4",
    ),
    "Cell Phones & Smartphones": (
        9355,
        240,
        0.6,
        "Used:55;Open box:15;New:10;For parts or not working:20",
        "Apple iPhone 12 64GB Unlocked;Samsung Galaxy S21 128GB;Google Pixel 6 Pro;"
        "iPhone XR 64GB Black;Motorola Moto G Power",
    ),
    "Athletic Shoes": (
        15709,
        85,
        0.5,
        "Pre-owned:50;New with tags:35;New:15",
        "Nike Air Max 90 Size 10;Adidas Ultraboost 22 Men's 9.5;New Balance 550 White;"
        "Jordan 1 Mid Size 11;Hoka Clifton 8",
    ),
    "Digital Cameras": (
        31388,
        310,
        0.6,
        "Used:70;Open box:10;For parts or not working:20",
        "Canon EOS Rebel T6 Body;Sony a6000 with 16-50mm;Nikon D3500 Kit;Fujifilm X-T20 Silver",
    ),
    "CCG Individual Cards": (
        183454,
        12,
        1.0,
        "Used:30;New:70",
        "Charizard Holo PSA 8;Pikachu VMAX Rainbow;Blue-Eyes White Dragon 1st Ed;Black Lotus Proxy;Umbreon V Alt Art",
    ),
    "Men's Shirts": (
        57990,
        22,
        0.5,
        "Pre-owned:65;New with tags:35",
        "Vintage Nike Swoosh Tee XL;Patagonia Flannel M;Ralph Lauren Polo L;Band Tee Nirvana 90s",
    ),
    "Vintage Computers & Mainframes": (
        162075,
        150,
        0.8,
        "Used:70;For parts or not working:30",
        "Apple IIe Computer;Commodore 64 Boxed;IBM ThinkPad 600E;Compaq Presario",
    ),
}
_EB_CAT_SHARE = (
    "Video Games:24;Cell Phones & Smartphones:12;Athletic Shoes:18;Digital Cameras:6;"
    "CCG Individual Cards:22;Men's Shirts:14;Vintage Computers & Mainframes:4"
)
_EB_COLUMNS = _split(
    "Item number;Title;Variation details;Custom label (SKU);Available quantity;Format;Currency;Start price;"
    "Auction Buy It Now price;Reserve price;Current price;Sold quantity;Watchers;Bids;Start date;End date;"
    "eBay category 1 name;eBay category 1 number;eBay category 2 name;eBay category 2 number;Condition;"
    "Listing site;P:UPC;P:EPN;P:ISBN;P:EAN"
)


def _eb_stamp(t: pd.Timestamp) -> str:
    zone = "PDT" if 3 <= t.month <= 10 else "PST"
    return f"{t:%b-%d-%y %H:%M:%S} {zone}"


def _ebay_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10804)
    rows: list[dict[str, Any]] = []
    items = rng.permutation(155_000_000_000 + np.cumsum(rng.integers(1, 400_000, 1600)))
    for i in range(1600):
        cat = _draw(rng, _EB_CAT_SHARE)
        number, median, sigma, conds, titles = _EB_CATS[cat]
        cond = _draw(rng, conds)
        factor = {"New": 1.3, "New with tags": 1.25, "Open box": 1.1, "Used": 0.9, "Pre-owned": 0.85}.get(cond, 0.45)
        auction = rng.random() < 0.25
        start = round(float(median * factor * rng.lognormal(0, sigma)), 2)
        start = max(0.99, round(start) - 0.01)
        watchers = int(rng.negative_binomial(1, 0.15))
        bids = 0
        current = start
        if auction:
            start = max(0.99, round(start * 0.5) - 0.01)
            bids = int(rng.poisson(0.4 + 0.6 * watchers))
            current = round(start * (1 + 0.09 * bids), 2)
        begin = pd.Timestamp("2024-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 300 * 1440)))
        length = pd.Timedelta(days=7 if auction else 30)
        multi = (not auction) and cat in ("CCG Individual Cards", "Men's Shirts", "Video Games") and rng.random() < 0.3
        stock = int(rng.integers(2, 12)) if multi else 1
        if auction:
            sold = 1 if bids > 0 else 0
        else:
            rate = 0.03 + 0.03 * watchers
            sold = int(min(stock, rng.poisson(rate * stock)))
        left = stock - sold
        sku = f"{cat[:3].upper().replace(' ', '')}-{int(rng.integers(100, 999))}" if rng.random() < 0.7 else None
        rows.append(
            {
                "Item number": int(items[i]),
                "Title": f"{_one(rng, _split(titles))} {cond if rng.random() < 0.3 else ''}".strip(),
                "Variation details": "Size:10" if multi and cat == "Men's Shirts" and rng.random() < 0.5 else None,
                "Custom label (SKU)": sku,
                "Available quantity": left,
                "Format": "AUCTION" if auction else "FIXED_PRICE",
                "Currency": "USD",
                "Start price": start,
                "Auction Buy It Now price": round(start * 2.2, 2) if auction and rng.random() < 0.2 else None,
                "Reserve price": round(start * 1.8, 2) if auction and rng.random() < 0.1 else None,
                "Current price": current,
                "Sold quantity": sold,
                "Watchers": watchers,
                "Bids": bids,
                "Start date": _eb_stamp(begin),
                "End date": _eb_stamp(begin + length),
                "eBay category 1 name": cat,
                "eBay category 1 number": number,
                "eBay category 2 name": "Collectibles" if rng.random() < 0.04 else None,
                "eBay category 2 number": None,
                "Condition": cond,
                "Listing site": "US",
                "P:UPC": "Does not apply" if rng.random() < 0.5 else None,
                "P:EPN": None,
                "P:ISBN": None,
                "P:EAN": "Does not apply" if rng.random() < 0.2 else None,
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[frame["Auction Buy It Now price"].isna() & (frame["Format"] == "FIXED_PRICE"), "Bids"] = 0
    frame.loc[frame["eBay category 2 name"].notna(), "eBay category 2 number"] = 1
    return frame[_EB_COLUMNS]


def _eb_revenue(d: pd.DataFrame) -> pd.Series:
    return d["Sold quantity"] * d["Current price"]


def _eb_best_category(by_money: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        value = _eb_revenue(d) if by_money else d["Sold quantity"]
        return _top(value.groupby(_text(d["eBay category 1 name"])).sum())

    return pick


def _eb_condition_means(column: str) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: list(d.groupby(_text(d["Condition"]))[column].mean().to_numpy())


_EB_ID = ("Item number", "Title")
_EBAY_QS = [
    Q(
        "how many auctions vs buy it now listings",
        _count(lambda d: [float(x) for x in _text(d["Format"]).value_counts().to_numpy()]),
        (*_EB_ID, "Format"),
    ),
    Q(
        "average price for each condition",
        either(
            _about(_eb_condition_means("Current price"), rel=0.005),
            _about(_eb_condition_means("Start price"), rel=0.005),
        ),
        (*_EB_ID, "Condition", "Current price", "Start price"),
    ),
    Q(
        "how much money have i made in sales total",
        _amount(lambda d: float(_eb_revenue(d).sum()), rel=0.005),
        (*_EB_ID, "Sold quantity", "Current price", "Start price"),
    ),
    Q(
        "which category sells best",
        _lead(either(_named(_eb_best_category(False)), _named(_eb_best_category(True)))),
        (*_EB_ID, "eBay category 1 name", "Sold quantity", "Current price"),
    ),
    Q(
        "do listings with more watchers sell more?",
        _corr(lambda d: d["Watchers"], lambda d: d["Sold quantity"]),
        (*_EB_ID, "Watchers", "Sold quantity"),
    ),
    Q(
        "how many listings have zero watchers",
        _count(lambda d: float((d["Watchers"] == 0).sum())),
        (*_EB_ID, "Watchers"),
    ),
]


# --- 5. Monthly Treasury Statement, receipts by source and outlays by function (mts_table_9) ---------------------

# line: monthly amount in billions at October 2015, yearly growth, seasonal pattern by calendar month
_TS_RECEIPTS: dict[str, tuple[float, float, str]] = {
    "Individual Income Taxes": (
        120,
        0.06,
        "1:1.55;2:0.55;3:0.6;4:2.6;5:0.7;6:1.3;7:0.8;8:0.8;9:1.35;10:0.9;11:0.8;12:1.0",
    ),
    "Corporation Income Taxes": (
        22,
        0.03,
        "1:0.6;2:0.3;3:1.2;4:1.9;5:0.3;6:2.2;7:0.3;8:0.3;9:2.0;10:0.4;11:0.2;12:2.3",
    ),
    "Social Insurance and Retirement Receipts": (
        92,
        0.05,
        "1:1.0;2:0.9;3:0.95;4:1.4;5:0.95;6:1.0;7:0.9;8:0.95;9:1.0;10:0.9;11:0.9;12:1.05",
    ),
    "Excise Taxes": (7.5, 0.02, ""),
    "Estate and Gift Taxes": (1.8, 0.03, "4:2.0"),
    "Customs Duties": (2.9, 0.08, ""),
    "Miscellaneous Receipts": (10, 0.02, ""),
}
_TS_OUTLAYS: dict[str, tuple[float, float, str]] = {
    "National Defense": (50, 0.04, "12:1.1;9:1.1"),
    "International Affairs": (4, 0.04, ""),
    "Health": (42, 0.06, ""),
    "Medicare": (50, 0.06, "10:0.7;12:0.75;3:1.3"),
    "Income Security": (42, 0.03, ""),
    "Social Security": (76, 0.06, ""),
    "Veterans Benefits and Services": (14, 0.08, ""),
    "Education, Training, Employment, and Social Services": (10, 0.04, ""),
    "Transportation": (7.5, 0.04, ""),
    "Net Interest": (20, 0.16, "12:1.6;6:1.5"),
    "Undistributed Offsetting Receipts": (-8, 0.03, "6:2.0;12:2.0"),
    "All Other": (30, 0.03, ""),
}
_TS_COLUMNS = _split(
    "Record Date;Parent ID;Classification ID;Classification Description;Current Month Receipt Outlay Amount;"
    "Current Fiscal Year to Date Receipt Outlay Amount;Prior Fiscal Year to Date Receipt Outlay Amount;Table Number;"
    "Source Line Number;Print Order Number;Line Code Number;Data Type Code;Record Type Code;Sequence Level Number;"
    "Sequence Number Code;Fiscal Year;Fiscal Quarter Number;Calendar Year;Calendar Quarter Number;"
    "Calendar Month Number;Calendar Day Number"
)


def _ts_season(text: str, month: int) -> float:
    table = dict(x.split(":") for x in _split(text)) if text else {}
    return float(table.get(str(month), 1.0))


def _ts_covid(line: str, t: pd.Timestamp) -> float:
    """Pandemic relief and the 2020 tax-day delay."""
    key = (t.year, t.month)
    if line == "Income Security" and key in {
        (2020, 4): 5.5,
        (2020, 5): 2.4,
        (2020, 6): 3.3,
        (2021, 1): 2.2,
        (2021, 3): 4.3,
        (2021, 4): 2.0,
    }:
        return {(2020, 4): 5.5, (2020, 5): 2.4, (2020, 6): 3.3, (2021, 1): 2.2, (2021, 3): 4.3, (2021, 4): 2.0}[key]
    if line == "All Other" and key in {(2020, 4), (2020, 5), (2020, 6), (2020, 7)}:
        return 5.0
    if line in ("Individual Income Taxes", "Corporation Income Taxes") and key == (2020, 4):
        return 0.4
    if line in ("Individual Income Taxes", "Corporation Income Taxes") and key == (2020, 7):
        return 2.6
    return 1.0


def _treasury_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10805)
    months = pd.date_range("2014-10-31", "2024-09-30", freq="ME")
    sections = (("Receipts", "Total Receipts", _TS_RECEIPTS, 1000), ("Outlays", "Total Outlays", _TS_OUTLAYS, 2000))
    amounts: dict[tuple[str, pd.Timestamp], int] = {}
    for _head, total, lines, _base in sections:
        for t in months:
            years = (t - months[12]).days / 365.25
            values = []
            for line, (level, growth, season) in lines.items():
                v = level * (1 + growth) ** years * _ts_season(season, t.month) * _ts_covid(line, t)
                v *= float(rng.normal(1, 0.04))
                dollars = round(v * 1e9)
                amounts[(line, t)] = dollars
                values.append(dollars)
            amounts[(total, t)] = int(sum(values))
    rows: list[dict[str, Any]] = []
    for t in months[12:][::-1]:
        fy = t.year + (t.month >= 10)
        fy_start = pd.Timestamp(fy - 1, 10, 31)
        prior_t = t - pd.DateOffset(years=1) + pd.offsets.MonthEnd(0)
        prior_start = pd.Timestamp(fy - 2, 10, 31)
        order = 0
        for head, total, lines, base in sections:
            order += 1
            common = {
                "Record Date": f"{t:%Y-%m-%d}",
                "Table Number": 9,
                "Record Type Code": "RSG" if head == "Receipts" else "OFG",
                "Fiscal Year": fy,
                "Fiscal Quarter Number": ((t.month - 10) % 12) // 3 + 1,
                "Calendar Year": t.year,
                "Calendar Quarter Number": (t.month - 1) // 3 + 1,
                "Calendar Month Number": t.month,
                "Calendar Day Number": t.day,
            }
            rows.append(
                common
                | {
                    "Parent ID": None,
                    "Classification ID": base,
                    "Classification Description": head,
                    "Current Month Receipt Outlay Amount": "null",
                    "Current Fiscal Year to Date Receipt Outlay Amount": "null",
                    "Prior Fiscal Year to Date Receipt Outlay Amount": "null",
                    "Source Line Number": order,
                    "Print Order Number": order,
                    "Line Code Number": order,
                    "Data Type Code": "S",
                    "Sequence Level Number": 1,
                    "Sequence Number Code": f"{base // 1000}",
                }
            )
            for k, line in enumerate([*lines, total], start=1):
                order += 1
                fytd = sum(amounts[(line, m)] for m in months[(months >= fy_start) & (months <= t)])
                prior = sum(amounts[(line, m)] for m in months[(months >= prior_start) & (months <= prior_t)])
                rows.append(
                    common
                    | {
                        "Parent ID": base,
                        "Classification ID": base + k,
                        "Classification Description": line,
                        "Current Month Receipt Outlay Amount": str(amounts[(line, t)]),
                        "Current Fiscal Year to Date Receipt Outlay Amount": str(fytd),
                        "Prior Fiscal Year to Date Receipt Outlay Amount": str(prior),
                        "Source Line Number": order,
                        "Print Order Number": order,
                        "Line Code Number": order,
                        "Data Type Code": "T" if line == total else "D",
                        "Sequence Level Number": 1 if line == total else 2,
                        "Sequence Number Code": f"{base // 1000}.{k}",
                    }
                )
    return pd.DataFrame(rows)[_TS_COLUMNS]


_TS_NOW = "Current Month Receipt Outlay Amount"


def _ts_line(d: pd.DataFrame, line: str) -> pd.DataFrame:
    rows = d[_text(d["Classification Description"]) == line].copy()
    rows["_amt"] = pd.to_numeric(rows[_TS_NOW], errors="coerce")
    rows["_day"] = pd.to_datetime(rows["Record Date"])
    return rows


def _ts_fy(line: str, fy: int) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        rows = _ts_line(d, line)
        return float(rows.loc[rows["Fiscal Year"] == fy, "_amt"].sum())

    return total


def _ts_gap(d: pd.DataFrame) -> pd.Series:
    """Outlays less receipts by month (positive: a deficit)."""
    out = _ts_line(d, "Total Outlays").set_index("_day")["_amt"]
    into = _ts_line(d, "Total Receipts").set_index("_day")["_amt"]
    return out - into


def _ts_interest_change(d: pd.DataFrame) -> float:
    return _ts_fy("Net Interest", 2024)(d) / _ts_fy("Net Interest", 2016)(d) - 1


_TS_ID = ("Record Date", "Classification Description", "Fiscal Year")
_TREASURY_QS = [
    Q(
        "how much did individual income taxes bring in for fiscal 2023",
        _amount(_ts_fy("Individual Income Taxes", 2023)),
        (*_TS_ID, _TS_NOW, "Current Fiscal Year to Date Receipt Outlay Amount"),
    ),
    Q(
        "which month had the biggest deficit?",
        _lead(_month_year(lambda d: _ts_gap(d).idxmax())),
        (*_TS_ID, _TS_NOW),
    ),
    Q(
        "on average how much does the government pay in net interest each month",
        _amount(lambda d: float(_ts_line(d, "Net Interest")["_amt"].mean()), rel=0.01),
        (*_TS_ID, _TS_NOW),
    ),
    Q(
        "how much did that grow from fy2016 to fy2024",
        either(
            _amount(lambda d: [_ts_fy("Net Interest", 2016)(d), _ts_fy("Net Interest", 2024)(d)], rel=0.01),
            _about(lambda d: 100 * _ts_interest_change(d), rel=0.01),
            _about(lambda d: _ts_interest_change(d) + 1, rel=0.01),
        ),
        (*_TS_ID, _TS_NOW, "Current Fiscal Year to Date Receipt Outlay Amount"),
    ),
    Q(
        "what share of total spending went to social security in fy 2024",
        _share(lambda d: _ts_fy("Social Security", 2024)(d) / _ts_fy("Total Outlays", 2024)(d)),
        (*_TS_ID, _TS_NOW, "Current Fiscal Year to Date Receipt Outlay Amount"),
    ),
    Q(
        "how many months had a surplus",
        _count(lambda d: float((_ts_gap(d) < 0).sum())),
        (*_TS_ID, _TS_NOW),
    ),
]


# --- 6. Austin 311 public service requests --------------------------------------------------------------------------

# description: share (%), median days to close
_AU_TYPES: dict[str, tuple[float, float]] = {
    "Austin Code - Request Code Officer": (14, 12.0),
    "Loose Dog": (11, 0.6),
    "ARR Missed Recycling": (9, 1.5),
    "ARR Missed Garbage": (7, 1.4),
    "Pothole Repair": (7, 4.0),
    "Animal Control - Assistance Request": (6, 0.8),
    "Traffic Signal - Maintenance": (5, 2.0),
    "Street Light Issue- Address": (5, 9.0),
    "Graffiti Abatement": (4, 6.0),
    "Dead Animal Collection": (4, 1.0),
    "Garbage Cart Repair": (4, 5.0),
    "Tree Issue ROW": (3, 10.0),
    "Sidewalk Repair": (3, 20.0),
    "Storm Debris Collection": (2, 15.0),
    "Found Animal Report - Keep": (2, 0.5),
}
_AU_STREETS = _split(
    "S CONGRESS AVE;E RIVERSIDE DR;N LAMAR BLVD;BURNET RD;E 7TH ST;S 1ST ST;W SLAUGHTER LN;MANOR RD;GUADALUPE ST;"
    "E CESAR CHAVEZ ST;RUNDBERG LN;S PLEASANT VALLEY RD;W WILLIAM CANNON DR;AIRPORT BLVD;MOPAC EXPY"
)
_AU_ZIPS = _split("78701;78702;78703;78704;78705;78721;78723;78741;78744;78745;78748;78751;78753;78757;78758")
_AU_COLUMNS = _split(
    "Service Request (SR) Number;SR Description;Method Received;SR Status;Status Change Date;Created Date;"
    "Last Update Date;Close Date;SR Location;Street Number;Street Name;City;Zip Code;County;"
    "State Plane X Coordinate;State Plane Y Coordinate;Latitude Coordinate;Longitude Coordinate;"
    "(Latitude.Longitude);Council District;Map Page;Map Tile"
)


def _au_stamp(t: pd.Timestamp) -> str:
    return f"{t:%m/%d/%Y %I:%M:%S %p}"


def _austin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10806)
    kinds = list(_AU_TYPES)
    weights = [v[0] for v in _AU_TYPES.values()]
    rows: list[dict[str, Any]] = []
    serial = {2021: 10000, 2022: 10000, 2023: 10000}
    for _ in range(4300):
        storm = rng.random() < 0.07
        if storm:
            made = pd.Timestamp("2023-02-01") + pd.Timedelta(days=int(rng.integers(0, 21)))
            kind = str(
                _one(rng, ["Tree Issue ROW", "Storm Debris Collection", "Street Light Issue- Address"], [5, 4, 1])
            )
        else:
            made = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 1095)))
            kind = str(_one(rng, kinds, weights))
        made += pd.Timedelta(seconds=int(rng.integers(6 * 3600, 22 * 3600)))
        serial[made.year] += int(rng.integers(5, 60))
        late = made >= pd.Timestamp("2023-11-01")
        status = _draw(
            rng,
            "Open:6;New:3;Work In Progress:5;Closed:70;Resolved:8;Duplicate (closed):6;Closed -Incomplete Information:2"
            if not late
            else "Open:25;New:15;Work In Progress:20;Closed:35;Resolved:5",
        )
        still = status in ("Open", "New", "Work In Progress")
        close = None if still else made + pd.Timedelta(days=float(_AU_TYPES[kind][1] * rng.lognormal(0, 0.8)))
        update = (close or made) + pd.Timedelta(minutes=int(rng.integers(0, 600)))
        street = str(_one(rng, _AU_STREETS))
        num = int(rng.integers(100, 12000))
        lat, lon = 30.27 + float(rng.normal(0, 0.07)), -97.74 + float(rng.normal(0, 0.07))
        district = int(_draw(rng, "1:11;2:9;3:12;4:13;5:8;6:6;7:10;8:7;9:15;10:6"))
        rows.append(
            {
                "Service Request (SR) Number": f"{made.year % 100}-{serial[made.year]:08d}",
                "SR Description": kind,
                "Method Received": _draw(
                    rng, "Phone:52;Spot311 Interface:20;Mobile Device:12;Web:8;Open311:4;E-Mail:2;Field Request:2"
                ),
                "SR Status": status,
                "Status Change Date": _au_stamp(update),
                "Created Date": _au_stamp(made),
                "Last Update Date": _au_stamp(update),
                "Close Date": _au_stamp(close) if close is not None else None,
                "SR Location": f"{num} {street}, AUSTIN, TX {_one(rng, _AU_ZIPS)}",
                "Street Number": num,
                "Street Name": street,
                "City": "AUSTIN" if rng.random() < 0.93 else None,
                "Zip Code": int(_one(rng, _AU_ZIPS)) if rng.random() < 0.97 else None,
                "County": "TRAVIS" if rng.random() < 0.95 else "WILLIAMSON",
                "State Plane X Coordinate": round(3_115_000 + (lon + 97.74) * 320_000, 3),
                "State Plane Y Coordinate": round(10_070_000 + (lat - 30.27) * 360_000, 3),
                "Latitude Coordinate": round(lat, 9),
                "Longitude Coordinate": round(lon, 9),
                "(Latitude.Longitude)": f"({lat:.9f}, {lon:.9f})",
                "Council District": district if rng.random() < 0.96 else None,
                "Map Page": f"{int(rng.integers(520, 680))}{_one(rng, ['A', 'B', 'C', 'D'])}",
                "Map Tile": f"M{int(rng.integers(20, 30))}",
            }
        )
    frame = pd.DataFrame(rows)
    frame["_t"] = pd.to_datetime(frame["Created Date"], format="%m/%d/%Y %I:%M:%S %p")
    return frame.sort_values("_t", ascending=False, ignore_index=True)[_AU_COLUMNS]


def _au_when(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s).replace("", None), format="%m/%d/%Y %I:%M:%S %p")


def _au_pothole_days(stat: str, whole: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        p = d[_text(d["SR Description"]) == "Pothole Repair"]
        made, close = _au_when(p["Created Date"]), _au_when(p["Close Date"])
        if whole:
            made, close = made.dt.normalize(), close.dt.normalize()
        days = ((close - made).dt.total_seconds() / 86400).dropna()
        return float(days.mean() if stat == "mean" else days.median())

    return value


def _au_top_district(d: pd.DataFrame) -> str:
    district = pd.to_numeric(d["Council District"], errors="coerce").dropna().astype(int)
    return _top(district.value_counts())


def _au_district_named(d: pd.DataFrame) -> str:
    return f"District {_au_top_district(d)}"


def _au_month(d: pd.DataFrame) -> pd.Timestamp:
    months = _au_when(d["Created Date"]).dt.to_period("M").astype(str)
    return pd.Period(_top(months.value_counts())).to_timestamp()


_AU_ID = ("Service Request (SR) Number", "Created Date")
_AUSTIN_QS = [
    Q(
        "what are the 5 most common types of requests",
        _top_named(lambda d: _ranked(_text(d["SR Description"]).value_counts()), 5),
        (*_AU_ID, "SR Description"),
    ),
    Q(
        "how long do pothole repairs take to close on average (days)",
        either(
            *(_about(_au_pothole_days(stat, whole), rel=0.02) for stat in ("mean", "median") for whole in (False, True))
        ),
        (*_AU_ID, "SR Description", "Close Date", "Status Change Date", "SR Status"),
    ),
    Q(
        "which council district has the most requests?",
        _lead(
            either(
                _named(_au_district_named),
                _named(lambda d: f"district {_au_top_district(d)}.0"),
                _named(lambda d: f"district: {_au_top_district(d)}"),
            )
        ),
        (*_AU_ID, "Council District"),
    ),
    Q(
        "what share of requests came in by phone",
        _share(lambda d: float((_text(d["Method Received"]) == "Phone").mean())),
        (*_AU_ID, "Method Received"),
    ),
    Q(
        "how many are still open",
        either(
            _count(lambda d: float((_text(d["Close Date"]) == "").sum())),
            _count(lambda d: float((_text(d["SR Status"]) == "Open").sum())),
        ),
        (*_AU_ID, "SR Status", "Close Date"),
    ),
    Q(
        "which month had the most requests",
        _lead(_month_year(_au_month)),
        (*_AU_ID,),
    ),
]


# --- 7. World Athletics season top list (men's 100 metres, 2023) ---------------------------------------------------

_WA_NATS = (
    "USA:30;JAM:11;NGR:5;GBR:5;JPN:6;RSA:4;CAN:3;FRA:3;ITA:3;BRA:3;CHN:3;GHA:2;BOT:2;TTO:2;GER:3;AUS:2;CIV:1;KEN:1;"
    "ESP:2;POL:2;TUR:1;KSA:1;THA:1;IND:2"
)
_WA_GIVEN = _split(
    "Noah;Fred;Christian;Kishane;Oblique;Zharnel;Ackeem;Letsile;Ferdinand;Marcell;Reece;Abdul Hakim;Akani;"
    "Andre;Aaron;Kenneth;Trayvon;Cravont;Brandon;Emmanuel;Jerome;Yupun;Hiroki;Benjamin;Usheoritse;Kayinsola"
)
_WA_FAMILY = _split(
    "LYLES;KERLEY;COLEMAN;THOMPSON;SEVILLE;HUGHES;BLAKE;TEBOGO;OMANYALA;JACOBS;PRESCOD;SANI BROWN;SIMBINE;"
    "DE GRASSE;BROWN;BEDNAREK;BROMELL;CHARLESTON;CARNES;ENEH;BLAKE;ABEYKOON;YANAGITA;AZAMATI;ITSEKIRI;AJAYI;"
    "MORALES;SMITH;JOHNSON;WILLIAMS;OKAFOR;DUPONT;ROSSI;SANTOS;WANG;MENSAH;NKOSI;SCHMIDT;NOWAK;GARCIA;KUMAR;"
    "TANAKA;CAMPBELL;REID;EVANS;MARTIN;OLADIPO;BAKER;HARRIS;ALI"
)
_WA_VENUES = {
    "USA": "Hayward Field, Eugene, OR (USA);Mike A. Myers Stadium, Austin, TX (USA);"
    "Hodges Stadium, Jacksonville, FL (USA)",
    "JAM": "National Stadium, Kingston (JAM)",
    "JPN": "Yanmar Stadium Nagai, Osaka (JPN)",
    "GBR": "London Stadium, London (GBR)",
    "RSA": "Tuks Stadium, Pretoria (RSA)",
    "": "Stadion Letzigrund, Zürich (SUI);Stade Louis II, Monaco (MON);National Athletics Centre, Budapest (HUN);"
    "Olympic Stadium, Stockholm (SWE);Stadio Olimpico, Roma (ITA)",
}
_WA_MONTHS = "3:5;4:12;5:16;6:28;7:22;8:14;9:3"
_WA_COLUMNS = _split("Rank;Mark;Wind;Competitor;DOB;Nat;Pos;Venue;Date;Result Score")


def _athletics_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10807)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for _ in range(1400):
        nat = _draw(rng, _WA_NATS)
        for attempt in range(400):
            given, family = _one(rng, _WA_GIVEN), _one(rng, _WA_FAMILY)
            name = f"{given} {family}" if attempt < 20 else f"{given} {'ABCDEFGHJKLMNOPRSTW'[attempt % 19]}. {family}"
            if name not in used:
                used.add(name)
                break
        wind = round(float(np.clip(rng.normal(0.7, 0.9), -2.0, 2.0)), 1)
        talent = 9.82 + 0.62 * float(rng.beta(3.2, 1.1)) + (0.02 if nat not in ("USA", "JAM") else 0.0)
        mark = round(talent - 0.055 * wind + float(rng.normal(0, 0.02)), 2)
        month = int(_draw(rng, _WA_MONTHS))
        day = pd.Timestamp(2023, month, int(rng.integers(1, pd.Timestamp(2023, month, 1).days_in_month + 1)))
        born = pd.Timestamp(1985, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 6900)))
        home = nat if nat in _WA_VENUES and rng.random() < 0.7 else ""
        rows.append(
            {
                "Mark": mark,
                "Wind": f"{wind:+.1f}" if rng.random() > 0.04 else None,
                "Competitor": name,
                "DOB": f"{born:%d %b %Y}".upper() if rng.random() > 0.03 else None,
                "Nat": nat,
                "Pos": _draw(rng, "1:30;2:20;3:12;4:6;1h1:8;2h3:6;1sf2:5;3sf1:4;4f1:3;1r2:6"),
                "Venue": str(_one(rng, _split(_WA_VENUES[home]))),
                "Date": f"{day:%d %b %Y}".upper(),
                "Result Score": round(1265 - 480 * (mark - 9.83)),
            }
        )
    frame = pd.DataFrame(rows).sort_values(["Mark", "Result Score"], ascending=[True, False], ignore_index=True)
    frame = frame.sort_values("Mark", kind="stable", ignore_index=True)
    best = frame.index[0]
    if pd.isna(frame.loc[best, "DOB"]):
        frame.loc[best, "DOB"] = "18 JUL 1997"
    frame.insert(0, "Rank", frame["Mark"].rank(method="min").astype(int))
    frame["Mark"] = frame["Mark"].map(lambda x: f"{x:.2f}")
    return frame[_WA_COLUMNS]


def _wa_marks(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Mark"], errors="coerce")


def _wa_age(whole: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        row = d.loc[_wa_marks(d).idxmin()]
        born = pd.to_datetime(str(row["DOB"]), format="%d %b %Y")
        ran = pd.to_datetime(str(row["Date"]), format="%d %b %Y")
        if whole:
            return float(ran.year - born.year - ((ran.month, ran.day) < (born.month, born.day)))
        return (ran - born).days / 365.25

    return value


def _wa_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["Date"], format="%d %b %Y").dt.to_period("M").astype(str)
    return pd.Period(_top(months.value_counts())).to_timestamp()


_WA_ID = ("Rank", "Competitor")
_ATHLETICS_QS = [
    Q(
        "which country has the most guys on this list",
        _lead(_named(lambda d: _top(_text(d["Nat"]).value_counts()))),
        (*_WA_ID, "Nat"),
    ),
    Q(
        "how many ran under 10 seconds?",
        either(_count(lambda d: float((_wa_marks(d) < 10).sum())), _count(lambda d: float((_wa_marks(d) <= 10).sum()))),
        (*_WA_ID, "Mark"),
    ),
    Q(
        "avg time for americans vs jamaicans",
        _within(lambda d: [float(_wa_marks(d)[_text(d["Nat"]) == n].mean()) for n in ("USA", "JAM")], 0.006),
        (*_WA_ID, "Mark", "Nat"),
    ),
    Q(
        "how old was the fastest guy when he ran it",
        either(_count(_wa_age(True)), _about(_wa_age(False), rel=0.01)),
        (*_WA_ID, "Mark", "DOB", "Date"),
    ),
    Q(
        "does wind affect the times",
        _corr(lambda d: pd.to_numeric(d["Wind"], errors="coerce"), _wa_marks),
        (*_WA_ID, "Mark", "Wind"),
    ),
    Q(
        "which month were most of these run in",
        _lead(either(_month(_wa_month), _month_year(_wa_month))),
        (*_WA_ID, "Date"),
    ),
]

HELDOUT108: list[Dataset] = [
    Dataset("tiller_transactions_sheet", _tiller_frame, _TILLER_QS),
    Dataset("spotify_extended_streaming_history", _spotify_frame, _SPOTIFY_QS),
    Dataset("pipedrive_activities_export", _pipedrive_frame, _PIPEDRIVE_QS),
    Dataset("ebay_seller_hub_listings", _ebay_frame, _EBAY_QS),
    Dataset("us_treasury_monthly_statement", _treasury_frame, _TREASURY_QS),
    Dataset("austin_311_requests", _austin_frame, _AUSTIN_QS),
    Dataset("world_athletics_top_lists", _athletics_frame, _ATHLETICS_QS),
]
