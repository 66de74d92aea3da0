"""HELDOUT86: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files people download from services they use: a Goodreads library export
(goodreads_library_export.csv, 640 books) with Book Id, Title with its series in brackets ("The Final Empire
(Mistborn, #1)"), Author, Author l-f ("Sanderson, Brandon"), Additional Authors (mostly blank), ISBN and ISBN13 written
as Excel formulas ('="0316769487"', '=""' for Kindle editions), My Rating 0-5 (0 = not rated, so every to-read book is
0), Average Rating, Publisher, Binding ("Paperback", "Kindle Edition", "Audible Audio"), Number of Pages (a few blank),
Year Published and Original Publication Year (some blank), Date Read "2023/03/14" (blank for unread books and for some
read ones), Date Added, Bookshelves ("to-read", "currently-reading", custom shelves such as "fantasy, favorites"),
Bookshelves with positions ("to-read (#12)"), Exclusive Shelf read / to-read / currently-reading, My Review (mostly
blank), Spoiler and Private Notes (blank), Read Count and Owned Copies; a UK current-account statement for 2023
(newest first) with Date "14/03/2023", upper-case Description with store numbers and towns ("TESCO STORES 3297
LONDON", "AMAZON.CO.UK*2K4JD83 AMAZON.CO.UK"), Type DEB / CR / DD / SO / FPI / FPO, Money Out and Money In written
"£23.45" with one of the two blank, and the running Balance "£1843.20"; a Google Ads campaign report by day (January
to March 2023) with the "Campaign report" title line above the header (so the frame's header is that title and
"Unnamed: 1" ..., and every column reads as text), Campaign, Campaign status Enabled / Paused (the current status, on
every row), Day "2023-03-14", Currency code GBP, daily Budget, Clicks, Impr. with thousands commas ("1,234"), CTR
"3.25%", Avg. CPC, Cost, Conversions with two decimals (fractional for data-driven campaigns), Cost / conv. ("0.00"
when nothing converted), Conv. rate "4.12%", and a "Total: Account" row at the bottom with "--" in the text columns;
a HubSpot deals export (1,400 deals created 2022-2023) with Record ID, Deal Name "Company - Product", Deal Stage from
the default pipeline (Appointment Scheduled, Qualified to Buy, Presentation Scheduled, Decision Maker Bought-In,
Contract Sent, Closed Won, Closed Lost), Pipeline "Sales Pipeline" / "Renewals Pipeline", Amount (blank for some
early deals), Close Date "2023-03-14", Create Date and Last Activity Date "2023-01-05 14:32" (the latter sometimes
blank), Deal owner, Deal Type newbusiness / existingbusiness (a few blank), Associated Company (a few blank) and
Forecast Probability as a fraction of the stage; a YouTube Studio "Table data.csv" content export (one row per video,
2019-2024) with the "Total" row first (blank title, publish time and duration), Content as the 11-character video id,
Video title, Video publish time "Mar 14, 2023", Duration in seconds, Views, Watch time (hours) to four decimals,
Subscribers (a few negative), Impressions, Impressions click-through rate (%) (blank where a video had no
impressions) and Average view duration "0:03:25"; a MyFitnessPal nutrition export for 2023 (one row per logged meal,
days missing, not every day has snacks) with Date "2023-03-14", Meal Breakfast / Lunch / Dinner / Snacks, Calories,
Fat (g), Saturated Fat, Polyunsaturated Fat, Monounsaturated Fat, Trans Fat, Cholesterol, Sodium (mg), Potassium,
Carbohydrates (g), Fiber, Sugar, Protein (g), Vitamin A, Vitamin C, Calcium and Iron (percent of daily value) and
a mostly blank Note; and the Tokyo 2020 Olympics medal table (93 teams, Kaggle's Medals file) with Rank (by golds,
ties sharing a rank), Team/NOC as the IOC writes it ("People's Republic of China", "ROC", "Republic of Korea",
"Islamic Republic of Iran", "Hong Kong, China"), Gold, Silver, Bronze, Total, Rank by Total and NOCCode. All are
generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _month_of
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _amount(s: pd.Series) -> pd.Series:
    """Numbers written as text ("£23.45", "1,234", "3.25%", "--"), blanks and anything else unreadable as NaN."""
    cleaned = _text(s).str.replace(r"[£$,%\s]", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce")


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or in thousands / millions ("£12.3k", "1.2 million")."""
    return _scaled(value, (1e3, 1e6))


# --- 1. Goodreads library export (goodreads_library_export.csv) ----------------------------------------------------

_GR_COLUMNS = _split(
    "Book Id;Title;Author;Author l-f;Additional Authors;ISBN;ISBN13;My Rating;Average Rating;Publisher;Binding;"
    "Number of Pages;Year Published;Original Publication Year;Date Read;Date Added;Bookshelves;"
    "Bookshelves with positions;Exclusive Shelf;My Review;Spoiler;Private Notes;Read Count;Owned Copies"
)
# author: weight, series name ("" for stand-alone books), typical pages, genre shelf
_GR_AUTHORS: dict[str, tuple[float, str, int, str]] = {
    "Brandon Sanderson": (30, "Mistborn;The Stormlight Archive;Skyward", 640, "fantasy"),
    "Agatha Christie": (18, "Hercule Poirot;Miss Marple", 250, "mystery"),
    "Stephen King": (16, ";The Dark Tower", 520, "horror"),
    "Terry Pratchett": (15, "Discworld", 320, "fantasy"),
    "Sally Rooney": (6, "", 280, "literary-fiction"),
    "Kazuo Ishiguro": (6, "", 300, "literary-fiction"),
    "Neil Gaiman": (9, ";The Sandman", 340, "fantasy"),
    "Ursula K. Le Guin": (8, "Earthsea;Hainish Cycle", 260, "sci-fi"),
    "Taylor Jenkins Reid": (6, "", 360, "contemporary"),
    "Andy Weir": (4, "", 380, "sci-fi"),
    "Madeline Miller": (3, "", 400, "fantasy"),
    "Colleen Hoover": (7, ";It Ends with Us", 340, "romance"),
    "Emily Henry": (5, "", 370, "romance"),
    "Yuval Noah Harari": (4, "", 450, "non-fiction"),
    "Malcolm Gladwell": (5, "", 300, "non-fiction"),
    "Michelle Obama": (1, "", 430, "memoir"),
    "Tara Westover": (1, "", 350, "memoir"),
    "George Orwell": (4, "", 310, "classics"),
    "Jane Austen": (6, "", 380, "classics"),
    "Haruki Murakami": (8, "", 480, "literary-fiction"),
    "N.K. Jemisin": (6, "The Broken Earth;The Inheritance Trilogy", 430, "fantasy"),
    "Becky Chambers": (5, "Wayfarers;Monk & Robot", 340, "sci-fi"),
    "Liu Cixin": (3, "Remembrance of Earth's Past", 460, "sci-fi"),
    "Ann Leckie": (3, "Imperial Radch", 400, "sci-fi"),
    "Tana French": (6, "Dublin Murder Squad", 470, "mystery"),
    "Richard Osman": (4, "Thursday Murder Club", 380, "mystery"),
    "Rebecca Yarros": (2, "The Empyrean", 520, "romance"),
    "James Clear": (1, "", 320, "non-fiction"),
    "Donna Tartt": (3, "", 620, "literary-fiction"),
    "Mary Beard": (2, "", 540, "history"),
}
_GR_WORDS = _split(
    "Night;Empire;River;Garden;Silence;Glass;Stone;Fire;Winter;Ash;Crown;Storm;Shadow;Light;Salt;Iron;Memory;"
    "Sea;Orchard;Lantern;House;Island;Mirror;Wolf;Harbor;Thief;Clock;Bone;Library;Tower;Rain;Dust;Summer;Forest"
)
_GR_ADJ = _split(
    "Silent;Last;Hidden;Burning;Broken;Lost;Secret;Quiet;Bright;Final;Wild;Long;Cold;Golden;Little;Other;Hollow"
)
_GR_PUBLISHERS = _split(
    "Tor Books;Penguin Books;Vintage;HarperCollins;Orbit;Bloomsbury;Doubleday;Scribner;Gollancz;Faber & Faber;"
    "Random House;Del Rey;Atria Books;Crown;Picador;Ace"
)
_GR_BINDINGS = "Paperback:38;Hardcover:22;Kindle Edition:24;Mass Market Paperback:7;ebook:4;Audible Audio:5"


def _gr_title(rng: np.random.Generator) -> str:
    form = int(rng.integers(0, 4))
    a, b = str(_one(rng, _GR_WORDS)), str(_one(rng, _GR_WORDS))
    adj = str(_one(rng, _GR_ADJ))
    return [f"The {adj} {a}", f"The {a} of {b}", f"{a} and {b}", f"A {adj} {a}"][form]


def _gr_isbn(rng: np.random.Generator) -> tuple[str, str]:
    body = "".join(str(int(x)) for x in rng.integers(0, 10, 9))
    return f'="{body}{int(rng.integers(0, 10))}"', f'="978{body}{int(rng.integers(0, 10))}"'


def _goodreads_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8601)
    authors = list(_GR_AUTHORS)
    weights = [v[0] for v in _GR_AUTHORS.values()]
    shelves = _deal(rng, "read:385;to-read:248;currently-reading:7", 640)
    used: set[str] = set()
    series_next: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    to_read_pos = 0
    for i, shelf in enumerate(shelves):
        author = str(_one(rng, authors, weights))
        _w, series_list, pages, genre = _GR_AUTHORS[author]
        title = _unique(rng, _gr_title, used)
        series = str(_one(rng, _split(series_list)))
        if series:
            series_next[series] = series_next.get(series, 0) + 1
            title = f"{title} ({series}, #{(series_next[series] - 1) % 14 + 1})"
        first, last = author.rsplit(" ", 1)
        added = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 3400)))
        read_on = None
        rating = 0
        avg = float(np.clip(rng.normal(3.95, 0.22), 3.1, 4.7))
        if shelf == "read":
            lag = int(rng.gamma(1.5, 120))
            day = added + pd.Timedelta(days=lag)
            if day > pd.Timestamp("2024-06-30"):
                day = pd.Timestamp("2024-06-30") - pd.Timedelta(days=int(rng.integers(0, 60)))
            if rng.random() < 0.12:
                day = None
            read_on = day
            if rng.random() < 0.9:
                rating = int(np.clip(round(avg + rng.normal(0.1, 0.8)), 1, 5))
        binding = _draw(rng, _GR_BINDINGS)
        isbn, isbn13 = _gr_isbn(rng)
        if binding in ("Kindle Edition", "Audible Audio", "ebook") and rng.random() < 0.7:
            isbn, isbn13 = '=""', '=""'
        n_pages = int(np.clip(rng.normal(pages, pages * 0.25), 70, 1400))
        year = int(np.clip(rng.normal(2012, 8), 1960, 2024))
        original = year - int(rng.gamma(0.6, 12)) if rng.random() < 0.9 else None
        if author in ("Jane Austen", "George Orwell"):
            original = int(_one(rng, [1811, 1813, 1815, 1817, 1945, 1949, 1934, 1938]))
        if shelf == "to-read":
            to_read_pos += 1
            bookshelves, positions = "to-read", f"to-read (#{to_read_pos})"
        elif shelf == "currently-reading":
            bookshelves, positions = "currently-reading", f"currently-reading (#{i % 7 + 1})"
        elif rng.random() < 0.35:
            extra = genre if rng.random() < 0.7 else f"{genre}, favorites"
            bookshelves = extra
            positions = ", ".join(f"{s} (#{int(rng.integers(1, 90))})" for s in extra.split(", "))
        else:
            bookshelves, positions = "", ""
        rows.append(
            {
                "Book Id": int(rng.integers(1_000, 60_000_000)),
                "Title": title,
                "Author": author,
                "Author l-f": f"{last}, {first}",
                "Additional Authors": None if rng.random() < 0.93 else str(_one(rng, authors)),
                "ISBN": isbn,
                "ISBN13": isbn13,
                "My Rating": rating,
                "Average Rating": round(avg, 2),
                "Publisher": None if rng.random() < 0.04 else str(_one(rng, _GR_PUBLISHERS)),
                "Binding": binding,
                "Number of Pages": None if rng.random() < 0.05 else n_pages,
                "Year Published": None if rng.random() < 0.03 else year,
                "Original Publication Year": original,
                "Date Read": None if read_on is None else f"{read_on:%Y/%m/%d}",
                "Date Added": f"{added:%Y/%m/%d}",
                "Bookshelves": bookshelves or None,
                "Bookshelves with positions": positions or None,
                "Exclusive Shelf": shelf,
                "My Review": "Loved it." if rating == 5 and rng.random() < 0.1 else None,
                "Spoiler": None,
                "Private Notes": None,
                "Read Count": (2 if rng.random() < 0.06 else 1) if shelf == "read" else int(rng.random() < 0.02),
                "Owned Copies": int(rng.random() < 0.15),
            }
        )
    frame = pd.DataFrame(rows)
    for c in ("Number of Pages", "Year Published", "Original Publication Year"):
        frame[c] = frame[c].astype("Int64")
    # newest added first, as the export lists them
    frame = frame.iloc[np.argsort(-pd.to_datetime(frame["Date Added"]).to_numpy().astype("int64"), kind="stable")]
    return frame.reset_index(drop=True)[_GR_COLUMNS]


def _gr_read(d: pd.DataFrame, dated: bool) -> pd.DataFrame:
    """The read books: on the read shelf, or with a read date."""
    return d[_text(d["Date Read"]) != ""] if dated else d[_text(d["Exclusive Shelf"]) == "read"]


def _gr_read_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date Read"]).replace("", None), format="%Y/%m/%d")


def _gr_top_author(dated: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_text(_gr_read(d, dated)["Author"]).value_counts())


def _gr_busiest(d: pd.DataFrame) -> float:
    return float(_top(_gr_read_dates(d).dropna().dt.year.astype(int).astype(str).value_counts()))


def _gr_2023(d: pd.DataFrame) -> pd.DataFrame:
    return d[_gr_read_dates(d).dt.year == 2023]


def _gr_longest(d: pd.DataFrame) -> str:
    books = _gr_2023(d)
    return str(books.loc[books["Number of Pages"].idxmax(), "Title"])


_GR_ID = ("Book Id", "Title")
_GOODREADS_QS = [
    Q(
        "how many books have i read",
        either(_count(lambda d: float(len(_gr_read(d, False)))), _count(lambda d: float(len(_gr_read(d, True))))),
        (*_GR_ID, "Exclusive Shelf", "Date Read", "Read Count", "Bookshelves"),
    ),
    Q(
        "whats my average rating? ignore the ones i didnt rate",
        has(lambda d: float(d.loc[d["My Rating"] > 0, "My Rating"].mean()), rel=0.003),
        (*_GR_ID, "My Rating"),
    ),
    Q(
        "which author have i read the most books by",
        _lead(either(_named(_gr_top_author(False)), _named(_gr_top_author(True)))),
        (*_GR_ID, "Author", "Author l-f", "Exclusive Shelf", "Date Read"),
    ),
    Q(
        "what year did i finish the most books?",
        _lead(_year(_gr_busiest)),
        (*_GR_ID, "Date Read", "Exclusive Shelf"),
    ),
    Q(
        "how many pages did i read in 2023 in total",
        _count(lambda d: float(_gr_2023(d)["Number of Pages"].sum())),
        (*_GR_ID, "Number of Pages", "Date Read", "Exclusive Shelf"),
    ),
    Q(
        "which one of those was the longest?",
        _lead(either(_named(_gr_longest), _named(lambda d: _gr_longest(d).split(" (")[0]))),
        (*_GR_ID, "Number of Pages", "Date Read", "Exclusive Shelf"),
    ),
]


# --- 2. Bank statement (a UK current account's CSV export, 2023) ---------------------------------------------------

_BK_COLUMNS = _split("Date;Description;Type;Money Out;Money In;Balance")
# card merchants: weight, typical spend, descriptions ("|" between shops)
_BK_CARD: dict[str, tuple[float, float, str]] = {
    "tesco": (
        22,
        24.0,
        "TESCO STORES 3297 LONDON|TESCO STORES 3297 LONDON|TESCO STORES 6124 CROYDON|TESCO EXPRESS 2281 LONDON",
    ),
    "sainsburys": (10, 31.0, "SAINSBURYS S/MKTS LONDON|SAINSBURYS LOCAL 0871 LONDON"),
    "pret": (12, 6.8, "PRET A MANGER LONDON|PRET A MANGER 112 LONDON"),
    "costa": (8, 4.2, "COSTA COFFEE 43012 LONDON|COSTA COFFEE 18876 CROYDON"),
    "tfl": (20, 7.5, "TFL TRAVEL CH TFL.GOV.UK/CP"),
    "amazon": (9, 21.0, "AMAZON.CO.UK*{code} AMAZON.CO.UK|AMZNMKTPLACE*{code} AMAZON.CO.UK"),
    "boots": (4, 11.0, "BOOTS 1126 LONDON|BOOTS 0457 CROYDON"),
    "deliveroo": (6, 23.0, "DELIVEROO LONDON"),
    "uber": (4, 14.0, "UBER *TRIP HELP.UBER.COM"),
    "shell": (3, 52.0, "SHELL CROYDON|SHELL PURLEY"),
    "pub": (5, 18.0, "THE CROWN AND ANCHOR LONDON|BREWDOG SHOREDITCH LONDON"),
}
_BK_DD = {  # payee: day of month, amount (None: seasonal gas)
    "LB HACKNEY COUNCIL TAX": (5, 152.0),
    "BRITISH GAS": (12, None),
    "THAMES WATER": (18, 39.5),
    "VODAFONE LTD": (21, 32.0),
    "PUREGYM LTD": (3, 24.99),
}


def _bk_gbp(x: float | None) -> str | None:
    if x is None:
        return None
    return f"-£{-x:.2f}" if x < 0 else f"£{x:.2f}"


def _bank_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8602)
    keys = list(_BK_CARD)
    weights = [v[0] for v in _BK_CARD.values()]
    events: list[tuple[pd.Timestamp, str, str, float]] = []  # day, description, type, signed amount
    for day in pd.date_range("2023-01-01", "2023-12-31"):
        m = day.month
        if day.day == 1:
            events.append((day, "J HARRIS RENT", "SO", -1175.0))
        for payee, (dom, amount) in _BK_DD.items():
            if day.day == dom and not (payee.endswith("COUNCIL TAX") and m in (2, 3)):
                if amount is None:
                    amount = round(55 + 60 * (1 + np.cos(2 * np.pi * (m - 1) / 12)) / 2 + float(rng.normal(0, 4)), 2)
                events.append((day, payee, "DD", -amount))
        if day.day == 26:
            events.append((day, "TRANSFER TO SAVINGS", "FPO", -250.0))
        if day.day == 28:
            pay = 2843.17 if m != 12 else 3243.17
            events.append((day, "ACME TRADING LTD SALARY", "FPI", pay))
        if day.day == 15:
            events.append((day, "NETFLIX.COM 866-579-7172", "DEB", -10.99))
        k = int(rng.poisson(1.7 if day.dayofweek < 5 else 2.2))
        for _ in range(k):
            key = str(_one(rng, keys, weights))
            _w, spend, shops = _BK_CARD[key]
            code = "".join(str(_one(rng, list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))) for _ in range(7))
            text = str(_one(rng, shops.split("|"))).format(code=code)
            amount = round(float(spend * rng.lognormal(0, 0.45)), 2)
            events.append((day, text, "DEB", -amount))
        if m == 8 and day.day == 4:
            events.append((day, "BA.COM 1254789632 LONDON", "DEB", -684.40))
            events.append((day, "BOOKING.COM HOTEL AMSTERDAM", "DEB", -512.75))
        if rng.random() < 0.025:
            events.append((day, "AMAZON.CO.UK REFUND AMAZON.CO.UK", "CR", round(float(rng.uniform(8, 45)), 2)))
        if rng.random() < 0.03:
            who = str(_one(rng, ["S PATEL", "M JONES", "A OKAFOR"]))
            events.append((day, f"{who} DINNER", "FPI", round(float(rng.uniform(12, 60)), 2)))
        if rng.random() < 0.02:
            who = str(_one(rng, ["S PATEL", "M JONES", "R CLARKE"]))
            events.append((day, f"{who} TICKETS", "FPO", -round(float(rng.uniform(20, 90)), 2)))
        if day.is_month_end:
            events.append((day, "INTEREST (GROSS)", "CR", round(float(rng.uniform(0.2, 1.5)), 2)))
    balance = 2632.48
    rows: list[dict[str, Any]] = []
    for day, text, kind, amount in events:
        balance = round(balance + amount, 2)
        rows.append(
            {
                "Date": f"{day:%d/%m/%Y}",
                "Description": text,
                "Type": kind,
                "Money Out": _bk_gbp(-amount) if amount < 0 else None,
                "Money In": _bk_gbp(amount) if amount > 0 else None,
                "Balance": _bk_gbp(balance),
            }
        )
    frame = pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)  # newest first
    return frame[_BK_COLUMNS]


def _bk_out(d: pd.DataFrame, savings: bool = True) -> pd.Series:
    out = _amount(d["Money Out"]).fillna(0.0)
    return out if savings else out.where(_text(d["Description"]) != "TRANSFER TO SAVINGS", 0.0)


def _bk_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%d/%m/%Y")


def _bk_month(savings: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        months = _bk_out(d, savings).groupby(_bk_dates(d).dt.to_period("M")).sum()
        return months.idxmax().to_timestamp()

    return peak


def _bk_top_dd(d: pd.DataFrame) -> str:
    dd = _text(d["Type"]) == "DD"
    return _top(_bk_out(d)[dd].groupby(_text(d["Description"])[dd]).sum())


def _bk_low(d: pd.DataFrame) -> Any:
    return _amount(d["Balance"]).idxmin()


_BK_ID = ("Date", "Description")
_BANK_QS = [
    Q(
        "how much did i spend in total",
        either(_money(lambda d: float(_bk_out(d).sum())), _money(lambda d: float(_bk_out(d, False).sum()))),
        (*_BK_ID, "Money Out", "Type"),
    ),
    Q(
        "how much did i spend at tesco?",
        _money(lambda d: float(_bk_out(d)[_text(d["Description"]).str.contains("TESCO")].sum())),
        (*_BK_ID, "Money Out", "Type"),
    ),
    Q(
        "which month did i spend the most",
        _lead(either(_month(_bk_month(True)), _month(_bk_month(False)))),
        (*_BK_ID, "Money Out", "Type"),
    ),
    Q(
        "which DD costs me the most overall?",
        _lead(_named(_bk_top_dd)),
        (*_BK_ID, "Type", "Money Out"),
    ),
    Q(
        "whats the lowest my balance got",
        either(
            has(lambda d: float(_amount(d["Balance"]).min())), has(lambda d: abs(float(_amount(d["Balance"]).min())))
        ),
        (*_BK_ID, "Balance"),
    ),
    Q(
        "and when was that",
        _day(lambda d: _bk_dates(d)[_bk_low(d)]),
        (*_BK_ID, "Balance"),
    ),
]


# --- 3. Google Ads campaign report (by day, with the title line above the header) ---------------------------------

_GA_COLUMNS = _split(
    "Campaign;Campaign status;Day;Currency code;Budget;Clicks;Impr.;CTR;Avg. CPC;Cost;Conversions;Cost / conv.;"
    "Conv. rate"
)
# campaign: status, first day, last day, budget, impressions a day, CTR, CPC, conversion rate, fractional conversions
_GA_CAMPAIGNS: dict[str, tuple[str, str, str, float, float, float, float, float, bool]] = {
    "Brand - UK": ("Enabled", "2023-01-01", "2023-03-31", 40.0, 900, 0.14, 0.32, 0.11, False),
    "Generic - Running Shoes": ("Enabled", "2023-01-01", "2023-03-31", 120.0, 5200, 0.042, 0.78, 0.032, False),
    "Generic - Trail Shoes": ("Enabled", "2023-01-01", "2023-03-31", 60.0, 2600, 0.038, 0.69, 0.028, False),
    "Competitor - Terms": ("Paused", "2023-01-01", "2023-02-14", 50.0, 1900, 0.031, 1.15, 0.021, False),
    "Shopping - All Products": ("Enabled", "2023-01-01", "2023-03-31", 90.0, 7400, 0.012, 0.41, 0.025, True),
    "PMax - Spring Sale": ("Enabled", "2023-03-01", "2023-03-31", 150.0, 9800, 0.016, 0.55, 0.035, True),
    "Display - Remarketing": ("Enabled", "2023-01-01", "2023-03-31", 25.0, 14000, 0.0035, 0.38, 0.012, True),
    "Search - Socks & Accessories": ("Paused", "2023-01-01", "2023-03-09", 20.0, 700, 0.045, 0.36, 0.03, False),
    "YouTube - Brand Awareness": ("Paused", "2023-01-01", "2023-01-31", 35.0, 11000, 0.0022, 0.29, 0.006, True),
}
_GA_TITLE = "Campaign report"


def _ga_thousands(x: float, places: int) -> str:
    return f"{x:,.{places}f}"


def _google_ads_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8603)
    body: list[list[Any]] = []
    totals = np.zeros(4)  # clicks, impressions, cost, conversions
    for day in pd.date_range("2023-01-01", "2023-03-31"):
        for name, (status, first, last, budget, impr, ctr, cpc, cr, frac) in _GA_CAMPAIGNS.items():
            if not (pd.Timestamp(first) <= day <= pd.Timestamp(last)):
                continue
            weekend = 1.15 if day.dayofweek >= 5 else 1.0
            n_impr = int(rng.poisson(impr * weekend * rng.lognormal(0, 0.2)))
            rate = float(np.clip(ctr * rng.lognormal(0, 0.15), 0.0005, 0.5))
            clicks = int(rng.binomial(n_impr, rate))
            cost = round(min(clicks * cpc * float(rng.lognormal(0, 0.1)), budget * 2), 2)
            conv_rate = float(np.clip(cr * (0.7 + 2 * rate) * rng.lognormal(0, 0.25), 0, 0.9))
            conv = float(rng.binomial(clicks, conv_rate))
            if frac and conv > 0:
                conv = round(max(0.0, conv + float(rng.normal(0, 0.35))), 2)
            totals += [clicks, n_impr, cost, conv]
            body.append(
                [
                    name,
                    status,
                    f"{day:%Y-%m-%d}",
                    "GBP",
                    f"{budget:.2f}",
                    _ga_thousands(clicks, 0),
                    _ga_thousands(n_impr, 0),
                    f"{100 * clicks / n_impr:.2f}%" if n_impr else "--",
                    f"{cost / clicks:.2f}" if clicks else "0.00",
                    _ga_thousands(cost, 2),
                    f"{conv:.2f}",
                    _ga_thousands(cost / conv, 2) if conv else "0.00",
                    f"{100 * conv / clicks:.2f}%" if clicks else "0.00%",
                ]
            )
    clicks, n_impr, cost, conv = totals
    body.append(
        [
            "Total: Account",
            "--",
            "--",
            "GBP",
            "--",
            _ga_thousands(clicks, 0),
            _ga_thousands(n_impr, 0),
            f"{100 * clicks / n_impr:.2f}%",
            f"{cost / clicks:.2f}",
            _ga_thousands(cost, 2),
            f"{conv:.2f}",
            _ga_thousands(cost / conv, 2),
            f"{100 * conv / clicks:.2f}%",
        ]
    )
    # the title line sits above the header, so the header reads as the first row under it
    header = [_GA_TITLE] + [""] * (len(_GA_COLUMNS) - 1)
    return pd.DataFrame([_GA_COLUMNS, *body], columns=pd.Index(header))


def _ga(d: pd.DataFrame) -> pd.DataFrame:
    """The report under its real header, without the total row, numbers read."""
    first = _text(d.iloc[:, 0])
    at = int(np.flatnonzero(first.to_numpy() == "Campaign")[0])
    frame = d.iloc[at + 1 :].copy()
    frame.columns = [str(x) for x in d.iloc[at]]
    frame = frame[~_text(frame["Campaign"]).str.startswith("Total")]
    for c in ("Budget", "Clicks", "Impr.", "CTR", "Avg. CPC", "Cost", "Conversions", "Cost / conv.", "Conv. rate"):
        frame[c] = _amount(frame[c])
    frame["Campaign"] = _text(frame["Campaign"])
    return frame.reset_index(drop=True)


def _ga_sums(d: pd.DataFrame) -> pd.DataFrame:
    return _ga(d).groupby("Campaign")[["Clicks", "Cost", "Conversions"]].sum()


def _ga_cpa(mean_of_days: bool) -> Callable[[pd.DataFrame], Any]:
    def values(d: pd.DataFrame) -> Any:
        if mean_of_days:
            g = _ga(d)
            g = g[g["Conversions"] > 0]
            return g.groupby("Campaign")["Cost / conv."].mean().to_numpy()
        s = _ga_sums(d)
        s = s[s["Conversions"] > 0]
        return (s["Cost"] / s["Conversions"]).to_numpy()

    return values


def _ga_rates(clicked: bool) -> tuple[Callable[[pd.DataFrame], pd.Series], Callable[[pd.DataFrame], pd.Series]]:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        g = _ga(d)
        return g[g["Clicks"] > 0] if clicked else g

    return (lambda d: rows(d)["CTR"]), (lambda d: rows(d)["Conv. rate"])


def _ga_paused(d: pd.DataFrame) -> pd.DataFrame:
    g = _ga(d)
    return g[_text(g["Campaign status"]) == "Paused"]


_GA_ID = ("Campaign", "Day")
_GOOGLE_ADS_QS = [
    Q(
        "which campaign got the most clicks",
        _lead(_named(lambda d: _top(_ga_sums(d)["Clicks"]))),
        (*_GA_ID, "Clicks"),
    ),
    Q(
        "how much have we spent in total across all campaigns?",
        _money(lambda d: float(_ga(d)["Cost"].sum())),
        (*_GA_ID, "Cost"),
    ),
    Q(
        "whats the cost per conversion for each campaign",
        either(_about(_ga_cpa(False), rel=0.005), _about(_ga_cpa(True), rel=0.005)),
        (*_GA_ID, "Cost", "Conversions", "Cost / conv."),
    ),
    Q(
        "do campaigns with a better ctr also convert better? correlation",
        either(_corr(*_ga_rates(False)), _corr(*_ga_rates(True))),
        (*_GA_ID, "CTR", "Conv. rate", "Clicks", "Impr.", "Conversions"),
    ),
    Q(
        "how many campaigns are paused",
        either(
            _count(lambda d: float(_ga_paused(d)["Campaign"].nunique())),
            _count(lambda d: float(len(_ga_paused(d)))),
        ),
        (*_GA_ID, "Campaign status"),
    ),
    Q(
        "which of those spent the most",
        _lead(_named(lambda d: _top(_ga_paused(d).groupby("Campaign")["Cost"].sum()))),
        (*_GA_ID, "Campaign status", "Cost"),
    ),
]


# --- 4. HubSpot deals export (all-deals.csv) -----------------------------------------------------------------------

_HS_COLUMNS = _split(
    "Record ID;Deal Name;Deal Stage;Pipeline;Amount;Close Date;Create Date;Deal owner;Deal Type;Associated Company;"
    "Last Activity Date;Forecast Probability"
)
_HS_STAGES = {
    "Appointment Scheduled": 0.2,
    "Qualified to Buy": 0.4,
    "Presentation Scheduled": 0.6,
    "Decision Maker Bought-In": 0.8,
    "Contract Sent": 0.9,
    "Closed Won": 1.0,
    "Closed Lost": 0.0,
}
# owner: share of deals, win rate, deal size factor
_HS_OWNERS = {
    "Sarah Chen": (20, 0.42, 1.3),
    "Marcus Reid": (17, 0.31, 1.0),
    "Priya Nair": (15, 0.38, 1.1),
    "Tom Gallagher": (14, 0.25, 0.9),
    "Elena Rossi": (13, 0.35, 1.0),
    "David Okafor": (12, 0.29, 0.8),
    "Hannah Berg": (9, 0.33, 0.7),
}
_HS_PRODUCTS = _split("Platform Licence;Starter Plan;Enterprise Plan;Onboarding Package;Add-on Seats;Annual Renewal")
_HS_CO_A = _split("Blue;North;Bright;Summit;Iron;Cedar;Harbor;Pixel;Nova;Atlas;Silver;Red Oak;Granite;Apex;Clear")
_HS_CO_B = _split("Logistics;Health;Labs;Foods;Systems;Partners;Analytics;Retail;Media;Energy;Software;Finance")
_HS_CO_C = _split("Inc.;LLC;Ltd;Group;Co.;")


def _hs_company(rng: np.random.Generator) -> str:
    return f"{_one(rng, _HS_CO_A)} {_one(rng, _HS_CO_B)} {_one(rng, _HS_CO_C)}".strip()


def _hubspot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8604)
    owners = list(_HS_OWNERS)
    used: set[str] = set()
    companies = [_unique(rng, _hs_company, used) for _ in range(420)]
    today = pd.Timestamp("2024-01-10")
    ids: set[int] = set()
    rows: list[dict[str, Any]] = []
    season = np.array([0.8, 0.9, 1.1, 1.0, 1.0, 1.3, 0.9, 0.7, 1.0, 1.1, 1.2, 0.8])
    days = pd.date_range("2022-01-01", "2023-12-31")
    p = season[days.month - 1]
    for _ in range(1400):
        created = days[int(rng.choice(len(days), p=p / p.sum()))] + pd.Timedelta(minutes=int(rng.integers(480, 1140)))
        owner = str(_one(rng, owners, [v[0] for v in _HS_OWNERS.values()]))
        _s, win, size = _HS_OWNERS[owner]
        existing = rng.random() < 0.3
        lag = int(rng.gamma(2.0, 28)) + 5
        close = created.normalize() + pd.Timedelta(days=lag)
        if close < today - pd.Timedelta(days=int(rng.integers(0, 40))):
            stage = "Closed Won" if rng.random() < (win + (0.2 if existing else 0.0)) else "Closed Lost"
        else:
            stage = str(_one(rng, list(_HS_STAGES)[:5], [30, 25, 18, 12, 15]))
        early = stage in ("Appointment Scheduled", "Qualified to Buy")
        amount = round(float(rng.lognormal(np.log(9000 * size * (0.7 if existing else 1.0)), 0.7)) / 50) * 50
        blank_amount = rng.random() < (0.35 if early else 0.04)
        company = str(_one(rng, companies))
        activity = min(today, close + pd.Timedelta(days=int(rng.integers(-20, 5)), minutes=int(rng.integers(0, 600))))
        activity = max(activity, created)
        rid = int(rng.integers(9_000_000_000, 16_000_000_000))
        while rid in ids:
            rid += 1
        ids.add(rid)
        kind = "existingbusiness" if existing else "newbusiness"
        rows.append(
            {
                "Record ID": rid,
                "Deal Name": f"{company} - {'Annual Renewal' if existing else _one(rng, _HS_PRODUCTS[:5])}",
                "Deal Stage": stage,
                "Pipeline": "Renewals Pipeline" if existing and rng.random() < 0.6 else "Sales Pipeline",
                "Amount": None if blank_amount else int(amount),
                "Close Date": f"{close:%Y-%m-%d}",
                "Create Date": f"{created:%Y-%m-%d %H:%M}",
                "Deal owner": owner,
                "Deal Type": None if rng.random() < 0.07 else kind,
                "Associated Company": None if rng.random() < 0.05 else company,
                "Last Activity Date": None if rng.random() < 0.12 else f"{activity:%Y-%m-%d %H:%M}",
                "Forecast Probability": _HS_STAGES[stage],
            }
        )
    frame = pd.DataFrame(rows).sort_values("Record ID").reset_index(drop=True)
    frame["Amount"] = frame["Amount"].astype("Int64")
    return frame[_HS_COLUMNS]


def _hs_stage(d: pd.DataFrame) -> pd.Series:
    return _text(d["Deal Stage"])


def _hs_won(d: pd.DataFrame) -> pd.DataFrame:
    return d[_hs_stage(d) == "Closed Won"]


def _hs_win_rate(of_closed: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        won = float((_hs_stage(d) == "Closed Won").sum())
        lost = float((_hs_stage(d) == "Closed Lost").sum())
        return won / (won + lost) if of_closed else won / len(d)

    return rate


def _hs_best_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(_hs_won(d)["Close Date"], format="%Y-%m-%d").dt.strftime("%Y-%m")
    return pd.Timestamp(_top(months.value_counts()) + "-01")


def _hs_best_month_of_year(d: pd.DataFrame) -> int:
    months = pd.to_datetime(_hs_won(d)["Close Date"], format="%Y-%m-%d").dt.month
    return int(_top(months.astype(str).value_counts()))


def _hs_no_amount(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Amount"].isna()]


_HS_ID = ("Record ID", "Deal Name")
_HS_CLOSED = ("Closed Won", "Closed Lost")
_HUBSPOT_QS = [
    Q(
        "how many deals did we win",
        _count(lambda d: float(len(_hs_won(d)))),
        (*_HS_ID, "Deal Stage"),
    ),
    Q(
        "whats our win rate",
        either(_share(_hs_win_rate(True)), _share(_hs_win_rate(False))),
        (*_HS_ID, "Deal Stage"),
    ),
    Q(
        "total won revenue by owner",
        _money(lambda d: _hs_won(d).groupby(_text(_hs_won(d)["Deal owner"]))["Amount"].sum().to_numpy()),
        (*_HS_ID, "Deal Stage", "Amount", "Deal owner"),
    ),
    Q(
        "which month did we close the most won deals",
        _lead(either(_month(_hs_best_month), _month_of(_hs_best_month_of_year))),
        (*_HS_ID, "Deal Stage", "Close Date"),
    ),
    Q(
        "how many deals don't have an amount?",
        _count(lambda d: float(len(_hs_no_amount(d)))),
        (*_HS_ID, "Amount"),
    ),
    Q(
        "how many of those are still open",
        _count(lambda d: float((~_hs_stage(_hs_no_amount(d)).isin(_HS_CLOSED)).sum())),
        (*_HS_ID, "Amount", "Deal Stage"),
    ),
]


# --- 5. YouTube Studio content export (Table data.csv) -------------------------------------------------------------

_YT_COLUMNS = _split(
    "Content;Video title;Video publish time;Duration;Views;Watch time (hours);Subscribers;Impressions;"
    "Impressions click-through rate (%);Average view duration"
)
_YT_ID_CHARS = list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_YT_TOPICS = _split(
    "sourdough;knife sharpening;cast iron;meal prep;ramen;coffee at home;bread flour;pizza oven;kimchi;"
    "fermentation;budget dinners;pasta from scratch;smash burgers;croissants;dumplings;curry paste;bbq ribs"
)
_YT_FORMS = _split(
    "How I Make {t} (Easy);{t} - Everything You Need to Know;I Tried {t} for 30 Days;The Truth About {t};"
    "{t} Mistakes Beginners Make;Testing Viral {t} Hacks;{t} on a Budget;Why My {t} Failed;{t} | Q&A;"
    "Ultimate {t} Guide;{t} #shorts"
)


def _yt_title(rng: np.random.Generator) -> str:
    topic = str(_one(rng, _YT_TOPICS))
    return str(_one(rng, _YT_FORMS)).format(t=topic.title() if rng.random() < 0.6 else topic)


def _yt_clock(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _youtube_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8605)
    used: set[str] = set()
    years = _deal(rng, "2019:38;2020:61;2021:84;2022:72;2023:66;2024:41", 362)
    rows: list[dict[str, Any]] = []
    for y in years:
        title = _unique(rng, _yt_title, used)
        short = title.endswith("#shorts")
        published = pd.Timestamp(int(y), 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        duration = int(rng.integers(15, 60)) if short else int(np.clip(rng.lognormal(np.log(720), 0.5), 120, 3600))
        retention = float(np.clip(rng.normal(0.75 if short else 0.42 - 0.00004 * duration, 0.08), 0.08, 0.98))
        avd = duration * retention
        views = int(rng.lognormal(np.log(9000 if short else 6000) + 0.15 * (int(y) - 2019), 1.1))
        no_impr = rng.random() < 0.02
        ctr = None if no_impr else round(float(np.clip(rng.normal(5.2, 1.6), 0.6, 14)), 2)
        impressions = 0 if no_impr or ctr is None else int(views * 0.65 / (ctr / 100) * rng.lognormal(0, 0.2))
        rows.append(
            {
                "Content": "".join(str(_one(rng, _YT_ID_CHARS)) for _ in range(11)),
                "Video title": title,
                "Video publish time": f"{published:%b} {published.day}, {published.year}",
                "Duration": duration,
                "Views": views,
                "Watch time (hours)": round(views * avd / 3600, 4),
                "Subscribers": round(views * float(rng.normal(0.004, 0.003))),
                "Impressions": impressions,
                "Impressions click-through rate (%)": ctr,
                "Average view duration": _yt_clock(avd),
            }
        )
    frame = pd.DataFrame(rows).sort_values("Views", ascending=False, kind="stable")
    views = int(frame["Views"].sum())
    hours = float(frame["Watch time (hours)"].sum())
    impressions = int(frame["Impressions"].sum())
    shown = frame["Impressions"] > 0
    clicks = float((frame.loc[shown, "Impressions"] * frame.loc[shown, "Impressions click-through rate (%)"]).sum())
    total = {
        "Content": "Total",
        "Video title": None,
        "Video publish time": None,
        "Duration": None,
        "Views": views,
        "Watch time (hours)": round(hours, 4),
        "Subscribers": int(frame["Subscribers"].sum()),
        "Impressions": impressions,
        "Impressions click-through rate (%)": round(clicks / impressions, 2),
        "Average view duration": _yt_clock(hours * 3600 / views),
    }
    return pd.concat([pd.DataFrame([total]), frame], ignore_index=True)[_YT_COLUMNS]


def _yt(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Content"]) != "Total"]


def _yt_seconds(s: pd.Series) -> pd.Series:
    return pd.to_timedelta(_text(s)).dt.total_seconds()


def _yt_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_yt(d)["Video publish time"], format="%b %d, %Y").dt.year


def _yt_busiest(d: pd.DataFrame) -> float:
    return float(_top(_yt_years(d).astype(str).value_counts()))


_YT_CTR = "Impressions click-through rate (%)"
_YT_ID = ("Content", "Video title")
_YOUTUBE_QS = [
    Q(
        "how many videos are there",
        _count(lambda d: float(len(_yt(d)))),
        _YT_ID,
    ),
    Q(
        "what's my most viewed video?",
        _lead(_named(lambda d: str(_yt(d).loc[_yt(d)["Views"].idxmax(), "Video title"]))),
        (*_YT_ID, "Views"),
    ),
    Q(
        "whats the average click through rate",
        either(
            has(lambda d: float(_yt(d)[_YT_CTR].mean()), rel=0.003),
            has(lambda d: float(d.loc[_text(d["Content"]) == "Total", _YT_CTR].iloc[0]), rel=0.003),
            has(lambda d: float(_yt(d)[_YT_CTR].fillna(0).mean()), rel=0.003),
        ),
        (*_YT_ID, _YT_CTR, "Impressions"),
    ),
    Q(
        "do longer videos get watched for longer? correlation between length and avg view duration",
        _corr(lambda d: _yt(d)["Duration"], lambda d: _yt_seconds(_yt(d)["Average view duration"])),
        (*_YT_ID, "Duration", "Average view duration"),
    ),
    Q(
        "which year did i upload the most",
        _lead(_year(_yt_busiest)),
        (*_YT_ID, "Video publish time"),
    ),
    Q(
        "how many subs did the videos from that year bring in",
        _count(lambda d: float(_yt(d)["Subscribers"][_yt_years(d) == int(_yt_busiest(d))].sum())),
        (*_YT_ID, "Video publish time", "Subscribers"),
    ),
]


# --- 6. MyFitnessPal nutrition export (File-Export ... Nutrition-Summary.csv) ----------------------------------------

_MF_COLUMNS = _split(
    "Date;Meal;Calories;Fat (g);Saturated Fat;Polyunsaturated Fat;Monounsaturated Fat;Trans Fat;Cholesterol;"
    "Sodium (mg);Potassium;Carbohydrates (g);Fiber;Sugar;Protein (g);Vitamin A;Vitamin C;Calcium;Iron;Note"
)
# meal: chance logged, calories, fat / carbs / protein shares of energy, sugar share of carbs
_MF_MEALS = {
    "Breakfast": (0.88, 390, (0.30, 0.52, 0.18), 0.30),
    "Lunch": (0.93, 610, (0.33, 0.45, 0.22), 0.15),
    "Dinner": (0.96, 760, (0.36, 0.38, 0.26), 0.12),
    "Snacks": (0.72, 290, (0.40, 0.50, 0.10), 0.50),
}
# protein push: month -> protein multiplier (a spring gym phase)
_MF_PROTEIN = {1: 1.0, 2: 1.05, 3: 1.25, 4: 1.45, 5: 1.3, 6: 1.1, 7: 1.0, 8: 0.95, 9: 1.0, 10: 1.05, 11: 1.0, 12: 0.9}


def _fitness_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8606)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2023-12-31"):
        if rng.random() < 0.15:
            continue
        mood = float(rng.lognormal(0, 0.12)) * (1.12 if day.dayofweek >= 4 else 1.0)
        if day.month == 12:
            mood *= 1.1
        for meal, (chance, kcal, (fat, _carb, protein), sugar) in _MF_MEALS.items():
            if rng.random() > chance:
                continue
            cal = max(40.0, kcal * mood * float(rng.lognormal(0, 0.28)))
            p = protein * _MF_PROTEIN[day.month] * float(rng.lognormal(0, 0.12))
            f = fat * float(rng.lognormal(0, 0.15))
            c = max(0.05, 1 - p - f)
            fat_g = cal * f / 9
            carb_g = cal * c / 4
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Meal": meal,
                    "Calories": round(cal, 1),
                    "Fat (g)": round(fat_g, 1),
                    "Saturated Fat": round(fat_g * float(rng.uniform(0.25, 0.45)), 1),
                    "Polyunsaturated Fat": round(fat_g * float(rng.uniform(0.1, 0.25)), 1),
                    "Monounsaturated Fat": round(fat_g * float(rng.uniform(0.25, 0.4)), 1),
                    "Trans Fat": round(fat_g * float(rng.uniform(0, 0.02)), 1),
                    "Cholesterol": round(float(rng.gamma(2, 30 if meal != "Snacks" else 8)), 1),
                    "Sodium (mg)": round(cal * 1.5 * float(rng.lognormal(0, 0.3)), 1),
                    "Potassium": round(cal * 0.9 * float(rng.lognormal(0, 0.35)), 1),
                    "Carbohydrates (g)": round(carb_g, 1),
                    "Fiber": round(carb_g * float(rng.uniform(0.04, 0.12)), 1),
                    "Sugar": round(carb_g * sugar * float(rng.lognormal(0, 0.3)), 1),
                    "Protein (g)": round(cal * p / 4, 1),
                    "Vitamin A": float(int(rng.integers(0, 40))),
                    "Vitamin C": float(int(rng.integers(0, 60))),
                    "Calcium": float(int(rng.integers(0, 35))),
                    "Iron": float(int(rng.integers(0, 30))),
                    "Note": "cheat day" if mood > 1.35 and meal == "Dinner" and rng.random() < 0.5 else None,
                }
            )
    return pd.DataFrame(rows)[_MF_COLUMNS]


def _mf_days(d: pd.DataFrame) -> pd.DataFrame:
    return d.groupby("Date")[["Calories", "Protein (g)", "Sodium (mg)"]].sum()


def _mf_protein_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        days = _mf_days(d)
        months = pd.to_datetime(pd.Series(days.index, index=days.index)).dt.strftime("%Y-%m")
        return pd.Timestamp(_top(days["Protein (g)"].groupby(months).agg(how)) + "-01")

    return peak


def _mf_over(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        cal = _mf_days(d)["Calories"]
        return float((cal >= 2000).sum() if inclusive else (cal > 2000).sum())

    return count


_MF_ID = ("Date", "Meal")
_FITNESS_QS = [
    Q(
        "how many calories do i eat a day on average",
        has(lambda d: float(_mf_days(d)["Calories"].mean()), rel=0.003),
        (*_MF_ID, "Calories"),
    ),
    Q(
        "which meal is the biggest on average?",
        _lead(_named(lambda d: _top(d.groupby("Meal")["Calories"].mean()))),
        (*_MF_ID, "Calories"),
    ),
    Q(
        "how many days was i over 2000 cals",
        either(_count(_mf_over(False)), _count(_mf_over(True))),
        (*_MF_ID, "Calories"),
    ),
    Q(
        "which month did i eat the most protein",
        _lead(either(_month(_mf_protein_month("sum")), _month(_mf_protein_month("mean")))),
        (*_MF_ID, "Protein (g)"),
    ),
    Q(
        "how much sugar is in my snacks on average",
        has(lambda d: float(d.loc[_text(d["Meal"]) == "Snacks", "Sugar"].mean()), rel=0.003),
        (*_MF_ID, "Sugar"),
    ),
    Q(
        "is sodium related to calories?",
        either(
            _corr(lambda d: d["Sodium (mg)"], lambda d: d["Calories"]),
            _corr(lambda d: _mf_days(d)["Sodium (mg)"], lambda d: _mf_days(d)["Calories"]),
        ),
        (*_MF_ID, "Sodium (mg)", "Calories"),
    ),
]


# --- 7. Tokyo 2020 Olympics medal table (Kaggle "Tokyo 2021 dataset", Medals) --------------------------------------

_OL_TABLE = (
    "United States of America|USA|39|41|33;People's Republic of China|CHN|38|32|18;Japan|JPN|27|14|17;"
    "Great Britain|GBR|22|21|22;ROC|ROC|20|28|23;Australia|AUS|17|7|22;Netherlands|NED|10|12|14;"
    "France|FRA|10|12|11;Germany|GER|10|11|16;Italy|ITA|10|10|20;Canada|CAN|7|6|11;Brazil|BRA|7|6|8;"
    "New Zealand|NZL|7|6|7;Cuba|CUB|7|3|5;Hungary|HUN|6|7|7;Republic of Korea|KOR|6|4|10;Poland|POL|4|5|5;"
    "Czech Republic|CZE|4|4|3;Kenya|KEN|4|4|2;Norway|NOR|4|2|2;Jamaica|JAM|4|1|4;Spain|ESP|3|8|6;"
    "Sweden|SWE|3|6|0;Switzerland|SUI|3|4|6;Denmark|DEN|3|4|4;Croatia|CRO|3|3|2;"
    "Islamic Republic of Iran|IRI|3|2|2;Serbia|SRB|3|1|5;Belgium|BEL|3|1|3;Bulgaria|BUL|3|1|2;"
    "Slovenia|SLO|3|1|1;Uzbekistan|UZB|3|0|2;Georgia|GEO|2|5|1;Chinese Taipei|TPE|2|4|6;Turkey|TUR|2|2|9;"
    "Greece|GRE|2|1|1;Uganda|UGA|2|1|1;Ecuador|ECU|2|1|0;Ireland|IRL|2|0|2;Israel|ISR|2|0|2;Qatar|QAT|2|0|1;"
    "Bahamas|BAH|2|0|0;Kosovo|KOS|2|0|0;Ukraine|UKR|1|6|12;Belarus|BLR|1|3|3;Romania|ROU|1|3|0;"
    'Venezuela|VEN|1|3|0;India|IND|1|2|4;"Hong Kong, China"|HKG|1|2|3;Philippines|PHI|1|2|1;'
    "Slovakia|SVK|1|2|1;South Africa|RSA|1|2|0;Austria|AUT|1|1|5;Egypt|EGY|1|1|4;Indonesia|INA|1|1|3;"
    "Ethiopia|ETH|1|1|2;Portugal|POR|1|1|2;Tunisia|TUN|1|1|0;Estonia|EST|1|0|1;Fiji|FIJ|1|0|1;Latvia|LAT|1|0|1;"
    "Thailand|THA|1|0|1;Bermuda|BER|1|0|0;Morocco|MAR|1|0|0;Puerto Rico|PUR|1|0|0;Colombia|COL|0|4|1;"
    "Azerbaijan|AZE|0|3|4;Dominican Republic|DOM|0|3|2;Armenia|ARM|0|2|2;Kyrgyzstan|KGZ|0|2|1;"
    "Mongolia|MGL|0|1|3;Argentina|ARG|0|1|2;San Marino|SMR|0|1|2;Jordan|JOR|0|1|1;Malaysia|MAS|0|1|1;"
    "Nigeria|NGR|0|1|1;Bahrain|BRN|0|1|0;Saudi Arabia|KSA|0|1|0;Lithuania|LTU|0|1|0;North Macedonia|MKD|0|1|0;"
    "Namibia|NAM|0|1|0;Turkmenistan|TKM|0|1|0;Kazakhstan|KAZ|0|0|8;Mexico|MEX|0|0|4;Finland|FIN|0|0|2;"
    "Botswana|BOT|0|0|1;Burkina Faso|BUR|0|0|1;Côte d'Ivoire|CIV|0|0|1;Ghana|GHA|0|0|1;Grenada|GRN|0|0|1;"
    "Kuwait|KUW|0|0|1;Republic of Moldova|MDA|0|0|1;Syrian Arab Republic|SYR|0|0|1"
)


def _medals_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8607)
    rows = []
    for line in _split(_OL_TABLE):
        team, code, g, s, b = line.split("|")
        rows.append({"Team/NOC": team.strip('"'), "Gold": int(g), "Silver": int(s), "Bronze": int(b), "NOCCode": code})
    frame = pd.DataFrame(rows)
    frame["Total"] = frame[["Gold", "Silver", "Bronze"]].sum(axis=1)
    key = frame["Gold"] * 10**6 + frame["Silver"] * 10**3 + frame["Bronze"]
    frame["Rank"] = key.rank(method="min", ascending=False).astype(int)
    frame["Rank by Total"] = frame["Total"].rank(method="min", ascending=False).astype(int)
    # teams sharing a rank are listed in no particular order
    frame["_shuffle"] = rng.permutation(len(frame))
    frame = frame.sort_values(["Rank", "_shuffle"]).reset_index(drop=True)
    return frame[_split("Rank;Team/NOC;Gold;Silver;Bronze;Total;Rank by Total;NOCCode")]


_OL_ALIASES = {
    "United States of America": ("USA", "United States", "US"),
    "Great Britain": ("GBR", "Britain", "UK"),
    "Japan": ("JPN",),
}


def _ol_team(name: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d[_text(d["Team/NOC"]) == name].iloc[0]


def _ol_top10_gold_share(by: str) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        ranked = d.sort_values([by, "Gold"], ascending=[by == "Rank", False], kind="stable")
        return float(ranked["Gold"].head(10).sum() / d["Gold"].sum())

    return share


_OL_ID = ("Team/NOC", "NOCCode")
_MEDALS_QS = [
    Q(
        "how many countries won at least one gold",
        _count(lambda d: float((d["Gold"] > 0).sum())),
        (*_OL_ID, "Gold"),
    ),
    Q(
        "who won the most medals overall?",
        _lead(_named(lambda d: str(d.loc[d["Total"].idxmax(), "Team/NOC"]), _OL_ALIASES)),
        (*_OL_ID, "Total", "Rank by Total"),
    ),
    Q(
        "what share of all the golds went to the top 10 countries",
        either(_share(_ol_top10_gold_share("Rank")), _share(_ol_top10_gold_share("Total"))),
        (*_OL_ID, "Gold", "Rank", "Rank by Total", "Total"),
    ),
    Q(
        "how many medals did japan get",
        has(lambda d: float(_ol_team("Japan")(d)["Total"])),
        (*_OL_ID, "Total", "Gold", "Silver", "Bronze"),
    ),
    Q(
        "and great britain?",
        has(lambda d: float(_ol_team("Great Britain")(d)["Total"])),
        (*_OL_ID, "Total", "Gold", "Silver", "Bronze"),
    ),
    Q(
        "do countries that win more golds also win more bronzes? correlation",
        _corr(lambda d: d["Gold"], lambda d: d["Bronze"]),
        (*_OL_ID, "Gold", "Bronze"),
    ),
]

HELDOUT86: list[Dataset] = [
    Dataset("goodreads_library_export", _goodreads_frame, _GOODREADS_QS),
    Dataset("bank_statement_2023", _bank_frame, _BANK_QS),
    Dataset("google_ads_campaign_report", _google_ads_frame, _GOOGLE_ADS_QS),
    Dataset("hubspot_deals", _hubspot_frame, _HUBSPOT_QS),
    Dataset("youtube_studio_videos", _youtube_frame, _YOUTUBE_QS),
    Dataset("myfitnesspal_food_diary", _fitness_frame, _FITNESS_QS),
    Dataset("tokyo_2020_medals", _medals_frame, _MEDALS_QS),
]
