"""HELDOUT135: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Mercury
business bank account transactions export for a small software company (Date (UTC) as "03-15-2024", Description as
the counterparty "AWS" / "Gusto" / "Stripe", Amount signed with money out negative, Status Sent / Pending / Failed /
Cancelled, Source Account "Mercury Checking ••4821", Bank Description in upper case "ACH DEBIT GUSTO PAYROLL",
Reference, Note mostly blank, Last Four Digits and Name On Card filled only on card payments, Mercury Category as
Mercury assigns it, Category and GL Code mostly blank, Timestamp as "03-15-2024 14:22:01", Original Currency blank
unless not USD, Check Number and Tags, 2024); a Zendesk Talk call history export (Call ID, Created at as "2024-02-05
14:22:10 UTC", Direction inbound / outbound, Line name and number, Agent blank when nobody answered, Customer
phone, Call status completed / missed / voicemail / abandoned_in_queue, Wait time, Talk time, Hold time and
Duration in seconds, Ticket ID blank when no ticket was made, Call charge as text "$0.0240", Recording yes / no,
Group, January-March 2024); a Garmin Connect sleep export, one row per night (Date as "2024-03-05", Sleep Score,
Quality Excellent / Good / Fair / Poor, Duration as "7h 32min", Sleep Need as "8h 10min", Bedtime and Wake Time as
"10:48 PM", Resting Heart Rate, Body Battery change, Pulse Ox and Respiration with "--" when the watch did not
record it, HRV Status, 2023-2024 with some nights not worn); an Etsy shop EtsyListingsDownload.csv (upper-case
TITLE, DESCRIPTION, PRICE, CURRENCY_CODE, QUANTITY, TAGS and MATERIALS as comma-separated text, IMAGE1 ... IMAGE5
as URLs, VARIATION 1 TYPE / NAME / VALUES, VARIATION 2 TYPE / NAME / VALUES, SKU mostly blank); CDC's Nutrition,
Physical Activity, and Obesity - Behavioral Risk Factor Surveillance System table (YearStart, YearEnd, LocationAbbr,
LocationDesc with a "National" row, Datasource, Class, Topic, Question, Data_Value_Unit, Data_Value_Type, Data_Value
blank with a footnote where the sample is too small, Data_Value_Alt, Data_Value_Footnote_Symbol,
Data_Value_Footnote, Low_Confidence_Limit, High_Confidence_Limit, Sample_Size, Total, Age(years), Gender,
GeoLocation as "(lat, lon)", QuestionID, LocationID, StratificationCategory1 and Stratification1, two questions:
adult obesity and no leisure-time physical activity, 2015-2022); ONS regional GDP by ITL region in long form
(itl_level UK / ITL1 / ITL2, itl_code, region_name, measure "Gross Domestic Product: Current prices" or "Gross
Domestic Product: per head", unit "£ million" / "£", year 1998-2022 and value); and a NOAA CO-OPS hourly heights
download for one station (the API's own headers with their leading spaces: "Date Time", " Water Level", " Sigma",
" I", " L", Date Time as "2024-01-01 00:00", feet above MLLW, a few blank hours, January-March 2024). All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share
from .heldout42 import _ranked
from .heldout133 import _dollars, _hour, _top, _topn, _txt
from .offline_eval import Check, Dataset, Q, both, either, has, labels_in
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _month(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A month by name (a year is not needed when the data covers one year)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        if re.search(rf"\b(?:{_month_names(t.month)})\b", answer, re.IGNORECASE):
            return None
        return _month_year(value)(answer, df)

    return check


def _hours(value: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time in hours: "7.2 hours", "432 minutes" or "7h 12min"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        if _about(lambda d: want, rel=0.01)(answer, df) is None:
            return None
        if has(want * 60, rel=0.01)(answer, df) is None:
            return None
        for h, m in re.findall(r"(\d+)\s*h(?:ours?|rs?)?\s*(?:and\s*)?(\d+)\s*m", answer, re.IGNORECASE):
            if abs(int(h) + int(m) / 60 - want) <= 1 / 60 + 1e-9:
                return None
        return f"missing duration {want:.3g} h"

    return check


def _seconds(value: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time in seconds, or in minutes ("2.4 min", "2m 24s")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        if has(want, rel=0.01)(answer, df) is None or _about(lambda d: want / 60, rel=0.01)(answer, df) is None:
            return None
        for m, s in re.findall(r"(\d+)\s*m(?:in(?:utes?)?)?\s*(?:and\s*)?(\d+)\s*s", answer, re.IGNORECASE):
            if abs(int(m) * 60 + int(s) - want) <= 1.0:
                return None
        return f"missing duration {want:.4g} s"

    return check


def _blank(s: pd.Series) -> pd.Series:
    return _txt(s).isin(["", "--", "N/A"])


# --- 1. Mercury bank transactions ----------------------------------------------------------------------------------

# counterparty: (Mercury Category, bank description, kind, typical amount, weight)
_MC_PARTIES = {
    "AWS": ("Software", "AMAZON WEB SERVICES AWS.AMAZON.CO", "card", 2400, 12),
    "Google Workspace": ("Software", "GOOGLE*GSUITE", "card", 180, 12),
    "Slack": ("Software", "SLACK T0123ABC", "card", 290, 12),
    "Figma": ("Software", "FIGMA MONTHLY", "card", 75, 12),
    "Gusto": ("Payroll", "ACH DEBIT GUSTO PAYROLL", "ach", 41000, 24),
    "WeWork": ("Rent", "WEWORK MEMBERSHIPS", "ach", 6200, 12),
    "Google Ads": ("Advertising", "GOOGLE *ADS1234567", "card", 3100, 20),
    "LinkedIn": ("Advertising", "LINKEDIN ADS", "card", 950, 10),
    "Delta Air Lines": ("Travel", "DELTA AIR 0062345", "card", 480, 14),
    "Uber": ("Travel", "UBER *TRIP", "card", 32, 60),
    "DoorDash": ("Restaurants", "DOORDASH*ORDER", "card", 85, 50),
    "Sweetgreen": ("Restaurants", "SWEETGREEN NOHO", "card", 46, 40),
    "Staples": ("Office Supplies", "STAPLES 00123", "card", 140, 15),
    "Cooley LLP": ("Legal", "ACH DEBIT COOLEY LLP", "ach", 5500, 6),
    "IRS": ("Taxes", "IRS USATAXPYMT", "ach", 9000, 4),
}
_MC_IN = {
    "Stripe": ("Income", "STRIPE TRANSFER ST-A1B2C3", 18000, 52),
    "Acme Corp": ("Income", "ACME CORP ACH PMT", 24000, 10),
    "Globex Inc": ("Income", "WIRE IN GLOBEX INC", 36000, 5),
    "Mercury IO Cashback": ("Income", "MERCURY IO CASHBACK", 60, 12),
}
_MC_COLS = ["Date (UTC)", "Description", "Amount", "Status", "Source Account", "Bank Description", "Reference"]
_MC_COLS += ["Note", "Last Four Digits", "Name On Card", "Mercury Category", "Category", "GL Code", "Timestamp"]
_MC_COLS += ["Original Currency", "Check Number", "Tags"]


def _mercury_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13501)
    rows: list[dict[str, Any]] = []
    lo = pd.Timestamp("2024-01-01")
    cards = [("4821", "Dana Whitfield"), ("7719", "Sam Okafor"), ("3306", "Priya Patel")]
    growth = lambda t: 1.0 + 0.06 * (t.month - 1)  # noqa: E731
    for name, (cat, bank, kind, typical, weight) in _MC_PARTIES.items():
        for _ in range(weight):
            t = lo + pd.Timedelta(seconds=int(rng.integers(0, 366 * 86400)))
            amount = round(float(typical * rng.lognormal(0, 0.25)), 2)
            row = {c: "" for c in _MC_COLS}
            row |= {"Description": name, "Amount": -amount, "Mercury Category": cat, "Bank Description": bank}
            row["Status"] = str(_one(rng, ["Sent", "Failed", "Cancelled", "Pending"], [94, 3, 2, 1]))
            row["Source Account"] = "Mercury Checking ••4821"
            if kind == "card":
                last4, holder = cards[int(rng.integers(len(cards)))]
                row |= {"Last Four Digits": last4, "Name On Card": holder}
            else:
                row["Reference"] = f"REF{int(rng.integers(10**7, 10**8))}"
            if name == "Delta Air Lines" and rng.random() < 0.2:
                row["Original Currency"] = "EUR"
            if rng.random() < 0.08:
                row["Note"] = str(_one(rng, ["team offsite", "customer dinner", "reimbursable", "Q2 campaign"]))
            if rng.random() < 0.15:
                row["Category"] = cat
                row["GL Code"] = str(_one(rng, ["6100", "6200", "6400", "7100"]))
            row["_t"] = t
            rows.append(row)
    for name, (cat, bank, typical, weight) in _MC_IN.items():
        for _ in range(weight):
            t = lo + pd.Timedelta(seconds=int(rng.integers(0, 366 * 86400)))
            amount = round(float(typical * growth(t) * rng.lognormal(0, 0.3)), 2)
            row = {c: "" for c in _MC_COLS}
            row |= {"Description": name, "Amount": amount, "Mercury Category": cat, "Bank Description": bank}
            row |= {"Status": "Sent", "Source Account": "Mercury Checking ••4821", "_t": t}
            rows.append(row)
    # a December wire from the big customer makes the best month clear
    t = pd.Timestamp("2024-12-18 16:02:11")
    row = {c: "" for c in _MC_COLS} | {"Description": "Globex Inc", "Amount": 120000.0, "Status": "Sent"}
    row |= {"Mercury Category": "Income", "Bank Description": "WIRE IN GLOBEX INC", "_t": t}
    row["Source Account"] = "Mercury Checking ••4821"
    rows.append(row)
    out = pd.DataFrame(rows).sort_values("_t", ascending=False, kind="stable")
    out["Date (UTC)"] = out["_t"].dt.strftime("%m-%d-%Y")
    out["Timestamp"] = out["_t"].dt.strftime("%m-%d-%Y %H:%M:%S")
    return out[_MC_COLS].reset_index(drop=True)


def _mc_ok(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Status"]).isin(["Sent", "Pending"])


def _mc_out(ok: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        keep = pd.to_numeric(d["Amount"]) < 0
        if ok:
            keep &= _mc_ok(d)
        return float(-pd.to_numeric(d.loc[keep, "Amount"]).sum())

    return value


def _mc_spend_by(col: str, ok: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        keep = pd.to_numeric(d["Amount"]) < 0
        if ok:
            keep &= _mc_ok(d)
        return -pd.to_numeric(d.loc[keep, "Amount"]).groupby(_txt(d.loc[keep, col])).sum()

    return value


def _mc_best_month(d: pd.DataFrame) -> pd.Timestamp:
    keep = pd.to_numeric(d["Amount"]) > 0
    months = pd.to_datetime(d.loc[keep, "Date (UTC)"], format="%m-%d-%Y").dt.to_period("M")
    return pd.Timestamp(str(_ranked(pd.to_numeric(d.loc[keep, "Amount"]).groupby(months).sum()).index[0]))


def _mc_top_vendor_paid(ok: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        spend = _mc_spend_by("Description", True)(d)
        return float(_mc_spend_by("Description", ok)(d)[_top(spend)])

    return value


_MERCURY_QS = [
    Q(
        "how much money went out of the account in total?",
        either(_dollars(_mc_out(False)), _dollars(_mc_out(True))),
        ("Amount", "Status"),
    ),
    Q(
        "what kind of thing do we spend the most on",
        either(
            _lead(_named(lambda d: _top(_mc_spend_by("Mercury Category", True)(d)))),
            _lead(_named(lambda d: _top(_mc_spend_by("Mercury Category", False)(d)))),
        ),
        ("Mercury Category", "Amount", "Status", "Category"),
    ),
    Q(
        "which month did we bring in the most money",
        _lead(_month(_mc_best_month)),
        ("Date (UTC)", "Amount", "Timestamp", "Status"),
    ),
    Q(
        "how many payments failed",
        _count(lambda d: int((_txt(d["Status"]) == "Failed").sum())),
        ("Status",),
    ),
    Q(
        "top 3 vendors we paid the most",
        labels_in(lambda d: _topn(_mc_spend_by("Description", True)(d), 3)),
        ("Description", "Amount", "Status", "Bank Description"),
    ),
    Q(
        "how much did we pay the first one altogether?",
        either(_dollars(_mc_top_vendor_paid(True)), _dollars(_mc_top_vendor_paid(False))),
        ("Description", "Amount", "Status", "Bank Description"),
    ),
]


# --- 2. Zendesk Talk call history ----------------------------------------------------------------------------------

_ZD_AGENTS = {"Maria Lopez": 1.3, "Kevin Chen": 1.0, "Aisha Khan": 1.1, "Tom Becker": 0.8, "Jonas Berg": 0.9}
_ZD_LINES = ["Support Line +1 (415) 555-0100", "Sales Line +1 (415) 555-0199"]
_ZD_COLS = ["Call ID", "Created at", "Direction", "Line", "Agent", "Customer phone", "Call status", "Wait time"]
_ZD_COLS += ["Talk time", "Hold time", "Duration", "Ticket ID", "Call charge", "Recording", "Group"]


def _zendesk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13502)
    n = 2600
    days = pd.date_range("2024-01-02", "2024-03-29", freq="B")
    hour_w = np.array([2, 5, 9, 10, 8, 6, 8, 9, 7, 5, 3], dtype=float)
    agents = list(_ZD_AGENTS)
    aw = np.array(list(_ZD_AGENTS.values()))
    rows = []
    call_id = 360012345000
    ticket = 88100
    for _ in range(n):
        day = days[int(rng.integers(len(days)))]
        hour = 8 + int(rng.choice(len(hour_w), p=hour_w / hour_w.sum()))
        t = day + pd.Timedelta(hours=hour, seconds=int(rng.integers(0, 3600)))
        call_id += int(rng.integers(1, 40))
        outbound = rng.random() < 0.18
        wait = 0 if outbound else int(rng.gamma(2.0, 30 + 12 * (hour in (10, 11, 14))))
        if outbound:
            status = str(_one(rng, ["completed", "missed"], [85, 15]))
        elif wait > 240:
            status = str(_one(rng, ["abandoned_in_queue", "voicemail", "completed"], [5, 3, 2]))
        else:
            status = str(_one(rng, ["completed", "missed", "voicemail", "abandoned_in_queue"], [80, 7, 8, 5]))
        agent = str(_one(rng, agents, aw)) if status == "completed" or outbound else ""
        talk = int(rng.gamma(2.5, 110)) + 15 if status == "completed" else 0
        hold = int(rng.gamma(1.0, 25)) if status == "completed" and rng.random() < 0.3 else 0
        vm = int(rng.integers(8, 90)) if status == "voicemail" else 0
        dur = wait + talk + hold + vm
        has_ticket = status in ("completed", "voicemail") and rng.random() < 0.85
        if has_ticket:
            ticket += int(rng.integers(1, 6))
        rows.append(
            {
                "Call ID": call_id,
                "Created at": f"{t:%Y-%m-%d %H:%M:%S} UTC",
                "Direction": "outbound" if outbound else "inbound",
                "Line": str(_one(rng, _ZD_LINES, [4, 1])),
                "Agent": agent,
                "Customer phone": f"+1{int(rng.integers(2012000000, 9899999999))}",
                "Call status": status,
                "Wait time": wait,
                "Talk time": talk,
                "Hold time": hold,
                "Duration": dur,
                "Ticket ID": ticket if has_ticket else "",
                "Call charge": f"${dur / 60 * 0.0085 + (0.013 if outbound else 0):.4f}",
                "Recording": "yes" if status == "completed" and rng.random() < 0.9 else "no",
                "Group": str(_one(rng, ["Support", "Billing", "Sales"], [6, 2, 1])),
            }
        )
    return pd.DataFrame(rows, columns=_ZD_COLS)


def _zd_in(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Direction"]) == "inbound"


def _zd_hour(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_txt(d["Created at"]).str.replace(" UTC", ""), errors="coerce").dt.hour


_ZD_DONE = lambda d: _txt(d["Call status"]) == "completed"  # noqa: E731

_ZENDESK_QS = [
    Q(
        "how many calls did we miss",
        either(
            _count(lambda d: int((_txt(d["Call status"]) == "missed").sum())),
            _count(lambda d: int(_txt(d["Call status"]).isin(["missed", "abandoned_in_queue"]).sum())),
            _count(lambda d: int((_txt(d["Call status"]) == "missed")[_zd_in(d)].sum())),
        ),
        ("Call status", "Direction"),
    ),
    Q(
        "how long do people wait on hold before someone picks up, on average?",
        either(
            _seconds(lambda d: float(pd.to_numeric(d.loc[_zd_in(d), "Wait time"]).mean())),
            _seconds(lambda d: float(pd.to_numeric(d.loc[_zd_in(d) & _ZD_DONE(d), "Wait time"]).mean())),
        ),
        ("Wait time", "Direction", "Call status"),
    ),
    Q(
        "which agent spent the most time talking to customers",
        _lead(_named(lambda d: _top(pd.to_numeric(d["Talk time"]).groupby(_txt(d["Agent"])).sum().drop("")))),
        ("Agent", "Talk time"),
    ),
    Q(
        "what % of calls went to voicemail",
        either(
            _share(lambda d: float((_txt(d["Call status"]) == "voicemail").mean())),
            _share(lambda d: float((_txt(d["Call status"]) == "voicemail")[_zd_in(d)].mean())),
        ),
        ("Call status", "Direction"),
    ),
    Q(
        "what time of day do we get the most calls",
        either(
            _lead(_hour(lambda d: int(_ranked(_zd_hour(d).value_counts()).index[0]))),
            _lead(_hour(lambda d: int(_ranked(_zd_hour(d)[_zd_in(d)].value_counts()).index[0]))),
        ),
        ("Created at", "Direction"),
    ),
    Q(
        "and how many calls came in during that hour in total?",
        either(
            _count(lambda d: int(_ranked(_zd_hour(d).value_counts()).iloc[0])),
            _count(lambda d: int(_ranked(_zd_hour(d)[_zd_in(d)].value_counts()).iloc[0])),
        ),
        ("Created at", "Direction"),
    ),
]


# --- 3. Garmin Connect sleep -----------------------------------------------------------------------------------------

_GS_COLS = ["Date", "Sleep Score", "Quality", "Duration", "Sleep Need", "Bedtime", "Wake Time"]
_GS_COLS += ["Resting Heart Rate", "Body Battery", "Pulse Ox", "Respiration", "HRV Status"]


def _hm(minutes: float) -> str:
    m = round(minutes)
    return f"{m // 60}h {m % 60}min"


def _garmin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13503)
    rows = []
    for day in pd.date_range("2023-03-01", "2024-04-30", freq="D"):
        if rng.random() < 0.06:
            continue  # watch not worn
        weekend = day.dayofweek >= 5
        season = 12 * np.cos((day.month - 1) / 12 * 2 * np.pi)
        mins = float(np.clip(rng.normal(425 + (35 if weekend else 0) + season, 48), 240, 600))
        wake = day + pd.Timedelta(hours=6, minutes=int(rng.normal(45 + (70 if weekend else 0), 25)))
        bed = wake - pd.Timedelta(minutes=mins + float(rng.integers(5, 30)))
        score = int(np.clip(round(30 + 0.095 * mins + rng.normal(0, 7)), 20, 100))
        quality = "Excellent" if score >= 90 else "Good" if score >= 80 else "Fair" if score >= 60 else "Poor"
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Sleep Score": score,
                "Quality": quality,
                "Duration": _hm(mins),
                "Sleep Need": _hm(float(rng.choice([460, 470, 480, 490, 500, 510]))),
                "Bedtime": bed.strftime("%I:%M %p").lstrip("0"),
                "Wake Time": wake.strftime("%I:%M %p").lstrip("0"),
                "Resting Heart Rate": int(rng.normal(54, 3)),
                "Body Battery": int(np.clip(rng.normal(0.18 * mins - 20, 10), 5, 100)),
                "Pulse Ox": "--" if rng.random() < 0.22 else int(np.clip(rng.normal(95, 1.6), 88, 100)),
                "Respiration": "--" if rng.random() < 0.05 else round(float(rng.normal(14.5, 0.8)), 1),
                "HRV Status": str(_one(rng, ["Balanced", "Unbalanced", "Low", "--"], [75, 12, 5, 8])),
            }
        )
    return pd.DataFrame(rows, columns=_GS_COLS)


def _gs_hours(d: pd.DataFrame) -> pd.Series:
    parts = _txt(d["Duration"]).str.extract(r"(\d+)h\s*(\d+)min").astype(float)
    return parts[0] + parts[1] / 60


def _gs_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%Y-%m-%d")


def _gs_score(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Sleep Score"], errors="coerce")


def _gs_best_month(d: pd.DataFrame) -> pd.Timestamp:
    means = _gs_score(d).groupby(_gs_day(d).dt.to_period("M")).mean()
    return pd.Timestamp(str(_ranked(means).index[0]))


def _gs_weekend(days: tuple[int, ...]) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        weekend = _gs_day(d).dt.dayofweek.isin(days)
        return [float(_gs_score(d)[weekend].mean()), float(_gs_score(d)[~weekend].mean())]

    return value


_GARMIN_QS = [
    Q(
        "how much do i sleep a night on average",
        either(_hours(lambda d: float(_gs_hours(d).mean())), _hours(lambda d: float(_gs_hours(d).median()))),
        ("Duration", "Date"),
    ),
    Q(
        "is my sleep score better on weekends than weekdays?",
        either(_about(_gs_weekend((5, 6))), _about(_gs_weekend((4, 5)))),
        ("Sleep Score", "Date"),
    ),
    Q(
        "how many nights did i sleep under 6 hours",
        _count(lambda d: int((_gs_hours(d) < 6).sum())),
        ("Duration", "Date"),
    ),
    Q(
        "does sleeping longer actually give me a higher score?",
        _corr(_gs_hours, _gs_score),
        ("Duration", "Sleep Score"),
    ),
    Q(
        "which month had my best sleep scores",
        _lead(_month_year(_gs_best_month)),
        ("Date", "Sleep Score"),
    ),
    Q(
        "how many nights have no blood oxygen reading",
        _count(lambda d: int(_blank(d["Pulse Ox"]).sum())),
        ("Pulse Ox", "Date"),
    ),
]


# --- 4. Etsy listings download ---------------------------------------------------------------------------------------

# product: (base price, materials, tags)
_ET_ITEMS = {
    "Sterling Silver Stacking Ring": (28, "sterling silver", "ring,stacking ring,silver ring,minimalist,gift for her"),
    "Personalized Name Necklace": (42, "sterling silver,gold filled", "name necklace,personalized,gift for her"),
    "Birthstone Hoop Earrings": (34, "gold filled,gemstone", "hoop earrings,birthstone,gift for her,minimalist"),
    "Beaded Friendship Bracelet": (14, "glass beads,elastic", "bracelet,friendship,beaded,boho"),
    "Hand Stamped Cuff Bracelet": (38, "brass,copper", "cuff,hand stamped,personalized,boho"),
    "Pressed Flower Resin Pendant": (31, "resin,dried flowers,sterling silver", "flower,resin,boho,gift for her"),
    "Custom Initial Keychain": (12, "brass", "keychain,initial,personalized,gift"),
    "Crystal Suncatcher": (24, "crystal,wire", "suncatcher,crystal,home decor,boho"),
}
_ET_ADJ = ["Dainty", "Handmade", "Minimalist", "Boho", "Vintage Style", "Custom", "Everyday", "Tiny"]
_ET_EXTRA_TAGS = ["handmade", "jewelry", "christmas gift", "bridesmaid gift", "mothers day", "dainty"]
_ET_COLS = ["TITLE", "DESCRIPTION", "PRICE", "CURRENCY_CODE", "QUANTITY", "TAGS", "MATERIALS"]
_ET_COLS += [f"IMAGE{i}" for i in range(1, 6)]
_ET_COLS += ["VARIATION 1 TYPE", "VARIATION 1 NAME", "VARIATION 1 VALUES"]
_ET_COLS += ["VARIATION 2 TYPE", "VARIATION 2 NAME", "VARIATION 2 VALUES", "SKU"]


def _etsy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13504)
    rows = []
    items = list(_ET_ITEMS)
    for i in range(420):
        item = str(_one(rng, items, [16, 12, 11, 14, 8, 7, 9, 6]))
        base, materials, tags = _ET_ITEMS[item]
        extra = list(rng.choice(_ET_EXTRA_TAGS, size=int(rng.integers(1, 5)), replace=False))
        tag_list = list(dict.fromkeys([*tags.split(","), *extra]))[:13]
        price = round(float(base * rng.lognormal(0, 0.2)), 0) - 0.01
        qty = 0 if rng.random() < 0.09 else int(rng.integers(1, 40))
        n_img = int(rng.integers(1, 6))
        row = {c: "" for c in _ET_COLS}
        row |= {
            "TITLE": f"{_one(rng, _ET_ADJ)} {item} - {_one(rng, ['Gift for Her', 'Birthday Gift', 'Gift Idea'])}",
            "DESCRIPTION": f"Handmade {item.lower()} made to order in our studio. Ships in 1-3 business days.",
            "PRICE": f"{price:.2f}",
            "CURRENCY_CODE": "USD",
            "QUANTITY": qty,
            "TAGS": ",".join(tag_list),
            "MATERIALS": materials,
        }
        for k in range(1, n_img + 1):
            row[f"IMAGE{k}"] = (
                f"https://i.etsystatic.com/2871234/r/il/{int(rng.integers(10**5, 10**6)):x}/il_fullxfull.jpg"
            )
        if rng.random() < 0.55:
            kind = str(_one(rng, ["Size", "Length", "Color", "Finish"]))
            values = {"Size": "5,6,7,8,9", "Length": '16",18",20"', "Color": "Gold,Silver,Rose Gold"}
            row |= {"VARIATION 1 TYPE": kind, "VARIATION 1 NAME": kind}
            row["VARIATION 1 VALUES"] = values.get(kind, "Polished,Matte")
            if rng.random() < 0.3:
                row |= {
                    "VARIATION 2 TYPE": "Gift wrap",
                    "VARIATION 2 NAME": "Gift wrap",
                    "VARIATION 2 VALUES": "No,Yes",
                }
        if rng.random() < 0.35:
            row["SKU"] = f"JW-{i + 1001}"
        rows.append(row)
    return pd.DataFrame(rows, columns=_ET_COLS)


def _et_price(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["PRICE"], errors="coerce")


def _et_tags(d: pd.DataFrame) -> pd.Series:
    return _txt(d["TAGS"]).str.split(",").explode().str.strip().str.lower()


_ETSY_QS = [
    Q(
        "how many listings are in my shop",
        _count(lambda d: len(d)),
        ("TITLE",),
    ),
    Q(
        "whats the typical price",
        either(_about(lambda d: float(_et_price(d).mean())), _about(lambda d: float(_et_price(d).median()))),
        ("PRICE",),
    ),
    Q(
        "if i sold everything in stock how much would i make",
        _dollars(lambda d: float((_et_price(d) * pd.to_numeric(d["QUANTITY"])).sum())),
        ("PRICE", "QUANTITY"),
    ),
    Q(
        "how many listings are sold out",
        _count(lambda d: int((pd.to_numeric(d["QUANTITY"]) == 0).sum())),
        ("QUANTITY",),
    ),
    Q(
        "which tag do i use most",
        _lead(_named(lambda d: _top(_et_tags(d).value_counts()))),
        ("TAGS",),
    ),
    Q(
        "how many listings don't have a sku yet?",
        _count(lambda d: int(_blank(d["SKU"]).sum())),
        ("SKU",),
    ),
]


# --- 5. CDC BRFSS nutrition, physical activity and obesity -----------------------------------------------------------

_BR_STATES = {
    "AL": ("Alabama", 1, 36.5, 32.0),
    "CA": ("California", 6, 26.0, 21.0),
    "CO": ("Colorado", 8, 23.0, 16.5),
    "FL": ("Florida", 12, 28.0, 26.0),
    "IL": ("Illinois", 17, 31.0, 25.0),
    "KY": ("Kentucky", 21, 35.5, 31.0),
    "MA": ("Massachusetts", 25, 25.0, 21.5),
    "MS": ("Mississippi", 28, 38.5, 33.0),
    "NY": ("New York", 36, 27.0, 25.5),
    "OH": ("Ohio", 39, 33.5, 26.5),
    "OR": ("Oregon", 41, 29.0, 18.0),
    "TX": ("Texas", 48, 33.0, 27.5),
    "WA": ("Washington", 53, 28.0, 18.5),
    "WV": ("West Virginia", 54, 37.5, 30.0),
    "WI": ("Wisconsin", 55, 31.5, 21.0),
}
_BR_Q = {
    "Q036": ("Obesity / Weight Status", "Percent of adults aged 18 years and older who have obesity"),
    "Q047": ("Physical Activity - Behavior", "Percent of adults who engage in no leisure-time physical activity"),
}
_BR_STRATA = [("Total", "Total"), ("Sex", "Male"), ("Sex", "Female")]
_BR_STRATA += [("Age (years)", a) for a in ["18 - 24", "25 - 34", "35 - 44", "45 - 54", "55 - 64", "65 or older"]]
_BR_AGE = {"18 - 24": -11, "25 - 34": -2, "35 - 44": 3, "45 - 54": 5.5, "55 - 64": 4, "65 or older": -2.5}
_BR_COLS = ["YearStart", "YearEnd", "LocationAbbr", "LocationDesc", "Datasource", "Class", "Topic", "Question"]
_BR_COLS += ["Data_Value_Unit", "Data_Value_Type", "Data_Value", "Data_Value_Alt", "Data_Value_Footnote_Symbol"]
_BR_COLS += ["Data_Value_Footnote", "Low_Confidence_Limit", "High_Confidence_Limit ", "Sample_Size", "Total"]
_BR_COLS += ["Age(years)", "Gender", "GeoLocation", "QuestionID", "LocationID", "StratificationCategory1"]
_BR_COLS += ["Stratification1"]


def _brfss_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13505)
    rows = []
    places = {"US": ("National", 59, 30.5, 25.0)} | _BR_STATES
    for abbr, (name, loc_id, obese, inactive) in places.items():
        lat, lon = float(rng.uniform(28, 48)), float(rng.uniform(-122, -72))
        for year in range(2015, 2023):
            trend = 0.45 * (year - 2015)
            for qid, (topic, question) in _BR_Q.items():
                level = obese + trend if qid == "Q036" else inactive + 0.1 * (year - 2015)
                for cat, strat in _BR_STRATA:
                    shift = {"Male": 0.8, "Female": -0.8}.get(strat, _BR_AGE.get(strat, 0.0))
                    if qid == "Q047":
                        shift = {"Male": -1.5, "Female": 1.5}.get(strat, 0.6 * _BR_AGE.get(strat, 0.0))
                    size = int(rng.integers(300, 9000)) if abbr != "US" else int(rng.integers(150000, 400000))
                    if cat == "Age (years)":
                        size //= 6
                    noise = 0.25 if abbr == "US" else (0.6 if cat == "Total" else 1.4)
                    v = round(float(level + shift + rng.normal(0, noise)), 1)
                    half = round(1.96 * np.sqrt(v * (100 - v) / max(size, 1)), 1)
                    row = {c: "" for c in _BR_COLS}
                    row |= {"YearStart": year, "YearEnd": year, "LocationAbbr": abbr, "LocationDesc": name}
                    row |= {"Datasource": "Behavioral Risk Factor Surveillance System", "Class": topic}
                    row |= {"Topic": topic, "Question": question, "Data_Value_Type": "Value", "QuestionID": qid}
                    row |= {"LocationID": loc_id, "StratificationCategory1": cat, "Stratification1": strat}
                    row |= {"Sample_Size": size, "Data_Value": v, "Data_Value_Alt": v}
                    row |= {"Low_Confidence_Limit": round(v - half, 1), "High_Confidence_Limit ": round(v + half, 1)}
                    if abbr != "US":
                        row["GeoLocation"] = f"({lat:.6f}, {lon:.6f})"
                    if cat == "Total":
                        row["Total"] = "Total"
                    elif cat == "Sex":
                        row["Gender"] = strat
                    else:
                        row["Age(years)"] = strat
                    if cat == "Age (years)" and abbr != "US" and rng.random() < 0.04:
                        row |= {"Data_Value": "", "Data_Value_Alt": "", "Data_Value_Footnote_Symbol": "~"}
                        row |= {"Low_Confidence_Limit": "", "High_Confidence_Limit ": ""}
                        row["Data_Value_Footnote"] = "Data not available because sample size is insufficient."
                    rows.append(row)
    return pd.DataFrame(rows, columns=_BR_COLS)


def _br_rows(d: pd.DataFrame, qid: str, year: int, strat: str = "Total") -> pd.DataFrame:
    keep = (_txt(d["QuestionID"]) == qid) & (pd.to_numeric(d["YearStart"]) == year)
    return d[keep & (_txt(d["Stratification1"]) == strat)]


def _br_val(rows: pd.DataFrame) -> pd.Series:
    return pd.Series(pd.to_numeric(rows["Data_Value"], errors="coerce").to_numpy(), index=_txt(rows["LocationDesc"]))


def _br_state_vals(d: pd.DataFrame, qid: str, year: int) -> pd.Series:
    vals = _br_val(_br_rows(d, qid, year))
    return vals.drop("National", errors="ignore")


def _br_national(year: int, strat: str = "Total") -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_br_val(_br_rows(d, "Q036", year, strat))["National"])


def _br_top_age(d: pd.DataFrame) -> str:
    keep = (_txt(d["QuestionID"]) == "Q036") & (pd.to_numeric(d["YearStart"]) == 2022)
    keep &= (_txt(d["StratificationCategory1"]) == "Age (years)") & (_txt(d["LocationDesc"]) == "National")
    rows = d[keep]
    return _top(pd.Series(pd.to_numeric(rows["Data_Value"]).to_numpy(), index=_txt(rows["Stratification1"])))


def _br_sex(d: pd.DataFrame) -> str:
    men, women = _br_national(2022, "Male")(d), _br_national(2022, "Female")(d)
    return "men" if men > women else "women"


_BRFSS_QS = [
    Q(
        "which state had the highest obesity rate in 2022",
        _lead(_named(lambda d: _top(_br_state_vals(d, "Q036", 2022)))),
        ("LocationDesc", "Data_Value", "YearStart", "Question", "Stratification1"),
    ),
    Q(
        "how did obesity change nationally from 2015 to 2022?",
        _about(lambda d: [_br_national(2015)(d), _br_national(2022)(d)]),
        ("LocationDesc", "Data_Value", "YearStart", "Question", "Stratification1"),
    ),
    Q(
        "in 2022 was it higher for men or women?",
        both(
            _lead(_named(_br_sex, {"men": ("male",), "women": ("female",)})),
            _about(lambda d: [_br_national(2022, "Male")(d), _br_national(2022, "Female")(d)], rel=0.02),
        ),
        ("LocationDesc", "Data_Value", "YearStart", "Question", "Stratification1", "Gender"),
    ),
    Q(
        "what age group has the most obesity in 2022",
        _lead(_named(_br_top_age)),
        ("LocationDesc", "Data_Value", "YearStart", "Question", "Stratification1", "Age(years)"),
    ),
    Q(
        "how many rows have no value",
        _count(lambda d: int(pd.to_numeric(d["Data_Value"], errors="coerce").isna().sum())),
        ("Data_Value",),
    ),
    Q(
        "across states in 2022 do places with more people not exercising have more obesity",
        _corr(
            lambda d: _br_state_vals(d, "Q047", 2022).sort_index(),
            lambda d: _br_state_vals(d, "Q036", 2022).sort_index(),
        ),
        ("LocationDesc", "Data_Value", "YearStart", "Question", "Stratification1"),
    ),
]


# --- 6. ONS regional GDP by ITL region (long form) -----------------------------------------------------------------

# code: (name, GDP 2022 in £ million, population in millions, growth per year)
_ON_ITL1 = {
    "TLC": ("North East", 70500, 2.65, 0.034),
    "TLD": ("North West", 243000, 7.45, 0.038),
    "TLE": ("Yorkshire and The Humber", 166000, 5.52, 0.036),
    "TLF": ("East Midlands", 131000, 4.93, 0.037),
    "TLG": ("West Midlands", 172000, 5.97, 0.037),
    "TLH": ("East of England", 201000, 6.37, 0.040),
    "TLI": ("London", 541000, 8.87, 0.050),
    "TLJ": ("South East", 352000, 9.33, 0.041),
    "TLK": ("South West", 174000, 5.76, 0.039),
    "TLL": ("Wales", 85000, 3.13, 0.035),
    "TLM": ("Scotland", 191000, 5.45, 0.036),
    "TLN": ("Northern Ireland", 54800, 1.91, 0.038),
}
_ON_ITL2 = {
    "TLD3": ("Greater Manchester", 84000, 2.88, 0.042),
    "TLE4": ("West Yorkshire", 66000, 2.36, 0.037),
    "TLI3": ("Inner London - West", 231000, 1.15, 0.054),
    "TLI4": ("Inner London - East", 154000, 2.02, 0.051),
    "TLJ1": ("Berkshire, Buckinghamshire and Oxfordshire", 112000, 2.49, 0.043),
    "TLM7": ("Eastern Scotland", 70000, 2.03, 0.037),
    "TLK1": ("Gloucestershire, Wiltshire and Bath/Bristol area", 78000, 2.35, 0.040),
}
_ON_MEASURES = [("Gross Domestic Product: Current prices", "£ million"), ("Gross Domestic Product: per head", "£")]


def _ons_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13506)
    years = list(range(1998, 2023))
    series: dict[tuple[str, str, str], list[float]] = {}
    pops: dict[str, list[float]] = {}
    for level, table in (("ITL1", _ON_ITL1), ("ITL2", _ON_ITL2)):
        for code, (name, gdp22, pop22, g) in table.items():
            path = [gdp22]
            for y in reversed(years[:-1]):
                step = g + rng.normal(0, 0.012) - (0.09 if y + 1 == 2020 else 0) + (0.08 if y + 1 == 2021 else 0)
                path.append(path[-1] / (1 + step))
            series[(level, code, name)] = [round(v) for v in reversed(path)]
            pops[code] = [pop22 / (1.006 ** (2022 - y)) for y in years]
    uk = [sum(series[k][i] for k in series if k[0] == "ITL1") for i in range(len(years))]
    uk_pop = [sum(pops[c][i] for c in _ON_ITL1) for i in range(len(years))]
    rows = []
    keys = [("UK", "UK", "United Kingdom"), *series]
    for level, code, name in keys:
        values = uk if level == "UK" else series[(level, code, name)]
        pop = uk_pop if level == "UK" else pops[code]
        for (measure, unit), scale in zip(_ON_MEASURES, ("total", "head"), strict=True):
            for i, y in enumerate(years):
                v = values[i] if scale == "total" else round(values[i] / pop[i])
                rows.append(
                    {
                        "itl_level": level,
                        "itl_code": code,
                        "region_name": name,
                        "measure": measure,
                        "unit": unit,
                        "year": y,
                        "value": v,
                    }
                )
    return pd.DataFrame(rows)


def _on_gdp(d: pd.DataFrame, year: int, levels: tuple[str, ...] = ("ITL1",), head: bool = False) -> pd.Series:
    keep = _txt(d["itl_level"]).isin(levels) & (pd.to_numeric(d["year"]) == year)
    keep &= _txt(d["measure"]).str.endswith("per head" if head else "Current prices")
    return pd.Series(pd.to_numeric(d.loc[keep, "value"]).to_numpy(), index=_txt(d.loc[keep, "region_name"]))


def _on_growth(levels: tuple[str, ...]) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_on_gdp(d, 2022, levels) / _on_gdp(d, 1998, levels))


def _on_london_share(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_on_gdp(d, year)["London"] / _on_gdp(d, year, ("UK",))["United Kingdom"])


_ONS_QS = [
    Q(
        "which region had the biggest economy in 2022?",
        _lead(_named(lambda d: _top(_on_gdp(d, 2022, ("ITL1", "ITL2"))))),
        ("region_name", "value", "year", "measure", "itl_level"),
    ),
    Q(
        "what was gdp per person there that year",
        _dollars(lambda d: float(_on_gdp(d, 2022, head=True)["London"])),
        ("region_name", "value", "year", "measure"),
    ),
    Q(
        "how much did the uk economy grow from 2010 to 2022 in percent",
        _share(lambda d: float(_on_gdp(d, 2022, ("UK",)).iloc[0] / _on_gdp(d, 2010, ("UK",)).iloc[0] - 1)),
        ("region_name", "value", "year", "measure", "itl_level"),
    ),
    Q(
        "which region has grown the fastest since 1998",
        either(_lead(_named(_on_growth(("ITL1",)))), _lead(_named(_on_growth(("ITL1", "ITL2"))))),
        ("region_name", "value", "year", "measure", "itl_level"),
    ),
    Q(
        "what share of uk gdp does london make up in 2022",
        _share(_on_london_share(2022)),
        ("region_name", "value", "year", "measure", "itl_level"),
    ),
    Q(
        "and back in 1998?",
        _share(_on_london_share(1998)),
        ("region_name", "value", "year", "measure", "itl_level"),
    ),
]


# --- 7. NOAA CO-OPS hourly heights -----------------------------------------------------------------------------------


def _noaa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13507)
    times = pd.date_range("2024-01-01 00:00", "2024-03-31 23:00", freq="h")
    hours = np.arange(len(times), dtype=float)
    tide = 2.25 * np.cos(2 * np.pi * hours / 12.42 + 0.7) + 0.45 * np.cos(2 * np.pi * hours / 12.0 + 1.9)
    tide += 0.2 * np.cos(2 * np.pi * hours / 25.82)
    surge = np.zeros(len(times))
    for center, height, width in ((250, 1.6, 20), (980, 2.3, 16), (1500, 1.1, 30), (1900, -1.0, 24)):
        surge += height * np.exp(-(((hours - center) / width) ** 2))
    seasonal = -0.25 * np.cos(2 * np.pi * (hours - 300) / 2184)
    level = 2.55 + tide + surge + seasonal + rng.normal(0, 0.12, len(times))
    values = [f"{v:.3f}" for v in level]
    for i in rng.choice(len(times), size=9, replace=False):
        values[int(i)] = ""
    out = pd.DataFrame(
        {
            "Date Time": [f"{t:%Y-%m-%d %H:%M}" for t in times],
            " Water Level": values,
            " Sigma": ["0.000" if v else "" for v in values],
            " I": 0,
            " L": 0,
        }
    )
    return out


def _nt_level(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d[" Water Level"], errors="coerce")


def _nt_time(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date Time"], format="%Y-%m-%d %H:%M")


def _nt_daily_range(d: pd.DataFrame) -> float:
    by_day = _nt_level(d).groupby(_nt_time(d).dt.date)
    return float((by_day.max() - by_day.min()).mean())


_NOAA_QS = [
    Q(
        "what was the highest the water got and when",
        both(
            _about(lambda d: float(_nt_level(d).max()), rel=0.003),
            _day(lambda d: _nt_time(d)[_nt_level(d).idxmax()]),
        ),
        ("Date Time", " Water Level"),
    ),
    Q(
        "average water level in february?",
        _about(lambda d: float(_nt_level(d)[_nt_time(d).dt.month == 2].mean()), rel=0.01),
        ("Date Time", " Water Level"),
    ),
    Q(
        "how many hours was the water above 5 feet",
        _count(lambda d: int((_nt_level(d) > 5).sum())),
        ("Date Time", " Water Level"),
    ),
    Q(
        "are there any gaps in the readings? how many",
        _count(lambda d: int(_nt_level(d).isna().sum())),
        ("Date Time", " Water Level"),
    ),
    Q(
        "which month had the highest average water level",
        _lead(_month(lambda d: _nt_time(d)[_nt_level(d).groupby(_nt_time(d).dt.month).transform("mean").idxmax()])),
        ("Date Time", " Water Level"),
    ),
    Q(
        "on a typical day how big is the gap between high and low water",
        either(
            _about(_nt_daily_range, rel=0.01),
            _about(
                lambda d: float(_nt_level(d).groupby(_nt_time(d).dt.date).agg(lambda s: s.max() - s.min()).median())
            ),
        ),
        ("Date Time", " Water Level"),
    ),
]


HELDOUT135: list[Dataset] = [
    Dataset("mercury_bank_transactions", _mercury_frame, _MERCURY_QS),
    Dataset("zendesk_talk_calls_export", _zendesk_frame, _ZENDESK_QS),
    Dataset("garmin_sleep_export", _garmin_frame, _GARMIN_QS),
    Dataset("etsy_listings_export", _etsy_frame, _ETSY_QS),
    Dataset("cdc_brfss_obesity_by_state", _brfss_frame, _BRFSS_QS),
    Dataset("ons_regional_gdp_long", _ons_frame, _ONS_QS),
    Dataset("noaa_tides_hourly_water_level", _noaa_frame, _NOAA_QS),
]
