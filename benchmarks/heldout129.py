"""HELDOUT129: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Wise
Business GBP balance statement CSV (TransferWise ID as "CARD-1234567890" for card spending and "TRANSFER-..." for
incoming top-ups and outgoing payments, Date as "05-01-2024" day first, Amount negative on spending, Currency GBP on
every row, Description as "Card transaction of 45.00 EUR issued by Uber BV Amsterdam", Payment Reference mostly blank,
Running Balance, Exchange From / Exchange To / Exchange Rate filled only on foreign-currency card payments, Payer
Name on top-ups, Payee Name and Payee Account Number on transfers, Merchant with its city in upper case, Card Last
Four Digits, Card Holder Full Name, Attachment and Note mostly blank, Total fees 0.00 or a conversion fee, 2024); a
HubSpot Service Hub tickets export (Ticket ID as a number, Ticket name, Pipeline "Support Pipeline", Ticket status
New / Waiting on contact / Waiting on us / Closed, Priority High / Medium / Low with blanks, Source Email / Chat /
Form / Phone, Ticket owner, Create date and Close date as "2024-01-05 14:23" (Close date blank while open), Last
activity date, Category PRODUCT_ISSUE / BILLING_ISSUE / FEATURE_REQUEST / GENERAL_INQUIRY with blanks, Associated
Company, 2024); a Forest-style study-timer log (Start Time and End Time as "2024-01-08T09:15:32.000Z", Tag with
"Unset" for untagged sessions, Note mostly blank, Tree Type, Is Success True / False, failed sessions cut short,
2024); a Shopify inventory export per variant and location (Handle, Title, Option1 Name "Size" / Option1 Value,
Option2 Name "Color" / Option2 Value, Option3 Name / Value blank, SKU, HS Code and COO mostly blank, Location, Bin
name blank, Incoming / Unavailable / Committed / Available (not editable) and On hand (current) with "not stocked"
where a variant is not stocked at a location, Available negative when oversold, On hand (new) blank); the CDC
"COVID-19 Vaccinations in the United States, County" file (Date as "12/28/2022", FIPS as five digits with "UNK"
rows for "Unknown County" per state, MMWR_week, Recip_County, Recip_State, Completeness_pct,
Administered_Dose1_Recip, Administered_Dose1_Pop_Pct, Series_Complete_Yes, Series_Complete_Pop_Pct,
Series_Complete_65Plus, Series_Complete_65PlusPop_Pct, Booster_Doses, Booster_Doses_Vax_Pct, SVI_CTGY A-D,
Metro_status Metro / Non-metro (blank on UNK rows), Census2019 (blank on UNK rows); monthly snapshots of 2022 for
five states, cumulative counts); the NASA CNEOS fireball and bolide table (Peak Brightness Date/Time (UT) as
"2013-02-15 03:20:33", Latitude (deg.) as "54.8N", Longitude (deg.) as "61.1E", Altitude (km), Velocity (km/s), vx,
vy, vz, with blanks in the location and velocity columns, Total Radiated Energy (J) as "2.3E10", Calculated Total
Impact Energy (kt), 1988-2024, newest first); and one monthly HM Land Registry price paid data file with its header
row added (Transaction unique identifier as "{8B5C...}" in braces, Price, Date of Transfer as "2024-03-15 00:00",
Postcode with a few blanks, Property Type D / S / T / F / O, Old/New Y / N, Duration F / L, PAON, SAON mostly blank,
Street, Locality mostly blank, upper-case Town/City, District and County, PPD Category Type A / B, Record Status -
monthly file only A / C / D). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions."""
    return _scaled(value, (1e3, 1e6))


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _num(s: pd.Series) -> pd.Series:
    """Numbers with text around them ("not stocked", "54.8N"), blanks as NaN."""
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-eE]", "", regex=True), errors="coerce")


def _stamp(start: str, end: str, rng: np.random.Generator, n: int) -> pd.Series:
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    secs = np.sort(rng.integers(0, int((hi - lo).total_seconds()), n))
    return pd.Series(lo + pd.to_timedelta(secs, unit="s"))


# --- 1. Wise Business card statement -------------------------------------------------------------------------------

_WS_HOLDERS = ["Amelia Hughes", "Oliver Bennett", "Sophie Turner", "Raj Malhotra"]
# merchant: (city, currency, weight, log-mean amount)
_WS_MERCHANTS: dict[str, tuple[str, str, float, float]] = {
    "Amazon Web Services": ("LUXEMBOURG", "EUR", 10, 5.2),
    "Google Workspace": ("DUBLIN", "GBP", 8, 3.9),
    "Tesco Stores": ("LONDON", "GBP", 14, 3.0),
    "Pret A Manger": ("LONDON", "GBP", 18, 2.3),
    "Uber BV": ("AMSTERDAM", "EUR", 12, 2.9),
    "Trainline": ("LONDON", "GBP", 9, 4.0),
    "Figma Inc": ("SAN FRANCISCO", "USD", 5, 4.6),
    "Slack Technologies": ("SAN FRANCISCO", "USD", 6, 4.3),
    "Ryanair": ("DUBLIN", "EUR", 5, 4.5),
    "Staples UK": ("MANCHESTER", "GBP", 6, 3.6),
}
_WS_FX = {"EUR": 1.17, "USD": 1.27}


def _wise_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12901)
    n = 900
    when = _stamp("2024-01-02", "2024-12-30", rng, n).dt.normalize()
    cards = {h: f"{int(rng.integers(1000, 9999))}" for h in _WS_HOLDERS}
    names = list(_WS_MERCHANTS)
    weights = [_WS_MERCHANTS[m][2] for m in names]
    balance = 5000.0
    rows = []
    for t in when:
        blank = dict.fromkeys(["Payment Reference", "Exchange From", "Exchange To", "Exchange Rate", "Payer Name"], "")
        blank |= dict.fromkeys(["Payee Name", "Payee Account Number", "Merchant", "Card Last Four Digits"], "")
        blank |= dict.fromkeys(["Card Holder Full Name", "Attachment", "Note"], "")
        roll = rng.random()
        if roll < 0.04 or balance < 800:
            amount = round(float(rng.uniform(3000, 9000)), 2)
            row = blank | {"Payer Name": "NORTHWIND LTD", "Payment Reference": "TOP UP"}
            ident, desc, fee = f"TRANSFER-{int(rng.integers(1e8, 1e9))}", "Received money from NORTHWIND LTD", 0.0
        elif roll < 0.07:
            amount = -round(float(rng.uniform(200, 2500)), 2)
            payee = str(_one(rng, ["Bright Design Studio", "HMRC", "Castle Accountants"]))
            row = blank | {"Payee Name": payee, "Payee Account Number": f"{int(rng.integers(1e7, 1e8))}"}
            row["Payment Reference"] = str(_one(rng, ["INV 2041", "VAT Q2", "retainer"]))
            ident, desc, fee = f"TRANSFER-{int(rng.integers(1e8, 1e9))}", f"Sent money to {payee}", 0.0
        else:
            merchant = str(_one(rng, names, weights))
            city, cur, _, mu = _WS_MERCHANTS[merchant]
            holder = str(_one(rng, _WS_HOLDERS, [4, 3, 2, 2]))
            local = round(float(np.exp(rng.normal(mu, 0.6))) + 0.5, 2)
            row = blank | {"Merchant": f"{merchant} {city}", "Card Last Four Digits": cards[holder]}
            row["Card Holder Full Name"] = holder
            row["Attachment"] = str(_one(rng, ["", "receipt.pdf"], [3, 1]))
            row["Note"] = str(_one(rng, ["", "", "", "", "client lunch", "team travel", "subscription"]))
            if cur == "GBP":
                gbp, fee = local, 0.0
            else:
                rate = round(_WS_FX[cur] * float(rng.uniform(0.98, 1.02)), 4)
                gbp = round(local / rate, 2)
                fee = round(max(0.3, gbp * 0.0045), 2)
                row |= {"Exchange From": "GBP", "Exchange To": cur, "Exchange Rate": f"{rate:.4f}"}
            amount = -round(gbp + fee, 2)
            ident = f"CARD-{int(rng.integers(1e9, 1e10))}"
            desc = f"Card transaction of {local:.2f} {cur} issued by {merchant} {city}"
        balance = round(balance + amount, 2)
        rows.append(
            {"TransferWise ID": ident, "Date": f"{t:%d-%m-%Y}", "Amount": amount, "Currency": "GBP"}
            | {"Description": desc, "Running Balance": balance}
            | row
            | {"Total fees": fee}
        )
    cols = ["TransferWise ID", "Date", "Amount", "Currency", "Description", "Payment Reference", "Running Balance"]
    cols += ["Exchange From", "Exchange To", "Exchange Rate", "Payer Name", "Payee Name", "Payee Account Number"]
    cols += ["Merchant", "Card Last Four Digits", "Card Holder Full Name", "Attachment", "Note", "Total fees"]
    return pd.DataFrame(rows)[cols]


def _ws_card(d: pd.DataFrame) -> pd.Series:
    return _txt(d["TransferWise ID"]).str.startswith("CARD")


def _ws_foreign(d: pd.DataFrame) -> pd.Series:
    return _ws_card(d) & _txt(d["Exchange To"]).ne("") & _txt(d["Exchange To"]).ne("GBP")


def _ws_top_merchant(d: pd.DataFrame) -> str:
    card = d.loc[_ws_card(d)]
    return _top(-card.groupby("Merchant")["Amount"].sum())


def _ws_month(spend: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        keep = spend(d)
        months = pd.to_datetime(d["Date"], format="%d-%m-%Y").dt.to_period("M")
        by = -d.loc[keep, "Amount"].groupby(months[keep]).sum()
        return pd.Period(_ranked(by).index[0], "M").to_timestamp()

    return value


_WISE_QS = [
    Q(
        "how much did we spend on the cards in total?",
        either(
            _money(lambda d: float(-d.loc[_ws_card(d), "Amount"].sum())),
            _money(lambda d: float(-d.loc[_ws_card(d), "Amount"].sum() - d.loc[_ws_card(d), "Total fees"].sum())),
        ),
        ("TransferWise ID", "Amount", "Description", "Total fees"),
    ),
    Q(
        "where did we spend the most money?",
        _lead(_named(lambda d: re.sub(r"(?:\s+[A-Z]{2,})+$", "", _ws_top_merchant(d)))),
        ("Merchant", "Amount", "TransferWise ID", "Description"),
    ),
    Q(
        "average card payment for each person on the account",
        _about(lambda d: (-d.loc[_ws_card(d)].groupby("Card Holder Full Name")["Amount"].mean()).to_numpy()),
        ("Card Holder Full Name", "Amount", "TransferWise ID"),
    ),
    Q(
        "how many card payments were in a foreign currency?",
        _count(lambda d: int(_ws_foreign(d).sum())),
        ("Exchange To", "Exchange From", "Description", "TransferWise ID", "Currency"),
    ),
    Q(
        "and how much did we pay in fees on those?",
        _money(lambda d: float(d.loc[_ws_foreign(d), "Total fees"].sum())),
        ("Exchange To", "Exchange From", "Total fees", "TransferWise ID"),
    ),
    Q(
        "which month was the biggest for spending?",
        either(
            _lead(_month_year(_ws_month(_ws_card))),
            _lead(_month_year(_ws_month(lambda d: d["Amount"] < 0))),
        ),
        ("Date", "Amount", "TransferWise ID"),
    ),
]


# --- 2. HubSpot tickets export -------------------------------------------------------------------------------------

_HS_OWNERS = ["Jess Morgan", "Ben Carter", "Lucia Ferreira", "Tariq Aziz", "Nina Kowalski"]
# category: (weight, subjects)
_HS_CATS: dict[str, tuple[float, list[str]]] = {
    "PRODUCT_ISSUE": (38, ["Export button not working", "Dashboard won't load", "Sync error with Salesforce"]),
    "BILLING_ISSUE": (22, ["Charged twice", "Need invoice copy", "Refund request"]),
    "FEATURE_REQUEST": (14, ["Add dark mode", "Bulk edit contacts", "API rate limit increase"]),
    "GENERAL_INQUIRY": (18, ["How do I add a user?", "Question about plans", "Password reset"]),
    "": (8, ["Re: your ticket", "Help", "(no subject)"]),
}
_HS_PRIORITY_HOURS = {"High": 9.0, "Medium": 26.0, "Low": 60.0, "": 40.0}


def _hubspot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12902)
    n = 2200
    created = _stamp("2024-01-02", "2024-12-31", rng, n)
    end = pd.Timestamp("2025-01-03 12:00")
    companies = ["Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Retail", "Wayne Logistics", ""]
    rows = []
    for k, t in enumerate(created):
        cat = str(_one(rng, list(_HS_CATS), [v[0] for v in _HS_CATS.values()]))
        priority = str(_one(rng, ["High", "Medium", "Low", ""], [2, 5, 3, 1.5]))
        source = str(_one(rng, ["Email", "Chat", "Form", "Phone"], [45, 30, 18, 7]))
        owner = str(_one(rng, _HS_OWNERS, [5, 4, 4, 3, 2]))
        hours = float(rng.gamma(1.3, _HS_PRIORITY_HOURS[priority] / 1.3)) + 0.1
        closed = t + pd.Timedelta(hours=hours)
        if closed < end and rng.random() < 0.93:
            status, close = "Closed", f"{closed:%Y-%m-%d %H:%M}"
            last = closed
        else:
            status = str(_one(rng, ["New", "Waiting on contact", "Waiting on us"], [3, 4, 3]))
            close, last = "", min(end, t + pd.Timedelta(hours=float(rng.uniform(0, 48))))
        rows.append(
            {
                "Ticket ID": 1800000000 + 7 * k + int(rng.integers(0, 7)),
                "Ticket name": str(_one(rng, _HS_CATS[cat][1])),
                "Pipeline": "Support Pipeline",
                "Ticket status": status,
                "Priority": priority,
                "Source": source,
                "Ticket owner": owner if rng.random() > 0.03 else "",
                "Create date": f"{t:%Y-%m-%d %H:%M}",
                "Close date": close,
                "Last activity date": f"{last:%Y-%m-%d %H:%M}",
                "Category": cat,
                "Associated Company": str(_one(rng, companies)),
            }
        )
    return pd.DataFrame(rows)


def _hs_hours(d: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(d["Close date"]) - pd.to_datetime(d["Create date"])).dt.total_seconds() / 3600


def _hs_typical(keep: Callable[[pd.DataFrame], pd.Series]) -> Check:
    def pick(how: str) -> Callable[[pd.DataFrame], float]:
        return lambda d: float(getattr(_hs_hours(d)[keep(d)].dropna(), how)())

    return either(
        _about(pick("mean"), rel=0.02),
        _about(pick("median"), rel=0.02),
        _about(lambda d: pick("mean")(d) / 24, rel=0.02),
        _about(lambda d: pick("median")(d) / 24, rel=0.02),
    )


_HUBSPOT_QS = [
    Q(
        "how many tickets are still open?",
        _count(lambda d: int((_txt(d["Ticket status"]) != "Closed").sum())),
        ("Ticket status", "Close date"),
    ),
    Q(
        "what kind of issue do we get the most tickets about?",
        _lead(_named(lambda d: _top(_txt(d["Category"])[_txt(d["Category"]) != ""].value_counts()))),
        ("Category",),
    ),
    Q(
        "how long does it usually take to close a ticket?",
        _hs_typical(lambda d: pd.Series(True, index=d.index)),
        ("Create date", "Close date", "Ticket status"),
    ),
    Q(
        "and for the high priority ones?",
        _hs_typical(lambda d: _txt(d["Priority"]) == "High"),
        ("Create date", "Close date", "Ticket status", "Priority"),
    ),
    Q(
        "what percent of tickets come in through chat",
        _share(lambda d: float((_txt(d["Source"]) == "Chat").mean())),
        ("Source",),
    ),
    Q(
        "who closed the most tickets?",
        _lead(_named(lambda d: _top(d.loc[_txt(d["Ticket status"]) == "Closed", "Ticket owner"].value_counts()))),
        ("Ticket owner", "Ticket status", "Close date"),
    ),
]


# --- 3. Forest-style study log -------------------------------------------------------------------------------------

# tag: (weight, mean planned minutes, give-up chance)
_FO_TAGS: dict[str, tuple[float, float, float]] = {
    "Math": (26, 50, 0.16),
    "Biology": (20, 40, 0.10),
    "Chemistry": (16, 45, 0.20),
    "Reading": (12, 30, 0.06),
    "Essay": (10, 60, 0.25),
    "Unset": (16, 25, 0.12),
}
_FO_TREES = ["Cedar", "Bush", "Lemon Tree", "Cherry Blossom", "Pine", "Rose"]


def _forest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12903)
    n = 1300
    starts = _stamp("2024-01-08 07:00", "2024-12-20 23:00", rng, n)
    rows = []
    for t in starts:
        if t.hour < 7:
            t = t + pd.Timedelta(hours=8)
        tag = str(_one(rng, list(_FO_TAGS), [v[0] for v in _FO_TAGS.values()]))
        _, planned_mean, quit_p = _FO_TAGS[tag]
        if t.dayofweek == 6:
            planned_mean *= 1.3
        planned = int(5 * max(2, round(float(rng.normal(planned_mean, 12)) / 5)))
        ok = rng.random() >= quit_p
        minutes = planned if ok else float(rng.uniform(1, planned * 0.8))
        end = t + pd.Timedelta(minutes=minutes)
        rows.append(
            {
                "Start Time": f"{t:%Y-%m-%dT%H:%M:%S}.000Z",
                "End Time": f"{end:%Y-%m-%dT%H:%M:%S}.000Z",
                "Tag": tag,
                "Note": str(_one(rng, ["", "", "", "", "chapter 4", "past paper", "flashcards", "lab report"])),
                "Tree Type": str(_one(rng, _FO_TREES)),
                "Is Success": bool(ok),
            }
        )
    return pd.DataFrame(rows)


def _fo_minutes(d: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(d["End Time"]) - pd.to_datetime(d["Start Time"])).dt.total_seconds() / 60


def _fo_ok(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Is Success"]).str.lower() == "true"


def _fo_fail_rate(tag: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((~_fo_ok(d))[_txt(d["Tag"]) == tag].mean())


def _weekday(value: Callable[[pd.DataFrame], str]) -> Check:
    """A weekday by name, singular or plural ("Sunday", "Sundays")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        day = value(df)
        return None if re.search(rf"\b{day}s?\b", answer, re.IGNORECASE) else f"missing day {day}"

    return check


_FOREST_QS = [
    Q(
        "how many hours have i studied in total?",
        either(
            _about(lambda d: float(_fo_minutes(d).sum() / 60), rel=0.01),
            _about(lambda d: float(_fo_minutes(d)[_fo_ok(d)].sum() / 60), rel=0.01),
        ),
        ("Start Time", "End Time", "Is Success"),
    ),
    Q(
        "which subject do i spend the most time on",
        _lead(_named(lambda d: _top(_fo_minutes(d).groupby(_txt(d["Tag"])).sum()))),
        ("Tag", "Start Time", "End Time"),
    ),
    Q(
        "how long is a typical session?",
        either(
            _about(lambda d: float(_fo_minutes(d).mean()), rel=0.02),
            _about(lambda d: float(_fo_minutes(d).median()), rel=0.02),
        ),
        ("Start Time", "End Time"),
    ),
    Q(
        "how often do i give up on math?",
        _share(_fo_fail_rate("Math")),
        ("Tag", "Is Success"),
    ),
    Q(
        "and chemistry?",
        _share(_fo_fail_rate("Chemistry")),
        ("Tag", "Is Success"),
    ),
    Q(
        "what day of the week do i study the most",
        either(
            _lead(
                _weekday(lambda d: _top(_fo_minutes(d).groupby(pd.to_datetime(d["Start Time"]).dt.day_name()).sum()))
            ),
            _lead(_weekday(lambda d: _top(pd.to_datetime(d["Start Time"]).dt.day_name().value_counts()))),
        ),
        ("Start Time", "End Time"),
    ),
]


# --- 4. Shopify inventory export -----------------------------------------------------------------------------------

# product: (colors, popularity)
_SH_PRODUCTS: dict[str, tuple[list[str], float]] = {
    "Classic Crew Tee": (["Black", "White", "Heather Grey", "Navy"], 3.0),
    "Relaxed Hoodie": (["Black", "Oatmeal", "Forest Green"], 2.2),
    "Everyday Joggers": (["Black", "Charcoal"], 1.6),
    "Linen Button-Up": (["White", "Sand", "Sky Blue"], 1.0),
    "Merino Beanie": (["Black", "Rust", "Grey"], 0.8),
    "Canvas Tote": (["Natural"], 0.6),
    "Quarter-Zip Fleece": (["Navy", "Cream"], 1.2),
    "Ribbed Tank": (["White", "Black", "Sage"], 1.4),
}
_SH_SIZES = ["XS", "S", "M", "L", "XL"]
_SH_SIZE_W = {"XS": 0.5, "S": 0.9, "M": 1.3, "L": 1.2, "XL": 0.7}
# location: (stock scale, stocked chance)
_SH_LOCS = {"Main Warehouse": (1.0, 1.0), "Brooklyn Store": (0.25, 0.8), "Austin Pop-up": (0.12, 0.55)}
_SH_LOCS |= {"ShipBob Chicago": (0.5, 0.7)}


def _shopify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12904)
    rows = []
    for title, (colors, pop) in _SH_PRODUCTS.items():
        handle = title.lower().replace(" ", "-")
        sizes = ["One Size"] if title in ("Merino Beanie", "Canvas Tote") else _SH_SIZES
        for color in colors:
            for size in sizes:
                sku = f"{''.join(w[0] for w in title.split()).upper()}-{color[:3].upper()}-{size.replace(' ', '')}"
                for loc, (scale, stocked) in _SH_LOCS.items():
                    base = {
                        "Handle": handle,
                        "Title": title,
                        "Option1 Name": "Size",
                        "Option1 Value": size,
                        "Option2 Name": "Color",
                        "Option2 Value": color,
                        "Option3 Name": "",
                        "Option3 Value": "",
                        "SKU": sku,
                        "HS Code": "6109.10" if "Tee" in title and rng.random() < 0.5 else "",
                        "COO": str(_one(rng, ["", "PT", "CN", "US"], [4, 2, 2, 1])),
                        "Location": loc,
                        "Bin name": "",
                    }
                    if rng.random() > stocked:
                        vals = dict.fromkeys(["Incoming", "Unavailable", "Committed", "Available"], "not stocked")
                        rows.append(base | vals | {"On hand (current)": "not stocked", "On hand (new)": ""})
                        continue
                    w = _SH_SIZE_W.get(size, 1.0)
                    on_hand = int(rng.poisson(60 * scale * pop * w)) if rng.random() > 0.12 else 0
                    committed = int(rng.poisson(4 * scale * pop * w))
                    unavailable = int(rng.poisson(0.6))
                    available = on_hand - committed - unavailable
                    if on_hand < committed + unavailable:
                        unavailable = 0
                        available = on_hand - committed
                    incoming = int(rng.choice([0, 0, 0, 24, 48])) if loc == "Main Warehouse" else 0
                    vals = {"Incoming": incoming, "Unavailable": unavailable, "Committed": committed}
                    vals |= {"Available": available, "On hand (current)": on_hand, "On hand (new)": ""}
                    rows.append(base | vals)
    return pd.DataFrame(rows)


def _sh(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_numeric(d[col], errors="coerce")


_SHOPIFY_QS = [
    Q(
        "how many units do we have on hand altogether?",
        _count(lambda d: int(_sh(d, "On hand (current)").sum())),
        ("On hand (current)",),
    ),
    Q(
        "which location is holding the most stock",
        _lead(_named(lambda d: _top(_sh(d, "On hand (current)").groupby(d["Location"]).sum()))),
        ("Location", "On hand (current)"),
    ),
    Q(
        "how many variants are out of stock at the main warehouse?",
        either(
            _count(lambda d: int(((_sh(d, "Available") <= 0) & (d["Location"] == "Main Warehouse")).sum())),
            _count(lambda d: int(((_sh(d, "On hand (current)") == 0) & (d["Location"] == "Main Warehouse")).sum())),
        ),
        ("Location", "Available", "On hand (current)", "SKU", "Title", "Option1 Value", "Option2 Value"),
    ),
    Q(
        "anything oversold? how many",
        _count(lambda d: int((_sh(d, "Available") < 0).sum())),
        ("Available", "SKU", "Title", "Location"),
    ),
    Q(
        "which product has the most units committed to orders?",
        _lead(_named(lambda d: _top(_sh(d, "Committed").groupby(d["Title"]).sum()))),
        ("Title", "Committed", "Handle"),
    ),
    Q(
        "average available stock by size",
        _about(lambda d: _sh(d, "Available").groupby(d["Option1 Value"]).mean().to_numpy(), rel=0.02),
        ("Option1 Value", "Option1 Name", "Available"),
    ),
]


# --- 5. CDC COVID-19 vaccinations by county ------------------------------------------------------------------------

_CV_STATES = {"OH": ("39", 30), "GA": ("13", 32), "CO": ("08", 22), "VT": ("50", 14), "MS": ("28", 26)}
_CV_LEAN = {"OH": 0.0, "GA": -4.0, "CO": 8.0, "VT": 14.0, "MS": -8.0}
_CV_NAMES = ["Adams", "Clark", "Franklin", "Jackson", "Jefferson", "Lincoln", "Madison", "Marion", "Monroe"]
_CV_NAMES += ["Morgan", "Union", "Warren", "Washington", "Wayne", "Hamilton", "Greene", "Lake", "Lee", "Pike"]
_CV_NAMES += ["Grant", "Douglas", "Henry", "Perry", "Polk", "Scott", "Shelby", "Butler", "Carroll", "Clay"]
_CV_NAMES += ["Fulton", "Logan", "Mercer"]


def _cdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12905)
    dates = [pd.Timestamp(2022, m, 1) + pd.offsets.MonthEnd(0) for m in range(1, 13)]
    dates = [t - pd.Timedelta(days=(t.dayofweek - 2) % 7) for t in dates]
    counties = []
    for st, (code, k) in _CV_STATES.items():
        for j in range(k):
            metro = rng.random() < 0.35
            pop = int(np.exp(rng.normal(11.6 if metro else 9.9, 0.8)))
            svi = str(_one(rng, ["A", "B", "C", "D"]))
            level = 55 + _CV_LEAN[st] + (9 if metro else 0) - {"A": -3, "B": 0, "C": 2, "D": 5}[svi]
            level = float(np.clip(level + rng.normal(0, 7), 25, 92))
            fips = f"{code}{2 * j + 1:03d}"
            counties.append((st, fips, f"{_CV_NAMES[j]} County", metro, pop, svi, level))
    rows = []
    for i, t in enumerate(dates):
        grow = 0.93 + 0.07 * i / 11
        week = int(t.isocalendar()[1])
        for st, fips, name, metro, pop, svi, level in counties:
            full_pct = round(level * grow, 1)
            dose1_pct = round(min(95.0, full_pct * float(rng.uniform(1.12, 1.2))), 1)
            full = int(pop * full_pct / 100)
            boost_pct = round(min(80.0, (30 + 0.45 * (level - 50)) * (0.75 + 0.25 * i / 11) + rng.normal(0, 2)), 1)
            p65 = round(min(95.0, full_pct + 22 + float(rng.normal(0, 3))), 1)
            rows.append(
                {
                    "Date": f"{t:%m/%d/%Y}",
                    "FIPS": fips,
                    "MMWR_week": week,
                    "Recip_County": name,
                    "Recip_State": st,
                    "Completeness_pct": round(float(rng.uniform(93, 99)), 1),
                    "Administered_Dose1_Recip": int(pop * dose1_pct / 100),
                    "Administered_Dose1_Pop_Pct": dose1_pct,
                    "Series_Complete_Yes": full,
                    "Series_Complete_Pop_Pct": full_pct,
                    "Series_Complete_65Plus": int(pop * 0.18 * p65 / 100),
                    "Series_Complete_65PlusPop_Pct": p65,
                    "Booster_Doses": int(full * boost_pct / 100),
                    "Booster_Doses_Vax_Pct": boost_pct,
                    "SVI_CTGY": svi,
                    "Metro_status": "Metro" if metro else "Non-metro",
                    "Census2019": pop,
                }
            )
        for st in _CV_STATES:
            unk = int(rng.integers(800, 9000) * grow)
            rows.append(
                {"Date": f"{t:%m/%d/%Y}", "FIPS": "UNK", "MMWR_week": week, "Recip_County": "Unknown County"}
                | {"Recip_State": st, "Completeness_pct": 0.0, "Administered_Dose1_Recip": int(unk * 1.15)}
                | {"Administered_Dose1_Pop_Pct": 0.0, "Series_Complete_Yes": unk, "Series_Complete_Pop_Pct": 0.0}
                | {"Series_Complete_65Plus": int(unk * 0.2), "Series_Complete_65PlusPop_Pct": 0.0}
                | {"Booster_Doses": int(unk * 0.4), "Booster_Doses_Vax_Pct": 0.0, "SVI_CTGY": ""}
                | {"Metro_status": "", "Census2019": np.nan}
            )
    out = pd.DataFrame(rows)
    return out.iloc[::-1].reset_index(drop=True)


def _cv_latest(d: pd.DataFrame, known: bool) -> pd.DataFrame:
    t = pd.to_datetime(d["Date"], format="%m/%d/%Y")
    out = d.loc[t == t.max()]
    return out.loc[out["FIPS"].astype(str) != "UNK"] if known else out


def _cv_state_top(weighted: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _cv_latest(d, True)
        if weighted:
            g = x.groupby("Recip_State")
            return _top(g["Series_Complete_Yes"].sum() / g["Census2019"].sum())
        return _top(x.groupby("Recip_State")["Series_Complete_Pop_Pct"].mean())

    return value


def _cv_metro(weighted: bool) -> Callable[[pd.DataFrame], Any]:
    def value(d: pd.DataFrame) -> Any:
        x = _cv_latest(d, True)
        g = x.groupby("Metro_status")
        if weighted:
            return (100 * g["Series_Complete_Yes"].sum() / g["Census2019"].sum()).to_numpy()
        return g["Series_Complete_Pop_Pct"].mean().to_numpy()

    return value


_CDC_QS = [
    Q(
        "how many counties are in here?",
        either(
            _count(lambda d: int(d.loc[d["FIPS"].astype(str) != "UNK", "FIPS"].nunique())),
            _count(lambda d: int(d[["FIPS", "Recip_State"]].drop_duplicates().shape[0])),
        ),
        ("FIPS", "Recip_County", "Recip_State"),
    ),
    Q(
        "how many people were fully vaccinated as of the latest date?",
        either(
            _money(lambda d: float(_cv_latest(d, False)["Series_Complete_Yes"].sum())),
            _money(lambda d: float(_cv_latest(d, True)["Series_Complete_Yes"].sum())),
        ),
        ("Date", "Series_Complete_Yes", "FIPS"),
    ),
    Q(
        "which state has the highest full vaccination rate?",
        either(_lead(_named(_cv_state_top(True))), _lead(_named(_cv_state_top(False)))),
        ("Recip_State", "Series_Complete_Pop_Pct", "Series_Complete_Yes", "Census2019", "Date"),
    ),
    Q(
        "are metro counties more vaccinated than rural ones?",
        either(_about(_cv_metro(True), rel=0.01), _about(_cv_metro(False), rel=0.01)),
        ("Metro_status", "Series_Complete_Pop_Pct", "Series_Complete_Yes", "Census2019", "Date"),
    ),
    Q(
        "how many counties were still under 50% fully vaccinated at the end?",
        either(
            _count(lambda d: int((_cv_latest(d, True)["Series_Complete_Pop_Pct"] < 50).sum())),
            _count(lambda d: int((_cv_latest(d, False)["Series_Complete_Pop_Pct"] < 50).sum())),
        ),
        ("Series_Complete_Pop_Pct", "Date", "FIPS", "Recip_County"),
    ),
    Q(
        "do counties with more people fully vaxxed also have higher booster rates?",
        either(
            _corr(
                lambda d: _cv_latest(d, True)["Series_Complete_Pop_Pct"],
                lambda d: _cv_latest(d, True)["Booster_Doses_Vax_Pct"],
            ),
            _corr(
                lambda d: d.loc[d["FIPS"].astype(str) != "UNK", "Series_Complete_Pop_Pct"],
                lambda d: d.loc[d["FIPS"].astype(str) != "UNK", "Booster_Doses_Vax_Pct"],
            ),
        ),
        ("Series_Complete_Pop_Pct", "Booster_Doses_Vax_Pct", "Date", "FIPS"),
    ),
]


# --- 6. NASA CNEOS fireballs ---------------------------------------------------------------------------------------


def _fireball_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12906)
    n = 1000
    # reports thicken after the mid-2000s
    years = np.concatenate([rng.uniform(1988, 2005, 180), rng.uniform(2005, 2024.9, n - 180)])
    when = pd.to_datetime("1988-01-01") + pd.to_timedelta((np.sort(years) - 1988) * 365.25 * 86400, unit="s")
    rows = []
    for t in when:
        radiated = float(np.exp(rng.normal(np.log(4e10), 1.3)))
        impact = 8.25 * (radiated / 4.185e12) ** 0.885
        has_loc = rng.random() > 0.06
        has_vel = rng.random() > (0.75 if t.year < 2005 else 0.35)
        lat, lon = float(np.degrees(np.arcsin(rng.uniform(-1, 1)))), float(rng.uniform(-180, 180))
        v = float(np.clip(rng.gamma(6.0, 3.0), 11.5, 70)) if has_vel else np.nan
        alt = round(float(rng.normal(35, 9)), 1) if has_loc and rng.random() > 0.25 else np.nan
        vx, vy, vz = np.round(v * rng.dirichlet([1, 1, 1]) ** 0.5 * rng.choice([-1, 1], 3), 1) if has_vel else [""] * 3
        rows.append(
            {
                "Peak Brightness Date/Time (UT)": f"{t:%Y-%m-%d %H:%M:%S}",
                "Latitude (deg.)": f"{abs(lat):.1f}{'N' if lat >= 0 else 'S'}" if has_loc else "",
                "Longitude (deg.)": f"{abs(lon):.1f}{'E' if lon >= 0 else 'W'}" if has_loc else "",
                "Altitude (km)": alt,
                "Velocity (km/s)": round(v, 1) if has_vel else np.nan,
                "vx": vx,
                "vy": vy,
                "vz": vz,
                "Total Radiated Energy (J)": f"{radiated:.1E}".replace("E+", "E"),
                "Calculated Total Impact Energy (kt)": round(impact, 3) if impact < 10 else round(impact, 1),
            }
        )
    out = pd.DataFrame(rows)
    big = int(rng.integers(len(out) // 2, len(out)))
    out.loc[big, ["Total Radiated Energy (J)", "Calculated Total Impact Energy (kt)"]] = ["3.8E14", 440.0]
    return out.iloc[::-1].reset_index(drop=True)


def _fb_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Peak Brightness Date/Time (UT)"])


def _fb_biggest(d: pd.DataFrame) -> pd.Series:
    return d.loc[pd.to_numeric(d["Calculated Total Impact Energy (kt)"], errors="coerce").idxmax()]


def _fb_radiated(answer: str, df: pd.DataFrame) -> str | None:
    """The biggest event's radiated energy as written ("3.8E14", "3.8 x 10^14 J")."""
    text = f"{float(_fb_biggest(df)['Total Radiated Energy (J)']):.1E}"
    mant, exp = text.split("E")
    pattern = rf"{re.escape(mant)}\s*(?:e\+?0?{int(exp)}|[x×*·]\s*10\s*\^?\s*{int(exp)})"
    return None if re.search(pattern, answer, re.IGNORECASE) else f"missing radiated energy {text}"


_FIREBALL_QS = [
    Q(
        "how many fireballs have there been since 2020?",
        _count(lambda d: int((_fb_when(d) >= "2020-01-01").sum())),
        ("Peak Brightness Date/Time (UT)",),
    ),
    Q(
        "which year had the most of them",
        _lead(_year(lambda d: int(_top(_fb_when(d).dt.year.value_counts())))),
        ("Peak Brightness Date/Time (UT)",),
    ),
    Q(
        "what was the most powerful one and when did it happen",
        both(
            _year(lambda d: int(pd.Timestamp(_fb_biggest(d)["Peak Brightness Date/Time (UT)"]).year)),
            either(_about(lambda d: float(_fb_biggest(d)["Calculated Total Impact Energy (kt)"])), _fb_radiated),
        ),
        ("Peak Brightness Date/Time (UT)", "Calculated Total Impact Energy (kt)", "Total Radiated Energy (J)"),
    ),
    Q(
        "average speed of these things?",
        either(
            _about(lambda d: float(pd.to_numeric(d["Velocity (km/s)"], errors="coerce").mean()), rel=0.01),
            _about(lambda d: float(pd.to_numeric(d["Velocity (km/s)"], errors="coerce").median()), rel=0.01),
        ),
        ("Velocity (km/s)",),
    ),
    Q(
        "how many don't have a speed recorded?",
        _count(lambda d: int(pd.to_numeric(d["Velocity (km/s)"], errors="coerce").isna().sum())),
        ("Velocity (km/s)",),
    ),
    Q(
        "how many were over the southern hemisphere?",
        _count(lambda d: int(_txt(d["Latitude (deg.)"]).str.endswith("S").sum())),
        ("Latitude (deg.)",),
    ),
]


# --- 7. HM Land Registry price paid data, one month ---------------------------------------------------------------

# town: (district, county, weight, price level)
_LR_TOWNS: dict[str, tuple[str, str, float, float]] = {
    "LONDON": ("CITY OF WESTMINSTER", "GREATER LONDON", 16, 13.5),
    "MANCHESTER": ("MANCHESTER", "GREATER MANCHESTER", 9, 12.3),
    "BIRMINGHAM": ("BIRMINGHAM", "WEST MIDLANDS", 10, 12.3),
    "BRISTOL": ("CITY OF BRISTOL", "CITY OF BRISTOL", 7, 12.8),
    "LEEDS": ("LEEDS", "WEST YORKSHIRE", 8, 12.2),
    "NOTTINGHAM": ("NOTTINGHAM", "NOTTINGHAM", 5, 12.1),
    "NORWICH": ("NORWICH", "NORFOLK", 4, 12.4),
    "CARDIFF": ("CARDIFF", "CARDIFF", 5, 12.35),
    "SHEFFIELD": ("SHEFFIELD", "SOUTH YORKSHIRE", 6, 12.1),
    "OXFORD": ("OXFORD", "OXFORDSHIRE", 3, 13.0),
    "BRIGHTON": ("BRIGHTON AND HOVE", "BRIGHTON AND HOVE", 3, 12.9),
    "READING": ("READING", "READING", 3, 12.8),
}
_LR_TYPE = {"D": (0.55, 18), "S": (0.15, 28), "T": (0.0, 28), "F": (-0.3, 20), "O": (0.4, 6)}
_LR_STREETS = ["HIGH STREET", "STATION ROAD", "CHURCH LANE", "VICTORIA ROAD", "PARK AVENUE", "MILL LANE"]
_LR_STREETS += ["GREEN LANE", "MANOR ROAD", "THE CRESCENT", "QUEENS ROAD", "KINGS WAY", "ELM GROVE"]


def _landreg_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12907)
    n = 3200
    towns = list(_LR_TOWNS)
    types = list(_LR_TYPE)
    rows = []
    for _ in range(n):
        town = str(_one(rng, towns, [_LR_TOWNS[x][2] for x in towns]))
        district, county, _, level = _LR_TOWNS[town]
        ptype = str(_one(rng, types, [_LR_TYPE[x][1] for x in types]))
        new = rng.random() < (0.22 if ptype == "F" else 0.08)
        duration = "L" if ptype == "F" or (ptype != "O" and rng.random() < 0.04) else "F"
        category = "B" if ptype == "O" or rng.random() < 0.05 else "A"
        price = float(np.exp(rng.normal(level + _LR_TYPE[ptype][0] + (0.08 if new else 0), 0.42)))
        price = int(round(price / 500) * 500) if rng.random() < 0.7 else int(price)
        day = pd.Timestamp("2024-03-01") + pd.Timedelta(days=int(rng.integers(0, 31)))
        flat = ptype == "F"
        out = "".join(rng.choice(list("ABCDEFGHJKLMNPRSTUWY"), 2))
        code = f"{town[:2]}{int(rng.integers(1, 30))} {int(rng.integers(1, 9))}{out}" if rng.random() > 0.01 else ""
        h = "".join(rng.choice(list("0123456789ABCDEF"), 32))
        rows.append(
            {
                "Transaction unique identifier": f"{{{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}}}",
                "Price": price,
                "Date of Transfer": f"{day:%Y-%m-%d} 00:00",
                "Postcode": code,
                "Property Type": ptype,
                "Old/New": "Y" if new else "N",
                "Duration": duration,
                "PAON": str(int(rng.integers(1, 180)))
                if not flat
                else str(_one(rng, ["ALBION HOUSE", "12", "THE MALTINGS"])),
                "SAON": f"FLAT {int(rng.integers(1, 40))}" if flat else "",
                "Street": str(_one(rng, _LR_STREETS)),
                "Locality": str(_one(rng, ["", "", "", "", "", "HEADINGLEY", "CLIFTON", "DIDSBURY"])),
                "Town/City": town,
                "District": district,
                "County": county,
                "PPD Category Type": category,
                "Record Status - monthly file only": str(_one(rng, ["A", "C", "D"], [96, 3, 1])),
            }
        )
    return pd.DataFrame(rows)


def _lr_typical_pair(how: str) -> Callable[[pd.DataFrame], Any]:
    return lambda d: d.loc[d["Property Type"].isin(["D", "F"])].groupby("Property Type")["Price"].agg(how).to_numpy()


def _lr_new(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Old/New"]) == "Y"


_LANDREG_QS = [
    Q(
        "what's the average price paid this month?",
        either(
            _money(lambda d: float(d["Price"].mean())),
            _money(lambda d: float(d["Price"].median())),
            _money(lambda d: float(d.loc[_txt(d["PPD Category Type"]) == "A", "Price"].mean())),
        ),
        ("Price", "Date of Transfer", "PPD Category Type"),
    ),
    Q(
        "which town had the most sales",
        _lead(_named(lambda d: _top(_txt(d["Town/City"]).value_counts()))),
        ("Town/City",),
    ),
    Q(
        "how do detached houses compare to flats on price?",
        either(_money(_lr_typical_pair("mean")), _money(_lr_typical_pair("median"))),
        ("Property Type", "Price"),
    ),
    Q(
        "what share of sales were new builds?",
        _share(lambda d: float(_lr_new(d).mean())),
        ("Old/New",),
    ),
    Q(
        "how many of those were leasehold",
        _count(lambda d: int((_lr_new(d) & (_txt(d["Duration"]) == "L")).sum())),
        ("Old/New", "Duration"),
    ),
    Q(
        "how many places went for over a million?",
        either(
            _count(lambda d: int((d["Price"] > 1_000_000).sum())),
            _count(lambda d: int((d["Price"] >= 1_000_000).sum())),
        ),
        ("Price",),
    ),
]


HELDOUT129: list[Dataset] = [
    Dataset("wise_business_card_statement", _wise_frame, _WISE_QS),
    Dataset("hubspot_tickets_export", _hubspot_frame, _HUBSPOT_QS),
    Dataset("goodnotes_study_log", _forest_frame, _FOREST_QS),
    Dataset("shopify_inventory_export", _shopify_frame, _SHOPIFY_QS),
    Dataset("cdc_covid_vaccinations_by_county", _cdc_frame, _CDC_QS),
    Dataset("nasa_fireball_events", _fireball_frame, _FIREBALL_QS),
    Dataset("uk_land_registry_ppd_monthly", _landreg_frame, _LANDREG_QS),
]
