"""HELDOUT98: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Capital One credit card
transactions download (2023, newest first) with Transaction Date and Posted Date as "2023-03-14" (posting zero to
three days later), Card No. as the last four digits (two cards on the account, 1234 and an authorised user's 5678),
upper-case merchant descriptions with store numbers and reference codes ("AMAZON.COM*1A2B3C", "STARBUCKS 08812"),
Category Dining / Merchandise / Gas/Automotive / Grocery / Entertainment / Other Services / Payment/Credit, Debit
blank on credits and Credit blank on debits (monthly "CAPITAL ONE MOBILE PYMT" payments under Payment/Credit and a
few merchandise refunds as credits); a Sleep Cycle app export (semicolon-separated in the app, here one night a row,
March 2022 to March 2023 with nights missing) with Start and End as "2023-03-13 23:41:00", Sleep Quality and
Regularity written "78%" (Regularity "0%" for the first nights), Mood Good / OK / Bad or blank, Heart rate (bpm)
mostly blank, Steps (0 on nights the phone was not carried), Alarm mode Normal / No alarm / Nap, Snore time
(seconds) mostly 0, Time in bed, Time asleep and Time before sleep in seconds, Weather temperature (°C) and Weather
type blank together, and Notes as colon-joined tags ("Coffee:Stressful day") or blank; a Harvest detailed time
report (January to June 2023, one row per time entry, seven people) with "2023-03-14" Date, Client, Project,
Project Code ("ACM-03"), Task, Notes mostly blank, Hours to two decimals, Hours Rounded up to the quarter hour,
Billable? and Invoiced? as Yes / No, First Name, Last Name, Roles ("Design, Senior", some blank), Billable Rate and
Billable Amount (0 when not billable, the studio's own "Northwind Studio" internal projects never billable), Cost
Rate, Cost Amount and Currency "United States Dollar - USD"; an eBay seller "Orders report" for March 2023 (the blank
line above the header is skipped when read) with Sales Record Number, "14-09876-54321" Order Number (an order with two
items repeats it on two records), Buyer Username and Buyer Name, 12-digit Item Number, Item Title, Custom Label SKU,
Quantity, Sold For, Shipping And Handling, eBay Collected Tax and Total Price written "$12.99", Payment Method
(mostly "Managed payments"), Sale Date and Paid On Date as "Mar-14-23", Shipped On Date blank when not yet shipped,
Ship To City, two-letter Ship To State and Ship To Country, followed by the footer: an empty row, "378 record(s)
downloaded,from Mar-01-23 to Mar-31-23" and "Seller ID : myshop" in the first column; LA Metro Bike Share trip data
(Q1 2023, about 3,000 trips) with trip_id, duration in whole minutes, start_time and end_time as "1/14/2023 8:05",
numeric start_station / end_station ids with their lat / lon (blank for the virtual station 3000), bike_id,
plan_duration 1 / 30 / 365 (999 on a few test rides), trip_route_category One Way / Round Trip, passholder_type
Walk-up / Monthly Pass / Annual Pass / One Day Pass and bike_type standard / electric / smart; Kaggle's Pitchfork
reviews flattened from the sqlite file (1999-2017) with reviewid repeated for reviews filed under two genres,
lower-case title and artist, url, score 0-10 to one decimal, best_new_music 0 / 1 (from 2003), author, author_type
with blanks, "2017-01-06" pub_date, pub_weekday 0-6 (Monday 0), pub_day, pub_month, pub_year and genre (rock,
electronic, experimental, rap, pop/r&b, folk/country, metal, jazz, global, or blank); and a UN Comtrade export of
Germany's annual trade in eight HS 4-digit commodities for 2022 and 2023 with Classification H6, Year, Period,
Trade Flow Import / Export / Re-Export, Reporter and Reporter ISO, Partner and Partner ISO with a "World" / "WLD" row
per year, flow and commodity that totals the partner rows, Commodity Code and Comtrade's long Commodity text, Qty
Unit "Weight in kilograms" / "Number of items", Qty and Netweight (kg) with some blanks, Trade Value (US$) and Flag
0 / 4 / 6. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _split, _text
from .heldout38 import _draw, _month
from .heldout40 import _number
from .heldout41 import _any_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _either_named(*values: Callable[[pd.DataFrame], str], aliases: dict[str, tuple[str, ...]] | None = None) -> Check:
    """The pick under any of several readings, as the lead of the answer."""
    return _lead(either(*(_named(v, aliases) for v in values)))


# --- 1. Capital One credit card transactions -----------------------------------------------------------------------

# category: purchases per day, lognormal median and spread of the amount, merchants
_CO_CATEGORIES: dict[str, tuple[float, float, float, str]] = {
    "Dining": (
        0.75,
        16,
        0.55,
        "STARBUCKS 08812;CHIPOTLE 1234;DOORDASH*SWEETGREEN;MCDONALD'S F12345;PANERA BREAD #601;UBER   *EATS;"
        "TST* JOE'S PIZZA",
    ),
    "Merchandise": (
        0.45,
        38,
        0.9,
        "AMAZON.COM*{code};AMAZON MKTPL*{code};TARGET 00012345;WAL-MART #1234;BEST BUY 00012;ETSY.COM;HOME DEPOT #0611",
    ),
    "Grocery": (0.3, 62, 0.5, "KROGER #512;TRADER JOE'S #552;WHOLE FOODS MKT #10234;ALDI 72011"),
    "Gas/Automotive": (0.16, 44, 0.3, "SHELL OIL 57444;EXXONMOBIL 4432;CHEVRON 0203;SPEEDWAY 06617"),
    "Entertainment": (0.1, 15, 0.5, "NETFLIX.COM;SPOTIFY USA;AMC THEATRES #2210;STEAMGAMES.COM"),
    "Other Services": (0.06, 70, 0.6, "COMCAST CABLE COMM;GREAT CLIPS #4410;PLANET FITNESS;USPS PO 4801"),
}


def _co_code(rng: np.random.Generator) -> str:
    return "".join(str(_one(rng, list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))) for _ in range(6))


def _capital_one_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9801)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-01", "2023-12-31")
    for day in days:
        season = 1.35 if day.month in (11, 12) else 1.0
        for category, (rate, median, spread, merchants) in _CO_CATEGORIES.items():
            for _ in range(int(rng.poisson(rate * season))):
                desc = str(_one(rng, _split(merchants))).replace("{code}", _co_code(rng))
                amount = round(float(median * np.exp(rng.normal(0, spread))), 2)
                rows.append({"day": day, "Description": desc, "Category": category, "Debit": amount, "Credit": None})
                if category == "Merchandise" and rng.random() < 0.05:
                    back = day + pd.Timedelta(days=int(rng.integers(3, 20)))
                    if back.year == 2023:
                        rows.append(
                            {"day": back, "Description": desc, "Category": category, "Debit": None, "Credit": amount}
                        )
    frame = pd.DataFrame(rows)
    for month in range(1, 13):
        paid = pd.Timestamp(2023, month, 20)
        earlier = frame[(frame["day"] < paid) & (frame["day"] >= paid - pd.DateOffset(months=1))]
        amount = round(float(earlier["Debit"].sum()) * float(rng.uniform(0.85, 1.0)), 2)
        desc = "CAPITAL ONE MOBILE PYMT" if rng.random() < 0.7 else "CAPITAL ONE AUTOPAY PYMT"
        rows.append({"day": paid, "Description": desc, "Category": "Payment/Credit", "Debit": None, "Credit": amount})
    frame = pd.DataFrame(rows)
    lag = rng.choice([0, 1, 1, 2, 2, 3], len(frame))
    posted = frame["day"] + pd.to_timedelta(lag, unit="D")
    posted = posted.where(frame["Category"] != "Payment/Credit", frame["day"])
    out = pd.DataFrame(
        {
            "Transaction Date": frame["day"].dt.strftime("%Y-%m-%d"),
            "Posted Date": posted.dt.strftime("%Y-%m-%d"),
            "Card No.": np.where(rng.random(len(frame)) < 0.25, 5678, 1234),
            "Description": frame["Description"],
            "Category": frame["Category"],
            "Debit": frame["Debit"],
            "Credit": frame["Credit"],
        }
    )
    out.loc[out["Category"] == "Payment/Credit", "Card No."] = 1234
    order = np.lexsort((-np.arange(len(out)), out["Transaction Date"].to_numpy()))[::-1]
    return out.iloc[order].reset_index(drop=True)


def _co_debit(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Debit"], errors="coerce").fillna(0.0)


def _co_credit(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Credit"], errors="coerce").fillna(0.0)


def _co_refunds(d: pd.DataFrame) -> pd.Series:
    return _co_credit(d).where(_text(d["Category"]) != "Payment/Credit", 0.0)


def _co_spent(net: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_co_debit(d).sum() - (_co_refunds(d).sum() if net else 0.0))


def _co_by_category(d: pd.DataFrame) -> pd.Series:
    return _co_debit(d).groupby(_text(d["Category"])).sum()


def _co_top_category(d: pd.DataFrame) -> str:
    return _top(_co_by_category(d))


def _co_top_monthly(net: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        top = _text(d["Category"]) == _co_top_category(d)
        amount = _co_debit(d) - (_co_refunds(d) if net else 0.0)
        month = pd.to_datetime(d["Transaction Date"], format="%Y-%m-%d").dt.to_period("M")
        return float(amount[top].groupby(month[top]).sum().mean())

    return mean


def _co_top_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Transaction Date"], format="%Y-%m-%d").dt.to_period("M")
    return _co_debit(d).groupby(month).sum().idxmax().to_timestamp()


def _co_paid(d: pd.DataFrame) -> float:
    return float(_co_credit(d)[_text(d["Category"]) == "Payment/Credit"].sum())


_CO_WHEN = ("Transaction Date", "Posted Date")

_CAPITAL_ONE_QS = [
    Q(
        "how much did i spend this year",
        either(_scaled(_co_spent(False), (1e3,)), _scaled(_co_spent(True), (1e3,))),
        ("Debit", "Credit", "Category", *_CO_WHEN),
    ),
    Q("what do i spend the most on", _lead(_named(_co_top_category)), ("Category", "Debit", "Description")),
    Q(
        "how much is that a month on average",
        either(_about(_co_top_monthly(False)), _about(_co_top_monthly(True))),
        ("Category", "Debit", "Credit", *_CO_WHEN),
    ),
    Q(
        "biggest single purchase?",
        _about(lambda d: float(_co_debit(d).max())),
        ("Debit", "Description", "Category", *_CO_WHEN, "Card No."),
    ),
    Q("which month did i spend the most", _month(_co_top_month), ("Debit", *_CO_WHEN)),
    Q(
        "how much have i paid off on the card in total",
        _scaled(_co_paid, (1e3,)),
        ("Credit", "Category", "Description", *_CO_WHEN),
    ),
]


# --- 2. Sleep Cycle export -----------------------------------------------------------------------------------------

_SC_TAGS = "Coffee:0.3;Stressful day:0.2;Worked out:0.25;Drank alcohol:0.12;Ate late:0.15"
_SC_WEATHER = "Cloudy:30;Partly cloudy:22;Sunny:25;Rain:15;Snow:4;Fog:4"


def _sleep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9802)
    rows: list[dict[str, Any]] = []
    nights = pd.date_range("2022-03-01", "2023-03-13")
    regular = 0
    for night in nights:
        if rng.random() < 0.1:
            continue
        regular += 1
        tags = [t for t, w in (x.rsplit(":", 1) for x in _split(_SC_TAGS)) if rng.random() < float(w)]
        weekend = night.day_of_week in (4, 5)
        start = night + pd.Timedelta(hours=23, minutes=20) + pd.Timedelta(minutes=float(rng.normal(0, 40)))
        start += pd.Timedelta(minutes=50 if weekend else 0)
        before = int(
            rng.uniform(300, 1500) + (900 if "Coffee" in tags else 0) + (500 if "Stressful day" in tags else 0)
        )
        in_bed = int(rng.normal(7.6, 0.8) * 3600) + before // 2
        awake = int(rng.uniform(600, 2400))
        asleep = in_bed - before - awake
        steps = 0 if rng.random() < 0.08 else int(max(800, rng.normal(7500, 3000)))
        quality = 62 + 6.0 * (asleep / 3600 - 5) + 0.0008 * steps + rng.normal(0, 7)
        quality -= 7 * ("Coffee" in tags) + 4 * ("Stressful day" in tags) + 5 * ("Drank alcohol" in tags)
        quality = int(np.clip(round(quality), 20, 100))
        if rng.random() < 0.45:
            mood = ""
        elif quality < 60:
            mood = _draw(rng, "Bad:45;OK:40;Good:15")
        else:
            mood = _draw(rng, "Bad:8;OK:37;Good:55")
        snore = 0 if rng.random() < 0.6 else int(rng.exponential(420))
        temp = 9 + 11 * np.sin(2 * np.pi * (night.day_of_year - 110) / 365) + rng.normal(0, 3)
        weathered = rng.random() > 0.1
        kind = _draw(rng, _SC_WEATHER) if weathered else ""
        if kind == "Snow" and temp > 3:
            kind = "Rain"
        rows.append(
            {
                "Start": f"{start:%Y-%m-%d %H:%M:00}",
                "End": f"{start + pd.Timedelta(seconds=in_bed):%Y-%m-%d %H:%M:00}",
                "Sleep Quality": f"{quality}%",
                "Regularity": "0%" if regular <= 4 else f"{int(np.clip(rng.normal(82, 8), 40, 100))}%",
                "Mood": mood or None,
                "Heart rate (bpm)": int(rng.normal(58, 4)) if rng.random() < 0.2 else None,
                "Steps": steps,
                "Alarm mode": "No alarm" if weekend else _draw(rng, "Normal:85;No alarm:10;Nap:5"),
                "Snore time (seconds)": snore,
                "Time in bed (seconds)": in_bed,
                "Time asleep (seconds)": asleep,
                "Time before sleep (seconds)": before,
                "Weather temperature (°C)": round(float(temp), 1) if weathered else None,
                "Weather type": kind or None,
                "Notes": ":".join(tags) or None,
            }
        )
    return pd.DataFrame(rows)


def _sc_quality(d: pd.DataFrame) -> pd.Series:
    return _number(d["Sleep Quality"])


def _sc_mean_where(pick: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_sc_quality(d)[pick(d)].mean())


def _sc_coffee(d: pd.DataFrame) -> pd.Series:
    return _text(d["Notes"]).str.contains("Coffee", case=False)


def _sc_hours(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(d["Time asleep (seconds)"]).agg(how)) / 3600


def _sc_snored(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        snore = pd.to_numeric(d["Snore time (seconds)"], errors="coerce")
        return float((snore >= 600).sum() if inclusive else (snore > 600).sum())

    return count


def _sc_steps(walked_only: bool) -> Check:
    def keep(d: pd.DataFrame) -> pd.DataFrame:
        steps = pd.to_numeric(d["Steps"], errors="coerce")
        return d[steps > 0] if walked_only else d

    return _corr(lambda d: pd.to_numeric(keep(d)["Steps"]), lambda d: _sc_quality(keep(d)))


_SLEEP_QS = [
    Q("whats my average sleep quality", _about(lambda d: float(_sc_quality(d).mean())), ("Sleep Quality", "Start")),
    Q(
        "and on nights i was in a bad mood?",
        _about(_sc_mean_where(lambda d: _text(d["Mood"]) == "Bad")),
        ("Sleep Quality", "Mood", "Start"),
    ),
    Q(
        "how many hours am i actually sleeping a night",
        either(_about(_sc_hours("mean")), _about(_sc_hours("median"))),
        ("Time asleep (seconds)", "Start", "End"),
    ),
    Q(
        "does coffee mess up my sleep",
        _about(lambda d: [_sc_mean_where(_sc_coffee)(d), _sc_mean_where(lambda x: ~_sc_coffee(x))(d)]),
        ("Sleep Quality", "Notes", "Start"),
    ),
    Q(
        "how many nights did i snore more than 10 minutes",
        either(_count(_sc_snored(False)), _count(_sc_snored(True))),
        ("Snore time (seconds)", "Start"),
    ),
    Q(
        "is there a link between how much i walk and how well i sleep",
        either(_sc_steps(False), _sc_steps(True)),
        ("Steps", "Sleep Quality", "Start"),
    ),
]


# --- 3. Harvest detailed time report -------------------------------------------------------------------------------

# first name: last name, roles, cost rate, hours a day
_HV_PEOPLE: dict[str, tuple[str, str, float, float]] = {
    "Maya": ("Okafor", "Design, Senior", 68.0, 6.8),
    "Daniel": ("Brooks", "Development, Senior", 75.0, 7.4),
    "Priya": ("Raman", "Development", 58.0, 6.9),
    "Tom": ("Lindqvist", "Project Management", 62.0, 5.6),
    "Lucia": ("Ferreira", "Design", 50.0, 6.2),
    "Sam": ("Whitaker", "", 45.0, 4.8),
    "Hannah": ("Cole", "Development", 55.0, 6.4),
}
# client: weight, projects as "name|code|rate"
_HV_CLIENTS: dict[str, tuple[float, str]] = {
    "Acme Corp": (24, "Website Redesign|ACM-03|165;Support Retainer|ACM-04|140"),
    "Bluebird Health": (18, "Patient Portal|BBH-01|175"),
    "Cedar & Vine": (10, "Brand Refresh|CDV-02|150;Spring Campaign|CDV-03|150"),
    "Harbor Logistics": (16, "Fleet Dashboard|HBL-01|160"),
    "Tandem Bikes": (8, "Shopify Build|TDB-01|135"),
    "Northwind Studio": (14, "Internal - Admin|NWS-00|0;Internal - Marketing|NWS-01|0"),
}
_HV_TASKS = "Design:25;Development:35;Project Management:12;Meetings:12;QA:8;Content:8"
_HV_NOTES = "Kickoff call;Homepage mockups;Bug fixes;Sprint planning;Client review;Copy edits;Deploy to staging"


def _harvest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9803)
    rows: list[dict[str, Any]] = []
    clients = list(_HV_CLIENTS)
    weights = [v[0] for v in _HV_CLIENTS.values()]
    for day in pd.bdate_range("2023-01-02", "2023-06-30"):
        for first, (last, roles, cost, daily) in _HV_PEOPLE.items():
            if rng.random() < 0.07:
                continue
            total = max(1.0, float(rng.normal(daily, 1.0)))
            k = int(rng.integers(1, 4))
            parts = rng.dirichlet(np.ones(k)) * total
            for hours in parts:
                client = str(_one(rng, clients, weights))
                name, code, rate = str(_one(rng, _split(_HV_CLIENTS[client][1]))).split("|")
                task = _draw(rng, _HV_TASKS)
                billable = float(rate) > 0 and task != "Meetings"
                hours = max(0.1, round(float(hours), 2))
                rounded = float(np.ceil(hours * 4) / 4)
                bill_rate = float(rate) if billable else 0.0
                invoiced = billable and day < pd.Timestamp("2023-05-16") and rng.random() < 0.97
                rows.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Client": client,
                        "Project": name,
                        "Project Code": code,
                        "Task": task,
                        "Notes": str(_one(rng, _split(_HV_NOTES))) if rng.random() < 0.3 else None,
                        "Hours": hours,
                        "Hours Rounded": rounded,
                        "Billable?": "Yes" if billable else "No",
                        "Invoiced?": "Yes" if invoiced else "No",
                        "First Name": first,
                        "Last Name": last,
                        "Roles": roles or None,
                        "Billable Rate": bill_rate,
                        "Billable Amount": round(hours * bill_rate, 2),
                        "Cost Rate": cost,
                        "Cost Amount": round(hours * cost, 2),
                        "Currency": "United States Dollar - USD",
                    }
                )
    return pd.DataFrame(rows)


def _hv_hours(d: pd.DataFrame, rounded: bool) -> pd.Series:
    return pd.to_numeric(d["Hours Rounded" if rounded else "Hours"], errors="coerce")


def _hv_total(rounded: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_hv_hours(d, rounded).sum())


def _hv_top_client(d: pd.DataFrame) -> str:
    return _top(pd.to_numeric(d["Billable Amount"]).groupby(_text(d["Client"])).sum())


def _hv_billable_share(rounded: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        hours = _hv_hours(d, rounded)
        return float(hours[_text(d["Billable?"]) == "Yes"].sum() / hours.sum())

    return share


def _hv_who(d: pd.DataFrame) -> pd.Series:
    return _text(d["First Name"]) + " " + _text(d["Last Name"])


def _hv_top_person(rounded: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_hv_hours(d, rounded).groupby(_hv_who(d)).sum())


def _hv_cost(d: pd.DataFrame) -> float:
    who = _hv_who(d) == _hv_top_person(False)(d)
    return float(pd.to_numeric(d["Cost Amount"])[who].sum())


def _hv_uninvoiced(d: pd.DataFrame) -> float:
    open_ = (_text(d["Billable?"]) == "Yes") & (_text(d["Invoiced?"]) == "No")
    return float(pd.to_numeric(d["Billable Amount"])[open_].sum())


_HV_PERSON = ("First Name", "Last Name")

_HARVEST_QS = [
    Q(
        "how many hours did the team log",
        either(_about(_hv_total(False)), _about(_hv_total(True))),
        ("Hours", "Hours Rounded", "Date"),
    ),
    Q("which client made us the most money", _lead(_named(_hv_top_client)), ("Client", "Billable Amount")),
    Q(
        "what % of hours were billable",
        either(_share(_hv_billable_share(False)), _share(_hv_billable_share(True))),
        ("Hours", "Hours Rounded", "Billable?"),
    ),
    Q(
        "who put in the most hours",
        _either_named(_hv_top_person(False), _hv_top_person(True)),
        (*_HV_PERSON, "Hours", "Hours Rounded"),
    ),
    Q(
        "how much did they cost us",
        _scaled(_hv_cost, (1e3,)),
        (*_HV_PERSON, "Cost Amount", "Cost Rate", "Hours"),
    ),
    Q(
        "how much billable work hasnt been invoiced yet",
        _scaled(_hv_uninvoiced, (1e3,)),
        ("Billable Amount", "Billable?", "Invoiced?", "Hours", "Billable Rate"),
    ),
]


# --- 4. eBay seller Orders report ----------------------------------------------------------------------------------

# Custom Label: title, price, weight
_EB_ITEMS: dict[str, tuple[str, float, float]] = {
    "LEGO-10696": ("LEGO Classic Medium Creative Brick Box 10696 Sealed New", 29.99, 6),
    "PKM-ETB-SV": ("Pokemon Scarlet & Violet Elite Trainer Box Factory Sealed", 49.95, 9),
    "PKM-BOOST-36": ("Pokemon TCG Paldea Evolved Booster Pack Lot of 3", 12.99, 16),
    "FUNKO-GROOT": ("Funko Pop! Marvel Guardians of the Galaxy Groot #49 Vinyl Figure", 14.5, 8),
    "HW-5PK-2023": ("Hot Wheels 2023 Mainline 5-Pack Assorted Die-Cast Cars", 9.99, 11),
    "NINT-SW-MK8": ("Mario Kart 8 Deluxe Nintendo Switch Game Cartridge Only", 34.0, 7),
    "VHS-DISNEY-LT": ("Disney Black Diamond VHS Lot of 5 Tapes Classics", 24.99, 3),
    "ANKER-USB-C": ("Anker USB C Charger 20W PowerPort III Fast Charging Block", 11.49, 10),
    "LEVI-501-3232": ("Levi's 501 Original Fit Jeans Men's 32x32 Medium Wash", 27.0, 4),
    "YETI-20OZ-NVY": ("YETI Rambler 20 oz Tumbler with MagSlider Lid Navy", 22.75, 5),
    "MTG-DMU-DRFT": ("MTG Dominaria United Draft Booster Pack English", 4.25, 9),
    "BOOK-HP-SET": ("Harry Potter Paperback Box Set Books 1-7 Scholastic", 38.5, 3),
}
_EB_STATES = (
    "CA:16;TX:10;FL:8;NY:7;PA:4.5;IL:4.5;OH:4;GA:3.5;NC:3.5;MI:3.5;NJ:3;VA:3;WA:3;AZ:2.5;MA:2.5;TN:2;IN:2;MO:2;"
    "MD:2;CO:2;OR:1.5;MN:1.5;WI:1.5"
)
_EB_CITIES = {
    "CA": "Los Angeles;San Diego;San Jose;Sacramento;Fresno;Oakland",
    "TX": "Houston;Dallas;Austin;San Antonio;El Paso",
    "FL": "Miami;Orlando;Tampa;Jacksonville",
    "NY": "Brooklyn;New York;Buffalo;Rochester",
}
_EB_TAX = {"OR": 0.0, "CA": 0.0825, "TX": 0.0825, "NY": 0.0875, "FL": 0.07, "WA": 0.09}
_EB_FIRST = "James;Mary;Robert;Linda;Michael;Jennifer;David;Sarah;Kevin;Ashley;Brian;Megan;Jose;Maria;Wei;Aisha"
_EB_LAST = "Smith;Johnson;Garcia;Nguyen;Brown;Miller;Davis;Lopez;Wilson;Kim;Patel;Taylor;Moore;Martin"
_EB_N_ORDERS = 330


def _eb_usd(x: float) -> str:
    return f"${x:,.2f}"


def _ebay_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9804)
    labels = list(_EB_ITEMS)
    weights = [v[2] for v in _EB_ITEMS.values()]
    numbers = {k: str(int(rng.integers(1_250_000_000_00, 3_990_000_000_00))) for k in labels}
    rows: list[dict[str, Any]] = []
    record = 1000
    for _ in range(_EB_N_ORDERS):
        order = f"{int(rng.integers(1, 28)):02d}-{int(rng.integers(0, 99999)):05d}-{int(rng.integers(0, 99999)):05d}"
        first, last = str(_one(rng, _split(_EB_FIRST))), str(_one(rng, _split(_EB_LAST)))
        user = f"{first.lower()}{last.lower()[:4]}_{int(rng.integers(1, 999))}"
        abroad = rng.random() < 0.05
        state = "" if abroad else _draw(rng, _EB_STATES)
        country = str(_one(rng, ["Canada", "United Kingdom", "Australia"])) if abroad else "United States"
        city = str(_one(rng, _split(_EB_CITIES.get(state, "Springfield;Franklin;Greenville;Madison;Salem"))))
        if abroad:
            city = {"Canada": "Toronto", "United Kingdom": "London", "Australia": "Sydney"}[country]
        day = pd.Timestamp(2023, 3, 1) + pd.Timedelta(days=int(rng.integers(0, 31)))
        paid = day + pd.Timedelta(days=int(rng.random() < 0.1))
        ship = paid + pd.Timedelta(days=int(rng.integers(1, 4)))
        shipped = ship <= pd.Timestamp(2023, 3, 31) and rng.random() > 0.04
        tax_rate = 0.0 if abroad else _EB_TAX.get(state, round(float(rng.uniform(0.05, 0.08)), 4))
        method = "Managed payments" if rng.random() < 0.93 else "PayPal"
        picks = list(
            rng.choice(len(labels), 2 if rng.random() < 0.12 else 1, replace=False, p=np.array(weights) / sum(weights))
        )
        for i, pick in enumerate(picks):
            label = labels[int(pick)]
            title, price, _w = _EB_ITEMS[label]
            qty = int(_draw(rng, "1:85;2:11;3:4"))
            shipping = 0.0 if price >= 30 or i > 0 else float(_one(rng, [4.99, 5.25, 0.0, 3.99]))
            tax = round((price * qty + shipping) * tax_rate, 2)
            record += 1
            rows.append(
                {
                    "Sales Record Number": str(record),
                    "Order Number": order,
                    "Buyer Username": user,
                    "Buyer Name": f"{first} {last}",
                    "Item Number": numbers[label],
                    "Item Title": title,
                    "Custom Label": label,
                    "Quantity": str(qty),
                    "Sold For": _eb_usd(price),
                    "Shipping And Handling": _eb_usd(shipping),
                    "eBay Collected Tax": _eb_usd(tax),
                    "Total Price": _eb_usd(price * qty + shipping + tax),
                    "Payment Method": method,
                    "Sale Date": f"{day:%b-%d-%y}",
                    "Paid On Date": f"{paid:%b-%d-%y}",
                    "Shipped On Date": f"{ship:%b-%d-%y}" if shipped else "",
                    "Ship To City": city,
                    "Ship To State": state,
                    "Ship To Country": country,
                }
            )
    frame = pd.DataFrame(rows)
    blank = dict.fromkeys(frame.columns, "")
    footer = [
        blank,
        blank | {"Sales Record Number": f"{len(frame)} record(s) downloaded,from Mar-01-23 to Mar-31-23"},
        blank | {"Sales Record Number": "Seller ID : myshop"},
    ]
    return pd.concat([frame, pd.DataFrame(footer)], ignore_index=True).replace("", np.nan)


def _eb(d: pd.DataFrame) -> pd.DataFrame:
    """The report's records, without the footer lines."""
    return d[_text(d["Order Number"]) != ""]


def _eb_orders(distinct: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_text(_eb(d)["Order Number"]).nunique() if distinct else len(_eb(d)))


def _eb_items(d: pd.DataFrame) -> pd.Series:
    return _number(d["Sold For"]) * pd.to_numeric(d["Quantity"], errors="coerce")


def _eb_sales(total: bool, where: Callable[[pd.DataFrame], pd.Series] | None = None) -> Callable[[pd.DataFrame], float]:
    def amount(d: pd.DataFrame) -> float:
        rec = _eb(d)
        if where is not None:
            rec = rec[where(rec)]
        return float((_number(rec["Total Price"]) if total else _eb_items(rec)).sum())

    return amount


def _eb_best(how: str) -> Callable[[pd.DataFrame], str]:
    def best(d: pd.DataFrame) -> str:
        rec = _eb(d)
        title = _text(rec["Item Title"])
        if how == "units":
            return _top(pd.to_numeric(rec["Quantity"]).groupby(title).sum())
        if how == "revenue":
            return _top(_eb_items(rec).groupby(title).sum())
        return _top(title.value_counts())

    return best


_EB_ALIASES = {title: (label,) for label, (title, _p, _w) in _EB_ITEMS.items()}


def _eb_unshipped(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        rec = _eb(d)
        rec = rec[_text(rec["Shipped On Date"]) == ""]
        return float(_text(rec["Order Number"]).nunique() if distinct else len(rec))

    return count


def _eb_top_state(distinct: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        rec = _eb(d)
        rec = rec[_text(rec["Ship To State"]) != ""]
        if distinct:
            rec = rec.drop_duplicates("Order Number")
        return _top(_text(rec["Ship To State"]).value_counts())

    return top


def _eb_in_top_state(d: pd.DataFrame) -> pd.Series:
    return _text(d["Ship To State"]) == _eb_top_state(False)(d)


_EB_STATE_NAMES = {"CA": ("California",), "TX": ("Texas",), "FL": ("Florida",), "NY": ("New York",)}
_EB_PRICES = ("Total Price", "Sold For", "Quantity", "Shipping And Handling", "eBay Collected Tax")

_EBAY_QS = [
    Q(
        "how many orders did i get in march",
        either(_count(_eb_orders(True)), _count(_eb_orders(False))),
        ("Order Number", "Sales Record Number", "Sale Date"),
    ),
    Q(
        "what are my total sales",
        either(_scaled(_eb_sales(True), (1e3,)), _scaled(_eb_sales(False), (1e3,))),
        (*_EB_PRICES, "Order Number", "Sales Record Number"),
    ),
    Q(
        "whats my best seller",
        _lead(
            either(
                _named(_eb_best("units"), _EB_ALIASES),
                _named(_eb_best("revenue"), _EB_ALIASES),
                _named(_eb_best("records"), _EB_ALIASES),
            )
        ),
        ("Item Title", "Custom Label", "Item Number", "Quantity", "Sold For", "Total Price", "Sales Record Number"),
    ),
    Q(
        "how many orders still need to ship",
        either(_count(_eb_unshipped(True)), _count(_eb_unshipped(False))),
        ("Shipped On Date", "Order Number", "Sales Record Number", "Paid On Date"),
    ),
    Q(
        "where are most of my buyers",
        _either_named(_eb_top_state(False), _eb_top_state(True), aliases=_EB_STATE_NAMES),
        ("Ship To State", "Ship To City", "Ship To Country", "Order Number", "Buyer Username", "Sales Record Number"),
    ),
    Q(
        "how much did buyers there spend",
        either(_scaled(_eb_sales(True, _eb_in_top_state), (1e3,)), _scaled(_eb_sales(False, _eb_in_top_state), (1e3,))),
        ("Ship To State", *_EB_PRICES, "Order Number"),
    ),
]


# --- 5. LA Metro Bike Share trips ----------------------------------------------------------------------------------

_LA_PASSES = "Monthly Pass:55;Walk-up:24;One Day Pass:12;Annual Pass:9"
_LA_PLAN = {"Monthly Pass": 30, "Walk-up": 1, "One Day Pass": 1, "Annual Pass": 365}
_LA_BIKES = "standard:46;electric:40;smart:14"


def _la_stations(rng: np.random.Generator) -> dict[int, tuple[float, float | None, float | None]]:
    """Station id: popularity, latitude, longitude."""
    ids = sorted({int(x) for x in rng.choice(np.arange(3005, 4600), 34, replace=False)})
    out: dict[int, tuple[float, float | None, float | None]] = {3000: (1.5, None, None)}
    for k, i in enumerate(ids):
        weight = float(rng.gamma(2.0, 1.5)) + (6.0 if k == 7 else 0.0)
        out[i] = (
            weight,
            round(34.045 + float(rng.normal(0, 0.012)), 5),
            round(-118.25 + float(rng.normal(0, 0.014)), 5),
        )
    return out


def _la_stamp(t: pd.Timestamp) -> str:
    return f"{t.month}/{t.day}/{t.year} {t.hour}:{t.minute:02d}"


def _bike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9805)
    stations = _la_stations(rng)
    ids = list(stations)
    weights = [v[0] for v in stations.values()]
    n = 3050
    seconds = np.sort(rng.uniform(0, 90 * 86400, n))
    rows: list[dict[str, Any]] = []
    trip = 206_540_000
    for s in seconds:
        trip += int(rng.integers(40, 900))
        start = pd.Timestamp("2023-01-01") + pd.Timedelta(seconds=float(s))
        start = start.floor("min")
        kind = _draw(rng, _LA_PASSES)
        bike = _draw(rng, _LA_BIKES)
        a = int(_one(rng, ids, weights))
        round_trip = rng.random() < 0.12
        b = a if round_trip else int(_one(rng, [i for i in ids if i != a], [stations[i][0] for i in ids if i != a]))
        median = 11.0 * (2.2 if kind in ("Walk-up", "One Day Pass") else 1.0) * (1.9 if round_trip else 1.0)
        median *= 1.2 if bike == "electric" else 1.0
        duration = int(min(1440, max(1, round(median * float(np.exp(rng.normal(0, 0.75)))))))
        end = start + pd.Timedelta(minutes=duration)
        plan = 999 if rng.random() < 0.008 else _LA_PLAN[kind]
        rows.append(
            {
                "trip_id": trip,
                "duration": duration,
                "start_time": _la_stamp(start),
                "end_time": _la_stamp(end),
                "start_station": a,
                "start_lat": stations[a][1],
                "start_lon": stations[a][2],
                "end_station": b,
                "end_lat": stations[b][1],
                "end_lon": stations[b][2],
                "bike_id": int(rng.integers(5000, 6000)) if bike == "standard" else int(rng.integers(14000, 24000)),
                "plan_duration": plan,
                "trip_route_category": "Round Trip" if round_trip else "One Way",
                "passholder_type": kind,
                "bike_type": bike,
            }
        )
    return pd.DataFrame(rows)


def _la_duration(how: str, where: Callable[[pd.DataFrame], pd.Series] | None = None) -> Callable[[pd.DataFrame], Any]:
    def value(d: pd.DataFrame) -> Any:
        rows = d if where is None else d[where(d)]
        return float(pd.to_numeric(rows["duration"]).agg(how))

    return value


def _la_bikes(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        by = pd.to_numeric(d["duration"]).groupby(_text(d["bike_type"])).agg(how)
        return [float(by["electric"]), float(by["standard"])]

    return values


def _la_top_station(d: pd.DataFrame) -> str:
    return _top(pd.to_numeric(d["start_station"]).astype(int).astype(str).value_counts())


def _la_monthly(d: pd.DataFrame) -> pd.Series:
    return _text(d["passholder_type"]) == "Monthly Pass"


_BIKE_QS = [
    Q("how many rides are in here", _count(lambda d: float(len(d))), ("trip_id",)),
    Q(
        "how long is a typical ride",
        either(_about(_la_duration("mean")), _about(_la_duration("median"))),
        ("duration", "trip_id"),
    ),
    Q(
        "and for people with a monthly pass?",
        either(_about(_la_duration("mean", _la_monthly)), _about(_la_duration("median", _la_monthly))),
        ("duration", "passholder_type", "plan_duration", "trip_id"),
    ),
    Q("which station do most trips start from", _lead(_named(_la_top_station)), ("start_station", "trip_id")),
    Q(
        "what share of rides end where they started",
        _share(lambda d: float((_text(d["trip_route_category"]) == "Round Trip").mean())),
        ("trip_route_category", "start_station", "end_station", "trip_id"),
    ),
    Q(
        "are e-bike rides longer than regular bike rides",
        either(_about(_la_bikes("mean")), _about(_la_bikes("median"))),
        ("bike_type", "duration", "trip_id"),
    ),
]


# --- 6. Pitchfork album reviews ------------------------------------------------------------------------------------

# genre: weight, score shift
_PF_GENRES: dict[str, tuple[float, float]] = {
    "rock": (35, 0.0),
    "electronic": (16, 0.05),
    "experimental": (9, 0.45),
    "rap": (9, -0.05),
    "pop/r&b": (8, -0.1),
    "folk/country": (5, 0.1),
    "metal": (5, 0.15),
    "jazz": (2.5, 0.35),
    "global": (1.2, 0.3),
    "": (10, -0.1),
}
_PF_TYPES = "contributor:60;:20;senior editor:7;associate staff writer:6;executive editor:3;senior staff writer:4"
_PF_FIRST = "Ian;Mark;Stuart;Joe;Jayson;Brian;Amanda;Lindsay;Jenn;Marc;Larry;Nate;Jess;Grayson;Eric;Stephen;Paul"
_PF_LAST = "Cohen;Richardson;Berman;Tangari;Greene;Howe;Petrusich;Zoladz;Pelly;Hogan;Fitzmaurice;Currin;Harvilla"
_PF_WORDS = (
    "night;blue;ghost;river;glass;summer;static;golden;wild;quiet;electric;hollow;light;dream;fire;sea;black;"
    "paper;silver;heart;city;love;house;machine;garden;young;island;echo;shadow;mirror"
)
_PF_N = 2300


def _pf_name(rng: np.random.Generator, k: int) -> str:
    return " ".join(str(_one(rng, _split(_PF_WORDS))) for _ in range(k))


def _pitchfork_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9806)
    authors: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(authors) < 36:
        name = f"{_one(rng, _split(_PF_FIRST))} {_one(rng, _split(_PF_LAST))}"
        if name not in seen:
            seen.add(name)
            authors.append((name, _draw(rng, _PF_TYPES)))
    author_w = [float(rng.gamma(1.5, 1.0)) for _ in authors]
    author_w[3] = 1.3 * max(author_w)
    genres = list(_PF_GENRES)
    genre_w = [v[0] for v in _PF_GENRES.values()]
    artists = [_pf_name(rng, int(rng.integers(1, 3))) for _ in range(900)]
    rows: list[dict[str, Any]] = []
    ids = rng.choice(np.arange(1, 23000), _PF_N, replace=False)
    days = np.sort(rng.integers(0, (pd.Timestamp("2017-01-08") - pd.Timestamp("1999-01-05")).days, _PF_N))
    for rid, offset in zip(sorted(ids), days, strict=True):
        date = pd.Timestamp("1999-01-05") + pd.Timedelta(days=int(offset))
        author, kind = authors[int(_one(rng, list(range(len(authors))), author_w))]
        first = str(_one(rng, genres, genre_w))
        tags = [first]
        if first and rng.random() < 0.1:
            tags.append(str(_one(rng, [g for g in genres if g not in (first, "")])))
        score = 7.0 + _PF_GENRES[first][1] + float(rng.normal(0, 1.25))
        score = round(float(np.clip(score, 0, 10)), 1)
        bnm = int(date.year >= 2003 and score >= 8.3 and rng.random() < 0.6)
        title = _pf_name(rng, int(rng.integers(1, 4)))
        for genre in tags:
            rows.append(
                {
                    "reviewid": int(rid),
                    "title": title,
                    "artist": str(_one(rng, artists)),
                    "url": f"http://pitchfork.com/reviews/albums/{rid}-{title.replace(' ', '-')}/",
                    "score": score,
                    "best_new_music": bnm,
                    "author": author,
                    "author_type": kind or None,
                    "pub_date": f"{date:%Y-%m-%d}",
                    "pub_weekday": date.weekday(),
                    "pub_day": date.day,
                    "pub_month": date.month,
                    "pub_year": date.year,
                    "genre": genre or None,
                }
            )
        if len(tags) == 2:
            rows[-1]["artist"] = rows[-2]["artist"]
    return pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)


def _pf_reviews(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates("reviewid") if unique else d


def _pf_count(unique: bool, where: str | None = None) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        rows = _pf_reviews(d, unique)
        if where:
            rows = rows[pd.to_numeric(rows[where]) == 1]
        return float(len(rows))

    return count


def _pf_mean(unique: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(_pf_reviews(d, unique)["score"]).mean())


def _pf_top_genre(d: pd.DataFrame) -> str:
    tagged = d[_text(d["genre"]) != ""]
    return _top(pd.to_numeric(tagged["score"]).groupby(_text(tagged["genre"])).mean())


def _pf_top_author(unique: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_text(_pf_reviews(d, unique)["author"]).value_counts())


def _pf_author_score(how: str, unique: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = _pf_reviews(d, unique)
        return float(pd.to_numeric(rows["score"])[_text(rows["author"]) == _pf_top_author(True)(d)].agg(how))

    return value


_PITCHFORK_QS = [
    Q(
        "how many albums got reviewed",
        either(_count(_pf_count(True)), _count(_pf_count(False))),
        ("reviewid", "title", "url"),
    ),
    Q("whats the average score", either(_about(_pf_mean(True)), _about(_pf_mean(False))), ("score", "reviewid")),
    Q("which genre gets the best scores", _lead(_named(_pf_top_genre)), ("genre", "score", "reviewid")),
    Q(
        "how many best new music picks are there",
        either(_count(_pf_count(True, "best_new_music")), _count(_pf_count(False, "best_new_music"))),
        ("best_new_music", "reviewid"),
    ),
    Q(
        "who's written the most reviews",
        _either_named(_pf_top_author(True), _pf_top_author(False)),
        ("author", "reviewid", "author_type"),
    ),
    Q(
        "what score do they usually give",
        either(
            _about(_pf_author_score("mean", True)),
            _about(_pf_author_score("median", True)),
            _about(_pf_author_score("mean", False)),
        ),
        ("author", "score", "reviewid"),
    ),
]


# --- 7. UN Comtrade export -----------------------------------------------------------------------------------------

# code: Comtrade text, unit, import and export value (US$ million, 2022), kg per US$ or items per US$
_UN_COMMODITIES: dict[str, tuple[str, str, float, float, float]] = {
    "0901": (
        "Coffee, whether or not roasted or decaffeinated; coffee husks and skins; coffee substitutes containing coffee "
        "in any proportion",
        "Weight in kilograms",
        4_300,
        2_600,
        0.22,
    ),
    "2709": (
        "Petroleum oils and oils obtained from bituminous minerals; crude",
        "Weight in kilograms",
        62_000,
        900,
        1.4,
    ),
    "2711": ("Petroleum gases and other gaseous hydrocarbons", "Weight in kilograms", 48_000, 9_000, 0.9),
    "3004": (
        "Medicaments; consisting of mixed or unmixed products for therapeutic or prophylactic uses, packaged in "
        "measured doses (including those for transdermal administration) or in forms or packings for retail sale",
        "Weight in kilograms",
        31_000,
        58_000,
        0.004,
    ),
    "8471": (
        "Automatic data processing machines and units thereof; magnetic or optical readers, machines for "
        "transcribing data onto data media in coded form and machines for processing such data, not elsewhere "
        "specified or included",
        "Number of items",
        27_000,
        15_000,
        0.004,
    ),
    "8517": (
        "Telephone sets, including smartphones and other telephones for cellular networks or for other wireless "
        "networks; other apparatus for the transmission or reception of voice, images or other data",
        "Number of items",
        29_000,
        17_000,
        0.003,
    ),
    "8703": (
        "Motor cars and other motor vehicles; principally designed for the transport of persons (other than those of "
        "heading no. 8702), including station wagons and racing cars",
        "Number of items",
        55_000,
        148_000,
        0.00003,
    ),
    "8708": (
        "Vehicles; parts and accessories, of heading no. 8701 to 8705",
        "Weight in kilograms",
        38_000,
        52_000,
        0.1,
    ),
}
# partner: ISO, import weight, export weight
_UN_PARTNERS: dict[str, tuple[str, float, float]] = {
    "China": ("CHN", 14, 9),
    "USA": ("USA", 8, 14),
    "France": ("FRA", 7, 10),
    "Netherlands": ("NLD", 9, 7),
    "Poland": ("POL", 6, 6),
    "Italy": ("ITA", 5, 6),
    "Austria": ("AUT", 4, 5),
    "Switzerland": ("CHE", 5, 5),
    "United Kingdom": ("GBR", 3, 7),
    "Czechia": ("CZE", 5, 3),
    "Belgium": ("BEL", 5, 4),
    "Spain": ("ESP", 3, 4),
    "Japan": ("JPN", 3, 2),
    "Norway": ("NOR", 5, 1),
    "Russian Federation": ("RUS", 3, 0.5),
    "Türkiye": ("TUR", 2, 2),
    "Brazil": ("BRA", 2, 1),
    "India": ("IND", 2, 1.5),
    "Rep. of Korea": ("KOR", 2, 2),
    "Viet Nam": ("VNM", 2, 0.5),
}
_UN_COLUMNS = _split(
    "Classification;Year;Period;Trade Flow;Reporter;Reporter ISO;Partner;Partner ISO;Commodity Code;Commodity;"
    "Qty Unit;Qty;Netweight (kg);Trade Value (US$);Flag"
)


def _comtrade_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9807)
    rows: list[dict[str, Any]] = []
    growth = {"Import": 0.9, "Export": 0.98, "Re-Export": 1.02}
    for year in (2022, 2023):
        for flow in ("Import", "Export", "Re-Export"):
            for code, (text, unit, imp, exp, per) in _UN_COMMODITIES.items():
                if flow == "Re-Export" and code not in ("0901", "3004", "8517"):
                    continue
                base = {"Import": imp, "Export": exp, "Re-Export": 0.06 * imp}[flow] * 1e6
                base *= growth[flow] ** (year - 2022)
                parts = []
                for partner, (iso, w_imp, w_exp) in _UN_PARTNERS.items():
                    keep = 0.85 if flow != "Re-Export" else 0.4
                    if rng.random() > keep or (partner == "Russian Federation" and year == 2023 and code[:2] == "27"):
                        continue
                    weight = (w_imp if flow == "Import" else w_exp) * float(rng.lognormal(0, 0.5))
                    parts.append((partner, iso, weight))
                total_w = sum(p[2] for p in parts)
                block = []
                for partner, iso, weight in parts:
                    value = round(base * weight / total_w * float(rng.uniform(0.9, 1.1)))
                    net = round(value * per * float(rng.uniform(0.8, 1.2)) * (1 if unit.startswith("W") else 40))
                    qty = net if unit.startswith("W") else round(value * per * float(rng.uniform(0.8, 1.2)))
                    flag = int(_draw(rng, "0:88;4:7;6:5"))
                    block.append(
                        {
                            "Partner": partner,
                            "Partner ISO": iso,
                            "Qty": qty if rng.random() > 0.07 else None,
                            "Netweight (kg)": net if rng.random() > 0.05 else None,
                            "Trade Value (US$)": value,
                            "Flag": flag,
                        }
                    )
                world = {
                    "Partner": "World",
                    "Partner ISO": "WLD",
                    "Qty": int(sum(b["Qty"] or 0 for b in block)),
                    "Netweight (kg)": int(sum(b["Netweight (kg)"] or 0 for b in block)),
                    "Trade Value (US$)": int(sum(b["Trade Value (US$)"] for b in block)),
                    "Flag": 0,
                }
                common = {
                    "Classification": "H6",
                    "Year": year,
                    "Period": year,
                    "Trade Flow": flow,
                    "Reporter": "Germany",
                    "Reporter ISO": "DEU",
                    "Commodity Code": code,
                    "Commodity": text,
                    "Qty Unit": unit,
                }
                for b in [world, *block]:
                    rows.append(common | b)
    return pd.DataFrame(rows)[_UN_COLUMNS]


def _un(d: pd.DataFrame, flow: str, world: bool, year: int | None = None) -> pd.DataFrame:
    keep = (_text(d["Trade Flow"]) == flow) & ((_text(d["Partner"]) == "World") == world)
    if year is not None:
        keep &= pd.to_numeric(d["Year"]) == year
    return d[keep]


def _un_value(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Trade Value (US$)"], errors="coerce")


def _un_exports(year: int, re_exports: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        value = float(_un_value(_un(d, "Export", True, year)).sum())
        return value + (float(_un_value(_un(d, "Re-Export", True, year)).sum()) if re_exports else 0.0)

    return total


def _un_top_partner(year: int | None) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        rows = _un(d, "Export", False, year)
        return _top(_un_value(rows).groupby(_text(rows["Partner"])).sum())

    return top


def _un_import_change(d: pd.DataFrame) -> float:
    a, b = (float(_un_value(_un(d, "Import", True, y)).sum()) for y in (2022, 2023))
    return b / a - 1


def _un_import_diff(d: pd.DataFrame) -> float:
    a, b = (float(_un_value(_un(d, "Import", True, y)).sum()) for y in (2022, 2023))
    return abs(b - a)


def _un_top_import(d: pd.DataFrame) -> list[str]:
    rows = _un(d, "Import", True)
    return [_top(_un_value(rows).groupby(_text(rows["Commodity"])).sum())]


def _un_short(name: str) -> list[str]:
    code = next((c for c, v in _UN_COMMODITIES.items() if v[0] == name), "")
    head = name.split(";")[0]
    return [code, code.lstrip("0"), head, head.split(",")[0]]


def _un_china_share(year: int | None) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        rows = _un(d, "Export", False, year)
        china = float(_un_value(rows)[_text(rows["Partner"]) == "China"].sum())
        return china / float(_un_value(_un(d, "Export", True, year)).sum())

    return share


_UN_VALUE = ("Trade Value (US$)", "Trade Flow", "Partner", "Partner ISO", "Year", "Period")

_COMTRADE_QS = [
    Q(
        "what was the total value of exports in 2023",
        either(_scaled(_un_exports(2023, False), (1e6, 1e9)), _scaled(_un_exports(2023, True), (1e6, 1e9))),
        _UN_VALUE,
    ),
    Q(
        "who do they export the most to",
        _either_named(_un_top_partner(None), _un_top_partner(2023), aliases={"USA": ("United States", "US")}),
        (*_UN_VALUE, "Commodity"),
    ),
    Q(
        "how much did imports change from 2022 to 2023",
        either(_pct(_un_import_change), _scaled(_un_import_diff, (1e6, 1e9))),
        _UN_VALUE,
    ),
    Q(
        "which product do they import the most of by value",
        _lead(_any_named(_un_top_import, _un_short)),
        (*_UN_VALUE, "Commodity", "Commodity Code"),
    ),
    Q(
        "what share of exports go to china",
        either(_share(_un_china_share(None)), _share(_un_china_share(2023))),
        _UN_VALUE,
    ),
    Q("how many rows are missing the quantity", _count(lambda d: float(d["Qty"].isna().sum())), ("Qty", "Qty Unit")),
]


HELDOUT98: list[Dataset] = [
    Dataset("capital_one_card_transactions", _capital_one_frame, _CAPITAL_ONE_QS),
    Dataset("sleep_cycle_export", _sleep_frame, _SLEEP_QS),
    Dataset("harvest_detailed_time_report", _harvest_frame, _HARVEST_QS),
    Dataset("ebay_orders_report", _ebay_frame, _EBAY_QS),
    Dataset("la_metro_bike_share_trips", _bike_frame, _BIKE_QS),
    Dataset("pitchfork_reviews", _pitchfork_frame, _PITCHFORK_QS),
    Dataset("un_comtrade_export", _comtrade_frame, _COMTRADE_QS),
]
