"""HELDOUT168: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Thinkific course enrollments export (2023 to
mid 2024, one row per enrollment, so students repeat) with "Enrollment ID", "User ID", "First Name", "Last Name",
Email (lower case), "Course ID", "Course Name", "Enrolled At" / "Started At" / "Completed At" as "2023-04-12 14:05:33
UTC" (Started and Completed blank when not reached), "Percentage Completed" as "45%", "Expiry Date" (mostly blank),
"Free Trial" (true/false) and "Amount Paid" as "$199.00" ("$0.00" for trials and coupons); a Tesla app Supercharger
charging history export (two cars, Germany and neighbours, 2022-2024) with ChargeStartDateTime as
"2023-05-14T13:22:10+02:00", Vin, Country, SiteLocationName, InvoiceNumber, ChargeSessionId (repeated when an idle fee
row follows), FeeType (CHARGING / PARKING), Currency (EUR, CHF for Switzerland), PricingType (PAYMENT / NO_CHARGE),
UsageBase (kWh, or idle minutes on PARKING rows), UsageTier1-UsageTier2 (blank), UnitCostBase, "Total Exc. VAT", VAT
and "Total Inc. VAT"; a Readwise highlights export (2022-2024) with Highlight (text), "Book Title", "Book Author"
(blank for some articles), "Amazon Book ID" (blank for articles), Note (mostly blank), Color (yellow / blue / pink /
orange, blank for some), Tags ("favorite,concept"), "Location Type" (location / page / order), Location, "Highlighted
at" as "2023-04-12 21:33:00+00:00" and "Document tags"; a Zoho Inventory items export with "Item ID", "Item Name",
SKU (blank for some), Description, Rate and "Purchase Rate" as "USD 25.00", "Usage unit" (pcs / box / kg / hrs),
"Product Type" (goods / service), "Item Type" (Inventory / Sales), Category, Vendor (blank for services), "Reorder
Level", "Opening Stock", "Stock On Hand" (blank for services, negative for a few oversold items), "Tax Name", "Tax
Percentage" and Status (Active / Inactive); the Cambridge (MA) Daily Police Log (2022-2023) with "Date/Time" as
"05/14/2023 10:32:00 PM", ID ("2023-04512", repeated for a few multi-entry incidents), Type (upper case, such as
"LARCENY OF BICYCLE"), Subtype (blank for most), Location ("100 MASSACHUSETTS AVE, Cambridge, MA") and Description;
NHS England "Appointments in General Practice" national monthly CSV (APR2023-MAR2024) with APPOINTMENT_MONTH as
"MAR2024", APPT_STATUS (Attended / DNA / Unknown), HCP_TYPE (GP / Other Practice staff / Unknown), APPT_MODE
(Face-to-Face / Telephone / Home Visit / Video Conference/Online / Unknown), TIME_BETWEEN_BOOK_AND_APPT ("Same Day",
"1 Day", "2 to 7 Days", "8  to 14 Days" with its double space, ..., "Unknown / Data Quality") and
COUNT_OF_APPOINTMENTS (empty cells left out); and Eurostat nrg_pc_204 (electricity prices for household consumers)
as the SDMX-CSV long download with DATAFLOW, "LAST UPDATE", freq (S), product (6000), nrg_cons (KWH_LT1000 ...
KWH_GE15000), unit (KWH), tax (I_TAX / X_TAX / X_VAT), currency (EUR), geo ("DE", "EL", "EU27_2020"), TIME_PERIOD
as "2022-S1", OBS_VALUE (EUR per kWh, blank for some) and OBS_FLAG ("p", "e", "b" or blank). All are generated with
fixed seeds 16801-16807.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _split, _text
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, corr_of, either, has
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$1,234.50", "USD 25.00", "45%" or blanks."""
    cleaned = s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce")


def _month_only(month: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("June", "Jun")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        ok = re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE)
        return None if ok else f"missing month {m}"

    return check


# --- 1. Thinkific course enrollments export ------------------------------------------------------------------------

# course: id, price, weight, completion tendency
_TK_COURSES = {
    "Python for Data Analysis": (1841201, 199.0, 5.0, 0.45),
    "SQL Fundamentals": (1841202, 99.0, 4.0, 0.6),
    "Excel Dashboards Masterclass": (1841203, 149.0, 3.0, 0.5),
    "Intro to Machine Learning": (1841204, 249.0, 2.5, 0.3),
    "Tableau Quick Start": (1841205, 79.0, 2.0, 0.65),
    "Free Mini-Course: Data Careers 101": (1841206, 0.0, 3.5, 0.55),
}
_TK_FIRST = "Emma;Liam;Olivia;Noah;Ava;Mateo;Sofia;Lucas;Mia;Ethan;Zara;Arjun;Chen;Fatima;Jonas;Ines;Kofi;Yuki"
_TK_LAST = "Smith;Garcia;Nguyen;Patel;Kim;Müller;Rossi;Okafor;Silva;Johnson;Brown;Cohen;Haddad;Ito;Novak;Diaz"
_TK_FMT = "%Y-%m-%d %H:%M:%S UTC"


def _thinkific_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16801)
    first, last = _TK_FIRST.split(";"), _TK_LAST.split(";")
    users = []
    for i in range(620):
        f, la = _one(rng, first), _one(rng, last)
        users.append((3305100 + i, f, la, f"{f.lower()}.{la.lower()}{int(rng.integers(1, 99))}@example.com"))
    names = list(_TK_COURSES)
    weights = [v[2] for v in _TK_COURSES.values()]
    start, span = pd.Timestamp("2023-01-01"), (pd.Timestamp("2024-06-30") - pd.Timestamp("2023-01-01")).days
    rows = []
    for k in range(1450):
        uid, f, la, email = users[int(rng.integers(len(users)))] if k >= 600 else users[k % len(users)]
        course = _one(rng, names, weights)
        cid, price, _, tendency = _TK_COURSES[course]
        day = int(rng.integers(span)) if rng.random() < 0.7 else int(rng.integers(60, 150))  # spring 2023 launch push
        enrolled = start + pd.Timedelta(days=day, seconds=int(rng.integers(86400)))
        trial = price > 0 and rng.random() < 0.12
        coupon = price > 0 and not trial and rng.random() < 0.08
        paid = 0.0 if (price == 0 or trial or coupon) else price * (0.8 if rng.random() < 0.15 else 1.0)
        started = rng.random() < (0.6 if trial else 0.85)
        if not started:
            pct = 0
        elif rng.random() < tendency * (0.5 if trial else 1.0):
            pct = 100
        else:
            pct = int(rng.integers(1, 100))
        s_at = enrolled + pd.Timedelta(hours=float(rng.uniform(0.1, 200))) if started else None
        c_at = s_at + pd.Timedelta(days=float(rng.uniform(1, 90))) if pct == 100 else None
        rows.append(
            {
                "Enrollment ID": 70120000 + k,
                "User ID": uid,
                "First Name": f,
                "Last Name": la,
                "Email": email,
                "Course ID": cid,
                "Course Name": course,
                "Enrolled At": enrolled.strftime(_TK_FMT),
                "Started At": s_at.strftime(_TK_FMT) if s_at is not None else "",
                "Completed At": c_at.strftime(_TK_FMT) if c_at is not None else "",
                "Percentage Completed": f"{pct}%",
                "Expiry Date": (enrolled + pd.Timedelta(days=14)).strftime("%Y-%m-%d") if trial else "",
                "Free Trial": "true" if trial else "false",
                "Amount Paid": f"${paid:,.2f}",
            }
        )
    return pd.DataFrame(rows)


def _tk_done(d: pd.DataFrame) -> pd.Series:
    return _text(d["Completed At"]) != ""


def _tk_month(d: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(d["Enrolled At"].str.replace(" UTC", ""), format="%Y-%m-%d %H:%M:%S")
    return t.dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


def _tk_trial(d: pd.DataFrame) -> pd.Series:
    return d["Free Trial"].astype(str).str.lower() == "true"


_TK_ID = ("Enrollment ID", "User ID", "Email")
_THINKIFIC_QS = [
    Q(
        "how many students have enrolled",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["User ID"].nunique()))),
        (*_TK_ID,),
    ),
    Q(
        "which course is the most popular",
        _lead(_named(lambda d: _top(d["Course Name"].value_counts()))),
        ("Course Name", "Course ID", *_TK_ID),
    ),
    Q(
        "what percent of enrollments actually finished the course",
        _share(lambda d: float(_tk_done(d).mean())),
        ("Completed At", "Percentage Completed", *_TK_ID),
    ),
    Q(
        "how much money have we made",
        _money(lambda d: float(_num(d["Amount Paid"]).sum())),
        ("Amount Paid",),
    ),
    Q(
        "avg progress for free trial people vs everyone else?",
        has(
            lambda d: [
                float(_num(d.loc[_tk_trial(d), "Percentage Completed"]).mean()),
                float(_num(d.loc[~_tk_trial(d), "Percentage Completed"]).mean()),
            ],
            rel=0.01,
        ),
        ("Free Trial", "Percentage Completed"),
    ),
    Q("which month had the most signups", _month_year(_tk_month), ("Enrolled At", *_TK_ID)),
]


# --- 2. Tesla Supercharger charging history ------------------------------------------------------------------------

# site: country, price per kWh (EUR or CHF), weight
_TS_SITES = {
    "Berlin - Schönefeld, Germany": ("DE", 0.52, 6.0),
    "Berlin - Mitte, Germany": ("DE", 0.58, 3.0),
    "Leipzig, Germany": ("DE", 0.49, 2.0),
    "Hamburg - Barsbüttel, Germany": ("DE", 0.54, 1.5),
    "Dresden, Germany": ("DE", 0.50, 1.2),
    "Wrocław, Poland": ("PL", 0.41, 0.6),
    "Prague - Chodov, Czech Republic": ("CZ", 0.44, 0.7),
    "Zürich - Dietlikon, Switzerland": ("CH", 0.55, 0.4),
}
_TS_VINS = ["LRW3E7FS8NC123456", "XP7YGCEK5PB098765"]


def _tesla_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16802)
    sites = list(_TS_SITES)
    weights = [v[2] for v in _TS_SITES.values()]
    rows = []
    t = pd.Timestamp("2022-03-01 08:00")
    n = 0
    while t < pd.Timestamp("2024-06-30"):
        t = t + pd.Timedelta(hours=float(rng.exponential(52)))
        site = _one(rng, sites, weights)
        country, price, _ = _TS_SITES[site]
        vin = _one(rng, _TS_VINS, [0.65, 0.35]) if t.year >= 2023 else _TS_VINS[0]
        offset = "+01:00" if t.month in (1, 2, 3, 11, 12) else "+02:00"
        kwh = round(float(np.clip(rng.normal(38, 14), 4, 78)), 3)
        price = round(price * (1.08 if t.year == 2022 and t.month >= 9 else 1.0), 2)
        free = rng.random() < 0.04
        session = int(rng.integers(10**8, 10**9))
        n += 1
        fees = [("CHARGING", kwh, 0.0 if free else price)]
        if rng.random() < 0.09:
            fees.append(("PARKING", int(rng.integers(2, 25)), 0.50))
        for fee, usage, unit in fees:
            total = round(usage * unit, 2)
            vat = round(total - total / 1.19, 2) if country == "DE" else round(total - total / 1.2, 2)
            rows.append(
                {
                    "ChargeStartDateTime": t.strftime("%Y-%m-%dT%H:%M:%S") + offset,
                    "Vin": vin,
                    "Country": country,
                    "SiteLocationName": site,
                    "InvoiceNumber": f"{country}-{t.year}-{n:05d}" if total else "",
                    "ChargeSessionId": session,
                    "FeeType": fee,
                    "Currency": "CHF" if country == "CH" else "EUR",
                    "PricingType": "NO_CHARGE" if total == 0 else "PAYMENT",
                    "UsageBase": usage,
                    "UsageTier1": "",
                    "UsageTier2": "",
                    "UnitCostBase": unit,
                    "Total Exc. VAT": round(total - vat, 2),
                    "VAT": vat,
                    "Total Inc. VAT": total,
                }
            )
    return pd.DataFrame(rows)


def _ts_charge(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["FeeType"] == "CHARGING"]


def _ts_best_month(d: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(d["ChargeStartDateTime"].str[:19])
    return d.groupby(t.dt.to_period("M"))["Total Inc. VAT"].sum().idxmax().to_timestamp()


_TS_ID = ("ChargeStartDateTime", "ChargeSessionId", "FeeType")
_TESLA_QS = [
    Q(
        "how much have i spent on supercharging in total",
        either(
            _money(lambda d: float(d["Total Inc. VAT"].sum())),
            _money(lambda d: float(_ts_charge(d)["Total Inc. VAT"].sum())),
        ),
        ("Total Inc. VAT", "Total Exc. VAT", "VAT", "Currency", *_TS_ID),
    ),
    Q(
        "how many kwh did i charge altogether",
        has(lambda d: float(_ts_charge(d)["UsageBase"].sum()), rel=0.005),
        ("UsageBase", *_TS_ID),
    ),
    Q(
        "what do i pay per kwh on average",
        either(
            has(lambda d: float(_ts_charge(d)["Total Inc. VAT"].sum() / _ts_charge(d)["UsageBase"].sum()), rel=0.02),
            has(lambda d: float(_ts_charge(d)["UnitCostBase"].mean()), rel=0.02),
            has(lambda d: float(_ts_charge(d).query("UnitCostBase > 0")["UnitCostBase"].mean()), rel=0.02),
        ),
        ("UnitCostBase", "UsageBase", "Total Inc. VAT", "Total Exc. VAT", *_TS_ID),
    ),
    Q(
        "which supercharger do i use the most",
        _lead(_named(lambda d: _top(d.groupby("SiteLocationName")["ChargeSessionId"].nunique()))),
        ("SiteLocationName", *_TS_ID),
    ),
    Q(
        "how many times did i get charged idle fees",
        _count(lambda d: int((d["FeeType"] == "PARKING").sum())),
        ("FeeType", *_TS_ID),
    ),
    Q(
        "which month did i spend the most on charging",
        _month_year(_ts_best_month),
        ("ChargeStartDateTime", "Total Inc. VAT", "FeeType"),
    ),
]


# --- 3. Readwise highlights export ---------------------------------------------------------------------------------

# title: author, amazon id, location type, weight
_RW_BOOKS = {
    "Thinking, Fast and Slow": ("Daniel Kahneman", "B00555X8OA", "location", 5.0),
    "Atomic Habits": ("James Clear", "B07D23CFGR", "location", 6.0),
    "The Psychology of Money": ("Morgan Housel", "B084HJSJJ1", "location", 4.0),
    "Deep Work": ("Cal Newport", "B00X47ZVXM", "location", 3.5),
    "Digital Minimalism": ("Cal Newport", "B07DBRBP7G", "location", 2.5),
    "So Good They Can't Ignore Them": ("Cal Newport", "B0076DDBJ6", "location", 1.5),
    "Sapiens": ("Yuval Noah Harari", "B00ICN066A", "page", 4.5),
    "The Almanack of Naval Ravikant": ("Eric Jorgenson", "B08FF8MTM6", "location", 3.0),
    "How to Do Great Work": ("Paul Graham", "", "order", 1.5),
    "The Bus Ticket Theory of Genius": ("Paul Graham", "", "order", 1.0),
    "Why You Should Write": ("", "", "order", 1.0),
    "Four Thousand Weeks": ("Oliver Burkeman", "B08D9WJCBT", "location", 3.0),
}
_RW_WORDS = _split(
    "the;habit;of;attention;is;what;you;a;system;money;time;focus;work;and;to;your;life;never;compounding;people;"
    "best;small;changes;deep;mind;always;identity;wealth;freedom;story;we;think;choose;less;more;in;that;it"
)


def _readwise_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16803)
    titles = list(_RW_BOOKS)
    weights = [v[3] for v in _RW_BOOKS.values()]
    start = pd.Timestamp("2022-01-01")
    rows = []
    for _ in range(1600):
        title = _one(rng, titles, weights)
        author, asin, loc_type, _w = _RW_BOOKS[title]
        n_words = int(np.clip(rng.lognormal(3.0, 0.5), 5, 120))
        text = " ".join(_one(rng, _RW_WORDS) for _ in range(n_words)).capitalize() + "."
        day = int(rng.integers(0, 900)) if rng.random() < 0.8 else int(rng.integers(480, 540))
        at = start + pd.Timedelta(days=day, minutes=int(rng.integers(0, 1440)))
        note = _one(rng, ["key idea", "reminds me of stoicism", "try this", "disagree", "quote for newsletter"])
        rows.append(
            {
                "Highlight": text,
                "Book Title": title,
                "Book Author": author,
                "Amazon Book ID": asin,
                "Note": note if rng.random() < 0.14 else "",
                "Color": _one(rng, ["yellow", "blue", "pink", "orange", ""], [6, 2, 1, 1, 1]),
                "Tags": _one(rng, ["", "favorite", "concept", "favorite,concept", "quote"], [10, 2, 1.5, 0.5, 1]),
                "Location Type": loc_type,
                "Location": int(rng.integers(1, 9000 if loc_type == "location" else 450)),
                "Highlighted at": at.strftime("%Y-%m-%d %H:%M:%S+00:00"),
                "Document tags": "business" if author in ("Morgan Housel", "Eric Jorgenson") else "",
            }
        )
    return pd.DataFrame(rows)


def _rw_top_book(d: pd.DataFrame) -> str:
    return _top(d["Book Title"].value_counts())


def _rw_len(d: pd.DataFrame) -> pd.Series:
    return _text(d["Highlight"]).str.len()


def _rw_month(d: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(d["Highlighted at"].str[:19])
    return t.dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


_RW_ID = ("Highlight", "Book Title")
_READWISE_QS = [
    Q("how many highlights do i have", _count(lambda d: len(d)), ("Highlight",)),
    Q("which book have i highlighted the most", _lead(_named(_rw_top_book)), _RW_ID),
    Q(
        "how many highlights from that one?",
        _count(lambda d: int((d["Book Title"] == _rw_top_book(d)).sum())),
        _RW_ID,
    ),
    Q(
        "who's my most highlighted author",
        _lead(_named(lambda d: _top(_text(d["Book Author"]).replace("", np.nan).dropna().value_counts()))),
        ("Book Author", *_RW_ID),
    ),
    Q(
        "how many of my highlights have a note attached",
        _count(lambda d: int((_text(d["Note"]) != "").sum())),
        ("Note", "Highlight"),
    ),
    Q("what month was i reading/highlighting the most", _month_year(_rw_month), ("Highlighted at", "Highlight")),
]


# --- 4. Zoho Inventory items export --------------------------------------------------------------------------------

# category: goods?, unit, price range, margin, vendors, sku prefix
_ZI_CATS = {
    "Coffee Beans": (True, "kg", (14, 38), 1.8, ["Bean Brothers Roastery", "Andes Coffee Imports"], "CB"),
    "Brewing Equipment": (True, "pcs", (25, 320), 1.6, ["BrewTech Supply Co.", "Hario Europe"], "BE"),
    "Filters & Papers": (True, "box", (4, 16), 2.2, ["PaperWorks Ltd", "Hario Europe"], "FP"),
    "Mugs & Cups": (True, "pcs", (8, 32), 2.0, ["Ceramica Verde", "KeepCup Wholesale"], "MC"),
    "Syrups": (True, "pcs", (6, 14), 1.9, ["Monin Distribution", "Torani Trade"], "SY"),
    "Services": (False, "hrs", (40, 120), 1.0, [""], "SV"),
}
_ZI_ADJ = _split("Classic;Premium;Organic;Mini;Pro;Large;Small;Travel;Signature;Eco;Deluxe;Limited")
_ZI_VARIANTS = _split("Black;White;Matte;Gift Pack;6-Pack;Bulk;v2;Seasonal;Red;Blue;Green;Sample")
_ZI_NOUN = {
    "Coffee Beans": _split("Ethiopia Yirgacheffe;Colombia Huila;Brazil Santos;House Espresso;Decaf Blend;Kenya AA"),
    "Brewing Equipment": _split("Pour Over Dripper;French Press;Gooseneck Kettle;Burr Grinder;Scale;Cold Brew Jar"),
    "Filters & Papers": _split("Paper Filters 100ct;Cloth Filter;Chemex Filters;Aeropress Filters"),
    "Mugs & Cups": _split("Mug 12oz;Cup 8oz;Reusable Cup;Latte Glass;Espresso Cup"),
    "Syrups": _split("Vanilla Syrup;Caramel Syrup;Hazelnut Syrup;Pumpkin Spice Syrup"),
    "Services": _split("Barista Training;Machine Servicing;Cupping Session;Installation"),
}


def _zoho_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16804)
    cats = list(_ZI_CATS)
    rows = []
    seen: set[str] = set()
    k = 0
    while len(rows) < 520:
        cat = _one(rng, cats, [3, 2, 1.5, 2, 1.5, 0.6])
        goods, unit, (lo, hi), margin, vendors, prefix = _ZI_CATS[cat]
        name = f"{_one(rng, _ZI_ADJ)} {_one(rng, _ZI_NOUN[cat])}"
        if name in seen:
            name = f"{name} - {_one(rng, _ZI_VARIANTS)}"
        if name in seen:
            continue
        seen.add(name)
        k += 1
        rate = round(float(rng.uniform(lo, hi)), 2)
        cost = round(rate / (margin * float(rng.uniform(0.85, 1.15))), 2) if goods else 0.0
        reorder = int(rng.integers(5, 40)) if goods else 0
        on_hand = int(rng.integers(-3, 160)) if goods else None
        rows.append(
            {
                "Item ID": 4815000000000100 + 17 * k,
                "Item Name": name,
                "SKU": "" if rng.random() < 0.07 else f"{prefix}-{1000 + k}",
                "Description": f"{name} ({cat.lower()})",
                "Rate": f"USD {rate:.2f}",
                "Purchase Rate": f"USD {cost:.2f}" if goods else "",
                "Usage unit": unit,
                "Product Type": "goods" if goods else "service",
                "Item Type": "Inventory" if goods else "Sales",
                "Category": cat,
                "Vendor": _one(rng, vendors),
                "Reorder Level": reorder if goods else "",
                "Opening Stock": int(rng.integers(0, 200)) if goods else "",
                "Stock On Hand": on_hand if goods else "",
                "Tax Name": "Sales Tax" if goods else "Service Tax",
                "Tax Percentage": 8.25 if goods else 0,
                "Status": "Inactive" if rng.random() < 0.12 else "Active",
            }
        )
    return pd.DataFrame(rows)


def _zi_value(d: pd.DataFrame, col: str) -> float:
    stock = pd.to_numeric(d["Stock On Hand"], errors="coerce")
    return float((stock.clip(lower=0) * _num(d[col])).sum())


def _zi_value_raw(d: pd.DataFrame, col: str) -> float:
    stock = pd.to_numeric(d["Stock On Hand"], errors="coerce")
    return float((stock * _num(d[col])).sum())


def _zi_below(d: pd.DataFrame, strict: bool) -> int:
    stock = pd.to_numeric(d["Stock On Hand"], errors="coerce")
    level = pd.to_numeric(d["Reorder Level"], errors="coerce")
    hit = stock < level if strict else stock <= level
    return int(hit.sum())


_ZI_ID = ("Item ID", "Item Name", "SKU")
_ZOHO_QS = [
    Q("how many active items are there", _count(lambda d: int((d["Status"] == "Active").sum())), ("Status", *_ZI_ID)),
    Q(
        "what's all our stock worth at cost",
        either(
            _money(lambda d: _zi_value(d, "Purchase Rate")),
            _money(lambda d: _zi_value_raw(d, "Purchase Rate")),
        ),
        ("Stock On Hand", "Purchase Rate", *_ZI_ID),
    ),
    Q(
        "how many things are at or below their reorder point",
        either(_count(lambda d: _zi_below(d, False)), _count(lambda d: _zi_below(d, True))),
        ("Stock On Hand", "Reorder Level", *_ZI_ID),
    ),
    Q(
        "which supplier do we buy the most items from",
        _lead(_named(lambda d: _top(_text(d["Vendor"]).replace("", np.nan).dropna().value_counts()))),
        ("Vendor", *_ZI_ID),
    ),
    Q(
        "which category has the most expensive stuff on average",
        _lead(_named(lambda d: _top(_num(d["Rate"]).groupby(d["Category"]).mean()))),
        ("Category", "Rate", *_ZI_ID),
    ),
    Q(
        "how many items are missing a sku",
        _count(lambda d: int(d["SKU"].isna().sum())),
        ("SKU", "Item ID", "Item Name"),
    ),
]


# --- 5. Cambridge (MA) Daily Police Log ----------------------------------------------------------------------------

# type: weight, share at night (20:00-04:00)
_CB_TYPES = {
    "SUSPICIOUS ACTIVITY": (8.0, 0.45),
    "LARCENY FROM BUILDING": (4.0, 0.2),
    "LARCENY OF BICYCLE": (5.0, 0.3),
    "LARCENY FROM MOTOR VEHICLE": (3.0, 0.5),
    "SHOPLIFTING": (3.5, 0.1),
    "DISTURBANCE": (4.5, 0.6),
    "MOTOR VEHICLE ACCIDENT": (6.0, 0.25),
    "HIT AND RUN": (2.0, 0.35),
    "MALICIOUS DESTRUCTION": (1.5, 0.55),
    "ASSAULT": (1.5, 0.5),
    "FRAUD": (2.0, 0.05),
    "MISSING PERSON": (0.6, 0.3),
}
_CB_STREETS = _split(
    "MASSACHUSETTS AVE;CAMBRIDGE ST;BROADWAY;HAMPSHIRE ST;RIVER ST;MAIN ST;MEMORIAL DR;CONCORD AVE;PROSPECT ST;"
    "GARDEN ST;MOUNT AUBURN ST;BRATTLE ST;FIRST ST;WESTERN AVE"
)


def _cambridge_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16805)
    types = list(_CB_TYPES)
    rows = []
    counters = {2022: 0, 2023: 0}
    for day in pd.date_range("2022-01-01", "2023-12-31", freq="D"):
        lam = 4.6 * (1.0 + 0.25 * np.sin((day.dayofyear - 100) / 365 * 2 * np.pi)) * (1.06 if day.year == 2023 else 1)
        lam *= 1.2 if day.dayofweek == 4 else 1.0
        for _ in range(int(rng.poisson(lam))):
            kind = _one(
                rng,
                types,
                [v[0] * (2.0 if "BICYCLE" in k and day.month in (6, 7, 8, 9) else 1.0) for k, v in _CB_TYPES.items()],
            )
            night = rng.random() < _CB_TYPES[kind][1]
            hour = int(_one(rng, [20, 21, 22, 23, 0, 1, 2, 3])) if night else int(rng.integers(6, 20))
            when = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(60)))
            counters[day.year] += 1
            ident = f"{day.year}-{counters[day.year]:05d}"
            street = _one(rng, _CB_STREETS)
            loc = f"{int(rng.integers(1, 20)) * 10 + int(rng.integers(0, 10))} {street}, Cambridge, MA"
            desc = f"Officers responded to {loc.split(',')[0].title()} for a report of {kind.lower()}."
            n_rows = 2 if rng.random() < 0.03 else 1
            for j in range(n_rows):
                rows.append(
                    {
                        "Date/Time": when.strftime("%m/%d/%Y %I:%M:%S %p"),
                        "ID": ident,
                        "Type": kind if j == 0 else "WARRANT ARREST",
                        "Subtype": "DISORDERLY PERSON" if kind == "DISTURBANCE" and rng.random() < 0.3 else "",
                        "Location": loc,
                        "Description": desc,
                    }
                )
    return pd.DataFrame(rows)


def _cb_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date/Time"], format="%m/%d/%Y %I:%M:%S %p")


def _cb_bikes_2023_month(d: pd.DataFrame) -> int:
    t = _cb_when(d)
    x = d[(d["Type"] == "LARCENY OF BICYCLE") & (t.dt.year == 2023)]
    return int(_cb_when(x).dt.month.value_counts().sort_index().idxmax())


def _cb_weekday(d: pd.DataFrame) -> str:
    return _top(_cb_when(d).dt.day_name().value_counts())


def _cb_weekday_ids(d: pd.DataFrame) -> str:
    x = d.drop_duplicates("ID")
    return _top(_cb_when(x).dt.day_name().value_counts())


_CB_ID = ("Date/Time", "ID")
_CAMBRIDGE_QS = [
    Q(
        "how many incidents are in here",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["ID"].nunique()))),
        _CB_ID,
    ),
    Q(
        "what kind of call is the most common",
        _lead(_named(lambda d: _top(d["Type"].value_counts()))),
        ("Type", *_CB_ID),
    ),
    Q(
        "which day of the week is the busiest",
        either(_lead(_named(_cb_weekday)), _lead(_named(_cb_weekday_ids))),
        _CB_ID,
    ),
    Q(
        "how many larcenies were there in 2023",
        _count(lambda d: int((d["Type"].str.startswith("LARCENY") & (_cb_when(d).dt.year == 2023)).sum())),
        ("Type", *_CB_ID),
    ),
    Q(
        "did incidents go up or down from 2022 to 2023",
        either(
            has(lambda d: _cb_when(d).dt.year.value_counts().sort_index().to_numpy(), rel=0.001),
            has(lambda d: _cb_when(d.drop_duplicates("ID")).dt.year.value_counts().sort_index().to_numpy(), rel=0.001),
            _pct(lambda d: float(_cb_when(d).dt.year.value_counts().pct_change().loc[2023])),
            _pct(lambda d: float(_cb_when(d.drop_duplicates("ID")).dt.year.value_counts().pct_change().loc[2023])),
        ),
        _CB_ID,
    ),
    Q(
        "which month in 2023 had the most bike thefts",
        either(
            _month_year(lambda d: pd.Timestamp(2023, _cb_bikes_2023_month(d), 1)),
            _month_only(_cb_bikes_2023_month),
        ),
        ("Type", *_CB_ID),
    ),
]


# --- 6. NHS England appointments in general practice (national monthly CSV) ----------------------------------------

_NH_STATUS = {"Attended": 0.91, "DNA": 0.043, "Unknown": 0.047}
_NH_HCP = {"GP": 0.44, "Other Practice staff": 0.52, "Unknown": 0.04}
_NH_MODE = {"Face-to-Face": 0.66, "Telephone": 0.28, "Home Visit": 0.008, "Video Conference/Online": 0.012}
_NH_MODE |= {"Unknown": 0.04}
_NH_WAIT = {"Same Day": 0.42, "1 Day": 0.08, "2 to 7 Days": 0.2, "8  to 14 Days": 0.12, "15  to 21 Days": 0.07}
_NH_WAIT |= {"22  to 28 Days": 0.05, "More than 28 Days": 0.05, "Unknown / Data Quality": 0.01}
_NH_MONTHS = [p.strftime("%b%Y").upper() for p in pd.period_range("2023-04", "2024-03", freq="M")]


def _nhs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16806)
    rows = []
    for i, month in enumerate(_NH_MONTHS):
        total = 29.5e6 * (1 + 0.12 * np.cos((i - 6) / 12 * 2 * np.pi)) * (0.86 if month == "DEC2023" else 1.0)
        total *= float(rng.uniform(0.97, 1.03))
        for status, ps in _NH_STATUS.items():
            for hcp, ph in _NH_HCP.items():
                for mode, pm in _NH_MODE.items():
                    for wait, pw in _NH_WAIT.items():
                        tilt = 1.4 if (wait == "Same Day" and mode == "Telephone") else 1.0
                        tilt *= 1.6 if (status == "DNA" and wait in ("15  to 21 Days", "More than 28 Days")) else 1.0
                        count = int(rng.poisson(total * ps * ph * pm * pw * tilt * float(rng.uniform(0.85, 1.15))))
                        if count == 0 or rng.random() < 0.04:
                            continue
                        rows.append(
                            {
                                "APPOINTMENT_MONTH": month,
                                "APPT_STATUS": status,
                                "HCP_TYPE": hcp,
                                "APPT_MODE": mode,
                                "TIME_BETWEEN_BOOK_AND_APPT": wait,
                                "COUNT_OF_APPOINTMENTS": count,
                            }
                        )
    return pd.DataFrame(rows)


def _nh_sum(d: pd.DataFrame, mask: pd.Series | None = None) -> float:
    x = d if mask is None else d[mask]
    return float(x["COUNT_OF_APPOINTMENTS"].sum())


def _nh_busiest(d: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(d["APPOINTMENT_MONTH"], format="%b%Y")
    return d.groupby(t)["COUNT_OF_APPOINTMENTS"].sum().idxmax()


def _nh_same_day(d: pd.DataFrame) -> pd.Series:
    return _text(d["TIME_BETWEEN_BOOK_AND_APPT"]) == "Same Day"


_NH_N = "COUNT_OF_APPOINTMENTS"
_NHS_QS = [
    Q("how many appointments were there overall", _money(lambda d: _nh_sum(d)), (_NH_N,)),
    Q(
        "what percentage of appointments did people miss",
        either(
            _share(lambda d: _nh_sum(d, d["APPT_STATUS"] == "DNA") / _nh_sum(d)),
            _share(lambda d: _nh_sum(d, d["APPT_STATUS"] == "DNA") / _nh_sum(d, d["APPT_STATUS"] != "Unknown")),
        ),
        ("APPT_STATUS", _NH_N),
    ),
    Q("which month was busiest", _month_year(_nh_busiest), ("APPOINTMENT_MONTH", _NH_N)),
    Q(
        "what share were face to face",
        either(
            _share(lambda d: _nh_sum(d, d["APPT_MODE"] == "Face-to-Face") / _nh_sum(d)),
            _share(lambda d: _nh_sum(d, d["APPT_MODE"] == "Face-to-Face") / _nh_sum(d, d["APPT_MODE"] != "Unknown")),
        ),
        ("APPT_MODE", _NH_N),
    ),
    Q(
        "how many got seen the same day they booked",
        either(
            _money(lambda d: _nh_sum(d, _nh_same_day(d))),
            _money(lambda d: _nh_sum(d, _nh_same_day(d) & (d["APPT_STATUS"] == "Attended"))),
        ),
        ("TIME_BETWEEN_BOOK_AND_APPT", "APPT_STATUS", _NH_N),
    ),
    Q(
        "and how many of those were with a gp",
        either(
            _money(lambda d: _nh_sum(d, _nh_same_day(d) & (d["HCP_TYPE"] == "GP"))),
            _money(lambda d: _nh_sum(d, _nh_same_day(d) & (d["HCP_TYPE"] == "GP") & (d["APPT_STATUS"] == "Attended"))),
        ),
        ("TIME_BETWEEN_BOOK_AND_APPT", "HCP_TYPE", "APPT_STATUS", _NH_N),
    ),
]


# --- 7. Eurostat nrg_pc_204, electricity prices for household consumers (SDMX-CSV long) ---------------------------

# geo: base price excl. taxes (EUR/kWh, 2019-S1), tax share of the all-taxes price
_EU_GEO = {
    "BE": (0.17, 0.30),
    "DE": (0.15, 0.50),
    "DK": (0.10, 0.65),
    "EL": (0.11, 0.22),
    "ES": (0.16, 0.25),
    "FR": (0.12, 0.33),
    "IT": (0.15, 0.30),
    "NL": (0.11, 0.35),
    "AT": (0.13, 0.35),
    "PL": (0.09, 0.25),
    "PT": (0.11, 0.40),
    "FI": (0.10, 0.30),
    "SE": (0.09, 0.40),
    "HU": (0.08, 0.21),
    "BG": (0.08, 0.17),
}
_EU_BANDS = {"KWH_LT1000": 1.45, "KWH1000-2499": 1.12, "KWH2500-4999": 1.0, "KWH5000-14999": 0.92}
_EU_BANDS |= {"KWH_GE15000": 0.86}
_EU_PERIODS = [f"{y}-S{s}" for y in range(2019, 2024) for s in (1, 2)]
_EU_SHOCK = {"2019": 1.0, "2020": 0.98, "2021": 1.08, "2022": 1.55, "2023": 1.45}


def _eurostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16807)
    rows = []
    for geo, (base, tax_share) in _EU_GEO.items():
        grow = float(rng.uniform(0.7, 1.4))
        for period in _EU_PERIODS:
            shock = 1 + (_EU_SHOCK[period[:4]] - 1) * grow
            for band, factor in _EU_BANDS.items():
                x_tax = base * shock * factor * float(rng.uniform(0.96, 1.04))
                i_tax = x_tax / (1 - tax_share * (0.7 if period[:4] == "2022" and geo in ("DE", "ES", "IT") else 1))
                x_vat = x_tax + (i_tax - x_tax) * 0.45
                for tax, value in (("I_TAX", i_tax), ("X_TAX", x_tax), ("X_VAT", x_vat)):
                    rows.append((geo, period, band, tax, round(value, 4)))
    frame = pd.DataFrame(rows, columns=["geo", "TIME_PERIOD", "nrg_cons", "tax", "OBS_VALUE"])
    eu = frame.groupby(["TIME_PERIOD", "nrg_cons", "tax"], as_index=False)["OBS_VALUE"].mean()
    eu["OBS_VALUE"] = eu["OBS_VALUE"].round(4)
    eu["geo"] = "EU27_2020"
    frame = pd.concat([eu, frame], ignore_index=True)
    flags = np.where(frame["TIME_PERIOD"].str.startswith("2023-S2"), "p", "")
    flags = np.where(rng.random(len(frame)) < 0.02, "e", flags)
    values = frame["OBS_VALUE"].astype(object)
    gone = (rng.random(len(frame)) < 0.025) & (frame["geo"] != "EU27_2020")
    gone |= (frame["geo"] == "BG") & (frame["TIME_PERIOD"] == "2019-S1")
    values[gone] = ""
    flags = np.where(gone, "", flags)
    return pd.DataFrame(
        {
            "DATAFLOW": "ESTAT:NRG_PC_204(1.0)",
            "LAST UPDATE": "24/04/24 23:00:00",
            "freq": "S",
            "product": 6000,
            "nrg_cons": frame["nrg_cons"],
            "unit": "KWH",
            "tax": frame["tax"],
            "currency": "EUR",
            "geo": frame["geo"],
            "TIME_PERIOD": frame["TIME_PERIOD"],
            "OBS_VALUE": values,
            "OBS_FLAG": flags,
        }
    )


def _eu(d: pd.DataFrame, period: str, tax: str = "I_TAX", band: str = "KWH2500-4999") -> pd.Series:
    x = d[(d["TIME_PERIOD"] == period) & (d["tax"] == tax) & (d["nrg_cons"] == band) & (d["geo"] != "EU27_2020")]
    return pd.to_numeric(x.set_index("geo")["OBS_VALUE"], errors="coerce").dropna()


def _eu_one(d: pd.DataFrame, geo: str, period: str, tax: str = "I_TAX") -> float:
    x = d[(d["TIME_PERIOD"] == period) & (d["tax"] == tax) & (d["nrg_cons"] == "KWH2500-4999") & (d["geo"] == geo)]
    return float(pd.to_numeric(x["OBS_VALUE"], errors="coerce").iloc[0])


_EU_NAMES = {
    "DE": ("Germany",),
    "DK": ("Denmark",),
    "BE": ("Belgium",),
    "EL": ("Greece",),
    "ES": ("Spain",),
    "FR": ("France",),
    "IT": ("Italy",),
    "NL": ("Netherlands",),
    "AT": ("Austria",),
    "PL": ("Poland",),
    "PT": ("Portugal",),
    "FI": ("Finland",),
    "SE": ("Sweden",),
    "HU": ("Hungary",),
    "BG": ("Bulgaria",),
}
_EU_ID = ("geo", "TIME_PERIOD", "nrg_cons", "tax", "OBS_VALUE")
_EUROSTAT_QS = [
    Q(
        "for a normal household (2500-5000 kwh) with all taxes, which country had the priciest power in the second "
        "half of 2023",
        _lead(_named(lambda d: _top(_eu(d, "2023-S2")), _EU_NAMES)),
        _EU_ID,
    ),
    Q(
        "and the cheapest?",
        _lead(_named(lambda d: _top(_eu(d, "2023-S2"), ascending=True), _EU_NAMES)),
        _EU_ID,
    ),
    Q(
        "how much did the eu average price for that household band go up from 2021-S1 to 2022-S2, all taxes in",
        either(
            _pct(lambda d: _eu_one(d, "EU27_2020", "2022-S2") / _eu_one(d, "EU27_2020", "2021-S1") - 1),
            has(lambda d: _eu_one(d, "EU27_2020", "2022-S2") - _eu_one(d, "EU27_2020", "2021-S1"), rel=0.01),
        ),
        _EU_ID,
    ),
    Q("how many values are missing", _count(lambda d: int(d["OBS_VALUE"].isna().sum())), ("OBS_VALUE", "OBS_FLAG")),
    Q(
        "in germany what share of the household price was taxes in 2023-S2",
        _share(lambda d: 1 - _eu_one(d, "DE", "2023-S2", "X_TAX") / _eu_one(d, "DE", "2023-S2", "I_TAX")),
        _EU_ID,
    ),
    Q(
        "in 2023-S2, do countries with pricier power before tax also charge more once taxes are added",
        corr_of(
            lambda d: _eu(d, "2023-S2", "X_TAX").reindex(_eu(d, "2023-S2").index).dropna(),
            lambda d: _eu(d, "2023-S2").reindex(_eu(d, "2023-S2", "X_TAX").index).dropna(),
        ),
        _EU_ID,
    ),
]


HELDOUT168: list[Dataset] = [
    Dataset("thinkific_course_enrollments", _thinkific_frame, _THINKIFIC_QS),
    Dataset("tesla_supercharger_history", _tesla_frame, _TESLA_QS),
    Dataset("readwise_highlights_export", _readwise_frame, _READWISE_QS),
    Dataset("zoho_inventory_items_export", _zoho_frame, _ZOHO_QS),
    Dataset("cambridge_police_daily_log", _cambridge_frame, _CAMBRIDGE_QS),
    Dataset("nhs_gp_appointments_national", _nhs_frame, _NHS_QS),
    Dataset("eurostat_household_electricity_prices", _eurostat_frame, _EUROSTAT_QS),
]
