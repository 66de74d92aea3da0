"""HELDOUT136: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a BambooHR
time-off requests report (Employee #, Employee Name as "Last, First", Department, Location, Time Off Type Vacation /
Sick / Personal / Bereavement / Jury Duty / Comp/In Lieu Time, Status Approved / Denied / Requested / Canceled, Start
Date and End Date as "01/15/2024", Amount as text with its unit "16.00 hours", Requested On as "12/28/2023", Approved
By blank while a request is pending, canceled or denied, and a free-text Note mostly blank; one row per request, so an
employee repeats, starts in 2024); a Spotify for Podcasters (Anchor) episode performance export for a weekly show
(Episode Title, Episode #, Season, Release Date as "Mar 14, 2023", Duration as "00:42:17", Starts, Streams and
Listeners as text with thousands commas, Followers Gained, Avg. Listen Time as "18:22", % Completion as "43%", and a
last "All episodes" row holding the totals, 2018-2024); an Uber Eats Manager payment details export for a two-store
restaurant (Store Name, Store ID, Order ID as short hex codes, Workflow UUID, Dining Mode Delivery / Pickup, Payment
Mode, Order Channel, Order Status Completed / Canceled / Refund, Order Date as "2024-03-04", Order Accept Time as
"2024-03-04 18:22:10", Sales (excl. tax), Tax on Sales, Sales (incl. tax), Refunds (excl. tax), Promotions on items,
Marketplace Fee (negative), Marketplace fee % as "30%", Delivery Network Fee, Order Processing Fee, Other payments,
Total payout and Payout Date, January-June 2024, canceled orders with zero sales); an Eight Sleep sessions export for
a shared bed (Date as "2024-01-05", Side left / right so every night appears twice, Sleep Start and Sleep End as ISO
stamps with a UTC offset, Sleep Fitness Score, Time Asleep (min), Time in Bed (min), Latency Asleep (min), Toss &
Turns, Avg Heart Rate (bpm), HRV (ms) blank on some nights, Avg Breath Rate (br/min), Deep Sleep %, REM Sleep %, Bed
Temp (F) and Room Temp (F), a few nights missing for one side, 2023-2024); the US Census Bureau's Building Permits
Survey by metropolitan area, annual (Survey Date as the year 2019-2023, CSA blank outside combined areas, CBSA codes,
Name as "Austin-Round Rock-Georgetown, TX", then Bldgs / Units / Value columns for 1-unit, 2-units, 3-4 units and 5+
units structures, Value in thousands of dollars); Eurostat's nights spent at tourist accommodation (tour_occ_nim) as
SDMX-CSV long form (DATAFRAME/LAST UPDATE/freq/c_resid TOTAL / DOM / FOR, unit NR, nace_r2 I551-I553, geo as
two-letter codes plus an EU27_2020 aggregate, TIME_PERIOD as "2023-07", OBS_VALUE with a few blanks and OBS_FLAG p /
e / c, 2021-2023); and a WHO Mortality Database extract (Region Code, Region Name, Country Code, Country Name, Year,
Sex All / Male / Female, Age Group Code "Age00" ... "Age_all", Age Group "[0]" ... "[All]", Cause, Number, Percentage
of cause-specific deaths out of total deaths, Age-standardized death rate per 100 000 standard population and Death
rate per 100 000 population, so the All sex and [All] age rows are totals of the others, 2012-2019). All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, labels_in, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _topn(scores: pd.Series, n: int) -> list[str]:
    return [str(x) for x in _ranked(scores).index[:n]]


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions / billions."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _num(s: pd.Series) -> pd.Series:
    """Numbers written with units, currency, percent signs or thousands commas; blanks as NaN."""
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _month(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Sofia", "Mason", "Chloe"]
_FIRST += ["Priya", "Wei", "Carlos", "Fatima", "Daniel", "Grace", "Omar", "Hannah", "Tom", "Aisha", "Marco", "Lena"]
_LAST = ["Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Patel", "Chen", "Nguyen", "Kim", "Lopez"]
_LAST += ["Wilson", "Martin", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "Wright", "Scott", "Green"]


# --- 1. BambooHR time-off requests report --------------------------------------------------------------------------

_BH_DEPTS = {"Engineering": 30, "Sales": 22, "Customer Success": 16, "Marketing": 10, "Finance": 8, "Operations": 14}
_BH_TYPES = {"Vacation": 46, "Sick": 26, "Personal": 12, "Bereavement": 3, "Jury Duty": 2, "Comp/In Lieu Time": 11}
_BH_MONTHS = [5, 5, 7, 7, 9, 11, 14, 12, 8, 7, 6, 13]


def _bamboo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13601)
    people = []
    names: set[str] = set()
    while len(people) < 140:
        name = f"{_one(rng, _LAST)}, {_one(rng, _FIRST)}"
        if name in names:
            continue
        names.add(name)
        dept = str(_one(rng, list(_BH_DEPTS), list(_BH_DEPTS.values())))
        loc = str(_one(rng, ["Lindon, Utah", "Remote", "Austin, Texas"], [5, 3, 2]))
        people.append((1000 + len(people) * 3 + int(rng.integers(0, 3)), name, dept, loc))
    managers = {d: f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for d in _BH_DEPTS}
    rows = []
    for _ in range(1250):
        num, name, dept, loc = people[int(rng.integers(len(people)))]
        kind = str(_one(rng, list(_BH_TYPES), list(_BH_TYPES.values())))
        if kind == "Sick" and dept == "Customer Success":
            kind = str(_one(rng, ["Sick", "Sick", "Vacation"]))
        month = int(_one(rng, list(range(1, 13)), _BH_MONTHS if kind == "Vacation" else None))
        start = pd.Timestamp(2024, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
        days = int(_one(rng, [1, 1, 2, 3, 5, 10], [5, 2, 3, 2, 3, 1])) if kind == "Vacation" else 1
        if kind in ("Sick", "Personal") and rng.random() < 0.3:
            days = 2
        if kind == "Bereavement":
            days = 3
        hours = 8.0 * days
        if days == 1 and rng.random() < 0.2:
            hours = 4.0
        end = start + pd.Timedelta(days=days - 1 + (2 if days >= 5 else 0))
        status = str(_one(rng, ["Approved", "Denied", "Requested", "Canceled"], [82, 6, 5, 7]))
        asked = start - pd.Timedelta(days=int(rng.integers(0, 60 if kind == "Vacation" else 3)))
        note = "" if rng.random() < 0.8 else str(_one(rng, ["family trip", "doctor appt", "kid sick", "moving", "PTO"]))
        rows.append(
            {
                "Employee #": num,
                "Employee Name": name,
                "Department": dept,
                "Location": loc,
                "Time Off Type": kind,
                "Status": status,
                "Start Date": f"{start:%m/%d/%Y}",
                "End Date": f"{end:%m/%d/%Y}",
                "Amount": f"{hours:.2f} hours",
                "Requested On": f"{asked:%m/%d/%Y}",
                "Approved By": managers[dept] if status == "Approved" else "",
                "Note": note,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["Start Date", "Employee Name"], kind="stable").reset_index(drop=True)


def _bh_hours(d: pd.DataFrame) -> pd.Series:
    return _num(d["Amount"])


def _bh_ok(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Status"]) == "Approved"


def _bh_sick_dept(hours: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        sick = _txt(d["Time Off Type"]) == "Sick"
        if hours:
            return _top(_bh_hours(d)[sick & _bh_ok(d)].groupby(d.loc[sick & _bh_ok(d), "Department"]).sum())
        return _top(d.loc[sick, "Department"].value_counts())

    return value


def _bh_person(approved: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        keep = _bh_ok(d) if approved else _txt(d["Status"]) != ""
        return _top(_bh_hours(d)[keep].groupby(d.loc[keep, "Employee Name"]).sum())

    return value


def _bh_vac_month(hours: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        keep = (_txt(d["Time Off Type"]) == "Vacation") & _bh_ok(d)
        months = pd.to_datetime(d.loc[keep, "Start Date"], format="%m/%d/%Y").dt.month
        score = _bh_hours(d)[keep].groupby(months).sum() if hours else months.value_counts()
        return int(_ranked(score).index[0])

    return value


def _bh_named(value: Callable[[pd.DataFrame], str]) -> Check:
    """A "Last, First" name as written or as "First Last"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        last, first = value(df).split(", ")
        return either(_named(lambda d: f"{last}, {first}"), _named(lambda d: f"{first} {last}"))(answer, df)

    return check


_BAMBOO_QS = [
    Q(
        "how many time off requests got denied",
        _count(lambda d: int((_txt(d["Status"]) == "Denied").sum())),
        ("Status",),
    ),
    Q(
        "what kind of time off do people ask for the most?",
        _lead(_named(lambda d: _top(d["Time Off Type"].value_counts()))),
        ("Time Off Type",),
    ),
    Q(
        "total approved vacation hours?",
        _count(lambda d: float(_bh_hours(d)[(_txt(d["Time Off Type"]) == "Vacation") & _bh_ok(d)].sum())),
        ("Time Off Type", "Status", "Amount"),
    ),
    Q(
        "which department uses the most sick time",
        either(_lead(_named(_bh_sick_dept(True))), _lead(_named(_bh_sick_dept(False)))),
        ("Department", "Time Off Type", "Amount", "Status"),
    ),
    Q(
        "who took the most time off",
        either(_lead(_bh_named(_bh_person(True))), _lead(_bh_named(_bh_person(False)))),
        ("Employee Name", "Employee #", "Amount", "Status"),
    ),
    Q(
        "what month do most people go on vacation",
        either(_lead(_month(_bh_vac_month(True))), _lead(_month(_bh_vac_month(False)))),
        ("Start Date", "Time Off Type", "Status", "Amount"),
    ),
]


# --- 2. Spotify for Podcasters episode performance -----------------------------------------------------------------

_SP_TOPICS = ["Money", "Burnout", "Side Hustles", "Remote Work", "Habits", "Sleep", "Negotiation", "Investing"]
_SP_TOPICS += ["Startups", "Hiring", "Focus", "Marketing", "Career Change", "Leadership", "Writing", "AI Tools"]
_SP_GUESTS = ["with Dana Park", "with Omar Haddad", "with Lena Berg", "with Marco Costa", "(solo)", "Q&A", ""]


def _clock(seconds: float, hours: bool = True) -> str:
    s = round(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}" if hours else f"{s // 60:02d}:{s % 60:02d}"


def _spotify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13602)
    rows = []
    day = pd.Timestamp("2018-04-03")
    num = 0
    while day < pd.Timestamp("2024-06-01"):
        bonus = rng.random() < 0.06
        if not bonus:
            num += 1
        topic = str(_one(rng, _SP_TOPICS))
        guest = str(_one(rng, _SP_GUESTS))
        title = f"Bonus: {topic} {guest}".strip() if bonus else f"Ep. {num} - {topic} {guest}".strip()
        dur = float(rng.normal(1500, 300)) if bonus else float(rng.normal(2700, 700))
        dur = max(dur, 600.0)
        age_years = (pd.Timestamp("2024-06-30") - day).days / 365
        growth = 1.0 + 2.4 * (day.year - 2018) / 6
        base = float(rng.lognormal(np.log(900 * growth), 0.45)) * (0.6 if bonus else 1.0)
        base *= 1 + 0.25 * min(age_years, 2)
        base *= 1 + 0.00008 * (dur - 2700)
        starts = int(base * rng.uniform(1.25, 1.5))
        streams = int(base)
        listeners = int(streams * rng.uniform(0.78, 0.92))
        completion = float(np.clip(rng.normal(62 - dur / 200, 8), 15, 95))
        rows.append(
            {
                "Episode Title": title,
                "Episode #": "" if bonus else num,
                "Season": day.year - 2017,
                "Release Date": f"{day:%b} {day.day}, {day.year}",
                "Duration": _clock(dur),
                "Starts": f"{starts:,}",
                "Streams": f"{streams:,}",
                "Listeners": f"{listeners:,}",
                "Followers Gained": int(rng.poisson(streams / 180)),
                "Avg. Listen Time": _clock(dur * completion / 100, hours=False),
                "% Completion": f"{completion:.0f}%",
            }
        )
        day += pd.Timedelta(days=7 if not bonus else 3)
    frame = pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)
    total = {c: "" for c in frame.columns} | {"Episode Title": "All episodes"}
    for c in ("Starts", "Streams", "Listeners"):
        total[c] = f"{int(_num(frame[c]).sum()):,}"
    total["Followers Gained"] = int(frame["Followers Gained"].sum())
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _sp_eps(d: pd.DataFrame) -> pd.DataFrame:
    return d[_txt(d["Episode Title"]) != "All episodes"]


def _sp_secs(d: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(_txt(d["Duration"])).dt.total_seconds()


def _sp_year_streams(d: pd.DataFrame) -> int:
    e = _sp_eps(d)
    years = pd.to_datetime(e["Release Date"], format="%b %d, %Y").dt.year
    return int(_ranked(_num(e["Streams"]).groupby(years).sum()).index[0])


_SPOTIFY_QS = [
    Q(
        "how many episodes have we put out",
        _count(lambda d: len(_sp_eps(d))),
        ("Episode Title",),
    ),
    Q(
        "which episode got the most streams?",
        _lead(_named(lambda d: str(_sp_eps(d).loc[_num(_sp_eps(d)["Streams"]).idxmax(), "Episode Title"]))),
        ("Episode Title", "Streams"),
    ),
    Q(
        "total streams all time",
        _count(lambda d: int(_num(_sp_eps(d)["Streams"]).sum())),
        ("Streams", "Episode Title"),
    ),
    Q(
        "do longer episodes get more streams?",
        _corr(lambda d: _sp_secs(_sp_eps(d)), lambda d: _num(_sp_eps(d)["Streams"])),
        ("Duration", "Streams"),
    ),
    Q(
        "whats the typical completion rate",
        either(
            _about(lambda d: float(_num(_sp_eps(d)["% Completion"]).mean()), rel=0.01),
            _about(lambda d: float(_num(_sp_eps(d)["% Completion"]).median()), rel=0.01),
        ),
        ("% Completion",),
    ),
    Q(
        "which year had the most streams",
        _lead(_year(_sp_year_streams)),
        ("Release Date", "Streams"),
    ),
]


# --- 3. Uber Eats Manager payment details --------------------------------------------------------------------------

_UE_STORES = {"Taqueria Luna - Mission": "a1f3c9e2-5b7d", "Taqueria Luna - SoMa": "b7e2d410-9c3a"}


def _uber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13603)
    rows = []
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    for day in days:
        for store, sid in _UE_STORES.items():
            n = int(rng.poisson((9 if "Mission" in store else 6) * (1.3 if day.dayofweek >= 4 else 1.0)))
            for _ in range(n):
                mode = str(_one(rng, ["Delivery", "Pickup"], [78, 22]))
                status = str(_one(rng, ["Completed", "Canceled", "Refund"], [93, 4, 3]))
                t = day + pd.Timedelta(seconds=int(rng.integers(11 * 3600, 22 * 3600)))
                sales = round(float(rng.gamma(4, 7.5 if mode == "Delivery" else 5.5)) + 8, 2)
                if status == "Canceled":
                    sales = 0.0
                tax = round(sales * 0.08625, 2)
                refund = -round(sales * float(rng.uniform(0.2, 1.0)), 2) if status == "Refund" else 0.0
                promo = -round(sales * 0.15, 2) if rng.random() < 0.18 else 0.0
                pct = 30 if mode == "Delivery" else 15
                fee = -round((sales + promo) * pct / 100, 2)
                proc = -0.0 if sales == 0 else -round(0.3 + 0.0, 2)
                other = round(float(rng.choice([0.0, 0.0, 0.0, 5.0])) if status == "Completed" else 0.0, 2)
                payout = round(sales + tax + refund + promo + fee + proc + other, 2)
                paid = day + pd.Timedelta(days=int((7 - day.dayofweek) % 7 or 7))
                rows.append(
                    {
                        "Store Name": store,
                        "Store ID": sid,
                        "Order ID": f"{int(rng.integers(0, 16**5)):05X}",
                        "Workflow UUID": f"{int(rng.integers(0, 2**62)):016x}",
                        "Dining Mode": mode,
                        "Payment Mode": "Paid online",
                        "Order Channel": str(_one(rng, ["Uber Eats", "Postmates"], [9, 1])),
                        "Order Status": status,
                        "Order Date": f"{day:%Y-%m-%d}",
                        "Order Accept Time": f"{t:%Y-%m-%d %H:%M:%S}",
                        "Sales (excl. tax)": sales,
                        "Tax on Sales": tax,
                        "Sales (incl. tax)": round(sales + tax, 2),
                        "Refunds (excl. tax)": refund,
                        "Promotions on items": promo,
                        "Marketplace Fee": fee,
                        "Marketplace fee %": f"{pct}%",
                        "Delivery Network Fee": 0.0,
                        "Order Processing Fee": proc,
                        "Other payments": other,
                        "Total payout": payout,
                        "Payout Date": f"{paid:%Y-%m-%d}",
                    }
                )
    return pd.DataFrame(rows)


def _ue_col(name: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(d[name], errors="coerce").sum())


def _ue_bigger(d: pd.DataFrame) -> str:
    done = _txt(d["Order Status"]) != "Canceled"
    return _top(pd.to_numeric(d.loc[done, "Sales (excl. tax)"]).groupby(d.loc[done, "Dining Mode"]).mean())


def _ue_best_month(date: str) -> Callable[[pd.DataFrame], Any]:
    def value(d: pd.DataFrame) -> Any:
        months = pd.to_datetime(d[date]).dt.to_period("M")
        return _ranked(pd.to_numeric(d["Total payout"]).groupby(months).sum()).index[0]

    return value


_UBER_QS = [
    Q(
        "what were our total sales before tax",
        _dollars(_ue_col("Sales (excl. tax)")),
        ("Sales (excl. tax)",),
    ),
    Q(
        "how much did uber take in fees?",
        either(
            _dollars(lambda d: -_ue_col("Marketplace Fee")(d)),
            _dollars(lambda d: -_ue_col("Marketplace Fee")(d) - _ue_col("Order Processing Fee")(d)),
        ),
        ("Marketplace Fee", "Order Processing Fee", "Delivery Network Fee"),
    ),
    Q(
        "and what did we actually get paid out",
        _dollars(_ue_col("Total payout")),
        ("Total payout",),
    ),
    Q(
        "are delivery orders bigger than pickup ones on average",
        both(
            _lead(_named(_ue_bigger)),
            _about(
                lambda d: (
                    pd.to_numeric(d.loc[_txt(d["Order Status"]) != "Canceled", "Sales (excl. tax)"])
                    .groupby(d.loc[_txt(d["Order Status"]) != "Canceled", "Dining Mode"])
                    .mean()
                    .to_numpy()
                ),
                rel=0.02,
            ),
        ),
        ("Dining Mode", "Sales (excl. tax)", "Order Status"),
    ),
    Q(
        "how many orders were cancelled",
        _count(lambda d: int((_txt(d["Order Status"]) == "Canceled").sum())),
        ("Order Status",),
    ),
    Q(
        "which month had the biggest payout",
        either(_lead(_month_year(_ue_best_month("Order Date"))), _lead(_month_year(_ue_best_month("Payout Date")))),
        ("Order Date", "Payout Date", "Total payout"),
    ),
]


# --- 4. Eight Sleep sessions export --------------------------------------------------------------------------------


def _eight_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13604)
    rows = []
    for night in pd.date_range("2023-03-01", "2024-08-31", freq="D"):
        for side, base_hr, shift in (("left", 56, 0.0), ("right", 63, 0.4)):
            if side == "right" and rng.random() < 0.08:
                continue
            if rng.random() < 0.02:
                continue
            bed = night - pd.Timedelta(days=1) + pd.Timedelta(hours=22.5 + shift + float(rng.normal(0, 0.7)))
            latency = float(np.clip(rng.gamma(2, 7), 2, 80))
            in_bed = float(np.clip(rng.normal(480 - 20 * shift, 45), 240, 660))
            asleep = in_bed - latency - float(rng.gamma(2, 12))
            hr = base_hr + float(rng.normal(0, 3.5)) + (2.5 if night.month in (6, 7, 8) else 0)
            score = 84 - 0.35 * (hr - 52) - 0.12 * latency + 0.06 * (asleep - 420) + float(rng.normal(0, 5))
            score = int(np.clip(round(score), 30, 100))
            hrv = "" if rng.random() < 0.07 else round(float(np.clip(110 - hr + rng.normal(0, 8), 12, 120)))
            deep = float(np.clip(rng.normal(19, 4), 5, 35))
            rem = float(np.clip(rng.normal(22, 4), 8, 35))
            rows.append(
                {
                    "Date": f"{night:%Y-%m-%d}",
                    "Side": side,
                    "Sleep Start": f"{bed:%Y-%m-%dT%H:%M:%S}-05:00",
                    "Sleep End": f"{bed + pd.Timedelta(minutes=in_bed):%Y-%m-%dT%H:%M:%S}-05:00",
                    "Sleep Fitness Score": score,
                    "Time Asleep (min)": round(asleep),
                    "Time in Bed (min)": round(in_bed),
                    "Latency Asleep (min)": round(latency),
                    "Toss & Turns": int(rng.poisson(18)),
                    "Avg Heart Rate (bpm)": round(hr, 1),
                    "HRV (ms)": hrv,
                    "Avg Breath Rate (br/min)": round(float(rng.normal(14.5, 1.2)), 1),
                    "Deep Sleep %": round(deep),
                    "REM Sleep %": round(rem),
                    "Bed Temp (F)": round(float(rng.normal(82, 2.5)), 1),
                    "Room Temp (F)": round(float(rng.normal(69 + (5 if night.month in (6, 7, 8) else 0), 2)), 1),
                }
            )
    return pd.DataFrame(rows)


def _es_side(side: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(d.loc[_txt(d["Side"]) == side, "Sleep Fitness Score"]).mean())


def _es_best_month(d: pd.DataFrame) -> Any:
    months = pd.to_datetime(d["Date"]).dt.to_period("M")
    return _ranked(pd.to_numeric(d["Sleep Fitness Score"]).groupby(months).mean()).index[0]


_EIGHT_QS = [
    Q(
        "whats the average sleep score on the left side",
        _about(lambda d: [_es_side("left")(d)], rel=0.005),
        ("Sleep Fitness Score", "Side"),
    ),
    Q(
        "and the right?",
        _about(lambda d: [_es_side("right")(d)], rel=0.005),
        ("Sleep Fitness Score", "Side"),
    ),
    Q(
        "how long do we actually sleep on average",
        either(
            _about(lambda d: float(pd.to_numeric(d["Time Asleep (min)"]).mean()), rel=0.01),
            _about(lambda d: float(pd.to_numeric(d["Time Asleep (min)"]).mean()) / 60, rel=0.01),
        ),
        ("Time Asleep (min)",),
    ),
    Q(
        "does a higher heart rate go with a worse score",
        _corr(lambda d: pd.to_numeric(d["Avg Heart Rate (bpm)"]), lambda d: pd.to_numeric(d["Sleep Fitness Score"])),
        ("Avg Heart Rate (bpm)", "Sleep Fitness Score"),
    ),
    Q(
        "how many nights have no hrv reading",
        _count(lambda d: int(pd.to_numeric(d["HRV (ms)"], errors="coerce").isna().sum())),
        ("HRV (ms)",),
    ),
    Q(
        "which month had the best sleep scores",
        _lead(_month_year(_es_best_month)),
        ("Date", "Sleep Fitness Score"),
    ),
]


# --- 5. Census Building Permits Survey by metro area (annual) ------------------------------------------------------

# name: (CBSA, CSA or 0, 2019 units, growth per year)
_BP_METROS = {
    "Dallas-Fort Worth-Arlington, TX": (19100, 206, 64000, 0.02),
    "Houston-The Woodlands-Sugar Land, TX": (26420, 288, 62000, 0.03),
    "Austin-Round Rock-Georgetown, TX": (12420, 0, 38000, 0.04),
    "San Antonio-New Braunfels, TX": (41700, 0, 16000, 0.03),
    "Phoenix-Mesa-Chandler, AZ": (38060, 429, 40000, 0.04),
    "Atlanta-Sandy Springs-Alpharetta, GA": (12060, 122, 36000, 0.0),
    "New York-Newark-Jersey City, NY-NJ-PA": (35620, 408, 52000, -0.02),
    "Los Angeles-Long Beach-Anaheim, CA": (31080, 348, 31000, -0.01),
    "Seattle-Tacoma-Bellevue, WA": (42660, 500, 27000, -0.03),
    "Denver-Aurora-Lakewood, CO": (19740, 216, 24000, -0.01),
    "Nashville-Davidson--Murfreesboro--Franklin, TN": (34980, 400, 21000, 0.03),
    "Charlotte-Concord-Gastonia, NC-SC": (16740, 172, 25000, 0.02),
    "Orlando-Kissimmee-Sanford, FL": (36740, 422, 24000, 0.03),
    "Tampa-St. Petersburg-Clearwater, FL": (45300, 0, 22000, 0.03),
    "Miami-Fort Lauderdale-Pompano Beach, FL": (33100, 370, 18000, 0.01),
    "Chicago-Naperville-Elgin, IL-IN-WI": (16980, 176, 15000, -0.02),
    "Boston-Cambridge-Newton, MA-NH": (14460, 148, 14000, -0.02),
    "Minneapolis-St. Paul-Bloomington, MN-WI": (33460, 378, 19000, -0.03),
    "Raleigh-Cary, NC": (39580, 450, 17000, 0.04),
    "Las Vegas-Henderson-Paradise, NV": (29820, 332, 14000, 0.0),
    "Salt Lake City, UT": (41620, 482, 9000, 0.0),
    "Columbus, OH": (18140, 198, 10000, 0.02),
    "Indianapolis-Carmel-Anderson, IN": (26900, 294, 11000, 0.02),
    "Jacksonville, FL": (27260, 300, 13000, 0.04),
    "Boise City, ID": (14260, 147, 8000, 0.0),
    "Portland-Vancouver-Hillsboro, OR-WA": (38900, 440, 15000, -0.04),
    "Sacramento-Roseville-Folsom, CA": (40900, 472, 9500, 0.0),
    "Kansas City, MO-KS": (28140, 312, 9000, 0.0),
    "Philadelphia-Camden-Wilmington, PA-NJ-DE-MD": (37980, 428, 13000, -0.01),
    "Washington-Arlington-Alexandria, DC-VA-MD-WV": (47900, 548, 26000, -0.02),
    "McAllen-Edinburg-Mission, TX": (32580, 0, 4500, 0.05),
    "Killeen-Temple, TX": (28660, 0, 3500, 0.05),
    "Midland, TX": (33260, 0, 1200, 0.06),
    "El Paso, TX": (21340, 238, 3800, 0.01),
    "Cape Coral-Fort Myers, FL": (15980, 163, 9000, 0.06),
    "Greenville-Anderson, SC": (24860, 273, 6000, 0.04),
    "Provo-Orem, UT": (39340, 482, 7500, 0.0),
    "Des Moines-West Des Moines, IA": (19780, 218, 5000, 0.0),
    "Omaha-Council Bluffs, NE-IA": (36540, 420, 4500, 0.01),
    "Tucson, AZ": (46060, 536, 5000, 0.02),
    "Albuquerque, NM": (10740, 106, 2500, 0.0),
    "Spokane-Spokane Valley, WA": (44060, 518, 3500, 0.01),
    "Huntsville, AL": (26620, 290, 4500, 0.05),
    "Knoxville, TN": (28940, 315, 4000, 0.02),
    "Fayetteville-Springdale-Rogers, AR": (22220, 0, 5500, 0.05),
    "Colorado Springs, CO": (17820, 0, 6500, 0.0),
    "Richmond, VA": (40060, 0, 6500, 0.02),
    "Pittsburgh, PA": (38300, 430, 4200, -0.02),
    "Cleveland-Elyria, OH": (17460, 184, 3300, 0.0),
    "Detroit-Warren-Dearborn, MI": (19820, 220, 7500, -0.01),
    "St. Louis, MO-IL": (41180, 476, 7000, 0.0),
    "Baltimore-Columbia-Towson, MD": (12580, 548, 6500, -0.01),
    "Buffalo-Cheektowaga, NY": (15380, 160, 2200, 0.0),
    "Birmingham-Hoover, AL": (13820, 142, 4000, 0.01),
    "Oklahoma City, OK": (36420, 416, 6500, 0.01),
    "Tulsa, OK": (46140, 538, 4000, 0.01),
    "Memphis, TN-MS-AR": (32820, 368, 3600, 0.0),
    "Louisville/Jefferson County, KY-IN": (31140, 350, 4200, 0.0),
    "Madison, WI": (31540, 357, 4800, 0.01),
    "Charleston-North Charleston, SC": (16700, 0, 7000, 0.03),
    "Myrtle Beach-Conway-North Myrtle Beach, SC-NC": (34820, 0, 8000, 0.05),
    "Ocala, FL": (36100, 0, 3500, 0.07),
    "Lakeland-Winter Haven, FL": (29460, 0, 7000, 0.07),
    "Port St. Lucie, FL": (38940, 370, 5500, 0.06),
    "Reno, NV": (39900, 456, 4800, 0.0),
    "Fresno, CA": (23420, 260, 3000, 0.0),
    "Bakersfield, CA": (12540, 0, 2800, 0.0),
    "Hartford-East Hartford-Middletown, CT": (25540, 278, 1500, 0.0),
    "Wilmington, NC": (48900, 0, 4200, 0.04),
    "Savannah, GA": (42340, 0, 3800, 0.05),
    "College Station-Bryan, TX": (17780, 0, 2800, 0.03),
    "Lubbock, TX": (31180, 0, 2200, 0.03),
    "Sioux Falls, SD": (43620, 0, 3500, 0.03),
    "Fargo, ND-MN": (22020, 0, 2500, 0.0),
    "Anchorage, AK": (11260, 0, 800, -0.03),
    "Honolulu, HI": (46520, 0, 2200, -0.02),
    "Greeley, CO": (24540, 216, 3500, 0.02),
    "Lancaster, PA": (29540, 0, 1800, 0.0),
    "Rochester, NY": (40380, 464, 1600, 0.0),
}
_BP_TYPES = ["1-unit", "2-units", "3-4 units", "5+ units"]
_BP_YEAR_MOOD = {2019: 1.0, 2020: 1.03, 2021: 1.17, 2022: 1.13, 2023: 0.98}


def _census_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13605)
    rows = []
    for year in range(2019, 2024):
        for name, (cbsa, csa, base, growth) in _BP_METROS.items():
            total = base * _BP_YEAR_MOOD[year] * (1 + growth) ** (year - 2019) * float(rng.lognormal(0, 0.06))
            single = float(np.clip(rng.normal(0.58, 0.12), 0.25, 0.92))
            if year == 2023:
                single = min(single + 0.05, 0.95)
            two = total * float(rng.uniform(0.005, 0.02))
            three = total * float(rng.uniform(0.005, 0.025))
            units = [round(total * single), round(two), round(three)]
            units.append(max(round(total) - sum(units), 0))
            row: dict[str, Any] = {"Survey Date": year, "CSA": csa if csa else "", "CBSA": cbsa, "Name": name}
            per_unit = {"1-unit": 285, "2-units": 190, "3-4 units": 165, "5+ units": 135}
            for kind, u in zip(_BP_TYPES, units, strict=True):
                size = {"1-unit": 1, "2-units": 2, "3-4 units": 3.5, "5+ units": 45}[kind]
                bldgs = u if kind == "1-unit" else max(round(u / size), 1 if u else 0)
                cost = per_unit[kind] * (1 + 0.06 * (year - 2019)) * float(rng.lognormal(0, 0.15))
                row[f"{kind} Bldgs"] = bldgs
                row[f"{kind} Units"] = u
                row[f"{kind} Value"] = round(u * cost)
            rows.append(row)
    return pd.DataFrame(rows)


_BP_UNITS = [f"{k} Units" for k in _BP_TYPES]
_BP_BLDGS = [f"{k} Bldgs" for k in _BP_TYPES]


def _bp_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[pd.to_numeric(d["Survey Date"]) == year]


def _bp_top(cols: list[str]) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        y = _bp_year(d, 2023)
        return _top(pd.Series(y[cols].sum(axis=1).to_numpy(), index=y["Name"].to_numpy()))

    return value


def _bp_total(d: pd.DataFrame, year: int) -> float:
    return float(_bp_year(d, year)[_BP_UNITS].sum().sum())


def _bp_texas(d: pd.DataFrame) -> list[str]:
    y = _bp_year(d, 2023)
    y = y[_txt(y["Name"]).str.endswith(", TX")]
    return _topn(pd.Series(y["1-unit Units"].to_numpy(), index=y["Name"].to_numpy()), 3)


_CENSUS_QS = [
    Q(
        "which metro had the most building permits in 2023",
        either(_lead(_named(_bp_top(_BP_UNITS))), _lead(_named(_bp_top(_BP_BLDGS)))),
        ("Name", "Survey Date", *_BP_UNITS, *_BP_BLDGS),
    ),
    Q(
        "how many single family homes were permitted across all these metros in 2022?",
        _count(lambda d: int(_bp_year(d, 2022)["1-unit Units"].sum())),
        ("Survey Date", "1-unit Units", "1-unit Bldgs"),
    ),
    Q(
        "what share of new housing units in 2023 were in big apartment buildings (5+ units)",
        _share(lambda d: float(_bp_year(d, 2023)["5+ units Units"].sum()) / _bp_total(d, 2023)),
        ("Survey Date", *_BP_UNITS),
    ),
    Q(
        "how much did total permitted units change from 2019 to 2023, in percent",
        _about(lambda d: [100 * (_bp_total(d, 2023) / _bp_total(d, 2019) - 1)], rel=0.02),
        ("Survey Date", *_BP_UNITS),
    ),
    Q(
        "top 3 texas metros for single-family units in 2023",
        labels_in(_bp_texas),
        ("Name", "Survey Date", "1-unit Units", "1-unit Bldgs"),
    ),
    Q(
        "whats the average construction value per single family home in 2023",
        _dollars(
            lambda d: (
                1000 * float(_bp_year(d, 2023)["1-unit Value"].sum()) / float(_bp_year(d, 2023)["1-unit Units"].sum())
            )
        ),
        ("Survey Date", "1-unit Value", "1-unit Units", "1-unit Bldgs"),
    ),
]


# --- 6. Eurostat nights spent at tourist accommodation (tour_occ_nim, SDMX-CSV) ------------------------------------

# geo: (name, yearly nights in millions, domestic share)
_EU_GEO = {
    "ES": ("Spain", 470, 0.36),
    "FR": ("France", 450, 0.72),
    "IT": ("Italy", 430, 0.50),
    "DE": ("Germany", 480, 0.82),
    "AT": ("Austria", 150, 0.25),
    "GR": ("Greece", 120, 0.20),
    "NL": ("Netherlands", 130, 0.55),
    "PT": ("Portugal", 80, 0.35),
    "HR": ("Croatia", 100, 0.08),
    "PL": ("Poland", 95, 0.82),
    "SE": ("Sweden", 60, 0.78),
    "CZ": ("Czechia", 55, 0.60),
    "BE": ("Belgium", 40, 0.55),
    "DK": ("Denmark", 35, 0.65),
    "IE": ("Ireland", 30, 0.45),
}
_EU_ALIASES = {k: (v[0],) for k, v in _EU_GEO.items()}
_EU_SEASON = [3.5, 3.8, 5.0, 6.5, 8.0, 10.5, 14.5, 15.5, 10.0, 7.5, 4.5, 4.2]
_EU_COAST = {"ES", "GR", "HR", "PT", "IT"}


def _eurostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13606)
    rows = []
    agg: dict[tuple[str, str], float] = {}
    season = np.asarray(_EU_SEASON) / sum(_EU_SEASON)
    for geo, (_, yearly, dom) in _EU_GEO.items():
        for year, level in ((2021, 0.68), (2022, 0.95), (2023, 1.0)):
            for m in range(1, 13):
                shape = season[m - 1]
                if geo in _EU_COAST:
                    shape = shape**1.3 / (season**1.3).sum()
                if geo == "AT" and m in (1, 2, 3, 12):
                    shape *= 1.9
                cov = 0.45 if (year == 2021 and m <= 5) else 1.0
                tot = yearly * 1e6 * level * cov * shape * float(rng.lognormal(0, 0.04))
                d_share = float(np.clip(dom + rng.normal(0, 0.03) + (0.15 if cov < 1 else 0), 0.02, 0.97))
                period = f"{year}-{m:02d}"
                values = {"TOTAL": round(tot), "DOM": round(tot * d_share)}
                values["FOR"] = values["TOTAL"] - values["DOM"]
                for resid, v in values.items():
                    agg[(resid, period)] = agg.get((resid, period), 0) + v
                    flag = "p" if year == 2023 and m >= 10 else ("e" if rng.random() < 0.03 else "")
                    value: Any = v
                    if geo == "IE" and resid != "TOTAL" and year == 2021:
                        value, flag = "", "c"
                    elif rng.random() < 0.006:
                        value, flag = "", ""
                    rows.append((resid, geo, period, value, flag))
    for (resid, period), v in agg.items():
        rows.append((resid, "EU27_2020", period, round(v * 1.38), "e" if period.startswith("2023") else ""))
    frame = pd.DataFrame(rows, columns=["c_resid", "geo", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG"])
    frame = frame.sort_values(["c_resid", "geo", "TIME_PERIOD"], kind="stable").reset_index(drop=True)
    frame.insert(0, "DATAFLOW", "ESTAT:TOUR_OCC_NIM(1.0)")
    frame.insert(1, "LAST UPDATE", "15/03/24 23:00:00")
    frame.insert(2, "freq", "M")
    frame.insert(4, "unit", "NR")
    frame.insert(5, "nace_r2", "I551-I553")
    return frame


def _eu_sel(d: pd.DataFrame, resid: str, geo: str | None = None, period: str = "") -> pd.Series:
    keep = (_txt(d["c_resid"]) == resid) & _txt(d["TIME_PERIOD"]).str.startswith(period)
    keep &= (_txt(d["geo"]) == geo) if geo else (_txt(d["geo"]) != "EU27_2020")
    return pd.to_numeric(d.loc[keep, "OBS_VALUE"], errors="coerce")


def _eu_top_2023(d: pd.DataFrame) -> str:
    keep = (_txt(d["c_resid"]) == "TOTAL") & _txt(d["TIME_PERIOD"]).str.startswith("2023")
    keep &= _txt(d["geo"]) != "EU27_2020"
    return _top(pd.to_numeric(d.loc[keep, "OBS_VALUE"], errors="coerce").groupby(d.loc[keep, "geo"]).sum())


def _eu_peak(with_eu: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        keep = _txt(d["c_resid"]) == "TOTAL"
        if not with_eu:
            keep &= _txt(d["geo"]) != "EU27_2020"
        months = _txt(d.loc[keep, "TIME_PERIOD"]).str[5:7].astype(int)
        return int(_ranked(pd.to_numeric(d.loc[keep, "OBS_VALUE"], errors="coerce").groupby(months).sum()).index[0])

    return value


_EUROSTAT_QS = [
    Q(
        "which country had the most tourist nights in 2023?",
        _lead(_named(_eu_top_2023, _EU_ALIASES)),
        ("geo", "TIME_PERIOD", "OBS_VALUE", "c_resid"),
    ),
    Q(
        "how many nights did foreign visitors spend in italy in 2022",
        _dollars(lambda d: float(_eu_sel(d, "FOR", "IT", "2022").sum())),
        ("geo", "TIME_PERIOD", "OBS_VALUE", "c_resid"),
    ),
    Q(
        "what share of nights in france are by domestic tourists",
        _share(lambda d: float(_eu_sel(d, "DOM", "FR").sum()) / float(_eu_sel(d, "TOTAL", "FR").sum())),
        ("geo", "OBS_VALUE", "c_resid"),
    ),
    Q(
        "whats the busiest month of the year usually",
        either(_lead(_month(_eu_peak(False))), _lead(_month(_eu_peak(True)))),
        ("TIME_PERIOD", "OBS_VALUE", "c_resid", "geo"),
    ),
    Q(
        "how many values are missing",
        _count(lambda d: int(pd.to_numeric(d["OBS_VALUE"], errors="coerce").isna().sum())),
        ("OBS_VALUE", "OBS_FLAG"),
    ),
    Q(
        "compare germany and spain total nights in july 2023",
        _dollars(
            lambda d: [
                float(_eu_sel(d, "TOTAL", "DE", "2023-07").sum()),
                float(_eu_sel(d, "TOTAL", "ES", "2023-07").sum()),
            ]
        ),
        ("geo", "TIME_PERIOD", "OBS_VALUE", "c_resid"),
    ),
]


# --- 7. WHO Mortality Database extract -----------------------------------------------------------------------------

# country: (code, region code, region name, population millions, years)
_WHO_COUNTRIES = {
    "Japan": ("JPN", "WPR", "Western Pacific", 126, range(2012, 2020)),
    "Brazil": ("BRA", "AMR", "Americas", 205, range(2012, 2020)),
    "Germany": ("DEU", "EUR", "Europe", 82, range(2012, 2020)),
    "Mexico": ("MEX", "AMR", "Americas", 122, range(2012, 2020)),
    "United States of America": ("USA", "AMR", "Americas", 325, range(2012, 2020)),
}
_WHO_AGES = [
    ("Age00", "[0]", 0.012),
    ("Age01_04", "[1-4]", 0.05),
    ("Age05_14", "[5-14]", 0.13),
    ("Age15_24", "[15-24]", 0.13),
    ("Age25_34", "[25-34]", 0.14),
    ("Age35_54", "[35-54]", 0.27),
    ("Age55_74", "[55-74]", 0.2),
    ("Age75_over", "[75+]", 0.068),
]
# cause: per-100k rate by age band (same order), per-country multipliers, male factor, yearly trend
_WHO_CAUSES = {
    "Ischaemic heart disease": (
        [0.3, 0.1, 0.1, 0.5, 2.5, 35, 210, 1400],
        {"Japan": 0.35, "Brazil": 1.0, "Germany": 1.0, "Mexico": 1.3, "United States of America": 1.05},
        1.7,
        -0.015,
    ),
    "Trachea, bronchus, lung cancers": (
        [0, 0, 0, 0.1, 0.6, 18, 130, 330],
        {"Japan": 1.0, "Brazil": 0.5, "Germany": 1.1, "Mexico": 0.3, "United States of America": 1.15},
        1.8,
        -0.01,
    ),
    "Diabetes mellitus": (
        [0.1, 0, 0.1, 0.6, 2, 14, 90, 300],
        {"Japan": 0.25, "Brazil": 1.3, "Germany": 0.7, "Mexico": 2.6, "United States of America": 0.8},
        1.15,
        0.01,
    ),
    "Road injury": (
        [2, 3, 4, 20, 22, 18, 17, 22],
        {"Japan": 0.25, "Brazil": 1.6, "Germany": 0.35, "Mexico": 1.1, "United States of America": 1.0},
        3.2,
        -0.012,
    ),
}


def _who_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13607)
    rows = []
    std_weights = np.asarray([a[2] for a in _WHO_AGES])
    for country, (code, rcode, rname, pop_m, years) in _WHO_COUNTRIES.items():
        shares = np.asarray([a[2] for a in _WHO_AGES])
        if country in ("Japan", "Germany"):
            shares = shares * np.asarray([0.7, 0.7, 0.75, 0.8, 0.85, 1.0, 1.3, 2.4])
        shares = shares / shares.sum()
        for year in years:
            pop = {sex: pop_m * 1e6 * shares * 0.5 * (0.97 if sex == "Male" else 1.03) for sex in ("Male", "Female")}
            all_deaths = {sex: pop[sex] * np.asarray([900, 40, 15, 70, 110, 300, 1500, 7000]) / 1e5 for sex in pop}
            if country == "Japan":
                all_deaths = {s: v * 0.8 for s, v in all_deaths.items()}
            for cause, (rates, mult, male, trend) in _WHO_CAUSES.items():
                cells: dict[str, np.ndarray] = {}
                for sex in ("Male", "Female"):
                    factor = mult[country] * (1 + trend) ** (year - 2012) * (male if sex == "Male" else 1.0)
                    base = np.asarray(rates, dtype=float) * factor * rng.lognormal(0, 0.05, size=len(rates))
                    cells[sex] = np.round(base * pop[sex] / 1e5)
                cells["All"] = cells["Male"] + cells["Female"]
                pops = dict(pop) | {"All": pop["Male"] + pop["Female"]}
                totals = dict(all_deaths) | {"All": all_deaths["Male"] + all_deaths["Female"]}
                for sex in ("All", "Male", "Female"):
                    n = cells[sex]
                    rate = n / pops[sex] * 1e5
                    std = float((rate * std_weights).sum() / std_weights.sum())
                    for (acode, alabel, _), k, p, t in zip(_WHO_AGES, n, pops[sex], totals[sex], strict=True):
                        rows.append(
                            (
                                rcode,
                                rname,
                                code,
                                country,
                                year,
                                sex,
                                acode,
                                alabel,
                                cause,
                                int(k),
                                100 * k / t,
                                "",
                                1e5 * k / p,
                            )
                        )
                    rows.append(
                        (
                            rcode,
                            rname,
                            code,
                            country,
                            year,
                            sex,
                            "Age_all",
                            "[All]",
                            cause,
                            int(n.sum()),
                            100 * n.sum() / totals[sex].sum(),
                            std,
                            1e5 * n.sum() / pops[sex].sum(),
                        )
                    )
    cols = ["Region Code", "Region Name", "Country Code", "Country Name", "Year", "Sex", "Age Group Code"]
    cols += ["Age Group", "Cause", "Number", "Percentage of cause-specific deaths out of total deaths"]
    cols += ["Age-standardized death rate per 100 000 standard population", "Death rate per 100 000 population"]
    frame = pd.DataFrame(rows, columns=cols)
    for c in cols[-3:]:
        frame[c] = pd.to_numeric(frame[c], errors="coerce").round(3)
    blank = rng.random(len(frame)) < 0.01
    frame.loc[blank & (frame["Age Group Code"] != "Age_all"), "Death rate per 100 000 population"] = np.nan
    return frame


_WHO_STD = "Age-standardized death rate per 100 000 standard population"


def _who_sel(d: pd.DataFrame, cause: str, sex: str = "All", age: str = "[All]") -> pd.DataFrame:
    keep = (_txt(d["Cause"]) == cause) & (_txt(d["Sex"]) == sex) & (_txt(d["Age Group"]) == age)
    return d[keep]


def _who_top_country(cause: str, col: str, year: int, sex: str = "All") -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        s = _who_sel(d, cause, sex)
        s = s[pd.to_numeric(s["Year"]) == year]
        return _top(pd.Series(pd.to_numeric(s[col]).to_numpy(), index=s["Country Name"].to_numpy()))

    return value


def _who_low_year(d: pd.DataFrame) -> int:
    s = _who_sel(d, "Road injury")
    s = s[_txt(s["Country Name"]) == "Brazil"]
    return int(_ranked(pd.Series(pd.to_numeric(s["Number"]).to_numpy(), index=s["Year"].to_numpy()), True).index[0])


_WHO_ALIASES = {"United States of America": ("United States", "USA", "US")}

_WHO_QS = [
    Q(
        "how many people died of diabetes in japan in 2015",
        _count(
            lambda d: int(
                _who_sel(d, "Diabetes mellitus")
                .loc[lambda s: (_txt(s["Country Name"]) == "Japan") & (pd.to_numeric(s["Year"]) == 2015), "Number"]
                .sum()
            )
        ),
        ("Cause", "Country Name", "Year", "Number", "Sex", "Age Group"),
    ),
    Q(
        "do more men than women die of lung cancer? give me the totals",
        _count(
            lambda d: [
                int(_who_sel(d, "Trachea, bronchus, lung cancers", "Male")["Number"].sum()),
                int(_who_sel(d, "Trachea, bronchus, lung cancers", "Female")["Number"].sum()),
            ]
        ),
        ("Cause", "Sex", "Number", "Age Group"),
    ),
    Q(
        "which year had the fewest road deaths in brazil",
        _lead(_year(_who_low_year)),
        ("Cause", "Country Name", "Year", "Number", "Sex", "Age Group"),
    ),
    Q(
        "what share of heart disease deaths are people 75 and older",
        _share(
            lambda d: (
                float(_who_sel(d, "Ischaemic heart disease", age="[75+]")["Number"].sum())
                / float(_who_sel(d, "Ischaemic heart disease")["Number"].sum())
            )
        ),
        ("Cause", "Age Group", "Number", "Sex", "Age Group Code"),
    ),
    Q(
        "which country has the highest age-standardized diabetes death rate in 2019",
        _lead(_named(_who_top_country("Diabetes mellitus", _WHO_STD, 2019), _WHO_ALIASES)),
        ("Cause", "Country Name", "Year", _WHO_STD, "Sex", "Age Group"),
    ),
    Q(
        "and for women?",
        _lead(_named(_who_top_country("Diabetes mellitus", _WHO_STD, 2019, "Female"), _WHO_ALIASES)),
        ("Cause", "Country Name", "Year", _WHO_STD, "Sex", "Age Group"),
    ),
]


HELDOUT136: list[Dataset] = [
    Dataset("bamboohr_time_off_requests", _bamboo_frame, _BAMBOO_QS),
    Dataset("spotify_for_podcasters_episodes", _spotify_frame, _SPOTIFY_QS),
    Dataset("uber_eats_merchant_payments", _uber_frame, _UBER_QS),
    Dataset("eight_sleep_sessions_export", _eight_frame, _EIGHT_QS),
    Dataset("census_building_permits_by_metro", _census_frame, _CENSUS_QS),
    Dataset("eurostat_tourism_nights_long", _eurostat_frame, _EUROSTAT_QS),
    Dataset("who_mortality_by_cause", _who_frame, _WHO_QS),
]
