"""HELDOUT117: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public tables an analyst is likely to bring along: a Patreon
creator members export (Name, Email, Discord mostly blank, "Patron Status" as "Active patron" / "Former patron" /
"Declined patron", "Follows You" Yes / No, "Lifetime Amount" and "Pledge Amount" in dollars (pledge 0 for former
patrons), "Charge Frequency" monthly / annual, Tier names such as "Supporter" / "Insider" / "Producer" / "Executive
Producer" (blank for some former patrons), Addressee, Street, City, State, Zip, Country as two-letter codes mostly
blank for members without a shipping address, Phone blank, "Patronage Since Date" and "Last Charge Date" as
"2023-04-12 08:15:33.123456", "Last Charge Status" Paid / Declined / blank, "User ID" as a number, Currency USD,
"Next Charge Date" blank for former patrons, 2020-2024); a Sentry issues list export (id, shortId such as
"WEB-APP-1A3", title as "TypeError: Cannot read properties of undefined (reading 'map')", culprit, level error /
warning / fatal / info, status unresolved / resolved / ignored, project slugs, platform, count (events), userCount,
firstSeen and lastSeen as ISO stamps with a trailing "Z", assignedTo an email or blank, isUnhandled "true" /
"false"); a TrainingPeaks workouts export (one row per planned or done workout, Title, WorkoutType Bike / Run / Swim /
Strength / "Day Off" / Other, WorkoutDescription, PlannedDuration and PlannedDistanceInMeters, WorkoutDay as
"2023-05-14", CoachComments, DistanceInMeters, PowerAverage / PowerMax only on rides with a power meter,
Energy in kJ, AthleteComments, TimeTotalInHours as decimal hours (blank on skipped sessions), VelocityAverage in
m/s, CadenceAverage, HeartRateAverage / HeartRateMax with blanks, IF and TSS, HRZone1Minutes-HRZone5Minutes, 2022-
2024); a Mercari seller sales history ("Item Id" as "m84736291034", "Sold Date", "Canceled Date" and "Completed
Date" as "03/14/2023" with blanks, "Item Title", "Order Status" Completed / Canceled / Shipped, "Shipped to State"
and "Shipped from State" as two-letter codes, "Item Price", "Buyer Shipping Fee", "Seller Shipping Fee", "Mercari
Selling Fee" (10%), "Payment Processing Fee" (2.9% + 0.50), "Penalty Fee", "Net Seller Proceeds" (0 when canceled)
and "Sales Tax Charged to Buyer"); the OECD "Education spending" indicator as data.oecd.org's DP_LIVE CSV (long:
LOCATION as ISO3 codes plus "OAVG" for the OECD average, INDICATOR "EDUEXP", SUBJECT PRY / SEC / TRY / PRY_NTRY,
MEASURE "USD_CAP", FREQUENCY "A", TIME 2012-2020, Value in US dollars per student, "Flag Codes" mostly blank with
"B" / "E" / "P"; some country-years missing); NCAA men's tournament results as the Kaggle "Big Dance" CSV (Year
1985-2019, Date as "3/14/1985", Round "Round of 64" ... "National Championship", Region as "East" / "West" /
"Midwest" / "Southeast" or "Final Four", "Winning Seed", Winner, "Winning Score", "Losing Seed", Loser, "Losing
Score", Overtime blank or "OT" / "2OT", 63 games a year); and USPTO patent grants by state and year ("Mail Code" as
"CA", "State/Territory" in upper case such as "CALIFORNIA", Year 1998-2020, Utility, Design, Plant and Reissue
counts where Plant and Reissue write "-" for none, Total, plus an "ALL U.S." row per year with the national sums).
All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import labels_in as _labels_in
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$12.4k", "1.2 million")."""
    return _scaled(value, (1e3, 1e6))


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _stamp(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s).replace("", None), errors="coerce", utc=True).dt.tz_localize(None)


# --- 1. Patreon members export ------------------------------------------------------------------------------------

_PT_TIERS = {"Supporter": 3.0, "Insider": 5.0, "Producer": 10.0, "Executive Producer": 25.0}
_PT_FIRST = "Alex;Sam;Jordan;Taylor;Chris;Morgan;Jamie;Casey;Riley;Drew;Robin;Kai;Noah;Emma;Liam;Mia;Lucas;Zoe"
_PT_LAST = "Smith;Brown;Lee;Garcia;Miller;Davis;Wilson;Moore;Clark;Hall;Young;King;Wright;Lopez;Hill;Scott;Green"
_PT_PLACES = [
    ("US", "Austin", "TX"),
    ("US", "Portland", "OR"),
    ("US", "Chicago", "IL"),
    ("US", "Brooklyn", "NY"),
    ("CA", "Toronto", "ON"),
    ("GB", "London", ""),
    ("DE", "Berlin", ""),
    ("AU", "Melbourne", "VIC"),
]


def _patreon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11701)
    rows = []
    end = pd.Timestamp("2024-06-30")
    for i in range(1480):
        start = pd.Timestamp("2020-03-01") + pd.Timedelta(seconds=int(rng.integers(0, 4 * 365 * 86400)))
        status = _one(rng, ["Active patron", "Former patron", "Declined patron"], [55, 35, 10])
        tier = _one(rng, list(_PT_TIERS), [40, 32, 20, 8])
        annual = rng.random() < 0.12
        months = max(1, int((end - start).days / 30.4 * (rng.uniform(0.1, 0.9) if status == "Former patron" else 1)))
        price = _PT_TIERS[tier] + (float(_one(rng, [0, 0, 0, 2, 5])))
        lifetime = round(price * months * (0.9 if annual else 1.0), 2)
        last = start + pd.Timedelta(days=30.4 * (months - 1))
        shipping = tier in ("Producer", "Executive Producer") or rng.random() < 0.15
        country, city, state = _PT_PLACES[
            int(rng.choice(len(_PT_PLACES), p=[0.2, 0.1, 0.1, 0.15, 0.1, 0.15, 0.1, 0.1]))
        ]
        first, lastname = _one(rng, _PT_FIRST.split(";")), _one(rng, _PT_LAST.split(";"))
        rows.append(
            {
                "Name": f"{first} {lastname}",
                "Email": f"{first.lower()}.{lastname.lower()}{int(rng.integers(1, 999))}@gmail.com",
                "Discord": f"{first.lower()}#{int(rng.integers(1000, 9999))}" if rng.random() < 0.2 else "",
                "Patron Status": status,
                "Follows You": "Yes" if rng.random() < 0.4 else "No",
                "Lifetime Amount": lifetime,
                "Pledge Amount": 0.0 if status == "Former patron" else price * (10.8 if annual else 1.0),
                "Charge Frequency": "annual" if annual else "monthly",
                "Tier": "" if status == "Former patron" and rng.random() < 0.3 else tier,
                "Addressee": f"{first} {lastname}" if shipping else "",
                "Street": f"{int(rng.integers(1, 9999))} Main St" if shipping else "",
                "City": city if shipping else "",
                "State": state if shipping else "",
                "Zip": f"{int(rng.integers(10000, 99999))}" if shipping and country == "US" else "",
                "Country": country if shipping else "",
                "Phone": "",
                "Patronage Since Date": f"{start:%Y-%m-%d %H:%M:%S}.{int(rng.integers(0, 999999)):06d}",
                "Last Charge Date": f"{last:%Y-%m-%d %H:%M:%S}.{int(rng.integers(0, 999999)):06d}",
                "Last Charge Status": "Declined"
                if status == "Declined patron"
                else ("Paid" if rng.random() < 0.97 else ""),
                "Additional Details": "",
                "User ID": 40_000_000 + i * 7919 % 9_000_000,
                "Last Updated": "2024-06-30 12:00:00.000000",
                "Currency": "USD",
                "Max Posts": "",
                "Access Expiration": "",
                "Next Charge Date": "" if status == "Former patron" else "2024-07-01 00:00:00.000000",
            }
        )
    return pd.DataFrame(rows)


def _pt_status(d: pd.DataFrame, status: str) -> pd.DataFrame:
    return d[_text(d["Patron Status"]) == status]


def _pt_new_month(d: pd.DataFrame) -> Any:
    return _ranked(_stamp(d["Patronage Since Date"]).dt.to_period("M").value_counts()).index[0]


_PT_ID = ("Name", "User ID", "Patron Status")
_PATREON_QS = [
    Q(
        "how many active patrons do i have",
        _count(lambda d: float(len(_pt_status(d, "Active patron")))),
        _PT_ID,
    ),
    Q(
        "which tier has the most active members?",
        _lead(_named(lambda d: _top(_pt_status(d, "Active patron")["Tier"].value_counts()))),
        (*_PT_ID, "Tier"),
    ),
    Q(
        "how much have all my patrons paid me in total, lifetime",
        _money(lambda d: float(_num(d["Lifetime Amount"]).sum())),
        (*_PT_ID, "Lifetime Amount", "Currency"),
    ),
    Q(
        "what % of people are former patrons",
        _share(lambda d: len(_pt_status(d, "Former patron")) / len(d)),
        _PT_ID,
    ),
    Q(
        "how many of the declined ones are in the US?",
        _count(lambda d: float((_text(_pt_status(d, "Declined patron")["Country"]) == "US").sum())),
        (*_PT_ID, "Country", "Last Charge Status"),
    ),
    Q(
        "which month did i get the most new patrons",
        _lead(_month_year(lambda d: str(_pt_new_month(d)))),
        (*_PT_ID, "Patronage Since Date"),
    ),
]


# --- 2. Sentry issues export ---------------------------------------------------------------------------------------

_SE_PROJECTS = {"web-app": ("WEB-APP", "javascript", 40), "api": ("API", "python", 30)}
_SE_PROJECTS |= {"ios": ("IOS", "cocoa", 15), "worker": ("WORKER", "python", 15)}
_SE_TITLES = {
    "javascript": [
        "TypeError: Cannot read properties of undefined (reading 'map')",
        "ChunkLoadError: Loading chunk 412 failed.",
        "Error: Network Error",
        "ReferenceError: ResizeObserver is not defined",
        "TypeError: Failed to fetch",
        "Unhandled Promise Rejection: AbortError",
    ],
    "python": [
        "KeyError: 'user_id'",
        "OperationalError: could not connect to server",
        "TimeoutError: Task timed out after 30s",
        "ValueError: invalid literal for int() with base 10",
        "IntegrityError: duplicate key value violates unique constraint",
        "AttributeError: 'NoneType' object has no attribute 'id'",
    ],
    "cocoa": [
        "EXC_BAD_ACCESS: Attempted to dereference null pointer.",
        "NSInvalidArgumentException: unrecognized selector sent to instance",
        "SIGABRT: Application hang",
    ],
}


def _sentry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11702)
    names = list(_SE_PROJECTS)
    weights = [v[2] for v in _SE_PROJECTS.values()]
    counters = {p: 200 for p in names}
    rows = []
    for i in range(960):
        project = _one(rng, names, weights)
        prefix, platform, _ = _SE_PROJECTS[project]
        counters[project] += int(rng.integers(1, 4))
        level = _one(rng, ["error", "warning", "fatal", "info"], [62, 20, 10 if platform == "cocoa" else 5, 8])
        users = int(np.exp(rng.normal(2.5, 1.6)))
        events = max(1, int(users * rng.uniform(1.0, 6.0) + rng.integers(0, 5)))
        first = pd.Timestamp("2023-09-01") + pd.Timedelta(seconds=int(rng.integers(0, 270 * 86400)))
        last = first + pd.Timedelta(seconds=int(rng.integers(0, 60 * 86400)))
        title = _one(rng, _SE_TITLES[platform])
        rows.append(
            {
                "id": 4_500_000_000 + i * 137 + int(rng.integers(0, 100)),
                "shortId": f"{prefix}-{np.base_repr(counters[project], 36)}",
                "title": title,
                "culprit": _one(rng, ["app/components/List", "api.views.orders", "worker.tasks.sync", "AppDelegate"]),
                "level": level,
                "status": _one(rng, ["unresolved", "resolved", "ignored"], [50, 38, 12]),
                "project": project,
                "platform": platform,
                "count": events,
                "userCount": users,
                "firstSeen": f"{first:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 999)):03d}000Z",
                "lastSeen": f"{last:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 999)):03d}000Z",
                "assignedTo": _one(rng, ["", "", "", "maria@acme.io", "dev@acme.io", "tom@acme.io"]),
                "isUnhandled": "true" if rng.random() < 0.45 else "false",
            }
        )
    return pd.DataFrame(rows)


def _se_fatal_users(strict: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        users = _num(d["userCount"])
        return float(((_text(d["level"]) == "fatal") & ((users > 100) if strict else (users >= 100))).sum())

    return count


_SE_ID = ("shortId", "id", "title")
_SENTRY_QS = [
    Q(
        "how many unresolved issues are there",
        _count(lambda d: float((_text(d["status"]) == "unresolved").sum())),
        (*_SE_ID, "status"),
    ),
    Q(
        "which project is the noisiest?",
        _lead(
            either(
                _named(lambda d: _top(d.groupby("project")["count"].sum())),
                _named(lambda d: _top(d["project"].value_counts())),
            )
        ),
        (*_SE_ID, "project", "count"),
    ),
    Q(
        "which single issue has happened the most times",
        _lead(
            either(
                _named(lambda d: str(d.loc[_num(d["count"]).idxmax(), "shortId"])),
                has(lambda d: float(_num(d["count"]).max()), rel=0.001),
            )
        ),
        (*_SE_ID, "count"),
    ),
    Q(
        "how many fatal ones hit more than 100 users",
        either(_count(_se_fatal_users(True)), _count(_se_fatal_users(False))),
        (*_SE_ID, "level", "userCount"),
    ),
    Q(
        "what percent of issues aren't assigned to anyone",
        _share(lambda d: float((_text(d["assignedTo"]) == "").mean())),
        (*_SE_ID, "assignedTo"),
    ),
    Q(
        "do issues with more events also affect more users?",
        _corr(lambda d: _num(d["count"]), lambda d: _num(d["userCount"])),
        (*_SE_ID, "count", "userCount"),
    ),
]


# --- 3. TrainingPeaks workouts export ------------------------------------------------------------------------------


def _trainingpeaks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11703)
    rows = []
    days = pd.date_range("2022-01-03", "2024-03-31", freq="D")
    for day in days:
        n = int(_one(rng, [0, 1, 1, 1, 2], [15, 55, 10, 10, 10]))
        if day.dayofweek == 0 and rng.random() < 0.6:
            rows.append({"Title": "Rest", "WorkoutType": "Day Off", "WorkoutDay": f"{day:%Y-%m-%d}"})
            continue
        build = 1.0 + 0.35 * np.sin((day.dayofyear - 60) / 365 * 2 * np.pi)
        for _ in range(n):
            kind = _one(rng, ["Bike", "Run", "Swim", "Strength", "Other"], [40, 35, 12, 9, 4])
            hours = float(
                {"Bike": rng.gamma(4, 0.35), "Run": rng.gamma(5, 0.15), "Swim": rng.gamma(6, 0.1)}.get(
                    kind, rng.uniform(0.4, 1.0)
                )
            )
            hours = round(hours * build, 4)
            planned = round(hours * rng.uniform(0.85, 1.15), 4)
            skipped = rng.random() < 0.07
            hr = rng.normal({"Bike": 138, "Run": 152, "Swim": 128}.get(kind, 115), 8)
            speed = {"Bike": rng.normal(8.2, 0.9), "Run": rng.normal(3.1, 0.3), "Swim": rng.normal(0.85, 0.08)}
            v = float(speed.get(kind, np.nan))
            dist = round(v * hours * 3600, 1) if kind in ("Bike", "Run", "Swim") else np.nan
            power = rng.normal(150 + (hr - 138) * 2.2, 14) if kind == "Bike" and rng.random() < 0.85 else np.nan
            intensity = rng.uniform(0.6, 0.95)
            rec = {
                "Title": {"Bike": "Endurance Ride", "Run": "Easy Run", "Swim": "CSS Intervals"}.get(kind, kind),
                "WorkoutType": kind,
                "WorkoutDescription": _one(rng, ["", "Z2 steady", "4x8min threshold", "hills"]),
                "PlannedDuration": planned,
                "PlannedDistanceInMeters": round(dist * 1.02, 0) if dist == dist and rng.random() < 0.5 else np.nan,
                "WorkoutDay": f"{day:%Y-%m-%d}",
                "CoachComments": "Nice work" if rng.random() < 0.05 else "",
            }
            if not skipped:
                rec |= {
                    "DistanceInMeters": dist,
                    "PowerAverage": round(power, 0) if power == power else np.nan,
                    "PowerMax": round(power * rng.uniform(2.5, 4.5), 0) if power == power else np.nan,
                    "Energy": round(power * hours * 3.6, 0) if power == power else np.nan,
                    "AthleteComments": _one(rng, ["", "", "legs heavy", "felt great"]),
                    "TimeTotalInHours": hours,
                    "VelocityAverage": round(v, 3) if v == v else np.nan,
                    "CadenceAverage": round(rng.normal(88 if kind == "Bike" else 172, 4), 0)
                    if kind in ("Bike", "Run")
                    else np.nan,
                    "HeartRateAverage": round(hr, 0) if rng.random() < 0.92 else np.nan,
                    "HeartRateMax": round(hr + rng.uniform(15, 35), 0),
                    "IF": round(intensity, 3),
                    "TSS": round(hours * intensity**2 * 100, 1),
                }
                for z in range(1, 6):
                    rec[f"HRZone{z}Minutes"] = round(hours * 60 * [0.15, 0.45, 0.25, 0.1, 0.05][z - 1], 1)
            rows.append(rec)
    cols = ["Title", "WorkoutType", "WorkoutDescription", "PlannedDuration", "PlannedDistanceInMeters", "WorkoutDay"]
    cols += ["CoachComments", "DistanceInMeters", "PowerAverage", "PowerMax", "Energy", "AthleteComments"]
    cols += ["TimeTotalInHours", "VelocityAverage", "CadenceAverage", "HeartRateAverage", "HeartRateMax", "IF", "TSS"]
    cols += [f"HRZone{z}Minutes" for z in range(1, 6)]
    return pd.DataFrame(rows).reindex(columns=cols)


def _tp_kind(d: pd.DataFrame, kind: str) -> pd.DataFrame:
    return d[_text(d["WorkoutType"]) == kind]


def _tp_runs(done: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        r = _tp_kind(d, "Run")
        return float(r["TimeTotalInHours"].notna().sum() if done else len(r))

    return count


def _tp_peak_month(d: pd.DataFrame) -> Any:
    months = pd.to_datetime(d["WorkoutDay"]).dt.to_period("M")
    return str(_num(d["TSS"]).groupby(months).sum().idxmax())


def _tp_rides(d: pd.DataFrame) -> pd.DataFrame:
    r = _tp_kind(d, "Bike")
    return r[r["PowerAverage"].notna() & r["HeartRateAverage"].notna()]


_TP_ID = ("WorkoutDay", "WorkoutType", "Title")
_TRAININGPEAKS_QS = [
    Q(
        "how many runs did i do",
        either(_count(_tp_runs(True)), _count(_tp_runs(False))),
        (*_TP_ID, "TimeTotalInHours"),
    ),
    Q(
        "total hours trained in 2023?",
        has(
            lambda d: float(_num(d.loc[d["WorkoutDay"].astype(str).str[:4] == "2023", "TimeTotalInHours"]).sum()),
            rel=0.003,
        ),
        (*_TP_ID, "TimeTotalInHours"),
    ),
    Q(
        "which month had the biggest training load",
        _lead(_month_year(_tp_peak_month)),
        (*_TP_ID, "TSS"),
    ),
    Q(
        "average heart rate on bike rides compared to runs",
        has(
            lambda d: float(_tp_kind(d, "Bike")["HeartRateAverage"].mean()),
            lambda d: float(_tp_kind(d, "Run")["HeartRateAverage"].mean()),
            rel=0.003,
        ),
        (*_TP_ID, "HeartRateAverage"),
    ),
    Q(
        "what was my longest ride in km",
        either(
            has(lambda d: float(_tp_kind(d, "Bike")["DistanceInMeters"].max()) / 1000, rel=0.003),
            has(lambda d: float(_tp_kind(d, "Bike")["DistanceInMeters"].max()), rel=0.001),
        ),
        (*_TP_ID, "DistanceInMeters"),
    ),
    Q(
        "on rides, does power go up with heart rate",
        _corr(lambda d: _tp_rides(d)["PowerAverage"], lambda d: _tp_rides(d)["HeartRateAverage"]),
        (*_TP_ID, "PowerAverage", "HeartRateAverage"),
    ),
]


# --- 4. Mercari seller sales history -------------------------------------------------------------------------------

_MC_ITEMS = {
    "Nike Air Max 90 Men's Size 10": 68.0,
    "Lululemon Align Leggings 6": 52.0,
    "Vintage Levi's 501 Jeans 32x30": 45.0,
    "Pokemon Cards Lot 50 Cards": 22.0,
    "Nintendo Switch Pro Controller": 41.0,
    "Coach Crossbody Bag Brown": 75.0,
    "Funko Pop Lot of 3": 28.0,
    "Apple AirPods 2nd Gen": 64.0,
    "Patagonia Better Sweater M": 58.0,
    "LEGO Star Wars 75257": 95.0,
    "Bath & Body Works Candle Set": 30.0,
    "Harry Potter Book Set Hardcover": 48.0,
}
_MC_STATES = "CA:18;TX:12;FL:11;NY:9;PA:6;IL:6;OH:5;GA:5;NC:5;MI:4;WA:4;AZ:4;NJ:4;VA:4;MA:3;CO:3;TN:3"


def _mercari_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11704)
    states, weights = zip(*[(s.split(":")[0], float(s.split(":")[1])) for s in _MC_STATES.split(";")], strict=True)
    rows = []
    for _ in range(720):
        title = _one(rng, list(_MC_ITEMS))
        sold = pd.Timestamp("2022-06-01") + pd.Timedelta(days=int(rng.integers(0, 640)))
        season = 1.3 if sold.month in (11, 12) else 1.0
        price = float(round(_MC_ITEMS[title] * rng.uniform(0.6, 1.4) * season))
        status = _one(rng, ["Completed", "Canceled", "Shipped"], [86, 9, 5])
        ship_by_buyer = rng.random() < 0.6
        seller_ship = 0.0 if ship_by_buyer else float(_one(rng, [5.99, 7.45, 8.99, 12.39]))
        sell_fee = round(price * 0.10, 2)
        proc_fee = round(price * 0.029 + 0.50, 2)
        penalty = 0.0 if rng.random() > 0.02 else 5.0
        net = round(price - seller_ship - sell_fee - proc_fee - penalty, 2)
        canceled = status == "Canceled"
        rows.append(
            {
                "Item Id": f"m{int(rng.integers(10**10, 10**11 - 1))}",
                "Sold Date": f"{sold:%m/%d/%Y}",
                "Canceled Date": f"{sold + pd.Timedelta(days=int(rng.integers(1, 5))):%m/%d/%Y}" if canceled else "",
                "Completed Date": f"{sold + pd.Timedelta(days=int(rng.integers(4, 12))):%m/%d/%Y}"
                if status == "Completed"
                else "",
                "Item Title": title,
                "Order Status": status,
                "Shipped to State": _one(rng, list(states), list(weights)),
                "Shipped from State": "OH",
                "Item Price": price,
                "Buyer Shipping Fee": float(_one(rng, [5.99, 7.45, 8.99])) if ship_by_buyer else 0.0,
                "Seller Shipping Fee": 0.0 if canceled else seller_ship,
                "Mercari Selling Fee": 0.0 if canceled else sell_fee,
                "Payment Processing Fee": 0.0 if canceled else proc_fee,
                "Penalty Fee": penalty if not canceled else 0.0,
                "Net Seller Proceeds": 0.0 if canceled else net,
                "Sales Tax Charged to Buyer": round(price * 0.07, 2),
            }
        )
    return pd.DataFrame(rows)


def _mc_sold(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Order Status"]) != "Canceled"]


def _mc_best_month(col: str) -> Callable[[pd.DataFrame], Any]:
    def best(d: pd.DataFrame) -> Any:
        s = _mc_sold(d)
        return str(s[col].groupby(pd.to_datetime(s["Sold Date"], format="%m/%d/%Y").dt.to_period("M")).sum().idxmax())

    return best


_MC_ID = ("Item Id", "Item Title", "Order Status", "Sold Date")
_MERCARI_QS = [
    Q(
        "how much money did i actually make after fees",
        _money(lambda d: float(_num(d["Net Seller Proceeds"]).sum())),
        (*_MC_ID, "Net Seller Proceeds"),
    ),
    Q(
        "how many orders got cancelled?",
        _count(lambda d: float((_text(d["Order Status"]) == "Canceled").sum())),
        _MC_ID,
    ),
    Q(
        "which state do most of my buyers live in",
        _lead(_named(lambda d: _top(_mc_sold(d)["Shipped to State"].value_counts()))),
        (*_MC_ID, "Shipped to State"),
    ),
    Q(
        "whats my average sale price",
        either(
            has(lambda d: float(_mc_sold(d)["Item Price"].mean()), rel=0.003),
            has(lambda d: float(d["Item Price"].mean()), rel=0.003),
        ),
        (*_MC_ID, "Item Price"),
    ),
    Q(
        "how much in fees has mercari taken in total",
        either(
            _money(lambda d: float(d["Mercari Selling Fee"].sum())),
            _money(lambda d: float(d["Mercari Selling Fee"].sum() + d["Payment Processing Fee"].sum())),
        ),
        (*_MC_ID, "Mercari Selling Fee", "Payment Processing Fee"),
    ),
    Q(
        "what was my best month",
        _lead(either(_month_year(_mc_best_month("Item Price")), _month_year(_mc_best_month("Net Seller Proceeds")))),
        (*_MC_ID, "Item Price", "Net Seller Proceeds"),
    ),
]


# --- 5. OECD education spending (DP_LIVE) --------------------------------------------------------------------------

_OE_COUNTRIES = {
    "AUS": 1.15, "AUT": 1.3, "BEL": 1.2, "CAN": 1.15, "CHL": 0.55, "COL": 0.35, "CZE": 0.75, "DNK": 1.25,
    "EST": 0.8, "FIN": 1.1, "FRA": 1.05, "DEU": 1.15, "GRC": 0.6, "HUN": 0.6, "ISL": 1.2, "IRL": 1.0,
    "ISR": 0.85, "ITA": 0.95, "JPN": 1.1, "KOR": 1.15, "LVA": 0.7, "LTU": 0.7, "LUX": 2.0, "MEX": 0.3,
    "NLD": 1.2, "NZL": 0.95, "NOR": 1.45, "POL": 0.7, "PRT": 0.85, "SVK": 0.7, "SVN": 0.9, "ESP": 0.95,
    "SWE": 1.25, "CHE": 1.5, "TUR": 0.4, "GBR": 1.2, "USA": 1.45,
}  # fmt: skip
_OE_LEVELS = {"PRY": 9000.0, "SEC": 10500.0, "TRY": 16000.0, "PRY_NTRY": 11000.0}


def _oecd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11705)
    rows = []
    for code, scale in _OE_COUNTRIES.items():
        tilt = rng.normal(1.0, 0.15)
        for subject, base in _OE_LEVELS.items():
            level = base * scale * (tilt if subject == "TRY" else 1 / tilt**0.3) * rng.normal(1.0, 0.05)
            for year in range(2012, 2021):
                if rng.random() < 0.06:
                    continue
                value = level * (1 + 0.025 * (year - 2012)) * rng.normal(1.0, 0.03)
                flag = _one(rng, ["", "B", "E", "P"], [88, 5, 4, 3])
                rows.append((code, "EDUEXP", subject, "USD_CAP", "A", year, round(value, 4), flag))
    frame = pd.DataFrame(
        rows, columns=["LOCATION", "INDICATOR", "SUBJECT", "MEASURE", "FREQUENCY", "TIME", "Value", "Flag Codes"]
    )
    avg = frame.groupby(["SUBJECT", "TIME"], as_index=False)["Value"].mean()
    avg = avg.assign(LOCATION="OAVG", INDICATOR="EDUEXP", MEASURE="USD_CAP", FREQUENCY="A", **{"Flag Codes": ""})
    avg["Value"] = avg["Value"].round(4)
    return pd.concat([frame, avg[frame.columns]], ignore_index=True)


def _oe(d: pd.DataFrame, subject: str, year: int) -> pd.Series:
    rows = d[(d["SUBJECT"] == subject) & (d["TIME"] == year) & (d["LOCATION"] != "OAVG")]
    return rows.set_index("LOCATION")["Value"]


def _oe_rich_tertiary(d: pd.DataFrame) -> list[str]:
    t = _oe(d, "TRY", 2019)
    return sorted(t[t > 15000].index)


def _oe_pair(d: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([_oe(d, "PRY", 2019).rename("p"), _oe(d, "TRY", 2019).rename("t")], axis=1).dropna()


def _oe_usa(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_oe(d, "SEC", year).get("USA", np.nan))


_OE_ID = ("LOCATION", "SUBJECT", "TIME", "MEASURE")
_OECD_QS = [
    Q(
        "which country spent the most per student on tertiary education in 2019",
        _lead(_named(lambda d: _top(_oe(d, "TRY", 2019)))),
        (*_OE_ID, "Value"),
    ),
    Q(
        "what was the oecd average for primary school in 2019?",
        has(
            lambda d: float(
                d.loc[(d["LOCATION"] == "OAVG") & (d["SUBJECT"] == "PRY") & (d["TIME"] == 2019), "Value"].iloc[0]
            ),
            rel=0.003,
        ),
        (*_OE_ID, "Value"),
    ),
    Q(
        "how did us spending on secondary change from 2012 to 2020",
        either(
            has(_oe_usa(2012), _oe_usa(2020), rel=0.003),
            _share(lambda d: _oe_usa(2020)(d) / _oe_usa(2012)(d) - 1),
        ),
        (*_OE_ID, "Value"),
    ),
    Q(
        "how many countries spent over 15k per tertiary student in 2019",
        _count(lambda d: float(len(_oe_rich_tertiary(d)))),
        (*_OE_ID, "Value"),
    ),
    Q(
        "which of those spend less than 10000 on primary?",
        _labels_in(lambda d: [c for c in _oe_rich_tertiary(d) if _oe(d, "PRY", 2019).get(c, np.inf) < 10000]),
        (*_OE_ID, "Value"),
    ),
    Q(
        "across countries in 2019, is primary spending correlated with tertiary spending",
        _corr(lambda d: _oe_pair(d)["p"], lambda d: _oe_pair(d)["t"]),
        (*_OE_ID, "Value"),
    ),
]


# --- 6. NCAA men's tournament games (Big Dance CSV) ----------------------------------------------------------------

_NC_TEAMS = (
    "Duke:9;North Carolina:8.5;Kansas:8.5;Kentucky:8.4;Connecticut:7.8;Villanova:7.5;Michigan State:7.6;"
    "Arizona:7.4;Florida:7.2;Louisville:7.2;Syracuse:7;Gonzaga:7.2;UCLA:7;Indiana:6.8;Ohio State:6.8;"
    "Wisconsin:6.6;Michigan:6.6;Purdue:6.5;Texas:6.4;Oklahoma:6.3;Georgetown:6.5;Maryland:6.2;Virginia:6.5;"
    "Baylor:6.3;Tennessee:6.1;Illinois:6.2;Iowa:5.9;Xavier:5.9;Memphis:6;Cincinnati:6;Arkansas:6.1;"
    "Oregon:5.8;Butler:5.7;Marquette:5.7;Pittsburgh:5.8;West Virginia:5.8;Texas Tech:5.6;Wichita State:5.6;"
    "Creighton:5.5;Saint Mary's:5.4;VCU:5.3;Dayton:5.3;Temple:5.2;Utah:5.4;Missouri:5.4;Alabama:5.4;"
    "Iowa State:5.5;Stanford:5.5;Notre Dame:5.6;Georgia Tech:5.2;Miami (FL):5.2;Davidson:5;Murray State:4.8;"
    "Belmont:4.6;Gonzaga-Spokane:4.4;Vermont:4.4;Bucknell:4.3;Valparaiso:4.4;Winthrop:4.1;Wofford:4.2;"
    "Northern Iowa:4.5;Harvard:4.1;Princeton:4.3;Stephen F. Austin:4.2;Montana:3.9;Colgate:3.5;Hampton:3.3;"
    "Norfolk State:3.5;Lehigh:3.8;Mercer:3.9;Florida Gulf Coast:4.2;UMBC:3.6;Robert Morris:3.3;"
    "Coppin State:3.3;Santa Clara:3.8;Richmond:4.2;Texas Southern:3.2;Mount St. Mary's:3;Fairleigh Dickinson:3;"
    "North Dakota State:3.7;Gardner-Webb:3.1;Iona:3.6;Bradley:3.8;Siena:3.8"
)
_NC_ORDER = [1, 16, 8, 9, 5, 12, 4, 13, 6, 11, 3, 14, 7, 10, 2, 15]
_NC_ROUNDS = ["Round of 64", "Round of 32", "Sweet Sixteen", "Elite Eight", "National Semifinals"]
_NC_ROUNDS += ["National Championship"]


def _ncaa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11706)
    pool = [(t.split(":")[0], float(t.split(":")[1])) for t in _NC_TEAMS.split(";")]
    names = [p[0] for p in pool]
    strength = dict(pool)
    rows = []
    for year in range(1985, 2020):
        form = {n: strength[n] + rng.normal(0, 0.8) for n in names}
        ranked = sorted(names, key=lambda n: -form[n])
        regions = ["East", "West", "Midwest", "Southeast" if year < 2004 else "South"]
        field: dict[str, dict[int, str]] = {r: {} for r in regions}
        for k, team in enumerate(ranked[:64]):
            seed, slot = k // 4 + 1, k % 4
            field[regions[(slot + seed + year) % 4]][seed] = team
        start = pd.Timestamp(f"{year}-03-13") + pd.Timedelta(days=(3 - pd.Timestamp(f"{year}-03-13").dayofweek) % 7)

        def play(
            a: tuple[int, str], b: tuple[int, str], rnd: int, region: str, form=form, start=start, year=year
        ) -> tuple[int, str]:
            p = 1 / (1 + np.exp(-(form[a[1]] - form[b[1]]) / 1.3))
            win, lose = (a, b) if rng.random() < p else (b, a)
            w_score = int(rng.normal(74, 9))
            margin = max(1, int(abs(rng.normal(0, 12))))
            ot = _one(rng, ["", "OT", "2OT"], [94, 5, 1]) if margin <= 3 else ""
            day = start + pd.Timedelta(days=[0, 2, 7, 9, 16, 18][rnd])
            rows.append(
                {
                    "Year": year,
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Round": _NC_ROUNDS[rnd],
                    "Region": region,
                    "Winning Seed": win[0],
                    "Winner": win[1],
                    "Winning Score": w_score,
                    "Losing Seed": lose[0],
                    "Loser": lose[1],
                    "Losing Score": w_score - margin,
                    "Overtime": ot,
                }
            )
            return win

        champs = []
        for region in regions:
            alive = [(s, field[region][s]) for s in _NC_ORDER]
            rnd = 0
            while len(alive) > 1:
                alive = [play(alive[i], alive[i + 1], rnd, region) for i in range(0, len(alive), 2)]
                rnd += 1
            champs.append(alive[0])
        semis = [play(champs[0], champs[1], 4, "Final Four"), play(champs[2], champs[3], 4, "Final Four")]
        play(semis[0], semis[1], 5, "Final Four")
    return pd.DataFrame(rows)


def _nc_first(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Round"]) == "Round of 64"]


def _nc_final(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Round"]) == "National Championship"]


def _nc_12_5(d: pd.DataFrame) -> float:
    g = _nc_first(d)
    g = g[g["Winning Seed"].isin([5, 12]) & g["Losing Seed"].isin([5, 12])]
    return float((g["Winning Seed"] == 12).mean())


def _nc_upset_years(d: pd.DataFrame) -> list[int]:
    counts = (d["Winning Seed"] > d["Losing Seed"]).groupby(d["Year"]).sum()
    return [int(y) for y in counts[counts == counts.max()].index]


def _nc_upset_year(answer: str, d: pd.DataFrame) -> str | None:
    whys = [_year(lambda _d, y=y: y)(answer, d) for y in _nc_upset_years(d)]
    return None if any(w is None for w in whys) else whys[0]


_NC_ID = ("Year", "Round", "Winner", "Loser")
_NCAA_QS = [
    Q(
        "how often does a 12 seed beat a 5 seed",
        _share(_nc_12_5),
        (*_NC_ID, "Winning Seed", "Losing Seed"),
    ),
    Q(
        "who has won the most championships?",
        _lead(_named(lambda d: _top(_nc_final(d)["Winner"].value_counts()))),
        _NC_ID,
    ),
    Q(
        "average winning margin in the title game",
        has(lambda d: float((_nc_final(d)["Winning Score"] - _nc_final(d)["Losing Score"]).mean()), rel=0.005),
        (*_NC_ID, "Winning Score", "Losing Score"),
    ),
    Q(
        "how many games went to overtime",
        _count(lambda d: float((_text(d["Overtime"]) != "").sum())),
        (*_NC_ID, "Overtime"),
    ),
    Q(
        "how many times has a 1 seed lost in the first round",
        _count(lambda d: float((_nc_first(d)["Losing Seed"] == 1).sum())),
        (*_NC_ID, "Winning Seed", "Losing Seed"),
    ),
    Q(
        "which year had the most upsets (lower seed winning)?",
        _lead(_nc_upset_year),
        (*_NC_ID, "Winning Seed", "Losing Seed"),
    ),
]


# --- 7. USPTO patent grants by state and year ----------------------------------------------------------------------

_US_STATES = (
    "AL:ALABAMA:1.2;AK:ALASKA:0.2;AZ:ARIZONA:3.4;AR:ARKANSAS:0.6;CA:CALIFORNIA:40;CO:COLORADO:4;"
    "CT:CONNECTICUT:3.4;DE:DELAWARE:0.8;DC:DISTRICT OF COLUMBIA:0.3;FL:FLORIDA:5.2;GA:GEORGIA:3;HI:HAWAII:0.2;"
    "ID:IDAHO:2.1;IL:ILLINOIS:6;IN:INDIANA:2.6;IA:IOWA:1.3;KS:KANSAS:0.9;KY:KENTUCKY:0.8;LA:LOUISIANA:0.6;"
    "ME:MAINE:0.3;MD:MARYLAND:2.2;MA:MASSACHUSETTS:9;MI:MICHIGAN:7;MN:MINNESOTA:5.5;MS:MISSISSIPPI:0.3;"
    "MO:MISSOURI:1.5;MT:MONTANA:0.3;NE:NEBRASKA:0.4;NV:NEVADA:1;NH:NEW HAMPSHIRE:1;NJ:NEW JERSEY:6.5;"
    "NM:NEW MEXICO:0.5;NY:NEW YORK:8.5;NC:NORTH CAROLINA:4;ND:NORTH DAKOTA:0.2;OH:OHIO:5.6;OK:OKLAHOMA:0.7;"
    "OR:OREGON:3;PA:PENNSYLVANIA:5.4;RI:RHODE ISLAND:0.5;SC:SOUTH CAROLINA:1.2;SD:SOUTH DAKOTA:0.15;"
    "TN:TENNESSEE:1.3;TX:TEXAS:11;UT:UTAH:1.8;VT:VERMONT:0.5;VA:VIRGINIA:2.4;WA:WASHINGTON:6;"
    "WV:WEST VIRGINIA:0.2;WI:WISCONSIN:2.7;WY:WYOMING:0.1;PR:PUERTO RICO:0.03;VI:VIRGIN ISLANDS:0.005"
)


def _uspto_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11707)
    states = [s.split(":") for s in _US_STATES.split(";")]
    rows = []
    for year in range(1998, 2021):
        national = 80000 * (1 + 0.045 * (year - 1998)) * (1.0 if year != 2009 else 0.93)
        year_rows = []
        for code, name, weight in states:
            w = float(weight) * (1 + (0.04 if code in ("WA", "CA", "UT") else 0.0) * (year - 1998)) / 100
            util = int(rng.poisson(national * w * rng.normal(1, 0.04)))
            design = int(rng.poisson(util * 0.09))
            plant = int(rng.poisson((12 if code in ("CA", "FL") else 0.3) * (1 + 0.02 * (year - 1998))))
            reissue = int(rng.poisson(util * 0.0045))
            year_rows.append([code, name, year, util, design, plant, reissue, util + design + plant + reissue])
        tot = np.array([r[3:] for r in year_rows]).sum(axis=0).tolist()
        rows += [*year_rows, ["", "ALL U.S.", year, *tot]]
    frame = pd.DataFrame(
        rows, columns=["Mail Code", "State/Territory", "Year", "Utility", "Design", "Plant", "Reissue", "Total"]
    )
    for col in ("Plant", "Reissue"):
        frame[col] = frame[col].map(lambda v: "-" if v == 0 else str(v))
    return frame


def _us_states(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["State/Territory"]) != "ALL U.S."]


def _us_total(code: str, year: int) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        return float(d.loc[(_text(d["Mail Code"]) == code) & (d["Year"] == year), "Total"].iloc[0])

    return total


def _us_top_2020(d: pd.DataFrame) -> str:
    s = _us_states(d)
    s = s[s["Year"] == 2020]
    return _top(s.set_index("State/Territory")["Total"])


def _us_design_peak(d: pd.DataFrame) -> float:
    return float(_us_states(d).groupby("Year")["Design"].sum().idxmax())


_US_ID = ("Mail Code", "State/Territory", "Year")
_USPTO_QS = [
    Q(
        "which state got the most patents in 2020",
        _lead(_named(_us_top_2020, {"CALIFORNIA": ("CA",), "TEXAS": ("TX",)})),
        (*_US_ID, "Total", "Utility"),
    ),
    Q(
        "how many utility patents has texas gotten in total, all years",
        _count(lambda d: float(d.loc[_text(d["Mail Code"]) == "TX", "Utility"].sum())),
        (*_US_ID, "Utility"),
    ),
    Q(
        "what share of all US patents in 2020 went to california?",
        _share(
            lambda d: _us_total("CA", 2020)(d) / float(_us_states(d).loc[lambda x: x["Year"] == 2020, "Total"].sum())
        ),
        (*_US_ID, "Total"),
    ),
    Q(
        "which year had the most design patents",
        _lead(_year(_us_design_peak)),
        (*_US_ID, "Design"),
    ),
    Q(
        "how many plant patents did florida get in 2015",
        _count(
            lambda d: float(
                _num(d.loc[(_text(d["Mail Code"]) == "FL") & (d["Year"] == 2015), "Plant"].replace("-", "0")).iloc[0]
            )
        ),
        (*_US_ID, "Plant"),
    ),
    Q(
        "how much did washington grow between 2000 and 2020",
        either(
            _share(lambda d: _us_total("WA", 2020)(d) / _us_total("WA", 2000)(d) - 1),
            has(_us_total("WA", 2000), _us_total("WA", 2020), rel=0.001),
        ),
        (*_US_ID, "Total", "Utility"),
    ),
]


HELDOUT117: list[Dataset] = [
    Dataset("patreon_members_export", _patreon_frame, _PATREON_QS),
    Dataset("sentry_issues_export", _sentry_frame, _SENTRY_QS),
    Dataset("trainingpeaks_workouts_export", _trainingpeaks_frame, _TRAININGPEAKS_QS),
    Dataset("mercari_sales_history", _mercari_frame, _MERCARI_QS),
    Dataset("oecd_education_spending", _oecd_frame, _OECD_QS),
    Dataset("ncaa_march_madness_games", _ncaa_frame, _NCAA_QS),
    Dataset("uspto_patent_grants_by_state", _uspto_frame, _USPTO_QS),
]
