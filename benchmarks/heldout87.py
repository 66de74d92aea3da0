"""HELDOUT87: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files people download about themselves or from well-known public sources: an
Amazon "Retail Order History" items export (2018-2023, one row per item, so an order with several items repeats its
Order Date and Order ID) with "03/14/23" Order Date and Shipment Date (Shipment Date blank on the few Cancelled
items), "112-1234567-1234567" Order IDs, Title, upper-case product-group Category codes ("ABIS_BOOK", "KITCHEN", a
few blank), ASIN/ISBN ("B07XJ8C8F5" or a ten-digit ISBN for books), UNSPSC Code, Website "Amazon.com", Condition
"new" / "used - very good", Seller ("Amazon.com" or a third-party store), List Price Per Unit as "$12.99" ("$0.00"
when Amazon did not know it), Purchase Price Per Unit, Quantity, Payment Instrument Type ("Visa - 4417", "Mastercard
- 9023", "Gift Certificate/Card", "Visa - 4417 and Gift Certificate/Card"), Shipping Address Name and city / state /
zip (the zip as "95814-2231"), Order Status Shipped / Cancelled, "UPS(1Z...)" carrier and tracking, Item Subtotal,
Item Subtotal Tax and Item Total as "$24.82" text, and Buyer Name and Currency USD; a Netflix
"NetflixViewingHistory.csv" with only Title and Date, episodes as "Show: Season 4: Episode" (limited series as
"Show: Limited Series: Episode", "The Office (U.S.)" with its brackets), films as their title (some with a colon of
their own, "Glass Onion: A Knives Out Mystery"), dates as "3/14/23" (no leading zeros), newest first, several
household profiles' viewing merged into one file so kids' shows sit beside dramas; a Canvas LMS gradebook export
with Student as "Last, First", ID, SIS User ID, SIS Login ID and Section ("BIOL-1010-001 Fall 2023"), six homeworks,
two quizzes, a midterm and a final exam as "Homework 1 (482101)" style columns (blank when not graded, "EX" when
excused), Current and Final Score per assignment group, overall Current / Unposted Current / Final / Unposted Final
Score and Current / Final Grade (A-F) columns, a padded "Points Possible" row under the header (points under each
assignment, "(read only)" under each score column) and a "Student, Test" row with no SIS ids; a Twitter (X) account
analytics export (tweet_activity_metrics, January-June 2023) with 19-digit Tweet id, Tweet permalink, Tweet text
(replies start with an @handle, link tweets carry "https://t.co/..."), time as "2023-03-14 10:22 +0000", impressions
and engagements written as floats ("1234.0"), engagement rate as a fraction, retweets, replies, likes, user profile
clicks, url clicks, hashtag clicks, detail expands, permalink clicks, app opens / installs, follows, email tweet,
dial phone, media views and media engagements, then every "promoted ..." column holding "-"; FBref's FIFA World Cup
2022 player standard stats (Kaggle player_stats.csv, one row per player who played, about 670 players of 32 teams)
with player, position ("FW", "MF,FW", "GK"), team, age as years-days ("28-189"), FBref club names ("Paris S-G",
"Manchester City"), birth_year, games, games_starts, minutes, minutes_90s, goals (penalties included), assists,
goals_pens, pens_made, pens_att, cards_yellow, cards_red, xg, npxg, xg_assist, shots and shots_on_target; one week
of the MTA's turnstile data (turnstile_230311.txt, 03/04/2023 to 03/10/2023) with C/A ("A002"), UNIT ("R051"), SCP
("02-00-00", repeated across booths), upper-case STATION ("34 ST-PENN STA", two different "86 ST" stations told
apart only by LINENAME), LINENAME ("1237ACENQRSW"), DIVISION IRT / BMT / IND, DATE "03/08/2023", TIME "04:00:00"
every four hours (booths offset by up to three hours, a few extra off-schedule audit readings), DESC REGULAR or
RECOVR AUD, and ENTRIES and EXITS as cumulative counters per turnstile that now and then reset to a small number or
jump by millions, the EXITS header padded with trailing spaces as in the real file; and a Fuelly-style fuel log for
one car (2017-2023, about 320 fill-ups) with Date "03/14/2019", Odometer, Miles since last fill (blank on the first
row), Gallons to three decimals, Price per gallon ("3.459"), Total cost, MPG (blank on partial fills and the first
row; a full fill after partial fills covers all the miles and gallons since the last full one), Partial fill Yes /
No, Station ("Costco" also written "COSTCO", a few blank) and City. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout32 import _weekday
from .heldout37 import _count, _lead, _loose, _named, _share, _split, _text
from .heldout38 import _draw, _month
from .heldout40 import _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(s: pd.Series) -> pd.Series:
    """Dollar amounts written as text ("$1,024.50", blanks) as numbers."""
    return pd.to_numeric(_text(s).str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _picked(ranking: Callable[[pd.DataFrame], pd.Series], aliases: dict[str, tuple[str, ...]] | None = None) -> Check:
    """The top label of a ranking (ties allowed), said beside the answer's superlative."""
    if aliases is None:
        return _lead(_top_named(lambda d: _ranked(ranking(d)), 1))
    return _lead(_named(lambda d: _top(ranking(d)), aliases))


# --- 1. Amazon order history (Amazon "Request My Data" Retail.OrderHistory items export) -------------------------

_AZ_COLUMNS = _split(
    "Order Date;Order ID;Title;Category;ASIN/ISBN;UNSPSC Code;Website;Release Date;Condition;Seller;"
    "List Price Per Unit;Purchase Price Per Unit;Quantity;Payment Instrument Type;Shipment Date;Shipping Address Name;"
    "Shipping Address City;Shipping Address State;Shipping Address Zip;Order Status;Carrier Name & Tracking Number;"
    "Item Subtotal;Item Subtotal Tax;Item Total;Buyer Name;Currency"
)
# category: weight, typical price, titles
_AZ_CATEGORIES: dict[str, tuple[float, float, str]] = {
    "ABIS_BOOK": (
        17,
        14.0,
        "Atomic Habits;Project Hail Mary;The Midnight Library;Where the Crawdads Sing;Educated: A Memoir;"
        "The Body Keeps the Score;Klara and the Sun;Dune;The Psychology of Money;Lessons in Chemistry",
    ),
    "KITCHEN": (
        13,
        22.0,
        "OXO Good Grips Salad Spinner;Lodge Cast Iron Skillet, 10.25 Inch;Silicone Spatula Set (5 Pack);"
        "Mason Jars 16 oz, 12 Pack;Bamboo Cutting Board Set;Instant Pot Sealing Ring 2-Pack;"
        "Glass Food Storage Containers",
    ),
    "HEALTH_PERSONAL_CARE": (
        12,
        15.0,
        "Nature Made Vitamin D3 2000 IU;Band-Aid Flexible Fabric Bandages;Oral-B Replacement Brush Heads, 8 Count;"
        "Cetaphil Daily Facial Cleanser;Advil Ibuprofen Tablets, 200 Count;Crest 3D White Toothpaste, 3 Pack",
    ),
    "ELECTRONIC_CABLE": (
        9,
        12.0,
        "Anker USB C Cable 6ft (2-Pack);Amazon Basics HDMI Cable 10ft;Apple Lightning to USB Cable (1 m);"
        "USB C to USB C Cable 100W;Cable Management Clips, 16 Pack",
    ),
    "PET_FOOD": (
        9,
        38.0,
        "Purina Pro Plan Adult Dry Dog Food, 35 lb;Blue Buffalo Wilderness Cat Food;Greenies Dental Dog Treats;"
        "Fancy Feast Gravy Lovers Variety Pack",
    ),
    "TOY": (8, 24.0, "LEGO Classic Creative Bricks;Melissa & Doug Wooden Puzzle;UNO Card Game;Play-Doh 10-Pack"),
    "APPAREL": (
        7,
        26.0,
        "Hanes Men's Crew T-Shirts, 6 Pack;Champion Reverse Weave Hoodie;Darn Tough Hiking Socks;Levi's 505 Jeans",
    ),
    "HOME": (
        8,
        30.0,
        "Amazon Basics Microfiber Sheet Set, Queen;Command Picture Hanging Strips;Febreze Air Freshener, 4 Pack;"
        "Blackout Curtains, 2 Panels;Memory Foam Pillow",
    ),
    "GROCERY": (7, 11.0, "Starbucks Pike Place Ground Coffee 28 oz;Kind Bars Variety Pack;Planters Mixed Nuts"),
    "HEADPHONES": (2.5, 45.0, "Apple AirPods (2nd Generation);Sony WH-1000XM4;JBL Tune 510BT"),
    "OFFICE_PRODUCTS": (5, 13.0, "Post-it Notes, 12 Pads;Pilot G2 Pens, 12 Pack;HP 63 Ink Cartridge, Black"),
    "": (2.5, 18.0, "Gift Card Reload;Kindle Unlimited Gift;Amazon Fresh Tip"),
}
_AZ_SELLERS = "Amazon.com:62;Anker Direct:4;HomeGoodsDirect:6;BestDealsUSA:6;Pharmapacks:5;Chewy Outlet:3;Prime Books:4"
_AZ_CARDS = (
    "Visa - 4417:55;Mastercard - 9023:20;Gift Certificate/Card:8;Visa - 4417 and Gift Certificate/Card:6;"
    "American Express - 1005:11"
)
_AZ_YEARS = "2018:10;2019:14;2020:27;2021:20;2022:16;2023:13"
_AZ_PEOPLE = "Jane Doe:80;John Doe:14;Maria Doe:6"


def _az_date(stamp: pd.Timestamp) -> str:
    return f"{stamp:%m/%d/%y}"


def _amazon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8701)
    cats = list(_AZ_CATEGORIES)
    cat_w = [v[0] for v in _AZ_CATEGORIES.values()]
    rows: list[dict[str, Any]] = []
    for _ in range(900):
        year = int(_draw(rng, _AZ_YEARS))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        order = f"{int(rng.integers(111, 115))}-{int(rng.integers(0, 10**7)):07d}-{int(rng.integers(0, 10**7)):07d}"
        card = _draw(rng, _AZ_CARDS)
        person = _draw(rng, _AZ_PEOPLE)
        cancelled = rng.random() < 0.025
        shipped = day + pd.Timedelta(days=int(rng.integers(0, 4)))
        tracking = f"UPS(1Z{int(rng.integers(10**9, 10**10))}W{int(rng.integers(10**5, 10**6))})"
        for _k in range(int(_draw(rng, "1:62;2:24;3:10;4:4"))):
            cat = str(_one(rng, cats, cat_w))
            _w, typical, titles = _AZ_CATEGORIES[cat]
            title = str(_one(rng, _split(titles)))
            price = round(float(typical * rng.lognormal(0, 0.45)), 2) - 0.01
            price = max(price, 1.99)
            listed = round(price * float(rng.uniform(1.0, 1.35)), 2) if rng.random() > 0.18 else 0.0
            qty = int(_draw(rng, "1:85;2:11;3:3;4:1"))
            sub = round(price * qty, 2)
            tax = round(sub * 0.0875, 2) if cat not in ("GROCERY", "ABIS_BOOK", "") else 0.0
            book = cat == "ABIS_BOOK"
            asin = (
                f"{int(rng.integers(10**8, 10**9)):09d}{int(rng.integers(0, 10))}"
                if book
                else "B0" + "".join(str(_one(rng, list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))) for _ in range(8))
            )
            rows.append(
                {
                    "Order Date": _az_date(day),
                    "Order ID": order,
                    "Title": title,
                    "Category": cat or None,
                    "ASIN/ISBN": asin,
                    "UNSPSC Code": int(_one(rng, [55101500, 52151500, 53131600, 43202200, 10121800, 60141000])),
                    "Website": "Amazon.com",
                    "Release Date": None,
                    "Condition": "new" if rng.random() > 0.04 else "used - very good",
                    "Seller": "Amazon.com" if book and rng.random() < 0.7 else _draw(rng, _AZ_SELLERS),
                    "List Price Per Unit": f"${listed:,.2f}",
                    "Purchase Price Per Unit": f"${price:,.2f}",
                    "Quantity": qty,
                    "Payment Instrument Type": card,
                    "Shipment Date": None if cancelled else _az_date(shipped),
                    "Shipping Address Name": person,
                    "Shipping Address City": "SACRAMENTO" if person == "Jane Doe" else "PORTLAND",
                    "Shipping Address State": "CA" if person == "Jane Doe" else "OR",
                    "Shipping Address Zip": "95814-2231" if person == "Jane Doe" else "97201-1412",
                    "Order Status": "Cancelled" if cancelled else "Shipped",
                    "Carrier Name & Tracking Number": None if cancelled else tracking,
                    "Item Subtotal": f"${sub:,.2f}",
                    "Item Subtotal Tax": f"${tax:,.2f}",
                    "Item Total": f"${sub + tax:,.2f}",
                    "Buyer Name": "Jane Doe",
                    "Currency": "USD",
                }
            )
    frame = pd.DataFrame(rows)
    stamps = pd.to_datetime(frame["Order Date"], format="%m/%d/%y")
    return frame.iloc[np.argsort(-stamps.to_numpy().astype("int64"), kind="stable")].reset_index(drop=True)[_AZ_COLUMNS]


def _az_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Order Date"]), format="%m/%d/%y").dt.year


def _az_kept(d: pd.DataFrame, kept: bool) -> pd.DataFrame:
    return d[_text(d["Order Status"]) != "Cancelled"] if kept else d


def _az_spent(kept: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_money(_az_kept(d, kept)["Item Total"]).sum())


def _az_year_spend(kept: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        rows = _az_kept(d, kept)
        return _money(rows["Item Total"]).groupby(_az_year(rows)).sum()

    return ranking


def _az_orders_2022(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        ids = _text(d.loc[_az_year(d) == 2022, "Order ID"])
        return float(ids.nunique() if distinct else len(ids))

    return count


def _az_card_rank(distinct: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        card = _text(d["Payment Instrument Type"])
        if distinct:
            return d.assign(c=card).drop_duplicates("Order ID").groupby("c").size()
        return card.value_counts()

    return ranking


def _az_card_total(mixed: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        card = _text(d["Payment Instrument Type"])
        top = _top(card.value_counts())
        rows = card.str.contains(top, regex=False) if mixed else card == top
        return float(_money(d.loc[rows, "Item Total"]).sum())

    return total


_AZ_ID = ("Order ID", "Order Date")
_AZ_CARD_ALIASES = {"Visa - 4417": ("4417",), "Mastercard - 9023": ("9023",), "American Express - 1005": ("1005",)}
_AMAZON_QS = [
    Q(
        "how much have i spent on amazon in total",
        either(has(_az_spent(False)), has(_az_spent(True))),
        (*_AZ_ID, "Item Total", "Order Status", "Item Subtotal", "Item Subtotal Tax"),
    ),
    Q(
        "which year did i spend the most",
        either(
            _lead(_named(lambda d: str(_top(_az_year_spend(False)(d))))),
            _lead(_named(lambda d: str(_top(_az_year_spend(True)(d))))),
        ),
        (*_AZ_ID, "Item Total", "Order Status"),
    ),
    Q(
        "what kind of stuff do i buy most often",
        either(
            _picked(lambda d: _text(d["Category"]).replace("", np.nan).dropna().value_counts()),
            _picked(lambda d: d.groupby(_text(d["Category"]).replace("", np.nan))["Quantity"].sum()),
        ),
        (*_AZ_ID, "Category", "Quantity"),
    ),
    Q(
        "how many orders in 2022?",
        either(_count(_az_orders_2022(True)), _count(_az_orders_2022(False))),
        (*_AZ_ID,),
    ),
    Q(
        "which card do i pay with the most",
        either(_picked(_az_card_rank(False), _AZ_CARD_ALIASES), _picked(_az_card_rank(True), _AZ_CARD_ALIASES)),
        (*_AZ_ID, "Payment Instrument Type"),
    ),
    Q(
        "how much have i spent with it",
        either(has(_az_card_total(False)), has(_az_card_total(True))),
        (*_AZ_ID, "Payment Instrument Type", "Item Total", "Order Status"),
    ),
]


# --- 2. Netflix viewing history (Netflix account "Download viewing activity", NetflixViewingHistory.csv) ---------

# show: weight (episodes), seasons, episodes per season, profile ("a" adults, "k" kids)
_NF_SHOWS: dict[str, tuple[float, int, int, str]] = {
    "The Office (U.S.)": (420, 9, 24, "a"),
    "Stranger Things": (120, 4, 9, "a"),
    "Peppa Pig": (230, 6, 26, "k"),
    "Bluey": (160, 3, 50, "k"),
    "Breaking Bad": (62, 5, 13, "a"),
    "The Crown": (60, 6, 10, "a"),
    "Wednesday": (16, 1, 8, "a"),
    "Ozark": (44, 4, 10, "a"),
    "Bridgerton": (24, 2, 8, "a"),
    "Cocomelon": (140, 4, 20, "k"),
    "The Great British Baking Show": (70, 10, 10, "a"),
    "Squid Game": (9, 1, 9, "a"),
}
_NF_LIMITED = {"The Queen's Gambit": 7, "Maid": 10, "Unorthodox": 4}
_NF_FILMS = _split(
    "Glass Onion: A Knives Out Mystery;The Irishman;Red Notice;Don't Look Up;Extraction;The Adam Project;Bird Box;"
    "Enola Holmes;Marriage Story;The Gray Man;Spider-Man: Into the Spider-Verse;Roma;Klaus;"
    "The Mitchells vs. the Machines;"
    "Hustle;Leave the World Behind;Rebel Moon - Part One: A Child of Fire;The Sea Beast;Matilda the Musical;Damsel;"
    "Purple Hearts;Murder Mystery 2;We Can Be Heroes;Wine Country;Spiderhead;The Platform;Army of the Dead"
)
_NF_WORDS = _split(
    "The;Night;Return;Secret;Lost;Last;First;Party;Gift;Fire;Storm;Game;Truth;Door;Promise;Visit;Wedding;Hunt;Key;"
    "Dinner;Deal;Trip;Lesson;Surprise;Garden;Letter;Race;Picnic;Storm;Show"
)
_NF_YEARS = "2019:14;2020:26;2021:22;2022:21;2023:17"
_NF_MONTHS = "1:10;2:8;3:9;4:10;5:8;6:7;7:8;8:7;9:7;10:8;11:9;12:11"
_NF_WEEKDAYS = np.array([0.9, 0.85, 0.85, 0.9, 1.15, 1.6, 1.35])


def _nf_episode(rng: np.random.Generator) -> str:
    a, b = _one(rng, _NF_WORDS), _one(rng, _NF_WORDS)
    return f"{a} {b}" if a != "The" else f"The {b}"


def _nf_day(rng: np.random.Generator) -> pd.Timestamp:
    year = int(_draw(rng, _NF_YEARS))
    month = int(_draw(rng, _NF_MONTHS))
    if year == 2020 and rng.random() < 0.25:
        month = 4
    start = pd.Timestamp(year, month, 1)
    days = pd.date_range(start, periods=start.days_in_month)
    w = _NF_WEEKDAYS[days.dayofweek]
    return days[int(rng.choice(len(days), p=w / w.sum()))]


def _netflix_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8702)
    rows: list[tuple[pd.Timestamp, str]] = []
    shows = list(_NF_SHOWS)
    show_w = [v[0] for v in _NF_SHOWS.values()]
    for _ in range(2500):
        kind = rng.random()
        day = _nf_day(rng)
        if kind < 0.86:
            show = str(_one(rng, shows, show_w))
            _w, seasons, _per, _p = _NF_SHOWS[show]
            if show == "Stranger Things":
                season = 4 if day.year >= 2022 else int(rng.integers(1, 4))
                ep = int(rng.integers(1, 10 if season == 4 else 9))
                title = f"{show}: Season {season}: Chapter {_NF_NUM[ep]}"
            elif show == "Wednesday":
                day = pd.Timestamp(2022, 11, 23) + pd.Timedelta(days=int(rng.integers(0, 400)))
                title = f"{show}: Season 1: {_nf_episode(rng)}"
            else:
                title = f"{show}: Season {int(rng.integers(1, seasons + 1))}: {_nf_episode(rng)}"
            if show == "Peppa Pig":
                title = title.replace(": Season", ": Series")
        elif kind < 0.9:
            show = str(_one(rng, list(_NF_LIMITED)))
            title = f"{show}: Limited Series: Episode {int(rng.integers(1, _NF_LIMITED[show] + 1))}"
        else:
            title = str(_one(rng, _NF_FILMS))
        rows.append((min(day, pd.Timestamp(2023, 12, 31)), title))
    frame = pd.DataFrame(rows, columns=["stamp", "Title"]).sort_values("stamp", ascending=False, kind="stable")
    frame["Date"] = [f"{t.month}/{t.day}/{t:%y}" for t in frame["stamp"]]
    return frame[["Title", "Date"]].reset_index(drop=True)


_NF_NUM = {
    1: "One",
    2: "Two",
    3: "Three",
    4: "Four",
    5: "Five",
    6: "Six",
    7: "Seven",
    8: "Eight",
    9: "Nine",
}


def _nf_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%m/%d/%y")


def _nf_count_2022(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        titles = _text(d.loc[_nf_dates(d).dt.year == 2022, "Title"])
        return float(titles.nunique() if distinct else len(titles))

    return count


def _nf_shows(d: pd.DataFrame) -> pd.Series:
    """Episodes per show: the text before the first colon of every title that names a season, series or part."""
    title = _text(d["Title"])
    episodes = title[title.str.contains(r": (?:Season|Series|Limited Series) ", regex=True)]
    return episodes.str.split(":").str[0].value_counts()


def _nf_month_rank(d: pd.DataFrame) -> pd.Series:
    return _nf_dates(d).dt.to_period("M").astype(str).value_counts()


def _nf_calendar_month(d: pd.DataFrame) -> int:
    return int(_top(_nf_dates(d).dt.month.value_counts()))


def _nf_st(d: pd.DataFrame) -> pd.Series:
    return _text(d["Title"]).str.startswith("Stranger Things:")


_NF_ALIASES = {"The Office (U.S.)": ("The Office",)}
_NETFLIX_QS = [
    Q(
        "how many titles did we watch in 2022",
        either(_count(_nf_count_2022(False)), _count(_nf_count_2022(True))),
        ("Title", "Date"),
    ),
    Q("what show have we watched the most episodes of?", _picked(_nf_shows, _NF_ALIASES), ("Title", "Date")),
    Q(
        "which month did we watch the most netflix",
        either(
            _lead(_month_year(lambda d: pd.Period(_top(_nf_month_rank(d))).to_timestamp())),
            _lead(_month(lambda d: pd.Timestamp(2000, _nf_calendar_month(d), 1))),
        ),
        ("Title", "Date"),
    ),
    Q(
        "what day of the week do we watch the most",
        _lead(_weekday(lambda d: int(_top(_nf_dates(d).dt.dayofweek.value_counts())))),
        ("Title", "Date"),
    ),
    Q(
        "how many stranger things episodes have we watched",
        _count(lambda d: float(_nf_st(d).sum())),
        ("Title", "Date"),
    ),
    Q(
        "and how many of those were in 2022?",
        _count(lambda d: float((_nf_st(d) & (_nf_dates(d).dt.year == 2022)).sum())),
        ("Title", "Date"),
    ),
]


# --- 3. Canvas LMS gradebook export ("Export Entire Gradebook", Grades-BIOL-1010.csv) -------------------------------

_CV_HW = [f"Homework {i} ({482100 + i})" for i in range(1, 7)]
_CV_QUIZ = ["Quiz 1 (482111)", "Quiz 2 (482112)"]
_CV_MID = "Midterm Exam (482120)"
_CV_FIN = "Final Exam (482121)"
_CV_SECTIONS = {"BIOL-1010-001 Fall 2023": 0.0, "BIOL-1010-002 Fall 2023": -3.0, "BIOL-1010-003 Fall 2023": 2.5}
_CV_FIRST = _split(
    "Emma;Liam;Olivia;Noah;Ava;Ethan;Sophia;Mason;Isabella;Lucas;Mia;Aiden;Harper;Elijah;Amelia;James;Evelyn;Logan;"
    "Abigail;Benjamin;Emily;Jacob;Ella;Michael;Madison;Daniel;Chloe;Henry;Grace;Jackson;Zoe;Sebastian;Lily;Carter;"
    "Aaliyah;Jayden;Priya;Wei;Diego;Fatima;Omar;Hana;Mateo;Camila;Yusuf"
)
_CV_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Gonzalez;Wilson;"
    "Anderson;Thomas;Taylor;Moore;Jackson;Martin;Lee;Perez;Thompson;White;Harris;Sanchez;Clark;Ramirez;Lewis;"
    "Robinson;Walker;Young;Allen;King;Wright;Nguyen;Patel;Kim;Chen;Ali;Khan;Cohen;Rossi"
)
# group: weight, columns, points each
_CV_GROUPS: dict[str, tuple[float, list[str], float]] = {
    "Homework": (0.30, _CV_HW, 10.0),
    "Quizzes": (0.10, _CV_QUIZ, 20.0),
    "Exams": (0.60, [_CV_MID, _CV_FIN], 100.0),
}
# how hard each homework is (mean fraction earned)
_CV_HW_EASE = [0.9, 0.86, 0.84, 0.71, 0.87, 0.82]


def _cv_grade(score: float) -> str:
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "D" if score >= 60 else "F"


def _cv_scores(marks: dict[str, Any]) -> dict[str, Any]:
    """Group and overall scores: Current over graded work only, Final with ungraded work as zero."""
    out: dict[str, Any] = {}
    current_sum = current_w = final_sum = 0.0
    for group, (weight, cols, points) in _CV_GROUPS.items():
        graded = [marks[c] for c in cols if isinstance(marks[c], float)]
        counted = [c for c in cols if marks[c] != "EX"]
        cur = 100 * sum(graded) / (points * len(graded)) if graded else None
        fin = 100 * sum(graded) / (points * len(counted)) if counted else 0.0
        out[f"{group} Current Score"] = None if cur is None else round(cur, 2)
        out[f"{group} Final Score"] = round(fin, 2)
        if cur is not None:
            current_sum += weight * cur
            current_w += weight
        final_sum += weight * fin
    current = round(current_sum / current_w, 2) if current_w else None
    final = round(final_sum, 2)
    out |= {
        "Current Score": current,
        "Unposted Current Score": current,
        "Final Score": final,
        "Unposted Final Score": final,
        "Current Grade": _cv_grade(current) if current is not None else None,
        "Unposted Current Grade": _cv_grade(current) if current is not None else None,
        "Final Grade": _cv_grade(final),
        "Unposted Final Grade": _cv_grade(final),
    }
    return out


def _canvas_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8703)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for _ in range(340):
        while True:
            name = f"{_one(rng, _CV_LAST)}, {_one(rng, _CV_FIRST)}"
            if name not in used:
                used.add(name)
                break
        section = str(_one(rng, list(_CV_SECTIONS)))
        skill = float(np.clip(rng.normal(0.8 + _CV_SECTIONS[section] / 100, 0.11), 0.25, 1.0))
        marks: dict[str, Any] = {}
        for i, col in enumerate(_CV_HW):
            r = rng.random()
            ease = _CV_HW_EASE[i]
            if r < 0.04:
                marks[col] = None
            elif r < 0.06:
                marks[col] = "EX"
            else:
                marks[col] = float(np.clip(round(2 * 10 * rng.normal(ease * skill / 0.8, 0.1)) / 2, 0, 10))
        for col in _CV_QUIZ:
            marks[col] = None if rng.random() < 0.03 else float(np.clip(round(20 * rng.normal(skill, 0.12)), 0, 20))
        marks[_CV_MID] = (
            None if rng.random() < 0.02 else float(np.clip(round(100 * rng.normal(skill - 0.04, 0.1)), 0, 100))
        )
        marks[_CV_FIN] = (
            None if rng.random() < 0.05 else float(np.clip(round(100 * rng.normal(skill - 0.02, 0.1)), 0, 100))
        )
        sid = int(rng.integers(100000, 999999))
        login = name.split(", ")[1][0].lower() + name.split(", ")[0].lower() + str(int(rng.integers(1, 99)))
        rows.append(
            {
                "Student": name,
                "ID": int(rng.integers(20000, 99999)),
                "SIS User ID": f"{sid}",
                "SIS Login ID": login,
                "Section": section,
                **marks,
                **_cv_scores(marks),
            }
        )
    rows.sort(key=lambda r: r["Student"])
    test_marks = {c: None for c in [*_CV_HW, *_CV_QUIZ, _CV_MID, _CV_FIN]}
    test_marks[_CV_HW[0]] = 10.0
    rows.append(
        {
            "Student": "Student, Test",
            "ID": 99999,
            "SIS User ID": None,
            "SIS Login ID": None,
            "Section": next(iter(_CV_SECTIONS)),
            **test_marks,
            **_cv_scores(test_marks),
        }
    )
    frame = pd.DataFrame(rows)
    points: dict[str, Any] = {c: "(read only)" for c in frame.columns}
    points |= {"Student": "    Points Possible", "ID": None, "SIS User ID": None, "SIS Login ID": None, "Section": None}
    for _g, (_w, cols, pts) in _CV_GROUPS.items():
        for c in cols:
            points[c] = pts
    frame = pd.concat([pd.DataFrame([points]), frame], ignore_index=True)
    frame["ID"] = frame["ID"].astype("Int64")
    return frame


def _cv_students(d: pd.DataFrame) -> pd.DataFrame:
    name = _text(d["Student"])
    return d[(name != "Points Possible") & (name != "Student, Test") & (name != "")]


def _cv_num(d: pd.DataFrame, col: str, zero: bool = False) -> pd.Series:
    """An assignment's points; "EX" (excused) as blank, and blanks (not graded) as zero when `zero`."""
    raw = _text(d[col])
    values = pd.to_numeric(raw, errors="coerce")
    return values.fillna(0.0).where(raw != "EX") if zero else values


def _cv_section_means(d: pd.DataFrame) -> pd.Series:
    rows = _cv_students(d)
    return _cv_num(rows, "Final Score").groupby(_text(rows["Section"])).mean()


def _cv_hw_rank(zero: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        rows = _cv_students(d)
        means = pd.Series({c.split(" (")[0]: float(_cv_num(rows, c, zero).mean()) for c in _CV_HW})
        return -means

    return ranking


def _cv_a(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_text(_cv_students(d)[col]) == "A").sum())


_CV_ID = ("Student", "ID", "SIS User ID")
_CANVAS_QS = [
    Q("how many students are in the class", _count(lambda d: float(len(_cv_students(d)))), _CV_ID),
    Q(
        "average final score for each section?",
        _about(_cv_section_means, rel=0.005),
        (*_CV_ID, "Section", "Final Score", "Unposted Final Score"),
    ),
    Q(
        "what was the class average on the midterm",
        either(
            _about(lambda d: float(_cv_num(_cv_students(d), _CV_MID).mean()), rel=0.005),
            _about(lambda d: float(_cv_num(_cv_students(d), _CV_MID, zero=True).mean()), rel=0.005),
        ),
        (*_CV_ID, _CV_MID),
    ),
    Q(
        "how many got an A",
        either(_count(_cv_a("Current Grade")), _count(_cv_a("Final Grade"))),
        (*_CV_ID, "Current Grade", "Final Grade", "Unposted Current Grade", "Unposted Final Grade"),
    ),
    Q(
        "which homework did people do worst on",
        either(_picked(_cv_hw_rank(False)), _picked(_cv_hw_rank(True))),
        (*_CV_ID, *_CV_HW),
    ),
    Q(
        "how many students have no final exam grade",
        _count(lambda d: float(_cv_num(_cv_students(d), _CV_FIN).isna().sum())),
        (*_CV_ID, _CV_FIN),
    ),
]


# --- 4. Twitter / X account analytics (analytics.twitter.com "Export data", tweet_activity_metrics_*.csv) ---------

_TW_METRICS = _split(
    "impressions;engagements;engagement rate;retweets;replies;likes;user profile clicks;url clicks;hashtag clicks;"
    "detail expands;permalink clicks;app opens;app installs;follows;email tweet;dial phone;media views;"
    "media engagements"
)
_TW_COLUMNS = [
    "Tweet id",
    "Tweet permalink",
    "Tweet text",
    "time",
    *_TW_METRICS,
    *(f"promoted {m}" for m in _TW_METRICS),
]
_TW_OPENERS = _split(
    "Just shipped;New post:;Thread on;Quick tip:;Hot take:;Reminder:;Wrote up;Finally finished;Excited to share;"
    "Learned today:;Thinking about;Can't believe;Small win:;PSA:"
)
_TW_TOPICS = _split(
    "pandas groupby tricks;our data pipeline rewrite;why SQL still wins;my favourite VS Code extensions;"
    "testing in production;the new dashboard;remote work habits;learning Rust;cleaning messy CSVs;"
    "A/B testing pitfalls;dbt macros;the conference talk;the side project;time zones in Python;plotting with seaborn"
)
_TW_TAGS = _split("#python;#datascience;#SQL;#100DaysOfCode;#dataviz;#rstats;#analytics")
_TW_TAILS = _split("again;today;(long);for real;!;- notes inside;this week;v2;part 2;finally;lol;thoughts?")
_TW_HANDLES = _split("@jake_vdp;@datachaz;@hadleywickham;@swyx;@kelseyhightower;@b0rk;@randal_olson;@emilyr")


def _twitter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8704)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp(2023, 1, 1)
    month_boost = {1: 1.0, 2: 1.1, 3: 1.6, 4: 1.2, 5: 1.05, 6: 0.9}
    tweet_id = 1609500000000000000
    used: set[str] = set()
    for _ in range(820):
        when = start + pd.Timedelta(minutes=int(rng.integers(0, 181 * 24 * 60)))
        reply = rng.random() < 0.25
        link = not reply and rng.random() < 0.35
        media = not reply and not link and rng.random() < 0.3
        tag = not reply and rng.random() < 0.3
        text = f"{_one(rng, _TW_OPENERS)} {_one(rng, _TW_TOPICS)}"
        if reply:
            text = f"{_one(rng, _TW_HANDLES)} {text.lower()}"
        if tag:
            text += " " + " ".join(rng.choice(_TW_TAGS, size=int(rng.integers(1, 3)), replace=False))
        while text in used:
            text += f" {_one(rng, _TW_TAILS)}"
        used.add(text)
        if link:
            code = "".join(
                str(_one(rng, list("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"))) for _ in range(10)
            )
            text += f" https://t.co/{code}"
        base = 180 if reply else 1300 * (0.75 if link else 1.0) * (1.4 if media else 1.0)
        imp = int(base * month_boost[when.month] * rng.lognormal(0, 0.9)) + 5
        rate = float(np.clip(rng.normal(0.028 if not reply else 0.045, 0.012), 0.002, 0.2))
        like_p = rate * 0.45
        likes = int(rng.binomial(imp, like_p))
        retweets = int(rng.binomial(imp, rate * 0.06))
        replies = int(rng.binomial(imp, rate * 0.05))
        profile = int(rng.binomial(imp, rate * 0.08))
        urls = int(rng.binomial(imp, rate * 0.25)) if link else 0
        tags = int(rng.binomial(imp, 0.002)) if tag else 0
        expands = int(rng.binomial(imp, rate * 0.12))
        permalink = int(rng.binomial(imp, 0.001))
        media_eng = int(rng.binomial(imp, rate * 0.3)) if media else 0
        media_views = int(imp * rng.uniform(0.2, 0.6)) if media else 0
        follows = int(rng.binomial(imp, 0.0004))
        eng = likes + retweets + replies + profile + urls + tags + expands + permalink + media_eng + follows
        tweet_id += int(rng.integers(10**13, 12 * 10**13))
        rows.append(
            {
                "Tweet id": tweet_id,
                "Tweet permalink": f"https://twitter.com/ana_lytics/status/{tweet_id}",
                "Tweet text": text,
                "stamp": when,
                "time": f"{when:%Y-%m-%d %H:%M} +0000",
                "impressions": float(imp),
                "engagements": float(eng),
                "engagement rate": eng / imp,
                "retweets": float(retweets),
                "replies": float(replies),
                "likes": float(likes),
                "user profile clicks": float(profile),
                "url clicks": float(urls),
                "hashtag clicks": float(tags),
                "detail expands": float(expands),
                "permalink clicks": float(permalink),
                "app opens": 0.0,
                "app installs": 0.0,
                "follows": float(follows),
                "email tweet": 0.0,
                "dial phone": 0.0,
                "media views": float(media_views),
                "media engagements": float(media_eng),
                **{f"promoted {m}": "-" for m in _TW_METRICS},
            }
        )
    frame = pd.DataFrame(rows).sort_values("stamp", ascending=False, kind="stable").reset_index(drop=True)
    # ids follow posting order
    frame["Tweet id"] = np.sort(frame["Tweet id"].to_numpy())[::-1]
    frame["Tweet permalink"] = [f"https://twitter.com/ana_lytics/status/{i}" for i in frame["Tweet id"]]
    return frame[_TW_COLUMNS]


def _tw_top(d: pd.DataFrame) -> Any:
    return pd.to_numeric(d["likes"], errors="coerce").idxmax()


def _tw_said_top(answer: str, d: pd.DataFrame) -> str | None:
    row = d.loc[_tw_top(d)]
    text = re.sub(r"\s*https://t\.co/\S+", "", str(row["Tweet text"]))
    if str(row["Tweet id"]) in answer or _loose(text) in _loose(answer):
        return None
    return "missing the most-liked tweet"


def _tw_months(d: pd.DataFrame) -> pd.Series:
    month = pd.to_datetime(_text(d["time"]).str[:16]).dt.month
    return pd.to_numeric(d["impressions"], errors="coerce").groupby(month).sum()


def _tw_link_means(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        link = _text(d["Tweet text"]).str.contains("https://t.co/", regex=False)
        imp = pd.to_numeric(d["impressions"], errors="coerce")
        return [float(getattr(imp[link], how)()), float(getattr(imp[~link], how)())]

    return means


def _tw_rate(d: pd.DataFrame) -> float:
    return float(pd.to_numeric(d["engagement rate"], errors="coerce").mean())


def _tw_pooled(d: pd.DataFrame) -> float:
    return float(pd.to_numeric(d["engagements"]).sum() / pd.to_numeric(d["impressions"]).sum())


_TW_ID = ("Tweet id", "Tweet permalink", "Tweet text", "time")
_TWITTER_QS = [
    Q(
        "whats my average engagement rate",
        either(_share(_tw_rate), _share(_tw_pooled)),
        (*_TW_ID, "engagement rate", "engagements", "impressions"),
    ),
    Q("which tweet got the most likes", _tw_said_top, (*_TW_ID, "likes")),
    Q(
        "how many impressions did it get?",
        has(lambda d: float(d.loc[_tw_top(d), "impressions"])),
        (*_TW_ID, "likes", "impressions"),
    ),
    Q(
        "impressions by month, which month was best",
        _lead(_month(lambda d: pd.Timestamp(2023, int(_top(_tw_months(d))), 1))),
        (*_TW_ID, "impressions"),
    ),
    Q(
        "do tweets with links get more or fewer impressions than ones without?",
        either(_about(_tw_link_means("mean"), rel=0.005), _about(_tw_link_means("median"), rel=0.005)),
        (*_TW_ID, "impressions", "url clicks"),
    ),
    Q(
        "is there a correlation between impressions and likes",
        _corr(lambda d: pd.to_numeric(d["impressions"]), lambda d: pd.to_numeric(d["likes"])),
        (*_TW_ID, "impressions", "likes"),
    ),
]


# --- 5. FIFA World Cup 2022 player stats (FBref via Kaggle "FIFA World Cup 2022 Player Data", player_stats.csv) ---

_WC_COLUMNS = _split(
    "player;position;team;age;club;birth_year;games;games_starts;minutes;minutes_90s;goals;assists;goals_pens;"
    "pens_made;pens_att;cards_yellow;cards_red;xg;npxg;xg_assist;shots;shots_on_target"
)
# team: games played, attack strength
_WC_TEAMS: dict[str, tuple[int, float]] = {
    "Argentina": (7, 1.5),
    "France": (7, 1.6),
    "Croatia": (7, 0.9),
    "Morocco": (7, 0.7),
    "Netherlands": (5, 1.3),
    "England": (5, 1.6),
    "Brazil": (5, 1.4),
    "Portugal": (5, 1.6),
    "Japan": (4, 0.9),
    "Senegal": (4, 0.9),
    "Australia": (4, 0.7),
    "Switzerland": (4, 0.9),
    "Spain": (4, 1.3),
    "United States": (4, 0.8),
    "Poland": (4, 0.6),
    "Korea Republic": (4, 0.8),
    "Germany": (3, 1.4),
    "Ecuador": (3, 0.8),
    "Cameroon": (3, 0.8),
    "Uruguay": (3, 0.5),
    "Tunisia": (3, 0.4),
    "Mexico": (3, 0.4),
    "Belgium": (3, 0.4),
    "Ghana": (3, 0.9),
    "Saudi Arabia": (3, 0.6),
    "IR Iran": (3, 0.7),
    "Costa Rica": (3, 0.5),
    "Denmark": (3, 0.3),
    "Serbia": (3, 0.9),
    "Wales": (3, 0.2),
    "Canada": (3, 0.5),
    "Qatar": (3, 0.2),
}
_WC_CLUBS = _split(
    "Manchester City;Paris S-G;Real Madrid;Barcelona;Bayern Munich;Liverpool;Chelsea;Arsenal;Tottenham;Inter;Milan;"
    "Juventus;Napoli;Atlético Madrid;Dortmund;RB Leipzig;Ajax;PSV Eindhoven;Benfica;Porto;Sporting CP;Sevilla;"
    "Villarreal;Al-Hilal;Al-Sadd;Celtic;Club América;Monterrey;LAFC;Brighton;Newcastle Utd;Aston Villa;West Ham;"
    "Leicester City;Marseille;Monaco;Lyon;Feyenoord;Galatasaray;Fenerbahçe;Eintracht Frankfurt;Wolfsburg;Roma;Lazio"
)
_WC_FIRST = _split(
    "Lucas;Mateo;Ahmed;Joao;Kylian;Harry;Luka;Yassine;Daniel;Kim;Takumi;Sadio;Mohammed;Christian;Diego;Hakim;Ivan;"
    "Marco;Jonas;Ali;Enzo;Julian;Achraf;Bruno;Rafael;Pedro;Jude;Bukayo;Cody;Denzel;Ritsu;Kaoru;Son;Sergej;Gavi;Alvaro;"
    "Thomas;Jamal;Leroy;Andrej;Youssef;Aurelien;Theo;Olivier;Antoine;Randal;Alexis;Moises;Weston;Tyler;Josko"
)
_WC_LAST = _split(
    "Martinez;Silva;Hassan;Costa;Muller;Kane;Modric;Bounou;Rodriguez;Min-jae;Minamino;Diallo;Al-Dawsari;Pulisic;"
    "Alvarez;Ziyech;Perisic;Ramos;Hofmann;Karimi;Fernandez;Mendes;Bellingham;Saka;Gakpo;Dumfries;Doan;Mitoma;"
    "Heung-min;Milinkovic;Morata;Havertz;Musiala;Sane;Kramaric;En-Nesyri;Tchouameni;Hernandez;Giroud;Griezmann;"
    "Kolo Muani;Mac Allister;Caicedo;McKennie;Adams;Gvardiol;Mbeumo;Valencia;Lozano;Kudus;Dest;Frimpong"
)
_WC_POSITIONS = "GK:8;DF:28;MF:25;FW:19;DF,MF:4;MF,FW:8;FW,MF:6;MF,DF:2"


def _worldcup_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8705)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    tournament = pd.Timestamp(2022, 11, 20)
    for team, (matches, attack) in _WC_TEAMS.items():
        for k in range(21 + int(rng.integers(-1, 2))):
            while True:
                name = f"{_one(rng, _WC_FIRST)} {_one(rng, _WC_LAST)}"
                if name not in used:
                    used.add(name)
                    break
            pos = "GK" if k == 0 else _draw(rng, _WC_POSITIONS.replace("GK:8;", ""))
            if k == 1 and rng.random() < 0.4:
                pos = "GK"
            starter = k < 11
            games = matches if starter and rng.random() < 0.7 else int(rng.integers(1, matches + 1))
            starts = min(games, games if starter else int(rng.integers(0, 2)))
            minutes = int(sum(90 if i < starts else int(rng.integers(5, 45)) for i in range(games)))
            minutes += 30 * (matches == 7 and starter) * int(rng.integers(0, 3))
            pace = {"GK": 0.0, "DF": 0.03, "MF": 0.09, "FW": 0.24}[pos.split(",")[0]] * attack
            if "FW" in pos and "," in pos:
                pace *= 0.8
            npxg = round(float(rng.gamma(1.5, pace * minutes / 90 / 1.5)) if pace else 0.0, 1)
            pens_att = int(rng.poisson(0.15 * games)) if pos.startswith("FW") and rng.random() < 0.25 else 0
            pens_made = int(rng.binomial(pens_att, 0.72))
            np_goals = min(int(rng.poisson(npxg * float(rng.uniform(0.7, 1.3)))), 5)
            shots = int(npxg / 0.1 + rng.poisson(0.3 * minutes / 90)) + pens_att if pos != "GK" else 0
            on_target = min(shots, np_goals + pens_made + int(rng.binomial(max(shots - np_goals - pens_made, 0), 0.3)))
            xa = round(float(rng.gamma(1.2, (0.06 if pos != "GK" else 0.001) * attack * minutes / 90 / 1.2)), 1)
            born = tournament - pd.Timedelta(days=int(rng.normal(27.3 * 365.25, 3.8 * 365.25)))
            years = tournament.year - born.year - ((tournament.month, tournament.day) < (born.month, born.day))
            last = pd.Timestamp(born.year + years, born.month, min(born.day, 28))
            rows.append(
                {
                    "player": name,
                    "position": pos,
                    "team": team,
                    "age": f"{years}-{(tournament - last).days:03d}",
                    "club": str(_one(rng, _WC_CLUBS)),
                    "birth_year": born.year,
                    "games": games,
                    "games_starts": starts,
                    "minutes": minutes,
                    "minutes_90s": round(minutes / 90, 1),
                    "goals": np_goals + pens_made,
                    "assists": int(rng.poisson(xa * 1.1)),
                    "goals_pens": np_goals,
                    "pens_made": pens_made,
                    "pens_att": pens_att,
                    "cards_yellow": int(rng.poisson(0.1 * games)),
                    "cards_red": int(rng.random() < 0.004 * games),
                    "xg": round(npxg + 0.76 * pens_att, 1),
                    "npxg": npxg,
                    "xg_assist": xa,
                    "shots": shots,
                    "shots_on_target": on_target,
                }
            )
    # the golden boot: one clear top scorer
    frame = pd.DataFrame(rows)
    star = frame.index[(frame["team"] == "France") & frame["position"].str.startswith("FW")][0]
    frame.loc[star, ["goals", "goals_pens", "pens_made", "pens_att", "xg", "npxg", "shots", "shots_on_target"]] = [
        8,
        6,
        2,
        2,
        5.8,
        4.3,
        29,
        16,
    ]
    frame.loc[star, ["games", "games_starts", "minutes", "assists"]] = [7, 6, 597, 2]
    return frame.sort_values(["team", "player"], ignore_index=True)[_WC_COLUMNS]


def _wc_star(d: pd.DataFrame) -> Any:
    return d["goals"].idxmax()


def _wc_age(fraction: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        parts = _text(d["age"]).str.split("-", expand=True).astype(float)
        return float((parts[0] + parts[1] / 365.25).mean() if fraction else parts[0].mean())

    return mean


_WC_ID = ("player", "team")
_WORLDCUP_QS = [
    Q("who scored the most goals?", _picked(lambda d: d.set_index("player")["goals"]), (*_WC_ID, "goals")),
    Q(
        "how many assists did he have",
        has(lambda d: float(d.loc[_wc_star(d), "assists"])),
        (*_WC_ID, "goals", "assists"),
    ),
    Q("which country scored the most goals", _picked(lambda d: d.groupby("team")["goals"].sum()), (*_WC_ID, "goals")),
    Q(
        "what % of penalties were scored",
        _share(lambda d: float(d["pens_made"].sum() / d["pens_att"].sum())),
        (*_WC_ID, "pens_made", "pens_att"),
    ),
    Q("how many players got sent off", _count(lambda d: float((d["cards_red"] > 0).sum())), (*_WC_ID, "cards_red")),
    Q(
        "average age of the players?",
        either(_about(_wc_age(False), rel=0.003), _about(_wc_age(True), rel=0.003)),
        (*_WC_ID, "age", "birth_year"),
    ),
]


# --- 6. MTA turnstile counts (web.mta.info/developers/turnstile.html, turnstile_230311.txt) -----------------------

_MT_EXITS = "EXITS" + " " * 62
_MT_COLUMNS = ["C/A", "UNIT", "SCP", "STATION", "LINENAME", "DIVISION", "DATE", "TIME", "DESC", "ENTRIES", _MT_EXITS]
# station: linename, division, booths, turnstiles per booth, entries per turnstile per 4 hours, exits per entry
_MT_STATIONS: list[tuple[str, str, str, int, int, float, float]] = [
    ("34 ST-PENN STA", "ACE", "IND", 3, 4, 300, 1.1),
    ("GRD CNTRL-42 ST", "4567S", "IRT", 3, 4, 235, 1.0),
    ("34 ST-HERALD SQ", "BDFMNQRW", "BMT", 2, 4, 265, 0.9),
    ("14 ST-UNION SQ", "LNQR456W", "BMT", 2, 3, 250, 0.85),
    ("TIMES SQ-42 ST", "1237ACENQRSW", "IRT", 2, 4, 250, 0.95),
    ("FULTON ST", "2345ACJZ", "IRT", 2, 3, 190, 1.05),
    ("59 ST COLUMBUS", "ABCD1", "IND", 2, 3, 170, 0.9),
    ("86 ST", "456", "IRT", 2, 3, 180, 0.8),
    ("86 ST", "1", "IRT", 1, 3, 110, 0.8),
    ("125 ST", "ACBD", "IND", 2, 3, 120, 0.75),
    ("JAY ST-METROTEC", "ACF", "IND", 1, 4, 140, 1.0),
    ("FLUSHING-MAIN", "7", "IRT", 2, 4, 190, 0.7),
]
_MT_HOURS = {0: 0.25, 4: 0.35, 8: 1.5, 12: 1.25, 16: 1.7, 20: 0.9}
_MT_DAYS = [0.6, 0.5, 0.95, 1.04, 1.0, 1.1, 0.97]  # Sat 03/04 ... Fri 03/10


def _mta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8706)
    rows: list[dict[str, Any]] = []
    booth_no, unit_no = 2, 11
    first = pd.Timestamp(2023, 3, 4)
    turnstiles: list[tuple[str, str, str, tuple[str, ...], float, float, int]] = []
    for station, lines, division, booths, per, rate, out in _MT_STATIONS:
        unit_no += int(rng.integers(1, 30))
        for _b in range(booths):
            booth_no += int(rng.integers(1, 40))
            letter = str(_one(rng, list("ABHNRJ")))
            offset = int(rng.integers(0, 4))
            for s in range(per):
                scp = f"0{int(_b % 2) + 1}-0{int(s // 4)}-0{s % 4}"
                meta = (f"{letter}{booth_no:03d}", f"R{unit_no:03d}", scp, station, lines, division)
                turnstiles.append((*meta, float(rate * rng.uniform(0.6, 1.4)), out, offset))
    resets = set(rng.choice(len(turnstiles), 4, replace=False).tolist())
    jumps = set(rng.choice(len(turnstiles), 2, replace=False).tolist()) - resets
    for t, (ca, unit, scp, station, lines, division, rate, out, offset) in enumerate(turnstiles):
        entries, exits = int(rng.integers(10**5, 10**8)), int(rng.integers(10**5, 10**8))
        times = [first + pd.Timedelta(hours=offset + 4 * i) for i in range(42)]
        break_at = int(rng.integers(5, 40))
        for i, when in enumerate(times):
            if i > 0:
                day = min(((when - pd.Timedelta(minutes=1)).normalize() - first).days, 6)
                lam = rate * _MT_HOURS[(when.hour - offset) % 24] * _MT_DAYS[day]
                entries += int(rng.poisson(lam))
                exits += int(rng.poisson(lam * out))
            if i == break_at and t in resets:
                entries, exits = int(rng.integers(0, 300)), int(rng.integers(0, 300))
            if i == break_at and t in jumps:
                entries += int(rng.integers(10**6, 10**9))
            audit = rng.random() < 0.03
            rows.append(
                {
                    "C/A": ca,
                    "UNIT": unit,
                    "SCP": scp,
                    "STATION": station,
                    "LINENAME": lines,
                    "DIVISION": division,
                    "DATE": f"{when:%m/%d/%Y}",
                    "TIME": f"{when:%H:%M:%S}",
                    "DESC": "RECOVR AUD" if audit else "REGULAR",
                    "ENTRIES": entries,
                    _MT_EXITS: exits,
                }
            )
    frame = pd.DataFrame(rows)
    frame = frame[(pd.to_datetime(frame["DATE"], format="%m/%d/%Y") < pd.Timestamp(2023, 3, 11))]
    return frame.reset_index(drop=True)[_MT_COLUMNS]


def _mt_diffs(d: pd.DataFrame) -> pd.DataFrame:
    """Entries and exits per reading interval of each turnstile; resets and jumps (negative or over 10,000) dropped.
    `day` is the date the interval ends, `start` the date it starts."""
    f = d.copy()
    f.columns = [c.strip() for c in f.columns]
    f["stamp"] = pd.to_datetime(_text(f["DATE"]) + " " + _text(f["TIME"]), format="%m/%d/%Y %H:%M:%S")
    f = f.sort_values(["C/A", "UNIT", "SCP", "stamp"], kind="stable")
    key = [f["C/A"], f["UNIT"], f["SCP"]]
    for col in ("ENTRIES", "EXITS"):
        step = f[col].groupby(key).diff()
        f[f"d_{col}"] = step.where((step >= 0) & (step <= 10_000))
    f["start"] = f["stamp"].groupby(key).shift()
    return f.dropna(subset=["start"])


def _mt_station(d: pd.DataFrame, col: str = "d_ENTRIES") -> pd.Series:
    f = _mt_diffs(d)
    return f.groupby("STATION")[col].sum()


def _mt_by_day(d: pd.DataFrame, end: bool) -> pd.Series:
    f = _mt_diffs(d)
    day = (f["stamp"] if end else f["start"]).dt.normalize()
    return f.groupby(day)["d_ENTRIES"].sum()


def _mt_wed(end: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_mt_by_day(d, end).get(pd.Timestamp(2023, 3, 8), 0.0))


def _mt_busiest(end: bool) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(pd.Timestamp(_top(_mt_by_day(d, end))).dayofweek)


_MT_ID = ("C/A", "UNIT", "SCP", "DATE", "TIME")
_MTA_QS = [
    Q(
        "which station had the most people coming in this week",
        _picked(_mt_station),
        (*_MT_ID, "STATION", "LINENAME", "ENTRIES"),
    ),
    Q(
        "how many exits there",
        _count(lambda d: float(_mt_station(d, "d_EXITS")[_top(_mt_station(d))])),
        (*_MT_ID, "STATION", "LINENAME", "ENTRIES", _MT_EXITS),
    ),
    Q(
        "total entries across all stations on wednesday 3/8",
        either(_count(_mt_wed(True)), _count(_mt_wed(False))),
        (*_MT_ID, "ENTRIES"),
    ),
    Q(
        "which day was busiest",
        either(_lead(_weekday(_mt_busiest(True))), _lead(_weekday(_mt_busiest(False)))),
        (*_MT_ID, "ENTRIES"),
    ),
    Q(
        "how many turnstiles are in the data?",
        _count(lambda d: float(d[["C/A", "UNIT", "SCP"]].drop_duplicates().shape[0])),
        ("C/A", "UNIT", "SCP", "STATION"),
    ),
    Q(
        "how many rows are recovr aud",
        _count(lambda d: float((_text(d["DESC"]) == "RECOVR AUD").sum())),
        (*_MT_ID, "DESC"),
    ),
]


# --- 7. Fuel log (Fuelly "Export fuel-ups" CSV for one car) --------------------------------------------------------

_FU_COLUMNS = _split(
    "Date;Odometer;Miles since last fill;Gallons;Price per gallon;Total cost;MPG;Partial fill;Station;City"
)
_FU_PRICES = {2017: 2.62, 2018: 2.95, 2019: 2.88, 2020: 2.45, 2021: 3.32, 2022: 4.55, 2023: 4.02}
_FU_STATIONS = "Costco:34;COSTCO:3;Chevron:17;Shell:14;Arco:13;76:8;Valero:7;Safeway:4;:2"
_FU_CITIES = "Sacramento:62;Davis:14;Roseville:12;Elk Grove:6;Reno:3;Lake Tahoe:3"
_FU_DISCOUNT = {"costco": -0.32, "arco": -0.22, "chevron": 0.12, "shell": 0.15, "76": 0.1, "valero": -0.05}


def _fuel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8707)
    rows: list[dict[str, Any]] = []
    day = pd.Timestamp(2017, 1, 6)
    odometer = 41_250
    tank = 13.2
    since_full_miles = since_full_gal = 0.0
    first = True
    while day < pd.Timestamp(2024, 1, 1):
        partial = not first and rng.random() < 0.08
        miles = int(rng.normal(300, 45) * (0.55 if partial else 1.0))
        winter = day.month in (11, 12, 1, 2)
        mpg_true = float(rng.normal(29.5 - (2.0 if winter else 0.0), 1.2))
        gallons = round(miles / mpg_true, 3) if not first else round(float(rng.uniform(9, 12)), 3)
        gallons = min(gallons, tank)
        station = _draw(rng, _FU_STATIONS)
        price = _FU_PRICES[day.year] + _FU_DISCOUNT.get(station.lower(), 0.0) + float(rng.normal(0, 0.12))
        price = round(np.floor(price * 100) / 100 + 0.009, 3)
        odometer += 0 if first else miles
        since_full_miles += miles
        since_full_gal += gallons
        mpg = None
        if not first and not partial:
            mpg = round(since_full_miles / since_full_gal, 2)
        if not partial:
            since_full_miles = since_full_gal = 0.0
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Odometer": odometer,
                "Miles since last fill": None if first else miles,
                "Gallons": gallons,
                "Price per gallon": price,
                "Total cost": round(gallons * price, 2),
                "MPG": mpg,
                "Partial fill": "Yes" if partial else "No",
                "Station": station or None,
                "City": _draw(rng, _FU_CITIES),
            }
        )
        first = False
        day += pd.Timedelta(days=int(rng.integers(4, 10)) if partial else int(rng.integers(6, 11)))
    return pd.DataFrame(rows)[_FU_COLUMNS]


def _fu_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%m/%d/%Y").dt.year


def _fu_station(d: pd.DataFrame) -> pd.Series:
    return _text(d["Station"]).str.lower()


def _fu_top(d: pd.DataFrame) -> str:
    s = _fu_station(d)
    return _top(s[s != ""].value_counts())


def _fu_price_there(d: pd.DataFrame) -> float:
    return float(d.loc[_fu_station(d) == _fu_top(d), "Price per gallon"].mean())


def _fu_price_else(d: pd.DataFrame) -> float:
    return float(d.loc[_fu_station(d) != _fu_top(d), "Price per gallon"].mean())


def _fu_price_else_named(d: pd.DataFrame) -> float:
    s = _fu_station(d)
    return float(d.loc[(s != _fu_top(d)) & (s != ""), "Price per gallon"].mean())


def _fu_year_prices(weighted: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        if weighted:
            return d["Total cost"].groupby(_fu_year(d)).sum() / d["Gallons"].groupby(_fu_year(d)).sum()
        return d["Price per gallon"].groupby(_fu_year(d)).mean()

    return ranking


def _fu_miles_per_gallon(d: pd.DataFrame) -> float:
    rest = d.iloc[1:]
    return float(rest["Miles since last fill"].sum() / rest["Gallons"].sum())


_FU_ID = ("Date", "Odometer")
_FUEL_QS = [
    Q(
        "what's my average mpg",
        either(_about(lambda d: float(d["MPG"].mean()), rel=0.005), _about(_fu_miles_per_gallon, rel=0.005)),
        (*_FU_ID, "MPG", "Miles since last fill", "Gallons", "Partial fill"),
    ),
    Q(
        "how much did i spend on gas in 2022",
        has(lambda d: float(d.loc[_fu_year(d) == 2022, "Total cost"].sum())),
        (*_FU_ID, "Total cost"),
    ),
    Q(
        "which year was gas most expensive",
        either(
            _lead(_named(lambda d: str(_top(_fu_year_prices(False)(d))))),
            _lead(_named(lambda d: str(_top(_fu_year_prices(True)(d))))),
        ),
        (*_FU_ID, "Price per gallon", "Total cost", "Gallons"),
    ),
    Q("where do i fill up most often", _lead(_named(_fu_top)), (*_FU_ID, "Station")),
    Q(
        "is it cheaper there than at the other stations",
        both(
            _about(_fu_price_there, rel=0.002),
            either(
                _about(_fu_price_else, rel=0.002),
                _about(_fu_price_else_named, rel=0.002),
                _about(lambda d: float(d["Price per gallon"].mean()), rel=0.002),
            ),
        ),
        (*_FU_ID, "Station", "Price per gallon"),
    ),
    Q(
        "how many times did i only partly fill the tank",
        _count(lambda d: float((_text(d["Partial fill"]) == "Yes").sum())),
        (*_FU_ID, "Partial fill"),
    ),
]

HELDOUT87: list[Dataset] = [
    Dataset("amazon_order_history", _amazon_frame, _AMAZON_QS),
    Dataset("netflix_viewing_history", _netflix_frame, _NETFLIX_QS),
    Dataset("canvas_gradebook", _canvas_frame, _CANVAS_QS),
    Dataset("twitter_tweet_activity", _twitter_frame, _TWITTER_QS),
    Dataset("world_cup_2022_players", _worldcup_frame, _WORLDCUP_QS),
    Dataset("mta_turnstiles_week", _mta_frame, _MTA_QS),
    Dataset("fuelly_fuel_log", _fuel_frame, _FUEL_QS),
]
