"""HELDOUT107: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public downloads: a Wells Fargo checking account CSV download
(Checking1.csv) with no header row, newest first, five columns: "12/31/2024" dates, signed amounts with two
decimals, a "*" column, a check-number column that is blank except for cheques, and upper-case descriptions such as
"PURCHASE AUTHORIZED ON 12/30 STARBUCKS STORE 05712 SEATTLE WA S464365728473912 CARD 4417", "ACME LOGISTICS
PAYROLL 241115", "ONLINE TRANSFER TO SAVINGS XXXXXX1234 REF #IB0...", "CHECK # 1043", "ATM WITHDRAWAL AUTHORIZED
ON ..." and "MONTHLY SERVICE FEE" (read with a header, the first transaction becomes the column names); a daily
screen time export per app category as third-party exporters write it, with Date "2024-03-01", Device ("Sam's
iPhone" / "Sam's iPad"), Apple's categories (Social, Entertainment, Games, Productivity & Finance, Information &
Reading, Creativity, Education, Health & Fitness, Utilities, Other), Screen Time as text ("1h 23m", "45m", "2h",
a few blank) and Pickups / Notifications per device-day repeated on each category row; an Intercom conversations
export with Conversation ID, "2024-02-05 09:14:33 UTC" created / first response / last closed stamps (blank when not
reached), lower-case State (open / closed / snoozed), Channel, Teammate assigned (blank when unassigned), Team
assigned, comma-separated lower-case Tags (often blank), Conversation rating 1-5 (mostly blank) and remark, Time to
first response (seconds) and Time to close (seconds) (blank when not reached), Number of teammate replies, Customer
email and Company name; a Square "transactions" export (payments, with some refunds) with Date "2024-05-03", Time
"08:14:55", Time Zone "Eastern Time (US & Canada)", money as "$12.50" / "-$0.66" in Gross Sales, Discounts, Service
Charges, Net Sales, Gift Card Sales, Tax, Tip, Partial Refunds, Total Collected, Card, Cash, Square Gift Card, Other
Tender, Fees and Net Total, Source, Card Entry Methods, Transaction ID, Payment ID, Card Brand, PAN Suffix (blank for
cash), Device Name, Staff Name, Description, Event Type (Payment / Refund), Location, Dining Option and Customer
Name (mostly blank); NHS England's monthly A&E Attendances and Emergency Admissions by provider for April 2023 to
March 2024, one row per provider and month with Period "MSitAE-APRIL-2023", Org Code "RJ1", upper-case Parent Org
("NHS ENGLAND LONDON") and Org name, attendances, over-4-hour counts (all split Type 1 / Type 2 / Other plus booked
appointments), 4-12 and 12+ hour waits from decision to admit and emergency admissions, many providers with zeros in
Type 1 (community and urgent treatment centres), plus a "Total" row per month (Org Code and Parent Org "-") that
equals the sum of that month's providers; London Fire Brigade incident records for 2023 with IncidentNumber
"000123-01012023", DateOfCall "01 Jan 2023", CalYear, TimeOfCall "14:05:33", HourOfCall, IncidentGroup (Fire / Special
Service / False Alarm), StopCodeDescription, SpecialServiceType (blank unless a special service), PropertyCategory,
PropertyType, Postcode_district, upper-case IncGeo_BoroughName beside ProperCase, IncidentStationGround,
FirstPumpArriving_AttendanceTime and SecondPumpArriving_AttendanceTime in seconds (blank when none came), pumps,
PumpMinutesRounded, Notional Cost (£) and NumCalls; and Retrosheet game logs of the 2023 MLB season (2,430 games)
with a header: Date as 20230330, DoubleHeader, DayOfWeek "Thu", three-letter team codes (SFN, NYA), leagues,
game numbers, VisitorRunsScored / HomeRunsScore, LengthInOuts, DayNight D / N, ParkID, Attendance (a few blank),
Duration in minutes, line scores ("010000200", "00000010x"), per-team batting counts (AB, H, D, T, HR, RBI, BB, K)
and pitcher and manager names. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(s: pd.Series) -> pd.Series:
    """ "$1,234.50" / "-$0.66" / "($0.66)" as floats."""
    t = s.astype("string").fillna("").str.strip()
    neg = t.str.startswith("-") | t.str.startswith("(")
    v = pd.to_numeric(t.str.replace(r"[^0-9.]", "", regex=True), errors="coerce")
    return v.where(~neg, -v)


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount of money, in full or as "$12.3k" / "1.2 million"."""
    return _scaled(value, (1e3, 1e6))


def _hours_or_minutes(minutes: Callable[[pd.DataFrame], float]) -> Check:
    """A duration given in minutes, or in hours."""
    return either(has(minutes, rel=0.01), has(lambda d: minutes(d) / 60, rel=0.01))


def _secs_or_minutes(seconds: Callable[[pd.DataFrame], float]) -> Check:
    """A duration given in seconds, or in minutes."""
    return either(has(seconds, rel=0.01), has(lambda d: seconds(d) / 60, rel=0.01))


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "17:00", "5 pm", "5pm", "hour 17", "17h"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "am" if h < 12 else "pm"
        patterns = [
            rf"(?<![\d:]){h}:00",
            rf"(?<![\d:])0{h}:00" if h < 10 else r"$^",
            rf"(?<![\d:.]){h12}(?::00)?\s*{half}\b",
            rf"(?<![\d:.]){h12}(?::00)?\s*{half[0]}\.m\.",
            rf"\bhour\s+(?:of\s+)?{h}\b",
            rf"(?<![\d:.]){h}\s*h\b",
            rf"(?<![\d:.]){h}(?::00)?\s*(?:-|–|to)\s*{h + 1}(?::00)?\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Wells Fargo checking account download (no header row) --------------------------------------------------------

_WF_HEAD = (
    "12/31/2024",
    "-6.45",
    "*",
    "",
    "PURCHASE AUTHORIZED ON 12/30 STARBUCKS STORE 05712 SEATTLE WA S464365728473912 CARD 4417",
)
_WF_SHOPS: list[tuple[str, str, float, float, float]] = [
    # merchant, place, weight, typical amount, spread
    ("STARBUCKS STORE 05712", "SEATTLE WA", 14, 6.5, 2.0),
    ("SAFEWAY #1441", "SEATTLE WA", 9, 68.0, 30.0),
    ("TRADER JOE S #132", "SEATTLE WA", 6, 54.0, 20.0),
    ("AMAZON MKTPL*2K4LQ0", "AMZN.COM/BILL WA", 10, 34.0, 25.0),
    ("SHELL OIL 57444213", "SEATTLE WA", 5, 48.0, 12.0),
    ("CHIPOTLE 1198", "SEATTLE WA", 6, 14.5, 3.0),
    ("UBER *TRIP", "HELP.UBER.COM CA", 5, 21.0, 9.0),
    ("TARGET T-2781", "SEATTLE WA", 4, 61.0, 35.0),
    ("WALGREENS #4517", "SEATTLE WA", 3, 19.0, 10.0),
    ("REI #11", "SEATTLE WA", 1, 95.0, 50.0),
]


def _wells_fargo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10701)
    rows: list[tuple[pd.Timestamp, float, str, str]] = []
    days = pd.date_range("2024-01-01", "2024-12-30")
    weights = [s[2] for s in _WF_SHOPS]
    check_no = 1040
    for day in days:
        for _ in range(int(rng.poisson(1.3))):
            name, place, _w, mu, sd = _one(rng, _WF_SHOPS, weights)
            amt = round(max(2.0, float(rng.normal(mu, sd))), 2)
            card_day = day - pd.Timedelta(days=int(rng.integers(0, 3)))
            ref = "".join(str(x) for x in rng.integers(0, 10, 15))
            rows.append((day, -amt, "", f"PURCHASE AUTHORIZED ON {card_day:%m/%d} {name} {place} S{ref} CARD 4417"))
        if day.day in (15,) or day == day + pd.offsets.MonthEnd(0):
            pay = round(float(rng.normal(2840, 35)), 2)
            rows.append((day, pay, "", f"ACME LOGISTICS PAYROLL {day:%y%m%d} 000{int(rng.integers(10**6, 10**7))}"))
        if day.day == 1:
            rows.append((day, -1850.00, "", "ZELLE TO PARKVIEW APARTMENTS ON 01/01 REF # WFCT0" + f"{day:%m%d}RENT"))
            rows.append((day, -10.00, "", "MONTHLY SERVICE FEE"))
        if day.day == 3:
            ref = int(rng.integers(10**9, 10**10))
            rows.append((day, -300.00, "", f"ONLINE TRANSFER TO SAVINGS XXXXXX1234 REF #IB0{ref}"))
        if day.day == 12:
            amt = round(float(rng.uniform(70, 140)), 2)
            rows.append((day, -amt, "", f"PUGET SOUND ENER BILLPAY {day:%y%m%d} 8812944 SAM RIVERA"))
            rows.append(
                (day, -15.49, "", f"RECURRING PAYMENT AUTHORIZED ON {day:%m/%d} NETFLIX.COM CA S4{day:%j}77 CARD 4417")
            )
        if day.day == 20 and rng.random() < 0.5:
            check_no += 1
            rows.append((day, -round(float(rng.uniform(40, 400)), 2), str(check_no), f"CHECK # {check_no}"))
        if rng.random() < 0.04:
            amt = float(_one(rng, [40.0, 60.0, 100.0, 200.0]))
            rows.append(
                (
                    day,
                    -amt,
                    "",
                    f"ATM WITHDRAWAL AUTHORIZED ON {day:%m/%d} 1500 4TH AVE SEATTLE WA 0004918 ATM ID 0112K CARD 4417",
                )
            )
    # one-offs: a tax refund, a laptop, a deposit from mobile banking
    rows.append((pd.Timestamp("2024-04-09"), 1642.00, "", "IRS TREAS 310 TAX REF 040924 XXXXX4417 SAM RIVERA"))
    rows.append(
        (
            pd.Timestamp("2024-08-17"),
            -2499.00,
            "",
            "PURCHASE AUTHORIZED ON 08/16 APPLE.COM/US 800-676-2775 CA S584230011298833 CARD 4417",
        )
    )
    rows.append((pd.Timestamp("2024-06-21"), 425.00, "", "MOBILE DEPOSIT : REF NUMBER :610210784331"))
    frame = pd.DataFrame(rows, columns=["d", "a", "c", "t"])
    frame = frame.sort_values("d", ascending=False, kind="stable").reset_index(drop=True)
    out = pd.DataFrame(
        {
            _WF_HEAD[0]: frame["d"].dt.strftime("%m/%d/%Y"),
            _WF_HEAD[1]: [f"{x:.2f}" for x in frame["a"]],
            _WF_HEAD[2]: "*",
            _WF_HEAD[3]: frame["c"],
            _WF_HEAD[4]: frame["t"],
        }
    )
    return out


def _wf(d: pd.DataFrame, head: bool) -> pd.DataFrame:
    """The transactions, by position; with `head`, the first one too (read back as the column names)."""
    body = pd.DataFrame(
        {
            "date": pd.to_datetime(d.iloc[:, 0].astype(str), format="%m/%d/%Y"),
            "amount": pd.to_numeric(d.iloc[:, 1], errors="coerce"),
            "text": d.iloc[:, 4].astype(str),
        }
    )
    if head:
        first = pd.DataFrame(
            {
                "date": [pd.to_datetime(str(d.columns[0]), format="%m/%d/%Y")],
                "amount": [float(d.columns[1])],
                "text": [str(d.columns[4])],
            }
        )
        body = pd.concat([first, body], ignore_index=True)
    return body


def _wf_both(value: Callable[[pd.DataFrame], Any], make: Callable[[Callable[[pd.DataFrame], Any]], Check]) -> Check:
    return either(make(lambda d: value(_wf(d, True))), make(lambda d: value(_wf(d, False))))


def _wf_out(t: pd.DataFrame) -> float:
    return float(-t.loc[t["amount"] < 0, "amount"].sum())


def _wf_month_out(t: pd.DataFrame) -> pd.Series:
    out = t[t["amount"] < 0]
    return -out.groupby(out["date"].dt.to_period("M"))["amount"].sum()


def _wf_top_month(d: pd.DataFrame) -> pd.Timestamp:
    return _wf_month_out(_wf(d, False)).idxmax().to_timestamp()


def _wf_starbucks(t: pd.DataFrame) -> float:
    return float(-t.loc[t["text"].str.contains("STARBUCKS") & (t["amount"] < 0), "amount"].sum())


_WF_ALL = (*_WF_HEAD[:3], "Unnamed: 3", _WF_HEAD[4])
_WF_OUT = (*_WF_HEAD[:2], _WF_HEAD[4])
_WF_QS = [
    Q("how many transactions are in this", _wf_both(len, _count), _WF_ALL),
    Q("how much money went out in total", _wf_both(_wf_out, _amount), _WF_OUT),
    Q(
        "what was the biggest deposit",
        _amount(lambda d: float(_wf(d, False)["amount"].max())),
        _WF_OUT,
    ),
    Q("how much have i spent at starbucks", _wf_both(_wf_starbucks, _amount), _WF_OUT),
    Q("which month did i spend the most", _month_year(_wf_top_month), _WF_OUT),
    Q(
        "how much went out that month",
        _wf_both(lambda t: float(_wf_month_out(t).max()), _amount),
        _WF_OUT,
    ),
]


# --- 2. Screen time export (daily, per app category) ----------------------------------------------------------------

_ST_CATS: dict[str, tuple[float, float]] = {
    # category: typical minutes a day on the iPhone, on the iPad
    "Social": (95, 12),
    "Entertainment": (48, 70),
    "Games": (22, 41),
    "Productivity & Finance": (31, 9),
    "Information & Reading": (27, 25),
    "Creativity": (6, 14),
    "Education": (9, 6),
    "Health & Fitness": (7, 1),
    "Utilities": (14, 4),
    "Other": (11, 6),
}
_ST_DEVICES = ("Sam's iPhone", "Sam's iPad")


def _st_text(m: int) -> str:
    h, mm = divmod(int(m), 60)
    if h and mm:
        return f"{h}h {mm}m"
    return f"{h}h" if h else f"{mm}m"


def _screen_time_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10702)
    rows = []
    for i, day in enumerate(pd.date_range("2024-01-01", "2024-05-31")):
        weekend = day.day_of_week >= 5
        drift = 1 + 0.002 * i
        for k, device in enumerate(_ST_DEVICES):
            if k == 1 and rng.random() < 0.25:
                continue  # the iPad not used that day
            pickups = int(rng.poisson(85 if k == 0 else 12))
            notes = int(rng.poisson(140 if k == 0 else 20))
            for cat, means in _ST_CATS.items():
                mu = means[k] * drift * (1.3 if weekend else 1.0)
                if mu < 3 and rng.random() < 0.5:
                    continue
                mins = int(max(0, rng.gamma(2.5, mu / 2.5)))
                if mins == 0 and rng.random() < 0.6:
                    continue
                text = _st_text(mins) if rng.random() > 0.01 else ""
                rows.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Device": device,
                        "Category": cat,
                        "Screen Time": text,
                        "Pickups": pickups,
                        "Notifications": notes,
                    }
                )
    return pd.DataFrame(rows)


def _st_minutes(d: pd.DataFrame) -> pd.Series:
    t = d["Screen Time"].astype("string").fillna("")
    h = pd.to_numeric(t.str.extract(r"(\d+)\s*h")[0], errors="coerce").fillna(0)
    m = pd.to_numeric(t.str.extract(r"(\d+)\s*m")[0], errors="coerce").fillna(0)
    return (60 * h + m).where(t.str.strip() != "")


def _st_by(d: pd.DataFrame, col: str) -> pd.Series:
    return _st_minutes(d).groupby(d[col]).sum()


def _st_daily(d: pd.DataFrame) -> pd.Series:
    return _st_by(d, "Date")


def _st_total(d: pd.DataFrame, **where: str) -> float:
    keep = pd.Series(True, index=d.index)
    for col, val in where.items():
        keep &= d[col] == val
    return float(_st_minutes(d)[keep].sum())


_ST_QS = [
    Q(
        "what do i spend the most time on",
        _lead(_named(lambda d: _top(_st_by(d, "Category")))),
        ("Category", "Screen Time"),
    ),
    Q(
        "how many hours did i spend on social stuff in total",
        _hours_or_minutes(lambda d: _st_total(d, Category="Social")),
        ("Category", "Screen Time"),
    ),
    Q(
        "what's my average screen time per day",
        either(
            _hours_or_minutes(lambda d: float(_st_daily(d).mean())),
            _hours_or_minutes(lambda d: float(_st_minutes(d).groupby([d["Date"], d["Device"]]).sum().mean())),
        ),
        ("Date", "Screen Time", "Device"),
    ),
    Q("which day was the worst", _day(lambda d: pd.Timestamp(_top(_st_daily(d)))), ("Date", "Screen Time")),
    Q(
        "phone vs ipad, how many hours on each",
        either(
            has(
                lambda d: _st_total(d, Device=_ST_DEVICES[0]) / 60,
                lambda d: _st_total(d, Device=_ST_DEVICES[1]) / 60,
                rel=0.01,
            ),
            has(lambda d: _st_total(d, Device=_ST_DEVICES[0]), lambda d: _st_total(d, Device=_ST_DEVICES[1])),
        ),
        ("Device", "Screen Time"),
    ),
    Q(
        "what about just games on the ipad",
        _hours_or_minutes(lambda d: _st_total(d, Device=_ST_DEVICES[1], Category="Games")),
        ("Device", "Category", "Screen Time"),
    ),
]


# --- 3. Intercom conversations export ---------------------------------------------------------------------------------

_IC_MATES = {"Priya Shah": 30, "Tom Becker": 22, "Lucía Romero": 18, "Jamal Hughes": 14, "Mei Chen": 10, "": 6}
_IC_TAGS = {"billing": 16, "refund": 9, "bug": 14, "onboarding": 10, "feature request": 8, "login": 9, "vip": 4}
_IC_COMPANIES = ["Northwind", "Globex", "Initech", "Umbrella Labs", "Hooli", "Stark Supply", "Acme Retail", ""]


def _ic_stamp(t: pd.Timestamp) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S} UTC"


def _intercom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10703)
    n = 1800
    start = pd.Timestamp("2024-01-01")
    rows = []
    for i in range(n):
        created = start + pd.Timedelta(seconds=int(rng.integers(0, 182 * 86400)))
        mate = _one(rng, list(_IC_MATES), list(_IC_MATES.values()))
        channel = _one(rng, ["Chat", "Email", "WhatsApp"], [70, 25, 5])
        team = _one(rng, ["Support Tier 1", "Billing", "Technical Support"], [55, 20, 25])
        tags = [t for t in _IC_TAGS if rng.random() < _IC_TAGS[t] / 100]
        state = _one(rng, ["closed", "open", "snoozed"], [86, 10, 4])
        replied = mate != "" and rng.random() > 0.04
        first = int(rng.lognormal(np.log(900 if channel == "Chat" else 7200), 1.0)) if replied else None
        closed = None
        if state == "closed":
            closed = (first or 600) + int(rng.lognormal(np.log(6 * 3600), 1.2))
        rating = None
        if state == "closed" and rng.random() < 0.35:
            base = 4.3 - (0.9 if "refund" in tags else 0) - (0.5 if "bug" in tags else 0)
            rating = int(np.clip(round(rng.normal(base, 0.9)), 1, 5))
        remark = ""
        if rating is not None and rng.random() < 0.3:
            remark = _one(rng, ["Thanks!", "quick and helpful", "took too long", "still not fixed", "great support"])
        company = _one(rng, _IC_COMPANIES)
        domain = (company or "gmail").lower().replace(" ", "")
        rows.append(
            {
                "Conversation ID": str(215467000000000 + int(rng.integers(10**6, 10**7)) * 10 + i % 10),
                "Created at": _ic_stamp(created),
                "First response at": _ic_stamp(created + pd.Timedelta(seconds=first)) if first else "",
                "Last closed at": _ic_stamp(created + pd.Timedelta(seconds=closed)) if closed else "",
                "State": state,
                "Channel": channel,
                "Teammate assigned": mate,
                "Team assigned": team,
                "Tags": ", ".join(tags),
                "Conversation rating": rating,
                "Conversation rating remark": remark,
                "Time to first response (seconds)": first,
                "Time to close (seconds)": closed,
                "Number of teammate replies": int(rng.poisson(2.5)) + (1 if replied else 0),
                "Customer email": f"user{int(rng.integers(1000, 99999))}@{domain}.com",
                "Company name": company,
            }
        )
    return pd.DataFrame(rows).sort_values("Created at", kind="stable").reset_index(drop=True)


def _ic_tagged(d: pd.DataFrame, tag: str) -> pd.Series:
    return d["Tags"].astype("string").fillna("").str.contains(rf"(?:^|,\s*){tag}(?:\s*,|$)", regex=True)


_IC_FIRST = "Time to first response (seconds)"
_IC_QS = [
    Q("how many conversations are still open", _count(lambda d: int((d["State"] == "open").sum())), ("State",)),
    Q(
        "what's the average rating people gave us",
        has(lambda d: float(pd.to_numeric(d["Conversation rating"]).mean()), rel=0.005),
        ("Conversation rating",),
    ),
    Q(
        "who answered the most conversations",
        _lead(_named(lambda d: _top(d["Teammate assigned"].dropna().value_counts()))),
        ("Teammate assigned", "Conversation ID"),
    ),
    Q(
        "how fast do we usually reply the first time",
        either(
            _secs_or_minutes(lambda d: float(pd.to_numeric(d[_IC_FIRST]).median())),
            _secs_or_minutes(lambda d: float(pd.to_numeric(d[_IC_FIRST]).mean())),
            has(lambda d: float(pd.to_numeric(d[_IC_FIRST]).mean()) / 3600, rel=0.01),
        ),
        (_IC_FIRST, "First response at", "Created at"),
    ),
    Q("how many were tagged refund", _count(lambda d: int(_ic_tagged(d, "refund").sum())), ("Tags", "Conversation ID")),
    Q(
        "and how were those rated on average",
        has(lambda d: float(pd.to_numeric(d.loc[_ic_tagged(d, "refund"), "Conversation rating"]).mean()), rel=0.005),
        ("Tags", "Conversation rating"),
    ),
]


# --- 4. Square transactions export (payments) -------------------------------------------------------------------------

_SQ_ITEMS = {
    "Latte": 5.25,
    "Cappuccino": 4.95,
    "Drip Coffee": 3.10,
    "Croissant": 4.25,
    "Bagel": 3.75,
    "Cold Brew": 5.50,
}
_SQ_STAFF = {"Maria G": 34, "Devon P": 26, "Aisha K": 22, "Chris L": 18}
_SQ_HOURS = {7: 14, 8: 22, 9: 17, 10: 11, 11: 9, 12: 10, 13: 7, 14: 5, 15: 4, 16: 3}


def _usd(x: float) -> str:
    return f"-${-x:,.2f}" if x < 0 else f"${x:,.2f}"


def _square_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10704)
    rows = []
    days = pd.date_range("2024-05-01", "2024-06-30")
    for day in days:
        for _ in range(int(rng.poisson(42 if day.day_of_week < 5 else 30))):
            hour = _one(rng, list(_SQ_HOURS), list(_SQ_HOURS.values()))
            stamp = day + pd.Timedelta(hours=hour, seconds=int(rng.integers(0, 3600)))
            k = 1 + int(rng.poisson(0.8))
            names = [_one(rng, list(_SQ_ITEMS)) for _ in range(k)]
            gross = round(sum(_SQ_ITEMS[x] for x in names), 2)
            disc = -round(gross * 0.1, 2) if rng.random() < 0.06 else 0.0
            net = round(gross + disc, 2)
            tax = round(net * 0.0875, 2)
            cash = rng.random() < 0.18
            tip = 0.0 if cash else round(float(_one(rng, [0, 0, 1, 1, 2, 0.15 * net, 0.2 * net])), 2)
            total = round(net + tax + tip, 2)
            fee = 0.0 if cash else -round(total * 0.026 + 0.10, 2)
            brand = "" if cash else _one(rng, ["Visa", "MasterCard", "American Express", "Discover"], [55, 28, 12, 5])
            entry = "" if cash else _one(rng, ["Contactless", "EMV Chip", "Swiped", "Apple Pay"], [45, 35, 3, 17])
            refund = rng.random() < 0.008 and not cash
            sign = -1 if refund else 1
            tid = "".join(_one(rng, list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")) for _ in range(24))
            rows.append(
                {
                    "Date": f"{stamp:%Y-%m-%d}",
                    "Time": f"{stamp:%H:%M:%S}",
                    "Time Zone": "Eastern Time (US & Canada)",
                    "Gross Sales": _usd(sign * gross),
                    "Discounts": _usd(sign * disc),
                    "Service Charges": "$0.00",
                    "Net Sales": _usd(sign * net),
                    "Gift Card Sales": "$0.00",
                    "Tax": _usd(sign * tax),
                    "Tip": _usd(sign * tip),
                    "Partial Refunds": "$0.00",
                    "Total Collected": _usd(sign * total),
                    "Source": "Square Point of Sale",
                    "Card": _usd(0.0 if cash else sign * total),
                    "Card Entry Methods": entry,
                    "Cash": _usd(sign * total if cash else 0.0),
                    "Square Gift Card": "$0.00",
                    "Other Tender": "$0.00",
                    "Fees": _usd(-sign * fee if refund else fee),
                    "Net Total": _usd(sign * total + (-sign * fee if refund else fee)),
                    "Transaction ID": tid,
                    "Payment ID": tid[:20] + "eV",
                    "Card Brand": brand,
                    "PAN Suffix": "" if cash else f"{int(rng.integers(0, 10000)):04d}",
                    "Device Name": _one(rng, ["Front Counter", "Front Counter", "Register 2"]),
                    "Staff Name": _one(rng, list(_SQ_STAFF), list(_SQ_STAFF.values())),
                    "Description": ", ".join(names),
                    "Event Type": "Refund" if refund else "Payment",
                    "Location": "Bean There Cafe",
                    "Dining Option": _one(rng, ["For Here", "To Go", ""], [40, 50, 10]),
                    "Customer Name": _one(rng, ["", "", "", "", "Alex M", "Jordan T", "Sam R"]),
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["Date", "Time"], ascending=False, kind="stable").reset_index(drop=True)


def _sq_sum(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_money(d[col]).sum())


def _sq_cash_share(all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = d if all_rows else d[d["Event Type"] == "Payment"]
        return float((_money(rows["Cash"]) != 0).mean())

    return value


def _sq_hour(d: pd.DataFrame) -> int:
    return int(_top(pd.to_datetime(d["Time"], format="%H:%M:%S").dt.hour.value_counts()))


_SQ_QS = [
    Q(
        "what were our total sales",
        either(_amount(_sq_sum("Gross Sales")), _amount(_sq_sum("Net Sales"))),
        ("Gross Sales", "Net Sales", "Event Type"),
    ),
    Q("how much did we make in tips", _amount(_sq_sum("Tip")), ("Tip",)),
    Q("how much did square take in fees", _amount(lambda d: abs(_sq_sum("Fees")(d))), ("Fees",)),
    Q(
        "what share of payments were cash",
        either(_share(_sq_cash_share(True)), _share(_sq_cash_share(False))),
        ("Cash", "Card", "Event Type", "Transaction ID", "Payment ID", "Card Brand"),
    ),
    Q("what's our busiest hour", _lead(_hour(_sq_hour)), ("Time", "Date", "Transaction ID")),
    Q(
        "which staff member rang up the most sales",
        either(
            _lead(_named(lambda d: _top(_money(d["Gross Sales"]).groupby(d["Staff Name"]).sum()))),
            _lead(_named(lambda d: _top(_money(d["Net Sales"]).groupby(d["Staff Name"]).sum()))),
        ),
        ("Staff Name", "Gross Sales", "Net Sales"),
    ),
]


# --- 5. NHS England A&E attendances and emergency admissions, monthly by provider -----------------------------------

_AE_REGIONS = {
    "NHS ENGLAND LONDON": ("R1", "BARTS;KING'S COLLEGE;GUY'S AND ST THOMAS';IMPERIAL COLLEGE;LEWISHAM AND GREENWICH"),
    "NHS ENGLAND NORTH WEST": ("RM", "MANCHESTER;LANCASHIRE;WIRRAL;BOLTON;STOCKPORT"),
    "NHS ENGLAND MIDLANDS": ("RR", "BIRMINGHAM;NOTTINGHAM;LEICESTER;COVENTRY;DERBY"),
    "NHS ENGLAND NORTH EAST AND YORKSHIRE": ("RX", "LEEDS;SHEFFIELD;NEWCASTLE;HULL;BRADFORD"),
    "NHS ENGLAND SOUTH EAST": ("RT", "OXFORD;BRIGHTON;PORTSMOUTH;KENT;SURREY"),
    "NHS ENGLAND SOUTH WEST": ("RW", "BRISTOL;PLYMOUTH;CORNWALL;DORSET;GLOUCESTERSHIRE"),
    "NHS ENGLAND EAST OF ENGLAND": ("RG", "CAMBRIDGE;NORFOLK;ESSEX;BEDFORDSHIRE;IPSWICH"),
}
_AE_MONTHS = pd.period_range("2023-04", "2024-03", freq="M")
_AE_COLS = [
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
_AE_T1, _AE_T2, _AE_T3 = _AE_COLS[:3]
_AE_OVER1 = _AE_COLS[6]
_AE_12 = _AE_COLS[13]


def _nhs_ae_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10705)
    orgs = []
    for parent, (prefix, places) in _AE_REGIONS.items():
        for j, place in enumerate(places.split(";")):
            for kind in ("HOSPITALS NHS FOUNDATION TRUST", "COMMUNITY HEALTH NHS TRUST", "UTC"):
                if kind == "UTC" and rng.random() < 0.5:
                    continue
                code = (
                    f"{prefix}{chr(65 + j)}{int(rng.integers(0, 10))}"
                    if kind != "UTC"
                    else f"N{int(rng.integers(100, 999))}"
                )
                name = f"{place} {kind}" if kind != "UTC" else f"{place} URGENT TREATMENT CENTRE LTD"
                scale = float(rng.uniform(0.5, 1.6)) * (1.25 if parent == "NHS ENGLAND LONDON" else 1.0)
                orgs.append((code, parent, name, kind, scale))
    season = {
        4: 1.0,
        5: 1.06,
        6: 1.05,
        7: 1.07,
        8: 0.97,
        9: 1.0,
        10: 1.02,
        11: 0.98,
        12: 0.99,
        1: 0.95,
        2: 0.93,
        3: 1.04,
    }
    rows = []
    for month in _AE_MONTHS:
        period = f"MSitAE-{month.strftime('%B').upper()}-{month.year}"
        block = []
        for code, parent, name, kind, scale in orgs:
            f = scale * season[month.month] * float(rng.normal(1, 0.03))
            v = dict.fromkeys(_AE_COLS, 0)
            if kind.startswith("HOSPITALS"):
                v[_AE_T1] = int(11000 * f)
                v[_AE_T3] = int(rng.uniform(0, 5000) * f)
                v[_AE_COLS[3]] = int(v[_AE_T1] * 0.01)
                v[_AE_OVER1] = int(
                    v[_AE_T1] * np.clip(rng.normal(0.40 if month.month in (12, 1) else 0.35, 0.07), 0.1, 0.7)
                )
                v[_AE_COLS[8]] = int(v[_AE_T3] * 0.03)
                v[_AE_COLS[14]] = int(v[_AE_T1] * rng.uniform(0.25, 0.33))
                v[_AE_COLS[12]] = int(v[_AE_COLS[14]] * rng.uniform(0.2, 0.4))
                v[_AE_12] = int(v[_AE_COLS[14]] * np.clip(rng.normal(0.07, 0.04), 0, 0.25))
                v[_AE_COLS[17]] = int(v[_AE_COLS[14]] * rng.uniform(0.3, 0.6))
            elif kind.startswith("COMMUNITY"):
                v[_AE_T2] = int(rng.uniform(0, 1500) * f) if rng.random() < 0.3 else 0
                v[_AE_T3] = int(6000 * f)
                v[_AE_COLS[7]] = int(v[_AE_T2] * 0.02)
                v[_AE_COLS[8]] = int(v[_AE_T3] * 0.01)
                v[_AE_COLS[16]] = int(v[_AE_T3] * 0.002)
            else:
                v[_AE_T3] = int(3500 * f)
                v[_AE_COLS[5]] = int(v[_AE_T3] * 0.05)
                v[_AE_COLS[8]] = int(v[_AE_T3] * 0.004)
            block.append({"Period": period, "Org Code": code, "Parent Org": parent, "Org name": name, **v})
        total = {"Period": period, "Org Code": "-", "Parent Org": "-", "Org name": "Total"}
        total |= {c: int(sum(r[c] for r in block)) for c in _AE_COLS}
        rows.extend(sorted(block, key=lambda r: r["Org Code"]))
        rows.append(total)
    return pd.DataFrame(rows)


def _ae(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Org name"].astype(str).str.strip().str.lower() != "total"]


def _ae_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Period"].str.replace("MSitAE-", "", regex=False), format="%B-%Y")


def _ae_busiest(cols: list[str]) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        p = _ae(d)
        return pd.Timestamp(_top(p[cols].sum(axis=1).groupby(_ae_month(p)).sum()))

    return value


def _ae_period(stamp: Callable[[pd.DataFrame], pd.Timestamp]) -> Check:
    """A month as month_year reads it, or as the file writes it ("MSitAE-JANUARY-2024")."""
    return either(_month_year(stamp), _named(lambda d: f"{stamp(d):%B}-{stamp(d).year}".upper()))


_AE_WHO = ("Org name", "Org Code")
_AE_QS = [
    Q(
        "how many type 1 a&e attendances were there altogether",
        _count(lambda d: float(_ae(d)[_AE_T1].sum())),
        (_AE_T1, *_AE_WHO),
    ),
    Q(
        "which trust saw the most",
        _lead(_named(lambda d: _top(_ae(d).groupby("Org name")[_AE_T1].sum()))),
        (_AE_T1, *_AE_WHO),
    ),
    Q(
        "what percent of type 1 patients were in a&e for more than 4 hours",
        _share(lambda d: float(_ae(d)[_AE_OVER1].sum() / _ae(d)[_AE_T1].sum())),
        (_AE_T1, _AE_OVER1, *_AE_WHO),
    ),
    Q(
        "which month was the busiest",
        either(_ae_period(_ae_busiest([_AE_T1, _AE_T2, _AE_T3])), _ae_period(_ae_busiest([_AE_T1]))),
        ("Period", _AE_T1, _AE_T2, _AE_T3, *_AE_WHO),
    ),
    Q(
        "how many people waited over 12 hours to be admitted",
        _count(lambda d: float(_ae(d)[_AE_12].sum())),
        (_AE_12, *_AE_WHO),
    ),
    Q(
        "and in london?",
        _count(lambda d: float(_ae(d).loc[_ae(d)["Parent Org"] == "NHS ENGLAND LONDON", _AE_12].sum())),
        (_AE_12, "Parent Org", *_AE_WHO),
    ),
]


# --- 6. London Fire Brigade incident records --------------------------------------------------------------------------

_LFB_BOROUGHS = {
    "WESTMINSTER": ("Westminster", 9, "W1"),
    "TOWER HAMLETS": ("Tower Hamlets", 6, "E1"),
    "SOUTHWARK": ("Southwark", 6, "SE1"),
    "LAMBETH": ("Lambeth", 5, "SW9"),
    "CAMDEN": ("Camden", 5, "NW1"),
    "NEWHAM": ("Newham", 5, "E15"),
    "CROYDON": ("Croydon", 5, "CR0"),
    "ISLINGTON": ("Islington", 4, "N1"),
    "HACKNEY": ("Hackney", 4, "E8"),
    "EALING": ("Ealing", 4, "W5"),
    "BARNET": ("Barnet", 4, "N12"),
    "HILLINGDON": ("Hillingdon", 4, "UB8"),
    "BROMLEY": ("Bromley", 3, "BR1"),
    "HARROW": ("Harrow", 2, "HA1"),
    "RICHMOND UPON THAMES": ("Richmond Upon Thames", 2, "TW9"),
    "KINGSTON UPON THAMES": ("Kingston Upon Thames", 2, "KT1"),
}
_LFB_SPECIAL = {
    "Flooding": 22,
    "Effecting entry/exit": 20,
    "Lift Release": 14,
    "RTC": 12,
    "Assist other agencies": 10,
    "Removal of objects from people": 6,
    "Animal assistance incidents": 5,
    "Medical Incident": 6,
    "No action (not false alarm)": 5,
}
_LFB_HOURS = [2, 2, 1, 1, 1, 1, 2, 3, 4, 4, 5, 5, 5, 5, 5, 6, 6, 7, 7, 6, 6, 5, 4, 3]


def _fire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10706)
    n = 4200
    rows = []
    days = pd.date_range("2023-01-01", "2023-12-31")
    seq: dict[str, int] = {}
    names = list(_LFB_BOROUGHS)
    for _ in range(n):
        day = days[int(rng.integers(0, len(days)))]
        hour = int(_one(rng, list(range(24)), _LFB_HOURS))
        stamp = day + pd.Timedelta(hours=hour, seconds=int(rng.integers(0, 3600)))
        group = _one(rng, ["False Alarm", "Special Service", "Fire"], [48, 33, 19])
        borough = _one(rng, names, [_LFB_BOROUGHS[b][1] for b in names])
        proper, _w, district = _LFB_BOROUGHS[borough]
        if group == "Fire":
            stop = _one(rng, ["Secondary Fire", "Primary Fire", "Chimney Fire", "Late Call"], [50, 44, 2, 4])
            special = ""
            prop_cat = _one(rng, ["Dwelling", "Outdoor", "Road Vehicle", "Non Residential", "Outdoor Structure"])
        elif group == "Special Service":
            stop = "Special Service"
            special = _one(rng, list(_LFB_SPECIAL), list(_LFB_SPECIAL.values()))
            prop_cat = _one(rng, ["Dwelling", "Non Residential", "Road Vehicle", "Outdoor"], [55, 25, 12, 8])
        else:
            stop = _one(rng, ["AFA", "False alarm - Good intent", "False alarm - Malicious"], [62, 33, 5])
            special = ""
            prop_cat = _one(rng, ["Dwelling", "Non Residential", "Outdoor"], [50, 42, 8])
        seq[f"{day:%Y}"] = seq.get(f"{day:%Y}", 0) + 1
        first = int(np.clip(rng.normal(330, 95), 60, 1200)) if rng.random() > 0.04 else None
        second = int(first + abs(rng.normal(90, 60))) if first and rng.random() < 0.55 else None
        pumps = 1 + int(second is not None) + (int(rng.poisson(1.5)) if stop == "Primary Fire" else 0)
        minutes = int(max(1, rng.gamma(2, 25 if group == "Fire" else 12))) * pumps
        hours_billed = int(np.ceil(minutes / 60))
        rows.append(
            {
                "IncidentNumber": f"{seq[f'{day:%Y}']:06d}-{day:%d%m%Y}",
                "DateOfCall": f"{day:%d %b %Y}",
                "CalYear": day.year,
                "TimeOfCall": f"{stamp:%H:%M:%S}",
                "HourOfCall": hour,
                "IncidentGroup": group,
                "StopCodeDescription": stop,
                "SpecialServiceType": special,
                "PropertyCategory": prop_cat,
                "PropertyType": {
                    "Dwelling": "Purpose Built Flats/Maisonettes - 4 to 9 storeys ",
                    "Outdoor": "Loose refuse (incl in garden)",
                    "Road Vehicle": "Car",
                    "Non Residential": "Offices and call centres",
                    "Outdoor Structure": "Common external bin storage area",
                }[prop_cat],
                "Postcode_district": district,
                "IncGeo_BoroughName": borough,
                "ProperCase": proper,
                "IncidentStationGround": proper.split(" ")[0],
                "FirstPumpArriving_AttendanceTime": first,
                "SecondPumpArriving_AttendanceTime": second,
                "NumPumpsAttending": pumps,
                "PumpMinutesRounded": minutes,
                "Notional Cost (£)": hours_billed * 388 * pumps,
                "NumCalls": 1 + int(rng.poisson(0.4 if group != "Fire" else 1.5)),
            }
        )
    frame = pd.DataFrame(rows)
    frame["_t"] = pd.to_datetime(frame["DateOfCall"] + " " + frame["TimeOfCall"], format="%d %b %Y %H:%M:%S")
    return frame.sort_values("_t", kind="stable").drop(columns="_t").reset_index(drop=True)


_LFB_FIRST = "FirstPumpArriving_AttendanceTime"
_LFB_QS = [
    Q(
        "how many false alarms were there",
        _count(lambda d: int((d["IncidentGroup"] == "False Alarm").sum())),
        ("IncidentGroup",),
    ),
    Q(
        "which borough gets the most call outs",
        _lead(_named(lambda d: _top(d["ProperCase"].value_counts()))),
        ("IncGeo_BoroughName", "ProperCase", "IncidentNumber"),
    ),
    Q(
        "how long does the first engine take to get there on average",
        either(
            _secs_or_minutes(lambda d: float(pd.to_numeric(d[_LFB_FIRST]).mean())),
            _secs_or_minutes(lambda d: float(pd.to_numeric(d[_LFB_FIRST]).median())),
        ),
        (_LFB_FIRST,),
    ),
    Q(
        "what did fires cost altogether",
        _amount(lambda d: float(d.loc[d["IncidentGroup"] == "Fire", "Notional Cost (£)"].sum())),
        ("Notional Cost (£)", "IncidentGroup"),
    ),
    Q(
        "what time of day do most calls come in",
        _lead(_hour(lambda d: int(_top(d["HourOfCall"].value_counts())))),
        ("HourOfCall", "TimeOfCall", "DateOfCall", "IncidentNumber"),
    ),
    Q(
        "how many of the special service ones were floods",
        _count(lambda d: int((d["SpecialServiceType"] == "Flooding").sum())),
        ("SpecialServiceType", "IncidentGroup"),
    ),
]


# --- 7. Retrosheet game logs, 2023 season, with a header --------------------------------------------------------------

_RS_TEAMS = {
    "ANA": ("AL", "ANA01"),
    "BAL": ("AL", "BAL12"),
    "BOS": ("AL", "BOS07"),
    "CHA": ("AL", "CHI12"),
    "CLE": ("AL", "CLE08"),
    "DET": ("AL", "DET05"),
    "HOU": ("AL", "HOU03"),
    "KCA": ("AL", "KAN06"),
    "MIN": ("AL", "MIN04"),
    "NYA": ("AL", "NYC21"),
    "OAK": ("AL", "OAK01"),
    "SEA": ("AL", "SEA03"),
    "TBA": ("AL", "STP01"),
    "TEX": ("AL", "ARL03"),
    "TOR": ("AL", "TOR02"),
    "ARI": ("NL", "PHO01"),
    "ATL": ("NL", "ATL03"),
    "CHN": ("NL", "CHI11"),
    "CIN": ("NL", "CIN09"),
    "COL": ("NL", "DEN02"),
    "LAN": ("NL", "LOS03"),
    "MIA": ("NL", "MIA02"),
    "MIL": ("NL", "MIL06"),
    "NYN": ("NL", "NYC20"),
    "PHI": ("NL", "PHI13"),
    "PIT": ("NL", "PIT08"),
    "SDN": ("NL", "SAN02"),
    "SFN": ("NL", "SFO03"),
    "SLN": ("NL", "STL10"),
    "WAS": ("NL", "WAS11"),
}
_RS_PITCHERS = [
    "Gerrit Cole",
    "Spencer Strider",
    "Zac Gallen",
    "Blake Snell",
    "Logan Webb",
    "Kevin Gausman",
    "Pablo Lopez",
    "Justin Verlander",
    "Framber Valdez",
    "Corbin Burnes",
    "Zack Wheeler",
    "Sonny Gray",
]


def _line(runs: int, innings: int, rng: np.random.Generator, skip_last: bool) -> str:
    parts = np.zeros(innings, dtype=int)
    for _ in range(runs):
        parts[int(rng.integers(0, innings - (1 if skip_last else 0)))] += 1
    text = "".join(str(x) if x < 10 else f"({x})" for x in parts)
    return text[:-1] + "x" if skip_last else text


def _retrosheet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10707)
    teams = list(_RS_TEAMS)
    strength = {t: float(rng.normal(4.6, 0.5)) for t in teams}
    draw = {t: float(rng.uniform(18000, 45000)) for t in teams}
    games = {t: 0 for t in teams}
    rows = []
    days = pd.date_range("2023-03-30", "2023-10-01")
    for _ in range(2430):
        day = days[int(rng.integers(0, len(days)))]
        v, h = rng.choice(teams, 2, replace=False)
        games[v] += 1
        games[h] += 1
        vr = int(rng.poisson(strength[v]))
        hr = int(rng.poisson(strength[h] * 1.04))
        while hr == vr:
            hr += int(rng.integers(0, 2))
            vr += int(rng.integers(0, 2))
        innings = 9 if rng.random() > 0.09 else int(rng.integers(10, 13))
        home_won = hr > vr
        outs = innings * 6 - (3 if home_won else 0)
        night = rng.random() < 0.66
        att = int(draw[h] * rng.uniform(0.75, 1.15) * (1.08 if night else 0.95) * (1.1 if day.day_of_week >= 5 else 1))
        v_hr = int(rng.binomial(vr, 0.28))
        h_hr = int(rng.binomial(hr, 0.28))
        v_h = vr + int(rng.poisson(5))
        h_h = hr + int(rng.poisson(5))
        rows.append(
            {
                "Date": int(f"{day:%Y%m%d}"),
                "DoubleHeader": 0,
                "DayOfWeek": f"{day:%a}",
                "VisitingTeam": v,
                "VisitingTeamLeague": _RS_TEAMS[v][0],
                "VisitingTeamGameNumber": games[v],
                "HomeTeam": h,
                "HomeTeamLeague": _RS_TEAMS[h][0],
                "HomeTeamGameNumber": games[h],
                "VisitorRunsScored": vr,
                "HomeRunsScore": hr,
                "LengthInOuts": outs,
                "DayNight": "N" if night else "D",
                "CompletionInfo": "",
                "ParkID": _RS_TEAMS[h][1],
                "Attendance": att if rng.random() > 0.01 else None,
                "Duration": int(np.clip(rng.normal(161 + 18 * (innings - 9), 14), 110, 260)),
                "VisitorLineScore": _line(vr, innings, rng, False),
                "HomeLineScore": _line(hr, innings, rng, home_won),
                "VisitorAB": 32 + int(rng.integers(0, 8)),
                "VisitorH": v_h,
                "VisitorD": int(rng.binomial(v_h, 0.2)),
                "VisitorT": int(rng.binomial(v_h, 0.02)),
                "VisitorHR": v_hr,
                "VisitorRBI": max(0, vr - int(rng.integers(0, 2))),
                "VisitorBB": int(rng.poisson(3.2)),
                "VisitorK": int(rng.poisson(8.6)),
                "HomeAB": 30 + int(rng.integers(0, 8)),
                "HomeH": h_h,
                "HomeD": int(rng.binomial(h_h, 0.2)),
                "HomeT": int(rng.binomial(h_h, 0.02)),
                "HomeHR": h_hr,
                "HomeRBI": max(0, hr - int(rng.integers(0, 2))),
                "HomeBB": int(rng.poisson(3.2)),
                "HomeK": int(rng.poisson(8.6)),
                "WinningPitcherName": _one(rng, _RS_PITCHERS),
                "LosingPitcherName": _one(rng, _RS_PITCHERS),
            }
        )
    return pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)


def _rs_runs(d: pd.DataFrame) -> pd.Series:
    return (
        d.groupby("VisitingTeam")["VisitorRunsScored"]
        .sum()
        .add(d.groupby("HomeTeam")["HomeRunsScore"].sum(), fill_value=0)
    )


def _rs_crowd(flag: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(d.loc[d["DayNight"] == flag, "Attendance"]).mean())


_RS_SCORE = ("HomeRunsScore", "VisitorRunsScored", "HomeTeam", "VisitingTeam")
_RS_QS = [
    Q(
        "how often does the home team win",
        _share(lambda d: float((d["HomeRunsScore"] > d["VisitorRunsScored"]).mean())),
        _RS_SCORE,
    ),
    Q("which team scored the most runs", _lead(_named(lambda d: _top(_rs_runs(d)))), _RS_SCORE),
    Q("what's the average crowd", has(lambda d: float(pd.to_numeric(d["Attendance"]).mean())), ("Attendance",)),
    Q(
        "how long does a game usually last",
        either(
            _hours_or_minutes(lambda d: float(d["Duration"].mean())),
            _hours_or_minutes(lambda d: float(d["Duration"].median())),
        ),
        ("Duration",),
    ),
    Q(
        "how many home runs were hit all season",
        _count(lambda d: int(d["VisitorHR"].sum() + d["HomeHR"].sum())),
        ("VisitorHR", "HomeHR"),
    ),
    Q(
        "do night games draw bigger crowds than day games",
        has(_rs_crowd("N"), _rs_crowd("D")),
        ("DayNight", "Attendance"),
    ),
]


HELDOUT107: list[Dataset] = [
    Dataset("wells_fargo_checking_csv", _wells_fargo_frame, _WF_QS),
    Dataset("apple_screen_time_export", _screen_time_frame, _ST_QS),
    Dataset("intercom_conversations_export", _intercom_frame, _IC_QS),
    Dataset("square_payments_transactions", _square_frame, _SQ_QS),
    Dataset("nhs_ae_attendances_monthly", _nhs_ae_frame, _AE_QS),
    Dataset("london_fire_brigade_incidents", _fire_frame, _LFB_QS),
    Dataset("retrosheet_game_logs", _retrosheet_frame, _RS_QS),
]
