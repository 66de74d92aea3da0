"""HELDOUT100: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an American Express
"activity.csv" download for 2023 (newest first) with Date as "03/14/2023", upper-case Description padded with the
merchant's site or city ("UBER   *EATS        help.uber.com       CA"), Card Member "JANE SMITH" or the additional
card's "DAVID SMITH", Account # "-41005" / "-42013", Amount positive for charges and negative for payments and
refunds, Extended Details mostly blank, Appears On Your Statement As, Address, City/State written on two lines
("SEATTLE\\nWA"), Zip Code, Country, Reference as "'320230730123456789'" and Category as Amex writes it
("Restaurant-Restaurant", "Merchandise & Supplies-Groceries", "Transportation-Fuel", "Travel-Airline",
"Fees & Adjustments-Fees & Adjustments") with blanks on the monthly "AUTOPAY PAYMENT - THANK YOU" rows; a Daylio
mood-journal export (January 2022 to June 2023, newest first, some days without an entry and some with two) with
full_date "2023-03-14", date "March 14", weekday "Tuesday", time "9:41 pm", lower-case mood rad / good / meh / bad /
awful, activities joined with " | " ("friends | exercise | good sleep") or blank, note_title and note mostly blank;
a Pipedrive deals export (2022-2023, about 1,200 deals) with every column prefixed "Deal - " (ID, Title, Value,
Currency USD or a few EUR, Organization, Contact person, Owner, Pipeline, Stage, Status Open / Won / Lost, Deal
created and Won time / Lost time as "2023-03-14 10:22:05", Expected close date "2023-04-30", Lost reason with
blanks, Probability mostly blank, Label HOT / WARM / COLD or blank); a Toast POS "ItemSelectionDetails" export of one
restaurant for March and April 2023 (one row per item selection, orders spanning several rows) with Location,
Order Id, Order #, Sent Date and Order Date as "3/14/23 7:41 PM", Check Id, Server "Last, First", Table, Dining
Area, Service Lunch / Dinner, Dining Option Dine In / Take Out, Item Selection Id, Item Id, Master Id, SKU and PLU
blank, Menu Item, Menu Subgroup(s) blank, Menu Group, Menu, Sales Category Food / Liquor / Beer / Wine /
NA Beverage, Gross Price, Discount, Net Price, Qty, Tax, Void? and Deferred and Tax Exempt as True / False, Tax
Inclusion Option, Dining Option Tax and Tab Name; the US Treasury daily par yield curve rates for 2021-2023 (newest
first) with Date "12/29/2023" and the maturities "1 Mo" to "30 Yr" in percent to two decimals, "4 Mo" blank before
it was first published in October 2022; an FEC Schedule A individual contributions download for one House
campaign committee (2023-2024) with committee_id, committee_name, report_year, report_type, image_number,
line_number, transaction_id, entity_type IND, contributor_name "SMITH, JOHN A.", first / middle / last name,
contributor_street_1, contributor_city, two-letter contributor_state, nine-digit contributor_zip,
contributor_employer and contributor_occupation in upper case ("RETIRED", "NOT EMPLOYED", "INFORMATION REQUESTED"),
receipt_type 15 / 15E / 22Y (refunds negative), memo_code X on a few memo rows with their memo_text,
contribution_receipt_date as "2023-06-30 00:00:00", contribution_receipt_amount and contributor_aggregate_ytd; and
the DVSA anonymised MOT test results for 2022 (about 4,000 tests) with test_id, vehicle_id repeated for retests,
test_date "2022-03-14", test_class_id 4 / 7 / 2, test_type NT / RT, test_result P / F / PRS / ABR, test_mileage with
blanks, postcode_area "LS", upper-case make, model and colour, fuel_type PE / DI / HY / EL / OT, cylinder_capacity
(blank for electric cars) and first_use_date "2012-06-01". All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _shares, _split, _text
from .heldout38 import _draw, _month
from .heldout41 import _gaps
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _either_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    """The pick under any of several readings, as the lead of the answer."""
    return _lead(either(*(_named(v) for v in values)))


def _money(*values: Callable[[pd.DataFrame], float]) -> Check:
    """An amount under any of several readings, in full or in thousands / millions."""
    return either(*(_scaled(v, (1e3, 1e6)) for v in values))


def _signless(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount written with or without its minus sign."""
    return either(_scaled(value, (1e3,)), _scaled(lambda d: -value(d), (1e3,)))


# --- 1. American Express activity.csv ------------------------------------------------------------------------------

# category: purchases a day, lognormal median and spread, statement names as "description|city"
_AX_CATEGORIES: dict[str, tuple[float, float, float, str]] = {
    "Restaurant-Restaurant": (
        0.9,
        24,
        0.6,
        "UBER   *EATS        help.uber.com       CA|SAN FRANCISCO;STARBUCKS STORE 08812 SEATTLE        WA|SEATTLE;"
        "CHIPOTLE 1234       SEATTLE             WA|SEATTLE;TST* DICK'S DRIVE-IN SEATTLE        WA|SEATTLE;"
        "DOORDASH*THAI TOM   SAN FRANCISCO       CA|SAN FRANCISCO",
    ),
    "Merchandise & Supplies-Groceries": (
        0.45,
        58,
        0.5,
        "SAFEWAY #1234       SEATTLE             WA|SEATTLE;WHOLEFDS SEA 10234  SEATTLE             WA|SEATTLE;"
        "PCC COMMUNITY MKTS  SEATTLE             WA|SEATTLE",
    ),
    "Merchandise & Supplies-Internet Purchase": (
        0.35,
        36,
        0.8,
        "AMAZON.COM          AMZN.COM/BILL       WA|SEATTLE;AMAZON MARKETPLACE  AMZN.COM/BILL       WA|SEATTLE;"
        "ETSY.COM            BROOKLYN            NY|BROOKLYN",
    ),
    "Transportation-Fuel": (
        0.14,
        52,
        0.25,
        "SHELL OIL 57444     SEATTLE             WA|SEATTLE;CHEVRON 0203       BELLEVUE            WA|BELLEVUE",
    ),
    "Transportation-Taxis & Coach": (0.12, 21, 0.5, "LYFT   *RIDE        SAN FRANCISCO       CA|SAN FRANCISCO"),
    "Travel-Airline": (0.02, 420, 0.5, "ALASKA AIRLINES     SEATTLE             WA|SEATTLE"),
    "Business Services-Internet Services": (
        0.07,
        40,
        0.4,
        "COMCAST CABLE COMM  800-266-2278        WA|SEATTLE;NETFLIX.COM         LOS GATOS           CA|LOS GATOS",
    ),
}
_AX_MEMBERS = {"JANE SMITH": "-41005", "DAVID SMITH": "-42013"}
_AX_ZIP = {"SEATTLE": "98101", "BELLEVUE": "98004", "SAN FRANCISCO": "94103", "BROOKLYN": "11201", "LOS GATOS": "95032"}
_AX_STATE = {"SEATTLE": "WA", "BELLEVUE": "WA", "SAN FRANCISCO": "CA", "BROOKLYN": "NY", "LOS GATOS": "CA"}


def _amex_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10001)
    rows: list[dict[str, Any]] = []

    def add(day: pd.Timestamp, desc: str, city: str, member: str, amount: float, category: str | None) -> None:
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Description": desc,
                "Card Member": member,
                "Account #": _AX_MEMBERS[member],
                "Amount": amount,
                "Extended Details": (
                    f"{int(rng.integers(10**9, 10**10))} {desc[:20].strip()}" if rng.random() < 0.2 else None
                ),
                "Appears On Your Statement As": desc,
                "Address": None if category is None else f"{int(rng.integers(100, 9999))} MAIN ST",
                "City/State": None if category is None else f"{city}\n{_AX_STATE[city]}",
                "Zip Code": None if category is None else _AX_ZIP[city],
                "Country": None if category is None else "UNITED STATES",
                "Reference": f"'3202{day.day_of_year:03d}{int(rng.integers(10**10, 10**11))}'",
                "Category": category,
            }
        )

    for day in pd.date_range("2023-01-01", "2023-12-31"):
        season = 1.3 if day.month in (11, 12) else (1.15 if day.month == 7 else 1.0)
        for category, (rate, median, spread, merchants) in _AX_CATEGORIES.items():
            for _ in range(int(rng.poisson(rate * season))):
                desc, city = str(_one(rng, _split(merchants))).split("|")
                member = "DAVID SMITH" if rng.random() < 0.3 else "JANE SMITH"
                amount = round(float(median * np.exp(rng.normal(0, spread))), 2)
                add(day, desc, city, member, amount, category)
                if "Internet" in category and rng.random() < 0.06:
                    back = day + pd.Timedelta(days=int(rng.integers(4, 25)))
                    if back.year == 2023:
                        add(back, desc, city, member, -amount, category)
        if day.month == 3 and day.day == 2:
            add(day, "PLATINUM CARD FEE", "SEATTLE", "JANE SMITH", 695.0, "Fees & Adjustments-Fees & Adjustments")
    frame = pd.DataFrame(rows)
    dates = pd.to_datetime(frame["Date"], format="%m/%d/%Y")
    for month in range(1, 13):
        due = pd.Timestamp(2023, month, 24)
        spent = float(frame.loc[(dates < due) & (dates >= due - pd.DateOffset(months=1)), "Amount"].sum())
        add(due, "AUTOPAY PAYMENT - THANK YOU", "SEATTLE", "JANE SMITH", -round(spent * 0.97, 2), None)
    out = pd.DataFrame(rows)
    order = np.lexsort((np.arange(len(out)), pd.to_datetime(out["Date"], format="%m/%d/%Y").to_numpy()))[::-1]
    return out.iloc[order].reset_index(drop=True)


def _ax_amount(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Amount"], errors="coerce").fillna(0.0)


def _ax_payment(d: pd.DataFrame) -> pd.Series:
    return _text(d["Description"]).str.contains("PAYMENT", case=False)


def _ax_charges(d: pd.DataFrame) -> pd.Series:
    return _ax_amount(d).clip(lower=0)


def _ax_net(d: pd.DataFrame) -> pd.Series:
    """Charges less refunds (payments left out)."""
    return _ax_amount(d).where(~_ax_payment(d), 0.0)


def _ax_spent(net: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_ax_net(d) if net else _ax_charges(d)).sum())


def _ax_top_category(full: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        category = _text(d["Category"])
        key = category if full else category.str.split("-").str[0]
        return _top(_ax_charges(d)[category != ""].groupby(key[category != ""]).sum())

    return pick


def _ax_restaurant(d: pd.DataFrame) -> pd.Series:
    amount = _ax_amount(d)
    return amount[(_text(d["Category"]).str.startswith("Restaurant")) & (amount > 0)]


def _ax_members(net: bool) -> Callable[[pd.DataFrame], list[float]]:
    def sums(d: pd.DataFrame) -> list[float]:
        amount = _ax_net(d) if net else _ax_charges(d)
        by = amount.groupby(_text(d["Card Member"])).sum()
        return [float(by["JANE SMITH"]), float(by["DAVID SMITH"])]

    return sums


def _ax_top_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Date"], format="%m/%d/%Y").dt.to_period("M")
    return _ax_charges(d).groupby(month).sum().idxmax().to_timestamp()


_AX_WHEN = ("Date",)

_AMEX_QS = [
    Q(
        "how much did we spend on the amex this year",
        _money(_ax_spent(False), _ax_spent(True)),
        ("Amount", "Description", "Category", *_AX_WHEN),
    ),
    Q(
        "what do we spend the most on",
        _either_named(_ax_top_category(True), _ax_top_category(False)),
        ("Category", "Amount", "Description"),
    ),
    Q(
        "whats the average restaurant bill",
        either(_about(lambda d: float(_ax_restaurant(d).mean())), _about(lambda d: float(_ax_restaurant(d).median()))),
        ("Category", "Amount", "Description"),
    ),
    Q(
        "how many of those were over $50",
        either(
            _count(lambda d: float((_ax_restaurant(d) > 50).sum())),
            _count(lambda d: float((_ax_restaurant(d) >= 50).sum())),
        ),
        ("Category", "Amount", "Description"),
    ),
    Q(
        "how much did jane spend vs david",
        either(_money(lambda d: _ax_members(False)(d)), _money(lambda d: _ax_members(True)(d))),
        ("Card Member", "Amount", "Account #", "Description", "Category"),
    ),
    Q("which month did we spend the most", _month(_ax_top_month), ("Amount", "Description", *_AX_WHEN)),
]


# --- 2. Daylio mood export -----------------------------------------------------------------------------------------

_DY_MOODS = ["awful", "bad", "meh", "good", "rad"]
_DY_SCORE = {m: i + 1 for i, m in enumerate(_DY_MOODS)}
# activity: chance a day, its pull on the mood
_DY_ACTIVITIES: dict[str, tuple[float, float]] = {
    "work": (0.6, -0.25),
    "family": (0.35, 0.3),
    "friends": (0.25, 0.55),
    "exercise": (0.3, 0.6),
    "good sleep": (0.35, 0.45),
    "bad sleep": (0.15, -0.7),
    "reading": (0.2, 0.15),
    "gaming": (0.18, 0.05),
    "movies": (0.15, 0.1),
    "shopping": (0.08, 0.1),
    "cleaning": (0.2, -0.05),
    "date": (0.07, 0.7),
}
_DY_NOTES = "Long day at work;Ran 5k!;Dinner with the parents;Felt anxious all day;Lazy sunday;Dentist"


def _daylio_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10002)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2022-01-01", "2023-06-30"):
        if rng.random() < 0.17:
            continue
        for k in range(2 if rng.random() < 0.15 else 1):
            acts = [
                a
                for a, (p, _) in _DY_ACTIVITIES.items()
                if rng.random() < p * (0.4 if day.day_of_week >= 5 and a == "work" else 1)
            ]
            level = 3.3 + sum(_DY_ACTIVITIES[a][1] for a in acts) + rng.normal(0, 0.9)
            level += 0.35 if day.day_of_week in (4, 5) else (-0.25 if day.day_of_week == 0 else 0)
            level -= 1.5 if (day.year, day.month) == (2022, 11) else 0
            mood = _DY_MOODS[int(np.clip(round(level), 1, 5)) - 1]
            hour = int(rng.integers(19, 23)) if k == 0 else int(rng.integers(9, 14))
            minute = int(rng.integers(0, 60))
            stamp = f"{hour % 12 or 12}:{minute:02d} {'pm' if hour >= 12 else 'am'}"
            noted = rng.random() < 0.12
            rows.append(
                {
                    "full_date": f"{day:%Y-%m-%d}",
                    "date": f"{day:%B} {day.day}",
                    "weekday": f"{day:%A}",
                    "time": stamp,
                    "mood": mood,
                    "activities": " | ".join(acts) or None,
                    "note_title": "" if not noted or rng.random() < 0.6 else "Today",
                    "note": str(_one(rng, _split(_DY_NOTES))) if noted else "",
                }
            )
    out = pd.DataFrame(rows)
    return out.iloc[::-1].reset_index(drop=True)


def _dy_score(d: pd.DataFrame) -> pd.Series:
    return _text(d["mood"]).str.lower().map(_DY_SCORE)


def _dy_good(both: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        mood = _text(d["mood"]).str.lower()
        return float(mood.isin(["good", "rad"] if both else ["good"]).mean())

    return rate


def _dy_has(d: pd.DataFrame, activity: str) -> pd.Series:
    return _text(d["activities"]).str.split(r"\s*\|\s*").apply(lambda xs: activity in xs)


def _dy_activity_counts(d: pd.DataFrame) -> pd.Series:
    acts = _text(d["activities"]).str.split(r"\s*\|\s*").explode().str.strip()
    return acts[acts != ""].value_counts()


def _dy_exercise(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        ex = _dy_has(d, "exercise")
        if how == "score":
            score = _dy_score(d)
            return [float(score[ex].mean()), float(score[~ex].mean())]
        good = _text(d["mood"]).str.lower().isin(["good", "rad"]).astype(float)
        return [float(good[ex].mean()), float(good[~ex].mean())]

    return values


def _dy_worst_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        month = pd.to_datetime(d["full_date"], format="%Y-%m-%d").dt.to_period("M")
        mood = _text(d["mood"]).str.lower()
        if how == "score":
            return _dy_score(d).groupby(month).mean().idxmin().to_timestamp()
        return (mood.isin(["bad", "awful"])).groupby(month).mean().idxmax().to_timestamp()

    return pick


def _dy_blank_days(d: pd.DataFrame) -> float:
    days = pd.to_datetime(d["full_date"], format="%Y-%m-%d")
    return float((days.max() - days.min()).days + 1 - days.nunique())


_DAYLIO_QS = [
    Q("what mood do i log the most", _lead(_named(lambda d: _top(_text(d["mood"]).value_counts()))), ("mood",)),
    Q(
        "how often am i in a good mood",
        either(_share(_dy_good(True)), _share(_dy_good(False))),
        ("mood", "full_date"),
    ),
    Q("whats my most common activity", _lead(_named(lambda d: _top(_dy_activity_counts(d)))), ("activities",)),
    Q(
        "do i feel better on days i exercise",
        either(_about(_dy_exercise("score")), _shares(_dy_exercise("good"))),
        ("mood", "activities", "full_date"),
    ),
    Q(
        "which month was my worst",
        either(month_year(_dy_worst_month("score")), month_year(_dy_worst_month("bad"))),
        ("mood", "full_date", "date"),
    ),
    Q("how many days did i skip logging", _count(_dy_blank_days), ("full_date", "date")),
]


# --- 3. Pipedrive deals export -------------------------------------------------------------------------------------

# owner: deals weight, win chance among closed deals
_PD_OWNERS: dict[str, tuple[float, float]] = {
    "Sarah Chen": (24, 0.46),
    "Marcus Reed": (20, 0.33),
    "Olivia Brandt": (16, 0.40),
    "Jamal Wright": (18, 0.27),
    "Elena Petrova": (12, 0.38),
    "Tom Hughes": (10, 0.22),
}
_PD_STAGES = "Qualified:30;Contact Made:25;Demo Scheduled:20;Proposal Made:15;Negotiations Started:10"
_PD_REASONS = "Price too high:30;Went with competitor:25;No budget:18;No response:15;Bad timing:12"
_PD_ORG_A = "Acme;Northwind;Globex;Initech;Umbrella;Stark;Wayne;Vandelay;Hooli;Pied Piper;Soylent;Tyrell;Cyberdyne"
_PD_ORG_B = " Inc; LLC; GmbH; Corp; Ltd; Group; Systems; Labs"
_PD_FIRST = "Anna;Ben;Carla;Dev;Erik;Fatima;George;Hana;Ivan;Julia;Kofi;Lena;Mateo;Nina;Oscar;Priya"
_PD_LAST = "Miller;Garcia;Schmidt;Nguyen;Kowalski;Rossi;Dubois;Smith;Tanaka;Okafor;Larsen;Silva"


def _pipedrive_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10003)
    rows: list[dict[str, Any]] = []
    owners = list(_PD_OWNERS)
    weights = [v[0] for v in _PD_OWNERS.values()]
    start = pd.Timestamp("2022-01-03")
    end = pd.Timestamp("2023-12-31")
    for i in range(1200):
        created = start + pd.Timedelta(seconds=int(rng.integers(0, int((end - start).total_seconds()))))
        owner = str(_one(rng, owners, weights))
        org = f"{_one(rng, _split(_PD_ORG_A))}{_one(rng, _split(_PD_ORG_B))}"
        eur = rng.random() < 0.1
        value = int(round(float(9000 * np.exp(rng.normal(0, 0.8))), -2))
        close_days = float(rng.gamma(3.0, 18.0))
        closed_at = created + pd.Timedelta(days=close_days, seconds=int(rng.integers(0, 80000)))
        status = "Open"
        if closed_at < end:
            status = "Won" if rng.random() < _PD_OWNERS[owner][1] else "Lost"
        stage = _draw(rng, _PD_STAGES)
        if status == "Won":
            stage = "Negotiations Started"
        rows.append(
            {
                "Deal - ID": 1040 + i,
                "Deal - Title": f"{org} deal",
                "Deal - Value": value,
                "Deal - Currency": "EUR" if eur else "USD",
                "Deal - Organization": org,
                "Deal - Contact person": f"{_one(rng, _split(_PD_FIRST))} {_one(rng, _split(_PD_LAST))}",
                "Deal - Owner": owner,
                "Deal - Pipeline": "Sales Pipeline" if rng.random() < 0.85 else "Partnerships",
                "Deal - Stage": stage,
                "Deal - Status": status,
                "Deal - Deal created": f"{created:%Y-%m-%d %H:%M:%S}",
                "Deal - Expected close date": f"{created + pd.Timedelta(days=int(rng.integers(20, 90))):%Y-%m-%d}",
                "Deal - Won time": f"{closed_at:%Y-%m-%d %H:%M:%S}" if status == "Won" else None,
                "Deal - Lost time": f"{closed_at:%Y-%m-%d %H:%M:%S}" if status == "Lost" else None,
                "Deal - Lost reason": (_draw(rng, _PD_REASONS) if status == "Lost" and rng.random() < 0.8 else None),
                "Deal - Probability": int(_one(rng, [10, 25, 50, 75])) if rng.random() < 0.2 else None,
                "Deal - Label": _draw(rng, "HOT:2;WARM:3;COLD:2") if rng.random() < 0.4 else None,
            }
        )
    return pd.DataFrame(rows)


def _pd_status(d: pd.DataFrame) -> pd.Series:
    return _text(d["Deal - Status"])


def _pd_value(d: pd.DataFrame, usd_only: bool) -> pd.Series:
    value = pd.to_numeric(d["Deal - Value"], errors="coerce").fillna(0.0)
    return value.where(_text(d["Deal - Currency"]) == "USD", 0.0) if usd_only else value


def _pd_win_rate(closed_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        s = _pd_status(d)
        return float((s == "Won").sum() / (s.isin(["Won", "Lost"]).sum() if closed_only else len(s)))

    return rate


def _pd_sum(status: str, usd_only: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_pd_value(d, usd_only)[_pd_status(d) == status].sum())


def _pd_days(how: str, whole: bool) -> Callable[[pd.DataFrame], float]:
    def days(d: pd.DataFrame) -> float:
        won = _pd_status(d) == "Won"
        a = pd.to_datetime(d.loc[won, "Deal - Deal created"])
        b = pd.to_datetime(d.loc[won, "Deal - Won time"])
        gap = (b.dt.normalize() - a.dt.normalize()).dt.days if whole else (b - a).dt.total_seconds() / 86400
        return float(gap.agg(how))

    return days


_PIPEDRIVE_QS = [
    Q(
        "whats our win rate",
        either(_share(_pd_win_rate(True)), _share(_pd_win_rate(False))),
        ("Deal - Status", "Deal - ID"),
    ),
    Q(
        "how much have we won in total",
        _money(_pd_sum("Won", False), _pd_sum("Won", True)),
        ("Deal - Value", "Deal - Status", "Deal - Currency"),
    ),
    Q(
        "who closed the most deals",
        _lead(_named(lambda d: _top(_text(d.loc[_pd_status(d) == "Won", "Deal - Owner"]).value_counts()))),
        ("Deal - Owner", "Deal - Status", "Deal - ID"),
    ),
    Q(
        "why do we lose deals mostly",
        _lead(_named(lambda d: _top(_text(d["Deal - Lost reason"]).replace("", np.nan).dropna().value_counts()))),
        ("Deal - Lost reason", "Deal - Status"),
    ),
    Q(
        "how long does it take to win a deal on average",
        either(*(_about(_pd_days(h, w), rel=0.02) for h in ("mean", "median") for w in (False, True))),
        ("Deal - Deal created", "Deal - Won time", "Deal - Status"),
    ),
    Q(
        "and how much is still open in the pipeline",
        _money(_pd_sum("Open", False), _pd_sum("Open", True)),
        ("Deal - Value", "Deal - Status", "Deal - Currency", "Deal - Pipeline"),
    ),
]


# --- 4. Toast ItemSelectionDetails ---------------------------------------------------------------------------------

# menu item: menu group, sales category, price, popularity
_TS_MENU: dict[str, tuple[str, str, float, float]] = {
    "Smash Burger": ("Mains", "Food", 16.0, 14),
    "Fried Chicken Sandwich": ("Mains", "Food", 15.0, 12),
    "Steak Frites": ("Mains", "Food", 29.0, 6),
    "Mushroom Risotto": ("Mains", "Food", 22.0, 5),
    "Fish Tacos": ("Mains", "Food", 17.0, 7),
    "Caesar Salad": ("Starters", "Food", 12.0, 8),
    "Truffle Fries": ("Starters", "Food", 9.0, 16),
    "Wings": ("Starters", "Food", 13.0, 9),
    "Brownie Sundae": ("Dessert", "Food", 10.0, 4),
    "House Margarita": ("Cocktails", "Liquor", 13.0, 10),
    "Old Fashioned": ("Cocktails", "Liquor", 14.0, 6),
    "IPA Draft": ("Draft Beer", "Beer", 8.0, 11),
    "Pilsner Draft": ("Draft Beer", "Beer", 7.0, 7),
    "House Red Glass": ("Wine by the Glass", "Wine", 11.0, 5),
    "Sauvignon Blanc Glass": ("Wine by the Glass", "Wine", 12.0, 4),
    "Coke": ("Soft Drinks", "NA Beverage", 3.5, 9),
    "Iced Tea": ("Soft Drinks", "NA Beverage", 3.5, 5),
}
_TS_SERVERS = {"Nguyen, Kim": 1.0, "Alvarez, Diego": 1.3, "Brooks, Tasha": 0.9, "O'Neil, Ryan": 0.7, "Park, Min": 1.1}
_TS_DAY_LOAD = [0.6, 0.7, 0.8, 1.0, 1.6, 1.8, 1.1]


def _toast_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10004)
    rows: list[dict[str, Any]] = []
    items = list(_TS_MENU)
    pops = [v[3] for v in _TS_MENU.values()]
    servers = list(_TS_SERVERS)
    for day in pd.date_range("2023-03-01", "2023-04-30"):
        n_orders = int(rng.poisson(15 * _TS_DAY_LOAD[day.day_of_week]))
        for order_no in range(1, n_orders + 1):
            dinner = rng.random() < 0.65
            opened = day + pd.Timedelta(hours=float(rng.uniform(17, 22) if dinner else rng.uniform(11.5, 14.5)))
            take_out = rng.random() < 0.15
            server = str(_one(rng, servers, list(_TS_SERVERS.values())))
            order_id = int(rng.integers(10**17, 10**18))
            check_id = order_id + 1
            discounted = rng.random() < 0.08
            for _ in range(int(rng.integers(1, 6))):
                item = str(_one(rng, items, pops))
                group, category, price, _pop = _TS_MENU[item]
                if take_out and category in ("Liquor", "Beer", "Wine"):
                    item, (group, category, price, _pop) = "Coke", _TS_MENU["Coke"]
                qty = 1 if rng.random() < 0.88 else 2
                gross = round(price * qty, 2)
                discount = round(gross * 0.2, 2) if discounted else 0.0
                net = round(gross - discount, 2)
                sent = opened + pd.Timedelta(minutes=float(rng.uniform(0, 40)))
                rows.append(
                    {
                        "Location": "Harbor Kitchen & Bar",
                        "Order Id": order_id,
                        "Order #": order_no,
                        "Sent Date": f"{sent.month}/{sent.day}/{sent:%y} {sent:%-I:%M %p}",
                        "Order Date": f"{opened.month}/{opened.day}/{opened:%y} {opened:%-I:%M %p}",
                        "Check Id": check_id,
                        "Server": server,
                        "Table": None if take_out else int(rng.integers(1, 31)),
                        "Dining Area": None if take_out else _draw(rng, "Main Dining:5;Bar:3;Patio:2"),
                        "Service": "Dinner" if dinner else "Lunch",
                        "Dining Option": "Take Out" if take_out else "Dine In",
                        "Item Selection Id": int(rng.integers(10**17, 10**18)),
                        "Item Id": 400000000000 + items.index(item),
                        "Master Id": 400000000000 + items.index(item),
                        "SKU": None,
                        "PLU": None,
                        "Menu Item": item,
                        "Menu Subgroup(s)": None,
                        "Menu Group": group,
                        "Menu": "Drinks" if category != "Food" else ("Dinner" if dinner else "Lunch"),
                        "Sales Category": category,
                        "Gross Price": gross,
                        "Discount": discount,
                        "Net Price": net,
                        "Qty": qty,
                        "Tax": round(net * 0.101, 2),
                        "Void?": bool(rng.random() < 0.015),
                        "Deferred": False,
                        "Tax Exempt": False,
                        "Tax Inclusion Option": "NOT_INCLUDED",
                        "Dining Option Tax": "NONE",
                        "Tab Name": None if rng.random() < 0.9 else str(_one(rng, _split("Mike;Table 12 bday;Jess"))),
                    }
                )
    return pd.DataFrame(rows)


def _ts_void(d: pd.DataFrame) -> pd.Series:
    return _text(d["Void?"]).str.lower() == "true"


def _ts_keep(d: pd.DataFrame, drop_void: bool) -> pd.DataFrame:
    return d[~_ts_void(d)] if drop_void else d


def _ts_net(drop_void: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(_ts_keep(d, drop_void)["Net Price"]).sum())


def _ts_best(drop_void: bool, by_qty: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        k = _ts_keep(d, drop_void)
        if by_qty:
            return _top(pd.to_numeric(k["Qty"]).groupby(_text(k["Menu Item"])).sum())
        return _top(_text(k["Menu Item"]).value_counts())

    return pick


def _ts_server(drop_void: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        k = _ts_keep(d, drop_void)
        return _top(pd.to_numeric(k["Net Price"]).groupby(_text(k["Server"])).sum())

    return pick


def _ts_food_share(drop_void: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        k = _ts_keep(d, drop_void)
        net = pd.to_numeric(k["Net Price"])
        return float(net[_text(k["Sales Category"]) == "Food"].sum() / net.sum())

    return rate


def _ts_weekday(by_orders: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        day = pd.to_datetime(d["Order Date"], format="%m/%d/%y %I:%M %p").dt.day_name()
        if by_orders:
            return _top(d.groupby(day)["Order Id"].nunique())
        return _top(pd.to_numeric(d["Net Price"]).groupby(day).sum())

    return pick


_TS_SERVER_ALIASES = {n: (n.split(", ")[1] + " " + n.split(", ")[0],) for n in _TS_SERVERS}

_TOAST_QS = [
    Q(
        "whats our best selling item",
        _either_named(*(_ts_best(v, q) for v in (True, False) for q in (True, False))),
        ("Menu Item", "Qty", "Void?"),
    ),
    Q(
        "total sales for the two months?",
        _money(_ts_net(True), _ts_net(False)),
        ("Net Price", "Void?", "Order Date"),
    ),
    Q(
        "which server sold the most",
        _lead(either(*(_named(_ts_server(v), _TS_SERVER_ALIASES) for v in (True, False)))),
        ("Server", "Net Price", "Void?"),
    ),
    Q(
        "what share of sales is food",
        either(_share(_ts_food_share(True)), _share(_ts_food_share(False))),
        ("Sales Category", "Net Price", "Void?"),
    ),
    Q(
        "busiest day of the week?",
        _either_named(_ts_weekday(True), _ts_weekday(False)),
        ("Order Date", "Order Id", "Net Price", "Sent Date"),
    ),
    Q(
        "how many items got voided",
        either(
            _count(lambda d: float(_ts_void(d).sum())),
            _count(lambda d: float(pd.to_numeric(d["Qty"])[_ts_void(d)].sum())),
        ),
        ("Void?", "Qty", "Menu Item"),
    ),
]


# --- 5. US Treasury daily par yield curve rates ---------------------------------------------------------------------

_TR_COLUMNS = [
    "1 Mo",
    "2 Mo",
    "3 Mo",
    "4 Mo",
    "6 Mo",
    "1 Yr",
    "2 Yr",
    "3 Yr",
    "5 Yr",
    "7 Yr",
    "10 Yr",
    "20 Yr",
    "30 Yr",
]
_TR_YEARS = [1 / 12, 2 / 12, 3 / 12, 4 / 12, 0.5, 1, 2, 3, 5, 7, 10, 20, 30]
# (date, policy rate, 10-year level) knots the paths follow
_TR_KNOTS = [
    ("2021-01-01", 0.08, 0.95),
    ("2021-03-31", 0.03, 1.72),
    ("2021-08-01", 0.05, 1.25),
    ("2021-12-31", 0.06, 1.52),
    ("2022-03-15", 0.35, 2.15),
    ("2022-06-15", 1.55, 3.3),
    ("2022-09-30", 3.2, 3.85),
    ("2022-10-24", 3.9, 4.22),
    ("2022-12-31", 4.4, 3.85),
    ("2023-04-05", 4.85, 3.3),
    ("2023-07-31", 5.45, 3.95),
    ("2023-10-19", 5.55, 4.98),
    ("2023-12-29", 5.4, 3.88),
]


def _treasury_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10005)
    days = pd.bdate_range("2021-01-04", "2023-12-29")
    days = days[rng.random(len(days)) > 0.04]
    knots = pd.to_datetime([k[0] for k in _TR_KNOTS]).astype("int64")
    t = days.astype("int64")
    policy = np.interp(t, knots, [k[1] for k in _TR_KNOTS])
    ten = np.interp(t, knots, [k[2] for k in _TR_KNOTS]) + np.cumsum(rng.normal(0, 0.025, len(days))) * 0.4
    ten += rng.normal(0, 0.03, len(days))
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(days):
        short = max(0.0, policy[i] + rng.normal(0, 0.02))
        row: dict[str, Any] = {"Date": f"{day:%m/%d/%Y}"}
        for col, years in zip(_TR_COLUMNS, _TR_YEARS, strict=True):
            w = 1 - np.exp(-years / 2.2)
            level = short * (1 - w) + ten[i] * w * (1.0 if years <= 10 else 1.0 + 0.02 * np.log(years / 10) * 3)
            level += 0.12 * np.log1p(years) * (0.4 if policy[i] < 1 else 0.0) + rng.normal(0, 0.01)
            row[col] = round(max(0.0, float(level)), 2)
        if day < pd.Timestamp("2022-10-19"):
            row["4 Mo"] = None
        rows.append(row)
    return pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)


def _tr_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%m/%d/%Y")


def _tr_year_mean(col: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(d[col])[_tr_dates(d).dt.year == year].mean())


def _tr_peak_10() -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        ten = pd.to_numeric(df["10 Yr"])
        why = _about(lambda _d: float(ten.max()))(answer, df)
        if why:
            return why
        days = _tr_dates(df)[ten == ten.max()]
        if any(_day(lambda _d, x=x: x)(answer, df) is None for x in days):
            return None
        return f"missing day {days.iloc[0]:%Y-%m-%d}"

    return check


def _tr_inverted(short: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((pd.to_numeric(d[short]) > pd.to_numeric(d["10 Yr"])).sum())


_TREASURY_QS = [
    Q("when was the 10 year at its highest and what was it", _tr_peak_10(), ("Date", "10 Yr")),
    Q(
        "how many days was the curve inverted",
        either(_count(_tr_inverted("2 Yr")), _count(_tr_inverted("3 Mo"))),
        ("Date", "2 Yr", "10 Yr", "3 Mo"),
    ),
    Q("average 30 year rate in 2022", _about(_tr_year_mean("30 Yr", 2022)), ("Date", "30 Yr")),
    Q("and in 2023?", _about(_tr_year_mean("30 Yr", 2023)), ("Date", "30 Yr")),
    Q(
        "how closely do the 2 year and 10 year move together",
        _corr(lambda d: pd.to_numeric(d["2 Yr"]), lambda d: pd.to_numeric(d["10 Yr"])),
        ("Date", "2 Yr", "10 Yr"),
    ),
    Q(
        "is any data missing",
        lambda answer, df: _named(lambda _d: "4 Mo")(answer, df) or _count(lambda d: float(_gaps(d).sum()))(answer, df),
        ("4 Mo", "Date"),
    ),
]


# --- 6. FEC individual contributions (Schedule A) ------------------------------------------------------------------

_FE_STATES = "CA:30;NY:14;TX:9;WA:8;IL:6;MA:6;FL:7;CO:5;OR:4;PA:5;NJ:3;VA:3"
_FE_CITIES = {
    "CA": "SAN JOSE;OAKLAND;LOS ANGELES;SAN FRANCISCO;PALO ALTO",
    "NY": "NEW YORK;BROOKLYN",
    "TX": "AUSTIN;HOUSTON",
    "WA": "SEATTLE;TACOMA",
    "IL": "CHICAGO",
    "MA": "BOSTON;CAMBRIDGE",
    "FL": "MIAMI;ORLANDO",
    "CO": "DENVER;BOULDER",
    "OR": "PORTLAND",
    "PA": "PHILADELPHIA;PITTSBURGH",
    "NJ": "NEWARK",
    "VA": "ARLINGTON",
}
_FE_ZIP = {"CA": 95, "NY": 10, "TX": 78, "WA": 98, "IL": 60, "MA": 2, "FL": 33, "CO": 80, "OR": 97, "PA": 19, "NJ": 7}
_FE_JOBS = (
    "RETIRED|RETIRED:22;NOT EMPLOYED|NOT EMPLOYED:12;ATTORNEY|SELF-EMPLOYED:6;SOFTWARE ENGINEER|GOOGLE:6;"
    "TEACHER|SAN JOSE UNIFIED:5;PHYSICIAN|KAISER PERMANENTE:5;CONSULTANT|SELF-EMPLOYED:5;"
    "INFORMATION REQUESTED|INFORMATION REQUESTED:6;PROFESSOR|STANFORD UNIVERSITY:4;NURSE|SUTTER HEALTH:4;"
    "PRODUCT MANAGER|APPLE INC.:4;REAL ESTATE|SELF-EMPLOYED:3;HOMEMAKER|N/A:3"
)
_FE_FIRST = "JOHN;MARY;DAVID;SUSAN;MICHAEL;LINDA;JAMES;KAREN;ROBERT;PATRICIA;WEI;PRIYA;CARLOS;ANA;THOMAS;ELIZABETH"
_FE_LAST = "SMITH;JOHNSON;LEE;GARCIA;NGUYEN;PATEL;BROWN;MILLER;DAVIS;CHEN;WONG;LOPEZ;COHEN;MARTIN;KIM;WILSON"


def _fec_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10006)
    donors = []
    for _ in range(900):
        state = _draw(rng, _FE_STATES)
        first, last = str(_one(rng, _split(_FE_FIRST))), str(_one(rng, _split(_FE_LAST)))
        middle = str(_one(rng, list("ABCDEJKLMRS"))) if rng.random() < 0.5 else ""
        job, employer = _draw(rng, _FE_JOBS).split("|")
        retired = job == "RETIRED"
        donors.append(
            {
                "first": first,
                "middle": middle,
                "last": last,
                "state": state,
                "city": str(_one(rng, _split(_FE_CITIES[state]))),
                "zip": f"{_FE_ZIP.get(state, 22):02d}{int(rng.integers(100, 999)):03d}{int(rng.integers(0, 9999)):04d}",
                "street": f"{int(rng.integers(1, 9999))} {_one(rng, _split('OAK;MAPLE;PARK;ELM;HIGH;LAKE'))} ST",
                "job": job,
                "employer": employer,
                "size": float(np.exp(rng.normal(4.6 if not retired else 5.0, 1.0))),
                "times": int(rng.integers(1, 7)),
            }
        )
    rows: list[dict[str, Any]] = []
    span = pd.date_range("2023-01-01", "2024-06-30")
    weight = np.array([3.0 if (d.month in (3, 6, 9, 12) and d.day >= 25) else 1.0 for d in span])
    weight *= np.array([1.6 if d.year == 2024 else 1.0 for d in span])
    weight /= weight.sum()
    for donor in donors:
        for _ in range(donor["times"]):
            day = span[int(rng.choice(len(span), p=weight))]
            amount = float(min(3300, max(5, round(donor["size"] * float(rng.uniform(0.5, 1.5)) / 5) * 5)))
            earmarked = rng.random() < 0.45
            rows.append({**donor, "day": day, "amount": amount, "type": "15E" if earmarked else "15"})
            if rng.random() < 0.03:
                rows.append({**donor, "day": day, "amount": round(amount / 2, 2), "type": "15", "memo": True})
            if rng.random() < 0.012:
                back = day + pd.Timedelta(days=int(rng.integers(10, 60)))
                rows.append({**donor, "day": back, "amount": -amount, "type": "22Y"})
    raw = pd.DataFrame(rows).sort_values("day", kind="stable").reset_index(drop=True)
    raw["memo"] = raw.get("memo", pd.Series(False, index=raw.index)).fillna(False).astype(bool)
    raw["name"] = raw["last"] + ", " + raw["first"] + np.where(raw["middle"] != "", " " + raw["middle"] + ".", "")
    real = raw["amount"].where(~raw["memo"], 0.0)
    ytd = real.groupby([raw["name"], raw["zip"], raw["day"].dt.year]).cumsum()
    quarter = raw["day"].dt.quarter
    report = np.where(quarter == 1, "Q1", np.where(quarter == 2, "Q2", np.where(quarter == 3, "Q3", "YE")))
    n = len(raw)
    return pd.DataFrame(
        {
            "committee_id": "C00812345",
            "committee_name": "RIVERA FOR CONGRESS",
            "report_year": raw["day"].dt.year,
            "report_type": report,
            "image_number": [f"2023{int(x):014d}" for x in rng.integers(10**9, 10**10, n)],
            "line_number": np.where(raw["type"] == "22Y", "28A", "11AI"),
            "transaction_id": [f"SA11AI.{int(x)}" for x in rng.integers(10**5, 10**6, n)],
            "entity_type": "IND",
            "entity_type_desc": "INDIVIDUAL",
            "contributor_name": raw["name"],
            "contributor_first_name": raw["first"],
            "contributor_middle_name": raw["middle"].replace("", None),
            "contributor_last_name": raw["last"],
            "contributor_street_1": raw["street"],
            "contributor_city": raw["city"],
            "contributor_state": raw["state"],
            "contributor_zip": raw["zip"],
            "contributor_employer": raw["employer"],
            "contributor_occupation": raw["job"],
            "receipt_type": raw["type"],
            "receipt_type_desc": raw["type"].map(
                {"15": "CONTRIBUTION", "15E": "EARMARKED CONTRIBUTION", "22Y": "CONTRIBUTION REFUND TO INDIVIDUAL"}
            ),
            "memo_code": np.where(raw["memo"], "X", None),
            "memo_text": np.where(
                raw["memo"],
                "REATTRIBUTION TO SPOUSE",
                np.where(raw["type"] == "15E", "EARMARKED THROUGH ACTBLUE", None),
            ),
            "contribution_receipt_date": raw["day"].dt.strftime("%Y-%m-%d 00:00:00"),
            "contribution_receipt_amount": raw["amount"],
            "contributor_aggregate_ytd": ytd.round(2),
        }
    )


def _fe_amount(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["contribution_receipt_amount"], errors="coerce").fillna(0.0)


def _fe_real(d: pd.DataFrame) -> pd.Series:
    return _text(d["memo_code"]) != "X"


def _fe_total(drop_memo: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_fe_amount(d)[_fe_real(d) | (not drop_memo)].sum())


def _fe_donors(by_zip: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        name = _text(d["contributor_name"])
        if by_zip:
            return float(len(set(zip(name, _text(d["contributor_zip"]), strict=True))))
        return float(name.nunique())

    return count


def _fe_top_state(drop_memo: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        keep = _fe_real(d) | (not drop_memo)
        return _top(_fe_amount(d)[keep].groupby(_text(d["contributor_state"])[keep]).sum())

    return pick


def _fe_typical(how: str, positive: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        a = _fe_amount(d)[_fe_real(d)]
        return float((a[a > 0] if positive else a).agg(how))

    return value


def _fe_retired(drop_memo: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        keep = (_fe_real(d) | (not drop_memo)) & (_text(d["contributor_occupation"]) == "RETIRED")
        return float(_fe_amount(d)[keep].sum())

    return total


def _fe_top_month(drop_memo: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        keep = _fe_real(d) | (not drop_memo)
        month = pd.to_datetime(d["contribution_receipt_date"]).dt.to_period("M")
        return _fe_amount(d)[keep].groupby(month[keep]).sum().idxmax().to_timestamp()

    return pick


_FE_AMOUNT = ("contribution_receipt_amount", "memo_code", "receipt_type")

_FEC_QS = [
    Q("how much did the campaign raise in total", _money(_fe_total(False), _fe_total(True)), _FE_AMOUNT),
    Q(
        "how many different people gave",
        either(_count(_fe_donors(False)), _count(_fe_donors(True))),
        ("contributor_name", "contributor_zip", "contributor_first_name", "contributor_last_name"),
    ),
    Q(
        "which state gave the most money",
        _either_named(_fe_top_state(False), _fe_top_state(True)),
        ("contributor_state", *_FE_AMOUNT),
    ),
    Q(
        "whats a typical donation",
        either(*(_about(_fe_typical(h, p)) for h in ("mean", "median") for p in (False, True))),
        _FE_AMOUNT,
    ),
    Q(
        "how much came from retired people",
        _money(_fe_retired(False), _fe_retired(True)),
        ("contributor_occupation", *_FE_AMOUNT),
    ),
    Q(
        "which month brought in the most",
        either(month_year(_fe_top_month(False)), month_year(_fe_top_month(True))),
        ("contribution_receipt_date", *_FE_AMOUNT),
    ),
]


# --- 7. DVSA anonymised MOT test results ---------------------------------------------------------------------------

# make: models, weight, fail chance
_MT_MAKES: dict[str, tuple[str, float, float]] = {
    "FORD": ("FIESTA;FOCUS;KUGA;TRANSIT", 22, 0.30),
    "VAUXHALL": ("CORSA;ASTRA;INSIGNIA;VIVARO", 16, 0.37),
    "VOLKSWAGEN": ("GOLF;POLO;PASSAT;TIGUAN", 14, 0.27),
    "BMW": ("3 SERIES;1 SERIES;X3", 9, 0.25),
    "TOYOTA": ("YARIS;AYGO;PRIUS;COROLLA", 10, 0.19),
    "NISSAN": ("QASHQAI;MICRA;JUKE;LEAF", 9, 0.29),
    "PEUGEOT": ("208;308;2008", 8, 0.33),
    "HONDA": ("CIVIC;JAZZ;CR-V", 6, 0.2),
    "TESLA": ("MODEL 3;MODEL Y", 2, 0.12),
}
_MT_COLOURS = "SILVER:18;BLACK:17;BLUE:16;GREY:15;WHITE:14;RED:12;GREEN:3;YELLOW:1;ORANGE:1;BEIGE:1;BRONZE:1"
_MT_AREAS = "B:8;M:7;LS:6;BS:5;G:5;CF:4;NG:5;E:4;SW:6;EH:3;S:5;L:4;CB:3;OX:3"


def _mot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10007)
    rows: list[dict[str, Any]] = []
    makes = list(_MT_MAKES)
    weights = [v[1] for v in _MT_MAKES.values()]
    vehicle = 1_000_000
    for _ in range(3400):
        vehicle += int(rng.integers(1, 50))
        make = str(_one(rng, makes, weights))
        models, _w, fail = _MT_MAKES[make]
        model = str(_one(rng, _split(models)))
        first = pd.Timestamp("2004-01-01") + pd.Timedelta(days=int(rng.integers(0, 365 * 15)))
        test = pd.Timestamp("2022-01-04") + pd.Timedelta(days=int(rng.integers(0, 355)))
        age = (test - first).days / 365.25
        if make == "TESLA":
            first = pd.Timestamp("2017-06-01") + pd.Timedelta(days=int(rng.integers(0, 365 * 2)))
            age = (test - first).days / 365.25
        fuel = "EL" if make == "TESLA" or model == "LEAF" else _draw(rng, "PE:55;DI:40;HY:4;OT:1")
        if model == "PRIUS":
            fuel = "HY"
        cc = None if fuel == "EL" else int(_one(rng, [998, 1199, 1398, 1499, 1598, 1968, 1995, 2143]))
        miles = int(max(3000, age * rng.normal(8500, 2500)))
        chance = fail * (0.55 + 0.08 * age)
        result = _draw(rng, f"F:{chance};PRS:{0.08};P:{max(0.05, 1 - chance - 0.08)};ABR:0.01")
        base = {
            "vehicle_id": vehicle,
            "test_class_id": 7 if model in ("TRANSIT", "VIVARO") else 4,
            "postcode_area": _draw(rng, _MT_AREAS),
            "make": make,
            "model": model,
            "colour": _draw(rng, _MT_COLOURS),
            "fuel_type": fuel,
            "cylinder_capacity": cc,
            "first_use_date": f"{first:%Y-%m-%d}",
        }
        mileage = None if rng.random() < 0.015 else miles
        rows.append({**base, "day": test, "test_type": "NT", "test_result": result, "test_mileage": mileage})
        if result == "F" and rng.random() < 0.85:
            again = test + pd.Timedelta(days=int(rng.integers(1, 12)))
            retest = "P" if rng.random() < 0.9 else "F"
            rows.append(
                {**base, "day": again, "test_type": "RT", "test_result": retest, "test_mileage": mileage and miles + 12}
            )
    raw = pd.DataFrame(rows).sort_values(["day", "vehicle_id"], kind="stable").reset_index(drop=True)
    n = len(raw)
    ids = np.sort(rng.choice(np.arange(10**8, 10**9), n, replace=False))
    out = pd.DataFrame(
        {"test_id": ids, "vehicle_id": raw["vehicle_id"], "test_date": raw["day"].dt.strftime("%Y-%m-%d")}
    )
    for col in ("test_class_id", "test_type", "test_result", "test_mileage", "postcode_area", "make", "model"):
        out[col] = raw[col]
    for col in ("colour", "fuel_type", "cylinder_capacity", "first_use_date"):
        out[col] = raw[col]
    out["test_mileage"] = out["test_mileage"].astype("Int64")
    out["cylinder_capacity"] = out["cylinder_capacity"].astype("Int64")
    return out


def _mt_result(d: pd.DataFrame) -> pd.Series:
    return _text(d["test_result"]).str.upper()


def _mt_failed(prs: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _mt_result(d).isin(["F", "PRS"] if prs else ["F"])


def _mt_fail_rate(prs: bool, first_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        keep = _text(d["test_type"]) == "NT" if first_only else pd.Series(True, index=d.index)
        return float(_mt_failed(prs)(d)[keep].mean())

    return rate


def _mt_top_make(by_rate: bool, prs: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        failed = _mt_failed(prs)(d).astype(float).groupby(_text(d["make"]))
        return _top(failed.mean() if by_rate else failed.sum())

    return pick


def _mt_old(prs: bool) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        age = (pd.to_datetime(d["test_date"]) - pd.to_datetime(d["first_use_date"])).dt.days / 365.25
        failed = _mt_failed(prs)(d)
        return [float(failed[age > 10].mean()), float(failed[age <= 10].mean())]

    return rates


def _mt_diesel(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        diesel = _text(d["fuel_type"]) == "DI"
        return float(d.loc[diesel, "vehicle_id"].nunique() if distinct else diesel.sum())

    return count


def _mt_miles(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(d["test_mileage"], errors="coerce").agg(how))


_MOT_QS = [
    Q(
        "whats the fail rate",
        either(*(_share(_mt_fail_rate(p, f)) for p in (False, True) for f in (False, True))),
        ("test_result", "test_type", "test_id"),
    ),
    Q(
        "which make fails the most",
        _either_named(*(_mt_top_make(r, p) for r in (True, False) for p in (False, True))),
        ("make", "test_result", "test_id"),
    ),
    Q(
        "do cars over 10 years old fail more often than newer ones",
        either(_shares(_mt_old(False)), _shares(_mt_old(True))),
        ("test_result", "first_use_date", "test_date"),
    ),
    Q(
        "whats the typical mileage at test",
        either(_about(_mt_miles("mean")), _about(_mt_miles("median"))),
        ("test_mileage",),
    ),
    Q(
        "how many of the tests were retests",
        _count(lambda d: float((_text(d["test_type"]) == "RT").sum())),
        ("test_type", "test_id"),
    ),
    Q(
        "how many diesels are there",
        either(_count(_mt_diesel(False)), _count(_mt_diesel(True))),
        ("fuel_type", "vehicle_id"),
    ),
]


HELDOUT100: list[Dataset] = [
    Dataset("amex_card_activity", _amex_frame, _AMEX_QS),
    Dataset("daylio_mood_export", _daylio_frame, _DAYLIO_QS),
    Dataset("pipedrive_deals_export", _pipedrive_frame, _PIPEDRIVE_QS),
    Dataset("toast_item_selection_details", _toast_frame, _TOAST_QS),
    Dataset("treasury_daily_par_yield_curve", _treasury_frame, _TREASURY_QS),
    Dataset("fec_individual_contributions", _fec_frame, _FEC_QS),
    Dataset("uk_mot_test_results", _mot_frame, _MOT_QS),
]
