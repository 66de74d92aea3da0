"""HELDOUT97: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files people download from services and public sources: a Wise (TransferWise)
EUR balance statement for 2022-2023 (newest first, as Wise writes it) with TransferWise ID "CARD-1234567890" /
"TRANSFER-123456789" / "BALANCE-12345678", Date "14-03-2023", a signed Amount that already includes the fee,
Currency EUR, Description "Card transaction of 12.00 GBP issued by Pret A Manger LONDON" / "Sent money to Anna
Weber" / "Received money from NORTHWIND GMBH with reference Gehalt 03/2023" / "Converted 500.00 GBP to 578.20
EUR", Payment Reference (mostly blank), Running Balance, Exchange From / Exchange To / Exchange Rate only on foreign
card payments and conversions, Payer Name on incoming money, Payee Name on transfers out, Merchant and Card Last
Four Digits (a new card in June 2023) on card payments and Total fees (0 on most rows); a Cronometer daily
nutrition summary (dailysummary.csv, 2022-2023) with Date "2023-03-14", Energy (kcal), Alcohol (g), Caffeine (mg),
Water (g), Carbs (g), Fiber (g), Sugars (g), Fat (g), Saturated (g), Protein (g), Sodium (mg), Potassium (mg),
Vitamin C (mg), Iron (mg) with one decimal (Vitamin C and Iron blank on a few days) and Completed true / false
(partly logged days are low), days not logged simply missing (including a three-week gap); a Linear issues export
for three teams (Engineering ENG, Mobile MOB, Design DES, June 2022 to December 2023) with ID "ENG-123", Team,
Title, Status Backlog / Todo / In Progress / In Review / Done / Canceled, Estimate in points (often blank),
Priority Urgent / High / Medium / Low / No priority, Project (often blank), Creator, Assignee (blank for some),
comma-joined Labels "Bug, Frontend" (some blank), Cycle Number (blank outside cycles), Created / Updated / Started
/ Completed / Canceled as "2023-03-14T10:22:31.000Z" (blank until the event happens; some issues finished without
ever being started) and Due Date "2023-04-01" (mostly blank); a Gumroad sales export (2022-2023) with Purchase ID
"aB3dE5fG7hI9jK1lM2nO==", Item Name, Buyer Email (members repeat), Purchase Date "2023-03-14 10:22:31 UTC", Sale
Price ($) (0 for free downloads of a pay-what-you-want pack), Fees ($) (10% plus $0.50), Net Total ($), Tax ($)
(VAT on European and British sales), Refunded? 0 / 1, Partial Refund ($), Variants "Tier: Pro" (blank for most
items), Discount Code (mostly blank), full Country names and Recurring Charge? 0 / 1 on membership renewals; San
Francisco's Building Permits (DataSF, filed 2013-2017) with 12-digit Permit Number, Permit Type 1-8 beside its
lower-case Permit Type Definition ("otc alterations permit", "additions alterations or repairs"), Permit Creation
Date, Block "3721" / "3732A" and Lot "014A" as text, Street Number, Street Name, Street Suffix, Unit (mostly blank),
upper-case-ish free text Description, Current Status complete / issued / filed / expired / cancelled, Current Status
Date, Filed Date, Issued Date and Completed Date as "03/14/2023" (blank until they happen), Number of Existing
Stories (some blank), Estimated Cost (blank for some) and Revised Cost (often equal, sometimes 1 or blank), Existing
Use / Proposed Use "1 family dwelling" / "apartments" / "office", Existing Units / Proposed Units, Supervisor
District, Neighborhoods - Analysis Boundaries, Zipcode (a few blank) and a "POINT (-122.41 37.76)" Location; the
FIFA men's world ranking history (fifa_ranking-2023-07-20.csv style) for 100 teams on 29 ranking dates from
2018-08-16 to 2023-07-20 with rank, country_full, country_abbrv, total_points and previous_points with two
decimals, rank_change (previous rank minus rank, 0 on the first date), confederation UEFA / CONMEBOL / CAF / AFC /
CONCACAF / OFC and rank_date "2023-04-06"; and the NOAA HURDAT2 Atlantic best track for 2013-2022 flattened to one
row per fix: id "AL012023", upper-case name ("UNNAMED" for a few, "TWO" style numbers for depressions, names reused
six years apart, Greek letters in 2020), date 20230601 and time 1800 as numbers (0 for midnight), record_identifier
"L" at landfall (extra fixes at odd times such as 1530) and blank otherwise, status TD / TS / HU / EX / SS / SD / LO,
latitude "28.1N" and longitude "94.2W" as text, max_wind in knots and min_pressure in mb (-999 when unknown). All
are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout42 import _ranked
from .heldout86 import _money
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _any_of(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """At least one of the labels computed from the frame appears (ties at the top)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        names = values(df)
        for n in names:
            if _named(lambda d, n=n: n)(answer, df) is None:
                return None
        return f"missing any of {names[:5]!r}"

    return check


def _signed(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount given as itself or with the opposite sign ("spent 1,234" for -1234)."""
    return either(_money(value), _money(lambda d: -float(value(d))))


def _days(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration in days, to about 1% or one decimal."""
    return _about(value, rel=0.01)


# --- 1. Wise (TransferWise) EUR balance statement (statement_EUR_2022-01-01_2023-12-31.csv) ------------------------

_WI_COLUMNS = _split(
    "TransferWise ID;Date;Amount;Currency;Description;Payment Reference;Running Balance;Exchange From;Exchange To;"
    "Exchange Rate;Payer Name;Payee Name;Merchant;Card Last Four Digits;Total fees"
)
# merchant: weight, city, typical amount, spread, currency
_WI_MERCHANTS: dict[str, tuple[float, str, float, float, str]] = {
    "Rewe Markt GmbH": (20, "BERLIN", 38.0, 0.5, "EUR"),
    "Lidl": (14, "BERLIN", 24.0, 0.5, "EUR"),
    "Amazon.de": (8, "LUXEMBOURG", 42.0, 0.8, "EUR"),
    "Uber": (7, "AMSTERDAM", 17.0, 0.5, "EUR"),
    "Starbucks": (8, "BERLIN", 6.2, 0.3, "EUR"),
    "Deutsche Bahn": (5, "BERLIN", 55.0, 0.6, "EUR"),
    "Zalando SE": (3, "BERLIN", 70.0, 0.5, "EUR"),
    "dm-drogerie markt": (6, "BERLIN", 19.0, 0.5, "EUR"),
    "Lieferando": (7, "BERLIN", 27.0, 0.3, "EUR"),
    "Pret A Manger": (2, "LONDON", 9.5, 0.3, "GBP"),
    "Tesco Stores": (2, "LONDON", 21.0, 0.5, "GBP"),
    "Transport for London": (2, "LONDON", 7.8, 0.4, "GBP"),
}
_WI_PEOPLE = _split("Anna Weber;Lukas Fischer;Sophie Martin;Jonas Becker;Marta Nowak")


def _wise_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9701)
    events: list[dict[str, Any]] = []
    days = pd.date_range("2022-01-01", "2023-12-30")
    names = list(_WI_MERCHANTS)
    weights = [v[0] for v in _WI_MERCHANTS.values()]
    for day in days:
        if day.day == 25:
            events.append({"day": day, "kind": "salary", "amount": round(float(rng.uniform(3150, 3420)), 2)})
        if day.day == 1:
            events.append({"day": day, "kind": "rent", "amount": 950.0})
        if day.day == 14:
            events.append({"day": day, "kind": "spotify", "amount": 9.99})
        for _ in range(int(rng.poisson(1.5))):
            events.append({"day": day, "kind": "card", "merchant": str(_one(rng, names, weights))})
        if rng.random() < 0.05:
            events.append({"day": day, "kind": "send", "amount": round(float(rng.uniform(20, 400)), 2)})
        if rng.random() < 0.035:
            events.append({"day": day, "kind": "convert", "amount": float(_one(rng, [200, 250, 300, 500, 1000]))})
        if rng.random() < 0.02:
            events.append({"day": day, "kind": "in", "amount": round(float(rng.uniform(15, 250)), 2)})
    events.append({"day": pd.Timestamp("2023-12-31"), "kind": "card", "merchant": "Rewe Markt GmbH"})
    balance = 152035  # cents
    rows = []
    card_id, transfer_id, balance_id = 1_100_000_000, 410_000_000, 61_000_000
    for e in events:
        day = e["day"]
        card = "4821" if day < pd.Timestamp("2023-06-12") else "7734"
        row: dict[str, Any] = {"Currency": "EUR", "Total fees": 0.0}
        if e["kind"] in ("card", "spotify"):
            card_id += int(rng.integers(10_000, 400_000))
            merchant = "Spotify" if e["kind"] == "spotify" else e["merchant"]
            spec = _WI_MERCHANTS.get(merchant, (0, "STOCKHOLM", 9.99, 0.0, "EUR"))
            local = 9.99 if e["kind"] == "spotify" else round(spec[2] * float(rng.lognormal(0, spec[3])), 2)
            row |= {"TransferWise ID": f"CARD-{card_id}", "Merchant": merchant, "Card Last Four Digits": card}
            row["Description"] = f"Card transaction of {local:.2f} {spec[4]} issued by {merchant} {spec[1]}"
            if spec[4] == "GBP":
                rate = round(float(rng.uniform(0.84, 0.89)), 4)
                fee = round(0.0043 * local / rate + 0.01, 2)
                cents = -round((local / rate + fee) * 100)
                row |= {"Exchange From": "EUR", "Exchange To": "GBP", "Exchange Rate": rate, "Total fees": fee}
            else:
                cents = -round(local * 100)
        elif e["kind"] in ("rent", "send"):
            transfer_id += int(rng.integers(1_000, 90_000))
            who = "Hausverwaltung Schmidt GmbH" if e["kind"] == "rent" else str(_one(rng, _WI_PEOPLE))
            fee = round(0.41 + 0.0033 * e["amount"], 2) if e["kind"] == "send" else 0.0
            ref = (
                f"Miete {day:%m/%Y}" if e["kind"] == "rent" else _draw(rng, ":60;dinner:10;thanks:10;tickets:8;gift:7")
            )
            row |= {"TransferWise ID": f"TRANSFER-{transfer_id}", "Description": f"Sent money to {who}"}
            row |= {"Payee Name": who, "Payment Reference": ref or None, "Total fees": fee}
            cents = -round((e["amount"] + fee) * 100)
        elif e["kind"] in ("salary", "in"):
            transfer_id += int(rng.integers(1_000, 90_000))
            who = "NORTHWIND GMBH" if e["kind"] == "salary" else str(_one(rng, _WI_PEOPLE)).upper()
            ref = (
                f"Gehalt {day:%m/%Y}" if e["kind"] == "salary" else _draw(rng, "split bill:40;dinner:30;rent share:30")
            )
            row |= {"TransferWise ID": f"TRANSFER-{transfer_id}", "Payer Name": who, "Payment Reference": ref}
            row["Description"] = f"Received money from {who} with reference {ref}"
            cents = round(e["amount"] * 100)
        else:
            balance_id += int(rng.integers(1_000, 60_000))
            rate = round(float(rng.uniform(1.125, 1.195)), 4)
            got = round(e["amount"] * rate, 2)
            row |= {"TransferWise ID": f"BALANCE-{balance_id}", "Exchange From": "GBP", "Exchange To": "EUR"}
            row |= {"Exchange Rate": rate, "Description": f"Converted {e['amount']:.2f} GBP to {got:.2f} EUR"}
            cents = round(got * 100)
        balance += cents
        row |= {"Date": f"{day:%d-%m-%Y}", "Amount": cents / 100, "Running Balance": balance / 100}
        rows.append(row)
    return pd.DataFrame(rows[::-1], columns=_WI_COLUMNS)


def _wi_card(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["TransferWise ID"]).str.startswith("CARD-")]


def _wi_spend_month(card_only: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        rows = _wi_card(d) if card_only else d[d["Amount"] < 0]
        month = pd.to_datetime(rows["Date"], format="%d-%m-%Y").dt.to_period("M")
        return (-rows["Amount"]).groupby(month).sum().idxmax().to_timestamp()

    return value


def _wi_gbp_rates(d: pd.DataFrame) -> pd.Series:
    return d.loc[_text(d["Exchange From"]) == "GBP", "Exchange Rate"]


_WI_ID = ("TransferWise ID", "Date")
_WISE_QS = [
    Q(
        "how much have i spent on my card in total",
        _signed(lambda d: float(_wi_card(d)["Amount"].sum())),
        (*_WI_ID, "Amount", "Description", "Card Last Four Digits", "Merchant"),
    ),
    Q(
        "where do i spend the most money",
        _lead(_named(lambda d: _top((-_wi_card(d)["Amount"]).groupby(_wi_card(d)["Merchant"]).sum()))),
        (*_WI_ID, "Amount", "Merchant", "Description"),
    ),
    Q(
        "how much have i paid wise in fees",
        _money(lambda d: float(d["Total fees"].sum())),
        (*_WI_ID, "Total fees"),
    ),
    Q(
        "which month did i spend the most",
        _lead(either(_month_year(_wi_spend_month(True)), _month_year(_wi_spend_month(False)))),
        (*_WI_ID, "Amount", "Merchant", "Description"),
    ),
    Q(
        "what rate do i usually get when i convert pounds",
        either(
            has(lambda d: float(_wi_gbp_rates(d).mean()), rel=0.0005),
            has(lambda d: float(_wi_gbp_rates(d).median()), rel=0.0005),
        ),
        (*_WI_ID, "Exchange From", "Exchange To", "Exchange Rate", "Description"),
    ),
    Q(
        "whats my balance now",
        _money(lambda d: float(d["Running Balance"].iloc[0])),
        (*_WI_ID, "Running Balance"),
    ),
]


# --- 2. Cronometer daily nutrition summary (dailysummary.csv) -------------------------------------------------------

_CR_COLUMNS = _split(
    "Date;Energy (kcal);Alcohol (g);Caffeine (mg);Water (g);Carbs (g);Fiber (g);Sugars (g);Fat (g);Saturated (g);"
    "Protein (g);Sodium (mg);Potassium (mg);Vitamin C (mg);Iron (mg);Completed"
)


def _cronometer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9702)
    rows = []
    gap = (pd.Timestamp("2022-08-08"), pd.Timestamp("2022-08-29"))
    for day in pd.date_range("2022-01-01", "2023-12-31"):
        if gap[0] <= day <= gap[1] or rng.random() < 0.17:
            continue
        weekend = day.dayofweek >= 4
        target = 2250 + (260 if weekend else 0) + float(rng.normal(0, 330))
        protein = max(40.0, float(rng.normal(118, 24)))
        fat = max(25.0, float(rng.normal(82, 18)))
        drinks = rng.random() < (0.5 if weekend else 0.18)
        alcohol = float(rng.uniform(12, 70)) if drinks else 0.0
        carbs = max(60.0, (target - 4 * protein - 9 * fat - 7 * alcohol) / 4)
        part = 1.0
        completed = rng.random() > 0.08
        if not completed:
            part = float(rng.uniform(0.25, 0.6))
        protein, fat, carbs, alcohol = (x * part for x in (protein, fat, carbs, alcohol))
        kcal = 4 * carbs + 4 * protein + 9 * fat + 7 * alcohol + float(rng.normal(0, 25))
        season = 1 + 0.35 * np.cos(2 * np.pi * (day.dayofyear - 20) / 365)
        caffeine = 0.0 if rng.random() < 0.07 else float(rng.normal(190, 60)) * season * part
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Energy (kcal)": round(kcal, 1),
                "Alcohol (g)": round(alcohol, 1),
                "Caffeine (mg)": round(max(caffeine, 0.0), 1),
                "Water (g)": round(float(rng.normal(2600, 450)) * part, 1),
                "Carbs (g)": round(carbs, 1),
                "Fiber (g)": round(carbs * float(rng.uniform(0.08, 0.16)), 1),
                "Sugars (g)": round(carbs * float(rng.uniform(0.25, 0.45)), 1),
                "Fat (g)": round(fat, 1),
                "Saturated (g)": round(fat * float(rng.uniform(0.28, 0.42)), 1),
                "Protein (g)": round(protein, 1),
                "Sodium (mg)": round((float(rng.normal(2900, 500)) + (450 if drinks else 0)) * part, 1),
                "Potassium (mg)": round(float(rng.normal(3300, 600)) * part, 1),
                "Vitamin C (mg)": None if rng.random() < 0.04 else round(float(rng.lognormal(4.4, 0.5)) * part, 1),
                "Iron (mg)": None if rng.random() < 0.04 else round(float(rng.normal(16, 4)) * part, 1),
                "Completed": "true" if completed else "false",
            }
        )
    return pd.DataFrame(rows, columns=_CR_COLUMNS)


def _cr_skipped(d: pd.DataFrame) -> float:
    dates = pd.to_datetime(d["Date"])
    return float((dates.max() - dates.min()).days + 1 - dates.nunique())


def _cr_done(d: pd.DataFrame) -> pd.Series:
    return _text(d["Completed"]).str.lower() == "true"


def _cr_caffeine_month(total: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        month = pd.to_datetime(d["Date"]).dt.to_period("M")
        by = d.groupby(month)["Caffeine (mg)"]
        return (by.sum() if total else by.mean()).idxmax().to_timestamp()

    return value


def _cr_sodium(drank: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        mask = d["Alcohol (g)"] > 0
        return float(d.loc[mask if drank else ~mask, "Sodium (mg)"].mean())

    return value


_CR_ID = ("Date",)
_CRONOMETER_QS = [
    Q(
        "how many days didnt i log anything",
        _count(_cr_skipped),
        (*_CR_ID, "Completed"),
    ),
    Q(
        "whats my average calorie intake",
        either(
            has(lambda d: float(d["Energy (kcal)"].mean()), rel=0.002),
            has(lambda d: float(d.loc[_cr_done(d), "Energy (kcal)"].mean()), rel=0.002),
        ),
        (*_CR_ID, "Energy (kcal)", "Completed"),
    ),
    Q(
        "how many days did i go over 2500 cals",
        _count(lambda d: float((d["Energy (kcal)"] > 2500).sum())),
        (*_CR_ID, "Energy (kcal)"),
    ),
    Q(
        "which month did i have the most caffeine",
        _lead(either(_month_year(_cr_caffeine_month(False)), _month_year(_cr_caffeine_month(True)))),
        (*_CR_ID, "Caffeine (mg)"),
    ),
    Q(
        "is protein correlated with calories?",
        _corr(lambda d: d["Protein (g)"], lambda d: d["Energy (kcal)"]),
        (*_CR_ID, "Protein (g)", "Energy (kcal)"),
    ),
    Q(
        "do i eat more salt on days i drink? compare the averages",
        _about(lambda d: [_cr_sodium(True)(d), _cr_sodium(False)(d)], rel=0.003),
        (*_CR_ID, "Sodium (mg)", "Alcohol (g)"),
    ),
]


# --- 3. Linear issues export (Export Issues, CSV) -------------------------------------------------------------------

_LI_COLUMNS = _split(
    "ID;Team;Title;Status;Estimate;Priority;Project;Creator;Assignee;Labels;Cycle Number;Created;Updated;Started;"
    "Completed;Canceled;Due Date"
)
# team: key, share, people "name:weight", labels, projects
_LI_TEAMS: dict[str, tuple[str, float, str, str, str]] = {
    "Engineering": (
        "ENG",
        55,
        "Priya Raman:5;Tom Becker:4;Lena Ortiz:4;Marcus Hale:3;Yuki Tanaka:3;Sam Okafor:2",
        "Frontend;Backend;Infra;Performance",
        "Billing v2;Onboarding revamp;API rate limits;SSO",
    ),
    "Mobile": (
        "MOB",
        30,
        "Chloe Dubois:4;Arjun Mehta:4;Nina Kowalski:3",
        "iOS;Android;Release",
        "Offline mode;Push notifications;Onboarding revamp",
    ),
    "Design": (
        "DES",
        15,
        "Hannah Lee:3;Oscar Lind:2",
        "UX;Visual;Research",
        "Design system;Onboarding revamp",
    ),
}
_LI_VERBS = _split("Fix;Add;Update;Remove;Refactor;Investigate;Improve;Support;Migrate;Polish")
_LI_THINGS = _split(
    "login flow;invoice PDF;settings page;search results;dark mode;webhook retries;empty states;CSV import;"
    "avatar upload;team invites;date picker;notification badge;billing emails;rate limiter;sidebar;crash on launch;"
    "onboarding checklist;audit log;keyboard shortcuts;loading spinner"
)


def _iso(t: pd.Timestamp | None) -> str | None:
    return None if t is None else f"{t:%Y-%m-%dT%H:%M:%S}.000Z"


def _linear_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9703)
    start, end = pd.Timestamp("2022-06-01"), pd.Timestamp("2023-12-15")
    now = pd.Timestamp("2023-12-15 17:00:00")
    n = 1100
    created = np.sort(rng.uniform(0, (end - start).total_seconds(), n))
    counters = dict.fromkeys(_LI_TEAMS, 0)
    teams = list(_LI_TEAMS)
    rows = []
    for i in range(n):
        team = str(_one(rng, teams, [v[1] for v in _LI_TEAMS.values()]))
        key, _, people, labels, projects = _LI_TEAMS[team]
        counters[team] += 1
        t0 = (start + pd.Timedelta(seconds=float(created[i]))).floor("s")
        age = (now - t0).days
        bug = rng.random() < 0.3
        tags = ["Bug"] if bug else [_draw(rng, "Feature:45;Improvement:55")]
        if rng.random() < 0.6:
            tags.append(str(_one(rng, _split(labels))))
        if rng.random() < 0.12:
            tags = []
        est = None if rng.random() < 0.35 else float(_one(rng, [1, 2, 3, 5, 8], [20, 30, 25, 17, 8]))
        prio = _draw(rng, "Urgent:6;High:20;Medium:34;Low:22;No priority:18")
        if bug and prio in ("Low", "No priority") and rng.random() < 0.5:
            prio = "High"
        done_p = min(0.9, age / 200)
        status = _draw(
            rng,
            f"Done:{70 * done_p};Canceled:{10 * done_p};Backlog:{30 * (1 - done_p) + 6};Todo:{14 * (1 - done_p) + 2};"
            f"In Progress:{12 * (1 - done_p) + 1};In Review:{6 * (1 - done_p) + 1}",
        )
        staff = [p.split(":") for p in _split(people)]
        assignee = str(_one(rng, [x[0] for x in staff], [float(x[1]) for x in staff]))
        if status in ("Backlog", "Canceled") and rng.random() < 0.5:
            assignee = ""
        creator = (
            assignee if assignee and rng.random() < 0.5 else str(_one(rng, [p.split(":")[0] for p in _split(people)]))
        )
        started = completed = canceled = None
        span = float(rng.lognormal(np.log(2.0 + 1.3 * (est or 3)), 0.6)) * (0.6 if bug else 1.0)
        if status in ("In Progress", "In Review", "Done"):
            wait = float(rng.exponential(12)) * (0.4 if prio in ("Urgent", "High") else 1.0)
            started = min(t0 + pd.Timedelta(days=wait), now - pd.Timedelta(hours=2))
            if status == "Done":
                completed = started + pd.Timedelta(days=span)
                if completed > now:
                    completed = now - pd.Timedelta(minutes=int(rng.integers(5, 600)))
                    started = min(started, completed - pd.Timedelta(hours=3))
                if rng.random() < 0.1:
                    started = None
        if status == "Canceled":
            canceled = t0 + pd.Timedelta(days=float(rng.exponential(30)))
            canceled = min(canceled, now - pd.Timedelta(hours=1))
        last = max(x for x in (t0, started, completed, canceled) if x is not None)
        updated = min(last + pd.Timedelta(hours=float(rng.exponential(20))), now)
        cycle_from = started or completed
        cycle = None
        if cycle_from is not None or status == "Todo":
            ref = cycle_from if cycle_from is not None else now
            cycle = float(1 + (ref - start).days // 14)
        due = None
        if rng.random() < 0.15:
            due = f"{(t0 + pd.Timedelta(days=int(rng.integers(7, 60)))):%Y-%m-%d}"
        rows.append(
            {
                "ID": f"{key}-{counters[team] + 40}",
                "Team": team,
                "Title": f"{_one(rng, _LI_VERBS)} {_one(rng, _LI_THINGS)}",
                "Status": status,
                "Estimate": est,
                "Priority": prio,
                "Project": str(_one(rng, _split(projects))) if rng.random() < 0.45 else None,
                "Creator": creator,
                "Assignee": assignee or None,
                "Labels": ", ".join(tags) or None,
                "Cycle Number": cycle,
                "Created": _iso(t0),
                "Updated": _iso(updated.floor("s")),
                "Started": _iso(started.floor("s") if started is not None else None),
                "Completed": _iso(completed.floor("s") if completed is not None else None),
                "Canceled": _iso(canceled.floor("s") if canceled is not None else None),
                "Due Date": due,
            }
        )
    return pd.DataFrame(rows, columns=_LI_COLUMNS)


def _li_bug(d: pd.DataFrame) -> pd.Series:
    return _text(d["Labels"]).str.split(r",\s*").apply(lambda xs: "Bug" in xs)


def _li_open(d: pd.DataFrame) -> pd.Series:
    return ~d["Status"].isin(["Done", "Canceled"])


def _li_cycle(bugs: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = d[_li_bug(d)] if bugs else d
        span = pd.to_datetime(rows["Completed"], utc=True) - pd.to_datetime(rows["Started"], utc=True)
        days = span.dt.total_seconds().dropna() / 86400
        return float(days.mean() if how == "mean" else days.median())

    return value


def _li_cycle_check(bugs: bool) -> Check:
    return either(*(_days(_li_cycle(bugs, how)) for how in ("mean", "median")))


_LI_ID = ("ID", "Title")
_LINEAR_QS = [
    Q(
        "how many issues are still open",
        either(
            _count(lambda d: float(_li_open(d).sum())),
            _count(lambda d: float(d["Status"].isin(["Todo", "In Progress", "In Review"]).sum())),
        ),
        (*_LI_ID, "Status", "Completed", "Canceled"),
    ),
    Q(
        "who's closed the most tickets",
        _lead(_named(lambda d: _top(d.loc[d["Status"] == "Done"].groupby("Assignee").size()))),
        (*_LI_ID, "Assignee", "Status", "Completed"),
    ),
    Q(
        "how many bugs have we got",
        either(
            _count(lambda d: float(_li_bug(d).sum())),
            _count(lambda d: float((_li_bug(d) & _li_open(d)).sum())),
        ),
        (*_LI_ID, "Labels", "Status"),
    ),
    Q(
        "once someone starts an issue how long does it take to finish on average",
        _li_cycle_check(False),
        (*_LI_ID, "Started", "Completed", "Status"),
    ),
    Q(
        "and for bugs?",
        _li_cycle_check(True),
        (*_LI_ID, "Started", "Completed", "Status", "Labels"),
    ),
    Q(
        "which team has the most urgent issues",
        _lead(
            either(
                _named(lambda d: _top(d.loc[d["Priority"] == "Urgent"].groupby("Team").size())),
                _named(lambda d: _top(d.loc[(d["Priority"] == "Urgent") & _li_open(d)].groupby("Team").size())),
            )
        ),
        (*_LI_ID, "Team", "Priority", "Status"),
    ),
]


# --- 4. Gumroad sales export (Sales CSV from the Analytics page) ----------------------------------------------------

_GU_COLUMNS = _split(
    "Purchase ID;Item Name;Buyer Email;Purchase Date;Sale Price ($);Fees ($);Net Total ($);Tax ($);Refunded?;"
    "Partial Refund ($);Variants;Discount Code;Country;Recurring Charge?"
)
# item: weight, price, variants "name:price:weight" or ""
_GU_ITEMS: dict[str, tuple[float, float, str]] = {
    "Notion Life OS": (26, 29.0, ""),
    "Figma UI Kit": (20, 49.0, "Tier: Basic:49:60;Tier: Pro:99:40"),
    "Lightroom Presets Pack": (30, 0.0, ""),
    "Design Systems Course": (8, 149.0, ""),
}
_GU_COUNTRIES = (
    "United States:42;United Kingdom:11;Germany:8;Canada:7;India:6;Australia:5;France:4;Netherlands:4;Brazil:3;"
    "Spain:2;Sweden:2;Poland:2;Japan:2;Philippines:2"
)
_GU_VAT = {"United Kingdom": 0.2, "Germany": 0.19, "France": 0.2, "Netherlands": 0.21, "Spain": 0.21}
_GU_VAT |= {"Sweden": 0.25, "Poland": 0.23}
_GU_CODES = {"LAUNCH50": 0.5, "BLACKFRIDAY": 0.4, "TWITTER20": 0.2}
_GU_FIRST = _split("alex;sam;jordan;maria;chen;priya;lucas;emma;noah;olivia;liam;ava;mateo;yuki;fatima;omar;lea")
_GU_MAIL = _split("gmail.com;gmail.com;gmail.com;outlook.com;yahoo.com;icloud.com;proton.me;hey.com")
_GU_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _gumroad_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9704)
    start = pd.Timestamp("2022-01-01")
    rows: list[dict[str, Any]] = []

    def email() -> str:
        return f"{_one(rng, _GU_FIRST)}{_one(rng, ['', '.', '_'])}{int(rng.integers(1, 999))}@{_one(rng, _GU_MAIL)}"

    def sale(t: pd.Timestamp, item: str, buyer: str, country: str, renew: bool) -> dict[str, Any]:
        variant, code, price = None, None, 12.0
        if item != "Monthly Membership":
            _, price, variants = _GU_ITEMS[item]
            if variants:
                options = [v.rsplit(":", 2) for v in _split(variants)]
                pick = _one(rng, options, [float(o[2]) for o in options])
                variant, price = pick[0], float(pick[1])
            if item == "Lightroom Presets Pack":
                price = 0.0 if rng.random() < 0.7 else float(_one(rng, [3, 5, 5, 10, 15]))
            elif item == "Notion Life OS" and rng.random() < 0.1:
                price = float(_one(rng, [35, 39, 49]))
            if price > 0 and rng.random() < 0.14:
                code = _draw(rng, "LAUNCH50:3;BLACKFRIDAY:4;TWITTER20:5")
                price = round(price * (1 - _GU_CODES[code]), 2)
        fee = round(0.10 * price + 0.50, 2) if price > 0 else 0.0
        tax = round(price * _GU_VAT.get(country, 0.0), 2)
        refunded = int(price > 0 and rng.random() < (0.08 if item == "Design Systems Course" else 0.035))
        partial = 0.0
        if price > 0 and not refunded and rng.random() < 0.01:
            partial = round(price / 2, 2)
        chars = "".join(str(_one(rng, list(_GU_B64))) for _ in range(20))
        return {
            "Purchase ID": f"{chars}==",
            "Item Name": item,
            "Buyer Email": buyer,
            "Purchase Date": f"{t:%Y-%m-%d %H:%M:%S} UTC",
            "Sale Price ($)": price,
            "Fees ($)": fee,
            "Net Total ($)": round(price - fee, 2),
            "Tax ($)": tax,
            "Refunded?": refunded,
            "Partial Refund ($)": partial,
            "Variants": variant,
            "Discount Code": code,
            "Country": country,
            "Recurring Charge?": int(renew),
        }

    items = list(_GU_ITEMS)
    for _ in range(1350):
        t = (start + pd.Timedelta(seconds=float(rng.uniform(0, 730 * 86400)))).floor("s")
        item = str(_one(rng, items, [v[0] for v in _GU_ITEMS.values()]))
        rows.append(sale(t, item, email(), _draw(rng, _GU_COUNTRIES), False))
    for _ in range(70):
        t = (start + pd.Timedelta(seconds=float(rng.uniform(0, 600 * 86400)))).floor("s")
        buyer, country = email(), _draw(rng, _GU_COUNTRIES)
        months = int(rng.geometric(0.15))
        for m in range(months):
            when = t + pd.DateOffset(months=m)
            if when >= pd.Timestamp("2024-01-01"):
                break
            rows.append(sale(when, "Monthly Membership", buyer, country, m > 0))
    frame = pd.DataFrame(rows, columns=_GU_COLUMNS)
    order = pd.to_datetime(frame["Purchase Date"].str.slice(0, 19)).argsort(kind="stable")
    return frame.iloc[order[::-1]].reset_index(drop=True)


def _gu_figma(variant: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = d[(d["Item Name"] == "Figma UI Kit") & (_text(d["Variants"]) == variant)]
        return float(rows["Sale Price ($)"].mean())

    return value


def _gu_country2(distinct: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        rows = d[d["Country"] != "United States"]
        if distinct:
            rows = rows.drop_duplicates("Buyer Email")
        return _top(rows.groupby("Country").size())

    return value


_GU_ID = ("Purchase ID", "Purchase Date", "Buyer Email")
_GU_KEPT = "Refunded?"
_GUMROAD_QS = [
    Q(
        "how much money have i made",
        either(
            _money(lambda d: float(d["Sale Price ($)"].sum())),
            _money(lambda d: float(d["Net Total ($)"].sum())),
            _money(lambda d: float(d.loc[d[_GU_KEPT] == 0, "Net Total ($)"].sum())),
            _money(lambda d: float(d.loc[d[_GU_KEPT] == 0, "Sale Price ($)"].sum())),
            _money(lambda d: float(d.loc[d[_GU_KEPT] == 0, "Net Total ($)"].sum() - d["Partial Refund ($)"].sum())),
        ),
        (*_GU_ID, "Sale Price ($)", "Net Total ($)", "Fees ($)", "Refunded?", "Partial Refund ($)"),
    ),
    Q(
        "whats my best seller",
        _lead(
            either(
                _named(lambda d: _top(d.groupby("Item Name").size())),
                _named(lambda d: _top(d[d["Sale Price ($)"] > 0].groupby("Item Name").size())),
                _named(lambda d: _top(d.groupby("Item Name")["Sale Price ($)"].sum())),
                _named(lambda d: _top(d.groupby("Item Name")["Net Total ($)"].sum())),
            )
        ),
        (*_GU_ID, "Item Name", "Sale Price ($)", "Net Total ($)"),
    ),
    Q(
        "what percent of sales got refunded",
        either(
            _share(lambda d: float((d[_GU_KEPT] == 1).mean())),
            _share(lambda d: float((d.loc[d["Sale Price ($)"] > 0, _GU_KEPT] == 1).mean())),
        ),
        (*_GU_ID, "Refunded?", "Sale Price ($)", "Partial Refund ($)"),
    ),
    Q(
        "how many sales used a discount code",
        either(
            _count(lambda d: float(_text(d["Discount Code"]).ne("").sum())),
            _count(lambda d: float(d.loc[_text(d["Discount Code"]).ne(""), "Buyer Email"].nunique())),
        ),
        (*_GU_ID, "Discount Code"),
    ),
    Q(
        "besides the us where do most of my buyers come from",
        _lead(either(_named(_gu_country2(False)), _named(_gu_country2(True)))),
        (*_GU_ID, "Country"),
    ),
    Q(
        "for the figma kit, how much do pro buyers pay on average compared to basic",
        either(
            _about(lambda d: [_gu_figma("Tier: Pro")(d), _gu_figma("Tier: Basic")(d)], rel=0.003),
            _about(lambda d: _gu_figma("Tier: Pro")(d) - _gu_figma("Tier: Basic")(d), rel=0.005),
        ),
        (*_GU_ID, "Item Name", "Variants", "Sale Price ($)"),
    ),
]


# --- 5. San Francisco Building Permits (DataSF, Building_Permits.csv) -----------------------------------------------

_SF_COLUMNS = _split(
    "Permit Number;Permit Type;Permit Type Definition;Permit Creation Date;Block;Lot;Street Number;Street Name;"
    "Street Suffix;Unit;Description;Current Status;Current Status Date;Filed Date;Issued Date;Completed Date;"
    "Number of Existing Stories;Estimated Cost;Revised Cost;Existing Use;Existing Units;Proposed Use;"
    "Proposed Units;Supervisor District;Neighborhoods - Analysis Boundaries;Zipcode;Location"
)
# type: definition, weight, typical cost, days to issue (median), descriptions
_SF_TYPES: dict[int, tuple[str, float, float, float, str]] = {
    1: ("new construction", 1.2, 2_400_000, 260, "ERECT 5 STORY 24 UNIT RESIDENTIAL BUILDING;ERECT NEW MIXED USE BLDG"),
    2: ("new construction wood frame", 1.8, 900_000, 200, "ERECT 3 STORY 2 UNIT BUILDING;ERECT NEW SFD"),
    3: (
        "additions alterations or repairs",
        23,
        85_000,
        45,
        "REMODEL KITCHEN AND 2 BATHS;HORIZONTAL ADDITION AT REAR;SEISMIC RETROFIT PER SFEBC;ADD ADU AT GROUND FLR",
    ),
    4: ("sign - erect", 2.5, 6_000, 20, "INSTALL WALL SIGN;ERECT ILLUMINATED SIGN"),
    5: ("grade or quarry or fill or excavate", 0.3, 40_000, 90, "EXCAVATION FOR FOUNDATION"),
    6: ("demolitions", 1.5, 30_000, 120, "DEMOLISH 1 STORY SFD;DEMOLISH REAR SHED;DEMOLISH 2 STORY COMMERCIAL BLDG"),
    7: ("wall or painted sign", 0.4, 3_000, 15, "PAINTED WALL SIGN"),
    8: (
        "otc alterations permit",
        69,
        18_000,
        0,
        "REROOFING;REPLACE 6 WINDOWS IN KIND;KITCHEN REMODEL NO STRUCTURAL;BATHROOM REMODEL;REPLACE WATER HEATER;"
        "COMPLY WITH NOV 201712345;INSTALL SOLAR PANELS ON ROOF;STRUCTURAL REPAIR OF DRYROT",
    ),
}
# neighborhood: weight, zip codes, supervisor district, lon, lat, streets
_SF_HOODS: dict[str, tuple[float, str, int, float, float, str]] = {
    "Mission": (10, "94110;94103", 9, -122.4194, 37.7599, "VALENCIA;MISSION;GUERRERO;24TH;FOLSOM"),
    "Financial District/South Beach": (9, "94105;94111;94104", 6, -122.3990, 37.7920, "MARKET;MISSION;FOLSOM;BATTERY"),
    "South of Market": (8, "94103;94107", 6, -122.4050, 37.7790, "HOWARD;FOLSOM;BRYANT;HARRISON;7TH"),
    "Sunset/Parkside": (8, "94122;94116", 4, -122.4880, 37.7480, "IRVING;JUDAH;NORIEGA;TARAVAL;LINCOLN"),
    "Outer Richmond": (6, "94121", 1, -122.4930, 37.7780, "CLEMENT;GEARY;BALBOA;CABRILLO"),
    "Noe Valley": (6, "94114;94131", 8, -122.4330, 37.7500, "24TH;SANCHEZ;CASTRO;NOE;CHURCH"),
    "Castro/Upper Market": (5, "94114", 8, -122.4350, 37.7620, "MARKET;CASTRO;18TH;DOUGLASS"),
    "Pacific Heights": (6, "94115;94123", 2, -122.4350, 37.7920, "PACIFIC;WASHINGTON;JACKSON;FILLMORE"),
    "Bayview Hunters Point": (5, "94124", 10, -122.3890, 37.7290, "3RD;OAKDALE;PALOU;INNES"),
    "Marina": (5, "94123", 2, -122.4370, 37.8020, "CHESTNUT;LOMBARD;BAY;SCOTT"),
    "Inner Sunset": (4, "94122", 7, -122.4660, 37.7610, "IRVING;JUDAH;9TH;LINCOLN"),
    "Nob Hill": (4, "94109;94108", 3, -122.4150, 37.7930, "CALIFORNIA;PINE;JONES;HYDE"),
    "Bernal Heights": (4, "94110", 9, -122.4150, 37.7390, "CORTLAND;PRECITA;ALABAMA;ANDERSON"),
    "Russian Hill": (3, "94109;94133", 3, -122.4190, 37.8010, "GREEN;UNION;LARKIN;POLK"),
    "Haight Ashbury": (3, "94117", 5, -122.4470, 37.7700, "HAIGHT;PAGE;ASHBURY;COLE"),
    "Tenderloin": (3, "94102;94109", 6, -122.4140, 37.7840, "ELLIS;EDDY;TURK;LEAVENWORTH"),
}
_SF_SUFFIX = {"MISSION": "St", "MARKET": "St", "24TH": "St", "3RD": "St", "7TH": "St", "9TH": "Av", "18TH": "St"}
_SF_USES = "1 family dwelling:38;2 family dwelling:16;apartments:24;office:10;retail sales:7;food/beverage hndlng:5"


def _sf_date(t: pd.Timestamp | None) -> str | None:
    return None if t is None else f"{t:%m/%d/%Y}"


def _permits_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9705)
    hoods = list(_SF_HOODS)
    types = list(_SF_TYPES)
    today = pd.Timestamp("2018-02-23")
    rows = []
    filed_all = np.sort(rng.uniform(0, 1825, 3200))
    for i in range(3200):
        ptype = int(_one(rng, types, [v[1] for v in _SF_TYPES.values()]))
        definition, _, cost, lag, descs = _SF_TYPES[ptype]
        hood = str(_one(rng, hoods, [v[0] for v in _SF_HOODS.values()]))
        _, zips, district, lon, lat, streets = _SF_HOODS[hood]
        filed = pd.Timestamp("2013-01-01") + pd.Timedelta(days=int(filed_all[i]))
        created = filed if rng.random() > 0.05 else filed + pd.Timedelta(days=int(rng.integers(1, 4)))
        issued = completed = None
        if ptype == 8:
            issued = filed + pd.Timedelta(days=0 if rng.random() < 0.8 else int(rng.integers(1, 10)))
        elif rng.random() < 0.88:
            issued = filed + pd.Timedelta(days=int(rng.lognormal(np.log(lag), 0.7)))
        if issued is not None and issued > today:
            issued = None
        status = "filed"
        if issued is not None:
            status = "issued"
            age = (today - issued).days
            if rng.random() < min(0.92, age / 500):
                completed = issued + pd.Timedelta(days=int(rng.lognormal(np.log(60 + lag), 0.8)))
                if completed > today:
                    completed = None
                else:
                    status = "complete"
            if status == "issued" and age > 720 and rng.random() < 0.5:
                status = "expired"
        if rng.random() < 0.03:
            status = "cancelled"
            completed = None
        status_date = completed or issued or filed
        if status in ("expired", "cancelled"):
            status_date = min(today, (issued or filed) + pd.Timedelta(days=int(rng.integers(30, 700))))
        est = round(cost * float(rng.lognormal(0, 0.8)), -2) if rng.random() > 0.08 else None
        if est is not None and ptype == 8 and rng.random() < 0.3:
            est = float(_one(rng, [1, 500, 1000, 2500, 5000]))
        revised: float | None = est
        if rng.random() < 0.2:
            revised = round((est or cost) * float(rng.uniform(1.0, 1.6)), -2)
        elif rng.random() < 0.05:
            revised = 1.0
        elif rng.random() < 0.06:
            revised = None
        use = _draw(rng, _SF_USES)
        units = {"1 family dwelling": 1, "2 family dwelling": 2, "apartments": int(rng.integers(3, 40))}.get(use, 0)
        new_use = use
        new_units: int | None = units
        if ptype in (1, 2):
            use, units = "", None
            new_use = "apartments" if ptype == 1 else _draw(rng, "1 family dwelling:50;2 family dwelling:50")
            new_units = int(rng.integers(6, 60)) if ptype == 1 else (1 if new_use.startswith("1") else 2)
        if ptype == 6:
            new_use, new_units = "", None
        street = str(_one(rng, _split(streets)))
        block = f"{int(rng.integers(1, 7600)):04d}" + ("A" if rng.random() < 0.03 else "")
        lot = f"{int(rng.integers(1, 120)):03d}" + ("A" if rng.random() < 0.05 else "")
        zipcode = None if rng.random() < 0.01 else int(str(_one(rng, _split(zips))))
        rows.append(
            {
                "Permit Number": f"{created:%Y%m%d}{int(rng.integers(1000, 9999))}",
                "Permit Type": ptype,
                "Permit Type Definition": definition,
                "Permit Creation Date": _sf_date(created),
                "Block": block,
                "Lot": lot,
                "Street Number": int(rng.integers(1, 4000)),
                "Street Name": street.title() if street[0].isalpha() else street.lower(),
                "Street Suffix": _SF_SUFFIX.get(street, "St" if rng.random() < 0.8 else "Av"),
                "Unit": int(rng.integers(1, 30)) if rng.random() < 0.1 else None,
                "Description": str(_one(rng, _split(descs))).lower()
                if rng.random() < 0.3
                else _one(rng, _split(descs)),
                "Current Status": status,
                "Current Status Date": _sf_date(status_date),
                "Filed Date": _sf_date(filed),
                "Issued Date": _sf_date(issued),
                "Completed Date": _sf_date(completed),
                "Number of Existing Stories": None
                if ptype in (1, 2) or rng.random() < 0.04
                else float(_draw(rng, "1:15;2:40;3:30;4:8;5:4;8:2;12:1")),
                "Estimated Cost": est,
                "Revised Cost": revised,
                "Existing Use": use or None,
                "Existing Units": units,
                "Proposed Use": new_use or None,
                "Proposed Units": new_units,
                "Supervisor District": None if rng.random() < 0.01 else float(district),
                "Neighborhoods - Analysis Boundaries": hood,
                "Zipcode": zipcode,
                "Location": f"POINT ({lon + float(rng.normal(0, 0.006)):.5f} {lat + float(rng.normal(0, 0.005)):.5f})",
            }
        )
    return pd.DataFrame(rows, columns=_SF_COLUMNS)


def _sf_lag(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        filed = pd.to_datetime(d["Filed Date"], format="%m/%d/%Y")
        issued = pd.to_datetime(d["Issued Date"], format="%m/%d/%Y")
        days = (issued - filed).dt.days.dropna()
        return float(days.mean() if how == "mean" else days.median())

    return value


def _sf_demo_years(column: str) -> Callable[[pd.DataFrame], list[str]]:
    """The year(s) with the most demolition permits (all of them when tied)."""

    def value(d: pd.DataFrame) -> list[str]:
        rows = d[d["Permit Type"] == 6]
        counts = pd.to_datetime(rows[column], format="%m/%d/%Y").dt.year.value_counts()
        return sorted(str(y) for y in counts[counts == counts.max()].index)

    return value


def _sf_demo_year(column: str) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        years = _sf_demo_years(column)(df)
        if any(_year(lambda d, y=y: float(y))(answer, df) is None for y in years):
            return None
        return f"missing any of the years {years}"

    return check


_SF_ID = ("Permit Number",)
_SF_HOOD = "Neighborhoods - Analysis Boundaries"
_PERMITS_QS = [
    Q(
        "how many permits got issued",
        either(
            _count(lambda d: float(d["Issued Date"].notna().sum())),
            _count(lambda d: float((d["Current Status"] == "issued").sum())),
        ),
        (*_SF_ID, "Issued Date", "Current Status"),
    ),
    Q(
        "which neighborhood has the most permits",
        _lead(_named(lambda d: _top(d.groupby(_SF_HOOD).size()))),
        (*_SF_ID, _SF_HOOD),
    ),
    Q(
        "whats the total estimated cost of all the new construction",
        _money(lambda d: float(d.loc[d["Permit Type"].isin([1, 2]), "Estimated Cost"].sum())),
        (*_SF_ID, "Permit Type", "Permit Type Definition", "Estimated Cost"),
    ),
    Q(
        "on average how many days does it take from filing to getting the permit issued",
        either(_days(_sf_lag("mean")), _days(_sf_lag("median"))),
        (*_SF_ID, "Filed Date", "Issued Date", "Permit Creation Date"),
    ),
    Q(
        "what year had the most demolition permits",
        _lead(either(_sf_demo_year("Filed Date"), _sf_demo_year("Permit Creation Date"))),
        (*_SF_ID, "Permit Type", "Permit Type Definition", "Filed Date", "Permit Creation Date"),
    ),
    Q(
        "how many dont have a cost estimate",
        _count(lambda d: float(d["Estimated Cost"].isna().sum())),
        (*_SF_ID, "Estimated Cost"),
    ),
]


# --- 6. FIFA men's world ranking history (fifa_ranking-2023-07-20.csv) ----------------------------------------------

_FI_COLUMNS = _split("rank;country_full;country_abbrv;total_points;previous_points;rank_change;confederation;rank_date")
# "name|code|points on 2018-08-16|drift per ranking", by confederation
_FI_TEAMS: dict[str, str] = {
    "UEFA": "Belgium|BEL|1727|0.2;France|FRA|1726|1.0;Croatia|CRO|1643|0.6;England|ENG|1631|0.8;"
    "Portugal|POR|1615|0.6;Spain|ESP|1598|0.4;Switzerland|SUI|1594|-0.3;Denmark|DEN|1584|0.3;"
    "Germany|GER|1561|-0.8;Italy|ITA|1535|0.9;Netherlands|NED|1572|0.7;Sweden|SWE|1560|-0.6;"
    "Poland|POL|1545|-0.8;Wales|WAL|1538|-0.5;Austria|AUT|1493|0.4;Ukraine|UKR|1512|0.2;Serbia|SRB|1494|0.2;"
    "Russia|RUS|1472|-0.5;Turkey|TUR|1447|0.2;Czech Republic|CZE|1469|0.1;Republic of Ireland|IRL|1445|-0.6;"
    "Scotland|SCO|1427|0.5;Norway|NOR|1434|0.4;Hungary|HUN|1415|0.7;Romania|ROU|1449|-0.5;Greece|GRE|1432|-0.4;"
    "Iceland|ISL|1473|-1.1;Slovakia|SVK|1457|-0.2;Finland|FIN|1406|0.3;Bosnia and Herzegovina|BIH|1467|-0.8",
    "CONMEBOL": "Brazil|BRA|1720|0.6;Uruguay|URU|1637|-0.2;Argentina|ARG|1606|1.3;Colombia|COL|1629|-0.1;"
    "Peru|PER|1593|-0.8;Chile|CHI|1563|-0.9;Venezuela|VEN|1476|-0.3;Paraguay|PAR|1456|-0.1;"
    "Ecuador|ECU|1395|0.9;Bolivia|BOL|1319|-0.1",
    "CONCACAF": "Mexico|MEX|1638|-0.9;USA|USA|1561|0.7;Costa Rica|CRC|1505|-0.7;Jamaica|JAM|1379|0.3;"
    "Panama|PAN|1414|0.3;Honduras|HON|1366|-0.2;Canada|CAN|1282|1.4;El Salvador|SLV|1284|0.1;"
    "Haiti|HAI|1327|-0.3;Curaçao|CUW|1317|-0.1;Trinidad and Tobago|TRI|1281|-0.5;Guatemala|GUA|1167|0.6",
    "CAF": "Tunisia|TUN|1500|0.1;Senegal|SEN|1525|0.8;Morocco|MAR|1488|1.1;Nigeria|NGA|1477|0.0;"
    "Egypt|EGY|1447|0.0;Congo DR|COD|1426|0.0;Ghana|GHA|1410|-0.4;Cameroon|CMR|1431|0.0;"
    "Algeria|ALG|1329|1.0;Côte d'Ivoire|CIV|1397|0.4;Mali|MLI|1392|0.5;Burkina Faso|BFA|1397|0.1;"
    "South Africa|RSA|1336|0.2;Zambia|ZAM|1302|-0.2;Guinea|GUI|1334|0.0;Cabo Verde|CPV|1366|-0.1;"
    "Uganda|UGA|1314|-0.1;Kenya|KEN|1271|0.0;Gabon|GAB|1306|-0.1;Benin|BEN|1234|0.3",
    "AFC": "Iran|IRN|1481|0.3;Australia|AUS|1496|0.0;Japan|JPN|1460|0.7;Korea Republic|KOR|1431|0.6;"
    "Saudi Arabia|KSA|1368|0.2;IR Iraq|IRQ|1326|0.2;Qatar|QAT|1296|0.7;United Arab Emirates|UAE|1317|-0.2;"
    "China PR|CHN|1342|-0.4;Uzbekistan|UZB|1308|0.4;Syria|SYR|1320|-0.1;Oman|OMA|1299|0.2;"
    "Lebanon|LBN|1250|0.0;Jordan|JOR|1274|0.0;Bahrain|BHR|1214|0.5;Thailand|THA|1196|0.1;"
    "Vietnam|VIE|1178|0.5;Kyrgyz Republic|KGZ|1254|-0.1;India|IND|1212|-0.1;Palestine|PLE|1232|-0.1",
    "OFC": "New Zealand|NZL|1211|0.1;Solomon Islands|SOL|1056|0.0;New Caledonia|NCL|1075|-0.3;Tahiti|TAH|1061|-0.2;"
    "Fiji|FIJ|1035|0.0;Papua New Guinea|PNG|1015|0.0;Vanuatu|VAN|1007|0.1;Samoa|SAM|920|0.0",
}
_FI_DATES = _split(
    "2018-08-16;2018-09-20;2018-10-25;2018-12-20;2019-02-07;2019-04-04;2019-06-14;2019-07-25;2019-09-19;"
    "2019-10-24;2019-11-28;2019-12-19;2020-02-20;2020-04-09;2020-11-26;2020-12-10;2021-02-18;2021-04-07;"
    "2021-05-27;2021-08-12;2021-10-21;2021-12-23;2022-03-31;2022-06-23;2022-10-06;2022-12-22;2023-04-06;"
    "2023-06-29;2023-07-20"
)


def _fifa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9706)
    teams = []
    for confed, text in _FI_TEAMS.items():
        for part in _split(text):
            name, code, pts, drift = part.split("|")
            teams.append({"name": name, "code": code, "confed": confed, "pts": float(pts), "drift": float(drift)})
    dates = sorted(_FI_DATES)
    rows = []
    prev_rank: dict[str, int] = {}
    prev_pts: dict[str, float] = {}
    for k, date in enumerate(dates):
        for t in teams:
            if k == 0:
                continue
            active = rng.random() < (0.25 if date in ("2020-04-09", "2020-11-26") else 0.75)
            if active:
                t["pts"] = round(t["pts"] + t["drift"] * 6 + float(rng.normal(0, 11)), 2)
        ordered = sorted(teams, key=lambda t: (-t["pts"], t["name"]))
        rank = 0
        for pos, t in enumerate(ordered):
            rank = pos + 1 if pos == 0 or t["pts"] != ordered[pos - 1]["pts"] else rank
            old_rank = prev_rank.get(t["code"], rank)
            rows.append(
                {
                    "rank": rank,
                    "country_full": t["name"],
                    "country_abbrv": t["code"],
                    "total_points": round(t["pts"], 2),
                    "previous_points": round(prev_pts.get(t["code"], t["pts"]), 2),
                    "rank_change": old_rank - rank,
                    "confederation": t["confed"],
                    "rank_date": date,
                }
            )
            prev_rank[t["code"]] = rank
            prev_pts[t["code"]] = t["pts"]
    return pd.DataFrame(rows, columns=_FI_COLUMNS)


def _fi_latest(d: pd.DataFrame) -> pd.DataFrame:
    dates = pd.to_datetime(d["rank_date"])
    return d[dates == dates.max()]


def _fi_climbers(d: pd.DataFrame) -> list[str]:
    return sorted(d.loc[d["rank_change"] == d["rank_change"].max(), "country_full"].unique())


def _fi_germany(d: pd.DataFrame) -> pd.Series:
    return d.loc[d["country_full"] == "Germany", "rank"]


_FI_ID = ("country_full", "country_abbrv", "rank_date")
_FIFA_QS = [
    Q(
        "which country was number one the most times",
        _lead(_named(lambda d: _top(d[d["rank"] == 1].groupby("country_full").size()))),
        (*_FI_ID, "rank"),
    ),
    Q(
        "how many points has brazil got in the latest ranking",
        has(lambda d: float(_fi_latest(d).loc[lambda x: x["country_full"] == "Brazil", "total_points"].iloc[0])),
        (*_FI_ID, "total_points"),
    ),
    Q(
        "which confederation has the highest average points right now",
        _lead(_named(lambda d: _top(_fi_latest(d).groupby("confederation")["total_points"].mean()))),
        (*_FI_ID, "confederation", "total_points"),
    ),
    Q(
        "who made the biggest jump up the rankings in one update",
        _lead(_any_of(_fi_climbers)),
        (*_FI_ID, "rank_change", "rank"),
    ),
    Q(
        "whats the best and worst germany has been ranked",
        _count(lambda d: [float(_fi_germany(d).min()), float(_fi_germany(d).max())]),
        (*_FI_ID, "rank"),
    ),
    Q(
        "how many african teams are in the top 50 at the moment",
        _count(lambda d: float(((_fi_latest(d)["confederation"] == "CAF") & (_fi_latest(d)["rank"] <= 50)).sum())),
        (*_FI_ID, "confederation", "rank"),
    ),
]


# --- 7. NOAA HURDAT2 Atlantic best track, flattened (hurdat2 as CSV, 2013-2022) ------------------------------------

_HU_COLUMNS = _split("id;name;date;time;record_identifier;status;latitude;longitude;max_wind;min_pressure")
_HU_LISTS = [
    "ANDREA;BARRY;CHANTAL;DORIAN;ERIN;FERNAND;GABRIELLE;HUMBERTO;INGRID;JERRY;KAREN;LORENZO;MELISSA;NESTOR;OLGA;"
    "PABLO;REBEKAH;SEBASTIEN;TANYA;VAN;WENDY",
    "ARTHUR;BERTHA;CRISTOBAL;DOLLY;EDOUARD;FAY;GONZALO;HANNA;ISAIAS;JOSEPHINE;KYLE;LAURA;MARCO;NANA;OMAR;PAULETTE;"
    "RENE;SALLY;TEDDY;VICKY;WILFRED;ALPHA;BETA;GAMMA;DELTA;EPSILON;ZETA;ETA;THETA;IOTA",
    "ANA;BILL;CLAUDETTE;DANNY;ERIKA;FRED;GRACE;HENRI;IDA;JOAQUIN;KATE;LARRY;MINDY;NICHOLAS;ODETTE;PETER;ROSE;SAM;"
    "TERESA;VICTOR;WANDA",
    "ALEX;BONNIE;COLIN;DANIELLE;EARL;FIONA;GASTON;HERMINE;IAN;JULIA;KARL;LISA;MARTIN;NICOLE;OTTO;PAULA;RICHARD",
    "ARLENE;BRET;CINDY;DON;EMILY;FRANKLIN;GERT;HARVEY;IRMA;JOSE;KATIA;LEE;MARIA;NATE;OPHELIA;PHILIPPE;RINA",
    "ALBERTO;BERYL;CHRIS;DEBBY;ERNESTO;FLORENCE;GORDON;HELENE;ISAAC;JOYCE;KIRK;LESLIE;MICHAEL;NADINE;OSCAR;PATTY",
]
_HU_NAMED = {2013: 14, 2014: 8, 2015: 11, 2016: 15, 2017: 17, 2018: 15, 2019: 18, 2020: 30, 2021: 21, 2022: 14}
_HU_NUMBERS = _split(
    "ONE;TWO;THREE;FOUR;FIVE;SIX;SEVEN;EIGHT;NINE;TEN;ELEVEN;TWELVE;THIRTEEN;FOURTEEN;FIFTEEN;SIXTEEN;SEVENTEEN;"
    "EIGHTEEN;NINETEEN;TWENTY;TWENTY-ONE;TWENTY-TWO;TWENTY-THREE;TWENTY-FOUR;TWENTY-FIVE;TWENTY-SIX;"
    "TWENTY-SEVEN;TWENTY-EIGHT;TWENTY-NINE;THIRTY;THIRTY-ONE;THIRTY-TWO;THIRTY-THREE"
)


def _hu_status(wind: float, lat: float, sub: bool) -> str:
    if lat > 38:
        return "EX"
    if sub and wind < 64:
        return "SS" if wind >= 34 else "SD"
    return "HU" if wind >= 64 else ("TS" if wind >= 34 else "TD")


def _hurdat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9707)
    rows = []
    for year, named in _HU_NAMED.items():
        names = _split(_HU_LISTS[(year - 2013) % 6])
        depressions = int(rng.integers(1, 4))
        kinds = ["named"] * named + ["td"] * depressions
        if year in (2015, 2019):
            kinds.append("unnamed")
        starts = np.sort(rng.uniform(150, 330, len(kinds)))
        n_named = 0
        for k, kind in enumerate(kinds):
            number = k + 1
            sid = f"AL{number:02d}{year}"
            if kind == "named":
                name = names[n_named]
                n_named += 1
                peak = float(min(145, 35 + 5 * round(float(rng.gamma(1.6, 7.5)))))
            elif kind == "td":
                name = _HU_NUMBERS[number - 1]
                peak = float(_one(rng, [25, 30, 30]))
            else:
                name = "UNNAMED"
                peak = 45.0
            sub = kind != "td" and rng.random() < 0.08
            t = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(days=int(starts[k]), hours=6 * int(rng.integers(0, 4)))
            steps = int(rng.integers(8, 36 if peak >= 64 else 22))
            lat, lon = float(rng.uniform(11, 29)), float(rng.uniform(40, 95))
            dlat, dlon = float(rng.uniform(0.1, 0.4)), float(rng.uniform(0.3, 0.9))
            top = int(steps * float(rng.uniform(0.35, 0.7)))
            unknown = rng.random() < 0.02
            landfall_at = int(rng.integers(2, steps)) if rng.random() < (0.3 if lon > 75 else 0.12) else -1
            for s in range(steps):
                frac = s / max(top, 1) if s <= top else max(0.0, 1 - (s - top) / max(steps - top, 1) * 0.8)
                wind = float(max(20, 5 * round((20 + (peak - 20) * min(frac, 1.0)) / 5)))
                if s >= top and s <= top + 1:
                    wind = peak
                status = _hu_status(wind, lat, sub)
                if s == steps - 1 and status in ("TD", "TS") and rng.random() < 0.4:
                    status = "LO"
                pressure = round(1011 - 0.0047 * wind**2 + float(rng.normal(0, 2)))
                if unknown or rng.random() < 0.015:
                    pressure = -999
                rows.append(
                    {
                        "id": sid,
                        "name": name,
                        "date": int(f"{t:%Y%m%d}"),
                        "time": int(f"{t:%H%M}"),
                        "record_identifier": None,
                        "status": status,
                        "latitude": f"{lat:.1f}N",
                        "longitude": f"{lon:.1f}W",
                        "max_wind": int(wind),
                        "min_pressure": pressure,
                    }
                )
                if s == landfall_at:
                    lt = t + pd.Timedelta(minutes=int(_one(rng, [90, 150, 210, 270])))
                    rows.append(rows[-1] | {"date": int(f"{lt:%Y%m%d}"), "time": int(f"{lt:%H%M}")})
                    rows[-1]["record_identifier"] = "L"
                t += pd.Timedelta(hours=6)
                turn = 1.0 if lat < 27 else -0.5
                lat += dlat + (0.25 if lat > 27 else 0.0)
                lon += dlon * turn
    frame = pd.DataFrame(rows, columns=_HU_COLUMNS)
    # one storm stands out: its peak fixes are 10 knots above anything else
    top = frame["max_wind"].max()
    sid = frame.loc[frame["max_wind"] == top, "id"].iloc[0]
    mask = (frame["id"] == sid) & (frame["max_wind"] == top)
    frame.loc[mask, "max_wind"] = top + 10
    frame.loc[mask & (frame["min_pressure"] > 0), "min_pressure"] = round(1011 - 0.0047 * (top + 10) ** 2) - 4
    return frame


def _hu_peak(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["max_wind"] == d["max_wind"].max()]


def _hu_where(answer: str, df: pd.DataFrame) -> str | None:
    peak = _hu_peak(df)
    for _, row in peak.iterrows():
        lat = float(str(row["latitude"])[:-1])
        lon = float(str(row["longitude"])[:-1])
        if has(lat, lon, rel=0.001)(answer, df) is None:
            return None
    return "missing the position at peak"


def _hu_year(strong: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = d[d["status"].isin(["TS", "HU", "SS"])] if strong else d
        ids = rows.drop_duplicates("id")
        return float(_top(ids.groupby(ids["id"].str[-4:]).size()))

    return value


def _hu_landfalls(ever: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        landed = _text(d["record_identifier"]) == "L"
        if ever:
            hurricanes = set(d.loc[d["status"] == "HU", "id"])
            return float(len(set(d.loc[landed, "id"]) & hurricanes))
        return float(d.loc[landed & (d["status"] == "HU"), "id"].nunique())

    return value


_HU_ID = ("id", "name", "date", "time")
_HURDAT_QS = [
    Q(
        "how many storms are in here",
        either(
            _count(lambda d: float(d["id"].nunique())),
            _count(lambda d: float(d.loc[d["status"].isin(["TS", "HU", "SS"]), "id"].nunique())),
        ),
        (*_HU_ID, "status"),
    ),
    Q(
        "which storm had the strongest winds",
        _lead(_named(lambda d: str(_hu_peak(d)["name"].iloc[0]))),
        (*_HU_ID, "max_wind"),
    ),
    Q(
        "where was it when it peaked",
        _hu_where,
        (*_HU_ID, "max_wind", "latitude", "longitude"),
    ),
    Q(
        "whats the lowest pressure ever recorded here",
        has(lambda d: float(d.loc[d["min_pressure"] > 0, "min_pressure"].min()), rel=0.0001),
        (*_HU_ID, "min_pressure"),
    ),
    Q(
        "which year was the most active",
        _lead(either(_year(_hu_year(False)), _year(_hu_year(True)))),
        (*_HU_ID, "status"),
    ),
    Q(
        "how many hurricanes made landfall",
        either(_count(_hu_landfalls(False)), _count(_hu_landfalls(True))),
        (*_HU_ID, "record_identifier", "status"),
    ),
]

HELDOUT97: list[Dataset] = [
    Dataset("wise_statement", _wise_frame, _WISE_QS),
    Dataset("cronometer_daily", _cronometer_frame, _CRONOMETER_QS),
    Dataset("linear_issues", _linear_frame, _LINEAR_QS),
    Dataset("gumroad_sales", _gumroad_frame, _GUMROAD_QS),
    Dataset("sf_building_permits", _permits_frame, _PERMITS_QS),
    Dataset("fifa_world_ranking", _fifa_frame, _FIFA_QS),
    Dataset("hurdat2_atlantic", _hurdat_frame, _HURDAT_QS),
]
