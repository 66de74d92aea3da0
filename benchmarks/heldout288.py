"""HELDOUT288: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a tutoring center's session
log (one row per session, September 2023 to June 2024) with "Session Date" as "09/05/2023", Tutor, Student as
"Maya R.", "Grade Level" ("K", "3rd", "11th"), Subject, Minutes, "Rate/Hr" and "Billed" as "$45.00", "Session Type"
(In-Person, Online) and "Student Rating" 1-5 (blank when the student did not rate); a state WIC program's
participation by county and month (public data, January 2022 to June 2024) with upper-case County, Month as "Jan-22",
"Women Participating", "Infants Participating", "Children Participating", "Total Participants" (their sum),
"Food Cost" as "$1,234,567" and "Avg Food Cost per Participant" as "$52.31" ("N/A" on a few rows), plus a
"STATE TOTAL" row for each month; an escape room business's booking export (June 2023 to December 2024) with
"Booking ID" as "BK-10234", Date as "2024-03-09", Room, "Time Slot" as "7:30 PM", "Group Size", "Price/Person" and
"Total" as "$128.00", Escaped (Yes/No), "Time Remaining (min)" (blank when the group did not get out), "Hints Used"
and Source (Website, Phone, Walk-In, Groupon, Gift Card); a massage therapist's client ledger (2023 and 2024) with
Date as "3/14/2024", "Client Name", "Length (min)" (30, 60, 90, 120), Modality (Swedish, Deep Tissue, Sports,
Prenatal), Price as "$95", Tip as "$15.00" (blank when none), "Gift Card" and Rebooked as Y/N; a city's rodent
baiting service requests (open data, 2023 and 2024, one row per request) with SR_NUMBER as "SR23-00123456", SR_TYPE,
CREATED_DATE and CLOSED_DATE as "01/05/2024 09:14:00 AM" (closed blank while open), STATUS (Completed, Open,
"Completed - Dup"), WARD (blank on a few), upper-case COMMUNITY_AREA, RESULT (BAITED, NO RATS, NOT ACCESSIBLE; blank
while open or on duplicates) and DAYS_TO_CLOSE; a minor league team's ticket sales by home game (2019 and 2021 to
2024, no 2020 season) with "Game Date" as "4/5/2024", Opponent, Day as "Fri", Promotion (blank when none),
"Tickets Sold", Comps, "Scanned Attendance", "Ticket Revenue" and "Concessions Revenue" as "$45,210.50" and Weather;
and a pub trivia league's weekly scores (2024, one row per team per night, wide) with Date as "2024-02-06", Venue,
"Team Name" (a few with a trailing space), "Round 1" to "Round 6", Total, Place (ties share a place), Players and
"Bar Tab" as "$84.50" (blank when the team ran no tab). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical, _weekday
from .heldout273 import _code
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- 1. Tutoring center session log ---------------------------------------------------------------------------------

# tutor: rate per hour, subjects, weight
_TU_TUTORS: dict[str, tuple[int, list[str], float]] = {
    "Dana Whitfield": (65, ["Math", "SAT Prep", "Chemistry"], 4.0),
    "Marcus Lee": (55, ["Math", "Biology"], 2.5),
    "Priya Nair": (60, ["Chemistry", "Biology", "Math"], 2.0),
    "Tom Kowalski": (45, ["Reading", "Writing"], 2.0),
    "Elena Ruiz": (50, ["Spanish", "Reading", "Writing"], 1.8),
    "Jordan Bell": (40, ["Math", "Reading"], 1.5),
    "Aisha Grant": (70, ["SAT Prep", "Writing"], 1.2),
}
_TU_FIRST = ["Maya", "Liam", "Ava", "Noah", "Zoe", "Ethan", "Chloe", "Owen", "Lily", "Caleb", "Nora", "Eli", "Ruby"]
_TU_GRADES = ["K", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"]
# sessions per month, September to June (May is exam season)
_TU_MONTHS = [(2023, 9, 120), (2023, 10, 160), (2023, 11, 150), (2023, 12, 100), (2024, 1, 165), (2024, 2, 170)]
_TU_MONTHS += [(2024, 3, 180), (2024, 4, 200), (2024, 5, 265), (2024, 6, 110)]


def _tutoring_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28801)
    students: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(students) < 140:
        name = f"{_one(rng, _TU_FIRST)} {chr(65 + int(rng.integers(0, 26)))}."
        if name not in seen:
            seen.add(name)
            students.append((name, str(_one(rng, _TU_GRADES, [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 4]))))
    tutors = list(_TU_TUTORS)
    rows: list[dict[str, Any]] = []
    for year, month, n in _TU_MONTHS:
        days = pd.Period(f"{year}-{month:02d}").days_in_month
        for _ in range(n):
            day = pd.Timestamp(year, month, int(rng.integers(1, days + 1)))
            tutor = str(_one(rng, tutors, [v[2] for v in _TU_TUTORS.values()]))
            rate, subjects, _w = _TU_TUTORS[tutor]
            student, grade = students[int(rng.integers(0, len(students)))]
            minutes = int(_one(rng, [30, 45, 60, 90], [2, 3, 5, 1.5]))
            online = rng.random() < 0.38
            rated = rng.random() < 0.7
            score = int(np.clip(round(rng.normal(4.3 if not online else 3.9, 0.8)), 1, 5))
            rows.append(
                {
                    "Session Date": f"{day:%m/%d/%Y}",
                    "Tutor": tutor,
                    "Student": student,
                    "Grade Level": grade,
                    "Subject": str(_one(rng, subjects)),
                    "Minutes": minutes,
                    "Rate/Hr": f"${rate:.2f}",
                    "Billed": f"${rate * minutes / 60:,.2f}",
                    "Session Type": "Online" if online else "In-Person",
                    "Student Rating": score if rated else "",
                }
            )
    return pd.DataFrame(rows)


def _tu_busiest(df: pd.DataFrame) -> pd.Timestamp:
    when = pd.to_datetime(_text(df, "Session Date"), format="%m/%d/%Y")
    return when.dt.to_period("M").value_counts().sort_index(kind="stable").idxmax().to_timestamp()


_TU_QS = [
    Q(
        "how many sessions were online",
        _count(lambda df: int((_text(df, "Session Type") == "Online").sum())),
        ("Session Type",),
    ),
    Q(
        "which tutor brought in the most money",
        _lead(_named(lambda df: _top(_num(df, "Billed").groupby(_text(df, "Tutor")).sum()))),
        ("Tutor", "Billed", "Rate/Hr", "Minutes"),
    ),
    Q(
        "do kids rate online sessions lower than in person ones?",
        _about(lambda df: _num(df, "Student Rating").groupby(_text(df, "Session Type")).mean().to_numpy(), 0.005),
        ("Student Rating", "Session Type"),
    ),
    Q(
        "how long is a typical session",
        _typical(lambda df: df["Minutes"].astype(float)),
        ("Minutes",),
    ),
    Q(
        "how many sessions never got a rating",
        _count(lambda df: int(_num(df, "Student Rating").isna().sum())),
        ("Student Rating",),
    ),
    Q("what was our busiest month", _lead(_month_year(_tu_busiest)), ("Session Date",)),
]


# --- 2. WIC participation by county and month ----------------------------------------------------------------------

_WI_COUNTIES = {
    "ADAMS": 900,
    "BENTON": 2400,
    "CLAY": 650,
    "DOUGLAS": 8600,
    "ELK": 300,
    "FAYETTE": 3100,
    "GREENE": 1200,
    "HARRISON": 5400,
    "JACKSON": 7200,
    "KNOX": 1500,
    "LAKE": 4300,
    "MADISON": 2900,
    "MARSHALL": 1100,
    "MONROE": 3800,
    "OSAGE": 500,
    "PIKE": 800,
    "POLK": 2600,
    "RUSH": 450,
    "SCOTT": 1700,
    "SEDGWICK": 6100,
    "UNION": 1000,
    "WARREN": 2100,
    "WAYNE": 3400,
    "WILSON": 1300,
    "YORK": 2000,
}


def _wic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28802)
    months = pd.period_range("2022-01", "2024-06", freq="M")
    rows: list[dict[str, Any]] = []
    for k, month in enumerate(months):
        trend = 0.93 + 0.004 * k + 0.07 * np.exp(-(((k - 19) / 1.5) ** 2))  # peak in August 2023
        cost_pp = 47 + 0.25 * k
        totals = {"women": 0, "infants": 0, "children": 0, "cost": 0}
        for county, size in _WI_COUNTIES.items():
            base = size * trend * float(rng.normal(1, 0.03))
            women = int(base * float(rng.uniform(0.22, 0.27)))
            infants = int(base * float(rng.uniform(0.22, 0.26)))
            children = int(base * float(rng.uniform(0.48, 0.54)))
            total = women + infants + children
            cost = round(total * cost_pp * float(rng.normal(1, 0.06)))
            for key, v in zip(("women", "infants", "children", "cost"), (women, infants, children, cost), strict=True):
                totals[key] += v
            rows.append(
                {
                    "County": county,
                    "Month": f"{month:%b-%y}",
                    "Women Participating": women,
                    "Infants Participating": infants,
                    "Children Participating": children,
                    "Total Participants": total,
                    "Food Cost": f"${cost:,}",
                    "Avg Food Cost per Participant": "N/A" if rng.random() < 0.03 else f"${cost / total:.2f}",
                }
            )
        total = totals["women"] + totals["infants"] + totals["children"]
        rows.append(
            {
                "County": "STATE TOTAL",
                "Month": f"{month:%b-%y}",
                "Women Participating": totals["women"],
                "Infants Participating": totals["infants"],
                "Children Participating": totals["children"],
                "Total Participants": total,
                "Food Cost": f"${totals['cost']:,}",
                "Avg Food Cost per Participant": f"${totals['cost'] / total:.2f}",
            }
        )
    return pd.DataFrame(rows)


def _wi_counties(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "County") != "STATE TOTAL"]


def _wi_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Month"), format="%b-%y")


def _wi_peak(df: pd.DataFrame) -> pd.Timestamp:
    c = _wi_counties(df)
    return c["Total Participants"].groupby(_wi_month(c)).sum().sort_index(kind="stable").idxmax()


def _wi_cost_pp(df: pd.DataFrame) -> list[float]:
    c = _wi_counties(df)
    avg = _num(c, "Avg Food Cost per Participant")
    return [
        float(avg.mean()),
        float(avg.median()),
        float(_num(c, "Food Cost").sum() / c["Total Participants"].sum()),
        float(_num(df, "Avg Food Cost per Participant").mean()),
    ]


def _wi_part(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_wi_counties(df)[col].sum() / _wi_counties(df)["Total Participants"].sum())


_WI_QS = [
    Q(
        "which county has the most people on wic",
        _lead(
            _named_any(
                lambda df: [
                    _top(_wi_counties(df).groupby(_text(_wi_counties(df), "County"))["Total Participants"].mean()),
                    _top(_wi_counties(df).groupby(_text(_wi_counties(df), "County"))["Total Participants"].sum()),
                ]
            )
        ),
        ("County", "Total Participants", "Month"),
    ),
    Q(
        "how much was spent on food statewide in 2023",
        _amount(
            lambda df: float(_num(_wi_counties(df), "Food Cost")[_wi_month(_wi_counties(df)).dt.year == 2023].sum())
        ),
        ("Food Cost", "Month", "County"),
    ),
    Q(
        "whats the average food cost per person",
        either(*[_about(lambda df, k=k: _wi_cost_pp(df)[k], rel=0.005) for k in range(4)]),
        ("Avg Food Cost per Participant", "Food Cost", "Total Participants", "County"),
    ),
    Q(
        "when did participation peak",
        _lead(_month_year(_wi_peak)),
        ("Month", "Total Participants", "County"),
    ),
    Q(
        "what share of participants are kids",
        _share(_wi_part("Children Participating")),
        ("Children Participating", "Total Participants", "County"),
    ),
    Q(
        "and infants?",
        _share(_wi_part("Infants Participating")),
        ("Infants Participating", "Total Participants", "County"),
    ),
]


# --- 3. Escape room bookings ---------------------------------------------------------------------------------------

# room: escape chance, base price per person, weight
_ER_ROOMS = {
    "The Heist": (0.62, 32, 3.0),
    "Pharaoh's Tomb": (0.55, 32, 2.5),
    "Haunted Asylum": (0.31, 35, 2.2),
    "Lab 13": (0.48, 35, 2.0),
    "Prison Break": (0.70, 30, 1.8),
}
_ER_SLOTS = ["10:00 AM", "12:00 PM", "2:00 PM", "4:00 PM", "5:30 PM", "7:30 PM", "9:00 PM"]
_ER_SOURCES = ["Website", "Phone", "Walk-In", "Groupon", "Gift Card"]


def _escape_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28803)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-06-01")
    dates = sorted(start + pd.Timedelta(days=int(d)) for d in rng.integers(0, 580, 2100))
    for k, day in enumerate(dates):
        room = str(_one(rng, list(_ER_ROOMS), [v[2] for v in _ER_ROOMS.values()]))
        chance, base, _w = _ER_ROOMS[room]
        size = int(np.clip(rng.poisson(4.2), 2, 10))
        source = str(_one(rng, _ER_SOURCES, [6, 2, 1, 1.5, 0.8]))
        ppp = base + (6 if size <= 3 else 0) - (6 if source == "Groupon" else 0)
        hints = int(np.clip(rng.poisson(1.6), 0, 5))
        escaped = rng.random() < chance + 0.03 * (size - 4) - 0.06 * (hints - 1.6)
        left = int(np.clip(rng.gamma(2.0, 5.0), 1, 40)) if escaped else ""
        rows.append(
            {
                "Booking ID": f"BK-{10000 + k}",
                "Date": f"{day:%Y-%m-%d}",
                "Room": room,
                "Time Slot": str(_one(rng, _ER_SLOTS, [1, 1.5, 2, 2, 2.5, 3, 2])),
                "Group Size": size,
                "Price/Person": f"${ppp:.2f}",
                "Total": f"${ppp * size:,.2f}",
                "Escaped": "Yes" if escaped else "No",
                "Time Remaining (min)": left,
                "Hints Used": hints,
                "Source": source,
            }
        )
    return pd.DataFrame(rows)


def _er_escaped(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Escaped") == "Yes"


def _er_groupon(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Source") == "Groupon"


_ER_QS = [
    Q("total revenue?", _amount(lambda df: float(_num(df, "Total").sum())), ("Total",)),
    Q("what percent of groups actually escape", _share(lambda df: float(_er_escaped(df).mean())), ("Escaped",)),
    Q(
        "which room is the hardest",
        _lead(
            _named_any(
                lambda df: [
                    _top(_er_escaped(df).groupby(_text(df, "Room")).mean(), lowest=True),
                    _top(_num(df, "Time Remaining (min)").groupby(_text(df, "Room")).mean(), lowest=True),
                ]
            )
        ),
        ("Room", "Escaped", "Time Remaining (min)"),
    ),
    Q(
        "do groups that get out use fewer hints than ones that dont",
        _about(lambda df: df["Hints Used"].astype(float).groupby(_er_escaped(df)).mean().to_numpy(), rel=0.005),
        ("Hints Used", "Escaped"),
    ),
    Q("how many bookings came through groupon", _count(lambda df: int(_er_groupon(df).sum())), ("Source",)),
    Q(
        "and how much money did those bring in",
        _amount(lambda df: float(_num(df, "Total")[_er_groupon(df)].sum())),
        ("Source", "Total"),
    ),
]


# --- 4. Massage therapist client ledger ----------------------------------------------------------------------------

_MS_PRICES = {30: 55, 60: 95, 90: 135, 120: 170}
_MS_MODS = {"Swedish": 0, "Deep Tissue": 10, "Sports": 10, "Prenatal": 5}
_MS_FIRST = ["Karen", "Megan", "Josh", "Rachel", "Tyler", "Amanda", "Brian", "Lauren", "Steve", "Jen", "Carlos", "Kim"]
_MS_LAST = ["Olsen", "Patel", "Nguyen", "Brooks", "Reyes", "Hanley", "Foster", "Kim", "Murphy", "Diaz", "Walsh", "Cho"]


def _massage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28804)
    clients: list[tuple[str, float, str]] = []
    seen: set[str] = set()
    while len(clients) < 130:
        name = f"{_one(rng, _MS_FIRST)} {_one(rng, _MS_LAST)}"
        if name not in seen:
            seen.add(name)
            fav = str(_one(rng, list(_MS_MODS), [4, 3, 1.2, 0.6]))
            clients.append((name, float(rng.gamma(1.5, 1.0)), fav))
    weights = [c[1] for c in clients]
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-01-02")
    for d in sorted(int(x) for x in rng.integers(0, 729, 1250)):
        day = start + pd.Timedelta(days=d)
        name, _w, fav = clients[int(rng.choice(len(clients), p=np.array(weights) / sum(weights)))]
        mod = fav if rng.random() < 0.75 else str(_one(rng, list(_MS_MODS), [4, 3, 1.2, 0.3]))
        length = int(_one(rng, [30, 60, 90, 120], [1, 6, 3, 0.6]))
        price = _MS_PRICES[length] + _MS_MODS[mod]
        gift = rng.random() < 0.12
        tipped = rng.random() < (0.55 if gift else 0.85)
        tip = round(price * float(rng.uniform(0.12, 0.25)), 0) if tipped else None
        rebook = rng.random() < (0.48 if mod != "Deep Tissue" else 0.62)
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Client Name": name,
                "Length (min)": length,
                "Modality": mod,
                "Price": f"${price}",
                "Tip": "" if tip is None else f"${tip:.2f}",
                "Gift Card": "Y" if gift else "N",
                "Rebooked": "Y" if rebook else "N",
            }
        )
    return pd.DataFrame(rows)


def _ms_tip_rates(df: pd.DataFrame) -> list[float]:
    tip = _num(df, "Tip")
    price = _num(df, "Price")
    return [
        float((tip.fillna(0) / price).mean()),
        float((tip / price).mean()),
        float(tip.sum() / price.sum()),
        float(tip.sum() / price[tip.notna()].sum()),
    ]


def _ms_rebooked(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Rebooked") == "Y"


_MS_QS = [
    Q(
        "how much did i get in tips in 2024",
        _amount(
            lambda df: float(
                _num(df, "Tip")[pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y").dt.year == 2024].sum()
            )
        ),
        ("Date", "Tip"),
    ),
    Q(
        "whats my most popular type of massage",
        _lead(_named(lambda df: _top(_text(df, "Modality").value_counts()))),
        ("Modality",),
    ),
    Q(
        "on average what % do people tip",
        either(*[_share(lambda df, k=k: _ms_tip_rates(df)[k]) for k in range(4)]),
        ("Tip", "Price"),
    ),
    Q(
        "how many different clients have i seen",
        _count(lambda df: int(_text(df, "Client Name").nunique())),
        ("Client Name",),
    ),
    Q("what % of sessions end with a rebook", _share(lambda df: float(_ms_rebooked(df).mean())), ("Rebooked",)),
    Q(
        "and for deep tissue?",
        _share(lambda df: float(_ms_rebooked(df)[_text(df, "Modality") == "Deep Tissue"].mean())),
        ("Rebooked", "Modality"),
    ),
]


# --- 5. Rodent baiting service requests ----------------------------------------------------------------------------

# community area: wards, weight, chance a closed request is baited
_RT_AREAS: dict[str, tuple[list[int], float, float]] = {
    "LOGAN SQUARE": ([1, 26, 35], 3.0, 0.62),
    "LAKE VIEW": ([32, 44, 46], 3.2, 0.55),
    "WEST TOWN": ([1, 2, 27], 2.6, 0.60),
    "AUSTIN": ([28, 29, 37], 2.2, 0.70),
    "ROGERS PARK": ([49], 1.6, 0.50),
    "UPTOWN": ([46, 48], 1.4, 0.52),
    "IRVING PARK": ([33, 35], 1.5, 0.58),
    "AVONDALE": ([33, 35], 1.2, 0.57),
    "HUMBOLDT PARK": ([26, 37], 1.3, 0.66),
    "EDGEWATER": ([48, 40], 1.0, 0.45),
    "PORTAGE PARK": ([38, 45], 1.2, 0.54),
    "CHICAGO LAWN": ([15, 16], 0.9, 0.68),
}
# month weights, January to December (summer peak)
_RT_SEASON = [0.5, 0.5, 0.7, 0.9, 1.2, 1.5, 1.9, 1.7, 1.3, 1.0, 0.7, 0.5]


def _rat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28805)
    areas = list(_RT_AREAS)
    rows: list[dict[str, Any]] = []
    seq = 100000
    for year in (2023, 2024):
        for month, w in enumerate(_RT_SEASON, start=1):
            scale = 150 if year == 2023 else 175
            days = pd.Period(f"{year}-{month:02d}").days_in_month
            for _ in range(int(rng.poisson(w * scale))):
                seq += int(rng.integers(30, 400))
                created = pd.Timestamp(year, month, int(rng.integers(1, days + 1))) + pd.Timedelta(
                    seconds=int(rng.integers(6 * 3600, 22 * 3600))
                )
                area = str(_one(rng, areas, [v[1] for v in _RT_AREAS.values()]))
                wards, _w, bait = _RT_AREAS[area]
                ward: Any = int(_one(rng, wards))
                if rng.random() < 0.02:
                    ward = ""
                age = (pd.Timestamp("2025-01-01") - created).days
                dup = rng.random() < 0.06
                if dup:
                    status, result, days_open = "Completed - Dup", "", int(rng.integers(0, 3))
                else:
                    days_open = int(np.clip(rng.gamma(2.0, 6.0), 0, 120))
                    status = "Open" if days_open >= age or rng.random() < 0.015 else "Completed"
                    result = str(_one(rng, ["BAITED", "NO RATS", "NOT ACCESSIBLE"], [bait, 0.8 - bait, 0.2]))
                closed = created + pd.Timedelta(days=days_open, seconds=int(rng.integers(0, 6 * 3600)))
                rows.append(
                    {
                        "SR_NUMBER": f"SR{year % 100}-00{seq}",
                        "SR_TYPE": "Rodent Baiting/Rat Complaint",
                        "CREATED_DATE": created.strftime("%m/%d/%Y %I:%M:%S %p"),
                        "CLOSED_DATE": "" if status == "Open" else closed.strftime("%m/%d/%Y %I:%M:%S %p"),
                        "STATUS": status,
                        "WARD": ward,
                        "COMMUNITY_AREA": area,
                        "RESULT": "" if status == "Open" else result,
                        "DAYS_TO_CLOSE": "" if status == "Open" else days_open,
                    }
                )
    return pd.DataFrame(rows)


def _rt_status(df: pd.DataFrame, status: str) -> pd.Series:
    return _text(df, "STATUS") == status


def _rt_peak(df: pd.DataFrame) -> pd.Timestamp:
    when = pd.to_datetime(_text(df, "CREATED_DATE"), format="%m/%d/%Y %I:%M:%S %p")
    return when.dt.to_period("M").value_counts().sort_index(kind="stable").idxmax().to_timestamp()


def _rt_days(dups: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "DAYS_TO_CLOSE")[dups | ~_rt_status(df, "Completed - Dup")]


def _rt_baited(df: pd.DataFrame) -> list[float]:
    baited = _text(df, "RESULT") == "BAITED"
    return [
        float(baited.mean()),
        float(baited[_text(df, "RESULT") != ""].mean()),
        float(baited[_rt_status(df, "Completed")].mean()),
        float(baited[~_rt_status(df, "Completed - Dup")].mean()),
    ]


def _rt_no_rats(df: pd.DataFrame) -> list[str]:
    none = _text(df, "RESULT") == "NO RATS"
    area = _text(df, "COMMUNITY_AREA")
    return [_top(none.groupby(area).sum()), _top(none[_text(df, "RESULT") != ""].groupby(area).mean())]


_RT_QS = [
    Q("how many rat complaints are still open", _count(lambda df: int(_rt_status(df, "Open").sum())), ("STATUS",)),
    Q(
        "which ward has the most complaints",
        _lead(_code(lambda df: str(int(float(_top(_num(df, "WARD").dropna().astype(int).value_counts())))))),
        ("WARD", "SR_NUMBER"),
    ),
    Q(
        "how long does it usually take to close one",
        either(_typical(_rt_days(True)), _typical(_rt_days(False))),
        ("DAYS_TO_CLOSE", "CREATED_DATE", "CLOSED_DATE", "STATUS"),
    ),
    Q(
        "what share of them got baited",
        either(*[_share(lambda df, k=k: _rt_baited(df)[k]) for k in range(4)]),
        ("RESULT", "STATUS"),
    ),
    Q("which month had the most complaints", _lead(_month_year(_rt_peak)), ("CREATED_DATE",)),
    Q(
        "which neighborhood gets the most 'no rats' results",
        _lead(_named_any(_rt_no_rats)),
        ("COMMUNITY_AREA", "RESULT"),
    ),
]


# --- 6. Minor league ticket sales by game --------------------------------------------------------------------------

_BB_OPPONENTS = ["River Cats", "Sea Dogs", "IronPigs", "Mud Hens", "Bisons", "Rumble Ponies", "Fisher Cats"]
_BB_PROMOS = {"": 0.0, "Fireworks": 0.42, "Bobblehead": 0.25, "Dollar Dogs": 0.18, "Kids Run the Bases": 0.08}
_BB_DAYS = {"Tue": 0.78, "Wed": 0.8, "Thu": 0.88, "Fri": 1.12, "Sat": 1.3, "Sun": 1.0}
_BB_FULL = {"Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday", "Sat": "Saturday"}
_BB_FULL |= {"Sun": "Sunday", "Mon": "Monday"}


def _baseball_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28806)
    rows: list[dict[str, Any]] = []
    for year in (2019, 2021, 2022, 2023, 2024):
        day = pd.Timestamp(f"{year}-04-05")
        games = 0
        while games < 70:
            day += pd.Timedelta(days=1)
            dow = f"{day:%a}"
            if dow == "Mon" or rng.random() < 0.5:
                continue
            games += 1
            promo = str(_one(rng, list(_BB_PROMOS), [6, 1.2 if dow in ("Fri", "Sat") else 0.2, 0.8, 1, 0.6]))
            weather = str(_one(rng, ["Clear", "Partly Cloudy", "Overcast", "Rain Delay", "Hot"], [5, 4, 2, 1, 1.5]))
            lift = (1 + _BB_PROMOS[promo]) * _BB_DAYS[dow] * (0.8 if weather == "Rain Delay" else 1)
            sold = int(np.clip(rng.normal(4200, 700) * lift * (1 + 0.03 * (year - 2019)), 1200, 9000))
            comps = int(rng.integers(50, 400))
            scanned = int((sold + comps) * float(rng.uniform(0.72, 0.9)) * (0.9 if weather == "Rain Delay" else 1))
            price = float(rng.normal(11.5, 0.8)) + 0.4 * (year - 2019)
            per_head = float(rng.normal(13.5, 1.6)) * (1.15 if weather == "Hot" else 1) * (1 + 0.03 * (year - 2019))
            per_head *= 0.82 if promo == "Dollar Dogs" else 1
            rows.append(
                {
                    "Game Date": f"{day.month}/{day.day}/{day.year}",
                    "Opponent": str(_one(rng, _BB_OPPONENTS)),
                    "Day": dow,
                    "Promotion": promo,
                    "Tickets Sold": sold,
                    "Comps": comps,
                    "Scanned Attendance": scanned,
                    "Ticket Revenue": f"${sold * price:,.2f}",
                    "Concessions Revenue": f"${scanned * per_head:,.2f}",
                    "Weather": weather,
                }
            )
    return pd.DataFrame(rows)


def _bb_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Game Date"), format="%m/%d/%Y").dt.year


def _bb_2023(df: pd.DataFrame) -> list[float]:
    d = df[_bb_year(df) == 2023]
    return [
        float(d["Scanned Attendance"].sum()),
        float(d["Tickets Sold"].sum()),
        float(d["Tickets Sold"].sum() + d["Comps"].sum()),
    ]


def _bb_promo(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Promotion").replace("", "None")


def _bb_per_head(only: str | None) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        d = df if only is None else df[_bb_promo(df) == only]
        food = _num(d, "Concessions Revenue")
        return [float(food.sum() / d["Scanned Attendance"].sum()), float((food / d["Scanned Attendance"]).mean())]

    return values


def _bb_best_day(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _BB_FULL[_top(df[col].groupby(_text(df, "Day")).mean())]


_BB_QS = [
    Q(
        "what was total attendance in 2023",
        either(*[_amount(lambda df, k=k: _bb_2023(df)[k]) for k in range(3)]),
        ("Game Date", "Scanned Attendance", "Tickets Sold", "Comps"),
    ),
    Q(
        "which promo brings in the biggest crowds",
        _lead(
            _named_any(
                lambda df: [
                    _top(df["Scanned Attendance"].groupby(_bb_promo(df)).mean()),
                    _top(df["Tickets Sold"].groupby(_bb_promo(df)).mean()),
                ]
            )
        ),
        ("Promotion", "Scanned Attendance", "Tickets Sold"),
    ),
    Q(
        "best night of the week for attendance?",
        either(_weekday(_bb_best_day("Scanned Attendance")), _weekday(_bb_best_day("Tickets Sold"))),
        ("Day", "Scanned Attendance", "Tickets Sold", "Game Date"),
    ),
    Q("how many comps have we given away overall", _count(lambda df: int(df["Comps"].sum())), ("Comps",)),
    Q(
        "how much does each fan spend on concessions on average",
        either(*[_about(lambda df, k=k: _bb_per_head(None)(df)[k], rel=0.005) for k in range(2)]),
        ("Concessions Revenue", "Scanned Attendance", "Tickets Sold"),
    ),
    Q(
        "and on fireworks nights?",
        either(*[_about(lambda df, k=k: _bb_per_head("Fireworks")(df)[k], rel=0.005) for k in range(2)]),
        ("Concessions Revenue", "Scanned Attendance", "Promotion", "Tickets Sold"),
    ),
]


# --- 7. Pub trivia league scores -----------------------------------------------------------------------------------

_TV_VENUES = {"The Rusty Anchor": 1, "O'Malley's Pub": 2, "Brass Tap": 3}  # days after Monday
_TV_NAMES = [
    "Quizteama Aguilera",
    "Let's Get Quizzical",
    "The Know-It-Ales",
    "Trivia Newton John",
    "Les Quizerables",
    "Universally Challenged",
    "The Smarty Pints",
    "Agatha Quiztie",
    "Tequila Mockingbird",
    "Drinks Well With Others",
    "The Usual Suspects",
    "Mensa Rejects",
    "Hoppy Thoughts",
    "Beer Pressure",
    "Sloths of Wisdom",
    "Nerd Herd",
    "The Quizzly Bears",
    "Dumbledore's Army",
    "Cunning Linguists",
    "The Periodic Table Dancers",
    "No Good Deed",
    "Trivial Pursuiters",
    "Two Beers In",
    "The Fact Hunt",
    "Pub Stars",
    "Mind the Gap",
    "Earth Wind and Liar",
    "Free Refills",
    "The Brainy Bunch",
    "Last Place Again",
]
# round means out of 10 (round 4 is the picture round)
_TV_ROUNDS = [6.8, 6.2, 6.5, 4.1, 5.9, 6.6]


def _trivia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28807)
    venues = list(_TV_VENUES)
    teams = [
        (name, venues[k % 3], float(rng.normal(0, 0.9)), int(rng.integers(3, 7))) for k, name in enumerate(_TV_NAMES)
    ]
    teams[0] = (teams[0][0], teams[0][1], 2.4, 6)
    rows: list[dict[str, Any]] = []
    for week in range(50):
        for venue, offset in _TV_VENUES.items():
            day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=7 * week + offset)
            home = [t for t in teams if t[1] == venue and rng.random() < 0.82]
            guests = [t for t in teams if t[1] != venue and rng.random() < 0.05]
            night = []
            for name, _home, skill, size in home + guests:
                players = int(np.clip(size + rng.integers(-1, 2), 2, 8))
                rounds = [
                    int(np.clip(round(rng.normal(m + 0.45 * skill + 0.15 * (players - 4), 1.5)), 0, 10))
                    for m in _TV_ROUNDS
                ]
                tab = (
                    ""
                    if rng.random() < 0.1
                    else f"${players * float(rng.gamma(4, 5.5)) * (1.2 if venue == 'Brass Tap' else 1):.2f}"
                )
                shown = name + " " if rng.random() < 0.04 else name
                night.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Venue": venue,
                        "Team Name": shown,
                        "rounds": rounds,
                        "Players": players,
                        "Bar Tab": tab,
                    }
                )
            totals = pd.Series([sum(t["rounds"]) for t in night])
            places = totals.rank(method="min", ascending=False).astype(int)
            for t, total, place in zip(night, totals, places, strict=True):
                row = {"Date": t["Date"], "Venue": t["Venue"], "Team Name": t["Team Name"]}
                row |= {f"Round {k + 1}": v for k, v in enumerate(t["rounds"])}
                row |= {"Total": int(total), "Place": int(place), "Players": t["Players"], "Bar Tab": t["Bar Tab"]}
                rows.append(row)
    return pd.DataFrame(rows)


_TV_ROUND_COLS = [f"Round {k}" for k in range(1, 7)]


def _tv_round(value: Callable[[pd.DataFrame], int]) -> Check:
    """A round by number: "Round 4", "round four", "R4", "4th round"."""
    spelled = ["one", "two", "three", "four", "five", "six"]

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = int(value(df))
        pattern = rf"\b(?:round\s*(?:#\s*)?(?:{n}|{spelled[n - 1]})|R{n}|{n}(?:st|nd|rd|th)\s+round)\b"
        return None if re.search(pattern, answer, re.IGNORECASE) else f"missing round {n}"

    return check


def _tv_hardest(df: pd.DataFrame) -> int:
    means = df[_TV_ROUND_COLS].astype(float).mean()
    return int(str(means.idxmin()).split()[-1])


def _tv_top_venue(df: pd.DataFrame) -> list[str]:
    tab = _num(df, "Bar Tab")
    venue = _text(df, "Venue")
    return [_top(tab.groupby(venue).mean()), _top(tab.fillna(0).groupby(venue).mean()), _top(tab.groupby(venue).sum())]


def _tv_teams_at(df: pd.DataFrame, strip: bool) -> int:
    """Distinct teams at the bar with the biggest average tab (names stripped of stray spaces, or as written)."""
    venue = _top(_num(df, "Bar Tab").groupby(_text(df, "Venue")).mean())
    names = _text(df, "Team Name") if strip else df["Team Name"].astype(str)
    return int(names[_text(df, "Venue") == venue].nunique())


_TV_QS = [
    Q(
        "which team has won the most nights",
        _lead(_named(lambda df: _top((df["Place"] == 1).groupby(_text(df, "Team Name")).sum()))),
        ("Team Name", "Place"),
    ),
    Q("what's a typical team score", _typical(lambda df: df["Total"].astype(float)), ("Total",)),
    Q("which round is the toughest", _lead(_tv_round(_tv_hardest)), tuple(_TV_ROUND_COLS)),
    Q(
        "do teams with more people score higher?",
        _corr(lambda df: df["Players"].astype(float), lambda df: df["Total"].astype(float)),
        ("Players", "Total"),
    ),
    Q(
        "which bar has the biggest tabs",
        _lead(_named_any(_tv_top_venue)),
        ("Venue", "Bar Tab"),
    ),
    Q(
        "how many different teams have played there",
        either(_count(lambda df: _tv_teams_at(df, True)), _count(lambda df: _tv_teams_at(df, False))),
        ("Venue", "Team Name"),
    ),
]


HELDOUT288: list[Dataset] = [
    Dataset("tutoring_center_session_log", _tutoring_frame, _TU_QS),
    Dataset("wic_participation_by_county_month", _wic_frame, _WI_QS),
    Dataset("escape_room_bookings_export", _escape_frame, _ER_QS),
    Dataset("massage_therapist_client_ledger", _massage_frame, _MS_QS),
    Dataset("rodent_baiting_service_requests", _rat_frame, _RT_QS),
    Dataset("minor_league_ticket_sales_by_game", _baseball_frame, _BB_QS),
    Dataset("pub_trivia_league_scores", _trivia_frame, _TV_QS),
]
