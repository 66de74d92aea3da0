"""HELDOUT93: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files people export from services and public sources: an Untappd check-in
export (one row per check-in, 2021-2023, so favourite beers repeat) with beer_name, brewery_name, beer_type as
"IPA - American" / "Stout - Imperial / Double" / "Sour - Fruited", beer_abv, beer_ibu (0 when unknown), a mostly
blank comment, venue_name / venue_city / venue_state / venue_country / venue_lat / venue_lng (blank for check-ins at
home), rating_score in quarter steps from 0.25 to 5 (blank when unrated), created_at "2023-03-14 20:22:31",
checkin_url, beer_url, brewery_url, brewery_country / city / state, comma-joined flavor_profiles (mostly blank),
purchase_venue (mostly blank), serving_type Draft / Can / Bottle / Taster (some blank), checkin_id, bid, brewery_id,
photo_url (mostly blank), global_rating_score, global_weighted_rating_score, tagged_friends, total_toasts and
total_comments; a QuickBooks Online "Transaction Detail by Account" report for 2023 exported to CSV, with the company
name, the report title and the date range on the lines above the header (so the frame's header is the company name
and "Unnamed: 1" ..., a blank line follows the date range and every column reads as text), a first unnamed column
that holds the account headings ("Office Supplies", "Job Expenses:Job Materials", "Services Income"), each followed
by its transactions (Date "01/05/2023", Transaction Type Invoice / Deposit / Expense / Bill / Check / Journal Entry,
Num (blank for most expenses), Name, Memo/Description, Split "Checking" / "Mastercard" / "Accounts Payable (A/P)" /
"-Split-", Amount "1,234.56" and the running Balance) and a "Total for Office Supplies" row with "$1,234.56", and a
"TOTAL" row at the end; an Eventbrite attendee summary report for one conference (Austin Data Summit 2023, one row
per attendee, Order # repeated for group orders) with Order Date "2023-03-14 10:22:31-05:00" (the offset -06:00
before daylight saving), First Name, Last Name, Email, Quantity 1, Ticket Type General Admission / VIP / Early Bird /
Student, Attendee #, Event Name, Order Type "Eventbrite Completed" / "Free Order" / "Complimentary", Currency USD,
Total Paid, Fees Paid, Eventbrite Fees, Eventbrite Payment Processing (0 on free orders), Attendee Status Attending /
Checked In / Not Attending / Refunded and the custom question "How did you hear about us?" (often blank); IMDb TV
episode ratings joined from title.episode, title.basics and title.ratings (eleven series, about a thousand
episodes) with tconst "tt0959621", parentTconst, seriesTitle, seasonNumber and episodeNumber as text with "\\N" when
unknown, episodeTitle ("Episode #1.3" for untitled ones), startYear (a few "\\N"), runtimeMinutes ("\\N" for many),
averageRating and numVotes; NHTSA's vehicle complaints flat file (FLAT_CMPL, complaints added 2022-2023, one row per
component, so an ODINO with several components repeats its make, model, crash / fire flags, injuries and deaths)
with CMPLID, ODINO, MFR_NAME "Ford Motor Company", upper-case MAKETXT and MODELTXT, YEARTXT (9999 = unknown), CRASH
and FIRE as Y / N, FAILDATE as 20230314 (some blank), INJURED, DEATHS, upper-case COMPDESC ("ELECTRICAL SYSTEM",
"AIR BAGS", "SERVICE BRAKES", "POWER TRAIN" ...), upper-case CITY, STATE, the first 11 characters of the VIN, DATEA
and LDATE as 20230314, MILES (often blank), OCCURENCES, an upper-case CDESCR narrative, CMPL_TYPE IVOC / EVOC,
POLICE_RPT_YN and VEH_SPEED (mostly blank); the Met Office historic station data for Oxford (1853-2023) as a CSV with
yyyy, mm, "tmax degC", "tmin degC", "af days", "rain mm" and "sun hours" written as text: "---" where missing (all
sunshine before 1880, a few air frost counts in the 1850s), a trailing "*" on estimated values ("7.2*") and
"Provisional" in an unnamed last column for the latest months; and an Oura ring daily export (2022-05-01 to
2023-12-31) with date "2023-03-14", Sleep / Readiness / Activity Score, Total / REM / Deep / Light Sleep Duration and
Awake Time in seconds, Sleep Efficiency, Average and Lowest Resting Heart Rate, Average HRV, Temperature Deviation
(°C), Respiratory Rate, Steps, Active Calories, Bedtime Start and Bedtime End "2023-03-13T23:41:00-05:00", sleep
columns blank on nights the ring was off and activity columns blank on a few days. All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout42 import _ranked
from .heldout86 import _amount, _money
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _bottom(scores: pd.Series) -> str:
    return str(_ranked(scores, ascending=True).index[0])


def _num(s: pd.Series) -> pd.Series:
    """Numbers written as text ("7.2*", "---", "\\N", "1,234.56"), anything unreadable as NaN."""
    cleaned = _text(s).str.replace(r"[*$,\s]", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce")


def _season(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A season number: "season 5", "S5", "S05", "5th season"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        patterns = [rf"\bseason\s*#?0?{n}\b", rf"\bS0?{n}\b", rf"\b{n}(?:st|nd|rd|th)\s+season\b"]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing season {n}"

    return check


# --- 1. Untappd check-in export (untappd-checkins.csv) -------------------------------------------------------------

_UT_COLUMNS = _split(
    "beer_name;brewery_name;beer_type;beer_abv;beer_ibu;comment;venue_name;venue_city;venue_state;venue_country;"
    "venue_lat;venue_lng;rating_score;created_at;checkin_url;beer_url;brewery_url;brewery_country;brewery_city;"
    "brewery_state;flavor_profiles;purchase_venue;serving_type;checkin_id;bid;brewery_id;photo_url;"
    "global_rating_score;global_weighted_rating_score;tagged_friends;total_toasts;total_comments"
)
# brewery: city, state, weight
_UT_BREWERIES: dict[str, tuple[str, str, float]] = {
    "Tree House Brewing Company": ("Charlton", "MA", 6),
    "Trillium Brewing Company": ("Canton", "MA", 5),
    "Other Half Brewing Co.": ("Brooklyn", "NY", 5),
    "Sierra Nevada Brewing Co.": ("Chico", "CA", 4),
    "Bell's Brewery": ("Comstock", "MI", 3),
    "Founders Brewing Co.": ("Grand Rapids", "MI", 3),
    "Lawson's Finest Liquids": ("Waitsfield", "VT", 4),
    "Jack's Abby Craft Lagers": ("Framingham", "MA", 4),
    "Allagash Brewing Company": ("Portland", "ME", 3),
    "Maine Beer Company": ("Freeport", "ME", 4),
    "Night Shift Brewing": ("Everett", "MA", 5),
    "Bissell Brothers Brewing Co.": ("Portland", "ME", 3),
    "Oxbow Brewing Company": ("Newcastle", "ME", 2),
    "Russian River Brewing Company": ("Windsor", "CA", 2),
    "Firestone Walker Brewing Company": ("Paso Robles", "CA", 2),
    "The Alchemist": ("Stowe", "VT", 3),
    "Cigar City Brewing": ("Tampa", "FL", 2),
    "Dogfish Head Craft Brewery": ("Milton", "DE", 2),
}
# style: weight, abv range, ibu range, rating shift
_UT_STYLES: dict[str, tuple[float, tuple[float, float], tuple[int, int], float]] = {
    "IPA - American": (30, (5.8, 7.5), (45, 80), 0.05),
    "IPA - New England / Hazy": (18, (6.0, 8.0), (25, 50), 0.2),
    "IPA - Imperial / Double": (9, (7.8, 10.0), (60, 100), 0.25),
    "Pale Ale - American": (10, (4.8, 6.0), (30, 50), -0.1),
    "Stout - Imperial / Double": (7, (9.0, 13.5), (50, 80), 0.35),
    "Sour - Fruited": (8, (4.0, 6.5), (5, 15), 0.0),
    "Pilsner - German": (7, (4.6, 5.4), (25, 40), -0.15),
    "Lager - Helles": (4, (4.6, 5.3), (15, 22), -0.2),
    "Porter - American": (4, (5.5, 7.0), (25, 45), 0.0),
    "Wheat Beer - Hefeweizen": (3, (4.8, 5.6), (10, 15), -0.25),
    "Belgian Tripel": (2, (8.0, 9.5), (20, 35), 0.1),
}
_UT_WORDS = _split(
    "Heady;Focal;Julius;Haze;Green;Sip;Lunch;Dinner;Pliny;Sculpin;Two Hearted;Kentucky;Sunshine;Mastermind;"
    "Mosaic;Citra;Galaxy;Nelson;Double;Dream;Fog;Cloud;Ghost;Night;River;Pine;Orchard;Harvest;Stone;Saison;"
    "Cellar;Grove;Ember;Tide;Summit;Northern;Wild;Velvet;Copper;Black;Golden;Little;Big;Old"
)
_UT_NOUNS = _split("IPA;Pils;Stout;Lager;Ale;Porter;Sour;Weisse;Tripel;DIPA;Haze;Dream;Fog;Juice;Helles")
_UT_VENUES = _split(
    "Row 34|Boston|MA|42.3497|-71.0480;Lord Hobo|Cambridge|MA|42.3705|-71.0945;"
    "Trillium Fort Point|Boston|MA|42.3516|-71.0467;Night Shift Owl's Nest|Boston|MA|42.3662|-71.0621;"
    "Tree House Brewing Company|Charlton|MA|42.1214|-72.0098;The Publick House|Brookline|MA|42.3434|-71.1173;"
    "Bukowski Tavern|Cambridge|MA|42.3735|-71.1002;Jack's Abby Beer Hall|Framingham|MA|42.2810|-71.4167;"
    "Allagash Tasting Room|Portland|ME|43.7070|-70.3137;Novare Res Bier Cafe|Portland|ME|43.6574|-70.2536"
)
_UT_STORES = _split("Craft Beer Cellar;Total Wine & More;Trader Joe's;Whole Foods Market;Bauer Wine & Spirits")


def _untappd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9301)
    styles = list(_UT_STYLES)
    beers: list[dict[str, Any]] = []
    used: set[str] = set()
    for b_i, (brewery, (city, state, weight)) in enumerate(_UT_BREWERIES.items()):
        for _ in range(int(2 + weight)):
            style = str(_one(rng, styles, [v[0] for v in _UT_STYLES.values()]))
            w_abv, w_ibu = _UT_STYLES[style][1], _UT_STYLES[style][2]
            noun = style.split(" - ")[0].split()[0]
            noun = noun if rng.random() < 0.5 else str(_one(rng, _UT_NOUNS))
            name = f"{_one(rng, _UT_WORDS)} {noun}"
            while name in used:
                name = f"{_one(rng, _UT_WORDS)} {name}"
            used.add(name)
            beers.append(
                {
                    "beer_name": name,
                    "brewery_name": brewery,
                    "beer_type": style,
                    "beer_abv": round(float(rng.uniform(*w_abv)), 1),
                    "beer_ibu": 0 if rng.random() < 0.35 else int(rng.integers(w_ibu[0], w_ibu[1] + 1)),
                    "bid": int(rng.integers(10_000, 5_200_000)),
                    "brewery_id": 1000 + 37 * b_i,
                    "brewery_city": city,
                    "brewery_state": state,
                    "quality": float(rng.normal(0, 0.3)) + _UT_STYLES[style][3],
                    "pop": float(rng.lognormal(0, 0.9)) * weight * (1.6 if style == "IPA - American" else 1.0),
                }
            )
    pop = np.array([b["pop"] for b in beers])
    n = 1450
    stamps = pd.Timestamp("2021-01-02") + pd.to_timedelta(np.sort(rng.uniform(0, 1090, n)), unit="D")
    rows = []
    checkin = 987_654_321
    for i in range(n):
        beer = beers[int(rng.choice(len(beers), p=pop / pop.sum()))]
        checkin += int(rng.integers(1_000, 900_000))
        t = stamps[i].normalize() + pd.Timedelta(minutes=int(rng.integers(15 * 60, 23 * 60 + 59)))
        t += pd.Timedelta(seconds=int(rng.integers(0, 60)))
        home = rng.random() < 0.27
        venue = None if home else str(_one(rng, _UT_VENUES)).split("|")
        abv = beer["beer_abv"]
        score = 3.55 + beer["quality"] + 0.06 * (abv - 6.5) + float(rng.normal(0, 0.35))
        rated = rng.random() > 0.13
        serving = _draw(rng, "Draft:34;Can:40;Bottle:10;Taster:6;:10" if not home else "Can:75;Bottle:20;:5")
        rows.append(
            {
                "beer_name": beer["beer_name"],
                "brewery_name": beer["brewery_name"],
                "beer_type": beer["beer_type"],
                "beer_abv": abv,
                "beer_ibu": beer["beer_ibu"],
                "comment": _draw(rng, ":80;So good.:3;Juicy!:3;A bit boozy:2;Solid.:3;Not for me:2;Crushable:3")
                or None,
                "venue_name": venue[0] if venue else None,
                "venue_city": venue[1] if venue else None,
                "venue_state": venue[2] if venue else None,
                "venue_country": "United States" if venue else None,
                "venue_lat": float(venue[3]) if venue else None,
                "venue_lng": float(venue[4]) if venue else None,
                "rating_score": float(np.clip(round(score * 4) / 4, 0.25, 5.0)) if rated else None,
                "created_at": f"{t:%Y-%m-%d %H:%M:%S}",
                "checkin_url": f"https://untappd.com/c/{checkin}",
                "beer_url": f"https://untappd.com/beer/{beer['bid']}",
                "brewery_url": f"https://untappd.com/brewery/{beer['brewery_id']}",
                "brewery_country": "United States",
                "brewery_city": beer["brewery_city"],
                "brewery_state": beer["brewery_state"],
                "flavor_profiles": _draw(rng, ":85;juicy,hoppy:5;dank,bitter:3;roasty,boozy:3;tart,fruity:4") or None,
                "purchase_venue": (str(_one(rng, _UT_STORES)) if home and rng.random() < 0.4 else None),
                "serving_type": serving or None,
                "checkin_id": checkin,
                "bid": beer["bid"],
                "brewery_id": beer["brewery_id"],
                "photo_url": f"https://images.untp.beer/crop?id={checkin}" if rng.random() < 0.15 else None,
                "global_rating_score": round(3.7 + beer["quality"] / 2, 2),
                "global_weighted_rating_score": round(3.68 + beer["quality"] / 2, 2),
                "tagged_friends": "dcoughlin" if rng.random() < 0.05 else None,
                "total_toasts": int(rng.poisson(1.4)),
                "total_comments": int(rng.poisson(0.15)),
            }
        )
    return pd.DataFrame(rows, columns=_UT_COLUMNS)


def _ut_top_style(distinct: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        if distinct:
            return _top(d.drop_duplicates("beer_name").groupby("beer_type").size())
        return _top(d.groupby("beer_type").size())

    return value


_UT_ID = ("beer_name", "checkin_id", "bid", "created_at")
_UNTAPPD_QS = [
    Q(
        "how many different beers have i had?",
        either(
            _count(lambda d: float(d["beer_name"].nunique())),
            _count(lambda d: float(d["bid"].nunique())),
            _count(lambda d: float(len(d.drop_duplicates(["beer_name", "brewery_name"])))),
        ),
        (*_UT_ID, "brewery_name"),
    ),
    Q(
        "whats my average rating",
        has(lambda d: float(d["rating_score"].mean()), rel=0.002),
        (*_UT_ID, "rating_score"),
    ),
    Q(
        "how many checkins did i not rate",
        _count(lambda d: float(d["rating_score"].isna().sum())),
        (*_UT_ID, "rating_score"),
    ),
    Q(
        "which style do i drink the most",
        _lead(either(_named(_ut_top_style(False)), _named(_ut_top_style(True)))),
        (*_UT_ID, "beer_type"),
    ),
    Q(
        "and what do i usually rate that style",
        either(
            has(lambda d: float(d.loc[d["beer_type"] == _ut_top_style(False)(d), "rating_score"].mean()), rel=0.002),
            has(lambda d: float(d.loc[d["beer_type"] == _ut_top_style(False)(d), "rating_score"].median())),
        ),
        (*_UT_ID, "beer_type", "rating_score"),
    ),
    Q(
        "do i rate stronger beers higher? correlation",
        _corr(lambda d: d["beer_abv"], lambda d: d["rating_score"]),
        (*_UT_ID, "beer_abv", "rating_score"),
    ),
]


# --- 2. QuickBooks Online "Transaction Detail by Account" (2023, exported to CSV) ----------------------------------

_QB_COMPANY = "Blue Ridge Landscaping LLC"
_QB_COLUMNS = ["", "Date", "Transaction Type", "Num", "Name", "Memo/Description", "Split", "Amount", "Balance"]
# account: transactions a year, payees "name:weight;...", median amount, spread, memos
_QB_ACCOUNTS: dict[str, tuple[int, str, float, float, str]] = {
    "Sales of Product Income": (
        60,
        "Amy's Bird Sanctuary:3;Cool Cars:2;Dukes Basketball Camp:2;Freeman Sporting Goods:3;Jeff's Jalopies:2;"
        "Kookies by Kathy:2;Mark Cho:1;Paulsen Medical Supplies:2;Rondonuwu Fruit and Vegi:3",
        420.0,
        0.6,
        "Pavers;Mulch delivery;Shrubs and perennials;Irrigation parts;Sod",
    ),
    "Services Income": (
        150,
        "Amy's Bird Sanctuary:3;Bill's Windsurf Shop:2;Cool Cars:2;Diego Rodriguez:2;Dukes Basketball Camp:2;"
        "Freeman Sporting Goods:3;Geeta Kalapatapu:2;Jeff's Jalopies:2;John Melton:2;Kate Whelan:2;"
        "Red Rock Diner:3;Rondonuwu Fruit and Vegi:2;Sonnenschein Family Store:3;Sushi by Katsuyuki:2",
        850.0,
        0.7,
        "Weekly lawn maintenance;Landscape design;Tree trimming;Spring cleanup;Fall cleanup;Hardscape install",
    ),
    "Advertising & Marketing": (
        24,
        "Google Ads:5;Facebook:3;Asheville Citizen-Times:1",
        180.0,
        0.5,
        "Monthly ads;Boosted post;Print ad",
    ),
    "Automobile:Fuel": (110, "Shell:3;BP:2;Chevron:3;Speedway:2", 68.0, 0.3, "Fuel for trucks;Gas;Diesel"),
    "Equipment Rental": (14, "Sunbelt Rentals:4;United Rentals:2", 560.0, 0.5, "Skid steer rental;Trencher;Aerator"),
    "Insurance": (12, "State Farm:1", 612.0, 0.0, "General liability - monthly"),
    "Job Expenses:Job Materials": (
        95,
        "SiteOne Landscape Supply:5;Lowe's:3;The Home Depot:3;Ewing Irrigation:2",
        390.0,
        0.8,
        "Plants;Stone;Mulch;Irrigation supplies;Fertilizer;Pavers",
    ),
    "Legal & Professional Fees": (6, "Harper & Cole CPA:3;Dalton Law PLLC:1", 450.0, 0.4, "Bookkeeping;Tax prep"),
    "Meals & Entertainment": (
        30,
        "Chipotle:3;Red Rock Diner:2;Sunny Side Cafe:2;Zaxby's:2",
        42.0,
        0.5,
        "Crew lunch;Client lunch",
    ),
    "Office Supplies": (26, "Staples:4;Office Depot:2;Amazon:3", 58.0, 0.7, "Printer ink;Paper;Office supplies"),
    "Rent & Lease": (12, "Ridgeview Properties:1", 2400.0, 0.0, "Yard and shop rent"),
    "Utilities": (
        36,
        "Duke Energy:1;City of Asheville Water:1;Spectrum:1",
        140.0,
        0.35,
        "Electric;Water;Internet",
    ),
}
_QB_INCOME = ("Sales of Product Income", "Services Income")


def _qb_money(x: float) -> str:
    return f"{x:,.2f}"


def _quickbooks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9302)
    blank = [""] * (len(_QB_COLUMNS) - 1)
    body: list[list[Any]] = [
        ["Transaction Detail by Account", *blank],
        ["January - December 2023", *blank],
        ["", *blank],
        _QB_COLUMNS,
    ]
    invoice, check_no = 1037, 2210
    grand = 0.0
    for account, (k, payees, median, spread, memos) in _QB_ACCOUNTS.items():
        if spread == 0:
            days = [pd.Timestamp(2023, m, 1) + pd.Timedelta(days=int(rng.integers(0, 5))) for m in range(1, 13)]
        else:
            season = np.array([0.4, 0.5, 1.0, 1.5, 1.6, 1.4, 1.3, 1.2, 1.1, 1.0, 0.7, 0.3])
            months = rng.choice(12, size=k, p=season / season.sum())
            days = [pd.Timestamp(2023, int(m) + 1, int(rng.integers(1, 29))) for m in months]
        if account == "Equipment Rental":
            days.append(pd.Timestamp("2023-04-18"))  # a mini excavator for three weeks: the largest expense
        days.sort()
        body.append([account, *blank])
        balance = 0.0
        for day in days:
            name = _draw(rng, payees)
            amount = round(median * float(rng.lognormal(0, spread)) if spread else median, 2)
            big = account == "Equipment Rental" and day == pd.Timestamp("2023-04-18")
            if big:
                name, amount = "Sunbelt Rentals", 6_850.00
            income = account in _QB_INCOME
            if income:
                kind = _draw(rng, "Invoice:8;Deposit:2")
                split = "Accounts Receivable (A/R)" if kind == "Invoice" else "Checking"
                num = ""
                if kind == "Invoice":
                    invoice += 1
                    num = str(invoice)
            else:
                kind = _draw(rng, "Expense:6;Bill:3;Check:2;Journal Entry:0.3")
                if account in ("Rent & Lease", "Insurance"):
                    kind = "Bill" if account == "Insurance" else "Check"
                split = {
                    "Expense": _draw(rng, "Mastercard:3;Checking:2"),
                    "Bill": "Accounts Payable (A/P)",
                    "Check": "Checking",
                    "Journal Entry": "-Split-",
                }[kind]
                num = ""
                if kind == "Check":
                    check_no += 1
                    num = str(check_no)
                if kind == "Journal Entry" and not big:
                    amount = -round(amount * float(rng.uniform(0.2, 0.6)), 2)
                    name = ""
            if big:
                kind, split, num, memo = "Bill", "Accounts Payable (A/P)", "", "Mini excavator - 3 weeks"
            elif kind == "Journal Entry":
                memo = "Reclass to correct account"
            else:
                memo = str(_one(rng, _split(memos)))
            balance = round(balance + amount, 2)
            body.append(["", f"{day:%m/%d/%Y}", kind, num, name, memo, split, _qb_money(amount), _qb_money(balance)])
        body.append([f"Total for {account}", "", "", "", "", "", "", f"${balance:,.2f}", ""])
        grand += balance
    body.append(["TOTAL", "", "", "", "", "", "", f"${grand:,.2f}", ""])
    # the title lines sit above the header, so the header reads as a row under them
    return pd.DataFrame(body, columns=pd.Index([_QB_COMPANY] + [""] * (len(_QB_COLUMNS) - 1)))


def _qb(d: pd.DataFrame) -> pd.DataFrame:
    """The transactions under their real header, each with its account, amounts and dates read."""
    values = d.to_numpy(dtype=object)
    at = next(i for i, r in enumerate(values) if str(r[1]).strip() == "Date")
    rows = []
    account = ""
    for r in values[at + 1 :]:
        first = "" if pd.isna(r[0]) else str(r[0]).strip()
        date = "" if pd.isna(r[1]) else str(r[1]).strip()
        if first and not first.startswith("Total for") and first != "TOTAL":
            account = first
        elif date:
            rows.append([account, *r[1:]])
    frame = pd.DataFrame(rows, columns=["Account", *_QB_COLUMNS[1:]])
    frame["Amount"] = _amount(frame["Amount"])
    frame["Date"] = pd.to_datetime(frame["Date"], format="%m/%d/%Y")
    frame["Name"] = _text(frame["Name"])
    return frame


def _qb_spend(d: pd.DataFrame) -> pd.DataFrame:
    q = _qb(d)
    return q[~q["Account"].isin(_QB_INCOME)]


def _qb_big(strict: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        s = _qb_spend(d)
        return s[s["Amount"] > 1000] if strict else s[s["Amount"] >= 1000]

    return rows


def _qb_month(d: pd.DataFrame) -> pd.Timestamp:
    s = _qb_spend(d)
    by = s.groupby(s["Date"].dt.to_period("M"))["Amount"].sum()
    return by.idxmax().to_timestamp()


_QB_ID = ("Date", "Num", "Name")
_QUICKBOOKS_QS = [
    Q(
        "how much did we spend on office supplies this year",
        _money(lambda d: float(_qb(d).loc[lambda q: q["Account"] == "Office Supplies", "Amount"].sum())),
        (*_QB_ID, "Amount"),
    ),
    Q(
        "which expense category cost us the most",
        _lead(_named(lambda d: _top(_qb_spend(d).groupby("Account")["Amount"].sum()))),
        (*_QB_ID, "Amount"),
    ),
    Q(
        "what was total income for 2023",
        _money(lambda d: float(_qb(d).loc[lambda q: q["Account"].isin(_QB_INCOME), "Amount"].sum())),
        (*_QB_ID, "Amount"),
    ),
    Q(
        "which month did we spend the most",
        _lead(_month_year(_qb_month)),
        (*_QB_ID, "Amount"),
    ),
    Q(
        "how many expenses were over $1,000?",
        either(_count(lambda d: float(len(_qb_big(True)(d)))), _count(lambda d: float(len(_qb_big(False)(d))))),
        (*_QB_ID, "Amount", "Transaction Type"),
    ),
    Q(
        "which of those was the biggest",
        either(
            _money(lambda d: float(_qb_spend(d)["Amount"].max())),
            _named(lambda d: str(_qb_spend(d).sort_values("Amount").iloc[-1]["Name"])),
        ),
        (*_QB_ID, "Amount", "Transaction Type", "Memo/Description"),
    ),
]


# --- 3. Eventbrite attendee summary report (one event) -------------------------------------------------------------

_EB_COLUMNS = _split(
    "Order #;Order Date;First Name;Last Name;Email;Quantity;Ticket Type;Attendee #;Event Name;Order Type;Currency;"
    "Total Paid;Fees Paid;Eventbrite Fees;Eventbrite Payment Processing;Attendee Status;How did you hear about us?"
)
_EB_EVENT = "Austin Data Summit 2023"
_EB_PRICES = {"Early Bird": 49.0, "General Admission": 79.0, "VIP": 149.0, "Student": 29.0}
_EB_FIRST = _split(
    "James;Maria;Robert;Jennifer;Michael;Linda;David;Elizabeth;William;Susan;Carlos;Priya;Wei;Aisha;Daniel;Emily;"
    "Jose;Sarah;Kevin;Laura;Brian;Megan;Andre;Sofia;Ryan;Hannah;Omar;Grace;Luis;Chloe;Tyler;Nicole;Jun;Fatima"
)
_EB_LAST = _split(
    "Smith;Johnson;Garcia;Nguyen;Patel;Brown;Martinez;Lee;Davis;Lopez;Wilson;Anderson;Thomas;Kim;Chen;Hernandez;"
    "Moore;Clark;Lewis;Walker;Hall;Young;Shah;Rivera;Singh;Scott;Reed;Ortiz;Cooper;Ward"
)
_EB_DOMAINS = _split("gmail.com;yahoo.com;outlook.com;utexas.edu;dell.com;indeed.com;hotmail.com;icloud.com")


def _eventbrite_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9303)
    rows = []
    order_no = 5_481_203_117
    attendee_no = 6_802_114_905
    start = pd.Timestamp("2023-01-09")
    for _ in range(640):
        order_no += int(rng.integers(1_000, 400_000))
        day = start + pd.Timedelta(days=float(100 * rng.beta(1.2, 1.0)))
        when = day.normalize() + pd.Timedelta(seconds=int(rng.integers(7 * 3600, 23 * 3600)))
        offset = "-05:00" if when >= pd.Timestamp("2023-03-12 02:00") else "-06:00"
        order_type = _draw(rng, "Eventbrite Completed:92;Complimentary:5;Free Order:3")
        if order_type == "Eventbrite Completed":
            early = when < pd.Timestamp("2023-02-15")
            ticket = _draw(
                rng, "Early Bird:70;VIP:15;Student:15" if early else "General Admission:68;VIP:14;Student:18"
            )
        else:
            ticket = _draw(rng, "General Admission:6;VIP:4")
        k = int(_one(rng, [1, 2, 3, 4], [78, 14, 5, 3]))
        heard = _draw(rng, "LinkedIn:34;Friend or colleague:22;Email newsletter:14;Twitter:10;Meetup:9;Other:5;:42")
        status_mix = "Checked In:72;Attending:18;Not Attending:5;Refunded:5"
        refunded = rng.random() < 0.04
        for j in range(k):
            attendee_no += int(rng.integers(1, 9))
            first, last = str(_one(rng, _EB_FIRST)), str(_one(rng, _EB_LAST))
            price = _EB_PRICES[ticket] if order_type == "Eventbrite Completed" else 0.0
            fee = round(0.037 * price + 1.79, 2) if price else 0.0
            paid = round(price + fee, 2)
            processing = round(0.029 * paid, 2)
            status = "Refunded" if refunded else _draw(rng, status_mix.replace("Refunded:5", "Refunded:0"))
            rows.append(
                {
                    "Order #": order_no,
                    "Order Date": f"{when:%Y-%m-%d %H:%M:%S}{offset}",
                    "First Name": first,
                    "Last Name": last,
                    "Email": f"{first.lower()}.{last.lower()}{int(rng.integers(1, 99))}@{_one(rng, _EB_DOMAINS)}",
                    "Quantity": 1,
                    "Ticket Type": ticket,
                    "Attendee #": attendee_no,
                    "Event Name": _EB_EVENT,
                    "Order Type": order_type,
                    "Currency": "USD",
                    "Total Paid": paid,
                    "Fees Paid": fee,
                    "Eventbrite Fees": fee,
                    "Eventbrite Payment Processing": processing,
                    "Attendee Status": status,
                    "How did you hear about us?": (heard if j == 0 or rng.random() < 0.5 else "") or None,
                }
            )
    return pd.DataFrame(rows, columns=_EB_COLUMNS)


def _eb_status(d: pd.DataFrame) -> pd.Series:
    return _text(d["Attendee Status"])


def _eb_heard(d: pd.DataFrame) -> pd.Series:
    return _text(d["How did you hear about us?"])


_EB_ID = ("Order #", "Attendee #", "Order Date", "Quantity")
_EVENTBRITE_QS = [
    Q(
        "how many tickets did we sell altogether",
        either(
            _count(lambda d: float(d["Quantity"].sum())),
            _count(lambda d: float((_eb_status(d) != "Refunded").sum())),
            _count(lambda d: float((_text(d["Order Type"]) == "Eventbrite Completed").sum())),
        ),
        (*_EB_ID, "Attendee Status", "Order Type", "Ticket Type"),
    ),
    Q(
        "how much money did we take in",
        either(
            _money(lambda d: float(d["Total Paid"].sum())),
            _money(lambda d: float(d.loc[_eb_status(d) != "Refunded", "Total Paid"].sum())),
        ),
        (*_EB_ID, "Total Paid", "Attendee Status", "Fees Paid", "Order Type"),
    ),
    Q(
        "which ticket type sold best",
        _lead(_named(lambda d: _top(_text(d["Ticket Type"]).value_counts()))),
        (*_EB_ID, "Ticket Type"),
    ),
    Q(
        "what % of people actually showed up",
        either(
            _share(lambda d: float((_eb_status(d) == "Checked In").mean())),
            _share(lambda d: float((_eb_status(d) == "Checked In").sum() / (_eb_status(d) != "Refunded").sum())),
            _share(
                lambda d: float(
                    (_eb_status(d) == "Checked In").sum() / _eb_status(d).isin(["Checked In", "Attending"]).sum()
                )
            ),
        ),
        (*_EB_ID, "Attendee Status"),
    ),
    Q(
        "where did most people hear about us",
        _lead(_named(lambda d: _top(_eb_heard(d)[_eb_heard(d) != ""].value_counts()))),
        (*_EB_ID, "How did you hear about us?"),
    ),
    Q(
        "and how many didn't answer that",
        _count(lambda d: float((_eb_heard(d) == "").sum())),
        (*_EB_ID, "How did you hear about us?"),
    ),
]


# --- 4. IMDb TV episodes (title.episode joined to title.basics and title.ratings) ----------------------------------

# series: parent tconst, first year, episodes per season, runtime, rating base, votes base
_IM_SERIES: dict[str, tuple[str, int, tuple[int, ...], int, float, float]] = {
    "Breaking Bad": ("tt0903747", 2008, (7, 13, 13, 13, 16), 47, 8.75, 30_000),
    "Game of Thrones": ("tt0944947", 2011, (10, 10, 10, 10, 10, 10, 7, 6), 57, 8.7, 45_000),
    "The Office": ("tt0386676", 2005, (6, 22, 25, 19, 28, 26, 26, 24, 25), 22, 8.1, 5_500),
    "Friends": ("tt0108778", 1994, (24, 24, 25, 24, 24, 25, 24, 24, 24, 18), 22, 8.35, 6_000),
    "Stranger Things": ("tt4574334", 2016, (8, 9, 8, 9), 55, 8.4, 25_000),
    "The Sopranos": ("tt0141842", 1999, (13, 13, 13, 13, 13, 21), 55, 8.5, 6_500),
    "The Wire": ("tt0306414", 2002, (13, 12, 12, 13, 10), 59, 8.6, 5_000),
    "Better Call Saul": ("tt3032476", 2015, (10, 10, 10, 10, 10, 13), 46, 8.55, 9_000),
    "Seinfeld": ("tt0098904", 1989, (5, 12, 23, 24, 22, 24, 24, 22, 24), 22, 8.2, 3_500),
    "Succession": ("tt7660850", 2018, (10, 10, 9, 10), 60, 8.5, 9_500),
    "Chernobyl": ("tt7366338", 2019, (5,), 65, 9.05, 40_000),
}
_IM_WORDS = _split(
    "Pilot;Reunion;The Return;Homecoming;Crossroads;Fallout;Blood Money;Dead Freight;Say My Name;The Fly;Winter;"
    "The Door;Home;Legacy;Aftermath;The Deal;The Job;Old Friends;Cold Open;The Wedding;The Party;The Trip;Dinner;"
    "Confessions;Gone;Rebirth;The Storm;Endgame;Fire;Trust;Sunday;The Long Night;Bargain;Kill Switch;Exit"
)


def _imdb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9304)
    rows = []
    used: set[str] = set()
    for title, (parent, first, seasons, runtime, base, votes) in _IM_SERIES.items():
        for s_i, k in enumerate(seasons, start=1):
            season_shift = float(rng.normal(0, 0.15)) + (0.35 if title == "Breaking Bad" and s_i == 5 else 0)
            if title == "Game of Thrones" and s_i == 8:
                season_shift -= 2.5
            for e in range(1, k + 1):
                tconst = f"tt{int(rng.integers(98_000, 15_000_000)):07d}"
                while tconst in used:
                    tconst = f"tt{int(rng.integers(98_000, 15_000_000)):07d}"
                used.add(tconst)
                rating = base + season_shift + float(rng.normal(0, 0.3)) + (0.3 if e == k else 0.0)
                rating = round(float(np.clip(rating, 4.0, 9.8)), 1)
                name = str(_one(rng, _IM_WORDS)) if rng.random() < 0.8 else f"Episode #{s_i}.{e}"
                if title == "Breaking Bad" and s_i == 5 and e == 14:
                    name, rating = "Ozymandias", 10.0
                unknown = rng.random() < 0.02
                n_votes = int(votes * rng.lognormal(0, 0.35) * (1 + max(0.0, rating - 8.5)))
                rows.append(
                    {
                        "tconst": tconst,
                        "parentTconst": parent,
                        "seriesTitle": title,
                        "seasonNumber": "\\N" if unknown else str(s_i),
                        "episodeNumber": "\\N" if unknown else str(e),
                        "episodeTitle": name,
                        "startYear": "\\N" if rng.random() < 0.01 else str(first + s_i - 1),
                        "runtimeMinutes": "\\N" if rng.random() < 0.14 else str(int(runtime + rng.integers(-4, 6))),
                        "averageRating": rating,
                        "numVotes": n_votes,
                    }
                )
    frame = pd.DataFrame(rows)
    return frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)


def _im_series_means(weighted: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        if weighted:
            w = d["averageRating"] * d["numVotes"]
            return w.groupby(d["seriesTitle"]).sum() / d.groupby("seriesTitle")["numVotes"].sum()
        return d.groupby("seriesTitle")["averageRating"].mean()

    return value


def _im_bb(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["seriesTitle"]) == "Breaking Bad"]


def _im_bb_season(d: pd.DataFrame) -> int:
    bb = _im_bb(d)
    season = _num(bb["seasonNumber"])
    return int(bb.groupby(season)["averageRating"].mean().idxmax())


_IM_ID = ("tconst", "parentTconst", "seriesTitle", "episodeTitle")
_IMDB_QS = [
    Q(
        "which show has the best average rating",
        _lead(
            either(
                _named(lambda d: _top(_im_series_means(False)(d))), _named(lambda d: _top(_im_series_means(True)(d)))
            )
        ),
        (*_IM_ID, "averageRating", "numVotes"),
    ),
    Q(
        "how many episodes of breaking bad are there",
        _count(lambda d: float(len(_im_bb(d)))),
        (*_IM_ID, "seasonNumber", "episodeNumber"),
    ),
    Q(
        "and which season of it was rated highest",
        _lead(_season(_im_bb_season)),
        (*_IM_ID, "seasonNumber", "averageRating"),
    ),
    Q(
        "what's the single highest rated episode",
        _lead(_named(lambda d: str(d.loc[d["averageRating"].idxmax(), "episodeTitle"]))),
        (*_IM_ID, "averageRating", "seasonNumber", "episodeNumber"),
    ),
    Q(
        "how many episodes are missing a runtime",
        _count(lambda d: float(_num(d["runtimeMinutes"]).isna().sum())),
        (*_IM_ID, "runtimeMinutes"),
    ),
    Q(
        "do episodes with more votes tend to be rated higher?",
        _corr(lambda d: d["numVotes"], lambda d: d["averageRating"]),
        (*_IM_ID, "numVotes", "averageRating"),
    ),
]


# --- 5. NHTSA vehicle complaints (FLAT_CMPL flat file) -------------------------------------------------------------

_NH_COLUMNS = _split(
    "CMPLID;ODINO;MFR_NAME;MAKETXT;MODELTXT;YEARTXT;CRASH;FAILDATE;FIRE;INJURED;DEATHS;COMPDESC;CITY;STATE;VIN;"
    "DATEA;LDATE;MILES;OCCURENCES;CDESCR;CMPL_TYPE;POLICE_RPT_YN;VEH_SPEED"
)
# make: manufacturer, weight, VIN prefix, models, component weights
_NH_MAKES: dict[str, tuple[str, float, str, str, str]] = {
    "FORD": (
        "Ford Motor Company",
        24,
        "1FT",
        "F-150;EXPLORER;ESCAPE;BRONCO SPORT;MUSTANG MACH-E;EDGE",
        "ELECTRICAL SYSTEM:18;POWER TRAIN:20;ENGINE:14;SERVICE BRAKES:8;STEERING:8;AIR BAGS:4;STRUCTURE:4;"
        "VISIBILITY/WIPER:5;UNKNOWN OR OTHER:8;FUEL/PROPULSION SYSTEM:6",
    ),
    "CHEVROLET": (
        "General Motors, LLC",
        14,
        "1GC",
        "SILVERADO 1500;EQUINOX;TRAVERSE;BOLT EV;MALIBU;TAHOE",
        "ELECTRICAL SYSTEM:16;ENGINE:22;POWER TRAIN:14;SERVICE BRAKES:8;STEERING:7;AIR BAGS:4;UNKNOWN OR OTHER:8;"
        "FUEL/PROPULSION SYSTEM:10",
    ),
    "TOYOTA": (
        "Toyota Motor Engineering & Manufacturing",
        13,
        "4T1",
        "CAMRY;RAV4;TACOMA;HIGHLANDER;COROLLA;TUNDRA",
        "ELECTRICAL SYSTEM:12;ENGINE:10;POWER TRAIN:8;SERVICE BRAKES:10;STEERING:6;AIR BAGS:7;STRUCTURE:5;"
        "VISIBILITY/WIPER:6;UNKNOWN OR OTHER:7;FUEL/PROPULSION SYSTEM:26",
    ),
    "HONDA": (
        "Honda (American Honda Motor Co.)",
        12,
        "5J6",
        "CR-V;CIVIC;ACCORD;PILOT;ODYSSEY;HR-V",
        "ELECTRICAL SYSTEM:14;ENGINE:10;POWER TRAIN:8;SERVICE BRAKES:28;STEERING:9;AIR BAGS:5;"
        "VISIBILITY/WIPER:6;UNKNOWN OR OTHER:8;FUEL/PROPULSION SYSTEM:7",
    ),
    "JEEP": (
        "FCA US, LLC",
        9,
        "1C4",
        "GRAND CHEROKEE;WRANGLER;CHEROKEE;COMPASS",
        "ELECTRICAL SYSTEM:22;ENGINE:10;POWER TRAIN:14;STEERING:12;SERVICE BRAKES:6;UNKNOWN OR OTHER:8",
    ),
    "NISSAN": (
        "Nissan North America, Inc.",
        8,
        "1N4",
        "ROGUE;ALTIMA;SENTRA;PATHFINDER",
        "POWER TRAIN:20;ELECTRICAL SYSTEM:12;SERVICE BRAKES:14;ENGINE:8;UNKNOWN OR OTHER:8",
    ),
    "HYUNDAI": (
        "Hyundai Motor America",
        7,
        "5NM",
        "TUCSON;SANTA FE;ELANTRA;SONATA",
        "ENGINE:24;ELECTRICAL SYSTEM:12;POWER TRAIN:8;SERVICE BRAKES:6;FUEL/PROPULSION SYSTEM:8",
    ),
    "KIA": (
        "Kia America, Inc.",
        6,
        "5XY",
        "SORENTO;SPORTAGE;TELLURIDE;FORTE",
        "ENGINE:22;ELECTRICAL SYSTEM:12;POWER TRAIN:8;SERVICE BRAKES:6;UNKNOWN OR OTHER:5",
    ),
    "TESLA": (
        "Tesla, Inc.",
        5,
        "5YJ",
        "MODEL 3;MODEL Y;MODEL S;MODEL X",
        "FORWARD COLLISION AVOIDANCE:18;ELECTRICAL SYSTEM:12;STEERING:10;SUSPENSION:8;UNKNOWN OR OTHER:6",
    ),
    "SUBARU": (
        "Subaru of America, Inc.",
        4,
        "4S4",
        "OUTBACK;FORESTER;CROSSTREK;ASCENT",
        "ELECTRICAL SYSTEM:16;ENGINE:8;VISIBILITY/WIPER:10;SERVICE BRAKES:6;AIR BAGS:4",
    ),
}
_NH_PLACES = _split(
    "HOUSTON|TX;DALLAS|TX;SAN ANTONIO|TX;LOS ANGELES|CA;SAN DIEGO|CA;SACRAMENTO|CA;PHOENIX|AZ;MIAMI|FL;TAMPA|FL;"
    "ORLANDO|FL;ATLANTA|GA;CHICAGO|IL;COLUMBUS|OH;CLEVELAND|OH;DETROIT|MI;CHARLOTTE|NC;NEW YORK|NY;BROOKLYN|NY;"
    "PHILADELPHIA|PA;SEATTLE|WA;DENVER|CO;NASHVILLE|TN;LAS VEGAS|NV;PORTLAND|OR;RICHMOND|VA;BALTIMORE|MD"
)
_NH_TEXT = {
    "ELECTRICAL SYSTEM": "THE INSTRUMENT PANEL WENT BLANK AND MULTIPLE WARNING LIGHTS CAME ON WHILE DRIVING.",
    "POWER TRAIN": "THE TRANSMISSION SLIPPED AND THE VEHICLE LOST POWER WHILE ACCELERATING.",
    "ENGINE": "THE ENGINE STALLED WITHOUT WARNING AND WOULD NOT RESTART. THE DEALER REPLACED THE ENGINE.",
    "SERVICE BRAKES": "THE BRAKE PEDAL WENT TO THE FLOOR AND THE VEHICLE DID NOT STOP AS EXPECTED.",
    "STEERING": "THE STEERING WHEEL BECAME DIFFICULT TO TURN WHILE DRIVING AT LOW SPEED.",
    "AIR BAGS": "THE AIR BAG WARNING LIGHT STAYS ON. THE AIR BAGS DID NOT DEPLOY IN THE CRASH.",
    "STRUCTURE": "THE TAILGATE OPENED ON ITS OWN WHILE DRIVING.",
    "VISIBILITY/WIPER": "THE WINDSHIELD WIPERS STOPPED WORKING DURING HEAVY RAIN.",
    "UNKNOWN OR OTHER": "THE CONTACT STATED THAT THE VEHICLE HAD AN UNKNOWN FAILURE. THE MANUFACTURER WAS NOTIFIED.",
    "FUEL/PROPULSION SYSTEM": "THE VEHICLE SMELLED OF FUEL AND THE FUEL PUMP FAILED, CAUSING A LOSS OF POWER.",
    "FORWARD COLLISION AVOIDANCE": "THE VEHICLE BRAKED HARD FOR NO REASON ON THE HIGHWAY (PHANTOM BRAKING).",
    "SUSPENSION": "A CLUNKING NOISE CAME FROM THE FRONT SUSPENSION AND THE CONTROL ARM FAILED.",
}
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _nhtsa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9305)
    rows = []
    odino = 11_495_210
    cmplid = 1_845_300
    makes = list(_NH_MAKES)
    for _ in range(1900):
        odino += int(rng.integers(1, 60))
        make = str(_one(rng, makes, [v[1] for v in _NH_MAKES.values()]))
        mfr, _w, prefix, models, parts = _NH_MAKES[make]
        added = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 725)))
        fail = added - pd.Timedelta(days=int(rng.geometric(0.02)))
        year = 9999 if rng.random() < 0.03 else int(np.clip(2023 - rng.geometric(0.22) + 1, 2005, 2024))
        crash = rng.random() < 0.12
        fire = rng.random() < 0.03
        injured = int(rng.poisson(1.3)) if crash and rng.random() < 0.45 else 0
        deaths = 1 if crash and rng.random() < 0.02 else 0
        city, state = str(_one(rng, _NH_PLACES)).split("|")
        miles = None if rng.random() < 0.32 else int(rng.gamma(2.0, 24_000))
        vin = prefix + "".join(str(_one(rng, list(_VIN_CHARS))) for _ in range(8))
        k = int(_one(rng, [1, 2, 3], [74, 20, 6]))
        options, weights = zip(*[(p.rsplit(":", 1)[0], float(p.rsplit(":", 1)[1])) for p in _split(parts)], strict=True)
        w = np.asarray(weights) / sum(weights)
        comps = [options[int(i)] for i in rng.choice(len(options), size=k, replace=False, p=w)]
        model = str(_one(rng, _split(models)))
        for comp in comps:
            cmplid += 1
            rows.append(
                {
                    "CMPLID": cmplid,
                    "ODINO": odino,
                    "MFR_NAME": mfr,
                    "MAKETXT": make,
                    "MODELTXT": model,
                    "YEARTXT": year,
                    "CRASH": "Y" if crash else "N",
                    "FAILDATE": None if rng.random() < 0.08 else int(f"{fail:%Y%m%d}"),
                    "FIRE": "Y" if fire else "N",
                    "INJURED": injured,
                    "DEATHS": deaths,
                    "COMPDESC": comp,
                    "CITY": city,
                    "STATE": state,
                    "VIN": vin,
                    "DATEA": int(f"{added:%Y%m%d}"),
                    "LDATE": int(f"{added + pd.Timedelta(days=int(rng.integers(0, 3))):%Y%m%d}"),
                    "MILES": miles,
                    "OCCURENCES": None if rng.random() < 0.5 else int(rng.geometric(0.6)),
                    "CDESCR": _NH_TEXT[comp],
                    "CMPL_TYPE": "IVOC" if rng.random() < 0.97 else "EVOC",
                    "POLICE_RPT_YN": "Y" if crash and rng.random() < 0.6 else "N",
                    "VEH_SPEED": None if rng.random() < 0.8 else int(rng.integers(0, 75)),
                }
            )
    return pd.DataFrame(rows, columns=_NH_COLUMNS)


def _nh_odi(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("ODINO")


def _nh_top_part(make: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(d[_text(d["MAKETXT"]) == make].groupby("COMPDESC").size())


_NH_ID = ("ODINO", "CMPLID")
_NHTSA_QS = [
    Q(
        "how many complaints are in this file",
        either(_count(lambda d: float(d["ODINO"].nunique())), _count(lambda d: float(len(d)))),
        _NH_ID,
    ),
    Q(
        "which car brand has the most complaints",
        _lead(
            either(
                _named(lambda d: _top(d.groupby("MAKETXT")["ODINO"].nunique())),
                _named(lambda d: _top(d.groupby("MAKETXT").size())),
            )
        ),
        (*_NH_ID, "MAKETXT", "MFR_NAME"),
    ),
    Q(
        "how many people got injured in total",
        either(_count(lambda d: float(_nh_odi(d)["INJURED"].sum())), _count(lambda d: float(d["INJURED"].sum()))),
        (*_NH_ID, "INJURED"),
    ),
    Q(
        "what percent of complaints involved a crash",
        either(
            _share(lambda d: float((_text(_nh_odi(d)["CRASH"]) == "Y").mean())),
            _share(lambda d: float((_text(d["CRASH"]) == "Y").mean())),
        ),
        (*_NH_ID, "CRASH"),
    ),
    Q(
        "what's the most common problem people report for toyotas",
        _lead(_named(_nh_top_part("TOYOTA"))),
        (*_NH_ID, "MAKETXT", "COMPDESC"),
    ),
    Q(
        "and for hondas?",
        _lead(_named(_nh_top_part("HONDA"))),
        (*_NH_ID, "MAKETXT", "COMPDESC"),
    ),
]


# --- 6. Met Office historic station data, Oxford (1853-2023, as a CSV) --------------------------------------------

_MO_COLUMNS = ["yyyy", "mm", "tmax degC", "tmin degC", "af days", "rain mm", "sun hours", ""]
_MO_TMAX = (8.0, 8.7, 11.3, 14.3, 17.8, 20.9, 23.0, 22.5, 19.6, 15.3, 11.0, 8.3)
_MO_TMIN = (1.6, 1.4, 2.9, 4.6, 7.5, 10.5, 12.6, 12.4, 10.4, 7.6, 4.1, 2.1)
_MO_RAIN = (57, 44, 45, 47, 55, 50, 52, 59, 56, 68, 64, 62)
_MO_SUN = (57, 74, 111, 150, 189, 189, 200, 187, 141, 101, 67, 51)
_MO_FROST = (10, 9, 6, 3, 0.4, 0, 0, 0, 0, 1, 5, 9)


def _mo_text(value: float | None, places: int, estimated: bool) -> str:
    if value is None:
        return "---"
    text = f"{value:.{places}f}"
    return text + "*" if estimated else text


def _met_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9306)
    rows = []
    for year in range(1853, 2024):
        warm = 0.004 * (year - 1853) + max(0.0, 0.03 * (year - 1985)) + float(rng.normal(0, 0.45))
        warm += 1.3 if year == 2022 else 0.0
        for m in range(12):
            anomaly = warm + float(rng.normal(0, 1.1))
            tmax = _MO_TMAX[m] + anomaly - 0.5
            tmin = _MO_TMIN[m] + 0.8 * anomaly - 0.4
            rain = float(_MO_RAIN[m] * rng.gamma(3.0, 1 / 3.0))
            rain = max(rain, 1.5)
            sun = max(5.0, _MO_SUN[m] * float(rng.normal(1, 0.18)) + 4 * anomaly)
            frost = int(np.clip(round(_MO_FROST[m] * float(rng.lognormal(0, 0.4)) - 1.2 * anomaly), 0, 28))
            est = year < 1880 and rng.random() < 0.06
            provisional = year == 2023 and m >= 8
            rows.append(
                [
                    str(year),
                    str(m + 1),
                    _mo_text(tmax, 1, est),
                    _mo_text(tmin, 1, est),
                    _mo_text(None if year < 1856 and rng.random() < 0.5 else frost, 0, False),
                    _mo_text(rain, 1, year < 1870 and rng.random() < 0.04),
                    _mo_text(
                        None if year < 1880 or rng.random() < 0.004 else sun, 1, year < 1930 and rng.random() < 0.02
                    ),
                    "Provisional" if provisional else "",
                ]
            )
    frame = pd.DataFrame(rows, columns=_MO_COLUMNS)
    frame.loc[(frame["yyyy"] == "1894") & (frame["mm"] == "11"), "rain mm"] = "192.9"
    frame.loc[(frame["yyyy"] == "1995") & (frame["mm"] == "8"), "rain mm"] = "0.6"
    return frame


def _mo(d: pd.DataFrame) -> pd.DataFrame:
    frame = pd.DataFrame({"year": _num(d["yyyy"]).astype(int), "month": _num(d["mm"]).astype(int)})
    for c, name in (("tmax degC", "tmax"), ("tmin degC", "tmin"), ("af days", "af"), ("rain mm", "rain")):
        frame[name] = _num(d[c].astype("string").str.replace("---", "", regex=False))
    frame["sun"] = _num(d["sun hours"].astype("string").str.replace("---", "", regex=False))
    frame["when"] = pd.to_datetime({"year": frame["year"], "month": frame["month"], "day": 1})
    return frame


def _mo_hottest(mid: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        m = _mo(d)
        t = (m["tmax"] + m["tmin"]) / 2 if mid else m["tmax"]
        return int(t.groupby(m["year"]).mean().idxmax())

    return value


def _mo_frost(first: int) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        m = _mo(d)
        m = m[(m["year"] >= first) & (m["year"] < first + 10)]
        return float(m.groupby("year")["af"].sum().mean())

    return value


_MO_ID = ("yyyy", "mm")
_MET_QS = [
    Q(
        "which year was the hottest in oxford",
        _lead(either(_year(_mo_hottest(False)), _year(_mo_hottest(True)))),
        (*_MO_ID, "tmax degC", "tmin degC"),
    ),
    Q(
        "wettest month on record?",
        _lead(_month_year(lambda d: _mo(d).set_index("when")["rain"].idxmax())),
        (*_MO_ID, "rain mm"),
    ),
    Q(
        "and the driest",
        _lead(_month_year(lambda d: _mo(d).set_index("when")["rain"].idxmin())),
        (*_MO_ID, "rain mm"),
    ),
    Q(
        "how many frost days a year did they get in the 1960s compared to the 2010s",
        _about(lambda d: [_mo_frost(1960)(d), _mo_frost(2010)(d)]),
        (*_MO_ID, "af days"),
    ),
    Q(
        "how many months are missing the sunshine figure",
        _count(lambda d: float(_mo(d)["sun"].isna().sum())),
        (*_MO_ID, "sun hours"),
    ),
    Q(
        "are sunnier months warmer? whats the correlation",
        _corr(lambda d: _mo(d)["sun"], lambda d: _mo(d)["tmax"]),
        (*_MO_ID, "sun hours", "tmax degC"),
    ),
]


# --- 7. Oura ring daily export (oura_2022-05-01_2023-12-31_trends.csv) ---------------------------------------------

_OU_COLUMNS = _split(
    "date;Sleep Score;Readiness Score;Activity Score;Total Sleep Duration;REM Sleep Duration;Deep Sleep Duration;"
    "Light Sleep Duration;Awake Time;Sleep Efficiency;Average Resting Heart Rate;Lowest Resting Heart Rate;"
    "Average HRV;Temperature Deviation (°C);Respiratory Rate;Steps;Active Calories;Bedtime Start;Bedtime End"
)
# month (yyyy-mm) shifts of sleep
_OU_MONTHS = {"2022-12": -7.0, "2023-08": 5.0, "2023-07": 2.0, "2022-11": -2.0, "2023-05": 1.5}


def _oura_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9307)
    rows = []
    for day in pd.date_range("2022-05-01", "2023-12-31"):
        weekend_night = day.dayofweek in (5, 6)  # the night before Saturday and Sunday
        shift = _OU_MONTHS.get(f"{day:%Y-%m}", 0.0)
        off = rng.random() < 0.055
        idle = rng.random() < 0.03
        steps = int(max(600, rng.normal(9_500 if not weekend_night else 7_800, 3_000)))
        late = float(rng.normal(25 if not weekend_night else 75, 45))  # minutes after 23:00
        total = int(
            np.clip(rng.normal(7.1 * 3600 + 60 * shift * 4 - 20 * max(0.0, late - 60), 2400), 3 * 3600, 10 * 3600)
        )
        awake = int(np.clip(rng.normal(2700, 700), 600, 7200))
        rem = int(total * rng.uniform(0.18, 0.25))
        deep = int(total * rng.uniform(0.12, 0.19))
        score = int(np.clip(round(72 + shift + (total - 7 * 3600) / 600 + rng.normal(0, 4)), 35, 98))
        hrv = int(np.clip(rng.normal(48 - (9 if weekend_night else 0) + shift / 2, 7), 15, 110))
        hr = round(float(rng.normal(57 + (3 if weekend_night else 0), 2.5)), 2)
        start = day.normalize() - pd.Timedelta(hours=1) + pd.Timedelta(minutes=late)
        end = start + pd.Timedelta(seconds=total + awake)
        dst = pd.Timestamp("2022-03-13") <= start < pd.Timestamp("2022-11-06") or pd.Timestamp(
            "2023-03-12"
        ) <= start < pd.Timestamp("2023-11-05")
        zone = "-05:00" if dst else "-06:00"
        sleep = {
            "Sleep Score": score,
            "Readiness Score": int(np.clip(round(score * 0.6 + hrv * 0.5 + rng.normal(0, 4)), 30, 99)),
            "Total Sleep Duration": total,
            "REM Sleep Duration": rem,
            "Deep Sleep Duration": deep,
            "Light Sleep Duration": total - rem - deep,
            "Awake Time": awake,
            "Sleep Efficiency": round(100 * total / (total + awake)),
            "Average Resting Heart Rate": hr,
            "Lowest Resting Heart Rate": int(hr - rng.uniform(3, 8)),
            "Average HRV": hrv,
            "Temperature Deviation (°C)": round(float(rng.normal(0, 0.22)), 2),
            "Respiratory Rate": round(float(rng.normal(14.6, 0.5)), 3),
            "Bedtime Start": f"{start:%Y-%m-%dT%H:%M:%S}{zone}",
            "Bedtime End": f"{end:%Y-%m-%dT%H:%M:%S}{zone}",
        }
        activity = {
            "Activity Score": int(np.clip(round(60 + steps / 400 + rng.normal(0, 6)), 20, 100)),
            "Steps": steps,
            "Active Calories": int(steps * rng.uniform(0.035, 0.05) + rng.normal(60, 30)),
        }
        row: dict[str, Any] = {"date": f"{day:%Y-%m-%d}"}
        row |= {k: (None if off else v) for k, v in sleep.items()}
        row |= {k: (None if idle else v) for k, v in activity.items()}
        rows.append(row)
    return pd.DataFrame(rows, columns=_OU_COLUMNS)


def _ou_months(d: pd.DataFrame) -> pd.Series:
    month = pd.to_datetime(d["date"]).dt.to_period("M")
    return d.groupby(month)["Sleep Score"].mean()


def _ou_weekend(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["date"]).dt.dayofweek >= 5


def _ou_late(strict: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        clock = _text(d["Bedtime Start"]).str.slice(11, 19)
        clock = clock[clock != ""]
        minutes = clock.str.slice(0, 2).astype(int) * 60 + clock.str.slice(3, 5).astype(int)
        low = (minutes > 60) if strict else (minutes >= 60)
        return float((low & (minutes < 12 * 60)).sum())

    return value


_OU_ID = ("date",)
_OURA_QS = [
    Q(
        "how many hours do i sleep on average",
        either(
            _about(lambda d: float(d["Total Sleep Duration"].mean()) / 3600, rel=0.005),
            has(lambda d: float(d["Total Sleep Duration"].mean()) / 60, rel=0.003),
        ),
        (*_OU_ID, "Total Sleep Duration"),
    ),
    Q(
        "which month did i sleep best",
        _lead(_month_year(lambda d: _ou_months(d).idxmax().to_timestamp())),
        (*_OU_ID, "Sleep Score"),
    ),
    Q(
        "and the worst?",
        _lead(_month_year(lambda d: _ou_months(d).idxmin().to_timestamp())),
        (*_OU_ID, "Sleep Score"),
    ),
    Q(
        "how many days is there no sleep data",
        _count(lambda d: float(d["Total Sleep Duration"].isna().sum())),
        (*_OU_ID, "Total Sleep Duration", "Sleep Score"),
    ),
    Q(
        "is my hrv different on weekends vs weekdays",
        _about(
            lambda d: [
                float(d.loc[_ou_weekend(d), "Average HRV"].mean()),
                float(d.loc[~_ou_weekend(d), "Average HRV"].mean()),
            ]
        ),
        (*_OU_ID, "Average HRV"),
    ),
    Q(
        "how many nights did i go to bed after 1am",
        either(_count(_ou_late(True)), _count(_ou_late(False))),
        (*_OU_ID, "Bedtime Start"),
    ),
]

HELDOUT93: list[Dataset] = [
    Dataset("untappd_checkins", _untappd_frame, _UNTAPPD_QS),
    Dataset("quickbooks_transaction_detail", _quickbooks_frame, _QUICKBOOKS_QS),
    Dataset("eventbrite_attendees", _eventbrite_frame, _EVENTBRITE_QS),
    Dataset("imdb_tv_episodes", _imdb_frame, _IMDB_QS),
    Dataset("nhtsa_complaints", _nhtsa_frame, _NHTSA_QS),
    Dataset("met_office_oxford", _met_frame, _MET_QS),
    Dataset("oura_daily", _oura_frame, _OURA_QS),
]
