"""HELDOUT158: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Meta Business Suite Facebook page post
insights export (January 2023 to June 2024) with "Post ID" (18-digit numbers), "Page ID", "Page name", Title (mostly
blank), Description (the post text, unique, e.g. "Fresh king cakes are back! #214"), "Duration (sec)" (blank unless a
video or reel), "Publish time" as "03/15/2024 14:02", "Caption type", Permalink, "Is crosspost", "Is share", "Post
type" (Photos / Reels / Videos / Links / Text), Languages, "Custom labels" (blank), Date (always "Lifetime"), Reach,
Impressions, Reactions, Comments, Shares, "Total clicks", "Link clicks" (blank unless a link post), "Other Clicks"
and "3-second video views" (blank unless a video); a Xero sales invoices export (2023 to June 2024, one row per line
item so invoice fields repeat) with ContactName, EmailAddress, POCity, POCountry, InvoiceNumber ("INV-0412"),
Reference, InvoiceDate and DueDate as "15/03/2024", Total, TaxTotal, InvoiceAmountPaid, InvoiceAmountDue,
InventoryItemCode, Description, Quantity, UnitAmount, Discount, LineAmount, AccountCode, TaxType ("GST on Income"),
TaxAmount, TrackingName1, TrackingOption1, Currency (AUD), Type ("Sales invoice"), Sent and Status (Paid, Awaiting
Payment, Draft, Voided; drafts still owe their total, voided invoices owe nothing); a Zapier task history export
(March to May 2024) with "Task ID", "Zap ID", "Zap Title", Status (Success, Filtered, Halted, Errored, Stopped),
"Tasks Used" (0 unless the run did actions), Date as "2024-03-15T14:02:11+00:00", Apps ("Typeform, Google Sheets")
and "Error Message" (blank unless errored or halted); a Runkeeper cardioActivities.csv (2016-2023) with "Activity
Id" (uuid), Date as "2018-11-11 14:05:12", Type (Running / Cycling / Walking / Other), "Route Name" (mostly blank),
"Distance (km)", Duration as "35:12" or "1:05:32", "Average Pace" as "5:42", "Average Speed (km/h)", "Calories
Burned", "Climb (m)", "Average Heart Rate (bpm)" (blank for many), "Friend's Tagged", Notes and "GPX File"; a NOAA
Global Summary of the Month download for four US airport stations (2000-01 to 2023-12, standard units, a few months
absent) with STATION, NAME ("BOSTON, MA US"), LATITUDE, LONGITUDE, ELEVATION, DATE as "2015-01", AWND, CLDD, DP01,
DT32, DX90, EMNT, EMXP, EMXT, HTDD, PRCP, PRCP_ATTRIBUTES, SNOW, TAVG, TAVG_ATTRIBUTES, TMAX and TMIN (some blanks);
New Orleans police calls for service 2023 with NOPD_Item ("A0123423"), Type_ ("21"), TypeText (upper case),
Priority ("2C"), InitialType, InitialTypeText, InitialPriority, MapX, MapY, TimeCreate / TimeDispatch / TimeArrive /
TimeClosed as "01/05/2023 10:22:15 PM" (dispatch and arrival blank for some calls), Disposition ("RTF"),
DispositionText, SelfInitiated ("Y"/"N"), Beat ("7L08"), BLOCK_ADDRESS ("012XX Bourbon St"), Zip, PoliceDistrict
(1-8) and Location ("POINT (-90.07 29.95)"); and Eurostat demo_pjangroup in SDMX-CSV long form (2014-2023) with
DATAFLOW, "LAST UPDATE", freq, unit, age (TOTAL, Y_LT5, Y5-9 ... Y80-84, Y_GE85), sex (F, M, T), geo (DE, FR, IT, ES,
PL, NL, SE and the EU27_2020 aggregate), TIME_PERIOD, OBS_VALUE (a few blanks) and OBS_FLAG ("p" for 2023, "b"
breaks, "e" estimates). All are generated with fixed seeds 15801-15807.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _text, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, corr_of, either, has
from .offline_eval import about as _about
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


def _minutes(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration in minutes: "14.2 minutes", "14 min 12 s", "14:12" or in hours ("0.24 hours")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m in re.finditer(r"(?<![\d.:])(\d{1,3}):([0-5]\d)(?![\d:])", answer):
            if abs(int(m.group(1)) + int(m.group(2)) / 60 - want) <= max(0.02 * want, 0.05):
                return None
        for m in re.finditer(r"(\d+)\s*(?:min(?:utes?)?|m)\s*(?:and\s*)?(\d+)\s*(?:sec(?:onds?)?|s)\b", answer):
            if abs(int(m.group(1)) + int(m.group(2)) / 60 - want) <= max(0.02 * want, 0.05):
                return None
        if _about(lambda d: want, rel=0.02)(answer, df) is None:
            return None
        if re.search(r"\bh(?:ou)?rs?\b", answer) and _about(lambda d: want / 60, rel=0.02)(answer, df) is None:
            return None
        return f"missing minutes {want:.4g}"

    return check


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "17", "17:00", "5 pm", "5:00 PM", "5pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        twelve = h % 12 or 12
        half = "pm" if h >= 12 else "am"
        patterns = [rf"(?<![\d.:]){h}(?::00)?(?![\d.])", rf"(?<![\d.:]){twelve}(?::00)?\s*{half}\b"]
        ok = any(re.search(p, answer, re.IGNORECASE) for p in patterns)
        return None if ok else f"missing hour {h}"

    return check


# --- 1. Meta Business Suite post insights --------------------------------------------------------------------------

# post type: weight, reach (median), reactions per reach, shares per reach
_MB_TYPES = {
    "Photos": (5, 1400, 0.045, 0.004),
    "Reels": (2.5, 4200, 0.03, 0.006),
    "Videos": (1.2, 2100, 0.025, 0.003),
    "Links": (2, 900, 0.012, 0.002),
    "Text": (1, 700, 0.035, 0.001),
}
_MB_TEXTS = [
    "Fresh king cakes are back!",
    "Weekend brunch menu drop",
    "Meet our new pastry chef",
    "Behind the scenes: 4am bake",
    "Holiday hours update",
    "Read about us in the Times-Picayune",
    "Beignet giveaway - tag a friend",
    "Coffee + croissant combo deal",
]
_MB_FMT = "%m/%d/%Y %H:%M"


def _meta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15801)
    rows = []
    types = list(_MB_TYPES)
    start = pd.Timestamp("2023-01-01")
    stamps = sorted(
        start + pd.Timedelta(minutes=int(rng.integers(0, 546 * 24 * 60))) for _ in range(int(rng.integers(640, 700)))
    )
    for i, when in enumerate(stamps):
        kind = _one(rng, types, [v[0] for v in _MB_TYPES.values()])
        _, reach0, react, share = _MB_TYPES[kind]
        growth = 1 + (when - start).days / 400
        reach = int(reach0 * growth * float(rng.lognormal(0, 0.6)))
        video = kind in ("Reels", "Videos")
        link = kind == "Links"
        clicks = int(rng.binomial(reach, 0.03))
        link_clicks = int(rng.binomial(reach, 0.02)) if link else None
        post_id = 122100000000000000 + 37 * i + int(rng.integers(0, 30))
        rows.append(
            {
                "Post ID": post_id,
                "Page ID": 104512345678901,
                "Page name": "Bayou Bakery & Cafe",
                "Title": "" if rng.random() < 0.9 else "Bayou Bakery & Cafe",
                "Description": f"{_one(rng, _MB_TEXTS)} #{i + 1}",
                "Duration (sec)": int(rng.integers(8, 90)) if video else None,
                "Publish time": when.strftime(_MB_FMT),
                "Caption type": "",
                "Permalink": f"https://www.facebook.com/104512345678901/posts/{post_id}",
                "Is crosspost": "No",
                "Is share": "No" if rng.random() < 0.97 else "Yes",
                "Post type": kind,
                "Languages": "",
                "Custom labels": "",
                "Date": "Lifetime",
                "Reach": reach,
                "Impressions": int(reach * float(rng.uniform(1.05, 1.5))),
                "Reactions": int(rng.binomial(reach, react)),
                "Comments": int(rng.binomial(reach, react / 8)),
                "Shares": int(rng.binomial(reach, share)),
                "Total clicks": clicks + (link_clicks or 0),
                "Link clicks": link_clicks,
                "Other Clicks": clicks,
                "3-second video views": int(rng.binomial(reach, 0.35)) if video else None,
            }
        )
    return pd.DataFrame(rows)


def _mb(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_when"] = pd.to_datetime(out["Publish time"], format=_MB_FMT)
    return out


def _mb_top_shared(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(d.loc[pd.to_numeric(d["Shares"]).idxmax(), col])


_MB_ID = ("Post ID", "Description", "Publish time", "Permalink", "Title")
_META_QS = [
    Q("how many posts did we put up", _count(lambda d: len(d)), _MB_ID),
    Q(
        "which kind of post reaches the most people on average",
        _lead(_named(lambda d: _top(d.groupby("Post type")["Reach"].mean()))),
        (*_MB_ID, "Post type", "Reach"),
    ),
    Q(
        "total reactions in march 2024?",
        _count(
            lambda d: int(
                _mb(d).loc[lambda x: (x["_when"].dt.year == 2024) & (x["_when"].dt.month == 3), "Reactions"].sum()
            )
        ),
        (*_MB_ID, "Reactions"),
    ),
    Q(
        "what post got shared the most",
        either(_named(_mb_top_shared("Post ID")), _named(_mb_top_shared("Description"))),
        (*_MB_ID, "Shares"),
    ),
    Q(
        "do posts that reach more people get more reactions",
        corr_of(lambda d: d["Reach"], lambda d: d["Reactions"]),
        (*_MB_ID, "Reach", "Reactions"),
    ),
    Q(
        "which month did we post the most",
        _lead(_month_year(lambda d: _top(_mb(d)["_when"].dt.to_period("M").astype(str).value_counts()))),
        _MB_ID,
    ),
]


# --- 2. Xero sales invoices export ---------------------------------------------------------------------------------

_XR_CONTACTS = {
    "Harbourside Dental": ("Sydney", 4),
    "Koala Print Co": ("Melbourne", 2),
    "Brightwater Physio": ("Brisbane", 3),
    "Redgum Constructions Pty Ltd": ("Perth", 6),
    "Sunny Coast Cafe": ("Maroochydore", 1),
    "Tasman Legal": ("Hobart", 3),
    "Outback Outfitters": ("Alice Springs", 1.5),
    "Banksia Architects": ("Adelaide", 2.5),
    "Wattle & Co": ("Canberra", 1),
    "Coral Bay Tours": ("Cairns", 1.2),
    "Ironbark Engineering": ("Newcastle", 2.2),
    "Bluegum Yoga": ("Geelong", 0.8),
}
# item code: description, unit price, account code
_XR_ITEMS = {
    "WEB-DEV": ("Website development (hours)", 140.0, "200"),
    "SEO-MON": ("SEO monthly retainer", 950.0, "200"),
    "HOST-YR": ("Managed hosting - annual", 480.0, "210"),
    "LOGO": ("Logo design package", 1800.0, "200"),
    "SUPPORT": ("Support hours", 110.0, "220"),
}
_XR_FMT = "%d/%m/%Y"


def _xero_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15802)
    rows = []
    names = list(_XR_CONTACTS)
    items = list(_XR_ITEMS)
    dates = sorted(
        pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 545)))
        for _ in range(int(rng.integers(430, 470)))
    )
    for n, day in enumerate(dates):
        contact = _one(rng, names, [v[1] for v in _XR_CONTACTS.values()])
        age = (pd.Timestamp("2024-07-01") - day).days
        status = _one(rng, ["Paid", "Awaiting Payment", "Draft", "Voided"], [40 if age > 60 else 8, 6, 1, 1])
        lines = []
        for _ in range(int(rng.integers(1, 5))):
            code = _one(rng, items, [4, 2, 1.5, 0.6, 3])
            desc, price, account = _XR_ITEMS[code]
            qty = float(rng.integers(2, 40)) if code in ("WEB-DEV", "SUPPORT") else 1.0
            discount = 10.0 if rng.random() < 0.08 else None
            amount = round(qty * price * (1 - (discount or 0) / 100), 2)
            lines.append((code, desc, qty, price, discount, amount, account))
        sub = round(sum(x[5] for x in lines), 2)
        tax = round(sub * 0.1, 2)
        total = round(sub + tax, 2)
        paid = total if status == "Paid" else 0.0
        if status == "Awaiting Payment" and rng.random() < 0.2:
            paid = round(total * 0.5, 2)
        due = 0.0 if status in ("Paid", "Voided") else round(total - paid, 2)
        head = {
            "ContactName": contact,
            "EmailAddress": f"accounts@{contact.split()[0].lower()}.com.au",
            "POCity": _XR_CONTACTS[contact][0],
            "POCountry": "Australia",
            "InvoiceNumber": f"INV-{n + 1:04d}",
            "Reference": "" if rng.random() < 0.5 else f"PO-{int(rng.integers(1000, 9999))}",
            "InvoiceDate": day.strftime(_XR_FMT),
            "DueDate": (day + pd.Timedelta(days=14 if rng.random() < 0.7 else 30)).strftime(_XR_FMT),
            "Total": total,
            "TaxTotal": tax,
            "InvoiceAmountPaid": paid,
            "InvoiceAmountDue": due,
        }
        for code, desc, qty, price, discount, amount, account in lines:
            rows.append(
                head
                | {
                    "InventoryItemCode": code,
                    "Description": desc,
                    "Quantity": qty,
                    "UnitAmount": price,
                    "Discount": discount,
                    "LineAmount": amount,
                    "AccountCode": account,
                    "TaxType": "GST on Income",
                    "TaxAmount": round(amount * 0.1, 2),
                    "TrackingName1": "Region",
                    "TrackingOption1": "East" if contact in names[:3] else "West",
                    "Currency": "AUD",
                    "Type": "Sales invoice",
                    "Sent": "Sent" if status != "Draft" else "Not Sent",
                    "Status": status,
                }
            )
    return pd.DataFrame(rows)


def _xr(d: pd.DataFrame, live: bool = False) -> pd.DataFrame:
    """One row per invoice; `live` drops drafts and voided invoices."""
    out = d.drop_duplicates("InvoiceNumber").copy()
    out["_day"] = pd.to_datetime(out["InvoiceDate"], format=_XR_FMT)
    if live:
        out = out[~_text(out["Status"]).isin(["Draft", "Voided"])]
    return out


def _xr_month(live: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _xr(d, live)
        x = x[x["_day"].dt.year == 2023]
        return _top(x.groupby(x["_day"].dt.to_period("M").astype(str))["Total"].sum())

    return value


_XR_ID = ("InvoiceNumber", "Status", "InvoiceDate", "ContactName")
_XERO_QS = [
    Q(
        "how many invoices do we have",
        either(_count(lambda d: len(_xr(d))), _count(lambda d: len(_xr(d, True)))),
        _XR_ID,
    ),
    Q(
        "how much money are we still owed",
        either(
            _money(lambda d: float(_xr(d)["InvoiceAmountDue"].sum())),
            _money(lambda d: float(_xr(d, True)["InvoiceAmountDue"].sum())),
        ),
        (*_XR_ID, "InvoiceAmountDue", "Total", "InvoiceAmountPaid", "DueDate"),
    ),
    Q(
        "who's our biggest client",
        either(
            _lead(_named(lambda d: _top(_xr(d).groupby("ContactName")["Total"].sum()))),
            _lead(_named(lambda d: _top(_xr(d, True).groupby("ContactName")["Total"].sum()))),
        ),
        (*_XR_ID, "Total", "InvoiceAmountPaid"),
    ),
    Q(
        "average invoice amount?",
        either(
            _money(lambda d: float(_xr(d)["Total"].mean())),
            _money(lambda d: float(_xr(d, True)["Total"].mean())),
        ),
        (*_XR_ID, "Total"),
    ),
    Q(
        "which month in 2023 did we bill the most",
        either(_lead(_month_year(_xr_month(False))), _lead(_month_year(_xr_month(True)))),
        (*_XR_ID, "Total"),
    ),
    Q(
        "what percentage of invoices are still waiting to be paid",
        either(
            _share(lambda d: float((_text(_xr(d)["Status"]) == "Awaiting Payment").mean())),
            _share(lambda d: float((_text(_xr(d, True)["Status"]) == "Awaiting Payment").mean())),
        ),
        (*_XR_ID, "InvoiceAmountDue"),
    ),
]


# --- 3. Zapier task history ----------------------------------------------------------------------------------------

# zap title: zap id, apps, runs per day, actions per run, chance of (filtered, halted, errored)
_ZP_ZAPS = {
    "New Typeform entry to Google Sheets": (201184532, "Typeform, Google Sheets", 9, 1, (0.0, 0.01, 0.01)),
    "Stripe payment -> Slack #sales": (201184533, "Stripe, Slack", 6, 1, (0.1, 0.0, 0.01)),
    "Gmail invoices to Dropbox": (201184540, "Gmail, Filter by Zapier, Dropbox", 8, 2, (0.45, 0.02, 0.02)),
    "HubSpot deal won -> Asana project": (201184577, "HubSpot, Asana", 2, 3, (0.0, 0.03, 0.12)),
    "Calendly booking to Mailchimp": (201184601, "Calendly, Mailchimp", 4, 2, (0.05, 0.06, 0.04)),
    "Shopify order -> QuickBooks": (
        201184655,
        "Shopify, Formatter by Zapier, QuickBooks Online",
        3,
        4,
        (0.0, 0.02, 0.05),
    ),
}
_ZP_ERRORS = {
    "HubSpot deal won -> Asana project": ["Asana: Project name is required", "Asana: 429 Too Many Requests"],
    "Calendly booking to Mailchimp": ["Mailchimp: Member Exists", "Mailchimp: Invalid Resource"],
    "Shopify order -> QuickBooks": ["QuickBooks: Duplicate Document Number Error", "Asana: 429 Too Many Requests"],
}


def _zapier_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15803)
    rows = []
    for day in pd.date_range("2024-03-01", "2024-05-31", freq="D"):
        for title, (zap_id, apps, per_day, actions, (f, h, e)) in _ZP_ZAPS.items():
            for _ in range(int(rng.poisson(per_day * (0.4 if day.dayofweek >= 5 else 1.0)))):
                status = _one(
                    rng, ["Success", "Filtered", "Halted", "Errored", "Stopped"], [1 - f - h - e, f, h, e, 0.002]
                )
                err = ""
                if status in ("Errored", "Halted"):
                    err = _one(
                        rng, _ZP_ERRORS.get(title, ["Network error: timed out", "Google: 503 Service Unavailable"])
                    )
                used = (
                    actions if status == "Success" else int(rng.integers(0, actions + 1)) if status != "Filtered" else 0
                )
                when = day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 23 * 3600)))
                rows.append(
                    {
                        "Task ID": "",
                        "Zap ID": zap_id,
                        "Zap Title": title,
                        "Status": status,
                        "Tasks Used": used,
                        "Date": when.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                        "Apps": apps,
                        "Error Message": err,
                    }
                )
    frame = pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)
    frame["Task ID"] = [f"{int(x):d}" for x in 1_087_000_000 + np.cumsum(rng.integers(1, 400, len(frame)))]
    return frame


def _zp(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_when"] = pd.to_datetime(out["Date"], utc=True)
    out["_status"] = _text(out["Status"])
    return out


_ZP_FAILED = (("Errored",), ("Errored", "Halted"))
_ZP_ID = ("Task ID", "Zap ID", "Zap Title", "Status", "Date")
_ZAPIER_QS = [
    Q(
        "how many zap runs failed",
        either(*(_count(lambda d, s=s: int(_zp(d)["_status"].isin(s).sum())) for s in _ZP_FAILED)),
        (*_ZP_ID, "Error Message"),
    ),
    Q(
        "which zap eats up the most tasks",
        _lead(_named(lambda d: _top(d.groupby("Zap Title")["Tasks Used"].sum()))),
        (*_ZP_ID, "Tasks Used"),
    ),
    Q(
        "how many tasks did we use in april",
        _count(lambda d: int(_zp(d).loc[lambda x: x["_when"].dt.month == 4, "Tasks Used"].sum())),
        (*_ZP_ID, "Tasks Used"),
    ),
    Q(
        "whats our success rate",
        either(
            _share(lambda d: float((_zp(d)["_status"] == "Success").mean())),
            _share(lambda d: float(_zp(d)["_status"].isin(["Success", "Filtered"]).mean())),
            _share(lambda d: float((_zp(d).loc[lambda x: x["_status"] != "Filtered", "_status"] == "Success").mean())),
        ),
        _ZP_ID,
    ),
    Q(
        "which zap breaks the most",
        either(
            *(
                _lead(
                    _named(lambda d, s=s: _top(_zp(d).loc[lambda x: x["_status"].isin(s)].groupby("Zap Title").size()))
                )
                for s in _ZP_FAILED
            )
        ),
        (*_ZP_ID, "Error Message"),
    ),
    Q(
        "what's the most common error",
        _lead(_named(lambda d: _top(_text(d["Error Message"]).loc[lambda s: s != ""].value_counts()))),
        (*_ZP_ID, "Error Message"),
    ),
]


# --- 4. Runkeeper cardioActivities.csv -----------------------------------------------------------------------------

# type: weight, distance km (median), speed km/h, calories per km
_RK_TYPES = {"Running": (6, 7.0, 10.8, 68), "Cycling": (2.5, 22.0, 21.0, 28), "Walking": (1.5, 4.0, 5.4, 55)}
_RK_TYPES |= {"Other": (0.3, 0.0, 0.0, 0)}


def _clock(minutes: float) -> str:
    secs = round(minutes * 60)
    h, rest = divmod(secs, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"


def _runkeeper_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15804)
    rows = []
    keen = {2016: 0.6, 2017: 0.9, 2018: 1.3, 2019: 1.1, 2020: 1.6, 2021: 1.0, 2022: 0.7, 2023: 0.8}
    for day in pd.date_range("2016-01-03", "2023-12-30", freq="D"):
        if rng.random() > 0.33 * keen[day.year]:
            continue
        kind = _one(rng, list(_RK_TYPES), [v[0] for v in _RK_TYPES.values()])
        _, dist0, speed0, kcal = _RK_TYPES[kind]
        when = day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 20 * 3600)))
        if kind == "Other":
            minutes = float(rng.uniform(20, 60))
            dist, speed, cal, pace = None, None, round(minutes * 7.5, 1), ""
        else:
            dist = round(dist0 * float(rng.lognormal(0, 0.35)), 2)
            speed = speed0 * float(rng.lognormal(0, 0.07)) * (1 - 0.01 * (dist / dist0 - 1))
            minutes = dist / speed * 60
            speed = round(dist / minutes * 60, 2)
            pace = _clock(minutes / dist)
            cal = round(dist * kcal * float(rng.lognormal(0, 0.08)), 1)
        hr = int(110 + 40 * float(rng.uniform(0.5, 1.0))) if day.year >= 2019 and rng.random() < 0.8 else None
        rows.append(
            {
                "Activity Id": "".join(_one(rng, list("0123456789abcdef")) for _ in range(8))
                + f"-{int(rng.integers(4096, 65535)):04x}-4a1c-9e2b-{int(rng.integers(16**11, 16**12)):012x}",
                "Date": when.strftime("%Y-%m-%d %H:%M:%S"),
                "Type": kind,
                "Route Name": "" if rng.random() < 0.9 else _one(rng, ["River loop", "Park 5k", "Commute"]),
                "Distance (km)": dist,
                "Duration": _clock(minutes),
                "Average Pace": pace,
                "Average Speed (km/h)": speed,
                "Calories Burned": cal,
                "Climb (m)": int(rng.integers(0, 40) * (dist or 0) / 5),
                "Average Heart Rate (bpm)": hr,
                "Friend's Tagged": "",
                "Notes": "" if rng.random() < 0.95 else "felt good",
                "GPX File": "" if kind == "Other" else f"{when:%Y-%m-%d-%H%M%S}.gpx",
            }
        )
    return pd.DataFrame(rows)


def _rk_runs(d: pd.DataFrame) -> pd.DataFrame:
    out = d[_text(d["Type"]) == "Running"].copy()
    out["_when"] = pd.to_datetime(out["Date"])
    return out


def _mins(s: pd.Series) -> pd.Series:
    parts = s.astype("string").str.split(":")
    return parts.map(
        lambda p: sum(float(x) * 60.0**k for k, x in enumerate(reversed(p))) / 60 if len(p) > 1 else np.nan
    )


def _rk_year(d: pd.DataFrame) -> pd.Series:
    x = _rk_runs(d)
    return x.groupby(x["_when"].dt.year)["Distance (km)"].sum()


_RK_ID = ("Activity Id", "Date", "Type")
_RUNKEEPER_QS = [
    Q("how many runs have i done", _count(lambda d: len(_rk_runs(d))), _RK_ID),
    Q(
        "total km i've cycled?",
        has(lambda d: float(d.loc[_text(d["Type"]) == "Cycling", "Distance (km)"].sum())),
        (*_RK_ID, "Distance (km)"),
    ),
    Q(
        "whats my average running pace",
        either(
            _minutes(lambda d: float(_mins(_rk_runs(d)["Average Pace"]).mean())),
            _minutes(lambda d: float(_mins(_rk_runs(d)["Duration"]).sum() / _rk_runs(d)["Distance (km)"].sum())),
        ),
        (*_RK_ID, "Average Pace", "Duration", "Distance (km)", "Average Speed (km/h)"),
    ),
    Q(
        "which year did i run the furthest",
        _lead(_year(lambda d: _top(_rk_year(d)))),
        (*_RK_ID, "Distance (km)"),
    ),
    Q(
        "how many workouts don't have heart rate",
        _count(lambda d: int(d["Average Heart Rate (bpm)"].isna().sum())),
        (*_RK_ID, "Average Heart Rate (bpm)"),
    ),
    Q(
        "do longer runs burn more calories",
        corr_of(lambda d: _rk_runs(d)["Distance (km)"], lambda d: _rk_runs(d)["Calories Burned"]),
        (*_RK_ID, "Distance (km)", "Calories Burned", "Duration"),
    ),
]


# --- 5. NOAA Global Summary of the Month ---------------------------------------------------------------------------

# station id: name, lat, lon, elevation, mean temp (F) by month, yearly precip (in), snow (in per winter month)
_NO_STATIONS: dict[str, tuple[str, float, float, float, tuple[float, ...], float, float]] = {
    "USW00014739": (
        "BOSTON, MA US",
        42.3606,
        -71.0097,
        3.2,
        (29.9, 31.8, 38.3, 48.6, 58.4, 68.0, 74.1, 72.7, 65.6, 54.8, 45.3, 35.4),
        43.8,
        11.0,
    ),
    "USW00003017": (
        "DENVER INTERNATIONAL AIRPORT, CO US",
        39.8466,
        -104.6562,
        1647.4,
        (30.7, 32.0, 40.4, 46.8, 56.6, 67.2, 74.2, 72.2, 63.5, 50.9, 38.7, 30.2),
        14.3,
        8.0,
    ),
    "USW00023183": (
        "PHOENIX AIRPORT, AZ US",
        33.4277,
        -112.0038,
        337.4,
        (56.8, 60.4, 65.9, 73.2, 82.2, 92.1, 95.8, 94.7, 88.7, 76.9, 64.5, 55.8),
        7.2,
        0.0,
    ),
    "USW00024233": (
        "SEATTLE TACOMA AIRPORT, WA US",
        47.4444,
        -122.3139,
        112.8,
        (42.1, 43.4, 46.5, 50.3, 56.6, 61.7, 66.9, 67.4, 61.9, 53.4, 45.9, 41.2),
        39.3,
        1.5,
    ),
}
_NO_RAIN_SHAPE = (1.4, 1.0, 1.2, 0.9, 0.8, 0.6, 0.5, 0.6, 0.8, 1.1, 1.5, 1.6)


def _noaa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15805)
    rows = []
    for station, (name, lat, lon, elev, temps, rain, snow) in _NO_STATIONS.items():
        for year in range(2000, 2024):
            for month in range(1, 13):
                if rng.random() < 0.015 and year != 2020:
                    continue  # a month the station did not report
                tavg = temps[month - 1] + 0.04 * (year - 2000) + float(rng.normal(0, 2.2))
                spread = 27.0 if "DENVER" in name or "PHOENIX" in name else 16.0
                tmax = tavg + spread / 2 + float(rng.normal(0, 0.8))
                tmin = tavg - spread / 2 + float(rng.normal(0, 0.8))
                prcp = round(rain / 12 * _NO_RAIN_SHAPE[month - 1] * float(rng.gamma(2.5, 0.4)), 2)
                sn = round(snow * float(rng.gamma(1.2, 0.85)), 1) if month in (12, 1, 2, 3) and snow else 0.0
                gap = rng.random() < 0.03
                rows.append(
                    {
                        "STATION": station,
                        "NAME": name,
                        "LATITUDE": lat,
                        "LONGITUDE": lon,
                        "ELEVATION": elev,
                        "DATE": f"{year}-{month:02d}",
                        "AWND": round(float(rng.uniform(6, 13)), 1) if rng.random() > 0.05 else None,
                        "CLDD": round(max(0.0, tavg - 65) * 30, 1),
                        "DP01": int(min(28, rng.poisson(1 + prcp * 2.5))),
                        "DT32": int(min(31, max(0, rng.normal(max(0.0, 40 - tmin) * 1.2, 2)))),
                        "DX90": int(min(31, max(0, rng.normal(max(0.0, tmax - 82) * 1.5, 2)))),
                        "EMNT": round(tmin - float(rng.uniform(5, 14))),
                        "EMXP": round(prcp * float(rng.uniform(0.2, 0.5)), 2),
                        "EMXT": round(tmax + float(rng.uniform(4, 12))),
                        "HTDD": round(max(0.0, 65 - tavg) * 30, 1),
                        "PRCP": prcp,
                        "PRCP_ATTRIBUTES": ",,W" if not gap else "",
                        "SNOW": sn if "PHOENIX" not in name else None,
                        "TAVG": None if gap else round(tavg, 1),
                        "TAVG_ATTRIBUTES": "" if gap else "1,W",
                        "TMAX": round(tmax, 1),
                        "TMIN": round(tmin, 1),
                    }
                )
    return pd.DataFrame(rows)


def _no(d: pd.DataFrame, town: str | None = None) -> pd.DataFrame:
    out = d.copy()
    out["_year"] = out["DATE"].astype(str).str.slice(0, 4).astype(int)
    out["_month"] = out["DATE"].astype(str).str.slice(5, 7).astype(int)
    if town:
        out = out[out["NAME"].str.contains(town)]
    return out


_NO_SHORT = {v[0]: (v[0].split(",")[0].split()[0].title(),) for v in _NO_STATIONS.values()}
_NO_ID = ("STATION", "NAME", "DATE")
_NOAA_QS = [
    Q(
        "which station is the warmest on average",
        _lead(_named(lambda d: _top(d.groupby("NAME")["TAVG"].mean()), _NO_SHORT)),
        (*_NO_ID, "TAVG", "TMAX", "TMIN"),
    ),
    Q(
        "how much rain did seattle get in 2020",
        has(lambda d: float(_no(d, "SEATTLE").loc[lambda x: x["_year"] == 2020, "PRCP"].sum()), rel=0.01),
        (*_NO_ID, "PRCP"),
    ),
    Q(
        "what's the hottest temperature recorded in here",
        either(has(lambda d: float(d["EMXT"].max())), has(lambda d: float(d["TMAX"].max()))),
        (*_NO_ID, "EMXT", "TMAX"),
    ),
    Q(
        "how many months are missing the average temp",
        _count(lambda d: int(d["TAVG"].isna().sum())),
        (*_NO_ID, "TAVG", "TAVG_ATTRIBUTES"),
    ),
    Q(
        "average july high for each station",
        _about(lambda d: _no(d).loc[lambda x: x["_month"] == 7].groupby("NAME")["TMAX"].mean().to_numpy(), rel=0.005),
        (*_NO_ID, "TMAX"),
    ),
    Q(
        "which year did boston get the most snow",
        _lead(_year(lambda d: _top(_no(d, "BOSTON").groupby("_year")["SNOW"].sum()))),
        (*_NO_ID, "SNOW"),
    ),
]


# --- 6. New Orleans calls for service 2023 -------------------------------------------------------------------------

# type code: text, weight, priority
_NL_TYPES = {
    "21": ("COMPLAINT OTHER", 9, "1A"),
    "18": ("TRAFFIC INCIDENT", 8, "1J"),
    "103D": ("DISTURBANCE (DOMESTIC)", 6, "2C"),
    "62A": ("BURGLAR ALARM, SILENT", 7, "1E"),
    "20": ("AUTO ACCIDENT", 5, "1G"),
    "94F": ("DISCHARGING FIREARM", 1.5, "2D"),
    "67A": ("AUTO THEFT", 2.5, "1C"),
    "34S": ("AGGRAVATED BATTERY BY SHOOTING", 0.6, "3C"),
    "107": ("SUSPICIOUS PERSON", 4, "2A"),
    "TS": ("TRAFFIC STOP", 7.5, "1K"),
    "22A": ("AREA CHECK", 6.5, "1K"),
}
_NL_DISPO = {"NAT": "NECESSARY ACTION TAKEN", "RTF": "REPORT TO FOLLOW", "GOA": "GONE ON ARRIVAL", "UNF": "UNFOUNDED"}
_NL_STREETS = ["Bourbon St", "St Claude Ave", "Canal St", "Magazine St", "N Broad St", "Elysian Fields Ave"]
_NL_FMT = "%m/%d/%Y %I:%M:%S %p"


def _nola_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15806)
    rows = []
    codes = list(_NL_TYPES)
    district_w = [1.2, 0.9, 0.8, 0.9, 1.1, 1.0, 1.6, 1.4]
    hour_w = [3, 2.5, 2, 1.5, 1, 1, 1.5, 2.5, 3.5, 4, 4.5, 4.8, 5, 5, 5.2, 5.6, 6.2, 6.4, 6, 5.6, 5, 4.6, 4.2, 3.6]
    for k in range(int(rng.integers(4200, 4700))):
        code = _one(rng, codes, [v[1] for v in _NL_TYPES.values()])
        text, _, prio = _NL_TYPES[code]
        self_init = code in ("TS", "22A") or (code == "107" and rng.random() < 0.3)
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        created = day + pd.Timedelta(hours=int(_one(rng, list(range(24)), hour_w)), seconds=int(rng.integers(0, 3600)))
        urgent = prio[0] in "23"
        wait = 0.0 if self_init else float(rng.lognormal(np.log(6 if urgent else 35), 0.8))
        travel = 0.0 if self_init else float(rng.lognormal(np.log(5 if urgent else 9), 0.5))
        dispatch = created + pd.Timedelta(minutes=wait)
        arrive = dispatch + pd.Timedelta(minutes=travel)
        closed = arrive + pd.Timedelta(minutes=float(rng.lognormal(np.log(40), 0.7)))
        no_show = not self_init and rng.random() < 0.07
        district = int(_one(rng, list(range(1, 9)), district_w))
        lon, lat = -90.07 + float(rng.normal(0, 0.05)), 29.95 + float(rng.normal(0, 0.03))
        x, y = 3_680_000 + float(rng.normal(0, 15000)), 530_000 + float(rng.normal(0, 9000))
        dispo = _one(rng, list(_NL_DISPO), [6, 3 if not self_init else 0.5, 1, 1])
        if no_show:
            dispo = "GOA"
        rows.append(
            {
                "NOPD_Item": f"A{int(rng.integers(0, 9)):01d}{k + 1:05d}23",
                "Type_": code,
                "TypeText": text,
                "Priority": prio,
                "InitialType": code,
                "InitialTypeText": text,
                "InitialPriority": prio,
                "MapX": round(x),
                "MapY": round(y),
                "TimeCreate": created.strftime(_NL_FMT),
                "TimeDispatch": "" if no_show and rng.random() < 0.5 else dispatch.strftime(_NL_FMT),
                "TimeArrive": "" if no_show else arrive.strftime(_NL_FMT),
                "TimeClosed": closed.strftime(_NL_FMT),
                "Disposition": dispo,
                "DispositionText": _NL_DISPO[dispo],
                "SelfInitiated": "Y" if self_init else "N",
                "Beat": f"{district}{_one(rng, list('ABCDEFGHIJKLMNOPQRSTU'))}{int(rng.integers(1, 15)):02d}",
                "BLOCK_ADDRESS": f"{int(rng.integers(1, 90)):03d}XX {_one(rng, _NL_STREETS)}",
                "Zip": int(_one(rng, [70112, 70113, 70116, 70117, 70119, 70122, 70126, 70130])),
                "PoliceDistrict": district,
                "Location": f"POINT ({lon:.6f} {lat:.6f})",
            }
        )
    return pd.DataFrame(rows).sort_values("TimeCreate", key=lambda s: pd.to_datetime(s, format=_NL_FMT))


def _nl(d: pd.DataFrame, priority: str = "") -> pd.DataFrame:
    out = d.copy()
    out["_made"] = pd.to_datetime(out["TimeCreate"], format=_NL_FMT)
    out["_came"] = pd.to_datetime(out["TimeArrive"], format=_NL_FMT, errors="coerce")
    out["_wait"] = (out["_came"] - out["_made"]).dt.total_seconds() / 60
    if priority:
        out = out[_text(out["Priority"]).str.startswith(priority)]
    return out


def _nl_wait(priority: str, how: str, own: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _nl(d, priority)
        if not own:
            x = x[_text(x["SelfInitiated"]) != "Y"]
        return float(x["_wait"].dropna().agg(how))

    return value


def _nl_response(priority: str) -> Check:
    return either(*(_minutes(_nl_wait(priority, h, o)) for h in ("mean", "median") for o in (True, False)))


def _district(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A police district number: "District 7", "7th District", "district 7"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        pats = [rf"\bdistrict\s*(?:#|no\.?\s*)?{n}\b", rf"\b{n}(?:st|nd|rd|th)?\s+district\b", rf"^\s*\**{n}\b"]
        ok = any(re.search(p, answer, re.IGNORECASE | re.MULTILINE) for p in pats)
        return None if ok else f"missing district {n}"

    return check


_NL_ID = ("NOPD_Item", "TimeCreate")
_NOLA_QS = [
    Q(
        "what are the top 5 reasons people call",
        _all_named(lambda d: list(_ranked(_text(d["TypeText"]).value_counts()).index[:5])),
        (*_NL_ID, "TypeText", "Type_", "InitialTypeText", "InitialType"),
    ),
    Q(
        "how many calls did officers start themselves",
        _count(lambda d: int((_text(d["SelfInitiated"]) == "Y").sum())),
        (*_NL_ID, "SelfInitiated"),
    ),
    Q(
        "which district gets the most calls",
        _lead(_district(lambda d: _top(d["PoliceDistrict"].value_counts()))),
        (*_NL_ID, "PoliceDistrict"),
    ),
    Q(
        "how long does it usually take police to show up",
        _nl_response(""),
        (*_NL_ID, "TimeArrive", "TimeDispatch", "SelfInitiated"),
    ),
    Q(
        "and for priority 2 calls?",
        _nl_response("2"),
        (*_NL_ID, "TimeArrive", "TimeDispatch", "Priority", "SelfInitiated", "InitialPriority"),
    ),
    Q(
        "what hour of the day is busiest",
        _lead(_hour(lambda d: int(_top(_nl(d)["_made"].dt.hour.value_counts())))),
        _NL_ID,
    ),
]


# --- 7. Eurostat population on 1 January by age group and sex ------------------------------------------------------

_EU_AGES = ["Y_LT5", *[f"Y{a}-{a + 4}" for a in range(5, 85, 5)], "Y_GE85"]
# geo: population 2014 (millions), yearly growth, share 65+ in 2014, share female
_EU_GEO = {
    "DE": (80.77, 0.0035, 0.208, 0.508),
    "FR": (66.17, 0.003, 0.18, 0.515),
    "IT": (60.78, -0.0025, 0.213, 0.515),
    "ES": (46.51, 0.0025, 0.181, 0.509),
    "PL": (38.02, -0.0035, 0.147, 0.516),
    "NL": (16.83, 0.0065, 0.173, 0.504),
    "SE": (9.64, 0.009, 0.195, 0.499),
}


def _eu_shape(old: float, year: int) -> np.ndarray:
    """Age-group weights (sum 1) with `old` of the people 65 and over, ageing a little each year."""
    young = np.array([1.0, 1.02, 1.04, 1.06, 1.12, 1.2, 1.28, 1.34, 1.42, 1.5, 1.48, 1.4, 1.3], dtype=float)
    senior = np.array([1.0, 0.8, 0.62, 0.44, 0.46], dtype=float)
    o = old + 0.0022 * (year - 2014)
    return np.concatenate([young / young.sum() * (1 - o), senior / senior.sum() * o])


def _eurostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15807)
    rows = []
    for year in range(2014, 2024):
        eu = np.zeros((2, len(_EU_AGES)))
        for geo, (pop, growth, old, fem) in {**_EU_GEO, "EU27_2020": (0, 0, 0, 0)}.items():
            if geo == "EU27_2020":
                other = 127.9e6 * (1 + 0.001 * (year - 2014))
                w = _eu_shape(0.19, year)
                counts = eu + np.vstack([w * other * 0.505, w * other * 0.495])
            else:
                total = pop * 1e6 * (1 + growth) ** (year - 2014) * float(rng.normal(1, 0.001))
                w = _eu_shape(old, year) * rng.normal(1, 0.01, len(_EU_AGES))
                w = w / w.sum()
                fshare = np.array([0.487] * 13 + [0.52, 0.54, 0.57, 0.62, 0.69]) + (fem - 0.508) / 2
                counts = np.vstack([w * total * fshare, w * total * (1 - fshare)])
                eu = eu + counts
            counts = np.round(counts)
            flag = "p" if year == 2023 else ("b" if geo == "FR" and year == 2016 else "")
            for s, vals in (("F", counts[0]), ("M", counts[1]), ("T", counts[0] + counts[1])):
                for age, v in (("TOTAL", vals.sum()), *zip(_EU_AGES, vals, strict=True)):
                    rows.append(
                        {
                            "DATAFLOW": "ESTAT:DEMO_PJANGROUP(1.0)",
                            "LAST UPDATE": "27/03/2024 23:00:00",
                            "freq": "A",
                            "unit": "NR",
                            "age": age,
                            "sex": s,
                            "geo": geo,
                            "TIME_PERIOD": year,
                            "OBS_VALUE": int(v),
                            "OBS_FLAG": "e" if geo == "EU27_2020" and not flag else flag,
                        }
                    )
    frame = pd.DataFrame(rows)
    gaps = (frame["geo"] == "SE") & (frame["TIME_PERIOD"] == 2015) & (frame["age"].isin(["Y80-84", "Y_GE85"]))
    frame["OBS_VALUE"] = frame["OBS_VALUE"].astype("Int64").mask(gaps)
    frame.loc[gaps, "OBS_FLAG"] = ":"
    return frame.sort_values(["age", "geo", "sex", "TIME_PERIOD"], kind="stable").reset_index(drop=True)


def _eu(d: pd.DataFrame, geo: str, year: int, sex: str = "T", age: str = "TOTAL") -> float:
    x = d[(d["geo"] == geo) & (d["TIME_PERIOD"] == year) & (d["sex"] == sex) & (d["age"] == age)]
    return float(x["OBS_VALUE"].iloc[0])


_EU_OLD = ["Y65-69", "Y70-74", "Y75-79", "Y80-84", "Y_GE85"]


def _eu_share(d: pd.DataFrame, geo: str, ages: list[str], year: int = 2023) -> float:
    return sum(_eu(d, geo, year, age=a) for a in ages) / _eu(d, geo, year)


def _eu_change(geo: str, relative: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        a, b = _eu(d, geo, 2014), _eu(d, geo, 2023)
        return (b - a) / a if relative else b - a

    return value


def _eu_moved(geo: str) -> Check:
    return either(_pct(_eu_change(geo, True)), _money(lambda d: abs(_eu_change(geo, False)(d))))


_EU_NAMES = {"DE": ("Germany",), "FR": ("France",), "IT": ("Italy",), "ES": ("Spain",), "PL": ("Poland",)}
_EU_NAMES |= {"NL": ("Netherlands",), "SE": ("Sweden",)}
_EU_ID = ("geo", "TIME_PERIOD", "sex", "age", "OBS_VALUE")
_EUROSTAT_QS = [
    Q("what was germany's population in 2023", _money(lambda d: _eu(d, "DE", 2023)), _EU_ID),
    Q(
        "which country had the biggest share of people 65 and older in 2023",
        _lead(_named(lambda d: _top(pd.Series({g: _eu_share(d, g, _EU_OLD) for g in _EU_GEO})), _EU_NAMES)),
        _EU_ID,
    ),
    Q(
        "how many more women than men live in france (2023)",
        _money(lambda d: _eu(d, "FR", 2023, "F") - _eu(d, "FR", 2023, "M")),
        _EU_ID,
    ),
    Q("how much has poland's population changed since 2014", _eu_moved("PL"), (*_EU_ID, "OBS_FLAG")),
    Q("and the netherlands?", _eu_moved("NL"), (*_EU_ID, "OBS_FLAG")),
    Q(
        "what share of people in the whole eu were 85 or older in 2023",
        _share(lambda d: _eu_share(d, "EU27_2020", ["Y_GE85"])),
        _EU_ID,
    ),
]


HELDOUT158: list[Dataset] = [
    Dataset("meta_business_suite_post_insights", _meta_frame, _META_QS),
    Dataset("xero_invoices_export", _xero_frame, _XERO_QS),
    Dataset("zapier_task_history_export", _zapier_frame, _ZAPIER_QS),
    Dataset("runkeeper_activities_export", _runkeeper_frame, _RUNKEEPER_QS),
    Dataset("noaa_global_summary_of_the_month", _noaa_frame, _NOAA_QS),
    Dataset("nola_calls_for_service", _nola_frame, _NOLA_QS),
    Dataset("eurostat_population_by_age_sex_long", _eurostat_frame, _EUROSTAT_QS),
]
