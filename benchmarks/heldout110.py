"""HELDOUT110: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a
PocketSmith transactions export (Date as "2023-01-15", Merchant, signed Amount with debits negative, Currency "NZD"
with a few "AUD", Transaction Type Debit / Credit, Account, Closing Balance, Category blank when uncategorised,
Parent Categories, Labels, Memo in upper case as the bank writes it, Note mostly blank, a numeric ID, Bank and a
masked Account Number); a Todoist completed-tasks history (Task id, Content, Project with "Inbox", Section often
blank, comma-separated Labels, Priority 1-4 as the API writes it with 4 the most urgent, Completed Date as
"2023-03-14 18:22:05", Due Date as "2023-03-14" or blank, Created Date); an Uber Eats order history from the account
data download (one row per item, so an order repeats its Restaurant_ID, Restaurant_Name, Order_Time as "2022-05-14
19:23:11 +0000 UTC", Order_Status completed / canceled, Order_Price and Currency; Item_Name, Item_quantity,
Item_Price, Customizations and Special_Instructions mostly blank); an Airtable CRM grid (Name, Company, Email,
Phone with blanks, Stage from Lead to Closed Won / Closed Lost, Deal Value as "$12,500.00" text or blank, Owner,
Source, Last Contacted as "3/14/2023" or blank, Tags, Created); CDC FluView ILINet (ILINet.csv without its title
line: REGION TYPE "HHS Regions", REGION "Region 1" ... "Region 10", YEAR, WEEK, % WEIGHTED ILI, %UNWEIGHTED ILI,
AGE 0-4, AGE 25-49, AGE 25-64 written "X" throughout, AGE 5-24, AGE 50-64, AGE 65, ILITOTAL, NUM. OF PROVIDERS,
TOTAL PATIENTS, seasons 2016-2023 with a few weeks "X" where a region did not report); college football game
results in the CollegeFootballData layout (Id, Season, Week, Season Type, Start Date as "2022-09-03T16:00:00.000Z",
Neutral Site and Conference Game as true / false, Attendance often blank, Venue Id, Venue, Home / Away Id, Team,
Conference (blank for FCS opponents) and Points, Excitement Index); and World Bank consumer price inflation in long
format (Country Name, Country Code, Indicator Name "Inflation, consumer prices (annual %)", Indicator Code
"FP.CPI.TOTL.ZG", Year 1990-2022, Value blank where not reported, with aggregate rows such as "World", "Euro area"
and "High income" mixed in among the countries). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text, _year
from .heldout38 import _draw
from .heldout42 import _ranked
from .offline_eval import DAY_WORDS, Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _top(scores: pd.Series, ascending: bool = False) -> str:
    return str(_ranked(scores, ascending).index[0])


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$12,500.00" or "X" (blank)."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        day = int(value(df))
        ok = re.search(rf"\b(?:{DAY_WORDS[day]})s?\b", answer, re.IGNORECASE)
        return None if ok else f"missing weekday {day}"

    return check


# --- 1. PocketSmith transactions export -------------------------------------------------------------------------------

# category: parent, weight, typical amount, merchants
_PS_CATS: dict[str, tuple[str, float, float, str]] = {
    "Groceries": ("Food", 26, 85, "Countdown;New World;Pak'nSave;FreshChoice"),
    "Eating Out": ("Food", 20, 32, "Burger King;Mr Bun;Hell Pizza;Sushi Hub;The Coffee Club"),
    "Transport": ("", 12, 55, "Z Energy;BP Connect;AT HOP;Uber"),
    "Utilities": ("Household", 5, 140, "Mercury Energy;Watercare;Spark"),
    "Rent": ("Household", 4, 620, "Harcourts Rentals"),
    "Shopping": ("", 9, 70, "The Warehouse;Kmart;Mighty Ape;Amazon"),
    "Entertainment": ("", 7, 25, "Netflix;Spotify;Event Cinemas;Steam"),
    "Health": ("", 4, 60, "Chemist Warehouse;Unichem;Dental Care"),
    "Salary": ("Income", 5, 3100, "ACME LTD PAYROLL"),
}


def _pocketsmith_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11001)
    cats = list(_PS_CATS)
    days = pd.date_range("2022-07-01", "2023-12-31")
    rows: list[dict[str, Any]] = []
    for _ in range(2200):
        cat = str(_one(rng, cats, [v[1] for v in _PS_CATS.values()]))
        parent, _w, size, merchants = _PS_CATS[cat]
        merchant = str(_one(rng, merchants.split(";")))
        day = days[int(rng.integers(len(days)))]
        if day.month == 12 and cat in ("Shopping", "Eating Out"):
            size *= 1.8
        amount = round(float(size * rng.lognormal(0, 0.12 if cat in ("Rent", "Salary") else 0.5)), 2)
        credit = cat == "Salary" or (rng.random() < 0.02)
        account = "Everyday" if rng.random() < 0.8 else "Credit Card"
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Merchant": merchant,
                "Amount": amount if credit else -amount,
                "Currency": "NZD" if rng.random() < 0.97 else "AUD",
                "Transaction Type": "Credit" if credit else "Debit",
                "Account": account,
                "Closing Balance": None,
                "Category": None if rng.random() < 0.06 else cat,
                "Parent Categories": parent or None,
                "Labels": "tax" if cat == "Health" and rng.random() < 0.3 else None,
                "Memo": f"{merchant.upper()} {'AUCKLAND' if rng.random() < 0.7 else 'WELLINGTON'}",
                "Note": "split with flatmate" if rng.random() < 0.02 else None,
                "Bank": "ASB" if account == "Everyday" else "Kiwibank",
                "Account Number": "12-3011-****-000" if account == "Everyday" else "****4421",
            }
        )
    frame = pd.DataFrame(rows).sort_values("Date", kind="stable", ignore_index=True)
    balance = 4000 + frame["Amount"].cumsum()
    frame["Closing Balance"] = balance.round(2)
    frame.loc[frame["Category"].isna(), "Parent Categories"] = None
    frame.insert(12, "ID", np.sort(rng.choice(np.arange(300_000_000, 400_000_000), len(frame), replace=False)))
    return frame.iloc[::-1].reset_index(drop=True)


def _ps_spent(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Amount"] < 0]


def _ps_cat_total(cat: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(-_ps_spent(d).loc[_text(d["Category"]) == cat, "Amount"].sum())


def _ps_cat_mean(cat: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(-_ps_spent(d).loc[_text(d["Category"]) == cat, "Amount"].mean())


def _ps_top_month(d: pd.DataFrame) -> pd.Timestamp:
    s = _ps_spent(d)
    by = (-s["Amount"]).groupby(pd.to_datetime(s["Date"]).dt.to_period("M")).sum()
    return by.idxmax().to_timestamp()


_PS_ID = ("ID", "Date", "Transaction Type")
_POCKETSMITH_QS = [
    Q(
        "how much have i spent on groceries in total",
        has(_ps_cat_total("Groceries"), rel=0.002),
        (*_PS_ID, "Amount", "Category"),
    ),
    Q(
        "what category do i spend the most on",
        _lead(_named(lambda d: _top((-_ps_spent(d)["Amount"]).groupby(_text(_ps_spent(d)["Category"])).sum()))),
        (*_PS_ID, "Amount", "Category"),
    ),
    Q("which month did i spend the most money", _month_year(_ps_top_month), (*_PS_ID, "Amount")),
    Q("avg grocery shop amount?", has(_ps_cat_mean("Groceries"), rel=0.005), (*_PS_ID, "Amount", "Category")),
    Q("and eating out?", has(_ps_cat_mean("Eating Out"), rel=0.005), (*_PS_ID, "Amount", "Category")),
    Q(
        "how many transactions arent categorised",
        _count(lambda d: float(d["Category"].isna().sum())),
        (*_PS_ID, "Category", "Parent Categories"),
    ),
]


# --- 2. Todoist completed tasks ---------------------------------------------------------------------------------------

# project: weight, share with a due date, tasks
_TD_PROJECTS: dict[str, tuple[float, float, str]] = {
    "Inbox": (22, 0.3, "call mum;buy milk;reply to Sam;book haircut;renew passport;pay parking fine"),
    "Work": (35, 0.75, "Review PR;Send weekly report;Prep 1:1 notes;Update roadmap;Fix flaky test;Email vendor"),
    "Home": (18, 0.5, "Clean bathroom;Take out recycling;Water plants;Change sheets;Vacuum"),
    "Errands": (10, 0.6, "Pick up dry cleaning;Post office;Pharmacy;Return parcel"),
    "Side Project": (9, 0.35, "Write blog post;Fix CSS bug;Deploy site;Update README"),
    "Health": (6, 0.8, "Gym;Run 5k;Dentist appointment;Meal prep"),
}


def _todoist_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11002)
    projects = list(_TD_PROJECTS)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-01-01")
    day_w = np.array([1.25, 1.2, 1.1, 1.05, 0.9, 0.45, 0.55])
    for i in range(1800):
        project = str(_one(rng, projects, [v[0] for v in _TD_PROJECTS.values()]))
        _w, due_share, tasks = _TD_PROJECTS[project]
        while True:
            day = start + pd.Timedelta(days=int(rng.integers(0, 365)))
            if rng.random() < day_w[day.day_of_week] / 1.25:
                break
        done = day + pd.Timedelta(seconds=int(rng.integers(7 * 3600, 23 * 3600)))
        created = done - pd.Timedelta(hours=float(rng.exponential(90)))
        due = None
        if rng.random() < due_share:
            due = f"{(done.normalize() + pd.Timedelta(days=int(rng.integers(-4, 5)))):%Y-%m-%d}"
        rows.append(
            {
                "Task id": 6_500_000_000 + i * 7 + int(rng.integers(0, 7)),
                "Content": str(_one(rng, tasks.split(";"))),
                "Project": project,
                "Section": _draw(rng, "To Do:3;In Progress:1;:4") or None if project == "Work" else None,
                "Labels": _draw(rng, "@computer:3;@phone:1;@errands,@quick:1;@quick:2;:8") or None,
                "Priority": int(_draw(rng, "1:60;2:20;3:13;4:7")),
                "Completed Date": f"{done:%Y-%m-%d %H:%M:%S}",
                "Due Date": due,
                "Created Date": f"{created:%Y-%m-%d %H:%M:%S}",
            }
        )
    return pd.DataFrame(rows).sort_values("Completed Date", ascending=False, ignore_index=True)


def _td_late(by_day: bool) -> Callable[[pd.DataFrame], float]:
    def late(d: pd.DataFrame) -> float:
        done = pd.to_datetime(d["Completed Date"])
        due = pd.to_datetime(d["Due Date"])
        if by_day:
            return float((done.dt.normalize() > due).sum())
        return float((done > due).sum())

    return late


_TD_ID = ("Task id", "Completed Date")
_TODOIST_QS = [
    Q("how many tasks did i complete", _count(lambda d: float(len(d))), _TD_ID),
    Q(
        "which project did i finish the most tasks in",
        _lead(_named(lambda d: _top(_text(d["Project"]).value_counts()))),
        (*_TD_ID, "Project"),
    ),
    Q(
        "what day of the week am i most productive",
        _lead(_weekday(lambda d: int(pd.to_datetime(d["Completed Date"]).dt.day_of_week.value_counts().idxmax()))),
        _TD_ID,
    ),
    Q(
        "how many tasks got done after their due date",
        either(_count(_td_late(True)), _count(_td_late(False))),
        (*_TD_ID, "Due Date"),
    ),
    Q("what % of tasks had no due date", _share(lambda d: float(d["Due Date"].isna().mean())), (*_TD_ID, "Due Date")),
    Q(
        "and just for work?",
        _share(lambda d: float(d.loc[_text(d["Project"]) == "Work", "Due Date"].isna().mean())),
        (*_TD_ID, "Due Date", "Project"),
    ),
]


# --- 3. Uber Eats order history ---------------------------------------------------------------------------------------

# restaurant: weight, items as "name|price"
_UE_PLACES: dict[str, tuple[float, str]] = {
    "McDonald's (Market St)": (14, "Big Mac|6.49;Medium Fries|3.29;McNuggets 10pc|5.99;Coke|1.99"),
    "Chipotle Mexican Grill": (11, "Burrito Bowl|10.75;Chips & Guacamole|4.95;Burrito|10.75"),
    "Sweetgreen": (8, "Harvest Bowl|14.95;Kale Caesar|12.45;Fish Taco Bowl|15.25"),
    "Golden Dragon Chinese": (9, "General Tso's Chicken|14.50;Fried Rice|9.95;Spring Rolls|5.50"),
    "Pizza Hut": (7, "Large Pepperoni Pizza|17.99;Breadsticks|6.49;Wings 8pc|10.99"),
    "Thai Basil": (8, "Pad Thai|15.00;Green Curry|16.00;Thai Iced Tea|4.50"),
    "Shake Shack": (6, "ShackBurger|8.29;Crinkle Cut Fries|4.29;Vanilla Shake|6.29"),
    "Sushi Yama": (5, "California Roll|8.50;Salmon Nigiri|7.00;Spicy Tuna Roll|9.50;Miso Soup|3.00"),
    "Starbucks": (6, "Caffe Latte|5.45;Iced Coffee|4.25;Butter Croissant|3.75"),
}


def _uber_eats_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11003)
    places = list(_UE_PLACES)
    rows: list[dict[str, Any]] = []
    seconds = np.sort(rng.choice(np.arange(0, 3 * 365 * 86400), 620, replace=False))
    for k, s in enumerate(seconds):
        when = pd.Timestamp("2021-01-01") + pd.Timedelta(seconds=int(s))
        place = str(_one(rng, places, [v[0] for v in _UE_PLACES.values()]))
        menu = [x.split("|") for x in _UE_PLACES[place][1].split(";")]
        status = "canceled" if rng.random() < 0.05 else "completed"
        picks = rng.choice(len(menu), int(rng.integers(1, min(4, len(menu)) + 1)), replace=False)
        items = [(menu[int(j)][0], float(menu[int(j)][1]), int(_draw(rng, "1:8;2:2;3:0.5"))) for j in picks]
        subtotal = sum(p * q for _n, p, q in items)
        total = round(subtotal * (1.25 + 0.05 * (when.year - 2021)) + float(rng.uniform(1, 4)), 2)
        for name, price, qty in items:
            rows.append(
                {
                    "Restaurant_ID": place,
                    "Restaurant_Name": place,
                    "Order_Time": f"{when:%Y-%m-%d %H:%M:%S} +0000 UTC",
                    "Order_Status": status,
                    "Item_Name": name,
                    "Item_quantity": qty,
                    "Item_Price": round(price * qty, 2),
                    "Customizations": "No onions" if rng.random() < 0.05 else None,
                    "Special_Instructions": "extra napkins pls" if rng.random() < 0.03 else None,
                    "Order_Price": total,
                    "Currency": "USD",
                }
            )
        _ = k
    frame = pd.DataFrame(rows)
    frame["Restaurant_ID"] = frame["Restaurant_Name"].map(
        {p: f"{rng.integers(0, 16**8):08x}-{rng.integers(0, 16**4):04x}" for p in places}
    )
    return frame


def _ue_orders(d: pd.DataFrame, completed: bool | None = None) -> pd.DataFrame:
    o = d.drop_duplicates("Order_Time")
    if completed is None:
        return o
    return o[(_text(o["Order_Status"]) == "completed") == completed]


def _ue_year_means(completed: bool | None) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        o = _ue_orders(d, completed)
        return o["Order_Price"].groupby(o["Order_Time"].str[:4]).mean().to_numpy()

    return means


_UE_ID = ("Order_Time", "Order_Status")
_UBER_EATS_QS = [
    Q(
        "how many orders have i placed",
        either(_count(lambda d: float(len(_ue_orders(d)))), _count(lambda d: float(len(_ue_orders(d, True))))),
        _UE_ID,
    ),
    Q(
        "how much have i spent in total",
        either(
            has(lambda d: float(_ue_orders(d, True)["Order_Price"].sum()), rel=0.002),
            has(lambda d: float(_ue_orders(d)["Order_Price"].sum()), rel=0.002),
        ),
        (*_UE_ID, "Order_Price"),
    ),
    Q(
        "which restaurant do i order from the most",
        _lead(_named(lambda d: _top(_text(_ue_orders(d)["Restaurant_Name"]).value_counts()))),
        (*_UE_ID, "Restaurant_Name", "Restaurant_ID"),
    ),
    Q(
        "whats my most ordered item",
        _lead(
            either(
                _named(lambda d: _top(d.groupby(_text(d["Item_Name"]))["Item_quantity"].sum())),
                _named(lambda d: _top(_text(d["Item_Name"]).value_counts())),
            )
        ),
        (*_UE_ID, "Item_Name", "Item_quantity"),
    ),
    Q(
        "average order total per year",
        either(_about(_ue_year_means(True), rel=0.005), _about(_ue_year_means(None), rel=0.005)),
        (*_UE_ID, "Order_Price"),
    ),
    Q("how many orders got cancelled", _count(lambda d: float(len(_ue_orders(d, False)))), _UE_ID),
]


# --- 4. Airtable CRM export -------------------------------------------------------------------------------------------

_AT_FIRST = "Emma;Liam;Olivia;Noah;Ava;James;Sophia;Lucas;Mia;Ethan;Priya;Raj;Chen;Wei;Fatima;Omar;Sara;Jonas"
_AT_LAST = "Smith;Johnson;Lee;Patel;Garcia;Nguyen;Kim;Brown;Müller;Rossi;Khan;Silva;Cohen;Walker;Young"
_AT_COMPANIES = "Acme Corp;Globex;Initech;Umbrella Labs;Hooli;Stark Industries;Wayne Enterprises;Pied Piper;Vandelay"
_AT_OWNERS = "Dana Whitfield:30;Marcus Ortiz:28;Hannah Cho:22;Tom Becker:20"
# source: weight, typical deal size
_AT_SOURCES = {"Referral": (18, 24000), "Website": (34, 9000), "LinkedIn": (20, 14000), "Conference": (12, 30000)}
_AT_SOURCES |= {"Cold Email": (16, 7000)}


def _airtable_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11004)
    sources = list(_AT_SOURCES)
    owners = _AT_OWNERS.split(";")
    rows: list[dict[str, Any]] = []
    for i in range(640):
        first, last = str(_one(rng, _AT_FIRST.split(";"))), str(_one(rng, _AT_LAST.split(";")))
        company = str(_one(rng, _AT_COMPANIES.split(";")))
        source = str(_one(rng, sources, [v[0] for v in _AT_SOURCES.values()]))
        owner_names = [o.split(":")[0] for o in owners]
        owner = str(_one(rng, owner_names, [float(o.split(":")[1]) for o in owners]))
        stage = _draw(rng, "Lead:25;Qualified:18;Proposal:14;Negotiation:8;Closed Won:20;Closed Lost:15")
        if owner == "Dana Whitfield" and stage == "Closed Lost" and rng.random() < 0.4:
            stage = "Closed Won"
        value = round(float(_AT_SOURCES[source][1] * rng.lognormal(0, 0.5)), -2)
        created = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 700)))
        last_seen = created + pd.Timedelta(days=int(rng.integers(0, 90)))
        rows.append(
            {
                "Name": f"{first} {last}",
                "Company": company,
                "Email": f"{first.lower()}.{last.lower()}@{company.split()[0].lower()}.com",
                "Phone": None
                if rng.random() < 0.18
                else f"({rng.integers(200, 999)}) 555-{rng.integers(0, 10**4):04d}",
                "Stage": stage,
                "Deal Value": None
                if (stage == "Lead" and rng.random() < 0.6) or rng.random() < 0.05
                else f"${value:,.2f}",
                "Owner": owner,
                "Source": source,
                "Last Contacted": None if rng.random() < 0.1 else f"{last_seen.month}/{last_seen.day}/{last_seen.year}",
                "Tags": _draw(rng, "enterprise:2;smb:4;renewal:1;hot lead:1;enterprise, renewal:1;:5") or None,
                "Created": f"{created.month}/{created.day}/{created.year} "
                f"{rng.integers(1, 13)}:{rng.integers(0, 60):02d}{'am' if rng.random() < 0.5 else 'pm'}",
            }
        )
        _ = i
    return pd.DataFrame(rows)


def _at_value(d: pd.DataFrame) -> pd.Series:
    return _num(d["Deal Value"])


def _at_stage(d: pd.DataFrame) -> pd.Series:
    return _text(d["Stage"])


def _at_source_means(d: pd.DataFrame) -> pd.Series:
    return _at_value(d).groupby(_text(d["Source"])).mean()


_AT_ID = ("Name", "Company")
_AIRTABLE_QS = [
    Q(
        "whats the total value of deals we've won",
        has(lambda d: float(_at_value(d)[_at_stage(d) == "Closed Won"].sum()), rel=0.002),
        (*_AT_ID, "Deal Value", "Stage"),
    ),
    Q(
        "who closed the most deals",
        _lead(
            either(
                _named(lambda d: _top(_text(d.loc[_at_stage(d) == "Closed Won", "Owner"]).value_counts())),
                _named(lambda d: _top(_text(d.loc[_at_stage(d).str.startswith("Closed"), "Owner"]).value_counts())),
            )
        ),
        (*_AT_ID, "Owner", "Stage"),
    ),
    Q(
        "what's our win rate",
        either(
            _share(lambda d: float((_at_stage(d) == "Closed Won").sum() / _at_stage(d).str.startswith("Closed").sum())),
            _share(lambda d: float((_at_stage(d) == "Closed Won").mean())),
        ),
        (*_AT_ID, "Stage"),
    ),
    Q(
        "how many contacts are missing a phone number",
        _count(lambda d: float(d["Phone"].isna().sum())),
        (*_AT_ID, "Phone"),
    ),
    Q(
        "average deal size by lead source",
        _about(lambda d: _at_source_means(d).to_numpy(), rel=0.005),
        (*_AT_ID, "Deal Value", "Source"),
    ),
    Q(
        "which of those is biggest",
        _lead(_named(lambda d: _top(_at_source_means(d)))),
        (*_AT_ID, "Deal Value", "Source"),
    ),
]


# --- 5. CDC FluView ILINet --------------------------------------------------------------------------------------------

# region: baseline % ILI, providers, patients per provider per week
_IL_REGIONS = {f"Region {k}": (b, p, v) for k, b, p, v in [
    (1, 1.3, 150, 95), (2, 2.4, 260, 140), (3, 1.9, 310, 110), (4, 1.8, 520, 120), (5, 1.5, 420, 105),
    (6, 3.0, 300, 150), (7, 1.4, 140, 90), (8, 1.2, 190, 80), (9, 2.2, 330, 160), (10, 1.1, 130, 85)]}  # fmt: skip
_IL_COLUMNS = [
    "REGION TYPE", "REGION", "YEAR", "WEEK", "% WEIGHTED ILI", "%UNWEIGHTED ILI", "AGE 0-4", "AGE 25-49",
    "AGE 25-64", "AGE 5-24", "AGE 50-64", "AGE 65", "ILITOTAL", "NUM. OF PROVIDERS", "TOTAL PATIENTS",
]  # fmt: skip


def _ilinet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11005)
    weeks = pd.date_range("2016-10-02", "2023-09-24", freq="W-SUN")
    season_peak = {2016: 3.5, 2017: 5.5, 2018: 3.8, 2019: 4.2, 2020: 0.4, 2021: 1.6, 2022: 5.0, 2023: 0.5}
    rows: list[dict[str, Any]] = []
    for region, (base, providers, per) in _IL_REGIONS.items():
        for t in weeks:
            iso = t.isocalendar()
            season = t.year if t.month >= 8 else t.year - 1
            centre = pd.Timestamp(season, 12, 20) + pd.Timedelta(days=int(30 + 10 * (season % 3)))
            bump = season_peak[season] * np.exp(-(((t - centre).days / 28) ** 2))
            pct = max(0.2, base * 0.6 + bump * base / 1.8 + float(rng.normal(0, 0.12)))
            n_prov = int(providers * rng.uniform(0.75, 1.05))
            patients = int(n_prov * per * rng.uniform(0.8, 1.2))
            ili = int(patients * pct / 100)
            ages = rng.multinomial(ili, [0.22, 0.36, 0.27, 0.09, 0.06])
            missing = rng.random() < 0.01
            rows.append(
                {
                    "REGION TYPE": "HHS Regions",
                    "REGION": region,
                    "YEAR": int(iso.year),
                    "WEEK": int(iso.week),
                    "% WEIGHTED ILI": "X" if missing else round(pct * rng.uniform(0.95, 1.05), 5),
                    "%UNWEIGHTED ILI": "X" if missing else round(100 * ili / patients, 5),
                    "AGE 0-4": "X" if missing else int(ages[0]),
                    "AGE 25-49": "X" if missing else int(ages[2]),
                    "AGE 25-64": "X",
                    "AGE 5-24": "X" if missing else int(ages[1]),
                    "AGE 50-64": "X" if missing else int(ages[3]),
                    "AGE 65": "X" if missing else int(ages[4]),
                    "ILITOTAL": "X" if missing else ili,
                    "NUM. OF PROVIDERS": "X" if missing else n_prov,
                    "TOTAL PATIENTS": "X" if missing else patients,
                }
            )
    frame = pd.DataFrame(rows).sort_values(["YEAR", "WEEK", "REGION"], kind="stable", ignore_index=True)
    return frame[_IL_COLUMNS]


def _il_ages(d: pd.DataFrame) -> pd.Series:
    cols = ["AGE 0-4", "AGE 5-24", "AGE 25-49", "AGE 50-64", "AGE 65"]
    return pd.Series({c: float(_num(d[c]).sum()) for c in cols})


def _il_per_provider(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        pat, prov = _num(d["TOTAL PATIENTS"]), _num(d["NUM. OF PROVIDERS"])
        return float(pat.sum() / prov[pat.notna()].sum()) if pooled else float((pat / prov).mean())

    return value


_IL_ID = ("REGION", "YEAR", "WEEK")
_ILINET_QS = [
    Q(
        "which region has the highest flu activity on average",
        _lead(_named(lambda d: _top(_num(d["% WEIGHTED ILI"]).groupby(_text(d["REGION"])).mean()))),
        (*_IL_ID, "% WEIGHTED ILI", "%UNWEIGHTED ILI"),
    ),
    Q(
        "what was the highest weighted ili ever recorded in region 2",
        has(lambda d: float(_num(d.loc[_text(d["REGION"]) == "Region 2", "% WEIGHTED ILI"]).max()), rel=0.002),
        (*_IL_ID, "% WEIGHTED ILI"),
    ),
    Q(
        "how many total ili visits were there in 2020",
        _count(lambda d: float(_num(d.loc[d["YEAR"] == 2020, "ILITOTAL"]).sum())),
        (*_IL_ID, "ILITOTAL"),
    ),
    Q(
        "how many patients does a provider see per week on average",
        either(has(_il_per_provider(True), rel=0.01), has(_il_per_provider(False), rel=0.01)),
        (*_IL_ID, "TOTAL PATIENTS", "NUM. OF PROVIDERS"),
    ),
    Q(
        "which age group has the most flu cases overall",
        _lead(_named(lambda d: _top(_il_ages(d)).replace("AGE ", ""))),
        (*_IL_ID, "AGE 0-4", "AGE 5-24", "AGE 25-49", "AGE 25-64", "AGE 50-64", "AGE 65"),
    ),
    Q(
        "is the number of providers correlated with total patients",
        _corr(lambda d: _num(d["NUM. OF PROVIDERS"]), lambda d: _num(d["TOTAL PATIENTS"])),
        (*_IL_ID, "NUM. OF PROVIDERS", "TOTAL PATIENTS"),
    ),
]


# --- 6. College football games (CollegeFootballData games export) -----------------------------------------------------

# conference: teams (strength as "name:rating")
_CF_CONFS = {
    "SEC": "Alabama:90;Georgia:92;LSU:82;Tennessee:80;Florida:72;Auburn:70;Texas A&M:74;Ole Miss:78",
    "Big Ten": "Ohio State:89;Michigan:91;Penn State:84;Wisconsin:70;Iowa:68;Minnesota:66;Illinois:62;Purdue:60",
    "Big 12": "Texas:84;Oklahoma:80;TCU:74;Kansas State:72;Baylor:66;Iowa State:64;Oklahoma State:68;Kansas:60",
    "ACC": "Clemson:82;Florida State:84;Miami:70;North Carolina:70;NC State:68;Louisville:70;Pittsburgh:62;Duke:62",
    "Pac-12": "USC:80;Oregon:84;Washington:85;Utah:76;UCLA:70;Arizona:64;Stanford:56;Colorado:58",
    "Mountain West": "Boise State:66;San Diego State:58;Air Force:62;Fresno State:62;Wyoming:56;UNLV:56",
}
_CF_FCS = "Sacramento State:50;Montana:48;South Dakota State:52;Furman:44;Samford:42;Idaho:44;UT Martin:40"


def _college_football_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11006)
    teams: dict[str, tuple[str, float]] = {}
    for conf, spec in _CF_CONFS.items():
        for x in spec.split(";"):
            name, rating = x.split(":")
            teams[name] = (conf, float(rating))
    fcs = {x.split(":")[0]: ("", float(x.split(":")[1])) for x in _CF_FCS.split(";")}
    ids = {n: 2000 + 7 * i for i, n in enumerate([*teams, *fcs])}
    rows: list[dict[str, Any]] = []
    gid = 401_300_000
    for season in (2021, 2022, 2023):
        first = pd.Timestamp(season, 9, 2)
        for week in range(1, 14):
            names = list(teams)
            order = [names[int(j)] for j in rng.permutation(len(names))]
            for a, b in zip(order[::2], order[1::2], strict=True):
                if week <= 2 and rng.random() < 0.35:
                    b = str(_one(rng, list(fcs)))
                home, away = (a, b) if b in fcs or rng.random() < 0.5 else (b, a)
                hc, hr = (teams | fcs)[home]
                ac, ar = (teams | fcs)[away]
                neutral = rng.random() < 0.05
                edge = 0 if neutral else 3
                mean_h, mean_a = 27 + (hr - ar) / 3 + edge / 2, 27 + (ar - hr) / 3 - edge / 2
                hp, ap = int(max(0, rng.normal(mean_h, 10))), int(max(0, rng.normal(mean_a, 10)))
                if hp == ap:
                    hp += 3
                kick = first + pd.Timedelta(
                    days=7 * (week - 1) + int(rng.integers(0, 3)), hours=int(_draw(rng, "16:4;19:3;23:3;0:1"))
                )
                gid += int(rng.integers(1, 40))
                rows.append(
                    {
                        "Id": gid,
                        "Season": season,
                        "Week": week,
                        "Season Type": "regular",
                        "Start Date": f"{kick:%Y-%m-%dT%H:%M:%S}.000Z",
                        "Neutral Site": "true" if neutral else "false",
                        "Conference Game": "true" if hc == ac and hc else "false",
                        "Attendance": None if rng.random() < 0.3 else int(rng.normal(35000 + 500 * (hr - 60), 9000)),
                        "Venue Id": 3600 + ids[home],
                        "Venue": f"{home} Stadium" if not neutral else "Mercedes-Benz Stadium",
                        "Home Id": ids[home],
                        "Home Team": home,
                        "Home Conference": hc or None,
                        "Home Points": hp,
                        "Away Id": ids[away],
                        "Away Team": away,
                        "Away Conference": ac or None,
                        "Away Points": ap,
                        "Excitement Index": round(
                            float(np.clip(8 - abs(hp - ap) / 4 + rng.normal(0, 1.5), 0.1, 10)), 6
                        ),
                    }
                )
    return pd.DataFrame(rows)


def _cf_points(d: pd.DataFrame) -> pd.Series:
    home = d.groupby(_text(d["Home Team"]))["Home Points"].sum()
    away = d.groupby(_text(d["Away Team"]))["Away Points"].sum()
    return home.add(away, fill_value=0)


def _cf_attendance(d: pd.DataFrame) -> Any:
    conf = _text(d["Conference Game"]).str.lower() == "true"
    return [float(d.loc[conf, "Attendance"].mean()), float(d.loc[~conf, "Attendance"].mean())]


_CF_ID = ("Id", "Season", "Home Team", "Away Team")
_CF_SCORE = ("Home Points", "Away Points")
_FOOTBALL_QS = [
    Q(
        "how often does the home team win",
        _share(lambda d: float((d["Home Points"] > d["Away Points"]).mean())),
        (*_CF_ID, *_CF_SCORE, "Neutral Site"),
    ),
    Q("which team scored the most points", _lead(_named(lambda d: _top(_cf_points(d)))), (*_CF_ID, *_CF_SCORE)),
    Q(
        "avg total points per game each season",
        _about(lambda d: (d["Home Points"] + d["Away Points"]).groupby(d["Season"]).mean().to_numpy(), rel=0.005),
        (*_CF_ID, *_CF_SCORE),
    ),
    Q(
        "biggest blowout? how much was the margin",
        has(lambda d: float((d["Home Points"] - d["Away Points"]).abs().max()), rel=0.001),
        (*_CF_ID, *_CF_SCORE),
    ),
    Q(
        "do conference games draw bigger crowds than non conference ones",
        _about(_cf_attendance, rel=0.005),
        (*_CF_ID, "Attendance", "Conference Game"),
    ),
    Q(
        "how many games were at a neutral site",
        _count(lambda d: float((_text(d["Neutral Site"]).str.lower() == "true").sum())),
        (*_CF_ID, "Neutral Site"),
    ),
]


# --- 7. World Bank inflation, long format -----------------------------------------------------------------------------

# country: code, typical inflation, volatility, share of years blank
_WB_COUNTRIES = {
    "United States": ("USA", 2.6, 1.2, 0.0),
    "Germany": ("DEU", 1.8, 1.0, 0.0),
    "Japan": ("JPN", 0.4, 1.0, 0.0),
    "United Kingdom": ("GBR", 2.4, 1.1, 0.0),
    "France": ("FRA", 1.6, 0.9, 0.0),
    "Brazil": ("BRA", 7.0, 4.0, 0.1),
    "India": ("IND", 6.5, 2.5, 0.0),
    "China": ("CHN", 3.0, 3.0, 0.03),
    "Turkiye": ("TUR", 30.0, 20.0, 0.0),
    "Argentina": ("ARG", 25.0, 18.0, 0.2),
    "Nigeria": ("NGA", 12.5, 5.0, 0.03),
    "South Africa": ("ZAF", 5.8, 2.0, 0.0),
    "Mexico": ("MEX", 8.0, 5.0, 0.0),
    "Indonesia": ("IDN", 7.0, 4.0, 0.03),
    "Egypt, Arab Rep.": ("EGY", 9.0, 4.0, 0.0),
    "Pakistan": ("PAK", 8.5, 3.5, 0.0),
    "Kenya": ("KEN", 9.0, 4.0, 0.06),
    "Canada": ("CAN", 2.0, 0.9, 0.0),
    "Australia": ("AUS", 2.6, 1.0, 0.0),
    "Korea, Rep.": ("KOR", 3.2, 1.5, 0.0),
    "Russian Federation": ("RUS", 12.0, 8.0, 0.1),
    "Venezuela, RB": ("VEN", 40.0, 25.0, 0.35),
    "Zimbabwe": ("ZWE", 20.0, 15.0, 0.45),
    "Ghana": ("GHA", 15.0, 7.0, 0.06),
    "Poland": ("POL", 4.5, 3.0, 0.06),
    "Sweden": ("SWE", 1.5, 1.0, 0.0),
    "Chile": ("CHL", 4.0, 2.0, 0.0),
    "Viet Nam": ("VNM", 7.0, 5.0, 0.15),
    "Bangladesh": ("BGD", 6.0, 2.0, 0.0),
    "Ethiopia": ("ETH", 10.0, 8.0, 0.1),
}
_WB_AGGREGATES = {"World": ("WLD", 4.5, 1.2), "Euro area": ("EMU", 1.8, 0.8), "High income": ("HIC", 2.2, 0.8)}
_WB_AGGREGATES |= {"Low & middle income": ("LMY", 6.0, 1.5), "Sub-Saharan Africa": ("SSF", 7.0, 2.0)}


def _world_bank_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11007)
    years = range(1990, 2023)
    shock = {1990: 2.0, 1991: 1.6, 1992: 1.4, 1993: 1.2, 2008: 1.5, 2009: 0.4, 2015: 0.6, 2021: 1.5, 2022: 2.3}
    rows: list[dict[str, Any]] = []
    table = {n: (*v, 0.0) for n, v in _WB_AGGREGATES.items()} | _WB_COUNTRIES
    for name, (code, level, vol, gaps) in table.items():
        for y in years:
            f = shock.get(y, 1.0)
            value = round(level * f + float(rng.normal(0, vol)), 6)
            if code == "JPN":
                value = round(0.3 * f + float(rng.normal(0, 0.7)), 6)
            if code == "WLD":
                value = round(
                    4.0 + 3.0 * (y < 1996) * (1996 - y) + (2.5 if y == 2022 else 0) + float(rng.normal(0, 0.4)), 6
                )
            if rng.random() < gaps or (code == "ZWE" and y >= 2009 and y <= 2012):
                value = None
            rows.append(
                {
                    "Country Name": name,
                    "Country Code": code,
                    "Indicator Name": "Inflation, consumer prices (annual %)",
                    "Indicator Code": "FP.CPI.TOTL.ZG",
                    "Year": y,
                    "Value": value,
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["Country Name", "Year"], ignore_index=True)


def _wb_countries(d: pd.DataFrame) -> pd.DataFrame:
    return d[~_text(d["Country Name"]).isin(list(_WB_AGGREGATES))]


def _wb_over(aggregates: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        rows = d if aggregates else _wb_countries(d)
        return float(((rows["Year"] == 2022) & (rows["Value"] > 10)).sum())

    return count


_WB_ID = ("Country Name", "Country Code", "Year")
_WORLD_BANK_QS = [
    Q(
        "which country had the highest inflation in 2022",
        _lead(_named(lambda d: str(d.loc[d.loc[d["Year"] == 2022, "Value"].idxmax(), "Country Name"]))),
        (*_WB_ID, "Value"),
    ),
    Q(
        "avg inflation in the US over the whole period",
        has(lambda d: float(d.loc[_text(d["Country Name"]) == "United States", "Value"].mean()), rel=0.005),
        (*_WB_ID, "Value"),
    ),
    Q(
        "how many countries were above 10% in 2022",
        either(_count(_wb_over(False)), _count(_wb_over(True))),
        (*_WB_ID, "Value"),
    ),
    Q(
        "what year was world inflation the highest",
        _lead(_year(lambda d: float(d.loc[d.loc[_text(d["Country Name"]) == "World", "Value"].idxmax(), "Year"]))),
        (*_WB_ID, "Value"),
    ),
    Q("how many values are missing", _count(lambda d: float(d["Value"].isna().sum())), (*_WB_ID, "Value")),
    Q(
        "which country has the most missing years",
        _lead(_named(lambda d: _top(d["Value"].isna().groupby(_text(d["Country Name"])).sum()))),
        (*_WB_ID, "Value"),
    ),
]


HELDOUT110: list[Dataset] = [
    Dataset("pocketsmith_transactions", _pocketsmith_frame, _POCKETSMITH_QS),
    Dataset("todoist_completed_tasks", _todoist_frame, _TODOIST_QS),
    Dataset("uber_eats_order_history", _uber_eats_frame, _UBER_EATS_QS),
    Dataset("airtable_crm_export", _airtable_frame, _AIRTABLE_QS),
    Dataset("cdc_ilinet_flu_surveillance", _ilinet_frame, _ILINET_QS),
    Dataset("college_football_games", _college_football_frame, _FOOTBALL_QS),
    Dataset("world_bank_inflation_long", _world_bank_frame, _WORLD_BANK_QS),
]
