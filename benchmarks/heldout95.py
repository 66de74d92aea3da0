"""HELDOUT95: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files people download from services and public sources: a Venmo account
statement for 2023 (venmo_statement.csv) with "Account Statement - (@Jenna-Park-7)" and "Account Activity" on the
lines above the header (so the frame's header is that title and "Unnamed: 1" ..., and every column reads as text),
a header row with an empty first cell then ID (19 digits), Datetime "2023-03-14T10:22:31", Type Payment / Charge /
Standard Transfer, Status Complete / Issued, Note with emoji ("dinner 🍜", "March rent 🏠"), From, To, Amount (total)
"- $12.50" / "+ $20.00" / "- $1,150.00", Amount (tip), Amount (tax) and Amount (fee) (blank), Tax Rate, Tax Exempt,
Funding Source "Venmo balance" / "Chase Checking *4821" (blank on money received and on transfers), Destination
("Venmo balance", or the bank on a Standard Transfer), Beginning Balance, Ending Balance, Statement Period Venmo
Fees, Terminal Location, Year to Date Venmo Fees and Disclaimer, a row under the header with only the Beginning
Balance "$84.20" and a summary row at the bottom with only the Ending Balance; a Peloton workouts export
(2021-07 to 2023-12) with Workout Timestamp "2023-03-14 07:02 (EST)" / "(EDT)", Live/On-Demand "Live" / "On
Demand", Instructor Name (blank for Just Ride), Length (minutes), Fitness Discipline Cycling / Strength / Running /
Yoga / Stretching, Type (Music, Intervals, Climb, Power Zone, Upper Body, Core ...), Title "30 min Pop Ride",
Class Timestamp (blank for Just Ride), Total Output in kJ, Avg. Watts, Avg. Resistance "45%", Avg. Cadence (RPM)
(all four blank off the bike), Avg. Speed (mph) and Distance (mi) (bike and tread only), Calories Burned and Avg.
Heartrate (blank when no monitor was paired); a Google Calendar export for 2023 converted to the Outlook-style CSV
with Subject, Start Date "03/14/2023", Start Time "10:00 AM" (blank on all-day events), End Date (the day after the
last day on all-day events), End Time, All Day Event and Private as True / False, a mostly blank Description (Zoom
links) and Location ("Zoom", "Conf Room 4B - Atlas", street addresses, often blank); a WooCommerce order export for
2023 with one row per line item (order fields repeated on every line of an order) and Order Number, Order Status
completed / processing / refunded / cancelled / on-hold, Order Date "2023-03-14 10:22", Customer Note (mostly
blank), Billing City, Billing Country as codes (US, CA, GB, AU), Payment Method Title, Cart Discount Amount,
Order Subtotal Amount, Shipping Method Title Flat rate / Free shipping / Local pickup, Order Shipping Amount, Order
Total Amount, Order Total Tax Amount, SKU "WM-TEE-BLK", Item # (the line number in the order), Item Name,
Quantity (- Refund) (0 on refunded orders) and Item Cost (the unit price); the FBI's estimated crimes by state and
year (1995-2022, the national row first in each year with state_abbr and state_name blank and counts equal to the
sum of the states) with year, state_abbr, state_name, population, violent_crime, homicide, rape_legacy (blank after
2016), rape_revised (blank before 2013), robbery, aggravated_assault, property_crime, burglary, larceny,
motor_vehicle_theft and caveats (mostly blank); Hacker News posts (Sep 2015 - Sep 2016) with id, title ("Ask HN:
...", "Show HN: ...", a few "Ask hn:" / "ASK HN:"), url (blank for Ask HN and a few others), num_points,
num_comments, author and created_at "9/26/2016 3:26"; and NYC high-volume for-hire trip records for one week of
January 2023 in the TLC's layout with hvfhs_license_num HV0003 / HV0005, dispatching_base_num, originating_base_num
(blank for HV0005), request_datetime, on_scene_datetime (blank for HV0005), pickup_datetime, dropoff_datetime
"2023-01-09 08:14:22", PULocationID, DOLocationID, trip_miles, trip_time (seconds), base_passenger_fare, tolls, bcf,
sales_tax, congestion_surcharge, airport_fee, tips, driver_pay, shared_request_flag, shared_match_flag,
access_a_ride_flag (" " for HV0005), wav_request_flag and wav_match_flag as Y / N. All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout42 import _ranked
from .heldout86 import _amount, _money
from .offline_eval import DAY_WORDS, Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import labels_in as _labels_in
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _either_sign(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount, written as a positive or a negative figure."""
    return either(_money(value), _money(lambda d: -float(value(d))))


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A weekday (pandas numbering), by name or short name."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        day = int(value(df))
        if re.search(rf"\b(?:{DAY_WORDS[day]})s?\b", answer, re.IGNORECASE):
            return None
        return f"missing weekday {day}"

    return check


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "15:00", "3 pm", "3:00 PM", "hour 15", "15h"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "pm" if h >= 12 else "am"
        patterns = [
            rf"(?<![\d:]){h:02d}:\d\d",
            rf"(?<![\d:]){h}:\d\d(?!\s*[ap]\.?m)" if h >= 12 else rf"(?<![\d:]){h}:\d\d(?!\s*p\.?m)",
            rf"(?<![\d:]){h12}(?::00)?\s*{half[0]}\.?m\b",
            rf"\bhour\s+(?:of\s+)?{h}\b",
            rf"(?<![\d:]){h}\s*h\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Venmo account statement (venmo_statement.csv) --------------------------------------------------------------

_VM_USER = "Jenna Park"
_VM_BANK = "Chase Checking *4821"
_VM_HEADER = _split(
    ";ID;Datetime;Type;Status;Note;From;To;Amount (total);Amount (tip);Amount (tax);Amount (fee);Tax Rate;"
    "Tax Exempt;Funding Source;Destination;Beginning Balance;Ending Balance;Statement Period Venmo Fees;"
    "Terminal Location;Year to Date Venmo Fees;Disclaimer"
)
_VM_FRIENDS = (
    "Priya Shah:6;Tom Becker:5;Alicia Gomez:5;Dev Patel:4;Sara Kim:4;Chris O'Neil:3;Nina Rossi:3;Ben Carter:2;"
    "Lauren Wu:2;Jake Miller:2;Emma Davis:2;Marcus Lee:3"
)
_VM_NOTES = _split(
    "dinner 🍜;🍕;pizza night 🍕;drinks 🍻;uber 🚗;groceries 🛒;concert tix 🎶;brunch 🥞;☕;gas ⛽;movie 🎬;"
    "tacos 🌮;sushi 🍣;bday gift 🎁;cabin weekend 🏕️;thanks!!;beer 🍺;bowling 🎳;parking;ski trip ⛷️"
)


def _vm_money(x: float) -> str:
    return f"{'-' if x < 0 else '+'} ${abs(x):,.2f}"


def _venmo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9501)
    events: list[tuple[pd.Timestamp, str, str, str, str, float]] = []
    for m in range(1, 13):
        first = pd.Timestamp(2023, m, 1)
        rent_day = first + pd.Timedelta(hours=int(rng.integers(8, 22)), minutes=int(rng.integers(0, 60)))
        events.append((rent_day, "Payment", f"{first:%B} rent 🏠", _VM_USER, "Marcus Lee", -1150.0))
        util_day = first + pd.Timedelta(days=int(rng.integers(14, 24)), hours=int(rng.integers(9, 21)))
        util = -round(float(rng.uniform(38, 95)), 2)
        events.append((util_day, "Charge", "utilities ⚡", "Marcus Lee", _VM_USER, util))
    for _ in range(360):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        when = day + pd.Timedelta(hours=int(rng.integers(9, 24)), minutes=int(rng.integers(0, 60)))
        friend = _draw(rng, _VM_FRIENDS)
        note = str(_one(rng, _VM_NOTES))
        size = float(rng.lognormal(np.log(24), 0.7))
        if day.month == 12 and rng.random() < 0.5:
            note, size = "xmas gift 🎄🎁", size * 2.5
        amount = round(min(size, 400.0), 2)
        if rng.random() < 0.55:
            events.append((when, "Payment", note, _VM_USER, friend, -amount))
        elif rng.random() < 0.7:
            events.append((when, "Payment", note, friend, _VM_USER, amount))
        else:
            events.append((when, "Charge", note, _VM_USER, friend, amount))
    events.sort(key=lambda e: e[0])
    width = len(_VM_HEADER)
    blank = [""] * width
    begin = 84.20
    balance = begin
    body: list[list[Any]] = [["Account Activity", *blank[1:]], _VM_HEADER]
    top = list(blank)
    top[16] = f"${begin:,.2f}"
    body.append(top)
    tid = 3_712_449_018_230_000_000
    for when, kind, note, sender, receiver, amount in events:
        when += pd.Timedelta(seconds=int(rng.integers(0, 60)))
        tid += int(rng.integers(10**12, 9 * 10**13))
        row = list(blank)
        if amount > 0:
            source, dest = "", "Venmo balance"
            balance += amount
        elif balance >= -amount and rng.random() < 0.7:
            source, dest = "Venmo balance", ""
            balance += amount
        else:
            source, dest = _VM_BANK, ""
        row[1:9] = [str(tid), f"{when:%Y-%m-%dT%H:%M:%S}", kind, "Complete", note, sender, receiver]
        row[8] = _vm_money(amount)
        row[14], row[15] = source, dest
        body.append(row)
        if balance > 150 and rng.random() < 0.12:
            out = round(balance * float(rng.uniform(0.5, 1.0)), 2)
            balance -= out
            tid += int(rng.integers(10**12, 9 * 10**13))
            later = when + pd.Timedelta(minutes=int(rng.integers(5, 300)), seconds=int(rng.integers(0, 60)))
            row = list(blank)
            row[1:8] = [str(tid), f"{later:%Y-%m-%dT%H:%M:%S}", "Standard Transfer", "Issued", "", "", ""]
            row[8] = _vm_money(-out)
            row[15] = _VM_BANK
            body.append(row)
    end = list(blank)
    end[17] = f"${balance:,.2f}"
    body.append(end)
    return pd.DataFrame(body, columns=pd.Index(["Account Statement - (@Jenna-Park-7)"] + [""] * (width - 1)))


def _vm(d: pd.DataFrame) -> pd.DataFrame:
    """The transactions under their real header, amounts and dates read."""
    values = d.to_numpy(dtype=object)
    at = next(i for i, r in enumerate(values) if str(r[1]).strip() == "ID")
    frame = pd.DataFrame(values[at + 1 :], columns=_VM_HEADER)
    frame = frame[_text(frame["ID"]) != ""].copy()
    frame["Amount (total)"] = _amount(_text(frame["Amount (total)"]).str.replace("+", "", regex=False))
    frame["Datetime"] = pd.to_datetime(frame["Datetime"], format="%Y-%m-%dT%H:%M:%S")
    for col in ("From", "To", "Type"):
        frame[col] = _text(frame[col])
    return frame


def _vm_out(d: pd.DataFrame, transfers: bool = False) -> pd.DataFrame:
    v = _vm(d)
    keep = v["Amount (total)"] < 0
    if not transfers:
        keep &= v["Type"] != "Standard Transfer"
    return v[keep]


def _vm_payee(d: pd.DataFrame) -> str:
    o = _vm_out(d)
    other = o["To"].where(o["From"] == _VM_USER, o["From"])
    return _top(o["Amount (total)"].abs().groupby(other).sum())


def _vm_month(transfers: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        o = _vm_out(d, transfers)
        by = o["Amount (total)"].abs().groupby(o["Datetime"].dt.to_period("M")).sum()
        return by.idxmax().to_timestamp()

    return value


def _vm_transfers(d: pd.DataFrame) -> pd.DataFrame:
    v = _vm(d)
    return v[v["Type"] == "Standard Transfer"]


def _vm_ending(d: pd.DataFrame) -> float:
    values = d.to_numpy(dtype=object)
    at = next(i for i, r in enumerate(values) if str(r[1]).strip() == "ID")
    column = pd.Series(values[at + 1 :, 17])
    return float(_amount(column).dropna().iloc[-1])


def _vm_uses(*names: str) -> tuple[str, ...]:
    """The real header names and the "Unnamed: k" names the frame reads them under."""
    return (*names, *(f"Unnamed: {_VM_HEADER.index(n)}" for n in names))


_VM_ID = ("ID", "Datetime")
_VENMO_QS = [
    Q(
        "how much did i pay people in total? not counting transfers to my bank",
        _either_sign(lambda d: float(_vm_out(d)["Amount (total)"].sum())),
        _vm_uses(*_VM_ID, "Amount (total)", "Type", "From", "To"),
    ),
    Q(
        "who did i send the most money to",
        _lead(_named(_vm_payee)),
        _vm_uses(*_VM_ID, "Amount (total)", "Type", "From", "To"),
    ),
    Q(
        "which month did i spend the most",
        either(_lead(_month_year(_vm_month(False))), _lead(_month_year(_vm_month(True)))),
        _vm_uses(*_VM_ID, "Amount (total)", "Type"),
    ),
    Q(
        "how many times did i cash out to my bank",
        _count(lambda d: float(len(_vm_transfers(d)))),
        _vm_uses(*_VM_ID, "Type", "Destination", "Amount (total)"),
    ),
    Q(
        "and how much was that altogether",
        _either_sign(lambda d: float(_vm_transfers(d)["Amount (total)"].sum())),
        _vm_uses(*_VM_ID, "Type", "Destination", "Amount (total)"),
    ),
    Q(
        "whats my ending balance",
        _either_sign(_vm_ending),
        _vm_uses(*_VM_ID, "Ending Balance", "Beginning Balance", "Amount (total)"),
    ),
]


# --- 2. Peloton workouts export (workouts.csv) ---------------------------------------------------------------------

_PT_COLUMNS = _split(
    "Workout Timestamp;Live/On-Demand;Instructor Name;Length (minutes);Fitness Discipline;Type;Title;"
    "Class Timestamp;Total Output;Avg. Watts;Avg. Resistance;Avg. Cadence (RPM);Avg. Speed (mph);Distance (mi);"
    "Calories Burned;Avg. Heartrate"
)
# discipline: weight, instructors "name:weight;...", types "type:weight;...", lengths "minutes:weight;..."
_PT_DISCIPLINES: dict[str, tuple[float, str, str, str]] = {
    "Cycling": (
        55,
        "Cody Rigsby:7;Alex Toussaint:4;Robin Arzón:3;Denis Morton:3;Emma Lovewell:2;Hannah Frankson:2;"
        "Matt Wilpers:3;Christine D'Ercole:1",
        "Music:5;Intervals:3;Climb:2;Power Zone:2;Low Impact:1",
        "10:1;20:3;30:8;45:3;60:1",
    ),
    "Strength": (
        18,
        "Andy Speer:3;Adrian Williams:2;Jess Sims:2;Rad Lopez:2",
        "Upper Body:3;Full Body:3;Core:3;Lower Body:2",
        "5:1;10:4;20:3;30:2",
    ),
    "Running": (9, "Becs Gentry:2;Matty Maggiacomo:2;Jess Sims:1", "Fun Run:2;Endurance:2;Intervals:1", "20:2;30:2"),
    "Yoga": (8, "Aditi Shah:2;Kristin McGee:1;Denis Morton:1", "Yoga Flow:3;Restorative:1", "10:2;20:2;30:1"),
    "Stretching": (10, "Hannah Corbin:2;Adrian Williams:1;Jess Sims:1", "Stretch:1", "5:2;10:3"),
}
_PT_THEMES = _split("Pop;80s;90s;Hip Hop;Rock;Latin;Country;Disco;2000s;EDM")


def _pt_stamp(t: pd.Timestamp) -> str:
    local = t.tz_localize("America/New_York")
    return f"{local:%Y-%m-%d %H:%M} ({local:%Z})"


def _peloton_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9502)
    disciplines = list(_PT_DISCIPLINES)
    n = 980
    start = pd.Timestamp("2021-07-01")
    span = (pd.Timestamp("2023-12-31") - start).days
    offsets = np.sort(span * np.sqrt(rng.uniform(0, 1, n)))
    rows = []
    for i in range(n):
        day = start + pd.Timedelta(days=float(offsets[i]))
        t = day.normalize() + pd.Timedelta(minutes=int(_one(rng, [6 * 60, 7 * 60, 12 * 60, 18 * 60, 19 * 60])))
        t += pd.Timedelta(minutes=int(rng.integers(0, 55)))
        disc = str(_one(rng, disciplines, [v[0] for v in _PT_DISCIPLINES.values()]))
        people, kinds, lengths = _PT_DISCIPLINES[disc][1:]
        length = int(_draw(rng, lengths))
        kind = _draw(rng, kinds)
        instructor = _draw(rng, people)
        just_ride = disc == "Cycling" and rng.random() < 0.04
        live = "Live" if rng.random() < 0.12 and not just_ride else "On Demand"
        if disc == "Cycling":
            title = f"{length} min {_one(rng, _PT_THEMES)} Ride" if kind == "Music" else f"{length} min {kind} Ride"
        elif disc == "Strength":
            title = f"{length} min {kind} Strength"
        elif disc == "Running":
            title = f"{length} min {kind}" if kind == "Fun Run" else f"{length} min {kind} Run"
        elif disc == "Yoga":
            title = f"{length} min {kind}"
        else:
            title = f"{length} min {_one(rng, ['Post-Ride', 'Full Body', 'Lower Body'])} Stretch"
        klass = t - pd.Timedelta(days=int(rng.integers(1, 400)), hours=int(rng.integers(0, 12)))
        if live == "Live":
            klass = t
        row: dict[str, Any] = {
            "Workout Timestamp": _pt_stamp(t),
            "Live/On-Demand": live,
            "Instructor Name": "" if just_ride else instructor,
            "Length (minutes)": length,
            "Fitness Discipline": disc,
            "Type": "Music" if just_ride else kind,
            "Title": "" if just_ride else title,
            "Class Timestamp": "" if just_ride else _pt_stamp(klass.floor("h")),
        }
        years = (t - start).days / 365
        hr_on = rng.random() > 0.25
        if disc == "Cycling":
            watts = 118 + 11 * years + {"Power Zone": 10, "Intervals": 12, "Climb": 8, "Low Impact": -30}.get(kind, 0)
            watts = max(45.0, watts - 0.35 * (length - 30) + float(rng.normal(0, 14)))
            resistance = int(np.clip(round(24 + 0.16 * watts + float(rng.normal(0, 3))), 20, 70))
            cadence = int(np.clip(round(78 + 0.05 * watts + float(rng.normal(0, 5))), 60, 110))
            speed = round(9.5 + 0.07 * watts + float(rng.normal(0, 0.4)), 2)
            output = round(watts * length * 60 / 1000)
            hr = 108 + 0.9 * (resistance - 30) + 0.04 * (watts - 120) + float(rng.normal(0, 7))
            row |= {
                "Total Output": output,
                "Avg. Watts": round(watts),
                "Avg. Resistance": f"{resistance}%",
                "Avg. Cadence (RPM)": cadence,
                "Avg. Speed (mph)": speed,
                "Distance (mi)": round(speed * length / 60, 2),
                "Calories Burned": round(output * float(rng.uniform(0.95, 1.2))),
            }
        elif disc == "Running":
            speed = round(float(rng.uniform(5.4, 7.6)), 2)
            hr = 140 + 6 * (speed - 6) + float(rng.normal(0, 6))
            row |= {
                "Avg. Speed (mph)": speed,
                "Distance (mi)": round(speed * length / 60, 2),
                "Calories Burned": round(length * float(rng.uniform(10, 13))),
            }
        else:
            per = {"Strength": 6.5, "Yoga": 3.5, "Stretching": 2.8}[disc]
            hr = {"Strength": 112, "Yoga": 92, "Stretching": 84}[disc] + float(rng.normal(0, 6))
            row["Calories Burned"] = round(length * per * float(rng.uniform(0.8, 1.2)))
        row["Avg. Heartrate"] = round(hr, 1) if hr_on else ""
        rows.append(row)
    frame = pd.DataFrame(rows, columns=_PT_COLUMNS)
    return frame.iloc[::-1].reset_index(drop=True)


def _pt_rides(d: pd.DataFrame, thirty: bool = False) -> pd.DataFrame:
    r = d[d["Fitness Discipline"] == "Cycling"]
    return r[r["Length (minutes)"] == 30] if thirty else r


def _pt_year(d: pd.DataFrame) -> pd.Series:
    return _text(d["Workout Timestamp"]).str.slice(0, 4).astype(int)


def _pt_by_year(thirty: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        r = _pt_rides(d, thirty)
        return [float(x) for x in r["Total Output"].groupby(_pt_year(r)).mean()]

    return values


_PT_ID = ("Workout Timestamp",)
_PELOTON_QS = [
    Q("how many workouts have i done", _count(lambda d: float(len(d))), _PT_ID),
    Q(
        "who's my most frequent instructor",
        _lead(_named(lambda d: _top(d["Instructor Name"].dropna().value_counts()))),
        (*_PT_ID, "Instructor Name"),
    ),
    Q(
        "whats my average output on 30 minute rides",
        _about(lambda d: float(_pt_rides(d, True)["Total Output"].mean())),
        (*_PT_ID, "Total Output", "Length (minutes)", "Fitness Discipline"),
    ),
    Q(
        "is it going up? by year",
        either(_about(_pt_by_year(True)), _about(_pt_by_year(False))),
        (*_PT_ID, "Total Output", "Length (minutes)", "Fitness Discipline"),
    ),
    Q(
        "how many calories did i burn in 2023 total",
        _money(lambda d: float(d.loc[_pt_year(d) == 2023, "Calories Burned"].sum())),
        (*_PT_ID, "Calories Burned"),
    ),
    Q(
        "does my heart rate go up when the resistance is higher",
        _corr(
            lambda d: _amount(_pt_rides(d)["Avg. Resistance"]),
            lambda d: _pt_rides(d)["Avg. Heartrate"],
        ),
        (*_PT_ID, "Avg. Resistance", "Avg. Heartrate", "Fitness Discipline"),
    ),
]


# --- 3. Google Calendar export as CSV (calendar.csv) ---------------------------------------------------------------

_GC_COLUMNS = _split("Subject;Start Date;Start Time;End Date;End Time;All Day Event;Description;Location;Private")
# subject: minutes, location choices, weight
_GC_ONE_OFF: list[tuple[str, int, str, float]] = [
    ("Sync with marketing", 30, "Zoom|Conf Room 4B - Atlas", 5),
    ("Interview - Backend Engineer", 60, "Zoom|Conf Room 2A - Polaris", 4),
    ("Lunch w/ Sam", 60, "Sweetgreen, 220 Main St|", 2),
    ("Dentist", 60, "Bright Smile Dental, 48 Elm St", 1),
    ("Haircut", 45, "", 1),
    ("Gym", 60, "|Equinox", 4),
    ("Yoga class", 75, "CorePower Yoga", 2),
    ("Dinner with Alex", 120, "|", 2),
    ("Customer call - Northwind", 45, "Zoom|Google Meet", 4),
    ("Budget review", 60, "Conf Room 4B - Atlas", 2),
    ("Coffee chat", 30, "|Blue Bottle Coffee", 3),
    ("Doctor appt", 30, "City Health Clinic, 900 Oak Ave", 1),
    ("Focus time", 120, "", 3),
    ("Happy hour", 90, "The Tap Room|", 1),
]
_GC_ALL_DAY = _split("Out of office;Mom's birthday;Company holiday;Conference - DataConf;Dad's birthday;WFH")


def _gc_clock(t: pd.Timestamp) -> str:
    return f"{t:%I:%M %p}".lstrip("0")


def _calendar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9503)
    events: list[tuple[pd.Timestamp, str, int, str]] = []
    days = pd.date_range("2023-01-02", "2023-12-29")
    off = set(pd.date_range("2023-07-10", "2023-07-21")) | set(pd.date_range("2023-12-22", "2023-12-29"))
    for day in days:
        if day in off or day.dayofweek >= 5:
            continue
        if rng.random() < 0.93:
            events.append((day + pd.Timedelta(hours=9, minutes=30), "Team Standup", 15, "Zoom"))
        if day.dayofweek == 1 and rng.random() < 0.9:
            events.append((day + pd.Timedelta(hours=14), "1:1 with Priya", 30, "Conf Room 4B - Atlas"))
        if day.dayofweek == 0 and day.isocalendar().week % 2 == 0:
            events.append((day + pd.Timedelta(hours=10), "Sprint Planning", 90, "Conf Room 2A - Polaris"))
        if day.dayofweek == 3 and rng.random() < 0.85:
            events.append((day + pd.Timedelta(hours=15), "Design Review", 60, "Zoom"))
    weekday_weight = [1.0, 2.2, 1.2, 1.0, 0.8, 0.35, 0.3]
    all_days = pd.date_range("2023-01-01", "2023-12-31")
    p = np.array([weekday_weight[d.dayofweek] for d in all_days])
    for _ in range(260):
        day = all_days[int(rng.choice(len(all_days), p=p / p.sum()))]
        subject, minutes, places, _w = _GC_ONE_OFF[
            int(rng.choice(len(_GC_ONE_OFF), p=np.array([x[3] for x in _GC_ONE_OFF]) / sum(x[3] for x in _GC_ONE_OFF)))
        ]
        hour = int(rng.integers(8, 19)) if subject not in ("Dinner with Alex", "Happy hour") else 18
        start = day + pd.Timedelta(hours=hour, minutes=int(_one(rng, [0, 0, 30, 15, 45])))
        events.append((start, subject, minutes, str(_one(rng, places.split("|")))))
    rows = []
    for start, subject, minutes, place in events:
        end = start + pd.Timedelta(minutes=minutes)
        zoom = place == "Zoom" and rng.random() < 0.6
        rows.append(
            {
                "Subject": subject,
                "Start Date": f"{start:%m/%d/%Y}",
                "Start Time": _gc_clock(start),
                "End Date": f"{end:%m/%d/%Y}",
                "End Time": _gc_clock(end),
                "All Day Event": "False",
                "Description": f"https://zoom.us/j/{int(rng.integers(10**9, 10**10))}" if zoom else "",
                "Location": place,
                "Private": "True" if subject in ("Dentist", "Doctor appt", "Haircut") else "False",
            }
        )
    for _ in range(28):
        day = all_days[int(rng.integers(0, len(all_days)))]
        subject = str(_one(rng, _GC_ALL_DAY, [3, 1, 2, 1, 1, 4]))
        length = int(rng.integers(2, 4)) if subject.startswith("Conference") else 1
        rows.append(
            {
                "Subject": subject,
                "Start Date": f"{day:%m/%d/%Y}",
                "Start Time": "",
                "End Date": f"{day + pd.Timedelta(days=length):%m/%d/%Y}",
                "End Time": "",
                "All Day Event": "True",
                "Description": "",
                "Location": "Austin, TX" if subject.startswith("Conference") else "",
                "Private": "True" if "birthday" in subject else "False",
            }
        )
    rows.append(
        {
            "Subject": "Vacation - Maine",
            "Start Date": "07/10/2023",
            "Start Time": "",
            "End Date": "07/22/2023",
            "End Time": "",
            "All Day Event": "True",
            "Description": "",
            "Location": "Bar Harbor, ME",
            "Private": "False",
        }
    )
    frame = pd.DataFrame(rows, columns=_GC_COLUMNS)
    order = pd.to_datetime(frame["Start Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _gc_all_day(d: pd.DataFrame) -> pd.Series:
    return d["All Day Event"].astype(str).str.lower() == "true"


def _gc_minutes(d: pd.DataFrame) -> pd.Series:
    t = d[~_gc_all_day(d)]
    start = pd.to_datetime(t["Start Date"] + " " + t["Start Time"], format="%m/%d/%Y %I:%M %p")
    end = pd.to_datetime(t["End Date"] + " " + t["End Time"], format="%m/%d/%Y %I:%M %p")
    return (end - start).dt.total_seconds() / 60


def _gc_day(timed: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        rows = d[~_gc_all_day(d)] if timed else d
        days = pd.to_datetime(rows["Start Date"], format="%m/%d/%Y").dt.dayofweek
        return int(_top(days.value_counts()))

    return value


def _gc_standup(d: pd.DataFrame) -> float:
    m = _gc_minutes(d)
    return float(m[d.loc[m.index, "Subject"] == "Team Standup"].sum())


_GC_ID = ("Subject", "Start Date")
_CALENDAR_QS = [
    Q("how many events are in my calendar", _count(lambda d: float(len(d))), _GC_ID),
    Q(
        "how many hours did i spend in standups this year",
        either(_about(lambda d: _gc_standup(d) / 60), has(_gc_standup)),
        (*_GC_ID, "Start Time", "End Date", "End Time"),
    ),
    Q(
        "which day of the week am i busiest",
        either(_lead(_weekday(_gc_day(False))), _lead(_weekday(_gc_day(True)))),
        (*_GC_ID, "All Day Event"),
    ),
    Q(
        "how many all-day things are there",
        _count(lambda d: float(_gc_all_day(d).sum())),
        (*_GC_ID, "All Day Event"),
    ),
    Q(
        "what's the typical meeting length in minutes, leaving out the all day stuff",
        either(_about(lambda d: float(_gc_minutes(d).mean())), _about(lambda d: float(_gc_minutes(d).median()))),
        (*_GC_ID, "Start Time", "End Date", "End Time", "All Day Event"),
    ),
    Q(
        "how many events have no location",
        either(
            _count(lambda d: float(d["Location"].isna().sum())),
            _count(lambda d: float(d.loc[~_gc_all_day(d), "Location"].isna().sum())),
        ),
        (*_GC_ID, "Location", "All Day Event"),
    ),
]


# --- 4. WooCommerce order export, one row per line item (orders-export.csv) ----------------------------------------

_WC_COLUMNS = _split(
    "Order Number;Order Status;Order Date;Customer Note;Billing City;Billing Country;Payment Method Title;"
    "Cart Discount Amount;Order Subtotal Amount;Shipping Method Title;Order Shipping Amount;Order Total Amount;"
    "Order Total Tax Amount;SKU;Item #;Item Name;Quantity (- Refund);Item Cost"
)
# sku: name, price, weight
_WC_PRODUCTS: dict[str, tuple[str, float, float]] = {
    "WM-TEE-BLK": ("Logo T-Shirt - Black", 24.0, 8),
    "WM-TEE-WHT": ("Logo T-Shirt - White", 24.0, 5),
    "WM-HOOD-GRY": ("Pullover Hoodie - Grey", 55.0, 5),
    "WM-MUG-11": ("Ceramic Mug 11oz", 16.0, 6),
    "WM-CAP-NVY": ("Dad Cap - Navy", 28.0, 4),
    "WM-STK-PK": ("Sticker Pack", 8.0, 9),
    "WM-TOTE": ("Canvas Tote Bag", 20.0, 4),
    "WM-POST-A3": ("Art Print A3", 30.0, 3),
    "WM-BEAN": ("Knit Beanie", 26.0, 3),
    "WM-SOCK": ("Crew Socks", 14.0, 3),
}
_WC_CITIES = {
    "US": "Portland;Austin;Brooklyn;Chicago;Denver;Seattle;Atlanta;Minneapolis",
    "CA": "Toronto;Vancouver;Montreal;Calgary",
    "GB": "London;Manchester;Bristol;Leeds",
    "AU": "Melbourne;Sydney;Brisbane",
}
_WC_TAX = {"US": 0.07, "CA": 0.13, "GB": 0.0, "AU": 0.0}


def _woo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9504)
    skus = list(_WC_PRODUCTS)
    weights = np.array([v[2] for v in _WC_PRODUCTS.values()])
    rows = []
    number = 1041
    stamps = pd.Timestamp("2023-01-01") + pd.to_timedelta(np.sort(rng.uniform(0, 365, 760)), unit="D")
    for t in stamps:
        number += 1 if rng.random() < 0.9 else int(rng.integers(2, 4))
        status = _draw(rng, "completed:78;processing:8;refunded:5;cancelled:5;on-hold:4")
        country = _draw(rng, "US:70;CA:12;GB:10;AU:8")
        k = int(_one(rng, [1, 1, 1, 2, 2, 3, 4]))
        picks = rng.choice(len(skus), size=k, replace=False, p=weights / weights.sum())
        items = []
        for j in picks:
            sku = skus[int(j)]
            qty = int(_one(rng, [1, 2, 3], [2, 2, 1])) if sku == "WM-STK-PK" else int(_one(rng, [1, 2], [6, 1]))
            items.append((sku, qty))
        subtotal = round(sum(_WC_PRODUCTS[s][1] * q for s, q in items), 2)
        discount = round(0.1 * subtotal, 2) if rng.random() < 0.2 else 0.0
        if country == "US" and rng.random() < 0.06:
            method, ship = "Local pickup", 0.0
        elif subtotal >= 75:
            method, ship = "Free shipping", 0.0
        else:
            method, ship = "Flat rate", 5.0 if country == "US" else 15.0
        tax = round(_WC_TAX[country] * (subtotal - discount), 2)
        total = round(subtotal - discount + ship + tax, 2)
        order = {
            "Order Number": number,
            "Order Status": status,
            "Order Date": f"{t:%Y-%m-%d %H:%M}",
            "Customer Note": _draw(rng, ":90;Please gift wrap:3;Leave at back door:3;Is this the right size?:1"),
            "Billing City": str(_one(rng, _split(_WC_CITIES[country]))),
            "Billing Country": country,
            "Payment Method Title": _draw(rng, "Credit Card (Stripe):60;PayPal:35;Direct bank transfer:5"),
            "Cart Discount Amount": discount,
            "Order Subtotal Amount": subtotal,
            "Shipping Method Title": method,
            "Order Shipping Amount": ship,
            "Order Total Amount": total,
            "Order Total Tax Amount": tax,
        }
        for i, (sku, qty) in enumerate(items, start=1):
            rows.append(
                order
                | {
                    "SKU": sku,
                    "Item #": i,
                    "Item Name": _WC_PRODUCTS[sku][0],
                    "Quantity (- Refund)": 0 if status == "refunded" else qty,
                    "Item Cost": _WC_PRODUCTS[sku][1],
                }
            )
    return pd.DataFrame(rows, columns=_WC_COLUMNS)


def _wc_orders(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("Order Number")


def _wc_revenue(col: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        o = _wc_orders(d)
        return float(o.loc[o["Order Status"] == "completed", col].sum())

    return value


def _wc_aov(completed: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        o = _wc_orders(d)
        if completed:
            o = o[o["Order Status"] == "completed"]
        by = o.groupby("Billing Country")["Order Total Amount"].mean()
        return [float(by["CA"]), float(by["US"])]

    return values


_WC_ID = ("Order Number", "Order Date")
_WOO_QS = [
    Q(
        "how many separate orders are in here",
        _count(lambda d: float(d["Order Number"].nunique())),
        _WC_ID,
    ),
    Q(
        "whats our total revenue from completed orders",
        either(_money(_wc_revenue("Order Total Amount")), _money(_wc_revenue("Order Subtotal Amount"))),
        (*_WC_ID, "Order Status", "Order Total Amount", "Order Subtotal Amount"),
    ),
    Q(
        "which product sells the most",
        _lead(
            _named(
                lambda d: _top(d.groupby("Item Name")["Quantity (- Refund)"].sum()),
                {v[0]: (k,) for k, v in _WC_PRODUCTS.items()},
            )
        ),
        (*_WC_ID, "Item Name", "SKU", "Quantity (- Refund)"),
    ),
    Q(
        "what % of orders got refunded",
        either(
            _share(lambda d: float((_wc_orders(d)["Order Status"] == "refunded").mean())),
            _share(lambda d: float((d["Order Status"] == "refunded").mean())),
        ),
        (*_WC_ID, "Order Status"),
    ),
    Q(
        "average order value canada vs the us?",
        either(_about(_wc_aov(False)), _about(_wc_aov(True))),
        (*_WC_ID, "Billing Country", "Order Total Amount", "Order Status"),
    ),
    Q(
        "how many orders used a discount, and how much did we knock off in total",
        both(
            _count(lambda d: float((_wc_orders(d)["Cart Discount Amount"] > 0).sum())),
            _money(lambda d: float(_wc_orders(d)["Cart Discount Amount"].sum())),
        ),
        (*_WC_ID, "Cart Discount Amount"),
    ),
]


# --- 5. FBI UCR estimated crimes by state and year (estimated_crimes_1995_2022.csv) ---------------------------------

_UCR_COLUMNS = _split(
    "year;state_abbr;state_name;population;violent_crime;homicide;rape_legacy;rape_revised;robbery;"
    "aggravated_assault;property_crime;burglary;larceny;motor_vehicle_theft;caveats"
)
# abbr|name|population in 2020 (millions)|violent crime per 100k|property crime per 100k
_UCR_STATES = _split(
    "AL|Alabama|5.03|450|2500;AK|Alaska|0.73|840|2800;AZ|Arizona|7.15|480|2500;AR|Arkansas|3.01|670|2700;"
    "CA|California|39.5|440|2200;CO|Colorado|5.77|420|2900;CT|Connecticut|3.61|180|1600;DE|Delaware|0.99|430|2200;"
    "DC|District of Columbia|0.69|1000|4100;FL|Florida|21.5|380|2000;GA|Georgia|10.7|400|2300;"
    "HI|Hawaii|1.46|260|2800;ID|Idaho|1.84|240|1300;IL|Illinois|12.8|420|1800;IN|Indiana|6.79|360|1900;"
    "IA|Iowa|3.19|300|1700;KS|Kansas|2.94|420|2200;KY|Kentucky|4.51|260|1800;LA|Louisiana|4.66|640|3000;"
    "ME|Maine|1.36|110|1200;MD|Maryland|6.18|400|1800;MA|Massachusetts|7.03|310|1200;MI|Michigan|10.1|480|1500;"
    "MN|Minnesota|5.71|280|2000;MS|Mississippi|2.96|290|2000;MO|Missouri|6.15|540|2600;MT|Montana|1.08|470|2200;"
    "NE|Nebraska|1.96|330|1900;NV|Nevada|3.10|460|2300;NH|New Hampshire|1.38|150|1000;NJ|New Jersey|9.29|200|1200;"
    "NM|New Mexico|2.12|780|3300;NY|New York|20.2|360|1300;NC|North Carolina|10.4|420|2200;"
    "ND|North Dakota|0.78|330|2200;OH|Ohio|11.8|310|2000;OK|Oklahoma|3.96|460|2800;OR|Oregon|4.24|290|3000;"
    "PA|Pennsylvania|13.0|310|1400;RI|Rhode Island|1.10|230|1400;SC|South Carolina|5.12|530|2600;"
    "SD|South Dakota|0.89|500|1700;TN|Tennessee|6.91|670|2500;TX|Texas|29.1|440|2400;UT|Utah|3.27|260|2300;"
    "VT|Vermont|0.64|170|1300;VA|Virginia|8.63|210|1500;WA|Washington|7.71|300|3000;WV|West Virginia|1.79|350|1500;"
    "WI|Wisconsin|5.89|320|1500;WY|Wyoming|0.58|230|1600"
)


def _ucr_violent(y: int) -> float:
    """National violent crime level by year (1.0 = 2020)."""
    if y <= 2014:
        return 1.75 - 0.0535 * (y - 1995) if y <= 2004 else 1.27 - 0.033 * (y - 2004)
    return 0.94 + 0.012 * (y - 2014)


def _ucr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9505)
    states = [s.split("|") for s in _UCR_STATES]
    growth = {s[0]: float(rng.uniform(-0.004, 0.018)) for s in states}
    mix = {s[0]: (float(rng.uniform(0.012, 0.024)), float(rng.uniform(0.17, 0.30))) for s in states}
    rows = []
    for y in range(1995, 2023):
        year_rows = []
        for abbr, name, pop_m, vr, pr in states:
            pop = round(float(pop_m) * 1e6 * (1 + growth[abbr] * (y - 2020)) * float(rng.normal(1, 0.002)))
            violent_rate = float(vr) * _ucr_violent(y) * float(rng.normal(1, 0.05))
            property_rate = float(pr) * (1.0 + 1.25 * np.exp(-(y - 1995) / 14)) * float(rng.normal(1, 0.04))
            violent = violent_rate * pop / 1e5
            homicide = round(violent * mix[abbr][0] * float(rng.normal(1, 0.08)))
            robbery = round(violent * mix[abbr][1] * (1.15 - 0.012 * (y - 1995)))
            revised = round(violent * 0.11 * float(rng.normal(1, 0.1)))
            legacy = round(revised * 0.72)
            rape = revised if y >= 2013 else legacy
            assault = max(0, round(violent) - homicide - robbery - rape)
            prop = property_rate * pop / 1e5
            burglary = round(prop * (0.26 - 0.0045 * (y - 1995)) * float(rng.normal(1, 0.05)))
            mvt = round(prop * 0.1 * float(rng.normal(1, 0.12)) * (1.3 if y >= 2021 else 1.0))
            larceny = round(prop) - burglary - mvt
            caveat = ""
            if y == 2021 and rng.random() < 0.3:
                caveat = "The FBI estimated this state's figures because reporting agencies covered too little of it."
            elif y == 2022 and rng.random() < 0.05:
                caveat = "Data for this state are limited."
            year_rows.append(
                {
                    "year": y,
                    "state_abbr": abbr,
                    "state_name": name,
                    "population": pop,
                    "violent_crime": homicide + rape + robbery + assault,
                    "homicide": homicide,
                    "rape_legacy": legacy if y <= 2016 else np.nan,
                    "rape_revised": revised if y >= 2013 else np.nan,
                    "robbery": robbery,
                    "aggravated_assault": assault,
                    "property_crime": burglary + larceny + mvt,
                    "burglary": burglary,
                    "larceny": larceny,
                    "motor_vehicle_theft": mvt,
                    "caveats": caveat,
                }
            )
        block = pd.DataFrame(year_rows)
        total: dict[str, Any] = {"year": y, "state_abbr": "", "state_name": "", "caveats": ""}
        for col in _UCR_COLUMNS[3:-1]:
            total[col] = block[col].sum(min_count=1)
        rows.append(total)
        rows.extend(year_rows)
    frame = pd.DataFrame(rows, columns=_UCR_COLUMNS)
    for col in ("rape_legacy", "rape_revised"):
        frame[col] = frame[col].astype("Int64")
    return frame


def _ucr_states(d: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    s = d[d["state_abbr"].notna() & (_text(d["state_abbr"]) != "")]
    return s if year is None else s[s["year"] == year]


def _ucr_us(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["state_abbr"].isna() | (_text(d["state_abbr"]) == "")].set_index("year")


def _ucr_drop(d: pd.DataFrame) -> tuple[float, float]:
    us = _ucr_us(d)["property_crime"]
    return float(us[1995]), float(us[2022])


_UCR_ID = ("year", "state_abbr", "state_name")
_UCR_QS = [
    Q(
        "which state had the most murders in 2022",
        _lead(
            _named(
                lambda d: str(_ucr_states(d, 2022).set_index("state_name")["homicide"].idxmax()),
                {s.split("|")[1]: (s.split("|")[0],) for s in _UCR_STATES},
            )
        ),
        (*_UCR_ID, "homicide"),
    ),
    Q(
        "what was the violent crime rate per 100k for the whole country in 2022",
        _about(lambda d: float(_ucr_us(d).loc[2022, "violent_crime"] / _ucr_us(d).loc[2022, "population"] * 1e5)),
        (*_UCR_ID, "violent_crime", "population"),
    ),
    Q(
        "how much has property crime dropped since 1995 nationally",
        either(
            _share(lambda d: 1 - _ucr_drop(d)[1] / _ucr_drop(d)[0]),
            _money(lambda d: _ucr_drop(d)[0] - _ucr_drop(d)[1]),
            both(_money(lambda d: _ucr_drop(d)[0]), _money(lambda d: _ucr_drop(d)[1])),
        ),
        (*_UCR_ID, "property_crime"),
    ),
    Q(
        "which year had the fewest burglaries in the us",
        _lead(_year(lambda d: float(_ucr_us(d)["burglary"].idxmin()))),
        (*_UCR_ID, "burglary"),
    ),
    Q(
        "how many rows are missing the revised rape number",
        _count(lambda d: float(d["rape_revised"].isna().sum())),
        (*_UCR_ID, "rape_revised"),
    ),
    Q(
        "across the states in 2022, do bigger states have more car thefts? correlation",
        _corr(
            lambda d: _ucr_states(d, 2022)["population"],
            lambda d: _ucr_states(d, 2022)["motor_vehicle_theft"],
        ),
        (*_UCR_ID, "population", "motor_vehicle_theft"),
    ),
]


# --- 6. Hacker News posts (hacker_news.csv) ------------------------------------------------------------------------

_HN_COLUMNS = _split("id;title;url;num_points;num_comments;author;created_at")
_HN_ASK = _split(
    "How do you stay productive working from home?;What are you working on this weekend?;"
    "Best resources to learn Rust?;Is it worth getting a CS degree in 2016?;How do you handle burnout?;"
    "What's your backup strategy?;Who is hiring remotely?;How did you get your first freelance client?;"
    "What podcasts do you listen to?;How do you take notes?;Anyone using Elixir in production?;"
    "What's the best way to learn machine learning?;How do you price a side project?;"
    "Which text editor do you use and why?;How to deal with a toxic coworker?"
)
_HN_SHOW = _split(
    "A tiny static site generator in Go;I built a habit tracker in a weekend;An open-source Slack alternative;"
    "A browser extension that blocks news feeds;My side project, a recipe search engine;A CLI for managing dotfiles;"
    "A visual regex tester;Self-hosted analytics without cookies;A Markdown resume builder;A minimal todo app in Elm"
)
_HN_NEWS = _split(
    "The Future of Programming Languages;Why We Moved Off MongoDB;Understanding Raft Consensus;"
    "Inside the Fastest Growing Startups;A Guide to PostgreSQL Indexes;The Economics of Open Source;"
    "How Netflix Does Failover;SpaceX Lands Another Rocket;The Decline of Email;Rust 1.10 Released;"
    "Lessons From Scaling a Startup;Why Functional Programming Matters;The Hidden Cost of Microservices;"
    "Apple Announces New MacBook Pro;Google Open-Sources Its Build Tool;Memory Safety in C++;"
    "The State of JavaScript Frameworks;What Happened to Flash;A Brief History of Unix;Docker in Production"
)
_HN_BIG = [
    "Show HN: I replaced my laptop with an iPad for a year",
    "A message to our customers about encryption",
    "Ask HN: What is the most valuable thing you learned this year?",
    "A new kind of neural network beats Go champion",
    "Free TLS certificates for everyone are out of beta",
]
_HN_DOMAINS = (
    "github.com:6;medium.com:4;nytimes.com:3;techcrunch.com:3;arstechnica.com:2;youtube.com:2;bloomberg.com:2;"
    "theverge.com:2;wired.com:1;blog.example.io:3"
)
_HN_SYL = _split("ka;ro;mi;tech;dev;zen;pix;lo;ne;ax;byte;jo;sam;rin;vo;qu;li;ta")


def _hn_name(rng: np.random.Generator) -> str:
    name = "".join(str(_one(rng, _HN_SYL)) for _ in range(int(rng.integers(2, 4))))
    return name + (str(int(rng.integers(1, 99))) if rng.random() < 0.3 else "")


def _hn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9506)
    authors = sorted({_hn_name(rng) for _ in range(700)})
    weights = rng.pareto(1.6, len(authors)) + 0.2
    weights[authors.index(authors[17])] = weights.max() * 2.2
    n = 2400
    start = pd.Timestamp("2015-09-26")
    stamps = start + pd.to_timedelta(np.sort(rng.uniform(0, 366, n)), unit="D")
    hour_w = np.array([2, 1.5, 1, 1, 1, 1.5, 2, 3, 4, 5, 6, 6.5, 7, 7, 7, 7, 6.5, 6, 5, 4.5, 4, 3.5, 3, 2.5])
    rows = []
    pid = 10_300_000
    for i in range(n):
        hour = int(rng.choice(24, p=hour_w / hour_w.sum()))
        t = stamps[i].normalize() + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
        pid += int(rng.integers(500, 1500))
        kind = _draw(rng, "ask:16;show:9;news:75")
        points = int(np.floor(rng.lognormal(1.2, 1.3))) + 1
        points = min(points, 680)
        if kind == "ask":
            prefix = str(_one(rng, ["Ask HN: ", "Ask HN: ", "Ask HN: ", "Ask hn: ", "ASK HN: "], [30, 30, 30, 2, 1]))
            title = prefix + str(_one(rng, _HN_ASK))
            url = ""
            comments = rng.lognormal(1.6, 0.8) * (3.5 if hour == 15 else 1.0)
        elif kind == "show":
            title = "Show HN: " + str(_one(rng, _HN_SHOW))
            url = f"https://github.com/{_hn_name(rng)}/{_hn_name(rng)}"
            comments = rng.lognormal(1.2, 1.0)
        else:
            title = str(_one(rng, _HN_NEWS))
            url = "" if rng.random() < 0.01 else f"https://{_draw(rng, _HN_DOMAINS)}/{int(rng.integers(1000, 99999))}"
            comments = rng.lognormal(0.9, 1.3) * (0.3 + points / 40)
        rows.append(
            {
                "id": pid,
                "title": title,
                "url": url,
                "num_points": points,
                "num_comments": int(np.floor(comments * (0.4 if rng.random() < 0.3 else 1.0))),
                "author": str(_one(rng, authors, weights)),
                "created_at": f"{t.month}/{t.day}/{t.year} {t.hour}:{t.minute:02d}",
            }
        )
    at_three = [i for i, r in enumerate(rows) if r["created_at"].split()[1].startswith("15:")]
    for j, title in enumerate(_HN_BIG):
        r = rows[int(_one(rng, at_three)) if title.startswith("Ask HN") else int(rng.integers(0, n))]
        r["title"] = title
        r["num_points"] = int(900 + 260 * (5 - j) + rng.integers(0, 100))
        r["num_comments"] = int(rng.integers(150, 700))
        r["url"] = (
            "" if title.startswith("Ask HN") else f"https://{_draw(rng, _HN_DOMAINS)}/{int(rng.integers(1000, 99999))}"
        )
    return pd.DataFrame(rows, columns=_HN_COLUMNS)


def _hn_kind(d: pd.DataFrame, prefix: str, case: bool) -> pd.Series:
    t = _text(d["title"])
    return t.str.startswith(prefix) if case else t.str.lower().str.startswith(prefix.lower())


def _hn_means(case: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        return [float(d.loc[_hn_kind(d, p, case), "num_comments"].mean()) for p in ("Ask HN", "Show HN")]

    return values


def _hn_hour(how: str) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        a = d[_hn_kind(d, "Ask HN", False)]
        hours = pd.to_datetime(a["created_at"], format="%m/%d/%Y %H:%M").dt.hour
        return int(_top(a["num_comments"].groupby(hours).agg(how)))

    return value


_HN_ID = ("id", "title", "created_at")
_HN_QS = [
    Q(
        "how many ask hn posts are there",
        either(
            _count(lambda d: float(_hn_kind(d, "Ask HN", False).sum())),
            _count(lambda d: float(_hn_kind(d, "Ask HN", True).sum())),
        ),
        _HN_ID,
    ),
    Q(
        "do ask hn or show hn posts get more comments on average?",
        either(_about(_hn_means(False)), _about(_hn_means(True))),
        (*_HN_ID, "num_comments"),
    ),
    Q(
        "what time of day should i post an ask hn to get the most comments",
        either(_lead(_hour(_hn_hour("mean"))), _lead(_hour(_hn_hour("sum")))),
        (*_HN_ID, "num_comments"),
    ),
    Q(
        "who posts the most",
        _lead(_named(lambda d: _top(d["author"].value_counts()))),
        (*_HN_ID, "author"),
    ),
    Q(
        "what fraction of posts don't have a link",
        _share(lambda d: float(d["url"].isna().mean())),
        (*_HN_ID, "url"),
    ),
    Q(
        "top 5 posts by points",
        _labels_in(lambda d: [str(x) for x in d.nlargest(5, "num_points")["title"]]),
        (*_HN_ID, "num_points"),
    ),
]


# --- 7. NYC TLC high-volume for-hire trip records (fhvhv_tripdata_2023-01.csv, one week) --------------------------

_FH_COLUMNS = _split(
    "hvfhs_license_num;dispatching_base_num;originating_base_num;request_datetime;on_scene_datetime;"
    "pickup_datetime;dropoff_datetime;PULocationID;DOLocationID;trip_miles;trip_time;base_passenger_fare;tolls;"
    "bcf;sales_tax;congestion_surcharge;airport_fee;tips;driver_pay;shared_request_flag;shared_match_flag;"
    "access_a_ride_flag;wav_request_flag;wav_match_flag"
)
_FH_BUSY = {132: 9, 138: 5, 161: 6, 237: 7, 236: 6, 79: 5, 230: 5, 48: 4, 170: 4, 162: 4, 68: 3, 142: 4}
_FH_MANHATTAN = {161, 237, 236, 79, 230, 48, 170, 162, 68, 142, 186, 164, 234, 107, 249, 113, 90, 100}


def _fhv_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9507)
    zones = np.arange(1, 264)
    w = np.ones(len(zones)) * 0.35
    for z, extra in _FH_BUSY.items():
        w[z - 1] += extra
    n = 4200
    start = pd.Timestamp("2023-01-09")
    rows = []
    for _ in range(n):
        uber = rng.random() < 0.72
        request = start + pd.Timedelta(seconds=int(rng.integers(0, 7 * 86400)))
        wait = int(rng.integers(120, 720))
        pu, do = (int(x) for x in rng.choice(zones, size=2, p=w / w.sum()))
        airport = pu in (132, 138) or do in (132, 138)
        miles = round(float(rng.lognormal(np.log(3.4), 0.7)) + (12 if airport else 0), 3)
        seconds = int(miles / float(rng.uniform(8, 16)) * 3600 + rng.integers(60, 300))
        pickup = request + pd.Timedelta(seconds=wait)
        dropoff = pickup + pd.Timedelta(seconds=seconds)
        fare = round(max(7.5, 2.6 + 1.65 * miles + 0.5 * seconds / 60 + float(rng.normal(0, 3))), 2)
        tolls = 6.94 if (airport and rng.random() < 0.4) or rng.random() < 0.03 else 0.0
        tip = round(fare * float(rng.uniform(0.1, 0.25)), 2) if rng.random() < 0.19 else 0.0
        rows.append(
            {
                "hvfhs_license_num": "HV0003" if uber else "HV0005",
                "dispatching_base_num": _draw(rng, "B03404:9;B03406:0.2") if uber else "B03406",
                "originating_base_num": "B03404" if uber else "",
                "request_datetime": f"{request:%Y-%m-%d %H:%M:%S}",
                "on_scene_datetime": f"{pickup - pd.Timedelta(seconds=int(rng.integers(20, 120))):%Y-%m-%d %H:%M:%S}"
                if uber
                else "",
                "pickup_datetime": f"{pickup:%Y-%m-%d %H:%M:%S}",
                "dropoff_datetime": f"{dropoff:%Y-%m-%d %H:%M:%S}",
                "PULocationID": pu,
                "DOLocationID": do,
                "trip_miles": miles,
                "trip_time": seconds,
                "base_passenger_fare": fare,
                "tolls": tolls,
                "bcf": round(0.0275 * fare, 2),
                "sales_tax": round(0.08875 * fare, 2),
                "congestion_surcharge": 2.75 if do in _FH_MANHATTAN or pu in _FH_MANHATTAN else 0.0,
                "airport_fee": 2.5 if airport else 0.0,
                "tips": tip,
                "driver_pay": round(max(5.0, fare * float(rng.normal(0.74, 0.08))), 2),
                "shared_request_flag": "Y" if rng.random() < 0.02 else "N",
                "shared_match_flag": "N",
                "access_a_ride_flag": "N" if uber else " ",
                "wav_request_flag": "Y" if rng.random() < 0.01 else "N",
                "wav_match_flag": "Y" if rng.random() < 0.02 else "N",
            }
        )
    frame = pd.DataFrame(rows, columns=_FH_COLUMNS)
    return frame.sort_values("pickup_datetime", kind="stable").reset_index(drop=True)


def _fh_paid(d: pd.DataFrame) -> pd.Series:
    parts = ["base_passenger_fare", "tolls", "bcf", "sales_tax", "congestion_surcharge", "airport_fee"]
    return d[parts].sum(axis=1)


_FH_ID = ("hvfhs_license_num", "pickup_datetime")
_FHV_QS = [
    Q(
        "how many trips does each company have",
        _count(lambda d: [float(x) for x in d["hvfhs_license_num"].value_counts().sort_index()]),
        _FH_ID,
    ),
    Q(
        "what's the average fare",
        either(
            _about(lambda d: float(d["base_passenger_fare"].mean())),
            _about(lambda d: float(_fh_paid(d).mean())),
            _about(lambda d: float((_fh_paid(d) + d["tips"]).mean())),
        ),
        (*_FH_ID, "base_passenger_fare", "tolls", "bcf", "sales_tax", "congestion_surcharge", "airport_fee", "tips"),
    ),
    Q(
        "on average what cut of the fare does the driver get",
        either(
            _share(lambda d: float(d["driver_pay"].sum() / d["base_passenger_fare"].sum())),
            _share(lambda d: float((d["driver_pay"] / d["base_passenger_fare"]).mean())),
        ),
        (*_FH_ID, "driver_pay", "base_passenger_fare"),
    ),
    Q(
        "how many trips had a tip",
        _count(lambda d: float((d["tips"] > 0).sum())),
        (*_FH_ID, "tips"),
    ),
    Q(
        "and whats the average tip on those",
        _about(lambda d: float(d.loc[d["tips"] > 0, "tips"].mean())),
        (*_FH_ID, "tips"),
    ),
    Q(
        "do longer trips cost more? is distance correlated with the fare",
        _corr(lambda d: d["trip_miles"], lambda d: d["base_passenger_fare"]),
        (*_FH_ID, "trip_miles", "base_passenger_fare"),
    ),
]


HELDOUT95: list[Dataset] = [
    Dataset("venmo_statement", _venmo_frame, _VENMO_QS),
    Dataset("peloton_workouts", _peloton_frame, _PELOTON_QS),
    Dataset("google_calendar_export", _calendar_frame, _CALENDAR_QS),
    Dataset("woocommerce_orders", _woo_frame, _WOO_QS),
    Dataset("fbi_ucr_estimated_crimes", _ucr_frame, _UCR_QS),
    Dataset("hacker_news_posts", _hn_frame, _HN_QS),
    Dataset("nyc_fhvhv_trips", _fhv_frame, _FHV_QS),
]
