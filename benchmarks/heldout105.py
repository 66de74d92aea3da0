"""HELDOUT105: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Discover card statement
download for 2023 with Trans. Date and Post Date as "03/14/2023" (posting zero to three days later), Description as
the upper-case merchant line ("SHELL OIL 57444535 AUSTIN TX", "AMAZON.COM*1A2B3C AMZN.COM/BILLWA"), Amount positive
for purchases and negative for the monthly "INTERNET PAYMENT - THANK YOU", merchandise refunds and the
"CASHBACK BONUS REDEMPTION PYMT/STMT CRDT" credits, and Category as Discover writes it (Restaurants, Supermarkets,
Gasoline, Merchandise, "Travel/ Entertainment", Services, Automotive, Medical Services, Home Improvement, "Payments
and Credits", "Awards and Rebate Credits"); Strava segment efforts on four Bay Area segments flattened from the API
(one row per effort, 2022-2023) with segment_name, segment_id, athlete_id, athlete_name (repeat riders), gender M / F,
start_date_local as "2023-06-14T07:12:33Z", elapsed_time and moving_time in seconds, distance in metres (the
segment's length), average_watts (blank without a power meter) and device_watts True / False, average_heartrate and
max_heartrate (blank without a strap), kom_rank mostly blank and pr_rank 1-3 or blank; a Freshdesk tickets export
of a support team for 2023 with Ticket ID, Subject, Status (Open / Pending / Waiting on Customer / Resolved /
Closed), Priority (Low / Medium / High / Urgent), Source (Email / Portal / Phone / Chat / Feedback Widget), Type,
Agent (blank when unassigned), Group, Created time, Due by Time, Resolved time and Last update time as
"2023-03-14 09:12:45", First response time (in hrs) and Resolution time (in hrs) as decimals (blank when there was
none yet), Resolution status "Within SLA" / "SLA Violated" (blank on unresolved tickets), Agent interactions,
Customer interactions, Tags and Contact ID; a Lightspeed Retail sale lines export of a bike shop for 2023 with
Date as "3/14/2023 2:35 PM", Sale ID (repeated over the lines of one sale), Register, Employee, Customer (blank for
walk-ins), Description, System ID, Custom SKU, Category (Bikes / Parts / Accessories / Apparel / Service), Brand,
Qty (negative on returns), Retail, Subtotal, Discount, Tax, Total, Cost and Profit as "$1,249.99" ("-$54.99") and
Margin as "42.11%"; openFDA drug enforcement reports 2018-2023 flattened to CSV with recall_number ("D-0123-2021"),
event_id repeated over the products of one recall event, status (Ongoing / Completed / Terminated), classification
"Class I" / "Class II" / "Class III", recalling_firm, city, state (blank for foreign firms), country,
voluntary_mandated, initial_firm_notification, product_type "Drugs", product_description, product_quantity,
reason_for_recall, distribution_pattern, code_info, recall_initiation_date, report_date and
center_classification_date as YYYYMMDD numbers and termination_date likewise (blank unless terminated); the City
of Chicago red light camera violations for 2023, one row per camera and day, with INTERSECTION upper case
("HALSTED AND 79TH", two intersections watched by two cameras), CAMERA ID, ADDRESS ("7900 S HALSTED ST"),
VIOLATION DATE as "03/14/2023", VIOLATIONS, X COORDINATE, Y COORDINATE, LATITUDE, LONGITUDE and LOCATION
("(41.7506, -87.6441)"), blank for three cameras, and some camera-days missing; and ONS weekly deaths by region in
England and Wales, wide, January 2015 to December 2023: Week number (restarting each year), Week ended as
"03-Jan-20" (Fridays), "Total deaths, all ages (England and Wales)" written with thousands commas ("10,345") and
one column per region (North East, North West, Yorkshire and The Humber, East Midlands, West Midlands, East, London,
South East, South West, Wales) with ":" for a few weeks not available. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text, _year
from .heldout38 import _draw, _month
from .heldout40 import _number, _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, numbers_found
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(x: float) -> str:
    return f"-${-x:,.2f}" if x < 0 else f"${x:,.2f}"


def _seconds(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration in seconds, as seconds (to about 1%) or minutes ("19.0 min", to about 0.5%) or as a clock time
    ("19:02", "0:19:02") within three seconds."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        clock = re.compile(r"(?<![\d:])(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:\.\d+)?(?![\d:])")
        for m in clock.finditer(answer):
            secs = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
            if abs(secs - want) <= 3:
                return None
        for f in numbers_found(clock.sub(" ", answer)):
            if abs(f - want) <= max(0.01 * want, 0.51) or abs(f - want / 60) <= max(0.005 * want / 60, 0.051):
                return None
        return f"missing duration {want:.4g} s"

    return check


def _mean_or_median(values: Callable[[pd.DataFrame], pd.Series], make: Callable[..., Check] = _about) -> Check:
    return either(make(lambda d: float(values(d).mean())), make(lambda d: float(values(d).median())))


# --- 1. Discover card statement ------------------------------------------------------------------------------------

# category: (purchases a month, median amount, spread, merchants)
_DC_SPEND: dict[str, tuple[float, float, float, str]] = {
    "Restaurants": (
        12,
        28,
        0.5,
        "CHIPOTLE 1234 AUSTIN TX;STARBUCKS STORE 05123 AUSTIN TX;TST* TORCHYS TACOS AUSTIN TX;"
        "SQ *JUAN IN A MILLION AUSTIN TX;DOORDASH*PANDA EXPRESS WWW.DOORDASH.CA",
    ),
    "Supermarkets": (7, 85, 0.4, "H-E-B #123 AUSTIN TX;WHOLEFDS LMR 10123 AUSTIN TX;TRADER JOE S #456 AUSTIN TX"),
    "Gasoline": (3.5, 45, 0.25, "SHELL OIL 57444535 AUSTIN TX;EXXONMOBIL 4732 ROUND ROCK TX;VALERO 2391 AUSTIN TX"),
    "Merchandise": (
        6,
        42,
        0.8,
        "AMAZON.COM*1A2B3C AMZN.COM/BILLWA;TARGET 00012345 AUSTIN TX;WALMART SUPERCENTER AUSTIN TX;"
        "BEST BUY 00001234 AUSTIN TX",
    ),
    "Travel/ Entertainment": (
        1.2,
        180,
        0.9,
        "SOUTHWES 5262123456789 800-435-9792 TX;HILTON HOTELS AUSTIN TX;AMC 2121 ONLINE 888-440-4262 KS",
    ),
    "Services": (2, 35, 0.5, "NETFLIX.COM LOS GATOS CA;COMCAST CABLE COMM 800-COMCAST TX;SPOTIFY USA 877-7781161 NY"),
    "Automotive": (0.4, 160, 0.6, "JIFFY LUBE #1234 AUSTIN TX;DISCOUNT TIRE 1234 AUSTIN TX"),
    "Medical Services": (0.5, 60, 0.7, "CVS/PHARMACY #01234 AUSTIN TX;ST DAVIDS MEDICAL CTR AUSTIN TX"),
    "Home Improvement": (0.8, 70, 0.8, "THE HOME DEPOT #6543 AUSTIN TX;LOWES #01234* AUSTIN TX"),
}


def _discover_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10501)
    rows: list[dict[str, Any]] = []
    last_month = 1450.0
    for month in range(1, 13):
        start = pd.Timestamp(2023, month, 1)
        ndays = start.days_in_month
        spent = 0.0
        for cat, (rate, median, spread, merchants) in _DC_SPEND.items():
            boost = 2.0 if cat == "Merchandise" and month in (11, 12) else 1.0
            for _ in range(int(rng.poisson(rate * boost))):
                day = start + pd.Timedelta(days=int(rng.integers(0, ndays)))
                amount = round(float(median * np.exp(rng.normal(0, spread))), 2)
                desc = _draw(rng, ";".join(f"{m}:1" for m in merchants.split(";")))
                rows.append({"day": day, "Description": desc, "Amount": amount, "Category": cat})
                spent += amount
                if cat == "Merchandise" and rng.random() < 0.05:
                    back = min(day + pd.Timedelta(days=int(rng.integers(3, 20))), pd.Timestamp(2023, 12, 31))
                    rows.append({"day": back, "Description": desc, "Amount": -amount, "Category": cat})
        pay_day = start + pd.Timedelta(days=int(rng.integers(5, 12)))
        rows.append(
            {
                "day": pay_day,
                "Description": "INTERNET PAYMENT - THANK YOU",
                "Amount": -round(last_month, 2),
                "Category": "Payments and Credits",
            }
        )
        last_month = spent
        if month in (3, 6, 9, 12) or rng.random() < 0.15:
            rows.append(
                {
                    "day": start + pd.Timedelta(days=int(rng.integers(0, ndays))),
                    "Description": "CASHBACK BONUS REDEMPTION PYMT/STMT CRDT",
                    "Amount": -round(float(rng.uniform(12, 45)), 2),
                    "Category": "Awards and Rebate Credits",
                }
            )
    frame = pd.DataFrame(rows).sort_values("day", kind="stable").reset_index(drop=True)
    lag = rng.integers(0, 4, len(frame))
    post = frame["day"] + pd.to_timedelta(np.where(frame["Category"] == "Payments and Credits", 0, lag), unit="D")
    return pd.DataFrame(
        {
            "Trans. Date": frame["day"].dt.strftime("%m/%d/%Y"),
            "Post Date": post.dt.strftime("%m/%d/%Y"),
            "Description": frame["Description"],
            "Amount": frame["Amount"],
            "Category": frame["Category"],
        }
    )


_DC_OTHER = ("Payments and Credits", "Awards and Rebate Credits")


def _dc_amount(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Amount"], errors="coerce")


def _dc_spent(net: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        a = _dc_amount(d)
        keep = ~_text(d["Category"]).isin(_DC_OTHER) if net else a > 0
        return float(a[keep].sum())

    return total


def _dc_month(net: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def top(d: pd.DataFrame) -> pd.Timestamp:
        a = _dc_amount(d)
        keep = ~_text(d["Category"]).isin(_DC_OTHER) if net else a > 0
        month = pd.to_datetime(d["Trans. Date"], format="%m/%d/%Y").dt.to_period("M")
        return a[keep].groupby(month[keep]).sum().idxmax().to_timestamp()

    return top


def _dc_by_category(d: pd.DataFrame) -> pd.Series:
    a = _dc_amount(d)
    return a[a > 0].groupby(_text(d["Category"])[a > 0]).sum()


def _dc_restaurants(d: pd.DataFrame) -> pd.Series:
    a = _dc_amount(d)
    return a[(_text(d["Category"]) == "Restaurants") & (a > 0)]


_DC_WHO = ("Amount", "Category", "Trans. Date", "Post Date", "Description")

_DISCOVER_QS = [
    Q(
        "how much did i spend on the card in 2023",
        either(_scaled(_dc_spent(False), (1e3,)), _scaled(_dc_spent(True), (1e3,))),
        _DC_WHO,
    ),
    Q("what do i spend the most on", _lead(_named(lambda d: _top(_dc_by_category(d)))), _DC_WHO),
    Q("whats my average restaurant bill", _mean_or_median(_dc_restaurants), _DC_WHO),
    Q("which month did i spend the most", either(_month(_dc_month(False)), _month(_dc_month(True))), _DC_WHO),
    Q(
        "how many times did i fill up on gas",
        _count(lambda d: float((_text(d["Category"]) == "Gasoline").sum())),
        _DC_WHO,
    ),
    Q(
        "how much cashback did i get back",
        _about(lambda d: float(-_dc_amount(d)[_text(d["Category"]) == "Awards and Rebate Credits"].sum())),
        _DC_WHO,
    ),
]


# --- 2. Strava segment efforts -------------------------------------------------------------------------------------

# name: (segment id, metres, median seconds, watts at the median)
_SV_SEGMENTS: dict[str, tuple[int, float, float, float]] = {
    "Old La Honda (Bridge to Mailboxes)": (8109834, 4800.0, 1150.0, 235.0),
    "Hawk Hill": (229781, 2400.0, 480.0, 250.0),
    "Kings Mountain Rd Climb": (611413, 6400.0, 1600.0, 230.0),
    "Paradise Loop Sprint": (1532085, 900.0, 75.0, 420.0),
}
_SV_FIRST = "James;Maria;Kevin;Laura;Chris;Anna;David;Sarah;Mike;Emily;Ryan;Jessica;Tom;Nina;Alex;Priya;Ben;Chloe"
_SV_LAST = "Nguyen;Smith;Garcia;Chen;Patel;Miller;Kim;Lopez;Wilson;Brown;Davis;Rossi;Tanaka;Olsen;Murphy;Shah"


def _strava_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10502)
    firsts, lasts = _SV_FIRST.split(";"), _SV_LAST.split(";")
    athletes: list[tuple[int, str, str, float, bool, bool, float]] = []
    used: set[str] = set()
    while len(athletes) < 170:
        name = f"{firsts[int(rng.integers(len(firsts)))]} {lasts[int(rng.integers(len(lasts)))]}"
        if name in used:
            continue
        used.add(name)
        gender = "F" if rng.random() < 0.28 else "M"
        ability = float(np.exp(rng.normal(0, 0.16))) * (1.12 if gender == "F" else 1.0)
        active = 60.0 if len(athletes) == 37 else float(rng.gamma(1.3, 8.0))
        athletes.append(
            (
                int(rng.integers(100_000, 99_000_000)),
                name,
                gender,
                ability,
                rng.random() < 0.6,
                rng.random() < 0.75,
                active,
            )
        )
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-01-01")
    for aid, name, gender, ability, power, strap, active in athletes:
        for _ in range(int(rng.poisson(active))):
            seg = _draw(
                rng, "Old La Honda (Bridge to Mailboxes):4;Hawk Hill:5;Kings Mountain Rd Climb:2;Paradise Loop Sprint:3"
            )
            sid, metres, median, watts = _SV_SEGMENTS[seg]
            effort = float(np.exp(rng.normal(0, 0.06)))
            elapsed = round(median * ability * effort)
            moving = elapsed - int(rng.integers(0, max(2, elapsed // 40)))
            when = start + pd.Timedelta(days=int(rng.integers(0, 730)), seconds=int(rng.integers(6 * 3600, 19 * 3600)))
            hr = float(np.clip(rng.normal(158, 10) + 20 * (effort < 1) - 10 * (effort >= 1), 110, 195))
            rows.append(
                {
                    "segment_name": seg,
                    "segment_id": sid,
                    "athlete_id": aid,
                    "athlete_name": name,
                    "gender": gender,
                    "start_date_local": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "elapsed_time": elapsed,
                    "moving_time": moving,
                    "distance": round(metres + float(rng.normal(0, 8)), 1),
                    "average_watts": round(watts * (median / elapsed) ** 0.9 * float(np.exp(rng.normal(0, 0.05))), 1)
                    if power
                    else None,
                    "device_watts": power,
                    "average_heartrate": round(hr, 1) if strap else None,
                    "max_heartrate": round(hr + float(rng.uniform(5, 18))) if strap else None,
                    "kom_rank": int(rng.integers(1, 11)) if ability * effort < 0.78 else None,
                    "pr_rank": int(rng.integers(1, 4)) if rng.random() < 0.3 else None,
                }
            )
    frame = pd.DataFrame(rows).sort_values("start_date_local", kind="stable").reset_index(drop=True)
    for col in ("kom_rank", "pr_rank", "max_heartrate"):
        frame[col] = frame[col].astype("Int64")
    return frame


_SV_OLH = "Old La Honda (Bridge to Mailboxes)"


def _sv_on(d: pd.DataFrame, seg: str) -> pd.Series:
    return _text(d["segment_name"]) == seg


def _sv_women(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: pd.to_numeric(d[col])[_sv_on(d, _SV_OLH) & (_text(d["gender"]) == "F")]


def _sv_hawk(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: pd.to_numeric(d[col], errors="coerce")[_sv_on(d, "Hawk Hill")]


_SV_WHO = ("segment_name", "segment_id", "athlete_id", "athlete_name", "start_date_local")

_STRAVA_QS = [
    Q(
        "how many efforts on each segment",
        _count(lambda d: d["segment_name"].value_counts().to_numpy()),
        ("segment_name", "segment_id"),
    ),
    Q(
        "what's the fastest time up old la honda",
        either(
            _seconds(lambda d: float(pd.to_numeric(d["elapsed_time"])[_sv_on(d, _SV_OLH)].min())),
            _seconds(lambda d: float(pd.to_numeric(d["moving_time"])[_sv_on(d, _SV_OLH)].min())),
        ),
        ("elapsed_time", "moving_time", *_SV_WHO),
    ),
    Q(
        "and the average time there for women?",
        either(
            _mean_or_median(_sv_women("elapsed_time"), _seconds), _mean_or_median(_sv_women("moving_time"), _seconds)
        ),
        ("elapsed_time", "moving_time", "gender", *_SV_WHO),
    ),
    Q(
        "who has done the most efforts",
        _lead(_named(lambda d: _top(_text(d["athlete_name"]).value_counts()))),
        _SV_WHO,
    ),
    Q(
        "on hawk hill do people putting out more watts get up faster",
        either(
            _corr(_sv_hawk("average_watts"), _sv_hawk("elapsed_time")),
            _corr(_sv_hawk("average_watts"), _sv_hawk("moving_time")),
        ),
        ("average_watts", "elapsed_time", "moving_time", "device_watts", *_SV_WHO),
    ),
    Q(
        "how many efforts dont have heart rate data",
        _count(lambda d: float(pd.to_numeric(d["average_heartrate"], errors="coerce").isna().sum())),
        ("average_heartrate", "max_heartrate", *_SV_WHO),
    ),
]


# --- 3. Freshdesk tickets export -----------------------------------------------------------------------------------

_FD_AGENTS = "Priya Nair:30;Marcus Lee:20;Sofia Alvarez:18;Tom Becker:16;Aisha Khan:16"
_FD_SUBJECTS = {
    "Question": "How do I export my data?;Question about invoice;Can I add more users?;Where is the API key?",
    "Incident": "App not loading;Login error 500;Sync keeps failing;Emails not sending",
    "Problem": "Dashboard very slow;Reports show wrong totals;Mobile app crashes on start",
    "Feature Request": "Dark mode please;Need bulk edit;Integration with Slack",
    "Refund": "Charged twice;Refund request for annual plan;Cancel and refund",
}
# priority: (share, median first response hours, median resolution hours, SLA resolution hours)
_FD_PRIORITY = {"Low": (30, 6.0, 40.0, 72), "Medium": (40, 4.0, 26.0, 48), "High": (20, 2.0, 14.0, 24)}
_FD_PRIORITY["Urgent"] = (10, 0.6, 6.0, 8)
_FD_SOURCE_SPEED = {"Email": 1.2, "Portal": 1.1, "Phone": 0.55, "Chat": 0.7, "Feedback Widget": 1.4}


def _freshdesk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10503)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-01-02 12:00:00")
    month_weight = {1: 1.0, 2: 0.9, 3: 1.35, 4: 1.0, 5: 0.95, 6: 0.85, 7: 0.8, 8: 0.9, 9: 1.1, 10: 1.15, 11: 1.2}
    month_weight[12] = 0.9
    tid = 1000
    for month in range(1, 13):
        start = pd.Timestamp(2023, month, 1)
        for _ in range(int(rng.poisson(125 * month_weight[month]))):
            tid += int(rng.integers(1, 3))
            created = start + pd.Timedelta(seconds=int(rng.integers(0, start.days_in_month * 86400)))
            prio = _draw(rng, ";".join(f"{k}:{v[0]}" for k, v in _FD_PRIORITY.items()))
            _w, first_med, res_med, sla = _FD_PRIORITY[prio]
            source = _draw(rng, "Email:45;Portal:25;Phone:12;Chat:15;Feedback Widget:3")
            kind = _draw(rng, "Question:35;Incident:25;Problem:15;Feature Request:10;Refund:15")
            speed = _FD_SOURCE_SPEED[source]
            first = round(float(first_med * speed * np.exp(rng.normal(0, 0.8))), 2)
            res = round(float(res_med * speed * np.exp(rng.normal(0, 0.9))), 2)
            done_at = created + pd.Timedelta(hours=res)
            age = (end - created) / pd.Timedelta(days=1)
            if done_at < end and rng.random() < (0.97 if age > 20 else 0.6):
                status = _draw(rng, "Closed:3;Resolved:1")
            else:
                status = _draw(rng, "Open:5;Pending:3;Waiting on Customer:2")
            done = status in ("Resolved", "Closed")
            responded = done or rng.random() < 0.6
            agent = _draw(rng, _FD_AGENTS) if done or rng.random() < 0.7 else None
            rows.append(
                {
                    "Ticket ID": tid,
                    "Subject": _draw(rng, ";".join(f"{s}:1" for s in _FD_SUBJECTS[kind].split(";"))),
                    "Status": status,
                    "Priority": prio,
                    "Source": source,
                    "Type": kind,
                    "Agent": agent,
                    "Group": _draw(rng, "Billing:1")
                    if kind == "Refund"
                    else _draw(rng, "Technical Support:3;Customer Success:1"),
                    "Created time": created.strftime("%Y-%m-%d %H:%M:%S"),
                    "Due by Time": (created + pd.Timedelta(hours=sla)).strftime("%Y-%m-%d %H:%M:%S"),
                    "Resolved time": done_at.strftime("%Y-%m-%d %H:%M:%S") if done else None,
                    "Last update time": (done_at if done else created + pd.Timedelta(hours=first)).strftime(
                        "%Y-%m-%d %H:%M:%S"
                    ),
                    "First response time (in hrs)": first if responded else None,
                    "Resolution time (in hrs)": res if done else None,
                    "Resolution status": ("Within SLA" if res <= sla else "SLA Violated") if done else None,
                    "Agent interactions": int(rng.integers(1, 6)) if responded else 0,
                    "Customer interactions": int(rng.integers(1, 5)),
                    "Tags": _draw(rng, ":6;vip:1;bug:1;billing:1;onboarding:1") or None,
                    "Contact ID": int(rng.integers(2_000_000, 2_000_600)),
                }
            )
    return pd.DataFrame(rows)


def _fd_status(d: pd.DataFrame) -> pd.Series:
    return _text(d["Status"])


def _fd_agent_top(closed_only: bool | None) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        s = _fd_status(d)
        keep = (s == "Closed") if closed_only else s.isin(["Resolved", "Closed"])
        if closed_only is None:
            keep = s != "x"
        agent = _text(d["Agent"])
        keep = keep & (agent != "")
        return _top(agent[keep].value_counts())

    return top


def _fd_urgent_first(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["First response time (in hrs)"], errors="coerce")[_text(d["Priority"]) == "Urgent"].dropna()


def _fd_sla(of_all: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        r = _text(d["Resolution status"])
        return float((r == "SLA Violated").sum() / (len(d) if of_all else (r != "").sum()))

    return rate


def _fd_busiest(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Created time"]).dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


def _fd_resolution(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        hrs = pd.to_numeric(d["Resolution time (in hrs)"], errors="coerce")
        src = _text(d["Source"])
        return [float(getattr(hrs[src == s].dropna(), how)()) for s in ("Email", "Phone")]

    return values


_FD_WHO = ("Ticket ID", "Created time")

_FRESHDESK_QS = [
    Q(
        "how many tickets are still open",
        either(
            _count(lambda d: float((_fd_status(d) == "Open").sum())),
            _count(lambda d: float((~_fd_status(d).isin(["Resolved", "Closed"])).sum())),
        ),
        ("Status", *_FD_WHO),
    ),
    Q(
        "who closed the most tickets",
        either(*(_lead(_named(_fd_agent_top(c))) for c in (True, False, None))),
        ("Agent", "Status", "Resolved time", *_FD_WHO),
    ),
    Q(
        "avg first response time on urgent tickets?",
        _mean_or_median(_fd_urgent_first),
        ("First response time (in hrs)", "Priority", *_FD_WHO),
    ),
    Q(
        "what percent of tickets broke the sla",
        either(_share(_fd_sla(False)), _share(_fd_sla(True))),
        ("Resolution status", "Status", *_FD_WHO),
    ),
    Q("which month did we get the most tickets", _month(_fd_busiest), _FD_WHO),
    Q(
        "do phone tickets get resolved faster than email ones",
        either(_about(_fd_resolution("mean")), _about(_fd_resolution("median"))),
        ("Resolution time (in hrs)", "Source", "Resolved time", "Status", *_FD_WHO),
    ),
]


# --- 4. Lightspeed Retail sale lines -------------------------------------------------------------------------------

# description: (category, brand, retail, unit cost, weight, usual quantity)
_LS_ITEMS: dict[str, tuple[str, str, float, float, float, int]] = {
    "Trek FX 2 Disc": ("Bikes", "Trek", 899.99, 610.0, 3, 1),
    "Trek Marlin 5": ("Bikes", "Trek", 729.99, 495.0, 2.5, 1),
    "Specialized Sirrus 2.0": ("Bikes", "Specialized", 749.99, 505.0, 2, 1),
    "Electra Townie 7D": ("Bikes", "Electra", 529.99, 350.0, 1.5, 1),
    "Continental Gatorskin 700x25": ("Parts", "Continental", 54.99, 31.0, 6, 2),
    "Tube 700x23-28 Presta": ("Parts", "Bontrager", 8.99, 3.1, 16, 2),
    "Shimano HG71 Chain": ("Parts", "Shimano", 24.99, 13.0, 6, 1),
    "Disc Brake Pads Resin": ("Parts", "Shimano", 19.99, 9.5, 5, 1),
    "Bontrager Starvos WaveCel Helmet": ("Accessories", "Bontrager", 99.99, 52.0, 6, 1),
    "Kryptonite Evolution U-Lock": ("Accessories", "Kryptonite", 69.99, 38.0, 5, 1),
    "Floor Pump": ("Accessories", "Topeak", 44.99, 24.0, 4, 1),
    "Ion 200 / Flare R Light Set": ("Accessories", "Bontrager", 89.99, 47.0, 5, 1),
    "Water Bottle 24oz": ("Accessories", "Specialized", 9.99, 3.5, 12, 2),
    "Club Jersey": ("Apparel", "Pearl Izumi", 79.99, 41.0, 4, 1),
    "Cycling Gloves": ("Apparel", "Pearl Izumi", 24.99, 11.5, 5, 1),
    "Wool Socks": ("Apparel", "Defeet", 14.99, 6.0, 7, 2),
    "Bib Shorts": ("Apparel", "Pearl Izumi", 109.99, 58.0, 3, 1),
    "Tune-Up Standard": ("Service", "", 89.99, 25.0, 9, 1),
    "Flat Fix Labor": ("Service", "", 15.00, 2.0, 12, 1),
    "Brake Adjustment": ("Service", "", 25.00, 4.0, 5, 1),
}


def _lightspeed_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10504)
    names = list(_LS_ITEMS)
    weights = np.array([_LS_ITEMS[n][4] for n in names])
    skus = {
        n: (210_000_000_000 + 1037 * i, f"{_LS_ITEMS[n][0][:3].upper()}-{100 + 7 * i}") for i, n in enumerate(names)
    }
    rows: list[dict[str, Any]] = []
    sale_id = 18400
    for day_i in range(365):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=day_i)
        season = 1.5 if day.month in (4, 5, 6, 7, 8) else (0.6 if day.month in (1, 2, 12) else 1.0)
        for _ in range(int(rng.poisson(4.2 * season * (1.3 if day.day_of_week >= 5 else 1.0)))):
            sale_id += 1
            when = day + pd.Timedelta(minutes=int(rng.integers(10 * 60, 18 * 60 + 30)))
            employee = _draw(rng, "Jake Morales:40;Emma Chen:25;Luis Ortega:20;Hannah Brooks:15")
            customer = None if rng.random() < 0.55 else _draw(rng, "Dana Reyes:1;Sam Patel:1;Chris Wong:1;Mia Ford:1")
            member = customer is not None and rng.random() < 0.3
            for _line in range(1 + int(rng.poisson(0.6))):
                item = names[int(rng.choice(len(names), p=weights / weights.sum()))]
                cat, brand, retail, cost, _w, usual = _LS_ITEMS[item]
                qty = usual if rng.random() < 0.8 else 1 + int(rng.integers(0, 3))
                if rng.random() < 0.025:
                    qty = -1
                sub = round(qty * retail, 2)
                disc = round(sub * 0.1, 2) if member or rng.random() < 0.05 else 0.0
                tax = round((sub - disc) * 0.0825, 2)
                profit = round(sub - disc - qty * cost, 2)
                rows.append(
                    {
                        "Date": f"{when.month}/{when.day}/{when.year} {when:%I:%M %p}".replace(" 0", " "),
                        "Sale ID": sale_id,
                        "Register": _draw(rng, "Register 1:3;Register 2:1"),
                        "Employee": employee,
                        "Customer": customer,
                        "Description": item,
                        "System ID": skus[item][0],
                        "Custom SKU": skus[item][1],
                        "Category": cat,
                        "Brand": brand or None,
                        "Qty": qty,
                        "Retail": _money(retail),
                        "Subtotal": _money(sub),
                        "Discount": _money(disc),
                        "Tax": _money(tax),
                        "Total": _money(sub - disc + tax),
                        "Cost": _money(qty * cost),
                        "Profit": _money(profit),
                        "Margin": f"{100 * profit / (sub - disc):.2f}%",
                    }
                )
    return pd.DataFrame(rows)


def _ls(d: pd.DataFrame, col: str) -> pd.Series:
    return _number(d[col]).fillna(0.0)


def _ls_sales(col: str) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        return float((_ls(d, "Subtotal") - _ls(d, "Discount")).sum() if col == "net" else _ls(d, col).sum())

    return total


def _ls_by(by: str, col: str) -> Callable[[pd.DataFrame], pd.Series]:
    def scores(d: pd.DataFrame) -> pd.Series:
        values = pd.to_numeric(d["Qty"]) if col == "Qty" else _ls(d, col)
        return _ranked(values.groupby(_text(d[by])).sum())

    return scores


def _ls_apparel(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def margin(d: pd.DataFrame) -> float:
        a = _text(d["Category"]) == "Apparel"
        if pooled:
            return float(100 * _ls(d, "Profit")[a].sum() / (_ls(d, "Subtotal") - _ls(d, "Discount"))[a].sum())
        return float(_number(d["Margin"])[a].mean())

    return margin


_LS_WHO = ("Sale ID", "Date", "Description")
_LS_MONEY = ("Total", "Subtotal", "Discount", "Tax", "Qty", "Retail")

_LIGHTSPEED_QS = [
    Q(
        "what were total sales for the year",
        either(*(_scaled(_ls_sales(c), (1e3, 1e6)) for c in ("Total", "Subtotal", "net"))),
        (*_LS_MONEY, *_LS_WHO),
    ),
    Q(
        "which category brings in the most money",
        either(
            _lead(_named(lambda d: _top(_ls_by("Category", "Total")(d)))),
            _lead(_named(lambda d: _top(_ls_by("Category", "Profit")(d)))),
        ),
        ("Category", "Profit", *_LS_MONEY, *_LS_WHO),
    ),
    Q(
        "top 3 best sellers",
        either(_top_named(_ls_by("Description", "Qty"), 3), _top_named(_ls_by("Description", "Total"), 3)),
        ("System ID", "Custom SKU", *_LS_MONEY, *_LS_WHO),
    ),
    Q(
        "how much is the average sale",
        either(
            _about(lambda d: float(_ls(d, "Total").groupby(d["Sale ID"]).sum().mean())),
            _about(lambda d: float(_ls(d, "Subtotal").groupby(d["Sale ID"]).sum().mean())),
            _about(lambda d: float(_ls(d, "Total").mean())),
        ),
        (*_LS_MONEY, *_LS_WHO),
    ),
    Q(
        "who on staff sold the most",
        _lead(_named(lambda d: _top(_ls_by("Employee", "Total")(d)))),
        ("Employee", *_LS_MONEY, *_LS_WHO),
    ),
    Q(
        "what kind of margin do we make on apparel",
        either(_about(_ls_apparel(False)), _about(_ls_apparel(True))),
        ("Margin", "Profit", "Cost", "Category", *_LS_MONEY, *_LS_WHO),
    ),
]


# --- 5. openFDA drug enforcement reports ---------------------------------------------------------------------------

# firm: (weight, city, state or "", country, products per event)
_FDA_FIRMS: dict[str, tuple[float, str, str, str, float]] = {
    "Leiters Health": (7, "Englewood", "CO", "United States", 5.0),
    "Aurobindo Pharma Limited": (9, "Hyderabad", "", "India", 1.8),
    "Teva Pharmaceuticals USA, Inc.": (7, "Parsippany", "NJ", "United States", 1.6),
    "Sun Pharmaceutical Industries, Inc.": (6, "Cranbury", "NJ", "United States", 1.5),
    "Fresenius Kabi USA, LLC": (6, "Lake Zurich", "IL", "United States", 1.4),
    "Hikma Pharmaceuticals USA Inc.": (5, "Berkeley Heights", "NJ", "United States", 1.4),
    "QuVa Pharma, Inc.": (4, "Sugar Land", "TX", "United States", 3.0),
    "Baxter Healthcare Corporation": (4, "Deerfield", "IL", "United States", 1.3),
    "Lupin Pharmaceuticals, Inc.": (4, "Baltimore", "MD", "United States", 1.3),
    "Zydus Pharmaceuticals (USA) Inc.": (4, "Pennington", "NJ", "United States", 1.5),
    "Glenmark Pharmaceuticals Inc., USA": (3, "Mahwah", "NJ", "United States", 1.3),
    "Amneal Pharmaceuticals of New York LLC": (3, "Brookhaven", "NY", "United States", 1.4),
    "Akorn, Inc.": (3, "Lake Forest", "IL", "United States", 2.0),
    "Nephron Sterile Compounding Center": (3, "West Columbia", "SC", "United States", 3.5),
    "Cardinal Health 107, LLC": (3, "Dublin", "OH", "United States", 1.2),
    "Guardian Drug Company": (2, "Dayton", "NJ", "United States", 1.5),
    "Rugby Laboratories": (2, "Livonia", "MI", "United States", 1.2),
    "Apotex Corp.": (3, "Weston", "FL", "United States", 1.3),
    "Pharmedica USA LLC": (2, "Phoenix", "AZ", "United States", 1.5),
    "Medline Industries, LP": (3, "Northfield", "IL", "United States", 1.3),
    "Wells Pharmacy Network, LLC": (2, "Ocala", "FL", "United States", 4.0),
    "Central Admixture Pharmacy Services, Inc.": (3, "Irvine", "CA", "United States", 2.0),
    "Pfizer Inc.": (3, "New York", "NY", "United States", 1.4),
    "Mylan Pharmaceuticals Inc.": (4, "Morgantown", "WV", "United States", 1.6),
}
_FDA_REASONS = (
    "Lack of Assurance of Sterility:22;CGMP Deviations:20;Failed Dissolution Specifications:9;"
    "Presence of Foreign Substance:7;Subpotent Drug:6;Superpotent Drug:3;"
    "Failed Impurities/Degradation Specifications:8;"
    "Labeling: Incorrect or Missing Lot and/or Exp Date:5;Presence of Particulate Matter:7;Defective Container:4;"
    "Microbial Contamination of Non-Sterile Products:5;Marketed Without An Approved NDA/ANDA:4"
)
_FDA_DRUGS = (
    "Valsartan Tablets, USP, 160 mg;Metformin Hydrochloride Extended-Release Tablets, USP, 500 mg;"
    "Ranitidine Tablets, USP, 150 mg;Fentanyl Citrate 50 mcg/mL in 0.9% Sodium Chloride, 2 mL syringe;"
    "Oxytocin 30 units in 500 mL Lactated Ringer's;Atorvastatin Calcium Tablets, 40 mg;"
    "Heparin Sodium Injection, USP, 5,000 USP units/mL;Hand Sanitizer Gel 70% Alcohol, 8 fl oz;"
    "Lidocaine HCl 1% Injection, 5 mL vial;Phenylephrine 100 mcg/mL in 10 mL syringe;"
    "Losartan Potassium Tablets, USP, 50 mg;Cefazolin 2 g in 20 mL syringe"
)


def _fda_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10505)
    firms = list(_FDA_FIRMS)
    fw = np.array([_FDA_FIRMS[f][0] for f in firms])
    drugs = _FDA_DRUGS.split(";")
    units = "units:2;vials:1;bottles:2"
    rows: list[dict[str, Any]] = []
    event = 80120
    seq: dict[int, int] = {}
    for year, n_events in ((2018, 150), (2019, 210), (2020, 175), (2021, 140), (2022, 150), (2023, 135)):
        for _ in range(n_events):
            event += int(rng.integers(1, 40))
            firm = firms[int(rng.choice(len(firms), p=fw / fw.sum()))]
            _w, city, state, country, per_event = _FDA_FIRMS[firm]
            init = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            report = init + pd.Timedelta(days=int(rng.integers(20, 100)))
            classified = report - pd.Timedelta(days=int(rng.integers(1, 10)))
            cls = _draw(rng, "Class I:10;Class II:75;Class III:15")
            reason = _draw(rng, _FDA_REASONS)
            if year == 2019 and rng.random() < 0.3:
                reason = "CGMP Deviations: presence of N-nitrosodimethylamine (NDMA)"
                cls = "Class II"
            age = (pd.Timestamp("2024-03-01") - init).days
            term_days = int(rng.integers(150, 1100))
            if term_days < age and rng.random() < 0.85:
                status, term = "Terminated", init + pd.Timedelta(days=term_days)
            else:
                status, term = ("Completed" if rng.random() < 0.25 else "Ongoing"), None
            mandated = "FDA Mandated" if rng.random() < 0.02 else "Voluntary: Firm initiated"
            notify = _draw(
                rng, "Letter:5;Two or more of the following: Email, Fax, Letter, Press Release, Telephone:3;E-Mail:2"
            )
            spread = _draw(rng, "Nationwide:5;Nationwide in the USA:3;CA, TX, FL, NY:1;Worldwide distribution:1")
            for _p in range(1 + int(rng.poisson(per_event - 1))):
                seq[report.year] = seq.get(report.year, 0) + 1
                rows.append(
                    {
                        "recall_number": f"D-{seq[report.year]:04d}-{report.year}",
                        "event_id": event,
                        "status": status,
                        "classification": cls,
                        "recalling_firm": firm,
                        "city": city,
                        "state": state or None,
                        "country": country,
                        "voluntary_mandated": mandated,
                        "initial_firm_notification": notify,
                        "product_type": "Drugs",
                        "product_description": _draw(rng, ";".join(f"{x}:1" for x in drugs)) + ", Rx only",
                        "product_quantity": f"{int(rng.integers(50, 90000)):,} {_draw(rng, units)}",
                        "reason_for_recall": reason,
                        "distribution_pattern": spread,
                        "code_info": f"Lot #: {rng.integers(10, 99)}{chr(65 + int(rng.integers(0, 26)))}"
                        f"{rng.integers(1000, 9999)}",
                        "recall_initiation_date": int(init.strftime("%Y%m%d")),
                        "report_date": int(report.strftime("%Y%m%d")),
                        "center_classification_date": int(classified.strftime("%Y%m%d")),
                        "termination_date": int(term.strftime("%Y%m%d")) if term is not None else None,
                    }
                )
    frame = pd.DataFrame(rows)
    frame["termination_date"] = frame["termination_date"].astype("Int64")
    return frame


def _fda_date(d: pd.DataFrame, col: str) -> pd.Series:
    text = _text(d[col].astype("string")).str.replace(r"\.0$", "", regex=True)
    return pd.to_datetime(text, format="%Y%m%d", errors="coerce")


def _fda_class1(d: pd.DataFrame) -> pd.Series:
    return _text(d["classification"]) == "Class I"


def _fda_count_by(by: str, distinct: bool, class1: bool = False) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        keep = _fda_class1(d) if class1 else pd.Series(True, index=d.index)
        part = d[keep]
        labels = _text(part[by])
        counts = part.groupby(labels)["event_id"].nunique() if distinct else labels.value_counts()
        return _top(counts[counts.index != ""])

    return top


def _fda_year(col: str, distinct: bool) -> Callable[[pd.DataFrame], int]:
    def top(d: pd.DataFrame) -> int:
        year = _fda_date(d, col).dt.year
        counts = d.groupby(year)["event_id"].nunique() if distinct else year.value_counts()
        return int(_top(counts))

    return top


def _fda_ongoing(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        if distinct:
            ev = d.drop_duplicates("event_id")
            return float((_text(ev["status"]) == "Ongoing").mean())
        return float((_text(d["status"]) == "Ongoing").mean())

    return share


def _fda_days(distinct: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def days(d: pd.DataFrame) -> pd.Series:
        part = d.drop_duplicates("event_id") if distinct else d
        gap = (_fda_date(part, "termination_date") - _fda_date(part, "recall_initiation_date")).dt.days
        return gap.dropna()

    return days


_FDA_STATES = {
    "CO": ("Colorado",),
    "NJ": ("New Jersey",),
    "TX": ("Texas",),
    "IL": ("Illinois",),
    "MD": ("Maryland",),
    "NY": ("New York",),
    "SC": ("South Carolina",),
    "OH": ("Ohio",),
    "MI": ("Michigan",),
    "FL": ("Florida",),
    "AZ": ("Arizona",),
    "CA": ("California",),
    "WV": ("West Virginia",),
}
_FDA_WHO = ("recall_number", "event_id", "recall_initiation_date", "report_date")

_FDA_QS = [
    Q(
        "how many class 1 recalls are there",
        either(
            _count(lambda d: float(_fda_class1(d).sum())),
            _count(lambda d: float(d.loc[_fda_class1(d), "event_id"].nunique())),
        ),
        ("classification", *_FDA_WHO),
    ),
    Q(
        "which company has had the most recalls",
        either(*(_lead(_named(_fda_count_by("recalling_firm", x))) for x in (False, True))),
        ("recalling_firm", *_FDA_WHO),
    ),
    Q(
        "what year had the most recalls",
        either(*(_year(_fda_year(c, x)) for c in ("recall_initiation_date", "report_date") for x in (False, True))),
        ("center_classification_date", *_FDA_WHO),
    ),
    Q(
        "what share are still ongoing",
        either(_share(_fda_ongoing(False)), _share(_fda_ongoing(True))),
        ("status", *_FDA_WHO),
    ),
    Q(
        "which state had the most of the class i ones",
        either(*(_lead(_named(_fda_count_by("state", x, True), _FDA_STATES)) for x in (False, True))),
        ("state", "classification", "recalling_firm", *_FDA_WHO),
    ),
    Q(
        "on average how many days does it take from starting a recall to it being terminated",
        either(_mean_or_median(_fda_days(False)), _mean_or_median(_fda_days(True))),
        ("termination_date", "status", *_FDA_WHO),
    ),
]


# --- 6. Chicago red light camera violations ------------------------------------------------------------------------

# intersection: (address, latitude, longitude, cameras as "id:daily rate")
_RL_CAMERAS: dict[str, tuple[str, float, float, str]] = {
    "HALSTED AND 79TH": ("7900 S HALSTED ST", 41.7506, -87.6441, "1012:24;1013:19"),
    "CICERO AND I55": ("4700 S CICERO AVE", 41.8066, -87.7436, "2541:38"),
    "WESTERN AND 55TH": ("5500 S WESTERN AVE", 41.7937, -87.6837, "1421:16;1422:12"),
    "ASHLAND AND 63RD": ("6300 S ASHLAND AVE", 41.7794, -87.6636, "1731:14"),
    "LAKE SHORE DR AND BELMONT": ("3200 N LAKE SHORE DR", 41.9400, -87.6392, "2402:29"),
    "PULASKI AND IRVING PARK": ("4000 N PULASKI RD", 41.9537, -87.7274, "2081:11"),
    "STONY ISLAND AND 76TH": ("7600 S STONY ISLAND AVE", 41.7568, -87.5860, "1841:21"),
    "KOSTNER AND GRAND": ("5200 W GRAND AVE", 41.9083, -87.7354, "2223:9"),
    "JEFFERY AND 95TH": ("9500 S JEFFERY AVE", 41.7221, -87.5758, "1903:13"),
    "CALIFORNIA AND DIVERSEY": ("2800 N CALIFORNIA AVE", 41.9321, -87.6977, "2121:17"),
}
_RL_NO_PLACE = (1422, 2223, 1903)


def _red_light_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10506)
    season = {1: 0.8, 2: 0.8, 3: 0.9, 4: 1.0, 5: 1.1, 6: 1.2, 7: 1.25, 8: 1.2, 9: 1.1, 10: 1.0, 11: 0.9, 12: 0.85}
    rows: list[dict[str, Any]] = []
    for day_i in range(365):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=day_i)
        factor = season[day.month] * (1.2 if day.day_of_week >= 5 else 1.0)
        for inter, (address, lat, lon, cams) in _RL_CAMERAS.items():
            for cam in cams.split(";"):
                cid, rate = int(cam.split(":")[0]), float(cam.split(":")[1])
                if rng.random() < 0.04:
                    continue
                blank = cid in _RL_NO_PLACE
                x = round(1_176_000 + (lon + 87.65) * 276_000)
                y = round(1_900_000 + (lat - 41.88) * 364_000)
                rows.append(
                    {
                        "INTERSECTION": inter,
                        "CAMERA ID": cid,
                        "ADDRESS": address,
                        "VIOLATION DATE": day.strftime("%m/%d/%Y"),
                        "VIOLATIONS": int(rng.poisson(rate * factor)),
                        "X COORDINATE": None if blank else x,
                        "Y COORDINATE": None if blank else y,
                        "LATITUDE": None if blank else lat,
                        "LONGITUDE": None if blank else lon,
                        "LOCATION": None if blank else f"({lat}, {lon})",
                    }
                )
    frame = pd.DataFrame(rows)
    for col in ("X COORDINATE", "Y COORDINATE"):
        frame[col] = frame[col].astype("Int64")
    return frame


def _rl_v(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["VIOLATIONS"], errors="coerce")


def _rl_date(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["VIOLATION DATE"], format="%m/%d/%Y")


def _rl_top(d: pd.DataFrame) -> str:
    """The intersection with the most violations, its cameras added up."""
    return _top(_rl_v(d).groupby(_text(d["INTERSECTION"])).sum())


def _rl_halsted(per_day: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        h = _text(d["INTERSECTION"]) == "HALSTED AND 79TH"
        v = _rl_v(d)[h]
        return float(v.groupby(_rl_date(d)[h]).sum().mean() if per_day else v.mean())

    return mean


def _rl_month(d: pd.DataFrame) -> pd.Timestamp:
    return _rl_v(d).groupby(_rl_date(d).dt.to_period("M")).sum().idxmax().to_timestamp()


def _rl_weekend(per_day: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        date = _rl_date(d)
        v = _rl_v(d)
        if per_day:
            daily = v.groupby(date).sum()
            end = daily.index.day_of_week >= 5
            return [float(daily[end].mean()), float(daily[~end].mean())]
        end = date.dt.day_of_week >= 5
        return [float(v[end].mean()), float(v[~end].mean())]

    return means


def _rl_no_place(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        blank = pd.to_numeric(d["LATITUDE"], errors="coerce").isna()
        return float(d.loc[blank, "CAMERA ID"].nunique() if distinct else blank.sum())

    return count


_RL_WHO = ("VIOLATIONS", "VIOLATION DATE", "CAMERA ID", "INTERSECTION", "ADDRESS")

_RED_LIGHT_QS = [
    Q("how many red light tickets in total", _count(lambda d: float(_rl_v(d).sum())), _RL_WHO),
    Q("which intersection gets the most", _lead(_named(_rl_top)), _RL_WHO),
    Q(
        "avg per day at halsted and 79th?",
        either(_about(_rl_halsted(False)), _about(_rl_halsted(True))),
        _RL_WHO,
    ),
    Q("what month had the most violations", _month(_rl_month), _RL_WHO),
    Q(
        "are weekends worse than weekdays",
        either(_about(_rl_weekend(False)), _about(_rl_weekend(True))),
        _RL_WHO,
    ),
    Q(
        "how many cameras have no location",
        either(_count(_rl_no_place(True)), _count(_rl_no_place(False))),
        ("LATITUDE", "LONGITUDE", "LOCATION", "X COORDINATE", "Y COORDINATE", *_RL_WHO),
    ),
]


# --- 7. ONS weekly deaths by region, wide --------------------------------------------------------------------------

_ONS_TOTAL = "Total deaths, all ages (England and Wales)"
# region: (usual weekly deaths, extra weight of the spring 2020 wave)
_ONS_REGIONS: dict[str, tuple[float, float]] = {
    "North East": (540, 1.6),
    "North West": (1440, 2.0),
    "Yorkshire and The Humber": (1040, 1.7),
    "East Midlands": (910, 1.7),
    "West Midlands": (1090, 2.1),
    "East": (1140, 1.9),
    "London": (940, 3.0),
    "South East": (1640, 1.8),
    "South West": (1120, 1.3),
    "Wales": (650, 1.6),
}


def _ons_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10507)
    weeks = pd.date_range("2015-01-02", "2023-12-29", freq="7D")
    rows: list[dict[str, Any]] = []
    number = 0
    for i, week in enumerate(weeks):
        number = 1 if i == 0 or week.year != weeks[i - 1].year else number + 1
        winter = 1 + 0.14 * np.cos(2 * np.pi * (week.dayofyear - 15) / 365.25)
        wave1 = np.exp(-(((week - pd.Timestamp("2020-04-17")).days / 16) ** 2))
        wave2 = np.exp(-(((week - pd.Timestamp("2021-01-22")).days / 20) ** 2))
        trend = 1 + 0.012 * (week.year - 2015)
        row: dict[str, Any] = {"Week number": number, "Week ended": week.strftime("%d-%b-%y")}
        total = 0
        values: dict[str, Any] = {}
        for region, (base, w1) in _ONS_REGIONS.items():
            mean = base * trend * winter * (1 + 0.9 * w1 * wave1 + 0.55 * wave2)
            if number == 1 or (week.month == 12 and week.day > 24):
                mean *= 0.8
            v = int(rng.poisson(mean))
            total += v
            values[region] = v
        if week.year == 2015 and number in (33, 34, 35):
            values["Wales"] = ":"
        row[_ONS_TOTAL] = f"{total:,}"
        rows.append(row | values)
    return pd.DataFrame(rows)


def _ons_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Week ended"], format="%d-%b-%y").dt.year


def _ons_region_sums(d: pd.DataFrame) -> pd.Series:
    return pd.Series({r: float(_number(d[r]).sum()) for r in _ONS_REGIONS})


_ONS_WHO = ("Week number", "Week ended")

_ONS_QS = [
    Q(
        "which week had the most deaths",
        _day(lambda d: pd.to_datetime(d["Week ended"], format="%d-%b-%y")[_number(d[_ONS_TOTAL]).idxmax()]),
        (_ONS_TOTAL, *_ONS_WHO),
    ),
    Q(
        "how many people died in london in 2020",
        _count(lambda d: float(_number(d["London"])[_ons_year(d) == 2020].sum())),
        ("London", *_ONS_WHO),
    ),
    Q(
        "which region has had the most deaths overall",
        _lead(_named(lambda d: _top(_ons_region_sums(d)))),
        (*_ONS_REGIONS, *_ONS_WHO),
    ),
    Q(
        "and the fewest?",
        _lead(_named(lambda d: str(_ranked(_ons_region_sums(d), ascending=True).index[0]))),
        (*_ONS_REGIONS, *_ONS_WHO),
    ),
    Q("average weekly deaths in wales", _mean_or_median(lambda d: _number(d["Wales"]).dropna()), ("Wales", *_ONS_WHO)),
    Q(
        "which year had the fewest deaths",
        _year(lambda d: int(_ranked(_number(d[_ONS_TOTAL]).groupby(_ons_year(d)).sum(), ascending=True).index[0])),
        (_ONS_TOTAL, *_ONS_WHO),
    ),
]


HELDOUT105: list[Dataset] = [
    Dataset("discover_card_statement", _discover_frame, _DISCOVER_QS),
    Dataset("strava_segment_efforts", _strava_frame, _STRAVA_QS),
    Dataset("freshdesk_tickets_export", _freshdesk_frame, _FRESHDESK_QS),
    Dataset("lightspeed_sales_report", _lightspeed_frame, _LIGHTSPEED_QS),
    Dataset("openfda_drug_recalls", _fda_frame, _FDA_QS),
    Dataset("chicago_red_light_violations", _red_light_frame, _RED_LIGHT_QS),
    Dataset("ons_weekly_deaths_wide", _ons_frame, _ONS_QS),
]
