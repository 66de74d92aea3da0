"""HELDOUT94: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files people download from services and public sites: a Revolut account
statement for 2023 (one currency, EUR) with Type CARD_PAYMENT / TOPUP / EXCHANGE / TRANSFER / ATM / FEE, Product
Current / Savings, Started Date "2023-03-14 10:22:31", Completed Date in the same format (blank for declined and pending
rows), Description (merchant names such as "Tesco", "Top-Up by *4821", "To Ciara Walsh", "Exchanged to USD", "Cash at
AIB", "Premium plan fee", "Deposit to Savings"), Amount signed (card payments, ATM withdrawals, exchanges, fees and
outgoing transfers negative), Fee (mostly 0.0), Currency EUR, State COMPLETED / REVERTED / DECLINED / PENDING, and
the running Balance of the row's product (blank unless the row completed); a Fitbit "Activities" export (January
2022 to June 2023, one row per day) with the word "Activities" on a line of its own above the header (so the frame's
header is that word and "Unnamed: 1" ..., and every column reads as text), Date "2023-03-14", Calories Burned and
Steps with thousands commas ("2,345", "10,234"), Distance in km ("7.45"), Floors, Minutes Sedentary ("1,440" on days
the tracker was not worn, when Steps, Distance and the active minutes are "0" and Calories Burned is the resting
rate), Minutes Lightly / Fairly / Very Active and Activity Calories; a Trello board export to CSV (430 cards of a
product team's board) with 24-hex Card ID, Card Name, Card URL "https://trello.com/c/<shortlink>/<n>-<slug>", Card
Description (mostly blank), Labels "Bug (red), Urgent (orange)" (blank on some cards), Members "Anna Kowalski, Ben
Carter" (blank on some), Due Date (mostly blank) and Start Date (almost always blank) as "2023-03-14T17:00:00.000Z",
Attachment Count, Checklist Item Total Count and Checklist Item Completed Count, List Name To Do / Doing / Review /
Done, Archived true / false (mostly old Done cards) and Last Activity Date; an Amazon Seller Central "Detail Page
Sales and Traffic by Date" business report (every day of 2022 and 2023) with Date "3/14/23", Ordered Product Sales
"$1,234.56", Units Ordered, Total Order Items, Page Views - Total and Sessions - Total with thousands commas, Unit
Session Percentage "12.34%", Featured Offer (Buy Box) Percentage "98.50%" (lower while a rival undercut, "0.00%" on
the few days the listing was suppressed and had no sales) and Average Offer Count; Our World in Data's life
expectancy grapher download (life-expectancy.csv) with Entity (46 countries plus "World", UN continents such as
"Europe", "Northern America", "Latin America and the Caribbean" and the World Bank income groups such as
"High-income countries"), Code (ISO3, "OWID_WRL" for the World and "OWID_KOS" for Kosovo, blank for the other
regions), Year 1950-2021 and "Period life expectancy at birth - Sex: all - Age: 0" to three decimals (a dip in 2020
and 2021); basketball-reference's NBA draft history for 1990-2021 (two rounds, 54 to 60 picks a year) with running
Rk, Pk, team codes that follow relocations ("SEA" then "OKC", "NJN" then "BRK", "CHH" / "CHA" / "CHO"), Player,
College (blank for international and high-school picks), Yrs, G, MP, PTS, TRB, AST career totals, FG% / 3P% / FT%
written ".456" (3P% blank for players who never tried a three), MP / PTS / TRB / AST per game, WS, WS/48, BPM and
VORP, every career column blank for players who never played an NBA game; and a US Census ACS 5-year table
download (B08301, means of transportation to work, 2021) by county (one row per county or parish, NAME as
"Adams County, Ohio", GEO_ID "0500000US39001"), with "Estimate!!Total:" and "Margin of Error!!Total:" columns for
the total and for car / drove alone / carpooled / public transportation / taxicab / motorcycle / bicycle / walked /
other means / worked from home, the file's second line repeating the labels as a description row ("Geography",
"Geographic Area Name", "Estimate!!Total:", ...; so every column reads as text) and the empty "Unnamed: 24" column
the trailing comma of each line leaves. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _num(s: pd.Series) -> pd.Series:
    """Numbers written as text ("$1,234.56", "2,345", "12.34%"), blanks and anything else unreadable as NaN."""
    cleaned = _text(s).str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce")


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or in thousands / millions, its sign ignored."""
    return either(_scaled(value, (1e3, 1e6)), _scaled(lambda d: -np.asarray(value(d), dtype=float), (1e3, 1e6)))


def _under_title(d: pd.DataFrame, first: str) -> pd.DataFrame:
    """A frame whose real header is its first row (a title line sat above it in the file)."""
    frame = d.iloc[1:].copy()
    frame.columns = [str(x) for x in d.iloc[0]]
    assert frame.columns[0] == first
    return frame.reset_index(drop=True)


# --- 1. Revolut account statement (account-statement_2023-01-01_2023-12-31_en_xxxxxx.csv) -------------------------

_RV_SHOPS = (
    "Tesco:14;Lidl:9;Aldi:6;SuperValu:5;Starbucks:7;Uber:5;Bolt:4;Amazon:6;Deliveroo:5;Just Eat:3;Netflix:1.2;"
    "Spotify:1.2;Circle K:4;Penneys:2;Boots:2;Ryanair:1;Zara:2;Dunnes Stores:4;Apple:1;Centra:6"
)
# typical payment at each shop (EUR)
_RV_SIZE = {
    "Tesco": 48,
    "Lidl": 35,
    "Aldi": 30,
    "SuperValu": 28,
    "Starbucks": 5.5,
    "Uber": 16,
    "Bolt": 12,
    "Amazon": 32,
    "Deliveroo": 24,
    "Just Eat": 22,
    "Netflix": 13.99,
    "Spotify": 10.99,
    "Circle K": 55,
    "Penneys": 27,
    "Boots": 18,
    "Ryanair": 95,
    "Zara": 46,
    "Dunnes Stores": 38,
    "Apple": 2.99,
    "Centra": 8,
}
_RV_FRIENDS = "Ciara Walsh;Sean O'Brien;Aoife Byrne;Mark Doyle;Niamh Kelly"
_RV_COLUMNS = [
    "Type",
    "Product",
    "Started Date",
    "Completed Date",
    "Description",
    "Amount",
    "Fee",
    "Currency",
    "State",
    "Balance",
]


def _revolut_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9401)
    events: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-01-01")
    for _ in range(1150):
        when = start + pd.Timedelta(seconds=int(rng.integers(0, 365 * 86400)))
        kind = _draw(rng, "CARD_PAYMENT:74;TOPUP:8;TRANSFER:8;EXCHANGE:3;ATM:5;SAVINGS:2")
        fee = 0.0
        product = "Current"
        if kind == "CARD_PAYMENT":
            shop = _draw(rng, _RV_SHOPS)
            size = _RV_SIZE[shop]
            # December and the summer trip month cost more
            boost = 1.35 if when.month == 12 else (1.2 if when.month == 7 else 1.0)
            amount = -(size if shop in ("Netflix", "Spotify", "Apple") else size * boost * rng.lognormal(0, 0.45))
            desc = shop
            state = _draw(rng, "COMPLETED:92;REVERTED:3;DECLINED:4;PENDING:1")
        elif kind == "TOPUP":
            amount = float(_one(rng, [50, 100, 150, 200, 250, 300, 500], [10, 25, 8, 20, 5, 10, 4]))
            desc = f"Top-Up by *{int(rng.integers(1000, 9999))}" if rng.random() < 0.3 else "Top-Up by *4821"
            state = _draw(rng, "COMPLETED:95;DECLINED:5")
        elif kind == "TRANSFER":
            friend = _draw(rng, ";".join(f"{f}:1" for f in _RV_FRIENDS.split(";")))
            if rng.random() < 0.45:
                amount, desc = -round(float(rng.uniform(10, 120)), 0), f"To {friend}"
            else:
                amount, desc = round(float(rng.uniform(10, 150)), 0), f"Transfer from {friend}"
            state = _draw(rng, "COMPLETED:97;DECLINED:3")
        elif kind == "EXCHANGE":
            amount = -float(_one(rng, [50, 100, 150, 200]))
            desc = str(_one(rng, ["Exchanged to USD", "Exchanged to GBP", "Exchanged to PLN"]))
            fee = round(abs(amount) * 0.01, 2) if rng.random() < 0.4 else 0.0
            state = "COMPLETED"
        elif kind == "ATM":
            amount = -float(_one(rng, [20, 40, 50, 100, 150, 200], [3, 4, 5, 5, 1, 1]))
            desc = str(_one(rng, ["Cash at AIB", "Cash at Bank of Ireland", "Cash at Euronet"]))
            fee = round(abs(amount) * 0.02, 2) if rng.random() < 0.3 else 0.0
            state = _draw(rng, "COMPLETED:94;DECLINED:6")
        else:
            product = "Savings"
            if rng.random() < 0.7:
                amount, desc = float(_one(rng, [50, 100, 200])), "Deposit to Savings"
            else:
                amount, desc = -float(_one(rng, [50, 100])), "Withdrawal from Savings"
            kind, state = "TRANSFER", "COMPLETED"
        events.append(
            {"Type": kind, "Product": product, "when": when, "Description": desc, "Amount": round(amount, 2)}
            | {"Fee": fee, "State": state}
        )
    for m in range(1, 13):
        when = pd.Timestamp(2023, m, 1, 3, 15, int(rng.integers(0, 60)))
        events.append(
            {"Type": "FEE", "Product": "Current", "when": when, "Description": "Premium plan fee", "Amount": -7.99}
            | {"Fee": 0.0, "State": "COMPLETED"}
        )
    events.sort(key=lambda e: e["when"])
    balances = {"Current": 420.0, "Savings": 1500.0}
    rows = []
    for e in events:
        done = e["State"] in ("COMPLETED", "REVERTED")
        lag = pd.Timedelta(seconds=int(rng.integers(1, 3 * 86400 if e["Type"] == "CARD_PAYMENT" else 60)))
        balance: float | None = None
        if e["State"] == "COMPLETED":
            balances[e["Product"]] += e["Amount"] - e["Fee"]
            balance = round(balances[e["Product"]], 2)
        rows.append(
            {
                "Type": e["Type"],
                "Product": e["Product"],
                "Started Date": f"{e['when']:%Y-%m-%d %H:%M:%S}",
                "Completed Date": f"{e['when'] + lag:%Y-%m-%d %H:%M:%S}" if done else None,
                "Description": e["Description"],
                "Amount": e["Amount"],
                "Fee": e["Fee"],
                "Currency": "EUR",
                "State": e["State"],
                "Balance": balance,
            }
        )
    return pd.DataFrame(rows, columns=_RV_COLUMNS)


def _rv_cards(pending: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        states = ("COMPLETED", "PENDING") if pending else ("COMPLETED",)
        return d[(d["Type"] == "CARD_PAYMENT") & d["State"].isin(states)]

    return rows


def _rv_month(all_out: bool) -> Callable[[pd.DataFrame], Any]:
    def month(d: pd.DataFrame) -> Any:
        if all_out:
            rows = d[(d["State"] == "COMPLETED") & (d["Amount"] < 0) & (d["Product"] == "Current")]
        else:
            rows = _rv_cards(False)(d)
        stamps = pd.to_datetime(rows["Started Date"], format="%Y-%m-%d %H:%M:%S").dt.to_period("M")
        return _top(-rows["Amount"].groupby(stamps).sum())

    return month


def _rv_fees(d: pd.DataFrame) -> list[float]:
    done = d[d["State"] == "COMPLETED"]
    plan = -float(done.loc[done["Type"] == "FEE", "Amount"].sum())
    return [float(d["Fee"].sum()), float(done["Fee"].sum()), float(done["Fee"].sum()) + plan, plan]


_RV_ID = ("Started Date", "Completed Date", "Type", "State", "Description")
_REVOLUT_QS = [
    Q(
        "how much did i spend on card payments this year? only the ones that actually went through",
        either(
            _money(lambda d: float(-_rv_cards(False)(d)["Amount"].sum())),
            _money(lambda d: float(-_rv_cards(True)(d)["Amount"].sum())),
        ),
        (*_RV_ID, "Amount", "Product"),
    ),
    Q(
        "how many got declined",
        either(
            _count(lambda d: float((d["State"] == "DECLINED").sum())),
            _count(lambda d: float(((d["State"] == "DECLINED") & (d["Type"] == "CARD_PAYMENT")).sum())),
        ),
        (*_RV_ID, "Amount"),
    ),
    Q(
        "where do i spend the most money",
        _lead(
            either(
                _named(lambda d: _top(-_rv_cards(False)(d).groupby("Description")["Amount"].sum())),
                _named(lambda d: _top(-_rv_cards(True)(d).groupby("Description")["Amount"].sum())),
            )
        ),
        (*_RV_ID, "Amount"),
    ),
    Q(
        "which month was my spending highest",
        _lead(either(_month(_rv_month(False)), _month(_rv_month(True)))),
        (*_RV_ID, "Amount", "Product"),
    ),
    Q(
        "how much have i paid in fees altogether",
        either(*[_money(lambda d, i=i: _rv_fees(d)[i]) for i in range(4)]),
        (*_RV_ID, "Fee", "Amount"),
    ),
    Q(
        "whats my average top up",
        either(
            has(lambda d: float(d.loc[(d["Type"] == "TOPUP") & (d["State"] == "COMPLETED"), "Amount"].mean())),
            has(lambda d: float(d.loc[d["Type"] == "TOPUP", "Amount"].mean())),
        ),
        (*_RV_ID, "Amount"),
    ),
]


# --- 2. Fitbit "Activities" export (fitbit_export_20230701.csv) ---------------------------------------------------

_FB_TITLE = "Activities"
_FB_COLUMNS = [
    "Date",
    "Calories Burned",
    "Steps",
    "Distance",
    "Floors",
    "Minutes Sedentary",
    "Minutes Lightly Active",
    "Minutes Fairly Active",
    "Minutes Very Active",
    "Activity Calories",
]


def _fitbit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9402)
    body = []
    for day in pd.date_range("2022-01-01", "2023-06-30"):
        bmr = 1760 + int(rng.integers(-15, 16))
        if rng.random() < 0.05:
            values = [bmr, 0, 0.0, 0, 1440, 0, 0, 0, 0]
        else:
            season = 1500 * np.sin(2 * np.pi * (day.day_of_year - 100) / 365)
            weekend = 1800 if day.day_of_week >= 5 else 0
            steps = int(max(600, rng.normal(8200 + season + weekend, 2600)))
            very = int(max(0, rng.normal(steps / 420 + (10 if day.day_of_week >= 5 else 0), 9)))
            fairly = int(max(0, rng.normal(steps / 900, 6)))
            light = int(max(20, rng.normal(150 + steps / 120, 35)))
            sedentary = int(min(1440 - light - fairly - very, rng.normal(720, 90)))
            act_cal = int(steps * 0.042 + 4.5 * light + 7 * fairly + 10 * very + rng.normal(0, 60))
            floors = int(max(0, rng.normal(steps / 1100, 3)))
            distance = round(steps * 0.00071 * rng.uniform(0.97, 1.03), 2)
            values = [bmr + act_cal, steps, distance, floors, sedentary, light, fairly, very, act_cal]
        cal, steps, distance, floors, sedentary, light, fairly, very, act_cal = values
        body.append(
            [
                f"{day:%Y-%m-%d}",
                f"{cal:,}",
                f"{steps:,}",
                f"{distance:.2f}",
                str(floors),
                f"{sedentary:,}",
                str(light),
                str(fairly),
                str(very),
                f"{act_cal:,}",
            ]
        )
    # the word "Activities" sits on its own line above the header, so the header reads as the first row under it
    header = [_FB_TITLE] + [""] * (len(_FB_COLUMNS) - 1)
    return pd.DataFrame([_FB_COLUMNS, *body], columns=pd.Index(header))


def _fb(d: pd.DataFrame, worn: bool = False) -> pd.DataFrame:
    """The days under their real header, numbers read; only days with steps when `worn`."""
    frame = _under_title(d, "Date")
    for c in _FB_COLUMNS[1:]:
        frame[c] = _num(frame[c])
    frame["Date"] = pd.to_datetime(frame["Date"], format="%Y-%m-%d")
    return frame[frame["Steps"] > 0] if worn else frame


def _fb_month(mean: bool) -> Callable[[pd.DataFrame], Any]:
    def month(d: pd.DataFrame) -> Any:
        f = _fb(d, worn=mean)
        by = f.groupby(f["Date"].dt.to_period("M"))["Steps"]
        return pd.Period(_top(by.mean() if mean else by.sum())).to_timestamp()

    return month


def _fb_split(worn: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        f = _fb(d, worn)
        weekend = f["Date"].dt.day_of_week >= 5
        return [
            float(f.loc[weekend, "Minutes Very Active"].mean()),
            float(f.loc[~weekend, "Minutes Very Active"].mean()),
        ]

    return means


_FB_ID = ("Date",)
_FITBIT_QS = [
    Q(
        "what's my average steps per day",
        either(
            has(lambda d: float(_fb(d)["Steps"].mean()), rel=0.002),
            has(lambda d: float(_fb(d, True)["Steps"].mean()), rel=0.002),
        ),
        (*_FB_ID, "Steps"),
    ),
    Q(
        "how many days did i hit 10k steps",
        either(
            _count(lambda d: float((_fb(d)["Steps"] >= 10000).sum())),
            _count(lambda d: float((_fb(d)["Steps"] > 10000).sum())),
        ),
        (*_FB_ID, "Steps"),
    ),
    Q(
        "which month did i walk the most",
        _lead(either(_month_year(_fb_month(False)), _month_year(_fb_month(True)))),
        (*_FB_ID, "Steps", "Distance"),
    ),
    Q(
        "are steps and calories burned correlated?",
        either(
            _corr(lambda d: _fb(d)["Steps"], lambda d: _fb(d)["Calories Burned"]),
            _corr(lambda d: _fb(d, True)["Steps"], lambda d: _fb(d, True)["Calories Burned"]),
        ),
        (*_FB_ID, "Steps", "Calories Burned"),
    ),
    Q(
        "how many days are basically empty, like 0 steps",
        _count(lambda d: float((_fb(d)["Steps"] == 0).sum())),
        (*_FB_ID, "Steps", "Minutes Sedentary"),
    ),
    Q(
        "avg very active minutes on weekends vs weekdays?",
        either(_about(_fb_split(False)), _about(_fb_split(True))),
        (*_FB_ID, "Minutes Very Active", "Steps"),
    ),
]


# --- 3. Trello board export (Trello "Export as CSV", product team board) ------------------------------------------

_TR_LISTS = "Done:52;To Do:24;Doing:12;Review:12"
_TR_LABELS = "Bug (red):30;Feature (green):28;Urgent (orange):12;Design (purple):14;Backend (blue):20;Frontend (sky):18"
_TR_MEMBERS = "Anna Kowalski:30;Ben Carter:22;Chloe Dubois:18;Dev Patel:15;Elif Yilmaz:10;Finn Murphy:5"
_TR_VERBS = "Fix;Add;Update;Refactor;Remove;Investigate;Design;Write tests for;Migrate;Improve"
_TR_THINGS = (
    "login page;signup flow;password reset;billing page;invoice PDF;search results;dashboard charts;CSV export;"
    "email notifications;mobile navbar;settings screen;API rate limiting;onboarding tour;dark mode;user avatars;"
    "audit log;team invites;webhooks;Stripe integration;error tracking;file uploads;date picker;pagination"
)
_TR_COLUMNS = [
    "Card ID",
    "Card Name",
    "Card URL",
    "Card Description",
    "Labels",
    "Members",
    "Due Date",
    "Start Date",
    "Attachment Count",
    "Checklist Item Total Count",
    "Checklist Item Completed Count",
    "List Name",
    "Archived",
    "Last Activity Date",
]
_TR_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _trello_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9403)
    rows = []
    for n in range(1, 431):
        lst = _draw(rng, _TR_LISTS)
        name = f"{_one(rng, _TR_VERBS.split(';'))} {_one(rng, _TR_THINGS.split(';'))}"
        labels = []
        for _ in range(int(_one(rng, [0, 1, 2, 3], [15, 45, 30, 10]))):
            lab = _draw(rng, _TR_LABELS)
            if lab not in labels:
                labels.append(lab)
        members = []
        for _ in range(int(_one(rng, [0, 1, 2], [15, 60, 25]))):
            who = _draw(rng, _TR_MEMBERS)
            if who not in members:
                members.append(who)
        total = int(_one(rng, [0, 3, 4, 5, 6, 8, 10], [45, 10, 12, 10, 10, 8, 5]))
        share = {"Done": 1.0, "Review": 0.85, "Doing": 0.5, "To Do": 0.1}[lst]
        completed = total if lst == "Done" and rng.random() < 0.9 else int(rng.binomial(total, share))
        activity = pd.Timestamp("2022-09-01") + pd.Timedelta(minutes=int(rng.integers(0, 300 * 1440)))
        due = None
        if rng.random() < 0.3:
            due_at = activity.normalize() + pd.Timedelta(days=int(rng.integers(-10, 30)), hours=17)
            due = f"{due_at:%Y-%m-%dT%H:%M:%S}.000Z"
        start = f"{activity.normalize() - pd.Timedelta(days=5):%Y-%m-%dT%H:%M:%S}.000Z" if rng.random() < 0.03 else None
        archived = (lst == "Done" and rng.random() < 0.55) or rng.random() < 0.03
        slug = name.lower().replace(" ", "-")
        short = "".join(_TR_ALNUM[int(i)] for i in rng.integers(0, len(_TR_ALNUM), 8))
        rows.append(
            {
                "Card ID": "".join(f"{int(x):x}" for x in rng.integers(0, 16, 24)),
                "Card Name": name,
                "Card URL": f"https://trello.com/c/{short}/{n}-{slug}",
                "Card Description": "Steps to reproduce in the linked ticket." if rng.random() < 0.2 else None,
                "Labels": ", ".join(labels) or None,
                "Members": ", ".join(members) or None,
                "Due Date": due,
                "Start Date": start,
                "Attachment Count": int(_one(rng, [0, 1, 2, 3, 5], [60, 20, 10, 6, 4])),
                "Checklist Item Total Count": total,
                "Checklist Item Completed Count": completed,
                "List Name": lst,
                "Archived": "true" if archived else "false",
                "Last Activity Date": f"{activity:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z",
            }
        )
    return pd.DataFrame(rows, columns=_TR_COLUMNS)


def _tr(d: pd.DataFrame, live: bool) -> pd.DataFrame:
    """The cards, without the archived ones when `live`."""
    return d[_text(d["Archived"]).str.lower() != "true"] if live else d


def _tr_lists(live: bool) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: [float(x) for x in _tr(d, live)["List Name"].value_counts().sort_index()]


def _tr_top_member(live: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        names = _text(_tr(d, live)["Members"]).str.split(", ").explode()
        return _top(names[names != ""].value_counts())

    return top


def _tr_ticked(per_card: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        total, done = d["Checklist Item Total Count"], d["Checklist Item Completed Count"]
        if per_card:
            return float((done[total > 0] / total[total > 0]).mean())
        return float(done.sum() / total.sum())

    return share


def _tr_open_items(live: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        f = _tr(d, live)
        left = f["Checklist Item Total Count"] - f["Checklist Item Completed Count"]
        return _top(left.groupby(f["List Name"]).sum())

    return top


_TR_ID = ("Card ID", "Card Name")
_TRELLO_QS = [
    Q(
        "how many cards are in each list?",
        either(has(_tr_lists(False), rel=0.001), has(_tr_lists(True), rel=0.001)),
        (*_TR_ID, "List Name", "Archived"),
    ),
    Q(
        "how many are labelled as bugs",
        either(
            _count(lambda d: float(_text(d["Labels"]).str.contains("Bug (", regex=False).sum())),
            _count(lambda d: float(_text(_tr(d, True)["Labels"]).str.contains("Bug (", regex=False).sum())),
        ),
        (*_TR_ID, "Labels", "Archived"),
    ),
    Q(
        "who has the most cards assigned",
        _lead(either(_named(_tr_top_member(False)), _named(_tr_top_member(True)))),
        (*_TR_ID, "Members", "Archived"),
    ),
    Q(
        "what percent of cards are archived",
        _share(lambda d: float((_text(d["Archived"]).str.lower() == "true").mean())),
        (*_TR_ID, "Archived"),
    ),
    Q(
        "overall how much of the checklist stuff is ticked off",
        either(_share(_tr_ticked(False)), _share(_tr_ticked(True))),
        (*_TR_ID, "Checklist Item Total Count", "Checklist Item Completed Count"),
    ),
    Q(
        "which list has the most unfinished checklist items",
        _lead(either(_named(_tr_open_items(False)), _named(_tr_open_items(True)))),
        (*_TR_ID, "List Name", "Checklist Item Total Count", "Checklist Item Completed Count", "Archived"),
    ),
]


# --- 4. Amazon Seller Central business report ("Detail Page Sales and Traffic by Date", BusinessReport.csv) -------

_AZ_COLUMNS = [
    "Date",
    "Ordered Product Sales",
    "Units Ordered",
    "Total Order Items",
    "Page Views - Total",
    "Sessions - Total",
    "Unit Session Percentage",
    "Featured Offer (Buy Box) Percentage",
    "Average Offer Count",
]


def _amazon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9404)
    rows = []
    days = pd.date_range("2022-01-01", "2023-12-31")
    rival = set(rng.choice(len(days), 70, replace=False).tolist())
    dead = set(rng.choice(len(days), 6, replace=False).tolist()) - rival
    for i, day in enumerate(days):
        trend = 1 + 0.25 * (day.year - 2022) + 0.0004 * day.day_of_year
        peak = 1.9 if (day.month == 11 and day.day >= 20) or (day.month == 12 and day.day <= 20) else 1.0
        prime = 2.4 if day.month == 7 and 11 <= day.day <= 13 else 1.0
        sessions = int(rng.normal(820, 120) * trend * peak * prime)
        offers = int(_one(rng, [1, 2, 3], [55, 35, 10]))
        buybox = round(float(rng.uniform(96, 100)), 2)
        if i in rival:
            buybox, offers = round(float(rng.uniform(45, 89)), 2), offers + 1
        rate = max(0.02, rng.normal(0.115, 0.018)) * (buybox / 100)
        units = int(rng.binomial(sessions, rate))
        if i in dead:
            sessions, units, buybox = int(rng.integers(5, 40)), 0, 0.0
        items = units - int(rng.binomial(units, 0.06))
        views = int(sessions * rng.uniform(1.25, 1.45))
        sales = units * 24.99 * rng.uniform(0.93, 1.0)
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year % 100}",
                "Ordered Product Sales": f"${sales:,.2f}",
                "Units Ordered": units,
                "Total Order Items": items,
                "Page Views - Total": f"{views:,}",
                "Sessions - Total": f"{sessions:,}",
                "Unit Session Percentage": f"{100 * units / sessions:.2f}%",
                "Featured Offer (Buy Box) Percentage": f"{buybox:.2f}%",
                "Average Offer Count": offers,
            }
        )
    return pd.DataFrame(rows, columns=_AZ_COLUMNS)


def _az(d: pd.DataFrame) -> pd.DataFrame:
    f = d.copy()
    f["Date"] = pd.to_datetime(f["Date"], format="%m/%d/%y")
    for c in _AZ_COLUMNS[1:]:
        f[c] = _num(f[c])
    return f


def _az_year(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_az(d).loc[lambda f: f["Date"].dt.year == year, "Ordered Product Sales"].sum())


def _az_best_month(d: pd.DataFrame) -> Any:
    f = _az(d)
    return pd.Period(_top(f.groupby(f["Date"].dt.to_period("M"))["Ordered Product Sales"].sum())).to_timestamp()


_AZ_ID = ("Date",)
_AMAZON_QS = [
    Q(
        "total sales in 2023?",
        _money(_az_year(2023)),
        (*_AZ_ID, "Ordered Product Sales"),
    ),
    Q(
        "and 2022?",
        _money(_az_year(2022)),
        (*_AZ_ID, "Ordered Product Sales"),
    ),
    Q(
        "best month for sales",
        _lead(_month_year(_az_best_month)),
        (*_AZ_ID, "Ordered Product Sales"),
    ),
    Q(
        "whats the average conversion rate",
        either(
            _share(lambda d: float(_az(d)["Unit Session Percentage"].mean()) / 100),
            _share(lambda d: float(_az(d)["Units Ordered"].sum() / _az(d)["Sessions - Total"].sum())),
            _share(lambda d: float(_az(d)["Total Order Items"].sum() / _az(d)["Sessions - Total"].sum())),
        ),
        (*_AZ_ID, "Unit Session Percentage", "Units Ordered", "Sessions - Total", "Total Order Items"),
    ),
    Q(
        "how many days was the buy box under 90%",
        _count(lambda d: float((_az(d)["Featured Offer (Buy Box) Percentage"] < 90).sum())),
        (*_AZ_ID, "Featured Offer (Buy Box) Percentage"),
    ),
    Q(
        "is there a correlation between sessions and units ordered",
        _corr(lambda d: _az(d)["Sessions - Total"], lambda d: _az(d)["Units Ordered"]),
        (*_AZ_ID, "Sessions - Total", "Units Ordered"),
    ),
]


# --- 5. Our World in Data life expectancy (life-expectancy.csv, grapher download) ---------------------------------

_LE_COL = "Period life expectancy at birth - Sex: all - Age: 0"
# entity: code, 1950, 2019, 2021 ("" code for regions)
_LE_ENTITIES: dict[str, tuple[str, float, float, float]] = {
    "Afghanistan": ("AFG", 27.7, 63.6, 62.0),
    "Argentina": ("ARG", 61.4, 76.8, 75.4),
    "Australia": ("AUS", 69.0, 83.0, 84.5),
    "Bangladesh": ("BGD", 40.5, 73.0, 72.4),
    "Brazil": ("BRA", 48.1, 75.3, 72.8),
    "Canada": ("CAN", 68.3, 82.2, 81.6),
    "Central African Republic": ("CAF", 32.6, 55.0, 53.9),
    "Chad": ("TCD", 36.4, 53.7, 52.5),
    "Chile": ("CHL", 53.5, 80.3, 78.9),
    "China": ("CHN", 43.7, 78.0, 78.2),
    "Colombia": ("COL", 49.0, 76.2, 72.8),
    "Egypt": ("EGY", 41.1, 71.9, 70.2),
    "Ethiopia": ("ETH", 34.1, 65.9, 65.0),
    "France": ("FRA", 65.8, 82.7, 82.5),
    "Germany": ("DEU", 67.5, 81.3, 80.6),
    "Ghana": ("GHA", 41.2, 64.1, 63.8),
    "Hong Kong": ("HKG", 59.8, 85.1, 85.5),
    "India": ("IND", 41.7, 70.9, 67.2),
    "Indonesia": ("IDN", 43.5, 70.5, 67.6),
    "Iran": ("IRN", 40.3, 76.2, 74.0),
    "Italy": ("ITA", 65.9, 83.5, 82.9),
    "Japan": ("JPN", 59.2, 84.4, 84.8),
    "Kenya": ("KEN", 41.8, 62.7, 61.4),
    "Kosovo": ("OWID_KOS", 51.2, 79.0, 76.8),
    "Lesotho": ("LSO", 40.4, 51.7, 53.1),
    "Maldives": ("MDV", 29.5, 79.4, 80.0),
    "Mexico": ("MEX", 48.9, 75.1, 70.2),
    "Nigeria": ("NGA", 36.1, 53.3, 52.7),
    "Norway": ("NOR", 72.3, 82.9, 83.2),
    "Pakistan": ("PAK", 40.1, 66.3, 66.1),
    "Peru": ("PER", 43.8, 76.1, 72.4),
    "Philippines": ("PHL", 54.3, 72.1, 69.3),
    "Poland": ("POL", 60.0, 78.0, 75.6),
    "Russia": ("RUS", 58.5, 73.1, 69.4),
    "Somalia": ("SOM", 36.7, 56.0, 55.3),
    "South Africa": ("ZAF", 44.2, 66.2, 62.3),
    "South Korea": ("KOR", 37.3, 83.3, 83.7),
    "Spain": ("ESP", 62.0, 83.8, 83.0),
    "Sweden": ("SWE", 71.3, 83.2, 83.0),
    "Switzerland": ("CHE", 69.2, 84.0, 84.0),
    "Thailand": ("THA", 50.7, 79.3, 78.7),
    "Turkey": ("TUR", 42.3, 77.8, 76.0),
    "United Kingdom": ("GBR", 68.7, 81.4, 80.7),
    "United States": ("USA", 68.1, 78.8, 76.3),
    "Vietnam": ("VNM", 41.5, 75.4, 73.6),
    "Yemen": ("YEM", 31.2, 65.1, 63.8),
    "World": ("OWID_WRL", 46.5, 72.8, 71.0),
    "Africa": ("", 37.6, 63.3, 61.7),
    "Asia": ("", 42.0, 74.2, 72.3),
    "Europe": ("", 61.9, 79.0, 76.7),
    "Latin America and the Caribbean": ("", 48.6, 75.1, 72.2),
    "Northern America": ("", 68.1, 79.3, 77.2),
    "Oceania": ("", 60.4, 79.5, 79.6),
    "High-income countries": ("", 64.1, 80.9, 80.3),
    "Upper-middle-income countries": ("", 44.8, 76.0, 74.6),
    "Lower-middle-income countries": ("", 40.1, 69.1, 66.6),
    "Low-income countries": ("", 33.9, 63.9, 62.5),
}


def _life_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9405)
    rows = []
    years = np.arange(1950, 2022)
    for entity, (code, start, peak, last) in sorted(_LE_ENTITIES.items()):
        bend = float(rng.uniform(0.6, 1.6))
        for y in years:
            if y <= 2019:
                t = (y - 1950) / 69
                value = start + (peak - start) * (1 - (1 - t) ** bend) + float(rng.normal(0, 0.12))
                if y in (1950, 2019):
                    value = start if y == 1950 else peak
                if entity == "South Korea" and 1950 <= y <= 1953:
                    value -= 4 * (1953 - y) / 3
            elif y == 2020:
                value = peak + (last - peak) * float(rng.uniform(0.35, 0.65))
            else:
                value = last
            rows.append({"Entity": entity, "Code": code or None, "Year": int(y), _LE_COL: round(value, 3)})
    return pd.DataFrame(rows, columns=["Entity", "Code", "Year", _LE_COL])


def _le_countries(d: pd.DataFrame) -> pd.DataFrame:
    code = _text(d["Code"])
    return d[(code != "") & (code != "OWID_WRL")]


def _le_at(entity: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[(d["Entity"] == entity) & (d["Year"] == year), _LE_COL].iloc[0])


def _le_2021(d: pd.DataFrame) -> pd.Series:
    c = _le_countries(d)
    return c[c["Year"] == 2021].set_index("Entity")[_LE_COL]


def _le_gain(d: pd.DataFrame) -> pd.Series:
    c = _le_countries(d).pivot(index="Entity", columns="Year", values=_LE_COL)
    return c[2021] - c[1950]


def _le_first_above(d: pd.DataFrame) -> int:
    w = d[d["Entity"] == "World"].sort_values("Year")
    return int(w.loc[w[_LE_COL] > 70, "Year"].iloc[0])


_LE_ID = ("Entity", "Code", "Year")
_LIFE_QS = [
    Q(
        "what was life expectancy for the whole world in 2021",
        has(_le_at("World", 2021), rel=0.002),
        (*_LE_ID, _LE_COL),
    ),
    Q(
        "which country had the highest in 2021",
        _lead(_named(lambda d: _top(_le_2021(d)))),
        (*_LE_ID, _LE_COL),
    ),
    Q(
        "and the lowest?",
        _lead(_named(lambda d: _top(-_le_2021(d)))),
        (*_LE_ID, _LE_COL),
    ),
    Q(
        "how many years has the world gained since 1950",
        has(lambda d: _le_at("World", 2021)(d) - _le_at("World", 1950)(d), rel=0.005),
        (*_LE_ID, _LE_COL),
    ),
    Q(
        "which country improved the most between 1950 and 2021",
        _lead(_named(lambda d: _top(_le_gain(d)))),
        (*_LE_ID, _LE_COL),
    ),
    Q(
        "when did the world average first go above 70",
        _year(_le_first_above),
        (*_LE_ID, _LE_COL),
    ),
]


# --- 6. NBA draft history (basketball-reference.com draft finder, 1990-2021) --------------------------------------

_NB_COLUMNS = _split(
    "Year;Rk;Pk;Tm;Player;College;Yrs;G;MP;PTS;TRB;AST;FG%;3P%;FT%;MP per game;PTS per game;TRB per game;"
    "AST per game;WS;WS/48;BPM;VORP"
)
_NB_TEAMS = _split(
    "ATL;BOS;CHI;CLE;DAL;DEN;DET;GSW;HOU;IND;LAC;LAL;MIA;MIL;MIN;NYK;ORL;PHI;PHO;POR;SAC;SAS;TOR;UTA;"
    "SEA;NJN;CHH;VAN;WSB;NOH"
)
_NB_COLLEGES = (
    "Duke:30;Kentucky:34;North Carolina:22;UCLA:18;Kansas:20;Arizona:18;Michigan State:13;UConn:14;Syracuse:12;"
    "Florida:12;Texas:12;Michigan:11;Villanova:9;Gonzaga:9;Georgetown:9;Louisville:10;Indiana:8;Ohio State:9;"
    "Wake Forest:7;Stanford:7;LSU:8;Memphis:7;Maryland:8;Georgia Tech:7;USC:7;Washington:8;Baylor:6;Iowa State:5;"
    "Oregon:6;Purdue:6;Virginia:6;Tennessee:6;Alabama:5;Marquette:5;Xavier:4;Cincinnati:5;Notre Dame:5"
)
_NB_FIRST = _split(
    "James;Michael;Chris;Kevin;Anthony;Marcus;Jason;Tyler;Brandon;Derrick;Andre;Jamal;Darius;Jalen;Luka;Nikola;"
    "Dario;Tony;Isaiah;Kyle;Malik;Trey;Zach;Devin;Terrence;Kendrick;Rashad;Shawn;Lamar;Vince;Antoine;Corey;Eric;"
    "Jordan;Cameron;Julius;Aaron;Bogdan;Goran;Marko"
)
_NB_LAST = _split(
    "Johnson;Williams;Brown;Jones;Davis;Miller;Wilson;Moore;Taylor;Thomas;Jackson;White;Harris;Martin;Thompson;"
    "Robinson;Walker;Young;Allen;King;Wright;Hill;Green;Adams;Baker;Nelson;Carter;Mitchell;Roberts;Turner;Phillips;"
    "Campbell;Parker;Evans;Edwards;Collins;Stewart;Morris;Murphy;Cook;Rogers;Bell;Bailey;Cooper;Howard;Ward;Gray;"
    "James;Watson;Brooks;Sanders;Price;Bennett;Wood;Barnes;Ross;Henderson;Coleman;Jenkins;Perry;Powell;Long;"
    "Petrovic;Jokic;Kovac;Novak;Horvat;Marjanovic"
)


def _nb_team(code: str, year: int) -> str:
    moves = {
        "SEA": "OKC" if year >= 2008 else "SEA",
        "NJN": "BRK" if year >= 2012 else "NJN",
        "CHH": "CHH" if year <= 2001 else ("CHA" if year <= 2013 else "CHO"),
        "VAN": "VAN" if year <= 2000 else "MEM",
        "WSB": "WSB" if year <= 1997 else "WAS",
        "NOH": "NOH" if year <= 2012 else "NOP",
    }
    return moves.get(code, code)


def _nba_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9406)
    rows = []
    used: set[str] = set()
    rk = 0
    for year in range(1990, 2022):
        picks = 54 if year <= 1994 else (58 if year <= 2003 else 60)
        for pk in range(1, picks + 1):
            rk += 1
            for attempt in range(200):
                name = f"{_one(rng, _NB_FIRST)} {_one(rng, _NB_LAST)}"
                if attempt > 100:
                    name += " Jr."
                if name not in used:
                    used.add(name)
                    break
            foreign = rng.random() < (0.12 if pk <= 30 else 0.3)
            college = None if foreign or rng.random() < 0.05 else _draw(rng, _NB_COLLEGES)
            row: dict[str, Any] = {"Year": year, "Rk": rk, "Pk": pk, "Tm": _nb_team(str(_one(rng, _NB_TEAMS)), year)}
            row |= {"Player": name, "College": college}
            talent = float(rng.normal(0, 1)) + 1.8 * np.exp(-pk / 6) - 0.03 * pk
            never = rng.random() < min(0.55, 0.01 + 0.009 * max(0, pk - 8))
            if not never:
                room = 2022 - year
                yrs = int(np.clip(round(rng.normal(6 + 3.5 * talent, 3.5)), 1, room))
                games = int(max(1, yrs * rng.uniform(30, 75) if yrs > 1 else rng.integers(1, 60)))
                mpg = float(np.clip(rng.normal(20 + 6 * talent, 5), 2, 38))
                ppg = float(np.clip(mpg * rng.normal(0.45 + 0.04 * talent, 0.06), 0.3, 30))
                rpg = float(np.clip(mpg * rng.uniform(0.1, 0.3), 0.1, 14))
                apg = float(np.clip(mpg * rng.uniform(0.03, 0.2), 0.0, 10))
                minutes = int(games * mpg)
                ws = round(float(minutes / 48 * rng.normal(0.07 + 0.03 * talent, 0.04)), 1)
                threes = rng.random() < 0.85
                row |= {
                    "Yrs": yrs,
                    "G": games,
                    "MP": minutes,
                    "PTS": int(games * ppg),
                    "TRB": int(games * rpg),
                    "AST": int(games * apg),
                    "FG%": round(float(rng.normal(0.44, 0.04)), 3),
                    "3P%": round(float(np.clip(rng.normal(0.32, 0.07), 0, 1)), 3) if threes else None,
                    "FT%": round(float(np.clip(rng.normal(0.73, 0.08), 0.3, 0.95)), 3),
                    "MP per game": round(mpg, 1),
                    "PTS per game": round(ppg, 1),
                    "TRB per game": round(rpg, 1),
                    "AST per game": round(apg, 1),
                    "WS": ws,
                    "WS/48": round(ws * 48 / max(minutes, 1), 3),
                    "BPM": round(float(rng.normal(-2.5 + 2 * talent, 2.5)), 1),
                    "VORP": round(float(rng.normal(2 + 4 * talent, 3) * yrs / 8), 1),
                }
            rows.append(row)
    return pd.DataFrame(rows, columns=_NB_COLUMNS)


def _nb_ws(late: bool, zero: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        rows = d[d["Pk"] > 30] if late else d[d["Pk"] == 1]
        return float((rows["WS"].fillna(0) if zero else rows["WS"]).mean())

    return mean


_NB_ID = ("Year", "Rk", "Pk", "Player", "Tm")
_NBA_QS = [
    Q(
        "how many draft picks never played a single nba game",
        _count(lambda d: float(d["G"].isna().sum())),
        (*_NB_ID, "G", "Yrs"),
    ),
    Q(
        "which college has produced the most picks",
        _lead(_named(lambda d: _top(_text(d["College"]).loc[lambda s: s != ""].value_counts()))),
        (*_NB_ID, "College"),
    ),
    Q(
        "who has the most career points",
        _lead(_named(lambda d: str(d.loc[d["PTS"].idxmax(), "Player"]))),
        (*_NB_ID, "PTS"),
    ),
    Q(
        "average career win shares for number 1 picks?",
        either(has(_nb_ws(False, False), rel=0.005), has(_nb_ws(False, True), rel=0.005)),
        (*_NB_ID, "WS"),
    ),
    Q(
        "what about guys taken after pick 30",
        either(has(_nb_ws(True, False), rel=0.005), has(_nb_ws(True, True), rel=0.005)),
        (*_NB_ID, "WS"),
    ),
    Q(
        "does how early you get picked correlate with points per game",
        either(
            _corr(lambda d: d["Pk"], lambda d: d["PTS per game"]),
            _corr(lambda d: d["Pk"], lambda d: d["PTS per game"].fillna(0)),
        ),
        (*_NB_ID, "PTS per game"),
    ),
]


# --- 7. US Census ACS 5-year table B08301 by county (ACSDT5Y2021.B08301-Data.csv) ---------------------------------

_CE_MODES = [
    ("Car, truck, or van:", "car"),
    ("Car, truck, or van:!!Drove alone", "alone"),
    ("Car, truck, or van:!!Carpooled:", "pool"),
    ("Public transportation (excluding taxicab):", "transit"),
    ("Taxicab", "taxi"),
    ("Motorcycle", "moto"),
    ("Bicycle", "bike"),
    ("Walked", "walk"),
    ("Other means", "other"),
    ("Worked from home", "home"),
]
_CE_TOTAL = "Estimate!!Total:"
_CE_ALONE = "Estimate!!Total:!!Car, truck, or van:!!Drove alone"
_CE_TRANSIT = "Estimate!!Total:!!Public transportation (excluding taxicab):"
_CE_BIKE = "Estimate!!Total:!!Bicycle"
_CE_HOME = "Estimate!!Total:!!Worked from home"
_CE_COLUMNS = ["GEO_ID", "NAME", _CE_TOTAL, "Margin of Error!!Total:"]
for _label, _k in _CE_MODES:
    _CE_COLUMNS += [f"Estimate!!Total:!!{_label}", f"Margin of Error!!Total:!!{_label}"]
_CE_COLUMNS += ["Unnamed: 24"]
# state: FIPS, counties in the file, workers (millions), transit share, work-from-home share
_CE_STATES: dict[str, tuple[int, int, float, float, float]] = {
    "Alabama": (1, 16, 2.1, 0.003, 0.05),
    "Arizona": (4, 12, 3.1, 0.015, 0.12),
    "California": (6, 30, 18.0, 0.045, 0.13),
    "Colorado": (8, 18, 2.9, 0.025, 0.15),
    "Florida": (12, 26, 9.6, 0.015, 0.10),
    "Georgia": (13, 28, 4.9, 0.018, 0.10),
    "Illinois": (17, 24, 6.0, 0.08, 0.09),
    "Iowa": (19, 16, 1.6, 0.008, 0.07),
    "Kansas": (20, 14, 1.4, 0.004, 0.07),
    "Kentucky": (21, 18, 1.9, 0.01, 0.07),
    "Louisiana": (22, 16, 2.0, 0.01, 0.05),
    "Maryland": (24, 14, 3.0, 0.07, 0.13),
    "Massachusetts": (25, 14, 3.5, 0.08, 0.14),
    "Michigan": (26, 22, 4.5, 0.01, 0.08),
    "Minnesota": (27, 20, 2.9, 0.03, 0.11),
    "Missouri": (29, 20, 2.9, 0.01, 0.08),
    "New Jersey": (34, 21, 4.4, 0.10, 0.12),
    "New York": (36, 26, 9.2, 0.26, 0.10),
    "North Carolina": (37, 24, 4.8, 0.01, 0.10),
    "Ohio": (39, 24, 5.4, 0.015, 0.08),
    "Oregon": (41, 14, 2.0, 0.03, 0.14),
    "Pennsylvania": (42, 24, 6.0, 0.05, 0.09),
    "Tennessee": (47, 20, 3.2, 0.006, 0.08),
    "Texas": (48, 40, 13.4, 0.012, 0.09),
    "Virginia": (51, 22, 4.1, 0.03, 0.13),
    "Washington": (53, 18, 3.7, 0.05, 0.14),
    "Wisconsin": (55, 18, 3.0, 0.015, 0.08),
}
_CE_NAMES = _split(
    "Washington;Jefferson;Franklin;Jackson;Lincoln;Madison;Clay;Montgomery;Union;Marion;Monroe;Wayne;Greene;"
    "Warren;Grant;Adams;Carroll;Lake;Polk;Johnson;Marshall;Clark;Douglas;Lee;Hamilton;Scott;Benton;Shelby;Morgan;"
    "Calhoun;Perry;Fayette;Knox;Lawrence;Putnam;Randolph;Hancock;Howard;Boone;Crawford;Henry;Logan;Mercer;Pike;"
    "Brown;Butler;Cass;Columbia;Fulton;Harrison;Houston;Orange;Richland;Sumner;Union;Wilson;Kings;Queens;Cook;"
    "Dallas;Harris;Travis;Bexar;Hidalgo;Cameron;Maricopa;Pima;Denver;Boulder;Dane;Hennepin;Ramsey;King;Pierce;"
    "Multnomah;Fairfax;Arlington;Allegheny;Essex;Hudson;Bergen;Middlesex;Suffolk;Norfolk;Wake;Mecklenburg"
)


def _census_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9407)
    body = []
    for state, (fips, n, workers, transit, home) in _CE_STATES.items():
        sizes = rng.lognormal(0, 1.3, n)
        sizes = sizes / sizes.sum() * workers * 1e6
        names: list[str] = []
        for _ in range(n):
            while (pick := str(_one(rng, _CE_NAMES))) in names:
                pass
            names.append(pick)
        kind = "Parish" if state == "Louisiana" else "County"
        order = np.argsort(sizes)[::-1]
        for rank, i in enumerate(order):
            total = int(max(400, sizes[i]))
            urban = rank < 2
            s = {
                "transit": float(np.clip(rng.lognormal(np.log(transit * (3 if urban else 0.4)), 0.5), 0.0, 0.6)),
                "home": float(np.clip(rng.normal(home * (1.3 if urban else 0.9), 0.02), 0.01, 0.35)),
                "pool": float(np.clip(rng.normal(0.09, 0.02), 0.03, 0.2)),
                "taxi": float(rng.uniform(0.0, 0.003)),
                "moto": float(rng.uniform(0.0, 0.004)),
                "bike": float(np.clip(rng.lognormal(np.log(0.004), 0.9), 0, 0.08)),
                "walk": float(np.clip(rng.lognormal(np.log(0.02 * (2 if urban else 1)), 0.5), 0, 0.2)),
                "other": float(rng.uniform(0.005, 0.015)),
            }
            s["alone"] = max(0.2, 1 - sum(s.values()))
            counts = {k: round(total * v) for k, v in s.items()}
            counts["car"] = counts["alone"] + counts["pool"]
            total = sum(counts[k] for _l, k in _CE_MODES if k != "car")
            row = [f"0500000US{fips:02d}{2 * int(i) + 1:03d}", f"{names[i]} {kind}, {state}"]
            row += [str(total), str(int(40 + 2.5 * np.sqrt(total) * rng.uniform(0.5, 1.5)))]
            for _label, k in _CE_MODES:
                moe = int(12 + 1.6 * np.sqrt(counts[k]) * rng.uniform(0.6, 1.4))
                row += [str(counts[k]), str(moe)]
            body.append([*row, None])
    description = ["Geography", "Geographic Area Name", *_CE_COLUMNS[2:-1], None]
    return pd.DataFrame([description, *body], columns=_CE_COLUMNS)


def _ce(d: pd.DataFrame) -> pd.DataFrame:
    """The counties without the description row, counts as numbers, with the state split off."""
    f = d[_text(d["GEO_ID"]) != "Geography"].copy()
    for c in _CE_COLUMNS[2:-1]:
        f[c] = _num(f[c])
    f["state"] = _text(f["NAME"]).str.split(", ").str[-1]
    return f


def _ce_state_sum(col: str, state: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ce(d).loc[lambda f: f["state"] == state, col].sum())


def _ce_top_bike(d: pd.DataFrame) -> str:
    f = _ce(d)
    return _top((f[_CE_BIKE] / f[_CE_TOTAL]).set_axis(f["NAME"]))


_CE_ID = ("GEO_ID", "NAME")
_CENSUS_QS = [
    Q(
        "which state has the most people working from home",
        _lead(_named(lambda d: _top(_ce(d).groupby("state")[_CE_HOME].sum()))),
        (*_CE_ID, _CE_HOME),
    ),
    Q(
        "what share of workers drive to work alone, across everything",
        _share(lambda d: float(_ce(d)[_CE_ALONE].sum() / _ce(d)[_CE_TOTAL].sum())),
        (*_CE_ID, _CE_ALONE, _CE_TOTAL),
    ),
    Q(
        "which county has the biggest share biking to work",
        _lead(either(_named(_ce_top_bike), _named(lambda d: _ce_top_bike(d).split(",")[0]))),
        (*_CE_ID, _CE_BIKE, _CE_TOTAL),
    ),
    Q(
        "how many counties have over 20% taking public transit",
        _count(lambda d: float((_ce(d)[_CE_TRANSIT] / _ce(d)[_CE_TOTAL] > 0.2).sum())),
        (*_CE_ID, _CE_TRANSIT, _CE_TOTAL),
    ),
    Q(
        "total number of workers in texas?",
        either(has(_ce_state_sum(_CE_TOTAL, "Texas"), rel=0.001), _scaled(_ce_state_sum(_CE_TOTAL, "Texas"), (1e6,))),
        (*_CE_ID, _CE_TOTAL),
    ),
    Q(
        "and how many of them take public transport",
        has(_ce_state_sum(_CE_TRANSIT, "Texas"), rel=0.001),
        (*_CE_ID, _CE_TRANSIT),
    ),
]


HELDOUT94: list[Dataset] = [
    Dataset("revolut_account_statement", _revolut_frame, _REVOLUT_QS),
    Dataset("fitbit_activities_export", _fitbit_frame, _FITBIT_QS),
    Dataset("trello_board_export", _trello_frame, _TRELLO_QS),
    Dataset("amazon_business_report_by_date", _amazon_frame, _AMAZON_QS),
    Dataset("owid_life_expectancy", _life_frame, _LIFE_QS),
    Dataset("nba_draft_history", _nba_frame, _NBA_QS),
    Dataset("acs_b08301_commute_by_county", _census_frame, _CENSUS_QS),
]
