"""HELDOUT175: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Recurly subscriptions export of a small SaaS
(2023-2024, one row per subscription, so an account that upgraded repeats its account_code) with uuid (32 hex
characters), account_code ("acct-00123"), account_email, plan_code ("pro-monthly"), plan_name ("Pro Monthly"),
state (active / canceled / expired / in_trial / paused), quantity (seats), unit_amount as "49.00",
currency (USD), activated_at, canceled_at, expires_at, current_period_started_at, current_period_ends_at,
trial_started_at and trial_ends_at as "2023-04-12 15:02:11 UTC" (blank where they do not apply), collection_method
(automatic / manual), auto_renew ("true" / "false"), coupon_code (blank for most) and add_ons_total; a Mixpanel raw
events export with the properties flattened to columns (late 2024, one row per event) with event ("$mp_web_page_view",
"Sign Up", "Login", "Search", "Add to Cart", "Purchase"), distinct_id (a user id, or "$device:..." for anonymous
visitors), time as Unix seconds, $insert_id, $city, $region, mp_country_code (two letters, blank for a few), $browser,
$os, $current_url, $screen_width, $screen_height, mp_lib (web / iphone / android), plan and price (on purchases only)
and utm_source (blank for most); a FreeStyle Libre glucose export from LibreView with its "Glucose Data,Generated
on,..." title line above the header (so the frame's header is that title line and the real header is its first row),
with Device, "Serial Number", "Device Timestamp" as "05-14-2024 07:15", "Record Type" (0 historic every 15 minutes,
1 scan, 4 insulin, 5 food, 6 note), "Historic Glucose mg/dL", "Scan Glucose mg/dL", "Non-numeric Rapid-Acting
Insulin", "Rapid-Acting Insulin (units)", "Non-numeric Food", "Carbohydrates (grams)", "Carbohydrates (servings)",
"Non-numeric Long-Acting Insulin", "Long-Acting Insulin Value (units)", Notes, "Strip Glucose mg/dL", "Ketone
mmol/L", "Meal Insulin (units)", "Correction Insulin (units)" and "User Change Insulin (units)" (mostly blank); a
Cash App statement (2023) with "Transaction ID" (six lower-case letters and digits), Date as "2023-03-14 18:22:10
EDT", "Transaction Type" (Sent P2P / Received P2P / Cash Card Debit / Cash Out / Direct Deposit / Bitcoin Buy /
Paper Money Deposit), Currency, Amount, Fee and "Net Amount" as "-$25.00" / "$100.00", "Asset Type" and "Asset
Price" and "Asset Amount" (bitcoin rows only), Status (COMPLETE / FAILED / CANCELED), Notes (free text, blank for
many), "Name of sender/receiver" and Account ("Your Cash" / "Visa Debit 4417"); NHS England's monthly A&E
attendances and emergency admissions, provider level, twelve monthly files stacked (April 2023 - March 2024) with
Period as "MSitAE-APRIL-2023", "Org Code", "Parent Org" ("NHS ENGLAND LONDON"), "Org name" in upper case, an
England "TOTAL" row at the top of each month, attendances by Type 1 / Type 2 / Other A&E Department (booked
appointments in their own columns), "Attendances over 4hrs" likewise, "Patients who have waited 4-12 hs from DTA to
admission", "Patients who have waited 12+ hrs from DTA to admission", "Emergency admissions via A&E - Type 1",
"... - Type 2", "... - Other A&E department" and "Other emergency admissions" (zeros for minor-injury units); Boston
311 service requests from Analyze Boston (2023) with case_enquiry_id, open_dt, sla_target_dt and closed_dt as
"2023-01-05 08:12:33" (blank while open), on_time (ONTIME / OVERDUE), case_status (Open / Closed), closure_reason,
case_title, subject (department name), reason, type, queue, department (PWDx, BTDT, ISD, ...), submitted_photo and
closed_photo (URLs or blank), location (upper case, "INTERSECTION of ..." for some), fire_district, pwd_district,
city_council_district, police_district, neighborhood (blank for a few), neighborhood_services_district, ward
("Ward 3"), precinct, location_street_name, location_zipcode (blank for some), latitude, longitude and source
(Constituent Call / Citizens Connect App / City Worker App / Self Service / Employee Generated / Twitter); and a USDA
NASS Quick Stats download (survey, state level plus the US TOTAL, 2000-2023) in long format with Program, Year,
Period, "Week Ending", "Geo Level" (STATE / NATIONAL), State (upper case), "State ANSI", "Ag District", "Ag District
Code", County, "County ANSI", "Zip Code", Region, watershed_code, Watershed, Commodity (CORN / SOYBEANS / WHEAT),
"Data Item" ("CORN, GRAIN - PRODUCTION, MEASURED IN BU", "... - YIELD, MEASURED IN BU / ACRE", "... - ACRES
HARVESTED"), Domain, "Domain Category", Value as text with thousands commas (" (D)" where withheld) and "CV (%)"
(blank). All are generated with fixed seeds 17501-17507.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions / billions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$1,234.50", "-$25.00", "15,234,000", or blanks / "(D)" as missing."""
    cleaned = s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True).replace({".": "", "-": ""})
    return pd.to_numeric(cleaned, errors="coerce")


def _year_word(value: Callable[[pd.DataFrame], int]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(value(df))
        return None if re.search(rf"(?<![\d.,]){y}(?!\d)", answer) else f"missing year {y}"

    return check


def _hex(rng: np.random.Generator, n: int) -> str:
    return "".join(_one(rng, list("0123456789abcdef")) for _ in range(n))


# --- 1. Recurly subscriptions export -------------------------------------------------------------------------------

# plan code: plan name, weight, price, months per billing period, trial share
_RC_PLANS = {
    "starter-monthly": ("Starter Monthly", 9.0, 19.0, 1, 0.5),
    "pro-monthly": ("Pro Monthly", 7.0, 49.0, 1, 0.4),
    "pro-annual": ("Pro Annual", 2.5, 490.0, 12, 0.1),
    "team-monthly": ("Team Monthly", 3.0, 99.0, 1, 0.45),
    "enterprise-annual": ("Enterprise Annual", 0.7, 4800.0, 12, 0.0),
}
_RC_TODAY = pd.Timestamp("2024-11-20 12:00:00")


def _rc_stamp(t: pd.Timestamp | None) -> str:
    return "" if t is None else f"{t:%Y-%m-%d %H:%M:%S} UTC"


def _recurly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17501)
    codes = list(_RC_PLANS)
    rows = []
    for _ in range(1450):
        # a spring 2024 launch campaign makes March 2024 the busiest month for new subscriptions
        if rng.random() < 0.12:
            start = pd.Timestamp("2024-03-01") + pd.Timedelta(minutes=int(rng.integers(0, 31 * 1440)))
        else:
            start = pd.Timestamp("2023-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 688 * 1440)))
        start = min(start, _RC_TODAY - pd.Timedelta(days=1))
        code = _one(rng, codes, [v[1] for v in _RC_PLANS.values()])
        name, _, price, months, trial_p = _RC_PLANS[code]
        account = f"acct-{int(rng.integers(1, 1300)):05d}"
        trial = rng.random() < trial_p
        trial_start, trial_end = (start, start + pd.Timedelta(days=30)) if trial else (None, None)
        canceled = expires = None
        if trial and trial_end is not None and trial_end > _RC_TODAY:
            state = "in_trial"
        else:
            r = rng.random()
            if r < 0.22:
                canceled = start + pd.Timedelta(days=int(rng.integers(10, 400)))
                if canceled > _RC_TODAY:
                    canceled = None
                    state = "active"
                else:
                    expires = canceled + pd.Timedelta(days=int(rng.integers(1, 30 * months)))
                    state = "expired" if expires < _RC_TODAY else "canceled"
            elif r < 0.25:
                state = "paused"
            else:
                state = "active"
        qty = int(rng.integers(3, 25)) if code.startswith(("team", "enterprise")) else 1
        period_start = start + pd.DateOffset(months=months * max(0, (_RC_TODAY - start).days // (30 * months)))
        rows.append(
            {
                "uuid": _hex(rng, 32),
                "account_code": account,
                "account_email": f"user{account[5:]}@example.com",
                "plan_code": code,
                "plan_name": name,
                "state": state,
                "quantity": qty,
                "unit_amount": f"{price:.2f}",
                "currency": "USD",
                "activated_at": _rc_stamp(start),
                "canceled_at": _rc_stamp(canceled),
                "expires_at": _rc_stamp(expires),
                "current_period_started_at": "" if state == "expired" else _rc_stamp(period_start),
                "current_period_ends_at": ""
                if state == "expired"
                else _rc_stamp(period_start + pd.DateOffset(months=months)),
                "trial_started_at": _rc_stamp(trial_start),
                "trial_ends_at": _rc_stamp(trial_end),
                "collection_method": "manual" if code.startswith("enterprise") else "automatic",
                "auto_renew": "false" if state in {"canceled", "expired"} else "true",
                "coupon_code": _one(rng, ["LAUNCH20", "BF2023", "FRIENDS"]) if rng.random() < 0.08 else "",
                "add_ons_total": f"{float(_one(rng, [0, 0, 0, 10, 25])):.2f}",
            }
        )
    rows.sort(key=lambda r: r["activated_at"])
    return pd.DataFrame(rows)


def _rc_state(d: pd.DataFrame) -> pd.Series:
    return _text(d["state"])


def _rc_revenue(d: pd.DataFrame, active: bool, monthly: bool) -> str:
    keep = d[_rc_state(d).isin(["active"])] if active else d
    amount = _num(keep["unit_amount"]) * pd.to_numeric(keep["quantity"])
    if monthly:
        amount = amount / np.where(_text(keep["plan_code"]).str.contains("annual"), 12, 1)
    return _top(amount.groupby(keep["plan_name"]).sum())


def _rc_best_month(d: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(_text(d["activated_at"]).str.slice(0, 19))
    return t.dt.to_period("M").value_counts().idxmax().to_timestamp()


_RC_ID = ("uuid", "account_code")
_RECURLY_QS = [
    Q(
        "how many active subscriptions do we have",
        either(
            _count(lambda d: int((_rc_state(d) == "active").sum())),
            _count(lambda d: int(_rc_state(d).isin(["active", "in_trial"]).sum())),
        ),
        ("state", *_RC_ID),
    ),
    Q(
        "which plan brings in the most money",
        either(
            *(_lead(_named(lambda d, a=a, m=m: _rc_revenue(d, a, m))) for a in (True, False) for m in (True, False))
        ),
        ("plan_name", "plan_code", "unit_amount", "quantity", "state", "current_period_started_at", *_RC_ID),
    ),
    Q(
        "what % of subscriptions got cancelled",
        either(
            _share(lambda d: float(_rc_state(d).isin(["canceled", "expired"]).mean())),
            _share(lambda d: float((_rc_state(d) == "canceled").mean())),
            _share(lambda d: float((_text(d["canceled_at"]) != "").mean())),
        ),
        ("state", "canceled_at", "expires_at", *_RC_ID),
    ),
    Q(
        "how many people are on a free trial right now",
        _count(lambda d: int((_rc_state(d) == "in_trial").sum())),
        ("state", "trial_started_at", "trial_ends_at", *_RC_ID),
    ),
    Q(
        "and how many of those are on the team plan",
        _count(lambda d: int(((_rc_state(d) == "in_trial") & (_text(d["plan_name"]) == "Team Monthly")).sum())),
        ("state", "plan_name", "plan_code", "trial_started_at", "trial_ends_at", *_RC_ID),
    ),
    Q(
        "which month had the most new signups?",
        _month_year(_rc_best_month),
        ("activated_at", "trial_started_at", *_RC_ID),
    ),
]


# --- 2. Mixpanel events export -------------------------------------------------------------------------------------

_MP_COUNTRIES = {"US": 10.0, "GB": 3.0, "DE": 2.5, "IN": 3.5, "BR": 2.0, "CA": 1.5, "FR": 1.5}
_MP_CITIES = {
    "US": ("San Francisco", "California"),
    "GB": ("London", "England"),
    "DE": ("Berlin", "Land Berlin"),
    "IN": ("Bengaluru", "Karnataka"),
    "BR": ("São Paulo", "São Paulo"),
    "CA": ("Toronto", "Ontario"),
    "FR": ("Paris", "Île-de-France"),
}
_MP_COUNTRY_NAMES = {
    "US": ("United States", "USA", "U.S."),
    "GB": ("United Kingdom", "UK", "Britain"),
    "DE": ("Germany",),
    "IN": ("India",),
    "BR": ("Brazil",),
    "CA": ("Canada",),
    "FR": ("France",),
}
# price by plan
_MP_PLANS = {"basic": 9.99, "plus": 19.99, "premium": 39.99}
_MP_SPIKE = pd.Timestamp("2024-11-12")


def _mixpanel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17502)
    start = pd.Timestamp("2024-10-01")
    rows = []
    for u in range(700):
        country = _one(rng, list(_MP_COUNTRIES), list(_MP_COUNTRIES.values()))
        city, region = _MP_CITIES[country]
        lib = _one(rng, ["web", "iphone", "android"], [6, 2.5, 1.5])
        browser, os_ = {
            "web": (_one(rng, ["Chrome", "Safari", "Firefox", "Microsoft Edge"], [6, 2, 1, 1]), "Mac OS X"),
            "iphone": ("", "iOS"),
            "android": ("", "Android"),
        }[lib]
        if lib == "web" and rng.random() < 0.5:
            os_ = "Windows"
        device = f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}"
        if rng.random() < 0.25:
            first = _MP_SPIKE + pd.Timedelta(hours=float(rng.uniform(13, 20)))
        else:
            first = start + pd.Timedelta(hours=float(rng.uniform(0, 60 * 24)))
        signed = rng.random() < 0.55
        uid = f"user_{u + 1000}" if signed else f"$device:{device}"
        events = [("$mp_web_page_view", first)]
        t = first
        for _ in range(int(rng.integers(1, 6))):
            t += pd.Timedelta(minutes=float(rng.uniform(0.5, 30)))
            events.append((_one(rng, ["$mp_web_page_view", "Search"], [3, 1]), t))
        if signed:
            t += pd.Timedelta(minutes=float(rng.uniform(1, 20)))
            events.append(("Sign Up", t))
            for _ in range(int(rng.integers(0, 5))):
                t += pd.Timedelta(hours=float(rng.uniform(2, 120)))
                events.append(("Login", t))
                for _ in range(int(rng.integers(0, 4))):
                    t += pd.Timedelta(minutes=float(rng.uniform(0.5, 20)))
                    events.append((_one(rng, ["$mp_web_page_view", "Search", "Add to Cart"], [3, 2, 1]), t))
            if rng.random() < 0.35:
                t += pd.Timedelta(minutes=float(rng.uniform(1, 30)))
                events.append(("Add to Cart", t))
                events.append(("Purchase", t + pd.Timedelta(minutes=float(rng.uniform(1, 10)))))
        plan = _one(rng, list(_MP_PLANS), [5, 3, 1])
        utm = _one(rng, ["google", "newsletter", "twitter", "producthunt"]) if rng.random() < 0.2 else ""
        for name, when in events:
            if when > pd.Timestamp("2024-11-30 23:59:59"):
                continue
            buy = name == "Purchase"
            rows.append(
                {
                    "event": name,
                    "distinct_id": uid,
                    "time": int(when.timestamp()),
                    "$insert_id": _hex(rng, 16),
                    "$city": city if rng.random() > 0.05 else "",
                    "$region": region,
                    "mp_country_code": country if rng.random() > 0.02 else "",
                    "$browser": browser,
                    "$os": os_,
                    "$current_url": f"https://app.example.io/{_one(rng, ['', 'pricing', 'search', 'cart', 'docs'])}"
                    if lib == "web"
                    else "",
                    "$screen_width": 1440 if lib == "web" else 390,
                    "$screen_height": 900 if lib == "web" else 844,
                    "mp_lib": lib,
                    "plan": plan if buy else "",
                    "price": _MP_PLANS[plan] if buy else np.nan,
                    "utm_source": utm,
                }
            )
    rows.sort(key=lambda r: r["time"])
    return pd.DataFrame(rows)


def _mp_buyer_country(d: pd.DataFrame) -> str:
    p = d[_text(d["event"]) == "Purchase"]
    return _top(_text(p["mp_country_code"]).replace("", np.nan).dropna().value_counts())


def _mp_convert(d: pd.DataFrame, base: str) -> float:
    ev = _text(d["event"])
    buyers = set(d.loc[ev == "Purchase", "distinct_id"])
    who = set(d.loc[ev == "Sign Up", "distinct_id"]) if base == "signup" else set(d["distinct_id"])
    return len(who & buyers) / len(who)


def _mp_busy_day(d: pd.DataFrame) -> pd.Timestamp:
    days = pd.to_datetime(pd.to_numeric(d["time"]), unit="s").dt.normalize()
    return days.value_counts().idxmax()


_MP_ID = ("distinct_id", "time", "event", "$insert_id")
_MIXPANEL_QS = [
    Q(
        "how many unique users are there",
        either(
            _count(lambda d: int(d["distinct_id"].nunique())),
            _count(lambda d: int(d.loc[~_text(d["distinct_id"]).str.startswith("$device"), "distinct_id"].nunique())),
        ),
        _MP_ID,
    ),
    Q("whats the most common event", _lead(_named(lambda d: _top(_text(d["event"]).value_counts()))), _MP_ID),
    Q(
        "how much revenue did we make from purchases",
        _money(lambda d: float(pd.to_numeric(d.loc[_text(d["event"]) == "Purchase", "price"]).sum())),
        (*_MP_ID, "price", "plan"),
    ),
    Q(
        "which country do most of the purchases come from",
        _lead(_named(_mp_buyer_country, _MP_COUNTRY_NAMES)),
        (*_MP_ID, "mp_country_code", "$region", "$city"),
    ),
    Q(
        "what percent of people who signed up ended up buying",
        _share(lambda d: _mp_convert(d, "signup")),
        _MP_ID,
    ),
    Q("which day had the most activity?", _day(_mp_busy_day), _MP_ID),
]


# --- 3. FreeStyle Libre glucose export (LibreView) -----------------------------------------------------------------

_LV_TITLE = ["Glucose Data", "Generated on", "06-18-2024 09:41 UTC", "Generated by", "Jordan Ellis"]
_LV_COLUMNS = [
    "Device",
    "Serial Number",
    "Device Timestamp",
    "Record Type",
    "Historic Glucose mg/dL",
    "Scan Glucose mg/dL",
    "Non-numeric Rapid-Acting Insulin",
    "Rapid-Acting Insulin (units)",
    "Non-numeric Food",
    "Carbohydrates (grams)",
    "Carbohydrates (servings)",
    "Non-numeric Long-Acting Insulin",
    "Long-Acting Insulin Value (units)",
    "Notes",
    "Strip Glucose mg/dL",
    "Ketone mmol/L",
    "Meal Insulin (units)",
    "Correction Insulin (units)",
    "User Change Insulin (units)",
]
_LV_MEALS = ((7.5, 45.0), (12.5, 65.0), (19.0, 80.0))


def _lv_curve(rng: np.random.Generator, hours: np.ndarray, day_shift: float, meals: list[tuple[float, float]]):
    g = 118.0 + day_shift + 12 * np.sin((hours - 4) / 24 * 2 * np.pi) + rng.normal(0, 7, hours.size)
    if day_shift < -8:
        g -= 55 * np.exp(-(((hours - 3.0) / 1.2) ** 2))
    for at, carbs in meals:
        dt = hours - at
        g += np.where(dt > 0, carbs * 1.3 * (dt / 1.2) * np.exp(1 - dt / 1.2), 0.0)
    return np.clip(np.round(g), 40, 400)


def _libre_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17503)
    start = pd.Timestamp("2024-05-13")
    body = []

    def row(t: pd.Timestamp, kind: int, **cells: Any) -> list[str]:
        out = {c: "" for c in _LV_COLUMNS}
        out |= {"Device": "FreeStyle LibreLink", "Serial Number": "4f1c2a9b-7e3d-4b21-9f0a-2c6d8e1b5a77"}
        out |= {"Device Timestamp": f"{t:%m-%d-%Y %H:%M}", "Record Type": str(kind)}
        out |= {k.replace("_", " "): v for k, v in cells.items()}
        return [out[c] for c in _LV_COLUMNS]

    for day in range(36):
        base = start + pd.Timedelta(days=day)
        shift = float(rng.normal(0, 14)) + (45.0 if day == 22 else 0.0)
        meals = [(at + float(rng.normal(0, 0.5)), carbs * float(rng.lognormal(0, 0.3))) for at, carbs in _LV_MEALS]
        if rng.random() < 0.4:
            meals.append((15.5 + float(rng.normal(0, 0.7)), 20.0 * float(rng.lognormal(0, 0.4))))
        hours = np.arange(96) / 4 + float(rng.integers(0, 15)) / 60
        curve = _lv_curve(rng, hours, shift, meals)
        gap = set(range(40, 52)) if day == 9 else set()
        for h, g in zip(hours, curve, strict=True):
            if int(h * 4) in gap:
                continue
            body.append(row(base + pd.Timedelta(hours=float(h)), 0, **{"Historic Glucose mg/dL": str(int(g))}))
        for _ in range(int(rng.integers(6, 14))):
            h = float(rng.uniform(6.5, 23.5))
            g = int(_lv_curve(rng, np.array([h]), shift, meals)[0])
            body.append(row(base + pd.Timedelta(hours=h), 1, **{"Scan Glucose mg/dL": str(g)}))
        for at, carbs in meals:
            t = base + pd.Timedelta(hours=at)
            grams = round(carbs)
            body.append(row(t, 5, **{"Carbohydrates (grams)": str(grams)}))
            units = round(grams / 10 * 2) / 2
            body.append(row(t + pd.Timedelta(minutes=2), 4, **{"Rapid-Acting Insulin (units)": f"{units:.1f}"}))
        body.append(
            row(
                base + pd.Timedelta(hours=22),
                4,
                **{"Long-Acting Insulin Value (units)": str(int(rng.integers(16, 19)))},
            )
        )
        if rng.random() < 0.15:
            body.append(row(base + pd.Timedelta(hours=18), 6, Notes=_one(rng, ["gym", "felt low", "pizza night"])))
    body.sort(key=lambda r: pd.Timestamp(r[2]))
    # the title line sits above the header, so the header reads as the first row under it
    header = _LV_TITLE + [""] * (len(_LV_COLUMNS) - len(_LV_TITLE))
    return pd.DataFrame([_LV_COLUMNS, *body], columns=pd.Index(header))


def _lv(d: pd.DataFrame) -> pd.DataFrame:
    """The export under its real header, numbers and times read."""
    frame = d.iloc[1:].copy()
    frame.columns = [str(x) for x in d.iloc[0]]
    for c in _LV_COLUMNS[3:]:
        if c != "Notes":
            frame[c] = pd.to_numeric(frame[c], errors="coerce")
    frame["t"] = pd.to_datetime(frame["Device Timestamp"], format="%m-%d-%Y %H:%M")
    return frame.reset_index(drop=True)


def _lv_glucose(d: pd.DataFrame, scans: bool) -> pd.Series:
    f = _lv(d)
    g = f["Historic Glucose mg/dL"]
    if scans:
        g = g.fillna(f["Scan Glucose mg/dL"])
    return g.dropna()


def _lv_out(low: bool) -> Check:
    return either(
        *(
            _share(lambda d, s=s: float((_lv_glucose(d, s) < 70).mean() if low else (_lv_glucose(d, s) > 180).mean()))
            for s in (False, True)
        ),
        *(
            _count(lambda d, s=s: int((_lv_glucose(d, s) < 70).sum() if low else (_lv_glucose(d, s) > 180).sum()))
            for s in (False, True)
        ),
    )


def _lv_carbs_per_day(d: pd.DataFrame) -> float:
    f = _lv(d)
    return float(f["Carbohydrates (grams)"].sum() / f["t"].dt.normalize().nunique())


def _lv_worst_day(d: pd.DataFrame, scans: bool) -> pd.Timestamp:
    f = _lv(d)
    g = f["Historic Glucose mg/dL"].fillna(f["Scan Glucose mg/dL"]) if scans else f["Historic Glucose mg/dL"]
    return g.groupby(f["t"].dt.normalize()).mean().idxmax()


_LV_ID = ("Device Timestamp", "Record Type", "Glucose Data")
_LV_G = ("Historic Glucose mg/dL", "Scan Glucose mg/dL", *_LV_ID)
_LIBRE_QS = [
    Q(
        "whats my average blood sugar",
        either(
            _about(lambda d: float(_lv_glucose(d, False).mean())),
            _about(lambda d: float(_lv_glucose(d, True).mean())),
        ),
        _LV_G,
    ),
    Q("how often was i over 180", _lv_out(False), _LV_G),
    Q("and under 70?", _lv_out(True), _LV_G),
    Q(
        "how much rapid insulin did i take in total",
        _about(lambda d: float(_lv(d)["Rapid-Acting Insulin (units)"].sum())),
        ("Rapid-Acting Insulin (units)", "Non-numeric Rapid-Acting Insulin", *_LV_ID),
    ),
    Q(
        "how many carbs do i eat per day on average",
        _about(_lv_carbs_per_day, rel=0.02),
        ("Carbohydrates (grams)", "Non-numeric Food", *_LV_ID),
    ),
    Q(
        "which day had the highest average glucose",
        either(_day(lambda d: _lv_worst_day(d, False)), _day(lambda d: _lv_worst_day(d, True))),
        _LV_G,
    ),
]


# --- 4. Cash App statement -----------------------------------------------------------------------------------------

_CA_FRIENDS = {"Marcus Lee": 5.0, "Tasha Green": 3.0, "Jordan Smith": 4.0, "Mom": 2.0, "Devon Price": 2.0}
_CA_SHOPS = ["WALMART", "MCDONALD'S", "SHELL OIL", "UBER EATS", "AMAZON MKTPL", "TARGET", "DOORDASH", "7-ELEVEN"]


def _ca_amount(x: float) -> str:
    return f"-${-x:,.2f}" if x < 0 else f"${x:,.2f}"


def _cashapp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17504)
    start = pd.Timestamp("2023-01-01")
    events = []
    for k in range(26):
        day = start + pd.Timedelta(days=4 + 14 * k, hours=6)
        events.append((day, "Direct Deposit", round(float(rng.normal(1180, 60)), 2), "GUSTO PAYROLL", ""))
    for _ in range(620):
        day = start + pd.Timedelta(minutes=int(rng.integers(0, 365 * 1440)))
        r = rng.random()
        if r < 0.5:
            big = day.month == 12
            amt = -round(float(rng.lognormal(3.0 if not big else 3.9, 0.7)), 2)
            events.append((day, "Cash Card Debit", amt, _one(rng, _CA_SHOPS), ""))
        elif r < 0.72:
            who = _one(rng, list(_CA_FRIENDS), list(_CA_FRIENDS.values()))
            amt = -round(float(rng.lognormal(3.4, 0.7)), 0)
            events.append((day, "Sent P2P", amt, who, _one(rng, ["rent", "🍕", "gas", "thanks!", "", ""])))
        elif r < 0.86:
            who = _one(rng, ["Marcus Lee", "Tasha Green", "Jordan Smith", "Ana Ruiz"])
            events.append((day, "Received P2P", round(float(rng.lognormal(3.2, 0.6)), 0), who, ""))
        elif r < 0.94:
            events.append((day, "Cash Out", -round(float(rng.integers(2, 12)) * 50.0, 2), "", ""))
        elif r < 0.97:
            events.append((day, "Bitcoin Buy", -round(float(rng.integers(1, 8)) * 10.0, 2), "", ""))
        else:
            events.append((day, "Paper Money Deposit", round(float(rng.integers(2, 10)) * 20.0, 2), "", ""))
    events.sort(key=lambda e: e[0])
    rows = []
    for day, kind, amt, who, note in events:
        fee = 0.0
        if kind == "Cash Out" and rng.random() < 0.4:
            fee = -round(max(0.25, abs(amt) * 0.0175), 2)
        elif kind == "Paper Money Deposit":
            fee = -1.0
        elif kind == "Bitcoin Buy":
            fee = -round(abs(amt) * 0.02 + 0.1, 2)
        status = _one(rng, ["COMPLETE", "FAILED", "CANCELED"], [95, 3, 2])
        btc = kind == "Bitcoin Buy"
        price = float(rng.normal(16500 + 25000 * (day - start).days / 365, 1500))
        tz = "EDT" if pd.Timestamp("2023-03-12") <= day < pd.Timestamp("2023-11-05") else "EST"
        rows.append(
            {
                "Transaction ID": "".join(_one(rng, list("abcdefghijklmnopqrstuvwxyz0123456789")) for _ in range(6)),
                "Date": f"{day:%Y-%m-%d %H:%M:%S} {tz}",
                "Transaction Type": kind,
                "Currency": "USD",
                "Amount": _ca_amount(amt),
                "Fee": _ca_amount(fee) if fee else "$0",
                "Net Amount": _ca_amount(amt + fee),
                "Asset Type": "BTC" if btc else "",
                "Asset Price": f"${price:,.2f}" if btc else "",
                "Asset Amount": f"{(abs(amt) / price):.8f}" if btc else "",
                "Status": status,
                "Notes": note,
                "Name of sender/receiver": who if kind in {"Sent P2P", "Received P2P"} else "",
                "Account": "Visa Debit 4417" if kind == "Cash Card Debit" else "Your Cash",
            }
        )
    out = pd.DataFrame(rows)
    # a card debit shows the shop in Notes
    card = out["Transaction Type"] == "Cash Card Debit"
    out.loc[card, "Notes"] = [e[3] for e in events if e[1] == "Cash Card Debit"]
    return out


def _ca(d: pd.DataFrame, complete: bool) -> pd.DataFrame:
    out = d.assign(a=_num(d["Amount"]), fee=_num(d["Fee"]), kind=_text(d["Transaction Type"]))
    return out[_text(out["Status"]) == "COMPLETE"] if complete else out


def _ca_card(d: pd.DataFrame, complete: bool) -> float:
    c = _ca(d, complete)
    return float(-c.loc[c["kind"] == "Cash Card Debit", "a"].sum())


def _ca_top_sent(d: pd.DataFrame, complete: bool) -> str:
    c = _ca(d, complete)
    c = c[c["kind"] == "Sent P2P"]
    return _top(-c["a"].groupby(_text(c["Name of sender/receiver"])).sum())


def _ca_month(d: pd.DataFrame, complete: bool, card: bool) -> pd.Timestamp:
    c = _ca(d, complete)
    c = c[(c["kind"] == "Cash Card Debit") if card else (c["a"] < 0)]
    months = pd.to_datetime(_text(c["Date"]).str.slice(0, 10)).dt.to_period("M")
    return (-c["a"]).groupby(months).sum().idxmax().to_timestamp()


_CA_ID = ("Transaction ID", "Date", "Transaction Type", "Status")
_CASHAPP_QS = [
    Q(
        "how much did i spend on my cash card",
        either(_money(lambda d: _ca_card(d, True)), _money(lambda d: _ca_card(d, False))),
        ("Amount", "Net Amount", "Account", *_CA_ID),
    ),
    Q(
        "who did i send the most money to",
        either(_lead(_named(lambda d: _ca_top_sent(d, True))), _lead(_named(lambda d: _ca_top_sent(d, False)))),
        ("Amount", "Name of sender/receiver", *_CA_ID),
    ),
    Q(
        "total fees?",
        either(
            _money(lambda d: float(-_ca(d, True)["fee"].sum())),
            _money(lambda d: float(-_ca(d, False)["fee"].sum())),
        ),
        ("Fee", "Amount", "Net Amount", *_CA_ID),
    ),
    Q(
        "how much did i get from direct deposits",
        either(
            _money(lambda d: float(_ca(d, True).query("kind == 'Direct Deposit'")["a"].sum())),
            _money(lambda d: float(_ca(d, False).query("kind == 'Direct Deposit'")["a"].sum())),
        ),
        ("Amount", "Net Amount", "Name of sender/receiver", *_CA_ID),
    ),
    Q(
        "which month did i spend the most",
        either(*(_month_year(lambda d, c=c, k=k: _ca_month(d, c, k)) for c in (True, False) for k in (True, False))),
        ("Amount", "Net Amount", "Account", *_CA_ID),
    ),
    Q(
        "how many payments failed",
        _count(lambda d: int((_text(d["Status"]) == "FAILED").sum())),
        ("Status", "Transaction ID", "Transaction Type", "Date"),
    ),
]


# --- 5. NHS England A&E attendances and emergency admissions (monthly, provider level) -----------------------------

_AE_COLUMNS = [
    "Period",
    "Org Code",
    "Parent Org",
    "Org name",
    "A&E attendances Type 1",
    "A&E attendances Type 2",
    "A&E attendances Other A&E Department",
    "A&E attendances Booked Appointments Type 1",
    "A&E attendances Booked Appointments Type 2",
    "A&E attendances Booked Appointments Other Department",
    "Attendances over 4hrs Type 1",
    "Attendances over 4hrs Type 2",
    "Attendances over 4hrs Other Department",
    "Attendances over 4hrs Booked Appointments Type 1",
    "Attendances over 4hrs Booked Appointments Type 2",
    "Attendances over 4hrs Booked Appointments Other Department",
    "Patients who have waited 4-12 hs from DTA to admission",
    "Patients who have waited 12+ hrs from DTA to admission",
    "Emergency admissions via A&E - Type 1",
    "Emergency admissions via A&E - Type 2",
    "Emergency admissions via A&E - Other A&E department",
    "Other emergency admissions",
]
# org code: name, region, monthly type 1 attendances (0: no type 1 department), other-department attendances
_AE_ORGS = {
    "R1H": ("BARTS HEALTH NHS TRUST", "NHS ENGLAND LONDON", 21000, 9000),
    "RYJ": ("IMPERIAL COLLEGE HEALTHCARE NHS TRUST", "NHS ENGLAND LONDON", 14000, 6500),
    "RJ1": ("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST", "NHS ENGLAND LONDON", 15500, 4000),
    "RAL": ("ROYAL FREE LONDON NHS FOUNDATION TRUST", "NHS ENGLAND LONDON", 16000, 3000),
    "RQM": ("CHELSEA AND WESTMINSTER HOSPITAL NHS FOUNDATION TRUST", "NHS ENGLAND LONDON", 12500, 5500),
    "RRK": ("UNIVERSITY HOSPITALS BIRMINGHAM NHS FOUNDATION TRUST", "NHS ENGLAND MIDLANDS", 26500, 2500),
    "RX1": ("NOTTINGHAM UNIVERSITY HOSPITALS NHS TRUST", "NHS ENGLAND MIDLANDS", 17500, 1500),
    "RWE": ("UNIVERSITY HOSPITALS OF LEICESTER NHS TRUST", "NHS ENGLAND MIDLANDS", 19000, 4500),
    "RR8": ("LEEDS TEACHING HOSPITALS NHS TRUST", "NHS ENGLAND NORTH EAST AND YORKSHIRE", 17000, 2000),
    "RTD": ("THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST", "NHS ENGLAND NORTH EAST AND YORKSHIRE", 11000, 0),
    "RHQ": ("SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST", "NHS ENGLAND NORTH EAST AND YORKSHIRE", 12500, 3500),
    "R0A": ("MANCHESTER UNIVERSITY NHS FOUNDATION TRUST", "NHS ENGLAND NORTH WEST", 24000, 5000),
    "REM": ("LIVERPOOL UNIVERSITY HOSPITALS NHS FOUNDATION TRUST", "NHS ENGLAND NORTH WEST", 16500, 1000),
    "RXN": ("LANCASHIRE TEACHING HOSPITALS NHS FOUNDATION TRUST", "NHS ENGLAND NORTH WEST", 10500, 2500),
    "RTH": ("OXFORD UNIVERSITY HOSPITALS NHS FOUNDATION TRUST", "NHS ENGLAND SOUTH EAST", 13500, 2000),
    "RHM": ("UNIVERSITY HOSPITAL SOUTHAMPTON NHS FOUNDATION TRUST", "NHS ENGLAND SOUTH EAST", 10500, 0),
    "RXQ": ("BUCKINGHAMSHIRE HEALTHCARE NHS TRUST", "NHS ENGLAND SOUTH EAST", 8500, 3000),
    "RA7": ("UNIVERSITY HOSPITALS BRISTOL AND WESTON NHS FOUNDATION TRUST", "NHS ENGLAND SOUTH WEST", 12500, 1500),
    "RK9": ("UNIVERSITY HOSPITALS PLYMOUTH NHS TRUST", "NHS ENGLAND SOUTH WEST", 9000, 1500),
    "RGT": ("CAMBRIDGE UNIVERSITY HOSPITALS NHS FOUNDATION TRUST", "NHS ENGLAND EAST OF ENGLAND", 10000, 0),
    "RM1": ("NORFOLK AND NORWICH UNIVERSITY HOSPITALS NHS FOUNDATION TRUST", "NHS ENGLAND EAST OF ENGLAND", 11500, 0),
    "RY9": ("HERTFORDSHIRE COMMUNITY NHS TRUST", "NHS ENGLAND EAST OF ENGLAND", 0, 5200),
    "RYX": ("CENTRAL LONDON COMMUNITY HEALTHCARE NHS TRUST", "NHS ENGLAND LONDON", 0, 7800),
    "NLO12": ("OXFORD HEALTH URGENT TREATMENT CENTRE", "NHS ENGLAND SOUTH EAST", 0, 3100),
    "RDE": ("EAST SUFFOLK AND NORTH ESSEX NHS FOUNDATION TRUST", "NHS ENGLAND EAST OF ENGLAND", 14500, 2800),
}
# month: seasonal factor for attendances, factor for waits
_AE_MONTHS = [
    ("APRIL", 2023, 0.97, 0.95),
    ("MAY", 2023, 1.04, 0.92),
    ("JUNE", 2023, 1.07, 0.9),
    ("JULY", 2023, 1.06, 0.9),
    ("AUGUST", 2023, 0.99, 0.92),
    ("SEPTEMBER", 2023, 1.01, 0.97),
    ("OCTOBER", 2023, 1.02, 1.03),
    ("NOVEMBER", 2023, 0.99, 1.08),
    ("DECEMBER", 2023, 0.98, 1.22),
    ("JANUARY", 2024, 0.95, 1.2),
    ("FEBRUARY", 2024, 0.93, 1.05),
    ("MARCH", 2024, 1.02, 1.0),
]


def _ae_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17505)
    rows = []
    for month, year, season, press in _AE_MONTHS:
        period = f"MSitAE-{month}-{year}"
        block = []
        for code, (name, region, t1, other) in _AE_ORGS.items():
            f = season * float(rng.normal(1, 0.03))
            a1 = int(t1 * f)
            a2 = int(rng.integers(800, 2500)) if code in {"RTH", "RJ1"} else 0
            a3 = int(other * f * float(rng.normal(1, 0.04)))
            b1 = int(a1 * 0.01 * float(rng.uniform(0, 1))) if a1 else 0
            b3 = int(a3 * 0.06 * float(rng.uniform(0.5, 1.5))) if a3 else 0
            w1 = int(a1 * min(0.7, 0.38 * press * float(rng.normal(1, 0.12)))) if a1 else 0
            w2 = int(a2 * 0.05)
            w3 = int(a3 * 0.04 * float(rng.uniform(0.5, 1.5)))
            e1 = int(a1 * float(rng.normal(0.27, 0.03))) if a1 else 0
            dta = int(e1 * 0.35 * press * float(rng.normal(1, 0.1)))
            dta12 = int(e1 * 0.09 * press**2 * float(rng.normal(1, 0.2)))
            block.append(
                [
                    *[period, code, region, name, a1, a2, a3, b1, 0, b3, w1, w2, w3, int(b1 * 0.1), 0, int(b3 * 0.02)],
                    *[dta, dta12, e1, int(a2 * 0.02), 0, int(e1 * float(rng.normal(0.45, 0.05))) if a1 else 0],
                ]
            )
        total = [period, "-", "-", "TOTAL"] + [sum(r[k] for r in block) for k in range(4, len(_AE_COLUMNS))]
        rows.extend([total, *block])
    return pd.DataFrame(rows, columns=pd.Index(_AE_COLUMNS))


def _ae(d: pd.DataFrame) -> pd.DataFrame:
    """Provider rows only (the TOTAL rows dropped)."""
    return d[_text(d["Org name"]).str.upper() != "TOTAL"]


_AE_ATT = ["A&E attendances Type 1", "A&E attendances Type 2", "A&E attendances Other A&E Department"]
_AE_BOOKED = [c for c in _AE_COLUMNS if c.startswith("A&E attendances Booked")]
_AE_OVER = ["Attendances over 4hrs Type 1", "Attendances over 4hrs Type 2", "Attendances over 4hrs Other Department"]


def _ae_top(d: pd.DataFrame, cols: list[str]) -> str:
    p = _ae(d)
    return _top(p[cols].sum(axis=1).groupby(_text(p["Org name"])).sum())


def _ae_month(d: pd.DataFrame, cols: list[str]) -> pd.Timestamp:
    p = _ae(d)
    when = pd.to_datetime(_text(p["Period"]).str.replace("MSitAE-", "", regex=False), format="%B-%Y")
    return p[cols].sum(axis=1).groupby(when).sum().idxmax()


def _ae_t1(d: pd.DataFrame, nonzero: bool) -> pd.DataFrame:
    p = _ae(d)
    return p[p["A&E attendances Type 1"] > 0] if nonzero else p


_AE_ID = ("Period", "Org Code", "Org name", "Parent Org")
_AE_QS = [
    Q(
        "how many type 1 a&e attendances were there in total",
        either(
            _money(lambda d: float(_ae(d)["A&E attendances Type 1"].sum())),
            _money(lambda d: float(_ae(d)[["A&E attendances Type 1", _AE_BOOKED[0]]].sum().sum())),
        ),
        ("A&E attendances Type 1", "A&E attendances Booked Appointments Type 1", *_AE_ID),
    ),
    Q(
        "which trust had the most attendances",
        either(
            _lead(_named(lambda d: _ae_top(d, _AE_ATT))),
            _lead(_named(lambda d: _ae_top(d, _AE_ATT + _AE_BOOKED))),
            _lead(_named(lambda d: _ae_top(d, _AE_ATT[:1]))),
        ),
        (*_AE_ATT, *_AE_BOOKED, *_AE_ID),
    ),
    Q(
        "what % of type 1 patients waited more than 4 hours",
        either(
            _share(
                lambda d: float(_ae(d)["Attendances over 4hrs Type 1"].sum() / _ae(d)["A&E attendances Type 1"].sum())
            ),
            _share(lambda d: float(_ae(d)[_AE_OVER].sum().sum() / _ae(d)[_AE_ATT].sum().sum())),
        ),
        (*_AE_ATT, *_AE_OVER, *_AE_ID),
    ),
    Q(
        "busiest month?",
        either(_month_year(lambda d: _ae_month(d, _AE_ATT)), _month_year(lambda d: _ae_month(d, _AE_ATT[:1]))),
        (*_AE_ATT, *_AE_BOOKED, *_AE_ID),
    ),
    Q(
        "how many 12 hour waits were there in london",
        _count(
            lambda d: int(
                _ae(d)
                .loc[
                    _text(_ae(d)["Parent Org"]) == "NHS ENGLAND LONDON",
                    "Patients who have waited 12+ hrs from DTA to admission",
                ]
                .sum()
            )
        ),
        ("Patients who have waited 12+ hrs from DTA to admission", *_AE_ID),
    ),
    Q(
        "do places with more attendances have more emergency admissions",
        either(
            *(
                corr_of(
                    lambda d, z=z: _ae_t1(d, z)["A&E attendances Type 1"],
                    lambda d, z=z: _ae_t1(d, z)["Emergency admissions via A&E - Type 1"],
                )
                for z in (True, False)
            )
        ),
        ("A&E attendances Type 1", "Emergency admissions via A&E - Type 1", *_AE_ID),
    ),
]


# --- 6. Boston 311 service requests (Analyze Boston) ---------------------------------------------------------------

# type: weight, reason, subject, department, queue, median days to close
_BO_TYPES = {
    "Parking Enforcement": (
        14.0,
        "Enforcement & Abandoned Vehicles",
        "Transportation - Traffic Division",
        "BTDT",
        "BTDT_Parking Enforcement",
        0.2,
    ),
    "Requests for Street Cleaning": (
        10.0,
        "Street Cleaning",
        "Public Works Department",
        "PWDx",
        "PWDx_District 1C: North End",
        0.6,
    ),
    "Request for Pothole Repair": (
        6.0,
        "Highway Maintenance",
        "Public Works Department",
        "PWDx",
        "PWDx_Highway Maintenance",
        3.0,
    ),
    "Missed Trash/Recycling/Yard Waste/Bulk Item": (
        7.0,
        "Sanitation",
        "Public Works Department",
        "PWDx",
        "PWDx_Missed Trash\\Recycling\\Yard Waste\\Bulk Item",
        1.0,
    ),
    "Schedule a Bulk Item Pickup": (
        9.0,
        "Sanitation",
        "Public Works Department",
        "PWDx",
        "PWDx_Schedule a Bulk Item Pickup",
        2.0,
    ),
    "Improper Storage of Trash (Barrels)": (
        5.0,
        "Code Enforcement",
        "Public Works Department",
        "PWDx",
        "PWDx_Code Enforcement",
        4.0,
    ),
    "Street Light Outages": (4.0, "Street Lights", "Public Works Department", "PWDx", "PWDx_Street Light Outages", 8.0),
    "Unsatisfactory Living Conditions": (
        2.5,
        "Housing",
        "Inspectional Services",
        "ISD",
        "ISD_Housing (INTERNAL)",
        20.0,
    ),
    "Needle Pickup": (3.0, "Needle Program", "Mayor's 24 Hour Hotline", "ONS", "INFO_Mass Ave 2", 0.1),
    "Graffiti Removal": (1.5, "Graffiti", "Property Management", "PROP", "PROP_GRAF_GraffitiRemoval", 12.0),
}
_BO_HOODS = {
    "Dorchester": 14.0,
    "South Boston / South Boston Waterfront": 8.0,
    "Roxbury": 9.0,
    "Jamaica Plain": 6.0,
    "Back Bay": 5.0,
    "East Boston": 7.0,
    "Allston / Brighton": 8.0,
    "Downtown / Financial District": 5.0,
    "South End": 6.0,
    "Charlestown": 3.0,
    "Roslindale": 4.0,
    "West Roxbury": 3.5,
    "Hyde Park": 4.0,
    "Mattapan": 3.0,
    "Fenway / Kenmore / Audubon Circle / Longwood": 4.0,
}
_BO_STREETS = ["Dorchester Ave", "Washington St", "Massachusetts Ave", "Blue Hill Ave", "Centre St", "Boylston St"]
_BO_SOURCES = {
    "Constituent Call": 5.0,
    "Citizens Connect App": 7.0,
    "City Worker App": 3.0,
    "Self Service": 1.0,
    "Employee Generated": 1.5,
    "Twitter": 0.2,
}
_BO_CLOSE = "Case Closed. Case Resolved. "
_BO_PHOTO = "https://spot-boston-res.cloudinary.com/image/upload/"
_BO_NOW = pd.Timestamp("2024-01-03 09:00:00")


def _boston_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17506)
    rows = []
    for k in range(3800):
        kind = _one(rng, list(_BO_TYPES), [v[0] for v in _BO_TYPES.values()])
        _, reason, subject, dept, queue, days = _BO_TYPES[kind]
        opened = pd.Timestamp("2023-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 365 * 86400)))
        sla = opened + pd.Timedelta(days=max(1.0, days * 1.5))
        took = pd.Timedelta(days=float(days * rng.lognormal(0, 1.0)))
        closed = opened + took
        status = "Closed" if closed < _BO_NOW and rng.random() > 0.04 else "Open"
        on_time = "ONTIME" if (closed if status == "Closed" else _BO_NOW) <= sla else "OVERDUE"
        hood = _one(rng, list(_BO_HOODS), list(_BO_HOODS.values()))
        street = _one(rng, _BO_STREETS)
        num = int(rng.integers(1, 1500))
        corner = rng.random() < 0.2
        location = (
            f"INTERSECTION of {street} & {_one(rng, _BO_STREETS)}".upper()
            if corner
            else f"{num} {street.upper()}  BOSTON  MA  02{int(rng.integers(108, 137)):03d}"
        )
        source = _one(rng, list(_BO_SOURCES), list(_BO_SOURCES.values()))
        photo = source == "Citizens Connect App" and rng.random() < 0.6
        ward = int(rng.integers(1, 23))
        rows.append(
            {
                "case_enquiry_id": 101004700000 + 113 * k + int(rng.integers(0, 100)),
                "open_dt": f"{opened:%Y-%m-%d %H:%M:%S}",
                "sla_target_dt": f"{sla:%Y-%m-%d %H:%M:%S}",
                "closed_dt": f"{closed:%Y-%m-%d %H:%M:%S}" if status == "Closed" else "",
                "on_time": on_time,
                "case_status": status,
                "closure_reason": _BO_CLOSE + _one(rng, ["", "Completed", "Fixed", "Duplicate of Existing Case"])
                if status == "Closed"
                else "",
                "case_title": kind if rng.random() > 0.1 else kind.upper(),
                "subject": subject,
                "reason": reason,
                "type": kind,
                "queue": queue,
                "department": dept,
                "submitted_photo": f"{_BO_PHOTO}v{int(rng.integers(10**9, 2 * 10**9))}/boston/production/x.jpg"
                if photo
                else "",
                "closed_photo": "",
                "location": "" if rng.random() < 0.02 else location,
                "fire_district": str(int(rng.integers(1, 12))),
                "pwd_district": f"{int(rng.integers(1, 11)):02d}",
                "city_council_district": str(int(rng.integers(1, 10))),
                "police_district": _one(rng, ["A1", "A7", "B2", "B3", "C6", "C11", "D4", "D14", "E5", "E13", "E18"]),
                "neighborhood": "" if rng.random() < 0.03 else hood,
                "neighborhood_services_district": str(int(rng.integers(1, 16))),
                "ward": f"Ward {ward}",
                "precinct": f"{ward:02d}{int(rng.integers(1, 15)):02d}",
                "location_street_name": "" if corner else f"{num} {street}",
                "location_zipcode": "" if corner or rng.random() < 0.05 else f"02{int(rng.integers(108, 137)):03d}",
                "latitude": round(42.33 + float(rng.normal(0, 0.03)), 6),
                "longitude": round(-71.07 + float(rng.normal(0, 0.03)), 6),
                "source": source,
            }
        )
    return pd.DataFrame(rows)


def _bo_close_time(d: pd.DataFrame, median: bool, hours: bool) -> float:
    p = d[_text(d["type"]) == "Request for Pothole Repair"]
    took = pd.to_datetime(p["closed_dt"]) - pd.to_datetime(p["open_dt"])
    took = took.dropna() / pd.Timedelta(hours=1 if hours else 24)
    return float(took.median() if median else took.mean())


_BO_ID = ("case_enquiry_id", "open_dt", "case_status")
_BOSTON_QS = [
    Q(
        "whats the most common complaint",
        either(
            _lead(_named(lambda d: _top(_text(d["type"]).value_counts()))),
            _lead(_named(lambda d: _top(_text(d["reason"]).value_counts()))),
        ),
        ("type", "reason", "case_title", "subject", *_BO_ID),
    ),
    Q("how many are still open", _count(lambda d: int((_text(d["case_status"]) == "Open").sum())), _BO_ID),
    Q(
        "which neighborhood has the most requests",
        _lead(_named(lambda d: _top(_text(d["neighborhood"]).replace("", np.nan).dropna().value_counts()))),
        ("neighborhood", *_BO_ID),
    ),
    Q(
        "what share were closed late",
        either(
            _share(lambda d: float((_text(d["on_time"]) == "OVERDUE").mean())),
            _share(lambda d: float((_text(d.loc[_text(d["case_status"]) == "Closed", "on_time"]) == "OVERDUE").mean())),
        ),
        ("on_time", "closed_dt", "sla_target_dt", *_BO_ID),
    ),
    Q(
        "how long does it take on average to fix a pothole",
        either(
            *(
                _about(lambda d, m=m, h=h: _bo_close_time(d, m, h), rel=0.02)
                for m in (False, True)
                for h in (False, True)
            )
        ),
        ("type", "closed_dt", "case_title", "reason", *_BO_ID),
    ),
    Q(
        "how many came in through the citizens app",
        either(
            _count(lambda d: int((_text(d["source"]) == "Citizens Connect App").sum())),
            _count(lambda d: int(_text(d["source"]).isin(["Citizens Connect App", "City Worker App"]).sum())),
        ),
        ("source", *_BO_ID),
    ),
]


# --- 7. USDA NASS Quick Stats (crop production, state level, long format) ------------------------------------------

# state: ANSI, corn (bu/acre 2000, million acres), soybeans (bu/acre, million acres), wheat (bu/acre, million acres)
_QS_STATES: dict[str, tuple[int, tuple[float, float], tuple[float, float], tuple[float, float]]] = {
    "IOWA": (19, (150, 13.0), (47, 9.8), (0, 0)),
    "ILLINOIS": (17, (152, 11.0), (48, 10.4), (65, 0.6)),
    "NEBRASKA": (31, (145, 9.5), (50, 5.2), (42, 1.2)),
    "MINNESOTA": (27, (148, 7.8), (42, 7.3), (52, 1.2)),
    "INDIANA": (18, (150, 5.5), (48, 5.6), (68, 0.3)),
    "SOUTH DAKOTA": (46, (120, 5.0), (38, 5.1), (45, 2.0)),
    "KANSAS": (20, (125, 5.2), (35, 4.3), (40, 8.5)),
    "OHIO": (39, (148, 3.4), (48, 4.9), (70, 0.5)),
    "NORTH DAKOTA": (38, (118, 3.2), (32, 6.0), (42, 6.5)),
    "MISSOURI": (29, (135, 3.4), (42, 5.4), (58, 0.6)),
    "WISCONSIN": (55, (140, 3.0), (45, 2.0), (68, 0.3)),
    "TEXAS": (48, (120, 2.2), (30, 0.1), (30, 2.5)),
    "OKLAHOMA": (40, (120, 0.35), (28, 0.5), (30, 4.0)),
    "WASHINGTON": (53, (190, 0.1), (0, 0), (65, 2.2)),
    "MONTANA": (30, (130, 0.1), (0, 0), (38, 5.3)),
}
_QS_ITEMS = {
    "CORN": ("CORN, GRAIN", "BU"),
    "SOYBEANS": ("SOYBEANS", "BU"),
    "WHEAT": ("WHEAT", "BU"),
}
# national yield shocks (drought years) by commodity
_QS_SHOCK = {2012: (0.74, 0.9, 0.95), 2002: (0.94, 0.95, 0.85), 2021: (1.0, 1.0, 0.9)}


def _quickstats_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17507)
    rows = []

    def add(year: int, level: str, state: str, ansi: str, commodity: str, item: str, value: str, region: str = ""):
        rows.append(
            {
                "Program": "SURVEY",
                "Year": year,
                "Period": "YEAR",
                "Week Ending": "",
                "Geo Level": level,
                "State": state,
                "State ANSI": ansi,
                "Ag District": "",
                "Ag District Code": "",
                "County": "",
                "County ANSI": "",
                "Zip Code": "",
                "Region": region,
                "watershed_code": "00000000",
                "Watershed": "",
                "Commodity": commodity,
                "Data Item": item,
                "Domain": "TOTAL",
                "Domain Category": "NOT SPECIFIED",
                "Value": value,
                "CV (%)": "",
            }
        )

    for year in range(2023, 1999, -1):
        for ci, commodity in enumerate(("CORN", "SOYBEANS", "WHEAT")):
            label, unit = _QS_ITEMS[commodity]
            trend = {"CORN": 1.9, "SOYBEANS": 0.5, "WHEAT": 0.35}[commodity]
            shock = _QS_SHOCK.get(year, (1.0, 1.0, 1.0))[ci]
            tot_prod = tot_acres = 0.0
            for state, (ansi, *crops) in _QS_STATES.items():
                y0, acres = crops[ci]
                if not acres:
                    continue
                yld = round((y0 + trend * (year - 2000)) * shock * float(rng.normal(1, 0.06)), 1)
                yld = round(yld, 1) if commodity != "CORN" else float(round(yld))
                a = round(acres * 1e6 * float(rng.normal(1, 0.05)), -3)
                prod = round(a * yld, -3)
                tot_prod += prod
                tot_acres += a
                withheld = acres < 0.2 and rng.random() < 0.5
                cells = [
                    (f"{label} - ACRES HARVESTED", f"{a:,.0f}"),
                    (f"{label} - PRODUCTION, MEASURED IN {unit}", " (D)" if withheld else f"{prod:,.0f}"),
                    (f"{label} - YIELD, MEASURED IN {unit} / ACRE", " (D)" if withheld else f"{yld:g}"),
                ]
                for item, value in cells:
                    add(year, "STATE", state, f"{ansi:02d}", commodity, item, value)
            # the national row counts every state, including ones left out of this download
            other = {"CORN": 1.32, "SOYBEANS": 1.22, "WHEAT": 1.45}[commodity]
            us_prod = round(tot_prod * other * float(rng.normal(1, 0.01)), -3)
            us_acres = round(tot_acres * other * float(rng.normal(1, 0.01)), -3)
            for item, value in (
                (f"{label} - ACRES HARVESTED", f"{us_acres:,.0f}"),
                (f"{label} - PRODUCTION, MEASURED IN {unit}", f"{us_prod:,.0f}"),
                (f"{label} - YIELD, MEASURED IN {unit} / ACRE", f"{us_prod / us_acres:.1f}"),
            ):
                add(year, "NATIONAL", "US TOTAL", "", commodity, item, value)
    return pd.DataFrame(rows)


def _qs(d: pd.DataFrame, commodity: str, what: str, level: str = "STATE") -> pd.DataFrame:
    keep = (
        (_text(d["Commodity"]) == commodity)
        & _text(d["Data Item"]).str.contains(what, regex=False)
        & (_text(d["Geo Level"]) == level)
    )
    out = d[keep]
    return out.assign(v=_num(out["Value"]), yr=pd.to_numeric(out["Year"]), st=_text(out["State"]))


def _qs_top_corn(d: pd.DataFrame) -> str:
    c = _qs(d, "CORN", "PRODUCTION")
    c = c[c["yr"] == 2022]
    return _top(c.set_index("st")["v"])


def _qs_best_year(d: pd.DataFrame, national: bool) -> int:
    c = _qs(d, "CORN", "YIELD", "NATIONAL" if national else "STATE")
    return int(c.groupby("yr")["v"].mean().idxmax())


def _qs_iowa_share(d: pd.DataFrame, national: bool) -> float:
    c = _qs(d, "CORN", "PRODUCTION")
    c = c[c["yr"] == 2023]
    iowa = float(c.loc[c["st"] == "IOWA", "v"].sum())
    if national:
        n = _qs(d, "CORN", "PRODUCTION", "NATIONAL")
        return iowa / float(n.loc[n["yr"] == 2023, "v"].sum())
    return iowa / float(c["v"].sum())


_QS_ID = ("Year", "State", "Geo Level", "Commodity", "Data Item", "Value")
_QUICKSTATS_QS = [
    Q(
        "which state grew the most corn in 2022",
        _lead(_named(_qs_top_corn, {"IOWA": ("Iowa",), "ILLINOIS": ("Illinois",), "NEBRASKA": ("Nebraska",)})),
        _QS_ID,
    ),
    Q(
        "total us soybean production in 2023?",
        either(
            _money(lambda d: float(_qs(d, "SOYBEANS", "PRODUCTION", "NATIONAL").query("yr == 2023")["v"].sum())),
            _money(lambda d: float(_qs(d, "SOYBEANS", "PRODUCTION").query("yr == 2023")["v"].sum())),
        ),
        _QS_ID,
    ),
    Q(
        "what share of that year's us corn came from iowa",
        either(_share(lambda d: _qs_iowa_share(d, True)), _share(lambda d: _qs_iowa_share(d, False))),
        _QS_ID,
    ),
    Q(
        "which year had the best corn yields",
        either(
            _lead(_year_word(lambda d: _qs_best_year(d, True))),
            _lead(_year_word(lambda d: _qs_best_year(d, False))),
        ),
        _QS_ID,
    ),
    Q(
        "average wheat yield in kansas",
        _about(lambda d: float(_qs(d, "WHEAT", "YIELD").query("st == 'KANSAS'")["v"].mean()), rel=0.01),
        _QS_ID,
    ),
    Q(
        "how many values are hidden or missing",
        either(
            _count(lambda d: int(_text(d["Value"]).isin(["(D)", "(Z)", "(NA)", ""]).sum())),
            _count(lambda d: int((_text(d["Value"]) == "(D)").sum())),
        ),
        ("Value", "Year", "State", "Commodity", "Data Item"),
    ),
]


HELDOUT175: list[Dataset] = [
    Dataset("recurly_subscriptions_export", _recurly_frame, _RECURLY_QS),
    Dataset("mixpanel_events_export", _mixpanel_frame, _MIXPANEL_QS),
    Dataset("libreview_glucose_export", _libre_frame, _LIBRE_QS),
    Dataset("cash_app_statement", _cashapp_frame, _CASHAPP_QS),
    Dataset("nhs_ae_attendances_monthly", _ae_frame, _AE_QS),
    Dataset("boston_311_service_requests", _boston_frame, _BOSTON_QS),
    Dataset("usda_nass_quickstats_crops", _quickstats_frame, _QUICKSTATS_QS),
]
