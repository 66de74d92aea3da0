"""HELDOUT203: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: an Endomondo workout export flattened to one row
per workout (2014-2020) with sport (upper-case codes, "RUNNING", "CYCLING_SPORT", "CYCLING_TRANSPORT",
"MOUNTAIN_BIKING", "WALKING", "WEIGHT_TRAINING", "YOGA"), source ("TRACK_MOBILE", "MANUAL"), start_time and end_time
("2016-03-14 07:12:45.0"), duration_s, distance_km (blank for the indoor sports), calories_kcal, heart_rate_avg_bpm
and heart_rate_max_bpm (blank when no strap was worn), speed_avg_kmh and speed_max_kmh (blank indoors), ascend_m and
descend_m; a Backloggd game log export with Game, Platform ("PC", "Nintendo Switch", "PlayStation 4", ...), Status
(Played / Completed / Abandoned / Shelved / Backlog), Rating (0.5-5 in halves, blank when unrated and for the
backlog), "Hours Played" (one decimal, blank when not logged), "Date Finished" ("2021-08-14", blank unless finished),
"Release Year" and Review (mostly blank); a Tiller Money Foundation template Transactions sheet downloaded as CSV
(2023-2024) with Date ("1/5/2024"), Description (cleaned merchant), Category (blank when not yet categorized,
"Transfer" for card payments and savings moves, "Paycheck" for income), Amount as the sheet shows it ("-$45.23",
"$3,200.00"), Account, "Account #" ("xxxx4821"), Institution, Month ("1/1/2024"), Week (the Sunday, "12/31/2023"),
"Transaction ID", "Account ID", "Check Number" (only on rent checks), "Full Description" (the bank's upper-case
text) and "Date Added"; the CMS Medicare Part D prescribers by provider and drug file with Prscrbr_NPI,
Prscrbr_Last_Org_Name, Prscrbr_First_Name, Prscrbr_City, Prscrbr_State_Abrvtn, Prscrbr_State_FIPS (a number, so
leading zeros lost), Prscrbr_Type ("Internal Medicine", "Nurse Practitioner"), Prscrbr_Type_Src, Brnd_Name ("Eliquis",
"Atorvastatin Calcium"), Gnrc_Name ("Apixaban"), Tot_Clms (always 11 or more), Tot_30day_Fills, Tot_Day_Suply,
Tot_Drug_Cst, Tot_Benes (blank under 11), GE65_Sprsn_Flag ("*" under 11, "#" counter-suppressed, blank otherwise),
GE65_Tot_Clms, GE65_Tot_30day_Fills, GE65_Tot_Drug_Cst, GE65_Tot_Day_Suply (blank when suppressed),
GE65_Bene_Sprsn_Flag and GE65_Tot_Benes; the Washington State Electric Vehicle Population Data with "VIN (1-10)",
County, City, State (a few out-of-state owners), "Postal Code", "Model Year", Make and Model (upper case, "TESLA",
"MODEL Y"), "Electric Vehicle Type" ("Battery Electric Vehicle (BEV)", "Plug-in Hybrid Electric Vehicle (PHEV)"),
"Clean Alternative Fuel Vehicle (CAFV) Eligibility" (long texts), "Electric Range" (0 when not researched, most
recent BEVs), "Base MSRP" (mostly 0), "Legislative District" (blank out of state), "DOL Vehicle ID", "Vehicle
Location" ("POINT (-122.30839 47.61037)"), "Electric Utility" and "2020 Census Tract"; NYC Citywide Payroll Data
(fiscal years 2022-2023, one row per employee and year, people repeated across years) with "Fiscal Year", "Payroll
Number", "Agency Name" (upper case), "Last Name", "First Name", "Mid Init", "Agency Start Date" ("08/10/2015"),
"Work Location Borough" (upper case, a few blank or "OTHER"), "Title Description", "Leave Status as of June 30"
(ACTIVE / CEASED / ON LEAVE / SEASONAL), "Base Salary" (an annual, hourly or daily rate by "Pay Basis": "per Annum",
"per Hour", "per Day"), "Regular Hours", "Regular Gross Paid" (a few small negatives), "OT Hours", "Total OT Paid"
and "Total Other Pay"; and Seattle Public Library checkouts by title (2022-2023, one row per title, format and month)
with UsageClass (Physical / Digital), CheckoutType (Horizon / OverDrive / Hoopla), MaterialType (BOOK / EBOOK /
AUDIOBOOK / VIDEODISC), CheckoutYear, CheckoutMonth, Checkouts, Title (catalog style "Lessons in chemistry : a novel
/ Bonnie Garmus." for print, "Lessons in Chemistry: A Novel" for digital), ISBN (digital only), Creator ("Garmus,
Bonnie" for print, "Bonnie Garmus" for digital), Subjects, Publisher ("Doubleday,") and PublicationYear ("[2022]",
"c2019.", "2019."). All are generated with fixed seeds 20301-20307.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout173 import _money, _top
from .heldout183 import _mdy, _peak_month
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _cash(s: pd.Series) -> pd.Series:
    """Amounts written "-$1,234.56" or "$45.00"."""
    return pd.to_numeric(_text(s).str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _signed(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount given as a positive or negative figure, in full or in thousands / millions."""
    return either(_money(lambda d: abs(float(value(d)))), _money(lambda d: -abs(float(value(d)))))


def _named_any(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_named(v) for v in values))


def _chars(rng: np.random.Generator, alphabet: str, k: int) -> str:
    return "".join(rng.choice(list(alphabet), k))


# --- 1. Endomondo workout export (flattened) -----------------------------------------------------------------------

# sport: (weight, avg speed km/h, mean duration s, kcal per hour, avg HR, indoor)
_EN_SPORTS = {
    "RUNNING": (40, 10.4, 2900, 760, 152, False),
    "CYCLING_SPORT": (22, 25.0, 5400, 610, 138, False),
    "WALKING": (14, 5.2, 3100, 280, 102, False),
    "CYCLING_TRANSPORT": (8, 17.0, 1500, 430, 121, False),
    "MOUNTAIN_BIKING": (4, 14.0, 4800, 650, 146, False),
    "WEIGHT_TRAINING": (8, 0.0, 3300, 340, 118, True),
    "YOGA": (4, 0.0, 3600, 190, 94, True),
}
_EN_YEARS = {2014: 90, 2015: 140, 2016: 185, 2017: 160, 2018: 130, 2019: 110, 2020: 45}


def _endomondo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20301)
    sports = list(_EN_SPORTS)
    weights = [v[0] for v in _EN_SPORTS.values()]
    rows = []
    for year, count in _EN_YEARS.items():
        for _ in range(count):
            sport = _one(rng, sports, weights)
            _, speed, dur, kcal, hr, indoor = _EN_SPORTS[sport]
            start = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(
                days=int(rng.integers(0, 365)),
                hours=int(rng.choice([6, 7, 12, 17, 18, 19])),
                seconds=int(rng.integers(0, 3600)),
            )
            duration = float(np.clip(rng.normal(dur, dur * 0.3), 600, 4 * dur))
            v = speed * float(rng.normal(1, 0.08))
            strap = rng.random() < 0.7
            avg_hr = round(float(rng.normal(hr, 7))) if strap else None
            max_hr = int(avg_hr + rng.integers(12, 30)) if strap else None
            climb = None if indoor else round(float(rng.gamma(2, 20 if sport in ("RUNNING", "WALKING") else 120)), 1)
            manual = indoor and rng.random() < 0.5
            rows.append(
                {
                    "sport": sport,
                    "source": "MANUAL" if manual else "TRACK_MOBILE",
                    "start_time": start.strftime("%Y-%m-%d %H:%M:%S") + ".0",
                    "end_time": (start + pd.Timedelta(seconds=int(duration))).strftime("%Y-%m-%d %H:%M:%S") + ".0",
                    "duration_s": round(duration, 3),
                    "distance_km": None if indoor else round(v * duration / 3600, 3),
                    "calories_kcal": round(kcal * duration / 3600 * float(rng.uniform(0.85, 1.15)), 1),
                    "heart_rate_avg_bpm": avg_hr,
                    "heart_rate_max_bpm": max_hr,
                    "speed_avg_kmh": None if indoor else round(v, 2),
                    "speed_max_kmh": None if indoor else round(v * float(rng.uniform(1.3, 2.4)), 2),
                    "ascend_m": climb,
                    "descend_m": None if climb is None else round(climb * float(rng.uniform(0.8, 1.1)), 1),
                }
            )
    df = pd.DataFrame(rows).sort_values("start_time", kind="stable").reset_index(drop=True)
    for col in ("heart_rate_avg_bpm", "heart_rate_max_bpm"):
        df[col] = df[col].astype("Int64")
    return df


def _en_distance(d: pd.DataFrame, sports: tuple[str, ...]) -> float:
    return float(_n(d["distance_km"])[_text(d["sport"]).isin(sports)].sum())


def _en_year(d: pd.DataFrame) -> int:
    years = pd.to_datetime(_text(d["start_time"]).str.slice(0, 19), errors="coerce").dt.year
    return int(_top(years.value_counts()))


_EN_ID = ("sport", "start_time")
_EN_CYCLING = ("CYCLING_SPORT", "CYCLING_TRANSPORT", "MOUNTAIN_BIKING")
_ENDOMONDO_QS = [
    Q("which sport do i do the most", _lead(_named(lambda d: _top(_text(d["sport"]).value_counts()))), _EN_ID),
    Q(
        "how far have i run in total",
        _about(lambda d: _en_distance(d, ("RUNNING",))),
        ("distance_km", *_EN_ID),
    ),
    Q(
        "and cycling?",
        either(
            _about(lambda d: _en_distance(d, ("CYCLING_SPORT",))),
            _about(lambda d: _en_distance(d, _EN_CYCLING)),
            _about(lambda d: _en_distance(d, ("CYCLING_SPORT", "CYCLING_TRANSPORT"))),
        ),
        ("distance_km", *_EN_ID),
    ),
    Q(
        "what's my average heart rate on runs",
        _about(lambda d: float(_n(d["heart_rate_avg_bpm"])[_text(d["sport"]).eq("RUNNING")].mean())),
        ("heart_rate_avg_bpm", "heart_rate_max_bpm", *_EN_ID),
    ),
    Q(
        "do longer workouts burn more calories",
        corr_of(lambda d: _n(d["duration_s"]), lambda d: _n(d["calories_kcal"])),
        ("duration_s", "calories_kcal", *_EN_ID),
    ),
    Q("what year did i work out the most", _lead(_year(_en_year)), _EN_ID),
]


# --- 2. Backloggd game log export ----------------------------------------------------------------------------------

# platform: (weight, rating bonus, first release year)
_BL_PLATFORMS = {
    "PC": (34, 0.0, 1995),
    "Nintendo Switch": (22, 0.45, 2017),
    "PlayStation 4": (16, 0.0, 2013),
    "PlayStation 5": (10, 0.05, 2020),
    "Xbox One": (7, -0.25, 2013),
    "Game Boy Advance": (6, 0.1, 2001),
    "Nintendo 3DS": (5, 0.0, 2011),
}
# status: (weight, mean rating, hours lognormal mean, share with a finish date)
_BL_STATUS = {
    "Completed": (28, 3.8, 3.2, 0.93),
    "Played": (30, 3.2, 2.5, 0.3),
    "Abandoned": (10, 2.2, 1.5, 0.0),
    "Shelved": (8, 3.0, 1.9, 0.0),
    "Backlog": (24, 0.0, 0.0, 0.0),
}
_BL_FINISH = {2019: 0.1, 2020: 0.33, 2021: 0.16, 2022: 0.13, 2023: 0.15, 2024: 0.13}
_BL_WORDS_A = _split(
    "Hollow;Crimson;Silent;Star;Iron;Neon;Lost;Eternal;Shadow;Sky;Wild;Frozen;Golden;Broken;Last;Dark;Tiny;Super;"
    "Ancient;Final"
)
_BL_WORDS_B = _split(
    "Knight;Drift;Crown;Odyssey;Tactics;Legends;Garden;Frontier;Signal;Harbor;Dungeon;Rally;Saga;Protocol;Valley;"
    "Circuit;Requiem;Island;Quest;Engine"
)


def _backloggd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20302)
    titles: set[str] = set()
    rows = []
    plats = list(_BL_PLATFORMS)
    stats = list(_BL_STATUS)
    while len(rows) < 420:
        title = f"{_one(rng, _BL_WORDS_A)} {_one(rng, _BL_WORDS_B)}"
        if rng.random() < 0.25:
            title += str(_one(rng, [" II", " III", ": Remastered", " 2", ": Director's Cut"]))
        if title in titles:
            continue
        titles.add(title)
        plat = _one(rng, plats, [v[0] for v in _BL_PLATFORMS.values()])
        status = _one(rng, stats, [v[0] for v in _BL_STATUS.values()])
        _, bonus, first = _BL_PLATFORMS[plat]
        _, mean, hours, fin = _BL_STATUS[status]
        last = 2024 if plat not in ("Game Boy Advance", "Nintendo 3DS", "Xbox One") else 2019
        if plat == "Game Boy Advance":
            last = 2008
        release = int(rng.integers(first, last + 1))
        rating = None
        if status != "Backlog" and rng.random() < 0.82:
            rating = float(np.clip(np.round(2 * rng.normal(mean + bonus, 0.7)) / 2, 0.5, 5.0))
        played = None
        if status != "Backlog" and rng.random() < 0.85:
            played = round(float(rng.lognormal(hours, 0.7)), 1)
        finished = ""
        if rng.random() < fin:
            year = int(_one(rng, list(_BL_FINISH), list(_BL_FINISH.values())))
            year = max(year, release)
            if year <= 2024:
                day = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
                finished = day.strftime("%Y-%m-%d")
        review = ""
        if rating is not None and rng.random() < 0.08:
            review = str(_one(rng, ["a masterpiece", "too long, fun combat", "meh", "the ending!!", "great on the go"]))
        rows.append(
            {
                "Game": title,
                "Platform": plat,
                "Status": status,
                "Rating": rating,
                "Hours Played": played,
                "Date Finished": finished,
                "Release Year": release,
                "Review": review,
            }
        )
    return pd.DataFrame(rows)


def _bl_finish_years(d: pd.DataFrame, completed_only: bool) -> pd.Series:
    years = pd.to_datetime(_text(d["Date Finished"]), format="%Y-%m-%d", errors="coerce").dt.year
    if completed_only:
        years = years[_text(d["Status"]).eq("Completed")]
    return years.dropna().astype(int)


def _bl_top_year(d: pd.DataFrame, completed_only: bool = False) -> int:
    return int(_top(_bl_finish_years(d, completed_only).value_counts()))


def _bl_hours_that_year(d: pd.DataFrame, completed_only: bool) -> float:
    years = _bl_finish_years(d, completed_only)
    idx = years[years == _bl_top_year(d, completed_only)].index
    return float(_n(d["Hours Played"])[idx].sum())


def _bl_abandoned(d: pd.DataFrame, started_only: bool) -> float:
    status = _text(d["Status"])
    if started_only:
        status = status[status.ne("Backlog")]
    return float(status.eq("Abandoned").mean())


_BL_ID = ("Game", "Status")
_BACKLOGGD_QS = [
    Q("how many games have i completed", _count(lambda d: int(_text(d["Status"]).eq("Completed").sum())), _BL_ID),
    Q("what's my average rating", _about(lambda d: float(_n(d["Rating"]).mean())), ("Rating", *_BL_ID)),
    Q(
        "which platform do i rate highest on average",
        _lead(_named(lambda d: _top(_n(d["Rating"]).groupby(_text(d["Platform"])).mean()))),
        ("Platform", "Rating", *_BL_ID),
    ),
    Q(
        "what percent of games did i abandon",
        either(_share(lambda d: _bl_abandoned(d, False)), _share(lambda d: _bl_abandoned(d, True))),
        _BL_ID,
    ),
    Q(
        "which year did i finish the most games",
        _lead(either(_year(lambda d: _bl_top_year(d)), _year(lambda d: _bl_top_year(d, True)))),
        ("Date Finished", *_BL_ID),
    ),
    Q(
        "how many hours did i put into those",
        either(
            _about(lambda d: _bl_hours_that_year(d, False)),
            _about(lambda d: _bl_hours_that_year(d, True)),
        ),
        ("Hours Played", "Date Finished", *_BL_ID),
    ),
]


# --- 3. Tiller Money Foundation template: Transactions sheet -------------------------------------------------------

# account: (account #, institution, account id)
_TL_ACCOUNTS = {
    "Chase Checking": ("xxxx4821", "Chase", "5f1a9c33e0b2d47a8c116e20"),
    "Sapphire Preferred": ("xxxx9902", "Chase", "5f1a9c33e0b2d47a8c116e21"),
    "Costco Anywhere Visa": ("xxxx6645", "Citi", "60b7e2d14f8a3c92b0d55a17"),
    "Ally Savings": ("xxxx3317", "Ally Bank", "61c0a8f2d39e4b7c85e2f009"),
}
# category: (per month, mean, sd, [(description, full description)], account)
_TL_SPEND = {
    "Groceries": (
        9,
        88,
        38,
        [
            ("Safeway", "SAFEWAY #1551 SEATTLE WA"),
            ("Trader Joe's", "TRADER JOE S #131 QPS SEATTLE WA"),
            ("Costco", "COSTCO WHSE #0001 SEATTLE WA"),
        ],
        "Costco Anywhere Visa",
    ),
    "Restaurants": (
        8,
        41,
        18,
        [
            ("Din Tai Fung", "DIN TAI FUNG BELLEVUE WA"),
            ("Taco Time", "TACO TIME NW #2231 SEATTLE WA"),
            ("Paseo", "SQ *PASEO CARIBBEAN FOOD Seattle WA"),
        ],
        "Sapphire Preferred",
    ),
    "Coffee": (
        11,
        6.2,
        1.6,
        [("Starbucks", "STARBUCKS STORE 00312 SEATTLE WA"), ("Victrola", "SQ *VICTROLA COFFEE Seattle WA")],
        "Sapphire Preferred",
    ),
    "Gas": (
        3,
        54,
        12,
        [("Shell", "SHELL OIL 57444123 SEATTLE WA"), ("Costco Gas", "COSTCO GAS #0001 SEATTLE WA")],
        "Costco Anywhere Visa",
    ),
    "Shopping": (
        4,
        62,
        45,
        [
            ("Amazon", "AMZN Mktp US*2K4LM0PQ1 Amzn.com/bill WA"),
            ("REI", "REI #11 SEATTLE WA"),
            ("Target", "TARGET 00021345 SEATTLE WA"),
        ],
        "Sapphire Preferred",
    ),
    "Entertainment": (
        2,
        24,
        10,
        [("SIFF", "SIFF CINEMA EGYPTIAN SEATTLE WA"), ("Steam", "STEAMGAMES.COM 4259522985 WA")],
        "Sapphire Preferred",
    ),
}
_TL_TRIP = pd.Timestamp("2024-06-01")


def _tl_date(t: pd.Timestamp) -> str:
    return f"{t.month}/{t.day}/{t.year}"


def _tl_amount(x: float) -> str:
    return f"-${abs(x):,.2f}" if x < 0 else f"${x:,.2f}"


def _tiller_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20303)
    rows: list[dict] = []

    def add(day: pd.Timestamp, desc: str, cat: str, amount: float, account: str, full: str, check: str = "") -> None:
        acct, inst, acct_id = _TL_ACCOUNTS[account]
        week = day - pd.Timedelta(days=(day.dayofweek + 1) % 7)
        uncategorized = cat not in ("Transfer", "Paycheck", "Rent") and rng.random() < 0.04
        rows.append(
            {
                "Date": _tl_date(day),
                "Description": desc,
                "Category": "" if uncategorized else cat,
                "Amount": _tl_amount(round(amount, 2)),
                "Account": account,
                "Account #": acct,
                "Institution": inst,
                "Month": _tl_date(day.replace(day=1)),
                "Week": _tl_date(week),
                "Transaction ID": _chars(rng, "0123456789abcdef", 24),
                "Account ID": acct_id,
                "Check Number": check,
                "Full Description": full,
                "Date Added": _tl_date(day + pd.Timedelta(days=int(rng.integers(1, 4)))),
            }
        )

    check_no = 1041
    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        end = month + pd.offsets.MonthEnd(0)
        for day in (month + pd.Timedelta(days=14), end):
            add(
                day,
                "Acme Corp Payroll",
                "Paycheck",
                float(rng.normal(3240, 25)),
                "Chase Checking",
                "ACME CORP PAYROLL PPD ID: 9111111101",
            )
        add(month, f"Check {check_no}", "Rent", -2400.0, "Chase Checking", f"CHECK {check_no}", str(check_no))
        check_no += 1
        add(
            month + pd.Timedelta(days=17),
            "Seattle City Light",
            "Utilities",
            -float(rng.normal(88, 22)),
            "Chase Checking",
            "SEATTLE CITY LIGHT WEB PMTS PPD",
        )
        add(
            month + pd.Timedelta(days=9),
            "Comcast",
            "Utilities",
            -89.99,
            "Chase Checking",
            "COMCAST CABLE COMM 800-COMCAST WA",
        )
        add(
            month + pd.Timedelta(days=3),
            "Transfer to Ally Savings",
            "Transfer",
            -500.0,
            "Chase Checking",
            "ONLINE TRANSFER TO ALLY SAVINGS XXXXXX3317",
        )
        add(
            month + pd.Timedelta(days=4),
            "Transfer from Chase",
            "Transfer",
            500.0,
            "Ally Savings",
            "INTERNET TRANSFER FROM CHASE CHECKING",
        )
        card = {"Sapphire Preferred": 0.0, "Costco Anywhere Visa": 0.0}
        for cat, (per, mean, sd, merchants, account) in _TL_SPEND.items():
            for _ in range(int(rng.poisson(per))):
                amt = max(2.25, float(rng.normal(mean, sd)))
                day = month + pd.Timedelta(days=int(rng.integers(0, end.day)))
                desc, full = merchants[int(rng.integers(len(merchants)))]
                add(day, desc, cat, -amt, account, full)
                card[account] += amt
        trips = 0
        if month == _TL_TRIP:
            trips = 6
        elif rng.random() < 0.25:
            trips = 1
        for _ in range(trips):
            amt = float(rng.uniform(350, 900)) if month == _TL_TRIP else float(rng.uniform(120, 420))
            desc, full = _one(
                rng,
                [
                    ("Alaska Airlines", "ALASKA AIR 0272156 SEATTLE WA"),
                    ("Marriott", "MARRIOTT HONOLULU HI"),
                    ("Airbnb", "AIRBNB * HMQ2X4 AIRBNB.COM CA"),
                ],
            )
            day = month + pd.Timedelta(days=int(rng.integers(0, 20)))
            add(day, desc, "Travel", -amt, "Sapphire Preferred", full)
            card["Sapphire Preferred"] += amt
        for account, total in card.items():
            pay = end + pd.Timedelta(days=12)
            if pay > pd.Timestamp("2024-12-31"):
                continue
            add(
                pay,
                f"Payment to {account}",
                "Transfer",
                -total,
                "Chase Checking",
                f"PAYMENT TO {account.upper()} ONLINE",
            )
            add(pay, "Payment Thank You", "Transfer", total, account, "PAYMENT THANK YOU - WEB")
    df = pd.DataFrame(rows)
    df["_d"] = pd.to_datetime(df["Date"], format="%m/%d/%Y")
    return df.sort_values("_d", ascending=False, kind="stable").drop(columns="_d").reset_index(drop=True)


def _tl(d: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"date": _mdy(d["Date"]), "cat": _text(d["Category"]), "amt": _cash(d["Amount"])})


def _tl_cat_total(cat: str, year: int | None = None) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        t = _tl(d)
        m = t["cat"].eq(cat)
        if year is not None:
            m &= t["date"].dt.year.eq(year)
        return float(t["amt"][m].sum())

    return value


def _tl_spend(d: pd.DataFrame, transfers: bool) -> pd.Series:
    t = _tl(d)
    return (t["amt"] < 0) & (transfers | t["cat"].ne("Transfer"))


def _tl_peak(transfers: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        t, m = _tl(d), _tl_spend(d, transfers)
        return _peak_month(t["date"][m], -t["amt"][m])

    return value


def _tl_travel(transfers: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        t = _tl(d)
        month = _tl_peak(transfers)(d).to_period("M")
        return float(t["amt"][t["cat"].eq("Travel") & (t["date"].dt.to_period("M") == month)].sum())

    return value


def _tl_top_expense(d: pd.DataFrame) -> str:
    t = _tl(d)
    m = (t["amt"] < 0) & ~t["cat"].isin(["Transfer", ""])
    return _top(-t["amt"][m].groupby(t["cat"][m]).sum())


def _tl_restaurants_monthly(d: pd.DataFrame) -> float:
    t = _tl(d)
    months = t["date"].dt.to_period("M").nunique()
    return _tl_cat_total("Restaurants")(d) / months


_TL_ID = ("Date", "Description", "Category", "Amount", "Account", "Month")
_TILLER_QS = [
    Q("how much did i spend on groceries in 2024", _signed(_tl_cat_total("Groceries", 2024)), _TL_ID),
    Q("what's my biggest expense category", _lead(_named(_tl_top_expense)), _TL_ID),
    Q(
        "how many transactions still need a category",
        _count(lambda d: int(_text(d["Category"]).eq("").sum())),
        _TL_ID,
    ),
    Q("on average how much do i spend eating out per month", _signed(_tl_restaurants_monthly), _TL_ID),
    Q(
        "which month did i spend the most",
        _lead(either(_month_year(_tl_peak(False)), _month_year(_tl_peak(True)))),
        _TL_ID,
    ),
    Q("how much of that was travel", either(_signed(_tl_travel(False)), _signed(_tl_travel(True))), _TL_ID),
]


# --- 4. CMS Medicare Part D prescribers by provider and drug -------------------------------------------------------

# brand: (generic, cost per 30-day fill, weight in primary care, specialties that favour it)
_PD_DRUGS = {
    "Atorvastatin Calcium": ("Atorvastatin Calcium", 11.0, 10, ("Cardiology",)),
    "Lisinopril": ("Lisinopril", 7.5, 8, ("Cardiology",)),
    "Amlodipine Besylate": ("Amlodipine Besylate", 6.8, 8, ("Cardiology",)),
    "Losartan Potassium": ("Losartan Potassium", 9.2, 6, ("Cardiology",)),
    "Metformin Hcl": ("Metformin Hcl", 8.9, 7, ("Endocrinology",)),
    "Levothyroxine Sodium": ("Levothyroxine Sodium", 14.0, 6, ("Endocrinology",)),
    "Omeprazole": ("Omeprazole", 8.6, 6, ()),
    "Gabapentin": ("Gabapentin", 10.5, 5, ("Psychiatry",)),
    "Sertraline Hcl": ("Sertraline Hcl", 7.9, 4, ("Psychiatry",)),
    "Tamsulosin Hcl": ("Tamsulosin Hcl", 11.2, 4, ()),
    "Donepezil Hcl": ("Donepezil Hcl", 9.8, 2, ("Psychiatry",)),
    "Eliquis": ("Apixaban", 545.0, 6, ("Cardiology",)),
    "Xarelto": ("Rivaroxaban", 520.0, 3, ("Cardiology",)),
    "Entresto": ("Sacubitril/Valsartan", 590.0, 1.5, ("Cardiology",)),
    "Jardiance": ("Empagliflozin", 560.0, 3, ("Endocrinology",)),
    "Januvia": ("Sitagliptin Phosphate", 515.0, 2, ("Endocrinology",)),
    "Ozempic": ("Semaglutide", 890.0, 1.5, ("Endocrinology",)),
    "Trelegy Ellipta": ("Fluticasone/Umeclidin/Vilanter", 610.0, 2, ()),
}
# specialty: (weight, drugs per prescriber, claims scale)
_PD_TYPES = {
    "Internal Medicine": (34, 10, 1.0),
    "Family Practice": (25, 10, 0.95),
    "Nurse Practitioner": (19, 6, 0.6),
    "Physician Assistant": (8, 5, 0.5),
    "Cardiology": (8, 6, 1.1),
    "Endocrinology": (3, 5, 1.0),
    "Psychiatry": (3, 3, 0.8),
}
# state: (weight, FIPS, cities)
_PD_STATES = {
    "CA": (12, 6, ["Los Angeles", "San Diego", "Fresno", "Sacramento"]),
    "TX": (9, 48, ["Houston", "San Antonio", "Dallas", "El Paso"]),
    "FL": (9, 12, ["Miami", "Tampa", "Orlando", "Jacksonville"]),
    "NY": (7, 36, ["Brooklyn", "Bronx", "Rochester", "Buffalo"]),
    "PA": (5, 42, ["Philadelphia", "Pittsburgh", "Allentown"]),
    "OH": (4, 39, ["Columbus", "Cleveland", "Cincinnati"]),
    "WA": (3, 53, ["Seattle", "Spokane", "Tacoma"]),
    "AL": (2, 1, ["Birmingham", "Mobile", "Huntsville"]),
}
_PD_LAST = _split(
    "Smith;Johnson;Patel;Nguyen;Garcia;Kim;Williams;Brown;Shah;Lee;Rodriguez;Cohen;Miller;Davis;Chen;Martinez;"
    "Wilson;Anderson;Thomas;Khan;Hernandez;Moore;Jackson;O'Brien;Singh;Lopez;Gonzalez;Clark;Lewis;Walker"
)
_PD_FIRST = _split(
    "Michael;David;Jennifer;Maria;James;Priya;Robert;Linda;Sarah;John;Susan;Ahmed;Wei;Elizabeth;Daniel;Karen;"
    "Thomas;Angela;Raj;Lisa;Christopher;Nancy;Kevin;Michelle"
)


def _partd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20304)
    brands = list(_PD_DRUGS)
    rows = []
    npis: set[int] = set()
    while len(npis) < 430:
        npi = int(rng.integers(1_003_000_000, 1_993_999_999))
        if npi in npis:
            continue
        npis.add(npi)
        spec = _one(rng, list(_PD_TYPES), [v[0] for v in _PD_TYPES.values()])
        _, k, scale = _PD_TYPES[spec]
        state = _one(rng, list(_PD_STATES), [v[0] for v in _PD_STATES.values()])
        _, fips, cities = _PD_STATES[state]
        city = _one(rng, cities)
        last, first = _one(rng, _PD_LAST), _one(rng, _PD_FIRST)
        w = np.array(
            [
                v[2]
                * (8 if spec in v[3] else (1 if spec not in ("Cardiology", "Endocrinology", "Psychiatry") else 0.05))
                for v in _PD_DRUGS.values()
            ]
        )
        picks = rng.choice(
            len(brands), size=min(len(brands), max(2, int(rng.poisson(k)))), replace=False, p=w / w.sum()
        )
        for i in sorted(picks, key=lambda j: brands[j]):
            brand = brands[i]
            generic, cost, _, _ = _PD_DRUGS[brand]
            claims = 11 + int(rng.lognormal(3.2, 0.9) * scale)
            fills = round(claims * float(rng.uniform(1.0, 2.2)), 1)
            supply = int(fills * 30 * float(rng.uniform(0.95, 1.02)))
            total = round(fills * cost * float(rng.uniform(0.8, 1.2)), 2)
            benes = int(claims / float(rng.uniform(2.0, 6.0)))
            old = float(rng.uniform(0.55, 0.97))
            ge_claims = round(claims * old)
            if ge_claims < 11:
                flag = "*"
            elif claims - ge_claims < 11 and ge_claims < claims and rng.random() < 0.2:
                flag = "#"
            else:
                flag = ""
            ge_benes = int(benes * old)
            rows.append(
                {
                    "Prscrbr_NPI": npi,
                    "Prscrbr_Last_Org_Name": last,
                    "Prscrbr_First_Name": first,
                    "Prscrbr_City": city,
                    "Prscrbr_State_Abrvtn": state,
                    "Prscrbr_State_FIPS": fips,
                    "Prscrbr_Type": spec,
                    "Prscrbr_Type_Src": "S",
                    "Brnd_Name": brand,
                    "Gnrc_Name": generic,
                    "Tot_Clms": claims,
                    "Tot_30day_Fills": fills,
                    "Tot_Day_Suply": supply,
                    "Tot_Drug_Cst": total,
                    "Tot_Benes": benes if benes >= 11 else None,
                    "GE65_Sprsn_Flag": flag,
                    "GE65_Tot_Clms": None if flag else ge_claims,
                    "GE65_Tot_30day_Fills": None if flag else round(fills * old, 1),
                    "GE65_Tot_Drug_Cst": None if flag else round(total * old, 2),
                    "GE65_Tot_Day_Suply": None if flag else int(supply * old),
                    "GE65_Bene_Sprsn_Flag": "*" if ge_benes < 11 else "",
                    "GE65_Tot_Benes": ge_benes if ge_benes >= 11 else None,
                }
            )
    df = pd.DataFrame(rows)
    for col in ("Tot_Benes", "GE65_Tot_Clms", "GE65_Tot_Day_Suply", "GE65_Tot_Benes"):
        df[col] = df[col].astype("Int64")
    return df


def _pd_top_cost(d: pd.DataFrame) -> str:
    return _top(_n(d["Tot_Drug_Cst"]).groupby(_text(d["Brnd_Name"])).sum())


def _pd_top_cost_generic(d: pd.DataFrame) -> str:
    return _top(_n(d["Tot_Drug_Cst"]).groupby(_text(d["Gnrc_Name"])).sum())


def _pd_eliquis(d: pd.DataFrame, per_row: bool) -> float:
    m = _text(d["Brnd_Name"]).eq("Eliquis")
    cost, claims = _n(d["Tot_Drug_Cst"])[m], _n(d["Tot_Clms"])[m]
    return float((cost / claims).mean()) if per_row else float(cost.sum() / claims.sum())


_PD_ID = ("Prscrbr_NPI", "Brnd_Name", "Gnrc_Name")
_PARTD_QS = [
    Q(
        "which drug costs medicare the most in total",
        _lead(_named_any(_pd_top_cost, _pd_top_cost_generic)),
        ("Tot_Drug_Cst", *_PD_ID),
    ),
    Q(
        "how many different prescribers are in here",
        _count(lambda d: int(d["Prscrbr_NPI"].nunique())),
        ("Prscrbr_NPI", "Prscrbr_Last_Org_Name", "Prscrbr_First_Name"),
    ),
    Q(
        "total claims for atorvastatin",
        _count(lambda d: int(_n(d["Tot_Clms"])[_text(d["Gnrc_Name"]).eq("Atorvastatin Calcium")].sum())),
        ("Tot_Clms", *_PD_ID),
    ),
    Q(
        "which kind of doctor writes the most prescriptions",
        _lead(
            _named_any(
                lambda d: _top(_n(d["Tot_Clms"]).groupby(_text(d["Prscrbr_Type"])).sum()),
                lambda d: _top(_text(d["Prscrbr_Type"]).value_counts()),
            )
        ),
        ("Prscrbr_Type", "Tot_Clms", "Tot_30day_Fills", "Prscrbr_NPI"),
    ),
    Q(
        "what's the average cost per claim for eliquis",
        either(_about(lambda d: _pd_eliquis(d, False)), _about(lambda d: _pd_eliquis(d, True))),
        ("Tot_Drug_Cst", "Tot_Clms", *_PD_ID),
    ),
    Q(
        "how many rows have the 65 and older numbers hidden",
        either(
            _count(lambda d: int(_text(d["GE65_Sprsn_Flag"]).ne("").sum())),
            _count(lambda d: int(_text(d["GE65_Sprsn_Flag"]).eq("*").sum())),
        ),
        ("GE65_Sprsn_Flag", "GE65_Tot_Clms", "GE65_Bene_Sprsn_Flag", "GE65_Tot_Benes", *_PD_ID),
    ),
]


# --- 5. Washington State Electric Vehicle Population Data ----------------------------------------------------------

_WA_BEV = "Battery Electric Vehicle (BEV)"
_WA_PHEV = "Plug-in Hybrid Electric Vehicle (PHEV)"
_WA_ELIGIBLE = "Clean Alternative Fuel Vehicle Eligible"
_WA_LOW = "Not eligible due to low battery range"
_WA_UNKNOWN = "Eligibility unknown as battery range has not been researched"
# (make, model): (weight, type, first year, last year, range until 2020, VIN prefix, MSRP when listed)
_WA_MODELS = {
    ("TESLA", "MODEL Y"): (20, _WA_BEV, 2020, 2024, 291, "7SAYGDEE", 0),
    ("TESLA", "MODEL 3"): (17, _WA_BEV, 2017, 2024, 220, "5YJ3E1EA", 0),
    ("TESLA", "MODEL S"): (4, _WA_BEV, 2012, 2024, 208, "5YJSA1E2", 69900),
    ("TESLA", "MODEL X"): (3, _WA_BEV, 2016, 2024, 238, "5YJXCAE2", 0),
    ("NISSAN", "LEAF"): (8, _WA_BEV, 2011, 2024, 84, "1N4AZ0CP", 0),
    ("CHEVROLET", "BOLT EV"): (6, _WA_BEV, 2017, 2023, 238, "1G1FY6S0", 0),
    ("CHEVROLET", "VOLT"): (3, _WA_PHEV, 2011, 2019, 38, "1G1RC6S5", 0),
    ("TOYOTA", "RAV4 PRIME"): (4, _WA_PHEV, 2021, 2024, 42, "JTMAB3FV", 0),
    ("TOYOTA", "PRIUS PRIME"): (3, _WA_PHEV, 2017, 2024, 25, "JTDKARFP", 0),
    ("FORD", "MUSTANG MACH-E"): (4, _WA_BEV, 2021, 2024, 0, "3FMTK3SU", 0),
    ("FORD", "FUSION"): (2, _WA_PHEV, 2013, 2020, 19, "3FA6P0SU", 0),
    ("KIA", "NIRO"): (4, _WA_BEV, 2019, 2024, 239, "KNDCC3LG", 0),
    ("BMW", "X5"): (2, _WA_PHEV, 2016, 2024, 14, "5UXTA6C0", 0),
    ("JEEP", "WRANGLER"): (2.5, _WA_PHEV, 2021, 2024, 21, "1C4JJXP6", 0),
    ("RIVIAN", "R1S"): (2, _WA_BEV, 2022, 2024, 0, "7PDSGABA", 0),
    ("VOLKSWAGEN", "ID.4"): (3, _WA_BEV, 2021, 2024, 0, "1V2GNPE8", 0),
    ("HYUNDAI", "IONIQ 5"): (2.5, _WA_BEV, 2022, 2024, 0, "KM8KRDAF", 0),
}
_WA_YEAR_W = {y: w for y, w in zip(range(2011, 2025), [1, 1, 2, 2, 3, 3, 5, 8, 7, 7, 12, 16, 22, 14], strict=True)}
# county: (weight, [(city, postal code, legislative district, lng, lat)], utility, tract prefix)
_WA_COUNTIES = {
    "King": (
        52,
        [
            ("Seattle", 98115, 46, -122.30, 47.68),
            ("Seattle", 98103, 43, -122.34, 47.67),
            ("Bellevue", 98004, 48, -122.20, 47.61),
            ("Redmond", 98052, 45, -122.12, 47.67),
            ("Kirkland", 98033, 48, -122.19, 47.68),
            ("Kent", 98031, 33, -122.20, 47.40),
        ],
        "PUGET SOUND ENERGY INC||CITY OF TACOMA - (WA)",
        "53033",
    ),
    "Snohomish": (
        12,
        [
            ("Bothell", 98012, 21, -122.21, 47.84),
            ("Everett", 98201, 38, -122.20, 47.99),
            ("Lynnwood", 98036, 32, -122.29, 47.82),
        ],
        "PUGET SOUND ENERGY INC",
        "53061",
    ),
    "Pierce": (
        8,
        [("Tacoma", 98406, 27, -122.50, 47.26), ("Puyallup", 98374, 25, -122.29, 47.15)],
        "BONNEVILLE POWER ADMINISTRATION||CITY OF TACOMA - (WA)",
        "53053",
    ),
    "Clark": (
        6,
        [("Vancouver", 98683, 17, -122.51, 45.61), ("Camas", 98607, 18, -122.40, 45.59)],
        "BONNEVILLE POWER ADMINISTRATION||PUD NO 1 OF CLARK COUNTY - (WA)",
        "53011",
    ),
    "Thurston": (
        4,
        [("Olympia", 98501, 22, -122.89, 47.02), ("Lacey", 98516, 22, -122.78, 47.08)],
        "PUGET SOUND ENERGY INC",
        "53067",
    ),
    "Kitsap": (
        3.5,
        [("Bainbridge Island", 98110, 23, -122.52, 47.63), ("Poulsbo", 98370, 23, -122.64, 47.74)],
        "PUGET SOUND ENERGY INC",
        "53035",
    ),
    "Spokane": (2.5, [("Spokane", 99223, 4, -117.36, 47.61)], "MODERN ELECTRIC WATER COMPANY", "53063"),
    "Whatcom": (2.5, [("Bellingham", 98225, 42, -122.49, 48.75)], "PUGET SOUND ENERGY INC", "53073"),
}


def _ev_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20305)
    models = list(_WA_MODELS)
    counties = list(_WA_COUNTIES)
    rows = []
    for _ in range(4000):
        make, model = _one(rng, models, [v[0] for v in _WA_MODELS.values()])
        _, kind, first, last, rng_until, vin, msrp = _WA_MODELS[(make, model)]
        years = list(range(first, last + 1))
        year = int(_one(rng, years, [_WA_YEAR_W[y] for y in years]))
        if make == "KIA" and rng.random() < 0.4:
            kind, rng_until = _WA_PHEV, 26
        erange = rng_until if (kind == _WA_PHEV or year <= 2020) else 0
        if make == "TESLA" and model == "MODEL 3" and year <= 2020:
            erange = int(_one(rng, [215, 220, 240, 266, 308, 322]))
        if kind == _WA_BEV:
            elig = _WA_ELIGIBLE if erange > 0 else _WA_UNKNOWN
        else:
            elig = _WA_ELIGIBLE if erange >= 30 else _WA_LOW
        if rng.random() < 0.004:
            state, county, city, postal, district = "CA", "San Diego", "San Diego", 92101, None
            lng, lat, utility, tract = -117.16, 32.72, "", "6073005100"
        else:
            state = "WA"
            county = _one(rng, counties, [v[0] for v in _WA_COUNTIES.values()])
            _, places, utility, prefix = _WA_COUNTIES[county]
            city, postal, district, lng, lat = places[int(rng.integers(len(places)))]
            tract = prefix + f"{int(rng.integers(100, 99999)):06d}"
        rows.append(
            {
                "VIN (1-10)": vin + _chars(rng, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 2),
                "County": county,
                "City": city,
                "State": state,
                "Postal Code": postal,
                "Model Year": year,
                "Make": make,
                "Model": model,
                "Electric Vehicle Type": kind,
                "Clean Alternative Fuel Vehicle (CAFV) Eligibility": elig,
                "Electric Range": erange,
                "Base MSRP": msrp if (msrp and year <= 2019) else 0,
                "Legislative District": district,
                "DOL Vehicle ID": int(rng.integers(100_000_000, 480_000_000)),
                "Vehicle Location": f"POINT ({lng + rng.normal(0, 0.02):.5f} {lat + rng.normal(0, 0.02):.5f})",
                "Electric Utility": utility,
                "2020 Census Tract": tract,
            }
        )
    df = pd.DataFrame(rows)
    df["Legislative District"] = df["Legislative District"].astype("Int64")
    return df


def _wa_tesla_range(d: pd.DataFrame, zeros: bool) -> float:
    r = _n(d["Electric Range"])[_text(d["Make"]).str.upper().eq("TESLA")]
    return float(r.mean() if zeros else r[r > 0].mean())


def _wa_new(d: pd.DataFrame) -> pd.Series:
    return _n(d["Model Year"]) >= 2023


_WA_ID = ("VIN (1-10)", "DOL Vehicle ID")
_WA_TYPE = ("Electric Vehicle Type", "Model Year", *_WA_ID)
_EV_QS = [
    Q(
        "what's the most common ev brand",
        _lead(_named(lambda d: _top(_text(d["Make"]).value_counts()))),
        ("Make", *_WA_ID),
    ),
    Q(
        "what share of them are plug-in hybrids",
        _share(lambda d: float(_text(d["Electric Vehicle Type"]).str.contains("PHEV").mean())),
        _WA_TYPE,
    ),
    Q(
        "average electric range for teslas",
        either(_about(lambda d: _wa_tesla_range(d, True)), _about(lambda d: _wa_tesla_range(d, False))),
        ("Make", "Electric Range", *_WA_ID),
    ),
    Q(
        "which county has the most evs",
        _lead(_named(lambda d: _top(_text(d["County"]).value_counts()))),
        ("County", *_WA_ID),
    ),
    Q("how many cars are 2023 models or newer", _count(lambda d: int(_wa_new(d).sum())), ("Model Year", *_WA_ID)),
    Q(
        "and how many of those are fully electric",
        _count(lambda d: int((_wa_new(d) & _text(d["Electric Vehicle Type"]).str.contains("BEV")).sum())),
        _WA_TYPE,
    ),
]


# --- 6. NYC Citywide Payroll Data ----------------------------------------------------------------------------------

# agency: (weight, payroll number, [(title, weight, pay basis, rate low, rate high, OT hours mean)])
_NY_AGENCIES = {
    "POLICE DEPARTMENT": (
        26,
        56,
        [
            ("POLICE OFFICER", 70, "per Annum", 42500, 92073, 420),
            ("SERGEANT", 12, "per Annum", 109000, 121000, 380),
            ("SCHOOL SAFETY AGENT", 18, "per Annum", 38000, 51000, 120),
        ],
    ),
    "FIRE DEPARTMENT": (
        12,
        57,
        [
            ("FIREFIGHTER", 70, "per Annum", 45000, 85000, 360),
            ("EMERGENCY MEDICAL SPECIALIST-EMT", 30, "per Annum", 39000, 59000, 300),
        ],
    ),
    "DEPT OF ED PEDAGOGICAL": (
        24,
        740,
        [("TEACHER", 80, "per Annum", 61000, 128000, 0), ("TEACHER- PER SESSION", 20, "per Day", 180, 230, 0)],
    ),
    "DEPARTMENT OF SANITATION": (10, 827, [("SANITATION WORKER", 100, "per Annum", 42000, 86000, 260)]),
    "DEPT OF PARKS & RECREATION": (
        10,
        846,
        [
            ("CITY PARK WORKER", 45, "per Annum", 38000, 46000, 40),
            ("CITY SEASONAL AIDE", 55, "per Hour", 15.5, 18.5, 5),
        ],
    ),
    "HRA/DEPT OF SOCIAL SERVICES": (
        12,
        69,
        [
            ("JOB OPPORTUNITY SPECIALIST", 55, "per Annum", 42000, 62000, 30),
            ("CLERICAL ASSOCIATE", 45, "per Annum", 36000, 50000, 15),
        ],
    ),
    "BOARD OF ELECTION POLL WORKERS": (6, 300, [("ELECTION WORKER", 100, "per Day", 250, 250, 0)]),
}
_NY_BOROUGHS = {"MANHATTAN": 34, "BROOKLYN": 24, "QUEENS": 20, "BRONX": 15, "RICHMOND": 5, "OTHER": 1, "": 1}
_NY_LAST = _split(
    "RODRIGUEZ;SMITH;WILLIAMS;JOHNSON;GARCIA;BROWN;JONES;MARTINEZ;DAVIS;NGUYEN;LEE;COHEN;O'CONNOR;MURPHY;PEREZ;"
    "CHEN;ROSARIO;SANTIAGO;WASHINGTON;KHAN;RIVERA;TORRES;GREENBERG;MCCARTHY;ALI;PATEL;DIAZ;REYES;KELLY;WONG"
)
_NY_FIRST = _split(
    "JOSE;MICHAEL;MARIA;JOHN;JENNIFER;DAVID;ANGELA;CHRISTOPHER;LISA;KEVIN;TANISHA;ROBERT;MICHELLE;LUIS;PATRICK;"
    "ANTHONY;KAREN;DANIEL;JESSICA;MOHAMMED;WEI;CARMEN;JAMES;NICOLE"
)


def _payroll_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20306)
    agencies = list(_NY_AGENCIES)
    rows = []
    for _ in range(1500):
        agency = _one(rng, agencies, [v[0] for v in _NY_AGENCIES.values()])
        _, payroll_no, titles = _NY_AGENCIES[agency]
        title, _, basis, low, high, ot_mean = titles[int(_one(rng, list(range(len(titles))), [t[1] for t in titles]))]
        start = pd.Timestamp("1990-01-01") + pd.Timedelta(days=int(rng.integers(0, 11800)))
        tenure = min(1.0, (pd.Timestamp("2022-06-30") - start).days / 365 / 12)
        rate = low + (high - low) * max(0.0, min(1.0, tenure + float(rng.normal(0, 0.1))))
        rate = round(rate, 2)
        last, first = _one(rng, _NY_LAST), _one(rng, _NY_FIRST)
        mid = str(_one(rng, ["", "", "", "A", "J", "M", "R", "L"]))
        borough = _one(rng, list(_NY_BOROUGHS), list(_NY_BOROUGHS.values()))
        years = [2022, 2023] if rng.random() < 0.85 else [int(_one(rng, [2022, 2023]))]
        for fy in years:
            raise_ = 1.0 if fy == 2022 else 1.03
            base = round(rate * raise_, 2)
            status = "ACTIVE"
            if basis == "per Hour":
                status = "SEASONAL"
            elif rng.random() < 0.05:
                status = str(_one(rng, ["CEASED", "ON LEAVE", "ON SEPARATION LEAVE"]))
            part = 1.0 if status == "ACTIVE" else float(rng.uniform(0.2, 0.9))
            if basis == "per Annum":
                reg_hours = round(
                    1820 * part
                    if agency not in ("POLICE DEPARTMENT", "FIRE DEPARTMENT", "DEPARTMENT OF SANITATION")
                    else 2080 * part,
                    2,
                )
                reg_paid = base * part * float(rng.uniform(0.92, 1.0))
            elif basis == "per Hour":
                reg_hours = round(float(rng.uniform(120, 700)), 2)
                reg_paid = base * reg_hours
            else:
                reg_hours = 0.0
                reg_paid = base * int(rng.integers(2, 60 if title.startswith("TEACHER") else 6))
            if rng.random() < 0.01:
                reg_paid = -float(rng.uniform(20, 600))
            ot_hours = round(max(0.0, float(rng.normal(ot_mean, ot_mean * 0.5))) * part, 2) if ot_mean else 0.0
            hourly = base / 2080 if basis == "per Annum" else base
            ot_paid = round(ot_hours * hourly * 1.5, 2) if basis != "per Day" else 0.0
            other = round(float(rng.choice([0.0, rng.uniform(100, 6000)], p=[0.45, 0.55])), 2)
            rows.append(
                {
                    "Fiscal Year": fy,
                    "Payroll Number": payroll_no,
                    "Agency Name": agency,
                    "Last Name": last,
                    "First Name": first,
                    "Mid Init": mid,
                    "Agency Start Date": start.strftime("%m/%d/%Y"),
                    "Work Location Borough": borough,
                    "Title Description": title,
                    "Leave Status as of June 30": status,
                    "Base Salary": base,
                    "Pay Basis": basis,
                    "Regular Hours": reg_hours,
                    "Regular Gross Paid": round(reg_paid, 2),
                    "OT Hours": ot_hours,
                    "Total OT Paid": ot_paid,
                    "Total Other Pay": other,
                }
            )
    return pd.DataFrame(rows).sort_values(["Fiscal Year", "Agency Name"], kind="stable").reset_index(drop=True)


_NY_PERSON = ["Last Name", "First Name", "Mid Init", "Agency Start Date", "Agency Name"]


def _ny_people(d: pd.DataFrame, mask: pd.Series) -> int:
    return int(d.loc[mask, _NY_PERSON].astype("string").fillna("").drop_duplicates().shape[0])


def _ny_fy23(d: pd.DataFrame, cols: tuple[str, ...]) -> float:
    m = _n(d["Fiscal Year"]).eq(2023)
    return float(sum(_n(d[c])[m].sum() for c in cols))


def _ny_heavy(d: pd.DataFrame) -> pd.Series:
    return _n(d["OT Hours"]) > 500


_NY_ID = ("Fiscal Year", "Agency Name", "Last Name", "First Name", "Title Description")
_NY_PAY = ("Regular Gross Paid", "Total OT Paid", "Total Other Pay", "Base Salary")
_PAYROLL_QS = [
    Q(
        "which agency pays the most overtime",
        _lead(_named(lambda d: _top(_n(d["Total OT Paid"]).groupby(_text(d["Agency Name"])).sum()))),
        ("Total OT Paid", "OT Hours", *_NY_ID),
    ),
    Q(
        "average base salary for police officers",
        either(
            _about(lambda d: float(_n(d["Base Salary"])[_text(d["Title Description"]).eq("POLICE OFFICER")].mean())),
            _about(
                lambda d: float(
                    _n(d["Base Salary"])[
                        _text(d["Title Description"]).eq("POLICE OFFICER") & _n(d["Fiscal Year"]).eq(2023)
                    ].mean()
                )
            ),
        ),
        ("Base Salary", "Pay Basis", *_NY_ID),
    ),
    Q(
        "how many people are paid by the hour",
        either(
            _count(lambda d: int(_text(d["Pay Basis"]).eq("per Hour").sum())),
            _count(lambda d: _ny_people(d, _text(d["Pay Basis"]).eq("per Hour"))),
            _count(lambda d: int((_text(d["Pay Basis"]).eq("per Hour") & _n(d["Fiscal Year"]).eq(2023)).sum())),
        ),
        ("Pay Basis", *_NY_ID),
    ),
    Q(
        "what was the total payroll in fiscal 2023",
        either(
            _money(lambda d: _ny_fy23(d, ("Regular Gross Paid",))),
            _money(lambda d: _ny_fy23(d, ("Regular Gross Paid", "Total OT Paid", "Total Other Pay"))),
            _money(lambda d: _ny_fy23(d, ("Regular Gross Paid", "Total OT Paid"))),
        ),
        (*_NY_PAY, *_NY_ID),
    ),
    Q(
        "how many employees worked more than 500 hours of overtime",
        either(_count(lambda d: int(_ny_heavy(d).sum())), _count(lambda d: _ny_people(d, _ny_heavy(d)))),
        ("OT Hours", *_NY_ID),
    ),
    Q(
        "which agency are most of them in",
        _lead(_named(lambda d: _top(_text(d["Agency Name"])[_ny_heavy(d)].value_counts()))),
        ("OT Hours", *_NY_ID),
    ),
]


# --- 7. Seattle Public Library checkouts by title ------------------------------------------------------------------

# (title, subtitle, author first, author last, publication year, subjects, print publisher, popularity, formats)
_SPL_TITLES = [
    (
        "Lessons in Chemistry",
        "A Novel",
        "Bonnie",
        "Garmus",
        2022,
        "Fiction, Literature, Historical Fiction",
        "Doubleday,",
        46,
        "BEA",
    ),
    ("It Ends with Us", "A Novel", "Colleen", "Hoover", 2016, "Fiction, Romance", "Atria Books,", 34, "BEA"),
    ("It Starts with Us", "A Novel", "Colleen", "Hoover", 2022, "Fiction, Romance", "Atria Books,", 30, "BEA"),
    ("Verity", "", "Colleen", "Hoover", 2018, "Fiction, Thriller, Romance", "Grand Central Publishing,", 26, "BE"),
    (
        "Tomorrow, and Tomorrow, and Tomorrow",
        "A Novel",
        "Gabrielle",
        "Zevin",
        2022,
        "Fiction, Literature",
        "Alfred A. Knopf,",
        38,
        "BEA",
    ),
    ("Demon Copperhead", "A Novel", "Barbara", "Kingsolver", 2022, "Fiction, Literature", "Harper,", 33, "BEA"),
    ("The Midnight Library", "A Novel", "Matt", "Haig", 2020, "Fiction, Fantasy, Literature", "Viking,", 25, "BEA"),
    ("Remarkably Bright Creatures", "A Novel", "Shelby", "Van Pelt", 2022, "Fiction, Literature", "Ecco,", 29, "BEA"),
    (
        "Atomic Habits",
        "An Easy & Proven Way to Build Good Habits & Break Bad Ones",
        "James",
        "Clear",
        2018,
        "Self-Improvement, Nonfiction",
        "Avery,",
        27,
        "BEA",
    ),
    (
        "Educated",
        "A Memoir",
        "Tara",
        "Westover",
        2018,
        "Biography & Autobiography, Nonfiction",
        "Random House,",
        16,
        "BEA",
    ),
    ("The Silent Patient", "", "Alex", "Michaelides", 2019, "Fiction, Mystery, Thriller", "Celadon Books,", 17, "BEA"),
    ("Normal People", "A Novel", "Sally", "Rooney", 2019, "Fiction, Literature", "Hogarth,", 12, "BEA"),
    (
        "The Testaments",
        "",
        "Margaret",
        "Atwood",
        2019,
        "Fiction, Science Fiction, Literature",
        "Nan A. Talese/Doubleday,",
        11,
        "BEA",
    ),
    (
        "Where the Crawdads Sing",
        "",
        "Delia",
        "Owens",
        2018,
        "Fiction, Literature, Mystery",
        "G.P. Putnam's Sons,",
        19,
        "BEA",
    ),
    (
        "Braiding Sweetgrass",
        "Indigenous Wisdom, Scientific Knowledge and the Teachings of Plants",
        "Robin Wall",
        "Kimmerer",
        2013,
        "Nature, Science, Nonfiction",
        "Milkweed Editions,",
        21,
        "BEA",
    ),
    (
        "Spare",
        "",
        "Prince Harry",
        "Duke of Sussex",
        2023,
        "Biography & Autobiography, Nonfiction",
        "Random House,",
        24,
        "BEA",
    ),
    ("Fourth Wing", "", "Rebecca", "Yarros", 2023, "Fiction, Fantasy, Romance", "Entangled Publishing,", 26, "BEA"),
    ("Project Hail Mary", "A Novel", "Andy", "Weir", 2021, "Fiction, Science Fiction", "Ballantine Books,", 18, "BEA"),
    (
        "Klara and the Sun",
        "A Novel",
        "Kazuo",
        "Ishiguro",
        2021,
        "Fiction, Literature, Science Fiction",
        "Alfred A. Knopf,",
        12,
        "BEA",
    ),
    (
        "The Seven Husbands of Evelyn Hugo",
        "A Novel",
        "Taylor Jenkins",
        "Reid",
        2017,
        "Fiction, Historical Fiction, Romance",
        "Atria Books,",
        21,
        "BEA",
    ),
    ("Such a Fun Age", "", "Kiley", "Reid", 2019, "Fiction, Literature", "G.P. Putnam's Sons,", 9, "BE"),
    (
        "Dog Man. Twenty Thousand Fleas Under the Sea",
        "",
        "Dav",
        "Pilkey",
        2023,
        "Juvenile Fiction, Comic and Graphic Books",
        "Graphix,",
        20,
        "B",
    ),
    (
        "The Covenant of Water",
        "",
        "Abraham",
        "Verghese",
        2023,
        "Fiction, Historical Fiction, Literature",
        "Grove Press,",
        22,
        "BEA",
    ),
    ("Hello Beautiful", "A Novel", "Ann", "Napolitano", 2023, "Fiction, Literature", "The Dial Press,", 17, "BEA"),
    (
        "The Body Keeps the Score",
        "Brain, Mind, and Body in the Healing of Trauma",
        "Bessel",
        "van der Kolk",
        2014,
        "Psychology, Nonfiction",
        "Viking,",
        15,
        "BEA",
    ),
]
_SPL_PRINT_FMT = ["[{y}]", "{y}.", "c{y}.", "[{y}]"]
_SPL_SEASON = [1.15, 1.0, 1.0, 0.95, 0.9, 1.0, 1.2, 1.1, 0.9, 0.95, 0.95, 1.05]


def _spl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20307)
    rows = []
    fmts = {
        "B": ("Physical", "Horizon", "BOOK", 1.0),
        "E": ("Digital", "OverDrive", "EBOOK", 1.3),
        "A": ("Digital", "OverDrive", "AUDIOBOOK", 0.9),
    }
    for title, sub, first, last, year, subjects, pub, pop, have in _SPL_TITLES:
        isbn = f"97805{int(rng.integers(10_000_000, 99_999_999))}"
        pstyle = _SPL_PRINT_FMT[int(rng.integers(len(_SPL_PRINT_FMT)))]
        for code in have:
            usage, ctype, mat, boost = fmts[code]
            if code == "B":
                shown = title[0] + title[1:].lower() if " " in title else title
                t = f"{shown} : {sub.lower()} / {first} {last}." if sub else f"{shown} / {first} {last}."
                creator, publisher, py, i = f"{last}, {first}", pub, pstyle.format(y=year), ""
            else:
                t = f"{title}: {sub}" if sub else title
                if code == "A" and rng.random() < 0.6:
                    t += " (unabridged)"
                creator, py, i = f"{first} {last}", str(year), isbn
                publisher = "Books on Tape" if code == "A" else "Penguin Random House LLC"
            for cy in (2022, 2023):
                for cm in range(1, 13):
                    if cy < year or (cy == year and cm < 3):
                        continue
                    age = (cy - year) * 12 + cm
                    fresh = 1.6 if age < 18 else 1.0
                    lam = pop * boost * fresh * _SPL_SEASON[cm - 1] * (1.05 if cy == 2023 else 1.0)
                    k = int(rng.poisson(lam))
                    if k == 0:
                        continue
                    rows.append(
                        {
                            "UsageClass": usage,
                            "CheckoutType": ctype if not (code == "E" and rng.random() < 0.04) else "Hoopla",
                            "MaterialType": mat,
                            "CheckoutYear": cy,
                            "CheckoutMonth": cm,
                            "Checkouts": k,
                            "Title": t,
                            "ISBN": i,
                            "Creator": creator,
                            "Subjects": subjects,
                            "Publisher": publisher,
                            "PublicationYear": py,
                        }
                    )
    for cy in (2022, 2023):
        for cm in range(1, 13):
            for t in ("Top Gun. Maverick [videorecording]", "Everything everywhere all at once [videorecording]"):
                rows.append(
                    {
                        "UsageClass": "Physical",
                        "CheckoutType": "Horizon",
                        "MaterialType": "VIDEODISC",
                        "CheckoutYear": cy,
                        "CheckoutMonth": cm,
                        "Checkouts": int(rng.poisson(14)),
                        "Title": t,
                        "ISBN": "",
                        "Creator": "",
                        "Subjects": "Feature films, Fiction films",
                        "Publisher": "Paramount," if t.startswith("Top") else "Lionsgate,",
                        "PublicationYear": "[2022]",
                    }
                )
    df = pd.DataFrame(rows)
    return df.sample(frac=1.0, random_state=7).reset_index(drop=True)


def _spl_core(title: str) -> str:
    return re.split(r"\s*(?: : | / |: |\()", title)[0].strip()


def _spl_top_ebook(d: pd.DataFrame) -> str:
    m = _text(d["MaterialType"]).eq("EBOOK")
    return _spl_core(_top(_n(d["Checkouts"])[m].groupby(_text(d["Title"])[m]).sum()))


def _spl_month(d: pd.DataFrame) -> pd.Timestamp:
    stamp = pd.to_datetime({"year": _n(d["CheckoutYear"]), "month": _n(d["CheckoutMonth"]), "day": 1}, errors="coerce")
    return _peak_month(stamp, _n(d["Checkouts"]))


def _spl_pub_2019(d: pd.DataFrame) -> float:
    years = _n(_text(d["PublicationYear"]).str.extract(r"(\d{4})")[0])
    return float(_n(d["Checkouts"])[years.eq(2019)].sum())


def _spl_author(d: pd.DataFrame, joined: bool) -> str:
    creator = _text(d["Creator"])
    if joined:
        parts = creator.str.split(", ", n=1, expand=True)
        creator = creator.where(parts[1].isna(), parts[1].fillna("") + " " + parts[0])
    totals = _n(d["Checkouts"])[creator.ne("")].groupby(creator[creator.ne("")]).sum()
    name = _top(totals)
    return name.split(", ")[0] if ", " in name else name.split(" ")[-1]


_SPL_ID = ("Title", "Checkouts", "CheckoutYear", "CheckoutMonth")
_SPL_QS = [
    Q("how many checkouts are there in total", _count(lambda d: int(_n(d["Checkouts"]).sum())), ("Checkouts",)),
    Q(
        "what share of checkouts are digital",
        _share(
            lambda d: float(_n(d["Checkouts"])[_text(d["UsageClass"]).eq("Digital")].sum() / _n(d["Checkouts"]).sum())
        ),
        ("UsageClass", "MaterialType", "CheckoutType", *_SPL_ID),
    ),
    Q(
        "most checked out ebook?",
        _lead(_named(_spl_top_ebook)),
        ("MaterialType", "UsageClass", *_SPL_ID),
    ),
    Q("which month had the most checkouts", _lead(_month_year(_spl_month)), _SPL_ID),
    Q(
        "how many checkouts did books published in 2019 get",
        _count(_spl_pub_2019),
        ("PublicationYear", "MaterialType", *_SPL_ID),
    ),
    Q(
        "which author gets checked out the most",
        _lead(_named_any(lambda d: _spl_author(d, True), lambda d: _spl_author(d, False))),
        ("Creator", *_SPL_ID),
    ),
]


HELDOUT203: list[Dataset] = [
    Dataset("endomondo_workouts_flat", _endomondo_frame, _ENDOMONDO_QS),
    Dataset("backloggd_game_log", _backloggd_frame, _BACKLOGGD_QS),
    Dataset("tiller_foundation_transactions", _tiller_frame, _TILLER_QS),
    Dataset("cms_part_d_prescriber_by_drug", _partd_frame, _PARTD_QS),
    Dataset("wa_electric_vehicle_population", _ev_frame, _EV_QS),
    Dataset("nyc_citywide_payroll_fy22_23", _payroll_frame, _PAYROLL_QS),
    Dataset("spl_checkouts_by_title", _spl_frame, _SPL_QS),
]
