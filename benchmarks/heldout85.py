"""HELDOUT85: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files people export from everyday services and bring to an analyst: a
Strava bulk-export activities.csv (2021-2023, about 900 activities) with a growing numeric Activity ID, Activity Date
written "Mar 14, 2023, 6:22:31 AM" (UTC), Activity Name ("Morning Run", "Lunch Ride", a few own names such as
"Parkrun" or "Hill repeats"), Activity Type Run / Ride / Walk / Swim, a mostly blank Activity Description, Elapsed
Time and Moving Time in seconds, Distance in kilometres for runs, rides and walks but in metres for swims, Max Heart
Rate and Relative Effort blank when no strap was worn (most swims), Commute true / false (rides and a few walks),
Activity Gear (shoe or bike names, blank for swims), Elevation Gain in metres (blank for swims), Average Speed in
metres per second and Calories (a few blank); a Stripe "unified payments" export (2023-01 to 2024-06, 2,500 charges)
with id "ch_3..." , Created (UTC) "2023-03-14 10:22:31", Amount and Amount Refunded in the charge currency written with
two decimals, Currency usd / eur, Converted Amount, Converted Amount Refunded and Fee in usd, Converted Currency,
Status Paid / Failed / Refunded (partial refunds stay Paid), Captured true / false (false for failed charges, which
carry no fee), Customer ID and Customer Email (repeated for repeat customers, a few guest charges blank), Card Brand
Visa / MasterCard / American Express / Discover, Card Funding credit / debit / prepaid, two-letter Card Country
(European cards for most euro charges), Description ("Subscription creation", "Payment for Invoice", some blank) and
Seller Message; a Zendesk Support tickets export (3,000 tickets created in 2023) with Id, Subject, Status new / open
/ pending / solved / closed (recent tickets still open), Priority low / normal / high / urgent with blanks, Type
question / incident / problem / task, Requester, Assignee (blank for new tickets), Group Support / Billing /
Technical / Tier 2, Organization (often blank), Tags, Via Email / Web / Chat / Phone, "2023-03-14T10:22:31Z" Created
at, Updated at and Solved at (blank until solved), First reply time in minutes (blank for new tickets), Full
resolution time in minutes (blank until solved) and Satisfaction Score Good / Bad / Offered / Unoffered; a Square
"Item Sales" export for a two-location coffee shop (January to June 2023, one row per item line, so a transaction of
three items repeats its Transaction ID and Payment ID) with Date "03/14/2023", Time "10:22:31", Time Zone "Pacific
Time (US & Canada)", Category, Item, Qty, Price Point Name Regular / Large, SKU (blank for drinks), Modifiers Applied
("Oat Milk, Extra Shot"), Gross Sales "$4.50", Discounts "-$0.50" or "$0.00", Net Sales and Tax as dollar text,
Event Type Payment / Refund (refund lines carry negative quantities and amounts under the original Transaction ID),
Device Name, Location and Dining Option; a Letterboxd diary.csv (about 700 entries, 2019-2023) with Date (the day the
entry was logged, a few days after the viewing now and then), Name, Year of release, a "https://boxd.it/..."
Letterboxd URI, Rating 0.5-5 in halves (blank for some), Rewatch "Yes" or blank, Tags ("cinema", "netflix, with
friends", mostly blank) and Watched Date, with favourite films logged several times; a Mailchimp campaigns report
(2019-2023, 340 campaigns to three audiences) with Title, Subject, List, Send Date "Mar 14, 2023 10:22 am", Send
Weekday, Total Recipients, Successful Deliveries, Soft Bounces, Hard Bounces, Total Bounces, Times Forwarded, Forwarded
Opens, Unique Opens, Open Rate "23.45%" (of deliveries), Total Opens, Unique Clicks, Click Rate "2.31%", Total Clicks,
Unsubscribes, Abuse Complaints and Unique Id; and Census ACS 1-year median household income pulled from the API for
2010-2022 (no 2020 release) with NAME ("Alabama", "District of Columbia", "Puerto Rico" and a "United States" row
whose state is blank), B19013_001E median income in dollars, B19013_001M margin of error, state FIPS written "01"
(read back as a number) and year, and Puerto Rico's 2014 estimate missing as the API's sentinel -666666666 with
margin -222222222. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout39 import _clock, _fields
from .heldout40 import _number
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------

_BIG = (1e3, 1e6)
_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or, ascending, the lowest) label of a score series, ties in label order."""
    return str(_ranked(scores, ascending).index[0])


def _token(rng: np.random.Generator, k: int) -> str:
    return "".join(_ALNUM[int(i)] for i in rng.integers(0, len(_ALNUM), k))


def _at_hour(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An hour as `_clock` reads it, or "8:00" / "08:00" ending a sentence ("the busiest hour is 8:00.")."""

    def ended(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        return None if re.search(rf"(?<![\d.:,])0?{h}:00(?!\d|:\d)", answer) else f"missing hour {h}"

    return either(_clock(value), ended)


def _dollars(x: float) -> str:
    """Money as Square writes it: "$4.50", "-$0.50"."""
    return f"-${-x:,.2f}" if x < 0 else f"${x:,.2f}"


def _people(rng: np.random.Generator) -> tuple[str, str]:
    first = str(_one(rng, _FIRST))
    last = str(_one(rng, _LAST))
    return first, last


_FIRST = _split(
    "James;Mary;Robert;Patricia;John;Jennifer;Michael;Linda;David;Elizabeth;William;Barbara;Richard;Susan;Joseph;"
    "Jessica;Thomas;Sarah;Carlos;Karen;Daniel;Lisa;Matthew;Nancy;Anthony;Sandra;Mark;Ashley;Priya;Emily;Wei;Sofia;"
    "Lukas;Emma;Noah;Olivia;Liam;Ava;Mateo;Chloe"
)
_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Wilson;Anderson;"
    "Thomas;Taylor;Moore;Jackson;Martin;Lee;Perez;Thompson;White;Harris;Clark;Lewis;Walker;Hall;Young;Allen;Patel;"
    "Nguyen;Kim;Schmidt;Muller;Rossi;Dubois;Novak;Silva;Khan"
)


# --- 1. Strava activities export (activities.csv) ------------------------------------------------------------------

# type: share, distance median (km, metres for swims), spread, speed range m/s, max HR range, kcal per km
_SV_TYPES: dict[str, tuple[float, float, float, tuple[float, float], tuple[int, int], float]] = {
    "Run": (0.45, 8.0, 0.4, (2.5, 3.4), (160, 196), 68.0),
    "Ride": (0.33, 28.0, 0.55, (5.0, 8.5), (145, 186), 26.0),
    "Walk": (0.13, 4.0, 0.4, (1.2, 1.6), (105, 142), 52.0),
    "Swim": (0.09, 1500.0, 0.35, (0.55, 0.85), (135, 172), 0.28),
}
_SV_GEAR = {"Run": "Nike Pegasus 39:5;Saucony Endorphin Speed 3:3;:1", "Ride": "Canyon Endurace:4;Commuter:3;:1"}
_SV_GEAR["Walk"] = "Nike Pegasus 39:1;:4"
_SV_OWN = {
    "Run": "Parkrun;Long run;Hill repeats;Tempo;Recovery jog",
    "Ride": "Commute;Recovery spin;Group ride;Gravel loop",
    "Walk": "Dog walk;Hike",
    "Swim": "Pool swim;Open water",
}


def _sv_part(hour: int) -> str:
    if hour < 11:
        return "Morning"
    if hour < 14:
        return "Lunch"
    if hour < 17:
        return "Afternoon"
    if hour < 21:
        return "Evening"
    return "Night"


def _sv_stamp(t: pd.Timestamp) -> str:
    h12 = t.hour % 12 or 12
    return f"{t:%b} {t.day}, {t.year}, {h12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def _strava_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8501)
    n = 900
    days = np.sort(rng.integers(0, 1095, n))
    types = list(_SV_TYPES)
    rows: list[dict[str, Any]] = []
    activity_id = 4_560_000_000
    for day in days:
        kind = str(_one(rng, types, [v[0] for v in _SV_TYPES.values()]))
        _share_of, median, spread, speeds, hrs, kcal = _SV_TYPES[kind]
        commute = (kind == "Ride" and rng.random() < 0.32) or (kind == "Walk" and rng.random() < 0.1)
        hour = int(_one(rng, [6, 7, 8, 12, 13, 17, 18, 19, 21], [4, 5, 3, 2, 2, 3, 4, 2, 1]))
        stamp = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(day), hours=hour)
        stamp += pd.Timedelta(seconds=int(rng.integers(0, 3600)))
        if commute:
            dist = float(rng.uniform(6.5, 11.0)) if kind == "Ride" else float(rng.uniform(1.5, 3.0))
        else:
            dist = float(np.clip(rng.lognormal(np.log(median), spread), median / 5, median * 4))
        metres = dist if kind == "Swim" else dist * 1000
        speed = float(rng.uniform(*speeds))
        moving = int(metres / speed)
        elapsed = int(moving * rng.uniform(1.0, 1.3))
        strap = rng.random() < (0.15 if kind == "Swim" else 0.82)
        max_hr = float(rng.integers(*hrs)) if strap else np.nan
        effort = float(round(moving / 60 * (max_hr - 100) / 40 * rng.uniform(0.6, 1.2))) if strap else np.nan
        calories = round(dist * kcal * float(rng.uniform(0.85, 1.15)), 1) if rng.random() > 0.05 else np.nan
        gear = _draw(rng, _SV_GEAR[kind]) if kind in _SV_GEAR else ""
        if commute:
            gear = "Commuter" if kind == "Ride" else gear
        own = rng.random() < 0.12
        name = str(_one(rng, _split(_SV_OWN[kind]))) if own else f"{_sv_part(hour)} {kind}"
        if commute and rng.random() < 0.6:
            name = "Commute"
        activity_id += int(rng.integers(3_000_000, 9_000_000))
        rows.append(
            {
                "Activity ID": activity_id,
                "Activity Date": _sv_stamp(stamp),
                "Activity Name": name,
                "Activity Type": kind,
                "Activity Description": "" if rng.random() > 0.06 else "felt good",
                "Elapsed Time": elapsed,
                "Distance": round(dist, 1) if kind == "Swim" else round(dist, 2),
                "Max Heart Rate": max_hr,
                "Relative Effort": effort,
                "Commute": "true" if commute else "false",
                "Activity Gear": gear,
                "Moving Time": moving,
                "Elevation Gain": np.nan if kind == "Swim" else round(dist * float(rng.uniform(2, 18)), 1),
                "Average Speed": round(metres / moving, 3),
                "Calories": calories,
            }
        )
    return pd.DataFrame(rows)


def _sv_date(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Activity Date"]), format="%b %d, %Y, %I:%M:%S %p")


def _sv_type(d: pd.DataFrame, kind: str) -> pd.DataFrame:
    return d[_text(d["Activity Type"]) == kind]


def _sv_ride_2022(d: pd.DataFrame) -> float:
    rides = _sv_type(d, "Ride")
    return float(rides.loc[_sv_date(rides).dt.year == 2022, "Distance"].sum())


def _sv_top_month(d: pd.DataFrame) -> pd.Timestamp:
    runs = _sv_type(d, "Run")
    by = runs["Distance"].groupby(_sv_date(runs).dt.to_period("M").astype(str)).sum()
    return pd.Timestamp(_top(by))


def _sv_swim(d: pd.DataFrame) -> float:
    return float(_sv_type(d, "Swim")["Distance"].sum())


def _sv_hr(d: pd.DataFrame) -> list[float]:
    return [float(_sv_type(d, k)["Max Heart Rate"].mean()) for k in ("Run", "Ride")]


_SV_ID = ("Activity ID", "Activity Date", "Activity Type")
_STRAVA_QS = [
    Q("how many runs have i logged", _count(lambda d: float(len(_sv_type(d, "Run")))), _SV_ID),
    Q(
        "how many km did i cycle in 2022",
        _scaled(_sv_ride_2022, _BIG, rel=0.002),
        (*_SV_ID, "Distance"),
    ),
    Q(
        "what was my biggest month for running, distance-wise?",
        _lead(_month_year(_sv_top_month)),
        (*_SV_ID, "Distance"),
    ),
    Q(
        "how far have i swum altogether, in km",
        either(has(lambda d: _sv_swim(d) / 1000, rel=0.003), has(_sv_swim, rel=0.002)),
        (*_SV_ID, "Distance"),
    ),
    Q(
        "is my max heart rate higher on runs or rides? averages please",
        _about(_sv_hr, rel=0.003),
        (*_SV_ID, "Max Heart Rate"),
    ),
    Q(
        "how many activities have no heart rate recorded",
        _count(lambda d: float(d["Max Heart Rate"].isna().sum())),
        (*_SV_ID, "Max Heart Rate"),
    ),
]


# --- 2. Stripe payments export (unified_payments.csv) --------------------------------------------------------------

_ST_PRICES = "9.00:3;12.50:4;19.99:5;29.00:4;49.00:3;99.00:2;149.00:1;custom:2"
_ST_BRANDS = "Visa:55;MasterCard:28;American Express:12;Discover:5"
_ST_US_COUNTRIES = "US:80;CA:8;GB:6;AU:3;MX:2;IN:1"
_ST_EU_COUNTRIES = "DE:30;FR:22;NL:12;ES:10;IT:10;IE:6;BE:5;US:3;GB:2"
_ST_DESCRIPTIONS = "Subscription creation:3;Subscription update:5;Payment for Invoice:3;:2"


def _stripe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8502)
    n = 2500
    start = pd.Timestamp("2023-01-01")
    seconds = np.sort(rng.integers(0, 546 * 86400, n))
    customers = []
    for i in range(950):
        first, last = _people(rng)
        eur = rng.random() < 0.25
        customers.append((f"cus_{_token(rng, 14)}", f"{first.lower()}.{last.lower()}{i % 97}@example.com", eur))
    rates = {m: float(rng.uniform(1.04, 1.11)) for m in range(1, 19)}
    rows: list[dict[str, Any]] = []
    for s in seconds:
        t = start + pd.Timedelta(seconds=int(s))
        guest = rng.random() < 0.05
        cus_id, email, eur = customers[int(rng.integers(0, len(customers)))]
        price = _draw(rng, _ST_PRICES)
        amount = round(float(rng.uniform(5, 400)), 2) if price == "custom" else float(price)
        rate = rates[(t.year - 2023) * 12 + t.month] if eur else 1.0
        converted = round(amount * rate, 2)
        status = _draw(rng, "Paid:88;Failed:7;Refunded:5")
        refunded = amount if status == "Refunded" else 0.0
        if status == "Paid" and rng.random() < 0.03:
            refunded = round(amount * float(rng.uniform(0.2, 0.6)), 2)
        brand = _draw(rng, _ST_BRANDS)
        country = _draw(rng, _ST_EU_COUNTRIES if eur else _ST_US_COUNTRIES)
        pct = 0.035 if brand == "American Express" else 0.029
        pct += 0.015 if country != "US" else 0.0
        fee = 0.0 if status == "Failed" else round(converted * pct + 0.30, 2)
        message = {"Paid": "Payment complete.", "Refunded": "Payment complete.", "Failed": "The bank declined."}
        rows.append(
            {
                "id": f"ch_3{_token(rng, 23)}",
                "Description": _draw(rng, _ST_DESCRIPTIONS),
                "Seller Message": message[status],
                "Created (UTC)": f"{t:%Y-%m-%d %H:%M:%S}",
                "Amount": f"{amount:.2f}",
                "Amount Refunded": f"{refunded:.2f}",
                "Currency": "eur" if eur else "usd",
                "Converted Amount": f"{converted:.2f}",
                "Converted Amount Refunded": f"{round(refunded * rate, 2):.2f}",
                "Fee": f"{fee:.2f}",
                "Converted Currency": "usd",
                "Status": status,
                "Captured": "false" if status == "Failed" else "true",
                "Customer ID": "" if guest else cus_id,
                "Customer Email": "" if guest else email,
                "Card Brand": brand,
                "Card Funding": _draw(rng, "credit:65;debit:33;prepaid:2"),
                "Card Country": country,
            }
        )
    return pd.DataFrame(rows)


def _st_status(d: pd.DataFrame) -> pd.Series:
    return _text(d["Status"])


def _st_money(d: pd.DataFrame, how: str) -> pd.Series:
    """Money kept per charge in usd: paid charges only, paid and refunded, or net of refunds."""
    status = _st_status(d)
    conv = _number(d["Converted Amount"])
    if how == "paid":
        return conv.where(status == "Paid", 0.0)
    if how == "both":
        return conv.where(status != "Failed", 0.0)
    return (conv - _number(d["Converted Amount Refunded"])).where(status != "Failed", 0.0)


_ST_HOWS = ("paid", "both", "net")


def _st_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Created (UTC)"]), format="%Y-%m-%d %H:%M:%S").dt.to_period("M").astype(str)


def _st_top_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    return lambda d: pd.Timestamp(_top(_st_money(d, how).groupby(_st_month(d)).sum()))


def _st_refunds(how: str, status_only: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        month = _st_month(d) == _st_top_month(how)(d).strftime("%Y-%m")
        refund = _st_status(d) == "Refunded" if status_only else _number(d["Amount Refunded"]) > 0
        return float((month & refund).sum())

    return count


def _st_amex(failed: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        rows = d if failed else d[_st_status(d) != "Failed"]
        return float((_text(rows["Card Brand"]) == "American Express").mean())

    return share


_ST_ID = ("id", "Created (UTC)", "Status")
_STRIPE_QS = [
    Q(
        "how much money did we actually take in, in dollars? successful payments only",
        either(*(_scaled(lambda d, h=h: float(_st_money(d, h).sum()), _BIG, rel=0.002) for h in _ST_HOWS)),
        (*_ST_ID, "Converted Amount", "Converted Amount Refunded", "Amount Refunded", "Captured"),
    ),
    Q("how many payments failed", _count(lambda d: float((_st_status(d) == "Failed").sum())), _ST_ID),
    Q(
        "what share of payments were on amex",
        either(_share(_st_amex(True)), _share(_st_amex(False))),
        (*_ST_ID, "Card Brand"),
    ),
    Q(
        "total fees paid to stripe?",
        _scaled(lambda d: float(_number(d["Fee"]).sum()), _BIG, rel=0.002),
        (*_ST_ID, "Fee"),
    ),
    Q(
        "which month brought in the most money",
        _lead(either(*(_month_year(_st_top_month(h)) for h in _ST_HOWS))),
        (*_ST_ID, "Converted Amount", "Converted Amount Refunded", "Amount Refunded"),
    ),
    Q(
        "how many refunds were there in that month",
        either(*(_count(_st_refunds(h, s)) for h in _ST_HOWS for s in (True, False))),
        (*_ST_ID, "Amount Refunded", "Converted Amount Refunded"),
    ),
]


# --- 3. Zendesk tickets export --------------------------------------------------------------------------------------

# group: share, first reply median (minutes), resolution median (minutes)
_ZD_GROUPS = {"Support": (0.45, 70, 900), "Billing": (0.22, 150, 1300), "Technical": (0.2, 110, 2600)}
_ZD_GROUPS["Tier 2"] = (0.13, 240, 5200)
_ZD_AGENTS = {
    "Support": "Maya Chen:5;Tom Baker:4;Ines Duarte:4",
    "Billing": "Priya Shah:3;Leo Hart:2",
    "Technical": "Sam Ortiz:3;Nora Kim:2",
    "Tier 2": "Alex Novak:1",
}
_ZD_SUBJECTS = _split(
    "Can't log in;Refund request;Invoice missing;Password reset not working;App crashes on startup;"
    "How do I export my data?;Charged twice;Change billing email;Sync error;Feature request: dark mode;"
    "Account locked;API returns 500;Cancel my subscription;Slow dashboard;Question about pricing"
)


def _zd_iso(t: pd.Timestamp) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def _zendesk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8503)
    n = 3000
    start = pd.Timestamp("2023-01-01")
    end = pd.Timestamp("2024-01-05")
    seconds = np.sort(rng.integers(0, 365 * 86400, n))
    groups = list(_ZD_GROUPS)
    rows: list[dict[str, Any]] = []
    for i, s in enumerate(seconds):
        created = start + pd.Timedelta(seconds=int(s))
        group = str(_one(rng, groups, [v[0] for v in _ZD_GROUPS.values()]))
        _w, reply_med, solve_med = _ZD_GROUPS[group]
        age_days = (end - created).days
        if age_days > 40:
            status = _draw(rng, "closed:80;solved:17;open:2;pending:1")
        elif age_days > 10:
            status = _draw(rng, "solved:60;open:20;pending:15;new:5")
        else:
            status = _draw(rng, "new:30;open:35;pending:20;solved:15")
        reply = np.nan if status == "new" else float(round(rng.lognormal(np.log(reply_med), 0.9)))
        done = status in ("solved", "closed")
        resolution = float(round(max(rng.lognormal(np.log(solve_med), 0.8), reply + 5))) if done else np.nan
        solved = created + pd.Timedelta(minutes=resolution) if done else None
        updated = solved if solved is not None else created + pd.Timedelta(minutes=float(rng.uniform(5, 9000)))
        updated = min(updated, end)
        score = _draw(rng, "Good:35;Bad:8;Offered:25;Unoffered:32") if done else "Unoffered"
        first, last = _people(rng)
        rows.append(
            {
                "Id": 10231 + i,
                "Subject": str(_one(rng, _ZD_SUBJECTS)),
                "Status": status,
                "Priority": _draw(rng, "low:25;normal:45;high:15;urgent:5;:10"),
                "Type": _draw(rng, "question:45;incident:30;problem:12;task:13"),
                "Requester": f"{first} {last}",
                "Assignee": "" if status == "new" else _draw(rng, _ZD_AGENTS[group]),
                "Group": group,
                "Organization": _draw(rng, "Acme Corp:3;Globex:2;Initech:2;Umbrella:1;:8"),
                "Tags": _draw(rng, "billing:2;login:2;bug:2;api:1;feature_request:1;:4"),
                "Via": _draw(rng, "Email:50;Web:25;Chat:17;Phone:8"),
                "Created at": _zd_iso(created),
                "Updated at": _zd_iso(updated),
                "Solved at": _zd_iso(solved) if solved is not None else "",
                "First reply time in minutes": reply,
                "Full resolution time in minutes": resolution,
                "Satisfaction Score": score,
            }
        )
    return pd.DataFrame(rows)


def _zd_status(d: pd.DataFrame) -> pd.Series:
    return _text(d["Status"])


def _zd_reply(d: pd.DataFrame) -> list[float]:
    r = d["First reply time in minutes"]
    return [float(r.mean()), float(r.median())]


def _zd_reply_check() -> Check:
    return either(*(_about(lambda d, i=i, k=k: _zd_reply(d)[i] / k, rel=0.01) for i in (0, 1) for k in (1.0, 60.0)))


def _zd_solver(statuses: tuple[str, ...]) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        done = d[_zd_status(d).isin(statuses)]
        return _top(_text(done["Assignee"]).value_counts())

    return top


def _zd_slowest(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(d.groupby(_text(d["Group"]))["Full resolution time in minutes"].agg(how))


def _zd_good(d: pd.DataFrame) -> float:
    score = _text(d["Satisfaction Score"])
    return float((score == "Good").sum() / score.isin(["Good", "Bad"]).sum())


_ZD_ID = ("Id", "Status", "Created at")
_ZENDESK_QS = [
    Q(
        "how many tickets are still open",
        either(
            _count(lambda d: float((_zd_status(d) == "open").sum())),
            _count(lambda d: float(_zd_status(d).isin(["new", "open", "pending"]).sum())),
            _count(lambda d: float(_zd_status(d).isin(["new", "open"]).sum())),
        ),
        _ZD_ID,
    ),
    Q("whats our typical first response time", _zd_reply_check(), (*_ZD_ID, "First reply time in minutes")),
    Q(
        "who solved the most tickets",
        _lead(either(_named(_zd_solver(("solved", "closed"))), _named(_zd_solver(("solved",))))),
        (*_ZD_ID, "Assignee", "Solved at"),
    ),
    Q(
        "of the tickets that got a rating, what percent were good",
        _share(_zd_good),
        (*_ZD_ID, "Satisfaction Score"),
    ),
    Q(
        "how many tickets have no priority set",
        _count(lambda d: float((_text(d["Priority"]) == "").sum())),
        (*_ZD_ID, "Priority"),
    ),
    Q(
        "which team takes longest to fully resolve tickets on average",
        _lead(either(_named(_zd_slowest("mean")), _named(_zd_slowest("median")))),
        (*_ZD_ID, "Group", "Full resolution time in minutes", "Solved at"),
    ),
]


# --- 4. Square item sales export (items-2023-01-01-2023-07-01.csv) -------------------------------------------------

# item: category, regular price, large price (0: no large), SKU, weight
_SQ_ITEMS = _fields(
    "Latte|Coffee|4.50|5.25||14;Cappuccino|Coffee|4.25|5.00||8;Americano|Coffee|3.25|3.75||7;"
    "Drip Coffee|Coffee|2.75|3.25||11;Cold Brew|Coffee|4.00|4.75||8;Chai Latte|Tea|4.75|5.50||5;"
    "Matcha Latte|Tea|5.00|5.75||4;Earl Grey|Tea|3.00|0||3;Croissant|Bakery|3.50|0|BK-101|9;"
    "Blueberry Muffin|Bakery|3.25|0|BK-102|6;Banana Bread|Bakery|3.75|0|BK-103|5;"
    "Everything Bagel|Bakery|2.95|0|BK-104|4;"
    "Logo Mug|Merch|14.00|0|MR-201|1;Beans 12oz|Merch|16.50|0|MR-202|1"
)
_SQ_HOURS = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
_SQ_HOUR_W = [3, 9, 13, 11, 8, 6, 7, 6, 5, 4, 3, 2]
_SQ_MODS = {"Oat Milk": 0.75, "Extra Shot": 0.75, "Vanilla Syrup": 0.5}


def _sq_line(rng: np.random.Generator, item: list[str], when: dict[str, Any], qty: int) -> dict[str, Any]:
    name, category, regular, large, sku, _w = item
    big = float(large) > 0 and rng.random() < 0.4
    price = float(large if big else regular)
    mods: list[str] = []
    if category in ("Coffee", "Tea") and name not in ("Drip Coffee", "Earl Grey"):
        mods = [m for m, p in (("Oat Milk", 0.3), ("Extra Shot", 0.15), ("Vanilla Syrup", 0.1)) if rng.random() < p]
    gross = round((price + sum(_SQ_MODS[m] for m in mods)) * qty, 2)
    roll = rng.random()
    discount = -0.5 if roll < 0.06 else -round(gross * 0.1, 2) if roll < 0.1 else 0.0
    net = round(gross + discount, 2)
    return when | {
        "Category": category,
        "Item": name,
        "Qty": qty,
        "Price Point Name": "Large" if big else "Regular",
        "SKU": sku,
        "Modifiers Applied": ", ".join(mods),
        "Gross Sales": gross,
        "Discounts": discount,
        "Net Sales": net,
        "Tax": round(net * 0.0875, 2),
        "Event Type": "Payment",
    }


def _square_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8504)
    days = pd.date_range("2023-01-01", "2023-06-30")
    weights = [float(x[5]) for x in _SQ_ITEMS]
    rows: list[dict[str, Any]] = []
    while len(rows) < 4200:
        day = days[int(rng.integers(0, len(days)))]
        main = rng.random() < 0.68
        hour = int(_one(rng, _SQ_HOURS, _SQ_HOUR_W))
        t = day + pd.Timedelta(hours=hour, seconds=int(rng.integers(0, 3600)))
        when = {
            "Date": f"{t:%m/%d/%Y}",
            "Time": f"{t:%H:%M:%S}",
            "Time Zone": "Pacific Time (US & Canada)",
            "Transaction ID": _token(rng, 22),
            "Payment ID": _token(rng, 22),
            "Device Name": "Counter iPad" if main else "Kiosk iPad 2",
            "Location": "Main St" if main else "Harbor Kiosk",
            "Dining Option": _draw(rng, "For Here:4;To Go:5;:2"),
        }
        k = int(_one(rng, [1, 2, 3, 4], [50, 30, 14, 6]))
        lines = [
            _sq_line(
                rng, _SQ_ITEMS[int(_one(rng, range(len(_SQ_ITEMS)), weights))], when, 2 if rng.random() < 0.07 else 1
            )
            for _ in range(k)
        ]
        rows.extend(lines)
        if rng.random() < 0.012:
            back = dict(lines[0])
            later = t + pd.Timedelta(minutes=int(rng.integers(3, 40)))
            back |= {"Time": f"{later:%H:%M:%S}", "Event Type": "Refund", "Qty": -back["Qty"]}
            for col in ("Gross Sales", "Net Sales", "Tax"):
                back[col] = -back[col]
            back["Discounts"] = -back["Discounts"] if back["Discounts"] else 0.0
            rows.append(back)
    frame = pd.DataFrame(rows)
    for col in ("Gross Sales", "Discounts", "Net Sales", "Tax"):
        frame[col] = [_dollars(float(x)) for x in frame[col]]
    frame = frame.assign(_t=pd.to_datetime(frame["Date"] + " " + frame["Time"], format="%m/%d/%Y %H:%M:%S"))
    frame = frame.sort_values("_t", ascending=False, kind="stable").drop(columns="_t").reset_index(drop=True)
    order = _split(
        "Date;Time;Time Zone;Category;Item;Qty;Price Point Name;SKU;Modifiers Applied;Gross Sales;Discounts;"
        "Net Sales;Tax;Transaction ID;Payment ID;Device Name;Event Type;Location;Dining Option"
    )
    return frame[order]


def _sq_money(d: pd.DataFrame, col: str, refunds: bool = True) -> pd.Series:
    money = _number(d[col])
    return money if refunds else money.where(_text(d["Event Type"]) == "Payment", 0.0)


def _sq_top_item(refunds: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        rows = d if refunds else d[_text(d["Event Type"]) == "Payment"]
        return _top(rows.groupby(_text(rows["Item"]))["Qty"].sum())

    return top


def _sq_ticket(d: pd.DataFrame) -> list[float]:
    n = _text(d["Transaction ID"]).nunique()
    return [float(_sq_money(d, c, r).sum() / n) for c in ("Net Sales", "Gross Sales") for r in (True, False)]


def _sq_busy(how: str) -> Callable[[pd.DataFrame], int]:
    def hour(d: pd.DataFrame) -> int:
        h = _text(d["Time"]).str[:2].astype(int)
        if how == "transactions":
            by = _text(d["Transaction ID"]).groupby(h).nunique()
        elif how == "items":
            by = d["Qty"].groupby(h).sum()
        else:
            by = _sq_money(d, "Net Sales").groupby(h).sum()
        return int(_top(by))

    return hour


_SQ_ID = ("Date", "Time", "Transaction ID", "Event Type")
_SQUARE_QS = [
    Q(
        "what were total net sales",
        either(*(_scaled(lambda d, r=r: float(_sq_money(d, "Net Sales", r).sum()), _BIG) for r in (True, False))),
        (*_SQ_ID, "Net Sales"),
    ),
    Q(
        "which item sold the most units",
        _lead(either(_named(_sq_top_item(True)), _named(_sq_top_item(False)))),
        (*_SQ_ID, "Item", "Qty"),
    ),
    Q(
        "how many transactions were there",
        _count(lambda d: float(_text(d["Transaction ID"]).nunique())),
        (*_SQ_ID, "Payment ID"),
    ),
    Q(
        "average spend per transaction?",
        either(*(has(lambda d, i=i: _sq_ticket(d)[i], rel=0.01) for i in range(4))),
        (*_SQ_ID, "Payment ID", "Net Sales", "Gross Sales"),
    ),
    Q(
        "how much did we give away in discounts",
        _scaled(lambda d: abs(float(_number(d["Discounts"]).sum())), _BIG, rel=0.003),
        (*_SQ_ID, "Discounts"),
    ),
    Q(
        "what hour of the day is busiest",
        _lead(either(*(_at_hour(_sq_busy(h)) for h in ("transactions", "items", "sales")))),
        (*_SQ_ID, "Qty", "Net Sales", "Payment ID"),
    ),
]


# --- 5. Letterboxd diary (diary.csv) -------------------------------------------------------------------------------

_LB_A = _split(
    "Silent;Crimson;Last;Broken;Golden;Midnight;Hidden;Lonely;Burning;Distant;Paper;Electric;Quiet;Wild;Hollow;"
    "Northern;Bitter;Little;Strange;Velvet"
)
_LB_B = _split(
    "River;Summer;Harbor;Garden;Kingdom;Letters;Shadows;Station;Island;Machine;Horizon;Orchard;Mirror;Hearts;"
    "Road;Season;Circus;Empire;Signal;Winter"
)
_LB_FAVOURITES = [("Paddington 2", 2017, 7), ("In the Mood for Love", 2000, 4), ("Before Sunrise", 1995, 4)]


def _lb_films(rng: np.random.Generator) -> list[tuple[str, int, float]]:
    """Name, year and how much I like it (a rating centre) for every film in the pool."""
    films: list[tuple[str, int, float]] = []
    used: set[str] = set()
    while len(films) < 600:
        name = f"{_one(rng, _LB_A)} {_one(rng, _LB_B)}"
        if rng.random() < 0.25:
            name = f"The {name}"
        if name in used:
            continue
        used.add(name)
        old = rng.random() < 0.3
        year = int(rng.integers(1945, 2000)) if old else int(rng.integers(2000, 2024))
        taste = float(np.clip(rng.normal(3.2 + (0.004 * (2010 - year)), 0.8), 0.5, 5.0))
        films.append((name, year, taste))
    return films


def _letterboxd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8505)
    films = _lb_films(rng)
    picks = [*films, *(films[int(i)] for i in rng.integers(0, len(films), 60))]
    for name, year, k in _LB_FAVOURITES:
        picks.extend([(name, year, 4.7)] * k)
    order = rng.permutation(len(picks))
    days = np.sort(rng.integers(0, 1826, len(picks)))
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    for day, i in zip(days, order, strict=True):
        name, year, taste = picks[int(i)]
        watched = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(day))
        logged = watched + pd.Timedelta(days=int(rng.integers(1, 20)) if rng.random() < 0.15 else 0)
        rating = float(np.clip(round(2 * (taste + rng.normal(0, 0.5))) / 2, 0.5, 5.0))
        rewatch = name in seen or rng.random() < 0.03
        seen.add(name)
        rows.append(
            {
                "Date": f"{min(logged, pd.Timestamp('2023-12-31')):%Y-%m-%d}",
                "Name": name,
                "Year": year,
                "Letterboxd URI": f"https://boxd.it/{_token(rng, 6)}",
                "Rating": np.nan if rng.random() < 0.12 else rating,
                "Rewatch": "Yes" if rewatch else "",
                "Tags": _draw(rng, ":16;cinema:2;netflix:1;netflix, with friends:1;cinema, with friends:1;mubi:1"),
                "Watched Date": f"{watched:%Y-%m-%d}",
            }
        )
    return pd.DataFrame(rows)


def _lb_year(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: pd.to_datetime(_text(d[col]), format="%Y-%m-%d").dt.year


_LB_ID = ("Date", "Name", "Watched Date")
_LETTERBOXD_QS = [
    Q(
        "how many films did i watch in 2022",
        either(*(_count(lambda d, c=c: float((_lb_year(c)(d) == 2022).sum())) for c in ("Watched Date", "Date"))),
        _LB_ID,
    ),
    Q(
        "what's my average rating",
        either(_about(lambda d: float(d["Rating"].mean()), rel=0.005), has(lambda d: float(d["Rating"].median()))),
        (*_LB_ID, "Rating"),
    ),
    Q(
        "which movie have i watched the most times",
        _lead(_named(lambda d: _top(_text(d["Name"]).value_counts()))),
        (*_LB_ID, "Year", "Rewatch", "Letterboxd URI"),
    ),
    Q(
        "what share of my diary entries are rewatches",
        _share(lambda d: float((_text(d["Rewatch"]) == "Yes").mean())),
        (*_LB_ID, "Rewatch"),
    ),
    Q(
        "do i rate older films higher? is there a correlation between release year and rating",
        _corr(lambda d: d["Year"], lambda d: d["Rating"]),
        (*_LB_ID, "Year", "Rating"),
    ),
    Q(
        "how many entries don't have a rating",
        _count(lambda d: float(d["Rating"].isna().sum())),
        (*_LB_ID, "Rating"),
    ),
]


# --- 6. Mailchimp campaigns report (campaigns.csv) -----------------------------------------------------------------

# list: recipients in 2019, in 2023, open-rate centre, click-rate centre, bounce-rate centre, campaigns a year
_MC_LISTS = {
    "Newsletter Subscribers": (8000, 22000, 0.24, 0.028, 0.012, 40),
    "Customers": (3000, 9500, 0.34, 0.045, 0.006, 20),
    "Webinar Leads": (1200, 2600, 0.19, 0.021, 0.028, 8),
}
_MC_DAYS = {"Monday": 0.0, "Tuesday": 0.025, "Wednesday": 0.005, "Thursday": 0.018, "Friday": -0.02}
_MC_DAYS |= {"Saturday": -0.035, "Sunday": -0.025}
_MC_TOPICS = _split(
    "Monthly Roundup;Product Update;Spring Sale;Summer Sale;Black Friday;Holiday Gift Guide;Webinar Invite;"
    "Webinar Replay;Customer Story;New Feature;Tips & Tricks;Survey;Year in Review;Flash Sale;Event Reminder"
)


def _mc_stamp(t: pd.Timestamp) -> str:
    h12 = t.hour % 12 or 12
    return f"{t:%b} {t.day}, {t.year} {h12}:{t:%M} {'am' if t.hour < 12 else 'pm'}"


def _mailchimp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8506)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    days = list(_MC_DAYS)
    for name, (lo, hi, open_c, click_c, bounce_c, per_year) in _MC_LISTS.items():
        for year in range(2019, 2024):
            for _ in range(per_year + int(rng.integers(-3, 4))):
                day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
                weekday = days[day.day_of_week]
                t = day + pd.Timedelta(hours=int(_one(rng, [7, 9, 10, 11, 14, 16, 19])), minutes=int(rng.integers(60)))
                frac = (t - pd.Timestamp("2019-01-01")).days / 1826
                recipients = int(lo * (hi / lo) ** frac * rng.uniform(0.95, 1.03))
                hard = int(rng.binomial(recipients, bounce_c * 0.4))
                soft = int(rng.binomial(recipients, bounce_c * 0.6))
                delivered = recipients - hard - soft
                open_p = float(np.clip(open_c + _MC_DAYS[weekday] + rng.normal(0, 0.03), 0.05, 0.7))
                opens = int(rng.binomial(delivered, open_p))
                clicks = int(rng.binomial(opens, float(np.clip(click_c / open_c + rng.normal(0, 0.03), 0.01, 0.5))))
                topic = str(_one(rng, _MC_TOPICS))
                title = f"{topic} - {t:%b %Y}"
                if name != "Newsletter Subscribers":
                    title += f" ({name})"
                while title in used:
                    title += " (copy)"
                used.add(title)
                forwarded = int(rng.poisson(delivered * 0.0008))
                rows.append(
                    {
                        "Title": title,
                        "Subject": f"{topic}: {_one(rng, _LB_A)} news inside",
                        "List": name,
                        "_t": t,
                        "Send Date": _mc_stamp(t),
                        "Send Weekday": weekday,
                        "Total Recipients": recipients,
                        "Successful Deliveries": delivered,
                        "Soft Bounces": soft,
                        "Hard Bounces": hard,
                        "Total Bounces": soft + hard,
                        "Times Forwarded": forwarded,
                        "Forwarded Opens": int(forwarded * rng.uniform(0.5, 2.0)),
                        "Unique Opens": opens,
                        "Open Rate": f"{100 * opens / delivered:.2f}%",
                        "Total Opens": int(opens * rng.uniform(1.3, 2.1)),
                        "Unique Clicks": clicks,
                        "Click Rate": f"{100 * clicks / delivered:.2f}%",
                        "Total Clicks": int(clicks * rng.uniform(1.1, 1.8)),
                        "Unsubscribes": int(rng.binomial(delivered, 0.0018)),
                        "Abuse Complaints": int(rng.poisson(0.4)),
                        "Unique Id": _token(rng, 10).lower(),
                    }
                )
    frame = pd.DataFrame(rows).sort_values("_t", kind="stable").drop(columns="_t")
    return frame.reset_index(drop=True)


def _mc_rate(d: pd.DataFrame, col: str) -> pd.Series:
    return _number(d[col]) / 100


def _mc_open(d: pd.DataFrame) -> list[float]:
    return [float(_mc_rate(d, "Open Rate").mean()), float(d["Unique Opens"].sum() / d["Successful Deliveries"].sum())]


def _mc_best_day(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        day = _text(d["Send Weekday"])
        if pooled:
            by = d.groupby(day)["Unique Opens"].sum() / d.groupby(day)["Successful Deliveries"].sum()
        else:
            by = _mc_rate(d, "Open Rate").groupby(day).mean()
        return _top(by)

    return top


def _mc_top_clicks(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(_text(d["Title"]).loc[d[col].idxmax()])


def _mc_bounce(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        lst = _text(d["List"])
        if pooled:
            by = d.groupby(lst)["Total Bounces"].sum() / d.groupby(lst)["Total Recipients"].sum()
        else:
            by = (d["Total Bounces"] / d["Total Recipients"]).groupby(lst).mean()
        return _top(by)

    return top


def _mc_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Send Date"]), format="%b %d, %Y %I:%M %p").dt.year


_MC_ID = ("Title", "Send Date")
_MAILCHIMP_QS = [
    Q(
        "how many emails have we sent out overall",
        either(
            *(_scaled(lambda d, c=c: float(d[c].sum()), _BIG) for c in ("Total Recipients", "Successful Deliveries"))
        ),
        (*_MC_ID, "Total Recipients", "Successful Deliveries"),
    ),
    Q(
        "what's our average open rate",
        either(*(_share(lambda d, i=i: _mc_open(d)[i]) for i in (0, 1))),
        (*_MC_ID, "Open Rate", "Unique Opens", "Successful Deliveries"),
    ),
    Q(
        "which day of the week gets the best open rate",
        _lead(either(_named(_mc_best_day(False)), _named(_mc_best_day(True)))),
        (*_MC_ID, "Send Weekday", "Open Rate", "Unique Opens", "Successful Deliveries"),
    ),
    Q(
        "which campaign got the most clicks",
        _lead(either(_named(_mc_top_clicks("Unique Clicks")), _named(_mc_top_clicks("Total Clicks")))),
        (*_MC_ID, "Unique Clicks", "Total Clicks"),
    ),
    Q(
        "how many people unsubscribed in 2022",
        _count(lambda d: float(d.loc[_mc_year(d) == 2022, "Unsubscribes"].sum())),
        (*_MC_ID, "Unsubscribes"),
    ),
    Q(
        "which list has the worst bounce rate",
        _lead(either(_named(_mc_bounce(True)), _named(_mc_bounce(False)))),
        (*_MC_ID, "List", "Total Bounces", "Total Recipients", "Successful Deliveries"),
    ),
]


# --- 7. Census ACS median household income by state (API pull, B19013_001E) ---------------------------------------

_AC_STATES = _fields(
    "Alabama|01|40474;Alaska|02|64576;Arizona|04|46789;Arkansas|05|38307;California|06|57708;Colorado|08|54046;"
    "Connecticut|09|64032;Delaware|10|55847;District of Columbia|11|60903;Florida|12|44409;Georgia|13|44108;"
    "Hawaii|15|63030;Idaho|16|43490;Illinois|17|52972;Indiana|18|44613;Iowa|19|48044;Kansas|20|48257;"
    "Kentucky|21|40062;Louisiana|22|42492;Maine|23|45815;Maryland|24|68854;Massachusetts|25|62072;"
    "Michigan|26|45413;Minnesota|27|55459;Mississippi|28|36851;Missouri|29|44301;Montana|30|42666;"
    "Nebraska|31|47357;Nevada|32|51001;New Hampshire|33|61042;New Jersey|34|67681;New Mexico|35|42090;"
    "New York|36|54148;North Carolina|37|43326;North Dakota|38|50026;Ohio|39|45090;Oklahoma|40|42072;"
    "Oregon|41|46560;Pennsylvania|42|49288;Rhode Island|44|52254;South Carolina|45|42018;South Dakota|46|45904;"
    "Tennessee|47|41461;Texas|48|47464;Utah|49|54744;Vermont|50|49406;Virginia|51|60674;Washington|53|55631;"
    "West Virginia|54|38380;Wisconsin|55|49001;Wyoming|56|53802;Puerto Rico|72|18314"
)
_AC_YEARS = [y for y in range(2010, 2023) if y != 2020]


def _acs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8507)
    rows: list[dict[str, Any]] = []
    paths: dict[str, list[float]] = {}
    for name, fips, base in _AC_STATES:
        growth = {"District of Columbia": 1.66, "Puerto Rico": 1.33}.get(name, float(rng.normal(1.49, 0.07)))
        path = []
        for y in _AC_YEARS:
            frac = (y - 2010) / 12
            lift = 1.0 + (growth - 1.0) * frac ** float(rng.uniform(1.1, 1.5)) if y > 2010 else 1.0
            path.append(float(base) * lift * float(rng.uniform(0.985, 1.015)) if y > 2010 else float(base))
        paths[name] = path
        small = name in ("Wyoming", "Vermont", "District of Columbia", "Alaska", "North Dakota", "South Dakota")
        for y, value in zip(_AC_YEARS, path, strict=True):
            est = round(value)
            moe = round(value * float(rng.uniform(0.018, 0.04) if small else rng.uniform(0.006, 0.02)))
            if name == "Puerto Rico" and y == 2014:
                est, moe = -666666666, -222222222
            rows.append({"NAME": name, "B19013_001E": est, "B19013_001M": moe, "state": fips, "year": y})
    us = [50046, 50502, 51371, 52250, 53657, 55775, 57617, 60336, 61937, 65712, 69717, 74755]
    for y, value in zip(_AC_YEARS, us, strict=True):
        rows.append({"NAME": "United States", "B19013_001E": value, "B19013_001M": int(value * 0.0025), "year": y})
    frame = pd.DataFrame(rows)
    frame["state"] = frame["state"].fillna("")
    frame = frame.sort_values(["year", "state"], kind="stable").reset_index(drop=True)
    return frame[["NAME", "B19013_001E", "B19013_001M", "state", "year"]]


def _ac_clean(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["B19013_001E"] > 0]


def _ac_states(d: pd.DataFrame, year: int, pr: bool = False, dc: bool = True) -> pd.Series:
    rows = _ac_clean(d)
    rows = rows[rows["year"] == year]
    name = _text(rows["NAME"])
    keep = name != "United States"
    keep &= True if pr else name != "Puerto Rico"
    keep &= True if dc else name != "District of Columbia"
    return pd.Series(rows.loc[keep, "B19013_001E"].to_numpy(), index=name[keep].to_numpy())


def _ac_us(d: pd.DataFrame, year: int) -> float:
    rows = d[(d["year"] == year) & (_text(d["NAME"]) == "United States")]
    return float(rows["B19013_001E"].iloc[0])


def _ac_above(dc: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_ac_states(d, 2022, dc=dc) > _ac_us(d, 2022)).sum())


def _ac_growth(pr: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        return _top(_ac_states(d, 2022, pr=pr) / _ac_states(d, 2010, pr=pr))

    return top


def _ac_pr_worst(d: pd.DataFrame) -> int:
    rows = _ac_clean(d)
    rows = rows[_text(rows["NAME"]) == "Puerto Rico"]
    return int(rows.loc[rows["B19013_001E"].idxmin(), "year"])


_AC_ID = ("NAME", "state", "year")
_AC_INCOME = (*_AC_ID, "B19013_001E")
_ACS_QS = [
    Q(
        "which state had the highest median household income in 2022",
        _lead(_named(lambda d: _top(_ac_states(d, 2022)))),
        _AC_INCOME,
    ),
    Q(
        "and the lowest?",
        _lead(
            either(
                _named(lambda d: _top(_ac_states(d, 2022, pr=True), True)),
                _named(lambda d: _top(_ac_states(d, 2022), True)),
            )
        ),
        _AC_INCOME,
    ),
    Q(
        "how much did the national median go up between 2010 and 2022",
        either(
            _scaled(lambda d: _ac_us(d, 2022) - _ac_us(d, 2010), _BIG),
            _pct(lambda d: _ac_us(d, 2022) / _ac_us(d, 2010) - 1),
        ),
        _AC_INCOME,
    ),
    Q(
        "how many states were above the us figure in 2022",
        either(_count(_ac_above(True)), _count(_ac_above(False))),
        _AC_INCOME,
    ),
    Q(
        "which state grew the fastest in percentage terms over that whole period",
        _lead(either(_named(_ac_growth(False)), _named(_ac_growth(True)))),
        _AC_INCOME,
    ),
    Q(
        "what was puerto rico's worst year",
        _lead(_year(_ac_pr_worst)),
        _AC_INCOME,
    ),
]


HELDOUT85: list[Dataset] = [
    Dataset("strava_activities", _strava_frame, _STRAVA_QS),
    Dataset("stripe_payments", _stripe_frame, _STRIPE_QS),
    Dataset("zendesk_tickets", _zendesk_frame, _ZENDESK_QS),
    Dataset("square_item_sales", _square_frame, _SQUARE_QS),
    Dataset("letterboxd_diary", _letterboxd_frame, _LETTERBOXD_QS),
    Dataset("mailchimp_campaigns", _mailchimp_frame, _MAILCHIMP_QS),
    Dataset("census_acs_median_income", _acs_frame, _ACS_QS),
]
