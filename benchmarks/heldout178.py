"""HELDOUT178: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Matomo visits log export (Live
"getLastVisitsDetails" as CSV, January to June 2024, one row per visit, returning visitors repeat their
visitorId) with idSite, idVisit, visitIp (masked "203.0.0.0"), visitorId (16 hex characters), actions,
visitDuration (seconds, 0 for one-page bounces), visitDurationPretty ("3 min 12s", "45s"), visitCount,
daysSinceLastVisit, serverDate ("2024-03-14"), serverTimePretty ("9:12:33"), firstActionTimestamp (Unix seconds),
visitorType (new / returning), visitConverted (0 / 1), goalConversions, referrerType (direct / search / website /
social / campaign), referrerName (blank for direct), deviceType (Desktop / Smartphone / Tablet / Phablet),
browserName, operatingSystemName, country ("United States", "Unknown"), countryCode (lower case, "xx" unknown),
city ("Unknown" for many) and resolution ("1920x1080", "unknown"); a Bitbucket Pipelines build history export
(the API's pipelines flattened, 2024-01 to 2024-06) with uuid ("{...}"), build_number (repeated for re-runs),
run_number, state (COMPLETED / IN_PROGRESS), result (SUCCESSFUL / FAILED / STOPPED / ERROR, blank while in
progress), ref_type (branch / tag), ref_name (main, develop, feature/..., v1.4.2), commit_hash (12 hex), trigger
(PUSH / MANUAL / SCHEDULE / PULL_REQUEST), creator (display name, blank for scheduled runs), created_on and
completed_on as "2024-03-14T09:12:33.123456+00:00" (blank in progress), duration_in_seconds and build_seconds_used
(blank in progress); an Uber Eats merchant payment details report (three stores, February to April 2024) with
Restaurant, "External Store ID", Country ("US"), "Order ID" (8 hex upper case), "Workflow UUID", "Dining Mode"
(Delivery / Pickup), "Payment mode" (Uber Pay), "Order channel" (Uber Eats / Postmates), "Order status"
(Completed / Refund / Cancelled), "Order date" ("3/14/2024"), "Order accept time" ("9:12 PM"), "Sales (excl.
tax)", "Tax on Sales", "Sales (incl. tax)", "Refunds (excl. tax)" (negative), "Promotions on items" (negative),
"Marketplace fee" (negative), "Marketplace Fee %" ("30%" text), "Delivery Network Fee", "Order Processing Fee",
"Other payments", "Other payments description" (blank mostly, "Ad spend" / "Adjustment"), "Total payout" and
"Payout date" ("3/18/2024"); a Concept2 logbook season export (May 2023 to April 2024, one row per workout) with
ID, Date ("2023-11-14 07:12:00"), Description ("5000m row", "30:00 row", "8x500m/1:00r"), "Work Time
(Formatted)" ("20:41.3"), "Work Time (Seconds)", "Rest Time (Formatted)", "Rest Time (Seconds)", "Work
Distance" (metres), "Rest Distance", "Stroke Rate/Cadence", "Stroke Count", Pace (per 500 m, "2:04.1"), "Avg
Watts", "Cal/Hour", "Total Cal", "Avg Heart Rate" (blank without a strap), "Drag Factor", Age, Weight, Type
(RowErg / SkiErg / BikeErg), Ranked (Yes / No), Comments and "Date Entered"; the Dallas Animal Shelter data for
fiscal year 2024 (October 2023 to September 2024, Dallas open data) with Animal_Id ("A1234567", repeated for
animals that came back), Animal_Type (DOG / CAT / BIRD / WILDLIFE / LIVESTOCK), Animal_Breed (upper case),
Kennel_Number, Kennel_Status, Tag_Type, Activity_Number, Activity_Sequence, Source_Id, Census_Tract,
Council_District (1-14, blank for some), Intake_Type (STRAY / OWNER SURRENDER / CONFISCATED / TRANSFER /
WILDLIFE), Intake_Subtype, Intake_Total, Reason, Staff_Id, Intake_Date ("10/01/2023"), Intake_Time ("14:32:00"),
Due_Out, Intake_Condition, Hold_Request, Outcome_Type (ADOPTION / RETURNED TO OWNER / TRANSFER / EUTHANIZED /
DIED / FOSTER, blank while still in care), Outcome_Subtype, Outcome_Date and Outcome_Time (blank with it),
Receipt_Number, Impound_Number ("K23-123456"), Service_Request_Number, Outcome_Condition, Chip_Status (SCAN CHIP
/ SCAN NO CHIP / UNABLE TO SCAN), Animal_Origin (FIELD / OVER THE COUNTER), Additional_Information, Month
("OCT.2023") and Year ("FY2024"); a Eurostat "nights spent at tourist accommodation establishments" monthly
SDMX-CSV download (tour_occ_nim, 2019-01 to 2023-12) in long form with DATAFLOW ("ESTAT:TOUR_OCC_NIM(1.0)"),
"LAST UPDATE" ("12/03/24 23:00:00"), freq (M), c_resid (DOM / FOR / TOTAL, so TOTAL = DOM + FOR), unit (NR),
nace_r2 (I551-I553 all accommodation, I551 hotels, overlapping), geo (two-letter codes with EL for Greece and the
EU27_2020 aggregate), TIME_PERIOD ("2023-07"), OBS_VALUE (blank where confidential) and OBS_FLAG (p / e / b / c,
blank mostly); and a CDC WONDER natality download of births by state and year (2007-2022) with Notes (blank,
"Total" on each state's subtotal row and the grand total row, then footnote rows of text with every other column
blank), State, "State Code" (FIPS), Year, "Year Code" and Births. All are generated with fixed seeds 17801-17807.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text, _year
from .heldout173 import _money, _num, _top
from .offline_eval import DAY_WORDS, Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _abouts(*values: Callable[[pd.DataFrame], Any], rel: float = 0.02) -> Check:
    """Any one of the values, to within `rel`."""
    return either(*(_about(v, rel=rel) for v in values))


def _month_of_year(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month name ("August", "Aug")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A weekday name (pandas numbering, Monday = 0)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = int(value(df))
        return None if re.search(rf"\b(?:{DAY_WORDS[d]})s?\b", answer, re.IGNORECASE) else f"missing day {d}"

    return check


def _peak_month(dates: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    months = dates.dt.to_period("M")
    sums = (weights if weights is not None else pd.Series(1.0, index=dates.index)).groupby(months).sum()
    return sums[sums == sums.max()].index.min().to_timestamp()


# --- 1. Matomo visits log export -----------------------------------------------------------------------------------

_MT_COUNTRIES = {
    "United States": ("us", 30),
    "Germany": ("de", 16),
    "United Kingdom": ("gb", 11),
    "India": ("in", 9),
    "France": ("fr", 7),
    "Canada": ("ca", 6),
    "Brazil": ("br", 4),
    "Unknown": ("xx", 3),
}
_MT_CITIES = ["Unknown", "Berlin", "London", "New York", "Austin", "Paris", "Toronto", "Mumbai", "Munich"]
_MT_REFERRERS = {
    "direct": ([""], 30),
    "search": (["Google", "Bing", "DuckDuckGo", "Ecosia"], 38),
    "website": (["news.ycombinator.com", "github.com", "medium.com", "reddit.com"], 16),
    "social": (["Twitter", "LinkedIn", "Facebook"], 10),
    "campaign": (["spring_newsletter", "webinar_apr"], 6),
}
_MT_DEVICES = {"Desktop": 55, "Smartphone": 33, "Tablet": 7, "Phablet": 5}
_MT_BROWSERS = {
    "Desktop": ["Chrome", "Firefox", "Microsoft Edge", "Safari"],
    "Other": ["Chrome Mobile", "Mobile Safari", "Samsung Browser"],
}
_MT_OS = {"Desktop": ["Windows", "Mac", "GNU/Linux"], "Other": ["Android", "iOS"]}


def _mt_pretty(sec: int) -> str:
    m, s = divmod(sec, 60)
    h, m = divmod(m, 60)
    if h:
        return f"{h} hours {m} min"
    return f"{m} min {s}s" if m else f"{s}s"


def _matomo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17801)
    n = 2200
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    w = np.array([{1: 1.0, 2: 1.05, 3: 1.45, 4: 1.15, 5: 1.0, 6: 0.9}[d.month] for d in days])
    day_idx = np.sort(rng.choice(len(days), size=n, p=w / w.sum()))
    secs = rng.integers(0, 86400, size=n)
    stamps = [days[i] + pd.Timedelta(seconds=int(s)) for i, s in zip(day_idx, secs, strict=True)]
    stamps.sort()
    pool = [f"{int(x):016x}" for x in rng.integers(2**60, 2**63, size=1300)]
    pw = 1.0 / np.arange(1, len(pool) + 1) ** 0.6
    seen: dict[str, list[pd.Timestamp]] = {}
    names = list(_MT_COUNTRIES)
    cw = [v[1] for v in _MT_COUNTRIES.values()]
    home: dict[str, str] = {}
    rows = []
    for k, t in enumerate(stamps):
        vid = pool[int(rng.choice(len(pool), p=pw / pw.sum()))]
        prev = seen.setdefault(vid, [])
        count = len(prev) + 1
        since = (t.normalize() - prev[-1].normalize()).days if prev else 0
        prev.append(t)
        country = home.setdefault(vid, names[int(rng.choice(len(names), p=np.array(cw) / sum(cw)))])
        device = str(rng.choice(list(_MT_DEVICES), p=np.array(list(_MT_DEVICES.values())) / 100))
        ref = str(rng.choice(list(_MT_REFERRERS), p=np.array([v[1] for v in _MT_REFERRERS.values()]) / 100))
        bounce = rng.random() < (0.38 if device == "Desktop" else 0.52)
        actions = 1 if bounce else int(rng.integers(2, 14))
        duration = 0 if bounce else int(rng.lognormal(np.log(160 if device == "Desktop" else 95), 0.8))
        returning = count > 1
        converted = int(rng.random() < (0.02 if bounce else (0.14 if returning else 0.06)))
        kind = "Desktop" if device == "Desktop" else "Other"
        rows.append(
            {
                "idSite": 1,
                "idVisit": 48_210 + k * 3 + int(rng.integers(0, 3)),
                "visitIp": f"{int(rng.integers(20, 220))}.{int(rng.integers(0, 255))}.0.0",
                "visitorId": vid,
                "actions": actions,
                "visitDuration": duration,
                "visitDurationPretty": _mt_pretty(duration),
                "visitCount": count,
                "daysSinceLastVisit": since,
                "serverDate": t.strftime("%Y-%m-%d"),
                "serverTimePretty": f"{t.hour}:{t.minute:02d}:{t.second:02d}",
                "firstActionTimestamp": int(t.timestamp()),
                "visitorType": "returning" if returning else "new",
                "visitConverted": converted,
                "goalConversions": converted * int(rng.integers(1, 3)),
                "referrerType": ref,
                "referrerName": str(rng.choice(_MT_REFERRERS[ref][0])),
                "deviceType": device,
                "browserName": str(rng.choice(_MT_BROWSERS[kind])),
                "operatingSystemName": str(rng.choice(_MT_OS[kind])),
                "country": country,
                "countryCode": _MT_COUNTRIES[country][0],
                "city": "Unknown" if rng.random() < 0.45 else str(rng.choice(_MT_CITIES)),
                "resolution": "unknown"
                if rng.random() < 0.03
                else str(rng.choice(["1920x1080", "1366x768", "2560x1440", "390x844", "414x896", "1536x864"])),
            }
        )
    return pd.DataFrame(rows)


def _mt_rate(d: pd.DataFrame, kind: str) -> float:
    return float(d.loc[_text(d["visitorType"]) == kind, "visitConverted"].mean())


_MT_ID = ("idVisit", "visitorId", "serverDate")
_MATOMO_QS = [
    Q(
        "how many visits came from search engines",
        _count(lambda d: int((_text(d["referrerType"]) == "search").sum())),
        ("referrerType", "referrerName", *_MT_ID),
    ),
    Q(
        "how long does a visit last on average",
        _abouts(
            lambda d: d["visitDuration"].mean(),
            lambda d: d["visitDuration"].mean() / 60,
            lambda d: d["visitDuration"].median(),
            lambda d: d["visitDuration"].median() / 60,
            lambda d: d.loc[d["visitDuration"] > 0, "visitDuration"].mean(),
            lambda d: d.loc[d["visitDuration"] > 0, "visitDuration"].mean() / 60,
        ),
        ("visitDuration", "visitDurationPretty", *_MT_ID),
    ),
    Q(
        "which country do most visitors come from",
        either(
            _lead(_named(lambda d: _top(d["country"].value_counts()))),
            _lead(_named(lambda d: _top(d.groupby("country")["visitorId"].nunique()))),
        ),
        ("country", "countryCode", *_MT_ID),
    ),
    Q(
        "what share of visits are on phones",
        either(
            _share(lambda d: float((_text(d["deviceType"]) == "Smartphone").mean())),
            _share(lambda d: float(_text(d["deviceType"]).isin(["Smartphone", "Phablet"]).mean())),
            _share(lambda d: float((_text(d["deviceType"]) != "Desktop").mean())),
        ),
        ("deviceType", *_MT_ID),
    ),
    Q(
        "do returning visitors convert better than new ones?",
        both(_share(lambda d: _mt_rate(d, "returning")), _share(lambda d: _mt_rate(d, "new"))),
        ("visitorType", "visitConverted", "goalConversions", "visitCount", *_MT_ID),
    ),
    Q(
        "busiest month?",
        _month_year(lambda d: _peak_month(pd.to_datetime(d["serverDate"]))),
        ("serverDate", *_MT_ID),
    ),
]


# --- 2. Bitbucket Pipelines build history export -------------------------------------------------------------------

_BB_PEOPLE = {"Alex Kim": 5.0, "Dana Whitfield": 3.5, "Ravi Menon": 3.0, "Lucía Ortega": 2.0, "Sam Byrne": 1.0}


def _bitbucket_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17802)
    rows = []
    t = pd.Timestamp("2024-01-02 08:00", tz="UTC")
    end = pd.Timestamp("2024-06-28 18:00", tz="UTC")
    build = 1840
    people = list(_BB_PEOPLE)
    pw = np.array(list(_BB_PEOPLE.values()))
    while t < end:
        t += pd.Timedelta(minutes=float(rng.exponential(95)))
        if t.weekday() >= 5 and rng.random() < 0.8:
            continue
        build += 1
        trigger = str(rng.choice(["PUSH", "PULL_REQUEST", "MANUAL", "SCHEDULE"], p=[0.62, 0.25, 0.07, 0.06]))
        if trigger == "SCHEDULE":
            ref = "main"
        elif rng.random() < 0.03:
            ref = f"v1.{int(rng.integers(2, 9))}.{int(rng.integers(0, 6))}"
        else:
            ref = str(
                rng.choice(
                    ["main", "develop", "feature/login-sso", "feature/csv-export", "bugfix/null-dates", "release/2.0"],
                    p=[0.3, 0.28, 0.14, 0.12, 0.1, 0.06],
                )
            )
        creator = "" if trigger == "SCHEDULE" else str(rng.choice(people, p=pw / pw.sum()))
        commit = f"{int(rng.integers(2**40, 2**47)):012x}"
        fail_p = 0.09 if ref == "main" else 0.2
        run = 1
        created = t
        while True:
            in_progress = created > end - pd.Timedelta(hours=3) and rng.random() < 0.5
            result = str(
                rng.choice(["SUCCESSFUL", "FAILED", "STOPPED", "ERROR"], p=[1 - fail_p - 0.05, fail_p, 0.03, 0.02])
            )
            dur = int(rng.lognormal(np.log(420 if ref in ("main", "release/2.0") else 300), 0.35))
            if result == "STOPPED":
                dur = int(dur * rng.uniform(0.1, 0.6))
            if result == "ERROR":
                dur = int(rng.integers(5, 40))
            done = created + pd.Timedelta(seconds=dur + int(rng.integers(5, 40)))
            rows.append(
                {
                    "uuid": "{" + f"{int(rng.integers(2**62)):016x}-{int(rng.integers(2**30)):08x}" + "}",
                    "build_number": build,
                    "run_number": run,
                    "state": "IN_PROGRESS" if in_progress else "COMPLETED",
                    "result": "" if in_progress else result,
                    "ref_type": "tag" if ref.startswith("v1.") else "branch",
                    "ref_name": ref,
                    "commit_hash": commit,
                    "trigger": trigger,
                    "creator": creator,
                    "created_on": created.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00"),
                    "completed_on": "" if in_progress else done.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00"),
                    "duration_in_seconds": None if in_progress else dur,
                    "build_seconds_used": None if in_progress else int(np.ceil(dur / 60) * 60) if dur > 0 else 0,
                }
            )
            if in_progress or result not in ("FAILED", "ERROR") or rng.random() > 0.35 or run >= 3:
                break
            run += 1
            created = done + pd.Timedelta(minutes=float(rng.uniform(2, 40)))
    return pd.DataFrame(rows)


def _bb_created(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["created_on"]).str.slice(0, 19), format="%Y-%m-%dT%H:%M:%S")


def _bb_fail_main(d: pd.DataFrame, done_only: bool) -> float:
    keep = d[_text(d["ref_name"]) == "main"]
    if done_only:
        keep = keep[_text(keep["result"]) != ""]
    return float((_text(keep["result"]) == "FAILED").mean())


def _bb_march_seconds(d: pd.DataFrame, col: str) -> float:
    c = _bb_created(d)
    return float(d.loc[(c.dt.year == 2024) & (c.dt.month == 3), col].sum())


_BB_ID = ("build_number", "run_number", "uuid", "created_on", "state")
_BITBUCKET_QS = [
    Q(
        "how many builds failed",
        either(
            _count(lambda d: int((_text(d["result"]) == "FAILED").sum())),
            _count(lambda d: int(_text(d["result"]).isin(["FAILED", "ERROR"]).sum())),
            _count(lambda d: int(d.loc[_text(d["result"]) == "FAILED", "build_number"].nunique())),
        ),
        ("result", *_BB_ID),
    ),
    Q(
        "whats the failure rate on main",
        either(_share(lambda d: _bb_fail_main(d, True)), _share(lambda d: _bb_fail_main(d, False))),
        ("result", "ref_name", *_BB_ID),
    ),
    Q(
        "average build time in minutes?",
        _abouts(
            lambda d: d["duration_in_seconds"].mean() / 60,
            lambda d: d["duration_in_seconds"].median() / 60,
            lambda d: d.loc[_text(d["result"]) == "SUCCESSFUL", "duration_in_seconds"].mean() / 60,
        ),
        ("duration_in_seconds", "completed_on", "build_seconds_used", "result", *_BB_ID),
    ),
    Q(
        "who kicked off the most pipelines",
        _lead(_named(lambda d: _top(d.loc[_text(d["creator"]) != "", "creator"].value_counts()))),
        ("creator", "trigger", *_BB_ID),
    ),
    Q(
        "how many build minutes did we burn in march",
        _abouts(
            lambda d: _bb_march_seconds(d, "build_seconds_used") / 60,
            lambda d: _bb_march_seconds(d, "duration_in_seconds") / 60,
            rel=0.01,
        ),
        ("build_seconds_used", "duration_in_seconds", *_BB_ID),
    ),
    Q(
        "how many of the runs were reruns",
        either(
            _count(lambda d: int((d["run_number"] > 1).sum())),
            _count(lambda d: int(d.loc[d["run_number"] > 1, "build_number"].nunique())),
        ),
        ("run_number", "build_number", "uuid", "created_on"),
    ),
]


# --- 3. Uber Eats merchant payment details report ------------------------------------------------------------------

_UE_STORES = {
    "Bao & Bowl - Mission St": ("BB-SF-01", 1.4, 24.0),
    "Bao & Bowl - Oakland": ("BB-OAK-02", 1.0, 22.0),
    "Bao & Bowl - Berkeley": ("BB-BRK-03", 0.7, 21.0),
}


def _ubereats_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17803)
    days = pd.date_range("2024-02-01", "2024-04-30", freq="D")
    dow_w = {0: 0.7, 1: 0.75, 2: 0.8, 3: 0.9, 4: 1.35, 5: 1.25, 6: 1.05}
    rows = []
    stores = list(_UE_STORES)
    sw = np.array([v[1] for v in _UE_STORES.values()])
    for day in days:
        for _ in range(int(rng.poisson(14 * dow_w[day.weekday()]))):
            store = str(rng.choice(stores, p=sw / sw.sum()))
            sid, _, basket = _UE_STORES[store]
            mode = str(rng.choice(["Delivery", "Pickup"], p=[0.8, 0.2]))
            status = str(rng.choice(["Completed", "Refund", "Cancelled"], p=[0.92, 0.05, 0.03]))
            sales = round(float(rng.gamma(4.0, (basket * (0.85 if mode == "Pickup" else 1.0)) / 4.0)) + 6, 2)
            if status == "Cancelled":
                sales = 0.0
            tax = round(sales * 0.08625, 2)
            refund = -round(sales * float(rng.choice([1.0, 0.5, 0.3])), 2) if status == "Refund" else 0.0
            promo = -round(sales * 0.15, 2) if rng.random() < 0.18 else 0.0
            pct = 0.30 if mode == "Delivery" else 0.06
            fee = -round((sales + promo) * pct, 2)
            proc = -0.0 if status == "Cancelled" else -round(0.029 * sales + 0.3, 2)
            other = 0.0
            desc = ""
            if rng.random() < 0.015:
                other, desc = -round(float(rng.uniform(5, 40)), 2), "Ad spend"
            t = day + pd.Timedelta(minutes=int(rng.choice([rng.integers(660, 840), rng.integers(1020, 1290)])))
            payout = round(sales + tax + refund + promo + fee + proc + other - tax, 2)
            rows.append(
                {
                    "Restaurant": store,
                    "External Store ID": sid,
                    "Country": "US",
                    "Order ID": f"{int(rng.integers(16**7, 16**8)):08X}",
                    "Workflow UUID": f"{int(rng.integers(2**62)):016x}-{int(rng.integers(2**30)):08x}",
                    "Dining Mode": mode,
                    "Payment mode": "Uber Pay",
                    "Order channel": "Postmates" if rng.random() < 0.08 else "Uber Eats",
                    "Order status": status,
                    "Order date": f"{t.month}/{t.day}/{t.year}",
                    "Order accept time": t.strftime("%I:%M %p").lstrip("0"),
                    "Sales (excl. tax)": sales,
                    "Tax on Sales": tax,
                    "Sales (incl. tax)": round(sales + tax, 2),
                    "Refunds (excl. tax)": refund,
                    "Promotions on items": promo,
                    "Marketplace fee": fee,
                    "Marketplace Fee %": f"{int(pct * 100)}%",
                    "Delivery Network Fee": 0.0,
                    "Order Processing Fee": proc,
                    "Other payments": other,
                    "Other payments description": desc,
                    "Total payout": payout,
                    "Payout date": (t + pd.Timedelta(days=(7 - t.weekday()) % 7 or 7)).strftime("%-m/%-d/%Y"),
                }
            )
    return pd.DataFrame(rows)


def _ue_done(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Order status"]) == "Completed"]


def _ue_avg(d: pd.DataFrame, mode: str, col: str, done: bool) -> float:
    keep = _ue_done(d) if done else d[_text(d["Order status"]) != "Cancelled"]
    return float(_num(keep.loc[_text(keep["Dining Mode"]) == mode, col]).mean())


def _ue_avg_check(mode: str) -> Check:
    return either(
        *(
            _about(lambda d, c=c, x=x: _ue_avg(d, mode, c, x), rel=0.01)
            for c in ("Sales (excl. tax)", "Sales (incl. tax)")
            for x in (True, False)
        )
    )


def _ue_weekday(d: pd.DataFrame, done: bool) -> int:
    keep = _ue_done(d) if done else d
    days = pd.to_datetime(keep["Order date"], format="%m/%d/%Y").dt.day_of_week
    return int(days.value_counts().idxmax())


_UE_ID = ("Order ID", "Order date", "Workflow UUID")
_UBEREATS_QS = [
    Q(
        "how much did uber actually pay us out in total",
        _money(lambda d: float(_num(d["Total payout"]).sum())),
        ("Total payout", *_UE_ID),
    ),
    Q(
        "and total sales before tax?",
        either(
            _money(lambda d: float(_num(d["Sales (excl. tax)"]).sum())),
            _money(lambda d: float(_num(_ue_done(d)["Sales (excl. tax)"]).sum())),
        ),
        ("Sales (excl. tax)", "Order status", *_UE_ID),
    ),
    Q(
        "which location gets the most orders",
        either(
            _lead(_named(lambda d: _top(d["Restaurant"].value_counts()))),
            _lead(_named(lambda d: _top(_ue_done(d)["Restaurant"].value_counts()))),
        ),
        ("Restaurant", "External Store ID", "Order status", *_UE_ID),
    ),
    Q(
        "how many orders got refunded",
        either(
            _count(lambda d: int((_text(d["Order status"]) == "Refund").sum())),
            _count(lambda d: int((_num(d["Refunds (excl. tax)"]).fillna(0) != 0).sum())),
        ),
        ("Order status", "Refunds (excl. tax)", *_UE_ID),
    ),
    Q(
        "avg order value pickup vs delivery",
        both(_ue_avg_check("Pickup"), _ue_avg_check("Delivery")),
        ("Dining Mode", "Sales (excl. tax)", "Sales (incl. tax)", "Order status", *_UE_ID),
    ),
    Q(
        "what day of the week do we get the most orders",
        either(_lead(_weekday(lambda d: _ue_weekday(d, False))), _lead(_weekday(lambda d: _ue_weekday(d, True)))),
        ("Order date", "Order status", "Order ID", "Workflow UUID"),
    ),
]


# --- 4. Concept2 logbook season export -----------------------------------------------------------------------------


def _c2_clock(sec: float) -> str:
    m, s = divmod(round(sec, 1), 60)
    h, m = divmod(int(m), 60)
    return f"{h}:{m:02d}:{s:04.1f}" if h else f"{m}:{s:04.1f}"


def _concept2_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17804)
    rows = []
    day = pd.Timestamp("2023-05-01")
    month_w = {5: 0.5, 6: 0.45, 7: 0.4, 8: 0.45, 9: 0.6, 10: 0.75, 11: 0.85, 12: 0.7, 1: 0.95, 2: 0.85, 3: 0.8, 4: 0.7}
    k = 0
    while day <= pd.Timestamp("2024-04-30"):
        if rng.random() < 1.4 * month_w[day.month]:
            k += 1
            kind = str(rng.choice(["RowErg", "SkiErg", "BikeErg"], p=[0.8, 0.12, 0.08]))
            fitness = (day - pd.Timestamp("2023-05-01")).days / 365
            watts = float(rng.normal(175 + 25 * fitness, 18)) * (0.8 if kind == "SkiErg" else 1.0)
            pace = 500 * (2.8 / watts) ** (1 / 3)  # seconds per 500 m, Concept2's formula
            plan = str(
                rng.choice(
                    ["2000m", "5000m", "6000m", "10000m", "30:00", "20:00", "8x500m/1:00r"],
                    p=[0.1, 0.25, 0.1, 0.1, 0.25, 0.1, 0.1],
                )
            )
            rest = 0.0
            if plan.endswith("m") and "x" not in plan:
                dist = int(plan[:-1])
                work = dist / 500 * pace
                desc = f"{plan} {'row' if kind == 'RowErg' else kind[:-3].lower()}"
            elif "x" in plan:
                pace *= 0.94
                dist = 4000
                work = 8 * pace
                rest = 420.0
                desc = plan
            else:
                work = int(plan.split(":")[0]) * 60.0
                dist = int(work / pace * 500)
                desc = f"{plan} {'row' if kind == 'RowErg' else kind[:-3].lower()}"
            if kind == "BikeErg":
                dist *= 2
            rate = int(rng.normal(22 if kind == "RowErg" else 32, 2))
            hr = int(rng.normal(120 + 0.18 * watts, 6)) if rng.random() < 0.7 else None
            stamp = day + pd.Timedelta(minutes=int(rng.choice([rng.integers(360, 450), rng.integers(1080, 1230)])))
            rows.append(
                {
                    "ID": 71_000_000 + k * 517 + int(rng.integers(0, 500)),
                    "Date": stamp.strftime("%Y-%m-%d %H:%M:%S"),
                    "Description": desc,
                    "Work Time (Formatted)": _c2_clock(work),
                    "Work Time (Seconds)": round(work, 1),
                    "Rest Time (Formatted)": _c2_clock(rest) if rest else "",
                    "Rest Time (Seconds)": rest if rest else None,
                    "Work Distance": dist,
                    "Rest Distance": int(rng.integers(80, 140)) if rest else None,
                    "Stroke Rate/Cadence": rate,
                    "Stroke Count": int(work / 60 * rate),
                    "Pace": _c2_clock(pace),
                    "Avg Watts": round(watts),
                    "Cal/Hour": round(watts * 3.44 + 300),
                    "Total Cal": round((watts * 3.44 + 300) * work / 3600),
                    "Avg Heart Rate": hr,
                    "Drag Factor": int(rng.normal(118, 4)) if kind != "BikeErg" else None,
                    "Age": 41,
                    "Weight": 82,
                    "Type": kind,
                    "Ranked": "Yes"
                    if plan in ("2000m", "5000m", "6000m", "10000m", "30:00") and rng.random() < 0.4
                    else "No",
                    "Comments": str(
                        rng.choice(["", "", "", "felt good", "tired legs", "new PB!", "easy steady state"])
                    ),
                    "Date Entered": (stamp + pd.Timedelta(minutes=int(rng.integers(5, 600)))).strftime(
                        "%Y-%m-%d %H:%M:%S"
                    ),
                }
            )
        day += pd.Timedelta(days=1)
    return pd.DataFrame(rows)


def _c2_secs(s: pd.Series) -> pd.Series:
    """ "2:04.1" or "1:02:04.1" as seconds."""

    def one(text: str) -> float:
        if not text:
            return float("nan")
        total = 0.0
        for part in text.split(":"):
            total = total * 60 + float(part)
        return total

    return _text(s).map(one).astype(float)


def _c2_row(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Type"]) == "RowErg"]


def _pace_check(*values: Callable[[pd.DataFrame], float]) -> Check:
    """A pace per 500 m within a second: "2:04.1" / "2:04" or as seconds (124.1)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        clocks = [
            int(m) * 60 + float(s) for m, s in re.findall(r"(?<![\d:])(\d{1,2}):(\d{2}(?:\.\d+)?)(?![\d:])", answer)
        ]
        plain = [float(x) for x in re.findall(r"(?<![\d:.])(\d{2,3}(?:\.\d+)?)(?![\d:])", answer)]
        for v in values:
            want = float(v(df))
            if any(abs(f - want) <= 1.0 for f in (*clocks, *plain)):
                return None
        return f"missing pace {float(values[0](df)):.1f}s"

    return check


def _c2_month(d: pd.DataFrame, by_distance: bool) -> pd.Timestamp:
    t = pd.to_datetime(d["Date"])
    return _peak_month(t, d["Work Distance"].astype(float) if by_distance else None)


_C2_ID = ("ID", "Date", "Description")
_CONCEPT2_QS = [
    Q(
        "how many workouts did i log this season",
        _count(lambda d: len(d)),
        _C2_ID,
    ),
    Q(
        "how far did i row in total",
        either(
            _money(lambda d: float(_c2_row(d)["Work Distance"].sum())),
            _money(lambda d: float(d["Work Distance"].sum())),
            _money(lambda d: float(_c2_row(d)["Work Distance"].sum()) / 1000),
            _money(lambda d: float(d["Work Distance"].sum()) / 1000),
        ),
        ("Work Distance", "Type", *_C2_ID),
    ),
    Q(
        "whats my average split on the rower",
        _pace_check(
            lambda d: float(_c2_secs(_c2_row(d)["Pace"]).mean()),
            lambda d: float(_c2_secs(_c2_row(d)["Pace"]).median()),
            lambda d: float(_c2_row(d)["Work Time (Seconds)"].sum() / _c2_row(d)["Work Distance"].sum() * 500),
        ),
        ("Pace", "Type", "Work Time (Seconds)", "Work Distance", *_C2_ID),
    ),
    Q(
        "which month did i train the most",
        either(_month_year(lambda d: _c2_month(d, False)), _month_year(lambda d: _c2_month(d, True))),
        ("Date", "Work Distance", "Work Time (Seconds)", "ID"),
    ),
    Q(
        "is my heart rate higher when i put out more watts",
        _corr(lambda d: d["Avg Watts"].astype(float), lambda d: d["Avg Heart Rate"].astype(float)),
        ("Avg Watts", "Avg Heart Rate", *_C2_ID),
    ),
    Q(
        "how many workouts have no heart rate",
        _count(lambda d: int(d["Avg Heart Rate"].isna().sum())),
        ("Avg Heart Rate", *_C2_ID),
    ),
]


# --- 5. Dallas Animal Shelter data (FY2024) ------------------------------------------------------------------------

_DA_TYPES = {"DOG": 62, "CAT": 28, "WILDLIFE": 6, "BIRD": 2.5, "LIVESTOCK": 1.5}
_DA_BREEDS = {
    "DOG": ["PIT BULL", "GERM SHEPHERD", "LABRADOR RETR", "CHIHUAHUA SH", "SIBERIAN HUSKY", "BOXER", "MIXED"],
    "CAT": ["DOMESTIC SH", "DOMESTIC MH", "DOMESTIC LH", "SIAMESE"],
    "WILDLIFE": ["BAT", "OPOSSUM", "RACCOON", "SKUNK"],
    "BIRD": ["CHICKEN", "PARAKEET", "PIGEON"],
    "LIVESTOCK": ["GOAT", "PIG", "HORSE"],
}
_DA_INTAKES = {"STRAY": 58, "OWNER SURRENDER": 20, "CONFISCATED": 9, "TRANSFER": 4, "WILDLIFE": 0}
# outcome weights for domestic animals, and (mean days, spread) in care
_DA_OUTCOMES = {
    "ADOPTION": (38, 18.0),
    "RETURNED TO OWNER": (14, 4.0),
    "TRANSFER": (22, 9.0),
    "EUTHANIZED": (12, 6.0),
    "FOSTER": (8, 12.0),
    "DIED": (2, 5.0),
}
_DA_KENNELS = ["DC", "LF", "WS", "RECEIVING", "CAT ADOPT"]
_DA_DISTRICT_W = np.array([8, 7, 9, 12, 10, 6, 14, 11, 4, 5, 3, 2, 3, 6], dtype=float)


def _dallas_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17805)
    rows = []
    ids: list[str] = []
    start = pd.Timestamp("2023-10-01")
    types = list(_DA_TYPES)
    tw = np.array(list(_DA_TYPES.values()))
    outs = list(_DA_OUTCOMES)
    for k in range(3200):
        day = start + pd.Timedelta(days=int(rng.integers(0, 366)))
        if ids and rng.random() < 0.05:
            aid = str(rng.choice(ids))
        else:
            aid = f"A{int(rng.integers(1_500_000, 1_900_000))}"
            ids.append(aid)
        kind = str(rng.choice(types, p=tw / tw.sum()))
        if kind == "WILDLIFE":
            intake = "WILDLIFE"
        else:
            iw = np.array([v for k2, v in _DA_INTAKES.items() if k2 != "WILDLIFE"], dtype=float)
            intake = str(rng.choice([k2 for k2 in _DA_INTAKES if k2 != "WILDLIFE"], p=iw / iw.sum()))
        ow = np.array([v[0] for v in _DA_OUTCOMES.values()], dtype=float)
        if kind == "CAT":
            ow = ow * np.array([1.0, 0.25, 1.3, 2.6, 1.5, 2.0])
        if kind == "WILDLIFE":
            ow = np.array([0, 0, 2, 8, 0, 1], dtype=float)
        out = str(rng.choice(outs, p=ow / ow.sum()))
        stay = max(0, int(rng.exponential(_DA_OUTCOMES[out][1])))
        out_day = day + pd.Timedelta(days=stay)
        if out_day > pd.Timestamp("2024-09-30") or rng.random() < 0.02:
            out = ""
        cond = str(
            rng.choice(
                ["HEALTHY", "TREATABLE REHABILITABLE", "TREATABLE MANAGEABLE", "UNTREATABLE"], p=[0.6, 0.18, 0.14, 0.08]
            )
        )
        chip = str(
            rng.choice(
                ["SCAN CHIP", "SCAN NO CHIP", "UNABLE TO SCAN"],
                p=[0.24 if kind == "DOG" else 0.1, 0.72 if kind == "DOG" else 0.84, 0.04 if kind == "DOG" else 0.06],
            )
        )
        district = (
            "" if rng.random() < 0.06 else int(rng.choice(np.arange(1, 15), p=_DA_DISTRICT_W / _DA_DISTRICT_W.sum()))
        )
        rows.append(
            {
                "Animal_Id": aid,
                "Animal_Type": kind,
                "Animal_Breed": str(rng.choice(_DA_BREEDS[kind])),
                "Kennel_Number": f"{rng.choice(_DA_KENNELS)} {int(rng.integers(1, 140)):03d}",
                "Kennel_Status": "AVAILABLE" if out == "" else "UNAVAILABLE",
                "Tag_Type": "" if rng.random() < 0.7 else "RABIES",
                "Activity_Number": f"A{int(rng.integers(10**7, 10**8))}" if intake == "STRAY" else "",
                "Activity_Sequence": 1,
                "Source_Id": f"P{int(rng.integers(10**6, 10**7))}",
                "Census_Tract": f"{int(rng.integers(100, 20000)):06d}",
                "Council_District": district,
                "Intake_Type": intake,
                "Intake_Subtype": {
                    "STRAY": "AT LARGE",
                    "OWNER SURRENDER": "GENERAL",
                    "CONFISCATED": "POLICE",
                    "TRANSFER": "FROM AGENCY",
                    "WILDLIFE": "DISPOSAL",
                }[intake],
                "Intake_Total": 1,
                "Reason": ""
                if intake != "OWNER SURRENDER"
                else str(rng.choice(["MOVING", "TOO MANY", "NO TIME", "LANDLORD", "COST"])),
                "Staff_Id": str(rng.choice(["EOG", "JMR", "TKW", "DLS", "MBA"])),
                "Intake_Date": day.strftime("%m/%d/%Y"),
                "Intake_Time": f"{int(rng.integers(7, 19)):02d}:{int(rng.integers(0, 60)):02d}:00",
                "Due_Out": (day + pd.Timedelta(days=3)).strftime("%m/%d/%Y"),
                "Intake_Condition": cond,
                "Hold_Request": "" if rng.random() < 0.93 else "RESCUE HOLD",
                "Outcome_Type": out,
                "Outcome_Subtype": ""
                if out == ""
                else {
                    "ADOPTION": "WALK IN",
                    "RETURNED TO OWNER": "FIELD",
                    "TRANSFER": "RESCUE",
                    "EUTHANIZED": "MEDICAL",
                    "FOSTER": "FOSTER PROGRAM",
                    "DIED": "IN KENNEL",
                }[out],
                "Outcome_Date": "" if out == "" else out_day.strftime("%m/%d/%Y"),
                "Outcome_Time": ""
                if out == ""
                else f"{int(rng.integers(8, 19)):02d}:{int(rng.integers(0, 60)):02d}:00",
                "Receipt_Number": f"R{int(rng.integers(10**6, 10**7))}" if out == "ADOPTION" else "",
                "Impound_Number": f"K{day.year % 100}-{int(600_000 + k * 7)}",
                "Service_Request_Number": f"{day.year % 100}-{int(rng.integers(10**8, 10**9))}"
                if intake == "STRAY"
                else "",
                "Outcome_Condition": "" if out == "" else cond,
                "Chip_Status": chip,
                "Animal_Origin": "FIELD"
                if intake in ("STRAY", "CONFISCATED", "WILDLIFE") and rng.random() < 0.7
                else "OVER THE COUNTER",
                "Additional_Information": ""
                if rng.random() < 0.85
                else str(rng.choice(["BITE CASE", "HEARTWORM POS", "INJURED"])),
                "Month": day.strftime("%b").upper() + "." + str(day.year),
                "Year": "FY2024",
            }
        )
    return pd.DataFrame(rows)


def _da_euth(d: pd.DataFrame, kind: str | None, with_outcome: bool) -> float:
    keep = d if kind is None else d[_text(d["Animal_Type"]) == kind]
    out = _text(keep["Outcome_Type"])
    if with_outcome:
        out = out[out != ""]
    return float((out == "EUTHANIZED").mean())


def _da_euth_check(kind: str | None) -> Check:
    return either(_share(lambda d: _da_euth(d, kind, True)), _share(lambda d: _da_euth(d, kind, False)))


def _da_stay(d: pd.DataFrame) -> pd.Series:
    keep = d[_text(d["Outcome_Type"]) == "ADOPTION"]
    a = pd.to_datetime(keep["Intake_Date"], format="%m/%d/%Y")
    b = pd.to_datetime(keep["Outcome_Date"], format="%m/%d/%Y")
    return (b - a).dt.days


_DA_ID = ("Animal_Id", "Impound_Number", "Intake_Date")
_DALLAS_QS = [
    Q(
        "how many stray dogs came in",
        _count(lambda d: int(((_text(d["Animal_Type"]) == "DOG") & (_text(d["Intake_Type"]) == "STRAY")).sum())),
        ("Animal_Type", "Intake_Type", "Intake_Subtype", *_DA_ID),
    ),
    Q(
        "what percent of animals got put down",
        _da_euth_check(None),
        ("Outcome_Type", "Outcome_Subtype", *_DA_ID),
    ),
    Q(
        "and for cats?",
        _da_euth_check("CAT"),
        ("Outcome_Type", "Outcome_Subtype", "Animal_Type", *_DA_ID),
    ),
    Q(
        "which council district brings in the most animals",
        _lead(_named(lambda d: str(int(d["Council_District"].dropna().astype(int).value_counts().idxmax())))),
        ("Council_District", *_DA_ID),
    ),
    Q(
        "how long do adopted animals stay before they go home, in days",
        _abouts(lambda d: float(_da_stay(d).mean()), lambda d: float(_da_stay(d).median())),
        ("Intake_Date", "Outcome_Date", "Outcome_Type", "Animal_Id", "Impound_Number"),
    ),
    Q(
        "how many were microchipped",
        either(
            _count(lambda d: int((_text(d["Chip_Status"]) == "SCAN CHIP").sum())),
            _count(lambda d: int(d.loc[_text(d["Chip_Status"]) == "SCAN CHIP", "Animal_Id"].nunique())),
        ),
        ("Chip_Status", *_DA_ID),
    ),
]


# --- 6. Eurostat nights spent at tourist accommodation (tour_occ_nim, SDMX-CSV) ------------------------------------

# geo: (annual nights 2019 in millions, share of foreign guests)
_ES_GEO = {
    "ES": (470.0, 0.64),
    "FR": (440.0, 0.30),
    "IT": (436.0, 0.50),
    "DE": (495.0, 0.18),
    "AT": (153.0, 0.74),
    "EL": (125.0, 0.82),
    "HR": (92.0, 0.90),
    "PT": (78.0, 0.68),
    "NL": (125.0, 0.42),
    "SE": (65.0, 0.26),
}
_ES_SEASON = np.array([0.045, 0.05, 0.06, 0.075, 0.09, 0.11, 0.155, 0.17, 0.1, 0.07, 0.04, 0.035])
_ES_YEAR = {2019: 1.0, 2020: 0.48, 2021: 0.66, 2022: 0.94, 2023: 1.03}
_ES_ALIASES = {
    "ES": ("Spain",),
    "FR": ("France",),
    "IT": ("Italy",),
    "DE": ("Germany",),
    "AT": ("Austria",),
    "EL": ("Greece",),
    "HR": ("Croatia",),
    "PT": ("Portugal",),
    "NL": ("Netherlands",),
    "SE": ("Sweden",),
}


def _eurostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17806)
    cells: dict[tuple[str, str, str, str], float] = {}
    periods = [(y, m) for y in _ES_YEAR for m in range(1, 13)]
    for geo, (nights, foreign) in _ES_GEO.items():
        hotel_share = float(rng.uniform(0.55, 0.8))
        for y, m in periods:
            covid = _ES_YEAR[y] * (0.25 if (y == 2020 and m in (4, 5)) else 1.0)
            base = nights * 1e6 * _ES_SEASON[m - 1] * covid * float(rng.normal(1, 0.03))
            f = min(0.95, foreign * (0.6 if y in (2020, 2021) else 1.0) * (1.15 if m in (7, 8) else 1.0))
            for nace, share in (("I551-I553", 1.0), ("I551", hotel_share)):
                dom = round(base * share * (1 - f))
                fo = round(base * share * f)
                cells[(geo, nace, "DOM", f"{y}-{m:02d}")] = dom
                cells[(geo, nace, "FOR", f"{y}-{m:02d}")] = fo
                cells[(geo, nace, "TOTAL", f"{y}-{m:02d}")] = dom + fo
    for nace in ("I551-I553", "I551"):
        for res in ("DOM", "FOR", "TOTAL"):
            for y, m in periods:
                p = f"{y}-{m:02d}"
                cells[("EU27_2020", nace, res, p)] = sum(cells[(g, nace, res, p)] for g in _ES_GEO) * 1.55
    rows = []
    for (geo, nace, res, p), v in cells.items():
        flag = ""
        value: float | None = float(v)
        if p >= "2023-10":
            flag = "p"
        if geo == "HR" and nace == "I551" and res != "TOTAL" and rng.random() < 0.25:
            value, flag = None, "c"
        elif geo == "EU27_2020" and rng.random() < 0.1:
            flag = "e"
        elif geo == "NL" and p == "2019-01":
            flag = "b"
        rows.append(
            {
                "DATAFLOW": "ESTAT:TOUR_OCC_NIM(1.0)",
                "LAST UPDATE": "12/03/24 23:00:00",
                "freq": "M",
                "c_resid": res,
                "unit": "NR",
                "nace_r2": nace,
                "geo": geo,
                "TIME_PERIOD": p,
                "OBS_VALUE": value,
                "OBS_FLAG": flag,
            }
        )
    out = pd.DataFrame(rows).sort_values(["c_resid", "nace_r2", "geo", "TIME_PERIOD"])
    return out.reset_index(drop=True)


def _es_pick(d: pd.DataFrame, geo: str | None = None, res: str = "TOTAL", year: int | None = None) -> pd.DataFrame:
    keep = d[(_text(d["c_resid"]) == res) & (_text(d["nace_r2"]) == "I551-I553")]
    if geo is not None:
        keep = keep[_text(keep["geo"]) == geo]
    if year is not None:
        keep = keep[_text(keep["TIME_PERIOD"]).str.startswith(str(year))]
    return keep


def _es_sum(d: pd.DataFrame, geo: str, res: str, year: int) -> float:
    return float(_es_pick(d, geo, res, year)["OBS_VALUE"].sum())


def _es_top_2022(d: pd.DataFrame) -> str:
    keep = _es_pick(d, year=2022)
    keep = keep[_text(keep["geo"]) != "EU27_2020"]
    return _top(keep.groupby("geo")["OBS_VALUE"].sum())


def _es_peak_month(d: pd.DataFrame) -> int:
    keep = _es_pick(d, "EU27_2020")
    months = _text(keep["TIME_PERIOD"]).str.slice(5, 7).astype(int)
    return int(keep.groupby(months)["OBS_VALUE"].sum().idxmax())


_ES_ID = ("TIME_PERIOD", "geo")
_EUROSTAT_QS = [
    Q(
        "how many nights did foreign tourists spend in spain in 2023",
        _money(lambda d: _es_sum(d, "ES", "FOR", 2023)),
        ("OBS_VALUE", "c_resid", "nace_r2", "unit", *_ES_ID),
    ),
    Q(
        "which country had the most nights in 2022",
        _lead(_named(_es_top_2022, _ES_ALIASES)),
        ("OBS_VALUE", "c_resid", "nace_r2", "unit", *_ES_ID),
    ),
    Q(
        "which month is usually the peak",
        _lead(_month_of_year(_es_peak_month)),
        ("OBS_VALUE", "c_resid", "nace_r2", "unit", *_ES_ID),
    ),
    Q(
        "how much did nights in italy drop in 2020 compared to 2019",
        _pct(lambda d: _es_sum(d, "IT", "TOTAL", 2020) / _es_sum(d, "IT", "TOTAL", 2019) - 1),
        ("OBS_VALUE", "c_resid", "nace_r2", "unit", *_ES_ID),
    ),
    Q(
        "what share of nights in greece were by foreigners in 2023",
        _share(lambda d: _es_sum(d, "EL", "FOR", 2023) / _es_sum(d, "EL", "TOTAL", 2023)),
        ("OBS_VALUE", "c_resid", "nace_r2", "unit", *_ES_ID),
    ),
    Q(
        "are there any missing values",
        _count(lambda d: int(d["OBS_VALUE"].isna().sum())),
        ("OBS_VALUE", "OBS_FLAG", *_ES_ID, "c_resid", "nace_r2"),
    ),
]


# --- 7. CDC WONDER natality, births by state and year --------------------------------------------------------------

# state: (FIPS, births in 2007, growth factor 2007-2022)
_CD_STATES = {
    "Alabama": (1, 64_000, 0.91), "Alaska": (2, 11_500, 0.82), "Arizona": (4, 102_700, 0.79),
    "Arkansas": (5, 41_000, 0.86), "California": (6, 566_100, 0.74), "Colorado": (8, 70_800, 0.88),
    "Connecticut": (9, 41_600, 0.85), "Delaware": (10, 12_200, 0.87), "District of Columbia": (11, 8_900, 0.98),
    "Florida": (12, 239_100, 0.94), "Georgia": (13, 151_000, 0.83), "Hawaii": (15, 18_900, 0.82),
    "Idaho": (16, 25_000, 0.92), "Illinois": (17, 180_900, 0.71), "Indiana": (18, 89_400, 0.89),
    "Iowa": (19, 40_800, 0.92), "Kansas": (20, 41_900, 0.84), "Kentucky": (21, 59_400, 0.89),
    "Louisiana": (22, 66_300, 0.87), "Maine": (23, 14_100, 0.87), "Maryland": (24, 77_500, 0.88),
    "Massachusetts": (25, 77_900, 0.88), "Michigan": (26, 125_200, 0.83), "Minnesota": (27, 73_700, 0.87),
    "Mississippi": (28, 46_000, 0.75), "Missouri": (29, 81_900, 0.84), "Montana": (30, 12_500, 0.92),
    "Nebraska": (31, 26_900, 0.90), "Nevada": (32, 40_500, 0.82), "New Hampshire": (33, 14_200, 0.87),
    "New Jersey": (34, 115_900, 0.89), "New Mexico": (35, 30_600, 0.71), "New York": (36, 255_800, 0.82),
    "North Carolina": (37, 131_000, 0.92), "North Dakota": (38, 8_900, 1.13), "Ohio": (39, 150_900, 0.84),
    "Oklahoma": (40, 54_800, 0.90), "Oregon": (41, 49_400, 0.79), "Pennsylvania": (42, 149_100, 0.85),
    "Rhode Island": (44, 12_400, 0.86), "South Carolina": (45, 62_900, 0.92), "South Dakota": (46, 12_000, 0.96),
    "Tennessee": (47, 86_700, 0.95), "Texas": (48, 407_600, 0.95), "Utah": (49, 55_100, 0.82),
    "Vermont": (50, 6_500, 0.81), "Virginia": (51, 108_900, 0.89), "Washington": (53, 88_300, 0.94),
    "West Virginia": (54, 22_100, 0.79), "Wisconsin": (55, 72_800, 0.83), "Wyoming": (56, 7_900, 0.78),
}  # fmt: skip
# national level by year relative to 2007 (falls to a 2020 low, then a small rebound)
_CD_PATH = [1.0, 0.98, 0.955, 0.93, 0.922, 0.918, 0.915, 0.923, 0.918, 0.913, 0.897, 0.886, 0.876, 0.842, 0.852, 0.855]
_CD_NOTES = [
    "---",
    "Dataset: Natality, 2007-2022",
    "Query Parameters:",
    "Group By: State; Year",
    "Show Totals: True",
    "Show Zero Values: Disabled",
    "Show Suppressed: False",
    "Calculate Rates Per: 1,000",
    "---",
    "Help: See http://wonder.cdc.gov/wonder/help/natality.html for more information.",
    "---",
    "Query Date: Mar 12, 2024 10:41:13 AM",
    "---",
    "Suggested Citation: United States Department of Health and Human Services (US DHHS), Centers for Disease",
    "Control and Prevention (CDC), National Center for Health Statistics (NCHS), Division of Vital Statistics,",
    "Natality public-use data on CDC WONDER Online Database. Accessed at http://wonder.cdc.gov/natality.html",
    "---",
    "Caveats:",
    "1. Births to mothers residing outside the 50 states and the District of Columbia are excluded.",
    "2. Data for 2022 are final as of the query date.",
]


def _cdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17807)
    rows = []
    grand = 0
    years = list(range(2007, 2023))
    for state, (fips, base, growth) in _CD_STATES.items():
        total = 0
        for i, y in enumerate(years):
            trend = growth ** (i / 15) / 0.855 ** (i / 15) * _CD_PATH[i]
            births = round(base * trend * float(rng.normal(1, 0.008)))
            total += births
            rows.append({"Notes": "", "State": state, "State Code": fips, "Year": y, "Year Code": y, "Births": births})
        rows.append(
            {"Notes": "Total", "State": state, "State Code": fips, "Year": "", "Year Code": "", "Births": total}
        )
        grand += total
    rows.append({"Notes": "Total", "State": "", "State Code": "", "Year": "", "Year Code": "", "Births": grand})
    for note in _CD_NOTES:
        rows.append({"Notes": note, "State": "", "State Code": "", "Year": "", "Year Code": "", "Births": ""})
    return pd.DataFrame(rows)


def _cd_rows(d: pd.DataFrame) -> pd.DataFrame:
    keep = d[(_text(d["Notes"]) == "") & d["Year"].notna()].copy()
    keep["y"] = keep["Year"].astype(float).astype(int)
    keep["n"] = keep["Births"].astype(float)
    return keep


def _cd_one(d: pd.DataFrame, state: str, year: int) -> float:
    k = _cd_rows(d)
    return float(k.loc[(k["State"] == state) & (k["y"] == year), "n"].sum())


def _cd_national(d: pd.DataFrame) -> pd.Series:
    k = _cd_rows(d)
    return k.groupby("y")["n"].sum()


def _cd_growth_top(d: pd.DataFrame) -> str:
    k = _cd_rows(d)
    wide = k.pivot_table(index="State", columns="y", values="n", aggfunc="sum")
    return _top(wide[2022] / wide[2007] - 1)


_CD_ID = ("State", "Year", "Year Code", "State Code", "Notes")
_CDC_QS = [
    Q(
        "how many babies were born in texas in 2020",
        _count(lambda d: _cd_one(d, "Texas", 2020)),
        ("Births", *_CD_ID),
    ),
    Q(
        "and in 2022?",
        _count(lambda d: _cd_one(d, "Texas", 2022)),
        ("Births", *_CD_ID),
    ),
    Q(
        "total births across all states in 2015",
        _count(lambda d: float(_cd_national(d)[2015])),
        ("Births", *_CD_ID),
    ),
    Q(
        "which year had the fewest births overall",
        _lead(_year(lambda d: int(_cd_national(d).idxmin()))),
        ("Births", *_CD_ID),
    ),
    Q(
        "by how much did total births change from 2007 to 2022, percent",
        _pct(lambda d: float(_cd_national(d)[2022] / _cd_national(d)[2007] - 1)),
        ("Births", *_CD_ID),
    ),
    Q(
        "which state's births grew the most in percentage terms between 2007 and 2022",
        _lead(_named(_cd_growth_top)),
        ("Births", *_CD_ID),
    ),
]


HELDOUT178: list[Dataset] = [
    Dataset("matomo_visits_log_export", _matomo_frame, _MATOMO_QS),
    Dataset("bitbucket_pipelines_build_history_export", _bitbucket_frame, _BITBUCKET_QS),
    Dataset("uber_eats_merchant_payment_details_report", _ubereats_frame, _UBEREATS_QS),
    Dataset("concept2_logbook_season_export", _concept2_frame, _CONCEPT2_QS),
    Dataset("dallas_animal_shelter_data_fy2024", _dallas_frame, _DALLAS_QS),
    Dataset("eurostat_tour_occ_nim_nights_spent_sdmx_csv", _eurostat_frame, _EUROSTAT_QS),
    Dataset("cdc_wonder_natality_births_by_state_year", _cdc_frame, _CDC_QS),
]
