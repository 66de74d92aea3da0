"""HELDOUT279: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Turo host's trip earnings
export (one row per trip, 2023 and 2024, four cars) with "Reservation ID", Guest as "Maria G.", Vehicle as
"Tesla Model 3 2021", "Vehicle id", "Trip start" and "Trip end" as "2023-05-12 10:30 AM", "Trip status" (Completed,
Guest cancelled, Host cancelled), "Distance traveled" as "312 mi" (blank on cancelled trips), "Trip days", money
columns "Trip price", "Extras", "Delivery", "Gas reimbursement" and "Tolls & tickets" as "$1,234.56" (blank when
none; a host cancellation shows "$0.00") and "Total earnings" (a guest cancellation keeps a fee); a state fishing
license sales dataset (open data, 2022 to 2024, one row per license) with LICENSE_NUMBER, SALE_DATE as "04/15/2023",
LICENSE_TYPE (ANNUAL FISHING, 3-DAY FISHING, LIFETIME FISHING, SENIOR ANNUAL FISHING), RESIDENT ("Y"/"N"),
BUYER_AGE ("N/A" on a few), upper-case COUNTY ("NON-RESIDENT" for out-of-state buyers), PRICE as a plain number and
SALES_CHANNEL (ONLINE, AGENT; online growing each year); a nail salon's appointment book export (one row per
service, January 2023 to June 2024, closed Mondays) with Date as "3/14/2024", Time as "10:30 AM", Technician,
Service (Gel, Acrylic, Pedicure, Manicure), "Duration (min)", Price and Tip as "$45.00" (Tip blank when none was
left on the card), Type ("Walk-in"/"Booked") and Client ("New"/"Returning"); a state gaming commission's monthly
casino revenue report (January 2022 to December 2024) with Month as "January 2023", upper-case Licensee (one racino
without table games showing "$0" and "N/A" hold, one casino opening in July 2023), "Slot Handle", "Slot Win",
"Table Drop", "Table Win" and "Gaming Tax" as "$12,345,678", "Slot Hold %" and "Table Hold %" as "8.91%",
Admissions, plus a "STATEWIDE TOTAL" row per month holding the sums; a WhatsApp group chat export parsed into a table
(March 2023 to February 2024) with Date as day-first "14/03/2023", Time as "21:14", Sender (first names, one saved
only as a phone number "+44 7911 123456", a blank sender on the opening system line), Message ("<Media omitted>" for
media, "This message was deleted" on a few), "Word Count" (0 on media), "Has Media" and "Is Reply" ("Yes"/"No"); a
school district's student suspension records (open data, school years 2021-22 to 2023-24) with "School Year" as
"2022-23", "Incident Date" as "2022-10-04", upper-case "School Name", "Student ID" as "S0012345" (repeated for
students suspended more than once), Grade ("K", "1" to "12"), Gender ("M"/"F"), "Race/Ethnicity", upper-case
"Offense Category", "Days Suspended" (halves included) and "Suspension Type" (IN-SCHOOL, OUT-OF-SCHOOL); and a
tennis club's court booking log (April to October 2024) with Date as "2024-05-03", Start as "18:00", Court (1 to 8),
Surface (Clay on courts 1-4, Hard on 5-8), Member as "Smith, John", "Member ID", Guests (0 to 3), "Duration (hrs)"
(1, 1.5, 2), Fee as "$24.00" ("$0.00" when cancelled) and Cancelled ("Y"/"N"). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical, _weekday
from .heldout273 import _both, _code
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _lead_num(df: pd.DataFrame, col: str) -> pd.Series:
    """The first number in each cell ("312 mi" -> 312), NaN on blanks."""
    text = _text(df, col).str.replace(",", "", regex=False).str.extract(r"(-?\d+(?:\.\d+)?)")[0]
    return pd.to_numeric(text, errors="coerce")


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "18:00", "6 pm", "6:00 PM", "6-7pm", "18h" or "hour 18"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        ampm = r"(?:pm|p\.m\.)" if h >= 12 else r"(?:am|a\.m\.)"
        patterns = [
            rf"(?<![\d:]){h}:00",
            rf"(?<![\d:]){h:02d}:00",
            rf"(?<![\d:]){h12}(?::00)?\s*{ampm}",
            rf"(?<![\d:]){h12}(?::00)?\s*(?:-|–|to|and)\s*\d{{1,2}}(?::00)?\s*{ampm}",
            rf"(?<![\d:]){h}\s*h\b",
            rf"\bhour\s+{h}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


def _means(*values: Callable[[pd.DataFrame], float]) -> Check:
    """Every amount appears."""
    return _both(*[_amount(v) for v in values])


# --- 1. Turo host trip earnings ------------------------------------------------------------------------------------

# vehicle: id, daily rate, miles per day
_TU_CARS = {
    "Toyota Corolla 2019": (1184220, 42.0, 70),
    "Tesla Model 3 2021": (1290573, 96.0, 95),
    "Jeep Wrangler 2018": (1207781, 78.0, 85),
    "Honda Odyssey 2020": (1255302, 69.0, 110),
}
_TU_FIRST = ["Maria", "James", "Aisha", "Kevin", "Sofia", "Daniel", "Priya", "Marcus", "Emily", "Carlos", "Hannah"]
_TU_FIRST += ["Tyler", "Grace", "Omar", "Lauren", "Jin", "Brianna", "Alex", "Nicole", "Diego"]


def _turo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27901)
    rows: list[dict[str, Any]] = []
    cars = list(_TU_CARS)

    def money(x: float) -> str:
        return f"${x:,.2f}"

    for _ in range(640):
        car = str(_one(rng, cars, [30, 24, 22, 24]))
        vid, rate, mpd = _TU_CARS[car]
        start = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 725)))
        start += pd.Timedelta(minutes=30 * int(rng.integers(16, 41)))
        days = 1 + int(rng.poisson(2.4))
        end = start + pd.Timedelta(days=days) + pd.Timedelta(minutes=30 * int(rng.integers(-3, 4)))
        season = 1.25 if start.month in (6, 7, 8) else 1.1 if start.month == 12 else 1.0
        price = round(rate * days * season * float(rng.uniform(0.88, 1.08)), 2)
        status = str(_one(rng, ["Completed", "Guest cancelled", "Host cancelled"], [86, 10, 4]))
        extras = round(float(rng.choice([15, 25, 30, 45])) * (1 + days // 4), 2) if rng.random() < 0.3 else None
        delivery = float(rng.choice([30, 50])) if rng.random() < 0.2 else None
        gas = round(float(rng.uniform(12, 60)), 2) if rng.random() < 0.12 else None
        tolls = round(float(rng.uniform(3, 35)), 2) if rng.random() < 0.1 else None
        if status == "Completed":
            miles = f"{max(5, int(rng.normal(mpd * days, 25 * days)))} mi"
            total = 0.75 * (price + (extras or 0) + (delivery or 0)) + (gas or 0) + (tolls or 0)
        elif status == "Guest cancelled":
            miles, extras, delivery, gas, tolls = "", None, None, None, None
            total = 0.0 if rng.random() < 0.5 else 0.75 * min(price, rate * float(rng.uniform(0.5, 1.0)))
        else:
            miles, extras, delivery, gas, tolls = "", None, None, None, None
            price, total = 0.0, 0.0
        rows.append(
            {
                "Reservation ID": 21000000 + int(rng.integers(0, 8999999)),
                "Guest": f"{_one(rng, _TU_FIRST)} {chr(65 + int(rng.integers(0, 26)))}.",
                "Vehicle": car,
                "Vehicle id": vid,
                "Trip start": f"{start:%Y-%m-%d %I:%M %p}",
                "Trip end": f"{end:%Y-%m-%d %I:%M %p}",
                "Trip status": status,
                "Distance traveled": miles,
                "Trip days": days,
                "Trip price": money(price),
                "Extras": "" if extras is None else money(extras),
                "Delivery": "" if delivery is None else money(delivery),
                "Gas reimbursement": "" if gas is None else money(gas),
                "Tolls & tickets": "" if tolls is None else money(tolls),
                "Total earnings": money(round(total, 2)),
            }
        )
    rows.sort(key=lambda r: pd.Timestamp(r["Trip start"]))
    return pd.DataFrame(rows)


def _tu_done(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Trip status") == "Completed"


def _tu_earn(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Total earnings")


def _tu_cars(df: pd.DataFrame) -> list[str]:
    e = _tu_earn(df)
    return [_top(e.groupby(df["Vehicle"]).sum()), _top(e[_tu_done(df)].groupby(df["Vehicle"][_tu_done(df)]).sum())]


def _tu_best_month(col: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        month = pd.to_datetime(df[col], format="%Y-%m-%d %I:%M %p").dt.to_period("M")
        return _tu_earn(df).groupby(month).sum().idxmax().to_timestamp()

    return value


_TU_QS = [
    Q(
        "how much have i made in total",
        either(
            _amount(lambda df: float(_tu_earn(df).sum())),
            _amount(lambda df: float(_tu_earn(df)[_tu_done(df)].sum())),
        ),
        ("Total earnings", "Trip status"),
    ),
    Q("which car makes me the most money", _lead(_named_any(_tu_cars)), ("Vehicle", "Total earnings", "Trip status")),
    Q(
        "whats the average trip length",
        either(
            _typical(lambda df: df["Trip days"]),
            _typical(lambda df: df["Trip days"][_tu_done(df)]),
        ),
        ("Trip days", "Trip start", "Trip end", "Trip status"),
    ),
    Q(
        "how many miles do guests usually drive on a trip",
        _typical(lambda df: _lead_num(df, "Distance traveled")),
        ("Distance traveled", "Trip status"),
    ),
    Q(
        "what percent of bookings got cancelled",
        _share(lambda df: float((~_tu_done(df)).mean())),
        ("Trip status",),
    ),
    Q(
        "which month did i earn the most",
        either(_month_year(_tu_best_month("Trip start")), _month_year(_tu_best_month("Trip end"))),
        ("Trip start", "Trip end", "Total earnings"),
    ),
]


# --- 2. Fishing license sales --------------------------------------------------------------------------------------

_FL_COUNTIES = {
    "JEFFERSON": 22,
    "MARION": 14,
    "CLAY": 11,
    "LAKE": 10,
    "GREENE": 9,
    "WARREN": 8,
    "BOONE": 7,
    "HANCOCK": 6,
    "PIKE": 5,
    "FULTON": 4,
    "MONROE": 4,
}
# type: resident price, non-resident price (None: residents only)
_FL_TYPES: dict[str, tuple[float, float | None]] = {
    "ANNUAL FISHING": (25.0, 55.0),
    "3-DAY FISHING": (12.0, 30.0),
    "LIFETIME FISHING": (300.0, None),
    "SENIOR ANNUAL FISHING": (10.0, None),
}


def _fishing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27902)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2022-01-01", "2024-12-31", freq="D")
    season = np.array([1.0 + (2.5 if d.month in (4, 5, 6) else 1.2 if d.month in (3, 7, 8) else 0.0) for d in days])
    picks = np.sort(rng.choice(len(days), 4200, p=season / season.sum()))
    for k, i in enumerate(picks):
        day = days[i]
        resident = rng.random() > 0.15
        age = int(np.clip(rng.normal(43, 15), 16, 88))
        if resident:
            kind = str(_one(rng, list(_FL_TYPES), [60, 22, 4, 14 if age >= 65 else 0]))
            if kind == "LIFETIME FISHING":
                age = int(np.clip(rng.normal(38, 13), 16, 80))
        else:
            kind = str(_one(rng, ["ANNUAL FISHING", "3-DAY FISHING"], [45, 55]))
        res_p, non_p = _FL_TYPES[kind]
        online_p = {2022: 0.44, 2023: 0.52, 2024: 0.61}[day.year]
        rows.append(
            {
                "LICENSE_NUMBER": f"FL{day.year}{k + 100000:07d}",
                "SALE_DATE": f"{day:%m/%d/%Y}",
                "LICENSE_TYPE": kind,
                "RESIDENT": "Y" if resident else "N",
                "BUYER_AGE": "N/A" if rng.random() < 0.03 else age,
                "COUNTY": _one(rng, list(_FL_COUNTIES), list(_FL_COUNTIES.values())) if resident else "NON-RESIDENT",
                "PRICE": res_p if resident else non_p,
                "SALES_CHANNEL": "ONLINE" if rng.random() < online_p else "AGENT",
            }
        )
    return pd.DataFrame(rows)


def _fl_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["SALE_DATE"], format="%m/%d/%Y").dt.year


def _fl_online(year: int | None) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        on = _text(df, "SALES_CHANNEL") == "ONLINE"
        return float(on.mean() if year is None else on[_fl_year(df) == year].mean())

    return value


_FL_QS = [
    Q(
        "how many licenses went to out of state people",
        _count(lambda df: int((_text(df, "RESIDENT") == "N").sum())),
        ("RESIDENT", "COUNTY"),
    ),
    Q(
        "which county buys the most licenses",
        _lead(_named(lambda df: _top(_text(df, "COUNTY")[_text(df, "COUNTY") != "NON-RESIDENT"].value_counts()))),
        ("COUNTY",),
    ),
    Q(
        "total money from license sales in 2023?",
        _amount(lambda df: float(_num(df, "PRICE")[_fl_year(df) == 2023].sum())),
        ("PRICE", "SALE_DATE"),
    ),
    Q("what share were bought online", _share(_fl_online(None)), ("SALES_CHANNEL",)),
    Q("and just in 2024?", _share(_fl_online(2024)), ("SALES_CHANNEL", "SALE_DATE")),
    Q(
        "average age of people buying lifetime licenses",
        _typical(lambda df: _num(df, "BUYER_AGE")[_text(df, "LICENSE_TYPE") == "LIFETIME FISHING"]),
        ("BUYER_AGE", "LICENSE_TYPE"),
    ),
]


# --- 3. Nail salon appointment book --------------------------------------------------------------------------------

# service: price, minutes, weight
_NS_SERVICES = {
    "Gel": (40.0, 45, 34),
    "Acrylic": (60.0, 75, 22),
    "Pedicure": (45.0, 50, 28),
    "Manicure": (25.0, 30, 16),
}
# technician: share of bookings, tip generosity
_NS_TECHS = {"Linh": (1.4, 1.1), "Kim": (1.2, 1.0), "Tammy": (1.0, 1.25), "Jenny": (0.9, 0.95), "Rosa": (0.7, 1.0)}


def _nails_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27903)
    rows: list[dict[str, Any]] = []
    techs = list(_NS_TECHS)
    for day in pd.date_range("2023-01-03", "2024-06-30", freq="D"):
        if day.day_of_week == 0 or rng.random() < 0.03:
            continue
        busy = {5: 11, 4: 8, 6: 6}.get(day.day_of_week, 5)
        for _ in range(int(rng.poisson(busy))):
            service = str(_one(rng, list(_NS_SERVICES), [v[2] for v in _NS_SERVICES.values()]))
            base, mins, _w = _NS_SERVICES[service]
            tech = str(_one(rng, techs, [v[0] for v in _NS_TECHS.values()]))
            walk_in = rng.random() < 0.35
            price = base + float(rng.choice([0, 0, 5, 10, 15])) - (5 if walk_in and rng.random() < 0.4 else 0)
            tip = None if rng.random() < 0.15 else round(price * float(rng.uniform(0.1, 0.25)) * _NS_TECHS[tech][1])
            slot = int(rng.integers(0, 18))
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Time": (pd.Timestamp("2000-01-01 09:30") + pd.Timedelta(minutes=30 * slot)).strftime("%I:%M %p"),
                    "Technician": tech,
                    "Service": service,
                    "Duration (min)": int(mins + 5 * rng.integers(-2, 3)),
                    "Price": f"${price:.2f}",
                    "Tip": "" if tip is None else f"${tip:.2f}",
                    "Type": "Walk-in" if walk_in else "Booked",
                    "Client": "New" if rng.random() < (0.3 if walk_in else 0.15) else "Returning",
                }
            )
    return pd.DataFrame(rows)


def _ns_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y")


def _ns_price(kind: str, how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Price")[_text(df, "Type") == kind].agg(how))


_NS_QS = [
    Q(
        "whats our most popular service",
        _lead(_named(lambda df: _top(_text(df, "Service").value_counts()))),
        ("Service",),
    ),
    Q(
        "which tech made the most in tips",
        _lead(_named(lambda df: _top(_num(df, "Tip").groupby(df["Technician"]).sum()))),
        ("Technician", "Tip"),
    ),
    Q(
        "how much do people usually tip",
        either(_typical(lambda df: _num(df, "Tip")), _typical(lambda df: _num(df, "Tip").fillna(0))),
        ("Tip",),
    ),
    Q(
        "do walk ins spend less than people who book ahead",
        either(
            _means(_ns_price("Walk-in", "mean"), _ns_price("Booked", "mean")),
            _means(_ns_price("Walk-in", "median"), _ns_price("Booked", "median")),
        ),
        ("Type", "Price"),
    ),
    Q(
        "how many new clients did we get in march 2024",
        _count(
            lambda df: int(
                ((_text(df, "Client") == "New") & (_ns_date(df).dt.to_period("M") == pd.Period("2024-03"))).sum()
            )
        ),
        ("Client", "Date"),
    ),
    Q(
        "what day of the week is the busiest",
        _lead(_weekday(lambda df: _top(_ns_date(df).dt.day_name().value_counts()))),
        ("Date",),
    ),
]


# --- 4. Casino monthly revenue report ------------------------------------------------------------------------------

# licensee: slot handle per month ($M), table drop per month ($M; 0: no tables), admissions per month (thousands)
_CR_CASINOS = {
    "RIVERSIDE CASINO & RESORT": (310, 62, 410),
    "GOLDEN MILE CASINO": (240, 48, 330),
    "HARBOR LIGHTS CASINO": (205, 70, 290),
    "LAKESHORE RACINO": (180, 0, 260),
    "PINE RIDGE CASINO": (150, 30, 210),
    "EAGLE PEAK CASINO": (120, 22, 175),
    "CROWN POINT CASINO": (95, 18, 140),
    "SILVER CREEK CASINO": (160, 35, 230),
}


def _casino_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27904)
    rows: list[dict[str, Any]] = []
    for month in pd.date_range("2022-01-01", "2024-12-01", freq="MS"):
        season = 1.0 + 0.08 * np.sin(2 * np.pi * (month.month - 4) / 12) + (0.06 if month.month == 12 else 0)
        growth = 1.0 + 0.02 * (month.year - 2022)
        tot = dict.fromkeys(["sh", "sw", "td", "tw", "ad", "tax"], 0.0)
        for name, (handle, drop, adm) in _CR_CASINOS.items():
            if name == "SILVER CREEK CASINO" and month < pd.Timestamp("2023-07-01"):
                continue
            visitors = int(adm * 1000 * season * growth * float(rng.normal(1, 0.05)))
            sh = handle * 1e6 * season * growth * float(rng.normal(1, 0.05)) * visitors / (adm * 1000 * season)
            sw = sh * float(rng.normal(0.089, 0.004))
            td = drop * 1e6 * season * growth * float(rng.normal(1, 0.07))
            tw = td * float(rng.normal(0.19, 0.035)) if drop else 0.0
            tax = 0.38 * sw + 0.16 * tw
            vals = {"sh": round(sh), "sw": round(sw), "td": round(td), "tw": round(tw), "ad": visitors}
            vals["tax"] = round(tax)
            for k, v in vals.items():
                tot[k] += v
            rows.append(_cr_row(month, name, vals, has_tables=drop > 0))
        rows.append(_cr_row(month, "STATEWIDE TOTAL", tot, has_tables=True))
    return pd.DataFrame(rows)


def _cr_row(month: pd.Timestamp, name: str, v: dict[str, float], has_tables: bool) -> dict[str, Any]:
    return {
        "Month": f"{month:%B %Y}",
        "Licensee": name,
        "Slot Handle": f"${v['sh']:,.0f}",
        "Slot Win": f"${v['sw']:,.0f}",
        "Slot Hold %": f"{100 * v['sw'] / v['sh']:.2f}%",
        "Table Drop": f"${v['td']:,.0f}",
        "Table Win": f"${v['tw']:,.0f}",
        "Table Hold %": f"{100 * v['tw'] / v['td']:.2f}%" if has_tables else "N/A",
        "Admissions": int(v["ad"]),
        "Gaming Tax": f"${v['tax']:,.0f}",
    }


def _cr_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Month"], format="%B %Y")


def _cr_rows(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Licensee") != "STATEWIDE TOTAL"


def _cr_hold(df: pd.DataFrame) -> list[float]:
    c = df[_cr_rows(df)]
    return [float(_num(c, "Slot Hold %").mean()) / 100, float(_num(c, "Slot Win").sum() / _num(c, "Slot Handle").sum())]


def _cr_best_table_month(df: pd.DataFrame) -> pd.Timestamp:
    c = df[_cr_rows(df)]
    return _num(c, "Table Win").groupby(_cr_month(c)).sum().idxmax()


_CR_QS = [
    Q(
        "which casino had the most slot revenue in 2023",
        _lead(
            _named(
                lambda df: _top(
                    _num(df, "Slot Win")[_cr_rows(df) & (_cr_month(df).dt.year == 2023)].groupby(df["Licensee"]).sum()
                )
            )
        ),
        ("Licensee", "Slot Win", "Month"),
    ),
    Q(
        "how much gaming tax did they all pay together in 2024",
        _amount(lambda df: float(_num(df, "Gaming Tax")[_cr_rows(df) & (_cr_month(df).dt.year == 2024)].sum())),
        ("Gaming Tax", "Month", "Licensee"),
    ),
    Q(
        "whats the average slot hold",
        either(_share(lambda df: _cr_hold(df)[0]), _share(lambda df: _cr_hold(df)[1])),
        ("Slot Hold %", "Slot Win", "Slot Handle", "Licensee"),
    ),
    Q(
        "how many visitors did the casinos get in 2024",
        _amount(lambda df: float(df["Admissions"][_cr_rows(df) & (_cr_month(df).dt.year == 2024)].sum())),
        ("Admissions", "Month", "Licensee"),
    ),
    Q(
        "which month had the highest table games win statewide",
        _month_year(_cr_best_table_month),
        ("Month", "Table Win", "Licensee"),
    ),
    Q(
        "do more admissions mean more slot win",
        _corr(lambda df: df["Admissions"][_cr_rows(df)], lambda df: _num(df, "Slot Win")[_cr_rows(df)]),
        ("Admissions", "Slot Win", "Licensee"),
    ),
]


# --- 5. WhatsApp group chat export ---------------------------------------------------------------------------------

# sender: share of messages, mean words, media chance, reply chance
_WA_SENDERS = {
    "Priya": (1.6, 9, 0.10, 0.30),
    "Tom": (1.2, 6, 0.06, 0.35),
    "Chloe": (1.1, 12, 0.14, 0.22),
    "Dev": (0.9, 5, 0.05, 0.40),
    "Mum": (0.8, 14, 0.22, 0.15),
    "Sam": (0.6, 7, 0.08, 0.28),
    "+44 7911 123456": (0.4, 8, 0.04, 0.30),
}
_WA_WORDS = ["haha", "ok", "see", "you", "tonight", "lol", "did", "anyone", "the", "game", "dinner", "sunday", "yes"]
_WA_WORDS += ["no", "running", "late", "love", "that", "what", "time", "are", "we", "going", "omg", "nice", "photo"]


def _whatsapp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27905)
    rows: list[dict[str, Any]] = [
        {
            "Date": "01/03/2023",
            "Time": "08:02",
            "Sender": "",
            "Message": "Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
            "Word Count": 15,
            "Has Media": "No",
            "Is Reply": "No",
        }
    ]
    senders = list(_WA_SENDERS)
    hours = np.arange(24)
    hour_w = np.array(
        [1, 0.5, 0.2, 0.1, 0.1, 0.2, 0.6, 2, 3, 3, 3, 3.5, 4.5, 4, 3, 3, 3.5, 4.5, 6, 7, 8.5, 7.5, 5, 2.5]
    )
    for day in pd.date_range("2023-03-01", "2024-02-29", freq="D"):
        lam = 10 + (9 if day.month == 12 else 0) + (4 if day.day_of_week >= 5 else 0)
        times = sorted(
            int(rng.choice(hours, p=hour_w / hour_w.sum())) * 60 + int(rng.integers(0, 60))
            for _ in range(int(rng.poisson(lam)))
        )
        for t in times:
            who = str(_one(rng, senders, [v[0] for v in _WA_SENDERS.values()]))
            _s, words, media_p, reply_p = _WA_SENDERS[who]
            media = rng.random() < media_p
            if media:
                text, n = "<Media omitted>", 0
            elif rng.random() < 0.01:
                text, n = "This message was deleted", 0
            else:
                n = max(1, int(rng.poisson(words)))
                text = " ".join(str(w) for w in rng.choice(_WA_WORDS, n))
            rows.append(
                {
                    "Date": f"{day:%d/%m/%Y}",
                    "Time": f"{t // 60:02d}:{t % 60:02d}",
                    "Sender": who,
                    "Message": text,
                    "Word Count": n,
                    "Has Media": "Yes" if media else "No",
                    "Is Reply": "Yes" if rng.random() < reply_p else "No",
                }
            )
    return pd.DataFrame(rows)


def _wa_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%d/%m/%Y")


def _wa_hour(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Time").str.split(":").str[0].astype(int)


_WA_QS = [
    Q(
        "who sends the most messages",
        _lead(_named(lambda df: _top(_text(df, "Sender")[_text(df, "Sender") != ""].value_counts()))),
        ("Sender",),
    ),
    Q(
        "how many photos and videos got shared",
        _count(lambda df: int((_text(df, "Has Media") == "Yes").sum())),
        ("Has Media", "Message"),
    ),
    Q(
        "what time of day is the chat most active",
        _lead(_hour(lambda df: int(_wa_hour(df).value_counts().idxmax()))),
        ("Time", "Date"),
    ),
    Q(
        "avg words per message?",
        either(
            _typical(lambda df: df["Word Count"]),
            _typical(lambda df: df["Word Count"][_text(df, "Has Media") == "No"]),
            _typical(lambda df: df["Word Count"][df["Word Count"] > 0]),
        ),
        ("Word Count", "Has Media", "Message"),
    ),
    Q(
        "which month was the busiest",
        _month_year(lambda df: _wa_date(df).dt.to_period("M").value_counts().idxmax().to_timestamp()),
        ("Date",),
    ),
    Q(
        "what fraction of messages are replies",
        _share(lambda df: float((_text(df, "Is Reply") == "Yes").mean())),
        ("Is Reply",),
    ),
]


# --- 6. Student suspension records ---------------------------------------------------------------------------------

# school: grades, suspensions per year
_SS_SCHOOLS = {
    "LINCOLN ELEMENTARY SCHOOL": (["K", "1", "2", "3", "4", "5"], 45),
    "WASHINGTON ELEMENTARY SCHOOL": (["K", "1", "2", "3", "4", "5"], 60),
    "JEFFERSON MIDDLE SCHOOL": (["6", "7", "8"], 210),
    "ROOSEVELT MIDDLE SCHOOL": (["6", "7", "8"], 165),
    "CENTRAL HIGH SCHOOL": (["9", "10", "11", "12"], 245),
    "EASTSIDE HIGH SCHOOL": (["9", "10", "11", "12"], 190),
}
# offense: weight, days range (halves), out-of-school chance
_SS_OFFENSES = {
    "DEFIANCE/DISRUPTION": (34, (0.5, 3), 0.35),
    "FIGHTING": (24, (1, 5), 0.8),
    "BULLYING/HARASSMENT": (10, (1, 5), 0.6),
    "DRUGS/ALCOHOL": (8, (3, 10), 0.9),
    "ATTENDANCE": (9, (0.5, 2), 0.1),
    "WEAPONS": (3, (5, 10), 1.0),
    "OTHER": (12, (0.5, 3), 0.4),
}
_SS_RACES = ["White", "Black or African American", "Hispanic/Latino", "Asian", "Two or More Races"]
_SS_RACES += ["American Indian/Alaska Native", "Native Hawaiian/Pacific Islander"]


def _suspension_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27906)
    rows: list[dict[str, Any]] = []
    for y in (2021, 2022, 2023):
        school_days = pd.bdate_range(f"{y}-08-25", f"{y + 1}-06-10")
        for school, (grades, per_year) in _SS_SCHOOLS.items():
            pool = [
                (
                    f"S{int(rng.integers(10000, 99999)) * 10 + i % 10:07d}",
                    str(_one(rng, grades)),
                    "M" if rng.random() < 0.66 else "F",
                    str(_one(rng, _SS_RACES, [42, 24, 22, 5, 5, 1.2, 0.8])),
                )
                for i in range(int(per_year * 0.7))
            ]
            repeat_w = rng.pareto(1.5, len(pool)) + 1
            for _ in range(int(rng.poisson(per_year * (1 + 0.06 * (y - 2021))))):
                sid, grade, gender, race = pool[int(rng.choice(len(pool), p=repeat_w / repeat_w.sum()))]
                offense = str(_one(rng, list(_SS_OFFENSES), [v[0] for v in _SS_OFFENSES.values()]))
                _w, (lo, hi), oss_p = _SS_OFFENSES[offense]
                days = float(rng.choice(np.arange(lo, hi + 0.5, 0.5)))
                rows.append(
                    {
                        "School Year": f"{y}-{(y + 1) % 100:02d}",
                        "Incident Date": f"{school_days[int(rng.integers(0, len(school_days)))]:%Y-%m-%d}",
                        "School Name": school,
                        "Student ID": sid,
                        "Grade": grade,
                        "Gender": gender,
                        "Race/Ethnicity": race,
                        "Offense Category": offense,
                        "Days Suspended": days,
                        "Suspension Type": "OUT-OF-SCHOOL" if rng.random() < oss_p else "IN-SCHOOL",
                    }
                )
    return pd.DataFrame(rows).sort_values("Incident Date", kind="stable").reset_index(drop=True)


_SS_QS = [
    Q(
        "how many suspensions were there in the 2022-23 school year",
        _count(lambda df: int((_text(df, "School Year") == "2022-23").sum())),
        ("School Year", "Incident Date"),
    ),
    Q(
        "whats the most common reason kids get suspended",
        _lead(_named(lambda df: _top(_text(df, "Offense Category").value_counts()))),
        ("Offense Category",),
    ),
    Q("how long is a typical suspension", _typical(lambda df: df["Days Suspended"]), ("Days Suspended",)),
    Q(
        "what percent are out of school suspensions",
        _share(lambda df: float((_text(df, "Suspension Type") == "OUT-OF-SCHOOL").mean())),
        ("Suspension Type",),
    ),
    Q(
        "which school hands out the most suspensions",
        _lead(_named(lambda df: _top(_text(df, "School Name").value_counts()))),
        ("School Name",),
    ),
    Q(
        "how many kids got suspended more than once",
        _count(lambda df: int((_text(df, "Student ID").value_counts() > 1).sum())),
        ("Student ID",),
    ),
]


# --- 7. Tennis club court bookings ---------------------------------------------------------------------------------

_TC_FIRST = ["John", "Sarah", "Michael", "Laura", "David", "Anna", "Robert", "Julia", "Chris", "Megan", "Peter"]
_TC_LAST = ["Smith", "Novak", "Chen", "Garcia", "Fischer", "Okafor", "Bauer", "Rossi", "Kowalski", "Patel", "Hughes"]


def _tennis_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27907)
    rows: list[dict[str, Any]] = []
    names = sorted({f"{rng.choice(_TC_LAST)}, {rng.choice(_TC_FIRST)}" for _ in range(90)})
    members = {n: f"M{1000 + 7 * i}" for i, n in enumerate(names)}
    keen = rng.pareto(1.2, len(names)) + 1
    hours = np.arange(7, 22)
    hour_w = np.array([3, 4, 5, 4, 3, 3, 2, 2, 2, 3, 5, 8, 9, 6, 3], dtype=float)
    for day in pd.date_range("2024-04-01", "2024-10-31", freq="D"):
        weekend = day.day_of_week >= 5
        for _ in range(int(rng.poisson(22 if weekend else 15))):
            court = int(_one(rng, list(range(1, 9)), [1.3, 1.2, 1.0, 0.9, 1.1, 1.0, 0.8, 0.7]))
            clay = court <= 4
            start = int(rng.choice(hours, p=hour_w / hour_w.sum()))
            dur = float(_one(rng, [1.0, 1.5, 2.0], [50, 30, 20]))
            guests = int(_one(rng, [0, 1, 2, 3], [35, 40, 10, 15]))
            cancelled = rng.random() < 0.09
            prime = 1.25 if start >= 17 or weekend else 1.0
            fee = 0.0 if cancelled else dur * (16 if clay else 12) * prime + 10 * guests
            member = str(names[int(rng.choice(len(names), p=keen / keen.sum()))])
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Start": f"{start}:00",
                    "Court": court,
                    "Surface": "Clay" if clay else "Hard",
                    "Member": member,
                    "Member ID": members[member],
                    "Guests": guests,
                    "Duration (hrs)": dur,
                    "Fee": f"${fee:.2f}",
                    "Cancelled": "Y" if cancelled else "N",
                }
            )
    return pd.DataFrame(rows)


def _tc_on(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Cancelled") == "N"


def _tc_fee(surface: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Fee")[_text(df, "Surface") == surface].sum())


def _tc_hour(df: pd.DataFrame, live: bool) -> int:
    h = _text(df, "Start").str.split(":").str[0].astype(int)
    return int((h[_tc_on(df)] if live else h).value_counts().idxmax())


def _tc_players(df: pd.DataFrame) -> list[str]:
    d = df["Duration (hrs)"]
    out = []
    for keep in (_tc_on(df), _tc_on(df) | True):
        last_first = _top(d[keep].groupby(df["Member"][keep]).sum())
        last, first = last_first.split(", ")
        out += [last_first, f"{first} {last}"]
    return out


_TC_QS = [
    Q(
        "how many bookings got cancelled",
        _count(lambda df: int((_text(df, "Cancelled") == "Y").sum())),
        ("Cancelled",),
    ),
    Q(
        "which court gets booked the most",
        _lead(
            either(
                _code(lambda df: str(_top(df["Court"].value_counts()))),
                _code(lambda df: str(_top(df["Court"][_tc_on(df)].value_counts()))),
            )
        ),
        ("Court", "Cancelled"),
    ),
    Q(
        "do the clay courts bring in more money than the hard ones",
        _means(_tc_fee("Clay"), _tc_fee("Hard")),
        ("Surface", "Fee", "Court", "Cancelled"),
    ),
    Q(
        "whats the most popular start time",
        _lead(either(_hour(lambda df: _tc_hour(df, False)), _hour(lambda df: _tc_hour(df, True)))),
        ("Start", "Cancelled"),
    ),
    Q(
        "avg number of guests per booking",
        either(_typical(lambda df: df["Guests"]), _typical(lambda df: df["Guests"][_tc_on(df)])),
        ("Guests", "Cancelled"),
    ),
    Q(
        "who played the most hours",
        _lead(_named_any(_tc_players)),
        ("Member", "Member ID", "Duration (hrs)", "Cancelled"),
    ),
]


HELDOUT279: list[Dataset] = [
    Dataset("turo_host_trip_earnings", _turo_frame, _TU_QS),
    Dataset("state_fishing_license_sales", _fishing_frame, _FL_QS),
    Dataset("nail_salon_appointment_book", _nails_frame, _NS_QS),
    Dataset("casino_monthly_revenue_report", _casino_frame, _CR_QS),
    Dataset("whatsapp_group_chat_export", _whatsapp_frame, _WA_QS),
    Dataset("student_suspension_records", _suspension_frame, _SS_QS),
    Dataset("tennis_club_court_bookings", _tennis_frame, _TC_QS),
]
