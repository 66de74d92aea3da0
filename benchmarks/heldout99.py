"""HELDOUT99: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Starling Bank (UK) personal
current account statement export for 2023 (oldest first) with Date as "14/03/2023", Counter Party in upper case
("TESCO STORES 3241", "TFL TRAVEL CH", "J SMITH LETTINGS"), Reference (card payments "TESCO STORES 3241 LONDON
GBR", transfers "SALARY MAR", "Rent"), Type FASTER PAYMENT / CONTACTLESS / CHIP AND PIN / APPLE PAY / ONLINE PAYMENT
/ DIRECT DEBIT / STANDING ORDER / INTERNAL TRANSFER, Amount (GBP) and Balance (GBP) written "-12.50" (outgoings
negative, the balance running), Spending Category in Starling's upper-case codes (GROCERIES, EATING_OUT, TRANSPORT,
BILLS_AND_SERVICES, SHOPPING, ENTERTAINMENT, INCOME, SAVING, GENERAL), Notes mostly blank, and an "Opening Balance"
row first with a 0.00 amount; WHOOP's physiological_cycles.csv (January 2023 to mid-March 2024, newest first, one
cycle a day) with Cycle start time / Cycle end time as "2024-03-14 23:12:40" (the current cycle's end blank), Cycle
timezone "UTC-05:00" (a week abroad at "UTC+01:00"), Recovery score %, Resting heart rate (bpm), Heart rate
variability (ms), Skin temp (celsius) and Blood oxygen % blank on the cycles without a scored sleep, Day Strain to
one decimal, Energy burned (cal), Max HR (bpm), Average HR (bpm), Sleep onset / Wake onset, Sleep performance %,
Respiratory rate (rpm), Asleep / In bed / Light sleep / Deep (SWS) / REM / Awake duration (min), Sleep need (min),
Sleep debt (min), Sleep efficiency % and Sleep consistency %; a Clockify "Detailed report" of a six-person design
agency (January to March 2024, one row per time entry) with Project, Client (blank on the internal project),
Description, Task (some blank), User, Group (blank), Email, Tags ("Design, Urgent" or blank), Billable Yes / No,
Start Date / End Date as "01/15/2024", Start Time / End Time as "09:30:00 AM", Duration (h) as "01:30:00", Duration
(decimal) "1.50", Billable Rate (USD) and Billable Amount (USD) ("0.00" when not billable); a Klaviyo campaigns
performance export of an online shop (2022-2023, about five sends a week) with Campaign Name, Tags, Subject (blank on
SMS), List, Send Time "2023-03-14 10:00:00", Send Weekday, Total Recipients, Unique Opens and Open Rate written
"41.23%" (both blank on SMS), Unique Clicks, Click Rate, Unique Placed Order, Placed Order Rate, Revenue,
Unsubscribes, Spam Complaints, Bounces, Campaign Channel Email / SMS and a 26-character Campaign ID; NASA GISTEMP's
GLB.Ts+dSST.csv as read (its "Land-Ocean: Global Means" title line skipped, so 145 rows, 1880-2024, fewer than the
300 the other frames have) with Year, Jan ... Dec, J-D, D-N, DJF, MAM, JJA, SON as anomalies in degrees C written
".25" / "-.17", and "***" for what is not yet known (Oct-Dec 2024 and the annual and seasonal means they feed, the
1880 D-N and DJF that need December 1879); FEMA's OpenFEMA Disaster Declarations Summaries (2012-2023, one row per
declared area, so a disaster repeats its femaDeclarationString "DR-4699-TN" and disasterNumber over its counties)
with two-letter state, declarationType DR / EM / FM, ISO dates "2023-03-14T00:00:00.000Z", fyDeclared,
incidentType, upper-case declarationTitle, 0 / 1 program flags (ihProgramDeclared, iaProgramDeclared,
paProgramDeclared, hmProgramDeclared), incidentEndDate and disasterCloseoutDate partly blank, FIPS state and county
codes (county 0 for "Statewide"), designatedArea "Harris (County)" / "Orleans (Parish)" / "Statewide", region 1-10,
designatedIncidentTypes codes, lastRefresh, hash and id; and a Baseball Savant Statcast search CSV of every pitch
thrown by seven pitchers in the 2023 regular season (newest first) with pitch_type codes (FF, SI, SL, ST, CH, CU, FC,
FS) and pitch_name, "2023-06-14" game_date, release_speed (a few blank), player_name "Vance, Tyler", batter / pitcher
MLBAM ids, events only on the last pitch of a plate appearance, description (ball, called_strike, swinging_strike,
foul, hit_into_play, ...), always-blank deprecated columns, zone, des, game_type R, stand / p_throws, teams, type B /
S / X, bb_type, balls, strikes, plate_x / plate_z, base runners as ids or blank, launch_speed / launch_angle /
hit_distance_sc only on balls in play, release_spin_rate, release_extension, game_pk, at_bat_number and
pitch_number. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout40 import _number
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _either_named(*values: Callable[[pd.DataFrame], str], aliases: dict[str, tuple[str, ...]] | None = None) -> Check:
    """The pick under any of several readings, as the lead of the answer."""
    return _lead(either(*(_named(v, aliases) for v in values)))


def _money(x: float) -> str:
    return f"{x:.2f}"


# --- 1. Starling Bank statement ------------------------------------------------------------------------------------

# category: purchases a month, median amount, spread, "counter party|type" options
_ST_SPEND: dict[str, tuple[float, float, float, str]] = {
    "GROCERIES": (
        13,
        24,
        0.6,
        "TESCO STORES 3241|CONTACTLESS;SAINSBURY'S S/MKT|CONTACTLESS;LIDL GB LONDON|CHIP AND PIN;"
        "CO-OP GROUP 070512|APPLE PAY;M&S SIMPLY FOOD|CONTACTLESS",
    ),
    "EATING_OUT": (
        10,
        14,
        0.6,
        "PRET A MANGER|CONTACTLESS;DELIVEROO|ONLINE PAYMENT;NANDOS HACKNEY|CHIP AND PIN;"
        "THE BRITANNIA PUB|CONTACTLESS;COSTA COFFEE|APPLE PAY",
    ),
    "TRANSPORT": (22, 3.4, 0.45, "TFL TRAVEL CH|CONTACTLESS;TFL TRAVEL CH|APPLE PAY;UBER *TRIP|ONLINE PAYMENT"),
    "SHOPPING": (5, 28, 0.8, "AMAZON.CO.UK*RT4|ONLINE PAYMENT;BOOTS 1162|CONTACTLESS;ASOS.COM|ONLINE PAYMENT"),
    "ENTERTAINMENT": (2, 18, 0.5, "VUE CINEMAS|CHIP AND PIN;TICKETMASTER UK|ONLINE PAYMENT"),
    "GENERAL": (2, 12, 0.7, "POST OFFICE COUNTER|CHIP AND PIN;WHSMITH|CONTACTLESS"),
}
# monthly bills: counter party, type, category, day of month, amount
_ST_BILLS = [
    ("J SMITH LETTINGS", "STANDING ORDER", "BILLS_AND_SERVICES", 1, 950.0, "Rent"),
    ("OCTOPUS ENERGY", "DIRECT DEBIT", "BILLS_AND_SERVICES", 5, 86.0, "A-6F2C91D0"),
    ("THAMES WATER", "DIRECT DEBIT", "BILLS_AND_SERVICES", 12, 38.5, "9004412883"),
    ("VODAFONE LTD", "DIRECT DEBIT", "BILLS_AND_SERVICES", 18, 22.0, "7731205511"),
    ("NETFLIX.COM", "DIRECT DEBIT", "ENTERTAINMENT", 9, 10.99, "NETFLIX.COM"),
    ("Holiday Space", "INTERNAL TRANSFER", "SAVING", 29, 200.0, "Holiday"),
]


def _starling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9901)
    rows: list[dict[str, Any]] = []
    for month in range(1, 13):
        start = pd.Timestamp(2023, month, 1)
        days = pd.date_range(start, start + pd.offsets.MonthEnd(0))
        for party, kind, category, day, amount, ref in _ST_BILLS:
            rows.append(
                {
                    "day": start + pd.Timedelta(days=day - 1),
                    "party": party,
                    "ref": ref,
                    "type": kind,
                    "amount": -amount,
                    "cat": category,
                }
            )
        if month not in (4, 5):
            rows.append(
                {
                    "day": start + pd.Timedelta(days=2),
                    "party": "LB HACKNEY",
                    "ref": "CTAX 30118822",
                    "type": "DIRECT DEBIT",
                    "amount": -131.0,
                    "cat": "BILLS_AND_SERVICES",
                }
            )
        pay = 2648.31 + (1850.0 if month == 3 else 0.0)
        rows.append(
            {
                "day": start + pd.Timedelta(days=27),
                "party": "ACME DIGITAL LTD",
                "ref": f"SALARY {start:%b}".upper(),
                "type": "FASTER PAYMENT",
                "amount": pay,
                "cat": "INCOME",
            }
        )
        for category, (rate, median, spread, options) in _ST_SPEND.items():
            for _ in range(int(rng.poisson(rate))):
                party, kind = str(_one(rng, _split(options))).split("|")
                amount = round(float(median * np.exp(rng.normal(0, spread))), 2)
                ref = f"{party} LONDON GBR" if kind != "ONLINE PAYMENT" else party
                rows.append(
                    {
                        "day": days[int(rng.integers(len(days)))],
                        "party": party,
                        "ref": ref,
                        "type": kind,
                        "amount": -amount,
                        "cat": category,
                    }
                )
        if rng.random() < 0.5:
            rows.append(
                {
                    "day": days[int(rng.integers(len(days)))],
                    "party": "A PATEL",
                    "ref": "drinks",
                    "type": "FASTER PAYMENT",
                    "amount": float(rng.integers(10, 60)),
                    "cat": "INCOME",
                }
            )
    frame = pd.DataFrame(rows).sort_values("day", kind="stable").reset_index(drop=True)
    balance = 1843.22 + frame["amount"].cumsum()
    notes = np.where(rng.random(len(frame)) < 0.04, "split with Sam", None)
    out = pd.DataFrame(
        {
            "Date": frame["day"].dt.strftime("%d/%m/%Y"),
            "Counter Party": frame["party"],
            "Reference": frame["ref"],
            "Type": frame["type"],
            "Amount (GBP)": [_money(x) for x in frame["amount"]],
            "Balance (GBP)": [_money(x) for x in balance],
            "Spending Category": frame["cat"],
            "Notes": notes,
        }
    )
    opening = pd.DataFrame(
        [
            {
                "Date": "01/01/2023",
                "Counter Party": "Opening Balance",
                "Reference": None,
                "Type": None,
                "Amount (GBP)": "0.00",
                "Balance (GBP)": "1843.22",
                "Spending Category": None,
                "Notes": None,
            }
        ]
    )
    return pd.concat([opening, out], ignore_index=True)


def _st_amount(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Amount (GBP)"], errors="coerce").fillna(0.0)


def _st_out(d: pd.DataFrame) -> pd.Series:
    return (-_st_amount(d)).clip(lower=0.0)


def _st_spent(no_saving: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        out = _st_out(d)
        if no_saving:
            out = out[_text(d["Spending Category"]) != "SAVING"]
        return float(out.sum())

    return total


def _st_top(d: pd.DataFrame) -> str:
    cat = _text(d["Spending Category"])
    return _top(_st_out(d)[cat != "INCOME"].groupby(cat[cat != "INCOME"]).sum())


def _st_top_monthly(d: pd.DataFrame) -> float:
    top = _text(d["Spending Category"]) == _st_top(d)
    month = pd.to_datetime(d["Date"], format="%d/%m/%Y").dt.to_period("M")
    return float(_st_out(d)[top].groupby(month[top]).sum().mean())


def _st_contactless(floor: float, inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        out = _st_out(d)[_text(d["Type"]) == "CONTACTLESS"]
        return float((out >= floor).sum() if inclusive else (out > floor).sum())

    return count


def _st_best_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Date"], format="%d/%m/%Y").dt.to_period("M")
    return _st_amount(d).clip(lower=0.0).groupby(month).sum().idxmax().to_timestamp()


_ST_BASE = ("Date", "Amount (GBP)")

_STARLING_QS = [
    Q(
        "how much did i spend in total this year",
        either(_scaled(_st_spent(False), (1e3,)), _scaled(_st_spent(True), (1e3,))),
        (*_ST_BASE, "Spending Category", "Type", "Counter Party"),
    ),
    Q(
        "what do i spend the most money on",
        _lead(_named(_st_top)),
        (*_ST_BASE, "Spending Category", "Counter Party"),
    ),
    Q(
        "how much is that per month on average",
        _about(_st_top_monthly),
        (*_ST_BASE, "Spending Category"),
    ),
    Q(
        "whats the lowest my balance got",
        _about(lambda d: float(_number(d["Balance (GBP)"]).min())),
        ("Date", "Balance (GBP)"),
    ),
    Q(
        "how many contactless payments were over £30",
        either(_count(_st_contactless(30, False)), _count(_st_contactless(30, True))),
        (*_ST_BASE, "Type"),
    ),
    Q("which month did i get the most money in", _month(_st_best_month), (*_ST_BASE, "Spending Category", "Type")),
]


# --- 2. WHOOP physiological cycles ---------------------------------------------------------------------------------


def _whoop_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9902)
    rows: list[dict[str, Any]] = []
    nights = pd.date_range("2023-01-01", "2024-03-14")
    starts = [n + pd.Timedelta(hours=22, minutes=50) + pd.Timedelta(minutes=float(rng.normal(0, 45))) for n in nights]
    for i, (night, start) in enumerate(zip(nights, starts, strict=True)):
        last = i == len(nights) - 1
        end = None if last else starts[i + 1]
        abroad = pd.Timestamp("2023-09-09") <= night <= pd.Timestamp("2023-09-16")
        training = night.month == 5 and night.year == 2023
        strain = float(np.clip(rng.normal(15.5 if training else 11.0, 2.6), 2.0, 20.9))
        scored = rng.random() > 0.05 and not last
        recovery = int(np.clip(rng.normal(62 - (9 if training else 0), 19), 1, 99))
        hrv = max(12.0, 18 + 0.5 * recovery + rng.normal(0, 7))
        rhr = round(60 - 0.12 * recovery + rng.normal(0, 2.5))
        asleep = int(np.clip(rng.normal(412, 48), 200, 600))
        awake = int(rng.uniform(15, 60))
        deep = int(asleep * rng.uniform(0.17, 0.25))
        rem = int(asleep * rng.uniform(0.2, 0.28))
        need = int(rng.normal(470, 20))
        onset = start + pd.Timedelta(minutes=float(rng.uniform(2, 20)))
        wake = onset + pd.Timedelta(minutes=asleep + awake)
        avg_hr = int(62 + 1.3 * strain + rng.normal(0, 3))
        rows.append(
            {
                "Cycle start time": f"{start:%Y-%m-%d %H:%M:%S}",
                "Cycle end time": None if end is None else f"{end:%Y-%m-%d %H:%M:%S}",
                "Cycle timezone": "UTC+01:00" if abroad else "UTC-05:00",
                "Recovery score %": recovery if scored else None,
                "Resting heart rate (bpm)": rhr if scored else None,
                "Heart rate variability (ms)": round(hrv) if scored else None,
                "Skin temp (celsius)": round(float(rng.normal(33.6, 0.5)), 2) if scored else None,
                "Blood oxygen %": round(float(rng.uniform(94.5, 98.9)), 2) if scored else None,
                "Day Strain": round(strain, 1),
                "Energy burned (cal)": int(1650 + 95 * strain + rng.normal(0, 120)),
                "Max HR (bpm)": int(125 + 3.2 * strain + rng.normal(0, 6)),
                "Average HR (bpm)": avg_hr,
                "Sleep onset": f"{onset:%Y-%m-%d %H:%M:%S}" if scored else None,
                "Wake onset": f"{wake:%Y-%m-%d %H:%M:%S}" if scored else None,
                "Sleep performance %": int(min(100, 100 * asleep / need)) if scored else None,
                "Respiratory rate (rpm)": round(float(rng.normal(15.2, 0.5)), 1) if scored else None,
                "Asleep duration (min)": asleep if scored else None,
                "In bed duration (min)": asleep + awake if scored else None,
                "Light sleep duration (min)": asleep - deep - rem if scored else None,
                "Deep (SWS) duration (min)": deep if scored else None,
                "REM duration (min)": rem if scored else None,
                "Awake duration (min)": awake if scored else None,
                "Sleep need (min)": need if scored else None,
                "Sleep debt (min)": int(max(0, rng.normal(25, 20))) if scored else None,
                "Sleep efficiency %": int(100 * asleep / (asleep + awake)) if scored else None,
                "Sleep consistency %": int(np.clip(rng.normal(72, 10), 30, 99)) if scored else None,
            }
        )
    return pd.DataFrame(rows[::-1])


def _wh_recovery(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Recovery score %"], errors="coerce")


def _wh_low(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_wh_recovery(d) <= 34).sum() if inclusive else (_wh_recovery(d) < 34).sum())


def _wh_sleep(how: str, unit: float) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(d["Asleep duration (min)"], errors="coerce").agg(how)) / unit


def _wh_strain_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(d: pd.DataFrame) -> pd.Timestamp:
        when = pd.to_datetime(d["Cycle start time"]).dt.to_period("M")
        return pd.to_numeric(d["Day Strain"]).groupby(when).agg(how).idxmax().to_timestamp()

    return month


_WHOOP_QS = [
    Q("whats my average recovery", _about(lambda d: float(_wh_recovery(d).mean())), ("Recovery score %",)),
    Q(
        "how many days was my recovery under 34%",
        either(_count(_wh_low(False)), _count(_wh_low(True))),
        ("Recovery score %", "Cycle start time"),
    ),
    Q(
        "does my hrv go up and down with recovery",
        _corr(lambda d: _wh_recovery(d), lambda d: pd.to_numeric(d["Heart rate variability (ms)"], errors="coerce")),
        ("Recovery score %", "Heart rate variability (ms)"),
    ),
    Q(
        "how much do i sleep a night on average",
        either(_about(_wh_sleep("mean", 60)), _about(_wh_sleep("median", 60)), _about(_wh_sleep("mean", 1))),
        ("Asleep duration (min)", "In bed duration (min)", "Sleep onset", "Wake onset", "Cycle start time"),
    ),
    Q(
        "which month was my strain the highest",
        either(_month(_wh_strain_month("mean")), _month(_wh_strain_month("sum"))),
        ("Day Strain", "Cycle start time"),
    ),
    Q(
        "how many cycles dont have a recovery score",
        _count(lambda d: float(_wh_recovery(d).isna().sum())),
        ("Recovery score %", "Cycle start time"),
    ),
]


# --- 3. Clockify detailed report -----------------------------------------------------------------------------------

# user: email, hours a day
_CK_USERS: dict[str, tuple[str, float]] = {
    "Alex Moreno": ("alex@brightpixel.co", 7.3),
    "Jamie Chen": ("jamie@brightpixel.co", 6.1),
    "Priya Shah": ("priya@brightpixel.co", 6.6),
    "Tom Becker": ("tom@brightpixel.co", 5.2),
    "Olivia Grant": ("olivia@brightpixel.co", 6.0),
    "Sam Ortiz": ("sam@brightpixel.co", 3.9),
}
# project: client, rate, weight
_CK_PROJECTS: dict[str, tuple[str, float, float]] = {
    "Website Redesign": ("Greenleaf Dental", 95.0, 20),
    "Brand Identity": ("Northside Coffee Co.", 85.0, 12),
    "Mobile App MVP": ("Fitlane", 120.0, 22),
    "SEO Retainer": ("Greenleaf Dental", 75.0, 9),
    "Q1 Campaign": ("Harbor & Pine", 90.0, 12),
    "Internal": ("", 0.0, 15),
}
_CK_TASKS = "Design:30;Development:30;Meeting:15;Copywriting:10;QA:8;:7"
_CK_WORDS = "Homepage layout;Client call;Wireframes;Bug fixes;Logo options;Standup;Content plan;Sprint review;Emails"
_CK_TAGS = ":55;Design:15;Dev:12;Urgent:5;Design, Urgent:5;Dev, Urgent:4;Meeting:4"


def _clockify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9903)
    rows: list[dict[str, Any]] = []
    projects = list(_CK_PROJECTS)
    weights = [v[2] for v in _CK_PROJECTS.values()]
    for day in pd.bdate_range("2024-01-02", "2024-03-29"):
        for user, (email, daily) in _CK_USERS.items():
            if rng.random() < 0.06:
                continue
            total = max(1.0, float(rng.normal(daily, 1.0)))
            k = int(rng.integers(2, 5))
            clock = day + pd.Timedelta(hours=8.5) + pd.Timedelta(minutes=int(rng.integers(0, 60)))
            for part in rng.dirichlet(np.ones(k)) * total:
                minutes = max(5, int(round(part * 60 / 5) * 5))
                project = str(_one(rng, projects, weights))
                client, rate, _w = _CK_PROJECTS[project]
                task = _draw(rng, _CK_TASKS)
                billable = rate > 0 and task != "Meeting"
                end = clock + pd.Timedelta(minutes=minutes)
                hours = minutes / 60
                rows.append(
                    {
                        "Project": project,
                        "Client": client or None,
                        "Description": str(_one(rng, _split(_CK_WORDS))),
                        "Task": task or None,
                        "User": user,
                        "Group": None,
                        "Email": email,
                        "Tags": _draw(rng, _CK_TAGS) or None,
                        "Billable": "Yes" if billable else "No",
                        "Start Date": f"{clock:%m/%d/%Y}",
                        "Start Time": f"{clock:%I:%M:%S %p}",
                        "End Date": f"{end:%m/%d/%Y}",
                        "End Time": f"{end:%I:%M:%S %p}",
                        "Duration (h)": f"{minutes // 60:02d}:{minutes % 60:02d}:00",
                        "Duration (decimal)": f"{hours:.2f}",
                        "Billable Rate (USD)": _money(rate if billable else 0.0),
                        "Billable Amount (USD)": _money(rate * hours if billable else 0.0),
                    }
                )
                clock = end + pd.Timedelta(minutes=int(rng.integers(0, 40)))
    return pd.DataFrame(rows)


def _ck_hours(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Duration (decimal)"], errors="coerce").fillna(0.0)


def _ck_billable_share(by_hours: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        yes = _text(d["Billable"]) == "Yes"
        return float(_ck_hours(d)[yes].sum() / _ck_hours(d).sum()) if by_hours else float(yes.mean())

    return share


def _ck_amount(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Billable Amount (USD)"], errors="coerce").fillna(0.0)


def _ck_top_client(d: pd.DataFrame) -> str:
    return _top(_ck_amount(d).groupby(_text(d["Client"])).sum().drop("", errors="ignore"))


def _ck_february(d: pd.DataFrame) -> float:
    month = pd.to_datetime(d["Start Date"], format="%m/%d/%Y").dt.month
    return float(_ck_hours(d)[month == 2].sum())


_CK_HOURS = ("Duration (decimal)", "Duration (h)")

_CLOCKIFY_QS = [
    Q("how many hours did we track altogether", _about(lambda d: float(_ck_hours(d).sum())), _CK_HOURS),
    Q(
        "who put in the most hours",
        _lead(_named(lambda d: _top(_ck_hours(d).groupby(_text(d["User"])).sum()))),
        (*_CK_HOURS, "User", "Email"),
    ),
    Q(
        "what percent of our time was billable",
        either(_share(_ck_billable_share(True)), _share(_ck_billable_share(False))),
        (*_CK_HOURS, "Billable"),
    ),
    Q(
        "which client did we bill the most",
        _lead(_named(_ck_top_client)),
        ("Client", "Billable Amount (USD)", "Project", "Billable"),
    ),
    Q(
        "how much was that",
        _scaled(lambda d: float(_ck_amount(d)[_text(d["Client"]) == _ck_top_client(d)].sum()), (1e3,)),
        ("Client", "Billable Amount (USD)", "Billable"),
    ),
    Q("how many hours were logged in february", _about(_ck_february), (*_CK_HOURS, "Start Date", "End Date")),
]


# --- 4. Klaviyo campaigns export -----------------------------------------------------------------------------------

_KL_THEMES = (
    "Spring Sale;Summer Sale;New Arrivals;Back in Stock;Weekend Flash Sale;Black Friday;Cyber Monday;Holiday Gift "
    "Guide;Free Shipping Weekend;Customer Favourites;Bundle & Save;Last Chance;Founder's Note;Mother's Day Edit"
)
_KL_LISTS = "Newsletter:50;Engaged 90 Days:30;VIP Customers:20"
_KL_DAY_BOOST = {"Thursday": 5.5, "Tuesday": 1.5}
_ULID = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _klaviyo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9904)
    rows: list[dict[str, Any]] = []
    themes = _split(_KL_THEMES)
    for day in pd.date_range("2022-01-03", "2023-12-31"):
        if rng.random() > 5 / 7:
            continue
        sms = rng.random() < 0.15
        theme = str(_one(rng, [t for t in themes if t not in ("Black Friday", "Cyber Monday")]))
        if day.month == 11 and day.day >= 20:
            theme = "Black Friday" if day.day < 27 else "Cyber Monday"
        weekday = day.day_name()
        size = int((18000 + 22 * (day - pd.Timestamp("2022-01-01")).days) * rng.uniform(0.85, 1.1))
        listname = "SMS Subscribers" if sms else _draw(rng, _KL_LISTS)
        if listname == "VIP Customers":
            size = int(size * 0.12)
        elif listname == "Engaged 90 Days":
            size = int(size * 0.45)
        elif sms:
            size = int(size * 0.2)
        send = day + pd.Timedelta(hours=int(_one(rng, [9, 10, 11, 14, 18])))
        hot = theme in ("Black Friday", "Cyber Monday")
        name = f"{theme} - {day:%b %d %Y} ({'SMS' if sms else 'Email'})"
        if sms:
            opens, open_rate = None, None
            click = rng.uniform(0.05, 0.12)
        else:
            rate = np.clip(rng.normal(38 + _KL_DAY_BOOST.get(weekday, 0.0), 4), 15, 70) / 100
            opens = int(size * rate)
            open_rate = opens / size
            click = rng.uniform(0.012, 0.035)
        clicks = int(size * click)
        orders = int(clicks * rng.uniform(0.03, 0.09) * (2.2 if hot else 1.0))
        revenue = round(orders * float(rng.normal(68, 10)), 2)
        bounces = 0 if sms else int(size * rng.uniform(0.002, 0.008))
        rows.append(
            {
                "Campaign Name": name,
                "Tags": "BFCM" if hot else (None if rng.random() < 0.7 else "Promo"),
                "Subject": None if sms else f"{theme}: {_one(rng, ['up to 30% off', 'just dropped', 'ends soon'])!s}",
                "List": listname,
                "Send Time": f"{send:%Y-%m-%d %H:%M:%S}",
                "Send Weekday": weekday,
                "Total Recipients": size,
                "Unique Opens": opens,
                "Open Rate": None if open_rate is None else f"{100 * open_rate:.2f}%",
                "Unique Clicks": clicks,
                "Click Rate": f"{100 * clicks / size:.2f}%",
                "Unique Placed Order": orders,
                "Placed Order Rate": f"{100 * orders / size:.2f}%",
                "Revenue": revenue,
                "Unsubscribes": int(size * rng.uniform(0.0005, 0.003)),
                "Spam Complaints": int(rng.poisson(0.6)),
                "Bounces": bounces,
                "Campaign Channel": "SMS" if sms else "Email",
                "Campaign ID": "01" + "".join(str(_one(rng, list(_ULID))) for _ in range(24)),
            }
        )
    return pd.DataFrame(rows)


def _kl_revenue(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Revenue"], errors="coerce").fillna(0.0)


def _kl_email(d: pd.DataFrame) -> pd.Series:
    return _text(d["Campaign Channel"]) == "Email"


def _kl_open_rate(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        if not weighted:
            return float(_number(d["Open Rate"]).mean())
        email = _kl_email(d)
        return float(100 * pd.to_numeric(d["Unique Opens"])[email].sum() / d["Total Recipients"][email].sum())

    return rate


def _kl_best_day(weighted: bool) -> Callable[[pd.DataFrame], str]:
    def day(d: pd.DataFrame) -> str:
        email = d[_kl_email(d)]
        if weighted:
            g = email.groupby("Send Weekday")
            return _top(g["Unique Opens"].sum() / g["Total Recipients"].sum())
        return _top(_number(email["Open Rate"]).groupby(email["Send Weekday"]).mean())

    return day


def _kl_top3(d: pd.DataFrame) -> list[str]:
    return [str(x) for x in _ranked(_kl_revenue(d).groupby(d["Campaign Name"]).sum()).index[:3]]


def _kl_unsubs(d: pd.DataFrame) -> float:
    year = pd.to_datetime(d["Send Time"]).dt.year
    return float(pd.to_numeric(d["Unsubscribes"])[year == 2023].sum())


def _kl_channel_means(d: pd.DataFrame) -> list[float]:
    email = _kl_email(d)
    return [float(_kl_revenue(d)[email].mean()), float(_kl_revenue(d)[~email].mean())]


_KLAVIYO_QS = [
    Q(
        "how much revenue did all the campaigns bring in",
        either(
            _scaled(lambda d: float(_kl_revenue(d).sum()), (1e3, 1e6)),
            _scaled(lambda d: float(_kl_revenue(d)[_kl_email(d)].sum()), (1e3, 1e6)),
        ),
        ("Revenue", "Campaign Name", "Send Time"),
    ),
    Q(
        "whats our average open rate",
        either(_about(_kl_open_rate(False)), _about(_kl_open_rate(True))),
        ("Open Rate", "Unique Opens", "Total Recipients", "Campaign Channel"),
    ),
    Q(
        "which day of the week gets the best opens",
        _either_named(_kl_best_day(False), _kl_best_day(True)),
        ("Send Weekday", "Open Rate", "Unique Opens", "Total Recipients", "Send Time", "Campaign Channel"),
    ),
    Q(
        "top 3 campaigns by revenue",
        _all_named(_kl_top3),
        ("Campaign Name", "Revenue", "Send Time", "Campaign ID"),
    ),
    Q("how many people unsubscribed in 2023", _count(_kl_unsubs), ("Unsubscribes", "Send Time")),
    Q(
        "do sms campaigns make more money on average than emails",
        _about(_kl_channel_means),
        ("Campaign Channel", "Revenue", "Campaign Name"),
    ),
]


# --- 5. NASA GISTEMP global monthly ---------------------------------------------------------------------------------

_GT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _gt_write(x: float | None) -> str:
    if x is None or np.isnan(x):
        return "***"
    text = f"{x:.2f}"
    if text in ("-0.00", "0.00"):
        return ".00"
    return text.replace("0.", ".", 1) if text.lstrip("-").startswith("0.") else text


def _gt_base(year: int) -> float:
    if year < 1910:
        return -0.22 - 0.004 * (year - 1880)
    if year < 1945:
        return -0.34 + 0.0095 * (year - 1910)
    if year < 1976:
        return -0.01 - 0.002 * (year - 1945)
    return -0.08 + 0.0215 * (year - 1976)


def _gistemp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9905)
    years = list(range(1880, 2025))
    values = np.full((len(years), 12), np.nan)
    wobble = 0.0
    for i, year in enumerate(years):
        el_nino = 0.16 if year in (1998, 2016, 2023, 2024, 1878, 1941, 1983, 2010) else 0.0
        for m in range(12):
            if year == 2024 and m >= 9:
                continue
            wobble = 0.6 * wobble + rng.normal(0, 0.08)
            extra = 0.12 if year in (2023, 2024) else 0.0
            values[i, m] = round(_gt_base(year) + el_nino + extra + wobble, 2)
    frame = pd.DataFrame(values, columns=_GT_MONTHS)
    prev_dec = frame["Dec"].shift(1)
    out: dict[str, Any] = {"Year": years}
    for m in _GT_MONTHS:
        out[m] = [_gt_write(x) for x in frame[m]]
    jd = frame[_GT_MONTHS].mean(axis=1, skipna=False)
    dn = pd.concat([prev_dec, frame[_GT_MONTHS[:11]]], axis=1).mean(axis=1, skipna=False)
    seasons = {
        "DJF": pd.concat([prev_dec, frame["Jan"], frame["Feb"]], axis=1).mean(axis=1, skipna=False),
        "MAM": frame[["Mar", "Apr", "May"]].mean(axis=1, skipna=False),
        "JJA": frame[["Jun", "Jul", "Aug"]].mean(axis=1, skipna=False),
        "SON": frame[["Sep", "Oct", "Nov"]].mean(axis=1, skipna=False),
    }
    out["J-D"] = [_gt_write(x) for x in jd]
    out["D-N"] = [_gt_write(x) for x in dn]
    for k, v in seasons.items():
        out[k] = [_gt_write(x) for x in v]
    return pd.DataFrame(out)


def _gt_annual(d: pd.DataFrame) -> pd.Series:
    return pd.Series(pd.to_numeric(d["J-D"], errors="coerce").to_numpy(), index=d["Year"].astype(int).to_numpy())


def _gt_monthly_means(d: pd.DataFrame) -> pd.Series:
    months = d[_GT_MONTHS].apply(pd.to_numeric, errors="coerce")
    return pd.Series(months.mean(axis=1).to_numpy(), index=d["Year"].astype(int).to_numpy())


def _gt_warmest(from_months: bool) -> Callable[[pd.DataFrame], int]:
    return lambda d: int((_gt_monthly_means(d) if from_months else _gt_annual(d)).idxmax())


def _gt_warmest_value(from_months: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_gt_monthly_means(d) if from_months else _gt_annual(d)).max())


def _gt_above(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_gt_annual(d) >= 0.8).sum() if inclusive else (_gt_annual(d) > 0.8).sum())


def _gt_coldest(d: pd.DataFrame) -> pd.Timestamp:
    months = d[_GT_MONTHS].apply(pd.to_numeric, errors="coerce")
    months.index = d["Year"].astype(int)
    year, name = months.stack().idxmin()
    return pd.Timestamp(int(year), _GT_MONTHS.index(name) + 1, 1)


def _gt_trend(d: pd.DataFrame) -> float:
    annual = _gt_annual(d).dropna()
    recent = annual[annual.index >= 1980]
    return float(10 * np.polyfit(recent.index.to_numpy(dtype=float), recent.to_numpy(), 1)[0])


_GT_ANNUAL = ("Year", "J-D")

_GISTEMP_QS = [
    Q(
        "which year was the warmest",
        either(_year(_gt_warmest(False)), _year(_gt_warmest(True))),
        (*_GT_ANNUAL, *_GT_MONTHS),
    ),
    Q(
        "how far above normal was it",
        either(_about(_gt_warmest_value(False)), _about(_gt_warmest_value(True))),
        (*_GT_ANNUAL, *_GT_MONTHS),
    ),
    Q(
        "average anomaly in the 1990s?",
        _about(lambda d: float(_gt_annual(d).loc[1990:1999].mean())),
        _GT_ANNUAL,
    ),
    Q(
        "how many years were more than 0.8 degrees above",
        either(_count(_gt_above(False)), _count(_gt_above(True))),
        _GT_ANNUAL,
    ),
    Q("what was the coldest single month on record", month_year(_gt_coldest), ("Year", *_GT_MONTHS)),
    Q("how fast has it been warming per decade since 1980", _about(_gt_trend), _GT_ANNUAL),
]


# --- 6. FEMA disaster declarations summaries -----------------------------------------------------------------------

# state: fips, region, weight, "incident:weight" mix, county suffix
_FM_STATES: dict[str, tuple[int, int, float, str, str]] = {
    "TX": (48, 6, 14, "Severe Storm:30;Flood:20;Hurricane:20;Fire:25;Winter Storm:5", "County"),
    "CA": (6, 9, 12, "Fire:60;Severe Storm:20;Flood:15;Earthquake:5", "County"),
    "FL": (12, 4, 8, "Hurricane:60;Severe Storm:15;Fire:15;Flood:10", "County"),
    "OK": (40, 6, 9, "Severe Storm:45;Fire:35;Flood:10;Tornado:10", "County"),
    "LA": (22, 6, 6, "Hurricane:55;Flood:25;Severe Storm:20", "Parish"),
    "KY": (21, 4, 6, "Severe Storm:60;Flood:30;Winter Storm:10", "County"),
    "NY": (36, 2, 5, "Severe Storm:50;Flood:20;Hurricane:15;Snowstorm:15", "County"),
    "MO": (29, 7, 5, "Severe Storm:75;Flood:25", "County"),
    "WA": (53, 10, 6, "Fire:55;Severe Storm:25;Flood:20", "County"),
    "AK": (2, 10, 3, "Severe Storm:40;Flood:30;Earthquake:10;Fire:20", "Borough"),
    "TN": (47, 4, 5, "Severe Storm:75;Flood:25", "County"),
    "CO": (8, 8, 4, "Fire:65;Flood:25;Severe Storm:10", "County"),
    "IA": (19, 7, 4, "Severe Storm:70;Flood:30", "County"),
    "NC": (37, 4, 4, "Hurricane:55;Severe Storm:35;Flood:10", "County"),
}
_FM_NAMES = {
    "TX": "Texas",
    "CA": "California",
    "FL": "Florida",
    "OK": "Oklahoma",
    "LA": "Louisiana",
    "KY": "Kentucky",
    "NY": "New York",
    "MO": "Missouri",
    "WA": "Washington",
    "AK": "Alaska",
    "TN": "Tennessee",
    "CO": "Colorado",
    "IA": "Iowa",
    "NC": "North Carolina",
}
_FM_COUNTIES = (
    "Washington;Jefferson;Franklin;Lincoln;Jackson;Madison;Clay;Montgomery;Marion;Union;Monroe;Greene;Warren;Wayne;"
    "Grant;Polk;Lee;Harris;Orange;Butler;Carroll;Douglas;Hamilton;Lake;Marshall;Morgan;Perry;Scott;Shelby;Clark"
)
_FM_CODES = {
    "Severe Storm": "4",
    "Flood": "F",
    "Hurricane": "H",
    "Fire": "R",
    "Winter Storm": "W",
    "Earthquake": "E",
    "Tornado": "T",
    "Snowstorm": "S",
    "Biological": "B",
}
_FM_TITLES = {
    "Severe Storm": "SEVERE STORMS, STRAIGHT-LINE WINDS, AND FLOODING",
    "Flood": "FLOODING",
    "Hurricane": "HURRICANE",
    "Winter Storm": "SEVERE WINTER STORM",
    "Earthquake": "EARTHQUAKE",
    "Tornado": "SEVERE STORMS AND TORNADOES",
    "Snowstorm": "SEVERE WINTER STORM AND SNOWSTORM",
    "Biological": "COVID-19 PANDEMIC",
}
_FM_FIRES = "CREEK;RIDGE;CANYON;BEAR;MILL;OAK;PINE;CEDAR;EAGLE;HORSE"


def _fm_iso(t: pd.Timestamp) -> str:
    return f"{t:%Y-%m-%d}T00:00:00.000Z"


def _fema_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9906)
    states = list(_FM_STATES)
    weights = [v[2] for v in _FM_STATES.values()]
    counties = _split(_FM_COUNTIES)
    events: list[dict[str, Any]] = []
    for year in range(2012, 2024):
        for _ in range(int(rng.poisson(48))):
            state = str(_one(rng, states, weights))
            incident = _draw(rng, _FM_STATES[state][3])
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            kind = "FM" if incident == "Fire" and rng.random() < 0.8 else ("EM" if rng.random() < 0.12 else "DR")
            events.append({"state": state, "incident": incident, "day": day, "kind": kind})
    for state in states:
        for kind, day in (("EM", "2020-03-13"), ("DR", "2020-03-28")):
            shift = pd.Timedelta(days=int(rng.integers(0, 20)))
            events.append({"state": state, "incident": "Biological", "day": pd.Timestamp(day) + shift, "kind": kind})
    events.sort(key=lambda e: e["day"])
    numbers = {"DR": 4040, "EM": 3340, "FM": 5000}
    rows: list[dict[str, Any]] = []
    for e in events:
        numbers[e["kind"]] += int(rng.integers(1, 4))
        number = numbers[e["kind"]]
        state, incident, day, kind = e["state"], e["incident"], e["day"], e["kind"]
        fips, region, _w, _mix, suffix = _FM_STATES[state]
        if kind == "FM":
            k = int(rng.integers(1, 3))
        elif incident == "Biological":
            k = 1 if kind == "EM" else int(rng.integers(1, 6))
        else:
            k = int(min(len(counties), 1 + rng.geometric(0.18 if kind == "DR" else 0.5)))
        areas = ["Statewide"] if incident == "Biological" and kind == "EM" else list(rng.choice(counties, k, False))
        begin = day - pd.Timedelta(days=int(rng.integers(1, 45)))
        end = begin + pd.Timedelta(days=int(rng.integers(0, 20)))
        title = f"{_one(rng, _split(_FM_FIRES))!s} FIRE" if incident == "Fire" else _FM_TITLES[incident]
        ih = int(kind == "DR" and incident != "Biological" and rng.random() < 0.45)
        closed = day.year < 2018 and rng.random() < 0.7
        request = int(rng.integers(10000, 99999))
        for j, area in enumerate(areas):
            county = 0 if area == "Statewide" else 1 + 2 * (counties.index(str(area)))
            rows.append(
                {
                    "femaDeclarationString": f"{kind}-{number}-{state}",
                    "disasterNumber": number,
                    "state": state,
                    "declarationType": kind,
                    "declarationDate": _fm_iso(day),
                    "fyDeclared": day.year + int(day.month >= 10),
                    "incidentType": incident,
                    "declarationTitle": title,
                    "ihProgramDeclared": ih,
                    "iaProgramDeclared": 0,
                    "paProgramDeclared": 1,
                    "hmProgramDeclared": int(kind == "DR" or kind == "FM"),
                    "incidentBeginDate": _fm_iso(begin),
                    "incidentEndDate": None if incident == "Biological" and rng.random() < 0.5 else _fm_iso(end),
                    "disasterCloseoutDate": _fm_iso(day + pd.Timedelta(days=int(rng.integers(900, 2500))))
                    if closed
                    else None,
                    "tribalRequest": 0,
                    "fipsStateCode": fips,
                    "fipsCountyCode": county,
                    "placeCode": 0 if area == "Statewide" else 99000 + county,
                    "designatedArea": area if area == "Statewide" else f"{area} ({suffix})",
                    "declarationRequestNumber": request,
                    "lastIAFilingDate": _fm_iso(day + pd.Timedelta(days=60)) if ih else None,
                    "incidentId": number * 10 + 1,
                    "region": region,
                    "designatedIncidentTypes": _FM_CODES.get(incident, "4"),
                    "lastRefresh": "2024-01-15T18:21:43.000Z",
                    "hash": "".join(str(_one(rng, list("0123456789abcdef"))) for _ in range(40)),
                    "id": f"{number:08x}-{j:04x}-4{request % 1000:03x}-a{fips:03x}-{county:012x}",
                }
            )
    return pd.DataFrame(rows)


def _fm_ids(d: pd.DataFrame) -> pd.Series:
    return _text(d["femaDeclarationString"])


def _fm_top(by: str, distinct: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        if distinct:
            return _top(d.groupby(_text(d[by]))["femaDeclarationString"].nunique())
        return _top(_text(d[by]).value_counts())

    return top


def _fm_fires(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        pick = d[(_text(d["incidentType"]) == "Fire") & (_text(d["state"]) == "CA")]
        return float(pick["femaDeclarationString"].nunique() if distinct else len(pick))

    return count


def _fm_year(distinct: bool, fiscal: bool) -> Callable[[pd.DataFrame], int]:
    def year(d: pd.DataFrame) -> int:
        key = d["fyDeclared"] if fiscal else pd.to_datetime(d["declarationDate"]).dt.year
        if distinct:
            return int(_ranked(d.groupby(key.to_numpy())["femaDeclarationString"].nunique()).index[0])
        return int(_ranked(key.value_counts()).index[0])

    return year


def _fm_ih(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        flag = pd.to_numeric(d["ihProgramDeclared"]) == 1
        if distinct:
            return float(flag.groupby(_fm_ids(d)).max().mean())
        return float(flag.mean())

    return share


_FM_ALIASES = {code: (name,) for code, name in _FM_NAMES.items()} | {"Severe Storm": ("Severe Storms",)}
_FM_ID = ("femaDeclarationString", "disasterNumber")

_FEMA_QS = [
    Q(
        "how many disasters are in this file",
        either(_count(lambda d: float(_fm_ids(d).nunique())), _count(lambda d: float(len(d)))),
        (*_FM_ID, "declarationType", "incidentType"),
    ),
    Q(
        "which state has had the most",
        _either_named(_fm_top("state", True), _fm_top("state", False), aliases=_FM_ALIASES),
        (*_FM_ID, "state"),
    ),
    Q(
        "what kind of disaster happens most often",
        _either_named(_fm_top("incidentType", True), _fm_top("incidentType", False), aliases=_FM_ALIASES),
        (*_FM_ID, "incidentType", "declarationTitle", "designatedIncidentTypes"),
    ),
    Q(
        "how many fire declarations were there in california",
        either(_count(_fm_fires(True)), _count(_fm_fires(False))),
        (*_FM_ID, "incidentType", "state", "declarationType"),
    ),
    Q(
        "which year had the most declarations",
        either(*(_year(_fm_year(a, b)) for a in (True, False) for b in (True, False))),
        (*_FM_ID, "declarationDate", "fyDeclared"),
    ),
    Q(
        "what percentage had the ih program declared",
        either(_share(_fm_ih(True)), _share(_fm_ih(False))),
        (*_FM_ID, "ihProgramDeclared"),
    ),
]


# --- 7. Statcast pitches -------------------------------------------------------------------------------------------

# pitcher: id, throws, team, "type:usage:speed:spin" arsenal
_SC_PITCHERS: dict[str, tuple[int, str, str, str]] = {
    "Vance, Tyler": (680123, "R", "SEA", "FF:55:98.6:2450;SL:30:88.5:2600;CH:15:90.1:1750"),
    "Hale, Marcus": (641882, "R", "CLE", "FF:40:94.8:2300;SL:25:85.9:2500;CU:20:79.2:2800;CH:15:86.0:1800"),
    "Okafor, Daniel": (669455, "L", "TB", "SI:45:93.1:2150;ST:30:81.4:2700;CH:25:84.8:1700"),
    "Brennan, Luke": (605177, "R", "STL", "SI:50:92.4:2100;FC:25:88.0:2350;CU:25:77.5:2650"),
    "Sato, Kenji": (673540, "R", "LAD", "FF:45:95.2:2400;FS:35:87.3:1300;CU:20:76.8:2750"),
    "Dominguez, Rafael": (677651, "L", "MIA", "FF:50:95.9:2350;SL:35:86.2:2450;CH:15:87.1:1750"),
    "Pike, Aaron": (592450, "R", "BOS", "FC:40:90.5:2450;FF:35:93.0:2250;CU:25:78.9:2900"),
}
_SC_NAMES = {
    "FF": "4-Seam Fastball",
    "SI": "Sinker",
    "SL": "Slider",
    "ST": "Sweeper",
    "CH": "Changeup",
    "CU": "Curveball",
    "FC": "Cutter",
    "FS": "Split-Finger",
}
_SC_TEAMS = "NYY;BOS;TOR;BAL;HOU;TEX;SEA;OAK;LAA;CHC;MIL;ATL;PHI;NYM;SD;SF;ARI;COL;DET;MIN"
_SC_CALLS = "ball:36;called_strike:17;swinging_strike:11;foul:18;hit_into_play:17;blocked_ball:1"
_SC_PLAY = "field_out:46;single:22;double:7;home_run:5;grounded_into_double_play:3;force_out:3;triple:1;field_error:1"
_SC_COLUMNS = (
    "pitch_type;game_date;release_speed;release_pos_x;release_pos_z;player_name;batter;pitcher;events;description;"
    "spin_dir;spin_rate_deprecated;break_angle_deprecated;break_length_deprecated;zone;des;game_type;stand;p_throws;"
    "home_team;away_team;type;hit_location;bb_type;balls;strikes;game_year;pfx_x;pfx_z;plate_x;plate_z;on_3b;on_2b;"
    "on_1b;outs_when_up;inning;inning_topbot;hc_x;hc_y;sz_top;sz_bot;hit_distance_sc;launch_speed;launch_angle;"
    "effective_speed;release_spin_rate;release_extension;game_pk;at_bat_number;pitch_number;pitch_name;home_score;"
    "away_score"
)


def _sc_pa(rng: np.random.Generator, arsenal: list[list[str]], base: dict[str, Any]) -> list[dict[str, Any]]:
    """The pitches of one plate appearance."""
    balls = strikes = 0
    out: list[dict[str, Any]] = []
    usage = [float(a[1]) for a in arsenal]
    while True:
        kind, _u, speed, spin = arsenal[int(_one(rng, list(range(len(arsenal))), usage))]
        call = _draw(rng, _SC_CALLS)
        velo = round(float(rng.normal(float(speed), 0.9)), 1)
        row = dict(
            base,
            pitch_type=kind,
            pitch_name=_SC_NAMES[kind],
            balls=balls,
            strikes=strikes,
            pitch_number=len(out) + 1,
            description=call,
            release_speed=None if rng.random() < 0.01 else velo,
            effective_speed=round(velo + float(rng.normal(0.3, 0.6)), 1),
            release_spin_rate=int(rng.normal(float(spin) + 20 * (velo - float(speed)), 70)),
            release_extension=round(float(rng.normal(6.4, 0.25)), 1),
            plate_x=round(float(rng.normal(0, 0.8)), 2),
            plate_z=round(float(rng.normal(2.4, 0.8)), 2),
            pfx_x=round(float(rng.normal(-0.5, 0.6)), 2),
            pfx_z=round(float(rng.normal(0.9, 0.6)), 2),
            release_pos_x=round(float(rng.normal(-1.8, 0.2)), 2),
            release_pos_z=round(float(rng.normal(5.9, 0.15)), 2),
            zone=int(rng.integers(1, 15)),
            type="B" if "ball" in call else "S",
        )
        out.append(row)
        if call in ("ball", "blocked_ball"):
            balls += 1
            if balls == 4:
                row["events"], row["des"] = "walk", f"{base['batter_name']} walks."
                return out
        elif call == "foul":
            strikes = min(2, strikes + 1)
        elif call in ("called_strike", "swinging_strike"):
            strikes += 1
            if strikes == 3:
                row["events"], row["des"] = "strikeout", f"{base['batter_name']} strikes out."
                return out
        else:
            event = _draw(rng, _SC_PLAY)
            row["type"], row["events"] = "X", event
            row["des"] = f"{base['batter_name']} {event.replace('_', ' ')}."
            row["bb_type"] = (
                "fly_ball" if event == "home_run" else _draw(rng, "ground_ball:44;fly_ball:26;line_drive:22;popup:8")
            )
            hr = event == "home_run"
            row["launch_speed"] = round(float(rng.normal(104.5, 3.5) if hr else rng.normal(88, 13)), 1)
            row["launch_angle"] = int(rng.normal(28, 4) if hr else rng.normal(12, 25))
            row["hit_distance_sc"] = int(rng.normal(405, 20)) if hr else int(abs(rng.normal(150, 110)))
            row["hit_location"] = None if hr else int(rng.integers(1, 10))
            row["hc_x"], row["hc_y"] = round(float(rng.uniform(20, 230)), 2), round(float(rng.uniform(30, 200)), 2)
            return out


def _statcast_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9907)
    rows: list[dict[str, Any]] = []
    teams = _split(_SC_TEAMS)
    for name, (pid, throws, team, arsenal_text) in _SC_PITCHERS.items():
        arsenal = [x.split(":") for x in _split(arsenal_text)]
        dates = sorted(rng.choice(pd.date_range("2023-03-30", "2023-10-01"), 8, replace=False))
        for date in dates:
            opponent = str(_one(rng, [t for t in teams if t != team]))
            home = rng.random() < 0.5
            game_pk = int(rng.integers(716000, 748000))
            ab = int(rng.integers(1, 4))
            for pa in range(int(rng.integers(20, 28))):
                batter = int(rng.integers(500000, 700000))
                base = {
                    "game_date": f"{pd.Timestamp(date):%Y-%m-%d}",
                    "player_name": name,
                    "batter": batter,
                    "batter_name": f"Batter {batter % 1000}",
                    "pitcher": pid,
                    "game_type": "R",
                    "stand": _draw(rng, "R:58;L:42"),
                    "p_throws": throws,
                    "home_team": team if home else opponent,
                    "away_team": opponent if home else team,
                    "game_year": 2023,
                    "on_3b": int(rng.integers(500000, 700000)) if rng.random() < 0.1 else None,
                    "on_2b": int(rng.integers(500000, 700000)) if rng.random() < 0.18 else None,
                    "on_1b": int(rng.integers(500000, 700000)) if rng.random() < 0.3 else None,
                    "outs_when_up": pa % 3,
                    "inning": 1 + pa // 4,
                    "inning_topbot": "Top" if home else "Bot",
                    "sz_top": round(float(rng.normal(3.4, 0.1)), 2),
                    "sz_bot": round(float(rng.normal(1.6, 0.08)), 2),
                    "game_pk": game_pk,
                    "at_bat_number": ab,
                    "home_score": int(rng.integers(0, 5)),
                    "away_score": int(rng.integers(0, 5)),
                }
                ab += 2
                rows.extend(_sc_pa(rng, arsenal, base))
    frame = pd.DataFrame(rows)
    for column in _split(_SC_COLUMNS):
        if column not in frame:
            frame[column] = None
    frame = frame.sort_values(["game_date", "at_bat_number", "pitch_number"], ascending=False, kind="stable")
    return frame[_split(_SC_COLUMNS)].reset_index(drop=True)


def _sc_speed(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["release_speed"], errors="coerce")


def _sc_hardest(how: str, ff_only: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        pick = _text(d["pitch_type"]) == "FF" if ff_only else pd.Series(True, index=d.index)
        return _top(_sc_speed(d)[pick].groupby(_text(d["player_name"])[pick]).agg(how))

    return top


def _sc_forms(name: str) -> tuple[str, ...]:
    last, first = name.split(", ")
    return (f"{first} {last}", last)


_SC_ALIASES = {n: _sc_forms(n) for n in _SC_PITCHERS}


def _sc_slider_share(d: pd.DataFrame) -> float:
    mine = d[_text(d["player_name"]) == _sc_hardest("mean", True)(d)]
    return float((_text(mine["pitch_type"]) == "SL").mean())


def _sc_strikeouts(double_plays: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        events = _text(d["events"])
        keep = ["strikeout", "strikeout_double_play"] if double_plays else ["strikeout"]
        return float(events.isin(keep).sum())

    return count


def _sc_spin(ff_only: bool) -> Check:
    def keep(d: pd.DataFrame) -> pd.DataFrame:
        return d[_text(d["pitch_type"]) == "FF"] if ff_only else d

    return _corr(lambda d: pd.to_numeric(keep(d)["release_spin_rate"]), lambda d: _sc_speed(keep(d)))


_STATCAST_QS = [
    Q(
        "whats the average speed on a four seamer",
        _about(lambda d: float(_sc_speed(d)[_text(d["pitch_type"]) == "FF"].mean())),
        ("release_speed", "pitch_type", "pitch_name"),
    ),
    Q(
        "who throws the hardest",
        _either_named(_sc_hardest("mean", True), _sc_hardest("max", False), aliases=_SC_ALIASES),
        ("release_speed", "player_name", "pitcher", "pitch_type", "pitch_name"),
    ),
    Q(
        "what percent of his pitches are sliders",
        _share(_sc_slider_share),
        ("player_name", "pitcher", "pitch_type", "pitch_name"),
    ),
    Q(
        "how many strikeouts are there",
        either(_count(_sc_strikeouts(False)), _count(_sc_strikeouts(True))),
        ("events", "description", "des"),
    ),
    Q(
        "average exit velo on home runs?",
        _about(lambda d: float(pd.to_numeric(d["launch_speed"])[_text(d["events"]) == "home_run"].mean())),
        ("launch_speed", "events", "bb_type"),
    ),
    Q(
        "is spin rate related to how hard they throw",
        either(_sc_spin(False), _sc_spin(True)),
        ("release_spin_rate", "release_speed", "pitch_type", "pitch_name"),
    ),
]


HELDOUT99: list[Dataset] = [
    Dataset("starling_bank_statement", _starling_frame, _STARLING_QS),
    Dataset("whoop_physiological_cycles", _whoop_frame, _WHOOP_QS),
    Dataset("clockify_detailed_report", _clockify_frame, _CLOCKIFY_QS),
    Dataset("klaviyo_campaigns_export", _klaviyo_frame, _KLAVIYO_QS),
    Dataset("nasa_gistemp_global_monthly", _gistemp_frame, _GISTEMP_QS),
    Dataset("fema_disaster_declarations", _fema_frame, _FEMA_QS),
    Dataset("mlb_statcast_pitches", _statcast_frame, _STATCAST_QS),
]
