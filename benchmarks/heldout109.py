"""HELDOUT109: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public downloads: an Apple Card monthly transactions export (2023, one
household, newest first) with "Transaction Date" and "Clearing Date" as "07/14/2023", the bank's upper-case
Description ("UBER *TRIP HELP.UBER.COM 1455 MARKET ST SAN FRANCISCO 94103 CA USA"), a cleaned Merchant ("Uber"),
Apple's Category (Restaurants, Grocery, Shopping, Gas, Transportation, Entertainment, Medical, Airlines, Hotels,
and Payment / Installment / Credit on those rows), Type (Purchase, Payment, Credit for returns, Installment for the
monthly iPhone instalment), "Amount (USD)" positive for spending and negative for payments and returns, and
"Purchased By" (the owner or a co-owner); a ClickUp task list exported to CSV (one Product space, three folders,
seven lists, subtasks with a Parent ID) with a nine-character Task ID, Task Name, Task Content mostly blank,
lower-case Status (to do, in progress, in review, blocked, complete), "Date Created" / "Due Date" / "Start Date" /
"Date Closed" in Unix milliseconds beside "... Text" columns written "Wednesday, March 1st 2023, 10:21:42 am -05:00"
(blank when unset), Assignees and Tags as bracketed lists ("[Maya Patel, Jordan Lee]", "[]"), Priority (urgent,
high, normal, low or blank), List Name, Folder Name, Space Name, "Time Estimated" and "Time Spent" in milliseconds
beside "2h 30m" texts (blank when nothing was tracked), Checklists, Comments and Assigned Comments counts; a Lose It!
food log export (September 2023 to February 2024, some days not logged) with Date "9/14/2023", Name ("Coffee,
Brewed w/ Milk", "Banana"), Type Breakfast / Lunch / Dinner / Snacks, Quantity, Units ("Cup", "Each", "Serving"),
Calories, Deleted (true on a few entries the user removed), and Fat (g), Protein (g), Carbohydrates (g), Saturated
Fat (g), Sugars (g), Fiber (g), Cholesterol (mg) and Sodium (mg), the smaller nutrients blank on custom foods; a
Shopify Payments transactions export (July to December 2023, a November sale) with "Transaction Date" as
"2023-11-24 10:22:31 -0500", lower-case Type (charge, refund, dispute, adjustment), Order "#1452" (blank on
adjustments), Card Brand (visa, master, american_express, discover), Card Source, Payout Status, Payout Date,
Payout ID, Available On, Amount, Fee and Net (refunds negative with a zero fee, disputes with a $15 fee), Checkout
token, Payment Method Name (card, shop_pay, apple_pay, google_pay), Presentment Amount / Currency (some CAD and GBP
orders) and Currency USD; NOAA NCEI's billion-dollar weather and climate disasters events table (1980-2024) with
Name ("Hurricane Katrina (August 2005)", "Central Severe Storms (May 2019)"), Disaster (Drought, Flooding, Freeze,
Severe Storm, Tropical Cyclone, Wildfire, Winter Storm), "Begin Date" / "End Date" as 20050825 integers, "CPI-Adjusted
Cost" and "Unadjusted Cost" in millions of dollars ("TBD" on the last few 2024 events) and Deaths; the Kaggle NBA
shot logs of the 2014-15 season (shot_logs.csv) with GAME_ID, MATCHUP "MAR 04, 2015 - CHA @ BKN", LOCATION A / H, W
W / L, FINAL_MARGIN, SHOT_NUMBER, PERIOD (5 for overtime), GAME_CLOCK "1:09", SHOT_CLOCK (blank when the game clock
was under 24 seconds and on some other shots), DRIBBLES, TOUCH_TIME (a few negative), SHOT_DIST in feet, PTS_TYPE 2 /
3, SHOT_RESULT made / missed, CLOSEST_DEFENDER "Curry, Stephen", CLOSEST_DEFENDER_PLAYER_ID, CLOSE_DEF_DIST, FGM 0 /
1, PTS, lower-case player_name and player_id; and the UK House Price Index full file cut to the nine English
regions, England, Wales, Scotland, Northern Ireland and the United Kingdom for January 2010 to December 2023, with
Date "01/10/2022" (day first), RegionName, AreaCode "E12000007", AveragePrice, Index and IndexSA (January 2015 =
100), 1m%Change and 12m%Change (the latter blank in 2010), AveragePriceSA, SalesVolume (blank for Northern Ireland
and the last three months), Detached / SemiDetached / Terraced / Flat Price, Index, 1m%Change and 12m%Change, and
Cash, Mortgage, FTB, FOO, New and Old Price and Index with New / Old SalesVolume. All are generated with a fixed
seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _month
from .heldout40 import _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------

_MONEY = (1e3, 1e6, 1e9)


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _amount(value: Callable[[pd.DataFrame], Any], rel: float = 0.006) -> Check:
    """An amount of money, its sign ignored ("-$5,432.10", "$5,432.10" or "$5.4k")."""
    inner = _scaled(lambda d: np.abs(np.atleast_1d(value(d))), _MONEY, rel=rel)
    return lambda answer, df: inner(answer.replace("-", " ").replace("\u2212", " "), df)


def _any_month(value: Callable[[pd.DataFrame], Any]) -> Check:
    return either(_month(value), _month_year(value))


def _alnum(rng: np.random.Generator, k: int) -> str:
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(chars[int(i)] for i in rng.integers(0, len(chars), k))


# --- 1. Apple Card transactions export -------------------------------------------------------------------------------

# category: purchases per month (Poisson mean), amount lognormal (median, sigma), merchants "Merchant|RAW"
_AC_CATS: dict[str, tuple[float, float, float, str]] = {
    "Grocery": (
        8,
        78,
        0.45,
        "Whole Foods|WHOLEFDS SFC 10234 399 4TH ST SAN FRANCISCO 94107 CA USA;"
        "Trader Joe's|TRADER JOE'S #236 555 9TH ST SAN FRANCISCO 94103 CA USA;"
        "Safeway|SAFEWAY #0995 2020 MARKET ST SAN FRANCISCO 94114 CA USA",
    ),
    "Restaurants": (
        13,
        24,
        0.6,
        "Chipotle|CHIPOTLE 1242 126 NEW MONTGOMERY ST SAN FRANCISCO 94105 CA USA;"
        "Starbucks|STARBUCKS STORE 05712 SAN FRANCISCO 94103 CA USA;"
        "Uber Eats|UBER *EATS HELP.UBER.COM 1455 MARKET ST SAN FRANCISCO 94103 CA USA;"
        "DoorDash|DOORDASH*SUSHI ZONE 303 2ND ST SAN FRANCISCO 94107 CA USA;"
        "Sweetgreen|SWEETGREEN SOMA 171 2ND ST SAN FRANCISCO 94105 CA USA",
    ),
    "Shopping": (
        5,
        45,
        0.8,
        "Amazon|AMZN MKTP US*2K4HD71 410 TERRY AVE N SEATTLE 98109 WA USA;"
        "Target|TARGET 00032789 789 MISSION ST SAN FRANCISCO 94103 CA USA;"
        "Apple|APPLE.COM/US ONE APPLE PARK WAY 866-712-7753 95014 CA USA",
    ),
    "Gas": (2, 52, 0.2, "Chevron|CHEVRON 0091234 1201 HARRISON ST SAN FRANCISCO 94103 CA USA"),
    "Transportation": (
        6,
        19,
        0.5,
        "Uber|UBER *TRIP HELP.UBER.COM 1455 MARKET ST SAN FRANCISCO 94103 CA USA;"
        "Lyft|LYFT *RIDE THU 8AM 185 BERRY ST SAN FRANCISCO 94107 CA USA;"
        "Clipper|CLIPPER SERVICE CENTER 1 BEALE ST SAN FRANCISCO 94105 CA USA",
    ),
    "Entertainment": (
        2,
        22,
        0.5,
        "Netflix|NETFLIX.COM 100 WINCHESTER CIR LOS GATOS 95032 CA USA;"
        "AMC|AMC METREON 16 135 4TH ST SAN FRANCISCO 94103 CA USA",
    ),
    "Medical": (0.7, 38, 0.6, "CVS Pharmacy|CVS/PHARMACY #09912 731 MARKET ST SAN FRANCISCO 94103 CA USA"),
}
_AC_COLUMNS = _split("Transaction Date;Clearing Date;Description;Merchant;Category;Type;Amount (USD);Purchased By")


def _ac_day(t: pd.Timestamp) -> str:
    return f"{t:%m/%d/%Y}"


def _apple_card_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10901)
    rows: list[tuple[pd.Timestamp, str, str, str, str, float, str]] = []
    for month in pd.date_range("2023-01-01", "2023-12-01", freq="MS"):
        days = month.days_in_month
        spent = 0.0
        for cat, (per, median, sigma, shops) in _AC_CATS.items():
            pairs = [s.split("|") for s in _split(shops)]
            n = int(rng.poisson(per * (1.8 if cat == "Shopping" and month.month == 12 else 1.0)))
            for _ in range(n):
                merchant, raw = _one(rng, pairs)
                day = month + pd.Timedelta(days=int(rng.integers(0, days)))
                amount = round(float(median * rng.lognormal(0, sigma)), 2)
                who = "Alex Rivera" if rng.random() < 0.22 else "Sam Rivera"
                rows.append((day, raw, merchant, cat, "Purchase", amount, who))
                spent += amount
                if cat == "Shopping" and rng.random() < 0.08:
                    back = day + pd.Timedelta(days=int(rng.integers(3, 15)))
                    rows.append((back, raw, merchant, "Credit", "Credit", -amount, who))
        if month.month == 7:
            flights = (
                pd.Timestamp("2023-07-06"),
                "UNITED 0162345678901 UNITED.COM 77002 TX USA",
                "United Airlines",
                "Airlines",
                "Purchase",
                812.40,
                "Sam Rivera",
            )
            hotel = (
                pd.Timestamp("2023-07-18"),
                "MARRIOTT HNL WAIKIKI 2552 KALAKAUA AVE HONOLULU 96815 HI USA",
                "Marriott",
                "Hotels",
                "Purchase",
                1264.18,
                "Sam Rivera",
            )
            rows += [flights, hotel]
        k = month.month + 3
        rows.append(
            (
                month + pd.Timedelta(days=4),
                f"MONTHLY INSTALLMENTS ({k} OF 24)",
                "Apple",
                "Installment",
                "Installment",
                45.79,
                "Sam Rivera",
            )
        )
        payment = round(float(rng.uniform(0.85, 1.0)) * 1400 + (900 if month.month == 8 else 0), -1)
        for part in (payment * 0.6, payment * 0.4):
            rows.append(
                (
                    month + pd.Timedelta(days=int(rng.integers(10, 26))),
                    "ACH DEPOSIT INTERNET TRANSFER FROM ACCOUNT ENDING IN 4421",
                    "Ach Deposit Internet Transfer From Account Ending In 4421",
                    "Payment",
                    "Payment",
                    -round(part, 2),
                    "Sam Rivera",
                )
            )
    out = []
    for day, raw, merchant, cat, kind, amount, who in rows:
        clearing = day + pd.Timedelta(days=int(rng.integers(0, 3)) if kind == "Purchase" else 0)
        out.append(
            {
                "Transaction Date": _ac_day(day),
                "Clearing Date": _ac_day(clearing),
                "Description": raw,
                "Merchant": merchant,
                "Category": cat,
                "Type": kind,
                "Amount (USD)": f"{amount:.2f}",
                "Purchased By": who,
                "_sort": day,
            }
        )
    frame = pd.DataFrame(out).sort_values("_sort", ascending=False, kind="stable", ignore_index=True)
    return frame[_AC_COLUMNS]


def _ac(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_amt"] = pd.to_numeric(d["Amount (USD)"], errors="coerce")
    out["_day"] = pd.to_datetime(_text(d["Transaction Date"]), format="%m/%d/%Y")
    out["_type"] = _text(d["Type"])
    return out


def _ac_spend(d: pd.DataFrame, how: str) -> pd.DataFrame:
    """Spending rows: purchases only, purchases and instalments, or purchases net of returns."""
    t = _ac(d)
    kinds = {"purchase": ("Purchase",), "installment": ("Purchase", "Installment"), "net": ("Purchase", "Credit")}
    return t[t["_type"].isin(kinds[how])]


_AC_HOWS = ("purchase", "installment", "net")


def _ac_total(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ac_spend(d, how)["_amt"].sum())


def _ac_top_category(d: pd.DataFrame) -> str:
    t = _ac_spend(d, "purchase")
    return _top(t["_amt"].groupby(_text(t["Category"])).sum())


def _ac_category_month(d: pd.DataFrame) -> float:
    t = _ac_spend(d, "purchase")
    cat = _ac_top_category(d)
    return float(t.loc[_text(t["Category"]) == cat, "_amt"].sum()) / t["_day"].dt.to_period("M").nunique()


def _ac_merchants(how: str) -> Callable[[pd.DataFrame], pd.Series]:
    def rank(d: pd.DataFrame) -> pd.Series:
        t = _ac_spend(d, how)
        return _ranked(t["_amt"].groupby(_text(t["Merchant"])).sum())

    return rank


def _ac_paid(d: pd.DataFrame) -> float:
    t = _ac(d)
    return float(t.loc[t["_type"] == "Payment", "_amt"].sum())


def _ac_top_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        t = _ac_spend(d, how)
        return t["_amt"].groupby(t["_day"].dt.to_period("M")).sum().idxmax().to_timestamp()

    return pick


_AC_ID = ("Transaction Date", "Description", "Merchant")
_APPLE_CARD_QS = [
    Q(
        "how much did i spend on the card in total this year",
        either(*(_amount(_ac_total(h)) for h in _AC_HOWS)),
        (*_AC_ID, "Amount (USD)", "Type", "Category"),
    ),
    Q(
        "what category do i spend the most on",
        _lead(_named(_ac_top_category)),
        (*_AC_ID, "Amount (USD)", "Type", "Category"),
    ),
    Q(
        "and how much is that per month on average?",
        _amount(_ac_category_month, rel=0.01),
        (*_AC_ID, "Amount (USD)", "Type", "Category"),
    ),
    Q(
        "top 5 places i spend money at",
        either(_top_named(_ac_merchants("purchase"), 5), _top_named(_ac_merchants("net"), 5)),
        (*_AC_ID, "Amount (USD)", "Type", "Category"),
    ),
    Q(
        "how much have i paid off in total",
        _amount(_ac_paid),
        (*_AC_ID, "Amount (USD)", "Type", "Category"),
    ),
    Q(
        "which month did i spend the most",
        _lead(either(*(_any_month(_ac_top_month(h)) for h in _AC_HOWS))),
        (*_AC_ID, "Clearing Date", "Amount (USD)", "Type", "Category"),
    ),
]


# --- 2. ClickUp tasks export ----------------------------------------------------------------------------------------

# list: folder, tasks, status weights (to do, in progress, in review, blocked, complete), task name stems
_CU_LISTS: dict[str, tuple[str, int, str, str]] = {
    "Backlog": (
        "Engineering",
        150,
        "to do:70;in progress:8;in review:2;blocked:5;complete:15",
        "Refactor auth middleware;Add CSV export;Upgrade React to 18;Improve search ranking;Dark mode;"
        "Rate limit public API;Migrate cron jobs;Add audit log",
    ),
    "Sprint 14": (
        "Engineering",
        70,
        "to do:2;in progress:3;in review:5;blocked:2;complete:88",
        "Fix login redirect loop;Onboarding checklist;Billing page copy;Webhook retries;Invite teammates flow",
    ),
    "Sprint 15": (
        "Engineering",
        75,
        "to do:25;in progress:30;in review:15;blocked:5;complete:25",
        "Usage dashboard;SSO with Okta;Fix flaky e2e tests;Mobile nav;Invoice PDF",
    ),
    "Bugs": (
        "Engineering",
        110,
        "to do:30;in progress:12;in review:8;blocked:4;complete:46",
        "500 on settings page;Chart tooltip cut off;Emails sent twice;Timezone off by one;Upload hangs",
    ),
    "Content Calendar": (
        "Marketing",
        90,
        "to do:25;in progress:15;in review:10;blocked:0;complete:50",
        "Blog: 5 ways to;Newsletter;Case study;LinkedIn post;Webinar promo;SEO refresh",
    ),
    "Website Redesign": (
        "Design",
        60,
        "to do:30;in progress:25;in review:15;blocked:5;complete:25",
        "Homepage hero;Pricing page;Footer links;Icon set;Style guide",
    ),
    "Brand Assets": (
        "Design",
        35,
        "to do:20;in progress:10;in review:10;blocked:0;complete:60",
        "Logo variants;Slide template;Social banners;Brand colors",
    ),
}
_CU_PEOPLE = {
    "Engineering": "Maya Patel:34;Jordan Lee:22;Chris Okafor:20;Priya Nair:16",
    "Marketing": "Emma Brooks:55;Lucas Meyer:35;Maya Patel:10",
    "Design": "Sofia Alvarez:60;Ben Carter:40",
}
_CU_STATUSES = ("to do", "in progress", "in review", "blocked", "complete")
_CU_TAGS = "bug;frontend;backend;customer request;q3;design;seo"
_CU_COLUMNS = _split(
    "Task ID;Task Name;Task Content;Status;Date Created;Date Created Text;Due Date;Due Date Text;Start Date;"
    "Start Date Text;Parent ID;Attachments;Assignees;Tags;Priority;List Name;Folder Name;Space Name;Time Estimated;"
    "Time Estimated Text;Checklists;Comments;Assigned Comments;Time Spent;Time Spent Text;Date Closed;"
    "Date Closed Text"
)


def _cu_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _cu_text(t: pd.Timestamp | None) -> str | None:
    if t is None:
        return None
    hour = t.hour % 12 or 12
    half = "am" if t.hour < 12 else "pm"
    return f"{t:%A, %B} {_cu_ordinal(t.day)} {t.year}, {hour}:{t:%M:%S} {half} -05:00"


def _cu_ms(t: pd.Timestamp | None) -> int | None:
    return None if t is None else int((t - pd.Timestamp("1970-01-01")).total_seconds() * 1000) + 5 * 3600 * 1000


def _cu_hours(ms: int | None) -> str | None:
    if ms is None:
        return None
    minutes = ms // 60000
    h, m = divmod(minutes, 60)
    return f"{h}h {m}m" if h and m else (f"{h}h" if h else f"{m}m")


def _clickup_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10902)
    rows = []
    used: set[str] = set()
    start = pd.Timestamp("2023-01-09 09:00")
    for name, (folder, n, statuses, stems) in _CU_LISTS.items():
        status_p = [float(x.split(":")[1]) for x in _split(statuses)]
        people = [x.split(":") for x in _split(_CU_PEOPLE[folder])]
        names, weights = [p[0] for p in people], [float(p[1]) for p in people]
        parents: list[str] = []
        for _ in range(n):
            task_id = "86" + _alnum(rng, 7)
            while task_id in used:
                task_id = "86" + _alnum(rng, 7)
            used.add(task_id)
            created = start + pd.Timedelta(minutes=int(rng.integers(0, 60 * 24 * 300)))
            status = _one(rng, _CU_STATUSES, status_p)
            parent = _one(rng, parents) if parents and rng.random() < 0.18 else None
            if parent is None:
                parents.append(task_id)
            k = int(_one(rng, [0, 1, 2], [8, 80, 12]))
            who = list(dict.fromkeys(_one(rng, names, weights) for _ in range(k)))
            tags = sorted({_one(rng, _split(_CU_TAGS)) for _ in range(int(rng.integers(0, 3)))})
            if name == "Bugs" and "bug" not in tags:
                tags = ["bug", *tags]
            due = None
            if rng.random() < 0.62:
                due = (created + pd.Timedelta(days=int(rng.integers(2, 40)))).normalize() + pd.Timedelta(hours=16)
            begin = created.normalize() + pd.Timedelta(days=1, hours=9) if rng.random() < 0.15 else None
            estimated = int(rng.choice([1, 2, 3, 4, 6, 8])) * 3600000 if rng.random() < 0.25 else None
            spent = None
            if status != "to do" and rng.random() < 0.7:
                spent = int(max(5, rng.lognormal(np.log(150), 0.8))) * 60000
            closed = created + pd.Timedelta(hours=int(rng.integers(4, 24 * 30))) if status == "complete" else None
            stem = _one(rng, _split(stems))
            priority = _one(rng, ["urgent", "high", "normal", "low", None], [6, 20, 40, 12, 22])
            rows.append(
                {
                    "Task ID": task_id,
                    "Task Name": stem if parent is None else f"{stem} - subtask",
                    "Task Content": "See thread in Slack" if rng.random() < 0.1 else None,
                    "Status": status,
                    "Date Created": _cu_ms(created),
                    "Date Created Text": _cu_text(created),
                    "Due Date": _cu_ms(due),
                    "Due Date Text": _cu_text(due),
                    "Start Date": _cu_ms(begin),
                    "Start Date Text": _cu_text(begin),
                    "Parent ID": parent,
                    "Attachments": "[]",
                    "Assignees": "[" + ", ".join(who) + "]",
                    "Tags": "[" + ", ".join(tags) + "]",
                    "Priority": priority,
                    "List Name": name,
                    "Folder Name": folder,
                    "Space Name": "Product",
                    "Time Estimated": estimated,
                    "Time Estimated Text": _cu_hours(estimated),
                    "Checklists": "{}",
                    "Comments": int(rng.poisson(1.2)),
                    "Assigned Comments": 0,
                    "Time Spent": spent,
                    "Time Spent Text": _cu_hours(spent),
                    "Date Closed": _cu_ms(closed),
                    "Date Closed Text": _cu_text(closed),
                    "_sort": created,
                }
            )
    frame = pd.DataFrame(rows).sort_values("_sort", ascending=False, kind="stable", ignore_index=True)
    for col in ("Due Date", "Start Date", "Time Estimated", "Time Spent", "Date Closed"):
        frame[col] = frame[col].astype("Int64")
    return frame[_CU_COLUMNS]


def _cu_open(top_only: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        keep = _text(d["Status"]).str.lower() != "complete"
        if top_only:
            keep &= _text(d["Parent ID"]) == ""
        return float(keep.sum())

    return count


def _cu_people(first_only: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        names = _text(d["Assignees"]).str.strip("[]").str.split(",")
        flat = names.str[0] if first_only else names.explode()
        flat = flat.astype("string").str.strip()
        flat = flat[flat.fillna("") != ""]
        return _top(flat.value_counts())

    return pick


def _cu_no_due(d: pd.DataFrame) -> float:
    return float(pd.to_numeric(d["Due Date"], errors="coerce").isna().mean())


def _cu_spent(tracked_only: bool, unit: float) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        ms = pd.to_numeric(d["Time Spent"], errors="coerce")
        if not tracked_only:
            ms = ms.fillna(0)
        return float(ms.mean()) / unit

    return mean


def _cu_top_list(d: pd.DataFrame) -> str:
    return _top(_text(d["List Name"]).value_counts())


def _cu_done_in_top(d: pd.DataFrame) -> float:
    keep = _text(d["List Name"]) == _cu_top_list(d)
    return float((keep & (_text(d["Status"]).str.lower() == "complete")).sum())


_CU_ID = ("Task ID", "Task Name")
_CLICKUP_QS = [
    Q(
        "how many tasks are still open?",
        either(_count(_cu_open(False)), _count(_cu_open(True))),
        (*_CU_ID, "Status", "Parent ID", "Date Closed", "Date Closed Text"),
    ),
    Q(
        "who's got the most tasks",
        _lead(either(_named(_cu_people(False)), _named(_cu_people(True)))),
        (*_CU_ID, "Assignees"),
    ),
    Q(
        "what % of tasks don't have a due date",
        _share(_cu_no_due),
        (*_CU_ID, "Due Date", "Due Date Text"),
    ),
    Q(
        "on average how much time gets logged on a task",
        either(*(_about(_cu_spent(t, u), rel=0.01) for t in (True, False) for u in (3600000.0, 60000.0))),
        (*_CU_ID, "Time Spent", "Time Spent Text"),
    ),
    Q(
        "which list has the most tasks in it",
        _lead(_named(_cu_top_list)),
        (*_CU_ID, "List Name"),
    ),
    Q(
        "how many of those are done",
        _count(_cu_done_in_top),
        (*_CU_ID, "List Name", "Status", "Date Closed", "Date Closed Text"),
    ),
]


# --- 3. Lose It! food log export ------------------------------------------------------------------------------------

# meal: foods as "name|units|quantity|calories|fat|protein|carbs" separated by ";", weights, items per meal (min, max)
_LI_FOODS: dict[str, tuple[str, str, tuple[int, int]]] = {
    "Breakfast": (
        "Coffee, Brewed w/ Milk|Cup|1.5|45|2.1|2.4|3.6;Oatmeal, Cooked|Cup|1|166|3.6|5.9|28;"
        "Banana|Each|1|105|0.4|1.3|27;"
        "Eggs, Scrambled|Each|2|182|13.4|12.2|2;Greek Yogurt, Plain Nonfat|Container|1|100|0.7|17|6;"
        "Toast, Whole Wheat|Slice|2|160|2.2|8|28;Avocado Toast|Serving|1|290|16|7|31",
        "90;35;30;25;20;20;12",
        (2, 3),
    ),
    "Lunch": (
        "Chicken Caesar Salad|Serving|1|470|32|30|14;Turkey Sandwich|Each|1|420|12|28|46;"
        "Chipotle Burrito Bowl|Each|1|665|24|42|70;Lentil Soup|Cup|1.5|270|4.5|18|40;"
        "Sushi, California Roll|Piece|8|255|7|7|38;Apple|Each|1|95|0.3|0.5|25",
        "25;25;15;15;12;20",
        (1, 3),
    ),
    "Dinner": (
        "Salmon, Baked|Ounce|6|350|20|39|0;Rice, White, Cooked|Cup|1|205|0.4|4.3|45;"
        "Pasta w/ Marinara|Cup|2|460|6|16|86;Chicken Breast, Grilled|Ounce|6|280|6|52|0;"
        "Broccoli, Steamed|Cup|1|55|0.6|3.7|11;Pizza, Pepperoni|Slice|2|600|26|24|68;"
        "Red Wine|Glass|1|125|0|0.1|4;Stir Fry, Beef|Serving|1|520|24|34|38",
        "25;25;15;22;30;12;15;12",
        (2, 4),
    ),
    "Snacks": (
        "Almonds|Ounce|1|164|14|6|6;Protein Bar|Each|1|210|8|20|22;Dark Chocolate|Square|3|170|12|2|13;"
        "Popcorn|Cup|3|93|1.1|3|19;Apple|Each|1|95|0.3|0.5|25;Ice Cream, Vanilla|Cup|0.5|145|8|2.5|17",
        "25;20;18;15;15;10",
        (0, 3),
    ),
}
_LI_COLUMNS = _split(
    "Date;Name;Type;Quantity;Units;Calories;Deleted;Fat (g);Protein (g);Carbohydrates (g);Saturated Fat (g);"
    "Sugars (g);Fiber (g);Cholesterol (mg);Sodium (mg)"
)


def _loseit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10903)
    rows = []
    for day in pd.date_range("2023-09-01", "2024-02-29"):
        if rng.random() < 0.09:
            continue
        weekend = day.dayofweek >= 5
        diet = 0.82 if day.month == 1 else 1.0
        for meal, (foods, weights, (lo, hi)) in _LI_FOODS.items():
            options = [f.split("|") for f in _split(foods)]
            w = [float(x) for x in _split(weights)]
            k = int(rng.integers(lo, hi + 1)) + (1 if weekend and meal in ("Dinner", "Snacks") else 0)
            picked: list[list[str]] = []
            if meal == "Breakfast" and rng.random() < 0.85:
                picked.append(options[0])
            while len(picked) < k:
                picked.append(_one(rng, options, w))
            for name, units, qty, cal, fat, protein, carbs in picked:
                scale = float(rng.choice([0.5, 1, 1, 1, 1, 1.5, 2])) * diet if name != options[0][0] else 1.0
                custom = rng.random() < 0.12
                rows.append(
                    {
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Name": name,
                        "Type": meal,
                        "Quantity": round(float(qty) * scale, 2),
                        "Units": units,
                        "Calories": round(float(cal) * scale),
                        "Deleted": "true" if rng.random() < 0.02 else "false",
                        "Fat (g)": round(float(fat) * scale, 1),
                        "Protein (g)": round(float(protein) * scale, 1),
                        "Carbohydrates (g)": round(float(carbs) * scale, 1),
                        "Saturated Fat (g)": None if custom else round(float(fat) * scale * 0.3, 1),
                        "Sugars (g)": None if custom else round(float(carbs) * scale * 0.25, 1),
                        "Fiber (g)": None if custom else round(float(carbs) * scale * 0.1, 1),
                        "Cholesterol (mg)": None if custom else round(float(protein) * scale * 2.5),
                        "Sodium (mg)": None if custom else round(float(cal) * scale * 1.4),
                    }
                )
    return pd.DataFrame(rows)[_LI_COLUMNS]


def _li(d: pd.DataFrame, keep_deleted: bool) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(_text(d["Date"]), format="%m/%d/%Y")
    out["_cal"] = pd.to_numeric(d["Calories"], errors="coerce")
    if not keep_deleted:
        out = out[_text(d["Deleted"]).str.lower() != "true"]
    return out


def _li_daily(d: pd.DataFrame, keep_deleted: bool) -> pd.Series:
    t = _li(d, keep_deleted)
    return t["_cal"].groupby(t["_day"]).sum()


def _li_mean(keep_deleted: bool, weekend: bool = False) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        days = _li_daily(d, keep_deleted)
        if weekend:
            days = days[days.index.dayofweek >= 5]
        return float(days.mean())

    return mean


def _li_top_meal(d: pd.DataFrame) -> str:
    t = _li(d, False)
    return _top(t["_cal"].groupby(_text(t["Type"])).sum())


def _li_over(keep_deleted: bool, inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        days = _li_daily(d, keep_deleted)
        return float((days >= 2000).sum() if inclusive else (days > 2000).sum())

    return count


def _li_top_food(d: pd.DataFrame) -> str:
    return _top(_text(d["Name"]).value_counts())


def _li_low_month(keep_deleted: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        days = _li_daily(d, keep_deleted)
        return days.groupby(days.index.to_period("M")).mean().idxmin().to_timestamp()

    return pick


_LI_ID = ("Date", "Name", "Deleted")
_LOSEIT_QS = [
    Q(
        "how many calories do i eat a day on average",
        either(_about(_li_mean(False), rel=0.005), _about(_li_mean(True), rel=0.005)),
        (*_LI_ID, "Calories"),
    ),
    Q(
        "and on weekends?",
        either(_about(_li_mean(False, True), rel=0.005), _about(_li_mean(True, True), rel=0.005)),
        (*_LI_ID, "Calories"),
    ),
    Q(
        "which meal do i eat the most calories at",
        _lead(_named(_li_top_meal)),
        (*_LI_ID, "Calories", "Type"),
    ),
    Q(
        "how many days did i go over 2000 calories",
        either(*(_count(_li_over(k, i)) for k in (False, True) for i in (False, True))),
        (*_LI_ID, "Calories"),
    ),
    Q(
        "what food do i log the most",
        _lead(_named(_li_top_food)),
        (*_LI_ID, "Type"),
    ),
    Q(
        "which month was i eating the least per day",
        _lead(either(_any_month(_li_low_month(False)), _any_month(_li_low_month(True)))),
        (*_LI_ID, "Calories"),
    ),
]


# --- 4. Shopify Payments transactions export ----------------------------------------------------------------------

_SH_COLUMNS = _split(
    "Transaction Date;Type;Order;Card Brand;Card Source;Payout Status;Payout Date;Payout ID;Available On;Amount;Fee;"
    "Net;Checkout;Payment Method Name;Presentment Amount;Presentment Currency;Currency"
)
_SH_BRANDS = "visa:52;master:27;american_express:14;discover:7"
_SH_METHODS = "card:55;shop_pay:25;apple_pay:15;google_pay:5"


def _shopify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10904)
    rows = []
    order = 1001
    brands = [x.split(":") for x in _split(_SH_BRANDS)]
    methods = [x.split(":") for x in _split(_SH_METHODS)]

    def add(
        when: pd.Timestamp,
        kind: str,
        number: str | None,
        brand: str | None,
        method: str | None,
        amount: float,
        fee: float,
        currency: str,
    ) -> None:
        rows.append((when, kind, number, brand, method, round(amount, 2), round(fee, 2), currency))

    for day in pd.date_range("2023-07-01", "2023-12-31"):
        rate = 6.0
        if pd.Timestamp("2023-11-24") <= day <= pd.Timestamp("2023-11-27"):
            rate = 38.0
        elif day.month == 12 and day.day < 20:
            rate = 9.0
        for _ in range(int(rng.poisson(rate))):
            when = day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 86400)))
            amount = round(float(np.clip(rng.lognormal(np.log(58), 0.55), 12, 480)), 2)
            if rate > 30:
                amount = round(amount * 0.8, 2)
            brand = str(_one(rng, [b[0] for b in brands], [float(b[1]) for b in brands]))
            method = str(_one(rng, [m[0] for m in methods], [float(m[1]) for m in methods]))
            currency = str(_one(rng, ["USD", "CAD", "GBP"], [90, 7, 3]))
            number = f"#{order}"
            order += 1
            add(when, "charge", number, brand, method, amount, amount * 0.029 + 0.30, currency)
            roll = rng.random()
            if roll < 0.05:
                back = when + pd.Timedelta(days=int(rng.integers(2, 20)), seconds=int(rng.integers(0, 9000)))
                part = amount if rng.random() < 0.7 else round(amount * 0.5, 2)
                add(back, "refund", number, brand, method, -part, 0.0, currency)
            elif roll < 0.053:
                back = when + pd.Timedelta(days=int(rng.integers(10, 40)))
                add(back, "dispute", number, brand, method, -amount, 15.0, currency)
    for when in (pd.Timestamp("2023-09-14 02:11:09"), pd.Timestamp("2023-12-02 03:40:51")):
        add(when, "adjustment", None, None, None, -round(float(rng.uniform(3, 20)), 2), 0.0, "USD")
    out = []
    payout_ids: dict[pd.Timestamp, int] = {}
    end = pd.Timestamp("2024-01-02")
    for when, kind, number, brand, method, amount, fee, currency in sorted(rows, key=lambda r: r[0]):
        available = (when + pd.Timedelta(days=2)).normalize()
        while available.dayofweek >= 5:
            available += pd.Timedelta(days=1)
        paid = available <= end
        if available not in payout_ids:
            payout_ids[available] = 91234000000 + 1733 * len(payout_ids) + int(rng.integers(0, 999))
        fx = {"USD": 1.0, "CAD": 1.35, "GBP": 0.79}[currency]
        out.append(
            {
                "Transaction Date": f"{when:%Y-%m-%d %H:%M:%S} -0500",
                "Type": kind,
                "Order": number,
                "Card Brand": brand,
                "Card Source": "online" if brand else None,
                "Payout Status": "paid" if paid else "pending",
                "Payout Date": f"{available:%Y-%m-%d}" if paid else None,
                "Payout ID": payout_ids[available] if paid else None,
                "Available On": f"{available:%Y-%m-%d}",
                "Amount": amount,
                "Fee": fee,
                "Net": round(amount - fee, 2),
                "Checkout": _alnum(rng, 32) if number else None,
                "Payment Method Name": method,
                "Presentment Amount": round(amount * fx, 2),
                "Presentment Currency": currency,
                "Currency": "USD",
            }
        )
    frame = pd.DataFrame(out).iloc[::-1].reset_index(drop=True)
    frame["Payout ID"] = frame["Payout ID"].astype("Int64")
    return frame[_SH_COLUMNS]


def _sh(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_type"] = _text(d["Type"]).str.lower()
    out["_day"] = pd.to_datetime(_text(d["Transaction Date"]).str[:19], format="%Y-%m-%d %H:%M:%S")
    for col in ("Amount", "Fee", "Net"):
        out["_" + col.lower()] = pd.to_numeric(d[col], errors="coerce")
    return out


def _sh_sales(net_of_refunds: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        t = _sh(d)
        kinds = ("charge", "refund") if net_of_refunds else ("charge",)
        return float(t.loc[t["_type"].isin(kinds), "_amount"].sum())

    return total


def _sh_fees(charges_only: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        t = _sh(d)
        return float(t.loc[t["_type"] == "charge", "_fee"].sum() if charges_only else t["_fee"].sum())

    return total


def _sh_fee_rates(d: pd.DataFrame) -> list[float]:
    t = _sh(d)
    charges = t[t["_type"] == "charge"]
    sales = _sh_sales(False)(d)
    return [
        _sh_fees(True)(d) / sales,
        _sh_fees(False)(d) / sales,
        _sh_fees(False)(d) / _sh_sales(True)(d),
        float((charges["_fee"] / charges["_amount"]).mean()),
    ]


def _sh_fee_rate(i: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: _sh_fee_rates(d)[i]


def _sh_refunds(d: pd.DataFrame) -> list[float]:
    t = _sh(d)
    refunds = t[t["_type"] == "refund"]
    return [float(len(refunds)), float(refunds["_amount"].sum())]


def _sh_top_brand(d: pd.DataFrame) -> str:
    t = _sh(d)
    return _top(_text(t.loc[t["_type"] == "charge", "Card Brand"]).value_counts())


def _sh_top_month(by_payout: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        t = _sh(d)
        when = pd.to_datetime(t["Payout Date"], errors="coerce") if by_payout else t["_day"]
        return t["_net"].groupby(when.dt.to_period("M")).sum().idxmax().to_timestamp()

    return pick


def _sh_refund_check(answer: str, df: pd.DataFrame) -> str | None:
    """The refund count and the refunded amount (sign ignored)."""
    why = _count(lambda d: _sh_refunds(d)[0])(answer, df)
    return why or _amount(lambda d: _sh_refunds(d)[1])(answer, df)


_SH_BRAND_NAMES = {"visa": ("Visa",), "master": ("Mastercard", "Master")}
_SH_ID = ("Transaction Date", "Order")
_SHOPIFY_QS = [
    Q(
        "how much did we make in sales",
        either(_amount(_sh_sales(False)), _amount(_sh_sales(True))),
        (*_SH_ID, "Type", "Amount"),
    ),
    Q(
        "how much have we paid in fees",
        either(_amount(_sh_fees(False)), _amount(_sh_fees(True))),
        (*_SH_ID, "Type", "Fee"),
    ),
    Q(
        "what's that as a percent of sales?",
        either(*(_share(_sh_fee_rate(i)) for i in range(4))),
        (*_SH_ID, "Type", "Amount", "Fee"),
    ),
    Q(
        "how many refunds did we do and how much money was it",
        _sh_refund_check,
        (*_SH_ID, "Type", "Amount", "Net"),
    ),
    Q(
        "what card do people use the most",
        _lead(_named(_sh_top_brand, _SH_BRAND_NAMES)),
        (*_SH_ID, "Type", "Card Brand"),
    ),
    Q(
        "which month had the biggest net payout",
        _lead(either(_any_month(_sh_top_month(False)), _any_month(_sh_top_month(True)))),
        (*_SH_ID, "Net", "Payout Date", "Available On", "Payout Status", "Payout ID"),
    ),
]


# --- 5. NOAA billion-dollar weather and climate disasters ---------------------------------------------------------

# type: share of events, CPI-adjusted cost median ($M), sigma, deaths (Poisson mean)
_NO_TYPES: dict[str, tuple[float, float, float, float]] = {
    "Severe Storm": (50, 2100, 0.55, 4),
    "Tropical Cyclone": (16, 9000, 1.1, 12),
    "Flooding": (11, 3600, 0.8, 6),
    "Drought": (8, 9500, 0.7, 40),
    "Winter Storm": (6, 3200, 0.6, 10),
    "Wildfire": (6, 4500, 0.9, 6),
    "Freeze": (3, 2600, 0.6, 1),
}
_NO_REGIONS = "Central;Southern;Northeastern;Midwest;Southeast;Plains;Rockies;Northwest;Texas;Ohio Valley"
_NO_HURRICANES = (
    "Allen;Alicia;Elena;Gloria;Hugo;Bob;Andrew;Iniki;Opal;Fran;Georges;Floyd;Allison;Isabel;Charley;Frances;Ivan;"
    "Jeanne;Dennis;Rita;Wilma;Gustav;Ike;Irene;Isaac;Matthew;Florence;Michael;Laura;Sally;Delta;Ida;Nicholas;Fiona;"
    "Idalia;Beryl;Debby;Helene;Milton;Hermine;Zeta;Hanna;Barry;Dorian;Nate;Harvey;Irma;Maria;Sandy;Katrina;Ian"
)
_NO_BIG = {
    "Katrina": (2005, 8, 201300, 1833),
    "Harvey": (2017, 8, 160000, 89),
    "Maria": (2017, 9, 115200, 2981),
    "Sandy": (2012, 10, 88500, 159),
    "Ian": (2022, 9, 119600, 152),
}
_NO_MONTHS = {
    "Severe Storm": (3, 4, 5, 5, 6, 6, 7, 8),
    "Tropical Cyclone": (8, 9, 9, 10),
    "Flooding": (3, 4, 5, 6),
    "Drought": (6,),
    "Winter Storm": (1, 2, 2, 3, 12),
    "Wildfire": (6, 7, 8, 9, 10),
    "Freeze": (1, 2, 3, 4),
}


def _noaa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10905)
    types = list(_NO_TYPES)
    weights = [v[0] for v in _NO_TYPES.values()]
    hurricanes = [h for h in _split(_NO_HURRICANES) if h not in _NO_BIG]
    rows = []
    for year in range(1980, 2025):
        n = 28 if year == 2023 else min(24, int(rng.poisson(2.5 + 0.42 * (year - 1980))) + 1)
        factor = 1.032 ** (2024 - year)
        kinds = [str(_one(rng, types, weights)) for _ in range(n)]
        kinds += [name for name, v in _NO_BIG.items() if v[0] == year]
        for kind in kinds:
            if kind in _NO_BIG:
                _, month, cost, deaths = _NO_BIG[kind]
                name, disaster = f"Hurricane {kind}", "Tropical Cyclone"
            else:
                disaster = kind
                _, median, sigma, dead = _NO_TYPES[kind]
                month = int(_one(rng, _NO_MONTHS[kind]))
                cost = max(1000.0, float(median * rng.lognormal(0, sigma)))
                deaths = int(rng.poisson(dead))
                if kind == "Tropical Cyclone":
                    name = f"Hurricane {hurricanes[int(rng.integers(0, len(hurricanes)))]}"
                elif kind == "Drought":
                    name = f"{_one(rng, _split(_NO_REGIONS))} Drought and Heat Wave"
                    month = 6
                else:
                    label = {
                        "Severe Storm": "Severe Storms",
                        "Flooding": "Flooding",
                        "Winter Storm": "Winter Storm",
                        "Wildfire": "Wildfires",
                        "Freeze": "Freeze",
                    }[kind]
                    where = "Western" if kind == "Wildfire" else _one(rng, _split(_NO_REGIONS))
                    name = f"{where} {label}"
            start = pd.Timestamp(year, month, int(rng.integers(1, 28)))
            length = 180 if disaster == "Drought" else int(rng.integers(1, 6 if disaster != "Wildfire" else 60))
            end = min(start + pd.Timedelta(days=length), pd.Timestamp(year, 12, 31))
            rows.append(
                {
                    "Name": f"{name} ({start:%B} {year})",
                    "Disaster": disaster,
                    "Begin Date": int(f"{start:%Y%m%d}"),
                    "End Date": int(f"{end:%Y%m%d}"),
                    "CPI-Adjusted Cost": f"{cost:.1f}",
                    "Unadjusted Cost": f"{cost / factor:.1f}",
                    "Deaths": deaths,
                }
            )
    frame = pd.DataFrame(rows).sort_values("Begin Date", kind="stable", ignore_index=True)
    late = frame.index[frame["Begin Date"] >= 20240101]
    for i in late[-3:]:
        frame.loc[i, ["CPI-Adjusted Cost", "Unadjusted Cost"]] = "TBD"
    return frame


def _no_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Begin Date"], errors="coerce") // 10000


def _no_cost(d: pd.DataFrame, adjusted: bool) -> pd.Series:
    return pd.to_numeric(d["CPI-Adjusted Cost" if adjusted else "Unadjusted Cost"], errors="coerce")


def _no_top_type(adjusted: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_no_cost(d, adjusted).groupby(_text(d["Disaster"])).sum())


def _no_top_year(d: pd.DataFrame) -> float:
    return float(_top(_no_years(d).value_counts()))


def _no_hurricane_cost(adjusted: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_no_cost(d, adjusted)[_text(d["Disaster"]) == "Tropical Cyclone"].mean())


def _no_cost_check(value: Callable[[pd.DataFrame], float]) -> Check:
    """A cost in millions, written in millions, billions or dollars."""
    return _scaled(value, (1e3, 1e-6), rel=0.01)


_NO_ID = ("Name", "Begin Date")
_NOAA_QS = [
    Q(
        "how many billion dollar disasters have there been since 2000",
        _count(lambda d: float((_no_years(d) >= 2000).sum())),
        (*_NO_ID, "End Date"),
    ),
    Q(
        "what type of disaster has cost the most overall",
        _lead(either(_named(_no_top_type(True)), _named(_no_top_type(False)))),
        (*_NO_ID, "Disaster", "CPI-Adjusted Cost", "Unadjusted Cost"),
    ),
    Q(
        "how many people died in total",
        _count(lambda d: float(pd.to_numeric(d["Deaths"], errors="coerce").sum())),
        (*_NO_ID, "Deaths"),
    ),
    Q(
        "which year had the most disasters",
        _lead(_year(_no_top_year)),
        (*_NO_ID, "End Date"),
    ),
    Q(
        "whats the average cost of a hurricane",
        either(_no_cost_check(_no_hurricane_cost(True)), _no_cost_check(_no_hurricane_cost(False))),
        (*_NO_ID, "Disaster", "CPI-Adjusted Cost", "Unadjusted Cost"),
    ),
    Q(
        "and how many people did they kill altogether",
        _count(
            lambda d: float(
                pd.to_numeric(d["Deaths"], errors="coerce")[_text(d["Disaster"]) == "Tropical Cyclone"].sum()
            )
        ),
        (*_NO_ID, "Disaster", "Deaths"),
    ),
]


# --- 6. NBA shot logs 2014-15 (Kaggle shot_logs.csv) ----------------------------------------------------------------

# player: team, shots weight, skill (added to the make chance), three-point rate
_NB_PLAYERS: dict[str, tuple[str, float, float, float]] = {
    "james harden": ("HOU", 3.0, 0.03, 0.42),
    "stephen curry": ("GSW", 2.4, 0.08, 0.5),
    "lebron james": ("CLE", 2.5, 0.07, 0.22),
    "russell westbrook": ("OKC", 2.6, -0.02, 0.2),
    "kevin love": ("CLE", 1.6, 0.0, 0.4),
    "klay thompson": ("GSW", 2.0, 0.03, 0.45),
    "chris paul": ("LAC", 1.8, 0.04, 0.3),
    "blake griffin": ("LAC", 1.8, 0.03, 0.02),
    "lamarcus aldridge": ("POR", 2.2, 0.0, 0.03),
    "damian lillard": ("POR", 2.2, 0.0, 0.45),
    "dwight howard": ("HOU", 1.0, 0.1, 0.0),
    "anthony davis": ("NOP", 2.1, 0.07, 0.01),
    "kyle korver": ("ATL", 1.3, 0.08, 0.7),
    "demar derozan": ("TOR", 1.7, -0.03, 0.1),
    "andre drummond": ("DET", 1.3, 0.02, 0.0),
    "brian roberts": ("CHA", 0.8, -0.04, 0.35),
    "mnta ellis": ("DAL", 2.0, -0.01, 0.2),
    "dirk nowtizski": ("DAL", 1.7, 0.04, 0.25),
    "kemba walker": ("CHA", 1.9, -0.05, 0.33),
    "tim duncan": ("SAS", 1.4, 0.04, 0.0),
    "tony parker": ("SAS", 1.4, 0.03, 0.08),
    "gordon hayward": ("UTA", 1.7, 0.0, 0.3),
    "rudy gobert": ("UTA", 0.7, 0.12, 0.0),
    "jimmy butler": ("CHI", 1.6, 0.01, 0.2),
    "pau gasol": ("CHI", 1.6, 0.03, 0.01),
    "john wall": ("WAS", 1.8, -0.01, 0.15),
    "bradley beal": ("WAS", 1.4, 0.0, 0.35),
    "marc gasol": ("MEM", 1.6, 0.02, 0.01),
    "mike conley": ("MEM", 1.4, 0.01, 0.3),
    "andrew wiggins": ("MIN", 1.8, -0.03, 0.1),
}
_NB_OPPONENTS = "ATL;BKN;BOS;CHA;CHI;CLE;DAL;DEN;DET;GSW;HOU;IND;LAC;LAL;MEM;MIA;MIL;MIN;NOP;NYK;OKC;ORL;PHI;PHX;POR"
_NB_COLUMNS = _split(
    "GAME_ID;MATCHUP;LOCATION;W;FINAL_MARGIN;SHOT_NUMBER;PERIOD;GAME_CLOCK;SHOT_CLOCK;DRIBBLES;TOUCH_TIME;SHOT_DIST;"
    "PTS_TYPE;SHOT_RESULT;CLOSEST_DEFENDER;CLOSEST_DEFENDER_PLAYER_ID;CLOSE_DEF_DIST;FGM;PTS;player_name;player_id"
)


def _nb_defender(name: str) -> str:
    first, last = name.title().split(" ", 1)
    return f"{last}, {first}"


def _nba_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10906)
    players = list(_NB_PLAYERS)
    ids = {p: 201900 + 37 * i for i, p in enumerate(players)}
    weights = [v[1] for v in _NB_PLAYERS.values()]
    days = pd.date_range("2014-10-28", "2015-03-04")
    rows = []
    game = 21400001
    while len(rows) < 4200:
        player = str(_one(rng, players, weights))
        team, _, skill, three_rate = _NB_PLAYERS[player]
        opponent = str(_one(rng, [o for o in _split(_NB_OPPONENTS) if o != team]))
        day = days[int(rng.integers(0, len(days)))]
        home = rng.random() < 0.5
        margin = int(rng.integers(-25, 26)) or 1
        matchup = f"{day:%b %d, %Y}".upper() + (f" - {team} vs. {opponent}" if home else f" - {team} @ {opponent}")
        for shot_number in range(1, int(rng.integers(6, 20))):
            three = rng.random() < three_rate
            dist = float(rng.uniform(22, 28)) if three else float(np.clip(rng.exponential(7.5), 0, 21.9))
            if three and rng.random() < 0.04:
                dist = float(rng.uniform(17, 21.9))
            defender_dist = float(np.clip(rng.gamma(2.2, 1.9), 0, 40))
            p = 0.64 - 0.016 * dist + 0.018 * defender_dist + skill
            made = rng.random() < min(0.92, max(0.05, p))
            period = 5 if rng.random() < 0.02 else int(rng.integers(1, 5))
            clock_s = int(rng.integers(0, 720))
            shot_clock = None if clock_s < 24 and rng.random() < 0.9 else round(float(rng.uniform(0, 24)), 1)
            if shot_clock is not None and rng.random() < 0.015:
                shot_clock = None
            dribbles = int(rng.poisson(2.0))
            touch = round(float(max(0, rng.normal(0.8 * dribbles + 1.2, 1.0))), 1)
            if rng.random() < 0.01:
                touch = round(-float(rng.uniform(0.1, 5)), 1)
            defender = str(_one(rng, players))
            pts = (3 if three else 2) if made else 0
            rows.append(
                {
                    "GAME_ID": game,
                    "MATCHUP": matchup,
                    "LOCATION": "H" if home else "A",
                    "W": "W" if margin > 0 else "L",
                    "FINAL_MARGIN": margin,
                    "SHOT_NUMBER": shot_number,
                    "PERIOD": period,
                    "GAME_CLOCK": f"{clock_s // 60}:{clock_s % 60:02d}",
                    "SHOT_CLOCK": shot_clock,
                    "DRIBBLES": dribbles,
                    "TOUCH_TIME": touch,
                    "SHOT_DIST": round(dist, 1),
                    "PTS_TYPE": 3 if three else 2,
                    "SHOT_RESULT": "made" if made else "missed",
                    "CLOSEST_DEFENDER": _nb_defender(defender),
                    "CLOSEST_DEFENDER_PLAYER_ID": ids[defender],
                    "CLOSE_DEF_DIST": round(defender_dist, 1),
                    "FGM": int(made),
                    "PTS": pts,
                    "player_name": player,
                    "player_id": ids[player],
                }
            )
        game += 1
    return pd.DataFrame(rows)[_NB_COLUMNS]


def _nb_made(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["FGM"], errors="coerce")


def _nb_top_scorer(d: pd.DataFrame) -> str:
    return _top(pd.to_numeric(d["PTS"], errors="coerce").groupby(_text(d["player_name"])).sum())


def _nb_def_means(d: pd.DataFrame) -> list[float]:
    dist = pd.to_numeric(d["CLOSE_DEF_DIST"], errors="coerce")
    return [float(dist[_nb_made(d) == 1].mean()), float(dist[_nb_made(d) == 0].mean())]


def _nb_dist_means(d: pd.DataFrame) -> list[float]:
    dist = pd.to_numeric(d["SHOT_DIST"], errors="coerce")
    return [float(dist[_nb_made(d) == 1].mean()), float(dist[_nb_made(d) == 0].mean())]


def _nb_forms(name: str) -> dict[str, tuple[str, ...]]:
    return {name: (name.title(), name.split(" ", 1)[1])}


_NB_ID = ("GAME_ID", "player_name", "player_id", "SHOT_NUMBER")
_NBA_QS = [
    Q(
        "what's the overall shooting percentage",
        _share(lambda d: float(_nb_made(d).mean())),
        (*_NB_ID, "FGM", "SHOT_RESULT"),
    ),
    Q(
        "and for threes?",
        _share(lambda d: float(_nb_made(d)[pd.to_numeric(d["PTS_TYPE"], errors="coerce") == 3].mean())),
        (*_NB_ID, "FGM", "SHOT_RESULT", "PTS_TYPE"),
    ),
    Q(
        "who scored the most points",
        _lead(lambda answer, df: _named(_nb_top_scorer, _nb_forms(_nb_top_scorer(df)))(answer, df)),
        (*_NB_ID, "PTS"),
    ),
    Q(
        "does how close the defender is affect whether the shot goes in",
        either(
            _corr(lambda d: pd.to_numeric(d["CLOSE_DEF_DIST"], errors="coerce"), _nb_made),
            _about(_nb_def_means, rel=0.01),
        ),
        (*_NB_ID, "CLOSE_DEF_DIST", "FGM", "SHOT_RESULT"),
    ),
    Q(
        "how many shots are missing the shot clock",
        _count(lambda d: float(pd.to_numeric(d["SHOT_CLOCK"], errors="coerce").isna().sum())),
        (*_NB_ID, "SHOT_CLOCK"),
    ),
    Q(
        "average shot distance on makes vs misses",
        _about(_nb_dist_means, rel=0.01),
        (*_NB_ID, "SHOT_DIST", "FGM", "SHOT_RESULT"),
    ),
]


# --- 7. UK House Price Index, regions and countries -------------------------------------------------------------

# region: area code, January 2010 price, growth to December 2023, sales per month, detached / semi / terraced / flat
_UK_REGIONS: dict[str, tuple[str, float, float, float, tuple[float, float, float, float]]] = {
    "North East": ("E12000001", 104000, 1.50, 2600, (1.75, 1.0, 0.78, 0.62)),
    "North West": ("E12000002", 118000, 1.80, 7800, (1.85, 1.05, 0.78, 0.68)),
    "Yorkshire and The Humber": ("E12000003", 122000, 1.72, 6000, (1.8, 1.0, 0.8, 0.66)),
    "East Midlands": ("E12000004", 128000, 1.92, 5500, (1.6, 0.95, 0.8, 0.62)),
    "West Midlands": ("E12000005", 135000, 1.87, 6200, (1.75, 1.0, 0.8, 0.64)),
    "East of England": ("E12000006", 170000, 2.12, 7600, (1.6, 1.02, 0.85, 0.62)),
    "London": ("E12000007", 262000, 1.93, 8500, (2.35, 1.45, 1.15, 0.83)),
    "South East": ("E12000008", 208000, 1.86, 11000, (1.7, 1.05, 0.82, 0.6)),
    "South West": ("E12000009", 185000, 1.78, 7200, (1.55, 1.0, 0.83, 0.62)),
    "Wales": ("W92000004", 122000, 1.74, 3600, (1.6, 0.98, 0.8, 0.72)),
    "Scotland": ("S92000003", 133000, 1.45, 7000, (1.75, 1.0, 0.85, 0.67)),
    "Northern Ireland": ("N92000002", 140000, 1.28, 0, (1.5, 0.95, 0.75, 0.7)),
}
_UK_ENGLAND = list(_UK_REGIONS)[:9]
_UK_TYPES = ("Detached", "SemiDetached", "Terraced", "Flat")
_UK_OTHERS = ("Cash", "Mortgage", "FTB", "FOO", "New", "Old")
_UK_OTHER_FACTORS = (0.95, 1.03, 0.85, 1.14, 1.22, 0.97)


def _uk_path(n: int) -> np.ndarray:
    """The national log price path, month by month from January 2010: flat, rising, slowing, booming, easing."""
    rates = []
    for i in range(n):
        year, month = 2010 + i // 12, i % 12 + 1
        if year < 2013:
            r = 0.003
        elif year < 2017:
            r = 0.06
        elif year < 2020:
            r = 0.025
        elif (year, month) <= (2022, 10):
            r = 0.085
        else:
            r = -0.035
        rates.append(r / 12)
    return np.concatenate([[0.0], np.cumsum(rates[1:])])


def _uk_pct(s: pd.Series, lag: int) -> pd.Series:
    return (100 * (s / s.shift(lag) - 1)).round(2)


def _uk_house_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10907)
    months = pd.date_range("2010-01-01", "2023-12-01", freq="MS")
    n = len(months)
    path = _uk_path(n)
    season = 0.012 * np.sin(2 * np.pi * (months.month.to_numpy() - 4) / 12)
    frames: dict[str, pd.DataFrame] = {}
    for region, (code, p0, growth, sales, mix) in _UK_REGIONS.items():
        k = np.log(growth) / path[-1]
        price = p0 * np.exp(k * path + season + rng.normal(0, 0.004, n))
        volume = np.round(sales * (1 + 0.15 * np.sin(2 * np.pi * (months.month.to_numpy() - 3) / 12)))
        volume = volume * np.where(months.year == 2021, 1.25, 1.0) * rng.uniform(0.92, 1.08, n)
        f = pd.DataFrame({"Date": months, "RegionName": region, "AreaCode": code, "AveragePrice": price})
        f["SalesVolume"] = np.round(volume) if sales else np.nan
        for t, m in zip(_UK_TYPES, mix, strict=True):
            f[f"{t}Price"] = price * m * rng.normal(1, 0.003, n)
        for t, m in zip(_UK_OTHERS, _UK_OTHER_FACTORS, strict=True):
            f[f"{t}Price"] = price * m * rng.normal(1, 0.003, n)
        frames[region] = f
    for name, code, members in (
        ("England", "E92000001", _UK_ENGLAND),
        ("United Kingdom", "K02000001", list(_UK_REGIONS)),
    ):
        weights = np.array([max(_UK_REGIONS[r][3], 1800) for r in members], dtype=float)
        weights /= weights.sum()
        f = frames[members[0]][["Date"]].copy()
        f["RegionName"], f["AreaCode"] = name, code
        value_cols = [c for c in frames[members[0]].columns if c.endswith("Price")]
        for c in value_cols:
            f[c] = sum(w * frames[r][c].to_numpy() for r, w in zip(members, weights, strict=True))
        f["SalesVolume"] = sum(frames[r]["SalesVolume"].fillna(0).to_numpy() for r in members)
        frames[name] = f
    out = []
    for f in frames.values():
        f = f.copy()
        base = f["Date"] == pd.Timestamp("2015-01-01")
        g = pd.DataFrame({"Date": f["Date"].dt.strftime("%d/%m/%Y"), "RegionName": f["RegionName"]})
        g["AreaCode"] = f["AreaCode"]
        g["AveragePrice"] = f["AveragePrice"].round(0)
        g["Index"] = (100 * f["AveragePrice"] / float(f.loc[base, "AveragePrice"].iloc[0])).round(2)
        g["IndexSA"] = (g["Index"] / np.exp(season)).round(2)
        g["1m%Change"] = _uk_pct(f["AveragePrice"], 1)
        g["12m%Change"] = _uk_pct(f["AveragePrice"], 12)
        g["AveragePriceSA"] = (f["AveragePrice"] / np.exp(season)).round(0)
        g["SalesVolume"] = f["SalesVolume"].where(f["Date"] < pd.Timestamp("2023-10-01"))
        for t in _UK_TYPES:
            p = f[f"{t}Price"]
            g[f"{t}Price"] = p.round(0)
            g[f"{t}Index"] = (100 * p / float(p[base].iloc[0])).round(2)
            g[f"{t}1m%Change"] = _uk_pct(p, 1)
            g[f"{t}12m%Change"] = _uk_pct(p, 12)
        for t in _UK_OTHERS:
            p = f[f"{t}Price"]
            g[f"{t}Price"] = p.round(0)
            g[f"{t}Index"] = (100 * p / float(p[base].iloc[0])).round(2)
            if t in ("New", "Old"):
                share = 0.11 if t == "New" else 0.89
                g[f"{t}SalesVolume"] = (g["SalesVolume"] * share).round(0)
        out.append(g)
    frame = pd.concat(out, ignore_index=True)
    frame["_sort"] = pd.to_datetime(frame["Date"], format="%d/%m/%Y")
    frame = frame.sort_values(["_sort", "RegionName"], kind="stable", ignore_index=True).drop(columns="_sort")
    return frame


def _uk(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(_text(d["Date"]), format="%d/%m/%Y")
    out["_price"] = pd.to_numeric(d["AveragePrice"], errors="coerce")
    out["_region"] = _text(d["RegionName"])
    return out


def _uk_latest(region: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        t = _uk(d)
        t = t[t["_region"] == region]
        return float(t.loc[t["_day"].idxmax(), "_price"])

    return value


def _uk_cheapest(d: pd.DataFrame) -> str:
    t = _uk(d)
    t = t[t["_day"] == t["_day"].max()]
    return _top(-t.set_index("_region")["_price"])


def _uk_growth(annual: bool) -> Callable[[pd.DataFrame], pd.Series]:
    """Growth per region, first to last month or 2010's average to 2023's."""

    def growth(d: pd.DataFrame) -> pd.Series:
        t = _uk(d)
        if annual:
            years = t["_price"].groupby([t["_region"], t["_day"].dt.year]).mean().unstack()
            return years[years.columns.max()] / years[years.columns.min()] - 1
        wide = t.pivot_table(index="_day", columns="_region", values="_price")
        return wide.iloc[-1] / wide.iloc[0] - 1

    return growth


def _uk_london_growth(annual: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_uk_growth(annual)(d)["London"])


def _uk_top_growth(annual: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_uk_growth(annual)(d))


def _uk_peak(d: pd.DataFrame) -> pd.Timestamp:
    t = _uk(d)
    t = t[t["_region"] == "United Kingdom"]
    return pd.Timestamp(t.loc[t["_price"].idxmax(), "_day"])


def _uk_se_2023(d: pd.DataFrame) -> list[float]:
    t = _uk(d)
    keep = (t["_region"] == "South East") & (t["_day"].dt.year == 2023)
    return [float(pd.to_numeric(t.loc[keep, c], errors="coerce").mean()) for c in ("FlatPrice", "DetachedPrice")]


def _uk_change(value: Callable[[pd.DataFrame], float]) -> Check:
    """A rise as a percentage or a fraction, to about 1% of itself."""
    return either(_share(value), _about(lambda d: 100 * value(d), rel=0.01))


_UK_ID = ("Date", "RegionName", "AreaCode")
_UK_HOUSE_QS = [
    Q(
        "what's the average house price in london right now",
        _amount(_uk_latest("London")),
        (*_UK_ID, "AveragePrice"),
    ),
    Q(
        "which region is cheapest at the moment",
        _lead(_named(_uk_cheapest)),
        (*_UK_ID, "AveragePrice"),
    ),
    Q(
        "how much have london prices gone up since 2010, in %",
        either(_uk_change(_uk_london_growth(False)), _uk_change(_uk_london_growth(True))),
        (*_UK_ID, "AveragePrice", "Index"),
    ),
    Q(
        "which region has gone up the most over that time",
        _lead(either(_named(_uk_top_growth(False)), _named(_uk_top_growth(True)))),
        (*_UK_ID, "AveragePrice", "Index"),
    ),
    Q(
        "when did uk prices peak",
        _lead(_month_year(_uk_peak)),
        (*_UK_ID, "AveragePrice", "Index"),
    ),
    Q(
        "average price of a flat vs a detached house in the south east in 2023",
        _amount(_uk_se_2023, rel=0.01),
        (*_UK_ID, "FlatPrice", "DetachedPrice"),
    ),
]


HELDOUT109: list[Dataset] = [
    Dataset("apple_card_transactions", _apple_card_frame, _APPLE_CARD_QS),
    Dataset("clickup_tasks_export", _clickup_frame, _CLICKUP_QS),
    Dataset("loseit_food_log", _loseit_frame, _LOSEIT_QS),
    Dataset("shopify_payouts_export", _shopify_frame, _SHOPIFY_QS),
    Dataset("noaa_billion_dollar_disasters", _noaa_frame, _NOAA_QS),
    Dataset("nba_shot_logs_2014_15", _nba_frame, _NBA_QS),
    Dataset("uk_house_price_index_regional", _uk_house_frame, _UK_HOUSE_QS),
]
